/**
 * A task repository's history replayed, commit by commit, through the pre-commit hook of a
 * repository that adopted extids. The history is modelled on the ecosystem's real repositories
 * (__tests__/fixtures/ecosystem-repo, whose files are taken from them): tasks added one by one and
 * by the build flow (a task and its copy in one commit), copied later to another status folder,
 * edited, moved with `git mv` and by a delete and an add, deleted; a legacy id reused by four
 * tasks with four titles; a task PyYAML cannot read, fixed a commit later.
 *
 * No commit is refused unless PyYAML cannot read a new task or a new task takes an id that a task
 * with another title holds (those the person commits with --no-verify, as the real history did);
 * every commit validates unless it holds a file PyYAML cannot read; every task ends with its IDs.
 */
import { afterAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readTaskText } from '../src/core/index.js';
import { cleanup, cli, extids, FIXTURES, git, gitRun, MAPPING, read, repo } from './helpers.js';

afterAll(cleanup);

const ECO = join(FIXTURES, 'ecosystem-repo');
const fixture = (rel: string) =>
  readFileSync(
    rel.startsWith('unreadable/')
      ? join(FIXTURES, 'unreadable-frontmatter', rel.slice('unreadable/'.length))
      : join(ECO, rel),
    'utf8',
  );

/** One change to the work tree; a commit is a list of them. */
type Op =
  | { add: string; from?: string }
  | { copy: string; to: string; status?: string }
  | { mv: string; to: string; status?: string }
  | { moveByHand: string; to: string }
  | { rm: string }
  | { status: string; in: string }
  | { edit: string; replace: [string, string] };

/** Why a commit may be refused: the two reasons the issue allows, and only where expected. */
type Refusal = 'another title holds the id' | 'PyYAML cannot read it';

interface Step {
  msg: string;
  ops: Op[];
  refused?: Refusal;
}

const shapes = readdirSync(join(ECO, 'tasks/backlog/shapes')).sort();
const SHAPES: Step[] = [];
for (let i = 0; i < shapes.length; i += 2)
  SHAPES.push({
    msg: `shapes ${i / 2 + 1}`,
    ops: shapes.slice(i, i + 2).map((f) => ({ add: `tasks/backlog/shapes/${f}` })),
  });

