/**
 * The hook's work once something task-related is staged: check the staged (index) state files,
 * give staged tasks their IDs in one transaction, and restage exactly what changed, keeping the
 * unstaged part of a partially staged file.
 */
import { readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import {
  assignTask,
  configuredTools,
  diagnose,
  ExtidsError,
  loadSettings,
  migrate,
  parseStateText,
  readTaskText,
  relPath,
  STATE_FILE,
  setExternalIds,
  transaction,
  isoStamp,
  TOOLS,
  type Assigned,
  type Finding,
  type ParsedCounters,
  type ParsedMapping,
  type Settings,
  type TaskRecord,
} from '../core/index.js';
import type { Io } from '../cli/main.js';
import { lockFromEnv } from '../cli/env.js';
import { formatFinding, noStyle } from '../cli/format.js';
import type { HookPaths, Staged } from './pre-commit.js';

type Git = (args: string[], input?: string) => string;

const FIX =
  'fix it with `npx extids repair`, then stage the state files again (or bypass once with git commit --no-verify)';

function indexText(git: Git, rel: string): string | undefined {
  try {
    return git(['show', `:${rel}`]);
  } catch {
    return undefined;
  }
}

function stagedState(
  git: Git,
  s: Settings,
  now: string,
): {
  mapping: ParsedMapping;
  counters: ParsedCounters;
  rel: { mapping: string; counters: string };
} {
  const dir = relPath(s.root, s.stateDir);
  const rel = {
    mapping: `${dir}/${STATE_FILE.mapping}`,
    counters: `${dir}/${STATE_FILE.counters}`,
  };
  const read = <K extends 'mapping' | 'counters'>(kind: K) => {
    const text = indexText(git, rel[kind]);
    return text === undefined
      ? {
          kind,
          file: rel[kind],
          status: 'missing' as const,
          steps: [],
          findings: [],
          enveloped: true,
        }
      : parseStateText(kind, text, rel[kind], now);
  };
  return {
    mapping: read('mapping') as ParsedMapping,
    counters: read('counters') as ParsedCounters,
    rel,
  };
}

export async function runStaged(
  io: Io,
  paths: HookPaths,
  staged: Staged,
  rawGit: (args: string[]) => string,
): Promise<number> {
  const git: Git = (args, input) =>
    input === undefined
      ? rawGit(args)
      : execFileSync('git', args, {
          cwd: paths.root,
          input,
          encoding: 'utf8',
          stdio: ['pipe', 'pipe', 'pipe'],
        });
  const say = (line: string) => io.stderr.write(`extids: ${line}\n`);
  try {
    const s = loadSettings(paths.root);
    const now = isoStamp(new Date());
    const lock = lockFromEnv(io.env);

    // 1. The state files as they will be committed.
    let state = stagedState(git, s, now);
    const stateErrors = diagnose({
      mapping: state.mapping,
      counters: state.counters,
      idPattern: s.idPattern,
    }).filter((f) => f.severity === 'error');
    if (stateErrors.length) return refuse(io, stateErrors, FIX);
    const unstagedState = git(['diff', '--name-only', '--', state.rel.mapping, state.rel.counters])
      .split('\n')
      .filter(Boolean);
    if (state.mapping.status === 'legacy' || state.counters.status === 'legacy') {
      if (unstagedState.length)
        return refuse(
          io,
          [],
          `${unstagedState.join(' and ')} ${unstagedState.length > 1 ? 'are' : 'is'} in an older format and has unstaged changes; stage or stash them so the hook can migrate it`,
        );
      const r = await migrate(s, { lock });
      git(
        ['add', '--', state.rel.mapping, state.rel.counters].filter(
          (p, i) => i < 2 || r.changes.some((c) => c.file === p),
        ),
      );
      say(
        `migrated ${r.changes
          .filter((c) => c.action === 'migrated')
          .map((c) => c.file)
          .join(' and ')} to format 1.0 (originals kept beside them, git-ignored)`,
      );
      state = stagedState(git, s, now);
    }

    // 2. Staged tasks that lack an ID for a configured tool.
    if (staged.tasks.length === 0 || TOOLS.every((t) => !s.tools[t])) return 0;
    const tools = configuredTools(s);
    interface Work {
      rec: TaskRecord;
      rel: string;
      index: string;
      worktree: string;
    }
    const work: Work[] = [];
    for (const rel of staged.tasks) {
      const index = indexText(git, rel);
      if (index === undefined) continue;
      const abs = resolve(paths.root, rel);
      const rec = readTaskText(index, abs, rel);
      if (!rec.hasFrontmatter || rec.id === undefined || !s.idPattern.test(rec.id)) continue;
      if (tools.every((t) => rec.externalIds?.[t] !== undefined)) continue;
      const worktree = readFileSync(abs, 'utf8');
      if (worktree !== index) {
        const w = readTaskText(worktree, abs, rel);
        if (w.id !== rec.id)
          return refuse(
            io,
            [],
            `${rel} is partially staged and its unstaged version has another id (${w.id ?? 'none'}); stage or stash the rest so the hook can write its external IDs safely`,
          );
      }
      work.push({ rec, rel, index, worktree });
    }
    if (work.length === 0) return 0;
    if (unstagedState.length)
      return refuse(
        io,
        [],
        `${unstagedState.join(' and ')} ${unstagedState.length > 1 ? 'have' : 'has'} unstaged changes; stage or stash them so the hook can add the new IDs without committing them by accident`,
      );
    const dup = duplicatesOf(
      git,
      s,
      work.map((w) => w.rec),
      state.mapping,
    );
    if (dup.length) return refuse(io, dup, 'give each task its own id');

    // 3. One transaction for all of them; the task files are written under the same lock.
    const { value: results } = await transaction(
      { stateDir: s.stateDir, root: s.root, lock },
      (ledger) =>
        work.map((w) => {
          const { want, assigned } = assignTask(ledger, w.rec, s);
          const newIndex = setExternalIds(w.index, want, w.rec.file);
          const newWorktree =
            w.worktree === w.index ? newIndex : setExternalIds(w.worktree, want, w.rec.file);
          if (newWorktree !== w.worktree)
            ledger.writeAfter({
              path: w.rec.path,
              text: newWorktree,
              action: 'wrote external_ids',
              mode: statSync(w.rec.path).mode & 0o777,
            });
          return { w, assigned, newIndex };
        }),
    );

    // 4. Restage: whole files where nothing was unstaged, only the staged version otherwise.
    for (const { w, newIndex } of results) {
      if (newIndex === w.index) continue;
      if (w.worktree === w.index) git(['add', '--', w.rel]);
      else {
        const blob = git(['hash-object', '-w', '--stdin', '--path', w.rel], newIndex).trim();
        const mode = git(['ls-files', '-s', '--', w.rel]).split(' ')[0] || '100644';
        git(['update-index', '--cacheinfo', `${mode},${blob},${w.rel}`]);
      }
    }
    git(['add', '--', state.rel.counters, state.rel.mapping]);
    const assigned: Assigned[] = results.flatMap((r) => r.assigned);
    if (assigned.length) say(describe(assigned));
    return 0;
  } catch (err) {
    if (err instanceof ExtidsError) {
      if (err.details.findings?.length) return refuse(io, err.details.findings, FIX);
      io.stderr.write(`extids: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`extids: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 2;
  }
}

function describe(assigned: Assigned[]): string {
  const byTask = new Map<string, Assigned[]>();
  for (const a of assigned) byTask.set(a.task, [...(byTask.get(a.task) ?? []), a]);
  const parts = [...byTask].map(
    ([task, as]) => `${task} (${as.map((a) => `${a.tool} ${a.externalId}`).join(', ')})`,
  );
  return `assigned ${assigned.length} external ID${assigned.length === 1 ? '' : 's'}: ${parts.join('; ')}`;
}

/** A new task whose id another committed task file already has: a copied file, most likely. */
function duplicatesOf(
  git: Git,
  s: Settings,
  recs: TaskRecord[],
  mapping: ParsedMapping,
): Finding[] {
  const out: Finding[] = [];
  const tasksRel = relPath(s.root, s.tasksDir);
  const seen = new Map<string, string>();
  for (const r of recs) {
    const other = seen.get(r.id!);
    if (other)
      out.push({
        severity: 'error',
        code: 'DUPLICATE_TASK_ID',
        message: `${r.id} is the id of both ${other} and ${r.file}`,
        file: r.file,
        line: r.idLine,
      });
    seen.set(r.id!, r.file);
    if (
      !mapping.data?.mappings[r.id!] ||
      Object.prototype.hasOwnProperty.call(mapping.data.mappings, r.id!) === false
    )
      continue;
    const re = `^(id|task_id):[[:space:]]*["']?${r.id!.replace(/[.]/g, '\\.')}["']?[[:space:]]*$`;
    let files: string[] = [];
    try {
      files = git(['grep', '--cached', '-l', '-E', re, '--', tasksRel])
        .split('\n')
        .filter((f) => f && f !== r.file);
    } catch {
      /* git grep exits 1 when nothing matches */
    }
    if (files.length)
      out.push({
        severity: 'error',
        code: 'DUPLICATE_TASK_ID',
        message: `${r.id} is already the id of ${files.join(', ')}, which holds its external IDs`,
        file: r.file,
        line: r.idLine,
      });
  }
  return out;
}

function refuse(io: Io, findings: Finding[], fix: string): number {
  const lines = findings.map((f) => `  ${formatFinding(f, noStyle)}`);
  io.stderr.write(
    `extids: commit refused${lines.length ? ':' : ''}\n${lines.join('\n')}${lines.length ? '\n' : ''}  ${fix}\n`,
  );
  return 1;
}
