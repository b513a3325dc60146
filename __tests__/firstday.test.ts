/**
 * A team's first day (issue #28), each step through the door a person uses: the CLI installed
 * from the packed tarball, the hook in a real repository, the bundled action.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, gitRepo, repo, runBundledAction, task, tempDir, write } from './helpers.js';
import { installedCli } from './team.js';

afterAll(cleanup);

const oneLine = (s: string) => s.trim().split('\n').length === 1;

describe('a root that is not a task repository is exit 2 with one line', () => {
  test('--root at a subfolder names the top level, and repair writes no second ledger', () => {
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B') } });
    for (const cmd of ['validate', 'repair', 'assign']) {
      const r = installedCli(root, [cmd, '--root', 'tasks']);
      expect([cmd, r.code, r.stdout, oneLine(r.stderr)]).toEqual([cmd, 2, '', true]);
      expect(r.stderr).toMatch(/tasks is not the repository's top level; its top level is \S+/);
      expect(r.stderr).toContain(root);
    }
    expect(existsSync(join(root, 'tasks/.claude'))).toBe(false);
  });
  test('run from inside a subfolder without --root, extids works on the top level', () => {
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B') } });
    const r = installedCli(join(root, 'tasks'), ['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 tasks?/);
  });
  test('validate outside any git repository', () => {
    const dir = tempDir();
    const r = installedCli(dir, ['validate']);
    expect([r.code, r.stdout, oneLine(r.stderr)]).toEqual([2, '', true]);
    expect(r.stderr).toMatch(/is not inside a git repository/);
  });
  test('--root at a repository with neither tasks nor state nor config', () => {
    const root = gitRepo();
    for (const cmd of ['validate', 'repair', 'migrate', 'assign']) {
      const r = installedCli(tempDir(), [cmd, '--root', root]);
      expect([cmd, r.code, r.stdout, oneLine(r.stderr)]).toEqual([cmd, 2, '', true]);
      expect(r.stderr).toMatch(/found neither a tasks directory \(tasks\) nor state files/);
    }
  });
  test('the action says the same, exit 2, and asks whether the checkout ran', () => {
    const r = runBundledAction(gitRepo(), { command: 'validate' });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/::error::found neither a tasks directory .* checkout step/);
  });
  test('a fresh repository: init works, and validate after it is clean', () => {
    const root = gitRepo();
    const i = installedCli(root, ['init', '--tools', 'jira:PROJ']);
    expect(i.code).toBe(0);
    const v = installedCli(root, ['validate']);
    expect([v.code, v.stderr]).toEqual([0, '']);
  });
  test('a folder outside git that holds tasks can still be checked with --root', () => {
    const dir = tempDir();
    write(dir, 'tasks/a.md', task('TASK-1A2B'));
    expect(installedCli(tempDir(), ['validate', '--root', dir]).code).toBe(0);
  });
});
