/**
 * The action's work, with everything it touches passed in: the core command for the report, then
 * outputs, annotations, the job summary and the pull-request comment, each within GitHub's limit
 * for it (limits.ts), then the commit (checkout.ts). What cannot be done (a push the token may not
 * make, a fork's branch) fails the step with one line; a comment the token may not write is a
 * warning, because the summary holds the same.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  assign,
  checkRoot,
  loadSettings,
  migrate,
  relPath,
  repair,
  SyncFailed,
  finding,
  validate,
  type Finding,
  type Report,
  type Settings,
  type Tool,
} from '../core/index.js';
import { describeChange, formatFinding, jsonReport, noStyle } from '../doors/render.js';
import { runSync, syncLines } from '../doors/sync.js';
import {
  commitAndPush,
  commitTarget,
  pullRequestAdds,
  StepFailure,
  type PullRequest,
} from './checkout.js';
import type { Inputs } from './inputs.js';
import {
  ANNOTATIONS_PER_STEP,
  codePoints,
  COMMENT_CHARS,
  fitJsonArray,
  fitLines,
  OUTPUTS_BYTES,
  SUMMARY_BYTES,
  utf16Bytes,
  utf8Bytes,
} from './limits.js';

export interface ActionCore {
  setOutput(name: string, value: unknown): void;
  setFailed(message: string): void;
  info(message: string): void;
  warning(message: string, props?: { file?: string; startLine?: number; title?: string }): void;
  error(message: string, props?: { file?: string; startLine?: number; title?: string }): void;
  notice(message: string, props?: { file?: string; startLine?: number; title?: string }): void;
  summary: {
    addRaw(text: string, eol?: boolean): ActionCore['summary'];
    write(): Promise<unknown>;
  };
}

export interface Octokit {
  rest: {
    issues: {
      listComments(p: {
        owner: string;
        repo: string;
        issue_number: number;
        per_page: number;
        page?: number;
      }): Promise<{ data: { id: number; body?: string | null }[] }>;
      createComment(p: {
        owner: string;
        repo: string;
        issue_number: number;
        body: string;
      }): Promise<unknown>;
      updateComment(p: {
        owner: string;
        repo: string;
        comment_id: number;
        body: string;
      }): Promise<unknown>;
    };
  };
}

/** What the action reads of @actions/github's context (the event's payload, the run's address). */
export interface Context {
  eventName: string;
  repo: { owner: string; repo: string };
  issue: { number: number };
  payload: { pull_request?: PullRequest };
  /** GITHUB_REF: `refs/heads/<branch>`, or `refs/pull/<n>/merge` on a pull request. */
  ref: string;
  serverUrl?: string;
  runId?: number;
}

export interface Deps {
  core: ActionCore;
  octokit?: Octokit;
  context: Context;
  workspace: string;
  tempDir: string;
}

const MARKER = '<!-- extids-report -->';

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Where everything is when a limit left something out: said in each place that left it out. */
const EVERYTHING =
  "every finding is in this step's log and in the JSON report file (the `report` output)";

/**
 * The report as markdown for the job summary or the comment: a heading, a table row per finding,
 * assignment and change, within `limit` units of `size`; rows past it are left out with one line
 * that says how many and `where` the rest is. `notes` (what other limits left out) go last.
 */
