/**
 * `sync`: real tracker items for tasks in sync mode, each created exactly once, in every tracker
 * through one engine. The engine names no tracker: it calls the `Tracker` interface
 * (sync/tracker.ts) of the adapters it is given, and it alone decides what may be sent again.
 * Learnt from gastownhall/beads (`internal/tracker/engine.go`: a sync runs phases, one call each;
 * the engine knows failures by kind), with exactly-once kept here rather than in each adapter.
 *
 * `sync()` reads as its plan:
 * - read (committed.ts): the task files and state files of the commit it records onto (the
 *   upstream's tip), through git, whatever the tracker: a person's uncommitted draft is never
 *   published.
 * - plan (pure): per tool and task, create (no item yet), update, close or reopen (the task
 *   changed since extids last wrote its item), link, or nothing; more creates than `maxCreates`
 *   is refused. `dryRun` stops after it.
 * - claim (intents.ts): before the first create, the run records on the remote which tasks it
 *   will create, as a short lease it renews while it works; tasks another live run holds are left
 *   to it, and the tasks of a run whose lease ended are looked up by marker first.
 * - create, one at a time, each sent once and only while the lease holds. A create whose outcome
 *   is unknown is looked up by its marker, and "not found" is believed only once the tracker's
 *   declared look-up bound has passed since the create may have been sent; meanwhile the task's
 *   intent holds.
 * - reconcile: update, close, reopen; an item edited in the tracker since extids wrote it is
 *   reported as SYNC_CONFLICT and kept.
 * - record (record.ts): one commit on the upstream branch, built without touching the work tree.
 * - release: the intents of recorded tasks and of tasks never started are removed.
 *
 * However the run ends (done, a rate limit, an error, a cancel), it records what it finished and
 * releases what it did not start before it reports; a run that dies holds its tasks only until its
 * short lease ends. Each tool's part runs on its own: a tracker that fails or spends its budget
 * ends its part only, and the other trackers create, update and record theirs.
 */
import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { isoStamp } from '../canonical.js';
import { isSyncMode, type Settings } from '../config.js';
import { ExtidsError, finding, type Finding } from '../findings.js';
import { TOOL_LABEL, TOOL_NOUN, TOOLS, type Tool } from '../ids.js';
import type { Git } from '../git.js';
import { relPath } from '../paths.js';
import { COUNTERS_FILE, MAPPING_FILE } from '../store.js';
import { taskBody, tasksById, type TaskRecord } from '../tasks.js';
import { invalidTaskId, missingTaskId } from '../diagnose.js';
import { committedState, committedTasks, lostLinks, uncommittedTasks } from '../sync/committed.js';
import {
  changedFields,
  contentHash,
  desiredItem,
  fieldHashes,
  syncCreates,
  type Desired,
  type FieldHashes,
} from '../sync/content.js';
import {
  fetchIntents,
  holderText,
  holds,
  Lease,
  SEND_MARGIN_MS,
  type Claim,
  type Intent,
} from '../sync/intents.js';
import { LINKS_FILE, predictedKey, type Link, type Links } from '../sync/links.js';
import type { RepoWeb } from '../sync/remote.js';
import {
  record,
  type Found,
  type RecordTarget,
  type Recorded,
  type Written,
} from '../sync/record.js';
import {
  isTrackerError,
  markerFor,
  type Item,
  type ItemRef,
  type Marker,
  type Tracker,
} from '../sync/tracker.js';
import {
  countTasks,
  report,
  storeOptions,
  type Assigned,
  type OpOptions,
  type Report,
} from './common.js';
import type { Change } from '../changes.js';

/** What sync does with a task's item; `held` and `conflict` only in a --dry-run's plan. */
export type SyncAction = 'create' | 'update' | 'close' | 'reopen' | 'link' | 'held' | 'conflict';

export interface SyncItem {
  tool: Tool;
  task: string;
  file: string;
  action: SyncAction;
  /** The item's key, for everything but a create. */
  key?: string;
  /**
   * A create's: the key it replaces in the mapping and the frontmatter, read first (the task's own
   * item is kept and linked): one counter mode predicted (in the mapping, never linked), or, with
   * `recreate`, the key of a linked item that is gone.
   */
  replaces?: string;
  /** A create's: `--recreate` asked for it (`replaces` is the key of the item that is gone). */
  recreates?: boolean;
  /** A link's: the key is only in the task's frontmatter (a person wrote it). */
  handWritten?: boolean;
  /** Why a --dry-run's `held` or `conflict`; for another action, that the item moved. */
  why?: string;
}

export interface Synced {
  tool: Tool;
  task: string;
  action: SyncAction | 'adopt';
  /** The key the item has now, which the mapping, the frontmatter and the links file record. */
  key: string;
  url: string;
  /**
   * The key the mapping held, when the item now has another (a person moved it to another
   * project or team: the same item, found by its permanent id).
   */
  was?: string;
}

export interface SyncReport extends Report {
  plan: SyncItem[];
  synced: Synced[];
  /** Requests sent to the trackers. */
  requests: number;
}

export interface SyncOptions extends OpOptions {
  /** The adapter of each tool to sync (the doors build them from the registry, trackers.ts). */
  trackers: Partial<Record<Tool, Tracker>>;
  /** The repository (owner/name, see parseRemote): markers are derived from it. */
  repo: string;
  /** Where task links point (see parseRemote); without it, items name the task file unlinked. */
  web?: RepoWeb;
  git: Git;
  /** The upstream the branch pushes to. */
  remote: string;
  remoteBranch: string;
  /** The local branch checked out: it moves to the recorded commit when nothing else moved it. */
  branch?: string;
  /** Refuse a plan with more creates than this (default 25). */
  maxCreates?: number;
  /** How long this run's intents hold without renewal (default DEFAULT_LEASE_MS: a minute). */
  leaseMs?: number;
  /** The longest wait for a rate limit before the run stops with what it finished (ms, 60 000). */
  maxWaitMs?: number;
  rebuildLinks?: boolean;
  /**
   * Tasks whose linked item is gone from the tracker (deleted): each gets a new item, after its
   * key is read once more (an item that is still there is kept and linked).
   */
  recreate?: string[];
  /** The tools to sync (default: every tool in sync mode); each must be in sync mode. */
  tools?: Tool[];
  /** One line per step as it starts, for a person watching (results are in the report). */
  onStep?: (line: string) => void;
  /**
   * Aborted when the run is cancelled (the door's SIGINT or SIGTERM; its reason names it): no
   * request is sent after it, what finished is recorded, the rest released, and sync throws
   * CANCELLED.
   */
  signal?: AbortSignal;
  /** Waits (rate limits, back-off); default: a timer that a cancel cuts short. */
  sleep?: (ms: number) => Promise<void>;
}

/** A look-up starts this long before the earliest intent it covers (clocks differ). */
const LOOKUP_SLACK_MS = 5 * 60_000;
/** Sends of a request that may be repeated, after an unknown outcome. */
const RETRIES = 3;

/** One tool's side of a run: its tracker and how the engine reaches it. */
interface Lane {
  tool: Tool;
  t: Tracker;
  marker: (task: string) => Marker;
}

interface TaskInfo {
  rec: TaskRecord;
  /** The task file's committed text (what sync reads, never the work tree's). */
  text: string;
  desired: Desired;
}

/** The plan as data: what to do, and for each planned task what it should be. */
interface Plan {
  items: SyncItem[];
  info: Map<string, TaskInfo>;
  /** What the plan decided without a request: a key the task names that another task's link holds. */
  findings: Finding[];
}

/** What a run has done so far: every phase adds to it, and record and release read it. */
interface RunState {
  findings: Finding[];
  /** What record wrote, and the numbers it handed out: the report's `changes` and `assigned`. */
  changes: Change[];
  assigned: Assigned[];
  synced: Synced[];
  found: Found[];
  /** Intent keys of creates sent whose outcome is unknown until a marker shows: they stay. */
  attempted: Set<string>;
  /** Intent keys taken over from a dead run, not looked up yet: they stay. */
  unlooked: Set<string>;
  /** Intent keys taken over whose look-up is not believable yet: their old intent is put back. */
  restore: Map<string, Intent>;
  /** Intent keys whose item another run recorded after this run read the branch: left, released. */
  settled: Set<string>;
  /** Why the run stopped early (lease, cancel), if it did: no tracker goes on. */
  stopped?: string;
  /** Why a tracker's part of the run stopped early (its rate limit): the other trackers go on. */
  halted: Map<Tool, string>;
  /**
   * An error that ended a tracker's part of the run (or the run): reported after what finished,
   * in every tracker, is recorded (`fail`).
   */
  failure?: unknown;
}

/** The effects and limits every request goes through. */
interface Ctx {
  now: () => Date;
  say: (line: string) => void;
  sleep: (ms: number) => Promise<void>;
  signal?: AbortSignal;
  maxWaitMs: number;
}

/**
 * A stop (a rate limit too far off, a cancel, the lease): what finished is kept. `tracker`: only
 * that tracker's budget is spent, so only its part of the run stops (`halt`).
 */
