/**
 * Sync mode (#16): real GitHub issues, created exactly once. A GitHub REST fake on 127.0.0.1
 * (fixtures/github-fake.mjs), real git clones of a real bare remote, the built CLI as a process.
 * Every run uses the token Actions hands out (an installation token with issues: write and
 * contents: write, whose permissions the fake enforces, GET /user refused), the kill and race
 * tests included; `expectExactlyOnce` checks that no request was refused.
 */
import { afterAll, afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ACTION_NODE,
  actionEnv,
  BIN,
  cleanup,
  cli,
  cliAsync,
  git,
  MAPPING,
  read,
  readJson,
  ROOT,
  tempDir,
  testEnv,
  write,
  type Run,
} from './helpers.js';
import { Git } from '../src/core/git.js';
import { serverOfApi } from '../src/core/sync/github.js';
import { fetchIntents, pushIntents } from '../src/core/sync/intents.js';
// @ts-expect-error: a plain ES module shared with bench/
import { startGitHubFake } from './fixtures/github-fake.mjs';

jest.setTimeout(120_000);
afterAll(cleanup);

type Fake = Awaited<ReturnType<typeof startGitHubFake>>;
let fake: Fake;
beforeEach(async () => {
  fake = await startGitHubFake();
  fake.seedPullRequests(3); // numbers 1-3 are pull requests: a predicted "github: 1" is wrong
});
afterEach(() => fake.close());

const LINKS = '.claude/state/external_id_links.json';
const SYNC_CONFIG = JSON.stringify({ tools: { github: { mode: 'sync', repo: 'acme/tasks' } } });

const taskText = (id: string, status = 'backlog', body = `Body of ${id}.`) =>
  `---\nid: ${id}\ntitle: "Title of ${id}"\nstatus: ${status}\ncreated: 2026-01-01T00:00:00Z\n---\n\n${body}\n`;

/** A bare remote with one commit (config, state files, tasks) and a clone of it. */
function remoteWithTasks(ids: string[]): { remote: string; clone: string } {
  const remote = tempDir('extids-remote-');
  git(remote, 'init', '-q', '--bare', '-b', 'main');
  const seed = tempDir('extids-seed-');
  git(seed, 'init', '-q', '-b', 'main');
  write(seed, '.claude/extids.json', SYNC_CONFIG);
  for (const id of ids) write(seed, `tasks/backlog/${id}.md`, taskText(id));
  git(seed, 'add', '-A');
  git(seed, 'commit', '-qm', 'tasks', '--no-verify');
  git(seed, 'remote', 'add', 'origin', remote);
  git(seed, 'push', '-q', '-u', 'origin', 'main');
  return { remote, clone: cloneOf(remote) };
}

function cloneOf(remote: string): string {
  const c = tempDir('extids-clone-');
  git(c, 'clone', '-q', remote, '.');
  return c;
}

/** Pushes new tasks to the remote's branch, as a person's commit does. */
function pushTasks(remote: string, ids: string[]): void {
  const c = cloneOf(remote);
  for (const id of ids) write(c, `tasks/backlog/${id}.md`, taskText(id));
  git(c, 'add', '-A');
  git(c, 'commit', '-qm', `${ids.length} more tasks`, '--no-verify');
  git(c, 'push', '-q', 'origin', 'main');
}

const env = (extra: Record<string, string> = {}) => ({
  GITHUB_TOKEN: fake.token,
  GITHUB_API_URL: fake.url,
  EXTIDS_HTTP_TIMEOUT_MS: '1500',
  EXTIDS_SYNC_LEASE_MS: '4000',
  ...extra,
});

/** The built CLI as a process (asynchronously: the fake answers from this process). */
const sync = (cwd: string, args: string[] = [], extra: Record<string, string> = {}): Promise<Run> =>
  cliAsync(cwd, ['sync', ...args], env(extra));

const hasMapping = (remote: string) =>
  git(remote, 'ls-tree', '--name-only', 'main', MAPPING).trim() !== '';

/** The mapping as the remote's main branch has it. */
function remoteMapping(remote: string): Record<string, { github?: string }> {
  const text = git(remote, 'show', `main:${MAPPING}`);
  return JSON.parse(text).mappings;
}

/** Every task has exactly one issue, whose number the remote's mapping and frontmatter hold. */
function expectExactlyOnce(remote: string, ids: string[]): void {
  const issues = fake.issues();
  const byTask = new Map<string, number[]>();
  for (const i of issues) {
    // extids's own marker is the last one: a task's text may quote others.
    const m = [...(i.body ?? '').matchAll(/task=(\S+) -->/g)].at(-1);
    if (m) byTask.set(m[1]!, [...(byTask.get(m[1]!) ?? []), i.number]);
  }
  const mapping = remoteMapping(remote);
  const check = cloneOf(remote);
  for (const id of ids) {
    expect({ id, numbers: byTask.get(id) }).toEqual({ id, numbers: [expect.any(Number)] });
    const n = byTask.get(id)![0]!;
    expect(n).toBeGreaterThan(3); // never a pull request's number
    expect(mapping[id]?.github).toBe(String(n));
    expect(read(check, `tasks/backlog/${id}.md`)).toContain(`github: "${n}"`);
  }
  // Every request was one the Actions token may make.
  expect(fake.state.refused).toEqual([]);
  // No issue with a marker beyond one per task (issues made by hand do not count).
  expect(
    issues.filter((i: { body: string | null }) => /<!-- extids:/.test(i.body ?? '')),
  ).toHaveLength(ids.length);
}

