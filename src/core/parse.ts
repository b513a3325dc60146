/**
 * Turns the text of a state file into data and findings. Never throws on bad input and never
 * reads a damaged file as empty: a file that cannot be trusted is `corrupt`, with what could be
 * salvaged from it kept apart for repair.
 */
import { jsonc } from './deps.js';
import { finding, type Finding } from './findings.js';
import { migrateCounters, migrateMapping, type FileKind } from './migrate.js';
import {
  checkStateFile,
  fastCheckCounters,
  isValidEntry,
  scanMapping,
  type SchemaIssue,
} from './schema-check.js';
import { emptyCounters, FORMAT_VERSION, type CounterFile, type MappingFile } from './schema.js';
import { EXTERNAL_ID_PATTERN, isTool, PROJECT_KEY } from './ids.js';
import { maxCounters, UNSAFE_KEYS, unionMappings, type MappingAnalysis } from './state.js';

export type FileStatus = 'missing' | 'valid' | 'legacy' | 'corrupt' | 'unsupported' | 'unreadable';

export interface ParsedStateFile<T> {
  kind: FileKind;
  file: string;
  status: FileStatus;
  /** The file's text as read (BOM included), when it exists. */
  text?: string;
  /** Valid 1.0 data (migrated for a legacy file). */
  data?: T;
  /** What could be saved from a corrupt file, and what could not. */
  salvage?: { data: T; lost: string[] };
  /** Migration steps a legacy file needs. */
  steps: string[];
  findings: Finding[];
  enveloped: boolean;
  /** For a valid mapping file: its analysis as read (IDs, highest numbers, repeats). */
  analysis?: MappingAnalysis;
  /** Keys written more than once (JSON.parse kept the last): repair settles them. */
  duplicates?: JsonDuplicate[];
}

export type ParsedMapping = ParsedStateFile<MappingFile>;
export type ParsedCounters = ParsedStateFile<CounterFile>;

/** Removes keys that could pollute prototypes, returning their paths. Depth-limited: state is shallow. */
function stripUnsafeKeys(
  v: unknown,
  path: string[] = [],
  found: string[][] = [],
  depth = 0,
): string[][] {
  if (typeof v !== 'object' || v === null || depth > 3) return found;
  for (const k of Object.keys(v)) {
    if (UNSAFE_KEYS.has(k)) {
      found.push([...path, k]);
      delete (v as Record<string, unknown>)[k];
    } else stripUnsafeKeys((v as Record<string, unknown>)[k], [...path, k], found, depth + 1);
  }
  return found;
}

const MAX_DEPTH = 6;
const TOO_DEEP = '[nested too deeply]';

/**
 * Replaces anything nested deeper than a state file can be (envelope, mappings, task, tool: 4)
 * with a marker, so that nothing after JSON.parse recurses into a million levels.
 */
function limitDepth(v: unknown, path: string[] = [], found: string[][] = []): string[][] {
  if (typeof v !== 'object' || v === null) return found;
  for (const k of Object.keys(v)) {
    const child = (v as Record<string, unknown>)[k];
    if (typeof child !== 'object' || child === null) continue;
    if (path.length + 1 >= MAX_DEPTH) {
      (v as Record<string, unknown>)[k] = TOO_DEEP;
      found.push([...path, k]);
    } else limitDepth(child, [...path, k], found);
  }
  return found;
}