class Stop extends Error {
  constructor(
    message: string,
    readonly scope: 'tracker' | 'run' = 'run',
  ) {
    super(message);
  }
}

/** Records a stop: a tracker's own stops its tool's part of the run, any other the whole run. */
function halt(p: RunState, tool: Tool, err: Stop): void {
  if (err.scope === 'tracker') p.halted.set(tool, err.message);
  else p.stopped ??= err.message;
}

/** Why `tool`'s part of the run has stopped, if it has. */
const stoppedFor = (p: RunState, tool: Tool): string | undefined => p.stopped ?? p.halted.get(tool);

/**
 * Keeps a failure to report once what finished is recorded: one tracker's failure ends its own
 * part of the run, not the others'. A second tracker's failure is joined to the first's message.
 */
function fail(p: RunState, err: unknown): void {
  if (p.failure === undefined) p.failure = err;
  else if (p.failure instanceof ExtidsError && err instanceof ExtidsError)
    p.failure = new ExtidsError(p.failure.code, `${p.failure.message}; ${err.message}`, {
      ...p.failure.details,
    });
}

/**
 * A run that ended in an error after it had done something: the error as it was, and the report
 * of what finished (created, updated, recorded in every other tracker) for the doors to show
 * before the error. Its findings are the run's.
 */
export class SyncFailed extends ExtidsError {
  constructor(
    err: ExtidsError,
    readonly report: SyncReport,
  ) {
    super(err.code, err.message, {
      ...err.details,
      findings: [...report.findings, ...(err.details.findings ?? [])],
    });
  }
}

/** `err` with the report of what finished, when it is one of ours; an internal error as it is. */
const withReport = (err: unknown, report: SyncReport): unknown =>
  err instanceof ExtidsError ? new SyncFailed(err, report) : err;

const intentKey = (tool: Tool, task: string) => `${tool}:${task}`;

/** " (its Jira issue)" after a task, where several trackers are synced; else nothing. */
const whose = (lanes: Lane[], tool: Tool) =>
  lanes.length > 1 ? ` (its ${TOOL_LABEL[tool]} ${TOOL_NOUN[tool]})` : '';
const infoKey = intentKey;
const cancelReason = (signal: AbortSignal) => `cancelled (${String(signal.reason)})`;

export async function sync(s: Settings, o: SyncOptions): Promise<SyncReport> {
  const lanes = lanesOf(s, o);
  const ctx = contextOf(o);
  // What is committed on the upstream, never the work tree: a person's drafts stay theirs.
  const rev = o.dryRun ? 'HEAD' : `${o.remote}/${o.remoteBranch}`;
  const { tasks: all, texts } = committedTasks(s, o.git, rev);
  const tasks = all.filter((t) => t.hasFrontmatter && t.id !== undefined);
  const state = committedState(s, o.git, rev, ctx.now());
  const mappings = state.mapping.data?.mappings ?? {};
  // A link the file lost that git still has is taken back (`lostLinks`), and recorded again.
  const recovered = o.rebuildLinks
    ? (Object.create(null) as Links)
    : lostLinks(s, o.git, rev, unlinkedKeys(s, tasks, mappings, state.links));
  const links = o.rebuildLinks ? (Object.create(null) as Links) : withLinks(state.links, recovered);
  const plan = planSync(s, o, lanes, tasks, texts, mappings, links, recovered);
  refuseUnknownRecreate(o, plan.items);
  // Refused before the predicted keys are read: each may need a create (an upper bound). A dry
  // run shows the plan, and says apply would refuse it.
  let tooMany: ExtidsError | undefined;
  try {
    refuseTooMany(lanes, plan.items, o.maxCreates ?? 25);
  } catch (err) {
    if (!o.dryRun || !(err instanceof ExtidsError)) throw err;
    tooMany = err;
  }
  const p: RunState = {
    findings: [
      ...notSynced(s, all),
      ...uncommittedTasks(s, o.git),
      ...plan.findings,
      ...(tooMany
        ? [finding('warning', 'SYNC_LEFT', `apply refuses this plan: ${tooMany.message}`)]
        : []),
    ],
    changes: [],
    assigned: [],
    synced: [],
    found: [],
    attempted: new Set(),
    unlooked: new Set(),
    restore: new Map(),
    settled: new Set(),
    halted: new Map(),
  };
  // --dry-run checks every tracker's credentials first; a tracker that refuses them is left out
  // of the preview, the others are shown, and the refusals end the run (exit 2) after that.
  if (o.dryRun && !o.rebuildLinks) await checkCredentials(ctx, lanes, plan, p);
  await checkPredicted(ctx, lanes, plan, p);
  const creates = plan.items.filter((x) => x.action === 'create');
  const result = (mappingCount: number): SyncReport => ({
    ...report('sync', p.findings, {
      dryRun: o.dryRun,
      changes: p.changes,
      assigned: p.assigned,
      stats: { mappings: mappingCount, tasks: countTasks(all) },
    }),
    plan: plan.items,
    synced: p.synced,
    requests: lanes.reduce((n, l) => n + l.t.requests, 0),
  });
  if (o.dryRun && !o.rebuildLinks) {
    await preview(ctx, lanes, plan, links, o, p);
    if (p.failure) throw withReport(p.failure, result(Object.keys(mappings).length));
    return result(Object.keys(mappings).length);
  }
  if (!o.dryRun) refuseUncommitted(s, o.git, writesOf(s, plan.items, tasks, o.rebuildLinks));
  const target = { ...recordTarget(s, o, ctx), restore: recovered };

  if (o.rebuildLinks) {
    await rebuildLinks(ctx, lanes, tasks, mappings, (rec) => desiredOf(o, rec, texts), p);
    if (o.dryRun) return result(Object.keys(mappings).length);
    const done = await record(target, p.found);
    keep(p, done);
    return result(done.mappings);
  }

  const lease = new Lease({
    git: o.git,
    remote: o.remote,
    run: randomUUID(),
    started: ctx.now(),
    leaseMs: o.leaseMs,
    now: ctx.now,
  });
  refuseShortLease(lease, lanes, creates);
  let claim: Claim | undefined;
  try {
    if (creates.length) {
      claim = claimIntents(lease, creates, linked(mappings, links), plan, lanes, p, ctx);
      settleRecordedElsewhere(s, o, claim, links, ctx, p);
    }
    for (const lane of lanes) await runLane(ctx, lane, lease, claim, plan, links, p);
  } catch (err) {
    if (err instanceof Stop) p.stopped ??= err.message;
    else fail(p, err); // what finished is recorded first, then this is reported
  }
  noteStopped(plan.items, p);
  let mappingCount = Object.keys(mappings).length;
  let recorded = false;
  try {
    if (p.found.length) {
      const done = await record(target, p.found);
      keep(p, done);
      mappingCount = done.mappings;
    }
    recorded = true;
  } catch (err) {
    fail(p, err);
  } finally {
    if (claim) release(lease, claim, p, recorded);
  }
  if (o.signal?.aborted) throw new SyncFailed(cancelled(o.signal, lanes, p), result(mappingCount));
  if (p.failure) throw withReport(p.failure, result(mappingCount));
  return result(mappingCount);
}

/**
 * One tool's part of the run: the look-up of tasks taken over, the creates, then the existing
 * items. A stop or failure of its tracker ends this part only; the next tool's goes on (its
 * tracker's budget and answers are its own), and the failure is reported after the recording.
 */
async function runLane(
  c: Ctx,
  lane: Lane,
  lease: Lease,
  claim: Claim | undefined,
  plan: Plan,
  links: Links,
  p: RunState,
): Promise<void> {
  if (p.stopped) return;
  try {
    if (claim?.mine.some((key) => splitKey(key)[0] === lane.tool)) {
      await lookUpTaken(c, lane, claim, plan, p);
      await createItems(c, lane, lease, claim, plan, p);
    }
    await reconcile(c, lane, plan, links, p);
  } catch (err) {
    if (err instanceof Stop) halt(p, lane.tool, err);
    else fail(p, err);
  }
}

/** What a recording wrote goes into the report, as every command reports its writes. */
function keep(p: RunState, done: Recorded): void {
  p.findings.push(...done.findings);
  p.changes.push(...done.changes);
  p.assigned.push(...done.assigned);
}

/**
 * The files sync does not sync, with the findings validate gives them (one policy): links,
 * unreadable or broken frontmatter, no id, an id that is not a task ID, errors in the frontmatter
 * (a value under external_ids that is not a key).
 */
function notSynced(s: Settings, all: TaskRecord[]): Finding[] {
  const out: Finding[] = [];
  for (const t of all) {
    if (t.hasFrontmatter && t.id !== undefined && s.idPattern.test(t.id)) {
      // Planned only without errors (planSync): the errors say why not.
      if (t.findings.some((f) => f.severity === 'error')) out.push(...t.findings);
      continue;
    }
    out.push(...t.findings);
    if (!t.hasFrontmatter) continue;
    if (t.id === undefined) {
      if (!t.findings.some((f) => f.code === 'FRONTMATTER_PARSE_ERROR')) out.push(missingTaskId(t));
    } else out.push(invalidTaskId(t));
  }
  return out;
}

