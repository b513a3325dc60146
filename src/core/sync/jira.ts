/**
 * The Jira Cloud adapter (REST v3) behind the `Tracker` interface (tracker.ts). Every API fact it
 * relies on is in ../shared/trackers/jira.md (section named in quotes), with the page it comes from:
 *
 * - Basic auth, email:token ("Authentication"):
 *   https://developer.atlassian.com/cloud/jira/platform/basic-auth-for-rest-apis/
 * - The marker is a label, `extids-<digest>-<task ID>` ("Labels (the marker)": no spaces).
 * - The description is Atlassian Document Format, v3 takes nothing else ("Atlassian Document
 *   Format": https://developer.atlassian.com/cloud/jira/platform/apis/document/structure ),
 *   converted from the task's markdown by marklassian, task-list ids made deterministic so the
 *   same markdown always renders to the same document.
 * - The look-up goes through the enhanced JQL search, eventually consistent ("Search
 *   consistency": https://developer.atlassian.com/cloud/jira/platform/search-and-reconcile ,
 *   "from a few seconds to minutes"): declared `eventual` with a bound of `lookupBoundMs`.
 * - A create is sent once: no idempotency key exists ("Create an issue"); no answer, a time-out,
 *   a 5xx or a 201 without a key is `unknown-outcome`.
 * - No conditional write exists ("Edit an issue"): `update` with `ifVersion` reads
 *   `fields.updated` first and writes only when it is unchanged (`checked`).
 * - Transitions are chosen by the destination's status category (`new`, `indeterminate`,
 *   `done`), never by name; transition ids are read from the issue each time ("Status, status
 *   categories, transitions"). A workflow without a direct way takes a step through an
 *   `indeterminate` status.
 * - The key is the issue's current key: read by id, a moved issue answers with its new key
 *   ("Keys, ids and moved issues":
 *   https://confluence.atlassian.com/cloudkb/migration-of-jira-s-historical-keys-for-issues-and-projects-1027124328.html ).
 * - 429 (and a 5xx with Retry-After on a read) is `rate-limited`, the wait from Retry-After
 *   (seconds) or X-RateLimit-Reset (ISO), the reason from RateLimit-Reason ("Rate limits":
 *   https://developer.atlassian.com/cloud/jira/platform/rate-limiting/ ).
 */
