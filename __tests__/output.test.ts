/**
 * Output into a pipe whose reader goes away (#28): `extids validate --verbose | head -1` and
 * `extids repair | head` end quietly, the way Unix tools do, and a command that writes files
 * finishes its writes. The built CLI as a process, with many lines of output behind a real pipe.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readTask } from '../src/core/index.js';
import {
  BIN,
  cleanup,
  cli,
  MAPPING,
  readJson,
  repo,
  task,
  tasksFor,
  testEnv,
  write,
} from './helpers.js';

afterAll(cleanup);

const IDS = Array.from({ length: 2500 }, (_, i) => `TASK-P${String(i).padStart(4, '0')}`);

/** The CLI with its stdout read until the first line, then closed: `| head -1` as a process. */
function firstLineThenClose(cwd: string, args: string[]) {
  return new Promise<{ code: number | null; first: string; stderr: string }>((res) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd, env: testEnv() });
    let out = '';
    let stderr = '';
    p.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) p.stdout.destroy(); // the reader goes away; the writer meets EPIPE
    });
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => res({ code, first: out.split('\n')[0]!, stderr }));
  });
}

describe('a closed pipe ends the output quietly', () => {
  test('`validate --verbose | head -1` on 2,500 tasks: one line, no stack trace, exit as without the pipe', async () => {
    const root = repo({ tasks: tasksFor(IDS) });
    const whole = cli(root, ['validate', '--verbose']);
    expect(whole.stdout.split('\n').length).toBeGreaterThan(2500); // more than a pipe buffer holds
    for (let round = 0; round < 3; round++) {
      const r = await firstLineThenClose(root, ['validate', '--verbose']);
      expect([round, r.stderr, r.code]).toEqual([round, '', whole.code]);
      expect(r.first).toBe(whole.stdout.split('\n')[0]);
    }
    // As a person types it: a shell pipeline into head.
    const sh = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" validate --verbose | head -1`],
      {
        cwd: root,
        encoding: 'utf8',
        env: testEnv(),
      },
    );
    expect([sh.stdout.split('\n').length, sh.stderr]).toEqual([2, '']);
  }, 120_000);

  test('`repair | head -1` after it started writing: the repair finishes, every task file whole, no temp file left', async () => {
    const root = repo({ tasks: tasksFor(IDS) });
    expect(cli(root, ['assign', '--all']).code).toBe(0);
    // Every task loses its external_ids block: repair rewrites 2,500 files and lists each.
    for (const id of IDS) write(root, `tasks/backlog/${id}.md`, task(id));
    const r = await firstLineThenClose(root, ['repair']);
    expect([r.stderr, r.code]).toEqual(['', 0]);
    expect(r.first).toMatch(/^tasks\/backlog\/TASK-P\d+\.md: updated external_ids/);
    const mappings = readJson(root, MAPPING).mappings;
    for (const id of IDS)
      expect([id, readTask(join(root, `tasks/backlog/${id}.md`), root).externalIds]).toEqual([
        id,
        mappings[id],
      ]);
    expect(
      readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.tmp-')),
    ).toEqual([]);
    expect(cli(root, ['validate']).code).toBe(0);
  }, 120_000);

  test('output that cannot be written for another reason (a full disk) is an error, not a silent pass', () => {
    const root = repo({ tasks: tasksFor(IDS.slice(0, 3)) });
    const sh = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" validate --verbose > /dev/full`],
      {
        cwd: root,
        encoding: 'utf8',
        env: testEnv(),
      },
    );
    expect(sh.status).toBe(2);
    expect(sh.stderr).toBe(
      'extids: could not write the output (ENOSPC: no space left on device, write)\n',
    );
  });
});
