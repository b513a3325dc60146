/**
 * How severe a condition about task files is. One place decides, and every door (validate,
 * assign, repair, migrate, the hook, the action) asks here, so one condition has one severity.
 */
import { finding, type Finding, type FindingCode, type Severity } from './findings.js';
import { TOOL_LABEL, TOOLS } from './ids.js';
import type { ExternalIds } from './schema.js';

/** Conditions whose severity never depends on context. */
export const SEVERITY = {
  FRONTMATTER_PARSE_ERROR: 'error',
  DUPLICATE_YAML_KEY: 'warning',
  INVALID_TASK_ID: 'warning',
  MISSING_TASK_ID: 'warning',
  LEGACY_TASK_ID_FIELD: 'warning',
  MISSING_EXTERNAL_ID: 'warning',
  SYNC_PENDING: 'info',
  ORPHAN_MAPPING: 'warning',
} as const satisfies Partial<Record<FindingCode, Severity>>;

export type PolicyCode = keyof typeof SEVERITY;

/** A finding whose severity the policy decides. */
export const policyFinding = (
  code: PolicyCode,
  message: string,
  where: { file?: string; line?: number } = {},
): Finding => finding(SEVERITY[code], code, message, where);

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
 * the copies contradict each other, or when the change being checked creates the collision
 * (`introduced`: files the staged commit or the pull request adds).
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
  const added = files.filter(introduced);
  const firstAdded = { file: added[0], line: copies.find((c) => c.file === added[0])?.line };
  if (added.length && added.length < files.length)
    return finding(
      'error',
      'DUPLICATE_TASK_ID',
      `${id} is already the id of ${files.filter((f) => !introduced(f)).join(', ')}; the new ${added.join(', ')} cannot take it over: give the new task its own id`,
      firstAdded,
    );
  const titles = [...new Set(copies.map((c) => c.title ?? ''))];
  // Copies added together are one task moved by copying when their titles agree; with
  // different titles the change gives one id to several new tasks.
  if (added.length && titles.length > 1)
    return finding(
      'error',
      'DUPLICATE_TASK_ID',
      `${id} is the id of ${files.length} new files with different titles (${titles.map((t) => (t ? `"${t}"` : 'none')).join(', ')}): ${files.join(', ')}; give each new task its own id`,
      firstAdded,
    );
  const sameness =
    titles.length > 1
      ? `titles differ (${titles.map((t) => (t ? `"${t}"` : 'none')).join(', ')}): likely an old ID reused`
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
