/** `migrate`: upgrade older state-file formats in place, keeping the originals. */
import type { Change } from '../changes.js';
import { isoStamp } from '../canonical.js';
import type { Settings } from '../config.js';
import { locked, readState, writeStateFile, type Snapshot } from '../store.js';
import { report, scan, stats, storeOptions, type OpOptions, type Report } from './common.js';

export async function migrate(s: Settings, o: OpOptions = {}): Promise<Report> {
  const tasks = scan(s, { ...o, onProgress: undefined });
  const run = (snap: Snapshot, write?: (kind: 'mapping' | 'counters') => void): Report => {
    const findings = [snap.mapping, snap.counters].flatMap((f) =>
      f.findings.filter((x) => x.code !== 'LEGACY_VERSION'),
    );
    const changes: Change[] = [];
    for (const f of [snap.counters, snap.mapping]) {
      if (f.status !== 'legacy') continue;
      if (write) write(f.kind);
      else changes.push({ kind: 'migrated', file: f.file, steps: f.steps });
    }
    return report('migrate', findings, {
      changes,
      dryRun: !write,
      stats: stats(snap.mapping, tasks),
    });
  };
  if (o.dryRun) return run(readState(storeOptions(s, o)));
  const { value, changes } = await locked(storeOptions(s, o), (ctx) =>
    run(ctx.snapshot, (kind) => {
      const f = kind === 'mapping' ? ctx.snapshot.mapping : ctx.snapshot.counters;
      writeStateFile(ctx, {
        kind,
        path: ctx.snapshot.paths[kind],
        before: f,
        data: { ...f.data!, updated: isoStamp(ctx.now) },
      });
    }),
  );
  return { ...value, changes: [...changes, ...value.changes] };
}
