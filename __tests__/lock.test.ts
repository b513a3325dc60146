/**
 * A lock whose holder is gone is taken over within the stale time, whatever its timestamps say
 * (#27): holders SIGKILLed at random moments, lock directories left with an mtime in the past, the
 * far past and the future (clock skew, a copied directory). Every later command gets the lock
 * within the stale time or exits 2 with a message that is true. EXTIDS_LOCK_FAULT_RUNS sets the
 * loop count (8 by default); a failure names EXTIDS_LOCK_FAULT_SEED to replay it.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, utimesSync } from 'node:fs';
import { join } from 'node:path';
import { judgeLock, lockTimeoutMessage, lockWaitMessage, type LockStat } from '../src/core/lock.js';
import {
  BIN,
  cleanup,
  cli,
  cliAsync,
  FIXTURES,
  MAPPING,
  read,
  readJson,
  repo,
  task,
  testEnv,
  write,
} from './helpers.js';

afterAll(cleanup);

const STALE = 2000;
const YEAR = 365 * 24 * 3600 * 1000;

describe('judging a lock found taken (pure)', () => {
  const at = (mtimeMs: number, ino = 7): LockStat => ({ dev: 1, ino, mtimeMs });
  const wall = 1_800_000_000_000;

  test('an mtime in the future is abandoned once nobody changed it for the stale time', () => {
    const lock = at(wall + 3600_000);
    const first = judgeLock(undefined, lock, { mono: 100, wall }, STALE);
    expect(first.abandonedAt).toBe(100 + STALE);
    const later = judgeLock(first.sighting, lock, { mono: 100 + STALE, wall: wall + STALE }, STALE);
    expect(later.abandonedAt).toBe(100 + STALE);
  });

  test('a refresh, or another lock in its place, is a live holder: the wait starts again', () => {
    const first = judgeLock(undefined, at(wall + YEAR), { mono: 0, wall }, STALE);
    const refreshed = judgeLock(first.sighting, at(wall + 500), { mono: 1500, wall }, STALE);
    expect(refreshed.abandonedAt).toBe(1500 + STALE);
    expect(refreshed.sighting.changedAt).toBe(1500);
    const relocked = judgeLock(refreshed.sighting, at(wall + 500, 8), { mono: 1800, wall }, STALE);
    expect(relocked.abandonedAt).toBe(1800 + STALE);
  });

  test('an mtime in the past counts from its own age; one in the far past is abandoned at once', () => {
    expect(judgeLock(undefined, at(wall - 500), { mono: 0, wall }, STALE).abandonedAt).toBe(1500);
    expect(judgeLock(undefined, at(wall - 10 * YEAR), { mono: 0, wall }, STALE).abandonedAt).toBe(
      STALE - 10 * YEAR,
    );
  });

  test('the wait notice says what the waiter saw, and when an abandoned lock is taken over', () => {
    const first = judgeLock(undefined, at(wall + YEAR), { mono: 0, wall }, STALE);
    expect(lockWaitMessage('/r/.extids.lock', { deadline: 15_000, ...first }, 1200)).toBe(
      'waiting for the lock /r/.extids.lock: nothing has refreshed it for 1.2s; if its holder is gone, it is taken over in 0.8s',
    );
    expect(lockWaitMessage('/r/.extids.lock', { deadline: 1500, ...first }, 1200)).toBe(
      'waiting for the lock /r/.extids.lock: nothing has refreshed it for 1.2s; this command gives up in 0.3s, before it could call the lock abandoned (in 0.8s)',
    );
    const alive = judgeLock(first.sighting, at(wall), { mono: 900, wall }, STALE);
    expect(lockWaitMessage('/r/.extids.lock', { deadline: 15_000, ...alive }, 1200)).toBe(
      'waiting for the lock /r/.extids.lock: another extids is writing (it refreshed the lock 0.3s ago); waiting up to 13.8s more',
    );
  });

  test('the time-out message says what the waiter saw', () => {
    const seen = judgeLock(undefined, at(wall), { mono: 0, wall }, STALE).sighting;
    const quiet = lockTimeoutMessage(
      '/r/.extids.lock',
      { timeoutMs: 800, staleMs: STALE, sighting: seen },
      800,
    );
    expect(quiet).toMatch(/nothing refreshed it while this command waited/);
    expect(quiet).toMatch(/waits 2\.0s \(the stale time\) for it takes it over/);
    const alive = judgeLock(seen, at(wall + 1000), { mono: 700, wall }, STALE).sighting;
    expect(
      lockTimeoutMessage(
        '/r/.extids.lock',
        { timeoutMs: 800, staleMs: STALE, sighting: alive },
        800,
      ),
    ).toMatch(/another extids is writing \(it refreshed the lock 0\.1s ago, so it is alive\)/);
  });
});

const RUNS = Number(process.env.EXTIDS_LOCK_FAULT_RUNS ?? 8);
const SEED = Number(process.env.EXTIDS_LOCK_FAULT_SEED ?? Date.now() % 2 ** 31);

/** mulberry32, as in crash.test.ts: a failing run replays with its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Where a left-behind lock's mtime is put, relative to now (undefined: left as the kill left it). */
const SKEWS: Record<string, (r: () => number) => number | undefined> = {
  untouched: () => undefined,
  past: (r) => -Math.floor(r() * STALE),
  'far past': () => -10 * YEAR,
  future: (r) => 60_000 + Math.floor(r() * 3600_000),
  'far future': () => 10 * YEAR,
};

