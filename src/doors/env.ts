/** Settings the doors take from the environment (the core never reads it). */
import type { LockOptions } from '../core/index.js';

/** A whole number of milliseconds from the environment, or undefined when unset or not one. */
export const msFromEnv = (env: NodeJS.ProcessEnv, name: string): number | undefined => {
  const v = env[name];
  return v && /^\d+$/.test(v) ? Number(v) : undefined;
};

/** The lock's times from the environment; `say` is told once when a wait for the lock drags on. */
export function lockFromEnv(env: NodeJS.ProcessEnv, say?: (line: string) => void): LockOptions {
  return {
    timeoutMs: msFromEnv(env, 'EXTIDS_LOCK_TIMEOUT_MS'),
    staleMs: msFromEnv(env, 'EXTIDS_LOCK_STALE_MS'),
    onWait: say,
  };
}
