/**
 * The lines that declare a task's id, as patterns for `git grep`. No dependencies: the hook's
 * fast path loads this before the rest of the core.
 */

/** A POSIX extended regex (for `git grep -E`) matching the frontmatter line that declares `id`. */
export const idLineRegex = (id: string): string =>
  `^(id|task_id):[[:space:]]*["']?${id.replace(/[.[\]()*+?^$|\\{}]/g, '\\$&')}["']?[[:space:]]*$`;

/**
 * The ids a text's `id:`/`task_id:` lines seem to declare: a cheap guess that lets the hook start
 * searching for other copies while the core loads. The task reader (tasks.ts) decides what a
 * file's id is; a guess that misses only costs a second search.
 */
export function idGuesses(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:id|task_id):[ \t]*["']?([^"'\s#]+)["']?[ \t]*\r?$/gm))
    out.push(m[1]!);
  return out;
}
