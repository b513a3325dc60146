/**
 * Serialisation byte-identical to the reference implementation's
 * `json.dump(data, indent=2, sort_keys=True)`: keys sorted by code point, 2-space indent,
 * `", "`-free separators (`,` at line end, `": "`), everything outside printable ASCII escaped as
 * lower-case \uXXXX, no trailing newline.
 */

const SHORT_ESCAPES: Record<number, string> = {
  0x22: '\\"',
  0x5c: '\\\\',
  0x0a: '\\n',
  0x0d: '\\r',
  0x09: '\\t',
  0x08: '\\b',
  0x0c: '\\f',
};

// Python's ESCAPE_ASCII escapes " and \ and anything outside ' '..'~'.
const NEEDS_ESCAPE = /["\\]|[^ -~]/;

function pyString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const short = SHORT_ESCAPES[c];
    if (short !== undefined) out += short;
    else if (c < 0x20 || c > 0x7e) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += s[i];
  }
  return out + '"';
}

/** Python compares str by code point; JS `<` compares UTF-16 units. They differ only above U+FFFF. */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

function sortedKeys(o: object): string[] {
  const keys = Object.keys(o);
  const ascii = keys.every((k) => !/[^ -~]/.test(k));
  return ascii ? keys.sort() : keys.sort(compareCodePoints);
}

function write(value: unknown, indent: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return pyString(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`cannot serialise ${value}`);
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      const inner = indent + '  ';
      if (Array.isArray(value)) {
        if (value.length === 0) return '[]';
        return `[\n${value.map((v) => inner + write(v, inner)).join(',\n')}\n${indent}]`;
      }
      const keys = sortedKeys(value).filter(
        (k) => (value as Record<string, unknown>)[k] !== undefined,
      );
      if (keys.length === 0) return '{}';
      const parts = keys.map(
        (k) => `${inner}${pyString(k)}: ${write((value as Record<string, unknown>)[k], inner)}`,
      );
      return `{\n${parts.join(',\n')}\n${indent}}`;
    }
    default:
      throw new TypeError(`cannot serialise a ${typeof value}`);
  }
}

/** The direct transcription of Python's encoder; canonicalJson's fast path is tested against it. */
export function pyDump(value: unknown): string {
  return write(value, '');
}

const ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
const CANNOT = Symbol('cannot');

/**
 * The value with every object's keys in sorted order, for JSON.stringify to print. Objects that
 * are already in order are reused, not copied: a file read from disk is, all but the entries a
 * transaction added. CANNOT where JS objects would not keep the order (array-index keys always
 * come first).
 */
function sortedCopy(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value))
    throw new TypeError(`cannot serialise ${value}`);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let changed = false;
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const c = sortedCopy(value[i]);
      if (c === CANNOT) return CANNOT;
      if (c !== value[i]) changed = true;
      out[i] = c;
    }
    return changed ? out : value;
  }
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj);
  let changed = false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const c0 = k.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && ARRAY_INDEX.test(k)) return CANNOT;
    if (i > 0 && !(keys[i - 1]! < k)) changed = true;
  }
  if (changed) keys.sort();
  const vals: unknown[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const v = obj[keys[i]!];
    const c = sortedCopy(v);
    if (c === CANNOT) return CANNOT;
    if (c !== v) changed = true;
    vals[i] = c;
  }
  if (!changed) return value;
  // No prototype: a key named __proto__ is a key like any other.
  const out = Object.create(null) as Record<string, unknown>;
  for (let i = 0; i < keys.length; i++) out[keys[i]!] = vals[i];
  return out;
}

// A surrogate pair in the output means a character above U+FFFF, where JS and Python order
// strings differently: such rare files take the transcription.
const ASTRAL = /[\ud800-\udfff]/;
const NON_ASCII = /[\u007f-\uffff]/;
const NON_ASCII_ALL = /[\u007f-\uffff]/g;

