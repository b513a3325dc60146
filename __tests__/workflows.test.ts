/**
 * The git workflows a team uses, run as a team runs them (__tests__/team.ts): extids installed
 * from the packed tarball, `init` once in the first clone, teammates' clones made with `git clone`
 * + `npm ci` only. After each workflow, every commit it made validates clean and `git status`
 * shows what a person expects.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, git, gitRun, MAPPING, read, task, tempDir, write } from './helpers.js';
import { extidsIn, team, type Team } from './team.js';

afterAll(cleanup);

/** A task created on `day` (its age decides who keeps a contested number). */
const dated = (id: string, day: string, extra = '') =>
  task(id, extra).replace('created: 2026-01-02T03:04:05Z', `created: ${day}T09:00:00Z`);

/** Commits everything in `clone` through the hooks; fails the test when the hook refuses. */
function commitAll(clone: string, message: string): void {
  git(clone, 'add', '-A');
  const c = gitRun(clone, ['commit', '-qm', message]);
  if (c.code !== 0) throw new Error(`commit "${message}" was refused: ${c.stderr}`);
}

/**
 * `extids validate` on commit `sha` (a worktree of it, validated by the clone's installed extids):
 * the exit code and what it said.
 */
export function validateAt(clone: string, sha: string): { code: number; out: string } {
  const wt = tempDir('extids-wt-');
  git(clone, 'worktree', 'add', '-q', '--detach', wt, sha);
  try {
    const r = extidsIn(clone, ['validate', '--root', wt]);
    return { code: r.code, out: r.stdout + r.stderr };
  } finally {
    git(clone, 'worktree', 'remove', '--force', wt);
  }
}

/** Every commit in `range` (`a..b`), each validated: the ones that did not validate clean. */
function unclean(clone: string, range: string): string[] {
  return git(clone, 'rev-list', range)
    .split('\n')
    .filter(Boolean)
    .flatMap((sha) => {
      const v = validateAt(clone, sha);
      return v.code === 0
        ? []
        : [`${git(clone, 'log', '-1', '--format=%s', sha).trim()}: ${v.out}`];
    });
}

const mapping = (clone: string, rev = 'HEAD') =>
  JSON.parse(git(clone, 'show', `${rev}:${MAPPING}`)).mappings as Record<string, { jira?: string }>;
const jiraOf = (clone: string, rev = 'HEAD') =>
  Object.fromEntries(Object.entries(mapping(clone, rev)).map(([id, e]) => [id, e.jira]));

