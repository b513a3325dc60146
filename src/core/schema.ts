/**
 * The state file formats (1.0). These zod schemas are the single source of truth: types are
 * inferred from them, and the fast validator in validate.ts is checked against them by tests.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { KEYED_EXTERNAL_ID, NUMERIC_EXTERNAL_ID, PROJECT_KEY } from './ids.js';

// zod's "mini" build: the same checks and messages as the full API in about a thirtieth of the
// code (the full API loads every locale), which every run of the CLI and the hook would load.
z.config(en());

export const FORMAT_VERSION = '1.0';

export const KeyedExternalIdSchema = z
  .string()
  .check(
    z.regex(
      KEYED_EXTERNAL_ID,
      'must look like KEY-123 (upper-case key, positive number of at most 15 digits)',
    ),
  );
export const NumericExternalIdSchema = z
  .string()
  .check(
    z.regex(
      NUMERIC_EXTERNAL_ID,
      'must be a positive whole number of at most 15 digits in a string, like "234"',
    ),
  );

export const ExternalIdsSchema = z.strictObject({
  azure_devops: z.optional(NumericExternalIdSchema),
  github: z.optional(NumericExternalIdSchema),
  jira: z.optional(KeyedExternalIdSchema),
  linear: z.optional(KeyedExternalIdSchema),
});

export const CounterSchema = z
  .int('must be a whole number')
  .check(
    z.nonnegative('must not be negative'),
    z.maximum(Number.MAX_SAFE_INTEGER, 'is beyond 2^53 and cannot be counted exactly'),
  );

export const ProjectKeySchema = z
  .string()
  .check(z.regex(PROJECT_KEY, 'must be an upper-case key like PROJ'));

export const CountersSchema = z.strictObject({
  azure_devops: CounterSchema,
  github: CounterSchema,
  jira: z.record(ProjectKeySchema, CounterSchema),
  linear: z.record(ProjectKeySchema, CounterSchema),
});

export const MappingFileSchema = z.strictObject({
  mappings: z.record(z.string().check(z.minLength(1)), ExternalIdsSchema),
  updated: z.string(),
  version: z.literal(FORMAT_VERSION),
});

export const CounterFileSchema = z.strictObject({
  counters: CountersSchema,
  updated: z.string(),
  version: z.literal(FORMAT_VERSION),
});

export type ExternalIds = z.infer<typeof ExternalIdsSchema>;
export type Counters = z.infer<typeof CountersSchema>;
export type MappingFile = z.infer<typeof MappingFileSchema>;
export type CounterFile = z.infer<typeof CounterFileSchema>;
export type Mappings = MappingFile['mappings'];

export const emptyCounters = (): Counters => ({
  azure_devops: 0,
  github: 0,
  jira: Object.create(null) as Record<string, number>,
  linear: Object.create(null) as Record<string, number>,
});

/** Config file `.claude/extids.json`. */
export const ConfigSchema = z.strictObject({
  $schema: z.optional(z.string()),
  tools: z.optional(
    z.strictObject({
      jira: z.optional(
        z.strictObject({
          key: ProjectKeySchema,
          mode: z.optional(z.enum(['counter', 'sync'])),
          /** Sync mode: the site, https://acme.atlassian.net. */
          url: z.optional(z.string().check(z.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'))),
          /** Sync mode: the issue type's name (default Task). */
          issueType: z.optional(z.string().check(z.minLength(1))),
        }),
      ),
      linear: z.optional(
        z.strictObject({ key: ProjectKeySchema, mode: z.optional(z.enum(['counter', 'sync'])) }),
      ),
      github: z.optional(
        z.strictObject({
          mode: z.optional(z.enum(['counter', 'sync'])),
          /** owner/name; default GITHUB_REPOSITORY, else the origin remote. */
          repo: z.optional(
            z.string().check(z.regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name, like acme/tasks')),
          ),
        }),
      ),
      azure_devops: z.optional(
        z.strictObject({
          mode: z.optional(z.enum(['counter', 'sync'])),
          /** Sync mode: the organisation, the project and the work item type. */
          org: z.optional(z.string().check(z.minLength(1))),
          project: z.optional(z.string().check(z.minLength(1))),
          type: z.optional(z.string().check(z.minLength(1))),
        }),
      ),
    }),
  ),
  stateDir: z.optional(z.string().check(z.minLength(1))),
  tasksDir: z.optional(z.string().check(z.minLength(1))),
  idPrefixes: z.optional(
    z.array(z.string().check(z.regex(/^[A-Z][A-Z0-9_]*$/))).check(z.minLength(1)),
  ),
  /** A regular expression for task IDs; replaces the prefix rule. */
  idPattern: z.optional(
    z.string().check(
      z.minLength(1),
      z.refine(
        (v) => {
          try {
            new RegExp(v);
            return true;
          } catch {
            return false;
          }
        },
        { message: 'is not a valid regular expression' },
      ),
    ),
  ),
  /** Globs, relative to the tasks directory, of markdown files that are not tasks. */
  exclude: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Sync mode: which task statuses get tracker items created (default: every non-terminal one). */
  sync: z.optional(
    z.strictObject({ statuses: z.optional(z.array(z.string().check(z.minLength(1)))) }),
  ),
});
export type Config = z.infer<typeof ConfigSchema>;
