/**
 * What a task looks like as a tracker item: title, body (the task's markdown and a link to the
 * task file), open or closed; and the hash of what extids last wrote, which tells a person's edit
 * in the tracker from extids's own.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { editTokens } from './markdown.js';
import { fileUrl, type RepoWeb } from './remote.js';
import { reachedState, type ItemContent, type StateCategory, type TargetState } from './tracker.js';

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

export interface Desired {
  /** What the item should say, before the tracker renders it (`Tracker.render`). */
  content: ItemContent;
  /** Open, or closed as done or as dropped. */
  target: TargetState;
}

export interface TaskContent {
  id: string;
  file: string;
  title?: string;
  status?: string;
  body: string;
}

/**
 * The item a task should be, in every tracker: its title, its markdown with a line that names the
 * task file (a link to its page on `web`, where the repository's host is known: GitHub, GitLab,
 * Bitbucket, Azure Repos) and its state: `todo` while the task is open, `done` when it is
 * finished, `removed` when it was cancelled or made obsolete.
 */
export function desiredItem(t: TaskContent, branch: string, web: RepoWeb | undefined): Desired {
  const file = web ? `[${t.file}](${fileUrl(web, branch, t.file)})` : `\`${t.file}\``;
  const body = web ? absoluteLinks(t.body, t.file, (path) => fileUrl(web, branch, path)) : t.body;
  const closed = isTerminal(t.status);
  return {
    content: {
      title: t.title?.trim() || t.id,
      body: `${body.trimEnd()}\n\n---\nTask file: ${file} · \`${t.id}\`\n`,
    },
    target: closed ? (NOT_PLANNED.has(t.status!.toLowerCase()) ? 'removed' : 'done') : 'todo',
  };
}

/**
 * `markdown` (the body of the task file `file`) with each relative link and image (inline, and
 * reference definitions) pointing at `urlOf` of the repository path it names, as GitHub shows
 * them in the repository; in a tracker a relative link leads nowhere. Absolute URLs, `#anchors`
 * and paths that leave the repository are left as they are, and so is everything else.
 */
export function absoluteLinks(
  markdown: string,
  file: string,
  urlOf: (path: string) => string,
): string {
  const absolute = (href: string): string | undefined => {
    if (!href || /^([a-z][\w+.-]*:|#|\/\/)/i.test(href)) return undefined;
    const [path = '', fragment] = href.split(/#(.*)/s, 2);
    let decoded: string;
    try {
      decoded = decodeURI(path);
    } catch {
      return undefined;
    }
    const inRepo = posix.normalize(
      decoded.startsWith('/') ? decoded.slice(1) : posix.join(posix.dirname(file), decoded),
    );
    if (inRepo === '..' || inRepo.startsWith('../') || inRepo === '.') return undefined;
    return urlOf(inRepo.replace(/\/$/, '')) + (fragment !== undefined ? `#${fragment}` : '');
  };
  return editTokens(markdown, (t) => {
    if (t.type !== 'link' && t.type !== 'image' && t.type !== 'def') return undefined;
    const { href } = t as { href: string };
    const url = absolute(href);
    // Where the href is written as marked read it; else (escapes, <…>) the link is left.
    return url !== undefined && t.raw.includes(href) ? t.raw.replace(href, url) : undefined;
  });
}

const openOrClosed = (s: StateCategory | TargetState) =>
  s === 'done' || s === 'removed' ? 'closed' : 'open';

/**
 * The hash of what an item shows (title, body, open or closed), as written or as read back: the
 * links file keeps both, and a hash that moved tells a person's edit from extids's own.
 */
export function contentHash(i: {
  title: string;
  body: string;
  state: StateCategory | TargetState;
}): string {
  return createHash('sha256')
    .update(JSON.stringify([i.title, i.body.replace(/\r\n/g, '\n'), openOrClosed(i.state)]))
    .digest('hex');
}

/** Each field's hash (`fieldHashes`): title, body, and open or closed. */
export interface FieldHashes {
  title: string;
  body: string;
  state: 'open' | 'closed';
}

/**
 * The hash of each field an item shows, as written or as read back: the links file keeps them, so
 * a field a person edited in the tracker is told from the others, which go on being synced.
 */
export function fieldHashes(i: {
  title: string;
  body: string;
  state: StateCategory | TargetState;
}): FieldHashes {
  const h = (v: string) => createHash('sha256').update(v).digest('hex').slice(0, 16);
  return {
    title: h(i.title),
    body: h(i.body.replace(/\r\n/g, '\n')),
    state: openOrClosed(i.state),
  };
}

/** The fields of the rendered `want` (in state `target`) that differ from `current`. */
export function changedFields(
  current: { title: string; body: string; state: StateCategory },
  want: ItemContent,
  target: TargetState,
): ('title' | 'body' | 'state')[] {
  const out: ('title' | 'body' | 'state')[] = [];
  if (current.title !== want.title) out.push('title');
  if (current.body.replace(/\r\n/g, '\n') !== want.body) out.push('body');
  if (!reachedState(current.state, target)) out.push('state');
  return out;
}
