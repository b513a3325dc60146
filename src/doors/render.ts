/**
 * How reports read: one line per finding, one sentence per change, a summary a person takes in
 * at a glance. Every door renders the core's records through these.
 */
import {
  ERROR_CODES,
  FINDING_CODES,
  itemText,
  TOOL_LABEL,
  type Change,
  type Finding,
  type NextSteps,
  type Report,
} from '../core/index.js';

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

const C_ESCAPES: Record<string, string> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
};
// eslint-disable-next-line no-control-regex -- control characters are what this escapes
const CONTROL = /[\x00-\x1f\x7f]/g;
const escapeControl = (s: string) =>
  s.replace(CONTROL, (c) => C_ESCAPES[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);

/**
 * A file name as text output shows it: as it is, unless it holds a control character (a line
 * break would split a finding across two lines) or begins with `"`; then in C-style quotes with
 * `\n`, `\t`, `\"`, `\\` and octal escapes, as git prints such names (core.quotePath).
 */
export function shownPath(p: string): string {
  if (!p.match(CONTROL) && !p.startsWith('"')) return p;
  return `"${escapeControl(p.replace(/["\\]/g, '\\$&'))}"`;
}

export const where = (f: { file?: string; line?: number; column?: number }): string =>
  f.file
    ? `${shownPath(f.file)}${f.line ? `:${f.line}` : ''}${f.line && f.column ? `:${f.column}` : ''}`
    : '';

export function formatFinding(f: Finding, st: Style): string {
  const sev =
    f.severity === 'error'
      ? st.red('error  ')
      : f.severity === 'warning'
        ? st.yellow('warning')
        : st.dim('info   ');
  const loc = where(f);
  // A message may quote a name too: its control characters are escaped, so a finding is one line.
  return `${loc ? `${loc}: ` : ''}${sev} ${st.dim(f.code)} ${escapeControl(f.message)}`;
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

const list = (xs: string[]) =>
  xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;

const EVERY_CLONE = "so every clone's npm ci installs the hooks and registers the merge driver";

/** A change as a sentence: what was done, or with `dryRun` what would be done. */
export function describeChange(c: Change, dryRun = false): string {
  const [did, would] = phrases(c);
  return dryRun ? `would ${would}` : did;
}

/** The past and the infinitive of each change (both spelled out: English verbs are irregular). */
function phrases(c: Change): [string, string] {
  const both = (past: string, base: string, rest: string): [string, string] => [
    `${past} ${rest}`,
    `${base} ${rest}`,
  ];
  switch (c.kind) {
    case 'state-written':
      return (
        {
          created: ['created', 'create'],
          updated: ['updated', 'update'],
          migrated: ['migrated to format 1.0', 'migrate to format 1.0'],
          rebuilt: ['rebuilt', 'rebuild'],
        } as const
      )[c.how] as [string, string];
    case 'original-kept':
      return c.why === 'corrupt'
        ? both('quarantined', 'quarantine', 'the damaged original here')
        : both('kept', 'keep', 'the pre-migration original here');
    case 'task-written':
      return both('wrote', 'write', 'external_ids');
    case 'mapping-rebuilt': {
      const [own, ...more] = c.sources;
      const from = c.sources.length
        ? [
            own!.name,
            ...more.map((s) => `${s.name} (${s.added} more mapping${s.added === 1 ? '' : 's'})`),
          ]
        : ['nothing: no source had its data'];
      return both('rebuilt', 'rebuild', `it from ${list(from)}`);
    }
    case 'mapping-restored':
      return both('restored', 'restore', `the missing file from ${list(c.sources)}`);
    case 'source-disagreed':
      return both(
        'kept',
        'keep',
        `${c.task}'s ${TOOL_LABEL[c.tool]} ${c.kept}; ${c.source} had ${c.other}, which stays retired`,
      );
    case 'frontmatter-adopted':
      return both(
        'took',
        'take',
        `${c.count} external ID${c.count === 1 ? '' : 's'} from task frontmatter that it lacked`,
      );
    case 'counter-raised':
      return both(
        'raised',
        'raise',
        `the ${c.tool}${c.key ? ` ${c.key}` : ''} counter ${c.from} → ${c.to} (the highest number in use)`,
      );
    case 'counter-started':
      return both(
        'started',
        'start',
        `the ${c.tool}${c.key ? ` ${c.key}` : ''} counter at ${c.to} (was ${c.from}): the next ID handed out is ${c.next}`,
      );
    case 'renumbered':
      return both(
        'renumbered',
        'renumber',
        `${c.task}'s ${TOOL_LABEL[c.tool]} ${c.from} → ${c.to} (${c.keptBy} holds ${c.from}: it was created first)`,
      );
    case 'frontmatter-aligned':
      return both('updated', 'update', 'external_ids to match the mapping file');
    case 'duplicate-key-settled': {
      const at = (line?: number) => (line === undefined ? '' : ` (line ${line})`);
      const dropped = c.dropped.map((d) => `${d.value}${at(d.line)}`).join(', ');
      if (c.why === 'same')
        return both(
          'removed',
          'remove',
          `the repeat of ${c.key}${at(c.dropped[0]?.line)}, which held the same value`,
        );
      // A mapping's dropped number stays retired; a counter's lower value is simply not used.
      if (c.why === 'highest')
        return both(
          'kept',
          'keep',
          `${c.key} = ${c.kept}${at(c.keptLine)}, the ${c.dropped.length > 1 ? 'highest' : 'higher'} value (a counter never goes backwards); the file also had ${dropped}`,
        );
      return both(
        'kept',
        'keep',
        `${c.key} = ${c.kept}${at(c.keptLine)}, which the task's frontmatter agrees with; the file also had ${dropped}, which stays retired`,
      );
    }
    case 'link-settled': {
      const label = TOOL_LABEL[c.tool];
      const noun = c.tool === 'github' ? 'number' : 'key';
      const item = (k?: string) => (k === undefined ? 'a broken link' : itemText(c.tool, k));
      const others = list(c.dropped.map((d) => `${item(d.key)} (line ${d.line})`));
      if (c.kept)
        return both(
          'kept',
          'keep',
          c.mapped
            ? `${c.task}'s link to ${label} ${item(c.kept.key)} (line ${c.kept.line}), which the mapping file agrees with, and not the one to ${others}`
            : `${c.task}'s link to ${label} ${item(c.kept.key)} (line ${c.kept.line}), which its ${c.dropped.length > 1 ? 'copies on lines' : 'copy on line'} ${list(c.dropped.map((d) => String(d.line)))} ${c.dropped.length > 1 ? 'name' : 'names'} too; the mapping file has no ${label} ${noun} for it, and the next \`extids sync\` records this one`,
        );
      return both(
        'dropped',
        'drop',
        c.mapped
          ? `${c.task}'s ${label} links to ${others}: the mapping file agrees with none; the next \`extids sync\` links it again from the mapping's ${noun}`
          : `${c.task}'s ${label} links to ${others}: they disagree, and the mapping file has no ${label} ${noun} for it; the next \`extids sync\` links it again from the task's ${noun}, \`extids sync --rebuild-links\` from the markers`,
      );
    }
    case 'links-restarted':
      return both(
        'started',
        'start',
        "it empty, as its content could not be read; the next `extids sync` links each task again from the mapping's numbers",
      );
    case 'canonical-rewrite':
      return both('rewrote', 'rewrite', 'it in the canonical layout (data unchanged)');
    case 'migrated':
      return [`migrated: ${c.steps.join('; ')}`, `migrate: ${c.steps.join('; ')}`];
    case 'counters-rebuilt':
      return both(
        'rebuilt',
        'rebuild',
        `it from ${c.fromSurvivors ? 'the surviving counters and ' : ''}the highest numbers in use`,
      );
    case 'counters-created':
      return both('created', 'create', 'it from the highest numbers in use');
    case 'config-created':
      return both(
        'wrote',
        'write',
        c.tools.length
          ? `a starter config tracking ${list(c.tools)}`
          : 'a starter config: add your tools under "tools", e.g. {"jira": {"key": "PROJ"}, "github": {}}',
      );
    case 'config-tools-set':
      return both(
        'set',
        'set',
        `tools to ${list(c.tools)} (was ${c.before.length ? list(c.before) : 'none'})`,
      );
    case 'lines-added':
      return c.purpose === 'ignore'
        ? both('added', 'add', c.lines.join(' '))
        : both('registered', 'register', 'the extids merge driver for the state files');
    case 'git-config-set':
      return both('set', 'set', `${c.key} = ${c.value}`);
    case 'hook-installed':
      return c.how === 'created'
        ? both('created', 'create', `the ${c.file.split('/').pop()} hook`)
        : c.how === 'updated'
          ? both('updated', 'update', "the extids hook to this version's script")
          : both('added', 'add', 'the extids hook');
    case 'prepare-script':
      return c.how === 'added'
        ? both('added', 'add', `"prepare": "${c.wanted}" ${EVERY_CLONE}`)
        : c.how === 'updated'
          ? both('set', 'set', `"prepare": "${c.wanted}" (was "${c.current}") ${EVERY_CLONE}`)
          : both(
              'left',
              'leave',
              `"prepare": "${c.current}" alone (init extends only plain && chains); make it also run \`${c.wanted}\` ${EVERY_CLONE}`,
            );
  }
}

/** What to do after `init`, numbered, one step a line (with its command). */
export function nextLines(n: NextSteps, st: Style): string[] {
  const steps: string[] = [];
  const some = (xs: string[], max = 3) =>
    xs.slice(0, max).join(', ') + (xs.length > max ? ` and ${xs.length - max} more` : '');
  if (n.damaged)
    steps.push(
      `validate found errors (above) in what would be committed: ${st.bold('npx extids repair --dry-run')} to see the fix, then ${st.bold('npx extids repair')}, and ${st.bold('npx extids validate')} until it is clean`,
    );
  if (n.noTools)
    steps.push(
      `name the trackers you use: ${st.bold('npx extids init --tools jira:PROJ,github')} (keys are yours)`,
    );
  if (n.counterMode.length) {
    const keyed = n.unstarted.find((t) => t.includes(':')) ?? n.unstarted[0];
    steps.push(
      `${list(n.counterMode)} ${n.counterMode.length === 1 ? 'is' : 'are'} in counter mode: the IDs extids hands out are predictions of the tracker's numbers${keyed ? `, counted from 1. If the tracker already has items, start above them before assigning: ${st.bold(`npx extids init --start ${keyed}=58`)} (58: one more than the highest number the tracker used)` : ''}`,
    );
  }
  for (const t of n.canSync)
    steps.push(
      `${t} numbers issues and pull requests together, so a predicted number can name someone else's: put it in sync mode instead, "${t}": { "mode": "sync" } in .claude/extids.json, then ${st.bold('GITHUB_TOKEN=… npx extids sync --dry-run')} (README, "Sync mode")`,
    );
  if (n.notTasks.length)
    steps.push(
      `${plural(n.notTasks.length, 'file')} under the tasks directory ${n.notTasks.length === 1 ? 'is not a task' : 'are not tasks'} (${some(n.notTasks)}): to stop the warnings, set "exclude": ${JSON.stringify(n.exclude)} in .claude/extids.json`,
    );
  if (n.unassigned.length)
    steps.push(
      `${plural(n.unassigned.length, 'task')} ${n.unassigned.length === 1 ? 'has' : 'have'} no external IDs yet: ${st.bold('npx extids assign --all --dry-run')} to see them, then ${st.bold('npx extids assign --all')}`,
    );
  if (n.pending.length)
    steps.push(
      `${plural(n.pending.length, 'task')} wait${n.pending.length === 1 ? 's' : ''} for a tracker item: ${st.bold('npx extids sync --dry-run')}`,
    );
  if (n.commit.length)
    steps.push(
      `${n.damaged ? 'once validate is clean, ' : ''}commit the set-up, so every clone gets it with npm ci: ${st.bold(`git add ${n.commit.join(' ')} && git commit -m "Set up extids"`)}; from then on the pre-commit hook gives every new task its IDs`,
    );
  return ['Next:', ...steps.map((s, i) => `  ${i + 1}. ${s}`)];
}

/** One line per change: `file: sentence`. */
export const changeLines = (r: Report): string[] =>
  r.changes.map(
    (c) => `${c.file ? `${shownPath(c.file)}: ` : ''}${escapeControl(describeChange(c, r.dryRun))}`,
  );

/** The report as the JSON contract has it: each change also carries its sentence as `action`. */
export const jsonReport = <R extends Report>(r: R) => ({
  ...r,
  changes: r.changes.map((c) => ({ ...c, action: describeChange(c, r.dryRun) })),
});

/** The README's tables of codes, generated from the core's records (`npm run docs`). */
export function codeTables(): { findings: string; errors: string } {
  const table = (codes: Record<string, string>) =>
    ['| code | meaning |', '| --- | --- |']
      .concat(Object.entries(codes).map(([code, meaning]) => `| \`${code}\` | ${meaning} |`))
      .join('\n');
  return { findings: table(FINDING_CODES), errors: table(ERROR_CODES) };
}
