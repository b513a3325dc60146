/**
 * How severe a condition about task files is. One place decides, and every door (validate,
 * assign, repair, migrate, the hook, the action) asks here, so one condition has one severity.
 */
import { finding, type Finding, type FindingCode, type Severity } from './findings.js';
import { TOOL_LABEL, TOOLS, type Tool } from './ids.js';
import type { ExternalIds } from './schema.js';

/** Conditions whose severity never depends on context. */
export const SEVERITY = {
  FRONTMATTER_PARSE_ERROR: 'error',
  NOT_UTF8: 'error',
  NO_FRONTMATTER: 'warning',
  DUPLICATE_YAML_KEY: 'warning',
  INVALID_TASK_ID: 'warning',
  MISSING_TASK_ID: 'warning',
  LEGACY_TASK_ID_FIELD: 'warning',
  MISSING_EXTERNAL_ID: 'warning',
  SYNC_PENDING: 'info',
  ORPHAN_MAPPING: 'warning',
  // Not followed (tasks.ts says why): nothing in the ledger is wrong, but a task may go without IDs.
  SYMLINK_TASK: 'warning',
  // A file the hook or `assign FILE` was handed that no scan reads (paths.ts: notATask).
  NOT_A_TASK: 'warning',
} as const satisfies Partial<Record<FindingCode, Severity>>;

export type PolicyCode = keyof typeof SEVERITY;

/** A finding whose severity the policy decides. */
export const policyFinding = (
  code: PolicyCode,
  message: string,
  where: { file?: string; line?: number } = {},
): Finding => finding(SEVERITY[code], code, message, where);

/** A file named to the hook or to `assign FILE` that is not a candidate task; `why` from notATask. */
export const notATaskFinding = (file: string, why: string): Finding =>
  policyFinding('NOT_A_TASK', `is not read as a task (${why}), so it gets no external IDs`, {
    file,
  });

/** One file of a task ID, as far as the twin rule needs it. */
export interface Copy {
  file: string;
  line?: number;
  title?: string;
  externalIds?: ExternalIds;
}

/** For each tool, the differing external IDs the copies carry (placeholders do not count). */
export function contradictions(copies: Copy[]): string[] {
  const out: string[] = [];
  for (const tool of TOOLS) {
    const held = new Map<string, string[]>();
    for (const c of copies) {
      const v = c.externalIds?.[tool];
      if (v !== undefined) held.set(v, [...(held.get(v) ?? []), c.file]);
    }
    if (held.size > 1)
      out.push(
        `${TOOL_LABEL[tool]} ${[...held].map(([v, files]) => `${v} (${files.join(', ')})`).join(' vs ')}`,
      );
  }
  return out;
}

/**
 * One ID in several files. Tasks are moved by copying and old IDs were reused, so this is a
 * warning: the copies are one ledger entry and carry the same external IDs. It is an error when
 * the copies contradict each other, or when the change being checked creates the collision: a
 * file it adds (`introduced`: files the staged commit or the pull request adds, moves excepted)
 * whose title another file of the id does not share. A copy added with the same title, alone or
 * together with the task it copies, is the same task.
 */
export function duplicateTaskId(
  id: string,
  copies: Copy[],
  introduced: (file: string) => boolean = () => false,
): Finding {
  const files = copies.map((c) => c.file);
  const where = { file: copies[0]!.file, line: copies[0]!.line };
  const contra = contradictions(copies);
  if (contra.length)
    return finding(
      'error',
      'DUPLICATE_TASK_ID',
      `${id} is the id of ${files.length} files whose external IDs contradict each other: ${contra.join('; ')}; make the copies agree (or give one a new id)`,
      where,
    );
  // A file the change adds is a copy when every other file of the id has its title (tasks are
  // moved by copying); one whose title another file does not share is a new task taking the id.
  const title = (c: Copy) => c.title ?? '';
  const clash = copies.filter(
    (c) => introduced(c.file) && copies.some((o) => o !== c && title(o) !== title(c)),
  );
  const titles = [...new Set(copies.map(title))];
  const listTitles = () => titles.map((t) => (t ? `"${t}"` : 'none')).join(', ');
  if (clash.length) {
    const where = { file: clash[0]!.file, line: clash[0]!.line };
    const held = copies.filter((c) => !introduced(c.file)).map((c) => c.file);
    return finding(
      'error',
      'DUPLICATE_TASK_ID',
      held.length
        ? `${id} is already the id of ${held.join(', ')}; the new ${clash.map((c) => c.file).join(', ')}, with another title (${listTitles()}), cannot take it over: give the new task its own id`
        : `${id} is the id of ${files.length} new files with different titles (${listTitles()}): ${files.join(', ')}; give each new task its own id`,
      where,
    );
  }
  const sameness =
    titles.length > 1
      ? `titles differ (${listTitles()}): likely an old ID reused`
      : 'same title: likely a task moved by copying';
  return finding(
    'warning',
    'DUPLICATE_TASK_ID',
    `${id} is the id of ${files.length} files: ${files.join(', ')}; ${sameness}. They share one ledger entry and carry the same external IDs`,
    where,
  );
}

