/** `assign`: give external IDs to tasks that lack them, for every configured tool. */
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import type { Settings } from '../config.js';
import { ExtidsError, finding, type Finding, type FindingCode } from '../findings.js';
import { TOOLS, type Tool } from '../ids.js';
import { Ledger } from '../ledger.js';
import { relPath } from '../paths.js';
import { emptyCounters, type ExternalIds } from '../schema.js';
import { blockingFindings, readState, transaction, type Tx } from '../store.js';
import { readTask, setExternalIds, tasksById, type TaskRecord } from '../tasks.js';
import {
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
  let targets: TaskRecord[];
  if (o.all) {
    const all = scan(s, o) ?? [];
    const byId = tasksById(all);
    for (const [id, ts] of byId)
      if (ts.length > 1)
        findings.push(
          finding(
            'error',
            'DUPLICATE_TASK_ID',
            `${id} is the id of ${ts.map((t) => t.file).join(', ')}; not assigned until only one file has it`,
            { file: ts[0]!.file, line: ts[0]!.idLine },
          ),
        );
    targets = all.filter(
      (t) => t.hasFrontmatter && t.id !== undefined && byId.get(t.id)!.length === 1,
    );
  } else {
    targets = o.files!.map((f) => readTask(f, s.root));
    const seen = tasksById(targets);
    targets = targets.filter((t) => {
      const problem = (code: FindingCode, message: string) => {
        findings.push(finding('error', code, message, { file: t.file }));
        return false;
      };
      if (!existsSync(t.path)) return problem('UNREADABLE', 'no such task file');
      if (lstatSync(t.path).isSymbolicLink())
        return problem(
          'UNREADABLE',
          'is a symbolic link; extids edits only regular task files (as `assign --all` skips links)',
        );
      if (!t.hasFrontmatter || t.id === undefined)
        return problem('MISSING_TASK_ID', 'has no frontmatter id: to assign external IDs to');
      const same = seen.get(t.id)!;
      if (same.length > 1)
        return (
          same[0] === t &&
          problem('DUPLICATE_TASK_ID', `${t.id} is the id of ${same.map((x) => x.file).join(', ')}`)
        );
      return true;
    });
  }
  for (const t of targets) {
    findings.push(...t.findings.filter((f) => f.severity === 'error'));
    if (!s.idPattern.test(t.id!))
      findings.push(
        finding(
          'error',
          'INVALID_TASK_ID',
          `id "${t.id}" is not a task ID of a known shape; not assigned`,
          { file: t.file, line: t.idLine },
        ),
      );
  }
  const bad = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file));
  targets = targets.filter((t) => !bad.has(t.file));

  const work = (ledger: Ledger, tx?: Tx): Assigned[] => {
    const assigned: Assigned[] = [];
    targets.forEach((t, i) => {
      const fm = t.externalIds ?? {};
      const { want, assigned: mine } = assignTask(ledger, t, s);
      assigned.push(...mine);
      if (tx && TOOLS.some((tool) => want[tool] !== undefined && fm[tool] !== want[tool])) {
        const text = readFileSync(t.path, 'utf8');
        const next = setExternalIds(text, want, t.file);
        if (next !== text)
          tx?.writeAfter({ path: t.path, text: next, task: t.id!, externalIds: want });
      }
      if (o.onProgress && (i % 250 === 249 || i === targets.length - 1))
        o.onProgress('assigning', i + 1, targets.length);
    });
    return assigned;
  };

  if (o.dryRun) {
    const snap = readState(storeOptions(s, o));
    const blocking = [...blockingFindings(snap), ...missingButCommitted(s, snap)];
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
      stats: { mappings: Object.keys(ledger.mappings).length, tasks: targets.length },
    });
  }
  const pre = readState(storeOptions(s, o));
  const missing = missingButCommitted(s, pre);
  if (missing.length) return report('assign', [...findings, ...missing]);
  try {
    const { value, changes } = await transaction(storeOptions(s, o), (ledger, tx) => ({
      assigned: work(ledger, tx),
      mappings: Object.keys(ledger.mappings).length,
    }));
    return report('assign', findings, {
      assigned: value.assigned,
      changes,
      stats: { mappings: value.mappings, tasks: targets.length },
    });
  } catch (err) {
    if (err instanceof ExtidsError && err.code === 'STATE_INVALID')
      return report('assign', [...findings, ...(err.details.findings ?? [])]);
    throw err;
  }
}
