/**
 * What the pre-commit hook decides, on texts the hook supplies (the staged versions from git's
 * index, and the work-tree versions): whether the staged state files may be committed, which
 * staged tasks get IDs and which are skipped (and why), and the new texts to stage. The hook
 * itself only asks git and restages.
 */
import { isSyncMode, syncTools, type Settings } from '../config.js';
import { diagnose } from '../diagnose.js';
import { finding, type Finding } from '../findings.js';
import { TOOLS, type Tool } from '../ids.js';
import {
  missingStateFile,
  parseStateText,
  type ParsedCounters,
  type ParsedMapping,
} from '../parse.js';
import { LINKS_FILE, notATask, relPath, STATE_FILE } from '../paths.js';
import { parseLinksText } from '../sync/links.js';
import { linkedTask, readTaskText, setExternalIds, type TaskRecord } from '../tasks.js';
import { copyOf, invalidTaskId, missingTaskId } from '../diagnose.js';
import {
  duplicateTaskId,
  frontmatterMismatch,
  handWritten,
  introducedFiles,
  notATaskFinding,
} from '../policy.js';
import { hasOwn } from '../state.js';
import { transaction, type StoreOptions } from '../store.js';
import { assignTask } from './assign.js';
import { storeOptions, type Assigned, type OpOptions } from './common.js';

/** The staged (index) text of each state file; undefined when it is not in the index. */
export interface StagedStateTexts {
  mapping?: string;
  counters?: string;
  /** The sync links file (sync/links.ts). */
  links?: string;
}

/**
 * The staged state files, parsed, with what would make the commit wrong: the errors validate
 * reports for the same texts (diagnose for the state files, parseLinksText for the links file).
 */
export function checkStagedState(
  s: Settings,
  dirRel: string,
  texts: StagedStateTexts,
  now: string,
): { mapping: ParsedMapping; counters: ParsedCounters; errors: Finding[]; legacy: boolean } {
  const file = (kind: 'mapping' | 'counters') => `${dirRel}/${STATE_FILE[kind]}`;
  const mapping =
    texts.mapping === undefined
      ? missingStateFile('mapping', file('mapping'))
      : parseStateText('mapping', texts.mapping, file('mapping'), now);
  const counters =
    texts.counters === undefined
      ? missingStateFile('counters', file('counters'))
      : parseStateText('counters', texts.counters, file('counters'), now);
  const links =
    texts.links === undefined
      ? []
      : parseLinksText(texts.links, `${dirRel}/${LINKS_FILE}`).findings;
  const errors = [...diagnose({ mapping, counters, idPattern: s.idPattern }), ...links].filter(
    (f) => f.severity === 'error',
  );
  return {
    mapping,
    counters,
    errors,
    legacy: mapping.status === 'legacy' || counters.status === 'legacy',
  };
}

/** A staged task file: its index text and its work-tree text (equal unless partially staged). */
export interface StagedTask {
  /** Relative to the repository root. */
  file: string;
  /** The file is a symbolic link (staged as one): not followed, and said so (linkedTask). */
  link?: boolean;
  path: string;
  index: string;
  worktree: string;
  /** Added by this commit (not in HEAD): a collision it creates is the commit's doing. */
  added?: boolean;
}

/** Another file in the index with the same id, as staged. */
export interface IndexCopy {
  file: string;
  text: string;
}

/** A staged task the hook leaves without IDs, and the finding that says why (policy severity). */
export interface Skipped {
  file: string;
  finding: Finding;
}

export interface StagedPlan {
  work: (StagedTask & { rec: TaskRecord })[];
  skipped: Skipped[];
  /** Said, and the commit goes on (twins that were already there). */
  warnings: Finding[];
  /** Conditions that refuse the commit. */
  refusals: Finding[];
}

/**
 * Not a task, as in every door (notATask): a dot name or node_modules is said in one line, a
 * file an `exclude` glob names (a template) is left quietly. True when `file` is skipped.
 */
function skipNotATask(plan: StagedPlan, file: string, rel: string, exclude?: RegExp): boolean {
  const not = notATask(rel, exclude);
  if (not && !not.excluded) plan.skipped.push({ file, finding: notATaskFinding(file, not.why) });
  return not !== undefined;
}

/**
 * Which staged tasks need IDs. `otherCopies(ids)`, asked once for all of them, gives the files in
 * the index that may declare those ids: the twin rule (policy.ts) decides whether another copy is
 * a warning or, for a file this commit adds, a collision that refuses the commit.
 */
