/**
 * What every clone needs in its own `.git/config`, which `git clone` does not copy: the merge
 * driver that .gitattributes names for the state files. `extids init` registers it where it runs;
 * the `prepare` script it writes (`extids init --clone`, run by `npm ci` in every clone) and the
 * hooks (when they find it missing) register it everywhere else.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Git } from '../core/index.js';
import { shellWord } from './quote.js';

/** What a person (or a `prepare` script) runs in a clone to register it. */
export const CLONE_SETUP = 'extids init --clone';

/** What `prepare` runs, so a clone's `npm ci` installs the hooks and registers the driver. */
export const PREPARE = `husky && ${CLONE_SETUP}`;

/** The driver's advice where extids is not installed, around the path git substitutes for %P. */
const NOT_INSTALLED = [
  'extids: not installed in this clone (no node_modules/.bin/extids), so git merged ',
  ' as plain text: resolve it, install the dependencies (npm ci), then run: npx extids repair',
] as const;

/**
 * git runs a merge driver through the shell, with %O %A %B as temporary file names and %P as the
 * path in single quotes (git's own quoting), so %P is never inside double quotes here. Where
 * extids is not installed, the driver prints advice, runs nothing else, and leaves git's conflict
 * markers to resolve.
 */
export const MERGE_DRIVER =
  '[ -x node_modules/.bin/extids ] && exec node_modules/.bin/extids merge-driver %O %A %B %P || ' +
  `{ printf '%s\\n' ${shellWord(NOT_INSTALLED[0])}%P${shellWord(NOT_INSTALLED[1])} >&2; ` +
  'git merge-file -L ours -L base -L theirs %A %O %B; exit 1; }';

export const MERGE_DRIVER_NAME = 'extids: three-way merge of external ID state';

/**
 * Registers the merge driver in this clone's git config, or says it is there already:
 * 'registered' (it was missing), 'updated' (another version's command was there) or undefined.
 * `dryRun` only answers. Throws GIT_FAILED when git cannot write its config.
 */
export function registerMergeDriver(
  git: Git,
  dryRun = false,
): 'registered' | 'updated' | undefined {
  const now = git.configGet('merge.extids.driver');
  if (now === MERGE_DRIVER) return undefined;
  if (!dryRun) {
    git.configSet('merge.extids.name', MERGE_DRIVER_NAME);
    git.configSet('merge.extids.driver', MERGE_DRIVER);
  }
  return now === undefined ? 'registered' : 'updated';
}

/** Whether the repository's .gitattributes sends files to the driver (init wrote it, or a person). */
function routesToDriver(root: string): boolean {
  try {
    return /\smerge=extids\b/.test(readFileSync(join(root, '.gitattributes'), 'utf8'));
  } catch {
    return false;
  }
}

/**
 * The hooks' backstop for a clone whose install skipped `prepare` (`npm ci --ignore-scripts`, a
 * project `prepare` that does not run it): the driver is registered and that is said once (the
 * next hook finds it there); when git cannot write its config, the line names the command. A
 * repository whose .gitattributes names no extids driver is left alone.
 */
export function ensureMergeDriver(git: Git, say: (line: string) => void): void {
  if (!routesToDriver(git.cwd)) return;
  try {
    const how = registerMergeDriver(git);
    if (how === 'registered')
      say(
        `this clone had no merge driver for the ID ledger (its install did not run ${CLONE_SETUP}), so git merged the state files as plain text; registered it in .git/config, so merges use it from now on`,
      );
    else if (how === 'updated')
      say("updated this clone's merge driver for the ID ledger in .git/config to this version's");
  } catch (err) {
    say(
      `this clone has no merge driver for the ID ledger, so git merges the state files as plain text, and registering it failed (${(err as Error).message.split('\n')[0]}); run: npx ${CLONE_SETUP}`,
    );
  }
}
