/** `validate`: the read-only check of the state files, the links file and the tasks. */
import { join } from 'node:path';
import { syncTools, type Settings } from '../config.js';
import { diagnose } from '../diagnose.js';
import { displayPath } from '../paths.js';
import { readState, type Snapshot } from '../store.js';
import { linkFindings, LINKS_FILE, loadLinks, predictedFindings } from '../sync/links.js';
import { missingButCommitted, report, scan, stats, storeOptions } from './common.js';
import type { OpOptions, Report } from './common.js';

export async function validate(s: Settings, o: OpOptions = {}): Promise<Report> {
  // Tasks before state: writers write state before task files, so while an assign runs the
  // state read here is never older than the tasks, and the two can only differ by warnings.
  // Many task files are read on a second thread; this one parses the state files meanwhile, and
  // that parse is kept only if the files still hold the same bytes once the tasks are read.
  const scanning = scan(s, o);
  let early: Snapshot | undefined;
  try {
    early = readState(storeOptions(s, o));
  } catch {
    /* read again below, after the tasks, where it fails for good */
  }
  const tasks = await scanning;
  const snap = readState({
    ...storeOptions(s, o),
    parsed: early && [early.mapping, early.counters],
  });
  const linksFile = displayPath(join(s.stateDir, LINKS_FILE), s.root);
  const links = loadLinks(s.stateDir, linksFile);
  const findings = [
    ...missingButCommitted(s, snap),
    ...diagnose({
      mapping: snap.mapping,
      counters: snap.counters,
      tasks,
      tools: s.tools,
      syncStatuses: s.config.sync?.statuses,
      idPattern: s.idPattern,
      introduced: o.introduced,
    }),
    ...links.findings,
    ...(links.status === 'valid' && snap.mapping.data
      ? linkFindings(links.links, snap.mapping.data.mappings, linksFile)
      : []),
    ...(links.status !== 'corrupt' && snap.mapping.data
      ? predictedFindings(
          links.links,
          snap.mapping.data.mappings,
          syncTools(s.tools),
          displayPath(snap.paths.mapping, s.root),
        )
      : []),
  ];
  return report('validate', findings, { stats: stats(snap.mapping, tasks) });
}
