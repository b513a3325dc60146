/**
 * Recording what sync made: the tracker's keys go into the mapping, the links file and the tasks'
 * frontmatter, as one commit on the branch upstream. The commit is built from objects alone, on
 * top of the upstream's tip (its files read from that commit, not from the work tree), and pushed
 * without force; when someone pushed first it is built again on top of theirs. The person's work
 * tree and index are never reset: after the push, the local branch moves to the commit only when
 * nothing else moved it, and only the files sync wrote are updated, each only where it still
 * holds what the upstream had (a file edited meanwhile is left as it is, and said so).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, isoStamp } from '../canonical.js';
import { keepCopy, writeFileAtomic } from '../atomic.js';
import { ExtidsError, finding, type Finding } from '../findings.js';
import type { Git } from '../git.js';
import { Ledger } from '../ledger.js';
import { missingStateFile, parseStateText } from '../parse.js';
import { notATask, relPath } from '../paths.js';
import { emptyCounters, FORMAT_VERSION, type Mappings } from '../schema.js';
import { countersEqual, hasOwn } from '../state.js';
import { COUNTERS_FILE, locked, MAPPING_FILE, type StoreOptions } from '../store.js';
import { readTaskText, setExternalIds } from '../tasks.js';
import type { Change } from '../changes.js';
import type { Assigned } from '../commands/common.js';
import { contentHash, fieldHashes, type FieldHashes } from './content.js';
import type { Tool } from '../ids.js';
import { TOOL_LABEL } from '../ids.js';
import {
  LINKS_FILE,
  linksText,
  parseLinksText,
  predictedKey,
  type Link,
  type Links,
} from './links.js';
import type { Item } from './tracker.js';

/** The hashes of one write: what extids sent, and the item as the tracker answered. */
export interface Written {
  sent: string;
  seen: string;
  /** Each field's hash to keep (content.ts `fieldHashes`); by default the item's own. */
  fields?: FieldHashes;
}

/** A task's item to record: its key goes into the mapping and frontmatter, the rest to links. */
export interface Found {
  tool: Tool;
  task: string;
  item: Pick<Item, 'id' | 'key' | 'url' | 'title' | 'body' | 'state'>;
  /** What this run wrote to it, if it did. */
  written?: Written;
}

export interface RecordTarget {
  git: Git;
  /** The repository's top level (paths are relative to it). */
  root: string;
  stateDir: string;
  tasksDir: string;
  /** Files under the tasks directory that are not tasks (the config's `exclude`). */
  exclude?: RegExp;
  remote: string;
  remoteBranch: string;
  /**
   * The local branch checked out, moved to the commit when nothing else moved it; undefined: the
   * checkout is left as it is, without a word (a CI workspace a newer push has overtaken).
   */
  branch?: string;
  store: StoreOptions;
  now: () => Date;
  say: (line: string) => void;
  /**
   * Links the links file lost that git still had (committed.ts `lostLinks`): written back where
   * the file has none for that task and tool and the mapping still names their key, whether or not
   * this run reached their tracker (a `--tools` run, a tracker that failed), so no later run has to
   * find them in history again.
   */
  restore?: Links;
}

export interface Recorded {
  /** Mappings in the mapping file the run leaves on the branch. */
  mappings: number;
  /** Files the commit changed (relative to the top level); empty when nothing needed recording. */
  files: string[];
  /** Warnings: files of the checkout left as they were, the checkout left behind. */
  findings: Finding[];
  /** What the commit wrote, as every command reports its writes. */
  changes: Change[];
  /** The numbers the commit wrote into task files. */
  assigned: Assigned[];
}

/** A file the commit changes: its text in the base commit (undefined: new) and in the commit. */
interface FileChange {
  before?: string;
  after: string;
  /** A task file's: its task and the external IDs written. */
  task?: {
    id: string;
    externalIds: Record<string, string>;
    /** The keys the file did not hold before: the numbers sync gave it. */
    numbers: { tool: Tool; key: string }[];
  };
}

/**
 * Records `found` (task → its item) on the upstream branch, then brings the checkout along.
 * Throws SYNC_REFUSED when the upstream keeps moving, STATE_INVALID when its state files are
 * damaged; the items exist either way, and the next run records them from their markers.
 */
export async function record(t: RecordTarget, found: Found[]): Promise<Recorded> {
  const upstream = `${t.remote}/${t.remoteBranch}`;
  for (let attempt = 1; ; attempt++) {
    t.git.run(['fetch', '-q', t.remote, t.remoteBranch]);
    const base = t.git.sha(upstream);
    if (!base) throw new ExtidsError('SYNC_REFUSED', `${upstream} names no commit after a fetch`);
    const { changes, mappings } = recordedFiles(t, base, found);
    if (changes.size === 0) return { mappings, files: [], findings: [], changes: [], assigned: [] };
    const tools = [...new Set(found.map((f) => TOOL_LABEL[f.tool]))].join(', ');
    const message = `extids sync: ${tools} items for ${new Set(found.map((f) => f.task)).size} task(s)`;
    const files = [...changes].map(([path, c]) => ({
      path,
      id: t.git.hashText(c.after),
      mode: t.git.blob(base, path)?.mode ?? '100644',
    }));
    const sha = t.git.commitOnto(base, files, message);
    t.say(`pushing the numbers to ${upstream}`);
    if (t.git.pushUnlessMoved(t.remote, `${sha}:refs/heads/${t.remoteBranch}`) === 'pushed') {
      t.git.query(['update-ref', `refs/remotes/${upstream}`, sha]);
      const findings = await updateCheckout(t, base, sha, changes);
      return { mappings, files: [...changes.keys()], findings, ...reported(changes) };
    }
    if (attempt >= 5)
      throw new ExtidsError(
        'SYNC_REFUSED',
        `${upstream} keeps moving; the items exist and the next run records them from their markers`,
      );
    t.say(`${upstream} moved on; recording again on top of it`);
  }
}

