/**
 * The GitHub REST calls sync makes, on plain `fetch`: every request is visible here, and whether
 * one may be repeated is decided per request. Reads and PATCHes (which set fields to values) are
 * retried after a 5xx, a time-out or a lost connection; a create never is: its fate is unknown,
 * and the caller looks for the issue's marker instead. Rate limits are honoured for every request:
 * `retry-after` and the secondary-limit 403 are waited out (a refused request was not performed,
 * so a create may be sent again), and an exhausted budget ends the run (BudgetExhausted) unless it
 * resets within `maxWaitMs`.
 */
import { ExtidsError } from '../findings.js';

export interface GitHubOptions {
  /** https://api.github.com, or GitHub Enterprise's GITHUB_API_URL. */
  apiUrl: string;
  /** The web server (https://github.com, or GitHub Enterprise's GITHUB_SERVER_URL). */
  serverUrl?: string;
  token: string;
  /** owner/name */
  repo: string;
  timeoutMs?: number;
  /** The longest wait for a rate limit before the run stops with what it finished. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Aborted when the run is cancelled (SIGINT, SIGTERM): nothing more is sent. */
  signal?: AbortSignal;
}

export interface Issue {
  id: number;
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  url: string;
  updatedAt: string;
  isPullRequest: boolean;
}

export interface IssueFields {
  title?: string;
  body?: string;
  state?: 'open' | 'closed';
  state_reason?: 'completed' | 'not_planned' | 'reopened' | null;
}

/** A create whose response never came (time-out, lost connection, 5xx): the issue may exist. */
export class Uncertain extends Error {}

/** A request that was never sent (the run was cancelled, or its lease would not cover it). */
export class NotSent extends Error {}

/** The rate-limit budget is spent and does not reset soon enough: stop, keep what finished. */
export class BudgetExhausted extends Error {
  constructor(readonly resetAt: Date) {
    super(`the GitHub API rate limit is spent until ${resetAt.toISOString()}`);
  }
}

interface Response {
  status: number;
  json: unknown;
  link?: string;
}

const RETRIES = 3;

export class GitHub {
  private remaining?: number;
  private resetAt?: number;
  /** Requests sent (for the plan's cost and the bench). */
  requests = 0;

  constructor(private readonly o: GitHubOptions) {}

  get repo(): string {
    return this.o.repo;
  }

  /** Where people see the repository: the server of GITHUB_SERVER_URL, else the API's. */
  get serverUrl(): string {
    return this.o.serverUrl ?? serverOfApi(this.o.apiUrl);
  }

  /** How long a request may take before it counts as unanswered. */
  get timeoutMs(): number {
    return this.o.timeoutMs ?? 30_000;
  }

  /** Waits `ms`, or less when the run is cancelled meanwhile (the next send then refuses). */
  private sleep(ms: number): Promise<void> {
    if (this.o.sleep) return this.o.sleep(ms);
    const cancel = this.o.signal;
    return new Promise((r) => {
      const t = setTimeout(r, ms);
      cancel?.addEventListener('abort', () => (clearTimeout(t), r()), { once: true });
    });
  }

  /** Waits for the rate-limit budget when it is spent, or throws BudgetExhausted. */
  private async budget(): Promise<void> {
    if (this.remaining !== 0 || this.resetAt === undefined) return;
    const wait = this.resetAt * 1000 - Date.now() + 1000;
    if (wait > (this.o.maxWaitMs ?? 60_000))
      throw new BudgetExhausted(new Date(this.resetAt * 1000));
    await this.sleep(Math.max(0, wait));
    this.remaining = undefined;
  }

