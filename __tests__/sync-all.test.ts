/**
 * One repository with every tool in sync mode at once (GitHub, Jira, Linear, Azure DevOps), the
 * four fakes on 127.0.0.1 at the same time with faults on (lost answers, 5xx, answers slower than
 * the time-out), the built CLI as a process: SIGKILLed at random moments among the creates of all
 * four trackers, and two clones racing. After clean runs, each task has exactly one item in each
 * tracker, and the remote's mapping, the task's frontmatter and the links file hold all four
 * keys, each the key of the item carrying that task's marker. EXTIDS_SYNC_CRASH_LOOPS sets the
 * kill loop's SIGKILLs (default 6).
 */
import { afterAll, afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ACTION_NODE, actionEnv, cleanup, cliAsync, git, ROOT, write } from './helpers.js';
import type { Tool } from '../src/core/ids.js';
import {
  azureHarness,
  cloneOf,
  commitAll,
  expectExactlyOnce,
  githubFake,
  jiraHarness,
  killedAfter,
  leasesEnded,
  linearHarness,
  LINKS,
  remoteMapping,
  remoteWithTasks,
  settle,
  taskText,
  type TrackerFake,
} from './sync-harness.js';

jest.setTimeout(180_000);
afterAll(cleanup);

const github = githubFake();
const azure = azureHarness();
const FAKES: TrackerFake[] = [github, jiraHarness(), linearHarness(), azure];
const TOOLS = FAKES.map((f) => f.tool);

beforeEach(async () => {
  await Promise.all(FAKES.map((f) => f.start()));
});
afterEach(async () => {
  await Promise.all(FAKES.map((f) => f.close()));
});

/** Every tool in sync mode, each at its fake. */
const config = () => Object.assign({}, ...FAKES.map((f) => f.config)) as Record<string, unknown>;

const env = (extra: Record<string, string> = {}) => ({
  ...Object.assign({}, ...FAKES.map((f) => f.env())),
  GITHUB_REPOSITORY: 'acme/tasks',
  EXTIDS_HTTP_TIMEOUT_MS: '1500',
  EXTIDS_SYNC_LEASE_MS: '4000',
  ...extra,
});

const faults = (rate: number, slowMs: number) => FAKES.forEach((f) => f.faults(rate, slowMs));

/**
 * In every tracker, exactly one item per task whose key the mapping and the frontmatter hold
 * (expectExactlyOnce); and the remote's links file links each task in each tool to that key.
 */
function expectAllFour(remote: string, ids: string[]): void {
  const keys = new Map(FAKES.map((f) => [f.tool, expectExactlyOnce(remote, ids, f)]));
  const links = JSON.parse(git(remote, 'show', `main:${LINKS}`)).links as Record<
    string,
    Record<string, { key: string }>
  >;
  const mapping = remoteMapping(remote);
  for (const id of ids) {
    expect([id, Object.keys(mapping[id] ?? {}).sort()]).toEqual([id, [...TOOLS].sort()]);
    for (const tool of TOOLS)
      expect([id, tool, links[id]?.[tool]?.key]).toEqual([id, tool, keys.get(tool)!.get(id)]);
  }
}

/** The tasks of `ids` whose item `f`'s tracker does not have yet: the creates a run will send. */
function pending(f: TrackerFake, remote: string, ids: string[]): string[] {
  const mapping = remoteMapping(remote);
  const made = new Set(f.items().map((it) => it.task));
  return ids.filter((id) => !mapping[id]?.[f.tool] && !made.has(id));
}

/**
 * When to kill a run so that it dies among `f`'s creates: 0-80 ms after the tracker has performed
 * a create drawn at random among those pending (the request's answer on its way, lost or slow,
 * the marker being looked up, or the next step under way). A run may end first (it adopts what a
 * killed run created instead of creating it).
 */
function amongCreatesOf(f: TrackerFake, remote: string, ids: string[]): () => number | undefined {
  const had = f.items().length;
  const nth = had + 1 + Math.floor(Math.random() * pending(f, remote, ids).length);
  return () => (f.items().length >= nth ? Math.floor(Math.random() * 80) : undefined);
}

