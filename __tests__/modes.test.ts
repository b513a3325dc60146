/**
 * A rewritten file keeps its mode, its owner where the process may keep it, and what git tracks
 * of it (#27). Every mode a team's files have (600, 640, 664, 666, 755) on task, mapping, counters
 * and links files, under the umasks teams run with (022, and 002 in group-writable repositories),
 * through every door that rewrites them: assign, repair, migrate, the hook (a real commit) and sync
 * (against the GitHub fake). The built CLI runs as a child process under `sh -c 'umask …'`.
 */
import { afterAll, afterEach, beforeEach, describe, expect, jest, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  lstatSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic, writeFilesAtomic } from '../src/core/atomic.js';
import {
  BIN,
  cleanup,
  cli,
  COUNTERS,
  git,
  MAPPING,
  read,
  repo,
  task,
  tempDir,
  testEnv,
  write,
  type Run,
} from './helpers.js';
// @ts-expect-error: a plain ES module shared with bench/
import { startGitHubFake } from './fixtures/github-fake.mjs';

jest.setTimeout(180_000);
afterAll(cleanup);

const MODES = [0o600, 0o640, 0o664, 0o666, 0o755];
const UMASKS = ['022', '002'];
const LINKS = '.claude/state/external_id_links.json';
const TASK = 'tasks/backlog/TASK-3C4D.md';
const oct = (m: number) => m.toString(8);

/** `cmd args…` as a process under `umask`, the way a shell with that umask starts it. */
function underUmask(
  umask: string,
  cwd: string,
  cmd: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<Run> {
  return new Promise((res) => {
    const p = spawn('sh', ['-c', 'umask "$0" && exec "$@"', umask, cmd, ...args], {
      cwd,
      env: testEnv(env),
    });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('close', (code) => res({ code: code ?? -1, stdout, stderr }));
  });
}
const extidsUnder = (umask: string, cwd: string, args: string[], env?: Record<string, string>) =>
  underUmask(umask, cwd, process.execPath, [BIN, ...args], env);

/** A door's case: the repository prepared so that the door rewrites `rewrites`, and the door run. */
interface Case {
  root: string;
  /** The files given `mode` before the door runs (relative to root). */
  files: string[];
  /** The files the door must replace (a new inode): the test proves something only if it writes. */
  rewrites: string[];
  run(umask: string): Promise<Run>;
}

const twoTasks = () =>
  repo({
    tasks: { 'tasks/backlog/TASK-1A2B.md': task('TASK-1A2B'), [TASK]: task('TASK-3C4D') },
  });
const assignFirst = (root: string) =>
  expect(cli(root, ['assign', 'tasks/backlog/TASK-1A2B.md']).code).toBe(0);

const doors: Record<string, () => Case | Promise<Case>> = {
  // A second task gets its IDs: counters, mapping and the task file are rewritten.
  assign() {
    const root = twoTasks();
    assignFirst(root);
    return {
      root,
      files: [TASK, MAPPING, COUNTERS],
      rewrites: [TASK, MAPPING, COUNTERS],
      run: (umask) => extidsUnder(umask, root, ['assign', '--all']),
    };
  },
  // State files in a non-canonical layout and a task that lost its block: repair rewrites all three.
  repair() {
    const root = twoTasks();
    expect(cli(root, ['assign', '--all']).code).toBe(0);
    write(root, TASK, task('TASK-3C4D'));
    for (const f of [MAPPING, COUNTERS])
      write(root, f, JSON.stringify(JSON.parse(read(root, f)), null, 4));
    return {
      root,
      files: [TASK, MAPPING, COUNTERS],
      rewrites: [TASK, MAPPING, COUNTERS],
      run: (umask) => extidsUnder(umask, root, ['repair']),
    };
  },
  // Pre-1.0 shapes (a bare mapping with a numeric ID, bare counters) are migrated in place.
  migrate() {
    const root = twoTasks();
    write(root, TASK, task('TASK-3C4D', 'external_ids:\n  jira: PROJ-2\n  github: "2"\n'));
    write(root, MAPPING, JSON.stringify({ 'TASK-3C4D': { jira: 'PROJ-2', github: 2 } }));
    write(root, COUNTERS, JSON.stringify({ jira: { PROJ: 2 }, github: 2 }));
    return {
      root,
      files: [TASK, MAPPING, COUNTERS],
      rewrites: [MAPPING, COUNTERS],
      run: (umask) => extidsUnder(umask, root, ['migrate']),
    };
  },
  // A real commit in a repository set up by init: the hook assigns the staged task's IDs.
  hook() {
    const root = repo({ kind: 'installed', config: null });
    expect(cli(root, ['init', '--tools', 'jira:PROJ,github']).code).toBe(0);
    write(root, 'tasks/backlog/TASK-1A2B.md', task('TASK-1A2B'));
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'first task');
    write(root, TASK, task('TASK-3C4D'));
    return {
      root,
      files: [TASK, MAPPING, COUNTERS],
      rewrites: [TASK, MAPPING, COUNTERS],
      run: async (umask) => {
        git(root, 'add', TASK, MAPPING, COUNTERS); // the index records the modes given
        return underUmask(umask, root, 'git', ['commit', '-qm', 'second task']);
      },
    };
  },
  // Sync mode against the GitHub fake (Jira in counter mode beside it): a second task gets its
  // issue; the task file and all three state files are rewritten.
  async sync() {
    const remote = tempDir('extids-remote-');
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    const root = tempDir('extids-clone-');
    git(root, 'init', '-q', '-b', 'main');
    write(
      root,
      '.claude/extids.json',
      JSON.stringify({
        tools: { github: { mode: 'sync', repo: 'acme/tasks' }, jira: { key: 'PROJ' } },
      }),
    );
    write(root, 'tasks/backlog/TASK-1A2B.md', task('TASK-1A2B'));
    expect(cli(root, ['assign', '--all']).code).toBe(0); // Jira's counters, offline
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'tasks', '--no-verify');
    git(root, 'remote', 'add', 'origin', remote);
    git(root, 'push', '-q', '-u', 'origin', 'main');
    const first = await extidsUnder('022', root, ['sync'], syncEnv());
    expect([first.code, first.stdout]).toEqual([
      0,
      expect.stringMatching(/created #\d+ for TASK-1A2B/), // the result, on stdout
    ]);
    write(root, TASK, task('TASK-3C4D'));
    expect(cli(root, ['assign', '--all']).code).toBe(0);
    // Sync publishes what is committed and pushed: the second task, its Jira ID with it.
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'second task', '--no-verify');
    git(root, 'push', '-q');
    // The modes are given after the commit: a changed executable bit is an uncommitted change,
    // which sync refuses in a file it writes; here git is told not to track it.
    git(root, 'config', 'core.fileMode', 'false');
    return {
      root,
      files: [TASK, MAPPING, COUNTERS, LINKS],
      rewrites: [TASK, MAPPING, COUNTERS, LINKS],
      run: (umask) => extidsUnder(umask, root, ['sync'], syncEnv()),
    };
  },
};

