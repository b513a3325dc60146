/**
 * Issue 27, the reading rows, through the doors a person uses: frontmatter read as PyYAML reads
 * it, external IDs as the text written, a repeated key in a state file, a task file that is a
 * symbolic link.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import {
  cleanup,
  cli,
  COUNTERS,
  extids,
  git,
  gitRun,
  MAPPING,
  read,
  readJson,
  cliAsync,
  repo,
  runBundledAction,
  task,
  tempDir,
  write,
} from './helpers.js';
// @ts-expect-error: a plain ES module shared with bench/
import { startGitHubFake } from './fixtures/github-fake.mjs';

afterAll(cleanup);

describe('frontmatter scalars as PyYAML reads them (YAML 1.1), the text kept', () => {
  test('titles 21E08 and 010 are the text written: validate names them as written', async () => {
    const root = repo({
      tasks: {
        'tasks/a.md': task('TASK-1A2B').replace('title: "Do TASK-1A2B"', 'title: 21E08'),
        'tasks/b/a.md': task('TASK-1A2B').replace('title: "Do TASK-1A2B"', 'title: 010'),
      },
    });
    const r = await extids(root, ['validate']);
    expect(r.stdout).toContain('titles differ ("21E08", "010")');
  });

  test('sync sends the issue titles 21E08, 010, 0x1A and 1_000 as written, not 2100000000, 8, 26, 1000', async () => {
    const fake = await startGitHubFake();
    try {
      const titles = ['21E08', '010', '0x1A', '1_000'];
      const remote = tempDir('extids-remote-');
      git(remote, 'init', '-q', '--bare', '-b', 'main');
      const root = repo({
        config: JSON.stringify({ tools: { github: { mode: 'sync', repo: 'acme/tasks' } } }),
      });
      titles.forEach((t, i) =>
        write(
          root,
          `tasks/t${i}.md`,
          task(`TASK-${i}A${i}A`).replace(`title: "Do TASK-${i}A${i}A"`, `title: ${t}`),
        ),
      );
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'tasks', '--no-verify');
      git(root, 'remote', 'add', 'origin', remote);
      git(root, 'push', '-q', '-u', 'origin', 'main');
      const r = await cliAsync(root, ['sync'], {
        GITHUB_TOKEN: fake.token,
        GITHUB_API_URL: fake.url,
      });
      expect(r.code).toBe(0);
      expect(
        fake
          .issues()
          .map((i: { title: string }) => i.title)
          .sort(),
      ).toEqual([...titles].sort());
    } finally {
      fake.close();
    }
  });

  test('a date PyYAML cannot build (2026-02-30) makes the file unreadable, with its line, as for PyYAML', async () => {
    const root = repo({
      tasks: { 'tasks/a.md': task('TASK-1A2B', 'due: 2026-02-30\n') },
    });
    const r = await extids(root, ['validate']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/tasks\/a\.md:6: error\s+FRONTMATTER_PARSE_ERROR .*2026-02-30/);
  });
});

describe('an external ID is the text in the file', () => {
  const odd = (flow: boolean) =>
    repo({
      tasks: {
        'tasks/a.md': task(
          'TASK-1A2B',
          flow
            ? 'external_ids: {jira: 1e3, github: 0x10}\n'
            : 'external_ids:\n  jira: 1e3\n  github: 0x10\n',
        ),
      },
    });

  test.each([
    ['block', false, [7, 8]],
    ['flow', true, [6, 6]],
  ] as const)(
    'jira: 1e3 and github: 0x10 (%s) are errors on their line in validate, never 1000 or 16',
    async (_s, flow, lines) => {
      const root = odd(flow);
      const r = await extids(root, ['validate', '--json']);
      expect(r.code).toBe(1);
      const found = JSON.parse(r.stdout).findings.filter(
        (f: any) => f.code === 'FRONTMATTER_MISMATCH',
      );
      expect(found.map((f: any) => [f.file, f.line, f.message])).toEqual([
        [
          'tasks/a.md',
          lines[0],
          expect.stringContaining('external_ids.jira = 1e3 is not a valid Jira ID'),
        ],
        [
          'tasks/a.md',
          lines[1],
          expect.stringContaining('external_ids.github = 0x10 is not a valid GitHub ID'),
        ],
      ]);
    },
  );

  test('the hook, in a real repository, names a staged task whose github: 0x10 is no ID, on its line, and leaves it unassigned', () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ,github']).code).toBe(0);
    write(root, 'tasks/a.md', task('TASK-1A2B', 'external_ids:\n  github: 0x10\n'));
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-q', '-m', 'odd id']);
    expect(c.stderr).toMatch(
      /tasks\/a\.md:7: error\s+FRONTMATTER_MISMATCH external_ids\.github = 0x10 is not a valid GitHub ID.*\(not assigned\)/,
    );
    expect(read(root, 'tasks/a.md')).toBe(task('TASK-1A2B', 'external_ids:\n  github: 0x10\n'));
  });

  test('repair and assign never write 1000 or 16 into the mapping file, and leave the file for a person', async () => {
    const root = repo({
      tasks: { 'tasks/a.md': task('TASK-1A2B', 'external_ids:\n  github: 0x10\n') },
    });
    const before = read(root, 'tasks/a.md');
    const rep = await extids(root, ['repair', '--json']);
    expect(JSON.parse(rep.stdout).findings.map((f: any) => f.code)).toContain(
      'FRONTMATTER_MISMATCH',
    );
    const asg = await extids(root, ['assign', '--all', '--json']);
    expect(asg.code).toBe(1);
    expect(read(root, 'tasks/a.md')).toBe(before);
    if (existsSync(join(root, MAPPING)))
      expect(read(root, MAPPING)).not.toMatch(/"1000"|"16"|"1E3"/);
  });
});

describe('whole frontmatter documents as PyYAML reads them (tags, tabs, << merges)', () => {
  test('sync sends `title: !!timestamp 2026-01-01` as the text written, not a JavaScript date; `!!str 010` and `!!int 010` are "010"', async () => {
    const fake = await startGitHubFake();
    try {
      const titles = ['!!timestamp 2026-01-01', '!!str 010', '!!int 010'];
      const remote = tempDir('extids-remote-');
      git(remote, 'init', '-q', '--bare', '-b', 'main');
      const root = repo({
        config: JSON.stringify({ tools: { github: { mode: 'sync', repo: 'acme/tasks' } } }),
      });
      titles.forEach((t, i) =>
        write(
          root,
          `tasks/t${i}.md`,
          task(`TASK-${i}B${i}B`).replace(`title: "Do TASK-${i}B${i}B"`, `title: ${t}`),
        ),
      );
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'tasks', '--no-verify');
      git(root, 'remote', 'add', 'origin', remote);
      git(root, 'push', '-q', '-u', 'origin', 'main');
      const r = await cliAsync(root, ['sync'], {
        GITHUB_TOKEN: fake.token,
        GITHUB_API_URL: fake.url,
      });
      expect(r.code).toBe(0);
      expect(
        fake
          .issues()
          .map((i: { title: string }) => i.title)
          .sort(),
      ).toEqual(['010', '010', '2026-01-01']);
    } finally {
      fake.close();
    }
  });

  test('a tab after the colon (PyYAML: "found character \'\\t\' that cannot start any token") is FRONTMATTER_PARSE_ERROR with file and line, in validate and the hook', () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ,github']).code).toBe(0);
    const text = '---\nid: TASK-010\ntitle:\tTab title\n---\nb\n';
    write(root, 'tasks/a.md', text);
    const v = cli(root, ['validate']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(/tasks\/a\.md:3: error\s+FRONTMATTER_PARSE_ERROR .*tab/);
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-q', '-m', 'tab']);
    expect(c.stderr).toMatch(/tasks\/a\.md:3: error\s+FRONTMATTER_PARSE_ERROR .*tab/);
    expect(read(root, 'tasks/a.md')).toBe(text);
  });

  test.each(['!!python/str x', '!!python/none', '!!python/object:os.system x', '!custom x'])(
    '`estimate: %s` makes safe_load fail, so validate reports FRONTMATTER_PARSE_ERROR on its line',
    async (value) => {
      const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B', `estimate: ${value}\n`) } });
      const r = await extids(root, ['validate']);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(/tasks\/a\.md:6: error\s+FRONTMATTER_PARSE_ERROR /);
    },
  );

  test('external_ids `<<: {jira: PROJ-1}` is PROJ-1, as in PyYAML: assign records it and adds only the GitHub ID, never a second jira', async () => {
    const merged = 'external_ids:\n  <<: {jira: PROJ-1}\n';
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B', merged) } });
    const v = await extids(root, ['validate', '--json']);
    const codes = JSON.parse(v.stdout).findings.map((f: any) => `${f.code} ${f.message}`);
    expect(codes.join('\n')).not.toMatch(/MISSING_EXTERNAL_ID.*Jira/);
    const a = await extids(root, ['assign', '--all']);
    expect(a.code).toBe(0);
    expect(read(root, 'tasks/a.md')).toBe(task('TASK-1A2B', `${merged}  github: "1"\n`));
    expect(readJson(root, MAPPING).mappings['TASK-1A2B']).toEqual({ github: '1', jira: 'PROJ-1' });
    expect((await extids(root, ['validate'])).code).toBe(0);
  });

  test('when the mapping file says another value than a << merge gives, repair (and its --dry-run) and assign leave the file as written and say why on its line', async () => {
    const merged = 'base: &b\n  jira: PROJ-1\nexternal_ids:\n  <<: *b\n  github: "1"\n';
    const root = repo({ tasks: { 'tasks/a.md': task('TASK-1A2B', merged) } });
    write(
      root,
      MAPPING,
      JSON.stringify({
        mappings: { 'TASK-1A2B': { github: '1', jira: 'PROJ-6' } },
        updated: '2026-01-01T00:00:00Z',
        version: '1.0',
      }),
    );
    const before = read(root, 'tasks/a.md');
    for (const args of [['repair', '--dry-run'], ['repair'], ['assign', '--all']]) {
      const r = await extids(root, [...args, '--json']);
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout);
      expect(out.findings).toContainEqual(
        expect.objectContaining({
          code: 'FRONTMATTER_MISMATCH',
          file: 'tasks/a.md',
          line: 7,
          message: expect.stringMatching(/from a << merge.*does not write PROJ-6/),
        }),
      );
      expect(JSON.stringify(out.changes ?? [])).not.toContain('frontmatter-aligned');
      expect(read(root, 'tasks/a.md')).toBe(before);
    }
  });
});

describe('a key written twice in a state file (a hand-resolved merge that kept both sides)', () => {
  /** TASK-1A2B named twice: PROJ-1 on line 3, PROJ-2 on line 6. */
  const twice =
    '{\n  "mappings": {\n    "TASK-1A2B": {\n      "jira": "PROJ-1"\n    },\n    "TASK-1A2B": {\n      "jira": "PROJ-2"\n    }\n  },\n  "updated": "2026-01-01T00:00:00Z",\n  "version": "1.0"\n}';
  const counters = (jira: string) =>
    `{\n  "counters": {\n    "azure_devops": 0,\n    "github": 0,\n    "jira": {\n      ${jira}\n    },\n    "linear": {}\n  },\n  "updated": "2026-01-01T00:00:00Z",\n  "version": "1.0"\n}`;
  const withMapping = (frontmatter: string | undefined) => {
    const root = repo({
      tasks: {
        'tasks/a.md': task(
          'TASK-1A2B',
          frontmatter === undefined ? '' : `external_ids:\n  jira: ${frontmatter}\n`,
        ),
      },
      config: JSON.stringify({ tools: { jira: { key: 'PROJ' } } }),
    });
    write(root, MAPPING, twice);
    write(root, COUNTERS, counters('"PROJ": 2'));
    return root;
  };

  test('validate: DUPLICATE_JSON_KEY names both lines, an error; assign refuses to use the file', async () => {
    const root = withMapping('PROJ-1');
    const v = await extids(root, ['validate']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(
      /external_id_mapping\.json:3: error\s+DUPLICATE_JSON_KEY mappings\.TASK-1A2B is written twice \(lines 3 and 6\) with different values/,
    );
    const a = await extids(root, ['assign', '--all']);
    expect(a.code).toBe(1);
    expect(read(root, MAPPING)).toBe(twice);
  });

  test("repair keeps the value the task's frontmatter agrees with, retires the other, keeps the original, and never says data unchanged", async () => {
    const root = withMapping('PROJ-1');
    const dry = await extids(root, ['repair', '--dry-run']);
    expect(dry.stdout).toContain('PROJ-1 (line 3)');
    expect(read(root, MAPPING)).toBe(twice);
    const r = await extids(root, ['repair']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('data unchanged');
    expect(r.stdout).toMatch(
      /kept TASK-1A2B's Jira ID = PROJ-1 \(line 3\), which the task's frontmatter agrees with; the file also had PROJ-2 \(line 6\), which stays retired/,
    );
    expect(readJson(root, MAPPING).mappings).toEqual({ 'TASK-1A2B': { jira: 'PROJ-1' } });
    expect(read(root, 'tasks/a.md')).toContain('jira: PROJ-1');
    expect(readJson(root, COUNTERS).counters.jira.PROJ).toBeGreaterThanOrEqual(2);
    // The file as the person left it is kept beside the new one.
    const kept = readdirSync(join(root, '.claude/state')).filter((f) => f.includes('.corrupt-'));
    expect(kept.map((f) => read(root, `.claude/state/${f}`))).toEqual([twice]);
    expect((await extids(root, ['validate'])).code).toBe(0);
  });

  test('with no frontmatter to decide, repair changes nothing and names the lines a person must choose between', async () => {
    const root = withMapping(undefined);
    const r = await extids(root, ['repair']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /external_id_mapping\.json:3: error\s+DUPLICATE_JSON_KEY TASK-1A2B's Jira ID is written PROJ-1 \(line 3\) and PROJ-2 \(line 6\), and no task frontmatter says which is right/,
    );
    expect(read(root, MAPPING)).toBe(twice);
    expect(read(root, 'tasks/a.md')).not.toContain('external_ids');
  });

  test('a repeat with the same value is a warning; repair removes it and says so', async () => {
    const root = withMapping('PROJ-1');
    const same = twice.replace('PROJ-2', 'PROJ-1');
    write(root, MAPPING, same);
    const v = await extids(root, ['validate', '--json']);
    const f = JSON.parse(v.stdout).findings.find((x: any) => x.code === 'DUPLICATE_JSON_KEY');
    expect(f).toMatchObject({ severity: 'warning', line: 6 });
    const r = await extids(root, ['repair']);
    expect(r.stdout).toContain(
      'removed the repeat of mappings.TASK-1A2B (line 6), which held the same value',
    );
    expect(readJson(root, MAPPING).mappings).toEqual({ 'TASK-1A2B': { jira: 'PROJ-1' } });
  });

  test('counters: a counter written twice is an error; repair keeps the higher in one true line (no "retired", no "raised")', async () => {
    const root = withMapping('PROJ-1');
    write(root, MAPPING, twice.replace(/,\n {4}"TASK-1A2B": \{\n {6}"jira": "PROJ-2"\n {4}\}/, ''));
    write(root, COUNTERS, counters('"PROJ": 5,\n      "PROJ": 1'));
    const v = await extids(root, ['validate']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(
      /external_id_counters\.json:6: error\s+DUPLICATE_JSON_KEY counters\.jira\.PROJ is written twice \(lines 6 and 7\)/,
    );
    const r = cli(root, ['repair']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'kept the jira PROJ counter = 5 (line 6), the higher value (a counter never goes backwards); the file also had 1 (line 7)',
    );
    expect(r.stdout).not.toMatch(/retired|raised/);
    expect(readJson(root, COUNTERS).counters.jira.PROJ).toBe(5);
  });

  test('links: a link written twice is an error naming both lines and repair', async () => {
    const root = withMapping('PROJ-1');
    write(root, MAPPING, twice.replace(/,\n {4}"TASK-1A2B": \{\n {6}"jira": "PROJ-2"\n {4}\}/, ''));
    const link = (n: number) =>
      `"TASK-1A2B": {"github": {"id": ${n}, "number": ${n}, "url": "u", "hash": "h"}}`;
    write(
      root,
      '.claude/state/external_id_links.json',
      `{\n  "links": {\n    ${link(1)},\n    ${link(2)}\n  },\n  "updated": "u",\n  "version": "1.0"\n}`,
    );
    const v = await extids(root, ['validate']);
    expect(v.code).toBe(1);
    expect(v.stdout).toMatch(
      /external_id_links\.json:3: error\s+DUPLICATE_JSON_KEY links\.TASK-1A2B is written twice \(lines 3 and 4\).*`extids repair` keeps the links the mapping file agrees with/,
    );
  });

  test('links: repair drops a repeated link the mapping agrees with neither side of, and starts a file that is not JSON empty; each original is quarantined', async () => {
    const root = withMapping('PROJ-1');
    write(root, MAPPING, twice.replace(/,\n {4}"TASK-1A2B": \{\n {6}"jira": "PROJ-2"\n {4}\}/, ''));
    const LINKS = '.claude/state/external_id_links.json';
    const link = (n: number) =>
      `"TASK-1A2B": {"github": {"id": ${n}, "number": ${n}, "url": "u", "hash": "h"}}`;
    write(
      root,
      LINKS,
      `{\n  "links": {\n    ${link(1)},\n    ${link(2)}\n  },\n  "updated": "u",\n  "version": "1.0"\n}`,
    );
    const r = await extids(root, ['repair']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "dropped TASK-1A2B's GitHub links to issue #1 (line 3) and issue #2 (line 4): they disagree, and the mapping file has no GitHub number for it; the next `extids sync` links it again from the task's number, `extids sync --rebuild-links` from the markers",
    );
    expect(readJson(root, LINKS).links).toEqual({});
    write(root, LINKS, '{ not json\n');
    const again = await extids(root, ['repair']);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/external_id_links\.json: started it empty/);
    expect(
      readdirSync(join(root, '.claude/state')).filter((f) => f.includes('links.json.corrupt-')),
    ).toHaveLength(2);
    expect((await extids(root, ['validate'])).code).toBe(0);
  });

  test('links: a repeated link that reached origin is not a dead end: sync says repair, repair keeps the link the mapping agrees with, sync then runs', async () => {
    const fake = await startGitHubFake();
    try {
      const env = { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url };
      const remote = tempDir('extids-remote-');
      git(remote, 'init', '-q', '--bare', '-b', 'main');
      const root = repo({
        config: JSON.stringify({ tools: { github: { mode: 'sync', repo: 'acme/tasks' } } }),
        tasks: { 'tasks/a.md': task('TASK-1A2B'), 'tasks/b.md': task('TASK-3C4D') },
      });
      git(root, 'add', '-A');
      git(root, 'commit', '-qm', 'tasks', '--no-verify');
      git(root, 'remote', 'add', 'origin', remote);
      git(root, 'push', '-q', '-u', 'origin', 'main');
      expect((await cliAsync(root, ['sync'], env)).code).toBe(0);
      git(root, 'pull', '-q');
      const LINKS = '.claude/state/external_id_links.json';
      const good = readJson(root, LINKS);
      const number = Number(readJson(root, MAPPING).mappings['TASK-1A2B'].github);
      // A hand-resolved merge kept both sides of TASK-1A2B's link: the other one points elsewhere.
      // The links file is 2.0: a link's key is a string.
      const entry = (n: number) =>
        JSON.stringify({ github: { ...good.links['TASK-1A2B'].github, key: String(n) } });
      const damaged = read(root, LINKS).replace(
        /( {4}"TASK-1A2B": )/,
        `    "TASK-1A2B": ${entry(number + 7)},\n$1`,
      );
      write(root, LINKS, damaged);
      git(root, 'commit', '-qam', 'merge kept both', '--no-verify');
      git(root, 'push', '-q');

      const refused = await cliAsync(root, ['sync', '--rebuild-links'], env);
      expect(refused.code).toBe(1);
      expect(refused.stderr + refused.stdout).toMatch(/extids repair/);
      const r = cli(root, ['repair']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(
        `kept TASK-1A2B's link to GitHub issue #${number} (line 4), which the mapping file agrees with, and not the one to issue #${number + 7} (line 3)`,
      );
      expect(r.stdout).toMatch(/quarantined the damaged original here/);
      expect(readJson(root, LINKS).links).toEqual(good.links);
      const kept = readdirSync(join(root, '.claude/state')).filter((f) =>
        f.startsWith('external_id_links.json.corrupt-'),
      );
      expect(kept.map((f) => read(root, `.claude/state/${f}`))).toEqual([damaged]);
      git(root, 'commit', '-qam', 'repair the links');
      git(root, 'push', '-q');
      expect((await cliAsync(root, ['sync'], env)).code).toBe(0);
      expect((await cliAsync(root, ['sync', '--rebuild-links'], env)).code).toBe(0);
      expect(fake.issues()).toHaveLength(2);
    } finally {
      fake.close();
    }
  });

  test('the bundled action annotates the repeated key and an external ID that is not one, on their lines', () => {
    const root = withMapping('PROJ-1');
    write(root, 'tasks/c.md', task('TASK-5E6F', 'external_ids:\n  jira: 1e3\n'));
    const r = runBundledAction(root, { command: 'validate' });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /::error title=DUPLICATE_JSON_KEY,file=\.claude\/state\/external_id_mapping\.json,line=3::mappings\.TASK-1A2B is written twice \(lines 3 and 6\)/,
    );
    expect(r.stdout).toMatch(
      /::error title=FRONTMATTER_MISMATCH,file=tasks\/c\.md,line=7::external_ids\.jira = 1e3 is not a valid Jira ID/,
    );
  });

  test('the hook refuses a staged mapping file with a repeated key, naming both lines', () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ']).code).toBe(0);
    write(root, 'tasks/a.md', task('TASK-1A2B', 'external_ids:\n  jira: PROJ-1\n'));
    write(root, MAPPING, twice);
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-q', '-m', 'merge kept both']);
    expect(c.code).toBe(1);
    expect(c.stderr).toMatch(
      /external_id_mapping\.json:3: error\s+DUPLICATE_JSON_KEY .*lines 3 and 6/,
    );
  });

  test('the merge driver reads each side through the same check: a side with a repeated key is left to a person, with both lines', () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ']).code).toBe(0);
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    expect(cli(root, ['assign', '--all']).code).toBe(0);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'a', '--no-verify');
    git(root, 'checkout', '-qb', 'both-kept');
    write(root, MAPPING, twice);
    git(root, 'commit', '-qam', 'kept both', '--no-verify');
    git(root, 'checkout', '-q', 'main');
    write(root, 'tasks/b.md', task('TASK-3C4D'));
    expect(cli(root, ['assign', '--all']).code).toBe(0);
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'b', '--no-verify');
    const m = gitRun(root, ['merge', '-q', '--no-edit', 'both-kept']);
    expect(m.code).not.toBe(0);
    expect(m.stderr).toMatch(
      /the theirs side cannot be read: mappings\.TASK-1A2B is written twice \(lines 3 and 6\)/,
    );
    expect(read(root, MAPPING)).toMatch(/<<<<<<< ours/);
  });
});

