/**
 * Repair as a plan: what to rebuild, raise, renumber and rewrite, decided without touching disk.
 * Sources in order: the file itself, `.bak`, the committed version in git, the tasks' frontmatter.
 * Nothing is read as empty and nothing is dropped without saying so.
 */
import { canonicalJson } from './canonical.js';
import { finding, type Finding } from './findings.js';
import { DEFAULT_INTERNAL_ID, parseExternalId, TOOL_LABEL, TOOLS, type Tool } from './ids.js';
import { Ledger } from './ledger.js';
import type { ParsedCounters, ParsedMapping } from './parse.js';
import {
  emptyCounters,
  FORMAT_VERSION,
  type CounterFile,
  type Counters,
  type ExternalIds,
  type MappingFile,
  type Mappings,
} from './schema.js';
import {
  cloneCounters,
  cloneMappings,
  countersEqual,
  findDuplicateExternalIds,
  hasOwn,
  highestUsed,
  mappingsEqual,
  maxCounters,
  unionMappings,
} from './state.js';
import { tasksById } from './diagnose.js';
import type { TaskRecord } from './tasks.js';

export interface RepairInput {
  mapping: ParsedMapping;
  counters: ParsedCounters;
  backups?: { mapping?: ParsedMapping; counters?: ParsedCounters };
  committed?: { mapping?: ParsedMapping; counters?: ParsedCounters };
  tasks?: TaskRecord[];
  /** Task IDs of a known shape; frontmatter of other tasks is never adopted (as assign never assigns). */
  idPattern?: RegExp;
  /** Orders internal IDs oldest first: the older task keeps a duplicated external ID. Default: ID order. */
  seniority?: (a: string, b: string) => number;
  /** The `updated` stamp for files whose content changes. */
  now: string;
}

export interface Renumbered {
  internalId: string;
  tool: Tool;
  from: string;
  to: string;
  keptBy?: string;
}

export interface RepairPlan {
  /** Files to write; undefined leaves the file as it is. */
  mapping?: MappingFile;
  counters?: CounterFile;
  actions: string[];
  renumbered: Renumbered[];
  frontmatter: { task: TaskRecord; externalIds: ExternalIds }[];
  /** What repair cannot fix; a person must. */
  findings: Finding[];
}

const usable = (p?: { data?: unknown }) => p?.data !== undefined;

