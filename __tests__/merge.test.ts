import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import {
  findDuplicateExternalIds,
  highestUsed,
  linksText,
  mergeLinks,
  mergeState,
  parseLinksText,
  type Links,
  type Counters,
  type Mappings,
} from '../src/core/index.js';
import { seniorityOf } from '../src/core/seniority.js';

/** No task file knows its age here: ID order decides, as the last rule of seniority. */
const byIdOnly = seniorityOf(() => undefined);
import {
  cleanup,
  cli,
  COUNTERS,
  git,
  gitRun,
  MAPPING,
  read,
  readJson,
  repo,
  task,
  taskBranches,
  write,
} from './helpers.js';

afterAll(cleanup);

describe('pure three-way merge (property tests)', () => {
  const ext = fc.integer({ min: 1, max: 12 });
  const mappings = fc.dictionary(
    fc.constantFrom('TASK-A1', 'TASK-B2', 'TASK-C3', 'TASK-D4', 'TASK-E5'),
    fc.record({ jira: ext.map((n) => `PROJ-${n}`), github: ext.map(String) }, { requiredKeys: [] }),
  ) as fc.Arbitrary<Mappings>;
  const counters = (m: Mappings): Counters => highestUsed(m);

  test('keeps every mapping unless renumbered and reported; no external ID held twice; counters ≥ both inputs; deterministic either way round', () => {
    fc.assert(
      fc.property(mappings, mappings, mappings, (base, ours, theirs) => {
        const ab = mergeState({
          base,
          ours,
          theirs,
          counters: [counters(ours), counters(theirs)],
          seniority: byIdOnly,
        });
        const ba = mergeState({
          base,
          ours: theirs,
          theirs: ours,
          counters: [counters(theirs), counters(ours)],
          seniority: byIdOnly,
        });
        expect(ab.mappings).toEqual(ba.mappings);
        expect(ab.counters).toEqual(ba.counters);
        expect(findDuplicateExternalIds(ab.mappings)).toEqual([]);
        for (const side of [ours, theirs])
          for (const [id, entry] of Object.entries(side))
            for (const [tool, v] of Object.entries(entry)) {
              const got = (ab.mappings[id] as any)[tool];
              // A value that did not survive is accounted for by a record naming this very value.
              const explained =
                got === v ||
                ab.renumbered.some((r) => r.internalId === id && r.tool === tool && r.from === v) ||
                ab.notes.some(
                  (n) =>
                    n.task === id &&
                    n.tool === tool &&
                    (n.kind === 'kept-lower' ? n.retired === v : n.was === v),
                ) ||
                ab.conflicts.some((c) => c.task === id && c.tool === tool && c.values.includes(v));
              expect(explained).toBe(true);
            }
        for (const c of [counters(ours), counters(theirs), highestUsed(ab.mappings)]) {
          expect(ab.counters.github).toBeGreaterThanOrEqual(c.github);
          expect(ab.counters.jira.PROJ ?? 0).toBeGreaterThanOrEqual(c.jira.PROJ ?? 0);
        }
      }),
      { numRuns: 500 },
    );
  });
});

function based(): string {
  const root = repo({ kind: 'installed', tasks: { 'tasks/base.md': task('TASK-0A0A') } });
  expect(cli(root, ['assign', '--all']).code).toBe(0);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base', '--no-verify');
  return root;
}

/** Two branches that each create a task and assign it IDs: both allocate PROJ-2 and github 2. */
function branches(root: string, withDriver: boolean) {
  if (withDriver) {
    git(root, 'config', 'merge.extids.driver', 'node_modules/.bin/extids merge-driver %O %A %B %P');
    write(root, '.gitattributes', `${MAPPING} merge=extids\n${COUNTERS} merge=extids\n`);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'driver', '--no-verify');
  }
  taskBranches(root, [
    ['one', 'TASK-1A1A', '2026-01-01'],
    ['two', 'TASK-2B2B', '2026-02-01'],
  ]);
  git(root, 'checkout', '-q', 'one');
}

const run = (root: string, ...args: string[]) => gitRun(root, args);

