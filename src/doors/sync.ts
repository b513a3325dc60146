/** What the CLI and the action share to run sync: the trackers, from the registry and the environment. */
import {
  ExtidsError,
  Git,
  isSyncMode,
  parseRemote,
  serverOfApi,
  sync,
  SyncFailed,
  syncTarget,
  itemNoun,
  TOOL_LABEL,
  TOOLS,
  TRACKERS,
  type RemoteRepo,
  type Settings,
  type Synced,
  type SyncOptions,
  type SyncReport,
  type Tool,
  type Tracker,
} from '../core/index.js';
import { msFromEnv } from './env.js';
import type { Style } from './render.js';

/**
 * The repository the tasks live in (config `github.repo`, else GITHUB_REPOSITORY, else the origin
 * remote's URL, see parseRemote) and where task links point: on a runner the server the run is on
 * (GITHUB_SERVER_URL), with GitHub in sync mode the server of its API, else the origin's host when
 * its web layout is known; elsewhere items name the task file without a link.
 */
export function repoOf(s: Settings, env: NodeJS.ProcessEnv, git: Git): RemoteRepo {
  const origin = parseRemote(git.configGet('remote.origin.url'));
  const repo = s.tools.github?.repo ?? (env.GITHUB_REPOSITORY?.trim() || origin?.repo);
  if (!repo)
    throw new ExtidsError(
      'SYNC_REFUSED',
      'which repository? the origin remote names none: set GITHUB_REPOSITORY, or "tools": {"github": {"repo": "owner/name"}}',
    );
  const api = env.GITHUB_API_URL?.trim();
  const server =
    env.GITHUB_SERVER_URL?.trim() ||
    (isSyncMode(s.tools, 'github') ? serverOfApi(api || 'https://api.github.com') : '');
  // GitHub's paths ignore case: lower case, as parseRemote gives them, so links never alternate.
  if (server)
    return {
      repo,
      web: { host: 'github', base: `${server.replace(/\/+$/, '')}/${repo.toLowerCase()}` },
    };
  return { repo, web: origin?.repo.toLowerCase() === repo.toLowerCase() ? origin.web : undefined };
}

/**
 * The tracker of each tool to sync (`tools`, else every tool in sync mode), built by its row in
 * the registry from the variables that row names.
 */
export function trackersFromEnv(
  s: Settings,
  env: NodeJS.ProcessEnv,
  repo: string,
  tools: Tool[] | undefined,
  signal?: AbortSignal,
): { trackers: Partial<Record<Tool, Tracker>>; refused: Partial<Record<Tool, ExtidsError>> } {
  const out: Partial<Record<Tool, Tracker>> = {};
  const refused: Partial<Record<Tool, ExtidsError>> = {};
  for (const tool of tools ?? TOOLS.filter((t) => isSyncMode(s.tools, t))) {
    const row = TRACKERS[tool];
    if (!row || !isSyncMode(s.tools, tool)) continue; // the engine says what is wrong
    const vars = Object.fromEntries(
      Object.keys(row.variables).map((v) => [v, env[v]?.trim() || undefined]),
    );
    try {
      out[tool] = build(row, s, vars, repo, env, signal);
    } catch (err) {
      // A tracker that cannot be built (a variable unset) is its own failure: the others sync.
      if (!(err instanceof ExtidsError)) throw err;
      refused[tool] = err;
    }
  }
  return { trackers: out, refused };
}

function build(
  row: NonNullable<(typeof TRACKERS)[Tool]>,
  s: Settings,
  vars: Record<string, string | undefined>,
  repo: string,
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
): Tracker {
  return row.build({
    settings: s,
    vars,
    repo,
    effects: {
      fetch: globalThis.fetch,
      now: () => new Date(),
      timeoutMs: msFromEnv(env, 'EXTIDS_HTTP_TIMEOUT_MS'),
      signal,
    },
  });
}

/**
 * The trackers that could not be built (a variable unset) as one error naming each, and how to
 * sync the others meanwhile; undefined when every one was built.
 */
