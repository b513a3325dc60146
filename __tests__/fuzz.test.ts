/**
 * Fuzz: mutated, truncated and random state files and frontmatter, fed to the parser, to
 * validate and to repair on a real disk. EXTIDS_FUZZ_RUNS sets the runs per property.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import * as fs from 'node:fs';
import { join } from 'node:path';
import {
  canonicalJson,
  ExtidsError,
  loadSettings,
  parseStateText,
  readState,
  readTaskText,
  repair,
  setExternalIds,
  validate,
  type Mappings,
} from '../src/core/index.js';
import { cleanup, CONFIG, tempDir, write } from './helpers.js';

afterAll(cleanup);

const RUNS = Number(process.env.EXTIDS_FUZZ_RUNS ?? 150);
const STATUSES = ['missing', 'valid', 'legacy', 'corrupt', 'unsupported', 'unreadable'];

/** A valid mapping of up to 8 tasks with distinct numbers, and counters that cover it. */
const ledgerArb = fc
  .uniqueArray(fc.stringMatching(/^[0-9a-f]{4}$/), { maxLength: 8 })
  .chain((hexes) =>
    fc.tuple(fc.constant(hexes), fc.shuffledSubarray([...Array(40).keys()].map((n) => n + 1))),
  )
  .map(([hexes, numbers]) => {
    const mappings: Mappings = {};
    hexes.forEach((h, i) => {
      const n = numbers[i % Math.max(numbers.length, 1)] ?? i + 1;
      mappings[`TASK-E01-${h}`] = { github: String(n + 100 * i), jira: `PROJ-${n + 100 * i}` };
    });
    const top = Math.max(0, ...Object.values(mappings).map((e) => Number(e.github)));
    return {
      mappings,
      mapping: canonicalJson({ mappings, updated: '2026-01-01T00:00:00Z', version: '1.0' }),
      counters: canonicalJson({
        counters: { azure_devops: 0, github: top, jira: { PROJ: top }, linear: {} },
        updated: '2026-01-01T00:00:00Z',
        version: '1.0',
      }),
    };
  });

const noise = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('{', '}', '[', ']', '"', ',', ':', '\\', '\n', '\0', '\uFEFF', 'null', '-1'),
  fc.constantFrom('<<<<<<< HEAD\n', '=======\n', '>>>>>>> theirs\n', '"__proto__"', '1e999'),
);

/** One edit of a text: truncate, insert, delete, overwrite, or duplicate a stretch. */
const mutation = fc.oneof(
  fc.nat().map((n) => (t: string) => t.slice(0, n % (t.length + 1))),
  fc.tuple(fc.nat(), noise).map(([n, s]) => (t: string) => {
    const i = n % (t.length + 1);
    return t.slice(0, i) + s + t.slice(i);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 40 })).map(([n, len]) => (t: string) => {
    const i = n % (t.length + 1);
    return t.slice(0, i) + t.slice(i + len);
  }),
  fc.tuple(fc.nat(), noise).map(([n, s]) => (t: string) => {
    const i = n % (t.length + 1);
    return t.slice(0, i) + s + t.slice(i + s.length);
  }),
  fc.tuple(fc.nat(), fc.nat({ max: 80 })).map(([n, len]) => (t: string) => {
    const i = n % (t.length + 1);
    return t.slice(0, i + len) + t.slice(i);
  }),
);
const mutated = (text: string) =>
  fc.array(mutation, { minLength: 1, maxLength: 3 }).map((ms) => ms.reduce((t, m) => m(t), text));

describe('the parser never throws', () => {
  test('on random text and on mutated state files, for both kinds', () => {
    const texts = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
      ledgerArb.chain((l) => mutated(l.mapping)),
      ledgerArb.chain((l) => mutated(l.counters)),
    );
    fc.assert(
      fc.property(texts, fc.constantFrom('mapping', 'counters') as fc.Arbitrary<any>, (t, kind) => {
        const p = parseStateText(kind, t, 'f.json', '2026-01-01T00:00:00Z');
        expect(STATUSES).toContain(p.status);
        const lines = t.split('\n').length;
        for (const f of p.findings) {
          expect(f.file).toBe('f.json');
          if (f.line !== undefined) expect(f.line).toBeGreaterThanOrEqual(1);
          if (f.line !== undefined) expect(f.line).toBeLessThanOrEqual(lines);
        }
        if (p.status === 'valid' || p.status === 'legacy') expect(p.data).toBeDefined();
        else expect(p.findings.some((f) => f.severity === 'error')).toBe(true);
      }),
      { numRuns: RUNS * 4 },
    );
  });
});

