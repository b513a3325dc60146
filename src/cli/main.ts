/**
 * `extids`: the people's door. Parses arguments once, calls the core, prints the report
 * (or one JSON document with --json) and returns the exit code: 0 fine, 1 errors remain,
 * 2 it could not run.
 */
import { Command, CommanderError, Option } from 'commander';
import { join, resolve } from 'node:path';
import {
  assign,
  checkRoot,
  checkTopLevel,
  CONFIG_FILE,
  DEFAULT_STATE_DIR,
  ExtidsError,
  Git,
  loadSettings,
  lookup,
  migrate,
  parseStarts,
  parseToolList,
  parseToolNames,
  repair,
  SyncFailed,
  TOOLS,
  validate,
  type OpOptions,
  type Report,
  type Settings,
  type SyncReport,
  type Tool,
} from '../core/index.js';
import { lockFromEnv } from '../doors/env.js';
import type { Io } from '../doors/io.js';
import {
  ansiStyle,
  changeLines,
  formatFindings,
  jsonReport,
  nextLines,
  noStyle,
  shownPath,
  summaryLine,
  type Style,
} from '../doors/render.js';
import { VERSION } from './version.js';

interface GlobalOptions {
  root?: string;
  config?: string;
  stateDir?: string;
  tasksDir?: string;
  tools?: string;
  json?: boolean;
  verbose?: boolean;
}

const EXAMPLES: Record<string, string> = {
  validate: '  $ extids validate\n  $ extids validate --json | jq .findings',
  migrate: '  $ extids migrate --dry-run\n  $ extids migrate',
  repair: '  $ extids repair --dry-run   # see what it would do\n  $ npx extids repair',
  assign:
    '  $ extids assign tasks/backlog/TASK-E01-b2c4-login.md\n  $ extids assign --all --dry-run',
  lookup:
    '  $ extids lookup TASK-E01-b2c4\n  $ extids lookup PROJ-456\n  $ extids lookup 234 --tool github',
  init: "  $ extids init --tools jira:PROJ,github\n  $ extids init --tools jira:PROJ --start jira:PROJ=58   # PROJ-1…57 exist already\n  $ extids init --clone   # in a teammate's clone: what prepare runs on npm ci",
  sync: [
    '  $ GITHUB_TOKEN=… extids sync --dry-run',
    '  $ JIRA_EMAIL=… JIRA_API_TOKEN=… extids sync --tools jira',
    '  $ LINEAR_API_KEY=… extids sync --tools linear --json',
    '  $ AZURE_DEVOPS_TOKEN=… extids sync --tools azure_devops --max-creates 40',
    '  $ GITHUB_TOKEN=… extids sync --rebuild-links',
    '  (each tool in sync mode reads its own variables; the README lists them)',
  ].join('\n'),
};

/** The settings of the repository a command reads; a root that is not one stops it (exit 2). */
export function settingsFrom(io: Io, g: GlobalOptions): Settings {
  const top = g.root === undefined ? new Git(io.cwd).topLevel() : undefined;
  const root = rootFrom(io, g) ?? top;
  if (!root)
    throw new ExtidsError(
      'NOT_A_REPOSITORY',
      `${io.cwd} is not inside a git repository; run extids in your task repository, or pass --root DIR`,
    );
  const s = loadSettings(root, {
    config: g.config,
    stateDir: g.stateDir,
    tasksDir: g.tasksDir,
    tools: g.tools ? parseToolList(g.tools) : undefined,
    rootGiven: g.root !== undefined,
  });
  if (top) checkRoot(s, {}, top);
  else checkRoot(s);
  return s;
}

/**
 * The root a person named with --root, resolved (undefined: none named). An empty path option
 * (`--root ''`, `--tasks-dir ''`) is a usage error, not the current directory.
 */
/** `sync --json`: the report every command gives, and the plan, what was done, the requests. */
const syncJson = (r: SyncReport) => ({
  ...jsonReport(r),
  plan: r.plan,
  synced: r.synced,
  requests: r.requests,
});

function rootFrom(io: Io, g: GlobalOptions): string | undefined {
  for (const [flag, v] of [
    ['--root', g.root],
    ['--config', g.config],
    ['--state-dir', g.stateDir],
    ['--tasks-dir', g.tasksDir],
  ] as const)
    if (v !== undefined && v.trim() === '')
      throw new ExtidsError('USAGE', `${flag} needs a path; "${v}" names none`);
  return g.root === undefined ? undefined : resolve(io.cwd, g.root);
}

