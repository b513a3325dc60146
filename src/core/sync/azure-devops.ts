/**
 * The Azure DevOps Services adapter (Work Item Tracking REST 7.1) behind the `Tracker` interface
 * (tracker.ts). Every API fact it relies on is in ../shared/trackers/azure-devops.md (section named
 * in quotes), with the page it comes from:
 *
 * - Routes `{url}/{org}/[{project}/]_apis/wit/…?api-version=7.1` ("Routes and versions":
 *   https://learn.microsoft.com/en-us/rest/api/azure/devops/wit/work-items/create ); a work item id
 *   names one item in the whole organisation, so reads and updates leave the project out and follow
 *   an item moved to another project.
 * - A PAT goes as HTTP Basic with an empty user, a Pipelines `System.AccessToken` (or a Microsoft
 *   Entra token) as `Bearer`; `X-TFS-FedAuthRedirect: Suppress` asks for an error rather than a
 *   sign-in page ("Authentication": https://learn.microsoft.com/en-us/rest/api/azure/devops/tokens ).
 * - A create is a JSON Patch document (`application/json-patch+json`, "Create"), answered 200 with
 *   the work item; it takes no client-chosen key, so it is sent once, and no answer, a time-out, a
 *   5xx or a 200 without an id is `unknown-outcome`.
 * - The marker is a tag, `extids-<digest>-<task ID>` ("Fields and their formats": one string,
 *   tags separated by `;`, no `,` or `;` in a tag, 400 characters at most); other tags a person
 *   adds are kept: the adapter only ever `add`s its own tag, at create.
 * - The description is HTML (`System.Description`; markdown only from 7.2 preview), converted from
 *   the task's markdown by marked (`markdownToAzureHtml`).
 * - Updates and transitions start with `{op: test, path: /rev}`: a work item changed since that
 *   revision is refused as a whole by the server (412, TestPatchOperationFailedException, "Update
 *   and optimistic concurrency"): `server`. 409 and TF26071 mean the same.
 * - States are chosen by state category (`Proposed`, `InProgress`, `Resolved`, `Completed`,
 *   `Removed`) from `…/workitemtypes/{type}/states`, never by name, so Agile, Scrum, Basic, CMMI
 *   and custom states all work ("Work item types, states and categories":
 *   https://learn.microsoft.com/en-us/rest/api/azure/devops/wit/work-item-type-states/list?view=azure-devops-rest-7.1 ).
 * - The look-up is WIQL on the tag, then a batch read of the ids ("WIQL look-up", "Reading many
 *   items"). Whether WIQL sees a write at once is not documented: declared `eventual`, bound
 *   `lookupBoundMs`.
 * - 429 is `rate-limited`, the wait from Retry-After (seconds) else X-RateLimit-Reset (Unix
 *   seconds); the X-RateLimit-* headers and a Retry-After on a served answer feed `budget` ("Rate
 *   limits": https://learn.microsoft.com/en-us/azure/devops/integrate/concepts/rate-limits ).
 * - A 203, or a 2xx whose body is HTML, is a sign-in page: `auth`, never success
 *   ("Authentication": https://github.com/MicrosoftDocs/vsts-rest-api-specs/issues/97 ).
 */
