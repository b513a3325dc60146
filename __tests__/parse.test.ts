import { describe, expect, test } from '@jest/globals';
import { canonicalJson, parseStateText } from '../src/core/index.js';

const now = '2026-01-01T00:00:00Z';
const mapping = (text: string) => parseStateText('mapping', text, 'm.json', now);
const counters = (text: string) => parseStateText('counters', text, 'c.json', now);
const codes = (p: { findings: { code: string }[] }) => p.findings.map((f) => f.code);
const VALID_M = canonicalJson({
  mappings: { 'TASK-1A2B': { jira: 'PROJ-1' } },
  updated: now,
  version: '1.0',
});

describe('bad input gets a precise finding, never a throw and never "empty"', () => {
  test('unparsable JSON reports line and column', () => {
    const p = mapping('{\n  "mappings": {\n    "TASK-1": { "jira": "PROJ-1" },,\n  }\n}');
    expect(p.status).toBe('corrupt');
    expect(p.data).toBeUndefined();
    expect(p.findings[0]).toMatchObject({
      code: 'PARSE_ERROR',
      severity: 'error',
      file: 'm.json',
      line: 3,
    });
    expect(p.findings[0]!.column).toBeGreaterThan(1);
  });
  test('a truncated file says so', () => {
    const p = mapping(VALID_M.slice(0, 40));
    expect(p.findings[0]).toMatchObject({ code: 'PARSE_ERROR' });
    expect(p.findings[0]!.message).toMatch(/truncated/);
  });
  test('git conflict markers are named with their line, and both sides are salvaged', () => {
    const text = `{\n  "mappings": {\n<<<<<<< HEAD\n    "TASK-1A2B": { "jira": "PROJ-1" }\n=======\n    "TASK-3C4D": { "jira": "PROJ-2" }\n>>>>>>> feature\n  },\n  "updated": "x",\n  "version": "1.0"\n}`;
    const p = mapping(text);
    expect(p.findings[0]).toMatchObject({ code: 'CONFLICT_MARKERS', line: 3 });
    expect(Object.keys(p.salvage!.data.mappings).sort()).toEqual(['TASK-1A2B', 'TASK-3C4D']);
  });
  test.each([
    ['empty', ''],
    ['blank', '  \n\n'],
    ['NUL-filled', '\0'.repeat(64)],
  ])('an %s file is EMPTY_FILE', (_n, text) => {
    expect(codes(mapping(text))).toEqual(['EMPTY_FILE']);
    expect(mapping(text).status).toBe('corrupt');
  });
  test('a BOM is reported (the reference implementation cannot read it) but the data is kept', () => {
    const p = mapping('\ufeff' + VALID_M);
    expect(codes(p)).toEqual(['BOM']);
    expect(p.salvage!.data.mappings['TASK-1A2B']).toEqual({ jira: 'PROJ-1' });
  });
  test('wrong types are SCHEMA_INVALID with the line of the bad value', () => {
    const p = mapping(
      '{\n  "mappings": {\n    "TASK-1A2B": {\n      "jira": ["PROJ-1"]\n    }\n  },\n  "updated": "x",\n  "version": "1.0"\n}',
    );
    expect(p.findings[0]).toMatchObject({ code: 'SCHEMA_INVALID', line: 4 });
    expect(p.findings[0]!.message).toContain('mappings.TASK-1A2B.jira');
  });
  test.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['beyond 2^53', 2 ** 53 + 2],
  ])('a %s counter is INVALID_COUNTER', (_n, v) => {
    const p = counters(
      `{"counters": {"azure_devops": 0, "github": ${v}, "jira": {}, "linear": {}}, "updated": "x", "version": "1.0"}`,
    );
    expect(codes(p)).toEqual(['INVALID_COUNTER']);
    expect(p.status).toBe('corrupt');
  });
  test.each(['__proto__', 'constructor', 'prototype'])(
    'the key %s is refused, and does not pollute prototypes',
    (key) => {
      const p = mapping(
        `{"mappings": {"${key}": {"jira": "PROJ-9"}, "TASK-1A2B": {"jira": "PROJ-1"}}, "updated": "x", "version": "1.0"}`,
      );
      expect(codes(p)).toContain('UNSAFE_KEY');
      expect(({} as Record<string, unknown>).jira).toBeUndefined();
      expect(p.salvage!.data.mappings['TASK-1A2B']).toEqual({ jira: 'PROJ-1' });
    },
  );
  test('a newer version is refused and never migrated', () => {
    const p = mapping('{"mappings": {}, "updated": "x", "version": "2.0"}');
    expect(p.status).toBe('unsupported');
    expect(p.findings[0]).toMatchObject({ code: 'UNSUPPORTED_VERSION', line: 1 });
    expect(p.data).toBeUndefined();
  });
  test('invalid external IDs of each tool are reported', () => {
    const p = mapping(
      '{"mappings": {"TASK-1A2B": {"jira": "PROJ-0", "github": "12a", "asana": "1"}}, "updated": "x", "version": "1.0"}',
    );
    expect(p.status).toBe('corrupt');
    expect(p.findings.every((f) => f.code === 'SCHEMA_INVALID')).toBe(true);
    expect(p.findings.length).toBeGreaterThanOrEqual(2);
  });
});

