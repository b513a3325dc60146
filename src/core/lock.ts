/**
 * One cross-process lock per state directory (proper-lockfile: an atomic mkdir whose mtime the
 * holder keeps fresh). Waiting is bounded, with backoff; a lock whose holder is gone is taken over
 * within the stale time, whatever its timestamps say; a compromised lock aborts the write that
 * would follow.
 *
 * "Holder is gone" is judged by what the waiter sees, not by the timestamp alone: a live holder
 * changes the directory's mtime every staleMs / 2, so a lock that nobody changed for staleMs of
 * the waiter's own (monotonic) clock is abandoned, even with an mtime in the future (clock skew, a
 * copied directory), which proper-lockfile's own rule (`mtime < now - stale`) never calls stale.
 * An mtime already older than staleMs is abandoned at once, as proper-lockfile has it.
 */
import nodeFs, { renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import lockfile from 'proper-lockfile';
import { tempName } from './atomic.js';
import { describeFsError, ExtidsError } from './findings.js';

export const LOCK_NAME = '.extids.lock';

export interface LockOptions {
  /** How long to wait for another holder before giving up. */
  timeoutMs?: number;
  /** After how long without a refresh a lock counts as abandoned (proper-lockfile's minimum is 2000). */
  staleMs?: number;
  /** Told once, when a wait passes a second, what is waited for and until when (a door prints it). */
  onWait?: (message: string) => void;
}

export const DEFAULT_LOCK = { timeoutMs: 15_000, staleMs: 5_000 };

/** How long a wait goes unannounced: the usual turn behind another writer is far shorter. */
const QUIET_WAIT_MS = 1000;

export interface HeldLock {
  /** Throws unless the lock is still ours; call right before each write. */
  assertHeld(): void;
}

/** The lock directory as a waiter sees it: which directory, and its mtime. */
export interface LockStat {
  dev: number;
  ino: number;
  /** The mtime in ms since the epoch, on whatever clock wrote it. */
  mtimeMs: number;
}

/** What one waiter has seen of a lock so far. Times are on the waiter's monotonic clock, in ms. */
export interface LockSighting {
  seen: LockStat;
  /** When this waiter first saw the lock as it is now (same directory, same mtime). */
  since: number;
  /** When this waiter last saw it change: proof that a holder was alive then. */
  changedAt?: number;
}

const sameLock = (a: LockStat, b: LockStat) =>
  a.dev === b.dev && a.ino === b.ino && a.mtimeMs === b.mtimeMs;

/**
 * The waiter's judgement of a lock it found taken: its updated sighting and the moment (monotonic
 * ms) from which the lock counts as abandoned. Pure. `mono` is the waiter's monotonic clock, `wall`
 * its wall clock (ms since the epoch), both now. Abandoned at the earlier of: staleMs after the
 * waiter first saw the lock unchanged; the moment its mtime is staleMs old by the wall clock (only
 * an mtime in the past counts: a future one proves nothing).
 */
export function judgeLock(
  prev: LockSighting | undefined,
  stat: LockStat,
  now: { mono: number; wall: number },
  staleMs: number,
): { sighting: LockSighting; abandonedAt: number } {
  const unchanged = prev !== undefined && sameLock(prev.seen, stat);
  const sighting: LockSighting = unchanged
    ? prev
    : { seen: stat, since: now.mono, changedAt: prev ? now.mono : undefined };
  let abandonedAt = sighting.since + staleMs;
  const age = now.wall - stat.mtimeMs;
  if (age >= 0) abandonedAt = Math.min(abandonedAt, now.mono + staleMs - age);
  return { sighting, abandonedAt };
}

const secs = (ms: number) => `${(Math.max(0, ms) / 1000).toFixed(1)}s`;

/**
 * The message of a wait that ran out, true to what the waiter saw: a lock it saw refreshed has a
 * live holder; one it never saw change may be abandoned, and a wait of the stale time takes it
 * over (that wait starts afresh in each command: a future mtime proves nothing by itself).
 */
export function lockTimeoutMessage(
  lockfilePath: string,
  o: { timeoutMs: number; staleMs: number; sighting?: LockSighting },
  mono: number,
): string {
  const head = `timed out after ${secs(o.timeoutMs)} waiting for the lock ${lockfilePath}`;
  const changedAt = o.sighting?.changedAt;
  if (changedAt !== undefined)
    return (
      `${head}: another extids is writing (it refreshed the lock ${secs(mono - changedAt)} ago, so it is alive). ` +
      `Try again when it has finished; a lock whose holder is gone is taken over once it goes ${secs(o.staleMs)} without a refresh.`
    );
  return (
    `${head}: nothing refreshed it while this command waited, so its holder may be gone. ` +
    `A command that waits ${secs(o.staleMs)} (the stale time) for it takes it over if nothing refreshes it meanwhile; ` +
    `this wait was shorter than that.`
  );
}

/** The message of a wait that goes on: the same judgement as lockTimeoutMessage, while there is time. */
export function lockWaitMessage(
  lockfilePath: string,
  o: { deadline: number; sighting: LockSighting; abandonedAt: number },
  mono: number,
): string {
  const head = `waiting for the lock ${lockfilePath}`;
  const { changedAt, since } = o.sighting;
  if (changedAt !== undefined)
    return `${head}: another extids is writing (it refreshed the lock ${secs(mono - changedAt)} ago); waiting up to ${secs(o.deadline - mono)} more`;
  const quiet = `${head}: nothing has refreshed it for ${secs(mono - since)}`;
  if (o.abandonedAt <= o.deadline)
    return `${quiet}; if its holder is gone, it is taken over in ${secs(o.abandonedAt - mono)}`;
  return `${quiet}; this command gives up in ${secs(o.deadline - mono)}, before it could call the lock abandoned (in ${secs(o.abandonedAt - mono)})`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function statLock(path: string): LockStat | undefined {
  try {
    const { dev, ino, mtimeMs } = statSync(path);
    return { dev, ino, mtimeMs };
  } catch {
    return undefined; // released meanwhile: the next attempt may get it
  }
}

/**
 * Removes an abandoned lock, but only the one that was watched: it is first moved aside (rename is
 * atomic), and if what moved is not that lock (another waiter took over first and locked anew),
 * it is put back. A holder whose lock is moved anyway finds out before its next write
 * (assertHeld compares the directory).
 */
function takeOver(lockfilePath: string, abandoned: LockStat): void {
  const aside = tempName(lockfilePath);
  try {
    renameSync(lockfilePath, aside);
  } catch {
    return; // gone already: another waiter took it over
  }
  const moved = statLock(aside);
  if (moved && !sameLock(moved, abandoned)) {
    try {
      renameSync(aside, lockfilePath);
      return;
    } catch {
      /* a newer lock stands there now: the one moved aside is no longer anyone's */
    }
  }
  rmSync(aside, { recursive: true, force: true });
}

/** Whether the lock directory is still the one this process made. */
const dirOf = (s: LockStat) => `${s.dev}:${s.ino}`;

/**
 * Runs `fn` holding the lock of `dir`. Waits at most `timeoutMs`; takes over a lock whose holder
 * is gone within `staleMs` of starting to wait (see the module comment). Errors: LOCK_TIMEOUT (the
 * message says what was seen and when the lock will be taken over), NOT_A_DIRECTORY, UNREADABLE.
 */
export async function withLock<T>(
  dir: string,
  opts: LockOptions,
  fn: (lock: HeldLock) => T | Promise<T>,
): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LOCK.timeoutMs;
  const staleMs = Math.max(opts.staleMs ?? DEFAULT_LOCK.staleMs, 2000);
  const lockfilePath = join(dir, LOCK_NAME);
  let compromised: Error | undefined;
  const started = performance.now();
  const deadline = started + timeoutMs;
  let told = false;
  let delay = 5;
  let sighting: LockSighting | undefined;
  let abandonedAt: number | undefined;
  let release: () => Promise<void>;
  for (;;) {
    try {
      release = await lockfile.lock(dir, {
        lockfilePath,
        // Node's fs, not graceful-fs: a lock makes a handful of calls, never enough to meet
        // EMFILE, and the CLI bundle then need not load graceful-fs at all (scripts/bundle.mjs).
        // The module object, not a namespace import: proper-lockfile caches a value on it.
        fs: nodeFs,
        // Staleness is judged here (judgeLock), never by proper-lockfile's timestamp rule; it
        // only refreshes the mtime, every staleMs / 2, while this process holds the lock.
        stale: Number.MAX_SAFE_INTEGER,
        update: staleMs / 2,
        realpath: false,
        retries: 0,
        onCompromised: (err) => {
          compromised = err;
        },
      });
      break;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ELOCKED') {
        if (code === 'ENOTDIR')
          throw new ExtidsError('NOT_A_DIRECTORY', `${dir} is not a directory`, { file: dir });
        throw new ExtidsError('UNREADABLE', `cannot lock ${dir}: ${describeFsError(err)}`, {
          file: dir,
          cause: err,
        });
      }
    }
    const stat = statLock(lockfilePath);
    const mono = performance.now();
    if (stat) {
      ({ sighting, abandonedAt } = judgeLock(sighting, stat, { mono, wall: Date.now() }, staleMs));
      if (mono >= abandonedAt) {
        takeOver(lockfilePath, stat);
        sighting = undefined;
        continue;
      }
      if (!told && mono - started >= QUIET_WAIT_MS && mono + delay <= deadline) {
        told = true;
        opts.onWait?.(lockWaitMessage(lockfilePath, { deadline, sighting, abandonedAt }, mono));
      }
    }
    if (mono + delay > deadline)
      throw new ExtidsError(
        'LOCK_TIMEOUT',
        lockTimeoutMessage(lockfilePath, { timeoutMs, staleMs, sighting }, mono),
        { file: lockfilePath },
      );
    const pause = delay * (0.5 + Math.random());
    // Wake up in time to take an abandoned lock over when it falls due.
    await sleep(
      abandonedAt === undefined ? pause : Math.min(pause, Math.max(1, abandonedAt - mono)),
    );
    delay = Math.min(delay * 1.6, 250);
  }
  const acquired = Date.now();
  const mine = statLock(lockfilePath);
  // State files are written before task files: a lock lost between them leaves tasks mapped
  // whose frontmatter lacks their IDs, which repair writes in (repair-plan.ts alignFrontmatter).
  const lost = `nothing more was written; run \`extids repair\`: it writes into any task file the external IDs the mapping file already holds for it (the files this command had not reached yet)`;
  const held: HeldLock = {
    assertHeld() {
      if (compromised)
        throw new ExtidsError(
          'LOCK_COMPROMISED',
          `the lock ${lockfilePath} was lost (${compromised.message}); ${lost}`,
          { file: lockfilePath },
        );
      const now = statLock(lockfilePath);
      if (!now || !mine || dirOf(now) !== dirOf(mine))
        throw new ExtidsError(
          'LOCK_COMPROMISED',
          `the lock ${lockfilePath} ${now ? 'was taken over by another process' : 'disappeared'}; ${lost}`,
          { file: lockfilePath },
        );
      // A synchronous stretch longer than the stale time lets another process take the lock over.
      if (Date.now() - Math.max(acquired, now.mtimeMs) > staleMs * 0.8)
        throw new ExtidsError(
          'LOCK_COMPROMISED',
          `held the lock ${lockfilePath} too long without refreshing it; ${lost}`,
          { file: lockfilePath },
        );
    },
  };
  try {
    return await fn(held);
  } finally {
    await release().catch(() => {
      /* already released or compromised: nothing left to undo */
    });
  }
}
