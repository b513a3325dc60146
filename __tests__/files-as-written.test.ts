/**
 * Issue 27, the reading rows, through the doors a person uses: frontmatter read as PyYAML reads
 * it, external IDs as the text written, a repeated key in a state file, a task file that is a
 * symbolic link.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, extids, MAPPING, read, repo, task } from './helpers.js';

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
