/**
 * Task files: markdown with YAML frontmatter under the tasks directory, at any depth.
 *
 * Reading: the frontmatter of most task files is plain `key: value` lines, and a repository can
 * hold tens of thousands, so a line reader handles that subset and hands anything else (flow
 * maps, anchors, multi-line scalars, duplicate keys…) to the `yaml` library, which decides.
 * Writing: only the `external_ids` block changes; every other byte of the file stays.
 */
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, type Pair } from 'yaml';
import { describeFsError, ExtidsError, finding, type Finding } from './findings.js';
import { EXTERNAL_ID_PATTERN, normalizeToolName, TOOLS, type Tool } from './ids.js';
import { relPath } from './paths.js';
import type { ExternalIds } from './schema.js';

export interface TaskRecord {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  path: string;
  hasFrontmatter: boolean;
  id?: string;
  idField?: 'id' | 'task_id';
  idLine?: number;
  externalIds?: ExternalIds;
  externalIdsLine?: number;
  created?: string;
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

export function findFrontmatter(text: string): Frontmatter | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', bom)) return undefined;
  const nl = text.indexOf('\n', bom);
  if (nl === -1 || text.slice(bom + 3, nl).trim() !== '') return undefined;
  const eol = text[nl - 1] === '\r' ? '\r\n' : '\n';
  // A fence is a whole line between \n and \n (a lone \r is not a line break here).
  const close = /(?<=\n)(?:---|\.\.\.)[ \t]*\r?(?=\n|$)/g;
  close.lastIndex = nl + 1;
  const m = close.exec(text);
  if (!m) return undefined;
  return { start: nl + 1, end: m.index, eol, firstLine: 2 };
}

interface ScalarSpan {
  value: string;
  /** Offsets of the value's source text in the file. */
  from: number;
  to: number;
}

interface FastResult {
  top: Map<string, { line: number; value?: ScalarSpan; offset: number }>;
  ext?: {
    line: number;
    entries: Map<string, { line: number; value: ScalarSpan; lineEnd: number }>;
    indent: string;
    blockEnd: number;
  };
}

const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+|$)/;
const NESTED_KEY = /^([ ]+)([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]+/;

/** Plain scalars YAML reads as a number, a boolean or null: the library decides what they are. */
const NOT_A_STRING =
  /^(?:[-+]?(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9_]+)(?:[eE][-+]?[0-9]+)?|0x[0-9a-fA-F_]+|0o[0-7_]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|Null|NULL)$/;

