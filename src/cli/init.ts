/**
 * `extids init`: config, .gitignore entries, the husky pre-commit hook and the merge driver.
 * Safe to run twice: each step checks what is there and adds only what is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
  isInside,
  relPath,
  validate,
  checkStarts,
  nextSteps,
  startCounters,
  type Change,
  type CounterStart,
  type Finding,
  type Report,
  type ToolConfig,
} from '../core/index.js';
import { gated, refreshGate, type GatePaths } from '../hook/gate.js';
import { CLONE_SETUP, MERGE_DRIVER, PREPARE, registerMergeDriver } from '../doors/clone.js';
import { attributesField, literalPattern, shellWord, unwritablePath } from '../doors/quote.js';
import { quickPaths } from '../hook/pre-commit.js';
import { OLD_ADVICE } from '../hook/old-scripts.js';

/** The git hooks init installs (with husky), and what each says when extids is not installed. */
const HOOKS = {
  'pre-commit': {
    why: 'give new tasks their external IDs, refuse broken state files',
    missing:
      'so the tasks and state files of this commit were not checked: install the dependencies (npm ci), then run: npx extids validate, and npx extids assign FILE for each new task it names',
  },
  'post-merge': {
    why: 'finish a merge of the ID ledger (frontmatter and counters) in the merge commit',
    missing:
      'so the merged ID ledger was not checked: install the dependencies (npm ci), then run: npx extids repair',
  },
  'post-rewrite': {
    why: 'finish the ID ledger (frontmatter and counters) in each commit a rebase replayed',
    missing:
      'so the rebased ID ledger was not checked: install the dependencies (npm ci), then run: npx extids repair',
  },
} as const;
type HookName = keyof typeof HOOKS;

export const hookLine = (name: HookName) => `extids hook ${name}`;
/** Where extids is not installed, the script prints advice (a single-quoted word) and runs nothing. */
const runHook = (name: HookName) => `if [ -x node_modules/.bin/extids ]; then
  node_modules/.bin/extids hook ${name}
else
  ${adviceLine(name)}
fi
`;
const adviceLine = (name: HookName) =>
  `printf '%s\\n' ${shellWord(`extids: not installed in this clone (no node_modules/.bin/extids), ${HOOKS[name].missing}`)} >&2`;
/** git names what it rewrote: after an amend nothing was replayed, so Node need not start. */
const onRebase = (script: string) =>
  `if [ "$1" = rebase ]; then\n${script.replace(/^(?=.)/gm, '  ')}fi\n`;
/** The husky script for a hook; pre-commit's asks git first (hook/gate.ts) about `paths`. */
export const hookScript = (name: HookName, paths: GatePaths) =>
  `# extids: ${HOOKS[name].why}\n${name === 'pre-commit' ? gated(paths, runHook(name)) : name === 'post-rewrite' ? onRebase(runHook(name)) : runHook(name)}`;
/** The pre-commit script init wrote before the gate: init replaces it with the gated one. */
const UNGATED_PRE_COMMIT = `# extids: ${HOOKS['pre-commit'].why}
if [ -x node_modules/.bin/extids ]; then
  node_modules/.bin/extids hook pre-commit
else
  echo "extids: not installed here (npm ci), so task IDs were not checked" >&2
fi
`;

export interface InitOptions {
  tools?: ToolConfig;
  /** `--start jira:PROJ=58`: counters started above what the trackers already used. */
  starts?: CounterStart[];
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
  // Bad input stops init before it writes anything: the tools it will track decide.
  if (opts.starts)
    checkStarts(loadSettings(root, opts.tools ? { tools: opts.tools } : {}), opts.starts);

  const { stateDir, tasksDir } = quickPaths(root);
  refuseUnwritable({ stateDir, tasksDir }); // before anything is written

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
    literalPattern(state, '/.extids.lock/'),
    '.*.tmp-*',
    ...['/*.bak', '/*.corrupt-*', '/*.pre-migration-*'].map((tail) => literalPattern(state, tail)),
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
  // `npm i -D extids` in a repository without a package.json of its own creates node_modules/:
  // `git add -A` must not commit it.
  if (!git.ignores('node_modules/'))
    addLines('.gitignore', '# npm: installed packages', ['node_modules/'], 'ignore');

  // Merge driver: git config + .gitattributes for the state files and the links file.
  const attrs = [MAPPING_FILE, COUNTERS_FILE, LINKS_FILE].map(
    (f) => `${attributesField(literalPattern(state, `/${f}`))} merge=extids`,
  );
  addLines('.gitattributes', '# extids: three-way merge of the ID ledger', attrs, 'merge-driver');
  changes.push(...driverChange(git, dry));

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
    else if ((next = upgradeHook(name, hookText, gatePaths)) !== hookText) how = 'updated';
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
  changes.push(...prepareChange(root, dry));
  // The settings as init leaves them (in a dry run: as it would leave them).
  const after = () => loadSettings(root, existsSync(configPath) ? {} : { tools: opts.tools });
  if (opts.starts) changes.push(...(await startCounters(after(), opts.starts, { dryRun: dry })));
  const validated = await validate(after());
  return {
    // What validate says of the repository init leaves is init's result too: exit 1 on errors.
    ok: validated.ok,
    command: 'init',
    dryRun: dry,
    findings: [...findings, ...validated.findings],
    changes,
    assigned: [],
    // What every command's summary counts, of the repository as init leaves it.
    stats: validated.stats,
    next: nextSteps(after(), validated.findings, toCommit(git, changes, dry)),
  };
}

