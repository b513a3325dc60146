/**
 * The Linear adapter (GraphQL) behind the `Tracker` interface (tracker.ts). Every API fact it
 * relies on is in ../shared/trackers/linear.md (section named in quotes), with its source:
 *
 * - One endpoint, POST `{query, variables}`; a personal key goes bare in Authorization, an OAuth
 *   token as `Bearer …` ("Endpoint and authentication": https://linear.app/developers/graphql ).
 * - The marker is the issue's own `id`: `issueCreate` takes a client-chosen UUID v4 ("Creating an
 *   issue", schema `IssueCreateInput.id`), derived here from the marker so the server itself
 *   refuses a second create. Its first 64 bits are the marker's digest and 56 more a check, so any
 *   issue read back tells whether extids made it, and for which digest (`markerDigestOfIssueId`).
 * - What Linear answers to a reused id is not documented ("Not documented"): any refusal of a
 *   create that is not a rate limit, an authentication error or an unknown outcome is followed by
 *   `issue(id:)` with that id; an issue there is the answer ("already created").
 * - The look-up is `issues(filter: {id: {in: […]}})`: a read by primary key, not the search
 *   index (`searchIssues`), so `consistent`.
 * - The key is `identifier` (`TEAM-21`): a moved issue keeps its UUID and gets a new identifier
 *   ("Reading and identifying issues"); every read is by UUID, so the key follows the move.
 * - Transitions set `stateId` to a state of the issue's team chosen by `type` (`completed`,
 *   `canceled`, `unstarted`), never by name ("Teams, workflow states"); Linear has no workflow
 *   rules between states, so one update reaches any state.
 * - No conditional write exists: `update` with `ifVersion` reads `updatedAt` first (`checked`).
 * - Errors come in the body ("Errors"): `RATELIMITED` (HTTP 400, not 429) is `rate-limited`,
 *   the wait from Retry-After or the leaky bucket's headers ("Rate limits":
 *   https://linear.app/developers/rate-limiting ); `AUTHENTICATION_ERROR`/`forbidden` is `auth`;
 *   "Entity not found" is `not-found`; an internal error, a 5xx or no answer is `unknown-outcome`.
 */
import { TOOL_NOUN } from '../ids.js';
import { createHash } from 'node:crypto';
import {
  sendOnce,
  TrackerError,
  type Created,
  type Item,
  type ItemContent,
  type ItemRef,
  type Marker,
  type RateBudget,
  type StateCategory,
  type TargetState,
  type Tracker,
  type TrackerEffects,
  type TrackerErrorKind,
} from './tracker.js';

/** LINEAR_API_URL's default ("Endpoint and authentication"). */
export const LINEAR_API_URL = 'https://api.linear.app/graphql';

export interface LinearOptions extends TrackerEffects {
  /** The team key new issues go to (`TEAM`). */
  team: string;
  /**
   * LINEAR_API_KEY: a personal key (`lin_api_…`, sent bare) or an OAuth access token
   * (`lin_oauth_…`, sent as `Bearer …`); a `Bearer ` someone put in front of a key is dropped.
   */
  apiKey: string;
  /** LINEAR_API_URL; default `LINEAR_API_URL`. */
  url?: string;
}

/** A workflow state as the adapter reads it ("Teams, workflow states"). */
export interface LinearState {
  id: string;
  name: string;
  /** triage, backlog, unstarted, started, completed, canceled, duplicate. */
  type: string;
  position: number;
}

interface LinearIssue {
  id: string;
  identifier: string;
  title?: string;
  description?: string | null;
  url?: string;
  updatedAt?: string;
  state?: { id?: string; name?: string; type?: string };
  team?: { id?: string; key?: string };
}

interface GqlError {
  message?: string;
  path?: unknown[];
  extensions?: { code?: string; type?: string; userPresentableMessage?: string };
}

/** The fields every read asks for: about 5 complexity points an issue ("Rate limits"). */
const ISSUE =
  'id identifier title description url updatedAt state { id name type } team { id key }';
