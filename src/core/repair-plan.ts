/**
 * Repair as a plan: what to rebuild, raise, renumber and rewrite, decided without touching disk.
 * Sources in order: the file itself, `.bak`, the committed version in git, the tasks' frontmatter.
 * Nothing is read as empty and nothing is dropped without saying so.
 */
import type { Change } from './changes.js';
import { canonicalJson } from './canonical.js';
import { finding, type Finding } from './findings.js';
import {
  DEFAULT_INTERNAL_ID,
  EXTERNAL_ID_PATTERN,
  isTool,
  TOOL_LABEL,
  TOOLS,
  type ExternalRef,
  type Tool,
} from './ids.js';
import { Ledger } from './ledger.js';
import type { ParsedCounters, ParsedMapping, ParsedStateFile } from './parse.js';
import { renumberDuplicates, type Renumbered } from './renumber.js';
import { emptyCounters, FORMAT_VERSION } from './schema.js';
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
import { contradictions, handWritten } from './policy.js';

export interface RepairInput {
  mapping: ParsedMapping;
  counters: ParsedCounters;
  backups?: { mapping?: ParsedMapping; counters?: ParsedCounters };
  committed?: { mapping?: ParsedMapping; counters?: ParsedCounters };
  tasks?: TaskRecord[];
  /** Task IDs of a known shape; frontmatter of other tasks is never adopted (as assign never assigns). */
  /** Tools in sync mode: a key only the frontmatter names is a person's, for sync to link. */
  syncTools?: readonly Tool[];
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
  const settled = settleDuplicates(input, plan);
  if (settled.undecided.length) {
    // A choice between two values a person wrote, that nothing recorded decides: theirs to make.
    plan.findings.push(...settled.undecided);
    return plan;
  }
  const { mappings, retired } = recoverMappings(input, plan, settled);
  const claims = adoptFrontmatter(input, mappings, plan);
  const { counters, sources } = recoverCounters(input, plan, settled.counters);
  // The Ledger raises the counters to every number in use or retired, which is what repair needs.
  const ledger = new Ledger(mappings, counters, {
    retired: [...retired, ...claims],
  });
  reportRaisedCounters(input.counters, settled.counters, ledger.counters, plan);
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
  settled: Settled,
): { mappings: Mappings; retired: ExternalRef[] } {
  const { mapping } = input;
  const sources: { name: string; mappings: Mappings }[] = [];
  const own = mapping.data ?? mapping.salvage?.data;
  if (own)
    sources.push({
      name: mapping.status === 'corrupt' ? `what ${mapping.file} still held` : mapping.file,
      mappings: settled.mappings(own.mappings),
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
    retired: [
      ...union.conflicts.map((c) => ({ tool: c.tool, externalId: c.other })),
      ...settled.retired,
    ],
  };
}

/** What settling a file's repeated keys decided. */
interface Settled {
  /** The mapping file's data with each settled (task, tool) set to the value kept. */
  mappings: (read: Mappings) => Mappings;
  /** Counter values the repeats held: counters never go below them. */
  counters: Counters[];
  /** Values dropped: their numbers stay retired. */
  retired: ExternalRef[];
  /** Repeats only a person can settle. */
  undecided: Finding[];
}

/** One value an occurrence of a repeated key holds, flattened to (task or counter, tool). */
interface Held {
  owner: string;
  tool: Tool;
  value: string;
  line: number;
}

/**
 * A key written twice in a state file (a hand-resolved merge keeping both sides; JSON.parse kept
 * the last silently). Mapping values: where the copies differ, the value the task's frontmatter
 * agrees with stays and the others stay retired; where no frontmatter decides, a person does.
 * Counters: the highest stays, so no number is handed out twice. Same values: one stays.
 */
function settleDuplicates(input: RepairInput, plan: RepairPlan): Settled {
  const settled: Settled = { mappings: (m) => m, counters: [], retired: [], undecided: [] };
  const keep = new Map<string, Held>();
  const byId = tasksById(input.tasks ?? []);
  const frontmatter = (id: string, tool: Tool): string | undefined => {
    const copies = (byId.get(id) ?? []).filter(
      (t) => !t.findings.some((f) => f.severity === 'error'),
    );
    const values = new Set(copies.map((t) => t.externalIds?.[tool]).filter((v) => v !== undefined));
    return values.size === 1 ? [...values][0] : undefined;
  };
  for (const file of [input.mapping, input.counters]) {
    for (const d of file.duplicates ?? []) {
      const path = file.enveloped
        ? d.path
        : [file.kind === 'mapping' ? 'mappings' : 'counters', ...d.path];
      const held = d.occurrences.flatMap((o) => flattenHeld(file.kind, path, o.value, o.line));
      const groups = new Map<string, Held[]>();
      for (const h of held)
        groups.set(`${h.owner}\u0000${h.tool}`, [
          ...(groups.get(`${h.owner}\u0000${h.tool}`) ?? []),
          h,
        ]);
      if (d.same)
        plan.changes.push({
          kind: 'duplicate-key-settled',
          file: file.file,
          key: d.path.join('.'),
          kept: 'one copy',
          keptLine: d.occurrences[0]!.line,
          dropped: d.occurrences.slice(1).map((o) => ({ value: 'a copy', line: o.line })),
          why: 'same',
        });
      for (const hs of groups.values()) {
        const { owner, tool } = hs[0]!;
        const distinct = [...new Set(hs.map((h) => h.value))];
        const label =
          file.kind === 'mapping'
            ? `${owner}'s ${TOOL_LABEL[tool]} ID`
            : `the ${tool}${owner ? ` ${owner}` : ''} counter`;
        let kept: Held | undefined;
        if (distinct.length === 1) kept = hs[0];
        else if (file.kind === 'counters')
          kept = hs.reduce((a, b) => (Number(b.value) > Number(a.value) ? b : a));
        else {
          const agreed = frontmatter(owner, tool);
          kept = hs.find((h) => h.value === agreed);
          if (!kept) {
            settled.undecided.push(
              finding(
                'error',
                'DUPLICATE_JSON_KEY',
                `${label} is written ${hs.map((h) => `${h.value} (line ${h.line})`).join(' and ')}, and no task frontmatter says which is right; repair leaves the file as it is: keep one by hand (the other number is never reused once it is in a commit), then run \`extids repair\``,
                { file: file.file, line: hs[0]!.line },
              ),
            );
            continue;
          }
        }
        if (file.kind === 'mapping') keep.set(`${owner}\u0000${tool}`, kept!);
        else {
          const c = emptyCounters();
          if (tool === 'jira' || tool === 'linear') c[tool][owner] = Number(kept!.value);
          else c[tool as 'github' | 'azure_devops'] = Number(kept!.value);
          settled.counters.push(c);
        }
        const dropped = hs.filter((h) => h.value !== kept!.value);
        if (!dropped.length) continue;
        if (file.kind === 'mapping')
          settled.retired.push(...dropped.map((h) => ({ tool, externalId: h.value })));
        plan.changes.push({
          kind: 'duplicate-key-settled',
          file: file.file,
          key: label,
          kept: kept!.value,
          keptLine: kept!.line,
          dropped: dropped.map((h) => ({ value: h.value, line: h.line })),
          why: file.kind === 'mapping' ? 'frontmatter' : 'highest',
        });
      }
    }
  }
  if (keep.size)
    settled.mappings = (read) => {
      const out = cloneMappings(read);
      for (const h of keep.values()) (out[h.owner] ??= {})[h.tool] = h.value;
      return out;
    };
  return settled;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The (task or counter key, tool, value) triples one occurrence of a repeated key holds. */
function flattenHeld(
  kind: 'mapping' | 'counters',
  path: string[],
  value: unknown,
  line: number,
): Held[] {
  const out: Held[] = [];
  const add = (owner: string, tool: string, v: unknown) => {
    if (!isTool(tool)) return;
    if (kind === 'mapping' && typeof v === 'string' && EXTERNAL_ID_PATTERN[tool].test(v))
      out.push({ owner, tool, value: v, line });
    if (kind === 'counters' && typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
      out.push({ owner, tool, value: String(v), line });
  };
  const [top, a, b] = path;
  if (kind === 'mapping' && top === 'mappings') {
    const entries = (id: string, e: unknown) => {
      if (isObj(e)) for (const t in e) add(id, t, e[t]);
    };
    if (path.length === 1 && isObj(value)) for (const id in value) entries(id, value[id]);
    else if (path.length === 2) entries(a!, value);
    else if (path.length === 3) add(a!, b!, value);
  }
  if (kind === 'counters' && top === 'counters') {
    const counter = (tool: string, v: unknown) => {
      if (isObj(v)) for (const k in v) add(k, tool, v[k]);
      else add('', tool, v);
    };
    if (path.length === 1 && isObj(value)) for (const t in value) counter(t, value[t]);
    else if (path.length === 2) counter(a!, value);
    else if (path.length === 3) add(b!, a!, value);
  }
  return out;
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
      if (!unique(t) || handWritten(tool, input.syncTools ?? [])) continue;
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
  repeated: Counters[],
): { counters: Counters; sources: number } {
  const { counters } = input;
  const sources: Counters[] = [...repeated];
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

/**
 * A counter the file holds below what repair writes. A repeated counter key counts at the value
 * settling kept (already said as kept), not at the last one JSON.parse read.
 */
function reportRaisedCounters(
  file: ParsedCounters,
  settled: Counters[],
  now: Counters,
  plan: RepairPlan,
): void {
  if (file.status === 'missing') return;
  const read = file.data?.counters ?? file.salvage?.data.counters;
  const before = read && Ledger.maxOf([read, ...settled]);
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

/**
 * A missing counters file whose committed version already holds the counters repair arrived at
 * keeps that version's stamp, so the restored file is the committed one byte for byte.
 */
function restoredStamp(input: RepairInput, ledger: Ledger): string | undefined {
  const head = input.committed?.counters?.data;
  return input.counters.status === 'missing' &&
    head &&
    countersEqual(head.counters, ledger.counters)
    ? head.updated
    : undefined;
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
  // A missing counters file is rebuilt whenever something records numbers: its committed
  // version or .bak (sources), or a mapping that uses them (the Ledger raised the counters).
  const restore = sources > 0 || Object.keys(mappings).length > 0 || plan.mapping;
  if (counters.status !== 'missing' || restore) {
    const data: CounterFile = {
      counters: cloneCounters(ledger.counters),
      updated: countersChanged ? (restoredStamp(input, ledger) ?? now) : counters.data!.updated,
      version: FORMAT_VERSION,
    };
    if (countersChanged || counters.status !== 'valid' || canonicalJson(data) !== counters.text) {
      plan.counters = data;
      const file = counters.file;
      if (counters.status === 'corrupt' || (counters.status === 'missing' && sources > 0))
        plan.changes.push({ kind: 'counters-rebuilt', file, fromSurvivors: sources > 0 });
      else if (counters.status === 'missing') plan.changes.push({ kind: 'counters-created', file });
      if (!countersChanged && counters.status === 'valid')
        plan.changes.push({ kind: 'canonical-rewrite', file });
      if (counters.status === 'legacy')
        plan.changes.push({ kind: 'migrated', file, steps: counters.steps });
    }
  }
}
