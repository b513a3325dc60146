/** `lookup`: an internal ID's external IDs, or the task an external ID belongs to. */
import type { Settings } from '../config.js';
import { finding } from '../findings.js';
import { TOOL_LABEL, TOOLS, type Tool } from '../ids.js';
import { Ledger } from '../ledger.js';
import { emptyCounters, type ExternalIds } from '../schema.js';
import { blockingFindings, readState } from '../store.js';
import { report, type Report } from './common.js';

export interface LookupResult {
  internalId: string;
  externalIds: ExternalIds;
}

export function lookup(s: Settings, id: string, tool?: Tool): Report & { results: LookupResult[] } {
  const snap = readState({ stateDir: s.stateDir, root: s.root });
  const blocking = blockingFindings(snap);
  const m = snap.mapping.data?.mappings ?? snap.mapping.salvage?.data.mappings ?? {};
  const ledger = new Ledger(m, emptyCounters(), { idPattern: s.idPattern });
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
  // A file that cannot be read is the reason, not "nothing maps it".
  if (results.length === 0 && blocking.length === 0)
    findings.push(
      finding('error', 'NOT_FOUND', `nothing maps ${id}${tool ? ` in ${TOOL_LABEL[tool]}` : ''}`, {
        file: snap.mapping.file,
      }),
    );
  const r = report('lookup', findings, { stats: { mappings: Object.keys(m).length, tasks: 0 } });
  return { ...r, ok: results.length > 0, results };
}
