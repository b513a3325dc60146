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

/**
 * The permission bits a replacement keeps: the target's own, or 0644 for a new file. Read with
 * the real fs: it is a question about the old file, not a step of the write being made durable.
 */
function modeOf(target: string): number {
  try {
    return nodeFs.statSync(target).mode & 0o777;
  } catch {
    return 0o644;
  }
}

export interface WriteOptions {
  fs?: WriteFs;
  /** Default: the target's current mode (0644 for a new file). */
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
  const tmp = tempName(target);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx', opts.mode ?? modeOf(target));
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
  /** Default: the target's current mode (0644 for a new file). */
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
  try {
    for (const item of items) {
      current = item;
      const o: (typeof open)[number] = { item, tmp: tempName(item.path) };
      o.fd = fs.openSync(o.tmp, 'wx', item.mode ?? modeOf(item.path));
      open.push(o);
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

/** Removes temp files that an interrupted write left behind. Call only while holding the lock. */
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
        fs.unlinkSync(join(dir, name));
        removed.push(name);
      } catch {
        /* another cleanup got it, or it is not ours to remove */
      }
    }
  }
  return removed;
}

export { fsyncDir };
