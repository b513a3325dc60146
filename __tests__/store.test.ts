import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  canonicalJson,
  ExtidsError,
  realFs,
  readState,
  repair,
  transaction,
  loadSettings,
  type WriteFs,
} from '../src/core/index.js';
import {
  cleanup,
  FIXTURES,
  git,
  gitRepo,
  read,
  tempDir,
  write,
  MAPPING,
  COUNTERS,
  testEnv,
} from './helpers.js';

afterAll(cleanup);

const stateOf = (dir: string) => readState({ stateDir: dir });

describe('transactions', () => {
  test('assign is idempotent, allocates per key, and writes both files canonically', async () => {
    const dir = tempDir();
    const { value } = await transaction({ stateDir: dir }, (l) => [
      l.assign('TASK-E01-b2c4', 'jira', 'proj'),
      l.assign('TASK-7A96', 'jira', 'PROJ'),
      l.assign('TASK-7A96', 'github'),
      l.assign('TASK-E01-b2c4', 'jira', 'PROJ'),
      l.assign('TASK-E01-b2c4.1', 'linear', 'TEAM'),
      l.assign('EPIC-001', 'azure_devops'),
      l.assign('TASK-042', 'github'),
    ]);
    expect(value.map((a) => a.externalId)).toEqual([
      'PROJ-1',
      'PROJ-2',
      '1',
      'PROJ-1',
      'TEAM-1',
      '1',
      '2',
    ]);
    expect(value[3]!.created).toBe(false);
    const s = stateOf(dir);
    expect(s.mapping.status).toBe('valid');
    expect(s.counters.data!.counters).toEqual({
      azure_devops: 1,
      github: 2,
      jira: { PROJ: 2 },
      linear: { TEAM: 1 },
    });
    expect(fs.readFileSync(join(dir, 'external_id_mapping.json'), 'utf8')).toBe(
      canonicalJson(s.mapping.data),
    );
  });

  test('rejects IDs that are not task IDs, but accepts every real shape', async () => {
    const dir = tempDir();
    await expect(
      transaction({ stateDir: dir }, (l) => l.assign('task 1', 'github')),
    ).rejects.toThrow(/not a task ID/);
    await expect(transaction({ stateDir: dir }, (l) => l.assign('TASK-1', 'jira'))).rejects.toThrow(
      /project key/,
    );
    for (const id of [
      'TASK-7A96',
      'TASK-E01-b2c4',
      'TASK-E01-b2c4.1',
      'EPIC-001',
      'FEAT-x9f2',
      'DOC-0a1b',
      'TASK-042',
    ])
      await transaction({ stateDir: dir }, (l) => l.assign(id, 'github'));
    expect(Object.keys(stateOf(dir).mapping.data!.mappings)).toHaveLength(7);
  });

  test('updated changes only when content changes; .bak holds the previous valid version', async () => {
    const dir = tempDir();
    let t = new Date('2026-01-01T00:00:00Z');
    const now = () => t;
    await transaction({ stateDir: dir, now }, (l) => l.assign('TASK-1A2B', 'github'));
    const first = fs.readFileSync(join(dir, 'external_id_mapping.json'), 'utf8');
    t = new Date('2026-02-01T00:00:00Z');
    await transaction({ stateDir: dir, now }, (l) => l.assign('TASK-1A2B', 'github'));
    expect(fs.readFileSync(join(dir, 'external_id_mapping.json'), 'utf8')).toBe(first);
    await transaction({ stateDir: dir, now }, (l) => l.assign('TASK-3C4D', 'github'));
    expect(stateOf(dir).mapping.data!.updated).toBe('2026-02-01T00:00:00Z');
    expect(fs.readFileSync(join(dir, 'external_id_mapping.json.bak'), 'utf8')).toBe(first);
  });

  test('counters start at the highest number used, even when the counter file is behind', async () => {
    const dir = tempDir();
    write(
      dir,
      'external_id_mapping.json',
      canonicalJson({
        mappings: { 'TASK-1A2B': { github: '41', jira: 'PROJ-9' } },
        updated: 'u',
        version: '1.0',
      }),
    );
    write(
      dir,
      'external_id_counters.json',
      canonicalJson({
        counters: { azure_devops: 0, github: 3, jira: { PROJ: 2 }, linear: {} },
        updated: 'u',
        version: '1.0',
      }),
    );
    const { value } = await transaction({ stateDir: dir }, (l) => [
      l.assign('TASK-3C4D', 'github').externalId,
      l.assign('TASK-3C4D', 'jira', 'PROJ').externalId,
    ]);
    expect(value).toEqual(['42', 'PROJ-10']);
  });

  test('refuses damaged state instead of reading it as empty, and never overwrites it', async () => {
    const dir = tempDir();
    write(dir, 'external_id_mapping.json', '{"mappings": {"TASK-1A2B": ');
    await expect(
      transaction({ stateDir: dir }, (l) => l.assign('TASK-3C4D', 'github')),
    ).rejects.toMatchObject({ code: 'STATE_INVALID' });
    expect(fs.readFileSync(join(dir, 'external_id_mapping.json'), 'utf8')).toBe(
      '{"mappings": {"TASK-1A2B": ',
    );
  });

  test('a newer-format file is refused and left untouched', async () => {
    const dir = tempDir();
    write(dir, 'external_id_counters.json', '{"counters": {}, "updated": "u", "version": "3.1"}');
    await expect(
      transaction({ stateDir: dir }, (l) => l.assign('TASK-3C4D', 'github')),
    ).rejects.toThrow(/newer than the 1\.0/);
  });

  test('a state directory that is a file stops with a clear error', async () => {
    const d = tempDir();
    write(d, 'state', 'not a dir');
    await expect(transaction({ stateDir: join(d, 'state') }, () => 1)).rejects.toMatchObject({
      code: 'NOT_A_DIRECTORY',
    });
  });
});

