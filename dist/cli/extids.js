#!/usr/bin/env node
import { createRequire as __extidsRequire } from 'node:module';
const require = __extidsRequire(import.meta.url);

// lib/cli/bin.js
import module from "node:module";
module.enableCompileCache?.();
var argv = process.argv.slice(2);
var io = {
  argv,
  cwd: process.cwd(),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr
};
if (argv[0] === "hook") {
  const { hookMain } = await import("./chunks/pre-commit-Q7KJMX22.js");
  process.exitCode = await hookMain(io);
} else {
  const { main } = await import("./chunks/main-BZKWNSGF.js");
  process.exitCode = await main(io);
}
