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

export function pyString(s: string): string {
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
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}

export function sortedKeys(o: object): string[] {
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

export function canonicalJson(value: unknown): string {
  return write(value, '');
}

/** UTC stamp in the `updated` field's form: 2025-11-10T14:45:00Z. */
export const isoStamp = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** UTC stamp safe for file names: 20251110T144500Z. */
export const fileStamp = (d: Date): string => isoStamp(d).replace(/[-:]/g, '');
