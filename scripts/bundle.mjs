// Builds the action bundle: tsc to lib/, then ncc to dist/. Same sources, same bytes.
import { execFileSync } from 'node:child_process';
import { chmodSync, rmSync, readdirSync } from 'node:fs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
// The CLI entry must be executable: hooks and merge drivers run it directly.
chmodSync('lib/cli/bin.js', 0o755);
rmSync('dist', { recursive: true, force: true });
run(process.execPath, [
  'node_modules/@vercel/ncc/dist/ncc/cli.js',
  'build',
  'lib/action/index.js',
  '-o',
  'dist',
  '--license',
  'licenses.txt',
  '--no-source-map-register',
  '-q',
  '--target',
  'es2022',
]);
console.log(`dist/: ${readdirSync('dist').join(', ')}`);
