/**
 * Sync part 2 (#29), the Jira Cloud adapter against the project's Jira fake on 127.0.0.1
 * (fixtures/jira-fake.mjs, from ../shared/trackers/jira.md): the tracker contract every adapter
 * passes, then what only Jira has: keys the server allocates after the project's own issues, the
 * marker as a label, the description in Atlassian Document Format, a search index that lags
 * behind writes, workflows whose statuses are the project's own names, moved issues, and
 * Atlassian's rate-limit headers.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import {
  chooseTransition,
  Jira,
  jiraLabel,
  markdownToJiraDoc,
  markerOfLabel,
} from '../src/core/sync/jira.js';
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
import { startJiraFake } from './fixtures/jira-fake.mjs';

jest.setTimeout(60_000);

type Fake = Awaited<ReturnType<typeof startJiraFake>>;

const FAULT: Record<ContractFault, string> = {
  lost: 'lost',
  unavailable: '503',
  slow: 'slow',
  'rate-limited': '429',
};
const REQUEST: Record<ContractOp, [string, RegExp]> = {
  create: ['POST', /^\/rest\/api\/3\/issue$/],
  get: ['GET', /^\/rest\/api\/3\/issue\/[^/]+$/],
  lookup: ['POST', /^\/rest\/api\/3\/search\/jql$/],
};

function jiraFor(fake: Fake, o: { token?: string; timeoutMs?: number; boundMs?: number } = {}) {
  return new Jira({
    url: fake.url,
    browseUrl: 'https://acme.atlassian.net',
    project: 'PROJ',
    issueType: 'Task',
    email: fake.email,
    token: o.token ?? fake.token,
    fetch: globalThis.fetch,
    now: () => new Date(),
    timeoutMs: o.timeoutMs ?? 5000,
    lookupBoundMs: o.boundMs ?? 1500,
  });
}

const createRequests = (fake: Fake) =>
  fake.state.arrived.filter(
    (r: { method: string; path: string }) => r.method === 'POST' && r.path === '/rest/api/3/issue',
  ).length;

trackerContract({
  name: 'Jira Cloud',
  async start() {
    const fake = await startJiraFake({ searchLagMs: 500, slowMs: 1500 });
    return {
      tracker: (o = {}) =>
        jiraFor(fake, {
          ...(o.badCredentials && { token: 'revoked-token' }),
          ...(o.timeoutMs !== undefined && { timeoutMs: o.timeoutMs }),
        }),
      inject(fault, op) {
        const [method, path] = REQUEST[op];
        fake.inject(FAULT[fault], method, path);
      },
      itemsWith: (m) => fake.labelled(jiraLabel(m)).length,
      creates: () => createRequests(fake),
      writes: () => fake.state.writes,
      editByPerson: (ref, title) => fake.edit(ref.id ?? ref.key, { summary: title }),
      missing: { id: '99999', key: 'PROJ-9999' },
      close: () => fake.close(),
    };
  },
});

describe('Jira Cloud specifics', () => {
  let fake: Fake;
  afterEach(() => fake?.close());
  const marker = (task: string): Marker => markerFor('acme/tasks', 'jira', task);
  const task = (id: string) => ({ title: `Title of ${id}`, body: `Body of ${id}.\n` });

  test('keys come from the server and continue the project: PROJ-58 after 57 issues, PROJ-60 after a person took 59', async () => {
    fake = await startJiraFake();
    const jira = jiraFor(fake);
    const a = await jira.create(task('TASK-1'), marker('TASK-1'));
    expect(a.key).toBe('PROJ-58');
    expect(a.url).toBe('https://acme.atlassian.net/browse/PROJ-58');
    expect(fake.createByPerson()).toBe('PROJ-59');
    const b = await jira.create(task('TASK-2'), marker('TASK-2'));
    expect(b.key).toBe('PROJ-60');
    expect(jira.requests).toBe(2); // one request per create, nothing more
  });

  test('the marker is a label naming the task; the description is ADF; summary and labels are what a person sees', async () => {
    fake = await startJiraFake();
    const jira = jiraFor(fake);
    const m = marker('TASK-E01-b2c4.1');
    const c = await jira.create(
      { title: 'Ship the importer', body: 'Intro.\n\n- [ ] parse\n- [x] plan\n' },
      m,
    );
    const [issue] = fake.labelled(jiraLabel(m));
    expect(issue.key).toBe(c.key);
    expect(issue.fields.labels).toEqual([`extids-${m.digest}-TASK-E01-b2c4.1`]);
    expect(markerOfLabel(issue.fields.labels[0])).toEqual(m);
    expect(issue.fields.summary).toBe('Ship the importer');
    expect(issue.fields.description).toMatchObject({ version: 1, type: 'doc' });
    expect(issue.fields.description.content.map((n: { type: string }) => n.type)).toEqual([
      'paragraph',
      'taskList',
    ]);
  });

  test('a long or multi-line title becomes a summary Jira takes: one line, at most 255 characters', async () => {
    fake = await startJiraFake();
    const jira = jiraFor(fake);
    const title = `Line one\nline two ${'x'.repeat(300)}`;
    const c = await jira.create({ title, body: '' }, marker('TASK-LONG'));
    const item = await jira.get(c);
    expect(item.title).toBe(jira.render({ title, body: '' }).title);
    expect([...item.title]).toHaveLength(255);
    expect(item.title).toMatch(/^Line one line two x+…$/);
  });

  test("the task's markdown becomes ADF faithfully: headings, lists, checkboxes, code, links", () => {
    const md = [
      '# Goal',
      '',
      'Read **the spec** and [the design](https://example.com/design), run `npm test`.',
      '',
      '## Steps',
      '',
      '1. first',
      '2. second',
      '   - nested',
      '',
      '- [ ] open item',
      '- [x] done item',
      '',
      '```ts',
      'const a = 1;',
      '```',
      '',
      '> a quote',
      '',
    ].join('\n');
    const doc = markdownToJiraDoc(md) as { content: any[] };
    const [h1, p, h2, ol, tasks, code, quote] = doc.content;
    expect(h1).toEqual({
      type: 'heading',
      attrs: { level: 1 },
      content: [{ type: 'text', text: 'Goal' }],
    });
    expect(p.content).toEqual(
      expect.arrayContaining([
        { type: 'text', text: 'the spec', marks: [{ type: 'strong' }] },
        {
          type: 'text',
          text: 'the design',
          marks: [{ type: 'link', attrs: { href: 'https://example.com/design' } }],
        },
        { type: 'text', text: 'npm test', marks: [{ type: 'code' }] },
      ]),
    );
    expect(h2.attrs.level).toBe(2);
    expect(ol.type).toBe('orderedList');
    expect(ol.content[1].content[1].type).toBe('bulletList');
    expect(tasks.type).toBe('taskList');
    expect(tasks.content.map((i: any) => [i.attrs.state, i.content[0].text])).toEqual([
      ['TODO', 'open item'],
      ['DONE', 'done item'],
    ]);
    expect(code).toEqual({
      type: 'codeBlock',
      attrs: { language: 'ts' },
      content: [{ type: 'text', text: 'const a = 1;' }],
    });
    expect(quote.type).toBe('blockquote');
    // The same markdown, the same document (task lists' ids included): hashes stay put.
    expect(JSON.stringify(markdownToJiraDoc(md))).toBe(JSON.stringify(doc));
    expect(tasks.attrs.localId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  test('the credentials check also checks the project and its issue type, naming the setting to fix', async () => {
    fake = await startJiraFake();
    await expect(jiraFor(fake).verify()).resolves.toBeUndefined();
    await expect(
      new Jira({ ...jiraOptions(fake), project: 'NOPE' }).verify(),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/Jira has no project NOPE .*"tools": \{"jira": \{"key"/),
    });
    await expect(
      new Jira({ ...jiraOptions(fake), issueType: 'Chore' }).verify(),
    ).rejects.toMatchObject({
      message: expect.stringMatching(/has no issue type "Chore" \(it has "Task", "Bug"/),
    });
  });

  test("a 200 that is not Jira's JSON (a sign-in page, a proxy, a board URL as url) is never success: credentials refused, a create unknown, a look-up no answer", async () => {
    fake = await startJiraFake();
    const jira = jiraFor(fake);
    fake.inject('html', 'GET', /\/myself$/);
    await expect(jira.verify()).rejects.toMatchObject({
      kind: 'auth',
      message: expect.stringMatching(/not Jira's JSON.*is "url" the site's base/),
    });
    const m = marker('TASK-HTML');
    const had = fake.issues().length;
    fake.inject('html', 'POST', /\/rest\/api\/3\/issue$/);
    await expect(jira.create(task('TASK-HTML'), m)).rejects.toMatchObject({
      kind: 'unknown-outcome',
    });
    expect(fake.issues()).toHaveLength(had + 1); // performed: the marker decides
    fake.inject('html', 'POST', /search\/jql$/);
    await expect(jira.lookup([m])).rejects.toMatchObject({ kind: 'auth' });
  });

  test('a description Jira stores with localIds of its own still reads as what was sent: no false edit', async () => {
    fake = await startJiraFake({ localIds: true });
    const jira = jiraFor(fake);
    const content = { title: 'Lists', body: '- [ ] one\n- [x] two\n\nA paragraph.\n' };
    const created = await jira.create(content, marker('TASK-LID'));
    const read = await jira.get(created);
    expect(JSON.stringify(fake.issues().at(-1).fields.description)).toContain('jira-');
    expect(read.body).toBe(jira.render(content).body);
  });

  test('HTML in a task is shown as the text it is written as, never dropped; comments stay hidden', () => {
    const md = [
      'Use `List<T>` or List<T> and a <kbd>Ctrl</kbd> key.',
      '',
      '<details><summary>Logs</summary>',
      'the hidden text',
      '</details>',
      '',
      '<!-- a note for the team -->',
      '',
      'after',
    ].join('\n');
    const text = (n: any): string =>
      n.type === 'text' ? n.text : (n.content ?? []).map(text).join(n.type === 'doc' ? '\n' : '');
    const shown = text(markdownToJiraDoc(md));
    expect(shown).toContain('List<T> and a <kbd>Ctrl</kbd> key.');
    expect(shown).toContain('<details><summary>Logs</summary>');
    expect(shown).toContain('the hidden text');
    expect(shown).toContain('after');
    expect(shown).not.toContain('a note for the team');
    expect(JSON.stringify(markdownToJiraDoc(md))).toContain(
      '"text":"List<T>","marks":[{"type":"code"}]',
    );
  });

  test("a bad <adf> block (marklassian's raw-ADF escape) is shown as text, not refused", () => {
    const doc = markdownToJiraDoc('<adf>not json</adf>\n\nafter\n') as { content: any[] };
    expect(JSON.stringify(doc)).toContain('not json');
    expect(JSON.stringify(doc)).toContain('after');
  });

  test('the look-up goes through JQL, which lags behind writes: a new issue is missing at first and found within the declared bound', async () => {
    fake = await startJiraFake({ searchLagMs: 800 });
    const jira = jiraFor(fake, { boundMs: 2000 });
    expect(jira.lookupConsistency).toEqual({ kind: 'eventual', boundMs: 2000 });
    expect(new Jira({ ...jiraOptions(fake) }).lookupConsistency).toEqual({
      kind: 'eventual',
      boundMs: 5 * 60_000,
    });
    const m = marker('TASK-LAG');
    const c = await jira.create(task('TASK-LAG'), m);
    expect(await jira.lookup([m])).toEqual([]); // absence right after a create proves nothing
    const { hits, afterMs } = await lookupWithin(jira, m);
    expect(hits.map((i) => i.key)).toEqual([c.key]);
    expect(afterMs).toBeGreaterThanOrEqual(600);
    // The search went to the enhanced endpoint, never to the removed one.
    const paths = fake.state.requests.map((r: { path: string }) => r.path);
    expect(paths).toContain('/rest/api/3/search/jql');
    expect(paths).not.toContain('/rest/api/3/search');
  });

  test('the look-up pages through many marked issues', async () => {
    fake = await startJiraFake({ searchLagMs: 0 });
    const jira = jiraFor(fake);
    const markers = Array.from({ length: 120 }, (_, i) => marker(`TASK-P${i}`));
    for (const m of markers.slice(0, 110)) await jira.create(task(m.task), m);
    const found = await jira.lookup(markers);
    expect(new Set(found.map((i) => i.marker?.task)).size).toBe(110);
    // 120 labels in 3 queries of at most 50; the fake's pages hold 40 issues: 2 + 2 + 1 pages.
    const searches = fake.state.requests.filter(
      (r: { path: string }) => r.path === '/rest/api/3/search/jql',
    );
    expect(searches).toHaveLength(5);
  });

  test('a moved issue keeps its id and answers with its new key, read by id or by the old key', async () => {
    fake = await startJiraFake({ searchLagMs: 0 });
    const jira = jiraFor(fake);
    const m = marker('TASK-MOVE');
    const c = await jira.create(task('TASK-MOVE'), m);
    const moved = fake.move(c.key, 'OPS');
    expect(moved).toBe('OPS-4'); // OPS had three issues
    const byId = await jira.get({ id: c.id, key: c.key });
    expect(byId).toMatchObject({
      id: c.id,
      key: 'OPS-4',
      url: 'https://acme.atlassian.net/browse/OPS-4',
    });
    expect((await jira.get({ key: c.key })).key).toBe('OPS-4');
    const [hit] = await jira.lookup([m]); // no project clause: the marker follows the issue
    expect(hit).toMatchObject({ id: c.id, key: 'OPS-4', marker: m });
    const done = await jira.transition({ id: c.id, key: c.key }, 'done');
    expect(done.key).toBe('OPS-4');
  });

  test("transitions go by status category whatever the project calls its statuses, through the workflow's steps", async () => {
    fake = await startJiraFake();
    const jira = jiraFor(fake);
    const c = await jira.create(task('TASK-FLOW'), marker('TASK-FLOW'));
    const status = () => fake.issues().find((i: any) => i.id === c.id).fields.status;
    expect(status().name).toBe('Backlog');
    await jira.transition(c, 'done'); // Backlog has no way to Shipped: one step through Doing
    expect(status()).toMatchObject({ name: 'Shipped', statusCategory: { key: 'done' } });
    expect((await jira.transition(c, 'todo')).state).toBe('todo');
    expect(status().name).toBe('Backlog');
    expect((await jira.transition(c, 'removed')).state).toBe('removed');
    expect(status().name).toBe("Won't Do");
    fake.close();

    // Another project's workflow, other names, no cancelled status: category alone decides.
    fake = await startJiraFake({
      workflow: {
        statuses: [
          { id: '1', name: 'Neu', category: 'new' },
          { id: '2', name: 'In Arbeit', category: 'indeterminate' },
          { id: '3', name: 'Erledigt', category: 'done' },
        ],
        transitions: {
          Neu: [
            ['Beginnen', 'In Arbeit'],
            ['Erledigen', 'Erledigt'],
          ],
          'In Arbeit': [['Fertig', 'Erledigt']],
          Erledigt: [['Wieder öffnen', 'In Arbeit']],
        },
      },
    });
    const j2 = jiraFor(fake);
    const d = await j2.create(task('TASK-DE'), marker('TASK-DE'));
    expect((await j2.transition(d, 'removed')).state).toBe('done'); // no cancelled status here
    const reopened = await j2.transition(d, 'todo'); // only "In Arbeit" leads back
    expect(reopened.state).toBe('in-progress');
  });

  test('a workflow without any way to the target is an error that names the status and the transitions offered', async () => {
    fake = await startJiraFake({
      workflow: {
        statuses: [
          { id: '1', name: 'Open', category: 'new' },
          { id: '2', name: 'Closed', category: 'done' },
        ],
        transitions: { Open: [], Closed: [] },
      },
    });
    const jira = jiraFor(fake);
    const c = await jira.create(task('TASK-STUCK'), marker('TASK-STUCK'));
    const e = await failsWith(() => jira.transition(c, 'done'), 'other');
    expect(e.message).toMatch(/status "Open".*no transition/);
  });

  test('chooseTransition prefers a finished status for done and a dropped one for removed', () => {
    const t = (id: string, name: string, key: string) => ({
      id,
      name,
      to: { name, statusCategory: { key } },
    });
    const list = [
      t('1', 'Rejected', 'done'),
      t('2', 'Approved', 'done'),
      t('3', 'In Review', 'indeterminate'),
    ];
    expect(chooseTransition(list, 'done')?.id).toBe('2');
    expect(chooseTransition(list, 'removed')?.id).toBe('1');
    expect(chooseTransition(list, 'todo')?.id).toBe('3');
  });

  test("rate limits: 429 with Retry-After and Atlassian's headers is the rate-limited kind with the wait and the reason", async () => {
    fake = await startJiraFake({ retryAfterS: 7 });
    const jira = jiraFor(fake);
    fake.inject('429', 'GET', /\/myself$/);
    const e = await failsWith(() => jira.verify(), 'rate-limited');
    expect(e.info).toMatchObject({ status: 429, retryAfterMs: 7000, reason: 'jira-burst-based' });

    fake.state.sendRetryAfter = false; // X-RateLimit-Reset (minute precision) alone
    fake.inject('429', 'GET', /\/myself$/);
    const r = await failsWith(() => jira.verify(), 'rate-limited');
    expect(r.info.retryAfterMs).toBeGreaterThanOrEqual(0);
    expect(r.info.retryAfterMs).toBeLessThanOrEqual(67_000);

    fake.state.burst = 2; // past the burst budget within one second
    const kinds: string[] = [];
    for (let i = 0; i < 5; i++)
      await jira.verify().then(
        () => kinds.push('ok'),
        (err: { kind: string }) => kinds.push(err.kind),
      );
    expect(kinds).toContain('rate-limited');
  });

  test("the budget Atlassian's headers announce is there for the engine before anything is refused", async () => {
    fake = await startJiraFake({ burst: 10, budgetHeaders: true });
    const jira = jiraFor(fake);
    expect(jira.budget).toBeUndefined();
    await jira.verify();
    expect(jira.budget?.remaining).toBeGreaterThanOrEqual(0);
    expect(jira.budget?.resetAt).toBeInstanceOf(Date);
    // Within one second (30 requests take far less, so one window holds at least 15 of them).
    let near = false;
    for (let i = 0; i < 30 && !near; i++) {
      await jira.verify().catch(() => undefined);
      near = jira.budget?.near === true;
    }
    expect(near).toBe(true);
    expect(jira.budget?.remaining).toBeLessThan(2);
  });

  test('a 503 with Retry-After: a read is rate-limited, a create is unknown-outcome (its fate is not known)', async () => {
    fake = await startJiraFake();
    const jira = jiraFor(fake);
    fake.inject('503-retry', 'GET', /\/myself$/);
    expect((await failsWith(() => jira.verify(), 'rate-limited')).info.retryAfterMs).toBe(2000);
    fake.inject('503-retry', 'POST', /\/issue$/);
    await failsWith(() => jira.create(task('TASK-503'), marker('TASK-503')), 'unknown-outcome');
    expect(createRequests(fake)).toBe(1);
  });

  test("refused credentials: Jira's 401 message reaches the error", async () => {
    fake = await startJiraFake();
    const e = await failsWith(() => jiraFor(fake, { token: 'nope' }).verify(), 'auth');
    expect(e.message).toBe(
      'Jira GET /rest/api/3/myself failed (401): Client must be authenticated to access this resource.',
    );
  });

  test('a create is never sent twice: with faults on every other write, one create request per call and at most one issue per marker', async () => {
    fake = await startJiraFake({ faultRate: 0.5, slowMs: 800, searchLagMs: 0 });
    const jira = jiraFor(fake, { timeoutMs: SLOW_TIMEOUT_MS });
    const markers = Array.from({ length: 12 }, (_, i) => marker(`TASK-F${i}`));
    const outcomes: string[] = [];
    for (const m of markers)
      await jira.create(task(m.task), m).then(
        () => outcomes.push('created'),
        (err: { kind: string }) => outcomes.push(err.kind),
      );
    expect(createRequests(fake)).toBe(12);
    expect(outcomes.every((o) => o === 'created' || o === 'unknown-outcome')).toBe(true);
    await new Promise((r) => setTimeout(r, 900)); // slow answers land
    for (const m of markers) expect(fake.labelled(jiraLabel(m)).length).toBeLessThanOrEqual(1);
    // What the marker finds is exactly what exists.
    fake.state.faultRate = 0;
    const found = await jira.lookup(markers);
    const existing = markers.filter((m) => fake.labelled(jiraLabel(m)).length === 1);
    expect(found.map((i) => i.marker?.task).sort()).toEqual(existing.map((m) => m.task).sort());
  });
});

function jiraOptions(fake: Fake) {
  return {
    url: fake.url,
    project: 'PROJ',
    issueType: 'Task',
    email: fake.email,
    token: fake.token,
    fetch: globalThis.fetch,
    now: () => new Date(),
  };
}
