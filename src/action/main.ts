/**
 * The action's `run()`, as actions/typescript-action has it: no arguments; it reads the inputs
 * once, builds its own dependencies and calls the injectable `run(inputs, deps)` that tests use.
 * `@github/local-action` imports this module and calls `run()`.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { tmpdir } from 'node:os';
import { ExtidsError } from '../core/index.js';
import { readInputs } from './inputs.js';
import { run as runWith } from './run.js';

export async function run(): Promise<void> {
  try {
    const inputs = readInputs((name) => core.getInput(name));
    const octokit = inputs.token ? github.getOctokit(inputs.token) : undefined;
    await runWith(inputs, {
      core,
      octokit,
      context: github.context,
      workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
      // Outside a runner RUNNER_TEMP is unset (or empty): the OS temp directory, never the workspace.
      tempDir: process.env.RUNNER_TEMP || tmpdir(),
    });
  } catch (err) {
    core.setFailed(err instanceof Error ? err.message : String(err));
    // As in the CLI: 2 when it could not run (a bad root, a lock time-out), 1 for unusable state.
    if (err instanceof ExtidsError && err.code !== 'STATE_INVALID') process.exitCode = 2;
  }
}
