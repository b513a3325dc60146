import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkStagedState, loadSettings, planStagedTasks } from '../src/core/index.js';
import { hookScript } from '../src/cli/init.js';
import {
  BIN,
  cleanup,
  ROOT,
  cli,
  COUNTERS,
  FIXTURES,
  git,
  gitRun,
  MAPPING,
  read,
  readJson,
  repo,
  task,
  write,
} from './helpers.js';

afterAll(cleanup);

/** A repository set up the way `extids init` sets one up, with extids "installed" in node_modules. */
function initialized(): string {
  const root = repo({ kind: 'installed', config: null });
  const r = cli(root, ['init', '--tools', 'jira:PROJ,github']);
  expect(r.code).toBe(0);
  return root;
}

const commit = (root: string, msg: string, env: Record<string, string> = {}) =>
  gitRun(root, ['commit', '-q', '-m', msg], env);

describe('pre-commit hook, installed by extids init', () => {
  test('a new task is committed with its external IDs, in frontmatter and in the mapping file (first commit of a repo)', () => {
    const root = initialized();
    write(root, 'tasks/backlog/login.md', task('TASK-E01-b2c4'));
    git(root, 'add', '-A');
    const c = commit(root, 'add login task');
    expect(c.code).toBe(0);
    expect(c.stderr.trim()).toBe(
      'extids: assigned 2 external IDs: TASK-E01-b2c4 (github 1, jira PROJ-1)',
    );
    const committed = git(root, 'show', 'HEAD:tasks/backlog/login.md');
    expect(committed).toContain('external_ids:\n  github: "1"\n  jira: PROJ-1\n');
    expect(JSON.parse(git(root, 'show', `HEAD:${MAPPING}`)).mappings).toEqual({
      'TASK-E01-b2c4': { github: '1', jira: 'PROJ-1' },
    });
    expect(JSON.parse(git(root, 'show', `HEAD:${COUNTERS}`)).counters.jira).toEqual({ PROJ: 1 });
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  test("a new task from the ecosystem's template: each placeholder filled on its own line, epic_jira kept, no other line changed", () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ,linear:TEAM']).code).toBe(0);
    const template = readFileSync(
      join(
        FIXTURES,
        'ecosystem-repo/tasks/backlog/TASK-CGCP-001-define-gating-module-structure.md',
      ),
      'utf8',
    );
    write(root, 'tasks/backlog/TASK-CGCP-001.md', template);
    git(root, 'add', '-A');
    const c = commit(root, 'new task');
    expect([c.code, c.stderr]).toEqual([
      0,
      expect.stringMatching(/^extids: assigned 2 external IDs: TASK-CGCP-001/),
    ]);
    const was = template.split('\n');
    const now = git(root, 'show', 'HEAD:tasks/backlog/TASK-CGCP-001.md').split('\n');
    expect(now).toHaveLength(was.length);
    const changed = was.flatMap((line, i) => (line === now[i] ? [] : [[line, now[i]]]));
    expect(changed).toEqual([
      ['  jira: null', '  jira: PROJ-1'],
      ['  linear: null', '  linear: TEAM-1'],
    ]);
    expect(now).toContain('  epic_jira: null');
    expect(now).toContain('  epic_linear: null');
  });

  test('two tasks in one commit: one transaction, distinct IDs', () => {
    const root = initialized();
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    write(root, 'tasks/in_progress/b.md', task('TASK-3C4D'));
    git(root, 'add', '-A');
    expect(commit(root, 'two').code).toBe(0);
    const m = JSON.parse(git(root, 'show', `HEAD:${MAPPING}`)).mappings;
    expect(new Set([m['TASK-1A2B'].jira, m['TASK-3C4D'].jira])).toEqual(
      new Set(['PROJ-1', 'PROJ-2']),
    );
    expect(new Set([m['TASK-1A2B'].github, m['TASK-3C4D'].github])).toEqual(new Set(['1', '2']));
  });

  test('a partially staged task: the staged part is committed with IDs, the unstaged part survives', () => {
    const root = initialized();
    write(root, 'README.md', 'x\n');
    git(root, 'add', '-A');
    commit(root, 'base');
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    git(root, 'add', 'tasks/a.md');
    write(
      root,
      'tasks/a.md',
      task('TASK-1A2B', '', '\n# Task\n\nSomething to do.\n\nUNSTAGED NOTE\n'),
    );
    expect(commit(root, 'task').code).toBe(0);
    const committed = git(root, 'show', 'HEAD:tasks/a.md');
    expect(committed).toContain('jira: PROJ-1');
    expect(committed).not.toContain('UNSTAGED NOTE');
    const worktree = read(root, 'tasks/a.md');
    expect(worktree).toContain('jira: PROJ-1');
    expect(worktree).toContain('UNSTAGED NOTE');
    expect(git(root, 'diff', '--name-only').trim()).toBe('tasks/a.md');
  });

  test('a state file with conflict markers refuses the commit, naming file, line and the fix', () => {
    const root = initialized();
    write(
      root,
      MAPPING,
      '{\n  "mappings": {\n<<<<<<< HEAD\n    "TASK-1A2B": {"jira": "PROJ-1"}\n=======\n    "TASK-3C4D": {"jira": "PROJ-1"}\n>>>>>>> other\n  },\n  "updated": "u",\n  "version": "1.0"\n}',
    );
    git(root, 'add', '-A');
    const c = commit(root, 'broken');
    expect(c.code).toBe(1);
    expect(c.stderr).toContain('extids: commit refused:');
    expect(c.stderr).toContain(
      '.claude/state/external_id_mapping.json:3: error   CONFLICT_MARKERS',
    );
    expect(c.stderr).toContain('npx extids repair');
    expect(() => git(root, 'rev-parse', 'HEAD')).toThrow();
  });

  test('nothing task-related staged: silent; EXTIDS_SKIP=1 skips it', () => {
    const root = initialized();
    write(root, 'src/x.txt', 'x\n');
    git(root, 'add', '-A');
    const c = commit(root, 'unrelated');
    expect(c.code).toBe(0);
    expect(c.stderr).toBe('');
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    git(root, 'add', '-A');
    expect(commit(root, 'skip', { EXTIDS_SKIP: '1' }).code).toBe(0);
    expect(git(root, 'show', 'HEAD:tasks/a.md')).not.toContain('external_ids');
  });

  test('a repository set up before init installed post-rewrite is told so on commits that touch tasks, with the command', () => {
    const root = initialized();
    rmSync(join(root, '.husky/post-rewrite'));
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    git(root, 'add', '-A');
    const c = commit(root, 'a');
    expect(c.code).toBe(0);
    expect(c.stderr).toContain(
      'extids: .husky/post-rewrite is missing, so a rebase or pull --rebase leaves the ID ledger of the commits it replays unfinished; run `npx extids init` to install it, and commit it',
    );
    expect(cli(root, ['init']).stdout).toMatch(/post-rewrite/);
    write(root, 'tasks/b.md', task('TASK-3C4D'));
    git(root, 'add', '-A');
    expect(commit(root, 'b').stderr).not.toContain('post-rewrite');
  });

  test('concluding a conflicted merge: a file the finished merge must rewrite that has unstaged changes refuses the commit with the fix; staged, the commit validates', () => {
    const root = initialized();
    write(root, 'notes.txt', 'base\n');
    git(root, 'add', '-A');
    expect(commit(root, 'set up').code).toBe(0);
    git(root, 'checkout', '-qb', 'side');
    write(root, 'tasks/side.md', task('TASK-5A5A', '', '\n# Side\n'));
    write(root, 'notes.txt', 'side\n');
    git(root, 'add', '-A');
    expect(commit(root, 'side').code).toBe(0);
    git(root, 'checkout', '-q', 'main');
    write(root, 'tasks/main.md', task('TASK-6B6B').replace('2026-01-02', '2025-12-01'));
    write(root, 'notes.txt', 'main\n');
    git(root, 'add', '-A');
    expect(commit(root, 'main').code).toBe(0);
    expect(gitRun(root, ['merge', 'side']).code).toBe(1);
    write(root, 'notes.txt', 'both\n');
    git(root, 'add', 'notes.txt');
    // An edit of the renumbered task, not staged: the hook must not commit it by accident.
    write(root, 'tasks/side.md', `${read(root, 'tasks/side.md')}More.\n`);
    const refused = commit(root, 'merge side');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'this commit concludes a merge, and finishing the merge of the ID ledger must rewrite tasks/side.md, which has unstaged changes',
    );
    git(root, 'add', 'tasks/side.md');
    const c = commit(root, 'merge side');
    expect(c.code).toBe(0);
    expect(git(root, 'rev-parse', '-q', '--verify', 'HEAD^2').trim()).not.toBe('');
    expect(cli(root, ['validate']).code).toBe(0);
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(git(root, 'show', 'HEAD:tasks/side.md')).toMatch(/jira: PROJ-2[\s\S]*More\./);
  });

  test('git commit -- PATH: the IDs reach the real index too; with other ledger changes staged there, refused with the command that works', () => {
    const root = initialized();
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'set up');
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    write(root, 'notes.txt', 'staged, not committed\n');
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-qm', 'only a', '--', 'tasks/a.md']);
    expect(c.code).toBe(0);
    expect(git(root, 'status', '--porcelain')).toBe('A  notes.txt\n');
    expect(git(root, 'show', 'HEAD:tasks/a.md')).toContain('jira: PROJ-1');

    // Another task's IDs already staged in the real index (assign, then git add).
    write(root, 'tasks/b.md', task('TASK-3C4D'));
    expect(cli(root, ['assign', 'tasks/b.md']).code).toBe(0);
    git(root, 'add', '-A');
    write(root, 'tasks/c.md', task('TASK-5E6F'));
    git(root, 'add', 'tasks/c.md');
    const only = gitRun(root, ['commit', '-qm', 'only c', '--', 'tasks/c.md']);
    expect(only.code).toBe(1);
    expect(only.stderr).toMatch(
      /`git commit -- PATH` commits only the paths named, but .*external_id_mapping\.json.* stage the task and run `git commit` without paths/,
    );
    expect(git(root, 'log', '-1', '--format=%s')).toBe('only a\n');
  });

  test('a new task file whose id a task with another title already holds is refused; a copy with the same title is the same task and gets its IDs', () => {
    const root = initialized();
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    git(root, 'add', '-A');
    commit(root, 'a');
    write(root, 'tasks/other.md', task('TASK-1A2B').replace('Do TASK-1A2B', 'Another task'));
    git(root, 'add', '-A');
    const c = commit(root, 'other');
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(/DUPLICATE_TASK_ID TASK-1A2B is already the id of tasks\/a\.md/);
    git(root, 'rm', '-q', '--cached', 'tasks/other.md');
    rmSync(join(root, 'tasks/other.md'));

    // Tasks are moved by copying: the stale copy stays behind.
    write(root, 'tasks/completed/a.md', task('TASK-1A2B').replace('backlog', 'completed'));
    git(root, 'add', '-A');
    const copy = commit(root, 'copy');
    expect(copy.stderr).toMatch(
      /warning\s+DUPLICATE_TASK_ID .*same title: likely a task moved by copying/,
    );
    expect(copy.code).toBe(0);
    const ids = (f: string) =>
      /external_ids:\n[\s\S]*?(?=---)/.exec(git(root, 'show', `HEAD:${f}`))?.[0];
    expect(ids('tasks/completed/a.md')).toBe(ids('tasks/a.md'));
  });

  test('another copy is found however its id line is written; a task that only names the id is no copy', () => {
    const root = initialized();
    write(root, 'tasks/plan.md', task('TASK-0A0A', '', '\nid: TASK-1A2B comes first.\n'));
    git(root, 'add', '-A');
    expect(commit(root, 'plan').code).toBe(0);
    write(root, 'tasks/new.md', task('TASK-1A2B'));
    git(root, 'add', '-A');
    const ok = commit(root, 'new');
    expect(ok.stderr).toMatch(/assigned 2 external IDs: TASK-1A2B/);
    expect(ok.code).toBe(0);

    write(
      root,
      'tasks/old.md',
      task('TASK-3C4D').replace('id: TASK-3C4D', "task_id:  'TASK-3C4D'"),
    );
    git(root, 'add', '-A');
    expect(commit(root, 'old', { EXTIDS_SKIP: '1' }).code).toBe(0);
    write(root, 'tasks/copy.md', task('TASK-3C4D').replace('Do TASK-3C4D', 'Another task'));
    git(root, 'add', '-A');
    const c = commit(root, 'copy');
    expect(c.stderr).toMatch(/DUPLICATE_TASK_ID TASK-3C4D is already the id of tasks\/old\.md/);
    expect(c.code).toBe(1);
  });
});

