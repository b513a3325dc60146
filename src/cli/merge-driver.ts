/**
 * `extids merge-driver %O %A %B %P`: git's three-way merge for the state files and the links
 * file. Writes only %A. The mapping and the counters are merged by the same deterministic merge
 * of the whole state, so their results agree however git orders them; the links file by its own
 * (links.ts). Unparsable sides or contradictions that need a person leave git's usual conflict
 * markers and exit 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  canonicalJson,
  COUNTERS_FILE,
  DEFAULT_STATE_DIR,
  DEFAULT_TASKS_DIR,
  emptyCounters,
  Git,
  isoStamp,
  LINKS_FILE,
  linksText,
  loadSettings,
  mergeLinks,
  parseLinksText,
  mergedFiles,
  mergeState,
  parseStateText,
  relPath,
  seniorityFromCommits,
  STATE_FILE,
  TOOL_LABEL,
  type CounterFile,
  type Counters,
  type FileKind,
  type Links,
  type MappingFile,
  type Mappings,
  type MergeConflict,
  type MergeNote,
  type ParsedStateFile,
  type Renumbered,
} from '../core/index.js';
import type { Io } from '../doors/io.js';

interface Args {
  base: string;
  ours: string;
  theirs: string;
  path?: string;
}

type Parsed = ParsedStateFile<MappingFile | CounterFile>;

const readOr = (p: string): string | undefined => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
};

/** The three sides git hands the driver, each parsed and labelled; an absent or blank one is undefined. */
function readSides<T>(a: Args, label: string, parse: (text: string, name: string) => T) {
  const side = (path: string, name: string) => {
    const text = readOr(path);
    return text === undefined || text.trim() === '' ? undefined : parse(text, `${label} (${name})`);
  };
  return {
    base: side(a.base, 'base'),
    ours: side(a.ours, 'ours'),
    theirs: side(a.theirs, 'theirs'),
  };
}

/** Refs naming the commit an operation in progress brings in (git runs drivers for all of these). */
const INCOMING = ['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REBASE_HEAD', 'REVERT_HEAD'];

/**
 * The commit being merged in. git's `ort` merge runs drivers before MERGE_HEAD exists, but names
 * the incoming commit in the environment as `GITHEAD_<sha>=<label>`; the sequencer's refs cover
 * cherry-pick, rebase and revert.
 */
function incomingCommit(env: NodeJS.ProcessEnv, git: Git): string | undefined {
  const head = git.query(['rev-parse', 'HEAD'])?.trim();
  const named = Object.keys(env)
    .map((k) => /^GITHEAD_([0-9a-f]{40,64})$/.exec(k)?.[1])
    .find((sha) => sha !== undefined && sha !== head && git.verify(sha));
  return named ?? INCOMING.find((h) => git.verify(h));
}

/**
 * The commit a rebase is replaying now. git names it nowhere a driver can see (no GITHEAD_
 * variable, no REBASE_HEAD until a pick stops), but the sequencer lists it last in its `done`
 * file before it merges. Without it, the counters' merge saw no incoming mapping and fell
 * behind the renumbering the mapping's merge made.
 */
function rebasePick(root: string, git: Git): string | undefined {
  const dir = git.query(['rev-parse', '--git-path', 'rebase-merge'])?.trim();
  if (!dir) return undefined;
  let done: string;
  try {
    done = readFileSync(resolve(root, dir, 'done'), 'utf8');
  } catch {
    return undefined;
  }
  const last = done
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .at(-1);
  const sha = /^(?:p|pick|r|reword|e|edit|s|squash|f|fixup)\s+([0-9a-f]{7,64})\b/.exec(
    last ?? '',
  )?.[1];
  return sha && git.verify(sha) ? sha : undefined;
}

