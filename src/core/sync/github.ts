/**
 * The GitHub adapter (REST, on plain `fetch`) behind the `Tracker` interface (tracker.ts): every
 * request is visible here and sent once; retries, rate-limit waits and the marker look-up after a
 * lost create are the engine's (commands/sync.ts). The marker is a hidden HTML comment at the end
 * of the issue's body, `<!-- extids:<digest> task=<ID> -->`, which GitHub keeps and does not show.
 *
 * - verify: GET /repos/{repo}. The Actions token is an installation token: it may not ask who it
 *   is (`GET /user` answers 403), so sync never does.
 * - create: POST /repos/{repo}/issues → 201 issue. get / update / transition: GET and PATCH
 *   /repos/{repo}/issues/{number}; a pull request shares the numbers and comes back `foreign`.
 * - transition: `state` with `state_reason` (completed, not_planned, reopened).
 * - lookup: GET /repos/{repo}/issues?state=all&since, every page, the consistent list endpoint
 *   (the search API lags by seconds), filtered by marker.
 * - rate limits: 429, or 403 with `retry-after`, `x-ratelimit-remaining: 0` or a "rate limit"
 *   message ("Rate limits for the REST API"): `rate-limited`, the wait from `retry-after`, else
 *   `x-ratelimit-reset`, else a minute (GitHub: wait at least a minute for a secondary limit).
 */
import { TOOL_NOUN } from '../ids.js';
import {
  reachedState,
  sendOnce,
  TrackerError,
  type Created,
  type Item,
  type ItemContent,
  type ItemRef,
  type Marker,
  type RateBudget,
  type TargetState,
  type Tracker,
  type TrackerEffects,
  type TrackerErrorKind,
} from './tracker.js';

export interface GitHubOptions extends TrackerEffects {
  /** https://api.github.com, or GitHub Enterprise's GITHUB_API_URL. */
  apiUrl: string;
  token: string;
  /** owner/name */
  repo: string;
}

const MARKER = /<!-- extids:([0-9a-f]{16}) task=(\S+) -->/g;

/**
 * The marker an issue body carries: the last one, since extids appends its own after the task's
 * text, which may quote a marker (in code, or pasted from another issue) that must not hide it.
 */
function markerOfBody(body: string): Marker | undefined {
  const m = [...body.matchAll(MARKER)].at(-1);
  return m && { digest: m[1]!, task: m[2]! };
}

/**
 * A title GitHub takes: at most 256 characters (GitHub answers 422 "title is too long (maximum
 * is 256 characters)"; widely reported, not in its REST reference), cut with an ellipsis.
 */
export function titleOf(title: string): string {
  const chars = [...title];
  return chars.length <= 256 ? title : `${chars.slice(0, 255).join('').trimEnd()}…`;
}

/** The hidden comment that marks `m`'s task's issue. */
export const markerComment = (m: Marker): string => `<!-- extids:${m.digest} task=${m.task} -->`;

interface Answer {
  status: number;
  json: unknown;
  link?: string;
}

export class GitHubTracker implements Tracker {
  readonly name = 'GitHub';
  readonly noun = TOOL_NOUN.github;
  keyText(key: string): string {
    return `#${key}`;
  }
  readonly lookupConsistency = { kind: 'consistent' } as const;
  readonly conditionalUpdate = 'none' as const;
  requests = 0;
  budget: RateBudget | undefined;

  constructor(private readonly o: GitHubOptions) {}

  get timeoutMs(): number {
    return this.o.timeoutMs ?? 30_000;
  }

  async verify(): Promise<void> {
    await this.request('GET', `/repos/${this.o.repo}`);
  }

  async create(content: ItemContent, marker: Marker): Promise<Created> {
    const r = await this.request(
      'POST',
      `/repos/${this.o.repo}/issues`,
      this.render(content, marker),
    );
    let item: Item;
    try {
      item = this.parse(r.json);
    } catch {
      // Created, most likely, but with nothing to record: the marker decides.
      throw new TrackerError(
        'unknown-outcome',
        `GitHub POST /repos/${this.o.repo}/issues answered ${r.status} without an issue`,
        { status: r.status },
      );
    }
    return { id: item.id, key: item.key, url: item.url, item };
  }

  async get(ref: ItemRef): Promise<Item> {
    return this.parse((await this.request('GET', this.issuePath(ref))).json);
  }

  /** PATCH title and body; `ifVersion` is not honoured (GitHub has no conditional write). */
  async update(
    ref: ItemRef,
    content: Partial<ItemContent>,
    opts: { marker?: Marker } = {},
  ): Promise<Item> {
    const fields = {
      ...(content.title !== undefined && { title: titleOf(content.title) }),
      ...(content.body !== undefined && {
        body: this.render({ title: '', body: content.body }, opts.marker).body,
      }),
    };
    return this.parse((await this.request('PATCH', this.issuePath(ref), fields)).json);
  }

  /** PATCH state and state_reason; an issue already open (or closed) is left as it is. */
  async transition(ref: ItemRef, target: TargetState): Promise<Item> {
    const item = await this.get(ref);
    if (reachedState(item.state, target)) return item;
    const fields =
      target === 'todo'
        ? { state: 'open', state_reason: 'reopened' }
        : { state: 'closed', state_reason: target === 'removed' ? 'not_planned' : 'completed' };
    return this.parse((await this.request('PATCH', this.issuePath(item), fields)).json);
  }