export async function planStagedTasks(
  s: Settings,
  tasks: StagedTask[],
  otherCopies: (ids: string[]) => IndexCopy[] | Promise<IndexCopy[]>,
  /** The task files this commit deletes, as HEAD has them: an added file of one's id is a move. */
  removed: () => IndexCopy[] = () => [],
): Promise<StagedPlan> {
  const plan: StagedPlan = { work: [], skipped: [], warnings: [], refusals: [] };
  // Sync-mode tools get their IDs from the tracker (`extids sync`), never from the hook.
  const tools = TOOLS.filter((t) => s.tools[t] && !isSyncMode(s.tools, t));
  const needing: { t: StagedTask; rec: TaskRecord }[] = [];
  const under = relPath(s.root, s.tasksDir);
  const inTasks = (file: string) => (under ? file.slice(under.length + 1) : file);
  for (const t of tasks) {
    if (t.link) {
      plan.skipped.push({ file: t.file, finding: linkedTask(t.path, t.file, s.tasksDir) });
      continue;
    }
    if (skipNotATask(plan, t.file, inTasks(t.file), s.exclude)) continue;
    const rec = readTaskText(t.index, t.path, t.file);
    const broken = rec.findings.find((f) => f.severity === 'error');
    if (!rec.hasFrontmatter) {
      // A guide or a README under tasks/ (or an unreadable file): said, as validate says it.
      plan.skipped.push({ file: t.file, finding: rec.findings[0]! });
      continue;
    }
    if (broken) {
      plan.skipped.push({ file: t.file, finding: broken });
      continue;
    }
    if (rec.id === undefined) {
      plan.skipped.push({ file: t.file, finding: missingTaskId(rec) });
      continue;
    }
    if (!s.idPattern.test(rec.id)) {
      plan.skipped.push({ file: t.file, finding: invalidTaskId(rec) });
      continue;
    }
    plan.warnings.push(...rec.findings);
    if (tools.every((tool) => rec.externalIds?.[tool] !== undefined)) continue;
    needing.push({ t, rec });
  }
  // One look for every id's other copies (a commit may add many tasks), read once each.
  const copiesOf = new Map<string, TaskRecord[]>();
  if (needing.length)
    for (const c of await otherCopies(needing.map((n) => n.rec.id!))) {
      const other = readTaskText(c.text, c.file, c.file);
      if (other.id !== undefined)
        copiesOf.set(other.id, [...(copiesOf.get(other.id) ?? []), other]);
    }
  let introduced: ((file: string) => boolean) | undefined;
  const isIntroduced = (file: string) => {
    introduced ??= introducedFiles(
      tasks.filter((t) => t.added).map((t) => [t.file, readTaskText(t.index, t.path, t.file).id]),
      new Set(removed().flatMap((r) => readTaskText(r.text, r.file, r.file).id ?? [])),
    );
    return introduced(file);
  };
  const warned = new Set<string>(); // copies added together: one warning for the id
  for (const { t, rec } of needing) {
    if (t.worktree !== t.index && readTaskText(t.worktree, t.path, t.file).id !== rec.id) {
      plan.refusals.push(
        finding(
          'error',
          'PARTIALLY_STAGED',
          `is partially staged and its unstaged version has another id; stage or stash the rest so the hook can write its external IDs safely`,
          { file: t.file, line: rec.idLine },
        ),
      );
      continue;
    }
    const copies = [
      copyOf(rec),
      ...(copiesOf.get(rec.id!) ?? []).filter((c) => c.file !== t.file).map(copyOf),
    ];
    if (copies.length > 1) {
      const f = duplicateTaskId(rec.id!, copies, isIntroduced);
      if (f.severity === 'error') {
        if (!warned.has(rec.id!)) plan.refusals.push(f);
        warned.add(rec.id!);
        continue;
      }
      if (!warned.has(rec.id!)) plan.warnings.push(f);
      warned.add(rec.id!);
    }
    plan.work.push({ ...t, rec });
  }
  return plan;
}

export interface StagedResult {
  assigned: Assigned[];
  /** New index texts of the task files that changed. */
  staged: { file: string; text: string; wholeFile: boolean }[];
}

