/**
 * A rebase (or `git pull --rebase`) replays commits one by one. git runs the merge driver on the
 * state files of each, but no hook that could finish the job: a renumbered task's frontmatter,
 * and the counters (which git resolves without the driver when both sides hold the same bytes),
 * stay as they were. And a hook cannot amend between two replays: the sequencer keeps its own
 * index in memory and stops on the next pick. So after the rebase (git's post-rewrite), each
 * replayed commit gets the fix `repair` makes on its own tree, and the commits after it are
 * committed again on top. Only files under the state and tasks directories change.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { repair } from './commands/repair.js';
import { loadSettings } from './config.js';
import { Git } from './git.js';
import type { LockOptions } from './lock.js';
import { CONFIG_FILE, MAPPING_FILE, relPath } from './paths.js';

/** One replayed commit, and the commit that replaces it. */
export interface Refixed {
  was: string;
  now: string;
  /** Files the fix changed in it, relative to the root. */
  changed: string[];
}

export interface RewriteResult {
  /** The new tip, when a commit was fixed (HEAD is still the old one: the door moves it). */
  tip?: string;
  /** The old tip (the rebase's result). */
  from?: string;
  /** Files the fix changed in the tip, to bring the index and the work tree along. */
  tipChanged: string[];
  refixed: Refixed[];
  /** The rewritten commits are not one line of first parents (`rebase --rebase-merges`). */
  notLinear?: boolean;
}

export interface RewriteOptions {
  /** A folder for scratch work trees (removed afterwards). */
  tmp: string;
  /** The environment git runs in (the door's). */
  env: NodeJS.ProcessEnv;
  lock?: LockOptions;
}

/**
 * `pairs`: git's post-rewrite list, old sha → new sha, in the order of the rewrite. A list whose
 * commits all kept their parents (an amend, a reword) replayed nothing onto new work, so there is
 * nothing to finish. Otherwise each new commit that touches the ledger is repaired on its own
 * tree; a commit that does not carries its parent's fix. Answers the commits to move HEAD to.
 */
export async function repairRewritten(
  root: string,
  pairs: [was: string, now: string][],
  o: RewriteOptions,
): Promise<RewriteResult> {
  const git = new Git(root, o.env);
  const none: RewriteResult = { tipChanged: [], refixed: [] };
  const same = (a: string[], b: string[]) => a.join(' ') === b.join(' ');
  if (pairs.every(([was, now]) => same(git.parents(was), git.parents(now)))) return none;
  const commits = [...new Set(pairs.map(([, now]) => now))];
  const was = new Map(pairs.map(([w, n]) => [n, w]));
  if (commits.some((c, i) => i > 0 && git.parents(c)[0] !== commits[i - 1]))
    return { ...none, notLinear: true };

  const s = loadSettings(root);
  const state = relPath(root, s.stateDir) || '.';
  const ledger = [CONFIG_FILE, state, relPath(root, s.tasksDir) || '.'];
  let parent = git.parents(commits[0]!)[0];
  let carried = false; // the commit before was fixed: this one holds what it fixed, unfixed
  let changed: string[] = [];
  const refixed: Refixed[] = [];
  for (const c of commits) {
    const parents = git.parents(c);
    const own = git.tree(c);
    let tree = own;
    changed = [];
    if (carried || parents[0] === undefined || git.changedBetween(parents[0], c, ledger).length)
      ({ tree, changed } = await fixTree(git, c, ledger, `${state}/${MAPPING_FILE}`, o));
    const now =
      parent !== parents[0] || tree !== own
        ? git.recommit(c, tree, [parent!, ...parents.slice(1)], o.env)
        : c;
    if (now !== c) refixed.push({ was: was.get(c) ?? c, now, changed });
    carried = tree !== own;
    parent = now;
  }
  const from = commits.at(-1)!;
  return parent === from ? none : { tip: parent, from, tipChanged: changed, refixed };
}

/** Commit `sha`'s tree after `repair` ran on its ledger files, in a scratch work tree. */
async function fixTree(
  git: Git,
  sha: string,
  ledger: string[],
  mapping: string,
  o: RewriteOptions,
): Promise<{ tree: string; changed: string[] }> {
  const dir = mkdtempSync(join(o.tmp, 'extids-rebase-'));
  try {
    const work = join(dir, 'work');
    const index = join(dir, 'index');
    mkdirSync(work);
    git.checkoutInto(sha, ledger, work, index, o.env);
    // A commit from before the ledger existed has nothing to finish.
    if (git.show(sha, mapping) === undefined) return { tree: git.tree(sha), changed: [] };
    await repair(loadSettings(work), { lock: o.lock });
    return git.treeFrom(work, index, o.env, ledger);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
