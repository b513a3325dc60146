/**
 * The one way extids runs git. Named operations over `git` in one directory, one error rule:
 * `run` throws GIT_FAILED naming the command and git's own first line of complaint; the
 * question-shaped operations (`show`, `verify`, `topLevel`…) answer undefined or false instead,
 * because "no such file in that commit" or "not a repository" is an answer, not a failure.
 */
import { execFile, execFileSync } from 'node:child_process';
import { ExtidsError } from './findings.js';
import { idGuesses } from './id-lines.js';

const MAX_BUFFER = 512 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

/**
 * What counts as staged for the hooks: added, copied or modified against HEAD (a rename is an add
 * and a delete; a deletion concerns no hook). `stagedPaths` asks with these, and so does the
 * husky script's gate, which asks before Node starts (hook/gate.ts).
 */
export const STAGED_DIFF = ['diff', '--cached', '--no-renames', '--diff-filter=ACM'] as const;

export class Git {
  /** `env` replaces the inherited environment (the action sets the bot identity this way). */
  constructor(
    readonly cwd: string,
    private readonly env?: NodeJS.ProcessEnv,
  ) {}

  /** Runs git and returns its stdout; throws GIT_FAILED with git's first stderr line. */
  run(args: string[], input?: string, env?: NodeJS.ProcessEnv): string {
    return this.bytes(args, input, env).toString('utf8');
  }

