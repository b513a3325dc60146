/**
 * Doors that never pass silently (DESIGN, "Doors tell the truth"; issue #14): each row of the
 * issue's table, through the door a user would use: the built CLI, the installed hook in a real
 * repository, the bundled action as a process with a bare remote.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  cleanup,
  cli,
  CONFIG,
  git,
  gitRun,
  MAPPING,
  read,
  readJson,
  repo,
  ROOT,
  runBundledAction,
  taskBranches,
  task,
  tempDir,
  write,
} from './helpers.js';

afterAll(cleanup);

/** A repository whose tasks carry external IDs the state records. */
function assigned(): string {
  const root = repo({
    tasks: { 'tasks/a.md': task('TASK-1A2B'), 'tasks/b.md': task('TASK-3C4D') },
  });
  expect(cli(root, ['assign', '--all']).code).toBe(0);
  return root;
}

const oneLine = (s: string) => s.trim().split('\n').length === 1;

describe('a path given explicitly that does not exist is exit 2 with one line naming it', () => {
  test('validate --root /nonexistent', () => {
    const r = cli(tempDir(), ['validate', '--root', '/nonexistent']);
    expect([r.code, r.stdout, oneLine(r.stderr)]).toEqual([2, '', true]);
    expect(r.stderr).toMatch(
      /the repository root \/nonexistent is not a directory: no such file or directory/,
    );
  });
  test('--tasks-dir that does not exist', () => {
    const r = cli(assigned(), ['validate', '--tasks-dir', 'taks']);
    expect([r.code, oneLine(r.stderr)]).toEqual([2, true]);
    expect(r.stderr).toMatch(/the tasks directory .*\/taks is not a directory/);
  });
  test("the action's root: the step fails naming it", () => {
    const r = runBundledAction(assigned(), { command: 'validate', root: 'does-not-exist' });
    expect([r.code, r.outputs.ok]).toEqual([2, undefined]);
    expect(r.stdout).toMatch(/::error::the repository root .*does-not-exist is not a directory/);
  });
  test('the action on a workspace with neither tasks nor state asks whether the checkout ran', () => {
    const r = runBundledAction(tempDir(), { command: 'validate' });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(
      /::error::found neither a tasks directory .* did the checkout step \(actions\/checkout\) run/,
    );
  });
});

