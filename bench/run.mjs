// npm run bench: medians of whole-process timings, as ratios to a baseline measured in the same run.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, hostname, platform, release, tmpdir, totalmem } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';

const BIN = resolve('dist/cli/extids.js');
const N = Number(process.env.BENCH_RUNS ?? 7);
/** BENCH_NODE runs the CLI and the `node -e 0` baseline on another Node (e.g. the action's 24). */
const NODE = process.env.BENCH_NODE || process.execPath;
const NODE_VERSION = execFileSync(NODE, ['--version']).toString().trim();
const RSS = resolve('bench/max-rss.mjs');
/**
 * Variables that change what Node does at every start, removed from every timed command so that
 * `node -e 0` is the bare start a developer's shell gives. NODE_EXTRA_CA_CERTS is the one that
 * matters: Node 20 reads and parses the whole bundle at start (Node 22 and later only when TLS is
 * used), which adds tens of milliseconds to the baseline and to every command alike and so makes
 * each ratio look smaller than it is. The header names what was removed and what it cost.
 */
const START_VARS = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
const removed = START_VARS.filter((v) => process.env[v] !== undefined);
const env = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !START_VARS.includes(k))),
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@b',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@b',
  HUSKY: '',
};
/** The CLI's peak memory (max RSS, MB) for one run, reported by bench/max-rss.mjs at exit. */
function maxRssMb(args, cwd) {
  const r = spawnSync(NODE, ['--import', RSS, BIN, ...args], { cwd, env, encoding: 'utf8' });
  const m = /extids-bench max-rss (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no max-rss from ${args.join(' ')}: ${r.stderr}`);
  return Number(m[1]) / 1024;
}
const git = (cwd, ...a) => execFileSync('git', a, { cwd, env, stdio: 'pipe' }).toString();
const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time(cmd, args, opts = {}, runs = N, before) {
  const xs = [];
  for (let i = 0; i < runs; i++) {
    before?.();
    const t = performance.now();
    const r = spawnSync(cmd, args, { env, ...opts });
    xs.push(performance.now() - t);
    if (r.status !== 0 && !opts.allowFail)
      throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return median(xs);
}
/**
 * Medians of several commands timed in rounds: each runs once per round, in turn, so a slow spell
 * of the machine hits them alike. A command is Node with `args` unless it names its own `cmd`.
 */
function timeRounds(commands, runs) {
  const xs = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (let i = 0; i < runs; i++)
    for (const [k, c] of Object.entries(commands))
      xs[k].push(time(c.cmd ?? NODE, c.args, c.opts, 1, c.before));
  return Object.fromEntries(Object.entries(xs).map(([k, v]) => [k, median(v)]));
}
const FLOOR = resolve('bench/hook-floor.cjs');
const hex = (i) => i.toString(16).padStart(5, '0');
const taskText = (id, ext = '') =>
  `---\nid: ${id}\ntitle: "Task ${id}"\nstatus: backlog\ncreated: 2026-01-01T00:00:00Z\ntags: [a, b]\n${ext}---\n\n# ${id}\n\nBody.\n`;

function repo(tasks, withIds) {
  const root = mkdtempSync(join(tmpdir(), 'extids-bench-'));
  git(root, 'init', '-q');
  mkdirSync(join(root, '.claude/state'), { recursive: true });
  writeFileSync(
    join(root, '.claude/extids.json'),
    JSON.stringify({ tools: { jira: { key: 'PROJ' }, github: {} } }),
  );
  const mappings = {};
  for (let i = 0; i < tasks; i++) {
    const id = `TASK-E${String(i % 90).padStart(2, '0')}-${hex(i)}`;
    const dir = join(root, 'tasks', ['backlog', 'in_progress', 'completed/2026-03'][i % 3]);
    mkdirSync(dir, { recursive: true });
    const ids = i < withIds ? { github: String(i + 1), jira: `PROJ-${i + 1}` } : undefined;
    if (ids) mappings[id] = ids;
    writeFileSync(
      join(dir, `${id}.md`),
      taskText(id, ids ? `external_ids:\n  github: "${ids.github}"\n  jira: ${ids.jira}\n` : ''),
    );
  }
  const stamp = '2026-01-01T00:00:00Z';
  // As the reference implementation writes it: json.dump(indent=2, sort_keys=True).
  const sorted = Object.fromEntries(
    Object.keys(mappings)
      .sort()
      .map((k) => [k, mappings[k]]),
  );
  writeFileSync(
    join(root, '.claude/state/external_id_mapping.json'),
    JSON.stringify({ mappings: sorted, updated: stamp, version: '1.0' }, null, 2),
  );
  writeFileSync(
    join(root, '.claude/state/external_id_counters.json'),
    JSON.stringify(
      {
        counters: { azure_devops: 0, github: withIds, jira: { PROJ: withIds }, linear: {} },
        updated: stamp,
        version: '1.0',
      },
      null,
      2,
    ),
  );
  settle();
  return root;
}

/**
 * Writes the page cache back before timing: thousands of files just created are otherwise
 * flushed while the first runs are timed, and those runs measure the disk, not extids.
 */
function settle() {
  spawnSync('sync');
}

/** Median of `assign --all` runs, each on a fresh repository from `make()` (a run changes it). */
function timeAssignAll(make, runs = 3) {
  let root;
  const ms = time(
    NODE,
    [BIN, 'assign', '--all', '--root', '.'],
    {
      get cwd() {
        return root;
      },
    },
    runs,
    () => {
      if (root) rmSync(root, { recursive: true, force: true });
      root = make();
    },
  );
  rmSync(root, { recursive: true, force: true });
  return ms;
}

/** BENCH_ONLY=hook,ecosystem runs only those sections (all by default). */
const want = (section) =>
  !process.env.BENCH_ONLY || process.env.BENCH_ONLY.split(',').includes(section);

const rows = [];
const row = (what, ms, baseline, baseMs, goal) =>
  rows.push({
    what,
    median_ms: ms.toFixed(1),
    baseline,
    baseline_ms: baseMs?.toFixed(1) ?? '',
    ratio: baseMs ? (ms / baseMs).toFixed(2) : '',
    goal,
  });

// 7. sync of 100 new tasks against each tracker's fake answering every request after 50 ms, on a
//    clean run and with 10 % of the write answers lost (performed, the answer never sent): wall
//    time and requests per item created (the client's count; intents and the push are git).
//    Goal on a clean run: at most 1.05 requests per item. With lost answers, the tasks whose
//    create is unknown wait (SYNC_LEFT) for a later run: the row counts what this run made.
if (want('sync')) {
  const fakes = {
    github: async (o) => {
      const { startGitHubFake } = await import('../__tests__/fixtures/github-fake.mjs');
      const f = await startGitHubFake(o);
      return {
        f,
        tools: { github: { mode: 'sync', repo: f.repo } },
        env: { GITHUB_TOKEN: f.token, GITHUB_API_URL: f.url },
      };
    },
    jira: async (o) => {
      const { startJiraFake } = await import('../__tests__/fixtures/jira-fake.mjs');
      const f = await startJiraFake(o);
      return {
        f,
        tools: { jira: { mode: 'sync', key: 'PROJ', url: f.url } },
        env: { JIRA_EMAIL: f.email, JIRA_API_TOKEN: f.token, GITHUB_REPOSITORY: 'acme/tasks' },
      };
    },
    linear: async (o) => {
      const { startLinearFake } = await import('../__tests__/fixtures/linear-fake.mjs');
      const f = await startLinearFake(o);
      return {
        f,
        tools: { linear: { mode: 'sync', key: 'TEAM' } },
        env: { LINEAR_API_KEY: f.apiKey, LINEAR_API_URL: f.url, GITHUB_REPOSITORY: 'acme/tasks' },
      };
    },
    azure_devops: async (o) => {
      const { startAzureDevOpsFake } = await import('../__tests__/fixtures/azure-devops-fake.mjs');
      const f = await startAzureDevOpsFake(o);
      return {
        f,
        tools: { azure_devops: { mode: 'sync', org: f.org, project: f.project, type: 'Task' } },
        env: {
          AZURE_DEVOPS_TOKEN: f.pat,
          AZURE_DEVOPS_URL: f.url,
          GITHUB_REPOSITORY: 'acme/tasks',
        },
      };
    },
  };
  for (const [tool, start] of Object.entries(fakes))
    for (const lost of [0, 0.1]) {
      const {
        f,
        tools,
        env: creds,
      } = await start({
        latencyMs: 50,
        faultRate: lost,
        faultKinds: ['lost'],
      });
      const remote = mkdtempSync(join(tmpdir(), 'extids-bench-remote-'));
      git(remote, 'init', '-q', '--bare', '-b', 'main');
      const seed = repo(100, 0);
      writeFileSync(join(seed, '.claude/extids.json'), JSON.stringify({ tools }));
      git(seed, 'add', '-A');
      git(seed, 'commit', '-qm', 'tasks', '--no-verify');
      git(seed, 'branch', '-M', 'main');
      git(seed, 'remote', 'add', 'origin', remote);
      git(seed, 'push', '-q', '-u', 'origin', 'main');
      const t = performance.now();
      const r = await new Promise((res) => {
        const c = spawn(NODE, [BIN, 'sync', '--max-creates', '100', '--json'], {
          cwd: seed,
          env: { ...env, ...creds, EXTIDS_HTTP_TIMEOUT_MS: '5000' },
        });
        let out = '';
        c.stdout.on('data', (d) => (out += d));
        c.on('close', (code) => res({ code, out }));
      });
      const ms = performance.now() - t;
      if (r.code !== 0) throw new Error(`${tool} sync failed: ${r.out}`);
      const report = JSON.parse(r.out);
      const made = report.synced.filter(
        (x) => x.action === 'create' || x.action === 'adopt',
      ).length;
      row(
        `sync, 100 new tasks, ${tool} fake at 50 ms a request${lost ? ', 10 % answers lost' : ''}: ${made} made, ${(report.requests / Math.max(1, made)).toFixed(2)} requests per item`,
        ms,
        '100 × 50 ms (the creates alone)',
        5000,
        lost ? '' : '≤ 1.05 requests per item',
      );
      await f.close();
      for (const d of [remote, seed]) rmSync(d, { recursive: true, force: true });
    }
}

/** A script that reads every task file under `root`/tasks and JSON.parses both state files. */
const readAllScript = (root) =>
  `const fs=require('fs'),p=require('path');const walk=d=>{for(const e of fs.readdirSync(d,{withFileTypes:true})){const q=p.join(d,e.name);if(e.isDirectory())walk(q);else if(e.name.endsWith('.md'))fs.readFileSync(q,'utf8')}};walk(${JSON.stringify(join(root, 'tasks'))});for(const f of ['external_id_mapping.json','external_id_counters.json'])JSON.parse(fs.readFileSync(${JSON.stringify(join(root, '.claude/state'))}+'/'+f,'utf8'))`;

// 1. The pre-commit hook on a 5,000-task repository, against `node -e 0`: nothing task-related
//    staged (a README), and one new task staged (it gets its IDs and is restaged). What is timed
//    is what git runs: the .husky/pre-commit script `extids init` writes (`sh -e`, as husky runs
//    it), with extids linked into node_modules/.bin as npm links it, on the Node being measured.
if (want('hook')) {
  const root = repo(5000, 5000);
  const { hookScript } = await import('../lib/cli/init.js');
  const { quickPaths } = await import('../lib/hook/pre-commit.js');
  writeFileSync(join(root, '.gitignore'), 'node_modules/\n');
  mkdirSync(join(root, '.husky'));
  writeFileSync(join(root, '.husky/pre-commit'), hookScript('pre-commit', quickPaths(root)));
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base', '--no-verify');
  mkdirSync(join(root, 'node_modules/.bin'), { recursive: true });
  symlinkSync(BIN, join(root, 'node_modules/.bin/extids'));
  settle();
  const script = {
    cmd: 'sh',
    args: ['-e', '.husky/pre-commit'],
    opts: { cwd: root, env: { ...env, PATH: `${dirname(NODE)}${delimiter}${env.PATH}` } },
  };
  writeFileSync(join(root, 'README.md'), 'x\n');
  git(root, 'add', 'README.md');
  const none = timeRounds(
    {
      node0: { args: ['-e', '0'] },
      floor: { args: [FLOOR, 'none'], opts: { cwd: root } },
      node: { args: [BIN, 'hook', 'pre-commit'], opts: { cwd: root } },
      script,
    },
    N * 2,
  );
  row(
    'hook, nothing task-related staged (5,000 tasks): .husky/pre-commit',
    none.script,
    'node -e 0',
    none.node0,
    '≤ 1.3×',
  );
  row(
    '  extids hook pre-commit alone (as the script ran it before the gate)',
    none.node,
    'node -e 0',
    none.node0,
    '',
  );
  row(
    '  the least a Node hook can do here (bench/hook-floor.cjs none)',
    none.floor,
    'node -e 0',
    none.node0,
    '',
  );
  const stageNew = () => {
    git(root, 'reset', '-q', '--hard');
    writeFileSync(join(root, 'tasks/backlog/TASK-NEW1.md'), taskText('TASK-NEW1'));
    git(root, 'add', 'tasks/backlog/TASK-NEW1.md');
  };
  const one = timeRounds(
    {
      node0: { args: ['-e', '0'] },
      floor: { args: [FLOOR, 'one'], opts: { cwd: root }, before: stageNew },
      script: { ...script, before: stageNew },
    },
    N * 2,
  );
  const staged = git(root, 'diff', '--cached', '--name-only');
  if (!staged.includes('external_id_mapping.json'))
    throw new Error(`the hook did not restage the mapping: ${staged}`);
  row(
    'hook, one new task staged (5,000 tasks): .husky/pre-commit',
    one.script,
    'node -e 0',
    one.node0,
    '≤ 2×',
  );
  row(
    '  the least a Node hook can do here (bench/hook-floor.cjs one)',
    one.floor,
    'node -e 0',
    one.node0,
    '',
  );
  rmSync(root, { recursive: true, force: true });
}

// 2. validate on 20,000 tasks and their mappings, against a script that reads every task file
//    and JSON.parses both state files (in rounds, as the hook rows).
if (want('validate')) {
  const root = repo(20000, 20000);
  const v = timeRounds(
    {
      base: { args: ['-e', readAllScript(root)] },
      validate: { args: [BIN, 'validate', '--root', root] },
    },
    N,
  );
  row('validate, 20,000 tasks + mappings', v.validate, 'read files + JSON.parse', v.base, '≤ 1.5×');
  rmSync(root, { recursive: true, force: true });
}

// 3. assign --all of 300 new tasks on a 5,000-mapping state, against bench/reference_model.py
//    (the reference's persistence: both files rewritten with an fsync'd atomic write per ID).
if (want('assign')) {
  const make = () => repo(5300, 5000);
  const ms = timeAssignAll(make);
  const py = spawnSync('python3', ['-c', 'import yaml'], { env });
  if (py.status === 0) {
    let root;
    const ref = time(
      'python3',
      [resolve('bench/reference_model.py'), '.', 'github,jira:PROJ'],
      {
        get cwd() {
          return root;
        },
      },
      3,
      () => {
        if (root) rmSync(root, { recursive: true, force: true });
        root = make();
      },
    );
    rmSync(root, { recursive: true, force: true });
    row(
      `assign --all, 300 new tasks on 5,000 mappings (${(ref / ms).toFixed(1)}× faster)`,
      ms,
      'reference model (Python)',
      ref,
      '≥ 30× faster',
    );
  } else
    row(
      'assign --all, 300 new tasks on 5,000 mappings',
      ms,
      '(no python3 + PyYAML)',
      undefined,
      '',
    );
  const big = timeAssignAll(() => repo(11000, 10000));
  row('assign --all, 1,000 new tasks on 10,000 mappings', big, '', undefined, '< 1.5 s');
}

// 4. Peak memory at 100,000 tasks: validate (all with IDs), and assign --all (1,000 of them new).
const memory = [];
if (want('memory')) {
  const root = repo(100000, 99000);
  memory.push({
    run: 'assign --all, 100,000 tasks (1,000 new)',
    'max RSS (MB)': maxRssMb(['assign', '--all', '--root', root], root).toFixed(0),
  });
  memory.push({
    run: 'validate, 100,000 tasks + mappings',
    'max RSS (MB)': maxRssMb(['validate', '--root', root], root).toFixed(0),
  });
  rmSync(root, { recursive: true, force: true });
}
/** A repository whose state holds `n` mappings (Jira and GitHub) and no task files. */
function stateRepo(n) {
  const root = repo(0, 0);
  const mappings = {};
  for (let i = 0; i < n; i++)
    mappings[`TASK-M01-${hex(i)}`] = { github: String(i + 1), jira: `PROJ-${i + 1}` };
  writeFileSync(
    join(root, '.claude/state/external_id_mapping.json'),
    JSON.stringify({ mappings, updated: 'u', version: '1.0' }, null, 2),
  );
  writeFileSync(
    join(root, '.claude/state/external_id_counters.json'),
    JSON.stringify(
      {
        counters: { azure_devops: 0, github: n, jira: { PROJ: n }, linear: {} },
        updated: 'u',
        version: '1.0',
      },
      null,
      2,
    ),
  );
  return root;
}
const TX = resolve('bench/tx.mjs');
/** Milliseconds that bench/tx.mjs reports for `count` transactions (or naive rewrites) on `n` mappings. */
function txMs(n, count, mode) {
  const root = stateRepo(n);
  const r = spawnSync(process.execPath, [TX, join(root, '.claude/state'), String(count), mode], {
    env,
    encoding: 'utf8',
  });
  rmSync(root, { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`bench/tx.mjs failed: ${r.stderr}`);
  return Number(r.stdout);
}

// 3. 1,000 single-ID transactions through the library API on 10,000 mappings, against 1,000 bare
//    rewrites of both files (no lock, no fsync): the per-ID rewrite the reference did, at its floor.
if (want('tx')) {
  const naive = txMs(10000, 1000, 'naive');
  const api = txMs(10000, 1000, 'api');
  row(
    '1,000 single-ID transactions (library API) on 10,000 mappings',
    api,
    '1,000 bare rewrites',
    naive,
    '',
  );
}

// 4. Eight processes assigning at once: 8 × 25 single-ID transactions, against one process doing
//    the same 200 in a row. Throughput in assignments per second.
if (want('concurrency')) {
  const worker = resolve('__tests__/fixtures/worker.mjs');
  const run = (procs, each) => {
    const root = stateRepo(1000);
    const dir = join(root, '.claude/state');
    const t = performance.now();
    return Promise.all(
      Array.from(
        { length: procs },
        (_, p) =>
          new Promise((res, rej) => {
            const c = spawn(process.execPath, [worker, dir, `W${p}`, String(each)], { env });
            c.on('close', (code) => (code === 0 ? res() : rej(new Error(`worker exited ${code}`))));
          }),
      ),
    ).then(() => {
      const ms = performance.now() - t;
      rmSync(root, { recursive: true, force: true });
      return ms;
    });
  };
  const serial = await run(1, 200);
  const parallel = await run(8, 25);
  const rate = (ms) => `${Math.round(200 / (ms / 1000))}/s`;
  row(
    `8 processes × 25 assignments at once (${rate(parallel)}; one process: ${rate(serial)})`,
    parallel,
    '1 process × 200',
    serial,
    '',
  );
}

// 5. Growth from 1,000 to 100,000 mappings: validate against JSON.parse of the same files, one
//    single-ID transaction, and assign --all of 100 new tasks.
const growth = [];
for (const n of want('growth') ? [1000, 10000, 100000] : []) {
  const root = stateRepo(n);
  const parse = `const fs=require('fs');for (const f of ['external_id_mapping.json','external_id_counters.json']) JSON.parse(fs.readFileSync('${root}/.claude/state/'+f,'utf8'))`;
  const base = time(NODE, ['-e', parse]);
  const v = time(NODE, [BIN, 'validate', '--root', root]);
  rmSync(root, { recursive: true, force: true });
  const count = n >= 100000 ? 10 : 50;
  const tx = txMs(n, count, 'api') / count;
  const assign100 = timeAssignAll(() => {
    const root = repo(100, 0);
    const s = stateRepo(n);
    for (const f of ['external_id_mapping.json', 'external_id_counters.json'])
      writeFileSync(join(root, '.claude/state', f), readFileSync(join(s, '.claude/state', f)));
    rmSync(s, { recursive: true, force: true });
    return root;
  });
  row(
    `validate, ${n.toLocaleString('en')} mappings`,
    v,
    'JSON.parse only',
    base,
    n === 100000 ? '≤ 2×' : '',
  );
  growth.push({
    mappings: n.toLocaleString('en'),
    'JSON.parse only (ms)': base.toFixed(0),
    'validate (ms)': v.toFixed(0),
    'validate ratio': (v / base).toFixed(2),
    'one transaction (ms)': tx.toFixed(1),
    'assign --all, 100 new tasks (ms)': assign100.toFixed(0),
  });
}

// 6. A repository shaped like the ecosystem's: 3,000 tasks from the template (null placeholders),
//    a third of them in twin copies (moved by copying), odd ID shapes, guides and a template.
//    assign --all on a fresh copy each run, then validate of the result, against reading every
//    task file and JSON.parse of the state.
if (want('ecosystem')) {
  const make = () => ecosystemRepo(3000);
  const assignMs = timeAssignAll(make);
  const root = make();
  spawnSync(NODE, [BIN, 'assign', '--all', '--root', root], { env });
  const base = time(NODE, ['-e', readAllScript(root)]);
  const v = time(NODE, [BIN, 'validate', '--root', root]);
  rmSync(root, { recursive: true, force: true });
  row(
    'assign --all, ecosystem-shaped, 3,000 tasks (1,000 in twin copies)',
    assignMs,
    '',
    undefined,
    '',
  );
  row(
    'validate, ecosystem-shaped, 3,000 tasks after assign',
    v,
    'read files + JSON.parse',
    base,
    '',
  );
}

/** `n` task files as the reference ecosystem writes them; every third ID also has a twin copy. */
function ecosystemRepo(n) {
  const root = mkdtempSync(join(tmpdir(), 'extids-bench-eco-'));
  git(root, 'init', '-q');
  mkdirSync(join(root, '.claude/state'), { recursive: true });
  writeFileSync(
    join(root, '.claude/extids.json'),
    JSON.stringify({ tools: { jira: { key: 'PROJ' }, linear: { key: 'TEAM' } } }),
  );
  const placeholders =
    'external_ids:\n  epic_jira: null\n  epic_linear: null\n  jira: null\n  linear: null\n';
  const shapes = (i) =>
    [
      `TASK-E${String(i % 90).padStart(2, '0')}-${hex(i)}`,
      `TASK-FIX-RW${i}.4a`,
      `REV-SD-${i}`,
      `TASK-PHASE-${i}-BATCH-PROCESSING`,
    ][i % 4];
  const put = (rel, text) => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  const ids = Math.round(n * (3 / 4)); // 3/4 of the files are distinct IDs, 1/4 twin copies
  for (let i = 0; i < ids; i++) {
    const id = shapes(i);
    const folder = ['backlog', 'in_progress', 'completed/2026-03/feature-x'][i % 3];
    put(`tasks/${folder}/${id}.md`, taskText(id, placeholders));
    if (i % 3 === 0 && i / 3 < n - ids)
      put(`tasks/backlog/moved/${id}.md`, taskText(id, placeholders));
  }
  put('tasks/README.md', '# Tasks\n');
  put('tasks/backlog/feature-x/IMPLEMENTATION-GUIDE.md', '---\nid: IMPLEMENTATION-GUIDE\n---\n');
  put('tasks/templates/task.md', taskText('TASK-BENCH-{hash}', placeholders));
  return root;
}

/** What the removed variables cost `node -e 0` here, so a reader can relate other runs to this one. */
function startVarsNote() {
  if (removed.length === 0) return 'no Node start-up variables set';
  const withThem = time(NODE, ['-e', '0'], { env: { ...env, ...pick(removed) } }, N * 2);
  const without = time(NODE, ['-e', '0'], {}, N * 2);
  return `measured without ${removed.join(', ')} (set on this machine: node -e 0 takes ${withThem.toFixed(1)} ms with, ${without.toFixed(1)} ms without)`;
}
const pick = (keys) => Object.fromEntries(keys.map((k) => [k, process.env[k]]));

console.log(
  `extids bench — node ${NODE_VERSION} on ${hostname()}: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${Math.round(totalmem() / 2 ** 30)} GB, ${platform()} ${release()}; medians of ${N} runs; ${startVarsNote()}\n`,
);
console.table(rows);
if (memory.length) {
  console.log('\nPeak memory:');
  console.table(memory);
}
console.log('\nHow the costs grow with the size of the ledger:');
console.table(growth);
