/**
 * What the package ships (issue #28): `npm pack` in a fresh clone builds lib/core in prepack, the
 * tarball installs into a consumer, imports as a library and runs as a bin (scripts/check-package.sh,
 * which CI runs too), and a pack that fails leaves package.json as it was.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { appendFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, git, ROOT, tempDir, testEnv } from './helpers.js';

afterAll(cleanup);

/** A clone of this checkout's HEAD with node_modules linked from the checkout (npm ci costs minutes). */
function freshClone(): string {
  const dir = tempDir('extids-fresh-');
  git(dir, 'clone', '-q', ROOT, '.');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  appendFileSync(join(dir, '.git/info/exclude'), 'node_modules\n');
  return dir;
}

describe('npm pack ships what exports points to', () => {
  test('scripts/check-package.sh: a fresh clone packs, installs, imports and runs', () => {
    const r = spawnSync('bash', [join(ROOT, 'scripts/check-package.sh')], {
      encoding: 'utf8',
      env: testEnv({ HUSKY: '0' }),
    });
    expect([r.status, r.stderr]).toEqual([0, expect.any(String)]);
    expect(r.stdout).toMatch(/import from 'extids' works/);
  }, 180_000);

  test('a pack that fails after prepack leaves package.json unchanged', async () => {
    const clone = freshClone();
    const r = spawnSync('npm', ['pack', '--pack-destination', join(clone, 'no/such/dir')], {
      cwd: clone,
      encoding: 'utf8',
      env: testEnv({ HUSKY: '0' }),
    });
    expect(r.status).not.toBe(0);
    // The guard restores it once npm has exited.
    let status = git(clone, 'status', '--porcelain');
    for (let i = 0; i < 50 && status !== ''; i++) {
      await new Promise((res) => setTimeout(res, 100));
      status = git(clone, 'status', '--porcelain');
    }
    expect(status).toBe('');
  }, 120_000);
});
