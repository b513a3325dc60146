/**
 * Sync part 3 (#30), the Azure DevOps adapter against the project's Azure DevOps Services fake on
 * 127.0.0.1 (fixtures/azure-devops-fake.mjs, from ../shared/trackers/azure-devops.md): the tracker
 * contract every adapter passes, then what only Azure DevOps has: ids the organisation allocates
 * after its existing work items, JSON Patch creates, the marker as a tag among a person's tags, the
 * description as HTML, `test /rev` refused by the server, state categories across the Agile, Scrum,
 * Basic and CMMI process templates, a bad token answered with a 203 sign-in page, a WIQL index that
 * lags, and Microsoft's rate-limit headers.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import {
  AzureDevOps,
  azureTag,
  azureTokenKind,
  chooseState,
  markdownToAzureHtml,
  markerOfTag,
} from '../src/core/sync/azure-devops.js';
import { markerFor, type Marker } from '../src/core/sync/tracker.js';
import {
  failsWith,
  lookupWithin,
  SLOW_TIMEOUT_MS,
  trackerContract,
  type ContractFault,
  type ContractOp,
} from './tracker-contract.js';
// @ts-expect-error: a plain ES module shared with bench/
import { startAzureDevOpsFake } from './fixtures/azure-devops-fake.mjs';

jest.setTimeout(60_000);

type Fake = Awaited<ReturnType<typeof startAzureDevOpsFake>>;

const FAULT: Record<ContractFault, string> = {
  lost: 'lost',
  unavailable: '503',
  slow: 'slow',
  'rate-limited': '429',
};
const CREATE = /\/_apis\/wit\/workitems\/\$[^/]+$/;
const REQUEST: Record<ContractOp, [string, RegExp]> = {
  create: ['POST', CREATE],
  get: ['GET', /\/_apis\/wit\/workitems\/\d+$/],
  lookup: ['POST', /\/_apis\/wit\/wiql$/],
};

function azureFor(
  fake: Fake,
  o: {
    token?: string;
    tokenKind?: 'pat' | 'bearer';
    timeoutMs?: number;
    boundMs?: number;
    project?: string;
  } = {},
) {
  return new AzureDevOps({
    url: fake.url,
    org: fake.org,
    project: o.project ?? fake.project,
    type: 'Task',
    token: o.token ?? fake.pat,
    ...(o.tokenKind && { tokenKind: o.tokenKind }),
    fetch: globalThis.fetch,
    now: () => new Date(),
    timeoutMs: o.timeoutMs ?? 5000,
    lookupBoundMs: o.boundMs ?? 1500,
  });
}

const createRequests = (fake: Fake) =>
  fake.state.arrived.filter(
    (r: { method: string; path: string }) => r.method === 'POST' && CREATE.test(r.path),
  ).length;

/** The work item as the fake holds it now. */
const itemIn = (fake: Fake, id: string) =>
  fake.items().find((w: { id: number }) => String(w.id) === id);

trackerContract({
  name: 'Azure DevOps',
  async start() {
    const fake: Fake = await startAzureDevOpsFake();
    return {
      tracker: (o = {}) =>
        azureFor(fake, {
          ...(o.badCredentials && { token: 'revoked-pat' }),
          ...(o.timeoutMs !== undefined && { timeoutMs: o.timeoutMs }),
        }),
      inject(fault, op) {
        const [method, path] = REQUEST[op];
        fake.inject(FAULT[fault], method, path);
      },
      itemsWith: (m) => fake.tagged(azureTag(m)).length,
      creates: () => createRequests(fake),
      writes: () => fake.state.writes,
      editByPerson: (ref, title) => fake.edit(ref.id ?? ref.key, { 'System.Title': title }),
      missing: { id: '99999', key: '99999' },
      close: () => fake.close(),
    };
  },
});

