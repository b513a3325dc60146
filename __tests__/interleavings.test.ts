/**
 * Random interleavings of a team's work (property-style, fast-check): two or three clones add
 * tasks, edit their own, commit through the hook, push, and bring in the others' work with
 * `git pull --rebase` or `git pull` (a merge), all on one bare remote. After every step that makes
 * commits, each new commit validates clean; at the end no external ID is held by two tasks and no
 * counter is behind, in any clone.
 *
 * EXTIDS_PROPERTY_RUNS sets the number of random runs (default 3, besides one written-out run, which keeps this file near a minute on
 * a shared machine); each run continues the team's history with fresh tasks.
 */
import { afterAll, beforeAll, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, extids, git, gitRun, MAPPING, read, task, tempDir, write } from './helpers.js';
import { team, type Team } from './team.js';

afterAll(cleanup);

const RUNS = Number(process.env.EXTIDS_PROPERTY_RUNS) || 3;

type Action =
  | { kind: 'add'; clone: number; count: number }
  | { kind: 'edit'; clone: number }
  | { kind: 'push'; clone: number }
  | { kind: 'pull-rebase'; clone: number }
  | { kind: 'pull-merge'; clone: number };

const action = (clones: number): fc.Arbitrary<Action> => {
  const clone = fc.integer({ min: 0, max: clones - 1 });
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('add' as const),
        clone,
        count: fc.integer({ min: 1, max: 2 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('edit' as const), clone }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('push' as const), clone }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('pull-rebase' as const), clone }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('pull-merge' as const), clone }) },
  );
};
/** Clones, their actions, and how each clone brings in the others' work at the end. */
type Scenario = [clones: number, actions: Action[], rebaseAtEnd: boolean[]];
const scenario: fc.Arbitrary<Scenario> = fc
  .integer({ min: 2, max: 3 })
  .chain((n) =>
    fc.tuple(
      fc.constant(n),
      fc.array(action(n), { minLength: 8, maxLength: 14 }),
      fc.array(fc.boolean(), { minLength: n, maxLength: n }),
    ),
  );
/** Always run, whatever the random ones are: each clone's new tasks meet the other's by rebase. */
const EXAMPLE: Scenario = [
  2,
  [
    { kind: 'add', clone: 0, count: 1 },
    { kind: 'push', clone: 0 },
    { kind: 'add', clone: 1, count: 2 },
    { kind: 'edit', clone: 1 },
    { kind: 'add', clone: 0, count: 1 },
    { kind: 'pull-rebase', clone: 1 },
    { kind: 'push', clone: 1 },
    { kind: 'pull-merge', clone: 0 },
  ],
  [true, false],
];

let t: Team;
const clones: string[] = [];
beforeAll(() => {
  t = team();
  clones.push(t.first, t.clone(), t.clone());
  // Every clone registered the merge driver itself, on npm ci (prepare): nothing set by hand.
  for (const c of clones) expect(gitRun(c, ['config', 'merge.extids.driver']).code).toBe(0);
});

const validated = new Set<string>();
/** Every commit HEAD reaches that no check has seen yet, validated in a worktree of its own. */
async function validateNew(clone: string): Promise<string[]> {
  const bad: string[] = [];
  for (const sha of git(clone, 'rev-list', 'HEAD').split('\n').filter(Boolean)) {
    if (validated.has(sha)) continue;
    const wt = tempDir('extids-wt-');
    git(clone, 'worktree', 'add', '-q', '--detach', wt, sha);
    const v = await extids(wt, ['validate']);
    git(clone, 'worktree', 'remove', '--force', wt);
    if (v.code !== 0)
      bad.push(`${git(clone, 'log', '-1', '--format=%h %s', sha).trim()}: ${v.stdout}${v.stderr}`);
    validated.add(sha);
  }
  return bad;
}

