/** `migrate`: upgrade older state-file formats in place, keeping the originals. */
import type { Change } from '../changes.js';
import { isoStamp } from '../canonical.js';
import type { Settings } from '../config.js';
import type { Finding } from '../findings.js';
import { locked, readState, writeStateFile, type Snapshot } from '../store.js';
import { report, storeOptions, type OpOptions, type Report } from './common.js';
import { validate } from './validate.js';

export async function migrate(s: Settings, o: OpOptions = {}): Promise<Report> {
  if (o.dryRun) {
    const snap = readState(storeOptions(s, o));
    const changes: Change[] = legacy(snap).map((f) => ({
      kind: 'migrated',
      file: f.file,
      steps: f.steps,
    }));
    const v = await validate(s, quiet(o));
    return report('migrate', remaining(v.findings, snap), {
      changes,
      dryRun: true,
      stats: v.stats,
    });
  }
  const { changes } = await locked(storeOptions(s, o), (ctx) => {
    for (const f of legacy(ctx.snapshot))
      writeStateFile(ctx, {
        kind: f.kind,
        path: ctx.snapshot.paths[f.kind],
        before: f,
        data: { ...f.data!, updated: isoStamp(ctx.now) },
      });
  });
  const v = await validate(s, quiet(o));
  return report('migrate', remaining(v.findings, readState(storeOptions(s, o))), {
    changes,
    stats: v.stats,
  });
}

const legacy = (snap: Snapshot) =>
  [snap.counters, snap.mapping].filter((f) => f.status === 'legacy');

const quiet = (o: OpOptions): OpOptions => ({ ...o, onProgress: undefined });

/**
 * What is left to say: the state files' own findings (less the older format migrate acts on),
 * and the task-file conditions every door reports. How the two files relate (a counter behind
 * the numbers in use) is validate's and repair's business, not migrate's.
 */
function remaining(validated: Finding[], snap: Snapshot): Finding[] {
  const stateFiles = new Set([snap.mapping.file, snap.counters.file]);
  const own = [snap.mapping, snap.counters].flatMap((f) => f.findings);
  const tasks = validated.filter((f) => f.file && !stateFiles.has(f.file));
  return [...own, ...tasks].filter((f) => f.code !== 'LEGACY_VERSION' && f.severity !== 'info');
}