/** The commit's files as the report's `changes`, and the numbers it gave tasks as `assigned`. */
function reported(changes: Map<string, FileChange>): Pick<Recorded, 'changes' | 'assigned'> {
  const out: Pick<Recorded, 'changes' | 'assigned'> = { changes: [], assigned: [] };
  for (const [file, c] of changes) {
    if (!c.task) {
      out.changes.push({
        kind: 'state-written',
        file,
        how: c.before === undefined ? 'created' : 'updated',
      });
      continue;
    }
    out.changes.push({
      kind: 'task-written',
      file,
      task: c.task.id,
      externalIds: c.task.externalIds,
    });
    for (const { tool, key } of c.task.numbers)
      out.assigned.push({ task: c.task.id, tool, externalId: key, file });
  }
  return out;
}

/**
 * The files one commit on `base` changes to record `found`: the mapping and counters (through
 * the ledger, so counters rise with the numbers), the links file, and the frontmatter of every
 * file in `base` that declares a recorded task. Read from `base`, never from the work tree.
 */
function recordedFiles(
  t: RecordTarget,
  base: string,
  found: Found[],
): { changes: Map<string, FileChange>; mappings: number } {
  const stamp = isoStamp(t.now());
  const stateRel = relPath(t.root, t.stateDir);
  const at = (name: string) => `${stateRel}/${name}`;
  const show = (file: string) => t.git.show(base, file);
  const mappingText = show(at(MAPPING_FILE));
  const countersText = show(at(COUNTERS_FILE));
  const mapping =
    mappingText === undefined
      ? missingStateFile('mapping', at(MAPPING_FILE))
      : parseStateText('mapping', mappingText, at(MAPPING_FILE), stamp);
  const counters =
    countersText === undefined
      ? missingStateFile('counters', at(COUNTERS_FILE))
      : parseStateText('counters', countersText, at(COUNTERS_FILE), stamp);
  const linksBefore = show(at(LINKS_FILE));
  const links = linksBefore === undefined ? undefined : parseLinksText(linksBefore, at(LINKS_FILE));
  const damaged = [mapping, counters, links].flatMap((p) =>
    p && !['missing', 'valid', 'legacy'].includes(p.status)
      ? p.findings.filter((f) => f.severity === 'error')
      : [],
  );
  if (damaged.length)
    throw new ExtidsError(
      'STATE_INVALID',
      `the state files on ${t.remote}/${t.remoteBranch} need \`extids repair\` first (${damaged[0]!.file}: ${damaged[0]!.message}); the items exist and the next run records them from their markers`,
      { findings: damaged },
    );

  const fileCounters = counters.data?.counters ?? emptyCounters();
  const mappings = mapping.data?.mappings ?? {};
  dropPredicted(mappings, links?.links ?? {}, found);
  const ledger = new Ledger(mappings, fileCounters, {
    highest: mapping.analysis?.highest,
  });
  const nextLinks = Object.assign(Object.create(null), links?.links ?? {}) as NonNullable<
    typeof links
  >['links'];
  for (const [task, byTool] of Object.entries(t.restore ?? {}))
    for (const [tool, link] of Object.entries(byTool) as [Tool, Link][])
      if (!nextLinks[task]?.[tool] && ledger.get(task)?.[tool] === link.key)
        nextLinks[task] = { ...nextLinks[task], [tool]: link };
  const keys = new Map<string, Partial<Record<Tool, string>>>();
  for (const { tool, task, item, written: w } of found) {
    if (ledger.get(task)?.[tool] !== item.key) ledger.put(task, tool, item.key);
    const link: Link = {
      id: item.id,
      key: item.key,
      url: item.url,
      hash: w?.seen ?? contentHash(item),
      ...(w && { sent: w.sent }),
      fields: w?.fields ?? fieldHashes(item),
    };
    nextLinks[task] = { ...nextLinks[task], [tool]: link };
    keys.set(task, { ...keys.get(task), [tool]: item.key });
  }

  const changes = new Map<string, FileChange>();
  const change = (
    file: string,
    before: string | undefined,
    after: string,
    task?: FileChange['task'],
  ) => {
    if (after !== before) changes.set(file, { before, after, task });
  };
  if (!countersEqual(fileCounters, ledger.counters) || counters.status === 'legacy')
    change(
      at(COUNTERS_FILE),
      countersText,
      canonicalJson({ counters: ledger.counters, updated: stamp, version: FORMAT_VERSION }),
    );
  if (ledger.mappingsChanged || mapping.status === 'legacy')
    change(
      at(MAPPING_FILE),
      mappingText,
      canonicalJson({ mappings: ledger.mappings, updated: stamp, version: FORMAT_VERSION }),
    );
  if (links?.migrated || canonicalJson(nextLinks) !== canonicalJson(links?.links ?? {}))
    change(at(LINKS_FILE), linksBefore, linksText(nextLinks, stamp));

  const tasksRel = relPath(t.root, t.tasksDir);
  const isTask = (file: string) =>
    !notATask(tasksRel ? file.slice(tasksRel.length + 1) : file, t.exclude);
  for (const file of t.git.idFiles(base, [...keys.keys()], tasksRel || '.')) {
    if (!isTask(file)) continue;
    const text = show(file);
    if (text === undefined) continue;
    const rec = readTaskText(text, join(t.root, file), file);
    const mine = rec.id === undefined ? undefined : keys.get(rec.id);
    if (!mine) continue;
    const want: Record<string, string> = { ...(rec.externalIds ?? {}), ...mine };
    const numbers = (Object.entries(mine) as [Tool, string][])
      .filter(([tool, key]) => rec.externalIds?.[tool] !== key)
      .map(([tool, key]) => ({ tool, key }));
    change(file, text, setExternalIds(text, want, file), {
      id: rec.id!,
      externalIds: want,
      numbers,
    });
  }
  return { changes, mappings: Object.keys(ledger.mappings).length };
}

