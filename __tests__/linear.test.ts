/**
 * Sync part 3 (#30), the Linear adapter against the project's Linear GraphQL fake on 127.0.0.1
 * (fixtures/linear-fake.mjs, from ../shared/trackers/linear.md): the tracker contract every
 * adapter passes, then what only Linear has: an issue id the client chooses, so the server
 * refuses a second create; identifiers numbered per team that change when an issue moves;
 * workflow states chosen by type under the team's own names; request and complexity budgets
 * announced in headers, and RATELIMITED as an HTTP 400.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import {
  chooseState,
  Linear,
  linearIssueId,
  markerDigestOfIssueId,
  type LinearState,
} from '../src/core/sync/linear.js';
import { markerFor, type Marker } from '../src/core/sync/tracker.js';
import {
  failsWith,
  SLOW_TIMEOUT_MS,
  trackerContract,
  type ContractFault,
  type ContractOp,
} from './tracker-contract.js';
// @ts-expect-error: a plain ES module shared with bench/
import { startLinearFake } from './fixtures/linear-fake.mjs';

jest.setTimeout(60_000);

type Fake = Awaited<ReturnType<typeof startLinearFake>>;

const FAULT: Record<ContractFault, string> = {
  lost: 'lost',
  unavailable: '503',
  slow: 'slow',
  'rate-limited': 'ratelimited',
};
/** The root field of each operation's request. */
const REQUEST: Record<ContractOp, RegExp> = {
  create: /^issueCreate$/,
  get: /^issue$/,
  lookup: /^issues$/,
};

function linearFor(fake: Fake, o: { apiKey?: string; timeoutMs?: number; team?: string } = {}) {
  return new Linear({
    url: fake.url,
    team: o.team ?? 'TEAM',
    apiKey: o.apiKey ?? fake.apiKey,
    fetch: globalThis.fetch,
    now: () => new Date(),
    timeoutMs: o.timeoutMs ?? 5000,
  });
}

const createRequests = (fake: Fake) =>
  fake.state.arrived.filter((r: { op: string }) => r.op === 'issueCreate').length;

trackerContract({
  name: 'Linear',
  async start() {
    const fake = await startLinearFake({ slowMs: 1500 });
    return {
      tracker: (o = {}) =>
        linearFor(fake, {
          ...(o.badCredentials && { apiKey: 'lin_api_revoked' }),
          ...(o.timeoutMs !== undefined && { timeoutMs: o.timeoutMs }),
        }),
      inject(fault, op) {
        fake.inject(FAULT[fault], 'POST', REQUEST[op]);
      },
      itemsWith: (m) => (fake.issue(linearIssueId(m)) ? 1 : 0),
      creates: () => createRequests(fake),
      writes: () => fake.state.writes,
      editByPerson: (ref, title) => fake.edit(ref.id ?? ref.key, { title }),
      missing: { id: '0f1e2d3c-4b5a-4697-8877-665544332211', key: 'TEAM-9999' },
      close: () => fake.close(),
    };
  },
});

