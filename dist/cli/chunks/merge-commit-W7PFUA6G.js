import { createRequire as __extidsRequire } from 'node:module';
const require = __extidsRequire(import.meta.url);
import {
  describeChange,
  formatFinding,
  noStyle
} from "./chunk-H5TQY73R.js";
import {
  lockFromEnv
} from "./chunk-VALC4E2J.js";
import {
  loadSettings,
  repair
} from "./chunk-PH3TBUNZ.js";
import {
  ExtidsError,
  relPath
} from "./chunk-YLMY6KHY.js";

// lib/hook/merge-commit.js
async function finishMerge(io, paths, git) {
  const say = (line) => io.stderr.write(`extids: ${line}
`);
  try {
    const s = loadSettings(paths.root);
    const r = await repair(s, { lock: lockFromEnv(io.env) });
    const written = r.changes.filter((c) => c.kind !== "original-kept");
    for (const c of written)
      say(`${c.file}: ${describeChange(c)}`);
    if (written.length) {
      git.add([...new Set(written.map((c) => c.file))]);
      git.recommitHead(io.env);
      say(`finished the merge of ${relPath(s.root, s.stateDir)} in the merge commit (amended)`);
    }
    const errors = r.findings.filter((f) => f.severity === "error");
    if (errors.length)
      io.stderr.write(`extids: the merged ID ledger needs a person:
${errors.map((f) => `  ${formatFinding(f, noStyle)}`).join("\n")}
  fix it (npx extids repair says what it can do) and commit
`);
    return 0;
  } catch (err) {
    io.stderr.write(`extids: ${err instanceof ExtidsError ? err.message : `internal error: ${err?.stack ?? String(err)}`}
`);
    return 2;
  }
}
export {
  finishMerge
};
