/**
 * `.claude/state/external_id_links.json`: what extids knows of each task's tracker item beyond
 * its number (the mapping file holds the number, so the reference implementation still reads
 * it): the permanent id, the URL, the hash of what extids last sent and the hash of the item as
 * the tracker showed it afterwards. extids-only, canonical, validated, merged by the merge
 * driver; a damaged file is never overwritten (`sync --rebuild-links` rebuilds it from the
 * markers in the tracker).
 */
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { canonicalJson, isoStamp } from '../canonical.js';
import { ExtidsError, finding, type Finding } from '../findings.js';
import { writeFileAtomic } from '../atomic.js';
import { laterStamp } from '../merge.js';
import type { Change } from '../changes.js';
import { Locator, readJsonText, type JsonDuplicate, type JsonFixes } from '../parse.js';
import { LINKS_FILE } from '../paths.js';
import { TOOLS, TOOL_LABEL, type Tool } from '../ids.js';
import { FORMAT_VERSION, type Mappings } from '../schema.js';
import { hasOwn, UNSAFE_KEYS } from '../state.js';
import { policyFinding } from '../policy.js';

export { LINKS_FILE };

/** One tool's link: what extids knows of a task's item in that tracker. */
const LinkSchema = z.strictObject({
  /** The tracker's permanent id (survives moves and renames: a moved Jira issue keeps it). */
  id: z.string().check(z.minLength(1)),
  /** The key the mapping holds (GitHub `12`, Jira `PROJ-58`, Linear `TEAM-21`, Azure `4123`). */
  key: z.string().check(z.minLength(1)),
  url: z.string(),
  /** The item's content hash as the tracker showed it after extids's last write. */
  hash: z.string(),
  /** The content hash of what extids last sent (absent in files written before it existed). */
  sent: z.optional(z.string()),
  /**
   * Each field's hash as the tracker showed it after extids's last write (content.ts
   * `fieldHashes`); a field a person edited keeps the hash from before their edit, so it stays
   * theirs until task and item agree. Absent in files written before it existed.
   */
  fields: z.optional(
    z.strictObject({ title: z.string(), body: z.string(), state: z.enum(['open', 'closed']) }),
  ),
});

/** The links file's format version: 2.0 keeps a link per tool, `{id, key, …}` as strings. */
export const LINKS_VERSION = '2.0';

export const LinksFileSchema = z.strictObject({
  links: z.record(z.string().check(z.minLength(1)), z.partialRecord(z.enum(TOOLS), LinkSchema)),
  updated: z.string(),
  version: z.literal(LINKS_VERSION),
});

export type Link = z.infer<typeof LinkSchema>;
export type Links = Record<string, Partial<Record<Tool, Link>>>;

/**
 * Version 1.0 (GitHub only: `{github: {id, number, url, hash, sent}}`, numbers as JSON numbers)
 * as 2.0: `{github: {id, key, url, hash, sent}}`, id and key as strings. Anything else is left as
 * it is, for the schema to report with its line.
 */
function migrateLinks(json: unknown): { json: unknown; migrated: boolean } {
  const o = json as { links?: unknown; version?: unknown } | null;
  if (o?.version !== FORMAT_VERSION || typeof o.links !== 'object' || o.links === null)
    return { json, migrated: false };
  const links: Record<string, unknown> = {};
  for (const [task, l] of Object.entries(o.links as Record<string, unknown>)) {
    const g = (l as { github?: Record<string, unknown> } | null)?.github;
    if (g && typeof g.id === 'number' && typeof g.number === 'number') {
      const { id, number, ...rest } = g;
      links[task] = { ...(l as object), github: { ...rest, id: String(id), key: String(number) } };
    } else links[task] = l;
  }
  return { json: { ...o, links, version: LINKS_VERSION }, migrated: true };
}

const REBUILD =
  '`extids repair` keeps the links the mapping file agrees with and quarantines the original (the next `extids sync` links the rest again)';
const LINKS_FIXES: JsonFixes = { bom: REBUILD, conflict: REBUILD, duplicate: REBUILD };

export interface ParsedLinks {
  status: 'missing' | 'valid' | 'corrupt';
  links: Links;
  updated?: string;
  /** Errors make the file corrupt: sync refuses it, validate reports it. */
  findings: Finding[];
  /** Read from an earlier version's shape (the next write is in the current one). */
  migrated?: boolean;
  /** The file's value as JSON.parse read it (the last of a repeated key); absent when not JSON. */
  json?: unknown;
  /** Keys written more than once. */
  duplicates?: JsonDuplicate[];
}

