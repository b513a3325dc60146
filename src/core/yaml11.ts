/**
 * What PyYAML's `yaml.safe_load`, the ecosystem's frontmatter reader, makes of a plain (unquoted)
 * scalar: its YAML 1.1 implicit resolvers (bool, float, int, merge, null, timestamp, value, tried
 * in that order) and SafeConstructor's constructors, copied from PyYAML 6 (`resolver.py`,
 * `constructor.py`). The `yaml` package's own 'yaml-1.1' schema differs (it reads `21E08`, `1e3`
 * and `08` as numbers and `n` as false), so extids parses with the failsafe schema (every scalar a
 * string) and resolves plain scalars (resolvePlain) and tagged ones (resolveTagged) here.
 * `__tests__/yaml11.test.ts` compares this with PyYAML, scalar by scalar and document by document.
 */

/** A plain scalar as PyYAML reads it; `error` where PyYAML refuses the whole document. */
export type PyScalar =
  | { kind: 'null' }
  | { kind: 'bool'; value: boolean }
  /** Python ints are unbounded: kept as a bigint. */
  | { kind: 'int'; value: bigint }
  | { kind: 'float'; value: number }
  /** `date.isoformat()` / `datetime.isoformat()` of what PyYAML builds. */
  | { kind: 'date'; value: string }
  | { kind: 'datetime'; value: string }
  | { kind: 'str'; value: string }
  /** `!!binary`: the decoded bytes, as hex. */
  | { kind: 'binary'; value: string }
  | { kind: 'error'; message: string };

const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
// PyYAML's float needs a dot (or .inf/.nan), and a signed exponent: `1e3` and `21E08` are strings.
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT =
  /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const MERGE = /^(?:<<)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP =
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;
const VALUE = /^(?:=)$/;
const TIMESTAMP_PARTS =
  /^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$/;

type Resolver = 'bool' | 'float' | 'int' | 'merge' | 'null' | 'timestamp' | 'value';
const PATTERN: Record<Resolver, RegExp> = {
  bool: BOOL,
  float: FLOAT,
  int: INT,
  merge: MERGE,
  null: NULL,
  timestamp: TIMESTAMP,
  value: VALUE,
};

/** PyYAML's index of its resolvers by a scalar's first character, in the order it adds them. */
const BY_FIRST = new Map<string, Resolver[]>();
for (const [resolver, first] of [
  ['bool', 'yYnNtTfFoO'],
  ['float', '-+0123456789.'],
  ['int', '-+0123456789'],
  ['merge', '<'],
  ['null', '~nN'],
  ['timestamp', '0123456789'],
  ['value', '='],
] as const)
  for (const c of first) BY_FIRST.set(c, [...(BY_FIRST.get(c) ?? []), resolver]);

/** PyYAML's reading of a plain scalar's value (after line folding). */
export function resolvePlain(text: string): PyScalar {
  if (text === '') return { kind: 'null' };
  for (const resolver of BY_FIRST.get(text[0]!) ?? [])
    if (PATTERN[resolver].test(text)) return construct(resolver, text);
  return { kind: 'str', value: text };
}

function construct(resolver: Resolver, text: string): PyScalar {
  switch (resolver) {
    case 'bool':
      return { kind: 'bool', value: /^(?:yes|true|on)$/i.test(text) };
    case 'float':
      return constructFloat(text);
    case 'int':
      return constructInt(text);
    case 'null':
      return { kind: 'null' };
    case 'timestamp':
      return constructTimestamp(text);
    default:
      return {
        kind: 'error',
        message: `\`${text}\` is a YAML 1.1 ${resolver} key that PyYAML cannot construct as a value (quote it)`,
      };
  }
}

/** The prefix of YAML's own tags: `!!int` is `tag:yaml.org,2002:int`. */
export const YAML_TAG = 'tag:yaml.org,2002:';

/**
 * What PyYAML's SafeConstructor makes of a scalar with an explicit tag (`!!int 010`, `! 010`,
 * `!!timestamp 2026-1-1`); `text` is the scalar's value (quotes removed). `!` alone resolves the
 * text as if it were plain, as PyYAML's composer does even for a quoted scalar. A tag
 * SafeConstructor has no constructor for (`!!python/str`, `!foo`, `!!merge`), or one for
 * collections (`!!map`, `!!set`…), fails, and so does a value the constructor cannot build
 * (`!!int abc`, `!!bool maybe`): PyYAML refuses the whole document.
 */
