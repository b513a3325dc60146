/**
 * The hook's work once something task-related is staged: the core decides on the staged texts;
 * this door asks git for them, prints what the core found, and restages exactly what changed
 * (keeping the unstaged part of a partially staged file), in the real index too for `git commit -- PATH`.
 */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  assignStaged,
  checkStagedState,
  ExtidsError,
  isoStamp,
  LINKS_FILE,
  loadSettings,
  migrate,
  planStagedTasks,
  relPath,
  STATE_FILE,
  TOOLS,
  type Assigned,
  type Finding,
  type Git,
  type StagedTask,
} from '../core/index.js';
import { lockFromEnv } from '../doors/env.js';
import type { Io } from '../doors/io.js';
import { formatFinding, noStyle } from '../doors/render.js';

/** The repository root and the configured directories, relative to it. */
export interface HookPaths {
  root: string;
  stateDir: string;
  tasksDir: string;
}

/** Staged paths that concern extids. */
export interface Staged {
  tasks: string[];
  state: string[];
  /** The task files this commit adds (not in HEAD). */
  added: Set<string>;
}

/** Git reads the hook started before the core loaded (pre-commit.ts). */
export interface Prefetch {
  index: Promise<Map<string, string | undefined>>;
  /** Work-tree files whose id lines match one of `ids`. */
  copies: { ids: Set<string>; files: Promise<string[]> };
}

const FIX =
  'fix it with `npx extids repair`, then stage the state files again (or bypass once with git commit --no-verify)';

