/**
 * Which task files a range of commits (a pull request: `base...HEAD`) introduces, for the twin
 * rule (policy.ts): the files it adds, less the ones it moved.
 */
import { join } from 'node:path';
import { Git } from './git.js';
import { introducedFiles } from './policy.js';

import { readTask, readTaskText } from './tasks.js';

/**
 * Undefined when git cannot tell (the base is not in the checkout). `trees`: compare the two
 * trees (`base HEAD`, what a depth-1 checkout of a merge ref allows) instead of `base...HEAD`.
 */
export function introducedSince(
  root: string,
  base: string,
  o: { trees?: boolean } = {},
): ((file: string) => boolean) | undefined {
  const git = new Git(root);
  const added = git.addedSince(base, o);
  const deleted = git.deletedSince(base, o)?.filter((f) => f.endsWith('.md'));
  if (!added || !deleted) return undefined;
  const from = o.trees ? base : (git.mergeBase(base, 'HEAD') ?? base);
  const deletedIds = new Set(
    [...git.showAll(from, deleted)].flatMap(([f, text]) =>
      text === undefined ? [] : (readTaskText(text, f, f).id ?? []),
    ),
  );
  // A file's id matters only when a deleted file could make it a move.
  return introducedFiles(
    added.map((f) => [f, deletedIds.size ? readTask(join(root, f), root, f).id : undefined]),
    deletedIds,
  );
}
