#!/usr/bin/env bash
# What a team gets from the package: packs a fresh clone of this checkout's HEAD exactly as `npm
# pack` packs it (prepack builds lib/core; node_modules is linked from this checkout, since a clone
# has none and `npm ci` costs minutes), checks the clone's package.json is unchanged afterwards,
# installs the tarball into a fresh consumer repository, and checks it installs cleanly on this
# Node, imports as a library and runs as a bin.
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)
fail() { echo "check-package: $*" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git clone -q "$checkout" "$work/clone"
ln -s "$checkout/node_modules" "$work/clone/node_modules"
echo node_modules >>"$work/clone/.git/info/exclude" # a link, which .gitignore's node_modules/ does not match
mkdir "$work/pack"
tgz=$(cd "$work/clone" && HUSKY=0 npm pack --silent --pack-destination "$work/pack" | tail -n 1)
version=$(node -p 'require("./package.json").version')
[ -z "$(git -C "$work/clone" status --porcelain)" ] || { git -C "$work/clone" status --short; fail "npm pack left the clone modified"; }
listing=$(tar tzf "$work/pack/$tgz") # not piped into grep -q: with pipefail, tar's SIGPIPE would fail it
grep -qx 'package/lib/core/index.js' <<<"$listing" || fail "$tgz lacks lib/core/index.js, where \"exports\" points"
tar xzf "$work/pack/$tgz" -C "$work/pack" package/package.json
grep -q '"prepare"' "$work/pack/package/package.json" && fail "the packed package.json has a prepare script (an install script for consumers)"

mkdir "$work/consumer" && cd "$work/consumer"
git init -q
echo '{ "name": "consumer", "version": "1.0.0", "private": true }' >package.json
npm install -D --no-audit --no-fund --prefer-offline "$work/pack/$tgz" >"$work/install.log" 2>&1 || { cat "$work/install.log"; fail "npm install of $tgz failed"; }

if grep -q EBADENGINE "$work/install.log"; then cat "$work/install.log"; fail "the install printed an engine warning on Node $(node --version)"; fi
if grep -qi husky "$work/install.log"; then cat "$work/install.log"; fail "the install ran or mentioned husky"; fi
if [ -e node_modules/@actions ]; then fail "the install brought @actions/* (the action is bundled in dist/)"; fi
[ -d node_modules/extids/lib/action ] && fail "the package ships lib/action, which needs @actions/*"
out=$(npx --no-install extids --version) || fail "npx extids --version failed"
[ "$out" = "$version" ] || fail "npx extids --version printed '$out', expected '$version'"
lib=$(node --input-type=module -e "import { parseToolList, TOOLS } from 'extids'; console.log(JSON.stringify(parseToolList('jira:proj')), TOOLS.length)") ||
  fail "import from 'extids' failed"
[ "$lib" = '{"jira":{"key":"PROJ"}} 4' ] || fail "the library answered '$lib'"
echo "check-package: $tgz (from a fresh clone) installs on Node $(node --version) without engine warnings, no @actions/*, 'extids --version' = $out, import from 'extids' works"