describe('a task file that is a symbolic link (a task shared between folders)', () => {
  const CONFIG_JIRA = JSON.stringify({ tools: { jira: { key: 'PROJ' } } });
  /** tasks/a.md is a link to shared/a.md, a task outside the tasks directory. */
  const linked = (kind: 'git' | 'installed' = 'git') => {
    const root = repo({ kind, config: kind === 'installed' ? null : CONFIG_JIRA });
    write(root, 'shared/a.md', task('TASK-1A2B'));
    write(root, 'tasks/b.md', task('TASK-3C4D'));
    symlinkSync('../shared/a.md', join(root, 'tasks/a.md'));
    return root;
  };
  const SAYS =
    /tasks\/a\.md: warning\s+SYMLINK_TASK is a symbolic link \(to \.\.\/shared\/a\.md\) where a task file would be; extids does not follow links .*the task it points to gets no external IDs/;

  test('validate, assign --all, assign FILE and repair each name the link and what extids does with it', async () => {
    const root = linked();
    const v = await extids(root, ['validate']);
    expect(v.stdout).toMatch(SAYS);
    expect(v.stdout).not.toContain('no problems');
    const a = await extids(root, ['assign', '--all']);
    expect(a.stdout).toMatch(SAYS);
    const one = await extids(root, ['assign', 'tasks/a.md']);
    expect(one.stdout).toMatch(SAYS);
    const r = await extids(root, ['repair']);
    expect(r.stdout).toMatch(SAYS);
    // The link is left a link, and the file it points to untouched.
    expect(read(root, 'shared/a.md')).toBe(task('TASK-1A2B'));
    expect(
      readdirSync(join(root, 'tasks'), { withFileTypes: true })
        .find((e) => e.name === 'a.md')!
        .isSymbolicLink(),
    ).toBe(true);
  });

  test('a link to a task inside the tasks directory says that task is read where it lives', async () => {
    const root = repo({ config: CONFIG_JIRA });
    write(root, 'tasks/shared/a.md', task('TASK-1A2B'));
    symlinkSync('shared/a.md', join(root, 'tasks/a.md'));
    const v = await extids(root, ['validate']);
    expect(v.stdout).toMatch(
      /tasks\/a\.md: warning\s+SYMLINK_TASK .*what it points to is read where it lives/,
    );
    expect(v.stdout).not.toContain('DUPLICATE_TASK_ID');
  });

  test('the hook, in a real repository with a staged symlink, says so in one line and commits', () => {
    const root = linked('installed');
    expect(cli(root, ['init', '--tools', 'jira:PROJ']).code).toBe(0);
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-q', '-m', 'shared task']);
    expect(c.code).toBe(0);
    const lines = c.stderr.split('\n').filter((l) => l.includes('tasks/a.md'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(SAYS);
    expect(git(root, 'ls-files', '-s', 'tasks/a.md')).toMatch(/^120000 /);
  });

  test('a linked folder staged under tasks/: the hook says the one line validate says, and commits', async () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ']).code).toBe(0);
    write(root, 'tasks/b.md', task('TASK-3C4D'));
    git(root, 'add', '-A');
    expect(gitRun(root, ['commit', '-q', '-m', 'init']).code).toBe(0);
    write(root, 'shared2/c.md', task('TASK-5E6F'));
    symlinkSync('../shared2', join(root, 'tasks/linkdir'));
    const v = await extids(root, ['validate']);
    const said = v.stdout.split('\n').find((l) => l.includes('tasks/linkdir'))!;
    expect(said).toMatch(
      /tasks\/linkdir: warning\s+SYMLINK_TASK is a symbolic link \(to \.\.\/shared2\) where a folder would be; .*no task in it is read/,
    );
    git(root, 'add', 'tasks/linkdir');
    const c = gitRun(root, ['commit', '-q', '-m', 'linked folder']);
    expect(c.code).toBe(0);
    const lines = c.stderr.split('\n').filter((l) => l.includes('tasks/linkdir'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(said.replace(/^.*SYMLINK_TASK /, ''));
  });

  test('a tasks directory that is a link inside the repository is followed in every door: the CLI, the gate and the hook name the files where git has them', async () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ']).code).toBe(0);
    git(root, 'add', '-A');
    expect(gitRun(root, ['commit', '-q', '-m', 'init']).code).toBe(0);
    write(root, 'docs/tasks/a.md', task('TASK-1A2B'));
    symlinkSync('docs/tasks', join(root, 'tasks'));
    git(root, 'add', '-A');
    // The gate asked about tasks/, which is now a link: refused until init names docs/tasks.
    const stale = gitRun(root, ['commit', '-q', '-m', 'tasks live in docs']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toContain('(tasks in docs/tasks, state in .claude/state)');
    expect(cli(root, ['init']).stdout).toMatch(/\.husky\/pre-commit.*updated the extids hook/);
    expect(read(root, '.husky/pre-commit')).toContain("':(literal)docs/tasks'");
    git(root, 'add', '-A');
    const first = gitRun(root, ['commit', '-q', '-m', 'tasks live in docs']);
    expect([first.code, first.stderr]).toEqual([
      0,
      'extids: assigned 1 external ID: TASK-1A2B (jira PROJ-1)\n',
    ]);
    write(root, 'docs/tasks/b.md', task('TASK-3C4D'));
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-q', '-m', 'b']);
    expect([c.code, c.stderr]).toEqual([
      0,
      'extids: assigned 1 external ID: TASK-3C4D (jira PROJ-2)\n',
    ]);
    expect(git(root, 'show', 'HEAD:docs/tasks/b.md')).toContain('jira: PROJ-2');
    const v = await extids(root, ['validate', '--json']);
    expect(v.code).toBe(0);
    expect(readJson(root, MAPPING).mappings).toEqual({
      'TASK-1A2B': { jira: 'PROJ-1' },
      'TASK-3C4D': { jira: 'PROJ-2' },
    });
  });

  test('a tasks directory that is a link out of the repository is refused with one line, by the CLI and the hook', async () => {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ']).code).toBe(0);
    git(root, 'add', '-A');
    expect(gitRun(root, ['commit', '-q', '-m', 'init']).code).toBe(0);
    const elsewhere = tempDir('extids-elsewhere-');
    write(elsewhere, 'a.md', task('TASK-1A2B'));
    symlinkSync(elsewhere, join(root, 'tasks'));
    const SAYS =
      /^extids: the tasks directory tasks is a symbolic link that leads outside the repository \(to .*\); extids follows a tasks directory link only inside/;
    const v = cli(root, ['validate']);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(SAYS);
    expect(v.stderr.trim().split('\n')).toHaveLength(1);
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-q', '-m', 'tasks elsewhere']);
    expect(c.code).not.toBe(0);
    expect(c.stderr).toMatch(SAYS);
  });

  test('the bundled action names it as an annotation on the link', () => {
    const root = linked();
    const r = runBundledAction(root, { command: 'validate' });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/::warning title=SYMLINK_TASK,file=tasks\/a\.md::is a symbolic link/);
  });
});
