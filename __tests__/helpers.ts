/** Shared test helpers: temp folders on the real disk, real git repositories, the built CLI as a process. */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'dist', 'cli', 'extids.js');
export const FIXTURES = join(ROOT, '__tests__', 'fixtures');
/** The Node the bundled action runs on: CI points this at Node 24, as action.yml names (scripts/node24.sh). */
export const ACTION_NODE = process.env.EXTIDS_ACTION_NODE || process.execPath;

const made: string[] = [];
export function tempDir(prefix = 'extids-'): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}
export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function write(root: string, rel: string, text: string | Uint8Array): string {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, text);
  return p;
}
export const read = (root: string, rel: string): string => readFileSync(join(root, rel), 'utf8');
export const readJson = (root: string, rel: string): any => JSON.parse(read(root, rel));

export const MAPPING = '.claude/state/external_id_mapping.json';
export const COUNTERS = '.claude/state/external_id_counters.json';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  // A home of the run's own (__tests__/setup/tmp-setup.mjs), so nothing reads a person's config.
  HOME: process.env.EXTIDS_TEST_HOME ?? tmpdir(),
};
export const testEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(env))
    if (k.startsWith('GITHUB_') || k.startsWith('INPUT_') || k === 'NODE_OPTIONS') delete env[k];
  delete env.CI;
  delete env.HUSKY; // .ci/run turns hooks off for itself; the hook tests need them on
  return { ...env, ...GIT_ENV, ...extra };
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: testEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** git in `cwd` as a process, never throwing: the exit code and both streams. */
export function gitRun(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', env: testEnv(env) });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface RepoOptions {
  /** Task files by path, e.g. `{ 'tasks/a.md': task('TASK-1A2B') }` (see `tasksFor`). */
  tasks?: Record<string, string>;
  /** The config file's text; null for none. Default: CONFIG (Jira PROJ and GitHub). */
  config?: string | null;
  /**
   * 'git' (default): a repository; 'installed': with extids in node_modules/.bin; 'none': a plain
   * folder (the CLI accepts one only with --root: outside git it will not guess the root).
   */
  kind?: 'git' | 'installed' | 'none';
}

/** The one repository builder every suite uses. */
export function repo(o: RepoOptions = {}): string {
  const root =
    o.kind === 'none'
      ? tempDir('extids-dir-')
      : o.kind === 'installed'
        ? installedRepo()
        : gitRepo();
  const config = o.config === undefined ? CONFIG : o.config;
  if (config !== null) write(root, '.claude/extids.json', config);
  for (const [rel, text] of Object.entries(o.tasks ?? {})) write(root, rel, text);
  return root;
}

/** One task file per ID under `dir`, named by the ID. */
export const tasksFor = (ids: string[], dir = 'tasks/backlog'): Record<string, string> =>
  Object.fromEntries(ids.map((id) => [`${dir}/${id}.md`, task(id)]));

export function gitRepo(): string {
  const d = tempDir('extids-repo-');
  git(d, 'init', '-q', '-b', 'main');
  return d;
}

/** A git repository with extids "installed" in node_modules/.bin, as npm would link it. */
export function installedRepo(): string {
  const root = gitRepo();
  mkdirSync(join(root, 'node_modules/.bin'), { recursive: true });
  symlinkSync(BIN, join(root, 'node_modules/.bin/extids'));
  write(root, '.gitignore', 'node_modules/\n');
  return root;
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function cli(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: testEnv(env),
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/**
 * The CLI door in-process: `main(io)` from the sources, with the output captured. Fast, and it
 * tests the code being edited; the built binary keeps one smoke test per suite that needs it.
 */
export async function extids(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Run> {
  const { main } = await import('../src/cli/main.js');
  let stdout = '';
  let stderr = '';
  const code = await main({
    argv: args,
    cwd,
    env: testEnv(env),
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

export function cliAsync(
  cwd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Run> {
  return new Promise((res) => {
    const p = spawn(process.execPath, [BIN, ...args], { cwd, env: testEnv(env) });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => res({ code: code ?? -1, stdout, stderr }));
  });
}

/** A task file in the real layout. */
export function task(id: string, extra = '', body = '\n# Task\n\nSomething to do.\n'): string {
  return `---\nid: ${id}\ntitle: "Do ${id}"\nstatus: backlog\ncreated: 2026-01-02T03:04:05Z\n${extra}---\n${body}`;
}

export const CONFIG = JSON.stringify({ tools: { jira: { key: 'PROJ' }, github: {} } });

/**
 * The environment GitHub gives an action: INPUT_* variables, command files, workspace, event.
 * `extra`: EVENT (the payload's text), EVENT_NAME, REF (GITHUB_REF), SHA (GITHUB_SHA), API.
 */
export function actionEnv(
  workspace: string,
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
) {
  const t = tempDir('extids-gh-');
  const files = {
    GITHUB_OUTPUT: join(t, 'out'),
    GITHUB_STEP_SUMMARY: join(t, 'summary'),
    GITHUB_EVENT_PATH: join(t, 'event.json'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  writeFileSync(files.GITHUB_EVENT_PATH, extra.EVENT ?? '{}');
  const env: Record<string, string> = {
    ...files,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: t,
    GITHUB_REPOSITORY: 'acme/tasks',
    GITHUB_EVENT_NAME: extra.EVENT_NAME ?? 'push',
    GITHUB_REF: extra.REF ?? 'refs/heads/main',
    ...(extra.SHA ? { GITHUB_SHA: extra.SHA } : {}),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    ...(extra.API ? { GITHUB_API_URL: extra.API } : {}),
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
  return { env: testEnv(env), files };
}

/** The bundled action (dist/index.js) as a process, as a runner starts it. */
export function runBundledAction(
  workspace: string,
  inputs: Record<string, string>,
  extra: Record<string, string> = {},
) {
  const { env, files } = actionEnv(workspace, inputs, extra);
  const r = spawnSync(ACTION_NODE, [join(ROOT, 'dist', 'index.js')], {
    cwd: workspace,
    encoding: 'utf8',
    env,
  });
  const outputs: Record<string, string> = {};
  const raw = readFileSync(files.GITHUB_OUTPUT, 'utf8');
  for (const m of raw.matchAll(/^(\w+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1]!] = m[3]!;
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    outputs,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
  };
}

/**
 * One branch off main per entry, each adding `tasks/<branch>.md` for `id`, created and committed
 * on `day` (no `created:` line when `dated` is false, so the commit date decides its age). IDs
 * come from `assign --all`, or with `hook` from the installed pre-commit hook as the commit runs.
 */
export function taskBranches(
  root: string,
  branches: readonly (readonly [branch: string, id: string, day: string])[],
  o: { dated?: boolean; hook?: boolean } = {},
): void {
  for (const [branch, id, day] of branches) {
    git(root, 'checkout', '-qb', branch, 'main');
    const created = o.dated === false ? '' : `created: ${day}\n`;
    write(root, `tasks/${branch}.md`, task(id).replace('created: 2026-01-02T03:04:05Z\n', created));
    if (!o.hook && cli(root, ['assign', '--all']).code !== 0) throw new Error('assign failed');
    git(root, 'add', '-A');
    const when = `${day}T12:00:00Z`;
    const c = gitRun(root, ['commit', '-qm', branch, ...(o.hook ? [] : ['--no-verify'])], {
      GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_DATE: when,
    });
    if (c.code !== 0) throw new Error(`commit on ${branch} failed: ${c.stderr}`);
  }
}