describe("the pre-commit script's gate: git answers first, Node starts only for task, state or config files", () => {
  /** `initialized()`, with node_modules/.bin/extids logging each start before it runs extids. */
  function logged(): { root: string; starts: () => string[] } {
    const root = initialized();
    const bin = join(root, 'node_modules/.bin/extids');
    rmSync(bin);
    writeFileSync(
      bin,
      `#!/bin/sh\necho "$*" >> "${root}/.git/extids-starts"\nexec "${process.execPath}" "${BIN}" "$@"\n`,
      { mode: 0o755 },
    );
    const starts = () =>
      existsSync(join(root, '.git/extids-starts'))
        ? read(root, '.git/extids-starts').trim().split('\n')
        : [];
    return { root, starts };
  }

  test('a commit of code or docs outside the tasks directory never starts extids; a task, the state or the config does', () => {
    const { root, starts } = logged();
    git(root, 'add', '-A');
    expect(commit(root, 'extids init').code).toBe(0); // the config is staged: extids ran
    expect(starts()).toEqual(['hook pre-commit']);
    rmSync(join(root, '.git/extids-starts'));
    for (const f of ['src/x.ts', 'README.md', 'docs/tasks/guide.md', 'tasks.md']) {
      write(root, f, 'x\n');
      git(root, 'add', '-A');
      const c = commit(root, `add ${f}`);
      expect([f, c.code, c.stderr]).toEqual([f, 0, '']);
    }
    expect(starts()).toEqual([]);

    write(root, 'tasks/backlog/a.md', task('TASK-1A2B'));
    git(root, 'add', '-A');
    expect(commit(root, 'task').stderr).toMatch(/assigned 2 external IDs: TASK-1A2B/);
    expect(starts()).toEqual(['hook pre-commit']);

    write(root, '.claude/extids.json', JSON.stringify({ tools: { jira: { key: 'PROJ' } } }));
    git(root, 'add', '-A');
    expect(commit(root, 'config').code).toBe(0);
    expect(starts()).toHaveLength(2);

    const counters = readJson(root, COUNTERS);
    write(
      root,
      COUNTERS,
      JSON.stringify({ ...counters, counters: { ...counters.counters, github: 9 } }, null, 2),
    );
    git(root, 'add', '-A');
    expect(commit(root, 'counters ahead').code).toBe(0);
    expect(starts()).toHaveLength(3);
  });

  test('GIT_LITERAL_PATHSPECS (or the glob variables) in the environment does not let a new task past the gate', () => {
    const root = initialized();
    for (const [i, v] of [
      'GIT_LITERAL_PATHSPECS',
      'GIT_GLOB_PATHSPECS',
      'GIT_NOGLOB_PATHSPECS',
    ].entries()) {
      const id = `TASK-${i}A2B`;
      write(root, `tasks/${id}.md`, task(id));
      git(root, 'add', '-A');
      const c = commit(root, id, { [v]: '1' });
      expect([v, c.code, c.stderr]).toEqual([
        v,
        0,
        expect.stringMatching(new RegExp(`assigned 2 external IDs: ${id}`)),
      ]);
    }
  });

  test('a config that moves the tasks directory: its commit is refused until init updates the gate, then tasks there get IDs', () => {
    const root = initialized();
    const config = readJson(root, '.claude/extids.json');
    write(
      root,
      '.claude/extids.json',
      JSON.stringify({ ...config, tasksDir: 'planning' }, null, 2),
    );
    git(root, 'add', '-A');
    const refused = commit(root, 'move tasks');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'extids: commit refused: .husky/pre-commit asks git about other paths than .claude/extids.json names (tasks in planning, state in .claude/state), so commits that touch tasks could skip the hook\n' +
        '  run `npx extids init` to update it, then stage .husky/pre-commit with the config\n',
    );
    const before = read(root, '.husky/pre-commit');
    const init = cli(root, ['init']);
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/\.husky\/pre-commit.*updated the extids hook/);
    const after = read(root, '.husky/pre-commit');
    expect(after).toContain("':(literal)planning'");
    // Only the line of paths changed.
    expect(before.split('\n').filter((l, i) => l !== after.split('\n')[i])).toEqual([
      expect.stringContaining("':(literal)tasks'"),
    ]);
    git(root, 'add', '-A');
    expect(commit(root, 'move tasks').code).toBe(0);

    write(root, 'planning/b.md', task('TASK-3C4D'));
    git(root, 'add', '-A');
    expect(commit(root, 'planned').stderr).toMatch(/assigned 2 external IDs: TASK-3C4D/);
  });

  test.each([
    ['the root itself', '.', 'TASK-5E6F.md'],
    ['an absolute path', 'ABS/planning', 'planning/TASK-5E6F.md'],
  ])('a tasks directory given as %s passes the gate and gets IDs', (_, dir, file) => {
    const root = repo({ kind: 'installed', config: null });
    const tasksDir = dir.replace('ABS', root);
    write(
      root,
      '.claude/extids.json',
      JSON.stringify({ tools: { jira: { key: 'PROJ' } }, tasksDir }),
    );
    expect(cli(root, ['init']).code).toBe(0);
    git(root, 'add', '-A');
    expect(commit(root, 'init').code).toBe(0);
    write(root, file, task('TASK-5E6F'));
    git(root, 'add', '-A');
    const c = commit(root, 'task');
    expect([c.code, c.stderr]).toEqual([
      0,
      'extids: assigned 1 external ID: TASK-5E6F (jira PROJ-1)\n',
    ]);
  });

  test("this repository's own .husky/pre-commit has the gate init writes for the default paths", () => {
    const own = read(ROOT, '.husky/pre-commit');
    const written = hookScript('pre-commit', { stateDir: '.claude/state', tasksDir: 'tasks' });
    const gate = written
      .split('\n')
      .filter((l) => /^if ! \(unset|exec git diff|:\(literal\)/.test(l));
    expect(gate).toHaveLength(3);
    for (const line of gate) expect(own.split('\n')).toContain(line);
  });

  test('init replaces the ungated script earlier versions wrote, keeps the rest of the file, and is idempotent', () => {
    const root = initialized();
    const ungated =
      '# extids: give new tasks their external IDs, refuse broken state files\n' +
      'if [ -x node_modules/.bin/extids ]; then\n' +
      '  node_modules/.bin/extids hook pre-commit\n' +
      'else\n' +
      '  echo "extids: not installed here (npm ci), so task IDs were not checked" >&2\n' +
      'fi\n';
    write(root, '.husky/pre-commit', `npm run lint\n\n${ungated}`);
    const r = cli(root, ['init']);
    expect(r.stdout).toMatch(/updated the extids hook/);
    const script = read(root, '.husky/pre-commit');
    expect(script).toMatch(/^npm run lint\n\n# extids: give new tasks/);
    expect(script).toContain('exec git diff --cached');
    expect(script).not.toContain(ungated);
    expect(cli(root, ['init']).stdout).not.toMatch(/updated|added|created/);
    expect(read(root, '.husky/pre-commit')).toBe(script);
  });
});

