#!/usr/bin/env node
// Loads only what the command needs: `hook pre-commit` runs on every commit and must start fast.
import module from 'node:module';

// Node ≥ 22.1 keeps compiled code on disk between runs (in the OS temp directory): the hook's
// second run skips compiling the core. Node 20 has no such cache; the call is skipped there.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const argv = process.argv.slice(2);
const io = {
  argv,
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
};
if (argv[0] === 'hook') {
  const { hookMain } = await import('../hook/pre-commit.js');
  process.exitCode = await hookMain(io);
} else {
  const { main } = await import('./main.js');
  process.exitCode = await main(io);
}