describe('extids sync', () => {
  test('creates one issue per task, records the real numbers and pushes them', async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B', 'TASK-3C3C'];
    const { remote, clone } = remoteWithTasks(ids);
    const r = await sync(clone);
    expect(r.code).toBe(0);
    // Progress on stderr, the result on stdout, each once.
    expect(r.stdout.match(/created #4 for TASK-1A1A/g)).toHaveLength(1);
    expect(r.stderr).toMatch(/creating the GitHub issue for TASK-1A1A/);
    expect(r.stderr).not.toMatch(/created #/);
    // The counts describe the state the run leaves: three mappings written.
    expect(r.stdout).toMatch(/3 mappings, 3 tasks/);
    expectExactlyOnce(remote, ids);
    const links = readJson(clone, LINKS).links;
    expect(links['TASK-1A1A'].github).toMatchObject({ key: '4' });
    // The issue carries the body, a link to the task file and the marker.
    const issue = fake.issues()[0];
    expect(issue.title).toBe('Title of TASK-1A1A');
    expect(issue.body).toContain('Body of TASK-1A1A.');
    expect(issue.body).toContain('tasks/backlog/TASK-1A1A.md');
    // A second run has nothing to do and sends no write.
    const writes = fake.state.writes;
    const again = await sync(clone);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/nothing to sync/);
    expect(fake.state.writes).toBe(writes);
    // The intents ref is cleared.
    expect(git(remote, 'show', 'refs/extids/intents:intents.json')).toMatch(/"intents": \{\}/);
  });

  test('--dry-run prints the plan and sends no write request', async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A', 'TASK-2B2B']);
    const r = await sync(clone, ['--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/would create a GitHub issue for TASK-1A1A/);
    expect(fake.state.requests.filter((q: { method: string }) => q.method !== 'GET')).toEqual([]);
    expect(fake.issues()).toHaveLength(0);
  });

  test('--max-creates refuses a larger plan with the count and the flag to pass', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `TASK-${i}A${i}A`);
    const { clone } = remoteWithTasks(ids);
    const r = await sync(clone, ['--max-creates', '5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /creates 6 GitHub issues, more than --max-creates 5; pass --max-creates 6/,
    );
    expect(fake.issues()).toHaveLength(0);
  });

  test('a lost response is looked up by its marker and adopted, never created twice', async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B'];
    const { remote, clone } = remoteWithTasks(ids);
    fake.seedIssues(150); // the account's earlier issues: the lookup pages (per_page 100, Link)
    fake.inject('lost', 'POST', /\/issues$/);
    fake.inject('502', 'POST', /\/issues$/);
    const r = await sync(clone);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/looking for its marker/);
    // The 502 was not performed, but a 502 may have been: that task keeps its intent until the
    // lease ends; the next run looks for the marker again, finds none, and creates it.
    expect(r.stdout).toMatch(/SYNC_LEFT/);
    const early = await sync(clone);
    expect(early.stdout).toMatch(
      /TASK-\w+: held by a sync run that started at \S+Z, not heard from since \S+Z/,
    );
    await new Promise((res) => setTimeout(res, 4000));
    const again = await sync(clone);
    expect(again.code).toBe(0);
    expectExactlyOnce(remote, ids);
    const pages = fake.state.requests.filter(
      (q: { method: string; path: string }) => q.method === 'GET' && q.path.endsWith('/issues'),
    );
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(fake.state.requests.some((q: { path: string }) => q.path === '/search/issues')).toBe(
      false,
    );
  });

  test("a task whose text quotes a marker (its own with another digest, another task's) is found by its own after a lost response: never created twice", async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B'];
    const { remote, clone } = remoteWithTasks(ids);
    fake.inject('lost', 'POST', /\/issues$/);
    const first = await sync(clone);
    expect(first.code).toBe(0);
    const other = fake.issues().find((i: { body: string }) => /task=TASK-1A1A -->/.test(i.body));
    const quoted = other ? /<!-- extids:\w+ task=TASK-1A1A -->/.exec(other.body)![0] : '';
    // A second task whose text pastes TASK-1A1A's marker and a made-up one of its own.
    const file = 'tasks/backlog/TASK-3C3C.md';
    const body = `Pasted: ${quoted}\n\nIn code: \`<!-- extids:0123456789abcdef task=TASK-3C3C -->\``;
    write(clone, file, taskText('TASK-3C3C').replace('Body of TASK-3C3C.', body));
    git(clone, 'add', '-A');
    git(clone, 'commit', '-qm', 'a task that quotes markers', '--no-verify');
    git(clone, 'push', '-q');
    fake.inject('lost', 'POST', /\/issues$/);
    const lost = await sync(clone);
    expect(lost.code).toBe(0);
    await new Promise((res) => setTimeout(res, 4000)); // the lease of the unknown create ends
    const again = await sync(clone);
    expect(again.code).toBe(0);
    expect((await sync(clone)).stdout).toMatch(/nothing to sync/);
    expectExactlyOnce(remote, [...ids, 'TASK-3C3C']);
  });

  test('refuses a branch without an upstream, or behind it, with one line', async () => {
    const { remote, clone } = remoteWithTasks(['TASK-1A1A']);
    git(clone, 'checkout', '-q', '-b', 'local');
    const r = await sync(clone);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no upstream/);
    git(clone, 'checkout', '-q', 'main');
    const other = cloneOf(remote);
    write(other, 'README.md', 'x\n');
    git(other, 'add', 'README.md');
    git(other, 'commit', '-qm', 'x', '--no-verify');
    git(other, 'push', '-q');
    const behind = await sync(clone);
    expect(behind.code).toBe(2);
    expect(behind.stderr).toMatch(/1 commit\(s\) behind origin\/main; pull first/);
    expect(fake.issues()).toHaveLength(0);
  });
});

/** A run of the built CLI killed with SIGKILL after `ms` (or finished before). */
function killedAfter(cwd: string, ms: number, extra: Record<string, string>): Promise<string> {
  return new Promise((res) => {
    // Its own process group: the kill takes git children (a push in flight) with it, as a
    // runner that dies does.
    const p = spawn(process.execPath, [BIN, 'sync', '--max-creates', '100'], {
      cwd,
      env: testEnv(env(extra)),
      detached: true,
    });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    const t = setTimeout(() => process.kill(-p.pid!, 'SIGKILL'), ms);
    p.on('close', (code, signal) => {
      clearTimeout(t);
      res(signal ?? (code === 0 ? '0' : `${code}: ${err.trim().split('\n').pop()}`));
    });
  });
}

/** Waits until no intent on the remote is live: the next run may take every task over. */
async function leasesEnded(remote: string): Promise<void> {
  let text: string;
  try {
    text = git(remote, 'show', 'refs/extids/intents:intents.json');
  } catch {
    return; // no intent was ever pushed
  }
  const intents = Object.values(
    (JSON.parse(text) as { intents: Record<string, { expires: string }> }).intents,
  );
  const last = Math.max(0, ...intents.map((i) => Date.parse(i.expires)));
  if (last > Date.now()) await new Promise((r) => setTimeout(r, last - Date.now() + 50));
}

/**
 * Sync runs without faults (each with the default ten-minute lease) until one has nothing left,
 * waiting first for the short leases the faulty runs left behind to run out.
 */
async function settle(remote: string, lease: number): Promise<void> {
  fake.state.faultRate = 0;
  let last = '';
  for (let i = 0; i < 8; i++) {
    await new Promise((r) => setTimeout(r, lease + 200));
    const r = await sync(cloneOf(remote), ['--max-creates', '100'], { EXTIDS_SYNC_LEASE_MS: '' });
    last = `exit ${r.code}\n${r.stdout}${r.stderr}`;
    expect(r.code).toBe(0);
    if (/nothing to sync/.test(r.stdout)) return;
  }
  throw new Error(`sync did not settle after eight clean runs; the last said:\n${last}`);
}

