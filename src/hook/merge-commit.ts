/**
 * Finishing a merge of the ID ledger. git merges the state files with the merge driver, but the
 * driver sees one file at a time (none at all for a file both sides changed alike, such as the
 * counters) and never the task files. The core's repair finishes the job (frontmatter of
 * renumbered tasks, counters), in whichever commit concludes the merge:
 * - `post-merge`: right after git made a merge commit, which is amended, parents kept, so the
 *   merge commit itself validates clean. (git builds an automatic merge commit's tree before
 *   pre-merge-commit runs, so that hook cannot do it.)
 * - `pre-commit` while MERGE_HEAD exists: the person resolved a conflict and commits; git runs
 *   no post-merge then, so the fix is staged into the commit being made.
 * - `post-rewrite` after a rebase: each replayed commit is fixed (core/rewrite.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import {
  ExtidsError,
  Git,
  loadSettings,
  relPath,
  repair,
  repairRewritten,
  type Change,
  type Finding,
} from '../core/index.js';
import { lockFromEnv } from '../doors/env.js';
import type { Io } from '../doors/io.js';
import { describeChange, formatFinding, noStyle } from '../doors/render.js';
import type { HookPaths } from './staged.js';

const written = (changes: Change[]) => changes.filter((c) => c.kind !== 'original-kept');
const errorsOf = (findings: Finding[]) => findings.filter((f) => f.severity === 'error');
const listed = (findings: Finding[]) =>
  findings.map((f) => `  ${formatFinding(f, noStyle)}`).join('\n');

function failed(io: Io, err: unknown): number {
  io.stderr.write(
    `extids: ${err instanceof ExtidsError ? err.message : `internal error: ${(err as Error)?.stack ?? String(err)}`}\n`,
  );
  return 2;
}

export async function finishMerge(io: Io, paths: HookPaths, git: Git): Promise<number> {
  const say = (line: string) => io.stderr.write(`extids: ${line}\n`);
  try {
    const s = loadSettings(paths.root);
    const r = await repair(s, { lock: lockFromEnv(io.env, say) });
    for (const c of written(r.changes)) say(`${c.file}: ${describeChange(c)}`);
    if (written(r.changes).length) {
      git.add([...new Set(written(r.changes).map((c) => c.file))]);
      git.recommitHead(io.env);
      say(`finished the merge of ${relPath(s.root, s.stateDir)} in the merge commit (amended)`);
    }
    const errors = errorsOf(r.findings);
    if (errors.length)
      io.stderr.write(
        `extids: the merged ID ledger needs a person:\n${listed(errors)}\n  fix it (npx extids repair says what it can do) and commit\n`,
      );
    return 0;
  } catch (err) {
    return failed(io, err);
  }
}

/**
 * pre-commit while a merge is being concluded (MERGE_HEAD): the repair post-merge would have
 * made, staged into this commit. Refused (exit 1, with the fix) when a file the repair must write
 * has unstaged changes, or when the merged ledger needs a person.
 */
export async function concludeMerge(io: Io, paths: HookPaths, git: Git): Promise<number> {
  const say = (line: string) => io.stderr.write(`extids: ${line}\n`);
  try {
    const s = loadSettings(paths.root);
    const lock = lockFromEnv(io.env);
    const plan = await repair(s, { lock, dryRun: true });
    const files = [...new Set(written(plan.changes).map((c) => c.file))];
    const dirty = files.length ? git.unstagedPaths(files) : [];
    if (dirty.length) {
      io.stderr.write(
        `extids: commit refused: this commit concludes a merge, and finishing the merge of the ID ledger must rewrite ${dirty.join(', ')}, which ${dirty.length > 1 ? 'have' : 'has'} unstaged changes\n  stage or stash them, then commit again (or run \`npx extids repair\` and stage what it wrote)\n`,
      );
      return 1;
    }
    const r = files.length ? await repair(s, { lock }) : plan;
    for (const c of written(r.changes)) say(`${c.file}: ${describeChange(c)}`);
    if (written(r.changes).length) {
      git.add([...new Set(written(r.changes).map((c) => c.file))]);
      say(`finished the merge of ${relPath(s.root, s.stateDir)} in the commit that concludes it`);
    }
    const errors = errorsOf(r.findings);
    if (errors.length) {
      io.stderr.write(
        `extids: commit refused: the merged ID ledger needs a person:\n${listed(errors)}\n  fix it (npx extids repair says what it can do), stage it and commit again\n`,
      );
      return 1;
    }
    return 0;
  } catch (err) {
    return failed(io, err);
  }
}

/**
 * post-rewrite: git hands the rewritten commits (`old new` a line) on standard input. Each
 * replayed commit the rebase left inconsistent is fixed, the branch moves to the fixed line, and
 * the index and work tree get the tip's fixed files (a work-tree file with changes of its own is
 * left, and said).
 */
export async function finishRebase(io: Io, root: string): Promise<number> {
  const say = (line: string) => io.stderr.write(`extids: ${line}\n`);
  try {
    const pairs = (io.stdin?.() ?? '')
      .split('\n')
      .map((l) => l.trim().split(' '))
      .filter((f): f is [string, string] => f.length >= 2 && !!f[0] && !!f[1])
      .map(([was, now]) => [was, now] as [string, string]);
    if (pairs.length === 0) return 0;
    const git = new Git(root, io.env);
    const r = await repairRewritten(root, pairs, {
      tmp: tmpdir(),
      env: io.env,
      lock: lockFromEnv(io.env),
    });
    if (r.notLinear) {
      say(
        'the rebase rewrote merge commits, whose ID ledger extids does not finish; run `npx extids validate`, and `npx extids repair` if it finds errors',
      );
      return 0;
    }
    if (!r.tip || !r.from) return 0;
    const head = git.query(['rev-parse', 'HEAD'])?.trim();
    if (head !== r.from) {
      say(
        'HEAD moved while the rebase was being finished, so the ID ledger of the rebased commits was left as it is; run `npx extids repair` and commit',
      );
      return 0;
    }
    git.moveHead(r.from, r.tip, 'extids: finish the rebase of the ID ledger');
    const left: string[] = [];
    for (const file of r.tipChanged) {
      const text = git.show(r.tip, file) ?? '';
      const path = resolve(root, file);
      let current: string | undefined;
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        current = undefined;
      }
      if (current === git.show(r.from, file)) {
        writeFileSync(path, text);
        git.add([file]);
      } else {
        git.stageText(file, text);
        left.push(file);
      }
    }
    for (const c of r.refixed)
      say(
        `finished the ID ledger in rebased commit ${c.now.slice(0, 7)} (was ${c.was.slice(0, 7)})${c.changed.length ? `: ${c.changed.join(', ')}` : ', rebuilt on the fixed one before it'}`,
      );
    if (left.length)
      say(
        `${left.join(', ')} ${left.length > 1 ? 'have' : 'has'} changes of ${left.length > 1 ? 'their' : 'its'} own in the work tree, left as they are; the fixed version is staged`,
      );
    return 0;
  } catch (err) {
    return failed(io, err);
  }
}
