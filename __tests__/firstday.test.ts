/**
 * A team's first day (issue #28), each step through the door a person uses: the CLI installed
 * from the packed tarball, the hook in a real repository, the bundled action.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, sep } from 'node:path';
import { globsToRegExp } from '../src/core/config.js';
import {
  cleanup,
  cli,
  COUNTERS,
  git,
  gitRepo,
  gitRun,
  read,
  repo,
  ROOT,
  runBundledAction,
  task,
  tempDir,
  testEnv,
  write,
} from './helpers.js';
import { installedCli, npm, tarball } from './team.js';

afterAll(cleanup);

const oneLine = (s: string) => s.trim().split('\n').length === 1;

describe('a root that is not a task repository is exit 2 with one line', () => {
  test('--root at a subfolder names the top level, and repair writes no second ledger', () => {
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B') } });
    for (const cmd of ['validate', 'repair', 'assign']) {
      const r = installedCli(root, [cmd, '--root', 'tasks']);
      expect([cmd, r.code, r.stdout, oneLine(r.stderr)]).toEqual([cmd, 2, '', true]);
      expect(r.stderr).toMatch(/tasks is not the repository's top level; its top level is \S+/);
      expect(r.stderr).toContain(root);
    }
    expect(existsSync(join(root, 'tasks/.claude'))).toBe(false);
  });
  test('init --root at a subfolder is refused too, so no second ledger ever appears', () => {
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B') } });
    const r = installedCli(root, ['init', '--root', 'tasks']);
    expect([r.code, r.stdout, oneLine(r.stderr)]).toEqual([2, '', true]);
    expect(r.stderr).toMatch(/tasks is not the repository's top level; its top level is \S+/);
    for (const f of ['.claude', '.gitignore', '.gitattributes', '.husky'])
      expect([f, existsSync(join(root, 'tasks', f))]).toEqual([f, false]);
    const again = installedCli(root, ['repair', '--root', 'tasks']);
    expect(again.code).toBe(2);
    expect(existsSync(join(root, 'tasks/.claude'))).toBe(false);
  });
  test('an empty --root or --tasks-dir is a usage error, not the current directory', () => {
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B') } });
    for (const args of [
      ['validate', '--root', ''],
      ['init', '--root', ''],
      ['validate', '--tasks-dir', ''],
    ]) {
      const r = installedCli(join(root, 'tasks'), args);
      expect([args, r.code, r.stdout, oneLine(r.stderr)]).toEqual([args, 2, '', true]);
      expect(r.stderr).toMatch(/needs a path; "" names none/);
    }
  });
  test('a tasks directory outside the repository is refused like a state directory outside it', () => {
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B') } });
    const other = repo({ tasks: { 'tasks/b.md': task('TASK-3C4D') } });
    const tasks = installedCli(root, ['validate', '--tasks-dir', join(other, 'tasks')]);
    const state = installedCli(root, ['validate', '--state-dir', join(other, '.claude/state')]);
    for (const [what, r] of [
      ['tasks', tasks],
      ['state', state],
    ] as const) {
      expect([what, r.code, r.stdout, oneLine(r.stderr)]).toEqual([what, 2, '', true]);
      expect(r.stderr).toMatch(new RegExp(`the ${what} directory \\S+ is outside the repository`));
    }
  });
  test("the action's wrong root is worded as its input, not as a CLI flag", () => {
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B') } });
    const r = runBundledAction(root, { command: 'validate', root: 'tasks' });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /::error::.*not the repository's top level.*set the action's `root:` input to \./,
    );
    expect(r.stdout).not.toContain('--root');
  });
  test('run from inside a subfolder without --root, extids works on the top level', () => {
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B') } });
    const r = installedCli(join(root, 'tasks'), ['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 tasks?/);
  });
  test('validate outside any git repository', () => {
    const dir = tempDir();
    const r = installedCli(dir, ['validate']);
    expect([r.code, r.stdout, oneLine(r.stderr)]).toEqual([2, '', true]);
    expect(r.stderr).toMatch(/is not inside a git repository/);
  });
  test('--root at a repository with neither tasks nor state nor config', () => {
    const root = gitRepo();
    for (const cmd of ['validate', 'repair', 'migrate', 'assign']) {
      const r = installedCli(tempDir(), [cmd, '--root', root]);
      expect([cmd, r.code, r.stdout, oneLine(r.stderr)]).toEqual([cmd, 2, '', true]);
      expect(r.stderr).toMatch(/found neither a tasks directory \(tasks\) nor state files/);
    }
  });
  test('the action says the same, exit 2, and asks whether the checkout ran', () => {
    const r = runBundledAction(gitRepo(), { command: 'validate' });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/::error::found neither a tasks directory .* checkout step/);
  });
  test('a fresh repository: init works, and validate after it is clean', () => {
    const root = gitRepo();
    const i = installedCli(root, ['init', '--tools', 'jira:PROJ']);
    expect(i.code).toBe(0);
    const v = installedCli(root, ['validate']);
    expect([v.code, v.stderr]).toEqual([0, '']);
  });
  test('a folder outside git that holds tasks can still be checked with --root', () => {
    const dir = tempDir();
    write(dir, 'tasks/a.md', task('TASK-1A2B'));
    expect(installedCli(tempDir(), ['validate', '--root', dir]).code).toBe(0);
  });
});

describe('a file that no scan reads gets no IDs from any door', () => {
  test('dot-files under tasks/: the hook and assign FILE skip them with one line each, validate and repair agree', () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ']).code).toBe(0);
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    const draft = write(root, 'tasks/.draft.md', task('TASK-3C4D'));
    const archived = write(root, 'tasks/.archive/old.md', task('TASK-5E6F'));
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-q', '-m', 'tasks and drafts']);
    expect(c.code).toBe(0);
    const lines = c.stderr.trim().split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /tasks\/\.draft\.md.*is not read as a task \(its path has a name starting with a dot \(\.draft\.md\)/,
        ),
        expect.stringMatching(
          /tasks\/\.archive\/old\.md.*is not read as a task \(its path has a name starting with a dot \(\.archive\)/,
        ),
        'extids: assigned 1 external ID: TASK-1A2B (jira PROJ-1)',
      ]),
    );
    expect(lines).toHaveLength(3);
    expect(read(root, 'tasks/.draft.md')).toBe(task('TASK-3C4D'));
    expect(read(root, 'tasks/.archive/old.md')).toBe(task('TASK-5E6F'));
    const v = cli(root, ['validate']);
    expect([v.code, v.stdout]).toEqual([0, expect.stringMatching(/1 mapping, 1 task\b/)]);
    const r = cli(root, ['repair', '--dry-run']);
    expect(r.stdout).not.toMatch(/ORPHAN_MAPPING/);
    for (const file of [draft, archived]) {
      const a = cli(root, ['assign', file]);
      expect(a.stdout).toMatch(/is not read as a task \(its path has a name starting with a dot/);
      expect(a.stdout).not.toMatch(/assigned jira/);
    }
    expect(read(root, 'tasks/.draft.md')).toBe(task('TASK-3C4D'));
    expect(cli(root, ['validate']).stdout).toMatch(/1 mapping, 1 task\b/);
  });
});

describe('an id that is there but holds no single value is said as it is', () => {
  test('id: null, id: (nothing) and id: [TASK-0010] are named for what they are', () => {
    const fm = (id: string) => `---\n${id}\ntitle: T\n---\n\n# T\n`;
    const root = repo({
      tasks: {
        'tasks/null.md': fm('id: null'),
        'tasks/blank.md': fm('id:'),
        'tasks/list.md': fm('id: [TASK-0010]'),
        'tasks/none.md': fm('status: backlog'),
      },
    });
    const r = installedCli(root, ['validate', '--verbose']);
    const line = (f: string) => r.stdout.split('\n').find((l) => l.startsWith(`tasks/${f}.md`));
    expect(line('null')).toMatch(/MISSING_TASK_ID has frontmatter whose id: is empty/);
    expect(line('blank')).toMatch(/MISSING_TASK_ID has frontmatter whose id: is empty/);
    expect(line('list')).toMatch(/MISSING_TASK_ID has frontmatter whose id: is not a single value/);
    expect(line('none')).toMatch(/MISSING_TASK_ID has frontmatter but no id: field/);
  });
});

describe('output a person can read', () => {
  test('adopting many tasks through the hook prints a summary, not every ID', () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ,github']).code).toBe(0);
    const ids = Array.from(
      { length: 40 },
      (_, i) => `TASK-${(0x1000 + i).toString(16).toUpperCase()}`,
    );
    for (const id of ids) write(root, `tasks/${id}.md`, task(id));
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-q', '-m', 'adopt']);
    expect(c.code).toBe(0);
    const lines = c.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^extids: assigned 80 external IDs to 40 tasks \(github 40, jira 40\): TASK-\S+ \(github \d+, jira PROJ-\d+\)(; [^;]+){4}; and 35 more tasks: `git show --stat`.*`npx extids lookup ID`/,
    );
    expect(lines[0]!.length).toBeLessThan(600);
    // A handful is still named in full.
    write(root, 'tasks/one.md', task('TASK-2A2A'));
    git(root, 'add', '-A');
    expect(gitRun(root, ['commit', '-q', '-m', 'one']).stderr.trim()).toMatch(
      /^extids: assigned 2 external IDs: TASK-2A2A \(github 41, jira PROJ-41\)$/,
    );
  });
  test('a file name with a line break is quoted, so each finding stays one line', () => {
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B'), 'tasks/x\ny.md': 'a guide\n' } });
    const r = installedCli(root, ['validate']);
    const line = r.stdout.split('\n').find((l) => l.includes('NO_FRONTMATTER'));
    expect(line).toMatch(/^"tasks\/x\\ny\.md":1: warning +NO_FRONTMATTER has no frontmatter/);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('y.md'))).toEqual([]);
    const json = JSON.parse(installedCli(root, ['validate', '--json']).stdout);
    expect(json.findings.map((f: { file: string }) => f.file)).toContain('tasks/x\ny.md');
  });
});

describe('a damaged ledger after the set-up', () => {
  /** init, assign, commit (as the README says), then the counters file deleted. */
  const countersDeleted = () => {
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B') } });
    expect(installedCli(root, ['init', '--tools', 'jira:PROJ']).code).toBe(0);
    expect(installedCli(root, ['assign', '--all']).code).toBe(0);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'set up', '--no-verify');
    const committed = read(root, COUNTERS);
    rmSync(join(root, COUNTERS));
    return { root, committed };
  };
  test("init carries validate's errors and exit code, and puts repair before any commit", () => {
    const { root } = countersDeleted();
    const r = installedCli(root, ['init']);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/no problems/);
    expect(r.stdout).toMatch(/external_id_counters\.json: error +MISSING_FILE/);
    const steps = r.stdout.slice(r.stdout.indexOf('Next:')).split('\n');
    const repairAt = steps.findIndex((l) => l.includes('npx extids repair'));
    const commitAt = steps.findIndex((l) => l.includes('git add'));
    expect(repairAt).toBeGreaterThan(0);
    if (commitAt !== -1) {
      expect(commitAt).toBeGreaterThan(repairAt);
      expect(steps[commitAt]).toMatch(/once validate is clean, commit/);
    }
    const json = JSON.parse(installedCli(root, ['init', '--json']).stdout);
    expect([json.ok, json.next.damaged]).toEqual([false, true]);
  });
  test('repair restores a deleted counters file as it was committed, as the README says', () => {
    const { root, committed } = countersDeleted();
    const r = installedCli(root, ['repair']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/external_id_counters\.json: rebuilt/);
    expect(read(root, COUNTERS)).toBe(committed);
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(installedCli(root, ['validate']).code).toBe(0);
  });
  test('a counters file deleted before its first commit is rebuilt from the numbers the mapping uses', () => {
    const root = repo({
      tasks: { 'tasks/a.md': task('TASK-1A2B'), 'tasks/b.md': task('TASK-3C4D') },
    });
    expect(installedCli(root, ['init', '--tools', 'jira:PROJ']).code).toBe(0);
    expect(installedCli(root, ['assign', '--all']).code).toBe(0);
    rmSync(join(root, COUNTERS));
    expect(installedCli(root, ['repair']).code).toBe(0);
    expect(JSON.parse(read(root, COUNTERS)).counters.jira).toEqual({ PROJ: 2 });
  });
});