describe('--dry-run reads the tracker and shows what apply would do', () => {
  const commitAll = (clone: string, msg: string) => {
    git(clone, 'add', '-A');
    git(clone, 'commit', '-qm', msg, '--no-verify');
    git(clone, 'push', '-q');
  };
  const writes = () =>
    fake.state.requests.filter((q: { method: string }) => q.method !== 'GET').length;

  test("a close as close, a person's edit as a conflict, a task another run holds as held; no write", async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A', 'TASK-2B2B']);
    expect((await sync(clone)).code).toBe(0);
    const n = (id: string) => Number(readJson(clone, MAPPING).mappings[id].github);
    fake.edit(n('TASK-2B2B'), { title: 'Renamed by a person' });
    const file = (id: string) => `tasks/backlog/${id}.md`;
    write(clone, file('TASK-1A1A'), read(clone, file('TASK-1A1A')).replace('backlog', 'completed'));
    write(
      clone,
      file('TASK-2B2B'),
      read(clone, file('TASK-2B2B')).replace('Body of', 'New body of'),
    );
    write(clone, file('TASK-3C3C'), taskText('TASK-3C3C'));
    commitAll(clone, 'close one, edit one, add one');
    // Another run, alive, holds TASK-3C3C's create.
    const g = new Git(clone);
    const stamp = (ms: number) => new Date(Date.now() + ms).toISOString().replace(/\.\d+Z$/, 'Z');
    const held = {
      run: 'another',
      started: stamp(0),
      since: stamp(0),
      heard: stamp(0),
      expires: stamp(60_000),
    };
    pushIntents(g, 'origin', fetchIntents(g, 'origin'), { 'github:TASK-3C3C': held }, 'test');
    const before = writes();
    const dry = await sync(clone, ['--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/TASK-1A1A\.md: would close #\d+ for TASK-1A1A/);
    // The person renamed it, the task's body changed: the body is sent, the title kept.
    expect(dry.stdout).toMatch(/TASK-2B2B\.md: would update #\d+ for TASK-2B2B/);
    expect(dry.stdout).toMatch(
      /warning SYNC_CONFLICT TASK-2B2B: issue #\d+ was edited in GitHub.*its title differs from the task and is kept/,
    );
    expect(dry.stdout).toMatch(
      /TASK-3C3C\.md: would leave TASK-3C3C to another run \(held by a sync run that started at/,
    );
    expect(writes()).toBe(before);
    // Apply does what the dry run showed.
    const applied = await sync(clone);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/closed #\d+ for TASK-1A1A/);
    expect(applied.stdout).toMatch(/SYNC_CONFLICT.*TASK-2B2B: issue #\d+ was edited in GitHub/);
    expect(applied.stdout).toMatch(/SYNC_LEFT.*TASK-3C3C: held by a sync run/);
  });

  test('an unreachable API is exit 2 naming the request; refused credentials too', async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A']);
    const down = await sync(clone, ['--dry-run'], { GITHUB_API_URL: 'http://127.0.0.1:9' });
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/GitHub GET \/repos\/acme\/tasks/);
    const refused = await sync(clone, ['--dry-run'], { GITHUB_TOKEN: 'wrong' });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/GitHub GET \/repos\/acme\/tasks failed \(401\)/);
  });
});

describe('keeping issues up to date', () => {
  test('a completed task closes its issue, a task moved back reopens it, an edit updates it', async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A', 'TASK-2B2B']);
    expect((await sync(clone)).code).toBe(0);
    const n = (id: string) => Number(readJson(clone, MAPPING).mappings[id].github);
    const issue = (id: string) => fake.issues().find((i: { number: number }) => i.number === n(id));
    const commit = (msg: string) => {
      git(clone, 'commit', '-qam', msg, '--no-verify');
      git(clone, 'push', '-q');
    };
    const edit = (id: string, from: string, to: string) =>
      write(
        clone,
        `tasks/backlog/${id}.md`,
        read(clone, `tasks/backlog/${id}.md`).replace(from, to),
      );
    edit('TASK-1A1A', 'status: backlog', 'status: completed');
    edit('TASK-2B2B', 'status: backlog', 'status: cancelled');
    commit('done');
    const closed = await sync(clone);
    expect(closed.code).toBe(0);
    expect(closed.stdout).toMatch(/closed #\d+ for TASK-1A1A/);
    expect(issue('TASK-1A1A')).toMatchObject({ state: 'closed', state_reason: 'completed' });
    expect(issue('TASK-2B2B')).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
    edit('TASK-1A1A', 'status: completed', 'status: in_progress');
    edit('TASK-2B2B', 'Body of TASK-2B2B.', 'A new body.');
    commit('reopened');
    const reopened = await sync(clone);
    expect(reopened.code).toBe(0);
    expect(issue('TASK-1A1A')).toMatchObject({ state: 'open', state_reason: null });
    expect(issue('TASK-2B2B').body).toContain('A new body.');
    expect(issue('TASK-2B2B').state).toBe('closed');
  });

  test("a person's edit in GitHub is reported as SYNC_CONFLICT, not overwritten; the fields they left go on being synced", async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A']);
    expect((await sync(clone)).code).toBe(0);
    const number = Number(readJson(clone, MAPPING).mappings['TASK-1A1A'].github);
    const theirs = `Written by a person.\n\n${fake.issues()[0].body}`;
    fake.edit(number, { title: 'Renamed by a person', body: theirs });
    write(
      clone,
      'tasks/backlog/TASK-1A1A.md',
      read(clone, 'tasks/backlog/TASK-1A1A.md').replace('Body of', 'Changed body of'),
    );
    git(clone, 'commit', '-qam', 'edit', '--no-verify');
    git(clone, 'push', '-q');
    const writes = fake.state.writes;
    const r = await sync(clone);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(
        `SYNC_CONFLICT.*TASK-1A1A: issue #${number} was edited in GitHub.*its title, body differ from the task and are kept`,
      ),
    );
    expect(fake.state.writes).toBe(writes);
    expect(fake.issues()[0]).toMatchObject({ title: 'Renamed by a person', body: theirs });
    // The task completes: the close is sent, the person's title and body stay.
    write(
      clone,
      'tasks/backlog/TASK-1A1A.md',
      read(clone, 'tasks/backlog/TASK-1A1A.md').replace('status: backlog', 'status: completed'),
    );
    git(clone, 'commit', '-qam', 'done', '--no-verify');
    git(clone, 'push', '-q');
    const done = await sync(clone);
    expect([done.code, done.stdout]).toEqual([
      0,
      expect.stringMatching(/closed #\d+ for TASK-1A1A/),
    ]);
    expect(fake.issues()[0]).toMatchObject({
      title: 'Renamed by a person',
      body: theirs,
      state: 'closed',
    });
  });

  test('--rebuild-links restores a deleted links file from the markers', async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B'];
    const { clone } = remoteWithTasks(ids);
    expect((await sync(clone)).code).toBe(0);
    const before = readJson(clone, LINKS).links;
    git(clone, 'rm', '-q', LINKS);
    git(clone, 'commit', '-qm', 'lost the links', '--no-verify');
    git(clone, 'push', '-q');
    const r = await sync(clone, ['--rebuild-links']);
    expect(r.code).toBe(0);
    const after = readJson(clone, LINKS).links;
    for (const id of ids)
      expect(after[id].github).toMatchObject({
        key: before[id].github.key,
        id: before[id].github.id,
        url: before[id].github.url,
      });
    expect((await sync(clone)).stdout).toMatch(/nothing to sync/);
  });
});

describe('the links file', () => {
  /** Edits a file of the clone, commits and pushes it (a person's change reaching main). */
  const pushEdit = (clone: string, file: string, edit: (text: string) => string, msg: string) => {
    write(clone, file, edit(read(clone, file)));
    git(clone, 'commit', '-qam', msg, '--no-verify');
    git(clone, 'push', '-q');
  };

  test('GitHub storing a body differently from what was sent costs no request on the next run', async () => {
    fake.close();
    // Stands for a server that normalises what it stores: trailing newlines dropped.
    fake = await startGitHubFake({ storeBody: (b: string) => b.replace(/\n+$/, '') });
    fake.seedPullRequests(3);
    const { clone } = remoteWithTasks(['TASK-1A1A']);
    expect((await sync(clone)).code).toBe(0);
    const link = readJson(clone, LINKS).links['TASK-1A1A'].github;
    expect(link.sent).not.toBe(link.hash); // what was sent, and what GitHub made of it
    const before = fake.state.requests.length;
    const again = await sync(clone);
    expect(again.stdout).toMatch(/nothing to sync/);
    expect(fake.state.requests.length).toBe(before); // not one request: nothing changed
    // A change of the task is one PATCH, not a conflict; then quiet again.
    pushEdit(clone, 'tasks/backlog/TASK-1A1A.md', (t) => t.replace('Body of', 'New body of'), 'e');
    const writes = fake.state.writes;
    const edit = await sync(clone);
    expect(edit.stdout).not.toMatch(/SYNC_CONFLICT/);
    expect(edit.stdout).toMatch(/updated #4 for TASK-1A1A/);
    expect(fake.state.writes).toBe(writes + 1);
    expect((await sync(clone)).stdout).toMatch(/nothing to sync/);
    expect(fake.state.writes).toBe(writes + 1);
  });

  test('a mapping that lost a number the links file knows: validate warns, sync relinks, no second issue', async () => {
    const { remote, clone } = remoteWithTasks(['TASK-1A1A']);
    expect((await sync(clone)).code).toBe(0);
    pushEdit(clone, MAPPING, (t) => t.replace(/"github": "4"/, '"github": "77"'), 'wrong number');
    const v = cli(clone, ['validate']);
    expect(v.stdout).toMatch(
      /external_id_links\.json.*LINK_MISMATCH.*TASK-1A1A: links to GitHub issue #4, but the mapping says github 77/,
    );
    // The mapping loses the number altogether (and the frontmatter with it).
    const dropGithub = (t: string) => t.replace(/,?\s*"github": "77"/, '');
    pushEdit(clone, MAPPING, dropGithub, 'lost it');
    pushEdit(clone, 'tasks/backlog/TASK-1A1A.md', (t) => t.replace(/\n {2}github: "4"/, ''), 'x');
    expect(cli(clone, ['validate']).stdout).toMatch(/LINK_MISMATCH.*has no GitHub number for it/);
    const r = await sync(clone);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/linked #4 for TASK-1A1A/);
    expect(fake.issues()).toHaveLength(1);
    expect(remoteMapping(remote)['TASK-1A1A']?.github).toBe('4');
    expect(cli(clone, ['validate', '--json']).stdout).not.toMatch(/LINK_MISMATCH/);
  });

  test('validate reports a damaged links file with its line; sync refuses it and leaves it as it is', async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A']);
    expect((await sync(clone)).code).toBe(0);
    const good = read(clone, LINKS);
    const bad = good.replace('"key": "4"', '"key": 4');
    write(clone, LINKS, bad);
    const v = cli(clone, ['validate']);
    expect(v.code).toBe(1);
    const line = bad.split('\n').findIndex((l) => l.includes('"key": 4')) + 1;
    expect(v.stdout).toMatch(
      new RegExp(`external_id_links\\.json:${line}.*SCHEMA_INVALID.*TASK-1A1A\\.github\\.key`),
    );
    write(clone, LINKS, good.replace(/\}\s*$/, '}}'));
    expect(cli(clone, ['validate']).stdout).toMatch(/external_id_links\.json:\d+.*PARSE_ERROR/);
    git(clone, 'commit', '-qam', 'damage', '--no-verify');
    git(clone, 'push', '-q');
    const damaged = read(clone, LINKS);
    const r = await sync(clone);
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/external_id_links\.json is damaged/);
    expect(read(clone, LINKS)).toBe(damaged);
  });

  test('--tools names the tools to sync; a tool not in sync mode is a usage error', async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A']);
    const ok = await sync(clone, ['--tools', 'github', '--dry-run']);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/would create a GitHub issue for TASK-1A1A/);
    const no = await sync(clone, ['--tools', 'jira', '--dry-run']);
    expect(no.code).toBe(2);
    expect(no.stderr).toMatch(/--tools names Jira, which is not in sync mode/);
    // A key after the name belongs in the config: refused, not silently dropped.
    const keyed = await sync(clone, ['--tools', 'github:OPS', '--dry-run']);
    expect([keyed.code, keyed.stderr]).toEqual([
      2,
      expect.stringMatching(/--tools github:OPS: sync takes tool names/),
    ]);
  });
});

