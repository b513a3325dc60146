/**
 * `sync`: real GitHub issues for tasks in sync mode, each created exactly once. The command reads
 * as its phases, each a named function an engine can call:
 *
 * - read (committed.ts): the task files and state files of the commit it records onto (the
 *   upstream's tip), through git: a person's uncommitted draft is never published.
 * - plan: per task, create (no issue yet), update, close or reopen (the task changed since extids
 *   last wrote its issue), link, or nothing; a plan with more creates than `maxCreates` is
 *   refused. The plan is data; `dryRun` stops here, before any write request.
 * - lease (intents.ts): before the first create, the run records on the remote which tasks it
 *   will create, as a short lease it renews while it works; tasks another live run holds are left
 *   to it, and the tasks of a run whose lease ended are looked up by marker first.
 * - create, one at a time, each sent once and only while the lease holds. A create whose answer
 *   is lost, a 5xx or a time-out is looked up by its marker; a found issue is adopted.
 * - update: an issue edited in GitHub since extids wrote it is reported as SYNC_CONFLICT.
 * - record (record.ts): one commit on the upstream branch, built without touching the work tree.
 * - release: the intents of recorded tasks and of tasks never started are removed.
 *
 * However the run ends (done, a rate limit, an error, a cancel), it records what it finished and
 * releases what it did not start before it reports; a run that dies holds its tasks only until
 * its short lease ends.
 */
import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { isoStamp } from '../canonical.js';
import { isSyncMode, type Settings } from '../config.js';
import { ExtidsError, finding, type Finding } from '../findings.js';
import { TOOL_LABEL, type Tool } from '../ids.js';
import type { Git } from '../git.js';
import { relPath } from '../paths.js';
import { COUNTERS_FILE, MAPPING_FILE } from '../store.js';
import { taskBody, tasksById, type TaskRecord } from '../tasks.js';
import { invalidTaskId, missingTaskId } from '../diagnose.js';
import { committedState, committedTasks, uncommittedTasks } from '../sync/committed.js';
import {
  changedFields,
  contentHash,
  desiredIssue,
  syncCreates,
  taskOfMarker,
  type Desired,
} from '../sync/content.js';
import {
  BudgetExhausted,
  NotSent,
  Uncertain,
  type GitHub,
  type Issue,
  type IssueFields,
} from '../sync/github.js';
import { holderText, Lease, SEND_MARGIN_MS, type Claim } from '../sync/intents.js';
import { LINKS_FILE, type GitHubLink, type Links } from '../sync/links.js';
import { record, type RecordTarget, type Recorded, type Written } from '../sync/record.js';
import {
  countTasks,
  report,
  storeOptions,
  type Assigned,
  type OpOptions,
  type Report,
} from './common.js';
import type { Change } from '../changes.js';

export type SyncAction = 'create' | 'update' | 'close' | 'reopen' | 'link';

export interface SyncItem {
  task: string;
  file: string;
  action: SyncAction;
  /** The issue, for everything but a create. */
  number?: number;
}

export interface Synced {
  task: string;
  action: SyncAction | 'adopt';
  number: number;
  url: string;
}

export interface SyncReport extends Report {
  plan: SyncItem[];
  synced: Synced[];
  /** Requests sent to GitHub. */
  requests: number;
}

export interface SyncOptions extends OpOptions {
  github: GitHub;
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
  rebuildLinks?: boolean;
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
}

const LOOKUP_SLACK_MS = 5 * 60_000;

const wrote = (sent: Desired, answer: Issue): Written => ({
  sent: contentHash(sent),
  seen: contentHash(answer),
});

/** What a create sends: the title and body, open (a terminal task is closed after). */
const createdHash = (d: Desired): string => contentHash({ ...d, state: 'open' });

/** The task is what extids last sent to the linked issue (whatever GitHub made of the text). */
const unchangedSince = (link: GitHubLink, d: Desired): boolean =>
  (link.sent ?? link.hash) === contentHash(d);

interface TaskInfo {
  rec: TaskRecord;
  desired: Desired;
}

