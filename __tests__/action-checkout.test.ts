/**
 * The bundled action on the workspace actions/checkout@v4 leaves with its defaults: one commit
 * deep, on a pull request the detached merge commit GitHub made (`refs/pull/N/merge`), on a push
 * the branch; the event's payload from a real payload file; a bare remote as `origin`.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTION_NODE,
  actionEnv,
  cleanup,
  cli,
  CONFIG,
  FIXTURES,
  git,
  gitRun,
  repo,
  ROOT,
  runBundledAction,
  task,
  tempDir,
  write,
} from './helpers.js';

// @ts-expect-error: a plain ES module shared with bench/
import { startGitHubFake } from './fixtures/github-fake.mjs';

afterAll(cleanup);

const EVENTS = join(FIXTURES, 'events');

/** A payload file's text with its placeholders filled, then `edit`ed as an object. */
function payload(name: string, values: Record<string, string>, edit?: (p: any) => void): string {
  let text = readFileSync(join(EVENTS, name), 'utf8');
  for (const [k, v] of Object.entries(values)) text = text.replaceAll(`{{${k}}}`, v);
  const p = JSON.parse(text);
  edit?.(p);
  return JSON.stringify(p);
}

const commitAll = (dir: string, message: string) => {
  git(dir, 'add', '-A');
  git(dir, 'commit', '-qm', message);
};
const sha = (dir: string, rev: string) => git(dir, 'rev-parse', rev).trim();
const lines = (out: string, level: string) =>
  out.split('\n').filter((l) => l.startsWith(`::${level}`));

interface PullRequestRepo {
  remote: string;
  base: string;
  head: string;
  merge: string;
}

/**
 * A remote whose main has TASK-1A2B (with its IDs), a branch `feature` that adds `files`, main
 * moving on after the branch forked (`mainMoves`), and the merge GitHub makes for pull request 7
 * at `refs/pull/7/merge` (and its head at `refs/pull/7/head`).
 */
function pullRequestRepo(
  files: Record<string, string>,
  mainMoves: Record<string, string> = { 'README.md': '# Tasks\n' },
  o: { assignOnMain?: boolean } = {},
): PullRequestRepo {
  const remote = tempDir('extids-remote-');
  git(remote, 'init', '-q', '--bare', '-b', 'main');
  const dev = tempDir('extids-dev-');
  git(dev, 'init', '-q', '-b', 'main');
  write(dev, '.claude/extids.json', CONFIG);
  write(dev, 'tasks/backlog/TASK-1A2B.md', task('TASK-1A2B'));
  expect(cli(dev, ['assign', '--all']).code).toBe(0);
  commitAll(dev, 'tasks');
  git(dev, 'checkout', '-qb', 'feature');
  for (const [rel, text] of Object.entries(files)) write(dev, rel, text);
  commitAll(dev, 'add a task');
  git(dev, 'checkout', '-q', 'main');
  for (const [rel, text] of Object.entries(mainMoves)) write(dev, rel, text);
  if (o.assignOnMain) expect(cli(dev, ['assign', '--all']).code).toBe(0);
  commitAll(dev, 'main moves on');
  git(dev, 'checkout', '-q', '--detach', 'main');
  git(dev, 'merge', '-q', '--no-ff', '-m', 'Merge feature into main', 'feature');
  git(dev, 'remote', 'add', 'origin', remote);
  git(
    dev,
    'push',
    '-q',
    'origin',
    'main',
    'feature',
    'HEAD:refs/pull/7/merge',
    'feature:refs/pull/7/head',
  );
  return { remote, base: sha(dev, 'main'), head: sha(dev, 'feature'), merge: sha(dev, 'HEAD') };
}

/**
 * What actions/checkout@v4 runs for a pull_request event with `fetch-depth: 1` (its default), or
 * with `fetch-depth: 0` (`full`: every branch with its whole history).
 */