describe('rate limits', () => {
  test('a secondary rate limit is waited out; a spent budget keeps what finished and exits 0', async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B', 'TASK-3C3C'];
    const { remote, clone } = remoteWithTasks(ids);
    fake.inject('secondary', 'POST', /\/issues$/);
    // Two requests left in the budget, resetting in an hour.
    fake.state.rateLimit.limit = fake.state.rateLimit.used + 2;
    const r = await sync(clone);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /SYNC_LEFT.*rate limit is spent until .* with 1 task\(s\) left.*TASK-3C3C/,
    );
    expect(fake.issues()).toHaveLength(2);
    expect(Object.keys(remoteMapping(remote))).toHaveLength(2);
    // The budget resets: the next run finishes the rest.
    fake.state.rateLimit.limit = 5000;
    fake.state.rateLimit.resetAt = Math.floor(Date.now() / 1000) + 3600;
    expect((await sync(clone)).code).toBe(0);
    expectExactlyOnce(remote, ids);
  });
});

describe('exactly once under faults', () => {
  test('SIGKILLed at random moments, with lost responses, 502s and time-outs, then a clean run', async () => {
    const taskIds = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => `TASK-K${String(from + i).padStart(2, '0')}A`);
    const ids = taskIds(0, 20);
    const { remote } = remoteWithTasks(ids);
    fake.state.faultRate = 0.25;
    fake.state.slowMs = 700;
    fake.state.latencyMs = 25; // a run lasts long enough to be killed among its creates
    const lease = 2500;
    const kills = Number(process.env.EXTIDS_SYNC_CRASH_LOOPS ?? 15);
    const outcomes: string[] = [];
    const killed = () => outcomes.filter((o) => o === 'SIGKILL').length;
    while (killed() < kills && outcomes.length < kills * 4) {
      // Every run has work to be killed in: when the last tasks are on the remote's branch with
      // their numbers, ten more are pushed; and a run starts once the last killed run's lease
      // has ended (a run that meets a live intent leaves that task alone and ends at once), so
      // it takes the killed run's tasks over: marker look-up, adoption, the rest created.
      const mapping = hasMapping(remote) ? remoteMapping(remote) : {};
      if (ids.every((id) => mapping[id]?.github)) {
        const more = taskIds(ids.length, 10);
        pushTasks(remote, more);
        ids.push(...more);
      }
      await leasesEnded(remote);
      // Each run is a fresh clone, as a CI job is: the killed job's disk is gone.
      const ms = 30 + Math.floor(Math.random() * 900);
      outcomes.push(
        await killedAfter(cloneOf(remote), ms, {
          EXTIDS_SYNC_LEASE_MS: String(lease),
          EXTIDS_HTTP_TIMEOUT_MS: '400',
        }),
      );
    }
    expect({ killed: killed(), outcomes }).toEqual({ killed: kills, outcomes });
    expect(outcomes.filter((o) => o !== 'SIGKILL' && o !== '0')).toEqual([]);
    await settle(remote, lease);
    expectExactlyOnce(remote, ids);
    // Lookups went through the list endpoint, never the lagging search.
    expect(fake.state.requests.some((q: { path: string }) => q.path === '/search/issues')).toBe(
      false,
    );
  });

  test('two clones sync the same ten new tasks at the same moment: one issue per task', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `TASK-R${i}B${i}`);
    const { remote, clone } = remoteWithTasks(ids);
    const other = cloneOf(remote);
    fake.state.faultRate = 0.15;
    fake.state.slowMs = 700;
    const lease = 3000;
    const extra = { EXTIDS_SYNC_LEASE_MS: String(lease), EXTIDS_HTTP_TIMEOUT_MS: '400' };
    const [a, b] = await Promise.all([sync(clone, [], extra), sync(other, [], extra)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    await settle(remote, lease);
    expectExactlyOnce(remote, ids);
  });

  test('a run whose claim lands after another run recorded and released the same tasks creates nothing', async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B'];
    const { remote, clone } = remoteWithTasks(ids);
    const late = cloneOf(remote);
    // The remote holds the late run's first intents push until the test says go: meanwhile the
    // other run claims, creates, records and releases, so the late run's plan is stale.
    const waiting = join(remote, 'waiting');
    const go = join(remote, 'go');
    writeFileSync(
      join(remote, 'hooks', 'pre-receive'),
      `#!/bin/sh\ngrep -q refs/extids/intents || exit 0\n[ -e "${go}" ] && exit 0\n[ -e "${waiting}" ] && exit 0\ntouch "${waiting}"\nwhile [ ! -e "${go}" ]; do sleep 0.05; done\n`,
    );
    chmodSync(join(remote, 'hooks', 'pre-receive'), 0o755);
    const held = sync(late);
    await until(() => existsSync(waiting));
    const first = await sync(clone);
    expect(first.code).toBe(0);
    expect(intentsOn(remote)).toEqual({}); // recorded and released
    writeFileSync(go, '');
    const r = await held;
    expect([r.code, r.stdout]).toEqual([0, expect.any(String)]);
    expect(r.stderr).toMatch(
      /TASK-1A1A: another run recorded its GitHub item meanwhile; left to it/,
    );
    expect(r.stdout).not.toMatch(/created/);
    expectExactlyOnce(remote, ids);
    expect(intentsOn(remote)).toEqual({});
  });
});

/** A process, asynchronously (the fake answers from this process): exit code and output. */
function proc(cmd: string, args: string[], cwd: string, e: NodeJS.ProcessEnv): Promise<Run> {
  return new Promise((res) => {
    const p = spawn(cmd, args, { cwd, env: e });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => res({ code: code ?? -1, stdout, stderr }));
  });
}

describe('the action runs command: sync', () => {
  test('the bundled action as a process creates the issues and pushes the numbers as the bot', async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B'];
    const { remote, clone } = remoteWithTasks(ids);
    const { env: e, files } = actionEnv(
      clone,
      { command: 'sync', token: fake.token, 'max-creates': '5' },
      { API: fake.url },
    );
    const r = await proc(ACTION_NODE, [join(ROOT, 'dist', 'index.js')], clone, e);
    expect(r.stdout).not.toMatch(/::error::/);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/created #4 for TASK-1A1A/g)).toHaveLength(1);
    expect(readFileSync(files.GITHUB_OUTPUT, 'utf8')).toMatch(/ok<<ghadelimiter_[\w-]+\ntrue\n/);
    expectExactlyOnce(remote, ids);
    expect(git(remote, 'log', '-1', '--format=%an', 'main').trim()).toBe('github-actions[bot]');
  });

  test('through @github/local-action, a plan beyond max-creates fails the step naming the flag', async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A', 'TASK-2B2B']);
    const t = tempDir('extids-la-sync-');
    const envFile = join(t, '.env');
    const vars = {
      INPUT_COMMAND: 'sync',
      INPUT_TOKEN: fake.token,
      'INPUT_MAX-CREATES': '1',
      GITHUB_API_URL: fake.url,
      GITHUB_REPOSITORY: 'acme/tasks',
      GITHUB_WORKSPACE: clone,
      RUNNER_TEMP: t,
      GITHUB_STEP_SUMMARY: join(t, 'summary.md'),
    };
    writeFileSync(vars.GITHUB_STEP_SUMMARY, '');
    writeFileSync(
      envFile,
      Object.entries(vars)
        .map(([k, v]) => `${k}=${v}`)
        .join('\n') + '\n',
    );
    const r = await proc(
      process.execPath,
      [
        join(ROOT, 'node_modules/@github/local-action/bin/local-action.js'),
        'run',
        ROOT,
        'src/action/main.ts',
        envFile,
      ],
      ROOT,
      testEnv({ NO_COLOR: '1', TMPDIR: t }), // tsx, under local-action, keeps files in TMPDIR
    );
    expect(r.stdout).toMatch(
      /::error::.*creates 2 GitHub issues, more than --max-creates 1; pass --max-creates 2/,
    );
    expect(fake.issues()).toHaveLength(0);
  });
});

