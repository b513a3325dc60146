/**
 * A team as it really works, for the git-workflow suites: a bare remote; extids installed from
 * this checkout's packed tarball as a devDependency with a lockfile; `extids init` run once, in
 * the first clone; every teammate's clone made with `git clone` + `npm ci` and nothing else.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { git, gitRun, ROOT, tempDir, testEnv, write, type Run } from './helpers.js';

/** npm's own cache (the real home's), so each `npm ci` reads the registry at most once per machine. */
const NPM_CACHE = process.env.npm_config_cache || join(homedir(), '.npm');

export function npm(cwd: string, args: string[]): void {
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd,
    encoding: 'utf8',
    env: testEnv({ npm_config_cache: NPM_CACHE, npm_config_update_notifier: 'false' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

let packed: string | undefined;
/**
 * This checkout packed as `npm pack` packs it (files as package.json lists them), once per test
 * file. `--ignore-scripts`: prepack's build of lib/ is already done (`npm test` bundles first), and
 * its lifecycle edits package.json for a moment, which tests running beside it must not see.
 * __tests__/package.test.ts packs a fresh clone with the lifecycle.
 */
export function tarball(): string {
  if (packed && existsSync(packed)) return packed;
  const dir = tempDir('extids-pack-');
  execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], {
    cwd: ROOT,
    env: testEnv({ npm_config_cache: NPM_CACHE }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [name] = readdirSync(dir).filter((f) => f.endsWith('.tgz'));
  if (!name) throw new Error(`npm pack wrote no tarball into ${dir}`);
  return (packed = join(dir, name));
}

let consumer: string | undefined;
/**
 * The `extids` bin as a team gets it: the packed tarball installed with npm into a consumer
 * package (once per test file). Run it with any working directory, as `npx extids` runs it.
 */
export function installedBin(): string {
  if (consumer && existsSync(consumer)) return join(consumer, 'node_modules/.bin/extids');
  consumer = tempDir('extids-consumer-');
  write(consumer, 'package.json', '{ "name": "consumer", "version": "1.0.0", "private": true }\n');
  npm(consumer, ['install', '-D', tarball()]);
  return join(consumer, 'node_modules/.bin/extids');
}

/** The installed bin (installedBin) run in `cwd`: exit code and both streams. */
export function installedCli(cwd: string, args: string[], env: Record<string, string> = {}): Run {
  const r = spawnSync(installedBin(), args, { cwd, encoding: 'utf8', env: testEnv(env) });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export interface Team {
  /** The bare repository every clone pushes to and pulls from. */
  remote: string;
  /** The clone that ran `extids init` (and pushed its result). */
  first: string;
  /** A teammate's clone: `git clone` + `npm ci`, exactly as the README's set-up says. */
  clone(): string;
}

export interface TeamOptions {
  /** `init --tools` (default `jira:PROJ`). */
  tools?: string;
  /** Files committed with the set-up, e.g. `{ 'tasks/a.md': task('TASK-1A2B') }`. */
  files?: Record<string, string>;
}

/** The installed bin, run from a clone's root as a person or a hook would run it. */
export function extidsIn(clone: string, args: string[], env: Record<string, string> = {}): Run {
  try {
    const stdout = execFileSync(join(clone, 'node_modules/.bin/extids'), args, {
      cwd: clone,
      encoding: 'utf8',
      env: testEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { code: 0, stdout, stderr: '' };
  } catch (e) {
    const err = e as { status?: number; stdout?: string; stderr?: string };
    return { code: err.status ?? -1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

/** A remote, and a first clone where extids is installed from the tarball and `init` has run. */
export function team(o: TeamOptions = {}): Team {
  const remote = tempDir('extids-remote-');
  git(remote, 'init', '-q', '--bare', '-b', 'main');
  const first = tempDir('extids-first-');
  git(first, 'init', '-q', '-b', 'main');
  git(first, 'remote', 'add', 'origin', remote);
  write(
    first,
    'package.json',
    JSON.stringify(
      {
        name: 'team-tasks',
        version: '1.0.0',
        private: true,
        devDependencies: { extids: `file:${tarball()}` },
      },
      null,
      2,
    ) + '\n',
  );
  write(first, '.gitignore', 'node_modules/\n');
  for (const [rel, text] of Object.entries(o.files ?? {})) write(first, rel, text);
  npm(first, ['install']);
  const init = extidsIn(first, ['init', '--tools', o.tools ?? 'jira:PROJ']);
  if (init.code !== 0)
    throw new Error(`extids init failed (${init.code}): ${init.stderr}${init.stdout}`);
  git(first, 'add', '-A');
  const c = gitRun(first, ['commit', '-qm', 'set up extids']);
  if (c.code !== 0) throw new Error(`the set-up commit failed: ${c.stderr}`);
  git(first, 'push', '-q', '-u', 'origin', 'main');
  return {
    remote,
    first,
    clone() {
      const dir = tempDir('extids-clone-');
      git(dir, 'clone', '-q', remote, '.');
      npm(dir, ['ci']);
      return dir;
    },
  };
}
