/** `repair`: fix everything that can be fixed without a person, and say what it did. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freshName, keepCopy, writeFileAtomic } from '../atomic.js';
import { canonicalJson, fileStamp, isoStamp } from '../canonical.js';
import { syncTools, type Settings } from '../config.js';
import { diagnose } from '../diagnose.js';
import type { Finding } from '../findings.js';
import { Git } from '../git.js';
import { parseStateText, type ParsedCounters, type ParsedMapping } from '../parse.js';
import { displayPath, relPath } from '../paths.js';
import { planRepair, type RepairPlan } from '../repair-plan.js';
import { seniorityFromTasks } from '../seniority.js';
import {
  locked,
  readState,
  readStateFile,
  writePending,
  writeStateFile,
  type PendingWrite,
  type Snapshot,
  type TxContext,
} from '../store.js';
import type { ExternalIds } from '../schema.js';
import { setExternalIdsOrReport, type TaskRecord } from '../tasks.js';
import { LINKS_FILE, linksText, loadLinks, repairLinks } from '../sync/links.js';
import { validate } from './validate.js';
import { countTasks, report, scan, storeOptions, type OpOptions, type Report } from './common.js';

export async function repair(s: Settings, o: OpOptions = {}): Promise<Report> {
  if (o.dryRun) return previewRepair(s, o);
  const { value: plan, changes } = await locked(storeOptions(s, o), async (ctx) => {
    const { plan } = await planFor(s, o, ctx.snapshot, ctx.now);
    await applyRepair(ctx, plan);
    const links = linksPlan(s, ctx.snapshot, plan);
    if (links) writeRepairedLinks(ctx, links, plan);
    return plan;
  });
  const after = await validate(s, { ...o, onProgress: undefined });
  return report(
    'repair',
    [...plan.findings, ...after.findings.filter((f) => f.severity !== 'info')],
    {
      // The plan says which task files were aligned; the transaction's own task-written records repeat it.
      changes: [...plan.changes, ...changes.filter((c) => c.kind !== 'task-written')],
      renumbered: plan.renumbered,
      stats: after.stats,
    },
  );
}

/** The plan against the files as they are, and what validate would say after it. */
async function previewRepair(s: Settings, o: OpOptions): Promise<Report> {
  const snap = readState(storeOptions(s, o));
  const { tasks, plan } = await planFor(s, o, snap, (o.now ?? (() => new Date()))());
  const links = linksPlan(s, snap, plan);
  for (const { task, externalIds } of [...plan.frontmatter])
    alignedText(plan, task, externalIds, readFileSync(task.path, 'utf8'), task.file);
  return report('repair', [...plan.findings, ...diagnoseAfter(s, o, snap, plan, tasks)], {
    dryRun: true,
    changes: [...plan.changes, ...(links?.changes ?? [])],
    renumbered: plan.renumbered,
    stats: {
      mappings: Object.keys(plan.mapping?.mappings ?? snap.mapping.data?.mappings ?? {}).length,
      tasks: countTasks(tasks),
    },
  });
}

async function planFor(s: Settings, o: OpOptions, snap: Snapshot, now: Date) {
  const tasks = (await scan(s, o)) ?? [];
  const plan = planRepair({
    mapping: snap.mapping,
    counters: snap.counters,
    ...otherSources(s, snap, isoStamp(now)),
    tasks,
    idPattern: s.idPattern,
    syncTools: syncTools(s.tools),
    seniority: seniorityFromTasks(s.root, tasks, (id) =>
      Object.hasOwn(snap.mapping.data?.mappings ?? snap.mapping.salvage?.data.mappings ?? {}, id),
    ),
    now: isoStamp(now),
  });
  return { tasks, plan };
}

/** `.bak`, and the committed version of a state file that is damaged or missing. */
function otherSources(s: Settings, snap: Snapshot, now: string) {
  const o = { root: s.root };
  const backups = {
    mapping: readStateFile('mapping', `${snap.paths.mapping}.bak`, o),
    counters: readStateFile('counters', `${snap.paths.counters}.bak`, o),
  };
  const committed: { mapping?: ParsedMapping; counters?: ParsedCounters } = {};
  const git = new Git(s.root);
  for (const kind of ['mapping', 'counters'] as const) {
    const f = snap[kind];
    if (f.status !== 'corrupt' && f.status !== 'missing') continue;
    const rel = relPath(s.root, snap.paths[kind]);
    const text = git.show('HEAD', rel);
    if (text === undefined) continue;
    if (kind === 'mapping')
      committed.mapping = parseStateText('mapping', text, `${rel} (HEAD)`, now);
    else committed.counters = parseStateText('counters', text, `${rel} (HEAD)`, now);
  }
  return { backups, committed };
}

