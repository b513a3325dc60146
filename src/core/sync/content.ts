/**
 * What a task looks like as a GitHub issue: title, body (the task's markdown, a link to the task
 * file, a hidden marker), open or closed; the marker that identifies the issue of a task; and the
 * hash of what extids last wrote, which tells a person's edit in GitHub from extids's own.
 */
import { createHash } from 'node:crypto';

/** Statuses that close the task's item; the rest keep it open. */
export const TERMINAL_STATUSES = ['completed', 'archived', 'cancelled', 'obsolete'] as const;
const NOT_PLANNED = new Set(['cancelled', 'obsolete']);

export const isTerminal = (status: string | undefined): boolean =>
  status !== undefined && (TERMINAL_STATUSES as readonly string[]).includes(status.toLowerCase());

/**
 * Whether sync creates a tracker item for a task that has none: its status is one of
 * `statuses` (config `sync.statuses`, matched exactly) or, without that list, not terminal.
 * The one rule for sync's plan and for validate's SYNC_PENDING (a task sync would never create
 * is not pending).
 */
export const syncCreates = (status: string | undefined, statuses?: readonly string[]): boolean =>
  statuses ? statuses.includes(status ?? '') : !isTerminal(status);

/**
 * The marker of a task's issue, derived from (repository, tool, task ID): the same task in the
 * same repository always has the same marker, so a run can find what an earlier run created.
 */
export function markerOf(repo: string, taskId: string): string {
  const digest = createHash('sha256')
    .update(`${repo.toLowerCase()}\0github\0${taskId}`)
    .digest('hex')
    .slice(0, 16);
  return `<!-- extids:${digest} task=${taskId} -->`;
}

/** The task ID a body's marker names, if the marker is the one `repo` would write for it. */
export function taskOfMarker(repo: string, body: string): string | undefined {
  const m = /<!-- extids:([0-9a-f]{16}) task=(\S+) -->/.exec(body);
  if (!m) return undefined;
  return markerOf(repo, m[2]!) === m[0] ? m[2] : undefined;
}

export interface Desired {
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | null;
}

export interface TaskContent {
  id: string;
  file: string;
  title?: string;
  status?: string;
  body: string;
}

/**
 * The issue a task should be. `serverUrl` is the web server the repository lives on
 * (https://github.com, or the GitHub Enterprise server the run is on): the task link points there.
 */
export function desiredIssue(
  repo: string,
  t: TaskContent,
  branch: string,
  serverUrl: string,
): Desired {
  const link = `${serverUrl.replace(/\/+$/, '')}/${repo}/blob/${encodeURI(branch)}/${t.file.split('/').map(encodeURIComponent).join('/')}`;
  const closed = isTerminal(t.status);
  return {
    title: t.title?.trim() || t.id,
    body: `${t.body.trimEnd()}\n\n---\nTask file: [${t.file}](${link}) · \`${t.id}\`\n${markerOf(repo, t.id)}\n`,
    state: closed ? 'closed' : 'open',
    stateReason: closed
      ? NOT_PLANNED.has(t.status!.toLowerCase())
        ? 'not_planned'
        : 'completed'
      : null,
  };
}

/** The hash of what an issue shows (title, body, open or closed), as written or as read back. */
export function contentHash(i: { title: string; body: string; state: string }): string {
  return createHash('sha256')
    .update(JSON.stringify([i.title, i.body.replace(/\r\n/g, '\n'), i.state]))
    .digest('hex');
}

/** The fields of `desired` that differ from `current`. */
export function changedFields(
  current: { title: string; body: string; state: string },
  desired: Desired,
): ('title' | 'body' | 'state')[] {
  const out: ('title' | 'body' | 'state')[] = [];
  if (current.title !== desired.title) out.push('title');
  if (current.body.replace(/\r\n/g, '\n') !== desired.body) out.push('body');
  if (current.state !== desired.state) out.push('state');
  return out;
}
