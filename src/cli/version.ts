import { readFileSync } from 'node:fs';

/** The installed package's version: package.json sits two levels above lib/cli and src/cli. */
export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return String(pkg.version);
}