export function lineOfOffset(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * Lines of the members of a state file, indexed in one pass the first time a finding needs one:
 * `line(['mappings', 'TASK-1', 'jira'])`. Falls back to the nearest parent that exists.
 */
export class Locator {
  private lines: Map<string, number> | undefined;
  constructor(
    private readonly text: string | undefined,
    private readonly enveloped = true,
    /** How deep members are indexed (the state files: envelope, mappings, task, tool). */
    private readonly depth = 3,
  ) {}

  line(path: (string | number)[]): number | undefined {
    if (this.text === undefined) return undefined;
    if (!this.lines) {
      const lines = new Map<string, number>();
      try {
        jsonc().visit(this.text.charCodeAt(0) === 0xfeff ? ' ' + this.text.slice(1) : this.text, {
          onObjectProperty: (prop, _off, _len, line, _ch, pathSupplier) => {
            const parent = pathSupplier();
            if (parent.length < this.depth) lines.set(JSON.stringify([...parent, prop]), line + 1);
          },
        });
      } catch (err) {
        // The visitor recurses: JSON nested thousands deep overflows the stack. Keep the lines
        // found before that point; findings deeper in fall back to their nearest parent.
        if (!(err instanceof RangeError)) throw err;
      }
      this.lines = lines;
    }
    const p = this.enveloped ? path : path.slice(1);
    for (let n = p.length; n > 0; n--) {
      const l = this.lines.get(JSON.stringify(p.slice(0, n)));
      if (l !== undefined) return l;
    }
    return undefined;
  }
}

const CONFLICT_LINE = /^(<{7}|\|{7}|={7}|>{7})(?: |$)/;

/** Splits a text with conflict markers into its "ours" and "theirs" versions. */
export function conflictSides(text: string): { ours: string; theirs: string } | undefined {
  const ours: string[] = [];
  const theirs: string[] = [];
  let state: 'both' | 'ours' | 'base' | 'theirs' = 'both';
  let seen = false;
  for (const line of text.split(/\r?\n/)) {
    const m = CONFLICT_LINE.exec(line);
    const mark = m?.[1]?.[0];
    if (mark === '<' && state === 'both') {
      state = 'ours';
      seen = true;
    } else if (mark === '|' && state === 'ours') state = 'base';
    else if (mark === '=' && (state === 'ours' || state === 'base')) state = 'theirs';
    else if (mark === '>' && state === 'theirs') state = 'both';
    else {
      if (state === 'both' || state === 'ours') ours.push(line);
      if (state === 'both' || state === 'theirs') theirs.push(line);
    }
  }
  return seen && state === 'both'
    ? { ours: ours.join('\n'), theirs: theirs.join('\n') }
    : undefined;
}

function jsonErrorPosition(err: unknown, text: string): { reason: string; offset: number } {
  const msg = err instanceof Error ? err.message : String(err);
  const pos = /at position (\d+)/.exec(msg);
  if (/Unexpected end of JSON input/.test(msg) || !pos || Number(pos[1]) >= text.trimEnd().length)
    return { reason: 'the file ends before the JSON does (truncated?)', offset: text.length };
  const reason = msg
    .replace(/\s*in JSON at position \d+.*$/s, '')
    .replace(/^Unexpected token (.), ".*" is not valid JSON$/s, 'unexpected $1');
  return { reason, offset: Number(pos[1]) };
}

function describePath(path: (string | number)[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : p)).join('.') || 'the top level';
}

/** A state file that is not there: a status, not an error. */
export function missingStateFile(kind: 'mapping', file: string): ParsedMapping;
export function missingStateFile(kind: 'counters', file: string): ParsedCounters;
export function missingStateFile(
  kind: FileKind,
  file: string,
): ParsedStateFile<MappingFile | CounterFile>;
export function missingStateFile(
  kind: FileKind,
  file: string,
): ParsedStateFile<MappingFile | CounterFile> {
  return { kind, file, status: 'missing', steps: [], findings: [], enveloped: true };
}

export function parseStateText(
  kind: 'mapping',
  text: string,
  file: string,
  now: string,
): ParsedMapping;
export function parseStateText(
  kind: 'counters',
  text: string,
  file: string,
  now: string,
): ParsedCounters;
export function parseStateText(
  kind: FileKind,
  text: string,
  file: string,
  now: string,
): ParsedStateFile<MappingFile | CounterFile>;
export function parseStateText(
  kind: FileKind,
  text: string,
  file: string,
  now: string,
): ParsedStateFile<MappingFile | CounterFile> {
  const p: Parsing = { kind, file, text, now, findings: [] };
  const read = readJsonText(text, file, STATE_FIXES);
  p.findings.push(...read.findings);
  if (read.json === undefined)
    return result(p, {
      status: 'corrupt',
      ...(read.conflicted && { salvage: salvageConflict(kind, read.body, file, now) }),
    });
  const parsed =
    (read.duplicates.length ? undefined : fastPath(p, read.body, read.json)) ??
    checkContent(p, read.body, read.json);
  return read.duplicates.length ? { ...parsed, duplicates: read.duplicates } : parsed;
}