const FB = 'tasks/backlog/TASK-REV-FB01-review-feedback.md';
const CG1 = 'TASK-CGCP-001-define-gating-module-structure.md';
const HISTORY: Step[] = [
  {
    msg: 'tasks README and the template',
    ops: [{ add: 'tasks/README.md' }, { add: 'tasks/templates/task-template.md' }],
  },
  {
    msg: 'export to CSV',
    ops: [{ add: 'tasks/completed/2025-03/TASK-003-export-tasks-to-csv.md' }],
  },
  {
    msg: 'flaky sync test (TASK-003 again)',
    ops: [{ add: 'tasks/completed/2025-04/TASK-003-fix-flaky-sync-test.md' }],
    refused: 'another title holds the id',
  },
  {
    msg: 'legacy task_id field',
    ops: [{ add: 'tasks/completed/2025-02/TASK-042-legacy-field.md' }],
  },
  {
    msg: 'audit log (TASK-003 again)',
    ops: [{ add: 'tasks/archived/TASK-003-audit-log-for-admins.md' }],
    refused: 'another title holds the id',
  },
  {
    msg: 'feature: confidence-gated checkpoint protocol',
    ops: [
      { add: 'tasks/backlog/confidence-gated-checkpoint-protocol/README.md' },
      { add: 'tasks/backlog/confidence-gated-checkpoint-protocol/IMPLEMENTATION-GUIDE.md' },
      { add: `tasks/backlog/confidence-gated-checkpoint-protocol/${CG1}` },
    ],
  },
  {
    msg: 'CGCP-001 copied to the backlog root',
    ops: [
      {
        copy: `tasks/backlog/confidence-gated-checkpoint-protocol/${CG1}`,
        to: `tasks/backlog/${CG1}`,
      },
    ],
  },
  {
    msg: 'build flow: CGCP-002 and its completed copy in one commit',
    ops: [
      { add: 'tasks/backlog/TASK-CGCP-002-checkpoint-claims.md' },
      { add: 'tasks/completed/TASK-CGCP-002/TASK-CGCP-002.md' },
    ],
  },
  ...SHAPES,
  { msg: 'placeholders: tilde', ops: [{ add: 'tasks/backlog/TASK-PH-001-tilde.md' }] },
  { msg: 'placeholders: empty', ops: [{ add: 'tasks/backlog/TASK-PH-002-empty.md' }] },
  { msg: 'placeholders: one missing', ops: [{ add: 'tasks/backlog/TASK-PH-003-missing.md' }] },
  { msg: 'no external_ids at all', ops: [{ add: 'tasks/backlog/TASK-PH-004-none.md' }] },
  { msg: 'flow style', ops: [{ add: 'tasks/backlog/TASK-PH-005-flow.md' }] },
  { msg: 'four-space indent', ops: [{ add: 'tasks/backlog/TASK-PH-006-indent4.md' }] },
  { msg: 'quoted title', ops: [{ add: 'tasks/backlog/TASK-QT-001-quoted.md' }] },
  { msg: 'status written twice', ops: [{ add: 'tasks/backlog/TASK-DUP-001-status-twice.md' }] },
  {
    msg: 'rate limit (TASK-003 a fourth time)',
    ops: [{ add: 'tasks/backlog/TASK-003-rate-limit-the-api.md' }],
    refused: 'another title holds the id',
  },
  {
    msg: 'a wrapped title PyYAML cannot read',
    ops: [
      { add: 'tasks/backlog/TASK-BAD-001.md', from: 'unreadable/TASK-BAD-001-wrapped-title.md' },
    ],
    refused: 'PyYAML cannot read it',
  },
  {
    msg: 'fix the wrapped title',
    ops: [{ edit: 'tasks/backlog/TASK-BAD-001.md', replace: ['wraps: oops', 'wraps, oops'] }],
  },
  { msg: 'review feedback', ops: [{ add: FB }] },
  {
    msg: 'review feedback in review (copied)',
    ops: [
      { copy: FB, to: 'tasks/in_review/TASK-REV-FB01-review-feedback.md', status: 'in_review' },
    ],
  },
  {
    msg: 'review feedback done (copied)',
    ops: [
      {
        copy: FB,
        to: 'tasks/completed/2026-01/reviews/feedback/round-1/TASK-REV-FB01-review-feedback.md',
        status: 'completed',
      },
    ],
  },
  {
    msg: 'edit a body',
    ops: [{ edit: 'tasks/backlog/TASK-PH-004-none.md', replace: ['# ', '# Edited: '] }],
  },
  {
    msg: 'start flow style (git mv)',
    ops: [
      {
        mv: 'tasks/backlog/TASK-PH-005-flow.md',
        to: 'tasks/in_progress/TASK-PH-005-flow.md',
        status: 'in_progress',
      },
    ],
  },
  {
    msg: 'indent4 done (delete and add)',
    ops: [
      {
        moveByHand: 'tasks/backlog/TASK-PH-006-indent4.md',
        to: 'tasks/completed/2026-02/TASK-PH-006-indent4.md',
      },
    ],
  },
  { msg: 'drop a shape', ops: [{ rm: 'tasks/backlog/shapes/REV-7361.md' }] },
  { msg: 'hmig guide', ops: [{ add: 'tasks/backlog/hmig/IMPLEMENTATION-GUIDE.md' }] },
  {
    msg: 'start the rate limit (git mv, beside three other TASK-003s)',
    ops: [
      {
        mv: 'tasks/backlog/TASK-003-rate-limit-the-api.md',
        to: 'tasks/in_progress/TASK-003-rate-limit-the-api.md',
        status: 'in_progress',
      },
    ],
  },
  {
    msg: 'status change in place',
    ops: [{ status: 'in_progress', in: 'tasks/backlog/TASK-QT-001-quoted.md' }],
  },
  {
    msg: 'CGCP-002 backlog copy removed',
    ops: [{ rm: 'tasks/backlog/TASK-CGCP-002-checkpoint-claims.md' }],
  },
];

const setStatus = (text: string, status: string) =>
  text.replace(/^status: .*$/m, `status: ${status}`);

function apply(root: string, op: Op): void {
  const file = (rel: string) => join(root, rel);
  const put = (rel: string, text: string) => {
    mkdirSync(dirname(file(rel)), { recursive: true });
    writeFileSync(file(rel), text);
  };
  if ('add' in op) put(op.add, fixture(op.from ?? op.add));
  else if ('copy' in op) {
    const text = read(root, op.copy);
    put(op.to, op.status ? setStatus(text, op.status) : text);
  } else if ('mv' in op) {
    mkdirSync(dirname(file(op.to)), { recursive: true });
    git(root, 'mv', op.mv, op.to);
    if (op.status) put(op.to, setStatus(read(root, op.to), op.status));
  } else if ('moveByHand' in op) {
    const text = read(root, op.moveByHand);
    rmSync(file(op.moveByHand));
    put(op.to, text);
  } else if ('rm' in op) git(root, 'rm', '-q', op.rm);
  else if ('status' in op) put(op.in, setStatus(read(root, op.in), op.status));
  else put(op.edit, read(root, op.edit).replace(...op.replace));
}

