/** `assign`: give external IDs to tasks that lack them, for every configured tool. */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { isSyncMode, type Settings } from '../config.js';
import { ExtidsError, finding, type Finding, type FindingCode } from '../findings.js';
import { TOOLS, type Tool } from '../ids.js';
import { Ledger } from '../ledger.js';
import { isInside, notATask, relPath } from '../paths.js';
import { emptyCounters, type ExternalIds } from '../schema.js';
import { blockingFindings, readState, transaction, type Tx } from '../store.js';
import {
  linkedTask,
  readTask,
  setExternalIdsOrReport,
  tasksById,
  type TaskRecord,
} from '../tasks.js';
import { copyOf, invalidTaskId, missingTaskId } from '../diagnose.js';
import { duplicateTaskId, notATaskFinding, policyFinding } from '../policy.js';
import {
  countTasks,
  missingButCommitted,
  report,
  scan,
  storeOptions,
  type Assigned,
  type OpOptions,
  type Report,
} from './common.js';

export interface AssignOptions extends OpOptions {
  /** Task files to assign (absolute or relative to the root); with `all`, every task lacking IDs. */
  files?: string[];
  all?: boolean;
}

export function configuredTools(s: Settings): Tool[] {
  const tools = TOOLS.filter((t) => s.tools[t]);
  if (tools.length === 0)
    throw new ExtidsError(
      'NOT_CONFIGURED',
      `no tools are configured, so there is nothing to assign. Add them to ${relPath(s.root, s.configFile)}, e.g. {"tools": {"jira": {"key": "PROJ"}, "github": {}}}, or pass --tools jira:PROJ,github`,
    );
  return tools;
}

/**
 * Gives one task an external ID for every configured tool: an ID its frontmatter already names
 * (and nobody else holds) is recorded, otherwise the next number is allocated. Returns the IDs
 * the task should carry in its frontmatter.
 */
export function assignTask(
  ledger: Ledger,
  t: TaskRecord,
  s: Settings,
): { want: ExternalIds; assigned: Assigned[] } {
  const assigned: Assigned[] = [];
  const fm = t.externalIds ?? {};
  for (const tool of configuredTools(s)) {
    if (isSyncMode(s.tools, tool)) continue; // the tracker gives it (`extids sync`)
    const f = fm[tool];
    if (
      ledger.get(t.id!)?.[tool] === undefined &&
      f !== undefined &&
      ledger.find(tool, f) === undefined
    ) {
      ledger.put(t.id!, tool, f);
      continue;
    }
    const a = ledger.assign(t.id!, tool, s.tools[tool]?.key);
    if (a.created) assigned.push({ task: t.id!, tool, externalId: a.externalId, file: t.file });
  }
  return { want: { ...(ledger.get(t.id!) ?? {}) }, assigned };
}

export async function assign(s: Settings, o: AssignOptions = {}): Promise<Report> {
  configuredTools(s); // fails early, naming what to configure
  if (!o.all && !o.files?.length)
    throw new ExtidsError(
      'USAGE',
      'name the task files to assign, or pass --all for every task that lacks IDs',
    );
  const findings: Finding[] = [];
  // What the summary counts as tasks, as every command does: files with frontmatter read.
  const read = o.all ? ((await scan(s, o)) ?? []) : o.files!.map((f) => readTask(f, s.root));
  const tasks = countTasks(read);
  const groups = o.all
    ? groupsOf(
        read.filter((t) => assignable(s, t, findings)),
        findings,
        o.introduced,
      )
    : groupsOfFiles(s, read, findings, o.introduced);

  const work = (ledger: Ledger, tx?: Tx): Assigned[] => {
    const assigned: Assigned[] = [];
    groups.forEach((copies, i) => {
      // Every copy of an ID is one ledger entry and carries the same external IDs.
      const first = copies[0]!;
      const { want, assigned: mine } = assignTask(
        ledger,
        { ...first, externalIds: agreed(copies) },
        s,
      );
      assigned.push(...mine);
      for (const t of copies) {
        const fm = t.externalIds ?? {};
        if (!tx || TOOLS.every((tool) => want[tool] === undefined || fm[tool] === want[tool]))
          continue;
        const text = readFileSync(t.path, 'utf8');
        const next = setExternalIdsOrReport(text, want, t.file, findings);
        if (next !== text)
          tx.writeAfter({ path: t.path, text: next, task: t.id!, externalIds: want });
      }
      if (o.onProgress && (i % 250 === 249 || i === groups.length - 1))
        o.onProgress('assigning', i + 1, groups.length);
    });
    return assigned;
  };

  if (o.dryRun) {
    const snap = readState(storeOptions(s, o));
    const blocking = [...blockingFindings(snap), ...missingButCommitted(s, snap, groups.flat())];
    if (blocking.length) return report('assign', [...findings, ...blocking], { dryRun: true });
    const m = snap.mapping.data?.mappings ?? {};
    const ledger = new Ledger(structuredClone(m), snap.counters.data?.counters ?? emptyCounters(), {
      idPattern: s.idPattern,
      highest: snap.mapping.analysis?.highest,
    });
    const assigned = work(ledger);
    return report('assign', findings, {
      dryRun: true,
      assigned,
      stats: { mappings: Object.keys(ledger.mappings).length, tasks },
    });
  }
  const pre = readState(storeOptions(s, o));
  const missing = missingButCommitted(s, pre, groups.flat());
  if (missing.length) return report('assign', [...findings, ...missing]);
  try {
    const { value, changes } = await transaction(storeOptions(s, o), (ledger, tx) => ({
      assigned: work(ledger, tx),
      mappings: Object.keys(ledger.mappings).length,
    }));
    return report('assign', findings, {
      assigned: value.assigned,
      changes,
      stats: { mappings: value.mappings, tasks },
    });
  } catch (err) {
    if (err instanceof ExtidsError && err.code === 'STATE_INVALID')
      return report('assign', [...findings, ...(err.details.findings ?? [])]);
    throw err;
  }
}

