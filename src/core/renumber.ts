/**
 * The one rule for a duplicated external ID, used by repair and by the merge driver alike: the
 * oldest holder keeps it, every other holder gets the next free number.
 */
import { parseExternalId, type Tool } from './ids.js';
import type { Ledger } from './ledger.js';
import type { Seniority } from './seniority.js';
import { findDuplicateExternalIds } from './state.js';

export interface Renumbered {
  internalId: string;
  tool: Tool;
  from: string;
  to: string;
  /** The task that kept `from`. */
  keptBy: string;
}

/** Settles every external ID the ledger's mappings hold more than once. */
export function renumberDuplicates(ledger: Ledger, seniority: Seniority): Renumbered[] {
  const out: Renumbered[] = [];
  for (const d of findDuplicateExternalIds(ledger.mappings)) {
    const [keptBy, ...others] = [...d.holders].sort(seniority) as [string, ...string[]];
    for (const internalId of others) {
      const to = ledger.allocate(d.tool, parseExternalId(d.tool, d.externalId)?.key);
      ledger.put(internalId, d.tool, to);
      out.push({ internalId, tool: d.tool, from: d.externalId, to, keptBy });
    }
  }
  return out;
}
