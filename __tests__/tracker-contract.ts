/**
 * The contract every tracker adapter passes against its fake (DESIGN.md, "Sync mode": one
 * contract test suite runs against every adapter). `trackerContract(subject)` defines the tests;
 * a test file calls it once per adapter with a `ContractSubject`, which starts a fresh fake per
 * test and binds the adapter to it. Nothing here names a tracker: what differs between trackers
 * (how a fault is injected on "the create request", how a person edits an item, which key names
 * nothing) is the harness's to say, so GitHub, Linear and Azure DevOps plug in unchanged.
 *
 * What it checks, each the way the engine relies on it:
 * - a create is sent once and makes one item carrying the marker, with the key, id and URL the
 *   mapping and the links need;
 * - a create whose answer is lost (or that times out, or meets a 5xx) is `unknown-outcome`, is not
 *   sent again, and its item is found by the marker within the declared consistency;
 * - a conditional update of an item a person changed since it was read is `stale` and writes
 *   nothing; with the current version it goes through;
 * - transitions reach each state category and leave an item already there alone;
 * - a rate-limited answer is `rate-limited` with a wait, and a rate-limited create made nothing;
 * - a key that names nothing is `not-found`; refused credentials are `auth`.
 */
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import {
  isClosedState,
  markerFor,
  TrackerError,
  type ItemRef,
  type Marker,
  type StateCategory,
  type Tracker,
  type TrackerErrorKind,
} from '../src/core/sync/tracker.js';

/** A fault the fake injects into the next request of one operation. */
export type ContractFault =
  /** performed, then the connection dropped before any answer */
  | 'lost'
  /** a 5xx, not performed */
  | 'unavailable'
  /** performed, answered after the client's time-out (`SLOW_TIMEOUT_MS` here; answer > 1 s) */
  | 'slow'
  /** the tracker's rate-limit answer, not performed */
  | 'rate-limited';

/** The adapter operations faults are injected into (the harness maps them to its requests). */
export type ContractOp = 'create' | 'get' | 'lookup';

/** A running fake and the adapter bound to it. */
export interface TrackerHarness {
  /** The adapter under test; `badCredentials`: one whose token the fake refuses. */
  tracker(o?: { badCredentials?: boolean; timeoutMs?: number }): Tracker;
  /** The next request of `op` meets `fault`. */
  inject(fault: ContractFault, op: ContractOp): void;
  /** How many items carry `marker` in the fake now (read from the fake, not through the adapter). */
  itemsWith(marker: Marker): number | Promise<number>;
  /** Create requests the fake received, answered or not (counted once their answer is due). */
  creates(): number | Promise<number>;
  /** Writes the fake performed (creates, edits, transitions). */
  writes(): number | Promise<number>;
  /** A person changing the item's title in the tracker. */
  editByPerson(ref: ItemRef, title: string): void | Promise<void>;
  /** A key (and, where the tracker has them, an id) that names no item. */
  missing: ItemRef;
  /** How a `removed` item reads back (default `removed`): Jira-like trackers may show `done`. */
  removedReadsAs?: StateCategory[];
  close(): Promise<void>;
}

export interface ContractSubject {
  /** For the describe block: "Jira Cloud". */
  name: string;
  /**
   * A fresh fake and harness. An eventually consistent adapter is given a short bound here
   * (seconds): the suite waits for it.
   */
  start(): Promise<TrackerHarness>;
}

/** The client time-out the suite uses for `slow`; a harness's slow answer takes longer than 1 s. */
export const SLOW_TIMEOUT_MS = 400;

const REPO = 'acme/tasks';

/** Runs `f`, expecting a TrackerError of `kind` (or one of the kinds); returns it. */
export async function failsWith(
  f: () => Promise<unknown>,
  kind: TrackerErrorKind | TrackerErrorKind[],
): Promise<TrackerError> {
  let caught: unknown;
  try {
    await f();
  } catch (err) {
    caught = err;
  }
  const kinds = Array.isArray(kind) ? kind : [kind];
  if (!(caught instanceof TrackerError))
    throw new Error(`expected a TrackerError (${kinds.join(' or ')}), got ${String(caught)}`);
  // The message comes along, so a failure shows what the tracker said.
  expect(`${caught.kind}: ${caught.message}`).toMatch(new RegExp(`^(${kinds.join('|')}): `));
  expect(caught.code).toBe('TRACKER_FAILED');
  return caught;
}