/** A git repository with `n` tasks without IDs, one with a Jira ID, a README and a guide. */
function adopting(n: number): string {
  const root = gitRepo();
  for (let i = 1; i <= n; i++)
    write(root, `tasks/backlog/TASK-${1000 + i}.md`, task(`TASK-${1000 + i}`));
  write(root, 'tasks/backlog/TASK-2000.md', task('TASK-2000', 'external_ids:\n  jira: PROJ-3\n'));
  write(root, 'tasks/README.md', '# How we write tasks\n');
  write(root, 'tasks/guides/GUIDE.md', task('IMPLEMENTATION-GUIDE'));
  return root;
}

describe('every .md file under the tasks directory is a task, or one finding says why not', () => {
  test('the sample and the ecosystem fixture, with odd files added, through the installed CLI', () => {
    const NOT_A_TASK = [
      'NO_FRONTMATTER',
      'MISSING_TASK_ID',
      'INVALID_TASK_ID',
      'FRONTMATTER_PARSE_ERROR',
      'NOT_UTF8',
      'UNREADABLE',
    ];
    for (const fixture of ['examples/sample-repo', '__tests__/fixtures/ecosystem-repo']) {
      const root = gitRepo();
      cpSync(join(ROOT, fixture), root, { recursive: true });
      write(root, 'tasks/empty.md', '');
      write(root, 'tasks/NOTES.MD', 'notes\n');
      write(root, 'tasks/half.md', '---\nid: TASK-1A2B\n');
      write(root, 'tasks/latin1.md', Buffer.from(task('TASK-3C4D', 'owner: Ren\xe9\n'), 'latin1'));
      write(root, 'tasks/nulls.md', '---\nid: ~\n---\n');
      const r = installedCli(root, ['validate', '--json']);
      const findings = JSON.parse(r.stdout).findings as { code: string; file?: string }[];
      const config = JSON.parse(read(root, '.claude/extids.json'));
      const exclude = globsToRegExp(config.exclude ?? ['**/templates/**']);
      const files = (readdirSync(join(root, 'tasks'), { recursive: true }) as string[])
        .map((f) => f.split(sep).join('/'))
        .filter((f) => /\.md$/i.test(f) && !exclude?.test(f));
      expect(files.length).toBeGreaterThan(10);
      for (const f of files) {
        const why = findings.filter((x) => x.file === `tasks/${f}` && NOT_A_TASK.includes(x.code));
        const isTask = /^(id|task_id): *[A-Z]+-[A-Za-z0-9.-]+ *$/m.test(read(root, `tasks/${f}`));
        // A task (an id of a known shape) has no such finding; anything else has exactly one.
        expect([fixture, f, why.length]).toEqual([fixture, f, isTask && why.length === 0 ? 0 : 1]);
      }
    }
  });
});