describe('fault injection on the write path', () => {
  const steps = [
    'openSync',
    'writeSync',
    'fsyncSync',
    'closeSync',
    'renameSync',
    'linkSync',
  ] as const;
  const errors = ['ENOSPC', 'EIO', 'EACCES'];
  /** An fs whose `step` call fails the n-th time it is made. */
  const failing = (step: (typeof steps)[number], n: number, code: string): WriteFs => {
    let calls = 0;
    return new Proxy(realFs, {
      get(target, prop) {
        const f = (target as any)[prop];
        if (prop !== step) return f;
        return (...args: unknown[]) => {
          if (++calls === n) throw Object.assign(new Error(`injected ${code}`), { code });
          return f(...args);
        };
      },
    });
  };
  const shortWrites: WriteFs = new Proxy(realFs, {
    get(target, prop) {
      if (prop !== 'writeSync') return (target as any)[prop];
      return (fd: number, buf: Buffer, off: number, len: number) =>
        realFs.writeSync(fd, buf, off, Math.min(len, 7));
    },
  });

  test.each(steps.flatMap((s) => errors.flatMap((e) => [1, 2].map((n) => [s, e, n] as const))))(
    '%s failing with %s (call %i) leaves the old or the new valid file',
    async (step, code, n) => {
      const dir = tempDir();
      await transaction({ stateDir: dir }, (l) => l.assign('TASK-1A2B', 'jira', 'PROJ'));
      const before = stateOf(dir);
      let failed: unknown;
      try {
        await transaction({ stateDir: dir, fs: failing(step, n, code) }, (l) =>
          l.assign('TASK-3C4D', 'jira', 'PROJ'),
        );
      } catch (err) {
        failed = err;
      }
      if (failed) {
        expect(failed).toBeInstanceOf(ExtidsError);
        expect((failed as Error).message).toMatch(new RegExp(`${code}|injected`));
      }
      const after = stateOf(dir);
      for (const f of [after.mapping, after.counters]) expect(f.status).toBe('valid');
      const m = after.mapping.data!.mappings;
      // Old or new, never a mix that loses or repeats a number.
      expect(m['TASK-1A2B']).toEqual(before.mapping.data!.mappings['TASK-1A2B']);
      if (m['TASK-3C4D']) expect(m['TASK-3C4D']).toEqual({ jira: 'PROJ-2' });
      expect(after.counters.data!.counters.jira.PROJ).toBeGreaterThanOrEqual(
        m['TASK-3C4D'] ? 2 : 1,
      );
      // The next successful write leaves no temp file behind.
      await transaction({ stateDir: dir }, (l) => l.assign('TASK-5E6F', 'jira', 'PROJ'));
      expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
    },
  );

  test('short writes are completed, byte for byte', async () => {
    const dir = tempDir();
    await transaction({ stateDir: dir, fs: shortWrites }, (l) =>
      l.assign('TASK-1A2B', 'jira', 'PROJ'),
    );
    expect(stateOf(dir).mapping.data!.mappings['TASK-1A2B']).toEqual({ jira: 'PROJ-1' });
  });

  test('a write that makes no progress fails instead of spinning', async () => {
    const dir = tempDir();
    const stuck: WriteFs = new Proxy(realFs, {
      get: (t, p) => (p === 'writeSync' ? () => 0 : (t as any)[p]),
    });
    await expect(
      transaction({ stateDir: dir, fs: stuck }, (l) => l.assign('TASK-1A2B', 'github')),
    ).rejects.toThrow(/input\/output error \(EIO\)/);
    expect(fs.readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });
});

describe('repair', () => {
  const settingsFor = (root: string) => loadSettings(root, { tools: { jira: { key: 'PROJ' } } });

  test('restores from .bak, keeps the corrupt original, and raises counters', async () => {
    const root = tempDir();
    const stateDir = join(root, '.claude/state');
    await transaction({ stateDir }, (l) => [
      l.assign('TASK-1A2B', 'jira', 'PROJ'),
      l.assign('TASK-3C4D', 'jira', 'PROJ'),
    ]);
    await transaction({ stateDir }, (l) => l.assign('TASK-5E6F', 'jira', 'PROJ'));
    fs.writeFileSync(join(stateDir, 'external_id_mapping.json'), '\0\0\0\0');
    const r = await repair(settingsFor(root));
    expect(r.ok).toBe(true);
    const after = stateOf(stateDir);
    expect(Object.keys(after.mapping.data!.mappings).sort()).toEqual(['TASK-1A2B', 'TASK-3C4D']);
    expect(after.counters.data!.counters.jira.PROJ).toBe(3); // PROJ-3 stays retired
    const quarantined = fs
      .readdirSync(stateDir)
      .filter((f) => f.startsWith('external_id_mapping.json.corrupt-'));
    expect(quarantined).toHaveLength(1);
    expect(fs.readFileSync(join(stateDir, quarantined[0]!), 'utf8')).toBe('\0\0\0\0');
  });

  test('restores from the committed version in git when there is no .bak', async () => {
    const root = gitRepo();
    const stateDir = join(root, '.claude/state');
    await transaction({ stateDir }, (l) => l.assign('TASK-1A2B', 'github'));
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'state');
    fs.rmSync(join(stateDir, 'external_id_mapping.json.bak'), { force: true });
    fs.writeFileSync(join(stateDir, 'external_id_mapping.json'), '<<<<<<< HEAD\ngarbage');
    const r = await repair(settingsFor(root));
    expect(r.changes.map((c) => c.action).join('\n')).toMatch(/git HEAD/);
    expect(stateOf(stateDir).mapping.data!.mappings['TASK-1A2B']).toEqual({ github: '1' });
    expect(fs.readdirSync(stateDir).some((f) => f.includes('.corrupt-'))).toBe(true);
  });

  test('--dry-run changes nothing', async () => {
    const root = tempDir();
    const stateDir = join(root, '.claude/state');
    write(stateDir, 'external_id_mapping.json', '{"TASK-1A2B": {"github": 5}}');
    const r = await repair(settingsFor(root), { dryRun: true });
    expect(r.changes.length).toBeGreaterThan(0);
    expect(read(stateDir, 'external_id_mapping.json')).toBe('{"TASK-1A2B": {"github": 5}}');
    expect(fs.readdirSync(stateDir)).toEqual(['external_id_mapping.json']);
  });

  test('what cannot be recovered is reported, never silently dropped', async () => {
    const root = tempDir();
    const stateDir = join(root, '.claude/state');
    write(
      stateDir,
      'external_id_mapping.json',
      '{"mappings": {"TASK-1A2B": {"github": "7", "jira": "nope"}}, "updated": "u", "version": "1.0"}',
    );
    const r = await repair(settingsFor(root));
    expect(r.findings.map((f) => f.code)).toContain('UNRECOVERED');
    expect(r.findings.find((f) => f.code === 'UNRECOVERED')!.message).toMatch(/TASK-1A2B\.jira/);
    expect(stateOf(stateDir).mapping.data!.mappings['TASK-1A2B']).toEqual({ github: '7' });
  });
});

