// Jest globalTeardown: fails the run when a test left anything in the run's temp directory (see
// tmp-setup.mjs). Each suite removes what it makes: tempDir() in helpers.ts and afterAll(cleanup).
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export default function teardown() {
  const run = process.env.EXTIDS_TEST_RUN;
  if (!run) return;
  const left = readdirSync(join(run, 'tmp'));
  rmSync(run, { recursive: true, force: true });
  if (left.length > 0)
    throw new Error(
      `the tests left ${left.length} entr${left.length === 1 ? 'y' : 'ies'} in the temp directory: ` +
        `${left.slice(0, 10).join(', ')}${left.length > 10 ? ', …' : ''}. ` +
        'A suite removes what it makes: tempDir() from helpers.ts, and afterAll(cleanup).',
    );
}
