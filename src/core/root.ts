/**
 * Whether a directory is one extids can work on: the doors that read a repository (the CLI's
 * commands, the action) ask here before they run, so a wrong `--root` or `root` stops with one
 * line instead of passing as an empty repository or writing a second ledger into a subfolder.
 */
import { existsSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from './config.js';
import { ExtidsError } from './findings.js';
import { Git } from './git.js';
import { CONFIG_FILE, isInside, relPath, STATE_FILE } from './paths.js';

/** What makes a folder a repository that uses extids: its tasks, its state files or its config. */
export const hasExtidsFiles = (s: Settings): boolean =>
  existsSync(s.tasksDir) ||
  existsSync(s.configFile) ||
  Object.values(STATE_FILE).some((f) => existsSync(join(s.stateDir, f)));

const real = (p: string) => {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
};

/** How the door names the root input in its advice: the CLI's flag, the action's input. */
export interface RootDoor {
  /** Ends the NOTHING_HERE message (the action asks about its checkout step). */
  hint?: string;
  /** How a person passes the root here: `--root DIR` (CLI), "the action's `root:` input". */
  rootInput?: (top: string) => string;
}

const cliRootInput = (top: string) => `pass --root ${top}`;

/**
 * Throws `OUTSIDE_ROOT` when `dir` (the state or the tasks directory) lies outside `root`
 * (lexically): what cannot be committed with the repository is not its ledger or its tasks.
 * One rule for both directories, whether the config or an option named them.
 */
export function refuseOutside(
  what: 'state directory' | 'tasks directory',
  dir: string,
  root: string,
) {
  if (!isInside(root, dir))
    throw new ExtidsError(
      'OUTSIDE_ROOT',
      `the ${what} ${dir} is outside the repository ${root}; extids reads and writes only inside the repository, whose tasks and ledger are committed together`,
      { file: dir },
    );
}

/**
 * Throws `NOT_TOP_LEVEL` when `s.root` lies below `top`, the top level of its git repository,
 * and has no extids config or state of its own (`--root tasks`: its ledger would be a second
 * one). `init` asks here too, so it never creates that config. `top` undefined: outside git.
 */
export function checkTopLevel(
  s: Pick<Settings, 'root' | 'configFile' | 'stateDir'>,
  top: string | undefined,
  door: RootDoor = {},
): void {
  const ownState = existsSync(s.configFile) || existsSync(s.stateDir);
  if (top && real(top) !== real(s.root) && !ownState)
    throw new ExtidsError(
      'NOT_TOP_LEVEL',
      `${s.root} is not the repository's top level; its top level is ${top} (run extids there, or ${(door.rootInput ?? cliRootInput)(top)})`,
      { file: s.root },
    );
}

/**
 * Throws `NOT_TOP_LEVEL` (see checkTopLevel), `OUTSIDE_ROOT` when the tasks directory lies
 * outside the root, and `NOTHING_HERE` when the root holds neither a tasks directory, nor state
 * files, nor a config (a mistyped root, or a checkout that did not run). A folder outside git
 * with tasks of its own is accepted. `top`: the git top level when the caller has asked git
 * already (undefined: outside a repository).
 */
export function checkRoot(
  s: Settings,
  door: RootDoor = {},
  top: string | undefined = new Git(s.root).topLevel(),
): void {
  checkTopLevel(s, top, door);
  refuseOutside('tasks directory', s.tasksDir, s.root);
  if (!hasExtidsFiles(s))
    throw new ExtidsError(
      'NOTHING_HERE',
      `found neither a tasks directory (${relPath(s.root, s.tasksDir) || '.'}) nor state files (${relPath(s.root, s.stateDir)}) nor a config (${CONFIG_FILE}) in ${s.root}${door.hint ?? ''}`,
      { file: s.root },
    );
}
