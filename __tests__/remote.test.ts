/**
 * The repository a remote URL names: every form a host gives one repository (HTTPS, SSH,
 * scp-like, with a user or without) is one identity, since sync derives its markers from it; and
 * the web page a task link points at on each host whose layout is known, and the relative links
 * of a task body made to point there.
 */
import { describe, expect, test } from '@jest/globals';
import { desiredItem } from '../src/core/sync/content.js';
import { fileUrl, parseRemote } from '../src/core/sync/remote.js';

describe('parseRemote', () => {
  test.each([
    ['https://github.com/Acme/tasks.git', 'Acme/tasks', 'https://github.com/acme/tasks'],
    ['git@github.com:Acme/tasks.git', 'Acme/tasks', 'https://github.com/acme/tasks'],
    ['ssh://git@github.com:22/Acme/tasks', 'Acme/tasks', 'https://github.com/acme/tasks'],
    [
      'https://x-access-token:t@github.com/Acme/tasks/',
      'Acme/tasks',
      'https://github.com/acme/tasks',
    ],
    [
      'https://dev.azure.com/acme/Tasks/_git/tasks',
      'Tasks/tasks',
      'https://dev.azure.com/acme/Tasks/_git/tasks',
    ],
    [
      'https://acme@dev.azure.com/acme/Tasks/_git/tasks',
      'Tasks/tasks',
      'https://dev.azure.com/acme/Tasks/_git/tasks',
    ],
    [
      'git@ssh.dev.azure.com:v3/acme/Tasks/tasks',
      'Tasks/tasks',
      'https://dev.azure.com/acme/Tasks/_git/tasks',
    ],
    [
      'acme@vs-ssh.visualstudio.com:v3/acme/Tasks/tasks',
      'Tasks/tasks',
      'https://dev.azure.com/acme/Tasks/_git/tasks',
    ],
    [
      'https://acme.visualstudio.com/DefaultCollection/Tasks/_git/tasks',
      'Tasks/tasks',
      'https://dev.azure.com/acme/Tasks/_git/tasks',
    ],
    [
      'https://dev.azure.com/acme/_git/Tasks',
      'Tasks/Tasks',
      'https://dev.azure.com/acme/Tasks/_git/Tasks',
    ],
    [
      'https://dev.azure.com/acme/My%20Project/_git/tasks',
      'My Project/tasks',
      'https://dev.azure.com/acme/My%20Project/_git/tasks',
    ],
    [
      'git@ssh.dev.azure.com:v3/acme/My%20Project/tasks',
      'My Project/tasks',
      'https://dev.azure.com/acme/My%20Project/_git/tasks',
    ],
    ['https://gitlab.com/group/sub/tasks.git', 'sub/tasks', 'https://gitlab.com/group/sub/tasks'],
    ['git@bitbucket.org:acme/tasks.git', 'acme/tasks', 'https://bitbucket.org/acme/tasks'],
    ['git@git.example.com:acme/tasks.git', 'acme/tasks', undefined],
    ['/srv/git/acme/tasks.git', 'acme/tasks', undefined],
  ])('%s names %s', (url, repo, web) => {
    const r = parseRemote(url);
    expect(r?.repo).toBe(repo);
    expect(r?.web?.base).toBe(web);
  });

  test('a URL with no owner names no repository', () => {
    expect(parseRemote('tasks.git')).toBeUndefined();
    expect(parseRemote('')).toBeUndefined();
    expect(parseRemote(undefined)).toBeUndefined();
  });
});

test('fileUrl: the page of a task file on each host', () => {
  const file = 'tasks/backlog/TASK 1.md';
  const on = (url: string) => fileUrl(parseRemote(url)!.web!, 'feature/x', file);
  expect(on('git@github.com:acme/tasks.git')).toBe(
    'https://github.com/acme/tasks/blob/feature/x/tasks/backlog/TASK%201.md',
  );
  expect(on('https://gitlab.com/acme/tasks')).toBe(
    'https://gitlab.com/acme/tasks/-/blob/feature/x/tasks/backlog/TASK%201.md',
  );
  expect(on('git@bitbucket.org:acme/tasks.git')).toBe(
    'https://bitbucket.org/acme/tasks/src/feature/x/tasks/backlog/TASK%201.md',
  );
  expect(on('git@ssh.dev.azure.com:v3/acme/Tasks/tasks')).toBe(
    'https://dev.azure.com/acme/Tasks/_git/tasks?path=/tasks/backlog/TASK%201.md&version=GBfeature%2Fx',
  );
});

describe('task links in the item', () => {
  const web = parseRemote('git@github.com:acme/tasks.git')!.web!;
  const task = (body: string) => ({
    id: 'TASK-1A1A',
    file: 'tasks/backlog/TASK-1A1A.md',
    title: 'A task',
    status: 'backlog',
    body,
  });
  const blob = 'https://github.com/acme/tasks/blob/main';

  test('relative links and images point into the repository on its host; the rest is left as written', () => {
    const body = [
      'See [the spec](../../docs/spec.md#part-2) and ![a diagram](img/flow.png "Flow").',
      'Also [the root](/README.md), [a site](https://example.com/a.md), [here](#notes),',
      'a [reference][r] and `[code](not-a-link.md)`.',
      '',
      '```md',
      '[in a block](fenced.md)',
      '```',
      '',
      '[outside](../../../../etc/passwd) [mail](mailto:a@b.c)',
      '',
      '[r]: ./notes%20and%20more.md',
    ].join('\n');
    const out = desiredItem(task(body), 'main', web).content.body;
    expect(out).toContain(`[the spec](${blob}/docs/spec.md#part-2)`);
    expect(out).toContain(`![a diagram](${blob}/tasks/backlog/img/flow.png "Flow")`);
    expect(out).toContain(`[the root](${blob}/README.md)`);
    expect(out).toContain(`[r]: ${blob}/tasks/backlog/notes%20and%20more.md`);
    for (const kept of [
      '[a site](https://example.com/a.md)',
      '[here](#notes)',
      '`[code](not-a-link.md)`',
      '[in a block](fenced.md)',
      '[outside](../../../../etc/passwd)',
      '[mail](mailto:a@b.c)',
    ])
      expect(out).toContain(kept);
    expect(out).toMatch(
      /\n---\nTask file: \[tasks\/backlog\/TASK-1A1A\.md\]\(https:\/\/github\.com\/acme\/tasks\/blob\/main\/tasks\/backlog\/TASK-1A1A\.md\) · `TASK-1A1A`\n$/,
    );
  });

  test('a link written in code before the same link in the text: the code is left, the link rewritten', () => {
    const out = desiredItem(task('`[s](s.md)` then [s](s.md)'), 'main', web).content.body;
    expect(out).toContain(`\`[s](s.md)\` then [s](${blob}/tasks/backlog/s.md)`);
  });

  test('on a host whose web layout is unknown the file is named without a link, and links are left', () => {
    const out = desiredItem(task('See [spec](spec.md).'), 'main', undefined).content.body;
    expect(out).toBe(
      'See [spec](spec.md).\n\n---\nTask file: `tasks/backlog/TASK-1A1A.md` · `TASK-1A1A`\n',
    );
  });
});