describe('a team: two clones each add a task, and both get PROJ-1', () => {
  let t: Team;
  beforeAll(() => {
    t = team();
  });

  test('git pull --rebase: every rebased commit validates clean, the renumbered task says so in its frontmatter, nothing is left staged', () => {
    // Bob rebases in the clone that ran init: until every clone registers the merge driver
    // (issue 25's other half), a teammate's clone merges the state files as text.
    const alice = t.clone();
    const bob = t.first;
    write(alice, 'tasks/backlog/login.md', dated('TASK-A001', '2026-01-02'));
    commitAll(alice, 'login task');
    git(alice, 'push', '-q');
    write(bob, 'tasks/backlog/export.md', dated('TASK-B001', '2026-01-03'));
    commitAll(bob, 'export task');
    write(bob, 'notes.txt', 'not a task\n');
    commitAll(bob, 'notes');
    write(bob, 'tasks/backlog/import.md', dated('TASK-B002', '2026-01-04'));
    commitAll(bob, 'import task');
    expect(jiraOf(bob)).toEqual({ 'TASK-B001': 'PROJ-1', 'TASK-B002': 'PROJ-2' });

    const pull = gitRun(bob, ['pull', '-q', '--rebase']);
    expect(pull.code).toBe(0);
    expect(pull.stderr).toContain('finished the ID ledger in rebased commit');
    expect(pull.stderr).toContain('the extids post-rewrite hook updates it');
    expect(git(bob, 'status', '--porcelain')).toBe('');
    expect(unclean(bob, 'origin/main..HEAD')).toEqual([]);
    expect(git(bob, 'log', '--format=%s', 'origin/main..HEAD').split('\n').filter(Boolean)).toEqual(
      ['import task', 'notes', 'export task'],
    );
    // Alice's task was created first and keeps PROJ-1; Bob's come after it.
    expect(jiraOf(bob)).toEqual({
      'TASK-A001': 'PROJ-1',
      'TASK-B001': 'PROJ-2',
      'TASK-B002': 'PROJ-3',
    });
    expect(git(bob, 'show', 'HEAD:tasks/backlog/export.md')).toContain('jira: PROJ-2');
    expect(extidsIn(bob, ['validate']).code).toBe(0);
    git(bob, 'push', '-q');
  });

  test('git rebase onto a branch that also took numbers: each replayed commit validates clean, and a rebase with nothing to finish changes nothing', () => {
    const carol = t.first;
    git(carol, 'checkout', '-qb', 'feature');
    write(carol, 'tasks/backlog/feature-x.md', dated('TASK-C001', '2026-01-03'));
    commitAll(carol, 'feature x');
    git(carol, 'checkout', '-q', 'main');
    write(carol, 'tasks/backlog/hotfix.md', dated('TASK-C002', '2026-01-02'));
    commitAll(carol, 'hotfix');
    git(carol, 'checkout', '-q', 'feature');
    const rebase = gitRun(carol, ['rebase', 'main']);
    expect(rebase.code).toBe(0);
    expect(git(carol, 'status', '--porcelain')).toBe('');
    expect(unclean(carol, 'main..feature')).toEqual([]);
    const [hot, feat] = [jiraOf(carol)['TASK-C002'], jiraOf(carol)['TASK-C001']];
    expect(hot).not.toEqual(feat);
    expect(git(carol, 'show', 'HEAD:tasks/backlog/feature-x.md')).toContain(`jira: ${feat}`);

    // Reword-style rewrite: the same parents, nothing replayed onto new work.
    const before = git(carol, 'rev-parse', 'HEAD');
    const amend = gitRun(carol, ['commit', '-q', '--amend', '-m', 'feature x, reworded']);
    expect(amend.code).toBe(0);
    expect(amend.stderr).not.toContain('extids');
    expect(git(carol, 'rev-parse', 'HEAD^')).toBe(git(carol, 'rev-parse', `${before.trim()}^`));
  });
  test('the merge driver alone (hooks skipped): the counters it writes while a rebase replays commits are never behind the mapping it writes', () => {
    const me = t.first;
    git(me, 'checkout', '-q', 'main');
    git(me, 'checkout', '-qb', 'driver-only');
    write(me, 'tasks/backlog/d1.md', dated('TASK-DR-1', '2026-02-03'));
    commitAll(me, 'd1');
    write(me, 'tasks/backlog/d2.md', dated('TASK-DR-2', '2026-02-04'));
    commitAll(me, 'd2');
    git(me, 'checkout', '-q', 'main');
    for (const [i, day] of [
      [3, '2026-02-01'],
      [4, '2026-02-02'],
    ] as const) {
      write(me, `tasks/backlog/d${i}.md`, dated(`TASK-DR-${i}`, day));
      commitAll(me, `d${i}`);
    }
    git(me, 'checkout', '-q', 'driver-only');
    expect(gitRun(me, ['rebase', 'main'], { EXTIDS_SKIP: '1' }).code).toBe(0);
    for (const sha of git(me, 'rev-list', 'main..HEAD').split('\n').filter(Boolean)) {
      const v = validateAt(me, sha);
      // The frontmatter is the hook's to finish; the counters are the driver's own.
      expect(v.out).toContain('FRONTMATTER_MISMATCH');
      expect(v.out).not.toContain('COUNTER_BEHIND');
    }
  });
});

