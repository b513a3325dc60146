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
  stagedMismatches,
  STATE_FILE,
  TOOLS,
  type Assigned,
  type Finding,
  type Git,
  type LedgerFix,
  type ParsedMapping,
  type Settings,
  type StagedPlan,
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
  /** The configured tasks directory is a link that leads out of the repository. */
  tasksOutside?: true;
}

/**
 * Why the settings of `root` cannot be loaded (a tasks directory linked out of the repository:
 * the one line config.ts words for every door), or undefined when they load. Lives here, in the
 * hook's core bundle, so the start-up bundle never pulls the core in.
 */
export function settingsProblem(root: string): string | undefined {
  try {
    loadSettings(root);
    return undefined;
  } catch (err) {
    return (err as Error).message;
  }
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
  'fix it with `npx extids repair`, then stage the files it changed (the state files, and any task file it names) and commit again (or bypass once with git commit --no-verify)';

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
    const mismatched = await ledgerMismatches(s, plan, staged, index, state.mapping, git);
    if (mismatched.findings.length)
      return refuse(io, mismatched.findings, mismatchFix(mismatched.ledger, rel));
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

/**
 * Staged tasks the hook leaves as they are whose IDs the staged mapping contradicts
 * (core `stagedMismatches`); their other copies are looked for in the index, only then.
 */
async function ledgerMismatches(
  s: Settings,
  plan: StagedPlan,
  staged: Staged,
  index: Map<string, string | undefined>,
  mapping: ParsedMapping,
  git: Git,
): Promise<{ findings: Finding[]; ledger: LedgerFix[] }> {
  const tasks = staged.tasks.flatMap((file) => {
    const text = index.get(file);
    return text === undefined || isLink(resolve(s.root, file)) ? [] : [{ file, text }];
  });
  return stagedMismatches(s, plan, tasks, mapping, (ids) => {
    const hits = git.idFiles('index', ids, relPath(s.root, s.tasksDir) || '.');
    for (const [file, text] of git.showAll(
      'index',
      hits.filter((f) => !index.has(f)),
    ))
      index.set(file, text);
    return hits.map((file) => ({ file, text: index.get(file) ?? '' }));
  });
}

/**
 * The fix for a refused mismatch. The mapping file is the ledger: where it holds an ID, that is
 * the one to write (repair does not choose between copies that contradict each other, so the
 * line is named); an ID only the frontmatter names is adopted into the mapping by repair.
 */
function mismatchFix(fixes: LedgerFix[], rel: { mapping: string; counters: string }): string {
  const write = fixes.filter((f) => f.want !== undefined);
  const adopt = [...new Set(fixes.filter((f) => f.want === undefined).map((f) => f.file))];
  const files = [...new Set(fixes.map((f) => f.file))];
  const steps = [
    ...(write.length
      ? [
          `write the mapping's IDs (it is the ledger): ${write.map((f) => `\`${f.tool}: ${f.want}\` under external_ids in ${f.file}${f.line ? ` (line ${f.line})` : ''}`).join('; ')}`,
        ]
      : []),
    ...(adopt.length
      ? [
          `run \`npx extids repair\` (it records the IDs only ${adopt.join(', ')} names in the mapping file)`,
        ]
      : []),
  ];
  const add = [...files, ...(adopt.length ? [rel.mapping, rel.counters] : [])];
  return `${steps.join(', and ')}; then \`git add ${add.join(' ')}\` and commit again`;
}
