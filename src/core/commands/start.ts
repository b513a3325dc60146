/**
 * `init --start jira:PROJ=58,github=120`: a team whose tracker already has items up to PROJ-57
 * starts the counter above them, so counter mode does not hand out a number that names somebody
 * else's item. A counter never goes backwards: a start at or below a number already handed out
 * is refused, not applied.
 */
import { isSyncMode, type Settings } from '../config.js';
import type { Change } from '../changes.js';
import { ExtidsError } from '../findings.js';
import { formatExternalId, isKeyedTool, TOOL_LABEL, TOOLS, type Tool } from '../ids.js';
import { Ledger } from '../ledger.js';
import { displayPath } from '../paths.js';
import { emptyCounters } from '../schema.js';
import { blockingFindings, readState, statePaths, transaction } from '../store.js';
import { storeOptions, type OpOptions } from './common.js';

/** One tool's start: `next` is the first number the counter hands out (at least 1). */
export interface CounterStart {
  tool: Tool;
  /** The project or team key, upper-cased (Jira and Linear). */
  key?: string;
  next: number;
}

const EXAMPLE = 'e.g. jira:PROJ=58,github=120';

/** Parses `jira:PROJ=58,linear:TEAM=10,github=120,azure_devops=7`; bad input is a USAGE error. */
export function parseStarts(spec: string): CounterStart[] {
  const out: CounterStart[] = [];
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const m = /^([A-Za-z_-]+)(?::([A-Za-z][A-Za-z0-9_]*))?=(.*)$/.exec(part);
    const tool = m?.[1]!.toLowerCase().replace(/-/g, '_') as Tool | undefined;
    if (!m || !tool || !TOOLS.includes(tool))
      throw new ExtidsError(
        'USAGE',
        `--start "${part}": expected TOOL[:KEY]=NUMBER, the first number to hand out (${EXAMPLE})`,
      );
    if (isKeyedTool(tool) !== (m[2] !== undefined))
      throw new ExtidsError(
        'USAGE',
        `--start "${part}": ${tool} ${isKeyedTool(tool) ? 'needs its key, e.g. ' + tool + (tool === 'jira' ? ':PROJ' : ':TEAM') + '=58' : 'takes no key, e.g. ' + tool + '=58'}`,
      );
    if (!/^[1-9][0-9]{0,14}$/.test(m[3]!))
      throw new ExtidsError(
        'USAGE',
        `--start "${part}": "${m[3]}" is not a whole number from 1 (at most 15 digits)`,
      );
    const key = m[2]?.toUpperCase();
    if (out.some((s) => s.tool === tool))
      throw new ExtidsError('USAGE', `--start "${spec}" names ${tool} twice`);
    out.push({ tool, key, next: Number(m[3]) });
  }
  if (!out.length)
    throw new ExtidsError('USAGE', `--start needs at least one counter (${EXAMPLE})`);
  return out;
}

/** Each start must name a tool the settings track in counter mode, with the configured key (USAGE). */
export function checkStarts(s: Settings, starts: CounterStart[]): void {
  for (const st of starts) {
    const conf = s.tools[st.tool];
    const name = `${st.tool}${st.key ? `:${st.key}` : ''}`;
    if (!conf)
      throw new ExtidsError(
        'USAGE',
        `--start ${name}: ${TOOL_LABEL[st.tool]} is not among the tools this repository tracks; add it with --tools`,
      );
    if (isSyncMode(s.tools, st.tool))
      throw new ExtidsError(
        'USAGE',
        `--start ${name}: ${TOOL_LABEL[st.tool]} is in sync mode, so the tracker numbers its own items and there is no counter to start`,
      );
    if (isKeyedTool(st.tool) && conf.key?.toUpperCase() !== st.key)
      throw new ExtidsError(
        'USAGE',
        `--start ${name}: this repository tracks ${st.tool}:${conf.key}, not ${name}`,
      );
  }
}

/** The counters' changes, or a USAGE error when one would go backwards. */
function plan(ledger: Ledger, starts: CounterStart[], file: string): Change[] {
  const out: Change[] = [];
  for (const st of starts) {
    const from = ledger.counter(st.tool, st.key);
    const to = st.next - 1;
    if (from > to)
      throw new ExtidsError(
        'USAGE',
        `--start ${st.tool}${st.key ? `:${st.key}` : ''}=${st.next}: the counter already handed out ${formatExternalId(st.tool, from, st.key)}, so the next ID is ${formatExternalId(st.tool, from + 1, st.key)}; a counter never goes backwards`,
      );
    if (from < to)
      out.push({
        kind: 'counter-started',
        file,
        tool: st.tool,
        key: st.key,
        from,
        to,
        next: formatExternalId(st.tool, st.next, st.key),
      });
  }
  return out;
}

/**
 * Sets each counter so that `next` is the first number it hands out, in one transaction (or, with
 * `dryRun`, says what it would set). Errors: USAGE for a tool not tracked in counter mode, a key
 * other than the configured one, or a start that would move a counter backwards; STATE_INVALID
 * for damaged state files.
 */
export async function startCounters(
  s: Settings,
  starts: CounterStart[],
  o: OpOptions = {},
): Promise<Change[]> {
  checkStarts(s, starts);
  const opts = storeOptions(s, o);
  const file = displayPath(statePaths(s.stateDir).counters, s.root);
  if (o.dryRun) {
    const snap = readState(opts);
    const blocking = blockingFindings(snap);
    if (blocking.length)
      throw new ExtidsError(
        'STATE_INVALID',
        `the state files cannot be used as they are (${blocking[0]!.file}: ${blocking[0]!.message}); run \`extids repair\``,
        { findings: blocking },
      );
    const ledger = new Ledger(
      snap.mapping.data?.mappings ?? {},
      snap.counters.data?.counters ?? emptyCounters(),
      { highest: snap.mapping.analysis?.highest },
    );
    return plan(ledger, starts, file);
  }
  const { value, changes } = await transaction(opts, (ledger) => {
    const started = plan(ledger, starts, file);
    for (const c of started)
      if (c.kind === 'counter-started') ledger.raiseCounter(c.tool, c.to, c.key);
    return started;
  });
  return [...value, ...changes];
}
