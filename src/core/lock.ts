/**
 * One cross-process lock per state directory (proper-lockfile: an atomic mkdir whose mtime the
 * holder keeps fresh). Waiting is bounded, with backoff; a lock whose holder died is taken over
 * once it is stale; a compromised lock aborts the write that would follow.
 */
import nodeFs, { statSync } from 'node:fs';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';
import { describeFsError, ExtidsError } from './findings.js';

export const LOCK_NAME = '.extids.lock';

export interface LockOptions {
  /** How long to wait for another holder before giving up. */
  timeoutMs?: number;
  /** After how long without a refresh a lock counts as abandoned (proper-lockfile's minimum is 2000). */
  staleMs?: number;
}

export const DEFAULT_LOCK: Required<LockOptions> = { timeoutMs: 15_000, staleMs: 5_000 };

export interface HeldLock {
  /** Throws unless the lock is still ours; call right before each write. */
  assertHeld(): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function withLock<T>(
  dir: string,
  opts: LockOptions,
  fn: (lock: HeldLock) => T | Promise<T>,
): Promise<T> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LOCK.timeoutMs;
  const staleMs = Math.max(opts.staleMs ?? DEFAULT_LOCK.staleMs, 2000);
  const lockfilePath = join(dir, LOCK_NAME);
  let compromised: Error | undefined;
  const deadline = Date.now() + timeoutMs;
  let delay = 5;
  let release: () => Promise<void>;
  for (;;) {
    try {
      release = await lockfile.lock(dir, {
        lockfilePath,
        // Node's fs, not graceful-fs: a lock makes a handful of calls, never enough to meet
        // EMFILE, and the CLI bundle then need not load graceful-fs at all (scripts/bundle.mjs).
        // The module object, not a namespace import: proper-lockfile caches a value on it.
        fs: nodeFs,
        stale: staleMs,
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
      if (Date.now() + delay > deadline)
        throw new ExtidsError(
          'LOCK_TIMEOUT',
          `timed out after ${(timeoutMs / 1000).toFixed(1)}s waiting for the lock ${lockfilePath}: another extids is writing. ` +
            `If none is running, the lock is left from a killed process and is taken over once it is ${staleMs / 1000}s old.`,
          { file: lockfilePath },
        );
      await sleep(delay * (0.5 + Math.random()));
      delay = Math.min(delay * 1.6, 250);
    }
  }
  const acquired = Date.now();
  const held: HeldLock = {
    assertHeld() {
      if (compromised)
        throw new ExtidsError(
          'LOCK_COMPROMISED',
          `the lock ${lockfilePath} was lost (${compromised.message}); nothing more was written`,
          { file: lockfilePath },
        );
      // A synchronous stretch longer than the stale time lets another process take the lock over.
      let fresh = acquired;
      try {
        fresh = Math.max(fresh, statSync(lockfilePath).mtimeMs);
      } catch {
        throw new ExtidsError(
          'LOCK_COMPROMISED',
          `the lock ${lockfilePath} disappeared; nothing more was written`,
          { file: lockfilePath },
        );
      }
      if (Date.now() - fresh > staleMs * 0.8)
        throw new ExtidsError(
          'LOCK_COMPROMISED',
          `held the lock ${lockfilePath} too long without refreshing it; nothing more was written`,
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
