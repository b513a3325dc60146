import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { parse } from 'yaml';
import { readTaskText, setExternalIds } from '../src/core/index.js';
import { findFrontmatter, readTask, readTaskTextWithYaml, scanTasks } from '../src/core/tasks.js';
import { readFiles, type FileRead } from '../src/core/read-files.js';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, tempDir } from './helpers.js';

afterAll(cleanup);

const rec = (text: string) => readTaskText(text, '/x.md', 'x.md');

describe('reading task files from disk', () => {
  test('files smaller than, as large as and larger than the read buffer are read whole', () => {
    const dir = tempDir('extids-read-');
    for (const size of [100, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 300_000]) {
      // A long frontmatter of multi-byte text (a buffer boundary falls inside a character),
      // whose external_ids come last: a file read only in part would lose them.
      const head = '---\nid: TASK-1A1A\ntitle: "Zoë’s task"\nnotes:\n';
      const tail = 'external_ids:\n  jira: PROJ-7\n---\n';
      const line = '  - €\n'; // 8 bytes
      const lines = Math.max(0, Math.floor((size - Buffer.byteLength(head + tail)) / 8));
      let text = head + line.repeat(lines) + tail;
      text += 'x'.repeat(Math.max(0, size - Buffer.byteLength(text)));
      const path = join(dir, `t${size}.md`);
      writeFileSync(path, text);
      expect(Buffer.byteLength(text)).toBeGreaterThan(size - 8);
      const r = readTask(path, dir);
      expect(r).toMatchObject({
        id: 'TASK-1A1A',
        title: 'Zoë’s task',
        externalIds: { jira: 'PROJ-7' },
      });
      expect(r.findings).toEqual([]);
    }
  });

  // Many files are read on a worker thread (core/read-files.ts); readAheadFrom 0 forces it here.
  test('read on a worker thread or on this one, the same files give the same records, in order', async () => {
    const root = tempDir('extids-ahead-');
    cpSync('__tests__/fixtures/ecosystem-repo', root, { recursive: true });
    cpSync('__tests__/fixtures/unreadable-frontmatter', join(root, 'tasks/odd'), {
      recursive: true,
    });
    // More files than one batch of the worker, and one larger than its read buffer.
    mkdirSync(join(root, 'tasks/many'));
    for (let i = 0; i < 600; i++)
      writeFileSync(
        join(root, `tasks/many/TASK-${1000 + i}.md`),
        `---\nid: TASK-${1000 + i}\ntitle: "Zoë ${i}"\nexternal_ids:\n  github: "${i + 1}"\n---\n`,
      );
    writeFileSync(
      join(root, 'tasks/many/TASK-BIG1.md'),
      '---\nid: TASK-BIG1\nnotes:\n' +
        '  - €\n'.repeat(20_000) +
        'external_ids:\n  jira: PROJ-7\n---\n',
    );
    const tasksDir = join(root, 'tasks');
    const here = await scanTasks(tasksDir, { root, readAheadFrom: Infinity });
    const ahead = await scanTasks(tasksDir, { root, readAheadFrom: 0 });
    expect(here.length).toBe(41 + 4 + 601);
    expect(ahead).toEqual(here);
    expect(ahead.find((t) => t.id === 'TASK-BIG1')?.externalIds).toEqual({ jira: 'PROJ-7' });
    expect(ahead.find((t) => t.id === 'TASK-1599')).toMatchObject({ title: 'Zoë 599' });
  });

  test('a file that cannot be read is its own error, on either thread, and the others are read', async () => {
    const dir = tempDir('extids-ahead-');
    const paths = [0, 1, 2, 3].map((i) => join(dir, `${i}.md`));
    writeFileSync(paths[0]!, 'zero');
    mkdirSync(paths[1]!); // EISDIR
    writeFileSync(paths[3]!, 'three'); // paths[2] does not exist: ENOENT
    for (const aheadFrom of [0, Infinity]) {
      const got: [number, FileRead][] = [];
      await readFiles(paths, (i, r) => got.push([i, r]), { aheadFrom });
      expect(got.map(([i, r]) => [i, r.text ?? (r.error as NodeJS.ErrnoException).code])).toEqual([
        [0, 'zero'],
        [1, 'EISDIR'],
        [2, 'ENOENT'],
        [3, 'three'],
      ]);
      expect(got[2]![1].error?.message).toMatch(/no such file or directory, open '.*2\.md'/);
    }
  });
});

