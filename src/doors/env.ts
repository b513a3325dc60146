/** Settings the doors take from the environment (the core never reads it). */
import type { LockOptions } from '../core/index.js';

export function lockFromEnv(env: NodeJS.ProcessEnv): LockOptions {
  const n = (v?: string) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
  return { timeoutMs: n(env.EXTIDS_LOCK_TIMEOUT_MS), staleMs: n(env.EXTIDS_LOCK_STALE_MS) };
}
