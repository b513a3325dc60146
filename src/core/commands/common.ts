/** What every command shares: the report it returns, its options, and reading the tasks. */
import { existsSync } from 'node:fs';
import type { Change } from '../changes.js';
import type { Settings } from '../config.js';
import { finding, hasErrors, type Finding } from '../findings.js';
import { Git } from '../git.js';
import type { LockOptions } from '../lock.js';
import type { ParsedMapping } from '../parse.js';
import { relPath } from '../paths.js';
import type { Renumbered } from '../renumber.js';
import type { NextSteps } from './next.js';
import type { Snapshot, StoreOptions } from '../store.js';
import { scanTasks, type TaskRecord } from '../tasks.js';
import type { Tool } from '../ids.js';
import type { WriteFs } from '../atomic.js';

export interface Assigned {
  task: string;
  tool: Tool;
  externalId: string;
  file: string;
}

export interface Report {
  ok: boolean;
  command: string;
  dryRun?: boolean;
  findings: Finding[];
  changes: Change[];
  assigned: Assigned[];
  renumbered?: Renumbered[];
  /** `init`: what to do next (tasks to assign, files to exclude, counter mode). */
  next?: NextSteps;
  /** `tasks`: files under the tasks directory that have frontmatter, in every command. */
  stats: { mappings: number; tasks: number };
}

export type Progress = (phase: string, done: number, total: number) => void;

export interface OpOptions {
  dryRun?: boolean;
  onProgress?: Progress;
  lock?: LockOptions;
  now?: () => Date;
  /** The fs every write goes through (tests inject failures here). */
  fs?: WriteFs;
  /**
   * Files the change being checked adds (a pull request's, as the action sees it): a task ID
   * collision they create is an error, where copies that were already there are a warning.
   */
  introduced?: (file: string) => boolean;
  /** Read task files on a second thread from this many (core/read-files.ts); Infinity: never. */
  readAheadFrom?: number;
}

export const storeOptions = (s: Settings, o: OpOptions): StoreOptions => ({
  stateDir: s.stateDir,
  root: s.root,
  lock: o.lock,
  now: o.now,
  fs: o.fs,
});

export const report = (
  command: string,
  findings: Finding[],
  extra: Partial<Report> = {},
): Report => ({
  ok: !hasErrors(findings),
  command,
  findings: unique(findings),
  changes: [],
  assigned: [],
  stats: { mappings: 0, tasks: 0 },
  ...extra,
});

/** A condition said once: repair's plan and its closing validate can both name it. */
function unique(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.severity}\0${f.code}\0${f.file}\0${f.line}\0${f.message}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

/** The task files, or undefined when there is no tasks directory. */
export async function scan(s: Settings, o: OpOptions): Promise<TaskRecord[] | undefined> {
  if (!existsSync(s.tasksDir)) return undefined;
  return scanTasks(s.tasksDir, {
    root: s.root,
    exclude: s.exclude,
    onProgress: o.onProgress && ((d, t) => o.onProgress!('reading tasks', d, t)),
    readAheadFrom: o.readAheadFrom,
  });
}

export const countTasks = (tasks: TaskRecord[] | undefined): number =>
  tasks?.filter((t) => t.hasFrontmatter).length ?? 0;

export const countMappings = (m: ParsedMapping): number =>
  m.analysis?.ids.length ?? Object.keys(m.data?.mappings ?? m.salvage?.data.mappings ?? {}).length;

/** The summary counts every command reports: mappings in the file, task files with frontmatter. */
export const stats = (m: ParsedMapping, tasks: TaskRecord[] | undefined): Report['stats'] => ({
  mappings: countMappings(m),
  tasks: countTasks(tasks),
});

/**
 * A state file that is missing where writing a fresh one would lose the ledger: it is committed in
 * git, or (the mapping file, in a state directory named for this run) task files already carry
 * external IDs, as when --state-dir is mistyped. Without a named directory, a repository adopting
 * extids records the IDs its task files carry. `extids repair` rebuilds from those sources.
 */
export function missingButCommitted(
  s: Settings,
  snap: Snapshot,
  tasks: TaskRecord[] = [],
): Finding[] {
  const out: Finding[] = [];
  const carrying = tasks.filter((t) => Object.keys(t.externalIds ?? {}).length > 0).length;
  if (snap.mapping.status === 'missing' && carrying && s.stateDirGiven)
    out.push(
      finding(
        'error',
        'MISSING_FILE',
        `does not exist, but ${carrying} task file${carrying === 1 ? '' : 's'} already carry external IDs: is the state directory right? (\`extids repair\` rebuilds it from them)`,
        { file: snap.mapping.file },
      ),
    );
  const git = new Git(s.root);
  for (const f of [snap.mapping, snap.counters]) {
    if (f.status !== 'missing') continue;
    const rel = relPath(s.root, f.kind === 'mapping' ? snap.paths.mapping : snap.paths.counters);
    if (git.show('HEAD', rel) !== undefined)
      out.push(
        finding(
          'error',
          'MISSING_FILE',
          'is missing but committed in git; `extids repair` restores it',
          { file: f.file },
        ),
      );
  }
  return out;
}