describe('merge driver in real repositories', () => {
  test.each([
    ['merge', ['merge', '-q', '--no-edit', 'two']],
    ['rebase', ['rebase', '-q', 'two']],
    ['cherry-pick', ['cherry-pick', 'two']],
  ])(
    '%s of two branches that allocated the same numbers: no conflict, no duplicate, counters at the maximum',
    (_name, args) => {
      const root = based();
      branches(root, true);
      const r = run(root, ...args);
      expect(r.code).toBe(0);
      const m = readJson(root, MAPPING).mappings;
      expect(Object.keys(m).sort()).toEqual(['TASK-0A0A', 'TASK-1A1A', 'TASK-2B2B']);
      expect(findDuplicateExternalIds(m)).toEqual([]);
      // Counters by maximum: never below the highest number either side used.
      expect(readJson(root, COUNTERS).counters.jira.PROJ).toBeGreaterThanOrEqual(2);
      expect(read(root, MAPPING)).not.toMatch(/<<<<<<<|>>>>>>>/);
      // The renumbered task's frontmatter is brought in line by repair; then all is valid.
      expect(cli(root, ['repair']).code).toBe(0);
      expect(readJson(root, COUNTERS).counters.jira.PROJ).toBe(3);
      expect(cli(root, ['validate']).code).toBe(0);
    },
  );

  test('an unparsable side leaves the conflict for a person, exit 1', () => {
    const root = based();
    git(root, 'config', 'merge.extids.driver', 'node_modules/.bin/extids merge-driver %O %A %B %P');
    write(root, '.gitattributes', `${MAPPING} merge=extids\n`);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'driver', '--no-verify');
    git(root, 'checkout', '-qb', 'bad', 'main');
    write(root, MAPPING, '{ broken');
    git(root, 'commit', '-qam', 'break', '--no-verify');
    git(root, 'checkout', '-q', 'main');
    write(root, 'tasks/x.md', task('TASK-9F9F'));
    cli(root, ['assign', '--all']);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'x', '--no-verify');
    const r = run(root, 'merge', '-q', '--no-edit', 'bad');
    expect(r.code).not.toBe(0);
    expect(r.stderr + r.stdout).toMatch(/cannot be read|CONFLICT/);
    expect(read(root, MAPPING)).toMatch(/<<<<<<< ours/);
  });

  test('without the driver: validate names the duplicate, repair fixes it, the older task keeps its ID', () => {
    const root = based();
    branches(root, false);
    const r = run(root, 'merge', '-q', '--no-edit', '-X', 'ours', 'two');
    expect(r.code).toBe(0);
    // -X ours kept our state files: TASK-2B2B's IDs are only in its frontmatter, and collide.
    const v = cli(root, ['validate']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/FRONTMATTER_MISMATCH/);
    const fix = cli(root, ['repair']);
    expect(fix.code).toBe(0);
    expect(fix.stdout).toMatch(
      /renumbered TASK-2B2B's Jira PROJ-2 → PROJ-3 \(TASK-1A1A holds PROJ-2/,
    );
    const m = readJson(root, MAPPING).mappings;
    expect(m['TASK-1A1A'].jira).toBe('PROJ-2');
    expect(m['TASK-2B2B'].jira).toBe('PROJ-3');
    expect(read(root, 'tasks/two.md')).toContain('jira: PROJ-3');
    expect(cli(root, ['validate']).code).toBe(0);
  });
});

const LINKS = '.claude/state/external_id_links.json';

