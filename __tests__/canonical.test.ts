import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  canonicalJson,
  CounterFileSchema,
  MappingFileSchema,
  parseStateText,
} from '../src/core/index.js';
import { pyDump } from '../src/core/canonical.js';
import { checkStateFile, fastCheckCounters, fastCheckMapping } from '../src/core/schema-check.js';
import { FIXTURES } from './helpers.js';

const fixture = (n: string) => readFileSync(join(FIXTURES, n), 'utf8');

describe('canonical layout (the reference implementation’s json.dump(indent=2, sort_keys=True))', () => {
  test.each(['python_mapping.json', 'python_counters.json'])(
    '%s written by Python loads unchanged and is written back byte for byte',
    (name) => {
      const text = fixture(name);
      const kind = name.includes('mapping') ? 'mapping' : 'counters';
      const parsed = parseStateText(kind, text, name, 'now');
      expect(parsed.status).toBe('valid');
      expect(parsed.findings).toEqual([]);
      expect(canonicalJson(parsed.data)).toBe(text);
    },
  );

  test('escapes, key order and empty containers match Python exactly', () => {
    const input = JSON.parse(fixture('python_escapes.input.json'));
    expect(canonicalJson(input)).toBe(fixture('python_escapes.json'));
  });

  test('a key named __proto__ is printed like any other, in its sorted place', () => {
    for (const text of [
      '{"mappings": {"b": {"jira": "P-1"}, "__proto__": {"github": "1"}}, "updated": "u", "version": "1.0"}',
      '{"a": 1, "__proto__": {"x": 1}}',
    ]) {
      const v: unknown = JSON.parse(text);
      expect(canonicalJson(v)).toBe(pyDump(v));
      expect(canonicalJson(v)).toMatch(/\n {2,4}"__proto__": \{/);
    }
  });

  test('the JSON.stringify fast path prints exactly what the transcription of Python does', () => {
    const text = fc.string({ unit: 'binary', maxLength: 12 });
    const key = fc.oneof(
      text,
      fc.constantFrom('0', '10', '9', '__x', '__proto__', 'é', '\u{1F600}', 'Z', 'a'),
    );
    const value = fc.letrec((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('v'), { maxLength: 4 }),
        fc.dictionary(key, tie('v'), { maxKeys: 5 }),
      ),
    })).v;
    fc.assert(
      fc.property(value, (v) => expect(canonicalJson(v)).toBe(pyDump(v))),
      {
        numRuns: 2000,
      },
    );
  });

  test('the direct printer of mapping files prints exactly what the transcription of Python does', () => {
    const str = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 10 }),
      fc.constantFrom(
        'TASK-1',
        'TASK-10',
        'TASK-9',
        '12',
        '0',
        'PROJ-3',
        'é',
        '\u{1F600}',
        '__proto__',
      ),
    );
    const entry = fc.dictionary(
      fc.oneof(fc.constantFrom('jira', 'github', 'linear', 'azure_devops'), str),
      fc.oneof(str, fc.integer()),
      { maxKeys: 4 },
    );
    const file = fc.record({
      mappings: fc.dictionary(str, entry, { maxKeys: 6 }),
      updated: str,
      version: fc.oneof(fc.constant('1.0'), str),
    });
    fc.assert(
      fc.property(file, (v) => expect(canonicalJson(v)).toBe(pyDump(v))),
      {
        numRuns: 2000,
      },
    );
  });

  test('no trailing newline, two-space indent', () => {
    const out = canonicalJson({ b: 1, a: { c: 'x' } });
    expect(out).toBe('{\n  "a": {\n    "c": "x"\n  },\n  "b": 1\n}');
  });

  test('the DESIGN.md examples round-trip', () => {
    const m =
      '{ "mappings": { "TASK-E01-b2c4": { "github": "234", "jira": "PROJ-456" } }, "updated": "2025-11-10T14:45:00Z", "version": "1.0" }';
    const c =
      '{ "counters": { "azure_devops": 1235, "github": 234, "jira": { "PROJ": 457 }, "linear": { "TEAM": 789 } }, "updated": "2025-11-10T14:45:00Z", "version": "1.0" }';
    const pm = parseStateText('mapping', m, 'm', 'now');
    const pc = parseStateText('counters', c, 'c', 'now');
    expect(pm.status).toBe('valid');
    expect(pc.status).toBe('valid');
    expect(JSON.parse(canonicalJson(pm.data))).toEqual(JSON.parse(m));
    expect(JSON.parse(canonicalJson(pc.data))).toEqual(JSON.parse(c));
  });
});

describe('the fast schema check agrees with the zod schemas', () => {
  const id = fc.oneof(fc.constantFrom('TASK-1', 'TASK-E01-b2c4', ''), fc.string());
  const ext = fc.oneof(
    fc.constantFrom('PROJ-1', '12', '0', 'proj-2', '01', 'X-0'),
    fc.string(),
    fc.integer(),
  );
  const entry = fc.dictionary(
    fc.oneof(fc.constantFrom('jira', 'github', 'linear', 'azure_devops'), fc.string()),
    ext,
    { maxKeys: 4 },
  );
  const count = fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.constant(2 ** 60), fc.string());
  test('on mapping files', () => {
    fc.assert(
      fc.property(
        fc.dictionary(id, entry),
        fc.constantFrom('1.0', '2.0', 1),
        (mappings, version) => {
          const v = { mappings, updated: 'x', version };
          const zodOk = MappingFileSchema.safeParse(v).success;
          expect(checkStateFile('mapping', v).ok).toBe(zodOk);
          if (fastCheckMapping(v)) expect(zodOk).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
  test('on counter files', () => {
    fc.assert(
      fc.property(
        count,
        count,
        fc.dictionary(fc.oneof(fc.constantFrom('PROJ', 'proj', 'A_1'), fc.string()), count),
        (a, g, jira) => {
          const v = {
            counters: { azure_devops: a, github: g, jira, linear: {} },
            updated: 'x',
            version: '1.0',
          };
          expect(checkStateFile('counters', v).ok).toBe(CounterFileSchema.safeParse(v).success);
          if (fastCheckCounters(v)) expect(CounterFileSchema.safeParse(v).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
