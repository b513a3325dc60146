/** The action's entry: read the inputs once, run, and turn any failure into setFailed. */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { tmpdir } from 'node:os';
import { readInputs } from './inputs.js';
import { run } from './run.js';

try {
  const inputs = readInputs((name) => core.getInput(name));
  const octokit = inputs.token ? github.getOctokit(inputs.token) : undefined;
  await run(inputs, {
    core,
    octokit,
    context: github.context,
    workspace: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: process.env.RUNNER_TEMP ?? tmpdir(),
  });
} catch (err) {
  core.setFailed(err instanceof Error ? err.message : String(err));
}