import { TOOL_NOUN } from '../ids.js';
import { createHash } from 'node:crypto';
import { marklassian } from '../deps.js';
import { editTokens } from './markdown.js';
import {
  reachedState,
  sendOnce,
  TrackerError,
  type Consistency,
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

export interface JiraOptions extends TrackerEffects {
  /** The site (`https://acme.atlassian.net`) or `https://api.atlassian.com/ex/jira/{cloudId}`. */
  url: string;
  /** Where people open issues (`{browseUrl}/browse/KEY`); default: `url`. */
  browseUrl?: string;
  /** The project key new issues go to (`PROJ`). */
  project: string;
  /** The issue type's name (`Task`). */
  issueType: string;
  /** The Atlassian account's email (JIRA_EMAIL) and an API token (JIRA_API_TOKEN): HTTP Basic. */
  email: string;
  token: string;
  /**
   * How long after a write the JQL search may still miss it, in ms. Atlassian says "from a few
   * seconds to minutes" ("Search consistency"); default 5 minutes.
   */
  lookupBoundMs?: number;
}

/**
 * Five minutes: Atlassian's "seconds to minutes", with room. It is what a create whose answer was
 * lost can cost: its task waits this long before "not found" is believed and it is created.
 */
export const JIRA_LOOKUP_BOUND_MS = 5 * 60_000;

/** The fields every read asks for ("Search": ask for the fields you need). */
const FIELDS = ['summary', 'description', 'labels', 'status', 'updated', 'project'];
/** Labels per JQL query: keeps a query far below any length limit. */
const LABELS_PER_QUERY = 50;
const PAGE = 100;
const LABEL = /^extids-([0-9a-f]{16})-(\S+)$/;
/** Done-category statuses whose name says the work was dropped, not finished. */
const CANCELLED = /cancel|reject|decline|won'?t|abandon|obsolete|discard|invalid|duplicate/i;

interface Answer {
  status: number;
  json: unknown;
  headers: Headers;
}

interface JiraIssue {
  id: string;
  key: string;
  fields?: {
    summary?: string;
    description?: unknown;
    labels?: string[];
    updated?: string;
    status?: { name?: string; statusCategory?: { key?: string } };
  };
}

interface Transition {
  id: string;
  name: string;
  to?: { name?: string; statusCategory?: { key?: string } };
}

/** The label that marks `marker`'s task's issue. */
export const jiraLabel = (m: Marker): string => `extids-${m.digest}-${m.task}`;

/** The marker a label names, if it is one. */
export function markerOfLabel(label: string): Marker | undefined {
  const m = LABEL.exec(label);
  return m ? { digest: m[1]!, task: m[2]! } : undefined;
}

/**
 * Markdown → an ADF document (`{version: 1, type: 'doc', content}`): headings, paragraphs,
 * emphasis, links, inline code, code blocks with their language, bullet and ordered lists, task
 * lists with their checked state, block quotes, rules, tables. marklassian gives task lists random
 * `localId`s; they are replaced by ids derived from the markdown and the node's position, so the
 * same text always gives the same document (the engine compares hashes). An `<adf>…</adf>` HTML
 * block is marklassian's way to embed raw ADF and passes through; it throws on a bad one, which
 * is then shown as text rather than failing the task's sync. Other HTML (ADF has none, and
 * marklassian drops it: `List<T>` lost its `<T>`, a `<details>` block all it held) is shown as the
 * text it is written as; comments stay hidden, as GitHub hides them. A checkbox in a list that
 * mixes tasks and plain items loses its box.
 */
export function markdownToJiraDoc(markdown: string): unknown {
  let doc: { content: unknown[] };
  const text = htmlAsText(markdown);
  try {
    doc = marklassian().markdownToAdf(text);
  } catch {
    doc = marklassian().markdownToAdf(text.replace(/^(\s*)<adf>/gim, '$1\\<adf>'));
  }
  const seed = createHash('sha256').update(markdown).digest('hex');
  let n = 0;
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const o = node as { attrs?: Record<string, unknown>; content?: unknown[] };
    if (o.attrs && typeof o.attrs.localId === 'string') {
      const h = createHash('sha256').update(`${seed}:${n++}`).digest('hex');
      o.attrs.localId = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
    }
    for (const c of o.content ?? []) visit(c);
  };
  for (const c of doc.content) visit(c);
  return doc;
}

/**
 * `markdown` with its raw HTML escaped (`\<`), so a markdown reader shows it as text; comments and
 * `<adf>` blocks (marklassian's raw ADF) are left as they are, and so is code.
 */
const htmlAsText = (markdown: string): string =>
  editTokens(markdown, (t) =>
    t.type === 'html' && !/^\s*(<!--|<adf>)/i.test(t.raw) ? t.raw.replace(/</g, '\\<') : undefined,
  );

export class Jira implements Tracker {
  readonly name = 'Jira';
  readonly noun = TOOL_NOUN.jira;
  keyText(key: string): string {
    return key;
  }
  readonly lookupConsistency: Consistency;
  readonly conditionalUpdate = 'checked' as const;
  requests = 0;
  get timeoutMs(): number {
    return this.o.timeoutMs ?? 30_000;
  }
  budget: RateBudget | undefined;
  private readonly base: string;
  private readonly auth: string;

  constructor(private readonly o: JiraOptions) {
    this.base = o.url.replace(/\/+$/, '');
    this.auth = `Basic ${Buffer.from(`${o.email}:${o.token}`).toString('base64')}`;
    this.lookupConsistency = { kind: 'eventual', boundMs: o.lookupBoundMs ?? JIRA_LOOKUP_BOUND_MS };
  }