describe('init ends with what to do next', () => {
  test('tasks without IDs, guides to exclude, counter-mode predictions, GitHub to sync mode, what to commit', () => {
    const root = adopting(14);
    const r = installedCli(root, ['init', '--tools', 'jira:PROJ,linear:TEAM,github']);
    // TASK-2000's PROJ-3 is in no ledger yet: validate's error is init's, and so is its exit code.
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/TASK-2000\.md:\d+: error +FRONTMATTER_MISMATCH/);
    const next = r.stdout.slice(r.stdout.indexOf('\nNext:\n'));
    expect(next).toMatch(/1\. validate found errors .*npx extids repair/);
    expect(next).toMatch(/15 tasks have no external IDs yet: npx extids assign --all --dry-run/);
    expect(next).toMatch(
      /2 files under the tasks directory are not tasks \(tasks\/README\.md, tasks\/guides\/GUIDE\.md\): .*"exclude": \["\*\*\/templates\/\*\*","README\.md","guides\/GUIDE\.md"\]/,
    );
    expect(next).toMatch(
      /github, jira:PROJ and linear:TEAM are in counter mode: the IDs extids hands out are predictions/,
    );
    expect(next).toMatch(/npx extids init --start jira:PROJ=58/);
    expect(next).toMatch(
      /github numbers issues and pull requests together.*"github": \{ "mode": "sync" \}/,
    );
    expect(next).toMatch(/git add \.claude \.gitattributes \.gitignore \.husky && git commit/);
    // What it says works: the exclude it suggests silences the guides, assign gives the IDs.
    const config = JSON.parse(read(root, '.claude/extids.json'));
    write(
      root,
      '.claude/extids.json',
      JSON.stringify({ ...config, exclude: ['**/templates/**', 'README.md', 'guides/GUIDE.md'] }),
    );
    expect(installedCli(root, ['assign', '--all']).code).toBe(0);
    const v = installedCli(root, ['validate', '--json']);
    expect([v.code, JSON.parse(v.stdout).findings]).toEqual([0, []]);
  });
  test('--json carries the same steps as data', () => {
    const r = installedCli(adopting(2), ['init', '--tools', 'jira:PROJ', '--dry-run', '--json']);
    const next = JSON.parse(r.stdout).next;
    expect(next.unassigned).toEqual(['tasks/backlog/TASK-1001.md', 'tasks/backlog/TASK-1002.md']);
    expect([next.counterMode, next.canSync, next.noTools]).toEqual([['jira:PROJ'], [], false]);
  });
});

