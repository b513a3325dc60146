/** What is wrong with the state and the tasks, as findings. Pure: no disk, no git. */
import { finding, type Finding } from './findings.js';
import { DEFAULT_INTERNAL_ID, TOOL_LABEL, TOOLS } from './ids.js';
import { Locator, type ParsedCounters, type ParsedMapping } from './parse.js';
import type { Mappings } from './schema.js';
import { analyzeMappings, countersBehind, hasOwn } from './state.js';
import { isSyncMode, syncTools, type ToolConfig } from './config.js';
import { duplicateTaskId, frontmatterMismatch, policyFinding, type Copy } from './policy.js';
import { tasksById, type TaskRecord } from './tasks.js';
import { syncCreates } from './sync/content.js';

export interface DiagnoseInput {
  mapping: ParsedMapping;
  counters: ParsedCounters;
  tasks?: TaskRecord[];
  tools?: ToolConfig;
  /** Config `sync.statuses`: which tasks sync creates items for (see `syncCreates`). */
  syncStatuses?: readonly string[];
  idPattern?: RegExp;
  /** Files the change being checked adds (a pull request's): a collision they create is an error. */
  introduced?: (file: string) => boolean;
}

export function diagnose(input: DiagnoseInput): Finding[] {
  const { mapping, counters } = input;
  const idPattern = input.idPattern ?? DEFAULT_INTERNAL_ID;
  const out: Finding[] = [...mapping.findings, ...counters.findings];
  const mappings = mapping.data?.mappings;
  const mapLoc = new Locator(mapping.text, mapping.enveloped);
  const cntLoc = new Locator(counters.text, counters.enveloped);

  if (mappings) {
    const analysis = mapping.analysis ?? analyzeMappings(mappings);
    for (const id of analysis.ids)
      if (!idPattern.test(id))
        out.push(
          finding('warning', 'INVALID_INTERNAL_ID', `"${id}" is not a task ID of a known shape`, {
            file: mapping.file,
            line: mapLoc.line(['mappings', id]),
          }),
        );
    const { duplicates, highest } = analysis;
    for (const d of duplicates)
      out.push(
        finding(
          'error',
          'DUPLICATE_EXTERNAL_ID',
          `${d.externalId} (${TOOL_LABEL[d.tool]}) is held by ${d.holders.join(' and ')}; \`extids repair\` keeps it for the task created first and renumbers the other`,
          { file: mapping.file, line: mapLoc.line(['mappings', d.holders[1]!, d.tool]) },
        ),
      );
    if (
      counters.status === 'valid' ||
      counters.status === 'legacy' ||
      counters.status === 'missing'
    ) {
      const have = counters.data?.counters ?? { azure_devops: 0, github: 0, jira: {}, linear: {} };
      for (const [label, has, needs] of countersBehind(have, highest)) {
        const [tool, key] = label.split(' ');
        out.push(
          finding(
            'error',
            'COUNTER_BEHIND',
            `the ${label} counter is ${has} but ${needs} is already used; the next ID would repeat a number. \`extids repair\` raises it`,
            {
              file: counters.status === 'missing' ? mapping.file : counters.file,
              line: cntLoc.line(key ? ['counters', tool!, key] : ['counters', tool!]),
            },
          ),
        );
      }
    }
  }
  if (input.tasks) out.push(...diagnoseTasks(input, mappings, idPattern, mapLoc));
  return out;
}

function diagnoseTasks(
  input: DiagnoseInput,
  mappings: Mappings | undefined,
  idPattern: RegExp,
  mapLoc: Locator,
): Finding[] {
  const tasks = input.tasks!;
  const mappingFile = input.mapping.file;
  const out: Finding[] = [];
  const byId = tasksById(tasks);
  const configured = TOOLS.filter((t) => input.tools?.[t]);
  // A missing mapping file holds nothing: frontmatter IDs are then reported against it (a
  // mistyped --state-dir must not look clean). A damaged one is reported as such, not per task.
  const missing = input.mapping.status === 'missing';
  const known = mappings ?? (missing ? {} : undefined);
  const where = missing ? ` (${mappingFile} does not exist: is the state directory right?)` : '';
  for (const t of tasks) {
    if (t.findings.length) out.push(...t.findings);
    if (!t.hasFrontmatter) continue;
    if (t.id === undefined) {
      if (!t.findings.some((f) => f.code === 'FRONTMATTER_PARSE_ERROR')) out.push(missingTaskId(t));
      continue;
    }
    if (!idPattern.test(t.id)) {
      out.push(invalidTaskId(t));
      continue;
    }
    const same = byId.get(t.id)!;
    if (same.length > 1 && same[0] === t)
      out.push(duplicateTaskId(t.id, same.map(copyOf), input.introduced));
    if (!known) continue;
    const entry = hasOwn(known, t.id) ? known[t.id] : undefined;
    out.push(...frontmatterMismatch(t, entry, where, syncTools(input.tools ?? {})));
    const fm = t.externalIds ?? {};
    for (const tool of TOOLS) {
      const m = entry?.[tool];
      const f = fm[tool];
      if (f !== undefined || m !== undefined) continue;
      if (configured.includes(tool) && isSyncMode(input.tools!, tool)) {
        // Pending only where sync would create the item (a completed task never gets one).
        if (syncCreates(t.status, input.syncStatuses))
          out.push(
            policyFinding(
              'SYNC_PENDING',
              `${t.id} waits for its ${TOOL_LABEL[tool]} item; \`extids sync\` creates it`,
              { file: t.file, line: t.idLine },
            ),
          );
      } else if (configured.includes(tool))
        out.push(
          policyFinding(
            'MISSING_EXTERNAL_ID',
            `${t.id} has no ${TOOL_LABEL[tool]} ID; \`extids assign\` gives it one`,
            { file: t.file, line: t.idLine },
          ),
        );
    }
  }
  if (mappings && tasks.length)
    for (const id in mappings)
      if (!byId.has(id))
        out.push(
          policyFinding('ORPHAN_MAPPING', `${id} has no task file; its numbers stay retired`, {
            file: mappingFile,
            line: mapLoc.line(['mappings', id]),
          }),
        );
  return out;
}

/** What the twin rule needs of a task file. */
export const copyOf = (t: TaskRecord): Copy => ({
  file: t.file,
  line: t.idLine,
  title: t.title,
  externalIds: t.externalIds,
});

/** Frontmatter without an id (no field, an empty one, a list): not a task, in every door. */
export const missingTaskId = (t: TaskRecord): Finding =>
  policyFinding(
    'MISSING_TASK_ID',
    t.idValue === 'empty'
      ? `has frontmatter whose ${t.idField}: is empty, so this file is not treated as a task`
      : t.idValue === 'not-single'
        ? `has frontmatter whose ${t.idField}: is not a single value (a list or a map), so this file is not treated as a task`
        : 'has frontmatter but no id: field',
    { file: t.file, line: t.idLine ?? 1 },
  );

/** An id that is not a task ID: the file is not a task, in every door. */
export const invalidTaskId = (t: TaskRecord): Finding =>
  policyFinding(
    'INVALID_TASK_ID',
    `id "${t.id}" is not a task ID of a known shape, so this file is not treated as a task: no IDs are assigned or adopted`,
    { file: t.file, line: t.idLine },
  );
