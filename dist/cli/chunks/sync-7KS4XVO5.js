import { createRequire as __extidsRequire } from 'node:module';
const require = __extidsRequire(import.meta.url);
import {
  msFromEnv
} from "./chunk-VALC4E2J.js";
import {
  GitHub,
  sync,
  syncTarget
} from "./chunk-PH3TBUNZ.js";
import {
  ExtidsError,
  Git
} from "./chunk-YLMY6KHY.js";

// lib/doors/sync.js
function repoOfRemote(url) {
  const m = /[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url?.trim() ?? "");
  return m ? `${m[1]}/${m[2]}` : void 0;
}
function githubFromEnv(s, env, git) {
  const token = env.GITHUB_TOKEN?.trim();
  if (!token)
    throw new ExtidsError("SYNC_REFUSED", "GITHUB_TOKEN is not set: sync needs a token that may write issues (in a workflow: permissions: issues: write)");
  const repo = s.tools.github?.repo ?? env.GITHUB_REPOSITORY?.trim() ?? repoOfRemote(git.configGet("remote.origin.url"));
  if (!repo)
    throw new ExtidsError("SYNC_REFUSED", 'which GitHub repository? set "tools": {"github": {"mode": "sync", "repo": "owner/name"}} or GITHUB_REPOSITORY');
  return new GitHub({
    apiUrl: env.GITHUB_API_URL?.trim() || "https://api.github.com",
    token,
    repo,
    timeoutMs: msFromEnv(env, "EXTIDS_HTTP_TIMEOUT_MS"),
    maxWaitMs: msFromEnv(env, "EXTIDS_RATE_LIMIT_MAX_WAIT_MS")
  });
}
async function runSync(s, env, o) {
  const git = new Git(s.root, env);
  const github = githubFromEnv(s, env, git);
  const target = o.dryRun ? git.upstream() ?? { remote: "origin", remoteBranch: "main" } : syncTarget(git);
  return sync(s, {
    ...o,
    github,
    git,
    remote: target.remote,
    remoteBranch: target.remoteBranch,
    // EXTIDS_SYNC_LEASE_MS: how long a run's intents hold (tests shorten it).
    leaseMs: o.leaseMs ?? msFromEnv(env, "EXTIDS_SYNC_LEASE_MS")
  });
}
var DONE = {
  adopt: "adopted",
  create: "created",
  link: "linked",
  update: "updated",
  close: "closed",
  reopen: "reopened"
};
function syncLines(r, st) {
  const done = new Map(r.synced.map((x) => [x.task, x]));
  const lines = [];
  for (const p of r.plan) {
    const d = done.get(p.task);
    const what = p.action === "create" ? "create an issue" : `${p.action} #${p.number}`;
    if (r.dryRun)
      lines.push(`${p.file}: would ${what} for ${p.task}`);
    else if (d)
      lines.push(`${p.file}: ${DONE[d.action]} ${st.bold(`#${d.number}`)} for ${p.task}`);
  }
  for (const d of r.synced)
    if (!r.plan.some((p) => p.task === d.task))
      lines.push(`linked ${st.bold(`#${d.number}`)} to ${d.task}`);
  if (!r.dryRun)
    lines.push(st.dim(`${r.requests} GitHub request(s)`));
  if (r.plan.length === 0 && r.synced.length === 0)
    lines.push("nothing to sync: every task in sync mode has its issue, up to date");
  return lines;
}
export {
  githubFromEnv,
  repoOfRemote,
  runSync,
  syncLines
};