/**
 * The tools to sync, each with its tracker: every tool `--tools` names must be in sync mode, and
 * at least one tool must be.
 */
function lanesOf(s: Settings, o: SyncOptions): Lane[] {
  const config = relPath(s.root, s.configFile);
  for (const tool of o.tools ?? [])
    if (!isSyncMode(s.tools, tool))
      throw new ExtidsError(
        'USAGE',
        `--tools names ${TOOL_LABEL[tool]}, which is not in sync mode in ${config}`,
      );
  const tools = o.tools ?? TOOLS.filter((t) => isSyncMode(s.tools, t));
  if (tools.length === 0)
    throw new ExtidsError(
      'SYNC_REFUSED',
      `no tool is in sync mode in ${config}; set e.g. "tools": {"github": {"mode": "sync"}}`,
    );
  return tools.map((tool) => {
    const t = o.trackers[tool];
    if (!t)
      throw new ExtidsError(
        'SYNC_REFUSED',
        `${TOOL_LABEL[tool]} is in sync mode in ${config}, but no tracker was given for it`,
      );
    return { tool, t, marker: (task: string) => markerFor(o.repo, tool, task) };
  });
}

function contextOf(o: SyncOptions): Ctx {
  const signal = o.signal;
  const timer = (ms: number) =>
    new Promise<void>((r) => {
      const t = setTimeout(r, ms);
      signal?.addEventListener('abort', () => (clearTimeout(t), r()), { once: true });
    });
  return {
    now: o.now ?? (() => new Date()),
    say: o.onStep ?? (() => {}),
    sleep: o.sleep ?? timer,
    signal,
    maxWaitMs: o.maxWaitMs ?? 60_000,
  };
}

function recordTarget(s: Settings, o: SyncOptions, ctx: Ctx): RecordTarget {
  return {
    git: o.git,
    root: s.root,
    stateDir: s.stateDir,
    tasksDir: s.tasksDir,
    exclude: s.exclude,
    remote: o.remote,
    remoteBranch: o.remoteBranch,
    branch: o.branch,
    store: storeOptions(s, o),
    now: ctx.now,
    say: ctx.say,
  };
}

/**
 * The key each task names for each tool in sync mode (the mapping's, else its frontmatter's) that
 * the links file has no link for: what `lostLinks` looks for in git's history.
 */
function unlinkedKeys(
  s: Settings,
  tasks: TaskRecord[],
  mappings: Record<string, Partial<Record<Tool, string>>>,
  links: Links,
): { task: string; tool: Tool; key: string }[] {
  const out: { task: string; tool: Tool; key: string }[] = [];
  const seen = new Set<string>();
  for (const rec of tasks) {
    const task = rec.id!;
    if (seen.has(task)) continue;
    seen.add(task);
    for (const tool of TOOLS) {
      if (!isSyncMode(s.tools, tool) || links[task]?.[tool]) continue;
      const key = mappings[task]?.[tool] ?? rec.externalIds?.[tool];
      if (key !== undefined) out.push({ task, tool, key });
    }
  }
  return out;
}

/** `links` with `more` added, tool by tool (`more` wins). */
function withLinks(links: Links, more: Links): Links {
  const out = Object.assign(Object.create(null), links) as Links;
  for (const [task, byTool] of Object.entries(more)) out[task] = { ...out[task], ...byTool };
  return out;
}

/** The item `rec` should be, from its committed text (`texts`, by file). */
const desiredOf = (
  o: Pick<SyncOptions, 'remoteBranch' | 'web'>,
  rec: TaskRecord,
  texts: Map<string, string>,
): Desired =>
  desiredItem(
    {
      id: rec.id!,
      file: rec.file,
      title: rec.title,
      status: rec.status,
      body: taskBody(texts.get(rec.file) ?? ''),
    },
    o.remoteBranch,
    o.web,
  );

/**
 * The plan: per tool and task (the first copy of twins speaks), create when it has no item and
 * sync creates one for its status (`syncCreates`); create and replace a key counter mode
 * predicted (`predictedKey`), whatever the status (the task had a number, so it gets its item,
 * closed if the task is); link a key a person wrote into the frontmatter, or where the mapping
 * and the links file disagree; update/close/reopen when the task changed since extids last wrote
 * its item. Pure but for reading the planned tasks' files.
 */
function planSync(
  s: Settings,
  o: SyncOptions,
  lanes: Lane[],
  tasks: TaskRecord[],
  texts: Map<string, string>,
  mappings: Record<string, Partial<Record<Tool, string>>>,
  links: Links,
  recovered: Links = Object.create(null) as Links,
): Plan {
  const info = new Map<string, TaskInfo>();
  const desired = new Map<string, Desired>();
  const textOf = (rec: TaskRecord) => texts.get(rec.file) ?? '';
  const content = (rec: TaskRecord): Desired => {
    let d = desired.get(rec.id!);
    if (!d) desired.set(rec.id!, (d = desiredOf(o, rec, texts)));
    return d;
  };
  const statuses = s.config.sync?.statuses;
  const items: SyncItem[] = [];
  const findings: Finding[] = [];
  for (const { tool, t, marker } of lanes) {
    const seen = new Set<string>();
    const linkedTo = new Map<string, string>(); // key → the task whose link holds it
    for (const [task, byTool] of Object.entries(links))
      if (byTool[tool]) linkedTo.set(byTool[tool].key, task);
    // Keys only frontmatter names (a person's, for sync to read), by the tasks that name them.
    const handWrittenBy = new Map<string, Set<string>>();
    for (const rec of tasks) {
      const written = rec.externalIds?.[tool];
      if (written === undefined || mappings[rec.id!]?.[tool] !== undefined) continue;
      if (links[rec.id!]?.[tool]) continue;
      handWrittenBy.set(written, new Set([...(handWrittenBy.get(written) ?? []), rec.id!]));
    }
    for (const rec of tasks) {
      const task = rec.id!;
      if (!s.idPattern.test(task) || seen.has(task)) continue; // twins: the first copy speaks
      seen.add(task);
      // A task whose frontmatter has errors (a key that is not one) is a person's to fix first.
      if (rec.findings.some((f) => f.severity === 'error')) continue;
      const link = links[task]?.[tool];
      const mapped = mappings[task]?.[tool];
      const written = rec.externalIds?.[tool];
      // The links file knows the item even when the mapping lost its key: never a second one.
      const key = mapped ?? written ?? link?.key;
      const at = { tool, task, file: rec.file };
      // A key only the frontmatter names that another task's link holds is that task's item: a
      // person's copy (a task file copied with its keys) or a prediction whose number the tracker
      // gave that task before this one was replaced. Never linked twice, never silently replaced.
      // So is one another task's frontmatter names too: one of them is wrong, neither is linked.
      const holder = linkedTo.get(written ?? '');
      const twins = [...(handWrittenBy.get(written ?? '') ?? [])].filter((x) => x !== task);
      const handOnly = mapped === undefined && !link && written !== undefined;
      if (handOnly && ((holder && holder !== task) || twins.length)) {
        const why =
          holder && holder !== task
            ? `${tool} ${t.keyText(written)} is the ${t.name} ${t.noun} of ${holder} (linked to it), not this task's; remove the key from the task and sync creates its ${t.noun}, or write its own key`
            : `${tool} ${t.keyText(written)} is named by ${twins.join(', ')} too, and a ${t.name} ${t.noun} is one task's: fix the key in the task it is not for (remove it, and sync creates that task's ${t.noun})`;
        const x: SyncItem = { ...at, action: 'conflict', key: written, why };
        items.push(x);
        findings.push(
          finding('error', 'SYNC_CONFLICT', `${task}: ${why}`, keyAt(x, { text: textOf(rec) })),
        );
        continue;
      }
      // A predicted key (links.ts) is replaced, after `checkPredicted` reads it; so is a linked
      // key --recreate names, whose item a person deleted.
      const predicted = predictedKey(mapped, link);
      const recreates = key !== undefined && link !== undefined && o.recreate?.includes(task);
      if ((predicted !== undefined || recreates) && !o.rebuildLinks) {
        info.set(infoKey(tool, task), { rec, text: textOf(rec), desired: content(rec) });
        items.push({
          ...at,
          action: 'create',
          replaces: predicted ?? key,
          ...(recreates && { recreates }),
        });
        continue;
      }
      if (key === undefined) {
        if (o.rebuildLinks || !syncCreates(rec.status, statuses)) continue;
        info.set(infoKey(tool, task), { rec, text: textOf(rec), desired: content(rec) });
        items.push({ ...at, action: 'create' });
        continue;
      }
      if (o.rebuildLinks) continue;
      const d = content(rec);
      const linked = link?.key === key && mappings[task]?.[tool] === key;
      const unchanged = linked && unchangedSince(t, link!, d, marker(task));
      // A link taken back from git is read and recorded again, even with nothing to send.
      if (unchanged && !recovered[task]?.[tool]) continue; // nothing to ask
      info.set(infoKey(tool, task), { rec, text: textOf(rec), desired: d });
      const handWritten = mapped === undefined && written === key;
      items.push({
        ...at,
        action: linked && !unchanged ? stateAction(d) : 'link',
        key,
        ...(handWritten && { handWritten }),
      });
    }
  }
  return { items, info, findings };
}