function refusedError(
  refused: Partial<Record<Tool, ExtidsError>>,
  built: Tool[],
): ExtidsError | undefined {
  const errs = Object.values(refused);
  if (errs.length === 0) return undefined;
  const others = built.length
    ? ` (the others went on; \`--tools ${built.join(',')}\` syncs only them)`
    : '';
  return new ExtidsError('SYNC_REFUSED', `${errs.map((e) => e.message).join('; ')}${others}`);
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
  o: Omit<
    SyncOptions,
    'trackers' | 'repo' | 'web' | 'git' | 'remote' | 'remoteBranch' | 'signal'
  > & {
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
    const { repo, web } = repoOf(s, env, git);
    const { trackers, refused } = trackersFromEnv(s, env, repo, o.tools, stop.signal);
    const built = Object.keys(trackers) as Tool[];
    const refusal = refusedError(refused, built);
    if (refusal && built.length === 0) throw refusal;
    const target = o.dryRun
      ? (git.upstream() ?? { remote: 'origin', remoteBranch: 'main', branch: undefined })
      : syncTarget(git, { followUpstream: o.followUpstream });
    if ('note' in target && target.note) o.onStep?.(target.note);
    const { followUpstream: _, ...options } = o;
    const run = sync(s, {
      ...options,
      // A tracker that could not be built is left out; its refusal ends the run after the others.
      ...(refusal && { tools: built }),
      trackers,
      repo,
      web,
      git,
      remote: target.remote,
      remoteBranch: target.remoteBranch,
      branch: target.branch,
      signal: stop.signal,
      // EXTIDS_SYNC_LEASE_MS: how long a run's intents hold without renewal (tests shorten it).
      leaseMs: o.leaseMs ?? msFromEnv(env, 'EXTIDS_SYNC_LEASE_MS'),
      maxWaitMs: o.maxWaitMs ?? msFromEnv(env, 'EXTIDS_RATE_LIMIT_MAX_WAIT_MS'),
    });
    if (!refusal) return await run;
    let report: SyncReport;
    try {
      report = await run;
    } catch (err) {
      if (!(err instanceof SyncFailed)) throw err;
      const both = new ExtidsError(err.code, `${refusal.message}; ${err.message}`, {
        ...err.details,
        findings: [], // the report's own are added again
      });
      throw new SyncFailed(both, err.report);
    }
    throw new SyncFailed(refusal, report);
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

/** How a key reads in a line: GitHub `#12`, the other trackers their own key. */
const keyText = (tool: Tool, key: string | undefined) => (tool === 'github' ? `#${key}` : `${key}`);

/** An item a person moved (a new key, the same item): what sync recorded for it. */
const movedNote = (d: Synced): string =>
  d.was === undefined
    ? ''
    : ` (${keyText(d.tool, d.was)} is now ${keyText(d.tool, d.key)}: moved in ${TOOL_LABEL[d.tool]}; the mapping, the task and the links now name ${keyText(d.tool, d.key)})`;

/**
 * The plan and what was done, one line each. `failed`: the run ended in an error after this, so
 * an empty plan is no "nothing to sync".
 */
export function syncLines(r: SyncReport, st: Style, failed = false): string[] {
  // With several trackers in one run, each key says whose it is: "Jira PROJ-58", "GitHub #4".
  const tools = new Set([...r.plan, ...r.synced].map((x) => x.tool));
  const named = (tool: Tool, key: string | undefined) =>
    tools.size > 1 ? `${TOOL_LABEL[tool]} ${keyText(tool, key)}` : keyText(tool, key);
  const done = new Map(r.synced.map((x) => [`${x.tool}:${x.task}`, x]));
  const planned = new Set(r.plan.map((p) => `${p.tool}:${p.task}`));
  const lines: string[] = [];
  for (const p of r.plan) {
    const d = done.get(`${p.tool}:${p.task}`);
    const what =
      p.action === 'create' ? `create ${itemNoun(p.tool)}` : `${p.action} ${named(p.tool, p.key)}`;
    // Counter-to-sync migration: each replaced key is said, before (--dry-run) and after.
    const predicted =
      p.recreates && p.replaces === undefined
        ? ` (its ${TOOL_LABEL[p.tool]} item is still there: linked, not made again)`
        : p.replaces === undefined
          ? ''
          : p.recreates
            ? r.dryRun
              ? ` (${keyText(p.tool, p.replaces)}'s item is gone, will be replaced)`
              : `, replacing ${keyText(p.tool, p.replaces)}, whose item was gone`
            : r.dryRun
              ? ` (${keyText(p.tool, p.replaces)} is predicted, will be replaced)`
              : d?.key === p.replaces
                ? ` (the key counter mode predicted, now the ${TOOL_LABEL[p.tool]} item's own)`
                : `, replacing the predicted ${keyText(p.tool, p.replaces)}`;
    if (r.dryRun && p.action === 'held')
      lines.push(`${p.file}: would leave ${p.task} to another run (${p.why})`);
    else if (r.dryRun && p.action === 'conflict')
      lines.push(
        `${p.file}: would leave ${keyText(p.tool, p.key)} as it is for ${p.task} (${p.why})`,
      );
    else if (r.dryRun)
      lines.push(`${p.file}: would ${what} for ${p.task}${predicted}${p.why ? ` (${p.why})` : ''}`);
    else if (d && d.action in DONE)
      lines.push(
        `${p.file}: ${DONE[d.action as keyof typeof DONE]} ${st.bold(named(d.tool, d.key))} for ${p.task}${predicted}${movedNote(d)}`,
      );
  }
  for (const d of r.synced)
    if (!planned.has(`${d.tool}:${d.task}`))
      lines.push(`linked ${st.bold(named(d.tool, d.key))} to ${d.task}`);
  if (!r.dryRun) lines.push(st.dim(`${r.requests} tracker request(s)`));
  if (r.plan.length === 0 && r.synced.length === 0 && !failed)
    lines.push('nothing to sync: every task in sync mode has its item, up to date');
  return lines;
}