export function renderMarkdown(
  r: Report,
  limit: { max: number; size: (s: string) => number; unit: string; where: string },
  notes: string[] = [],
): string {
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  const head = `${MARKER}\n### extids ${r.command}: ${errors ? `❌ ${errors} error(s)` : '✅ no errors'}, ${warnings} warning(s) · ${r.stats.mappings} mappings, ${r.stats.tasks} tasks\n\n`;
  const rows: string[] = [];
  if (r.findings.length) {
    rows.push('| severity | code | where | message |', '| --- | --- | --- | --- |');
    for (const f of r.findings)
      rows.push(
        `| ${f.severity} | \`${f.code}\` | ${f.file ? `\`${f.file}${f.line ? `:${f.line}` : ''}\`` : ''} | ${escapeCell(f.message)} |`,
      );
  }
  if (r.assigned.length) {
    rows.push('', '| task | tool | external ID | file |', '| --- | --- | --- | --- |');
    for (const a of r.assigned)
      rows.push(`| ${a.task} | ${a.tool} | **${a.externalId}** | \`${a.file}\` |`);
  }
  if (r.changes.length) {
    rows.push('', '**Changes**', '');
    for (const c of r.changes)
      rows.push(`- ${c.file ? `\`${c.file}\`: ` : ''}${escapeCell(describeChange(c, r.dryRun))}`);
  }
  let tail = '';
  if (errors && r.findings.some((f) => f.code === 'DUPLICATE_EXTERNAL_ID'))
    tail +=
      '\nTwo tasks hold the same external ID, usually because two branches each allocated it. Run `npx extids repair` on this branch and commit the result: the task created first keeps the ID, the other is renumbered.\n';
  for (const n of notes) tail += `\n_${n}_\n`;
  return fitLines(
    head,
    rows.map((row) => row + '\n'),
    tail,
    limit.max,
    limit.size,
    (n) =>
      `\n_…and ${n} more line${n === 1 ? '' : 's'} left out (GitHub takes at most ${limit.unit}): ${limit.where}._\n`,
  ).text;
}

const SEVERITY_LEVEL = { error: 'error', warning: 'warning', info: 'notice' } as const;
type Level = (typeof SEVERITY_LEVEL)[keyof typeof SEVERITY_LEVEL];
type Props = { file?: string; startLine?: number; title?: string };

/**
 * The step's annotations, counted against GitHub's per-step limits (limits.ts). Room is kept for
 * what the action itself may say after the findings: the one error of `setFailed` and one warning.
 */
class Annotations {
  private used: Record<Level, number> = { error: 0, warning: 0, notice: 0 };
  static readonly RESERVED: Record<Level, number> = { error: 1, warning: 1, notice: 0 };
  constructor(private readonly core: ActionCore) {}

  /** An annotation while the step has room for its level; past that, a line in the log. */
  add(level: Level, message: string, props?: Props): void {
    if (this.used[level] >= ANNOTATIONS_PER_STEP[level]) {
      this.core.info(`${level}: ${message.replace(/[\r\n]+/g, ' ')}`);
      return;
    }
    this.used[level]++;
    this.core[level](message, props);
  }

  /**
   * Findings as annotations on file and line, each level up to its room; past it, the last
   * annotation of that level says how many were left out, and those findings go to the log.
   */
  findings(findings: Finding[], notes: string[]): void {
    for (const sev of ['error', 'warning', 'info'] as const) {
      const level = SEVERITY_LEVEL[sev];
      const list = findings.filter((f) => f.severity === sev);
      const room = ANNOTATIONS_PER_STEP[level] - Annotations.RESERVED[level];
      const shown = list.length <= room ? list : list.slice(0, room - 1);
      for (const f of shown)
        this.add(level, f.message, { file: f.file, startLine: f.line, title: f.code });
      if (shown.length === list.length) continue;
      const left = list.length - shown.length;
      const line = `${left} more ${sev} finding${left === 1 ? ' is' : 's are'} not annotated (GitHub shows ${ANNOTATIONS_PER_STEP[level]} ${level}s per step): ${EVERYTHING}`;
      this.add(level, line);
      notes.push(line);
      // One line each: a line of repository text must not start a workflow command (`::…`).
      for (const f of list.slice(shown.length))
        this.core.info(formatFinding(f, noStyle).replace(/[\r\n]+/g, ' '));
    }
  }
}

/**
 * The step's outputs, all together within OUTPUTS_BYTES as GitHub counts them (UTF-16): the
 * `assigned` and `findings` arrays keep their first entries that fit, and a note says how many.
 */
function setOutputs(core: ActionCore, r: Report, reportPath: string, notes: string[]): void {
  const small: Record<string, string> = {
    ok: String(r.ok),
    changed: String(r.changes.length > 0),
    report: reportPath,
  };
  let room = OUTPUTS_BYTES;
  for (const [name, value] of Object.entries(small)) {
    core.setOutput(name, value);
    room -= utf16Bytes(name + value);
  }
  const lists = [
    ['assigned', r.assigned, room / 2],
    ['findings', r.findings, undefined],
  ] as const;
  for (const [name, items, share] of lists) {
    const fit = fitJsonArray<unknown>(items, (share ?? room) - utf16Bytes(name), utf16Bytes);
    core.setOutput(name, fit.json);
    room -= utf16Bytes(name + fit.json);
    if (fit.kept < items.length) {
      const line = `the \`${name}\` output holds ${fit.kept} of ${items.length} entries (GitHub takes at most 1 MB of outputs per job); the JSON report file (the \`report\` output) has them all`;
      core.info(`extids: ${line}`);
      notes.push(line);
    }
  }
}

