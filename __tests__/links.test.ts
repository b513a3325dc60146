/**
 * The links file keeps a link per tool (version 2.0), reads GitHub-only 1.0 files as 2.0, and
 * `repair` settles a repeated task entry tool by tool against the mapping file.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import {
  linksText,
  mergeLinks,
  parseLinksText,
  repairLinks,
  type Link,
  type Links,
} from '../src/core/sync/links.js';
import { cleanup, extids, MAPPING, read, readJson, repo, task, write } from './helpers.js';

afterAll(cleanup);

const v1 = JSON.stringify(
  {
    links: {
      'TASK-1A1A': {
        github: {
          hash: 'h',
          id: 1004,
          number: 4,
          sent: 's',
          url: 'https://github.com/a/b/issues/4',
        },
      },
    },
    updated: '2026-01-01T00:00:00Z',
    version: '1.0',
  },
  null,
  2,
);

describe('the links file, per tool', () => {
  test('a 1.0 file (GitHub only, numbers) is read as 2.0: id and key as strings, nothing lost', () => {
    const p = parseLinksText(v1, 'links.json');
    expect(p.status).toBe('valid');
    expect(p.migrated).toBe(true);
    expect(p.links['TASK-1A1A']).toEqual({
      github: {
        id: '1004',
        key: '4',
        url: 'https://github.com/a/b/issues/4',
        hash: 'h',
        sent: 's',
      },
    });
    const again = parseLinksText(linksText(p.links, p.updated!), 'links.json');
    expect(again).toMatchObject({ status: 'valid', links: p.links });
    expect(again.migrated).toBeUndefined();
    expect(JSON.parse(linksText(p.links, p.updated!)).version).toBe('2.0');
  });

  test("the merge takes every tool's links: one side's Jira link, the other's GitHub link", () => {
    const gh = { id: '1004', key: '4', url: 'u4', hash: 'h4' };
    const jira = {
      id: '10001',
      key: 'PROJ-7',
      url: 'https://acme.atlassian.net/browse/PROJ-7',
      hash: 'j',
    };
    const at = (links: Links) => parseLinksText(linksText(links, '2026-01-01T00:00:00Z'), 'l');
    const base = at({ 'TASK-1A1A': { github: gh } });
    const ours = at({ 'TASK-1A1A': { github: gh, jira } });
    const theirs = at({ 'TASK-1A1A': { github: { ...gh, hash: 'edited' } } });
    const m = mergeLinks(base, ours, theirs);
    expect(m.links['TASK-1A1A']).toEqual({ github: { ...gh, hash: 'edited' }, jira });
    expect(m.dropped).toEqual([]);
    const both = mergeLinks(
      base,
      ours,
      at({ 'TASK-1A1A': { github: gh, jira: { ...jira, hash: 'x' } } }),
    );
    expect(both.links['TASK-1A1A']).toEqual({ github: gh });
    expect(both.dropped).toEqual([{ task: 'TASK-1A1A', tool: 'jira' }]);
  });
});

/** A link as sync writes it, for `tool`'s item `key`. */
const link = (key: string, id = `id-${key}`): Link => ({
  id,
  key,
  url: `https://tracker.example/${key}`,
  hash: `h-${key}`,
});
const entry = (links: Record<string, Link>) => JSON.stringify(links);
/** A links file whose `links` object holds `lines` (each `"TASK": {…}`), one per line from line 3. */
const file = (lines: string[]) =>
  `{\n  "links": {\n${lines.map((l) => `    ${l}`).join(',\n')}\n  },\n  "updated": "2026-01-01T00:00:00Z",\n  "version": "2.0"\n}\n`;