/**
 * The files a change introduces, for the twin rule: the files it adds, less the moves. An added
 * file whose id is held by a file the same change deletes is that task moved (`git mv`, or a
 * delete and an add), never a new file taking the id over, whatever else shares the id.
 * `added`: each added task file with its id; `deletedIds`: the ids of the task files it deletes.
 */
export function introducedFiles(
  added: Iterable<[file: string, id: string | undefined]>,
  deletedIds: ReadonlySet<string>,
): (file: string) => boolean {
  const set = new Set<string>();
  for (const [file, id] of added) if (id === undefined || !deletedIds.has(id)) set.add(file);
  return (file) => set.has(file);
}

/** What the frontmatter rule needs of a task file. */
export interface FrontmatterTask {
  id?: string;
  file: string;
  idLine?: number;
  externalIdsLine?: number;
  externalIds?: ExternalIds;
}

/**
 * Whether a key only the frontmatter names is a person's for sync to link (its tool is in sync
 * mode: the mapping gets it from sync, with its link) rather than one the mapping lacks. The
 * mapping holds no unlinked key of a sync-mode tool but one counter mode predicted
 * (commands/sync.ts `predictedKey`), so offline doors never copy it there (DESIGN "Adoption").
 */
export const handWritten = (tool: Tool, syncTools: readonly Tool[]): boolean =>
  syncTools.includes(tool);

/**
 * FRONTMATTER_MISMATCH: a task's `external_ids` against its mapping entry (`entry`, undefined when
 * the mapping has none), one finding per tool that disagrees. An ID the frontmatter names and the
 * mapping contradicts or lacks is an error (the mapping is the ledger and wins); an ID only the
 * mapping has is a warning (repair writes it). `where` is appended to the "has no ID" message.
 * `syncTools`: the tools in sync mode; for them an ID only the frontmatter names is a person's,
 * SYNC_PENDING until sync links it (`handWritten`). Every door asks here: validate (diagnose.ts), and the hook for the task files a commit stages.
 */
export function frontmatterMismatch(
  t: FrontmatterTask,
  entry: ExternalIds | undefined,
  where = '',
  syncTools: readonly Tool[] = [],
): Finding[] {
  const out: Finding[] = [];
  const fm = t.externalIds ?? {};
  for (const tool of TOOLS) {
    const m = entry?.[tool];
    const f = fm[tool];
    if (f !== undefined && m === undefined && handWritten(tool, syncTools))
      out.push(
        policyFinding(
          'SYNC_PENDING',
          `external_ids.${tool} is ${f}, written by hand: \`extids sync\` links ${t.id} to that ${TOOL_LABEL[tool]} item once it has read it, and records it in the mapping file`,
          { file: t.file, line: t.externalIdsLine },
        ),
      );
    else if (f !== undefined && m === undefined)
      out.push(
        finding(
          'error',
          'FRONTMATTER_MISMATCH',
          `external_ids.${tool} is ${f} but the mapping file has no ${TOOL_LABEL[tool]} ID for ${t.id}${where}; \`extids repair\` adds it`,
          { file: t.file, line: t.externalIdsLine },
        ),
      );
    else if (f !== undefined && m !== f)
      out.push(
        finding(
          'error',
          'FRONTMATTER_MISMATCH',
          `external_ids.${tool} is ${f} but the mapping file says ${m} for ${t.id}; \`extids repair\` writes ${m} (the mapping file wins)`,
          { file: t.file, line: t.externalIdsLine },
        ),
      );
    else if (f === undefined && m !== undefined)
      out.push(
        finding(
          'warning',
          'FRONTMATTER_MISMATCH',
          `has no external_ids.${tool}; the mapping file says ${m}; \`extids repair\` writes it`,
          { file: t.file, line: t.externalIdsLine ?? t.idLine },
        ),
      );
  }
  return out;
}
