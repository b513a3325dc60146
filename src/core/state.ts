/** Pure helpers over in-memory state: the highest numbers used, unions, maxima. */
import { emptyCounters, type Counters, type ExternalIds, type Mappings } from './schema.js';
import {
  KEYED_EXTERNAL_ID,
  NUMERIC_EXTERNAL_ID,
  parseExternalId,
  TOOLS,
  type ExternalRef,
  type Tool,
} from './ids.js';

/** Keys JSON.parse creates as own properties that would be dangerous anywhere else. */
export const UNSAFE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface State {
  mappings: Mappings;
  counters: Counters;
}

export const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

export interface DuplicateExternalId {
  tool: Tool;
  externalId: string;
  holders: string[];
}

export interface MappingAnalysis {
  /** The internal IDs, in file order. */
  ids: string[];
  /**
   * Every entry is an object of known tools with IDs of their tool's form, and no internal ID is
   * empty or a prototype key: with a 1.0 envelope, the file is valid.
   */
  wellFormed: boolean;
  /** For each tool (and key) the highest number in use. */
  highest: Counters;
  /** External IDs held by more than one task, holders sorted. */
  duplicates: DuplicateExternalId[];
}

/**
 * One pass over the mappings for what diagnosis and allocation need. Built for 100,000 tasks:
 * numbers are grouped per tool and key, and repeats are found with a typed array indexed by
 * number (a Map only when numbers are sparse), instead of hashing every ID string.
 */
export function analyzeMappings(mappings: Mappings): MappingAnalysis {
  const highest = emptyCounters();
  const ids = Object.keys(mappings);
  let wellFormed = true;
  type Group = { tool: Tool; key?: string; nums: number[]; owners: number[] };
  const groups = new Map<string, Group>();
  const odd = new Map<string, number[]>(); // values of no known form, compared as strings
  const plain: Partial<Record<Tool, Group>> = {};
  let last: Group | undefined; // keyed IDs nearly always share one key: skip the lookup
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const entry = mappings[id] as unknown;
    if (id === '' || UNSAFE_KEYS.has(id) || typeof entry !== 'object' || entry === null) {
      wellFormed = false;
      continue;
    }
    if (Array.isArray(entry)) wellFormed = false;
    for (const tool in entry) {
      const v = (entry as Record<string, unknown>)[tool] as string;
      if (typeof v !== 'string') {
        wellFormed = false;
        continue;
      }
      let group: Group | undefined;
      let n = NaN;
      if (tool === 'github' || tool === 'azure_devops') {
        if (NUMERIC_EXTERNAL_ID.test(v)) {
          n = +v;
          if (n > highest[tool]) highest[tool] = n;
          group = plain[tool] ??= { tool, nums: [], owners: [] };
        }
      } else if (tool === 'jira' || tool === 'linear') {
        const dash = v.lastIndexOf('-');
        const key = v.slice(0, dash);
        if (dash > 0 && KEYED_EXTERNAL_ID.test(v)) {
          n = +v.slice(dash + 1);
          const keyed = highest[tool];
          if (!hasOwn(keyed, key) || n > keyed[key]!) keyed[key] = n;
          if (last && last.tool === tool && last.key === key) group = last;
          else {
            const g = `${tool} ${key}`;
            group = groups.get(g);
            if (!group) groups.set(g, (group = { tool, key, nums: [], owners: [] }));
            last = group;
          }
        }
      }
      if (!group) {
        wellFormed = false;
        const k = `${tool}\u0000${v}`;
        const o = odd.get(k);
        if (o) o.push(i);
        else odd.set(k, [i]);
        continue;
      }
      group.nums.push(n);
      group.owners.push(i);
    }
  }
  for (const g of Object.values(plain)) groups.set(g.tool, g);
  const repeats = new Map<string, DuplicateExternalId>();
  const repeat = (tool: Tool, externalId: string, first: number, other: number) => {
    const k = `${tool}\u0000${externalId}`;
    const d = repeats.get(k);
    if (d) d.holders.push(ids[other]!);
    else repeats.set(k, { tool, externalId, holders: [ids[first]!, ids[other]!] });
  };
  for (const { tool, key, nums, owners } of groups.values()) {
    let max = 0;
    for (const n of nums) if (n > max) max = n;
    const name = (n: number) => (key === undefined ? String(n) : `${key}-${n}`);
    if (max <= 8 * nums.length + 4096) {
      const slot = new Int32Array(max + 1); // owner index + 1, or 0
      for (let j = 0; j < nums.length; j++) {
        const n = nums[j]!;
        if (slot[n] === 0) slot[n] = owners[j]! + 1;
        else repeat(tool, name(n), slot[n]! - 1, owners[j]!);
      }
    } else {
      const slot = new Map<number, number>();
      for (let j = 0; j < nums.length; j++) {
        const first = slot.get(nums[j]!);
        if (first === undefined) slot.set(nums[j]!, owners[j]!);
        else repeat(tool, name(nums[j]!), first, owners[j]!);
      }
    }
  }
  for (const [k, owners] of odd)
    if (owners.length > 1) {
      const [tool, externalId] = k.split('\u0000') as [Tool, string];
      for (const o of owners.slice(1)) repeat(tool, externalId, owners[0]!, o);
    }
  const duplicates = [...repeats.values()];
  for (const d of duplicates) d.holders.sort();
  duplicates.sort((a, b) => (a.tool + a.externalId < b.tool + b.externalId ? -1 : 1));
  return { ids, wellFormed, highest, duplicates };
}

