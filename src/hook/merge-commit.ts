/**
 * `extids hook post-merge`: git merges the state files with the merge driver, but the driver sees
 * one file at a time (none at all for a file both sides changed alike, such as the counters) and
 * never the task files. Right after git made a merge commit, this finishes the job with the core's
 * repair (frontmatter of renumbered tasks, counters) and amends that merge commit, parents kept,
 * so the merge commit itself validates clean. (git builds an automatic merge commit's tree before
 * pre-merge-commit runs, so that hook cannot do it.)
 */
import { ExtidsError, loadSettings, relPath, repair, type Git } from '../core/index.js';
import { lockFromEnv } from '../doors/env.js';
import type { Io } from '../doors/io.js';
import { describeChange, formatFinding, noStyle } from '../doors/render.js';
import type { HookPaths } from './staged.js';

export async function finishMerge(io: Io, paths: HookPaths, git: Git): Promise<number> {
  const say = (line: string) => io.stderr.write(`extids: ${line}\n`);
  try {
    const s = loadSettings(paths.root);
    const r = await repair(s, { lock: lockFromEnv(io.env, say) });
    const written = r.changes.filter((c) => c.kind !== 'original-kept');
    for (const c of written) say(`${c.file}: ${describeChange(c)}`);
    if (written.length) {
      git.add([...new Set(written.map((c) => c.file))]);
      git.recommitHead(io.env);
      say(`finished the merge of ${relPath(s.root, s.stateDir)} in the merge commit (amended)`);
    }
    const errors = r.findings.filter((f) => f.severity === 'error');
    if (errors.length)
      io.stderr.write(
        `extids: the merged ID ledger needs a person:\n${errors.map((f) => `  ${formatFinding(f, noStyle)}`).join('\n')}\n  fix it (npx extids repair says what it can do) and commit\n`,
      );
    return 0;
  } catch (err) {
    io.stderr.write(
      `extids: ${err instanceof ExtidsError ? err.message : `internal error: ${(err as Error)?.stack ?? String(err)}`}\n`,
    );
    return 2;
  }
}