/** The bot identity, set in the environment, which wins over any configured or inherited one. */
const BOT_ENV = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};

/** The files a report says extids wrote: state files and task files, not the git-ignored copies. */
export const writtenFiles = (r: Report): string[] => [
  ...new Set(r.changes.filter((c) => c.kind !== 'original-kept').map((c) => c.file)),
];

async function runCommand(inputs: Inputs, d: Deps, s: Settings, root: string): Promise<Report> {
  if (inputs.command === 'sync')
    return runSync(
      s,
      {
        ...process.env,
        ...BOT_ENV,
        GITHUB_TOKEN: inputs.token || process.env.GITHUB_TOKEN,
        ...inputs.credentials, // jira-api-token → JIRA_API_TOKEN …: the variables the door reads
      },
      {
        maxCreates: inputs.maxCreates,
        tools: inputs.tools && (Object.keys(inputs.tools) as Tool[]),
        onStep: (line) => d.core.info(`extids: ${line}`),
        // A workspace holds nobody's edits: a push that landed while this job waited is synced.
        followUpstream: true,
      },
    ).then(
      (r) => {
        for (const line of syncLines(r, noStyle)) d.core.info(line); // the result, once
        return r;
      },
      (err: unknown) => {
        // What finished before the error (another tracker's items, the recording); `run` reports
        // the rest (outputs, annotations, summary) and fails the step with the error.
        if (err instanceof SyncFailed)
          for (const line of syncLines(err.report, noStyle, true)) d.core.info(line);
        throw err;
      },
    );
  const pr = d.context.payload.pull_request;
  const o = { introduced: pr ? pullRequestAdds(root, pr) : undefined };
  if (inputs.command === 'validate') return validate(s, o);
  if (inputs.command === 'migrate') return migrate(s, o);
  if (inputs.command === 'repair') return repair(s, o);
  return assign(s, { ...o, all: true });
}

/** One comment on the pull request, kept up to date, within GitHub's comment limit. */
async function comment(d: Deps, octokit: Octokit, r: Report, notes: string[]): Promise<void> {
  const { owner, repo } = d.context.repo;
  const issue_number = d.context.issue.number;
  const run =
    d.context.serverUrl && d.context.runId
      ? `${d.context.serverUrl}/${owner}/${repo}/actions/runs/${d.context.runId}`
      : undefined;
  const body = renderMarkdown(
    r,
    {
      max: COMMENT_CHARS,
      size: codePoints,
      unit: `${COMMENT_CHARS} characters in a comment`,
      where: `the job summary of ${run ? `[this run](${run})` : 'this run'} lists more, and ${EVERYTHING}`,
    },
    notes,
  );
  // Page through: on a long discussion the action's comment is not on the first page.
  let mine: { id: number } | undefined;
  for (let page = 1; page <= 50 && !mine; page++) {
    const { data } = await octokit.rest.issues.listComments({
      owner,
      repo,
      issue_number,
      per_page: 100,
      page,
    });
    mine = data.find((c) => c.body?.includes(MARKER));
    if (data.length < 100) break;
  }
  if (mine) await octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
  else await octokit.rest.issues.createComment({ owner, repo, issue_number, body });
}

