#!/usr/bin/env bash
# A newcomer's first hour, exactly as the README tells it: the shell blocks of "Start here" and
# "Set up a repository" are extracted from README.md and run in order, from a fresh clone of this
# checkout's HEAD to a task repository with IDs and a working pre-commit hook. It fails when the
# README and the behaviour part. What is substituted, and why:
#   - the clone URL (https://github.com/your-org/extids.git) is this checkout (no network);
#   - `npm ci` links this checkout's node_modules into the clone (a real `npm ci` costs minutes;
#     CI's .ci/run does one on a clean clone);
#   - `npm test` is left out (this script is part of it);
#   - `your-task-repo` is a git repository this script fills with three tasks and a guide first.
# Then it does what `init` says next (assign, commit), commits a new task through the hook, and
# checks that a teammate's git clone + npm ci gets the hook too.
# NEWCOMER_README names another README to follow (the test shows a wrong one fails).
set -euo pipefail
cd "$(dirname "$0")/.."
checkout=$(pwd)
fail() { echo "newcomer: $*" >&2; exit 1; }

# The ```sh blocks of a README section (from its "## " heading to the next one).
blocks() {
  awk -v section="## $1" '
    $0 == section { inside = 1; next }
    /^## / { inside = 0 }
    inside && /^```sh$/ { code = 1; next }
    inside && code && /^```$/ { code = 0; next }
    inside && code { print }
  ' "${NEWCOMER_README:-README.md}"
}
start=$(blocks 'Start here')
setup=$(blocks 'Set up a repository')
[ -n "$start" ] || fail "README.md has no sh block under '## Start here'"
[ -n "$setup" ] || fail "README.md has no sh block under '## Set up a repository'"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm_ci="ln -s '$checkout/node_modules' node_modules \&\& echo node_modules >>.git/info/exclude"
{
  echo 'set -euo pipefail'
  echo "git clone -q '$checkout' extids-dev && cd extids-dev"
  # `npm test` is this script's caller.
  printf '%s\n' "$start" | sed -e "s#npm ci#$npm_ci#g" -e '/^npm test\b/d'
  echo 'cd ..'
  printf '%s\n' "$setup" | sed -e "s#https://github.com/your-org/extids.git#'$checkout' extids#g" -e "s#npm ci#$npm_ci#g"
} >"$work/readme.sh"

# The newcomer's own task repository, next to the clone as the README's paths expect.
mkdir "$work/your-task-repo"
(
  cd "$work/your-task-repo"
  git init -q -b main
  mkdir -p tasks/backlog
  for id in TASK-1A2B TASK-3C4D TASK-5E6F; do
    printf -- '---\nid: %s\ntitle: Do %s\nstatus: backlog\n---\n\nSomething to do.\n' "$id" "$id" >"tasks/backlog/$id.md"
  done
  printf '# How we write tasks\n' >tasks/README.md
)

echo "newcomer: running the README's commands:" && sed 's/^/  | /' "$work/readme.sh"
(cd "$work" && bash readme.sh) >"$work/readme.log" 2>&1 || { cat "$work/readme.log"; fail "a command from the README failed"; }
cat "$work/readme.log"
cd "$work/your-task-repo"

# What init said to do next, as the README's set-up section lists it.
grep -q '^Next:' "$work/readme.log" || fail "init did not say what to do next"
grep -q 'npx extids assign --all' "$work/readme.log" || fail "init did not say how to assign the tasks"
npx --no-install extids assign --all
commit=$(grep -o 'git add [^;]* && git commit -m "Set up extids"' "$work/readme.log") || fail "init did not say what to commit"
case "$commit" in *" vendor/extids-"*) ;; *) fail "init did not name the vendor/ tarball among the files to commit" ;; esac
eval "${commit% && git commit*}" # the files init names, the vendor/ tarball among them
git add tasks                    # the tasks, which assign gave their IDs
git -c user.name=Newcomer -c user.email=n@example.com commit -qm "Set up extids"
[ -z "$(git status --porcelain)" ] || { git status --short; fail "git status is not clean after the set-up commit"; }

# The hook gives a new task its IDs as it is committed.
printf -- '---\nid: TASK-7A8B\ntitle: A new task\nstatus: backlog\n---\n\nNew.\n' >tasks/backlog/TASK-7A8B.md
git add tasks/backlog/TASK-7A8B.md
git -c user.name=Newcomer -c user.email=n@example.com commit -qm "A new task" 2>"$work/hook.log" || { cat "$work/hook.log"; fail "the commit with the hook failed"; }
git show HEAD:tasks/backlog/TASK-7A8B.md | grep -q '^  jira: PROJ-4$' || { git show HEAD:tasks/backlog/TASK-7A8B.md; fail "the hook did not give the new task PROJ-4"; }
npx --no-install extids validate >/dev/null || fail "validate is not clean after the first day"

# A teammate's git clone + npm ci gets the hooks too (the README says so): their new task gets PROJ-5.
git clone -q "$work/your-task-repo" "$work/teammate" && cd "$work/teammate"
npm ci --no-audit --no-fund >"$work/teammate.log" 2>&1 || { cat "$work/teammate.log"; fail "npm ci in a teammate's clone failed"; }
printf -- '---\nid: TASK-9C0D\ntitle: Theirs\nstatus: backlog\n---\n\nTheirs.\n' >tasks/backlog/TASK-9C0D.md
git add tasks/backlog/TASK-9C0D.md
git -c user.name=Teammate -c user.email=t@example.com commit -qm "Their task" 2>"$work/hook.log" || { cat "$work/hook.log"; fail "the teammate's commit failed"; }
git show HEAD:tasks/backlog/TASK-9C0D.md | grep -q '^  jira: PROJ-5$' || fail "the teammate's hook did not give their task PROJ-5"
echo "newcomer: README's first sections work: a fresh clone, a packed tarball, init, assign, a commit through the hook (TASK-7A8B got PROJ-4), a teammate's clone + npm ci (TASK-9C0D got PROJ-5)"
