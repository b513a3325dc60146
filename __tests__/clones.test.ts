/**
 * Teammates' clones (#25): the merge driver registered in every clone that installed the
 * dependencies; hooks and the driver that print advice and run nothing where extids is not
 * installed; configured paths written by the rules of each file that reads them.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { chmodSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MERGE_DRIVER } from '../src/doors/clone.js';
import {
  cleanup,
  cli,
  extids,
  git,
  gitRun,
  MAPPING,
  read,
  readJson,
  repo,
  task,
  tempDir,
  write,
} from './helpers.js';
import { extidsIn, team } from './team.js';

afterAll(cleanup);

/** Task `id` committed on a new branch `branch` of `clone` (off its current HEAD), through the hook. */
function commitTask(clone: string, branch: string, id: string, day: string): void {
  git(clone, 'checkout', '-qb', branch);
  write(clone, `tasks/${branch}.md`, task(id).replace('2026-01-02', day));
  git(clone, 'add', '-A');
  const c = gitRun(clone, ['commit', '-qm', `add ${id}`]);
  if (c.code !== 0) throw new Error(`commit of ${id} failed: ${c.stderr}`);
}

const jiraIds = (clone: string) =>
  Object.values(readJson(clone, MAPPING).mappings as Record<string, { jira: string }>)
    .map((m) => m.jira)
    .sort();

describe("a teammate's clone (git clone + npm ci only)", () => {
  test('merges the state files with the driver: no conflict markers, renumbered, and the merge commit validates clean', () => {
    const t = team();
    const mate = t.clone();
    expect(git(mate, 'config', '--get', 'merge.extids.driver').trim()).toBe(MERGE_DRIVER);
    expect(git(mate, 'status', '--porcelain')).toBe(''); // npm ci wrote no tracked file
    // Both branches take PROJ-1: the teammate's (created later) and the first clone's.
    commitTask(t.first, 'older', 'TASK-0A0A', '2026-01-01');
    git(t.first, 'push', '-q', 'origin', 'older');
    commitTask(mate, 'newer', 'TASK-1B1B', '2026-01-05');
    expect(jiraIds(mate)).toEqual(['PROJ-1']);
    git(mate, 'fetch', '-q', 'origin');
    const m = gitRun(mate, ['merge', '--no-edit', 'origin/older']);
    expect(m.code).toBe(0);
    expect(m.stderr).toMatch(
      /renumbered TASK-1B1B's Jira PROJ-1 → PROJ-2 \(TASK-0A0A keeps PROJ-1: it was created first\); its task file still says PROJ-1, until the merge is committed: then the extids hook updates it in the merge commit/,
    );
    expect(m.stderr).not.toMatch(/run `extids repair`/);
    expect(read(mate, MAPPING)).not.toMatch(/<<<<<<<|>>>>>>>/);
    expect(jiraIds(mate)).toEqual(['PROJ-1', 'PROJ-2']);
    expect(read(mate, 'tasks/newer.md')).toContain('jira: PROJ-2');
    expect(git(mate, 'status', '--porcelain')).toBe('');
    expect(git(mate, 'rev-list', '--parents', '-1', 'HEAD').trim().split(' ')).toHaveLength(3);
    expect(extidsIn(mate, ['validate']).code).toBe(0);
  });

  test('a clone whose install skipped prepare gets the driver from its first hook, told once', () => {
    const t = team();
    const mate = t.clone();
    git(mate, 'config', '--unset', 'merge.extids.driver');
    write(mate, 'tasks/two.md', task('TASK-3D3D'));
    git(mate, 'add', '-A');
    const first = gitRun(mate, ['commit', '-qm', 'two']);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(
      'extids: this clone had no merge driver for the ID ledger (its install did not run extids init --clone), so git merged the state files as plain text; registered it in .git/config, so merges use it from now on',
    );
    expect(git(mate, 'config', '--get', 'merge.extids.driver').trim()).toBe(MERGE_DRIVER);
    write(mate, 'tasks/three.md', task('TASK-4E4E'));
    git(mate, 'add', '-A');
    const next = gitRun(mate, ['commit', '-qm', 'three']);
    expect([next.code, next.stderr]).toEqual([
      0,
      'extids: assigned 1 external ID: TASK-4E4E (jira PROJ-2)\n',
    ]);
  });
});

test('the hook registers no driver in a repository whose .gitattributes names none', () => {
  const root = repo({ kind: 'installed', tasks: { 'tasks/a.md': task('TASK-1A1A') } });
  git(root, 'add', '-A');
  const r = cli(root, ['hook', 'pre-commit']);
  expect([r.code, r.stderr]).toEqual([
    0,
    'extids: assigned 2 external IDs: TASK-1A1A (github 1, jira PROJ-1)\n',
  ]);
  expect(gitRun(root, ['config', '--get', 'merge.extids.driver']).code).toBe(1);
});

