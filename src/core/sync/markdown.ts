/**
 * Edits of a task's markdown by its tokens (marked's lexer, GitHub-flavoured): the text between
 * them is kept byte for byte, so what a tracker shows differs from the task only where an edit
 * says so.
 */
import type { Marked, Token } from 'marked';
import { marked } from '../deps.js';

/** Created on first use: the hook's path imports this module and never edits markdown. */
let lexer: Marked | undefined;

/**
 * `markdown` with each token for which `edit` returns a string replaced by it (by its raw text,
 * found in document order); code spans and code blocks are passed over, so text inside them that
 * looks like a token is never taken for one.
 */
export function editTokens(markdown: string, edit: (t: Token) => string | undefined): string {
  let out = '';
  let from = 0;
  const take = (raw: string, by?: string) => {
    const at = markdown.indexOf(raw, from);
    if (at < 0) return;
    out += markdown.slice(from, at) + (by ?? raw);
    from = at + raw.length;
  };
  lexer ??= new (marked().Marked)({ gfm: true });
  lexer.walkTokens(lexer.lexer(markdown), (t) => {
    if (t.type === 'code' || t.type === 'codespan') return take(t.raw);
    const by = edit(t);
    if (by !== undefined && by !== t.raw) take(t.raw, by);
  });
  return out + markdown.slice(from);
}