describe('a merge that stops on a conflict in another file', () => {
  test('the person resolves it and runs git commit: the pre-commit hook finishes the ledger in the commit that concludes the merge', () => {
    const t = team({ files: { 'notes.txt': 'base\n' } });
    const dana = t.clone();
    const me = t.first; // the clone that ran init (see above: the driver is registered here)
    write(dana, 'tasks/backlog/search.md', dated('TASK-D001', '2026-01-02'));
    write(dana, 'notes.txt', 'dana\n');
    commitAll(dana, 'search task');
    git(dana, 'push', '-q');
    write(me, 'tasks/backlog/report.md', dated('TASK-E001', '2026-01-03'));
    write(me, 'notes.txt', 'mine\n');
    commitAll(me, 'report task');

    git(me, 'fetch', '-q');
    const merge = gitRun(me, ['merge', 'origin/main']);
    expect(merge.code).toBe(1);
    expect(merge.stdout).toContain('CONFLICT (content): Merge conflict in notes.txt');
    write(me, 'notes.txt', 'both\n');
    git(me, 'add', 'notes.txt');
    const c = gitRun(me, ['commit', '--no-edit']);
    expect(c.stderr).toContain(
      'finished the merge of .claude/state in the commit that concludes it',
    );
    expect(c.code).toBe(0);
    expect(git(me, 'rev-parse', 'HEAD^2').trim()).toBe(git(me, 'rev-parse', 'origin/main').trim());
    expect(validateAt(me, 'HEAD')).toEqual({
      code: 0,
      out: expect.stringContaining('no problems'),
    });
    expect(git(me, 'status', '--porcelain')).toBe('');
    expect(jiraOf(me)).toEqual({ 'TASK-D001': 'PROJ-1', 'TASK-E001': 'PROJ-2' });
    expect(git(me, 'show', 'HEAD:tasks/backlog/report.md')).toContain('jira: PROJ-2');
  });
});