describe('init writes a prepare script that every clone runs', () => {
  const withPrepare = async (prepare?: string) => {
    const root = repo({ kind: 'installed', config: null });
    const scripts = prepare === undefined ? {} : { scripts: { prepare } };
    write(root, 'package.json', JSON.stringify({ name: 'x', ...scripts }, null, 2) + '\n');
    const r = await extids(root, ['init', '--tools', 'jira:PROJ']);
    expect(r.code).toBe(0);
    return { r, prepare: readJson(root, 'package.json').scripts?.prepare as string };
  };
  test.each([
    [undefined, 'husky && extids init --clone'],
    ['husky', 'husky && extids init --clone'],
    ['husky && tsc -p .', 'husky && tsc -p . && extids init --clone'],
    ['tsc', 'tsc && husky && extids init --clone'],
    ['husky && extids init --clone && tsc', 'husky && extids init --clone && tsc'],
  ])('prepare %p becomes %p', async (before, after) => {
    const { r, prepare } = await withPrepare(before);
    expect(prepare).toBe(after);
    if (before !== after)
      expect(r.stdout).toContain(`package.json: ${before ? 'set' : 'added'} "prepare": "${after}"`);
  });
  test('a prepare that is not a plain && chain is left, and init says what it needs to run', async () => {
    const own = 'node -e "require(\'x\')" # build';
    const { r, prepare } = await withPrepare(own);
    expect(prepare).toBe(own);
    expect(r.stdout).toContain(
      `package.json: left "prepare": "${own}" alone (init extends only plain && chains); make it also run \`husky && extids init --clone\``,
    );
  });
  test('init --clone registers the driver once, writes no tracked file, and passes outside a repository', () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--clone']).stdout).toBe(
      "extids: registered the merge driver of the ID ledger in this clone's .git/config (merge.extids.driver)\n",
    );
    expect(cli(root, ['init', '--clone']).stdout).toBe(
      "extids: the merge driver of the ID ledger is registered in this clone's .git/config\n",
    );
    expect(git(root, 'status', '--porcelain', '--ignored')).toBe(
      '?? .gitignore\n!! node_modules/\n',
    );
    const outside = cli(tempDir(), ['init', '--clone']);
    expect([outside.code, outside.stderr]).toEqual([
      0,
      'extids: not in a git repository, so no merge driver to register\n',
    ]);
  });
});

/** A folder of fake `npx`, `extids`, `node` and `yarn` that record each call into `log`. */
function fakes(): { bin: string; log: string } {
  const bin = tempDir('extids-fakes-');
  const log = join(bin, 'calls.log');
  for (const name of ['npx', 'extids', 'node', 'yarn', 'pnpm']) {
    write(bin, name, `#!/bin/sh\necho "${name} $*" >> '${log}'\n`);
    chmodSync(join(bin, name), 0o755);
  }
  return { bin, log };
}
const calls = (log: string) => (existsSync(log) ? readFileSync(log, 'utf8') : '');