let next = 0;
/** Each new task is a day younger than the one before, so who keeps a contested number is known. */
function newTask(clone: string): void {
  next += 1;
  const day = new Date(Date.UTC(2026, 0, 1) + next * 86_400_000).toISOString().slice(0, 10);
  const id = `TASK-P${String(next).padStart(3, '0')}`;
  const text = task(id).replace('created: 2026-01-02T03:04:05Z', `created: ${day}T09:00:00Z`);
  write(clone, `tasks/backlog/${id}.md`, text);
}
const mine = new Map<string, string[]>(); // clone → its own task files (edited only by it)

function act(a: Action): string {
  const c = clones[a.clone]!;
  const commit = (msg: string) => {
    git(c, 'add', '-A');
    const r = gitRun(c, ['commit', '-qm', msg]);
    if (r.code !== 0) throw new Error(`commit "${msg}" refused: ${r.stderr}`);
  };
  switch (a.kind) {
    case 'add':
      for (let i = 0; i < a.count; i++) {
        newTask(c);
        mine.set(c, [
          ...(mine.get(c) ?? []),
          `tasks/backlog/TASK-P${String(next).padStart(3, '0')}.md`,
        ]);
      }
      commit(`add ${a.count}`);
      return `${a.clone}: add ${a.count}`;
    case 'edit': {
      const f = mine.get(c)?.at(-1);
      if (!f) return `${a.clone}: nothing to edit`;
      write(
        c,
        f,
        read(c, f).replace(
          /^status: .*$/m,
          `status: step-${next}-${Math.random().toString(36).slice(2, 6)}`,
        ),
      );
      commit('edit');
      return `${a.clone}: edit`;
    }
    case 'push':
      return `${a.clone}: push ${gitRun(c, ['push', '-q']).code === 0 ? 'ok' : 'rejected'}`;
    case 'pull-rebase':
    case 'pull-merge': {
      const args = a.kind === 'pull-rebase' ? ['--rebase'] : ['--no-rebase', '--no-edit'];
      const r = gitRun(c, ['pull', '-q', ...args]);
      if (r.code !== 0)
        throw new Error(
          `git pull ${args.join(' ')} failed in clone ${a.clone}: ${r.stderr}${r.stdout}`,
        );
      const dirty = git(c, 'status', '--porcelain');
      if (dirty) throw new Error(`git status after pull in clone ${a.clone}:\n${dirty}`);
      return `${a.clone}: ${a.kind}`;
    }
  }
}

test('random interleavings of clones adding, committing, pushing, pulling with rebase and with merge: every commit validates, no external ID twice, no counter behind', async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async ([n, actions, rebaseAtEnd]) => {
      const steps: string[] = [];
      for (const a of actions) {
        if (a.clone >= n) continue;
        steps.push(act(a));
        const bad = await validateNew(clones[a.clone]!);
        if (bad.length) throw new Error(`after ${steps.join(' → ')}:\n${bad.join('\n')}`);
      }
      // Everyone brings in everyone's work; then each clone's ledger is whole.
      for (let round = 0; round < 2; round++)
        for (let i = 0; i < n; i++) {
          steps.push(act({ kind: rebaseAtEnd[i] ? 'pull-rebase' : 'pull-merge', clone: i }));
          steps.push(act({ kind: 'push', clone: i }));
        }
      for (let i = 0; i < n; i++) {
        const bad = await validateNew(clones[i]!);
        if (bad.length) throw new Error(`after ${steps.join(' → ')}:\n${bad.join('\n')}`);
        // A run that added no task yet has no mapping file.
        const file = join(clones[i]!, MAPPING);
        const mapping = (
          existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).mappings : {}
        ) as Record<string, Record<string, string>>;
        const held = Object.values(mapping).flatMap((e) => Object.values(e));
        expect(held.length).toBe(new Set(held).size);
        const v = await extids(clones[i]!, ['validate', '--json']);
        const codes = JSON.parse(v.stdout).findings.map((f: { code: string }) => f.code);
        expect(codes).not.toContain('COUNTER_BEHIND');
        expect(codes).not.toContain('DUPLICATE_EXTERNAL_ID');
        expect(v.code).toBe(0);
      }
    }),
    { numRuns: RUNS, endOnFailure: true, examples: [[EXAMPLE]] },
  );
}, 600_000);
