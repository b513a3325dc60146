/**
 * Three-way merge of the state files, pure and deterministic: the result does not depend on
 * which side is "ours". Mappings merge by union; counters by maximum; a number either side used
 * is never handed out again. Contradictions are resolved when nothing is lost, reported always,
 * and refused (left to a person) when both sides changed the same existing mapping differently.
 */
import { parseExternalId, TOOLS, type ExternalRef, type Tool } from './ids.js';
import { Ledger } from './ledger.js';
import { renumberDuplicates, type Renumbered } from './renumber.js';
import {
  FORMAT_VERSION,
  type CounterFile,
  type Counters,
  type MappingFile,
  type Mappings,
} from './schema.js';
import type { Seniority } from './seniority.js';
import { hasOwn, highestUsed } from './state.js';

/** How a contradiction between the two sides was settled. */
export type MergeNote =
  /** Only one side changed the ID (a repair renumbered it): its change was taken. */
  | { kind: 'took-change'; task: string; tool: Tool; value: string; was: string }
  /** Both sides gave the task an ID independently: the lower was kept, the other retired. */
  | { kind: 'kept-lower'; task: string; tool: Tool; kept: string; retired: string };

/** Both sides changed the same existing ID differently: a person decides. */
export interface MergeConflict {
  task: string;
  tool: Tool;
  was: string;
  values: [string, string];
}

export interface MergeResult {
  mappings: Mappings;
  counters: Counters;
  notes: MergeNote[];
  renumbered: Renumbered[];
  /** When non-empty the merge must fail. */
  conflicts: MergeConflict[];
}

export interface MergeInput {
  base?: Mappings;
  ours: Mappings;
  theirs: Mappings;
  /** Every counter known on either side (their counter files), so renumbering skips retired numbers. */
  counters: Counters[];
  /** Oldest first: the task created first keeps a contested external ID. */
  seniority: Seniority;
}

const byNumber = (tool: Tool) => (a: string, b: string) => {
  const x = parseExternalId(tool, a);
  const y = parseExternalId(tool, b);
  return (x?.number ?? 0) - (y?.number ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
};

export function mergeState(input: MergeInput): MergeResult {
  const { ours, theirs } = input;
  const base = input.base ?? {};
  const notes: MergeNote[] = [];
  const conflicts: MergeConflict[] = [];
  const retired: ExternalRef[] = [];
  const mappings: Mappings = {};
  const ids = [...new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort();
  for (const id of ids) {
    const a = hasOwn(ours, id) ? ours[id]! : {};
    const b = hasOwn(theirs, id) ? theirs[id]! : {};
    const o = hasOwn(base, id) ? base[id]! : {};
    const entry: Mappings[string] = {};
    for (const tool of TOOLS) {
      const x = a[tool];
      const y = b[tool];
      const was = o[tool];
      if (x === y || y === undefined) {
        if (x !== undefined) entry[tool] = x;
      } else if (x === undefined) entry[tool] = y;
      else if (x === was || y === was) {
        entry[tool] = x === was ? y : x;
        notes.push({ kind: 'took-change', task: id, tool, value: entry[tool]!, was: was! });
      } else if (was !== undefined) {
        conflicts.push({ task: id, tool, was, values: [x, y].sort() as [string, string] });
        entry[tool] = [x, y].sort(byNumber(tool))[0]!;
      } else {
        const [kept, dropped] = [x, y].sort(byNumber(tool)) as [string, string];
        entry[tool] = kept;
        notes.push({ kind: 'kept-lower', task: id, tool, kept, retired: dropped });
      }
      for (const side of [x, y])
        if (side !== undefined && side !== entry[tool]) retired.push({ tool, externalId: side });
    }
    mappings[id] = entry;
  }
  const used = [base, ours, theirs].map(highestUsed);
  const ledger = new Ledger(mappings, Ledger.maxOf([...input.counters, ...used]), { retired });
  const renumbered = renumberDuplicates(ledger, input.seniority);
  return { mappings, counters: ledger.counters, notes, renumbered, conflicts };
}

export const laterStamp = (...stamps: (string | undefined)[]): string =>
  stamps
    .filter((s): s is string => !!s)
    .sort()
    .at(-1) ?? new Date(0).toISOString();

export function mergedFiles(
  r: MergeResult,
  ours: { updated?: string },
  theirs: { updated?: string },
): { mapping: MappingFile; counters: CounterFile } {
  const updated = laterStamp(ours.updated, theirs.updated);
  return {
    mapping: { mappings: r.mappings, updated, version: FORMAT_VERSION },
    counters: { counters: r.counters, updated, version: FORMAT_VERSION },
  };
}
