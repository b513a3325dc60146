/** The few git questions the core asks. Every call is bounded and never throws on a non-repository. */
import { execFileSync } from 'node:child_process';

function git(cwd: string, args: string[], maxBuffer = 512 * 1024 * 1024): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer,
      timeout: 60_000,
    });
  } catch {
    return undefined;
  }
}

export function gitTopLevel(cwd: string): string | undefined {
  return git(cwd, ['rev-parse', '--show-toplevel'])?.trim() || undefined;
}

/** The committed (HEAD) text of a file, by path relative to the repository root. */
export function gitShowHead(root: string, relPath: string): string | undefined {
  return git(root, ['show', `HEAD:${relPath}`]);
}

/** Unix time of the first commit that added each file, for the files git knows. */
export function gitFirstAdded(root: string, relPaths: string[]): Map<string, number> {
  const out = new Map<string, number>();
  if (relPaths.length === 0) return out;
  const log = git(root, [
    'log',
    '--diff-filter=A',
    '--format=%x00%ct',
    '--name-only',
    '--',
    ...relPaths,
  ]);
  if (!log) return out;
  // Newest first: later entries overwrite, so the first commit that added the file wins.
  for (const chunk of log.split('\0').slice(1)) {
    const [stamp, ...names] = chunk.split('\n').filter(Boolean);
    for (const n of names) out.set(n, Number(stamp));
  }
  return out;
}
