/**
 * What sync reads: the tasks and state files of the commit it records onto (the upstream's tip),
 * through git, never the work tree or the index. Sync publishes what the team shares: a person's
 * uncommitted draft of a task is theirs until they commit and push it, and a CI workspace that a
 * newer push has overtaken still syncs the branch as it is now.
 */
import { join } from 'node:path';
import { isoStamp } from '../canonical.js';
import type { Settings } from '../config.js';
import { ExtidsError, finding, type Finding } from '../findings.js';
import type { Git } from '../git.js';
import type { Tool } from '../ids.js';
import { missingStateFile, parseStateText, type ParsedMapping } from '../parse.js';
import { isMarkdown, relPath } from '../paths.js';
import { COUNTERS_FILE, MAPPING_FILE } from '../store.js';
import { linkedTask, readTaskText, type TaskRecord } from '../tasks.js';
import { LINKS_FILE, parseLinksText, type Links } from './links.js';

/** Folders the work-tree scan skips (tasks.ts): hidden ones, node_modules. */
const skipped = (rel: string): boolean =>
  rel
    .split('/')
    .some(
      (part, i, all) => i < all.length - 1 && (part.startsWith('.') || part === 'node_modules'),
    ) || rel.split('/').pop()!.startsWith('.');

/**
 * The task files under the tasks directory in commit `rev`, read from their blobs, sorted by
 * path as the work-tree scan sorts them, with their texts; a symbolic link is a record with only its SYMLINK_TASK
 * finding, as in every door. Excluded files (the config's `exclude`) are left out.
 */
export function committedTasks(
  s: Settings,
  git: Git,
  rev: string,
): { tasks: TaskRecord[]; texts: Map<string, string> } {
  const tasksRel = relPath(s.root, s.tasksDir);
  const prefix = tasksRel ? `${tasksRel}/` : '';
  const listing = git.query(['ls-tree', '-r', '-z', '--full-tree', rev, '--', tasksRel || '.']);
  const files: string[] = [];
  const links: string[] = [];
  for (const entry of (listing ?? '').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type] = entry.slice(0, tab).split(' ');
    const file = entry.slice(tab + 1);
    const rel = file.slice(prefix.length);
    if (type !== 'blob' || !file.startsWith(prefix) || skipped(rel)) continue;
    if (s.exclude?.test(rel)) continue;
    if (mode === '120000') links.push(file);
    else if (isMarkdown(file)) files.push(file);
  }
  const texts = new Map<string, string>();
  const out: TaskRecord[] = [];
  for (const [file, text] of git.showAll(rev, files.sort()))
    if (text !== undefined) {
      texts.set(file, text);
      out.push(readTaskText(text, join(s.root, file), file));
    }
  for (const file of links)
    out.push({
      file,
      path: join(s.root, file),
      hasFrontmatter: false,
      findings: [linkedTask(join(s.root, file), file, s.tasksDir)],
    });
  return { tasks: out, texts };
}

export interface CommittedState {
  mapping: ParsedMapping;
  links: Links;
}

/**
 * The mapping and the links file of commit `rev`. Throws STATE_INVALID, naming the file, when a
 * state file there is damaged (sync never writes on top of one).
 */
