/**
 * Repair as a plan: what to rebuild, raise, renumber and rewrite, decided without touching disk.
 * Sources in order: the file itself, `.bak`, the committed version in git, the tasks' frontmatter.
 * Nothing is read as empty and nothing is dropped without saying so.
 */
import type { Change } from './changes.js';
import { canonicalJson } from './canonical.js';
import { finding, type Finding } from './findings.js';
import { DEFAULT_INTERNAL_ID, TOOLS, type ExternalRef, type Tool } from './ids.js';
import { Ledger } from './ledger.js';
import type { ParsedCounters, ParsedMapping, ParsedStateFile } from './parse.js';
import { renumberDuplicates, type Renumbered } from './renumber.js';
import { FORMAT_VERSION } from './schema.js';
import type { CounterFile, Counters, ExternalIds, MappingFile, Mappings } from './schema.js';
import type { Seniority } from './seniority.js';
import {
  cloneCounters,
  cloneMappings,
  countersEqual,
  hasOwn,
  mappingsEqual,
  unionMappings,
} from './state.js';
import { tasksById, type TaskRecord } from './tasks.js';
import { copyOf } from './diagnose.js';
import { contradictions } from './policy.js';

export interface RepairInput {
  mapping: ParsedMapping;
  counters: ParsedCounters;
  backups?: { mapping?: ParsedMapping; counters?: ParsedCounters };
  committed?: { mapping?: ParsedMapping; counters?: ParsedCounters };
  tasks?: TaskRecord[];
  /** Task IDs of a known shape; frontmatter of other tasks is never adopted (as assign never assigns). */
  idPattern?: RegExp;
  /** Oldest first: the task created first keeps a duplicated external ID. */
  seniority: Seniority;
  /** The `updated` stamp for files whose content changes. */
  now: string;
}

export interface RepairPlan {
  /** Files to write; undefined leaves the file as it is. */
  mapping?: MappingFile;
  counters?: CounterFile;
  changes: Change[];
  renumbered: Renumbered[];
  frontmatter: { task: TaskRecord; externalIds: ExternalIds }[];
  /** What repair cannot fix; a person must. */
  findings: Finding[];
}

export function planRepair(input: RepairInput): RepairPlan {
  const plan: RepairPlan = { changes: [], renumbered: [], frontmatter: [], findings: [] };
  const blocked = [input.mapping, input.counters].filter(
    (f) => f.status === 'unsupported' || f.status === 'unreadable',
  );
  if (blocked.length) {
    plan.findings.push(...blocked.flatMap((f) => f.findings.filter((x) => x.severity === 'error')));
    return plan;
  }
  const { mappings, retired } = recoverMappings(input, plan);
  const claims = adoptFrontmatter(input, mappings, plan);
  const { counters, sources } = recoverCounters(input, plan);
  // The Ledger raises the counters to every number in use or retired, which is what repair needs.
  const ledger = new Ledger(mappings, counters, {
    retired: [...retired, ...claims],
  });
  reportRaisedCounters(input.counters, ledger.counters, plan);
  renumber(input, ledger, plan);
  alignFrontmatter(input, ledger, plan);
  decideWrites(input, ledger, sources, plan);
  return plan;
}

const usable = <T>(p?: ParsedStateFile<T>): p is ParsedStateFile<T> & { data: T } =>
  p?.data !== undefined;