describe("the hook's decisions, in-process on staged texts (core/commands/staged.ts)", () => {
  const settings = () => loadSettings(repo({}));
  const staged = (file: string, index: string, worktree = index, added = true) => ({
    file,
    path: `/r/${file}`,
    index,
    worktree,
    added,
  });

  test('which staged tasks get IDs, which are skipped and why, which refuse the commit', async () => {
    const s = settings();
    const plan = await planStagedTasks(
      s,
      [
        staged('tasks/new.md', task('TASK-1A2B')),
        staged(
          'tasks/done.md',
          task('TASK-2C3D', 'external_ids:\n  jira: PROJ-1\n  github: "1"\n'),
        ),
        staged('tasks/guide.md', '# A guide, no frontmatter\n'),
        staged('tasks/broken.md', '---\nid: TASK-3E4F\ntitle: [unclosed\n---\n'),
        staged('tasks/odd.md', task('IMPLEMENTATION-GUIDE')),
        staged('tasks/copy.md', task('TASK-5A6B').replace('Do TASK-5A6B', 'Another task')),
        staged('tasks/half.md', task('TASK-7C8D'), task('TASK-9E0F')),
      ],
      (ids) =>
        ids.includes('TASK-5A6B') ? [{ file: 'tasks/original.md', text: task('TASK-5A6B') }] : [],
    );
    expect(plan.work.map((w) => w.file)).toEqual(['tasks/new.md']);
    expect(plan.skipped.map((k) => ({ file: k.file, reason: k.finding.message }))).toEqual([
      // Said, as validate says it (NO_FRONTMATTER, a warning): never skipped silently.
      {
        file: 'tasks/guide.md',
        reason: expect.stringMatching(/^has no frontmatter, so it is not a task/),
      },
      {
        file: 'tasks/broken.md',
        reason: expect.stringMatching(/^frontmatter is not valid YAML/),
      },
      {
        file: 'tasks/odd.md',
        reason: expect.stringMatching(
          /^id "IMPLEMENTATION-GUIDE" is not a task ID of a known shape/,
        ),
      },
    ]);
    expect(plan.refusals.map((f) => [f.code, f.file])).toEqual([
      ['DUPLICATE_TASK_ID', 'tasks/copy.md'],
      ['PARTIALLY_STAGED', 'tasks/half.md'],
    ]);
  });

  test('a modified file whose id other files already had is a warning, and it is assigned', async () => {
    const plan = await planStagedTasks(
      settings(),
      [staged('tasks/backlog/x.md', task('TASK-1A2B'), undefined, false)],
      () => [{ file: 'tasks/done/x.md', text: task('TASK-1A2B') }],
    );
    expect(plan.work.map((w) => w.file)).toEqual(['tasks/backlog/x.md']);
    expect(plan.refusals).toEqual([]);
    expect(plan.warnings.map((f) => [f.severity, f.code])).toEqual([
      ['warning', 'DUPLICATE_TASK_ID'],
    ]);
  });

  test('staged state files with conflict markers are errors; an older format is flagged for migration', () => {
    const s = settings();
    const valid = '{"mappings": {}, "updated": "u", "version": "1.0"}';
    const conflicted = checkStagedState(
      s,
      '.claude/state',
      { mapping: `<<<<<<< HEAD\n${valid}\n=======\n${valid}\n>>>>>>> b\n` },
      'now',
    );
    expect(conflicted.errors.map((f) => f.code)).toEqual(['CONFLICT_MARKERS']);
    const legacy = checkStagedState(
      s,
      '.claude/state',
      {
        mapping: '{"TASK-1A2B": {"github": 1}}',
        counters:
          '{"counters": {"azure_devops": 0, "github": 1, "jira": {}, "linear": {}}, "updated": "u", "version": "1.0"}',
      },
      'now',
    );
    expect([legacy.errors, legacy.legacy]).toEqual([[], true]);
    const absent = checkStagedState(s, '.claude/state', {}, 'now');
    expect([absent.errors, absent.legacy, absent.mapping.status]).toEqual([[], false, 'missing']);
  });
});