describe('all four trackers in sync mode in one repository', () => {
  test('SIGKILLed at random moments among the creates of four trackers, with faults, then clean runs: one item per task in each', async () => {
    const taskIds = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) => `TASK-K${String(from + i).padStart(2, '0')}A`);
    const ids = taskIds(0, 6);
    const { remote } = remoteWithTasks(config(), ids);
    faults(0.2, 700);
    const lease = 2500;
    const kills = Number(process.env.EXTIDS_SYNC_CRASH_LOOPS ?? 6);
    const outcomes: string[] = [];
    const killed = () => outcomes.filter((o) => o === 'SIGKILL').length;
    const killedIn: Tool[] = [];
    // At least `kills` SIGKILLs, and (with four or more) at least one among each tracker's creates.
    const unkilled = () =>
      kills >= TOOLS.length ? TOOLS.some((t) => !killedIn.includes(t)) : false;
    while ((killed() < kills || unkilled()) && outcomes.length < kills * 8) {
      // New tasks once every task has all four keys on the branch: every run has creates to die in.
      const mapping = remoteMapping(remote);
      if (ids.every((id) => TOOLS.every((tool) => mapping[id]?.[tool]))) {
        const more = taskIds(ids.length, 3);
        const c = cloneOf(remote);
        for (const id of more) write(c, `tasks/backlog/${id}.md`, taskText(id));
        commitAll(c, 'more tasks');
        ids.push(...more);
      }
      await leasesEnded(remote);
      // The tracker with creates left that has seen the fewest kills: every tracker, in turn.
      const left = FAKES.filter((x) => pending(x, remote, ids).length > 0);
      const f = [...(left.length ? left : FAKES)].sort(
        (x, y) =>
          killedIn.filter((t) => t === x.tool).length - killedIn.filter((t) => t === y.tool).length,
      )[0]!;
      const outcome = await killedAfter(
        cloneOf(remote),
        amongCreatesOf(f, remote, ids),
        env({ EXTIDS_SYNC_LEASE_MS: String(lease), EXTIDS_HTTP_TIMEOUT_MS: '400' }),
      );
      outcomes.push(outcome);
      if (outcome === 'SIGKILL') killedIn.push(f.tool);
    }
    expect({ enough: killed() >= kills && !unkilled(), outcomes, killedIn }).toEqual({
      enough: true,
      outcomes,
      killedIn,
    });
    expect(outcomes.filter((o) => o !== 'SIGKILL' && o !== '0')).toEqual([]);
    await settle(remote, lease, FAKES, env());
    expectAllFour(remote, ids);
  });

  test('two clones sync the same new tasks in four trackers at the same moment, with faults: one item per task in each', async () => {
    const ids = Array.from({ length: 6 }, (_, i) => `TASK-R${i}B${i}`);
    const { remote, clone } = remoteWithTasks(config(), ids);
    const other = cloneOf(remote);
    faults(0.15, 700);
    const lease = 3000;
    const extra = { EXTIDS_SYNC_LEASE_MS: String(lease), EXTIDS_HTTP_TIMEOUT_MS: '400' };
    const sync = (cwd: string) => cliAsync(cwd, ['sync', '--max-creates', '200'], env(extra));
    const [a, b] = await Promise.all([sync(clone), sync(other)]);
    const said = `${a.stdout}${a.stderr}\n${b.stdout}${b.stderr}`;
    expect([a.code, b.code, said]).toEqual([0, 0, said]);
    await settle(remote, lease, FAKES, env());
    expectAllFour(remote, ids);
  });

  test('a tracker that fails or runs out of budget holds the others back in nothing: they create and record theirs, and the next run does the rest', async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B', 'TASK-3C3C'];
    const { remote, clone } = remoteWithTasks(config(), ids);
    const sync = (cwd: string, extra: Record<string, string> = {}) =>
      cliAsync(cwd, ['sync'], env(extra));
    // --dry-run checks every tracker's credentials: the others' plans are shown, then the refusal.
    const preview = await cliAsync(
      clone,
      ['sync', '--dry-run'],
      env({ AZURE_DEVOPS_TOKEN: 'wrong' }),
    );
    expect([preview.code, preview.stderr]).toEqual([2, expect.stringMatching(/Azure DevOps/)]);
    for (const name of ['Jira', 'Linear'])
      expect(preview.stdout).toContain(`would create a ${name} issue for TASK-1A1A`);
    expect(preview.stdout).toContain('would create a GitHub issue for TASK-1A1A');
    expect(preview.stdout).not.toContain('Azure DevOps work item');
    // A tracker whose variable is not set at all is its own failure too: nothing is sent to it,
    // and the others are not held back (nothing is created here: --dry-run).
    const unset = await cliAsync(clone, ['sync', '--dry-run'], env({ LINEAR_API_KEY: '' }));
    expect([unset.code, unset.stderr]).toEqual([
      2,
      expect.stringMatching(
        /LINEAR_API_KEY is not set.*the others went on; `--tools azure_devops,github,jira` syncs only them/,
      ),
    ]);
    expect(unset.stdout).toContain('would create a Jira issue for TASK-1A1A');
    // Azure DevOps (the first tracker the engine runs) refuses the token: exit 2 naming it.
    const refused = await sync(clone, { AZURE_DEVOPS_TOKEN: 'wrong' });
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringMatching(/Azure DevOps/)]);
    for (const f of FAKES.filter((x) => x !== azure)) expectExactlyOnce(remote, ids, f);
    expect(azure.items()).toEqual([]);
    // What the others did is said before the error, and --json lists it with the error.
    const jira = FAKES.find((f) => f.tool === 'jira')!;
    for (const it of jira.items())
      expect(refused.stdout).toContain(`created Jira ${it.key} for ${it.task}`);
    const more0 = cloneOf(remote);
    write(more0, 'tasks/backlog/TASK-0F0F.md', taskText('TASK-0F0F'));
    commitAll(more0, 'one more task');
    const asJson = await cliAsync(
      cloneOf(remote),
      ['sync', '--json'],
      env({ AZURE_DEVOPS_TOKEN: 'wrong' }),
    );
    const out = JSON.parse(asJson.stdout);
    expect([asJson.code, out.ok, out.error.code]).toEqual([2, false, expect.any(String)]);
    expect(out.error.message).toMatch(/Azure DevOps/);
    expect(
      (out.synced as { tool: string; task: string; action: string }[])
        .filter((x) => x.action === 'create')
        .map((x) => x.tool)
        .sort(),
    ).toEqual(['github', 'jira', 'linear']);
    expect(out.changes.length).toBeGreaterThan(0);
    ids.push('TASK-0F0F');
    // GitHub's hourly budget is spent: the run keeps the rest, exits 0 and says what is left.
    const more = ['TASK-4D4D', 'TASK-5E5E'];
    const c = cloneOf(remote);
    for (const id of more) write(c, `tasks/backlog/${id}.md`, taskText(id));
    commitAll(c, 'more tasks');
    github.budget(true);
    const spent = await sync(cloneOf(remote));
    const said = `${spent.stdout}${spent.stderr}`;
    expect([spent.code, said]).toEqual([
      0,
      expect.stringMatching(/SYNC_LEFT.*GitHub API rate limit/),
    ]);
    expect(github.items().map((it) => it.task)).toEqual(ids);
    for (const f of FAKES.filter((x) => x !== github))
      expectExactlyOnce(remote, [...ids, ...more], f);
    github.budget(false);
    const rest = await sync(cloneOf(remote));
    expect([rest.code, rest.stdout]).toEqual([
      0,
      expect.stringMatching(/created #\d+ for TASK-5E5E/),
    ]);
    expectAllFour(remote, [...ids, ...more]);
  });

  test('the bundled action with one tracker refusing its token: the others are created and recorded, and the step fails with outputs, annotations and a summary that say so', async () => {
    const ids = ['TASK-1A1A', 'TASK-2B2B'];
    const { remote, clone } = remoteWithTasks(config(), ids);
    const { env: e, files } = actionEnv(clone, { command: 'sync', 'max-creates': '20' });
    const r = await new Promise<{ code: number; stdout: string }>((res) => {
      const p = spawn(ACTION_NODE, [join(ROOT, 'dist', 'index.js')], {
        cwd: clone,
        env: { ...e, ...env({ AZURE_DEVOPS_TOKEN: 'wrong' }) },
      });
      let stdout = '';
      p.stdout.on('data', (d) => (stdout += d));
      p.on('close', (code) => res({ code: code ?? -1, stdout }));
    });
    expect(r.code).not.toBe(0);
    expect(r.stdout).toMatch(/::error::extids sync: .*Azure DevOps/);
    for (const f of FAKES.filter((x) => x !== azure)) expectExactlyOnce(remote, ids, f);
    expect(r.stdout).toMatch(/created Jira PROJ-\d+ for TASK-1A1A/);
    const outputs = readFileSync(files.GITHUB_OUTPUT, 'utf8');
    expect(outputs).toMatch(/ok<<ghadelimiter_[\w-]+\nfalse\n/);
    const report = JSON.parse(
      readFileSync(/report<<ghadelimiter_[\w-]+\n(.*)\n/.exec(outputs)![1]!, 'utf8'),
    );
    expect(report.changes.length).toBeGreaterThan(0);
    expect(report.error.message).toMatch(/Azure DevOps/);
    const summary = readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8');
    expect(summary).toMatch(/1 error/);
    expect(summary).toMatch(/SYNC_LEFT.*sync stopped: .*Azure DevOps/);
    expect(summary).not.toMatch(/no errors/);
  });

  test('a lost links file is written back for every tracker whose key the mapping names, also one the run does not reach (--tools, a tracker that fails)', async () => {
    const lin = FAKES.find((f) => f.tool === 'linear') as ReturnType<typeof linearHarness>;
    const made = lin.handMade();
    const { remote, clone } = remoteWithTasks(config(), ['TASK-1A1A'], (id) =>
      taskText(id, 'backlog', `Body of ${id}.`, `external_ids:\n  linear: "${made}"\n`),
    );
    expect((await cliAsync(clone, ['sync'], env())).code).toBe(0);
    const linkOf = () =>
      (JSON.parse(git(remote, 'show', `main:${LINKS}`)).links['TASK-1A1A'] ?? {}).linear;
    expect(linkOf()).toMatchObject({ key: made });
    git(clone, 'rm', '-q', LINKS);
    commitAll(clone, 'lost the links');
    // Only Jira is synced (its own link is taken back and read): Linear's comes back all the same.
    const r = await cliAsync(cloneOf(remote), ['sync', '--tools', 'jira'], env());
    expect(r.code).toBe(0);
    expect(linkOf()).toMatchObject({ key: made });
  });
});
