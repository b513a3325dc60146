/**
 * The commands, as functions that take settings and return a report. The CLI, the hook and the
 * action are thin doors over these; nothing here prints, exits or reads the environment.
 */
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { canonicalJson, isoStamp } from './canonical.js';
import type { Settings } from './config.js';
import { diagnose, tasksById } from './diagnose.js';
import { ExtidsError, finding, hasErrors, type Finding, type FindingCode } from './findings.js';
import { gitFirstAdded, gitShowHead } from './git.js';
import { TOOL_LABEL, TOOLS, type Tool } from './ids.js';
import { Ledger } from './ledger.js';
import { parseStateText, type ParsedCounters, type ParsedMapping } from './parse.js';
import { planRepair, type Renumbered } from './repair.js';
import { emptyCounters, type ExternalIds } from './schema.js';
import { highestUsed, maxCounters } from './state.js';
import {
  blockingFindings,
  displayPath,
  locked,
  readState,
  readStateFile,
  transaction,
  writeStateFile,
  type Change,
  type Snapshot,
  type StoreOptions,
  type TxContext,
} from './store.js';
import { readTask, relPath, scanTasks, setExternalIds, type TaskRecord } from './tasks.js';
import { writeFileAtomic, type WriteFs } from './atomic.js';
import type { LockOptions } from './lock.js';

export interface Assigned {
  task: string;
  tool: Tool;
  externalId: string;
  file: string;
}

export interface Report {
  ok: boolean;
  command: string;
  dryRun?: boolean;
  findings: Finding[];
  changes: Change[];
  assigned: Assigned[];
  renumbered?: Renumbered[];
  stats: { mappings: number; tasks: number };
}

export type Progress = (phase: string, done: number, total: number) => void;

export interface OpOptions {
  dryRun?: boolean;
  onProgress?: Progress;
  lock?: LockOptions;
  now?: () => Date;
  /** The fs every write goes through (tests inject failures here). */
  fs?: WriteFs;
}

const storeOptions = (s: Settings, o: OpOptions): StoreOptions => ({
  stateDir: s.stateDir,
  root: s.root,
  lock: o.lock,
  now: o.now,
  fs: o.fs,
});

const report = (command: string, findings: Finding[], extra: Partial<Report> = {}): Report => ({
  ok: !hasErrors(findings),
  command,
  findings,
  changes: [],
  assigned: [],
  stats: { mappings: 0, tasks: 0 },
  ...extra,
});

function scan(s: Settings, o: OpOptions): TaskRecord[] | undefined {
  if (!existsSync(s.tasksDir)) return undefined;
  return scanTasks(s.tasksDir, {
    root: s.root,
    onProgress: o.onProgress && ((d, t) => o.onProgress!('reading tasks', d, t)),
  });
}

/** A state file missing from the work tree but committed: writing a fresh one would drop its mappings. */
function missingButCommitted(s: Settings, snap: Snapshot): Finding[] {
  const out: Finding[] = [];
  for (const f of [snap.mapping, snap.counters]) {
    if (f.status !== 'missing') continue;
    const rel = relPath(s.root, f.kind === 'mapping' ? snap.paths.mapping : snap.paths.counters);
    if (gitShowHead(s.root, rel) !== undefined)
      out.push(
        finding(
          'error',
          'MISSING_FILE',
          'is missing but committed in git; `extids repair` restores it',
          { file: f.file },
        ),
      );
  }
  return out;
}

export function validate(s: Settings, o: OpOptions = {}): Report {
  // Tasks before state: writers write state before task files, so while an assign runs the
  // state read here is never older than the tasks, and the two can only differ by warnings.
  const tasks = scan(s, o);
  const snap = readState(storeOptions(s, o));
  const findings = [
    ...missingButCommitted(s, snap),
    ...diagnose({
      mapping: snap.mapping,
      counters: snap.counters,
      tasks,
      tools: s.tools,
      idPattern: s.idPattern,
    }),
  ];
  return report('validate', findings, {
    stats: {
      mappings: countMappings(snap.mapping),
      tasks: tasks?.filter((t) => t.hasFrontmatter).length ?? 0,
    },
  });
}

const countMappings = (m: ParsedMapping) =>
  m.analysis?.ids.length ?? Object.keys(m.data?.mappings ?? m.salvage?.data.mappings ?? {}).length;

