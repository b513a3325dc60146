// Runs inside a fresh process for `npm run bench`: `count` single-ID transactions through the
// library API on the state in `stateDir`, or (mode "naive") the same number of bare
// read-parse-change-stringify-write cycles of both files with no lock and no fsync: the floor
// any per-ID rewrite pays, which is what the reference implementation did. Prints milliseconds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { transaction } from '../lib/core/index.js';

const [stateDir, count, mode = 'api'] = process.argv.slice(2);
const n = Number(count);
const t0 = performance.now();
if (mode === 'api') {
  for (let i = 0; i < n; i++)
    await transaction({ stateDir }, (l) => l.assign(`TASK-BENCH-${i}`, 'jira', 'PROJ'));
} else {
  const m = join(stateDir, 'external_id_mapping.json');
  const c = join(stateDir, 'external_id_counters.json');
  for (let i = 0; i < n; i++) {
    const mapping = JSON.parse(readFileSync(m, 'utf8'));
    const counters = JSON.parse(readFileSync(c, 'utf8'));
    const next = ++counters.counters.jira.PROJ;
    mapping.mappings[`TASK-NAIVE-${i}`] = { jira: `PROJ-${next}` };
    writeFileSync(c, JSON.stringify(counters, null, 2));
    writeFileSync(m, JSON.stringify(mapping, null, 2));
  }
}
process.stdout.write(String(performance.now() - t0));
