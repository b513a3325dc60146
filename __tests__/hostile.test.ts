/**
 * Hostile input: whatever a repository throws at extids ends in a clear error or a finding,
 * with no write outside the repository, no prototype pollution and no hang.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { join } from 'node:path';
import {
  assign,
  loadSettings,
  readState,
  repair,
  validate,
  type WriteFs,
} from '../src/core/index.js';
import { realFs } from '../src/core/atomic.js';
import {
  cleanup,
  cli,
  CONFIG,
  COUNTERS,
  MAPPING,
  read,
  readJson,
  repo,
  task,
  tasksFor,
  tempDir,
  write,
} from './helpers.js';

afterAll(cleanup);

const STATE = '.claude/state';
const envelope = (mappings: string) =>
  `{"mappings": ${mappings}, "updated": "u", "version": "1.0"}`;

const withMapping = (mapping?: string): string =>
  // A git repository, as a person's task repository is (outside one, extids refuses to guess).
  repo({
    tasks: { ...tasksFor(['TASK-1A2B']), ...(mapping === undefined ? {} : { [MAPPING]: mapping }) },
  });

/** Every file under `dir` with its bytes, to show that nothing there changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const p = join(dir, f);
    if (fs.lstatSync(p).isFile()) out[f] = fs.readFileSync(p, 'latin1');
  }
  return out;
}

/** The CLI ran, said something about `file` on one line, and did not print a stack trace. */
function expectClear(r: { code: number; stdout: string; stderr: string }, file: RegExp) {
  const out = r.stdout + r.stderr;
  expect(out).toMatch(file);
  expect(out).not.toMatch(/\n\s+at .*:\d+:\d+/);
  expect(out).not.toMatch(/internal error/);
  for (const line of out.split('\n')) expect(line.length).toBeLessThan(2000);
}

