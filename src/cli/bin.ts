#!/usr/bin/env node
// Loads only what the command needs: `hook pre-commit` runs on every commit and must start fast.
import { readFileSync } from 'node:fs';
import module from 'node:module';

// Node ≥ 22.1 keeps compiled code on disk between runs (in the OS temp directory): the hook's
// second run skips compiling the core. Node 20 has no such cache; the call is skipped there.
(module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
const argv = process.argv.slice(2);

/** Why output could not be written, other than a reader that went away; reported once at the end. */
let outputFailed: string | undefined;
/**
 * A standard stream whose reader may go away (`extids validate | head -1`): from then on output is
 * dropped quietly, as Unix tools end, while the command itself runs to its end, so nothing it is
 * writing to disk is cut short. Another failure (a full disk behind `>`) is reported at the end.
 * Built on first use: process.stdout and stderr cost ~1.5 ms each, and a hook run that prints
 * nothing never builds them.
 */
function output(get: () => NodeJS.WriteStream) {
  let stream: NodeJS.WriteStream | undefined;
  let closed = false;
  const stop = (err: NodeJS.ErrnoException) => {
    closed = true;
    if (err.code !== 'EPIPE') outputFailed ??= err.message;
  };
  const open = () => {
    if (!stream) {
      stream = get();
      stream.on('error', stop); // a pipe's EPIPE arrives as an event, after the write returned
    }
    return stream;
  };
  return {
    write(text: string) {
      if (closed) return false;
      try {
        return open().write(text);
      } catch (err) {
        stop(err as NodeJS.ErrnoException); // a file's write fails in the call
        return false;
      }
    },
    get isTTY() {
      return open().isTTY;
    },
  };
}

const io = {
  argv,
  cwd: process.cwd(),
  env: process.env,
  stdout: output(() => process.stdout),
  stderr: output(() => process.stderr),
  stdin: () => readFileSync(0, 'utf8'),
};
// No top-level await: the bundle is CommonJS (scripts/bundle.mjs), whose loader starts faster.
void (
  argv[0] === 'hook'
    ? import('../hook/pre-commit.js').then((m) => m.hookMain(io))
    : import('./main.js').then((m) => m.main(io))
).then((code) => {
  process.exitCode = code;
});
// A failed write reports its error as an event after the command returned: judged at the exit.
process.once('exit', () => {
  if (outputFailed === undefined) return;
  io.stderr.write(`extids: could not write the output (${outputFailed})\n`);
  process.exitCode = Math.max(Number(process.exitCode ?? 0), 2);
});
