/** The links file keeps a link per tool (version 2.0), reads GitHub-only 1.0 files as 2.0. */
import { describe, expect, test } from '@jest/globals';
import { linksText, mergeLinks, parseLinksText, type Links } from '../src/core/sync/links.js';

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