describe('offline doors in sync mode', () => {
  test('assign never invents a GitHub number; validate reports the task as pending (info)', () => {
    const { clone } = remoteWithTasks(['TASK-1A1A']);
    write(
      clone,
      '.claude/extids.json',
      JSON.stringify({ tools: { jira: { key: 'PROJ' }, github: { mode: 'sync' } } }),
    );
    const a = cli(clone, ['assign', '--all']);
    expect(a.code).toBe(0);
    const m = readJson(clone, MAPPING).mappings['TASK-1A1A'];
    expect(m).toEqual({ jira: 'PROJ-1' });
    const v = cli(clone, ['validate', '--json']);
    expect(v.code).toBe(0);
    const codes = JSON.parse(v.stdout).findings.map(
      (f: { code: string; severity: string }) => `${f.severity} ${f.code}`,
    );
    expect(codes).toContain('info SYNC_PENDING');
    expect(codes).not.toContain('warning MISSING_EXTERNAL_ID');
  });
});

describe('adoption and the switch from counter mode', () => {
  /** Commits and pushes everything in `clone`, as a person does. */
  const commitAll = (clone: string, msg: string) => {
    git(clone, 'add', '-A');
    git(clone, 'commit', '-qm', msg, '--no-verify');
    git(clone, 'push', '-q');
  };
  const lineOf = (text: string, s: string) => text.split('\n').findIndex((l) => l.includes(s)) + 1;

  test('switching GitHub from counter mode: --dry-run lists the predicted numbers, apply replaces each with a real issue', async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B', 'TASK-3C3C', 'TASK-4D4D', 'TASK-5E5E'];
    const { remote, clone } = remoteWithTasks(ids);
    fake.seedIssues(2); // #4 and #5 are a person's issues: predicted 4 and 5 name them
    write(clone, '.claude/extids.json', JSON.stringify({ tools: { github: {} } }));
    expect(cli(clone, ['assign', '--all']).code).toBe(0);
    const predicted = readJson(clone, MAPPING).mappings;
    expect(ids.map((id) => predicted[id].github)).toEqual(['1', '2', '3', '4', '5']);
    write(
      clone,
      'tasks/backlog/TASK-5E5E.md',
      read(clone, 'tasks/backlog/TASK-5E5E.md').replace('status: backlog', 'status: completed'),
    );
    commitAll(clone, 'counter mode');
    write(clone, '.claude/extids.json', SYNC_CONFIG);
    commitAll(clone, 'GitHub in sync mode');
    const pending = cli(clone, ['validate']);
    expect(pending.code).toBe(0);
    expect(pending.stdout).toMatch(
      /external_id_mapping\.json: info\s+SYNC_PENDING TASK-1A1A: github 1 is in the mapping without a link to a GitHub item \(a key counter mode predicted, or one whose link the links file lost\); `extids sync` reads it/,
    );

    const dry = await sync(clone, ['--dry-run']);
    expect(dry.code).toBe(0);
    for (const [i, id] of ids.entries())
      expect(dry.stdout).toContain(
        `tasks/backlog/${id}.md: would create a GitHub issue for ${id} (#${i + 1} is predicted, will be replaced)`,
      );
    expect(posts()).toBe(0);

    const r = await sync(clone);
    expect([r.code, r.stderr]).toEqual([0, expect.any(String)]);
    const mapping = remoteMapping(remote);
    for (const [i, id] of ids.entries()) {
      const n = mapping[id]!.github!;
      expect(r.stdout).toContain(`created #${n} for ${id}, replacing the predicted #${i + 1}`);
      expect(Number(n)).toBeGreaterThan(5);
    }
    expectExactlyOnce(remote, ids);
    // The completed task's real issue is closed at once; the person's issues were not touched.
    const byNumber = (n: number) => fake.issues().find((i: { number: number }) => i.number === n);
    expect(byNumber(Number(mapping['TASK-5E5E']!.github)).state).toBe('closed');
    expect([byNumber(4).title, byNumber(4).body]).toEqual(['Old issue 1', 'made by hand']);
    expect(
      fake.state.requests.filter(
        (q: { path: string; method: string }) =>
          q.method === 'PATCH' && /\/issues\/[45]$/.test(q.path),
      ),
    ).toEqual([]);
    const v = cli(cloneOf(remote), ['validate']);
    expect([v.code, v.stdout]).toEqual([0, expect.stringMatching(/no problems/)]);
    expect((await sync(clone)).stdout).toMatch(/nothing to sync/);

    // A links file lost after the switch: the markers show each task's issue, none is made again.
    git(clone, 'pull', '-q');
    git(clone, 'rm', '-q', LINKS);
    commitAll(clone, 'lost the links');
    const again = await sync(clone);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`linked #${mapping['TASK-1A1A']!.github} for TASK-1A1A`);
    expectExactlyOnce(remote, ids);
  });

  test('a number a person wrote is linked when its issue exists; a pull request or a number that names nothing is an error with file and line; never a second issue', async () => {
    const { remote, clone } = remoteWithTasks([]);
    fake.seedIssues(1); // #4: made by a person for the task
    const withKey = (id: string, n: string) =>
      taskText(id).replace('---\n\n', `external_ids:\n  github: "${n}"\n---\n\n`);
    write(clone, 'tasks/backlog/TASK-1A1A.md', withKey('TASK-1A1A', '4'));
    // Offline doors leave a sync-mode key a person wrote for sync: pending, not a mismatch.
    const v = cli(clone, ['validate', '--json']);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).findings).toContainEqual(
      expect.objectContaining({
        code: 'SYNC_PENDING',
        severity: 'info',
        file: 'tasks/backlog/TASK-1A1A.md',
        line: 6,
      }),
    );
    const repaired = cli(clone, ['repair']);
    expect(repaired.code).toBe(0);
    const mapped = existsSync(join(clone, MAPPING)) ? readJson(clone, MAPPING).mappings : {};
    expect(mapped['TASK-1A1A']).toBeUndefined();
    commitAll(clone, 'a task with the issue a person made');
    const r = await sync(clone);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('linked #4 for TASK-1A1A');
    expect(remoteMapping(remote)['TASK-1A1A']?.github).toBe('4');
    expect(posts()).toBe(0);

    write(clone, 'tasks/backlog/TASK-2B2B.md', withKey('TASK-2B2B', '2'));
    write(clone, 'tasks/backlog/TASK-3C3C.md', withKey('TASK-3C3C', '999'));
    commitAll(clone, 'wrong numbers');
    const bad = await sync(clone);
    expect(bad.code).toBe(1);
    const at = (id: string, n: string) =>
      `tasks/backlog/${id}.md:${lineOf(read(clone, `tasks/backlog/${id}.md`), `github: "${n}"`)}`;
    expect(bad.stdout).toMatch(
      new RegExp(`${at('TASK-3C3C', '999')}.*SYNC_CONFLICT.*github 999 names no GitHub issue`),
    );
    expect(bad.stdout).toMatch(
      new RegExp(
        `${at('TASK-2B2B', '2')}.*SYNC_CONFLICT.*github 2 is a pull request, not this task's issue; fix the key in the task`,
      ),
    );
    expect(posts()).toBe(0);

    // A value that is no number is the person's to fix: the task is left out, never renumbered.
    write(clone, 'tasks/backlog/TASK-3C3C.md', withKey('TASK-3C3C', '#23'));
    git(clone, 'rm', '-q', 'tasks/backlog/TASK-2B2B.md');
    commitAll(clone, 'a key that is no number');
    const odd = await sync(clone);
    expect(odd.code).toBe(1);
    expect(odd.stdout).toMatch(/TASK-3C3C\.md:\d+: error/);
    expect(posts()).toBe(0);
    expect(git(remote, 'show', 'main:tasks/backlog/TASK-3C3C.md')).toContain('github: "#23"');
  });

  test("a real number that lands on another task's predicted number, or a number a person adopts that another task predicted: both recorded, the other task replaced in the same run", async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B', 'TASK-3C3C', 'TASK-4D4D', 'TASK-5E5E', 'TASK-6F6F'];
    const { remote, clone } = remoteWithTasks(ids);
    fake.seedIssues(1); // #4: a person's issue, made for TASK-7G7G below
    write(clone, '.claude/extids.json', JSON.stringify({ tools: { github: {} } }));
    expect(cli(clone, ['assign', '--all']).code).toBe(0); // predicted 1-6: real ones start at 5
    commitAll(clone, 'counter mode');
    write(clone, '.claude/extids.json', SYNC_CONFIG);
    write(
      clone,
      'tasks/backlog/TASK-7G7G.md',
      taskText('TASK-7G7G').replace('---\n\n', 'external_ids:\n  github: "4"\n---\n\n'),
    );
    commitAll(clone, 'sync mode, and the issue a person made');
    const r = await sync(clone);
    expect([r.code, r.stdout + r.stderr]).toEqual([0, expect.any(String)]);
    expect(r.stdout).toContain('linked #4 for TASK-7G7G');
    expectExactlyOnce(remote, ids);
    expect(remoteMapping(remote)['TASK-7G7G']?.github).toBe('4');
    expect(cli(cloneOf(remote), ['validate']).code).toBe(0);
    expect((await sync(clone)).stdout).toMatch(/nothing to sync/);
  });
});

