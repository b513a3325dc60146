/**
 * `sync`: real GitHub issues for tasks in sync mode, each created exactly once.
 *
 * 1. plan: per task, create (no issue yet), update, close or reopen (the task changed since
 *    extids last wrote its issue), or nothing; a plan with more creates than `maxCreates` is
 *    refused. The plan is data; `dryRun` stops here, before any write request.
 * 2. intents: before the first create, the run records on the remote which tasks it will create
 *    (intents.ts); tasks another live run holds are left to it.
 * 3. creates, one at a time, each sent once. A create whose answer is lost, a 5xx or a time-out
 *    is looked up by its marker on the list endpoint; a task whose earlier run died is looked up
 *    before anything is created. A found issue is adopted, never recreated.
 * 4. updates: an issue edited in GitHub since extids wrote it (its content no longer hashes to
 *    the links file's hash) is reported as SYNC_CONFLICT and left alone.
 * 5. record: the numbers go into the mapping, the links file and the frontmatter, one commit on
 *    the branch, pushed to its upstream; then the intents are cleared.
 * A rate-limit budget that runs out ends the run with what it finished (SYNC_LEFT warnings).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isoStamp } from '../canonical.js';
import { isSyncMode, type Settings } from '../config.js';
import { ExtidsError, finding, type Finding } from '../findings.js';
import { TOOL_LABEL, type Tool } from '../ids.js';
import type { Git } from '../git.js';
import { relPath } from '../paths.js';
import { blockingFindings, readState, transaction } from '../store.js';
import { setExternalIds, taskBody, tasksById, type TaskRecord } from '../tasks.js';
import {
  changedFields,
  contentHash,
  desiredIssue,
  isTerminal,
  taskOfMarker,
  type Desired,
} from '../sync/content.js';
import {
  BudgetExhausted,
  Uncertain,
  type GitHub,
  type Issue,
  type IssueFields,
} from '../sync/github.js';
import { fetchIntents, pushIntents, type Intents } from '../sync/intents.js';
import { LINKS_FILE, readLinks, writeLinks, type GitHubLink, type Links } from '../sync/links.js';
import { countTasks, report, scan, storeOptions, type OpOptions, type Report } from './common.js';

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
  /** Refuse a plan with more creates than this (default 25). */
  maxCreates?: number;
  /** How long this run's intents hold (default 10 minutes). */
  leaseMs?: number;
  rebuildLinks?: boolean;
  /** The tools to sync (default: every tool in sync mode); each must be in sync mode. */
  tools?: Tool[];
  /** One line per step, for a person watching. */
  onStep?: (line: string) => void;
}

const LOOKUP_SLACK_MS = 5 * 60_000;

/**
 * The hashes of one write: what extids sent (a task unchanged since then needs no request) and
 * the issue as GitHub answered (an issue that no longer hashes to it was edited by a person).
 * They differ when GitHub normalises what it stores.
 */
interface Written {
  sent: string;
  seen: string;
}

const wrote = (sent: Desired, answer: Issue): Written => ({
  sent: contentHash(sent),
  seen: contentHash(answer),
});

/** The task is what extids last sent to the linked issue (whatever GitHub made of the text). */
const unchangedSince = (link: GitHubLink, d: Desired): boolean =>
  (link.sent ?? link.hash) === contentHash(d);

interface TaskInfo {
  rec: TaskRecord;
  desired: Desired;
}

