/**
 * Frontmatter scalars read as PyYAML reads them. A generated corpus (numbers in every YAML 1.1
 * form, booleans, nulls, dates, timestamps, strings that look like them; plain, double- and
 * single-quoted) is read by PyYAML's `yaml.safe_load` in one python3 process and by extids;
 * every disagreement fails.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { EXTERNAL_ID_PATTERN, normalizeToolName } from '../src/core/ids.js';
import { pyyamlScalars, readTaskText, readTaskTextWithYaml } from '../src/core/tasks.js';
import type { PyScalar } from '../src/core/yaml11.js';

type PyTag = [string, (string | boolean)?];
type PyResult = { ok: Record<string, PyTag> } | { error: 'syntax' | 'construct'; message: string };

/** PyYAML's reading of each document: every scalar as [type, value], or the stage that failed. */
function pyyaml(docs: string[]): PyResult[] {
  const script = `
import yaml, sys, json, datetime
def tag(v):
    if v is None: return ['null']
    if isinstance(v, bool): return ['bool', v]
    if isinstance(v, int): return ['int', str(v)]
    if isinstance(v, float): return ['float', repr(v)]
    if isinstance(v, datetime.datetime): return ['datetime', v.isoformat()]
    if isinstance(v, datetime.date): return ['date', v.isoformat()]
    if isinstance(v, str): return ['str', v]
    return ['other', repr(v)]
out = []
for doc in json.load(sys.stdin):
    try:
        d = yaml.safe_load(doc)
        out.append({'ok': {str(k): tag(v) for k, v in d.items()}})
    except yaml.constructor.ConstructorError as e:
        out.append({'error': 'construct', 'message': str(e)})
    except yaml.YAMLError as e:
        out.append({'error': 'syntax', 'message': str(e)})
    except Exception as e:
        out.append({'error': 'construct', 'message': repr(e)})
print(json.dumps(out))
`;
  const r = spawnSync('python3', ['-c', script], {
    input: JSON.stringify(docs),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`python3 with PyYAML is needed here: ${r.stderr}`);
  return JSON.parse(r.stdout) as PyResult[];
}

/** extids's reading in PyYAML's terms. */
function tagOf(s: PyScalar): PyTag {
  switch (s.kind) {
    case 'null':
      return ['null'];
    case 'bool':
      return ['bool', s.value];
    case 'int':
      return ['int', s.value.toString()];
    case 'float':
      return ['float', Number.isNaN(s.value) ? 'nan' : String(s.value)];
    case 'error':
      return ['error', s.message];
    default:
      return [s.kind, s.value];
  }
}

/** Python's float repr as a number, compared by value (1e+16 and 10000000000000000 are one). */
const pyFloat = (repr: string): string => {
  if (repr === 'nan') return 'nan';
  const n = repr === 'inf' ? Infinity : repr === '-inf' ? -Infinity : Number(repr);
  return Object.is(n, -0) ? '-0' : String(n);
};

const bodies = [
  // ints: decimal, signs, underscores, octal, binary, hex, base 60, and near misses
  ...[
    '0',
    '7',
    '010',
    '0_7',
    '017',
    '08',
    '09',
    '00',
    '0_',
    '1_000',
    '1__0',
    '1_',
    '12345678901234567890',
  ],
  ...['0b101', '0b_1', '0b_', '0b2', '0x1A', '0x1a', '0X1A', '0x_', '0x_F', '0xG', '0o17'],
  ...['1:30', '190:20:30', '1:60', '1:5', '0:30', '1_:30', '01:30', '1:30:'],
  // floats: PyYAML needs a dot and a signed exponent
  ...[
    '1.5',
    '1.',
    '.5',
    '._5',
    '._',
    '1.5e+3',
    '1.5e3',
    '1.5E-3',
    '1e3',
    '1e+3',
    '21E08',
    '21E+08',
  ],
  ...['1_000.5', '1.0e+999', '685.230_15e+03', '6.8523015e+5', '1:30.5', '190:20:30.15', '1.2.3'],
  ...['.inf', '.Inf', '.INF', '.iNf', 'inf', '.NaN', '.nan', '.NAN', 'NaN', 'nan'],
  // booleans and nulls, YAML 1.1 and 1.2 spellings
  ...['yes', 'Yes', 'YES', 'yEs', 'no', 'No', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF'],
  ...['true', 'True', 'TRUE', 'tRUE', 'false', 'False', 'FALSE', 'y', 'Y', 'n', 'N'],
  ...['~', 'null', 'Null', 'NULL', 'nULL', 'none', 'None'],
  // dates and timestamps, valid and not
  ...[
    '2026-01-01',
    '2026-1-1',
    '2024-02-29',
    '2026-02-29',
    '2026-13-01',
    '0000-01-01',
    '2026-02-30',
  ],
  ...['2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 -5', '2001-12-15T02:59:43.1Z'],
  ...['2001-12-15 2:59:43.10', '2001-1-1T1:00:00', '2001-12-14T25:00:00', '2001-12-14T21:59:60'],
  ...['2001-12-14T21:59:43+24', '2001-12-14T21:59:43+23:59', '2001-12-14T21:59:43.1234567Z'],
  ...['2001-12-14T21:59:43 Z', '2001-12-14T21:59:43.', '2001-12-14T21:59:43-0', '2026-01-01 10:00'],
  // other YAML 1.1 types and text that merely looks typed
  ...['=', '<<', 'TASK-1A2B', 'PROJ-5', '2100000000', '12abc', '0x', '+', '-', '.', '1-2', 'a1'],
];
const signed = bodies.flatMap((b) => (/^[0-9.]/.test(b) ? [b, `-${b}`, `+${b}`] : [b]));
// Generated: short strings of the characters YAML 1.1 numbers and dates are made of.
const generated = fc.sample(fc.stringMatching(/^[-+0-9_.:eExXbBTZ]{1,9}$/), {
  seed: 27,
  numRuns: 600,
});
const corpus = [...new Set([...signed, ...generated])].filter((s) => !/^-(?: |$)/.test(s));

describe('scalars read as PyYAML reads them (YAML 1.1)', () => {
  const plainDocs = corpus.map((s) => `v: ${s}\n`);
  const quoted = corpus.flatMap((s) => [`"${s}"`, `'${s}'`]);
  const quotedDocs = quoted.map((q) => `v: ${q}\n`);
  const py = pyyaml([...plainDocs, ...quotedDocs]);

  test(`each of ${corpus.length} plain scalars has PyYAML's type and value, or fails where PyYAML fails`, () => {
    const wrong: string[] = [];
    corpus.forEach((s, i) => {
      const want = py[i]!;
      const got = pyyamlScalars(plainDocs[i]!);
      if ('error' in want) {
        if (!(got instanceof Map) || got.get('v')?.kind === 'error') return;
        wrong.push(
          `${s}: PyYAML fails (${want.error}), extids reads ${JSON.stringify(tagOf(got.get('v')!))}`,
        );
        return;
      }
      const w = want.ok.v!;
      if (!(got instanceof Map))
        return void wrong.push(
          `${s}: PyYAML reads ${JSON.stringify(w)}, extids fails: ${got.error}`,
        );
      const g = tagOf(got.get('v')!);
      const same =
        w[0] === 'float' && g[0] === 'float'
          ? pyFloat(w[1] as string) ===
            (g[1] === 'nan' ? 'nan' : Object.is(Number(g[1]), -0) ? '-0' : g[1])
          : JSON.stringify(w) === JSON.stringify(g);
      if (!same) wrong.push(`${s}: PyYAML ${JSON.stringify(w)}, extids ${JSON.stringify(g)}`);
    });
    expect(wrong).toEqual([]);
  });

  test('quoted, every one of them is the text inside the quotes, as in PyYAML', () => {
    const wrong: string[] = [];
    quoted.forEach((q, i) => {
      const want = py[corpus.length + i]!;
      const got = pyyamlScalars(quotedDocs[i]!);
      const g = got instanceof Map ? JSON.stringify(tagOf(got.get('v')!)) : `error ${got.error}`;
      const w = 'ok' in want ? JSON.stringify(want.ok.v) : `error ${want.error}`;
      if (g !== w) wrong.push(`${q}: PyYAML ${w}, extids ${g}`);
    });
    expect(wrong).toEqual([]);
  });

  test('titles, ids and external IDs keep the text written; a file PyYAML cannot read is an error in both readers', () => {
    const wrong: string[] = [];
    const values = [...corpus, ...quoted];
    values.forEach((s, i) => {
      const want = py[i < corpus.length ? i : corpus.length + (i - corpus.length)]!;
      const text = `---\nid: TASK-1A2B\ntitle: ${s}\nexternal_ids:\n  github: ${s}\n  jira: ${s}\n---\nbody\n`;
      for (const [reader, read] of [
        ['fast', readTaskText],
        ['yaml', readTaskTextWithYaml],
      ] as const) {
        const r = read(text, '/x.md', 'x.md');
        const codes = r.findings.map((f) => f.code);
        if ('error' in want) {
          if (!codes.includes('FRONTMATTER_PARSE_ERROR'))
            wrong.push(
              `${reader} ${s}: PyYAML cannot read it, extids finds ${codes.join(',') || 'nothing'}`,
            );
          continue;
        }
        const [type, value] = want.ok.v!;
        // The text: PyYAML's string, or for a number, boolean or date the characters written.
        const written = type === 'null' ? undefined : type === 'str' ? (value as string) : s;
        const title = written === '' ? undefined : written;
        if (r.title !== title) wrong.push(`${reader} ${s}: title ${r.title} (want ${title})`);
        const github =
          written !== undefined && /^[1-9][0-9]{0,14}$/.test(written) ? written : undefined;
        if (r.externalIds?.github !== github)
          wrong.push(`${reader} ${s}: github ${r.externalIds?.github} (want ${github})`);
        const invalid = r.findings.filter((f) => f.code === 'FRONTMATTER_MISMATCH');
        const jira = written && /^[A-Z][A-Z0-9_]*-[1-9][0-9]{0,14}$/.test(written.toUpperCase());
        const wantInvalid = written ? Number(github === undefined) + Number(!jira) : 0;
        if (invalid.length !== wantInvalid || invalid.some((f) => f.line !== 5 && f.line !== 6))
          wrong.push(
            `${reader} ${s}: ${invalid.length} invalid-ID findings (want ${wantInvalid}, on lines 5 and 6)`,
          );
      }
    });
    expect(wrong).toEqual([]);
  });

  test('the fast reader and the yaml library give the same record for every scalar of the corpus, in every field', () => {
    const wrong: string[] = [];
    for (const v of [...corpus, ...quoted])
      for (const text of [
        `---\nid: ${v}\ntitle: t\nstatus: ${v}\ncreated: ${v}\n---\n`,
        `---\nid: TASK-1A2B\nestimate: ${v}\ntags: [a, ${v}]\nexternal_ids:\n  github: ${v}\n  epic_jira: ${v}\n---\n`,
      ]) {
        const fast = readTaskText(text, '/x.md', 'x.md');
        const lib = readTaskTextWithYaml(text, '/x.md', 'x.md');
        if (JSON.stringify(fast) !== JSON.stringify(lib))
          wrong.push(
            `${JSON.stringify(text)}: fast ${JSON.stringify(fast)} vs yaml ${JSON.stringify(lib)}`,
          );
      }
    expect(wrong).toEqual([]);
  });

  test('the examples of issue 27: 21E08, 010, 0x1A and 1_000 are titles as written; 1e3 and 0x10 are not external IDs', () => {
    for (const t of ['21E08', '010', '0x1A', '1_000'])
      expect(readTaskText(`---\nid: TASK-1A2B\ntitle: ${t}\n---\n`, '/x.md', 'x.md').title).toBe(t);
    const r = readTaskText(
      '---\nid: TASK-1A2B\nexternal_ids: {jira: 1e3, github: 0x10}\n---\n',
      '/x.md',
      'x.md',
    );
    expect(r.externalIds).toEqual({});
    expect(r.findings.map((f) => [f.code, f.line, f.message])).toEqual([
      [
        'FRONTMATTER_MISMATCH',
        3,
        expect.stringContaining('external_ids.jira = 1e3 is not a valid Jira ID'),
      ],
      [
        'FRONTMATTER_MISMATCH',
        3,
        expect.stringContaining('external_ids.github = 0x10 is not a valid GitHub ID'),
      ],
    ]);
  });

  test('anchors, aliases and << merge keys give the fields PyYAML gives', () => {
    const docs = [
      'base: &b\n  id: TASK-7A96\n  title: 010\n<<: *b\nstatus: backlog\n',
      'ids: &g 0x10\nid: TASK-7A96\nexternal_ids:\n  github: *g\n',
      'base: &b {title: yes}\n<<: [*b, {title: no, id: TASK-7A96}]\n',
    ];
    const py = pyyaml(docs);
    docs.forEach((doc, i) => {
      const want = (py[i] as { ok: Record<string, PyTag> }).ok;
      const r = readTaskText(`---\n${doc}---\n`, '/x.md', 'x.md');
      expect(r.id).toBe(want.id?.[1]);
      if (want.title) expect(r.title).toBe(i === 0 ? '010' : 'yes');
    });
    expect(readTaskText(`---\n${docs[1]}---\n`, '/x.md', 'x.md').findings[0]?.message).toMatch(
      /external_ids\.github = 0x10 is not a valid GitHub ID/,
    );
  });
});

/** A field as PyYAML reads it: [type, value, the scalar's text (quotes removed)], or ['absent']. */
type PyField = [string, unknown?, string?];
type PyDoc =
  | { ok: Record<'id' | 'title' | 'status' | 'created' | 'external_ids', PyField> }
  | { error: string; line?: number };

/**
 * PyYAML's `safe_load` of each frontmatter text (without its fences), in one python3 process: the
 * fields extids reads, each with the text of the scalar PyYAML built it from (found after
 * construction, when `flatten_mapping` has put each `<<` merge's pairs in the mapping), or the
 * error and its line (1-based, in the text).
 */
function pyyamlDocs(docs: string[]): PyDoc[] {
  const script = `
import yaml, sys, json, datetime
STR = 'tag:yaml.org,2002:str'
def tag(v):
    if v is None: return 'null'
    if isinstance(v, bool): return 'bool'
    if isinstance(v, int): return 'int'
    if isinstance(v, float): return 'float'
    if isinstance(v, (datetime.date, bytes)): return 'typed'
    if isinstance(v, str): return 'str'
    if isinstance(v, dict): return 'map'
    return 'other'
def last(node, key):
    found = None
    for k, v in node.value:
        if isinstance(k, yaml.ScalarNode) and k.tag == STR and k.value == key: found = v
    return found
def field(data, node, key):
    if not isinstance(data, dict) or key not in data: return ['absent']
    v = data[key]
    n = last(node, key)
    text = n.value if isinstance(n, yaml.ScalarNode) else None
    if isinstance(v, dict):
        return ['map', {str(k): field(v, n, k) for k in v if isinstance(k, str)}]
    return [tag(v), v if isinstance(v, (str, bool)) or v is None else None, text]
out = []
for doc in json.load(sys.stdin):
    loader = yaml.SafeLoader(doc)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node)
        if not isinstance(data, dict):
            out.append({'error': 'not a mapping'})
            continue
        out.append({'ok': {k: field(data, node, k) for k in ['id', 'title', 'status', 'created', 'external_ids']}})
    except Exception as e:
        mark = getattr(e, 'problem_mark', None)
        out.append({'error': type(e).__name__ + ': ' + str(e).split('\\n')[0], 'line': mark.line + 1 if mark else None})
    finally:
        loader.dispose()
print(json.dumps(out))
`;
  const r = spawnSync('python3', ['-c', script], {
    input: JSON.stringify(docs),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.status !== 0) throw new Error(`python3 with PyYAML is needed here: ${r.stderr}`);
  return JSON.parse(r.stdout) as PyDoc[];
}

/** The text extids keeps for a field PyYAML reads as `f`: its string, or for a number, boolean, date or bytes the text written. */
const keptText = (f: PyField): string | undefined =>
  f[0] === 'str'
    ? (f[1] as string)
    : ['int', 'float', 'bool', 'typed'].includes(f[0])
      ? f[2]
      : undefined;

/** What extids should read from a document PyYAML reads as `want`. */
function expected(want: Extract<PyDoc, { ok: unknown }>['ok']) {
  const nonEmpty = (s: string | undefined) => (s === '' ? undefined : s);
  const ext: Record<string, string> = {};
  const e = want.external_ids;
  if (e[0] === 'map')
    for (const [key, f] of Object.entries(e[1] as Record<string, PyField>)) {
      const tool = normalizeToolName(key);
      const v = keptText(f)?.toUpperCase();
      if (tool && v && EXTERNAL_ID_PATTERN[tool].test(v)) ext[tool] = v;
    }
  return {
    id: keptText(want.id),
    title: nonEmpty(keptText(want.title)),
    status: want.status[0] === 'str' ? nonEmpty(want.status[1] as string) : undefined,
    created: nonEmpty(keptText(want.created)),
    externalIds: ext,
  };
}

/** A tab put at every place of a frontmatter that has every kind of token, one place at a time. */
const TAB_BASE =
  'id: TASK-010\ntitle: "Quoted title" # a note\nstatus: backlog\nnotes: |\n  line one\n    line two\ntags: [a, b]\nmeta: {k: v}\nlist:\n  - x\nexternal_ids:\n  jira: PROJ-1\n';
const tabDocs = [
  ...Array.from(TAB_BASE, (_c, i) => TAB_BASE.slice(0, i) + '\t' + TAB_BASE.slice(i)),
  ...[...TAB_BASE.matchAll(/ /g)].map(
    (m) => TAB_BASE.slice(0, m.index) + '\t' + TAB_BASE.slice(m.index + 1),
  ),
  'id: TASK-010\ntitle:\tTab title\n',
  "id: TASK-010\ntitle: 'a\tb'\t\n",
  'id: TASK-010\ntitle: a # b\tc\n',
  'id: TASK-010\n\t\ntitle: t\n',
  'id: TASK-010\nnotes: |\n\tx\n',
  'id: TASK-010\nnotes: |\n  x\n\t\n  y\n',
  'id: TASK-010\nnotes: >\n  x\n  \ty\n',
];

const TAGS = ['!!str', '!!int', '!!float', '!!bool', '!!null', '!!timestamp', '!!binary', '!'];
const UNSAFE = [
  '!!python/str',
  '!!python/none',
  '!!python/object:os.system',
  '!foo',
  '!!merge',
  '!!value',
  '!!map',
  '!!seq',
  '!!set',
  '!!omap',
];
const TAG_VALUES = [
  '2026-01-01',
  '2026-1-1',
  '010',
  '0o17',
  '1_000',
  'yes',
  'YeS',
  '1.5',
  '1e3',
  'inf',
  'abc',
  'PROJ-1',
  '123',
  'aGk=',
  'aGk',
  '~',
  '"010"',
  "'2026-01-01'",
  '""',
];
const taggedDocs = [...TAGS, ...UNSAFE].flatMap((tag) =>
  TAG_VALUES.flatMap((v) => [
    `id: TASK-010\ntitle: ${tag} ${v}\n`,
    `id: ${tag} ${v}\n`,
    `id: TASK-010\nstatus: ${tag} ${v}\ncreated: ${tag} ${v}\n`,
    `id: TASK-010\nexternal_ids:\n  github: ${tag} ${v}\n  jira: ${tag} ${v}\n`,
    `id: TASK-010\nestimate: ${tag} ${v}\n`,
  ]),
);

const MERGES = [
  'id: TASK-010\nexternal_ids:\n  <<: {jira: PROJ-1}\n',
  'id: TASK-010\nexternal_ids:\n  <<: {jira: PROJ-1}\n  jira: PROJ-2\n',
  'id: TASK-010\nexternal_ids:\n  jira: PROJ-2\n  <<: {jira: PROJ-1}\n',
  'id: TASK-010\nexternal_ids:\n  <<: [{jira: PROJ-1}, {jira: PROJ-2, github: 5}]\n',
  'id: TASK-010\nexternal_ids:\n  <<: {jira: PROJ-1}\n  <<: {jira: PROJ-2}\n',
  'id: TASK-010\nbase: &b\n  jira: PROJ-1\n  github: 7\nexternal_ids:\n  <<: *b\n  linear: ABC-1\n',
  'id: TASK-010\nbase: &b {jira: PROJ-1}\nmore: &m {<<: *b, github: 9}\nexternal_ids:\n  <<: *m\n',
  'id: TASK-010\nexternal_ids: {<<: {jira: PROJ-1}, github: 3}\n',
  'id: TASK-010\nexternal_ids:\n  "<<": {jira: PROJ-1}\n',
  'id: TASK-010\nexternal_ids:\n  !!merge <<: {jira: PROJ-1}\n',
  'id: TASK-010\nexternal_ids:\n  <<: 5\n',
  'id: TASK-010\nexternal_ids:\n  <<: [{jira: PROJ-1}, 5]\n',
  'id: TASK-010\nexternal_ids:\n  <<: *nowhere\n',
  'base: &b\n  id: TASK-010\n  title: 010\n  external_ids: {jira: PROJ-1}\n<<: *b\nstatus: backlog\n',
  'base: &b {title: yes}\n<<: [*b, {title: no, id: TASK-010}]\n',
  'a: &a {title: one}\nb: &b {title: two}\n<<: *a\n<<: *b\nid: TASK-010\n',
  'id: TASK-010\n<<: {external_ids: {jira: PROJ-1}}\nexternal_ids: {github: 4}\n',
];

const NEIGHBOURS = [
  'id: TASK-010\nestimate: *x\n',
  'id: TASK-010\nestimate: "a" "b"\n',
  "id: TASK-010\nestimate: 'a' 'b'\n",
  "id: TASK-010\nestimate: 'it''s'\n",
  'id: TASK-010\nestimate: "say \\"hi\\""\n',
  'id: TASK-010\nestimate: "a\\" b"\n',
  'id: TASK-010\ntags: [a] [b]\n',
  'id: TASK-010\ntags: {a: 1} {b: 2}\n',
  'id: TASK-010\ntags: [a, [b, c]]\n',
  'id: TASK-010\ntags: [a, {b: 0x_}]\n',
  'id: TASK-010\nestimate: a: b\n',
  'id: TASK-010\nestimate: @x\n',
  'id: TASK-010\nestimate: `x\n',
  'id: TASK-010\nestimate: %x\n',
  'id: TASK-010\nestimate: - x\n',
  'id: TASK-010\nestimate: ? x\n',
  'id: TASK-010\nestimate: |\n',
  'id: TASK-010\ntags: [!!python/none a]\n',
  'id: TASK-010\ntags: [&a x, *a]\ntitle: ok\n',
  'id: TASK-010\ntags: !!set {a, b}\n',
  'id: TASK-010\ntags: !!omap [a: 1, b: 2]\n',
  'id: TASK-010\ntags: !!pairs [a: 1, a: 2]\n',
  'id: TASK-010\ntags: !!omap [a, b]\n',
  'id: TASK-010\ntags: !!str [a]\n',
  'id: TASK-010\ntags: !!map [a]\n',
  'id: TASK-010\n? [a]\n: b\n',
  'id: TASK-010\ntitle: wow!\n',
  'id: TASK-010\ntitle: a !b\n',
  'id: TASK-010\n!!str title: tagged key\n',
  'id: TASK-010\n!!int title: x\n',
  'id: TASK-010\ntitle: !!str\n',
  'id: TASK-010\nexternal_ids: !!map {jira: PROJ-3}\n',
  'id: TASK-010\nexternal_ids: !!set {jira}\n',
  'id: TASK-010\nexternal_ids: !!null\n',
  'id: TASK-010\nexternal_ids: !!str {jira: PROJ-3}\n',
  'id: TASK-010\nexternal_ids:\n  jira: !!str PROJ-3\n  github: !!int 0x10\n',
];

describe('whole frontmatter documents read as PyYAML reads them', () => {
  const corpus = [...tabDocs, ...taggedDocs, ...MERGES, ...NEIGHBOURS];
  const py = pyyamlDocs(corpus);

  test(`each of ${corpus.length} documents (tabs everywhere, tagged scalars, << merges, their neighbours): both readers fail where PyYAML fails, with the line, and read id, title, status, created and external_ids as PyYAML does`, () => {
    const wrong: string[] = [];
    corpus.forEach((doc, i) => {
      const want = py[i]!;
      const text = `---\n${doc}---\nbody\n`;
      for (const [reader, read] of [
        ['fast', readTaskText],
        ['yaml', readTaskTextWithYaml],
      ] as const) {
        const r = read(text, '/x.md', 'x.md');
        const parse = r.findings.filter((f) => f.code === 'FRONTMATTER_PARSE_ERROR');
        const at = `${reader} ${JSON.stringify(doc)}`;
        if ('error' in want) {
          if (parse.length !== 1)
            wrong.push(
              `${at}: PyYAML fails (${want.error}), extids finds ${r.findings.map((f) => f.code).join(',') || 'nothing'}`,
            );
          // A tab: the line PyYAML's scanner names (the frontmatter starts on line 2).
          else if (/ScannerError.*next token/.test(want.error) && parse[0]!.line !== want.line! + 1)
            wrong.push(
              `${at}: PyYAML fails on line ${want.line! + 1}, extids says line ${parse[0]!.line}`,
            );
          else if (typeof parse[0]!.line !== 'number') wrong.push(`${at}: no line`);
          continue;
        }
        if (parse.length) {
          wrong.push(`${at}: PyYAML reads it, extids: ${parse[0]!.message}`);
          continue;
        }
        const got = {
          id: r.id,
          title: r.title,
          status: r.status,
          created: r.created,
          externalIds: r.externalIds ?? {},
        };
        const w = expected(want.ok);
        if (JSON.stringify(got) !== JSON.stringify(w))
          wrong.push(`${at}: extids ${JSON.stringify(got)}, PyYAML ${JSON.stringify(w)}`);
      }
    });
    expect(wrong).toEqual([]);
  });

  test('the fast reader and the yaml library give the same record for every document', () => {
    const wrong = corpus.filter(
      (doc) =>
        JSON.stringify(readTaskText(`---\n${doc}---\n`, '/x.md', 'x.md')) !==
        JSON.stringify(readTaskTextWithYaml(`---\n${doc}---\n`, '/x.md', 'x.md')),
    );
    expect(wrong).toEqual([]);
  });
});

describe('generated frontmatter documents, from lines real files and odd ones hold, read as PyYAML reads them', () => {
  const LINES = [
    'id: TASK-010',
    'id: !!str TASK-010',
    'title: Plain title',
    'title: !!timestamp 2026-01-01',
    'title: ! 010',
    'title: "tab\tinside quotes"',
    'title:\ttab',
    'status: backlog # note\twith tab',
    'status: !!bool on',
    'created: 2026-01-02T03:04:05Z',
    'created: !!str 2026-01-02',
    'base: &b {jira: PROJ-1, github: 5}',
    'more: &m\n  jira: PROJ-2',
    'external_ids:\n  <<: *b',
    'external_ids:\n  <<: [*m, *b]\n  linear: ABC-1',
    'external_ids: {<<: *m, github: 8}',
    'external_ids:\n  jira: !!str PROJ-3\n  github: !!int 0x1F',
    'external_ids:\n  jira: PROJ-4\n  <<: *m',
    '<<: *b',
    '<<: {title: merged title}',
    'estimate: !!float 1e3',
    'estimate: !!python/none',
    'tags: [a, !!str b]',
    'tags: !!set {a, b}',
    'notes: |\n  line\n  \tindented by a tab',
    'notes: |\n\ttab-indented',
    'x: *undefined_anchor',
  ];
  const docs = fc.sample(
    fc
      .array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 5 })
      .map((ls) => ls.join('\n') + '\n'),
    { seed: 271, numRuns: 400 },
  );
  const py = pyyamlDocs(docs);

  test('both readers fail where PyYAML fails and read what it reads', () => {
    const wrong: string[] = [];
    docs.forEach((doc, i) => {
      const want = py[i]!;
      for (const read of [readTaskText, readTaskTextWithYaml]) {
        const r = read(`---\n${doc}---\n`, '/x.md', 'x.md');
        const parse = r.findings.some((f) => f.code === 'FRONTMATTER_PARSE_ERROR');
        if ('error' in want) {
          if (!parse)
            wrong.push(`${JSON.stringify(doc)}: PyYAML fails (${want.error}), extids reads it`);
          continue;
        }
        if (parse) {
          wrong.push(`${JSON.stringify(doc)}: PyYAML reads it, extids fails`);
          continue;
        }
        const got = {
          id: r.id,
          title: r.title,
          status: r.status,
          created: r.created,
          externalIds: r.externalIds ?? {},
        };
        if (JSON.stringify(got) !== JSON.stringify(expected(want.ok)))
          wrong.push(
            `${JSON.stringify(doc)}: extids ${JSON.stringify(got)}, PyYAML ${JSON.stringify(expected(want.ok))}`,
          );
      }
    });
    expect([...new Set(wrong)]).toEqual([]);
    // Both kinds are there in numbers: documents PyYAML reads, and documents it refuses.
    const read = py.filter((p) => 'ok' in p).length;
    expect(Math.min(read, py.length - read)).toBeGreaterThan(py.length / 5);
  });
});