export async function run(inputs: Inputs, d: Deps): Promise<Report> {
  const root = resolve(d.workspace, inputs.root);
  const s = loadSettings(root, {
    config: inputs.config || undefined,
    stateDir: inputs.stateDir || undefined,
    tasksDir: inputs.tasksDir || undefined,
    // For sync, `tools` picks which sync-mode tools to sync; the config says which those are.
    tools: inputs.command === 'sync' ? undefined : inputs.tools,
    rootGiven: true,
  });
  checkRoot(s, {
    hint: ': did the checkout step (actions/checkout) run before extids, and is `root` right?',
    rootInput: (top) => `set the action's \`root:\` input to ${relPath(d.workspace, top) || '.'}`,
  });
  // A sync that failed after it had done something still reports it: outputs, annotations and
  // the summary say what finished, and the step fails with the error.
  let failed: SyncFailed | undefined;
  const report = await runCommand(inputs, d, s, root).catch((err: unknown) => {
    if (!(err instanceof SyncFailed)) throw err;
    failed = err;
    // The failure is the report's error finding too: the summary's heading, the annotations
    // and the findings output count it, and the step's log says what it left.
    const left = finding('error', 'SYNC_LEFT', `sync stopped: ${err.message}`);
    return { ...err.report, ok: false, findings: [...err.report.findings, left] };
  });

  const notes: string[] = []; // what a limit left out, and where the rest is
  const reportPath = join(d.tempDir, `extids-report-${process.pid}.json`);
  const error = failed && { error: { code: failed.code, message: failed.message } };
  writeFileSync(reportPath, JSON.stringify({ ...jsonReport(report), ...error }, null, 2));
  setOutputs(d.core, report, reportPath, notes);
  const annotations = new Annotations(d.core);
  annotations.findings(report.findings, notes);
  const summary = renderMarkdown(
    report,
    { max: SUMMARY_BYTES, size: utf8Bytes, unit: '1 MiB of summary per step', where: EVERYTHING },
    notes,
  );
  await d.core.summary.addRaw(summary).write(); // no EOL added: the budget counted every byte

  const failures: string[] = [];
  const pr = d.context.payload.pull_request;
  // sync commits and pushes what it records itself (it must, before clearing its intents).
  if (inputs.commit && report.changes.length > 0 && inputs.command !== 'sync') {
    const target = commitTarget(d.context.ref, pr);
    if (target.kind === 'refused') failures.push(`not committing: ${target.why}`);
    else
      try {
        const message = `chore(extids): ${inputs.command} external IDs\n\n${report.changes.map((c) => `- ${c.file ? `${c.file}: ` : ''}${describeChange(c)}`).join('\n')}\n`;
        const line = commitAndPush(root, target, writtenFiles(report), message, {
          ...process.env,
          ...BOT_ENV,
        });
        d.core.info(`extids: ${line}`);
      } catch (err) {
        if (!(err instanceof StepFailure)) throw err;
        failures.push(err.message);
      }
  } else if (inputs.commit && report.changes.length === 0)
    d.core.info('extids: nothing to commit (no file changed)');
  if (inputs.comment && pr && d.octokit)
    try {
      await comment(d, d.octokit, report, notes);
    } catch (err) {
      annotations.add(
        'warning',
        `could not comment on the pull request (${(err as Error).message}); the token needs "pull-requests: write", which fork pull requests do not get`,
      );
    }
  const failing =
    inputs.failOn === 'never'
      ? false
      : inputs.failOn === 'warning'
        ? report.findings.some((f) => f.severity !== 'info')
        : !report.ok;
  if (failing)
    failures.unshift(
      `extids ${inputs.command}: ${report.findings.filter((f) => f.severity === 'error').length} error(s), ${report.findings.filter((f) => f.severity === 'warning').length} warning(s); see the job summary`,
    );
  // A run that failed fails the step whatever fail-on says, naming why first.
  if (failed) failures.unshift(`extids sync: ${failed.message}`);
  // One setFailed: it writes one error annotation, the one Annotations keeps room for.
  if (failures.length) d.core.setFailed(failures.join('; '));
  return report;
}
