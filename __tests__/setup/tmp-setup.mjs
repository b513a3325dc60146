// Jest globalSetup: the run gets a temp directory of its own, and TMPDIR points into it, so every
// temp folder a test (or a process it starts: children inherit TMPDIR) makes lands there, where
// tmp-teardown.mjs finds what was left behind.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const machineTmp = tmpdir();
  const run = mkdtempSync(join(machineTmp, 'extids-test-run-'));
  for (const d of ['tmp', 'home']) mkdirSync(join(run, d));
  process.env.EXTIDS_TEST_RUN = run;
  process.env.TMPDIR = join(run, 'tmp');
  // HOME for the git and npm the tests start (helpers.ts testEnv): writes there are not temp files.
  process.env.EXTIDS_TEST_HOME = join(run, 'home');
  // Node ≥ 22 keeps the CLI's compile cache in the OS temp directory: the machine's, as outside tests.
  process.env.NODE_COMPILE_CACHE ??= join(machineTmp, 'node-compile-cache');
}
