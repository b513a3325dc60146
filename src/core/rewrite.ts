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
import { diagnose } from './diagnose.js';
import { TOOLS } from './ids.js';
import { missingStateFile, parseStateText } from './parse.js';
import { CONFIG_FILE, MAPPING_FILE, relPath, STATE_FILE } from './paths.js';

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
 * nothing to finish. Otherwise each new commit that touches the ledger, and whose state files show
 * what a replay leaves (`mayNeedFix`), is repaired on its own tree, and so is every commit after
 * a fixed one (it holds what was fixed, unfixed). Answers the commit to move HEAD to.
 */
export async function repairRewritten(
  root: string,
  pairs: [was: string, now: string][],
  o: RewriteOptions,
): Promise<RewriteResult> {
  const git = new Git(root, o.env);
  const none: RewriteResult = { tipChanged: [], refixed: [] };
  const parentsOf = git.parentsOf([...new Set(pairs.flat())]);
  const parents = (sha: string) => parentsOf.get(sha) ?? git.parents(sha);
  const same = (a: string[], b: string[]) => a.join(' ') === b.join(' ');
  if (pairs.every(([was, now]) => same(parents(was), parents(now)))) return none;
  const commits = [...new Set(pairs.map(([, now]) => now))];
  const was = new Map(pairs.map(([w, n]) => [n, w]));
  if (commits.some((c, i) => i > 0 && parents(c)[0] !== commits[i - 1]))
    return { ...none, notLinear: true };

  const s = loadSettings(root);
  const state = relPath(root, s.stateDir) || '.';
  const ledger = [CONFIG_FILE, state, relPath(root, s.tasksDir) || '.'];
  // Most rebases replay no commit that touches the ledger: one git call says so.
  if (!git.touchedBetween(parents(commits[0]!)[0], commits.at(-1)!, ledger)) return none;
  let parent = parents(commits[0]!)[0];
  let carried = false; // the commit before was fixed: this one holds what it fixed, unfixed
  let changed: string[] = [];
  const refixed: Refixed[] = [];
  for (const c of commits) {
    const mine = parents(c);
    const own = git.tree(c);
    let tree = own;
    changed = [];
    if (
      carried ||
      mine[0] === undefined ||
      (git.changedBetween(mine[0], c, ledger).length &&
        mayNeedFix(git, c, [was.get(c), mine[0]], state))
    )
      ({ tree, changed } = await fixTree(git, c, ledger, `${state}/${MAPPING_FILE}`, o));
    const now =
      parent !== mine[0] || tree !== own
        ? git.recommit(c, tree, [parent!, ...mine.slice(1)], o.env)
        : c;
    if (now !== c) refixed.push({ was: was.get(c) ?? c, now, changed });
    carried = tree !== own;
    parent = now;
  }
  const from = commits.at(-1)!;
  return parent === from ? none : { tip: parent, from, tipChanged: changed, refixed };
}

/**
 * What a replay can leave behind, asked of the state files alone (a repair reads every task): a
 * counter behind, or an ID the commit holds for a task that differs from what the commit before
 * the rebase, or its new parent, held for it (a renumbering, whose frontmatter is not yet
 * written). A state file that does not parse is left to repair.
 */
function mayNeedFix(git: Git, sha: string, others: (string | undefined)[], state: string): boolean {
  const now = new Date(0).toISOString();
  const read = (rev: string) => {
    const text = (k: 'mapping' | 'counters') => git.show(rev, `${state}/${STATE_FILE[k]}`);
    const [m, c] = [text('mapping'), text('counters')];
    return {
      mapping: m === undefined ? undefined : parseStateText('mapping', m, 'mapping', now),
      counters: c === undefined ? undefined : parseStateText('counters', c, 'counters', now),
    };
  };
  const here = read(sha);
  if (!here.mapping) return false;
  if (!here.mapping.data || (here.counters && !here.counters.data)) return true;
  const findings = diagnose({
    mapping: here.mapping,
    counters: here.counters ?? missingStateFile('counters', 'counters'),
  });
  if (findings.some((f) => f.code === 'COUNTER_BEHIND')) return true;
  const mine = here.mapping.data.mappings;
  return others.some((rev) => {
    const theirs = rev === undefined ? undefined : read(rev).mapping?.data?.mappings;
    return Object.entries(theirs ?? {}).some(([id, ids]) =>
      TOOLS.some((t) => {
        const [a, b] = [ids[t], Object.hasOwn(mine, id) ? mine[id]![t] : undefined];
        return a !== undefined && b !== undefined && a !== b;
      }),
    );
  });
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
