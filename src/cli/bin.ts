#!/usr/bin/env node
// Loads only what the command needs: `hook pre-commit` runs on every commit and must start fast.
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
