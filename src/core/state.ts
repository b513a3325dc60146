/** Pure helpers over in-memory state: the highest numbers used, unions, maxima. */
import { emptyCounters, type Counters, type ExternalIds, type Mappings } from './schema.js';
import { parseExternalId, TOOLS, type Tool } from './ids.js';

export interface State {
  mappings: Mappings;
  counters: Counters;
}

export const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);

/** The counters that the external IDs in use require: for each tool (and key) the highest number. */
export function highestUsed(mappings: Mappings): Counters {
  const c = emptyCounters();
  for (const id in mappings) {
    const entry = mappings[id]!;
    for (const tool in entry) {
      const p = parseExternalId(tool as Tool, entry[tool as Tool]!);
      if (!p) continue;
      if (p.key === undefined) {
        const t = tool as 'github' | 'azure_devops';
        if (p.number > c[t]) c[t] = p.number;
      } else {
        const keyed = c[tool as 'jira' | 'linear'];
        if (!(p.key in keyed) || p.number > keyed[p.key]!) keyed[p.key] = p.number;
      }
    }
  }
  return c;
}

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
