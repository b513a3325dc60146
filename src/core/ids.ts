/** Tools, internal task IDs and external ID formats. */

export const TOOLS = ['azure_devops', 'github', 'jira', 'linear'] as const;
export type Tool = (typeof TOOLS)[number];
export const KEYED_TOOLS = ['jira', 'linear'] as const;
export type KeyedTool = (typeof KEYED_TOOLS)[number];

/** One external ID of one tool: a number in use, or retired. */
export interface ExternalRef {
  tool: Tool;
  externalId: string;
}

export const isTool = (s: string): s is Tool => (TOOLS as readonly string[]).includes(s);
export const isKeyedTool = (t: Tool): t is KeyedTool => t === 'jira' || t === 'linear';

/** Jira project keys and Linear team keys: an upper-case letter, then letters, digits or _. */
export const PROJECT_KEY = /^[A-Z][A-Z0-9_]*$/;
/**
 * `PROJ-456`: a key and a positive number without leading zeros, of at most 15 digits, so every
 * number is exact as a JavaScript number (beyond 2^53 counting would round onto a used ID).
 */
export const KEYED_EXTERNAL_ID = /^([A-Z][A-Z0-9_]*)-([1-9][0-9]{0,14})$/;
/** `234`: a positive number without leading zeros, of at most 15 digits. */
export const NUMERIC_EXTERNAL_ID = /^[1-9][0-9]{0,14}$/;

export const EXTERNAL_ID_PATTERN: Record<Tool, RegExp> = {
  azure_devops: NUMERIC_EXTERNAL_ID,
  github: NUMERIC_EXTERNAL_ID,
  jira: KEYED_EXTERNAL_ID,
  linear: KEYED_EXTERNAL_ID,
};

export const DEFAULT_ID_PREFIXES = ['TASK', 'EPIC', 'FEAT', 'DOC', 'REV'] as const;

/**
 * Internal IDs as the ecosystem writes them: a known prefix, a dash, and dash-separated parts of
 * letters and digits, each optionally followed by dot parts. `TASK-7A96`, `TASK-E01-b2c4.1`,
 * `TASK-FIX-RWOP1.4a`, `REV-SD-001`, `TASK-PHASE-7-5-BATCH-PROCESSING`, legacy `TASK-042`.
 * Not IDs: `IMPLEMENTATION-GUIDE` (no prefix), a template's `TASK-BENCH-{hash}`.
 */
export function internalIdPattern(prefixes: readonly string[] = DEFAULT_ID_PREFIXES): RegExp {
  const alt = prefixes.map((p) => p.replace(/[^A-Za-z0-9_]/g, '')).join('|');
  const part = '[A-Za-z0-9]+(?:\\.[A-Za-z0-9]+)*';
  return new RegExp(`^(?:${alt})-${part}(?:-${part})*$`);
}

export const DEFAULT_INTERNAL_ID = internalIdPattern();

export interface ParsedExternalId {
  key?: string;
  number: number;
}

/** Parses an external ID of the given tool, or returns undefined if it is not of that tool's form. */
export function parseExternalId(tool: Tool, id: string): ParsedExternalId | undefined {
  if (isKeyedTool(tool)) {
    const m = KEYED_EXTERNAL_ID.exec(id);
    return m ? { key: m[1]!, number: Number(m[2]) } : undefined;
  }
  return NUMERIC_EXTERNAL_ID.test(id) ? { number: Number(id) } : undefined;
}

export function formatExternalId(tool: Tool, number: number, key?: string): string {
  return isKeyedTool(tool) ? `${key}-${number}` : String(number);
}

/** Display names used in messages. */
export const TOOL_LABEL: Record<Tool, string> = {
  azure_devops: 'Azure DevOps',
  github: 'GitHub',
  jira: 'Jira',
  linear: 'Linear',
};

/** What each tracker calls an item (its adapter's `noun`). */
export const TOOL_NOUN: Record<Tool, string> = {
  azure_devops: 'work item',
  github: 'issue',
  jira: 'issue',
  linear: 'issue',
};

/** An item in a message: "a Jira issue", "an Azure DevOps work item". */
export const itemNoun = (tool: Tool): string =>
  `${/^[AEIOU]/.test(TOOL_LABEL[tool]) ? 'an' : 'a'} ${TOOL_LABEL[tool]} ${TOOL_NOUN[tool]}`;

const TOOL_ALIASES: Record<string, Tool> = {
  ado: 'azure_devops',
  azure: 'azure_devops',
  azuredevops: 'azure_devops',
  gh: 'github',
};

/** `Azure-DevOps` → `azure_devops`; undefined if it names no tool. */
export function normalizeToolName(name: string): Tool | undefined {
  if (isTool(name)) return name; // nearly every key, already in its canonical form
  const n = name.trim().toLowerCase().replace(/[-\s]/g, '_');
  if (isTool(n)) return n;
  return TOOL_ALIASES[n.replace(/_/g, '')];
}