export async function mergeDriverMain(io: Io, a: Args): Promise<number> {
  const root = new Git(io.cwd).topLevel() ?? io.cwd;
  const git = new Git(root);
  const say = (s: string) => io.stderr.write(`extids merge-driver: ${s}\n`);
  const now = isoStamp(new Date());
  const conflict = (
    label: string,
    why: string[],
    after = '`extids repair` checks and fixes the rest',
  ) => {
    for (const w of why) say(w);
    say(`left ${label} conflicted for a person; afterwards ${after}`);
    git.mergeFile(a.ours, a.base, a.theirs);
    return 1;
  };
  if ((a.path ?? '').endsWith(LINKS_FILE)) return mergeLinksFile(a, say, conflict);
  const kind: FileKind = (a.path ?? '').endsWith(COUNTERS_FILE) ? 'counters' : 'mapping';
  const label = a.path ?? a.ours;
  const sides = readSides(a, label, (text, name) => parseStateText(kind, text, name, now));
  const usable = (p?: Parsed) => p?.data !== undefined;
  for (const [name, p] of Object.entries(sides))
    if (p && !usable(p))
      return conflict(label, [
        `the ${name} side cannot be read: ${p.findings
          .filter((f) => f.severity === 'error')
          .map((f) => f.message)
          .join('; ')}`,
      ]);
  if (!usable(sides.ours) && !usable(sides.theirs))
    return conflict(label, ['neither side has readable content']);

  // The rest of the state comes from git: the other file of the pair on each side, and the ages.
  // A replayed commit's base is its parent (as git's %O is); a merge's is the merge base.
  const picked = rebasePick(root, git);
  const incoming = picked ?? incomingCommit(io.env, git);
  const baseRev =
    incoming === undefined
      ? undefined
      : picked === undefined && (incoming === 'MERGE_HEAD' || /^[0-9a-f]+$/.test(incoming))
        ? git.mergeBase('HEAD', incoming)
        : `${incoming}^`;
  let stateRel = DEFAULT_STATE_DIR;
  let tasksRel = DEFAULT_TASKS_DIR;
  try {
    const s = loadSettings(root);
    stateRel = relPath(root, s.stateDir);
    tasksRel = relPath(root, s.tasksDir);
  } catch {
    /* a broken config does not stop a merge */
  }
  const showOther = (k: FileKind, rev: string | undefined) => {
    if (!rev) return undefined;
    const text = git.show(rev, `${stateRel}/${STATE_FILE[k]}`);
    return text === undefined ? undefined : parseStateText(k, text, k, now).data;
  };
  const m = (p?: Parsed) => (p?.data as MappingFile | undefined)?.mappings;
  const c = (p?: Parsed) => (p?.data as CounterFile | undefined)?.counters;
  let maps: { base?: Mappings; ours: Mappings; theirs: Mappings };
  let counters: Counters[];
  if (kind === 'mapping') {
    maps = { base: m(sides.base), ours: m(sides.ours) ?? {}, theirs: m(sides.theirs) ?? {} };
    counters = [showOther('counters', 'HEAD'), showOther('counters', incoming)].map(
      (d) => (d as CounterFile | undefined)?.counters ?? emptyCounters(),
    );
  } else {
    const mp = (rev?: string) => (showOther('mapping', rev) as MappingFile | undefined)?.mappings;
    maps = { base: mp(baseRev), ours: mp('HEAD') ?? {}, theirs: mp(incoming) ?? {} };
    counters = [c(sides.ours), c(sides.theirs)].map((x) => x ?? emptyCounters());
  }
  // The task created first keeps a contested number: ages as the two commits have them.
  const revs = ['HEAD', ...(incoming ? [incoming] : [])];
  const result = mergeState({
    ...maps,
    counters,
    seniority: seniorityFromCommits(root, revs, tasksRel),
  });
  if (result.conflicts.length) return conflict(label, result.conflicts.map(describeConflict));
  const files = mergedFiles(result, sides.ours?.data ?? {}, sides.theirs?.data ?? {});
  writeFileSync(a.ours, canonicalJson(kind === 'mapping' ? files.mapping : files.counters));
  if (kind === 'mapping') {
    for (const n of result.notes) say(describeNote(n));
    const when = finisher(picked !== undefined, io.env);
    for (const r of result.renumbered) say(describeRenumbered(r, hooksOff(io.env), when));
  }
  return 0;
}