/** What a run has done so far: every phase adds to it, and record and release read it. */
interface RunState {
  findings: Finding[];
  /** What record wrote, and the numbers it handed out: the report's `changes` and `assigned`. */
  changes: Change[];
  assigned: Assigned[];
  synced: Synced[];
  /** task → its issue (created, adopted or updated): what record writes. */
  found: Map<string, Issue>;
  /** task → what was sent, and what GitHub showed. */
  written: Map<string, Written>;
  /** Creates sent whose outcome is unknown until a marker shows: their intents stay. */
  attempted: Set<string>;
  /** Tasks taken over from a dead run whose marker look-up has not finished: intents stay. */
  unlooked: Set<string>;
  /** Why the run stopped early (rate limit, lease, cancel), if it did. */
  stopped?: string;
  /** An error that ended the run: reported after what finished is recorded. */
  failure?: unknown;
}

const cancelReason = (signal: AbortSignal) => `cancelled (${String(signal.reason)})`;

export async function sync(s: Settings, o: SyncOptions): Promise<SyncReport> {
  checkTools(s, o.tools);
  const now = o.now ?? (() => new Date());
  const started = now();
  const say = o.onStep ?? (() => {});
  const gh = o.github;

  // What is committed on the upstream, never the work tree: a person's drafts stay theirs.
  const rev = o.dryRun ? 'HEAD' : `${o.remote}/${o.remoteBranch}`;
  const { tasks: all, texts } = committedTasks(s, o.git, rev);
  const tasks = all.filter((t) => t.hasFrontmatter && t.id !== undefined);
  const state = committedState(s, o.git, rev, started);
  const mappings = state.mapping.data?.mappings ?? {};
  const links = o.rebuildLinks ? (Object.create(null) as Links) : state.links;
  const { plan, info } = planSync(s, o, tasks, texts, mappings, links);

  const creates = plan.filter((x) => x.action === 'create');
  const max = o.maxCreates ?? 25;
  if (creates.length > max && !o.dryRun)
    throw new ExtidsError(
      'SYNC_REFUSED',
      `the plan creates ${creates.length} GitHub issues, more than --max-creates ${max}; pass --max-creates ${creates.length} to go ahead (or --dry-run to see them)`,
    );
  const p: RunState = {
    findings: [...notSynced(s, all), ...uncommittedTasks(s, o.git)],
    changes: [],
    assigned: [],
    synced: [],
    found: new Map(),
    written: new Map(),
    attempted: new Set(),
    unlooked: new Set(),
  };
  // The counts describe the state the run leaves: the mapping it recorded, else the one it read.
  const result = (mappingCount: number): SyncReport => ({
    ...report('sync', p.findings, {
      dryRun: o.dryRun,
      changes: p.changes,
      assigned: p.assigned,
      stats: { mappings: mappingCount, tasks: countTasks(all) },
    }),
    plan,
    synced: p.synced,
    requests: gh.requests,
  });
  if (o.dryRun && !o.rebuildLinks) return result(Object.keys(mappings).length);
  if (!o.dryRun) refuseUncommitted(s, o.git, writesOf(s, plan, tasks, o.rebuildLinks));
  const target: RecordTarget = {
    git: o.git,
    root: s.root,
    stateDir: s.stateDir,
    tasksDir: s.tasksDir,
    exclude: s.exclude,
    remote: o.remote,
    remoteBranch: o.remoteBranch,
    branch: o.branch,
    store: storeOptions(s, o),
    now,
    say,
  };

  // --rebuild-links: every issue in the repository that carries a marker.
  if (o.rebuildLinks) {
    say('reading the markers of every issue extids created');
    for (const [task, issue] of await markers(gh)) {
      p.found.set(task, issue);
      p.synced.push({ task, action: 'link', number: issue.number, url: issue.url });
    }
    if (o.dryRun) return result(Object.keys(mappings).length);
    const done = await record(target, p.found, p.written);
    keep(p, done);
    return result(done.mappings);
  }

  const lease = new Lease({
    git: o.git,
    remote: o.remote,
    run: randomUUID(),
    started,
    leaseMs: o.leaseMs,
    now,
  });
  if (creates.length && !lease.covers(gh.timeoutMs))
    throw new ExtidsError(
      'USAGE',
      `the lease (${lease.ms} ms) must outlast a request's time-out (${gh.timeoutMs} ms) by more than ${SEND_MARGIN_MS} ms, or no create could be sent`,
    );
  let claim: Claim | undefined;
  try {
    if (creates.length) {
      claim = claimTasks(lease, creates, mappings, info, p, say);
      await lookUpTaken(gh, claim, p, say);
      await createItems(gh, lease, claim, info, p, o.signal, say);
    }
    await updateItems(gh, plan, info, links, p, o.signal, say);
  } catch (err) {
    p.failure = err; // what finished is recorded first, then this is reported
  }
  noteStopped(plan, p);

  let mappingCount = Object.keys(mappings).length;
  let recorded = false;
  try {
    if (p.found.size) {
      const done = await record(target, p.found, p.written);
      keep(p, done);
      mappingCount = done.mappings;
    }
    recorded = true;
  } catch (err) {
    p.failure ??= err;
  } finally {
    if (claim) release(lease, claim, p, recorded);
  }
  if (o.signal?.aborted) throw cancelled(o.signal, p);
  if (p.failure) throw p.failure;
  return result(mappingCount);
}