/**
 * Whether a task's key reached the branch as the tracker's (mapped and linked): its leftover
 * intent is dropped at the claim. A predicted key is not one: its task is still to be created.
 */
const linked =
  (mappings: Record<string, Partial<Record<Tool, string>>>, links: Links) =>
  (tool: Tool, task: string): boolean => {
    const key = mappings[task]?.[tool];
    return key !== undefined && links[task]?.[tool]?.key === key;
  };

/**
 * Each predicted key is read in the tracker (by key: consistent everywhere, where a marker
 * look-up may lag) before it is replaced. Kept and linked, never replaced: the task's own item
 * (its marker: the links file lost the link, not the item), and an item without a marker whose
 * title is the task's (a person made it for the task, by hand or after counter mode predicted
 * its number). Everything else (nothing, a pull request, somebody else's item, another task's)
 * is replaced. Read-only, also in --dry-run.
 */
async function checkPredicted(c: Ctx, lanes: Lane[], plan: Plan, p: RunState): Promise<void> {
  for (const lane of lanes) {
    const predicted = plan.items.filter((x) => x.tool === lane.tool && x.replaces !== undefined);
    if (predicted.length === 0) continue;
    c.say(`reading the ${predicted.length} predicted ${lane.t.name} key(s) before replacing them`);
    try {
      await keepOwnItems(c, lane, plan, predicted);
    } catch (err) {
      // A key not read is never replaced: the tracker's creates wait for a run that can read.
      const unread = new Set(predicted.filter((x) => x.replaces !== undefined));
      plan.items = plan.items.filter((x) => !unread.has(x));
      if (err instanceof Stop) halt(p, lane.tool, err);
      else fail(p, err);
    }
  }
}

/** checkPredicted for one tracker: the predicted keys that name the task's own item become links. */
async function keepOwnItems(c: Ctx, lane: Lane, plan: Plan, predicted: SyncItem[]): Promise<void> {
  for (const x of predicted) {
    const current = await read(c, lane, { ...x, key: x.replaces });
    if (!current || current.foreign) continue;
    const d = plan.info.get(infoKey(x.tool, x.task))!.desired;
    const marker = lane.marker(x.task);
    const ours = current.marker
      ? current.marker.digest === marker.digest
      : current.title === lane.t.render(d.content, marker).title || footerNames(current, x.task);
    if (!ours) continue;
    x.action = 'link';
    x.key = x.replaces;
    delete x.replaces;
  }
}

/**
 * Whether an item's description still ends with the line extids writes under every task's text
 * ("Task file: … · `TASK-…`", content.ts `desiredItem`) naming `task`: an item sync made for it
 * whose marker (a label, a tag) a person removed, and perhaps its title changed.
 */
function footerNames(item: Item, task: string): boolean {
  const at = item.body.lastIndexOf('Task file');
  return at >= 0 && item.body.indexOf(task, at) > at;
}

/**
 * After the claim, the branch is read again: a task whose item another run recorded between this
 * run's read and its claim (that run recorded, then released its intent, then this run claimed)
 * is left, and released. Its key is on the branch before its intent was gone, so this read sees it.
 */
function settleRecordedElsewhere(
  s: Settings,
  o: SyncOptions,
  claim: Claim,
  read: Links,
  c: Ctx,
  p: RunState,
) {
  const upstream = `${o.remote}/${o.remoteBranch}`;
  o.git.run(['fetch', '-q', o.remote, o.remoteBranch]);
  const { links } = committedState(s, o.git, upstream, c.now());
  for (const key of claim.mine) {
    const [tool, task] = splitKey(key);
    const now = links[task]?.[tool];
    // A link this run read already (--recreate's gone item) is no other run's record.
    if (now === undefined || now.id === read[task]?.[tool]?.id) continue;
    p.settled.add(key);
    p.unlooked.delete(key);
    c.say(`${task}: another run recorded its ${TOOL_LABEL[tool]} item meanwhile; left to it`);
  }
}

/** What extids sends for `d`, hashed as the links file keeps it. */
const sentHash = (t: Tracker, d: Desired, m: Marker): string =>
  contentHash({ ...t.render(d.content, m), state: d.target });

/** The task is what extids last sent to the linked item (whatever the tracker made of it). */
const unchangedSince = (t: Tracker, link: Link, d: Desired, m: Marker): boolean =>
  (link.sent ?? link.hash) === sentHash(t, d, m);

/**
 * What a create sends: the rendered title and body, open (a task closed already is transitioned
 * after). Recorded until the transition is answered, so one cut short is sent by the next run.
 */
const createdHash = (t: Tracker, d: Desired, m: Marker): string =>
  contentHash({ ...t.render(d.content, m), state: 'todo' });

const wrote = (t: Tracker, d: Desired, m: Marker, answer: Item | Found['item']): Written => ({
  sent: sentHash(t, d, m),
  seen: contentHash(answer),
});

/**
 * What the links file records after a reconcile: what was written (`wrote`), or a relink's own
 * hashes. A field a person edited in the tracker stays theirs: unless this run wrote it, or the
 * task now says what the item says (they agree), it keeps its hash from before the edit; and
 * where such a field differs from the task (`kept`), the send before this one is kept too, so the
 * next run reads the item and reports it again, until task and item agree.
 */
function recorded(
  t: Tracker,
  d: Desired,
  m: Marker,
  item: Item,
  link: Link | undefined,
  kept: { fields: Field[]; written?: Written } | undefined,
  written: Field[],
): Written {
  if (kept?.written) return kept.written;
  const w = wrote(t, d, m, item);
  if (!link?.fields) return w;
  const now = fieldHashes(item);
  const want = fieldHashes({ ...t.render(d.content, m), state: d.target });
  const fields = { ...now };
  for (const f of ['title', 'body', 'state'] as const)
    if (!written.includes(f) && now[f] !== want[f] && now[f] !== link.fields[f])
      (fields as Record<Field, string>)[f] = link.fields[f];
  return { sent: kept ? (link.sent ?? '') : w.sent, seen: w.seen, fields };
}

/** update, or close/reopen when the open/closed state is what changes. */
const stateAction = (d: Desired, fields?: string[]): SyncAction =>
  fields && !fields.includes('state') ? 'update' : d.target === 'todo' ? 'reopen' : 'close';

/**
 * A plan with more creates than `max` is refused, naming the flag that allows it. Creates that
 * replace a predicted key count, before they are read (a few may turn out to be links).
 */
function refuseTooMany(lanes: Lane[], plan: SyncItem[], max: number): void {
  const creates = plan.filter((x) => x.action === 'create');
  if (creates.length <= max) return;
  const replacing = creates.filter((x) => x.replaces !== undefined).length;
  const parts = lanes
    .map(({ tool, t }) => [creates.filter((c) => c.tool === tool).length, t] as const)
    .filter(([n]) => n > 0)
    .map(([n, t]) => `${n} ${t.name} ${t.noun}s`);
  throw new ExtidsError(
    'SYNC_REFUSED',
    `the plan creates ${replacing ? 'up to ' : ''}${parts.join(' and ')}${replacing ? ` (${replacing} of them to replace predicted keys)` : ''}, more than --max-creates ${max}; pass --max-creates ${creates.length} to go ahead (or --dry-run to see them)`,
  );
}

/** --recreate names tasks with a linked item in a tool synced; any other name is a usage error. */
function refuseUnknownRecreate(o: SyncOptions, plan: SyncItem[]): void {
  const unknown = (o.recreate ?? []).filter(
    (id) => !plan.some((x) => x.task === id && x.recreates),
  );
  if (unknown.length)
    throw new ExtidsError(
      'USAGE',
      `--recreate ${unknown.join(',')}: no task with ${unknown.length > 1 ? 'these IDs' : 'that ID'} is linked to an item in the tools synced (${o.tools?.join(', ') ?? 'every tool in sync mode'}); nothing was sent`,
    );
}

/** A lease shorter than a request's time-out could send no create. */
function refuseShortLease(lease: Lease, lanes: Lane[], creates: SyncItem[]): void {
  for (const { tool, t } of lanes)
    if (creates.some((c) => c.tool === tool) && !lease.covers(t.timeoutMs))
      throw new ExtidsError(
        'USAGE',
        `the lease (${lease.ms} ms) must outlast a request's time-out (${t.timeoutMs} ms) by more than ${SEND_MARGIN_MS} ms, or no create could be sent`,
      );
}

/** The files a run may write (relative to the root): the state files and the planned tasks'. */
function writesOf(s: Settings, plan: SyncItem[], tasks: TaskRecord[], rebuild?: boolean): string[] {
  const state = [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE].map(
    (f) => `${relPath(s.root, s.stateDir)}/${f}`,
  );
  if (rebuild) return [...state, relPath(s.root, s.tasksDir)];
  const copies = tasksById(tasks);
  const keyed = plan.filter((x) => x.action === 'create' || x.action === 'link');
  return [...state, ...keyed.flatMap((x) => (copies.get(x.task) ?? []).map((r) => r.file))];
}

