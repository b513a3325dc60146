/**
 * The one module that writes state to disk. A write: temp file in the same directory, every byte
 * written, fsync, rename over the target, fsync the directory. The fs is injectable so tests can
 * fail each step in turn.
 */
import * as nodeFs from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describeFsError, ExtidsError } from './findings.js';

export type WriteFs = Pick<
  typeof nodeFs,
  | 'openSync'
  | 'writeSync'
  | 'fsyncSync'
  | 'closeSync'
  | 'renameSync'
  | 'unlinkSync'
  | 'linkSync'
  | 'readdirSync'
  | 'copyFileSync'
  | 'statSync'
  | 'readFileSync'
  | 'fsync'
  | 'fchmodSync'
  | 'fchownSync'
  | 'rmdirSync'
>;

export const realFs: WriteFs = nodeFs;

const TEMP_MARK = '.tmp-';
/**
 * A temporary file beside `target`: the process id and 32 random bits keep writers apart, and the
 * file is created exclusively (`wx`), so a clash fails instead of sharing a file. Math.random, not
 * node:crypto: nothing here is secret, and loading crypto cost the hook ~2.5 ms.
 */
export const tempName = (target: string): string =>
  join(
    dirname(target),
    `.${basename(target)}${TEMP_MARK}${process.pid}-${((Math.random() * 0x100000000) >>> 0).toString(16).padStart(8, '0')}`,
  );

function fsyncDir(dir: string, fs: WriteFs): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, 'r');
    fs.fsyncSync(fd);
  } catch (err) {
    // Some platforms and file systems refuse fsync on a directory; the rename is still atomic.
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw err;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** Writes every byte of `data` to `fd`, completing short writes; a write that makes no progress is EIO. */
function writeAll(fs: WriteFs, fd: number, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  for (let off = 0; off < bytes.length;) {
    const n = fs.writeSync(fd, bytes, off, bytes.length - off);
    if (n <= 0) throw Object.assign(new Error('short write: no bytes written'), { code: 'EIO' });
    off += n;
  }
}

/** What a replacement keeps of the file it replaces; undefined for a new file. */
interface Kept {
  /** Permission bits, setuid/setgid/sticky included (git tracks 644 against 755). */
  mode: number;
  uid: number;
  gid: number;
}

/**
 * The attributes a replacement must keep, read from the old file itself (lstat: a symbolic link
 * is not followed). Read with the real fs: it is a question about the old file, not a step of the
 * write being made durable. A link is refused: renaming over it would turn what git tracks as a
 * link into a file, and writing through it would change a file outside the one named.
 */
function keptOf(target: string): Kept | undefined {
  let st: nodeFs.Stats;
  try {
    st = nodeFs.lstatSync(target);
  } catch {
    return undefined;
  }
  if (st.isSymbolicLink())
    throw new ExtidsError(
      'WRITE_FAILED',
      `${target} is a symbolic link: extids does not write through links or replace them; nothing was written`,
      { file: target },
    );
  return { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid };
}

/** An open(2) mode for a temp file: its final mode, or 0666 (less the umask) for a new file. */
const createMode = (kept: Kept | undefined, mode: number | undefined): number =>
  mode ?? kept?.mode ?? 0o666;

/**
 * Gives the temp file the old file's owner and mode before it replaces it. The mode is set
 * explicitly because open(2) applies the umask (a 664 file under umask 022 would become 644).
 * The owner is kept where the process may keep it (root; or the group, for a member of it): an
 * EPERM there leaves the temp file the process's own, as any editor's save does. chown first:
 * it clears setuid/setgid bits, which the chmod then restores.
 */
function keepAttributes(
  fs: WriteFs,
  fd: number,
  kept: Kept | undefined,
  mode: number | undefined,
): void {
  if (kept) {
    try {
      fs.fchownSync(fd, kept.uid, kept.gid);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'EINVAL') throw err;
      try {
        fs.fchownSync(fd, -1, kept.gid);
      } catch (e) {
        const c = (e as NodeJS.ErrnoException).code;
        if (c !== 'EPERM' && c !== 'EINVAL') throw e;
      }
    }
  }
  // A new file without an explicit mode takes the umask, like every file a person creates.
  const wanted = mode ?? kept?.mode;
  if (wanted !== undefined) fs.fchmodSync(fd, wanted);
}

export interface WriteOptions {
  fs?: WriteFs;
  /** Default: the target's current mode (0666 less the umask for a new file). */
  mode?: number;
  /** Skip the directory fsync when the caller does one for several renames. */
  syncDir?: boolean;
}

export function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  opts: WriteOptions = {},
): void {
  const fs = opts.fs ?? realFs;
  const kept = keptOf(target);
  const tmp = tempName(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', createMode(kept, opts.mode));
    keepAttributes(fs, fd, kept, opts.mode);
    writeAll(fs, fd, data);
    fs.fsyncSync(fd);
    const closing = fd;
    fd = undefined;
    fs.closeSync(closing);
    fs.renameSync(tmp, target);
  } catch (err) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        /* already failing; the original error is the one to report */
      }
    }
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* not created, or already renamed */
    }
    throw new ExtidsError('WRITE_FAILED', `could not write ${target}: ${describeFsError(err)}`, {
      file: target,
      cause: err,
    });
  }
  if (opts.syncDir === false) return;
  try {
    fsyncDir(dirname(target), fs);
  } catch (err) {
    throw new ExtidsError(
      'WRITE_FAILED',
      `wrote ${target} but could not flush its directory: ${describeFsError(err)}`,
      { file: target, cause: err },
    );
  }
}