  /** GET /rest/api/3/myself ("Authentication"). */
  async verify(): Promise<void> {
    const r = await this.request('GET', '/rest/api/3/myself');
    if (typeof (r.json as { accountId?: unknown } | undefined)?.accountId !== 'string')
      throw new TrackerError(
        'auth',
        `Jira GET /rest/api/3/myself answered ${r.status} without an account: is "url" the site's base (https://YOUR-SITE.atlassian.net)?`,
        { status: r.status },
      );
    // The project and its issue type ("Get project"), so a wrong key fails here, not at a create.
    let project: { issueTypes?: { name?: unknown }[] } | undefined;
    try {
      project = (
        await this.request('GET', `/rest/api/3/project/${encodeURIComponent(this.o.project)}`)
      ).json as typeof project;
    } catch (err) {
      if (!(err instanceof TrackerError) || err.kind !== 'not-found') throw err;
      throw new TrackerError(
        'other',
        `Jira has no project ${this.o.project} these credentials can see: set "tools": {"jira": {"key": …}} to the key of a project the account can create issues in`,
        { status: 404 },
      );
    }
    const types = (project?.issueTypes ?? []).map((t) => String(t.name));
    if (types.length && !types.includes(this.o.issueType))
      throw new TrackerError(
        'other',
        `Jira project ${this.o.project} has no issue type "${this.o.issueType}" (it has ${types.map((t) => `"${t}"`).join(', ')}): set "tools": {"jira": {"issueType": …}}`,
      );
  }

  /** POST /rest/api/3/issue once; 201 `{id, key, self}` ("Create an issue"). */
  async create(content: ItemContent, marker: Marker): Promise<Created> {
    const r = await this.request('POST', '/rest/api/3/issue', {
      fields: {
        project: { key: this.o.project },
        issuetype: { name: this.o.issueType },
        summary: summaryOf(content.title),
        description: markdownToJiraDoc(content.body),
        labels: [jiraLabel(marker)],
      },
    });
    const { id, key } = (r.json ?? {}) as { id?: unknown; key?: unknown };
    if (typeof id !== 'string' || typeof key !== 'string')
      // Created, most likely, but with no key to record: the marker decides.
      throw new TrackerError(
        'unknown-outcome',
        `Jira POST /rest/api/3/issue answered ${r.status} without an issue key`,
        { status: r.status },
      );
    return { id, key, url: this.browse(key) };
  }

  /** GET /rest/api/3/issue/{id or key}: by id, a moved issue answers with its current key. */
  async get(ref: ItemRef): Promise<Item> {
    return (await this.read(ref)).item;
  }

  private async read(ref: ItemRef): Promise<{ item: Item; statusName: string }> {
    const q = new URLSearchParams({ fields: FIELDS.join(',') });
    const r = await this.request('GET', `${this.issuePath(ref)}?${q}`);
    return this.parse(r.json);
  }

  /**
   * PUT /rest/api/3/issue/{id}?returnIssue=true (200 with the issue, "Edit an issue"); with
   * `ifVersion`, a GET of `fields.updated` first, and `stale` when it moved.
   */
  async update(
    ref: ItemRef,
    content: Partial<ItemContent>,
    opts: { ifVersion?: string } = {},
  ): Promise<Item> {
    if (opts.ifVersion !== undefined) this.unchanged(await this.get(ref), opts.ifVersion);
    const fields: Record<string, unknown> = {};
    if (content.title !== undefined) fields.summary = summaryOf(content.title);
    if (content.body !== undefined) fields.description = markdownToJiraDoc(content.body);
    const r = await this.request('PUT', `${this.issuePath(ref)}?returnIssue=true`, { fields });
    // 204 where the instance ignores returnIssue, or an answer without the fields: read it back.
    const f = (r.json as JiraIssue | undefined)?.fields;
    return f?.updated && f.status ? this.parse(r.json).item : this.get(ref);
  }