export function planRepair(input: RepairInput): RepairPlan {
  const { mapping, counters, now } = input;
  const plan: RepairPlan = { actions: [], renumbered: [], frontmatter: [], findings: [] };
  const blocked = [mapping, counters].filter(
    (f) => f.status === 'unsupported' || f.status === 'unreadable',
  );
  if (blocked.length) {
    plan.findings.push(...blocked.flatMap((f) => f.findings.filter((x) => x.severity === 'error')));
    return plan;
  }

  // 1. Mappings: the file, or what it still holds plus .bak and git when it is damaged or gone.
  const damaged = mapping.status === 'corrupt' || mapping.status === 'missing';
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
  if (damaged) {
    if (usable(input.backups?.mapping))
      sources.push({
        name: `${mapping.file}.bak`,
        mappings: input.backups!.mapping!.data!.mappings,
      });
    if (usable(input.committed?.mapping))
      sources.push({
        name: `the committed ${mapping.file} (git HEAD)`,
        mappings: input.committed!.mapping!.data!.mappings,
      });
  }
  const union = unionMappings(
    sources.map((s) => ({ name: s.name, mappings: cloneMappings(s.mappings) })),
  );
  const mappings = union.mappings;
  if (mapping.status === 'corrupt')
    plan.actions.push(
      `rebuilt ${mapping.file} from ${sources.length ? sources.map((s, i) => (i === 0 ? s.name : `${s.name} (+${union.added.find((a) => a.source === s.name)?.count ?? 0})`)).join(', ') : 'nothing: no source had its data'}`,
    );
  else if (mapping.status === 'missing' && sources.length)
    plan.actions.push(
      `restored the missing ${mapping.file} from ${sources.map((s) => s.name).join(' and ')}`,
    );
  // Numbers any source ever held stay retired, even where another source won.
  const retired: Mappings = {};
  union.conflicts.forEach((c, i) => (retired[`#${i}`] = { [c.tool]: c.other }));
  for (const c of union.conflicts)
    plan.actions.push(
      `${c.internalId}: kept ${TOOL_LABEL[c.tool]} ${c.kept}; ${c.source} had ${c.other}, which stays retired`,
    );

  // 2. Frontmatter: adopt IDs the mapping lacks, unless another task holds them.
  const tasks = input.tasks ?? [];
  const byId = tasksById(tasks);
  const idPattern = input.idPattern ?? DEFAULT_INTERNAL_ID;
  const unique = (t: TaskRecord) =>
    t.id !== undefined && byId.get(t.id)!.length === 1 && idPattern.test(t.id);
  const fmRetired: Mappings = {};
  const conflicted: { id: string; tool: Tool; value: string; holder: string }[] = [];
  const ledgerProbe = new Ledger(mappings, emptyCounters());
  let adopted = 0;
  for (const t of tasks) {
    if (!t.externalIds) continue;
    for (const tool of TOOLS) {
      const f = t.externalIds[tool];
      if (f === undefined) continue;
      fmRetired[`${t.file}#${tool}`] = { [tool]: f }; // every number in frontmatter stays retired
      if (!unique(t)) continue;
      if (ledgerProbe.get(t.id!)?.[tool] !== undefined) continue;
      const holder = ledgerProbe.find(tool, f);
      if (holder === undefined) {
        ledgerProbe.put(t.id!, tool, f);
        adopted++;
      } else conflicted.push({ id: t.id!, tool, value: f, holder });
    }
  }
  if (adopted)
    plan.actions.push(
      `took ${adopted} external ID(s) from task frontmatter that ${mapping.file} lacked`,
    );

  // 3. Counters: at least every counter any source had and every number ever used.
  const counterSources: Counters[] = [];
  const ownCounters = counters.data?.counters ?? counters.salvage?.data.counters;
  if (ownCounters) counterSources.push(ownCounters);
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
    if (usable(input.backups?.counters))
      counterSources.push(input.backups!.counters!.data!.counters);
    if (usable(input.committed?.counters))
      counterSources.push(input.committed!.counters!.data!.counters);
  }
  const newCounters = maxCounters(
    ...counterSources,
    highestUsed(mappings),
    highestUsed(retired),
    highestUsed(fmRetired),
  );
  const before = ownCounters ?? emptyCounters();
  for (const t of TOOLS) {
    const pairs: [string, number, number][] =
      t === 'jira' || t === 'linear'
        ? Object.keys(newCounters[t]).map((k) => [
            `${t} ${k}`,
            hasOwn(before[t], k) ? before[t][k]! : 0,
            newCounters[t][k]!,
          ])
        : [[t, before[t], newCounters[t]]];
    for (const [label, was, is] of pairs)
      if (is > was && counters.status !== 'missing')
        plan.actions.push(`raised the ${label} counter ${was} → ${is}`);
  }

  // 4. Duplicates: the older task keeps the ID, the others get the next free number.
  const ledger = new Ledger(mappings, newCounters);
  const order = input.seniority ?? ((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0));
  for (const d of findDuplicateExternalIds(mappings)) {
    const [keeper, ...others] = [...d.holders].sort(order);
    for (const id of others) renumber(ledger, plan, id, d.tool, d.externalId, keeper);
  }
  for (const c of conflicted) {
    const to = ledger.allocate(c.tool, parseExternalId(c.tool, c.value)?.key);
    ledger.put(c.id, c.tool, to);
    plan.renumbered.push({ internalId: c.id, tool: c.tool, from: c.value, to, keptBy: c.holder });
    plan.actions.push(
      `renumbered ${c.id}'s ${TOOL_LABEL[c.tool]} ${c.value} → ${to} (${c.holder} holds ${c.value} in ${mapping.file})`,
    );
  }

  // 5. Frontmatter follows the mapping file.
  for (const t of tasks) {
    if (!unique(t)) continue;
    const want = ledger.get(t.id!);
    if (
      !want ||
      TOOLS.every((tool) => want[tool] === undefined || t.externalIds?.[tool] === want[tool])
    )
      continue;
    plan.frontmatter.push({ task: t, externalIds: { ...want } });
  }
  if (plan.frontmatter.length)
    plan.actions.push(
      `brought the external_ids frontmatter of ${plan.frontmatter.length} task(s) in line with ${mapping.file}`,
    );

  // 6. What to write.
  const oldMappings = mapping.data?.mappings;
  const mappingChanged = !oldMappings || !mappingsEqual(oldMappings, mappings);
  if (mapping.status !== 'missing' || Object.keys(mappings).length) {
    const data: MappingFile = {
      mappings,
      updated: mappingChanged ? now : mapping.data!.updated,
      version: FORMAT_VERSION,
    };
    if (mappingChanged || mapping.status !== 'valid' || canonicalJson(data) !== mapping.text) {
      plan.mapping = data;
      if (!mappingChanged && mapping.status === 'valid')
        plan.actions.push(`rewrote ${mapping.file} in the canonical layout (data unchanged)`);
      if (mapping.status === 'legacy')
        plan.actions.push(`migrated ${mapping.file}: ${mapping.steps.join('; ')}`);
    }
  }
  const countersChanged = !counters.data || !countersEqual(counters.data.counters, newCounters);
  if (counters.status !== 'missing' || plan.mapping) {
    const data: CounterFile = {
      counters: cloneCounters(newCounters),
      updated: countersChanged ? now : counters.data!.updated,
      version: FORMAT_VERSION,
    };
    if (countersChanged || counters.status !== 'valid' || canonicalJson(data) !== counters.text) {
      plan.counters = data;
      if (counters.status === 'corrupt')
        plan.actions.push(
          `rebuilt ${counters.file} from ${counterSources.length ? 'the surviving counters and' : ''} the highest numbers in use`,
        );
      if (counters.status === 'missing')
        plan.actions.push(`created ${counters.file} from the highest numbers in use`);
      if (!countersChanged && counters.status === 'valid')
        plan.actions.push(`rewrote ${counters.file} in the canonical layout (data unchanged)`);
      if (counters.status === 'legacy')
        plan.actions.push(`migrated ${counters.file}: ${counters.steps.join('; ')}`);
    }
  }
  return plan;
}

function renumber(
  ledger: Ledger,
  plan: RepairPlan,
  id: string,
  tool: Tool,
  from: string,
  keeper: string | undefined,
): void {
  const to = ledger.allocate(tool, parseExternalId(tool, from)?.key);
  ledger.put(id, tool, to);
  plan.renumbered.push({ internalId: id, tool, from, to, keptBy: keeper });
  plan.actions.push(
    `renumbered ${id}'s ${TOOL_LABEL[tool]} ${from} → ${to} (${keeper} keeps ${from})`,
  );
}
