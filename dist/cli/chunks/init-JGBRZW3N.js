import { createRequire as __extidsRequire } from 'node:module';
const require = __extidsRequire(import.meta.url);
import {
  LINKS_FILE,
  loadSettings,
  validate
} from "./chunk-PH3TBUNZ.js";
import {
  CONFIG_FILE,
  COUNTERS_FILE,
  DEFAULT_STATE_DIR,
  DEFAULT_TASKS_DIR,
  ExtidsError,
  Git,
  MAPPING_FILE,
  finding,
  relPath
} from "./chunk-YLMY6KHY.js";

// lib/cli/init.js
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var HOOKS = {
  "pre-commit": {
    why: "give new tasks their external IDs, refuse broken state files",
    missing: "so task IDs were not checked"
  },
  "post-merge": {
    why: "finish a merge of the ID ledger (frontmatter and counters) in the merge commit",
    missing: "so the merged ID ledger was not checked; run `npx extids repair` after npm ci"
  }
};
var hookLine = (name) => `extids hook ${name}`;
var hookScript = (name) => `# extids: ${HOOKS[name].why}
if [ -x node_modules/.bin/extids ]; then
  node_modules/.bin/extids hook ${name}
else
  echo "extids: not installed here (npm ci), ${HOOKS[name].missing}" >&2
fi
`;
var MERGE_DRIVER = '[ -x node_modules/.bin/extids ] && exec node_modules/.bin/extids merge-driver %O %A %B %P || { echo "extids: not installed here, so %P was merged as plain text: resolve it, then run npm ci && npx extids repair" >&2; git merge-file -L ours -L base -L theirs %A %O %B; exit 1; }';
function ensureLines(file, header, lines, dryRun) {
  const text = existsSync(file) ? readFileSync(file, "utf8") : "";
  const have = new Set(text.split(/\r?\n/).map((l) => l.trim()));
  const missing = lines.filter((l) => !have.has(l));
  if (missing.length && !dryRun) {
    const sep = text === "" || text.endsWith("\n") ? "" : "\n";
    writeFileSync(file, `${text}${sep}${text ? "\n" : ""}${header}
${missing.join("\n")}
`);
  }
  return missing;
}
function huskyBin(root) {
  const local = join(root, "node_modules", "husky", "bin.js");
  if (existsSync(local))
    return local;
  return join(dirname(fileURLToPath(import.meta.resolve("husky"))), "bin.js");
}
function init(root, opts = {}) {
  const dry = !!opts.dryRun;
  const changes = [];
  const findings = [];
  const git = new Git(root);
  if (!git.isRepository())
    throw new ExtidsError("NOT_A_REPOSITORY", `${root} is not a git repository; run \`git init\` first`);
  const configPath = join(root, CONFIG_FILE);
  if (!existsSync(configPath)) {
    const config = {
      tools: opts.tools ?? {},
      stateDir: DEFAULT_STATE_DIR,
      tasksDir: DEFAULT_TASKS_DIR
    };
    if (!dry) {
      mkdirSync(dirname(configPath), { recursive: true });
      writeFileSync(configPath, JSON.stringify(config, null, 2) + "\n");
    }
    changes.push({ kind: "config-created", file: CONFIG_FILE, tools: toolNames(config.tools) });
  } else if (opts.tools) {
    const change = setTools(configPath, opts.tools, dry);
    if (change)
      changes.push(change);
    else
      findings.push(finding("info", "CONFIG_UNCHANGED", `already tracks ${toolNames(opts.tools).join(", ")}; left the config as it is`, { file: CONFIG_FILE }));
  }
  const s = loadSettings(root, existsSync(configPath) ? {} : { tools: opts.tools });
  const state = relPath(root, s.stateDir);
  const ignores = [
    `${state}/.extids.lock/`,
    ".*.tmp-*",
    `${state}/*.bak`,
    `${state}/*.corrupt-*`,
    `${state}/*.pre-migration-*`
  ];
  const addLines = (file, header, lines, purpose) => {
    const added = ensureLines(join(root, file), header, lines, dry);
    if (added.length)
      changes.push({ kind: "lines-added", file, lines: added, purpose });
  };
  addLines(".gitignore", "# extids: lock, temp, backup and quarantine files", ignores, "ignore");
  const attrs = [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE].map((f) => `${state}/${f} merge=extids`);
  addLines(".gitattributes", "# extids: three-way merge of the ID ledger", attrs, "merge-driver");
  if (git.configGet("merge.extids.driver") !== MERGE_DRIVER) {
    if (!dry) {
      git.configSet("merge.extids.name", "extids: three-way merge of external ID state");
      git.configSet("merge.extids.driver", MERGE_DRIVER);
    }
    changes.push({
      kind: "git-config-set",
      file: ".git/config",
      key: "merge.extids.driver",
      value: MERGE_DRIVER
    });
  }
  for (const name of Object.keys(HOOKS)) {
    const hookFile = join(root, ".husky", name);
    const hookText = existsSync(hookFile) ? readFileSync(hookFile, "utf8") : "";
    if (hookText.includes(hookLine(name)))
      continue;
    if (!dry) {
      mkdirSync(dirname(hookFile), { recursive: true });
      writeFileSync(hookFile, hookText ? `${hookText}${hookText.endsWith("\n") ? "" : "\n"}
${hookScript(name)}` : hookScript(name), { mode: 493 });
    }
    changes.push({
      kind: "hook-installed",
      file: `.husky/${name}`,
      how: hookText ? "appended" : "created"
    });
  }
  if (git.configGet("core.hooksPath") !== ".husky/_") {
    if (!dry) {
      try {
        execFileSync(process.execPath, [huskyBin(root)], {
          cwd: root,
          stdio: "pipe",
          env: { ...process.env, HUSKY: "" }
        });
      } catch (err) {
        throw new ExtidsError("WRITE_FAILED", `husky could not install the hooks: ${err.message}`);
      }
    }
    changes.push({
      kind: "git-config-set",
      file: ".git/config",
      key: "core.hooksPath",
      value: ".husky/_ (by husky)"
    });
  }
  const pkgPath = join(root, "package.json");
  if (existsSync(pkgPath)) {
    const raw = readFileSync(pkgPath, "utf8");
    const pkg = JSON.parse(raw);
    if (!pkg.scripts?.prepare) {
      if (!dry) {
        (pkg.scripts ??= {}).prepare = "husky";
        writeFileSync(pkgPath, JSON.stringify(pkg, null, /\t/.test(raw) ? "	" : 2) + "\n");
      }
      changes.push({ kind: "prepare-script", file: "package.json", how: "added" });
    } else if (!pkg.scripts.prepare.includes("husky"))
      changes.push({
        kind: "prepare-script",
        file: "package.json",
        how: "left",
        current: pkg.scripts.prepare
      });
  }
  return {
    ok: true,
    command: "init",
    dryRun: dry,
    findings,
    changes,
    assigned: [],
    // What every command's summary counts, of the repository as init leaves it.
    stats: validate(loadSettings(root)).stats
  };
}
var toolNames = (tools) => Object.entries(tools).map(([t, c]) => c?.key ? `${t}:${c.key}` : t);
function setTools(configPath, tools, dry) {
  const raw = readFileSync(configPath, "utf8");
  let config;
  try {
    config = JSON.parse(raw);
  } catch (err) {
    throw new ExtidsError("CONFIG_INVALID", `${CONFIG_FILE} is not valid JSON (${err.message}); fix it before \`init --tools\` can update it`, { file: CONFIG_FILE });
  }
  const before = toolNames(config.tools ?? {});
  const after = toolNames(tools);
  if (JSON.stringify([...before].sort()) === JSON.stringify([...after].sort()))
    return void 0;
  if (!dry)
    writeFileSync(configPath, JSON.stringify({ ...config, tools }, null, 2) + "\n");
  return { kind: "config-tools-set", file: CONFIG_FILE, tools: after, before };
}
export {
  MERGE_DRIVER,
  hookLine,
  hookScript,
  init
};
