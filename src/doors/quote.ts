/**
 * Text that extids writes into files other programs read, each by the rules of its reader: a
 * POSIX shell word for husky scripts and git's merge driver command, a literal pattern for
 * .gitignore and .gitattributes (gitignore(5), gitattributes(5)). Paths come from the config, so
 * they may hold any character; the ones no reader can hold are refused by `unwritablePath`.
 */

/** `s` as one POSIX shell word: single quotes, in which nothing is special but the quote itself. */
export const shellWord = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Why `path` (relative, `/` between names) cannot be written into a hook script, .gitignore or
 * .gitattributes, or undefined when it can: a line break ends a gitignore pattern and the gate's
 * line of paths, and no reader escapes the other control characters the same way.
 */
export function unwritablePath(path: string): string | undefined {
  const bad = [...path].find((c) => c < ' ' || c === '\x7f');
  if (bad === undefined) return undefined;
  const name = bad === '\n' ? 'a line break' : bad === '\t' ? 'a tab' : 'a control character';
  return `${JSON.stringify(path)} contains ${name} (U+${bad.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}), which .gitignore and the hook scripts cannot hold`;
}

/**
 * A gitignore/gitattributes pattern for the directory `dir` (relative, `/` between names; '' for
 * the top) followed by `tail` (a pattern of our own, such as `/*.bak`): in `dir`, wildmatch's
 * special characters (`*?[]\`) are escaped with a backslash, and so is a leading `!` (negation)
 * or `#` (comment). The result is anchored at the repository's top (a `/` before its end).
 */
export function literalPattern(dir: string, tail: string): string {
  const pattern = dir.replace(/[*?[\]\\]/g, '\\$&').replace(/^[!#]/, '\\$&') + tail;
  // A pattern with no slash but a trailing one would match at any depth.
  return /\/./.test(pattern) ? pattern : `/${pattern}`;
}

/**
 * The pattern field of a .gitattributes line: as it is when it holds only printable ASCII
 * without spaces or quotes, else in git's C-style quotes (a pattern that begins with `"`), where
 * `"` and `\` are escaped and anything else, spaces and UTF-8 included, stands for itself.
 */
export function attributesField(pattern: string): string {
  if (/^[\x21-\x7e]+$/.test(pattern) && !pattern.startsWith('"')) return pattern;
  return `"${pattern.replace(/["\\]/g, '\\$&')}"`;
}
