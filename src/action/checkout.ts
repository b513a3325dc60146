/**
 * The action and the checkout it is given, as actions/checkout leaves it: one commit deep
 * (`fetch-depth: 1`), on a pull request the detached merge commit of `refs/pull/N/merge`, the
 * remote `origin` with the job's token. Which files a pull request adds, and where a commit of
 * extids' changes goes, are decided here from the event's payload and git's objects.
 */
import { Git, introducedSince } from '../core/index.js';

/** The parts of a `pull_request` event's payload the action reads. */
export interface PullRequestSide {
  ref?: string;
  sha?: string;
  /** null when the fork was deleted. */
  repo?: { full_name?: string } | null;
}
export interface PullRequest {
  number: number;
  head?: PullRequestSide;
  base?: PullRequestSide;
}

/** Fails the step with one line; the action's edge turns it into `core.setFailed`. */
export class StepFailure extends Error {}

const short = (sha: string) => sha.slice(0, 7);

/**
 * The commit to compare the checkout with, and how: the first parent of the merge commit GitHub
 * made (`refs/pull/N/merge`: the base branch as it was merged into), trees against trees; or, on
 * any other checkout of a pull request, where HEAD forked off the payload's base commit.
 */
function comparison(git: Git, pr: PullRequest): { base: string; trees: boolean } | undefined {
  const parents = git.parents('HEAD');
  const head = pr.head?.sha;
  if (parents.length === 2 && (!head || parents[1] === head))
    return { base: parents[0]!, trees: true };
  return pr.base?.sha ? { base: pr.base.sha, trees: false } : undefined;
}

/**
 * The task files a pull request adds, as a predicate over paths relative to `root`: a collision
 * they create is the pull request's doing (an error). The one commit a depth-1 checkout lacks is
 * fetched from `origin` by its sha. Throws StepFailure when git still cannot tell, because a
 * pull request must not pass on a shallow history. A payload without a base adds nothing.
 */
export function pullRequestAdds(root: string, pr: PullRequest): (file: string) => boolean {
  const git = new Git(root);
  if (!git.isRepository())
    throw new StepFailure(
      `could not tell which files pull request #${pr.number} adds: ${root} is not a git repository (actions/checkout downloads an archive when the runner has no git)`,
    );
  const how = comparison(git, pr);
  if (!how) return () => false;
  // A move is not an add (introducedSince): the same rule as the hook's.
  let added = git.verify(how.base) ? introducedSince(root, how.base, how) : undefined;
  if (!added && git.fetchCommit('origin', how.base)) added = introducedSince(root, how.base, how);
  if (!added)
    throw new StepFailure(
      how.trees
        ? `could not tell which files pull request #${pr.number} adds: its base commit ${short(how.base)} is not in the checkout and origin did not give it (no credentials left by \`persist-credentials: false\`?); set \`fetch-depth: 2\` on actions/checkout, which brings it`
        : `could not tell which files pull request #${pr.number} adds: the checkout lacks the history back to where it forked off ${short(how.base)}; set \`fetch-depth: 0\` on actions/checkout`,
    );
  return added;
}

/** Where `commit: true` puts a commit, and why it may not. */
export type CommitTarget =
  | { kind: 'branch'; branch: string }
  | { kind: 'pull-request'; pr: PullRequest; branch: string; head: string }
  | { kind: 'refused'; why: string };

/**
 * The branch a commit of extids' changes lands on: the pushed branch; on a pull request, the
 * pull request's own branch (never the synthetic `refs/pull/N/merge`), unless it lives in a fork
 * this job's token cannot push to.
 */
export function commitTarget(ref: string, pr: PullRequest | undefined): CommitTarget {
  if (pr && /^refs\/pull\//.test(ref)) {
    const head = pr.head?.repo?.full_name;
    const base = pr.base?.repo?.full_name;
    if (!head || head !== base)
      return {
        kind: 'refused',
        why: `pull request #${pr.number} comes from ${head ? `the fork ${head}` : 'a deleted fork'}, which this job's token cannot push to: run \`npx extids\` on its branch and push from there`,
      };
    if (!pr.head?.ref || !pr.head.sha)
      return { kind: 'refused', why: `the event names no branch for pull request #${pr.number}` };
    return { kind: 'pull-request', pr, branch: pr.head.ref, head: pr.head.sha };
  }
  if (ref.startsWith('refs/heads/'))
    return { kind: 'branch', branch: ref.slice('refs/heads/'.length) };
  return {
    kind: 'refused',
    why: `this run is on ${ref || 'no ref'}, not on a branch, so there is no branch to commit to`,
  };
}

const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/**
 * Commits `files` (paths relative to `root` that extids wrote; the others in the workspace stay
 * out) and pushes the commit to `target`'s branch without force. On a pull request the commit goes
 * on top of the branch's head, carrying each file's new content, provided the branch and the merge
 * commit had the same content before extids changed it; otherwise (the base branch changed the
 * file too) it refuses, because the merge's content would drag the base's changes in. Returns the
 * line to log; throws StepFailure with one line when it cannot.
 */
export function commitAndPush(
  root: string,
  target: Exclude<CommitTarget, { kind: 'refused' }>,
  files: string[],
  message: string,
  env: NodeJS.ProcessEnv,
): string {
  const git = new Git(root, env);
  const prefix = git.prefix();
  const dirty = new Set(git.changedPaths(files));
  const mine = files.filter((f) => dirty.has(prefix + f));
  if (mine.length === 0) return 'nothing to commit';
  let sha: string;
  if (target.kind === 'branch') {
    // Only a checkout of the branch itself: a detached HEAD (a pull_request_target job that
    // checked out the pull request's head) would push someone else's commits to the branch.
    const on = git.branch();
    if (on !== target.branch)
      throw new StepFailure(
        `not committing: this run is for ${target.branch}, but the checkout is ${on ? `on ${on}` : `a detached ${short(git.sha('HEAD') ?? '')}`}; commit: true pushes only from a checkout of the branch itself`,
      );
    git.commitPaths(mine, message);
    sha = 'HEAD';
  } else {
    if (!git.fetchCommit('origin', target.head))
      throw new StepFailure(
        `could not fetch ${target.branch} (${short(target.head)}) from origin to commit onto it`,
      );
    const moved = mine.filter(
      (f) => git.blob('HEAD', prefix + f)?.id !== git.blob(target.head, prefix + f)?.id,
    );
    if (moved.length)
      throw new StepFailure(
        `not committing: ${moved.join(', ')} differ between ${target.branch} and its merge with ${target.pr.base?.ref ?? 'the base branch'}; merge ${target.pr.base?.ref ?? 'the base branch'} into ${target.branch}, or run \`npx extids\` on it, and push`,
      );
    const entries = mine.map((f) => ({
      path: prefix + f,
      id: git.hashFile(f),
      mode: git.blob(target.head, prefix + f)?.mode ?? '100644',
    }));
    sha = git.commitOnto(target.head, entries, message, env);
  }
  const pushed = (() => {
    try {
      return git.pushUnlessMoved('origin', `${sha}:refs/heads/${target.branch}`);
    } catch (err) {
      throw new StepFailure(
        `could not push to ${target.branch} (${(err as Error).message}); the job's token needs \`contents: write\``,
      );
    }
  })();
  if (pushed === 'rejected')
    throw new StepFailure(
      `not pushed: ${target.branch} is no longer at the commit this run checked${target.kind === 'pull-request' ? ` (${short(target.head)})` : ''}: someone pushed to it, and the run for that push checks it again`,
    );
  return `pushed ${plural(mine.length, 'file')} to ${target.branch}`;
}
