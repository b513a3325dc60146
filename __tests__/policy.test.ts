/**
 * One condition, one severity, in every door (DESIGN, "One policy"): validate, assign, repair,
 * migrate, the pre-commit hook and the action each see the same task files and must call each
 * condition what core/policy.ts calls it.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { runActionInProcess } from './fixtures/action-core.js';
import { cleanup, cli, extids, git, gitRun, repo, task, write } from './helpers.js';

afterAll(cleanup);

type Sev = 'error' | 'warning' | 'info' | 'none';

/** Each condition: the files that make it, the finding's code, its severity, and the file it names. */
const CONDITIONS: {
  name: string;
  files: Record<string, string | Uint8Array>;
  code: string;
  severity: Sev;
  file: string;
}[] = [
  {
    name: 'one ID in two files (a task moved by copying)',
    files: {
      'tasks/backlog/TASK-1A2B.md': task('TASK-1A2B'),
      'tasks/done/TASK-1A2B.md': task('TASK-1A2B'),
    },
    code: 'DUPLICATE_TASK_ID',
    severity: 'warning',
    file: 'tasks/backlog/TASK-1A2B.md',
  },
  {
    name: 'copies whose external IDs contradict each other',
    files: {
      'tasks/backlog/TASK-1A2B.md': task('TASK-1A2B', 'external_ids:\n  jira: PROJ-1\n'),
      'tasks/done/TASK-1A2B.md': task('TASK-1A2B', 'external_ids:\n  jira: PROJ-2\n'),
    },
    code: 'DUPLICATE_TASK_ID',
    severity: 'error',
    file: 'tasks/backlog/TASK-1A2B.md',
  },
  {
    name: 'an id of no known shape (a feature guide)',
    files: { 'tasks/backlog/GUIDE.md': task('IMPLEMENTATION-GUIDE') },
    code: 'INVALID_TASK_ID',
    severity: 'warning',
    file: 'tasks/backlog/GUIDE.md',
  },
  {
    name: 'a frontmatter key written twice (PyYAML keeps the last)',
    files: { 'tasks/backlog/TASK-1A2B.md': task('TASK-1A2B', 'status: in_progress\n') },
    code: 'DUPLICATE_YAML_KEY',
    severity: 'warning',
    file: 'tasks/backlog/TASK-1A2B.md',
  },
  {
    name: 'frontmatter PyYAML cannot read',
    files: {
      'tasks/backlog/TASK-1A2B.md': '---\nid: TASK-1A2B\ntitle: Fix: the thing\n---\n\nBody\n',
    },
    code: 'FRONTMATTER_PARSE_ERROR',
    severity: 'error',
    file: 'tasks/backlog/TASK-1A2B.md',
  },
  {
    name: 'the legacy task_id: field',
    files: {
      'tasks/backlog/TASK-042.md': task('TASK-042').replace('id: TASK-042', 'task_id: TASK-042'),
    },
    code: 'LEGACY_TASK_ID_FIELD',
    severity: 'warning',
    file: 'tasks/backlog/TASK-042.md',
  },
  {
    name: 'frontmatter without an id',
    files: { 'tasks/backlog/notes.md': '---\ntitle: Notes\n---\n\nBody\n' },
    code: 'MISSING_TASK_ID',
    severity: 'warning',
    file: 'tasks/backlog/notes.md',
  },
  // Every markdown file under tasks/ is a task, or one finding says why not, or an exclude glob names it.
  {
    name: 'a guide without frontmatter (a README)',
    files: { 'tasks/README.md': '# How we write tasks\n' },
    code: 'NO_FRONTMATTER',
    severity: 'warning',
    file: 'tasks/README.md',
  },
  {
    name: 'an empty file',
    files: { 'tasks/backlog/empty.md': '' },
    code: 'NO_FRONTMATTER',
    severity: 'warning',
    file: 'tasks/backlog/empty.md',
  },
  {
    name: 'frontmatter opened and never closed',
    files: { 'tasks/backlog/TASK-1A2B.md': '---\nid: TASK-1A2B\ntitle: Half\n' },
    code: 'NO_FRONTMATTER',
    severity: 'warning',
    file: 'tasks/backlog/TASK-1A2B.md',
  },
  {
    name: 'an upper-case .MD file is read like .md',
    files: { 'tasks/GUIDE.MD': 'A guide.\n' },
    code: 'NO_FRONTMATTER',
    severity: 'warning',
    file: 'tasks/GUIDE.MD',
  },
  {
    name: 'a file that is not UTF-8 (Latin-1)',
    files: {
      'tasks/backlog/TASK-1A2B.md': Buffer.from(task('TASK-1A2B', 'owner: Ren\xe9\n'), 'latin1'),
    },
    code: 'NOT_UTF8',
    severity: 'error',
    file: 'tasks/backlog/TASK-1A2B.md',
  },
  {
    name: 'a template an exclude glob names (nothing to report, the hook included)',
    files: { 'tasks/templates/guide.md': task('IMPLEMENTATION-GUIDE') },
    code: 'INVALID_TASK_ID',
    severity: 'none',
    file: 'tasks/templates/guide.md',
  },
  {
    name: "the template's null placeholders (nothing to report)",
    files: {
      'tasks/backlog/TASK-1A2B.md': task(
        'TASK-1A2B',
        'external_ids:\n  epic_jira: null\n  jira: null\n  github: ~\n',
      ),
    },
    code: 'FRONTMATTER_MISMATCH',
    severity: 'none',
    file: 'tasks/backlog/TASK-1A2B.md',
  },
];