export function resolveTagged(tag: string, text: string): PyScalar {
  if (tag === '!') return resolvePlain(text);
  const name = tag.startsWith(YAML_TAG) ? tag.slice(YAML_TAG.length) : undefined;
  const cannot = (why: string): PyScalar => ({
    kind: 'error',
    message: `\`${[tag.replace(YAML_TAG, '!!'), text].filter(Boolean).join(' ')}\` ${why}`,
  });
  switch (name) {
    case 'str':
      return { kind: 'str', value: text };
    case 'null':
      return { kind: 'null' };
    case 'bool': {
      const v = text.toLowerCase();
      return /^(?:yes|no|true|false|on|off)$/.test(v)
        ? { kind: 'bool', value: /^(?:yes|true|on)$/.test(v) }
        : cannot('is not a YAML 1.1 boolean (yes, no, true, false, on, off)');
    }
    case 'int': {
      const r = taggedInt(text);
      return r ?? cannot('is not a number PyYAML can read as an int');
    }
    case 'float': {
      const r = taggedFloat(text);
      return r ?? cannot('is not a number PyYAML can read as a float');
    }
    case 'timestamp': {
      if (!TIMESTAMP_PARTS.test(text)) return cannot('is not a YAML 1.1 timestamp');
      return constructTimestamp(text);
    }
    case 'binary': {
      const hex = base64Hex(text);
      return hex === undefined ? cannot('is not valid base64') : { kind: 'binary', value: hex };
    }
    case 'map':
    case 'seq':
    case 'set':
    case 'omap':
    case 'pairs':
      return cannot(
        `is a scalar where PyYAML expects a ${name === 'map' || name === 'set' ? 'mapping' : 'sequence'}`,
      );
    default:
      return cannot("has a tag PyYAML's safe_load has no constructor for");
  }
}

/**
 * Python's `int(s, base)`: blanks around, a sign, the base's own prefix (`int('0o17', 8)`), digits
 * (underscores are already gone); undefined where Python raises.
 */
function pyInt(s: string, base: 2 | 8 | 10 | 16): bigint | undefined {
  const m = /^\s*([-+]?)(0[bBoOxX])?([0-9a-zA-Z]+)\s*$/.exec(s);
  if (!m) return undefined;
  const prefix = { 2: 'b', 8: 'o', 10: '', 16: 'x' }[base];
  if (m[2] && m[2][1]!.toLowerCase() !== prefix) return undefined;
  const digit = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base];
  if (!digit.test(m[3]!)) return undefined;
  const n = BigInt(base === 10 ? m[3]! : `0${prefix}${m[3]}`);
  return m[1] === '-' ? -n : n;
}

/** `construct_yaml_int` on any text: undefined where Python raises. */
function taggedInt(text: string): PyScalar | undefined {
  let v = text.replace(/_/g, '');
  // PyYAML looks at v[0] before any check: '' raises IndexError.
  if (v === '') return undefined;
  const sign = v[0] === '-' ? -1n : 1n;
  if (v[0] === '-' || v[0] === '+') v = v.slice(1);
  if (v === '') return undefined;
  const int = (n: bigint | undefined): PyScalar | undefined =>
    n === undefined ? undefined : { kind: 'int', value: sign * n };
  if (v === '0') return int(0n);
  if (v.startsWith('0b')) return int(pyInt(v.slice(2), 2));
  if (v.startsWith('0x')) return int(pyInt(v.slice(2), 16));
  if (v[0] === '0') return int(pyInt(v, 8));
  if (v.includes(':')) {
    let n = 0n;
    for (const part of v.split(':')) {
      const d = pyInt(part, 10);
      if (d === undefined) return undefined;
      n = n * 60n + d;
    }
    return int(n);
  }
  return int(pyInt(v, 10));
}

/** Python's float() of a string: blanks around, a sign, digits with a dot and exponent, inf, nan. */
const PY_FLOAT = /^\s*[-+]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[-+]?[0-9]+)?|inf|infinity|nan)\s*$/;
const pyFloat = (s: string): number | undefined => {
  if (!PY_FLOAT.test(s)) return undefined;
  const t = s.trim().replace(/^([-+]?)(inf|infinity)$/, '$1Infinity');
  return /nan$/.test(t) ? NaN : Number(t);
};

/** `construct_yaml_float` on any text: undefined where Python raises. */
function taggedFloat(text: string): PyScalar | undefined {
  let v = text.replace(/_/g, '').toLowerCase();
  const sign = v[0] === '-' ? -1 : 1;
  if (v[0] === '-' || v[0] === '+') v = v.slice(1);
  if (v === '.inf') return { kind: 'float', value: sign * Infinity };
  if (v === '.nan') return { kind: 'float', value: NaN };
  if (!v.includes(':')) {
    const n = pyFloat(v);
    return n === undefined ? undefined : { kind: 'float', value: sign * n };
  }
  let value = 0;
  let base = 1;
  for (const d of v.split(':').reverse()) {
    const n = pyFloat(d);
    if (n === undefined) return undefined;
    value += n * base;
    base *= 60;
  }
  return { kind: 'float', value: sign * value };
}

