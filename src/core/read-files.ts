/**
 * Reading many small files: on this thread, or on a second thread while this one parses.
 *
 * Reading 20,000 task files costs about as much as parsing their frontmatter (on the bench's
 * machine ~125 ms each). A worker thread that only opens, reads and closes files, and hands them
 * over in batches, lets the two overlap: the main thread parses batch n while the worker reads
 * batch n + 1. Below `READ_AHEAD_FROM` files, or with one CPU, the worker's start (~30 ms of the
 * other CPU) costs more than it saves, and the files are read here.
 *
 * Both ways read a file with `readBytes`: the worker runs its source, so there is one reader.
 */
import * as nodeFs from 'node:fs';
// Loaded with the module (~2 ms, also on the hook's path, which never starts a worker): an
// import() here would start the worker only after validate's synchronous parse of the state
// files, and validate of 20,000 tasks lost ~25 ms that way. Node 20 has no synchronous lazy
// load of a built-in from ESM (process.getBuiltinModule is 22.3+).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Below this many files, reading on this thread is faster than starting a worker. */
export const READ_AHEAD_FROM = 2000;

const SCRATCH = 64 * 1024;
/** Files per batch handed from the worker: large enough that messages cost little. */
const BATCH = 256;

/**
 * One file's bytes: open, one read into `scratch` (reused from file to file), close; a file that
 * fills the scratch buffer is read whole. For 20,000 small files this costs a fifth less than
 * readFileSync, which asks each file's size and allocates a buffer per file. Self-contained: the
 * worker runs this function's source.
 */
function readBytes(fs: typeof nodeFs, path: string, scratch: Buffer): Buffer {
  const fd = fs.openSync(path, 'r');
  let n: number;
  try {
    n = fs.readSync(fd, scratch, 0, scratch.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  return n < scratch.length ? scratch.subarray(0, n) : fs.readFileSync(path);
}

const scratch = { buf: undefined as Buffer | undefined };

/** A file's text, read on this thread. */
export function readText(path: string): string {
  return readBytes(nodeFs, path, (scratch.buf ??= Buffer.allocUnsafe(SCRATCH))).toString('utf8');
}

/** What `readFiles` hands over per file: its text, or why it could not be read. */
export type FileRead = { text: string; error?: undefined } | { text?: undefined; error: Error };

export interface ReadFilesOptions {
  /** Read on a worker thread from this many files (default READ_AHEAD_FROM); Infinity: never. */
  aheadFrom?: number;
}

/**
 * Reads `paths` and calls `each(i, read)` for every one, in order, on this thread. Resolves once
 * every file was handed over. A worker that fails or stops early is not an error: what it did not
 * hand over is read here.
 */
export async function readFiles(
  paths: readonly string[],
  each: (i: number, read: FileRead) => void,
  o: ReadFilesOptions = {},
): Promise<void> {
  const ahead = o.aheadFrom ?? READ_AHEAD_FROM;
  let next = 0;
  if (paths.length >= ahead && paths.length > 0 && availableParallelism() > 1)
    next = await readOnWorker(paths, each);
  for (; next < paths.length; next++) each(next, readHere(paths[next]!));
}

function readHere(path: string): FileRead {
  try {
    return { text: readText(path) };
  } catch (err) {
    return { error: err as Error };
  }
}

/** The worker: reads the paths in order and posts them in batches (the bytes transferred, not copied). */
const WORKER = `'use strict';
const fs = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const readBytes = ${readBytes.toString()};
const { joined, batch, size } = workerData;
const paths = joined.split('\0');
const scratch = Buffer.allocUnsafe(size);
let out = Buffer.allocUnsafe(1 << 20);
for (let start = 0; start < paths.length; start += batch) {
  const end = Math.min(start + batch, paths.length);
  const lengths = new Int32Array(end - start);
  const errors = [];
  let used = 0;
  for (let i = start; i < end; i++) {
    let bytes;
    try {
      bytes = readBytes(fs, paths[i], scratch);
    } catch (err) {
      lengths[i - start] = -1;
      errors.push({ i, message: err.message, code: err.code });
      continue;
    }
    if (used + bytes.length > out.length) {
      const grown = Buffer.allocUnsafe(Math.max(out.length * 2, used + bytes.length));
      out.copy(grown, 0, 0, used);
      out = grown;
    }
    bytes.copy(out, used);
    used += bytes.length;
    lengths[i - start] = bytes.length;
  }
  const bytes = new Uint8Array(used);
  bytes.set(out.subarray(0, used));
  parentPort.postMessage({ start, lengths, errors, bytes }, [bytes.buffer, lengths.buffer]);
}
`;

interface Batch {
  start: number;
  lengths: Int32Array;
  errors: { i: number; message: string; code?: string }[];
  bytes: Uint8Array;
}

/** Hands over what the worker read, batch by batch; resolves with how many files it handed over. */
function readOnWorker(
  paths: readonly string[],
  each: (i: number, read: FileRead) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    let done = 0;
    let worker: Worker;
    try {
      worker = new Worker(WORKER, {
        eval: true,
        // One string, not an array: cloning 20,000 strings for the worker cost the main thread ~5 ms.
        workerData: { joined: paths.join('\0'), batch: BATCH, size: SCRATCH },
      });
    } catch {
      resolve(0);
      return;
    }
    let failure: unknown;
    worker.on('message', (b: Batch) => {
      try {
        const buf = Buffer.from(b.bytes.buffer, b.bytes.byteOffset, b.bytes.length);
        const errors = new Map(b.errors.map((e) => [e.i, e]));
        let at = 0;
        for (let k = 0; k < b.lengths.length; k++) {
          const n = b.lengths[k]!;
          const i = b.start + k;
          if (n < 0) {
            const e = errors.get(i)!;
            each(i, { error: Object.assign(new Error(e.message), { code: e.code }) });
          } else {
            each(i, { text: buf.toString('utf8', at, at + n) });
            at += n;
          }
          done = i + 1;
        }
      } catch (err) {
        // The caller's own failure: stop the worker and let readFiles rethrow it.
        failure = err;
        void worker.terminate();
      }
    });
    worker.on('error', () => {}); // what it did not hand over is read on this thread
    worker.on('exit', () => (failure === undefined ? resolve(done) : reject(failure)));
  });
}
