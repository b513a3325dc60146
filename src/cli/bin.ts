#!/usr/bin/env node
// Loads only what the command needs: `hook pre-commit` runs on every commit and must start fast.
import { readFileSync } from 'node:fs';
import module from 'node:module';

// Node ≥ 22.1 keeps compiled code on disk between runs (in the OS temp directory): the hook's
// second run skips compiling the core. Node 20 has no such cache; the call is skipped there.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const argv = process.argv.slice(2);
// process.stdout and stderr are streams Node builds on first use (~1.5 ms each); a hook run that
// prints nothing never builds them.
const io = {
  argv,
  cwd: process.cwd(),
  env: process.env,
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
  stdin: () => readFileSync(0, 'utf8'),
};
// No top-level await: the bundle is CommonJS (scripts/bundle.mjs), whose loader starts faster.
void (
  argv[0] === 'hook'
    ? import('../hook/pre-commit.js').then((m) => m.hookMain(io))
    : import('./main.js').then((m) => m.main(io))
).then((code) => {
  process.exitCode = code;
});
