"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// lib/hook/pre-commit.js
var pre_commit_exports = {};
__export(pre_commit_exports, {
  concluding: () => concluding,
  hookMain: () => hookMain,
  quickPaths: () => quickPaths,
  stagedRelevant: () => stagedRelevant
});
module.exports = __toCommonJS(pre_commit_exports);
var import_node_fs4 = require("node:fs");
var import_node_path4 = require("node:path");

// lib/core/git.js
var import_node_child_process = require("node:child_process");

// lib/core/findings.js
var ExtidsError = class extends Error {
  code;
  details;
  name = "ExtidsError";
  constructor(code, message, details = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
};

// lib/core/id-lines.js
function idGuesses(text) {
  const out = [];
  for (const m of text.matchAll(/^(?:id|task_id):[ \t]*["']?([^"'\s]+?)["']?[ \t]*\r?$/gm))
    out.push(m[1]);
  return out;
}

// lib/core/git.js
var MAX_BUFFER = 512 * 1024 * 1024;
var TIMEOUT_MS = 6e4;
var STAGED_DIFF = ["diff", "--cached", "--no-renames", "--diff-filter=ACM"];
var Git = class {
  cwd;
  env;
  /** `env` replaces the inherited environment (the action sets the bot identity this way). */
  constructor(cwd, env) {
    this.cwd = cwd;
    this.env = env;
  }
  /** Runs git and returns its stdout; throws GIT_FAILED with git's first stderr line. */
  run(args, input, env) {
    return this.bytes(args, input, env).toString("utf8");
  }
  /** `run`, answering git's stdout as bytes (`cat-file --batch` counts its sizes in bytes). */
  bytes(args, input, env) {
    try {
      return (0, import_node_child_process.execFileSync)("git", args, {
        ...this.options(env),
        input,
        stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"]
      });
    } catch (err) {
      throw gitFailed(args, err);
    }
  }
  options(env) {
    return { cwd: this.cwd, env: env ?? this.env, maxBuffer: MAX_BUFFER, timeout: TIMEOUT_MS };
  }
  /** `run` without waiting: git works in its own process while this one goes on. */
  runLater(args, input) {
    return new Promise((resolve2, reject) => {
      const child = (0, import_node_child_process.execFile)("git", args, { ...this.options(), encoding: "buffer" }, (err, stdout, stderr) => err ? reject(gitFailed(args, Object.assign(err, { stderr }))) : resolve2(stdout));
      child.stdin?.end(input);
    });
  }
  /** `run`, with a failure answered as undefined. */
  query(args) {
    try {
      return this.run(args);
    } catch {
      return void 0;
    }
  }
  /** The work tree's top level, or undefined outside a repository. */
  topLevel() {
    return this.query(["rev-parse", "--show-toplevel"])?.trim() || void 0;
  }
  /** Whether git's ignore rules (.gitignore, info/exclude, core.excludesFile) ignore `path`. */
  ignores(path) {
    return this.query(["check-ignore", "-q", "--no-index", path]) !== void 0;
  }
  isRepository() {
    return this.query(["rev-parse", "--git-dir"]) !== void 0;
  }
  /** Whether a ref (HEAD, MERGE_HEAD…) names a commit. */
  verify(ref) {
    return this.query(["rev-parse", "-q", "--verify", `${ref}^{commit}`]) !== void 0;
  }
  mergeBase(a, b) {
    return this.query(["merge-base", a, b])?.trim() || void 0;
  }
  /** A file's text in a commit (`rev` = HEAD, a sha…) or, with `rev` = 'index', as staged. */
  show(rev, path) {
    return this.query(["show", objectName(rev, path)]);
  }
  /**
   * Several files' texts from one commit (or the index) with one `git cat-file --batch`: each
   * path maps to its text, or to undefined when it is not there. One process instead of one per
   * file is what keeps the pre-commit hook near Node's own start-up time.
   */
  showAll(rev, paths) {
    const q = batchQuestion(rev, paths);
    const out = new Map(q.alone.map((p) => [p, this.show(rev, p)]));
    if (q.asked.length === 0)
      return out;
    const buf = this.bytes(CAT_FILE, q.input);
    return readBatch(buf, q.asked, out);
  }
  /**
   * `showAll` started now and answered later, so git reads while Node does something else (the
   * hook loads the core meanwhile). Paths with a newline are left out (ask `show` for them).
   */
  showAllLater(rev, paths) {
    const q = batchQuestion(rev, paths);
    return this.runLater(CAT_FILE, q.input).then((buf) => readBatch(buf, q.asked, /* @__PURE__ */ new Map()));
  }
  /**
   * Tracked files under `pathspec` with a line that declares one of `ids` (`id: X`, see
   * id-lines.ts): in a commit, in the index, or (`worktree`, much faster: no blobs to inflate) in
   * the work tree's copies. git searches for the ids as fixed strings, which is a third faster
   * than a regular expression over thousands of files; the lines it finds are then checked here.
   */
  idFiles(rev, ids, pathspec) {
    return idFilesAnswer(rev, ids, this.query(grepArgs(rev, ids, pathspec)) ?? "");
  }
  /** `idFiles` started now and answered later (a failure answers no files, as `idFiles`). */
  idFilesLater(rev, ids, pathspec) {
    return this.runLater(grepArgs(rev, ids, pathspec)).then((buf) => idFilesAnswer(rev, ids, buf.toString("utf8")), () => []);
  }
  /** For each path, the Unix time of the first commit (reachable from `rev`) that added it. */
  firstAdded(paths, rev = "HEAD") {
    const out = /* @__PURE__ */ new Map();
    if (paths.length === 0)
      return out;
    const log = this.query([
      "log",
      rev,
      "--diff-filter=A",
      "--format=%x00%ct",
      "--name-only",
      "--",
      ...paths
    ]);
    for (const chunk of log?.split("\0").slice(1) ?? []) {
      const [stamp, ...names] = chunk.split("\n").filter(Boolean);
      for (const n of names)
        out.set(n, Number(stamp));
    }
    return out;
  }
  /**
   * Paths a range adds, relative to `cwd` and under it, or undefined when git cannot tell:
   * `base...HEAD` (from where HEAD forked off `base`: needs their history) or, with `trees`,
   * `base HEAD` (the two trees compared: needs only the two commits).
   */
  addedSince(base, o = {}) {
    return this.query([
      "diff",
      "--name-only",
      "-z",
      "--relative",
      "--no-renames",
      "--diff-filter=A",
      ...o.trees ? [base, "HEAD"] : [`${base}...HEAD`]
    ])?.split("\0").filter(Boolean);
  }
  /**
   * A commit's parents as its object records them, which a shallow clone keeps even where it
   * cuts the history off (`HEAD^1` does not resolve there); [] when `rev` is not a commit here.
   */
  parents(rev) {
    const raw = this.query(["cat-file", "commit", rev]) ?? "";
    const head = raw.slice(0, raw.indexOf("\n\n"));
    return [...head.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]);
  }
  /** The full sha `rev` names, or undefined. */
  sha(rev) {
    return this.query(["rev-parse", "-q", "--verify", `${rev}^{commit}`])?.trim() || void 0;
  }
  /**
   * Fetches one commit by its sha, without its history (`--depth=1`), as actions/checkout does;
   * false when the remote would not give it. GitHub serves any commit of the repository by sha.
   */
  fetchCommit(remote, sha) {
    if (this.verify(sha))
      return true;
    return this.query(["fetch", "-q", "--no-tags", "--depth=1", remote, sha]) !== void 0;
  }
  /** The path of the work tree's top level relative to `cwd`'s: '' at the top, `sub/dir/` below. */
  prefix() {
    return this.run(["rev-parse", "--show-prefix"]).trim();
  }
  /** The blob id of `path` (from the top level) in commit `rev`, or undefined when it has none. */
  blob(rev, path) {
    const line = this.query(["ls-tree", "-z", "--full-tree", rev, "--", path])?.split("\0")[0];
    const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(line ?? "");
    return m ? { mode: m[1], id: m[2] } : void 0;
  }
  /** The blob id of `text` as committed (no filters), written to the store. */
  hashText(text) {
    return this.run(["hash-object", "-w", "--stdin"], text).trim();
  }
  /** The blob id the work-tree file `path` (relative to `cwd`) would have, written to the store. */
  hashFile(path) {
    return this.run(["hash-object", "-w", "--", path]).trim();
  }
  /**
   * A commit on top of `parent` whose tree is the parent's with `files` (paths from the top level)
   * set to the given blobs and modes; its sha. Built from objects alone (ls-tree, mktree,
   * commit-tree): the work tree, the index and HEAD of the checkout stay as they are. `env`
   * carries the commit's identity (default: this Git's environment).
   */
  commitOnto(parent, files, message, env) {
    const tree = this.treeWith(this.run(["rev-parse", `${parent}^{tree}`]).trim(), files);
    return this.run(["commit-tree", tree, "-p", parent, "-F", "-"], message, env).trim();
  }
  /** `tree` with each of `files` (paths relative to it) set; the new tree's sha. */
  treeWith(tree, files) {
    const entries = /* @__PURE__ */ new Map();
    for (const line of tree ? this.run(["ls-tree", "-z", tree]).split("\0") : []) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t([\s\S]+)$/.exec(line);
      if (m)
        entries.set(m[4], { mode: m[1], type: m[2], sha: m[3] });
    }
    const below = /* @__PURE__ */ new Map();
    for (const f of files) {
      const slash = f.path.indexOf("/");
      if (slash === -1)
        entries.set(f.path, { mode: f.mode, type: "blob", sha: f.id });
      else {
        const dir = f.path.slice(0, slash);
        if (!below.has(dir))
          below.set(dir, []);
        below.get(dir).push({ ...f, path: f.path.slice(slash + 1) });
      }
    }
    for (const [dir, inside] of below) {
      const was = entries.get(dir);
      const sha = this.treeWith(was?.type === "tree" ? was.sha : void 0, inside);
      entries.set(dir, { mode: "040000", type: "tree", sha });
    }
    const input = [...entries].map(([name, e]) => `${e.mode} ${e.type} ${e.sha}	${name}\0`);
    return this.run(["mktree", "-z"], input.join("")).trim();
  }
  /**
   * Paths a range of commits deletes (`base...HEAD`; with `trees`, `base HEAD`), from the top
   * level, or undefined when git cannot tell.
   */
  deletedSince(base, o = {}) {
    return this.query([
      "diff",
      "--name-only",
      "-z",
      "--no-renames",
      "--diff-filter=D",
      ...o.trees ? [base, "HEAD"] : [`${base}...HEAD`]
    ])?.split("\0").filter(Boolean);
  }
  /** Paths changed between `rev` and HEAD (added, copied or modified). */
  changedSince(rev) {
    return this.run(["diff", "--name-only", "-z", "--no-renames", "--diff-filter=ACM", rev, "HEAD"]).split("\0").filter(Boolean);
  }
  /**
   * Paths staged for commit, added, copied or modified (renames as add + delete), each with its
   * status letter (A, C or M), from one `git diff --cached`.
   */
  stagedPaths() {
    const fields = this.run([...STAGED_DIFF, "--name-status", "-z"]).split("\0");
    const out = /* @__PURE__ */ new Map();
    for (let i = 0; i + 1 < fields.length; i += 2)
      out.set(fields[i + 1], fields[i].charAt(0));
    return out;
  }
  /** Paths under `pathspec` that the staged commit deletes (a rename is a delete and an add). */
  stagedDeletions(pathspec) {
    return this.run([
      "diff",
      "--cached",
      "--name-only",
      "-z",
      "--no-renames",
      "--diff-filter=D",
      "--",
      pathspec
    ]).split("\0").filter(Boolean);
  }
  /** Which of `paths` have changes in the work tree that are not staged. */
  unstagedPaths(paths) {
    return this.run(["diff", "--name-only", "--", ...paths]).split("\n").filter(Boolean);
  }
  /** Paths git reports as changed or untracked in the work tree (porcelain status). */
  dirtyPaths() {
    return this.run(["status", "--porcelain", "-z", "--untracked-files=all"]).split("\0").filter(Boolean).map((l) => l.slice(3));
  }
  /** Which of `paths` differ from HEAD in the work tree or the index, untracked ones included. */
  changedPaths(paths) {
    if (paths.length === 0)
      return [];
    return this.run(["status", "--porcelain", "-z", "--untracked-files=all", "--", ...paths]).split("\0").filter((l) => l.length > 3).map((l) => l.slice(3));
  }
  /**
   * Stages the work-tree files `paths` (git's filters apply, as with `git add`). update-index, not
   * add: it touches only the entries named, where add also scans their directories and stats the
   * index on threads (a 5,000-task index: 6.5 → 4.4 ms a call).
   */
  add(paths) {
    if (paths.length)
      this.run(["update-index", "--add", "--", ...paths]);
  }
  /**
   * Copies the entries of `paths` from the index git runs with into the index file `other`
   * (whose own lock git holds: update-index writes it through `other`.lock and a rename).
   */
  copyEntries(paths, other, env) {
    const entries = this.run(["ls-files", "-s", "-z", "--", ...paths]);
    if (entries)
      this.run(["update-index", "-z", "--index-info"], entries, { ...env, GIT_INDEX_FILE: other });
  }
  /** Which of `paths` the index file `other` stages changes to, against HEAD (none without one). */
  stagedIn(other, paths, env) {
    if (!this.verify("HEAD"))
      return [];
    const e = { ...env, GIT_INDEX_FILE: other };
    return this.run(["diff", "--cached", "--name-only", "-z", "HEAD", "--", ...paths], void 0, e).split("\0").filter(Boolean);
  }
  /** Stages `text` as the index version of `path`, leaving the work-tree file alone. */
  stageText(path, text) {
    const blob = this.run(["hash-object", "-w", "--stdin", "--path", path], text).trim();
    const mode = this.run(["ls-files", "-s", "--", path]).split(" ")[0] || "100644";
    this.run(["update-index", "--cacheinfo", `${mode},${blob},${path}`]);
  }
  /** Commits exactly `paths` (whatever else is staged stays out of the commit). */
  commitPaths(paths, message) {
    this.run(["add", "--", ...paths]);
    this.run(["commit", "-q", "--no-verify", "-m", message, "--only", "--", ...paths]);
  }
  /**
   * Replaces HEAD with a commit of the index that keeps HEAD's parents, author and message (an
   * amend that also works while git still runs a merge's hooks), and moves the branch to it.
   * `env` is the environment git runs in (the door's); the author is set on top of it.
   */
  recommitHead(env) {
    const old = this.run(["rev-parse", "HEAD"]).trim();
    const tree = this.run(["write-tree"]).trim();
    const sha = this.recommit(old, tree, this.parents(old), env);
    this.moveHead(old, sha, "extids: finish the merge of the ID ledger");
    return sha;
  }
  /** Each commit's parents, first parent first, from one git call. */
  parentsOf(shas) {
    const out = /* @__PURE__ */ new Map();
    if (shas.length === 0)
      return out;
    for (const line of this.run(["rev-list", "--no-walk=unsorted", "--parents", ...shas]).split("\n")) {
      const [sha, ...parents] = line.trim().split(" ");
      if (sha)
        out.set(sha, parents);
    }
    return out;
  }
  /** Whether any commit from `from` (excluded) to `to` changes a path under `pathspecs`. */
  touchedBetween(from, to, pathspecs) {
    const range = from ? [`${from}..${to}`] : [to];
    return this.run(["rev-list", "-n", "1", ...range, "--", ...pathspecs]).trim() !== "";
  }
  /** The commit's tree. */
  tree(sha) {
    return this.run(["rev-parse", `${sha}^{tree}`]).trim();
  }
  /**
   * A copy of commit `sha` with `tree` and `parents`: author, committer (names and dates) and
   * message kept, so the copy reads as the commit it replaces. `env` is the door's environment.
   */
  recommit(sha, tree, parents, env) {
    const [an, ae, ad, cn, ce, cd, message] = this.run([
      "log",
      "-1",
      "--format=%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B",
      sha
    ]).split("\0");
    const who = {
      ...env,
      GIT_AUTHOR_NAME: an,
      GIT_AUTHOR_EMAIL: ae,
      GIT_AUTHOR_DATE: ad,
      GIT_COMMITTER_NAME: cn,
      GIT_COMMITTER_EMAIL: ce,
      GIT_COMMITTER_DATE: cd
    };
    const args = ["commit-tree", tree, ...parents.flatMap((p) => ["-p", p])];
    return this.run(args, message.replace(/\n+$/, "\n"), who).trim();
  }
  /** Moves HEAD (the branch it names) from `old` to `sha`; fails if HEAD is no longer `old`. */
  moveHead(old, sha, why) {
    this.run(["update-ref", "-m", why, "HEAD", sha, old]);
  }
  /** Paths under `pathspecs` that differ between two commits. */
  changedBetween(a, b, pathspecs) {
    return this.run(["diff", "--name-only", "-z", "--no-renames", a, b, "--", ...pathspecs]).split("\0").filter(Boolean);
  }
  /**
   * A private index (`indexFile`) holding commit `sha`, with its files under `pathspecs` written
   * into the folder `dir`: a work tree of just those files, for a command to run on. `env` is
   * the door's environment; the private index is named in it, never the repository's own.
   */
  checkoutInto(sha, pathspecs, dir, indexFile, env) {
    const e = { ...env, GIT_INDEX_FILE: indexFile };
    this.run(["read-tree", sha], void 0, e);
    const files = this.run(["ls-files", "-z", "--", ...pathspecs], void 0, e);
    this.run(["--work-tree", dir, "checkout-index", "-u", "-z", "--stdin"], files, e);
  }
  /** The tree of the private index after staging `paths` from `dir` (see checkoutInto). */
  treeFrom(dir, indexFile, env, pathspecs) {
    const e = { ...env, GIT_INDEX_FILE: indexFile };
    const w = ["--work-tree", dir];
    const changed = this.run([...w, "diff-files", "--name-only", "-z", "--", ...pathspecs], void 0, e).split("\0").filter(Boolean);
    if (changed.length)
      this.run([...w, "update-index", "-z", "--stdin"], changed.join("\0") + "\0", e);
    return { tree: this.run(["write-tree"], void 0, e).trim(), changed };
  }
  push(remote, refspec) {
    this.run(["push", remote, refspec]);
  }
  /**
   * Pushes `refspec` without force: 'rejected' when the remote moved on (someone else pushed
   * first), which is how two runs learn that only one of them may go ahead.
   */
  pushUnlessMoved(remote, refspec) {
    try {
      this.run(["push", "--porcelain", remote, refspec]);
      return "pushed";
    } catch (err) {
      const out = String(err.details.cause?.stdout ?? "");
      const why = err.message;
      if (/\[rejected\]|non-fast-forward|fetch first|stale info|\[remote rejected\].*(?:lock|failed to update)/.test(out + why))
        return "rejected";
      throw err;
    }
  }
  /** Fetches one ref of `remote` into `local`; false when the remote has no such ref. */
  fetchRef(remote, ref, local) {
    try {
      this.run(["fetch", "-q", "--no-tags", remote, `+${ref}:${local}`]);
      return true;
    } catch (err) {
      if (/couldn't find remote ref|no such ref/i.test(err.message)) {
        this.query(["update-ref", "-d", local]);
        return false;
      }
      throw err;
    }
  }
  /**
   * A commit whose tree holds exactly `files` (name → text), on top of `parent`; its sha.
   * `identity` is the commit's author and committer where the environment names none.
   */
  commitFiles(files, parent, message, identity) {
    const entries = Object.entries(files).map(([name, text]) => {
      const blob = this.run(["hash-object", "-w", "--stdin"], text).trim();
      return `100644 blob ${blob}	${name}
`;
    });
    const tree = this.run(["mktree"], entries.join("")).trim();
    return this.run([
      "-c",
      `user.name=${identity.name}`,
      "-c",
      `user.email=${identity.email}`,
      "commit-tree",
      tree,
      ...parent ? ["-p", parent] : [],
      "-m",
      message
    ]).trim();
  }
  /** The branch HEAD is on (`main`), or undefined when HEAD is detached. */
  branch() {
    return this.query(["symbolic-ref", "-q", "--short", "HEAD"])?.trim() || void 0;
  }
  /** The blob sha of `path` in `rev` (a commit, or 'index'), or undefined when it has none. */
  blobOf(rev, path) {
    return this.query(["rev-parse", "-q", "--verify", objectName(rev, path)])?.trim() || void 0;
  }
  /** Points the index entry of `path` at `blob` (keeping its mode), the work-tree file untouched. */
  setIndexBlob(path, blob) {
    const mode = this.run(["ls-files", "-s", "--", path]).split(" ")[0] || "100644";
    this.run(["update-index", "--add", "--cacheinfo", `${mode},${blob},${path}`]);
  }
  /** Moves `ref` from `old` to `sha`; false when it no longer points at `old` (someone moved it). */
  moveRef(ref, sha, old, why) {
    return this.query(["update-ref", "-m", why, ref, sha, old]) !== void 0;
  }
  /** The current branch and its upstream (remote and branch), or undefined without one. */
  upstream() {
    const branch = this.query(["symbolic-ref", "-q", "--short", "HEAD"])?.trim();
    if (!branch)
      return void 0;
    const remote = this.configGet(`branch.${branch}.remote`);
    const merge = this.configGet(`branch.${branch}.merge`);
    if (!remote || !merge || remote === ".")
      return void 0;
    return { branch, remote, remoteBranch: merge.replace(/^refs\/heads\//, "") };
  }
  /** How many commits `a` has that `b` lacks, and the reverse. */
  aheadBehind(a, b) {
    const [ahead, behind] = this.run(["rev-list", "--left-right", "--count", `${a}...${b}`]).trim().split(/\s+/).map(Number);
    return { ahead, behind };
  }
  configGet(key) {
    return this.query(["config", "--get", key])?.trim();
  }
  configSet(key, value) {
    this.run(["config", key, value]);
  }
  /** git merge-file: a three-way text merge into `ours`, leaving conflict markers where needed. */
  mergeFile(ours, base, theirs) {
    this.query(["merge-file", "-L", "ours", "-L", "base", "-L", "theirs", ours, base, theirs]);
  }
};
var objectName = (rev, path) => rev === "index" ? `:${path}` : `${rev}:${path}`;
function gitFailed(args, err) {
  const e = err;
  const why = e.stderr?.toString().split("\n").find((l) => l.trim()) ?? e.message.split("\n")[0];
  return new ExtidsError("GIT_FAILED", `git ${args[0]} failed: ${why.trim()}`, {
    cause: err,
    exitCode: e.status ?? void 0
  });
}
var CAT_FILE = ["cat-file", "--batch"];
function batchQuestion(rev, paths) {
  const wanted = [...new Set(paths)];
  const asked = wanted.filter((p) => !p.includes("\n"));
  return {
    asked,
    alone: wanted.filter((p) => p.includes("\n")),
    input: asked.map((p) => objectName(rev, p)).join("\n") + "\n"
  };
}
function readBatch(buf, asked, out) {
  let at = 0;
  for (const p of asked) {
    const eol = buf.indexOf(10, at);
    const header = buf.toString("utf8", at, eol).split(" ");
    at = eol + 1;
    if (header.length === 3 && /^\d+$/.test(header[2])) {
      const size = Number(header[2]);
      out.set(p, header[1] === "blob" ? buf.toString("utf8", at, at + size) : void 0);
      at += size + 1;
    } else
      out.set(p, void 0);
  }
  return out;
}
function grepArgs(rev, ids, pathspec) {
  const where = rev === "index" ? ["--cached"] : rev === "worktree" ? [] : [rev];
  return ["grep", "-F", "-I", "-z", ...ids.flatMap((id) => ["-e", id]), ...where, "--", pathspec];
}
function idFilesAnswer(rev, ids, out) {
  const prefix = rev === "index" || rev === "worktree" ? "" : `${rev}:`;
  const wanted = new Set(ids);
  const files = /* @__PURE__ */ new Set();
  for (const line of out.split("\n")) {
    const nul = line.indexOf("\0");
    if (nul === -1)
      continue;
    const name = line.slice(0, nul);
    const file = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    if (!files.has(file) && idGuesses(line.slice(nul + 1)).some((id) => wanted.has(id)))
      files.add(file);
  }
  return [...files];
}

// lib/core/paths.js
var import_node_fs = require("node:fs");
var import_node_path = require("node:path");
var CONFIG_FILE = ".claude/extids.json";
var DEFAULT_STATE_DIR = ".claude/state";
var DEFAULT_TASKS_DIR = "tasks";
var MAPPING_FILE = "external_id_mapping.json";
var COUNTERS_FILE = "external_id_counters.json";
var LINKS_FILE = "external_id_links.json";
var isMarkdown = (name) => /\.md$/i.test(name);
var relPath = (root, p) => (0, import_node_path.relative)(root, p).split(import_node_path.sep).join("/");
function followTasksDir(root, tasksDir) {
  let real;
  let realRoot;
  try {
    real = (0, import_node_fs.realpathSync)(tasksDir);
    realRoot = (0, import_node_fs.realpathSync)(root);
  } catch {
    return tasksDir;
  }
  const lexical = (0, import_node_path.relative)(root, tasksDir);
  const configuredInside = !lexical.startsWith("..") && !(0, import_node_path.isAbsolute)(lexical);
  if (!configuredInside || (0, import_node_path.join)(realRoot, lexical) === real)
    return tasksDir;
  const rel = (0, import_node_path.relative)(realRoot, real);
  if (rel.startsWith("..") || (0, import_node_path.isAbsolute)(rel))
    return void 0;
  return (0, import_node_path.join)(root, rel);
}

// lib/doors/quote.js
var shellWord = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

// lib/hook/gate.js
function gatePathspecs(paths, links = true) {
  const inside = (p) => !p.startsWith("/") && !/^[A-Za-z]:/.test(p) && !/^\.\.(\/|$)/.test(p);
  if (!inside(paths.tasksDir) || !inside(paths.stateDir))
    return [":(literal)."];
  const state = (f) => paths.stateDir === "." ? f : `${paths.stateDir}/${f}`;
  const files = links ? [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE] : [MAPPING_FILE, COUNTERS_FILE];
  return [paths.tasksDir, ...files.map(state), CONFIG_FILE].map((p) => `:(literal)${p}`);
}
var ASK = `  exec git ${STAGED_DIFF.join(" ")} --quiet -- \\`;
var pathsLine = (paths, links = true) => `    ${gatePathspecs(paths, links).map(shellWord).join(" ")}); then`;
function gateAt(script) {
  const lines = script.split(/\r?\n/);
  const ask = lines.indexOf(ASK);
  return { lines, at: ask === -1 ? -1 : ask + 1 };
}
function staleGate(script, paths) {
  const { lines, at } = gateAt(script);
  return at !== -1 && lines[at] !== pathsLine(paths) && lines[at] !== pathsLine(paths, false);
}
function oldGate(script, paths) {
  const { lines, at } = gateAt(script);
  return at !== -1 && lines[at] === pathsLine(paths, false) && !gatePathspecs(paths).includes(":(literal).");
}

// lib/doors/clone.js
var import_node_fs2 = require("node:fs");
var import_node_path2 = require("node:path");
var CLONE_SETUP = "extids init --clone";
var PREPARE = `husky && ${CLONE_SETUP}`;
var NOT_INSTALLED = [
  "extids: not installed in this clone (no node_modules/.bin/extids), so git merged ",
  " as plain text: resolve it, install the dependencies (npm ci), then run: npx extids repair"
];
var MERGE_DRIVER = `[ -x node_modules/.bin/extids ] && exec node_modules/.bin/extids merge-driver %O %A %B %P || { printf '%s\\n' ${shellWord(NOT_INSTALLED[0])}%P${shellWord(NOT_INSTALLED[1])} >&2; git merge-file -L ours -L base -L theirs %A %O %B; exit 1; }`;
var MERGE_DRIVER_NAME = "extids: three-way merge of external ID state";
function registerMergeDriver(git, dryRun = false) {
  const now = git.configGet("merge.extids.driver");
  if (now === MERGE_DRIVER)
    return void 0;
  if (!dryRun) {
    git.configSet("merge.extids.name", MERGE_DRIVER_NAME);
    git.configSet("merge.extids.driver", MERGE_DRIVER);
  }
  return now === void 0 ? "registered" : "updated";
}
function routesToDriver(root) {
  try {
    return /\smerge=extids\b/.test((0, import_node_fs2.readFileSync)((0, import_node_path2.join)(root, ".gitattributes"), "utf8"));
  } catch {
    return false;
  }
}
function ensureMergeDriver(git, say) {
  if (!routesToDriver(git.cwd))
    return;
  try {
    const how = registerMergeDriver(git);
    if (how === "registered")
      say(`this clone had no merge driver for the ID ledger (its install did not run ${CLONE_SETUP}), so git merged the state files as plain text; registered it in .git/config, so merges use it from now on`);
    else if (how === "updated")
      say("updated this clone's merge driver for the ID ledger in .git/config to this version's");
  } catch (err) {
    say(`this clone has no merge driver for the ID ledger, so git merges the state files as plain text, and registering it failed (${err.message.split("\n")[0]}); run: npx ${CLONE_SETUP}`);
  }
}

// lib/hook/old-scripts.js
var import_node_fs3 = require("node:fs");
var import_node_path3 = require("node:path");
var OLD_ADVICE = /^([ \t]*)echo "extids: not installed here \(npm ci\), .*" >&2$/gm;
function scriptsThatRunAdvice(root, names) {
  const line = new RegExp(OLD_ADVICE.source);
  const runs = (text) => text.split(/\r?\n/).some((l) => line.test(l) && l.includes("`"));
  return names.map((n) => `.husky/${n}`).filter((file) => {
    try {
      return runs((0, import_node_fs3.readFileSync)((0, import_node_path3.join)(root, file), "utf8"));
    } catch {
      return false;
    }
  });
}

// lib/hook/pre-commit.js
function quickPaths(root) {
  let stateDir = DEFAULT_STATE_DIR;
  let tasksDir = DEFAULT_TASKS_DIR;
  try {
    const c = JSON.parse((0, import_node_fs4.readFileSync)((0, import_node_path4.resolve)(root, CONFIG_FILE), "utf8"));
    if (typeof c.stateDir === "string")
      stateDir = c.stateDir;
    if (typeof c.tasksDir === "string")
      tasksDir = c.tasksDir;
  } catch {
  }
  const rel = (p) => relPath(root, p) || ".";
  const tasks = (0, import_node_path4.resolve)(root, tasksDir);
  const followed = followTasksDir(root, tasks);
  return {
    root,
    stateDir: rel((0, import_node_path4.resolve)(root, stateDir)),
    tasksDir: rel(followed ?? tasks),
    ...followed === void 0 && { tasksOutside: true }
  };
}
function stagedRelevant(paths, git, since) {
  const tasks = [];
  const state = [];
  const added = /* @__PURE__ */ new Set();
  const under = (dir) => dir === "." ? "" : dir + "/";
  const taskPrefix = under(paths.tasksDir);
  const statePrefix = under(paths.stateDir);
  const changed = since ? new Map(git.changedSince(since).map((p) => [p, "M"])) : git.stagedPaths();
  for (const [p, status] of changed) {
    if (p.startsWith(taskPrefix) && (isMarkdown(p) || !since && linkedFolder(paths.root, p))) {
      tasks.push(p);
      if (status === "A")
        added.add(p);
    } else if (p.startsWith(statePrefix) && [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE].some((f) => p === statePrefix + f))
      state.push(p);
  }
  return { tasks, state, added };
}
function linkedFolder(root, file) {
  const path = (0, import_node_path4.resolve)(root, file);
  try {
    return (0, import_node_fs4.lstatSync)(path).isSymbolicLink() && (0, import_node_fs4.statSync)(path).isDirectory();
  } catch {
    return false;
  }
}
async function hookMain(io) {
  const [, name, ...rest] = io.argv;
  if (name === "--help" || name === "-h" || name === void 0) {
    io.stdout.write("Usage: extids hook pre-commit|post-merge|post-rewrite|post-commit [--root DIR]\n\npre-commit (what .husky/pre-commit runs) gives staged new tasks their external IDs and\nrefuses staged state files that are broken; the commit that concludes a conflicted or\n--squash merge (or a conflicted cherry-pick) also gets the merge of the ID ledger finished. post-merge finishes a merge of the ID ledger\n(renumbered tasks' frontmatter, counters) in the merge commit; post-rewrite does it in each\ncommit a rebase replayed; post-commit in the commit a cherry-pick made.\nEXTIDS_SKIP=1 (or --no-verify) skips them.\n");
    return name === void 0 ? 2 : 0;
  }
  if (!["pre-commit", "post-merge", "post-rewrite", "post-commit"].includes(name)) {
    io.stderr.write(`extids: unknown hook "${name}" (pre-commit, post-merge, post-rewrite or post-commit)
`);
    return 2;
  }
  if (io.env.EXTIDS_SKIP === "1")
    return 0;
  const rootArg = rest.indexOf("--root");
  const root = rootArg !== -1 && rest[rootArg + 1] ? (0, import_node_path4.resolve)(io.cwd, rest[rootArg + 1]) : io.cwd;
  const git = new Git(root);
  if (name === "post-rewrite") {
    const { finishRebase } = await Promise.resolve().then(() => __toESM(require("./hook-core.js"), 1));
    return finishRebase(io, root);
  }
  if (name === "post-commit") {
    if (concluding(git) !== "cherry-pick")
      return 0;
    const paths2 = quickPaths(root);
    const touched = stagedRelevant(paths2, git, "HEAD^1");
    if (touched.tasks.length === 0 && touched.state.length === 0)
      return 0;
    const { finishPick } = await Promise.resolve().then(() => __toESM(require("./hook-core.js"), 1));
    return finishPick(io, paths2, git);
  }
  let staged;
  const paths = quickPaths(root);
  if (name === "pre-commit" && refuseStaleGate(io, paths))
    return 1;
  if (name === "pre-commit" && paths.tasksOutside) {
    const { settingsProblem } = await Promise.resolve().then(() => __toESM(require("./hook-core.js"), 1));
    const problem = settingsProblem(root);
    if (problem) {
      io.stderr.write(`extids: ${problem}
`);
      return 2;
    }
  }
  const say = (line) => io.stderr.write(`extids: ${line}
`);
  if (name === "post-merge")
    checkClone(git, say);
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
  if (name === "pre-commit")
    checkClone(git, say);
  if (name === "post-merge") {
    const { finishMerge } = await Promise.resolve().then(() => __toESM(require("./hook-core.js"), 1));
    return finishMerge(io, paths, git);
  }
  if (concluding(git)) {
    const { concludeMerge } = await Promise.resolve().then(() => __toESM(require("./hook-core.js"), 1));
    const code = await concludeMerge(io, paths, git);
    if (code !== 0)
      return code;
    staged = stagedRelevant(paths, git);
  }
  const early = prefetch(paths, staged, git);
  sayMissingHooks(io, paths.root);
  const { runStaged } = await Promise.resolve().then(() => __toESM(require("./hook-core.js"), 1));
  return runStaged(io, paths, staged, git, early);
}
function checkClone(git, say) {
  ensureMergeDriver(git, say);
  for (const file of scriptsThatRunAdvice(git.cwd, ["pre-commit", "post-merge"]))
    say(`${file} was written by an earlier extids: in a clone where extids is not installed, it runs npx extids repair, which fetches whatever the registry serves; run npx extids init to rewrite it, and commit it`);
}
function refuseStaleGate(io, paths) {
  const file = ".husky/pre-commit";
  let script;
  try {
    script = (0, import_node_fs4.readFileSync)((0, import_node_path4.resolve)(paths.root, file), "utf8");
  } catch {
    return false;
  }
  if (oldGate(script, paths))
    io.stderr.write(`extids: ${file} was written by an earlier extids and lets a commit of only ${paths.stateDir}/${LINKS_FILE} skip the hook; run \`npx extids init\` to update it, and commit it
`);
  if (!staleGate(script, paths))
    return false;
  io.stderr.write(`extids: commit refused: ${file} asks git about other paths than ${CONFIG_FILE} names (tasks in ${paths.tasksDir}, state in ${paths.stateDir}), so commits that touch tasks could skip the hook
  run \`npx extids init\` to update it, then stage ${file} with the config
`);
  return true;
}
function sayMissingHooks(io, root) {
  const has = (hook) => (0, import_node_fs4.existsSync)((0, import_node_path4.resolve)(root, ".husky", hook));
  if (has("post-merge") && !has("post-rewrite"))
    io.stderr.write("extids: .husky/post-rewrite is missing, so a rebase or pull --rebase leaves the ID ledger of the commits it replays unfinished; run `npx extids init` to install it, and commit it\n");
  if (has("post-merge") && !has("post-commit"))
    io.stderr.write("extids: .husky/post-commit is missing, so a cherry-pick leaves the ID ledger of the commit it makes unfinished; run `npx extids init` to install it, and commit it\n");
}
function prefetch(paths, staged, git) {
  const mapping = `${paths.stateDir}/${MAPPING_FILE}`;
  const counters = `${paths.stateDir}/${COUNTERS_FILE}`;
  const links = `${paths.stateDir}/${LINKS_FILE}`;
  const ids = /* @__PURE__ */ new Set();
  for (const file of staged.added) {
    try {
      for (const id of idGuesses((0, import_node_fs4.readFileSync)((0, import_node_path4.resolve)(paths.root, file), "utf8")))
        ids.add(id);
    } catch {
    }
  }
  const copies = {
    ids,
    files: ids.size ? git.idFilesLater("worktree", [...ids], paths.tasksDir) : Promise.resolve([])
  };
  const early = {
    index: git.showAllLater("index", [mapping, counters, links, ...staged.tasks]),
    copies
  };
  early.index.catch(() => {
  });
  return early;
}
function concluding(git) {
  const dir = git.query(["rev-parse", "--absolute-git-dir"])?.trim();
  if (!dir)
    return void 0;
  const has = (name) => (0, import_node_fs4.existsSync)((0, import_node_path4.resolve)(dir, name));
  if (has("rebase-merge") || has("rebase-apply"))
    return void 0;
  if (has("MERGE_HEAD"))
    return "merge";
  if (has("SQUASH_MSG"))
    return "squash";
  if (has("CHERRY_PICK_HEAD"))
    return "cherry-pick";
  return void 0;
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  concluding,
  hookMain,
  quickPaths,
  stagedRelevant
});
