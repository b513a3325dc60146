/** The action's inputs, read once and validated; a bad input fails naming it. */
import { z } from 'zod';
import { parseToolList, TRACKERS, type ToolConfig } from '../core/index.js';

const bool = (name: string) =>
  z.string().transform((v, ctx) => {
    const s = v.trim().toLowerCase();
    if (s === '' || s === 'false') return false;
    if (s === 'true') return true;
    ctx.addIssue({ code: 'custom', message: `input "${name}" must be true or false, not "${v}"` });
    return z.NEVER;
  });

export const InputsSchema = z.object({
  command: z.enum(['validate', 'migrate', 'repair', 'assign', 'sync'], {
    error: (i) =>
      `input "command" must be validate, migrate, repair, assign or sync, not "${String(i.input)}"`,
  }),
  root: z.string(),
  stateDir: z.string(),
  tasksDir: z.string(),
  config: z.string(),
  tools: z.string().transform((v, ctx): ToolConfig | undefined => {
    if (!v.trim()) return undefined;
    try {
      return parseToolList(v);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: `input "tools": ${(err as Error).message}` });
      return z.NEVER;
    }
  }),
  failOn: z.enum(['error', 'warning', 'never'], {
    error: (i) => `input "fail-on" must be error, warning or never, not "${String(i.input)}"`,
  }),
  commit: bool('commit'),
  comment: bool('comment'),
  token: z.string(),
  /** Tracker credentials given as inputs, by the variable they stand for (JIRA_API_TOKEN …). */
  credentials: z.record(z.string(), z.string()),
  maxCreates: z.string().transform((v, ctx) => {
    if (/^\d+$/.test(v.trim())) return Number(v.trim());
    ctx.addIssue({
      code: 'custom',
      message: `input "max-creates" must be a whole number, not "${v}"`,
    });
    return z.NEVER;
  }),
});

export type Inputs = z.infer<typeof InputsSchema>;

/** `get` is @actions/core's getInput in production and a plain function in tests. */
export function readInputs(get: (name: string) => string): Inputs {
  const raw = {
    command: get('command') || 'validate',
    root: get('root') || '.',
    stateDir: get('state-dir'),
    tasksDir: get('tasks-dir'),
    config: get('config'),
    tools: get('tools'),
    failOn: get('fail-on') || 'error',
    commit: get('commit'),
    comment: get('comment'),
    token: get('token'),
    credentials: Object.fromEntries(
      credentialInputs()
        .map(([variable, input]) => [variable, get(input).trim()])
        .filter(([, v]) => v),
    ),
    maxCreates: get('max-creates') || '25',
  };
  const r = InputsSchema.safeParse(raw);
  if (!r.success) throw new Error(r.error.issues.map((i) => i.message).join('; '));
  return r.data;
}

/**
 * The inputs that carry tracker credentials, from the registry of trackers: each variable a
 * tracker reads, as a lower-case input (`JIRA_API_TOKEN` → `jira-api-token`). GitHub's token is the
 * `token` input and the runner sets its URLs; `EXTIDS_*` variables are settings, not inputs.
 */
export function credentialInputs(): [variable: string, input: string][] {
  return Object.values(TRACKERS)
    .filter((row) => row.tool !== 'github')
    .flatMap((row) => Object.keys(row.variables))
    .filter((v) => !v.startsWith('EXTIDS_'))
    .map((v) => [v, v.toLowerCase().replace(/_/g, '-')]);
}