/** What a recording wrote goes into the report, as every command reports its writes. */
function keep(p: RunState, done: Recorded): void {
  p.findings.push(...done.findings);
  p.changes.push(...done.changes);
  p.assigned.push(...done.assigned);
}

/**
 * The files sync does not sync, with the findings validate gives them (one policy): links,
 * unreadable or broken frontmatter, no id, an id that is not a task ID.
 */
function notSynced(s: Settings, all: TaskRecord[]): Finding[] {
  const out: Finding[] = [];
  for (const t of all) {
    if (t.hasFrontmatter && t.id !== undefined && s.idPattern.test(t.id)) continue;
    out.push(...t.findings);
    if (!t.hasFrontmatter) continue;
    if (t.id === undefined) {
      if (!t.findings.some((f) => f.code === 'FRONTMATTER_PARSE_ERROR')) out.push(missingTaskId(t));
    } else out.push(invalidTaskId(t));
  }
  return out;
}

/** Every tool `--tools` names must be in sync mode, and GitHub (the tracker synced) must be. */
function checkTools(s: Settings, tools: Tool[] | undefined): void {
  const config = relPath(s.root, s.configFile);
  for (const tool of tools ?? [])
    if (!isSyncMode(s.tools, tool))
      throw new ExtidsError(
        'USAGE',
        `--tools names ${TOOL_LABEL[tool]}, which is not in sync mode in ${config}${tool === 'github' ? '' : ' (this version syncs GitHub only)'}`,
      );
  if (!isSyncMode(s.tools, 'github'))
    throw new ExtidsError(
      'SYNC_REFUSED',
      `GitHub is not in sync mode in ${config}; set "tools": {"github": {"mode": "sync"}}`,
    );
}

/**
 * The plan: per task (the first copy of twins speaks), create when it has no issue and sync
 * creates one for its status (`syncCreates`), link when the mapping and the links file disagree,
 * update/close/reopen when the task changed since extids last wrote its issue.
 */
function planSync(
  s: Settings,
  o: SyncOptions,
  tasks: TaskRecord[],
  texts: Map<string, string>,
  mappings: Record<string, { github?: string }>,
  links: Links,
): { plan: SyncItem[]; info: Map<string, TaskInfo> } {
  const gh = o.github;
  const info = new Map<string, TaskInfo>();
  const content = (rec: TaskRecord): Desired => {
    const text = texts.get(rec.file) ?? '';
    return desiredIssue(
      gh.repo,
      { id: rec.id!, file: rec.file, title: rec.title, status: rec.status, body: taskBody(text) },
      o.remoteBranch,
      gh.serverUrl,
    );
  };
  const statuses = s.config.sync?.statuses;
  const plan: SyncItem[] = [];
  const seen = new Set<string>();
  for (const rec of tasks) {
    if (!s.idPattern.test(rec.id!) || seen.has(rec.id!)) continue; // twins: the first copy speaks
    seen.add(rec.id!);
    const link = links[rec.id!]?.github;
    // The links file knows the issue even when the mapping lost its number: never a second one.
    const number = Number(
      mappings[rec.id!]?.github ?? rec.externalIds?.github ?? link?.number ?? NaN,
    );
    if (!Number.isInteger(number)) {
      if (o.rebuildLinks || !syncCreates(rec.status, statuses)) continue;
      info.set(rec.id!, { rec, desired: content(rec) });
      plan.push({ task: rec.id!, file: rec.file, action: 'create' });
      continue;
    }
    if (o.rebuildLinks) continue;
    const desired = content(rec);
    const linked = link?.number === number && mappings[rec.id!]?.github === String(number);
    if (linked && unchangedSince(link!, desired)) continue; // nothing to ask GitHub
    info.set(rec.id!, { rec, desired });
    if (!linked) {
      plan.push({ task: rec.id!, file: rec.file, action: 'link', number });
      continue;
    }
    plan.push({ task: rec.id!, file: rec.file, action: stateAction(desired), number });
  }
  return { plan, info };
}