/**
 * Before the tracker's keys go into the ledger, the predicted keys they replace come out of the
 * mapping (links.ts `predictedKey`: mapped, never linked): the recorded tasks' own, and another
 * task's where the tracker gave its predicted number to a recorded task (a real key may equal any
 * prediction). That task keeps the number in its frontmatter only, which the next sync replaces
 * (commands/sync.ts planSync); a key another task's link holds is never given up. The counters
 * keep every number. `mappings` is changed in place.
 */
function dropPredicted(mappings: Mappings, links: Links, found: Found[]): void {
  const holder = new Map<string, string>(); // `tool key` → the task the mapping gives it
  for (const [task, entry] of Object.entries(mappings))
    for (const [tool, key] of Object.entries(entry)) holder.set(`${tool} ${key}`, task);
  const drop = (task: string, tool: Tool) => {
    const entry = hasOwn(mappings, task) ? mappings[task]! : undefined;
    if (entry?.[tool] === undefined || predictedKey(entry[tool], links[task]?.[tool]) === undefined)
      return;
    delete entry[tool];
    if (Object.keys(entry).length === 0) delete mappings[task];
  };
  for (const { tool, task, item } of found) {
    if (mappings[task]?.[tool] !== item.key) drop(task, tool);
    const other = holder.get(`${tool} ${item.key}`);
    if (other !== undefined && other !== task) drop(other, tool);
  }
}

/**
 * Brings the checkout to the pushed commit without touching anything sync did not write: the
 * branch moves from `base` to `sha` only if it is still at `base` (else: pull), and each file the
 * commit changed is written (and its index entry set) only where it still holds `base`'s text.
 */
async function updateCheckout(
  t: RecordTarget,
  base: string,
  sha: string,
  changes: Map<string, FileChange>,
): Promise<Finding[]> {
  const upstream = `${t.remote}/${t.remoteBranch}`;
  const head = t.git.query(['symbolic-ref', '-q', 'HEAD'])?.trim();
  if (!t.branch) return [];
  const ref = `refs/heads/${t.branch}`;
  if (head !== ref || !t.git.moveRef(ref, sha, base, 'extids sync: record the numbers'))
    return [
      finding(
        'warning',
        'SYNC_LEFT',
        `${upstream} moved on while sync ran, so this checkout was left as it is; the numbers are on ${upstream}: pull to get them`,
      ),
    ];
  const kept: string[] = [];
  await locked(t.store, () => {
    for (const [file, c] of changes) {
      const path = join(t.root, file);
      let now: string | undefined;
      try {
        now = readFileSync(path, 'utf8');
      } catch {
        now = undefined;
      }
      if (now !== c.before) {
        kept.push(file);
        continue;
      }
      const isState = file.startsWith(`${relPath(t.root, t.stateDir)}/`);
      if (isState && now !== undefined) keepCopy(path, `${path}.bak`); // the last version that validated
      writeFileAtomic(path, c.after);
      if (t.git.blobOf('index', file) === t.git.blobOf(base, file)) {
        const blob = t.git.blobOf(sha, file);
        if (blob) t.git.setIndexBlob(file, blob);
      }
    }
  });
  return kept.map((file) =>
    finding(
      'warning',
      'SYNC_LEFT',
      `changed while sync ran, so it was left as it is; the commit on ${upstream} has its numbers (\`git diff HEAD -- ${file}\` shows both)`,
      { file },
    ),
  );
}
