/** `.claude/extids.json`: which tools a repository tracks and where its state and tasks live. */
import { readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { ConfigSchema, type Config } from './schema.js';
import { describeFsError, ExtidsError } from './findings.js';
import { internalIdPattern, DEFAULT_ID_PREFIXES, TOOLS, type Tool } from './ids.js';

import {
  CONFIG_FILE,
  DEFAULT_STATE_DIR,
  DEFAULT_TASKS_DIR,
  followTasksDir,
  relPath,
} from './paths.js';

export { CONFIG_FILE, DEFAULT_STATE_DIR, DEFAULT_TASKS_DIR };

/**
 * The tools a repository tracks, with the key for Jira and Linear. `mode: 'sync'` (GitHub, Jira) means
 * the tracker numbers its own items: `extids sync` creates them, and no door predicts a number.
 */
export type ToolConfig = Partial<
  Record<
    Tool,
    {
      key?: string;
      mode?: 'counter' | 'sync';
      repo?: string;
      url?: string;
      issueType?: string;
      org?: string;
      project?: string;
      type?: string;
    }
  >
>;

/** Whether `tool` is in sync mode: its IDs come from the tracker, never from a counter. */
export const isSyncMode = (tools: ToolConfig, tool: Tool): boolean => tools[tool]?.mode === 'sync';

/** The tools in sync mode. */
export const syncTools = (tools: ToolConfig): Tool[] => TOOLS.filter((t) => isSyncMode(tools, t));

/** Files under the tasks directory that are not tasks, by default. */
export const DEFAULT_EXCLUDE = ['**/templates/**'];

/** A whole-string match: `idPattern` names the whole ID, not a part of it. */
const anchored = (re: string) => `^(?:${re.replace(/^\^/, '').replace(/\$$/, '')})$`;

/**
 * Globs (relative to the tasks directory, forward slashes) as one regular expression: `**` any
 * number of folders, `*` any characters but a slash, `?` one of them. Nothing else is special.
 */
export function globsToRegExp(globs: readonly string[]): RegExp | undefined {
  if (globs.length === 0) return undefined;
  const one = (g: string) =>
    g
      .replace(/^\.\//, '')
      .split(/(\*\*\/|\/\*\*$|\*\*|\*|\?)/)
      .map((t) =>
        t === '**/'
          ? '(?:.*/)?'
          : t === '/**'
            ? '(?:/.*)?'
            : t === '**'
              ? '.*'
              : t === '*'
                ? '[^/]*'
                : t === '?'
                  ? '[^/]'
                  : t.replace(/[.+^${}()|[\]\\]/g, '\\$&'),
      )
      .join('');
  return new RegExp(`^(?:${globs.map(one).join('|')})$`);
}

export interface Settings {
  root: string;
  configFile: string;
  config: Config;
  stateDir: string;
  tasksDir: string;
  tools: ToolConfig;
  idPattern: RegExp;
  /** Task-directory-relative paths of markdown files that are not tasks (templates). */
  exclude?: RegExp;
  /** The state directory was named for this run (--state-dir, the action's state-dir input). */
  stateDirGiven?: boolean;
}

export interface SettingsOverrides {
  config?: string;
  stateDir?: string;
  tasksDir?: string;
  tools?: ToolConfig;
  /**
   * The root was named by a person (--root, the action's root): it must exist. A mistyped path is
   * not an empty repository. (A --tasks-dir override must exist whenever it is given.)
   */
  rootGiven?: boolean;
}

/**
 * The tools `sync --tools` names: `jira,github` (a key, `jira:PROJ`, is allowed and ignored: the
 * config says each tool's project). Throws USAGE for a name that is no tool.
 */
export function parseToolNames(spec: string): Tool[] {
  const keyed = spec.split(',').find((s) => s.includes(':'));
  if (keyed !== undefined)
    throw new ExtidsError(
      'USAGE',
      `--tools ${keyed.trim()}: sync takes tool names (jira, linear, …); the project or team is the config's ("tools": {"${keyed.split(':')[0]!.trim()}": {"key": …}})`,
    );
  const names = spec
    .split(',')
    .map((s) => s.trim().toLowerCase().replace(/-/g, '_'))
    .filter(Boolean);
  for (const n of names)
    if (!(TOOLS as readonly string[]).includes(n))
      throw new ExtidsError(
        'USAGE',
        `--tools names "${n}", which is no tool (use ${TOOLS.join(', ')})`,
      );
  if (names.length === 0) throw new ExtidsError('USAGE', '--tools names no tool');
  return [...new Set(names)] as Tool[];
}

/** Parses `jira:PROJ,linear:TEAM,github` (the action's `tools` input and the CLI's --tools). */
export function parseToolList(spec: string): ToolConfig {
  const out: ToolConfig = {};
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [name, key] = part.split(':').map((s) => s.trim());
    const n = name!.toLowerCase().replace(/-/g, '_');
    const twice =
      (n === 'jira' || n === 'linear' || n === 'github' || n === 'azure_devops') && out[n];
    if (twice)
      throw new ExtidsError(
        'USAGE',
        `"${spec}" names ${n} twice (${n}${twice.key ? `:${twice.key}` : ''} and ${part}); a repository tracks one ${n} ${n === 'jira' ? 'project' : n === 'linear' ? 'team' : 'repository'}`,
      );
    if (n === 'jira' || n === 'linear') {
      const example = `${n}:${n === 'jira' ? 'PROJ' : 'TEAM'}`;
      if (!key) throw new ExtidsError('USAGE', `"${part}": ${n} needs a key, e.g. ${example}`);
      if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(key))
        throw new ExtidsError(
          'USAGE',
          `"${part}": "${key}" is not a valid ${n === 'jira' ? 'project' : 'team'} key: a key is a letter, then letters, digits or _ (e.g. ${example}; the number comes from extids)`,
        );
      out[n] = { key: key.toUpperCase() };
    } else if (n === 'github' || n === 'azure_devops') {
      if (key) throw new ExtidsError('USAGE', `"${part}": ${n} takes no key`);
      out[n] = {};
    } else
      throw new ExtidsError(
        'USAGE',
        `"${part}": unknown tool (use jira:KEY, linear:KEY, github, azure_devops)`,
      );
  }
  return out;
}