/** The intents on the remote's intents ref (task → intent); none before the first. */
function intentsOn(remote: string): Record<string, Record<string, string>> {
  try {
    return JSON.parse(git(remote, 'show', 'refs/extids/intents:intents.json')).intents;
  } catch {
    return {};
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `ok` every 50 ms for up to `ms`; `why` says what was seen instead. */
async function until(ok: () => boolean, why = async () => '', ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting: ${await why()}`);
    await sleep(50);
  }
}

/**
 * The built CLI's sync as a process in its own group, to be signalled as a runner does: SIGKILL
 * takes the group (a runner that dies), SIGINT and SIGTERM go to the entry process alone (what
 * a cancelled Actions job sends).
 */
function running(cwd: string, extra: Record<string, string>) {
  const p = spawn(process.execPath, [BIN, 'sync', '--max-creates', '100'], {
    cwd,
    env: testEnv(env(extra)),
    detached: true,
  });
  let stdout = '';
  let stderr = '';
  p.stdout.on('data', (d) => (stdout += d));
  p.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<Run & { signal: string | null }>((res) =>
    p.on('close', (code, signal) => res({ code: code ?? -1, signal, stdout, stderr })),
  );
  const signal = (sig: NodeJS.Signals) => {
    try {
      process.kill(sig === 'SIGKILL' ? -p.pid! : p.pid!, sig);
    } catch {
      /* it has exited already */
    }
  };
  return { signal, done };
}

const posts = () =>
  fake.state.requests.filter((q: { method: string }) => q.method === 'POST').length;

describe('the token Actions gives (an installation token)', () => {
  test('the fake answers as GitHub does: GET /user is refused, and the permissions hold on every endpoint', async () => {
    const call = (token: string, path: string, method = 'GET', body?: unknown) =>
      fetch(`${fake.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const user = await call(fake.token, '/user');
    expect(user.status).toBe(403);
    expect(await user.json()).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user',
      status: '403',
    });
    expect(await (await call(fake.userToken, '/user')).json()).toMatchObject({
      login: fake.login,
    });
    // A token with issues: read may list issues but not create one.
    const readOnly = await startGitHubFake({ permissions: { issues: 'read', metadata: 'read' } });
    try {
      const list = await fetch(`${readOnly.url}/repos/acme/tasks/issues`, {
        headers: { authorization: `Bearer ${readOnly.token}` },
      });
      expect(list.status).toBe(200);
      const post = await fetch(`${readOnly.url}/repos/acme/tasks/issues`, {
        method: 'POST',
        headers: { authorization: `Bearer ${readOnly.token}` },
        body: JSON.stringify({ title: 'x' }),
      });
      expect(post.status).toBe(403);
      expect(readOnly.issues()).toHaveLength(0);
    } finally {
      await readOnly.close();
    }
  });

  test("issues made with it are the bot's, and a lost create is found again without GET /user", async () => {
    const ids = ['TASK-1A1A'];
    const { remote, clone } = remoteWithTasks(ids);
    fake.inject('lost', 'POST', /\/issues$/);
    const r = await sync(clone);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/adopted #4 for TASK-1A1A/);
    expect(fake.issues()[0].user.login).toBe('github-actions[bot]');
    expect(fake.state.requests.some((q: { path: string }) => q.path === '/user')).toBe(false);
    expectExactlyOnce(remote, ids);
  });
});

describe('leases: a run holds its tasks only while it works', () => {
  test('a killed run holds its tasks for a short lease (about a minute by default), and says what is known', async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B', 'TASK-3C3C'];
    const { remote, clone } = remoteWithTasks(ids);
    fake.state.latencyMs = 5000; // the first create is still on its way when the run is killed
    const a = running(clone, { EXTIDS_SYNC_LEASE_MS: '' }); // the real default
    await until(() => Object.keys(intentsOn(remote)).length === ids.length);
    a.signal('SIGKILL');
    await a.done;
    const intents = Object.values(intentsOn(remote));
    for (const i of intents) {
      const lease = Date.parse(i.expires!) - Date.parse(i.heard!);
      expect(lease).toBeGreaterThanOrEqual(30_000);
      expect(lease).toBeLessThanOrEqual(90_000);
    }
    fake.state.latencyMs = 0;
    const b = await sync(cloneOf(remote));
    expect(b.code).toBe(0);
    const i = intents[0]!;
    expect(b.stdout).toContain(
      `held by a sync run that started at ${i.started}, not heard from since ${i.heard}`,
    );
  });

  test("a run that starts once a killed run's short lease has lapsed finishes its tasks exactly once", async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `TASK-L${i}A`);
    const { remote, clone } = remoteWithTasks(ids);
    fake.state.latencyMs = 300;
    const lease = { EXTIDS_SYNC_LEASE_MS: '3000', EXTIDS_HTTP_TIMEOUT_MS: '800' };
    const a = running(clone, lease);
    await until(
      () => fake.issues().length >= 2,
      async () => JSON.stringify(await a.done),
    );
    a.signal('SIGKILL');
    await a.done;
    await leasesEnded(remote);
    const b = await sync(cloneOf(remote), ['--max-creates', '100'], lease);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/adopted #\d+ for TASK-L0A/);
    expectExactlyOnce(remote, ids);
  });

  test('a live run renews its lease: a run that starts after one lease length still leaves its tasks alone', async () => {
    const ids = Array.from({ length: 10 }, (_, i) => `TASK-N${i}A`);
    const { remote, clone } = remoteWithTasks(ids);
    fake.state.latencyMs = 400; // ten creates take longer than one lease
    const lease = { EXTIDS_SYNC_LEASE_MS: '3000', EXTIDS_HTTP_TIMEOUT_MS: '800' };
    const a = running(clone, lease);
    await until(() => Object.keys(intentsOn(remote)).length > 0);
    await sleep(3300);
    const b = await sync(cloneOf(remote), ['--max-creates', '100'], lease);
    const first = await a.done;
    expect(first.code).toBe(0);
    expect(first.stdout.match(/created #\d+/g)).toHaveLength(ids.length);
    expect(b.code).toBe(0);
    expect(b.stdout.match(/held by a sync run/g)?.length).toBeGreaterThan(0);
    expect(posts()).toBe(ids.length);
    expectExactlyOnce(remote, ids);
  });

  test('a cancelled job (SIGINT, then SIGTERM as the runner sends) records what it finished and releases the rest', async () => {
    const ids = Array.from({ length: 8 }, (_, i) => `TASK-T${i}A`);
    const { remote, clone } = remoteWithTasks(ids);
    fake.state.latencyMs = 400;
    const lease = { EXTIDS_SYNC_LEASE_MS: '20000' }; // far longer than this test waits
    const a = running(clone, lease);
    await until(() => fake.issues().length >= 2);
    a.signal('SIGINT');
    setTimeout(() => a.signal('SIGTERM'), 200); // a different second signal lets it finish
    const r = await a.done;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sync was cancelled \(SIGINT\): it recorded the \d+ issue\(s\)/);
    // What it created is on the branch; only a create still on its way keeps its intent (its
    // issue may or may not exist yet: the server may still apply a request the run gave up on).
    const mapping = remoteMapping(remote);
    const made = fake.issues().map((i: { body: string }) => /task=(\S+) -->/.exec(i.body)![1]);
    const unrecorded = made.filter((t: string) => !mapping[t]?.github);
    // Intents are keyed by tool and task since the engine serves every tracker.
    const held = Object.keys(intentsOn(remote)).map((k) => k.replace(/^github:/, ''));
    expect(held.length).toBeLessThanOrEqual(1);
    for (const t of unrecorded) expect(held).toContain(t);
    // The next run, at once, finishes the rest without waiting for the lease.
    fake.state.latencyMs = 0;
    const b = await sync(cloneOf(remote), ['--max-creates', '100'], lease);
    expect(b.code).toBe(0);
    expect((b.stdout.match(/held by a sync run/g) ?? []).length).toBe(held.length);
    for (const t of ids.filter((t) => !held.includes(t)))
      expect(remoteMapping(remote)[t]?.github).toBeDefined();
  });
});

