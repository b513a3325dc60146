import { createRequire as __extidsRequire } from 'node:module';
const require = __extidsRequire(import.meta.url);
import {
  CONFIG_FILE,
  COUNTERS_FILE,
  DEFAULT_STATE_DIR,
  DEFAULT_TASKS_DIR,
  Git,
  MAPPING_FILE,
  idGuesses,
  idLineRegex
} from "./chunk-YLMY6KHY.js";

// lib/hook/pre-commit.js
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
function quickPaths(root) {
  let stateDir = DEFAULT_STATE_DIR;
  let tasksDir = DEFAULT_TASKS_DIR;
  try {
    const c = JSON.parse(readFileSync(resolve(root, CONFIG_FILE), "utf8"));
    if (typeof c.stateDir === "string")
      stateDir = c.stateDir;
    if (typeof c.tasksDir === "string")
      tasksDir = c.tasksDir;
  } catch {
  }
  const norm = (p) => p.replace(/\\/g, "/").replace(/^\.\//, "").replace(/\/+$/, "");
  return { root, stateDir: norm(stateDir), tasksDir: norm(tasksDir) };
}
function stagedRelevant(paths, git, since) {
  const tasks = [];
  const state = [];
  const added = /* @__PURE__ */ new Set();
  const taskPrefix = paths.tasksDir + "/";
  const statePrefix = paths.stateDir + "/";
  const changed = since ? new Map(git.changedSince(since).map((p) => [p, "M"])) : git.stagedPaths();
  for (const [p, status] of changed) {
    if (p.startsWith(taskPrefix) && p.endsWith(".md")) {
      tasks.push(p);
      if (status === "A")
        added.add(p);
    } else if (p.startsWith(statePrefix) && (p === statePrefix + MAPPING_FILE || p === statePrefix + COUNTERS_FILE))
      state.push(p);
  }
  return { tasks, state, added };
}
async function hookMain(io) {
  const [, name, ...rest] = io.argv;
  if (name === "--help" || name === "-h" || name === void 0) {
    io.stdout.write("Usage: extids hook pre-commit|post-merge [--root DIR]\n\npre-commit (what .husky/pre-commit runs) gives staged new tasks their external IDs and\nrefuses staged state files that are broken. post-merge finishes a merge of the ID ledger\n(renumbered tasks' frontmatter, counters) in the merge commit.\nEXTIDS_SKIP=1 (or --no-verify) skips them.\n");
    return name === void 0 ? 2 : 0;
  }
  if (name !== "pre-commit" && name !== "post-merge") {
    io.stderr.write(`extids: unknown hook "${name}" (pre-commit or post-merge)
`);
    return 2;
  }
  if (io.env.EXTIDS_SKIP === "1")
    return 0;
  const rootArg = rest.indexOf("--root");
  const root = rootArg !== -1 && rest[rootArg + 1] ? resolve(io.cwd, rest[rootArg + 1]) : io.cwd;
  const git = new Git(root);
  let staged;
  const paths = quickPaths(root);
  try {
    if (name === "post-merge" && !git.verify("HEAD^2"))
      return 0;
    staged = stagedRelevant(paths, git, name === "post-merge" ? "HEAD^1" : void 0);
  } catch (err) {
    io.stderr.write(`extids: cannot read what is staged in ${root}: ${err.message.split("\n")[0]}
`);
    return 2;
  }
  if (staged.tasks.length === 0 && staged.state.length === 0)
    return 0;
  if (name === "post-merge") {
    const { finishMerge } = await import("./merge-commit-W7PFUA6G.js");
    return finishMerge(io, paths, git);
  }
  const early = prefetch(paths, staged, git);
  const { runStaged } = await import("./staged-DV4PLTVJ.js");
  return runStaged(io, paths, staged, git, early);
}
function prefetch(paths, staged, git) {
  const mapping = `${paths.stateDir}/${MAPPING_FILE}`;
  const counters = `${paths.stateDir}/${COUNTERS_FILE}`;
  const ids = /* @__PURE__ */ new Set();
  for (const file of staged.added) {
    try {
      for (const id of idGuesses(readFileSync(resolve(paths.root, file), "utf8")))
        ids.add(id);
    } catch {
    }
  }
  const early = {
    index: git.showAllLater("index", [mapping, counters, ...staged.tasks]),
    copies: {
      ids,
      files: ids.size ? git.grepFilesLater("worktree", [...ids].map(idLineRegex), paths.tasksDir) : Promise.resolve([])
    }
  };
  early.index.catch(() => {
  });
  return early;
}
export {
  hookMain,
  quickPaths,
  stagedRelevant
};
