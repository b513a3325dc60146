/**
 * `extids init`: config, .gitignore entries, the husky pre-commit hook and the merge driver.
 * Safe to run twice: each step checks what is there and adds only what is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE, DEFAULT_STATE_DIR, DEFAULT_TASKS_DIR, loadSettings } from '../core/config.js';
import type { ToolConfig } from '../core/diagnose.js';
import { ExtidsError } from '../core/findings.js';
import type { Report } from '../core/ops.js';
import type { Change } from '../core/store.js';
import { COUNTERS_FILE, MAPPING_FILE } from '../core/store.js';
import { relPath } from '../core/tasks.js';

export const HOOK_LINE = 'extids hook pre-commit';
export const HOOK_SCRIPT = `# extids: give new tasks their external IDs, refuse broken state files
if [ -x node_modules/.bin/extids ]; then
  node_modules/.bin/extids hook pre-commit
else
  echo "extids: not installed here (npm ci), so task IDs were not checked" >&2
fi
`;
export const MERGE_DRIVER = 'node_modules/.bin/extids merge-driver %O %A %B %P';

export interface InitOptions {
  tools?: ToolConfig;
  dryRun?: boolean;
}

function ensureLines(file: string, header: string, lines: string[], dryRun: boolean): string[] {
  const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const have = new Set(text.split(/\r?\n/).map((l) => l.trim()));
  const missing = lines.filter((l) => !have.has(l));
  if (missing.length && !dryRun) {
    const sep = text === '' || text.endsWith('\n') ? '' : '\n';
    writeFileSync(file, `${text}${sep}${text ? '\n' : ''}${header}\n${missing.join('\n')}\n`);
  }
  return missing;
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  } catch {
    return undefined;
  }
}

function huskyBin(root: string): string {
  const local = join(root, 'node_modules', 'husky', 'bin.js');
  if (existsSync(local)) return local;
  return join(dirname(fileURLToPath(import.meta.resolve('husky'))), 'bin.js');
}

export function init(root: string, opts: InitOptions = {}): Report {
  const dry = !!opts.dryRun;
  const changes: Change[] = [];
  const say = (file: string, action: string) =>
    changes.push({ file, action: dry ? `would ${action}` : action });
  if (git(root, ['rev-parse', '--git-dir']) === undefined)
    throw new ExtidsError(
      'NOT_A_REPOSITORY',
      `${root} is not a git repository; run \`git init\` first`,
    );

  // 1. Config
  const configPath = join(root, CONFIG_FILE);
  if (!existsSync(configPath)) {
    const config = {
      tools: opts.tools ?? {},
      stateDir: DEFAULT_STATE_DIR,
      tasksDir: DEFAULT_TASKS_DIR,
    };
    if (!dry) {
      mkdirSync(dirname(configPath), { recursive: true });
      writeFileSync(configPath, JSON.stringify(config, null, 2) + '\n');
    }
    say(
      CONFIG_FILE,
      Object.keys(config.tools).length
        ? 'wrote a starter config'
        : 'wrote a starter config: add your tools under "tools", e.g. {"jira": {"key": "PROJ"}, "github": {}}',
    );
  }
  const s = loadSettings(root, existsSync(configPath) ? {} : { tools: opts.tools });
  const state = relPath(root, s.stateDir);

  // 2. .gitignore: lock, temp, backup and quarantine files never get committed.
  const ignores = [
    `${state}/.extids.lock/`,
    '.*.tmp-*',
    `${state}/*.bak`,
    `${state}/*.corrupt-*`,
    `${state}/*.pre-migration-*`,
  ];
  const added = ensureLines(
    join(root, '.gitignore'),
    '# extids: lock, temp, backup and quarantine files',
    ignores,
    dry,
  );
  if (added.length) say('.gitignore', `added ${added.join(' ')}`);

  // 3. Merge driver: git config + .gitattributes for the two state files.
  const attrs = [`${state}/${MAPPING_FILE} merge=extids`, `${state}/${COUNTERS_FILE} merge=extids`];
  const attrAdded = ensureLines(
    join(root, '.gitattributes'),
    '# extids: three-way merge of the ID ledger',
    attrs,
    dry,
  );
  if (attrAdded.length)
    say('.gitattributes', 'registered the extids merge driver for the state files');
  if (git(root, ['config', '--get', 'merge.extids.driver']) !== MERGE_DRIVER) {
    if (!dry) {
      git(root, ['config', 'merge.extids.name', 'extids: three-way merge of external ID state']);
      git(root, ['config', 'merge.extids.driver', MERGE_DRIVER]);
    }
    say('.git/config', `set merge.extids.driver = ${MERGE_DRIVER}`);
  }

  // 4. The pre-commit hook, installed with husky.
  const hookFile = join(root, '.husky', 'pre-commit');
  const hookText = existsSync(hookFile) ? readFileSync(hookFile, 'utf8') : '';
  if (!hookText.includes(HOOK_LINE)) {
    if (!dry) {
      mkdirSync(dirname(hookFile), { recursive: true });
      writeFileSync(
        hookFile,
        hookText
          ? `${hookText}${hookText.endsWith('\n') ? '' : '\n'}\n${HOOK_SCRIPT}`
          : HOOK_SCRIPT,
        { mode: 0o755 },
      );
    }
    say('.husky/pre-commit', hookText ? 'added the extids hook' : 'created the pre-commit hook');
  }
  if (git(root, ['config', '--get', 'core.hooksPath']) !== '.husky/_') {
    if (!dry) {
      try {
        execFileSync(process.execPath, [huskyBin(root)], {
          cwd: root,
          stdio: 'pipe',
          env: { ...process.env, HUSKY: '' },
        });
      } catch (err) {
        throw new ExtidsError(
          'WRITE_FAILED',
          `husky could not install the hooks: ${(err as Error).message}`,
        );
      }
    }
    say('.git/config', 'ran husky: core.hooksPath = .husky/_');
  }
  const pkgPath = join(root, 'package.json');
  if (existsSync(pkgPath)) {
    const raw = readFileSync(pkgPath, 'utf8');
    const pkg = JSON.parse(raw) as { scripts?: Record<string, string> };
    if (!pkg.scripts?.prepare) {
      if (!dry) {
        (pkg.scripts ??= {}).prepare = 'husky';
        writeFileSync(pkgPath, JSON.stringify(pkg, null, /\t/.test(raw) ? '\t' : 2) + '\n');
      }
      say('package.json', 'added "prepare": "husky" so clones get the hook on npm install');
    } else if (!pkg.scripts.prepare.includes('husky'))
      say(
        'package.json',
        `left "prepare": "${pkg.scripts.prepare}" alone; add \`husky\` to it so clones get the hook`,
      );
  }
  return {
    ok: true,
    command: 'init',
    dryRun: dry,
    findings: [],
    changes,
    assigned: [],
    stats: { mappings: 0, tasks: 0 },
  };
}
