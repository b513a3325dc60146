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

/** Folders no walk enters: installed packages and git's own. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

/** A file or folder name under the tasks directory that extids never reads (README: dot names). */
export const isSkippedName = (name: string): boolean =>
  name.startsWith('.') || SKIPPED_FOLDERS.has(name);

/**
 * Why a file under the tasks directory is not a candidate task, or undefined when it is one: the
 * one rule of the scan (validate, repair, assign --all, the action), the hook's staged paths,
 * `assign FILE` and sync. `rel`: the path relative to the tasks directory, with forward slashes;
 * `exclude`: the config's globs (config.ts). `excluded` is the team's own choice, so the doors
 * that say why they skip a file stay quiet about it.
 */
export function notATask(
  rel: string,
  exclude?: RegExp,
): { why: string; excluded: boolean } | undefined {
  const parts = rel.split('/');
  const skipped = parts.find(isSkippedName);
  if (skipped)
    return {
      why: skipped.startsWith('.')
        ? `its path has a name starting with a dot (${skipped}), and extids never reads those`
        : `it lies inside ${skipped}/, which extids never reads`,
      excluded: false,
    };
  if (!isMarkdown(parts[parts.length - 1]!))
    return { why: 'it is not a markdown (.md) file', excluded: false };
  if (exclude?.test(rel))
    return { why: 'an "exclude" glob of the config names it', excluded: true };
  return undefined;
}

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
