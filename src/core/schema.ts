/**
 * The state file formats (1.0). These zod schemas are the single source of truth: types are
 * inferred from them, and the fast validator in validate.ts is checked against them by tests.
 */
import { z } from 'zod';
import { KEYED_EXTERNAL_ID, NUMERIC_EXTERNAL_ID, PROJECT_KEY } from './ids.js';

export const FORMAT_VERSION = '1.0';

export const KeyedExternalIdSchema = z
  .string()
  .regex(
    KEYED_EXTERNAL_ID,
    'must look like KEY-123 (upper-case key, positive number of at most 15 digits)',
  );
export const NumericExternalIdSchema = z
  .string()
  .regex(
    NUMERIC_EXTERNAL_ID,
    'must be a positive whole number of at most 15 digits in a string, like "234"',
  );

export const ExternalIdsSchema = z.strictObject({
  azure_devops: NumericExternalIdSchema.optional(),
  github: NumericExternalIdSchema.optional(),
  jira: KeyedExternalIdSchema.optional(),
  linear: KeyedExternalIdSchema.optional(),
});

export const CounterSchema = z
  .number()
  .int('must be a whole number')
  .nonnegative('must not be negative')
  .max(Number.MAX_SAFE_INTEGER, 'is beyond 2^53 and cannot be counted exactly');

export const ProjectKeySchema = z
  .string()
  .regex(PROJECT_KEY, 'must be an upper-case key like PROJ');

export const CountersSchema = z.strictObject({
  azure_devops: CounterSchema,
  github: CounterSchema,
  jira: z.record(ProjectKeySchema, CounterSchema),
  linear: z.record(ProjectKeySchema, CounterSchema),
});

export const MappingFileSchema = z.strictObject({
  mappings: z.record(z.string().min(1), ExternalIdsSchema),
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
  $schema: z.string().optional(),
  tools: z
    .strictObject({
      jira: z.strictObject({ key: ProjectKeySchema }).optional(),
      linear: z.strictObject({ key: ProjectKeySchema }).optional(),
      github: z.strictObject({}).optional(),
      azure_devops: z.strictObject({}).optional(),
    })
    .optional(),
  stateDir: z.string().min(1).optional(),
  tasksDir: z.string().min(1).optional(),
  idPrefixes: z
    .array(z.string().regex(/^[A-Z][A-Z0-9_]*$/))
    .min(1)
    .optional(),
  /** A regular expression for task IDs; replaces the prefix rule. */
  idPattern: z
    .string()
    .min(1)
    .refine(
      (v) => {
        try {
          new RegExp(v);
          return true;
        } catch {
          return false;
        }
      },
      { message: 'is not a valid regular expression' },
    )
    .optional(),
  /** Globs, relative to the tasks directory, of markdown files that are not tasks. */
  exclude: z.array(z.string().min(1)).optional(),
});
export type Config = z.infer<typeof ConfigSchema>;
