/** `validate`: the read-only check of the state files, the links file and the tasks. */
import { join } from 'node:path';
import type { Settings } from '../config.js';
import { diagnose } from '../diagnose.js';
import { displayPath } from '../paths.js';
import { readState } from '../store.js';
import { linkFindings, LINKS_FILE, loadLinks } from '../sync/links.js';
import { missingButCommitted, report, scan, stats, storeOptions } from './common.js';
import type { OpOptions, Report } from './common.js';

export function validate(s: Settings, o: OpOptions = {}): Report {
  // Tasks before state: writers write state before task files, so while an assign runs the
  // state read here is never older than the tasks, and the two can only differ by warnings.
  const tasks = scan(s, o);
  const snap = readState(storeOptions(s, o));
  const linksFile = displayPath(join(s.stateDir, LINKS_FILE), s.root);
  const links = loadLinks(s.stateDir, linksFile);
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
    ...links.findings,
    ...(links.status === 'valid' && snap.mapping.data
      ? linkFindings(links.links, snap.mapping.data.mappings, linksFile)
      : []),
  ];
  return report('validate', findings, { stats: stats(snap.mapping, tasks) });
}
