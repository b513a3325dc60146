/**
 * The extids core's public API: the commands, the transaction, the state and task-file formats.
 * The CLI, the hook and the action use only what is exported here.
 */
// Commands: settings in, a report out.
export { validate } from './commands/validate.js';
export { migrate } from './commands/migrate.js';
export { repair } from './commands/repair.js';
export { assign, assignTask, configuredTools, type AssignOptions } from './commands/assign.js';
export { lookup, type LookupResult } from './commands/lookup.js';
export { nextSteps, type NextSteps } from './commands/next.js';
export { checkStarts, parseStarts, startCounters, type CounterStart } from './commands/start.js';
export {
  sync,
  SyncFailed,
  syncTarget,
  type SyncItem,
  type SyncOptions,
  type SyncReport,
  type Synced,
} from './commands/sync.js';
export { GitHubTracker, serverOfApi, type GitHubOptions } from './sync/github.js';
export { fileUrl, parseRemote, type RemoteRepo, type RepoWeb } from './sync/remote.js';
export { TRACKERS, type TrackerRow } from './sync/trackers.js';
export type { Tracker } from './sync/tracker.js';
export {
  itemText,
  LINKS_FILE,
  linksText,
  mergeLinks,
  parseLinksText,
  type Links,
  type ParsedLinks,
} from './sync/links.js';
export {
  assignStaged,
  checkStagedState,
  planStagedTasks,
  stagedMismatches,
  type LedgerFix,
  type Skipped,
  type StagedPlan,
  type StagedResult,
  type StagedStateTexts,
  type StagedTask,
} from './commands/staged.js';
export type { Assigned, OpOptions, Progress, Report } from './commands/common.js';
export type { Change, ChangeKind } from './changes.js';

// Settings.
export { checkRoot, checkTopLevel } from './root.js';
export {
  isSyncMode,
  loadSettings,
  parseToolList,
  parseToolNames,
  type Settings,
  type SettingsOverrides,
  type ToolConfig,
} from './config.js';
export {
  CONFIG_FILE,
  COUNTERS_FILE,
  DEFAULT_STATE_DIR,
  DEFAULT_TASKS_DIR,
  MAPPING_FILE,
  STATE_FILE,
  displayPath,
  isInside,
  relPath,
} from './paths.js';

// Findings and errors.
export {
  ERROR_CODES,
  ExtidsError,
  FINDING_CODES,
  finding,
  hasErrors,
  type ErrorCode,
  type Finding,
  type FindingCode,
  type Severity,
} from './findings.js';

// IDs and the state files.
export { itemNoun, TOOLS, TOOL_LABEL, TOOL_NOUN, type ExternalRef, type Tool } from './ids.js';
export {
  CounterFileSchema,
  emptyCounters,
  FORMAT_VERSION,
  MappingFileSchema,
  type CounterFile,
  type Counters,
  type ExternalIds,
  type MappingFile,
  type Mappings,
} from './schema.js';
export type { FileKind } from './migrate.js';
export {
  parseStateText,
  type ParsedCounters,
  type ParsedMapping,
  type ParsedStateFile,
} from './parse.js';
export { canonicalJson, isoStamp } from './canonical.js';
export { findDuplicateExternalIds, highestUsed } from './state.js';

// Reading and writing under the lock.
export { Ledger, type Assignment } from './ledger.js';
export { readState, transaction, type Snapshot, type Tx, type TxResult } from './store.js';
export type { LockOptions } from './lock.js';
export type { WriteFs } from './atomic.js';

// Task files.
export { readTask, readTaskText, setExternalIds, tasksById, type TaskRecord } from './tasks.js';

// Merging, and who keeps a duplicated number.
export {
  mergedFiles,
  mergeState,
  type MergeConflict,
  type MergeNote,
  type MergeResult,
} from './merge.js';
export type { Renumbered } from './renumber.js';
export { seniorityFromCommits, seniorityFromTasks, type Seniority } from './seniority.js';

// Git.
export { Git } from './git.js';
export { introducedSince } from './introduced.js';
export { repairRewritten, type Refixed, type RewriteResult } from './rewrite.js';
