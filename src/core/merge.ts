/**
 * Three-way merge of the state files, pure and deterministic: the result does not depend on
 * which side is "ours". Mappings merge by union; counters by maximum; a number either side used
 * is never handed out again. Contradictions are resolved when nothing is lost, reported always,
 * and refused (left to a person) when both sides changed the same existing mapping differently.
 */
import {
  FORMAT_VERSION,
  type CounterFile,
  type Counters,
  type MappingFile,
  type Mappings,
} from './schema.js';
import { parseExternalId, TOOL_LABEL, TOOLS, type Tool } from './ids.js';
import { Ledger } from './ledger.js';
import { findDuplicateExternalIds, hasOwn, highestUsed, maxCounters } from './state.js';
import type { Renumbered } from './repair.js';

export interface MergeResult {
  mappings: Mappings;
  counters: Counters;
  renumbered: Renumbered[];
  /** Sentences describing each contradiction resolved. */
  notes: string[];
  /** Contradictions that need a person; when non-empty the merge must fail. */
  conflicts: string[];
}

const byNumber = (tool: Tool) => (a: string, b: string) => {
  const x = parseExternalId(tool, a);
  const y = parseExternalId(tool, b);
  return (x?.number ?? 0) - (y?.number ?? 0) || (a < b ? -1 : a > b ? 1 : 0);
};

export interface MergeInput {
  base?: Mappings;
  ours: Mappings;
  theirs: Mappings;
  /** Every counter known on either side (their counter files), so renumbering skips retired numbers. */
  counters: Counters[];
  /** Oldest first; the older task keeps a contested external ID. Default: ID order. */
  seniority?: (a: string, b: string) => number;
}

export function mergeState(input: MergeInput): MergeResult {
  const { ours, theirs } = input;
  const base = input.base ?? {};
  const notes: string[] = [];
  const conflicts: string[] = [];
  const retired: Mappings = {};
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
        // Only one side changed it (a repair renumbered it): take the change, retire the old number.
        entry[tool] = x === was ? y : x;
        notes.push(
          `${id}: took ${TOOL_LABEL[tool]} ${entry[tool]} from the side that changed it (was ${was})`,
        );
      } else if (was !== undefined) {
        conflicts.push(
          `${id}: both sides changed ${TOOL_LABEL[tool]} ${was}, to ${[x, y].sort().join(' and ')}`,
        );
        entry[tool] = [x, y].sort(byNumber(tool))[0]!;
      } else {
        // Both sides gave the task an ID independently: keep the lower, retire the other.
        const [keep, drop] = [x, y].sort(byNumber(tool)) as [string, string];
        entry[tool] = keep;
        retired[`${id}#${tool}`] = { [tool]: drop };
        notes.push(
          `${id} got ${TOOL_LABEL[tool]} ${x} and ${y} on the two sides; kept ${keep}, ${drop} stays retired`,
        );
      }
      if (x !== undefined && x !== entry[tool]) retired[`${id}#${tool}#a`] = { [tool]: x };
      if (y !== undefined && y !== entry[tool]) retired[`${id}#${tool}#b`] = { [tool]: y };
    }
    mappings[id] = entry;
  }
  const counters = maxCounters(
    ...input.counters,
    highestUsed(ours),
    highestUsed(theirs),
    highestUsed(base),
    highestUsed(retired),
  );
  const ledger = new Ledger(mappings, counters);
  const renumbered: Renumbered[] = [];
  const order = input.seniority ?? ((p: string, q: string) => (p < q ? -1 : p > q ? 1 : 0));
  for (const d of findDuplicateExternalIds(mappings)) {
    const [keeper, ...others] = [...d.holders].sort(order);
    for (const id of others) {
      const to = ledger.allocate(d.tool, parseExternalId(d.tool, d.externalId)?.key);
      ledger.put(id, d.tool, to);
      renumbered.push({ internalId: id, tool: d.tool, from: d.externalId, to, keptBy: keeper });
      notes.push(
        `renumbered ${id}'s ${TOOL_LABEL[d.tool]} ${d.externalId} → ${to} (${keeper} keeps ${d.externalId}); run \`extids repair\` to update its frontmatter`,
      );
    }
  }
  return { mappings, counters: ledger.counters, renumbered, notes, conflicts };
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