describe('the links file (sync mode) merges too', () => {
  const link = (number: number, hash = `h${number}`) => ({
    github: {
      id: String(1000 + number),
      key: String(number),
      url: `https://github.com/a/b/issues/${number}`,
      hash,
    },
  });
  const file = (links: Links, updated = '2026-01-01T00:00:00Z') =>
    parseLinksText(linksText(links, updated), 'links');

  test('pure: symmetric; a link one side changed takes the change; both changed differently is left out', () => {
    const entry = fc.option(fc.constantFrom(...[4, 5, 6].flatMap((n) => [link(n), link(n, 'x')])), {
      nil: undefined,
    });
    const side = fc.record({ 'TASK-A1': entry, 'TASK-B2': entry, 'TASK-C3': entry });
    const links = (r: Record<string, ReturnType<typeof link> | undefined>): Links =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as Links;
    fc.assert(
      fc.property(side, side, side, (b, x, y) => {
        const [base, ours, theirs] = [b, x, y].map((r) => file(links(r)));
        const ab = mergeLinks(base, ours!, theirs!);
        const ba = mergeLinks(base, theirs!, ours!);
        expect(linksText(ab.links, ab.updated)).toBe(linksText(ba.links, ba.updated));
        for (const task of Object.keys({ ...x, ...y })) {
          const [o, a, c] = [b, x, y].map((r) => JSON.stringify(r[task as keyof typeof r]));
          const got = ab.links[task];
          if (a === c || c === undefined || c === o) expect(JSON.stringify(got)).toBe(a ?? c);
          else if (a === undefined || a === o) expect(JSON.stringify(got)).toBe(c);
          else {
            expect(got).toBeUndefined();
            expect(ab.dropped.map((d) => d.task)).toContain(task);
          }
        }
      }),
    );
  });

  test("in a real merge: both branches' links kept; a link both changed is left for the next sync, said in one line", () => {
    const root = based();
    git(root, 'config', 'merge.extids.driver', 'node_modules/.bin/extids merge-driver %O %A %B %P');
    write(
      root,
      '.gitattributes',
      `${MAPPING} merge=extids\n${COUNTERS} merge=extids\n${LINKS} merge=extids\n`,
    );
    write(root, LINKS, linksText({ 'TASK-0A0A': link(4) }, '2026-01-01T00:00:00Z'));
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'links', '--no-verify');
    const onBranch = (name: string, links: Links, stamp: string) => {
      git(root, 'checkout', '-qb', name, 'main');
      write(root, LINKS, linksText(links, stamp));
      git(root, 'commit', '-qam', name, '--no-verify');
    };
    onBranch('one', { 'TASK-0A0A': link(4), 'TASK-1A1A': link(5) }, '2026-01-02T00:00:00Z');
    onBranch(
      'two',
      { 'TASK-0A0A': link(4, 'edited'), 'TASK-2B2B': link(6) },
      '2026-01-03T00:00:00Z',
    );
    git(root, 'checkout', '-q', 'one');
    const r = run(root, 'merge', '-q', '--no-edit', 'two');
    expect(r.code).toBe(0);
    const merged = readJson(root, LINKS);
    expect(merged.links).toEqual({
      'TASK-0A0A': link(4, 'edited'), // only two changed it
      'TASK-1A1A': link(5),
      'TASK-2B2B': link(6),
    });
    expect(merged.updated).toBe('2026-01-03T00:00:00Z');
    expect(read(root, LINKS)).toBe(linksText(merged.links, merged.updated)); // canonical
    // Both change TASK-0A0A's link, differently.
    onBranch('three', { 'TASK-0A0A': link(4, 'three') }, '2026-01-04T00:00:00Z');
    onBranch('four', { 'TASK-0A0A': link(4, 'four') }, '2026-01-05T00:00:00Z');
    const both = run(root, 'merge', '-q', '--no-edit', 'three');
    expect(both.code).toBe(0);
    expect(both.stderr).toMatch(
      /TASK-0A0A: both sides changed its GitHub link differently; left it out, the next `extids sync` reads the issue and links it again/,
    );
    expect(readJson(root, LINKS).links['TASK-0A0A']).toBeUndefined();
  });

  test("an unreadable links side leaves git's conflict markers and says what checks it", () => {
    const root = based();
    git(root, 'config', 'merge.extids.driver', 'node_modules/.bin/extids merge-driver %O %A %B %P');
    write(root, '.gitattributes', `${LINKS} merge=extids\n`);
    write(root, LINKS, linksText({ 'TASK-0A0A': link(4) }, '2026-01-01T00:00:00Z'));
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'links', '--no-verify');
    git(root, 'checkout', '-qb', 'bad', 'main');
    write(root, LINKS, '{ "links": ');
    git(root, 'commit', '-qam', 'break', '--no-verify');
    git(root, 'checkout', '-q', 'main');
    write(root, LINKS, linksText({ 'TASK-0A0A': link(4, 'new') }, '2026-01-02T00:00:00Z'));
    git(root, 'commit', '-qam', 'change', '--no-verify');
    const r = run(root, 'merge', '-q', '--no-edit', 'bad');
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/the theirs side cannot be read: is not valid JSON/);
    expect(r.stderr).toMatch(/`extids validate` checks it/);
    expect(read(root, LINKS)).toMatch(/<<<<<<< ours/);
    expect(cli(root, ['validate']).stdout).toMatch(/external_id_links\.json:\d+.*CONFLICT_MARKERS/);
  });
});