/** The files a run may write (relative to the root): the state files and the planned tasks'. */
function writesOf(s: Settings, plan: SyncItem[], tasks: TaskRecord[], rebuild?: boolean): string[] {
  const state = [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE].map(
    (f) => `${relPath(s.root, s.stateDir)}/${f}`,
  );
  if (rebuild) return [...state, relPath(s.root, s.tasksDir)];
  const copies = tasksById(tasks);
  const numbered = plan.filter((x) => x.action === 'create' || x.action === 'link');
  return [...state, ...numbered.flatMap((x) => (copies.get(x.task) ?? []).map((r) => r.file))];
}

/**
 * sync writes into the checkout only files it records numbers in; it refuses, with one line and
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

/** The lease on the tasks to create; those another live run holds are reported and left to it. */
function claimTasks(
  lease: Lease,
  creates: SyncItem[],
  mappings: Record<string, { github?: string }>,
  info: Map<string, TaskInfo>,
  p: RunState,
  say: (line: string) => void,
): Claim {
  say(`recording the intent to create ${creates.length} issue(s)`);
  const claim = lease.claim(
    creates.map((c) => c.task),
    (task) => mappings[task]?.github !== undefined, // its number reached the branch
    (task) => {
      const d = info.get(task)?.desired;
      return d && createdHash(d);
    },
  );
  for (const c of creates) {
    const held = claim.held.get(c.task);
    if (held)
      p.findings.push(
        finding('warning', 'SYNC_LEFT', `${c.task}: ${holderText(held)}`, { file: c.file }),
      );
  }
  for (const task of claim.taken.keys()) p.unlooked.add(task);
  return claim;
}

/**
 * An item found by its marker: recorded with what its create sent (`sent`: the hash from the
 * intent, or of this run's own create), so the next run compares the task with what extids sent,
 * not with the text GitHub stored, and re-sends nothing unchanged. Unknown: the item as found.
 */
function adopt(p: RunState, task: string, issue: Issue, sent: string | undefined): void {
  p.found.set(task, issue);
  if (sent) p.written.set(task, { sent, seen: contentHash(issue) });
}

/** Tasks taken over from a run whose lease ended: their markers are looked up before any create. */
async function lookUpTaken(
  gh: GitHub,
  claim: Claim,
  p: RunState,
  say: (line: string) => void,
): Promise<void> {
  if (claim.taken.size === 0) return;
  const since = Math.min(...[...claim.taken.values()].map((v) => Date.parse(v))) - LOOKUP_SLACK_MS;
  say(`looking up ${claim.taken.size} issue(s) an earlier run may have created`);
  for (const [task, issue] of await markers(gh, since))
    if (claim.taken.has(task)) adopt(p, task, issue, claim.takenSent.get(task));
  p.unlooked.clear();
}

