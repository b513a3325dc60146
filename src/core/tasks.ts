/**
 * Task files: markdown with YAML frontmatter under the tasks directory, at any depth.
 *
 * Reading: the frontmatter of most task files is plain `key: value` lines, and a repository can
 * hold tens of thousands, so a line reader handles that subset and hands anything else (flow
 * maps, anchors, multi-line scalars, duplicate keys…) to the `yaml` library, which decides.
 * Both read scalars as PyYAML does (YAML 1.1, yaml11.ts); a field extids reads as text keeps the
 * characters the person wrote where YAML 1.1 would read a number, boolean or date.
 * Writing: only the `external_ids` block changes; every other byte of the file stays.
 */
import * as nodeFs from 'node:fs';
import { dirname, resolve as resolvePath, sep } from 'node:path';
import type { LineCounter, Pair, Scalar, YAMLMap } from 'yaml';
import { yaml } from './deps.js';
import { describeFsError, ExtidsError, finding, type Finding } from './findings.js';
import { EXTERNAL_ID_PATTERN, normalizeToolName, TOOL_LABEL, TOOLS, type Tool } from './ids.js';
import { isMarkdown, isSkippedName, notATask, relPath } from './paths.js';
import {
  fieldText,
  mayFail,
  resolvePlain,
  resolveTagged,
  YAML_TAG,
  type PyScalar,
} from './yaml11.js';
import { readFiles, readText } from './read-files.js';
import { policyFinding } from './policy.js';
import type { ExternalIds } from './schema.js';

export interface TaskRecord {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  path: string;
  hasFrontmatter: boolean;
  id?: string;
  idField?: 'id' | 'task_id';
  idLine?: number;
  /** The id field is there but holds no single value: `id:` / `id: null`, or a list or a map. */
  idValue?: 'empty' | 'not-single';
  externalIds?: ExternalIds;
  externalIdsLine?: number;
  created?: string;
  title?: string;
  /** The `status:` value (backlog, in_progress, completed…), when it is a plain string. */
  status?: string;
  findings: Finding[];
}

interface Frontmatter {
  /** Offset of the first frontmatter line, and of the closing `---` line. */
  start: number;
  end: number;
  eol: string;
  /** 1-based line number of the first frontmatter line. */
  firstLine: number;
}

const CLOSING_FENCE = /\n(?:---|\.\.\.)[ \t]*\r?(?=\n|$)/g;

export function findFrontmatter(text: string): Frontmatter | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return undefined;
  const nl = text.indexOf('\n', bom);
  if (nl === -1 || text.slice(bom + 3, nl).trim() !== '') return undefined;
  const eol = text[nl - 1] === '\r' ? '\r\n' : '\n';
  // A fence is a whole line between \n and \n (a lone \r is not a line break here). Searched
  // from the opening line's \n, with it: a look-behind made the search 10× slower.
  CLOSING_FENCE.lastIndex = nl;
  const m = CLOSING_FENCE.exec(text);
  if (!m) return undefined;
  return { start: nl + 1, end: m.index + 1, eol, firstLine: 2 };
}

interface ScalarSpan {
  /** null for the template's placeholders: `null`, `~` or nothing. */
  value: string | null;
  /** YAML 1.1 reads a number, boolean or date here; `value` is the text as written. */
  typed?: true;
  /** Offsets of the value's source text in the file. */
  from: number;
  to: number;
}

/** The top-level keys the ledger reads. */
type Field = 'id' | 'task_id' | 'created' | 'title' | 'status';

interface FastResult {
  /** Every top-level key (each once: a repeated key is left to the library). */
  keys: Set<string>;
  /** The fields' lines, and their values unless a placeholder (`null`, `~`, nothing). */
  fields: Partial<Record<Field, { line: number; value?: ScalarSpan }>>;
  ext?: {
    line: number;
    entries: Map<string, { line: number; value: ScalarSpan; lineEnd: number }>;
    indent: string;
    blockEnd: number;
  };
}