describe('paths that lead elsewhere', () => {
  test('a state file that is a symlink to a file outside the repository is named and never written through', () => {
    const outside = tempDir('extids-outside-');
    write(outside, 'mapping.json', envelope('{"TASK-9Z9Z": {"github": "1"}}'));
    const root = withMapping();
    fs.mkdirSync(join(root, STATE), { recursive: true });
    fs.symlinkSync(join(outside, 'mapping.json'), join(root, MAPPING));
    const before = snapshot(outside);

    const v = cli(root, ['validate']);
    expect(v.code).toBe(1);
    expectClear(v, /external_id_mapping\.json.*symbolic link/);
    for (const args of [['assign', '--all'], ['repair'], ['migrate']]) {
      const r = cli(root, args);
      expect(r.code).not.toBe(0);
      expectClear(r, /external_id_mapping\.json/);
    }
    expect(snapshot(outside)).toEqual(before);
    expect(fs.lstatSync(join(root, MAPPING)).isSymbolicLink()).toBe(true);
  });

  test('a state directory that is a symlink out of the repository is refused before anything is written', () => {
    const outside = tempDir('extids-outside-');
    const root = withMapping();
    fs.mkdirSync(join(root, '.claude'), { recursive: true });
    fs.symlinkSync(outside, join(root, STATE));
    for (const args of [['validate'], ['assign', '--all'], ['repair']]) {
      const r = cli(root, args);
      expect(r.code).toBe(2);
      expectClear(r, /\.claude\/state.*outside the repository/);
    }
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  test('a task file that is a symlink out of the repository is not edited through', () => {
    const outside = tempDir('extids-outside-');
    const target = write(outside, 'TASK-7A96.md', task('TASK-7A96'));
    const root = withMapping();
    fs.symlinkSync(target, join(root, 'tasks/backlog/TASK-7A96.md'));
    const r = cli(root, ['assign', 'tasks/backlog/TASK-7A96.md']);
    // SYMLINK_TASK: one severity (a warning, policy.ts) in every door, named and never followed.
    expect(r.code).toBe(0);
    expectClear(r, /TASK-7A96\.md.*SYMLINK_TASK is a symbolic link/);
    expect(read(outside, 'TASK-7A96.md')).toBe(task('TASK-7A96'));
    // --all skips links (and link loops) while it walks the tasks.
    fs.symlinkSync(join(root, 'tasks'), join(root, 'tasks/backlog/loop'));
    const all = cli(root, ['assign', '--all']);
    expect(all.code).toBe(0);
    expect(read(outside, 'TASK-7A96.md')).toBe(task('TASK-7A96'));
    expect(Object.keys(readJson(root, MAPPING).mappings)).toEqual(['TASK-1A2B']);
  });

  test('a state directory that is a file, and a state file that is a directory or a FIFO', () => {
    const root = withMapping();
    write(root, STATE, 'not a directory');
    for (const args of [['validate'], ['assign', '--all'], ['repair']]) {
      const r = cli(root, args);
      expect(r.code).toBe(2);
      expectClear(r, /\.claude\/state.* is not a directory/);
    }
    expect(read(root, STATE)).toBe('not a directory');

    const root2 = withMapping();
    fs.mkdirSync(join(root2, MAPPING), { recursive: true });
    execFileSync('mkfifo', [join(root2, COUNTERS)]); // a naive read of a FIFO blocks forever
    const v = cli(root2, ['validate']);
    expect(v.code).toBe(1);
    expectClear(v, /external_id_mapping\.json.*directory/);
    expectClear(v, /external_id_counters\.json.*not a regular file/);
    const a = cli(root2, ['assign', '--all']);
    expect(a.code).toBe(1);
    expect(fs.statSync(join(root2, COUNTERS)).isFIFO()).toBe(true);
  });
});

describe('unreadable files', () => {
  // Tests run as root here, which reads any file whatever its mode, so the permission error is
  // injected at the read itself.
  const denied = (name: string): WriteFs =>
    new Proxy(realFs, {
      get(target, prop) {
        const f = (target as any)[prop];
        if (prop !== 'readFileSync') return f;
        return (p: string, ...rest: unknown[]) => {
          if (String(p).endsWith(name))
            throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), {
              code: 'EACCES',
            });
          return f(p, ...rest);
        };
      },
    });

  test('an unreadable state file is a finding naming it; assign and repair refuse and change nothing', async () => {
    const root = withMapping(envelope('{"TASK-1A2B": {"github": "1", "jira": "PROJ-1"}}'));
    const s = loadSettings(root);
    const fsDenied = denied('external_id_mapping.json');
    const before = snapshot(root);
    const v = await validate(s, { fs: fsDenied });
    expect(v.ok).toBe(false);
    expect(v.findings).toContainEqual(
      expect.objectContaining({
        code: 'UNREADABLE',
        file: '.claude/state/external_id_mapping.json',
        message: expect.stringMatching(/permission denied \(EACCES\)/),
      }),
    );
    const a = await assign(s, { all: true, fs: fsDenied });
    expect(a.ok).toBe(false);
    const r = await repair(s, { fs: fsDenied });
    expect(r.ok).toBe(false);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('keys and numbers meant to break things', () => {
  test('__proto__, constructor and prototype keys are findings, are dropped by repair, and pollute nothing', async () => {
    const hostile = envelope(
      '{"__proto__": {"github": "7", "polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},' +
        ' "TASK-1A2B": {"github": "1", "__proto__": {"polluted": "yes"}, "jira": "PROJ-1"}}',
    );
    const root = withMapping(hostile);
    // In the config, such a key is a configuration error naming the file.
    write(root, '.claude/extids.json', '{"tools": {"github": {}, "__proto__": {"polluted": 1}}}');
    expect(() => loadSettings(root)).toThrow(/extids\.json: tools: .*"__proto__"/);
    const c = cli(root, ['validate']);
    expect(c.code).toBe(2);
    expectClear(c, /extids\.json/);
    write(root, '.claude/extids.json', CONFIG);
    write(
      root,
      'tasks/backlog/TASK-3C4D.md',
      task('TASK-3C4D', 'external_ids:\n  __proto__: 5\n  github: "2"\n'),
    );
    const s = loadSettings(root);
    const v = await validate(s);
    expect(v.findings.filter((f) => f.code === 'UNSAFE_KEY').length).toBeGreaterThanOrEqual(2);
    const r = await repair(s);
    expect(r.ok).toBe(true);
    const after = readState({ stateDir: s.stateDir }).mapping.data!.mappings;
    expect(Object.keys(after).sort()).toEqual(['TASK-1A2B', 'TASK-3C4D']);
    expect(after['TASK-1A2B']).toEqual({ github: '1', jira: 'PROJ-1' });
    expect(read(root, MAPPING)).not.toMatch(/__proto__|constructor|polluted/);
    // The damaged original is kept for a person to look at.
    expect(
      fs.readdirSync(join(root, STATE)).some((f) => f.includes('.corrupt-') || f.endsWith('.bak')),
    ).toBe(true);
    await assign(s, { all: true });
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect((Object.prototype as any).polluted).toBeUndefined();
    expect((Object.prototype as any).github).toBeUndefined();
  });

  test('numbers beyond 2^53 are refused, so no counter rounds onto a used ID', () => {
    const root = withMapping(
      envelope(
        '{"TASK-1A2B": {"github": "9007199254740993", "jira": "PROJ-18446744073709551617"}}',
      ),
    );
    write(
      root,
      COUNTERS,
      '{"counters": {"azure_devops": 1e400, "github": 9007199254740993, "jira": {}, "linear": {}}, "updated": "u", "version": "1.0"}',
    );
    const before = snapshot(root);
    const v = cli(root, ['validate']);
    expect(v.code).toBe(1);
    expectClear(v, /external_id_mapping\.json:\d+.*TASK-1A2B\.github: .*at most 15 digits/);
    expectClear(v, /external_id_counters\.json:\d+/);
    const a = cli(root, ['assign', '--all']);
    expect(a.code).not.toBe(0);
    expect(snapshot(root)).toEqual(before);
  });
});

describe('size and shape', () => {
  test('a 50 MB state file is read and judged, not choked on', () => {
    const root = withMapping();
    const mappings: Record<string, { github: string; jira: string }> = {};
    for (let i = 1; i <= 640_000; i++)
      mappings[`TASK-E01-${i.toString(16)}`] = { github: String(i), jira: `PROJ-${i}` };
    const text = JSON.stringify({ mappings, updated: 'u', version: '1.0' }, null, 2);
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    write(root, MAPPING, text);
    fs.rmSync(join(root, 'tasks'), { recursive: true });
    const v = cli(root, ['validate', '--json']);
    expect(v.code).toBe(1); // counters missing: COUNTER_BEHIND
    const report = JSON.parse(v.stdout);
    expect(report.stats.mappings).toBe(640_000);
    expect(report.findings.map((f: { code: string }) => f.code)).toContain('COUNTER_BEHIND');
  }, 120_000);

  test('50 MB on one line, and JSON nested a million deep: a finding with line and column, quickly', () => {
    const root = withMapping();
    write(root, MAPPING, `{"mappings": {"TASK-1A2B": "${'x'.repeat(50 * 1024 * 1024)}`);
    write(root, COUNTERS, '['.repeat(1_000_000) + ']'.repeat(1_000_000));
    const v = cli(root, ['validate']);
    expect(v.code).toBe(1);
    expectClear(v, /external_id_mapping\.json:1:\d+/);
    expectClear(v, /external_id_counters\.json/);
    const r = cli(root, ['repair']);
    expectClear(r, /external_id_/);
    // Both originals are kept aside, byte for byte.
    const kept = fs.readdirSync(join(root, STATE)).filter((f) => f.includes('.corrupt-'));
    expect(kept).toHaveLength(2);
  }, 120_000);

  test('deeply nested values inside a mapping, and a 10 MB frontmatter line', () => {
    const root = withMapping(
      envelope(`{"TASK-1A2B": {"github": ${'['.repeat(100_000)}${']'.repeat(100_000)}}}`),
    );
    write(
      root,
      'tasks/backlog/TASK-3C4D.md',
      task('TASK-3C4D', `notes: ${'y'.repeat(10 * 1024 * 1024)}\n`),
    );
    const v = cli(root, ['validate']);
    expect(v.code).toBe(1);
    expectClear(v, /external_id_mapping\.json:1/);
    // Repair keeps the damaged original aside and says which value it could not use.
    const r = cli(root, ['repair']);
    expectClear(r, /UNRECOVERED.*TASK-1A2B\.github/);
    expect(fs.readdirSync(join(root, STATE)).filter((f) => f.includes('.corrupt-'))).toHaveLength(
      1,
    );
    expect(cli(root, ['validate']).code).toBe(0);
  }, 120_000);
});
