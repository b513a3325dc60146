// Builds what ships: tsc to lib/ (the library API), then the bundles, committed and reproducible
// (same sources, same bytes):
//   dist/index.js   the action, one file (ncc, as GitHub runs it);
//   dist/cli/       the CLI that people, the git hooks and the merge driver run (esbuild), one
//                   CommonJS file per door, each loaded only when the command needs it:
//     extids.js     the bin: picks the door (1 KB);
//     hook.js       `hook pre-commit|post-merge` up to "is anything task-related staged?" (20 KB);
//     hook-core.js  the hook's work once something is (the core);
//     main.js       every other command;
//     yaml.js, jsonc.js  libraries that only some inputs need, loaded on first use.
// CommonJS, not ESM: Node starts its ESM loader in ~6 ms more, and one file per door spares it
// resolving and reading ~60 modules at every start (bench/README.md has the figures).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chmodSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

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

/** Where one door's bundle ends: these imports (by the importing module) load another file. */
const doors = (edges) => ({
  name: 'doors',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (a) => {
      for (const [importer, spec, file] of edges)
        if (a.importer.endsWith(importer) && a.path === spec) return { path: file, external: true };
      return undefined;
    });
  },
});
/**
 * src/core/deps.ts loads yaml, jsonc-parser, marked and marklassian with the core; the CLI has
 * scripts/lazy-deps.js instead, which require()s each from its own file on first use: a run that
 * needs none (the hook, on plain files) does not even parse them (400 KB).
 */
const LAZY = {
  yaml: './yaml.js',
  'jsonc-parser': './jsonc.js',
  marked: './marked.js',
  marklassian: './marklassian.js',
};
const lazyDeps = {
  name: 'lazy-deps',
  setup(b) {
    b.onResolve({ filter: /\/deps\.js$/ }, (a) =>
      resolve(a.resolveDir, a.path) === resolve('lib/core/deps.js')
        ? { path: resolve('scripts/lazy-deps.js') }
        : undefined,
    );
    b.onResolve({ filter: /^(yaml|jsonc-parser|marked|marklassian)$/ }, (a) =>
      a.importer.endsWith('/scripts/lazy-deps.js')
        ? { path: LAZY[a.path], external: true }
        : undefined,
    );
  },
};
const common = {
  bundle: true,
  // proper-lockfile requires graceful-fs at load, which patches fs and costs ~4 ms a start; the
  // lock hands proper-lockfile Node's own fs (src/core/lock.ts), so graceful-fs is never called.
  alias: { 'graceful-fs': './scripts/node-fs.cjs' },
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The door files are loaded with require(): import() would start the ESM loader.
  supported: { 'dynamic-import': false },
  // jsonc-parser's CommonJS entry is a UMD wrapper that requires its parts at run time.
  mainFields: ['module', 'main'],
  legalComments: 'eof',
  logLevel: 'warning',
};
await Promise.all([
  build({
    ...common,
    entryPoints: ['lib/cli/bin.js'],
    outfile: 'dist/cli/extids.js',
    plugins: [
      doors([
        ['lib/cli/bin.js', '../hook/pre-commit.js', './hook.js'],
        ['lib/cli/bin.js', './main.js', './main.js'],
      ]),
    ],
  }),
  build({
    ...common,
    entryPoints: ['lib/hook/pre-commit.js'],
    outfile: 'dist/cli/hook.js',
    plugins: [
      doors([
        ['lib/hook/pre-commit.js', './staged.js', './hook-core.js'],
        ['lib/hook/pre-commit.js', './merge-commit.js', './hook-core.js'],
      ]),
    ],
  }),
  build({
    ...common,
    stdin: {
      contents:
        "export { runStaged, settingsProblem } from './lib/hook/staged.js';\nexport { concludeMerge, finishMerge, finishPick, finishRebase } from './lib/hook/merge-commit.js';\n",
      resolveDir: '.',
      sourcefile: 'hook-core.js',
    },
    outfile: 'dist/cli/hook-core.js',
    plugins: [lazyDeps],
  }),
  ...Object.entries(LAZY).map(([dep, file]) =>
    build({ ...common, entryPoints: [dep], outfile: `dist/cli/${file.slice(2)}` }),
  ),
  build({
    ...common,
    entryPoints: ['lib/cli/main.js'],
    outfile: 'dist/cli/main.js',
    // init.ts finds the husky it ships with through import.meta.url.
    inject: ['scripts/import-meta-url.js'],
    define: { 'import.meta.url': 'importMetaUrl' },
    plugins: [lazyDeps, doors([['lib/cli/main.js', '../hook/pre-commit.js', './hook.js']])],
  }),
]);
writeFileSync('dist/cli/package.json', '{ "type": "commonjs" }\n');
// Every commit that stages a task loads hook.js: a dynamic import in src/hook/pre-commit.ts that
// doors() does not send to hook-core.js is inlined by esbuild, core and all, without a word.
const HOOK_MAX = 64 * 1024;
const hookBytes = statSync('dist/cli/hook.js').size;
if (hookBytes > HOOK_MAX)
  throw new Error(
    `dist/cli/hook.js is ${hookBytes} bytes (at most ${HOOK_MAX}): a dynamic import in src/hook/pre-commit.ts pulls the core into the hook's start-up bundle; import it through ./staged.js or ./merge-commit.js (hook-core.js)`,
  );
// Hooks and merge drivers run the CLI directly.
chmodSync('dist/cli/extids.js', 0o755);
console.log(
  `dist/: ${readdirSync('dist').join(', ')}; dist/cli/: ${readdirSync('dist/cli').join(', ')}`,
);