describe('the sync links file in the hook: the same check validate makes (review of #27)', () => {
  const LINKS = '.claude/state/external_id_links.json';
  const link = (n: number) =>
    `"TASK-1A2B": {"github": {"id": ${n}, "number": ${n}, "url": "u", "hash": "h"}}`;
  const twice = `{\n  "links": {\n    ${link(1)},\n    ${link(2)}\n  },\n  "updated": "u",\n  "version": "1.0"\n}\n`;
  const committed = () => {
    const root = initialized();
    git(root, 'add', '-A');
    expect(commit(root, 'init').code).toBe(0);
    return root;
  };

  test('a staged links file with a key written twice, or one that is not JSON, is refused with its line; a sound one commits', () => {
    const root = committed();
    write(root, LINKS, twice);
    git(root, 'add', '-A');
    const dup = commit(root, 'kept both sides');
    expect(dup.code).toBe(1);
    expect(dup.stderr).toMatch(
      /external_id_links\.json:3: error\s+DUPLICATE_JSON_KEY links\.TASK-1A2B is written twice \(lines 3 and 4\).*extids repair/,
    );
    write(root, LINKS, '{ not json\n');
    git(root, 'add', '-A');
    const bad = commit(root, 'broken');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/external_id_links\.json:1:3: error\s+PARSE_ERROR/);
    write(root, LINKS, twice.replace(`,\n    ${link(2)}`, ''));
    git(root, 'add', '-A');
    expect(commit(root, 'sound')).toMatchObject({ code: 0, stderr: '' });
  });

  test('a gate written before the links file was checked: tasks still get IDs, the hook says to run init, and init adds the links file', () => {
    const root = committed();
    const script = read(root, '.husky/pre-commit');
    const old = script.replace(" ':(literal).claude/state/external_id_links.json'", '');
    expect(old).not.toBe(script);
    write(root, '.husky/pre-commit', old);
    git(root, 'add', '-A');
    expect(commit(root, 'old gate').code).toBe(0);
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    git(root, 'add', '-A');
    const c = commit(root, 'task');
    expect(c.code).toBe(0);
    expect(c.stderr).toContain(
      'extids: .husky/pre-commit was written by an earlier extids and lets a commit of only .claude/state/external_id_links.json skip the hook; run `npx extids init` to update it, and commit it\n',
    );
    expect(c.stderr).toMatch(/assigned 2 external IDs: TASK-1A2B/);
    const init = cli(root, ['init']);
    expect(init.stdout).toMatch(/\.husky\/pre-commit.*updated the extids hook/);
    expect(read(root, '.husky/pre-commit')).toBe(script);
    git(root, 'add', '-A');
    expect(commit(root, 'new gate').code).toBe(0);
    write(root, LINKS, twice);
    git(root, 'add', '-A');
    expect(commit(root, 'kept both sides').code).toBe(1);
  });
});
