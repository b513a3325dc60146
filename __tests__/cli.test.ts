import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  cleanup,
  extids,
  cli,
  CONFIG,
  COUNTERS,
  git,
  MAPPING,
  read,
  readJson,
  repo,
  task,
  write,
} from './helpers.js';

afterAll(cleanup);

/** '' for the config means none. */
const withTasks = (tasks: Record<string, string> = {}, config = CONFIG): string =>
  repo({ tasks, config: config || null });

describe('the built CLI as a process (smoke test; the rest runs main(io) in-process)', () => {
  test('the CLI bundle (dist/cli/extids.js) assigns, validates, prints its version and exits with the codes', () => {
    const root = withTasks({ 'tasks/backlog/a.md': task('TASK-1A2B') });
    const a = cli(root, ['assign', '--all']);
    expect([a.code, a.stdout]).toEqual([0, expect.stringContaining('assigned jira PROJ-1')]);
    expect(cli(root, ['validate']).code).toBe(0);
    expect(cli(root, ['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(cli(root, ['lookup', 'PROJ-99']).code).toBe(1);
    expect(cli(root, ['frobnicate']).code).toBe(2);
  });
});

describe('extids validate', () => {
  test('a clean repository: exit 0 and a summary line', async () => {
    const root = withTasks({ 'tasks/backlog/a.md': task('TASK-1A2B') });
    expect((await extids(root, ['assign', '--all'])).code).toBe(0);
    const r = await extids(root, ['validate']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('✔ validate: no problems · 1 mapping, 1 task');
  });
  test('errors exit 1 and name the file and line; --json is one parsable report', async () => {
    const root = withTasks({
      'tasks/a.md': task('TASK-1A2B', 'external_ids:\n  jira: PROJ-1\n'),
      'tasks/deep/x/b.md': task('TASK-1A2B', 'external_ids:\n  jira: PROJ-7\n'),
    });
    write(
      root,
      MAPPING,
      '{\n  "mappings": {\n    "TASK-1A2B": {"jira": "PROJ-1"},\n    "TASK-3C4D": {"jira": "PROJ-1"}\n  },\n  "updated": "u",\n  "version": "1.0"\n}',
    );
    const r = await extids(root, ['validate']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /\.claude\/state\/external_id_mapping\.json:4: error\s+DUPLICATE_EXTERNAL_ID PROJ-1 \(Jira\) is held by TASK-1A2B and TASK-3C4D/,
    );
    // Copies of one ID are a warning, but an error when their external IDs contradict (DESIGN).
    expect(r.stdout).toMatch(
      /tasks\/a\.md:2: error\s+DUPLICATE_TASK_ID TASK-1A2B is the id of 2 files whose external IDs contradict each other: Jira PROJ-1 \(tasks\/a\.md\) vs PROJ-7 \(tasks\/deep\/x\/b\.md\)/,
    );
    const j = await extids(root, ['validate', '--json']);
    expect(j.code).toBe(1);
    const report = JSON.parse(j.stdout);
    expect(Object.keys(report)).toEqual(
      expect.arrayContaining(['ok', 'command', 'findings', 'changes', 'assigned']),
    );
    expect(report.ok).toBe(false);
    expect(report.findings.map((f: any) => f.code)).toEqual(
      expect.arrayContaining(['DUPLICATE_EXTERNAL_ID', 'DUPLICATE_TASK_ID', 'COUNTER_BEHIND']),
    );
  });
  test('validate writes nothing, even to a damaged repository', async () => {
    const root = withTasks({ 'tasks/a.md': task('TASK-1A2B') });
    write(root, MAPPING, '<<<<<<< ours\n{}\n=======\n{}\n>>>>>>> theirs\n');
    const before = readdirSync(join(root, '.claude/state'));
    expect((await extids(root, ['validate'])).code).toBe(1);
    expect(readdirSync(join(root, '.claude/state'))).toEqual(before);
  });
});

describe('extids assign', () => {
  const body =
    '---\n# keep me\nid: TASK-E01-b2c4\ntitle:  "Login"\ntags: [a, b]\n---\n\n# Login\r\n\nBody.\n';
  test('writes only the external_ids block; the second run changes nothing', async () => {
    const root = withTasks({
      'tasks/backlog/login.md': body,
      'tasks/completed/2026-03/old.md': task('TASK-042'),
    });
    const r = await extids(root, ['assign', 'tasks/backlog/login.md']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('tasks/backlog/login.md: assigned jira PROJ-1 to TASK-E01-b2c4');
    expect(r.stdout).toContain('tasks/backlog/login.md: assigned github 1 to TASK-E01-b2c4');
    const after = read(root, 'tasks/backlog/login.md');
    expect(after).toBe(
      body.replace(
        'tags: [a, b]\n',
        'tags: [a, b]\nexternal_ids:\n  github: "1"\n  jira: PROJ-1\n',
      ),
    );
    expect(readJson(root, MAPPING).mappings).toEqual({
      'TASK-E01-b2c4': { github: '1', jira: 'PROJ-1' },
    });
    const all = await extids(root, ['assign', '--all']);
    expect(all.stdout).toContain('assigned jira PROJ-2 to TASK-042');
    const snapshot = [
      MAPPING,
      COUNTERS,
      'tasks/backlog/login.md',
      'tasks/completed/2026-03/old.md',
    ].map((p) => read(root, p));
    const again = await extids(root, ['assign', '--all']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to assign');
    expect(
      [MAPPING, COUNTERS, 'tasks/backlog/login.md', 'tasks/completed/2026-03/old.md'].map((p) =>
        read(root, p),
      ),
    ).toEqual(snapshot);
    expect((await extids(root, ['validate'])).code).toBe(0);
  });
  test('--dry-run writes nothing', async () => {
    const root = withTasks({ 'tasks/a.md': task('TASK-1A2B') });
    const r = await extids(root, ['assign', '--all', '--dry-run', '--json']);
    expect(JSON.parse(r.stdout).assigned).toHaveLength(2);
    expect(existsSync(join(root, MAPPING))).toBe(false);
    expect(read(root, 'tasks/a.md')).toBe(task('TASK-1A2B'));
  });
  test('without tools configured it says what to configure, exit 2', async () => {
    const root = withTasks({ 'tasks/a.md': task('TASK-1A2B') }, '');
    const r = await extids(root, ['assign', '--all']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /no tools are configured.*\.claude\/extids\.json.*"jira": \{"key": "PROJ"\}/s,
    );
  });
  test('frontmatter IDs that the mapping lacks are recorded, not re-allocated', async () => {
    const root = withTasks({ 'tasks/a.md': task('TASK-1A2B', 'external_ids:\n  jira: PROJ-40\n') });
    await extids(root, ['assign', '--all']);
    expect(readJson(root, MAPPING).mappings['TASK-1A2B']).toEqual({ jira: 'PROJ-40', github: '1' });
    expect(readJson(root, COUNTERS).counters.jira.PROJ).toBe(40);
  });
});

describe('extids lookup, migrate, repair, init', () => {
  test('lookup works both ways; nothing found exits 1', async () => {
    const root = withTasks({ 'tasks/a.md': task('TASK-1A2B') });
    await extids(root, ['assign', '--all']);
    expect((await extids(root, ['lookup', 'TASK-1A2B'])).stdout.trim()).toBe(
      'TASK-1A2B  github 1  jira PROJ-1',
    );
    expect((await extids(root, ['lookup', 'proj-1'])).stdout.trim()).toBe(
      'TASK-1A2B  github 1  jira PROJ-1',
    );
    expect((await extids(root, ['lookup', '1', '--tool', 'github', '--json'])).stdout).toContain(
      '"internalId": "TASK-1A2B"',
    );
    const none = await extids(root, ['lookup', 'PROJ-99']);
    expect(none.code).toBe(1);
    expect(none.stdout).toContain('NOT_FOUND');
  });
  test('migrate --dry-run says what it would do; migrate does it and keeps the original', async () => {
    const root = withTasks();
    const legacy = '{"TASK-1A2B": {"github": 5, "created": "2025-01-01"}}';
    write(root, MAPPING, legacy);
    const dry = await extids(root, ['migrate', '--dry-run']);
    expect(dry.stdout).toMatch(/would migrate: wrapped the bare mapping object/);
    expect(read(root, MAPPING)).toBe(legacy);
    const r = await extids(root, ['migrate']);
    expect(r.code).toBe(0);
    expect(readJson(root, MAPPING).mappings).toEqual({ 'TASK-1A2B': { github: '5' } });
    const kept = readdirSync(join(root, '.claude/state')).find((f) =>
      f.includes('.pre-migration-'),
    )!;
    expect(r.stdout).toContain(kept);
    expect(readFileSync(join(root, '.claude/state', kept), 'utf8')).toBe(legacy);
  });
  test('repair brings frontmatter in line with the mapping file and says what it did', async () => {
    const root = withTasks({ 'tasks/a.md': task('TASK-1A2B', 'external_ids:\n  jira: PROJ-7\n') });
    write(
      root,
      MAPPING,
      '{"mappings": {"TASK-1A2B": {"jira": "PROJ-3"}}, "updated": "u", "version": "1.0"}',
    );
    expect((await extids(root, ['validate'])).stdout).toContain('FRONTMATTER_MISMATCH');
    const r = await extids(root, ['repair']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/tasks\/a\.md: updated external_ids/);
    expect(read(root, 'tasks/a.md')).toContain('  jira: PROJ-3\n');
    expect(readJson(root, COUNTERS).counters.jira.PROJ).toBe(7); // PROJ-7 was seen: it stays retired
  });
  test('init sets everything up and is safe to run twice', async () => {
    const root = withTasks({}, '');
    write(root, 'package.json', '{"name": "x"}\n');
    const r = await extids(root, ['init', '--tools', 'jira:PROJ,github']);
    expect(r.code).toBe(0);
    expect(readJson(root, '.claude/extids.json').tools).toEqual({
      jira: { key: 'PROJ' },
      github: {},
    });
    expect(read(root, '.gitignore')).toContain('.claude/state/*.bak');
    for (const f of ['external_id_mapping', 'external_id_counters', 'external_id_links'])
      expect(read(root, '.gitattributes')).toContain(`.claude/state/${f}.json merge=extids`);
    expect(read(root, '.husky/pre-commit')).toContain('node_modules/.bin/extids hook pre-commit');
    expect(git(root, 'config', 'merge.extids.driver').trim()).toContain(
      'node_modules/.bin/extids merge-driver %O %A %B %P',
    );
    expect(git(root, 'config', 'core.hooksPath').trim()).toBe('.husky/_');
    expect(readJson(root, 'package.json').scripts.prepare).toBe('husky && extids init --clone');
    const files = ['.gitignore', '.gitattributes', '.husky/pre-commit', 'package.json'].map((p) =>
      read(root, p),
    );
    const again = await extids(root, ['init']);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/added|created|wrote/);
    expect(
      ['.gitignore', '.gitattributes', '.husky/pre-commit', 'package.json'].map((p) =>
        read(root, p),
      ),
    ).toEqual(files);
  });
});

describe('usage', () => {
  test.each(['validate', 'migrate', 'repair', 'assign', 'lookup', 'init'])(
    '%s --help explains and shows an example',
    async (cmd) => {
      const r = await extids(process.cwd(), [cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Usage: extids/);
      expect(r.stdout).toMatch(/Examples:\n\s+\$ .*extids/);
    },
  );
  test('bad usage exits 2 with a one-line reason', async () => {
    const r = await extids(process.cwd(), ['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown command/);
    expect((await extids(process.cwd(), ['assign'])).code).toBe(2);
  });
  test('an unreadable root exits 2', async () => {
    const r = await extids(process.cwd(), [
      'validate',
      '--root',
      '/nonexistent/x',
      '--state-dir',
      '/etc/passwd',
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/not a directory/);
  });
});

describe('README', () => {
  /** The rows of the generated table between the markers, as [code, meaning] pairs. */
  const tableRows = (readme: string, name: string): [string, string][] => {
    const block = new RegExp(
      `<!-- ${name}-codes:start -->([\\s\\S]*?)<!-- ${name}-codes:end -->`,
    ).exec(readme)?.[1];
    return (block ?? '')
      .split('\n')
      .filter((l) => l.startsWith('| `'))
      .map((l) => {
        const [code, meaning] = l.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/g, '').trim());
        return [code!.replace(/`/g, ''), meaning!];
      });
  };

  test('the finding and error code tables are what `npm run docs` generates from the code', async () => {
    const { FINDING_CODES, ERROR_CODES } = await import('../src/core/index.js');
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    expect(tableRows(readme, 'findings')).toEqual(Object.entries(FINDING_CODES));
    expect(tableRows(readme, 'errors')).toEqual(Object.entries(ERROR_CODES));
  });
});