/** The task files PyYAML (the ecosystem's reader) cannot read. */
function unreadable(root: string): string[] {
  const script = `
import os, sys, yaml
for d, _, fs in os.walk(sys.argv[1]):
    for f in fs:
        p = os.path.join(d, f)
        t = open(p, encoding='utf-8').read()
        if f.endswith('.md') and t.startswith('---\\n'):
            try: yaml.safe_load(t[4:t.index('\\n---', 3)])
            except Exception: print(os.path.relpath(p, sys.argv[1]))`;
  const r = spawnSync('python3', ['-c', script, join(root, 'tasks')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python3 with PyYAML is needed here: ${r.stderr}`);
  return r.stdout.split('\n').filter(Boolean);
}

test('a history of adds, copies, edits, moves and deletes, committed one by one through the hook: refused only where allowed, every commit validates, every task ends with its IDs', async () => {
  // A repository that adopted extids: the ecosystem's config and ledger, and its two tasks
  // that already have IDs.
  const root = repo({ kind: 'installed', config: null });
  cpSync(join(ECO, '.claude'), join(root, '.claude'), { recursive: true });
  expect(cli(root, ['init']).code).toBe(0);
  for (const f of [
    'tasks/completed/2025-11/TASK-E01-b2c4.1-split-ledger.md',
    'tasks/in_progress/TASK-J001-001-journal-entries.md',
  ])
    apply(root, { add: f });
  git(root, 'add', '-A');
  expect(gitRun(root, ['commit', '-qm', 'adopt extids']).code).toBe(0);

  expect(HISTORY.length).toBeGreaterThanOrEqual(30);
  const refusedFiles = new Set<string>();
  const log: string[] = [];
  for (const step of HISTORY) {
    for (const op of step.ops) apply(root, op);
    git(root, 'add', '-A');
    const c = gitRun(root, ['commit', '-qm', step.msg]);
    const broken = unreadable(root);
    if (c.code !== 0) {
      // Refused: only for a reason the issue allows, and the reason is the one printed.
      const why: Refusal | undefined = /DUPLICATE_TASK_ID .*(another title|different titles)/.test(
        c.stderr,
      )
        ? 'another title holds the id'
        : broken.length
          ? 'PyYAML cannot read it'
          : undefined;
      log.push(`${step.msg}: refused (${why ?? c.stderr})`);
      expect(why).toBe(step.refused);
      for (const op of step.ops) if ('add' in op) refusedFiles.add(op.add);
      // The person commits it anyway, as the real history has it.
      expect(gitRun(root, ['commit', '-qm', step.msg, '--no-verify']).code).toBe(0);
    } else log.push(`${step.msg}: ${step.refused ? `not refused, though ${step.refused}` : 'ok'}`);
    expect(git(root, 'status', '--porcelain')).toBe('');
    const v = await extids(root, ['validate']);
    if (!broken.length)
      expect([step.msg, v.code, v.stdout]).toEqual([step.msg, 0, expect.anything()]);
  }
  // A task PyYAML cannot read is let through with a line naming it (it gets no IDs): that is
  // no refusal, and a commit later it is fixed and gets its IDs.
  expect(log.filter((l) => !l.endsWith(': ok'))).toEqual([
    'flaky sync test (TASK-003 again): refused (another title holds the id)',
    'audit log (TASK-003 again): refused (another title holds the id)',
    'rate limit (TASK-003 a fourth time): refused (another title holds the id)',
    'a wrapped title PyYAML cannot read: not refused, though PyYAML cannot read it',
  ]);

  // Every task ends with its IDs, those of its ledger entry, except the copies a person
  // committed past the hook and left alone since.
  const mapping = JSON.parse(read(root, MAPPING)).mappings as Record<
    string,
    Record<string, string>
  >;
  const files = git(root, 'ls-files', 'tasks')
    .split('\n')
    .filter((f) => f.endsWith('.md'));
  const without: string[] = [];
  for (const f of files) {
    const rec = readTaskText(read(root, f), f, f);
    if (!rec.id || !/^(TASK|EPIC|FEAT|DOC|REV)-/.test(rec.id) || rec.id.includes('{')) continue;
    const want = mapping[rec.id];
    if (
      !want?.jira ||
      !want.linear ||
      rec.externalIds?.jira !== want.jira ||
      rec.externalIds?.linear !== want.linear
    )
      without.push(f);
  }
  expect(without.sort()).toEqual(
    [
      'tasks/archived/TASK-003-audit-log-for-admins.md',
      'tasks/completed/2025-04/TASK-003-fix-flaky-sync-test.md',
    ].sort(),
  );
  expect(refusedFiles.size).toBe(3);
  // No external ID is held by two tasks.
  const held = Object.values(mapping).flatMap((e) => Object.values(e));
  expect(new Set(held).size).toBe(held.length);
  expect(cli(root, ['validate']).code).toBe(0);
});
