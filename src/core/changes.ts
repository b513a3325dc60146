/**
 * What a command changed, or would change, as records. The core decides and returns these;
 * each door renders them (a sentence, a JSON field, a row of the job summary).
 */
import type { ExternalIds } from './schema.js';
import type { Tool } from './ids.js';

/** Every change names the file it is about, relative to the repository root where it can. */
export type Change =
  /** A state file written by a transaction. */
  | { kind: 'state-written'; file: string; how: 'created' | 'updated' | 'migrated' | 'rebuilt' }
  /** The original of a state file kept beside it before it was replaced. */
  | { kind: 'original-kept'; file: string; why: 'pre-migration' | 'corrupt' }
  /** A task file whose external_ids block was written. */
  | { kind: 'task-written'; file: string; task: string; externalIds: ExternalIds }
  /** Repair: a damaged mapping file rebuilt from what it still held and the other sources. */
  | { kind: 'mapping-rebuilt'; file: string; sources: { name: string; added: number }[] }
  /** Repair: a missing mapping file restored from other sources. */
  | { kind: 'mapping-restored'; file: string; sources: string[] }
  /** Repair: two sources disagreed on an ID; the earlier source won, the other number is retired. */
  | {
      kind: 'source-disagreed';
      file: string;
      task: string;
      tool: Tool;
      kept: string;
      other: string;
      source: string;
    }
  /** Repair: external IDs found only in task frontmatter were recorded in the mapping file. */
  | { kind: 'frontmatter-adopted'; file: string; count: number }
  /** A counter raised to the highest number in use. */
  | { kind: 'counter-raised'; file: string; tool: Tool; key?: string; from: number; to: number }
  /** `init --start`: a counter set above the numbers a tracker already used; `next` is handed out next. */
  | {
      kind: 'counter-started';
      file: string;
      tool: Tool;
      key?: string;
      from: number;
      to: number;
      next: string;
    }
  /** A duplicated external ID settled: `keptBy` (created first) kept it, `task` got `to`. */
  | {
      kind: 'renumbered';
      file: string;
      task: string;
      tool: Tool;
      from: string;
      to: string;
      keptBy: string;
    }
  /** Repair: a task's external_ids frontmatter brought in line with the mapping file. */
  | { kind: 'frontmatter-aligned'; file: string; task: string; externalIds: ExternalIds }
  /**
   * Repair: a key the file held more than once settled: `kept` stays (the value the task's
   * frontmatter agrees with; of counters, the highest; or the one value every copy held), the
   * `dropped` values stay retired.
   */
  | {
      kind: 'duplicate-key-settled';
      file: string;
      key: string;
      kept: string;
      keptLine?: number;
      dropped: { value: string; line?: number }[];
      why: 'frontmatter' | 'highest' | 'same';
    }
  /** Repair: a task's links written more than once, settled by the mapping's number. */
  | {
      kind: 'link-settled';
      file: string;
      task: string;
      tool: Tool;
      /** The link kept (`settleLink`): the key the mapping holds, or the one every copy names. */
      kept?: { key: string; line: number };
      /** Whether the mapping holds a key for the task in that tool. */
      mapped: boolean;
      /** The others (key absent: not a whole link). */
      dropped: { key?: string; line: number }[];
    }
  /** Repair: a links file that could not be read started empty, for sync to link again. */
  | { kind: 'links-restarted'; file: string }
  /** A valid file rewritten in the canonical layout; its data did not change. */
  | { kind: 'canonical-rewrite'; file: string }
  /** An older format upgraded, step by step. */
  | { kind: 'migrated'; file: string; steps: string[] }
  /** Repair: the counters file rebuilt (from surviving counters and) the numbers in use. */
  | { kind: 'counters-rebuilt'; file: string; fromSurvivors: boolean }
  /** Repair: a missing counters file created from the numbers in use. */
  | { kind: 'counters-created'; file: string }
  // What `init` sets up.
  | { kind: 'config-created'; file: string; tools: string[] }
  | { kind: 'config-tools-set'; file: string; tools: string[]; before: string[] }
  | { kind: 'lines-added'; file: string; lines: string[]; purpose: 'ignore' | 'merge-driver' }
  | { kind: 'git-config-set'; file: string; key: string; value: string }
  | { kind: 'hook-installed'; file: string; how: 'created' | 'appended' | 'updated' }
  | {
      kind: 'prepare-script';
      file: string;
      how: 'added' | 'updated' | 'left';
      /** The script before (none when there was none). */
      current?: string;
      /** The script init wrote, or (left) what it would need to run. */
      wanted: string;
    };

export type ChangeKind = Change['kind'];
