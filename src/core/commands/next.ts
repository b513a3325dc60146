/**
 * What a team does after `extids init`, as data: the doors render it. A repository that adopts
 * extids usually has tasks without IDs, guides among its tasks, and tools in counter mode whose
 * numbers are predictions; init's report says so instead of a bare "no problems".
 */
import { DEFAULT_EXCLUDE, isSyncMode, type Settings } from '../config.js';
import { TOOLS, type Tool } from '../ids.js';
import { Ledger } from '../ledger.js';
import { emptyCounters } from '../schema.js';
import { readState } from '../store.js';
import { relPath } from '../paths.js';
import type { Finding } from '../findings.js';

export interface NextSteps {
  /** No tool is configured: `init --tools` comes first. */
  noTools: boolean;
  /** Task files (root-relative) lacking an ID of a counter-mode tool: `extids assign --all`. */
  unassigned: string[];
  /** Task files waiting for a sync-mode tracker item: `extids sync`. */
  pending: string[];
  /** Markdown files under the tasks directory that are not tasks (root-relative). */
  notTasks: string[];
  /** The `exclude` list that would account for them: the configured globs plus their paths. */
  exclude: string[];
  /** Tools in counter mode (`jira:PROJ`, `github`): the IDs they get are predictions. */
  counterMode: string[];
  /** Those of them whose counter has handed out nothing yet: `init --start` can still set it. */
  unstarted: string[];
  /** Counter-mode tools that this version can put in sync mode instead (GitHub). */
  canSync: string[];
  /** The files to commit so that every clone gets the set-up (what init wrote, package files). */
  commit: string[];
  /** validate found errors: `extids repair` comes before any commit of the state. */
  damaged: boolean;
}

const NOT_A_TASK = new Set(['NO_FRONTMATTER', 'MISSING_TASK_ID', 'INVALID_TASK_ID']);
const files = (findings: Finding[], codes: Set<string>) => [
  ...new Set(findings.filter((f) => codes.has(f.code) && f.file).map((f) => f.file!)),
];

/** The counters as the next assignment sees them (at least the highest numbers in use). */
function ledgerOf(s: Settings): Ledger {
  const snap = readState({ stateDir: s.stateDir, root: s.root });
  return new Ledger(
    snap.mapping.data?.mappings ?? {},
    snap.counters.data?.counters ?? emptyCounters(),
    { highest: snap.mapping.analysis?.highest },
  );
}

/**
 * The next steps for the repository whose validate findings are `validated`; `commit`
 * lists the files the set-up changed, root-relative.
 */
export function nextSteps(s: Settings, validated: Finding[], commit: string[]): NextSteps {
  const configured = TOOLS.filter((t) => s.tools[t]);
  const counter = configured.filter((t) => !isSyncMode(s.tools, t));
  const notTasks = files(validated, NOT_A_TASK);
  const ledger = ledgerOf(s);
  const name = (t: Tool) => (s.tools[t]?.key ? `${t}:${s.tools[t]!.key}` : t);
  const tasksRel = relPath(s.root, s.tasksDir);
  const inTasks = (f: string) => (tasksRel ? f.slice(tasksRel.length + 1) : f);
  return {
    noTools: configured.length === 0,
    unassigned: files(validated, new Set(['MISSING_EXTERNAL_ID'])),
    pending: files(validated, new Set(['SYNC_PENDING'])),
    notTasks,
    exclude: [...(s.config.exclude ?? DEFAULT_EXCLUDE), ...notTasks.map(inTasks)],
    counterMode: counter.map(name),
    unstarted: counter
      .filter((t) => ledger.counter(t, s.tools[t]?.key?.toUpperCase()) === 0)
      .map(name),
    canSync: counter.filter((t) => t === 'github'),
    commit,
    damaged: validated.some((f) => f.severity === 'error'),
  };
}