describe('a team adds, copies and moves task files', () => {
  let t: Team;
  beforeAll(() => {
    t = team();
  });

  test("one commit adds a task and its copy (the ecosystem's build flow): one task, both files get the same IDs, one DUPLICATE_TASK_ID warning", () => {
    const me = t.clone();
    const text = dated('TASK-FEAT-7A2B', '2026-01-02');
    write(me, 'tasks/backlog/feat/TASK-FEAT-7A2B-login-flow.md', text);
    write(me, 'tasks/completed/TASK-FEAT-7A2B/TASK-FEAT-7A2B.md', text);
    git(me, 'add', '-A');
    const c = gitRun(me, ['commit', '-qm', 'build flow: task and its copy']);
    expect(c.code).toBe(0);
    expect(c.stderr.match(/DUPLICATE_TASK_ID/g)).toHaveLength(1);
    expect(c.stderr).toContain('same title: likely a task moved by copying');
    const ids = [
      'tasks/backlog/feat/TASK-FEAT-7A2B-login-flow.md',
      'tasks/completed/TASK-FEAT-7A2B/TASK-FEAT-7A2B.md',
    ].map((f) => /jira: (\S+)/.exec(git(me, 'show', `HEAD:${f}`))?.[1]);
    expect(ids[0]).toMatch(/^PROJ-\d+$/);
    expect(ids[1]).toBe(ids[0]);
    expect(jiraOf(me)['TASK-FEAT-7A2B']).toBe(ids[0]);
    expect(validateAt(me, 'HEAD').code).toBe(0);
    expect(git(me, 'status', '--porcelain')).toBe('');
  });

  test('copies added together with different titles taking one id are refused, with the reason', () => {
    const me = t.clone();
    write(me, 'tasks/backlog/a.md', dated('TASK-DUP-1', '2026-01-02'));
    write(
      me,
      'tasks/backlog/b.md',
      dated('TASK-DUP-1', '2026-01-02').replace('Do TASK-DUP-1', 'Something else'),
    );
    git(me, 'add', '-A');
    const c = gitRun(me, ['commit', '-qm', 'two tasks, one id']);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(
      /error\s+DUPLICATE_TASK_ID TASK-DUP-1 is the id of 2 new files with different titles/,
    );
    expect(c.stderr.match(/DUPLICATE_TASK_ID/g)).toHaveLength(1);
  });

  test('a task moved with git mv, or deleted and added again elsewhere, keeps its IDs; a move beside an old task of the same id is the same task', () => {
    const me = t.clone();
    write(me, 'tasks/backlog/move-me.md', dated('TASK-MV-1', '2026-01-02'));
    commitAll(me, 'a task');
    const was = jiraOf(me)['TASK-MV-1'];
    mkdirSync(join(me, 'tasks/in_progress'));
    git(me, 'mv', 'tasks/backlog/move-me.md', 'tasks/in_progress/move-me.md');
    commitAll(me, 'start it (git mv)');
    git(me, 'rm', '-q', 'tasks/in_progress/move-me.md');
    write(
      me,
      'tasks/completed/2026-01/move-me.md',
      git(me, 'show', 'HEAD:tasks/in_progress/move-me.md'),
    );
    commitAll(me, 'finish it (delete + add)');
    expect(jiraOf(me)['TASK-MV-1']).toBe(was);
    expect(git(me, 'show', 'HEAD:tasks/completed/2026-01/move-me.md')).toContain(`jira: ${was}`);

    // An id reused before extids (no IDs, committed without the hook), as adopting repositories
    // have them; the task is moved, and gets its IDs.
    write(me, 'tasks/backlog/TASK-TW-1.md', dated('TASK-TW-1', '2026-01-02'));
    write(
      me,
      'tasks/archived/TASK-TW-1.md',
      dated('TASK-TW-1', '2025-01-02').replace('Do TASK-TW-1', 'An old task'),
    );
    git(me, 'add', '-A');
    git(me, 'commit', '-qm', 'twins, before extids', '--no-verify');
    mkdirSync(join(me, 'tasks/completed'), { recursive: true });
    git(me, 'mv', 'tasks/backlog/TASK-TW-1.md', 'tasks/completed/TASK-TW-1.md');
    git(me, 'add', '-A');
    const c = gitRun(me, ['commit', '-qm', 'complete one copy']);
    expect(c.stderr).not.toMatch(/error|refused/);
    expect(c.code).toBe(0);
    expect(git(me, 'show', 'HEAD:tasks/completed/TASK-TW-1.md')).toMatch(/jira: PROJ-\d+/);
    expect(validateAt(me, 'HEAD').code).toBe(0);
    expect(git(me, 'status', '--porcelain')).toBe('');
  });
});

describe('git commit -- PATH (git commits from a temporary index)', () => {
  test('the new task is committed with its IDs, and the real index stages nothing that undoes them', () => {
    const t = team();
    const me = t.clone();
    write(me, 'tasks/backlog/only.md', dated('TASK-ON-1', '2026-01-02'));
    write(me, 'README.md', 'staged, but not part of this commit\n');
    git(me, 'add', 'tasks/backlog/only.md', 'README.md');
    const c = gitRun(me, ['commit', '-qm', 'only the task', '--', 'tasks/backlog/only.md']);
    expect(c.code).toBe(0);
    expect(c.stderr).toContain('assigned 1 external ID: TASK-ON-1 (jira PROJ-1)');
    expect(git(me, 'show', 'HEAD:tasks/backlog/only.md')).toContain('jira: PROJ-1');
    expect(validateAt(me, 'HEAD').code).toBe(0);
    // What the person staged besides stays staged; nothing else is.
    expect(git(me, 'status', '--porcelain')).toBe('A  README.md\n');
    write(me, 'tasks/backlog/next.md', dated('TASK-ON-2', '2026-01-03'));
    commitAll(me, 'the next task, and the README');
    expect(jiraOf(me)).toEqual({ 'TASK-ON-1': 'PROJ-1', 'TASK-ON-2': 'PROJ-2' });
    expect(validateAt(me, 'HEAD').code).toBe(0);
  });
});