/** The creates, one at a time, each sent once and only while this run's lease holds. */
async function createItems(
  gh: GitHub,
  lease: Lease,
  claim: Claim,
  info: Map<string, TaskInfo>,
  p: RunState,
  signal: AbortSignal | undefined,
  say: (line: string) => void,
): Promise<void> {
  for (const task of claim.mine) {
    const i = info.get(task)!;
    const adopted = p.found.get(task);
    if (adopted) {
      p.synced.push({ task, action: 'adopt', number: adopted.number, url: adopted.url });
      continue;
    }
    if (signal?.aborted) p.stopped ??= cancelReason(signal);
    if (p.stopped) break;
    p.attempted.add(task);
    const before = Date.now();
    say(`creating the issue for ${task}`);
    try {
      const issue = await gh.create({ title: i.desired.title, body: i.desired.body }, () =>
        lease.ready(task, gh.timeoutMs),
      );
      p.found.set(task, issue);
      // What was sent so far: open. A close cut short by a cancel is sent by the next run.
      p.written.set(task, { sent: createdHash(i.desired), seen: contentHash(issue) });
      p.synced.push({ task, action: 'create', number: issue.number, url: issue.url });
      if (i.desired.state === 'closed') {
        const closed = await gh.update(issue.number, patchFor(['state'], i.desired));
        p.found.set(task, closed);
        p.written.set(task, wrote(i.desired, closed));
      }
    } catch (err) {
      if (err instanceof NotSent || err instanceof BudgetExhausted) {
        p.attempted.delete(task); // refused before it was sent
        if (signal?.aborted) p.stopped = cancelReason(signal);
        else if (err instanceof BudgetExhausted) p.stopped = err.message;
        else if (!lease.tasks.includes(task))
          p.findings.push(
            finding(
              'warning',
              'SYNC_LEFT',
              `${task}: this run's lease on it ended and another run took it over; that run creates the issue`,
              { file: i.rec.file },
            ),
          );
        else p.stopped = 'this run could not renew its lease on the tasks in time';
        continue;
      }
      if (!(err instanceof Uncertain)) {
        p.attempted.delete(task); // GitHub answered no (a 4xx): nothing was created
        throw err;
      }
      if (signal?.aborted) {
        p.stopped = cancelReason(signal); // its marker is looked up by the next run
        continue;
      }
      say(`no answer for ${task}'s create (${err.message}); looking for its marker`);
      const hit = (await markers(gh, before - LOOKUP_SLACK_MS)).get(task);
      if (hit) {
        adopt(p, task, hit, createdHash(i.desired)); // this run sent it
        p.synced.push({ task, action: 'adopt', number: hit.number, url: hit.url });
      } else
        p.findings.push(
          finding(
            'warning',
            'SYNC_LEFT',
            `${task}: GitHub did not answer its create and shows no issue with its marker yet; a run after this one's lease ends looks again, and creates it only if there is none`,
            { file: i.rec.file },
          ),
        );
    }
  }
}

const STEP: Record<SyncAction, string> = {
  create: 'creating',
  update: 'updating',
  close: 'closing',
  reopen: 'reopening',
  link: 'linking',
};

/** Existing issues: link, update, close, reopen (conflicts are reported, never overwritten). */
async function updateItems(
  gh: GitHub,
  plan: SyncItem[],
  info: Map<string, TaskInfo>,
  links: Links,
  p: RunState,
  signal: AbortSignal | undefined,
  say: (line: string) => void,
): Promise<void> {
  for (const item of plan.filter((x) => x.action !== 'create')) {
    if (signal?.aborted) p.stopped ??= cancelReason(signal);
    if (p.stopped) break;
    const i = info.get(item.task)!;
    try {
      const current = await gh.get(item.number!);
      const known = links[item.task]?.github;
      const link = known?.number === item.number ? known : undefined; // what extids wrote there
      const mark = taskOfMarker(gh.repo, current.body);
      if (current.isPullRequest || (mark !== undefined && mark !== item.task)) {
        p.findings.push(
          finding(
            'error',
            'SYNC_CONFLICT',
            `${item.task}: github ${item.number} is ${current.isPullRequest ? 'a pull request' : `the issue of ${mark}`}, not this task's issue; fix the mapping (\`extids sync --rebuild-links\` reads the markers)`,
            { file: item.file },
          ),
        );
        continue;
      }
      const edited = link ? contentHash(current) !== link.hash : mark === undefined;
      const fields =
        link && unchangedSince(link, i.desired) ? [] : changedFields(current, i.desired);
      if (edited && fields.length) {
        p.findings.push(
          finding(
            'warning',
            'SYNC_CONFLICT',
            `${item.task}: issue #${item.number} was edited in GitHub since extids last wrote it; its ${fields.join(', ')} ${fields.length > 1 ? 'differ' : 'differs'} from the task and ${fields.length > 1 ? 'are' : 'is'} left as they are`,
            { file: item.file },
          ),
        );
        continue;
      }
      let issue = current;
      const action = fields.length ? stateAction(i.desired, current) : 'link';
      if (fields.length) {
        say(`${STEP[action]} #${item.number} (${item.task}): ${fields.join(', ')}`);
        issue = await gh.update(item.number!, patchFor(fields, i.desired));
      }
      p.found.set(item.task, issue);
      p.written.set(item.task, wrote(i.desired, issue));
      p.synced.push({ task: item.task, action, number: issue.number, url: issue.url });
    } catch (err) {
      if (err instanceof BudgetExhausted || err instanceof NotSent) {
        p.stopped = signal?.aborted ? cancelReason(signal) : err.message;
        break;
      }
      throw err;
    }
  }
}