describe('reading frontmatter', () => {
  test('id, legacy task_id, external_ids and created, with lines', () => {
    const r = rec(
      '---\ntask_id: TASK-042\ncreated: 2025-01-08\nexternal_ids:\n  jira: PROJ-7\n  github: 12\n---\nbody\n',
    );
    expect(r).toMatchObject({
      id: 'TASK-042',
      idField: 'task_id',
      idLine: 2,
      created: '2025-01-08',
      externalIds: { jira: 'PROJ-7', github: '12' },
      externalIdsLine: 4,
    });
    expect(r.findings.map((f) => f.code)).toEqual(['LEGACY_TASK_ID_FIELD']);
  });
  test('outside the simple subset the yaml library decides', () => {
    const r = rec(
      '---\nid: &a "TASK-7A96"\nexternal_ids: { jira: PROJ-3 }\nnotes: |\n  id: TASK-FAKE\n---\n',
    );
    expect(r).toMatchObject({ id: 'TASK-7A96', externalIds: { jira: 'PROJ-3' } });
  });
  test('invalid YAML is a finding with its line', () => {
    const r = rec('---\nid: TASK-1A2B\ntitle: [unclosed\nfoo: bar\n---\n');
    expect(r.findings[0]).toMatchObject({ code: 'FRONTMATTER_PARSE_ERROR', file: 'x.md' });
    expect(r.findings[0]!.line).toBeGreaterThanOrEqual(3);
  });
  test('a file without frontmatter is not a task', () => {
    expect(rec('# README\n').hasFrontmatter).toBe(false);
  });
  test('the fast reader agrees with the yaml library on what it accepts', () => {
    const scalar = fc.oneof(
      fc.constantFrom(
        'TASK-1A2B',
        '"TASK-3C4D"',
        "'EPIC-001'",
        'PROJ-5 # note',
        '12',
        'x: y',
        '[a]',
        '"a\\"b"',
        // YAML 1.1 forms PyYAML reads as numbers, booleans, nulls and dates, or cannot build
        '010',
        '0x1A',
        '1e3',
        '21E08',
        '1_000',
        '1:30',
        'yes',
        'Off',
        'Null',
        '2026-01-02',
        '2026-02-30',
        '0b_',
        '=',
        'x:',
      ),
      fc.stringMatching(/^[A-Za-z0-9 _.:#'"-]{0,12}$/),
    );
    fc.assert(
      fc.property(
        scalar,
        fc.array(fc.tuple(fc.constantFrom('jira', 'github', 'status', 'id'), scalar), {
          maxLength: 3,
        }),
        (id, ext) => {
          const text = `---\nid: ${id}\ntitle: t\n${ext.length ? `external_ids:\n${ext.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n` : ''}---\n`;
          let lib: any;
          try {
            lib = parse(text.slice(4, text.lastIndexOf('---')));
          } catch {
            return; // invalid YAML: the reader reports it, tested above
          }
          const r = rec(text);
          if (r.findings.some((f) => f.code === 'FRONTMATTER_PARSE_ERROR')) return;
          if (typeof lib?.id === 'string') expect(r.id).toBe(lib.id);
          else if (lib?.id == null || typeof lib.id === 'object') expect(r.id).toBeUndefined();
          // Every field either reader returns, line numbers and findings included, is the same.
          expect(r).toEqual(readTaskTextWithYaml(text, '/x.md', 'x.md'));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('writing external_ids changes no other byte', () => {
  const original =
    '---\n# a comment that stays\nid: TASK-E01-b2c4\ntitle:   "Keep   my spacing"\ntags: [a,   b]\nstatus: backlog\n---\n\nBody with --- inside\n';
  const only = (before: string, after: string) => {
    // Removing the inserted lines gives the original back exactly.
    const removed = after
      .split('\n')
      .filter((l) => !/^external_ids:|^ {2}(jira|github|linear|azure_devops): /.test(l))
      .join('\n');
    expect(removed).toBe(before);
  };
  test('inserts a block before the closing ---', () => {
    const out = setExternalIds(original, { jira: 'PROJ-12', github: '34' });
    only(original, out);
    expect(rec(out).externalIds).toEqual({ jira: 'PROJ-12', github: '34' });
    expect(out).toContain('external_ids:\n  github: "34"\n  jira: PROJ-12\n---');
  });
  test('keeps CRLF line endings', () => {
    const crlf = original.replace(/\n/g, '\r\n');
    const out = setExternalIds(crlf, { jira: 'PROJ-1' });
    expect(out).toBe(
      crlf.replace('status: backlog\r\n', 'status: backlog\r\nexternal_ids:\r\n  jira: PROJ-1\r\n'),
    );
  });
  test('adds to an existing block, keeping its indent, comments and order', () => {
    const text =
      '---\nid: TASK-1A2B\nexternal_ids:\n    # tracked since March\n    jira: PROJ-3  # the old one\ntitle: x\n---\n';
    const out = setExternalIds(text, { jira: 'PROJ-3', github: '9' });
    expect(out).toBe(
      '---\nid: TASK-1A2B\nexternal_ids:\n    # tracked since March\n    jira: PROJ-3  # the old one\n    github: "9"\ntitle: x\n---\n',
    );
  });
  test('replaces only the value characters of a changed ID', () => {
    const text = '---\nid: TASK-1A2B\nexternal_ids:\n  jira: PROJ-3  # note\n---\n';
    expect(setExternalIds(text, { jira: 'PROJ-30' })).toBe(
      '---\nid: TASK-1A2B\nexternal_ids:\n  jira: PROJ-30  # note\n---\n',
    );
  });
  test('a flow map is rewritten in place and reads back', () => {
    const text = '---\nid: TASK-1A2B\nexternal_ids: { jira: PROJ-3 }\ntitle: x\n---\nbody\n';
    const out = setExternalIds(text, { jira: 'PROJ-3', github: '4' });
    expect(rec(out).externalIds).toEqual({ jira: 'PROJ-3', github: '4' });
    expect(out.startsWith('---\nid: TASK-1A2B\nexternal_ids: ')).toBe(true);
    expect(out.endsWith('\ntitle: x\n---\nbody\n')).toBe(true);
  });
  test('a flow map keeps its spacing: only value characters change, new entries go after the last', () => {
    const text = '---\nid: TASK-1A2B\nexternal_ids: {jira:  null ,epic_jira: EP-1}  # kept\n---\n';
    expect(setExternalIds(text, { jira: 'PROJ-3', github: '4' })).toBe(
      '---\nid: TASK-1A2B\nexternal_ids: {jira:  PROJ-3 ,epic_jira: EP-1, github: "4"}  # kept\n---\n',
    );
    expect(setExternalIds('---\nid: TASK-1A2B\nexternal_ids: {}\n---\n', { jira: 'PROJ-3' })).toBe(
      '---\nid: TASK-1A2B\nexternal_ids: { jira: PROJ-3 }\n---\n',
    );
  });
  test('a lone CR is not a line break for the closing fence, and an edit that would not read back is refused', () => {
    const odd = '---\r\nid: TASK-1A2B\r---\r\n\r\n# Body\r\n';
    expect(() => setExternalIds(odd, { github: '7' }, 'odd.md')).toThrow(
      /refusing to edit odd\.md|odd\.md has no frontmatter/,
    );
  });

  test('finds the frontmatter only at the very top', () => {
    expect(findFrontmatter('text\n---\nid: x\n---\n')).toBeUndefined();
  });
});