describe('validate and repair on a damaged state directory', () => {
  test('never throw, never drop a mapping silently, and either leave a valid state or keep the original and say so', async () => {
    await fc.assert(
      fc.asyncProperty(
        ledgerArb,
        fc.constantFrom('mapping', 'counters', 'both'),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        async (ledger, which, edits, withBak) => {
          const root = tempDir('extids-fuzz-');
          write(root, '.claude/extids.json', CONFIG);
          const stateDir = join(root, '.claude/state');
          const damage = (t: string) => edits.reduce((x, m) => m(x), t);
          const texts = {
            mapping: which === 'counters' ? ledger.mapping : damage(ledger.mapping),
            counters: which === 'mapping' ? ledger.counters : damage(ledger.counters),
          };
          write(stateDir, 'external_id_mapping.json', texts.mapping);
          write(stateDir, 'external_id_counters.json', texts.counters);
          if (withBak) {
            write(stateDir, 'external_id_mapping.json.bak', ledger.mapping);
            write(stateDir, 'external_id_counters.json.bak', ledger.counters);
          }
          const settings = loadSettings(root);

          const v = await validate(settings); // read-only: never throws, never writes
          expect(typeof v.ok).toBe('boolean');
          expect(fs.readFileSync(join(stateDir, 'external_id_mapping.json'), 'utf8')).toBe(
            texts.mapping,
          );

          const dirBefore = snapshotDir(stateDir);
          let r;
          try {
            r = await repair(settings);
          } catch (err) {
            // Only a clear, named error is acceptable, and then nothing was changed.
            expect(err).toBeInstanceOf(ExtidsError);
            expect(snapshotDir(stateDir)).toEqual(dirBefore);
            return;
          }
          const after = readState({ stateDir });
          const kept = (kind: 'mapping' | 'counters') => {
            const name = `external_id_${kind}.json`;
            const copies = fs
              .readdirSync(stateDir)
              .filter((f) => f.startsWith(name))
              .map((f) => fs.readFileSync(join(stateDir, f), 'utf8'));
            return copies.includes(texts[kind]);
          };
          // The original of each file is still on disk: in place, as .bak, or quarantined.
          expect(kept('mapping')).toBe(true);
          expect(kept('counters')).toBe(true);
          if (r.ok) {
            expect(after.mapping.status).toBe('valid');
            expect(after.counters.status).toBe('valid');
          } else {
            expect(r.findings.some((f) => f.severity === 'error')).toBe(true);
          }
          // No mapping silently dropped: every task the file names is in the result, or a
          // finding names it; when the file is unusable, the same holds for what its salvaged
          // part and the .bak hold. (A usable file is the truth: .bak does not resurrect.)
          const damaged = parseStateText('mapping', texts.mapping, 'm', '');
          const named = new Set<string>(Object.keys(damaged.data?.mappings ?? {}));
          if (damaged.status !== 'valid' && damaged.status !== 'legacy') {
            for (const id of Object.keys(damaged.salvage?.data.mappings ?? {})) named.add(id);
            if (withBak) for (const id of Object.keys(ledger.mappings)) named.add(id);
          }
          const result = after.mapping.data?.mappings ?? {};
          // A mapping that did not survive is named by a finding about that very entry.
          const accounted = (id: string) =>
            r.findings.some(
              (f) =>
                (f.code === 'UNRECOVERED' &&
                  (f.message.includes(`"${id}"`) || f.message.includes(`${id}.`))) ||
                (f.code === 'UNSAFE_KEY' && f.message.includes(`"${id}"`)),
            );
          for (const id of named)
            if (!Object.prototype.hasOwnProperty.call(result, id))
              expect([id, accounted(id)]).toEqual([id, true]);
          // Whatever repair produced never reuses a number.
          if (after.mapping.status === 'valid' && after.counters.status === 'valid') {
            const c = after.counters.data!.counters;
            for (const e of Object.values(result)) {
              if (e.github) expect(c.github).toBeGreaterThanOrEqual(Number(e.github));
              if (e.jira?.startsWith('PROJ-'))
                expect(c.jira.PROJ ?? 0).toBeGreaterThanOrEqual(Number(e.jira.slice(5)));
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);
});

/** Every file in a directory with its bytes, to compare before and after. */
function snapshotDir(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .filter((f) => fs.statSync(join(dir, f)).isFile())
      .map((f) => [f, fs.readFileSync(join(dir, f), 'latin1')]),
  );
}

describe('frontmatter', () => {
  const taskText = fc
    .tuple(
      fc.constantFrom('TASK-1A2B', '"TASK-1A2B"', "'TASK-1A2B'"),
      fc.constantFrom('', 'external_ids:\n  jira: PROJ-1\n', 'external_ids: {github: 3}\n'),
      fc.constantFrom('\n', '\r\n'),
    )
    .map(([id, ext, eol]) =>
      `---\nid: ${id}\ntitle: "A task"\nstatus: backlog\ntags: [a, b]\n${ext}---\n\n# Body\n`.replace(
        /\n/g,
        eol,
      ),
    );

  test('reading mutated frontmatter never throws; writing IDs either reads back or refuses', () => {
    fc.assert(
      fc.property(
        taskText.chain((t) => fc.oneof(fc.constant(t), mutated(t))),
        (text) => {
          const rec = readTaskText(text, '/x.md', 'x.md');
          for (const f of rec.findings) expect(f.file).toBe('x.md');
          if (!rec.hasFrontmatter || rec.findings.some((f) => f.severity === 'error')) return;
          let next: string;
          try {
            next = setExternalIds(text, { github: '7', jira: 'PROJ-9' });
          } catch (err) {
            // Refused, with the reason; the caller reports it and writes nothing.
            expect(err).toMatchObject({ code: 'WRITE_FAILED', message: /x\.md/ });
            return;
          }
          const back = readTaskText(next, '/x.md', 'x.md');
          expect(back.externalIds).toMatchObject({ github: '7', jira: 'PROJ-9' });
          expect(back.id).toBe(rec.id);
          // Nothing after the frontmatter changed.
          const body = (t: string) => t.slice(t.search(/\n(?:---|\.\.\.)[ \t]*\r?(?:\n|$)/));
          expect(body(next)).toBe(body(text));
        },
      ),
      { numRuns: RUNS * 4 },
    );
  });

  test('validate and repair on a repository whose task file is mutated: no throw, the mapping kept, the file intact or correct', async () => {
    await fc.assert(
      fc.asyncProperty(
        taskText.chain((t) => mutated(t)),
        async (text) => {
          const root = tempDir('extids-fuzz-');
          write(root, '.claude/extids.json', CONFIG);
          const mapping = { 'TASK-1A2B': { github: '3', jira: 'PROJ-1' } };
          write(
            root,
            '.claude/state/external_id_mapping.json',
            canonicalJson({ mappings: mapping, updated: 'u', version: '1.0' }),
          );
          const file = write(root, 'tasks/backlog/TASK-1A2B.md', text);
          const settings = loadSettings(root);
          expect(typeof (await validate(settings)).ok).toBe('boolean');
          const r = await repair(settings).catch((err: unknown) => {
            expect(err).toBeInstanceOf(ExtidsError);
            return undefined;
          });
          const after = readState({ stateDir: settings.stateDir });
          expect(after.mapping.data!.mappings['TASK-1A2B']).toEqual(mapping['TASK-1A2B']);
          // The task file is as it was, or its IDs are the ones the mapping gives its id.
          const now = fs.readFileSync(file, 'utf8');
          if (now !== text) {
            const rec = readTaskText(now, file, 'x.md');
            expect(rec.id).toBe(readTaskText(text, file, 'x.md').id);
            expect(rec.externalIds).toEqual(after.mapping.data!.mappings[rec.id!]);
          }
          if (r) expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: RUNS },
    );
  }, 300_000);
});