/** The severity a report gives `code` for `file` ('none' if it does not report it). */
const severityIn = (
  findings: { code: string; severity: string; file?: string }[],
  code: string,
  file: string,
): Sev => (findings.find((f) => f.code === code && f.file === file)?.severity as Sev) ?? 'none';

const cliDoor = (args: string[]) => async (root: string, c: (typeof CONDITIONS)[number]) => {
  const r = await extids(root, [...args, '--json']);
  return severityIn(JSON.parse(r.stdout).findings, c.code, c.file);
};

const DOORS: Record<string, (root: string, c: (typeof CONDITIONS)[number]) => Promise<Sev>> = {
  validate: cliDoor(['validate']),
  'assign --all': cliDoor(['assign', '--all']),
  repair: cliDoor(['repair']),
  migrate: cliDoor(['migrate']),
  /** The installed hook on a commit that edits the files (so no collision is the commit's doing). */
  'pre-commit hook': async (root, c) => {
    for (const f of Object.keys(c.files)) appendFileSync(join(root, f), '\nEdited.\n');
    git(root, 'add', '-A');
    const r = gitRun(root, ['commit', '-qm', 'edit']);
    const line = r.stderr
      .split('\n')
      .find((l) => l.includes(`${c.file}:`) && new RegExp(`\\b${c.code}\\b`).test(l));
    return (line ? /\b(error|warning|info)\b/.exec(line)![1] : 'none') as Sev;
  },
  /** The action's run(inputs, deps), as a workflow step runs it: annotations by level. */
  action: async (root, c) => {
    const { core } = await runActionInProcess(root, { command: 'validate' });
    const a = core.annotations.find((x) => x.props?.title === c.code && x.props?.file === c.file);
    return a ? ({ error: 'error', warning: 'warning', notice: 'info' } as const)[a.level] : 'none';
  },
};

/** A repository set up as a team has it (extids installed, init run), the condition committed. */
function repoWith(c: (typeof CONDITIONS)[number]): string {
  const root = repo({ kind: 'installed', config: null });
  expect(cli(root, ['init', '--tools', 'jira:PROJ,github']).code).toBe(0);
  for (const [f, text] of Object.entries(c.files)) write(root, f, text);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'tasks', '--no-verify');
  return root;
}

describe('each condition has one severity in every door', () => {
  test.each(CONDITIONS.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const seen: Record<string, Sev> = {};
    for (const [door, check] of Object.entries(DOORS)) seen[door] = await check(repoWith(c), c);
    expect(seen).toEqual(Object.fromEntries(Object.keys(DOORS).map((d) => [d, c.severity])));
  });
});

