/**
 * `extids init`: config, .gitignore entries, the husky pre-commit hook and the merge driver.
 * Safe to run twice: each step checks what is there and adds only what is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import {
  CONFIG_FILE,
  COUNTERS_FILE,
  LINKS_FILE,
  DEFAULT_STATE_DIR,
  DEFAULT_TASKS_DIR,
  ExtidsError,
  finding,
  Git,
  loadSettings,
  MAPPING_FILE,
  relPath,
  validate,
  type Change,
  type Finding,
  type Report,
  type ToolConfig,
} from '../core/index.js';
import { gated, refreshGate, staleGate, type GatePaths } from '../hook/gate.js';
import { quickPaths } from '../hook/pre-commit.js';

/** The git hooks init installs (with husky), and what each says when extids is not installed. */
const HOOKS = {
  'pre-commit': {
    why: 'give new tasks their external IDs, refuse broken state files',
    missing: 'so task IDs were not checked',
  },
  'post-merge': {
    why: 'finish a merge of the ID ledger (frontmatter and counters) in the merge commit',
    missing: 'so the merged ID ledger was not checked; run `npx extids repair` after npm ci',
  },
  'post-rewrite': {
    why: 'finish the ID ledger (frontmatter and counters) in each commit a rebase replayed',
    missing: 'so the rebased ID ledger was not checked; run npx extids repair after npm ci',
  },
} as const;
type HookName = keyof typeof HOOKS;

export const hookLine = (name: HookName) => `extids hook ${name}`;
const runHook = (name: HookName) => `if [ -x node_modules/.bin/extids ]; then
  node_modules/.bin/extids hook ${name}
else
  echo "extids: not installed here (npm ci), ${HOOKS[name].missing}" >&2
fi
`;
/** git names what it rewrote: after an amend nothing was replayed, so Node need not start. */
const onRebase = (script: string) =>
  `if [ "$1" = rebase ]; then\n${script.replace(/^(?=.)/gm, '  ')}fi\n`;
/** The husky script for a hook; pre-commit's asks git first (hook/gate.ts) about `paths`. */
export const hookScript = (name: HookName, paths: GatePaths) =>
  `# extids: ${HOOKS[name].why}\n${name === 'pre-commit' ? gated(paths, runHook(name)) : name === 'post-rewrite' ? onRebase(runHook(name)) : runHook(name)}`;
/** The pre-commit script init wrote before the gate: init replaces it with the gated one. */
const UNGATED_PRE_COMMIT = `# extids: ${HOOKS['pre-commit'].why}\n${runHook('pre-commit')}`;

/**
 * git runs a merge driver through the shell. Where extids is not installed (a clone without
 * node_modules), the driver says so and leaves git's usual conflict markers to resolve.
 */
export const MERGE_DRIVER =
  '[ -x node_modules/.bin/extids ] && exec node_modules/.bin/extids merge-driver %O %A %B %P || ' +
  '{ echo "extids: not installed here, so %P was merged as plain text: resolve it, then run npm ci && npx extids repair" >&2; ' +
  'git merge-file -L ours -L base -L theirs %A %O %B; exit 1; }';

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

function huskyBin(root: string): string {
  const local = join(root, 'node_modules', 'husky', 'bin.js');
  if (existsSync(local)) return local;
  return join(dirname(createRequire(import.meta.url).resolve('husky')), 'bin.js');
}

