/**
 * The sync suites' harness: each tracker's fake on 127.0.0.1 behind one shape (`TrackerFake`,
 * and `Harness` for what sync-trackers.test.ts asks of Jira, Linear and Azure DevOps), and the
 * moves those suites share: a bare remote with tasks, fresh clones, the built CLI SIGKILLed with
 * its git children, leases waited out, clean runs until nothing is left, and the check that every
 * task has exactly one item whose key the remote's mapping and frontmatter hold.
 */
import { expect } from '@jest/globals';
import { spawn } from 'node:child_process';
import { BIN, cliAsync, git, MAPPING, tempDir, testEnv, write } from './helpers.js';
import type { Tool } from '../src/core/ids.js';
import { markerDigestOfIssueId } from '../src/core/sync/linear.js';
// @ts-expect-error: a plain ES module shared with bench/
import { startGitHubFake } from './fixtures/github-fake.mjs';
// @ts-expect-error: a plain ES module shared with bench/
import { startJiraFake } from './fixtures/jira-fake.mjs';
// @ts-expect-error: a plain ES module shared with bench/
import { startLinearFake } from './fixtures/linear-fake.mjs';
// @ts-expect-error: a plain ES module shared with bench/
import { startAzureDevOpsFake } from './fixtures/azure-devops-fake.mjs';

export const LINKS = '.claude/state/external_id_links.json';

/** An item with a task's marker, as a test reads it from the fake. */
export interface Seen {
  key: string;
  task: string;
  title: string;
  closed: 'done' | 'removed' | false;
  /** The description as the tracker stores it (Jira: its ADF as JSON; Azure DevOps: HTML). */
  body: string;
}

/** A tracker's fake as a suite drives it: started, configured, read back, faults turned on. */
export interface TrackerFake {
  tool: Tool;
  name: string;
  /** `tools` in the config (known once the fake has started). */
  config: Record<string, unknown>;
  start(): Promise<void>;
  close(): Promise<void>;
  /** The variables sync reads for this tracker. */
  env(): Record<string, string>;
  /** Items carrying a task's marker, as they are now. */
  items(): Seen[];
  /** Write requests fail at `rate` (lost answers, 5xx, answers slower than `slowMs`). */
  faults(rate: number, slowMs: number): void;
  /** How long until a create is seen by the marker look-up (the fake's lag). */
  lagMs: number;
}

/** What sync-trackers.test.ts needs of a tracker and its fake beyond that. */
export interface Harness extends TrackerFake {
  tool: 'jira' | 'linear' | 'azure_devops';
  /** What the tracker calls an item. */
  noun: string;
  /** A key of this tracker, as a pattern. */
  keyRe: string;
  /** The key the first create gets (the project already has items), where it is known. */
  firstKey: string;
  /** Credentials that are refused, and what sync says then. */
  badAuth: { env: Record<string, string>; says: RegExp };
  /** Whether the marker look-up lags (the wait-for-the-bound test applies). */
  eventual: boolean;
  /** Write requests the fake performed. */
  writes(): number;
  /** A person renames an item in the tracker. */
  rename(key: string, title: string): void;
  /** A person creates an item by hand; its key. */
  handMade(): string;
  /** A person deletes an item in the tracker. */
  remove(key: string): void;
  /**
   * A person copies an item with its marker (Jira's Clone copies labels, an Azure DevOps copy its
   * tags); the copy's key. Absent where a marker cannot be copied (Linear's is the issue's id).
   */
  copy?(key: string): string;
  /** Any item by its key (a person's too): its title and whether it is closed. */
  byKey(key: string): { title: string; closed: boolean };
  /** A key of this tracker that names nothing. */
  missing: string;
  /**
   * A person moves an item to another project or team, where the tracker has them (Jira, Linear:
   * the same item, a new key); its new key.
   */
  move?(key: string): string;
  /** The next create is performed and its answer lost. */
  loseNextCreate(): void;
  /** Slows the look-up down: a create is seen this long after it (an eventual tracker's lag). */
  lag(ms: number): void;
}