/**
 * The issue's reproduction: the older task has the *later* ID, so ID order and age disagree.
 * Branch `a` adds TASK-2B2B (created 2026-01-02), branch `b` adds TASK-1A1A (created 2026-01-05);
 * both allocate PROJ-2 and GitHub 2. Whichever path settles it, the task created first keeps them.
 */
describe('who keeps a duplicated number: the task created first, on every path', () => {
  function agesDisagreeWithIdOrder(root: string, withDriver: boolean, dated: boolean) {
    if (withDriver) {
      git(
        root,
        'config',
        'merge.extids.driver',
        'node_modules/.bin/extids merge-driver %O %A %B %P',
      );
      write(root, '.gitattributes', `${MAPPING} merge=extids\n${COUNTERS} merge=extids\n`);
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'driver', '--no-verify');
    }
    taskBranches(
      root,
      [
        ['a', 'TASK-2B2B', '2026-01-02'],
        ['b', 'TASK-1A1A', '2026-01-05'],
      ],
      { dated },
    );
    // Merge a into b.
    const r = run(root, 'merge', '-q', '--no-edit', ...(withDriver ? [] : ['-X', 'ours']), 'a');
    expect(r.code).toBe(0);
  }

  test.each([
    ['with the merge driver', true, true],
    ['with the merge driver, no created: (first commit decides)', true, false],
    ['without the driver, then repair', false, true],
    ['without the driver, then repair, no created: (first commit decides)', false, false],
  ])('%s: TASK-2B2B (older, later ID) keeps PROJ-2', (_name, withDriver, dated) => {
    const root = based();
    agesDisagreeWithIdOrder(root, withDriver, dated);
    expect(cli(root, ['repair']).code).toBe(0);
    const m = readJson(root, MAPPING).mappings;
    expect(m['TASK-2B2B']).toEqual({ jira: 'PROJ-2', github: '2' });
    expect(m['TASK-1A1A']).toEqual({ jira: 'PROJ-3', github: '3' });
    expect(read(root, 'tasks/a.md')).toContain('jira: PROJ-2');
    expect(read(root, 'tasks/b.md')).toContain('jira: PROJ-3');
    expect(cli(root, ['validate']).code).toBe(0);
  });
});

describe('seniority, the order that decides who keeps a number', () => {
  const order = (ages: Record<string, object>) =>
    ['TASK-C', 'TASK-A', 'TASK-B'].sort(seniorityOf((id) => ages[id]));
  test('created: first, then the first commit, then the mapping file’s record, then ID order', () => {
    expect(
      order({ 'TASK-A': { created: 3 }, 'TASK-B': { created: 1 }, 'TASK-C': { created: 2 } }),
    ).toEqual(['TASK-B', 'TASK-C', 'TASK-A']);
    // A known date beats an unknown one; an unknown date sorts last.
    expect(order({ 'TASK-C': { added: 5 } })).toEqual(['TASK-C', 'TASK-A', 'TASK-B']);
    expect(order({ 'TASK-B': { recorded: true } })).toEqual(['TASK-B', 'TASK-A', 'TASK-C']);
    expect(order({})).toEqual(['TASK-A', 'TASK-B', 'TASK-C']);
    // created: outranks a commit date, whatever the numbers.
    expect(order({ 'TASK-A': { added: 1 }, 'TASK-C': { created: 9 } })).toEqual([
      'TASK-C',
      'TASK-A',
      'TASK-B',
    ]);
  });
});
