// npm's `version` lifecycle: writes the new package.json version into src/cli/version.ts and
// stages it, so the version commit carries both (rebuild the bundles with `npm run bundle`).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = 'src/cli/version.ts';
const text = readFileSync(file, 'utf8').replace(/VERSION = '[^']*'/, `VERSION = '${version}'`);
writeFileSync(file, text);
execFileSync('git', ['add', file]);
