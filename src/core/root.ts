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
import { CONFIG_FILE, relPath, STATE_FILE } from './paths.js';

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

/**
 * Throws `NOT_TOP_LEVEL` when `s.root` lies below the top level of its git repository and has no
 * extids config or state of its own (`--root tasks`: its ledger would be a second one), and
 * `NOTHING_HERE` when the root holds neither a tasks directory, nor state files, nor a config
 * (a mistyped root, or a checkout that did not run). `hint` ends the second message (the action
 * asks about its checkout step). A folder outside git with tasks of its own is accepted. `top`:
 * the git top level when the caller has asked git already (undefined: outside a repository).
 */
export function checkRoot(
  s: Settings,
  hint = '',
  top: string | undefined = new Git(s.root).topLevel(),
): void {
  const ownState = existsSync(s.configFile) || existsSync(s.stateDir);
  if (top && real(top) !== real(s.root) && !ownState)
    throw new ExtidsError(
      'NOT_TOP_LEVEL',
      `${s.root} is not the repository's top level; its top level is ${top} (run extids there, or pass --root ${top})`,
      { file: s.root },
    );
  if (!hasExtidsFiles(s))
    throw new ExtidsError(
      'NOTHING_HERE',
      `found neither a tasks directory (${relPath(s.root, s.tasksDir) || '.'}) nor state files (${relPath(s.root, s.stateDir)}) nor a config (${CONFIG_FILE}) in ${s.root}${hint}`,
      { file: s.root },
    );
}
