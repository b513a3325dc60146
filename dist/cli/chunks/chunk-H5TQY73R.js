import { createRequire as __extidsRequire } from 'node:module';
const require = __extidsRequire(import.meta.url);
import {
  TOOL_LABEL
} from "./chunk-PH3TBUNZ.js";

// lib/doors/render.js
var plain = (s) => s;
var noStyle = { red: plain, yellow: plain, green: plain, dim: plain, bold: plain };
var sgr = (open, close) => (s) => `\x1B[${open}m${s}\x1B[${close}m`;
var ansiStyle = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  green: sgr(32, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22)
};
var where = (f) => f.file ? `${f.file}${f.line ? `:${f.line}` : ""}${f.line && f.column ? `:${f.column}` : ""}` : "";
function formatFinding(f, st) {
  const sev = f.severity === "error" ? st.red("error  ") : f.severity === "warning" ? st.yellow("warning") : st.dim("info   ");
  const loc = where(f);
  return `${loc ? `${loc}: ` : ""}${sev} ${st.dim(f.code)} ${f.message}`;
}
function formatFindings(findings, st, verbose, cap = 10) {
  const lines = [];
  const shown = /* @__PURE__ */ new Map();
  const hidden = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const key = `${f.severity} ${f.code}`;
    const n = shown.get(key) ?? 0;
    if (f.severity !== "error" && !verbose && n >= cap) {
      hidden.set(key, (hidden.get(key) ?? 0) + 1);
      continue;
    }
    shown.set(key, n + 1);
    lines.push(formatFinding(f, st));
  }
  for (const [key, n] of hidden) {
    const [sev, code] = key.split(" ");
    lines.push(st.dim(`\u2026 ${n} more ${code} ${sev}${n === 1 ? "" : "s"} (--verbose lists all)`));
  }
  return lines;
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function summaryLine(r, st) {
  const errors = r.findings.filter((f) => f.severity === "error").length;
  const warnings = r.findings.filter((f) => f.severity === "warning").length;
  const counts = `${plural(r.stats.mappings, "mapping")}, ${plural(r.stats.tasks, "task")}`;
  const issues = errors || warnings ? `${plural(errors, "error")}, ${plural(warnings, "warning")}` : "no problems";
  const mark = errors ? st.red("\u2716") : warnings ? st.yellow("\u26A0") : st.green("\u2714");
  return `${mark} ${r.command}${r.dryRun ? " (dry run)" : ""}: ${issues} \xB7 ${counts}`;
}
var list = (xs) => xs.length <= 1 ? xs[0] ?? "" : `${xs.slice(0, -1).join(", ")} and ${xs.at(-1)}`;
function describeChange(c, dryRun = false) {
  const [did, would] = phrases(c);
  return dryRun ? `would ${would}` : did;
}
function phrases(c) {
  const both = (past, base, rest) => [
    `${past} ${rest}`,
    `${base} ${rest}`
  ];
  switch (c.kind) {
    case "state-written":
      return {
        created: ["created", "create"],
        updated: ["updated", "update"],
        migrated: ["migrated to format 1.0", "migrate to format 1.0"],
        rebuilt: ["rebuilt", "rebuild"]
      }[c.how];
    case "original-kept":
      return c.why === "corrupt" ? both("quarantined", "quarantine", "the damaged original here") : both("kept", "keep", "the pre-migration original here");
    case "task-written":
      return both("wrote", "write", "external_ids");
    case "mapping-rebuilt": {
      const [own, ...more] = c.sources;
      const from = c.sources.length ? [
        own.name,
        ...more.map((s) => `${s.name} (${s.added} more mapping${s.added === 1 ? "" : "s"})`)
      ] : ["nothing: no source had its data"];
      return both("rebuilt", "rebuild", `it from ${list(from)}`);
    }
    case "mapping-restored":
      return both("restored", "restore", `the missing file from ${list(c.sources)}`);
    case "source-disagreed":
      return both("kept", "keep", `${c.task}'s ${TOOL_LABEL[c.tool]} ${c.kept}; ${c.source} had ${c.other}, which stays retired`);
    case "frontmatter-adopted":
      return both("took", "take", `${c.count} external ID${c.count === 1 ? "" : "s"} from task frontmatter that it lacked`);
    case "counter-raised":
      return both("raised", "raise", `the ${c.tool}${c.key ? ` ${c.key}` : ""} counter ${c.from} \u2192 ${c.to} (the highest number in use)`);
    case "renumbered":
      return both("renumbered", "renumber", `${c.task}'s ${TOOL_LABEL[c.tool]} ${c.from} \u2192 ${c.to} (${c.keptBy} holds ${c.from}: it was created first)`);
    case "frontmatter-aligned":
      return both("updated", "update", "external_ids to match the mapping file");
    case "canonical-rewrite":
      return both("rewrote", "rewrite", "it in the canonical layout (data unchanged)");
    case "migrated":
      return [`migrated: ${c.steps.join("; ")}`, `migrate: ${c.steps.join("; ")}`];
    case "counters-rebuilt":
      return both("rebuilt", "rebuild", `it from ${c.fromSurvivors ? "the surviving counters and " : ""}the highest numbers in use`);
    case "counters-created":
      return both("created", "create", "it from the highest numbers in use");
    case "config-created":
      return both("wrote", "write", c.tools.length ? `a starter config tracking ${list(c.tools)}` : 'a starter config: add your tools under "tools", e.g. {"jira": {"key": "PROJ"}, "github": {}}');
    case "config-tools-set":
      return both("set", "set", `tools to ${list(c.tools)} (was ${c.before.length ? list(c.before) : "none"})`);
    case "lines-added":
      return c.purpose === "ignore" ? both("added", "add", c.lines.join(" ")) : both("registered", "register", "the extids merge driver for the state files");
    case "git-config-set":
      return both("set", "set", `${c.key} = ${c.value}`);
    case "hook-installed":
      return c.how === "created" ? both("created", "create", `the ${c.file.split("/").pop()} hook`) : both("added", "add", "the extids hook");
    case "prepare-script":
      return c.how === "added" ? both("added", "add", '"prepare": "husky" so clones get the hook on npm install') : both("left", "leave", `"prepare": "${c.current}" alone; add \`husky\` to it so clones get the hook`);
  }
}
var changeLines = (r) => r.changes.map((c) => `${c.file ? `${c.file}: ` : ""}${describeChange(c, r.dryRun)}`);
var jsonReport = (r) => ({
  ...r,
  changes: r.changes.map((c) => ({ ...c, action: describeChange(c, r.dryRun) }))
});

export {
  noStyle,
  ansiStyle,
  formatFinding,
  formatFindings,
  summaryLine,
  describeChange,
  changeLines,
  jsonReport
};
