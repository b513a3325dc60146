/**
 * The repository a remote URL names: every form a host gives one repository (HTTPS, SSH,
 * scp-like, with a user or without) is one identity, since sync derives its markers from it; and
 * the web page a task link points at on each host whose layout is known.
 */
import { describe, expect, test } from '@jest/globals';
import { fileUrl, parseRemote } from '../src/core/sync/remote.js';

describe('parseRemote', () => {
  test.each([
    ['https://github.com/Acme/tasks.git', 'Acme/tasks', 'https://github.com/Acme/tasks'],
    ['git@github.com:Acme/tasks.git', 'Acme/tasks', 'https://github.com/Acme/tasks'],
    ['ssh://git@github.com:22/Acme/tasks', 'Acme/tasks', 'https://github.com/Acme/tasks'],
    [
      'https://x-access-token:t@github.com/Acme/tasks/',
      'Acme/tasks',
      'https://github.com/Acme/tasks',
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
