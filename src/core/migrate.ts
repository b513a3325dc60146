/**
 * Migrations from every older shape to format 1.0. Pure and idempotent: a 1.0 file yields no
 * steps and is returned as is. Steps are sentences a person reads in `migrate --dry-run`.
 */
import { FORMAT_VERSION } from './schema.js';
import { isTool, KEYED_TOOLS, normalizeToolName, TOOLS, type Tool } from './ids.js';

export type FileKind = 'mapping' | 'counters';

export interface Migrated {
  /** The 1.0-shaped candidate (not yet validated). */
  value: unknown;
  steps: string[];
  /** True when the file had the {version, updated, …} envelope (line lookups need to know). */
  enveloped: boolean;
  /** Set when the file declares a version newer than this extids knows. */
  unsupported?: string;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Compares "1.0" style versions; returns <0, 0, >0, or undefined when unreadable. */
export function compareVersion(v: unknown): number | undefined {
  const s = typeof v === 'number' ? v.toFixed(1) : v;
  if (typeof s !== 'string') return undefined;
  const m = /^(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(s.trim());
  if (!m) return undefined;
  const major = Number(m[1]);
  const minor = Number(m[2] ?? 0);
  return major !== 1 ? major - 1 : minor;
}

function migrateEnvelope(
  json: Record<string, unknown>,
  bodyKey: 'mappings' | 'counters',
  now: string,
  steps: string[],
): { body: unknown; unsupported?: string } {
  const version = json.version;
  const cmp = compareVersion(version);
  if (version === undefined) steps.push(`set version ${FORMAT_VERSION} (the file had none)`);
  else if (cmp === undefined) {
    // Leave it for the schema to report: we cannot tell what it is.
  } else if (cmp > 0) return { body: json[bodyKey], unsupported: String(version) };
  else if (cmp < 0 || version !== FORMAT_VERSION)
    steps.push(`set version ${FORMAT_VERSION} (was ${JSON.stringify(version)})`);
  if (json.updated === undefined) steps.push(`set updated to ${now} (the file had none)`);
  return { body: json[bodyKey] };
}

function envelope(
  json: Record<string, unknown>,
  bodyKey: string,
  body: unknown,
  now: string,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...json };
  out[bodyKey] = body;
  if (out.updated === undefined) out.updated = now;
  const cmp = compareVersion(out.version);
  if (out.version === undefined || (cmp !== undefined && cmp <= 0)) out.version = FORMAT_VERSION;
  return out;
}

export const migrateMapping = (json: unknown, now: string): Migrated =>
  migrateFile(json, now, 'mappings', migrateMappingEntries);

export const migrateCounters = (json: unknown, now: string): Migrated =>
  migrateFile(json, now, 'counters', migrateCounterBody);

/** The envelope (or its absence), then the body, for either state file. */
function migrateFile(
  json: unknown,
  now: string,
  bodyKey: 'mappings' | 'counters',
  migrateBody: (body: unknown) => { value: unknown; notes: string[] },
): Migrated {
  const steps: string[] = [];
  if (!isPlainObject(json)) return { value: json, steps, enveloped: false };
  const enveloped = bodyKey in json || 'version' in json || 'updated' in json;
  let body: unknown;
  if (enveloped) {
    const r = migrateEnvelope(json, bodyKey, now, steps);
    if (r.unsupported) return { value: json, steps: [], enveloped, unsupported: r.unsupported };
    body = r.body;
  } else {
    body = json;
    const noun = bodyKey === 'mappings' ? 'mapping' : 'counters';
    steps.push(`wrapped the bare ${noun} object in the ${FORMAT_VERSION} envelope`);
  }
  const { value, notes } = migrateBody(body);
  steps.push(...notes);
  return {
    value: enveloped
      ? envelope(json, bodyKey, value, now)
      : { [bodyKey]: value, updated: now, version: FORMAT_VERSION },
    steps,
    enveloped,
  };
}

function migrateMappingEntries(body: unknown): { value: unknown; notes: string[] } {
  if (!isPlainObject(body)) return { value: body, notes: [] };
  let changed = false;
  const numeric = new Set<string>();
  const lower: string[] = [];
  const renamed = new Map<string, Tool>();
  const dropped = new Map<string, number>();
  const out: Record<string, unknown> = {};
  for (const [id, entry] of Object.entries(body)) {
    if (!isPlainObject(entry) || isCanonicalEntry(entry)) {
      out[id] = entry;
      continue;
    }
    changed = true;
    const fixed: Record<string, unknown> = {};
    for (const [rawTool, raw] of Object.entries(entry)) {
      const tool = normalizeToolName(rawTool);
      if (!tool) {
        dropped.set(rawTool, (dropped.get(rawTool) ?? 0) + 1);
        continue;
      }
      if (tool !== rawTool) renamed.set(rawTool, tool);
      let v = raw;
      if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0 && !isKeyed(tool)) {
        v = String(v);
        numeric.add(tool);
      } else if (typeof v === 'string' && isKeyed(tool) && /^[a-z][a-z0-9_]*-\d+$/i.test(v)) {
        const up = v.toUpperCase();
        if (up !== v) lower.push(`${v} → ${up}`);
        v = up;
      }
      fixed[tool] = v;
    }
    out[id] = fixed;
  }
  if (!changed) return { value: body, notes: [] };
  const notes: string[] = [];
  if (numeric.size)
    notes.push(`turned numeric ${[...numeric].sort().join(' and ')} IDs into strings`);
  if (lower.length)
    notes.push(
      `upper-cased ${lower.length} external ID key(s) (${lower.slice(0, 3).join(', ')}${lower.length > 3 ? ', …' : ''})`,
    );
  for (const [from, to] of renamed) notes.push(`renamed tool "${from}" to "${to}"`);
  for (const [field, n] of dropped)
    notes.push(
      `dropped the pre-1.0 per-task field "${field}" from ${n} entr${n === 1 ? 'y' : 'ies'}`,
    );
  return { value: out, notes };
}