describe('a mistyped or misplaced state directory is not a clean ledger', () => {
  test('--state-dir typo: frontmatter IDs the absent mapping lacks are errors; assign creates nothing', () => {
    const root = assigned();
    const v = cli(root, ['validate', '--state-dir', '.claude/stat']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(
      /FRONTMATTER_MISMATCH external_ids\.jira is PROJ-1 but the mapping file has no Jira ID for TASK-1A2B \(.*does not exist: is the state directory right\?\)/,
    );
    write(root, 'tasks/c.md', task('TASK-5E6F'));
    const a = cli(root, ['assign', '--all', '--state-dir', '.claude/stat']);
    expect(a.code).toBe(1);
    expect(a.stdout).toMatch(
      /MISSING_FILE does not exist, but 2 task files already carry external IDs: is the state directory right\?/,
    );
    expect(existsSync(join(root, '.claude/stat'))).toBe(false);
  });
  test('--state-dir leading out of the repository is refused, OUTSIDE_ROOT', () => {
    const root = assigned();
    const r = cli(root, ['assign', '--all', '--state-dir', '../elsewhere/.claude/state', '--json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe('OUTSIDE_ROOT');
    expect(existsSync(join(root, '../elsewhere'))).toBe(false);
  });
});

describe('contradicting or invalid options are exit 2 with the reason', () => {
  test('--tools jira:PROJ,jira:OTHER', () => {
    const r = cli(assigned(), ['assign', '--all', '--dry-run', '--tools', 'jira:PROJ,jira:OTHER']);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toMatch(/names jira twice \(jira:PROJ and jira:OTHER\)/);
  });
  test('--tools jira:PROJ-1 says the key is invalid and why', () => {
    const r = cli(assigned(), ['assign', '--all', '--tools', 'jira:PROJ-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /"PROJ-1" is not a valid project key: a key is a letter, then letters, digits or _/,
    );
  });
});

describe('init --tools on a configured repository', () => {
  test('changes the config (shown first by --dry-run), or says it left it alone', () => {
    const root = repo({ config: CONFIG });
    const dry = cli(root, ['init', '--dry-run', '--tools', 'linear:TEAM']);
    expect(dry.stdout).toContain(
      '.claude/extids.json: would set tools to linear:TEAM (was jira:PROJ and github)',
    );
    expect(readJson(root, '.claude/extids.json').tools).toEqual({
      jira: { key: 'PROJ' },
      github: {},
    });
    expect(dry.stdout).not.toMatch(/would (wrote|added|ran|created|registered)\b/);
    expect(cli(root, ['init', '--tools', 'linear:TEAM']).code).toBe(0);
    expect(readJson(root, '.claude/extids.json').tools).toEqual({ linear: { key: 'TEAM' } });
    const again = cli(root, ['init', '--tools', 'linear:TEAM']);
    expect(again.stdout).toMatch(
      /info\s+CONFIG_UNCHANGED already tracks linear:TEAM; left the config as it is/,
    );
  });
});

describe("the action's commit: true commits only the files extids changed", () => {
  test('untracked build output and notes stay out of the pushed commit', () => {
    const remote = tempDir('extids-remote-');
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    const root = repo({
      tasks: { 'tasks/a.md': task('TASK-1A2B'), 'tasks/b.md': task('TASK-3C4D') },
    });
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'tasks');
    git(root, 'remote', 'add', 'origin', remote);
    git(root, 'push', '-q', 'origin', 'main');
    write(root, 'build-output.log', 'noise\n');
    write(root, 'notes.tmp', 'scratch\n');
    write(root, 'tasks/draft.md', '# a draft, no frontmatter\n');
    const r = runBundledAction(root, { command: 'assign', commit: 'true' });
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs.report!, 'utf8'));
    const written = [
      ...new Set(
        report.changes.filter((c: any) => c.kind !== 'original-kept').map((c: any) => c.file),
      ),
    ].sort();
    const pushed = git(remote, 'show', '--name-only', '--format=', 'main')
      .trim()
      .split('\n')
      .sort();
    expect(pushed).toEqual(written);
    expect(pushed).toEqual([
      '.claude/state/external_id_counters.json',
      '.claude/state/external_id_mapping.json',
      'tasks/a.md',
      'tasks/b.md',
    ]);
    expect(git(root, 'status', '--porcelain', '--untracked-files=all')).toMatch(
      /\?\? build-output\.log\n\?\? notes\.tmp\n\?\? tasks\/draft\.md/,
    );
  });
});

describe('the hook never skips a staged task silently', () => {
  const initialized = (tools = 'jira:PROJ,github') => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', ...(tools ? ['--tools', tools] : [])]).code).toBe(0);
    return root;
  };
  test('broken frontmatter and an unknown ID shape: one line each, file and reason', () => {
    const root = initialized();
    write(root, 'tasks/broken.md', '---\nid: TASK-1A2B\ntitle: Fix: it\n---\n');
    write(root, 'tasks/guide.md', task('IMPLEMENTATION-GUIDE'));
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-qm', 'tasks']);
    expect(c.code).toBe(0);
    const lines = c.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(
        /^extids: tasks\/broken\.md:3: error\s+FRONTMATTER_PARSE_ERROR .* \(not assigned\)$/,
      ),
      expect.stringMatching(
        /^extids: tasks\/guide\.md:2: warning INVALID_TASK_ID .* \(not assigned\)$/,
      ),
    ]);
  });
  test('no tools configured: one line saying so', () => {
    const root = initialized('');
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-qm', 'task']);
    expect(c.code).toBe(0);
    expect(c.stderr.trim()).toBe(
      'extids: no tools are configured in .claude/extids.json, so staged tasks get no external IDs',
    );
  });
});