  /**
   * To a status of `target`'s category, through the transitions the workflow offers now (GET
   * …/transitions; POST performs one, 204), chosen by the destination's category, never by name:
   * `new` (else `indeterminate`) for todo; `done` for done and removed, removed preferring a
   * status whose name says the work was dropped (`Won't Do`, `Rejected`…), done the others.
   * Without a direct way, one step through an `indeterminate` status (from a closed status,
   * through the open one it offers). An issue already open (todo) or closed (done, removed) is
   * left alone: moving between done statuses would run the workflow back and forth in front of
   * the team for no change of substance.
   */
  async transition(
    ref: ItemRef,
    target: TargetState,
    opts: { ifVersion?: string } = {},
  ): Promise<Item> {
    let { item, statusName } = await this.read(ref);
    if (opts.ifVersion !== undefined) this.unchanged(item, opts.ifVersion);
    for (let step = 0; step < 4; step++) {
      if (reachedState(item.state, target)) return item;
      const path = `${this.issuePath(item)}/transitions`;
      const list =
        ((await this.request('GET', path)).json as { transitions?: Transition[] } | undefined)
          ?.transitions ?? [];
      const closing = target !== 'todo';
      const via =
        chooseTransition(list, target) ??
        (closing && item.state !== 'in-progress'
          ? (byCategory(list, 'indeterminate')[0] ??
            (item.state === 'todo' ? undefined : byCategory(list, 'new')[0]))
          : undefined) ??
        (closing ? chooseTransition(list, target === 'done' ? 'removed' : 'done') : undefined);
      if (!via)
        throw new TrackerError(
          'other',
          `Jira issue ${item.key} is in status "${statusName}" and its workflow offers no transition towards a ${closing ? 'Done' : 'To Do'} status (${list.map((t) => `"${t.name}"`).join(', ') || 'none'})`,
        );
      await this.request('POST', path, { transition: { id: via.id } });
      ({ item, statusName } = await this.read(item));
    }
    if (reachedState(item.state, target)) return item;
    throw new TrackerError(
      'other',
      `Jira issue ${item.key} did not reach a ${target} status through its workflow (now "${statusName}")`,
    );
  }

  /**
   * POST /rest/api/3/search/jql with `labels in (…)`, every page ("Search"): eventually
   * consistent ("Search consistency"); no project clause, so an issue moved to another project
   * is found too. `since` narrows nothing here (the label query is already narrow).
   */
  async lookup(markers: readonly Marker[]): Promise<Item[]> {
    const out: Item[] = [];
    for (let i = 0; i < markers.length; i += LABELS_PER_QUERY) {
      const labels = markers.slice(i, i + LABELS_PER_QUERY).map((m) => jqlString(jiraLabel(m)));
      const jql = `labels in (${labels.join(', ')}) ORDER BY created ASC`;
      let next: string | undefined;
      do {
        const r = await this.request('POST', '/rest/api/3/search/jql', {
          jql,
          fields: FIELDS,
          maxResults: PAGE,
          ...(next ? { nextPageToken: next } : {}),
        });
        const page = r.json as
          { issues?: unknown; nextPageToken?: string | null; isLast?: boolean } | undefined;
        // An answer without its list is no answer: never "no issue carries the marker".
        if (!Array.isArray(page?.issues))
          throw new TrackerError(
            'unknown-outcome',
            `Jira POST /rest/api/3/search/jql answered ${r.status} without a list of issues`,
            { status: r.status },
          );
        for (const it of page.issues) out.push(this.parse(it).item);
        next = page.isLast === false && page.nextPageToken ? page.nextPageToken : undefined;
      } while (next);
    }
    return out;
  }

  /** The summary as sent (`summaryOf`), the description as JSON of its ADF, keys sorted. */
  render(content: ItemContent): ItemContent {
    return { title: summaryOf(content.title), body: sortedJson(markdownToJiraDoc(content.body)) };
  }

  /** Throws `stale` when `item` changed since the version extids read ("Edit an issue"). */
  private unchanged(item: Item, version: string): void {
    if (item.version !== version)
      throw new TrackerError(
        'stale',
        `Jira issue ${item.key} was changed at ${item.version}, after extids read it (${version}); nothing was written`,
      );
  }

