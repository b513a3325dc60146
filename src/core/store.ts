/**
 * Reading the state directory, and the one transaction API: lock, read both files fresh, let the
 * caller change them, write counters then mappings atomically, keep `.bak`, unlock. Nothing is
 * cached between transactions.
 */
import * as nodeFs from 'node:fs';
import { dirname, join } from 'node:path';
import { canonicalJson, fileStamp, isoStamp } from './canonical.js';
import { describeFsError, ExtidsError, finding, type Finding } from './findings.js';
import {
  missingStateFile,
  parseStateText,
  type ParsedCounters,
  type ParsedMapping,
  type ParsedStateFile,
} from './parse.js';
import {
  freshName,
  fsyncDir,
  keepCopy,
  sweepTemps,
  writeFileAtomic,
  writeFilesAtomic,
  realFs,
  type WriteFs,
} from './atomic.js';
import { withLock, type HeldLock, type LockOptions } from './lock.js';
import {
  emptyCounters,
  FORMAT_VERSION,
  type CounterFile,
  type Counters,
  type ExternalIds,
  type MappingFile,
} from './schema.js';
import type { FileKind } from './migrate.js';
import type { Change } from './changes.js';
import { Ledger } from './ledger.js';
import { cloneCounters, countersEqual } from './state.js';

import { COUNTERS_FILE, displayPath, isInside, MAPPING_FILE } from './paths.js';
import { refuseOutside } from './root.js';

export { COUNTERS_FILE, MAPPING_FILE };

export interface StoreOptions {
  stateDir: string;
  /** Repository root: paths in findings are shown relative to it, and nothing outside it is followed. */
  root?: string;
  lock?: LockOptions;
  now?: () => Date;
  fs?: WriteFs;
  /**
   * State files already parsed from a text (the hook's check of the staged state): a valid file
   * whose text on disk is that same text is not parsed a second time.
   */
  parsed?: readonly ParsedStateFile<MappingFile | CounterFile>[];
}

/** A task file a transaction writes after the state files, under the same lock. */
export interface PendingWrite {
  path: string;
  text: string;
  task: string;
  externalIds: ExternalIds;
}

/** What a transaction body may ask besides changing the ledger. */
export interface Tx {
  /** Write a task file once the state files are written, in the same transaction. */
  writeAfter(write: PendingWrite): void;
}

export interface StatePaths {
  dir: string;
  mapping: string;
  counters: string;
}

export const statePaths = (dir: string): StatePaths => ({
  dir,
  mapping: join(dir, MAPPING_FILE),
  counters: join(dir, COUNTERS_FILE),
});

const MAX_STATE_BYTES = 256 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads one state file from disk. Missing is a status, not an error; every problem is a finding. */
export function readStateFile(
  kind: 'mapping',
  path: string,
  opts?: Omit<StoreOptions, 'stateDir'>,
): ParsedMapping;
export function readStateFile(
  kind: 'counters',
  path: string,
  opts?: Omit<StoreOptions, 'stateDir'>,
): ParsedCounters;
export function readStateFile(
  kind: FileKind,
  path: string,
  opts?: Omit<StoreOptions, 'stateDir'>,
): ParsedStateFile<MappingFile | CounterFile>;
export function readStateFile(
  kind: FileKind,
  path: string,
  opts: Omit<StoreOptions, 'stateDir'> = {},
): ParsedStateFile<MappingFile | CounterFile> {
  const file = displayPath(path, opts.root);
  const now = isoStamp((opts.now ?? (() => new Date()))());
  const unreadable = (message: string): ParsedStateFile<MappingFile | CounterFile> => ({
    kind,
    file,
    status: 'unreadable',
    steps: [],
    enveloped: true,
    findings: [finding('error', 'UNREADABLE', message, { file })],
  });
  let st: nodeFs.Stats;
  try {
    st = nodeFs.lstatSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return missingStateFile(kind, file);
    return unreadable(`cannot be read: ${describeFsError(err)}`);
  }
  if (st.isSymbolicLink()) {
    let target = '?';
    try {
      target = nodeFs.realpathSync(path);
    } catch {
      /* dangling */
    }
    return unreadable(
      `is a symbolic link (to ${target}); extids reads and writes only regular files in the state directory, so it leaves it alone. Replace it with the file itself.`,
    );
  }
  if (!st.isFile())
    return unreadable(`is not a regular file${st.isDirectory() ? ' (it is a directory)' : ''}`);
  if (st.size > MAX_STATE_BYTES)
    return unreadable(
      `is ${(st.size / 1048576).toFixed(0)} MiB, over the ${MAX_STATE_BYTES / 1048576} MiB extids reads`,
    );
  let text: string;
  try {
    text = utf8.decode((opts.fs ?? realFs).readFileSync(path));
  } catch (err) {
    if (err instanceof TypeError) {
      return {
        kind,
        file,
        status: 'corrupt',
        steps: [],
        enveloped: true,
        findings: [finding('error', 'PARSE_ERROR', 'is not valid UTF-8 text', { file })],
      };
    }
    return unreadable(`cannot be read: ${describeFsError(err)}`);
  }
  const known = opts.parsed?.find(
    (p) => p.kind === kind && p.status === 'valid' && p.file === file && p.text === text,
  );
  return known ?? parseStateText(kind, text, file, now);
}