function checkoutPullRequest(remote: string, ref = 'refs/pull/7/merge', full = false): string {
  const ws = tempDir('extids-ws-');
  git(ws, 'init', '-q');
  git(ws, 'remote', 'add', 'origin', remote);
  const depth = full ? [] : ['--depth=1'];
  if (full) git(ws, 'fetch', '-q', '--no-tags', 'origin', '+refs/heads/*:refs/remotes/origin/*');
  git(
    ws,
    'fetch',
    '-q',
    '--no-tags',
    '--prune',
    ...depth,
    'origin',
    `+${ref}:refs/remotes/pull/7/merge`,
  );
  git(ws, 'checkout', '-q', '--force', 'refs/remotes/pull/7/merge');
  return ws;
}

const prEvent = (r: PullRequestRepo, owner = 'acme') => ({
  EVENT_NAME: 'pull_request',
  REF: 'refs/pull/7/merge',
  SHA: r.merge,
  EVENT: payload('pull_request.synchronize.json', {
    BEFORE_SHA: r.base,
    HEAD_SHA: r.head,
    BASE_SHA: r.base,
    MERGE_SHA: r.merge,
    HEAD_REF: 'feature',
    HEAD_OWNER: owner,
  }),
});

/** A task of another title that takes TASK-1A2B's id: a reuse, not a copy. */
const reuse = task('TASK-1A2B').replace('title: "Do TASK-1A2B"', 'title: "Export the report"');

describe('a pull request, checked out as actions/checkout does by default (depth 1, the merge ref)', () => {
  test('a file the pull request adds that reuses a task id (another title) fails the step', () => {
    const r = pullRequestRepo({ 'tasks/backlog/TASK-1A2B-export.md': reuse });
    const ws = checkoutPullRequest(r.remote);
    expect(git(ws, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    expect(git(ws, 'status', '--short', '--branch').split('\n')[0]).toMatch(/no branch|HEAD/);

    const run = runBundledAction(ws, { command: 'validate' }, prEvent(r));
    expect(run.code).toBe(1);
    expect(run.outputs.ok).toBe('false');
    const dup = JSON.parse(run.outputs.findings!).find((f: any) => f.code === 'DUPLICATE_TASK_ID');
    expect(dup).toMatchObject({ severity: 'error', file: 'tasks/backlog/TASK-1A2B-export.md' });
    expect(run.stdout).not.toMatch(/could not tell which files/);
  });

  test('a copy of a task with its title (a task moved by copying) is one task: a warning, as in the hook', () => {
    const r = pullRequestRepo({ 'tasks/completed/TASK-1A2B/TASK-1A2B.md': task('TASK-1A2B') });
    const run = runBundledAction(
      checkoutPullRequest(r.remote),
      { command: 'validate' },
      prEvent(r),
    );
    expect(run.code).toBe(0);
    const dup = JSON.parse(run.outputs.findings!).find((f: any) => f.code === 'DUPLICATE_TASK_ID');
    expect(dup).toMatchObject({ severity: 'warning' });
  });

  test('a pull request that adds a new task passes at the same depth', () => {
    const r = pullRequestRepo({ 'tasks/backlog/TASK-5E6F.md': task('TASK-5E6F') });
    const run = runBundledAction(
      checkoutPullRequest(r.remote),
      { command: 'validate' },
      prEvent(r),
    );
    expect(run.code).toBe(0);
    expect(run.outputs.ok).toBe('true');
  });

  test('a checkout of the head commit alone (no history to the fork point) fails closed with the fix', () => {
    const r = pullRequestRepo({ 'tasks/backlog/TASK-1A2B-export.md': reuse });
    const ws = checkoutPullRequest(r.remote, 'refs/pull/7/head');
    const run = runBundledAction(ws, { command: 'validate' }, prEvent(r));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::could not tell which files pull request #7 adds: .*set `fetch-depth: 0` on actions\/checkout/,
    );
  });
  test('when origin will not give the base commit, the step fails naming fetch-depth: 2, which works', () => {
    const r = pullRequestRepo({ 'tasks/backlog/TASK-1A2B-export.md': reuse });
    const ws = checkoutPullRequest(r.remote);
    git(ws, 'remote', 'set-url', 'origin', join(r.remote, 'gone'));
    const run = runBundledAction(ws, { command: 'validate' }, prEvent(r));
    expect(run.code).toBe(1);
    expect(lines(run.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^::error::could not tell which files pull request #7 adds: its base commit [0-9a-f]{7} is not in the checkout .*; set `fetch-depth: 2` on actions\/checkout, which brings it$/,
      ),
    ]);
    // fetch-depth: 2 brings the merge commit's parents; nothing is fetched then.
    const two = tempDir('extids-ws-');
    git(two, 'init', '-q');
    git(two, 'remote', 'add', 'origin', r.remote);
    git(
      two,
      'fetch',
      '-q',
      '--no-tags',
      '--depth=2',
      'origin',
      '+refs/pull/7/merge:refs/remotes/pull/7/merge',
    );
    git(two, 'checkout', '-q', '--force', 'refs/remotes/pull/7/merge');
    git(two, 'remote', 'set-url', 'origin', join(r.remote, 'gone'));
    const again = runBundledAction(two, { command: 'validate' }, prEvent(r));
    expect(again.code).toBe(1);
    expect(JSON.parse(again.outputs.findings!)).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'DUPLICATE_TASK_ID' }),
    );
  });

  test('a workspace that is no git repository (checkout without git) fails closed', () => {
    const r = pullRequestRepo({ 'tasks/backlog/TASK-1A2B-export.md': reuse });
    const ws = repo({ kind: 'none', tasks: { 'tasks/a.md': task('TASK-1A2B') } });
    const run = runBundledAction(ws, { command: 'validate' }, prEvent(r));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::could not tell which files pull request #7 adds: .* is not a git repository/,
    );
  });
});

