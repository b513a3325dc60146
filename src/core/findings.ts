/** Findings are values: a stable code, a severity, and a message a person can act on. */

export type Severity = 'error' | 'warning' | 'info';

/** Every finding code extids emits, with what it means. The README table is generated from this. */
export const FINDING_CODES = {
  PARSE_ERROR: 'The file is not valid JSON (line and column given).',
  CONFLICT_MARKERS: 'The file contains git conflict markers (<<<<<<<, =======, >>>>>>>).',
  EMPTY_FILE: 'The file is empty, blank or filled with NUL bytes (typical of a crash mid-write).',
  BOM: 'The file starts with a byte-order mark, which the reference implementation cannot read.',
  SCHEMA_INVALID: 'A value has the wrong type or shape for format 1.0.',
  INVALID_COUNTER: 'A counter is negative, fractional, not a number, or beyond 2^53.',
  UNSAFE_KEY: 'A key such as `__proto__` or `constructor`, refused to prevent prototype pollution.',
  UNSUPPORTED_VERSION:
    'The file declares a newer format than this extids knows; it is never rewritten.',
  LEGACY_VERSION: 'The file is in an older shape; `extids migrate` upgrades it to 1.0.',
  DUPLICATE_JSON_KEY:
    'A key written twice in a state or links file (JSON keeps the last silently); an error if values differ.',
  NOT_CANONICAL:
    'Valid, but not in the canonical layout; `extids repair` rewrites it without changing data.',
  MISSING_FILE: 'A state file is missing although git has it committed.',
  UNREADABLE:
    'The file or directory cannot be read (permissions, a symlink out of the repository, not a file).',
  COUNTER_BEHIND:
    'A counter is lower than the highest number already used; it would hand a number out twice.',
  DUPLICATE_EXTERNAL_ID: 'Two internal IDs hold the same external ID.',
  INVALID_INTERNAL_ID: 'A key of the mapping file is not a task ID of a known shape.',
  ORPHAN_MAPPING: 'A mapping whose task file no longer exists; its numbers stay retired.',
  FRONTMATTER_MISMATCH: "A task's `external_ids` frontmatter disagrees with the mapping file.",
  DUPLICATE_TASK_ID: 'Two task files declare the same internal ID.',
  PARTIALLY_STAGED:
    'A staged task whose unstaged version has another id; the hook cannot write its IDs safely.',
  SYMLINK_TASK:
    'A task file or folder under the tasks directory is a symbolic link; extids does not follow it.',
  NOT_A_TASK:
    'A file named to the hook or to `assign FILE` is not read as a task (a name starting with a dot, a file in node_modules/, not `.md`, or excluded), as validate and repair never read it; it gets no IDs.',
  NO_FRONTMATTER:
    'A markdown file under the tasks directory has no frontmatter (a guide, a README, an empty file): not a task. An `exclude` glob silences it.',
  NOT_UTF8:
    'A file under the tasks directory is not valid UTF-8: extids neither reads nor edits it (PyYAML cannot read it either).',
  MISSING_TASK_ID: 'A task file has frontmatter but no id.',
  INVALID_TASK_ID: "A task's id is not of a known shape.",
  LEGACY_TASK_ID_FIELD: 'A task uses the legacy `task_id:` field instead of `id:`.',
  FRONTMATTER_PARSE_ERROR: "A task's frontmatter is not valid YAML: PyYAML cannot read it either.",
  DUPLICATE_YAML_KEY:
    'A frontmatter key is written twice; PyYAML keeps the last value, and so does extids.',
  MISSING_EXTERNAL_ID:
    'A task lacks an external ID for a configured tool; `extids assign` gives it one.',
  UNRECOVERED: 'Repair could not recover this data from any source; the original is kept.',
  NOT_FOUND: '`extids lookup` found no mapping for the ID.',
  CONFIG_UNCHANGED:
    '`extids init --tools` named the tools the config already tracks; it was left as it is.',
  MERGE_CONFLICT: 'The merge driver found a contradiction it cannot resolve without a person.',
  SYNC_PENDING:
    'A task waits for its tracker item in sync mode; `extids sync` creates it (offline doors never invent one).',
  SYNC_CONFLICT:
    "A tracker item a person edited (kept, field by field), or a key that is not the task's item (another task's, a pull request, one that names nothing).",
  LINK_MISMATCH:
    'The links file names another tracker item than the mapping; the next `extids sync` relinks it.',
  SYNC_LEFT:
    'A sync run left this work (rate limit, --max-creates, another run holds it, a task file not committed); the next run does it.',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;

export interface Finding {
  severity: Severity;
  code: FindingCode;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

/** A message stays one readable line even when it quotes a 50 MB value or key. */
const MAX_MESSAGE = 600;
const brief = (s: string): string =>
  s.length <= MAX_MESSAGE
    ? s
    : `${s.slice(0, MAX_MESSAGE / 2)} … (${s.length - MAX_MESSAGE} characters left out) … ${s.slice(-MAX_MESSAGE / 3)}`;

export function finding(
  severity: Severity,
  code: FindingCode,
  message: string,
  where: { file?: string; line?: number; column?: number } = {},
): Finding {
  const f: Finding = { severity, code, message: brief(message) };
  if (where.file !== undefined) f.file = where.file;
  if (where.line !== undefined) f.line = where.line;
  if (where.column !== undefined) f.column = where.column;
  return f;
}

export const hasErrors = (findings: readonly Finding[]): boolean =>
  findings.some((f) => f.severity === 'error');

/** Failures that stop a command from running at all (exit code 2 in the CLI), with what they mean. */
export const ERROR_CODES = {
  USAGE: 'The command line is wrong: an unknown option, a missing argument, contradicting options.',
  LOCK_TIMEOUT: 'Another extids process held the state lock for longer than the wait allows.',
  LOCK_COMPROMISED:
    'The lock was taken over mid-write; nothing more was written: `extids repair` finishes the task files.',
  NOT_A_DIRECTORY: 'A path that must be a directory (the state or tasks directory) is a file.',
  UNREADABLE: 'A path given or needed cannot be read.',
  OUTSIDE_ROOT:
    'The state or the tasks directory leads out of the repository (a symlink, or a path outside it).',
  WRITE_FAILED: 'A write failed (the file and the reason given); what was on disk is kept.',
  STATE_INVALID: 'The state files cannot be used as they are; `extids repair` first (exit 1).',
  CONFIG_INVALID: 'The config file is not valid (the file and the problem given).',
  NOT_CONFIGURED: 'No tools are configured, so there is nothing to assign.',
  INVALID_ID: 'An internal or external ID, or a project key, is not of a known shape.',
  NOT_A_REPOSITORY: 'The directory is not inside a git repository.',
  NOT_TOP_LEVEL:
    "The root is a folder below the git repository's top level (the message names the top level).",
  NOTHING_HERE:
    'The root holds neither a tasks directory, nor state files, nor a config: a mistyped root?',
  GIT_FAILED: 'A git command failed (its own message given).',
  SYNC_REFUSED:
    'sync cannot run here: no upstream, not level with it, a file it writes is dirty, no token, or a plan over --max-creates.',
  CANCELLED:
    'The run was cancelled (SIGINT, SIGTERM): it recorded what it finished and released the rest.',
  TRACKER_FAILED: 'The tracker refused or failed a request (status and its message given).',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class ExtidsError extends Error {
  override readonly name = 'ExtidsError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: {
      file?: string;
      findings?: Finding[];
      cause?: unknown;
      exitCode?: number;
    } = {},
  ) {
    super(message);
  }
}

/** A node fs error as a short phrase: "permission denied (EACCES)". */
export function describeFsError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const phrases: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    ENOSPC: 'no space left on device',
    EIO: 'input/output error',
    EISDIR: 'is a directory',
    ENOTDIR: 'not a directory',
    EROFS: 'read-only file system',
    EEXIST: 'already exists',
    ELOOP: 'too many symbolic links',
  };
  if (e && typeof e.code === 'string') return `${phrases[e.code] ?? e.message} (${e.code})`;
  return err instanceof Error ? err.message : String(err);
}