export async function migrate(s: Settings, o: OpOptions = {}): Promise<Report> {
  const run = (snap: Snapshot, write?: (kind: 'mapping' | 'counters') => void): Report => {
    const findings = [snap.mapping, snap.counters].flatMap((f) =>
      f.findings.filter((x) => x.code !== 'LEGACY_VERSION'),
    );
    const changes: Change[] = [];
    for (const f of [snap.counters, snap.mapping]) {
      if (f.status !== 'legacy') continue;
      if (write) write(f.kind);
      else changes.push({ file: f.file, action: `would migrate: ${f.steps.join('; ')}` });
    }
    return report('migrate', findings, {
      changes,
      dryRun: !write,
      stats: { mappings: countMappings(snap.mapping), tasks: 0 },
    });
  };
  if (o.dryRun) return run(readState(storeOptions(s, o)));
  const { value, changes } = await locked(storeOptions(s, o), (ctx) =>
    run(ctx.snapshot, (kind) => {
      const f = kind === 'mapping' ? ctx.snapshot.mapping : ctx.snapshot.counters;
      writeStateFile(ctx, {
        kind,
        path: kind === 'mapping' ? ctx.snapshot.paths.mapping : ctx.snapshot.paths.counters,
        before: f,
        data: { ...f.data!, updated: isoStamp(ctx.now) },
      });
    }),
  );
  return { ...value, changes: [...changes, ...value.changes] };
}

