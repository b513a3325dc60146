/**
 * The state as one transaction sees it, and allocation. A counter holds the last number handed
 * out and starts at least at the highest number used, so no number is handed out twice.
 */
import { ExtidsError } from './findings.js';
import {
  DEFAULT_INTERNAL_ID,
  formatExternalId,
  isKeyedTool,
  parseExternalId,
  PROJECT_KEY,
  TOOL_LABEL,
  type ExternalRef,
  type Tool,
} from './ids.js';
import type { Counters, ExternalIds, Mappings } from './schema.js';
import { hasOwn, highestOf, highestUsed, maxCounters } from './state.js';

export interface Assignment {
  internalId: string;
  tool: Tool;
  externalId: string;
  /** False when the mapping already existed and was returned as is. */
  created: boolean;
}

export interface LedgerOptions {
  idPattern?: RegExp;
  /** The highest numbers `mappings` uses, when the caller has them already (a one-pass parse). */
  highest?: Counters;
  /** Numbers no mapping holds any more that must never be handed out again. */
  retired?: ExternalRef[];
}

const refKey = (tool: Tool, externalId: string) => `${tool}\u0000${externalId}`;

export class Ledger {
  mappingsChanged = false;
  /** At least the highest number in use or retired, per tool and key: the next is always free. */
  readonly counters: Counters;
  private readonly idPattern: RegExp;
  private index: Map<string, string> | undefined;

  constructor(
    readonly mappings: Mappings,
    counters: Counters,
    opts: LedgerOptions = {},
  ) {
    this.idPattern = opts.idPattern ?? DEFAULT_INTERNAL_ID;
    this.counters = maxCounters(
      counters,
      opts.highest ?? highestUsed(mappings),
      highestOf(opts.retired ?? []),
    );
  }

  /** The per-tool maximum of several counter sets. */
  static maxOf(all: Counters[]): Counters {
    return maxCounters(...all);
  }

  get(internalId: string): ExternalIds | undefined {
    return hasOwn(this.mappings, internalId) ? this.mappings[internalId] : undefined;
  }

  /** Reverse lookup through an index built once per transaction. */
  find(tool: Tool, externalId: string): string | undefined {
    return this.reverse().get(refKey(tool, externalId));
  }

  private reverse(): Map<string, string> {
    if (!this.index) {
      this.index = new Map();
      for (const id in this.mappings) {
        const entry = this.mappings[id]!;
        for (const t in entry) {
          const k = refKey(t as Tool, entry[t as Tool]!);
          if (!this.index.has(k)) this.index.set(k, id);
        }
      }
    }
    return this.index;
  }

  checkInternalId(internalId: string): void {
    if (!this.idPattern.test(internalId))
      throw new ExtidsError(
        'INVALID_ID',
        `"${internalId}" is not a task ID of a known shape (e.g. TASK-7A96, TASK-E01-b2c4, EPIC-001)`,
      );
  }

  static normalizeKey(tool: Tool, key: string | undefined): string | undefined {
    if (!isKeyedTool(tool)) return undefined;
    const k = key?.trim().toUpperCase();
    if (!k || !PROJECT_KEY.test(k))
      throw new ExtidsError(
        'INVALID_ID',
        `${TOOL_LABEL[tool]} needs a ${tool === 'jira' ? 'project' : 'team'} key like PROJ${key ? `, not "${key}"` : ''}`,
      );
    return k;
  }

  /** Idempotent: an existing mapping is returned, never re-allocated. */
  assign(internalId: string, tool: Tool, key?: string): Assignment {
    this.checkInternalId(internalId);
    const k = Ledger.normalizeKey(tool, key);
    const existing = this.get(internalId)?.[tool];
    if (existing !== undefined) return { internalId, tool, externalId: existing, created: false };
    const externalId = this.allocate(tool, k);
    this.record(internalId, tool, externalId, parseExternalId(tool, externalId)!);
    return { internalId, tool, externalId, created: true };
  }

  /**
   * A number never handed out before: advances the counter. The constructor raised the counters
   * to every number in use, so the next number is free without a lookup; the reverse index, once
   * built for other reasons, double-checks it for free.
   */
  allocate(tool: Tool, key?: string): string {
    const k = Ledger.normalizeKey(tool, key);
    let externalId: string;
    do externalId = formatExternalId(tool, this.next(tool, k), k);
    while (this.index !== undefined && this.find(tool, externalId) !== undefined);
    return externalId;
  }

  private next(tool: Tool, key: string | undefined): number {
    if (tool === 'jira' || tool === 'linear') {
      const c = this.counters[tool];
      const n = (hasOwn(c, key!) ? c[key!]! : 0) + 1;
      c[key!] = n;
      return n;
    }
    const t = tool as 'github' | 'azure_devops';
    return ++this.counters[t];
  }

  /** Records an external ID decided elsewhere (adopted from frontmatter, renumbered by repair). */
  put(internalId: string, tool: Tool, externalId: string): void {
    const parsed = parseExternalId(tool, externalId);
    if (!parsed)
      throw new ExtidsError('INVALID_ID', `"${externalId}" is not a ${TOOL_LABEL[tool]} ID`);
    const holder = this.find(tool, externalId);
    if (holder !== undefined && holder !== internalId)
      throw new ExtidsError(
        'INVALID_ID',
        `${externalId} (${TOOL_LABEL[tool]}) is already held by ${holder}`,
      );
    this.record(internalId, tool, externalId, parsed);
  }

  /** Writes the mapping and raises the counter; the caller has made sure nobody else holds it. */
  private record(
    internalId: string,
    tool: Tool,
    externalId: string,
    parsed: { number: number; key?: string },
  ): void {
    if (!hasOwn(this.mappings, internalId)) this.mappings[internalId] = {};
    const entry = this.mappings[internalId]!;
    const old = entry[tool];
    if (old === externalId) return;
    entry[tool] = externalId;
    // The old value keeps its index entry: a number once used is never handed out again.
    this.index?.set(refKey(tool, externalId), internalId);
    this.raise(tool, parsed.number, parsed.key);
    this.mappingsChanged = true;
  }

  /** The last number handed out for `tool` (and its key): 0 before the first. */
  counter(tool: Tool, key?: string): number {
    if (tool === 'jira' || tool === 'linear') {
      const c = this.counters[tool];
      return hasOwn(c, key!) ? c[key!]! : 0;
    }
    return this.counters[tool as 'github' | 'azure_devops'];
  }

  /** Raises a counter to at least `n`; never lowers it (a number once handed out stays used). */
  raiseCounter(tool: Tool, n: number, key?: string): void {
    this.raise(tool, n, Ledger.normalizeKey(tool, key));
  }

  private raise(tool: Tool, n: number, key?: string): void {
    if (tool === 'jira' || tool === 'linear') {
      const c = this.counters[tool];
      if (!hasOwn(c, key!) || c[key!]! < n) c[key!] = n;
    } else if (this.counters[tool as 'github' | 'azure_devops'] < n)
      this.counters[tool as 'github' | 'azure_devops'] = n;
  }
}
