// Regenerates the README's tables of finding and error codes from the core (`npm run docs`).
// The tables sit between <!-- NAME:start --> and <!-- NAME:end --> markers; prettier aligns them.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { codeTables } from '../lib/doors/render.js';

const README = new URL('../README.md', import.meta.url);
let text = readFileSync(README, 'utf8');
for (const [name, table] of Object.entries(codeTables())) {
  const re = new RegExp(`(<!-- ${name}-codes:start -->\\n)[\\s\\S]*?(<!-- ${name}-codes:end -->)`);
  if (!re.test(text)) throw new Error(`README.md has no <!-- ${name}-codes:start/end --> markers`);
  text = text.replace(re, `$1\n${table}\n\n$2`);
}
writeFileSync(README, text);
execFileSync(process.execPath, ['node_modules/prettier/bin/prettier.cjs', '--write', 'README.md'], {
  stdio: 'ignore',
});
console.log('README.md: finding and error code tables regenerated');