describe("repair settles a repeated task entry in every tool's links", () => {
  const jira7 = link('PROJ-7', '10007');
  const jira9 = link('PROJ-9', '10009');
  const team3 = link('TEAM-3', 'a1b2c3');
  const azure = link('4123', '4123');

  test('a whole entry written twice (a merge kept both sides): each tool keeps the link the mapping agrees with, even one only the first copy had', () => {
    const text = file([
      `"TASK-1A1A": ${entry({ jira: jira7, linear: team3, azure_devops: azure })}`,
      `"TASK-1A1A": ${entry({ jira: jira9, linear: team3 })}`,
      `"TASK-2B2B": ${entry({ jira: link('PROJ-8') })}`,
    ]);
    const parsed = parseLinksText(text, 'links.json');
    expect(parsed.status).toBe('corrupt');
    // JSON.parse alone would keep the second copy: PROJ-9 and no Azure DevOps link at all.
    const r = repairLinks(
      parsed,
      {
        'TASK-1A1A': { jira: 'PROJ-7', linear: 'TEAM-3', azure_devops: '4123' },
        'TASK-2B2B': { jira: 'PROJ-8' },
      },
      'links.json',
    )!;
    expect(r.links).toEqual({
      'TASK-1A1A': { jira: jira7, linear: team3, azure_devops: azure },
      'TASK-2B2B': { jira: link('PROJ-8') },
    });
    // Linear's two copies were the same link: nothing to say about it.
    expect(r.changes).toEqual([
      {
        kind: 'link-settled',
        file: 'links.json',
        task: 'TASK-1A1A',
        tool: 'jira',
        kept: { key: 'PROJ-7', line: 3 },
        mapped: true,
        dropped: [{ key: 'PROJ-9', line: 4 }],
      },
    ]);
  });

  test("a tool's link written twice inside one entry: that tool is settled, the task's other links stay as they are", () => {
    const text = file([
      `"TASK-1A1A": {"linear": ${JSON.stringify(link('TEAM-4'))}, "linear": ${JSON.stringify(team3)}, "jira": ${JSON.stringify(jira7)}}`,
    ]);
    const r = repairLinks(
      parseLinksText(text, 'links.json'),
      { 'TASK-1A1A': { linear: 'TEAM-4', jira: 'PROJ-7' } },
      'links.json',
    )!;
    expect(r.links).toEqual({ 'TASK-1A1A': { linear: link('TEAM-4'), jira: jira7 } });
    expect(r.changes).toMatchObject([
      { tool: 'linear', kept: { key: 'TEAM-4' }, dropped: [{ key: 'TEAM-3' }] },
    ]);
  });

  test('where the mapping has no key for a tool: a link every copy names stays (the only record of the item), copies that disagree are dropped', () => {
    const text = file([
      `"TASK-1A1A": ${entry({ azure_devops: azure, jira: jira7 })}`,
      `"TASK-1A1A": ${entry({ azure_devops: { ...azure, hash: 'newer' }, jira: jira9 })}`,
    ]);
    const r = repairLinks(parseLinksText(text, 'links.json'), {}, 'links.json')!;
    expect(r.links).toEqual({ 'TASK-1A1A': { azure_devops: { ...azure, hash: 'newer' } } });
    expect(r.changes).toMatchObject([
      { tool: 'azure_devops', kept: { key: '4123', line: 4 }, mapped: false },
      { tool: 'jira', mapped: false, dropped: [{ key: 'PROJ-7' }, { key: 'PROJ-9' }] },
    ]);
    expect(r.changes[1]).not.toHaveProperty('kept');
  });

  test('extids repair says, per tool, which link it kept and which it dropped; the file validates after', async () => {
    const root = repo({
      config: JSON.stringify({
        tools: { jira: { key: 'PROJ' }, linear: { key: 'TEAM' }, azure_devops: {} },
      }),
      tasks: { 'tasks/a.md': task('TASK-1A1A') },
    });
    expect((await extids(root, ['assign', '--all'])).code).toBe(0);
    const ids = readJson(root, MAPPING).mappings['TASK-1A1A'];
    expect(ids).toEqual({ jira: 'PROJ-1', linear: 'TEAM-1', azure_devops: '1' });
    const LINKS = '.claude/state/external_id_links.json';
    const mine = { jira: link('PROJ-1'), linear: link('TEAM-1'), azure_devops: link('1') };
    write(
      root,
      LINKS,
      file([
        `"TASK-1A1A": ${entry(mine)}`,
        `"TASK-1A1A": ${entry({ jira: link('PROJ-1'), linear: link('TEAM-8'), azure_devops: link('77') })}`,
      ]),
    );
    const v = await extids(root, ['validate']);
    expect(v.stdout).toMatch(/DUPLICATE_JSON_KEY links\.TASK-1A1A is written twice/);
    const r = await extids(root, ['repair']);
    expect([r.code, r.stdout]).toEqual([0, r.stdout]);
    expect(r.stdout).toContain(
      "kept TASK-1A1A's link to Linear TEAM-1 (line 3), which the mapping file agrees with, and not the one to TEAM-8 (line 4)",
    );
    expect(r.stdout).toContain(
      "kept TASK-1A1A's link to Azure DevOps 1 (line 3), which the mapping file agrees with, and not the one to 77 (line 4)",
    );
    expect(r.stdout).not.toMatch(/link to Jira/); // both copies named PROJ-1 alike
    expect(readJson(root, LINKS).links).toEqual({ 'TASK-1A1A': mine });
    expect((await extids(root, ['validate'])).code).toBe(0);
    expect(read(root, 'tasks/a.md')).toContain('jira: PROJ-1');
  });
});