/** Ids per look-up query and page size: 50 issues ≈ 250 points, far below the 10 000 a query may cost. */
const PAGE = 50;
/** A wait when a rate-limit answer says nothing about when (the leaky bucket refills continuously). */
const DEFAULT_WAIT_MS = 60_000;
const CHECK_SALT = 'extids\0linear\0';
/** A create's failures that are not the server refusing it: never followed by a read. */
const UNREFUSED: readonly TrackerErrorKind[] = ['rate-limited', 'auth', 'unknown-outcome'];

/**
 * The issue id for `marker`: a UUID v4 in format (version nibble 4, variant 8; Linear asks for v4,
 * "Creating an issue"), its 30 free hex digits the marker's 16-digit digest and a 14-digit check
 * (sha256 of the digest). The same marker, the same id.
 */
export function linearIssueId(m: Marker): string {
  const s =
    m.digest +
    createHash('sha256')
      .update(CHECK_SALT + m.digest)
      .digest('hex')
      .slice(0, 14);
  const hex = `${s.slice(0, 12)}4${s.slice(12, 15)}8${s.slice(15, 30)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The marker digest an issue id carries, when extids made it (the check holds); else undefined. */
export function markerDigestOfIssueId(id: string): string | undefined {
  const hex = id.toLowerCase().replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/.test(hex) || hex[12] !== '4' || hex[16] !== '8') return undefined;
  const s = hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17);
  const digest = s.slice(0, 16);
  const check = createHash('sha256')
    .update(CHECK_SALT + digest)
    .digest('hex')
    .slice(0, 14);
  return s.slice(16) === check ? digest : undefined;
}

/** A state type as the engine's category ("Teams, workflow states"). */
export function stateCategoryOf(type: string | undefined): StateCategory {
  if (type === 'completed') return 'done';
  if (type === 'canceled' || type === 'duplicate') return 'removed';
  if (type === 'started') return 'in-progress';
  return 'todo';
}

/**
 * The state `target` moves an issue to, by type, the first by position: done `completed`,
 * removed `canceled`, todo `unstarted`, else `backlog`, else `triage`.
 */
export function chooseState(
  states: readonly LinearState[],
  target: TargetState,
): LinearState | undefined {
  const types =
    target === 'done'
      ? ['completed']
      : target === 'removed'
        ? ['canceled']
        : ['unstarted', 'backlog', 'triage'];
  for (const type of types) {
    const s = states.filter((x) => x.type === type).sort((a, b) => a.position - b.position)[0];
    if (s) return s;
  }
  return undefined;
}

/** `state` already is where `target` leads: todo (open: todo or in progress), done, removed. */
function reached(state: StateCategory, target: TargetState): boolean {
  return target === 'todo' ? state === 'todo' || state === 'in-progress' : state === target;
}

export class Linear implements Tracker {
  readonly name = 'Linear';
  readonly noun = TOOL_NOUN.linear;
  keyText(key: string): string {
    return key;
  }
  readonly lookupConsistency = { kind: 'consistent' } as const;
  readonly conditionalUpdate = 'checked' as const;
  requests = 0;
  get timeoutMs(): number {
    return this.o.timeoutMs ?? 30_000;
  }
  budget: RateBudget | undefined;
  private readonly url: string;
  private readonly auth: string;
  private team: Promise<{ id: string; key: string }> | undefined;
  private readonly states = new Map<string, Promise<LinearState[]>>();
  /** Markers this adapter created or looked up, by digest: the id carries the digest, not the task. */
  private readonly known = new Map<string, Marker>();

  constructor(private readonly o: LinearOptions) {
    this.url = o.url ?? LINEAR_API_URL;
    const key = o.apiKey.trim().replace(/^Bearer\s+/i, '');
    this.auth = key.startsWith('lin_oauth_') ? `Bearer ${key}` : key;
  }

  /**
   * The credentials work and see the team (`viewer { id }` and the team, one request): what
   * `--dry-run` checks, so a wrong team key fails there too.
   */
  async verify(): Promise<void> {
    this.team = undefined;
    await this.teamOf();
  }

  /**
   * `issueCreate` once, with `id` = `linearIssueId(marker)` ("Creating an issue"). A refusal is
   * followed by `issue(id:)`: the issue that id names is what an earlier create made.
   */
  async create(content: ItemContent, marker: Marker): Promise<Created> {
    this.known.set(marker.digest, marker);
    const id = linearIssueId(marker);
    const team = await this.teamOf();
    let data: { issueCreate?: { success?: boolean; issue?: LinearIssue | null } | null };
    try {
      data = await this.query(
        'issueCreate',
        `mutation Create($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { ${ISSUE} } } }`,
        {
          input: {
            id,
            teamId: team.id,
            title: titleOf(content.title),
            description: content.body,
          },
        },
      );
    } catch (err) {
      // Not performed (rate limit, credentials) or not known: the caller decides, as always.
      if (!(err instanceof TrackerError) || UNREFUSED.includes(err.kind)) throw err;
      return this.alreadyCreated(id, err);
    }
    const issue = data.issueCreate?.issue;
    if (!data.issueCreate?.success || !issue || typeof issue.identifier !== 'string')
      throw new TrackerError(
        'unknown-outcome',
        `Linear issueCreate answered without an issue (success: ${String(data.issueCreate?.success)})`,
      );
    const item = this.parse(issue);
    return { id: item.id, key: item.key, url: item.url, item };
  }

  /**
   * The issue a refused create's id names, or the refusal (as `other`: the create was refused,
   * whatever it said) when there is none.
   */
  private async alreadyCreated(id: string, refusal: TrackerError): Promise<Created> {
    let item: Item;
    try {
      item = await this.get({ id, key: id });
    } catch (err) {
      if (!(err instanceof TrackerError) || err.kind !== 'not-found') throw err;
      throw refusal.kind === 'other'
        ? refusal
        : new TrackerError('other', refusal.message, refusal.info);
    }
    return { id: item.id, key: item.key, url: item.url, item };
  }

  /** `issue(id:)` by UUID (by the identifier only for an adopted key): the current identifier. */
  async get(ref: ItemRef): Promise<Item> {
    return (await this.read(ref)).item;
  }

  /** The issue and its team's id (a moved issue's states are its new team's). */
  private async read(ref: ItemRef): Promise<{ item: Item; teamId: string | undefined }> {
    const data = await this.query<{ issue?: LinearIssue | null }>(
      'issue',
      `query Issue($id: String!) { issue(id: $id) { ${ISSUE} } }`,
      { id: ref.id ?? ref.key },
      ref.key,
    );
    if (!data.issue) throw this.missing(ref);
    return { item: this.parse(data.issue), teamId: data.issue.team?.id };
  }

  /** `issueUpdate` ("Reading and identifying issues"); with `ifVersion`, `updatedAt` read first. */
  async update(
    ref: ItemRef,
    content: Partial<ItemContent>,
    opts: { ifVersion?: string } = {},
  ): Promise<Item> {
    let target = ref;
    if (opts.ifVersion !== undefined) {
      const now = await this.get(ref);
      this.unchanged(now, opts.ifVersion);
      target = now;
    }
    const input: Record<string, unknown> = {};
    if (content.title !== undefined) input.title = titleOf(content.title);
    if (content.body !== undefined) input.description = content.body;
    return this.write(target, input);
  }

  /**
   * To a state of `target`'s type in the issue's own team (a moved issue has the other team's
   * states), whatever the team calls it (`chooseState`); an issue already there is left alone.
   */
  async transition(
    ref: ItemRef,
    target: TargetState,
    opts: { ifVersion?: string } = {},
  ): Promise<Item> {
    const { item, teamId } = await this.read(ref);
    if (opts.ifVersion !== undefined) this.unchanged(item, opts.ifVersion);
    if (reached(item.state, target)) return item;
    const states = teamId ? await this.statesOf(teamId) : [];
    const to = chooseState(states, target);
    if (!to)
      throw new TrackerError(
        'other',
        `Linear issue ${item.key}: its team has no state of type ${target === 'done' ? 'completed' : target === 'removed' ? 'canceled' : 'unstarted, backlog or triage'} (${states.map((s) => `"${s.name}" ${s.type}`).join(', ') || 'none'})`,
      );
    return this.write(item, { stateId: to.id });
  }

  /**
   * `issues(filter: {id: {in: […]}}, includeArchived: true)` by the ids the markers name, 50 at
   * a time, every page: consistent (see the header). `since` narrows nothing (ids are exact).
   */
  async lookup(markers: readonly Marker[]): Promise<Item[]> {
    for (const m of markers) this.known.set(m.digest, m);
    const out: Item[] = [];
    for (let i = 0; i < markers.length; i += PAGE) {
      const ids = markers.slice(i, i + PAGE).map(linearIssueId);
      let after: string | undefined;
      do {
        const data = await this.query<{
          issues?: {
            nodes?: LinearIssue[];
            pageInfo?: { hasNextPage?: boolean; endCursor?: string | null };
          };
        }>(
          'issues',
          `query Lookup($ids: [ID!], $first: Int, $after: String) { issues(filter: { id: { in: $ids } }, first: $first, after: $after, includeArchived: true) { nodes { ${ISSUE} } pageInfo { hasNextPage endCursor } } }`,
          { ids, first: PAGE, ...(after && { after }) },
        );
        // An answer without its list is no answer: never "no issue has the marker's id".
        if (!Array.isArray(data.issues?.nodes))
          throw new TrackerError(
            'unknown-outcome',
            'Linear issues answered without a list of issues',
          );
        for (const it of data.issues.nodes) out.push(this.parse(it));
        const page = data.issues?.pageInfo;
        after = page?.hasNextPage && page.endCursor ? page.endCursor : undefined;
      } while (after);
    }
    return out;
  }

  /** The title on one line; the description is the task's markdown as it is. */
  render(content: ItemContent): ItemContent {
    return { title: titleOf(content.title), body: content.body };
  }

  /**
   * The team the configured key names, with its id and states (`teams(filter: {key: {eq}})`,
   * "Teams, workflow states"), read once.
   */
  private teamOf(): Promise<{ id: string; key: string }> {
    this.team ??= this.query<{
      teams?: { nodes?: { id: string; key: string; states?: { nodes?: LinearState[] } }[] };
    }>(
      'team',
      `query Team($key: String!) { viewer { id } teams(filter: { key: { eq: $key } }, first: 1) { nodes { id key states(first: 50) { nodes { id name type position } } } } }`,
      { key: this.o.team },
      this.o.team,
    ).then(
      (data) => {
        const t = data.teams?.nodes?.[0];
        if (!t)
          throw new TrackerError(
            'other',
            `Linear has no team with the key "${this.o.team}" that these credentials can see`,
          );
        this.states.set(t.id, Promise.resolve(t.states?.nodes ?? []));
        return { id: t.id, key: t.key };
      },
      (err: unknown) => {
        this.team = undefined;
        throw err;
      },
    );
    return this.team;
  }

  /** A team's workflow states, read once per team (`team(id:) { states }`). */
  private statesOf(teamId: string): Promise<LinearState[]> {
    let p = this.states.get(teamId);
    if (!p) {
      p = this.query<{ team?: { states?: { nodes?: LinearState[] } } }>(
        'team',
        `query States($id: String!) { team(id: $id) { states(first: 50) { nodes { id name type position } } } }`,
        { id: teamId },
      ).then((d) => d.team?.states?.nodes ?? []);
      p.catch(() => this.states.delete(teamId));
      this.states.set(teamId, p);
    }
    return p;
  }

  private async write(ref: ItemRef, input: Record<string, unknown>): Promise<Item> {
    const data = await this.query<{
      issueUpdate?: { success?: boolean; issue?: LinearIssue | null } | null;
    }>(
      'issueUpdate',
      `mutation Update($id: String!, $input: IssueUpdateInput!) { issueUpdate(id: $id, input: $input) { success issue { ${ISSUE} } } }`,
      { id: ref.id ?? ref.key, input },
      ref.key,
    );
    if (data.issueUpdate?.success === false)
      throw new TrackerError('other', `Linear issueUpdate of ${ref.key} answered success: false`);
    const issue = data.issueUpdate?.issue;
    return issue ? this.parse(issue) : this.get(ref);
  }

  /** Throws `stale` when `item` changed since the version extids read. */
  private unchanged(item: Item, version: string): void {
    if (item.version !== version)
      throw new TrackerError(
        'stale',
        `Linear issue ${item.key} was changed at ${item.version}, after extids read it (${version}); nothing was written`,
      );
  }

  private missing(ref: ItemRef): TrackerError {
    return new TrackerError(
      'not-found',
      `Linear has no issue ${ref.key}${ref.id && ref.id !== ref.key ? ` (${ref.id})` : ''}`,
    );
  }

  private parse(v: LinearIssue): Item {
    if (typeof v?.id !== 'string' || typeof v.identifier !== 'string')
      throw new TrackerError('other', 'Linear answered with something that is not an issue');
    const digest = markerDigestOfIssueId(v.id);
    // The id carries the digest only; a task this adapter was never told of reads as ''.
    const marker = digest ? (this.known.get(digest) ?? { digest, task: '' }) : undefined;
    return {
      id: v.id,
      key: v.identifier,
      url: v.url ?? '',
      title: v.title ?? '',
      body: v.description ?? '',
      state: stateCategoryOf(v.state?.type),
      version: v.updatedAt ?? '',
      ...(marker && { marker }),
    };
  }

  /** One GraphQL request; `field` is the root field, for messages. */
  private async query<T>(
    field: string,
    query: string,
    variables?: Record<string, unknown>,
    subject?: string,
  ): Promise<T> {
    const what = `Linear ${field}${subject ? ` ${subject}` : ''}`;
    this.requests++;
    const answer = await sendOnce(
      this.o,
      this.url,
      {
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          authorization: this.auth,
          'user-agent': 'extids',
        },
        body: JSON.stringify({ query, ...(variables && { variables }) }),
      },
      what,
    );
    const { res, text } = answer;
    const json = answer.json as { data?: unknown; errors?: GqlError[] } | undefined;
    this.budget = budgetOf(res.headers) ?? this.budget;
    const errors = Array.isArray(json?.errors) ? json.errors : [];
    if (res.ok && errors.length === 0 && json?.data && typeof json.data === 'object')
      return json.data as T;
    const message = `${what} failed (${res.status}): ${errorText(errors, text)}`;
    const kind = kindOf(res.status, errors);
    const retryAfterMs =
      kind === 'rate-limited' ? (waitOf(res.headers, this.o.now()) ?? DEFAULT_WAIT_MS) : undefined;
    throw new TrackerError(kind, message, {
      status: res.status,
      ...(retryAfterMs !== undefined && { retryAfterMs }),
    });
  }
}

/** A title Linear shows on one line. */
export function titleOf(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/**
 * An answer's error kind ("Errors"): the body's `extensions` first (`RATELIMITED`,
 * `AUTHENTICATION_ERROR`, the SDK's types), then the HTTP status as the SDK maps it.
 */
function kindOf(status: number, errors: GqlError[]): TrackerErrorKind {
  const codes = errors.map((e) =>
    `${e.extensions?.code ?? ''} ${e.extensions?.type ?? ''}`.toLowerCase(),
  );
  if (codes.some((c) => /ratelimited/.test(c))) return 'rate-limited';
  if (codes.some((c) => /authentication|forbidden/.test(c))) return 'auth';
  if (errors.some((e) => /^entity not found/i.test(e.message ?? ''))) return 'not-found';
  if (codes.some((c) => /internal error|network error|lock timeout/.test(c)))
    return 'unknown-outcome';
  if (status === 429) return 'rate-limited';
  if (status === 401 || status === 403) return 'auth';
  if (status >= 500 || status === 0) return 'unknown-outcome';
  // A success without data (or unreadable): nothing says what happened.
  if (errors.length === 0 && status < 300) return 'unknown-outcome';
  return 'other';
}

const num = (h: Headers, name: string): number | undefined => {
  const v = h.get(name);
  return v !== null && v.trim() !== '' && Number.isFinite(Number(v)) ? Number(v) : undefined;
};

interface Bucket {
  limit?: number;
  remaining?: number;
  /** epoch ms: when the bucket is whole again. */
  reset?: number;
}

function bucketsOf(h: Headers): { name: string; b: Bucket; need: number }[] {
  const bucket = (prefix: string): Bucket => ({
    limit: num(h, `${prefix}-limit`),
    remaining: num(h, `${prefix}-remaining`),
    reset: num(h, `${prefix}-reset`),
  });
  return [
    { name: 'requests', b: bucket('x-ratelimit-requests'), need: 1 },
    { name: 'complexity', b: bucket('x-ratelimit-complexity'), need: num(h, 'x-complexity') ?? 1 },
    { name: 'endpoint', b: bucket('x-ratelimit-endpoint-requests'), need: 1 },
  ].filter((x) => x.b.remaining !== undefined || x.b.reset !== undefined);
}

/**
 * How long until the refused request fits, in ms from `now`: Retry-After where sent (the SDK reads
 * it), else from the buckets short of what it needs. The buckets refill at a constant rate
 * ("Rate limits": leaky bucket), and reset is when one is whole again, so the wait is the reset's
 * share for the tokens missing, not the whole reset.
 */
function waitOf(h: Headers, now: Date): number | undefined {
  const after = num(h, 'retry-after');
  if (after !== undefined) return Math.max(0, after * 1000);
  let wait: number | undefined;
  for (const { b, need } of bucketsOf(h)) {
    if (b.reset === undefined) continue;
    const untilWhole = Math.max(0, b.reset - now.getTime());
    const remaining = b.remaining ?? 0;
    if (remaining >= need) continue;
    const missing = (b.limit ?? remaining + need) - remaining;
    const w = missing > 0 ? Math.ceil((untilWhole * (need - remaining)) / missing) : untilWhole;
    wait = Math.max(wait ?? 0, Math.min(untilWhole, w));
  }
  return wait;
}

/**
 * The tightest of Linear's budgets an answer announces (requests, complexity, an endpoint's own):
 * `remaining` in requests, `resetAt` of the tightest one, `near` under 20 % of any.
 */
function budgetOf(h: Headers): RateBudget | undefined {
  const all = bucketsOf(h);
  if (!all.length) return undefined;
  const share = (b: Bucket) =>
    b.remaining !== undefined && b.limit ? b.remaining / b.limit : Number.POSITIVE_INFINITY;
  const tightest = [...all].sort((x, y) => share(x.b) - share(y.b))[0]!;
  const requests = all
    .filter((x) => x.name !== 'complexity')
    .map((x) => x.b.remaining)
    .filter((r): r is number => r !== undefined);
  return {
    ...(requests.length && { remaining: Math.min(...requests) }),
    ...(tightest.b.reset !== undefined && { resetAt: new Date(tightest.b.reset) }),
    near: all.some((x) => share(x.b) < 0.2),
  };
}

/** The errors as one line, Linear's `userPresentableMessage` preferred (as its SDK does). */
function errorText(errors: GqlError[], text: string): string {
  const parts = errors
    .map((e) => {
      const text = e.extensions?.userPresentableMessage ?? e.message ?? '';
      return e.extensions?.code ? `${text} (${e.extensions.code})` : text;
    })
    .filter(Boolean);
  return (
    parts.join('; ') ||
    text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200) ||
    'no message'
  );
}
