/**
 * The README's `--json` section lists every field: each field of the report types in the code,
 * and each field the installed CLI prints, is named there.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, gitRepo, ROOT, task, write } from './helpers.js';
import { installedCli } from './team.js';

afterAll(cleanup);

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = /<!-- json-fields:start -->([\s\S]*?)<!-- json-fields:end -->/.exec(readme)![1]!;
const documented = new Set([...section.matchAll(/`([A-Za-z]+)`/g)].map((m) => m[1]!));

/** The field names of `export interface name` in a source file. */
function fields(file: string, name: string): string[] {
  const src = readFileSync(join(ROOT, 'src', file), 'utf8');
  const body = new RegExp(`export interface ${name}\\b[^{]*\\{([\\s\\S]*?)\\n\\}`).exec(src);
  if (!body) throw new Error(`no interface ${name} in ${file}`);
  return [...body[1]!.matchAll(/^ {2}(\w+)\??:/gm)].map((m) => m[1]!);
}

/** Every key path's last name in a JSON value, as `where.key`, for arrays their elements'. */
function keys(value: unknown, where = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => keys(v, where));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => {
    const path = where ? `${where}.${k}` : k;
    // A change's other fields are those of its kind, documented in src/core/changes.ts.
    if (where === 'changes') return ['kind', 'file', 'action'].includes(k) ? [path] : [];
    // Inside a finding's, a lookup's or a sync item's data, IDs are values, not fields.
    if (['externalIds', 'renumbered'].includes(k)) return [path];
    return [path, ...keys(v, path)];
  });
}

describe("the README's --json section lists every field", () => {
  test.each([
    ['core/commands/common.ts', 'Report'],
    ['core/commands/common.ts', 'Assigned'],
    ['core/findings.ts', 'Finding'],
    ['core/commands/next.ts', 'NextSteps'],
    ['core/commands/lookup.ts', 'LookupResult'],
    ['core/commands/sync.ts', 'SyncReport'],
    ['core/commands/sync.ts', 'SyncItem'],
    ['core/commands/sync.ts', 'Synced'],
  ])('every field of %s %s', (file, name) => {
    expect(fields(file, name).filter((f) => !documented.has(f))).toEqual([]);
  });

  test('every field the installed CLI prints', () => {
    const root = gitRepo();
    write(root, 'tasks/a.md', task('TASK-1A2B'));
    write(root, 'tasks/README.md', '# Tasks\n');
    const runs = [
      ['init', '--tools', 'jira:PROJ,github', '--json'],
      ['assign', '--all', '--dry-run', '--json'],
      ['assign', '--all', '--json'],
      ['lookup', 'TASK-1A2B', '--json'],
      ['repair', '--json'],
      ['validate', '--json'],
      ['validate', '--json', '--tasks-dir', 'no-such-dir'],
    ].map((args) => installedCli(root, args));
    write(root, '.claude/state/external_id_mapping.json', '{ "mappings": ');
    runs.push(installedCli(root, ['validate', '--json']));
    const printed = new Set(runs.flatMap((r) => keys(JSON.parse(r.stdout))));
    // What the runs above were meant to show: each kind of field at least once.
    for (const k of [
      'next.exclude',
      'dryRun',
      'assigned.externalId',
      'results.internalId',
      'error.code',
      'findings.column',
      'stats.tasks',
    ])
      expect([k, printed.has(k)]).toEqual([k, true]);
    const undocumented = [...printed].filter((p) => !documented.has(p.split('.').at(-1)!));
    expect(undocumented).toEqual([]);
  });
});
