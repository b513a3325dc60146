// Proves package-lock.json lists every optional platform package of every locked release.
// npm leaves a platform package out of the lock when the registry lacks it, and `npm ci`
// on that platform then rejects the lock: this fails first, naming what is missing.
import { readFileSync } from 'node:fs';

const { packages } = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url)));

/** Node's lookup: the package's own node_modules, then each enclosing one up to the root. */
function resolves(from, name) {
  for (let base = from; ;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const i = base.lastIndexOf('/node_modules/');
    base = i < 0 ? '' : base.slice(0, i);
  }
}

const missing = [];
for (const [path, pkg] of Object.entries(packages))
  for (const [name, range] of Object.entries(pkg.optionalDependencies ?? {}))
    if (!resolves(path, name)) missing.push(`${path || '(root)'} → ${name}@${range}`);

if (missing.length) {
  console.error(`package-lock.json misses ${missing.length} optional platform package(s):`);
  for (const m of missing) console.error(`  ${m}`);
  console.error(
    'Pin releases whose every platform package the registry has (npm view NAME@VERSION).',
  );
  process.exit(1);
}
const count = Object.values(packages).reduce(
  (n, p) => n + Object.keys(p.optionalDependencies ?? {}).length,
  0,
);
console.log(`package-lock.json: all ${count} optional platform packages are locked`);