describe('Linear specifics', () => {
  let fake: Fake;
  afterEach(() => fake?.close());
  const marker = (task: string): Marker => markerFor('acme/tasks', 'linear', task);
  const task = (id: string) => ({ title: `Title of ${id}`, body: `Body of ${id}.\n` });

  test('the issue id is a UUID v4 derived from the marker; identifiers come from the server and continue the team: TEAM-21 after 20 issues, TEAM-23 after a person took 22', async () => {
    fake = await startLinearFake();
    const linear = linearFor(fake);
    const m = marker('TASK-1');
    const a = await linear.create(task('TASK-1'), m);
    expect(a.id).toBe(linearIssueId(m));
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a.key).toBe('TEAM-21');
    expect(a.url).toMatch(/^https:\/\/linear\.app\/acme\/issue\/TEAM-21\//);
    expect(fake.createByPerson()).toBe('TEAM-22');
    const b = await linear.create(task('TASK-2'), marker('TASK-2'));
    expect(b.key).toBe('TEAM-23');
    // The team (with its states) is read once; then one request per create.
    expect(linear.requests).toBe(3);
    const issue = fake.issue('TEAM-21');
    expect(issue).toMatchObject({ title: 'Title of TASK-1', description: 'Body of TASK-1.\n' });
    expect(issue.state).toEqual({ name: 'Icebox', type: 'backlog' });
  });

  test('the id names its marker: the same marker, the same id; any issue read back tells whether extids made it', async () => {
    const m = marker('TASK-E01-b2c4.1');
    expect(linearIssueId(m)).toBe(linearIssueId(markerFor('ACME/Tasks', 'linear', m.task)));
    expect(linearIssueId(m)).not.toBe(linearIssueId(marker('TASK-E01-b2c4.2')));
    expect(linearIssueId(m)).not.toBe(linearIssueId(markerFor('acme/tasks', 'github', m.task)));
    expect(markerDigestOfIssueId(linearIssueId(m))).toBe(m.digest);
    expect(markerDigestOfIssueId(linearIssueId(m).toUpperCase())).toBe(m.digest);
    expect(markerDigestOfIssueId(crypto.randomUUID())).toBeUndefined();
    expect(markerDigestOfIssueId('TEAM-21')).toBeUndefined();

    fake = await startLinearFake();
    const c = await linearFor(fake).create(task(m.task), m);
    // A fresh adapter (another run) reads the digest from the id; the task it learns from the
    // markers it is asked about.
    const other = linearFor(fake);
    expect((await other.get(c)).marker).toEqual({ digest: m.digest, task: '' });
    await other.lookup([m]);
    expect((await other.get(c)).marker).toEqual(m);
    // An issue a person made carries no marker.
    expect((await other.get({ key: 'TEAM-3' })).marker).toBeUndefined();
  });

  test('a second create with the same id is refused by the server and answered with the existing issue', async () => {
    fake = await startLinearFake();
    const m = marker('TASK-DUP');
    const first = await linearFor(fake).create(task('TASK-DUP'), m);
    // Another clone, or a run after a lost answer, sends the same create.
    const again = linearFor(fake);
    const second = await again.create({ title: 'Other title', body: 'Other body' }, m);
    expect(second).toMatchObject({ id: first.id, key: first.key, url: first.url });
    expect(second.item).toMatchObject({ title: `Title of TASK-DUP`, marker: m });
    expect(createRequests(fake)).toBe(2);
    expect(fake.state.creates).toBe(1);
    expect(fake.issues().filter((i: { id: string }) => i.id === first.id)).toHaveLength(1);
    // What the server said: a refusal in the body, nothing created.
    const refused = fake.state.requests.filter((r: { op: string }) => r.op === 'issueCreate');
    expect(refused.map((r: { status: number }) => r.status)).toEqual([200, 200]);
    expect(again.requests).toBe(3); // team, create (refused), issue(id:)

    // Two clones racing over the same new task: one issue, both told its identifier.
    const r = marker('TASK-RACE');
    const [x, y] = await Promise.all([
      linearFor(fake).create(task('TASK-RACE'), r),
      linearFor(fake).create(task('TASK-RACE'), r),
    ]);
    expect(x.key).toBe(y.key);
    expect(fake.state.creates).toBe(2);

    // After a lost answer the create was applied: were it ever sent again (the engine looks the
    // marker up instead), the server would make nothing new.
    const n = marker('TASK-LOST');
    fake.inject('lost', 'POST', /^issueCreate$/);
    await failsWith(() => again.create(task('TASK-LOST'), n), 'unknown-outcome');
    const found = await again.create(task('TASK-LOST'), n);
    expect(found.id).toBe(linearIssueId(n));
    expect(fake.state.creates).toBe(3);
  });

  test('a refused create whose id names nothing reports the refusal', async () => {
    fake = await startLinearFake();
    // A create the server refuses for a reason of its own (here a team id it does not know).
    const m = marker('TASK-BAD');
    const realFetch = globalThis.fetch;
    const tampering = new Linear({
      url: fake.url,
      team: 'TEAM',
      apiKey: fake.apiKey,
      now: () => new Date(),
      fetch: (url, init) => {
        const body = JSON.parse(String(init?.body)) as { variables?: { input?: object } };
        if (body.variables?.input && 'teamId' in body.variables.input)
          (body.variables.input as { teamId: string }).teamId = 'not-a-team';
        return realFetch(url, { ...init, body: JSON.stringify(body) });
      },
    });
    const e = await failsWith(() => tampering.create(task('TASK-BAD'), m), 'other');
    expect(e.message).toMatch(/^Linear issueCreate failed \(200\): teamId must be a UUID/);
    expect(fake.issue(linearIssueId(m))).toBeUndefined();
  });

  test('a moved issue keeps its UUID and answers with its new identifier; states are the new team’s', async () => {
    fake = await startLinearFake();
    const linear = linearFor(fake);
    const m = marker('TASK-MOVE');
    const c = await linear.create(task('TASK-MOVE'), m);
    expect(c.key).toBe('TEAM-21');
    expect(fake.move(c.id, 'OPS')).toBe('OPS-4'); // OPS had three issues
    const now = await linear.get({ id: c.id, key: c.key });
    expect(now).toMatchObject({ id: c.id, key: 'OPS-4', marker: m });
    expect(now.url).toMatch(/\/issue\/OPS-4\//);
    expect(fake.issue(c.id).previous).toEqual(['TEAM-21']);
    const [hit] = await linear.lookup([m]);
    expect(hit).toMatchObject({ id: c.id, key: 'OPS-4' });
    const done = await linear.transition({ id: c.id, key: c.key }, 'done');
    expect(done).toMatchObject({ key: 'OPS-4', state: 'done' });
    expect(fake.issue(c.id).state).toEqual({ name: 'Closed', type: 'completed' });
    await linear.transition(c, 'removed');
    expect(fake.issue(c.id).state.name).toBe("Won't fix");
  });

  test('transitions go by state type whatever the team calls its states', async () => {
    fake = await startLinearFake();
    const linear = linearFor(fake);
    const c = await linear.create(task('TASK-FLOW'), marker('TASK-FLOW'));
    const stateName = () => fake.issue(c.id).state.name;
    expect(stateName()).toBe('Icebox'); // backlog: the team's first
    expect((await linear.transition(c, 'done')).state).toBe('done');
    expect(stateName()).toBe('Shipped');
    expect((await linear.transition(c, 'removed')).state).toBe('removed');
    expect(stateName()).toBe('Dropped');
    expect((await linear.transition(c, 'todo')).state).toBe('todo');
    expect(stateName()).toBe('Ready'); // unstarted, not back to the backlog
    // A person starts it: open already, left alone.
    fake.edit(c.id, { state: 'In Review' });
    const writes = fake.state.writes;
    expect((await linear.transition(c, 'todo')).state).toBe('in-progress');
    expect(fake.state.writes).toBe(writes);
    // A person marks it a duplicate: removed already.
    fake.edit(c.id, { state: 'Dupe' });
    expect((await linear.transition(c, 'removed')).state).toBe('removed');
    expect(fake.state.writes).toBe(writes);
  });

  test('chooseState picks by type and position, falling back from unstarted to backlog to triage', () => {
    const s = (id: string, type: string, position: number): LinearState => ({
      id,
      name: `name-${id}`,
      type,
      position,
    });
    const all = [
      s('t', 'triage', 0),
      s('b', 'backlog', 1),
      s('u2', 'unstarted', 3),
      s('u1', 'unstarted', 2),
      s('c', 'completed', 5),
      s('x', 'canceled', 6),
    ];
    expect(chooseState(all, 'todo')?.id).toBe('u1');
    expect(chooseState(all, 'done')?.id).toBe('c');
    expect(chooseState(all, 'removed')?.id).toBe('x');
    expect(
      chooseState(
        all.filter((x) => x.type !== 'unstarted'),
        'todo',
      )?.id,
    ).toBe('b');
    expect(chooseState([s('t', 'triage', 0)], 'todo')?.id).toBe('t');
    expect(chooseState([s('t', 'triage', 0)], 'removed')).toBeUndefined();
  });

  test('the budgets Linear announces (requests, complexity) are there for the engine, and a look-up costs little', async () => {
    fake = await startLinearFake({ requestsLimit: 50, complexityLimit: 100_000 });
    const linear = linearFor(fake);
    expect(linear.budget).toBeUndefined();
    await linear.verify();
    expect(linear.budget).toMatchObject({ remaining: 49, near: false });
    expect(linear.budget?.resetAt).toBeInstanceOf(Date);
    const markers = Array.from({ length: 60 }, (_, i) => marker(`TASK-B${i}`));
    for (const m of markers.slice(0, 3)) await linear.create(task(m.task), m);
    const spent = fake.state.buckets.complexity.level;
    await linear.lookup(markers);
    // Two queries (50 ids, then 10), each far below the 10 000 points a query may cost.
    expect(fake.state.arrived.filter((r: { op: string }) => r.op === 'issues')).toHaveLength(2);
    const cost = spent - fake.state.buckets.complexity.level;
    expect(cost).toBeGreaterThan(0);
    expect(cost).toBeLessThan(1000);
    for (let i = 0; i < 40; i++) await linear.verify();
    expect(linear.budget?.near).toBe(true); // under 20 % of the requests left
    expect(linear.budget?.remaining).toBeLessThan(10);
  });

  test('RATELIMITED (an HTTP 400) is the rate-limited kind, with the wait the leaky bucket needs for one request', async () => {
    // 5 requests a 10-second period: one request's worth refills in 2 s.
    fake = await startLinearFake({ requestsLimit: 5, periodMs: 10_000 });
    const linear = linearFor(fake);
    for (let i = 0; i < 5; i++) await linear.verify();
    const e = await failsWith(() => linear.verify(), 'rate-limited');
    expect(e.info.status).toBe(400);
    expect(e.message).toMatch(/RATELIMITED/);
    expect(e.info.retryAfterMs).toBeGreaterThan(0);
    expect(e.info.retryAfterMs).toBeLessThanOrEqual(2100);
    await new Promise((r) => setTimeout(r, e.info.retryAfterMs! + 50));
    await linear.verify(); // the wait was enough

    // The complexity budget: a look-up of 50 ids does not fit in what is left.
    fake.close();
    fake = await startLinearFake({ complexityLimit: 200, periodMs: 60_000 });
    const l2 = linearFor(fake);
    const markers = Array.from({ length: 50 }, (_, i) => marker(`TASK-X${i}`));
    await l2.lookup(markers);
    const c = await failsWith(() => l2.lookup(markers), 'rate-limited');
    expect(c.info.retryAfterMs).toBeGreaterThan(1000);
    expect(c.info.retryAfterMs).toBeLessThan(60_000);
  });

  test("an operation's own lower limit (X-RateLimit-Endpoint-*) shows in the budget and sets the wait", async () => {
    // issueCreate: 3 a 30-second period, so one create refills in 10 s.
    fake = await startLinearFake({ endpointLimits: { issueCreate: 3 }, periodMs: 30_000 });
    const linear = linearFor(fake);
    await linear.verify();
    expect(linear.budget?.remaining).toBeGreaterThan(1000); // the requests budget
    await linear.create(task('TASK-EP1'), marker('TASK-EP1'));
    expect(linear.budget).toMatchObject({ remaining: 2, near: false });
    await linear.create(task('TASK-EP2'), marker('TASK-EP2'));
    await linear.create(task('TASK-EP3'), marker('TASK-EP3'));
    expect(linear.budget).toMatchObject({ remaining: 0, near: true });
    const m = marker('TASK-EP4');
    const e = await failsWith(() => linear.create(task(m.task), m), 'rate-limited');
    expect(e.info.retryAfterMs).toBeGreaterThan(8000);
    expect(e.info.retryAfterMs).toBeLessThanOrEqual(10_000);
    expect(fake.issue(linearIssueId(m))).toBeUndefined();
    await linear.get({ key: 'TEAM-21' }); // reads are not held back by the create limit
  });

  test('a rate-limited create made nothing and may be sent again; a 503 create is unknown-outcome', async () => {
    fake = await startLinearFake();
    const linear = linearFor(fake);
    const m = marker('TASK-RL');
    fake.inject('ratelimited', 'POST', /^issueCreate$/);
    await failsWith(() => linear.create(task('TASK-RL'), m), 'rate-limited');
    expect(fake.issue(linearIssueId(m))).toBeUndefined();
    expect((await linear.create(task('TASK-RL'), m)).key).toBe('TEAM-21');
    fake.inject('503', 'POST', /^issueCreate$/);
    const e = await failsWith(
      () => linear.create(task('TASK-503'), marker('TASK-503')),
      'unknown-outcome',
    );
    expect(e.message).toMatch(
      /^Linear issueCreate failed \(503\): 503 Service Temporarily Unavailable/,
    );
  });

  test('authentication: a personal key goes bare, an OAuth token as Bearer; a refused key is AUTHENTICATION_ERROR', async () => {
    fake = await startLinearFake();
    await linearFor(fake).verify();
    await linearFor(fake, { apiKey: `Bearer ${fake.apiKey}` }).verify(); // the prefix is dropped
    await linearFor(fake, { apiKey: fake.oauthToken }).verify();
    // What Linear answers a personal key sent as Bearer: the adapter never sends it that way.
    const raw = await fetch(fake.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${fake.apiKey}` },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(raw.status).toBe(400);
    expect(JSON.stringify(await raw.json())).toMatch(/Remove the Bearer prefix/);

    const e = await failsWith(() => linearFor(fake, { apiKey: 'lin_api_wrong' }).verify(), 'auth');
    expect(e.info.status).toBe(401);
    expect(e.message).toBe(
      'Linear team TEAM failed (401): You need to authenticate to access this operation. (AUTHENTICATION_ERROR)',
    );
  });

  test('"Entity not found" (an HTTP 200 with data: null) is not-found, and the message names the key', async () => {
    fake = await startLinearFake();
    const linear = linearFor(fake);
    const e = await failsWith(() => linear.get({ key: 'TEAM-9999' }), 'not-found');
    expect(e.message).toBe(
      'Linear issue TEAM-9999 failed (200): Could not find referenced Issue. (INPUT_ERROR)',
    );
    const u = await failsWith(
      () => linear.update({ key: 'TEAM-9999' }, { title: 'x' }),
      'not-found',
    );
    expect(u.message).toMatch(/^Linear issueUpdate TEAM-9999 failed \(200\)/);
  });

  test('an unknown team key is an error that names it, from verify (what --dry-run checks) as from a create', async () => {
    fake = await startLinearFake();
    const v = await failsWith(() => linearFor(fake, { team: 'NOPE' }).verify(), 'other');
    expect(v.message).toMatch(/no team with the key "NOPE"/);
    const e = await failsWith(
      () => linearFor(fake, { team: 'NOPE' }).create(task('TASK-T'), marker('TASK-T')),
      'other',
    );
    expect(e.message).toMatch(/no team with the key "NOPE"/);
    expect(createRequests(fake)).toBe(0);
  });

  test('a create is never sent twice: with faults on every other write, one create request per call and at most one issue per marker', async () => {
    fake = await startLinearFake({ faultRate: 0.5, slowMs: 800 });
    const linear = linearFor(fake, { timeoutMs: SLOW_TIMEOUT_MS });
    await linear.verify();
    await linear.lookup([]); // nothing asked, nothing sent
    const markers = Array.from({ length: 12 }, (_, i) => marker(`TASK-F${i}`));
    const outcomes: string[] = [];
    for (const m of markers)
      await linear.create(task(m.task), m).then(
        () => outcomes.push('created'),
        (err: { kind: string }) => outcomes.push(err.kind),
      );
    expect(createRequests(fake)).toBe(12);
    expect(outcomes.every((o) => o === 'created' || o === 'unknown-outcome')).toBe(true);
    await new Promise((r) => setTimeout(r, 900)); // slow answers land
    fake.state.faultRate = 0;
    const found = await linear.lookup(markers);
    const existing = markers.filter((m) => fake.issue(linearIssueId(m)));
    expect(found.map((i) => i.marker?.task).sort()).toEqual(existing.map((m) => m.task).sort());
  });
});