/** Indented lines under another key the fast reader may skip: a list item or a nested key, each with a simple value. */
const SAFE_NESTED =
  /^ +(?:- +)?(?:[A-Za-z_][A-Za-z0-9_-]*:(?: +[^:#'"{[\]&*!|>%@`]*)?|[^:#'"{[\]&*!|>%@`-][^:#'"{[\]&*!|>%@`]*)$/;

/*
 * A key line is `[A-Za-z_][A-Za-z0-9_-]*`, blanks, a colon, then blanks or the line's end: read
 * by the two functions below, which cost a fifth of a regular expression's match per line.
 */
const isNameStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
const isNameChar = (c: number) => isNameStart(c) || (c >= 48 && c <= 57) || c === 45;
const isBlank = (c: number) => c === 32 || c === 9;

/** Where the key name starting at `from` ends; `from` when no name starts there. */
function nameEnd(line: string, from: number): number {
  if (!isNameStart(line.charCodeAt(from))) return from;
  let i = from + 1;
  while (isNameChar(line.charCodeAt(i))) i++;
  return i;
}

/** After a key name ending at `i`: where its value starts (after `:` and blanks), or -1 if no colon follows. */
function valueStart(line: string, i: number): number {
  while (isBlank(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) !== 58 /* : */) return -1;
  if (++i === line.length) return i;
  if (!isBlank(line.charCodeAt(i))) return -1;
  while (isBlank(line.charCodeAt(i))) i++;
  return i;
}

/** A single-line scalar in the safe subset, or undefined if the library must decide. */
function simpleScalar(src: string, from: number): ScalarSpan | undefined {
  let s = src;
  if (s.includes('#')) {
    const hash = s.search(/(?:^|[ \t])#/);
    if (hash !== -1) s = s.slice(0, hash);
  }
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9)) end--;
  if (end < s.length) s = s.slice(0, end);
  const to = from + s.length;
  if (s[0] === '"') return /^"[^"\\]*"$/.test(s) ? { value: s.slice(1, -1), from, to } : undefined;
  if (s[0] === "'") return /^'[^']*'$/.test(s) ? { value: s.slice(1, -1), from, to } : undefined;
  // A `: ` or a final `:` makes a key, which YAML refuses there: the library reports it.
  if (/^[&*!|>{[%@`,?:-]/.test(s) || /:[ \t]|:$|#/.test(s)) return undefined;
  const r = resolvePlain(s);
  // A scalar PyYAML cannot construct (`2026-02-30`, `0x_`) breaks the file: the library reports it.
  if (r.kind === 'error') return undefined;
  if (r.kind === 'null') return { value: null, from, to };
  return r.kind === 'str' ? { value: s, from, to } : { value: s, typed: true, from, to };
}

/**
 * Whether PyYAML could fail to construct a scalar in this value of a key the fast reader skips
 * (`due: 2026-02-30`, `tags: [0x_]`): then the library reads the file and reports it. Splits
 * loosely (quoted text too), so it may answer yes for a value that is fine: that only costs time.
 */
function mayNotConstruct(value: string): boolean {
  if (!mayFail(value)) return false;
  for (const part of value.split(/[,[\]{}]|: |^- /)) {
    const t = part.replace(/[ \t]+#.*$/, '').trim();
    if (t !== '' && resolvePlain(t).kind === 'error') return true;
  }
  return false;
}

/** A line of only blanks, or whose first non-blank is a comment (`/^\s*$|^ *#/`, without a regex). */
function blankOrComment(line: string): boolean {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32) i++;
  if (i === line.length || line.charCodeAt(i) === 35) return true;
  return line.trim() === '';
}

/** Reads the top-level keys the ledger needs; undefined when the frontmatter is outside the subset. */
function fastRead(text: string, fm: Frontmatter): FastResult | undefined {
  const keys: FastResult['keys'] = new Set();
  const fields: FastResult['fields'] = {};
  let ext: FastResult['ext'];
  let inExt = false;
  let openBlock = false;
  let line = fm.firstLine - 1;
  for (let pos = fm.start; pos < fm.end;) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > fm.end) nl = fm.end;
    const lineEnd = nl;
    const raw = text.slice(pos, text[nl - 1] === '\r' ? nl - 1 : nl);
    line++;
    const next = nl + 1;
    // PyYAML refuses most tabs (refusedTab): the library path decides and reports where.
    if (raw.includes('\t')) return undefined;
    if (blankOrComment(raw)) {
      pos = next;
      continue;
    }
    if (raw[0] === ' ') {
      if (!inExt) {
        // Content of another key: not ours to read, but the library judges anything beyond a
        // plain list item or nested key (a wrapped plain scalar with `: ` in it breaks PyYAML).
        if (!openBlock || !SAFE_NESTED.test(raw) || mayNotConstruct(raw.trim())) return undefined;
        pos = next;
        continue;
      }
      let indent = 1;
      while (raw.charCodeAt(indent) === 32) indent++;
      const end = nameEnd(raw, indent);
      const at = end === indent ? -1 : valueStart(raw, end);
      if (at === -1 || (ext!.indent && indent !== ext!.indent.length)) return undefined;
      if (!ext!.indent) ext!.indent = raw.slice(0, indent);
      const key = raw.slice(indent, end);
      const v = simpleScalar(raw.slice(at), pos + at);
      if (v === undefined || ext!.entries.has(key)) return undefined;
      ext!.entries.set(key, { line, value: v, lineEnd });
      ext!.blockEnd = next;
      pos = next;
      continue;
    }
    inExt = false;
    const end = nameEnd(raw, 0);
    const at = end === 0 ? -1 : valueStart(raw, end);
    if (at === -1) return undefined;
    const key = raw.slice(0, end);
    if (keys.has(key)) return undefined;
    keys.add(key);
    const rest = raw.slice(at);
    // Only a key with nothing after it opens a block whose indented lines follow.
    openBlock =
      rest === '' || (rest.includes('#') ? rest.replace(/[ \t]+#.*$/, '') : rest).trim() === '';
    if (key === 'external_ids') {
      if (!openBlock) return undefined;
      ext = { line, entries: new Map(), indent: '', blockEnd: next };
      inExt = true;
    } else if (
      key === 'id' ||
      key === 'task_id' ||
      key === 'created' ||
      key === 'title' ||
      key === 'status'
    ) {
      const v = simpleScalar(rest, pos + at);
      if (v === undefined) return undefined;
      fields[key] = v.value === null ? { line } : { line, value: v };
    } else {
      // Other keys are not read, but a flow collection or quote left open means the library must judge.
      const v = rest.trim();
      const open = v[0];
      if (
        // A tag, anchor, alias, block scalar or reserved indicator (`!!python/none`, `*a`, `@x`),
        // an entry or key indicator, or a `: ` in a plain value: the library judges.
        /^[!&*%@`|>]|^[-?:](?:[ \t]|$)/.test(v) ||
        ((open === '[' || open === '{') && /[!&*]/.test(v)) ||
        (!/^["'[{]/.test(v) && /:(?:[ \t]|$)/.test(v.replace(/(?:^|[ \t])#.*$/, ''))) ||
        // A flow collection or quoted scalar that is not one whole value (`[a] [b]`, `"a" "b"`,
        // nested or followed by more): the library judges.
        (open === '[' && !/^\[[^[\]{}]*\]$/.test(v)) ||
        (open === '{' && !/^\{[^[\]{}]*\}$/.test(v)) ||
        (open === '"' && !/^"(?:[^"\\]|\\.)*"$/.test(v)) ||
        (open === "'" && !/^'(?:[^']|'')*'$/.test(v)) ||
        mayNotConstruct(v)
      )
        return undefined;
    }
    pos = next;
  }
  return { keys, fields, ext };
}

/** One entry of an `external_ids:` map: its key, its text (null: a placeholder), its line. */
interface ExtEntry {
  key: string;
  /** The text as written (see fieldText); a JSON rendering of a map or list under the key. */
  value: string | null | { nested: string };
  line?: number;
}

/**
 * The external IDs of an `external_ids:` map. An external ID is the text in the file: `1e3` or
 * `0x10` is not read as a number (1000, 16) but kept as written, and reported when it is not of
 * its tool's form, with the entry's line.
 */
function externalIdsFrom(
  entries: Iterable<ExtEntry>,
  file: string,
  findings: Finding[],
): ExternalIds {
  const out: ExternalIds = {};
  for (const { key, value, line } of entries) {
    const tool = normalizeToolName(key);
    // Keys that name no tool (the template's epic_jira, a team's own notes) are not ours to judge.
    if (!tool) continue;
    // null, ~ and an empty value are the template's placeholder: not assigned yet.
    if (value === null || value === '') continue;
    const upper = typeof value === 'string' ? value.toUpperCase() : undefined;
    if (upper === undefined || !EXTERNAL_ID_PATTERN[tool].test(upper)) {
      findings.push(
        finding(
          'error',
          'FRONTMATTER_MISMATCH',
          `external_ids.${key} = ${typeof value === 'string' ? value : value.nested} is not a valid ${TOOL_LABEL[tool]} ID (${TOOL_FORM[tool]})`,
          { file, line },
        ),
      );
      continue;
    }
    out[tool] = upper;
  }
  return out;
}

/** What an external ID of each tool looks like, for messages. */
const TOOL_FORM: Record<Tool, string> = {
  azure_devops: 'a number such as 123',
  github: 'a number such as 123',
  jira: 'a key and a number such as PROJ-123',
  linear: 'a key and a number such as TEAM-123',
};

export function readTaskText(text: string, path: string, file: string): TaskRecord {
  return readTaskWith(text, path, file, fastRead);
}

/** The yaml library's reading alone: what the fast reader must agree with (tests compare them). */
export function readTaskTextWithYaml(text: string, path: string, file: string): TaskRecord {
  return readTaskWith(text, path, file, () => undefined);
}

function readTaskWith(
  text: string,
  path: string,
  file: string,
  fastReader: typeof fastRead,
): TaskRecord {
  const rec: TaskRecord = { file, path, hasFrontmatter: false, findings: [] };
  const bad = text.indexOf('\uFFFD');
  if (bad !== -1) {
    // Decoded with replacement characters: editing it would destroy the bytes that were there.
    const line = text.slice(0, bad).split('\n').length;
    rec.findings.push(
      policyFinding(
        'NOT_UTF8',
        `is not valid UTF-8 (line ${line}), so extids neither reads nor edits it; save it as UTF-8`,
        { file, line },
      ),
    );
    return rec;
  }
  const fm = findFrontmatter(text);
  if (!fm) {
    rec.findings.push(noFrontmatter(text, file));
    return rec;
  }
  rec.hasFrontmatter = true;
  const fast = fastReader(text, fm);
  if (fast) {
    const f = fast.fields;
    const id = f.id ?? f.task_id;
    if (id) {
      rec.idField = f.id ? 'id' : 'task_id';
      rec.idLine = id.line;
      if (id.value && id.value.value !== null) rec.id = id.value.value;
      else rec.idValue = 'empty';
    }
    const created = f.created?.value?.value;
    if (created) rec.created = created;
    const title = f.title?.value?.value;
    if (title) rec.title = title;
    // A status is a word; YAML 1.1 reading `on` or `2026-01-01` there is no status.
    const status = f.status?.value?.typed ? undefined : f.status?.value?.value;
    if (status) rec.status = status;
    if (fast.ext) {
      rec.externalIdsLine = fast.ext.line;
      const entries: ExtEntry[] = [];
      for (const [key, e] of fast.ext.entries)
        entries.push({ key, value: e.value.value, line: e.line });
      rec.externalIds = externalIdsFrom(entries, file, rec.findings);
    }
  } else slowRead(text, fm, rec);
  if (rec.idField === 'task_id' && rec.id !== undefined)
    rec.findings.push(
      policyFinding(
        'LEGACY_TASK_ID_FIELD',
        `uses the legacy "task_id:" field; rename it to "id:"`,
        {
          file,
          line: rec.idLine,
        },
      ),
    );
  return rec;
}

/** What the `yaml` library makes of frontmatter, read as PyYAML reads it. */
type YamlDoc = ReturnType<ReturnType<typeof yaml>['parseDocument']>;

/**
 * Parses frontmatter the way PyYAML's safe_load reads it: every scalar a string (the failsafe
 * schema, and no tag resolved by the library: `!!timestamp` would make a Date), plain and tagged
 * ones then read by yaml11.ts; `<<` merge keys as PyYAML merges them (mergedPairs); a repeated
 * key kept (the last value wins). `refusal` says what PyYAML would refuse.
 */
function parseFrontmatter(src: string, lineCounter?: LineCounter): YamlDoc {
  return yaml().parseDocument(src, {
    schema: 'failsafe',
    merge: true,
    uniqueKeys: false,
    resolveKnownTags: false,
    prettyErrors: false,
    lineCounter,
  });
}

/** Why PyYAML's safe_load refuses a frontmatter text, and where (an offset in `src`). */
interface Refusal {
  message: string;
  offset?: number;
}

/**
 * What makes PyYAML refuse frontmatter the `yaml` library parsed as `doc`, the first found: a
 * syntax error, a tab where PyYAML's scanner takes none (refusedTab), or a node SafeConstructor
 * cannot build (unconstructable). undefined when PyYAML reads it.
 */
function refusal(doc: YamlDoc, src: string): Refusal | undefined {
  const tab = refusedTab(src);
  if (tab !== undefined)
    return {
      message: `a tab where PyYAML takes none (found character '\\t' that cannot start any token); use spaces`,
      offset: tab,
    };
  const e = doc.errors[0];
  if (e) return { message: e.message.split('\n')[0]!, offset: e.pos[0] };
  return unconstructable(doc);
}

/**
 * The offset of the first tab PyYAML refuses. Its scanner skips only spaces between tokens and
 * ends a plain scalar at a tab (scanner.py, scan_to_next_token and scan_plain), so a tab is
 * accepted only inside a quoted scalar, a comment, or a block scalar's content at or past its
 * indentation (`|` then `  \tx`); anywhere else (`title:\tx`, `title: a\tb`, `id: x\t`, a line of
 * only a tab) PyYAML fails with "found character '\\t' that cannot start any token".
 */
function refusedTab(src: string): number | undefined {
  if (!src.includes('\t')) return undefined;
  const { Lexer, CST } = yaml();
  let offset = 0;
  let scalarNext = false;
  let block = false;
  for (const tok of new Lexer().lex(src)) {
    // The lexer's control tokens (document, flow error, scalar) stand for no character.
    if (tok === '\x02' || tok === '\x18' || tok === '\x1f') {
      scalarNext = tok === '\x1f';
      continue;
    }
    const at = offset;
    offset += tok.length;
    const content = scalarNext;
    const inBlock = content && block;
    scalarNext = false;
    if (content) block = false;
    else if (CST.tokenType(tok) === 'block-scalar-header') block = true;
    if (!tok.includes('\t')) continue;
    if (inBlock) {
      const bad = blockTab(tok);
      if (bad !== undefined) return at + bad;
    } else if (content || !TAB_TOKENS.has(String(CST.tokenType(tok))))
      return at + tok.indexOf('\t');
  }
  return undefined;
}

/** The tokens a tab may be part of in PyYAML: quoted scalars and comments (block scalars: blockTab). */
const TAB_TOKENS = new Set(['single-quoted-scalar', 'double-quoted-scalar', 'comment']);

/** In a block scalar's content, a tab in a line's indentation (before the block's own): PyYAML ends the scalar there and fails. */
function blockTab(content: string): number | undefined {
  // PyYAML's indentation is the first content line's spaces (a tab after them is content).
  const first = /^( *)[^ \r\n]/m.exec(content);
  const indent = Math.max(1, first ? first[1]!.length : 1);
  let at = 0;
  for (const line of content.split('\n')) {
    let s = 0;
    while (line[s] === ' ') s++;
    if (line[s] === '\t' && s < indent) return at + s;
    at += line.length + 1;
  }
  return undefined;
}

/**
 * The first node PyYAML's SafeConstructor cannot build: a plain scalar (`2026-02-30`, `0x_`, `=`)
 * or a tagged one (`!!int abc`, `!!python/none`, `!foo`) yaml11.ts refuses, a collection with a
 * tag it has no constructor for, a `<<` merge of something other than maps, an unhashable key.
 */
function unconstructable(doc: YamlDoc): Refusal | undefined {
  const { visit, isMap, isSeq, isAlias } = yaml();
  let found: Refusal | undefined;
  const deref = (n: unknown) => (isAlias(n) ? n.resolve(doc) : n);
  const refuse = (message: string, node: unknown) => {
    found = { message, offset: rangeOf(node)?.[0] };
    return visit.BREAK;
  };
  visit(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) === undefined)
        return refuse(`*${node.source} names no anchor before it (undefined alias)`, node);
    },
    Scalar(_key, node) {
      if (typeof node.value === 'symbol') return; // a `<<` merge key
      const r = pyScalarOf(node);
      if (r.kind === 'error') return refuse(r.message, node);
    },
    Map(_key, node) {
      const tag = node.tag;
      if (tag !== undefined && tag !== '!' && tag !== YAML_TAG + 'map' && tag !== YAML_TAG + 'set')
        return refuse(
          `a mapping tagged ${tag.replace(YAML_TAG, '!!')}, which PyYAML's safe_load cannot build`,
          node,
        );
      for (const p of node.items as Pair[]) {
        if (isMap(p.key) || isSeq(p.key))
          return refuse(
            'a mapping or list as a key, which PyYAML cannot use (unhashable key)',
            p.key,
          );
        if (!isMergeKey(p)) continue;
        const v = deref(p.value);
        const maps = isSeq(v) ? v.items.map(deref) : [v];
        if (!maps.every((m) => isMap(m)))
          return refuse(
            'a << merge of something other than a mapping or a list of mappings',
            p.value,
          );
      }
    },
    Seq(_key, node) {
      const tag = node.tag;
      if (tag === undefined || tag === '!' || tag === YAML_TAG + 'seq') return;
      if (tag !== YAML_TAG + 'omap' && tag !== YAML_TAG + 'pairs')
        return refuse(
          `a list tagged ${tag.replace(YAML_TAG, '!!')}, which PyYAML's safe_load cannot build`,
          node,
        );
      if (!node.items.every((m) => isMap(m) && m.items.length === 1))
        return refuse(`${tag.replace(YAML_TAG, '!!')} needs a list of one-key mappings`, node);
    },
  });
  return found;
}

/** Whether a pair is a `<<` merge key (the library gives it a symbol; quoted "<<" is a string, as in PyYAML). */
function isMergeKey(p: Pair): boolean {
  const { isScalar } = yaml();
  return isScalar(p.key) && typeof p.key.value === 'symbol';
}

/** PyYAML's reading of a scalar node: plain ones resolved, tagged ones constructed, quoted ones text. */
function pyScalarOf(n: Scalar): PyScalar {
  const text = n.value == null ? '' : String(n.value);
  if (n.tag !== undefined) return resolveTagged(n.tag, text);
  return n.type === 'PLAIN' ? resolvePlain(text) : { kind: 'str', value: text };
}

/** A scalar node's text as extids keeps it (fieldText); a map or list as its JSON. */
function nodeText(node: unknown, doc: YamlDoc): ExtEntry['value'] {
  const { isScalar, isAlias } = yaml();
  const n = isAlias(node) ? node.resolve(doc) : node;
  if (n == null) return null;
  if (!isScalar(n)) return { nested: JSON.stringify((n as { toJSON(): unknown }).toJSON()) };
  const v = n.value == null ? '' : String(n.value);
  const t = fieldText(pyScalarOf(n), v);
  return typeof t === 'object' && t !== null ? v : t;
}

/** Whether PyYAML reads a scalar node as a string (status is only read when it does). */
function isPyString(node: unknown, doc: YamlDoc): boolean {
  const { isScalar, isAlias } = yaml();
  const n = isAlias(node) ? node.resolve(doc) : node;
  return isScalar(n) && pyScalarOf(n).kind === 'str';
}

/** A key of a mapping as PyYAML's construct_mapping leaves it: its pair, and whether a `<<` merge gave it. */
interface KeptPair {
  pair: Pair;
  merged: boolean;
}

/**
 * A mapping's keys as PyYAML's SafeConstructor reads them (`flatten_mapping`): the pairs of each
 * `<<` merge first (of a list of maps, the earlier map wins; of two `<<` keys, the later), then
 * the map's own pairs; the last pair of a key wins. Keys are the scalars' text.
 */
function mergedPairs(map: YAMLMap, doc: YamlDoc): Map<string, KeptPair> {
  const out = new Map<string, KeptPair>();
  for (const { key, pair, merged } of flatten(map, doc, false)) out.set(key, { pair, merged });
  return out;
}

function flatten(
  map: YAMLMap,
  doc: YamlDoc,
  merged: boolean,
): { key: string; pair: Pair; merged: boolean }[] {
  const { isScalar, isMap, isSeq, isAlias } = yaml();
  const deref = (n: unknown) => (isAlias(n) ? n.resolve(doc) : n);
  const merges: { key: string; pair: Pair; merged: boolean }[] = [];
  const own: { key: string; pair: Pair; merged: boolean }[] = [];
  for (const p of map.items as Pair[]) {
    if (isMergeKey(p)) {
      const v = deref(p.value);
      const maps = isSeq(v) ? v.items.map(deref).reverse() : [v];
      for (const m of maps) if (isMap(m)) merges.push(...flatten(m, doc, true));
    } else if (isScalar(p.key)) own.push({ key: String(p.key.value), pair: p, merged });
  }
  return [...merges, ...own];
}

/**
 * Each top-level scalar of a frontmatter text (without its `---` fences) as PyYAML's safe_load
 * reads it: what `__tests__/yaml11.test.ts` compares with PyYAML itself. Maps and lists are left
 * out; `error` when PyYAML could not read the text.
 */
export function pyyamlScalars(src: string): { error: string } | Map<string, PyScalar> {
  const { isMap, isScalar, isAlias } = yaml();
  const doc = parseFrontmatter(src);
  const broken = refusal(doc, src)?.message;
  if (broken !== undefined) return { error: broken };
  if (!isMap(doc.contents)) return { error: 'not a mapping' };
  const out = new Map<string, PyScalar>();
  for (const [key, { pair }] of mergedPairs(doc.contents, doc)) {
    const v = isAlias(pair.value) ? pair.value.resolve(doc) : pair.value;
    if (v != null && !isScalar(v)) continue;
    out.set(key, v == null ? { kind: 'null' } : pyScalarOf(v));
  }
  return out;
}

/** Why a markdown file under the tasks directory without frontmatter is not a task: one finding. */
function noFrontmatter(text: string, file: string): Finding {
  const why =
    text.trim() === ''
      ? 'is empty'
      : /^\uFEFF?---[ \t]*\r?\n/.test(text)
        ? 'opens frontmatter with --- but never closes it with a --- line'
        : 'has no frontmatter';
  return policyFinding(
    'NO_FRONTMATTER',
    `${why}, so it is not a task (add it to "exclude" in the config if it is a guide or a README)`,
    { file, line: 1 },
  );
}

function slowRead(text: string, fm: Frontmatter, rec: TaskRecord): void {
  const { LineCounter, isMap, isScalar, isAlias } = yaml();
  const src = text.slice(fm.start, fm.end);
  const lc = new LineCounter();
  // PyYAML, the ecosystem's reader, accepts a repeated key and keeps the last value: so do we.
  const doc = parseFrontmatter(src, lc);
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? undefined : lc.linePos(offset).line + fm.firstLine - 1;
  const broken = refusal(doc, src);
  if (broken) {
    rec.findings.push(
      policyFinding('FRONTMATTER_PARSE_ERROR', `frontmatter is not valid YAML: ${broken.message}`, {
        file: rec.file,
        line: lineOf(broken.offset),
      }),
    );
    return;
  }
  if (!isMap(doc.contents)) {
    rec.findings.push(
      policyFinding(
        'FRONTMATTER_PARSE_ERROR',
        'frontmatter is not a YAML mapping of keys to values',
        { file: rec.file, line: fm.firstLine },
      ),
    );
    return;
  }
  const items = doc.contents.items as Pair[];
  const top = mergedPairs(doc.contents, doc);
  const pairOf = (k: string) => top.get(k)?.pair;
  reportRepeatedKeys(items, '', lineOf, rec);
  const keyLine = (p: Pair) => lineOf(rangeOf(p.key)?.[0]);
  const textOf = (k: string): string | undefined => {
    const p = pairOf(k);
    const v = p ? nodeText(p.value, doc) : null;
    return typeof v === 'string' && v !== '' ? v : undefined;
  };
  const idPair = pairOf('id') ?? pairOf('task_id');
  if (idPair) {
    rec.idField = pairOf('id') ? 'id' : 'task_id';
    rec.idLine = keyLine(idPair);
    const v = nodeText(idPair.value, doc);
    if (typeof v === 'string') rec.id = v;
    else rec.idValue = v === null ? 'empty' : 'not-single';
  }
  const created = textOf('created');
  if (created) rec.created = created;
  const title = textOf('title');
  if (title) rec.title = title;
  const status = pairOf('status');
  if (status && isPyString(status.value, doc)) {
    const v = textOf('status');
    if (v) rec.status = v;
  }
  const ext = pairOf('external_ids');
  if (ext) {
    rec.externalIdsLine = keyLine(ext);
    const value = isAlias(ext.value) ? ext.value.resolve(doc) : ext.value;
    if (value == null || (isScalar(value) && nodeText(value, doc) === null)) return;
    if (!isMap(value)) {
      rec.findings.push(
        finding('error', 'FRONTMATTER_MISMATCH', 'external_ids must be a map of tool to ID', {
          file: rec.file,
          line: rec.externalIdsLine,
        }),
      );
      return;
    }
    const extItems = value.items as Pair[];
    reportRepeatedKeys(extItems, 'external_ids.', lineOf, rec);
    // The last of a repeated key wins, and a `<<` merge gives what it gives, as in PyYAML.
    rec.externalIds = externalIdsFrom(
      [...mergedPairs(value, doc)].map(([key, { pair: p }]) => ({
        key,
        value: nodeText(p.value, doc),
        line: keyLine(p) ?? rec.externalIdsLine,
      })),
      rec.file,
      rec.findings,
    );
  }
}

/** A key written twice: PyYAML keeps the last value, and so does extids; a warning says so. */
function reportRepeatedKeys(
  items: Pair[],
  prefix: string,
  lineOf: (offset: number | undefined) => number | undefined,
  rec: TaskRecord,
): void {
  const { isScalar } = yaml();
  const seen = new Map<string, number | undefined>();
  for (const p of items) {
    if (!isScalar(p.key)) continue;
    const key = String(p.key.value);
    const line = lineOf((p.key as { range?: [number, number, number] }).range?.[0]);
    if (seen.has(key))
      rec.findings.push(
        finding(
          'warning',
          'DUPLICATE_YAML_KEY',
          `${prefix}${key} is written twice (lines ${seen.get(key)} and ${line}); PyYAML keeps the last value, and so does extids`,
          { file: rec.file, line },
        ),
      );
    seen.set(key, line);
  }
}

/** `PROJ-12` stays plain; `"234"` is quoted so YAML keeps it a string. */
const yamlValue = (v: string): string => (/^[0-9]+$/.test(v) ? `"${v}"` : v);

/**
 * Returns the text with the frontmatter's external_ids set to `desired` (tools not named keep
 * their value). No other byte changes: lines are inserted or a value's own characters replaced.
 */
export function setExternalIds(text: string, desired: ExternalIds, file = 'the task file'): string {
  const next = editExternalIds(text, desired, file);
  if (next === text) return next;
  // Never write what would not read back: an odd file (a lone CR, a construct the editor does
  // not expect) is refused with the reason, and left as it is.
  const before = readTaskText(text, file, file);
  const after = readTaskText(next, file, file);
  const got = after.externalIds ?? {};
  if (
    after.id !== before.id ||
    TOOLS.some((t) => desired[t] !== undefined && got[t] !== desired[t])
  )
    throw new ExtidsError(
      'WRITE_FAILED',
      `refusing to edit ${file}: its frontmatter would not read back with external_ids ${JSON.stringify(desired)}; add them by hand or simplify the frontmatter`,
      { file },
    );
  return next;
}

/**
 * setExternalIds for a command that edits many files: a file whose external IDs a `<<` merge
 * gives a different value is left as it is, and `findings` gets the FRONTMATTER_MISMATCH error that says
 * why (file and line); any other refusal throws, as setExternalIds does.
 */
export function setExternalIdsOrReport(
  text: string,
  desired: ExternalIds,
  file: string,
  findings: Finding[],
): string {
  try {
    return setExternalIds(text, desired, file);
  } catch (err) {
    if (!(err instanceof ExtidsError && err.details.findings?.length)) throw err;
    findings.push(...err.details.findings);
    return text;
  }
}

function editExternalIds(text: string, desired: ExternalIds, file: string): string {
  const fm = findFrontmatter(text);
  if (!fm)
    throw new ExtidsError('WRITE_FAILED', `${file} has no frontmatter to add external_ids to`, {
      file,
    });
  const tools = TOOLS.filter((t) => desired[t] !== undefined);
  const fast = fastRead(text, fm);
  if (fast && !fast.ext && !fast.keys.has('external_ids'))
    return insertAt(text, fm.end, newBlock(desired, tools, detectIndent(text, fm), fm.eol));
  if (fast?.ext) {
    const edits: Edit[] = [];
    const indent = fast.ext.indent || detectIndent(text, fm);
    let added = '';
    for (const t of tools) {
      const present = [...fast.ext.entries].find(([k]) => normalizeToolName(k) === t);
      if (!present) added += `${indent}${t}: ${yamlValue(desired[t]!)}${fm.eol}`;
      else if (present[1].value.value?.toUpperCase() !== desired[t])
        edits.push(replaceValue(text, present[1].value, desired[t]!));
    }
    if (added) edits.push({ from: fast.ext.blockEnd, to: fast.ext.blockEnd, text: added });
    return applyEdits(text, edits);
  }
  return slowSet(text, fm, desired, tools, file);
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

const insertAt = (text: string, at: number, insert: string) =>
  text.slice(0, at) + insert + text.slice(at);

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.from - a.from))
    out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}

/** A new external_ids block, in block style. */
const newBlock = (desired: ExternalIds, tools: Tool[], indent: string, eol: string) =>
  `external_ids:${eol}` +
  tools.map((t) => `${indent}${t}: ${yamlValue(desired[t]!)}${eol}`).join('');

/** Replaces a value on its own line: `jira: null` → `jira: PROJ-5`, `jira:` → `jira: PROJ-5`. */
function replaceValue(text: string, span: { from: number; to: number }, value: string): Edit {
  const bare = span.from === span.to && text[span.from - 1] === ':';
  return { from: span.from, to: span.to, text: `${bare ? ' ' : ''}${yamlValue(value)}` };
}

type Range = [number, number, number];
const rangeOf = (node: unknown): Range | undefined => (node as { range?: Range } | null)?.range;

/**
 * Outside the line reader's subset: the yaml library finds the ranges, and the edit is made in
 * place as in the fast path. A block stays a block (keys, order, comments and indentation kept);
 * a flow map stays a flow map.
 */
function slowSet(
  text: string,
  fm: Frontmatter,
  desired: ExternalIds,
  tools: Tool[],
  file: string,
): string {
  const { isMap, isScalar } = yaml();
  const src = text.slice(fm.start, fm.end);
  const doc = parseFrontmatter(src);
  if (refusal(doc, src) || !isMap(doc.contents))
    throw new ExtidsError(
      'WRITE_FAILED',
      `refusing to edit ${file}: its frontmatter is not valid YAML; fix it before assigning`,
      { file },
    );
  const lineOf = (node: unknown) =>
    src.slice(0, rangeOf(node)?.[0] ?? 0).split('\n').length + fm.firstLine - 1;
  // A value a `<<` merge gives is the person's, written elsewhere (perhaps shared by an anchor):
  // extids neither edits it there nor shadows it with a second value here.
  const mergedRefusal = (what: string, kept: KeptPair, want: string) => {
    const line = lineOf(kept.pair.key);
    const message = `${what} comes from a << merge (line ${line}): extids does not write ${want} over it (a second key would silently override what is written there) nor edit the merged map; change it there by hand`;
    return new ExtidsError('WRITE_FAILED', `refusing to edit ${file}: ${message}`, {
      file,
      findings: [
        finding('error', 'FRONTMATTER_MISMATCH', `not edited: ${message}`, { file, line }),
      ],
    });
  };
  const top = mergedPairs(doc.contents, doc).get('external_ids');
  if (top?.merged) throw mergedRefusal('external_ids', top, JSON.stringify(desired));
  const pair = top?.pair;
  const indent = detectIndent(text, fm);
  if (!pair) return insertAt(text, fm.end, newBlock(desired, tools, indent, fm.eol));
  const at = (offset: number) => fm.start + offset;
  const value = pair.value;
  const empty = value == null || (isScalar(value) && nodeText(value, doc) === null);
  if (empty) {
    // `external_ids:` (or `: null`, `: ~`) on its own: the block goes under the key's line.
    const lineEnd = text.indexOf('\n', at(rangeOf(pair.key)![1]));
    const colon = text.indexOf(':', at(rangeOf(pair.key)![1]));
    const block = newBlock(desired, tools, indent, fm.eol);
    return (
      text.slice(0, colon) +
      block.slice('external_ids'.length, -fm.eol.length) +
      text.slice(lineEnd - (text[lineEnd - 1] === '\r' ? 1 : 0))
    );
  }
  if (!isMap(value))
    throw new ExtidsError(
      'WRITE_FAILED',
      `refusing to edit ${file}: external_ids is not a map of tool to ID; fix it before assigning`,
      { file },
    );
  const items = value.items as Pair[];
  const kept = [...mergedPairs(value, doc)];
  const keptOf = (t: Tool) => kept.findLast(([k]) => normalizeToolName(k) === t)?.[1];
  const itemOf = (t: Tool) => keptOf(t)?.pair;
  // A tool already in the map: its value's own characters are replaced, nothing around them.
  const edits: Edit[] = [];
  for (const t of tools) {
    const k = keptOf(t);
    if (!k) continue;
    const item = k.pair;
    const v = item.value;
    const written = isScalar(v) ? nodeText(v, doc) : null;
    const current =
      typeof written === 'string' && written !== '' ? written.toUpperCase() : undefined;
    if (current === desired[t]) continue;
    if (k.merged) throw mergedRefusal(`external_ids.${t}`, k, desired[t]!);
    const r = rangeOf(v);
    const keyEnd = at(rangeOf(item.key)![1]);
    const span =
      r && r[1] > r[0]
        ? { from: at(r[0]), to: at(r[1]) }
        : { from: text.indexOf(':', keyEnd) + 1, to: text.indexOf(':', keyEnd) + 1 };
    edits.push(replaceValue(text, span, desired[t]!));
  }
  const missing = tools.filter((t) => !itemOf(t));
  if (value.flow) {
    // A flow map stays a flow map, its spacing as written: new entries go after the last one.
    if (missing.length) {
      const add = missing.map((t) => `${t}: ${yamlValue(desired[t]!)}`).join(', ');
      const last = items.at(-1);
      const end = last
        ? at(rangeOf(last.value)?.[1] ?? rangeOf(last.key)![1])
        : at(rangeOf(value)![0]) + 1;
      edits.push({ from: end, to: end, text: last ? `, ${add}` : ` ${add} ` });
    }
    return applyEdits(text, edits);
  }
  const firstKey = rangeOf(items[0]?.key);
  const itemIndent = firstKey
    ? text.slice(text.lastIndexOf('\n', at(firstKey[0])) + 1, at(firstKey[0]))
    : indent;
  const added = missing
    .map((t) => `${itemIndent}${t}: ${yamlValue(desired[t]!)}${fm.eol}`)
    .join('');
  if (added) {
    const last = items.at(-1)!;
    const end = at(rangeOf(last.value)?.[1] ?? rangeOf(last.key)![1]);
    const nl = text.indexOf('\n', end);
    const lineEnd = nl === -1 || nl > fm.end ? fm.end : nl + 1;
    edits.push({ from: lineEnd, to: lineEnd, text: added });
  }
  return applyEdits(text, edits);
}

function detectIndent(text: string, fm: Frontmatter): string {
  const m = /\n( +)[^ \n]/.exec(text.slice(fm.start - 1, fm.end));
  return m ? m[1]! : '  ';
}

export interface ScanOptions {
  root: string;
  /** Matched against paths relative to the tasks directory: files that are not tasks. */
  exclude?: RegExp;
  onProgress?: (done: number, total: number) => void;
  /** Read the files on a worker thread from this many (read-files.ts); Infinity: never. */
  readAheadFrom?: number;
}

/** A task file found under the tasks directory. */
interface Listed {
  path: string;
  /** Relative to the tasks directory, with forward slashes. */
  rel: string;
}

/**
 * The markdown files under `tasksDir`, sorted. Relative paths are built while walking: asking
 * node:path for 20,000 of them cost more than reading the files' frontmatter. Symbolic links
 * (to a `.md` file or to a folder) are not followed; they go to `links` when it is given.
 */
export function listTaskFiles(tasksDir: string, links?: Listed[]): Listed[] {
  const out: Listed[] = [];
  const walk = (dir: string, rel: string) => {
    let entries: nodeFs.Dirent[];
    try {
      entries = nodeFs.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw new ExtidsError('UNREADABLE', `cannot read ${dir}: ${describeFsError(err)}`, {
        file: dir,
        cause: err,
      });
    }
    for (const e of entries) {
      if (isSkippedName(e.name)) continue; // the rule of notATask (paths.ts)
      const p = dir + sep + e.name;
      const r = rel + e.name;
      if (e.isDirectory()) walk(p, r + '/');
      else if (e.isFile() && isMarkdown(e.name)) out.push({ path: p, rel: r });
      else if (links && e.isSymbolicLink() && (isMarkdown(e.name) || isFolder(p)))
        links.push({ path: p, rel: r });
    }
  };
  walk(tasksDir, '');
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

const isFolder = (p: string): boolean => {
  try {
    return nodeFs.statSync(p).isDirectory();
  } catch {
    return false; // a dangling link: a .md one is reported, anything else is not a task
  }
};

/**
 * A symbolic link where a task file or folder would be. extids does not follow links: a link to
 * a task under the tasks directory would make one task two files (it is read where it lives); a
 * link out of it (or out of the repository) would have extids read and write a file it does not
 * keep; and an atomic write replaces the link with a regular file, so the IDs would never reach
 * the file it points to and git would record a link turned into a file. One warning (policy.ts)
 * names the link, what it points to and what becomes of that task, in every door.
 */
export function linkedTask(path: string, file: string, tasksDir: string): Finding {
  let target = '';
  try {
    target = nodeFs.readlinkSync(path);
  } catch {
    /* gone since it was listed: the finding still names it */
  }
  const resolved = resolvePath(dirname(path), target);
  const folder = isFolder(path);
  const inside =
    (resolved === tasksDir || resolved.startsWith(tasksDir + sep)) &&
    (folder || (nodeFs.existsSync(resolved) && nodeFs.statSync(resolved).isFile()));
  const what = folder ? 'a folder' : 'a task file';
  const becomes = inside
    ? `what it points to is read where it lives, under the tasks directory, and gets its IDs there`
    : `so ${folder ? 'no task in it is read' : 'the task it points to gets no external IDs'}: put the ${folder ? 'folder' : 'file'} itself under the tasks directory instead of a link`;
  return policyFinding(
    'SYMLINK_TASK',
    `is a symbolic link (to ${target || 'an unreadable target'}) where ${what} would be; extids does not follow links (it reads and writes only regular files, and a write would replace the link with a file), ${becomes}`,
    { file },
  );
}

/** Reads one task file; `file` is its path relative to `root` when the caller knows it. */
export function readTask(path: string, root: string, file = relPath(root, path)): TaskRecord {
  let text: string;
  try {
    text = readText(path);
  } catch (err) {
    return unreadable(path, file, err as Error);
  }
  return readTaskText(text, path, file);
}

const unreadable = (path: string, file: string, err: Error): TaskRecord => ({
  file,
  path,
  hasFrontmatter: false,
  findings: [finding('error', 'UNREADABLE', `cannot be read: ${err.message}`, { file })],
});

/** Every task file under `tasksDir`, read (on a second thread when there are many: read-files.ts). */
export async function scanTasks(tasksDir: string, opts: ScanOptions): Promise<TaskRecord[]> {
  const links: Listed[] = [];
  const files = listTaskFiles(tasksDir, links).filter((f) => !notATask(f.rel, opts.exclude));
  const base = relPath(opts.root, tasksDir);
  const prefix = base === '' ? '' : base + '/';
  const out: TaskRecord[] = [];
  await readFiles(
    files.map((f) => f.path),
    (i, read) => {
      const f = files[i]!;
      const file = prefix + f.rel;
      out.push(
        read.text === undefined
          ? unreadable(f.path, file, read.error)
          : readTaskText(read.text, f.path, file),
      );
      if (opts.onProgress && (i % 250 === 249 || i === files.length - 1))
        opts.onProgress(i + 1, files.length);
    },
    { aheadFrom: opts.readAheadFrom },
  );
  // A link is no task (no frontmatter read): a record that carries only its finding.
  for (const l of links)
    if (!opts.exclude?.test(l.rel))
      out.push({
        file: prefix + l.rel,
        path: l.path,
        hasFrontmatter: false,
        findings: [linkedTask(l.path, prefix + l.rel, tasksDir)],
      });
  return out;
}

/** Tasks grouped by internal ID; more than one file for an ID is a DUPLICATE_TASK_ID. */
export function tasksById(tasks: TaskRecord[]): Map<string, TaskRecord[]> {
  const byId = new Map<string, TaskRecord[]>();
  for (const t of tasks) {
    if (t.id === undefined) continue;
    const same = byId.get(t.id);
    if (same) same.push(t);
    else byId.set(t.id, [t]);
  }
  return byId;
}

/** The markdown after the frontmatter (the whole text when there is none), without leading blank lines. */
export function taskBody(text: string): string {
  const fm = findFrontmatter(text);
  if (!fm) return text.replace(/^\s*\n/, '');
  const nl = text.indexOf('\n', fm.end);
  return (nl === -1 ? '' : text.slice(nl + 1)).replace(/^(?:[ \t]*\r?\n)+/, '');
}