/** A progress line on stderr, only for a person watching a terminal. */
function progress(io: Io, g: GlobalOptions): OpOptions['onProgress'] {
  if (g.json || !io.stderr.isTTY || io.env.CI) return undefined;
  let last = 0;
  return (phase, done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    io.stderr.write(done < total ? `\r${phase} ${done}/${total}…` : '\r\x1b[2K');
  };
}

export async function main(io: Io): Promise<number> {
  const st: Style = io.stdout.isTTY && !io.env.NO_COLOR ? ansiStyle : noStyle;
  let exit = 0;
  let json = io.argv.includes('--json');
  let command = io.argv.find((a) => !a.startsWith('-')) ?? '';

  const print = (r: Report, extra: string[] = []) => {
    if (json) {
      io.stdout.write(JSON.stringify(jsonReport(r), null, 2) + '\n');
    } else {
      const lines = [
        ...extra,
        ...formatFindings(r.findings, st, !!program.opts<GlobalOptions>().verbose),
      ];
      if (lines.length) io.stdout.write(lines.join('\n') + '\n');
      io.stdout.write(summaryLine(r, st) + '\n');
    }
    exit = r.ok ? 0 : 1;
  };
  /** Options, settings and operation options; `toolsOverride: false` keeps the config's tools. */
  const ctx = (cmd: Command, toolsOverride = true) => {
    const g = cmd.optsWithGlobals<GlobalOptions>();
    json = !!g.json;
    return {
      g,
      s: settingsFrom(io, toolsOverride ? g : { ...g, tools: undefined }),
      o: {
        onProgress: progress(io, g),
        lock: lockFromEnv(io.env, (line) => io.stderr.write(`extids: ${line}\n`)),
      },
    };
  };

  const program = new Command('extids')
    .description(
      'Keeps the external-ID ledger of a markdown task repository (.claude/state) valid, migrated, repaired and mergeable.',
    )
    .version(VERSION, '-V, --version', 'print the version')
    .option('--root <dir>', 'repository root (default: the git top-level of the working directory)')
    .option('--config <file>', 'config file (default: .claude/extids.json)')
    .option('--state-dir <dir>', 'state directory (default: .claude/state)')
    .option('--tasks-dir <dir>', 'tasks directory (default: tasks)')
    .option(
      '--tools <list>',
      'tools to track, overriding the config: jira:PROJ,linear:TEAM,github,azure_devops (for sync: which sync-mode tools to sync)',
    )
    .option('--json', 'print one JSON report on stdout and nothing else')
    .option('--verbose', 'list every warning instead of the first ten of each kind')
    .showHelpAfterError('(run with --help for usage)')
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText(
      'after',
      '\nExit codes: 0 fine · 1 errors remain (or lookup found nothing) · 2 could not run\nDocs: README.md, "Finding codes"',
    );

  const sub = (name: string, description: string) =>
    program
      .command(name)
      .description(description)
      .addHelpText('after', EXAMPLES[name] ? `\nExamples:\n${EXAMPLES[name]}\n` : '');

  sub('validate', 'read-only check of the state files and tasks').action(
    async (_o, cmd: Command) => {
      const { s, o } = ctx(cmd);
      print(await validate(s, o));
    },
  );
  /** A command that writes, previewed with --dry-run, whose report lists its changes. */
  const writing = (name: string, description: string, run: typeof migrate) =>
    sub(name, description)
      .option('--dry-run', 'say what would change and write nothing')
      .action(async (opts: { dryRun?: boolean }, cmd: Command) => {
        const { s, o } = ctx(cmd);
        const r = await run(s, { ...o, dryRun: opts.dryRun });
        print(r, changeLines(r));
      });
  writing('migrate', 'upgrade older schema versions in place (the originals are kept)', migrate);
  writing(
    'repair',
    'fix everything that can be fixed without a person, and say what it did',
    repair,
  );
  sub('assign', 'give external IDs to tasks that lack them, for every configured tool')
    .argument('[files...]', 'task files to assign')
    .option('--all', 'every task under the tasks directory that lacks IDs')
    .option('--dry-run', 'say which IDs would be given and write nothing')
    .action(async (files: string[], opts: { all?: boolean; dryRun?: boolean }, cmd: Command) => {
      const { s, o } = ctx(cmd);
      const r = await assign(s, {
        ...o,
        all: opts.all,
        dryRun: opts.dryRun,
        files: files.map((f) => resolve(io.cwd, f)),
      });
      const verb = r.dryRun ? 'would assign' : 'assigned';
      const lines = r.assigned.map(
        (a) => `${shownPath(a.file)}: ${verb} ${a.tool} ${st.bold(a.externalId)} to ${a.task}`,
      );
      if (!r.dryRun && r.changes.length)
        lines.push(
          st.dim(`wrote ${[...new Set(r.changes.map((c) => shownPath(c.file)))].join(', ')}`),
        );
      if (!r.assigned.length && r.ok)
        lines.push('nothing to assign: every task named already has its IDs');
      print(r, lines);
    });
  sub('lookup', 'internal ID → its external IDs; external ID → the internal ID')
    .argument('<id>', 'an internal ID (TASK-E01-b2c4) or an external ID (PROJ-456, 234)')
    .addOption(new Option('--tool <tool>', 'only this tool').choices([...TOOLS]))
    .action((id: string, opts: { tool?: Tool }, cmd: Command) => {
      const { s } = ctx(cmd);
      const r = lookup(s, id, opts.tool);
      if (json) io.stdout.write(JSON.stringify(r, null, 2) + '\n');
      else if (r.results.length)
        io.stdout.write(
          r.results
            .map(
              (x) =>
                `${x.internalId}  ${TOOLS.filter((t) => x.externalIds[t])
                  .map((t) => `${t} ${x.externalIds[t]}`)
                  .join('  ')}`,
            )
            .join('\n') + '\n',
        );
      else io.stdout.write(formatFindings(r.findings, st, true).join('\n') + '\n');
      exit = r.ok ? 0 : 1;
    });
  sub(
    'sync',
    'create and update the real tracker items (GitHub, Jira, Linear, Azure DevOps) of tasks in sync mode, each exactly once',
  )
    .option('--dry-run', 'print the plan and send no write request')
    .option(
      '--max-creates <n>',
      'refuse a plan that creates more items than this, in all trackers together',
      '25',
    )
    .option(
      '--rebuild-links',
      `rebuild .claude/state/external_id_links.json from the items' markers`,
    )
    .option(
      '--recreate <ids>',
      'tasks (TASK-1,TASK-2) whose item was deleted in the tracker: each gets a new one',
    )
    .action(
      async (
        opts: {
          dryRun?: boolean;
          maxCreates: string;
          rebuildLinks?: boolean;
          recreate?: string;
        },
        cmd: Command,
      ) => {
        // --tools picks which sync-mode tools to sync; it does not replace the config here.
        const { g, s, o } = ctx(cmd, false);
        const tools = g.tools ? parseToolNames(g.tools) : undefined;
        if (!/^\d+$/.test(opts.maxCreates))
          throw new ExtidsError(
            'USAGE',
            `--max-creates must be a whole number (0 or more), not "${opts.maxCreates}"`,
          );
        const recreate = opts.recreate
          ?.split(',')
          .map((id) => id.trim())
          .filter(Boolean);
        if (recreate?.length === 0)
          throw new ExtidsError('USAGE', '--recreate needs task IDs: --recreate TASK-1,TASK-2');
        const { runSync, syncLines } = await import('../doors/sync.js');
        const r = await runSync(s, io.env, {
          ...o,
          dryRun: opts.dryRun,
          maxCreates: Number(opts.maxCreates),
          rebuildLinks: opts.rebuildLinks,
          recreate,
          tools,
          onStep: json ? undefined : (line) => io.stderr.write(`extids: ${line}\n`),
        }).catch((err: unknown) => {
          // What finished before the error (another tracker's items, the recording) is said
          // first; the catch below prints the findings and the error.
          if (err instanceof SyncFailed && !json) {
            const done = syncLines(err.report, st, true);
            if (done.length) io.stdout.write(done.join('\n') + '\n');
          }
          throw err;
        });
        if (json) {
          io.stdout.write(JSON.stringify(syncJson(r), null, 2) + '\n');
          exit = r.ok ? 0 : 1;
        } else print(r, syncLines(r, st));
      },
    );
  sub('init', 'set extids up in a repository: config, .gitignore, pre-commit hook, merge driver')
    .option('--dry-run', 'say what would change and write nothing')
    .option(
      '--clone',
      'only what a clone needs in its own .git/config (the merge driver); what `prepare` runs on npm ci',
    )
    .option(
      '--start <list>',
      'counter mode: the first number to hand out per tool, above what the tracker already used (jira:PROJ=58,github=120)',
    )
    .action(async (opts: { dryRun?: boolean; clone?: boolean; start?: string }, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      json = !!g.json;
      const root = rootFrom(io, g) ?? new Git(io.cwd).topLevel();
      if (!root && opts.clone) {
        // npm runs `prepare` outside a repository too (a tarball, a container build): nothing to do.
        io.stderr.write('extids: not in a git repository, so no merge driver to register\n');
        return;
      }
      if (opts.clone) {
        const { initClone } = await import('./init.js');
        const r = initClone(root!, { dryRun: opts.dryRun });
        if (json) return print(r);
        const done = r.changes.length
          ? `${r.dryRun ? 'would register' : 'registered'} the merge driver of the ID ledger in this clone's .git/config (merge.extids.driver)`
          : "the merge driver of the ID ledger is registered in this clone's .git/config";
        io.stdout.write(`extids: ${done}\n`);
        return;
      }
      if (!root)
        throw new ExtidsError(
          'NOT_A_REPOSITORY',
          `${io.cwd} is not inside a git repository; run \`git init\` first or pass --root`,
        );
      // Like every command, init works on the top level only: a subfolder would get a second ledger.
      const own = { configFile: join(root, CONFIG_FILE), stateDir: join(root, DEFAULT_STATE_DIR) };
      checkTopLevel({ root, ...own }, new Git(root).topLevel());
      const { init } = await import('./init.js');
      const r = await init(root, {
        tools: g.tools ? parseToolList(g.tools) : undefined,
        starts: opts.start === undefined ? undefined : parseStarts(opts.start),
        dryRun: opts.dryRun,
      });
      print(r, changeLines(r));
      if (!json && r.next) io.stdout.write(nextLines(r.next, st).join('\n') + '\n');
    });
  sub('hook', 'run a git hook: `extids hook pre-commit` is what .husky/pre-commit runs')
    .argument('<name>', 'pre-commit')
    .allowUnknownOption()
    .action(async () => {
      const { hookMain } = await import('../hook/pre-commit.js');
      exit = await hookMain({ ...io, argv: io.argv.slice(io.argv.indexOf('hook')) });
    });
  sub(
    'merge-driver',
    'git merge driver for the state files and the links file (set up by `extids init`)',
  )
    .argument('<base>', '%O: the common ancestor')
    .argument('<ours>', '%A: our version; the result is written here')
    .argument('<theirs>', '%B: their version')
    .argument('[path]', '%P: the path in the repository')
    .action(async (base: string, ours: string, theirs: string, path: string | undefined) => {
      const { mergeDriverMain } = await import('./merge-driver.js');
      exit = await mergeDriverMain(io, { base, ours, theirs, path });
    });

  try {
    await program.parseAsync(io.argv, { from: 'user' });
    return exit;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.exitCode === 0
      )
        return 0;
      return 2;
    }
    const e = err instanceof ExtidsError ? err : undefined;
    const message = e ? e.message : `internal error: ${(err as Error)?.stack ?? String(err)}`;
    command = program.args[0] ?? command;
    const error = { code: e?.code ?? 'INTERNAL', message };
    if (json)
      io.stdout.write(
        JSON.stringify(
          err instanceof SyncFailed
            ? { ...syncJson(err.report), ok: false, error, findings: e!.details.findings }
            : {
                ok: false,
                command,
                error,
                findings: e?.details.findings ?? [],
                changes: [],
                assigned: [],
              },
          null,
          2,
        ) + '\n',
      );
    if (!json && e?.details.findings?.length)
      io.stderr.write(formatFindings(e.details.findings, st, true).join('\n') + '\n');
    io.stderr.write(`extids: ${message}\n`);
    return e?.code === 'STATE_INVALID' ? 1 : 2;
  }
}