describe('real processes', () => {
  const worker = join(FIXTURES, 'worker.mjs');
  const run = (args: string[]) =>
    new Promise<string>((res, rej) => {
      const p = spawn(process.execPath, [worker, ...args], { env: testEnv() });
      let out = '';
      let err = '';
      p.stdout.on('data', (d) => (out += d));
      p.stderr.on('data', (d) => (err += d));
      p.on('close', (code) =>
        code === 0 ? res(out) : rej(new Error(`worker exited ${code}: ${err}`)),
      );
    });

  test('8 processes × 25 single-ID transactions: 200 mappings, 200 distinct IDs, counter exactly 200', async () => {
    const dir = tempDir();
    const outs = await Promise.all(Array.from({ length: 8 }, (_, i) => run([dir, `W${i}`, '25'])));
    const reported = outs.join('').trim().split('\n');
    expect(reported).toHaveLength(200);
    const s = stateOf(dir);
    const m = s.mapping.data!.mappings;
    expect(Object.keys(m)).toHaveLength(200);
    expect(new Set(Object.values(m).map((e) => e.jira)).size).toBe(200);
    expect(s.counters.data!.counters.jira.PROJ).toBe(200);
    for (const line of reported) {
      const [id, ext] = line.split(' ');
      expect(m[id!]!.jira).toBe(ext);
    }
  }, 120_000);

  /** A real process that takes the lock on `dir` and keeps it until killed. */
  const holdLock = async (dir: string) => {
    const holder = spawn(process.execPath, [join(FIXTURES, 'hold-lock.mjs'), dir], {
      env: testEnv(),
    });
    await new Promise<void>((res) =>
      holder.stdout.on('data', (d) => String(d).includes('locked') && res()),
    );
    return holder;
  };

  test('a process killed with SIGKILL while holding the lock blocks the next one only until the stale time', async () => {
    const dir = tempDir();
    const holder = await holdLock(dir);
    holder.kill('SIGKILL');
    await new Promise((r) => holder.on('close', r));
    const t0 = Date.now();
    await transaction({ stateDir: dir, lock: { staleMs: 2000, timeoutMs: 20_000 } }, (l) =>
      l.assign('TASK-1A2B', 'github'),
    );
    const waited = Date.now() - t0;
    expect(waited).toBeLessThan(10_000);
    expect(stateOf(dir).mapping.data!.mappings['TASK-1A2B']).toEqual({ github: '1' });
  }, 30_000);

  test('waiting for a lock that is held and fresh ends with a clear timeout, not a hang', async () => {
    const dir = tempDir();
    const holder = await holdLock(dir);
    try {
      await expect(
        transaction({ stateDir: dir, lock: { timeoutMs: 500, staleMs: 5000 } }, () => 1),
      ).rejects.toMatchObject({ code: 'LOCK_TIMEOUT' });
    } finally {
      holder.kill('SIGKILL');
    }
  }, 30_000);
});

export { MAPPING, COUNTERS };
