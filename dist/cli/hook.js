"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
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

// lib/core/findings.js
function finding(severity, code, message, where = {}) {
  const f = { severity, code, message: brief(message) };
  if (where.file !== void 0)
    f.file = where.file;
  if (where.line !== void 0)
    f.line = where.line;
  if (where.column !== void 0)
    f.column = where.column;
  return f;
}
function describeFsError(err) {
  const e = err;
  const phrases = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    ENOSPC: "no space left on device",
    EIO: "input/output error",
    EISDIR: "is a directory",
    ENOTDIR: "not a directory",
    EROFS: "read-only file system",
    EEXIST: "already exists",
    ELOOP: "too many symbolic links"
  };
  if (e && typeof e.code === "string")
    return `${phrases[e.code] ?? e.message} (${e.code})`;
  return err instanceof Error ? err.message : String(err);
}
var FINDING_CODES, MAX_MESSAGE, brief, hasErrors, ERROR_CODES, ExtidsError;
var init_findings = __esm({
  "lib/core/findings.js"() {
    "use strict";
    FINDING_CODES = {
      PARSE_ERROR: "The file is not valid JSON (line and column given).",
      CONFLICT_MARKERS: "The file contains git conflict markers (<<<<<<<, =======, >>>>>>>).",
      EMPTY_FILE: "The file is empty, blank or filled with NUL bytes (typical of a crash mid-write).",
      BOM: "The file starts with a byte-order mark, which the reference implementation cannot read.",
      SCHEMA_INVALID: "A value has the wrong type or shape for format 1.0.",
      INVALID_COUNTER: "A counter is negative, fractional, not a number, or beyond 2^53.",
      UNSAFE_KEY: "A key such as `__proto__` or `constructor`, refused to prevent prototype pollution.",
      UNSUPPORTED_VERSION: "The file declares a newer format than this extids knows; it is never rewritten.",
      LEGACY_VERSION: "The file is in an older shape; `extids migrate` upgrades it to 1.0.",
      DUPLICATE_JSON_KEY: "A key written twice in a state or links file (JSON keeps the last silently); an error if values differ.",
      NOT_CANONICAL: "Valid, but not in the canonical layout; `extids repair` rewrites it without changing data.",
      MISSING_FILE: "A state file is missing although git has it committed.",
      UNREADABLE: "The file or directory cannot be read (permissions, a symlink out of the repository, not a file).",
      COUNTER_BEHIND: "A counter is lower than the highest number already used; it would hand a number out twice.",
      DUPLICATE_EXTERNAL_ID: "Two internal IDs hold the same external ID.",
      INVALID_INTERNAL_ID: "A key of the mapping file is not a task ID of a known shape.",
      ORPHAN_MAPPING: "A mapping whose task file no longer exists; its numbers stay retired.",
      FRONTMATTER_MISMATCH: "A task's `external_ids` frontmatter disagrees with the mapping file.",
      DUPLICATE_TASK_ID: "Two task files declare the same internal ID.",
      PARTIALLY_STAGED: "A staged task whose unstaged version has another id; the hook cannot write its IDs safely.",
      SYMLINK_TASK: "A task file or folder under the tasks directory is a symbolic link; extids does not follow it.",
      NOT_A_TASK: "A file named to the hook or to `assign FILE` is not read as a task (a name starting with a dot, a file in node_modules/, not `.md`, or excluded), as validate and repair never read it; it gets no IDs.",
      NO_FRONTMATTER: "A markdown file under the tasks directory has no frontmatter (a guide, a README, an empty file): not a task. An `exclude` glob silences it.",
      NOT_UTF8: "A file under the tasks directory is not valid UTF-8: extids neither reads nor edits it (PyYAML cannot read it either).",
      MISSING_TASK_ID: "A task file has frontmatter but no id.",
      INVALID_TASK_ID: "A task's id is not of a known shape.",
      LEGACY_TASK_ID_FIELD: "A task uses the legacy `task_id:` field instead of `id:`.",
      FRONTMATTER_PARSE_ERROR: "A task's frontmatter is not valid YAML: PyYAML cannot read it either.",
      DUPLICATE_YAML_KEY: "A frontmatter key is written twice; PyYAML keeps the last value, and so does extids.",
      MISSING_EXTERNAL_ID: "A task lacks an external ID for a configured tool; `extids assign` gives it one.",
      UNRECOVERED: "Repair could not recover this data from any source; the original is kept.",
      NOT_FOUND: "`extids lookup` found no mapping for the ID.",
      CONFIG_UNCHANGED: "`extids init --tools` named the tools the config already tracks; it was left as it is.",
      MERGE_CONFLICT: "The merge driver found a contradiction it cannot resolve without a person.",
      SYNC_PENDING: "A task waits for its tracker item in sync mode; `extids sync` creates it (offline doors never invent one).",
      SYNC_CONFLICT: "A tracker item was edited in the tracker since extids last wrote it; it is not overwritten.",
      LINK_MISMATCH: "The links file names another GitHub issue than the mapping; the next `extids sync` relinks it.",
      SYNC_LEFT: "A sync run left this work (rate limit, --max-creates, another run holds it, a task file not committed); the next run does it."
    };
    MAX_MESSAGE = 600;
    brief = (s) => s.length <= MAX_MESSAGE ? s : `${s.slice(0, MAX_MESSAGE / 2)} \u2026 (${s.length - MAX_MESSAGE} characters left out) \u2026 ${s.slice(-MAX_MESSAGE / 3)}`;
    hasErrors = (findings) => findings.some((f) => f.severity === "error");
    ERROR_CODES = {
      USAGE: "The command line is wrong: an unknown option, a missing argument, contradicting options.",
      LOCK_TIMEOUT: "Another extids process held the state lock for longer than the wait allows.",
      LOCK_COMPROMISED: "The lock was taken over mid-write; nothing more was written: `extids repair` finishes the task files.",
      NOT_A_DIRECTORY: "A path that must be a directory (the state or tasks directory) is a file.",
      UNREADABLE: "A path given or needed cannot be read.",
      OUTSIDE_ROOT: "The state or the tasks directory leads out of the repository (a symlink, or a path outside it).",
      WRITE_FAILED: "A write failed (the file and the reason given); what was on disk is kept.",
      STATE_INVALID: "The state files cannot be used as they are; `extids repair` first (exit 1).",
      CONFIG_INVALID: "The config file is not valid (the file and the problem given).",
      NOT_CONFIGURED: "No tools are configured, so there is nothing to assign.",
      INVALID_ID: "An internal or external ID, or a project key, is not of a known shape.",
      NOT_A_REPOSITORY: "The directory is not inside a git repository.",
      NOT_TOP_LEVEL: "The root is a folder below the git repository's top level (the message names the top level).",
      NOTHING_HERE: "The root holds neither a tasks directory, nor state files, nor a config: a mistyped root?",
      GIT_FAILED: "A git command failed (its own message given).",
      SYNC_REFUSED: "sync cannot run here: no upstream, not level with it, a file it writes is dirty, no token, or a plan over --max-creates.",
      CANCELLED: "The run was cancelled (SIGINT, SIGTERM): it recorded what it finished and released the rest.",
      TRACKER_FAILED: "The tracker refused or failed a request (status and its message given)."
    };
    ExtidsError = class extends Error {
      code;
      details;
      name = "ExtidsError";
      constructor(code, message, details = {}) {
        super(message);
        this.code = code;
        this.details = details;
      }
    };
  }
});

// lib/core/id-lines.js
function idGuesses(text) {
  const out = [];
  for (const m2 of text.matchAll(/^(?:id|task_id):[ \t]*["']?([^"'\s]+?)["']?[ \t]*\r?$/gm))
    out.push(m2[1]);
  return out;
}
var init_id_lines = __esm({
  "lib/core/id-lines.js"() {
    "use strict";
  }
});

// lib/core/git.js
function gitFailed(args, err) {
  const e = err;
  const why = e.stderr?.toString().split("\n").find((l3) => l3.trim()) ?? e.message.split("\n")[0];
  return new ExtidsError("GIT_FAILED", `git ${args[0]} failed: ${why.trim()}`, {
    cause: err,
    exitCode: e.status ?? void 0
  });
}
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
  let at2 = 0;
  for (const p of asked) {
    const eol = buf.indexOf(10, at2);
    const header = buf.toString("utf8", at2, eol).split(" ");
    at2 = eol + 1;
    if (header.length === 3 && /^\d+$/.test(header[2])) {
      const size = Number(header[2]);
      out.set(p, header[1] === "blob" ? buf.toString("utf8", at2, at2 + size) : void 0);
      at2 += size + 1;
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
  const files2 = /* @__PURE__ */ new Set();
  for (const line of out.split("\n")) {
    const nul = line.indexOf("\0");
    if (nul === -1)
      continue;
    const name = line.slice(0, nul);
    const file = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    if (!files2.has(file) && idGuesses(line.slice(nul + 1)).some((id) => wanted.has(id)))
      files2.add(file);
  }
  return [...files2];
}
var import_node_child_process, MAX_BUFFER, TIMEOUT_MS, STAGED_DIFF, Git, objectName, CAT_FILE;
var init_git = __esm({
  "lib/core/git.js"() {
    "use strict";
    import_node_child_process = require("node:child_process");
    init_findings();
    init_id_lines();
    MAX_BUFFER = 512 * 1024 * 1024;
    TIMEOUT_MS = 6e4;
    STAGED_DIFF = ["diff", "--cached", "--no-renames", "--diff-filter=ACM"];
    Git = class {
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
        return new Promise((resolve3, reject) => {
          const child = (0, import_node_child_process.execFile)("git", args, { ...this.options(), encoding: "buffer" }, (err, stdout, stderr) => err ? reject(gitFailed(args, Object.assign(err, { stderr }))) : resolve3(stdout));
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
      mergeBase(a, b2) {
        return this.query(["merge-base", a, b2])?.trim() || void 0;
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
        const q2 = batchQuestion(rev, paths);
        const out = new Map(q2.alone.map((p) => [p, this.show(rev, p)]));
        if (q2.asked.length === 0)
          return out;
        const buf = this.bytes(CAT_FILE, q2.input);
        return readBatch(buf, q2.asked, out);
      }
      /**
       * `showAll` started now and answered later, so git reads while Node does something else (the
       * hook loads the core meanwhile). Paths with a newline are left out (ask `show` for them).
       */
      showAllLater(rev, paths) {
        const q2 = batchQuestion(rev, paths);
        return this.runLater(CAT_FILE, q2.input).then((buf) => readBatch(buf, q2.asked, /* @__PURE__ */ new Map()));
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
        return [...head.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m2) => m2[1]);
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
        const m2 = /^(\d+) blob ([0-9a-f]+)\t/.exec(line ?? "");
        return m2 ? { mode: m2[1], id: m2[2] } : void 0;
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
      commitOnto(parent, files2, message, env) {
        const tree = this.treeWith(this.run(["rev-parse", `${parent}^{tree}`]).trim(), files2);
        return this.run(["commit-tree", tree, "-p", parent, "-F", "-"], message, env).trim();
      }
      /** `tree` with each of `files` (paths relative to it) set; the new tree's sha. */
      treeWith(tree, files2) {
        const entries = /* @__PURE__ */ new Map();
        for (const line of tree ? this.run(["ls-tree", "-z", tree]).split("\0") : []) {
          const m2 = /^(\d+) (\w+) ([0-9a-f]+)\t([\s\S]+)$/.exec(line);
          if (m2)
            entries.set(m2[4], { mode: m2[1], type: m2[2], sha: m2[3] });
        }
        const below = /* @__PURE__ */ new Map();
        for (const f of files2) {
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
        return this.run(["status", "--porcelain", "-z", "--untracked-files=all"]).split("\0").filter(Boolean).map((l3) => l3.slice(3));
      }
      /** Which of `paths` differ from HEAD in the work tree or the index, untracked ones included. */
      changedPaths(paths) {
        if (paths.length === 0)
          return [];
        return this.run(["status", "--porcelain", "-z", "--untracked-files=all", "--", ...paths]).split("\0").filter((l3) => l3.length > 3).map((l3) => l3.slice(3));
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
        const [an, ae2, ad, cn, ce2, cd, message] = this.run([
          "log",
          "-1",
          "--format=%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B",
          sha
        ]).split("\0");
        const who = {
          ...env,
          GIT_AUTHOR_NAME: an,
          GIT_AUTHOR_EMAIL: ae2,
          GIT_AUTHOR_DATE: ad,
          GIT_COMMITTER_NAME: cn,
          GIT_COMMITTER_EMAIL: ce2,
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
      changedBetween(a, b2, pathspecs) {
        return this.run(["diff", "--name-only", "-z", "--no-renames", a, b2, "--", ...pathspecs]).split("\0").filter(Boolean);
      }
      /**
       * A private index (`indexFile`) holding commit `sha`, with its files under `pathspecs` written
       * into the folder `dir`: a work tree of just those files, for a command to run on. `env` is
       * the door's environment; the private index is named in it, never the repository's own.
       */
      checkoutInto(sha, pathspecs, dir, indexFile, env) {
        const e = { ...env, GIT_INDEX_FILE: indexFile };
        this.run(["read-tree", sha], void 0, e);
        const files2 = this.run(["ls-files", "-z", "--", ...pathspecs], void 0, e);
        this.run(["--work-tree", dir, "checkout-index", "-u", "-z", "--stdin"], files2, e);
      }
      /** The tree of the private index after staging `paths` from `dir` (see checkoutInto). */
      treeFrom(dir, indexFile, env, pathspecs) {
        const e = { ...env, GIT_INDEX_FILE: indexFile };
        const w2 = ["--work-tree", dir];
        const changed = this.run([...w2, "diff-files", "--name-only", "-z", "--", ...pathspecs], void 0, e).split("\0").filter(Boolean);
        if (changed.length)
          this.run([...w2, "update-index", "-z", "--stdin"], changed.join("\0") + "\0", e);
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
      commitFiles(files2, parent, message, identity) {
        const entries = Object.entries(files2).map(([name, text]) => {
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
        const merge2 = this.configGet(`branch.${branch}.merge`);
        if (!remote || !merge2 || remote === ".")
          return void 0;
        return { branch, remote, remoteBranch: merge2.replace(/^refs\/heads\//, "") };
      }
      /** How many commits `a` has that `b` lacks, and the reverse. */
      aheadBehind(a, b2) {
        const [ahead, behind] = this.run(["rev-list", "--left-right", "--count", `${a}...${b2}`]).trim().split(/\s+/).map(Number);
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
    objectName = (rev, path) => rev === "index" ? `:${path}` : `${rev}:${path}`;
    CAT_FILE = ["cat-file", "--batch"];
  }
});

// lib/core/paths.js
function notATask(rel, exclude) {
  const parts = rel.split("/");
  const skipped2 = parts.find(isSkippedName);
  if (skipped2)
    return {
      why: skipped2.startsWith(".") ? `its path has a name starting with a dot (${skipped2}), and extids never reads those` : `it lies inside ${skipped2}/, which extids never reads`,
      excluded: false
    };
  if (!isMarkdown(parts[parts.length - 1]))
    return { why: "it is not a markdown (.md) file", excluded: false };
  if (exclude?.test(rel))
    return { why: 'an "exclude" glob of the config names it', excluded: true };
  return void 0;
}
function followTasksDir(root, tasksDir) {
  let real2;
  let realRoot;
  try {
    real2 = (0, import_node_fs.realpathSync)(tasksDir);
    realRoot = (0, import_node_fs.realpathSync)(root);
  } catch {
    return tasksDir;
  }
  const lexical = (0, import_node_path.relative)(root, tasksDir);
  const configuredInside = !lexical.startsWith("..") && !(0, import_node_path.isAbsolute)(lexical);
  if (!configuredInside || (0, import_node_path.join)(realRoot, lexical) === real2)
    return tasksDir;
  const rel = (0, import_node_path.relative)(realRoot, real2);
  if (rel.startsWith("..") || (0, import_node_path.isAbsolute)(rel))
    return void 0;
  return (0, import_node_path.join)(root, rel);
}
function displayPath(file, root) {
  if (!root)
    return file;
  const rel = (0, import_node_path.relative)(root, file);
  return rel && !rel.startsWith("..") && !(0, import_node_path.isAbsolute)(rel) ? rel.split(import_node_path.sep).join("/") : file;
}
var import_node_fs, import_node_path, CONFIG_FILE, DEFAULT_STATE_DIR, DEFAULT_TASKS_DIR, MAPPING_FILE, COUNTERS_FILE, LINKS_FILE, STATE_FILE, isMarkdown, SKIPPED_FOLDERS, isSkippedName, relPath, isInside;
var init_paths = __esm({
  "lib/core/paths.js"() {
    "use strict";
    import_node_fs = require("node:fs");
    import_node_path = require("node:path");
    CONFIG_FILE = ".claude/extids.json";
    DEFAULT_STATE_DIR = ".claude/state";
    DEFAULT_TASKS_DIR = "tasks";
    MAPPING_FILE = "external_id_mapping.json";
    COUNTERS_FILE = "external_id_counters.json";
    LINKS_FILE = "external_id_links.json";
    STATE_FILE = { mapping: MAPPING_FILE, counters: COUNTERS_FILE };
    isMarkdown = (name) => /\.md$/i.test(name);
    SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules", ".git"]);
    isSkippedName = (name) => name.startsWith(".") || SKIPPED_FOLDERS.has(name);
    relPath = (root, p) => (0, import_node_path.relative)(root, p).split(import_node_path.sep).join("/");
    isInside = (root, p) => {
      const rel = (0, import_node_path.relative)(root, p);
      return rel === "" || !rel.startsWith("..") && !(0, import_node_path.isAbsolute)(rel);
    };
  }
});

// lib/core/ids.js
function internalIdPattern(prefixes = DEFAULT_ID_PREFIXES) {
  const alt = prefixes.map((p) => p.replace(/[^A-Za-z0-9_]/g, "")).join("|");
  const part = "[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*";
  return new RegExp(`^(?:${alt})-${part}(?:-${part})*$`);
}
function parseExternalId(tool, id) {
  if (isKeyedTool(tool)) {
    const m2 = KEYED_EXTERNAL_ID.exec(id);
    return m2 ? { key: m2[1], number: Number(m2[2]) } : void 0;
  }
  return NUMERIC_EXTERNAL_ID.test(id) ? { number: Number(id) } : void 0;
}
function formatExternalId(tool, number2, key) {
  return isKeyedTool(tool) ? `${key}-${number2}` : String(number2);
}
function normalizeToolName(name) {
  if (isTool(name))
    return name;
  const n = name.trim().toLowerCase().replace(/[-\s]/g, "_");
  if (isTool(n))
    return n;
  return TOOL_ALIASES[n.replace(/_/g, "")];
}
var TOOLS, KEYED_TOOLS, isTool, isKeyedTool, PROJECT_KEY, KEYED_EXTERNAL_ID, NUMERIC_EXTERNAL_ID, EXTERNAL_ID_PATTERN, DEFAULT_ID_PREFIXES, DEFAULT_INTERNAL_ID, TOOL_LABEL, TOOL_ALIASES;
var init_ids = __esm({
  "lib/core/ids.js"() {
    "use strict";
    TOOLS = ["azure_devops", "github", "jira", "linear"];
    KEYED_TOOLS = ["jira", "linear"];
    isTool = (s) => TOOLS.includes(s);
    isKeyedTool = (t) => t === "jira" || t === "linear";
    PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;
    KEYED_EXTERNAL_ID = /^([A-Z][A-Z0-9_]*)-([1-9][0-9]{0,14})$/;
    NUMERIC_EXTERNAL_ID = /^[1-9][0-9]{0,14}$/;
    EXTERNAL_ID_PATTERN = {
      azure_devops: NUMERIC_EXTERNAL_ID,
      github: NUMERIC_EXTERNAL_ID,
      jira: KEYED_EXTERNAL_ID,
      linear: KEYED_EXTERNAL_ID
    };
    DEFAULT_ID_PREFIXES = ["TASK", "EPIC", "FEAT", "DOC", "REV"];
    DEFAULT_INTERNAL_ID = internalIdPattern();
    TOOL_LABEL = {
      azure_devops: "Azure DevOps",
      github: "GitHub",
      jira: "Jira",
      linear: "Linear"
    };
    TOOL_ALIASES = {
      ado: "azure_devops",
      azure: "azure_devops",
      azuredevops: "azure_devops",
      gh: "github"
    };
  }
});

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = false) {
  const len = text.length;
  let pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0;
    let value2 = 0;
    while (digits < count || !exact) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57) {
        value2 = value2 * 16 + ch - 48;
      } else if (ch >= 65 && ch <= 70) {
        value2 = value2 * 16 + ch - 65 + 10;
      } else if (ch >= 97 && ch <= 102) {
        value2 = value2 * 16 + ch - 97 + 10;
      } else {
        break;
      }
      pos++;
      digits++;
    }
    if (digits < count) {
      value2 = -1;
    }
    return value2;
  }
  function setPosition(newPosition) {
    pos = newPosition;
    value = "";
    tokenOffset = 0;
    token = 16;
    scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48) {
      pos++;
    } else {
      pos++;
      while (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
      }
    }
    if (pos < text.length && text.charCodeAt(pos) === 46) {
      pos++;
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
      } else {
        scanError = 3;
        return text.substring(start, pos);
      }
    }
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101)) {
      pos++;
      if (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) {
        pos++;
      }
      if (pos < text.length && isDigit(text.charCodeAt(pos))) {
        pos++;
        while (pos < text.length && isDigit(text.charCodeAt(pos))) {
          pos++;
        }
        end = pos;
      } else {
        scanError = 3;
      }
    }
    return text.substring(start, end);
  }
  function scanString() {
    let result2 = "", start = pos;
    while (true) {
      if (pos >= len) {
        result2 += text.substring(start, pos);
        scanError = 2;
        break;
      }
      const ch = text.charCodeAt(pos);
      if (ch === 34) {
        result2 += text.substring(start, pos);
        pos++;
        break;
      }
      if (ch === 92) {
        result2 += text.substring(start, pos);
        pos++;
        if (pos >= len) {
          scanError = 2;
          break;
        }
        const ch2 = text.charCodeAt(pos++);
        switch (ch2) {
          case 34:
            result2 += '"';
            break;
          case 92:
            result2 += "\\";
            break;
          case 47:
            result2 += "/";
            break;
          case 98:
            result2 += "\b";
            break;
          case 102:
            result2 += "\f";
            break;
          case 110:
            result2 += "\n";
            break;
          case 114:
            result2 += "\r";
            break;
          case 116:
            result2 += "	";
            break;
          case 117:
            const ch3 = scanHexDigits(4, true);
            if (ch3 >= 0) {
              result2 += String.fromCharCode(ch3);
            } else {
              scanError = 4;
            }
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31) {
        if (isLineBreak(ch)) {
          result2 += text.substring(start, pos);
          scanError = 2;
          break;
        } else {
          scanError = 6;
        }
      }
      pos++;
    }
    return result2;
  }
  function scanNext() {
    value = "";
    scanError = 0;
    tokenOffset = pos;
    lineStartOffset = lineNumber;
    prevTokenLineStartOffset = tokenLineStartOffset;
    if (pos >= len) {
      tokenOffset = len;
      return token = 17;
    }
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do {
        pos++;
        value += String.fromCharCode(code);
        code = text.charCodeAt(pos);
      } while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code)) {
      pos++;
      value += String.fromCharCode(code);
      if (code === 13 && text.charCodeAt(pos) === 10) {
        pos++;
        value += "\n";
      }
      lineNumber++;
      tokenLineStartOffset = pos;
      return token = 14;
    }
    switch (code) {
      // tokens: []{}:,
      case 123:
        pos++;
        return token = 1;
      case 125:
        pos++;
        return token = 2;
      case 91:
        pos++;
        return token = 3;
      case 93:
        pos++;
        return token = 4;
      case 58:
        pos++;
        return token = 6;
      case 44:
        pos++;
        return token = 5;
      // strings
      case 34:
        pos++;
        value = scanString();
        return token = 10;
      // comments
      case 47:
        const start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          pos += 2;
          while (pos < len) {
            if (isLineBreak(text.charCodeAt(pos))) {
              break;
            }
            pos++;
          }
          value = text.substring(start, pos);
          return token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          const safeLength = len - 1;
          let commentClosed = false;
          while (pos < safeLength) {
            const ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2;
              commentClosed = true;
              break;
            }
            pos++;
            if (isLineBreak(ch)) {
              if (ch === 13 && text.charCodeAt(pos) === 10) {
                pos++;
              }
              lineNumber++;
              tokenLineStartOffset = pos;
            }
          }
          if (!commentClosed) {
            pos++;
            scanError = 1;
          }
          value = text.substring(start, pos);
          return token = 13;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
      // numbers
      case 45:
        value += String.fromCharCode(code);
        pos++;
        if (pos === len || !isDigit(text.charCodeAt(pos))) {
          return token = 16;
        }
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        value += scanNumber();
        return token = 11;
      // literals and unknown symbols
      default:
        while (pos < len && isUnknownContentCharacter(code)) {
          pos++;
          code = text.charCodeAt(pos);
        }
        if (tokenOffset !== pos) {
          value = text.substring(tokenOffset, pos);
          switch (value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        value += String.fromCharCode(code);
        pos++;
        return token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code)) {
      return false;
    }
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return false;
    }
    return true;
  }
  function scanNextNonTrivia() {
    let result2;
    do {
      result2 = scanNext();
    } while (result2 >= 12 && result2 <= 15);
    return result2;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
var init_scanner = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/scanner.js"() {
    "use strict";
    (function(CharacterCodes2) {
      CharacterCodes2[CharacterCodes2["lineFeed"] = 10] = "lineFeed";
      CharacterCodes2[CharacterCodes2["carriageReturn"] = 13] = "carriageReturn";
      CharacterCodes2[CharacterCodes2["space"] = 32] = "space";
      CharacterCodes2[CharacterCodes2["_0"] = 48] = "_0";
      CharacterCodes2[CharacterCodes2["_1"] = 49] = "_1";
      CharacterCodes2[CharacterCodes2["_2"] = 50] = "_2";
      CharacterCodes2[CharacterCodes2["_3"] = 51] = "_3";
      CharacterCodes2[CharacterCodes2["_4"] = 52] = "_4";
      CharacterCodes2[CharacterCodes2["_5"] = 53] = "_5";
      CharacterCodes2[CharacterCodes2["_6"] = 54] = "_6";
      CharacterCodes2[CharacterCodes2["_7"] = 55] = "_7";
      CharacterCodes2[CharacterCodes2["_8"] = 56] = "_8";
      CharacterCodes2[CharacterCodes2["_9"] = 57] = "_9";
      CharacterCodes2[CharacterCodes2["a"] = 97] = "a";
      CharacterCodes2[CharacterCodes2["b"] = 98] = "b";
      CharacterCodes2[CharacterCodes2["c"] = 99] = "c";
      CharacterCodes2[CharacterCodes2["d"] = 100] = "d";
      CharacterCodes2[CharacterCodes2["e"] = 101] = "e";
      CharacterCodes2[CharacterCodes2["f"] = 102] = "f";
      CharacterCodes2[CharacterCodes2["g"] = 103] = "g";
      CharacterCodes2[CharacterCodes2["h"] = 104] = "h";
      CharacterCodes2[CharacterCodes2["i"] = 105] = "i";
      CharacterCodes2[CharacterCodes2["j"] = 106] = "j";
      CharacterCodes2[CharacterCodes2["k"] = 107] = "k";
      CharacterCodes2[CharacterCodes2["l"] = 108] = "l";
      CharacterCodes2[CharacterCodes2["m"] = 109] = "m";
      CharacterCodes2[CharacterCodes2["n"] = 110] = "n";
      CharacterCodes2[CharacterCodes2["o"] = 111] = "o";
      CharacterCodes2[CharacterCodes2["p"] = 112] = "p";
      CharacterCodes2[CharacterCodes2["q"] = 113] = "q";
      CharacterCodes2[CharacterCodes2["r"] = 114] = "r";
      CharacterCodes2[CharacterCodes2["s"] = 115] = "s";
      CharacterCodes2[CharacterCodes2["t"] = 116] = "t";
      CharacterCodes2[CharacterCodes2["u"] = 117] = "u";
      CharacterCodes2[CharacterCodes2["v"] = 118] = "v";
      CharacterCodes2[CharacterCodes2["w"] = 119] = "w";
      CharacterCodes2[CharacterCodes2["x"] = 120] = "x";
      CharacterCodes2[CharacterCodes2["y"] = 121] = "y";
      CharacterCodes2[CharacterCodes2["z"] = 122] = "z";
      CharacterCodes2[CharacterCodes2["A"] = 65] = "A";
      CharacterCodes2[CharacterCodes2["B"] = 66] = "B";
      CharacterCodes2[CharacterCodes2["C"] = 67] = "C";
      CharacterCodes2[CharacterCodes2["D"] = 68] = "D";
      CharacterCodes2[CharacterCodes2["E"] = 69] = "E";
      CharacterCodes2[CharacterCodes2["F"] = 70] = "F";
      CharacterCodes2[CharacterCodes2["G"] = 71] = "G";
      CharacterCodes2[CharacterCodes2["H"] = 72] = "H";
      CharacterCodes2[CharacterCodes2["I"] = 73] = "I";
      CharacterCodes2[CharacterCodes2["J"] = 74] = "J";
      CharacterCodes2[CharacterCodes2["K"] = 75] = "K";
      CharacterCodes2[CharacterCodes2["L"] = 76] = "L";
      CharacterCodes2[CharacterCodes2["M"] = 77] = "M";
      CharacterCodes2[CharacterCodes2["N"] = 78] = "N";
      CharacterCodes2[CharacterCodes2["O"] = 79] = "O";
      CharacterCodes2[CharacterCodes2["P"] = 80] = "P";
      CharacterCodes2[CharacterCodes2["Q"] = 81] = "Q";
      CharacterCodes2[CharacterCodes2["R"] = 82] = "R";
      CharacterCodes2[CharacterCodes2["S"] = 83] = "S";
      CharacterCodes2[CharacterCodes2["T"] = 84] = "T";
      CharacterCodes2[CharacterCodes2["U"] = 85] = "U";
      CharacterCodes2[CharacterCodes2["V"] = 86] = "V";
      CharacterCodes2[CharacterCodes2["W"] = 87] = "W";
      CharacterCodes2[CharacterCodes2["X"] = 88] = "X";
      CharacterCodes2[CharacterCodes2["Y"] = 89] = "Y";
      CharacterCodes2[CharacterCodes2["Z"] = 90] = "Z";
      CharacterCodes2[CharacterCodes2["asterisk"] = 42] = "asterisk";
      CharacterCodes2[CharacterCodes2["backslash"] = 92] = "backslash";
      CharacterCodes2[CharacterCodes2["closeBrace"] = 125] = "closeBrace";
      CharacterCodes2[CharacterCodes2["closeBracket"] = 93] = "closeBracket";
      CharacterCodes2[CharacterCodes2["colon"] = 58] = "colon";
      CharacterCodes2[CharacterCodes2["comma"] = 44] = "comma";
      CharacterCodes2[CharacterCodes2["dot"] = 46] = "dot";
      CharacterCodes2[CharacterCodes2["doubleQuote"] = 34] = "doubleQuote";
      CharacterCodes2[CharacterCodes2["minus"] = 45] = "minus";
      CharacterCodes2[CharacterCodes2["openBrace"] = 123] = "openBrace";
      CharacterCodes2[CharacterCodes2["openBracket"] = 91] = "openBracket";
      CharacterCodes2[CharacterCodes2["plus"] = 43] = "plus";
      CharacterCodes2[CharacterCodes2["slash"] = 47] = "slash";
      CharacterCodes2[CharacterCodes2["formFeed"] = 12] = "formFeed";
      CharacterCodes2[CharacterCodes2["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces, maxCachedValues, cachedBreakLinesWithSpaces, supportedEols;
var init_string_intern = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/string-intern.js"() {
    cachedSpaces = new Array(20).fill(0).map((_2, index) => {
      return " ".repeat(index);
    });
    maxCachedValues = 200;
    cachedBreakLinesWithSpaces = {
      " ": {
        "\n": new Array(maxCachedValues).fill(0).map((_2, index) => {
          return "\n" + " ".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_2, index) => {
          return "\r" + " ".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_2, index) => {
          return "\r\n" + " ".repeat(index);
        })
      },
      "	": {
        "\n": new Array(maxCachedValues).fill(0).map((_2, index) => {
          return "\n" + "	".repeat(index);
        }),
        "\r": new Array(maxCachedValues).fill(0).map((_2, index) => {
          return "\r" + "	".repeat(index);
        }),
        "\r\n": new Array(maxCachedValues).fill(0).map((_2, index) => {
          return "\r\n" + "	".repeat(index);
        })
      }
    };
    supportedEols = ["\n", "\r", "\r\n"];
  }
});

// node_modules/jsonc-parser/lib/esm/impl/format.js
function format(documentText, range, options) {
  let initialIndentLevel;
  let formatText;
  let formatTextStart;
  let rangeStart;
  let rangeEnd;
  if (range) {
    rangeStart = range.offset;
    rangeEnd = rangeStart + range.length;
    formatTextStart = rangeStart;
    while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
      formatTextStart--;
    }
    let endOffset = rangeEnd;
    while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
      endOffset++;
    }
    formatText = documentText.substring(formatTextStart, endOffset);
    initialIndentLevel = computeIndentLevel(formatText, options);
  } else {
    formatText = documentText;
    initialIndentLevel = 0;
    formatTextStart = 0;
    rangeStart = 0;
    rangeEnd = documentText.length;
  }
  const eol = getEOL(options, documentText);
  const eolFastPathSupported = supportedEols.includes(eol);
  let numberLineBreaks = 0;
  let indentLevel = 0;
  let indentValue;
  if (options.insertSpaces) {
    indentValue = cachedSpaces[options.tabSize || 4] ?? repeat(cachedSpaces[1], options.tabSize || 4);
  } else {
    indentValue = "	";
  }
  const indentType = indentValue === "	" ? "	" : " ";
  let scanner = createScanner(formatText, false);
  let hasError = false;
  function newLinesAndIndent() {
    if (numberLineBreaks > 1) {
      return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
    if (!eolFastPathSupported || amountOfSpaces > cachedBreakLinesWithSpaces[indentType][eol].length) {
      return eol + repeat(indentValue, initialIndentLevel + indentLevel);
    }
    if (amountOfSpaces <= 0) {
      return eol;
    }
    return cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
  }
  function scanNext() {
    let token = scanner.scan();
    numberLineBreaks = 0;
    while (token === 15 || token === 14) {
      if (token === 14 && options.keepLines) {
        numberLineBreaks += 1;
      } else if (token === 14) {
        numberLineBreaks = 1;
      }
      token = scanner.scan();
    }
    hasError = token === 16 || scanner.getTokenError() !== 0;
    return token;
  }
  const editOperations = [];
  function addEdit(text, startOffset, endOffset) {
    if (!hasError && (!range || startOffset < rangeEnd && endOffset > rangeStart) && documentText.substring(startOffset, endOffset) !== text) {
      editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
    }
  }
  let firstToken = scanNext();
  if (options.keepLines && numberLineBreaks > 0) {
    addEdit(repeat(eol, numberLineBreaks), 0, 0);
  }
  if (firstToken !== 17) {
    let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
    let initialIndent = indentValue.length * initialIndentLevel < 20 && options.insertSpaces ? cachedSpaces[indentValue.length * initialIndentLevel] : repeat(indentValue, initialIndentLevel);
    addEdit(initialIndent, formatTextStart, firstTokenStart);
  }
  while (firstToken !== 17) {
    let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
    let secondToken = scanNext();
    let replaceContent = "";
    let needsLineBreak = false;
    while (numberLineBreaks === 0 && (secondToken === 12 || secondToken === 13)) {
      let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
      addEdit(cachedSpaces[1], firstTokenEnd, commentTokenStart);
      firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
      needsLineBreak = secondToken === 12;
      replaceContent = needsLineBreak ? newLinesAndIndent() : "";
      secondToken = scanNext();
    }
    if (secondToken === 2) {
      if (firstToken !== 1) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else if (secondToken === 4) {
      if (firstToken !== 3) {
        indentLevel--;
      }
      ;
      if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3) {
        replaceContent = newLinesAndIndent();
      } else if (options.keepLines) {
        replaceContent = cachedSpaces[1];
      }
    } else {
      switch (firstToken) {
        case 3:
        case 1:
          indentLevel++;
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 5:
          if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
            replaceContent = newLinesAndIndent();
          } else {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 12:
          replaceContent = newLinesAndIndent();
          break;
        case 13:
          if (numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 6:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (!needsLineBreak) {
            replaceContent = cachedSpaces[1];
          }
          break;
        case 10:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else if (secondToken === 6 && !needsLineBreak) {
            replaceContent = "";
          }
          break;
        case 7:
        case 8:
        case 9:
        case 11:
        case 2:
        case 4:
          if (options.keepLines && numberLineBreaks > 0) {
            replaceContent = newLinesAndIndent();
          } else {
            if ((secondToken === 12 || secondToken === 13) && !needsLineBreak) {
              replaceContent = cachedSpaces[1];
            } else if (secondToken !== 5 && secondToken !== 17) {
              hasError = true;
            }
          }
          break;
        case 16:
          hasError = true;
          break;
      }
      if (numberLineBreaks > 0 && (secondToken === 12 || secondToken === 13)) {
        replaceContent = newLinesAndIndent();
      }
    }
    if (secondToken === 17) {
      if (options.keepLines && numberLineBreaks > 0) {
        replaceContent = newLinesAndIndent();
      } else {
        replaceContent = options.insertFinalNewline ? eol : "";
      }
    }
    const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
    addEdit(replaceContent, firstTokenEnd, secondTokenStart);
    firstToken = secondToken;
  }
  return editOperations;
}
function repeat(s, count) {
  let result2 = "";
  for (let i = 0; i < count; i++) {
    result2 += s;
  }
  return result2;
}
function computeIndentLevel(content, options) {
  let i = 0;
  let nChars = 0;
  const tabSize = options.tabSize || 4;
  while (i < content.length) {
    let ch = content.charAt(i);
    if (ch === cachedSpaces[1]) {
      nChars++;
    } else if (ch === "	") {
      nChars += tabSize;
    } else {
      break;
    }
    i++;
  }
  return Math.floor(nChars / tabSize);
}
function getEOL(options, text) {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === "\r") {
      if (i + 1 < text.length && text.charAt(i + 1) === "\n") {
        return "\r\n";
      }
      return "\r";
    } else if (ch === "\n") {
      return "\n";
    }
  }
  return options && options.eol || "\n";
}
function isEOL(text, offset) {
  return "\r\n".indexOf(text.charAt(offset)) !== -1;
}
var init_format = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/format.js"() {
    "use strict";
    init_scanner();
    init_string_intern();
  }
});

// node_modules/jsonc-parser/lib/esm/impl/parser.js
function getLocation(text, position) {
  const segments = [];
  const earlyReturnException = new Object();
  let previousNode = void 0;
  const previousNodeInst = {
    value: {},
    offset: 0,
    length: 0,
    type: "object",
    parent: void 0
  };
  let isAtPropertyKey = false;
  function setPreviousNode(value, offset, length, type) {
    previousNodeInst.value = value;
    previousNodeInst.offset = offset;
    previousNodeInst.length = length;
    previousNodeInst.type = type;
    previousNodeInst.colonOffset = void 0;
    previousNode = previousNodeInst;
  }
  try {
    visit(text, {
      onObjectBegin: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        isAtPropertyKey = position > offset;
        segments.push("");
      },
      onObjectProperty: (name, offset, length) => {
        if (position < offset) {
          throw earlyReturnException;
        }
        setPreviousNode(name, offset, length, "property");
        segments[segments.length - 1] = name;
        if (position <= offset + length) {
          throw earlyReturnException;
        }
      },
      onObjectEnd: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.pop();
      },
      onArrayBegin: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.push(0);
      },
      onArrayEnd: (offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        previousNode = void 0;
        segments.pop();
      },
      onLiteralValue: (value, offset, length) => {
        if (position < offset) {
          throw earlyReturnException;
        }
        setPreviousNode(value, offset, length, getNodeType(value));
        if (position <= offset + length) {
          throw earlyReturnException;
        }
      },
      onSeparator: (sep3, offset, length) => {
        if (position <= offset) {
          throw earlyReturnException;
        }
        if (sep3 === ":" && previousNode && previousNode.type === "property") {
          previousNode.colonOffset = offset;
          isAtPropertyKey = false;
          previousNode = void 0;
        } else if (sep3 === ",") {
          const last = segments[segments.length - 1];
          if (typeof last === "number") {
            segments[segments.length - 1] = last + 1;
          } else {
            isAtPropertyKey = true;
            segments[segments.length - 1] = "";
          }
          previousNode = void 0;
        }
      }
    });
  } catch (e) {
    if (e !== earlyReturnException) {
      throw e;
    }
  }
  return {
    path: segments,
    previousNode,
    isAtPropertyKey,
    matches: (pattern) => {
      let k2 = 0;
      for (let i = 0; k2 < pattern.length && i < segments.length; i++) {
        if (pattern[k2] === segments[i] || pattern[k2] === "*") {
          k2++;
        } else if (pattern[k2] !== "**") {
          return false;
        }
      }
      return k2 === pattern.length;
    }
  };
}
function parse(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentProperty = null;
  let currentParent = [];
  const previousParents = [];
  function onValue(value) {
    if (Array.isArray(currentParent)) {
      currentParent.push(value);
    } else if (currentProperty !== null) {
      currentParent[currentProperty] = value;
    }
  }
  const visitor = {
    onObjectBegin: () => {
      const object = {};
      onValue(object);
      previousParents.push(currentParent);
      currentParent = object;
      currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      const array2 = [];
      onValue(array2);
      previousParents.push(currentParent);
      currentParent = array2;
      currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error2, offset, length) => {
      errors.push({ error: error2, offset, length });
    }
  };
  visit(text, visitor, options);
  return currentParent[0];
}
function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
  let currentParent = { type: "array", offset: -1, length: -1, children: [], parent: void 0 };
  function ensurePropertyComplete(endOffset) {
    if (currentParent.type === "property") {
      currentParent.length = endOffset - currentParent.offset;
      currentParent = currentParent.parent;
    }
  }
  function onValue(valueNode) {
    currentParent.children.push(valueNode);
    return valueNode;
  }
  const visitor = {
    onObjectBegin: (offset) => {
      currentParent = onValue({ type: "object", offset, length: -1, parent: currentParent, children: [] });
    },
    onObjectProperty: (name, offset, length) => {
      currentParent = onValue({ type: "property", offset, length: -1, parent: currentParent, children: [] });
      currentParent.children.push({ type: "string", value: name, offset, length, parent: currentParent });
    },
    onObjectEnd: (offset, length) => {
      ensurePropertyComplete(offset + length);
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onArrayBegin: (offset, length) => {
      currentParent = onValue({ type: "array", offset, length: -1, parent: currentParent, children: [] });
    },
    onArrayEnd: (offset, length) => {
      currentParent.length = offset + length - currentParent.offset;
      currentParent = currentParent.parent;
      ensurePropertyComplete(offset + length);
    },
    onLiteralValue: (value, offset, length) => {
      onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
      ensurePropertyComplete(offset + length);
    },
    onSeparator: (sep3, offset, length) => {
      if (currentParent.type === "property") {
        if (sep3 === ":") {
          currentParent.colonOffset = offset;
        } else if (sep3 === ",") {
          ensurePropertyComplete(offset);
        }
      }
    },
    onError: (error2, offset, length) => {
      errors.push({ error: error2, offset, length });
    }
  };
  visit(text, visitor, options);
  const result2 = currentParent.children[0];
  if (result2) {
    delete result2.parent;
  }
  return result2;
}
function findNodeAtLocation(root, path) {
  if (!root) {
    return void 0;
  }
  let node = root;
  for (let segment of path) {
    if (typeof segment === "string") {
      if (node.type !== "object" || !Array.isArray(node.children)) {
        return void 0;
      }
      let found = false;
      for (const propertyNode of node.children) {
        if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
          node = propertyNode.children[1];
          found = true;
          break;
        }
      }
      if (!found) {
        return void 0;
      }
    } else {
      const index = segment;
      if (node.type !== "array" || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
        return void 0;
      }
      node = node.children[index];
    }
  }
  return node;
}
function getNodePath(node) {
  if (!node.parent || !node.parent.children) {
    return [];
  }
  const path = getNodePath(node.parent);
  if (node.parent.type === "property") {
    const key = node.parent.children[0].value;
    path.push(key);
  } else if (node.parent.type === "array") {
    const index = node.parent.children.indexOf(node);
    if (index !== -1) {
      path.push(index);
    }
  }
  return path;
}
function getNodeValue(node) {
  switch (node.type) {
    case "array":
      return node.children.map(getNodeValue);
    case "object":
      const obj = /* @__PURE__ */ Object.create(null);
      for (let prop of node.children) {
        const valueNode = prop.children[1];
        if (valueNode) {
          obj[prop.children[0].value] = getNodeValue(valueNode);
        }
      }
      return obj;
    case "null":
    case "string":
    case "number":
    case "boolean":
      return node.value;
    default:
      return void 0;
  }
}
function contains(node, offset, includeRightBound = false) {
  return offset >= node.offset && offset < node.offset + node.length || includeRightBound && offset === node.offset + node.length;
}
function findNodeAtOffset(node, offset, includeRightBound = false) {
  if (contains(node, offset, includeRightBound)) {
    const children = node.children;
    if (Array.isArray(children)) {
      for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
        const item = findNodeAtOffset(children[i], offset, includeRightBound);
        if (item) {
          return item;
        }
      }
    }
    return node;
  }
  return void 0;
}
function visit(text, visitor, options = ParseOptions.DEFAULT) {
  const _scanner = createScanner(text, false);
  const _jsonPath = [];
  let suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks++;
      } else {
        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
        if (cbReturn === false) {
          suppressedCallbacks = 1;
        }
      }
    } : () => true;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      if (suppressedCallbacks > 0) {
        suppressedCallbacks--;
      }
      if (suppressedCallbacks === 0) {
        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
      }
    } : () => true;
  }
  const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
  const disallowComments = options && options.disallowComments;
  const allowTrailingComma = options && options.allowTrailingComma;
  function scanNext() {
    while (true) {
      const token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          if (!disallowComments) {
            handleError(
              11
              /* ParseErrorCode.UnexpectedEndOfComment */
            );
          }
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          if (disallowComments) {
            handleError(
              10
              /* ParseErrorCode.InvalidCommentToken */
            );
          } else {
            onComment();
          }
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error2, skipUntilAfter = [], skipUntil = []) {
    onError(error2);
    if (skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      while (token !== 17) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1) {
          break;
        }
        token = scanNext();
      }
    }
  }
  function parseString(isValue) {
    const value = _scanner.getTokenValue();
    if (isValue) {
      onLiteralValue(value);
    } else {
      onObjectProperty(value);
      _jsonPath.push(value);
    }
    scanNext();
    return true;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        const tokenValue = _scanner.getTokenValue();
        let value = Number(tokenValue);
        if (isNaN(value)) {
          handleError(
            2
            /* ParseErrorCode.InvalidNumberFormat */
          );
          value = 0;
        }
        onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(true);
        break;
      case 9:
        onLiteralValue(false);
        break;
      default:
        return false;
    }
    scanNext();
    return true;
  }
  function parseProperty() {
    if (_scanner.getToken() !== 10) {
      handleError(3, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
      return false;
    }
    parseString(false);
    if (_scanner.getToken() === 6) {
      onSeparator(":");
      scanNext();
      if (!parseValue()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
    } else {
      handleError(5, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]);
    }
    _jsonPath.pop();
    return true;
  }
  function parseObject() {
    onObjectBegin();
    scanNext();
    let needsComma = false;
    while (_scanner.getToken() !== 2 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 2 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (!parseProperty()) {
        handleError(4, [], [
          2,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onObjectEnd();
    if (_scanner.getToken() !== 2) {
      handleError(7, [
        2
        /* SyntaxKind.CloseBraceToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseArray() {
    onArrayBegin();
    scanNext();
    let isFirstElement = true;
    let needsComma = false;
    while (_scanner.getToken() !== 4 && _scanner.getToken() !== 17) {
      if (_scanner.getToken() === 5) {
        if (!needsComma) {
          handleError(4, [], []);
        }
        onSeparator(",");
        scanNext();
        if (_scanner.getToken() === 4 && allowTrailingComma) {
          break;
        }
      } else if (needsComma) {
        handleError(6, [], []);
      }
      if (isFirstElement) {
        _jsonPath.push(0);
        isFirstElement = false;
      } else {
        _jsonPath[_jsonPath.length - 1]++;
      }
      if (!parseValue()) {
        handleError(4, [], [
          4,
          5
          /* SyntaxKind.CommaToken */
        ]);
      }
      needsComma = true;
    }
    onArrayEnd();
    if (!isFirstElement) {
      _jsonPath.pop();
    }
    if (_scanner.getToken() !== 4) {
      handleError(8, [
        4
        /* SyntaxKind.CloseBracketToken */
      ], []);
    } else {
      scanNext();
    }
    return true;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray();
      case 1:
        return parseObject();
      case 10:
        return parseString(true);
      default:
        return parseLiteral();
    }
  }
  scanNext();
  if (_scanner.getToken() === 17) {
    if (options.allowEmptyContent) {
      return true;
    }
    handleError(4, [], []);
    return false;
  }
  if (!parseValue()) {
    handleError(4, [], []);
    return false;
  }
  if (_scanner.getToken() !== 17) {
    handleError(9, [], []);
  }
  return true;
}
function stripComments(text, replaceCh) {
  let _scanner = createScanner(text), parts = [], kind, offset = 0, pos;
  do {
    pos = _scanner.getPosition();
    kind = _scanner.scan();
    switch (kind) {
      case 12:
      case 13:
      case 17:
        if (offset !== pos) {
          parts.push(text.substring(offset, pos));
        }
        if (replaceCh !== void 0) {
          parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
        }
        offset = _scanner.getPosition();
        break;
    }
  } while (kind !== 17);
  return parts.join("");
}
function getNodeType(value) {
  switch (typeof value) {
    case "boolean":
      return "boolean";
    case "number":
      return "number";
    case "string":
      return "string";
    case "object": {
      if (!value) {
        return "null";
      } else if (Array.isArray(value)) {
        return "array";
      }
      return "object";
    }
    default:
      return "null";
  }
}
var ParseOptions;
var init_parser = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/parser.js"() {
    "use strict";
    init_scanner();
    (function(ParseOptions2) {
      ParseOptions2.DEFAULT = {
        allowTrailingComma: false
      };
    })(ParseOptions || (ParseOptions = {}));
  }
});

// node_modules/jsonc-parser/lib/esm/impl/edit.js
function setProperty(text, originalPath, value, options) {
  const path = originalPath.slice();
  const errors = [];
  const root = parseTree(text, errors);
  let parent = void 0;
  let lastSegment = void 0;
  while (path.length > 0) {
    lastSegment = path.pop();
    parent = findNodeAtLocation(root, path);
    if (parent === void 0 && value !== void 0) {
      if (typeof lastSegment === "string") {
        value = { [lastSegment]: value };
      } else {
        value = [value];
      }
    } else {
      break;
    }
  }
  if (!parent) {
    if (value === void 0) {
      throw new Error("Can not delete in empty document");
    }
    return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
  } else if (parent.type === "object" && typeof lastSegment === "string" && Array.isArray(parent.children)) {
    const existing = findNodeAtLocation(parent, [lastSegment]);
    if (existing !== void 0) {
      if (value === void 0) {
        if (!existing.parent) {
          throw new Error("Malformed AST");
        }
        const propertyIndex = parent.children.indexOf(existing.parent);
        let removeBegin;
        let removeEnd = existing.parent.offset + existing.parent.length;
        if (propertyIndex > 0) {
          let previous = parent.children[propertyIndex - 1];
          removeBegin = previous.offset + previous.length;
        } else {
          removeBegin = parent.offset + 1;
          if (parent.children.length > 1) {
            let next = parent.children[1];
            removeEnd = next.offset;
          }
        }
        return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: "" }, options);
      } else {
        return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
      }
    } else {
      if (value === void 0) {
        return [];
      }
      const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
      const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map((p) => p.children[0].value)) : parent.children.length;
      let edit;
      if (index > 0) {
        let previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      } else if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty + "," };
      }
      return withFormatting(text, edit, options);
    }
  } else if (parent.type === "array" && typeof lastSegment === "number" && Array.isArray(parent.children)) {
    const insertIndex = lastSegment;
    if (insertIndex === -1) {
      const newProperty = `${JSON.stringify(value)}`;
      let edit;
      if (parent.children.length === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: newProperty };
      } else {
        const previous = parent.children[parent.children.length - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text, edit, options);
    } else if (value === void 0 && parent.children.length >= 0) {
      const removalIndex = lastSegment;
      const toRemove = parent.children[removalIndex];
      let edit;
      if (parent.children.length === 1) {
        edit = { offset: parent.offset + 1, length: parent.length - 2, content: "" };
      } else if (parent.children.length - 1 === removalIndex) {
        let previous = parent.children[removalIndex - 1];
        let offset = previous.offset + previous.length;
        let parentEndOffset = parent.offset + parent.length;
        edit = { offset, length: parentEndOffset - 2 - offset, content: "" };
      } else {
        edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: "" };
      }
      return withFormatting(text, edit, options);
    } else if (value !== void 0) {
      let edit;
      const newProperty = `${JSON.stringify(value)}`;
      if (!options.isArrayInsertion && parent.children.length > lastSegment) {
        const toModify = parent.children[lastSegment];
        edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
      } else if (parent.children.length === 0 || lastSegment === 0) {
        edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + "," };
      } else {
        const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
        const previous = parent.children[index - 1];
        edit = { offset: previous.offset + previous.length, length: 0, content: "," + newProperty };
      }
      return withFormatting(text, edit, options);
    } else {
      throw new Error(`Can not ${value === void 0 ? "remove" : options.isArrayInsertion ? "insert" : "modify"} Array index ${insertIndex} as length is not sufficient`);
    }
  } else {
    throw new Error(`Can not add ${typeof lastSegment !== "number" ? "index" : "property"} to parent of type ${parent.type}`);
  }
}
function withFormatting(text, edit, options) {
  if (!options.formattingOptions) {
    return [edit];
  }
  let newText = applyEdit(text, edit);
  let begin = edit.offset;
  let end = edit.offset + edit.content.length;
  if (edit.length === 0 || edit.content.length === 0) {
    while (begin > 0 && !isEOL(newText, begin - 1)) {
      begin--;
    }
    while (end < newText.length && !isEOL(newText, end)) {
      end++;
    }
  }
  const edits = format(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
  for (let i = edits.length - 1; i >= 0; i--) {
    const edit2 = edits[i];
    newText = applyEdit(newText, edit2);
    begin = Math.min(begin, edit2.offset);
    end = Math.max(end, edit2.offset + edit2.length);
    end += edit2.content.length - edit2.length;
  }
  const editLength = text.length - (newText.length - end) - begin;
  return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
}
function applyEdit(text, edit) {
  return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
}
var init_edit = __esm({
  "node_modules/jsonc-parser/lib/esm/impl/edit.js"() {
    "use strict";
    init_format();
    init_parser();
  }
});

// node_modules/jsonc-parser/lib/esm/main.js
var main_exports = {};
__export(main_exports, {
  ParseErrorCode: () => ParseErrorCode,
  ScanError: () => ScanError,
  SyntaxKind: () => SyntaxKind,
  applyEdits: () => applyEdits,
  createScanner: () => createScanner2,
  findNodeAtLocation: () => findNodeAtLocation2,
  findNodeAtOffset: () => findNodeAtOffset2,
  format: () => format2,
  getLocation: () => getLocation2,
  getNodePath: () => getNodePath2,
  getNodeValue: () => getNodeValue2,
  modify: () => modify,
  parse: () => parse2,
  parseTree: () => parseTree2,
  printParseErrorCode: () => printParseErrorCode,
  stripComments: () => stripComments2,
  visit: () => visit2
});
function printParseErrorCode(code) {
  switch (code) {
    case 1:
      return "InvalidSymbol";
    case 2:
      return "InvalidNumberFormat";
    case 3:
      return "PropertyNameExpected";
    case 4:
      return "ValueExpected";
    case 5:
      return "ColonExpected";
    case 6:
      return "CommaExpected";
    case 7:
      return "CloseBraceExpected";
    case 8:
      return "CloseBracketExpected";
    case 9:
      return "EndOfFileExpected";
    case 10:
      return "InvalidCommentToken";
    case 11:
      return "UnexpectedEndOfComment";
    case 12:
      return "UnexpectedEndOfString";
    case 13:
      return "UnexpectedEndOfNumber";
    case 14:
      return "InvalidUnicode";
    case 15:
      return "InvalidEscapeCharacter";
    case 16:
      return "InvalidCharacter";
  }
  return "<unknown ParseErrorCode>";
}
function format2(documentText, range, options) {
  return format(documentText, range, options);
}
function modify(text, path, value, options) {
  return setProperty(text, path, value, options);
}
function applyEdits(text, edits) {
  let sortedEdits = edits.slice(0).sort((a, b2) => {
    const diff = a.offset - b2.offset;
    if (diff === 0) {
      return a.length - b2.length;
    }
    return diff;
  });
  let lastModifiedOffset = text.length;
  for (let i = sortedEdits.length - 1; i >= 0; i--) {
    let e = sortedEdits[i];
    if (e.offset + e.length <= lastModifiedOffset) {
      text = applyEdit(text, e);
    } else {
      throw new Error("Overlapping edit");
    }
    lastModifiedOffset = e.offset;
  }
  return text;
}
var createScanner2, ScanError, SyntaxKind, getLocation2, parse2, parseTree2, findNodeAtLocation2, findNodeAtOffset2, getNodePath2, getNodeValue2, visit2, stripComments2, ParseErrorCode;
var init_main = __esm({
  "node_modules/jsonc-parser/lib/esm/main.js"() {
    "use strict";
    init_format();
    init_edit();
    init_scanner();
    init_parser();
    createScanner2 = createScanner;
    (function(ScanError2) {
      ScanError2[ScanError2["None"] = 0] = "None";
      ScanError2[ScanError2["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
      ScanError2[ScanError2["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
      ScanError2[ScanError2["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
      ScanError2[ScanError2["InvalidUnicode"] = 4] = "InvalidUnicode";
      ScanError2[ScanError2["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
      ScanError2[ScanError2["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (ScanError = {}));
    (function(SyntaxKind2) {
      SyntaxKind2[SyntaxKind2["OpenBraceToken"] = 1] = "OpenBraceToken";
      SyntaxKind2[SyntaxKind2["CloseBraceToken"] = 2] = "CloseBraceToken";
      SyntaxKind2[SyntaxKind2["OpenBracketToken"] = 3] = "OpenBracketToken";
      SyntaxKind2[SyntaxKind2["CloseBracketToken"] = 4] = "CloseBracketToken";
      SyntaxKind2[SyntaxKind2["CommaToken"] = 5] = "CommaToken";
      SyntaxKind2[SyntaxKind2["ColonToken"] = 6] = "ColonToken";
      SyntaxKind2[SyntaxKind2["NullKeyword"] = 7] = "NullKeyword";
      SyntaxKind2[SyntaxKind2["TrueKeyword"] = 8] = "TrueKeyword";
      SyntaxKind2[SyntaxKind2["FalseKeyword"] = 9] = "FalseKeyword";
      SyntaxKind2[SyntaxKind2["StringLiteral"] = 10] = "StringLiteral";
      SyntaxKind2[SyntaxKind2["NumericLiteral"] = 11] = "NumericLiteral";
      SyntaxKind2[SyntaxKind2["LineCommentTrivia"] = 12] = "LineCommentTrivia";
      SyntaxKind2[SyntaxKind2["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
      SyntaxKind2[SyntaxKind2["LineBreakTrivia"] = 14] = "LineBreakTrivia";
      SyntaxKind2[SyntaxKind2["Trivia"] = 15] = "Trivia";
      SyntaxKind2[SyntaxKind2["Unknown"] = 16] = "Unknown";
      SyntaxKind2[SyntaxKind2["EOF"] = 17] = "EOF";
    })(SyntaxKind || (SyntaxKind = {}));
    getLocation2 = getLocation;
    parse2 = parse;
    parseTree2 = parseTree;
    findNodeAtLocation2 = findNodeAtLocation;
    findNodeAtOffset2 = findNodeAtOffset;
    getNodePath2 = getNodePath;
    getNodeValue2 = getNodeValue;
    visit2 = visit;
    stripComments2 = stripComments;
    (function(ParseErrorCode2) {
      ParseErrorCode2[ParseErrorCode2["InvalidSymbol"] = 1] = "InvalidSymbol";
      ParseErrorCode2[ParseErrorCode2["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
      ParseErrorCode2[ParseErrorCode2["PropertyNameExpected"] = 3] = "PropertyNameExpected";
      ParseErrorCode2[ParseErrorCode2["ValueExpected"] = 4] = "ValueExpected";
      ParseErrorCode2[ParseErrorCode2["ColonExpected"] = 5] = "ColonExpected";
      ParseErrorCode2[ParseErrorCode2["CommaExpected"] = 6] = "CommaExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBraceExpected"] = 7] = "CloseBraceExpected";
      ParseErrorCode2[ParseErrorCode2["CloseBracketExpected"] = 8] = "CloseBracketExpected";
      ParseErrorCode2[ParseErrorCode2["EndOfFileExpected"] = 9] = "EndOfFileExpected";
      ParseErrorCode2[ParseErrorCode2["InvalidCommentToken"] = 10] = "InvalidCommentToken";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
      ParseErrorCode2[ParseErrorCode2["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
      ParseErrorCode2[ParseErrorCode2["InvalidUnicode"] = 14] = "InvalidUnicode";
      ParseErrorCode2[ParseErrorCode2["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
      ParseErrorCode2[ParseErrorCode2["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (ParseErrorCode = {}));
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports2) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports2.ALIAS = ALIAS;
    exports2.DOC = DOC;
    exports2.MAP = MAP;
    exports2.NODE_TYPE = NODE_TYPE;
    exports2.PAIR = PAIR;
    exports2.SCALAR = SCALAR;
    exports2.SEQ = SEQ;
    exports2.hasAnchor = hasAnchor;
    exports2.isAlias = isAlias;
    exports2.isCollection = isCollection;
    exports2.isDocument = isDocument;
    exports2.isMap = isMap;
    exports2.isNode = isNode;
    exports2.isPair = isPair;
    exports2.isScalar = isScalar;
    exports2.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit3(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports2.visit = visit3;
    exports2.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version2] = parts;
            if (version2 === "1.1" || version2 === "1.2") {
              this.yaml.version = version2;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version2);
              onError(6, `Unsupported YAML version ${version2}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit3.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports2.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var visit3 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit3.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports2.anchorIsValid = anchorIsValid;
    exports2.anchorNames = anchorNames;
    exports2.createNodeAnchors = createNodeAnchors;
    exports2.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports2) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k2 of Array.from(val.keys())) {
            const v0 = val.get(k2);
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              val.delete(k2);
            else if (v1 !== v0)
              val.set(k2, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k2, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k2, v0);
            if (v1 === void 0)
              delete val[k2];
            else if (v1 !== v0)
              val[k2] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports2.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v2, i) => toJS(v2, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports2.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports2) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports2.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var visit3 = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit3.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports2.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports2.Scalar = Scalar;
    exports2.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports2.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v2 = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k2 = path[i];
        if (typeof k2 === "number" && Number.isInteger(k2) && k2 >= 0) {
          const a = [];
          a[k2] = v2;
          v2 = a;
        } else {
          v2 = /* @__PURE__ */ new Map([[k2, v2]]);
        }
      }
      return createNode.createNode(v2, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports2.Collection = Collection;
    exports2.collectionFromPath = collectionFromPath;
    exports2.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports2) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports2.indentComment = indentComment;
    exports2.lineComment = lineComment;
    exports2.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports2) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j2 = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j2])
                return text;
              folds.push(j2);
              escapedFolds[j2] = true;
              end = j2 + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports2.FOLD_BLOCK = FOLD_BLOCK;
    exports2.FOLD_FLOW = FOLD_FLOW;
    exports2.FOLD_QUOTED = FOLD_QUOTED;
    exports2.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports2.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports2) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports2.createStringifyContext = createStringifyContext;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports2.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports2) {
    "use strict";
    var node_process = require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports2.debug = debug;
    exports2.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports2.addMergeToJSMap = addMergeToJSMap;
    exports2.isMergeKey = isMergeKey2;
    exports2.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports2) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports2.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k2 = createNode.createNode(key, void 0, ctx);
      const v2 = createNode.createNode(value, void 0, ctx);
      return new Pair(k2, v2);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_2, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports2.Pair = Pair;
    exports2.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports2.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports2) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k2 = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k2)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k2)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_2, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports2.YAMLMap = YAMLMap;
    exports2.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports2.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports2) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_2, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports2.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports2.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports2) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string3 = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports2.string = string3;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports2.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports2.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports2) {
    "use strict";
    function stringifyNumber({ format: format3, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format3 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d2 = minFractionDigits - (n.length - i - 1);
        while (d2-- > 0)
          n += "0";
      }
      return n;
    }
    exports2.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int2;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports2) {
    "use strict";
    var node_buffer = require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports2.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports2.createPairs = createPairs;
    exports2.pairs = pairs;
    exports2.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_2, ctx) {
        if (!ctx)
          return super.toJSON(_2);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports2.YAMLOMap = YAMLOMap;
    exports2.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports2.falseTag = falseTag;
    exports2.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports2.float = float;
    exports2.floatExp = floatExp;
    exports2.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports2.int = int2;
    exports2.intBin = intBin;
    exports2.intHex = intHex;
    exports2.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_2, ctx) {
        return super.toJSON(_2, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports2.YAMLSet = YAMLSet;
    exports2.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports2) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date2 = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d2 = parseSexagesimal(tz, false);
          if (Math.abs(d2) < 30)
            d2 *= 60;
          date2 -= 6e4 * d2;
        }
        return new Date(date2);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports2.floatTime = floatTime;
    exports2.intTime = intTime;
    exports2.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string3.string,
      _null3.nullTag,
      bool.trueTag,
      bool.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge2.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports2.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports2) {
    "use strict";
    var map = require_map();
    var _null3 = require_null();
    var seq = require_seq();
    var string3 = require_string();
    var bool = require_bool();
    var float = require_float();
    var int2 = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge2 = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string3.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge2.merge,
      null: _null3.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports2.coreKnownTags = coreKnownTags;
    exports2.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string3 = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b2) => a.key < b2.key ? -1 : a.key > b2.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string3.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports2.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports2.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version: version2 } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version2 = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version: version2 });
        this.setSchema(version2, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v2) => typeof v2 === "number" || v2 instanceof String || v2 instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k2 = this.createNode(key, null, options);
        const v2 = this.createNode(value, null, options);
        return new Pair.Pair(k2, v2);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version2, options = {}) {
        if (typeof version2 === "number")
          version2 = String(version2);
        let opt;
        switch (version2) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version2;
            else
              this.directives = new directives.Directives({ version: version2 });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version2);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports2.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports2) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError2 = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports2.YAMLError = YAMLError;
    exports2.YAMLParseError = YAMLParseError;
    exports2.YAMLWarning = YAMLWarning;
    exports2.prettifyError = prettifyError2;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports2) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports2.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports2) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports2.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports2) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports2.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports2) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b2) => a === b2 || identity.isScalar(a) && identity.isScalar(b2) && a.value === b2.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports2.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports2) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep3, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep3) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep3 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep3, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports2.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports2) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports2.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports2) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep3 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep3 + cb;
              sep3 = "";
              break;
            }
            case "newline":
              if (comment)
                sep3 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports2.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep3, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep3?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep3 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep3 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep3, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep3 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep3)
                for (const st of sep3) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep3, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce2, ...ee] = fc.end;
      let cePos = offset;
      if (ce2?.source === expectedEnd)
        cePos = ce2.offset + ce2.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce2 && ce2.source.length !== 1)
          ee.unshift(ce2);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports2.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports2.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep3 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep3 === " ")
            sep3 = "\n";
          else if (!prevMoreIndented && sep3 === "\n")
            sep3 = "\n\n";
          value += sep3 + indent.slice(trimIndent) + content;
          sep3 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep3 === "\n")
            value += "\n";
          else
            sep3 = "\n";
        } else {
          value += sep3 + content;
          sep3 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m2 = first.match(/^( *)/);
      const line0 = m2?.[1] ? [m2[1], first.slice(m2[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports2.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports2) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re2.comment,
        range: [offset, valueEnd, re2.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep3 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep3 === "\n")
            res += sep3;
          else
            sep3 = "\n";
        } else {
          res += sep3 + lm;
          sep3 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep3 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports2.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports2) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports2.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports2) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports2.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports2) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re2 = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re2.offset];
      if (re2.comment)
        alias.comment = re2.comment;
      return alias;
    }
    exports2.composeEmptyNode = composeEmptyNode;
    exports2.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports2) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re2 = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re2.comment)
        doc.comment = re2.comment;
      doc.range = [offset, contentEnd, re2.offset];
      return doc;
    }
    exports2.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports2.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports2) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he2 = source.indexOf("\n");
          const head = source.substring(0, he2);
          const body = source.substring(he2 + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he2 = source.indexOf("\n");
      const head = source.substring(0, he2);
      const body = source.substring(he2 + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports2.createScalarToken = createScalarToken;
    exports2.resolveAsScalar = resolveAsScalar;
    exports2.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports2) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep3, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep3)
        for (const st of sep3)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports2) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit3(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit3.BREAK = BREAK;
    visit3.SKIP = SKIP;
    visit3.REMOVE = REMOVE;
    visit3.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit3.parentCollection = (cst, path) => {
      const parent = visit3.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports2.visit = visit3;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports2) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports2.createScalarToken = cstScalar.createScalarToken;
    exports2.resolveAsScalar = cstScalar.resolveAsScalar;
    exports2.setScalarValue = cstScalar.setScalarValue;
    exports2.stringify = cstStringify.stringify;
    exports2.visit = cstVisit.visit;
    exports2.BOM = BOM;
    exports2.DOCUMENT = DOCUMENT;
    exports2.FLOW_END = FLOW_END;
    exports2.SCALAR = SCALAR;
    exports2.isCollection = isCollection;
    exports2.isScalar = isScalar;
    exports2.prettyToken = prettyToken;
    exports2.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports2) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports2.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports2) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports2.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports2) {
    "use strict";
    var node_process = require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep3;
          if (scalar.end) {
            sep3 = scalar.end;
            sep3.push(this.sourceToken);
            delete scalar.end;
          } else
            sep3 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep3 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep3 = it.sep;
                  sep3.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep3 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep3 = fc.end.splice(1, fc.end.length);
            sep3.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep3 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports2.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse4(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports2.parse = parse4;
    exports2.parseAllDocuments = parseAllDocuments;
    exports2.parseDocument = parseDocument;
    exports2.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports2) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit3 = require_visit();
    exports2.Composer = composer.Composer;
    exports2.Document = Document.Document;
    exports2.Schema = Schema.Schema;
    exports2.YAMLError = errors.YAMLError;
    exports2.YAMLParseError = errors.YAMLParseError;
    exports2.YAMLWarning = errors.YAMLWarning;
    exports2.Alias = Alias.Alias;
    exports2.isAlias = identity.isAlias;
    exports2.isCollection = identity.isCollection;
    exports2.isDocument = identity.isDocument;
    exports2.isMap = identity.isMap;
    exports2.isNode = identity.isNode;
    exports2.isPair = identity.isPair;
    exports2.isScalar = identity.isScalar;
    exports2.isSeq = identity.isSeq;
    exports2.Pair = Pair.Pair;
    exports2.Scalar = Scalar.Scalar;
    exports2.YAMLMap = YAMLMap.YAMLMap;
    exports2.YAMLSeq = YAMLSeq.YAMLSeq;
    exports2.CST = cst;
    exports2.Lexer = lexer.Lexer;
    exports2.LineCounter = lineCounter.LineCounter;
    exports2.Parser = parser.Parser;
    exports2.parse = publicApi.parse;
    exports2.parseAllDocuments = publicApi.parseAllDocuments;
    exports2.parseDocument = publicApi.parseDocument;
    exports2.stringify = publicApi.stringify;
    exports2.visit = visit3.visit;
    exports2.visitAsync = visit3.visitAsync;
  }
});

// lib/core/deps.js
var yamlLibrary, yaml, jsonc;
var init_deps = __esm({
  "lib/core/deps.js"() {
    "use strict";
    init_main();
    yamlLibrary = __toESM(require_dist(), 1);
    yaml = () => yamlLibrary;
    jsonc = () => main_exports;
  }
});

// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
  const numericValues = Object.values(entries).filter((v2) => typeof v2 === "number");
  const values = Object.entries(entries).filter(([k2, _2]) => numericValues.indexOf(+k2) === -1).map(([_2, v2]) => v2);
  return values;
}
function joinValues(array2, separator = "|") {
  return array2.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_2, value) {
  if (typeof value === "bigint")
    return value.toString();
  return value;
}
function cached(getter) {
  return new Cached(getter);
}
function nullish(input) {
  return input === null || input === void 0;
}
function cleanRegex(source) {
  const start = source.startsWith("^") ? 1 : 0;
  const end = source.endsWith("$") ? source.length - 1 : source.length;
  return source.slice(start, end);
}
function assignProp(target, prop, value) {
  Object.defineProperty(target, prop, {
    value,
    writable: true,
    enumerable: true,
    configurable: true
  });
}
function isObject(data) {
  return typeof data === "object" && data !== null && !Array.isArray(data);
}
function isPlainObject(o) {
  if (isObject(o) === false)
    return false;
  const ctor = o.constructor;
  if (ctor === void 0)
    return true;
  if (typeof ctor !== "function")
    return true;
  const prot = ctor.prototype;
  if (isObject(prot) === false)
    return false;
  if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) {
    return false;
  }
  return true;
}
function escapeRegex(str) {
  return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
  const cl = new inst._zod.constr(def ?? inst._zod.def);
  if (!def || params?.parent)
    cl._zod.parent = inst;
  return cl;
}
function normalizeParams(_params) {
  const params = _params;
  if (!params)
    return {};
  if (typeof params === "string")
    return { error: () => params };
  if (params?.message !== void 0) {
    if (params?.error !== void 0)
      throw new Error("Cannot specify both `message` and `error` params");
    params.error = params.message;
  }
  delete params.message;
  if (typeof params.error === "string")
    return { ...params, error: () => params.error };
  return params;
}
function stringifyPrimitive(value) {
  if (typeof value === "bigint")
    return value.toString() + "n";
  if (typeof value === "string")
    return `"${value}"`;
  return `${value}`;
}
function optionalKeys(shape) {
  return Object.keys(shape).filter((k2) => {
    return shape[k2]._zod.optin !== void 0 && shape[k2]._zod.optout === "optional";
  });
}
function aborted(x2, startIndex = 0) {
  if (x2.aborted === true)
    return true;
  for (let i = startIndex; i < x2.issues.length; i++) {
    if (x2.issues[i]?.continue !== true) {
      return true;
    }
  }
  return false;
}
function explicitlyAborted(x2, startIndex = 0) {
  if (x2.aborted === true)
    return true;
  for (let i = startIndex; i < x2.issues.length; i++) {
    if (x2.issues[i]?.continue === false) {
      return true;
    }
  }
  return false;
}
function prefixIssues(path, issues) {
  return issues.map((iss) => {
    var _a3;
    (_a3 = iss).path ?? (_a3.path = []);
    iss.path.unshift(path);
    return iss;
  });
}
function unwrapMessage(message) {
  return typeof message === "string" ? message : message?.message;
}
function sizeCaps(defChecks) {
  const caps = [];
  for (const ch of defChecks ?? []) {
    const d2 = ch._zod.def;
    if (!/_(length|size)$|_equals$/.test(d2.check))
      break;
    const max = d2.maximum ?? d2.length ?? d2.size;
    if (max >= 0)
      caps.push([max, ch]);
  }
  return caps;
}
function attachSchema(issues, start, inst) {
  var _a3;
  for (let i = start; i < issues.length; i++) {
    (_a3 = issues[i]).schema ?? (_a3.schema = inst);
  }
}
function finalizeIssue(iss, ctx, config2) {
  var _a3;
  const traits = iss.inst?._zod?.traits;
  if (traits?.has("$ZodType")) {
    if (traits.has("$ZodCheck"))
      (_a3 = iss).schema ?? (_a3.schema = iss.inst);
    else
      iss.schema = iss.inst;
  }
  const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
  const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config2.customError?.(iss)) ?? unwrapMessage(config2.localeError?.(iss)) ?? "Invalid input";
  const full = {};
  for (const k2 of Object.keys(iss)) {
    if (k2 === "inst" || k2 === "schema" || k2 === "continue" || k2 === "input" || k2 === "__proto__")
      continue;
    full[k2] = iss[k2];
  }
  full.path ?? (full.path = []);
  full.message = message;
  if (ctx?.reportInput) {
    full.input = iss.input;
  }
  return full;
}
function codePointLength(str) {
  const units = str.length;
  if (!highSurrogate.test(str))
    return units;
  let count = units;
  for (let i = 0; i < units - 1; i++) {
    if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
      count--;
      i++;
    }
  }
  return count;
}
function getLengthableOrigin(input) {
  if (Array.isArray(input))
    return "array";
  if (typeof input === "string")
    return "string";
  return "unknown";
}
function parsedType(data) {
  const t = typeof data;
  switch (t) {
    case "number": {
      return Number.isNaN(data) ? "nan" : "number";
    }
    case "object": {
      if (data === null) {
        return "null";
      }
      if (Array.isArray(data)) {
        return "array";
      }
      const obj = data;
      if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) {
        return obj.constructor.name;
      }
    }
  }
  return t;
}
function issue(...args) {
  const [iss, input, inst] = args;
  if (typeof iss === "string") {
    return {
      message: iss,
      code: "custom",
      input,
      inst
    };
  }
  return { ...iss };
}
function members(proto, table) {
  for (const key in table) {
    const desc = Object.getOwnPropertyDescriptor(table, key);
    if (desc.get)
      Object.defineProperty(proto, key, { ...desc, enumerable: false });
    else
      defineBound(proto, key, desc.value);
  }
}
function own(inst, key, value, enumerable = true) {
  Object.defineProperty(inst, key, { configurable: true, writable: true, enumerable, value });
  return value;
}
function hide(inst, key, value) {
  return own(inst, key, value, false);
}
function defineBound(proto, key, fn) {
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      return this == null ? fn : own(this, key, fn.bind(this));
    },
    set(value) {
      own(this, key, value);
    }
  });
}
function claim(inst, sentinel) {
  const proto = Object.getPrototypeOf(inst);
  return sentinel in proto ? void 0 : proto;
}
function defineLazyInternal(inst, key, compute) {
  const proto = Object.getPrototypeOf(inst._zod);
  if (key in proto && installing !== inst._zod) {
    installing = void 0;
    return;
  }
  installing = inst._zod;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      Object.defineProperty(this, key, breaker);
      const outer = broke;
      broke = false;
      try {
        const value = compute(this);
        if (broke)
          delete this[key];
        else
          Object.defineProperty(this, key, { configurable: true, writable: true, value });
        broke = broke || outer;
        return value;
      } catch (err) {
        delete this[key];
        broke = broke || outer;
        throw err;
      }
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, value });
    }
  });
}
function installLazyProp(inst, key, make, enumerable) {
  const proto = claim(inst, key);
  if (!proto)
    return;
  Object.defineProperty(proto, key, {
    configurable: true,
    get() {
      const desc = { configurable: true, writable: true, enumerable, value: void 0 };
      Object.defineProperty(this, key, desc);
      desc.value = make(this);
      Object.defineProperty(this, key, desc);
      return desc.value;
    },
    set(value) {
      Object.defineProperty(this, key, { configurable: true, writable: true, enumerable, value });
    }
  });
}
var Cached, captureStackTrace, propertyKeyTypes, NUMBER_FORMAT_RANGES, highSurrogate, installing, broke, breaker;
var init_util = __esm({
  "node_modules/zod/v4/core/util.js"() {
    Cached = class {
      constructor(getter) {
        this._getter = getter;
        this._value = void 0;
      }
      get value() {
        const getter = this._getter;
        if (getter !== void 0) {
          this._value = getter();
          this._getter = void 0;
        }
        return this._value;
      }
    };
    captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {
    };
    propertyKeyTypes = /* @__PURE__ */ new Set(["string", "number", "symbol"]);
    NUMBER_FORMAT_RANGES = /* @__PURE__ */ (() => ({
      safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
      int32: [-2147483648, 2147483647],
      uint32: [0, 4294967295],
      float32: [-34028234663852886e22, 34028234663852886e22],
      float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
    }))();
    highSurrogate = /[\uD800-\uDBFF]/;
    broke = false;
    breaker = {
      configurable: true,
      get() {
        broke = true;
        return void 0;
      }
    };
  }
});

// node_modules/zod/v4/core/core.js
function newError(Definition) {
  const E2 = _E;
  if (E2) {
    const saved = E2.stackTraceLimit;
    if (typeof saved === "number") {
      try {
        E2.stackTraceLimit = 0;
      } catch {
        _E = null;
        return new Definition();
      }
      try {
        return new Definition();
      } finally {
        E2.stackTraceLimit = saved;
      }
    }
  }
  return new Definition();
}
// @__NO_SIDE_EFFECTS__
function $constructor(name, initializer2, proto, params) {
  const zodProto = {};
  function Internals(def) {
    this.def = def;
    this.constr = _2;
    this.traits = /* @__PURE__ */ new Set();
  }
  Internals.prototype = zodProto;
  const protoMembers = proto;
  const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
  function init(inst, def) {
    if (!inst._zod) {
      _zodDesc.value = new Internals(def);
      try {
        Object.defineProperty(inst, "_zod", _zodDesc);
      } finally {
        _zodDesc.value = void 0;
      }
    } else if (inst._zod.traits.has(name)) {
      return;
    }
    inst._zod.traits.add(name);
    initializer2(inst, def);
    if (initialized) {
      const own2 = Object.getPrototypeOf(inst);
      const ctorProto = inst._zod.constr.prototype;
      let up = own2;
      while (up && up !== ctorProto)
        up = Object.getPrototypeOf(up);
      const target = up ?? own2;
      if (!initialized.has(target)) {
        initialized.add(target);
        members(target, protoMembers);
      }
    }
    const proto2 = _2.prototype;
    for (const k2 in proto2) {
      if (!Object.prototype.hasOwnProperty.call(proto2, k2))
        continue;
      if (!(k2 in inst)) {
        inst[k2] = proto2[k2].bind(inst);
      }
    }
  }
  const Parent = params?.Parent ?? Object;
  class Definition extends Parent {
  }
  Object.defineProperty(Definition, "name", { value: name });
  function _2(def) {
    const inst = params?.Parent ? newError(Definition) : this;
    init(inst, def);
    const deferred = inst._zod.deferred;
    if (deferred) {
      for (const fn of deferred) {
        fn();
      }
      inst._zod.deferred = void 0;
    }
    const pp = globalThis.__zod_globalConfig?.postProcessor;
    if (pp)
      pp(inst);
    return inst;
  }
  Object.defineProperty(_2, "init", { value: init });
  Object.defineProperty(_2, Symbol.hasInstance, {
    value: (inst) => {
      if (params?.Parent && inst instanceof params.Parent)
        return true;
      return inst?._zod?.traits?.has(name);
    }
  });
  Object.defineProperty(_2, "name", { value: name });
  return _2;
}
function config(newConfig) {
  if (newConfig)
    Object.assign(globalConfig, newConfig);
  return globalConfig;
}
var _a, _zodDesc, _E, $ZodAsyncError, globalConfig;
var init_core = __esm({
  "node_modules/zod/v4/core/core.js"() {
    init_util();
    _zodDesc = { value: void 0, enumerable: false };
    _E = "captureStackTrace" in Error ? Error : null;
    $ZodAsyncError = class extends Error {
      constructor() {
        super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
      }
    };
    (_a = globalThis).__zod_globalConfig ?? (_a.__zod_globalConfig = {});
    globalConfig = globalThis.__zod_globalConfig;
  }
});

// node_modules/zod/v4/core/errors.js
function _getMessage() {
  const internals = this._zod;
  internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
  return internals.message;
}
function _setMessage(value) {
  this._zod.message = value;
}
var _messageDesc, _issuesDesc, _installedToString, initializer, $ZodError, $ZodRealError;
var init_errors = __esm({
  "node_modules/zod/v4/core/errors.js"() {
    init_core();
    init_util();
    _messageDesc = {
      get: _getMessage,
      set: _setMessage,
      enumerable: true,
      configurable: true
    };
    _issuesDesc = { value: void 0, enumerable: false };
    _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
    initializer = (inst, def) => {
      inst.name = "$ZodError";
      _issuesDesc.value = def;
      Object.defineProperty(inst, "issues", _issuesDesc);
      _issuesDesc.value = void 0;
      Object.defineProperty(inst, "message", _messageDesc);
      const proto = Object.getPrototypeOf(inst);
      if (!_installedToString.has(proto)) {
        _installedToString.add(proto);
        Object.defineProperty(proto, "toString", {
          configurable: true,
          enumerable: false,
          get() {
            const value = () => this.message;
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
            return value;
          },
          set(value) {
            Object.defineProperty(this, "toString", { value, configurable: true, writable: true });
          }
        });
      }
    };
    $ZodError = $constructor("$ZodError", initializer);
    $ZodRealError = $constructor("$ZodError", initializer, void 0, {
      Parent: Error
    });
  }
});

// node_modules/zod/v4/core/parse.js
function failure(Err, issues, ctx) {
  let error2;
  return {
    success: false,
    get error() {
      if (!error2) {
        error2 = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
        issues = void 0;
        ctx = void 0;
      }
      return error2;
    },
    set error(e) {
      error2 = e;
      issues = void 0;
      ctx = void 0;
    }
  };
}
var _parse, parse3, _parseAsync, parseAsync, _safeParse, safeParse, _safeParseAsync, safeParseAsync;
var init_parse = __esm({
  "node_modules/zod/v4/core/parse.js"() {
    init_core();
    init_errors();
    init_util();
    _parse = (_Err) => {
      const fn = (schema, value, _ctx, _params) => {
        const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
        const result2 = schema._zod.run({ value, issues: [] }, ctx);
        if (result2 instanceof Promise) {
          throw new $ZodAsyncError();
        }
        if (result2.issues.length) {
          const e = new (_params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, _params?.callee ?? fn);
          throw e;
        }
        return result2.value;
      };
      return fn;
    };
    parse3 = /* @__PURE__ */ _parse($ZodRealError);
    _parseAsync = (_Err) => {
      const fn = async (schema, value, _ctx, params) => {
        const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
        let result2 = schema._zod.run({ value, issues: [] }, ctx);
        if (result2 instanceof Promise)
          result2 = await result2;
        if (result2.issues.length) {
          const e = new (params?.Err ?? _Err)(result2.issues.map((iss) => finalizeIssue(iss, ctx, config())));
          captureStackTrace(e, params?.callee ?? fn);
          throw e;
        }
        return result2.value;
      };
      return fn;
    };
    parseAsync = /* @__PURE__ */ _parseAsync($ZodRealError);
    _safeParse = (_Err) => (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: false } : { async: false };
      const result2 = schema._zod.run({ value, issues: [] }, ctx);
      if (result2 instanceof Promise) {
        throw new $ZodAsyncError();
      }
      return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
    };
    safeParse = /* @__PURE__ */ _safeParse($ZodRealError);
    _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
      const ctx = _ctx ? { ..._ctx, async: true } : { async: true };
      let result2 = schema._zod.run({ value, issues: [] }, ctx);
      if (result2 instanceof Promise)
        result2 = await result2;
      return result2.issues.length ? failure(_Err, result2.issues, ctx) : { success: true, data: result2.value };
    };
    safeParseAsync = /* @__PURE__ */ _safeParseAsync($ZodRealError);
  }
});

// node_modules/zod/v4/core/regexes.js
var anyString, number;
var init_regexes = __esm({
  "node_modules/zod/v4/core/regexes.js"() {
    anyString = /^[\s\S]{0,}$/;
    number = /^-?\d+(?:\.\d+)?$/;
  }
});

// node_modules/zod/v4/core/checks.js
var $ZodCheck, _whenHasLength, numericOriginMap, $ZodCheckLessThan, $ZodCheckGreaterThan, $ZodCheckNumberFormat, $ZodCheckMinLength, $ZodCheckStringFormat, $ZodCheckRegex;
var init_checks = __esm({
  "node_modules/zod/v4/core/checks.js"() {
    init_core();
    init_util();
    $ZodCheck = /* @__PURE__ */ $constructor("$ZodCheck", (inst, def) => {
      var _a3;
      inst._zod ?? (inst._zod = {});
      inst._zod.def = def;
      (_a3 = inst._zod).onattach ?? (_a3.onattach = []);
    });
    _whenHasLength = (payload) => {
      const val = payload.value;
      return !nullish(val) && val.length !== void 0;
    };
    numericOriginMap = {
      number: "number",
      bigint: "bigint",
      object: "date"
    };
    $ZodCheckLessThan = /* @__PURE__ */ $constructor("$ZodCheckLessThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value <= def.value : payload.value < def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_big",
          maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckGreaterThan = /* @__PURE__ */ $constructor("$ZodCheckGreaterThan", (inst, def) => {
      $ZodCheck.init(inst, def);
      const origin = numericOriginMap[typeof def.value];
      inst._zod.check = (payload) => {
        if (def.inclusive ? payload.value >= def.value : payload.value > def.value) {
          return;
        }
        payload.issues.push({
          origin: numericOriginMap[typeof payload.value] ?? origin,
          code: "too_small",
          minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
          input: payload.value,
          inclusive: def.inclusive,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckNumberFormat = /* @__PURE__ */ $constructor("$ZodCheckNumberFormat", (inst, def) => {
      $ZodCheck.init(inst, def);
      def.format = def.format || "float64";
      const isInt = def.format?.includes("int");
      const origin = isInt ? "int" : "number";
      const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
      inst._zod.check = (payload) => {
        const input = payload.value;
        if (isInt) {
          if (!Number.isInteger(input)) {
            payload.issues.push({
              expected: origin,
              format: def.format,
              code: "invalid_type",
              continue: false,
              input,
              inst
            });
            return;
          }
          if (!Number.isSafeInteger(input)) {
            if (input > 0) {
              payload.issues.push({
                input,
                code: "too_big",
                maximum: Number.MAX_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            } else {
              payload.issues.push({
                input,
                code: "too_small",
                minimum: Number.MIN_SAFE_INTEGER,
                note: "Integers must be within the safe integer range.",
                inst,
                origin,
                inclusive: true,
                continue: !def.abort
              });
            }
            return;
          }
        }
        if (input < minimum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_small",
            minimum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
        if (input > maximum) {
          payload.issues.push({
            origin: "number",
            input,
            code: "too_big",
            maximum,
            inclusive: true,
            inst,
            continue: !def.abort
          });
        }
      };
    });
    $ZodCheckMinLength = /* @__PURE__ */ $constructor("$ZodCheckMinLength", (inst, def) => {
      var _a3;
      $ZodCheck.init(inst, def);
      (_a3 = inst._zod.def).when ?? (_a3.when = _whenHasLength);
      inst._zod.check = (payload) => {
        const input = payload.value;
        const units = input.length;
        const length = typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units;
        if (length >= def.minimum)
          return;
        const origin = getLengthableOrigin(input);
        payload.issues.push({
          origin,
          code: "too_small",
          minimum: def.minimum,
          inclusive: true,
          input,
          inst,
          continue: !def.abort
        });
      };
    });
    $ZodCheckStringFormat = /* @__PURE__ */ $constructor("$ZodCheckStringFormat", (inst, def) => {
      var _a3, _b;
      $ZodCheck.init(inst, def);
      if (def.pattern)
        (_a3 = inst._zod).check ?? (_a3.check = (payload) => {
          def.pattern.lastIndex = 0;
          if (def.pattern.test(payload.value))
            return;
          payload.issues.push({
            origin: "string",
            code: "invalid_format",
            format: def.format,
            input: payload.value,
            ...def.pattern ? { pattern: def.pattern.toString() } : {},
            inst,
            continue: !def.abort
          });
        });
      else
        (_b = inst._zod).check ?? (_b.check = () => {
        });
    });
    $ZodCheckRegex = /* @__PURE__ */ $constructor("$ZodCheckRegex", (inst, def) => {
      $ZodCheckStringFormat.init(inst, def);
      inst._zod.check = (payload) => {
        def.pattern.lastIndex = 0;
        if (def.pattern.test(payload.value))
          return;
        payload.issues.push({
          origin: "string",
          code: "invalid_format",
          format: "regex",
          input: payload.value,
          pattern: def.pattern.toString(),
          inst,
          continue: !def.abort
        });
      };
    });
  }
});

// node_modules/zod/v4/core/doc.js
var init_doc = __esm({
  "node_modules/zod/v4/core/doc.js"() {
  }
});

// node_modules/zod/v4/core/versions.js
var version;
var init_versions = __esm({
  "node_modules/zod/v4/core/versions.js"() {
    version = {
      major: 4,
      minor: 6,
      patch: 7
    };
  }
});

// node_modules/zod/v4/core/schemas.js
async function validateAsync(inst, value) {
  const ctx = { async: true };
  return toStandardResult(await inst._zod.run({ value, issues: [] }, ctx), ctx);
}
function standardProps(inst) {
  return {
    validate: (value) => {
      const ctx = { async: false };
      try {
        const r = inst._zod.run({ value, issues: [] }, ctx);
        if (!(r instanceof Promise))
          return toStandardResult(r, ctx);
      } catch (_2) {
      }
      return validateAsync(inst, value);
    },
    vendor: "zod",
    version: 1
  };
}
function capSize(inst, size) {
  const caps = sizeCaps(inst._zod.def.checks);
  if (!caps.length)
    return;
  const cap = Math.min(...caps.map((c) => c[0]));
  const parse4 = inst._zod.parse;
  inst._zod.parse = (payload, ctx) => {
    const n = size(payload.value);
    if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
      for (const [max, ch] of sizeCaps(inst._zod.def.checks)) {
        if (n > max && ch._zod.def.when(payload)) {
          const start = payload.issues.length;
          ch._zod.check(payload);
          payload.issues[start].continue = false;
          attachSchema(payload.issues, start, inst);
          return payload;
        }
      }
    }
    return parse4(payload, ctx);
  };
}
function handleArrayResult(result2, final, index) {
  if (result2.issues.length) {
    final.issues.push(...prefixIssues(index, result2.issues));
  }
  final.value[index] = result2.value;
}
function handlePropertyResult(result2, final, key, input, optin, optout) {
  const isPresent = key in input;
  const isOptionalOut = optout === "optional";
  if (!isPresent && isOptionalOut && optin === "optional") {
    return;
  }
  if (result2.issues.length) {
    if (optin !== void 0 && isOptionalOut && !isPresent) {
      return;
    }
    final.issues.push(...prefixIssues(key, result2.issues));
  }
  if (!isPresent && optin === void 0) {
    if (!result2.issues.length) {
      final.issues.push({
        code: "invalid_type",
        expected: "nonoptional",
        input: void 0,
        path: [key]
      });
    }
    return;
  }
  if (result2.value === void 0) {
    if (isPresent || optin === "defaulted" && !isOptionalOut) {
      final.value[key] = void 0;
    }
  } else {
    final.value[key] = result2.value;
  }
}
function normalizeDef(def) {
  const keys = Object.keys(def.shape);
  const ownSymbols = Object.getOwnPropertySymbols(def.shape);
  const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
  const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
  for (const k2 of allKeys) {
    if (!def.shape?.[k2]?._zod?.traits?.has("$ZodType")) {
      throw new Error(`Invalid element at key "${String(k2)}": expected a Zod schema`);
    }
  }
  const okeys = optionalKeys(def.shape);
  return {
    ...def,
    allKeys,
    symbolKeys,
    // string-only: handleCatchall matches it against `for...in`, which never yields a symbol
    keySet: new Set(keys),
    numKeys: keys.length,
    optionalKeys: new Set(okeys)
  };
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
  const unrecognized = [];
  const keySet = def.keySet;
  const _catchall = def.catchall._zod;
  const t = _catchall.def.type;
  const optin = _catchall.optin;
  const optout = _catchall.optout;
  let seen = 0;
  for (const key in input) {
    if (abortEarly && payload.issues.length !== seen) {
      if (aborted(payload, seen))
        break;
      seen = payload.issues.length;
    }
    if (keySet.has(key))
      continue;
    if (key === "__proto__") {
      if (t === "never")
        unrecognized.push(key);
      continue;
    }
    if (t === "never") {
      unrecognized.push(key);
      continue;
    }
    const r = _catchall.run({ value: input[key], issues: [] }, ctx);
    if (r instanceof Promise) {
      proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
    } else {
      handlePropertyResult(r, payload, key, input, optin, optout);
    }
  }
  if (unrecognized.length) {
    payload.issues.push({
      code: "unrecognized_keys",
      keys: unrecognized,
      input,
      inst,
      // Describes the shape of the input, not the validity of the parsed value, so it never aborts. The parse still fails; the schema's own checks just get to run first, and an enclosing intersection can reconcile the key against a sibling operand.
      continue: true
    });
  }
  if (!proms.length)
    return payload;
  return Promise.all(proms).then(() => {
    return payload;
  });
}
function handleOptionalResult(payload, result2) {
  payload.value = result2.issues.length ? void 0 : result2.value;
  return payload;
}
function handleRefineResult(result2, payload, input, inst) {
  if (!result2) {
    const _iss = {
      code: "custom",
      input,
      inst,
      // incorporates params.error into issue reporting
      path: [...inst._zod.def.path ?? []],
      // incorporates params.error into issue reporting
      continue: !inst._zod.def.abort
      // params: inst._zod.def.params,
    };
    if (inst._zod.def.params)
      _iss.params = inst._zod.def.params;
    payload.issues.push(issue(_iss));
  }
}
var $ZodType, toStandardResult, $ZodString, $ZodNumber, $ZodNumberFormat, $ZodNever, arraySize, $ZodArray, NO_SYMBOL_KEYS, $ZodObject, $ZodRecord, $ZodEnum, $ZodLiteral, $ZodOptional, $ZodCustom;
var init_schemas = __esm({
  "node_modules/zod/v4/core/schemas.js"() {
    init_checks();
    init_core();
    init_regexes();
    init_util();
    init_versions();
    init_util();
    $ZodType = /* @__PURE__ */ $constructor("$ZodType", (inst, def) => {
      var _a3;
      inst ?? (inst = {});
      inst._zod.def = def;
      inst._zod.bag = inst._zod.bag || {};
      inst._zod.version = version;
      const defChecks = inst._zod.def.checks;
      const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
      for (const ch of checks) {
        for (const fn of ch._zod.onattach) {
          fn(inst);
        }
      }
      if (checks.length === 0) {
        (_a3 = inst._zod).deferred ?? (_a3.deferred = []);
        inst._zod.deferred?.push(() => {
          inst._zod.run = inst._zod.parse;
        });
      } else {
        const runChecks = (payload, checks2, ctx) => {
          if (payload.memo)
            return payload;
          let isAborted = aborted(payload);
          let asyncResult;
          for (const ch of checks2) {
            if (ch._zod.def.when) {
              if (explicitlyAborted(payload))
                continue;
              const shouldRun = ch._zod.def.when(payload);
              if (!shouldRun)
                continue;
            } else if (isAborted) {
              continue;
            }
            const currLen = payload.issues.length;
            const _2 = ch._zod.check(payload);
            if (_2 instanceof Promise && ctx?.async === false) {
              throw new $ZodAsyncError();
            }
            if (asyncResult || _2 instanceof Promise) {
              asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
                await _2;
                const nextLen = payload.issues.length;
                if (nextLen === currLen)
                  return;
                attachSchema(payload.issues, currLen, inst);
                if (!isAborted)
                  isAborted = aborted(payload, currLen);
              });
            } else {
              const nextLen = payload.issues.length;
              if (nextLen === currLen)
                continue;
              attachSchema(payload.issues, currLen, inst);
              if (!isAborted)
                isAborted = aborted(payload, currLen);
            }
          }
          if (asyncResult) {
            return asyncResult.then(() => {
              return payload;
            });
          }
          return payload;
        };
        const handleCanaryResult = (canary, payload, ctx) => {
          if (aborted(canary)) {
            canary.aborted = true;
            return canary;
          }
          const checkResult = runChecks(payload, checks, ctx);
          if (checkResult instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return checkResult.then((checkResult2) => inst._zod.parse(checkResult2, ctx));
          }
          return inst._zod.parse(checkResult, ctx);
        };
        inst._zod.run = (payload, ctx) => {
          if (ctx.skipChecks) {
            return inst._zod.parse(payload, ctx);
          }
          if (ctx.direction === "backward") {
            const canary = inst._zod.parse({ value: payload.value, issues: [] }, { ...ctx, skipChecks: true });
            if (canary instanceof Promise) {
              return canary.then((canary2) => {
                return handleCanaryResult(canary2, payload, ctx);
              });
            }
            return handleCanaryResult(canary, payload, ctx);
          }
          const result2 = inst._zod.parse(payload, ctx);
          if (result2 instanceof Promise) {
            if (ctx.async === false)
              throw new $ZodAsyncError();
            return result2.then((result3) => runChecks(result3, checks, ctx));
          }
          return runChecks(result2, checks, ctx);
        };
      }
    }, {
      // Wrappers extend this by installing a richer factory over it; reading it eagerly would defeat the laziness.
      get "~standard"() {
        return hide(this, "~standard", standardProps(this));
      },
      set "~standard"(value) {
        own(this, "~standard", value);
      }
    });
    toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
    $ZodString = /* @__PURE__ */ $constructor("$ZodString", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = def.pattern ?? anyString;
      inst._zod.parse = (payload, _2) => {
        if (def.coerce)
          try {
            payload.value = String(payload.value);
          } catch (_3) {
          }
        if (typeof payload.value === "string")
          return payload;
        payload.issues.push({
          expected: "string",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    $ZodNumber = /* @__PURE__ */ $constructor("$ZodNumber", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.pattern = number;
      inst._zod.parse = (payload, _ctx) => {
        if (def.coerce)
          try {
            payload.value = Number(payload.value);
          } catch (_2) {
          }
        const input = payload.value;
        if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) {
          return payload;
        }
        const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
        payload.issues.push({
          expected: "number",
          code: "invalid_type",
          input,
          inst,
          ...received ? { received } : {}
        });
        return payload;
      };
    });
    $ZodNumberFormat = /* @__PURE__ */ $constructor("$ZodNumberFormat", (inst, def) => {
      $ZodCheckNumberFormat.init(inst, def);
      $ZodNumber.init(inst, def);
    });
    $ZodNever = /* @__PURE__ */ $constructor("$ZodNever", (inst, def) => {
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _ctx) => {
        payload.issues.push({
          expected: "never",
          code: "invalid_type",
          input: payload.value,
          inst
        });
        return payload;
      };
    });
    arraySize = (input) => Array.isArray(input) ? input.length : -1;
    $ZodArray = /* @__PURE__ */ $constructor("$ZodArray", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!Array.isArray(input)) {
          payload.issues.push({
            expected: "array",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
        const proms = [];
        const abortEarly = ctx?.abortEarly;
        for (let i = 0; i < input.length; i++) {
          const item = input[i];
          const result2 = def.element._zod.run({
            value: item,
            issues: []
          }, ctx);
          if (result2 instanceof Promise) {
            proms.push(result2.then((result3) => handleArrayResult(result3, payload, i)));
          } else {
            handleArrayResult(result2, payload, i);
            if (abortEarly && result2.issues.length !== 0 && aborted(result2))
              break;
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
      capSize(inst, arraySize);
    });
    NO_SYMBOL_KEYS = [];
    $ZodObject = /* @__PURE__ */ $constructor("$ZodObject", (inst, def) => {
      $ZodType.init(inst, def);
      const desc = Object.getOwnPropertyDescriptor(def, "shape");
      const sh = desc?.get ? desc.get.raw : def.shape ?? {};
      if (sh) {
        const get = () => {
          const newSh = { ...sh };
          Object.defineProperty(def, "shape", { value: newSh });
          get.raw = newSh;
          return newSh;
        };
        get.raw = sh;
        Object.defineProperty(def, "shape", { get });
      }
      const _normalized = cached(() => normalizeDef(def));
      defineLazyInternal(inst, "propValues", (zod) => {
        const shape = zod.def.shape;
        const propValues = {};
        for (const key in shape) {
          const field = shape[key]._zod;
          if (field.values) {
            if (!Object.prototype.hasOwnProperty.call(propValues, key)) {
              assignProp(propValues, key, /* @__PURE__ */ new Set());
            }
            for (const v2 of field.values)
              propValues[key].add(v2);
            if (field.optin !== void 0)
              propValues[key].add(void 0);
          }
        }
        return propValues;
      });
      const isObject2 = isObject;
      const catchall = def.catchall;
      let value;
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        value ?? (value = _normalized.value);
        const input = payload.value;
        if (!isObject2(input)) {
          payload.issues.push({
            expected: "object",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
        const proms = [];
        const shape = value.shape;
        const abortEarly = ctx?.abortEarly;
        let seen = payload.issues.length;
        for (const key of value.allKeys) {
          if (abortEarly && payload.issues.length !== seen) {
            if (aborted(payload, seen))
              break;
            seen = payload.issues.length;
          }
          if (key === "__proto__")
            continue;
          const el = shape[key];
          const optin = el._zod.optin;
          const optout = el._zod.optout;
          const r = el._zod.run({ value: input[key], issues: [] }, ctx);
          if (r instanceof Promise) {
            proms.push(r.then((r2) => handlePropertyResult(r2, payload, key, input, optin, optout)));
          } else {
            handlePropertyResult(r, payload, key, input, optin, optout);
          }
        }
        if (!catchall) {
          return proms.length ? Promise.all(proms).then(() => payload) : payload;
        }
        return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
      };
    });
    $ZodRecord = /* @__PURE__ */ $constructor("$ZodRecord", (inst, def) => {
      $ZodType.init(inst, def);
      const memo = globalConfig.memoizer;
      memo?.attach(inst);
      inst._zod.parse = (payload, ctx) => {
        const input = payload.value;
        if (!isPlainObject(input)) {
          payload.issues.push({
            expected: "record",
            code: "invalid_type",
            input,
            inst
          });
          return payload;
        }
        const proms = [];
        const values = def.keyType._zod.values;
        if (values && !def.partial) {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          const recordKeys = /* @__PURE__ */ new Set();
          for (const key of values) {
            if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
              recordKeys.add(typeof key === "number" ? key.toString() : key);
              if (key === "__proto__")
                continue;
              const keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
              if (keyResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (keyResult.issues.length) {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
                continue;
              }
              const outKey = keyResult.value;
              if (outKey === "__proto__")
                continue;
              const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
              if (result2 instanceof Promise) {
                proms.push(result2.then((result3) => {
                  if (result3.issues.length) {
                    payload.issues.push(...prefixIssues(key, result3.issues));
                  }
                  payload.value[outKey] = result3.value;
                }));
              } else {
                if (result2.issues.length) {
                  payload.issues.push(...prefixIssues(key, result2.issues));
                }
                payload.value[outKey] = result2.value;
              }
            }
          }
          let unrecognized;
          for (const key in input) {
            if (!recordKeys.has(key)) {
              if (def.mode === "loose") {
                if (key === "__proto__")
                  continue;
                payload.value[key] = input[key];
              } else {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              }
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        } else {
          payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
          let unrecognized;
          for (const key of Reflect.ownKeys(input)) {
            if (key === "__proto__")
              continue;
            if (!Object.prototype.propertyIsEnumerable.call(input, key))
              continue;
            let keyResult = def.keyType._zod.run({ value: key, issues: [] }, ctx);
            if (keyResult instanceof Promise) {
              throw new Error("Async schemas not supported in object keys currently");
            }
            const checkNumericKey = typeof key === "string" && number.test(key) && keyResult.issues.length;
            if (checkNumericKey) {
              const retryResult = def.keyType._zod.run({ value: Number(key), issues: [] }, ctx);
              if (retryResult instanceof Promise) {
                throw new Error("Async schemas not supported in object keys currently");
              }
              if (retryResult.issues.length === 0) {
                keyResult = retryResult;
              }
            }
            if (keyResult.issues.length) {
              if (def.mode === "loose") {
                payload.value[key] = input[key];
              } else if (values) {
                unrecognized = unrecognized ?? [];
                unrecognized.push(key);
              } else {
                payload.issues.push({
                  code: "invalid_key",
                  origin: "record",
                  issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
                  input: key,
                  path: [key],
                  inst
                });
              }
              continue;
            }
            const outKey = keyResult.value;
            if (outKey === "__proto__")
              continue;
            const result2 = def.valueType._zod.run({ value: input[key], issues: [] }, ctx);
            if (result2 instanceof Promise) {
              proms.push(result2.then((result3) => {
                if (result3.issues.length) {
                  payload.issues.push(...prefixIssues(key, result3.issues));
                }
                payload.value[outKey] = result3.value;
              }));
            } else {
              if (result2.issues.length) {
                payload.issues.push(...prefixIssues(key, result2.issues));
              }
              payload.value[outKey] = result2.value;
            }
          }
          if (unrecognized && unrecognized.length > 0) {
            payload.issues.push({
              code: "unrecognized_keys",
              input,
              inst,
              keys: unrecognized,
              continue: true
            });
          }
        }
        if (proms.length) {
          return Promise.all(proms).then(() => payload);
        }
        return payload;
      };
    });
    $ZodEnum = /* @__PURE__ */ $constructor("$ZodEnum", (inst, def) => {
      $ZodType.init(inst, def);
      const values = getEnumValues(def.entries);
      const valuesSet = new Set(values);
      inst._zod.values = valuesSet;
      defineLazyInternal(inst, "pattern", (zod) => {
        const patternValues = getEnumValues(zod.def.entries).filter((k2) => propertyKeyTypes.has(typeof k2));
        return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (valuesSet.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodLiteral = /* @__PURE__ */ $constructor("$ZodLiteral", (inst, def) => {
      $ZodType.init(inst, def);
      const values = new Set(def.values);
      inst._zod.values = values;
      defineLazyInternal(inst, "pattern", (zod) => {
        const vals = zod.def.values;
        return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
      });
      inst._zod.parse = (payload, _ctx) => {
        const input = payload.value;
        if (values.has(input)) {
          return payload;
        }
        payload.issues.push({
          code: "invalid_value",
          values: def.values,
          input,
          inst
        });
        return payload;
      };
    });
    $ZodOptional = /* @__PURE__ */ $constructor("$ZodOptional", (inst, def) => {
      $ZodType.init(inst, def);
      defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
      inst._zod.optout = "optional";
      defineLazyInternal(inst, "values", (zod) => {
        const values = zod.def.innerType._zod.values;
        return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
      });
      defineLazyInternal(inst, "pattern", (zod) => {
        const pattern = zod.def.innerType._zod.pattern;
        return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
      });
      inst._zod.parse = (payload, ctx) => {
        if (payload.value === void 0) {
          if (def.innerType._zod.optin !== "defaulted")
            return payload;
          const result2 = def.innerType._zod.run({ value: payload.value, issues: [] }, ctx);
          if (result2 instanceof Promise)
            return result2.then((result3) => handleOptionalResult(payload, result3));
          return handleOptionalResult(payload, result2);
        }
        return def.innerType._zod.run(payload, ctx);
      };
    });
    $ZodCustom = /* @__PURE__ */ $constructor("$ZodCustom", (inst, def) => {
      $ZodCheck.init(inst, def);
      $ZodType.init(inst, def);
      inst._zod.parse = (payload, _2) => {
        return payload;
      };
      inst._zod.check = (payload) => {
        const input = payload.value;
        const r = def.fn(input);
        if (r instanceof Promise) {
          return r.then((r2) => handleRefineResult(r2, payload, input, inst));
        }
        handleRefineResult(r, payload, input, inst);
        return;
      };
    });
  }
});

// node_modules/zod/v4/core/memoizer.js
var init_memoizer = __esm({
  "node_modules/zod/v4/core/memoizer.js"() {
  }
});

// node_modules/zod/v4/locales/en.js
function en_default() {
  return {
    localeError: error()
  };
}
var error;
var init_en = __esm({
  "node_modules/zod/v4/locales/en.js"() {
    init_util();
    error = () => {
      const Sizable = {
        string: { unit: "characters", verb: "to have" },
        file: { unit: "bytes", verb: "to have" },
        array: { unit: "items", verb: "to have" },
        set: { unit: "items", verb: "to have" },
        map: { unit: "entries", verb: "to have" }
      };
      function getSizing(origin) {
        return Sizable[origin] ?? null;
      }
      const FormatDictionary = {
        regex: "input",
        email: "email address",
        url: "URL",
        emoji: "emoji",
        uuid: "UUID",
        uuidv4: "UUIDv4",
        uuidv6: "UUIDv6",
        nanoid: "nanoid",
        guid: "GUID",
        cuid: "cuid",
        cuid2: "cuid2",
        ulid: "ULID",
        xid: "XID",
        ksuid: "KSUID",
        datetime: "ISO datetime",
        date: "ISO date",
        time: "ISO time",
        duration: "ISO duration",
        ipv4: "IPv4 address",
        ipv6: "IPv6 address",
        mac: "MAC address",
        cidrv4: "IPv4 range",
        cidrv6: "IPv6 range",
        base64: "base64-encoded string",
        base64url: "base64url-encoded string",
        json_string: "JSON string",
        e164: "E.164 number",
        currency_code: "currency code",
        credit_card: "credit card number",
        iban: "IBAN",
        jwt: "JWT",
        template_literal: "input"
      };
      const TypeDictionary = {
        // Compatibility: "nan" -> "NaN" for display
        nan: "NaN"
        // All other type names omitted - they fall back to raw values via ?? operator
      };
      function getTypeName(type, input) {
        if (type === "number" && typeof input === "number" && !Number.isFinite(input)) {
          return String(input);
        }
        return TypeDictionary[type] ?? type;
      }
      return (issue2) => {
        switch (issue2.code) {
          case "invalid_type": {
            const expected = getTypeName(issue2.expected);
            const receivedType = parsedType(issue2.input);
            const received = getTypeName(receivedType, issue2.input);
            return `Invalid input: expected ${expected}, received ${received}`;
          }
          case "invalid_value":
            if (issue2.values.length === 1)
              return `Invalid input: expected ${stringifyPrimitive(issue2.values[0])}`;
            return `Invalid option: expected one of ${joinValues(issue2.values, "|")}`;
          case "too_big": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? "<=" : "<";
            const sizing = getSizing(issue2.origin);
            if (sizing)
              return `Too big: expected ${issue2.origin ?? "value"} to have ${adj}${issue2.maximum.toString()} ${sizing.unit ?? "elements"}`;
            return `Too big: expected ${issue2.origin ?? "value"} to be ${adj}${issue2.maximum.toString()}`;
          }
          case "too_small": {
            const adj = issue2.exact ? "exactly " : issue2.inclusive ? ">=" : ">";
            const sizing = getSizing(issue2.origin);
            if (sizing) {
              return `Too small: expected ${issue2.origin} to have ${adj}${issue2.minimum.toString()} ${sizing.unit}`;
            }
            return `Too small: expected ${issue2.origin} to be ${adj}${issue2.minimum.toString()}`;
          }
          case "invalid_format": {
            const _issue = issue2;
            if (_issue.format === "starts_with") {
              return `Invalid string: must start with "${_issue.prefix}"`;
            }
            if (_issue.format === "ends_with")
              return `Invalid string: must end with "${_issue.suffix}"`;
            if (_issue.format === "includes")
              return `Invalid string: must include "${_issue.includes}"`;
            if (_issue.format === "regex")
              return `Invalid string: must match pattern ${_issue.pattern}`;
            return `Invalid ${FormatDictionary[_issue.format] ?? issue2.format}`;
          }
          case "not_multiple_of":
            return `Invalid number: must be a multiple of ${issue2.divisor}`;
          case "unrecognized_keys":
            return `Unrecognized key${issue2.keys.length > 1 ? "s" : ""}: ${joinValues(issue2.keys, ", ")}`;
          case "invalid_key":
            return `Invalid key in ${issue2.origin}`;
          case "invalid_union":
            if (issue2.options && Array.isArray(issue2.options) && issue2.options.length > 0) {
              const opts = issue2.options.map((o) => `'${o}'`).join(" | ");
              return `Invalid discriminator value. Expected ${opts}`;
            }
            if (issue2.inclusive === false) {
              return "Invalid input: more than one option matched";
            }
            return "Invalid input";
          case "invalid_element":
            return `Invalid value in ${issue2.origin}`;
          default:
            return `Invalid input`;
        }
      };
    };
  }
});

// node_modules/zod/v4/locales/index.js
var init_locales = __esm({
  "node_modules/zod/v4/locales/index.js"() {
  }
});

// node_modules/zod/v4/core/registries.js
function registry() {
  return new $ZodRegistry();
}
var _a2, $ZodRegistry, globalRegistry;
var init_registries = __esm({
  "node_modules/zod/v4/core/registries.js"() {
    $ZodRegistry = class {
      constructor() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
      }
      add(schema, ..._meta) {
        const meta2 = _meta[0];
        this._map.set(schema, meta2);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.set(meta2.id, schema);
        }
        return this;
      }
      clear() {
        this._map = /* @__PURE__ */ new WeakMap();
        this._idmap = /* @__PURE__ */ new Map();
        return this;
      }
      remove(schema) {
        const meta2 = this._map.get(schema);
        if (meta2 && typeof meta2 === "object" && "id" in meta2) {
          this._idmap.delete(meta2.id);
        }
        this._map.delete(schema);
        return this;
      }
      get(schema) {
        const p = schema._zod.parent;
        if (p) {
          const pm = { ...this.get(p) ?? {} };
          delete pm.id;
          const f = { ...pm, ...this._map.get(schema) };
          return Object.keys(f).length ? f : void 0;
        }
        return this._map.get(schema);
      }
      has(schema) {
        return this._map.has(schema);
      }
    };
    (_a2 = globalThis).__zod_globalRegistry ?? (_a2.__zod_globalRegistry = registry());
    globalRegistry = globalThis.__zod_globalRegistry;
  }
});

// node_modules/zod/v4/core/compile.js
var init_compile = __esm({
  "node_modules/zod/v4/core/compile.js"() {
  }
});

// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
  if (def.checks)
    def.checks = [...def.checks];
  return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
  return new Class(snapshotChecks({ type: "string", ...normalizeParams(params) }));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
  return new Class({
    type: "number",
    check: "number_format",
    abort: false,
    format: "safeint",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
  return new Class({
    type: "never",
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
  return new $ZodCheckLessThan({
    check: "less_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
  return new $ZodCheckGreaterThan({
    check: "greater_than",
    ...normalizeParams(params),
    value,
    inclusive: true
  });
}
// @__NO_SIDE_EFFECTS__
function _nonnegative(params) {
  return /* @__PURE__ */ _gte(0, params);
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
  return new $ZodCheckMinLength({
    check: "min_length",
    ...normalizeParams(params),
    minimum
  });
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
  return new $ZodCheckRegex({
    check: "string_format",
    format: "regex",
    ...normalizeParams(params),
    pattern
  });
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
  const schema = new Class({
    type: "custom",
    check: "custom",
    fn,
    ...normalizeParams(_params)
  });
  return schema;
}
var init_api = __esm({
  "node_modules/zod/v4/core/api.js"() {
    init_checks();
    init_util();
  }
});

// node_modules/zod/v4/core/to-json-schema.js
var init_to_json_schema = __esm({
  "node_modules/zod/v4/core/to-json-schema.js"() {
  }
});

// node_modules/zod/v4/core/json-schema.js
var init_json_schema = __esm({
  "node_modules/zod/v4/core/json-schema.js"() {
  }
});

// node_modules/zod/v4/core/index.js
var init_core2 = __esm({
  "node_modules/zod/v4/core/index.js"() {
    init_core();
    init_parse();
    init_errors();
    init_schemas();
    init_memoizer();
    init_checks();
    init_versions();
    init_util();
    init_regexes();
    init_locales();
    init_registries();
    init_doc();
    init_compile();
    init_api();
    init_to_json_schema();
    init_json_schema();
  }
});

// node_modules/zod/v4/mini/parse.js
var init_parse2 = __esm({
  "node_modules/zod/v4/mini/parse.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/schemas.js
// @__NO_SIDE_EFFECTS__
function string2(params) {
  return _string(ZodMiniString, params);
}
function int(params) {
  return _int(ZodMiniNumberFormat, params);
}
// @__NO_SIDE_EFFECTS__
function never(params) {
  return _never(ZodMiniNever, params);
}
// @__NO_SIDE_EFFECTS__
function array(element, params) {
  return new ZodMiniArray({
    type: "array",
    element,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function strictObject(shape, params) {
  return new ZodMiniObject({
    type: "object",
    shape,
    catchall: /* @__PURE__ */ never(),
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function record(keyType, valueType, params) {
  if (!valueType || !valueType._zod) {
    return new ZodMiniRecord({
      type: "record",
      keyType: /* @__PURE__ */ string2(),
      valueType: keyType,
      ...normalizeParams(valueType)
    });
  }
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function partialRecord(keyType, valueType, params) {
  return new ZodMiniRecord({
    type: "record",
    keyType,
    valueType,
    ...normalizeParams(params),
    partial: true
  });
}
// @__NO_SIDE_EFFECTS__
function _enum(values, params) {
  const entries = Array.isArray(values) ? Object.fromEntries(values.map((v2) => [v2, v2])) : values;
  return new ZodMiniEnum({
    type: "enum",
    entries,
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function literal(value, params) {
  return new ZodMiniLiteral({
    type: "literal",
    values: Array.isArray(value) ? value : [value],
    ...normalizeParams(params)
  });
}
// @__NO_SIDE_EFFECTS__
function optional(innerType) {
  return new ZodMiniOptional({
    type: "optional",
    innerType
  });
}
// @__NO_SIDE_EFFECTS__
function refine(fn, _params = {}) {
  return _refine(ZodMiniCustom, fn, _params);
}
var ZodMiniType, ZodMiniString, ZodMiniNumber, ZodMiniNumberFormat, ZodMiniNever, ZodMiniArray, ZodMiniObject, ZodMiniRecord, ZodMiniEnum, ZodMiniLiteral, ZodMiniOptional, ZodMiniCustom;
var init_schemas2 = __esm({
  "node_modules/zod/v4/mini/schemas.js"() {
    init_core2();
    init_util();
    init_parse2();
    ZodMiniType = /* @__PURE__ */ $constructor("ZodMiniType", (inst, def) => {
      if (!inst._zod)
        throw new Error("Uninitialized schema in ZodMiniType.");
      $ZodType.init(inst, def);
      inst.def = def;
      inst.type = def.type;
    }, {
      // `with` is an alias for `check`: the same function object, not a wrapper.
      get with() {
        return this.check;
      },
      set with(value) {
        own(this, "with", value);
      },
      parse(data, params) {
        return parse3(this, data, params, { callee: this.parse });
      },
      parseAsync(data, params) {
        return parseAsync(this, data, params, { callee: this.parseAsync });
      },
      safeParse(data, params) {
        return safeParse(this, data, params);
      },
      safeParseAsync(data, params) {
        return safeParseAsync(this, data, params);
      },
      check(...checks) {
        const def = this.def;
        return this.clone({
          ...def,
          checks: [
            ...def.checks ?? [],
            ...checks.map((ch) => typeof ch === "function" ? { _zod: { check: ch, def: { check: "custom" }, onattach: [] } } : ch)
          ]
        }, { parent: true });
      },
      clone(_def, params) {
        return clone(this, _def, params);
      },
      brand() {
        return this;
      },
      register(reg, meta2) {
        reg.add(this, meta2);
        return this;
      },
      apply(fn, ...args) {
        return args.length === 0 ? fn(this) : fn(this, ...args);
      }
    });
    ZodMiniString = /* @__PURE__ */ $constructor("ZodMiniString", (inst, def) => {
      $ZodString.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumber = /* @__PURE__ */ $constructor("ZodMiniNumber", (inst, def) => {
      $ZodNumber.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniNumberFormat = /* @__PURE__ */ $constructor("ZodMiniNumberFormat", (inst, def) => {
      $ZodNumberFormat.init(inst, def);
      ZodMiniNumber.init(inst, def);
    });
    ZodMiniNever = /* @__PURE__ */ $constructor("ZodMiniNever", (inst, def) => {
      $ZodNever.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniArray = /* @__PURE__ */ $constructor("ZodMiniArray", (inst, def) => {
      $ZodArray.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniObject = /* @__PURE__ */ $constructor("ZodMiniObject", (inst, def) => {
      $ZodObject.init(inst, def);
      ZodMiniType.init(inst, def);
      installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
    });
    ZodMiniRecord = /* @__PURE__ */ $constructor("ZodMiniRecord", (inst, def) => {
      $ZodRecord.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniEnum = /* @__PURE__ */ $constructor("ZodMiniEnum", (inst, def) => {
      $ZodEnum.init(inst, def);
      ZodMiniType.init(inst, def);
      inst.options = [...inst._zod.values];
    });
    ZodMiniLiteral = /* @__PURE__ */ $constructor("ZodMiniLiteral", (inst, def) => {
      $ZodLiteral.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniOptional = /* @__PURE__ */ $constructor("ZodMiniOptional", (inst, def) => {
      $ZodOptional.init(inst, def);
      ZodMiniType.init(inst, def);
    });
    ZodMiniCustom = /* @__PURE__ */ $constructor("ZodMiniCustom", (inst, def) => {
      $ZodCustom.init(inst, def);
      ZodMiniType.init(inst, def);
    });
  }
});

// node_modules/zod/v4/mini/checks.js
var init_checks2 = __esm({
  "node_modules/zod/v4/mini/checks.js"() {
    init_core2();
  }
});

// node_modules/zod/v4/mini/iso.js
var init_iso = __esm({
  "node_modules/zod/v4/mini/iso.js"() {
  }
});

// node_modules/zod/v4/mini/coerce.js
var init_coerce = __esm({
  "node_modules/zod/v4/mini/coerce.js"() {
  }
});

// node_modules/zod/v4/mini/external.js
var init_external = __esm({
  "node_modules/zod/v4/mini/external.js"() {
    init_core2();
    init_parse2();
    init_schemas2();
    init_checks2();
    init_core2();
    init_locales();
    init_iso();
    init_coerce();
  }
});

// node_modules/zod/mini/index.js
var init_mini = __esm({
  "node_modules/zod/mini/index.js"() {
    init_external();
  }
});

// lib/core/schema.js
var FORMAT_VERSION, KeyedExternalIdSchema, NumericExternalIdSchema, ExternalIdsSchema, CounterSchema, ProjectKeySchema, CountersSchema, MappingFileSchema, CounterFileSchema, emptyCounters, ConfigSchema;
var init_schema = __esm({
  "lib/core/schema.js"() {
    "use strict";
    init_mini();
    init_en();
    init_ids();
    config(en_default());
    FORMAT_VERSION = "1.0";
    KeyedExternalIdSchema = string2().check(_regex(KEYED_EXTERNAL_ID, "must look like KEY-123 (upper-case key, positive number of at most 15 digits)"));
    NumericExternalIdSchema = string2().check(_regex(NUMERIC_EXTERNAL_ID, 'must be a positive whole number of at most 15 digits in a string, like "234"'));
    ExternalIdsSchema = strictObject({
      azure_devops: optional(NumericExternalIdSchema),
      github: optional(NumericExternalIdSchema),
      jira: optional(KeyedExternalIdSchema),
      linear: optional(KeyedExternalIdSchema)
    });
    CounterSchema = int("must be a whole number").check(_nonnegative("must not be negative"), _lte(Number.MAX_SAFE_INTEGER, "is beyond 2^53 and cannot be counted exactly"));
    ProjectKeySchema = string2().check(_regex(PROJECT_KEY, "must be an upper-case key like PROJ"));
    CountersSchema = strictObject({
      azure_devops: CounterSchema,
      github: CounterSchema,
      jira: record(ProjectKeySchema, CounterSchema),
      linear: record(ProjectKeySchema, CounterSchema)
    });
    MappingFileSchema = strictObject({
      mappings: record(string2().check(_minLength(1)), ExternalIdsSchema),
      updated: string2(),
      version: literal(FORMAT_VERSION)
    });
    CounterFileSchema = strictObject({
      counters: CountersSchema,
      updated: string2(),
      version: literal(FORMAT_VERSION)
    });
    emptyCounters = () => ({
      azure_devops: 0,
      github: 0,
      jira: /* @__PURE__ */ Object.create(null),
      linear: /* @__PURE__ */ Object.create(null)
    });
    ConfigSchema = strictObject({
      $schema: optional(string2()),
      tools: optional(strictObject({
        jira: optional(strictObject({
          key: ProjectKeySchema,
          mode: optional(_enum(["counter", "sync"])),
          /** Sync mode: the site, https://acme.atlassian.net. */
          url: optional(string2().check(_regex(/^https?:\/\/\S+$/, "must be an http(s) URL"))),
          /** Sync mode: the issue type's name (default Task). */
          issueType: optional(string2().check(_minLength(1)))
        })),
        linear: optional(strictObject({ key: ProjectKeySchema, mode: optional(_enum(["counter", "sync"])) })),
        github: optional(strictObject({
          mode: optional(_enum(["counter", "sync"])),
          /** owner/name; default GITHUB_REPOSITORY, else the origin remote. */
          repo: optional(string2().check(_regex(/^[\w.-]+\/[\w.-]+$/, "must be owner/name, like acme/tasks")))
        })),
        azure_devops: optional(strictObject({
          mode: optional(_enum(["counter", "sync"])),
          /** Sync mode: the organisation, the project and the work item type. */
          org: optional(string2().check(_minLength(1))),
          project: optional(string2().check(_minLength(1))),
          type: optional(string2().check(_minLength(1)))
        }))
      })),
      stateDir: optional(string2().check(_minLength(1))),
      tasksDir: optional(string2().check(_minLength(1))),
      idPrefixes: optional(array(string2().check(_regex(/^[A-Z][A-Z0-9_]*$/))).check(_minLength(1))),
      /** A regular expression for task IDs; replaces the prefix rule. */
      idPattern: optional(string2().check(_minLength(1), refine((v2) => {
        try {
          new RegExp(v2);
          return true;
        } catch {
          return false;
        }
      }, { message: "is not a valid regular expression" }))),
      /** Globs, relative to the tasks directory, of markdown files that are not tasks. */
      exclude: optional(array(string2().check(_minLength(1)))),
      /** Sync mode: which task statuses get tracker items created (default: every non-terminal one). */
      sync: optional(strictObject({ statuses: optional(array(string2().check(_minLength(1)))) }))
    });
  }
});

// lib/core/migrate.js
function compareVersion(v2) {
  const s = typeof v2 === "number" ? v2.toFixed(1) : v2;
  if (typeof s !== "string")
    return void 0;
  const m2 = /^(\d+)(?:\.(\d+))?(?:\.\d+)?$/.exec(s.trim());
  if (!m2)
    return void 0;
  const major = Number(m2[1]);
  const minor = Number(m2[2] ?? 0);
  return major !== 1 ? major - 1 : minor;
}
function migrateEnvelope(json, bodyKey, now, steps) {
  const version2 = json.version;
  const cmp = compareVersion(version2);
  if (version2 === void 0)
    steps.push(`set version ${FORMAT_VERSION} (the file had none)`);
  else if (cmp === void 0) {
  } else if (cmp > 0)
    return { body: json[bodyKey], unsupported: String(version2) };
  else if (cmp < 0 || version2 !== FORMAT_VERSION)
    steps.push(`set version ${FORMAT_VERSION} (was ${JSON.stringify(version2)})`);
  if (json.updated === void 0)
    steps.push(`set updated to ${now} (the file had none)`);
  return { body: json[bodyKey] };
}
function envelope(json, bodyKey, body, now) {
  const out = { ...json };
  out[bodyKey] = body;
  if (out.updated === void 0)
    out.updated = now;
  const cmp = compareVersion(out.version);
  if (out.version === void 0 || cmp !== void 0 && cmp <= 0)
    out.version = FORMAT_VERSION;
  return out;
}
function migrateFile(json, now, bodyKey, migrateBody) {
  const steps = [];
  if (!isPlainObject2(json))
    return { value: json, steps, enveloped: false };
  const enveloped = bodyKey in json || "version" in json || "updated" in json;
  let body;
  if (enveloped) {
    const r = migrateEnvelope(json, bodyKey, now, steps);
    if (r.unsupported)
      return { value: json, steps: [], enveloped, unsupported: r.unsupported };
    body = r.body;
  } else {
    body = json;
    const noun = bodyKey === "mappings" ? "mapping" : "counters";
    steps.push(`wrapped the bare ${noun} object in the ${FORMAT_VERSION} envelope`);
  }
  const { value, notes } = migrateBody(body);
  steps.push(...notes);
  return {
    value: enveloped ? envelope(json, bodyKey, value, now) : { [bodyKey]: value, updated: now, version: FORMAT_VERSION },
    steps,
    enveloped
  };
}
function migrateMappingEntries(body) {
  if (!isPlainObject2(body))
    return { value: body, notes: [] };
  let changed = false;
  const numeric = /* @__PURE__ */ new Set();
  const lower = [];
  const renamed = /* @__PURE__ */ new Map();
  const dropped = /* @__PURE__ */ new Map();
  const out = {};
  for (const [id, entry] of Object.entries(body)) {
    if (!isPlainObject2(entry) || isCanonicalEntry(entry)) {
      out[id] = entry;
      continue;
    }
    changed = true;
    const fixed = {};
    for (const [rawTool, raw] of Object.entries(entry)) {
      const tool = normalizeToolName(rawTool);
      if (!tool) {
        dropped.set(rawTool, (dropped.get(rawTool) ?? 0) + 1);
        continue;
      }
      if (tool !== rawTool)
        renamed.set(rawTool, tool);
      let v2 = raw;
      if (typeof v2 === "number" && Number.isSafeInteger(v2) && v2 > 0 && !isKeyed(tool)) {
        v2 = String(v2);
        numeric.add(tool);
      } else if (typeof v2 === "string" && isKeyed(tool) && /^[a-z][a-z0-9_]*-\d+$/i.test(v2)) {
        const up = v2.toUpperCase();
        if (up !== v2)
          lower.push(`${v2} \u2192 ${up}`);
        v2 = up;
      }
      fixed[tool] = v2;
    }
    out[id] = fixed;
  }
  if (!changed)
    return { value: body, notes: [] };
  const notes = [];
  if (numeric.size)
    notes.push(`turned numeric ${[...numeric].sort().join(" and ")} IDs into strings`);
  if (lower.length)
    notes.push(`upper-cased ${lower.length} external ID key(s) (${lower.slice(0, 3).join(", ")}${lower.length > 3 ? ", \u2026" : ""})`);
  for (const [from, to] of renamed)
    notes.push(`renamed tool "${from}" to "${to}"`);
  for (const [field, n] of dropped)
    notes.push(`dropped the pre-1.0 per-task field "${field}" from ${n} entr${n === 1 ? "y" : "ies"}`);
  return { value: out, notes };
}
function isCanonicalEntry(entry) {
  for (const k2 in entry) {
    if (!isTool(k2))
      return false;
    const v2 = entry[k2];
    if (typeof v2 !== "string")
      return false;
    if (isKeyed(k2) && v2 !== v2.toUpperCase())
      return false;
  }
  return true;
}
function migrateCounterBody(body) {
  if (!isPlainObject2(body))
    return { value: body, notes: [] };
  const notes = [];
  const out = {};
  for (const [rawTool, raw] of Object.entries(body)) {
    const tool = normalizeToolName(rawTool);
    if (!tool) {
      out[rawTool] = raw;
      continue;
    }
    if (tool !== rawTool)
      notes.push(`renamed tool "${rawTool}" to "${tool}"`);
    if (isKeyed(tool) && isPlainObject2(raw)) {
      const keys = {};
      for (const [k2, v2] of Object.entries(raw)) {
        const K2 = k2.toUpperCase();
        const n = asCount(v2);
        if (n !== v2)
          notes.push(`turned the ${tool} counter ${k2} from a string into a number`);
        if (K2 !== k2)
          notes.push(`upper-cased the ${tool} key ${k2} \u2192 ${K2}`);
        const prev = keys[K2];
        keys[K2] = typeof prev === "number" && typeof n === "number" ? Math.max(prev, n) : prev ?? n;
      }
      out[tool] = keys;
    } else {
      const n = asCount(raw);
      if (n !== raw)
        notes.push(`turned the ${tool} counter from a string into a number`);
      out[tool] = n;
    }
  }
  const missing = TOOLS.filter((t) => !(t in out));
  for (const t of missing)
    out[t] = isKeyed(t) ? {} : 0;
  if (missing.length)
    notes.push(`added the missing tool(s) ${missing.join(", ")}`);
  return { value: notes.length ? out : body, notes };
}
var isPlainObject2, migrateMapping, migrateCounters, isKeyed, asCount;
var init_migrate = __esm({
  "lib/core/migrate.js"() {
    "use strict";
    init_schema();
    init_ids();
    isPlainObject2 = (v2) => typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
    migrateMapping = (json, now) => migrateFile(json, now, "mappings", migrateMappingEntries);
    migrateCounters = (json, now) => migrateFile(json, now, "counters", migrateCounterBody);
    isKeyed = (t) => KEYED_TOOLS.includes(t);
    asCount = (v2) => typeof v2 === "string" && /^\d+$/.test(v2.trim()) ? Number(v2.trim()) : v2;
  }
});

// lib/core/state.js
function analyzeMappings(mappings) {
  const highest = emptyCounters();
  const ids = Object.keys(mappings);
  let wellFormed = true;
  const groups = /* @__PURE__ */ new Map();
  const odd = /* @__PURE__ */ new Map();
  const plain = {};
  let last;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const entry = mappings[id];
    if (id === "" || UNSAFE_KEYS.has(id) || typeof entry !== "object" || entry === null) {
      wellFormed = false;
      continue;
    }
    if (Array.isArray(entry))
      wellFormed = false;
    for (const tool in entry) {
      const v2 = entry[tool];
      if (typeof v2 !== "string") {
        wellFormed = false;
        continue;
      }
      let group;
      let n = NaN;
      if (tool === "github" || tool === "azure_devops") {
        if (NUMERIC_EXTERNAL_ID.test(v2)) {
          n = +v2;
          if (n > highest[tool])
            highest[tool] = n;
          group = plain[tool] ??= { tool, nums: [], owners: [] };
        }
      } else if (tool === "jira" || tool === "linear") {
        const dash = v2.lastIndexOf("-");
        const key = v2.slice(0, dash);
        if (dash > 0 && KEYED_EXTERNAL_ID.test(v2)) {
          n = +v2.slice(dash + 1);
          const keyed = highest[tool];
          if (!hasOwn(keyed, key) || n > keyed[key])
            keyed[key] = n;
          if (last && last.tool === tool && last.key === key)
            group = last;
          else {
            const g = `${tool} ${key}`;
            group = groups.get(g);
            if (!group)
              groups.set(g, group = { tool, key, nums: [], owners: [] });
            last = group;
          }
        }
      }
      if (!group) {
        wellFormed = false;
        const k2 = `${tool}\0${v2}`;
        const o = odd.get(k2);
        if (o)
          o.push(i);
        else
          odd.set(k2, [i]);
        continue;
      }
      group.nums.push(n);
      group.owners.push(i);
    }
  }
  for (const g of Object.values(plain))
    groups.set(g.tool, g);
  const repeats = /* @__PURE__ */ new Map();
  const repeat2 = (tool, externalId, first, other) => {
    const k2 = `${tool}\0${externalId}`;
    const d2 = repeats.get(k2);
    if (d2)
      d2.holders.push(ids[other]);
    else
      repeats.set(k2, { tool, externalId, holders: [ids[first], ids[other]] });
  };
  for (const { tool, key, nums, owners } of groups.values()) {
    let max = 0;
    for (const n of nums)
      if (n > max)
        max = n;
    const name = (n) => key === void 0 ? String(n) : `${key}-${n}`;
    if (max <= 8 * nums.length + 4096) {
      const slot = new Int32Array(max + 1);
      for (let j2 = 0; j2 < nums.length; j2++) {
        const n = nums[j2];
        if (slot[n] === 0)
          slot[n] = owners[j2] + 1;
        else
          repeat2(tool, name(n), slot[n] - 1, owners[j2]);
      }
    } else {
      const slot = /* @__PURE__ */ new Map();
      for (let j2 = 0; j2 < nums.length; j2++) {
        const first = slot.get(nums[j2]);
        if (first === void 0)
          slot.set(nums[j2], owners[j2]);
        else
          repeat2(tool, name(nums[j2]), first, owners[j2]);
      }
    }
  }
  for (const [k2, owners] of odd)
    if (owners.length > 1) {
      const [tool, externalId] = k2.split("\0");
      for (const o of owners.slice(1))
        repeat2(tool, externalId, owners[0], o);
    }
  const duplicates = [...repeats.values()];
  for (const d2 of duplicates)
    d2.holders.sort();
  duplicates.sort((a, b2) => a.tool + a.externalId < b2.tool + b2.externalId ? -1 : 1);
  return { ids, wellFormed, highest, duplicates };
}
function highestOf(refs) {
  const out = emptyCounters();
  for (const { tool, externalId } of refs) {
    const p = parseExternalId(tool, externalId);
    if (!p)
      continue;
    if (tool === "jira" || tool === "linear") {
      const c = out[tool];
      if (!hasOwn(c, p.key) || c[p.key] < p.number)
        c[p.key] = p.number;
    } else if (out[tool] < p.number)
      out[tool] = p.number;
  }
  return out;
}
function maxCounters(...all) {
  const out = emptyCounters();
  for (const c of all) {
    out.azure_devops = Math.max(out.azure_devops, c.azure_devops);
    out.github = Math.max(out.github, c.github);
    for (const t of ["jira", "linear"])
      for (const k2 in c[t])
        out[t][k2] = Math.max(out[t][k2] ?? 0, c[t][k2]);
  }
  return out;
}
function countersEqual(a, b2) {
  if (a.azure_devops !== b2.azure_devops || a.github !== b2.github)
    return false;
  for (const t of ["jira", "linear"]) {
    const ka = Object.keys(a[t]);
    if (ka.length !== Object.keys(b2[t]).length)
      return false;
    for (const k2 of ka)
      if (a[t][k2] !== b2[t][k2])
        return false;
  }
  return true;
}
function countersBehind(counters, used) {
  const out = [];
  for (const t of ["azure_devops", "github"])
    if (counters[t] < used[t])
      out.push([t, counters[t], used[t]]);
  for (const t of ["jira", "linear"])
    for (const k2 in used[t]) {
      const has = hasOwn(counters[t], k2) ? counters[t][k2] : 0;
      if (has < used[t][k2])
        out.push([`${t} ${k2}`, has, used[t][k2]]);
    }
  return out;
}
function cloneMappings(m2) {
  const out = {};
  for (const id in m2)
    out[id] = { ...m2[id] };
  return out;
}
function cloneCounters(c) {
  const out = emptyCounters();
  out.azure_devops = c.azure_devops;
  out.github = c.github;
  for (const t of ["jira", "linear"])
    for (const k2 in c[t])
      out[t][k2] = c[t][k2];
  return out;
}
function entriesEqual(a, b2) {
  if (!a || !b2)
    return a === b2;
  return TOOLS.every((t) => a[t] === b2[t]);
}
function mappingsEqual(a, b2) {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b2).length)
    return false;
  return ka.every((id) => hasOwn(b2, id) && entriesEqual(a[id], b2[id]));
}
function unionMappings(sources) {
  const mappings = {};
  const conflicts = [];
  const added = [];
  sources.forEach(({ name, mappings: m2 }, i) => {
    let count = 0;
    for (const id in m2) {
      const entry = mappings[id] ??= {};
      for (const t in m2[id]) {
        const tool = t;
        const v2 = m2[id][tool];
        const had = entry[tool];
        if (had === void 0) {
          entry[tool] = v2;
          if (i > 0)
            count++;
        } else if (had !== v2)
          conflicts.push({ internalId: id, tool, kept: had, other: v2, source: name });
      }
    }
    if (i > 0 && count)
      added.push({ source: name, count });
  });
  return { mappings, conflicts, added };
}
var UNSAFE_KEYS, hasOwn, highestUsed, findDuplicateExternalIds;
var init_state = __esm({
  "lib/core/state.js"() {
    "use strict";
    init_schema();
    init_ids();
    UNSAFE_KEYS = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
    hasOwn = (o, k2) => Object.prototype.hasOwnProperty.call(o, k2);
    highestUsed = (mappings) => analyzeMappings(mappings).highest;
    findDuplicateExternalIds = (mappings) => analyzeMappings(mappings).duplicates;
  }
});

// lib/core/schema-check.js
function isValidEntry(entry) {
  if (!isObj(entry))
    return false;
  for (const tool in entry) {
    const v2 = entry[tool];
    if (!isTool(tool) || typeof v2 !== "string" || !EXTERNAL_ID_PATTERN[tool].test(v2))
      return false;
  }
  return true;
}
function hasEnvelope(v2, body) {
  for (const k2 in v2)
    if (k2 !== body && k2 !== "updated" && k2 !== "version")
      return false;
  return typeof v2.updated === "string" && v2.version === FORMAT_VERSION && isObj(v2[body]);
}
function scanMapping(v2) {
  if (!isObj(v2) || !hasEnvelope(v2, "mappings"))
    return void 0;
  const a = analyzeMappings(v2.mappings);
  return a.wellFormed ? a : void 0;
}
function fastCheckCounters(v2) {
  if (!isObj(v2) || !hasEnvelope(v2, "counters"))
    return false;
  const c = v2.counters;
  for (const k2 in c)
    if (!isTool(k2))
      return false;
  if (!isCount(c.azure_devops) || !isCount(c.github))
    return false;
  for (const t of ["jira", "linear"]) {
    const keyed = c[t];
    if (!isObj(keyed))
      return false;
    for (const key in keyed)
      if (!PROJECT_KEY.test(key) || !isCount(keyed[key]))
        return false;
  }
  return true;
}
function issuesOf(error2) {
  const seen = /* @__PURE__ */ new Set();
  const first = error2.issues.filter((i) => !seen.has(JSON.stringify(i.path)) && seen.add(JSON.stringify(i.path)));
  return first.map((i) => ({
    path: i.path.map((p) => typeof p === "symbol" ? String(p) : p),
    message: describeIssue(i),
    counter: i.path[0] === "counters" && i.code !== "unrecognized_keys" && i.path.length > 1
  }));
}
function describeIssue(i) {
  if (i.code === "unrecognized_keys")
    return `unknown key(s) ${i.keys.map((k2) => `"${k2}"`).join(", ")}`;
  if (i.code === "invalid_type")
    return `expected ${i.expected}`;
  if (i.code === "invalid_value")
    return `must be ${i.values.map((v2) => JSON.stringify(v2)).join(" or ")}`;
  return i.message;
}
function checkStateFile(kind, v2) {
  if (kind === "mapping" ? fastCheckMapping(v2) : fastCheckCounters(v2))
    return { ok: true, data: v2 };
  if (kind === "counters") {
    const r = CounterFileSchema.safeParse(v2);
    return r.success ? { ok: true, data: r.data } : { ok: false, issues: issuesOf(r.error) };
  }
  const issues = [];
  const obj = v2;
  const env = MappingFileSchema.safeParse(isObj(v2) ? { ...v2, mappings: isObj(obj.mappings) ? {} : obj.mappings } : v2);
  if (!env.success)
    issues.push(...issuesOf(env.error));
  if (isObj(v2) && isObj(obj.mappings)) {
    const m2 = obj.mappings;
    for (const id in m2) {
      if (id === "")
        issues.push({ path: ["mappings", id], message: "empty task ID", counter: false });
      if (isValidEntry(m2[id]))
        continue;
      const r = ExternalIdsSchema.safeParse(m2[id]);
      if (!r.success)
        for (const i of issuesOf(r.error))
          issues.push({ ...i, path: ["mappings", id, ...i.path] });
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, data: v2 };
}
var isObj, isCount, fastCheckMapping;
var init_schema_check = __esm({
  "lib/core/schema-check.js"() {
    "use strict";
    init_schema();
    init_ids();
    init_state();
    isObj = (v2) => typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
    isCount = (v2) => typeof v2 === "number" && Number.isSafeInteger(v2) && v2 >= 0;
    fastCheckMapping = (v2) => scanMapping(v2) !== void 0;
  }
});

// lib/core/parse.js
function stripUnsafeKeys(v2, path = [], found = [], depth = 0) {
  if (typeof v2 !== "object" || v2 === null || depth > 3)
    return found;
  for (const k2 of Object.keys(v2)) {
    if (UNSAFE_KEYS.has(k2)) {
      found.push([...path, k2]);
      delete v2[k2];
    } else
      stripUnsafeKeys(v2[k2], [...path, k2], found, depth + 1);
  }
  return found;
}
function limitDepth(v2, path = [], found = []) {
  if (typeof v2 !== "object" || v2 === null)
    return found;
  for (const k2 of Object.keys(v2)) {
    const child = v2[k2];
    if (typeof child !== "object" || child === null)
      continue;
    if (path.length + 1 >= MAX_DEPTH) {
      v2[k2] = TOO_DEEP;
      found.push([...path, k2]);
    } else
      limitDepth(child, [...path, k2], found);
  }
  return found;
}
function lineOfOffset(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
function conflictSides(text) {
  const ours = [];
  const theirs = [];
  let state = "both";
  let seen = false;
  for (const line of text.split(/\r?\n/)) {
    const m2 = CONFLICT_LINE.exec(line);
    const mark = m2?.[1]?.[0];
    if (mark === "<" && state === "both") {
      state = "ours";
      seen = true;
    } else if (mark === "|" && state === "ours")
      state = "base";
    else if (mark === "=" && (state === "ours" || state === "base"))
      state = "theirs";
    else if (mark === ">" && state === "theirs")
      state = "both";
    else {
      if (state === "both" || state === "ours")
        ours.push(line);
      if (state === "both" || state === "theirs")
        theirs.push(line);
    }
  }
  return seen && state === "both" ? { ours: ours.join("\n"), theirs: theirs.join("\n") } : void 0;
}
function jsonErrorPosition(err, text) {
  const msg = err instanceof Error ? err.message : String(err);
  const pos = /at position (\d+)/.exec(msg);
  if (/Unexpected end of JSON input/.test(msg) || !pos || Number(pos[1]) >= text.trimEnd().length)
    return { reason: "the file ends before the JSON does (truncated?)", offset: text.length };
  const reason = msg.replace(/\s*in JSON at position \d+.*$/s, "").replace(/^Unexpected token (.), ".*" is not valid JSON$/s, "unexpected $1");
  return { reason, offset: Number(pos[1]) };
}
function describePath(path) {
  return path.map((p) => typeof p === "number" ? `[${p}]` : p).join(".") || "the top level";
}
function missingStateFile(kind, file) {
  return { kind, file, status: "missing", steps: [], findings: [], enveloped: true };
}
function parseStateText(kind, text, file, now) {
  const p = { kind, file, text, now, findings: [] };
  const read2 = readJsonText(text, file, STATE_FIXES);
  p.findings.push(...read2.findings);
  if (read2.json === void 0)
    return result(p, {
      status: "corrupt",
      ...read2.conflicted && { salvage: salvageConflict(kind, read2.body, file, now) }
    });
  const parsed = (read2.duplicates.length ? void 0 : fastPath(p, read2.body, read2.json)) ?? checkContent(p, read2.body, read2.json);
  return read2.duplicates.length ? { ...parsed, duplicates: read2.duplicates } : parsed;
}
function keysInText(text) {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 58)
      n++;
    else if (c === 34) {
      let end = text.indexOf('"', i + 1);
      while (end !== -1) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 92)
          slashes++;
        if (slashes % 2 === 0)
          break;
        end = text.indexOf('"', end + 1);
      }
      if (end === -1)
        return n;
      i = end;
    }
  }
  return n;
}
function keysInValue(v2) {
  let n = 0;
  const stack = [v2];
  while (stack.length) {
    const x2 = stack.pop();
    if (typeof x2 !== "object" || x2 === null)
      continue;
    if (Array.isArray(x2))
      for (const e of x2)
        stack.push(e);
    else
      for (const k2 of Object.keys(x2)) {
        n++;
        stack.push(x2[k2]);
      }
  }
  return n;
}
function duplicateKeys(body, json) {
  if (keysInText(body) === keysInValue(json))
    return [];
  const { parseTree: parseTree3, getNodeValue: getNodeValue3 } = jsonc();
  const out = [];
  const walk = (node, path) => {
    if (node.type === "array")
      node.children?.forEach((c, i) => walk(c, [...path, String(i)]));
    if (node.type !== "object")
      return;
    const byKey = /* @__PURE__ */ new Map();
    for (const prop of node.children ?? []) {
      const key = prop.children?.[0]?.value;
      if (key === void 0 || prop.children?.[1] === void 0)
        continue;
      byKey.set(key, [...byKey.get(key) ?? [], prop]);
    }
    for (const [key, props] of byKey) {
      const last = props.at(-1).children[1];
      if (props.length > 1) {
        const occurrences = props.map((p) => ({
          line: lineOfOffset(body, p.offset).line,
          value: getNodeValue3(p.children[1])
        }));
        const first = JSON.stringify(occurrences[0].value);
        out.push({
          path: [...path, key],
          occurrences,
          same: occurrences.every((o) => JSON.stringify(o.value) === first)
        });
      }
      walk(last, [...path, key]);
    }
  };
  try {
    const tree = parseTree3(body);
    if (tree)
      walk(tree, []);
  } catch (err) {
    if (!(err instanceof RangeError))
      throw err;
  }
  return out;
}
function duplicateFinding(d2, file, fixes) {
  const lines = d2.occurrences.map((o) => o.line);
  const where = `${describePath(d2.path)} is written ${lines.length === 2 ? "twice" : `${lines.length} times`} (lines ${lines.slice(0, -1).join(", ")} and ${lines.at(-1)})`;
  return d2.same ? finding("warning", "DUPLICATE_JSON_KEY", `${where}, each time with the same value; nothing is lost, and a rewrite keeps one`, { file, line: lines[1] }) : finding("error", "DUPLICATE_JSON_KEY", `${where} with different values; a JSON reader keeps the last (line ${lines.at(-1)}) and drops the other silently, so extids does not use the file as it is: ${fixes.duplicate}`, { file, line: lines[0] });
}
function readJsonText(text, file, fixes) {
  const findings = [];
  let body = text;
  if (text.charCodeAt(0) === 65279) {
    findings.push(finding("error", "BOM", `starts with a byte-order mark (U+FEFF) that the reference implementation cannot read; ${fixes.bom}`, { file, line: 1 }));
    body = text.slice(1);
  }
  if (/^[\s\0]*$/.test(body)) {
    findings.push(finding("error", "EMPTY_FILE", body.includes("\0") ? `contains only NUL bytes (${body.length}): the last write did not complete` : "is empty", { file }));
    return { body, conflicted: false, duplicates: [], findings };
  }
  let json;
  try {
    json = JSON.parse(body);
  } catch (err) {
    const marker = body.split(/\r?\n/).findIndex((l3) => CONFLICT_LINE.test(l3));
    if (marker !== -1) {
      findings.push(finding("error", "CONFLICT_MARKERS", `has git conflict markers (first at line ${marker + 1}); ${fixes.conflict}`, { file, line: marker + 1 }));
      return { body, conflicted: true, duplicates: [], findings };
    }
    const { reason, offset } = jsonErrorPosition(err, body);
    const { line, column } = lineOfOffset(body, offset);
    findings.push(finding("error", "PARSE_ERROR", `is not valid JSON: ${reason} (line ${line}, column ${column})`, { file, line, column }));
    return { body, conflicted: false, duplicates: [], findings };
  }
  const duplicates = duplicateKeys(body, json);
  for (const d2 of duplicates)
    findings.push(duplicateFinding(d2, file, fixes));
  return { body, json, conflicted: false, duplicates, findings };
}
function fastPath(p, body, json) {
  if (body !== p.text)
    return void 0;
  const analysis = p.kind === "mapping" ? scanMapping(json) : void 0;
  if (analysis || p.kind === "counters" && fastCheckCounters(json))
    return result(p, { status: "valid", data: json, analysis });
  return void 0;
}
function checkContent(p, body, json) {
  const loc = new Locator(body);
  const unsafe = sanitize(p, loc, json);
  const migrated = p.kind === "mapping" ? migrateMapping(json, p.now) : migrateCounters(json, p.now);
  const enveloped = migrated.enveloped;
  if (migrated.unsupported !== void 0) {
    p.findings.push(finding("error", "UNSUPPORTED_VERSION", `declares format version ${migrated.unsupported}, newer than the ${FORMAT_VERSION} this extids knows; upgrade extids (the file is left untouched)`, at(p, loc.line(["version"]))));
    return result(p, { enveloped, status: "unsupported" });
  }
  const checked = checkStateFile(p.kind, migrated.value);
  if (!checked.ok) {
    const filePath = (path) => enveloped ? path : path.slice(1);
    for (const issue2 of checked.issues)
      p.findings.push(schemaFinding(issue2, loc, p.file, filePath));
    const salvage = salvageData(p.kind, migrated.value, p.now);
    return result(p, { enveloped, status: "corrupt", salvage });
  }
  if (migrated.steps.length)
    p.findings.push(finding("warning", "LEGACY_VERSION", `is in an older format; \`extids migrate\` will: ${migrated.steps.join("; ")}`, at(p, 1)));
  const undecided = p.findings.some((f) => f.code === "DUPLICATE_JSON_KEY" && f.severity === "error");
  const corrupt = undecided || unsafe.length > 0 || p.findings.some((f) => f.code === "BOM");
  return result(p, {
    enveloped,
    status: corrupt ? "corrupt" : migrated.steps.length ? "legacy" : "valid",
    ...!undecided && { data: checked.data },
    steps: migrated.steps,
    ...corrupt && { salvage: { data: checked.data, lost: unsafe.map((u) => describePath(u)) } }
  });
}
function sanitize(p, loc, json) {
  for (const path of limitDepth(json))
    p.findings.push(finding("error", "SCHEMA_INVALID", `nests JSON deeper than a state file ever does at ${describePath(path)}; the value there is not used`, at(p, loc.line(path))));
  const unsafe = stripUnsafeKeys(json);
  for (const path of unsafe)
    p.findings.push(finding("error", "UNSAFE_KEY", `has the key "${path[path.length - 1]}" at ${describePath(path.slice(0, -1))}, refused to prevent prototype pollution`, at(p, loc.line(path))));
  return unsafe;
}
function schemaFinding(issue2, loc, file, toFilePath) {
  const where = describePath(issue2.path);
  const line = loc.line(toFilePath(issue2.path));
  return finding("error", issue2.counter ? "INVALID_COUNTER" : "SCHEMA_INVALID", `${where}: ${issue2.message}`, { file, line });
}
function salvageData(kind, v2, now) {
  const lost = [];
  const updated = isObj2(v2) && typeof v2.updated === "string" ? v2.updated : now;
  if (kind === "mapping") {
    const mappings = {};
    const body2 = isObj2(v2) ? v2.mappings : void 0;
    if (!isObj2(body2))
      lost.push("the mappings object itself");
    else
      for (const id in body2) {
        const entry = body2[id];
        if (id === "" || !isObj2(entry)) {
          lost.push(`mapping "${id}" (not an object)`);
          continue;
        }
        if (isValidEntry(entry)) {
          mappings[id] = entry;
          continue;
        }
        const kept = {};
        for (const t in entry) {
          const val = entry[t];
          if (isTool(t) && typeof val === "string" && EXTERNAL_ID_PATTERN[t].test(val))
            kept[t] = val;
          else
            lost.push(`${id}.${t} = ${JSON.stringify(val)}`);
        }
        mappings[id] = kept;
      }
    return { data: { mappings, updated, version: FORMAT_VERSION }, lost };
  }
  const counters = emptyCounters();
  const body = isObj2(v2) ? v2.counters : void 0;
  const ok = (n) => typeof n === "number" && Number.isSafeInteger(n) && n >= 0;
  if (!isObj2(body))
    lost.push("the counters object itself (counters are rebuilt from the highest numbers used)");
  else
    for (const t in body) {
      const val = body[t];
      if (!isTool(t))
        lost.push(`counter "${t}" (unknown tool)`);
      else if (t === "jira" || t === "linear") {
        if (!isObj2(val))
          lost.push(`${t} counters ${JSON.stringify(val)}`);
        else
          for (const k2 in val) {
            const n = val[k2];
            if (ok(n) && PROJECT_KEY.test(k2))
              counters[t][k2] = n;
            else
              lost.push(`${t}.${k2} = ${JSON.stringify(n)}`);
          }
      } else if (ok(val))
        counters[t] = val;
      else
        lost.push(`${t} = ${JSON.stringify(val)}`);
    }
  return { data: { counters, updated, version: FORMAT_VERSION }, lost };
}
function salvageConflict(kind, body, file, now) {
  const sides = conflictSides(body);
  return sides && salvageSides(kind, sides, file, now);
}
function salvageSides(kind, sides, file, now) {
  const parsed = [sides.ours, sides.theirs].map((t) => parseStateText(kind, t, file, now));
  const usable3 = parsed.map((p) => p.data ?? p.salvage?.data).filter((d2) => d2 !== void 0);
  if (usable3.length === 0)
    return void 0;
  const lost = parsed.flatMap((p) => p.salvage?.lost ?? []);
  if (parsed.some((p) => !p.data && !p.salvage))
    lost.push("one side of the conflict could not be parsed");
  const updated = usable3.map((d2) => d2.updated).sort().at(-1);
  if (kind === "mapping") {
    const u = unionMappings(usable3.map((d2, i) => ({
      name: i ? "theirs" : "ours",
      mappings: d2.mappings
    })));
    for (const c of u.conflicts)
      lost.push(`${c.internalId} ${c.tool}: kept ${c.kept} (ours), theirs had ${c.other}`);
    return { data: { mappings: u.mappings, updated, version: FORMAT_VERSION }, lost };
  }
  return {
    data: {
      counters: maxCounters(...usable3.map((d2) => d2.counters)),
      updated,
      version: FORMAT_VERSION
    },
    lost
  };
}
var MAX_DEPTH, TOO_DEEP, Locator, CONFLICT_LINE, result, at, STATE_FIXES, isObj2;
var init_parse3 = __esm({
  "lib/core/parse.js"() {
    "use strict";
    init_deps();
    init_findings();
    init_migrate();
    init_schema_check();
    init_schema();
    init_ids();
    init_state();
    MAX_DEPTH = 6;
    TOO_DEEP = "[nested too deeply]";
    Locator = class {
      text;
      enveloped;
      depth;
      lines;
      constructor(text, enveloped = true, depth = 3) {
        this.text = text;
        this.enveloped = enveloped;
        this.depth = depth;
      }
      line(path) {
        if (this.text === void 0)
          return void 0;
        if (!this.lines) {
          const lines = /* @__PURE__ */ new Map();
          try {
            jsonc().visit(this.text.charCodeAt(0) === 65279 ? " " + this.text.slice(1) : this.text, {
              onObjectProperty: (prop, _off, _len, line, _ch, pathSupplier) => {
                const parent = pathSupplier();
                if (parent.length < this.depth)
                  lines.set(JSON.stringify([...parent, prop]), line + 1);
              }
            });
          } catch (err) {
            if (!(err instanceof RangeError))
              throw err;
          }
          this.lines = lines;
        }
        const p = this.enveloped ? path : path.slice(1);
        for (let n = p.length; n > 0; n--) {
          const l3 = this.lines.get(JSON.stringify(p.slice(0, n)));
          if (l3 !== void 0)
            return l3;
        }
        return void 0;
      }
    };
    CONFLICT_LINE = /^(<{7}|\|{7}|={7}|>{7})(?: |$)/;
    result = (p, rest) => ({
      kind: p.kind,
      file: p.file,
      text: p.text,
      steps: [],
      enveloped: true,
      findings: p.findings,
      ...rest
    });
    at = (p, line, column) => ({ file: p.file, line, column });
    STATE_FIXES = {
      bom: "`extids repair` removes it",
      conflict: "`extids repair` merges both sides",
      duplicate: "`extids repair` keeps the value the task's frontmatter agrees with (of counters, the highest) and keeps the file as it was beside it, or says which lines a person must choose between"
    };
    isObj2 = (v2) => typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
  }
});

// lib/core/config.js
function globsToRegExp(globs) {
  if (globs.length === 0)
    return void 0;
  const one = (g) => g.replace(/^\.\//, "").split(/(\*\*\/|\/\*\*$|\*\*|\*|\?)/).map((t) => t === "**/" ? "(?:.*/)?" : t === "/**" ? "(?:/.*)?" : t === "**" ? ".*" : t === "*" ? "[^/]*" : t === "?" ? "[^/]" : t.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  return new RegExp(`^(?:${globs.map(one).join("|")})$`);
}
function parseToolList(spec) {
  const out = {};
  for (const part of spec.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [name, key] = part.split(":").map((s) => s.trim());
    const n = name.toLowerCase().replace(/-/g, "_");
    const twice = (n === "jira" || n === "linear" || n === "github" || n === "azure_devops") && out[n];
    if (twice)
      throw new ExtidsError("USAGE", `"${spec}" names ${n} twice (${n}${twice.key ? `:${twice.key}` : ""} and ${part}); a repository tracks one ${n} ${n === "jira" ? "project" : n === "linear" ? "team" : "repository"}`);
    if (n === "jira" || n === "linear") {
      const example = `${n}:${n === "jira" ? "PROJ" : "TEAM"}`;
      if (!key)
        throw new ExtidsError("USAGE", `"${part}": ${n} needs a key, e.g. ${example}`);
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key))
        throw new ExtidsError("USAGE", `"${part}": "${key}" is not a valid ${n === "jira" ? "project" : "team"} key: a key is a letter, then letters, digits or _ (e.g. ${example}; the number comes from extids)`);
      out[n] = { key: key.toUpperCase() };
    } else if (n === "github" || n === "azure_devops") {
      if (key)
        throw new ExtidsError("USAGE", `"${part}": ${n} takes no key`);
      out[n] = {};
    } else
      throw new ExtidsError("USAGE", `"${part}": unknown tool (use jira:KEY, linear:KEY, github, azure_devops)`);
  }
  return out;
}
function loadSettings(root, o = {}) {
  if (o.rootGiven)
    requireDirectory(root, "the repository root");
  if (o.tasksDir !== void 0)
    requireDirectory((0, import_node_path4.resolve)(root, o.tasksDir), "the tasks directory");
  const configFile = o.config ? (0, import_node_path4.resolve)(root, o.config) : (0, import_node_path4.join)(root, CONFIG_FILE);
  let config2 = {};
  let text;
  try {
    text = (0, import_node_fs4.readFileSync)(configFile, "utf8");
  } catch (err) {
    if (err.code !== "ENOENT" || o.config)
      throw new ExtidsError("CONFIG_INVALID", `cannot read the config ${configFile}: ${describeFsError(err)}`, { file: configFile });
  }
  if (text !== void 0) {
    let json;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new ExtidsError("CONFIG_INVALID", `${configFile} is not valid JSON: ${err.message}`, { file: configFile });
    }
    const r = ConfigSchema.safeParse(json);
    if (!r.success) {
      const i = r.error.issues[0];
      throw new ExtidsError("CONFIG_INVALID", `${configFile}: ${i.path.join(".") || "top level"}: ${i.message}`, { file: configFile });
    }
    config2 = r.data;
  }
  const at2 = (p) => (0, import_node_path4.isAbsolute)(p) ? p : (0, import_node_path4.resolve)(root, p);
  const tasksDir = at2(o.tasksDir ?? config2.tasksDir ?? DEFAULT_TASKS_DIR);
  const followed = followTasksDir(root, tasksDir);
  if (followed === void 0)
    throw new ExtidsError("OUTSIDE_ROOT", `the tasks directory ${relPath(root, tasksDir)} is a symbolic link that leads outside the repository (to ${(0, import_node_fs4.realpathSync)(tasksDir)}); extids follows a tasks directory link only inside ${root}: point it there, or name the real folder in ${CONFIG_FILE} ("tasksDir")`, { file: tasksDir });
  return {
    root,
    configFile,
    config: config2,
    stateDir: at2(o.stateDir ?? config2.stateDir ?? DEFAULT_STATE_DIR),
    tasksDir: followed,
    tools: o.tools ?? config2.tools ?? {},
    idPattern: config2.idPattern ? new RegExp(anchored(config2.idPattern)) : internalIdPattern(config2.idPrefixes ?? DEFAULT_ID_PREFIXES),
    exclude: globsToRegExp(config2.exclude ?? DEFAULT_EXCLUDE),
    stateDirGiven: o.stateDir !== void 0
  };
}
function requireDirectory(path, what) {
  let st;
  try {
    st = (0, import_node_fs4.statSync)(path);
  } catch (err) {
    throw new ExtidsError("UNREADABLE", `${what} ${path} is not a directory: ${describeFsError(err)}`, { file: path });
  }
  if (!st.isDirectory())
    throw new ExtidsError("NOT_A_DIRECTORY", `${what} ${path} is not a directory`, { file: path });
}
var import_node_fs4, import_node_path4, isSyncMode, DEFAULT_EXCLUDE, anchored;
var init_config = __esm({
  "lib/core/config.js"() {
    "use strict";
    import_node_fs4 = require("node:fs");
    import_node_path4 = require("node:path");
    init_schema();
    init_findings();
    init_ids();
    init_paths();
    isSyncMode = (tools, tool) => tools[tool]?.mode === "sync";
    DEFAULT_EXCLUDE = ["**/templates/**"];
    anchored = (re2) => `^(?:${re2.replace(/^\^/, "").replace(/\$$/, "")})$`;
  }
});

// lib/core/policy.js
function contradictions(copies) {
  const out = [];
  for (const tool of TOOLS) {
    const held = /* @__PURE__ */ new Map();
    for (const c of copies) {
      const v2 = c.externalIds?.[tool];
      if (v2 !== void 0)
        held.set(v2, [...held.get(v2) ?? [], c.file]);
    }
    if (held.size > 1)
      out.push(`${TOOL_LABEL[tool]} ${[...held].map(([v2, files2]) => `${v2} (${files2.join(", ")})`).join(" vs ")}`);
  }
  return out;
}
function duplicateTaskId(id, copies, introduced = () => false) {
  const files2 = copies.map((c) => c.file);
  const where = { file: copies[0].file, line: copies[0].line };
  const contra = contradictions(copies);
  if (contra.length)
    return finding("error", "DUPLICATE_TASK_ID", `${id} is the id of ${files2.length} files whose external IDs contradict each other: ${contra.join("; ")}; make the copies agree (or give one a new id)`, where);
  const title = (c) => c.title ?? "";
  const clash = copies.filter((c) => introduced(c.file) && copies.some((o) => o !== c && title(o) !== title(c)));
  const titles = [...new Set(copies.map(title))];
  const listTitles = () => titles.map((t) => t ? `"${t}"` : "none").join(", ");
  if (clash.length) {
    const where2 = { file: clash[0].file, line: clash[0].line };
    const held = copies.filter((c) => !introduced(c.file)).map((c) => c.file);
    return finding("error", "DUPLICATE_TASK_ID", held.length ? `${id} is already the id of ${held.join(", ")}; the new ${clash.map((c) => c.file).join(", ")}, with another title (${listTitles()}), cannot take it over: give the new task its own id` : `${id} is the id of ${files2.length} new files with different titles (${listTitles()}): ${files2.join(", ")}; give each new task its own id`, where2);
  }
  const sameness = titles.length > 1 ? `titles differ (${listTitles()}): likely an old ID reused` : "same title: likely a task moved by copying";
  return finding("warning", "DUPLICATE_TASK_ID", `${id} is the id of ${files2.length} files: ${files2.join(", ")}; ${sameness}. They share one ledger entry and carry the same external IDs`, where);
}
function introducedFiles(added, deletedIds) {
  const set = /* @__PURE__ */ new Set();
  for (const [file, id] of added)
    if (id === void 0 || !deletedIds.has(id))
      set.add(file);
  return (file) => set.has(file);
}
function frontmatterMismatch(t, entry, where = "") {
  const out = [];
  const fm = t.externalIds ?? {};
  for (const tool of TOOLS) {
    const m2 = entry?.[tool];
    const f = fm[tool];
    if (f !== void 0 && m2 === void 0)
      out.push(finding("error", "FRONTMATTER_MISMATCH", `external_ids.${tool} is ${f} but the mapping file has no ${TOOL_LABEL[tool]} ID for ${t.id}${where}; \`extids repair\` adds it`, { file: t.file, line: t.externalIdsLine }));
    else if (f !== void 0 && m2 !== f)
      out.push(finding("error", "FRONTMATTER_MISMATCH", `external_ids.${tool} is ${f} but the mapping file says ${m2} for ${t.id}; \`extids repair\` writes ${m2} (the mapping file wins)`, { file: t.file, line: t.externalIdsLine }));
    else if (f === void 0 && m2 !== void 0)
      out.push(finding("warning", "FRONTMATTER_MISMATCH", `has no external_ids.${tool}; the mapping file says ${m2}; \`extids repair\` writes it`, { file: t.file, line: t.externalIdsLine ?? t.idLine }));
  }
  return out;
}
var SEVERITY, policyFinding, notATaskFinding;
var init_policy = __esm({
  "lib/core/policy.js"() {
    "use strict";
    init_findings();
    init_ids();
    SEVERITY = {
      FRONTMATTER_PARSE_ERROR: "error",
      NOT_UTF8: "error",
      NO_FRONTMATTER: "warning",
      DUPLICATE_YAML_KEY: "warning",
      INVALID_TASK_ID: "warning",
      MISSING_TASK_ID: "warning",
      LEGACY_TASK_ID_FIELD: "warning",
      MISSING_EXTERNAL_ID: "warning",
      SYNC_PENDING: "info",
      ORPHAN_MAPPING: "warning",
      // Not followed (tasks.ts says why): nothing in the ledger is wrong, but a task may go without IDs.
      SYMLINK_TASK: "warning",
      // A file the hook or `assign FILE` was handed that no scan reads (paths.ts: notATask).
      NOT_A_TASK: "warning"
    };
    policyFinding = (code, message, where = {}) => finding(SEVERITY[code], code, message, where);
    notATaskFinding = (file, why) => policyFinding("NOT_A_TASK", `is not read as a task (${why}), so it gets no external IDs`, {
      file
    });
  }
});

// lib/core/yaml11.js
function resolvePlain(text) {
  if (text === "")
    return { kind: "null" };
  for (const resolver of BY_FIRST.get(text[0]) ?? [])
    if (PATTERN[resolver].test(text))
      return construct(resolver, text);
  return { kind: "str", value: text };
}
function construct(resolver, text) {
  switch (resolver) {
    case "bool":
      return { kind: "bool", value: /^(?:yes|true|on)$/i.test(text) };
    case "float":
      return constructFloat(text);
    case "int":
      return constructInt(text);
    case "null":
      return { kind: "null" };
    case "timestamp":
      return constructTimestamp(text);
    default:
      return {
        kind: "error",
        message: `\`${text}\` is a YAML 1.1 ${resolver} key that PyYAML cannot construct as a value (quote it)`
      };
  }
}
function resolveTagged(tag, text) {
  if (tag === "!")
    return resolvePlain(text);
  const name = tag.startsWith(YAML_TAG) ? tag.slice(YAML_TAG.length) : void 0;
  const cannot = (why) => ({
    kind: "error",
    message: `\`${[tag.replace(YAML_TAG, "!!"), text].filter(Boolean).join(" ")}\` ${why}`
  });
  switch (name) {
    case "str":
      return { kind: "str", value: text };
    case "null":
      return { kind: "null" };
    case "bool": {
      const v2 = text.toLowerCase();
      return /^(?:yes|no|true|false|on|off)$/.test(v2) ? { kind: "bool", value: /^(?:yes|true|on)$/.test(v2) } : cannot("is not a YAML 1.1 boolean (yes, no, true, false, on, off)");
    }
    case "int": {
      const r = taggedInt(text);
      return r ?? cannot("is not a number PyYAML can read as an int");
    }
    case "float": {
      const r = taggedFloat(text);
      return r ?? cannot("is not a number PyYAML can read as a float");
    }
    case "timestamp": {
      if (!TIMESTAMP_PARTS.test(text))
        return cannot("is not a YAML 1.1 timestamp");
      return constructTimestamp(text);
    }
    case "binary": {
      const hex = base64Hex(text);
      return hex === void 0 ? cannot("is not valid base64") : { kind: "binary", value: hex };
    }
    case "map":
    case "seq":
    case "set":
    case "omap":
    case "pairs":
      return cannot(`is a scalar where PyYAML expects a ${name === "map" || name === "set" ? "mapping" : "sequence"}`);
    default:
      return cannot("has a tag PyYAML's safe_load has no constructor for");
  }
}
function pyInt(s, base) {
  const m2 = /^\s*([-+]?)(0[bBoOxX])?([0-9a-zA-Z]+)\s*$/.exec(s);
  if (!m2)
    return void 0;
  const prefix = { 2: "b", 8: "o", 10: "", 16: "x" }[base];
  if (m2[2] && m2[2][1].toLowerCase() !== prefix)
    return void 0;
  const digit = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^[0-9]+$/, 16: /^[0-9a-fA-F]+$/ }[base];
  if (!digit.test(m2[3]))
    return void 0;
  const n = BigInt(base === 10 ? m2[3] : `0${prefix}${m2[3]}`);
  return m2[1] === "-" ? -n : n;
}
function taggedInt(text) {
  let v2 = text.replace(/_/g, "");
  if (v2 === "")
    return void 0;
  const sign = v2[0] === "-" ? -1n : 1n;
  if (v2[0] === "-" || v2[0] === "+")
    v2 = v2.slice(1);
  if (v2 === "")
    return void 0;
  const int2 = (n) => n === void 0 ? void 0 : { kind: "int", value: sign * n };
  if (v2 === "0")
    return int2(0n);
  if (v2.startsWith("0b"))
    return int2(pyInt(v2.slice(2), 2));
  if (v2.startsWith("0x"))
    return int2(pyInt(v2.slice(2), 16));
  if (v2[0] === "0")
    return int2(pyInt(v2, 8));
  if (v2.includes(":")) {
    let n = 0n;
    for (const part of v2.split(":")) {
      const d2 = pyInt(part, 10);
      if (d2 === void 0)
        return void 0;
      n = n * 60n + d2;
    }
    return int2(n);
  }
  return int2(pyInt(v2, 10));
}
function taggedFloat(text) {
  let v2 = text.replace(/_/g, "").toLowerCase();
  const sign = v2[0] === "-" ? -1 : 1;
  if (v2[0] === "-" || v2[0] === "+")
    v2 = v2.slice(1);
  if (v2 === ".inf")
    return { kind: "float", value: sign * Infinity };
  if (v2 === ".nan")
    return { kind: "float", value: NaN };
  if (!v2.includes(":")) {
    const n = pyFloat(v2);
    return n === void 0 ? void 0 : { kind: "float", value: sign * n };
  }
  let value = 0;
  let base = 1;
  for (const d2 of v2.split(":").reverse()) {
    const n = pyFloat(d2);
    if (n === void 0)
      return void 0;
    value += n * base;
    base *= 60;
  }
  return { kind: "float", value: sign * value };
}
function base64Hex(text) {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, "");
  const data = /^[A-Za-z0-9+/]*/.exec(clean)[0];
  const rest = data.length % 4;
  if (rest === 1)
    return void 0;
  if (rest && !clean.slice(data.length).startsWith("=".repeat(4 - rest)))
    return void 0;
  return Buffer.from(data, "base64").toString("hex");
}
function constructInt(text) {
  let v2 = text.replace(/_/g, "");
  const sign = v2[0] === "-" ? -1n : 1n;
  if (v2[0] === "-" || v2[0] === "+")
    v2 = v2.slice(1);
  const radix = (digits, base) => digits === "" ? { kind: "error", message: `\`${text}\` reads as a YAML 1.1 int without digits` } : { kind: "int", value: sign * BigInt(base + digits) };
  if (v2 === "0")
    return { kind: "int", value: 0n };
  if (v2.startsWith("0b"))
    return radix(v2.slice(2), "0b");
  if (v2.startsWith("0x"))
    return radix(v2.slice(2), "0x");
  if (v2[0] === "0")
    return radix(v2, "0o");
  if (v2.includes(":"))
    return {
      kind: "int",
      value: sign * v2.split(":").reduce((acc, d2) => acc * 60n + BigInt(d2), 0n)
    };
  return { kind: "int", value: sign * BigInt(v2) };
}
function constructFloat(text) {
  let v2 = text.replace(/_/g, "").toLowerCase();
  const sign = v2[0] === "-" ? -1 : 1;
  if (v2[0] === "-" || v2[0] === "+")
    v2 = v2.slice(1);
  if (v2 === ".inf")
    return { kind: "float", value: sign * Infinity };
  if (v2 === ".nan")
    return { kind: "float", value: NaN };
  if (!v2.includes(":"))
    return { kind: "float", value: sign * Number(v2) };
  let value = 0;
  let base = 1;
  for (const d2 of v2.split(":").reverse()) {
    value += Number(d2) * base;
    base *= 60;
  }
  return { kind: "float", value: sign * value };
}
function constructTimestamp(text) {
  const m2 = TIMESTAMP_PARTS.exec(text);
  const [year, month, day] = [m2[1], m2[2], m2[3]].map(Number);
  const bad = (why) => ({
    kind: "error",
    message: `\`${text}\` is a YAML 1.1 timestamp that PyYAML cannot build: ${why} (quote it to keep it text)`
  });
  if (year < 1)
    return bad("year 0");
  if (month < 1 || month > 12)
    return bad("month out of range");
  if (day < 1 || day > (month === 2 && leap(year) ? 29 : DAYS[month - 1]))
    return bad("day out of range for the month");
  const date2 = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (m2[4] === void 0)
    return { kind: "date", value: date2 };
  const [hour, minute, second] = [m2[4], m2[5], m2[6]].map(Number);
  if (hour > 23 || minute > 59 || second > 59)
    return bad("time out of range");
  const micro = m2[7] ? Number(m2[7].slice(0, 6).padEnd(6, "0")) : 0;
  let zone = "";
  if (m2[9]) {
    const minutes = Number(m2[10]) * 60 + Number(m2[11] ?? 0);
    if (minutes >= 24 * 60)
      return bad("offset of a day or more");
    zone = `${minutes === 0 ? "+" : m2[9]}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  } else if (m2[8] === "Z")
    zone = "+00:00";
  const time2 = `${pad(hour)}:${pad(minute)}:${pad(second)}${micro ? "." + pad(micro, 6) : ""}`;
  return { kind: "datetime", value: `${date2}T${time2}${zone}` };
}
function fieldText(r, written) {
  if (r.kind === "null")
    return null;
  if (r.kind === "error")
    return { error: r.message };
  return r.kind === "str" ? r.value : written;
}
var BOOL, FLOAT, INT, MERGE, NULL, TIMESTAMP, VALUE, TIMESTAMP_PARTS, PATTERN, BY_FIRST, YAML_TAG, PY_FLOAT, pyFloat, mayFail, pad, DAYS, leap;
var init_yaml11 = __esm({
  "lib/core/yaml11.js"() {
    "use strict";
    BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
    FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
    INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
    MERGE = /^(?:<<)$/;
    NULL = /^(?:~|null|Null|NULL|)$/;
    TIMESTAMP = /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;
    VALUE = /^(?:=)$/;
    TIMESTAMP_PARTS = /^([0-9]{4})-([0-9][0-9]?)-([0-9][0-9]?)(?:(?:[Tt]|[ \t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\.([0-9]*))?(?:[ \t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?)?$/;
    PATTERN = {
      bool: BOOL,
      float: FLOAT,
      int: INT,
      merge: MERGE,
      null: NULL,
      timestamp: TIMESTAMP,
      value: VALUE
    };
    BY_FIRST = /* @__PURE__ */ new Map();
    for (const [resolver, first] of [
      ["bool", "yYnNtTfFoO"],
      ["float", "-+0123456789."],
      ["int", "-+0123456789"],
      ["merge", "<"],
      ["null", "~nN"],
      ["timestamp", "0123456789"],
      ["value", "="]
    ])
      for (const c of first)
        BY_FIRST.set(c, [...BY_FIRST.get(c) ?? [], resolver]);
    YAML_TAG = "tag:yaml.org,2002:";
    PY_FLOAT = /^\s*[-+]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:e[-+]?[0-9]+)?|inf|infinity|nan)\s*$/;
    pyFloat = (s) => {
      if (!PY_FLOAT.test(s))
        return void 0;
      const t = s.trim().replace(/^([-+]?)(inf|infinity)$/, "$1Infinity");
      return /nan$/.test(t) ? NaN : Number(t);
    };
    mayFail = (text) => /(?:^|[\s,[{:])[-+0-9=<]/.test(text);
    pad = (n, width = 2) => String(n).padStart(width, "0");
    DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    leap = (y2) => y2 % 4 === 0 && y2 % 100 !== 0 || y2 % 400 === 0;
  }
});

// lib/core/read-files.js
function readBytes(fs, path, scratch2) {
  const fd = fs.openSync(path, "r");
  let n;
  try {
    n = fs.readSync(fd, scratch2, 0, scratch2.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return n < scratch2.length ? scratch2.subarray(0, n) : fs.readFileSync(path);
}
function readText(path) {
  return readBytes(nodeFs, path, scratch.buf ??= Buffer.allocUnsafe(SCRATCH)).toString("utf8");
}
async function readFiles(paths, each, o = {}) {
  const ahead = o.aheadFrom ?? READ_AHEAD_FROM;
  let next = 0;
  if (paths.length >= ahead && paths.length > 0 && (0, import_node_os.availableParallelism)() > 1)
    next = await readOnWorker(paths, each);
  for (; next < paths.length; next++)
    each(next, readHere(paths[next]));
}
function readHere(path) {
  try {
    return { text: readText(path) };
  } catch (err) {
    return { error: err };
  }
}
function readOnWorker(paths, each) {
  return new Promise((resolve3, reject) => {
    let done = 0;
    let worker;
    try {
      worker = new import_node_worker_threads.Worker(WORKER, {
        eval: true,
        // One string, not an array: cloning 20,000 strings for the worker cost the main thread ~5 ms.
        workerData: { joined: paths.join("\0"), batch: BATCH, size: SCRATCH }
      });
    } catch {
      resolve3(0);
      return;
    }
    let failure2;
    worker.on("message", (b2) => {
      try {
        const buf = Buffer.from(b2.bytes.buffer, b2.bytes.byteOffset, b2.bytes.length);
        const errors = new Map(b2.errors.map((e) => [e.i, e]));
        let at2 = 0;
        for (let k2 = 0; k2 < b2.lengths.length; k2++) {
          const n = b2.lengths[k2];
          const i = b2.start + k2;
          if (n < 0) {
            const e = errors.get(i);
            each(i, { error: Object.assign(new Error(e.message), { code: e.code }) });
          } else {
            each(i, { text: buf.toString("utf8", at2, at2 + n) });
            at2 += n;
          }
          done = i + 1;
        }
      } catch (err) {
        failure2 = err;
        void worker.terminate();
      }
    });
    worker.on("error", () => {
    });
    worker.on("exit", () => failure2 === void 0 ? resolve3(done) : reject(failure2));
  });
}
var nodeFs, import_node_os, import_node_worker_threads, READ_AHEAD_FROM, SCRATCH, BATCH, scratch, WORKER;
var init_read_files = __esm({
  "lib/core/read-files.js"() {
    "use strict";
    nodeFs = __toESM(require("node:fs"), 1);
    import_node_os = require("node:os");
    import_node_worker_threads = require("node:worker_threads");
    READ_AHEAD_FROM = 2e3;
    SCRATCH = 64 * 1024;
    BATCH = 256;
    scratch = { buf: void 0 };
    WORKER = `'use strict';
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const readBytes = ${readBytes.toString()};
const { joined, batch, size } = workerData;
const paths = joined.split('\0');
const scratch = Buffer.allocUnsafe(size);
let out = Buffer.allocUnsafe(1 << 20);
for (let start = 0; start < paths.length; start += batch) {
  const end = Math.min(start + batch, paths.length);
  const lengths = new Int32Array(end - start);
  const errors = [];
  let used = 0;
  for (let i = start; i < end; i++) {
    let bytes;
    try {
      bytes = readBytes(fs, paths[i], scratch);
    } catch (err) {
      lengths[i - start] = -1;
      errors.push({ i, message: err.message, code: err.code });
      continue;
    }
    if (used + bytes.length > out.length) {
      const grown = Buffer.allocUnsafe(Math.max(out.length * 2, used + bytes.length));
      out.copy(grown, 0, 0, used);
      out = grown;
    }
    bytes.copy(out, used);
    used += bytes.length;
    lengths[i - start] = bytes.length;
  }
  const bytes = new Uint8Array(used);
  bytes.set(out.subarray(0, used));
  parentPort.postMessage({ start, lengths, errors, bytes }, [bytes.buffer, lengths.buffer]);
}
`;
  }
});

// lib/core/tasks.js
function findFrontmatter(text) {
  const bom = text.charCodeAt(0) === 65279 ? 1 : 0;
  if (!text.startsWith("---", bom))
    return void 0;
  const nl = text.indexOf("\n", bom);
  if (nl === -1 || text.slice(bom + 3, nl).trim() !== "")
    return void 0;
  const eol = text[nl - 1] === "\r" ? "\r\n" : "\n";
  CLOSING_FENCE.lastIndex = nl;
  const m2 = CLOSING_FENCE.exec(text);
  if (!m2)
    return void 0;
  return { start: nl + 1, end: m2.index + 1, eol, firstLine: 2 };
}
function nameEnd(line, from) {
  if (!isNameStart(line.charCodeAt(from)))
    return from;
  let i = from + 1;
  while (isNameChar(line.charCodeAt(i)))
    i++;
  return i;
}
function valueStart(line, i) {
  while (isBlank(line.charCodeAt(i)))
    i++;
  if (line.charCodeAt(i) !== 58)
    return -1;
  if (++i === line.length)
    return i;
  if (!isBlank(line.charCodeAt(i)))
    return -1;
  while (isBlank(line.charCodeAt(i)))
    i++;
  return i;
}
function simpleScalar(src, from) {
  let s = src;
  if (s.includes("#")) {
    const hash = s.search(/(?:^|[ \t])#/);
    if (hash !== -1)
      s = s.slice(0, hash);
  }
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 32 || s.charCodeAt(end - 1) === 9))
    end--;
  if (end < s.length)
    s = s.slice(0, end);
  const to = from + s.length;
  if (s[0] === '"')
    return /^"[^"\\]*"$/.test(s) ? { value: s.slice(1, -1), from, to } : void 0;
  if (s[0] === "'")
    return /^'[^']*'$/.test(s) ? { value: s.slice(1, -1), from, to } : void 0;
  if (/^[&*!|>{[%@`,?:-]/.test(s) || /:[ \t]|:$|#/.test(s))
    return void 0;
  const r = resolvePlain(s);
  if (r.kind === "error")
    return void 0;
  if (r.kind === "null")
    return { value: null, from, to };
  return r.kind === "str" ? { value: s, from, to } : { value: s, typed: true, from, to };
}
function mayNotConstruct(value) {
  if (!mayFail(value))
    return false;
  for (const part of value.split(/[,[\]{}]|: |^- /)) {
    const t = part.replace(/[ \t]+#.*$/, "").trim();
    if (t !== "" && resolvePlain(t).kind === "error")
      return true;
  }
  return false;
}
function blankOrComment(line) {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 32)
    i++;
  if (i === line.length || line.charCodeAt(i) === 35)
    return true;
  return line.trim() === "";
}
function fastRead(text, fm) {
  const keys = /* @__PURE__ */ new Set();
  const fields = {};
  let ext;
  let inExt = false;
  let openBlock = false;
  let line = fm.firstLine - 1;
  for (let pos = fm.start; pos < fm.end; ) {
    let nl = text.indexOf("\n", pos);
    if (nl === -1 || nl > fm.end)
      nl = fm.end;
    const lineEnd = nl;
    const raw = text.slice(pos, text[nl - 1] === "\r" ? nl - 1 : nl);
    line++;
    const next = nl + 1;
    if (raw.includes("	"))
      return void 0;
    if (blankOrComment(raw)) {
      pos = next;
      continue;
    }
    if (raw[0] === " ") {
      if (!inExt) {
        if (!openBlock || !SAFE_NESTED.test(raw) || mayNotConstruct(raw.trim()))
          return void 0;
        pos = next;
        continue;
      }
      let indent = 1;
      while (raw.charCodeAt(indent) === 32)
        indent++;
      const end2 = nameEnd(raw, indent);
      const at3 = end2 === indent ? -1 : valueStart(raw, end2);
      if (at3 === -1 || ext.indent && indent !== ext.indent.length)
        return void 0;
      if (!ext.indent)
        ext.indent = raw.slice(0, indent);
      const key2 = raw.slice(indent, end2);
      const v2 = simpleScalar(raw.slice(at3), pos + at3);
      if (v2 === void 0 || ext.entries.has(key2))
        return void 0;
      ext.entries.set(key2, { line, value: v2, lineEnd });
      ext.blockEnd = next;
      pos = next;
      continue;
    }
    inExt = false;
    const end = nameEnd(raw, 0);
    const at2 = end === 0 ? -1 : valueStart(raw, end);
    if (at2 === -1)
      return void 0;
    const key = raw.slice(0, end);
    if (keys.has(key))
      return void 0;
    keys.add(key);
    const rest = raw.slice(at2);
    openBlock = rest === "" || (rest.includes("#") ? rest.replace(/[ \t]+#.*$/, "") : rest).trim() === "";
    if (key === "external_ids") {
      if (!openBlock)
        return void 0;
      ext = { line, entries: /* @__PURE__ */ new Map(), indent: "", blockEnd: next };
      inExt = true;
    } else if (key === "id" || key === "task_id" || key === "created" || key === "title" || key === "status") {
      const v2 = simpleScalar(rest, pos + at2);
      if (v2 === void 0)
        return void 0;
      fields[key] = v2.value === null ? { line } : { line, value: v2 };
    } else {
      const v2 = rest.trim();
      const open = v2[0];
      if (
        // A tag, anchor, alias, block scalar or reserved indicator (`!!python/none`, `*a`, `@x`),
        // an entry or key indicator, or a `: ` in a plain value: the library judges.
        /^[!&*%@`|>]|^[-?:](?:[ \t]|$)/.test(v2) || (open === "[" || open === "{") && /[!&*]/.test(v2) || !/^["'[{]/.test(v2) && /:(?:[ \t]|$)/.test(v2.replace(/(?:^|[ \t])#.*$/, "")) || // A flow collection or quoted scalar that is not one whole value (`[a] [b]`, `"a" "b"`,
        // nested or followed by more): the library judges.
        open === "[" && !/^\[[^[\]{}]*\]$/.test(v2) || open === "{" && !/^\{[^[\]{}]*\}$/.test(v2) || open === '"' && !/^"(?:[^"\\]|\\.)*"$/.test(v2) || open === "'" && !/^'(?:[^']|'')*'$/.test(v2) || mayNotConstruct(v2)
      )
        return void 0;
    }
    pos = next;
  }
  return { keys, fields, ext };
}
function externalIdsFrom(entries, file, findings) {
  const out = {};
  for (const { key, value, line } of entries) {
    const tool = normalizeToolName(key);
    if (!tool)
      continue;
    if (value === null || value === "")
      continue;
    const upper = typeof value === "string" ? value.toUpperCase() : void 0;
    if (upper === void 0 || !EXTERNAL_ID_PATTERN[tool].test(upper)) {
      findings.push(finding("error", "FRONTMATTER_MISMATCH", `external_ids.${key} = ${typeof value === "string" ? value : value.nested} is not a valid ${TOOL_LABEL[tool]} ID (${TOOL_FORM[tool]})`, { file, line }));
      continue;
    }
    out[tool] = upper;
  }
  return out;
}
function readTaskText(text, path, file) {
  return readTaskWith(text, path, file, fastRead);
}
function readTaskWith(text, path, file, fastReader) {
  const rec = { file, path, hasFrontmatter: false, findings: [] };
  const bad = text.indexOf("\uFFFD");
  if (bad !== -1) {
    const line = text.slice(0, bad).split("\n").length;
    rec.findings.push(policyFinding("NOT_UTF8", `is not valid UTF-8 (line ${line}), so extids neither reads nor edits it; save it as UTF-8`, { file, line }));
    return rec;
  }
  const fm = findFrontmatter(text);
  if (!fm) {
    rec.findings.push(noFrontmatter(text, file));
    return rec;
  }
  rec.hasFrontmatter = true;
  const fast = fastReader(text, fm);
  if (fast) {
    const f = fast.fields;
    const id = f.id ?? f.task_id;
    if (id) {
      rec.idField = f.id ? "id" : "task_id";
      rec.idLine = id.line;
      if (id.value && id.value.value !== null)
        rec.id = id.value.value;
      else
        rec.idValue = "empty";
    }
    const created = f.created?.value?.value;
    if (created)
      rec.created = created;
    const title = f.title?.value?.value;
    if (title)
      rec.title = title;
    const status = f.status?.value?.typed ? void 0 : f.status?.value?.value;
    if (status)
      rec.status = status;
    if (fast.ext) {
      rec.externalIdsLine = fast.ext.line;
      const entries = [];
      for (const [key, e] of fast.ext.entries)
        entries.push({ key, value: e.value.value, line: e.line });
      rec.externalIds = externalIdsFrom(entries, file, rec.findings);
    }
  } else
    slowRead(text, fm, rec);
  if (rec.idField === "task_id" && rec.id !== void 0)
    rec.findings.push(policyFinding("LEGACY_TASK_ID_FIELD", `uses the legacy "task_id:" field; rename it to "id:"`, {
      file,
      line: rec.idLine
    }));
  return rec;
}
function parseFrontmatter(src, lineCounter) {
  return yaml().parseDocument(src, {
    schema: "failsafe",
    merge: true,
    uniqueKeys: false,
    resolveKnownTags: false,
    prettyErrors: false,
    lineCounter
  });
}
function refusal(doc, src) {
  const tab = refusedTab(src);
  if (tab !== void 0)
    return {
      message: `a tab where PyYAML takes none (found character '\\t' that cannot start any token); use spaces`,
      offset: tab
    };
  const e = doc.errors[0];
  if (e)
    return { message: e.message.split("\n")[0], offset: e.pos[0] };
  return unconstructable(doc);
}
function refusedTab(src) {
  if (!src.includes("	"))
    return void 0;
  const { Lexer, CST } = yaml();
  let offset = 0;
  let scalarNext = false;
  let block = false;
  for (const tok of new Lexer().lex(src)) {
    if (tok === "" || tok === "" || tok === "") {
      scalarNext = tok === "";
      continue;
    }
    const at2 = offset;
    offset += tok.length;
    const content = scalarNext;
    const inBlock = content && block;
    scalarNext = false;
    if (content)
      block = false;
    else if (CST.tokenType(tok) === "block-scalar-header")
      block = true;
    if (!tok.includes("	"))
      continue;
    if (inBlock) {
      const bad = blockTab(tok);
      if (bad !== void 0)
        return at2 + bad;
    } else if (content || !TAB_TOKENS.has(String(CST.tokenType(tok))))
      return at2 + tok.indexOf("	");
  }
  return void 0;
}
function blockTab(content) {
  const first = /^( *)[^ \r\n]/m.exec(content);
  const indent = Math.max(1, first ? first[1].length : 1);
  let at2 = 0;
  for (const line of content.split("\n")) {
    let s = 0;
    while (line[s] === " ")
      s++;
    if (line[s] === "	" && s < indent)
      return at2 + s;
    at2 += line.length + 1;
  }
  return void 0;
}
function unconstructable(doc) {
  const { visit: visit3, isMap, isSeq, isAlias } = yaml();
  let found;
  const deref = (n) => isAlias(n) ? n.resolve(doc) : n;
  const refuse = (message, node) => {
    found = { message, offset: rangeOf(node)?.[0] };
    return visit3.BREAK;
  };
  visit3(doc, {
    Alias(_key, node) {
      if (node.resolve(doc) === void 0)
        return refuse(`*${node.source} names no anchor before it (undefined alias)`, node);
    },
    Scalar(_key, node) {
      if (typeof node.value === "symbol")
        return;
      const r = pyScalarOf(node);
      if (r.kind === "error")
        return refuse(r.message, node);
    },
    Map(_key, node) {
      const tag = node.tag;
      if (tag !== void 0 && tag !== "!" && tag !== YAML_TAG + "map" && tag !== YAML_TAG + "set")
        return refuse(`a mapping tagged ${tag.replace(YAML_TAG, "!!")}, which PyYAML's safe_load cannot build`, node);
      for (const p of node.items) {
        if (isMap(p.key) || isSeq(p.key))
          return refuse("a mapping or list as a key, which PyYAML cannot use (unhashable key)", p.key);
        if (!isMergeKey(p))
          continue;
        const v2 = deref(p.value);
        const maps = isSeq(v2) ? v2.items.map(deref) : [v2];
        if (!maps.every((m2) => isMap(m2)))
          return refuse("a << merge of something other than a mapping or a list of mappings", p.value);
      }
    },
    Seq(_key, node) {
      const tag = node.tag;
      if (tag === void 0 || tag === "!" || tag === YAML_TAG + "seq")
        return;
      if (tag !== YAML_TAG + "omap" && tag !== YAML_TAG + "pairs")
        return refuse(`a list tagged ${tag.replace(YAML_TAG, "!!")}, which PyYAML's safe_load cannot build`, node);
      if (!node.items.every((m2) => isMap(m2) && m2.items.length === 1))
        return refuse(`${tag.replace(YAML_TAG, "!!")} needs a list of one-key mappings`, node);
    }
  });
  return found;
}
function isMergeKey(p) {
  const { isScalar } = yaml();
  return isScalar(p.key) && typeof p.key.value === "symbol";
}
function pyScalarOf(n) {
  const text = n.value == null ? "" : String(n.value);
  if (n.tag !== void 0)
    return resolveTagged(n.tag, text);
  return n.type === "PLAIN" ? resolvePlain(text) : { kind: "str", value: text };
}
function nodeText(node, doc) {
  const { isScalar, isAlias } = yaml();
  const n = isAlias(node) ? node.resolve(doc) : node;
  if (n == null)
    return null;
  if (!isScalar(n))
    return { nested: JSON.stringify(n.toJSON()) };
  const v2 = n.value == null ? "" : String(n.value);
  const t = fieldText(pyScalarOf(n), v2);
  return typeof t === "object" && t !== null ? v2 : t;
}
function isPyString(node, doc) {
  const { isScalar, isAlias } = yaml();
  const n = isAlias(node) ? node.resolve(doc) : node;
  return isScalar(n) && pyScalarOf(n).kind === "str";
}
function mergedPairs(map, doc) {
  const out = /* @__PURE__ */ new Map();
  for (const { key, pair, merged } of flatten(map, doc, false))
    out.set(key, { pair, merged });
  return out;
}
function flatten(map, doc, merged) {
  const { isScalar, isMap, isSeq, isAlias } = yaml();
  const deref = (n) => isAlias(n) ? n.resolve(doc) : n;
  const merges = [];
  const own2 = [];
  for (const p of map.items) {
    if (isMergeKey(p)) {
      const v2 = deref(p.value);
      const maps = isSeq(v2) ? v2.items.map(deref).reverse() : [v2];
      for (const m2 of maps)
        if (isMap(m2))
          merges.push(...flatten(m2, doc, true));
    } else if (isScalar(p.key))
      own2.push({ key: String(p.key.value), pair: p, merged });
  }
  return [...merges, ...own2];
}
function noFrontmatter(text, file) {
  const why = text.trim() === "" ? "is empty" : /^\uFEFF?---[ \t]*\r?\n/.test(text) ? "opens frontmatter with --- but never closes it with a --- line" : "has no frontmatter";
  return policyFinding("NO_FRONTMATTER", `${why}, so it is not a task (add it to "exclude" in the config if it is a guide or a README)`, { file, line: 1 });
}
function slowRead(text, fm, rec) {
  const { LineCounter, isMap, isScalar, isAlias } = yaml();
  const src = text.slice(fm.start, fm.end);
  const lc = new LineCounter();
  const doc = parseFrontmatter(src, lc);
  const lineOf = (offset) => offset === void 0 ? void 0 : lc.linePos(offset).line + fm.firstLine - 1;
  const broken = refusal(doc, src);
  if (broken) {
    rec.findings.push(policyFinding("FRONTMATTER_PARSE_ERROR", `frontmatter is not valid YAML: ${broken.message}`, {
      file: rec.file,
      line: lineOf(broken.offset)
    }));
    return;
  }
  if (!isMap(doc.contents)) {
    rec.findings.push(policyFinding("FRONTMATTER_PARSE_ERROR", "frontmatter is not a YAML mapping of keys to values", { file: rec.file, line: fm.firstLine }));
    return;
  }
  const items = doc.contents.items;
  const top = mergedPairs(doc.contents, doc);
  const pairOf = (k2) => top.get(k2)?.pair;
  reportRepeatedKeys(items, "", lineOf, rec);
  const keyLine = (p) => lineOf(rangeOf(p.key)?.[0]);
  const textOf = (k2) => {
    const p = pairOf(k2);
    const v2 = p ? nodeText(p.value, doc) : null;
    return typeof v2 === "string" && v2 !== "" ? v2 : void 0;
  };
  const idPair = pairOf("id") ?? pairOf("task_id");
  if (idPair) {
    rec.idField = pairOf("id") ? "id" : "task_id";
    rec.idLine = keyLine(idPair);
    const v2 = nodeText(idPair.value, doc);
    if (typeof v2 === "string")
      rec.id = v2;
    else
      rec.idValue = v2 === null ? "empty" : "not-single";
  }
  const created = textOf("created");
  if (created)
    rec.created = created;
  const title = textOf("title");
  if (title)
    rec.title = title;
  const status = pairOf("status");
  if (status && isPyString(status.value, doc)) {
    const v2 = textOf("status");
    if (v2)
      rec.status = v2;
  }
  const ext = pairOf("external_ids");
  if (ext) {
    rec.externalIdsLine = keyLine(ext);
    const value = isAlias(ext.value) ? ext.value.resolve(doc) : ext.value;
    if (value == null || isScalar(value) && nodeText(value, doc) === null)
      return;
    if (!isMap(value)) {
      rec.findings.push(finding("error", "FRONTMATTER_MISMATCH", "external_ids must be a map of tool to ID", {
        file: rec.file,
        line: rec.externalIdsLine
      }));
      return;
    }
    const extItems = value.items;
    reportRepeatedKeys(extItems, "external_ids.", lineOf, rec);
    rec.externalIds = externalIdsFrom([...mergedPairs(value, doc)].map(([key, { pair: p }]) => ({
      key,
      value: nodeText(p.value, doc),
      line: keyLine(p) ?? rec.externalIdsLine
    })), rec.file, rec.findings);
  }
}
function reportRepeatedKeys(items, prefix, lineOf, rec) {
  const { isScalar } = yaml();
  const seen = /* @__PURE__ */ new Map();
  for (const p of items) {
    if (!isScalar(p.key))
      continue;
    const key = String(p.key.value);
    const line = lineOf(p.key.range?.[0]);
    if (seen.has(key))
      rec.findings.push(finding("warning", "DUPLICATE_YAML_KEY", `${prefix}${key} is written twice (lines ${seen.get(key)} and ${line}); PyYAML keeps the last value, and so does extids`, { file: rec.file, line }));
    seen.set(key, line);
  }
}
function setExternalIds(text, desired, file = "the task file") {
  const next = editExternalIds(text, desired, file);
  if (next === text)
    return next;
  const before = readTaskText(text, file, file);
  const after = readTaskText(next, file, file);
  const got = after.externalIds ?? {};
  if (after.id !== before.id || TOOLS.some((t) => desired[t] !== void 0 && got[t] !== desired[t]))
    throw new ExtidsError("WRITE_FAILED", `refusing to edit ${file}: its frontmatter would not read back with external_ids ${JSON.stringify(desired)}; add them by hand or simplify the frontmatter`, { file });
  return next;
}
function setExternalIdsOrReport(text, desired, file, findings) {
  try {
    return setExternalIds(text, desired, file);
  } catch (err) {
    if (!(err instanceof ExtidsError && err.details.findings?.length))
      throw err;
    findings.push(...err.details.findings);
    return text;
  }
}
function editExternalIds(text, desired, file) {
  const fm = findFrontmatter(text);
  if (!fm)
    throw new ExtidsError("WRITE_FAILED", `${file} has no frontmatter to add external_ids to`, {
      file
    });
  const tools = TOOLS.filter((t) => desired[t] !== void 0);
  const fast = fastRead(text, fm);
  if (fast && !fast.ext && !fast.keys.has("external_ids"))
    return insertAt(text, fm.end, newBlock(desired, tools, detectIndent(text, fm), fm.eol));
  if (fast?.ext) {
    const edits = [];
    const indent = fast.ext.indent || detectIndent(text, fm);
    let added = "";
    for (const t of tools) {
      const present = [...fast.ext.entries].find(([k2]) => normalizeToolName(k2) === t);
      if (!present)
        added += `${indent}${t}: ${yamlValue(desired[t])}${fm.eol}`;
      else if (present[1].value.value?.toUpperCase() !== desired[t])
        edits.push(replaceValue(text, present[1].value, desired[t]));
    }
    if (added)
      edits.push({ from: fast.ext.blockEnd, to: fast.ext.blockEnd, text: added });
    return applyEdits2(text, edits);
  }
  return slowSet(text, fm, desired, tools, file);
}
function applyEdits2(text, edits) {
  let out = text;
  for (const e of [...edits].sort((a, b2) => b2.from - a.from))
    out = out.slice(0, e.from) + e.text + out.slice(e.to);
  return out;
}
function replaceValue(text, span, value) {
  const bare = span.from === span.to && text[span.from - 1] === ":";
  return { from: span.from, to: span.to, text: `${bare ? " " : ""}${yamlValue(value)}` };
}
function slowSet(text, fm, desired, tools, file) {
  const { isMap, isScalar } = yaml();
  const src = text.slice(fm.start, fm.end);
  const doc = parseFrontmatter(src);
  if (refusal(doc, src) || !isMap(doc.contents))
    throw new ExtidsError("WRITE_FAILED", `refusing to edit ${file}: its frontmatter is not valid YAML; fix it before assigning`, { file });
  const lineOf = (node) => src.slice(0, rangeOf(node)?.[0] ?? 0).split("\n").length + fm.firstLine - 1;
  const mergedRefusal = (what, kept2, want) => {
    const line = lineOf(kept2.pair.key);
    const message = `${what} comes from a << merge (line ${line}): extids does not write ${want} over it (a second key would silently override what is written there) nor edit the merged map; change it there by hand`;
    return new ExtidsError("WRITE_FAILED", `refusing to edit ${file}: ${message}`, {
      file,
      findings: [
        finding("error", "FRONTMATTER_MISMATCH", `not edited: ${message}`, { file, line })
      ]
    });
  };
  const top = mergedPairs(doc.contents, doc).get("external_ids");
  if (top?.merged)
    throw mergedRefusal("external_ids", top, JSON.stringify(desired));
  const pair = top?.pair;
  const indent = detectIndent(text, fm);
  if (!pair)
    return insertAt(text, fm.end, newBlock(desired, tools, indent, fm.eol));
  const at2 = (offset) => fm.start + offset;
  const value = pair.value;
  const empty = value == null || isScalar(value) && nodeText(value, doc) === null;
  if (empty) {
    const lineEnd = text.indexOf("\n", at2(rangeOf(pair.key)[1]));
    const colon = text.indexOf(":", at2(rangeOf(pair.key)[1]));
    const block = newBlock(desired, tools, indent, fm.eol);
    return text.slice(0, colon) + block.slice("external_ids".length, -fm.eol.length) + text.slice(lineEnd - (text[lineEnd - 1] === "\r" ? 1 : 0));
  }
  if (!isMap(value))
    throw new ExtidsError("WRITE_FAILED", `refusing to edit ${file}: external_ids is not a map of tool to ID; fix it before assigning`, { file });
  const items = value.items;
  const kept = [...mergedPairs(value, doc)];
  const keptOf2 = (t) => kept.findLast(([k2]) => normalizeToolName(k2) === t)?.[1];
  const itemOf = (t) => keptOf2(t)?.pair;
  const edits = [];
  for (const t of tools) {
    const k2 = keptOf2(t);
    if (!k2)
      continue;
    const item = k2.pair;
    const v2 = item.value;
    const written = isScalar(v2) ? nodeText(v2, doc) : null;
    const current = typeof written === "string" && written !== "" ? written.toUpperCase() : void 0;
    if (current === desired[t])
      continue;
    if (k2.merged)
      throw mergedRefusal(`external_ids.${t}`, k2, desired[t]);
    const r = rangeOf(v2);
    const keyEnd = at2(rangeOf(item.key)[1]);
    const span = r && r[1] > r[0] ? { from: at2(r[0]), to: at2(r[1]) } : { from: text.indexOf(":", keyEnd) + 1, to: text.indexOf(":", keyEnd) + 1 };
    edits.push(replaceValue(text, span, desired[t]));
  }
  const missing = tools.filter((t) => !itemOf(t));
  if (value.flow) {
    if (missing.length) {
      const add = missing.map((t) => `${t}: ${yamlValue(desired[t])}`).join(", ");
      const last = items.at(-1);
      const end = last ? at2(rangeOf(last.value)?.[1] ?? rangeOf(last.key)[1]) : at2(rangeOf(value)[0]) + 1;
      edits.push({ from: end, to: end, text: last ? `, ${add}` : ` ${add} ` });
    }
    return applyEdits2(text, edits);
  }
  const firstKey = rangeOf(items[0]?.key);
  const itemIndent = firstKey ? text.slice(text.lastIndexOf("\n", at2(firstKey[0])) + 1, at2(firstKey[0])) : indent;
  const added = missing.map((t) => `${itemIndent}${t}: ${yamlValue(desired[t])}${fm.eol}`).join("");
  if (added) {
    const last = items.at(-1);
    const end = at2(rangeOf(last.value)?.[1] ?? rangeOf(last.key)[1]);
    const nl = text.indexOf("\n", end);
    const lineEnd = nl === -1 || nl > fm.end ? fm.end : nl + 1;
    edits.push({ from: lineEnd, to: lineEnd, text: added });
  }
  return applyEdits2(text, edits);
}
function detectIndent(text, fm) {
  const m2 = /\n( +)[^ \n]/.exec(text.slice(fm.start - 1, fm.end));
  return m2 ? m2[1] : "  ";
}
function listTaskFiles(tasksDir, links) {
  const out = [];
  const walk = (dir, rel) => {
    let entries;
    try {
      entries = nodeFs2.readdirSync(dir, { withFileTypes: true });
    } catch (err) {
      if (err.code === "ENOENT")
        return;
      throw new ExtidsError("UNREADABLE", `cannot read ${dir}: ${describeFsError(err)}`, {
        file: dir,
        cause: err
      });
    }
    for (const e of entries) {
      if (isSkippedName(e.name))
        continue;
      const p = dir + import_node_path5.sep + e.name;
      const r = rel + e.name;
      if (e.isDirectory())
        walk(p, r + "/");
      else if (e.isFile() && isMarkdown(e.name))
        out.push({ path: p, rel: r });
      else if (links && e.isSymbolicLink() && (isMarkdown(e.name) || isFolder(p)))
        links.push({ path: p, rel: r });
    }
  };
  walk(tasksDir, "");
  return out.sort((a, b2) => a.rel < b2.rel ? -1 : a.rel > b2.rel ? 1 : 0);
}
function linkedTask(path, file, tasksDir) {
  let target = "";
  try {
    target = nodeFs2.readlinkSync(path);
  } catch {
  }
  const resolved = (0, import_node_path5.resolve)((0, import_node_path5.dirname)(path), target);
  const folder = isFolder(path);
  const inside = (resolved === tasksDir || resolved.startsWith(tasksDir + import_node_path5.sep)) && (folder || nodeFs2.existsSync(resolved) && nodeFs2.statSync(resolved).isFile());
  const what = folder ? "a folder" : "a task file";
  const becomes = inside ? `what it points to is read where it lives, under the tasks directory, and gets its IDs there` : `so ${folder ? "no task in it is read" : "the task it points to gets no external IDs"}: put the ${folder ? "folder" : "file"} itself under the tasks directory instead of a link`;
  return policyFinding("SYMLINK_TASK", `is a symbolic link (to ${target || "an unreadable target"}) where ${what} would be; extids does not follow links (it reads and writes only regular files, and a write would replace the link with a file), ${becomes}`, { file });
}
function readTask(path, root, file = relPath(root, path)) {
  let text;
  try {
    text = readText(path);
  } catch (err) {
    return unreadable(path, file, err);
  }
  return readTaskText(text, path, file);
}
async function scanTasks(tasksDir, opts) {
  const links = [];
  const files2 = listTaskFiles(tasksDir, links).filter((f) => !notATask(f.rel, opts.exclude));
  const base = relPath(opts.root, tasksDir);
  const prefix = base === "" ? "" : base + "/";
  const out = [];
  await readFiles(files2.map((f) => f.path), (i, read2) => {
    const f = files2[i];
    const file = prefix + f.rel;
    out.push(read2.text === void 0 ? unreadable(f.path, file, read2.error) : readTaskText(read2.text, f.path, file));
    if (opts.onProgress && (i % 250 === 249 || i === files2.length - 1))
      opts.onProgress(i + 1, files2.length);
  }, { aheadFrom: opts.readAheadFrom });
  for (const l3 of links)
    if (!opts.exclude?.test(l3.rel))
      out.push({
        file: prefix + l3.rel,
        path: l3.path,
        hasFrontmatter: false,
        findings: [linkedTask(l3.path, prefix + l3.rel, tasksDir)]
      });
  return out;
}
function tasksById(tasks) {
  const byId2 = /* @__PURE__ */ new Map();
  for (const t of tasks) {
    if (t.id === void 0)
      continue;
    const same = byId2.get(t.id);
    if (same)
      same.push(t);
    else
      byId2.set(t.id, [t]);
  }
  return byId2;
}
function taskBody(text) {
  const fm = findFrontmatter(text);
  if (!fm)
    return text.replace(/^\s*\n/, "");
  const nl = text.indexOf("\n", fm.end);
  return (nl === -1 ? "" : text.slice(nl + 1)).replace(/^(?:[ \t]*\r?\n)+/, "");
}
var nodeFs2, import_node_path5, CLOSING_FENCE, SAFE_NESTED, isNameStart, isNameChar, isBlank, TOOL_FORM, TAB_TOKENS, yamlValue, insertAt, newBlock, rangeOf, isFolder, unreadable;
var init_tasks = __esm({
  "lib/core/tasks.js"() {
    "use strict";
    nodeFs2 = __toESM(require("node:fs"), 1);
    import_node_path5 = require("node:path");
    init_deps();
    init_findings();
    init_ids();
    init_paths();
    init_yaml11();
    init_read_files();
    init_policy();
    CLOSING_FENCE = /\n(?:---|\.\.\.)[ \t]*\r?(?=\n|$)/g;
    SAFE_NESTED = /^ +(?:- +)?(?:[A-Za-z_][A-Za-z0-9_-]*:(?: +[^:#'"{[\]&*!|>%@`]*)?|[^:#'"{[\]&*!|>%@`-][^:#'"{[\]&*!|>%@`]*)$/;
    isNameStart = (c) => c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95;
    isNameChar = (c) => isNameStart(c) || c >= 48 && c <= 57 || c === 45;
    isBlank = (c) => c === 32 || c === 9;
    TOOL_FORM = {
      azure_devops: "a number such as 123",
      github: "a number such as 123",
      jira: "a key and a number such as PROJ-123",
      linear: "a key and a number such as TEAM-123"
    };
    TAB_TOKENS = /* @__PURE__ */ new Set(["single-quoted-scalar", "double-quoted-scalar", "comment"]);
    yamlValue = (v2) => /^[0-9]+$/.test(v2) ? `"${v2}"` : v2;
    insertAt = (text, at2, insert) => text.slice(0, at2) + insert + text.slice(at2);
    newBlock = (desired, tools, indent, eol) => `external_ids:${eol}` + tools.map((t) => `${indent}${t}: ${yamlValue(desired[t])}${eol}`).join("");
    rangeOf = (node) => node?.range;
    isFolder = (p) => {
      try {
        return nodeFs2.statSync(p).isDirectory();
      } catch {
        return false;
      }
    };
    unreadable = (path, file, err) => ({
      file,
      path,
      hasFrontmatter: false,
      findings: [finding("error", "UNREADABLE", `cannot be read: ${err.message}`, { file })]
    });
  }
});

// lib/core/sync/tracker.js
function markerFor(repo, tool, task) {
  const digest = (0, import_node_crypto.createHash)("sha256").update(`${repo.toLowerCase()}\0${tool}\0${task}`).digest("hex").slice(0, 16);
  return { task, digest };
}
async function sendOnce(e, url, init, what) {
  let res;
  try {
    res = await e.fetch(url, { ...init, signal: requestSignal(e) });
  } catch (err) {
    throw new TrackerError("unknown-outcome", `${what}: no answer (${err.message})`, {
      status: 0
    });
  }
  let text;
  try {
    text = await res.text();
  } catch (err) {
    throw new TrackerError("unknown-outcome", `${what}: the answer was cut off (${err.message})`, { status: res.status });
  }
  let json;
  try {
    json = text ? JSON.parse(text) : void 0;
  } catch {
    json = void 0;
  }
  return { res, text, json };
}
var import_node_crypto, isClosedState, reachedState, TrackerError, isTrackerError, requestSignal;
var init_tracker = __esm({
  "lib/core/sync/tracker.js"() {
    "use strict";
    import_node_crypto = require("node:crypto");
    init_findings();
    isClosedState = (s) => s === "done" || s === "removed";
    reachedState = (state, target) => isClosedState(state) === (target !== "todo");
    TrackerError = class extends ExtidsError {
      kind;
      info;
      constructor(kind, message, info = {}) {
        super("TRACKER_FAILED", message);
        this.kind = kind;
        this.info = info;
      }
    };
    isTrackerError = (e, kind) => e instanceof TrackerError && (kind === void 0 || e.kind === kind);
    requestSignal = (e) => {
      const t = AbortSignal.timeout(e.timeoutMs ?? 3e4);
      return e.signal ? AbortSignal.any([t, e.signal]) : t;
    };
  }
});

// lib/core/sync/content.js
function desiredItem(repo, t, branch, serverUrl) {
  const link = `${serverUrl.replace(/\/+$/, "")}/${repo}/blob/${encodeURI(branch)}/${t.file.split("/").map(encodeURIComponent).join("/")}`;
  const closed = isTerminal(t.status);
  return {
    content: {
      title: t.title?.trim() || t.id,
      body: `${t.body.trimEnd()}

---
Task file: [${t.file}](${link}) \xB7 \`${t.id}\`
`
    },
    target: closed ? NOT_PLANNED.has(t.status.toLowerCase()) ? "removed" : "done" : "todo"
  };
}
function contentHash(i) {
  return (0, import_node_crypto2.createHash)("sha256").update(JSON.stringify([i.title, i.body.replace(/\r\n/g, "\n"), openOrClosed(i.state)])).digest("hex");
}
function changedFields(current, want, target) {
  const out = [];
  if (current.title !== want.title)
    out.push("title");
  if (current.body.replace(/\r\n/g, "\n") !== want.body)
    out.push("body");
  if (!reachedState(current.state, target))
    out.push("state");
  return out;
}
var import_node_crypto2, TERMINAL_STATUSES, NOT_PLANNED, isTerminal, syncCreates, openOrClosed;
var init_content = __esm({
  "lib/core/sync/content.js"() {
    "use strict";
    import_node_crypto2 = require("node:crypto");
    init_tracker();
    TERMINAL_STATUSES = ["completed", "archived", "cancelled", "obsolete"];
    NOT_PLANNED = /* @__PURE__ */ new Set(["cancelled", "obsolete"]);
    isTerminal = (status) => status !== void 0 && TERMINAL_STATUSES.includes(status.toLowerCase());
    syncCreates = (status, statuses) => statuses ? statuses.includes(status ?? "") : !isTerminal(status);
    openOrClosed = (s) => s === "done" || s === "removed" ? "closed" : "open";
  }
});

// lib/core/diagnose.js
function diagnose(input) {
  const { mapping, counters } = input;
  const idPattern = input.idPattern ?? DEFAULT_INTERNAL_ID;
  const out = [...mapping.findings, ...counters.findings];
  const mappings = mapping.data?.mappings;
  const mapLoc = new Locator(mapping.text, mapping.enveloped);
  const cntLoc = new Locator(counters.text, counters.enveloped);
  if (mappings) {
    const analysis = mapping.analysis ?? analyzeMappings(mappings);
    for (const id of analysis.ids)
      if (!idPattern.test(id))
        out.push(finding("warning", "INVALID_INTERNAL_ID", `"${id}" is not a task ID of a known shape`, {
          file: mapping.file,
          line: mapLoc.line(["mappings", id])
        }));
    const { duplicates, highest } = analysis;
    for (const d2 of duplicates)
      out.push(finding("error", "DUPLICATE_EXTERNAL_ID", `${d2.externalId} (${TOOL_LABEL[d2.tool]}) is held by ${d2.holders.join(" and ")}; \`extids repair\` keeps it for the task created first and renumbers the other`, { file: mapping.file, line: mapLoc.line(["mappings", d2.holders[1], d2.tool]) }));
    if (counters.status === "valid" || counters.status === "legacy" || counters.status === "missing") {
      const have = counters.data?.counters ?? { azure_devops: 0, github: 0, jira: {}, linear: {} };
      for (const [label, has, needs] of countersBehind(have, highest)) {
        const [tool, key] = label.split(" ");
        out.push(finding("error", "COUNTER_BEHIND", `the ${label} counter is ${has} but ${needs} is already used; the next ID would repeat a number. \`extids repair\` raises it`, {
          file: counters.status === "missing" ? mapping.file : counters.file,
          line: cntLoc.line(key ? ["counters", tool, key] : ["counters", tool])
        }));
      }
    }
  }
  if (input.tasks)
    out.push(...diagnoseTasks(input, mappings, idPattern, mapLoc));
  return out;
}
function diagnoseTasks(input, mappings, idPattern, mapLoc) {
  const tasks = input.tasks;
  const mappingFile = input.mapping.file;
  const out = [];
  const byId2 = tasksById(tasks);
  const configured = TOOLS.filter((t) => input.tools?.[t]);
  const missing = input.mapping.status === "missing";
  const known = mappings ?? (missing ? {} : void 0);
  const where = missing ? ` (${mappingFile} does not exist: is the state directory right?)` : "";
  for (const t of tasks) {
    if (t.findings.length)
      out.push(...t.findings);
    if (!t.hasFrontmatter)
      continue;
    if (t.id === void 0) {
      if (!t.findings.some((f) => f.code === "FRONTMATTER_PARSE_ERROR"))
        out.push(missingTaskId(t));
      continue;
    }
    if (!idPattern.test(t.id)) {
      out.push(invalidTaskId(t));
      continue;
    }
    const same = byId2.get(t.id);
    if (same.length > 1 && same[0] === t)
      out.push(duplicateTaskId(t.id, same.map(copyOf), input.introduced));
    if (!known)
      continue;
    const entry = hasOwn(known, t.id) ? known[t.id] : void 0;
    out.push(...frontmatterMismatch(t, entry, where));
    const fm = t.externalIds ?? {};
    for (const tool of TOOLS) {
      const m2 = entry?.[tool];
      const f = fm[tool];
      if (f !== void 0 || m2 !== void 0)
        continue;
      if (configured.includes(tool) && isSyncMode(input.tools, tool)) {
        if (syncCreates(t.status, input.syncStatuses))
          out.push(policyFinding("SYNC_PENDING", `${t.id} waits for its ${TOOL_LABEL[tool]} item; \`extids sync\` creates it`, { file: t.file, line: t.idLine }));
      } else if (configured.includes(tool))
        out.push(policyFinding("MISSING_EXTERNAL_ID", `${t.id} has no ${TOOL_LABEL[tool]} ID; \`extids assign\` gives it one`, { file: t.file, line: t.idLine }));
    }
  }
  if (mappings && tasks.length) {
    for (const id in mappings)
      if (!byId2.has(id))
        out.push(policyFinding("ORPHAN_MAPPING", `${id} has no task file; its numbers stay retired`, {
          file: mappingFile,
          line: mapLoc.line(["mappings", id])
        }));
  }
  return out;
}
var copyOf, missingTaskId, invalidTaskId;
var init_diagnose = __esm({
  "lib/core/diagnose.js"() {
    "use strict";
    init_findings();
    init_ids();
    init_parse3();
    init_state();
    init_config();
    init_policy();
    init_tasks();
    init_content();
    copyOf = (t) => ({
      file: t.file,
      line: t.idLine,
      title: t.title,
      externalIds: t.externalIds
    });
    missingTaskId = (t) => policyFinding("MISSING_TASK_ID", t.idValue === "empty" ? `has frontmatter whose ${t.idField}: is empty, so this file is not treated as a task` : t.idValue === "not-single" ? `has frontmatter whose ${t.idField}: is not a single value (a list or a map), so this file is not treated as a task` : "has frontmatter but no id: field", { file: t.file, line: t.idLine ?? 1 });
    invalidTaskId = (t) => policyFinding("INVALID_TASK_ID", `id "${t.id}" is not a task ID of a known shape, so this file is not treated as a task: no IDs are assigned or adopted`, { file: t.file, line: t.idLine });
  }
});

// lib/core/canonical.js
function pyString(s) {
  if (!NEEDS_ESCAPE.test(s))
    return `"${s}"`;
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const short = SHORT_ESCAPES[c];
    if (short !== void 0)
      out += short;
    else if (c < 32 || c > 126)
      out += "\\u" + c.toString(16).padStart(4, "0");
    else
      out += s[i];
  }
  return out + '"';
}
function compareCodePoints(a, b2) {
  const n = Math.min(a.length, b2.length);
  for (let i = 0; i < n; i++) {
    const x2 = a.codePointAt(i);
    const y2 = b2.codePointAt(i);
    if (x2 !== y2)
      return x2 - y2;
    if (x2 > 65535)
      i++;
  }
  return a.length - b2.length;
}
function sortedKeys(o) {
  const keys = Object.keys(o);
  const ascii = keys.every((k2) => !/[^ -~]/.test(k2));
  return ascii ? keys.sort() : keys.sort(compareCodePoints);
}
function write(value, indent) {
  if (value === null)
    return "null";
  switch (typeof value) {
    case "string":
      return pyString(value);
    case "number":
      if (!Number.isFinite(value))
        throw new TypeError(`cannot serialise ${value}`);
      return String(value);
    case "boolean":
      return value ? "true" : "false";
    case "object": {
      const inner = indent + "  ";
      if (Array.isArray(value)) {
        if (value.length === 0)
          return "[]";
        return `[
${value.map((v2) => inner + write(v2, inner)).join(",\n")}
${indent}]`;
      }
      const keys = sortedKeys(value).filter((k2) => value[k2] !== void 0);
      if (keys.length === 0)
        return "{}";
      const parts = keys.map((k2) => `${inner}${pyString(k2)}: ${write(value[k2], inner)}`);
      return `{
${parts.join(",\n")}
${indent}}`;
    }
    default:
      throw new TypeError(`cannot serialise a ${typeof value}`);
  }
}
function pyDump(value) {
  return write(value, "");
}
function sortedCopy(value) {
  if (typeof value === "number" && !Number.isFinite(value))
    throw new TypeError(`cannot serialise ${value}`);
  if (typeof value !== "object" || value === null)
    return value;
  if (Array.isArray(value)) {
    let changed2 = false;
    const out2 = new Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const c = sortedCopy(value[i]);
      if (c === CANNOT)
        return CANNOT;
      if (c !== value[i])
        changed2 = true;
      out2[i] = c;
    }
    return changed2 ? out2 : value;
  }
  const obj = value;
  const keys = Object.keys(obj);
  let changed = false;
  for (let i = 0; i < keys.length; i++) {
    const k2 = keys[i];
    const c0 = k2.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && ARRAY_INDEX.test(k2))
      return CANNOT;
    if (i > 0 && !(keys[i - 1] < k2))
      changed = true;
  }
  if (changed)
    keys.sort();
  const vals = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const v2 = obj[keys[i]];
    const c = sortedCopy(v2);
    if (c === CANNOT)
      return CANNOT;
    if (c !== v2)
      changed = true;
    vals[i] = c;
  }
  if (!changed)
    return value;
  const out = /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < keys.length; i++)
    out[keys[i]] = vals[i];
  return out;
}
function canonicalJson(value) {
  const fast = mappingFileJson(value);
  if (fast !== void 0)
    return fast;
  const copy = sortedCopy(value);
  if (copy === CANNOT)
    return pyDump(value);
  const text = JSON.stringify(copy, null, 2);
  if (!NON_ASCII.test(text))
    return text;
  if (ASTRAL.test(text))
    return pyDump(value);
  return asciiOnly(text);
}
function mappingFileJson(value) {
  if (typeof value !== "object" || value === null)
    return void 0;
  const { mappings, updated, version: version2, ...rest } = value;
  if (Object.keys(rest).length || typeof updated !== "string" || typeof version2 !== "string")
    return void 0;
  if (typeof mappings !== "object" || mappings === null || Array.isArray(mappings))
    return void 0;
  const m2 = mappings;
  const ids = Object.keys(m2);
  let sorted = true;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (NEEDS_ESCAPE.test(id))
      return void 0;
    const c0 = id.charCodeAt(0);
    if (c0 >= 48 && c0 <= 57 && ARRAY_INDEX.test(id))
      return void 0;
    if (i > 0 && !(ids[i - 1] < id))
      sorted = false;
  }
  if (!sorted)
    ids.sort();
  let out = sorted ? m2 : /* @__PURE__ */ Object.create(null);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const entry = inToolOrder(m2[id]);
    if (entry === void 0)
      return void 0;
    if (out !== m2)
      out[id] = entry;
    else if (entry !== m2[id]) {
      out = /* @__PURE__ */ Object.create(null);
      for (let j2 = 0; j2 < i; j2++)
        out[ids[j2]] = m2[ids[j2]];
      out[id] = entry;
    }
  }
  const text = JSON.stringify({ mappings: out, updated, version: version2 }, null, 2);
  return NON_ASCII.test(text) ? asciiOnly(text) : text;
}
function inToolOrder(entry) {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry))
    return void 0;
  const e = entry;
  let last = -1;
  let ordered = true;
  for (const k2 in e) {
    const v2 = e[k2];
    if (v2 === void 0)
      continue;
    const at2 = TOOL_ORDER.indexOf(k2);
    if (at2 === -1 || typeof v2 !== "string")
      return void 0;
    if (at2 < last)
      ordered = false;
    last = at2;
  }
  if (ordered)
    return e;
  const copy = {};
  for (const t of TOOL_ORDER)
    if (typeof e[t] === "string")
      copy[t] = e[t];
  return copy;
}
var SHORT_ESCAPES, NEEDS_ESCAPE, ARRAY_INDEX, CANNOT, ASTRAL, NON_ASCII, NON_ASCII_ALL, asciiOnly, TOOL_ORDER, isoStamp, fileStamp;
var init_canonical = __esm({
  "lib/core/canonical.js"() {
    "use strict";
    SHORT_ESCAPES = {
      34: '\\"',
      92: "\\\\",
      10: "\\n",
      13: "\\r",
      9: "\\t",
      8: "\\b",
      12: "\\f"
    };
    NEEDS_ESCAPE = /["\\]|[^ -~]/;
    ARRAY_INDEX = /^(?:0|[1-9][0-9]*)$/;
    CANNOT = /* @__PURE__ */ Symbol("cannot");
    ASTRAL = /[\ud800-\udfff]/;
    NON_ASCII = /[\u007f-\uffff]/;
    NON_ASCII_ALL = /[\u007f-\uffff]/g;
    asciiOnly = (text) => text.replace(NON_ASCII_ALL, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
    TOOL_ORDER = ["azure_devops", "github", "jira", "linear"];
    isoStamp = (d2) => d2.toISOString().replace(/\.\d{3}Z$/, "Z");
    fileStamp = (d2) => isoStamp(d2).replace(/[-:]/g, "");
  }
});

// lib/core/atomic.js
function fsyncDir(dir, fs) {
  let fd;
  try {
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch (err) {
    const code = err.code;
    if (code !== "EISDIR" && code !== "EINVAL" && code !== "EPERM" && code !== "EBADF")
      throw err;
  } finally {
    if (fd !== void 0)
      fs.closeSync(fd);
  }
}
function writeAll(fs, fd, data) {
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  for (let off = 0; off < bytes.length; ) {
    const n = fs.writeSync(fd, bytes, off, bytes.length - off);
    if (n <= 0)
      throw Object.assign(new Error("short write: no bytes written"), { code: "EIO" });
    off += n;
  }
}
function keptOf(target) {
  let st;
  try {
    st = nodeFs3.lstatSync(target);
  } catch {
    return void 0;
  }
  if (st.isSymbolicLink())
    throw new ExtidsError("WRITE_FAILED", `${target} is a symbolic link: extids does not write through links or replace them; nothing was written`, { file: target });
  return { mode: st.mode & 4095, uid: st.uid, gid: st.gid };
}
function keepAttributes(fs, fd, kept, mode) {
  if (kept) {
    try {
      fs.fchownSync(fd, kept.uid, kept.gid);
    } catch (err) {
      const code = err.code;
      if (code !== "EPERM" && code !== "EINVAL")
        throw err;
      try {
        fs.fchownSync(fd, -1, kept.gid);
      } catch (e) {
        const c = e.code;
        if (c !== "EPERM" && c !== "EINVAL")
          throw e;
      }
    }
  }
  const wanted = mode ?? kept?.mode;
  if (wanted !== void 0)
    fs.fchmodSync(fd, wanted);
}
function writeFileAtomic(target, data, opts = {}) {
  const fs = opts.fs ?? realFs;
  const kept = keptOf(target);
  const tmp = tempName(target);
  let fd;
  try {
    fd = fs.openSync(tmp, "wx", createMode(kept, opts.mode));
    keepAttributes(fs, fd, kept, opts.mode);
    writeAll(fs, fd, data);
    fs.fsyncSync(fd);
    const closing = fd;
    fd = void 0;
    fs.closeSync(closing);
    fs.renameSync(tmp, target);
  } catch (err) {
    if (fd !== void 0) {
      try {
        fs.closeSync(fd);
      } catch {
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
    }
    throw new ExtidsError("WRITE_FAILED", `could not write ${target}: ${describeFsError(err)}`, {
      file: target,
      cause: err
    });
  }
  if (opts.syncDir === false)
    return;
  try {
    fsyncDir((0, import_node_path6.dirname)(target), fs);
  } catch (err) {
    throw new ExtidsError("WRITE_FAILED", `wrote ${target} but could not flush its directory: ${describeFsError(err)}`, { file: target, cause: err });
  }
}
async function writeFilesAtomic(items, opts = {}) {
  const fs = opts.fs ?? realFs;
  const open = [];
  let current;
  const fail = (err) => {
    for (const o of open) {
      try {
        if (o.fd !== void 0)
          fs.closeSync(o.fd);
      } catch {
      }
      try {
        fs.unlinkSync(o.tmp);
      } catch {
      }
    }
    const file = current?.path ?? "?";
    throw new ExtidsError("WRITE_FAILED", `could not write ${file}: ${describeFsError(err)}`, {
      file,
      cause: err
    });
  };
  const kept = items.map((item) => keptOf(item.path));
  try {
    for (const [i, item] of items.entries()) {
      current = item;
      const o = { item, tmp: tempName(item.path) };
      o.fd = fs.openSync(o.tmp, "wx", createMode(kept[i], item.mode));
      open.push(o);
      keepAttributes(fs, o.fd, kept[i], item.mode);
      writeAll(fs, o.fd, item.data);
    }
    let next = 0;
    let failed;
    const flush = async () => {
      while (failed === void 0 && next < open.length) {
        const o = open[next++];
        try {
          await new Promise((res, rej) => fs.fsync(o.fd, (e) => e ? rej(e) : res()));
        } catch (err) {
          failed ??= { err, item: o.item };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.parallel ?? 8, open.length) }, flush));
    if (failed) {
      current = failed.item;
      throw failed.err;
    }
    for (const o of open) {
      current = o.item;
      const fd = o.fd;
      o.fd = void 0;
      fs.closeSync(fd);
    }
  } catch (err) {
    fail(err);
  }
  for (let i = 0; i < open.length; i++) {
    const o = open[i];
    current = o.item;
    try {
      fs.renameSync(o.tmp, o.item.path);
    } catch (err) {
      open.splice(0, i);
      fail(err);
    }
  }
}
function keepCopy(file, copy, fs = realFs) {
  const tmp = tempName(copy);
  try {
    try {
      fs.linkSync(file, tmp);
    } catch (err) {
      const code = err.code;
      if (code === "ENOENT")
        throw err;
      fs.copyFileSync(file, tmp);
    }
    fs.renameSync(tmp, copy);
    try {
      fs.unlinkSync(tmp);
    } catch {
    }
  } catch (err) {
    try {
      fs.unlinkSync(tmp);
    } catch {
    }
    throw new ExtidsError("WRITE_FAILED", `could not keep a copy of ${file} as ${copy}: ${describeFsError(err)}`, { file, cause: err });
  }
}
function freshName(file, label, stamp, fs = realFs) {
  for (let n = 1; ; n++) {
    const candidate = `${file}.${label}-${stamp}${n > 1 ? `-${n}` : ""}`;
    try {
      fs.statSync(candidate);
    } catch {
      return candidate;
    }
  }
}
function sweepTemps(dir, fs = realFs) {
  const removed = [];
  let names;
  try {
    names = fs.readdirSync(dir);
  } catch {
    return removed;
  }
  for (const name of names) {
    if (name.startsWith(".") && name.includes(TEMP_MARK)) {
      try {
        try {
          fs.unlinkSync((0, import_node_path6.join)(dir, name));
        } catch (err) {
          const code = err.code;
          if (code !== "EISDIR" && code !== "EPERM")
            throw err;
          fs.rmdirSync((0, import_node_path6.join)(dir, name));
        }
        removed.push(name);
      } catch {
      }
    }
  }
  return removed;
}
var nodeFs3, import_node_path6, realFs, TEMP_MARK, tempName, createMode;
var init_atomic = __esm({
  "lib/core/atomic.js"() {
    "use strict";
    nodeFs3 = __toESM(require("node:fs"), 1);
    import_node_path6 = require("node:path");
    init_findings();
    realFs = nodeFs3;
    TEMP_MARK = ".tmp-";
    tempName = (target) => (0, import_node_path6.join)((0, import_node_path6.dirname)(target), `.${(0, import_node_path6.basename)(target)}${TEMP_MARK}${process.pid}-${(Math.random() * 4294967296 >>> 0).toString(16).padStart(8, "0")}`);
    createMode = (kept, mode) => mode ?? kept?.mode ?? 438;
  }
});

// scripts/node-fs.cjs
var require_node_fs = __commonJS({
  "scripts/node-fs.cjs"(exports2, module2) {
    "use strict";
    module2.exports = require("node:fs");
  }
});

// node_modules/retry/lib/retry_operation.js
var require_retry_operation = __commonJS({
  "node_modules/retry/lib/retry_operation.js"(exports2, module2) {
    function RetryOperation(timeouts, options) {
      if (typeof options === "boolean") {
        options = { forever: options };
      }
      this._originalTimeouts = JSON.parse(JSON.stringify(timeouts));
      this._timeouts = timeouts;
      this._options = options || {};
      this._maxRetryTime = options && options.maxRetryTime || Infinity;
      this._fn = null;
      this._errors = [];
      this._attempts = 1;
      this._operationTimeout = null;
      this._operationTimeoutCb = null;
      this._timeout = null;
      this._operationStart = null;
      if (this._options.forever) {
        this._cachedTimeouts = this._timeouts.slice(0);
      }
    }
    module2.exports = RetryOperation;
    RetryOperation.prototype.reset = function() {
      this._attempts = 1;
      this._timeouts = this._originalTimeouts;
    };
    RetryOperation.prototype.stop = function() {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      this._timeouts = [];
      this._cachedTimeouts = null;
    };
    RetryOperation.prototype.retry = function(err) {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      if (!err) {
        return false;
      }
      var currentTime = (/* @__PURE__ */ new Date()).getTime();
      if (err && currentTime - this._operationStart >= this._maxRetryTime) {
        this._errors.unshift(new Error("RetryOperation timeout occurred"));
        return false;
      }
      this._errors.push(err);
      var timeout = this._timeouts.shift();
      if (timeout === void 0) {
        if (this._cachedTimeouts) {
          this._errors.splice(this._errors.length - 1, this._errors.length);
          this._timeouts = this._cachedTimeouts.slice(0);
          timeout = this._timeouts.shift();
        } else {
          return false;
        }
      }
      var self = this;
      var timer = setTimeout(function() {
        self._attempts++;
        if (self._operationTimeoutCb) {
          self._timeout = setTimeout(function() {
            self._operationTimeoutCb(self._attempts);
          }, self._operationTimeout);
          if (self._options.unref) {
            self._timeout.unref();
          }
        }
        self._fn(self._attempts);
      }, timeout);
      if (this._options.unref) {
        timer.unref();
      }
      return true;
    };
    RetryOperation.prototype.attempt = function(fn, timeoutOps) {
      this._fn = fn;
      if (timeoutOps) {
        if (timeoutOps.timeout) {
          this._operationTimeout = timeoutOps.timeout;
        }
        if (timeoutOps.cb) {
          this._operationTimeoutCb = timeoutOps.cb;
        }
      }
      var self = this;
      if (this._operationTimeoutCb) {
        this._timeout = setTimeout(function() {
          self._operationTimeoutCb();
        }, self._operationTimeout);
      }
      this._operationStart = (/* @__PURE__ */ new Date()).getTime();
      this._fn(this._attempts);
    };
    RetryOperation.prototype.try = function(fn) {
      console.log("Using RetryOperation.try() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = function(fn) {
      console.log("Using RetryOperation.start() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = RetryOperation.prototype.try;
    RetryOperation.prototype.errors = function() {
      return this._errors;
    };
    RetryOperation.prototype.attempts = function() {
      return this._attempts;
    };
    RetryOperation.prototype.mainError = function() {
      if (this._errors.length === 0) {
        return null;
      }
      var counts = {};
      var mainError = null;
      var mainErrorCount = 0;
      for (var i = 0; i < this._errors.length; i++) {
        var error2 = this._errors[i];
        var message = error2.message;
        var count = (counts[message] || 0) + 1;
        counts[message] = count;
        if (count >= mainErrorCount) {
          mainError = error2;
          mainErrorCount = count;
        }
      }
      return mainError;
    };
  }
});

// node_modules/retry/lib/retry.js
var require_retry = __commonJS({
  "node_modules/retry/lib/retry.js"(exports2) {
    var RetryOperation = require_retry_operation();
    exports2.operation = function(options) {
      var timeouts = exports2.timeouts(options);
      return new RetryOperation(timeouts, {
        forever: options && options.forever,
        unref: options && options.unref,
        maxRetryTime: options && options.maxRetryTime
      });
    };
    exports2.timeouts = function(options) {
      if (options instanceof Array) {
        return [].concat(options);
      }
      var opts = {
        retries: 10,
        factor: 2,
        minTimeout: 1 * 1e3,
        maxTimeout: Infinity,
        randomize: false
      };
      for (var key in options) {
        opts[key] = options[key];
      }
      if (opts.minTimeout > opts.maxTimeout) {
        throw new Error("minTimeout is greater than maxTimeout");
      }
      var timeouts = [];
      for (var i = 0; i < opts.retries; i++) {
        timeouts.push(this.createTimeout(i, opts));
      }
      if (options && options.forever && !timeouts.length) {
        timeouts.push(this.createTimeout(i, opts));
      }
      timeouts.sort(function(a, b2) {
        return a - b2;
      });
      return timeouts;
    };
    exports2.createTimeout = function(attempt, opts) {
      var random = opts.randomize ? Math.random() + 1 : 1;
      var timeout = Math.round(random * opts.minTimeout * Math.pow(opts.factor, attempt));
      timeout = Math.min(timeout, opts.maxTimeout);
      return timeout;
    };
    exports2.wrap = function(obj, options, methods) {
      if (options instanceof Array) {
        methods = options;
        options = null;
      }
      if (!methods) {
        methods = [];
        for (var key in obj) {
          if (typeof obj[key] === "function") {
            methods.push(key);
          }
        }
      }
      for (var i = 0; i < methods.length; i++) {
        var method = methods[i];
        var original = obj[method];
        obj[method] = function retryWrapper(original2) {
          var op = exports2.operation(options);
          var args = Array.prototype.slice.call(arguments, 1);
          var callback = args.pop();
          args.push(function(err) {
            if (op.retry(err)) {
              return;
            }
            if (err) {
              arguments[0] = op.mainError();
            }
            callback.apply(this, arguments);
          });
          op.attempt(function() {
            original2.apply(obj, args);
          });
        }.bind(obj, original);
        obj[method].options = options;
      }
    };
  }
});

// node_modules/retry/index.js
var require_retry2 = __commonJS({
  "node_modules/retry/index.js"(exports2, module2) {
    module2.exports = require_retry();
  }
});

// node_modules/signal-exit/signals.js
var require_signals = __commonJS({
  "node_modules/signal-exit/signals.js"(exports2, module2) {
    module2.exports = [
      "SIGABRT",
      "SIGALRM",
      "SIGHUP",
      "SIGINT",
      "SIGTERM"
    ];
    if (process.platform !== "win32") {
      module2.exports.push(
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (process.platform === "linux") {
      module2.exports.push(
        "SIGIO",
        "SIGPOLL",
        "SIGPWR",
        "SIGSTKFLT",
        "SIGUNUSED"
      );
    }
  }
});

// node_modules/signal-exit/index.js
var require_signal_exit = __commonJS({
  "node_modules/signal-exit/index.js"(exports2, module2) {
    var process2 = global.process;
    var processOk = function(process3) {
      return process3 && typeof process3 === "object" && typeof process3.removeListener === "function" && typeof process3.emit === "function" && typeof process3.reallyExit === "function" && typeof process3.listeners === "function" && typeof process3.kill === "function" && typeof process3.pid === "number" && typeof process3.on === "function";
    };
    if (!processOk(process2)) {
      module2.exports = function() {
        return function() {
        };
      };
    } else {
      assert = require("assert");
      signals = require_signals();
      isWin = /^win/i.test(process2.platform);
      EE = require("events");
      if (typeof EE !== "function") {
        EE = EE.EventEmitter;
      }
      if (process2.__signal_exit_emitter__) {
        emitter = process2.__signal_exit_emitter__;
      } else {
        emitter = process2.__signal_exit_emitter__ = new EE();
        emitter.count = 0;
        emitter.emitted = {};
      }
      if (!emitter.infinite) {
        emitter.setMaxListeners(Infinity);
        emitter.infinite = true;
      }
      module2.exports = function(cb, opts) {
        if (!processOk(global.process)) {
          return function() {
          };
        }
        assert.equal(typeof cb, "function", "a callback must be provided for exit handler");
        if (loaded === false) {
          load();
        }
        var ev = "exit";
        if (opts && opts.alwaysLast) {
          ev = "afterexit";
        }
        var remove = function() {
          emitter.removeListener(ev, cb);
          if (emitter.listeners("exit").length === 0 && emitter.listeners("afterexit").length === 0) {
            unload();
          }
        };
        emitter.on(ev, cb);
        return remove;
      };
      unload = function unload2() {
        if (!loaded || !processOk(global.process)) {
          return;
        }
        loaded = false;
        signals.forEach(function(sig) {
          try {
            process2.removeListener(sig, sigListeners[sig]);
          } catch (er) {
          }
        });
        process2.emit = originalProcessEmit;
        process2.reallyExit = originalProcessReallyExit;
        emitter.count -= 1;
      };
      module2.exports.unload = unload;
      emit = function emit2(event, code, signal) {
        if (emitter.emitted[event]) {
          return;
        }
        emitter.emitted[event] = true;
        emitter.emit(event, code, signal);
      };
      sigListeners = {};
      signals.forEach(function(sig) {
        sigListeners[sig] = function listener() {
          if (!processOk(global.process)) {
            return;
          }
          var listeners = process2.listeners(sig);
          if (listeners.length === emitter.count) {
            unload();
            emit("exit", null, sig);
            emit("afterexit", null, sig);
            if (isWin && sig === "SIGHUP") {
              sig = "SIGINT";
            }
            process2.kill(process2.pid, sig);
          }
        };
      });
      module2.exports.signals = function() {
        return signals;
      };
      loaded = false;
      load = function load2() {
        if (loaded || !processOk(global.process)) {
          return;
        }
        loaded = true;
        emitter.count += 1;
        signals = signals.filter(function(sig) {
          try {
            process2.on(sig, sigListeners[sig]);
            return true;
          } catch (er) {
            return false;
          }
        });
        process2.emit = processEmit;
        process2.reallyExit = processReallyExit;
      };
      module2.exports.load = load;
      originalProcessReallyExit = process2.reallyExit;
      processReallyExit = function processReallyExit2(code) {
        if (!processOk(global.process)) {
          return;
        }
        process2.exitCode = code || /* istanbul ignore next */
        0;
        emit("exit", process2.exitCode, null);
        emit("afterexit", process2.exitCode, null);
        originalProcessReallyExit.call(process2, process2.exitCode);
      };
      originalProcessEmit = process2.emit;
      processEmit = function processEmit2(ev, arg) {
        if (ev === "exit" && processOk(global.process)) {
          if (arg !== void 0) {
            process2.exitCode = arg;
          }
          var ret = originalProcessEmit.apply(this, arguments);
          emit("exit", process2.exitCode, null);
          emit("afterexit", process2.exitCode, null);
          return ret;
        } else {
          return originalProcessEmit.apply(this, arguments);
        }
      };
    }
    var assert;
    var signals;
    var isWin;
    var EE;
    var emitter;
    var unload;
    var emit;
    var sigListeners;
    var loaded;
    var load;
    var originalProcessReallyExit;
    var processReallyExit;
    var originalProcessEmit;
    var processEmit;
  }
});

// node_modules/proper-lockfile/lib/mtime-precision.js
var require_mtime_precision = __commonJS({
  "node_modules/proper-lockfile/lib/mtime-precision.js"(exports2, module2) {
    "use strict";
    var cacheSymbol = /* @__PURE__ */ Symbol();
    function probe(file, fs, callback) {
      const cachedPrecision = fs[cacheSymbol];
      if (cachedPrecision) {
        return fs.stat(file, (err, stat) => {
          if (err) {
            return callback(err);
          }
          callback(null, stat.mtime, cachedPrecision);
        });
      }
      const mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
      fs.utimes(file, mtime, mtime, (err) => {
        if (err) {
          return callback(err);
        }
        fs.stat(file, (err2, stat) => {
          if (err2) {
            return callback(err2);
          }
          const precision = stat.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
          Object.defineProperty(fs, cacheSymbol, { value: precision });
          callback(null, stat.mtime, precision);
        });
      });
    }
    function getMtime(precision) {
      let now = Date.now();
      if (precision === "s") {
        now = Math.ceil(now / 1e3) * 1e3;
      }
      return new Date(now);
    }
    module2.exports.probe = probe;
    module2.exports.getMtime = getMtime;
  }
});

// node_modules/proper-lockfile/lib/lockfile.js
var require_lockfile = __commonJS({
  "node_modules/proper-lockfile/lib/lockfile.js"(exports2, module2) {
    "use strict";
    var path = require("path");
    var fs = require_node_fs();
    var retry = require_retry2();
    var onExit = require_signal_exit();
    var mtimePrecision = require_mtime_precision();
    var locks = {};
    function getLockFile(file, options) {
      return options.lockfilePath || `${file}.lock`;
    }
    function resolveCanonicalPath(file, options, callback) {
      if (!options.realpath) {
        return callback(null, path.resolve(file));
      }
      options.fs.realpath(file, callback);
    }
    function acquireLock(file, options, callback) {
      const lockfilePath = getLockFile(file, options);
      options.fs.mkdir(lockfilePath, (err) => {
        if (!err) {
          return mtimePrecision.probe(lockfilePath, options.fs, (err2, mtime, mtimePrecision2) => {
            if (err2) {
              options.fs.rmdir(lockfilePath, () => {
              });
              return callback(err2);
            }
            callback(null, mtime, mtimePrecision2);
          });
        }
        if (err.code !== "EEXIST") {
          return callback(err);
        }
        if (options.stale <= 0) {
          return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
        }
        options.fs.stat(lockfilePath, (err2, stat) => {
          if (err2) {
            if (err2.code === "ENOENT") {
              return acquireLock(file, { ...options, stale: 0 }, callback);
            }
            return callback(err2);
          }
          if (!isLockStale(stat, options)) {
            return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
          }
          removeLock(file, options, (err3) => {
            if (err3) {
              return callback(err3);
            }
            acquireLock(file, { ...options, stale: 0 }, callback);
          });
        });
      });
    }
    function isLockStale(stat, options) {
      return stat.mtime.getTime() < Date.now() - options.stale;
    }
    function removeLock(file, options, callback) {
      options.fs.rmdir(getLockFile(file, options), (err) => {
        if (err && err.code !== "ENOENT") {
          return callback(err);
        }
        callback();
      });
    }
    function updateLock(file, options) {
      const lock2 = locks[file];
      if (lock2.updateTimeout) {
        return;
      }
      lock2.updateDelay = lock2.updateDelay || options.update;
      lock2.updateTimeout = setTimeout(() => {
        lock2.updateTimeout = null;
        options.fs.stat(lock2.lockfilePath, (err, stat) => {
          const isOverThreshold = lock2.lastUpdate + options.stale < Date.now();
          if (err) {
            if (err.code === "ENOENT" || isOverThreshold) {
              return setLockAsCompromised(file, lock2, Object.assign(err, { code: "ECOMPROMISED" }));
            }
            lock2.updateDelay = 1e3;
            return updateLock(file, options);
          }
          const isMtimeOurs = lock2.mtime.getTime() === stat.mtime.getTime();
          if (!isMtimeOurs) {
            return setLockAsCompromised(
              file,
              lock2,
              Object.assign(
                new Error("Unable to update lock within the stale threshold"),
                { code: "ECOMPROMISED" }
              )
            );
          }
          const mtime = mtimePrecision.getMtime(lock2.mtimePrecision);
          options.fs.utimes(lock2.lockfilePath, mtime, mtime, (err2) => {
            const isOverThreshold2 = lock2.lastUpdate + options.stale < Date.now();
            if (lock2.released) {
              return;
            }
            if (err2) {
              if (err2.code === "ENOENT" || isOverThreshold2) {
                return setLockAsCompromised(file, lock2, Object.assign(err2, { code: "ECOMPROMISED" }));
              }
              lock2.updateDelay = 1e3;
              return updateLock(file, options);
            }
            lock2.mtime = mtime;
            lock2.lastUpdate = Date.now();
            lock2.updateDelay = null;
            updateLock(file, options);
          });
        });
      }, lock2.updateDelay);
      if (lock2.updateTimeout.unref) {
        lock2.updateTimeout.unref();
      }
    }
    function setLockAsCompromised(file, lock2, err) {
      lock2.released = true;
      if (lock2.updateTimeout) {
        clearTimeout(lock2.updateTimeout);
      }
      if (locks[file] === lock2) {
        delete locks[file];
      }
      lock2.options.onCompromised(err);
    }
    function lock(file, options, callback) {
      options = {
        stale: 1e4,
        update: null,
        realpath: true,
        retries: 0,
        fs,
        onCompromised: (err) => {
          throw err;
        },
        ...options
      };
      options.retries = options.retries || 0;
      options.retries = typeof options.retries === "number" ? { retries: options.retries } : options.retries;
      options.stale = Math.max(options.stale || 0, 2e3);
      options.update = options.update == null ? options.stale / 2 : options.update || 0;
      options.update = Math.max(Math.min(options.update, options.stale / 2), 1e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        const operation = retry.operation(options.retries);
        operation.attempt(() => {
          acquireLock(file2, options, (err2, mtime, mtimePrecision2) => {
            if (operation.retry(err2)) {
              return;
            }
            if (err2) {
              return callback(operation.mainError());
            }
            const lock2 = locks[file2] = {
              lockfilePath: getLockFile(file2, options),
              mtime,
              mtimePrecision: mtimePrecision2,
              options,
              lastUpdate: Date.now()
            };
            updateLock(file2, options);
            callback(null, (releasedCallback) => {
              if (lock2.released) {
                return releasedCallback && releasedCallback(Object.assign(new Error("Lock is already released"), { code: "ERELEASED" }));
              }
              unlock(file2, { ...options, realpath: false }, releasedCallback);
            });
          });
        });
      });
    }
    function unlock(file, options, callback) {
      options = {
        fs,
        realpath: true,
        ...options
      };
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        const lock2 = locks[file2];
        if (!lock2) {
          return callback(Object.assign(new Error("Lock is not acquired/owned by you"), { code: "ENOTACQUIRED" }));
        }
        lock2.updateTimeout && clearTimeout(lock2.updateTimeout);
        lock2.released = true;
        delete locks[file2];
        removeLock(file2, options, callback);
      });
    }
    function check(file, options, callback) {
      options = {
        stale: 1e4,
        realpath: true,
        fs,
        ...options
      };
      options.stale = Math.max(options.stale || 0, 2e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        options.fs.stat(getLockFile(file2, options), (err2, stat) => {
          if (err2) {
            return err2.code === "ENOENT" ? callback(null, false) : callback(err2);
          }
          return callback(null, !isLockStale(stat, options));
        });
      });
    }
    function getLocks() {
      return locks;
    }
    onExit(() => {
      for (const file in locks) {
        const options = locks[file].options;
        try {
          options.fs.rmdirSync(getLockFile(file, options));
        } catch (e) {
        }
      }
    });
    module2.exports.lock = lock;
    module2.exports.unlock = unlock;
    module2.exports.check = check;
    module2.exports.getLocks = getLocks;
  }
});

// node_modules/proper-lockfile/lib/adapter.js
var require_adapter = __commonJS({
  "node_modules/proper-lockfile/lib/adapter.js"(exports2, module2) {
    "use strict";
    var fs = require_node_fs();
    function createSyncFs(fs2) {
      const methods = ["mkdir", "realpath", "stat", "rmdir", "utimes"];
      const newFs = { ...fs2 };
      methods.forEach((method) => {
        newFs[method] = (...args) => {
          const callback = args.pop();
          let ret;
          try {
            ret = fs2[`${method}Sync`](...args);
          } catch (err) {
            return callback(err);
          }
          callback(null, ret);
        };
      });
      return newFs;
    }
    function toPromise(method) {
      return (...args) => new Promise((resolve3, reject) => {
        args.push((err, result2) => {
          if (err) {
            reject(err);
          } else {
            resolve3(result2);
          }
        });
        method(...args);
      });
    }
    function toSync(method) {
      return (...args) => {
        let err;
        let result2;
        args.push((_err, _result) => {
          err = _err;
          result2 = _result;
        });
        method(...args);
        if (err) {
          throw err;
        }
        return result2;
      };
    }
    function toSyncOptions(options) {
      options = { ...options };
      options.fs = createSyncFs(options.fs || fs);
      if (typeof options.retries === "number" && options.retries > 0 || options.retries && typeof options.retries.retries === "number" && options.retries.retries > 0) {
        throw Object.assign(new Error("Cannot use retries with the sync api"), { code: "ESYNC" });
      }
      return options;
    }
    module2.exports = {
      toPromise,
      toSync,
      toSyncOptions
    };
  }
});

// node_modules/proper-lockfile/index.js
var require_proper_lockfile = __commonJS({
  "node_modules/proper-lockfile/index.js"(exports2, module2) {
    "use strict";
    var lockfile2 = require_lockfile();
    var { toPromise, toSync, toSyncOptions } = require_adapter();
    async function lock(file, options) {
      const release2 = await toPromise(lockfile2.lock)(file, options);
      return toPromise(release2);
    }
    function lockSync(file, options) {
      const release2 = toSync(lockfile2.lock)(file, toSyncOptions(options));
      return toSync(release2);
    }
    function unlock(file, options) {
      return toPromise(lockfile2.unlock)(file, options);
    }
    function unlockSync(file, options) {
      return toSync(lockfile2.unlock)(file, toSyncOptions(options));
    }
    function check(file, options) {
      return toPromise(lockfile2.check)(file, options);
    }
    function checkSync(file, options) {
      return toSync(lockfile2.check)(file, toSyncOptions(options));
    }
    module2.exports = lock;
    module2.exports.lock = lock;
    module2.exports.unlock = unlock;
    module2.exports.lockSync = lockSync;
    module2.exports.unlockSync = unlockSync;
    module2.exports.check = check;
    module2.exports.checkSync = checkSync;
  }
});

// lib/core/lock.js
function judgeLock(prev, stat, now, staleMs) {
  const unchanged2 = prev !== void 0 && sameLock(prev.seen, stat);
  const sighting = unchanged2 ? prev : { seen: stat, since: now.mono, changedAt: prev ? now.mono : void 0 };
  let abandonedAt = sighting.since + staleMs;
  const age = now.wall - stat.mtimeMs;
  if (age >= 0)
    abandonedAt = Math.min(abandonedAt, now.mono + staleMs - age);
  return { sighting, abandonedAt };
}
function lockTimeoutMessage(lockfilePath, o, mono) {
  const head = `timed out after ${secs(o.timeoutMs)} waiting for the lock ${lockfilePath}`;
  const changedAt = o.sighting?.changedAt;
  if (changedAt !== void 0)
    return `${head}: another extids is writing (it refreshed the lock ${secs(mono - changedAt)} ago, so it is alive). Try again when it has finished; a lock whose holder is gone is taken over once it goes ${secs(o.staleMs)} without a refresh.`;
  return `${head}: nothing refreshed it while this command waited, so its holder may be gone. A command that waits ${secs(o.staleMs)} (the stale time) for it takes it over if nothing refreshes it meanwhile; this wait was shorter than that.`;
}
function lockWaitMessage(lockfilePath, o, mono) {
  const head = `waiting for the lock ${lockfilePath}`;
  const { changedAt, since } = o.sighting;
  if (changedAt !== void 0)
    return `${head}: another extids is writing (it refreshed the lock ${secs(mono - changedAt)} ago); waiting up to ${secs(o.deadline - mono)} more`;
  const quiet2 = `${head}: nothing has refreshed it for ${secs(mono - since)}`;
  if (o.abandonedAt <= o.deadline)
    return `${quiet2}; if its holder is gone, it is taken over in ${secs(o.abandonedAt - mono)}`;
  return `${quiet2}; this command gives up in ${secs(o.deadline - mono)}, before it could call the lock abandoned (in ${secs(o.abandonedAt - mono)})`;
}
function statLock(path) {
  try {
    const { dev, ino, mtimeMs } = (0, import_node_fs5.statSync)(path);
    return { dev, ino, mtimeMs };
  } catch {
    return void 0;
  }
}
function takeOver(lockfilePath, abandoned) {
  const aside = tempName(lockfilePath);
  try {
    (0, import_node_fs5.renameSync)(lockfilePath, aside);
  } catch {
    return;
  }
  const moved = statLock(aside);
  if (moved && !sameLock(moved, abandoned)) {
    try {
      (0, import_node_fs5.renameSync)(aside, lockfilePath);
      return;
    } catch {
    }
  }
  (0, import_node_fs5.rmSync)(aside, { recursive: true, force: true });
}
async function withLock(dir, opts, fn) {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_LOCK.timeoutMs;
  const staleMs = Math.max(opts.staleMs ?? DEFAULT_LOCK.staleMs, 2e3);
  const lockfilePath = (0, import_node_path7.join)(dir, LOCK_NAME);
  let compromised;
  const started = import_node_perf_hooks.performance.now();
  const deadline = started + timeoutMs;
  let told = false;
  let delay = 5;
  let sighting;
  let abandonedAt;
  let release2;
  for (; ; ) {
    try {
      release2 = await import_proper_lockfile.default.lock(dir, {
        lockfilePath,
        // Node's fs, not graceful-fs: a lock makes a handful of calls, never enough to meet
        // EMFILE, and the CLI bundle then need not load graceful-fs at all (scripts/bundle.mjs).
        // The module object, not a namespace import: proper-lockfile caches a value on it.
        fs: import_node_fs5.default,
        // Staleness is judged here (judgeLock), never by proper-lockfile's timestamp rule; it
        // only refreshes the mtime, every staleMs / 2, while this process holds the lock.
        stale: Number.MAX_SAFE_INTEGER,
        update: staleMs / 2,
        realpath: false,
        retries: 0,
        onCompromised: (err) => {
          compromised = err;
        }
      });
      break;
    } catch (err) {
      const code = err.code;
      if (code !== "ELOCKED") {
        if (code === "ENOTDIR")
          throw new ExtidsError("NOT_A_DIRECTORY", `${dir} is not a directory`, { file: dir });
        throw new ExtidsError("UNREADABLE", `cannot lock ${dir}: ${describeFsError(err)}`, {
          file: dir,
          cause: err
        });
      }
    }
    const stat = statLock(lockfilePath);
    const mono = import_node_perf_hooks.performance.now();
    if (stat) {
      ({ sighting, abandonedAt } = judgeLock(sighting, stat, { mono, wall: Date.now() }, staleMs));
      if (mono >= abandonedAt) {
        takeOver(lockfilePath, stat);
        sighting = void 0;
        continue;
      }
      if (!told && mono - started >= QUIET_WAIT_MS && mono + delay <= deadline) {
        told = true;
        opts.onWait?.(lockWaitMessage(lockfilePath, { deadline, sighting, abandonedAt }, mono));
      }
    }
    if (mono + delay > deadline)
      throw new ExtidsError("LOCK_TIMEOUT", lockTimeoutMessage(lockfilePath, { timeoutMs, staleMs, sighting }, mono), { file: lockfilePath });
    const pause = delay * (0.5 + Math.random());
    await sleep(abandonedAt === void 0 ? pause : Math.min(pause, Math.max(1, abandonedAt - mono)));
    delay = Math.min(delay * 1.6, 250);
  }
  const acquired = Date.now();
  const mine = statLock(lockfilePath);
  const lost = `nothing more was written; run \`extids repair\`: it writes into any task file the external IDs the mapping file already holds for it (the files this command had not reached yet)`;
  const held = {
    assertHeld() {
      if (compromised)
        throw new ExtidsError("LOCK_COMPROMISED", `the lock ${lockfilePath} was lost (${compromised.message}); ${lost}`, { file: lockfilePath });
      const now = statLock(lockfilePath);
      if (!now || !mine || dirOf(now) !== dirOf(mine))
        throw new ExtidsError("LOCK_COMPROMISED", `the lock ${lockfilePath} ${now ? "was taken over by another process" : "disappeared"}; ${lost}`, { file: lockfilePath });
      if (Date.now() - Math.max(acquired, now.mtimeMs) > staleMs * 0.8)
        throw new ExtidsError("LOCK_COMPROMISED", `held the lock ${lockfilePath} too long without refreshing it; ${lost}`, { file: lockfilePath });
    }
  };
  try {
    return await fn(held);
  } finally {
    await release2().catch(() => {
    });
  }
}
var import_node_fs5, import_node_path7, import_node_perf_hooks, import_proper_lockfile, LOCK_NAME, DEFAULT_LOCK, QUIET_WAIT_MS, sameLock, secs, sleep, dirOf;
var init_lock = __esm({
  "lib/core/lock.js"() {
    "use strict";
    import_node_fs5 = __toESM(require("node:fs"), 1);
    import_node_path7 = require("node:path");
    import_node_perf_hooks = require("node:perf_hooks");
    import_proper_lockfile = __toESM(require_proper_lockfile(), 1);
    init_atomic();
    init_findings();
    LOCK_NAME = ".extids.lock";
    DEFAULT_LOCK = { timeoutMs: 15e3, staleMs: 5e3 };
    QUIET_WAIT_MS = 1e3;
    sameLock = (a, b2) => a.dev === b2.dev && a.ino === b2.ino && a.mtimeMs === b2.mtimeMs;
    secs = (ms2) => `${(Math.max(0, ms2) / 1e3).toFixed(1)}s`;
    sleep = (ms2) => new Promise((r) => setTimeout(r, ms2));
    dirOf = (s) => `${s.dev}:${s.ino}`;
  }
});

// lib/core/ledger.js
var refKey, Ledger;
var init_ledger = __esm({
  "lib/core/ledger.js"() {
    "use strict";
    init_findings();
    init_ids();
    init_state();
    refKey = (tool, externalId) => `${tool}\0${externalId}`;
    Ledger = class _Ledger {
      mappings;
      mappingsChanged = false;
      /** At least the highest number in use or retired, per tool and key: the next is always free. */
      counters;
      idPattern;
      index;
      constructor(mappings, counters, opts = {}) {
        this.mappings = mappings;
        this.idPattern = opts.idPattern ?? DEFAULT_INTERNAL_ID;
        this.counters = maxCounters(counters, opts.highest ?? highestUsed(mappings), highestOf(opts.retired ?? []));
      }
      /** The per-tool maximum of several counter sets. */
      static maxOf(all) {
        return maxCounters(...all);
      }
      get(internalId) {
        return hasOwn(this.mappings, internalId) ? this.mappings[internalId] : void 0;
      }
      /** Reverse lookup through an index built once per transaction. */
      find(tool, externalId) {
        return this.reverse().get(refKey(tool, externalId));
      }
      reverse() {
        if (!this.index) {
          this.index = /* @__PURE__ */ new Map();
          for (const id in this.mappings) {
            const entry = this.mappings[id];
            for (const t in entry) {
              const k2 = refKey(t, entry[t]);
              if (!this.index.has(k2))
                this.index.set(k2, id);
            }
          }
        }
        return this.index;
      }
      checkInternalId(internalId) {
        if (!this.idPattern.test(internalId))
          throw new ExtidsError("INVALID_ID", `"${internalId}" is not a task ID of a known shape (e.g. TASK-7A96, TASK-E01-b2c4, EPIC-001)`);
      }
      static normalizeKey(tool, key) {
        if (!isKeyedTool(tool))
          return void 0;
        const k2 = key?.trim().toUpperCase();
        if (!k2 || !PROJECT_KEY.test(k2))
          throw new ExtidsError("INVALID_ID", `${TOOL_LABEL[tool]} needs a ${tool === "jira" ? "project" : "team"} key like PROJ${key ? `, not "${key}"` : ""}`);
        return k2;
      }
      /** Idempotent: an existing mapping is returned, never re-allocated. */
      assign(internalId, tool, key) {
        this.checkInternalId(internalId);
        const k2 = _Ledger.normalizeKey(tool, key);
        const existing = this.get(internalId)?.[tool];
        if (existing !== void 0)
          return { internalId, tool, externalId: existing, created: false };
        const externalId = this.allocate(tool, k2);
        this.record(internalId, tool, externalId, parseExternalId(tool, externalId));
        return { internalId, tool, externalId, created: true };
      }
      /**
       * A number never handed out before: advances the counter. The constructor raised the counters
       * to every number in use, so the next number is free without a lookup; the reverse index, once
       * built for other reasons, double-checks it for free.
       */
      allocate(tool, key) {
        const k2 = _Ledger.normalizeKey(tool, key);
        let externalId;
        do
          externalId = formatExternalId(tool, this.next(tool, k2), k2);
        while (this.index !== void 0 && this.find(tool, externalId) !== void 0);
        return externalId;
      }
      next(tool, key) {
        if (tool === "jira" || tool === "linear") {
          const c = this.counters[tool];
          const n = (hasOwn(c, key) ? c[key] : 0) + 1;
          c[key] = n;
          return n;
        }
        const t = tool;
        return ++this.counters[t];
      }
      /** Records an external ID decided elsewhere (adopted from frontmatter, renumbered by repair). */
      put(internalId, tool, externalId) {
        const parsed = parseExternalId(tool, externalId);
        if (!parsed)
          throw new ExtidsError("INVALID_ID", `"${externalId}" is not a ${TOOL_LABEL[tool]} ID`);
        const holder = this.find(tool, externalId);
        if (holder !== void 0 && holder !== internalId)
          throw new ExtidsError("INVALID_ID", `${externalId} (${TOOL_LABEL[tool]}) is already held by ${holder}`);
        this.record(internalId, tool, externalId, parsed);
      }
      /** Writes the mapping and raises the counter; the caller has made sure nobody else holds it. */
      record(internalId, tool, externalId, parsed) {
        if (!hasOwn(this.mappings, internalId))
          this.mappings[internalId] = {};
        const entry = this.mappings[internalId];
        const old = entry[tool];
        if (old === externalId)
          return;
        entry[tool] = externalId;
        this.index?.set(refKey(tool, externalId), internalId);
        this.raise(tool, parsed.number, parsed.key);
        this.mappingsChanged = true;
      }
      /** The last number handed out for `tool` (and its key): 0 before the first. */
      counter(tool, key) {
        if (tool === "jira" || tool === "linear") {
          const c = this.counters[tool];
          return hasOwn(c, key) ? c[key] : 0;
        }
        return this.counters[tool];
      }
      /** Raises a counter to at least `n`; never lowers it (a number once handed out stays used). */
      raiseCounter(tool, n, key) {
        this.raise(tool, n, _Ledger.normalizeKey(tool, key));
      }
      raise(tool, n, key) {
        if (tool === "jira" || tool === "linear") {
          const c = this.counters[tool];
          if (!hasOwn(c, key) || c[key] < n)
            c[key] = n;
        } else if (this.counters[tool] < n)
          this.counters[tool] = n;
      }
    };
  }
});

// lib/core/root.js
function refuseOutside(what, dir, root) {
  if (!isInside(root, dir))
    throw new ExtidsError("OUTSIDE_ROOT", `the ${what} ${dir} is outside the repository ${root}; extids reads and writes only inside the repository, whose tasks and ledger are committed together`, { file: dir });
}
function checkTopLevel(s, top, door = {}) {
  const ownState = (0, import_node_fs6.existsSync)(s.configFile) || (0, import_node_fs6.existsSync)(s.stateDir);
  if (top && real(top) !== real(s.root) && !ownState)
    throw new ExtidsError("NOT_TOP_LEVEL", `${s.root} is not the repository's top level; its top level is ${top} (run extids there, or ${(door.rootInput ?? cliRootInput)(top)})`, { file: s.root });
}
function checkRoot(s, door = {}, top = new Git(s.root).topLevel()) {
  checkTopLevel(s, top, door);
  refuseOutside("tasks directory", s.tasksDir, s.root);
  if (!hasExtidsFiles(s))
    throw new ExtidsError("NOTHING_HERE", `found neither a tasks directory (${relPath(s.root, s.tasksDir) || "."}) nor state files (${relPath(s.root, s.stateDir)}) nor a config (${CONFIG_FILE}) in ${s.root}${door.hint ?? ""}`, { file: s.root });
}
var import_node_fs6, import_node_path8, hasExtidsFiles, real, cliRootInput;
var init_root = __esm({
  "lib/core/root.js"() {
    "use strict";
    import_node_fs6 = require("node:fs");
    import_node_path8 = require("node:path");
    init_findings();
    init_git();
    init_paths();
    hasExtidsFiles = (s) => (0, import_node_fs6.existsSync)(s.tasksDir) || (0, import_node_fs6.existsSync)(s.configFile) || Object.values(STATE_FILE).some((f) => (0, import_node_fs6.existsSync)((0, import_node_path8.join)(s.stateDir, f)));
    real = (p) => {
      try {
        return (0, import_node_fs6.realpathSync)(p);
      } catch {
        return p;
      }
    };
    cliRootInput = (top) => `pass --root ${top}`;
  }
});

// lib/core/store.js
function readStateFile(kind, path, opts = {}) {
  const file = displayPath(path, opts.root);
  const now = isoStamp((opts.now ?? (() => /* @__PURE__ */ new Date()))());
  const unreadable2 = (message) => ({
    kind,
    file,
    status: "unreadable",
    steps: [],
    enveloped: true,
    findings: [finding("error", "UNREADABLE", message, { file })]
  });
  let st;
  try {
    st = nodeFs5.lstatSync(path);
  } catch (err) {
    if (err.code === "ENOENT")
      return missingStateFile(kind, file);
    return unreadable2(`cannot be read: ${describeFsError(err)}`);
  }
  if (st.isSymbolicLink()) {
    let target = "?";
    try {
      target = nodeFs5.realpathSync(path);
    } catch {
    }
    return unreadable2(`is a symbolic link (to ${target}); extids reads and writes only regular files in the state directory, so it leaves it alone. Replace it with the file itself.`);
  }
  if (!st.isFile())
    return unreadable2(`is not a regular file${st.isDirectory() ? " (it is a directory)" : ""}`);
  if (st.size > MAX_STATE_BYTES)
    return unreadable2(`is ${(st.size / 1048576).toFixed(0)} MiB, over the ${MAX_STATE_BYTES / 1048576} MiB extids reads`);
  let text;
  try {
    text = utf8.decode((opts.fs ?? realFs).readFileSync(path));
  } catch (err) {
    if (err instanceof TypeError) {
      return {
        kind,
        file,
        status: "corrupt",
        steps: [],
        enveloped: true,
        findings: [finding("error", "PARSE_ERROR", "is not valid UTF-8 text", { file })]
      };
    }
    return unreadable2(`cannot be read: ${describeFsError(err)}`);
  }
  const known = opts.parsed?.find((p) => p.kind === kind && p.status === "valid" && p.file === file && p.text === text);
  return known ?? parseStateText(kind, text, file, now);
}
function checkStateDir(dir, root) {
  const show = displayPath(dir, root);
  if (root)
    refuseOutside("state directory", dir, root);
  try {
    const st = nodeFs5.statSync(dir);
    if (!st.isDirectory())
      throw new ExtidsError("NOT_A_DIRECTORY", `the state directory ${show} is not a directory`, {
        file: dir
      });
    if (root && isInside(root, dir) && !isInside(nodeFs5.realpathSync(root), nodeFs5.realpathSync(dir)))
      throw new ExtidsError("OUTSIDE_ROOT", `the state directory ${show} leads outside the repository (to ${nodeFs5.realpathSync(dir)}); extids reads and writes state only inside ${root}`, { file: dir });
    return "ok";
  } catch (err) {
    if (err instanceof ExtidsError)
      throw err;
    if (err.code === "ENOENT")
      return "missing";
    if (err.code === "ENOTDIR")
      throw new ExtidsError("NOT_A_DIRECTORY", `the state directory ${show} is not a directory (a file is in its path)`, {
        file: dir
      });
    throw new ExtidsError("UNREADABLE", `cannot read the state directory ${show}: ${describeFsError(err)}`, { file: dir });
  }
}
function readState(opts) {
  checkStateDir(opts.stateDir, opts.root);
  const paths = statePaths(opts.stateDir);
  return {
    paths,
    mapping: readStateFile("mapping", paths.mapping, opts),
    counters: readStateFile("counters", paths.counters, opts)
  };
}
function blockingFindings(s) {
  return [s.mapping, s.counters].filter((f) => !usable.has(f.status)).flatMap((f) => f.findings.filter((x2) => x2.severity === "error"));
}
function writeStateFile(ctx, plan2) {
  const text = canonicalJson(plan2.data);
  const { before } = plan2;
  if (before.text === text)
    return;
  const show = (p) => displayPath(p, ctx.opts.root);
  const stamp = fileStamp(ctx.now);
  ctx.lock.assertHeld();
  if (before.status === "valid" || before.status === "legacy")
    keepCopy(plan2.path, `${plan2.path}.bak`, ctx.fs);
  if (before.status === "legacy") {
    const orig = freshName(plan2.path, "pre-migration", stamp, ctx.fs);
    keepCopy(plan2.path, orig, ctx.fs);
    ctx.changes.push({ kind: "original-kept", file: show(orig), why: "pre-migration" });
  }
  if (before.status === "corrupt") {
    const q2 = freshName(plan2.path, "corrupt", stamp, ctx.fs);
    keepCopy(plan2.path, q2, ctx.fs);
    ctx.changes.push({ kind: "original-kept", file: show(q2), why: "corrupt" });
  }
  ctx.lock.assertHeld();
  writeFileAtomic(plan2.path, text, { fs: ctx.fs });
  ctx.changes.push({
    kind: "state-written",
    file: show(plan2.path),
    how: before.status === "missing" ? "created" : before.status === "legacy" ? "migrated" : before.status === "corrupt" ? "rebuilt" : "updated"
  });
}
async function locked(opts, body) {
  if (checkStateDir(opts.stateDir, opts.root) === "missing") {
    try {
      nodeFs5.mkdirSync(opts.stateDir, { recursive: true });
    } catch (err) {
      throw new ExtidsError("UNREADABLE", `cannot create the state directory ${opts.stateDir}: ${describeFsError(err)}`, { file: opts.stateDir });
    }
  }
  const fs = opts.fs ?? realFs;
  return withLock(opts.stateDir, opts.lock ?? {}, async (lock) => {
    sweepTemps(opts.stateDir, fs);
    const ctx = {
      snapshot: readState(opts),
      lock,
      now: (opts.now ?? (() => /* @__PURE__ */ new Date()))(),
      fs,
      changes: [],
      opts
    };
    const value = await body(ctx);
    return { value, changes: ctx.changes };
  });
}
async function transaction(opts, fn) {
  const { value, changes } = await locked(opts, async (ctx) => {
    const blocking = blockingFindings(ctx.snapshot);
    if (blocking.length)
      throw new ExtidsError("STATE_INVALID", `the state files cannot be used as they are (${blocking[0].file}: ${blocking[0].message}); run \`extids repair\``, { findings: blocking });
    const { mapping, counters } = ctx.snapshot;
    const fileCounters = counters.data?.counters ?? emptyCounters();
    const ledger = new Ledger(mapping.data?.mappings ?? {}, fileCounters, {
      highest: mapping.analysis?.highest
    });
    const pending = [];
    const result2 = await fn(ledger, { writeAfter: (w2) => pending.push(w2) });
    commitLedger(ctx, ledger, fileCounters);
    await writePending(ctx, pending);
    return result2;
  });
  return { value, changes };
}
async function writePending(ctx, writes) {
  const dirs = /* @__PURE__ */ new Set();
  for (let i = 0; i < writes.length; i += 64) {
    const batch = writes.slice(i, i + 64);
    await new Promise((r) => setImmediate(r));
    ctx.lock.assertHeld();
    await writeFilesAtomic(batch.map((w2) => ({ path: w2.path, data: w2.text })), { fs: ctx.fs });
    for (const w2 of batch) {
      dirs.add((0, import_node_path9.dirname)(w2.path));
      ctx.changes.push({
        kind: "task-written",
        file: displayPath(w2.path, ctx.opts.root),
        task: w2.task,
        externalIds: w2.externalIds
      });
    }
  }
  for (const d2 of dirs) {
    try {
      fsyncDir(d2, ctx.fs);
    } catch (err) {
      throw new ExtidsError("WRITE_FAILED", `wrote the task files in ${displayPath(d2, ctx.opts.root)} but could not flush the directory: ${describeFsError(err)}`, { file: d2, cause: err });
    }
  }
}
function commitLedger(ctx, ledger, fileCounters) {
  const { mapping, counters } = ctx.snapshot;
  const stamp = isoStamp(ctx.now);
  const countersChanged = !countersEqual(fileCounters, ledger.counters);
  if (countersChanged)
    writeStateFile(ctx, {
      kind: "counters",
      path: ctx.snapshot.paths.counters,
      before: counters,
      data: { counters: cloneCounters(ledger.counters), updated: stamp, version: FORMAT_VERSION }
    });
  if (ledger.mappingsChanged)
    writeStateFile(ctx, {
      kind: "mapping",
      path: ctx.snapshot.paths.mapping,
      before: mapping,
      data: { mappings: ledger.mappings, updated: stamp, version: FORMAT_VERSION }
    });
}
var nodeFs5, import_node_path9, statePaths, MAX_STATE_BYTES, utf8, usable;
var init_store = __esm({
  "lib/core/store.js"() {
    "use strict";
    nodeFs5 = __toESM(require("node:fs"), 1);
    import_node_path9 = require("node:path");
    init_canonical();
    init_findings();
    init_parse3();
    init_atomic();
    init_lock();
    init_schema();
    init_ledger();
    init_state();
    init_paths();
    init_root();
    statePaths = (dir) => ({
      dir,
      mapping: (0, import_node_path9.join)(dir, MAPPING_FILE),
      counters: (0, import_node_path9.join)(dir, COUNTERS_FILE)
    });
    MAX_STATE_BYTES = 256 * 1024 * 1024;
    utf8 = new TextDecoder("utf-8", { fatal: true });
    usable = /* @__PURE__ */ new Set(["missing", "valid", "legacy"]);
  }
});

// lib/core/renumber.js
function renumberDuplicates(ledger, seniority) {
  const out = [];
  for (const d2 of findDuplicateExternalIds(ledger.mappings)) {
    const [keptBy, ...others] = [...d2.holders].sort(seniority);
    for (const internalId of others) {
      const to = ledger.allocate(d2.tool, parseExternalId(d2.tool, d2.externalId)?.key);
      ledger.put(internalId, d2.tool, to);
      out.push({ internalId, tool: d2.tool, from: d2.externalId, to, keptBy });
    }
  }
  return out;
}
var init_renumber = __esm({
  "lib/core/renumber.js"() {
    "use strict";
    init_ids();
    init_state();
  }
});

// lib/core/merge.js
function mergeState(input) {
  const { ours, theirs } = input;
  const base = input.base ?? {};
  const notes = [];
  const conflicts = [];
  const retired = [];
  const mappings = {};
  const ids = [.../* @__PURE__ */ new Set([...Object.keys(ours), ...Object.keys(theirs)])].sort();
  for (const id of ids) {
    const a = hasOwn(ours, id) ? ours[id] : {};
    const b2 = hasOwn(theirs, id) ? theirs[id] : {};
    const o = hasOwn(base, id) ? base[id] : {};
    const entry = {};
    for (const tool of TOOLS) {
      const x2 = a[tool];
      const y2 = b2[tool];
      const was = o[tool];
      if (x2 === y2 || y2 === void 0) {
        if (x2 !== void 0)
          entry[tool] = x2;
      } else if (x2 === void 0)
        entry[tool] = y2;
      else if (x2 === was || y2 === was) {
        entry[tool] = x2 === was ? y2 : x2;
        notes.push({ kind: "took-change", task: id, tool, value: entry[tool], was });
      } else if (was !== void 0) {
        conflicts.push({ task: id, tool, was, values: [x2, y2].sort() });
        entry[tool] = [x2, y2].sort(byNumber(tool))[0];
      } else {
        const [kept, dropped] = [x2, y2].sort(byNumber(tool));
        entry[tool] = kept;
        notes.push({ kind: "kept-lower", task: id, tool, kept, retired: dropped });
      }
      for (const side of [x2, y2])
        if (side !== void 0 && side !== entry[tool])
          retired.push({ tool, externalId: side });
    }
    mappings[id] = entry;
  }
  const used = [base, ours, theirs].map(highestUsed);
  const ledger = new Ledger(mappings, Ledger.maxOf([...input.counters, ...used]), { retired });
  const renumbered = renumberDuplicates(ledger, input.seniority);
  return { mappings, counters: ledger.counters, notes, renumbered, conflicts };
}
function mergedFiles(r, ours, theirs) {
  const updated = laterStamp(ours.updated, theirs.updated);
  return {
    mapping: { mappings: r.mappings, updated, version: FORMAT_VERSION },
    counters: { counters: r.counters, updated, version: FORMAT_VERSION }
  };
}
var byNumber, laterStamp;
var init_merge = __esm({
  "lib/core/merge.js"() {
    "use strict";
    init_ids();
    init_ledger();
    init_renumber();
    init_schema();
    init_state();
    byNumber = (tool) => (a, b2) => {
      const x2 = parseExternalId(tool, a);
      const y2 = parseExternalId(tool, b2);
      return (x2?.number ?? 0) - (y2?.number ?? 0) || (a < b2 ? -1 : a > b2 ? 1 : 0);
    };
    laterStamp = (...stamps) => stamps.filter((s) => !!s).sort().at(-1) ?? (/* @__PURE__ */ new Date(0)).toISOString();
  }
});

// lib/core/sync/links.js
function migrateLinks(json) {
  const o = json;
  if (o?.version !== FORMAT_VERSION || typeof o.links !== "object" || o.links === null)
    return { json, migrated: false };
  const links = {};
  for (const [task, l3] of Object.entries(o.links)) {
    const g = l3?.github;
    if (g && typeof g.id === "number" && typeof g.number === "number") {
      const { id, number: number2, ...rest } = g;
      links[task] = { ...l3, github: { ...rest, id: String(id), key: String(number2) } };
    } else
      links[task] = l3;
  }
  return { json: { ...o, links, version: LINKS_VERSION }, migrated: true };
}
function parseLinksText(text, file) {
  const read2 = readJsonText(text, file, LINKS_FIXES);
  const findings = read2.findings;
  if (read2.json === void 0)
    return { status: "corrupt", links: noLinks(), findings };
  const raw = { json: read2.json, duplicates: read2.duplicates };
  const loc = new Locator(read2.body, true, 4);
  const links = noLinks();
  const { json, migrated } = migrateLinks(read2.json);
  const body = json?.links;
  if (typeof body === "object" && body !== null) {
    for (const key of Object.keys(body))
      if (UNSAFE_KEYS.has(key)) {
        findings.push(finding("error", "UNSAFE_KEY", `has the key "${key}" at links, refused to prevent prototype pollution; ${REBUILD}`, { file, line: loc.line(["links", key]) }));
        delete body[key];
      }
  }
  const r = LinksFileSchema.safeParse(json);
  if (!r.success) {
    for (const issue2 of r.error.issues.slice(0, 10)) {
      const path = issue2.path.map((p) => typeof p === "symbol" ? String(p) : p);
      findings.push(finding("error", "SCHEMA_INVALID", `${path.join(".") || "the top level"}: ${issue2.message}; ${REBUILD}`, { file, line: loc.line(path) }));
    }
    return { status: "corrupt", links, findings, ...raw };
  }
  Object.assign(links, r.data.links);
  const corrupt = findings.some((f) => f.severity === "error");
  return {
    status: corrupt ? "corrupt" : "valid",
    links,
    updated: r.data.updated,
    findings,
    ...migrated && { migrated },
    ...raw
  };
}
function loadLinks(stateDir, file = (0, import_node_path10.join)(stateDir, LINKS_FILE)) {
  const path = (0, import_node_path10.join)(stateDir, LINKS_FILE);
  let text;
  try {
    text = nodeFs6.readFileSync(path, "utf8");
  } catch (err) {
    if (err.code === "ENOENT")
      return { status: "missing", links: noLinks(), findings: [] };
    throw new ExtidsError("UNREADABLE", `cannot read ${file}: ${err.message}`, {
      file
    });
  }
  return parseLinksText(text, file);
}
function linkFindings(links, mappings, file) {
  const out = [];
  for (const [task, byTool] of Object.entries(links))
    for (const tool of TOOLS) {
      const l3 = byTool[tool];
      if (!l3)
        continue;
      const mapped = hasOwn(mappings, task) ? mappings[task][tool] : void 0;
      if (mapped === l3.key)
        continue;
      const name = TOOL_LABEL[tool];
      out.push(finding("warning", "LINK_MISMATCH", mapped === void 0 ? `${task}: links to ${name} ${itemText(tool, l3.key)}, but the mapping has no ${name} ${tool === "github" ? "number" : "key"} for it; the next \`extids sync\` records it` : `${task}: links to ${name} ${itemText(tool, l3.key)}, but the mapping says ${tool} ${mapped}; the next \`extids sync\` relinks it`, { file }));
    }
  return out;
}
function mergeLinks(base, ours, theirs) {
  const o = base?.links ?? noLinks();
  const links = noLinks();
  const dropped = [];
  const tasks = [.../* @__PURE__ */ new Set([...Object.keys(ours.links), ...Object.keys(theirs.links)])].sort();
  for (const task of tasks)
    for (const tool of TOOLS) {
      const x2 = ours.links[task]?.[tool];
      const y2 = theirs.links[task]?.[tool];
      const was = o[task]?.[tool];
      let kept;
      if (sameLink(x2, y2) || y2 === void 0)
        kept = x2;
      else if (x2 === void 0)
        kept = y2;
      else if (sameLink(x2, was))
        kept = y2;
      else if (sameLink(y2, was))
        kept = x2;
      else
        dropped.push({ task, tool });
      if (kept)
        links[task] = { ...links[task], [tool]: kept };
    }
  return { links, updated: laterStamp(ours.updated, theirs.updated), dropped };
}
function repairLinks(parsed, mappings, file) {
  if (parsed.status !== "corrupt")
    return void 0;
  const restart = { links: noLinks(), changes: [{ kind: "links-restarted", file }] };
  const json = parsed.json;
  if (typeof json?.links !== "object" || json.links === null)
    return restart;
  const body = Object.assign(/* @__PURE__ */ Object.create(null), json.links);
  const changes = [];
  const mapped = (task) => hasOwn(mappings, task) ? mappings[task].github : void 0;
  const settled = /* @__PURE__ */ new Set();
  for (const d2 of parsed.duplicates ?? []) {
    if (d2.path[0] !== "links" || d2.path.length < 2)
      continue;
    const task = d2.path[1];
    if (settled.has(task))
      continue;
    settled.add(task);
    const held = d2.occurrences.map((o) => ({
      line: o.line,
      link: d2.path.length === 2 ? o.value?.github : d2.path.length === 3 && d2.path[2] === "github" ? o.value : void 0
    }));
    const asLink = (l3) => {
      const g = l3;
      const v2 = g && typeof g.id === "number" && typeof g.number === "number" ? (({ number: n, ...rest }) => ({ ...rest, id: String(g.id), key: String(n) }))(g) : l3;
      const r2 = LinkSchema.safeParse(v2);
      return r2.success ? r2.data : void 0;
    };
    const number2 = (l3) => {
      const key = asLink(l3)?.key;
      return key === void 0 || !/^\d+$/.test(key) ? void 0 : Number(key);
    };
    const kept = held.find((h) => asLink(h.link) && asLink(h.link).key === mapped(task));
    if (kept)
      body[task] = { github: asLink(kept.link) };
    else
      delete body[task];
    changes.push({
      kind: "link-settled",
      file,
      task,
      ...kept && { kept: { number: number2(kept.link), line: kept.line } },
      dropped: held.filter((h) => h !== kept).map((h) => ({ number: number2(h.link), line: h.line }))
    });
  }
  for (const key of UNSAFE_KEYS)
    delete body[key];
  const r = LinksFileSchema.safeParse(migrateLinks({ ...json, links: body }).json);
  if (!r.success)
    return restart;
  return { links: Object.assign(noLinks(), r.data.links), changes };
}
var nodeFs6, import_node_path10, LinkSchema, LINKS_VERSION, LinksFileSchema, REBUILD, LINKS_FIXES, noLinks, linksText, itemText, sameLink;
var init_links = __esm({
  "lib/core/sync/links.js"() {
    "use strict";
    nodeFs6 = __toESM(require("node:fs"), 1);
    import_node_path10 = require("node:path");
    init_mini();
    init_canonical();
    init_findings();
    init_atomic();
    init_merge();
    init_parse3();
    init_paths();
    init_ids();
    init_schema();
    init_state();
    LinkSchema = strictObject({
      /** The tracker's permanent id (survives moves and renames: a moved Jira issue keeps it). */
      id: string2().check(_minLength(1)),
      /** The key the mapping holds (GitHub `12`, Jira `PROJ-58`, Linear `TEAM-21`, Azure `4123`). */
      key: string2().check(_minLength(1)),
      url: string2(),
      /** The item's content hash as the tracker showed it after extids's last write. */
      hash: string2(),
      /** The content hash of what extids last sent (absent in files written before it existed). */
      sent: optional(string2())
    });
    LINKS_VERSION = "2.0";
    LinksFileSchema = strictObject({
      links: record(string2().check(_minLength(1)), partialRecord(_enum(TOOLS), LinkSchema)),
      updated: string2(),
      version: literal(LINKS_VERSION)
    });
    REBUILD = "`extids repair` keeps the links the mapping file agrees with and quarantines the original (the next `extids sync` links the rest again)";
    LINKS_FIXES = { bom: REBUILD, conflict: REBUILD, duplicate: REBUILD };
    noLinks = () => /* @__PURE__ */ Object.create(null);
    linksText = (links, updated) => canonicalJson({ links, updated, version: LINKS_VERSION });
    itemText = (tool, key) => tool === "github" ? `issue #${key}` : key;
    sameLink = (a, b2) => a === b2 || a !== void 0 && b2 !== void 0 && canonicalJson(a) === canonicalJson(b2);
  }
});

// lib/core/commands/common.js
function unique(findings) {
  const seen = /* @__PURE__ */ new Set();
  return findings.filter((f) => {
    const key = `${f.severity}\0${f.code}\0${f.file}\0${f.line}\0${f.message}`;
    return !seen.has(key) && seen.add(key) !== void 0;
  });
}
async function scan(s, o) {
  if (!(0, import_node_fs7.existsSync)(s.tasksDir))
    return void 0;
  return scanTasks(s.tasksDir, {
    root: s.root,
    exclude: s.exclude,
    onProgress: o.onProgress && ((d2, t) => o.onProgress("reading tasks", d2, t)),
    readAheadFrom: o.readAheadFrom
  });
}
function missingButCommitted(s, snap, tasks = []) {
  const out = [];
  const carrying = tasks.filter((t) => Object.keys(t.externalIds ?? {}).length > 0).length;
  if (snap.mapping.status === "missing" && carrying && s.stateDirGiven)
    out.push(finding("error", "MISSING_FILE", `does not exist, but ${carrying} task file${carrying === 1 ? "" : "s"} already carry external IDs: is the state directory right? (\`extids repair\` rebuilds it from them)`, { file: snap.mapping.file }));
  const git = new Git(s.root);
  for (const f of [snap.mapping, snap.counters]) {
    if (f.status !== "missing")
      continue;
    const rel = relPath(s.root, f.kind === "mapping" ? snap.paths.mapping : snap.paths.counters);
    if (git.show("HEAD", rel) !== void 0)
      out.push(finding("error", "MISSING_FILE", "is missing but committed in git; `extids repair` restores it", { file: f.file }));
  }
  return out;
}
var import_node_fs7, storeOptions, report, countTasks, countMappings, stats;
var init_common = __esm({
  "lib/core/commands/common.js"() {
    "use strict";
    import_node_fs7 = require("node:fs");
    init_findings();
    init_git();
    init_paths();
    init_tasks();
    storeOptions = (s, o) => ({
      stateDir: s.stateDir,
      root: s.root,
      lock: o.lock,
      now: o.now,
      fs: o.fs
    });
    report = (command, findings, extra = {}) => ({
      ok: !hasErrors(findings),
      command,
      findings: unique(findings),
      changes: [],
      assigned: [],
      stats: { mappings: 0, tasks: 0 },
      ...extra
    });
    countTasks = (tasks) => tasks?.filter((t) => t.hasFrontmatter).length ?? 0;
    countMappings = (m2) => m2.analysis?.ids.length ?? Object.keys(m2.data?.mappings ?? m2.salvage?.data.mappings ?? {}).length;
    stats = (m2, tasks) => ({
      mappings: countMappings(m2),
      tasks: countTasks(tasks)
    });
  }
});

// lib/core/commands/validate.js
async function validate2(s, o = {}) {
  const scanning = scan(s, o);
  let early;
  try {
    early = readState(storeOptions(s, o));
  } catch {
  }
  const tasks = await scanning;
  const snap = readState({
    ...storeOptions(s, o),
    parsed: early && [early.mapping, early.counters]
  });
  const linksFile = displayPath((0, import_node_path11.join)(s.stateDir, LINKS_FILE), s.root);
  const links = loadLinks(s.stateDir, linksFile);
  const findings = [
    ...missingButCommitted(s, snap),
    ...diagnose({
      mapping: snap.mapping,
      counters: snap.counters,
      tasks,
      tools: s.tools,
      syncStatuses: s.config.sync?.statuses,
      idPattern: s.idPattern,
      introduced: o.introduced
    }),
    ...links.findings,
    ...links.status === "valid" && snap.mapping.data ? linkFindings(links.links, snap.mapping.data.mappings, linksFile) : []
  ];
  return report("validate", findings, { stats: stats(snap.mapping, tasks) });
}
var import_node_path11;
var init_validate = __esm({
  "lib/core/commands/validate.js"() {
    "use strict";
    import_node_path11 = require("node:path");
    init_diagnose();
    init_paths();
    init_store();
    init_links();
    init_common();
  }
});

// lib/core/commands/migrate.js
async function migrate(s, o = {}) {
  if (o.dryRun) {
    const snap = readState(storeOptions(s, o));
    const changes2 = legacy(snap).map((f) => ({
      kind: "migrated",
      file: f.file,
      steps: f.steps
    }));
    const v3 = await validate2(s, quiet(o));
    return report("migrate", remaining(v3.findings, snap), {
      changes: changes2,
      dryRun: true,
      stats: v3.stats
    });
  }
  const { changes } = await locked(storeOptions(s, o), (ctx) => {
    for (const f of legacy(ctx.snapshot))
      writeStateFile(ctx, {
        kind: f.kind,
        path: ctx.snapshot.paths[f.kind],
        before: f,
        data: { ...f.data, updated: isoStamp(ctx.now) }
      });
  });
  const v2 = await validate2(s, quiet(o));
  return report("migrate", remaining(v2.findings, readState(storeOptions(s, o))), {
    changes,
    stats: v2.stats
  });
}
function remaining(validated, snap) {
  const stateFiles = /* @__PURE__ */ new Set([snap.mapping.file, snap.counters.file]);
  const own2 = [snap.mapping, snap.counters].flatMap((f) => f.findings);
  const tasks = validated.filter((f) => f.file && !stateFiles.has(f.file));
  return [...own2, ...tasks].filter((f) => f.code !== "LEGACY_VERSION" && f.severity !== "info");
}
var legacy, quiet;
var init_migrate2 = __esm({
  "lib/core/commands/migrate.js"() {
    "use strict";
    init_canonical();
    init_store();
    init_common();
    init_validate();
    legacy = (snap) => [snap.counters, snap.mapping].filter((f) => f.status === "legacy");
    quiet = (o) => ({ ...o, onProgress: void 0 });
  }
});

// lib/core/repair-plan.js
function planRepair(input) {
  const plan2 = { changes: [], renumbered: [], frontmatter: [], findings: [] };
  const blocked = [input.mapping, input.counters].filter((f) => f.status === "unsupported" || f.status === "unreadable");
  if (blocked.length) {
    plan2.findings.push(...blocked.flatMap((f) => f.findings.filter((x2) => x2.severity === "error")));
    return plan2;
  }
  const settled = settleDuplicates(input, plan2);
  if (settled.undecided.length) {
    plan2.findings.push(...settled.undecided);
    return plan2;
  }
  const { mappings, retired } = recoverMappings(input, plan2, settled);
  const claims = adoptFrontmatter(input, mappings, plan2);
  const { counters, sources } = recoverCounters(input, plan2, settled.counters);
  const ledger = new Ledger(mappings, counters, {
    retired: [...retired, ...claims]
  });
  reportRaisedCounters(input.counters, settled.counters, ledger.counters, plan2);
  renumber(input, ledger, plan2);
  alignFrontmatter(input, ledger, plan2);
  decideWrites(input, ledger, sources, plan2);
  return plan2;
}
function recoverMappings(input, plan2, settled) {
  const { mapping } = input;
  const sources = [];
  const own2 = mapping.data ?? mapping.salvage?.data;
  if (own2)
    sources.push({
      name: mapping.status === "corrupt" ? `what ${mapping.file} still held` : mapping.file,
      mappings: settled.mappings(own2.mappings)
    });
  for (const f of mapping.salvage?.lost ?? [])
    plan2.findings.push(finding("warning", "UNRECOVERED", `could not recover ${f} from the damaged file (kept in its quarantined copy)`, { file: mapping.file }));
  if (mapping.status === "corrupt" || mapping.status === "missing") {
    const bak = input.backups?.mapping;
    if (usable2(bak))
      sources.push({ name: `${mapping.file}.bak`, mappings: bak.data.mappings });
    const head = input.committed?.mapping;
    if (usable2(head))
      sources.push({
        name: `the committed ${mapping.file} (git HEAD)`,
        mappings: head.data.mappings
      });
  }
  const union = unionMappings(sources.map((s) => ({ name: s.name, mappings: cloneMappings(s.mappings) })));
  const file = mapping.file;
  if (mapping.status === "corrupt")
    plan2.changes.push({
      kind: "mapping-rebuilt",
      file,
      sources: sources.map((s, i) => ({
        name: s.name,
        added: i === 0 ? 0 : union.added.find((a) => a.source === s.name)?.count ?? 0
      }))
    });
  else if (mapping.status === "missing" && sources.length)
    plan2.changes.push({ kind: "mapping-restored", file, sources: sources.map((s) => s.name) });
  for (const c of union.conflicts)
    plan2.changes.push({
      kind: "source-disagreed",
      file,
      task: c.internalId,
      tool: c.tool,
      kept: c.kept,
      other: c.other,
      source: c.source
    });
  return {
    mappings: union.mappings,
    retired: [
      ...union.conflicts.map((c) => ({ tool: c.tool, externalId: c.other })),
      ...settled.retired
    ]
  };
}
function settleDuplicates(input, plan2) {
  const settled = { mappings: (m2) => m2, counters: [], retired: [], undecided: [] };
  const keep2 = /* @__PURE__ */ new Map();
  const byId2 = tasksById(input.tasks ?? []);
  const frontmatter = (id, tool) => {
    const copies = (byId2.get(id) ?? []).filter((t) => !t.findings.some((f) => f.severity === "error"));
    const values = new Set(copies.map((t) => t.externalIds?.[tool]).filter((v2) => v2 !== void 0));
    return values.size === 1 ? [...values][0] : void 0;
  };
  for (const file of [input.mapping, input.counters]) {
    for (const d2 of file.duplicates ?? []) {
      const path = file.enveloped ? d2.path : [file.kind === "mapping" ? "mappings" : "counters", ...d2.path];
      const held = d2.occurrences.flatMap((o) => flattenHeld(file.kind, path, o.value, o.line));
      const groups = /* @__PURE__ */ new Map();
      for (const h of held)
        groups.set(`${h.owner}\0${h.tool}`, [
          ...groups.get(`${h.owner}\0${h.tool}`) ?? [],
          h
        ]);
      if (d2.same)
        plan2.changes.push({
          kind: "duplicate-key-settled",
          file: file.file,
          key: d2.path.join("."),
          kept: "one copy",
          keptLine: d2.occurrences[0].line,
          dropped: d2.occurrences.slice(1).map((o) => ({ value: "a copy", line: o.line })),
          why: "same"
        });
      for (const hs of groups.values()) {
        const { owner, tool } = hs[0];
        const distinct = [...new Set(hs.map((h) => h.value))];
        const label = file.kind === "mapping" ? `${owner}'s ${TOOL_LABEL[tool]} ID` : `the ${tool}${owner ? ` ${owner}` : ""} counter`;
        let kept;
        if (distinct.length === 1)
          kept = hs[0];
        else if (file.kind === "counters")
          kept = hs.reduce((a, b2) => Number(b2.value) > Number(a.value) ? b2 : a);
        else {
          const agreed2 = frontmatter(owner, tool);
          kept = hs.find((h) => h.value === agreed2);
          if (!kept) {
            settled.undecided.push(finding("error", "DUPLICATE_JSON_KEY", `${label} is written ${hs.map((h) => `${h.value} (line ${h.line})`).join(" and ")}, and no task frontmatter says which is right; repair leaves the file as it is: keep one by hand (the other number is never reused once it is in a commit), then run \`extids repair\``, { file: file.file, line: hs[0].line }));
            continue;
          }
        }
        if (file.kind === "mapping")
          keep2.set(`${owner}\0${tool}`, kept);
        else {
          const c = emptyCounters();
          if (tool === "jira" || tool === "linear")
            c[tool][owner] = Number(kept.value);
          else
            c[tool] = Number(kept.value);
          settled.counters.push(c);
        }
        const dropped = hs.filter((h) => h.value !== kept.value);
        if (!dropped.length)
          continue;
        if (file.kind === "mapping")
          settled.retired.push(...dropped.map((h) => ({ tool, externalId: h.value })));
        plan2.changes.push({
          kind: "duplicate-key-settled",
          file: file.file,
          key: label,
          kept: kept.value,
          keptLine: kept.line,
          dropped: dropped.map((h) => ({ value: h.value, line: h.line })),
          why: file.kind === "mapping" ? "frontmatter" : "highest"
        });
      }
    }
  }
  if (keep2.size)
    settled.mappings = (read2) => {
      const out = cloneMappings(read2);
      for (const h of keep2.values())
        (out[h.owner] ??= {})[h.tool] = h.value;
      return out;
    };
  return settled;
}
function flattenHeld(kind, path, value, line) {
  const out = [];
  const add = (owner, tool, v2) => {
    if (!isTool(tool))
      return;
    if (kind === "mapping" && typeof v2 === "string" && EXTERNAL_ID_PATTERN[tool].test(v2))
      out.push({ owner, tool, value: v2, line });
    if (kind === "counters" && typeof v2 === "number" && Number.isSafeInteger(v2) && v2 >= 0)
      out.push({ owner, tool, value: String(v2), line });
  };
  const [top, a, b2] = path;
  if (kind === "mapping" && top === "mappings") {
    const entries = (id, e) => {
      if (isObj3(e))
        for (const t in e)
          add(id, t, e[t]);
    };
    if (path.length === 1 && isObj3(value))
      for (const id in value)
        entries(id, value[id]);
    else if (path.length === 2)
      entries(a, value);
    else if (path.length === 3)
      add(a, b2, value);
  }
  if (kind === "counters" && top === "counters") {
    const counter = (tool, v2) => {
      if (isObj3(v2))
        for (const k2 in v2)
          add(k2, tool, v2[k2]);
      else
        add("", tool, v2);
    };
    if (path.length === 1 && isObj3(value))
      for (const t in value)
        counter(t, value[t]);
    else if (path.length === 2)
      counter(a, value);
    else if (path.length === 3)
      add(b2, a, value);
  }
  return out;
}
function adoptFrontmatter(input, mappings, plan2) {
  const tasks = input.tasks ?? [];
  const unique2 = writableTasks(input);
  const seen = [];
  let adopted = 0;
  for (const t of tasks) {
    if (!t.externalIds)
      continue;
    for (const tool of TOOLS) {
      const externalId = t.externalIds[tool];
      if (externalId === void 0)
        continue;
      seen.push({ tool, externalId });
      if (!unique2(t))
        continue;
      const entry = hasOwn(mappings, t.id) ? mappings[t.id] : mappings[t.id] = {};
      if (entry[tool] !== void 0)
        continue;
      entry[tool] = externalId;
      adopted++;
    }
  }
  if (adopted)
    plan2.changes.push({ kind: "frontmatter-adopted", file: input.mapping.file, count: adopted });
  return seen;
}
function writableTasks(input) {
  const byId2 = tasksById(input.tasks ?? []);
  const idPattern = input.idPattern ?? DEFAULT_INTERNAL_ID;
  const agreeing = /* @__PURE__ */ new Map();
  return (t) => {
    if (t.id === void 0 || !idPattern.test(t.id))
      return false;
    if (t.findings.some((f) => f.severity === "error"))
      return false;
    let ok = agreeing.get(t.id);
    if (ok === void 0)
      agreeing.set(t.id, ok = contradictions(byId2.get(t.id).map(copyOf)).length === 0);
    return ok;
  };
}
function recoverCounters(input, plan2, repeated) {
  const { counters } = input;
  const sources = [...repeated];
  const own2 = counters.data?.counters ?? counters.salvage?.data.counters;
  if (own2)
    sources.push(own2);
  for (const f of counters.salvage?.lost ?? [])
    plan2.findings.push(finding("warning", "UNRECOVERED", `could not recover ${f} from the damaged file (rebuilt from the numbers in use)`, { file: counters.file }));
  if (counters.status === "corrupt" || counters.status === "missing") {
    if (usable2(input.backups?.counters))
      sources.push(input.backups.counters.data.counters);
    if (usable2(input.committed?.counters))
      sources.push(input.committed.counters.data.counters);
  }
  return { counters: Ledger.maxOf(sources), sources: sources.length };
}
function reportRaisedCounters(file, settled, now, plan2) {
  if (file.status === "missing")
    return;
  const read2 = file.data?.counters ?? file.salvage?.data.counters;
  const before = read2 && Ledger.maxOf([read2, ...settled]);
  const was = (tool, key) => {
    if (!before)
      return 0;
    if (tool === "jira" || tool === "linear")
      return hasOwn(before[tool], key) ? before[tool][key] : 0;
    return before[tool];
  };
  for (const tool of TOOLS) {
    const current = now[tool];
    const entries = typeof current === "number" ? [[void 0, current]] : Object.entries(current);
    for (const [key, to] of entries) {
      const from = was(tool, key);
      if (to > from)
        plan2.changes.push({ kind: "counter-raised", file: file.file, tool, key, from, to });
    }
  }
}
function renumber(input, ledger, plan2) {
  plan2.renumbered = renumberDuplicates(ledger, input.seniority);
  for (const r of plan2.renumbered)
    plan2.changes.push({
      kind: "renumbered",
      file: input.mapping.file,
      task: r.internalId,
      tool: r.tool,
      from: r.from,
      to: r.to,
      keptBy: r.keptBy
    });
}
function alignFrontmatter(input, ledger, plan2) {
  const unique2 = writableTasks(input);
  for (const task of input.tasks ?? []) {
    if (!unique2(task))
      continue;
    const want = ledger.get(task.id);
    if (!want || TOOLS.every((tool) => want[tool] === void 0 || task.externalIds?.[tool] === want[tool]))
      continue;
    const externalIds = { ...want };
    plan2.frontmatter.push({ task, externalIds });
    plan2.changes.push({
      kind: "frontmatter-aligned",
      file: task.file,
      task: task.id,
      externalIds
    });
  }
}
function restoredStamp(input, ledger) {
  const head = input.committed?.counters?.data;
  return input.counters.status === "missing" && head && countersEqual(head.counters, ledger.counters) ? head.updated : void 0;
}
function decideWrites(input, ledger, sources, plan2) {
  const { mapping, counters, now } = input;
  const mappings = ledger.mappings;
  const mappingChanged = !mapping.data || !mappingsEqual(mapping.data.mappings, mappings);
  if (mapping.status !== "missing" || Object.keys(mappings).length) {
    const data = {
      mappings,
      updated: mappingChanged ? now : mapping.data.updated,
      version: FORMAT_VERSION
    };
    if (mappingChanged || mapping.status !== "valid" || canonicalJson(data) !== mapping.text) {
      plan2.mapping = data;
      if (!mappingChanged && mapping.status === "valid")
        plan2.changes.push({ kind: "canonical-rewrite", file: mapping.file });
      if (mapping.status === "legacy")
        plan2.changes.push({ kind: "migrated", file: mapping.file, steps: mapping.steps });
    }
  }
  const countersChanged = !counters.data || !countersEqual(counters.data.counters, ledger.counters);
  const restore = sources > 0 || Object.keys(mappings).length > 0 || plan2.mapping;
  if (counters.status !== "missing" || restore) {
    const data = {
      counters: cloneCounters(ledger.counters),
      updated: countersChanged ? restoredStamp(input, ledger) ?? now : counters.data.updated,
      version: FORMAT_VERSION
    };
    if (countersChanged || counters.status !== "valid" || canonicalJson(data) !== counters.text) {
      plan2.counters = data;
      const file = counters.file;
      if (counters.status === "corrupt" || counters.status === "missing" && sources > 0)
        plan2.changes.push({ kind: "counters-rebuilt", file, fromSurvivors: sources > 0 });
      else if (counters.status === "missing")
        plan2.changes.push({ kind: "counters-created", file });
      if (!countersChanged && counters.status === "valid")
        plan2.changes.push({ kind: "canonical-rewrite", file });
      if (counters.status === "legacy")
        plan2.changes.push({ kind: "migrated", file, steps: counters.steps });
    }
  }
}
var usable2, isObj3;
var init_repair_plan = __esm({
  "lib/core/repair-plan.js"() {
    "use strict";
    init_canonical();
    init_findings();
    init_ids();
    init_ledger();
    init_renumber();
    init_schema();
    init_state();
    init_tasks();
    init_diagnose();
    init_policy();
    usable2 = (p) => p?.data !== void 0;
    isObj3 = (v2) => typeof v2 === "object" && v2 !== null && !Array.isArray(v2);
  }
});

// lib/core/seniority.js
function seniorityOf(ageOf) {
  const cache = /* @__PURE__ */ new Map();
  const age = (id) => {
    let a = cache.get(id);
    if (!a)
      cache.set(id, a = ageOf(id) ?? {});
    return a;
  };
  const cmp = (x2, y2) => x2 === y2 ? 0 : x2 === void 0 ? 1 : y2 === void 0 ? -1 : x2 - y2;
  return (a, b2) => {
    const p = age(a);
    const q2 = age(b2);
    const recorded = (p.recorded ? 0 : 1) - (q2.recorded ? 0 : 1);
    return cmp(p.created, q2.created) || cmp(p.added, q2.added) || recorded || byId(a, b2);
  };
}
function seniorityFromTasks(root, tasks, recorded = () => false) {
  const files2 = /* @__PURE__ */ new Map();
  for (const t of tasks)
    if (t.id !== void 0)
      files2.set(t.id, [...files2.get(t.id) ?? [], t]);
  let added;
  return seniorityOf((id) => {
    const copies = files2.get(id) ?? [];
    const created = oldest(copies.map(createdMs));
    if (created !== void 0 || copies.length === 0)
      return { created, recorded: recorded(id) };
    added ??= new Git(root).firstAdded(tasks.map((t) => t.file));
    return { added: oldest(copies.map((t) => added.get(t.file))), recorded: recorded(id) };
  });
}
function seniorityFromCommits(root, revs, tasksRel) {
  const git = new Git(root);
  return seniorityOf((id) => {
    const ages = [];
    for (const rev of revs)
      for (const file of git.idFiles(rev, [id], tasksRel)) {
        const text = git.show(rev, file);
        const rec = text === void 0 ? void 0 : readTaskText(text, file, file);
        if (rec?.id !== id)
          continue;
        const created = createdMs(rec);
        ages.push(created !== void 0 ? { created } : { added: git.firstAdded([file], rev).get(file) });
      }
    return {
      created: oldest(ages.map((a) => a.created)),
      added: oldest(ages.map((a) => a.added))
    };
  });
}
function oldest(values) {
  const known = values.filter((v2) => v2 !== void 0);
  return known.length ? Math.min(...known) : void 0;
}
var byId, createdMs;
var init_seniority = __esm({
  "lib/core/seniority.js"() {
    "use strict";
    init_git();
    init_tasks();
    byId = (a, b2) => a < b2 ? -1 : a > b2 ? 1 : 0;
    createdMs = (t) => {
      const ms2 = t?.created ? Date.parse(t.created) : NaN;
      return Number.isNaN(ms2) ? void 0 : ms2;
    };
  }
});

// lib/core/commands/repair.js
async function repair(s, o = {}) {
  if (o.dryRun)
    return previewRepair(s, o);
  const { value: plan2, changes } = await locked(storeOptions(s, o), async (ctx) => {
    const { plan: plan3 } = await planFor(s, o, ctx.snapshot, ctx.now);
    await applyRepair(ctx, plan3);
    const links = linksPlan(s, ctx.snapshot, plan3);
    if (links)
      writeRepairedLinks(ctx, links, plan3);
    return plan3;
  });
  const after = await validate2(s, { ...o, onProgress: void 0 });
  return report("repair", [...plan2.findings, ...after.findings.filter((f) => f.severity !== "info")], {
    // The plan says which task files were aligned; the transaction's own task-written records repeat it.
    changes: [...plan2.changes, ...changes.filter((c) => c.kind !== "task-written")],
    renumbered: plan2.renumbered,
    stats: after.stats
  });
}
async function previewRepair(s, o) {
  const snap = readState(storeOptions(s, o));
  const { tasks, plan: plan2 } = await planFor(s, o, snap, (o.now ?? (() => /* @__PURE__ */ new Date()))());
  const links = linksPlan(s, snap, plan2);
  for (const { task, externalIds } of [...plan2.frontmatter])
    alignedText(plan2, task, externalIds, (0, import_node_fs8.readFileSync)(task.path, "utf8"), task.file);
  return report("repair", [...plan2.findings, ...diagnoseAfter(s, o, snap, plan2, tasks)], {
    dryRun: true,
    changes: [...plan2.changes, ...links?.changes ?? []],
    renumbered: plan2.renumbered,
    stats: {
      mappings: Object.keys(plan2.mapping?.mappings ?? snap.mapping.data?.mappings ?? {}).length,
      tasks: countTasks(tasks)
    }
  });
}
async function planFor(s, o, snap, now) {
  const tasks = await scan(s, o) ?? [];
  const plan2 = planRepair({
    mapping: snap.mapping,
    counters: snap.counters,
    ...otherSources(s, snap, isoStamp(now)),
    tasks,
    idPattern: s.idPattern,
    seniority: seniorityFromTasks(s.root, tasks, (id) => Object.hasOwn(snap.mapping.data?.mappings ?? snap.mapping.salvage?.data.mappings ?? {}, id)),
    now: isoStamp(now)
  });
  return { tasks, plan: plan2 };
}
function otherSources(s, snap, now) {
  const o = { root: s.root };
  const backups = {
    mapping: readStateFile("mapping", `${snap.paths.mapping}.bak`, o),
    counters: readStateFile("counters", `${snap.paths.counters}.bak`, o)
  };
  const committed = {};
  const git = new Git(s.root);
  for (const kind of ["mapping", "counters"]) {
    const f = snap[kind];
    if (f.status !== "corrupt" && f.status !== "missing")
      continue;
    const rel = relPath(s.root, snap.paths[kind]);
    const text = git.show("HEAD", rel);
    if (text === void 0)
      continue;
    if (kind === "mapping")
      committed.mapping = parseStateText("mapping", text, `${rel} (HEAD)`, now);
    else
      committed.counters = parseStateText("counters", text, `${rel} (HEAD)`, now);
  }
  return { backups, committed };
}
function linksPlan(s, snap, plan2) {
  const mappings = plan2.mapping?.mappings ?? snap.mapping.data?.mappings;
  if (!mappings || plan2.findings.some((f) => f.severity === "error"))
    return void 0;
  const path = (0, import_node_path12.join)(s.stateDir, LINKS_FILE);
  const file = displayPath(path, s.root);
  const fixed = repairLinks(loadLinks(s.stateDir, file), mappings, file);
  return fixed && { ...fixed, path, file };
}
function writeRepairedLinks(ctx, links, plan2) {
  ctx.lock.assertHeld();
  const q2 = freshName(links.path, "corrupt", fileStamp(ctx.now), ctx.fs);
  keepCopy(links.path, q2, ctx.fs);
  plan2.changes.push(...links.changes);
  ctx.changes.push({ kind: "original-kept", file: displayPath(q2, ctx.opts.root), why: "corrupt" });
  writeFileAtomic(links.path, linksText(links.links, isoStamp(ctx.now)), { fs: ctx.fs });
  ctx.changes.push({ kind: "state-written", file: links.file, how: "rebuilt" });
}
async function applyRepair(ctx, plan2) {
  const { paths, mapping, counters } = ctx.snapshot;
  if (plan2.counters)
    writeStateFile(ctx, {
      kind: "counters",
      path: paths.counters,
      before: counters,
      data: plan2.counters
    });
  if (plan2.mapping)
    writeStateFile(ctx, {
      kind: "mapping",
      path: paths.mapping,
      before: mapping,
      data: plan2.mapping
    });
  const writes = [];
  for (const { task, externalIds } of plan2.frontmatter) {
    const text = (0, import_node_fs8.readFileSync)(task.path, "utf8");
    const next = alignedText(plan2, task, externalIds, text, displayPath(task.path, ctx.opts.root));
    if (next !== text)
      writes.push({ path: task.path, text: next, task: task.id, externalIds });
  }
  await writePending(ctx, writes);
}
function alignedText(plan2, task, externalIds, text, file) {
  const before = plan2.findings.length;
  const next = setExternalIdsOrReport(text, externalIds, file, plan2.findings);
  if (plan2.findings.length === before)
    return next;
  const i = plan2.changes.findIndex((c) => c.kind === "frontmatter-aligned" && c.file === task.file);
  if (i !== -1)
    plan2.changes.splice(i, 1);
  plan2.frontmatter = plan2.frontmatter.filter((f) => f.task !== task);
  return text;
}
function diagnoseAfter(s, o, snap, p, tasks) {
  const asParsed = (kind, data, was) => data ? parseStateText(kind, canonicalJson(data), was.file, "") : was;
  const updated = new Map(p.frontmatter.map((f) => [f.task.path, f.externalIds]));
  const virtualTasks = tasks.map((t) => updated.has(t.path) ? {
    ...t,
    externalIds: updated.get(t.path),
    findings: t.findings.filter((f) => f.code !== "FRONTMATTER_MISMATCH")
  } : t);
  return diagnose({
    mapping: asParsed("mapping", p.mapping, snap.mapping),
    counters: asParsed("counters", p.counters, snap.counters),
    tasks: virtualTasks,
    tools: s.tools,
    syncStatuses: s.config.sync?.statuses,
    idPattern: s.idPattern,
    introduced: o.introduced
  });
}
var import_node_fs8, import_node_path12;
var init_repair = __esm({
  "lib/core/commands/repair.js"() {
    "use strict";
    import_node_fs8 = require("node:fs");
    import_node_path12 = require("node:path");
    init_atomic();
    init_canonical();
    init_diagnose();
    init_git();
    init_parse3();
    init_paths();
    init_repair_plan();
    init_seniority();
    init_store();
    init_tasks();
    init_links();
    init_validate();
    init_common();
  }
});

// lib/core/commands/assign.js
function configuredTools(s) {
  const tools = TOOLS.filter((t) => s.tools[t]);
  if (tools.length === 0)
    throw new ExtidsError("NOT_CONFIGURED", `no tools are configured, so there is nothing to assign. Add them to ${relPath(s.root, s.configFile)}, e.g. {"tools": {"jira": {"key": "PROJ"}, "github": {}}}, or pass --tools jira:PROJ,github`);
  return tools;
}
function assignTask(ledger, t, s) {
  const assigned = [];
  const fm = t.externalIds ?? {};
  for (const tool of configuredTools(s)) {
    if (isSyncMode(s.tools, tool))
      continue;
    const f = fm[tool];
    if (ledger.get(t.id)?.[tool] === void 0 && f !== void 0 && ledger.find(tool, f) === void 0) {
      ledger.put(t.id, tool, f);
      continue;
    }
    const a = ledger.assign(t.id, tool, s.tools[tool]?.key);
    if (a.created)
      assigned.push({ task: t.id, tool, externalId: a.externalId, file: t.file });
  }
  return { want: { ...ledger.get(t.id) ?? {} }, assigned };
}
async function assign(s, o = {}) {
  configuredTools(s);
  if (!o.all && !o.files?.length)
    throw new ExtidsError("USAGE", "name the task files to assign, or pass --all for every task that lacks IDs");
  const findings = [];
  const read2 = o.all ? await scan(s, o) ?? [] : o.files.map((f) => readTask(f, s.root));
  const tasks = countTasks(read2);
  const groups = o.all ? groupsOf(read2.filter((t) => assignable(s, t, findings)), findings, o.introduced) : groupsOfFiles(s, read2, findings, o.introduced);
  const work = (ledger, tx) => {
    const assigned = [];
    groups.forEach((copies, i) => {
      const first = copies[0];
      const { want, assigned: mine } = assignTask(ledger, { ...first, externalIds: agreed(copies) }, s);
      assigned.push(...mine);
      for (const t of copies) {
        const fm = t.externalIds ?? {};
        if (!tx || TOOLS.every((tool) => want[tool] === void 0 || fm[tool] === want[tool]))
          continue;
        const text = (0, import_node_fs9.readFileSync)(t.path, "utf8");
        const next = setExternalIdsOrReport(text, want, t.file, findings);
        if (next !== text)
          tx.writeAfter({ path: t.path, text: next, task: t.id, externalIds: want });
      }
      if (o.onProgress && (i % 250 === 249 || i === groups.length - 1))
        o.onProgress("assigning", i + 1, groups.length);
    });
    return assigned;
  };
  if (o.dryRun) {
    const snap = readState(storeOptions(s, o));
    const blocking = [...blockingFindings(snap), ...missingButCommitted(s, snap, groups.flat())];
    if (blocking.length)
      return report("assign", [...findings, ...blocking], { dryRun: true });
    const m2 = snap.mapping.data?.mappings ?? {};
    const ledger = new Ledger(structuredClone(m2), snap.counters.data?.counters ?? emptyCounters(), {
      idPattern: s.idPattern,
      highest: snap.mapping.analysis?.highest
    });
    const assigned = work(ledger);
    return report("assign", findings, {
      dryRun: true,
      assigned,
      stats: { mappings: Object.keys(ledger.mappings).length, tasks }
    });
  }
  const pre = readState(storeOptions(s, o));
  const missing = missingButCommitted(s, pre, groups.flat());
  if (missing.length)
    return report("assign", [...findings, ...missing]);
  try {
    const { value, changes } = await transaction(storeOptions(s, o), (ledger, tx) => ({
      assigned: work(ledger, tx),
      mappings: Object.keys(ledger.mappings).length
    }));
    return report("assign", findings, {
      assigned: value.assigned,
      changes,
      stats: { mappings: value.mappings, tasks }
    });
  } catch (err) {
    if (err instanceof ExtidsError && err.code === "STATE_INVALID")
      return report("assign", [...findings, ...err.details.findings ?? []]);
    throw err;
  }
}
function agreed(copies) {
  const out = {};
  for (const t of copies)
    for (const tool of TOOLS)
      if (t.externalIds?.[tool] !== void 0)
        out[tool] ??= t.externalIds[tool];
  return out;
}
function assignable(s, t, findings) {
  const errors = t.findings.filter((f) => f.severity === "error");
  findings.push(...t.findings);
  if (errors.length || !t.hasFrontmatter)
    return false;
  if (t.id === void 0) {
    findings.push(missingTaskId(t));
    return false;
  }
  if (s.idPattern.test(t.id))
    return true;
  findings.push(invalidTaskId(t));
  return false;
}
function groupsOf(tasks, findings, introduced) {
  const groups = [];
  for (const [id, copies] of tasksById(tasks)) {
    if (copies.length > 1) {
      const f = duplicateTaskId(id, copies.map(copyOf), introduced);
      findings.push(f);
      if (f.severity === "error")
        continue;
    }
    groups.push(copies);
  }
  return groups;
}
function notATaskUnder(s, path) {
  const rel = relPath(s.tasksDir, path);
  if (!isInside(s.tasksDir, path) || rel === "")
    return void 0;
  return notATask(rel, s.exclude)?.why;
}
function groupsOfFiles(s, tasks, findings, introduced) {
  const ok = tasks.filter((t) => {
    const refuse = (code, message) => {
      findings.push(finding("error", code, message, { file: t.file }));
      return false;
    };
    if (!(0, import_node_fs9.existsSync)(t.path))
      return refuse("UNREADABLE", "no such task file");
    if ((0, import_node_fs9.lstatSync)(t.path).isSymbolicLink()) {
      findings.push(linkedTask(t.path, t.file, s.tasksDir));
      return false;
    }
    const not = notATaskUnder(s, t.path);
    if (not) {
      findings.push(notATaskFinding(t.file, not));
      return false;
    }
    if (!t.hasFrontmatter || t.id === void 0) {
      findings.push(policyFinding("MISSING_TASK_ID", "has no frontmatter id: to assign external IDs to", {
        file: t.file
      }));
      return false;
    }
    return assignable(s, t, findings);
  });
  return groupsOf(ok, findings, introduced);
}
var import_node_fs9;
var init_assign = __esm({
  "lib/core/commands/assign.js"() {
    "use strict";
    import_node_fs9 = require("node:fs");
    init_config();
    init_findings();
    init_ids();
    init_ledger();
    init_paths();
    init_schema();
    init_store();
    init_tasks();
    init_diagnose();
    init_policy();
    init_common();
  }
});

// lib/core/commands/lookup.js
function lookup(s, id, tool) {
  const snap = readState({ stateDir: s.stateDir, root: s.root });
  const blocking = blockingFindings(snap);
  const m2 = snap.mapping.data?.mappings ?? snap.mapping.salvage?.data.mappings ?? {};
  const ledger = new Ledger(m2, emptyCounters(), { idPattern: s.idPattern });
  const results = [];
  const direct = ledger.get(id);
  if (direct)
    results.push({ internalId: id, externalIds: tool ? { [tool]: direct[tool] } : direct });
  else
    for (const t of tool ? [tool] : TOOLS) {
      const holder = ledger.find(t, t === "jira" || t === "linear" ? id.toUpperCase() : id);
      if (holder && !results.some((r2) => r2.internalId === holder))
        results.push({ internalId: holder, externalIds: ledger.get(holder) });
    }
  const findings = [...blocking];
  if (results.length === 0 && blocking.length === 0)
    findings.push(finding("error", "NOT_FOUND", `nothing maps ${id}${tool ? ` in ${TOOL_LABEL[tool]}` : ""}`, {
      file: snap.mapping.file
    }));
  const r = report("lookup", findings, { stats: { mappings: Object.keys(m2).length, tasks: 0 } });
  return { ...r, ok: results.length > 0, results };
}
var init_lookup = __esm({
  "lib/core/commands/lookup.js"() {
    "use strict";
    init_findings();
    init_ids();
    init_ledger();
    init_schema();
    init_store();
    init_common();
  }
});

// lib/core/commands/next.js
function ledgerOf(s) {
  const snap = readState({ stateDir: s.stateDir, root: s.root });
  return new Ledger(snap.mapping.data?.mappings ?? {}, snap.counters.data?.counters ?? emptyCounters(), { highest: snap.mapping.analysis?.highest });
}
function nextSteps(s, validated, commit) {
  const configured = TOOLS.filter((t) => s.tools[t]);
  const counter = configured.filter((t) => !isSyncMode(s.tools, t));
  const notTasks = files(validated, NOT_A_TASK);
  const ledger = ledgerOf(s);
  const name = (t) => s.tools[t]?.key ? `${t}:${s.tools[t].key}` : t;
  const tasksRel = relPath(s.root, s.tasksDir);
  const inTasks = (f) => tasksRel ? f.slice(tasksRel.length + 1) : f;
  return {
    noTools: configured.length === 0,
    unassigned: files(validated, /* @__PURE__ */ new Set(["MISSING_EXTERNAL_ID"])),
    pending: files(validated, /* @__PURE__ */ new Set(["SYNC_PENDING"])),
    notTasks,
    exclude: [...s.config.exclude ?? DEFAULT_EXCLUDE, ...notTasks.map(inTasks)],
    counterMode: counter.map(name),
    unstarted: counter.filter((t) => ledger.counter(t, s.tools[t]?.key?.toUpperCase()) === 0).map(name),
    canSync: counter.filter((t) => t === "github"),
    commit,
    damaged: validated.some((f) => f.severity === "error")
  };
}
var NOT_A_TASK, files;
var init_next = __esm({
  "lib/core/commands/next.js"() {
    "use strict";
    init_config();
    init_ids();
    init_ledger();
    init_schema();
    init_store();
    init_paths();
    NOT_A_TASK = /* @__PURE__ */ new Set(["NO_FRONTMATTER", "MISSING_TASK_ID", "INVALID_TASK_ID"]);
    files = (findings, codes) => [
      ...new Set(findings.filter((f) => codes.has(f.code) && f.file).map((f) => f.file))
    ];
  }
});

// lib/core/commands/start.js
function parseStarts(spec) {
  const out = [];
  for (const part of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const m2 = /^([A-Za-z_-]+)(?::([A-Za-z][A-Za-z0-9_]*))?=(.*)$/.exec(part);
    const tool = m2?.[1].toLowerCase().replace(/-/g, "_");
    if (!m2 || !tool || !TOOLS.includes(tool))
      throw new ExtidsError("USAGE", `--start "${part}": expected TOOL[:KEY]=NUMBER, the first number to hand out (${EXAMPLE})`);
    if (isKeyedTool(tool) !== (m2[2] !== void 0))
      throw new ExtidsError("USAGE", `--start "${part}": ${tool} ${isKeyedTool(tool) ? "needs its key, e.g. " + tool + (tool === "jira" ? ":PROJ" : ":TEAM") + "=58" : "takes no key, e.g. " + tool + "=58"}`);
    if (!/^[1-9][0-9]{0,14}$/.test(m2[3]))
      throw new ExtidsError("USAGE", `--start "${part}": "${m2[3]}" is not a whole number from 1 (at most 15 digits)`);
    const key = m2[2]?.toUpperCase();
    if (out.some((s) => s.tool === tool))
      throw new ExtidsError("USAGE", `--start "${spec}" names ${tool} twice`);
    out.push({ tool, key, next: Number(m2[3]) });
  }
  if (!out.length)
    throw new ExtidsError("USAGE", `--start needs at least one counter (${EXAMPLE})`);
  return out;
}
function checkStarts(s, starts) {
  for (const st of starts) {
    const conf = s.tools[st.tool];
    const name = `${st.tool}${st.key ? `:${st.key}` : ""}`;
    if (!conf)
      throw new ExtidsError("USAGE", `--start ${name}: ${TOOL_LABEL[st.tool]} is not among the tools this repository tracks; add it with --tools`);
    if (isSyncMode(s.tools, st.tool))
      throw new ExtidsError("USAGE", `--start ${name}: ${TOOL_LABEL[st.tool]} is in sync mode, so the tracker numbers its own items and there is no counter to start`);
    if (isKeyedTool(st.tool) && conf.key?.toUpperCase() !== st.key)
      throw new ExtidsError("USAGE", `--start ${name}: this repository tracks ${st.tool}:${conf.key}, not ${name}`);
  }
}
function plan(ledger, starts, file) {
  const out = [];
  for (const st of starts) {
    const from = ledger.counter(st.tool, st.key);
    const to = st.next - 1;
    if (from > to)
      throw new ExtidsError("USAGE", `--start ${st.tool}${st.key ? `:${st.key}` : ""}=${st.next}: the counter already handed out ${formatExternalId(st.tool, from, st.key)}, so the next ID is ${formatExternalId(st.tool, from + 1, st.key)}; a counter never goes backwards`);
    if (from < to)
      out.push({
        kind: "counter-started",
        file,
        tool: st.tool,
        key: st.key,
        from,
        to,
        next: formatExternalId(st.tool, st.next, st.key)
      });
  }
  return out;
}
async function startCounters(s, starts, o = {}) {
  checkStarts(s, starts);
  const opts = storeOptions(s, o);
  const file = displayPath(statePaths(s.stateDir).counters, s.root);
  if (o.dryRun) {
    const snap = readState(opts);
    const blocking = blockingFindings(snap);
    if (blocking.length)
      throw new ExtidsError("STATE_INVALID", `the state files cannot be used as they are (${blocking[0].file}: ${blocking[0].message}); run \`extids repair\``, { findings: blocking });
    const ledger = new Ledger(snap.mapping.data?.mappings ?? {}, snap.counters.data?.counters ?? emptyCounters(), { highest: snap.mapping.analysis?.highest });
    return plan(ledger, starts, file);
  }
  const { value, changes } = await transaction(opts, (ledger) => {
    const started = plan(ledger, starts, file);
    for (const c of started)
      if (c.kind === "counter-started")
        ledger.raiseCounter(c.tool, c.to, c.key);
    return started;
  });
  return [...value, ...changes];
}
var EXAMPLE;
var init_start = __esm({
  "lib/core/commands/start.js"() {
    "use strict";
    init_config();
    init_findings();
    init_ids();
    init_ledger();
    init_paths();
    init_schema();
    init_store();
    init_common();
    EXAMPLE = "e.g. jira:PROJ=58,github=120";
  }
});

// lib/core/sync/committed.js
function committedTasks(s, git, rev) {
  const tasksRel = relPath(s.root, s.tasksDir);
  const prefix = tasksRel ? `${tasksRel}/` : "";
  const listing = git.query(["ls-tree", "-r", "-z", "--full-tree", rev, "--", tasksRel || "."]);
  const files2 = [];
  const links = [];
  for (const entry of (listing ?? "").split("\0")) {
    const tab = entry.indexOf("	");
    if (tab < 0)
      continue;
    const [mode, type] = entry.slice(0, tab).split(" ");
    const file = entry.slice(tab + 1);
    const rel = file.slice(prefix.length);
    if (type !== "blob" || !file.startsWith(prefix) || skipped(rel))
      continue;
    if (s.exclude?.test(rel))
      continue;
    if (mode === "120000")
      links.push(file);
    else if (isMarkdown(file))
      files2.push(file);
  }
  const texts = /* @__PURE__ */ new Map();
  const out = [];
  for (const [file, text] of git.showAll(rev, files2.sort()))
    if (text !== void 0) {
      texts.set(file, text);
      out.push(readTaskText(text, (0, import_node_path13.join)(s.root, file), file));
    }
  for (const file of links)
    out.push({
      file,
      path: (0, import_node_path13.join)(s.root, file),
      hasFrontmatter: false,
      findings: [linkedTask((0, import_node_path13.join)(s.root, file), file, s.tasksDir)]
    });
  return { tasks: out, texts };
}
function committedState(s, git, rev, now) {
  const stamp = isoStamp(now);
  const at2 = (name) => `${relPath(s.root, s.stateDir)}/${name}`;
  const parse4 = (kind, name) => {
    const text = git.show(rev, at2(name));
    return text === void 0 ? missingStateFile(kind, at2(name)) : parseStateText(kind, text, at2(name), stamp);
  };
  const mapping = parse4("mapping", MAPPING_FILE);
  const counters = parse4("counters", COUNTERS_FILE);
  const blocking = [mapping, counters].filter((f) => !["missing", "valid", "legacy"].includes(f.status)).flatMap((f) => f.findings.filter((x2) => x2.severity === "error"));
  if (blocking.length)
    throw new ExtidsError("STATE_INVALID", "the state files need `extids repair` first", {
      findings: blocking
    });
  const linksText2 = git.show(rev, at2(LINKS_FILE));
  if (linksText2 === void 0)
    return { mapping, links: /* @__PURE__ */ Object.create(null) };
  const parsed = parseLinksText(linksText2, at2(LINKS_FILE));
  const errors = parsed.findings.filter((f) => f.severity === "error");
  if (errors.length)
    throw new ExtidsError("STATE_INVALID", `${at2(LINKS_FILE)} is damaged (${errors.map((f) => f.message).join("; ")}); it is left as it is`, { file: at2(LINKS_FILE), findings: errors });
  return { mapping, links: parsed.links };
}
function uncommittedTasks(s, git) {
  const tasksRel = relPath(s.root, s.tasksDir);
  const prefix = tasksRel ? `${tasksRel}/` : "";
  const status = git.query([
    "status",
    "--porcelain",
    "-z",
    "--untracked-files=all",
    "--",
    tasksRel || "."
  ]);
  const out = [];
  for (const line of (status ?? "").split("\0")) {
    if (line.length <= 3)
      continue;
    const file = line.slice(3);
    const rel = file.slice(prefix.length);
    if (!isMarkdown(file) || !file.startsWith(prefix) || skipped(rel) || s.exclude?.test(rel))
      continue;
    const untracked = line.startsWith("??");
    if (line[0] === "D" || line[1] === "D")
      continue;
    out.push(finding("warning", "SYNC_LEFT", untracked ? "is not committed yet, so sync left it out; commit and push it, and the next sync creates its issue" : "has changes that are not committed, so sync used the committed text; commit and push them, and the next sync sends them", { file }));
  }
  return out;
}
var import_node_path13, skipped;
var init_committed = __esm({
  "lib/core/sync/committed.js"() {
    "use strict";
    import_node_path13 = require("node:path");
    init_canonical();
    init_findings();
    init_parse3();
    init_paths();
    init_store();
    init_tasks();
    init_links();
    skipped = (rel) => rel.split("/").some((part, i, all) => i < all.length - 1 && (part.startsWith(".") || part === "node_modules")) || rel.split("/").pop().startsWith(".");
  }
});

// lib/core/sync/intents.js
function fetchIntents(git, remote) {
  if (!git.fetchRef(remote, INTENTS_REF, LOCAL_REF))
    return { intents: /* @__PURE__ */ Object.create(null) };
  const head = git.run(["rev-parse", LOCAL_REF]).trim();
  const text = git.show(head, FILE);
  const intents = /* @__PURE__ */ Object.create(null);
  try {
    const parsed = JSON.parse(text ?? "{}");
    if (parsed.intents && typeof parsed.intents === "object")
      for (const [key, intent] of Object.entries(parsed.intents))
        intents[key.includes(":") ? key : `github:${key}`] = intent;
  } catch {
  }
  return { head, intents };
}
function pushIntents(git, remote, base, intents, message) {
  const sorted = Object.fromEntries(Object.entries(intents).sort(([a], [b2]) => a < b2 ? -1 : 1));
  const text = `${JSON.stringify({ intents: sorted, version: "2.0" }, null, 2)}
`;
  const sha = git.commitFiles({ [FILE]: text }, base.head, message, IDENTITY);
  return git.pushUnlessMoved(remote, `${sha}:${INTENTS_REF}`);
}
var INTENTS_REF, LOCAL_REF, FILE, DEFAULT_LEASE_MS, SEND_MARGIN_MS, holds, holderText, IDENTITY, Lease;
var init_intents = __esm({
  "lib/core/sync/intents.js"() {
    "use strict";
    init_canonical();
    init_findings();
    INTENTS_REF = "refs/extids/intents";
    LOCAL_REF = "refs/extids/fetched-intents";
    FILE = "intents.json";
    DEFAULT_LEASE_MS = 6e4;
    SEND_MARGIN_MS = 1e3;
    holds = (i, nowMs) => Date.parse(i.expires) > nowMs;
    holderText = (i) => `held by a sync run that started at ${i.started ?? i.since}, not heard from since ${i.heard ?? i.since}; if that run is gone, the next run after ${i.expires} takes it over`;
    IDENTITY = { name: "extids", email: "extids@users.noreply.github.com" };
    Lease = class {
      o;
      ms;
      /** The tasks this run holds, each with the `since` of its intent. */
      mine = /* @__PURE__ */ new Map();
      /** When the intents this run holds end (epoch ms); 0 before the claim. */
      expiresAt = 0;
      constructor(o) {
        this.o = o;
        this.ms = o.leaseMs ?? DEFAULT_LEASE_MS;
      }
      /** Whether a fresh lease outlasts a request that may take `requestMs` (else none is sent). */
      covers(requestMs) {
        return this.ms > requestMs + SEND_MARGIN_MS;
      }
      /** The tasks this run holds now. */
      get tasks() {
        return [...this.mine.keys()];
      }
      intent(since, t) {
        return {
          run: this.o.run,
          started: isoStamp(this.o.started),
          since,
          heard: isoStamp(t),
          expires: isoStamp(new Date(t.getTime() + this.ms))
        };
      }
      /**
       * Records this run's intent for each of `tasks` that no other live run holds; `done(task)`
       * says a task's number already reached the branch (its leftover intent is dropped); `sent(task)`
       * is the hash of what this run's create will send. Throws SYNC_REFUSED when other runs keep
       * pushing first.
       */
      claim(tasks, done, sent = () => void 0) {
        for (let attempt = 1; ; attempt++) {
          const base = fetchIntents(this.o.git, this.o.remote);
          const next = Object.assign(/* @__PURE__ */ Object.create(null), base.intents);
          for (const task of Object.keys(next))
            if (done(task))
              delete next[task];
          const t = this.o.now();
          const claim2 = { mine: [], taken: /* @__PURE__ */ new Map(), held: /* @__PURE__ */ new Map() };
          for (const task of tasks) {
            const was = base.intents[task];
            if (was && was.run !== this.o.run && holds(was, t.getTime())) {
              claim2.held.set(task, was);
              continue;
            }
            if (was)
              claim2.taken.set(task, was);
            const hash = sent(task);
            next[task] = { ...this.intent(isoStamp(t), t), ...hash && { sent: hash } };
            claim2.mine.push(task);
          }
          if (claim2.mine.length === 0)
            return claim2;
          const message = `extids sync: intend ${claim2.mine.length}`;
          if (pushIntents(this.o.git, this.o.remote, base, next, message) === "pushed") {
            for (const task of claim2.mine)
              this.mine.set(task, next[task].since);
            this.expiresAt = t.getTime() + this.ms;
            return claim2;
          }
          if (attempt >= (this.o.attempts ?? 8))
            throw new ExtidsError("SYNC_REFUSED", `other sync runs keep recording intents on ${this.o.remote}; try again in a minute`);
        }
      }
      /**
       * Pushes a later end for every intent this run still holds. A task whose intent is no longer
       * this run's (its lease ended and another run took it over, or it was recorded) is dropped:
       * this run must not create it. False when the renewal could not be pushed.
       */
      renew() {
        for (let attempt = 1; attempt <= (this.o.attempts ?? 8); attempt++) {
          let base;
          try {
            base = fetchIntents(this.o.git, this.o.remote);
          } catch {
            return false;
          }
          const next = Object.assign(/* @__PURE__ */ Object.create(null), base.intents);
          const t = this.o.now();
          for (const [task, since] of [...this.mine]) {
            const was = base.intents[task];
            if (was?.run !== this.o.run)
              this.mine.delete(task);
            else
              next[task] = { ...was, ...this.intent(since, t) };
          }
          if (this.mine.size === 0)
            return true;
          let pushed;
          try {
            pushed = pushIntents(this.o.git, this.o.remote, base, next, "extids sync: renew");
          } catch {
            return false;
          }
          if (pushed === "pushed") {
            this.expiresAt = t.getTime() + this.ms;
            return true;
          }
        }
        return false;
      }
      /**
       * Whether a request that may take `requestMs` can be sent for `task` now and be answered
       * before this run's lease ends: renews first when less than half the lease (or less than the
       * request needs) is left. The check before each create: sent only while the lease holds.
       */
      ready(task, requestMs) {
        const need = requestMs + SEND_MARGIN_MS;
        const left = () => this.expiresAt - this.o.now().getTime();
        if (this.mine.has(task) && (left() < this.ms / 2 || left() < need))
          this.renew();
        return this.mine.has(task) && left() > need;
      }
      /**
       * Removes the intents of tasks whose numbers are on the branch (`recorded`, whichever run
       * held them) and this run's intents for tasks it never sent a create for (`unstarted`), so no
       * other run waits for them; `restore` puts back the expired intents of tasks taken over but left
       * waiting (a look-up not yet believable), so the next run knows when their create may have been
       * sent. Best effort: an intent left behind ends with its short lease.
       */
      release(recorded, unstarted, restore = /* @__PURE__ */ new Map()) {
        for (let attempt = 1; attempt <= (this.o.attempts ?? 8); attempt++) {
          const base = fetchIntents(this.o.git, this.o.remote);
          const keep2 = /* @__PURE__ */ Object.create(null);
          let removed = 0;
          for (const [task, intent] of Object.entries(base.intents))
            if (recorded.has(task) || intent.run === this.o.run && unstarted.has(task))
              removed++;
            else if (intent.run === this.o.run && restore.has(task)) {
              keep2[task] = restore.get(task);
              removed++;
            } else
              keep2[task] = intent;
          if (removed === 0)
            break;
          const message = `extids sync: release ${removed}`;
          if (pushIntents(this.o.git, this.o.remote, base, keep2, message) === "pushed")
            break;
        }
        for (const task of [...recorded, ...unstarted, ...restore.keys()])
          this.mine.delete(task);
      }
    };
  }
});

// lib/core/sync/record.js
async function record2(t, found) {
  const upstream = `${t.remote}/${t.remoteBranch}`;
  for (let attempt = 1; ; attempt++) {
    t.git.run(["fetch", "-q", t.remote, t.remoteBranch]);
    const base = t.git.sha(upstream);
    if (!base)
      throw new ExtidsError("SYNC_REFUSED", `${upstream} names no commit after a fetch`);
    const { changes, mappings } = recordedFiles(t, base, found);
    if (changes.size === 0)
      return { mappings, files: [], findings: [], changes: [], assigned: [] };
    const tools = [...new Set(found.map((f) => TOOL_LABEL[f.tool]))].join(", ");
    const message = `extids sync: ${tools} items for ${new Set(found.map((f) => f.task)).size} task(s)`;
    const files2 = [...changes].map(([path, c]) => ({
      path,
      id: t.git.hashText(c.after),
      mode: t.git.blob(base, path)?.mode ?? "100644"
    }));
    const sha = t.git.commitOnto(base, files2, message);
    t.say(`pushing the numbers to ${upstream}`);
    if (t.git.pushUnlessMoved(t.remote, `${sha}:refs/heads/${t.remoteBranch}`) === "pushed") {
      t.git.query(["update-ref", `refs/remotes/${upstream}`, sha]);
      const findings = await updateCheckout(t, base, sha, changes);
      return { mappings, files: [...changes.keys()], findings, ...reported(changes) };
    }
    if (attempt >= 5)
      throw new ExtidsError("SYNC_REFUSED", `${upstream} keeps moving; the issues exist and the next run records them from their markers`);
    t.say(`${upstream} moved on; recording again on top of it`);
  }
}
function reported(changes) {
  const out = { changes: [], assigned: [] };
  for (const [file, c] of changes) {
    if (!c.task) {
      out.changes.push({
        kind: "state-written",
        file,
        how: c.before === void 0 ? "created" : "updated"
      });
      continue;
    }
    out.changes.push({
      kind: "task-written",
      file,
      task: c.task.id,
      externalIds: c.task.externalIds
    });
    for (const { tool, key } of c.task.numbers)
      out.assigned.push({ task: c.task.id, tool, externalId: key, file });
  }
  return out;
}
function recordedFiles(t, base, found) {
  const stamp = isoStamp(t.now());
  const stateRel = relPath(t.root, t.stateDir);
  const at2 = (name) => `${stateRel}/${name}`;
  const show = (file) => t.git.show(base, file);
  const mappingText = show(at2(MAPPING_FILE));
  const countersText = show(at2(COUNTERS_FILE));
  const mapping = mappingText === void 0 ? missingStateFile("mapping", at2(MAPPING_FILE)) : parseStateText("mapping", mappingText, at2(MAPPING_FILE), stamp);
  const counters = countersText === void 0 ? missingStateFile("counters", at2(COUNTERS_FILE)) : parseStateText("counters", countersText, at2(COUNTERS_FILE), stamp);
  const linksBefore = show(at2(LINKS_FILE));
  const links = linksBefore === void 0 ? void 0 : parseLinksText(linksBefore, at2(LINKS_FILE));
  const damaged = [mapping, counters, links].flatMap((p) => p && !["missing", "valid", "legacy"].includes(p.status) ? p.findings.filter((f) => f.severity === "error") : []);
  if (damaged.length)
    throw new ExtidsError("STATE_INVALID", `the state files on ${t.remote}/${t.remoteBranch} need \`extids repair\` first (${damaged[0].file}: ${damaged[0].message}); the issues exist and the next run records them from their markers`, { findings: damaged });
  const fileCounters = counters.data?.counters ?? emptyCounters();
  const ledger = new Ledger(mapping.data?.mappings ?? {}, fileCounters, {
    highest: mapping.analysis?.highest
  });
  const nextLinks = Object.assign(/* @__PURE__ */ Object.create(null), links?.links ?? {});
  const keys = /* @__PURE__ */ new Map();
  for (const { tool, task, item, written: w2 } of found) {
    if (ledger.get(task)?.[tool] !== item.key)
      ledger.put(task, tool, item.key);
    const link = {
      id: item.id,
      key: item.key,
      url: item.url,
      hash: w2?.seen ?? contentHash(item),
      ...w2 && { sent: w2.sent }
    };
    nextLinks[task] = { ...nextLinks[task], [tool]: link };
    keys.set(task, { ...keys.get(task), [tool]: item.key });
  }
  const changes = /* @__PURE__ */ new Map();
  const change = (file, before, after, task) => {
    if (after !== before)
      changes.set(file, { before, after, task });
  };
  if (!countersEqual(fileCounters, ledger.counters) || counters.status === "legacy")
    change(at2(COUNTERS_FILE), countersText, canonicalJson({ counters: ledger.counters, updated: stamp, version: FORMAT_VERSION }));
  if (ledger.mappingsChanged || mapping.status === "legacy")
    change(at2(MAPPING_FILE), mappingText, canonicalJson({ mappings: ledger.mappings, updated: stamp, version: FORMAT_VERSION }));
  if (links?.migrated || canonicalJson(nextLinks) !== canonicalJson(links?.links ?? {}))
    change(at2(LINKS_FILE), linksBefore, linksText(nextLinks, stamp));
  const tasksRel = relPath(t.root, t.tasksDir);
  const isTask = (file) => !notATask(tasksRel ? file.slice(tasksRel.length + 1) : file, t.exclude);
  for (const file of t.git.idFiles(base, [...keys.keys()], tasksRel || ".")) {
    if (!isTask(file))
      continue;
    const text = show(file);
    if (text === void 0)
      continue;
    const rec = readTaskText(text, (0, import_node_path14.join)(t.root, file), file);
    const mine = rec.id === void 0 ? void 0 : keys.get(rec.id);
    if (!mine)
      continue;
    const want = { ...rec.externalIds ?? {}, ...mine };
    const numbers = Object.entries(mine).filter(([tool, key]) => rec.externalIds?.[tool] !== key).map(([tool, key]) => ({ tool, key }));
    change(file, text, setExternalIds(text, want, file), {
      id: rec.id,
      externalIds: want,
      numbers
    });
  }
  return { changes, mappings: Object.keys(ledger.mappings).length };
}
async function updateCheckout(t, base, sha, changes) {
  const upstream = `${t.remote}/${t.remoteBranch}`;
  const head = t.git.query(["symbolic-ref", "-q", "HEAD"])?.trim();
  if (!t.branch)
    return [];
  const ref = `refs/heads/${t.branch}`;
  if (head !== ref || !t.git.moveRef(ref, sha, base, "extids sync: record the numbers"))
    return [
      finding("warning", "SYNC_LEFT", `${upstream} moved on while sync ran, so this checkout was left as it is; the numbers are on ${upstream}: pull to get them`)
    ];
  const kept = [];
  await locked(t.store, () => {
    for (const [file, c] of changes) {
      const path = (0, import_node_path14.join)(t.root, file);
      let now;
      try {
        now = (0, import_node_fs10.readFileSync)(path, "utf8");
      } catch {
        now = void 0;
      }
      if (now !== c.before) {
        kept.push(file);
        continue;
      }
      const isState = file.startsWith(`${relPath(t.root, t.stateDir)}/`);
      if (isState && now !== void 0)
        keepCopy(path, `${path}.bak`);
      writeFileAtomic(path, c.after);
      if (t.git.blobOf("index", file) === t.git.blobOf(base, file)) {
        const blob = t.git.blobOf(sha, file);
        if (blob)
          t.git.setIndexBlob(file, blob);
      }
    }
  });
  return kept.map((file) => finding("warning", "SYNC_LEFT", `changed while sync ran, so it was left as it is; the commit on ${upstream} has its numbers (\`git diff HEAD -- ${file}\` shows both)`, { file }));
}
var import_node_fs10, import_node_path14;
var init_record = __esm({
  "lib/core/sync/record.js"() {
    "use strict";
    import_node_fs10 = require("node:fs");
    import_node_path14 = require("node:path");
    init_canonical();
    init_atomic();
    init_findings();
    init_ledger();
    init_parse3();
    init_paths();
    init_schema();
    init_state();
    init_store();
    init_tasks();
    init_content();
    init_ids();
    init_links();
  }
});

// lib/core/commands/sync.js
async function sync(s, o) {
  const lanes = lanesOf(s, o);
  const ctx = contextOf(o);
  const rev = o.dryRun ? "HEAD" : `${o.remote}/${o.remoteBranch}`;
  const { tasks: all, texts } = committedTasks(s, o.git, rev);
  const tasks = all.filter((t) => t.hasFrontmatter && t.id !== void 0);
  const state = committedState(s, o.git, rev, ctx.now());
  const mappings = state.mapping.data?.mappings ?? {};
  const links = o.rebuildLinks ? /* @__PURE__ */ Object.create(null) : state.links;
  const plan2 = planSync(s, o, lanes, tasks, texts, mappings, links);
  const creates = plan2.items.filter((x2) => x2.action === "create");
  if (!o.dryRun)
    refuseTooMany(lanes, creates, o.maxCreates ?? 25);
  const p = {
    findings: [...notSynced(s, all), ...uncommittedTasks(s, o.git)],
    changes: [],
    assigned: [],
    synced: [],
    found: [],
    attempted: /* @__PURE__ */ new Set(),
    unlooked: /* @__PURE__ */ new Set(),
    restore: /* @__PURE__ */ new Map()
  };
  const result2 = (mappingCount2) => ({
    ...report("sync", p.findings, {
      dryRun: o.dryRun,
      changes: p.changes,
      assigned: p.assigned,
      stats: { mappings: mappingCount2, tasks: countTasks(all) }
    }),
    plan: plan2.items,
    synced: p.synced,
    requests: lanes.reduce((n, l3) => n + l3.t.requests, 0)
  });
  if (o.dryRun && !o.rebuildLinks) {
    await preview(ctx, lanes, plan2, links, o, p);
    return result2(Object.keys(mappings).length);
  }
  if (!o.dryRun)
    refuseUncommitted(s, o.git, writesOf(s, plan2.items, tasks, o.rebuildLinks));
  const target = recordTarget(s, o, ctx);
  if (o.rebuildLinks) {
    await rebuildLinks(ctx, lanes, tasks, p);
    if (o.dryRun)
      return result2(Object.keys(mappings).length);
    const done = await record2(target, p.found);
    keep(p, done);
    return result2(done.mappings);
  }
  const lease = new Lease({
    git: o.git,
    remote: o.remote,
    run: (0, import_node_crypto3.randomUUID)(),
    started: ctx.now(),
    leaseMs: o.leaseMs,
    now: ctx.now
  });
  refuseShortLease(lease, lanes, creates);
  let claim2;
  try {
    if (creates.length)
      claim2 = claimIntents(lease, creates, mappings, plan2, lanes, p, ctx);
    for (const lane of lanes) {
      const mine = claim2 ? creates.filter((c) => c.tool === lane.tool) : [];
      if (mine.length) {
        await lookUpTaken(ctx, lane, claim2, plan2, p);
        await createItems(ctx, lane, lease, claim2, plan2, p);
      }
      await reconcile(ctx, lane, plan2, links, p);
    }
  } catch (err) {
    if (err instanceof Stop)
      p.stopped ??= err.message;
    else
      p.failure = err;
  }
  noteStopped(plan2.items, p);
  let mappingCount = Object.keys(mappings).length;
  let recorded = false;
  try {
    if (p.found.length) {
      const done = await record2(target, p.found);
      keep(p, done);
      mappingCount = done.mappings;
    }
    recorded = true;
  } catch (err) {
    p.failure ??= err;
  } finally {
    if (claim2)
      release(lease, claim2, p, recorded);
  }
  if (o.signal?.aborted)
    throw cancelled(o.signal, lanes, p);
  if (p.failure)
    throw p.failure;
  return result2(mappingCount);
}
function keep(p, done) {
  p.findings.push(...done.findings);
  p.changes.push(...done.changes);
  p.assigned.push(...done.assigned);
}
function notSynced(s, all) {
  const out = [];
  for (const t of all) {
    if (t.hasFrontmatter && t.id !== void 0 && s.idPattern.test(t.id))
      continue;
    out.push(...t.findings);
    if (!t.hasFrontmatter)
      continue;
    if (t.id === void 0) {
      if (!t.findings.some((f) => f.code === "FRONTMATTER_PARSE_ERROR"))
        out.push(missingTaskId(t));
    } else
      out.push(invalidTaskId(t));
  }
  return out;
}
function lanesOf(s, o) {
  const config2 = relPath(s.root, s.configFile);
  for (const tool of o.tools ?? [])
    if (!isSyncMode(s.tools, tool))
      throw new ExtidsError("USAGE", `--tools names ${TOOL_LABEL[tool]}, which is not in sync mode in ${config2}`);
  const tools = o.tools ?? TOOLS.filter((t) => isSyncMode(s.tools, t));
  if (tools.length === 0)
    throw new ExtidsError("SYNC_REFUSED", `no tool is in sync mode in ${config2}; set e.g. "tools": {"github": {"mode": "sync"}}`);
  return tools.map((tool) => {
    const t = o.trackers[tool];
    if (!t)
      throw new ExtidsError("SYNC_REFUSED", `${TOOL_LABEL[tool]} is in sync mode in ${config2}, but no tracker was given for it`);
    return { tool, t, marker: (task) => markerFor(o.repo, tool, task) };
  });
}
function contextOf(o) {
  const signal = o.signal;
  const timer = (ms2) => new Promise((r) => {
    const t = setTimeout(r, ms2);
    signal?.addEventListener("abort", () => (clearTimeout(t), r()), { once: true });
  });
  return {
    now: o.now ?? (() => /* @__PURE__ */ new Date()),
    say: o.onStep ?? (() => {
    }),
    sleep: o.sleep ?? timer,
    signal,
    maxWaitMs: o.maxWaitMs ?? 6e4
  };
}
function recordTarget(s, o, ctx) {
  return {
    git: o.git,
    root: s.root,
    stateDir: s.stateDir,
    tasksDir: s.tasksDir,
    exclude: s.exclude,
    remote: o.remote,
    remoteBranch: o.remoteBranch,
    branch: o.branch,
    store: storeOptions(s, o),
    now: ctx.now,
    say: ctx.say
  };
}
function planSync(s, o, lanes, tasks, texts, mappings, links) {
  const info = /* @__PURE__ */ new Map();
  const desired = /* @__PURE__ */ new Map();
  const textOf = (rec) => texts.get(rec.file) ?? "";
  const content = (rec) => {
    let d2 = desired.get(rec.id);
    if (!d2) {
      const body = taskBody(textOf(rec));
      const t = { id: rec.id, file: rec.file, title: rec.title, status: rec.status };
      d2 = desiredItem(o.repo, { ...t, body }, o.remoteBranch, o.serverUrl);
      desired.set(rec.id, d2);
    }
    return d2;
  };
  const statuses = s.config.sync?.statuses;
  const items = [];
  for (const { tool, t, marker } of lanes) {
    const seen = /* @__PURE__ */ new Set();
    for (const rec of tasks) {
      const task = rec.id;
      if (!s.idPattern.test(task) || seen.has(task))
        continue;
      seen.add(task);
      const link = links[task]?.[tool];
      const key = mappings[task]?.[tool] ?? rec.externalIds?.[tool] ?? link?.key;
      const at2 = { tool, task, file: rec.file };
      if (key === void 0) {
        if (o.rebuildLinks || !syncCreates(rec.status, statuses))
          continue;
        info.set(infoKey(tool, task), { rec, text: textOf(rec), desired: content(rec) });
        items.push({ ...at2, action: "create" });
        continue;
      }
      if (o.rebuildLinks)
        continue;
      const d2 = content(rec);
      const linked = link?.key === key && mappings[task]?.[tool] === key;
      if (linked && unchangedSince(t, link, d2, marker(task)))
        continue;
      info.set(infoKey(tool, task), { rec, text: textOf(rec), desired: d2 });
      items.push({ ...at2, action: linked ? stateAction(d2) : "link", key });
    }
  }
  return { items, info };
}
function refuseTooMany(lanes, creates, max) {
  if (creates.length <= max)
    return;
  const parts = lanes.map(({ tool, t }) => [creates.filter((c) => c.tool === tool).length, t]).filter(([n]) => n > 0).map(([n, t]) => `${n} ${t.name} ${t.noun}s`);
  throw new ExtidsError("SYNC_REFUSED", `the plan creates ${parts.join(" and ")}, more than --max-creates ${max}; pass --max-creates ${creates.length} to go ahead (or --dry-run to see them)`);
}
function refuseShortLease(lease, lanes, creates) {
  for (const { tool, t } of lanes)
    if (creates.some((c) => c.tool === tool) && !lease.covers(t.timeoutMs))
      throw new ExtidsError("USAGE", `the lease (${lease.ms} ms) must outlast a request's time-out (${t.timeoutMs} ms) by more than ${SEND_MARGIN_MS} ms, or no create could be sent`);
}
function writesOf(s, plan2, tasks, rebuild) {
  const state = [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE].map((f) => `${relPath(s.root, s.stateDir)}/${f}`);
  if (rebuild)
    return [...state, relPath(s.root, s.tasksDir)];
  const copies = tasksById(tasks);
  const keyed = plan2.filter((x2) => x2.action === "create" || x2.action === "link");
  return [...state, ...keyed.flatMap((x2) => (copies.get(x2.task) ?? []).map((r) => r.file))];
}
function refuseUncommitted(s, git, files2) {
  const top = git.topLevel();
  if (!top || (0, import_node_fs11.realpathSync)(top) !== (0, import_node_fs11.realpathSync)(s.root))
    throw new ExtidsError("SYNC_REFUSED", `sync records at the repository's top level (${top ?? "none found"}), not ${s.root}; run it there`);
  const { changed, untracked } = uncommitted(git, files2);
  const list = (l3) => `${l3.slice(0, 3).join(", ")}${l3.length > 3 ? ` and ${l3.length - 3} more` : ""}`;
  const them = (l3) => l3.length > 1 ? "them" : "it";
  if (changed.length)
    throw new ExtidsError("SYNC_REFUSED", `${list(changed)} ${changed.length > 1 ? "have" : "has"} uncommitted changes, and sync writes ${them(changed)}; commit or stash ${them(changed)} first (nothing was sent)`);
  if (untracked.length)
    throw new ExtidsError("SYNC_REFUSED", `${list(untracked)} ${untracked.length > 1 ? "are" : "is"} not committed yet, and sync writes ${them(untracked)}; commit ${them(untracked)} (or move ${them(untracked)} aside) first (nothing was sent)`);
}
function uncommitted(git, files2) {
  const lines = files2.length ? git.run(["status", "--porcelain", "-z", "--untracked-files=all", "--", ...files2]).split("\0").filter((l3) => l3.length > 3) : [];
  return {
    changed: lines.filter((l3) => !l3.startsWith("??")).map((l3) => l3.slice(3)),
    untracked: lines.filter((l3) => l3.startsWith("??")).map((l3) => l3.slice(3))
  };
}
async function call(c, t, send, o) {
  for (let attempt = 1; ; attempt++) {
    const b2 = t.budget;
    if (b2?.remaining === 0 && b2.resetAt) {
      const wait = b2.resetAt.getTime() - c.now().getTime() + 1e3;
      if (wait > c.maxWaitMs)
        throw new Stop(`the ${t.name} API rate limit is spent until ${b2.resetAt.toISOString()}`);
      if (wait > 0)
        await c.sleep(wait);
    }
    if (c.signal?.aborted)
      throw new Stop(cancelReason(c.signal));
    if (o.maySend && !o.maySend())
      throw new NotSent();
    try {
      return await send();
    } catch (err) {
      if (isTrackerError(err, "rate-limited")) {
        if (attempt >= RETRIES + 2)
          throw err;
        const wait = err.info.retryAfterMs ?? 6e4;
        if (wait > c.maxWaitMs)
          throw new Stop(`the ${t.name} API rate limit is spent until ${new Date(c.now().getTime() + wait).toISOString()}`);
        await c.sleep(wait);
        continue;
      }
      if (isTrackerError(err, "unknown-outcome") && o.repeatable) {
        if (c.signal?.aborted)
          throw new Stop(cancelReason(c.signal));
        if (attempt >= RETRIES)
          throw err;
        await c.sleep(250 * 2 ** attempt);
        continue;
      }
      throw err;
    }
  }
}
function claimIntents(lease, creates, mappings, plan2, lanes, p, c) {
  c.say(`recording the intent to create ${creates.length} item(s)`);
  const byKey = new Map(creates.map((x2) => [intentKey(x2.tool, x2.task), x2]));
  const claim2 = lease.claim([...byKey.keys()], (key) => {
    const [tool, task] = splitKey(key);
    return mappings[task]?.[tool] !== void 0;
  }, (key) => {
    const [tool, task] = splitKey(key);
    const lane = lanes.find((l3) => l3.tool === tool);
    const i = plan2.info.get(infoKey(tool, task));
    return lane && i && createdHash(lane.t, i.desired, lane.marker(task));
  });
  for (const [key, x2] of byKey) {
    const held = claim2.held.get(key);
    if (held)
      p.findings.push(finding("warning", "SYNC_LEFT", `${x2.task}: ${holderText(held)}`, { file: x2.file }));
  }
  for (const key of claim2.taken.keys())
    p.unlooked.add(key);
  return claim2;
}
async function findByMarker(c, lane, tasks, since) {
  const markers = tasks.map(lane.marker);
  const items = await call(c, lane.t, () => lane.t.lookup(markers, since ? { since } : {}), {
    repeatable: true
  });
  const taskOf = new Map(markers.map((m2) => [m2.digest, m2.task]));
  const out = /* @__PURE__ */ new Map();
  for (const item of items) {
    const task = item.marker && taskOf.get(item.marker.digest);
    if (task !== void 0 && !out.has(task))
      out.set(task, item);
  }
  return out;
}
function adopt(p, tool, task, item, sent) {
  p.found.push({ tool, task, item, ...sent && { written: { sent, seen: contentHash(item) } } });
}
async function lookUpTaken(c, lane, claim2, plan2, p) {
  const taken = [...claim2.taken].filter(([key]) => splitKey(key)[0] === lane.tool);
  if (taken.length === 0)
    return;
  const since = Math.min(...taken.map(([, v2]) => Date.parse(v2.since))) - LOOKUP_SLACK_MS;
  c.say(`looking up ${taken.length} ${lane.t.name} item(s) an earlier run may have created`);
  const hits = await findByMarker(c, lane, taken.map(([key]) => splitKey(key)[1]), new Date(Math.max(0, since)));
  for (const [key, intent] of taken) {
    const task = splitKey(key)[1];
    p.unlooked.delete(key);
    const hit = hits.get(task);
    if (hit) {
      adopt(p, lane.tool, task, hit, intent.sent);
      continue;
    }
    const at2 = believableAt(lane.t, intent);
    if (c.now().getTime() >= at2)
      continue;
    p.restore.set(key, intent);
    p.findings.push(finding("warning", "SYNC_LEFT", `${task}: an earlier run may have created its ${lane.t.name} item, and ${lane.t.name}'s search can show it up to ${Math.round(lane.t.lookupConsistency.boundMs / 1e3)} s late; it is looked up again, and created only if none shows, by a run after ${isoStamp(new Date(at2))}`, { file: plan2.info.get(infoKey(lane.tool, task))?.rec.file }));
  }
}
async function createItems(c, lane, lease, claim2, plan2, p) {
  const { tool, t } = lane;
  for (const key of claim2.mine) {
    const [kTool, task] = splitKey(key);
    if (kTool !== tool || p.restore.has(key))
      continue;
    const i = plan2.info.get(infoKey(tool, task));
    const adopted = p.found.find((f) => f.tool === tool && f.task === task);
    if (adopted) {
      p.synced.push({ tool, task, action: "adopt", key: adopted.item.key, url: adopted.item.url });
      continue;
    }
    if (c.signal?.aborted)
      p.stopped ??= cancelReason(c.signal);
    if (p.stopped)
      break;
    p.attempted.add(key);
    const marker = lane.marker(task);
    const sentAt = c.now().getTime();
    c.say(`creating the ${t.noun} for ${task}`);
    let created;
    try {
      const answer = await call(c, t, () => t.create(i.desired.content, marker), {
        repeatable: false,
        maySend: () => lease.ready(key, t.timeoutMs)
      });
      created = answer.item ?? {
        ...answer,
        ...t.render(i.desired.content, marker),
        state: "todo"
      };
    } catch (err) {
      if (err instanceof NotSent || err instanceof Stop) {
        p.attempted.delete(key);
        if (err instanceof Stop)
          p.stopped = err.message;
        else if (!lease.tasks.includes(key))
          p.findings.push(finding("warning", "SYNC_LEFT", `${task}: this run's lease on it ended and another run took it over; that run creates the item`, { file: i.rec.file }));
        else
          p.stopped = "this run could not renew its lease on the tasks in time";
        continue;
      }
      if (!isTrackerError(err, "unknown-outcome")) {
        p.attempted.delete(key);
        throw err;
      }
      if (c.signal?.aborted) {
        p.stopped = cancelReason(c.signal);
        continue;
      }
      c.say(`no answer for ${task}'s create (${err.message}); looking for its marker`);
      const hit = (await findByMarker(c, lane, [task], new Date(sentAt - LOOKUP_SLACK_MS))).get(task);
      if (hit) {
        adopt(p, tool, task, hit, createdHash(t, i.desired, marker));
        p.synced.push({ tool, task, action: "adopt", key: hit.key, url: hit.url });
      } else
        p.findings.push(finding("warning", "SYNC_LEFT", `${task}: ${t.name} did not answer its create and shows no item with its marker yet; a run after this one's lease ends${t.lookupConsistency.kind === "eventual" ? ` (and ${Math.round(t.lookupConsistency.boundMs / 1e3)} s more, the time ${t.name}'s search may lag)` : ""} looks again, and creates it only if there is none`, { file: i.rec.file }));
      continue;
    }
    let item = created;
    p.synced.push({ tool, task, action: "create", key: created.key, url: created.url });
    if (i.desired.target !== "todo") {
      try {
        item = await call(c, t, () => t.transition(created, i.desired.target), {
          repeatable: true
        });
      } catch (err) {
        const sent = createdHash(t, i.desired, marker);
        p.found.push({ tool, task, item: created, written: { sent, seen: contentHash(created) } });
        throw err;
      }
    }
    p.found.push({ tool, task, item, written: wrote(t, i.desired, marker, item) });
  }
}
function decide(lane, x2, d2, current, link) {
  const { t } = lane;
  const marker = lane.marker(x2.task);
  const mark = current.marker;
  if (current.foreign || mark && mark.digest !== marker.digest)
    return {
      kind: "conflict",
      severity: "error",
      why: `${lane.tool} ${x2.key} is ${current.foreign ?? `the ${t.name} ${t.noun} of ${mark.task || "another task"}`}, not this task's ${t.noun}; fix the mapping (\`extids sync --rebuild-links\` reads the markers)`
    };
  if (!link && mark === void 0)
    return { kind: "write", action: "link", fields: [] };
  const edited = link ? contentHash(current) !== link.hash : false;
  const fields = link && unchangedSince(t, link, d2, marker) ? [] : changedFields(current, t.render(d2.content, marker), d2.target);
  if (edited && fields.length)
    return {
      kind: "conflict",
      severity: "warning",
      why: `${t.noun} ${t.keyText(x2.key)} was edited in ${t.name} since extids last wrote it; its ${fields.join(", ")} ${fields.length > 1 ? "differ" : "differs"} from the task and ${fields.length > 1 ? "are" : "is"} left as they are`
    };
  return { kind: "write", action: fields.length ? stateAction(d2, fields) : "link", fields };
}
function missingKey(lane, x2, i) {
  const lines = i.text.split("\n");
  const at2 = lines.findIndex((l3) => l3.includes(x2.key) && /^\s*["']?\w+["']?\s*:/.test(l3));
  const line = at2 >= 0 ? at2 + 1 : void 0;
  return finding("error", "SYNC_CONFLICT", `${x2.task}: ${lane.tool} ${x2.key} names no ${lane.t.name} ${lane.t.noun} these credentials can see; fix the key in the task (or remove it, and sync creates the ${lane.t.noun})`, { file: x2.file, ...line && { line } });
}
async function reconcile(c, lane, plan2, links, p) {
  const { tool, t } = lane;
  for (const x2 of plan2.items.filter((y2) => y2.tool === tool && y2.action !== "create")) {
    if (c.signal?.aborted)
      p.stopped ??= cancelReason(c.signal);
    if (p.stopped)
      break;
    const i = plan2.info.get(infoKey(tool, x2.task));
    const link = linkOf(links, x2);
    const marker = lane.marker(x2.task);
    const name = `${t.noun} ${t.keyText(x2.key)}`;
    try {
      const current = await read(c, lane, x2, link);
      if (!current) {
        p.findings.push(missingKey(lane, x2, i));
        continue;
      }
      const decision = decide(lane, x2, i.desired, current, link);
      if (decision.kind === "conflict") {
        const why = `${x2.task}: ${decision.why}`;
        p.findings.push(finding(decision.severity, "SYNC_CONFLICT", why, { file: x2.file }));
        continue;
      }
      const { action, fields } = decision;
      let item = current;
      if (fields.length)
        c.say(`${STEP[action]} ${name} (${x2.task}): ${fields.join(", ")}`);
      const edit = {
        ...fields.includes("title") && { title: i.desired.content.title },
        ...fields.includes("body") && { body: i.desired.content.body }
      };
      const ifVersion = t.conditionalUpdate === "server" ? current.version : void 0;
      if (edit.title !== void 0 || edit.body !== void 0)
        item = await call(c, t, () => t.update(item, edit, { ifVersion, marker }), {
          repeatable: true
        });
      if (fields.includes("state"))
        item = await call(c, t, () => t.transition(item, i.desired.target), { repeatable: true });
      p.found.push({ tool, task: x2.task, item, written: wrote(t, i.desired, marker, item) });
      p.synced.push({ tool, task: x2.task, action, key: item.key, url: item.url });
    } catch (err) {
      if (err instanceof Stop) {
        p.stopped = err.message;
        break;
      }
      if (isTrackerError(err, "stale")) {
        const why = `${x2.task}: ${name} changed in ${t.name} while sync wrote it; it is left as it is (${err.message})`;
        p.findings.push(finding("warning", "SYNC_CONFLICT", why, { file: x2.file }));
        continue;
      }
      throw err;
    }
  }
}
async function read(c, lane, x2, link) {
  const ref = { key: x2.key, ...link && { id: link.id } };
  try {
    return await call(c, lane.t, () => lane.t.get(ref), { repeatable: true });
  } catch (err) {
    if (isTrackerError(err, "not-found"))
      return void 0;
    throw err;
  }
}
async function preview(c, lanes, plan2, links, o, p) {
  for (const lane of lanes) {
    c.say(`checking the ${lane.t.name} credentials`);
    await call(c, lane.t, () => lane.t.verify(), { repeatable: true });
  }
  const creates = plan2.items.filter((x2) => x2.action === "create");
  const intents = creates.length ? fetchIntents(o.git, o.remote).intents : {};
  const nowMs = c.now().getTime();
  for (const x2 of plan2.items) {
    const lane = lanes.find((l3) => l3.tool === x2.tool);
    if (x2.action === "create") {
      const held = intents[intentKey(x2.tool, x2.task)];
      if (held && holds(held, nowMs)) {
        x2.action = "held";
        x2.why = holderText(held);
        p.findings.push(finding("warning", "SYNC_LEFT", `${x2.task}: ${x2.why}`, { file: x2.file }));
      }
      continue;
    }
    const i = plan2.info.get(infoKey(x2.tool, x2.task));
    const link = linkOf(links, x2);
    const current = await read(c, lane, x2, link);
    if (!current) {
      const f = missingKey(lane, x2, i);
      x2.action = "conflict";
      x2.why = f.message.replace(`${x2.task}: `, "");
      p.findings.push(f);
      continue;
    }
    const decision = decide(lane, x2, i.desired, current, link);
    if (decision.kind === "conflict") {
      x2.action = "conflict";
      x2.why = decision.why;
      p.findings.push(finding(decision.severity, "SYNC_CONFLICT", `${x2.task}: ${decision.why}`, {
        file: x2.file
      }));
    } else
      x2.action = decision.action;
  }
}
async function rebuildLinks(c, lanes, tasks, p) {
  const ids = [...new Set(tasks.map((r) => r.id))];
  for (const lane of lanes) {
    c.say(`reading the markers of every ${lane.t.name} item extids created`);
    for (const [task, item] of await findByMarker(c, lane, ids)) {
      p.found.push({ tool: lane.tool, task, item });
      p.synced.push({ tool: lane.tool, task, action: "link", key: item.key, url: item.url });
    }
  }
}
function noteStopped(plan2, p) {
  if (!p.stopped)
    return;
  const done = new Set(p.synced.map((x2) => intentKey(x2.tool, x2.task)));
  const left = plan2.filter((x2) => !done.has(intentKey(x2.tool, x2.task)));
  if (left.length)
    p.findings.push(finding("warning", "SYNC_LEFT", `stopped (${p.stopped}) with ${left.length} task(s) left for the next run: ${left.slice(0, 10).map((x2) => x2.task).join(", ")}${left.length > 10 ? ", \u2026" : ""}`));
}
function release(lease, claim2, p, recorded) {
  const done = new Set(recorded ? p.found.map((f) => intentKey(f.tool, f.task)) : []);
  const unstarted = new Set(claim2.mine.filter((k2) => !p.attempted.has(k2) && !done.has(k2) && !p.unlooked.has(k2) && !p.restore.has(k2)));
  if (!recorded)
    for (const f of p.found)
      unstarted.delete(intentKey(f.tool, f.task));
  if (done.size === 0 && unstarted.size === 0 && p.restore.size === 0)
    return;
  try {
    lease.release(done, unstarted, p.restore);
  } catch {
  }
}
function cancelled(signal, lanes, p) {
  const made = lanes.map(({ tool, t }) => {
    const n = p.synced.filter((x2) => x2.tool === tool && (x2.action === "create" || x2.action === "adopt")).length;
    return `${n} ${lanes.length > 1 ? `${t.name} ` : ""}${t.noun}(s)`;
  }).join(" and ");
  return new ExtidsError("CANCELLED", `sync was ${cancelReason(signal)}: it recorded the ${made} it had made and released the tasks it had not started; the next run does the rest`, { findings: p.findings });
}
function syncTarget(git, o = {}) {
  const up = git.upstream();
  if (!up)
    throw new ExtidsError("SYNC_REFUSED", "the current branch has no upstream to push the numbers to; check out the default branch (or git push -u)");
  git.run(["fetch", "-q", up.remote, up.remoteBranch]);
  const { ahead, behind } = git.aheadBehind("HEAD", `${up.remote}/${up.remoteBranch}`);
  if ((behind > 0 || ahead > 0) && o.followUpstream)
    return {
      remote: up.remote,
      remoteBranch: up.remoteBranch,
      note: `this checkout is not ${up.remote}/${up.remoteBranch}'s tip (a newer push landed); syncing ${up.remote}/${up.remoteBranch} as it is, and leaving the checkout as it is`
    };
  if (behind > 0)
    throw new ExtidsError("SYNC_REFUSED", `${up.branch} is ${behind} commit(s) behind ${up.remote}/${up.remoteBranch}; pull first, so sync records on the current state`);
  if (ahead > 0)
    throw new ExtidsError("SYNC_REFUSED", `${up.branch} has ${ahead} commit(s) that ${up.remote}/${up.remoteBranch} lacks; push them first, so sync records on the state the team shares`);
  return up;
}
var import_node_crypto3, import_node_fs11, LOOKUP_SLACK_MS, RETRIES, Stop, intentKey, infoKey, cancelReason, sentHash, unchangedSince, createdHash, wrote, stateAction, NotSent, splitKey, believableAt, STEP, linkOf;
var init_sync = __esm({
  "lib/core/commands/sync.js"() {
    "use strict";
    import_node_crypto3 = require("node:crypto");
    import_node_fs11 = require("node:fs");
    init_canonical();
    init_config();
    init_findings();
    init_ids();
    init_paths();
    init_store();
    init_tasks();
    init_diagnose();
    init_committed();
    init_content();
    init_intents();
    init_links();
    init_record();
    init_tracker();
    init_common();
    LOOKUP_SLACK_MS = 5 * 6e4;
    RETRIES = 3;
    Stop = class extends Error {
    };
    intentKey = (tool, task) => `${tool}:${task}`;
    infoKey = intentKey;
    cancelReason = (signal) => `cancelled (${String(signal.reason)})`;
    sentHash = (t, d2, m2) => contentHash({ ...t.render(d2.content, m2), state: d2.target });
    unchangedSince = (t, link, d2, m2) => (link.sent ?? link.hash) === sentHash(t, d2, m2);
    createdHash = (t, d2, m2) => contentHash({ ...t.render(d2.content, m2), state: "todo" });
    wrote = (t, d2, m2, answer) => ({
      sent: sentHash(t, d2, m2),
      seen: contentHash(answer)
    });
    stateAction = (d2, fields) => fields && !fields.includes("state") ? "update" : d2.target === "todo" ? "reopen" : "close";
    NotSent = class extends Error {
    };
    splitKey = (key) => {
      const i = key.indexOf(":");
      return [key.slice(0, i), key.slice(i + 1)];
    };
    believableAt = (t, intent) => t.lookupConsistency.kind === "consistent" ? 0 : Date.parse(intent.expires) + t.lookupConsistency.boundMs;
    STEP = {
      held: "leaving",
      conflict: "leaving",
      create: "creating",
      update: "updating",
      close: "closing",
      reopen: "reopening",
      link: "linking"
    };
    linkOf = (links, x2) => {
      const known = links[x2.task]?.[x2.tool];
      return known?.key === x2.key ? known : void 0;
    };
  }
});

// lib/core/sync/github.js
function serverOfApi(apiUrl) {
  let u;
  try {
    u = new URL(apiUrl);
  } catch {
    return "https://github.com";
  }
  const path = u.pathname.replace(/\/+$/, "").replace(/\/api\/v3$/, "");
  const host = u.host.replace(/^api\./, "");
  return `${u.protocol}//${host}${path}`;
}
var MARKER, markerComment, GitHubTracker;
var init_github = __esm({
  "lib/core/sync/github.js"() {
    "use strict";
    init_tracker();
    MARKER = /<!-- extids:([0-9a-f]{16}) task=(\S+) -->/;
    markerComment = (m2) => `<!-- extids:${m2.digest} task=${m2.task} -->`;
    GitHubTracker = class {
      o;
      name = "GitHub";
      noun = "issue";
      keyText(key) {
        return `#${key}`;
      }
      lookupConsistency = { kind: "consistent" };
      conditionalUpdate = "none";
      requests = 0;
      budget;
      constructor(o) {
        this.o = o;
      }
      get timeoutMs() {
        return this.o.timeoutMs ?? 3e4;
      }
      async verify() {
        await this.request("GET", `/repos/${this.o.repo}`);
      }
      async create(content, marker) {
        const r = await this.request("POST", `/repos/${this.o.repo}/issues`, this.render(content, marker));
        let item;
        try {
          item = this.parse(r.json);
        } catch {
          throw new TrackerError("unknown-outcome", `GitHub POST /repos/${this.o.repo}/issues answered ${r.status} without an issue`, { status: r.status });
        }
        return { id: item.id, key: item.key, url: item.url, item };
      }
      async get(ref) {
        return this.parse((await this.request("GET", this.issuePath(ref))).json);
      }
      /** PATCH title and body; `ifVersion` is not honoured (GitHub has no conditional write). */
      async update(ref, content, opts = {}) {
        const fields = {
          ...content.title !== void 0 && { title: content.title },
          ...content.body !== void 0 && {
            body: this.render({ title: "", body: content.body }, opts.marker).body
          }
        };
        return this.parse((await this.request("PATCH", this.issuePath(ref), fields)).json);
      }
      /** PATCH state and state_reason; an issue already open (or closed) is left as it is. */
      async transition(ref, target) {
        const item = await this.get(ref);
        if (reachedState(item.state, target))
          return item;
        const fields = target === "todo" ? { state: "open", state_reason: "reopened" } : { state: "closed", state_reason: target === "removed" ? "not_planned" : "completed" };
        return this.parse((await this.request("PATCH", this.issuePath(item), fields)).json);
      }
      /**
       * Issues (not pull requests) updated at or after `since`, oldest first, every page, that carry
       * one of `markers`. Not filtered by creator: that needs the token's account (see verify).
       */
      async lookup(markers, opts = {}) {
        const wanted = new Set(markers.map((m2) => `${m2.digest} ${m2.task}`));
        const all = await this.list(opts.since);
        return all.filter((i) => i.marker && wanted.has(`${i.marker.digest} ${i.marker.task}`));
      }
      /** Every issue (not pull request) that carries a marker, updated at or after `since`. */
      async list(since) {
        const q2 = new URLSearchParams({
          state: "all",
          sort: "created",
          direction: "asc",
          per_page: "100"
        });
        if (since)
          q2.set("since", new Date(Math.max(0, since.getTime())).toISOString().replace(/\.\d{3}Z$/, "Z"));
        let next = `/repos/${this.o.repo}/issues?${q2}`;
        const out = [];
        while (next) {
          const r = await this.request("GET", next);
          for (const it of r.json) {
            const item = this.parse(it);
            if (!item.foreign && item.marker)
              out.push(item);
          }
          next = /<([^>]+)>;\s*rel="next"/.exec(r.link ?? "")?.[1];
        }
        return out;
      }
      /** The title as given; the body with the marker's comment on its last line. */
      render(content, marker) {
        return {
          title: content.title,
          body: marker ? `${content.body}${markerComment(marker)}
` : content.body
        };
      }
      issuePath(ref) {
        return `/repos/${this.o.repo}/issues/${encodeURIComponent(ref.key)}`;
      }
      parse(v2) {
        const o = v2;
        if (typeof o?.number !== "number")
          throw new TrackerError("other", "GitHub answered with something that is not an issue");
        const body = typeof o.body === "string" ? o.body : "";
        const m2 = MARKER.exec(body);
        const closed = o.state === "closed";
        return {
          id: String(o.id),
          key: String(o.number),
          url: String(o.html_url ?? ""),
          title: String(o.title ?? ""),
          body,
          state: closed ? o.state_reason === "not_planned" ? "removed" : "done" : "todo",
          version: String(o.updated_at ?? ""),
          ...m2 && { marker: { digest: m2[1], task: m2[2] } },
          ...o.pull_request !== void 0 && o.pull_request !== null && { foreign: "a pull request" }
        };
      }
      async request(method, path, body) {
        const url = path.startsWith("http") ? path : `${this.o.apiUrl.replace(/\/+$/, "")}${path}`;
        const what = `GitHub ${method} ${path.replace(/^https?:\/\/[^/]+/, "")}`;
        this.requests++;
        let res;
        try {
          res = await this.o.fetch(url, {
            method,
            headers: {
              accept: "application/vnd.github+json",
              authorization: `Bearer ${this.o.token}`,
              "x-github-api-version": "2022-11-28",
              "user-agent": "extids",
              ...body === void 0 ? {} : { "content-type": "application/json" }
            },
            body: body === void 0 ? void 0 : JSON.stringify(body),
            signal: requestSignal(this.o)
          });
        } catch (err) {
          throw new TrackerError("unknown-outcome", `${what}: ${err.message}`, {
            status: 0
          });
        }
        const remaining2 = res.headers.get("x-ratelimit-remaining");
        const reset = res.headers.get("x-ratelimit-reset");
        if (remaining2 !== null || reset !== null)
          this.budget = {
            ...remaining2 !== null && { remaining: Number(remaining2) },
            ...reset !== null && { resetAt: new Date(Number(reset) * 1e3) }
          };
        const text = await res.text().catch(() => "");
        let json;
        try {
          json = text ? JSON.parse(text) : void 0;
        } catch {
          json = void 0;
        }
        if (res.status < 400)
          return { status: res.status, json, link: res.headers.get("link") ?? void 0 };
        const message = json?.message ?? text.slice(0, 200);
        const retryAfter = res.headers.get("retry-after");
        const limited = res.status === 429 || res.status === 403 && (retryAfter !== null || remaining2 === "0" || /rate limit/i.test(message));
        const failed = `${what} failed (${res.status}): ${message}`;
        if (limited) {
          const retryAfterMs = retryAfter !== null ? Number(retryAfter) * 1e3 : remaining2 === "0" && reset !== null ? Math.max(0, Number(reset) * 1e3 - this.o.now().getTime() + 1e3) : 6e4;
          throw new TrackerError("rate-limited", failed, { status: res.status, retryAfterMs });
        }
        let kind;
        if (res.status >= 500)
          kind = "unknown-outcome";
        else if (res.status === 401 || res.status === 403)
          kind = "auth";
        else if (res.status === 404 || res.status === 410)
          kind = "not-found";
        else
          kind = "other";
        throw new TrackerError(kind, failed, { status: res.status });
      }
    };
  }
});

// node_modules/marked/lib/marked.esm.js
function L() {
  return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
}
function G(l3) {
  T = l3;
}
function d(l3, e = "") {
  let t = typeof l3 == "string" ? l3 : l3.source, n = { replace: (r, i) => {
    let s = typeof i == "string" ? i : i.source;
    return s = s.replace(m.caret, "$1"), t = t.replace(r, s), n;
  }, getRegex: () => new RegExp(t, e) };
  return n;
}
function w(l3, e) {
  if (e) {
    if (m.escapeTest.test(l3)) return l3.replace(m.escapeReplace, ge);
  } else if (m.escapeTestNoEncode.test(l3)) return l3.replace(m.escapeReplaceNoEncode, ge);
  return l3;
}
function J(l3) {
  try {
    l3 = encodeURI(l3).replace(m.percentDecode, "%");
  } catch {
    return null;
  }
  return l3;
}
function V(l3, e) {
  let t = l3.replace(m.findPipe, (i, s, a) => {
    let o = false, p = s;
    for (; --p >= 0 && a[p] === "\\"; ) o = !o;
    return o ? "|" : " |";
  }), n = t.split(m.splitPipe), r = 0;
  if (n[0].trim() || n.shift(), n.length > 0 && !n.at(-1)?.trim() && n.pop(), e) if (n.length > e) n.splice(e);
  else for (; n.length < e; ) n.push("");
  for (; r < n.length; r++) n[r] = n[r].trim().replace(m.slashPipe, "|");
  return n;
}
function z(l3, e, t) {
  let n = l3.length;
  if (n === 0) return "";
  let r = 0;
  for (; r < n; ) {
    let i = l3.charAt(n - r - 1);
    if (i === e && !t) r++;
    else if (i !== e && t) r++;
    else break;
  }
  return l3.slice(0, n - r);
}
function fe(l3, e) {
  if (l3.indexOf(e[1]) === -1) return -1;
  let t = 0;
  for (let n = 0; n < l3.length; n++) if (l3[n] === "\\") n++;
  else if (l3[n] === e[0]) t++;
  else if (l3[n] === e[1] && (t--, t < 0)) return n;
  return t > 0 ? -2 : -1;
}
function me(l3, e, t, n, r) {
  let i = e.href, s = e.title || null, a = l3[1].replace(r.other.outputLinkReplace, "$1");
  n.state.inLink = true;
  let o = { type: l3[0].charAt(0) === "!" ? "image" : "link", raw: t, href: i, title: s, text: a, tokens: n.inlineTokens(a) };
  return n.state.inLink = false, o;
}
function Ye(l3, e, t) {
  let n = l3.match(t.other.indentCodeCompensation);
  if (n === null) return e;
  let r = n[1];
  return e.split(`
`).map((i) => {
    let s = i.match(t.other.beginningSpace);
    if (s === null) return i;
    let [a] = s;
    return a.length >= r.length ? i.slice(r.length) : i;
  }).join(`
`);
}
function k(l3, e) {
  return _.parse(l3, e);
}
var T, E, be, m, Re, Te, Oe, I, we, F, ie, oe, ye, j, Pe, Q, Se, $e, v, U, _e, ae, Le, K, re, Me, ze, Ae, Ee, le, Ie, D, W, ue, Ce, pe, Be, qe, ve, ce, De, He, he, Ze, Ge, Ne, Fe, je, Qe, Ue, q, Ke, de, ke, We, se, X, Xe, N, Je, C, M, Ve, ge, y, x, P, $, b, S, B, _, Zt, Gt, Nt, Ft, jt, Ut, Kt;
var init_marked_esm = __esm({
  "node_modules/marked/lib/marked.esm.js"() {
    T = L();
    E = { exec: () => null };
    be = (() => {
      try {
        return !!new RegExp("(?<=1)(?<!1)");
      } catch {
        return false;
      }
    })();
    m = { codeRemoveIndent: /^(?: {1,4}| {0,3}\t)/gm, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+) *)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, listReplaceTabs: /^\t+/, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\] /, listReplaceTask: /^\[[ xX]\] +/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, unescapeTest: /&(#(?:\d+)|(?:#x[0-9A-Fa-f]+)|(?:\w+));?/ig, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (l3) => new RegExp(`^( {0,3}${l3})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: (l3) => new RegExp(`^ {0,${Math.min(3, l3 - 1)}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`), hrRegex: (l3) => new RegExp(`^ {0,${Math.min(3, l3 - 1)}}((?:- *){3,}|(?:_ *){3,}|(?:\\* *){3,})(?:\\n+|$)`), fencesBeginRegex: (l3) => new RegExp(`^ {0,${Math.min(3, l3 - 1)}}(?:\`\`\`|~~~)`), headingBeginRegex: (l3) => new RegExp(`^ {0,${Math.min(3, l3 - 1)}}#`), htmlBeginRegex: (l3) => new RegExp(`^ {0,${Math.min(3, l3 - 1)}}<(?:[a-z].*>|!--)`, "i") };
    Re = /^(?:[ \t]*(?:\n|$))+/;
    Te = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
    Oe = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}\1[~`]* *(?=\n|$)|$)/;
    I = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
    we = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
    F = /(?:[*+-]|\d{1,9}[.)])/;
    ie = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |blockCode|fences|blockquote|heading|html|table))+?)\n {0,3}(=+|-+) *(?:\n+|$)/;
    oe = d(ie).replace(/bull/g, F).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}/).replace(/html/g, / {0,3}<[^\n>]+>\n/).replace(/\|table/g, "").getRegex();
    ye = d(ie).replace(/bull/g, F).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}/).replace(/html/g, / {0,3}<[^\n>]+>\n/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).getRegex();
    j = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table| +\n)[^\n]+)*)/;
    Pe = /^[^\n]+/;
    Q = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\])+/;
    Se = d(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<.*?>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", Q).replace("title", /(?:"(?:\\"?|[^"\\])*"|'[^'\n]*(?:\n[^'\n]+)*\n?'|\([^()]*\))/).getRegex();
    $e = d(/^( {0,3}bull)([ \t][^\n]+?)?(?:\n|$)/).replace(/bull/g, F).getRegex();
    v = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
    U = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
    _e = d("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n+|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>\\n*|$)|<![A-Z][\\s\\S]*?(?:>\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>\\n*|$)|</?(tag)(?: +|\\n|/?>)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!script|pre|style|textarea)([a-z][\\w-]*)(?:attribute)*? */?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</(?!script|pre|style|textarea)[a-z][\\w-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", U).replace("tag", v).replace("attribute", / +[a-zA-Z:_][\w.:-]*(?: *= *"[^"\n]*"| *= *'[^'\n]*'| *= *[^\s"'=<>`]+)?/).getRegex();
    ae = d(j).replace("hr", I).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)]) ").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex();
    Le = d(/^( {0,3}> ?(paragraph|[^\n]*)(?:\n|$))+/).replace("paragraph", ae).getRegex();
    K = { blockquote: Le, code: Te, def: Se, fences: Oe, heading: we, hr: I, html: _e, lheading: oe, list: $e, newline: Re, paragraph: ae, table: E, text: Pe };
    re = d("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", I).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)]) ").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex();
    Me = { ...K, lheading: ye, table: re, paragraph: d(j).replace("hr", I).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", re).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*\\n)|~{3,})[^\\n]*\\n").replace("list", " {0,3}(?:[*+-]|1[.)]) ").replace("html", "</?(?:tag)(?: +|\\n|/?>)|<(?:script|pre|style|textarea|!--)").replace("tag", v).getRegex() };
    ze = { ...K, html: d(`^ *(?:comment *(?:\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1> *(?:\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?> *(?:\\n{2,}|\\s*$))`).replace("comment", U).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: E, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: d(j).replace("hr", I).replace("heading", ` *#{1,6} *[^
]`).replace("lheading", oe).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").getRegex() };
    Ae = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
    Ee = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
    le = /^( {2,}|\\)\n(?!\s*$)/;
    Ie = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
    D = /[\p{P}\p{S}]/u;
    W = /[\s\p{P}\p{S}]/u;
    ue = /[^\s\p{P}\p{S}]/u;
    Ce = d(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, W).getRegex();
    pe = /(?!~)[\p{P}\p{S}]/u;
    Be = /(?!~)[\s\p{P}\p{S}]/u;
    qe = /(?:[^\s\p{P}\p{S}]|~)/u;
    ve = d(/link|precode-code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-", be ? "(?<!`)()" : "(^^|[^`])").replace("code", /(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
    ce = /^(?:\*+(?:((?!\*)punct)|[^\s*]))|^_+(?:((?!_)punct)|([^\s_]))/;
    De = d(ce, "u").replace(/punct/g, D).getRegex();
    He = d(ce, "u").replace(/punct/g, pe).getRegex();
    he = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
    Ze = d(he, "gu").replace(/notPunctSpace/g, ue).replace(/punctSpace/g, W).replace(/punct/g, D).getRegex();
    Ge = d(he, "gu").replace(/notPunctSpace/g, qe).replace(/punctSpace/g, Be).replace(/punct/g, pe).getRegex();
    Ne = d("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, ue).replace(/punctSpace/g, W).replace(/punct/g, D).getRegex();
    Fe = d(/\\(punct)/, "gu").replace(/punct/g, D).getRegex();
    je = d(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
    Qe = d(U).replace("(?:-->|$)", "-->").getRegex();
    Ue = d("^comment|^</[a-zA-Z][\\w:-]*\\s*>|^<[a-zA-Z][\\w-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", Qe).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
    q = /(?:\[(?:\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+[^`]*?`+(?!`)|[^\[\]\\`])*?/;
    Ke = d(/^!?\[(label)\]\(\s*(href)(?:(?:[ \t]*(?:\n[ \t]*)?)(title))?\s*\)/).replace("label", q).replace("href", /<(?:\\.|[^\n<>\\])+>|[^ \t\n\x00-\x1f]*/).replace("title", /"(?:\\"?|[^"\\])*"|'(?:\\'?|[^'\\])*'|\((?:\\\)?|[^)\\])*\)/).getRegex();
    de = d(/^!?\[(label)\]\[(ref)\]/).replace("label", q).replace("ref", Q).getRegex();
    ke = d(/^!?\[(ref)\](?:\[\])?/).replace("ref", Q).getRegex();
    We = d("reflink|nolink(?!\\()", "g").replace("reflink", de).replace("nolink", ke).getRegex();
    se = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
    X = { _backpedal: E, anyPunctuation: Fe, autolink: je, blockSkip: ve, br: le, code: Ee, del: E, emStrongLDelim: De, emStrongRDelimAst: Ze, emStrongRDelimUnd: Ne, escape: Ae, link: Ke, nolink: ke, punctuation: Ce, reflink: de, reflinkSearch: We, tag: Ue, text: Ie, url: E };
    Xe = { ...X, link: d(/^!?\[(label)\]\((.*?)\)/).replace("label", q).getRegex(), reflink: d(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", q).getRegex() };
    N = { ...X, emStrongRDelimAst: Ge, emStrongLDelim: He, url: d(/^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("protocol", se).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![-_])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: d(/^([`~]+|[^`~])(?:(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|www\.|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)))/).replace("protocol", se).getRegex() };
    Je = { ...N, br: d(le).replace("{2,}", "*").getRegex(), text: d(N.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
    C = { normal: K, gfm: Me, pedantic: ze };
    M = { normal: X, gfm: N, breaks: Je, pedantic: Xe };
    Ve = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
    ge = (l3) => Ve[l3];
    y = class {
      options;
      rules;
      lexer;
      constructor(e) {
        this.options = e || T;
      }
      space(e) {
        let t = this.rules.block.newline.exec(e);
        if (t && t[0].length > 0) return { type: "space", raw: t[0] };
      }
      code(e) {
        let t = this.rules.block.code.exec(e);
        if (t) {
          let n = t[0].replace(this.rules.other.codeRemoveIndent, "");
          return { type: "code", raw: t[0], codeBlockStyle: "indented", text: this.options.pedantic ? n : z(n, `
`) };
        }
      }
      fences(e) {
        let t = this.rules.block.fences.exec(e);
        if (t) {
          let n = t[0], r = Ye(n, t[3] || "", this.rules);
          return { type: "code", raw: n, lang: t[2] ? t[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t[2], text: r };
        }
      }
      heading(e) {
        let t = this.rules.block.heading.exec(e);
        if (t) {
          let n = t[2].trim();
          if (this.rules.other.endingHash.test(n)) {
            let r = z(n, "#");
            (this.options.pedantic || !r || this.rules.other.endingSpaceChar.test(r)) && (n = r.trim());
          }
          return { type: "heading", raw: t[0], depth: t[1].length, text: n, tokens: this.lexer.inline(n) };
        }
      }
      hr(e) {
        let t = this.rules.block.hr.exec(e);
        if (t) return { type: "hr", raw: z(t[0], `
`) };
      }
      blockquote(e) {
        let t = this.rules.block.blockquote.exec(e);
        if (t) {
          let n = z(t[0], `
`).split(`
`), r = "", i = "", s = [];
          for (; n.length > 0; ) {
            let a = false, o = [], p;
            for (p = 0; p < n.length; p++) if (this.rules.other.blockquoteStart.test(n[p])) o.push(n[p]), a = true;
            else if (!a) o.push(n[p]);
            else break;
            n = n.slice(p);
            let u = o.join(`
`), c = u.replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
            r = r ? `${r}
${u}` : u, i = i ? `${i}
${c}` : c;
            let g = this.lexer.state.top;
            if (this.lexer.state.top = true, this.lexer.blockTokens(c, s, true), this.lexer.state.top = g, n.length === 0) break;
            let h = s.at(-1);
            if (h?.type === "code") break;
            if (h?.type === "blockquote") {
              let R = h, f = R.raw + `
` + n.join(`
`), O = this.blockquote(f);
              s[s.length - 1] = O, r = r.substring(0, r.length - R.raw.length) + O.raw, i = i.substring(0, i.length - R.text.length) + O.text;
              break;
            } else if (h?.type === "list") {
              let R = h, f = R.raw + `
` + n.join(`
`), O = this.list(f);
              s[s.length - 1] = O, r = r.substring(0, r.length - h.raw.length) + O.raw, i = i.substring(0, i.length - R.raw.length) + O.raw, n = f.substring(s.at(-1).raw.length).split(`
`);
              continue;
            }
          }
          return { type: "blockquote", raw: r, tokens: s, text: i };
        }
      }
      list(e) {
        let t = this.rules.block.list.exec(e);
        if (t) {
          let n = t[1].trim(), r = n.length > 1, i = { type: "list", raw: "", ordered: r, start: r ? +n.slice(0, -1) : "", loose: false, items: [] };
          n = r ? `\\d{1,9}\\${n.slice(-1)}` : `\\${n}`, this.options.pedantic && (n = r ? n : "[*+-]");
          let s = this.rules.other.listItemRegex(n), a = false;
          for (; e; ) {
            let p = false, u = "", c = "";
            if (!(t = s.exec(e)) || this.rules.block.hr.test(e)) break;
            u = t[0], e = e.substring(u.length);
            let g = t[2].split(`
`, 1)[0].replace(this.rules.other.listReplaceTabs, (H) => " ".repeat(3 * H.length)), h = e.split(`
`, 1)[0], R = !g.trim(), f = 0;
            if (this.options.pedantic ? (f = 2, c = g.trimStart()) : R ? f = t[1].length + 1 : (f = t[2].search(this.rules.other.nonSpaceChar), f = f > 4 ? 1 : f, c = g.slice(f), f += t[1].length), R && this.rules.other.blankLine.test(h) && (u += h + `
`, e = e.substring(h.length + 1), p = true), !p) {
              let H = this.rules.other.nextBulletRegex(f), ee = this.rules.other.hrRegex(f), te = this.rules.other.fencesBeginRegex(f), ne = this.rules.other.headingBeginRegex(f), xe = this.rules.other.htmlBeginRegex(f);
              for (; e; ) {
                let Z = e.split(`
`, 1)[0], A;
                if (h = Z, this.options.pedantic ? (h = h.replace(this.rules.other.listReplaceNesting, "  "), A = h) : A = h.replace(this.rules.other.tabCharGlobal, "    "), te.test(h) || ne.test(h) || xe.test(h) || H.test(h) || ee.test(h)) break;
                if (A.search(this.rules.other.nonSpaceChar) >= f || !h.trim()) c += `
` + A.slice(f);
                else {
                  if (R || g.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || te.test(g) || ne.test(g) || ee.test(g)) break;
                  c += `
` + h;
                }
                !R && !h.trim() && (R = true), u += Z + `
`, e = e.substring(Z.length + 1), g = A.slice(f);
              }
            }
            i.loose || (a ? i.loose = true : this.rules.other.doubleBlankLine.test(u) && (a = true));
            let O = null, Y;
            this.options.gfm && (O = this.rules.other.listIsTask.exec(c), O && (Y = O[0] !== "[ ] ", c = c.replace(this.rules.other.listReplaceTask, ""))), i.items.push({ type: "list_item", raw: u, task: !!O, checked: Y, loose: false, text: c, tokens: [] }), i.raw += u;
          }
          let o = i.items.at(-1);
          if (o) o.raw = o.raw.trimEnd(), o.text = o.text.trimEnd();
          else return;
          i.raw = i.raw.trimEnd();
          for (let p = 0; p < i.items.length; p++) if (this.lexer.state.top = false, i.items[p].tokens = this.lexer.blockTokens(i.items[p].text, []), !i.loose) {
            let u = i.items[p].tokens.filter((g) => g.type === "space"), c = u.length > 0 && u.some((g) => this.rules.other.anyLine.test(g.raw));
            i.loose = c;
          }
          if (i.loose) for (let p = 0; p < i.items.length; p++) i.items[p].loose = true;
          return i;
        }
      }
      html(e) {
        let t = this.rules.block.html.exec(e);
        if (t) return { type: "html", block: true, raw: t[0], pre: t[1] === "pre" || t[1] === "script" || t[1] === "style", text: t[0] };
      }
      def(e) {
        let t = this.rules.block.def.exec(e);
        if (t) {
          let n = t[1].toLowerCase().replace(this.rules.other.multipleSpaceGlobal, " "), r = t[2] ? t[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", i = t[3] ? t[3].substring(1, t[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t[3];
          return { type: "def", tag: n, raw: t[0], href: r, title: i };
        }
      }
      table(e) {
        let t = this.rules.block.table.exec(e);
        if (!t || !this.rules.other.tableDelimiter.test(t[2])) return;
        let n = V(t[1]), r = t[2].replace(this.rules.other.tableAlignChars, "").split("|"), i = t[3]?.trim() ? t[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], s = { type: "table", raw: t[0], header: [], align: [], rows: [] };
        if (n.length === r.length) {
          for (let a of r) this.rules.other.tableAlignRight.test(a) ? s.align.push("right") : this.rules.other.tableAlignCenter.test(a) ? s.align.push("center") : this.rules.other.tableAlignLeft.test(a) ? s.align.push("left") : s.align.push(null);
          for (let a = 0; a < n.length; a++) s.header.push({ text: n[a], tokens: this.lexer.inline(n[a]), header: true, align: s.align[a] });
          for (let a of i) s.rows.push(V(a, s.header.length).map((o, p) => ({ text: o, tokens: this.lexer.inline(o), header: false, align: s.align[p] })));
          return s;
        }
      }
      lheading(e) {
        let t = this.rules.block.lheading.exec(e);
        if (t) return { type: "heading", raw: t[0], depth: t[2].charAt(0) === "=" ? 1 : 2, text: t[1], tokens: this.lexer.inline(t[1]) };
      }
      paragraph(e) {
        let t = this.rules.block.paragraph.exec(e);
        if (t) {
          let n = t[1].charAt(t[1].length - 1) === `
` ? t[1].slice(0, -1) : t[1];
          return { type: "paragraph", raw: t[0], text: n, tokens: this.lexer.inline(n) };
        }
      }
      text(e) {
        let t = this.rules.block.text.exec(e);
        if (t) return { type: "text", raw: t[0], text: t[0], tokens: this.lexer.inline(t[0]) };
      }
      escape(e) {
        let t = this.rules.inline.escape.exec(e);
        if (t) return { type: "escape", raw: t[0], text: t[1] };
      }
      tag(e) {
        let t = this.rules.inline.tag.exec(e);
        if (t) return !this.lexer.state.inLink && this.rules.other.startATag.test(t[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t[0] };
      }
      link(e) {
        let t = this.rules.inline.link.exec(e);
        if (t) {
          let n = t[2].trim();
          if (!this.options.pedantic && this.rules.other.startAngleBracket.test(n)) {
            if (!this.rules.other.endAngleBracket.test(n)) return;
            let s = z(n.slice(0, -1), "\\");
            if ((n.length - s.length) % 2 === 0) return;
          } else {
            let s = fe(t[2], "()");
            if (s === -2) return;
            if (s > -1) {
              let o = (t[0].indexOf("!") === 0 ? 5 : 4) + t[1].length + s;
              t[2] = t[2].substring(0, s), t[0] = t[0].substring(0, o).trim(), t[3] = "";
            }
          }
          let r = t[2], i = "";
          if (this.options.pedantic) {
            let s = this.rules.other.pedanticHrefTitle.exec(r);
            s && (r = s[1], i = s[3]);
          } else i = t[3] ? t[3].slice(1, -1) : "";
          return r = r.trim(), this.rules.other.startAngleBracket.test(r) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(n) ? r = r.slice(1) : r = r.slice(1, -1)), me(t, { href: r && r.replace(this.rules.inline.anyPunctuation, "$1"), title: i && i.replace(this.rules.inline.anyPunctuation, "$1") }, t[0], this.lexer, this.rules);
        }
      }
      reflink(e, t) {
        let n;
        if ((n = this.rules.inline.reflink.exec(e)) || (n = this.rules.inline.nolink.exec(e))) {
          let r = (n[2] || n[1]).replace(this.rules.other.multipleSpaceGlobal, " "), i = t[r.toLowerCase()];
          if (!i) {
            let s = n[0].charAt(0);
            return { type: "text", raw: s, text: s };
          }
          return me(n, i, n[0], this.lexer, this.rules);
        }
      }
      emStrong(e, t, n = "") {
        let r = this.rules.inline.emStrongLDelim.exec(e);
        if (!r || r[3] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
        if (!(r[1] || r[2] || "") || !n || this.rules.inline.punctuation.exec(n)) {
          let s = [...r[0]].length - 1, a, o, p = s, u = 0, c = r[0][0] === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd;
          for (c.lastIndex = 0, t = t.slice(-1 * e.length + s); (r = c.exec(t)) != null; ) {
            if (a = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !a) continue;
            if (o = [...a].length, r[3] || r[4]) {
              p += o;
              continue;
            } else if ((r[5] || r[6]) && s % 3 && !((s + o) % 3)) {
              u += o;
              continue;
            }
            if (p -= o, p > 0) continue;
            o = Math.min(o, o + p + u);
            let g = [...r[0]][0].length, h = e.slice(0, s + r.index + g + o);
            if (Math.min(s, o) % 2) {
              let f = h.slice(1, -1);
              return { type: "em", raw: h, text: f, tokens: this.lexer.inlineTokens(f) };
            }
            let R = h.slice(2, -2);
            return { type: "strong", raw: h, text: R, tokens: this.lexer.inlineTokens(R) };
          }
        }
      }
      codespan(e) {
        let t = this.rules.inline.code.exec(e);
        if (t) {
          let n = t[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n), i = this.rules.other.startingSpaceChar.test(n) && this.rules.other.endingSpaceChar.test(n);
          return r && i && (n = n.substring(1, n.length - 1)), { type: "codespan", raw: t[0], text: n };
        }
      }
      br(e) {
        let t = this.rules.inline.br.exec(e);
        if (t) return { type: "br", raw: t[0] };
      }
      del(e) {
        let t = this.rules.inline.del.exec(e);
        if (t) return { type: "del", raw: t[0], text: t[2], tokens: this.lexer.inlineTokens(t[2]) };
      }
      autolink(e) {
        let t = this.rules.inline.autolink.exec(e);
        if (t) {
          let n, r;
          return t[2] === "@" ? (n = t[1], r = "mailto:" + n) : (n = t[1], r = n), { type: "link", raw: t[0], text: n, href: r, tokens: [{ type: "text", raw: n, text: n }] };
        }
      }
      url(e) {
        let t;
        if (t = this.rules.inline.url.exec(e)) {
          let n, r;
          if (t[2] === "@") n = t[0], r = "mailto:" + n;
          else {
            let i;
            do
              i = t[0], t[0] = this.rules.inline._backpedal.exec(t[0])?.[0] ?? "";
            while (i !== t[0]);
            n = t[0], t[1] === "www." ? r = "http://" + t[0] : r = t[0];
          }
          return { type: "link", raw: t[0], text: n, href: r, tokens: [{ type: "text", raw: n, text: n }] };
        }
      }
      inlineText(e) {
        let t = this.rules.inline.text.exec(e);
        if (t) {
          let n = this.lexer.state.inRawBlock;
          return { type: "text", raw: t[0], text: t[0], escaped: n };
        }
      }
    };
    x = class l {
      tokens;
      options;
      state;
      tokenizer;
      inlineQueue;
      constructor(e) {
        this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e || T, this.options.tokenizer = this.options.tokenizer || new y(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, top: true };
        let t = { other: m, block: C.normal, inline: M.normal };
        this.options.pedantic ? (t.block = C.pedantic, t.inline = M.pedantic) : this.options.gfm && (t.block = C.gfm, this.options.breaks ? t.inline = M.breaks : t.inline = M.gfm), this.tokenizer.rules = t;
      }
      static get rules() {
        return { block: C, inline: M };
      }
      static lex(e, t) {
        return new l(t).lex(e);
      }
      static lexInline(e, t) {
        return new l(t).inlineTokens(e);
      }
      lex(e) {
        e = e.replace(m.carriageReturn, `
`), this.blockTokens(e, this.tokens);
        for (let t = 0; t < this.inlineQueue.length; t++) {
          let n = this.inlineQueue[t];
          this.inlineTokens(n.src, n.tokens);
        }
        return this.inlineQueue = [], this.tokens;
      }
      blockTokens(e, t = [], n = false) {
        for (this.options.pedantic && (e = e.replace(m.tabCharGlobal, "    ").replace(m.spaceLine, "")); e; ) {
          let r;
          if (this.options.extensions?.block?.some((s) => (r = s.call({ lexer: this }, e, t)) ? (e = e.substring(r.raw.length), t.push(r), true) : false)) continue;
          if (r = this.tokenizer.space(e)) {
            e = e.substring(r.raw.length);
            let s = t.at(-1);
            r.raw.length === 1 && s !== void 0 ? s.raw += `
` : t.push(r);
            continue;
          }
          if (r = this.tokenizer.code(e)) {
            e = e.substring(r.raw.length);
            let s = t.at(-1);
            s?.type === "paragraph" || s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.at(-1).src = s.text) : t.push(r);
            continue;
          }
          if (r = this.tokenizer.fences(e)) {
            e = e.substring(r.raw.length), t.push(r);
            continue;
          }
          if (r = this.tokenizer.heading(e)) {
            e = e.substring(r.raw.length), t.push(r);
            continue;
          }
          if (r = this.tokenizer.hr(e)) {
            e = e.substring(r.raw.length), t.push(r);
            continue;
          }
          if (r = this.tokenizer.blockquote(e)) {
            e = e.substring(r.raw.length), t.push(r);
            continue;
          }
          if (r = this.tokenizer.list(e)) {
            e = e.substring(r.raw.length), t.push(r);
            continue;
          }
          if (r = this.tokenizer.html(e)) {
            e = e.substring(r.raw.length), t.push(r);
            continue;
          }
          if (r = this.tokenizer.def(e)) {
            e = e.substring(r.raw.length);
            let s = t.at(-1);
            s?.type === "paragraph" || s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.raw, this.inlineQueue.at(-1).src = s.text) : this.tokens.links[r.tag] || (this.tokens.links[r.tag] = { href: r.href, title: r.title }, t.push(r));
            continue;
          }
          if (r = this.tokenizer.table(e)) {
            e = e.substring(r.raw.length), t.push(r);
            continue;
          }
          if (r = this.tokenizer.lheading(e)) {
            e = e.substring(r.raw.length), t.push(r);
            continue;
          }
          let i = e;
          if (this.options.extensions?.startBlock) {
            let s = 1 / 0, a = e.slice(1), o;
            this.options.extensions.startBlock.forEach((p) => {
              o = p.call({ lexer: this }, a), typeof o == "number" && o >= 0 && (s = Math.min(s, o));
            }), s < 1 / 0 && s >= 0 && (i = e.substring(0, s + 1));
          }
          if (this.state.top && (r = this.tokenizer.paragraph(i))) {
            let s = t.at(-1);
            n && s?.type === "paragraph" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = s.text) : t.push(r), n = i.length !== e.length, e = e.substring(r.raw.length);
            continue;
          }
          if (r = this.tokenizer.text(e)) {
            e = e.substring(r.raw.length);
            let s = t.at(-1);
            s?.type === "text" ? (s.raw += (s.raw.endsWith(`
`) ? "" : `
`) + r.raw, s.text += `
` + r.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = s.text) : t.push(r);
            continue;
          }
          if (e) {
            let s = "Infinite loop on byte: " + e.charCodeAt(0);
            if (this.options.silent) {
              console.error(s);
              break;
            } else throw new Error(s);
          }
        }
        return this.state.top = true, t;
      }
      inline(e, t = []) {
        return this.inlineQueue.push({ src: e, tokens: t }), t;
      }
      inlineTokens(e, t = []) {
        let n = e, r = null;
        if (this.tokens.links) {
          let o = Object.keys(this.tokens.links);
          if (o.length > 0) for (; (r = this.tokenizer.rules.inline.reflinkSearch.exec(n)) != null; ) o.includes(r[0].slice(r[0].lastIndexOf("[") + 1, -1)) && (n = n.slice(0, r.index) + "[" + "a".repeat(r[0].length - 2) + "]" + n.slice(this.tokenizer.rules.inline.reflinkSearch.lastIndex));
        }
        for (; (r = this.tokenizer.rules.inline.anyPunctuation.exec(n)) != null; ) n = n.slice(0, r.index) + "++" + n.slice(this.tokenizer.rules.inline.anyPunctuation.lastIndex);
        let i;
        for (; (r = this.tokenizer.rules.inline.blockSkip.exec(n)) != null; ) i = r[2] ? r[2].length : 0, n = n.slice(0, r.index + i) + "[" + "a".repeat(r[0].length - i - 2) + "]" + n.slice(this.tokenizer.rules.inline.blockSkip.lastIndex);
        n = this.options.hooks?.emStrongMask?.call({ lexer: this }, n) ?? n;
        let s = false, a = "";
        for (; e; ) {
          s || (a = ""), s = false;
          let o;
          if (this.options.extensions?.inline?.some((u) => (o = u.call({ lexer: this }, e, t)) ? (e = e.substring(o.raw.length), t.push(o), true) : false)) continue;
          if (o = this.tokenizer.escape(e)) {
            e = e.substring(o.raw.length), t.push(o);
            continue;
          }
          if (o = this.tokenizer.tag(e)) {
            e = e.substring(o.raw.length), t.push(o);
            continue;
          }
          if (o = this.tokenizer.link(e)) {
            e = e.substring(o.raw.length), t.push(o);
            continue;
          }
          if (o = this.tokenizer.reflink(e, this.tokens.links)) {
            e = e.substring(o.raw.length);
            let u = t.at(-1);
            o.type === "text" && u?.type === "text" ? (u.raw += o.raw, u.text += o.text) : t.push(o);
            continue;
          }
          if (o = this.tokenizer.emStrong(e, n, a)) {
            e = e.substring(o.raw.length), t.push(o);
            continue;
          }
          if (o = this.tokenizer.codespan(e)) {
            e = e.substring(o.raw.length), t.push(o);
            continue;
          }
          if (o = this.tokenizer.br(e)) {
            e = e.substring(o.raw.length), t.push(o);
            continue;
          }
          if (o = this.tokenizer.del(e)) {
            e = e.substring(o.raw.length), t.push(o);
            continue;
          }
          if (o = this.tokenizer.autolink(e)) {
            e = e.substring(o.raw.length), t.push(o);
            continue;
          }
          if (!this.state.inLink && (o = this.tokenizer.url(e))) {
            e = e.substring(o.raw.length), t.push(o);
            continue;
          }
          let p = e;
          if (this.options.extensions?.startInline) {
            let u = 1 / 0, c = e.slice(1), g;
            this.options.extensions.startInline.forEach((h) => {
              g = h.call({ lexer: this }, c), typeof g == "number" && g >= 0 && (u = Math.min(u, g));
            }), u < 1 / 0 && u >= 0 && (p = e.substring(0, u + 1));
          }
          if (o = this.tokenizer.inlineText(p)) {
            e = e.substring(o.raw.length), o.raw.slice(-1) !== "_" && (a = o.raw.slice(-1)), s = true;
            let u = t.at(-1);
            u?.type === "text" ? (u.raw += o.raw, u.text += o.text) : t.push(o);
            continue;
          }
          if (e) {
            let u = "Infinite loop on byte: " + e.charCodeAt(0);
            if (this.options.silent) {
              console.error(u);
              break;
            } else throw new Error(u);
          }
        }
        return t;
      }
    };
    P = class {
      options;
      parser;
      constructor(e) {
        this.options = e || T;
      }
      space(e) {
        return "";
      }
      code({ text: e, lang: t, escaped: n }) {
        let r = (t || "").match(m.notSpaceStart)?.[0], i = e.replace(m.endingNewline, "") + `
`;
        return r ? '<pre><code class="language-' + w(r) + '">' + (n ? i : w(i, true)) + `</code></pre>
` : "<pre><code>" + (n ? i : w(i, true)) + `</code></pre>
`;
      }
      blockquote({ tokens: e }) {
        return `<blockquote>
${this.parser.parse(e)}</blockquote>
`;
      }
      html({ text: e }) {
        return e;
      }
      def(e) {
        return "";
      }
      heading({ tokens: e, depth: t }) {
        return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`;
      }
      hr(e) {
        return `<hr>
`;
      }
      list(e) {
        let t = e.ordered, n = e.start, r = "";
        for (let a = 0; a < e.items.length; a++) {
          let o = e.items[a];
          r += this.listitem(o);
        }
        let i = t ? "ol" : "ul", s = t && n !== 1 ? ' start="' + n + '"' : "";
        return "<" + i + s + `>
` + r + "</" + i + `>
`;
      }
      listitem(e) {
        let t = "";
        if (e.task) {
          let n = this.checkbox({ checked: !!e.checked });
          e.loose ? e.tokens[0]?.type === "paragraph" ? (e.tokens[0].text = n + " " + e.tokens[0].text, e.tokens[0].tokens && e.tokens[0].tokens.length > 0 && e.tokens[0].tokens[0].type === "text" && (e.tokens[0].tokens[0].text = n + " " + w(e.tokens[0].tokens[0].text), e.tokens[0].tokens[0].escaped = true)) : e.tokens.unshift({ type: "text", raw: n + " ", text: n + " ", escaped: true }) : t += n + " ";
        }
        return t += this.parser.parse(e.tokens, !!e.loose), `<li>${t}</li>
`;
      }
      checkbox({ checked: e }) {
        return "<input " + (e ? 'checked="" ' : "") + 'disabled="" type="checkbox">';
      }
      paragraph({ tokens: e }) {
        return `<p>${this.parser.parseInline(e)}</p>
`;
      }
      table(e) {
        let t = "", n = "";
        for (let i = 0; i < e.header.length; i++) n += this.tablecell(e.header[i]);
        t += this.tablerow({ text: n });
        let r = "";
        for (let i = 0; i < e.rows.length; i++) {
          let s = e.rows[i];
          n = "";
          for (let a = 0; a < s.length; a++) n += this.tablecell(s[a]);
          r += this.tablerow({ text: n });
        }
        return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t + `</thead>
` + r + `</table>
`;
      }
      tablerow({ text: e }) {
        return `<tr>
${e}</tr>
`;
      }
      tablecell(e) {
        let t = this.parser.parseInline(e.tokens), n = e.header ? "th" : "td";
        return (e.align ? `<${n} align="${e.align}">` : `<${n}>`) + t + `</${n}>
`;
      }
      strong({ tokens: e }) {
        return `<strong>${this.parser.parseInline(e)}</strong>`;
      }
      em({ tokens: e }) {
        return `<em>${this.parser.parseInline(e)}</em>`;
      }
      codespan({ text: e }) {
        return `<code>${w(e, true)}</code>`;
      }
      br(e) {
        return "<br>";
      }
      del({ tokens: e }) {
        return `<del>${this.parser.parseInline(e)}</del>`;
      }
      link({ href: e, title: t, tokens: n }) {
        let r = this.parser.parseInline(n), i = J(e);
        if (i === null) return r;
        e = i;
        let s = '<a href="' + e + '"';
        return t && (s += ' title="' + w(t) + '"'), s += ">" + r + "</a>", s;
      }
      image({ href: e, title: t, text: n, tokens: r }) {
        r && (n = this.parser.parseInline(r, this.parser.textRenderer));
        let i = J(e);
        if (i === null) return w(n);
        e = i;
        let s = `<img src="${e}" alt="${n}"`;
        return t && (s += ` title="${w(t)}"`), s += ">", s;
      }
      text(e) {
        return "tokens" in e && e.tokens ? this.parser.parseInline(e.tokens) : "escaped" in e && e.escaped ? e.text : w(e.text);
      }
    };
    $ = class {
      strong({ text: e }) {
        return e;
      }
      em({ text: e }) {
        return e;
      }
      codespan({ text: e }) {
        return e;
      }
      del({ text: e }) {
        return e;
      }
      html({ text: e }) {
        return e;
      }
      text({ text: e }) {
        return e;
      }
      link({ text: e }) {
        return "" + e;
      }
      image({ text: e }) {
        return "" + e;
      }
      br() {
        return "";
      }
    };
    b = class l2 {
      options;
      renderer;
      textRenderer;
      constructor(e) {
        this.options = e || T, this.options.renderer = this.options.renderer || new P(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new $();
      }
      static parse(e, t) {
        return new l2(t).parse(e);
      }
      static parseInline(e, t) {
        return new l2(t).parseInline(e);
      }
      parse(e, t = true) {
        let n = "";
        for (let r = 0; r < e.length; r++) {
          let i = e[r];
          if (this.options.extensions?.renderers?.[i.type]) {
            let a = i, o = this.options.extensions.renderers[a.type].call({ parser: this }, a);
            if (o !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "html", "def", "paragraph", "text"].includes(a.type)) {
              n += o || "";
              continue;
            }
          }
          let s = i;
          switch (s.type) {
            case "space": {
              n += this.renderer.space(s);
              continue;
            }
            case "hr": {
              n += this.renderer.hr(s);
              continue;
            }
            case "heading": {
              n += this.renderer.heading(s);
              continue;
            }
            case "code": {
              n += this.renderer.code(s);
              continue;
            }
            case "table": {
              n += this.renderer.table(s);
              continue;
            }
            case "blockquote": {
              n += this.renderer.blockquote(s);
              continue;
            }
            case "list": {
              n += this.renderer.list(s);
              continue;
            }
            case "html": {
              n += this.renderer.html(s);
              continue;
            }
            case "def": {
              n += this.renderer.def(s);
              continue;
            }
            case "paragraph": {
              n += this.renderer.paragraph(s);
              continue;
            }
            case "text": {
              let a = s, o = this.renderer.text(a);
              for (; r + 1 < e.length && e[r + 1].type === "text"; ) a = e[++r], o += `
` + this.renderer.text(a);
              t ? n += this.renderer.paragraph({ type: "paragraph", raw: o, text: o, tokens: [{ type: "text", raw: o, text: o, escaped: true }] }) : n += o;
              continue;
            }
            default: {
              let a = 'Token with "' + s.type + '" type was not found.';
              if (this.options.silent) return console.error(a), "";
              throw new Error(a);
            }
          }
        }
        return n;
      }
      parseInline(e, t = this.renderer) {
        let n = "";
        for (let r = 0; r < e.length; r++) {
          let i = e[r];
          if (this.options.extensions?.renderers?.[i.type]) {
            let a = this.options.extensions.renderers[i.type].call({ parser: this }, i);
            if (a !== false || !["escape", "html", "link", "image", "strong", "em", "codespan", "br", "del", "text"].includes(i.type)) {
              n += a || "";
              continue;
            }
          }
          let s = i;
          switch (s.type) {
            case "escape": {
              n += t.text(s);
              break;
            }
            case "html": {
              n += t.html(s);
              break;
            }
            case "link": {
              n += t.link(s);
              break;
            }
            case "image": {
              n += t.image(s);
              break;
            }
            case "strong": {
              n += t.strong(s);
              break;
            }
            case "em": {
              n += t.em(s);
              break;
            }
            case "codespan": {
              n += t.codespan(s);
              break;
            }
            case "br": {
              n += t.br(s);
              break;
            }
            case "del": {
              n += t.del(s);
              break;
            }
            case "text": {
              n += t.text(s);
              break;
            }
            default: {
              let a = 'Token with "' + s.type + '" type was not found.';
              if (this.options.silent) return console.error(a), "";
              throw new Error(a);
            }
          }
        }
        return n;
      }
    };
    S = class {
      options;
      block;
      constructor(e) {
        this.options = e || T;
      }
      static passThroughHooks = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"]);
      static passThroughHooksRespectAsync = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"]);
      preprocess(e) {
        return e;
      }
      postprocess(e) {
        return e;
      }
      processAllTokens(e) {
        return e;
      }
      emStrongMask(e) {
        return e;
      }
      provideLexer() {
        return this.block ? x.lex : x.lexInline;
      }
      provideParser() {
        return this.block ? b.parse : b.parseInline;
      }
    };
    B = class {
      defaults = L();
      options = this.setOptions;
      parse = this.parseMarkdown(true);
      parseInline = this.parseMarkdown(false);
      Parser = b;
      Renderer = P;
      TextRenderer = $;
      Lexer = x;
      Tokenizer = y;
      Hooks = S;
      constructor(...e) {
        this.use(...e);
      }
      walkTokens(e, t) {
        let n = [];
        for (let r of e) switch (n = n.concat(t.call(this, r)), r.type) {
          case "table": {
            let i = r;
            for (let s of i.header) n = n.concat(this.walkTokens(s.tokens, t));
            for (let s of i.rows) for (let a of s) n = n.concat(this.walkTokens(a.tokens, t));
            break;
          }
          case "list": {
            let i = r;
            n = n.concat(this.walkTokens(i.items, t));
            break;
          }
          default: {
            let i = r;
            this.defaults.extensions?.childTokens?.[i.type] ? this.defaults.extensions.childTokens[i.type].forEach((s) => {
              let a = i[s].flat(1 / 0);
              n = n.concat(this.walkTokens(a, t));
            }) : i.tokens && (n = n.concat(this.walkTokens(i.tokens, t)));
          }
        }
        return n;
      }
      use(...e) {
        let t = this.defaults.extensions || { renderers: {}, childTokens: {} };
        return e.forEach((n) => {
          let r = { ...n };
          if (r.async = this.defaults.async || r.async || false, n.extensions && (n.extensions.forEach((i) => {
            if (!i.name) throw new Error("extension name required");
            if ("renderer" in i) {
              let s = t.renderers[i.name];
              s ? t.renderers[i.name] = function(...a) {
                let o = i.renderer.apply(this, a);
                return o === false && (o = s.apply(this, a)), o;
              } : t.renderers[i.name] = i.renderer;
            }
            if ("tokenizer" in i) {
              if (!i.level || i.level !== "block" && i.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
              let s = t[i.level];
              s ? s.unshift(i.tokenizer) : t[i.level] = [i.tokenizer], i.start && (i.level === "block" ? t.startBlock ? t.startBlock.push(i.start) : t.startBlock = [i.start] : i.level === "inline" && (t.startInline ? t.startInline.push(i.start) : t.startInline = [i.start]));
            }
            "childTokens" in i && i.childTokens && (t.childTokens[i.name] = i.childTokens);
          }), r.extensions = t), n.renderer) {
            let i = this.defaults.renderer || new P(this.defaults);
            for (let s in n.renderer) {
              if (!(s in i)) throw new Error(`renderer '${s}' does not exist`);
              if (["options", "parser"].includes(s)) continue;
              let a = s, o = n.renderer[a], p = i[a];
              i[a] = (...u) => {
                let c = o.apply(i, u);
                return c === false && (c = p.apply(i, u)), c || "";
              };
            }
            r.renderer = i;
          }
          if (n.tokenizer) {
            let i = this.defaults.tokenizer || new y(this.defaults);
            for (let s in n.tokenizer) {
              if (!(s in i)) throw new Error(`tokenizer '${s}' does not exist`);
              if (["options", "rules", "lexer"].includes(s)) continue;
              let a = s, o = n.tokenizer[a], p = i[a];
              i[a] = (...u) => {
                let c = o.apply(i, u);
                return c === false && (c = p.apply(i, u)), c;
              };
            }
            r.tokenizer = i;
          }
          if (n.hooks) {
            let i = this.defaults.hooks || new S();
            for (let s in n.hooks) {
              if (!(s in i)) throw new Error(`hook '${s}' does not exist`);
              if (["options", "block"].includes(s)) continue;
              let a = s, o = n.hooks[a], p = i[a];
              S.passThroughHooks.has(s) ? i[a] = (u) => {
                if (this.defaults.async && S.passThroughHooksRespectAsync.has(s)) return (async () => {
                  let g = await o.call(i, u);
                  return p.call(i, g);
                })();
                let c = o.call(i, u);
                return p.call(i, c);
              } : i[a] = (...u) => {
                if (this.defaults.async) return (async () => {
                  let g = await o.apply(i, u);
                  return g === false && (g = await p.apply(i, u)), g;
                })();
                let c = o.apply(i, u);
                return c === false && (c = p.apply(i, u)), c;
              };
            }
            r.hooks = i;
          }
          if (n.walkTokens) {
            let i = this.defaults.walkTokens, s = n.walkTokens;
            r.walkTokens = function(a) {
              let o = [];
              return o.push(s.call(this, a)), i && (o = o.concat(i.call(this, a))), o;
            };
          }
          this.defaults = { ...this.defaults, ...r };
        }), this;
      }
      setOptions(e) {
        return this.defaults = { ...this.defaults, ...e }, this;
      }
      lexer(e, t) {
        return x.lex(e, t ?? this.defaults);
      }
      parser(e, t) {
        return b.parse(e, t ?? this.defaults);
      }
      parseMarkdown(e) {
        return (n, r) => {
          let i = { ...r }, s = { ...this.defaults, ...i }, a = this.onError(!!s.silent, !!s.async);
          if (this.defaults.async === true && i.async === false) return a(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
          if (typeof n > "u" || n === null) return a(new Error("marked(): input parameter is undefined or null"));
          if (typeof n != "string") return a(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n) + ", string expected"));
          if (s.hooks && (s.hooks.options = s, s.hooks.block = e), s.async) return (async () => {
            let o = s.hooks ? await s.hooks.preprocess(n) : n, u = await (s.hooks ? await s.hooks.provideLexer() : e ? x.lex : x.lexInline)(o, s), c = s.hooks ? await s.hooks.processAllTokens(u) : u;
            s.walkTokens && await Promise.all(this.walkTokens(c, s.walkTokens));
            let h = await (s.hooks ? await s.hooks.provideParser() : e ? b.parse : b.parseInline)(c, s);
            return s.hooks ? await s.hooks.postprocess(h) : h;
          })().catch(a);
          try {
            s.hooks && (n = s.hooks.preprocess(n));
            let p = (s.hooks ? s.hooks.provideLexer() : e ? x.lex : x.lexInline)(n, s);
            s.hooks && (p = s.hooks.processAllTokens(p)), s.walkTokens && this.walkTokens(p, s.walkTokens);
            let c = (s.hooks ? s.hooks.provideParser() : e ? b.parse : b.parseInline)(p, s);
            return s.hooks && (c = s.hooks.postprocess(c)), c;
          } catch (o) {
            return a(o);
          }
        };
      }
      onError(e, t) {
        return (n) => {
          if (n.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
            let r = "<p>An error occurred:</p><pre>" + w(n.message + "", true) + "</pre>";
            return t ? Promise.resolve(r) : r;
          }
          if (t) return Promise.reject(n);
          throw n;
        };
      }
    };
    _ = new B();
    k.options = k.setOptions = function(l3) {
      return _.setOptions(l3), k.defaults = _.defaults, G(k.defaults), k;
    };
    k.getDefaults = L;
    k.defaults = T;
    k.use = function(...l3) {
      return _.use(...l3), k.defaults = _.defaults, G(k.defaults), k;
    };
    k.walkTokens = function(l3, e) {
      return _.walkTokens(l3, e);
    };
    k.parseInline = _.parseInline;
    k.Parser = b;
    k.parser = b.parse;
    k.Renderer = P;
    k.TextRenderer = $;
    k.Lexer = x;
    k.lexer = x.lex;
    k.Tokenizer = y;
    k.Hooks = S;
    k.parse = k;
    Zt = k.options;
    Gt = k.setOptions;
    Nt = k.use;
    Ft = k.walkTokens;
    jt = k.parseInline;
    Ut = b.parse;
    Kt = x.lex;
  }
});

// lib/core/sync/azure-devops.js
function markerOfTag(tag) {
  const m2 = TAG.exec(tag.trim());
  return m2 ? { digest: m2[1], task: m2[2] } : void 0;
}
function azureTokenKind(token) {
  return /^[\w-]+\.[\w-]+\.[\w-]+$/.test(token) ? "bearer" : "pat";
}
function markdownToAzureHtml(markdown) {
  return marked.parse(markdown, { async: false }).trim();
}
function titleOf(title) {
  const line = title.replace(/\s+/g, " ").trim();
  const chars = [...line];
  return chars.length <= 255 ? line : `${chars.slice(0, 254).join("").trimEnd()}\u2026`;
}
function stateOf(category) {
  switch (category) {
    case "Proposed":
      return "todo";
    case "Completed":
      return "done";
    case "Removed":
      return "removed";
    default:
      return "in-progress";
  }
}
function chooseState(states, target) {
  for (const category of WANTED[target]) {
    const s = states.find((x2) => x2.category === category);
    if (s)
      return s;
  }
  return void 0;
}
function idOf(ref) {
  const id = (ref.id ?? ref.key).replace(/^#/, "");
  if (!/^\d+$/.test(id))
    throw new TrackerError("not-found", `Azure DevOps: "${ref.key}" is not a work item id`);
  return id;
}
function unchanged(item, version2) {
  if (item.version !== version2)
    throw new TrackerError("stale", `Azure DevOps work item ${item.key} is at revision ${item.version}, changed after extids read it (revision ${version2}); nothing was written`);
}
function waitOf(h, now) {
  const after = h.get("retry-after")?.trim();
  if (after && Number.isFinite(Number(after)))
    return Math.max(0, Number(after) * 1e3);
  if (after && !Number.isNaN(Date.parse(after)))
    return Math.max(0, Date.parse(after) - now.getTime());
  const reset = Number(h.get("x-ratelimit-reset") ?? NaN);
  if (Number.isFinite(reset))
    return Math.max(0, reset * 1e3 - now.getTime());
  return void 0;
}
function budgetOf(h, now) {
  const remaining2 = h.get("x-ratelimit-remaining");
  const reset = h.get("x-ratelimit-reset");
  const delay = h.get("x-ratelimit-delay");
  const wait = h.get("retry-after") !== null ? waitOf(h, now) : void 0;
  if (remaining2 === null && reset === null && delay === null && wait === void 0)
    return void 0;
  const left = remaining2 !== null && Number.isFinite(Number(remaining2)) ? Number(remaining2) : void 0;
  let resetAt = reset !== null && Number.isFinite(Number(reset)) ? new Date(Number(reset) * 1e3) : void 0;
  if (wait !== void 0 && (!resetAt || resetAt.getTime() < now.getTime() + wait))
    resetAt = new Date(now.getTime() + wait);
  return {
    ...left !== void 0 && { remaining: left },
    ...resetAt && { resetAt },
    near: left === 0 || delay !== null || wait !== void 0
  };
}
var AZURE_LOOKUP_BOUND_MS, API, TAGS_PER_QUERY, BATCH2, TAG, WANTED, azureTag, tagsOf, escapeHtml, safeHref, marked, AzureDevOps, statesKey, typeOf, wiqlString;
var init_azure_devops = __esm({
  "lib/core/sync/azure-devops.js"() {
    "use strict";
    init_marked_esm();
    init_tracker();
    AZURE_LOOKUP_BOUND_MS = 5 * 6e4;
    API = "api-version=7.1";
    TAGS_PER_QUERY = 20;
    BATCH2 = 200;
    TAG = /^extids-([0-9a-f]{16})-([^\s,;]+)$/;
    WANTED = {
      todo: ["Proposed", "InProgress"],
      done: ["Completed"],
      // Basic has no Removed state: its Done is the only way to close.
      removed: ["Removed", "Completed"]
    };
    azureTag = (m2) => `extids-${m2.digest}-${m2.task}`;
    tagsOf = (v2) => typeof v2 === "string" ? v2.split(";").map((t) => t.trim()).filter(Boolean) : [];
    escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    safeHref = (href) => /^(https?:|mailto:)/i.test(href) || !/^[a-z][a-z0-9+.-]*:/i.test(href.replace(/\s/g, ""));
    marked = new B({
      gfm: true,
      async: false,
      renderer: {
        // Raw HTML in a task is shown as the text it is, never run in Azure Boards; comments (the
        // engine's hidden markers, notes to the repository's readers) stay hidden, as on GitHub.
        html({ text }) {
          const shown = text.replace(/<!--[\s\S]*?-->/g, "");
          return shown.trim() ? escapeHtml(shown) : "";
        },
        // Azure Boards' rich text keeps no form controls: a checkbox is a character a person sees.
        checkbox({ checked }) {
          return checked ? "\u2611" : "\u2610";
        },
        link(t) {
          const text = this.parser.parseInline(t.tokens);
          if (!safeHref(t.href))
            return text;
          const title = t.title ? ` title="${escapeHtml(t.title)}"` : "";
          return `<a href="${escapeHtml(t.href)}"${title}>${text}</a>`;
        },
        image(t) {
          if (!safeHref(t.href))
            return escapeHtml(t.text);
          return `<img src="${escapeHtml(t.href)}" alt="${escapeHtml(t.text)}">`;
        }
      }
    });
    AzureDevOps = class {
      o;
      name = "Azure DevOps";
      noun = "work item";
      keyText(key) {
        return key;
      }
      lookupConsistency;
      conditionalUpdate = "server";
      requests = 0;
      get timeoutMs() {
        return this.o.timeoutMs ?? 3e4;
      }
      budget;
      base;
      auth;
      /** Each type's states, per project and type, read once per run. */
      states = /* @__PURE__ */ new Map();
      constructor(o) {
        this.o = o;
        this.base = `${(o.url ?? "https://dev.azure.com").replace(/\/+$/, "")}/${encodeURIComponent(o.org)}`;
        const kind = o.tokenKind ?? azureTokenKind(o.token);
        this.auth = kind === "bearer" ? `Bearer ${o.token}` : `Basic ${Buffer.from(`:${o.token}`).toString("base64")}`;
        this.lookupConsistency = {
          kind: "eventual",
          boundMs: o.lookupBoundMs ?? AZURE_LOOKUP_BOUND_MS
        };
      }
      /** GET /{org}/_apis/projects/{project}, then the type's states (both read-only). */
      async verify() {
        await this.request("GET", `/_apis/projects/${encodeURIComponent(this.o.project)}?${API}`);
        await this.statesOf(this.o.project, this.o.type);
      }
      /**
       * POST …/{project}/_apis/wit/workitems/${type} once, a JSON Patch adding the title, the
       * description and the marker tag ("Create"); 200 with the work item.
       */
      async create(content, marker) {
        const r = await this.request("POST", `/${encodeURIComponent(this.o.project)}/_apis/wit/workitems/$${encodeURIComponent(this.o.type)}?${API}`, [
          { op: "add", path: "/fields/System.Title", value: titleOf(content.title) },
          { op: "add", path: "/fields/System.Description", value: markdownToAzureHtml(content.body) },
          { op: "add", path: "/fields/System.Tags", value: azureTag(marker) }
        ]);
        const w2 = r.json;
        if (typeof w2?.id !== "number")
          throw new TrackerError("unknown-outcome", `Azure DevOps POST \u2026/workitems/$${this.o.type} answered ${r.status} without a work item id`, { status: r.status });
        const id = String(w2.id);
        const states = this.states.get(statesKey(w2, this.o));
        const item = states ? this.parse(w2, states) : void 0;
        return { id, key: id, url: this.htmlUrl(w2), ...item && { item } };
      }
      /** GET /{org}/_apis/wit/workitems/{id} (no project: the id is the organisation's). */
      async get(ref) {
        return this.read(ref);
      }
      /**
       * PATCH …/workitems/{id}: `test /rev` when `ifVersion` is given (the server refuses a stale
       * write as a whole: `stale`), then the title and description. Returns the item after.
       */
      async update(ref, content, opts = {}) {
        const ops = [];
        if (content.title !== void 0)
          ops.push({ op: "add", path: "/fields/System.Title", value: titleOf(content.title) });
        if (content.body !== void 0)
          ops.push({
            op: "add",
            path: "/fields/System.Description",
            value: markdownToAzureHtml(content.body)
          });
        if (!ops.length) {
          const item = await this.read(ref);
          if (opts.ifVersion !== void 0)
            unchanged(item, opts.ifVersion);
          return item;
        }
        return this.patch(ref, ops, opts.ifVersion);
      }
      /**
       * To a state of `target`'s category from the type's states (`chooseState`): one read, then one
       * PATCH of `System.State`, with `test /rev` when `ifVersion` is given (a stale one is refused
       * before the PATCH, from the read). Only the state is sent, so a person's other changes are kept
       * either way. An item already open (todo) or closed (done, removed) is left alone, as every
       * adapter does.
       */
      async transition(ref, target, opts = {}) {
        const { item, w: w2, states } = await this.readWhole(ref);
        if (opts.ifVersion !== void 0)
          unchanged(item, opts.ifVersion);
        if (reachedState(item.state, target))
          return item;
        const to = chooseState(states, target);
        if (!to)
          throw new TrackerError("other", `Azure DevOps work item ${item.key} (${typeOf(w2, this.o)}) has no state in the ${WANTED[target].join(" or ")} category (${states.map((s) => `"${s.name}" ${s.category}`).join(", ")})`);
        return this.patch(item, [{ op: "add", path: "/fields/System.State", value: to.name }], opts.ifVersion);
      }
      /**
       * POST …/{project}/_apis/wit/wiql with one `[System.Tags] CONTAINS` clause per marker (at most
       * `TAGS_PER_QUERY` a query), then POST …/workitemsbatch for the ids, 200 at a time; only items
       * whose tags hold one of the markers whole are returned. No project clause: an item moved to
       * another project keeps its tag and is found. Eventually consistent (undocumented, see
       * `AZURE_LOOKUP_BOUND_MS`). `since` narrows nothing (the tag query is already narrow).
       */
      async lookup(markers) {
        const wanted = new Set(markers.map(azureTag));
        const ids = [];
        for (let i = 0; i < markers.length; i += TAGS_PER_QUERY) {
          const clauses = markers.slice(i, i + TAGS_PER_QUERY).map((m2) => `[System.Tags] CONTAINS ${wiqlString(azureTag(m2))}`);
          const query = `SELECT [System.Id] FROM WorkItems WHERE ${clauses.join(" OR ")} ORDER BY [System.Id]`;
          const r = await this.request("POST", `/${encodeURIComponent(this.o.project)}/_apis/wit/wiql?${API}`, { query });
          const found = r.json?.workItems ?? [];
          for (const w2 of found)
            if (typeof w2.id === "number" && !ids.includes(w2.id))
              ids.push(w2.id);
        }
        const out = [];
        for (let i = 0; i < ids.length; i += BATCH2) {
          const r = await this.request("POST", `/_apis/wit/workitemsbatch?${API}`, {
            ids: ids.slice(i, i + BATCH2),
            $expand: "Links",
            errorPolicy: "Omit"
          });
          const value = r.json?.value ?? [];
          for (const w2 of value) {
            if (!w2 || !tagsOf(w2.fields?.["System.Tags"]).some((t) => wanted.has(t)))
              continue;
            const states = await this.statesOf(String(w2.fields?.["System.TeamProject"]), typeOf(w2, this.o));
            out.push(this.parse(w2, states));
          }
        }
        return out;
      }
      /** The title as sent (`titleOf`), the description as the HTML sent (`markdownToAzureHtml`). */
      render(content) {
        return { title: titleOf(content.title), body: markdownToAzureHtml(content.body) };
      }
      async read(ref) {
        return (await this.readWhole(ref)).item;
      }
      /** The item, its work item as answered (project, type) and its type's states. */
      async readWhole(ref) {
        const r = await this.request("GET", `/_apis/wit/workitems/${idOf(ref)}?${API}`);
        return this.parseWithStates(r.json);
      }
      async patch(ref, ops, ifVersion) {
        const test = ifVersion === void 0 ? [] : [{ op: "test", path: "/rev", value: Number(ifVersion) }];
        const r = await this.request("PATCH", `/_apis/wit/workitems/${idOf(ref)}?${API}`, [
          ...test,
          ...ops
        ]);
        return (await this.parseWithStates(r.json)).item;
      }
      async parseWithStates(json) {
        const w2 = json;
        if (typeof w2?.id !== "number")
          throw new TrackerError("other", "Azure DevOps answered with something that is not a work item");
        const states = await this.statesOf(String(w2.fields?.["System.TeamProject"]), typeOf(w2, this.o));
        return { item: this.parse(w2, states), w: w2, states };
      }
      /**
       * GET …/{project}/_apis/wit/workitemtypes/{type}/states, once per project and type a run.
       * A state name the list lacks (added since) reads the list again once.
       */
      async statesOf(project, type, fresh = false) {
        const key = `${project}\0${type}`;
        const known = this.states.get(key);
        if (known && !fresh)
          return known;
        const r = await this.request("GET", `/${encodeURIComponent(project)}/_apis/wit/workitemtypes/${encodeURIComponent(type)}/states?${API}`);
        const value = r.json?.value;
        const states = (value ?? []).filter((s) => typeof s.name === "string").map((s) => ({ name: String(s.name), category: String(s.category ?? "") }));
        this.states.set(key, states);
        return states;
      }
      parse(w2, states) {
        const f = w2.fields ?? {};
        const id = String(w2.id);
        const marker = tagsOf(f["System.Tags"]).map(markerOfTag).find((m2) => m2 !== void 0);
        const stateName = typeof f["System.State"] === "string" ? f["System.State"] : "";
        return {
          id,
          key: id,
          url: this.htmlUrl(w2),
          title: typeof f["System.Title"] === "string" ? f["System.Title"] : "",
          body: typeof f["System.Description"] === "string" ? f["System.Description"] : "",
          state: stateOf(states.find((s) => s.name === stateName)?.category),
          version: String(w2.rev ?? ""),
          ...marker && { marker }
        };
      }
      /** `_links.html.href` ("Create"), else the work item's page by its well-known address. */
      htmlUrl(w2) {
        return w2._links?.html?.href ?? `${this.base}/${encodeURIComponent(String(w2.fields?.["System.TeamProject"] ?? this.o.project))}/_workitems/edit/${w2.id}`;
      }
      async request(method, path, body) {
        const what = `Azure DevOps ${method} /${this.o.org}${path.replace(/\?.*$/, "")}`;
        const isCreate = method === "POST" && /\/workitems\/\$/.test(path);
        const patch = isCreate || method === "PATCH";
        this.requests++;
        const { res, text, json } = await sendOnce(this.o, `${this.base}${path}`, {
          method,
          headers: {
            accept: "application/json",
            authorization: this.auth,
            "user-agent": "extids",
            // An error, not a sign-in page, where the service honours it ("Authentication").
            "x-tfs-fedauthredirect": "Suppress",
            ...body === void 0 ? {} : { "content-type": patch ? "application/json-patch+json" : "application/json" }
          },
          body: body === void 0 ? void 0 : JSON.stringify(body)
        }, what);
        const now = this.o.now();
        this.budget = budgetOf(res.headers, now) ?? this.budget;
        const html = /text\/html/i.test(res.headers.get("content-type") ?? "") || /^\s*</.test(text);
        if (res.status === 203 || res.ok && json === void 0 && html)
          throw new TrackerError("auth", `${what} answered ${res.status} with a sign-in page: AZURE_DEVOPS_TOKEN is wrong, expired or lacks access to ${this.o.org}/${this.o.project}`, { status: res.status });
        if (res.ok)
          return { status: res.status, json, headers: res.headers };
        const e = json ?? {};
        const said = typeof e.message === "string" ? e.message : text.replace(/\s+/g, " ").slice(0, 200);
        const message = `${what} failed (${res.status}): ${said || "no message"}`;
        const retryAfterMs = waitOf(res.headers, now);
        const reason = res.headers.get("x-ratelimit-resource") ?? void 0;
        let kind;
        if (res.status === 429)
          kind = "rate-limited";
        else if (res.status >= 500)
          kind = "unknown-outcome";
        else if (res.status === 412 || res.status === 409 || e.typeKey === "TestPatchOperationFailedException" || /\bTF26071\b/.test(said))
          kind = "stale";
        else if (res.status === 401 || res.status === 403)
          kind = "auth";
        else if (res.status === 404)
          kind = "not-found";
        else
          kind = "other";
        throw new TrackerError(kind, message, {
          status: res.status,
          ...retryAfterMs !== void 0 && { retryAfterMs },
          ...reason !== void 0 && { reason }
        });
      }
    };
    statesKey = (w2, o) => `${String(w2.fields?.["System.TeamProject"] ?? o.project)}\0${typeOf(w2, o)}`;
    typeOf = (w2, o) => typeof w2.fields?.["System.WorkItemType"] === "string" ? w2.fields["System.WorkItemType"] : o.type;
    wiqlString = (s) => `'${s.replace(/'/g, "''")}'`;
  }
});

// node_modules/marklassian/dist/index.js
function parseAdfTag(raw) {
  const match = raw.trim().match(/^<adf>([\s\S]*?)<\/adf>$/i);
  if (!match)
    return null;
  const json = match[1].trim();
  if (json.length === 0) {
    throw new Error("<adf> tag content is empty \u2014 expected a JSON object or array");
  }
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new Error(`Invalid JSON in <adf> tag: ${json}`);
  }
  if (Array.isArray(parsed)) {
    return parsed.map((item, i) => {
      if (typeof item !== "object" || item === null || Array.isArray(item)) {
        throw new Error(`ADF node must be a JSON object or array of objects (item ${i} is not an object)`);
      }
      const node2 = item;
      if (typeof node2.type !== "string" || node2.type.length === 0) {
        throw new Error(`ADF node must have a "type" string property`);
      }
      return node2;
    });
  }
  if (typeof parsed !== "object" || parsed === null) {
    throw new Error(`ADF node must be a JSON object or array, got: ${JSON.stringify(parsed)}`);
  }
  const node = parsed;
  if (typeof node.type !== "string" || node.type.length === 0) {
    throw new Error(`ADF node must have a "type" string property`);
  }
  return node;
}
function markdownToAdf(markdown) {
  const tokens = k.lexer(markdown);
  return {
    version: 1,
    type: "doc",
    content: tokensToAdf(tokens)
  };
}
function tokensToAdf(tokens) {
  if (!tokens)
    return [];
  return tokens.map((token) => {
    switch (token.type) {
      case "paragraph":
        return processParagraph(token.tokens);
      case "heading":
        return {
          type: "heading",
          attrs: { level: token.depth },
          content: inlineToAdf(token.tokens)
        };
      case "list":
        const allItemsAreTasks = token.items.every((item) => item.task);
        if (allItemsAreTasks && token.items.some((item) => item.task)) {
          return {
            type: "taskList",
            attrs: { localId: generateLocalId() },
            content: token.items.map((item) => processTaskItem(item))
          };
        } else {
          return {
            type: token.ordered ? "orderedList" : "bulletList",
            ...token.ordered ? { attrs: { order: token.start || 1 } } : {},
            content: token.items.map((item) => processListItem(item))
          };
        }
      case "code":
        return {
          type: "codeBlock",
          attrs: { language: token.lang || "text" },
          content: [
            {
              type: "text",
              text: token.text
            }
          ]
        };
      case "blockquote":
        return {
          type: "blockquote",
          content: tokensToAdf(token.tokens)
        };
      case "hr":
        return { type: "rule" };
      case "table":
        return processTable(token);
      case "html": {
        const adfNode = parseAdfTag(token.raw);
        if (adfNode)
          return adfNode;
        return null;
      }
      default:
        return null;
    }
  }).filter(Boolean).flat();
}
function createMediaNode(token) {
  return {
    type: "mediaSingle",
    attrs: {
      layout: "center"
    },
    content: [
      {
        type: "media",
        attrs: {
          type: "external",
          url: token.href,
          alt: token.text || ""
        }
      }
    ]
  };
}
function processTable(token) {
  const headers = token.header.map((header) => ({
    type: "tableHeader",
    content: processParagraph(header.tokens)
  }));
  const rows = token.rows.map((row) => ({
    type: "tableRow",
    content: row.map((cell) => {
      const content2 = processParagraph(cell.tokens);
      if (content2.length === 0) {
        content2.push({
          type: "paragraph",
          content: [
            {
              type: "text",
              text: " "
              // ADF requires at least 1 char
            }
          ]
        });
      }
      return {
        type: "tableCell",
        content: content2
      };
    })
  }));
  const content = [];
  if (headers.length) {
    content.push({
      type: "tableRow",
      content: headers
    });
  }
  return {
    type: "table",
    content: content.concat(rows)
  };
}
function processParagraph(tokens) {
  if (!tokens)
    return [];
  if (tokens.length === 1 && tokens[0]?.type === "image") {
    return [createMediaNode(tokens[0])];
  }
  const outputNodes = [];
  let currentParagraphTokens = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.type === "image") {
      if (currentParagraphTokens.length) {
        outputNodes.push({
          type: "paragraph",
          content: inlineToAdf(currentParagraphTokens)
        });
        currentParagraphTokens = [];
      }
      outputNodes.push(createMediaNode(token));
    } else {
      currentParagraphTokens.push(token);
    }
  }
  if (currentParagraphTokens.length) {
    outputNodes.push({
      type: "paragraph",
      content: inlineToAdf(currentParagraphTokens)
    });
  }
  return outputNodes;
}
function processListItem(item) {
  const itemContent = [];
  let currentParagraphTokens = [];
  (item.tokens || []).forEach((token) => {
    if (token.type === "text" || token.type === "em" || token.type === "strong" || token.type === "del" || token.type === "link" || token.type === "codespan") {
      currentParagraphTokens.push(token);
    } else {
      if (currentParagraphTokens.length) {
        itemContent.push({
          type: "paragraph",
          content: inlineToAdf(currentParagraphTokens)
        });
        currentParagraphTokens = [];
      }
      if (token.type === "list") {
        const allItemsAreTasks = token.items.every((nestedItem) => nestedItem.task);
        if (allItemsAreTasks && token.items.some((nestedItem) => nestedItem.task)) {
          itemContent.push({
            type: "taskList",
            attrs: { localId: generateLocalId() },
            content: token.items.map((nestedItem) => processTaskItem(nestedItem))
          });
        } else {
          itemContent.push({
            type: token.ordered ? "orderedList" : "bulletList",
            ...token.ordered ? { attrs: { order: token.start || 1 } } : {},
            content: token.items.map((nestedItem) => processListItem(nestedItem))
          });
        }
      } else {
        const processed = tokensToAdf([token]);
        if (processed.length) {
          itemContent.push(...processed);
        }
      }
    }
  });
  if (currentParagraphTokens.length) {
    itemContent.push({
      type: "paragraph",
      content: inlineToAdf(currentParagraphTokens)
    });
  }
  return {
    type: "listItem",
    content: itemContent
  };
}
function processTaskItem(item) {
  const itemContent = [];
  let currentParagraphTokens = [];
  (item.tokens || []).forEach((token) => {
    if (token.type === "text" || token.type === "em" || token.type === "strong" || token.type === "del" || token.type === "link" || token.type === "codespan") {
      currentParagraphTokens.push(token);
    } else {
      if (currentParagraphTokens.length) {
        itemContent.push(...inlineToAdf(currentParagraphTokens));
        currentParagraphTokens = [];
      }
      if (token.type === "list") {
        const allItemsAreTasks = token.items.every((nestedItem) => nestedItem.task);
        if (allItemsAreTasks && token.items.some((nestedItem) => nestedItem.task)) {
          itemContent.push({
            type: "taskList",
            attrs: { localId: generateLocalId() },
            content: token.items.map((nestedItem) => processTaskItem(nestedItem))
          });
        } else {
          itemContent.push({
            type: token.ordered ? "orderedList" : "bulletList",
            ...token.ordered ? { attrs: { order: token.start || 1 } } : {},
            content: token.items.map((nestedItem) => processListItem(nestedItem))
          });
        }
      } else {
        const processed = tokensToAdf([token]);
        if (processed.length) {
          itemContent.push(...processed);
        }
      }
    }
  });
  if (currentParagraphTokens.length) {
    itemContent.push(...inlineToAdf(currentParagraphTokens));
  }
  return {
    type: "taskItem",
    attrs: {
      localId: generateLocalId(),
      state: item.checked ? "DONE" : "TODO"
    },
    content: itemContent
  };
}
function getSafeText(token) {
  if (token.tokens?.length === 1 && token.tokens[0] && "text" in token.tokens[0]) {
    return getSafeText(token.tokens[0]);
  }
  if ("text" in token) {
    return token.text.replace(/\n$/, "").replace(/\n/g, " ").replace(/\s+/g, " ");
  }
  return "";
}
function getMarks(token, marks = {}) {
  if (token.type === "em" && !marks.em) {
    marks.em = { type: "em" };
  }
  if (token.type === "strong" && !marks.strong) {
    marks.strong = { type: "strong" };
  }
  if (token.type === "del" && !marks.strike) {
    marks.strike = { type: "strike" };
  }
  if (token.type === "link") {
    marks.link = {
      type: "link",
      attrs: { href: token.href }
    };
  }
  if (token.type === "codespan" && !marks.code) {
    marks.code = { type: "code" };
  }
  const nextToken = token.tokens?.[0];
  const tokensLength = token.tokens?.length ?? 0;
  if (nextToken && tokensLength === 1) {
    return getMarks(nextToken, marks);
  }
  const resolvedMarks = Object.values(marks);
  if (marks.code) {
    return resolvedMarks.filter((mark) => mark.type === "link" || mark.type === "code");
  }
  return resolvedMarks;
}
function inlineToAdf(tokens) {
  if (!tokens)
    return [];
  return tokens.flatMap((token) => {
    switch (token.type) {
      case "text":
        if (token.tokens) {
          return inlineToAdf(token.tokens);
        }
        return [
          {
            type: "text",
            text: getSafeText(token),
            ...token.tokens ? { content: inlineToAdf(token.tokens) } : {}
          }
        ];
      case "em":
        return (token.tokens ?? []).map((t) => ({
          type: "text",
          text: getSafeText(t),
          marks: getMarks(t, { em: { type: "em" } })
        }));
      case "strong":
        return (token.tokens ?? []).map((t) => ({
          type: "text",
          text: getSafeText(t),
          marks: getMarks(t, { strong: { type: "strong" } })
        }));
      case "del":
        return (token.tokens ?? []).map((t) => ({
          type: "text",
          text: getSafeText(t),
          marks: getMarks(t, { strike: { type: "strike" } })
        }));
      case "link":
        return [
          {
            type: "text",
            text: getSafeText(token),
            marks: getMarks(token)
          }
        ];
      case "codespan":
        return [
          {
            type: "text",
            text: getSafeText(token),
            marks: getMarks(token)
          }
        ];
      case "escape":
        return [
          {
            type: "text",
            text: token.text
          }
        ];
      case "br":
        return [{ type: "hardBreak" }];
      default:
        return [];
    }
  }).filter((node) => {
    if (node.type === "text" && !node.text) {
      return false;
    }
    return true;
  });
}
var generateLocalId;
var init_dist = __esm({
  "node_modules/marklassian/dist/index.js"() {
    init_marked_esm();
    generateLocalId = () => globalThis.crypto.randomUUID();
  }
});

// lib/core/sync/jira.js
function markerOfLabel(label) {
  const m2 = LABEL.exec(label);
  return m2 ? { digest: m2[1], task: m2[2] } : void 0;
}
function markdownToJiraDoc(markdown) {
  let doc;
  try {
    doc = markdownToAdf(markdown);
  } catch {
    doc = markdownToAdf(markdown.replace(/^(\s*)<adf>/gim, "$1\\<adf>"));
  }
  const seed = (0, import_node_crypto4.createHash)("sha256").update(markdown).digest("hex");
  let n = 0;
  const visit3 = (node) => {
    if (typeof node !== "object" || node === null)
      return;
    const o = node;
    if (o.attrs && typeof o.attrs.localId === "string") {
      const h = (0, import_node_crypto4.createHash)("sha256").update(`${seed}:${n++}`).digest("hex");
      o.attrs.localId = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
    }
    for (const c of o.content ?? [])
      visit3(c);
  };
  for (const c of doc.content)
    visit3(c);
  return doc;
}
function summaryOf(title) {
  const line = title.replace(/\s+/g, " ").trim();
  const chars = [...line];
  return chars.length <= 255 ? line : `${chars.slice(0, 254).join("").trimEnd()}\u2026`;
}
function chooseTransition(list, target) {
  if (target === "todo")
    return byCategory(list, "new")[0] ?? byCategory(list, "indeterminate")[0];
  const dropped = (t) => CANCELLED.test(t.to?.name ?? "");
  return byCategory(list, "done").find((t) => dropped(t) === (target === "removed"));
}
function stateOf2(category, name) {
  if (category === "done")
    return CANCELLED.test(name) ? "removed" : "done";
  if (category === "indeterminate")
    return "in-progress";
  return "todo";
}
function waitOf2(h, now) {
  const after = h.get("retry-after")?.trim();
  if (after && Number.isFinite(Number(after)))
    return Math.max(0, Number(after) * 1e3);
  if (after && !Number.isNaN(Date.parse(after)))
    return Math.max(0, Date.parse(after) - now.getTime());
  const reset = h.get("x-ratelimit-reset");
  if (reset !== null && !Number.isNaN(Date.parse(reset)))
    return Math.max(0, Date.parse(reset) - now.getTime());
  return void 0;
}
function budgetOf2(h) {
  const remaining2 = h.get("x-ratelimit-remaining");
  const reset = h.get("x-ratelimit-reset");
  const near = h.get("x-ratelimit-nearlimit");
  if (remaining2 === null && reset === null && near === null)
    return void 0;
  return {
    ...remaining2 !== null && Number.isFinite(Number(remaining2)) && { remaining: Number(remaining2) },
    ...reset !== null && !Number.isNaN(Date.parse(reset)) && { resetAt: new Date(reset) },
    ...near !== null && { near: near.trim().toLowerCase() === "true" }
  };
}
function errorText(json, text) {
  const o = json;
  const parts = [];
  if (Array.isArray(o?.errorMessages))
    parts.push(...o.errorMessages.map(String));
  if (o?.errors && typeof o.errors === "object")
    for (const [k2, v2] of Object.entries(o.errors))
      parts.push(`${k2}: ${String(v2)}`);
  return parts.join("; ") || text.replace(/\s+/g, " ").slice(0, 200) || "no message";
}
function sortedJson(v2) {
  return JSON.stringify(v2, (_k, x2) => x2 && typeof x2 === "object" && !Array.isArray(x2) ? Object.fromEntries(Object.entries(x2).sort(([a], [b2]) => a < b2 ? -1 : a > b2 ? 1 : 0)) : x2);
}
var import_node_crypto4, JIRA_LOOKUP_BOUND_MS, FIELDS, LABELS_PER_QUERY, PAGE, LABEL, CANCELLED, jiraLabel, Jira, categoryOf, byCategory, jqlString;
var init_jira = __esm({
  "lib/core/sync/jira.js"() {
    "use strict";
    import_node_crypto4 = require("node:crypto");
    init_dist();
    init_tracker();
    JIRA_LOOKUP_BOUND_MS = 5 * 6e4;
    FIELDS = ["summary", "description", "labels", "status", "updated", "project"];
    LABELS_PER_QUERY = 50;
    PAGE = 100;
    LABEL = /^extids-([0-9a-f]{16})-(\S+)$/;
    CANCELLED = /cancel|reject|decline|won'?t|abandon|obsolete|discard|invalid|duplicate/i;
    jiraLabel = (m2) => `extids-${m2.digest}-${m2.task}`;
    Jira = class {
      o;
      name = "Jira";
      noun = "issue";
      keyText(key) {
        return key;
      }
      lookupConsistency;
      conditionalUpdate = "checked";
      requests = 0;
      get timeoutMs() {
        return this.o.timeoutMs ?? 3e4;
      }
      budget;
      base;
      auth;
      constructor(o) {
        this.o = o;
        this.base = o.url.replace(/\/+$/, "");
        this.auth = `Basic ${Buffer.from(`${o.email}:${o.token}`).toString("base64")}`;
        this.lookupConsistency = { kind: "eventual", boundMs: o.lookupBoundMs ?? JIRA_LOOKUP_BOUND_MS };
      }
      /** GET /rest/api/3/myself ("Authentication"). */
      async verify() {
        await this.request("GET", "/rest/api/3/myself");
      }
      /** POST /rest/api/3/issue once; 201 `{id, key, self}` ("Create an issue"). */
      async create(content, marker) {
        const r = await this.request("POST", "/rest/api/3/issue", {
          fields: {
            project: { key: this.o.project },
            issuetype: { name: this.o.issueType },
            summary: summaryOf(content.title),
            description: markdownToJiraDoc(content.body),
            labels: [jiraLabel(marker)]
          }
        });
        const { id, key } = r.json ?? {};
        if (typeof id !== "string" || typeof key !== "string")
          throw new TrackerError("unknown-outcome", `Jira POST /rest/api/3/issue answered ${r.status} without an issue key`, { status: r.status });
        return { id, key, url: this.browse(key) };
      }
      /** GET /rest/api/3/issue/{id or key}: by id, a moved issue answers with its current key. */
      async get(ref) {
        return (await this.read(ref)).item;
      }
      async read(ref) {
        const q2 = new URLSearchParams({ fields: FIELDS.join(",") });
        const r = await this.request("GET", `${this.issuePath(ref)}?${q2}`);
        return this.parse(r.json);
      }
      /**
       * PUT /rest/api/3/issue/{id}?returnIssue=true (200 with the issue, "Edit an issue"); with
       * `ifVersion`, a GET of `fields.updated` first, and `stale` when it moved.
       */
      async update(ref, content, opts = {}) {
        if (opts.ifVersion !== void 0)
          this.unchanged(await this.get(ref), opts.ifVersion);
        const fields = {};
        if (content.title !== void 0)
          fields.summary = summaryOf(content.title);
        if (content.body !== void 0)
          fields.description = markdownToJiraDoc(content.body);
        const r = await this.request("PUT", `${this.issuePath(ref)}?returnIssue=true`, { fields });
        const f = r.json?.fields;
        return f?.updated && f.status ? this.parse(r.json).item : this.get(ref);
      }
      /**
       * To a status of `target`'s category, through the transitions the workflow offers now (GET
       * …/transitions; POST performs one, 204), chosen by the destination's category, never by name:
       * `new` (else `indeterminate`) for todo; `done` for done and removed, removed preferring a
       * status whose name says the work was dropped (`Won't Do`, `Rejected`…), done the others.
       * Without a direct way, one step through an `indeterminate` status (from a closed status,
       * through the open one it offers). An issue already open (todo) or closed (done, removed) is
       * left alone: moving between done statuses would run the workflow back and forth in front of
       * the team for no change of substance.
       */
      async transition(ref, target, opts = {}) {
        let { item, statusName } = await this.read(ref);
        if (opts.ifVersion !== void 0)
          this.unchanged(item, opts.ifVersion);
        for (let step = 0; step < 4; step++) {
          if (reachedState(item.state, target))
            return item;
          const path = `${this.issuePath(item)}/transitions`;
          const list = (await this.request("GET", path)).json?.transitions ?? [];
          const closing = target !== "todo";
          const via = chooseTransition(list, target) ?? (closing && item.state !== "in-progress" ? byCategory(list, "indeterminate")[0] ?? (item.state === "todo" ? void 0 : byCategory(list, "new")[0]) : void 0) ?? (closing ? chooseTransition(list, target === "done" ? "removed" : "done") : void 0);
          if (!via)
            throw new TrackerError("other", `Jira issue ${item.key} is in status "${statusName}" and its workflow offers no transition towards a ${closing ? "Done" : "To Do"} status (${list.map((t) => `"${t.name}"`).join(", ") || "none"})`);
          await this.request("POST", path, { transition: { id: via.id } });
          ({ item, statusName } = await this.read(item));
        }
        if (reachedState(item.state, target))
          return item;
        throw new TrackerError("other", `Jira issue ${item.key} did not reach a ${target} status through its workflow (now "${statusName}")`);
      }
      /**
       * POST /rest/api/3/search/jql with `labels in (…)`, every page ("Search"): eventually
       * consistent ("Search consistency"); no project clause, so an issue moved to another project
       * is found too. `since` narrows nothing here (the label query is already narrow).
       */
      async lookup(markers) {
        const out = [];
        for (let i = 0; i < markers.length; i += LABELS_PER_QUERY) {
          const labels = markers.slice(i, i + LABELS_PER_QUERY).map((m2) => jqlString(jiraLabel(m2)));
          const jql = `labels in (${labels.join(", ")}) ORDER BY created ASC`;
          let next;
          do {
            const r = await this.request("POST", "/rest/api/3/search/jql", {
              jql,
              fields: FIELDS,
              maxResults: PAGE,
              ...next ? { nextPageToken: next } : {}
            });
            const page = r.json ?? {};
            for (const it of page.issues ?? [])
              out.push(this.parse(it).item);
            next = page.isLast === false && page.nextPageToken ? page.nextPageToken : void 0;
          } while (next);
        }
        return out;
      }
      /** The summary as sent (`summaryOf`), the description as JSON of its ADF, keys sorted. */
      render(content) {
        return { title: summaryOf(content.title), body: sortedJson(markdownToJiraDoc(content.body)) };
      }
      /** Throws `stale` when `item` changed since the version extids read ("Edit an issue"). */
      unchanged(item, version2) {
        if (item.version !== version2)
          throw new TrackerError("stale", `Jira issue ${item.key} was changed at ${item.version}, after extids read it (${version2}); nothing was written`);
      }
      browse(key) {
        return `${(this.o.browseUrl ?? this.base).replace(/\/+$/, "")}/browse/${encodeURIComponent(key)}`;
      }
      issuePath(ref) {
        return `/rest/api/3/issue/${encodeURIComponent(ref.id ?? ref.key)}`;
      }
      parse(v2) {
        const o = v2;
        if (typeof o?.id !== "string" || typeof o.key !== "string")
          throw new TrackerError("other", "Jira answered with something that is not an issue");
        const f = o.fields ?? {};
        const marker = (f.labels ?? []).map(markerOfLabel).find((m2) => m2 !== void 0);
        const statusName = f.status?.name ?? "";
        const item = {
          id: o.id,
          key: o.key,
          url: this.browse(o.key),
          title: f.summary ?? "",
          body: f.description == null ? "" : sortedJson(f.description),
          state: stateOf2(f.status?.statusCategory?.key, statusName),
          version: f.updated ?? "",
          ...marker && { marker }
        };
        return { item, statusName };
      }
      async request(method, path, body) {
        const what = `Jira ${method} ${path.replace(/\?.*$/, "")}`;
        const isCreate = method === "POST" && path === "/rest/api/3/issue";
        this.requests++;
        const { res, text, json } = await sendOnce(this.o, `${this.base}${path}`, {
          method,
          headers: {
            accept: "application/json",
            authorization: this.auth,
            "user-agent": "extids",
            // "Not documented": always declare the body's type.
            ...body === void 0 ? {} : { "content-type": "application/json" }
          },
          body: body === void 0 ? void 0 : JSON.stringify(body)
        }, what);
        this.budget = budgetOf2(res.headers) ?? this.budget;
        if (res.ok)
          return { status: res.status, json, headers: res.headers };
        const retryAfterMs = waitOf2(res.headers, this.o.now());
        const reason = res.headers.get("ratelimit-reason") ?? void 0;
        const message = `${what} failed (${res.status}): ${errorText(json, text)}`;
        let kind;
        if (res.status === 429)
          kind = "rate-limited";
        else if (res.status >= 500)
          kind = !isCreate && retryAfterMs !== void 0 ? "rate-limited" : "unknown-outcome";
        else if (res.status === 401 || res.status === 403)
          kind = "auth";
        else if (res.status === 404)
          kind = "not-found";
        else if (res.status === 409)
          kind = "stale";
        else
          kind = "other";
        throw new TrackerError(kind, message, {
          status: res.status,
          ...retryAfterMs !== void 0 && { retryAfterMs },
          ...reason !== void 0 && { reason }
        });
      }
    };
    categoryOf = (t) => t.to?.statusCategory?.key;
    byCategory = (list, key) => list.filter((t) => categoryOf(t) === key);
    jqlString = (s) => `"${s.replace(/["\\]/g, "\\$&")}"`;
  }
});

// lib/core/sync/linear.js
function linearIssueId(m2) {
  const s = m2.digest + (0, import_node_crypto5.createHash)("sha256").update(CHECK_SALT + m2.digest).digest("hex").slice(0, 14);
  const hex = `${s.slice(0, 12)}4${s.slice(12, 15)}8${s.slice(15, 30)}`;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
function markerDigestOfIssueId(id) {
  const hex = id.toLowerCase().replace(/-/g, "");
  if (!/^[0-9a-f]{32}$/.test(hex) || hex[12] !== "4" || hex[16] !== "8")
    return void 0;
  const s = hex.slice(0, 12) + hex.slice(13, 16) + hex.slice(17);
  const digest = s.slice(0, 16);
  const check = (0, import_node_crypto5.createHash)("sha256").update(CHECK_SALT + digest).digest("hex").slice(0, 14);
  return s.slice(16) === check ? digest : void 0;
}
function stateCategoryOf(type) {
  if (type === "completed")
    return "done";
  if (type === "canceled" || type === "duplicate")
    return "removed";
  if (type === "started")
    return "in-progress";
  return "todo";
}
function chooseState2(states, target) {
  const types = target === "done" ? ["completed"] : target === "removed" ? ["canceled"] : ["unstarted", "backlog", "triage"];
  for (const type of types) {
    const s = states.filter((x2) => x2.type === type).sort((a, b2) => a.position - b2.position)[0];
    if (s)
      return s;
  }
  return void 0;
}
function reached(state, target) {
  return target === "todo" ? state === "todo" || state === "in-progress" : state === target;
}
function titleOf2(title) {
  return title.replace(/\s+/g, " ").trim();
}
function kindOf(status, errors) {
  const codes = errors.map((e) => `${e.extensions?.code ?? ""} ${e.extensions?.type ?? ""}`.toLowerCase());
  if (codes.some((c) => /ratelimited/.test(c)))
    return "rate-limited";
  if (codes.some((c) => /authentication|forbidden/.test(c)))
    return "auth";
  if (errors.some((e) => /^entity not found/i.test(e.message ?? "")))
    return "not-found";
  if (codes.some((c) => /internal error|network error|lock timeout/.test(c)))
    return "unknown-outcome";
  if (status === 429)
    return "rate-limited";
  if (status === 401 || status === 403)
    return "auth";
  if (status >= 500 || status === 0)
    return "unknown-outcome";
  if (errors.length === 0 && status < 300)
    return "unknown-outcome";
  return "other";
}
function bucketsOf(h) {
  const bucket = (prefix) => ({
    limit: num(h, `${prefix}-limit`),
    remaining: num(h, `${prefix}-remaining`),
    reset: num(h, `${prefix}-reset`)
  });
  return [
    { name: "requests", b: bucket("x-ratelimit-requests"), need: 1 },
    { name: "complexity", b: bucket("x-ratelimit-complexity"), need: num(h, "x-complexity") ?? 1 },
    { name: "endpoint", b: bucket("x-ratelimit-endpoint-requests"), need: 1 }
  ].filter((x2) => x2.b.remaining !== void 0 || x2.b.reset !== void 0);
}
function waitOf3(h, now) {
  const after = num(h, "retry-after");
  if (after !== void 0)
    return Math.max(0, after * 1e3);
  let wait;
  for (const { b: b2, need } of bucketsOf(h)) {
    if (b2.reset === void 0)
      continue;
    const untilWhole = Math.max(0, b2.reset - now.getTime());
    const remaining2 = b2.remaining ?? 0;
    if (remaining2 >= need)
      continue;
    const missing = (b2.limit ?? remaining2 + need) - remaining2;
    const w2 = missing > 0 ? Math.ceil(untilWhole * (need - remaining2) / missing) : untilWhole;
    wait = Math.max(wait ?? 0, Math.min(untilWhole, w2));
  }
  return wait;
}
function budgetOf3(h) {
  const all = bucketsOf(h);
  if (!all.length)
    return void 0;
  const share = (b2) => b2.remaining !== void 0 && b2.limit ? b2.remaining / b2.limit : Number.POSITIVE_INFINITY;
  const tightest = [...all].sort((x2, y2) => share(x2.b) - share(y2.b))[0];
  const requests = all.filter((x2) => x2.name !== "complexity").map((x2) => x2.b.remaining).filter((r) => r !== void 0);
  return {
    ...requests.length && { remaining: Math.min(...requests) },
    ...tightest.b.reset !== void 0 && { resetAt: new Date(tightest.b.reset) },
    near: all.some((x2) => share(x2.b) < 0.2)
  };
}
function errorText2(errors, text) {
  const parts = errors.map((e) => {
    const text2 = e.extensions?.userPresentableMessage ?? e.message ?? "";
    return e.extensions?.code ? `${text2} (${e.extensions.code})` : text2;
  }).filter(Boolean);
  return parts.join("; ") || text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim().slice(0, 200) || "no message";
}
var import_node_crypto5, LINEAR_API_URL, ISSUE, PAGE2, DEFAULT_WAIT_MS, CHECK_SALT, UNREFUSED, Linear, num;
var init_linear = __esm({
  "lib/core/sync/linear.js"() {
    "use strict";
    import_node_crypto5 = require("node:crypto");
    init_tracker();
    LINEAR_API_URL = "https://api.linear.app/graphql";
    ISSUE = "id identifier title description url updatedAt state { id name type } team { id key }";
    PAGE2 = 50;
    DEFAULT_WAIT_MS = 6e4;
    CHECK_SALT = "extids\0linear\0";
    UNREFUSED = ["rate-limited", "auth", "unknown-outcome"];
    Linear = class {
      o;
      name = "Linear";
      noun = "issue";
      keyText(key) {
        return key;
      }
      lookupConsistency = { kind: "consistent" };
      conditionalUpdate = "checked";
      requests = 0;
      get timeoutMs() {
        return this.o.timeoutMs ?? 3e4;
      }
      budget;
      url;
      auth;
      team;
      states = /* @__PURE__ */ new Map();
      /** Markers this adapter created or looked up, by digest: the id carries the digest, not the task. */
      known = /* @__PURE__ */ new Map();
      constructor(o) {
        this.o = o;
        this.url = o.url ?? LINEAR_API_URL;
        const key = o.apiKey.trim().replace(/^Bearer\s+/i, "");
        this.auth = key.startsWith("lin_oauth_") ? `Bearer ${key}` : key;
      }
      /**
       * The credentials work and see the team (`viewer { id }` and the team, one request): what
       * `--dry-run` checks, so a wrong team key fails there too.
       */
      async verify() {
        this.team = void 0;
        await this.teamOf();
      }
      /**
       * `issueCreate` once, with `id` = `linearIssueId(marker)` ("Creating an issue"). A refusal is
       * followed by `issue(id:)`: the issue that id names is what an earlier create made.
       */
      async create(content, marker) {
        this.known.set(marker.digest, marker);
        const id = linearIssueId(marker);
        const team = await this.teamOf();
        let data;
        try {
          data = await this.query("issueCreate", `mutation Create($input: IssueCreateInput!) { issueCreate(input: $input) { success issue { ${ISSUE} } } }`, {
            input: {
              id,
              teamId: team.id,
              title: titleOf2(content.title),
              description: content.body
            }
          });
        } catch (err) {
          if (!(err instanceof TrackerError) || UNREFUSED.includes(err.kind))
            throw err;
          return this.alreadyCreated(id, err);
        }
        const issue2 = data.issueCreate?.issue;
        if (!data.issueCreate?.success || !issue2 || typeof issue2.identifier !== "string")
          throw new TrackerError("unknown-outcome", `Linear issueCreate answered without an issue (success: ${String(data.issueCreate?.success)})`);
        const item = this.parse(issue2);
        return { id: item.id, key: item.key, url: item.url, item };
      }
      /**
       * The issue a refused create's id names, or the refusal (as `other`: the create was refused,
       * whatever it said) when there is none.
       */
      async alreadyCreated(id, refusal2) {
        let item;
        try {
          item = await this.get({ id, key: id });
        } catch (err) {
          if (!(err instanceof TrackerError) || err.kind !== "not-found")
            throw err;
          throw refusal2.kind === "other" ? refusal2 : new TrackerError("other", refusal2.message, refusal2.info);
        }
        return { id: item.id, key: item.key, url: item.url, item };
      }
      /** `issue(id:)` by UUID (by the identifier only for an adopted key): the current identifier. */
      async get(ref) {
        return (await this.read(ref)).item;
      }
      /** The issue and its team's id (a moved issue's states are its new team's). */
      async read(ref) {
        const data = await this.query("issue", `query Issue($id: String!) { issue(id: $id) { ${ISSUE} } }`, { id: ref.id ?? ref.key }, ref.key);
        if (!data.issue)
          throw this.missing(ref);
        return { item: this.parse(data.issue), teamId: data.issue.team?.id };
      }
      /** `issueUpdate` ("Reading and identifying issues"); with `ifVersion`, `updatedAt` read first. */
      async update(ref, content, opts = {}) {
        let target = ref;
        if (opts.ifVersion !== void 0) {
          const now = await this.get(ref);
          this.unchanged(now, opts.ifVersion);
          target = now;
        }
        const input = {};
        if (content.title !== void 0)
          input.title = titleOf2(content.title);
        if (content.body !== void 0)
          input.description = content.body;
        return this.write(target, input);
      }
      /**
       * To a state of `target`'s type in the issue's own team (a moved issue has the other team's
       * states), whatever the team calls it (`chooseState`); an issue already there is left alone.
       */
      async transition(ref, target, opts = {}) {
        const { item, teamId } = await this.read(ref);
        if (opts.ifVersion !== void 0)
          this.unchanged(item, opts.ifVersion);
        if (reached(item.state, target))
          return item;
        const states = teamId ? await this.statesOf(teamId) : [];
        const to = chooseState2(states, target);
        if (!to)
          throw new TrackerError("other", `Linear issue ${item.key}: its team has no state of type ${target === "done" ? "completed" : target === "removed" ? "canceled" : "unstarted, backlog or triage"} (${states.map((s) => `"${s.name}" ${s.type}`).join(", ") || "none"})`);
        return this.write(item, { stateId: to.id });
      }
      /**
       * `issues(filter: {id: {in: […]}}, includeArchived: true)` by the ids the markers name, 50 at
       * a time, every page: consistent (see the header). `since` narrows nothing (ids are exact).
       */
      async lookup(markers) {
        for (const m2 of markers)
          this.known.set(m2.digest, m2);
        const out = [];
        for (let i = 0; i < markers.length; i += PAGE2) {
          const ids = markers.slice(i, i + PAGE2).map(linearIssueId);
          let after;
          do {
            const data = await this.query("issues", `query Lookup($ids: [ID!], $first: Int, $after: String) { issues(filter: { id: { in: $ids } }, first: $first, after: $after, includeArchived: true) { nodes { ${ISSUE} } pageInfo { hasNextPage endCursor } } }`, { ids, first: PAGE2, ...after && { after } });
            for (const it of data.issues?.nodes ?? [])
              out.push(this.parse(it));
            const page = data.issues?.pageInfo;
            after = page?.hasNextPage && page.endCursor ? page.endCursor : void 0;
          } while (after);
        }
        return out;
      }
      /** The title on one line; the description is the task's markdown as it is. */
      render(content) {
        return { title: titleOf2(content.title), body: content.body };
      }
      /**
       * The team the configured key names, with its id and states (`teams(filter: {key: {eq}})`,
       * "Teams, workflow states"), read once.
       */
      teamOf() {
        this.team ??= this.query("team", `query Team($key: String!) { viewer { id } teams(filter: { key: { eq: $key } }, first: 1) { nodes { id key states(first: 50) { nodes { id name type position } } } } }`, { key: this.o.team }, this.o.team).then((data) => {
          const t = data.teams?.nodes?.[0];
          if (!t)
            throw new TrackerError("other", `Linear has no team with the key "${this.o.team}" that these credentials can see`);
          this.states.set(t.id, Promise.resolve(t.states?.nodes ?? []));
          return { id: t.id, key: t.key };
        }, (err) => {
          this.team = void 0;
          throw err;
        });
        return this.team;
      }
      /** A team's workflow states, read once per team (`team(id:) { states }`). */
      statesOf(teamId) {
        let p = this.states.get(teamId);
        if (!p) {
          p = this.query("team", `query States($id: String!) { team(id: $id) { states(first: 50) { nodes { id name type position } } } }`, { id: teamId }).then((d2) => d2.team?.states?.nodes ?? []);
          p.catch(() => this.states.delete(teamId));
          this.states.set(teamId, p);
        }
        return p;
      }
      async write(ref, input) {
        const data = await this.query("issueUpdate", `mutation Update($id: String!, $input: IssueUpdateInput!) { issueUpdate(id: $id, input: $input) { success issue { ${ISSUE} } } }`, { id: ref.id ?? ref.key, input }, ref.key);
        if (data.issueUpdate?.success === false)
          throw new TrackerError("other", `Linear issueUpdate of ${ref.key} answered success: false`);
        const issue2 = data.issueUpdate?.issue;
        return issue2 ? this.parse(issue2) : this.get(ref);
      }
      /** Throws `stale` when `item` changed since the version extids read. */
      unchanged(item, version2) {
        if (item.version !== version2)
          throw new TrackerError("stale", `Linear issue ${item.key} was changed at ${item.version}, after extids read it (${version2}); nothing was written`);
      }
      missing(ref) {
        return new TrackerError("not-found", `Linear has no issue ${ref.key}${ref.id && ref.id !== ref.key ? ` (${ref.id})` : ""}`);
      }
      parse(v2) {
        if (typeof v2?.id !== "string" || typeof v2.identifier !== "string")
          throw new TrackerError("other", "Linear answered with something that is not an issue");
        const digest = markerDigestOfIssueId(v2.id);
        const marker = digest ? this.known.get(digest) ?? { digest, task: "" } : void 0;
        return {
          id: v2.id,
          key: v2.identifier,
          url: v2.url ?? "",
          title: v2.title ?? "",
          body: v2.description ?? "",
          state: stateCategoryOf(v2.state?.type),
          version: v2.updatedAt ?? "",
          ...marker && { marker }
        };
      }
      /** One GraphQL request; `field` is the root field, for messages. */
      async query(field, query, variables, subject) {
        const what = `Linear ${field}${subject ? ` ${subject}` : ""}`;
        this.requests++;
        const answer = await sendOnce(this.o, this.url, {
          method: "POST",
          headers: {
            accept: "application/json",
            "content-type": "application/json",
            authorization: this.auth,
            "user-agent": "extids"
          },
          body: JSON.stringify({ query, ...variables && { variables } })
        }, what);
        const { res, text } = answer;
        const json = answer.json;
        this.budget = budgetOf3(res.headers) ?? this.budget;
        const errors = Array.isArray(json?.errors) ? json.errors : [];
        if (res.ok && errors.length === 0 && json?.data && typeof json.data === "object")
          return json.data;
        const message = `${what} failed (${res.status}): ${errorText2(errors, text)}`;
        const kind = kindOf(res.status, errors);
        const retryAfterMs = kind === "rate-limited" ? waitOf3(res.headers, this.o.now()) ?? DEFAULT_WAIT_MS : void 0;
        throw new TrackerError(kind, message, {
          status: res.status,
          ...retryAfterMs !== void 0 && { retryAfterMs }
        });
      }
    };
    num = (h, name) => {
      const v2 = h.get(name);
      return v2 !== null && v2.trim() !== "" && Number.isFinite(Number(v2)) ? Number(v2) : void 0;
    };
  }
});

// lib/core/sync/trackers.js
function required2(row, vars, name) {
  const v2 = vars[name];
  if (!v2)
    throw new ExtidsError("SYNC_REFUSED", `${name} is not set: ${TOOL_LABEL[row.tool]} sync needs ${row.variables[name]}`);
  return v2;
}
var github, ms, jira, linear, azureDevOps, TRACKERS;
var init_trackers = __esm({
  "lib/core/sync/trackers.js"() {
    "use strict";
    init_findings();
    init_ids();
    init_github();
    init_azure_devops();
    init_jira();
    init_linear();
    github = {
      tool: "github",
      variables: {
        GITHUB_TOKEN: "a token that may write issues (in a workflow: permissions: issues: write)",
        GITHUB_API_URL: "the REST API (default https://api.github.com; GitHub Enterprise sets it)"
      },
      build: ({ vars, repo, effects }) => new GitHubTracker({
        ...effects,
        apiUrl: vars.GITHUB_API_URL || "https://api.github.com",
        token: required2(github, vars, "GITHUB_TOKEN"),
        repo
      })
    };
    ms = (v2) => v2 && /^\d+$/.test(v2) ? Number(v2) : void 0;
    jira = {
      tool: "jira",
      variables: {
        JIRA_EMAIL: "the Atlassian account email the API token belongs to",
        JIRA_API_TOKEN: "an API token of that account (id.atlassian.com \u2192 Security \u2192 API tokens)",
        EXTIDS_JIRA_LOOKUP_BOUND_MS: `how long Jira's search may lag behind a create (ms; default 300000, Atlassian's "seconds to minutes")`
      },
      build: ({ settings, vars, effects }) => {
        const c = settings.tools.jira ?? {};
        if (!c.url || !c.key)
          throw new ExtidsError("SYNC_REFUSED", 'Jira sync needs the site and the project: "tools": {"jira": {"mode": "sync", "key": "PROJ", "url": "https://acme.atlassian.net"}}');
        return new Jira({
          ...effects,
          url: c.url,
          project: c.key,
          issueType: c.issueType ?? "Task",
          email: required2(jira, vars, "JIRA_EMAIL"),
          token: required2(jira, vars, "JIRA_API_TOKEN"),
          lookupBoundMs: ms(vars.EXTIDS_JIRA_LOOKUP_BOUND_MS)
        });
      }
    };
    linear = {
      tool: "linear",
      variables: {
        LINEAR_API_KEY: "a personal API key (lin_api_\u2026) or an OAuth access token",
        LINEAR_API_URL: "the GraphQL endpoint (default https://api.linear.app/graphql)"
      },
      build: ({ settings, vars, effects }) => {
        const key = settings.tools.linear?.key;
        if (!key)
          throw new ExtidsError("SYNC_REFUSED", 'Linear sync needs the team: "tools": {"linear": {"mode": "sync", "key": "TEAM"}}');
        return new Linear({
          ...effects,
          team: key,
          apiKey: required2(linear, vars, "LINEAR_API_KEY"),
          ...vars.LINEAR_API_URL && { url: vars.LINEAR_API_URL }
        });
      }
    };
    azureDevOps = {
      tool: "azure_devops",
      variables: {
        AZURE_DEVOPS_TOKEN: "a personal access token (Work Items: Read & write), or a Pipelines System.AccessToken",
        AZURE_DEVOPS_URL: "the service (default https://dev.azure.com; the organisation is appended)",
        EXTIDS_AZURE_LOOKUP_BOUND_MS: "how long a WIQL query may lag behind a create (ms; default 300000)"
      },
      build: ({ settings, vars, effects }) => {
        const c = settings.tools.azure_devops ?? {};
        if (!c.org || !c.project)
          throw new ExtidsError("SYNC_REFUSED", 'Azure DevOps sync needs the organisation and project: "tools": {"azure_devops": {"mode": "sync", "org": "acme", "project": "Tasks", "type": "Task"}}');
        const token = required2(azureDevOps, vars, "AZURE_DEVOPS_TOKEN");
        return new AzureDevOps({
          ...effects,
          org: c.org,
          project: c.project,
          type: c.type ?? "Task",
          token,
          ...vars.AZURE_DEVOPS_URL && { url: vars.AZURE_DEVOPS_URL },
          lookupBoundMs: ms(vars.EXTIDS_AZURE_LOOKUP_BOUND_MS)
        });
      }
    };
    TRACKERS = {
      github,
      jira,
      linear,
      azure_devops: azureDevOps
    };
  }
});

// lib/core/commands/staged.js
function checkStagedState(s, dirRel, texts, now) {
  const file = (kind) => `${dirRel}/${STATE_FILE[kind]}`;
  const mapping = texts.mapping === void 0 ? missingStateFile("mapping", file("mapping")) : parseStateText("mapping", texts.mapping, file("mapping"), now);
  const counters = texts.counters === void 0 ? missingStateFile("counters", file("counters")) : parseStateText("counters", texts.counters, file("counters"), now);
  const links = texts.links === void 0 ? [] : parseLinksText(texts.links, `${dirRel}/${LINKS_FILE}`).findings;
  const errors = [...diagnose({ mapping, counters, idPattern: s.idPattern }), ...links].filter((f) => f.severity === "error");
  return {
    mapping,
    counters,
    errors,
    legacy: mapping.status === "legacy" || counters.status === "legacy"
  };
}
function skipNotATask(plan2, file, rel, exclude) {
  const not = notATask(rel, exclude);
  if (not && !not.excluded)
    plan2.skipped.push({ file, finding: notATaskFinding(file, not.why) });
  return not !== void 0;
}
async function planStagedTasks(s, tasks, otherCopies, removed = () => []) {
  const plan2 = { work: [], skipped: [], warnings: [], refusals: [] };
  const tools = TOOLS.filter((t) => s.tools[t] && !isSyncMode(s.tools, t));
  const needing = [];
  const under = relPath(s.root, s.tasksDir);
  const inTasks = (file) => under ? file.slice(under.length + 1) : file;
  for (const t of tasks) {
    if (t.link) {
      plan2.skipped.push({ file: t.file, finding: linkedTask(t.path, t.file, s.tasksDir) });
      continue;
    }
    if (skipNotATask(plan2, t.file, inTasks(t.file), s.exclude))
      continue;
    const rec = readTaskText(t.index, t.path, t.file);
    const broken = rec.findings.find((f) => f.severity === "error");
    if (!rec.hasFrontmatter) {
      plan2.skipped.push({ file: t.file, finding: rec.findings[0] });
      continue;
    }
    if (broken) {
      plan2.skipped.push({ file: t.file, finding: broken });
      continue;
    }
    if (rec.id === void 0) {
      plan2.skipped.push({ file: t.file, finding: missingTaskId(rec) });
      continue;
    }
    if (!s.idPattern.test(rec.id)) {
      plan2.skipped.push({ file: t.file, finding: invalidTaskId(rec) });
      continue;
    }
    plan2.warnings.push(...rec.findings);
    if (tools.every((tool) => rec.externalIds?.[tool] !== void 0))
      continue;
    needing.push({ t, rec });
  }
  const copiesOf = /* @__PURE__ */ new Map();
  if (needing.length)
    for (const c of await otherCopies(needing.map((n) => n.rec.id))) {
      const other = readTaskText(c.text, c.file, c.file);
      if (other.id !== void 0)
        copiesOf.set(other.id, [...copiesOf.get(other.id) ?? [], other]);
    }
  let introduced;
  const isIntroduced = (file) => {
    introduced ??= introducedFiles(tasks.filter((t) => t.added).map((t) => [t.file, readTaskText(t.index, t.path, t.file).id]), new Set(removed().flatMap((r) => readTaskText(r.text, r.file, r.file).id ?? [])));
    return introduced(file);
  };
  const warned = /* @__PURE__ */ new Set();
  for (const { t, rec } of needing) {
    if (t.worktree !== t.index && readTaskText(t.worktree, t.path, t.file).id !== rec.id) {
      plan2.refusals.push(finding("error", "PARTIALLY_STAGED", `is partially staged and its unstaged version has another id; stage or stash the rest so the hook can write its external IDs safely`, { file: t.file, line: rec.idLine }));
      continue;
    }
    const copies = [
      copyOf(rec),
      ...(copiesOf.get(rec.id) ?? []).filter((c) => c.file !== t.file).map(copyOf)
    ];
    if (copies.length > 1) {
      const f = duplicateTaskId(rec.id, copies, isIntroduced);
      if (f.severity === "error") {
        if (!warned.has(rec.id))
          plan2.refusals.push(f);
        warned.add(rec.id);
        continue;
      }
      if (!warned.has(rec.id))
        plan2.warnings.push(f);
      warned.add(rec.id);
    }
    plan2.work.push({ ...t, rec });
  }
  return plan2;
}
async function assignStaged(s, work, o = {}) {
  const { value } = await transaction({ ...storeOptions(s, o), parsed: o.parsed }, (ledger, tx) => work.map((w2) => {
    const { want, assigned } = assignTask(ledger, w2.rec, s);
    const index = setExternalIds(w2.index, want, w2.file);
    const worktree = w2.worktree === w2.index ? index : setExternalIds(w2.worktree, want, w2.file);
    if (worktree !== w2.worktree)
      tx.writeAfter({ path: w2.path, text: worktree, task: w2.rec.id, externalIds: want });
    return { w: w2, assigned, index };
  }));
  return {
    assigned: value.flatMap((r) => r.assigned),
    staged: value.filter((r) => r.index !== r.w.index).map((r) => ({ file: r.w.file, text: r.index, wholeFile: r.w.worktree === r.w.index }))
  };
}
async function stagedMismatches(s, plan2, tasks, mapping, otherCopies) {
  const known = mapping.data?.mappings ?? (mapping.status === "missing" ? {} : void 0);
  const ledger = [];
  if (!known)
    return { findings: [], ledger };
  const handled = new Set(plan2.work.map((w2) => w2.file));
  const under = relPath(s.root, s.tasksDir);
  const inTasks = (file) => under ? file.slice(under.length + 1) : file;
  const out = [];
  const recs = /* @__PURE__ */ new Map();
  for (const t of tasks) {
    if (handled.has(t.file) || s.exclude?.test(inTasks(t.file)))
      continue;
    const rec = readTaskText(t.text, t.file, t.file);
    if (!rec.hasFrontmatter || rec.id === void 0 || !s.idPattern.test(rec.id))
      continue;
    if (rec.findings.some((f) => f.severity === "error"))
      continue;
    const entry = hasOwn(known, rec.id) ? known[rec.id] : void 0;
    const errors = frontmatterMismatch(rec, entry).filter((f) => f.severity === "error");
    if (errors.length)
      recs.set(rec.file, rec);
    for (const tool of TOOLS) {
      const f = rec.externalIds?.[tool];
      if (f !== void 0 && entry?.[tool] !== f)
        ledger.push({ file: rec.file, line: rec.externalIdsLine, tool, want: entry?.[tool] });
    }
    out.push(...errors);
  }
  if (recs.size === 0)
    return { findings: out, ledger };
  const ids = [...new Set([...recs.values()].map((r) => r.id))];
  const byId2 = /* @__PURE__ */ new Map();
  for (const r of recs.values())
    byId2.set(r.id, [...byId2.get(r.id) ?? [], r]);
  for (const c of await otherCopies(ids)) {
    if (recs.has(c.file))
      continue;
    const other = readTaskText(c.text, c.file, c.file);
    if (other.id !== void 0 && byId2.has(other.id))
      byId2.set(other.id, [...byId2.get(other.id), other]);
  }
  for (const [id, copies] of byId2)
    if (copies.length > 1) {
      const f = duplicateTaskId(id, copies.map(copyOf));
      if (f.severity === "error")
        out.push(f);
    }
  return { findings: out, ledger };
}
var init_staged = __esm({
  "lib/core/commands/staged.js"() {
    "use strict";
    init_config();
    init_diagnose();
    init_findings();
    init_ids();
    init_parse3();
    init_paths();
    init_links();
    init_tasks();
    init_diagnose();
    init_policy();
    init_state();
    init_store();
    init_assign();
    init_common();
  }
});

// lib/core/introduced.js
function introducedSince(root, base, o = {}) {
  const git = new Git(root);
  const added = git.addedSince(base, o);
  const deleted = git.deletedSince(base, o)?.filter((f) => f.endsWith(".md"));
  if (!added || !deleted)
    return void 0;
  const from = o.trees ? base : git.mergeBase(base, "HEAD") ?? base;
  const deletedIds = new Set([...git.showAll(from, deleted)].flatMap(([f, text]) => text === void 0 ? [] : readTaskText(text, f, f).id ?? []));
  return introducedFiles(added.map((f) => [f, deletedIds.size ? readTask((0, import_node_path15.join)(root, f), root, f).id : void 0]), deletedIds);
}
var import_node_path15;
var init_introduced = __esm({
  "lib/core/introduced.js"() {
    "use strict";
    import_node_path15 = require("node:path");
    init_git();
    init_policy();
    init_tasks();
  }
});

// lib/core/rewrite.js
async function repairRewritten(root, pairs, o) {
  const git = new Git(root, o.env);
  const none = { tipChanged: [], refixed: [] };
  const parentsOf = git.parentsOf([...new Set(pairs.flat())]);
  const parents = (sha) => parentsOf.get(sha) ?? git.parents(sha);
  const same = (a, b2) => a.join(" ") === b2.join(" ");
  if (pairs.every(([was2, now]) => same(parents(was2), parents(now))))
    return none;
  const commits = [...new Set(pairs.map(([, now]) => now))];
  const was = new Map(pairs.map(([w2, n]) => [n, w2]));
  if (commits.some((c, i) => i > 0 && parents(c)[0] !== commits[i - 1]))
    return { ...none, notLinear: true };
  const s = loadSettings(root);
  const state = relPath(root, s.stateDir) || ".";
  const ledger = [CONFIG_FILE, state, relPath(root, s.tasksDir) || "."];
  if (!git.touchedBetween(parents(commits[0])[0], commits.at(-1), ledger))
    return none;
  let parent = parents(commits[0])[0];
  let carried = false;
  let changed = [];
  const refixed = [];
  for (const c of commits) {
    const mine = parents(c);
    const own2 = git.tree(c);
    let tree = own2;
    changed = [];
    if (carried || mine[0] === void 0 || git.changedBetween(mine[0], c, ledger).length && mayNeedFix(git, c, [was.get(c), mine[0]], state))
      ({ tree, changed } = await fixTree(git, c, ledger, `${state}/${MAPPING_FILE}`, o));
    const now = parent !== mine[0] || tree !== own2 ? git.recommit(c, tree, [parent, ...mine.slice(1)], o.env) : c;
    if (now !== c)
      refixed.push({ was: was.get(c) ?? c, now, changed });
    carried = tree !== own2;
    parent = now;
  }
  const from = commits.at(-1);
  return parent === from ? none : { tip: parent, from, tipChanged: changed, refixed };
}
function mayNeedFix(git, sha, others, state) {
  const now = (/* @__PURE__ */ new Date(0)).toISOString();
  const read2 = (rev) => {
    const text = (k2) => git.show(rev, `${state}/${STATE_FILE[k2]}`);
    const [m2, c] = [text("mapping"), text("counters")];
    return {
      mapping: m2 === void 0 ? void 0 : parseStateText("mapping", m2, "mapping", now),
      counters: c === void 0 ? void 0 : parseStateText("counters", c, "counters", now)
    };
  };
  const here = read2(sha);
  if (!here.mapping)
    return false;
  if (!here.mapping.data || here.counters && !here.counters.data)
    return true;
  const findings = diagnose({
    mapping: here.mapping,
    counters: here.counters ?? missingStateFile("counters", "counters")
  });
  if (findings.some((f) => f.code === "COUNTER_BEHIND"))
    return true;
  const mine = here.mapping.data.mappings;
  return others.some((rev) => {
    const theirs = rev === void 0 ? void 0 : read2(rev).mapping?.data?.mappings;
    return Object.entries(theirs ?? {}).some(([id, ids]) => TOOLS.some((t) => {
      const [a, b2] = [ids[t], Object.hasOwn(mine, id) ? mine[id][t] : void 0];
      return a !== void 0 && b2 !== void 0 && a !== b2;
    }));
  });
}
async function fixTree(git, sha, ledger, mapping, o) {
  const dir = (0, import_node_fs12.mkdtempSync)((0, import_node_path16.join)(o.tmp, "extids-rebase-"));
  try {
    const work = (0, import_node_path16.join)(dir, "work");
    const index = (0, import_node_path16.join)(dir, "index");
    (0, import_node_fs12.mkdirSync)(work);
    git.checkoutInto(sha, ledger, work, index, o.env);
    if (git.show(sha, mapping) === void 0)
      return { tree: git.tree(sha), changed: [] };
    await repair(loadSettings(work), { lock: o.lock });
    return git.treeFrom(work, index, o.env, ledger);
  } finally {
    (0, import_node_fs12.rmSync)(dir, { recursive: true, force: true });
  }
}
var import_node_fs12, import_node_path16;
var init_rewrite = __esm({
  "lib/core/rewrite.js"() {
    "use strict";
    import_node_fs12 = require("node:fs");
    import_node_path16 = require("node:path");
    init_repair();
    init_config();
    init_git();
    init_diagnose();
    init_ids();
    init_parse3();
    init_paths();
  }
});

// lib/core/index.js
var core_exports3 = {};
__export(core_exports3, {
  CONFIG_FILE: () => CONFIG_FILE,
  COUNTERS_FILE: () => COUNTERS_FILE,
  CounterFileSchema: () => CounterFileSchema,
  DEFAULT_STATE_DIR: () => DEFAULT_STATE_DIR,
  DEFAULT_TASKS_DIR: () => DEFAULT_TASKS_DIR,
  ERROR_CODES: () => ERROR_CODES,
  ExtidsError: () => ExtidsError,
  FINDING_CODES: () => FINDING_CODES,
  FORMAT_VERSION: () => FORMAT_VERSION,
  Git: () => Git,
  GitHubTracker: () => GitHubTracker,
  LINKS_FILE: () => LINKS_FILE,
  Ledger: () => Ledger,
  MAPPING_FILE: () => MAPPING_FILE,
  MappingFileSchema: () => MappingFileSchema,
  STATE_FILE: () => STATE_FILE,
  TOOLS: () => TOOLS,
  TOOL_LABEL: () => TOOL_LABEL,
  TRACKERS: () => TRACKERS,
  assign: () => assign,
  assignStaged: () => assignStaged,
  assignTask: () => assignTask,
  canonicalJson: () => canonicalJson,
  checkRoot: () => checkRoot,
  checkStagedState: () => checkStagedState,
  checkStarts: () => checkStarts,
  checkTopLevel: () => checkTopLevel,
  configuredTools: () => configuredTools,
  displayPath: () => displayPath,
  emptyCounters: () => emptyCounters,
  findDuplicateExternalIds: () => findDuplicateExternalIds,
  finding: () => finding,
  hasErrors: () => hasErrors,
  highestUsed: () => highestUsed,
  introducedSince: () => introducedSince,
  isInside: () => isInside,
  isSyncMode: () => isSyncMode,
  isoStamp: () => isoStamp,
  linksText: () => linksText,
  loadSettings: () => loadSettings,
  lookup: () => lookup,
  mergeLinks: () => mergeLinks,
  mergeState: () => mergeState,
  mergedFiles: () => mergedFiles,
  migrate: () => migrate,
  nextSteps: () => nextSteps,
  parseLinksText: () => parseLinksText,
  parseStarts: () => parseStarts,
  parseStateText: () => parseStateText,
  parseToolList: () => parseToolList,
  planStagedTasks: () => planStagedTasks,
  readState: () => readState,
  readTask: () => readTask,
  readTaskText: () => readTaskText,
  relPath: () => relPath,
  repair: () => repair,
  repairRewritten: () => repairRewritten,
  seniorityFromCommits: () => seniorityFromCommits,
  seniorityFromTasks: () => seniorityFromTasks,
  serverOfApi: () => serverOfApi,
  setExternalIds: () => setExternalIds,
  stagedMismatches: () => stagedMismatches,
  startCounters: () => startCounters,
  sync: () => sync,
  syncTarget: () => syncTarget,
  tasksById: () => tasksById,
  transaction: () => transaction,
  validate: () => validate2
});
var init_core3 = __esm({
  "lib/core/index.js"() {
    "use strict";
    init_validate();
    init_migrate2();
    init_repair();
    init_assign();
    init_lookup();
    init_next();
    init_start();
    init_sync();
    init_github();
    init_trackers();
    init_links();
    init_staged();
    init_root();
    init_config();
    init_paths();
    init_findings();
    init_ids();
    init_schema();
    init_parse3();
    init_canonical();
    init_state();
    init_ledger();
    init_store();
    init_tasks();
    init_merge();
    init_seniority();
    init_git();
    init_introduced();
    init_rewrite();
  }
});

// lib/hook/pre-commit.js
var pre_commit_exports = {};
__export(pre_commit_exports, {
  concluding: () => concluding,
  hookMain: () => hookMain,
  quickPaths: () => quickPaths,
  stagedRelevant: () => stagedRelevant
});
module.exports = __toCommonJS(pre_commit_exports);
var import_node_fs13 = require("node:fs");
var import_node_path17 = require("node:path");
init_git();
init_id_lines();
init_paths();

// lib/hook/gate.js
init_git();
init_paths();

// lib/doors/quote.js
var shellWord = (s) => `'${s.replace(/'/g, `'\\''`)}'`;

// lib/hook/gate.js
function gatePathspecs(paths, links = true) {
  const inside = (p) => !p.startsWith("/") && !/^[A-Za-z]:/.test(p) && !/^\.\.(\/|$)/.test(p);
  if (!inside(paths.tasksDir) || !inside(paths.stateDir))
    return [":(literal)."];
  const state = (f) => paths.stateDir === "." ? f : `${paths.stateDir}/${f}`;
  const files2 = links ? [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE] : [MAPPING_FILE, COUNTERS_FILE];
  return [paths.tasksDir, ...files2.map(state), CONFIG_FILE].map((p) => `:(literal)${p}`);
}
var ASK = `  exec git ${STAGED_DIFF.join(" ")} --quiet -- \\`;
var pathsLine = (paths, links = true) => `    ${gatePathspecs(paths, links).map(shellWord).join(" ")}); then`;
function gateAt(script) {
  const lines = script.split(/\r?\n/);
  const ask = lines.indexOf(ASK);
  return { lines, at: ask === -1 ? -1 : ask + 1 };
}
function staleGate(script, paths) {
  const { lines, at: at2 } = gateAt(script);
  return at2 !== -1 && lines[at2] !== pathsLine(paths) && lines[at2] !== pathsLine(paths, false);
}
function oldGate(script, paths) {
  const { lines, at: at2 } = gateAt(script);
  return at2 !== -1 && lines[at2] === pathsLine(paths, false) && !gatePathspecs(paths).includes(":(literal).");
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
  const runs = (text) => text.split(/\r?\n/).some((l3) => line.test(l3) && l3.includes("`"));
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
    const c = JSON.parse((0, import_node_fs13.readFileSync)((0, import_node_path17.resolve)(root, CONFIG_FILE), "utf8"));
    if (typeof c.stateDir === "string")
      stateDir = c.stateDir;
    if (typeof c.tasksDir === "string")
      tasksDir = c.tasksDir;
  } catch {
  }
  const rel = (p) => relPath(root, p) || ".";
  const tasks = (0, import_node_path17.resolve)(root, tasksDir);
  return {
    root,
    stateDir: rel((0, import_node_path17.resolve)(root, stateDir)),
    tasksDir: rel(followTasksDir(root, tasks) ?? tasks)
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
  const path = (0, import_node_path17.resolve)(root, file);
  try {
    return (0, import_node_fs13.lstatSync)(path).isSymbolicLink() && (0, import_node_fs13.statSync)(path).isDirectory();
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
  const root = rootArg !== -1 && rest[rootArg + 1] ? (0, import_node_path17.resolve)(io.cwd, rest[rootArg + 1]) : io.cwd;
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
  if (name === "pre-commit" && followTasksDir(root, (0, import_node_path17.resolve)(root, paths.tasksDir)) === void 0) {
    const { loadSettings: loadSettings2 } = await Promise.resolve().then(() => (init_core3(), core_exports3));
    try {
      loadSettings2(root);
    } catch (err) {
      io.stderr.write(`extids: ${err.message}
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
    script = (0, import_node_fs13.readFileSync)((0, import_node_path17.resolve)(paths.root, file), "utf8");
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
  const has = (hook) => (0, import_node_fs13.existsSync)((0, import_node_path17.resolve)(root, ".husky", hook));
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
      for (const id of idGuesses((0, import_node_fs13.readFileSync)((0, import_node_path17.resolve)(paths.root, file), "utf8")))
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
  const has = (name) => (0, import_node_fs13.existsSync)((0, import_node_path17.resolve)(dir, name));
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