const noLinks = () => Object.create(null) as Links;

/** The links file's text as data, with a finding (file, line) for each thing wrong with it. */
export function parseLinksText(text: string, file: string): ParsedLinks {
  const read = readJsonText(text, file, LINKS_FIXES);
  const findings = read.findings;
  if (read.json === undefined) return { status: 'corrupt', links: noLinks(), findings };
  const raw = { json: read.json, duplicates: read.duplicates };
  const loc = new Locator(read.body, true, 4); // links, task, tool, field
  const links = noLinks();
  const { json, migrated } = migrateLinks(read.json);
  const body = (json as { links?: unknown } | null)?.links;
  if (typeof body === 'object' && body !== null)
    for (const key of Object.keys(body))
      if (UNSAFE_KEYS.has(key)) {
        findings.push(
          finding(
            'error',
            'UNSAFE_KEY',
            `has the key "${key}" at links, refused to prevent prototype pollution; ${REBUILD}`,
            { file, line: loc.line(['links', key]) },
          ),
        );
        delete (body as Record<string, unknown>)[key];
      }
  const r = LinksFileSchema.safeParse(json);
  if (!r.success) {
    for (const issue of r.error.issues.slice(0, 10)) {
      const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
      findings.push(
        finding(
          'error',
          'SCHEMA_INVALID',
          `${path.join('.') || 'the top level'}: ${issue.message}; ${REBUILD}`,
          { file, line: loc.line(path) },
        ),
      );
    }
    return { status: 'corrupt', links, findings, ...raw };
  }
  Object.assign(links, r.data.links);
  const corrupt = findings.some((f) => f.severity === 'error');
  return {
    status: corrupt ? 'corrupt' : 'valid',
    links,
    updated: r.data.updated,
    findings,
    ...(migrated && { migrated }),
    ...raw,
  };
}

/** Reads the links file (`file` names it in findings); `missing` when it does not exist. */
export function loadLinks(stateDir: string, file = join(stateDir, LINKS_FILE)): ParsedLinks {
  const path = join(stateDir, LINKS_FILE);
  let text: string;
  try {
    text = nodeFs.readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      return { status: 'missing', links: noLinks(), findings: [] };
    throw new ExtidsError('UNREADABLE', `cannot read ${file}: ${(err as Error).message}`, {
      file,
    });
  }
  return parseLinksText(text, file);
}

/** The links file's entries; an empty set when it does not exist. Throws on a damaged file. */
export function readLinks(stateDir: string): Links {
  const file = join(stateDir, LINKS_FILE);
  const p = loadLinks(stateDir, file);
  const errors = p.findings.filter((f) => f.severity === 'error');
  if (errors.length)
    throw new ExtidsError(
      'STATE_INVALID',
      `${file} is damaged (${errors.map((f) => f.message).join('; ')}); it is left as it is`,
      { file, findings: errors },
    );
  return p.links;
}

/** The links file's text: canonical (sorted keys, two-space indent), like the state files. */
export const linksText = (links: Links, updated: string): string =>
  canonicalJson({ links, updated, version: LINKS_VERSION });

/** Writes the links file atomically, canonical. */
export function writeLinks(stateDir: string, links: Links, now: Date): void {
  writeFileAtomic(join(stateDir, LINKS_FILE), linksText(links, isoStamp(now)));
}

/**
 * Links that disagree with the mapping: a link to another item than the mapping's key, or a link
 * for a task the mapping has no key for in that tool. The next sync reads the item and relinks
 * (or records the key); neither loses anything, so both are warnings.
 */
export function linkFindings(links: Links, mappings: Mappings, file: string): Finding[] {
  const out: Finding[] = [];
  for (const [task, byTool] of Object.entries(links))
    for (const tool of TOOLS) {
      const l = byTool[tool];
      if (!l) continue;
      const mapped = hasOwn(mappings, task) ? mappings[task]![tool] : undefined;
      if (mapped === l.key) continue;
      const name = TOOL_LABEL[tool];
      out.push(
        finding(
          'warning',
          'LINK_MISMATCH',
          mapped === undefined
            ? `${task}: links to ${name} ${itemText(tool, l.key)}, but the mapping has no ${name} ${tool === 'github' ? 'number' : 'key'} for it; the next \`extids sync\` records it`
            : `${task}: links to ${name} ${itemText(tool, l.key)}, but the mapping says ${tool} ${mapped}; the next \`extids sync\` relinks it`,
          { file },
        ),
      );
    }
  return out;
}

