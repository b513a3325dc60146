/**
 * `extids merge-driver %O %A %B %P`: git's three-way merge for the two state files. Writes only
 * %A. Each file is merged by the same deterministic merge of the whole state, so the mapping and
 * counters results agree however git orders them. Unparsable sides or contradictions that need a
 * person leave git's usual conflict markers and exit 1.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import {
  canonicalJson,
  COUNTERS_FILE,
  DEFAULT_STATE_DIR,
  STATE_FILE,
  emptyCounters,
  gitTopLevel,
  isoStamp,
  loadSettings,
  mergedFiles,
  mergeState,
  parseStateText,
  relPath,
  type Counters,
  type FileKind,
  type Mappings,
  type ParsedStateFile,
  type MappingFile,
  type CounterFile,
} from '../core/index.js';
import type { Io } from './main.js';

interface Args {
  base: string;
  ours: string;
  theirs: string;
  path?: string;
}

const readOr = (p: string): string | undefined => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
};

export async function mergeDriverMain(io: Io, a: Args): Promise<number> {
  const root = gitTopLevel(io.cwd) ?? io.cwd;
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 512 * 1024 * 1024,
      });
    } catch {
      return undefined;
    }
  };
  const say = (s: string) => io.stderr.write(`extids merge-driver: ${s}\n`);
  const now = isoStamp(new Date());
  const kind: FileKind = (a.path ?? '').endsWith(COUNTERS_FILE) ? 'counters' : 'mapping';
  const label = a.path ?? a.ours;
  const parse = (text: string | undefined, name: string) =>
    text === undefined || text.trim() === ''
      ? undefined
      : parseStateText(kind, text, `${label} (${name})`, now);
  const sides = {
    base: parse(readOr(a.base), 'base'),
    ours: parse(readOr(a.ours), 'ours'),
    theirs: parse(readOr(a.theirs), 'theirs'),
  };
  const usable = (p?: ParsedStateFile<MappingFile | CounterFile>) => p?.data !== undefined;
  const conflict = (why: string[]) => {
    for (const w of why) say(w);
    say(
      `left ${label} conflicted for a person; afterwards \`extids repair\` checks and fixes the rest`,
    );
    try {
      execFileSync(
        'git',
        ['merge-file', '-L', 'ours', '-L', 'base', '-L', 'theirs', a.ours, a.base, a.theirs],
        { stdio: 'ignore' },
      );
    } catch {
      /* merge-file exits >0 when it left conflict markers: that is the point */
    }
    return 1;
  };
  for (const [name, p] of Object.entries(sides))
    if (p && !usable(p))
      return conflict([
        `the ${name} side cannot be read: ${p.findings
          .filter((f) => f.severity === 'error')
          .map((f) => f.message)
          .join('; ')}`,
      ]);
  if (!usable(sides.ours) && !usable(sides.theirs))
    return conflict(['neither side has readable content']);

  // The rest of the state, from git: the other file of the pair on each side, and who is older.
  const other = ['MERGE_HEAD', 'CHERRY_PICK_HEAD', 'REBASE_HEAD', 'REVERT_HEAD'].find(
    (h) => git(['rev-parse', '-q', '--verify', h]) !== undefined,
  );
  const baseRev =
    other === 'MERGE_HEAD'
      ? git(['merge-base', 'HEAD', 'MERGE_HEAD'])?.trim()
      : other
        ? `${other}^`
        : undefined;
  let stateRel = DEFAULT_STATE_DIR;
  try {
    stateRel = relPath(root, loadSettings(root).stateDir);
  } catch {
    /* a broken config does not stop a merge */
  }
  const showOther = (k: FileKind, rev: string | undefined) => {
    if (!rev) return undefined;
    const text = git(['show', `${rev}:${stateRel}/${STATE_FILE[k]}`]);
    return text === undefined ? undefined : parseStateText(k, text, k, now).data;
  };
  const m = (p?: ParsedStateFile<MappingFile | CounterFile>) =>
    (p?.data as MappingFile | undefined)?.mappings;
  const c = (p?: ParsedStateFile<MappingFile | CounterFile>) =>
    (p?.data as CounterFile | undefined)?.counters;
  let maps: { base?: Mappings; ours: Mappings; theirs: Mappings };
  let counters: Counters[];
  if (kind === 'mapping') {
    maps = { base: m(sides.base), ours: m(sides.ours) ?? {}, theirs: m(sides.theirs) ?? {} };
    counters = [showOther('counters', 'HEAD'), showOther('counters', other)].map(
      (d) => (d as CounterFile | undefined)?.counters ?? emptyCounters(),
    );
  } else {
    const mp = (rev?: string) => (showOther('mapping', rev) as MappingFile | undefined)?.mappings;
    maps = { base: mp(baseRev), ours: mp('HEAD') ?? {}, theirs: mp(other) ?? {} };
    counters = [c(sides.ours), c(sides.theirs)].map((x) => x ?? emptyCounters());
  }
  const result = mergeState({ ...maps, counters });
  if (result.conflicts.length) return conflict(result.conflicts);
  const files = mergedFiles(result, sides.ours?.data ?? {}, sides.theirs?.data ?? {});
  const text = canonicalJson(kind === 'mapping' ? files.mapping : files.counters);
  writeFileSync(a.ours, text);
  if (kind === 'mapping') for (const n of result.notes) say(n);
  return 0;
}