/** A run that stopped early says which tasks are left for the next one. */
function noteStopped(plan: SyncItem[], p: RunState): void {
  if (!p.stopped) return;
  const done = new Set(p.synced.map((x) => x.task));
  const left = plan.filter((x) => !done.has(x.task));
  if (left.length)
    p.findings.push(
      finding(
        'warning',
        'SYNC_LEFT',
        `stopped (${p.stopped}) with ${left.length} task(s) left for the next run: ${left
          .slice(0, 10)
          .map((x) => x.task)
          .join(', ')}${left.length > 10 ? ', …' : ''}`,
      ),
    );
}

/**
 * Removes the intents this run settled: tasks whose numbers it recorded, and tasks it holds but
 * never sent a create for (so no other run waits for them). A create whose outcome is unknown,
 * or a dead run's task not yet looked up, keeps its intent until the short lease ends: the next
 * run looks its marker up first. Best effort: an intent left behind ends with its lease.
 */
function release(lease: Lease, claim: Claim, p: RunState, recorded: boolean): void {
  const done = recorded ? new Set(p.found.keys()) : new Set<string>();
  const unstarted = new Set(
    claim.mine.filter((t) => !p.attempted.has(t) && !p.found.has(t) && !p.unlooked.has(t)),
  );
  if (done.size === 0 && unstarted.size === 0) return;
  try {
    lease.release(done, unstarted);
  } catch {
    /* the intents end with their lease */
  }
}

/** CANCELLED, saying what the run did before it stopped; the findings so far go with it. */
function cancelled(signal: AbortSignal, p: RunState): ExtidsError {
  const made = p.synced.filter((x) => x.action === 'create' || x.action === 'adopt').length;
  return new ExtidsError(
    'CANCELLED',
    `sync was ${cancelReason(signal)}: it recorded the ${made} issue(s) it had made and released the tasks it had not started; the next run does the rest`,
    { findings: p.findings },
  );
}

/** The PATCH that brings `fields` of an issue to what the task says. */
function patchFor(fields: string[], d: Desired): IssueFields {
  return {
    ...(fields.includes('title') ? { title: d.title } : {}),
    ...(fields.includes('body') ? { body: d.body } : {}),
    ...(fields.includes('state')
      ? { state: d.state, state_reason: d.state === 'closed' ? d.stateReason : 'reopened' }
      : {}),
  };
}

/** create/update, or close/reopen when the open/closed state is what changes. */
function stateAction(d: Desired, current?: { state: string }): SyncAction {
  if (current && current.state !== d.state) return d.state === 'closed' ? 'close' : 'reopen';
  return 'update';
}

/**
 * Issues updated since `sinceMs` (or ever), by the task their marker names; where two carry one
 * task's marker, the one created first.
 */
async function markers(gh: GitHub, sinceMs?: number): Promise<Map<string, Issue>> {
  const out = new Map<string, Issue>();
  const since = sinceMs === undefined ? undefined : isoStamp(new Date(Math.max(0, sinceMs)));
  for (const issue of await gh.listSince(since)) {
    const task = taskOfMarker(gh.repo, issue.body);
    if (task && !out.has(task)) out.set(task, issue);
  }
  return out;
}

/**
 * Where sync records: the current branch's upstream, fetched. Refused, with one line, on a
 * branch without an upstream, behind it (the numbers would be recorded on stale state) or ahead
 * of it (sync does not push a person's commits). `followUpstream` (a CI workspace, which holds
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
