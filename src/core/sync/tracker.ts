/**
 * The one interface every tracker adapter implements and the sync engine alone calls. It names no
 * tracker: an item has a permanent `id`, the `key` the mapping file holds, a `url`, a title, a
 * body, a state category and a `version`; failures come back as a `TrackerError` whose `kind`
 * the engine acts on, never as a tracker's status code or wording. Learnt from gastownhall/beads
 * (`internal/tracker/tracker.go`: one interface per tracker; `errors.go`: the engine recognises a
 * rate limit by an error kind without importing any tracker), with one difference: exactly-once
 * stays in the engine. An adapter sends each request once, retries nothing and waits for nothing;
 * what may be repeated, and when, is the engine's decision, made in one place for every tracker.
 *
 * How each tracker fits (API facts and their sources: ../shared/trackers/*.md, and the README's
 * GitHub section):
 *
 * | Tracker call      | GitHub (src/core/sync/github.ts)          | Jira Cloud (jira.ts)                           | Linear (GraphQL)                       | Azure DevOps (REST 7.1)                     |
 * | ----------------- | ----------------------------------------- | ---------------------------------------------- | -------------------------------------- | ------------------------------------------- |
 * | `verify`          | (new) GET /repos/{repo}: an installation token cannot read /user, which `GitHub.me` reads today | GET /rest/api/3/myself            | `viewer { id }`                        | GET …/_apis/projects/{project}              |
 * | `create`          | `GitHub.create`: POST …/issues → 201 issue; marker: the hidden comment `content.ts` writes | POST /rest/api/3/issue → 201 {id,key,self}; marker: a label | `issueCreate(input: {id: uuid(marker)})`: a second create is refused by the server, and the adapter answers with the existing issue | POST …/workitems/$Type (JSON Patch) → 200; marker: a tag |
 * | `get`             | `GitHub.get`: GET …/issues/{number} (a pull request comes back as `foreign`) | GET /rest/api/3/issue/{id} (a moved issue answers with its current key) | `issue(id: uuid)`           | GET …/workitems/{id}                        |
 * | `update`          | `GitHub.update`: PATCH …/issues/{number}; `checked` (compare `updated_at`, then write) | PUT …/issue/{id}?returnIssue=true; `checked` (compare `fields.updated`, then write) | `issueUpdate`; `checked` (`updatedAt`) | PATCH with `test /rev`; `server`: a stale write is refused (412) |
 * | `transition`      | `GitHub.update` with state + state_reason (completed / not_planned / reopened) | GET + POST …/transitions, by status category | `issueUpdate(stateId)` by state type    | PATCH System.State by state category        |
 * | `lookup`          | `GitHub.listMine` + `taskOfMarker`: GET …/issues?state=all&since, every page: `consistent` | POST /rest/api/3/search/jql on labels: `eventual` (bound: minutes) | `issue(id: uuid(marker))`: `consistent` | POST …/wiql on the tag: `eventual` (undocumented; bound: the lease) |
 * | `key` / `url`     | the number / html_url                      | the current key / {site}/browse/{key}          | `identifier` / `url`                   | the id / `_links.html.href`                 |
 * | rate limited      | 429, or 403 with retry-after or remaining 0 | 429 (Retry-After, X-RateLimit-Reset), 503 with Retry-After on reads | HTTP 400 with `extensions.code: RATELIMITED` | 429 with Retry-After                        |
 * | unknown outcome   | no answer, time-out, a cut-off answer, 5xx, a 2xx without an issue | no answer, time-out, 5xx, a 2xx without a key  | no answer, time-out, 5xx               | no answer, time-out, 5xx                    |
 * | auth refused      | 401, 403                                   | 401, 403                                       | 401, `AUTHENTICATION_ERROR`            | 401, and 203 with a sign-in page            |
 */
import { createHash } from 'node:crypto';
import { ExtidsError } from '../findings.js';

