/**
 * Intents to create tracker items, recorded on the git remote before the first create, where
 * every other run (another CI job, a laptop) sees them. They live on a dedicated ref,
 * `refs/extids/intents` (a commit holding intents.json), not on the branch: the branch's history
 * stays the team's, and recording an intent never races with people's pushes. A push is made
 * without force, so when two runs record at once one is rejected, fetches, and sees the other's.
 *
 * An intent is a lease: its run may create the item until `expires`. A run that meets a live
 * intent of another run leaves that task alone; an expired one (its run was killed, or lost its
 * disk with the CI job) is taken over: the new run looks the marker up in the tracker first and
 * adopts what it finds. An intent is removed once the item's number is on the branch upstream.
 */
import type { Git } from '../git.js';

export const INTENTS_REF = 'refs/extids/intents';
const LOCAL_REF = 'refs/extids/fetched-intents';
const FILE = 'intents.json';

export interface Intent {
  /** The run that may create the item. */
  run: string;
  /** When the intent was recorded (ISO): a lookup of the marker starts a little before. */
  since: string;
  /** The end of the lease (ISO). */
  expires: string;
}

export type Intents = Record<string, Intent>;

/** The identity intents are committed with where git has none configured. */
const IDENTITY = { name: 'extids', email: 'extids@users.noreply.github.com' };

export interface IntentsSnapshot {
  /** The remote's commit, the parent of the next push (undefined: the ref does not exist yet). */
  head?: string;
  intents: Intents;
}

/** The intents on the remote now. */
export function fetchIntents(git: Git, remote: string): IntentsSnapshot {
  if (!git.fetchRef(remote, INTENTS_REF, LOCAL_REF))
    return { intents: Object.create(null) as Intents };
  const head = git.run(['rev-parse', LOCAL_REF]).trim();
  const text = git.show(head, FILE);
  let intents = Object.create(null) as Intents;
  try {
    const parsed = JSON.parse(text ?? '{}') as { intents?: Intents };
    if (parsed.intents && typeof parsed.intents === 'object')
      intents = Object.assign(Object.create(null) as Intents, parsed.intents);
  } catch {
    /* a damaged intents file is replaced by the next push; its tasks are looked up by marker */
  }
  return { head, intents };
}

/**
 * Pushes `intents` on top of `base.head`. 'rejected' when another run pushed since `base` was
 * fetched: fetch again, look again.
 */
export function pushIntents(
  git: Git,
  remote: string,
  base: IntentsSnapshot,
  intents: Intents,
  message: string,
): 'pushed' | 'rejected' {
  const sorted = Object.fromEntries(Object.entries(intents).sort(([a], [b]) => (a < b ? -1 : 1)));
  const text = `${JSON.stringify({ intents: sorted, version: '1.0' }, null, 2)}\n`;
  const sha = git.commitFiles({ [FILE]: text }, base.head, message, IDENTITY);
  return git.pushUnlessMoved(remote, `${sha}:${INTENTS_REF}`);
}
