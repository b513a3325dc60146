import { afterAll, describe, expect, test } from '@jest/globals';
import * as fs from 'node:fs';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import {
  canonicalJson,
  ExtidsError,
  assign,
  readState,
  readTask,
  repair,
  transaction,
  loadSettings,
  type WriteFs,
} from '../src/core/index.js';
import { realFs } from '../src/core/atomic.js';
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
  task,
  CONFIG,
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
  const errors = ['ENOSPC', 'EIO', 'EACCES'];
  /** An fs that records every call, and fails the n-th one (counting from 1) with `code`. */
  const faulty = (n = 0, code = 'EIO') => {
    const calls: string[] = [];
    const fs = new Proxy(realFs, {
      get(target, prop) {
        const f = (target as any)[prop];
        return (...args: unknown[]) => {
          calls.push(String(prop));
          if (calls.length === n)
            throw Object.assign(new Error(`injected ${code}`), { code, syscall: String(prop) });
          return f(...args);
        };
      },
    }) as WriteFs;
    return { fs, calls };
  };
  const shortWrites: WriteFs = new Proxy(realFs, {
    get(target, prop) {
      if (prop !== 'writeSync') return (target as any)[prop];
      return (fd: number, buf: Buffer, off: number, len: number) =>
        realFs.writeSync(fd, buf, off, Math.min(len, 7));
    },
  });

  /** A repository whose TASK-1A2B has its IDs, and a new TASK-3C4D to assign. */
  const scenario = async () => {
    const root = tempDir();
    write(root, '.claude/extids.json', CONFIG);
    write(root, 'tasks/backlog/TASK-1A2B.md', task('TASK-1A2B'));
    write(root, 'tasks/backlog/TASK-3C4D.md', task('TASK-3C4D'));
    const s = loadSettings(root);
    await assign(s, { files: [join(root, 'tasks/backlog/TASK-1A2B.md')] });
    return { root, s, file: join(root, 'tasks/backlog/TASK-3C4D.md') };
  };
  const temps = (root: string) =>
    fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.tmp-'));

  // The write path of one assignment: sweep, counters (.bak, temp, fsync, rename, dir fsync),
  // mapping (the same), then the task file and its directory; each replacement is given the old
  // file's owner and mode (fchown, fchmod) before its rename. Each call fails in turn.
  test('every fs call of an assignment, failing in turn with ENOSPC, EIO and EACCES, leaves a valid old or new state', async () => {
    const probe = await scenario();
    const { fs: recorder, calls } = faulty();
    await assign(probe.s, { files: [probe.file], fs: recorder });
    expect(calls.length).toBeGreaterThan(20);
    // Reads of the state files under the lock count too: a read that fails must stop the write.
    expect([...new Set(calls)].sort()).toEqual(
      [
        'closeSync',
        'fchmodSync',
        'fchownSync',
        'fsync',
        'fsyncSync',
        'linkSync',
        'openSync',
        'readFileSync',
        'readdirSync',
      ].concat(['renameSync', 'unlinkSync', 'writeSync']),
    );
    const outcomes = { failed: 0, succeeded: 0 };
    for (let n = 1; n <= calls.length; n++)
      for (const code of errors) {
        const { root, s, file } = await scenario();
        const before = readState({ stateDir: s.stateDir });
        const original = fs.readFileSync(file, 'utf8');
        const { fs: failing } = faulty(n, code);
        const where = `call ${n} (${calls[n - 1]}) failing with ${code}`;
        try {
          await assign(s, { files: [file], fs: failing });
          outcomes.succeeded++; // a failure the write path tolerates (e.g. cleaning up a temp)
        } catch (err) {
          outcomes.failed++;
          expect([where, err instanceof ExtidsError]).toEqual([where, true]);
          // A clear error: the file, and what went wrong.
          expect((err as Error).message).toMatch(/\.claude\/state\/external_id_|tasks\/backlog/);
          expect((err as Error).message).toMatch(new RegExp(code));
        }
        const after = readState({ stateDir: s.stateDir });
        expect([after.mapping.status, after.counters.status, where]).toEqual([
          'valid',
          'valid',
          where,
        ]);
        const m = after.mapping.data!.mappings;
        expect(m['TASK-1A2B']).toEqual(before.mapping.data!.mappings['TASK-1A2B']);
        if (m['TASK-3C4D']) expect(m['TASK-3C4D']).toEqual({ github: '2', jira: 'PROJ-2' });
        expect(after.counters.data!.counters.jira.PROJ).toBeGreaterThanOrEqual(
          m['TASK-3C4D'] ? 2 : 1,
        );
        // The task file is the original, or the original with the mapping's IDs: never torn.
        const text = fs.readFileSync(file, 'utf8');
        if (text !== original) expect(readTask(file, root).externalIds).toEqual(m['TASK-3C4D']);
        // Running again with a healthy disk finishes the job (with the numbers already recorded,
        // if any; a number the counters moved past stays unused), and leaves no temp file.
        await assign(s, { files: [file] });
        const final = readState({ stateDir: s.stateDir }).mapping.data!.mappings;
        expect(readTask(file, root).externalIds).toEqual(final['TASK-3C4D']);
        if (m['TASK-3C4D']) expect(final['TASK-3C4D']).toEqual(m['TASK-3C4D']);
        expect(final['TASK-3C4D']!.jira).not.toBe('PROJ-1');
        expect(temps(root)).toEqual([]);
      }
    expect(outcomes.failed).toBeGreaterThan(outcomes.succeeded);
  }, 120_000);

  test('every fs call of a repair of a corrupt mapping file, failing in turn: the damaged file is kept or rebuilt, never lost', async () => {
    // Two transactions, so .bak holds TASK-1A2B and TASK-5E6F; then TASK-5E6F's frontmatter
    // loses its block and the mapping file gets garbage appended. Repair rebuilds from .bak and
    // frontmatter, quarantines the damaged file and rewrites TASK-5E6F's block.
    const scenario = async () => {
      const root = tempDir();
      write(root, '.claude/extids.json', CONFIG);
      for (const id of ['TASK-1A2B', 'TASK-3C4D', 'TASK-5E6F'])
        write(root, `tasks/backlog/${id}.md`, task(id));
      const s = loadSettings(root);
      const file = (id: string) => join(root, `tasks/backlog/${id}.md`);
      await assign(s, { files: [file('TASK-1A2B'), file('TASK-5E6F')] });
      await assign(s, { files: [file('TASK-3C4D')] });
      write(root, 'tasks/backlog/TASK-5E6F.md', task('TASK-5E6F'));
      fs.appendFileSync(join(s.stateDir, 'external_id_mapping.json'), '}}garbage');
      return { root, s };
    };
    const probe = await scenario();
    const { fs: recorder, calls } = faulty();
    expect((await repair(probe.s, { fs: recorder })).ok).toBe(true);
    expect(calls).toContain('linkSync'); // the quarantined copy
    for (let n = 1; n <= calls.length; n++)
      for (const code of errors) {
        const { root, s } = await scenario();
        const damaged = read(s.stateDir, 'external_id_mapping.json');
        const where = `call ${n} (${calls[n - 1]}) failing with ${code}`;
        await repair(s, { fs: faulty(n, code).fs }).catch((err) => {
          expect([where, err instanceof ExtidsError]).toEqual([where, true]);
          expect((err as Error).message).toMatch(new RegExp(code));
        });
        const now = read(s.stateDir, 'external_id_mapping.json');
        const quarantined = fs
          .readdirSync(s.stateDir)
          .filter((f) => f.startsWith('external_id_mapping.json.corrupt-'));
        if (now === damaged) expect(quarantined.length).toBeLessThanOrEqual(1);
        else {
          // Rebuilt: only after the damaged original was kept beside it.
          expect([where, quarantined.length]).toEqual([where, 1]);
          expect(read(s.stateDir, quarantined[0]!)).toBe(damaged);
          expect(readState({ stateDir: s.stateDir }).mapping.status).toBe('valid');
        }
        // A healthy rerun finishes: both tasks keep their numbers, frontmatter included.
        const r = await repair(s);
        expect([where, r.ok]).toEqual([where, true]);
        const m = readState({ stateDir: s.stateDir }).mapping.data!.mappings;
        expect(m).toEqual({
          'TASK-1A2B': { github: '1', jira: 'PROJ-1' },
          'TASK-3C4D': { github: '3', jira: 'PROJ-3' },
          'TASK-5E6F': { github: '2', jira: 'PROJ-2' },
        });
        expect(readTask(join(root, 'tasks/backlog/TASK-5E6F.md'), root).externalIds).toEqual(
          m['TASK-5E6F'],
        );
        expect(temps(root)).toEqual([]);
      }
  }, 120_000);

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
    expect(JSON.stringify(r.changes)).toMatch(/git HEAD/);
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