/**
 * Where an item stands, in every tracker's terms: `todo` (GitHub open; Jira category `new`;
 * Linear `backlog`/`unstarted`/`triage`; Azure DevOps `Proposed`), `in-progress` (Jira
 * `indeterminate`, Linear `started`, Azure DevOps `InProgress`/`Resolved`), `done` (GitHub closed
 * as completed; Jira `done`; Linear `completed`; Azure DevOps `Completed`), `removed` (GitHub
 * closed as not_planned; Linear `canceled`/`duplicate`; Azure DevOps `Removed`; Jira: a
 * done-category status that names a cancellation, see jira.ts).
 */
export type StateCategory = 'todo' | 'in-progress' | 'done' | 'removed';

/** The states the engine moves an item to: a terminal task's, or an open one's. */
export type TargetState = 'todo' | 'done' | 'removed';

/** Closed, in the sense of "the task is finished": `done` or `removed`. */
export const isClosedState = (s: StateCategory): boolean => s === 'done' || s === 'removed';

/**
 * Whether an item in `state` already is where `target` leads, so `transition` leaves it alone:
 * open (todo, in progress) for `todo`, closed (done or removed) for `done` and `removed`. Moving
 * between closed states would run a workflow back and forth in front of the team for no change of
 * substance. The one rule for every adapter's `transition` and for the engine's plan.
 */
export const reachedState = (state: StateCategory, target: TargetState): boolean =>
  isClosedState(state) === (target !== 'todo');

/**
 * What identifies a task's item in the tracker, derived from (repository, tool, task ID), so a
 * run finds what an earlier run created. Each adapter writes it in its tracker's own form
 * (GitHub: a hidden comment; Jira: a label; Azure DevOps: a tag; Linear: the issue's UUID).
 */
export interface Marker {
  task: string;
  /** 16 lower-case hex digits: sha256 of `${repo lower-cased}\0${tool}\0${task}`. */
  digest: string;
}

/** The marker of `task`'s item for `tool` in `repo` (owner/name); the same inputs, the same marker. */
export function markerFor(repo: string, tool: string, task: string): Marker {
  const digest = createHash('sha256')
    .update(`${repo.toLowerCase()}\0${tool}\0${task}`)
    .digest('hex')
    .slice(0, 16);
  return { task, digest };
}

/** How an item is named in a request: the permanent id where the links know it, else the key. */
export interface ItemRef {
  /** The tracker's permanent id (survives moves and renames); absent for an adopted key. */
  id?: string;
  /** The key the mapping holds (GitHub `12`, Jira `PROJ-58`, Linear `TEAM-21`, Azure `4123`). */
  key: string;
}

/** What the engine wants an item to say; the adapter renders it in the tracker's format. */
export interface ItemContent {
  /** One line. */
  title: string;
  /** The task's markdown, with whatever the engine appends (the link to the task file). */
  body: string;
}

/** An item as the tracker shows it now. */
export interface Item extends ItemRef {
  id: string;
  /** The item's page for a person. */
  url: string;
  title: string;
  /**
   * The description as the tracker stores it, as text the engine can hash and compare with
   * `Tracker.render` of what it would send (GitHub and Linear: markdown; Jira: JSON of the ADF
   * document, keys sorted; Azure DevOps: HTML), so it equals `render(content, marker)` of what
   * extids sent: an adapter that keeps its marker in the body (GitHub's hidden comment) leaves it
   * there (the links file's hashes cover it) and reports it in `marker` too.
   */
  body: string;
  state: StateCategory;
  /**
   * Changes whenever anyone changes the item (GitHub `updated_at`, Jira `fields.updated`, Linear
   * `updatedAt`, Azure DevOps `rev`): the precondition of a conditional update.
   */
  version: string;
  /** The extids marker the item carries, when it carries one this adapter can read. */
  marker?: Marker;
  /** Why the key names something sync must not treat as a task's item (GitHub: a pull request). */
  foreign?: string;
}

/** A create's answer: at least the id, key and URL; the whole item where the tracker sends it. */
export interface Created extends ItemRef {
  id: string;
  url: string;
  /** The item as created, when the answer carries it (GitHub, Linear, Azure DevOps; not Jira). */
  item?: Item;
}

