/** The shape the code keeps: one core, thin doors, no import cycles (type imports included). */
import { describe, expect, test } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT } from './helpers.js';

const SRC = join(ROOT, 'src');

/** Every relative import of every source file: static, type-only, re-exports and dynamic. */
function importGraph(): Map<string, string[]> {
  const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) =>
    f.endsWith('.ts'),
  );
  const graph = new Map<string, string[]>();
  const spec = /(?:from\s+|import\s*\(\s*|import\s+)['"](\.{1,2}\/[^'"]+)\.js['"]/g;
  for (const f of files) {
    const text = readFileSync(join(SRC, f), 'utf8');
    const deps = [...text.matchAll(spec)].map((m) =>
      relative(SRC, resolve(dirname(join(SRC, f)), `${m[1]}.ts`)),
    );
    graph.set(f, deps);
  }
  return graph;
}

/** One cycle if there is any: the path that closes it. */
function findCycle(graph: Map<string, string[]>): string[] | undefined {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (n: string): string[] | undefined => {
    if (state.get(n) === 'done') return undefined;
    if (state.get(n) === 'open') return [...path.slice(path.indexOf(n)), n];
    state.set(n, 'open');
    path.push(n);
    for (const d of graph.get(n) ?? []) {
      const c = visit(d);
      if (c) return c;
    }
    path.pop();
    state.set(n, 'done');
    return undefined;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return undefined;
}

const folder = (f: string) => f.split('/')[0]!;

describe('source structure', () => {
  const graph = importGraph();

  test('the graph is read: every folder is there and imports resolve to files', () => {
    expect([...new Set([...graph.keys()].map(folder))].sort()).toEqual([
      'action',
      'cli',
      'core',
      'doors',
      'hook',
    ]);
    for (const [f, deps] of graph)
      for (const d of deps) expect([f, graph.has(d)]).toEqual([f, true]);
  });

  test('no file imports itself back through others, type imports included', () => {
    expect(findCycle(graph)).toBeUndefined();
  });

  test('no cycle between the folders: core ← doors ← cli, hook, action', () => {
    const folders = new Map<string, string[]>();
    for (const [f, deps] of graph)
      folders.set(folder(f), [
        ...new Set([...(folders.get(folder(f)) ?? []), ...deps.map(folder)]),
      ]);
    for (const [f, deps] of folders)
      folders.set(
        f,
        deps.filter((d) => d !== f),
      );
    expect(findCycle(folders)).toBeUndefined();
    expect(folders.get('core')).toEqual([]);
    expect(folders.get('doors')).toEqual(['core']);
    expect(folders.get('action')?.sort()).toEqual(['core', 'doors']);
    expect(folders.get('hook')?.sort()).toEqual(['core', 'doors']);
  });
});