type Fake = Awaited<ReturnType<typeof startGitHubFake>>;
let fake: Fake;
beforeEach(async () => {
  fake = await startGitHubFake();
  fake.seedPullRequests(3);
});
afterEach(() => fake.close());
const syncEnv = () => ({
  GITHUB_TOKEN: fake.token,
  GITHUB_API_URL: fake.url,
  EXTIDS_HTTP_TIMEOUT_MS: '5000',
});

describe.each(Object.keys(doors))('%s keeps the mode of every file it rewrites', (door) => {
  test.each(UMASKS)('modes 600, 640, 664, 666, 755 under umask %s', async (umask) => {
    for (const mode of MODES) {
      const c = await doors[door]!();
      const where = `${door}, mode ${oct(mode)}, umask ${umask}`;
      for (const f of c.files) chmodSync(join(c.root, f), mode);
      const inodes = Object.fromEntries(c.files.map((f) => [f, statSync(join(c.root, f)).ino]));
      const r = await c.run(umask);
      expect([where, r.code, r.stderr]).toEqual([where, 0, expect.anything()]);
      const rewritten = c.files.filter((f) => statSync(join(c.root, f)).ino !== inodes[f]);
      expect([where, rewritten]).toEqual([where, c.rewrites]);
      for (const f of c.files)
        expect([where, f, oct(statSync(join(c.root, f)).mode & 0o777)]).toEqual([
          where,
          f,
          oct(mode),
        ]);
      if (door === 'hook') {
        // What git committed: the executable bit, as the file had it.
        const staged = git(c.root, 'ls-files', '-s', TASK).split(' ')[0];
        expect([where, staged]).toEqual([where, mode & 0o100 ? '100755' : '100644']);
        expect([where, git(c.root, 'status', '--porcelain')]).toEqual([where, '']);
      }
    }
  });
});

describe('what else a rewrite keeps', () => {
  test('a new state file takes the umask, as every file a person creates does (664 under umask 002)', async () => {
    const root = twoTasks();
    const r = await extidsUnder('002', root, ['assign', '--all']);
    expect(r.code).toBe(0);
    for (const f of [MAPPING, COUNTERS])
      expect(oct(statSync(join(root, f)).mode & 0o777)).toBe('664');
  });

  (process.getuid?.() === 0 ? test : test.skip)(
    'run as root (a CI container over a runner-owned checkout), the owner and group of each file are kept',
    async () => {
      const c = await doors.assign!();
      for (const f of c.files) chownSync(join(c.root, f), 1234, 2345);
      const r = await extidsUnder('022', c.root, ['assign', '--all']);
      expect(r.code).toBe(0);
      for (const f of c.files) {
        const st = statSync(join(c.root, f));
        expect([f, st.uid, st.gid]).toEqual([f, 1234, 2345]);
      }
    },
  );

  // The readers refuse a linked state file (UNREADABLE) and say what they do with a linked task
  // file; the write path is the last guard for every file it is asked to replace.
  test('the write path neither replaces a symbolic link nor writes through it, alone or in a batch', async () => {
    const dir = tempDir();
    const target = write(dir, 'shared/task.md', 'the original\n');
    const link = join(dir, 'tasks/task.md');
    write(dir, 'tasks/other.md', 'other\n');
    symlinkSync('../shared/task.md', link);
    expect(() => writeFileAtomic(link, 'new\n')).toThrow(
      /tasks\/task\.md is a symbolic link: extids does not write through links or replace them; nothing was written/,
    );
    await expect(
      writeFilesAtomic([
        { path: join(dir, 'tasks/other.md'), data: 'changed\n' },
        { path: link, data: 'new\n' },
      ]),
    ).rejects.toMatchObject({ code: 'WRITE_FAILED', details: { file: link } });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe('../shared/task.md');
    expect(readFileSync(target, 'utf8')).toBe('the original\n');
    expect(read(dir, 'tasks/other.md')).toBe('other\n'); // nothing of the batch was written
    expect(readdirSync(join(dir, 'tasks')).sort()).toEqual(['other.md', 'task.md']);
  });
});
