/** `validate`: the read-only check of the state files and the tasks. */
import type { Settings } from '../config.js';
import { diagnose } from '../diagnose.js';
import { readState } from '../store.js';
import { missingButCommitted, report, scan, stats, storeOptions } from './common.js';
import type { OpOptions, Report } from './common.js';

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
      introduced: o.introduced,
    }),
  ];
  return report('validate', findings, { stats: stats(snap.mapping, tasks) });
}