export interface BatchItem {
  path: string;
  data: string | Uint8Array;
  /** Default: the target's current mode (0666 less the umask for a new file). */
  mode?: number;
}

/**
 * Writes several files the safe way at once: every temp file written, then all of them flushed
 * with up to `parallel` fsyncs in flight (a disk does many at about the cost of one), then each
 * renamed over its target. The directories are the caller's to flush. On a failure nothing of
 * the batch is renamed, every temp file is removed, and the error names the file.
 */
export async function writeFilesAtomic(
  items: BatchItem[],
  opts: { fs?: WriteFs; parallel?: number } = {},
): Promise<void> {
  const fs = opts.fs ?? realFs;
  const open: { item: BatchItem; tmp: string; fd?: number }[] = [];
  let current: BatchItem | undefined;
  const fail = (err: unknown): never => {
    for (const o of open) {
      try {
        if (o.fd !== undefined) fs.closeSync(o.fd);
      } catch {
        /* already failing */
      }
      try {
        fs.unlinkSync(o.tmp);
      } catch {
        /* not created */
      }
    }
    const file = current?.path ?? '?';
    throw new ExtidsError('WRITE_FAILED', `could not write ${file}: ${describeFsError(err)}`, {
      file,
      cause: err,
    });
  };
  // Every target is looked at before any temp file exists: a link in the batch writes nothing.
  const kept = items.map((item) => keptOf(item.path));
  try {
    for (const [i, item] of items.entries()) {
      current = item;
      const o: (typeof open)[number] = { item, tmp: tempName(item.path) };
      o.fd = fs.openSync(o.tmp, 'wx', createMode(kept[i], item.mode));
      open.push(o);
      keepAttributes(fs, o.fd, kept[i], item.mode);
      writeAll(fs, o.fd, item.data);
    }
    // Every flush settles before anything is closed, so no fsync runs on a reused descriptor.
    let next = 0;
    let failed: { err: unknown; item: BatchItem } | undefined;
    const flush = async () => {
      while (failed === undefined && next < open.length) {
        const o = open[next++]!;
        try {
          await new Promise<void>((res, rej) => fs.fsync(o.fd!, (e) => (e ? rej(e) : res())));
        } catch (err) {
          failed ??= { err, item: o.item };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(opts.parallel ?? 8, open.length) }, flush));
    if (failed) {
      current = failed.item;
      throw failed.err;
    }
    for (const o of open) {
      current = o.item;
      const fd = o.fd!;
      o.fd = undefined;
      fs.closeSync(fd);
    }
  } catch (err) {
    fail(err);
  }
  for (let i = 0; i < open.length; i++) {
    const o = open[i]!;
    current = o.item;
    try {
      fs.renameSync(o.tmp, o.item.path);
    } catch (err) {
      open.splice(0, i); // the ones renamed are written; clean up the rest
      fail(err);
    }
  }
}

/** Makes `copy` a new name for the current content of `file` (hard link, or a copy where links fail). */
export function keepCopy(file: string, copy: string, fs: WriteFs = realFs): void {
  const tmp = tempName(copy);
  try {
    try {
      fs.linkSync(file, tmp);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') throw err;
      fs.copyFileSync(file, tmp);
    }
    fs.renameSync(tmp, copy);
    // rename() between two links to one inode succeeds without removing the source.
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* normally gone already */
    }
  } catch (err) {
    try {
      fs.unlinkSync(tmp);
    } catch {
      /* nothing to clean */
    }
    throw new ExtidsError(
      'WRITE_FAILED',
      `could not keep a copy of ${file} as ${copy}: ${describeFsError(err)}`,
      { file, cause: err },
    );
  }
}

/** A name beside `file` that does not exist yet: `<file>.<label>-<stamp>[-n]`. */
export function freshName(
  file: string,
  label: string,
  stamp: string,
  fs: WriteFs = realFs,
): string {
  for (let n = 1; ; n++) {
    const candidate = `${file}.${label}-${stamp}${n > 1 ? `-${n}` : ''}`;
    try {
      fs.statSync(candidate);
    } catch {
      return candidate;
    }
  }
}

/**
 * Removes temp files that an interrupted write left behind, and lock directories an interrupted
 * take-over had moved aside (lock.ts). Call only while holding the lock.
 */
export function sweepTemps(dir: string, fs: WriteFs = realFs): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(dir) as string[];
  } catch {
    return removed;
  }
  for (const name of names) {
    if (name.startsWith('.') && name.includes(TEMP_MARK)) {
      try {
        try {
          fs.unlinkSync(join(dir, name));
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code !== 'EISDIR' && code !== 'EPERM') throw err;
          fs.rmdirSync(join(dir, name)); // an empty lock directory moved aside
        }
        removed.push(name);
      } catch {
        /* another cleanup got it, or it is not ours to remove */
      }
    }
  }
  return removed;
}

export { fsyncDir };