/**
 * The links file: each side read as the links file it must be; a link only one side changed
 * takes the change, a link both changed differently is left for the next sync to write again.
 */
function mergeLinksFile(
  a: Args,
  say: (line: string) => void,
  conflict: (label: string, why: string[], after: string) => number,
): number {
  const label = a.path ?? a.ours;
  const { base, ours, theirs } = readSides(a, label, parseLinksText);
  for (const [name, p] of Object.entries({ base, ours, theirs }))
    if (p && p.status !== 'valid')
      return conflict(
        label,
        [`the ${name} side cannot be read: ${p.findings.map((f) => f.message).join('; ')}`],
        '`extids validate` checks it (or `extids sync --rebuild-links` rebuilds it)',
      );
  const empty = { status: 'missing' as const, links: Object.create(null) as Links, findings: [] };
  const merged = mergeLinks(base, ours ?? empty, theirs ?? empty);
  writeFileSync(a.ours, linksText(merged.links, merged.updated));
  for (const { task, tool } of merged.dropped)
    say(
      `${task}: both sides changed its ${TOOL_LABEL[tool]} link differently; left it out, the next \`extids sync\` reads the ${tool === 'github' ? 'issue' : 'item'} and links it again`,
    );
  return 0;
}

const describeConflict = (c: MergeConflict) =>
  `${c.task}: both sides changed ${TOOL_LABEL[c.tool]} ${c.was}, to ${c.values.join(' and ')}`;

const describeNote = (n: MergeNote) =>
  n.kind === 'took-change'
    ? `${n.task}: took ${TOOL_LABEL[n.tool]} ${n.value} from the side that changed it (was ${n.was})`
    : `${n.task} got ${TOOL_LABEL[n.tool]} ${n.kept} and ${n.retired} on the two sides; kept ${n.kept}, ${n.retired} stays retired`;

/** The variable that turns the hooks off in the merge's environment, if one does. */
const hooksOff = (env: NodeJS.ProcessEnv): string | undefined =>
  env.EXTIDS_SKIP === '1' ? 'EXTIDS_SKIP=1' : env.HUSKY === '0' ? 'HUSKY=0' : undefined;

/**
 * Said while git is still merging: the task file has the old number now, and what changes that
 * (the hooks, when the merge is committed, unless the environment turned them off).
 */
const describeRenumbered = (r: Renumbered, off: string | undefined, when: string) =>
  `renumbered ${r.internalId}'s ${TOOL_LABEL[r.tool]} ${r.from} → ${r.to} (${r.keptBy} keeps ${r.from}: it was created first); its task file still says ${r.from}, ` +
  (off
    ? `and ${off} turns the extids hooks off here: after the merge, run npx extids repair and commit`
    : `until ${when}`);

/**
 * Which extids hook finishes the renumbered task's frontmatter, for what git is doing: a rebase
 * (the sequencer's `done` file names the pick: post-rewrite), a merge (git sets
 * GIT_REFLOG_ACTION to "merge …" or "pull …" for the driver: post-merge, or pre-commit when the
 * merge stops or is --squash, which the driver cannot tell apart), else a cherry-pick (post-commit,
 * or pre-commit when it stops on a conflict). Tried with git 2.39.
 */
function finisher(rebase: boolean, env: NodeJS.ProcessEnv): string {
  if (rebase)
    return 'the rebase ends: then the extids post-rewrite hook updates it in each commit the rebase replayed';
  if (/^(merge|pull)\b/.test(env.GIT_REFLOG_ACTION ?? ''))
    return 'the merge is committed: then the extids hook updates it in the merge commit (post-merge amends it; after a conflict or git merge --squash, pre-commit stages it into the commit you make)';
  return 'the cherry-pick is committed: then the extids post-commit hook amends it into the cherry-picked commit (pre-commit stages it if the pick stops on a conflict and you commit)';
}