type Parsed = ParsedStateFile<MappingFile | CounterFile>;

/** What one parse carries from step to step. */
interface Parsing {
  kind: FileKind;
  file: string;
  text: string;
  now: string;
  findings: Finding[];
}

const result = (
  p: Parsing,
  rest: Omit<Parsed, 'kind' | 'file' | 'text' | 'steps' | 'enveloped' | 'findings'> &
    Partial<Parsed>,
): Parsed => ({
  kind: p.kind,
  file: p.file,
  text: p.text,
  steps: [],
  enveloped: true,
  findings: p.findings,
  ...rest,
});

const at = (p: Parsing, line?: number, column?: number) => ({ file: p.file, line, column });

/** What a person runs to fix a byte-order mark, conflict markers or a repeated key in a file extids keeps. */
export interface JsonFixes {
  bom: string;
  conflict: string;
  /** For a key written twice with different values. */
  duplicate: string;
}

const STATE_FIXES: JsonFixes = {
  bom: '`extids repair` removes it',
  conflict: '`extids repair` merges both sides',
  duplicate:
    "`extids repair` keeps the value the task's frontmatter agrees with (of counters, the highest) and keeps the file as it was beside it, or says which lines a person must choose between",
};

/** A key written more than once in one JSON object. */
export interface JsonDuplicate {
  /** The path of the key, the key included: `['mappings', 'TASK-1']`. */
  path: string[];
  /** Each occurrence, in file order: its 1-based line and its value. */
  occurrences: { line: number; value: unknown }[];
  /** All occurrences hold the same value: nothing is lost by keeping one. */
  same: boolean;
}

/** Keys in the text: every `:` outside a string is a key's. Strings are skipped with indexOf. */
function keysInText(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58 /* : */) n++;
    else if (c === 34 /* " */) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92 /* \\ */) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1) return n;
      i = end;
    }
  }
  return n;
}

/** Keys JSON.parse kept, counted without recursion (JSON may nest a million deep). */
function keysInValue(v: unknown): number {
  let n = 0;
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (typeof x !== 'object' || x === null) continue;
    if (Array.isArray(x)) for (const e of x) stack.push(e);
    else
      for (const k of Object.keys(x)) {
        n++;
        stack.push((x as Record<string, unknown>)[k]);
      }
  }
  return n;
}

/**
 * Keys written twice in one object, which JSON.parse resolves silently (the last wins). The
 * common case costs a count: the text's keys against the parsed value's; only when they differ
 * is the text walked again for the keys, their lines and their values.
 */
export function duplicateKeys(body: string, json: unknown): JsonDuplicate[] {
  if (keysInText(body) === keysInValue(json)) return [];
  const { parseTree, getNodeValue } = jsonc();
  type Node = NonNullable<ReturnType<typeof parseTree>>;
  const out: JsonDuplicate[] = [];
  const walk = (node: Node, path: string[]) => {
    if (node.type === 'array') node.children?.forEach((c, i) => walk(c, [...path, String(i)]));
    if (node.type !== 'object') return;
    const byKey = new Map<string, Node[]>();
    for (const prop of node.children ?? []) {
      const key = prop.children?.[0]?.value as string | undefined;
      if (key === undefined || prop.children?.[1] === undefined) continue;
      byKey.set(key, [...(byKey.get(key) ?? []), prop]);
    }
    for (const [key, props] of byKey) {
      const last = props.at(-1)!.children![1]!;
      if (props.length > 1) {
        const occurrences = props.map((p) => ({
          line: lineOfOffset(body, p.offset).line,
          value: getNodeValue(p.children![1]!) as unknown,
        }));
        const first = JSON.stringify(occurrences[0]!.value);
        out.push({
          path: [...path, key],
          occurrences,
          same: occurrences.every((o) => JSON.stringify(o.value) === first),
        });
      }
      walk(last, [...path, key]);
    }
  };
  try {
    const tree = parseTree(body);
    if (tree) walk(tree, []);
  } catch (err) {
    // Nested thousands deep, the walk overflows: the repeats found above it are reported.
    if (!(err instanceof RangeError)) throw err;
  }
  return out;
}