describe('Azure DevOps specifics', () => {
  let fake: Fake;
  afterEach(() => fake?.close());
  const marker = (task: string): Marker => markerFor('acme/tasks', 'azure_devops', task);
  const task = (id: string) => ({ title: `Title of ${id}`, body: `Body of ${id}.\n` });

  test('ids come from the organisation: 4123 after its 4122 work items in other projects too, 4125 after a person took 4124', async () => {
    fake = await startAzureDevOpsFake();
    expect(fake.items('Ops').length).toBeGreaterThan(0); // the sequence is shared across projects
    const azure = azureFor(fake);
    const a = await azure.create(task('TASK-1'), marker('TASK-1'));
    expect(a).toMatchObject({ id: '4123', key: '4123' });
    expect(a.url).toBe(itemIn(fake, '4123')._links.html.href);
    expect(a.url).toMatch(/\/acme\/web\/wi\.aspx\?pcguid=[0-9a-f-]+&id=4123$/);
    expect(azure.requests).toBe(1); // one request per create, nothing more
    expect(fake.createByPerson()).toBe(4124);
    await azure.verify(); // reads the type's states: from now on a create's answer is a whole item
    const b = await azure.create(task('TASK-2'), marker('TASK-2'));
    expect(b.key).toBe('4125');
    expect(b.item).toMatchObject({
      key: '4125',
      state: 'todo',
      version: '1',
      marker: marker('TASK-2'),
    });
  });

  test('a create is JSON Patch: the service refuses plain JSON, and a missing api-version', async () => {
    fake = await startAzureDevOpsFake();
    const auth = `Basic ${Buffer.from(`:${fake.pat}`).toString('base64')}`;
    const url = `${fake.url}/acme/Tasks/_apis/wit/workitems/$Task`;
    const body = JSON.stringify([{ op: 'add', path: '/fields/System.Title', value: 'x' }]);
    const plain = await fetch(`${url}?api-version=7.1`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body,
    });
    expect(plain.status).toBe(400);
    expect(await plain.json()).toMatchObject({
      typeKey: 'VssRequestContentTypeNotSupportedException',
      message: expect.stringContaining('application/json-patch+json'),
    });
    const unversioned = await fetch(url, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json-patch+json' },
      body,
    });
    expect(unversioned.status).toBe(400);
    expect(await unversioned.json()).toMatchObject({ typeKey: 'VssVersionNotSpecifiedException' });
    expect(fake.state.creates).toBe(0);
    // The adapter's create is what the service takes.
    await azureFor(fake).create(task('TASK-P'), marker('TASK-P'));
    expect(fake.state.creates).toBe(1);
  });

  test("the marker is a tag naming the task, kept among a person's tags, and found by WIQL whole", async () => {
    fake = await startAzureDevOpsFake({ wiqlLagMs: 0 });
    const azure = azureFor(fake);
    const m = marker('TASK-E01-b2c4.1');
    const c = await azure.create({ title: 'Ship the importer', body: 'Intro.\n' }, m);
    expect(itemIn(fake, c.id).fields['System.Tags']).toBe(`extids-${m.digest}-TASK-E01-b2c4.1`);
    expect(markerOfTag(azureTag(m))).toEqual(m);
    // A person tags it too; the service keeps tags as one sorted, semicolon-separated string.
    fake.edit(c.id, { 'System.Tags': `urgent; ${azureTag(m)}; backend` });
    expect((await azure.get(c)).marker).toEqual(m);
    const [hit] = await azure.lookup([m]);
    expect(hit).toMatchObject({ id: c.id, marker: m });
    // An update leaves the tags alone.
    await azure.update(c, { title: 'Renamed by extids' });
    expect(itemIn(fake, c.id).fields['System.Tags']).toBe(`urgent; ${azureTag(m)}; backend`);
    // TASK-1's tag is no prefix of TASK-10's (the digests differ), and each look-up finds its own.
    const one = marker('TASK-1');
    const ten = marker('TASK-10');
    const c1 = await azure.create(task('TASK-1'), one);
    const c10 = await azure.create(task('TASK-10'), ten);
    expect((await azure.lookup([one])).map((i) => i.key)).toEqual([c1.key]);
    expect((await azure.lookup([ten])).map((i) => i.key)).toEqual([c10.key]);
  });

  test("the description is HTML converted from the task's markdown: headings, lists, checkboxes, code, links; raw HTML shown, not run", async () => {
    const md = [
      '# Goal',
      '',
      'Read **the spec** and [the design](https://example.com/design), run `npm test`.',
      '',
      '- [ ] open item',
      '- [x] done item',
      '',
      '```ts',
      'const a = 1 < 2;',
      '```',
      '',
      '<script>alert(1)</script>',
      '',
      'A [trap](javascript:alert(1)) and <b>bold</b>.',
      '',
      '<!-- extids: hidden note -->',
      '',
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
    ].join('\n');
    const html = markdownToAzureHtml(md);
    expect(html).toContain('<h1>Goal</h1>');
    expect(html).toContain('<strong>the spec</strong>');
    expect(html).toContain('<a href="https://example.com/design">the design</a>');
    expect(html).toContain('<code>npm test</code>');
    expect(html).toMatch(/<li>☐\s*open item<\/li>\s*<li>☑\s*done item<\/li>/);
    expect(html).toContain('<pre><code class="language-ts">const a = 1 &lt; 2;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script|javascript:|<b>|hidden note/);
    expect(html).toContain('A trap and &lt;b&gt;bold&lt;/b&gt;.');
    expect(html).toContain('<td>2</td>');
    expect(markdownToAzureHtml(md)).toBe(html); // the same markdown, the same HTML

    fake = await startAzureDevOpsFake();
    const azure = azureFor(fake);
    const c = await azure.create({ title: 'HTML', body: md }, marker('TASK-HTML'));
    expect(itemIn(fake, c.id).fields['System.Description']).toBe(html);
    expect((await azure.get(c)).body).toBe(azure.render({ title: 'HTML', body: md }).body);
  });

  test("a person's change since extids read the item: the server refuses the whole patch (412, test /rev) and it is reported stale", async () => {
    fake = await startAzureDevOpsFake();
    const azure = azureFor(fake);
    const c = await azure.create(task('TASK-REV'), marker('TASK-REV'));
    const read = await azure.get(c);
    expect(read.version).toBe('1');
    fake.edit(c.id, { 'System.Title': 'Changed in Azure Boards' }); // rev 2
    const writes = fake.state.writes;
    const e = await failsWith(
      () => azure.update(c, { title: 'extids', body: 'new' }, { ifVersion: read.version }),
      'stale',
    );
    expect(e.info.status).toBe(412);
    expect(e.message).toContain(
      'VS403351: Test Operation for path /rev failed, value 2 was not equal to test value 1.',
    );
    expect(fake.state.writes).toBe(writes);
    expect(itemIn(fake, c.id).fields['System.Title']).toBe('Changed in Azure Boards');
    const ok = await azure.update(c, { title: 'extids' }, { ifVersion: '2' });
    expect(ok).toMatchObject({ title: 'extids', version: '3' });
    // A transition with a stale version is refused from its read, before any PATCH is sent.
    const raced = await azure.get(c);
    fake.edit(c.id, { 'System.Title': 'Changed again' });
    await failsWith(() => azure.transition(c, 'done', { ifVersion: raced.version }), 'stale');
    expect(
      fake.state.requests.filter((r: { method: string; status: number }) => r.method === 'PATCH'),
    ).toEqual([expect.objectContaining({ status: 412 }), expect.objectContaining({ status: 200 })]);
    expect(itemIn(fake, c.id).fields['System.State']).toBe('New');
    // Without ifVersion a transition sends the state alone: the person's title stays.
    expect((await azure.transition(c, 'done')).state).toBe('done');
    expect(itemIn(fake, c.id).fields['System.Title']).toBe('Changed again');
  });

  for (const [process, names] of [
    ['Agile', { todo: 'New', done: 'Closed', removed: 'Removed' }],
    ['Scrum', { todo: 'To Do', done: 'Done', removed: 'Removed' }],
    ['Basic', { todo: 'To Do', done: 'Done', removed: 'Done' }],
    ['CMMI', { todo: 'Proposed', done: 'Closed', removed: 'Removed' }],
  ] as const)
    test(`${process} process: states chosen by category (${names.done} for done, ${names.removed} for removed, ${names.todo} to reopen)`, async () => {
      fake = await startAzureDevOpsFake({ process });
      const azure = azureFor(fake);
      const c = await azure.create(task(`TASK-${process}`), marker(`TASK-${process}`));
      const stateName = () => itemIn(fake, c.id).fields['System.State'];
      expect(stateName()).toBe(names.todo);
      expect((await azure.transition(c, 'done')).state).toBe('done');
      expect(stateName()).toBe(names.done);
      expect((await azure.transition(c, 'todo')).state).toBe('todo');
      expect(stateName()).toBe(names.todo);
      const removed = await azure.transition(c, 'removed');
      expect(removed.state).toBe(process === 'Basic' ? 'done' : 'removed'); // Basic has no Removed
      expect(stateName()).toBe(names.removed);
      // A person moving it to an in-progress state: open, so a reopen leaves it there.
      const active = process === 'Scrum' ? 'In Progress' : process === 'Basic' ? 'Doing' : 'Active';
      fake.edit(c.id, { 'System.State': active });
      expect((await azure.get(c)).state).toBe('in-progress');
      const writes = fake.state.writes;
      expect((await azure.transition(c, 'todo')).state).toBe('in-progress');
      expect(fake.state.writes).toBe(writes);
    });

  test('custom states are found by category whatever they are called; a type without the category says so', async () => {
    fake = await startAzureDevOpsFake();
    fake.state.projects.get('Tasks').states = {
      Task: [
        ['Inbox', 'b2b2b2', 'Proposed'],
        ['Building', '007acc', 'InProgress'],
        ['In Review', 'ff9d00', 'Resolved'],
        ['Shipped', '339933', 'Completed'],
      ],
    };
    const azure = azureFor(fake);
    const c = await azure.create(task('TASK-CUSTOM'), marker('TASK-CUSTOM'));
    fake.edit(c.id, { 'System.State': 'In Review' });
    expect((await azure.get(c)).state).toBe('in-progress');
    await azure.transition(c, 'done');
    expect(itemIn(fake, c.id).fields['System.State']).toBe('Shipped');
    expect(
      chooseState(
        [
          { name: 'Open', category: 'InProgress' },
          { name: 'Gone', category: 'Removed' },
        ],
        'done',
      ),
    ).toBeUndefined();
    fake.state.projects.get('Tasks').states.Task = [['Open', '007acc', 'InProgress']];
    const other = azureFor(fake); // a new run reads the states again
    const d = await other.create(task('TASK-OPEN'), marker('TASK-OPEN'));
    const e = await failsWith(() => other.transition(d, 'done'), 'other');
    expect(e.message).toMatch(/no state in the Completed category.*"Open" InProgress/);
  });

  test('a bad token: GET and POST answer 203 with a sign-in page, which is auth, never success; PATCH answers 401', async () => {
    fake = await startAzureDevOpsFake();
    const good = azureFor(fake);
    const c = await good.create(task('TASK-AUTH'), marker('TASK-AUTH'));
    const raw = await fetch(`${fake.url}/acme/_apis/wit/workitems/${c.id}?api-version=7.1`, {
      headers: { authorization: `Basic ${Buffer.from(':expired').toString('base64')}` },
    });
    expect(raw.status).toBe(203);
    expect(await raw.text()).toMatch(/<html[\s\S]*Sign In/);

    const bad = azureFor(fake, { token: 'expired' });
    const v = await failsWith(() => bad.verify(), 'auth');
    expect(v.info.status).toBe(203);
    expect(v.message).toMatch(/answered 203 with a sign-in page: AZURE_DEVOPS_TOKEN is wrong/);
    expect((await failsWith(() => bad.get(c), 'auth')).info.status).toBe(203);
    expect(
      (await failsWith(() => bad.create(task('TASK-X'), marker('TASK-X')), 'auth')).info.status,
    ).toBe(203);
    expect(fake.state.creates).toBe(1);
    const p = await failsWith(() => bad.update(c, { title: 'x' }), 'auth');
    expect(p.info.status).toBe(401);
    expect(p.message).toContain("TF400813: The user '' is not authorized to access this resource.");

    // Where the service honours X-TFS-FedAuthRedirect: Suppress, the same token is a plain 401.
    fake.state.suppressHonoured = true;
    expect((await failsWith(() => bad.verify(), 'auth')).info.status).toBe(401);
    // No credentials at all: 401 with WWW-Authenticate.
    const anon = await fetch(`${fake.url}/acme/_apis/projects/Tasks?api-version=7.1`);
    expect(anon.status).toBe(401);
    expect(anon.headers.get('www-authenticate')).toMatch(/Bearer/);
  });

  test('a bearer token (Pipelines System.AccessToken) is sent as Bearer; a PAT as Basic with an empty user', async () => {
    fake = await startAzureDevOpsFake({ bearer: 'eyJ0eXAi.eyJuYW1laWQi.c2lnbmF0dXJl' });
    expect(azureTokenKind(fake.bearer)).toBe('bearer');
    expect(azureTokenKind('52charpersonalaccesstokenxxxxxxxxxxxxxxxxxxxxxxxxxxx')).toBe('pat');
    await azureFor(fake, { token: fake.bearer }).verify();
    await azureFor(fake).verify();
    await failsWith(
      () => azureFor(fake, { token: fake.bearer, tokenKind: 'pat' }).verify(),
      'auth',
    );
  });

  test("rate limits: Microsoft's X-RateLimit-* headers reach the budget before a refusal; a delayed answer asks to slow down; 429 is rate-limited with Retry-After and the resource", async () => {
    fake = await startAzureDevOpsFake({ limit: 10, retryAfterS: 7 });
    const azure = azureFor(fake);
    await azure.verify(); // two requests, under half the limit: no headers yet
    expect(azure.budget).toBeUndefined();
    for (let i = 0; i < 4; i++) await azure.verify().catch(() => undefined);
    // Past half: Limit, Remaining, Reset (Unix seconds) on a served answer.
    expect(azure.budget?.remaining).toBeGreaterThan(0);
    expect(azure.budget?.near).toBe(false);
    expect(azure.budget?.resetAt).toBeInstanceOf(Date);
    expect(azure.budget!.resetAt!.getTime()).toBeGreaterThan(Date.now());
    // At 90 %: served but delayed, Retry-After on a 200, Remaining 0.
    const kinds: string[] = [];
    let near = false;
    for (let i = 0; i < 6; i++) {
      await azure.verify().then(
        () => kinds.push('ok'),
        (err: { kind: string }) => kinds.push(err.kind),
      );
      near ||= kinds[kinds.length - 1] === 'ok' && azure.budget?.near === true;
    }
    expect(near).toBe(true);
    expect(azure.budget?.remaining).toBe(0);
    expect(kinds).toContain('rate-limited');
    const e = await failsWith(() => azure.verify(), 'rate-limited');
    expect(e.info).toMatchObject({ status: 429, retryAfterMs: 7000, reason: 'ATCPU' });
    expect(e.message).toContain('TF400733');
  });

  test('the look-up goes through WIQL, which may lag behind writes: missing at first, found within the declared bound', async () => {
    fake = await startAzureDevOpsFake({ wiqlLagMs: 800 });
    const azure = azureFor(fake, { boundMs: 2000 });
    expect(azure.lookupConsistency).toEqual({ kind: 'eventual', boundMs: 2000 });
    expect(
      new AzureDevOps({
        org: 'acme',
        project: 'Tasks',
        type: 'Task',
        token: 'x',
        fetch: globalThis.fetch,
        now: () => new Date(),
      }).lookupConsistency,
    ).toEqual({ kind: 'eventual', boundMs: 5 * 60_000 });
    const m = marker('TASK-LAG');
    const c = await azure.create(task('TASK-LAG'), m);
    expect(await azure.lookup([m])).toEqual([]); // absence right after a create proves nothing
    const { hits, afterMs } = await lookupWithin(azure, m);
    expect(hits.map((i) => i.key)).toEqual([c.key]);
    expect(afterMs).toBeGreaterThanOrEqual(600);
  });

  test('the look-up reads many marked items: 20 tag clauses a query, 200 ids a batch', async () => {
    fake = await startAzureDevOpsFake({ wiqlLagMs: 0 });
    const azure = azureFor(fake);
    const markers = Array.from({ length: 215 }, (_, i) => marker(`TASK-P${i}`));
    for (const m of markers.slice(0, 205)) await azure.create(task(m.task), m);
    const before = fake.state.requests.length;
    const found = await azure.lookup(markers);
    expect(new Set(found.map((i) => i.marker?.task)).size).toBe(205);
    const paths = fake.state.requests.slice(before).map((r: { path: string }) => r.path);
    expect(paths.filter((p: string) => p.endsWith('/wiql'))).toHaveLength(11);
    expect(paths.filter((p: string) => p.endsWith('/workitemsbatch'))).toHaveLength(2);
  });

  test('a create is never sent twice: with faults on every other write, one create request per call and at most one item per marker', async () => {
    fake = await startAzureDevOpsFake({ faultRate: 0.5, slowMs: 800, wiqlLagMs: 0 });
    const azure = azureFor(fake, { timeoutMs: SLOW_TIMEOUT_MS });
    const markers = Array.from({ length: 12 }, (_, i) => marker(`TASK-F${i}`));
    const outcomes: string[] = [];
    for (const m of markers)
      await azure.create(task(m.task), m).then(
        () => outcomes.push('created'),
        (err: { kind: string }) => outcomes.push(err.kind),
      );
    expect(createRequests(fake)).toBe(12);
    expect(outcomes.every((o) => o === 'created' || o === 'unknown-outcome')).toBe(true);
    await new Promise((r) => setTimeout(r, 900)); // slow answers land
    for (const m of markers) expect(fake.tagged(azureTag(m)).length).toBeLessThanOrEqual(1);
    fake.state.faultRate = 0;
    const found = await azure.lookup(markers);
    const existing = markers.filter((m) => fake.tagged(azureTag(m)).length === 1);
    expect(found.map((i) => i.marker?.task).sort()).toEqual(existing.map((m) => m.task).sort());
  });

  test('a 500 on a create is unknown-outcome; an update that gets no answer is unknown-outcome', async () => {
    fake = await startAzureDevOpsFake();
    const azure = azureFor(fake);
    fake.inject('500', 'POST', CREATE);
    const e = await failsWith(
      () => azure.create(task('TASK-500'), marker('TASK-500')),
      'unknown-outcome',
    );
    expect(e.message).toContain('TF400898: An Internal Error Occurred.');
    const c = await azure.create(task('TASK-OK'), marker('TASK-OK'));
    fake.inject('lost', 'PATCH');
    await failsWith(() => azure.update(c, { title: 'x' }), 'unknown-outcome');
    expect(itemIn(fake, c.id).fields['System.Title']).toBe('x'); // it was applied
  });
});
