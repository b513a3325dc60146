/**
 * `extids hook pre-commit`. Runs on every commit, so the path where nothing task-related is
 * staged imports only node built-ins and asks git one question; the core is loaded only when a
 * task or state file is staged.
 */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Git } from '../core/git.js';
import type { Io } from '../doors/io.js';
import type { HookPaths, Prefetch, Staged } from './staged.js';
import { idGuesses } from '../core/id-lines.js';
import {
  CONFIG_FILE,
  DEFAULT_STATE_DIR,
  DEFAULT_TASKS_DIR,
  MAPPING_FILE,
  COUNTERS_FILE,
  LINKS_FILE,
  followTasksDir,
  isMarkdown,
  relPath,
} from '../core/paths.js';
import { oldGate, staleGate } from './gate.js';
import { ensureMergeDriver } from '../doors/clone.js';
import { scriptsThatRunAdvice } from './old-scripts.js';

/**
 * The configured directories, read without the schema (the full check happens if there is work),
 * as paths relative to the root with `/` between names ('.' for the root itself).
 */
export function quickPaths(root: string): HookPaths {
  let stateDir = DEFAULT_STATE_DIR;
  let tasksDir = DEFAULT_TASKS_DIR;
  try {
    const c = JSON.parse(readFileSync(resolve(root, CONFIG_FILE), 'utf8')) as {
      stateDir?: unknown;
      tasksDir?: unknown;
    };
    if (typeof c.stateDir === 'string') stateDir = c.stateDir;
    if (typeof c.tasksDir === 'string') tasksDir = c.tasksDir;
  } catch {
    /* no config, or a broken one: the slow path reports it */
  }
  const rel = (p: string) => relPath(root, p) || '.';
  // A tasks directory that is a link inside the repository: git has its files where it leads.
  const tasks = resolve(root, tasksDir);
  const followed = followTasksDir(root, tasks);
  return {
    root,
    stateDir: rel(resolve(root, stateDir)),
    tasksDir: rel(followed ?? tasks),
    ...(followed === undefined && { tasksOutside: true as const }),
  };
}

/** Staged paths that concern extids: added or modified task files, the state and links files. */
export function stagedRelevant(paths: HookPaths, git: Git, since?: string): Staged {
  const tasks: string[] = [];
  const state: string[] = [];
  const added = new Set<string>();
  const under = (dir: string) => (dir === '.' ? '' : dir + '/');
  const taskPrefix = under(paths.tasksDir);
  const statePrefix = under(paths.stateDir);
  const changed = since ? new Map(git.changedSince(since).map((p) => [p, 'M'])) : git.stagedPaths();
  for (const [p, status] of changed) {
    // A linked folder is said as validate says it (the core's linkedTask): a commit, not a merge.
    if (p.startsWith(taskPrefix) && (isMarkdown(p) || (!since && linkedFolder(paths.root, p)))) {
      tasks.push(p);
      if (status === 'A') added.add(p);
    } else if (
      p.startsWith(statePrefix) &&
      [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE].some((f) => p === statePrefix + f)
    )
      state.push(p);
  }
  return { tasks, state, added };
}