function duplicateFinding(d: JsonDuplicate, file: string, fixes: JsonFixes): Finding {
  const lines = d.occurrences.map((o) => o.line);
  const where = `${describePath(d.path)} is written ${lines.length === 2 ? 'twice' : `${lines.length} times`} (lines ${lines.slice(0, -1).join(', ')} and ${lines.at(-1)})`;
  return d.same
    ? finding(
        'warning',
        'DUPLICATE_JSON_KEY',
        `${where}, each time with the same value; nothing is lost, and a rewrite keeps one`,
        { file, line: lines[1] },
      )
    : finding(
        'error',
        'DUPLICATE_JSON_KEY',
        `${where} with different values; a JSON reader keeps the last (line ${lines.at(-1)}) and drops the other silently, so extids does not use the file as it is: ${fixes.duplicate}`,
        { file, line: lines[0] },
      );
}

/** A JSON file's text read as far as JSON goes: its body, its value, and what stood in the way. */
export interface JsonText {
  /** The text without a byte-order mark. */
  body: string;
  /** The parsed value; undefined when the file is empty, conflicted or not JSON. */
  json?: unknown;
  /** The file has git conflict markers. */
  conflicted: boolean;
  /** Keys written more than once (JSON.parse kept the last). */
  duplicates: JsonDuplicate[];
  findings: Finding[];
}

/**
 * The checks every JSON file extids keeps goes through before its schema: a byte-order mark
 * (reported, skipped: the reference implementation cannot read it), an empty, blank or NUL-filled
 * file (what a crash mid-write leaves), git conflict markers, JSON errors with their line and
 * column, and keys written twice (DUPLICATE_JSON_KEY: an error when the values differ).
 */
export function readJsonText(text: string, file: string, fixes: JsonFixes): JsonText {
  const findings: Finding[] = [];
  let body = text;
  if (text.charCodeAt(0) === 0xfeff) {
    findings.push(
      finding(
        'error',
        'BOM',
        `starts with a byte-order mark (U+FEFF) that the reference implementation cannot read; ${fixes.bom}`,
        { file, line: 1 },
      ),
    );
    body = text.slice(1);
  }
  if (/^[\s\0]*$/.test(body)) {
    findings.push(
      finding(
        'error',
        'EMPTY_FILE',
        body.includes('\0')
          ? `contains only NUL bytes (${body.length}): the last write did not complete`
          : 'is empty',
        { file },
      ),
    );
    return { body, conflicted: false, duplicates: [], findings };
  }
  let json: unknown;
  try {
    json = JSON.parse(body) as unknown;
  } catch (err) {
    const marker = body.split(/\r?\n/).findIndex((l) => CONFLICT_LINE.test(l));
    if (marker !== -1) {
      findings.push(
        finding(
          'error',
          'CONFLICT_MARKERS',
          `has git conflict markers (first at line ${marker + 1}); ${fixes.conflict}`,
          { file, line: marker + 1 },
        ),
      );
      return { body, conflicted: true, duplicates: [], findings };
    }
    const { reason, offset } = jsonErrorPosition(err, body);
    const { line, column } = lineOfOffset(body, offset);
    findings.push(
      finding(
        'error',
        'PARSE_ERROR',
        `is not valid JSON: ${reason} (line ${line}, column ${column})`,
        { file, line, column },
      ),
    );
    return { body, conflicted: false, duplicates: [], findings };
  }
  const duplicates = duplicateKeys(body, json);
  for (const d of duplicates) findings.push(duplicateFinding(d, file, fixes));
  return { body, json, conflicted: false, duplicates, findings };
}

