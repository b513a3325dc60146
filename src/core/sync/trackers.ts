/**
 * The one list of trackers sync knows: per tool, the environment variables its credentials come
 * from and how its adapter is built from the tool's config. The engine (commands/sync.ts) imports
 * none of this; the doors (CLI, action) build the trackers of the tools in sync mode from it, so a
 * new tracker is one row here, one adapter file, and its config keys. Learnt from git-bug's single
 * list of bridges (`bridge/bridges.go`).
 */
import { ExtidsError } from '../findings.js';
import { TOOL_LABEL, type Tool } from '../ids.js';
import type { Settings } from '../config.js';
import { GitHubTracker } from './github.js';
import { AzureDevOps } from './azure-devops.js';
import { Jira } from './jira.js';
import { Linear } from './linear.js';
import type { Tracker, TrackerEffects } from './tracker.js';

/** What a row's `build` gets: the settings, the variables it names (read by the door), effects. */
export interface TrackerInputs {
  settings: Settings;
  /** The credentials variables of this row, as the door read them (trimmed; absent: unset). */
  vars: Partial<Record<string, string>>;
  /** The repository (owner/name) the tasks live in. */
  repo: string;
  effects: TrackerEffects;
}

export interface TrackerRow {
  tool: Tool;
  /** The variables the adapter reads, each with what it is for (the doors read them). */
  variables: Record<string, string>;
  build(i: TrackerInputs): Tracker;
}

/** A variable the tracker cannot work without; SYNC_REFUSED naming it and what it is for. */
function required(
  row: Pick<TrackerRow, 'tool' | 'variables'>,
  vars: TrackerInputs['vars'],
  name: string,
): string {
  const v = vars[name];
  if (!v)
    throw new ExtidsError(
      'SYNC_REFUSED',
      `${name} is not set: ${TOOL_LABEL[row.tool]} sync needs ${row.variables[name]}`,
    );
  return v;
}

const github: TrackerRow = {
  tool: 'github',
  variables: {
    GITHUB_TOKEN: 'a token that may write issues (in a workflow: permissions: issues: write)',
    GITHUB_API_URL: 'the REST API (default https://api.github.com; GitHub Enterprise sets it)',
  },
  build: ({ vars, repo, effects }) =>
    new GitHubTracker({
      ...effects,
      apiUrl: vars.GITHUB_API_URL || 'https://api.github.com',
      token: required(github, vars, 'GITHUB_TOKEN'),
      repo,
    }),
};

/** A whole number of milliseconds, or undefined. */
const ms = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);

const jira: TrackerRow = {
  tool: 'jira',
  variables: {
    JIRA_EMAIL: 'the Atlassian account email the API token belongs to',
    JIRA_API_TOKEN: 'an API token of that account (id.atlassian.com → Security → API tokens)',
    EXTIDS_JIRA_LOOKUP_BOUND_MS:
      'how long Jira\'s search may lag behind a create (ms; default 300000, Atlassian\'s "seconds to minutes")',
  },
  build: ({ settings, vars, effects }) => {
    const c = settings.tools.jira ?? {};
    if (!c.url || !c.key)
      throw new ExtidsError(
        'SYNC_REFUSED',
        'Jira sync needs the site and the project: "tools": {"jira": {"mode": "sync", "key": "PROJ", "url": "https://acme.atlassian.net"}}',
      );
    return new Jira({
      ...effects,
      url: c.url,
      project: c.key,
      issueType: c.issueType ?? 'Task',
      email: required(jira, vars, 'JIRA_EMAIL'),
      token: required(jira, vars, 'JIRA_API_TOKEN'),
      lookupBoundMs: ms(vars.EXTIDS_JIRA_LOOKUP_BOUND_MS),
    });
  },
};

const linear: TrackerRow = {
  tool: 'linear',
  variables: {
    LINEAR_API_KEY: 'a personal API key (lin_api_…) or an OAuth access token',
    LINEAR_API_URL: 'the GraphQL endpoint (default https://api.linear.app/graphql)',
  },
  build: ({ settings, vars, effects }) => {
    const key = settings.tools.linear?.key;
    if (!key)
      throw new ExtidsError(
        'SYNC_REFUSED',
        'Linear sync needs the team: "tools": {"linear": {"mode": "sync", "key": "TEAM"}}',
      );
    return new Linear({
      ...effects,
      team: key,
      apiKey: required(linear, vars, 'LINEAR_API_KEY'),
      ...(vars.LINEAR_API_URL && { url: vars.LINEAR_API_URL }),
    });
  },
};

const azureDevOps: TrackerRow = {
  tool: 'azure_devops',
  variables: {
    AZURE_DEVOPS_TOKEN:
      'a personal access token (Work Items: Read & write), or a Pipelines System.AccessToken',
    AZURE_DEVOPS_URL: 'the service (default https://dev.azure.com; the organisation is appended)',
    EXTIDS_AZURE_LOOKUP_BOUND_MS:
      'how long a WIQL query may lag behind a create (ms; default 300000)',
  },
  build: ({ settings, vars, effects }) => {
    const c = settings.tools.azure_devops ?? {};
    if (!c.org || !c.project)
      throw new ExtidsError(
        'SYNC_REFUSED',
        'Azure DevOps sync needs the organisation and project: "tools": {"azure_devops": {"mode": "sync", "org": "acme", "project": "Tasks", "type": "Task"}}',
      );
    const token = required(azureDevOps, vars, 'AZURE_DEVOPS_TOKEN');
    return new AzureDevOps({
      ...effects,
      org: c.org,
      project: c.project,
      type: c.type ?? 'Task',
      token,
      ...(vars.AZURE_DEVOPS_URL && { url: vars.AZURE_DEVOPS_URL }),
      lookupBoundMs: ms(vars.EXTIDS_AZURE_LOOKUP_BOUND_MS),
    });
  },
};

/** Every tracker sync can write to, by tool. */
export const TRACKERS: Partial<Record<Tool, TrackerRow>> = {
  github,
  jira,
  linear,
  azure_devops: azureDevOps,
};
