import { createRequire as __extidsRequire } from 'node:module';
const require = __extidsRequire(import.meta.url);
import {
  formatFinding,
  noStyle
} from "./chunk-H5TQY73R.js";
import {
  lockFromEnv
} from "./chunk-VALC4E2J.js";
import {
  TOOLS,
  assignStaged,
  checkStagedState,
  isoStamp,
  loadSettings,
  migrate,
  planStagedTasks
} from "./chunk-PH3TBUNZ.js";
import {
  ExtidsError,
  STATE_FILE,
  idLineRegex,
  relPath
} from "./chunk-YLMY6KHY.js";

// lib/hook/staged.js
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
var FIX = "fix it with `npx extids repair`, then stage the state files again (or bypass once with git commit --no-verify)";
async function runStaged(io, paths, staged, git, early) {
  const say = (line) => io.stderr.write(`extids: ${line}
`);
  try {
    const s = loadSettings(paths.root);
    const lock = lockFromEnv(io.env);
    const now = isoStamp(/* @__PURE__ */ new Date());
    const dirRel = relPath(s.root, s.stateDir);
    const rel = {
      mapping: `${dirRel}/${STATE_FILE.mapping}`,
      counters: `${dirRel}/${STATE_FILE.counters}`
    };
    const wanted = [rel.mapping, rel.counters, ...staged.tasks];
    const index = await early?.index.catch(() => void 0) ?? git.showAll("index", wanted);
    const missing = wanted.filter((f) => !index.has(f));
    if (missing.length)
      for (const [f, t] of git.showAll("index", missing))
        index.set(f, t);
    const stagedState = () => checkStagedState(s, dirRel, { mapping: index.get(rel.mapping), counters: index.get(rel.counters) }, now);
    let state = stagedState();
    if (state.errors.length)
      return refuse(io, state.errors, FIX);
    const unstagedState = unstaged(git, paths.root, index, [rel.mapping, rel.counters]);
    if (state.legacy) {
      if (unstagedState.length)
        return refuse(io, [], `${unstagedState.join(" and ")} ${unstagedState.length > 1 ? "are" : "is"} in an older format and has unstaged changes; stage or stash them so the hook can migrate it`);
      const r = await migrate(s, { lock });
      const migrated = r.changes.filter((c) => c.kind === "state-written").map((c) => c.file);
      git.add(migrated);
      for (const [file, text] of git.showAll("index", [rel.mapping, rel.counters]))
        index.set(file, text);
      say(`migrated ${migrated.join(" and ")} to format 1.0 (originals kept beside them, git-ignored)`);
      state = stagedState();
    }
    if (staged.tasks.length === 0)
      return 0;
    if (TOOLS.every((t) => !s.tools[t])) {
      say(`no tools are configured in ${relPath(s.root, s.configFile)}, so staged tasks get no external IDs`);
      return 0;
    }
    const tasksRel = relPath(s.root, s.tasksDir);
    const plan = await planStagedTasks(
      s,
      staged.tasks.flatMap((file) => {
        const text = index.get(file);
        const path = resolve(paths.root, file);
        return text === void 0 ? [] : [
          {
            file,
            path,
            index: text,
            worktree: readFileSync(path, "utf8"),
            added: staged.added.has(file)
          }
        ];
      }),
      // Candidates from the work tree (fast); what counts is their staged text, read next.
      // Asked only when a staged task needs IDs; the grep started early answers when it looked
      // for every id asked (and in the configured tasks directory).
      async (ids) => {
        const hits = early && paths.tasksDir === tasksRel && ids.every((id) => early.copies.ids.has(id)) ? await early.copies.files : git.grepFiles("worktree", ids.map(idLineRegex), tasksRel);
        for (const [file, text] of git.showAll("index", hits.filter((f) => !index.has(f))))
          index.set(file, text);
        return hits.map((file) => ({ file, text: index.get(file) ?? "" }));
      }
    );
    for (const f of plan.warnings)
      say(formatFinding(f, noStyle));
    for (const k of plan.skipped)
      say(`${formatFinding(k.finding, noStyle)} (not assigned)`);
    if (plan.refusals.length)
      return refuse(io, plan.refusals, "give each task its own id");
    if (plan.work.length === 0)
      return 0;
    if (unstagedState.length)
      return refuse(io, [], `${unstagedState.join(" and ")} ${unstagedState.length > 1 ? "have" : "has"} unstaged changes; stage or stash them so the hook can add the new IDs without committing them by accident`);
    const result = await assignStaged(s, plan.work, {
      lock,
      parsed: [state.mapping, state.counters]
    });
    for (const f of result.staged)
      if (!f.wholeFile)
        git.stageText(f.file, f.text);
    git.add([
      ...result.staged.filter((f) => f.wholeFile).map((f) => f.file),
      rel.counters,
      rel.mapping
    ]);
    if (result.assigned.length)
      say(describe(result.assigned));
    return 0;
  } catch (err) {
    if (err instanceof ExtidsError) {
      if (err.details.findings?.length)
        return refuse(io, err.details.findings, FIX);
      io.stderr.write(`extids: ${err.message}
`);
      return 2;
    }
    io.stderr.write(`extids: internal error: ${err?.stack ?? String(err)}
`);
    return 2;
  }
}
function unstaged(git, root, index, files) {
  const differ = files.filter((f) => {
    const staged = index.get(f);
    if (staged === void 0)
      return false;
    try {
      return readFileSync(resolve(root, f), "utf8") !== staged;
    } catch {
      return true;
    }
  });
  return differ.length ? git.unstagedPaths(differ) : [];
}
function describe(assigned) {
  const byTask = /* @__PURE__ */ new Map();
  for (const a of assigned)
    byTask.set(a.task, [...byTask.get(a.task) ?? [], a]);
  const parts = [...byTask].map(([task, as]) => `${task} (${as.map((a) => `${a.tool} ${a.externalId}`).join(", ")})`);
  return `assigned ${assigned.length} external ID${assigned.length === 1 ? "" : "s"}: ${parts.join("; ")}`;
}
function refuse(io, findings, fix) {
  const lines = findings.map((f) => `  ${formatFinding(f, noStyle)}`);
  io.stderr.write(`extids: commit refused${lines.length ? ":" : ""}
${lines.join("\n")}${lines.length ? "\n" : ""}  ${fix}
`);
  return 1;
}
export {
  runStaged
};
