/**
 * Where things live, and how paths are shown. Only node built-ins: the hook's fast path imports
 * this without loading the rest of the core.
 */
import { realpathSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';

export const CONFIG_FILE = '.claude/extids.json';
export const DEFAULT_STATE_DIR = '.claude/state';
export const DEFAULT_TASKS_DIR = 'tasks';
export const MAPPING_FILE = 'external_id_mapping.json';
export const COUNTERS_FILE = 'external_id_counters.json';
/** The sync links file (core/sync/links.ts), beside the state files. */
export const LINKS_FILE = 'external_id_links.json';
export const STATE_FILE = { mapping: MAPPING_FILE, counters: COUNTERS_FILE } as const;

/** A markdown file by its name: `.md` in any case (`GUIDE.MD` is read like `guide.md`). */
export const isMarkdown = (name: string): boolean => /\.md$/i.test(name);

/** A path relative to the repository root, with forward slashes. */
export const relPath = (root: string, p: string): string => relative(root, p).split(sep).join('/');

/**
 * The tasks directory (absolute) as git and every door see it: where it, or a folder on its way
 * under the root, is a symbolic link that resolves inside the repository, the folder it resolves
 * to (git tracks the files there, and the link only as a link); undefined when such a link leads
 * out of the repository (refused, as for the state directory); otherwise unchanged (no link, not
 * there yet, or configured outside the repository).
 */
export function followTasksDir(root: string, tasksDir: string): string | undefined {
  let real: string;
  let realRoot: string;
  try {
    real = realpathSync(tasksDir);
    realRoot = realpathSync(root);
  } catch {
    return tasksDir;
  }
  const lexical = relative(root, tasksDir);
  const configuredInside = !lexical.startsWith('..') && !isAbsolute(lexical);
  if (!configuredInside || join(realRoot, lexical) === real) return tasksDir;
  const rel = relative(realRoot, real);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return join(root, rel);
}

/** A path relative to the root when it lies inside it, else the path as given. */
export function displayPath(file: string, root?: string): string {
  if (!root) return file;
  const rel = relative(root, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : file;
}
