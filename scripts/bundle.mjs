// Builds what ships: tsc to lib/ (the library API), then the bundles, committed and reproducible
// (same sources, same bytes):
//   dist/index.js   the action, one file (ncc, as GitHub runs it);
//   dist/cli/       the CLI that people, the git hooks and the merge driver run (esbuild).
// The CLI is split at its dynamic imports: `hook pre-commit` with nothing task-related staged
// loads 10 KB, and a door loads the core chunk only when it has work. One bundle spares Node
// resolving and reading ~60 module files at every start (bench/README.md has the figures).
import { execFileSync } from 'node:child_process';
import { chmodSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { buildSync } from 'esbuild';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
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

buildSync({
  entryPoints: { extids: 'lib/cli/bin.js' },
  outdir: 'dist/cli',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // jsonc-parser's CommonJS entry is a UMD wrapper that requires its parts at run time.
  mainFields: ['module', 'main'],
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'eof',
  logLevel: 'warning',
  // Bundled CommonJS dependencies (proper-lockfile, graceful-fs) call require() for built-ins.
  banner: {
    js: "import { createRequire as __extidsRequire } from 'node:module';\nconst require = __extidsRequire(import.meta.url);",
  },
});
writeFileSync('dist/cli/package.json', '{ "type": "module" }\n');
// Hooks and merge drivers run the CLI directly.
chmodSync('dist/cli/extids.js', 0o755);
console.log(
  `dist/: ${readdirSync('dist').join(', ')}; dist/cli/chunks/: ${readdirSync('dist/cli/chunks').length} files`,
);