/**
 * How far the marker look-up can be believed. `consistent`: an item the tracker has created is
 * found at once. `eventual`: an item may be missing for up to `boundMs` after its create (or its
 * marker's change); "not found" proves nothing before that, and the engine keeps the task's intent
 * while it waits.
 */
export type Consistency = { kind: 'consistent' } | { kind: 'eventual'; boundMs: number };

/**
 * How `update` honours `ifVersion`: `server` (the tracker refuses a stale write atomically, e.g.
 * a JSON Patch `test` on `/rev`); `checked` (the adapter reads the version, then writes: a
 * person's edit within that one round trip is not caught); `none` (ignored).
 */
export type Conditional = 'server' | 'checked' | 'none';

/** The error kinds the engine acts on. */
export type TrackerErrorKind =
  /** Refused before it was performed; `retryAfterMs` says when to ask again (a create too). */
  | 'rate-limited'
  /**
   * No answer that says what happened (lost connection, time-out, 5xx, an unreadable success):
   * a write may or may not have been applied. A create in this state is never sent again: the
   * engine looks its marker up (`Tracker.lookup`, within the declared consistency).
   */
  | 'unknown-outcome'
  /** The item does not exist (or these credentials may not see it: trackers answer alike). */
  | 'not-found'
  /** `ifVersion` no longer holds: someone changed the item; nothing was written. */
  | 'stale'
  /** The credentials are missing, wrong, expired or lack a permission. */
  | 'auth'
  /** Anything else the tracker refused (bad input, a transition the workflow lacks …). */
  | 'other';

/**
 * A tracker's failure as a value. `code` is always TRACKER_FAILED (exit 2 in the doors); the
 * message names the tracker, the request and its status, never a stack trace.
 */
export class TrackerError extends ExtidsError {
  constructor(
    readonly kind: TrackerErrorKind,
    message: string,
    readonly info: {
      /** HTTP status, where there was one (0: no answer). */
      status?: number;
      /** How long to wait before asking again (rate-limited; sometimes with a 5xx), in ms. */
      retryAfterMs?: number;
      /** The tracker's name for the limit that was hit (Jira `RateLimit-Reason`). */
      reason?: string;
    } = {},
  ) {
    super('TRACKER_FAILED', message);
  }
}

export const isTrackerError = (e: unknown, kind?: TrackerErrorKind): e is TrackerError =>
  e instanceof TrackerError && (kind === undefined || e.kind === kind);

/**
 * A rate-limit budget from response headers (GitHub `x-ratelimit-remaining`/`-reset`; Jira
 * `X-RateLimit-Remaining`/`-Reset`/`-NearLimit`; Linear `X-RateLimit-Requests-Remaining`/`-Reset`;
 * Azure DevOps `X-RateLimit-Remaining`/`-Reset`).
 */
export interface RateBudget {
  /** Requests (or the tracker's units) left in the current window, where the tracker says. */
  remaining?: number;
  /** When the budget is whole again. */
  resetAt?: Date;
  /** The tracker says the budget is nearly spent (Jira: under 20 % left). */
  near?: boolean;
}

/** The effects an adapter uses, passed in (src/core reads no environment and owns no clock). */
export interface TrackerEffects {
  fetch: typeof globalThis.fetch;
  /** The clock, for `Retry-After` given as a date and for the look-up's `since`. */
  now: () => Date;
  /** How long a request may take before it counts as unanswered, in ms (default 30 000). */
  timeoutMs?: number;
  /** Aborted when the run is cancelled: a request on its way is abandoned (unknown-outcome). */
  signal?: AbortSignal;
}

/** The abort signal of one request: its time-out, and the run's cancel where there is one. */
export const requestSignal = (e: TrackerEffects): AbortSignal => {
  const t = AbortSignal.timeout(e.timeoutMs ?? 30_000);
  return e.signal ? AbortSignal.any([t, e.signal]) : t;
};

/** A request's answer as the adapters read it: the response, its text, and its JSON if any. */
export interface RawAnswer {
  res: Response;
  text: string;
  /** The body parsed as JSON; undefined when empty or not JSON (an HTML page, a proxy's text). */
  json: unknown;
}