/** The external IDs a group of copies agrees on (their frontmatter, placeholders aside). */
function agreed(copies: TaskRecord[]): ExternalIds {
  const out: ExternalIds = {};
  for (const t of copies)
    for (const tool of TOOLS)
      if (t.externalIds?.[tool] !== undefined) out[tool] ??= t.externalIds[tool];
  return out;
}

/**
 * Whether a task file can be assigned; if not, the finding that says why (severity from the
 * policy: no frontmatter is information, an id of unknown shape a warning, broken frontmatter an
 * error). A file without frontmatter carries its finding from the reading (tasks.ts).
 */
function assignable(s: Settings, t: TaskRecord, findings: Finding[]): boolean {
  const errors = t.findings.filter((f) => f.severity === 'error');
  findings.push(...t.findings);
  if (errors.length || !t.hasFrontmatter) return false;
  if (t.id === undefined) {
    findings.push(missingTaskId(t));
    return false;
  }
  if (s.idPattern.test(t.id)) return true;
  findings.push(invalidTaskId(t));
  return false;
}

/** Every ID's copies, one group each; a group whose copies contradict is reported and left out. */
function groupsOf(
  tasks: TaskRecord[],
  findings: Finding[],
  introduced?: (file: string) => boolean,
): TaskRecord[][] {
  const groups: TaskRecord[][] = [];
  for (const [id, copies] of tasksById(tasks)) {
    if (copies.length > 1) {
      const f = duplicateTaskId(id, copies.map(copyOf), introduced);
      findings.push(f);
      if (f.severity === 'error') continue;
    }
    groups.push(copies);
  }
  return groups;
}

/** Why a named file under the tasks directory is no task (paths.ts: notATask), if it is not. */
function notATaskUnder(s: Settings, path: string): string | undefined {
  const rel = relPath(s.tasksDir, path);
  if (!isInside(s.tasksDir, path) || rel === '') return undefined;
  return notATask(rel, s.exclude)?.why;
}

/** The named task files, checked one by one, grouped by ID. */
function groupsOfFiles(
  s: Settings,
  tasks: TaskRecord[],
  findings: Finding[],
  introduced?: (file: string) => boolean,
): TaskRecord[][] {
  const ok = tasks.filter((t) => {
    const refuse = (code: FindingCode, message: string) => {
      findings.push(finding('error', code, message, { file: t.file }));
      return false;
    };
    if (!existsSync(t.path)) return refuse('UNREADABLE', 'no such task file');
    if (lstatSync(t.path).isSymbolicLink()) {
      findings.push(linkedTask(t.path, t.file, s.tasksDir));
      return false;
    }
    const not = notATaskUnder(s, t.path);
    if (not) {
      findings.push(notATaskFinding(t.file, not));
      return false;
    }
    if (!t.hasFrontmatter || t.id === undefined) {
      findings.push(
        policyFinding('MISSING_TASK_ID', 'has no frontmatter id: to assign external IDs to', {
          file: t.file,
        }),
      );
      return false;
    }
    return assignable(s, t, findings);
  });
  return groupsOf(ok, findings, introduced);
}