export function loadSettings(root: string, o: SettingsOverrides = {}): Settings {
  if (o.rootGiven) requireDirectory(root, 'the repository root');
  if (o.tasksDir !== undefined) requireDirectory(resolve(root, o.tasksDir), 'the tasks directory');
  const configFile = o.config ? resolve(root, o.config) : join(root, CONFIG_FILE);
  let config: Config = {};
  let text: string | undefined;
  try {
    text = readFileSync(configFile, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT' || o.config)
      throw new ExtidsError(
        'CONFIG_INVALID',
        `cannot read the config ${configFile}: ${describeFsError(err)}`,
        { file: configFile },
      );
  }
  if (text !== undefined) {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (err) {
      throw new ExtidsError(
        'CONFIG_INVALID',
        `${configFile} is not valid JSON: ${(err as Error).message}`,
        { file: configFile },
      );
    }
    const r = ConfigSchema.safeParse(json);
    if (!r.success) {
      const i = r.error.issues[0]!;
      throw new ExtidsError(
        'CONFIG_INVALID',
        `${configFile}: ${i.path.join('.') || 'top level'}: ${i.message}`,
        { file: configFile },
      );
    }
    config = r.data;
  }
  const at = (p: string) => (isAbsolute(p) ? p : resolve(root, p));
  const tasksDir = at(o.tasksDir ?? config.tasksDir ?? DEFAULT_TASKS_DIR);
  const followed = followTasksDir(root, tasksDir);
  if (followed === undefined)
    throw new ExtidsError(
      'OUTSIDE_ROOT',
      `the tasks directory ${relPath(root, tasksDir)} is a symbolic link that leads outside the repository (to ${realpathSync(tasksDir)}); extids follows a tasks directory link only inside ${root}: point it there, or name the real folder in ${CONFIG_FILE} ("tasksDir")`,
      { file: tasksDir },
    );
  return {
    root,
    configFile,
    config,
    stateDir: at(o.stateDir ?? config.stateDir ?? DEFAULT_STATE_DIR),
    tasksDir: followed,
    tools: o.tools ?? (config.tools as ToolConfig | undefined) ?? {},
    idPattern: config.idPattern
      ? new RegExp(anchored(config.idPattern))
      : internalIdPattern(config.idPrefixes ?? DEFAULT_ID_PREFIXES),
    exclude: globsToRegExp(config.exclude ?? DEFAULT_EXCLUDE),
    stateDirGiven: o.stateDir !== undefined,
  };
}

/** A directory a person named: missing or not a directory stops the run with the path. */
function requireDirectory(path: string, what: string): void {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (err) {
    throw new ExtidsError(
      'UNREADABLE',
      `${what} ${path} is not a directory: ${describeFsError(err)}`,
      { file: path },
    );
  }
  if (!st.isDirectory())
    throw new ExtidsError('NOT_A_DIRECTORY', `${what} ${path} is not a directory`, { file: path });
}