  private browse(key: string): string {
    return `${(this.o.browseUrl ?? this.base).replace(/\/+$/, '')}/browse/${encodeURIComponent(key)}`;
  }

  private issuePath(ref: ItemRef): string {
    return `/rest/api/3/issue/${encodeURIComponent(ref.id ?? ref.key)}`;
  }

  private parse(v: unknown): { item: Item; statusName: string } {
    const o = v as JiraIssue;
    if (typeof o?.id !== 'string' || typeof o.key !== 'string')
      throw new TrackerError('other', 'Jira answered with something that is not an issue');
    const f = o.fields ?? {};
    const marker = (f.labels ?? []).map(markerOfLabel).find((m) => m !== undefined);
    const statusName = f.status?.name ?? '';
    const item: Item = {
      id: o.id,
      key: o.key,
      url: this.browse(o.key),
      title: f.summary ?? '',
      body: f.description == null ? '' : sortedJson(f.description),
      state: stateOf(f.status?.statusCategory?.key, statusName),
      version: f.updated ?? '',
      ...(marker && { marker }),
    };
    return { item, statusName };
  }

  private async request(
    method: 'GET' | 'POST' | 'PUT',
    path: string,
    body?: unknown,
  ): Promise<Answer> {
    const what = `Jira ${method} ${path.replace(/\?.*$/, '')}`;
    const isCreate = method === 'POST' && path === '/rest/api/3/issue';
    this.requests++;
    const { res, text, json } = await sendOnce(
      this.o,
      `${this.base}${path}`,
      {
        method,
        headers: {
          accept: 'application/json',
          authorization: this.auth,
          'user-agent': 'extids',
          // "Not documented": always declare the body's type.
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      what,
    );
    this.budget = budgetOf(res.headers) ?? this.budget;
    // A 2xx that is not Jira's JSON (an HTML page: a board's URL as "url", a sign-in page, a
    // proxy) is no answer from Jira. A create's fate is then unknown (the marker decides); any
    // other request was refused, as Azure DevOps' sign-in page is. 204 (an update, a
    // transition) has no body.
    if (res.ok && json === undefined && text.trim() !== '')
      throw new TrackerError(
        isCreate ? 'unknown-outcome' : 'auth',
        `${what} answered ${res.status} with something that is not Jira's JSON (${res.headers.get('content-type') ?? 'no content type'}): is "url" the site's base (https://YOUR-SITE.atlassian.net)?`,
        { status: res.status },
      );
    if (res.ok) return { status: res.status, json, headers: res.headers };
    const retryAfterMs = waitOf(res.headers, this.o.now());
    const reason = res.headers.get('ratelimit-reason') ?? undefined;
    const message = `${what} failed (${res.status}): ${errorText(json, text)}`;
    let kind: TrackerErrorKind;
    if (res.status === 429) kind = 'rate-limited';
    else if (res.status >= 500)
      // A create's fate is unknown even when Jira asks to wait; a read was simply not served.
      kind = !isCreate && retryAfterMs !== undefined ? 'rate-limited' : 'unknown-outcome';
    else if (res.status === 401 || res.status === 403) kind = 'auth';
    else if (res.status === 404) kind = 'not-found';
    else if (res.status === 409) kind = 'stale';
    else kind = 'other';
    throw new TrackerError(kind, message, {
      status: res.status,
      ...(retryAfterMs !== undefined && { retryAfterMs }),
      ...(reason !== undefined && { reason }),
    });
  }
}

/**
 * A summary Jira takes: one line (a single-line text field), at most 255 characters (Jira's
 * summary limit, refused with a 400 beyond it; widely reported, not in jira.md: the fake enforces
 * the same), cut with an ellipsis.
 */
export function summaryOf(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= 255 ? line : `${chars.slice(0, 254).join('').trimEnd()}…`;
}

const categoryOf = (t: Transition) => t.to?.statusCategory?.key;
const byCategory = (list: Transition[], key: string) => list.filter((t) => categoryOf(t) === key);

/**
 * The transition that leads straight to `target`, by the destination's status category: todo,
 * `new` else `indeterminate`; done, a `done` status whose name does not say dropped; removed, one
 * whose name does.
 */
export function chooseTransition(list: Transition[], target: TargetState): Transition | undefined {
  if (target === 'todo') return byCategory(list, 'new')[0] ?? byCategory(list, 'indeterminate')[0];
  const dropped = (t: Transition) => CANCELLED.test(t.to?.name ?? '');
  return byCategory(list, 'done').find((t) => dropped(t) === (target === 'removed'));
}

/** A status's category as the engine's state: a dropped-sounding done status is `removed`. */
function stateOf(category: string | undefined, name: string): StateCategory {
  if (category === 'done') return CANCELLED.test(name) ? 'removed' : 'done';
  if (category === 'indeterminate') return 'in-progress';
  return 'todo';
}

/** Retry-After (seconds, or an HTTP date), else X-RateLimit-Reset (ISO `yyyy-MM-ddTHH:mmZ`), in ms from `now`. */
function waitOf(h: Headers, now: Date): number | undefined {
  const after = h.get('retry-after')?.trim();
  if (after && Number.isFinite(Number(after))) return Math.max(0, Number(after) * 1000);
  if (after && !Number.isNaN(Date.parse(after)))
    // HTTP allows a date too
    return Math.max(0, Date.parse(after) - now.getTime());
  const reset = h.get('x-ratelimit-reset');
  if (reset !== null && !Number.isNaN(Date.parse(reset)))
    return Math.max(0, Date.parse(reset) - now.getTime());
  return undefined;
}

/**
 * X-RateLimit-Remaining, X-RateLimit-Reset and X-RateLimit-NearLimit where an answer carries
 * them ("Rate limits": Atlassian does not say whether every answer does, nor publish the numbers).
 */
function budgetOf(h: Headers): RateBudget | undefined {
  const remaining = h.get('x-ratelimit-remaining');
  const reset = h.get('x-ratelimit-reset');
  const near = h.get('x-ratelimit-nearlimit');
  if (remaining === null && reset === null && near === null) return undefined;
  return {
    ...(remaining !== null &&
      Number.isFinite(Number(remaining)) && { remaining: Number(remaining) }),
    ...(reset !== null && !Number.isNaN(Date.parse(reset)) && { resetAt: new Date(reset) }),
    ...(near !== null && { near: near.trim().toLowerCase() === 'true' }),
  };
}

/** An ErrorCollection (`errorMessages`, `errors`) as one line ("Errors"). */
function errorText(json: unknown, text: string): string {
  const o = json as { errorMessages?: unknown; errors?: unknown } | undefined;
  const parts: string[] = [];
  if (Array.isArray(o?.errorMessages)) parts.push(...o.errorMessages.map(String));
  if (o?.errors && typeof o.errors === 'object')
    for (const [k, v] of Object.entries(o.errors)) parts.push(`${k}: ${String(v)}`);
  return parts.join('; ') || text.replace(/\s+/g, ' ').slice(0, 200) || 'no message';
}

/** A JQL string literal. */
const jqlString = (s: string): string => `"${s.replace(/["\\]/g, '\\$&')}"`;

/** JSON with sorted keys and no spaces: the same document, the same text. */
function sortedJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (!x || typeof x !== 'object' || Array.isArray(x)) return x;
    // localId is Jira's own bookkeeping (it adds or renumbers them on the nodes it stores): left
    // out, so a description Jira stored differently still compares as what extids sent.
    const entries = Object.entries(x)
      .filter(([k, v]) => k !== 'localId' && !(k === 'attrs' && isEmptyAttrs(v)))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries);
  });
}

/** `attrs` with nothing but a localId: nothing once that is left out. */
const isEmptyAttrs = (v: unknown): boolean =>
  !!v && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).every((k) => k === 'localId');