/**
 * sync writes into the checkout only files it records keys in; it refuses, with one line and
 * before any request, where one of them has changes of the person's that are not committed (they
 * would be mixed into its commit or lost), and where the root is not the repository's top level.
 */
function refuseUncommitted(s: Settings, git: Git, files: string[]): void {
  const top = git.topLevel();
  if (!top || realpathSync(top) !== realpathSync(s.root))
    throw new ExtidsError(
      'SYNC_REFUSED',
      `sync records at the repository's top level (${top ?? 'none found'}), not ${s.root}; run it there`,
    );
  const { changed, untracked } = uncommitted(git, files);
  const list = (l: string[]) =>
    `${l.slice(0, 3).join(', ')}${l.length > 3 ? ` and ${l.length - 3} more` : ''}`;
  const them = (l: string[]) => (l.length > 1 ? 'them' : 'it');
  if (changed.length)
    throw new ExtidsError(
      'SYNC_REFUSED',
      `${list(changed)} ${changed.length > 1 ? 'have' : 'has'} uncommitted changes, and sync writes ${them(changed)}; commit or stash ${them(changed)} first (nothing was sent)`,
    );
  if (untracked.length)
    throw new ExtidsError(
      'SYNC_REFUSED',
      `${list(untracked)} ${untracked.length > 1 ? 'are' : 'is'} not committed yet, and sync writes ${them(untracked)}; commit ${them(untracked)} (or move ${them(untracked)} aside) first (nothing was sent)`,
    );
}

/** Which of `files` differ from HEAD (`changed`) and which git does not track yet (`untracked`). */
function uncommitted(git: Git, files: string[]): { changed: string[]; untracked: string[] } {
  const lines = files.length
    ? git
        .run(['status', '--porcelain', '-z', '--untracked-files=all', '--', ...files])
        .split('\0')
        .filter((l) => l.length > 3)
    : [];
  return {
    changed: lines.filter((l) => !l.startsWith('??')).map((l) => l.slice(3)),
    untracked: lines.filter((l) => l.startsWith('??')).map((l) => l.slice(3)),
  };
}

/**
 * One request through the engine's rules, the only place any request is repeated: a spent budget
 * is waited for (or the run stops), a rate limit is waited out and the request sent again (it was
 * not performed, so even a create may be), an unknown outcome is sent again only when `repeatable`
 * (never a create) with a back-off; `maySend` is asked right before each send.
 */
async function call<T>(
  c: Ctx,
  t: Tracker,
  send: () => Promise<T>,
  o: { repeatable: boolean; maySend?: () => boolean },
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const b = t.budget;
    if (b?.remaining === 0 && b.resetAt) {
      const wait = b.resetAt.getTime() - c.now().getTime() + 1000;
      if (wait > c.maxWaitMs)
        throw new Stop(
          `the ${t.name} API rate limit is spent until ${b.resetAt.toISOString()}`,
          'tracker',
        );
      if (wait > 0) {
        if (wait >= 2000)
          c.say(`waiting ${Math.ceil(wait / 1000)} s for the ${t.name} API rate limit`);
        await c.sleep(wait);
      }
    }
    if (c.signal?.aborted) throw new Stop(cancelReason(c.signal));
    if (o.maySend && !o.maySend()) throw new NotSent();
    try {
      return await send();
    } catch (err) {
      if (isTrackerError(err, 'rate-limited')) {
        if (attempt >= RETRIES + 2) throw err;
        const wait = err.info.retryAfterMs ?? 60_000;
        if (wait > c.maxWaitMs)
          throw new Stop(
            `the ${t.name} API rate limit is spent until ${new Date(c.now().getTime() + wait).toISOString()}`,
            'tracker',
          );
        if (wait >= 2000)
          c.say(`waiting ${Math.ceil(wait / 1000)} s for the ${t.name} API rate limit`);
        await c.sleep(wait);
        continue;
      }
      if (isTrackerError(err, 'unknown-outcome') && o.repeatable) {
        if (c.signal?.aborted) throw new Stop(cancelReason(c.signal));
        if (attempt >= RETRIES) throw err;
        await c.sleep(250 * 2 ** attempt);
        continue;
      }
      throw err;
    }
  }
}

/** A create not sent: this run's lease would not cover it. */
class NotSent extends Error {}

/** The lease on the tasks to create; those another live run holds are reported and left to it. */
function claimIntents(
  lease: Lease,
  creates: SyncItem[],
  done: (tool: Tool, task: string) => boolean,
  plan: Plan,
  lanes: Lane[],
  p: RunState,
  c: Ctx,
): Claim {
  c.say(`recording the intent to create ${creates.length} item(s)`);
  const byKey = new Map(creates.map((x) => [intentKey(x.tool, x.task), x]));
  const claim = lease.claim(
    [...byKey.keys()],
    (key) => done(...splitKey(key)), // its key reached the branch
    (key) => {
      // The intent carries what its create sends, for a run that adopts the item by its marker.
      const [tool, task] = splitKey(key);
      const lane = lanes.find((l) => l.tool === tool);
      const i = plan.info.get(infoKey(tool, task));
      return lane && i && createdHash(lane.t, i.desired, lane.marker(task));
    },
  );
  for (const [key, x] of byKey) {
    const held = claim.held.get(key);
    if (held)
      p.findings.push(
        finding('warning', 'SYNC_LEFT', `${x.task}${whose(lanes, x.tool)}: ${holderText(held)}`, {
          file: x.file,
        }),
      );
  }
  for (const key of claim.taken.keys()) p.unlooked.add(key);
  return claim;
}

const splitKey = (key: string): [Tool, string] => {
  const i = key.indexOf(':');
  return [key.slice(0, i) as Tool, key.slice(i + 1)];
};

/**
 * The items carrying `tasks`' markers (the first created where several do), by task. An item
 * whose marker is another repository's, or names another task, is not one of them.
 */
async function findAllByMarker(
  c: Ctx,
  lane: Lane,
  tasks: string[],
  since?: Date,
): Promise<Map<string, Item[]>> {
  const markers = tasks.map(lane.marker);
  const items = await call(c, lane.t, () => lane.t.lookup(markers, since ? { since } : {}), {
    repeatable: true,
  });
  // By digest: it names (repository, tool, task), and it is all a Linear UUID carries.
  const taskOf = new Map(markers.map((m) => [m.digest, m.task]));
  const out = new Map<string, Item[]>();
  for (const item of items) {
    const task = item.marker && taskOf.get(item.marker.digest);
    if (task !== undefined) out.set(task, [...(out.get(task) ?? []), item]);
  }
  return out;
}

/** findAllByMarker's first item per task (the tracker's order: the oldest first). */
async function findByMarker(
  c: Ctx,
  lane: Lane,
  tasks: string[],
  since?: Date,
): Promise<Map<string, Item>> {
  const all = await findAllByMarker(c, lane, tasks, since);
  return new Map([...all].map(([task, items]) => [task, items[0]!]));
}

/**
 * When "not found" by marker can be believed for a create that may have been sent under
 * `intent`: at once for a consistent look-up, else once the tracker's bound has passed since the
 * intent's lease ended (the create was sent, if at all, before that).
 */
const believableAt = (t: Tracker, intent: Intent): number =>
  t.lookupConsistency.kind === 'consistent'
    ? 0
    : Date.parse(intent.expires) + t.lookupConsistency.boundMs;

/**
 * An item found by its marker: recorded with what its create sent (`sent`: the hash the intent
 * carries, or of this run's own create), so the next run compares the task with what extids sent,
 * not with the text the tracker stored, and re-sends nothing unchanged. Unknown: the item as found.
 */
function adopt(p: RunState, tool: Tool, task: string, item: Item, sent: string | undefined): void {
  p.found.push({ tool, task, item, ...(sent && { written: { sent, seen: contentHash(item) } }) });
}

/**
 * Tasks taken over from a run whose lease ended: their markers are looked up before any create.
 * A task not found is created only where "not found" is believable (`believableAt`); otherwise
 * its old intent is put back at release, and a later run looks again.
 */
async function lookUpTaken(
  c: Ctx,
  lane: Lane,
  claim: Claim,
  plan: Plan,
  p: RunState,
): Promise<void> {
  const taken = [...claim.taken].filter(
    ([key]) => splitKey(key)[0] === lane.tool && !p.settled.has(key),
  );
  if (taken.length === 0) return;
  const since = Math.min(...taken.map(([, v]) => Date.parse(v.since))) - LOOKUP_SLACK_MS;
  c.say(`looking up ${taken.length} ${lane.t.name} item(s) an earlier run may have created`);
  const hits = await findByMarker(
    c,
    lane,
    taken.map(([key]) => splitKey(key)[1]),
    new Date(Math.max(0, since)),
  );
  for (const [key, intent] of taken) {
    const task = splitKey(key)[1];
    p.unlooked.delete(key);
    const hit = hits.get(task);
    if (hit) {
      adopt(p, lane.tool, task, hit, intent.sent);
      continue;
    }
    const at = believableAt(lane.t, intent);
    if (c.now().getTime() >= at) continue;
    p.restore.set(key, intent);
    p.findings.push(
      finding(
        'warning',
        'SYNC_LEFT',
        `${task}: an earlier run may have created its ${lane.t.name} item, and ${lane.t.name}'s search can show it up to ${Math.round((lane.t.lookupConsistency as { boundMs: number }).boundMs / 1000)} s late; it is looked up again, and created only if none shows, by a run after ${isoStamp(new Date(at))}`,
        { file: plan.info.get(infoKey(lane.tool, task))?.rec.file },
      ),
    );
  }
}