/** One transaction for every staged task; work-tree files are written under the same lock. */
export async function assignStaged(
  s: Settings,
  work: StagedPlan['work'],
  o: OpOptions & Pick<StoreOptions, 'parsed'> = {},
): Promise<StagedResult> {
  const { value } = await transaction({ ...storeOptions(s, o), parsed: o.parsed }, (ledger, tx) =>
    work.map((w) => {
      const { want, assigned } = assignTask(ledger, w.rec, s);
      const index = setExternalIds(w.index, want, w.file);
      const worktree = w.worktree === w.index ? index : setExternalIds(w.worktree, want, w.file);
      if (worktree !== w.worktree)
        tx.writeAfter({ path: w.path, text: worktree, task: w.rec.id!, externalIds: want });
      return { w, assigned, index };
    }),
  );
  return {
    assigned: value.flatMap((r) => r.assigned),
    staged: value
      .filter((r) => r.index !== r.w.index)
      .map((r) => ({ file: r.w.file, text: r.index, wholeFile: r.w.worktree === r.w.index })),
  };
}

/**
 * The staged task files the hook leaves as they are (every ID present, so not `plan.work`) whose
 * `external_ids` the staged mapping contradicts or lacks: FRONTMATTER_MISMATCH errors, as validate
 * reports them (policy.ts `frontmatterMismatch`), and, where the task has other copies in the
 * index (`otherCopies`, asked only then), the copies' DUPLICATE_TASK_ID when they contradict each
 * other. A commit with any of these would not validate, so the hook refuses it; `ledger` says,
 * per ID, what the ledger (the mapping file, which wins) holds, for the fix.
 * `tasks`: each staged task file (relative path) with its index text. Empty when the staged
 * mapping is damaged (that refuses the commit on its own).
 */
export async function stagedMismatches(
  s: Settings,
  plan: StagedPlan,
  tasks: IndexCopy[],
  mapping: ParsedMapping,
  otherCopies: (ids: string[]) => IndexCopy[] | Promise<IndexCopy[]>,
): Promise<{ findings: Finding[]; ledger: LedgerFix[] }> {
  const known = mapping.data?.mappings ?? (mapping.status === 'missing' ? {} : undefined);
  const ledger: LedgerFix[] = [];
  if (!known) return { findings: [], ledger };
  const handled = new Set(plan.work.map((w) => w.file));
  const under = relPath(s.root, s.tasksDir);
  const inTasks = (file: string) => (under ? file.slice(under.length + 1) : file);
  const out: Finding[] = [];
  const recs = new Map<string, TaskRecord>();
  for (const t of tasks) {
    if (handled.has(t.file) || s.exclude?.test(inTasks(t.file))) continue;
    const rec = readTaskText(t.text, t.file, t.file);
    if (!rec.hasFrontmatter || rec.id === undefined || !s.idPattern.test(rec.id)) continue;
    if (rec.findings.some((f) => f.severity === 'error')) continue;
    const entry = hasOwn(known, rec.id) ? known[rec.id] : undefined;
    const sync = syncTools(s.tools);
    const errors = frontmatterMismatch(rec, entry, '', sync).filter((f) => f.severity === 'error');
    if (errors.length) recs.set(rec.file, rec);
    for (const tool of TOOLS) {
      const f = rec.externalIds?.[tool];
      if (
        f !== undefined &&
        entry?.[tool] !== f &&
        !(entry?.[tool] === undefined && handWritten(tool, sync))
      )
        ledger.push({ file: rec.file, line: rec.externalIdsLine, tool, want: entry?.[tool] });
    }
    out.push(...errors);
  }
  if (recs.size === 0) return { findings: out, ledger };
  const ids = [...new Set([...recs.values()].map((r) => r.id!))];
  const byId = new Map<string, TaskRecord[]>();
  for (const r of recs.values()) byId.set(r.id!, [...(byId.get(r.id!) ?? []), r]);
  for (const c of await otherCopies(ids)) {
    if (recs.has(c.file)) continue;
    const other = readTaskText(c.text, c.file, c.file);
    if (other.id !== undefined && byId.has(other.id))
      byId.set(other.id, [...byId.get(other.id)!, other]);
  }
  for (const [id, copies] of byId)
    if (copies.length > 1) {
      const f = duplicateTaskId(id, copies.map(copyOf));
      if (f.severity === 'error') out.push(f);
    }
  return { findings: out, ledger };
}

/** A staged frontmatter ID the mapping contradicts (`want`: the mapping's) or lacks (undefined). */
export interface LedgerFix {
  file: string;
  line?: number;
  tool: Tool;
  want?: string;
}
