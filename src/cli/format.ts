/** How reports read in a terminal: one line per finding, a summary a person takes in at a glance. */
import type { Finding, Report } from '../core/index.js';

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  green(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const plain = (s: string) => s;
export const noStyle: Style = { red: plain, yellow: plain, green: plain, dim: plain, bold: plain };
const sgr = (open: number, close: number) => (s: string) => `\x1b[${open}m${s}\x1b[${close}m`;
export const ansiStyle: Style = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
};

export const where = (f: { file?: string; line?: number; column?: number }): string =>
  f.file ? `${f.file}${f.line ? `:${f.line}` : ''}${f.line && f.column ? `:${f.column}` : ''}` : '';

export function formatFinding(f: Finding, st: Style): string {
  const sev =
    f.severity === 'error'
      ? st.red('error  ')
      : f.severity === 'warning'
        ? st.yellow('warning')
        : st.dim('info   ');
  const loc = where(f);
  return `${loc ? `${loc}: ` : ''}${sev} ${st.dim(f.code)} ${f.message}`;
}

/** Errors are all shown; warnings and infos are capped per code unless verbose. */
export function formatFindings(
  findings: Finding[],
  st: Style,
  verbose: boolean,
  cap = 10,
): string[] {
  const lines: string[] = [];
  const shown = new Map<string, number>();
  const hidden = new Map<string, number>();
  for (const f of findings) {
    const key = `${f.severity} ${f.code}`;
    const n = shown.get(key) ?? 0;
    if (f.severity !== 'error' && !verbose && n >= cap) {
      hidden.set(key, (hidden.get(key) ?? 0) + 1);
      continue;
    }
    shown.set(key, n + 1);
    lines.push(formatFinding(f, st));
  }
  for (const [key, n] of hidden) {
    const [sev, code] = key.split(' ');
    lines.push(st.dim(`… ${n} more ${code} ${sev}${n === 1 ? '' : 's'} (--verbose lists all)`));
  }
  return lines;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryLine(r: Report, st: Style): string {
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  const counts = `${plural(r.stats.mappings, 'mapping')}, ${plural(r.stats.tasks, 'task')}`;
  const issues =
    errors || warnings
      ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`
      : 'no problems';
  const mark = errors ? st.red('✖') : warnings ? st.yellow('⚠') : st.green('✔');
  return `${mark} ${r.command}${r.dryRun ? ' (dry run)' : ''}: ${issues} · ${counts}`;
}
