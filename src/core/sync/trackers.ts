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
import { Jira } from './jira.js';
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

/** Every tracker sync can write to, by tool. */
export const TRACKERS: Partial<Record<Tool, TrackerRow>> = { github, jira };
