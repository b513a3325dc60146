/**
 * The action's work, with everything it touches passed in: core ops for the report, then
 * annotations, outputs, the job summary, the PR comment and the push, each degrading to a
 * warning (never a crash) when the token may not do it.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  assign,
  Git,
  introducedSince,
  loadSettings,
  relPath,
  STATE_FILE,
  migrate,
  repair,
  validate,
  type Finding,
  type Report,
  type Tool,
} from '../core/index.js';
import { describeChange, jsonReport } from '../doors/render.js';
import type { Inputs } from './inputs.js';
import { runSync } from '../doors/sync.js';

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

export interface Context {
  eventName: string;
  repo: { owner: string; repo: string };
  issue: { number: number };
  payload: { pull_request?: { [key: string]: unknown; number: number } };
  ref: string;
}

export interface Deps {
  core: ActionCore;
  octokit?: Octokit;
  context: Context;
  workspace: string;
  tempDir: string;
}

const MARKER = '<!-- extids-report -->';
export const ANNOTATION_CAP = 10; // GitHub shows at most 10 errors and 10 warnings per step
const SUMMARY_LIMIT = 900 * 1024; // GitHub caps a step summary at 1 MiB

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function renderMarkdown(r: Report, limit = SUMMARY_LIMIT): string {
  const errors = r.findings.filter((f) => f.severity === 'error').length;
  const warnings = r.findings.filter((f) => f.severity === 'warning').length;
  const head = `${MARKER}\n### extids ${r.command}: ${errors ? `❌ ${errors} error(s)` : '✅ no errors'}, ${warnings} warning(s) · ${r.stats.mappings} mappings, ${r.stats.tasks} tasks\n\n`;
  let out = head;
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
  for (let i = 0; i < rows.length; i++) {
    if (out.length + rows[i]!.length + 200 > limit) {
      out += `\n_…and ${rows.length - i} more lines; the full report is in the \`report\` output file._\n`;
      break;
    }
    out += rows[i] + '\n';
  }
  if (errors && r.findings.some((f) => f.code === 'DUPLICATE_EXTERNAL_ID'))
    out +=
      '\nTwo tasks hold the same external ID, usually because two branches each allocated it. Run `npx extids repair` on this branch and commit the result: the task created first keeps the ID, the other is renumbered.\n';
  return out;
}

function annotate(core: ActionCore, findings: Finding[]): void {
  const count = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    if (count[f.severity]++ >= ANNOTATION_CAP) continue;
    const props = { file: f.file, startLine: f.line, title: f.code };
    if (f.severity === 'error') core.error(f.message, props);
    else if (f.severity === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }
  for (const sev of ['error', 'warning'] as const)
    if (count[sev] > ANNOTATION_CAP)
      core.info(`${count[sev] - ANNOTATION_CAP} more ${sev}s are listed in the job summary`);
}

/** The files a report says extids wrote: state files and task files, not the git-ignored copies. */
export const writtenFiles = (r: Report): string[] => [
  ...new Set(r.changes.filter((c) => c.kind !== 'original-kept').map((c) => c.file)),
];

/** The bot identity, set in the environment, which wins over any configured or inherited one. */
const BOT_ENV = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
};