export function committedState(s: Settings, git: Git, rev: string, now: Date): CommittedState {
  const stamp = isoStamp(now);
  const at = (name: string) => `${relPath(s.root, s.stateDir)}/${name}`;
  const parse = (kind: 'mapping' | 'counters', name: string) => {
    const text = git.show(rev, at(name));
    return text === undefined
      ? missingStateFile(kind as 'mapping', at(name))
      : parseStateText(kind as 'mapping', text, at(name), stamp);
  };
  const mapping = parse('mapping', MAPPING_FILE);
  const counters = parse('counters', COUNTERS_FILE);
  const blocking = [mapping, counters]
    .filter((f) => !['missing', 'valid', 'legacy'].includes(f.status))
    .flatMap((f) => f.findings.filter((x) => x.severity === 'error'));
  if (blocking.length)
    throw new ExtidsError('STATE_INVALID', 'the state files need `extids repair` first', {
      findings: blocking,
    });
  const linksText = git.show(rev, at(LINKS_FILE));
  if (linksText === undefined) return { mapping, links: Object.create(null) as Links };
  const parsed = parseLinksText(linksText, at(LINKS_FILE));
  const errors = parsed.findings.filter((f) => f.severity === 'error');
  if (errors.length)
    throw new ExtidsError(
      'STATE_INVALID',
      `${at(LINKS_FILE)} is damaged (${errors.map((f) => f.message).join('; ')}); it is left as it is`,
      { file: at(LINKS_FILE), findings: errors },
    );
  return { mapping, links: parsed.links };
}

/**
 * Links the links file of `rev` lost that git still has: for each (task, tool, key) of `wanted`
 * (a key the mapping, or else the task's frontmatter, names for a tool in sync mode, with no link
 * in the file), the link a recent version of the file (the last `depth` commits that changed it,
 * merges and their other side included, newest first) gave that task and tool with that same
 * key. An item a person made and a task adopted carries no marker, so after a lost links file
 * (deleted, cut short, or one side of a merge kept) only history tells it from a prediction.
 * Versions that do not parse are passed over. Shape: task → tool → link.
 */
export function lostLinks(
  s: Settings,
  git: Git,
  rev: string,
  wanted: readonly { task: string; tool: Tool; key: string }[],
  depth = 100,
): Links {
  const out = Object.create(null) as Links;
  if (wanted.length === 0) return out;
  const file = `${relPath(s.root, s.stateDir)}/${LINKS_FILE}`;
  // --full-history: a merge that kept one side's file hides the other side's commits otherwise.
  const commits = (
    git.query(['log', '--full-history', `-n${depth}`, '--format=%H', rev, '--', file]) ?? ''
  )
    .split('\n')
    .filter(Boolean);
  let left = [...wanted];
  for (const commit of commits) {
    // The file as that commit left it, or, where it deleted the file, as it was just before.
    const text = git.show(commit, file) ?? git.show(`${commit}^`, file);
    if (text === undefined) continue;
    const parsed = parseLinksText(text, file);
    if (parsed.findings.some((f) => f.severity === 'error')) continue;
    left = left.filter(({ task, tool, key }) => {
      const link = parsed.links[task]?.[tool];
      if (link?.key.toUpperCase() !== key.toUpperCase()) return true;
      out[task] = { ...out[task], [tool]: link };
      return false;
    });
    if (left.length === 0) break;
  }
  return out;
}

/**
 * Task files in the work tree whose text is not the commit's (edited, or new and never
 * committed): sync leaves their drafts alone, and says so, one warning each.
 */
export function uncommittedTasks(s: Settings, git: Git): Finding[] {
  const tasksRel = relPath(s.root, s.tasksDir);
  const prefix = tasksRel ? `${tasksRel}/` : '';
  const status = git.query([
    'status',
    '--porcelain',
    '-z',
    '--untracked-files=all',
    '--',
    tasksRel || '.',
  ]);
  const out: Finding[] = [];
  for (const line of (status ?? '').split('\0')) {
    if (line.length <= 3) continue;
    const file = line.slice(3);
    const rel = file.slice(prefix.length);
    if (!isMarkdown(file) || !file.startsWith(prefix) || skipped(rel) || s.exclude?.test(rel))
      continue;
    const untracked = line.startsWith('??');
    if (line[0] === 'D' || line[1] === 'D') continue; // a deletion drafts no text
    out.push(
      finding(
        'warning',
        'SYNC_LEFT',
        untracked
          ? 'is not committed yet, so sync left it out; commit and push it, and the next sync creates its items'
          : 'has changes that are not committed, so sync used the committed text; commit and push them, and the next sync sends them',
        { file },
      ),
    );
  }
  return out;
}
