/**
 * The pre-commit hook's gate. Most commits touch no task, so the husky script asks git first
 * whether any path that can concern extids is staged, and starts Node only when one is: such a
 * commit costs one `git diff --cached --quiet`, not a Node start.
 *
 * The paths are the configured tasks directory, the two state files, the sync links file and the
 * config itself, written into the script by `extids init`. They go stale only when the config
 * moves a directory, and the commit that changes the config passes the gate (the config is one of
 * its paths), so the hook sees the stale script then and refuses the commit until `extids init`
 * has updated it. A gate from before the links file was checked is not stale: the hook says once
 * per commit it runs on that `extids init` adds the links file to it.
 */
import { STAGED_DIFF } from '../core/git.js';
import { CONFIG_FILE, COUNTERS_FILE, LINKS_FILE, MAPPING_FILE } from '../core/paths.js';
import { shellWord } from '../doors/quote.js';

/** The configured directories, relative to the repository root (pre-commit.ts `quickPaths`). */
export interface GatePaths {
  stateDir: string;
  tasksDir: string;
}

/**
 * What the gate asks git about, as literal pathspecs: a superset of what `stagedRelevant` keeps.
 * A directory outside the repository cannot be asked about, so then every path is ('.').
 */
export function gatePathspecs(paths: GatePaths, links = true): string[] {
  const inside = (p: string) =>
    !p.startsWith('/') && !/^[A-Za-z]:/.test(p) && !/^\.\.(\/|$)/.test(p);
  if (!inside(paths.tasksDir) || !inside(paths.stateDir)) return [':(literal).'];
  const state = (f: string) => (paths.stateDir === '.' ? f : `${paths.stateDir}/${f}`);
  // Gates written before the links file was checked named the other three (see `oldGate`).
  const files = links ? [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE] : [MAPPING_FILE, COUNTERS_FILE];
  return [paths.tasksDir, ...files.map(state), CONFIG_FILE].map((p) => `:(literal)${p}`);
}

/** The line of the script that asks git; the line after it names the paths. */
const ASK = `  exec git ${STAGED_DIFF.join(' ')} --quiet -- \\`;
const pathsLine = (paths: GatePaths, links = true) =>
  `    ${gatePathspecs(paths, links).map(shellWord).join(' ')}); then`;

/**
 * `body` (shell lines), run only when git says a gated path is staged. The pathspec variables
 * are unset for git: GIT_LITERAL_PATHSPECS would make it read `:(literal)` as part of a name
 * and answer "nothing staged" for every commit.
 */
export function gated(paths: GatePaths, body: string): string {
  const indented = body.replace(/^(?=.)/gm, '  ');
  return [
    '# Node starts only when git says one of these paths is staged (extids init writes them from',
    '# the config, and the hook refuses a commit that changes the config until they match it).',
    'if ! (unset GIT_LITERAL_PATHSPECS GIT_GLOB_PATHSPECS GIT_NOGLOB_PATHSPECS GIT_ICASE_PATHSPECS',
    ASK,
    pathsLine(paths),
    `${indented}fi\n`,
  ].join('\n');
}

/** The script's lines and where its line of paths is (-1: the script has no gate). */
function gateAt(script: string): { lines: string[]; at: number } {
  const lines = script.split(/\r?\n/);
  const ask = lines.indexOf(ASK);
  return { lines, at: ask === -1 ? -1 : ask + 1 };
}

/** Whether `script` has a gate that asks about other paths than `paths` (no gate: never stale). */
export function staleGate(script: string, paths: GatePaths): boolean {
  const { lines, at } = gateAt(script);
  return at !== -1 && lines[at] !== pathsLine(paths) && lines[at] !== pathsLine(paths, false);
}

/**
 * Whether `script`'s gate is the one an earlier extids wrote for these paths, without the links
 * file: tasks and state still pass it, but a commit of only the links file skips the hook.
 */
export function oldGate(script: string, paths: GatePaths): boolean {
  const { lines, at } = gateAt(script);
  return (
    at !== -1 &&
    lines[at] === pathsLine(paths, false) &&
    !gatePathspecs(paths).includes(':(literal).')
  );
}

/** `script` with its gate asking about `paths`. */
export function refreshGate(script: string, paths: GatePaths): string {
  const { lines, at } = gateAt(script);
  if (at === -1 || lines[at] === pathsLine(paths)) return script;
  lines[at] = pathsLine(paths);
  return lines.join(script.includes('\r\n') ? '\r\n' : '\n');
}
