/**
 * GitHub's own runner for JavaScript actions, @github/local-action, imports the action's
 * entry and calls its exported run(): the same contract a workflow step relies on.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, MAPPING, ROOT, tempDir, testEnv } from './helpers.js';

afterAll(cleanup);

const LOCAL_ACTION = join(ROOT, 'node_modules/@github/local-action/bin/local-action.js');

function localAction(workspace: string, inputs: Record<string, string>) {
  const t = tempDir('extids-la-');
  const summary = join(t, 'summary.md');
  writeFileSync(summary, '');
  const env = {
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: t,
  };
  const envFile = join(t, '.env');
  writeFileSync(
    envFile,
    Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n',
  );
  const r = spawnSync(
    process.execPath,
    [LOCAL_ACTION, 'run', ROOT, 'src/action/main.ts', envFile],
    // tsx (which local-action runs the TypeScript with) keeps its cache in TMPDIR: this run's own.
    { cwd: ROOT, encoding: 'utf8', env: testEnv({ NO_COLOR: '1', TMPDIR: t }) },
  );
  const output = (name: string) =>
    new RegExp(`^::set-output name=${name}::(.*)$`, 'm').exec(r.stdout)?.[1];
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    output,
    summary: readFileSync(summary, 'utf8'),
  };
}

function sampleRepo(): string {
  const d = tempDir('extids-la-repo-');
  cpSync(join(ROOT, 'examples/sample-repo'), d, { recursive: true });
  return d;
}

describe('@github/local-action runs the action entry (src/action/main.ts)', () => {
  test('a valid repository: output ok is true and no failure is set', () => {
    const r = localAction(sampleRepo(), { command: 'validate', root: '.' });
    expect(r.stderr).not.toMatch(/does not export a run\(\) function/);
    // The runner's stderr comes with the exit code, so a failure says why.
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: expect.any(String) });
    expect(r.output('ok')).toBe('true');
    expect(r.stdout).not.toMatch(/^::error::/m);
    expect(r.summary).toMatch(/extids validate: ✅ no errors/);
  });

  test('a mapping file with conflict markers: output ok is false and the step is failed', () => {
    const root = sampleRepo();
    const file = join(root, MAPPING);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `<<<<<<< HEAD\n${text}\n=======\n${text}\n>>>>>>> theirs\n`);
    const r = localAction(root, { command: 'validate', root: '.' });
    expect(r.output('ok')).toBe('false');
    expect(r.stdout).toMatch(
      /^::error title=CONFLICT_MARKERS,file=\.claude\/state\/external_id_mapping\.json/m,
    );
    // local-action prints setFailed as an ::error:: line (a runner turns it into a failed step)
    expect(r.stdout).toMatch(/^::error::extids validate: 1 error\(s\)/m);
  });
});