/** The creates, one at a time, each sent once and only while this run's lease holds. */
async function createItems(
  c: Ctx,
  lane: Lane,
  lease: Lease,
  claim: Claim,
  plan: Plan,
  p: RunState,
): Promise<void> {
  const { tool, t } = lane;
  for (const key of claim.mine) {
    const [kTool, task] = splitKey(key);
    if (kTool !== tool || p.restore.has(key) || p.settled.has(key)) continue;
    const i = plan.info.get(infoKey(tool, task))!;
    const adopted = p.found.find((f) => f.tool === tool && f.task === task);
    if (adopted) {
      p.synced.push({ tool, task, action: 'adopt', key: adopted.item.key, url: adopted.item.url });
      continue;
    }
    if (c.signal?.aborted) p.stopped ??= cancelReason(c.signal);
    if (stoppedFor(p, tool)) break;
    p.attempted.add(key);
    const marker = lane.marker(task);
    const sentAt = c.now().getTime();
    c.say(`creating the ${t.name} ${t.noun} for ${task}`);
    let created: Found['item'];
    try {
      const answer = await call(c, t, () => t.create(i.desired.content, marker), {
        repeatable: false,
        maySend: () => lease.ready(key, t.timeoutMs),
      });
      // Jira answers a create with its id and key only: what it shows is what was sent.
      created = answer.item ?? {
        ...answer,
        ...t.render(i.desired.content, marker),
        state: 'todo',
      };
    } catch (err) {
      if (err instanceof NotSent || err instanceof Stop) {
        p.attempted.delete(key); // refused before it was sent
        if (err instanceof Stop) halt(p, tool, err);
        else if (!lease.tasks.includes(key))
          p.findings.push(
            finding(
              'warning',
              'SYNC_LEFT',
              `${task}: this run's lease on it ended and another run took it over; that run creates the item`,
              { file: i.rec.file },
            ),
          );
        else p.stopped = 'this run could not renew its lease on the tasks in time';
        continue;
      }
      if (!isTrackerError(err, 'unknown-outcome')) {
        p.attempted.delete(key); // the tracker answered no: nothing was created
        throw err;
      }
      if (c.signal?.aborted) {
        p.stopped = cancelReason(c.signal); // its marker is looked up by the next run
        continue;
      }
      c.say(`no answer for ${task}'s create (${err.message}); looking for its marker`);
      const hit = (await findByMarker(c, lane, [task], new Date(sentAt - LOOKUP_SLACK_MS))).get(
        task,
      );
      if (hit) {
        adopt(p, tool, task, hit, createdHash(t, i.desired, marker)); // this run sent it
        p.synced.push({ tool, task, action: 'adopt', key: hit.key, url: hit.url });
      } else
        p.findings.push(
          finding(
            'warning',
            'SYNC_LEFT',
            `${task}: ${t.name} did not answer its create and shows no item with its marker yet; a run after this one's lease ends${t.lookupConsistency.kind === 'eventual' ? ` (and ${Math.round(t.lookupConsistency.boundMs / 1000)} s more, the time ${t.name}'s search may lag)` : ''} looks again, and creates it only if there is none`,
            { file: i.rec.file },
          ),
        );
      continue;
    }
    let item: Found['item'] = created;
    p.synced.push({ tool, task, action: 'create', key: created.key, url: created.url });
    if (i.desired.target !== 'todo') {
      try {
        item = await call(c, t, () => t.transition(created, i.desired.target), {
          repeatable: true,
        });
      } catch (err) {
        // Recorded as what was sent so far (open): the next run sends the close.
        const sent = createdHash(t, i.desired, marker);
        p.found.push({ tool, task, item: created, written: { sent, seen: contentHash(created) } });
        throw err;
      }
    }
    p.found.push({ tool, task, item, written: wrote(t, i.desired, marker, item) });
  }
}

const STEP: Record<SyncAction, string> = {
  held: 'leaving',
  conflict: 'leaving',
  create: 'creating',
  update: 'updating',
  close: 'closing',
  reopen: 'reopening',
  link: 'linking',
};

type Field = 'title' | 'body' | 'state';

/** What to do with an existing item, decided from what the tracker shows now. */
type Decision =
  | { kind: 'conflict'; severity: 'error' | 'warning'; why: string }
  /**
   * Write `fields` (none: only the link is recorded). `kept`: fields a person edited in the
   * tracker that differ from the task, left as they are and reported (`why`); `written`: the
   * hashes to record for them (relink), else they keep the link's own.
   */
  | {
      kind: 'write';
      action: SyncAction;
      fields: Field[];
      kept?: { fields: Field[]; why: string; written?: Written };
    };

/**
 * A task's item linked without the link extids keeps for it: found by its marker (the links file
 * lost it; `--rebuild-links`), or made by a person and named in the task (adopted). What extids
 * last sent is unknown, so who changed what cannot be told: the item is linked as it is, never
 * written, and recorded as if extids had just sent the task. Where it shows the task, that is the
 * truth; each field where it differs (`fields`) is kept as a person's edit (its recorded hash is
 * the task's, not the item's), so a later change of the task there is reported, never sent over
 * it, while the other fields go on being synced.
 */
function relink(
  lane: Lane,
  task: string,
  d: Desired,
  current: Item,
): { written: Written; fields: Field[] } {
  const marker = lane.marker(task);
  const want = { ...lane.t.render(d.content, marker), state: d.target };
  const fields = changedFields(current, want, d.target);
  const sent = sentHash(lane.t, d, marker);
  const now = fieldHashes(current);
  const task_ = fieldHashes(want);
  const kept = Object.fromEntries(
    (['title', 'body', 'state'] as const).map((f) => [f, fields.includes(f) ? task_[f] : now[f]]),
  ) as unknown as FieldHashes;
  return {
    fields,
    written: { sent, seen: fields.length ? sent : contentHash(current), fields: kept },
  };
}

/** The SYNC_CONFLICT warning of fields a person's edit keeps (`how`: how the link was made). */
const keptText = (t: Tracker, key: string, fields: string[], how: string) =>
  `${t.noun} ${t.keyText(key)} ${how}; its ${fields.join(', ')} ${fields.length > 1 ? 'differ' : 'differs'} from the task and ${fields.length > 1 ? 'are' : 'is'} kept as a person's edit, until the task and the ${t.noun} agree there (edit either)`;

/**
 * The fields a person edited in the tracker since extids last wrote the item: those whose hash
 * moved from the link's (`Link.fields`); for a link written before those existed, every field
 * when the whole item's hash moved.
 */
function editedFields(current: Item, link: Link): Field[] {
  const now = fieldHashes(current);
  if (link.fields)
    return (['title', 'body', 'state'] as const).filter((f) => now[f] !== link.fields![f]);
  return contentHash(current) !== link.hash ? ['title', 'body', 'state'] : [];
}

/**
 * The one decision for a linked item, made alike by apply and by --dry-run: an item that is not
 * this task's (another task's marker, a pull request) is an error; an item linked without a
 * link (a person's, adopted; the task's own, found by its marker) is linked as it is (`relink`);
 * else the fields where the task changed since extids wrote it are written, but for those a
 * person edited in the tracker, which are kept and reported (a warning), field by field.
 */
function decide(lane: Lane, x: SyncItem, d: Desired, current: Item, link?: Link): Decision {
  const { t } = lane;
  const marker = lane.marker(x.task);
  const mark = current.marker;
  if (current.foreign || (mark && mark.digest !== marker.digest))
    return {
      kind: 'conflict',
      severity: 'error',
      why: `${lane.tool} ${x.key} is ${current.foreign ?? `the ${t.name} ${t.noun} of ${mark!.task || 'another task'}`}, not this task's ${t.noun}; ${x.handWritten ? `fix the key in the task (or remove it, and sync creates the ${t.noun})` : 'fix the mapping (`extids sync --rebuild-links` reads the markers)'}`,
    };
  if (!link) {
    const { written, fields } = relink(lane, x.task, d, current);
    if (!fields.length) return { kind: 'write', action: 'link', fields: [] };
    const how =
      mark !== undefined
        ? 'was found by its marker, without the link extids keeps (the links file lost it, or --rebuild-links)'
        : footerNames(current, x.task)
          ? 'is linked as it is (extids made it; a person removed its marker)'
          : 'is linked as it is (a person made it)';
    return {
      kind: 'write',
      action: 'link',
      fields: [],
      kept: { fields, why: keptText(t, x.key!, fields, how), written },
    };
  }
  const changed = unchangedSince(t, link, d, marker)
    ? []
    : changedFields(current, t.render(d.content, marker), d.target);
  const edited = editedFields(current, link);
  const kept = changed.filter((f) => edited.includes(f));
  const fields = changed.filter((f) => !edited.includes(f));
  const action = fields.length ? stateAction(d, fields) : 'link';
  if (!kept.length) return { kind: 'write', action, fields };
  const why = keptText(t, x.key!, kept, `was edited in ${t.name} since extids last wrote it`);
  if (!fields.length) return { kind: 'conflict', severity: 'warning', why };
  return { kind: 'write', action, fields, kept: { fields: kept, why } };
}

/** The link extids wrote to the planned key, if the links file has one. */
const linkOf = (links: Links, x: SyncItem): Link | undefined => {
  const known = links[x.task]?.[x.tool];
  return known?.key === x.key ? known : undefined;
};

/** Where a finding about the planned key points: the task file, and the line that holds the key. */
function keyAt(x: SyncItem, i: Pick<TaskInfo, 'text'>): { file: string; line?: number } {
  const esc = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const entry = new RegExp(
    `^\\s*["']?${esc(x.tool)}["']?\\s*:\\s*["']?${esc(x.key!)}["']?\\s*(#.*)?\\r?$`,
    'i',
  );
  const at = i.text.split('\n').findIndex((l) => entry.test(l));
  return { file: x.file, ...(at >= 0 && { line: at + 1 }) };
}

/**
 * A key that names nothing: an error with the task file's line that holds it, where it does. A
 * key a person wrote is theirs to fix; the item of a linked key is gone (deleted, or out of the
 * credentials' reach), and `--recreate` makes a new one.
 */
function missingKey(lane: Lane, x: SyncItem, i: TaskInfo, link?: Link): Finding {
  const { t } = lane;
  const fix = link
    ? `its ${t.noun} was deleted in ${t.name}, or these credentials cannot see it; if it was deleted, \`extids sync --recreate ${x.task}\` makes a new one and replaces the key`
    : `fix the key in the task (or remove it, and sync creates the ${t.noun})`;
  return finding(
    'error',
    'SYNC_CONFLICT',
    `${x.task}: ${lane.tool} ${x.key} names no ${t.name} ${t.noun} these credentials can see; ${fix}`,
    keyAt(x, i),
  );
}

/**
 * Existing items: link, update, close, reopen, as `decide` says. An item edited in the tracker
 * since extids wrote it, or refused as stale, is reported as SYNC_CONFLICT and never overwritten.
 */
async function reconcile(c: Ctx, lane: Lane, plan: Plan, links: Links, p: RunState): Promise<void> {
  const { tool, t } = lane;
  for (const x of plan.items.filter(
    (y) => y.tool === tool && y.action !== 'create' && y.action !== 'conflict',
  )) {
    if (c.signal?.aborted) p.stopped ??= cancelReason(c.signal);
    if (stoppedFor(p, tool)) break;
    const i = plan.info.get(infoKey(tool, x.task))!;
    const link = linkOf(links, x);
    const marker = lane.marker(x.task);
    const name = `${t.noun} ${t.keyText(x.key!)}`;
    try {
      const current = await read(c, lane, x, link);
      if (!current) {
        p.findings.push(missingKey(lane, x, i, link));
        continue;
      }
      const decision = decide(lane, x, i.desired, current, link);
      if (decision.kind === 'conflict') {
        x.action = 'conflict';
        x.why = decision.why;
        const why = `${x.task}: ${decision.why}`;
        p.findings.push(finding(decision.severity, 'SYNC_CONFLICT', why, keyAt(x, i)));
        continue;
      }
      const { action, fields, kept } = decision;
      x.action = action; // --json's plan says what was decided, as --dry-run's does
      if (kept)
        p.findings.push(finding('warning', 'SYNC_CONFLICT', `${x.task}: ${kept.why}`, keyAt(x, i)));
      let item = current;
      // "closing issue #3 (TASK-…)"; "updating …: title, body" where text changes.
      const text = fields.filter((f) => f !== 'state');
      if (fields.length)
        c.say(`${STEP[action]} ${name} (${x.task})${text.length ? `: ${text.join(', ')}` : ''}`);
      const edit = {
        ...(fields.includes('title') && { title: i.desired.content.title }),
        ...(fields.includes('body') && { body: i.desired.content.body }),
      };
      // A tracker that refuses a stale write itself gets the version read; for the others the
      // hash comparison just made is the check (one more read would not close the window).
      const ifVersion = t.conditionalUpdate === 'server' ? current.version : undefined;
      if (edit.title !== undefined || edit.body !== undefined)
        item = await call(c, t, () => t.update(item, edit, { ifVersion, marker }), {
          repeatable: true,
        });
      if (fields.includes('state'))
        item = await call(c, t, () => t.transition(item, i.desired.target), { repeatable: true });
      p.found.push({
        tool,
        task: x.task,
        item,
        written: recorded(t, i.desired, marker, item, link, kept, fields),
      });
      const moved = item.key !== x.key && { was: x.key! };
      p.synced.push({ tool, task: x.task, action, key: item.key, url: item.url, ...moved });
    } catch (err) {
      if (err instanceof Stop) {
        halt(p, tool, err);
        break;
      }
      if (isTrackerError(err, 'stale')) {
        const why = `${x.task}: ${name} changed in ${t.name} while sync wrote it; it is left as it is (${err.message})`;
        p.findings.push(finding('warning', 'SYNC_CONFLICT', why, { file: x.file }));
        continue;
      }
      // The tracker refused this item's write (a workflow with no way to the status, a field it
      // will not take): this task's error; the tracker's other items go on.
      if (isTrackerError(err, 'other') || isTrackerError(err, 'not-found')) {
        const why = `${x.task}: ${t.name} refused to write ${name}: ${err.message}; the other items were synced`;
        p.findings.push(finding('error', 'SYNC_CONFLICT', why, { file: x.file }));
        continue;
      }
      throw err;
    }
  }
}

/** The planned item as the tracker shows it now; undefined when the key names nothing. */
async function read(c: Ctx, lane: Lane, x: SyncItem, link?: Link): Promise<Item | undefined> {
  const ref: ItemRef = { key: x.key!, ...(link && { id: link.id }) };
  try {
    return await call(c, lane.t, () => lane.t.get(ref), { repeatable: true });
  } catch (err) {
    if (isTrackerError(err, 'not-found')) return undefined;
    throw err;
  }
}

/**
 * --dry-run: what apply would do, read from the tracker without a write. The credentials are
 * checked (an unreachable API or refused credentials end the run, exit 2); a create another live
 * run holds is `held`; each linked item is read and `decide`d as apply decides it, so a close
 * shows as close and a person's edit as a conflict, with the findings apply would report.
 */
async function preview(
  c: Ctx,
  lanes: Lane[],
  plan: Plan,
  links: Links,
  o: SyncOptions,
  p: RunState,
): Promise<void> {
  const creates = plan.items.filter((x) => x.action === 'create');
  const intents = creates.length ? fetchIntents(o.git, o.remote).intents : {};
  const nowMs = c.now().getTime();
  for (const x of plan.items) {
    const lane = lanes.find((l) => l.tool === x.tool)!;
    if (x.action === 'conflict') continue; // decided by the plan, its finding given
    if (x.action === 'create') {
      const held = intents[intentKey(x.tool, x.task)];
      if (held && holds(held, nowMs)) {
        x.action = 'held';
        x.why = holderText(held);
        p.findings.push(
          finding('warning', 'SYNC_LEFT', `${x.task}${whose(lanes, x.tool)}: ${x.why}`, {
            file: x.file,
          }),
        );
      }
      continue;
    }
    const i = plan.info.get(infoKey(x.tool, x.task))!;
    const link = linkOf(links, x);
    const current = await read(c, lane, x, link);
    if (!current) {
      const f = missingKey(lane, x, i, link);
      x.action = 'conflict';
      x.why = f.message.replace(`${x.task}: `, '');
      p.findings.push(f);
      continue;
    }
    const decision = decide(lane, x, i.desired, current, link);
    // An item a person moved: apply records its current key (`Synced.was`); said here too.
    if (current.key !== x.key)
      x.why = `${lane.t.keyText(x.key!)} is now ${lane.t.keyText(current.key)}: moved in ${lane.t.name}`;
    if (decision.kind === 'write') {
      x.action = decision.action;
      const { kept } = decision; // its finding says it
      if (kept)
        p.findings.push(finding('warning', 'SYNC_CONFLICT', `${x.task}: ${kept.why}`, keyAt(x, i)));
    } else {
      x.action = 'conflict';
      x.why = decision.why;
      p.findings.push(
        finding(decision.severity, 'SYNC_CONFLICT', `${x.task}: ${decision.why}`, keyAt(x, i)),
      );
    }
  }
}

/**
 * --dry-run's first requests: an unreachable API or refused credentials are the run's failure
 * (exit 2, `fail`), and that tracker's items leave the plan; every tracker is checked.
 */
async function checkCredentials(c: Ctx, lanes: Lane[], plan: Plan, p: RunState): Promise<void> {
  for (const lane of lanes) {
    c.say(`checking the ${lane.t.name} credentials`);
    try {
      await call(c, lane.t, () => lane.t.verify(), { repeatable: true });
    } catch (err) {
      const left = plan.items.filter((x) => x.tool === lane.tool);
      plan.items = plan.items.filter((x) => x.tool !== lane.tool);
      if (!(err instanceof Stop)) fail(p, err);
      else if (left.length)
        p.findings.push(
          finding(
            'warning',
            'SYNC_LEFT',
            `${lane.t.name}: ${err.message}; its ${left.length} planned item(s) are not shown`,
          ),
        );
    }
  }
}

/** --rebuild-links: every task's item that carries its marker, in every tool synced. */
async function rebuildLinks(
  c: Ctx,
  lanes: Lane[],
  tasks: TaskRecord[],
  mappings: Record<string, Partial<Record<Tool, string>>>,
  desired: (rec: TaskRecord) => Desired,
  p: RunState,
): Promise<void> {
  const byId = tasksById(tasks);
  for (const lane of lanes) {
    c.say(`reading the markers of every ${lane.t.name} item extids created`);
    const all = await findAllByMarker(c, lane, [...byId.keys()]);
    // Two items with one marker (a copy: Jira's Clone copies labels, Azure DevOps' copy tags):
    // the one the mapping names is the task's, else the oldest; the others are said.
    const found = new Map<string, Item>();
    for (const [task, items] of all) {
      const mapped = mappings[task]?.[lane.tool];
      const pick = items.find((i) => i.key === mapped) ?? items[0]!;
      found.set(task, pick);
      const others = items.filter((i) => i !== pick);
      if (others.length)
        p.findings.push(
          finding(
            'warning',
            'SYNC_CONFLICT',
            `${task}: ${others.map((i) => lane.t.keyText(i.key)).join(', ')} carr${others.length > 1 ? 'y' : 'ies'} its marker too (a copy of ${lane.t.keyText(pick.key)}?); linked ${lane.t.keyText(pick.key)}${pick.key === mapped ? ', the key the mapping names' : ', the oldest'}; remove the marker from the copy`,
            { file: byId.get(task)![0]!.file },
          ),
        );
    }
    // Tasks the mapping names a key for whose item no marker showed: said, never a silent pass.
    const missing = [...byId.keys()].filter(
      (task) => mappings[task]?.[lane.tool] !== undefined && !found.has(task),
    );
    if (missing.length) {
      const lag = lane.t.lookupConsistency;
      p.findings.push(
        finding(
          'warning',
          'SYNC_LEFT',
          `--rebuild-links found no ${lane.t.name} ${lane.t.noun} by its marker for ${missing.length} task(s) the mapping names one for: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''} (a marker a person removed, an item these credentials cannot see${lag.kind === 'eventual' ? `, or a search that has not shown it yet: it may lag up to ${Math.round(lag.boundMs / 1000)} s` : ''}); a plain sync links them from the mapping's keys`,
        ),
      );
    }
    for (const [task, item] of found) {
      // The links file's hashes start again from the task as it is now (relink).
      const rec = byId.get(task)![0]!;
      const { written, fields } = relink(lane, task, desired(rec), item);
      const how = 'was found by its marker (--rebuild-links)';
      if (fields.length)
        p.findings.push(
          finding(
            'warning',
            'SYNC_CONFLICT',
            `${task}: ${keptText(lane.t, item.key, fields, how)}`,
            {
              file: rec.file,
            },
          ),
        );
      p.found.push({ tool: lane.tool, task, item, written });
      p.synced.push({ tool: lane.tool, task, action: 'link', key: item.key, url: item.url });
    }
  }
}

/**
 * A run (or a tracker's part of it) that stopped early says which tasks are left for the next
 * run, one warning per reason.
 */
function noteStopped(plan: SyncItem[], p: RunState): void {
  const done = new Set(p.synced.map((x) => intentKey(x.tool, x.task)));
  const left = new Map<string, SyncItem[]>();
  for (const x of plan) {
    const why = p.halted.get(x.tool) ?? p.stopped;
    if (why && !done.has(intentKey(x.tool, x.task))) left.set(why, [...(left.get(why) ?? []), x]);
  }
  const many = new Set(plan.map((x) => x.tool)).size > 1;
  for (const [why, xs] of left) {
    // "3 Jira issue(s) and 2 GitHub issue(s)", each task once per tracker it waits in.
    const byTool = [...new Set(xs.map((x) => x.tool))].map(
      (tool) =>
        `${xs.filter((x) => x.tool === tool).length} ${TOOL_LABEL[tool]} ${TOOL_NOUN[tool]}(s)`,
    );
    const tasks = [...new Set(xs.map((x) => x.task))];
    p.findings.push(
      finding(
        'warning',
        'SYNC_LEFT',
        `stopped (${why}) with ${many ? byTool.join(' and ') : `${tasks.length} task(s)`} left for the next run: ${tasks
          .slice(0, 10)
          .join(', ')}${tasks.length > 10 ? ', …' : ''}`,
      ),
    );
  }
}

/**
 * Removes the intents this run settled: tasks whose keys it recorded, and tasks it holds but never
 * sent a create for (so no other run waits for them). A create whose outcome is unknown, or a dead
 * run's task not yet looked up, keeps its intent until the short lease ends; a task whose look-up
 * is not believable yet gets its old intent back. Best effort: an intent left behind ends with
 * its lease.
 */
function release(lease: Lease, claim: Claim, p: RunState, recorded: boolean): void {
  const done = new Set(recorded ? p.found.map((f) => intentKey(f.tool, f.task)) : []);
  const unstarted = new Set(
    claim.mine.filter(
      (k) => !p.attempted.has(k) && !done.has(k) && !p.unlooked.has(k) && !p.restore.has(k),
    ),
  );
  if (!recorded) for (const f of p.found) unstarted.delete(intentKey(f.tool, f.task));
  if (done.size === 0 && unstarted.size === 0 && p.restore.size === 0) return;
  try {
    lease.release(done, unstarted, p.restore);
  } catch {
    /* the intents end with their lease */
  }
}

/** CANCELLED, saying what the run did before it stopped (SyncFailed adds the findings so far). */
function cancelled(signal: AbortSignal, lanes: Lane[], p: RunState): ExtidsError {
  const made = lanes
    .map(({ tool, t }) => {
      const n = p.synced.filter(
        (x) => x.tool === tool && (x.action === 'create' || x.action === 'adopt'),
      ).length;
      return `${n} ${lanes.length > 1 ? `${t.name} ` : ''}${t.noun}(s)`;
    })
    .join(' and ');
  return new ExtidsError(
    'CANCELLED',
    `sync was ${cancelReason(signal)}: it recorded the ${made} it had made and released the tasks it had not started${p.attempted.size ? `; ${p.attempted.size} create(s) in flight when it stopped may have been made too: they stay held until their lease ends, then the next run looks for them by their markers before it creates anything` : ''}; the next run does the rest`,
  );
}

/**
 * Where sync records: the current branch's upstream, fetched. Refused, with one line, on a
 * branch without an upstream, behind it (the keys would be recorded on stale state) or ahead of
 * it (sync does not push a person's commits). `followUpstream` (a CI workspace, which holds
 * nobody's edits): a checkout that a newer push has overtaken syncs the upstream as it is, and
 * is left as it is (`branch` undefined); `note` says so.
 */
export function syncTarget(
  git: Git,
  o: { followUpstream?: boolean } = {},
): { remote: string; remoteBranch: string; branch?: string; note?: string } {
  const up = git.upstream();
  if (!up)
    throw new ExtidsError(
      'SYNC_REFUSED',
      'the current branch has no upstream to push the numbers to; check out the default branch (or git push -u)',
    );
  git.run(['fetch', '-q', up.remote, up.remoteBranch]);
  const { ahead, behind } = git.aheadBehind('HEAD', `${up.remote}/${up.remoteBranch}`);
  if ((behind > 0 || ahead > 0) && o.followUpstream)
    return {
      remote: up.remote,
      remoteBranch: up.remoteBranch,
      note: `this checkout is not ${up.remote}/${up.remoteBranch}'s tip (a newer push landed); syncing ${up.remote}/${up.remoteBranch} as it is, and leaving the checkout as it is`,
    };
  if (behind > 0)
    throw new ExtidsError(
      'SYNC_REFUSED',
      `${up.branch} is ${behind} commit(s) behind ${up.remote}/${up.remoteBranch}; pull first, so sync records on the current state`,
    );
  // Its commit goes on the upstream's tip; pushing the person's own commits is theirs to do.
  if (ahead > 0)
    throw new ExtidsError(
      'SYNC_REFUSED',
      `${up.branch} has ${ahead} commit(s) that ${up.remote}/${up.remoteBranch} lacks; push them first, so sync records on the state the team shares`,
    );
  return up;
}