describe('commit: true on a pull request', () => {
  const newTask = { 'tasks/backlog/TASK-5E6F.md': task('TASK-5E6F') };

  test("lands on the pull request's branch, as a commit on top of its head", () => {
    const r = pullRequestRepo(newTask);
    const ws = checkoutPullRequest(r.remote);
    write(ws, 'build/output.txt', 'not extids');
    const run = runBundledAction(ws, { command: 'assign', commit: 'true' }, prEvent(r));
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('extids: pushed 3 files to feature');
    const tip = sha(r.remote, 'feature');
    expect(git(r.remote, 'rev-parse', `${tip}^`).trim()).toBe(r.head);
    expect(git(r.remote, 'log', '-1', '--format=%an|%s', 'feature').trim()).toBe(
      'github-actions[bot]|chore(extids): assign external IDs',
    );
    expect(
      git(r.remote, 'show', '--name-only', '--format=', 'feature').trim().split('\n').sort(),
    ).toEqual([
      '.claude/state/external_id_counters.json',
      '.claude/state/external_id_mapping.json',
      'tasks/backlog/TASK-5E6F.md',
    ]);
    expect(git(r.remote, 'show', 'feature:tasks/backlog/TASK-5E6F.md')).toContain('jira: PROJ-2');
    // The merge commit stays GitHub's: nothing of it, nor of main's later commit, is on the branch.
    expect(gitRun(r.remote, ['cat-file', '-e', 'feature:README.md']).code).not.toBe(0);
    expect(git(r.remote, 'for-each-ref', '--format=%(refname)').trim().split('\n').sort()).toEqual([
      'refs/heads/feature',
      'refs/heads/main',
      'refs/pull/7/head',
      'refs/pull/7/merge',
    ]);
  });

  test('a pull request from a fork is refused in one line, and nothing is pushed', () => {
    const r = pullRequestRepo(newTask);
    const run = runBundledAction(
      checkoutPullRequest(r.remote),
      { command: 'assign', commit: 'true' },
      prEvent(r, 'someone'),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::not committing: pull request #7 comes from the fork someone/tasks, which this job',
    );
    expect(sha(r.remote, 'feature')).toBe(r.head);
  });

  test('a push the remote refuses (a token without contents: write) fails the step in one line', () => {
    const r = pullRequestRepo(newTask);
    const ws = checkoutPullRequest(r.remote);
    // What GitHub answers a read-only token, from a hook on the bare remote.
    const hook = write(
      r.remote,
      'hooks/pre-receive',
      '#!/bin/sh\necho "Permission to acme/tasks.git denied to github-actions[bot]." >&2\nexit 1\n',
    );
    chmodSync(hook, 0o755);
    const run = runBundledAction(ws, { command: 'assign', commit: 'true' }, prEvent(r));
    expect(run.code).toBe(1);
    expect(lines(run.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^::error::could not push to feature \(git push failed: .*Permission to acme\/tasks\.git denied.*\); the job's token needs `contents: write`$/,
      ),
    ]);
    expect(sha(r.remote, 'feature')).toBe(r.head);
  });

  test('a state file the base branch also changed is refused, naming it', () => {
    const r = pullRequestRepo(
      newTask,
      { 'tasks/backlog/TASK-9C8D.md': task('TASK-9C8D') },
      { assignOnMain: true },
    );
    const run = runBundledAction(
      checkoutPullRequest(r.remote),
      { command: 'assign', commit: 'true' },
      prEvent(r),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::not committing: \.claude\/state\/external_id_\w+\.json.* differ between feature and its merge with main; merge main into feature/,
    );
    expect(sha(r.remote, 'feature')).toBe(r.head);
  });
});