/**
 * The links file settled against the mapping repair leaves (links.ts `repairLinks`); undefined
 * when it needs nothing, or when the mapping itself is still for a person to settle.
 */
function linksPlan(s: Settings, snap: Snapshot, plan: RepairPlan) {
  const mappings = plan.mapping?.mappings ?? snap.mapping.data?.mappings;
  if (!mappings || plan.findings.some((f) => f.severity === 'error')) return undefined;
  const path = join(s.stateDir, LINKS_FILE);
  const file = displayPath(path, s.root);
  const fixed = repairLinks(loadLinks(s.stateDir, file), mappings, file);
  return fixed && { ...fixed, path, file };
}

/** The damaged original quarantined beside it (git-ignored), then the settled file written. */
function writeRepairedLinks(
  ctx: TxContext,
  links: NonNullable<ReturnType<typeof linksPlan>>,
  plan: RepairPlan,
): void {
  ctx.lock.assertHeld();
  const q = freshName(links.path, 'corrupt', fileStamp(ctx.now), ctx.fs);
  keepCopy(links.path, q, ctx.fs);
  plan.changes.push(...links.changes);
  ctx.changes.push({ kind: 'original-kept', file: displayPath(q, ctx.opts.root), why: 'corrupt' });
  writeFileAtomic(links.path, linksText(links.links, isoStamp(ctx.now)), { fs: ctx.fs });
  ctx.changes.push({ kind: 'state-written', file: links.file, how: 'rebuilt' });
}

/** Counters, then mappings, then the task files, through the transaction's batched writer. */
async function applyRepair(ctx: TxContext, plan: RepairPlan): Promise<void> {
  const { paths, mapping, counters } = ctx.snapshot;
  if (plan.counters)
    writeStateFile(ctx, {
      kind: 'counters',
      path: paths.counters,
      before: counters,
      data: plan.counters,
    });
  if (plan.mapping)
    writeStateFile(ctx, {
      kind: 'mapping',
      path: paths.mapping,
      before: mapping,
      data: plan.mapping,
    });
  const writes: PendingWrite[] = [];
  for (const { task, externalIds } of plan.frontmatter) {
    // Re-read under the lock: only the external_ids block changes, whatever else was edited.
    const text = readFileSync(task.path, 'utf8');
    const next = alignedText(plan, task, externalIds, text, displayPath(task.path, ctx.opts.root));
    if (next !== text) writes.push({ path: task.path, text: next, task: task.id!, externalIds });
  }
  await writePending(ctx, writes);
}

/**
 * A task file's text with its external IDs aligned to the plan; where extids leaves the file as
 * written (a value a << merge gives that the mapping file contradicts), the unchanged text, the
 * finding added to the plan and the file's alignment taken out of it, so neither the report nor
 * --dry-run says it was aligned.
 */
function alignedText(
  plan: RepairPlan,
  task: TaskRecord,
  externalIds: ExternalIds,
  text: string,
  file: string,
): string {
  const before = plan.findings.length;
  const next = setExternalIdsOrReport(text, externalIds, file, plan.findings);
  if (plan.findings.length === before) return next;
  const i = plan.changes.findIndex((c) => c.kind === 'frontmatter-aligned' && c.file === task.file);
  if (i !== -1) plan.changes.splice(i, 1);
  plan.frontmatter = plan.frontmatter.filter((f) => f.task !== task);
  return text;
}

function diagnoseAfter(
  s: Settings,
  o: OpOptions,
  snap: Snapshot,
  p: RepairPlan,
  tasks: TaskRecord[],
): Finding[] {
  const asParsed = <K extends 'mapping' | 'counters'>(
    kind: K,
    data: object | undefined,
    was: ParsedMapping | ParsedCounters,
  ) => (data ? parseStateText(kind as 'mapping', canonicalJson(data), was.file, '') : was);
  const updated = new Map(p.frontmatter.map((f) => [f.task.path, f.externalIds]));
  const virtualTasks: TaskRecord[] = tasks.map((t) =>
    updated.has(t.path)
      ? {
          ...t,
          externalIds: updated.get(t.path),
          findings: t.findings.filter((f) => f.code !== 'FRONTMATTER_MISMATCH'),
        }
      : t,
  );
  return diagnose({
    mapping: asParsed('mapping', p.mapping, snap.mapping) as ParsedMapping,
    counters: asParsed('counters', p.counters, snap.counters) as ParsedCounters,
    tasks: virtualTasks,
    tools: s.tools,
    syncStatuses: s.config.sync?.statuses,
    idPattern: s.idPattern,
    introduced: o.introduced,
  });
}
