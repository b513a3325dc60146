/**
 * Schema checks of migrated candidates. A single-pass check using the same patterns as the zod
 * schemas answers the common case (a valid file) at close to JSON.parse speed; zod runs only on
 * the parts that fail it, to produce its precise messages. Tests check both agree.
 */
import type * as z from 'zod/mini';
import {
  CounterFileSchema,
  ExternalIdsSchema,
  FORMAT_VERSION,
  MappingFileSchema,
  type CounterFile,
  type MappingFile,
  type Mappings,
} from './schema.js';
import { EXTERNAL_ID_PATTERN, isTool, PROJECT_KEY } from './ids.js';
import { analyzeMappings, type MappingAnalysis } from './state.js';
import type { FileKind } from './migrate.js';

export interface SchemaIssue {
  path: (string | number)[];
  message: string;
  counter: boolean;
}

export type Checked<T> = { ok: true; data: T } | { ok: false; issues: SchemaIssue[] };

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isCount = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

export function isValidEntry(entry: unknown): boolean {
  if (!isObj(entry)) return false;
  for (const tool in entry) {
    const v = entry[tool];
    if (!isTool(tool) || typeof v !== 'string' || !EXTERNAL_ID_PATTERN[tool].test(v)) return false;
  }
  return true;
}

function hasEnvelope(v: Record<string, unknown>, body: string): boolean {
  for (const k in v) if (k !== body && k !== 'updated' && k !== 'version') return false;
  return typeof v.updated === 'string' && v.version === FORMAT_VERSION && isObj(v[body]);
}

/**
 * The one-pass check of a mapping file: its analysis when it is a valid 1.0 file (which the
 * caller keeps, so diagnosis does not walk 100,000 entries again), otherwise undefined.
 */
export function scanMapping(v: unknown): MappingAnalysis | undefined {
  if (!isObj(v) || !hasEnvelope(v, 'mappings')) return undefined;
  const a = analyzeMappings(v.mappings as Mappings);
  return a.wellFormed ? a : undefined;
}

export const fastCheckMapping = (v: unknown): v is MappingFile => scanMapping(v) !== undefined;

export function fastCheckCounters(v: unknown): v is CounterFile {
  if (!isObj(v) || !hasEnvelope(v, 'counters')) return false;
  const c = v.counters as Record<string, unknown>;
  for (const k in c) if (!isTool(k)) return false;
  if (!isCount(c.azure_devops) || !isCount(c.github)) return false;
  for (const t of ['jira', 'linear'] as const) {
    const keyed = c[t];
    if (!isObj(keyed)) return false;
    for (const key in keyed) if (!PROJECT_KEY.test(key) || !isCount(keyed[key])) return false;
  }
  return true;
}

function issuesOf(error: z.core.$ZodError): SchemaIssue[] {
  const seen = new Set<string>();
  // One finding per value: "not an integer" and "beyond 2^53" of the same counter are one problem.
  const first = error.issues.filter(
    (i) => !seen.has(JSON.stringify(i.path)) && seen.add(JSON.stringify(i.path)),
  );
  return first.map((i) => ({
    path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
    message: describeIssue(i),
    counter: i.path[0] === 'counters' && i.code !== 'unrecognized_keys' && i.path.length > 1,
  }));
}

function describeIssue(i: z.core.$ZodIssue): string {
  if (i.code === 'unrecognized_keys')
    return `unknown key(s) ${i.keys.map((k) => `"${k}"`).join(', ')}`;
  if (i.code === 'invalid_type') return `expected ${i.expected}`;
  if (i.code === 'invalid_value')
    return `must be ${i.values.map((v) => JSON.stringify(v)).join(' or ')}`;
  return i.message;
}

export function checkStateFile(kind: 'mapping', v: unknown): Checked<MappingFile>;
export function checkStateFile(kind: 'counters', v: unknown): Checked<CounterFile>;
export function checkStateFile(kind: FileKind, v: unknown): Checked<MappingFile | CounterFile>;
export function checkStateFile(kind: FileKind, v: unknown): Checked<MappingFile | CounterFile> {
  if (kind === 'mapping' ? fastCheckMapping(v) : fastCheckCounters(v))
    return { ok: true, data: v as MappingFile | CounterFile };
  if (kind === 'counters') {
    const r = CounterFileSchema.safeParse(v);
    return r.success ? { ok: true, data: r.data } : { ok: false, issues: issuesOf(r.error) };
  }
  // Check the envelope with an empty body, then each failing entry alone: fast, and the paths stay exact.
  const issues: SchemaIssue[] = [];
  const obj = v as Record<string, unknown>;
  const env = MappingFileSchema.safeParse(
    isObj(v) ? { ...v, mappings: isObj(obj.mappings) ? {} : obj.mappings } : v,
  );
  if (!env.success) issues.push(...issuesOf(env.error));
  if (isObj(v) && isObj(obj.mappings)) {
    const m = obj.mappings;
    for (const id in m) {
      if (id === '')
        issues.push({ path: ['mappings', id], message: 'empty task ID', counter: false });
      if (isValidEntry(m[id])) continue;
      const r = ExternalIdsSchema.safeParse(m[id]);
      if (!r.success)
        for (const i of issuesOf(r.error)) issues.push({ ...i, path: ['mappings', id, ...i.path] });
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, data: v as MappingFile };
}