  /** `run`, answering git's stdout as bytes (`cat-file --batch` counts its sizes in bytes). */
  private bytes(args: string[], input?: string, env?: NodeJS.ProcessEnv): Buffer {
    try {
      return execFileSync('git', args, {
        ...this.options(env),
        input,
        stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
    } catch (err) {
      throw gitFailed(args, err);
    }
  }

  private options(env?: NodeJS.ProcessEnv) {
    return { cwd: this.cwd, env: env ?? this.env, maxBuffer: MAX_BUFFER, timeout: TIMEOUT_MS };
  }

  /** `run` without waiting: git works in its own process while this one goes on. */
  runLater(args: string[], input?: string): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        'git',
        args,
        { ...this.options(), encoding: 'buffer' },
        (err, stdout, stderr) =>
          err ? reject(gitFailed(args, Object.assign(err, { stderr }))) : resolve(stdout),
      );
      child.stdin?.end(input);
    });
  }

  /** `run`, with a failure answered as undefined. */
  query(args: string[]): string | undefined {
    try {
      return this.run(args);
    } catch {
      return undefined;
    }
  }

  /** The work tree's top level, or undefined outside a repository. */
  topLevel(): string | undefined {
    return this.query(['rev-parse', '--show-toplevel'])?.trim() || undefined;
  }

  /** Whether git's ignore rules (.gitignore, info/exclude, core.excludesFile) ignore `path`. */
  ignores(path: string): boolean {
    return this.query(['check-ignore', '-q', '--no-index', path]) !== undefined;
  }

  isRepository(): boolean {
    return this.query(['rev-parse', '--git-dir']) !== undefined;
  }

  /** Whether a ref (HEAD, MERGE_HEAD…) names a commit. */
  verify(ref: string): boolean {
    return this.query(['rev-parse', '-q', '--verify', `${ref}^{commit}`]) !== undefined;
  }

  mergeBase(a: string, b: string): string | undefined {
    return this.query(['merge-base', a, b])?.trim() || undefined;
  }

  /** A file's text in a commit (`rev` = HEAD, a sha…) or, with `rev` = 'index', as staged. */
  show(rev: string, path: string): string | undefined {
    return this.query(['show', objectName(rev, path)]);
  }

  /**
   * Several files' texts from one commit (or the index) with one `git cat-file --batch`: each
   * path maps to its text, or to undefined when it is not there. One process instead of one per
   * file is what keeps the pre-commit hook near Node's own start-up time.
   */
  showAll(rev: string, paths: string[]): Map<string, string | undefined> {
    const q = batchQuestion(rev, paths);
    const out = new Map(q.alone.map((p) => [p, this.show(rev, p)]));
    if (q.asked.length === 0) return out;
    const buf = this.bytes(CAT_FILE, q.input);
    return readBatch(buf, q.asked, out);
  }

  /**
   * `showAll` started now and answered later, so git reads while Node does something else (the
   * hook loads the core meanwhile). Paths with a newline are left out (ask `show` for them).
   */
  showAllLater(rev: string, paths: string[]): Promise<Map<string, string | undefined>> {
    const q = batchQuestion(rev, paths);
    return this.runLater(CAT_FILE, q.input).then((buf) => readBatch(buf, q.asked, new Map()));
  }

  /**
   * Tracked files under `pathspec` with a line that declares one of `ids` (`id: X`, see
   * id-lines.ts): in a commit, in the index, or (`worktree`, much faster: no blobs to inflate) in
   * the work tree's copies. git searches for the ids as fixed strings, which is a third faster
   * than a regular expression over thousands of files; the lines it finds are then checked here.
   */
  idFiles(rev: string, ids: string[], pathspec: string): string[] {
    return idFilesAnswer(rev, ids, this.query(grepArgs(rev, ids, pathspec)) ?? '');
  }

  /** `idFiles` started now and answered later (a failure answers no files, as `idFiles`). */
  idFilesLater(rev: string, ids: string[], pathspec: string): Promise<string[]> {
    return this.runLater(grepArgs(rev, ids, pathspec)).then(
      (buf) => idFilesAnswer(rev, ids, buf.toString('utf8')),
      () => [],
    );
  }

  /** For each path, the Unix time of the first commit (reachable from `rev`) that added it. */
  firstAdded(paths: string[], rev = 'HEAD'): Map<string, number> {
    const out = new Map<string, number>();
    if (paths.length === 0) return out;
    const log = this.query([
      'log',
      rev,
      '--diff-filter=A',
      '--format=%x00%ct',
      '--name-only',
      '--',
      ...paths,
    ]);
    // Newest first: later entries overwrite, so the first commit that added the file wins.
    for (const chunk of log?.split('\0').slice(1) ?? []) {
      const [stamp, ...names] = chunk.split('\n').filter(Boolean);
      for (const n of names) out.set(n, Number(stamp));
    }
    return out;
  }

  /**
   * Paths a range adds, relative to `cwd` and under it, or undefined when git cannot tell:
   * `base...HEAD` (from where HEAD forked off `base`: needs their history) or, with `trees`,
   * `base HEAD` (the two trees compared: needs only the two commits).
   */
  addedSince(base: string, o: { trees?: boolean } = {}): string[] | undefined {
    return this.query([
      'diff',
      '--name-only',
      '-z',
      '--relative',
      '--no-renames',
      '--diff-filter=A',
      ...(o.trees ? [base, 'HEAD'] : [`${base}...HEAD`]),
    ])
      ?.split('\0')
      .filter(Boolean);
  }

  /**
   * A commit's parents as its object records them, which a shallow clone keeps even where it
   * cuts the history off (`HEAD^1` does not resolve there); [] when `rev` is not a commit here.
   */
  parents(rev: string): string[] {
    const raw = this.query(['cat-file', 'commit', rev]) ?? '';
    const head = raw.slice(0, raw.indexOf('\n\n'));
    return [...head.matchAll(/^parent ([0-9a-f]+)$/gm)].map((m) => m[1]!);
  }

  /** The full sha `rev` names, or undefined. */
  sha(rev: string): string | undefined {
    return this.query(['rev-parse', '-q', '--verify', `${rev}^{commit}`])?.trim() || undefined;
  }

  /**
   * Fetches one commit by its sha, without its history (`--depth=1`), as actions/checkout does;
   * false when the remote would not give it. GitHub serves any commit of the repository by sha.
   */
  fetchCommit(remote: string, sha: string): boolean {
    if (this.verify(sha)) return true;
    return this.query(['fetch', '-q', '--no-tags', '--depth=1', remote, sha]) !== undefined;
  }

  /** The path of the work tree's top level relative to `cwd`'s: '' at the top, `sub/dir/` below. */
  prefix(): string {
    return this.run(['rev-parse', '--show-prefix']).trim();
  }

  /** The blob id of `path` (from the top level) in commit `rev`, or undefined when it has none. */
  blob(rev: string, path: string): { id: string; mode: string } | undefined {
    const line = this.query(['ls-tree', '-z', '--full-tree', rev, '--', path])?.split('\0')[0];
    const m = /^(\d+) blob ([0-9a-f]+)\t/.exec(line ?? '');
    return m ? { mode: m[1]!, id: m[2]! } : undefined;
  }

  /** The blob id of `text` as committed (no filters), written to the store. */
  hashText(text: string): string {
    return this.run(['hash-object', '-w', '--stdin'], text).trim();
  }

  /** The blob id the work-tree file `path` (relative to `cwd`) would have, written to the store. */
  hashFile(path: string): string {
    return this.run(['hash-object', '-w', '--', path]).trim();
  }

  /**
   * A commit on top of `parent` whose tree is the parent's with `files` (paths from the top level)
   * set to the given blobs and modes; its sha. Built from objects alone (ls-tree, mktree,
   * commit-tree): the work tree, the index and HEAD of the checkout stay as they are. `env`
   * carries the commit's identity (default: this Git's environment).
   */
  commitOnto(
    parent: string,
    files: readonly { path: string; id: string; mode: string }[],
    message: string,
    env?: NodeJS.ProcessEnv,
  ): string {
    const tree = this.treeWith(this.run(['rev-parse', `${parent}^{tree}`]).trim(), files);
    return this.run(['commit-tree', tree, '-p', parent, '-F', '-'], message, env).trim();
  }

  /** `tree` with each of `files` (paths relative to it) set; the new tree's sha. */
  private treeWith(
    tree: string | undefined,
    files: readonly { path: string; id: string; mode: string }[],
  ): string {
    const entries = new Map<string, { mode: string; type: string; sha: string }>();
    for (const line of tree ? this.run(['ls-tree', '-z', tree]).split('\0') : []) {
      const m = /^(\d+) (\w+) ([0-9a-f]+)\t([\s\S]+)$/.exec(line);
      if (m) entries.set(m[4]!, { mode: m[1]!, type: m[2]!, sha: m[3]! });
    }
    const below = new Map<string, { path: string; id: string; mode: string }[]>();
    for (const f of files) {
      const slash = f.path.indexOf('/');
      if (slash === -1) entries.set(f.path, { mode: f.mode, type: 'blob', sha: f.id });
      else {
        const dir = f.path.slice(0, slash);
        if (!below.has(dir)) below.set(dir, []);
        below.get(dir)!.push({ ...f, path: f.path.slice(slash + 1) });
      }
    }
    for (const [dir, inside] of below) {
      const was = entries.get(dir);
      const sha = this.treeWith(was?.type === 'tree' ? was.sha : undefined, inside);
      entries.set(dir, { mode: '040000', type: 'tree', sha });
    }
    const input = [...entries].map(([name, e]) => `${e.mode} ${e.type} ${e.sha}\t${name}\0`);
    return this.run(['mktree', '-z'], input.join('')).trim();
  }

  /**
   * Paths a range of commits deletes (`base...HEAD`; with `trees`, `base HEAD`), from the top
   * level, or undefined when git cannot tell.
   */
  deletedSince(base: string, o: { trees?: boolean } = {}): string[] | undefined {
    return this.query([
      'diff',
      '--name-only',
      '-z',
      '--no-renames',
      '--diff-filter=D',
      ...(o.trees ? [base, 'HEAD'] : [`${base}...HEAD`]),
    ])
      ?.split('\0')
      .filter(Boolean);
  }

  /** Paths changed between `rev` and HEAD (added, copied or modified). */
  changedSince(rev: string): string[] {
    return this.run(['diff', '--name-only', '-z', '--no-renames', '--diff-filter=ACM', rev, 'HEAD'])
      .split('\0')
      .filter(Boolean);
  }

  /**
   * Paths staged for commit, added, copied or modified (renames as add + delete), each with its
   * status letter (A, C or M), from one `git diff --cached`.
   */
  stagedPaths(): Map<string, string> {
    const fields = this.run([...STAGED_DIFF, '--name-status', '-z']).split('\0');
    const out = new Map<string, string>();
    for (let i = 0; i + 1 < fields.length; i += 2) out.set(fields[i + 1]!, fields[i]!.charAt(0));
    return out;
  }

  /** Paths under `pathspec` that the staged commit deletes (a rename is a delete and an add). */
  stagedDeletions(pathspec: string): string[] {
    return this.run([
      'diff',
      '--cached',
      '--name-only',
      '-z',
      '--no-renames',
      '--diff-filter=D',
      '--',
      pathspec,
    ])
      .split('\0')
      .filter(Boolean);
  }

  /** Which of `paths` have changes in the work tree that are not staged. */
  unstagedPaths(paths: string[]): string[] {
    return this.run(['diff', '--name-only', '--', ...paths])
      .split('\n')
      .filter(Boolean);
  }

  /** Paths git reports as changed or untracked in the work tree (porcelain status). */
  dirtyPaths(): string[] {
    return this.run(['status', '--porcelain', '-z', '--untracked-files=all'])
      .split('\0')
      .filter(Boolean)
      .map((l) => l.slice(3));
  }

  /** Which of `paths` differ from HEAD in the work tree or the index, untracked ones included. */
  changedPaths(paths: string[]): string[] {
    if (paths.length === 0) return [];
    return this.run(['status', '--porcelain', '-z', '--untracked-files=all', '--', ...paths])
      .split('\0')
      .filter((l) => l.length > 3)
      .map((l) => l.slice(3));
  }

  /**
   * Stages the work-tree files `paths` (git's filters apply, as with `git add`). update-index, not
   * add: it touches only the entries named, where add also scans their directories and stats the
   * index on threads (a 5,000-task index: 6.5 → 4.4 ms a call).
   */
  add(paths: string[]): void {
    if (paths.length) this.run(['update-index', '--add', '--', ...paths]);
  }

  /**
   * Copies the entries of `paths` from the index git runs with into the index file `other`
   * (whose own lock git holds: update-index writes it through `other`.lock and a rename).
   */
  copyEntries(paths: string[], other: string, env: NodeJS.ProcessEnv): void {
    const entries = this.run(['ls-files', '-s', '-z', '--', ...paths]);
    if (entries)
      this.run(['update-index', '-z', '--index-info'], entries, { ...env, GIT_INDEX_FILE: other });
  }

  /** Which of `paths` the index file `other` stages changes to, against HEAD (none without one). */
  stagedIn(other: string, paths: string[], env: NodeJS.ProcessEnv): string[] {
    if (!this.verify('HEAD')) return [];
    const e = { ...env, GIT_INDEX_FILE: other };
    return this.run(['diff', '--cached', '--name-only', '-z', 'HEAD', '--', ...paths], undefined, e)
      .split('\0')
      .filter(Boolean);
  }

  /** Stages `text` as the index version of `path`, leaving the work-tree file alone. */
  stageText(path: string, text: string): void {
    const blob = this.run(['hash-object', '-w', '--stdin', '--path', path], text).trim();
    const mode = this.run(['ls-files', '-s', '--', path]).split(' ')[0] || '100644';
    this.run(['update-index', '--cacheinfo', `${mode},${blob},${path}`]);
  }

  /** Commits exactly `paths` (whatever else is staged stays out of the commit). */
  commitPaths(paths: string[], message: string): void {
    this.run(['add', '--', ...paths]);
    this.run(['commit', '-q', '--no-verify', '-m', message, '--only', '--', ...paths]);
  }

  /**
   * Replaces HEAD with a commit of the index that keeps HEAD's parents, author and message (an
   * amend that also works while git still runs a merge's hooks), and moves the branch to it.
   * `env` is the environment git runs in (the door's); the author is set on top of it.
   */
  recommitHead(env: NodeJS.ProcessEnv): string {
    const old = this.run(['rev-parse', 'HEAD']).trim();
    const tree = this.run(['write-tree']).trim();
    const sha = this.recommit(old, tree, this.parents(old), env);
    this.moveHead(old, sha, 'extids: finish the merge of the ID ledger');
    return sha;
  }

  /** Each commit's parents, first parent first, from one git call. */
  parentsOf(shas: string[]): Map<string, string[]> {
    const out = new Map<string, string[]>();
    if (shas.length === 0) return out;
    for (const line of this.run(['rev-list', '--no-walk=unsorted', '--parents', ...shas]).split(
      '\n',
    )) {
      const [sha, ...parents] = line.trim().split(' ');
      if (sha) out.set(sha, parents);
    }
    return out;
  }

  /** Whether any commit from `from` (excluded) to `to` changes a path under `pathspecs`. */
  touchedBetween(from: string | undefined, to: string, pathspecs: string[]): boolean {
    const range = from ? [`${from}..${to}`] : [to];
    return this.run(['rev-list', '-n', '1', ...range, '--', ...pathspecs]).trim() !== '';
  }

  /** The commit's tree. */
  tree(sha: string): string {
    return this.run(['rev-parse', `${sha}^{tree}`]).trim();
  }

  /**
   * A copy of commit `sha` with `tree` and `parents`: author, committer (names and dates) and
   * message kept, so the copy reads as the commit it replaces. `env` is the door's environment.
   */
  recommit(sha: string, tree: string, parents: string[], env: NodeJS.ProcessEnv): string {
    const [an, ae, ad, cn, ce, cd, message] = this.run([
      'log',
      '-1',
      '--format=%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B',
      sha,
    ]).split('\0');
    const who = {
      ...env,
      GIT_AUTHOR_NAME: an,
      GIT_AUTHOR_EMAIL: ae,
      GIT_AUTHOR_DATE: ad,
      GIT_COMMITTER_NAME: cn,
      GIT_COMMITTER_EMAIL: ce,
      GIT_COMMITTER_DATE: cd,
    };
    const args = ['commit-tree', tree, ...parents.flatMap((p) => ['-p', p])];
    return this.run(args, message!.replace(/\n+$/, '\n'), who).trim();
  }

  /** Moves HEAD (the branch it names) from `old` to `sha`; fails if HEAD is no longer `old`. */
  moveHead(old: string, sha: string, why: string): void {
    this.run(['update-ref', '-m', why, 'HEAD', sha, old]);
  }

  /** Paths under `pathspecs` that differ between two commits. */
  changedBetween(a: string, b: string, pathspecs: string[]): string[] {
    return this.run(['diff', '--name-only', '-z', '--no-renames', a, b, '--', ...pathspecs])
      .split('\0')
      .filter(Boolean);
  }

  /**
   * A private index (`indexFile`) holding commit `sha`, with its files under `pathspecs` written
   * into the folder `dir`: a work tree of just those files, for a command to run on. `env` is
   * the door's environment; the private index is named in it, never the repository's own.
   */
  checkoutInto(
    sha: string,
    pathspecs: string[],
    dir: string,
    indexFile: string,
    env: NodeJS.ProcessEnv,
  ) {
    const e = { ...env, GIT_INDEX_FILE: indexFile };
    this.run(['read-tree', sha], undefined, e);
    const files = this.run(['ls-files', '-z', '--', ...pathspecs], undefined, e);
    this.run(['--work-tree', dir, 'checkout-index', '-u', '-z', '--stdin'], files, e);
  }

  /** The tree of the private index after staging `paths` from `dir` (see checkoutInto). */
  treeFrom(
    dir: string,
    indexFile: string,
    env: NodeJS.ProcessEnv,
    pathspecs: string[],
  ): { tree: string; changed: string[] } {
    const e = { ...env, GIT_INDEX_FILE: indexFile };
    const w = ['--work-tree', dir];
    const changed = this.run(
      [...w, 'diff-files', '--name-only', '-z', '--', ...pathspecs],
      undefined,
      e,
    )
      .split('\0')
      .filter(Boolean);
    if (changed.length)
      this.run([...w, 'update-index', '-z', '--stdin'], changed.join('\0') + '\0', e);
    return { tree: this.run(['write-tree'], undefined, e).trim(), changed };
  }

  push(remote: string, refspec: string): void {
    this.run(['push', remote, refspec]);
  }

  /**
   * Pushes `refspec` without force: 'rejected' when the remote moved on (someone else pushed
   * first), which is how two runs learn that only one of them may go ahead.
   */
  pushUnlessMoved(remote: string, refspec: string): 'pushed' | 'rejected' {
    try {
      this.run(['push', '--porcelain', remote, refspec]);
      return 'pushed';
    } catch (err) {
      const out = String(
        ((err as ExtidsError).details.cause as { stdout?: unknown })?.stdout ?? '',
      );
      const why = (err as Error).message;
      if (
        /\[rejected\]|non-fast-forward|fetch first|stale info|\[remote rejected\].*(?:lock|failed to update)/.test(
          out + why,
        )
      )
        return 'rejected';
      throw err;
    }
  }

  /** Fetches one ref of `remote` into `local`; false when the remote has no such ref. */
  fetchRef(remote: string, ref: string, local: string): boolean {
    try {
      this.run(['fetch', '-q', '--no-tags', remote, `+${ref}:${local}`]);
      return true;
    } catch (err) {
      if (/couldn't find remote ref|no such ref/i.test((err as Error).message)) {
        this.query(['update-ref', '-d', local]);
        return false;
      }
      throw err;
    }
  }

  /**
   * A commit whose tree holds exactly `files` (name → text), on top of `parent`; its sha.
   * `identity` is the commit's author and committer where the environment names none.
   */
  commitFiles(
    files: Record<string, string>,
    parent: string | undefined,
    message: string,
    identity: { name: string; email: string },
  ): string {
    const entries = Object.entries(files).map(([name, text]) => {
      const blob = this.run(['hash-object', '-w', '--stdin'], text).trim();
      return `100644 blob ${blob}\t${name}\n`;
    });
    const tree = this.run(['mktree'], entries.join('')).trim();
    return this.run([
      '-c',
      `user.name=${identity.name}`,
      '-c',
      `user.email=${identity.email}`,
      'commit-tree',
      tree,
      ...(parent ? ['-p', parent] : []),
      '-m',
      message,
    ]).trim();
  }

  /** The branch HEAD is on (`main`), or undefined when HEAD is detached. */
  branch(): string | undefined {
    return this.query(['symbolic-ref', '-q', '--short', 'HEAD'])?.trim() || undefined;
  }

  /** The blob sha of `path` in `rev` (a commit, or 'index'), or undefined when it has none. */
  blobOf(rev: string, path: string): string | undefined {
    return this.query(['rev-parse', '-q', '--verify', objectName(rev, path)])?.trim() || undefined;
  }

  /** Points the index entry of `path` at `blob` (keeping its mode), the work-tree file untouched. */
  setIndexBlob(path: string, blob: string): void {
    const mode = this.run(['ls-files', '-s', '--', path]).split(' ')[0] || '100644';
    this.run(['update-index', '--add', '--cacheinfo', `${mode},${blob},${path}`]);
  }

  /** Moves `ref` from `old` to `sha`; false when it no longer points at `old` (someone moved it). */
  moveRef(ref: string, sha: string, old: string, why: string): boolean {
    return this.query(['update-ref', '-m', why, ref, sha, old]) !== undefined;
  }

  /** The current branch and its upstream (remote and branch), or undefined without one. */
  upstream(): { branch: string; remote: string; remoteBranch: string } | undefined {
    const branch = this.query(['symbolic-ref', '-q', '--short', 'HEAD'])?.trim();
    if (!branch) return undefined;
    const remote = this.configGet(`branch.${branch}.remote`);
    const merge = this.configGet(`branch.${branch}.merge`);
    if (!remote || !merge || remote === '.') return undefined;
    return { branch, remote, remoteBranch: merge.replace(/^refs\/heads\//, '') };
  }

  /** How many commits `a` has that `b` lacks, and the reverse. */
  aheadBehind(a: string, b: string): { ahead: number; behind: number } {
    const [ahead, behind] = this.run(['rev-list', '--left-right', '--count', `${a}...${b}`])
      .trim()
      .split(/\s+/)
      .map(Number);
    return { ahead: ahead!, behind: behind! };
  }

  configGet(key: string): string | undefined {
    return this.query(['config', '--get', key])?.trim();
  }

  configSet(key: string, value: string): void {
    this.run(['config', key, value]);
  }

  /** git merge-file: a three-way text merge into `ours`, leaving conflict markers where needed. */
  mergeFile(ours: string, base: string, theirs: string): void {
    this.query(['merge-file', '-L', 'ours', '-L', 'base', '-L', 'theirs', ours, base, theirs]);
  }
}

/** `rev:path`, or `:path` for the index. */
const objectName = (rev: string, path: string) => (rev === 'index' ? `:${path}` : `${rev}:${path}`);

/** GIT_FAILED naming the command and git's own first line of complaint. */
function gitFailed(args: string[], err: unknown): ExtidsError {
  const e = err as { stderr?: string | Buffer; status?: number | null; message: string };
  const why =
    e.stderr
      ?.toString()
      .split('\n')
      .find((l) => l.trim()) ?? e.message.split('\n')[0];
  return new ExtidsError('GIT_FAILED', `git ${args[0]} failed: ${why!.trim()}`, {
    cause: err,
    exitCode: e.status ?? undefined,
  });
}

const CAT_FILE = ['cat-file', '--batch'];

/** What `cat-file --batch` is asked: one line per path; a path with a newline must go alone. */
function batchQuestion(rev: string, paths: string[]) {
  const wanted = [...new Set(paths)];
  const asked = wanted.filter((p) => !p.includes('\n'));
  return {
    asked,
    alone: wanted.filter((p) => p.includes('\n')),
    input: asked.map((p) => objectName(rev, p)).join('\n') + '\n',
  };
}

/** Each answer is "<oid> <type> <size>\n<content>\n", or "<name> missing\n" (or "ambiguous"). */
function readBatch(buf: Buffer, asked: string[], out: Map<string, string | undefined>) {
  let at = 0;
  for (const p of asked) {
    const eol = buf.indexOf(10, at);
    const header = buf.toString('utf8', at, eol).split(' ');
    at = eol + 1;
    if (header.length === 3 && /^\d+$/.test(header[2]!)) {
      const size = Number(header[2]);
      out.set(p, header[1] === 'blob' ? buf.toString('utf8', at, at + size) : undefined);
      at += size + 1;
    } else out.set(p, undefined);
  }
  return out;
}

function grepArgs(rev: string, ids: string[], pathspec: string): string[] {
  const where = rev === 'index' ? ['--cached'] : rev === 'worktree' ? [] : [rev];
  return ['grep', '-F', '-I', '-z', ...ids.flatMap((id) => ['-e', id]), ...where, '--', pathspec];
}

/**
 * The files of `git grep -z` output (`path\0line` per matching line; `rev:path` when it searched
 * a commit) where a matching line declares one of `ids`.
 */
function idFilesAnswer(rev: string, ids: string[], out: string): string[] {
  const prefix = rev === 'index' || rev === 'worktree' ? '' : `${rev}:`;
  const wanted = new Set(ids);
  const files = new Set<string>();
  for (const line of out.split('\n')) {
    const nul = line.indexOf('\0');
    if (nul === -1) continue;
    const name = line.slice(0, nul);
    const file = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    if (!files.has(file) && idGuesses(line.slice(nul + 1)).some((id) => wanted.has(id)))
      files.add(file);
  }
  return [...files];
}
