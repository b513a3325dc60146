/**
 * The GitHub adapter passes the tracker contract (`__tests__/tracker-contract.ts`) against the
 * GitHub REST fake, like every other adapter; and GitHub's own: every request goes through
 * `sendOnce` (an answer cut off mid-body is unknown-outcome, for a read as for a create), the
 * rate-limit headers fill the budget, a secondary limit (403 with retry-after) is rate-limited.
 */
import { afterEach, describe, expect, jest, test } from '@jest/globals';
import { GitHubTracker, markerComment, titleOf } from '../src/core/sync/github.js';
import { markerFor } from '../src/core/sync/tracker.js';
import {
  failsWith,
  lookupWithin,
  trackerContract,
  type ContractFault,
  type ContractOp,
} from './tracker-contract.js';
// @ts-expect-error: a plain ES module shared with bench/
import { startGitHubFake } from './fixtures/github-fake.mjs';

jest.setTimeout(60_000);

type Fake = Awaited<ReturnType<typeof startGitHubFake>>;

const FAULT: Record<ContractFault, string> = {
  lost: 'lost',
  unavailable: '502',
  slow: 'slow',
  'rate-limited': 'secondary',
};
const REQUEST: Record<ContractOp, [string, RegExp]> = {
  create: ['POST', /^\/repos\/[^/]+\/[^/]+\/issues$/],
  get: ['GET', /^\/repos\/[^/]+\/[^/]+\/issues\/\d+$/],
  lookup: ['GET', /^\/repos\/[^/]+\/[^/]+\/issues$/],
};

function githubFor(fake: Fake, o: { token?: string; timeoutMs?: number } = {}) {
  return new GitHubTracker({
    apiUrl: fake.url,
    token: o.token ?? fake.token,
    repo: fake.repo,
    fetch: globalThis.fetch,
    now: () => new Date(),
    timeoutMs: o.timeoutMs ?? 5000,
  });
}

/** Create requests the fake received, answered or not. */
const createRequests = (fake: Fake) =>
  (fake.state.requests as { method: string; path: string }[]).filter(
    (r) => r.method === 'POST' && REQUEST.create[1].test(r.path),
  ).length;

trackerContract({
  name: 'GitHub',
  async start() {
    const fake = await startGitHubFake({ slowMs: 1500, retryAfterS: 1 });
    return {
      tracker: (o = {}) =>
        githubFor(fake, {
          ...(o.badCredentials && { token: 'ghs_revoked' }),
          ...(o.timeoutMs !== undefined && { timeoutMs: o.timeoutMs }),
        }),
      inject(fault, op) {
        const [method, path] = REQUEST[op];
        fake.inject(FAULT[fault], method, path);
      },
      itemsWith: (m) =>
        (fake.issues() as { body: string | null }[]).filter((i) =>
          (i.body ?? '').includes(markerComment(m)),
        ).length,
      creates: () => createRequests(fake),
      writes: () => fake.state.writes,
      editByPerson: (ref, title) => fake.edit(Number(ref.key), { title }),
      missing: { key: '99999' },
      close: () => fake.close(),
    };
  },
});

describe('GitHub specifics', () => {
  let fake: Fake;
  afterEach(() => fake?.close());
  const marker = (task: string) => markerFor('acme/tasks', 'github', task);
  const task = (id: string) => ({ title: `Title of ${id}`, body: `Body of ${id}.\n` });

  test('a title longer than GitHub takes (256 characters) is cut with an ellipsis; a shorter one is sent as it is', () => {
    expect(titleOf('A task')).toBe('A task');
    const long = 'é'.repeat(300);
    expect([...titleOf(long)]).toHaveLength(256);
    expect(titleOf(long).endsWith('…')).toBe(true);
    expect(
      new GitHubTracker({
        apiUrl: 'x',
        token: 't',
        repo: 'a/b',
        fetch,
        now: () => new Date(),
      }).render({ title: long, body: '' }).title,
    ).toBe(titleOf(long));
  });

  test('an answer cut off mid-body is unknown-outcome, for a read as for a create; the marker finds the issue the cut-off create made', async () => {
    fake = await startGitHubFake();
    const gh = githubFor(fake);
    const m = marker('TASK-CUT');
    fake.inject('cut', 'POST', REQUEST.create[1]);
    const e = await failsWith(() => gh.create(task('TASK-CUT'), m), 'unknown-outcome');
    expect(e.message).toMatch(/GitHub POST \/repos\/acme\/tasks\/issues: the answer was cut off/);
    expect(fake.issues()).toHaveLength(1); // performed: only the marker can tell
    const { hits } = await lookupWithin(gh, m);
    fake.inject('cut', 'GET', REQUEST.get[1]);
    // A read cut off is not "GitHub answered something that is not an issue": it may be repeated.
    await failsWith(() => gh.get(hits[0]!), 'unknown-outcome');
    expect((await gh.get(hits[0]!)).key).toBe(hits[0]!.key);
  });

  test('the rate-limit headers fill the budget; a secondary limit is rate-limited with its retry-after; a create refused so made nothing', async () => {
    fake = await startGitHubFake({ retryAfterS: 7 });
    const gh = githubFor(fake);
    await gh.verify();
    expect(gh.budget).toEqual({
      remaining: 4999,
      resetAt: new Date(fake.state.rateLimit.resetAt * 1000),
    });
    fake.inject('secondary', 'POST', REQUEST.create[1]);
    const e = await failsWith(() => gh.create(task('TASK-RL'), marker('TASK-RL')), 'rate-limited');
    expect(e.info).toMatchObject({ status: 403, retryAfterMs: 7000 });
    expect(e.message).toMatch(/secondary rate limit/);
    expect(fake.issues()).toHaveLength(0);
    fake.state.rateLimit.used = fake.state.rateLimit.limit; // the primary budget is spent
    const spent = await failsWith(() => gh.get({ key: '1' }), 'rate-limited');
    expect(spent.info.status).toBe(403);
    expect(gh.budget?.remaining).toBe(0);
    expect(gh.requests).toBe(3);
  });
});