/** `base64.decodebytes` (binascii, not strict): other characters dropped, data ends at padding. */
function base64Hex(text: string): string | undefined {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, '');
  const data = /^[A-Za-z0-9+/]*/.exec(clean)![0];
  const rest = data.length % 4;
  if (rest === 1) return undefined;
  if (rest && !clean.slice(data.length).startsWith('='.repeat(4 - rest))) return undefined;
  return Buffer.from(data, 'base64').toString('hex');
}

/**
 * Whether some plain scalar in `text` could be one PyYAML fails to build: only ints, timestamps,
 * `=` and `<<` can fail, and each starts with one of these characters after a separator.
 */
export const mayFail = (text: string): boolean => /(?:^|[\s,[{:])[-+0-9=<]/.test(text);

/** `construct_yaml_int`: underscores dropped, then 0b, 0x, leading-0 octal, base 60 or decimal. */
function constructInt(text: string): PyScalar {
  let v = text.replace(/_/g, '');
  const sign = v[0] === '-' ? -1n : 1n;
  if (v[0] === '-' || v[0] === '+') v = v.slice(1);
  const radix = (digits: string, base: string): PyScalar =>
    digits === ''
      ? { kind: 'error', message: `\`${text}\` reads as a YAML 1.1 int without digits` }
      : { kind: 'int', value: sign * BigInt(base + digits) };
  if (v === '0') return { kind: 'int', value: 0n };
  if (v.startsWith('0b')) return radix(v.slice(2), '0b');
  if (v.startsWith('0x')) return radix(v.slice(2), '0x');
  if (v[0] === '0') return radix(v, '0o');
  if (v.includes(':'))
    return {
      kind: 'int',
      value: sign * v.split(':').reduce((acc, d) => acc * 60n + BigInt(d), 0n),
    };
  return { kind: 'int', value: sign * BigInt(v) };
}

/** `construct_yaml_float`: underscores dropped, lower-cased, .inf/.nan, base 60, else Python's float(). */
function constructFloat(text: string): PyScalar {
  let v = text.replace(/_/g, '').toLowerCase();
  const sign = v[0] === '-' ? -1 : 1;
  if (v[0] === '-' || v[0] === '+') v = v.slice(1);
  if (v === '.inf') return { kind: 'float', value: sign * Infinity };
  if (v === '.nan') return { kind: 'float', value: NaN };
  if (!v.includes(':')) return { kind: 'float', value: sign * Number(v) };
  // Summed from the last part up, as PyYAML sums: the same rounding.
  let value = 0;
  let base = 1;
  for (const d of v.split(':').reverse()) {
    value += Number(d) * base;
    base *= 60;
  }
  return { kind: 'float', value: sign * value };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** `construct_yaml_timestamp`: a date, or a datetime (microseconds, offset), checked as Python's datetime checks it. */
function constructTimestamp(text: string): PyScalar {
  const m = TIMESTAMP_PARTS.exec(text)!;
  const [year, month, day] = [m[1], m[2], m[3]].map(Number) as [number, number, number];
  const bad = (why: string): PyScalar => ({
    kind: 'error',
    message: `\`${text}\` is a YAML 1.1 timestamp that PyYAML cannot build: ${why} (quote it to keep it text)`,
  });
  if (year < 1) return bad('year 0');
  if (month < 1 || month > 12) return bad('month out of range');
  if (day < 1 || day > (month === 2 && leap(year) ? 29 : DAYS[month - 1]!))
    return bad('day out of range for the month');
  const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (m[4] === undefined) return { kind: 'date', value: date };
  const [hour, minute, second] = [m[4], m[5], m[6]].map(Number) as [number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return bad('time out of range');
  const micro = m[7] ? Number(m[7].slice(0, 6).padEnd(6, '0')) : 0;
  let zone = '';
  if (m[9]) {
    const minutes = Number(m[10]) * 60 + Number(m[11] ?? 0);
    if (minutes >= 24 * 60) return bad('offset of a day or more');
    zone = `${minutes === 0 ? '+' : m[9]}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  } else if (m[8] === 'Z') zone = '+00:00';
  const time = `${pad(hour)}:${pad(minute)}:${pad(second)}${micro ? '.' + pad(micro, 6) : ''}`;
  return { kind: 'datetime', value: `${date}T${time}${zone}` };
}

/**
 * The text extids keeps for a frontmatter field it reads as text (id, title, created, an
 * external ID), given PyYAML's reading `r` of a scalar whose value is `written` (quotes removed):
 * PyYAML's string, or, where YAML 1.1 reads a number, boolean, date or bytes (plain, or tagged
 * `!!int 010`, `!!timestamp 2026-01-01`), the characters the person wrote (`title: 010` is
 * "010", not 8). null where PyYAML reads null; `error` where it cannot read the file.
 */
export function fieldText(r: PyScalar, written: string): string | null | { error: string } {
  if (r.kind === 'null') return null;
  if (r.kind === 'error') return { error: r.message };
  return r.kind === 'str' ? r.value : written;
}