import { TOOL_NOUN } from '../ids.js';
import type { Marked, Tokens } from 'marked';
import { marked as markedLibrary } from '../deps.js';
import {
  sendOnce,
  reachedState,
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

export interface AzureDevOpsOptions extends TrackerEffects {
  /** The service (AZURE_DEVOPS_URL); default `https://dev.azure.com`. */
  url?: string;
  /** The organisation (`acme`). */
  org: string;
  /** The project new work items go to (`Tasks`), by name or id. */
  project: string;
  /** The work item type's name (`Task`, `User Story`). */
  type: string;
  /** AZURE_DEVOPS_TOKEN: a personal access token, or a bearer token (`System.AccessToken`). */
  token: string;
  /** How `token` is sent; default: `azureTokenKind(token)`. */
  tokenKind?: 'pat' | 'bearer';
  /**
   * How long after a write WIQL may still miss it, in ms; default `AZURE_LOOKUP_BOUND_MS`.
   * Microsoft documents no bound ("WIQL look-up").
   */
  lookupBoundMs?: number;
}

/**
 * Five minutes. No Microsoft page says how soon WIQL sees a new work item or tag; the nearest
 * documented lag (Analytics) is 30 s, so this allows ten times that, like Jira's bound. It is what
 * a create whose answer was lost can cost: its task waits this long before "not found" is believed.
 */
export const AZURE_LOOKUP_BOUND_MS = 5 * 60_000;

const API = 'api-version=7.1';
/** Tag clauses per WIQL query: "keep queries under 25 tag clauses or they may time out". */
const TAGS_PER_QUERY = 20;
/** Ids per batch read ("Reading many items": at most 200). */
const BATCH = 200;
const TAG = /^extids-([0-9a-f]{16})-([^\s,;]+)$/;
/** The state categories, in the order a target prefers them. */
const WANTED: Record<TargetState, string[]> = {
  todo: ['Proposed', 'InProgress'],
  done: ['Completed'],
  // Basic has no Removed state: its Done is the only way to close.
  removed: ['Removed', 'Completed'],
};

interface Answer {
  status: number;
  json: unknown;
  headers: Headers;
}

interface WorkItem {
  id?: number;
  rev?: number;
  fields?: Record<string, unknown>;
  _links?: { html?: { href?: string } };
}

export interface WorkItemState {
  name: string;
  category: string;
}

/** The tag that marks `marker`'s task's work item. */
export const azureTag = (m: Marker): string => `extids-${m.digest}-${m.task}`;

/** The marker a tag names, if it is one. */
export function markerOfTag(tag: string): Marker | undefined {
  const m = TAG.exec(tag.trim());
  return m ? { digest: m[1]!, task: m[2]! } : undefined;
}

/** `System.Tags` (`a; b`) as a list. */
export const tagsOf = (v: unknown): string[] =>
  typeof v === 'string'
    ? v
        .split(';')
        .map((t) => t.trim())
        .filter(Boolean)
    : [];

/**
 * How a token is sent when the configuration does not say: a JSON Web Token (three base64url
 * parts, as Pipelines' `System.AccessToken` and Entra tokens are) as Bearer, anything else as a
 * personal access token.
 */
export function azureTokenKind(token: string): 'pat' | 'bearer' {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) ? 'bearer' : 'pat';
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A link target a work item may carry: http(s), mailto, or relative (no scheme). */
const safeHref = (href: string): boolean =>
  /^(https?:|mailto:)/i.test(href) || !/^[a-z][a-z0-9+.-]*:/i.test(href.replace(/\s/g, ''));

/** marked, set up for Azure Boards' HTML on first use (the hook, which never renders, loads none). */
let azureMarked: Marked | undefined;
const marked = (): Marked =>
  (azureMarked ??= new (markedLibrary().Marked)({
    gfm: true,
    async: false,
    renderer: {
      // Raw HTML in a task is shown as the text it is, never run in Azure Boards; comments (the
      // engine's hidden markers, notes to the repository's readers) stay hidden, as on GitHub.
      html({ text }: Tokens.HTML | Tokens.Tag): string {
        const shown = text.replace(/<!--[\s\S]*?-->/g, '');
        return shown.trim() ? escapeHtml(shown) : '';
      },
      // Azure Boards' rich text keeps no form controls: a checkbox is a character a person sees.
      checkbox({ checked }: Tokens.Checkbox): string {
        return checked ? '☑' : '☐';
      },
      link(this: { parser: { parseInline(t: Tokens.Link['tokens']): string } }, t: Tokens.Link) {
        const text = this.parser.parseInline(t.tokens);
        if (!safeHref(t.href)) return text;
        const title = t.title ? ` title="${escapeHtml(t.title)}"` : '';
        return `<a href="${escapeHtml(t.href)}"${title}>${text}</a>`;
      },
      image(t: Tokens.Image): string {
        if (!safeHref(t.href)) return escapeHtml(t.text);
        return `<img src="${escapeHtml(t.href)}" alt="${escapeHtml(t.text)}">`;
      },
    },
  }));

/**
 * Markdown → the HTML `System.Description` holds (GitHub-flavoured, by marked: headings,
 * paragraphs, emphasis, links, inline code, code blocks with a `language-…` class, lists, task
 * lists as ☐/☑, block quotes, rules, tables). Raw HTML is escaped (shown as text), comments are
 * left out, links and images other than http(s), mailto or relative ones lose their target. Pure:
 * the same markdown, the same HTML.
 */
export function markdownToAzureHtml(markdown: string): string {
  return marked().parse(markdown, { async: false }).trim();
}

/**
 * A title Azure DevOps takes: one line, at most 255 characters (`System.Title`'s limit, refused
 * beyond it; the fake enforces the same), cut with an ellipsis.
 */
export function titleOf(title: string): string {
  const line = title.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length <= 255 ? line : `${chars.slice(0, 254).join('').trimEnd()}…`;
}

/** A state category as the engine's state (tracker.ts, `StateCategory`). */
function stateOf(category: string | undefined): StateCategory {
  switch (category) {
    case 'Proposed':
      return 'todo';
    case 'Completed':
      return 'done';
    case 'Removed':
      return 'removed';
    default:
      // InProgress, Resolved, and a category Microsoft may add: open, not untouched.
      return 'in-progress';
  }
}

/**
 * The state of `states` a work item moves to for `target`, by category in `WANTED`'s order, the
 * first of its category (the type's own order: its default state first). Undefined when the type
 * has none.
 */
export function chooseState(
  states: readonly WorkItemState[],
  target: TargetState,
): WorkItemState | undefined {
  for (const category of WANTED[target]) {
    const s = states.find((x) => x.category === category);
    if (s) return s;
  }
  return undefined;
}

export class AzureDevOps implements Tracker {
  readonly name = 'Azure DevOps';
  readonly noun = TOOL_NOUN.azure_devops;
  keyText(key: string): string {
    return key;
  }
  readonly lookupConsistency: Consistency;
  readonly conditionalUpdate = 'server' as const;
  requests = 0;
  get timeoutMs(): number {
    return this.o.timeoutMs ?? 30_000;
  }
  budget: RateBudget | undefined;
  private readonly base: string;
  private readonly auth: string;
  /** Each type's states, per project and type, read once per run. */
  private readonly states = new Map<string, WorkItemState[]>();

  constructor(private readonly o: AzureDevOpsOptions) {
    this.base = `${(o.url ?? 'https://dev.azure.com').replace(/\/+$/, '')}/${encodeURIComponent(o.org)}`;
    const kind = o.tokenKind ?? azureTokenKind(o.token);
    this.auth =
      kind === 'bearer'
        ? `Bearer ${o.token}`
        : `Basic ${Buffer.from(`:${o.token}`).toString('base64')}`;
    this.lookupConsistency = {
      kind: 'eventual',
      boundMs: o.lookupBoundMs ?? AZURE_LOOKUP_BOUND_MS,
    };
  }

  /** GET /{org}/_apis/projects/{project}, then the type's states (both read-only). */
  async verify(): Promise<void> {
    await this.request('GET', `/_apis/projects/${encodeURIComponent(this.o.project)}?${API}`);
    await this.statesOf(this.o.project, this.o.type);
  }

  /**
   * POST …/{project}/_apis/wit/workitems/${type} once, a JSON Patch adding the title, the
   * description and the marker tag ("Create"); 200 with the work item.
   */
  async create(content: ItemContent, marker: Marker): Promise<Created> {
    const r = await this.request(
      'POST',
      `/${encodeURIComponent(this.o.project)}/_apis/wit/workitems/$${encodeURIComponent(this.o.type)}?${API}`,
      [
        { op: 'add', path: '/fields/System.Title', value: titleOf(content.title) },
        { op: 'add', path: '/fields/System.Description', value: markdownToAzureHtml(content.body) },
        { op: 'add', path: '/fields/System.Tags', value: azureTag(marker) },
      ],
    );
    const w = r.json as WorkItem | undefined;
    if (typeof w?.id !== 'number')
      // Created, most likely, but with no id to record: the marker decides.
      throw new TrackerError(
        'unknown-outcome',
        `Azure DevOps POST …/workitems/$${this.o.type} answered ${r.status} without a work item id`,
        { status: r.status },
      );
    const id = String(w.id);
    // The state's category needs the type's states; known after the first read, not before.
    const states = this.states.get(statesKey(w, this.o));
    const item = states ? this.parse(w, states) : undefined;
    return { id, key: id, url: this.htmlUrl(w), ...(item && { item }) };
  }

  /** GET /{org}/_apis/wit/workitems/{id} (no project: the id is the organisation's). */
  async get(ref: ItemRef): Promise<Item> {
    return this.read(ref);
  }

  /**
   * PATCH …/workitems/{id}: `test /rev` when `ifVersion` is given (the server refuses a stale
   * write as a whole: `stale`), then the title and description. Returns the item after.
   */
  async update(
    ref: ItemRef,
    content: Partial<ItemContent>,
    opts: { ifVersion?: string } = {},
  ): Promise<Item> {
    const ops: unknown[] = [];
    if (content.title !== undefined)
      ops.push({ op: 'add', path: '/fields/System.Title', value: titleOf(content.title) });
    if (content.body !== undefined)
      ops.push({
        op: 'add',
        path: '/fields/System.Description',
        value: markdownToAzureHtml(content.body),
      });
    if (!ops.length) {
      const item = await this.read(ref);
      if (opts.ifVersion !== undefined) unchanged(item, opts.ifVersion);
      return item;
    }
    return this.patch(ref, ops, opts.ifVersion);
  }

  /**
   * To a state of `target`'s category from the type's states (`chooseState`): one read, then one
   * PATCH of `System.State`, with `test /rev` when `ifVersion` is given (a stale one is refused
   * before the PATCH, from the read). Only the state is sent, so a person's other changes are kept
   * either way. An item already open (todo) or closed (done, removed) is left alone, as every
   * adapter does.
   */
  async transition(
    ref: ItemRef,
    target: TargetState,
    opts: { ifVersion?: string } = {},
  ): Promise<Item> {
    const { item, w, states } = await this.readWhole(ref);
    if (opts.ifVersion !== undefined) unchanged(item, opts.ifVersion);
    if (reachedState(item.state, target)) return item;
    const to = chooseState(states, target);
    if (!to)
      throw new TrackerError(
        'other',
        `Azure DevOps work item ${item.key} (${typeOf(w, this.o)}) has no state in the ${WANTED[target].join(' or ')} category (${states.map((s) => `"${s.name}" ${s.category}`).join(', ')})`,
      );
    return this.patch(
      item,
      [{ op: 'add', path: '/fields/System.State', value: to.name }],
      opts.ifVersion,
    );
  }

  /**
   * POST …/{project}/_apis/wit/wiql with one `[System.Tags] CONTAINS` clause per marker (at most
   * `TAGS_PER_QUERY` a query), then POST …/workitemsbatch for the ids, 200 at a time; only items
   * whose tags hold one of the markers whole are returned. No project clause: an item moved to
   * another project keeps its tag and is found. Eventually consistent (undocumented, see
   * `AZURE_LOOKUP_BOUND_MS`). `since` narrows nothing (the tag query is already narrow).
   */
  async lookup(markers: readonly Marker[]): Promise<Item[]> {
    const wanted = new Set(markers.map(azureTag));
    const ids: number[] = [];
    for (let i = 0; i < markers.length; i += TAGS_PER_QUERY) {
      const clauses = markers
        .slice(i, i + TAGS_PER_QUERY)
        .map((m) => `[System.Tags] CONTAINS ${wiqlString(azureTag(m))}`);
      const query = `SELECT [System.Id] FROM WorkItems WHERE ${clauses.join(' OR ')} ORDER BY [System.Id]`;
      const r = await this.request(
        'POST',
        `/${encodeURIComponent(this.o.project)}/_apis/wit/wiql?${API}`,
        { query },
      );
      const found = (r.json as { workItems?: { id?: unknown }[] } | undefined)?.workItems;
      // An answer without its list is no answer: never "no work item carries the marker".
      if (!Array.isArray(found))
        throw new TrackerError(
          'unknown-outcome',
          `Azure DevOps WIQL answered ${r.status} without a list of work items`,
          { status: r.status },
        );
      for (const w of found) if (typeof w.id === 'number' && !ids.includes(w.id)) ids.push(w.id);
    }
    const out: Item[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const r = await this.request('POST', `/_apis/wit/workitemsbatch?${API}`, {
        ids: ids.slice(i, i + BATCH),
        $expand: 'Links',
        errorPolicy: 'Omit',
      });
      // Omit may answer a deleted or unreadable id with null or leave it out ("Reading many items").
      const value = (r.json as { value?: (WorkItem | null)[] } | undefined)?.value;
      if (!Array.isArray(value))
        throw new TrackerError(
          'unknown-outcome',
          `Azure DevOps workitemsbatch answered ${r.status} without a list of work items`,
          { status: r.status },
        );
      for (const w of value) {
        if (!w || !tagsOf(w.fields?.['System.Tags']).some((t) => wanted.has(t))) continue;
        const states = await this.statesOf(
          String(w.fields?.['System.TeamProject']),
          typeOf(w, this.o),
        );
        out.push(this.parse(w, states));
      }
    }
    return out;
  }

  /** The title as sent (`titleOf`), the description as the HTML sent (`markdownToAzureHtml`). */
  render(content: ItemContent): ItemContent {
    return { title: titleOf(content.title), body: markdownToAzureHtml(content.body) };
  }

  private async read(ref: ItemRef): Promise<Item> {
    return (await this.readWhole(ref)).item;
  }

  /** The item, its work item as answered (project, type) and its type's states. */
  private async readWhole(ref: ItemRef) {
    const r = await this.request('GET', `/_apis/wit/workitems/${idOf(ref)}?${API}`);
    return this.parseWithStates(r.json);
  }

  private async patch(ref: ItemRef, ops: unknown[], ifVersion: string | undefined): Promise<Item> {
    const test =
      ifVersion === undefined ? [] : [{ op: 'test', path: '/rev', value: Number(ifVersion) }];
    const r = await this.request('PATCH', `/_apis/wit/workitems/${idOf(ref)}?${API}`, [
      ...test,
      ...ops,
    ]);
    return (await this.parseWithStates(r.json)).item;
  }

  private async parseWithStates(
    json: unknown,
  ): Promise<{ item: Item; w: WorkItem; states: WorkItemState[] }> {
    const w = json as WorkItem | undefined;
    if (typeof w?.id !== 'number')
      throw new TrackerError(
        'other',
        'Azure DevOps answered with something that is not a work item',
      );
    const states = await this.statesOf(String(w.fields?.['System.TeamProject']), typeOf(w, this.o));
    return { item: this.parse(w, states), w, states };
  }

  /**
   * GET …/{project}/_apis/wit/workitemtypes/{type}/states, once per project and type a run.
   * A state name the list lacks (added since) reads the list again once.
   */
  private async statesOf(project: string, type: string, fresh = false): Promise<WorkItemState[]> {
    const key = `${project}\0${type}`;
    const known = this.states.get(key);
    if (known && !fresh) return known;
    const r = await this.request(
      'GET',
      `/${encodeURIComponent(project)}/_apis/wit/workitemtypes/${encodeURIComponent(type)}/states?${API}`,
    );
    const value = (r.json as { value?: { name?: unknown; category?: unknown }[] } | undefined)
      ?.value;
    const states = (value ?? [])
      .filter((s) => typeof s.name === 'string')
      .map((s) => ({ name: String(s.name), category: String(s.category ?? '') }));
    this.states.set(key, states);
    return states;
  }

  private parse(w: WorkItem, states: readonly WorkItemState[]): Item {
    const f = w.fields ?? {};
    const id = String(w.id);
    const marker = tagsOf(f['System.Tags'])
      .map(markerOfTag)
      .find((m) => m !== undefined);
    const stateName = typeof f['System.State'] === 'string' ? f['System.State'] : '';
    return {
      id,
      key: id,
      url: this.htmlUrl(w),
      title: typeof f['System.Title'] === 'string' ? f['System.Title'] : '',
      body: typeof f['System.Description'] === 'string' ? f['System.Description'] : '',
      state: stateOf(states.find((s) => s.name === stateName)?.category),
      version: String(w.rev ?? ''),
      ...(marker && { marker }),
    };
  }

  /** `_links.html.href` ("Create"), else the work item's page by its well-known address. */
  private htmlUrl(w: WorkItem): string {
    return (
      w._links?.html?.href ??
      `${this.base}/${encodeURIComponent(String(w.fields?.['System.TeamProject'] ?? this.o.project))}/_workitems/edit/${w.id}`
    );
  }

  private async request(
    method: 'GET' | 'POST' | 'PATCH',
    path: string,
    body?: unknown,
  ): Promise<Answer> {
    const what = `Azure DevOps ${method} /${this.o.org}${path.replace(/\?.*$/, '')}`;
    const isCreate = method === 'POST' && /\/workitems\/\$/.test(path);
    const patch = isCreate || method === 'PATCH';
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
          // An error, not a sign-in page, where the service honours it ("Authentication").
          'x-tfs-fedauthredirect': 'Suppress',
          ...(body === undefined
            ? {}
            : { 'content-type': patch ? 'application/json-patch+json' : 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      what,
    );
    const now = this.o.now();
    this.budget = budgetOf(res.headers, now) ?? this.budget;
    const html = /text\/html/i.test(res.headers.get('content-type') ?? '') || /^\s*</.test(text);
    if (res.status === 203 || (res.ok && json === undefined && html))
      // A sign-in page: nothing was done ("Authentication").
      throw new TrackerError(
        'auth',
        `${what} answered ${res.status} with a sign-in page: AZURE_DEVOPS_TOKEN is wrong, expired or lacks access to ${this.o.org}/${this.o.project}`,
        { status: res.status },
      );
    if (res.ok) return { status: res.status, json, headers: res.headers };
    const e = (json ?? {}) as { message?: unknown; typeKey?: unknown };
    const said =
      typeof e.message === 'string' ? e.message : text.replace(/\s+/g, ' ').slice(0, 200);
    const message = `${what} failed (${res.status}): ${said || 'no message'}`;
    const retryAfterMs = waitOf(res.headers, now);
    const reason = res.headers.get('x-ratelimit-resource') ?? undefined;
    let kind: TrackerErrorKind;
    if (res.status === 429) kind = 'rate-limited';
    else if (res.status >= 500) kind = 'unknown-outcome';
    else if (
      res.status === 412 ||
      res.status === 409 ||
      e.typeKey === 'TestPatchOperationFailedException' ||
      /\bTF26071\b/.test(said)
    )
      kind = 'stale';
    else if (res.status === 401 || res.status === 403) kind = 'auth';
    else if (res.status === 404) kind = 'not-found';
    else kind = 'other';
    throw new TrackerError(kind, message, {
      status: res.status,
      ...(retryAfterMs !== undefined && { retryAfterMs }),
      ...(reason !== undefined && { reason }),
    });
  }
}

/** The id in a ref (the key is the id too); anything else names no work item. */
function idOf(ref: ItemRef): string {
  const id = (ref.id ?? ref.key).replace(/^#/, '');
  if (!/^\d+$/.test(id))
    throw new TrackerError('not-found', `Azure DevOps: "${ref.key}" is not a work item id`);
  return id;
}

const statesKey = (w: WorkItem, o: AzureDevOpsOptions) =>
  `${String(w.fields?.['System.TeamProject'] ?? o.project)}\0${typeOf(w, o)}`;

const typeOf = (w: WorkItem, o: AzureDevOpsOptions): string =>
  typeof w.fields?.['System.WorkItemType'] === 'string' ? w.fields['System.WorkItemType'] : o.type;

function unchanged(item: Item, version: string): void {
  if (item.version !== version)
    throw new TrackerError(
      'stale',
      `Azure DevOps work item ${item.key} is at revision ${item.version}, changed after extids read it (revision ${version}); nothing was written`,
    );
}

/** Retry-After (seconds), else X-RateLimit-Reset (Unix seconds), in ms from `now`. */
function waitOf(h: Headers, now: Date): number | undefined {
  const after = h.get('retry-after')?.trim();
  if (after && Number.isFinite(Number(after))) return Math.max(0, Number(after) * 1000);
  if (after && !Number.isNaN(Date.parse(after)))
    return Math.max(0, Date.parse(after) - now.getTime());
  const reset = Number(h.get('x-ratelimit-reset') ?? NaN);
  if (Number.isFinite(reset)) return Math.max(0, reset * 1000 - now.getTime());
  return undefined;
}

/**
 * X-RateLimit-Remaining and -Reset where an answer carries them ("Rate limits": they come before
 * delays start); `near` when the service is delaying (Remaining 0, X-RateLimit-Delay) or a served
 * answer carries Retry-After, and then `resetAt` is no earlier than that wait.
 */
function budgetOf(h: Headers, now: Date): RateBudget | undefined {
  const remaining = h.get('x-ratelimit-remaining');
  const reset = h.get('x-ratelimit-reset');
  const delay = h.get('x-ratelimit-delay');
  const wait = h.get('retry-after') !== null ? waitOf(h, now) : undefined;
  if (remaining === null && reset === null && delay === null && wait === undefined)
    return undefined;
  const left =
    remaining !== null && Number.isFinite(Number(remaining)) ? Number(remaining) : undefined;
  let resetAt =
    reset !== null && Number.isFinite(Number(reset)) ? new Date(Number(reset) * 1000) : undefined;
  if (wait !== undefined && (!resetAt || resetAt.getTime() < now.getTime() + wait))
    resetAt = new Date(now.getTime() + wait);
  return {
    ...(left !== undefined && { remaining: left }),
    ...(resetAt && { resetAt }),
    near: left === 0 || delay !== null || wait !== undefined,
  };
}

/** A WIQL string literal (single quotes, doubled inside). */
const wiqlString = (s: string): string => `'${s.replace(/'/g, "''")}'`;
