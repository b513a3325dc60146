/**
 * Where things live. No dependencies: the hook's fast path imports this without loading the rest
 * of the core.
 */
export const CONFIG_FILE = '.claude/extids.json';
export const DEFAULT_STATE_DIR = '.claude/state';
export const DEFAULT_TASKS_DIR = 'tasks';
export const MAPPING_FILE = 'external_id_mapping.json';
export const COUNTERS_FILE = 'external_id_counters.json';
export const STATE_FILE = { mapping: MAPPING_FILE, counters: COUNTERS_FILE } as const;