describe('a committed task whose IDs disagree with the mapping (#25: one condition, one severity in every door)', () => {
  let t: Team;
  let me: string;
  beforeAll(() => {
    t = team();
    me = t.clone();
    write(me, 'tasks/backlog/TASK-070.md', dated('TASK-070', '2026-01-02'));
    commitAll(me, 'a task');
  });

  test('a hand-edited jira: is refused with the file, the line and the command; following it leaves nothing to commit', () => {
    const file = 'tasks/backlog/TASK-070.md';
    write(me, file, git(me, 'show', `HEAD:${file}`).replace('jira: PROJ-1', 'jira: PROJ-7'));
    git(me, 'add', '-A');
    const c = gitRun(me, ['commit', '-qm', 'hand edit']);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(
      /tasks\/backlog\/TASK-070\.md:\d+: error\s+FRONTMATTER_MISMATCH external_ids\.jira is PROJ-7 but the mapping file says PROJ-1/,
    );
    expect(c.stderr).toMatch(
      /write the mapping's IDs \(it is the ledger\): `jira: PROJ-1` under external_ids in tasks\/backlog\/TASK-070\.md \(line \d+\); then `git add tasks\/backlog\/TASK-070\.md` and commit again/,
    );
    // validate calls it the same.
    expect(extidsIn(me, ['validate']).stdout).toContain('FRONTMATTER_MISMATCH');
    // Following the advice: the file says the mapping's ID again, nothing is left to commit.
    write(me, file, git(me, 'show', `HEAD:${file}`));
    git(me, 'add', file);
    expect(git(me, 'status', '--porcelain')).toBe('');
    expect(validateAt(me, 'HEAD').code).toBe(0);
  });

  test('a new copy carrying other IDs than the task it copies is refused as validate reports it (DUPLICATE_TASK_ID, contradicting); made to agree, it commits clean', () => {
    const copy = 'tasks/done-TASK-070.md';
    write(me, copy, git(me, 'show', 'HEAD:tasks/backlog/TASK-070.md').replace('PROJ-1', 'PROJ-99'));
    git(me, 'add', '-A');
    const c = gitRun(me, ['commit', '-qm', 'a copy']);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(
      /error\s+DUPLICATE_TASK_ID TASK-070 is the id of 2 files whose external IDs contradict each other/,
    );
    expect(c.stderr).toMatch(/tasks\/done-TASK-070\.md:\d+: error\s+FRONTMATTER_MISMATCH/);
    expect(c.stderr).toContain(
      "write the mapping's IDs (it is the ledger): `jira: PROJ-1` under external_ids in tasks/done-TASK-070.md",
    );
    expect(git(me, 'log', '-1', '--format=%s').trim()).toBe('a task');
    // validate reports the same two.
    const v = extidsIn(me, ['validate']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(
      /DUPLICATE_TASK_ID TASK-070 is the id of 2 files whose external IDs contradict/,
    );
    write(me, copy, git(me, 'show', 'HEAD:tasks/backlog/TASK-070.md'));
    git(me, 'add', copy);
    const again = gitRun(me, ['commit', '-qm', 'a copy, with the ledger IDs']);
    expect(again.code).toBe(0);
    expect(git(me, 'show', `HEAD:${copy}`)).toContain('jira: PROJ-1');
    expect(validateAt(me, 'HEAD').code).toBe(0);
    expect(git(me, 'status', '--porcelain')).toBe('');
  });

  test('a key a person wrote for a tool in sync mode is left for sync to link: the hook commits it, validate calls it pending, the mapping waits', () => {
    const config = JSON.parse(git(me, 'show', 'HEAD:.claude/extids.json'));
    config.tools.linear = { mode: 'sync', key: 'TEAM' };
    write(me, '.claude/extids.json', JSON.stringify(config));
    write(
      me,
      'tasks/backlog/TASK-071.md',
      dated('TASK-071', '2026-01-03', 'external_ids:\n  linear: TEAM-9\n'),
    );
    commitAll(me, 'Linear in sync mode, and a task with the issue a person made');
    expect(git(me, 'show', 'HEAD:tasks/backlog/TASK-071.md')).toContain('linear: TEAM-9');
    const mapping = JSON.parse(git(me, 'show', `HEAD:${MAPPING}`)).mappings;
    expect(mapping['TASK-071']).toEqual({ jira: expect.stringMatching(/^PROJ-\d+$/) });
    const v = extidsIn(me, ['validate']);
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(
      /TASK-071\.md:\d+: info\s+SYNC_PENDING external_ids\.linear is TEAM-9, written by hand: `extids sync` links TASK-071/,
    );
    // repair leaves it for sync too (it only keeps the number retired in the counters).
    expect(extidsIn(me, ['repair']).code).toBe(0);
    expect(JSON.parse(read(me, MAPPING)).mappings['TASK-071']).toEqual(mapping['TASK-071']);
  });
});

describe('squash merges and cherry-picks finish the ledger in the commit they make', () => {
  let t: Team;
  beforeAll(() => {
    t = team();
  });

  test('git merge --squash, then git commit: pre-commit stages the fix (frontmatter included); the driver says so', () => {
    const me = t.clone();
    git(me, 'checkout', '-qb', 'feat');
    write(me, 'tasks/backlog/squashed.md', dated('TASK-SQ-2', '2026-01-03'));
    commitAll(me, 'feature task');
    git(me, 'checkout', '-q', 'main');
    write(me, 'tasks/backlog/main.md', dated('TASK-SQ-1', '2026-01-02'));
    commitAll(me, 'main task');
    const merge = gitRun(me, ['merge', '--squash', 'feat']);
    expect(merge.code).toBe(0);
    expect(merge.stderr).toContain('after a conflict or git merge --squash, pre-commit stages it');
    const c = gitRun(me, ['commit', '-qm', 'squash feat']);
    expect(c.stderr).toContain(
      'finished the merge of .claude/state in the commit that concludes it',
    );
    expect(c.code).toBe(0);
    expect(validateAt(me, 'HEAD')).toEqual({
      code: 0,
      out: expect.stringContaining('no problems'),
    });
    expect(git(me, 'status', '--porcelain')).toBe('');
    expect(jiraOf(me)).toEqual({ 'TASK-SQ-1': 'PROJ-1', 'TASK-SQ-2': 'PROJ-2' });
    expect(git(me, 'show', 'HEAD:tasks/backlog/squashed.md')).toContain('jira: PROJ-2');
  });

  test('git cherry-pick of a task added on an older base: post-commit amends the fix into the picked commit; the driver says so', () => {
    const me = t.clone();
    git(me, 'checkout', '-qb', 'old');
    write(me, 'tasks/backlog/picked.md', dated('TASK-CP-2', '2026-01-03'));
    commitAll(me, 'task on an older base');
    git(me, 'checkout', '-q', 'main');
    write(me, 'tasks/backlog/current.md', dated('TASK-CP-1', '2026-01-02'));
    commitAll(me, 'task on main');
    const before = git(me, 'rev-parse', 'HEAD').trim();
    const pick = gitRun(me, ['cherry-pick', 'old']);
    expect(pick.code).toBe(0);
    expect(pick.stderr).toContain('the extids post-commit hook amends it');
    expect(pick.stderr).toContain('in the cherry-picked commit (amended)');
    expect(git(me, 'rev-parse', 'HEAD^').trim()).toBe(before);
    expect(git(me, 'log', '-1', '--format=%s').trim()).toBe('task on an older base');
    expect(validateAt(me, 'HEAD')).toEqual({
      code: 0,
      out: expect.stringContaining('no problems'),
    });
    expect(git(me, 'status', '--porcelain')).toBe('');
    expect(jiraOf(me)['TASK-CP-1']).toBe('PROJ-1');
    expect(git(me, 'show', 'HEAD:tasks/backlog/picked.md')).toContain(
      `jira: ${jiraOf(me)['TASK-CP-2']}`,
    );
    // An ordinary commit afterwards starts no extids post-commit.
    write(me, 'notes.txt', 'x\n');
    const plain = gitRun(me, ['commit', '-qam', 'notes', '--allow-empty']);
    expect(plain.stderr).not.toContain('extids');
  });
});