  /**
   * One request, retried where it may be. `maySend` is asked right before each send (after any
   * wait for a rate limit): false throws NotSent, and nothing was sent.
   */
  private async request(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body?: unknown,
    repeatable = method !== 'POST',
    maySend: () => boolean = () => true,
  ): Promise<Response> {
    const url = path.startsWith('http') ? path : `${this.o.apiUrl.replace(/\/+$/, '')}${path}`;
    const cancel = this.o.signal;
    for (let attempt = 1; ; attempt++) {
      await this.budget();
      if (cancel?.aborted) throw new NotSent(`${method} ${path}: the run was cancelled`);
      if (!maySend()) throw new NotSent(`${method} ${path}: this run's lease would not cover it`);
      let res: globalThis.Response;
      this.requests++;
      try {
        res = await fetch(url, {
          method,
          headers: {
            accept: 'application/vnd.github+json',
            authorization: `Bearer ${this.o.token}`,
            'x-github-api-version': '2022-11-28',
            'user-agent': 'extids',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: cancel
            ? AbortSignal.any([AbortSignal.timeout(this.timeoutMs), cancel])
            : AbortSignal.timeout(this.timeoutMs),
        });
      } catch (err) {
        if (cancel?.aborted && repeatable)
          throw new NotSent(`${method} ${path}: the run was cancelled`);
        if (!repeatable) throw new Uncertain(`${method} ${path}: ${(err as Error).message}`);
        if (attempt >= RETRIES) throw trackerFailed(method, path, 0, (err as Error).message);
        await this.sleep(250 * 2 ** attempt);
        continue;
      }
      const remaining = res.headers.get('x-ratelimit-remaining');
      const reset = res.headers.get('x-ratelimit-reset');
      if (remaining !== null) this.remaining = Number(remaining);
      if (reset !== null) this.resetAt = Number(reset);
      const text = await res.text().catch(() => '');
      let json: unknown;
      try {
        json = text ? JSON.parse(text) : undefined;
      } catch {
        json = undefined;
      }
      const message = (json as { message?: string } | undefined)?.message ?? text.slice(0, 200);
      // Rate limits: the request was not performed, so even a create may be sent again.
      const retryAfter = res.headers.get('retry-after');
      const limited =
        res.status === 429 ||
        (res.status === 403 &&
          (retryAfter !== null || remaining === '0' || /rate limit/i.test(message)));
      if (limited) {
        if (attempt >= RETRIES + 2) throw trackerFailed(method, path, res.status, message);
        if (retryAfter !== null) {
          const wait = Number(retryAfter) * 1000;
          if (wait > (this.o.maxWaitMs ?? 60_000))
            throw new BudgetExhausted(new Date(Date.now() + wait));
          await this.sleep(wait);
        } else if (remaining === '0') await this.budget();
        else await this.sleep(60_000); // GitHub: wait at least a minute for a secondary limit
        continue;
      }
      if (res.status >= 500) {
        if (!repeatable) throw new Uncertain(`${method} ${path}: ${res.status} ${message}`);
        if (attempt >= RETRIES) throw trackerFailed(method, path, res.status, message);
        await this.sleep(250 * 2 ** attempt);
        continue;
      }
      if (res.status >= 400) throw trackerFailed(method, path, res.status, message);
      return { status: res.status, json, link: res.headers.get('link') ?? undefined };
    }
  }

  /**
   * POST once. Throws Uncertain when the outcome is unknown: look the marker up, never resend;
   * NotSent when `maySend` (asked right before the send) says no.
   */
  async create(fields: { title: string; body: string }, maySend?: () => boolean): Promise<Issue> {
    const r = await this.request('POST', `/repos/${this.o.repo}/issues`, fields, false, maySend);
    return issueOf(r.json);
  }

  async get(number: number): Promise<Issue> {
    return issueOf((await this.request('GET', `/repos/${this.o.repo}/issues/${number}`)).json);
  }

  async update(number: number, fields: IssueFields): Promise<Issue> {
    return issueOf(
      (await this.request('PATCH', `/repos/${this.o.repo}/issues/${number}`, fields)).json,
    );
  }

  /**
   * The repository's issues (not pull requests) updated at or after `since` (ISO), oldest first,
   * every page, from the consistent list endpoint (the search API lags by seconds, so it never
   * decides). Not filtered by creator: that needs the token's account, and the Actions token (an
   * installation token) may not ask who it is (`GET /user` answers 403); the marker decides.
   */
  async listSince(since?: string): Promise<Issue[]> {
    const q = new URLSearchParams({
      state: 'all',
      sort: 'created',
      direction: 'asc',
      per_page: '100',
    });
    if (since) q.set('since', since);
    let next: string | undefined = `/repos/${this.o.repo}/issues?${q}`;
    const out: Issue[] = [];
    while (next) {
      const r = await this.request('GET', next);
      for (const it of r.json as unknown[]) {
        const issue = issueOf(it);
        if (!issue.isPullRequest) out.push(issue);
      }
      next = /<([^>]+)>;\s*rel="next"/.exec(r.link ?? '')?.[1];
    }
    return out;
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

function issueOf(v: unknown): Issue {
  const o = v as Record<string, unknown>;
  if (typeof o?.number !== 'number')
    throw new ExtidsError('TRACKER_FAILED', 'GitHub answered with something that is not an issue');
  return {
    id: o.id as number,
    number: o.number,
    title: String(o.title ?? ''),
    body: typeof o.body === 'string' ? o.body : '',
    state: o.state === 'closed' ? 'closed' : 'open',
    stateReason: (o.state_reason as string | null) ?? null,
    url: String(o.html_url ?? ''),
    updatedAt: String(o.updated_at ?? ''),
    isPullRequest: o.pull_request !== undefined && o.pull_request !== null,
  };
}

function trackerFailed(method: string, path: string, status: number, message: string) {
  return new ExtidsError(
    'TRACKER_FAILED',
    `GitHub ${method} ${path.replace(/^https?:\/\/[^/]+/, '')} failed${status ? ` (${status})` : ''}: ${message}`,
  );
}