export async function runStaged(
  io: Io,
  paths: HookPaths,
  staged: Staged,
  git: Git,
  early?: Prefetch,
): Promise<number> {
  const say = (line: string) => io.stderr.write(`extids: ${line}\n`);
  try {
    const s = loadSettings(paths.root);
    const lock = lockFromEnv(io.env, say);
    const now = isoStamp(new Date());
    const dirRel = relPath(s.root, s.stateDir);
    const rel = {
      mapping: `${dirRel}/${STATE_FILE.mapping}`,
      counters: `${dirRel}/${STATE_FILE.counters}`,
      links: `${dirRel}/${LINKS_FILE}`,
    };
    // Every staged text the hook needs, from one git process (started early when it could be).
    const wanted = [rel.mapping, rel.counters, rel.links, ...staged.tasks];
    const index = (await early?.index.catch(() => undefined)) ?? git.showAll('index', wanted);
    const missing = wanted.filter((f) => !index.has(f));
    if (missing.length) for (const [f, t] of git.showAll('index', missing)) index.set(f, t);
    const stagedState = () =>
      checkStagedState(
        s,
        dirRel,
        {
          mapping: index.get(rel.mapping),
          counters: index.get(rel.counters),
          // Checked only when this commit changes it: the hook judges what it commits.
          links: staged.state.includes(rel.links) ? index.get(rel.links) : undefined,
        },
        now,
      );

    // The state files as they will be committed.
    let state = stagedState();
    if (state.errors.length) return refuse(io, state.errors, FIX);
    const unstagedState = unstaged(git, paths.root, index, [rel.mapping, rel.counters]);
    // `git commit -- PATH`: what the hook stages must reach the real index too.
    const real = partialCommit(io.env, paths.root);
    const staging = (files: string[]) => {
      if (real) git.copyEntries(files, real, io.env);
    };
    const otherLedger = real ? git.stagedIn(real, [rel.mapping, rel.counters], io.env) : [];
    if (state.legacy) {
      if (otherLedger.length) return refuse(io, [], onlyRefusal(otherLedger));
      if (unstagedState.length)
        return refuse(
          io,
          [],
          `${unstagedState.join(' and ')} ${unstagedState.length > 1 ? 'are' : 'is'} in an older format and has unstaged changes; stage or stash them so the hook can migrate it`,
        );
      const r = await migrate(s, { lock });
      const migrated = r.changes.filter((c) => c.kind === 'state-written').map((c) => c.file);
      git.add(migrated);
      staging(migrated);
      for (const [file, text] of git.showAll('index', [rel.mapping, rel.counters]))
        index.set(file, text);
      say(
        `migrated ${migrated.join(' and ')} to format 1.0 (originals kept beside them, git-ignored)`,
      );
      state = stagedState();
    }

    // Staged tasks that lack an ID for a configured tool.
    if (staged.tasks.length === 0) return 0;
    if (TOOLS.every((t) => !s.tools[t])) {
      say(
        `no tools are configured in ${relPath(s.root, s.configFile)}, so staged tasks get no external IDs`,
      );
      return 0;
    }
    const tasksRel = relPath(s.root, s.tasksDir);
    const plan = await planStagedTasks(
      s,
      staged.tasks.flatMap((file): StagedTask[] => {
        const text = index.get(file);
        const path = resolve(paths.root, file);
        if (text === undefined) return [];
        // A staged link is a link in the work tree too: its index text is only the target's path.
        if (isLink(path)) return [{ file, path, link: true, index: text, worktree: text }];
        return [
          {
            file,
            path,
            index: text,
            worktree: readFileSync(path, 'utf8'),
            added: staged.added.has(file),
          },
        ];
      }),
      // Candidates from the work tree (fast); what counts is their staged text, read next.
      // Asked only when a staged task needs IDs; the grep started early answers when it looked
      // for every id asked (and in the configured tasks directory).
      async (ids) => {
        const hits =
          early && paths.tasksDir === tasksRel && ids.every((id) => early.copies.ids.has(id))
            ? await early.copies.files
            : git.idFiles('worktree', ids, tasksRel);
        for (const [file, text] of git.showAll(
          'index',
          hits.filter((f) => !index.has(f)),
        ))
          index.set(file, text);
        return hits.map((file) => ({ file, text: index.get(file) ?? '' }));
      },
      // Asked only when a new task shares its id: a task file this commit deletes makes it a move.
      () => {
        const gone = git.stagedDeletions(tasksRel || '.');
        return [...git.showAll('HEAD', gone)].map(([file, text]) => ({ file, text: text ?? '' }));
      },
    );
    for (const f of plan.warnings) say(formatFinding(f, noStyle));
    for (const k of plan.skipped) say(`${formatFinding(k.finding, noStyle)} (not assigned)`);
    if (plan.refusals.length) return refuse(io, plan.refusals, 'give each task its own id');
    if (plan.work.length === 0) return 0;
    if (otherLedger.length) return refuse(io, [], onlyRefusal(otherLedger));
    if (unstagedState.length)
      return refuse(
        io,
        [],
        `${unstagedState.join(' and ')} ${unstagedState.length > 1 ? 'have' : 'has'} unstaged changes; stage or stash them so the hook can add the new IDs without committing them by accident`,
      );

    // The staged state was just parsed; the transaction reuses it if the files on disk are it.
    const result = await assignStaged(s, plan.work, {
      lock,
      parsed: [state.mapping, state.counters],
    });
    for (const f of result.staged) if (!f.wholeFile) git.stageText(f.file, f.text);
    git.add([
      ...result.staged.filter((f) => f.wholeFile).map((f) => f.file),
      rel.counters,
      rel.mapping,
    ]);
    staging([...result.staged.map((f) => f.file), rel.counters, rel.mapping]);
    if (result.assigned.length) say(describe(result.assigned));
    return 0;
  } catch (err) {
    if (err instanceof ExtidsError) {
      if (err.details.findings?.length) return refuse(io, err.details.findings, FIX);
      io.stderr.write(`extids: ${err.message}\n`);
      return 2;
    }
    io.stderr.write(`extids: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return 2;
  }
}

const isLink = (path: string): boolean => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false; // deleted in the work tree: the staged text is what counts
  }
};

/**
 * `git commit -- PATH` (git's --only mode) runs the hook on a temporary index of HEAD plus the
 * paths named (GIT_INDEX_FILE=.git/next-index-*.lock), commits from it, and then makes the real
 * index, which it holds locked as index.lock meanwhile, the index. What the hook stages into the
 * temporary index alone would stay out of the real one: the next `git status` would show a
 * staged revert of the IDs. The real index's lock file, when this is such a commit.
 */
function partialCommit(env: NodeJS.ProcessEnv, root: string): string | undefined {
  const tmp = env.GIT_INDEX_FILE;
  if (!tmp || !/(?:^|[\\/])next-index-[^\\/]*\.lock$/.test(tmp)) return undefined;
  // Both live in the git directory (`git rev-parse --git-path index` answers GIT_INDEX_FILE).
  const lock = join(dirname(resolve(root, tmp)), 'index.lock');
  if (existsSync(lock)) return lock;
  throw new ExtidsError(
    'USAGE',
    'commit refused: `git commit -- PATH` with an index git keeps elsewhere (GIT_INDEX_FILE) leaves the hook no way to stage the new IDs in it; stage the task and run `git commit` without paths',
  );
}

const onlyRefusal = (files: string[]) =>
  `\`git commit -- PATH\` commits only the paths named, but ${files.join(' and ')} ${files.length > 1 ? 'have' : 'has'} other staged changes that the new IDs would be mixed with; commit those first, or stage the task and run \`git commit\` without paths`;

/**
 * Which of `files` have unstaged changes. Equal bytes in the work tree and the index mean none,
 * with no git process; a difference is confirmed by git, whose filters (autocrlf…) may see none.
 */
function unstaged(git: Git, root: string, index: Map<string, string | undefined>, files: string[]) {
  const differ = files.filter((f) => {
    const staged = index.get(f);
    if (staged === undefined) return false; // untracked: not an unstaged change
    try {
      return readFileSync(resolve(root, f), 'utf8') !== staged;
    } catch {
      return true;
    }
  });
  return differ.length ? git.unstagedPaths(differ) : [];
}

/** Up to this many tasks, the hook names each one's IDs; beyond, it summarises. */
const NAMED_TASKS = 30;

/** The hook's one line about what it assigned: every task, or a summary when there are many. */
function describe(assigned: Assigned[]): string {
  const byTask = new Map<string, Assigned[]>();
  for (const a of assigned) byTask.set(a.task, [...(byTask.get(a.task) ?? []), a]);
  const parts = [...byTask].map(
    ([task, as]) => `${task} (${as.map((a) => `${a.tool} ${a.externalId}`).join(', ')})`,
  );
  const head = `assigned ${assigned.length} external ID${assigned.length === 1 ? '' : 's'}`;
  if (byTask.size <= NAMED_TASKS) return `${head}: ${parts.join('; ')}`;
  const perTool = new Map<string, number>();
  for (const a of assigned) perTool.set(a.tool, (perTool.get(a.tool) ?? 0) + 1);
  const counts = [...perTool].map(([tool, n]) => `${tool} ${n}`).join(', ');
  return `${head} to ${byTask.size} tasks (${counts}): ${parts.slice(0, 5).join('; ')}; and ${byTask.size - 5} more tasks: \`git show --stat\` after the commit lists their files, \`npx extids lookup ID\` gives one task's IDs`;
}

function refuse(io: Io, findings: Finding[], fix: string): number {
  const lines = findings.map((f) => `  ${formatFinding(f, noStyle)}`);
  io.stderr.write(
    `extids: commit refused${lines.length ? ':' : ''}\n${lines.join('\n')}${lines.length ? '\n' : ''}  ${fix}\n`,
  );
  return 1;
}