describe('merging in a repository set up by init, extids installed as a team has it', () => {
  function branches(root: string) {
    write(root, 'tasks/base.md', task('TASK-0A0A'));
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'base');
    // The installed hook assigns as each branch commits: both branches take PROJ-2.
    taskBranches(
      root,
      [
        ['a', 'TASK-2B2B', '2026-01-02'],
        ['b', 'TASK-1A1A', '2026-01-05'],
      ],
      { hook: true },
    );
  }
  test('two branches that both assigned merge without conflict, and the merge commit validates clean before any repair', () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ,github']).code).toBe(0);
    branches(root);
    const m = gitRun(root, ['merge', '--no-edit', 'a']);
    expect(m.code).toBe(0);
    expect(git(root, 'status', '--porcelain')).toBe('');
    expect(git(root, 'rev-list', '--parents', '-1', 'HEAD').trim().split(' ')).toHaveLength(3);
    // The merge commit as committed: check it out clean and validate it.
    const clone = tempDir('extids-merged-');
    git(clone, 'clone', '-q', root, '.');
    git(clone, 'checkout', '-q', git(root, 'rev-parse', 'HEAD').trim());
    const v = cli(clone, ['validate']);
    expect([v.code, v.stdout.trim().split('\n').at(-1)]).toEqual([
      0,
      '✔ validate: no problems · 3 mappings, 3 tasks',
    ]);
    expect(readJson(clone, MAPPING).mappings['TASK-2B2B'].jira).toBe('PROJ-2'); // created first
  });
  test('the merge driver in a clone without node_modules says extids is not installed, and leaves a plain conflict', () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ,github']).code).toBe(0);
    branches(root);
    rmSync(join(root, 'node_modules'), { recursive: true });
    const m = gitRun(root, ['merge', '--no-edit', 'a']);
    expect(m.code).not.toBe(0);
    expect(m.stderr).toMatch(
      /extids: not installed in this clone \(no node_modules\/\.bin\/extids\), so git merged \.claude\/state\/external_id_mapping\.json as plain text: resolve it, install the dependencies \(npm ci\), then run: npx extids repair/,
    );
    expect(read(root, MAPPING)).toMatch(/<<<<<<< ours/);
  });
});

describe('messages that say what they mean', () => {
  test('lookup with a mapping file that does not parse: only the reason, exit 1', () => {
    const root = assigned();
    write(root, MAPPING, '{ "mappings": ');
    const r = cli(root, ['lookup', 'PROJ-1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/PARSE_ERROR/);
    expect(r.stdout).not.toMatch(/NOT_FOUND/);
  });
  test('repair on a state file that is a directory says UNREADABLE once', () => {
    const root = assigned();
    unlinkSync(join(root, MAPPING));
    write(root, `${MAPPING}/x`, '');
    const r = cli(root, ['repair']);
    expect(r.stdout.match(/UNREADABLE/g)).toHaveLength(1);
  });
  test('a rebuilt mapping file says what the sources added, not "(+2)"', () => {
    const root = assigned();
    write(root, 'tasks/c.md', task('TASK-5E6F'));
    expect(cli(root, ['assign', '--all']).code).toBe(0); // .bak now holds the two-task version
    // Damage one entry: the file still holds the others, .bak holds the damaged one.
    const m = readJson(root, MAPPING);
    m.mappings['TASK-1A2B'] = 'broken';
    write(root, MAPPING, JSON.stringify(m, null, 2));
    const r = cli(root, ['repair']);
    expect(r.stdout).not.toMatch(/\(\+\d+\)/);
    expect(r.stdout).toMatch(
      /rebuilt it from what .* still held and .*\.bak \(\d+ more mappings?\)/,
    );
  });
  test('"N tasks" means the same in every command: task files with frontmatter', () => {
    const root = assigned();
    write(root, 'tasks/README.md', '# not a task\n');
    write(root, 'tasks/guide.md', task('IMPLEMENTATION-GUIDE'));
    const counts = ['validate', 'migrate', 'repair', 'assign --all', 'init --dry-run'].map(
      (c) => /· (\d+) mappings?, (\d+) tasks?/.exec(cli(root, c.split(' ')).stdout)?.[2],
    );
    expect(counts).toEqual(['3', '3', '3', '3', '3']);
  });
});

describe('--version', () => {
  test('prints the version of the package', () => {
    const r = cli(tempDir(), ['--version']);
    expect(r.stdout.trim()).toBe(JSON.parse(read(ROOT, 'package.json')).version);
  });
});