/** `file` (relative to `root`) is a symbolic link to a folder in the work tree. */
function linkedFolder(root: string, file: string): boolean {
  const path = resolve(root, file);
  try {
    return lstatSync(path).isSymbolicLink() && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

export async function hookMain(io: Io): Promise<number> {
  const [, name, ...rest] = io.argv;
  if (name === '--help' || name === '-h' || name === undefined) {
    io.stdout.write(
      "Usage: extids hook pre-commit|post-merge|post-rewrite|post-commit [--root DIR]\n\npre-commit (what .husky/pre-commit runs) gives staged new tasks their external IDs and\nrefuses staged state files that are broken; the commit that concludes a conflicted or\n--squash merge (or a conflicted cherry-pick) also gets the merge of the ID ledger finished. post-merge finishes a merge of the ID ledger\n(renumbered tasks' frontmatter, counters) in the merge commit; post-rewrite does it in each\ncommit a rebase replayed; post-commit in the commit a cherry-pick made.\nEXTIDS_SKIP=1 (or --no-verify) skips them.\n",
    );
    return name === undefined ? 2 : 0;
  }
  if (!['pre-commit', 'post-merge', 'post-rewrite', 'post-commit'].includes(name)) {
    io.stderr.write(
      `extids: unknown hook "${name}" (pre-commit, post-merge, post-rewrite or post-commit)\n`,
    );
    return 2;
  }
  if (io.env.EXTIDS_SKIP === '1') return 0;
  const rootArg = rest.indexOf('--root');
  // git runs hooks at the top of the work tree.
  const root = rootArg !== -1 && rest[rootArg + 1] ? resolve(io.cwd, rest[rootArg + 1]!) : io.cwd;
  const git = new Git(root);
  if (name === 'post-rewrite') {
    const { finishRebase } = await import('./merge-commit.js');
    return finishRebase(io, root);
  }
  if (name === 'post-commit') {
    // Only the commit a cherry-pick made: every other commit passed pre-commit.
    if (concluding(git) !== 'cherry-pick') return 0;
    const paths = quickPaths(root);
    const touched = stagedRelevant(paths, git, 'HEAD^1');
    if (touched.tasks.length === 0 && touched.state.length === 0) return 0;
    const { finishPick } = await import('./merge-commit.js');
    return finishPick(io, paths, git);
  }
  let staged: Staged;
  const paths = quickPaths(root);
  if (name === 'pre-commit' && refuseStaleGate(io, paths)) return 1;
  // A tasks directory linked out of the repository: the one line every door says (config.ts).
  if (name === 'pre-commit' && paths.tasksOutside) {
    const { settingsProblem } = await import('./staged.js');
    const problem = settingsProblem(root);
    if (problem) {
      io.stderr.write(`extids: ${problem}\n`);
      return 2;
    }
  }
  const say = (line: string) => io.stderr.write(`extids: ${line}\n`);
  // post-merge runs on every pull; pre-commit checks below, when Node has work anyway.
  if (name === 'post-merge') checkClone(git, say);
  try {
    // post-merge: only right after a merge commit (not a fast-forward), for what it brought in.
    if (name === 'post-merge' && !git.verify('HEAD^2')) return 0;
    staged = stagedRelevant(paths, git, name === 'post-merge' ? 'HEAD^1' : undefined);
  } catch (err) {
    io.stderr.write(
      `extids: cannot read what is staged in ${root}: ${(err as Error).message.split('\n')[0]}\n`,
    );
    return 2;
  }
  if (staged.tasks.length === 0 && staged.state.length === 0) return 0;
  if (name === 'pre-commit') checkClone(git, say);
  if (name === 'post-merge') {
    const { finishMerge } = await import('./merge-commit.js');
    return finishMerge(io, paths, git);
  }
  // The commit that concludes a conflicted or squash merge, or a conflicted cherry-pick: git
  // runs no post-merge after it.
  if (concluding(git)) {
    const { concludeMerge } = await import('./merge-commit.js');
    const code = await concludeMerge(io, paths, git);
    if (code !== 0) return code;
    staged = stagedRelevant(paths, git);
  }
  const early = prefetch(paths, staged, git);
  sayMissingHooks(io, paths.root);
  const { runStaged } = await import('./staged.js');
  return runStaged(io, paths, staged, git, early);
}

/**
 * What a clone's hooks can fix or must say before their own work: the merge driver registered
 * (doors/clone.ts), and scripts of an earlier extids that run npx where extids is not installed.
 */
function checkClone(git: Git, say: (line: string) => void): void {
  ensureMergeDriver(git, say);
  for (const file of scriptsThatRunAdvice(git.cwd, ['pre-commit', 'post-merge']))
    say(
      `${file} was written by an earlier extids: in a clone where extids is not installed, it runs npx extids repair, which fetches whatever the registry serves; run npx extids init to rewrite it, and commit it`,
    );
}

/**
 * The husky script asks git about the paths the config named when `extids init` wrote it; when
 * the config names others, commits that touch tasks could skip the hook. Such a commit stages the
 * config (that is how it got past the gate), so it is the one refused, with the fix.
 */
function refuseStaleGate(io: Io, paths: HookPaths): boolean {
  const file = '.husky/pre-commit';
  let script: string;
  try {
    script = readFileSync(resolve(paths.root, file), 'utf8');
  } catch {
    return false; // no husky script: the hook was run some other way
  }
  if (oldGate(script, paths))
    io.stderr.write(
      `extids: ${file} was written by an earlier extids and lets a commit of only ${paths.stateDir}/${LINKS_FILE} skip the hook; run \`npx extids init\` to update it, and commit it\n`,
    );
  if (!staleGate(script, paths)) return false;
  io.stderr.write(
    `extids: commit refused: ${file} asks git about other paths than ${CONFIG_FILE} names (tasks in ${paths.tasksDir}, state in ${paths.stateDir}), so commits that touch tasks could skip the hook\n` +
      `  run \`npx extids init\` to update it, then stage ${file} with the config\n`,
  );
  return true;
}

/**
 * A repository set up by an earlier `extids init` has a post-merge hook but no post-rewrite one,
 * so a rebase there leaves its commits unfinished without a word. Said on the commits that
 * touch tasks (the ones that reach here), until `npx extids init` installs it.
 */
function sayMissingHooks(io: Io, root: string): void {
  const has = (hook: string) => existsSync(resolve(root, '.husky', hook));
  if (has('post-merge') && !has('post-rewrite'))
    io.stderr.write(
      'extids: .husky/post-rewrite is missing, so a rebase or pull --rebase leaves the ID ledger of the commits it replays unfinished; run `npx extids init` to install it, and commit it\n',
    );
  if (has('post-merge') && !has('post-commit'))
    io.stderr.write(
      'extids: .husky/post-commit is missing, so a cherry-pick leaves the ID ledger of the commit it makes unfinished; run `npx extids init` to install it, and commit it\n',
    );
}

/**
 * Starts the git reads the hook will need before the core is loaded, so git works while Node
 * compiles: every staged text (state files and tasks), and, for the task files this commit adds
 * (the ones that get IDs), the work tree's files that may be other copies of them, found from a
 * guess of their ids (checked later). A commit that only edits tasks starts no grep.
 */
function prefetch(paths: HookPaths, staged: Staged, git: Git): Prefetch {
  const mapping = `${paths.stateDir}/${MAPPING_FILE}`;
  const counters = `${paths.stateDir}/${COUNTERS_FILE}`;
  const links = `${paths.stateDir}/${LINKS_FILE}`;
  const ids = new Set<string>();
  for (const file of staged.added) {
    try {
      for (const id of idGuesses(readFileSync(resolve(paths.root, file), 'utf8'))) ids.add(id);
    } catch {
      /* deleted in the work tree: the core reads the staged text */
    }
  }
  // The grep first: it reads every task file, and the hook waits for it.
  const copies = {
    ids,
    files: ids.size ? git.idFilesLater('worktree', [...ids], paths.tasksDir) : Promise.resolve([]),
  };
  const early: Prefetch = {
    index: git.showAllLater('index', [mapping, counters, links, ...staged.tasks]),
    copies,
  };
  // Answered or not, nothing unhandled: the hook asks again itself when a read failed.
  early.index.catch(() => {});
  return early;
}

/**
 * What the commit being made (pre-commit) or just made (post-commit) concludes, from the files
 * git keeps in its directory meanwhile: 'merge' (MERGE_HEAD: a merge stopped on a conflict),
 * 'squash' (SQUASH_MSG without MERGE_HEAD: `git merge --squash` being committed), 'cherry-pick'
 * (CHERRY_PICK_HEAD, which git keeps while a cherry-pick commits and through post-commit).
 * undefined for anything else, and during a rebase (its picks set CHERRY_PICK_HEAD too, and
 * post-rewrite finishes them). Tried with git 2.39.
 */
export function concluding(git: Git): 'merge' | 'squash' | 'cherry-pick' | undefined {
  const dir = git.query(['rev-parse', '--absolute-git-dir'])?.trim();
  if (!dir) return undefined;
  const has = (name: string) => existsSync(resolve(dir, name));
  if (has('rebase-merge') || has('rebase-apply')) return undefined;
  if (has('MERGE_HEAD')) return 'merge';
  if (has('SQUASH_MSG')) return 'squash';
  if (has('CHERRY_PICK_HEAD')) return 'cherry-pick';
  return undefined;
}