/**
 * `init --clone`: what a clone needs that `git clone` does not copy, the merge driver in its own
 * .git/config. The `prepare` script runs it on `npm ci`; it writes no tracked file.
 */
export function initClone(root: string, opts: { dryRun?: boolean } = {}): Report {
  const changes = driverChange(new Git(root), !!opts.dryRun);
  const findings: Finding[] = [];
  return {
    ok: true,
    command: 'init --clone',
    dryRun: opts.dryRun,
    findings,
    changes,
    assigned: [],
    stats: { mappings: 0, tasks: 0 },
  };
}

/** The merge driver registered in `git`'s config, as a change (none when it is there already). */
function driverChange(git: Git, dry: boolean): Change[] {
  return registerMergeDriver(git, dry)
    ? [
        {
          kind: 'git-config-set',
          file: '.git/config',
          key: 'merge.extids.driver',
          value: MERGE_DRIVER,
        },
      ]
    : [];
}

/** Refuses (exit 2) a configured directory that the files init writes cannot name. */
function refuseUnwritable(dirs: GatePaths): void {
  for (const [key, dir] of Object.entries(dirs)) {
    const why = unwritablePath(dir);
    if (why)
      throw new ExtidsError('CONFIG_INVALID', `${key} ${why}; rename it in ${CONFIG_FILE}`, {
        file: CONFIG_FILE,
      });
  }
}

/**
 * A hook script of an earlier version brought up to date: the gate added to the pre-commit
 * script, its paths matched to the config, the advice line that ran a command replaced.
 */
function upgradeHook(name: HookName, text: string, paths: GatePaths): string {
  let next = text;
  if (name === 'pre-commit' && next.includes(UNGATED_PRE_COMMIT))
    next = next.replace(UNGATED_PRE_COMMIT, hookScript(name, paths));
  next = next.replace(OLD_ADVICE, (_, indent: string) => indent + adviceLine(name));
  return name === 'pre-commit' ? refreshGate(next, paths) : next;
}

/** A `prepare` script init may extend: commands of plain words joined by `&&` (no quotes, no `#`). */
const PLAIN_CHAIN =
  /^\s*[\w@%+=:,./-]+(?:\s+[\w@%+=:,./-]+)*(?:\s*&&\s*[\w@%+=:,./-]+(?:\s+[\w@%+=:,./-]+)*)*\s*$/;

/**
 * `prepare`, which `npm ci` runs in every clone: husky installs the hooks, `extids init --clone`
 * registers the merge driver. An absent or bare `husky` script becomes PREPARE; a plain `&&` chain
 * of the project's own gets what it lacks appended; anything else is left, and the change says so.
 */
function prepareChange(root: string, dry: boolean): Change[] {
  const pkgPath = join(root, 'package.json');
  if (!existsSync(pkgPath)) return [];
  const raw = readFileSync(pkgPath, 'utf8');
  const pkg = JSON.parse(raw) as { scripts?: Record<string, string> };
  const now = pkg.scripts?.prepare;
  const file = 'package.json';
  if (now?.includes(CLONE_SETUP)) return [];
  let next: string;
  if (!now?.trim() || now.trim() === 'husky') next = PREPARE;
  else if (PLAIN_CHAIN.test(now))
    next = `${now.trimEnd()} && ${/(^|[\s&])husky(\s|&|$)/.test(now) ? CLONE_SETUP : PREPARE}`;
  else return [{ kind: 'prepare-script', file, how: 'left', current: now, wanted: PREPARE }];
  if (!dry) {
    (pkg.scripts ??= {}).prepare = next;
    writeFileSync(pkgPath, JSON.stringify(pkg, null, /\t/.test(raw) ? '\t' : 2) + '\n');
  }
  return [
    { kind: 'prepare-script', file, how: now ? 'updated' : 'added', current: now, wanted: next },
  ];
}

/**
 * The `file:` dependencies of package.json that lie inside the repository (`vendor/extids-….tgz`,
 * as the README installs it), root-relative: a teammate's `npm ci` fails ENOENT without them.
 */
export function localDependencies(root: string): string[] {
  let pkg: Record<string, unknown>;
  try {
    pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    return []; // none, or unreadable: npm itself will say so
  }
  const out: string[] = [];
  for (const field of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    const deps = pkg[field];
    if (!deps || typeof deps !== 'object') continue;
    for (const spec of Object.values(deps as Record<string, unknown>)) {
      if (typeof spec !== 'string' || !spec.startsWith('file:')) continue;
      const path = resolve(root, spec.slice('file:'.length));
      if (isInside(root, path) && path !== root) out.push(relPath(root, path));
    }
  }
  return out;
}

/**
 * What the team commits: the files init changed, the package files `npm i -D` wrote, and the
 * `file:` dependencies those name inside the repository.
 */
function toCommit(git: Git, changes: Change[], dry: boolean): string[] {
  const files = changes.map((c) => c.file).filter((f) => f !== '.git/config');
  const shared = [
    '.claude',
    '.gitignore',
    '.gitattributes',
    '.husky',
    'package.json',
    'package-lock.json',
  ];
  const dirty = dry ? [] : git.changedPaths(shared);
  const top = (f: string) =>
    f.startsWith('.claude/') || f.startsWith('.husky/') ? f.split('/')[0]! : f;
  const local = localDependencies(git.cwd);
  return [...new Set([...files, ...dirty].map(top).concat(local))].sort();
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