async function commitAndPush(
  d: Deps,
  root: string,
  files: string[],
  message: string,
): Promise<string> {
  const git = new Git(root, { ...process.env, ...BOT_ENV });
  // Only what extids wrote: anything else in the workspace (build output, notes) stays out.
  const changed = new Set(git.dirtyPaths());
  const mine = files.filter((f) => changed.has(f));
  if (mine.length === 0) return 'nothing to commit';
  git.commitPaths(mine, message);
  const branch = d.context.ref.replace(/^refs\/heads\//, '');
  try {
    git.push('origin', `HEAD:refs/heads/${branch}`);
  } catch (err) {
    d.core.warning(
      `could not push the changes to ${branch} (${(err as Error).message}); the token needs "contents: write"`,
    );
    return 'push failed';
  }
  return `pushed ${mine.length} file${mine.length === 1 ? '' : 's'} to ${branch}`;
}

/**
 * On a pull request, the task files it adds (a move is not an add): a collision they create is
 * the pull request's doing (an error), where twins already on the base branch are a warning.
 */
function addedByPullRequest(d: Deps, root: string): ((file: string) => boolean) | undefined {
  const base = (d.context.payload.pull_request?.base as { sha?: string } | undefined)?.sha;
  if (!base) return undefined;
  const introduced = introducedSince(root, base);
  if (!introduced) {
    d.core.warning(
      `could not tell which files the pull request adds (base ${base.slice(0, 7)} is not in the checkout; use actions/checkout with fetch-depth: 0)`,
    );
    return undefined;
  }
  return introduced;
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
  const stateFiles = [STATE_FILE.mapping, STATE_FILE.counters].map((f) => join(s.stateDir, f));
  if (!existsSync(s.tasksDir) && !stateFiles.some((f) => existsSync(f)))
    throw new Error(
      `found neither a tasks directory (${relPath(d.workspace, s.tasksDir) || '.'}) nor state files (${relPath(d.workspace, s.stateDir)}) in ${root}: did the checkout step (actions/checkout) run before extids, and is \`root\` right?`,
    );
  const o = { introduced: addedByPullRequest(d, root) };
  const report =
    inputs.command === 'sync'
      ? await runSync(
          s,
          { ...process.env, ...BOT_ENV, GITHUB_TOKEN: inputs.token || process.env.GITHUB_TOKEN },
          {
            maxCreates: inputs.maxCreates,
            tools: inputs.tools && (Object.keys(inputs.tools) as Tool[]),
            onStep: (line) => d.core.info(`extids: ${line}`),
          },
        )
      : inputs.command === 'validate'
        ? await validate(s, o)
        : inputs.command === 'migrate'
          ? await migrate(s, o)
          : inputs.command === 'repair'
            ? await repair(s, o)
            : await assign(s, { ...o, all: true });

  annotate(d.core, report.findings);
  const reportPath = join(d.tempDir, `extids-report-${process.pid}.json`);
  writeFileSync(reportPath, JSON.stringify(jsonReport(report), null, 2));
  const changed = report.changes.length > 0;
  d.core.setOutput('ok', String(report.ok));
  d.core.setOutput('findings', JSON.stringify(report.findings));
  d.core.setOutput('assigned', JSON.stringify(report.assigned));
  d.core.setOutput('changed', String(changed));
  d.core.setOutput('report', reportPath);
  const markdown = renderMarkdown(report);
  await d.core.summary.addRaw(markdown, true).write();

  const pr = d.context.payload.pull_request;
  const repoOf = (side: unknown) =>
    (side as { repo?: { full_name?: string } } | undefined)?.repo?.full_name;
  const fork = !!pr && repoOf(pr.head) !== repoOf(pr.base);
  // sync commits and pushes what it records itself (it must, before clearing its intents).
  if (inputs.commit && changed && inputs.command !== 'sync') {
    if (d.context.eventName === 'pull_request' && fork)
      d.core.warning(
        'not committing: this is a pull request from a fork, whose token is read-only',
      );
    else
      d.core.info(
        `extids: ${await commitAndPush(d, root, writtenFiles(report), `chore(extids): ${inputs.command} external IDs\n\n${report.changes.map((c) => `- ${c.file ? `${c.file}: ` : ''}${describeChange(c)}`).join('\n')}`)}`,
      );
  }
  if (inputs.comment && pr && d.octokit) {
    try {
      const { owner, repo } = d.context.repo;
      const issue_number = d.context.issue.number;
      const { data } = await d.octokit.rest.issues.listComments({
        owner,
        repo,
        issue_number,
        per_page: 100,
      });
      const mine = data.find((c) => c.body?.includes(MARKER));
      const body = renderMarkdown(report, 60_000);
      if (mine)
        await d.octokit.rest.issues.updateComment({ owner, repo, comment_id: mine.id, body });
      else await d.octokit.rest.issues.createComment({ owner, repo, issue_number, body });
    } catch (err) {
      d.core.warning(
        `could not comment on the pull request (${(err as Error).message}); the token needs "pull-requests: write", which fork pull requests do not get`,
      );
    }
  }
  const failing =
    inputs.failOn === 'never'
      ? false
      : inputs.failOn === 'warning'
        ? report.findings.some((f) => f.severity !== 'info')
        : !report.ok;
  if (failing)
    d.core.setFailed(
      `extids ${inputs.command}: ${report.findings.filter((f) => f.severity === 'error').length} error(s), ${report.findings.filter((f) => f.severity === 'warning').length} warning(s); see the job summary`,
    );
  return report;
}