/**
 * Sends one request, once, and reads the whole answer. No answer (a lost connection, the
 * time-out, the run's cancel) and an answer cut off mid-body both throw `unknown-outcome`: a write
 * may or may not have been applied, and only the marker can tell. `what` names the request in
 * the message ("Jira POST /rest/api/3/issue"). The one place every adapter sends through, so the
 * rule that decides exactly-once is written once.
 */
export async function sendOnce(
  e: TrackerEffects,
  url: string,
  init: RequestInit,
  what: string,
): Promise<RawAnswer> {
  let res: Response;
  try {
    res = await e.fetch(url, { ...init, signal: requestSignal(e) });
  } catch (err) {
    throw new TrackerError('unknown-outcome', `${what}: no answer (${(err as Error).message})`, {
      status: 0,
    });
  }
  let text: string;
  try {
    text = await res.text();
  } catch (err) {
    throw new TrackerError(
      'unknown-outcome',
      `${what}: the answer was cut off (${(err as Error).message})`,
      { status: res.status },
    );
  }
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { res, text, json };
}

/**
 * One tracker, as the engine sees it. Every method sends its requests once and throws
 * `TrackerError` on failure; none retries, sleeps or prints.
 */
export interface Tracker {
  /** For messages: "GitHub", "Jira". */
  readonly name: string;
  /** What the tracker calls an item, for messages: "issue", "work item". */
  readonly noun: string;
  /** A key as people write it, for messages: GitHub `#12`, Jira `PROJ-58`. */
  keyText(key: string): string;
  readonly lookupConsistency: Consistency;
  readonly conditionalUpdate: Conditional;
  /** Requests sent so far (for the plan's cost and the bench). */
  readonly requests: number;
  /** How long a request may take before it counts as unanswered, in ms (a lease must cover it). */
  readonly timeoutMs: number;
  /**
   * The rate-limit budget as the last answer that carried one showed it (undefined until then,
   * and for trackers that never send one), so the engine can slow down or stop before a refusal.
   */
  readonly budget: RateBudget | undefined;

  /** Checks that the credentials work, read-only (what `--dry-run` does first). */
  verify(): Promise<void>;

  /**
   * Creates the item for `marker`'s task, carrying the marker. Sent once. Throws
   * `unknown-outcome` when the item may exist: the caller looks the marker up, never resends.
   * A tracker that refuses a second create for the same marker answers with the existing item.
   */
  create(content: ItemContent, marker: Marker): Promise<Created>;

  /** The item now (a moved item under its current key). Throws `not-found`. */
  get(ref: ItemRef): Promise<Item>;

  /**
   * Sets the fields given; with `ifVersion`, throws `stale` (and writes nothing) when the item's
   * version is no longer that one, as far as `conditionalUpdate` allows. `marker` is the task's,
   * for an adapter that keeps it in the body (GitHub). Returns the item after.
   */
  update(
    ref: ItemRef,
    content: Partial<ItemContent>,
    opts?: { ifVersion?: string; marker?: Marker },
  ): Promise<Item>;

  /**
   * Moves the item to a state of `target`'s category through what the tracker allows (Jira: the
   * workflow's transitions, whatever the statuses are called). An item already there is left as
   * it is. `ifVersion` as in `update` (a person's change since extids read the item is `stale`).
   * Returns the item after.
   */
  transition(ref: ItemRef, target: TargetState, opts?: { ifVersion?: string }): Promise<Item>;

  /**
   * Items carrying any of `markers` (several items for one marker are all returned: the engine
   * decides). `since` is a hint: items created before it may be left out. Within
   * `lookupConsistency` only: an eventually consistent look-up may miss a recent item.
   */
  lookup(markers: readonly Marker[], opts?: { since?: Date }): Promise<Item[]>;

  /**
   * `content` as this tracker stores it (the title within its length and line rules, the body in
   * its format), for comparing with an `Item`'s title and body; with `marker`, as `create` sends
   * it for that marker's task (the same unless the marker lives in the body). Pure.
   */
  render(content: ItemContent, marker?: Marker): ItemContent;
}