describe('commit: true on pull_request_target, which runs for the base branch', () => {
  test("a checkout of the pull request's head is refused: its commits never reach the base branch", () => {
    const r = pullRequestRepo({ 'tasks/backlog/TASK-5E6F.md': task('TASK-5E6F') });
    const ws = checkoutPullRequest(r.remote, 'refs/pull/7/head', true);
    const event = {
      ...prEvent(r, 'someone'),
      EVENT_NAME: 'pull_request_target',
      REF: 'refs/heads/main',
      SHA: r.base,
    };
    const run = runBundledAction(ws, { command: 'assign', commit: 'true' }, event);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /::error::not committing: this run is for main, but the checkout is a detached [0-9a-f]{7}/,
    );
    expect(sha(r.remote, 'main')).toBe(r.base);
  });
});

describe('a push, checked out at depth 1', () => {
  test('assign with commit: true pushes one commit on top of the branch', () => {
    const remote = tempDir('extids-remote-');
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    const dev = tempDir('extids-dev-');
    git(dev, 'init', '-q', '-b', 'main');
    write(dev, '.claude/extids.json', CONFIG);
    write(dev, 'tasks/a.md', task('TASK-1A2B'));
    commitAll(dev, 'one');
    write(dev, 'tasks/b.md', task('TASK-3C4D'));
    commitAll(dev, 'two');
    git(dev, 'remote', 'add', 'origin', remote);
    git(dev, 'push', '-q', 'origin', 'main');
    const pushed = sha(dev, 'HEAD');
    // actions/checkout@v4 on a push: the pushed commit, one deep, on its branch.
    const ws = tempDir('extids-ws-');
    git(ws, 'init', '-q');
    git(ws, 'remote', 'add', 'origin', remote);
    git(
      ws,
      'fetch',
      '-q',
      '--no-tags',
      '--depth=1',
      'origin',
      `+${pushed}:refs/remotes/origin/main`,
    );
    git(ws, 'checkout', '-q', '--force', '-B', 'main', 'refs/remotes/origin/main');
    expect(git(ws, 'rev-parse', '--is-shallow-repository').trim()).toBe('true');
    const event = payload('push.json', {
      BEFORE_SHA: sha(dev, 'HEAD^'),
      HEAD_SHA: pushed,
      TREE_SHA: sha(dev, 'HEAD^{tree}'),
    });
    const run = runBundledAction(
      ws,
      { command: 'assign', commit: 'true' },
      { EVENT: event, EVENT_NAME: 'push', REF: 'refs/heads/main', SHA: pushed },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('extids: pushed 4 files to main');
    expect(git(remote, 'rev-parse', 'main^').trim()).toBe(pushed);
    expect(git(remote, 'show', 'main:tasks/b.md')).toContain('jira: PROJ-2');
    // The next push's job has nothing to do: the step log says so, and nothing is pushed.
    const tip = sha(remote, 'main');
    const again = runBundledAction(
      ws,
      { command: 'assign', commit: 'true' },
      { EVENT: event, EVENT_NAME: 'push', REF: 'refs/heads/main', SHA: tip },
    );
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('extids: nothing to commit (no file changed)');
    expect(sha(remote, 'main')).toBe(tip);
  });
});

/** The bundled action as a process, asynchronously: the GitHub fake answers from this process. */
function bundledActionLater(
  ws: string,
  inputs: Record<string, string>,
  extra: Record<string, string>,
): Promise<{ code: number; stdout: string }> {
  const { env } = actionEnv(ws, inputs, extra);
  return new Promise((res) => {
    const p = spawn(ACTION_NODE, [join(ROOT, 'dist', 'index.js')], { cwd: ws, env });
    let stdout = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stdout += d));
    p.on('close', (code) => res({ code: code ?? -1, stdout }));
  });
}