export interface Snapshot {
  paths: StatePaths;
  mapping: ParsedMapping;
  counters: ParsedCounters;
}

/**
 * Checks the state directory itself: a file where the directory should be, or a directory that
 * (through a symlink) lies outside the repository, is an error that stops the run.
 */
export function checkStateDir(dir: string, root?: string): 'missing' | 'ok' {
  const show = displayPath(dir, root);
  if (root) refuseOutside('state directory', dir, root);
  try {
    const st = nodeFs.statSync(dir);
    if (!st.isDirectory())
      throw new ExtidsError('NOT_A_DIRECTORY', `the state directory ${show} is not a directory`, {
        file: dir,
      });
    if (
      root &&
      isInside(root, dir) &&
      !isInside(nodeFs.realpathSync(root), nodeFs.realpathSync(dir))
    )
      throw new ExtidsError(
        'OUTSIDE_ROOT',
        `the state directory ${show} leads outside the repository (to ${nodeFs.realpathSync(dir)}); extids reads and writes state only inside ${root}`,
        { file: dir },
      );
    return 'ok';
  } catch (err) {
    if (err instanceof ExtidsError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    if ((err as NodeJS.ErrnoException).code === 'ENOTDIR')
      throw new ExtidsError(
        'NOT_A_DIRECTORY',
        `the state directory ${show} is not a directory (a file is in its path)`,
        {
          file: dir,
        },
      );
    throw new ExtidsError(
      'UNREADABLE',
      `cannot read the state directory ${show}: ${describeFsError(err)}`,
      { file: dir },
    );
  }
}

/** Reads both files without locking: what `validate` and `lookup` use. */
export function readState(opts: StoreOptions): Snapshot {
  checkStateDir(opts.stateDir, opts.root);
  const paths = statePaths(opts.stateDir);
  return {
    paths,
    mapping: readStateFile('mapping', paths.mapping, opts),
    counters: readStateFile('counters', paths.counters, opts),
  };
}

const usable = new Set(['missing', 'valid', 'legacy']);

/** The findings that stop a transaction: damaged, unreadable or newer-format files. */
export function blockingFindings(s: Snapshot): Finding[] {
  return [s.mapping, s.counters]
    .filter((f) => !usable.has(f.status))
    .flatMap((f) => f.findings.filter((x) => x.severity === 'error'));
}

export interface WritePlan {
  kind: FileKind;
  path: string;
  /** The file as read in this transaction, to decide how to keep the old version. */
  before: ParsedStateFile<MappingFile | CounterFile>;
  data: MappingFile | CounterFile;
}

export interface TxContext {
  snapshot: Snapshot;
  lock: HeldLock;
  now: Date;
  fs: WriteFs;
  changes: Change[];
  opts: StoreOptions;
}

/** Writes one state file the safe way, keeping the right copy of what it replaces. */
export function writeStateFile(ctx: TxContext, plan: WritePlan): void {
  const text = canonicalJson(plan.data);
  const { before } = plan;
  if (before.text === text) return;
  const show = (p: string) => displayPath(p, ctx.opts.root);
  const stamp = fileStamp(ctx.now);
  ctx.lock.assertHeld();
  if (before.status === 'valid' || before.status === 'legacy')
    keepCopy(plan.path, `${plan.path}.bak`, ctx.fs);
  if (before.status === 'legacy') {
    const orig = freshName(plan.path, 'pre-migration', stamp, ctx.fs);
    keepCopy(plan.path, orig, ctx.fs);
    ctx.changes.push({ kind: 'original-kept', file: show(orig), why: 'pre-migration' });
  }
  if (before.status === 'corrupt') {
    const q = freshName(plan.path, 'corrupt', stamp, ctx.fs);
    keepCopy(plan.path, q, ctx.fs);
    ctx.changes.push({ kind: 'original-kept', file: show(q), why: 'corrupt' });
  }
  ctx.lock.assertHeld();
  writeFileAtomic(plan.path, text, { fs: ctx.fs });
  ctx.changes.push({
    kind: 'state-written',
    file: show(plan.path),
    how:
      before.status === 'missing'
        ? 'created'
        : before.status === 'legacy'
          ? 'migrated'
          : before.status === 'corrupt'
            ? 'rebuilt'
            : 'updated',
  });
}

/** Runs `body` under the state directory's lock with both files read fresh. */
export async function locked<T>(
  opts: StoreOptions,
  body: (ctx: TxContext) => T | Promise<T>,
): Promise<{ value: T; changes: Change[] }> {
  if (checkStateDir(opts.stateDir, opts.root) === 'missing') {
    try {
      nodeFs.mkdirSync(opts.stateDir, { recursive: true });
    } catch (err) {
      throw new ExtidsError(
        'UNREADABLE',
        `cannot create the state directory ${opts.stateDir}: ${describeFsError(err)}`,
        { file: opts.stateDir },
      );
    }
  }
  const fs = opts.fs ?? realFs;
  return withLock(opts.stateDir, opts.lock ?? {}, async (lock) => {
    sweepTemps(opts.stateDir, fs);
    const ctx: TxContext = {
      snapshot: readState(opts),
      lock,
      now: (opts.now ?? (() => new Date()))(),
      fs,
      changes: [],
      opts,
    };
    const value = await body(ctx);
    return { value, changes: ctx.changes };
  });
}

export interface TxResult<T> {
  value: T;
  changes: Change[];
}

/**
 * The transaction API. `fn` changes the ledger; if anything changed, counters then mappings are
 * written, then the files the ledger was asked to write (task files), all under the one lock.
 * Refuses damaged state (run repair) rather than guessing.
 */
export async function transaction<T>(
  opts: StoreOptions,
  fn: (ledger: Ledger, tx: Tx) => T | Promise<T>,
): Promise<TxResult<T>> {
  const { value, changes } = await locked(opts, async (ctx) => {
    const blocking = blockingFindings(ctx.snapshot);
    if (blocking.length)
      throw new ExtidsError(
        'STATE_INVALID',
        `the state files cannot be used as they are (${blocking[0]!.file}: ${blocking[0]!.message}); run \`extids repair\``,
        { findings: blocking },
      );
    const { mapping, counters } = ctx.snapshot;
    const fileCounters = counters.data?.counters ?? emptyCounters();
    const ledger = new Ledger(mapping.data?.mappings ?? {}, fileCounters, {
      highest: mapping.analysis?.highest,
    });
    const pending: PendingWrite[] = [];
    const result = await fn(ledger, { writeAfter: (w) => pending.push(w) });
    commitLedger(ctx, ledger, fileCounters);
    await writePending(ctx, pending);
    return result;
  });
  return { value, changes };
}

/**
 * Writes the task files a transaction asked for, in batches of 64 flushed together. Between
 * batches it yields to the event loop (the lock stays fresh) and checks the lock is still ours;
 * each directory is flushed once at the end rather than after every file.
 */
export async function writePending(ctx: TxContext, writes: PendingWrite[]): Promise<void> {
  const dirs = new Set<string>();
  for (let i = 0; i < writes.length; i += 64) {
    const batch = writes.slice(i, i + 64);
    await new Promise((r) => setImmediate(r));
    ctx.lock.assertHeld();
    await writeFilesAtomic(
      batch.map((w) => ({ path: w.path, data: w.text })),
      { fs: ctx.fs },
    );
    for (const w of batch) {
      dirs.add(dirname(w.path));
      ctx.changes.push({
        kind: 'task-written',
        file: displayPath(w.path, ctx.opts.root),
        task: w.task,
        externalIds: w.externalIds,
      });
    }
  }
  for (const d of dirs) {
    try {
      fsyncDir(d, ctx.fs);
    } catch (err) {
      throw new ExtidsError(
        'WRITE_FAILED',
        `wrote the task files in ${displayPath(d, ctx.opts.root)} but could not flush the directory: ${describeFsError(err)}`,
        { file: d, cause: err },
      );
    }
  }
}

/** Writes what the ledger changed: counters first (a crash then wastes numbers, never reuses them). */
export function commitLedger(ctx: TxContext, ledger: Ledger, fileCounters: Counters): void {
  const { mapping, counters } = ctx.snapshot;
  const stamp = isoStamp(ctx.now);
  const countersChanged = !countersEqual(fileCounters, ledger.counters);
  if (countersChanged)
    writeStateFile(ctx, {
      kind: 'counters',
      path: ctx.snapshot.paths.counters,
      before: counters,
      data: { counters: cloneCounters(ledger.counters), updated: stamp, version: FORMAT_VERSION },
    });
  if (ledger.mappingsChanged)
    writeStateFile(ctx, {
      kind: 'mapping',
      path: ctx.snapshot.paths.mapping,
      before: mapping,
      data: { mappings: ledger.mappings, updated: stamp, version: FORMAT_VERSION },
    });
}