export async function sync(s: Settings, o: SyncOptions): Promise<SyncReport> {
  const config = relPath(s.root, s.configFile);
  for (const tool of o.tools ?? [])
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
  const now = o.now ?? (() => new Date());
  const say = o.onStep ?? (() => {});
  const findings: Finding[] = [];
  const synced: Synced[] = [];
  const gh = o.github;
  const run = randomUUID();

  const tasks = ((await scan(s, o)) ?? []).filter((t) => t.hasFrontmatter && t.id !== undefined);
  const state = readState(storeOptions(s, o));
  const blocking = blockingFindings(state);
  if (blocking.length)
    throw new ExtidsError('STATE_INVALID', 'the state files need `extids repair` first', {
      findings: blocking,
    });
  const mappings = state.mapping.data?.mappings ?? {};
  const links = o.rebuildLinks ? (Object.create(null) as Links) : readLinks(s.stateDir);

  const info = new Map<string, TaskInfo>();
  const content = (rec: TaskRecord): Desired => {
    const text = readFileSync(rec.path, 'utf8');
    return desiredIssue(
      gh.repo,
      { id: rec.id!, file: rec.file, title: rec.title, status: rec.status, body: taskBody(text) },
      o.remoteBranch,
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
      if (o.rebuildLinks) continue;
      const wanted = statuses ? statuses.includes(rec.status ?? '') : !isTerminal(rec.status);
      if (!wanted) continue;
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

  const creates = plan.filter((p) => p.action === 'create');
  const max = o.maxCreates ?? 25;
  if (creates.length > max && !o.dryRun)
    throw new ExtidsError(
      'SYNC_REFUSED',
      `the plan creates ${creates.length} GitHub issues, more than --max-creates ${max}; pass --max-creates ${creates.length} to go ahead (or --dry-run to see them)`,
    );
  const result = (): SyncReport => ({
    ...report('sync', findings, {
      dryRun: o.dryRun,
      stats: { mappings: Object.keys(mappings).length, tasks: countTasks(tasks) },
    }),
    plan,
    synced,
    requests: gh.requests,
  });
  if (o.dryRun && !o.rebuildLinks) return result();

  // --rebuild-links: every issue this account created, by marker.
  if (o.rebuildLinks) {
    say('reading the markers of every issue extids created');
    const byTask = await markers(gh);
    for (const [task, issue] of byTask)
      synced.push({ task, action: 'link', number: issue.number, url: issue.url });
    if (!o.dryRun) await record(s, o, tasks, links, byTask, new Map(), now);
    return result();
  }

  const found = new Map<string, Issue>(); // task → its issue (created or adopted)
  const attempted = new Set<string>(); // creates sent: an unanswered one keeps its intent
  let failure: unknown;
  const written = new Map<string, Written>(); // task → what was sent, and what GitHub showed
  let stopped: string | undefined;

  // 2. Intents, then 3. creates.
  if (creates.length) {
    const lease = o.leaseMs ?? 10 * 60_000;
    let mine!: string[];
    let taken!: Map<string, string>; // task → `since` of the dead run's intent
    let expiresAt!: number;
    for (let attempt = 1; ; attempt++) {
      const base = fetchIntents(o.git, o.remote);
      const next: Intents = Object.assign(Object.create(null) as Intents, base.intents);
      // Intents whose numbers reached the branch (a run died before clearing them) are done.
      for (const task of Object.keys(next)) if (mappings[task]?.github) delete next[task];
      mine = [];
      taken = new Map();
      const t = now();
      expiresAt = t.getTime() + lease;
      for (const c of creates) {
        const held = base.intents[c.task];
        if (held && held.run !== run && Date.parse(held.expires) > t.getTime()) {
          findings.push(
            finding(
              'warning',
              'SYNC_LEFT',
              `${c.task}: another sync run holds it until ${held.expires}; it creates the issue`,
              { file: c.file },
            ),
          );
          continue;
        }
        if (held) taken.set(c.task, held.since);
        next[c.task] = {
          run,
          since: isoStamp(t),
          expires: isoStamp(new Date(t.getTime() + lease)),
        };
        mine.push(c.task);
      }
      if (mine.length === 0) break;
      say(`recording the intent to create ${mine.length} issue(s) on ${o.remote}`);
      if (
        pushIntents(o.git, o.remote, base, next, `extids sync: intend ${mine.length}`) === 'pushed'
      )
        break;
      if (attempt >= 8)
        throw new ExtidsError(
          'SYNC_REFUSED',
          `other sync runs keep recording intents on ${o.remote}; try again in a minute`,
        );
      findings.length = 0;
    }
    // A create must be answered (or time out) before the lease ends, or a run taking the task
    // over could create it while this one's request is still on its way.
    const lastSend = expiresAt - gh.timeoutMs - 1000;

    // Tasks whose earlier run died: look their markers up before anything is created.
    if (taken.size) {
      const since = Math.min(...[...taken.values()].map((v) => Date.parse(v))) - LOOKUP_SLACK_MS;
      say(`looking up ${taken.size} issue(s) an earlier run may have created`);
      for (const [task, issue] of await markers(gh, since))
        if (taken.has(task)) found.set(task, issue);
    }

    for (const task of mine) {
      const i = info.get(task)!;
      if (found.has(task)) {
        synced.push({
          task,
          action: 'adopt',
          number: found.get(task)!.number,
          url: found.get(task)!.url,
        });
        continue;
      }
      if (stopped) break;
      if (now().getTime() > lastSend) {
        stopped = "this run's intents are about to expire";
        break;
      }
      attempted.add(task);
      const before = now().getTime();
      try {
        const issue = await gh.create({ title: i.desired.title, body: i.desired.body });
        found.set(task, issue);
        written.set(task, wrote(i.desired, issue));
        synced.push({ task, action: 'create', number: issue.number, url: issue.url });
        if (i.desired.state === 'closed') {
          const closed = await gh.update(issue.number, patchFor(['state'], i.desired));
          found.set(task, closed);
          written.set(task, wrote(i.desired, closed));
        }
        say(`created #${issue.number} for ${task}`);
      } catch (err) {
        if (err instanceof BudgetExhausted) {
          // Refused before it was performed (no budget, or a rate-limited answer): not sent.
          attempted.delete(task);
          stopped = err.message;
          break;
        }
        if (!(err instanceof Uncertain)) {
          // GitHub answered no (a 4xx): nothing was created, so the intent is released.
          attempted.delete(task);
          failure = err; // recorded what exists first, then reported
          break;
        }
        say(`no answer for ${task}'s create (${err.message}); looking for its marker`);
        const hit = (await markers(gh, before - LOOKUP_SLACK_MS)).get(task);
        if (hit) {
          found.set(task, hit);
          synced.push({ task, action: 'adopt', number: hit.number, url: hit.url });
        } else
          findings.push(
            finding(
              'warning',
              'SYNC_LEFT',
              `${task}: GitHub did not answer its create and shows no issue with its marker yet; a run after this one's intent expires looks again, and creates it only if there is none`,
              { file: i.rec.file },
            ),
          );
      }
    }
  }

  // 4. Existing issues: link, update, close, reopen (conflicts are reported, never overwritten).
  for (const p of plan.filter((p) => p.action !== 'create')) {
    if (stopped || failure) break;
    const i = info.get(p.task)!;
    try {
      const current = await gh.get(p.number!);
      const known = links[p.task]?.github;
      const link = known?.number === p.number ? known : undefined; // what extids wrote there
      const mark = taskOfMarker(gh.repo, current.body);
      if (current.isPullRequest || (mark !== undefined && mark !== p.task)) {
        findings.push(
          finding(
            'error',
            'SYNC_CONFLICT',
            `${p.task}: github ${p.number} is ${current.isPullRequest ? 'a pull request' : `the issue of ${mark}`}, not this task's issue; fix the mapping (\`extids sync --rebuild-links\` reads the markers)`,
            { file: p.file },
          ),
        );
        continue;
      }
      const edited = link ? contentHash(current) !== link.hash : mark === undefined;
      const fields =
        link && unchangedSince(link, i.desired) ? [] : changedFields(current, i.desired);
      if (edited && fields.length) {
        findings.push(
          finding(
            'warning',
            'SYNC_CONFLICT',
            `${p.task}: issue #${p.number} was edited in GitHub since extids last wrote it; its ${fields.join(', ')} ${fields.length > 1 ? 'differ' : 'differs'} from the task and ${fields.length > 1 ? 'are' : 'is'} left as they are`,
            { file: p.file },
          ),
        );
        continue;
      }
      let issue = current;
      if (fields.length) {
        issue = await gh.update(p.number!, patchFor(fields, i.desired));
        say(`${stateAction(i.desired, current)} #${p.number} (${p.task}): ${fields.join(', ')}`);
      }
      found.set(p.task, issue);
      written.set(p.task, wrote(i.desired, issue));
      synced.push({
        task: p.task,
        action: fields.length ? stateAction(i.desired, current) : 'link',
        number: issue.number,
        url: issue.url,
      });
    } catch (err) {
      if (err instanceof BudgetExhausted) {
        stopped = err.message;
        break;
      }
      failure = err;
      break;
    }
  }

  if (stopped) {
    const done = new Set(synced.map((x) => x.task));
    const left = plan.filter((p) => !done.has(p.task));
    if (left.length)
      findings.push(
        finding(
          'warning',
          'SYNC_LEFT',
          `stopped (${stopped}) with ${left.length} task(s) left for the next run: ${left
            .slice(0, 10)
            .map((p) => p.task)
            .join(', ')}${left.length > 10 ? ', …' : ''}`,
        ),
      );
  }

  // 5. Record what exists, push it, then clear the intents it settles (and release the tasks
  //    this run never sent a create for, so the next run need not wait for the lease).
  if (found.size) await record(s, o, tasks, links, found, written, now);
  const unsent = new Set(
    creates.map((c) => c.task).filter((t) => !attempted.has(t) && !found.has(t)),
  );
  if (found.size || unsent.size) clearIntents(o, new Set(found.keys()), run, unsent);
  if (failure) throw failure;
  return result();
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

/** Issues this account created (since `sinceMs`, or ever), by the task their marker names. */
async function markers(gh: GitHub, sinceMs?: number): Promise<Map<string, Issue>> {
  const out = new Map<string, Issue>();
  const since = sinceMs === undefined ? undefined : isoStamp(new Date(Math.max(0, sinceMs)));
  for (const issue of await gh.listMine(since)) {
    const task = taskOfMarker(gh.repo, issue.body);
    if (task && !out.has(task)) out.set(task, issue);
  }
  return out;
}

/**
 * Writes the numbers (mapping, links, frontmatter) under the state lock, commits exactly those
 * files and pushes to the upstream; when the push is rejected (someone pushed first), the commit
 * is redone on top of theirs. Then the intents for recorded tasks are cleared.
 */
async function record(
  s: Settings,
  o: SyncOptions,
  tasks: TaskRecord[],
  links: Links,
  found: Map<string, Issue>,
  written: Map<string, Written>,
  now: () => Date,
): Promise<void> {
  const say = o.onStep ?? (() => {});
  const git = o.git;
  const upstream = `${o.remote}/${o.remoteBranch}`;
  const copies = tasksById(tasks);
  for (let attempt = 1; ; attempt++) {
    const files = new Set<string>();
    const stateRel = relPath(s.root, s.stateDir);
    await transaction(storeOptions(s, o), (ledger, tx) => {
      const current = readLinks(s.stateDir);
      for (const [task, issue] of found) {
        if (ledger.get(task)?.github !== String(issue.number))
          ledger.put(task, 'github', String(issue.number));
        const w = written.get(task);
        const link: GitHubLink = {
          id: issue.id,
          number: issue.number,
          url: issue.url,
          hash: w?.seen ?? contentHash(issue),
          ...(w && { sent: w.sent }),
        };
        (current[task] ??= {}).github = link;
        links[task] = current[task]!;
        for (const rec of copies.get(task) ?? []) {
          const text = readFileSync(rec.path, 'utf8');
          const want = { ...(rec.externalIds ?? {}), github: String(issue.number) };
          const next = setExternalIds(text, want, rec.file);
          if (next !== text) {
            tx.writeAfter({ path: rec.path, text: next, task, externalIds: want });
            files.add(rec.file);
          }
        }
      }
      writeLinks(s.stateDir, current, now());
    });
    for (const f of ['external_id_mapping.json', 'external_id_counters.json', LINKS_FILE])
      files.add(`${stateRel}/${f}`);
    const changed = git.changedPaths([...files]);
    if (changed.length === 0) break;
    git.commitPaths(changed, `extids sync: GitHub issues for ${found.size} task(s)`);
    say(`pushing the numbers to ${upstream}`);
    if (git.pushUnlessMoved(o.remote, `HEAD:refs/heads/${o.remoteBranch}`) === 'pushed') break;
    if (attempt >= 5)
      throw new ExtidsError(
        'SYNC_REFUSED',
        `${upstream} keeps moving; the issues exist and the next run records them from their markers`,
      );
    // Someone pushed first: redo the commit on top of theirs (their numbers and ours).
    say(`${upstream} moved on; recording again on top of it`);
    git.run(['reset', '-q', '--hard', 'HEAD~1']);
    git.run(['fetch', '-q', o.remote, o.remoteBranch]);
    try {
      git.run(['rebase', '-q', upstream]);
    } catch (err) {
      git.query(['rebase', '--abort']);
      throw err;
    }
  }
}

/**
 * Removes the intents of tasks whose numbers are now on the branch upstream, and this run's
 * intents for tasks it never sent a create for.
 */
function clearIntents(o: SyncOptions, done: Set<string>, run: string, unsent: Set<string>): void {
  for (let attempt = 1; attempt <= 8; attempt++) {
    const base = fetchIntents(o.git, o.remote);
    const keep: Intents = Object.create(null) as Intents;
    let removed = 0;
    for (const [task, intent] of Object.entries(base.intents))
      if (done.has(task) || (intent.run === run && unsent.has(task))) removed++;
      else keep[task] = intent;
    if (removed === 0) return;
    if (pushIntents(o.git, o.remote, base, keep, `extids sync: ${removed} recorded`) === 'pushed')
      return;
  }
}

/**
 * Where sync records: the current branch's upstream, fetched. Refused, with one line, on a
 * branch without an upstream or behind it (the numbers would be recorded on stale state).
 */
export function syncTarget(git: Git): { remote: string; remoteBranch: string; branch: string } {
  const up = git.upstream();
  if (!up)
    throw new ExtidsError(
      'SYNC_REFUSED',
      'the current branch has no upstream to push the numbers to; check out the default branch (or git push -u)',
    );
  git.run(['fetch', '-q', up.remote, up.remoteBranch]);
  const { behind } = git.aheadBehind('HEAD', `${up.remote}/${up.remoteBranch}`);
  if (behind > 0)
    throw new ExtidsError(
      'SYNC_REFUSED',
      `${up.branch} is ${behind} commit(s) behind ${up.remote}/${up.remoteBranch}; pull first, so sync records on the current state`,
    );
  return up;
}