describe('a collision the checked change introduces is an error where the change is known', () => {
  const setup = () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ,github']).code).toBe(0);
    write(root, 'tasks/backlog/TASK-1A2B.md', task('TASK-1A2B'));
    expect(cli(root, ['assign', '--all']).code).toBe(0);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'base', '--no-verify');
    const base = git(root, 'rev-parse', 'HEAD').trim();
    // A new file takes the id of a task that already has its IDs.
    write(
      root,
      'tasks/feature/TASK-1A2B-copy.md',
      task('TASK-1A2B').replace('Do TASK-1A2B', 'Something else'),
    );
    return { root, base };
  };

  test('the hook refuses the commit that adds it', () => {
    const { root } = setup();
    git(root, 'add', '-A');
    const r = gitRun(root, ['commit', '-qm', 'copy']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /error\s+DUPLICATE_TASK_ID TASK-1A2B is already the id of tasks\/backlog\/TASK-1A2B\.md/,
    );
  });

  test('the action fails the pull request that adds it; validate without that context warns', async () => {
    const { root, base } = setup();
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'copy', '--no-verify');
    const { core } = await runActionInProcess(
      root,
      { command: 'validate' },
      {
        eventName: 'pull_request',
        repo: { owner: 'a', repo: 'b' },
        issue: { number: 1 },
        payload: { pull_request: { number: 1, base: { sha: base } } },
        ref: 'refs/pull/1/merge',
      },
    );
    const dup = core.annotations.find((a) => a.props?.title === 'DUPLICATE_TASK_ID');
    expect([dup?.level, dup?.props?.file]).toEqual(['error', 'tasks/feature/TASK-1A2B-copy.md']);
    expect(core.failed).toMatch(/1 error/);
    const v = JSON.parse((await extids(root, ['validate', '--json'])).stdout);
    expect(v.findings.find((f: any) => f.code === 'DUPLICATE_TASK_ID').severity).toBe('warning');
  });
});

describe('copies added together, and moves, have one severity in the hook and the action', () => {
  /** An initialized repository whose base commit holds `files` (committed without the hook). */
  const based = (files: Record<string, string>) => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ']).code).toBe(0);
    for (const [f, text] of Object.entries(files)) write(root, f, text);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'base', '--no-verify');
    return { root, base: git(root, 'rev-parse', 'HEAD').trim() };
  };
  const pullRequest = async (root: string, base: string) => {
    const { core } = await runActionInProcess(
      root,
      { command: 'validate' },
      {
        eventName: 'pull_request',
        repo: { owner: 'a', repo: 'b' },
        issue: { number: 1 },
        payload: { pull_request: { number: 1, base: { sha: base } } },
        ref: 'refs/pull/1/merge',
      },
    );
    return core.annotations
      .filter((a) => a.props?.title === 'DUPLICATE_TASK_ID')
      .map((a) => a.level);
  };
  const sameTitle = {
    'tasks/backlog/feat/TASK-X1-slug.md': task('TASK-X1'),
    'tasks/completed/TASK-X1/TASK-X1.md': task('TASK-X1'),
  };
  const otherTitles = {
    'tasks/backlog/a.md': task('TASK-X1'),
    'tasks/backlog/b.md': task('TASK-X1').replace('Do TASK-X1', 'Another task'),
  };

  test.each([
    ['with the same title: a warning', sameTitle, 0, 'warning'],
    ['with different titles: an error', otherTitles, 1, 'error'],
  ] as const)('two copies added together %s', async (_name, files, code, level) => {
    const hook = based({});
    for (const [f, text] of Object.entries(files)) write(hook.root, f, text);
    git(hook.root, 'add', '-A');
    const c = gitRun(hook.root, ['commit', '-qm', 'copies']);
    expect(c.code).toBe(code);
    expect(c.stderr.match(new RegExp(`${level}\\s+DUPLICATE_TASK_ID`, 'g'))).toHaveLength(1);

    const pr = based({});
    for (const [f, text] of Object.entries(files)) write(pr.root, f, text);
    git(pr.root, 'add', '-A');
    git(pr.root, 'commit', '-qm', 'copies', '--no-verify');
    expect(await pullRequest(pr.root, pr.base)).toEqual([level]);
  });

  test('a task moved by the change is the same task, though an old task with another title shares its id: a warning in the hook and in the action, never "cannot take it over"', async () => {
    const { root, base } = based({
      'tasks/backlog/TASK-X1.md': task('TASK-X1'),
      'tasks/archived/TASK-X1.md': task('TASK-X1').replace('Do TASK-X1', 'An old task'),
    });
    write(root, 'tasks/completed/TASK-X1.md', task('TASK-X1'));
    git(root, 'rm', '-q', 'tasks/backlog/TASK-X1.md');
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-qm', 'move one copy']);
    expect(c.stderr).toMatch(/warning\s+DUPLICATE_TASK_ID/);
    expect(c.code).toBe(0);
    expect(await pullRequest(root, base)).toEqual(['warning']);
  });
});
