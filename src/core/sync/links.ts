/**
 * `.claude/state/external_id_links.json`: what extids knows of each task's tracker item beyond
 * its number (the mapping file holds the number, so the reference implementation still reads
 * it): the permanent id, the URL, and the hash of what extids last wrote there. extids-only,
 * canonical, validated; a damaged file is never overwritten (`sync --rebuild-links` rebuilds it
 * from the markers in the tracker).
 */
import * as nodeFs from 'node:fs';
import { join } from 'node:path';
import * as z from 'zod/mini';
import { canonicalJson, isoStamp } from '../canonical.js';
import { ExtidsError } from '../findings.js';
import { writeFileAtomic } from '../atomic.js';
import { FORMAT_VERSION } from '../schema.js';
import { UNSAFE_KEYS } from '../state.js';

export const LINKS_FILE = 'external_id_links.json';

const GitHubLinkSchema = z.strictObject({
  id: z.number(),
  number: z.number(),
  url: z.string(),
  hash: z.string(),
});

export const LinksFileSchema = z.strictObject({
  links: z.record(
    z.string().check(z.minLength(1)),
    z.strictObject({ github: z.optional(GitHubLinkSchema) }),
  ),
  updated: z.string(),
  version: z.literal(FORMAT_VERSION),
});

export type GitHubLink = z.infer<typeof GitHubLinkSchema>;
export type Links = Record<string, { github?: GitHubLink }>;

/** The links file's entries; an empty set when it does not exist. Throws on a damaged file. */
export function readLinks(stateDir: string): Links {
  const path = join(stateDir, LINKS_FILE);
  let text: string;
  try {
    text = nodeFs.readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return Object.create(null) as Links;
    throw new ExtidsError('UNREADABLE', `cannot read ${path}: ${(err as Error).message}`, {
      file: path,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw damaged(path, `not valid JSON (${(err as Error).message})`);
  }
  const r = LinksFileSchema.safeParse(json);
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw damaged(path, `${i.path.join('.') || 'top level'}: ${i.message}`);
  }
  const out = Object.create(null) as Links;
  for (const [k, v] of Object.entries(r.data.links)) if (!UNSAFE_KEYS.has(k)) out[k] = v;
  return out;
}

const damaged = (path: string, why: string) =>
  new ExtidsError(
    'STATE_INVALID',
    `${path} is damaged (${why}); it is left as it is: \`extids sync --rebuild-links\` rebuilds it from the tracker`,
    { file: path },
  );

/** Writes the links file atomically, canonical (sorted keys, two-space indent). */
export function writeLinks(stateDir: string, links: Links, now: Date): void {
  const text = canonicalJson({ links, updated: isoStamp(now), version: FORMAT_VERSION });
  writeFileAtomic(join(stateDir, LINKS_FILE), text);
}