/**
 * `json.dump(data, indent=2, sort_keys=True)`, byte for byte. JSON.stringify with 2-space indent
 * prints the same separators and escapes, once keys are sorted; what remains is Python's
 * ensure_ascii, applied to the few characters outside ASCII. Ten times faster than pyDump.
 */
export function canonicalJson(value: unknown): string {
  const fast = mappingFileJson(value);
  if (fast !== undefined) return fast;
  const copy = sortedCopy(value);
  if (copy === CANNOT) return pyDump(value);
  const text = JSON.stringify(copy, null, 2);
  if (!NON_ASCII.test(text)) return text;
  if (ASTRAL.test(text)) return pyDump(value);
  return asciiOnly(text);
}

/** Python's ensure_ascii over JSON.stringify's output: what is left outside ASCII, as \u0000. */
const asciiOnly = (text: string): string =>
  text.replace(NON_ASCII_ALL, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));

// The tools in sorted order; entries of a mapping file hold nothing else.
const TOOL_ORDER = ['azure_devops', 'github', 'jira', 'linear'];

/**
 * The mapping file, the one large thing extids writes: its entries put in order (an entry already
 * in order is reused), then printed by JSON.stringify, whose native loop is twice as fast as
 * printing entry by entry in JavaScript (5,000 entries: 13 → 5 ms in a fresh process; 100,000:
 * 240 → 130 ms). Undefined for anything not of that exact shape (and for IDs outside printable
 * ASCII, where sorting and escaping need care), which then takes the general path.
 */
function mappingFileJson(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { mappings, updated, version, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length || typeof updated !== 'string' || typeof version !== 'string')
    return undefined;
  if (typeof mappings !== 'object' || mappings === null || Array.isArray(mappings))
    return undefined;
  const m = mappings as Record<string, unknown>;
  const ids = Object.keys(m);
  let sorted = true;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    if (NEEDS_ESCAPE.test(id)) return undefined;
    const c0 = id.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && ARRAY_INDEX.test(id)) return undefined;
    if (i > 0 && !(ids[i - 1]! < id)) sorted = false;
  }
  if (!sorted) ids.sort();
  // The input itself while it is in order; from the first entry that is not, a copy (with no
  // prototype, as in sortedCopy): the input is never changed.
  let out: Record<string, unknown> = sorted ? m : Object.create(null);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const entry = inToolOrder(m[id]);
    if (entry === undefined) return undefined;
    if (out !== m) out[id] = entry;
    else if (entry !== m[id]) {
      out = Object.create(null) as Record<string, unknown>;
      for (let j = 0; j < i; j++) out[ids[j]!] = m[ids[j]!];
      out[id] = entry;
    }
  }
  const text = JSON.stringify({ mappings: out, updated, version }, null, 2);
  return NON_ASCII.test(text) ? asciiOnly(text) : text;
}

/** A mapping entry with its tools in sorted order (itself when they are), or undefined. */
function inToolOrder(entry: unknown): Record<string, string> | undefined {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return undefined;
  const e = entry as Record<string, unknown>;
  let last = -1;
  let ordered = true;
  for (const k in e) {
    const v = e[k];
    if (v === undefined) continue; // JSON.stringify leaves it out, as the general path does
    const at = TOOL_ORDER.indexOf(k);
    if (at === -1 || typeof v !== 'string') return undefined;
    if (at < last) ordered = false;
    last = at;
  }
  if (ordered) return e as Record<string, string>;
  const copy: Record<string, string> = {};
  for (const t of TOOL_ORDER) if (typeof e[t] === 'string') copy[t] = e[t] as string;
  return copy;
}

/** UTC stamp in the `updated` field's form: 2025-11-10T14:45:00Z. */
export const isoStamp = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** UTC stamp safe for file names: 20251110T144500Z. */
export const fileStamp = (d: Date): string => isoStamp(d).replace(/[-:]/g, '');