/** The common case, a current and valid file, decided in one pass over it. */
function fastPath(p: Parsing, body: string, json: unknown): Parsed | undefined {
  if (body !== p.text) return undefined;
  const analysis = p.kind === 'mapping' ? scanMapping(json) : undefined;
  if (analysis || (p.kind === 'counters' && fastCheckCounters(json)))
    return result(p, { status: 'valid', data: json as MappingFile | CounterFile, analysis });
  return undefined;
}

/** Everything else: depth limit, unsafe keys, migration, precise schema messages, salvage. */
function checkContent(p: Parsing, body: string, json: unknown): Parsed {
  const loc = new Locator(body);
  const unsafe = sanitize(p, loc, json);
  const migrated =
    p.kind === 'mapping' ? migrateMapping(json, p.now) : migrateCounters(json, p.now);
  const enveloped = migrated.enveloped;
  if (migrated.unsupported !== undefined) {
    p.findings.push(
      finding(
        'error',
        'UNSUPPORTED_VERSION',
        `declares format version ${migrated.unsupported}, newer than the ${FORMAT_VERSION} this extids knows; upgrade extids (the file is left untouched)`,
        at(p, loc.line(['version'])),
      ),
    );
    return result(p, { enveloped, status: 'unsupported' });
  }
  const checked = checkStateFile(p.kind, migrated.value);
  if (!checked.ok) {
    const filePath = (path: (string | number)[]) => (enveloped ? path : path.slice(1));
    for (const issue of checked.issues)
      p.findings.push(schemaFinding(issue, loc, p.file, filePath));
    const salvage = salvageData(p.kind, migrated.value, p.now);
    return result(p, { enveloped, status: 'corrupt', salvage });
  }
  if (migrated.steps.length)
    p.findings.push(
      finding(
        'warning',
        'LEGACY_VERSION',
        `is in an older format; \`extids migrate\` will: ${migrated.steps.join('; ')}`,
        at(p, 1),
      ),
    );
  // A key written twice with different values is a choice a person (or repair) makes: the data
  // as JSON.parse read it (the last value) is salvage, never used as the file's data.
  const undecided = p.findings.some(
    (f) => f.code === 'DUPLICATE_JSON_KEY' && f.severity === 'error',
  );
  const corrupt = undecided || unsafe.length > 0 || p.findings.some((f) => f.code === 'BOM');
  return result(p, {
    enveloped,
    status: corrupt ? 'corrupt' : migrated.steps.length ? 'legacy' : 'valid',
    ...(!undecided && { data: checked.data }),
    steps: migrated.steps,
    ...(corrupt && { salvage: { data: checked.data, lost: unsafe.map((u) => describePath(u)) } }),
  });
}

/** Cuts values nested deeper than a state file can be, and removes prototype keys; both reported. */
function sanitize(p: Parsing, loc: Locator, json: unknown): (string | number)[][] {
  for (const path of limitDepth(json))
    p.findings.push(
      finding(
        'error',
        'SCHEMA_INVALID',
        `nests JSON deeper than a state file ever does at ${describePath(path)}; the value there is not used`,
        at(p, loc.line(path)),
      ),
    );
  const unsafe = stripUnsafeKeys(json);
  for (const path of unsafe)
    p.findings.push(
      finding(
        'error',
        'UNSAFE_KEY',
        `has the key "${path[path.length - 1]}" at ${describePath(path.slice(0, -1))}, refused to prevent prototype pollution`,
        at(p, loc.line(path)),
      ),
    );
  return unsafe;
}