/**
 * Looks `marker` up until an item carries it, within the adapter's declared consistency (plus
 * `slackMs`); fails when a consistent adapter misses it once, or an eventual one past its bound.
 */
export async function lookupWithin(t: Tracker, marker: Marker, slackMs = 1500) {
  const started = Date.now();
  const bound = t.lookupConsistency.kind === 'consistent' ? 0 : t.lookupConsistency.boundMs;
  for (;;) {
    const hits = (await t.lookup([marker])).filter((i) => i.marker?.digest === marker.digest);
    if (hits.length) return { hits, afterMs: Date.now() - started };
    if (t.lookupConsistency.kind === 'consistent')
      throw new Error(`${t.name}: a consistent look-up missed ${marker.task}'s item`);
    if (Date.now() - started > bound + slackMs)
      throw new Error(`${t.name}: ${marker.task}'s item not found within the declared ${bound} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function trackerContract(subject: ContractSubject): void {
  describe(`Tracker contract: ${subject.name}`, () => {
    let h: TrackerHarness;
    let t: Tracker;
    let n = 0;
    /** A marker no other test used. */
    const fresh = () => markerFor(REPO, 'contract', `TASK-C${++n}`);
    const content = (m: Marker) => ({
      title: `Contract ${m.task}`,
      body: `## Acceptance\n\n- [ ] works\n- [x] tested\n\nSee [the spec](https://example.com/spec).\n`,
    });

    beforeEach(async () => {
      h = await subject.start();
      t = h.tracker();
    });
    afterEach(() => h.close());

    test('a create is sent once and makes one item that carries the marker', async () => {
      const m = fresh();
      const c = await t.create(content(m), m);
      expect(await h.creates()).toBe(1);
      expect(await h.itemsWith(m)).toBe(1);
      expect(c.id).toMatch(/\S/);
      expect(c.key).toMatch(/\S/);
      expect(c.url).toMatch(/^https?:\/\//);
      const item = await t.get(c);
      expect(item).toMatchObject({
        id: c.id,
        key: c.key,
        ...t.render(content(m), m), // as create sends it (GitHub's marker lives in the body)
        state: 'todo',
        marker: m,
      });
      expect(item.version).toMatch(/\S/);
    });

    for (const fault of ['lost', 'slow', 'unavailable'] as const)
      test(`a create that meets "${fault}" is unknown-outcome, is not sent again, and the marker finds what exists`, async () => {
        const m = fresh();
        const quick = h.tracker({ timeoutMs: SLOW_TIMEOUT_MS });
        h.inject(fault, 'create');
        await failsWith(() => quick.create(content(m), m), 'unknown-outcome');
        if (fault === 'slow') await new Promise((r) => setTimeout(r, 1200)); // the answer lands
        expect(await h.creates()).toBe(1); // never retried by the adapter
        if (fault === 'unavailable') {
          // Not performed by the fake; the marker must not invent an item either.
          expect(await h.itemsWith(m)).toBe(0);
          expect((await t.lookup([m])).filter((i) => i.marker?.digest === m.digest)).toEqual([]);
          return;
        }
        expect(await h.itemsWith(m)).toBe(1);
        const { hits } = await lookupWithin(t, m);
        expect(hits).toHaveLength(1);
        expect(hits[0]!.title).toBe(`Contract ${m.task}`);
        expect(await h.creates()).toBe(1);
      });

    test('the look-up returns every marked item asked for, and nothing for a marker never used', async () => {
      const [a, b, never] = [fresh(), fresh(), fresh()];
      const ca = await t.create(content(a), a);
      const cb = await t.create(content(b), b);
      await lookupWithin(t, a);
      await lookupWithin(t, b);
      const all = await t.lookup([a, b, never]);
      expect(all.map((i) => [i.key, i.marker?.task]).sort()).toEqual(
        [
          [ca.key, a.task],
          [cb.key, b.task],
        ].sort(),
      );
    });

    test('a conditional update or transition of an item a person changed is stale and writes nothing', async () => {
      if (t.conditionalUpdate === 'none') return;
      const m = fresh();
      const c = await t.create(content(m), m);
      const read = await t.get(c);
      await h.editByPerson(c, 'Renamed by a person');
      const writes = await h.writes();
      await failsWith(
        () => t.update(c, { title: 'What extids wants' }, { ifVersion: read.version }),
        'stale',
      );
      expect(await h.writes()).toBe(writes);
      const now = await t.get(c);
      expect(now.title).toBe('Renamed by a person');
      expect(now.version).not.toBe(read.version);
      await failsWith(() => t.transition(c, 'done', { ifVersion: read.version }), 'stale');
      expect(await h.writes()).toBe(writes);
      expect((await t.get(c)).state).toBe('todo');
      const after = await t.update(c, { title: 'What extids wants' }, { ifVersion: now.version });
      expect(after.title).toBe('What extids wants');
      expect(after.version).not.toBe(now.version);
      expect((await t.get(c)).title).toBe('What extids wants');
    });

    test('an update sets title and body as rendered', async () => {
      const m = fresh();
      const c = await t.create(content(m), m);
      const body = '# New\n\n1. first\n2. second\n\n```sh\nnpm test\n```\n';
      const after = await t.update(c, { title: 'New title', body });
      const rendered = t.render({ title: 'New title', body });
      expect(rendered.title).toBe('New title');
      expect(after).toMatchObject({ ...rendered, key: c.key });
      expect(await t.get(c)).toMatchObject(rendered);
    });

    test('transitions reach each state category; an item already there is left alone', async () => {
      const m = fresh();
      const c = await t.create(content(m), m);
      const done = await t.transition(c, 'done');
      expect(done.state).toBe('done');
      expect((await t.get(c)).state).toBe('done');
      const writes = await h.writes();
      expect((await t.transition(c, 'done')).state).toBe('done');
      expect(await h.writes()).toBe(writes);
      const open = await t.transition(c, 'todo');
      expect(isClosedState(open.state)).toBe(false);
      const removed = await t.transition(c, 'removed');
      expect(h.removedReadsAs ?? ['removed']).toContain(removed.state);
      expect(isClosedState((await t.get(c)).state)).toBe(true);
      const back = await t.transition(c, 'todo');
      expect(isClosedState(back.state)).toBe(false);
    });

    test('a rate-limited answer is the rate-limited kind with a wait; a rate-limited create made nothing', async () => {
      const m = fresh();
      h.inject('rate-limited', 'create');
      const e = await failsWith(() => t.create(content(m), m), 'rate-limited');
      expect(e.info.retryAfterMs).toBeGreaterThanOrEqual(0);
      expect(await h.itemsWith(m)).toBe(0);
      const c = await t.create(content(m), m); // not performed, so it may be sent again
      expect(await h.itemsWith(m)).toBe(1);
      h.inject('rate-limited', 'get');
      const g = await failsWith(() => t.get(c), 'rate-limited');
      expect(g.info.retryAfterMs).toBeGreaterThanOrEqual(0);
      h.inject('rate-limited', 'lookup');
      await failsWith(() => t.lookup([m]), 'rate-limited');
    });

    test('a key that names nothing is not-found', async () => {
      await failsWith(() => t.get(h.missing), 'not-found');
      await failsWith(() => t.update(h.missing, { title: 'x' }), 'not-found');
      await failsWith(() => t.transition(h.missing, 'done'), 'not-found');
    });

    test('refused credentials are the auth kind, for reads and writes alike', async () => {
      const bad = h.tracker({ badCredentials: true });
      await failsWith(() => bad.verify(), 'auth');
      await t.verify();
      const m = fresh();
      await failsWith(() => bad.create(content(m), m), 'auth');
      expect(await h.itemsWith(m)).toBe(0);
      const c = await t.create(content(m), m);
      await failsWith(() => bad.get(c), 'auth');
      await failsWith(() => bad.lookup([m]), 'auth');
    });

    test('a read that gets no answer is unknown-outcome, never a wrong "not found"', async () => {
      const m = fresh();
      const c = await t.create(content(m), m);
      h.inject('lost', 'get');
      await failsWith(() => t.get(c), 'unknown-outcome');
      h.inject('unavailable', 'lookup');
      // A tracker that sends Retry-After with its 5xx makes that a rate limit.
      await failsWith(() => t.lookup([m]), ['unknown-outcome', 'rate-limited']);
    });
  });
}