/** A lock holder as a real process: one that holds until killed, or one that assigns in a loop. */
function holder(kind: 'hold' | 'worker', stateDir: string, tag: string): ChildProcess {
  const script = kind === 'hold' ? 'hold-lock.mjs' : 'crash-worker.mjs';
  return spawn(process.execPath, [join(FIXTURES, script), stateDir, tag], {
    env: testEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
const closed = (p: ChildProcess) =>
  new Promise<void>((r) =>
    p.exitCode !== null || p.signalCode !== null ? r() : p.on('close', () => r()),
  );
const said = (p: ChildProcess, word: string) =>
  new Promise<void>((r) => p.stdout!.on('data', (d) => String(d).includes(word) && r()));

/** `assign` of one new task, timed: what a person runs after the crash. */
async function assignTimed(root: string, id: string, env: Record<string, string>) {
  write(root, `tasks/backlog/${id}.md`, task(id));
  const t0 = performance.now();
  const r = await cliAsync(root, ['assign', `tasks/backlog/${id}.md`], {
    EXTIDS_LOCK_STALE_MS: String(STALE),
    ...env,
  });
  return { ...r, ms: performance.now() - t0 };
}

describe('a lock whose holder is gone, whatever its timestamps say', () => {
  test(
    `holders killed at random moments, locks left in the past, far past and future (${RUNS} runs)`,
    async () => {
      const random = rng(SEED);
      const root = repo({ tasks: { 'tasks/backlog/TASK-0A0A.md': task('TASK-0A0A') } });
      expect(cli(root, ['assign', '--all']).code).toBe(0);
      const stateDir = join(root, '.claude/state');
      const lockDir = join(stateDir, '.extids.lock');
      // What the process costs without any lock in the way, to tell its start-up from its wait.
      const base = (await assignTimed(root, 'TASK-BASE', {})).ms;
      const seen: Record<string, number> = {};

      for (let i = 0; i < RUNS; i++) {
        const skewName = Object.keys(SKEWS)[i % 5]!;
        const kind = random() < 0.5 ? 'hold' : 'worker';
        const shortWait = i % 3 === 2; // a wait shorter than the stale time: exit 2, and true
        const where = `run ${i} (${kind}, ${skewName}${shortWait ? ', short wait' : ''}; EXTIDS_LOCK_FAULT_SEED=${SEED})`;
        const h = holder(kind, stateDir, `R${i}`);
        await said(h, kind === 'hold' ? 'locked' : 'ready');
        await sleep(Math.floor(random() * (kind === 'hold' ? 1500 : 60)));
        h.kill('SIGKILL');
        await closed(h);
        const skew = SKEWS[skewName]!(random);
        if (skew !== undefined) {
          // A lock left behind, or one copied in with the repository, with the skewed mtime.
          if (!existsSync(lockDir)) mkdirSync(lockDir);
          const t = new Date(Date.now() + skew);
          utimesSync(lockDir, t, t);
        }
        const left = existsSync(lockDir) ? 'left' : 'none';
        seen[`${skewName}/${left}`] = (seen[`${skewName}/${left}`] ?? 0) + 1;

        const id = `TASK-R${i}X`;
        let r = await assignTimed(root, id, {
          EXTIDS_LOCK_TIMEOUT_MS: shortWait ? '600' : '10000',
        });
        if (r.code === 2) {
          // Only a wait shorter than the stale time may give up, and it must not claim a live holder.
          expect([where, shortWait, r.stderr]).toEqual([
            where,
            true,
            expect.stringMatching(
              /nothing refreshed it while this command waited, so its holder may be gone\. A command that waits 2\.0s \(the stale time\) for it takes it over/,
            ),
          ]);
          // …which is true: a command that waits that long gets it.
          r = await assignTimed(root, id, { EXTIDS_LOCK_TIMEOUT_MS: '10000' });
        }
        expect([where, r.code, r.stderr]).toEqual([where, 0, expect.anything()]);
        // A wait that dragged on was announced, truly: nobody refreshed the lock, and it was taken
        // over within the time the notice gave.
        for (const m of r.stderr.matchAll(/^extids: waiting for the lock .*$/gm))
          expect([where, m[0]]).toEqual([
            where,
            expect.stringMatching(
              /: nothing has refreshed it for \d+\.\ds; if its holder is gone, it is taken over in [0-2]\.\ds$/,
            ),
          ]);
        // The stale time, and room for a loaded machine's process start-up beyond the baseline.
        expect([where, r.ms - base < STALE + 2500]).toEqual([where, true]);
        expect([where, readJson(root, MAPPING).mappings[id]]).toEqual([
          where,
          { github: expect.any(String), jira: expect.any(String) },
        ]);
        expect([where, existsSync(lockDir)]).toEqual([where, false]);
        // Nothing a killed holder left (a temp file, a lock it was moving aside) outlives the command.
        expect([where, readdirSync(stateDir).filter((f) => f.includes('.tmp-'))]).toEqual([
          where,
          [],
        ]);
      }
      // Every run met a lock (left by the kill, or put there): none passed without one in the way.
      const withLock = Object.entries(seen).filter(([k]) => k.endsWith('/left'));
      expect(withLock.reduce((n, [, c]) => n + c, 0)).toBeGreaterThanOrEqual(
        Math.floor((RUNS * 4) / 5),
      );
    },
    60_000 + RUNS * 15_000,
  );

  test('a live holder is never taken over, whatever the wait: exit 2, and the message says it is alive', async () => {
    const root = repo({ tasks: { 'tasks/backlog/TASK-0A0A.md': task('TASK-0A0A') } });
    expect(cli(root, ['assign', '--all']).code).toBe(0);
    const h = holder('hold', join(root, '.claude/state'), 'L');
    await said(h, 'locked');
    try {
      const r = await assignTimed(root, 'TASK-1B1B', { EXTIDS_LOCK_TIMEOUT_MS: String(STALE * 2) });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^extids: waiting for the lock .*\.extids\.lock: /m);
      expect(r.stderr).toMatch(
        /timed out after 4\.0s waiting for the lock .*\.extids\.lock: another extids is writing \(it refreshed the lock \d\.\ds ago, so it is alive\)/,
      );
      expect(readJson(root, MAPPING).mappings['TASK-1B1B']).toBeUndefined();
    } finally {
      h.kill('SIGKILL');
      await closed(h);
    }
  }, 30_000);
});

describe('a lock lost mid-write (review of #27)', () => {
  test('the holder stopped after writing the mapping, taken over, resumed: exit 2 naming `extids repair`, which gives the tasks it had not reached their IDs', async () => {
    const ids = Array.from({ length: 1500 }, (_, i) => `TASK-${i.toString(16).padStart(4, '0')}`);
    const root = repo({
      tasks: Object.fromEntries(ids.map((id) => [`tasks/backlog/${id}.md`, task(id)])),
      config: JSON.stringify({ tools: { jira: { key: 'PROJ' } } }),
    });
    const stateDir = join(root, '.claude/state');
    mkdirSync(stateDir, { recursive: true });
    const a = spawn(process.execPath, [BIN, 'assign', '--all'], {
      cwd: root,
      env: testEnv({ EXTIDS_LOCK_STALE_MS: String(STALE) }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    a.stderr!.on('data', (d) => (stderr += String(d)));
    // Stopped the moment the mapping is written, before the task files are.
    while (!existsSync(join(root, MAPPING)) && a.exitCode === null) await sleep(2);
    a.kill('SIGSTOP');
    const h = holder('hold', stateDir, 'T');
    try {
      await said(h, 'locked');
      a.kill('SIGCONT');
      await closed(a);
      expect(a.exitCode).toBe(2);
      expect(stderr).toMatch(
        /\.extids\.lock (was lost|was taken over by another process|disappeared)[^\n]*; nothing more was written; run `extids repair`: it writes into any task file the external IDs the mapping file already holds for it/,
      );
    } finally {
      h.kill('SIGKILL');
      await closed(h);
    }
    const bare = ids.filter((id) => !read(root, `tasks/backlog/${id}.md`).includes('external_ids'));
    expect(bare.length).toBeGreaterThan(0);
    expect(Object.keys(readJson(root, MAPPING).mappings)).toHaveLength(ids.length);
    const r = cli(root, ['repair'], { EXTIDS_LOCK_STALE_MS: String(STALE) });
    expect(r.code).toBe(0);
    for (const id of bare)
      expect(read(root, `tasks/backlog/${id}.md`)).toContain(
        `jira: ${readJson(root, MAPPING).mappings[id].jira}`,
      );
    expect(cli(root, ['validate']).code).toBe(0);
  }, 60_000);
});
