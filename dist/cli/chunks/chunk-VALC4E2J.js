import { createRequire as __extidsRequire } from 'node:module';
const require = __extidsRequire(import.meta.url);

// lib/doors/env.js
var msFromEnv = (env, name) => {
  const v = env[name];
  return v && /^\d+$/.test(v) ? Number(v) : void 0;
};
function lockFromEnv(env) {
  return {
    timeoutMs: msFromEnv(env, "EXTIDS_LOCK_TIMEOUT_MS"),
    staleMs: msFromEnv(env, "EXTIDS_LOCK_STALE_MS")
  };
}

export {
  msFromEnv,
  lockFromEnv
};
