import { afterAll, describe, expect, test } from '@jest/globals';
import { runActionInProcess } from './fixtures/action-core.js';
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  ACTION_NODE,
  actionEnv,
  cleanup,
  cli,
  git,
  MAPPING,
  repo,
  ROOT,
  runBundledAction,
  task,
  tempDir,
  write,
} from './helpers.js';

afterAll(cleanup);

const DIST = join(ROOT, 'dist', 'index.js');

const sample = () => repo({ tasks: { 'tasks/a.md': task('TASK-1A2B') } });

describe('the Node the bundle is tested on', () => {
  test('is the major version action.yml runs it on, whenever CI runs the suite', () => {
    const using = /^\s*using:\s*node(\d+)/m.exec(
      readFileSync(join(ROOT, 'action.yml'), 'utf8'),
    )?.[1];
    if (!process.env.EXTIDS_ACTION_NODE && !process.env.CI) return; // a laptop tests on its own Node
    const version = spawnSync(ACTION_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
    if (!version.startsWith(`v${using}.`))
      throw new Error(
        `the bundled action runs on Node ${using} (action.yml: node${using}) but this suite would test it on ${version || ACTION_NODE}: set EXTIDS_ACTION_NODE to a Node ${using} binary (\`bash scripts/node24.sh\` prints one; .ci/run does this), or run the suite on Node ${using}`,
      );
  });
});

describe('the action, in-process: run(inputs, deps)', () => {
  test('validate on a broken repository: error annotations with file and line, the step failed', async () => {
    const root = sample();
    write(
      root,
      MAPPING,
      '{\n  "mappings": {\n    "TASK-1A2B": {"jira": "PROJ-2"},\n    "TASK-3C4D": {"jira": "PROJ-2"}\n  },\n  "updated": "u",\n  "version": "1.0"\n}',
    );
    const { core } = await runActionInProcess(root, { command: 'validate', 'fail-on': 'error' });
    expect(core.outputs.ok).toBe('false');
    expect(core.annotations).toContainEqual({
      level: 'error',
      message: expect.stringMatching(/^PROJ-2 \(Jira\) is held by TASK-1A2B and TASK-3C4D/),
      props: {
        file: '.claude/state/external_id_mapping.json',
        startLine: 4,
        title: 'DUPLICATE_EXTERNAL_ID',
      },
    });
    expect(core.summaryText).toContain('npx extids repair');
    expect(core.failed).toMatch(/^extids validate: \d+ error\(s\)/);
  });

  test('repair fixes it and reports the change; validate is clean after', async () => {
    const root = sample();
    write(root, MAPPING, '{"TASK-1A2B": {"github": 4}}');
    const { core } = await runActionInProcess(root, { command: 'repair' });
    expect(core.failed).toBeUndefined();
    expect(core.outputs.changed).toBe('true');
    expect(core.summaryText).toMatch(/external_id_mapping\.json`: migrated/);
    expect((await runActionInProcess(root, { command: 'validate' })).core.outputs.ok).toBe('true');
  });

  test('a bad input is refused naming it', async () => {
    await expect(runActionInProcess(sample(), { command: 'fix-everything' })).rejects.toThrow(
      /input "command" must be validate, migrate, repair, assign or sync, not "fix-everything"/,
    );
  });
});

describe('the bundled action, run as a process with INPUT_* variables', () => {
  test('validate on a valid repository: ok, outputs, summary, warnings as annotations', () => {
    const root = sample();
    cli(root, ['assign', '--all']);
    write(root, 'tasks/b.md', task('TASK-3C4D'));
    const r = runBundledAction(root, { command: 'validate', 'fail-on': 'error' });
    expect(r.code).toBe(0);
    expect(r.outputs.ok).toBe('true');
    expect(r.outputs.changed).toBe('false');
    expect(JSON.parse(r.outputs.findings!).map((f: any) => f.code)).toEqual([
      'MISSING_EXTERNAL_ID',
      'MISSING_EXTERNAL_ID',
    ]);
    expect(r.stdout).toContain(
      '::warning title=MISSING_EXTERNAL_ID,file=tasks/b.md,line=2::TASK-3C4D has no GitHub ID',
    );
    expect(r.summary).toContain('### extids validate: ✅ no errors, 2 warning(s)');
    expect(JSON.parse(readFileSync(r.outputs.report!, 'utf8')).command).toBe('validate');
  });

  test.each([['unset'], ['empty']])(
    'with RUNNER_TEMP %s (outside a runner), the report goes to the OS temp directory, not the workspace',
    (how) => {
      const root = sample();
      const { env, files } = actionEnv(root, { command: 'validate' });
      const osTemp = tempDir('extids-os-tmp-');
      env.TMPDIR = osTemp; // what os.tmpdir() answers on Linux and macOS
      if (how === 'unset') delete env.RUNNER_TEMP;
      else env.RUNNER_TEMP = '';
      const r = spawnSync(ACTION_NODE, [DIST], { cwd: root, encoding: 'utf8', env });
      expect(r.status).toBe(0);
      const report = /^report<<(ghadelimiter_[\w-]+)\n(.*)\n\1$/m.exec(
        readFileSync(files.GITHUB_OUTPUT, 'utf8'),
      )?.[2];
      expect(report).toBe(join(osTemp, `extids-report-${r.pid}.json`));
      expect(JSON.parse(readFileSync(report!, 'utf8')).command).toBe('validate');
      expect(git(root, 'status', '--porcelain', '--untracked-files=all')).not.toMatch(/report/);
    },
  );

  test('assign with commit: true commits as github-actions[bot] and pushes to a real bare remote', () => {
    const remote = tempDir('extids-remote-');
    git(remote, 'init', '-q', '--bare', '-b', 'main');
    const root = sample();
    git(root, 'add', '-A');
    git(root, 'commit', '-qm', 'tasks');
    git(root, 'remote', 'add', 'origin', remote);
    git(root, 'push', '-q', 'origin', 'main');
    const r = runBundledAction(root, { command: 'assign', commit: 'true' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.outputs.assigned!)).toHaveLength(2);
    expect(git(remote, 'log', '-1', '--format=%an|%s', 'main').trim()).toBe(
      'github-actions[bot]|chore(extids): assign external IDs',
    );
    expect(git(remote, 'show', 'main:tasks/a.md')).toContain('jira: PROJ-1');
    // Nothing changed the second time: nothing committed.
    runBundledAction(root, { command: 'assign', commit: 'true' });
    expect(git(remote, 'rev-list', '--count', 'main').trim()).toBe('2');
  });

  test('comment: true keeps one pull-request comment up to date through the REST API', async () => {
    const requests: { method: string; url: string; body: string }[] = [];
    const comments: { id: number; body: string }[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        requests.push({ method: req.method!, url: req.url!, body });
        res.setHeader('content-type', 'application/json');
        if (req.method === 'GET') return res.end(JSON.stringify(comments));
        if (req.method === 'POST') comments.push({ id: 7, body: JSON.parse(body).body });
        if (req.method === 'PATCH') comments[0]!.body = JSON.parse(body).body;
        res.statusCode = req.method === 'POST' ? 201 : 200;
        res.end(JSON.stringify({ id: 7 }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const event = JSON.stringify({
      pull_request: {
        number: 5,
        head: { repo: { full_name: 'acme/tasks' } },
        base: { repo: { full_name: 'acme/tasks' } },
      },
    });
    try {
      const root = sample();
      // The API server runs in this process, so the action runs asynchronously beside it.
      const inputs = { command: 'validate', comment: 'true', token: 't0ken' };
      const extra = { API: api, EVENT: event, EVENT_NAME: 'pull_request' };
      const asyncRun = () =>
        new Promise<number>((res) => {
          const { env } = actionEnv(root, inputs, extra);
          spawn(ACTION_NODE, [DIST], { cwd: root, env, stdio: 'ignore' }).on('close', (c) =>
            res(c ?? -1),
          );
        });
      expect(await asyncRun()).toBe(0);
      expect(await asyncRun()).toBe(0);
      expect(requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
        'GET /repos/acme/tasks/issues/5/comments',
        'POST /repos/acme/tasks/issues/5/comments',
        'GET /repos/acme/tasks/issues/5/comments',
        'PATCH /repos/acme/tasks/issues/comments/7',
      ]);
      expect(comments).toHaveLength(1);
      expect(comments[0]!.body).toContain('<!-- extids-report -->');
    } finally {
      server.close();
    }
  });
  test('comment: true finds its comment past the first page of a long discussion', async () => {
    const others = Array.from({ length: 150 }, (_, i) => ({ id: i + 1, body: `looks good ${i}` }));
    const comments = [...others, { id: 777, body: '<!-- extids-report -->\nold' }];
    const requests: string[] = [];
    const server = createServer((req, res) => {
      req.resume().on('end', () => {
        const url = new URL(req.url!, 'http://x');
        requests.push(
          `${req.method} ${url.pathname}${url.search ? `?page=${url.searchParams.get('page')}` : ''}`,
        );
        res.setHeader('content-type', 'application/json');
        const page = Number(url.searchParams.get('page') ?? 1);
        const per = Number(url.searchParams.get('per_page') ?? 30);
        res.end(
          JSON.stringify(
            req.method === 'GET' ? comments.slice((page - 1) * per, page * per) : { id: 777 },
          ),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const event = JSON.stringify({
      pull_request: {
        number: 5,
        head: { repo: { full_name: 'acme/tasks' } },
        base: { repo: { full_name: 'acme/tasks' } },
      },
    });
    try {
      const root = sample();
      const { env } = actionEnv(
        root,
        { command: 'validate', comment: 'true', token: 't0ken' },
        { API: api, EVENT: event, EVENT_NAME: 'pull_request' },
      );
      const code = await new Promise<number>((res) =>
        spawn(ACTION_NODE, [DIST], { cwd: root, env, stdio: 'ignore' }).on('close', (c) =>
          res(c ?? -1),
        ),
      );
      expect(code).toBe(0);
      expect(requests).toEqual([
        'GET /repos/acme/tasks/issues/5/comments?page=1',
        'GET /repos/acme/tasks/issues/5/comments?page=2',
        'PATCH /repos/acme/tasks/issues/comments/777',
      ]);
    } finally {
      server.close();
    }
  });
});