/** The file, or what it still holds plus `.bak` and git when it is damaged or gone. */
function recoverMappings(
  input: RepairInput,
  plan: RepairPlan,
): { mappings: Mappings; retired: ExternalRef[] } {
  const { mapping } = input;
  const sources: { name: string; mappings: Mappings }[] = [];
  const own = mapping.data ?? mapping.salvage?.data;
  if (own)
    sources.push({
      name: mapping.status === 'corrupt' ? `what ${mapping.file} still held` : mapping.file,
      mappings: own.mappings,
    });
  for (const f of mapping.salvage?.lost ?? [])
    plan.findings.push(
      finding(
        'warning',
        'UNRECOVERED',
        `could not recover ${f} from the damaged file (kept in its quarantined copy)`,
        { file: mapping.file },
      ),
    );
  if (mapping.status === 'corrupt' || mapping.status === 'missing') {
    const bak = input.backups?.mapping;
    if (usable(bak)) sources.push({ name: `${mapping.file}.bak`, mappings: bak.data.mappings });
    const head = input.committed?.mapping;
    if (usable(head))
      sources.push({
        name: `the committed ${mapping.file} (git HEAD)`,
        mappings: head.data.mappings,
      });
  }
  const union = unionMappings(
    sources.map((s) => ({ name: s.name, mappings: cloneMappings(s.mappings) })),
  );
  const file = mapping.file;
  if (mapping.status === 'corrupt')
    plan.changes.push({
      kind: 'mapping-rebuilt',
      file,
      sources: sources.map((s, i) => ({
        name: s.name,
        added: i === 0 ? 0 : (union.added.find((a) => a.source === s.name)?.count ?? 0),
      })),
    });
  else if (mapping.status === 'missing' && sources.length)
    plan.changes.push({ kind: 'mapping-restored', file, sources: sources.map((s) => s.name) });
  // Numbers any source ever held stay retired, even where another source won.
  for (const c of union.conflicts)
    plan.changes.push({
      kind: 'source-disagreed',
      file,
      task: c.internalId,
      tool: c.tool,
      kept: c.kept,
      other: c.other,
      source: c.source,
    });
  return {
    mappings: union.mappings,
    retired: union.conflicts.map((c) => ({ tool: c.tool, externalId: c.other })),
  };
}

/**
 * Frontmatter IDs the mapping lacks are recorded. One that another task already holds is
 * recorded too, as a duplicate: the seniority rule decides who keeps it, as for any duplicate.
 * Returns every number frontmatter names, all of which stay retired.
 */
function adoptFrontmatter(input: RepairInput, mappings: Mappings, plan: RepairPlan): ExternalRef[] {
  const tasks = input.tasks ?? [];
  const unique = writableTasks(input);
  const seen: ExternalRef[] = [];
  let adopted = 0;
  for (const t of tasks) {
    if (!t.externalIds) continue;
    for (const tool of TOOLS) {
      const externalId = t.externalIds[tool];
      if (externalId === undefined) continue;
      seen.push({ tool, externalId });
      if (!unique(t)) continue;
      const entry = hasOwn(mappings, t.id!) ? mappings[t.id!]! : (mappings[t.id!] = {});
      if (entry[tool] !== undefined) continue;
      entry[tool] = externalId;
      adopted++;
    }
  }
  if (adopted)
    plan.changes.push({ kind: 'frontmatter-adopted', file: input.mapping.file, count: adopted });
  return seen;
}

/**
 * Tasks whose frontmatter repair may read and write: an ID of known shape whose copies (twins
 * share one ledger entry) do not contradict each other.
 */
function writableTasks(input: RepairInput): (t: TaskRecord) => boolean {
  const byId = tasksById(input.tasks ?? []);
  const idPattern = input.idPattern ?? DEFAULT_INTERNAL_ID;
  const agreeing = new Map<string, boolean>();
  return (t) => {
    if (t.id === undefined || !idPattern.test(t.id)) return false;
    // Frontmatter with errors (external_ids that is not a map, a bad value) is a person's to fix.
    if (t.findings.some((f) => f.severity === 'error')) return false;
    let ok = agreeing.get(t.id);
    if (ok === undefined)
      agreeing.set(t.id, (ok = contradictions(byId.get(t.id)!.map(copyOf)).length === 0));
    return ok;
  };
}

/** Every counter any source had; the Ledger adds every number in use. */
function recoverCounters(
  input: RepairInput,
  plan: RepairPlan,
): { counters: Counters; sources: number } {
  const { counters } = input;
  const sources: Counters[] = [];
  const own = counters.data?.counters ?? counters.salvage?.data.counters;
  if (own) sources.push(own);
  for (const f of counters.salvage?.lost ?? [])
    plan.findings.push(
      finding(
        'warning',
        'UNRECOVERED',
        `could not recover ${f} from the damaged file (rebuilt from the numbers in use)`,
        { file: counters.file },
      ),
    );
  if (counters.status === 'corrupt' || counters.status === 'missing') {
    if (usable(input.backups?.counters)) sources.push(input.backups.counters.data.counters);
    if (usable(input.committed?.counters)) sources.push(input.committed.counters.data.counters);
  }
  return { counters: Ledger.maxOf(sources), sources: sources.length };
}