function schemaFinding(
  issue: SchemaIssue,
  loc: Locator,
  file: string,
  toFilePath: (p: (string | number)[]) => (string | number)[],
): Finding {
  const where = describePath(issue.path);
  const line = loc.line(toFilePath(issue.path));
  return finding(
    'error',
    issue.counter ? 'INVALID_COUNTER' : 'SCHEMA_INVALID',
    `${where}: ${issue.message}`,
    { file, line },
  );
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Keeps every valid piece of a schema-invalid candidate and lists what had to go. */
function salvageData(
  kind: FileKind,
  v: unknown,
  now: string,
): { data: MappingFile | CounterFile; lost: string[] } {
  const lost: string[] = [];
  const updated = isObj(v) && typeof v.updated === 'string' ? v.updated : now;
  if (kind === 'mapping') {
    const mappings: MappingFile['mappings'] = {};
    const body = isObj(v) ? v.mappings : undefined;
    if (!isObj(body)) lost.push('the mappings object itself');
    else
      for (const id in body) {
        const entry = body[id];
        if (id === '' || !isObj(entry)) {
          lost.push(`mapping "${id}" (not an object)`);
          continue;
        }
        if (isValidEntry(entry)) {
          mappings[id] = entry as MappingFile['mappings'][string];
          continue;
        }
        const kept: Record<string, string> = {};
        for (const t in entry) {
          const val = entry[t];
          if (isTool(t) && typeof val === 'string' && EXTERNAL_ID_PATTERN[t].test(val))
            kept[t] = val;
          else lost.push(`${id}.${t} = ${JSON.stringify(val)}`);
        }
        mappings[id] = kept;
      }
    return { data: { mappings, updated, version: FORMAT_VERSION }, lost };
  }
  const counters = emptyCounters();
  const body = isObj(v) ? v.counters : undefined;
  const ok = (n: unknown): n is number =>
    typeof n === 'number' && Number.isSafeInteger(n) && n >= 0;
  if (!isObj(body))
    lost.push('the counters object itself (counters are rebuilt from the highest numbers used)');
  else
    for (const t in body) {
      const val = body[t];
      if (!isTool(t)) lost.push(`counter "${t}" (unknown tool)`);
      else if (t === 'jira' || t === 'linear') {
        if (!isObj(val)) lost.push(`${t} counters ${JSON.stringify(val)}`);
        else
          for (const k in val) {
            const n = val[k];
            if (ok(n) && PROJECT_KEY.test(k)) counters[t][k] = n;
            else lost.push(`${t}.${k} = ${JSON.stringify(n)}`);
          }
      } else if (ok(val)) counters[t] = val;
      else lost.push(`${t} = ${JSON.stringify(val)}`);
    }
  return { data: { counters, updated, version: FORMAT_VERSION }, lost };
}

/** Salvage from a conflicted file: both sides parsed on their own, mappings united, counters at the maximum. */
function salvageConflict(
  kind: FileKind,
  body: string,
  file: string,
  now: string,
): { data: MappingFile | CounterFile; lost: string[] } | undefined {
  const sides = conflictSides(body);
  return sides && salvageSides(kind, sides, file, now);
}

function salvageSides(
  kind: FileKind,
  sides: { ours: string; theirs: string },
  file: string,
  now: string,
): { data: MappingFile | CounterFile; lost: string[] } | undefined {
  const parsed = [sides.ours, sides.theirs].map((t) => parseStateText(kind, t, file, now));
  const usable = parsed.map((p) => p.data ?? p.salvage?.data).filter((d) => d !== undefined);
  if (usable.length === 0) return undefined;
  const lost = parsed.flatMap((p) => p.salvage?.lost ?? []);
  if (parsed.some((p) => !p.data && !p.salvage))
    lost.push('one side of the conflict could not be parsed');
  const updated = usable
    .map((d) => d.updated)
    .sort()
    .at(-1)!;
  if (kind === 'mapping') {
    const u = unionMappings(
      usable.map((d, i) => ({
        name: i ? 'theirs' : 'ours',
        mappings: (d as MappingFile).mappings,
      })),
    );
    for (const c of u.conflicts)
      lost.push(`${c.internalId} ${c.tool}: kept ${c.kept} (ours), theirs had ${c.other}`);
    return { data: { mappings: u.mappings, updated, version: FORMAT_VERSION }, lost };
  }
  return {
    data: {
      counters: maxCounters(...usable.map((d) => (d as CounterFile).counters)),
      updated,
      version: FORMAT_VERSION,
    },
    lost,
  };
}
