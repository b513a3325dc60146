/**
 * The bundled action on a repository whose report is larger than everything GitHub takes from a
 * step: each limit of src/action/limits.ts is exceeded, counted in GitHub's unit (summary: UTF-8
 * bytes; outputs: UTF-16; comment: characters; annotations: per level), and what the action
 * wrote is checked against it, with the line that says what was left out and where it is.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Finding } from '../src/core/index.js';
import { ACTION_NODE, actionEnv, cleanup, MAPPING, repo, ROOT, task, write } from './helpers.js';

afterAll(cleanup);

const TASKS = 3000;
/** 60 CJK characters: 60 UTF-16 code units and characters, 180 UTF-8 bytes, in every file name. */
const WIDE = '漢字のファイル名'.repeat(8).slice(0, 60);
const id = (i: number) => `TASK-${i.toString(16).toUpperCase().padStart(4, '0')}`;
const PAIRS = 12; // tasks sharing a Jira ID: one DUPLICATE_EXTERNAL_ID error each

interface Written {
  code: number;
  stdout: string;
  outputs: Record<string, string>;
  summary: string;
  comments: string[];
}

let w: Written;

/** The action as a process beside a REST fake that takes the comment (as the comment test does). */
async function runWithApi(root: string, inputs: Record<string, string>): Promise<Written> {
  const comments: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (req.method === 'POST') {
        const text = JSON.parse(body).body as string;
        // GitHub's own refusal, in its unit: characters.
        if ([...text].length > 65_536) {
          res.statusCode = 422;
          return res.end('{"message":"Validation Failed"}');
        }
        comments.push(text);
        res.statusCode = 201;
        return res.end('{"id":1}');
      }
      res.end('[]');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const event = JSON.stringify({
      pull_request: {
        number: 5,
        head: { repo: { full_name: 'acme/tasks' } },
        base: { repo: { full_name: 'acme/tasks' } },
      },
    });
    const { env, files } = actionEnv(root, inputs, {
      API: api,
      EVENT: event,
      EVENT_NAME: 'pull_request',
    });
    const { code, stdout } = await new Promise<{ code: number; stdout: string }>((res) => {
      const p = spawn(ACTION_NODE, [join(ROOT, 'dist', 'index.js')], { cwd: root, env });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.on('close', (c) => res({ code: c ?? -1, stdout: out }));
    });
    const outputs: Record<string, string> = {};
    const raw = readFileSync(files.GITHUB_OUTPUT, 'utf8');
    for (const m of raw.matchAll(/^(\w+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm))
      outputs[m[1]!] = m[3]!;
    return {
      code,
      stdout,
      outputs,
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      comments,
    };
  } finally {
    server.close();
  }
}

beforeAll(async () => {
  const tasks: Record<string, string> = {};
  for (let i = 0; i < TASKS; i++) tasks[`tasks/backlog/${id(i)}-${WIDE}.md`] = task(id(i));
  const root = repo({
    tasks,
    config: JSON.stringify({
      tools: { jira: { key: 'PROJ' }, github: { mode: 'sync', repo: 'acme/tasks' } },
    }),
  });
  const mappings: Record<string, { jira: string }> = {};
  for (let i = 0; i < 2 * PAIRS; i++) mappings[id(i)] = { jira: `PROJ-${1 + (i >> 1)}` };
  write(root, MAPPING, JSON.stringify({ mappings, updated: 'u', version: '1.0' }, null, 2));
  w = await runWithApi(root, { command: 'validate', comment: 'true', token: 't0ken' });
}, 120_000);

const lines = (out: string, level: string) =>
  out.split('\n').filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`));

describe('more than GitHub takes from one step', () => {
  test('the report really is over every limit', () => {
    const findings = JSON.parse(readFileSync(w.outputs.report!, 'utf8')).findings as unknown[];
    expect(findings.length).toBeGreaterThan(2 * TASKS);
    expect(2 * JSON.stringify(findings).length).toBeGreaterThan(1_000_000);
    expect(w.code).toBe(1); // the duplicated Jira IDs are errors
  });

  test('annotations: 10 errors (the failure among them), 9 warnings (one kept for the action) and 5 notices; the last finding annotation of each says how many more', () => {
    const all = JSON.parse(readFileSync(w.outputs.report!, 'utf8')).findings as Finding[];
    const errorCount = all.filter((f) => f.severity === 'error').length;
    expect(errorCount).toBeGreaterThanOrEqual(PAIRS);
    const errors = lines(w.stdout, 'error');
    const warnings = lines(w.stdout, 'warning');
    const notices = lines(w.stdout, 'notice');
    expect(errors).toHaveLength(10);
    expect(warnings).toHaveLength(9); // the tenth is kept for the action's own warning
    expect(notices).toHaveLength(5);
    expect(errors.at(-1)).toMatch(/^::error::extids validate: \d+ error\(s\)/);
    expect(errors.at(-2)).toMatch(
      new RegExp(
        `::error::${errorCount - 8} more error findings are not annotated \\(GitHub shows 10 errors per step\\): every finding is in this step's log and in the JSON report file`,
      ),
    );
    expect(warnings.at(-1)).toMatch(/::warning::\d+ more warning findings are not annotated/);
    expect(notices.at(-1)).toMatch(
      /::notice::\d+ more info findings are not annotated \(GitHub shows 5 notices per step\)/,
    );
    // Every finding not annotated is a line of the log.
    expect(
      w.stdout.split('\n').filter((l) => l.includes('MISSING_EXTERNAL_ID')).length,
    ).toBeGreaterThanOrEqual(TASKS - 2 * PAIRS);
  });

  test('the job summary: at most 1 MiB in UTF-8 bytes, saying how many lines it left out', () => {
    const bytes = Buffer.byteLength(w.summary, 'utf8');
    expect(bytes).toBeLessThanOrEqual(1024 * 1024);
    expect(bytes).toBeGreaterThan(1000 * 1024); // it fills what it may
    expect(w.summary).toMatch(
      /_…and \d+ more lines left out \(GitHub takes at most 1 MiB of summary per step\): every finding is in this step's log and in the JSON report file \(the `report` output\)\._/,
    );
    expect(w.summary).toContain('more warning findings are not annotated');
  });

  test('outputs: within 1 MB per job counted in UTF-16, findings cut to whole entries, the log says so', () => {
    const total = Object.entries(w.outputs).reduce((n, [k, v]) => n + 2 * (k.length + v.length), 0);
    expect(total).toBeLessThanOrEqual(500_000);
    const kept = JSON.parse(w.outputs.findings!) as unknown[];
    const all = JSON.parse(readFileSync(w.outputs.report!, 'utf8')).findings as unknown[];
    expect(kept).toEqual(all.slice(0, kept.length));
    expect(w.stdout).toContain(
      `extids: the \`findings\` output holds ${kept.length} of ${all.length} entries (GitHub takes at most 1 MB of outputs per job); the JSON report file (the \`report\` output) has them all`,
    );
  });

  test('the comment: at most 65536 characters (more in bytes), pointing to the run for the rest', () => {
    expect(w.comments).toHaveLength(1);
    const body = w.comments[0]!;
    expect([...body].length).toBeLessThanOrEqual(65_536);
    expect([...body].length).toBeGreaterThan(60_000);
    expect(Buffer.byteLength(body, 'utf8')).toBeGreaterThan(65_536);
    expect(body).toMatch(
      /_…and \d+ more lines left out \(GitHub takes at most 65536 characters in a comment\): the job summary of \[this run\]\(https:\/\/github\.com\/acme\/tasks\/actions\/runs\/4242\) lists more/,
    );
  });
});