export function jiraHarness(): Harness {
  let fake: Awaited<ReturnType<typeof startJiraFake>>;
  const LAG = 800;
  return {
    tool: 'jira',
    name: 'Jira',
    noun: 'issue',
    keyRe: 'PROJ-\\d+',
    firstKey: 'PROJ-58',
    badAuth: {
      env: { JIRA_API_TOKEN: 'wrong' },
      says: /Jira GET \/rest\/api\/3\/myself failed \(401\)/,
    },
    eventual: true,
    config: {
      jira: { mode: 'sync', key: 'PROJ', url: 'http://placeholder', issueType: 'Task' },
    },
    async start() {
      fake = await startJiraFake({ searchLagMs: LAG });
      this.config = { jira: { mode: 'sync', key: 'PROJ', url: fake.url, issueType: 'Task' } };
    },
    close: () => fake.close(),
    env: () => ({
      JIRA_EMAIL: fake.email,
      JIRA_API_TOKEN: fake.token,
      EXTIDS_JIRA_LOOKUP_BOUND_MS: String(LAG + 700),
    }),
    items: () =>
      (fake.issues() as JiraView[]).flatMap((it) => {
        const label = it.fields.labels.find((l) => l.startsWith('extids-'));
        if (!label) return [];
        const task = /^extids-[0-9a-f]{16}-(\S+)$/.exec(label)![1]!;
        const cat = it.fields.status.statusCategory.key;
        const closed =
          cat === 'done' ? (/won't/i.test(it.fields.status.name) ? 'removed' : 'done') : false;
        return [
          {
            key: it.key,
            task,
            title: it.fields.summary,
            closed,
            body: JSON.stringify(it.fields.description ?? null),
          },
        ];
      }),
    writes: () => fake.state.writes,
    rename: (key, title) => fake.edit(key, { summary: title }),
    handMade: () => fake.createByPerson('made by a person'),
    remove: (key) => fake.remove(key),
    copy: (key) => {
      const from = (fake.issues() as JiraView[]).find((i) => i.key === key)!;
      const made = fake.createByPerson(`CLONE - ${from.fields.summary}`);
      fake.edit(made, { labels: from.fields.labels });
      return made;
    },
    byKey: (key) => {
      const it = (fake.issues() as JiraView[]).find((i) => i.key === key)!;
      return {
        title: it.fields.summary,
        closed: it.fields.status.statusCategory.key === 'done',
      };
    },
    missing: 'PROJ-999',
    move: (key) => fake.move(key, key.startsWith('OPS-') ? 'DEV' : 'OPS'),
    faults(rate, slowMs) {
      fake.state.faultRate = rate;
      fake.state.slowMs = slowMs;
    },
    lagMs: LAG,
    loseNextCreate: () => fake.inject('lost', 'POST', /\/rest\/api\/3\/issue$/),
    lag: (ms) => (fake.state.searchLagMs = ms),
  };
}

interface JiraView {
  key: string;
  fields: {
    summary: string;
    labels: string[];
    description?: unknown;
    status: { name: string; statusCategory: { key: string } };
  };
}

/** The task a description's footer names (`· \`TASK-…\``). */
const taskOfBody = (body: string | null | undefined) => /· `([^`]+)`\s*$/.exec(body ?? '')?.[1];

export function linearHarness(): Harness {
  let fake: Awaited<ReturnType<typeof startLinearFake>>;
  return {
    tool: 'linear',
    name: 'Linear',
    noun: 'issue',
    keyRe: 'TEAM-\\d+',
    firstKey: 'TEAM-21',
    badAuth: { env: { LINEAR_API_KEY: 'lin_api_wrong' }, says: /Linear/ },
    eventual: false,
    config: {},
    async start() {
      fake = await startLinearFake();
      this.config = { linear: { mode: 'sync', key: 'TEAM' } };
    },
    close: () => fake.close(),
    env: () => ({ LINEAR_API_KEY: fake.apiKey, LINEAR_API_URL: fake.url }),
    items: () =>
      (fake.issues() as LinearView[]).flatMap((it) => {
        const task = markerDigestOfIssueId(it.id) && taskOfBody(it.description);
        if (!task) return [];
        const t = it.state.type;
        const closed = t === 'completed' ? 'done' : t === 'canceled' ? 'removed' : false;
        return [{ key: it.identifier, task, title: it.title, closed, body: it.description ?? '' }];
      }),
    writes: () =>
      (fake.state.requests as { op?: string; status?: unknown }[]).filter((q) =>
        /^issue(Create|Update)/.test(q.op ?? ''),
      ).length,
    rename: (key, title) => fake.edit(key, { title }),
    handMade: () => fake.createByPerson('made by a person'),
    remove: (key) => fake.remove(key),
    byKey: (key) => {
      const it = (fake.issues() as LinearView[]).find((i) => i.identifier === key)!;
      return { title: it.title, closed: /^(completed|canceled)$/.test(it.state.type) };
    },
    missing: 'TEAM-999',
    move: (key) => fake.move(key, key.startsWith('OPS-') ? 'DEV' : 'OPS'),
    faults(rate, slowMs) {
      fake.state.faultRate = rate;
      fake.state.slowMs = slowMs;
    },
    lagMs: 0,
    loseNextCreate: () => fake.inject('lost', 'POST', /issueCreate/),
    lag: () => {},
  };
}

interface LinearView {
  id: string;
  identifier: string;
  title: string;
  description?: string | null;
  state: { name: string; type: string };
}

export function azureHarness(): Harness {
  let fake: Awaited<ReturnType<typeof startAzureDevOpsFake>>;
  const LAG = 800;
  return {
    tool: 'azure_devops',
    name: 'Azure DevOps',
    noun: 'work item',
    keyRe: '\\d+',
    firstKey: '4123',
    badAuth: { env: { AZURE_DEVOPS_TOKEN: 'wrong' }, says: /Azure DevOps/ },
    eventual: true,
    config: {},
    async start() {
      fake = await startAzureDevOpsFake({ wiqlLagMs: LAG });
      this.config = {
        azure_devops: { mode: 'sync', org: fake.org, project: fake.project, type: 'Task' },
      };
    },
    close: () => fake.close(),
    env: () => ({
      AZURE_DEVOPS_TOKEN: fake.pat,
      AZURE_DEVOPS_URL: fake.url,
      EXTIDS_AZURE_LOOKUP_BOUND_MS: String(LAG + 700),
    }),
    items: () =>
      (fake.items() as AzureView[]).flatMap((it) => {
        const tags = String(it.fields['System.Tags'] ?? '')
          .split(';')
          .map((x) => x.trim());
        const tag = tags.find((x) => /^extids-[0-9a-f]{16}-\S+$/.test(x));
        if (!tag) return [];
        const state = String(it.fields['System.State']);
        const closed = /^(Done|Closed)$/.test(state)
          ? 'done'
          : state === 'Removed'
            ? 'removed'
            : false;
        return [
          {
            key: String(it.id),
            task: tag.replace(/^extids-[0-9a-f]{16}-/, ''),
            title: String(it.fields['System.Title']),
            closed,
            body: String(it.fields['System.Description'] ?? ''),
          },
        ];
      }),
    writes: () => fake.state.writes,
    rename: (key, title) => fake.edit(Number(key), { 'System.Title': title }),
    handMade: () => String(fake.createByPerson('made by a person')),
    remove: (key) => fake.remove(Number(key)),
    copy: (key) => {
      const from = (fake.items() as AzureView[]).find((i) => String(i.id) === key)!;
      const made = fake.createByPerson(`Copy of ${String(from.fields['System.Title'])}`);
      fake.edit(made, { 'System.Tags': from.fields['System.Tags'] });
      return String(made);
    },
    byKey: (key) => {
      const it = (fake.items() as AzureView[]).find((i) => String(i.id) === key)!;
      return {
        title: String(it.fields['System.Title']),
        closed: /^(Done|Closed|Removed)$/.test(String(it.fields['System.State'])),
      };
    },
    missing: '999999',
    faults(rate, slowMs) {
      fake.state.faultRate = rate;
      fake.state.slowMs = slowMs;
    },
    lagMs: LAG,
    loseNextCreate: () => fake.inject('lost', 'POST', /\/workitems\/\$/),
    lag: (ms) => (fake.state.wiqlLagMs = ms),
  };
}

interface AzureView {
  id: number;
  fields: Record<string, unknown>;
}

/**
 * GitHub (sync.test.ts drives it in depth): issue numbers shared with three pull requests, so a
 * predicted number is wrong; the marker a hidden comment in the body; the look-up consistent.
 */
export function githubFake(): TrackerFake & {
  /** The hourly budget: spent (every request refused until its reset, an hour away) or whole. */
  budget(spent: boolean): void;
} {
  let fake: Awaited<ReturnType<typeof startGitHubFake>>;
  return {
    tool: 'github',
    name: 'GitHub',
    config: {},
    async start() {
      fake = await startGitHubFake();
      fake.seedPullRequests(3);
      this.config = { github: { mode: 'sync', repo: fake.repo } };
    },
    close: () => fake.close(),
    env: () => ({ GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url }),
    items: () =>
      (fake.issues() as GitHubView[]).flatMap((it) => {
        // extids's own marker is the last one: a task's text may quote others.
        const task = [...(it.body ?? '').matchAll(/<!-- extids:[0-9a-f]{16} task=(\S+) -->/g)].at(
          -1,
        )?.[1];
        if (!task) return [];
        const closed =
          it.state !== 'closed' ? false : it.state_reason === 'not_planned' ? 'removed' : 'done';
        return [{ key: String(it.number), task, title: it.title, closed, body: it.body ?? '' }];
      }),
    faults(rate, slowMs) {
      fake.state.faultRate = rate;
      fake.state.slowMs = slowMs;
    },
    lagMs: 0,
    budget(spent) {
      fake.state.rateLimit.used = spent ? fake.state.rateLimit.limit : 0;
    },
  };
}

interface GitHubView {
  number: number;
  title: string;
  body: string | null;
  state: string;
  state_reason: string | null;
}

export const taskText = (id: string, status = 'backlog', body = `Body of ${id}.`, extra = '') =>
  `---\nid: ${id}\ntitle: "Title of ${id}"\nstatus: ${status}\ncreated: 2026-01-01T00:00:00Z\n${extra}---\n\n${body}\n`;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A bare remote with one commit (the config with `tools`, the tasks) and a clone of it. */
export function remoteWithTasks(
  tools: Record<string, unknown>,
  ids: string[],
  text: (id: string) => string = (id) => taskText(id),
): { remote: string; clone: string } {
  const remote = tempDir('extids-remote-');
  git(remote, 'init', '-q', '--bare', '-b', 'main');
  const seed = tempDir('extids-seed-');
  git(seed, 'init', '-q', '-b', 'main');
  write(seed, '.claude/extids.json', JSON.stringify({ tools }));
  for (const id of ids) write(seed, `tasks/backlog/${id}.md`, text(id));
  git(seed, 'add', '-A');
  git(seed, 'commit', '-qm', 'tasks', '--no-verify');
  git(seed, 'remote', 'add', 'origin', remote);
  git(seed, 'push', '-q', '-u', 'origin', 'main');
  return { remote, clone: cloneOf(remote) };
}

/** A fresh clone, as a CI job has: a killed job's disk is gone. */
export function cloneOf(remote: string): string {
  const c = tempDir('extids-clone-');
  git(c, 'clone', '-q', remote, '.');
  return c;
}

export function commitAll(clone: string, msg: string): void {
  git(clone, 'add', '-A');
  git(clone, 'commit', '-qm', msg, '--no-verify');
  git(clone, 'push', '-q');
}

/** The mapping as the remote's main branch has it ({} before the first recording). */
export function remoteMapping(remote: string): Record<string, Record<string, string>> {
  try {
    return JSON.parse(git(remote, 'show', `main:${MAPPING}`)).mappings;
  } catch {
    return {};
  }
}

/** Waits until no intent on the remote is live: the next run may take every task over. */
export async function leasesEnded(remote: string): Promise<void> {
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
  if (last > Date.now()) await sleep(last - Date.now() + 50);
}

/**
 * `extids sync --max-creates 200` (the built CLI) in `cwd`, SIGKILLed with its own process group,
 * so a git push in flight dies with it, as on a runner that dies: `when` ms after the start, or,
 * for a function, as many ms as it first answers with (it is asked every 5 ms while the run
 * lasts), counted from then. 'SIGKILL', '0' (it finished first), or its exit code with its last
 * line of stderr.
 */
export function killedAfter(
  cwd: string,
  when: number | (() => number | undefined),
  env: Record<string, string>,
): Promise<string> {
  return new Promise((res) => {
    const p = spawn(process.execPath, [BIN, 'sync', '--max-creates', '200'], {
      cwd,
      env: testEnv(env),
      detached: true,
    });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    let kill: NodeJS.Timeout | undefined;
    const arm = (ms: number) => (kill = setTimeout(() => process.kill(-p.pid!, 'SIGKILL'), ms));
    let ask: NodeJS.Timeout | undefined;
    if (typeof when === 'number') arm(when);
    else
      ask = setInterval(() => {
        const ms = when();
        if (ms === undefined) return;
        clearInterval(ask);
        arm(ms);
      }, 5);
    p.on('close', (code, signal) => {
      clearInterval(ask);
      clearTimeout(kill);
      res(signal ?? (code === 0 ? '0' : `${code}: ${err.trim().split('\n').pop()}`));
    });
  });
}

/**
 * Clean runs (faults off, each from a fresh clone with `env`) until one has nothing left; each
 * waits out the short leases the earlier runs left and the slowest look-up's lag.
 */
export async function settle(
  remote: string,
  lease: number,
  fakes: TrackerFake[],
  env: Record<string, string>,
): Promise<void> {
  for (const f of fakes) f.faults(0, 0);
  const lag = Math.max(0, ...fakes.map((f) => f.lagMs));
  let last = '';
  for (let i = 0; i < 8; i++) {
    await sleep(lease + lag + 900);
    const r = await cliAsync(cloneOf(remote), ['sync', '--max-creates', '200'], {
      ...env,
      EXTIDS_SYNC_LEASE_MS: String(lease),
      EXTIDS_HTTP_TIMEOUT_MS: '1000',
    });
    last = `exit ${r.code}\n${r.stdout}${r.stderr}`;
    expect([r.code, last]).toEqual([0, last]);
    if (/nothing to sync/.test(r.stdout)) return;
  }
  throw new Error(`sync did not settle after eight clean runs; the last said:\n${last}`);
}

/**
 * Every task of `ids` has exactly one item in `f`'s tracker, whose key the remote's mapping and
 * the task's frontmatter on the remote hold; no item carries the marker of a task not in `ids`.
 * Returns each task's key.
 */
export function expectExactlyOnce(
  remote: string,
  ids: string[],
  f: TrackerFake,
): Map<string, string> {
  const byTask = new Map<string, string[]>();
  for (const it of f.items()) byTask.set(it.task, [...(byTask.get(it.task) ?? []), it.key]);
  const mapping = remoteMapping(remote);
  const keys = new Map<string, string>();
  for (const id of ids) {
    expect([f.tool, id, byTask.get(id)]).toEqual([f.tool, id, [expect.any(String)]]);
    const key = byTask.get(id)![0]!;
    keys.set(id, key);
    expect([f.tool, id, mapping[id]?.[f.tool]]).toEqual([f.tool, id, key]);
    const text = git(remote, 'show', `main:tasks/backlog/${id}.md`);
    expect([f.tool, id, text]).toEqual([
      f.tool,
      id,
      expect.stringMatching(new RegExp(`\\n  ${f.tool}: "?${key}"?\\n`)),
    ]);
  }
  expect([f.tool, [...byTask.keys()].filter((t) => !ids.includes(t))]).toEqual([f.tool, []]);
  return keys;
}