/** A single-line scalar in the safe subset, or undefined if the library must decide. */
function simpleScalar(src: string, from: number): ScalarSpan | undefined | null {
  let s = src;
  const hash = s.search(/[ \t]#/);
  if (hash !== -1) s = s.slice(0, hash);
  s = s.replace(/[ \t]+$/, '');
  if (s === '' || s === '~' || s === 'null') return null;
  const to = from + s.length;
  if (s[0] === '"') return /^"[^"\\]*"$/.test(s) ? { value: s.slice(1, -1), from, to } : undefined;
  if (s[0] === "'") return /^'[^']*'$/.test(s) ? { value: s.slice(1, -1), from, to } : undefined;
  if (/^[&*!|>{[%@`,?:-]/.test(s) || /: |#/.test(s) || NOT_A_STRING.test(s)) return undefined;
  return { value: s, from, to };
}

/** Reads the top-level keys the ledger needs; undefined when the frontmatter is outside the subset. */
function fastRead(text: string, fm: Frontmatter): FastResult | undefined {
  const top: FastResult['top'] = new Map();
  let ext: FastResult['ext'];
  let inExt = false;
  let line = fm.firstLine - 1;
  for (let pos = fm.start; pos < fm.end;) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1 || nl > fm.end) nl = fm.end;
    const lineEnd = nl;
    const raw = text.slice(pos, text[nl - 1] === '\r' ? nl - 1 : nl);
    line++;
    const next = nl + 1;
    if (raw.trim() === '' || /^[ ]*#/.test(raw)) {
      pos = next;
      continue;
    }
    if (raw[0] === ' ') {
      if (!inExt) {
        pos = next;
        continue; // content of another key: not ours to read
      }
      const m = NESTED_KEY.exec(raw);
      if (!m || (ext!.indent && m[1] !== ext!.indent)) return undefined;
      ext!.indent = m[1]!;
      const v = simpleScalar(raw.slice(m[0].length), pos + m[0].length);
      if (!v || ext!.entries.has(m[2]!)) return undefined;
      ext!.entries.set(m[2]!, { line, value: v, lineEnd });
      ext!.blockEnd = next;
      pos = next;
      continue;
    }
    inExt = false;
    const m = TOP_KEY.exec(raw);
    if (!m || top.has(m[1]!)) return undefined;
    const key = m[1]!;
    const rest = raw.slice(m[0].length);
    if (key === 'external_ids') {
      if (rest.replace(/[ \t]+#.*$/, '').trim() !== '') return undefined;
      ext = { line, entries: new Map(), indent: '', blockEnd: next };
      inExt = true;
      top.set(key, { line, offset: pos });
    } else if (key === 'id' || key === 'task_id' || key === 'created') {
      const v = simpleScalar(rest, pos + m[0].length);
      if (v === undefined) return undefined;
      top.set(key, v === null ? { line, offset: pos } : { line, value: v, offset: pos });
    } else {
      // Other keys are not read, but a flow collection or quote left open means the library must judge.
      const v = rest.trim();
      const open = v[0];
      if (
        (open === '[' && !v.endsWith(']')) ||
        (open === '{' && !v.endsWith('}')) ||
        ((open === '"' || open === "'") && (v.length < 2 || !v.endsWith(open)))
      )
        return undefined;
      top.set(key, { line, offset: pos });
    }
    pos = next;
  }
  return { top, ext };
}

function externalIdsFrom(
  raw: Record<string, unknown>,
  file: string,
  line: number | undefined,
  findings: Finding[],
): ExternalIds {
  const out: ExternalIds = {};
  for (const [k, v] of Object.entries(raw)) {
    const tool = normalizeToolName(k);
    // Keys that name no tool (the template's epic_jira, a team's own notes) are not ours to judge.
    if (!tool) continue;
    // null, ~ and an empty value are the template's placeholder: not assigned yet.
    if (v === null || v === undefined || v === '') continue;
    const value = typeof v === 'number' ? String(v) : v;
    if (typeof value !== 'string' || !EXTERNAL_ID_PATTERN[tool].test(value.toUpperCase())) {
      findings.push(
        finding(
          'error',
          'FRONTMATTER_MISMATCH',
          `external_ids.${k} = ${typeof v === 'string' ? v : JSON.stringify(v)} is not a valid external ID`,
          { file, line },
        ),
      );
      continue;
    }
    out[tool] = value.toUpperCase();
  }
  return out;
}

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
  const fm = findFrontmatter(text);
  if (!fm) return rec;
  rec.hasFrontmatter = true;
  const fast = fastReader(text, fm);
  if (fast) {
    const id = fast.top.get('id') ?? fast.top.get('task_id');
    if (id) {
      rec.idField = fast.top.has('id') ? 'id' : 'task_id';
      rec.idLine = id.line;
      if (id.value) rec.id = id.value.value;
    }
    const created = fast.top.get('created')?.value;
    if (created) rec.created = created.value;
    if (fast.ext) {
      rec.externalIdsLine = fast.ext.line;
      const raw: Record<string, unknown> = Object.create(null);
      for (const [k, e] of fast.ext.entries) raw[k] = e.value?.value ?? null;
      rec.externalIds = externalIdsFrom(raw, file, fast.ext.line, rec.findings);
    }
  } else slowRead(text, fm, rec);
  if (rec.idField === 'task_id' && rec.id !== undefined)
    rec.findings.push(
      finding(
        'warning',
        'LEGACY_TASK_ID_FIELD',
        `uses the legacy "task_id:" field; rename it to "id:"`,
        { file, line: rec.idLine },
      ),
    );
  return rec;
}

function slowRead(text: string, fm: Frontmatter, rec: TaskRecord): void {
  const src = text.slice(fm.start, fm.end);
  const lc = new LineCounter();
  const doc = parseDocument(src, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? undefined : lc.linePos(offset).line + fm.firstLine - 1;
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    rec.findings.push(
      finding(
        'error',
        'FRONTMATTER_PARSE_ERROR',
        `frontmatter is not valid YAML: ${e.message.split('\n')[0]}`,
        { file: rec.file, line: lineOf(e.pos[0]) },
      ),
    );
    return;
  }
  if (!isMap(doc.contents)) {
    rec.findings.push(
      finding(
        'error',
        'FRONTMATTER_PARSE_ERROR',
        'frontmatter is not a YAML mapping of keys to values',
        { file: rec.file, line: fm.firstLine },
      ),
    );
    return;
  }
  const pairOf = (k: string) =>
    (doc.contents as { items: Pair[] }).items.find((p) => isScalar(p.key) && p.key.value === k);
  const idPair = pairOf('id') ?? pairOf('task_id');
  if (idPair) {
    rec.idField = pairOf('id') ? 'id' : 'task_id';
    rec.idLine = lineOf((idPair.key as { range?: [number, number, number] }).range?.[0]);
    const v = isScalar(idPair.value) ? idPair.value.value : undefined;
    if (typeof v === 'string' || typeof v === 'number') rec.id = String(v);
  }
  const created = pairOf('created');
  if (created && isScalar(created.value) && created.value.value != null)
    rec.created = String(created.value.value);
  const ext = pairOf('external_ids');
  if (ext) {
    rec.externalIdsLine = lineOf((ext.key as { range?: [number, number, number] }).range?.[0]);
    const v = ext.value == null ? null : (ext.value as { toJSON(): unknown }).toJSON();
    if (v === null) return;
    if (typeof v !== 'object' || Array.isArray(v)) {
      rec.findings.push(
        finding('error', 'FRONTMATTER_MISMATCH', 'external_ids must be a map of tool to ID', {
          file: rec.file,
          line: rec.externalIdsLine,
        }),
      );
      return;
    }
    rec.externalIds = externalIdsFrom(
      v as Record<string, unknown>,
      rec.file,
      rec.externalIdsLine,
      rec.findings,
    );
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

function editExternalIds(text: string, desired: ExternalIds, file: string): string {
  const fm = findFrontmatter(text);
  if (!fm)
    throw new ExtidsError('WRITE_FAILED', `${file} has no frontmatter to add external_ids to`, {
      file,
    });
  const tools = TOOLS.filter((t) => desired[t] !== undefined);
  const fast = fastRead(text, fm);
  if (fast && !fast.ext && !fast.top.has('external_ids')) {
    const indent = detectIndent(text, fm);
    const block =
      `external_ids:${fm.eol}` +
      tools.map((t) => `${indent}${t}: ${yamlValue(desired[t]!)}${fm.eol}`).join('');
    return text.slice(0, fm.end) + block + text.slice(fm.end);
  }
  if (fast?.ext) {
    const edits: { from: number; to: number; text: string }[] = [];
    const indent = fast.ext.indent || detectIndent(text, fm);
    let added = '';
    for (const t of tools) {
      const present = [...fast.ext.entries].find(([k]) => normalizeToolName(k) === t);
      if (present) {
        const [, e] = present;
        if (e.value.value.toUpperCase() !== desired[t])
          edits.push({ from: e.value.from, to: e.value.to, text: yamlValue(desired[t]!) });
      } else added += `${indent}${t}: ${yamlValue(desired[t]!)}${fm.eol}`;
    }
    if (added) edits.push({ from: fast.ext.blockEnd, to: fast.ext.blockEnd, text: added });
    edits.sort((a, b) => b.from - a.from);
    let out = text;
    for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
    return out;
  }
  return slowSet(text, fm, desired, tools);
}

/** Outside the line reader's subset: the library finds the value's range, which is replaced as a flow map. */
function slowSet(text: string, fm: Frontmatter, desired: ExternalIds, tools: Tool[]): string {
  const src = text.slice(fm.start, fm.end);
  const doc = parseDocument(src, { uniqueKeys: true });
  if (doc.errors.length || !isMap(doc.contents))
    throw new Error('the frontmatter is not valid YAML; fix it before assigning');
  const pair = doc.contents.items.find((p) => isScalar(p.key) && p.key.value === 'external_ids');
  const current: Record<string, unknown> = pair?.value
    ? (((pair.value as { toJSON(): unknown }).toJSON() as Record<string, unknown>) ?? {})
    : {};
  const merged: Record<string, string> = {};
  for (const [k, v] of Object.entries(current ?? {})) {
    const tool = normalizeToolName(k);
    if (!tool || !tools.includes(tool)) merged[k] = String(v);
  }
  for (const t of tools) merged[t] = desired[t]!;
  const flow = `{ ${Object.entries(merged)
    .map(([k, v]) => `${k}: ${yamlValue(v)}`)
    .join(', ')} }`;
  if (!pair) return text.slice(0, fm.end) + `external_ids: ${flow}${fm.eol}` + text.slice(fm.end);
  const keyRange = (pair.key as { range: [number, number, number] }).range;
  const valueRange = (pair.value as { range?: [number, number, number] } | null)?.range;
  if (!valueRange) {
    // `external_ids:` with no value: put the map after the colon.
    const colon = src.indexOf(':', keyRange[1]);
    return text.slice(0, fm.start + colon + 1) + ` ${flow}` + text.slice(fm.start + colon + 1);
  }
  const [from, to] = [fm.start + valueRange[0], fm.start + valueRange[1]];
  const isBlock = !src.slice(valueRange[0], valueRange[1]).trimStart().startsWith('{');
  const before = isBlock
    ? text.slice(0, fm.start + keyRange[1]).replace(/[ \t]*$/, '') + ': '
    : text.slice(0, from);
  const after = isBlock ? fm.eol + text.slice(to).replace(/^\r?\n/, '') : text.slice(to);
  return (isBlock ? before.replace(/:\s*:\s$/, ': ') : before) + flow + after;
}

function detectIndent(text: string, fm: Frontmatter): string {
  const m = /\n( +)[^ \n]/.exec(text.slice(fm.start - 1, fm.end));
  return m ? m[1]! : '  ';
}

export interface ScanOptions {
  root: string;
  onProgress?: (done: number, total: number) => void;
}

const SKIP_DIRS = new Set(['node_modules', '.git']);

export function listTaskFiles(tasksDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
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
      if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && e.name.endsWith('.md')) out.push(p);
    }
  };
  walk(tasksDir);
  return out.sort();
}

export function readTask(path: string, root: string): TaskRecord {
  const file = relPath(root, path);
  let text: string;
  try {
    text = nodeFs.readFileSync(path, 'utf8');
  } catch (err) {
    return {
      file,
      path,
      hasFrontmatter: false,
      findings: [
        finding('error', 'UNREADABLE', `cannot be read: ${(err as Error).message}`, { file }),
      ],
    };
  }
  return readTaskText(text, path, file);
}

export function scanTasks(tasksDir: string, opts: ScanOptions): TaskRecord[] {
  const files = listTaskFiles(tasksDir);
  const out: TaskRecord[] = [];
  files.forEach((p, i) => {
    out.push(readTask(p, opts.root));
    if (opts.onProgress && (i % 250 === 249 || i === files.length - 1))
      opts.onProgress(i + 1, files.length);
  });
  return out;
}

/** Tasks grouped by internal ID; more than one file for an ID is a DUPLICATE_TASK_ID. */
export function tasksById(tasks: TaskRecord[]): Map<string, TaskRecord[]> {
  const byId = new Map<string, TaskRecord[]>();
  for (const t of tasks) if (t.id !== undefined) byId.set(t.id, [...(byId.get(t.id) ?? []), t]);
  return byId;
}

/** A POSIX extended regex (for `git grep -E`) matching the frontmatter line that declares `id`. */
export const idLineRegex = (id: string): string =>
  `^(id|task_id):[[:space:]]*["']?${id.replace(/[.[\]()*+?^$|\\{}]/g, '\\$&')}["']?[[:space:]]*$`;