/** The counters that the external IDs in use require: for each tool (and key) the highest number. */
export const highestUsed = (mappings: Mappings): Counters => analyzeMappings(mappings).highest;

/** The highest number of each tool (and key) among loose external IDs. */
export function highestOf(refs: ExternalRef[]): Counters {
  const out = emptyCounters();
  for (const { tool, externalId } of refs) {
    const p = parseExternalId(tool, externalId);
    if (!p) continue;
    if (tool === 'jira' || tool === 'linear') {
      const c = out[tool];
      if (!hasOwn(c, p.key!) || c[p.key!]! < p.number) c[p.key!] = p.number;
    } else if (out[tool as 'github' | 'azure_devops'] < p.number)
      out[tool as 'github' | 'azure_devops'] = p.number;
  }
  return out;
}

/** External IDs held by more than one task. */
export const findDuplicateExternalIds = (mappings: Mappings): DuplicateExternalId[] =>
  analyzeMappings(mappings).duplicates;

export function maxCounters(...all: Counters[]): Counters {
  const out = emptyCounters();
  for (const c of all) {
    out.azure_devops = Math.max(out.azure_devops, c.azure_devops);
    out.github = Math.max(out.github, c.github);
    for (const t of ['jira', 'linear'] as const)
      for (const k in c[t]) out[t][k] = Math.max(out[t][k] ?? 0, c[t][k]!);
  }
  return out;
}

export function countersEqual(a: Counters, b: Counters): boolean {
  if (a.azure_devops !== b.azure_devops || a.github !== b.github) return false;
  for (const t of ['jira', 'linear'] as const) {
    const ka = Object.keys(a[t]);
    if (ka.length !== Object.keys(b[t]).length) return false;
    for (const k of ka) if (a[t][k] !== b[t][k]) return false;
  }
  return true;
}

/** Where `counters` is below what `used` requires: a list of [label, has, needs]. */
export function countersBehind(counters: Counters, used: Counters): [string, number, number][] {
  const out: [string, number, number][] = [];
  for (const t of ['azure_devops', 'github'] as const)
    if (counters[t] < used[t]) out.push([t, counters[t], used[t]]);
  for (const t of ['jira', 'linear'] as const)
    for (const k in used[t]) {
      const has = hasOwn(counters[t], k) ? counters[t][k]! : 0;
      if (has < used[t][k]!) out.push([`${t} ${k}`, has, used[t][k]!]);
    }
  return out;
}

export function cloneMappings(m: Mappings): Mappings {
  const out: Mappings = {};
  for (const id in m) out[id] = { ...m[id] };
  return out;
}

export function cloneCounters(c: Counters): Counters {
  const out = emptyCounters();
  out.azure_devops = c.azure_devops;
  out.github = c.github;
  for (const t of ['jira', 'linear'] as const) for (const k in c[t]) out[t][k] = c[t][k]!;
  return out;
}

export function entriesEqual(a: ExternalIds | undefined, b: ExternalIds | undefined): boolean {
  if (!a || !b) return a === b;
  return TOOLS.every((t) => a[t] === b[t]);
}

export function mappingsEqual(a: Mappings, b: Mappings): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((id) => hasOwn(b, id) && entriesEqual(a[id], b[id]));
}

export interface UnionConflict {
  internalId: string;
  tool: Tool;
  kept: string;
  other: string;
  source: string;
}

/**
 * Union of mappings from sources in priority order: an ID/tool pair missing from an earlier
 * source is taken from a later one; where they disagree the earlier wins and the clash is listed.
 */
export function unionMappings(sources: { name: string; mappings: Mappings }[]): {
  mappings: Mappings;
  conflicts: UnionConflict[];
  added: { source: string; count: number }[];
} {
  const mappings: Mappings = {};
  const conflicts: UnionConflict[] = [];
  const added: { source: string; count: number }[] = [];
  sources.forEach(({ name, mappings: m }, i) => {
    let count = 0;
    for (const id in m) {
      const entry = (mappings[id] ??= {});
      for (const t in m[id]) {
        const tool = t as Tool;
        const v = m[id]![tool]!;
        const had = entry[tool];
        if (had === undefined) {
          entry[tool] = v;
          if (i > 0) count++;
        } else if (had !== v)
          conflicts.push({ internalId: id, tool, kept: had, other: v, source: name });
      }
    }
    if (i > 0 && count) added.push({ source: name, count });
  });
  return { mappings, conflicts, added };
}
