#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// lib/cli/bin.js
var import_node_fs = require("node:fs");
var import_node_module = __toESM(require("node:module"), 1);
import_node_module.default.enableCompileCache?.();
var argv = process.argv.slice(2);
var outputFailed;
function output(get) {
  let stream;
  let closed = false;
  const stop = (err) => {
    closed = true;
    if (err.code !== "EPIPE")
      outputFailed ??= err.message;
  };
  const open = () => {
    if (!stream) {
      stream = get();
      stream.on("error", stop);
    }
    return stream;
  };
  return {
    write(text) {
      if (closed)
        return false;
      try {
        return open().write(text);
      } catch (err) {
        stop(err);
        return false;
      }
    },
    get isTTY() {
      return open().isTTY;
    }
  };
}
var io = {
  argv,
  cwd: process.cwd(),
  env: process.env,
  stdout: output(() => process.stdout),
  stderr: output(() => process.stderr),
  stdin: () => (0, import_node_fs.readFileSync)(0, "utf8")
};
void (argv[0] === "hook" ? Promise.resolve().then(() => __toESM(require("./hook.js"), 1)).then((m) => m.hookMain(io)) : Promise.resolve().then(() => __toESM(require("./main.js"), 1)).then((m) => m.main(io))).then((code) => {
  process.exitCode = code;
});
process.once("exit", () => {
  if (outputFailed === void 0)
    return;
  io.stderr.write(`extids: could not write the output (${outputFailed})
`);
  process.exitCode = Math.max(Number(process.exitCode ?? 0), 2);
});
