import { createRequire as __extidsRequire } from 'node:module';
const require = __extidsRequire(import.meta.url);
import {
  LINKS_FILE,
  TOOL_LABEL,
  canonicalJson,
  emptyCounters,
  isoStamp,
  linksText,
  loadSettings,
  mergeLinks,
  mergeState,
  mergedFiles,
  parseLinksText,
  parseStateText,
  seniorityFromCommits
} from "./chunk-PH3TBUNZ.js";
import {
  COUNTERS_FILE,
  DEFAULT_STATE_DIR,
  DEFAULT_TASKS_DIR,
  Git,
  STATE_FILE,
  relPath
} from "./chunk-YLMY6KHY.js";

// lib/cli/merge-driver.js
import { readFileSync, writeFileSync } from "node:fs";
var readOr = (p) => {
  try {
    return readFileSync(p, "utf8");
  } catch {
    return void 0;
  }
};
function readSides(a, label, parse) {
  const side = (path, name) => {
    const text = readOr(path);
    return text === void 0 || text.trim() === "" ? void 0 : parse(text, `${label} (${name})`);
  };
  return {
    base: side(a.base, "base"),
    ours: side(a.ours, "ours"),
    theirs: side(a.theirs, "theirs")
  };
}
var INCOMING = ["MERGE_HEAD", "CHERRY_PICK_HEAD", "REBASE_HEAD", "REVERT_HEAD"];
function incomingCommit(env, git) {
  const head = git.query(["rev-parse", "HEAD"])?.trim();
  const named = Object.keys(env).map((k) => /^GITHEAD_([0-9a-f]{40,64})$/.exec(k)?.[1]).find((sha) => sha !== void 0 && sha !== head && git.verify(sha));
  return named ?? INCOMING.find((h) => git.verify(h));
}
async function mergeDriverMain(io, a) {
  const root = new Git(io.cwd).topLevel() ?? io.cwd;
  const git = new Git(root);
  const say = (s) => io.stderr.write(`extids merge-driver: ${s}
`);
  const now = isoStamp(/* @__PURE__ */ new Date());
  const conflict = (label2, why, after = "`extids repair` checks and fixes the rest") => {
    for (const w of why)
      say(w);
    say(`left ${label2} conflicted for a person; afterwards ${after}`);
    git.mergeFile(a.ours, a.base, a.theirs);
    return 1;
  };
  if ((a.path ?? "").endsWith(LINKS_FILE))
    return mergeLinksFile(a, say, conflict);
  const kind = (a.path ?? "").endsWith(COUNTERS_FILE) ? "counters" : "mapping";
  const label = a.path ?? a.ours;
  const sides = readSides(a, label, (text, name) => parseStateText(kind, text, name, now));
  const usable = (p) => p?.data !== void 0;
  for (const [name, p] of Object.entries(sides))
    if (p && !usable(p))
      return conflict(label, [
        `the ${name} side cannot be read: ${p.findings.filter((f) => f.severity === "error").map((f) => f.message).join("; ")}`
      ]);
  if (!usable(sides.ours) && !usable(sides.theirs))
    return conflict(label, ["neither side has readable content"]);
  const incoming = incomingCommit(io.env, git);
  const baseRev = incoming === void 0 ? void 0 : incoming === "MERGE_HEAD" || /^[0-9a-f]+$/.test(incoming) ? git.mergeBase("HEAD", incoming) : `${incoming}^`;
  let stateRel = DEFAULT_STATE_DIR;
  let tasksRel = DEFAULT_TASKS_DIR;
  try {
    const s = loadSettings(root);
    stateRel = relPath(root, s.stateDir);
    tasksRel = relPath(root, s.tasksDir);
  } catch {
  }
  const showOther = (k, rev) => {
    if (!rev)
      return void 0;
    const text = git.show(rev, `${stateRel}/${STATE_FILE[k]}`);
    return text === void 0 ? void 0 : parseStateText(k, text, k, now).data;
  };
  const m = (p) => p?.data?.mappings;
  const c = (p) => p?.data?.counters;
  let maps;
  let counters;
  if (kind === "mapping") {
    maps = { base: m(sides.base), ours: m(sides.ours) ?? {}, theirs: m(sides.theirs) ?? {} };
    counters = [showOther("counters", "HEAD"), showOther("counters", incoming)].map((d) => d?.counters ?? emptyCounters());
  } else {
    const mp = (rev) => showOther("mapping", rev)?.mappings;
    maps = { base: mp(baseRev), ours: mp("HEAD") ?? {}, theirs: mp(incoming) ?? {} };
    counters = [c(sides.ours), c(sides.theirs)].map((x) => x ?? emptyCounters());
  }
  const revs = ["HEAD", ...incoming ? [incoming] : []];
  const result = mergeState({
    ...maps,
    counters,
    seniority: seniorityFromCommits(root, revs, tasksRel)
  });
  if (result.conflicts.length)
    return conflict(label, result.conflicts.map(describeConflict));
  const files = mergedFiles(result, sides.ours?.data ?? {}, sides.theirs?.data ?? {});
  writeFileSync(a.ours, canonicalJson(kind === "mapping" ? files.mapping : files.counters));
  if (kind === "mapping") {
    for (const n of result.notes)
      say(describeNote(n));
    for (const r of result.renumbered)
      say(describeRenumbered(r));
  }
  return 0;
}
function mergeLinksFile(a, say, conflict) {
  const label = a.path ?? a.ours;
  const { base, ours, theirs } = readSides(a, label, parseLinksText);
  for (const [name, p] of Object.entries({ base, ours, theirs }))
    if (p && p.status !== "valid")
      return conflict(label, [`the ${name} side cannot be read: ${p.findings.map((f) => f.message).join("; ")}`], "`extids validate` checks it (or `extids sync --rebuild-links` rebuilds it)");
  const empty = { status: "missing", links: /* @__PURE__ */ Object.create(null), findings: [] };
  const merged = mergeLinks(base, ours ?? empty, theirs ?? empty);
  writeFileSync(a.ours, linksText(merged.links, merged.updated));
  for (const task of merged.dropped)
    say(`${task}: both sides changed its GitHub link differently; left it out, the next \`extids sync\` reads the issue and links it again`);
  return 0;
}
var describeConflict = (c) => `${c.task}: both sides changed ${TOOL_LABEL[c.tool]} ${c.was}, to ${c.values.join(" and ")}`;
var describeNote = (n) => n.kind === "took-change" ? `${n.task}: took ${TOOL_LABEL[n.tool]} ${n.value} from the side that changed it (was ${n.was})` : `${n.task} got ${TOOL_LABEL[n.tool]} ${n.kept} and ${n.retired} on the two sides; kept ${n.kept}, ${n.retired} stays retired`;
var describeRenumbered = (r) => `renumbered ${r.internalId}'s ${TOOL_LABEL[r.tool]} ${r.from} \u2192 ${r.to} (${r.keptBy} keeps ${r.from}: it was created first); run \`extids repair\` to update its frontmatter`;
export {
  mergeDriverMain
};