describe('a clone without node_modules: the hooks and the driver print advice and run nothing', () => {
  test('each hook script init wrote, run by sh with fake npx/extids/node on PATH', () => {
    const t = team();
    const mate = t.clone();
    rmSync(join(mate, 'node_modules'), { recursive: true });
    const { bin, log } = fakes();
    const scripts = readdirSync(join(mate, '.husky')).filter((f) => !f.startsWith('_'));
    expect(scripts).toEqual(expect.arrayContaining(['pre-commit', 'post-merge']));
    // Something staged in the tasks directory, so pre-commit's gate lets the script go on.
    write(mate, 'tasks/x.md', task('TASK-5F5F'));
    git(mate, 'add', '-A');
    for (const name of scripts) {
      // post-rewrite runs only after a rebase ($1 = rebase); pre-commit and post-merge take none.
      const args = name === 'post-rewrite' ? ' rebase' : '';
      const r = gitRun(mate, ['-c', `alias.x=!sh -e .husky/${name}${args}`, 'x'], {
        PATH: `${bin}:node_modules/.bin:${process.env.PATH}`,
      });
      expect([name, r.code]).toEqual([name, 0]);
      expect(r.stderr).toMatch(
        /^extids: not installed in this clone \(no node_modules\/\.bin\/extids\), [^\n]*npm ci[^\n]*\n$/,
      );
    }
    expect(calls(log)).toBe('');
  });

  test('git pull (a merge, through husky) and a merge of the state files: advice, conflict markers, nothing run', () => {
    const t = team();
    const mate = t.clone();
    // Two branches that both take PROJ-1, made where extids is installed.
    commitTask(t.first, 'left', 'TASK-6A6A', '2026-01-01');
    git(t.first, 'push', '-q', 'origin', 'left');
    git(t.first, 'checkout', '-q', 'main');
    commitTask(t.first, 'right', 'TASK-7B7B', '2026-01-02');
    git(t.first, 'push', '-q', 'origin', 'right');
    rmSync(join(mate, 'node_modules'), { recursive: true });
    const { bin, log } = fakes();
    const env = { PATH: `${bin}:${process.env.PATH}` };
    git(mate, 'fetch', '-q', 'origin');
    git(mate, 'checkout', '-q', '-b', 'left', 'origin/left');
    write(mate, 'notes.txt', 'mine\n');
    git(mate, 'add', 'notes.txt');
    expect(gitRun(mate, ['commit', '-qm', 'notes'], env).code).toBe(0);
    // A pull that merges (the hook runs after the merge commit).
    git(t.first, 'checkout', '-q', 'left');
    write(t.first, 'other.txt', 'theirs\n');
    git(t.first, 'add', 'other.txt');
    git(t.first, 'commit', '-qm', 'other');
    git(t.first, 'push', '-q', 'origin', 'left');
    const pull = gitRun(mate, ['pull', '--no-rebase', '--no-edit', 'origin', 'left'], env);
    expect(pull.code).toBe(0);
    expect(pull.stderr).toContain(
      'extids: not installed in this clone (no node_modules/.bin/extids), so the merged ID ledger was not checked: install the dependencies (npm ci), then run: npx extids repair',
    );
    // A merge of the state files: the driver's advice, git's conflict markers.
    const m = gitRun(mate, ['merge', '--no-edit', 'origin/right'], env);
    expect(m.code).not.toBe(0);
    expect(m.stderr).toContain(
      'extids: not installed in this clone (no node_modules/.bin/extids), so git merged .claude/state/external_id_mapping.json as plain text: resolve it, install the dependencies (npm ci), then run: npx extids repair',
    );
    expect(read(mate, MAPPING)).toMatch(/<<<<<<< ours/);
    expect(calls(log)).toBe('');
  });
});