function reportRaisedCounters(file: ParsedCounters, now: Counters, plan: RepairPlan): void {
  if (file.status === 'missing') return;
  const before = file.data?.counters ?? file.salvage?.data.counters;
  const was = (tool: Tool, key?: string): number => {
    if (!before) return 0;
    if (tool === 'jira' || tool === 'linear')
      return hasOwn(before[tool], key!) ? before[tool][key!]! : 0;
    return before[tool as 'github' | 'azure_devops'];
  };
  for (const tool of TOOLS) {
    const current = now[tool];
    const entries: [string | undefined, number][] =
      typeof current === 'number' ? [[undefined, current]] : Object.entries(current);
    for (const [key, to] of entries) {
      const from = was(tool, key);
      if (to > from)
        plan.changes.push({ kind: 'counter-raised', file: file.file, tool, key, from, to });
    }
  }
}

/** Duplicates, from the files or from adopted frontmatter: the task created first keeps the ID. */
function renumber(input: RepairInput, ledger: Ledger, plan: RepairPlan): void {
  plan.renumbered = renumberDuplicates(ledger, input.seniority);
  for (const r of plan.renumbered)
    plan.changes.push({
      kind: 'renumbered',
      file: input.mapping.file,
      task: r.internalId,
      tool: r.tool,
      from: r.from,
      to: r.to,
      keptBy: r.keptBy,
    });
}

/** Frontmatter follows the mapping file. */
function alignFrontmatter(input: RepairInput, ledger: Ledger, plan: RepairPlan): void {
  const unique = writableTasks(input);
  for (const task of input.tasks ?? []) {
    if (!unique(task)) continue;
    const want = ledger.get(task.id!);
    if (
      !want ||
      TOOLS.every((tool) => want[tool] === undefined || task.externalIds?.[tool] === want[tool])
    )
      continue;
    const externalIds = { ...want };
    plan.frontmatter.push({ task, externalIds });
    plan.changes.push({
      kind: 'frontmatter-aligned',
      file: task.file,
      task: task.id!,
      externalIds,
    });
  }
}

/** Which state files to write, and why. */
function decideWrites(input: RepairInput, ledger: Ledger, sources: number, plan: RepairPlan): void {
  const { mapping, counters, now } = input;
  const mappings = ledger.mappings;
  const mappingChanged = !mapping.data || !mappingsEqual(mapping.data.mappings, mappings);
  if (mapping.status !== 'missing' || Object.keys(mappings).length) {
    const data: MappingFile = {
      mappings,
      updated: mappingChanged ? now : mapping.data!.updated,
      version: FORMAT_VERSION,
    };
    if (mappingChanged || mapping.status !== 'valid' || canonicalJson(data) !== mapping.text) {
      plan.mapping = data;
      if (!mappingChanged && mapping.status === 'valid')
        plan.changes.push({ kind: 'canonical-rewrite', file: mapping.file });
      if (mapping.status === 'legacy')
        plan.changes.push({ kind: 'migrated', file: mapping.file, steps: mapping.steps });
    }
  }
  const countersChanged = !counters.data || !countersEqual(counters.data.counters, ledger.counters);
  if (counters.status !== 'missing' || plan.mapping) {
    const data: CounterFile = {
      counters: cloneCounters(ledger.counters),
      updated: countersChanged ? now : counters.data!.updated,
      version: FORMAT_VERSION,
    };
    if (countersChanged || counters.status !== 'valid' || canonicalJson(data) !== counters.text) {
      plan.counters = data;
      const file = counters.file;
      if (counters.status === 'corrupt')
        plan.changes.push({ kind: 'counters-rebuilt', file, fromSurvivors: sources > 0 });
      if (counters.status === 'missing') plan.changes.push({ kind: 'counters-created', file });
      if (!countersChanged && counters.status === 'valid')
        plan.changes.push({ kind: 'canonical-rewrite', file });
      if (counters.status === 'legacy')
        plan.changes.push({ kind: 'migrated', file, steps: counters.steps });
    }
  }
}
