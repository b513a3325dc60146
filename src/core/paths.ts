/**
 * Where things live, and how paths are shown. Only node:path: the hook's fast path imports this
 * without loading the rest of the core.
 */
import { isAbsolute, relative, sep } from 'node:path';

export const CONFIG_FILE = '.claude/extids.json';
export const DEFAULT_STATE_DIR = '.claude/state';
export const DEFAULT_TASKS_DIR = 'tasks';
export const MAPPING_FILE = 'external_id_mapping.json';
export const COUNTERS_FILE = 'external_id_counters.json';
export const STATE_FILE = { mapping: MAPPING_FILE, counters: COUNTERS_FILE } as const;

/** A markdown file by its name: `.md` in any case (`GUIDE.MD` is read like `guide.md`). */
export const isMarkdown = (name: string): boolean => /\.md$/i.test(name);

/** A path relative to the repository root, with forward slashes. */
export const relPath = (root: string, p: string): string => relative(root, p).split(sep).join('/');

/** Whether `p` is `root` or lies below it (lexically: symlinks are the caller's concern). */
export const isInside = (root: string, p: string): boolean => {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** A path relative to the root when it lies inside it, else the path as given. */
export function displayPath(file: string, root?: string): string {
  if (!root) return file;
  const rel = relative(root, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel.split(sep).join('/') : file;
}
