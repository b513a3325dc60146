/**
 * The lines that declare a task's id. No dependencies: the hook's fast path loads this before the
 * rest of the core.
 */

/**
 * The ids a text's `id:`/`task_id:` lines seem to declare: a cheap guess that lets the hook start
 * searching for other copies while the core loads, and that picks, among the lines `git grep`
 * finds an id on, the ones that declare it. The task reader (tasks.ts) decides what a file's id
 * is; a guess that misses only costs a second search.
 */
export function idGuesses(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:id|task_id):[ \t]*["']?([^"'\s]+?)["']?[ \t]*\r?$/gm))
    out.push(m[1]!);
  return out;
}