describe('after a cancelled run', () => {
  test('an issue adopted by its marker is recorded as what its create sent: no run re-sends its body', async () => {
    fake.close();
    // A server that stores a body a little differently from what was sent (as GitHub may).
    fake = await startGitHubFake({ storeBody: (b: string) => b.replace(/\n+$/, '') });
    fake.seedPullRequests(3);
    const ids = Array.from({ length: 6 }, (_, i) => `TASK-W${i}A`);
    const { remote, clone } = remoteWithTasks(ids);
    fake.state.latencyMs = 400; // the next create is on its way when SIGINT comes
    const lease = { EXTIDS_SYNC_LEASE_MS: '3000', EXTIDS_HTTP_TIMEOUT_MS: '800' };
    const a = running(clone, lease);
    await until(() => fake.issues().length >= 2);
    a.signal('SIGINT');
    expect((await a.done).code).toBe(2);
    fake.state.latencyMs = 0;
    await leasesEnded(remote);
    // The next run finds the create the cancelled run gave up on, by its marker.
    const b = await sync(cloneOf(remote), ['--max-creates', '100'], lease);
    expect(b.code).toBe(0);
    expect(b.stdout).toMatch(/adopted #\d+ for TASK-W\dA/);
    expect(b.stdout).not.toMatch(/updated #/);
    const writes = fake.state.writes;
    const c = await sync(cloneOf(remote), ['--max-creates', '100'], lease);
    expect(c.stdout).toMatch(/nothing to sync/);
    expect(fake.state.writes).toBe(writes);
    expectExactlyOnce(remote, ids);
  });
});

describe('a run that ends with an error', () => {
  test('records what it finished and releases what it did not start: the next run goes on at once', async () => {
    const ids = Array.from({ length: 5 }, (_, i) => `TASK-E${i}A`);
    const { remote, clone } = remoteWithTasks(ids);
    fake.state.latencyMs = 400;
    const lease = { EXTIDS_SYNC_LEASE_MS: '20000' }; // far longer than this test waits
    const run = sync(clone, [], lease);
    await until(() => posts() >= 2);
    fake.inject('422', 'POST', /\/issues$/); // the third create: GitHub answers no
    const r = await run;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/GitHub POST \/repos\/acme\/tasks\/issues failed \(422\)/);
    expect(Object.keys(remoteMapping(remote)).sort()).toEqual(ids.slice(0, 2));
    expect(intentsOn(remote)).toEqual({});
    fake.state.latencyMs = 0;
    const next = await sync(cloneOf(remote), [], lease);
    expect(next.code).toBe(0);
    expect(next.stdout).not.toMatch(/held by/);
    expectExactlyOnce(remote, ids);
  });
});

describe("a person's checkout", () => {
  /** A clone whose branch has a tracked notes.txt, with a person's edits: tracked and untracked. */
  function editedClone(ids: string[]) {
    const { remote, clone } = remoteWithTasks(ids);
    write(clone, 'notes.txt', 'committed notes\n');
    git(clone, 'add', 'notes.txt');
    git(clone, 'commit', '-qm', 'notes', '--no-verify');
    git(clone, 'push', '-q');
    write(clone, 'notes.txt', 'committed notes\nmy uncommitted line\n');
    write(clone, 'scratch.txt', 'an untracked draft\n');
    return { remote, clone };
  }
  const editsIntact = (clone: string) => {
    expect(read(clone, 'notes.txt')).toBe('committed notes\nmy uncommitted line\n');
    expect(read(clone, 'scratch.txt')).toBe('an untracked draft\n');
  };

  test('a teammate pushing during the run: both edits intact, the numbers on the remote', async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B'];
    const { remote, clone } = editedClone(ids);
    // The race, forced: the teammate's push lands between sync's read of the upstream and its
    // own push (the clone's pre-push hook pushes the teammate's commit first, once).
    const mate = cloneOf(remote);
    write(mate, 'teammate.txt', 'pushed meanwhile\n');
    git(mate, 'add', 'teammate.txt');
    git(mate, 'commit', '-qm', 'teammate', '--no-verify');
    const once = join(tempDir('extids-race-'), 'pushed');
    write(
      clone,
      '.git/hooks/pre-push',
      `#!/bin/sh\nwhile read lref lsha rref rsha; do\n  if [ "$rref" = refs/heads/main ] && [ ! -e '${once}' ]; then\n    touch '${once}'\n    (unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE; cd '${mate}' && git push -q origin main) || exit 1\n  fi\ndone\nexit 0\n`,
    );
    chmodSync(join(clone, '.git/hooks/pre-push'), 0o755);
    const run = sync(clone);
    const r = await run;
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/moved on; recording again on top of it/);
    expect(r.stdout).toMatch(/moved on while sync ran.*pull to get them/);
    editsIntact(clone);
    expectExactlyOnce(remote, ids);
    expect(git(remote, 'show', 'main:teammate.txt')).toBe('pushed meanwhile\n');
    // The pull brings the numbers, and the edits are still there.
    git(clone, 'pull', '-q', '--ff-only');
    editsIntact(clone);
    expect(read(clone, 'tasks/backlog/TASK-1A1A.md')).toMatch(/github: "\d+"/);
  });

  test('without a race, the checkout gets the numbers and keeps every other byte', async () => {
    const ids = ['TASK-1A1A'];
    const { remote, clone } = editedClone(ids);
    const r = await sync(clone);
    expect(r.code).toBe(0);
    editsIntact(clone);
    expect(git(clone, 'rev-parse', 'HEAD')).toBe(git(remote, 'rev-parse', 'main'));
    expect(read(clone, 'tasks/backlog/TASK-1A1A.md')).toContain('github: "4"');
    expect(git(clone, 'status', '--porcelain').split('\n').filter(Boolean).sort()).toEqual([
      ' M notes.txt',
      '?? scratch.txt',
    ]);
  });

  test('an uncommitted edit to a file sync writes is refused up front, with one line', async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A']);
    const file = 'tasks/backlog/TASK-1A1A.md';
    const edited = read(clone, file).replace('Body of', 'My unsaved body of');
    write(clone, file, edited);
    const r = await sync(clone);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([
      `extids: ${file} has uncommitted changes, and sync writes it; commit or stash it first (nothing was sent)`,
    ]);
    expect(read(clone, file)).toBe(edited);
    expect(fake.issues()).toHaveLength(0);
  });
});