/**
 * The key counter mode predicted, if `mapped` (the mapping's key for a task and a tool in sync
 * mode) is one: sync records a key in the mapping and the links file in one commit, and no offline
 * door writes a sync-mode key into the mapping (a key a person writes stays in the frontmatter
 * until sync links it: policy.ts `handWritten`), so a mapped key without a link was predicted
 * offline and names nothing real (DESIGN "Adoption": sync replaces it with the real one).
 */
export const predictedKey = (mapped: string | undefined, link: Link | undefined) =>
  mapped !== undefined && link === undefined ? mapped : undefined;

/**
 * SYNC_PENDING (info) for each key of a sync-mode tool (`syncTools`) that counter mode predicted
 * (`predictedKey`): after a switch to sync mode, validate says what `extids sync` will replace.
 * `file`: the mapping file, as the findings name it.
 */
export function predictedFindings(
  links: Links,
  mappings: Mappings,
  syncTools: readonly Tool[],
  file: string,
): Finding[] {
  const out: Finding[] = [];
  if (syncTools.length === 0) return out;
  for (const [task, entry] of Object.entries(mappings))
    for (const tool of syncTools) {
      const key = predictedKey(entry[tool], hasOwn(links, task) ? links[task]![tool] : undefined);
      if (key !== undefined)
        out.push(
          policyFinding(
            'SYNC_PENDING',
            `${task}: ${tool} ${key} is in the mapping without a link to a ${TOOL_LABEL[tool]} item (a key counter mode predicted, or one whose link the links file lost); \`extids sync\` reads it: the task's own item is kept and linked, anything else is replaced by the task's real item`,
            { file },
          ),
        );
    }
  return out;
}

/** How an item is named in a message: GitHub `issue #4`, the others by their key. */
export const itemText = (tool: Tool, key: string): string =>
  tool === 'github' ? `issue #${key}` : key;

export interface LinksMerge {
  links: Links;
  updated: string;
  /** Links both sides changed differently: left out, for the next sync to relink. */
  dropped: { task: string; tool: Tool }[];
}

const sameLink = (a?: Link, b?: Link) =>
  a === b || (a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b));

/**
 * Three-way merge of two links files, per task and tool, deterministic and symmetric: a link only
 * one side changed takes that change; a link both sides changed differently is dropped (the item
 * is still in the mapping and in the tracker, and the next sync reads it and writes the link
 * again).
 */
export function mergeLinks(
  base: ParsedLinks | undefined,
  ours: ParsedLinks,
  theirs: ParsedLinks,
): LinksMerge {
  const o = base?.links ?? noLinks();
  const links = noLinks();
  const dropped: LinksMerge['dropped'] = [];
  const tasks = [...new Set([...Object.keys(ours.links), ...Object.keys(theirs.links)])].sort();
  for (const task of tasks)
    for (const tool of TOOLS) {
      const x = ours.links[task]?.[tool];
      const y = theirs.links[task]?.[tool];
      const was = o[task]?.[tool];
      let kept: Link | undefined;
      if (sameLink(x, y) || y === undefined) kept = x;
      else if (x === undefined) kept = y;
      else if (sameLink(x, was)) kept = y;
      else if (sameLink(y, was)) kept = x;
      else dropped.push({ task, tool });
      if (kept) links[task] = { ...links[task], [tool]: kept };
    }
  return { links, updated: laterStamp(ours.updated, theirs.updated), dropped };
}

/** What `repair` does to a damaged links file: the text to write, and what it decided. */
export interface LinksRepair {
  links: Links;
  changes: Change[];
}

/** A link in either version's shape (1.0: GitHub numbers; 2.0: strings), or undefined. */
function asLink(l: unknown): Link | undefined {
  const g = l as Record<string, unknown> | null;
  const v =
    g && typeof g.id === 'number' && typeof g.number === 'number'
      ? (({ number: n, ...rest }) => ({ ...rest, id: String(g.id), key: String(n) }))(g)
      : l;
  const r = LinkSchema.safeParse(v);
  return r.success ? r.data : undefined;
}

/** One copy of a tool's link in a file that holds several: its line, and the link if whole. */
interface LinkCopy {
  line: number;
  link?: Link;
}

/**
 * The copies of each tool's link among one task's repeated keys: a whole task entry repeated
 * (`links.TASK` twice: each copy's link of every tool it holds), a tool's link repeated inside
 * one entry (`links.TASK.jira` twice), or a field repeated inside a link (no copy of that tool's
 * link is whole then).
 */
