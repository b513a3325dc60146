/**
 * The newcomer test (issue #28): scripts/newcomer.sh runs the shell blocks of the README's first
 * sections, from a fresh clone to a task repository with IDs and a working hook. A README whose
 * commands do not work fails it.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { cleanup, ROOT, tempDir, testEnv, write } from './helpers.js';

afterAll(cleanup);

const newcomer = (readme?: string) =>
  spawnSync('bash', [join(ROOT, 'scripts/newcomer.sh')], {
    encoding: 'utf8',
    env: testEnv({
      npm_config_cache: process.env.npm_config_cache || join(homedir(), '.npm'),
      npm_config_prefer_offline: 'true',
      npm_config_update_notifier: 'false',
      ...(readme ? { NEWCOMER_README: readme } : {}),
    }),
  });

describe("a newcomer follows the README's first sections", () => {
  test('from a fresh clone to a task repository with IDs and a working hook', () => {
    const r = newcomer();
    expect([r.status, r.stderr.slice(-2000)]).toEqual([0, expect.any(String)]);
    expect(r.stdout).toMatch(
      /newcomer: README's first sections work: .* a teammate's clone \+ npm ci \(TASK-9C0D got PROJ-5\)/,
    );
  }, 240_000);

  test('a README whose set-up command is wrong fails it', () => {
    const wrong = readFileSync(join(ROOT, 'README.md'), 'utf8').replace(
      'npx extids init --tools jira:PROJ,github',
      'npx extids init --tool jira:PROJ,github',
    );
    const r = newcomer(write(tempDir(), 'README.md', wrong));
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/newcomer: a command from the README failed/);
  }, 240_000);
});