const isKeyed = (t: Tool): boolean => (KEYED_TOOLS as readonly string[]).includes(t);

function isCanonicalEntry(entry: Record<string, unknown>): boolean {
  for (const k in entry) {
    if (!isTool(k)) return false;
    const v = entry[k];
    if (typeof v !== 'string') return false;
    if (isKeyed(k) && v !== v.toUpperCase()) return false;
  }
  return true;
}

const asCount = (v: unknown): unknown =>
  typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v.trim()) : v;

function migrateCounterBody(body: unknown): { value: unknown; notes: string[] } {
  if (!isPlainObject(body)) return { value: body, notes: [] };
  const notes: string[] = [];
  const out: Record<string, unknown> = {};
  for (const [rawTool, raw] of Object.entries(body)) {
    const tool = normalizeToolName(rawTool);
    if (!tool) {
      out[rawTool] = raw; // unknown tools are reported by the schema, never dropped silently
      continue;
    }
    if (tool !== rawTool) notes.push(`renamed tool "${rawTool}" to "${tool}"`);
    if (isKeyed(tool) && isPlainObject(raw)) {
      const keys: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(raw)) {
        const K = k.toUpperCase();
        const n = asCount(v);
        if (n !== v) notes.push(`turned the ${tool} counter ${k} from a string into a number`);
        if (K !== k) notes.push(`upper-cased the ${tool} key ${k} → ${K}`);
        const prev = keys[K];
        keys[K] =
          typeof prev === 'number' && typeof n === 'number' ? Math.max(prev, n) : (prev ?? n);
      }
      out[tool] = keys;
    } else {
      const n = asCount(raw);
      if (n !== raw) notes.push(`turned the ${tool} counter from a string into a number`);
      out[tool] = n;
    }
  }
  const missing = TOOLS.filter((t) => !(t in out));
  for (const t of missing) out[t] = isKeyed(t) ? {} : 0;
  if (missing.length) notes.push(`added the missing tool(s) ${missing.join(', ')}`);
  return { value: notes.length ? out : body, notes };
}
