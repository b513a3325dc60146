/**
 * A repository written by the reference ecosystem (__tests__/fixtures/ecosystem-repo): twins,
 * null placeholders, reused legacy IDs, odd ID shapes, guides and templates, duplicate YAML keys,
 * frontmatter PyYAML cannot read, state files with microsecond stamps. extids must adopt it:
 * every task assigned, nothing false reported, no byte changed outside external_ids.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readTaskText } from '../src/core/index.js';
import { cleanup, cli, FIXTURES, git, gitRepo, readJson, MAPPING } from './helpers.js';

afterAll(cleanup);

const FIXTURE = join(FIXTURES, 'ecosystem-repo');
/** The default ID rule, as DESIGN states it. */
const TASK_ID =
  /^(?:TASK|EPIC|FEAT|DOC|REV)-[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*(?:-[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*)*$/;

function adopt(): string {
  const root = gitRepo();
  cpSync(FIXTURE, root, { recursive: true });
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'tasks as the ecosystem wrote them');
  return root;
}

const taskFiles = (root: string) =>
  readdirSync(join(root, 'tasks'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => `tasks/${f}`)
    .sort();

/** What PyYAML (yaml.safe_load, the ecosystem's reader) makes of each file's frontmatter. */
function pyyaml(root: string, files: string[]): Record<string, 'ok' | 'error' | 'none'> {
  const script = `
import json, sys, yaml
out = {}
for p in sys.argv[2:]:
    t = open(sys.argv[1] + '/' + p, encoding='utf-8').read()
    if not t.startswith('---\\n'):
        out[p] = 'none'; continue
    try:
        yaml.safe_load(t[4:t.index('\\n---', 3)]); out[p] = 'ok'
    except Exception:
        out[p] = 'error'
print(json.dumps(out))`;
  const r = spawnSync('python3', ['-c', script, root, ...files], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 with PyYAML is needed here: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

/** Longest-common-subsequence diff of lines: what was removed from `a`, what was added in `b`. */
function lineDiff(a: string[], b: string[]) {
  const n = a.length;
  const m = b.length;
  const L = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      L[i]![j] = a[i] === b[j] ? L[i + 1]![j + 1]! + 1 : Math.max(L[i + 1]![j]!, L[i]![j + 1]!);
  const removed: number[] = [];
  const added: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < m && (i === n || L[i]![j + 1]! >= L[i + 1]![j]!)) added.push(j++);
    else removed.push(i++);
  }
  return { removed, added };
}

/** Line indexes of the frontmatter's external_ids block: its key line and the lines under it. */
function externalIdsBlock(lines: string[]): Set<number> {
  const out = new Set<number>();
  const end = lines.indexOf('---', 1);
  const start = lines.findIndex((l, i) => i < end && /^external_ids:/.test(l));
  if (start === -1) return out;
  out.add(start);
  for (let i = start + 1; i < end && /^\s+\S/.test(lines[i]!); i++) out.add(i);
  return out;
}

describe('adopting a repository the reference ecosystem wrote', () => {
  test("extids calls a file unreadable exactly when PyYAML (the ecosystem's reader) cannot read it", () => {
    const root = adopt();
    cpSync(join(FIXTURES, 'unreadable-frontmatter'), join(root, 'tasks/odd'), { recursive: true });
    const files = taskFiles(root);
    const verdict = pyyaml(root, files);
    const unreadable = Object.entries(verdict)
      .filter(([, v]) => v === 'error')
      .map(([f]) => f);
    expect(unreadable).toEqual([
      'tasks/odd/TASK-BAD-001-wrapped-title.md',
      'tasks/odd/TASK-BAD-002-colon-title.md',
      'tasks/odd/TASK-BAD-003-nested.md',
    ]);
    const report = JSON.parse(cli(root, ['validate', '--json']).stdout);
    const broken = report.findings
      .filter((f: any) => f.code === 'FRONTMATTER_PARSE_ERROR')
      .map((f: any) => [f.file, f.severity]);
    expect(broken).toEqual(unreadable.map((f) => [f, 'error']));
    // assign leaves them alone and says why; everything else is assigned.
    const a = cli(root, ['assign', '--all']);
    expect(a.code).toBe(1);
    for (const f of unreadable) expect(a.stdout).toContain(`${f}:`);
    expect(
      readTaskText(
        readFileSync(join(root, 'tasks/odd/TASK-OK-001-wrapped-fine.md'), 'utf8'),
        'x',
        'x',
      ).externalIds,
    ).toEqual(expect.objectContaining({ jira: expect.stringMatching(/^PROJ-/) }));
  });

  test('assign --all gives every task of a known shape its IDs, twins the same ones; validate exits 0 with warnings only; no byte changes outside external_ids; a second run changes nothing', () => {
    const root = adopt();
    const files = taskFiles(root);
    const before = Object.fromEntries(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]));

    const a = cli(root, ['assign', '--all', '--json']);
    expect([a.code, a.stderr]).toEqual([0, '']);

    // Every file whose id is a task ID of a known shape (and is not a template) carries IDs for
    // both tools; every copy of one ID carries the same ones, which the mapping file holds.
    const mappings = readJson(root, MAPPING).mappings;
    const byId = new Map<string, string[]>();
    for (const f of files) {
      const rec = readTaskText(readFileSync(join(root, f), 'utf8'), f, f);
      if (f.includes('/templates/') || rec.id === undefined || !TASK_ID.test(rec.id)) continue;
      if (rec.findings.some((x) => x.code === 'FRONTMATTER_PARSE_ERROR')) continue;
      expect([f, Object.keys(rec.externalIds ?? {}).sort()]).toEqual([f, ['jira', 'linear']]);
      expect([f, rec.externalIds]).toEqual([f, mappings[rec.id]]);
      byId.set(rec.id, [...(byId.get(rec.id) ?? []), f]);
    }
    expect(byId.get('TASK-CGCP-001')).toHaveLength(2);
    expect(byId.get('TASK-003')).toHaveLength(4);
    expect(byId.get('TASK-REV-FB01')).toHaveLength(3);
    expect(byId.size).toBe(29);
    // Numbers already in the ledger stay; new ones continue after them, each used once.
    expect(mappings['TASK-E01-b2c4.1']).toEqual({ jira: 'PROJ-1', linear: 'TEAM-1' });
    const jira = Object.values(mappings).map((e: any) => e.jira);
    expect(new Set(jira).size).toBe(jira.length);

    // Not tasks: no IDs written.
    for (const f of [
      'tasks/templates/task-template.md',
      'tasks/backlog/hmig/IMPLEMENTATION-GUIDE.md',
      'tasks/README.md',
    ])
      expect([f, readFileSync(join(root, f), 'utf8')]).toEqual([f, before[f]]);

    // Each changed file differs only in lines of its external_ids block.
    for (const f of files) {
      const after = readFileSync(join(root, f), 'utf8');
      if (after === before[f]) continue;
      const [was, now] = [before[f]!.split('\n'), after.split('\n')];
      const { removed, added } = lineDiff(was, now);
      const [wasBlock, nowBlock] = [externalIdsBlock(was), externalIdsBlock(now)];
      for (const i of removed) expect([f, was[i], wasBlock.has(i)]).toEqual([f, was[i], true]);
      for (const i of added) expect([f, now[i], nowBlock.has(i)]).toEqual([f, now[i], true]);
    }

    // validate: exit 0, warnings only (twins, the reused ID, the odd shapes, the guides).
    const v = cli(root, ['validate', '--json']);
    const report = JSON.parse(v.stdout);
    const errors = report.findings.filter((f: any) => f.severity === 'error');
    expect(errors).toEqual([]);
    expect(v.code).toBe(0);
    const codes = new Set(report.findings.map((f: any) => f.code));
    for (const c of [
      'DUPLICATE_TASK_ID',
      'INVALID_TASK_ID',
      'DUPLICATE_YAML_KEY',
      'LEGACY_TASK_ID_FIELD',
    ])
      expect([c, codes.has(c)]).toEqual([c, true]);
    const twins = report.findings.find(
      (f: any) => f.code === 'DUPLICATE_TASK_ID' && f.message.includes('TASK-003'),
    );
    expect(twins.message).toMatch(/titles differ/);

    // A second run changes no byte.
    const snapshot = () =>
      files.map((f) => readFileSync(join(root, f), 'utf8')).join('\0') +
      readFileSync(join(root, MAPPING), 'utf8');
    const once = snapshot();
    expect(cli(root, ['assign', '--all']).code).toBe(0);
    expect(snapshot()).toBe(once);
  });
});