export async function init(root: string, opts: InitOptions = {}): Promise<Report> {
  const dry = !!opts.dryRun;
  const changes: Change[] = [];
  const findings: Finding[] = [];
  const git = new Git(root);
  if (!git.isRepository())
    throw new ExtidsError(
      'NOT_A_REPOSITORY',
      `${root} is not a git repository; run \`git init\` first`,
    );

  // Config
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
    changes.push({ kind: 'config-created', file: CONFIG_FILE, tools: toolNames(config.tools) });
  } else if (opts.tools) {
    const change = setTools(configPath, opts.tools, dry);
    if (change) changes.push(change);
    else
      findings.push(
        finding(
          'info',
          'CONFIG_UNCHANGED',
          `already tracks ${toolNames(opts.tools).join(', ')}; left the config as it is`,
          { file: CONFIG_FILE },
        ),
      );
  }
  const s = loadSettings(root, existsSync(configPath) ? {} : { tools: opts.tools });
  const state = relPath(root, s.stateDir);

  // .gitignore: lock, temp, backup and quarantine files never get committed.
  const ignores = [
    `${state}/.extids.lock/`,
    '.*.tmp-*',
    `${state}/*.bak`,
    `${state}/*.corrupt-*`,
    `${state}/*.pre-migration-*`,
  ];
  const addLines = (
    file: string,
    header: string,
    lines: string[],
    purpose: 'ignore' | 'merge-driver',
  ) => {
    const added = ensureLines(join(root, file), header, lines, dry);
    if (added.length) changes.push({ kind: 'lines-added', file, lines: added, purpose });
  };
  addLines('.gitignore', '# extids: lock, temp, backup and quarantine files', ignores, 'ignore');

  // Merge driver: git config + .gitattributes for the state files and the links file.
  const attrs = [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE].map((f) => `${state}/${f} merge=extids`);
  addLines('.gitattributes', '# extids: three-way merge of the ID ledger', attrs, 'merge-driver');
  if (git.configGet('merge.extids.driver') !== MERGE_DRIVER) {
    if (!dry) {
      git.configSet('merge.extids.name', 'extids: three-way merge of external ID state');
      git.configSet('merge.extids.driver', MERGE_DRIVER);
    }
    changes.push({
      kind: 'git-config-set',
      file: '.git/config',
      key: 'merge.extids.driver',
      value: MERGE_DRIVER,
    });
  }

  // The hooks, installed with husky. A pre-commit script from before the gate, or whose gate
  // asks about other paths than the config names, is brought up to date.
  const gatePaths = quickPaths(root);
  for (const name of Object.keys(HOOKS) as HookName[]) {
    const hookFile = join(root, '.husky', name);
    const hookText = existsSync(hookFile) ? readFileSync(hookFile, 'utf8') : '';
    const script = hookScript(name, gatePaths);
    let next: string;
    let how: 'created' | 'appended' | 'updated';
    if (!hookText) [next, how] = [script, 'created'];
    else if (!hookText.includes(hookLine(name)))
      [next, how] = [`${hookText}${hookText.endsWith('\n') ? '' : '\n'}\n${script}`, 'appended'];
    else if (name === 'pre-commit' && hookText.includes(UNGATED_PRE_COMMIT))
      [next, how] = [hookText.replace(UNGATED_PRE_COMMIT, script), 'updated'];
    else if (name === 'pre-commit' && staleGate(hookText, gatePaths))
      [next, how] = [refreshGate(hookText, gatePaths), 'updated'];
    else continue;
    if (!dry) {
      mkdirSync(dirname(hookFile), { recursive: true });
      writeFileSync(hookFile, next, { mode: 0o755 });
    }
    changes.push({ kind: 'hook-installed', file: `.husky/${name}`, how });
  }
  if (git.configGet('core.hooksPath') !== '.husky/_') {
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
    changes.push({
      kind: 'git-config-set',
      file: '.git/config',
      key: 'core.hooksPath',
      value: '.husky/_ (by husky)',
    });
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
      changes.push({ kind: 'prepare-script', file: 'package.json', how: 'added' });
    } else if (!pkg.scripts.prepare.includes('husky'))
      changes.push({
        kind: 'prepare-script',
        file: 'package.json',
        how: 'left',
        current: pkg.scripts.prepare,
      });
  }
  return {
    ok: true,
    command: 'init',
    dryRun: dry,
    findings,
    changes,
    assigned: [],
    // What every command's summary counts, of the repository as init leaves it.
    stats: (await validate(loadSettings(root))).stats,
  };
}

const toolNames = (tools: ToolConfig): string[] =>
  Object.entries(tools).map(([t, c]) => (c?.key ? `${t}:${c.key}` : t));

/** `init --tools` on a configured repository: the config's tools become the ones asked for. */
function setTools(configPath: string, tools: ToolConfig, dry: boolean): Change | undefined {
  const raw = readFileSync(configPath, 'utf8');
  let config: { tools?: ToolConfig; [k: string]: unknown };
  try {
    config = JSON.parse(raw);
  } catch (err) {
    throw new ExtidsError(
      'CONFIG_INVALID',
      `${CONFIG_FILE} is not valid JSON (${(err as Error).message}); fix it before \`init --tools\` can update it`,
      { file: CONFIG_FILE },
    );
  }
  const before = toolNames(config.tools ?? {});
  const after = toolNames(tools);
  if (JSON.stringify([...before].sort()) === JSON.stringify([...after].sort())) return undefined;
  if (!dry) writeFileSync(configPath, JSON.stringify({ ...config, tools }, null, 2) + '\n');
  return { kind: 'config-tools-set', file: CONFIG_FILE, tools: after, before };
}
