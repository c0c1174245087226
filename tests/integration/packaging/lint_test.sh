#!/usr/bin/env bash
# packaging/dev.sh lint, run on a scratch repository with this checkout's .clang-format,
# .clang-tidy and lint.sh: it passes a clean change, fails (naming file and problem) on a badly
# formatted changed line and on a bug clang-tidy knows (in a source, or in a header through its
# source), leaves lines the change did not touch alone, and --all sees those too.
# usage: lint_test.sh SOURCE_DIR     exit 77: skipped (clang-format, clang-tidy, jq or git missing)
set -euo pipefail
source_dir=$1
for tool in clang-format clang-format-diff clang-tidy jq git; do
    command -v "$tool" >/dev/null || { echo "SKIP: $tool is not installed"; exit 77; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
repo="$work/repo"
mkdir -p "$repo/packaging" "$repo/app/demo" "$repo/build"
cp "$source_dir/.clang-format" "$source_dir/.clang-tidy" "$repo/"
cp "$source_dir/packaging/lint.sh" "$repo/packaging/"
cd "$repo"
git init -q -b main .
git() { command git -c user.name=lint-test -c user.email=lint-test@example.invalid "$@"; }

cat >app/demo/numbers.hpp <<'EOF'
#pragma once

namespace demo {}
EOF
# Formatted as .clang-format says except one old line (the "int  old" one) the change leaves alone.
cat >app/demo/numbers.cpp <<'EOF'
#include "numbers.hpp"

#include <string>
#include <utility>

namespace demo {

int  old = 1;

int twice(int x) { return 2 * x; }

}  // namespace demo
EOF
jq -n --arg dir "$repo" '[{directory: $dir, file: ($dir + "/app/demo/numbers.cpp"),
                            command: ("c++ -std=c++20 -c " + $dir + "/app/demo/numbers.cpp")}]' \
    >build/compile_commands.json
git add -A && git commit -qm base
base=$(git rev-parse HEAD)

status=0
expect() {  # expect EXIT_CODE TEXT_OR_EMPTY DESCRIPTION -- lint arguments
    local want=$1 text=$2 what=$3 got=0 out
    shift 4
    out=$(packaging/lint.sh "$@" 2>&1) || got=$?
    if [[ $got -ne $want ]] || { [[ -n "$text" ]] && ! grep -qF -- "$text" <<<"$out"; }; then
        echo "FAIL: $what: exit $got (want $want), output:"; printf '%s\n' "$out" | sed 's/^/    /'
        status=1
    else
        echo "ok: $what"
    fi
}

set_body() {  # the changed function, as given
    git checkout -q "$base" -- app/demo/numbers.cpp
    python3 - "$1" <<'PY'
import sys
path = "app/demo/numbers.cpp"
text = open(path).read().replace("int twice(int x) { return 2 * x; }\n", sys.argv[1])
open(path, "w").write(text)
PY
}

set_body $'int thrice(int x) { return 3 * x; }\n'
expect 0 "Lint passed" "a clean change passes; the old unformatted line it did not touch is left alone" -- --base "$base"

set_body $'int thrice(int x){return 3*x;}\n'
expect 1 "clang-format: app/demo/numbers.cpp: changed lines are not formatted" "a badly formatted changed line fails" -- --base "$base"

set_body $'std::string moved(std::string s) {\n    std::string t = std::move(s);\n    return s + t;\n}\n'
expect 1 "bugprone-use-after-move" "a use after move fails, named by clang-tidy" -- --base "$base"
expect 1 "clang-tidy: app/demo/numbers.cpp" "the clang-tidy finding names its file" -- --base "$base"

# A header is checked through its source.
git checkout -q "$base" -- app/demo/numbers.cpp
printf '%s\n' '#pragma once' '#include <string>' '#include <utility>' '' 'namespace demo {' \
    'inline std::string moved(std::string s) {' '    std::string t = std::move(s);' '    return s + t;' '}' \
    '}  // namespace demo' >app/demo/numbers.hpp
expect 1 "numbers.hpp" "a use after move in a changed header fails, found through its source" -- --base "$base"
git checkout -q "$base" -- app/demo/numbers.hpp

# Committed, with no --base: a fresh clone's last commit is what is checked.
set_body $'int thrice(int x){return 3*x;}\n'
git commit -qam "a change"
expect 1 "clang-format: app/demo/numbers.cpp" "without --base, the last commit is checked" --

git checkout -q "$base" -- app/demo/numbers.cpp
git commit -qam "back to the base"
expect 1 "app/demo/numbers.cpp: 1 lines differ" "--all sees the old unformatted line" -- --all
exit $status