describe('migrations from every older shape to 1.0', () => {
  const migrated = (text: string, kind: 'mapping' | 'counters' = 'mapping') => {
    const p: any = parseStateText(kind, text, 'f', now);
    expect(p.status).toBe('legacy');
    expect(codes(p)).toEqual(['LEGACY_VERSION']);
    // idempotent: the migrated file needs nothing more
    const again = parseStateText(kind, canonicalJson(p.data), 'f', now);
    expect(again.status).toBe('valid');
    expect(again.steps).toEqual([]);
    return p;
  };
  test('a bare mapping object without envelope', () => {
    const p = migrated('{"TASK-1A2B": {"jira": "PROJ-1"}}');
    expect(p.data).toEqual({
      mappings: { 'TASK-1A2B': { jira: 'PROJ-1' } },
      updated: now,
      version: '1.0',
    });
  });
  test('numeric external IDs become strings', () => {
    expect(
      migrated(
        '{"mappings": {"TASK-1A2B": {"github": 234, "azure_devops": 7}}, "updated": "u", "version": "1.0"}',
      ).data!.mappings['TASK-1A2B'],
    ).toEqual({ github: '234', azure_devops: '7' });
  });
  test('the pre-1.0 draft’s per-task created/epic fields are dropped, and said so', () => {
    const p = migrated(
      '{"mappings": {"TASK-1A2B": {"jira": "PROJ-1", "created": "2025-01-08", "epic": "EPIC-001"}}, "updated": "u", "version": "0.9"}',
    );
    expect(p.data!.mappings['TASK-1A2B']).toEqual({ jira: 'PROJ-1' });
    expect(p.steps.join(' ')).toMatch(/created/);
    expect(p.steps.join(' ')).toMatch(/version 1\.0 \(was "0\.9"\)/);
  });
  test('lower-case keys are upper-cased', () => {
    expect(
      migrated('{"mappings": {"TASK-1A2B": {"jira": "proj-5"}}, "updated": "u", "version": "1.0"}')
        .data!.mappings['TASK-1A2B'],
    ).toEqual({ jira: 'PROJ-5' });
    const c = migrated(
      '{"counters": {"azure_devops": 0, "github": 0, "jira": {"proj": 5, "PROJ": 3}, "linear": {}}, "updated": "u", "version": "1.0"}',
      'counters',
    );
    expect(c.data!.counters.jira).toEqual({ PROJ: 5 });
  });
  test('missing tools are added to the counters', () => {
    const c = migrated(
      '{"counters": {"jira": {"PROJ": 4}}, "updated": "u", "version": "1.0"}',
      'counters',
    );
    expect(c.data!.counters).toEqual({ azure_devops: 0, github: 0, jira: { PROJ: 4 }, linear: {} });
  });
});