  /**
   * Issues (not pull requests) updated at or after `since`, oldest first, every page, that carry
   * one of `markers`. Not filtered by creator: that needs the token's account (see verify).
   */
  async lookup(markers: readonly Marker[], opts: { since?: Date } = {}): Promise<Item[]> {
    const wanted = new Set(markers.map((m) => `${m.digest} ${m.task}`));
    const all = await this.list(opts.since);
    return all.filter((i) => i.marker && wanted.has(`${i.marker.digest} ${i.marker.task}`));
  }

  /** Every issue (not pull request) that carries a marker, updated at or after `since`. */
  async list(since?: Date): Promise<Item[]> {
    const q = new URLSearchParams({
      state: 'all',
      sort: 'created',
      direction: 'asc',
      per_page: '100',
    });
    if (since)
      q.set(
        'since',
        new Date(Math.max(0, since.getTime())).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      );
    let next: string | undefined = `/repos/${this.o.repo}/issues?${q}`;
    const out: Item[] = [];
    while (next) {
      const r = await this.request('GET', next);
      // An answer without its list is no answer: never "no issue carries the marker".
      if (!Array.isArray(r.json))
        throw new TrackerError(
          'unknown-outcome',
          `GitHub GET ${next.replace(/\?.*$/, '')} answered ${r.status} without a list of issues`,
          { status: r.status },
        );
      for (const it of r.json as unknown[]) {
        const item = this.parse(it);
        if (!item.foreign && item.marker) out.push(item);
      }
      next = /<([^>]+)>;\s*rel="next"/.exec(r.link ?? '')?.[1];
    }
    return out;
  }

  /** The title as given; the body with the marker's comment on its last line. */
  render(content: ItemContent, marker?: Marker): ItemContent {
    return {
      title: titleOf(content.title),
      body: marker ? `${content.body}${markerComment(marker)}\n` : content.body,
    };
  }

  private issuePath(ref: ItemRef): string {
    return `/repos/${this.o.repo}/issues/${encodeURIComponent(ref.key)}`;
  }

  private parse(v: unknown): Item {
    const o = v as Record<string, unknown>;
    if (typeof o?.number !== 'number')
      throw new TrackerError('other', 'GitHub answered with something that is not an issue');
    const body = typeof o.body === 'string' ? o.body : '';
    const marker = markerOfBody(body);
    const closed = o.state === 'closed';
    return {
      id: String(o.id),
      key: String(o.number),
      url: String(o.html_url ?? ''),
      title: String(o.title ?? ''),
      body,
      state: closed ? (o.state_reason === 'not_planned' ? 'removed' : 'done') : 'todo',
      version: String(o.updated_at ?? ''),
      ...(marker && { marker }),
      ...(o.pull_request !== undefined && o.pull_request !== null && { foreign: 'a pull request' }),
    };
  }

  private async request(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body?: unknown,
  ): Promise<Answer> {
    const url = path.startsWith('http') ? path : `${this.o.apiUrl.replace(/\/+$/, '')}${path}`;
    const what = `GitHub ${method} ${path.replace(/^https?:\/\/[^/]+/, '')}`;
    this.requests++;
    const { res, text, json } = await sendOnce(
      this.o,
      url,
      {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.o.token}`,
          'x-github-api-version': '2022-11-28',
          'user-agent': 'extids',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      what,
    );
    const remaining = res.headers.get('x-ratelimit-remaining');
    const reset = res.headers.get('x-ratelimit-reset');
    if (remaining !== null || reset !== null)
      this.budget = {
        ...(remaining !== null && { remaining: Number(remaining) }),
        ...(reset !== null && { resetAt: new Date(Number(reset) * 1000) }),
      };
    if (res.status < 400)
      return { status: res.status, json, link: res.headers.get('link') ?? undefined };
    const message = (json as { message?: string } | undefined)?.message ?? text.slice(0, 200);
    const retryAfter = res.headers.get('retry-after');
    const limited =
      res.status === 429 ||
      (res.status === 403 &&
        (retryAfter !== null || remaining === '0' || /rate limit/i.test(message)));
    const failed = `${what} failed (${res.status}): ${message}`;
    if (limited) {
      const retryAfterMs =
        retryAfter !== null
          ? Number(retryAfter) * 1000
          : remaining === '0' && reset !== null
            ? Math.max(0, Number(reset) * 1000 - this.o.now().getTime() + 1000)
            : 60_000;
      throw new TrackerError('rate-limited', failed, { status: res.status, retryAfterMs });
    }
    let kind: TrackerErrorKind;
    if (res.status >= 500) kind = 'unknown-outcome';
    else if (res.status === 401 || res.status === 403) kind = 'auth';
    else if (res.status === 404 || res.status === 410) kind = 'not-found';
    else kind = 'other';
    throw new TrackerError(kind, failed, { status: res.status });
  }
}

/**
 * The web server of a REST API URL, as GitHub lays them out: https://api.github.com →
 * https://github.com, https://api.SUBDOMAIN.ghe.com → https://SUBDOMAIN.ghe.com, and GitHub
 * Enterprise Server's https://HOST/api/v3 → https://HOST.
 */
export function serverOfApi(apiUrl: string): string {
  let u: URL;
  try {
    u = new URL(apiUrl);
  } catch {
    return 'https://github.com';
  }
  const path = u.pathname.replace(/\/+$/, '').replace(/\/api\/v3$/, '');
  const host = u.host.replace(/^api\./, '');
  return `${u.protocol}//${host}${path}`;
}
