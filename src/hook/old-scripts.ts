/**
 * Husky scripts that earlier versions of `extids init` wrote with a hazard: an advice line
 * `echo "… \`npx extids repair\` …"`, whose backticks made the shell run npx (fetching whatever the
 * registry serves under that name) in every clone where extids is not installed. `init` replaces
 * the line; until it has, the hooks that can run say so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The advice line as earlier versions wrote it (group 1: its indentation). */
export const OLD_ADVICE = /^([ \t]*)echo "extids: not installed here \(npm ci\), .*" >&2$/gm;

/** The scripts under `.husky/` of `root` (of `names`) whose old advice line runs a command. */
export function scriptsThatRunAdvice(root: string, names: readonly string[]): string[] {
  const line = new RegExp(OLD_ADVICE.source);
  const runs = (text: string) => text.split(/\r?\n/).some((l) => line.test(l) && l.includes('`'));
  return names
    .map((n) => `.husky/${n}`)
    .filter((file) => {
      try {
        return runs(readFileSync(join(root, file), 'utf8'));
      } catch {
        return false;
      }
    });
}