describe('command: sync on a push checkout that a newer push overtook (a queued job)', () => {
  test('syncs the branch as origin has it now, green, and leaves the workspace as it is', async () => {
    const fake = await startGitHubFake();
    try {
      const sync = JSON.stringify({ tools: { github: { mode: 'sync', repo: 'acme/tasks' } } });
      const remote = tempDir('extids-remote-');
      git(remote, 'init', '-q', '--bare', '-b', 'main');
      const dev = tempDir('extids-dev-');
      git(dev, 'init', '-q', '-b', 'main');
      write(dev, '.claude/extids.json', sync);
      write(dev, 'tasks/a.md', task('TASK-1A2B'));
      commitAll(dev, 'one');
      git(dev, 'remote', 'add', 'origin', remote);
      git(dev, 'push', '-q', 'origin', 'main');
      const pushed = sha(dev, 'HEAD');
      // The job's checkout: the pushed commit, one deep, on its branch.
      const ws = tempDir('extids-ws-');
      git(ws, 'init', '-q');
      git(ws, 'remote', 'add', 'origin', remote);
      git(
        ws,
        'fetch',
        '-q',
        '--no-tags',
        '--depth=1',
        'origin',
        `+${pushed}:refs/remotes/origin/main`,
      );
      git(ws, 'checkout', '-q', '--force', '-B', 'main', 'refs/remotes/origin/main');
      // While the job waited in its concurrency group, the next push landed.
      write(dev, 'tasks/b.md', task('TASK-3C4D'));
      commitAll(dev, 'two');
      git(dev, 'push', '-q', 'origin', 'main');
      const event = payload('push.json', {
        BEFORE_SHA: '0'.repeat(40), // the branch's first push
        HEAD_SHA: pushed,
        TREE_SHA: sha(dev, `${pushed}^{tree}`),
      });
      const r = await bundledActionLater(
        ws,
        { command: 'sync', token: fake.token },
        { EVENT: event, EVENT_NAME: 'push', REF: 'refs/heads/main', SHA: pushed, API: fake.url },
      );
      expect(lines(r.stdout, 'error')).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/syncing origin\/main as it is/);
      expect(r.stdout).not.toMatch(/pull first|pull to get them/);
      // Both tasks, the one pushed after the job's commit too, have their one issue on main.
      const mapping = JSON.parse(
        git(remote, 'show', 'main:.claude/state/external_id_mapping.json'),
      );
      const numbers = fake.issues().map((i: { number: number }) => String(i.number));
      expect(numbers).toHaveLength(2);
      expect(
        Object.values(mapping.mappings)
          .map((m: any) => m.github)
          .sort(),
      ).toEqual(numbers.sort());
      expect(git(remote, 'show', 'main:tasks/b.md')).toMatch(/github: "\d+"/);
      // The workspace is left at the job's commit.
      expect(sha(ws, 'HEAD')).toBe(pushed);
    } finally {
      await fake.close();
    }
  });
});
