/** What the CLI and the action share to run sync: the GitHub client from the environment. */
import {
  ExtidsError,
  Git,
  GitHub,
  sync,
  syncTarget,
  type Settings,
  type SyncOptions,
  type SyncReport,
} from '../core/index.js';
import { msFromEnv } from './env.js';
import type { Style } from './render.js';

/** owner/name from a remote URL (https, ssh or scp-like), if it is GitHub-shaped. */
export function repoOfRemote(url: string | undefined): string | undefined {
  const m = /[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url?.trim() ?? '');
  return m ? `${m[1]}/${m[2]}` : undefined;
}

/**
 * The client for the configured repository: config `repo`, else GITHUB_REPOSITORY, else the
 * origin remote. GITHUB_TOKEN is required; GITHUB_API_URL defaults to api.github.com, and
 * GITHUB_SERVER_URL (where task links point) to the API's server.
 */
export function githubFromEnv(
  s: Settings,
  env: NodeJS.ProcessEnv,
  git: Git,
  signal?: AbortSignal,
): GitHub {
  const token = env.GITHUB_TOKEN?.trim();
  if (!token)
    throw new ExtidsError(
      'SYNC_REFUSED',
      'GITHUB_TOKEN is not set: sync needs a token that may write issues (in a workflow: permissions: issues: write)',
    );
  const repo =
    s.tools.github?.repo ??
    env.GITHUB_REPOSITORY?.trim() ??
    repoOfRemote(git.configGet('remote.origin.url'));
  if (!repo)
    throw new ExtidsError(
      'SYNC_REFUSED',
      'which GitHub repository? set "tools": {"github": {"mode": "sync", "repo": "owner/name"}} or GITHUB_REPOSITORY',
    );
  return new GitHub({
    apiUrl: env.GITHUB_API_URL?.trim() || 'https://api.github.com',
    // The runner sets both on GitHub Enterprise; without it, the API URL's server.
    serverUrl: env.GITHUB_SERVER_URL?.trim() || undefined,
    token,
    repo,
    timeoutMs: msFromEnv(env, 'EXTIDS_HTTP_TIMEOUT_MS'),
    maxWaitMs: msFromEnv(env, 'EXTIDS_RATE_LIMIT_MAX_WAIT_MS'),
    signal,
  });
}

/**
 * Runs sync where the CLI and the action stand: the branch's upstream, the environment's token.
 * SIGINT or SIGTERM cancels the run: it records what it finished and releases the rest. A
 * cancelled Actions job sends SIGINT, then SIGTERM 7.5 s later, then kills the process 2.5 s after
 * that, so a different second signal lets the recording go on; the same signal twice (Ctrl-C,
 * Ctrl-C) ends the process at once.
 */
export async function runSync(
  s: Settings,
  env: NodeJS.ProcessEnv,
  o: Omit<SyncOptions, 'github' | 'git' | 'remote' | 'remoteBranch' | 'signal'> & {
    /** A CI workspace (the action): a checkout a newer push overtook syncs the upstream's tip. */
    followUpstream?: boolean;
  },
): Promise<SyncReport> {
  const stop = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.signal.reason === signal) process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
    if (!stop.signal.aborted) stop.abort(signal);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  try {
    const git = new Git(s.root, env);
    const github = githubFromEnv(s, env, git, stop.signal);
    const target = o.dryRun
      ? (git.upstream() ?? { remote: 'origin', remoteBranch: 'main', branch: undefined })
      : syncTarget(git, { followUpstream: o.followUpstream });
    if ('note' in target && target.note) o.onStep?.(target.note);
    const { followUpstream: _, ...options } = o;
    return await sync(s, {
      ...options,
      github,
      git,
      remote: target.remote,
      remoteBranch: target.remoteBranch,
      branch: target.branch,
      signal: stop.signal,
      // EXTIDS_SYNC_LEASE_MS: how long a run's intents hold without renewal (tests shorten it).
      leaseMs: o.leaseMs ?? msFromEnv(env, 'EXTIDS_SYNC_LEASE_MS'),
    });
  } finally {
    // A cancelled run keeps its handlers while it reports and exits: the runner's SIGTERM that
    // follows its SIGINT must not cut the report short.
    if (!stop.signal.aborted) {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
  }
}

const DONE = {
  adopt: 'adopted',
  create: 'created',
  link: 'linked',
  update: 'updated',
  close: 'closed',
  reopen: 'reopened',
} as const;

/** The plan and what was done, one line each. */
export function syncLines(r: SyncReport, st: Style): string[] {
  const done = new Map(r.synced.map((x) => [x.task, x]));
  const lines: string[] = [];
  for (const p of r.plan) {
    const d = done.get(p.task);
    const what = p.action === 'create' ? 'create an issue' : `${p.action} #${p.number}`;
    if (r.dryRun) lines.push(`${p.file}: would ${what} for ${p.task}`);
    else if (d) lines.push(`${p.file}: ${DONE[d.action]} ${st.bold(`#${d.number}`)} for ${p.task}`);
  }
  for (const d of r.synced)
    if (!r.plan.some((p) => p.task === d.task))
      lines.push(`linked ${st.bold(`#${d.number}`)} to ${d.task}`);
  if (!r.dryRun) lines.push(st.dim(`${r.requests} GitHub request(s)`));
  if (r.plan.length === 0 && r.synced.length === 0)
    lines.push('nothing to sync: every task in sync mode has its issue, up to date');
  return lines;
}
