#!/usr/bin/env bash
# What a team gets from `npm i -D extids`: packs this checkout, installs the tarball into a fresh
# consumer repository, and checks it installs cleanly on this Node and runs.
set -euo pipefail
cd "$(dirname "$0")/.."
fail() { echo "check-package: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tgz=$(npm pack --silent --pack-destination "$work" | tail -n 1)
version=$(node -p 'require("./package.json").version')

mkdir "$work/consumer" && cd "$work/consumer"
git init -q
echo '{ "name": "consumer", "version": "1.0.0", "private": true }' >package.json
npm install -D --no-audit --no-fund "$work/$tgz" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "npm install of $tgz failed"; }

if grep -q EBADENGINE "$work/install.log"; then cat "$work/install.log"; fail "the install printed an engine warning on Node $(node --version)"; fi
if grep -qi husky "$work/install.log"; then cat "$work/install.log"; fail "the install ran or mentioned husky"; fi
if [ -e node_modules/@actions ]; then fail "the install brought @actions/* (the action is bundled in dist/)"; fi
[ -d node_modules/extids/lib/action ] && fail "the package ships lib/action, which needs @actions/*"
out=$(npx --no-install extids --version) || fail "npx extids --version failed"
[ "$out" = "$version" ] || fail "npx extids --version printed '$out', expected '$version'"
echo "check-package: $tgz installs on Node $(node --version) without engine warnings, no @actions/*, 'extids --version' = $out"