/** Oldest first by `created:` in frontmatter, then the first commit that added the file, then ID. */
function seniority(s: Settings, tasks: TaskRecord[]): (a: string, b: string) => number {
  const byId = tasksById(tasks);
  let added: Map<string, number> | undefined;
  const created = (id: string): number => {
    const t = byId.get(id)?.[0];
    const c = t?.created ? Date.parse(t.created) : NaN;
    if (!Number.isNaN(c)) return c;
    if (!t) return Infinity;
    added ??= gitFirstAdded(
      s.root,
      tasks.map((x) => x.file),
    );
    const g = added.get(t.file);
    return g === undefined ? Infinity : g * 1000;
  };
  return (a, b) => created(a) - created(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function readSources(s: Settings, snap: Snapshot, now: string) {
  const o = { root: s.root };
  const bak = {
    mapping: readStateFile('mapping', `${snap.paths.mapping}.bak`, o),
    counters: readStateFile('counters', `${snap.paths.counters}.bak`, o),
  };
  const committed: { mapping?: ParsedMapping; counters?: ParsedCounters } = {};
  for (const kind of ['mapping', 'counters'] as const) {
    const f = snap[kind];
    if (f.status !== 'corrupt' && f.status !== 'missing') continue;
    const rel = relPath(s.root, snap.paths[kind]);
    const text = gitShowHead(s.root, rel);
    if (text !== undefined)
      (committed as Record<string, unknown>)[kind] = parseStateText(
        kind,
        text,
        `${rel} (HEAD)`,
        now,
      );
  }
  return { backups: bak, committed };
}

export async function repair(s: Settings, o: OpOptions = {}): Promise<Report> {
  const plan = (snap: Snapshot, now: Date) => {
    const tasks = scan(s, o) ?? [];
    const sources = readSources(s, snap, isoStamp(now));
    return {
      tasks,
      p: planRepair({
        mapping: snap.mapping,
        counters: snap.counters,
        ...sources,
        tasks,
        idPattern: s.idPattern,
        seniority: seniority(s, tasks),
        now: isoStamp(now),
      }),
    };
  };
  if (o.dryRun) {
    const snap = readState(storeOptions(s, o));
    const { tasks, p } = plan(snap, (o.now ?? (() => new Date()))());
    const after = diagnoseAfter(s, snap, p, tasks);
    return report('repair', [...p.findings, ...after], {
      dryRun: true,
      changes: p.actions.map((a) => ({ file: actionFile(snap, a), action: wouldDo(a) })),
      renumbered: p.renumbered,
      stats: {
        mappings: Object.keys(p.mapping?.mappings ?? snap.mapping.data?.mappings ?? {}).length,
        tasks: tasks.filter((t) => t.hasFrontmatter).length, // as validate counts them
      },
    });
  }
  const pre = readState(storeOptions(s, o));
  const { value, changes } = await locked(storeOptions(s, o), (ctx) => {
    const { p } = plan(ctx.snapshot, ctx.now);
    const { paths, mapping, counters } = ctx.snapshot;
    if (p.counters)
      writeStateFile(ctx, {
        kind: 'counters',
        path: paths.counters,
        before: counters,
        data: p.counters,
      });
    if (p.mapping)
      writeStateFile(ctx, {
        kind: 'mapping',
        path: paths.mapping,
        before: mapping,
        data: p.mapping,
      });
    for (const { task, externalIds } of p.frontmatter) writeTaskIds(ctx, task.path, externalIds);
    for (const { task } of p.frontmatter)
      ctx.changes.push({ file: task.file, action: 'updated external_ids' });
    return p;
  });
  const after = validate(s, { ...o, onProgress: undefined });
  const findings = [...value.findings, ...after.findings.filter((f) => f.severity !== 'info')];
  return report('repair', findings, {
    changes: [...value.actions.map((a) => ({ file: actionFile(pre, a), action: a })), ...changes],
    renumbered: value.renumbered,
    stats: after.stats,
  });
}

const BASE_FORM: Record<string, string> = {
  brought: 'bring',
  created: 'create',
  migrated: 'migrate',
  raised: 'raise',
  rebuilt: 'rebuild',
  renumbered: 'renumber',
  restored: 'restore',
  rewrote: 'rewrite',
  took: 'take',
};

/** "rebuilt X from Y" → "would rebuild X from Y", for --dry-run. */
function wouldDo(action: string): string {
  const [verb, ...rest] = action.split(' ');
  const base = BASE_FORM[verb!];
  return base ? `would ${[base, ...rest].join(' ')}` : `would do: ${action}`;
}

/** The state file an action sentence is about (actions name their file). */
const actionFile = (snap: Snapshot, action: string): string =>
  action.includes(snap.counters.file)
    ? snap.counters.file
    : action.includes(snap.mapping.file) || action.includes('frontmatter')
      ? snap.mapping.file
      : '';

function diagnoseAfter(
  s: Settings,
  snap: Snapshot,
  p: ReturnType<typeof planRepair>,
  tasks: TaskRecord[],
): Finding[] {
  const asParsed = <T extends object>(
    kind: 'mapping' | 'counters',
    data: T | undefined,
    was: ParsedMapping | ParsedCounters,
  ) => (data ? parseStateText(kind, canonicalJson(data), was.file, '') : was);
  const updated = new Map(p.frontmatter.map((f) => [f.task.path, f.externalIds]));
  const virtualTasks = tasks.map((t) =>
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
    idPattern: s.idPattern,
  });
}

/** Re-reads the task under the lock and writes only its external_ids block. */
function writeTaskIds(ctx: TxContext, path: string, ids: ExternalIds): void {
  const text = readFileSync(path, 'utf8');
  const next = setExternalIds(text, ids, displayPath(path, ctx.opts.root));
  if (next === text) return;
  ctx.lock.assertHeld();
  writeFileAtomic(path, next, { fs: ctx.fs, mode: statSync(path).mode & 0o777 });
}

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

  const work = (ledger: Ledger, write: boolean): Assigned[] => {
    const assigned: Assigned[] = [];
    targets.forEach((t, i) => {
      const fm = t.externalIds ?? {};
      const { want, assigned: mine } = assignTask(ledger, t, s);
      assigned.push(...mine);
      if (write && TOOLS.some((tool) => want[tool] !== undefined && fm[tool] !== want[tool])) {
        const text = readFileSync(t.path, 'utf8');
        const next = setExternalIds(text, want, t.file);
        if (next !== text)
          ledger.writeAfter({
            path: t.path,
            text: next,
            action: 'wrote external_ids',
            mode: statSync(t.path).mode & 0o777,
          });
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
    const ledger = new Ledger(
      structuredClone(m),
      maxCounters(snap.counters.data?.counters ?? emptyCounters(), highestUsed(m)),
      s.idPattern,
    );
    const assigned = work(ledger, false);
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
    const { value, changes } = await transaction(storeOptions(s, o), (ledger) => ({
      assigned: work(ledger, true),
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

export interface LookupResult {
  internalId: string;
  externalIds: ExternalIds;
}

export function lookup(s: Settings, id: string, tool?: Tool): Report & { results: LookupResult[] } {
  const snap = readState({ stateDir: s.stateDir, root: s.root });
  const blocking = blockingFindings(snap);
  const m = snap.mapping.data?.mappings ?? snap.mapping.salvage?.data.mappings ?? {};
  const ledger = new Ledger(m, emptyCounters(), s.idPattern);
  const results: LookupResult[] = [];
  const direct = ledger.get(id);
  if (direct)
    results.push({ internalId: id, externalIds: tool ? { [tool]: direct[tool] } : direct });
  else
    for (const t of tool ? [tool] : TOOLS) {
      const holder = ledger.find(t, t === 'jira' || t === 'linear' ? id.toUpperCase() : id);
      if (holder && !results.some((r) => r.internalId === holder))
        results.push({ internalId: holder, externalIds: ledger.get(holder)! });
    }
  const findings = [...blocking];
  if (results.length === 0)
    findings.push(
      finding('error', 'NOT_FOUND', `nothing maps ${id}${tool ? ` in ${TOOL_LABEL[tool]}` : ''}`, {
        file: snap.mapping.file,
      }),
    );
  const r = report('lookup', findings, { stats: { mappings: Object.keys(m).length, tasks: 0 } });
  return { ...r, ok: results.length > 0, results };
}