describe('sync publishes what is committed, never a draft', () => {
  test("an uncommitted edit of a synced task stays the person's: sync sends the committed text", async () => {
    const { remote, clone } = remoteWithTasks(['TASK-1A1A']);
    expect((await sync(clone)).code).toBe(0);
    const file = 'tasks/backlog/TASK-1A1A.md';
    const draft = read(clone, file)
      .replace('Body of TASK-1A1A.', 'MY UNSAVED DRAFT')
      .replace('status: backlog', 'status: completed');
    write(clone, file, draft);
    const links = git(remote, 'show', `main:${LINKS}`);
    const writes = fake.state.writes;
    const r = await sync(clone);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /TASK-1A1A\.md.*SYNC_LEFT.*has changes that are not committed, so sync used the committed text/,
    );
    expect(r.stdout).toMatch(/nothing to sync/);
    expect(fake.state.writes).toBe(writes);
    expect(fake.issues()[0]).toMatchObject({ state: 'open' });
    expect(fake.issues()[0].body).not.toContain('MY UNSAVED DRAFT');
    expect(git(remote, 'show', `main:${LINKS}`)).toBe(links); // no draft recorded as sent
    expect(read(clone, file)).toBe(draft);
    // A teammate's clean sync finds nothing to undo.
    const mate = await sync(cloneOf(remote));
    expect(mate.stdout).toMatch(/nothing to sync/);
    expect(fake.state.writes).toBe(writes);
    // Committed and pushed, the edit is synced: closed, with its body.
    git(clone, 'commit', '-qam', 'done', '--no-verify');
    git(clone, 'push', '-q');
    const done = await sync(clone);
    expect(done.stdout).toMatch(/closed #4 for TASK-1A1A/);
    expect(fake.issues()[0]).toMatchObject({ state: 'closed' });
    expect(fake.issues()[0].body).toContain('MY UNSAVED DRAFT');
  });

  test('a new task file not committed yet is left out, and said so; an untracked state file sync writes is refused as such', async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A']);
    write(clone, 'tasks/backlog/TASK-2B2B.md', taskText('TASK-2B2B'));
    const r = await sync(clone);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /TASK-2B2B\.md.*SYNC_LEFT.*is not committed yet, so sync left it out; commit and push it, and the next sync creates its items/,
    );
    expect(r.stdout).not.toMatch(/uncommitted changes/);
    expect(fake.issues().map((i: { title: string }) => i.title)).toEqual(['Title of TASK-1A1A']);
    // A state file sync would write, present but never committed: what is true, in one line.
    const { clone: other } = remoteWithTasks(['TASK-3C3C']);
    write(other, MAPPING, '{"mappings": {}, "updated": "2026-01-01T00:00:00Z", "version": "1.0"}');
    const refused = await sync(other);
    expect(refused.code).toBe(2);
    expect(refused.stderr.trim().split('\n')).toEqual([
      `extids: ${MAPPING} is not committed yet, and sync writes it; commit it (or move it aside) first (nothing was sent)`,
    ]);
  });
});

describe('what sync reports', () => {
  test('--json: changes and assigned name what sync wrote, like every command', async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A']);
    const r = await sync(clone, ['--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    const written = j.changes.map((c: { kind: string; file: string }) => `${c.kind} ${c.file}`);
    expect(written.sort()).toEqual(
      [
        `state-written ${MAPPING}`,
        'state-written .claude/state/external_id_counters.json',
        `state-written ${LINKS}`,
        'task-written tasks/backlog/TASK-1A1A.md',
      ].sort(),
    );
    expect(j.changes.find((c: { kind: string }) => c.kind === 'task-written')).toMatchObject({
      task: 'TASK-1A1A',
      externalIds: { github: '4' },
    });
    expect(j.assigned).toEqual([
      { task: 'TASK-1A1A', tool: 'github', externalId: '4', file: 'tasks/backlog/TASK-1A1A.md' },
    ]);
    // Nothing to do: nothing written, nothing said to be.
    const again = JSON.parse((await sync(clone, ['--json'])).stdout);
    expect([again.changes, again.assigned]).toEqual([[], []]);
  });

  test('files sync skips carry the findings validate gives them, and the task counts agree', async () => {
    const { remote } = remoteWithTasks(['TASK-1A1A']);
    const c = cloneOf(remote);
    write(c, 'tasks/backlog/broken.md', '---\nid: TASK-9Z9Z\ntitle: [unclosed\n---\n\nBody.\n');
    write(c, 'shared/TASK-8Y8Y.md', taskText('TASK-8Y8Y'));
    symlinkSync('../../shared/TASK-8Y8Y.md', join(c, 'tasks/backlog/TASK-8Y8Y.md'));
    git(c, 'add', '-A');
    git(c, 'commit', '-qm', 'a link and a broken file', '--no-verify');
    git(c, 'push', '-q');
    const clone = cloneOf(remote);
    const v = JSON.parse(cli(clone, ['validate', '--json']).stdout);
    const r = await sync(clone, ['--json']);
    const j = JSON.parse(r.stdout);
    const of = (fs: { severity: string; code: string; file?: string }[]) =>
      fs
        .filter((f) => /SYMLINK_TASK|FRONTMATTER_PARSE_ERROR/.test(f.code))
        .map((f) => `${f.severity} ${f.code} ${f.file}`)
        .sort();
    expect(of(j.findings)).toEqual([
      'error FRONTMATTER_PARSE_ERROR tasks/backlog/broken.md',
      'warning SYMLINK_TASK tasks/backlog/TASK-8Y8Y.md',
    ]);
    expect(of(j.findings)).toEqual(of(v.findings));
    expect(r.code).toBe(1); // an error finding, as in validate
    expect(j.stats.tasks).toBe(v.stats.tasks);
    expect(fake.issues()).toHaveLength(1); // the task itself was synced
  });
});

describe('what sync creates, and where it links', () => {
  test('SYNC_PENDING only for tasks sync would create: validate and the plan agree', async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A']);
    write(clone, 'tasks/completed/TASK-2B2B.md', taskText('TASK-2B2B', 'completed'));
    git(clone, 'add', '-A');
    git(clone, 'commit', '-qm', 'a completed task', '--no-verify');
    const v = cli(clone, ['validate', '--json']);
    const pending = JSON.parse(v.stdout)
      .findings.filter((f: { code: string }) => /SYNC_PENDING|MISSING_EXTERNAL_ID/.test(f.code))
      .map((f: { code: string; file: string }) => `${f.code} ${f.file}`);
    expect(pending).toEqual(['SYNC_PENDING tasks/backlog/TASK-1A1A.md']);
    const plan = await sync(clone, ['--dry-run']);
    expect(plan.stdout).toMatch(/would create a GitHub issue for TASK-1A1A/);
    expect(plan.stdout).not.toMatch(/TASK-2B2B/);
    // sync.statuses moves the line for both.
    write(
      clone,
      '.claude/extids.json',
      JSON.stringify({ ...JSON.parse(SYNC_CONFIG), sync: { statuses: ['completed'] } }),
    );
    git(clone, 'commit', '-qam', 'statuses', '--no-verify');
    const v2 = JSON.parse(cli(clone, ['validate', '--json']).stdout).findings.filter(
      (f: { code: string }) => f.code === 'SYNC_PENDING',
    );
    expect(v2.map((f: { file: string }) => f.file)).toEqual(['tasks/completed/TASK-2B2B.md']);
    const plan2 = await sync(clone, ['--dry-run']);
    expect(plan2.stdout).toMatch(/would create a GitHub issue for TASK-2B2B/);
    expect(plan2.stdout).not.toMatch(/TASK-1A1A/);
  });

  test('on GitHub Enterprise the task link points at the server the run is on', async () => {
    const { clone } = remoteWithTasks(['TASK-1A1A']);
    const r = await sync(clone, [], { GITHUB_SERVER_URL: 'https://ghe.example.com' });
    expect(r.code).toBe(0);
    expect(fake.issues()[0].body).toContain(
      '(https://ghe.example.com/acme/tasks/blob/main/tasks/backlog/TASK-1A1A.md)',
    );
    expect(fake.issues()[0].body).not.toContain('https://github.com/');
    // Without GITHUB_SERVER_URL, the API URL's server, as GitHub lays them out.
    expect(serverOfApi('https://api.github.com')).toBe('https://github.com');
    expect(serverOfApi('https://ghe.example.com/api/v3')).toBe('https://ghe.example.com');
    expect(serverOfApi('https://api.acme.ghe.com')).toBe('https://acme.ghe.com');
  });
});