describe('a stateDir or tasksDir with characters special to git or the shell', () => {
  /** A repository whose config names `dir` for the state and `${dir}-tasks` for the tasks, after init. */
  const configured = (dir: string) => {
    const root = repo({
      kind: 'installed',
      config: JSON.stringify({
        tools: { jira: { key: 'PROJ' } },
        stateDir: dir,
        tasksDir: `${dir}-tasks`,
      }),
    });
    const r = cli(root, ['init']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    git(root, 'add', '-A');
    expect(gitRun(root, ['commit', '-qm', 'set up']).code).toBe(0);
    return root;
  };
  const attr = (root: string, path: string) =>
    git(root, 'check-attr', 'merge', '--', path).trim().split(': ').at(-1);
  const ignored = (root: string, path: string) =>
    gitRun(root, ['check-ignore', '-q', '--no-index', '--', path]).code === 0;

  test.each([
    ['spaces', 'my state'],
    ['a trailing space', 'state '],
    ['quotes', `it's "the" state`],
    ['$ and backticks', 'st $(touch PWNED) `touch PWNED2` $HOME'],
    ['a star', 'st*te'],
    ['brackets and ?', 'st[ab]?e'],
    ['a leading #', '#state'],
    ['a leading !', '!state'],
    ['a leading -', '-state'],
    ['a backslash', 'st\\ate'],
    ['non-ASCII', 'état/données'],
  ])(
    '%s (%p): the merge attribute, the ignores and the gate apply to it, and to nothing else',
    (_name, dir) => {
      const root = configured(dir);
      for (const f of [
        'external_id_mapping.json',
        'external_id_counters.json',
        'external_id_links.json',
      ])
        expect([f, attr(root, `${dir}/${f}`)]).toEqual([f, 'extids']);
      // Patterns are literal and anchored: a name the directory's glob characters would match, or
      // the same directory one level down, gets nothing.
      for (const other of ['stXte/external_id_mapping.json', `sub/${dir}/external_id_mapping.json`])
        expect([other, attr(root, other)]).toEqual([other, 'unspecified']);
      expect(ignored(root, `${dir}/external_id_mapping.json.bak`)).toBe(true);
      expect(ignored(root, `${dir}/.extids.lock/x`)).toBe(true);
      expect(ignored(root, `sub/${dir}/external_id_mapping.json.bak`)).toBe(false);
      // The gate: a commit of a new task in that tasks directory starts the hook, which gives it IDs.
      write(root, `${dir}-tasks/a.md`, task('TASK-1A1A'));
      git(root, 'add', '-A');
      const c = gitRun(root, ['commit', '-qm', 'task']);
      expect([c.code, c.stderr]).toEqual([
        0,
        'extids: assigned 1 external ID: TASK-1A1A (jira PROJ-1)\n',
      ]);
      expect(
        JSON.parse(git(root, 'show', `HEAD:${dir}/external_id_mapping.json`)).mappings,
      ).toEqual({
        'TASK-1A1A': { jira: 'PROJ-1' },
      });
      expect(git(root, 'status', '--porcelain')).toBe('');
      expect(readdirSync(root).filter((f) => f.startsWith('PWNED'))).toEqual([]);
    },
  );

  test('without node_modules, the driver names such a path as text and runs nothing', () => {
    const dir = 'st $(touch PWNED) `touch PWNED2` "q" \'s\'';
    const root = configured(dir);
    const mapping = `${dir}/external_id_mapping.json`;
    const side = (id: string) =>
      JSON.stringify(
        { mappings: { [id]: { jira: 'PROJ-1' } }, updated: 'u', version: '1.0' },
        null,
        2,
      );
    for (const [branch, id] of [
      ['a', 'TASK-1A1A'],
      ['b', 'TASK-2B2B'],
    ] as const) {
      git(root, 'checkout', '-qb', branch, 'main');
      write(root, mapping, side(id));
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', branch, '--no-verify');
    }
    rmSync(join(root, 'node_modules'), { recursive: true });
    const m = gitRun(root, ['merge', '--no-edit', 'a']);
    expect(m.code).not.toBe(0);
    expect(m.stderr).toContain(`so git merged ${mapping} as plain text`);
    expect(read(root, mapping)).toMatch(/<<<<<<< ours/);
    expect(readdirSync(root).filter((f) => f.startsWith('PWNED'))).toEqual([]);
  });

  test.each([
    ['a line break', 'state\nx', 'U+000A'],
    ['a tab', 'state\tx', 'U+0009'],
  ])('%s is refused at init with one line, exit 2, nothing written', (_name, dir, code) => {
    const root = repo({
      kind: 'installed',
      config: JSON.stringify({ tools: { jira: { key: 'PROJ' } }, stateDir: dir }),
    });
    const r = cli(root, ['init']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`stateDir ${JSON.stringify(dir)} contains`);
    expect(r.stderr).toContain(
      `(${code}), which .gitignore and the hook scripts cannot hold; rename it in .claude/extids.json`,
    );
    expect(existsSync(join(root, '.husky'))).toBe(false);
    expect(existsSync(join(root, '.gitattributes'))).toBe(false);
  });
});

test("init replaces the advice line of earlier versions' scripts, which ran npx where extids is not installed", () => {
  const root = repo({ kind: 'installed', config: null });
  expect(cli(root, ['init', '--tools', 'jira:PROJ']).code).toBe(0);
  const old =
    '# extids: finish a merge of the ID ledger (frontmatter and counters) in the merge commit\n' +
    'if [ -x node_modules/.bin/extids ]; then\n' +
    '  node_modules/.bin/extids hook post-merge\n' +
    'else\n' +
    '  echo "extids: not installed here (npm ci), so the merged ID ledger was not checked; run `npx extids repair` after npm ci" >&2\n' +
    'fi\n';
  write(root, '.husky/post-merge', `npm run build\n\n${old}`);
  // Until init has run, the hooks that can run say so (here after a pull).
  expect(cli(root, ['hook', 'post-merge']).stderr).toBe(
    'extids: .husky/post-merge was written by an earlier extids: in a clone where extids is not installed, it runs npx extids repair, which fetches whatever the registry serves; run npx extids init to rewrite it, and commit it\n',
  );
  const r = cli(root, ['init']);
  expect(r.stdout).toContain(".husky/post-merge: updated the extids hook to this version's script");
  const script = read(root, '.husky/post-merge');
  expect(script).toMatch(/^npm run build\n\n# extids: finish a merge/);
  expect(script).not.toContain('`');
  expect(script).toContain(
    "  printf '%s\\n' 'extids: not installed in this clone (no node_modules/.bin/extids), so the merged ID ledger was not checked: install the dependencies (npm ci), then run: npx extids repair' >&2\n",
  );
  expect(cli(root, ['init']).stdout).not.toMatch(/updated|added|created/);
  expect(cli(root, ['hook', 'post-merge']).stderr).toBe('');
});
