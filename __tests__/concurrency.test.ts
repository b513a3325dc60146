/**
 * Concurrency through the CLI, as people and CI jobs run it: many `extids` processes on one
 * repository at once. The reference implementation kept 71 of 200 mappings here.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { readTask } from '../src/core/index.js';
import {
  cleanup,
  cliAsync,
  COUNTERS,
  MAPPING,
  readJson,
  repo,
  tasksFor,
  type Run,
} from './helpers.js';

afterAll(cleanup);

const LOCK_TIMEOUT = /timed out after [\d.]+s waiting for the lock .*\.extids\.lock/;

const repoWithTasks = (ids: string[]): string => repo({ tasks: tasksFor(ids) });

/** Runs `args(i)` for i = 0..n-1 one after another and returns every run. */
async function loop(root: string, n: number, args: (i: number) => string[]): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 0; i < n; i++)
    runs.push(await cliAsync(root, args(i), { EXTIDS_LOCK_TIMEOUT_MS: '60000' }));
  return runs;
}

/** Every task carries the IDs the mapping file gives it, and no ID is held twice. */
function expectConsistent(root: string, ids: string[]) {
  const mappings = readJson(root, MAPPING).mappings as Record<string, Record<string, string>>;
  expect(Object.keys(mappings).sort()).toEqual([...ids].sort());
  for (const tool of ['jira', 'github']) {
    const held = Object.values(mappings).map((e) => e[tool]);
    expect(new Set(held).size).toBe(ids.length);
  }
  for (const id of ids)
    expect(readTask(join(root, `tasks/backlog/${id}.md`), root).externalIds).toEqual(mappings[id]);
  return mappings;
}

const failed = (runs: Run[]) =>
  runs.filter((r) => r.code !== 0).map((r) => `exit ${r.code}: ${r.stderr || r.stdout}`);

describe('many extids processes on one repository', () => {
  test('8 processes × 25 `extids assign`: 200 tasks, 200 distinct IDs per tool, frontmatter agrees', async () => {
    const ids = Array.from({ length: 8 }, (_, p) =>
      Array.from({ length: 25 }, (_, i) => `TASK-P${p}-${i}`),
    );
    const root = repoWithTasks(ids.flat());
    const runs = await Promise.all(
      ids.map((mine) => loop(root, mine.length, (i) => ['assign', `tasks/backlog/${mine[i]}.md`])),
    );
    expect(failed(runs.flat())).toEqual([]);
    const mappings = expectConsistent(root, ids.flat());
    // Numbers are dense: 200 transactions, no number lost to a race.
    const jira = Object.values(mappings).map((e) => Number(e.jira!.slice('PROJ-'.length)));
    expect(Math.max(...jira)).toBe(200);
    expect(readJson(root, COUNTERS).counters).toMatchObject({ github: 200, jira: { PROJ: 200 } });
    const v = await cliAsync(root, ['validate', '--json']);
    expect(v.code).toBe(0);
    expect(JSON.parse(v.stdout).findings).toEqual([]);
  }, 300_000);

  test('assign, assign, repair and validate at once: nothing lost or duplicated, no hang', async () => {
    const a = Array.from({ length: 10 }, (_, i) => `TASK-A-${i}`);
    const b = Array.from({ length: 10 }, (_, i) => `TASK-B-${i}`);
    const root = repoWithTasks([...a, ...b]);
    const [ra, rb, repairs, validates] = await Promise.all([
      loop(root, a.length, (i) => ['assign', `tasks/backlog/${a[i]}.md`]),
      loop(root, b.length, (i) => ['assign', `tasks/backlog/${b[i]}.md`]),
      loop(root, 10, () => ['repair']),
      loop(root, 10, () => ['validate', '--json']),
    ]);
    // Every process finished: 0, or a clear lock timeout (exit 2) and nothing else.
    for (const r of [...ra!, ...rb!, ...repairs!, ...validates!]) {
      if (r.code === 2) expect(r.stderr).toMatch(LOCK_TIMEOUT);
      else expect(`exit ${r.code}: ${r.stderr}${r.stdout}`).toBe(`exit 0: ${r.stderr}${r.stdout}`);
    }
    // A validate that raced the writers saw at most "not assigned yet", never an error.
    for (const v of validates!) {
      const errors = JSON.parse(v.stdout).findings.filter(
        (f: { severity: string }) => f.severity === 'error',
      );
      expect(errors).toEqual([]);
    }
    // Repair found nothing to renumber or rebuild while the assigns ran.
    for (const r of repairs!) expect(r.stdout).not.toMatch(/renumber|rebuilt|restored/);
    // Consistent whatever timed out: exactly the tasks whose assign succeeded hold IDs.
    const succeeded = [
      ...a.filter((_, i) => ra![i]!.code === 0),
      ...b.filter((_, i) => rb![i]!.code === 0),
    ];
    expectConsistent(root, succeeded);
  }, 300_000);
});