function copiesByTool(dups: JsonDuplicate[]): Map<Tool, LinkCopy[]> {
  const out = new Map<Tool, LinkCopy[]>();
  const whole = dups.find((d) => d.path.length === 2);
  for (const tool of TOOLS) {
    const inTool = dups.filter((d) => d.path.length >= 3 && d.path[2] === tool);
    const broken = inTool.some((d) => d.path.length > 3);
    const copies: { line: number; value: unknown }[] = whole
      ? whole.occurrences.flatMap((o) => {
          const v = o.value as Record<string, unknown> | null;
          return v && typeof v === 'object' && hasOwn(v, tool)
            ? [{ line: o.line, value: v[tool] }]
            : [];
        })
      : (inTool.find((d) => d.path.length === 3)?.occurrences ??
        inTool[0]?.occurrences.map((o) => ({ line: o.line, value: undefined })) ??
        []);
    if (copies.length === 0) continue;
    out.set(
      tool,
      copies.map((c) => ({ line: c.line, ...(!broken && { link: asLink(c.value) }) })),
    );
  }
  return out;
}

/**
 * The one rule for a tool's repeated link: the copy whose key the mapping file holds (the value a
 * person or a merge decided) stays; where the mapping holds no key for that tool, a link every
 * copy agrees on stays (it is the only record of the item: dropping it could create a second);
 * otherwise none does. Returns the copy kept, if any.
 */
function settleLink(copies: LinkCopy[], mapped: string | undefined): LinkCopy | undefined {
  if (mapped !== undefined) return copies.find((c) => c.link?.key === mapped);
  const last = copies[copies.length - 1]!;
  const same = copies.every(
    (c) => c.link && c.link.id === last.link?.id && c.link.key === last.link.key,
  );
  return same ? last : undefined;
}

/**
 * A damaged links file, settled against the mapping file (which holds each task's key, the
 * value a person or a merge decided), tool by tool: of a task's repeated links in any tool, the
 * one `settleLink` chooses stays and the others go (a link is what extids learnt from the
 * tracker: the next sync links a task again from the mapping's key, `--rebuild-links` from the
 * markers). The task's links in other tools are kept as they are. A file that is not JSON, or
 * whose settled content still breaks the schema, starts empty. Undefined when the file is missing
 * or valid.
 */
export function repairLinks(
  parsed: ParsedLinks,
  mappings: Mappings,
  file: string,
): LinksRepair | undefined {
  if (parsed.status !== 'corrupt') return undefined;
  const restart: LinksRepair = { links: noLinks(), changes: [{ kind: 'links-restarted', file }] };
  const json = parsed.json as { links?: Record<string, unknown> } | undefined;
  if (typeof json?.links !== 'object' || json.links === null) return restart;
  const body: Record<string, unknown> = Object.assign(Object.create(null), json.links);
  const changes: Change[] = [];
  const byTask = new Map<string, JsonDuplicate[]>();
  for (const d of parsed.duplicates ?? []) {
    if (d.path[0] !== 'links' || d.path.length < 2) continue; // `updated`, `version`: the last stays
    byTask.set(d.path[1]!, [...(byTask.get(d.path[1]!) ?? []), d]);
  }
  for (const [task, dups] of byTask) {
    const read = body[task];
    // JSON.parse's reading (the last copy of each key), settled tool by tool.
    const entry: Record<string, unknown> = Object.assign(
      Object.create(null),
      read && typeof read === 'object' ? read : {},
    );
    const mapped = hasOwn(mappings, task) ? mappings[task]! : {};
    for (const [tool, copies] of copiesByTool(dups)) {
      const kept = settleLink(copies, mapped[tool]);
      if (kept) entry[tool] = kept.link;
      else delete entry[tool];
      const dropped = copies.filter((c) => c !== kept);
      // Nothing to say where the copy kept was the only one, or its repeats were the same link.
      if (kept && dropped.every((c) => sameLink(c.link, kept.link))) continue;
      changes.push({
        kind: 'link-settled',
        file,
        task,
        tool,
        ...(kept && { kept: { key: kept.link!.key, line: kept.line } }),
        mapped: mapped[tool] !== undefined,
        dropped: dropped.map((c) => ({ ...(c.link && { key: c.link.key }), line: c.line })),
      });
    }
    if (Object.keys(entry).length) body[task] = entry;
    else delete body[task];
  }
  for (const key of UNSAFE_KEYS) delete body[key];
  const r = LinksFileSchema.safeParse(migrateLinks({ ...json, links: body }).json);
  if (!r.success) return restart;
  return { links: Object.assign(noLinks(), r.data.links), changes };
}