describe('a counter starts above what the tracker already used', () => {
  test('init --start jira:PROJ=58: the first ID handed out is PROJ-58', () => {
    const root = gitRepo();
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    const i = installedCli(root, [
      'init',
      '--tools',
      'jira:PROJ,github',
      '--start',
      'jira:PROJ=58,github=120',
    ]);
    expect(i.code).toBe(0);
    expect(i.stdout).toMatch(
      /started the jira PROJ counter at 57 \(was 0\): the next ID handed out is PROJ-58/,
    );
    expect(i.stdout).toMatch(/the next ID handed out is 120/);
    // Run again with the same start: nothing to do, nothing goes backwards.
    const again = installedCli(root, ['init', '--start', 'jira:PROJ=58']);
    expect([again.code, again.stdout]).toEqual([
      0,
      expect.not.stringMatching(/started the jira PROJ counter/),
    ]);
    // Both counters started: the next steps no longer suggest a start.
    expect(again.stdout).toMatch(/are in counter mode: the IDs extids hands out are predictions/);
    expect(again.stdout).not.toMatch(/--start/);
    const a = installedCli(root, ['assign', '--all']);
    expect(a.stdout).toMatch(/assigned jira PROJ-58 to TASK-1A2B/);
    expect(a.stdout).toMatch(/assigned github 120 to TASK-1A2B/);
  });
  test('a start below a number already handed out is refused: a counter never goes backwards', () => {
    const root = gitRepo();
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    expect(
      installedCli(root, ['init', '--tools', 'jira:PROJ', '--start', 'jira:PROJ=58']).code,
    ).toBe(0);
    expect(installedCli(root, ['assign', '--all']).code).toBe(0);
    const before = read(root, '.claude/state/external_id_counters.json');
    const r = installedCli(root, ['init', '--start', 'jira:PROJ=40']);
    expect([r.code, oneLine(r.stderr)]).toEqual([2, true]);
    expect(r.stderr).toMatch(
      /already handed out PROJ-58, so the next ID is PROJ-59; a counter never goes backwards/,
    );
    expect(read(root, '.claude/state/external_id_counters.json')).toBe(before);
  });
  test.each([
    ['jira:PROJ=abc', /"abc" is not a whole number from 1/],
    ['jira:PROJ=0', /"0" is not a whole number from 1/],
    ['jira=58', /jira needs its key/],
    ['github:X=5', /github takes no key/],
    ['jira:OTHER=5', /this repository tracks jira:PROJ, not jira:OTHER/],
    ['linear:TEAM=5', /Linear is not among the tools this repository tracks/],
    ['jira:PROJ=5,jira:PROJ=6', /names jira twice/],
    ['trello=5', /expected TOOL\[:KEY\]=NUMBER/],
  ])('--start %s is exit 2 and init writes nothing', (start, message) => {
    const root = gitRepo();
    const r = installedCli(root, ['init', '--tools', 'jira:PROJ,github', '--start', start]);
    expect([r.code, r.stdout, oneLine(r.stderr)]).toEqual([2, '', true]);
    expect(r.stderr).toMatch(message);
    expect(git(root, 'status', '--porcelain', '--untracked-files=all')).toBe('');
  });
  test('a sync-mode tool has no counter to start', () => {
    const root = gitRepo();
    write(root, '.claude/extids.json', JSON.stringify({ tools: { github: { mode: 'sync' } } }));
    const r = installedCli(root, ['init', '--start', 'github=5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/GitHub is in sync mode/);
  });
});

describe('init leaves a repository whose git status shows only what the team commits', () => {
  test('a task repository without a package.json of its own: npm i -D the tarball, init, git add -A', () => {
    const root = gitRepo();
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    npm(root, ['install', '-D', tarball()]);
    const r = spawnSync('npx', ['--no-install', 'extids', 'init', '--tools', 'jira:PROJ'], {
      cwd: root,
      encoding: 'utf8',
      env: testEnv(),
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/\.gitignore: added node_modules\//);
    git(root, 'add', '-A');
    const staged = git(root, 'diff', '--cached', '--name-only').trim().split('\n');
    expect(staged.filter((f) => !/^(tasks|\.claude|\.husky)\//.test(f))).toEqual([
      '.gitattributes',
      '.gitignore',
      'package-lock.json',
      'package.json',
    ]);
    expect(staged).toEqual(
      expect.arrayContaining(['.claude/extids.json', '.husky/pre-commit', 'tasks/a.md']),
    );
  });
  test("the README's vendor/ install: the files init names to commit let a teammate's npm ci work", () => {
    const root = gitRepo();
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    const name = basename(tarball());
    mkdirSync(join(root, 'vendor'));
    copyFileSync(tarball(), join(root, 'vendor', name));
    npm(root, ['install', '-D', `./vendor/${name}`]);
    const r = spawnSync('npx', ['--no-install', 'extids', 'init', '--tools', 'jira:PROJ'], {
      cwd: root,
      encoding: 'utf8',
      env: testEnv(),
    });
    expect(r.status).toBe(0);
    const add = /git add ([^&]+) && git commit/.exec(r.stdout)?.[1]?.trim().split(' ');
    expect(add).toEqual(expect.arrayContaining([`vendor/${name}`, 'package.json']));
    git(root, 'add', ...add!);
    git(root, 'commit', '-q', '--no-verify', '-m', 'Set up extids');
    const clone = tempDir();
    git(clone, 'clone', '-q', root, '.');
    npm(clone, ['ci']); // throws with npm's message when the tarball is missing (ENOENT)
    expect(existsSync(join(clone, 'node_modules/.bin/extids'))).toBe(true);
  }, 120_000);
  test('a .gitignore that already ignores node_modules is left alone', () => {
    const root = gitRepo();
    write(root, '.gitignore', '/node_modules\n');
    expect(installedCli(root, ['init']).stdout).not.toMatch(/added node_modules/);
  });
});

describe("the README's claims, checked where they can be", () => {
  test('assignment keeps a flow map flow, its spacing as written, and no other byte changes', () => {
    const root = gitRepo();
    const before = task('TASK-1A2B', 'external_ids: {jira:  null ,epic_jira: EP-1}  # kept\n');
    write(root, 'tasks/a.md', before);
    expect(installedCli(root, ['init', '--tools', 'jira:PROJ,github']).code).toBe(0);
    expect(installedCli(root, ['assign', '--all']).code).toBe(0);
    expect(read(root, 'tasks/a.md')).toBe(
      before.replace(
        '{jira:  null ,epic_jira: EP-1}',
        '{jira:  PROJ-1 ,epic_jira: EP-1, github: "1"}',
      ),
    );
  });
  test("the action's root that does not exist: exit 2, as the README's exit codes say", () => {
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B') } });
    const r = runBundledAction(root, { command: 'validate', root: 'does-not-exist' });
    expect(r.code).toBe(2);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toMatch(
      /the action's\s+`root`: the action fails its step with exit `2` too/,
    );
  });
  test('Start here names every prerequisite, and the Node it names for development fits every dev dependency', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const start = readme.slice(readme.indexOf('## Start here'), readme.indexOf('```sh'));
    for (const need of ['git', 'npm', 'python3 with PyYAML', 'npm registry'])
      expect([need, start.includes(need)]).toEqual([need, true]);
    const node = /Node\.js (\d+\.\d+) or later/.exec(start)![1]!;
    const floor = /runs on Node (\d+\.\d+) or later, its `engines`/.exec(start)![1]!;
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(pkg.engines.node).toBe(`>=${floor}`);
    // semver, as npm itself decides EBADENGINE (a dependency of the tooling, not of extids).
    const semver = createRequire(import.meta.url)('semver') as {
      satisfies(v: string, range: string): boolean;
    };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
    const misfits = Object.entries(lock.packages as Record<string, { engines?: { node?: string } }>)
      .filter(([, p]) => typeof p.engines?.node === 'string')
      .filter(([, p]) => !semver.satisfies(`${node}.0`, p.engines!.node!))
      .map(([name, p]) => `${name} ${p.engines!.node}`);
    expect(misfits).toEqual([]);
  });
  test('the README installs extids the way this test suite does: from a packed tarball, not the registry', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).not.toMatch(/npm i(nstall)? -D extids\b/);
    expect(readme).toMatch(/npm i -D \.\/vendor\/extids-\d+\.\d+\.\d+\.tgz/);
  });
});
