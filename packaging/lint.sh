#!/usr/bin/env bash
# packaging/dev.sh lint [--all] [--base REF]
# clang-format (.clang-format) and clang-tidy (.clang-tidy) on the C++ a change touches; any
# difference or finding fails it (exit 1), naming the file, the line and what is wrong.
#
# The change is what HEAD and the working tree (untracked files too) hold that a base does not:
#   --base REF   when given;
#   otherwise where HEAD left its upstream branch (@{upstream}), when it has commits not on it;
#   otherwise where HEAD left the local branch main, when it has commits not on it;
#   otherwise the last commit (a fresh clone of main, as CI has: HEAD's parent is the base).
# clang-format: the changed lines must be formatted as .clang-format says (files are formatted as
#   they are changed, never the whole tree at once). --all: every line of every file.
# clang-tidy: each changed source file, and for a changed header the source of the same name in
#   its part (or else the first source that includes it, directly or through other headers),
#   compiled as the Release build's compile_commands.json says (build/ is configured when it is
#   missing; nothing is built).
#   --all: every source file of the build.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

say() { printf '==> %s\n' "$*"; }
usage() { echo "usage: packaging/dev.sh lint [--all] [--base REF]" >&2; exit 2; }

all=false base=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --all) all=true ;;
        --base) [[ $# -ge 2 ]] || usage; base=$2; shift ;;
        *) usage ;;
    esac
    shift
done

for tool in clang-format clang-format-diff clang-tidy jq; do
    command -v "$tool" >/dev/null || { echo "lint needs $tool (packaging/debian-packages.txt)" >&2; exit 1; }
done

cpp_pattern='\.(cpp|hpp)$'

ahead_of() { [[ -n "$(git rev-list -n 1 "$1..HEAD" 2>/dev/null)" ]]; }

choose_base() {
    if [[ -n "$base" ]]; then
        git rev-parse --verify -q "$base^{commit}" >/dev/null || { echo "lint: no commit '$base'" >&2; exit 2; }
        git merge-base "$base" HEAD
    elif git rev-parse -q --verify '@{upstream}' >/dev/null 2>&1 && ahead_of '@{upstream}'; then
        git merge-base '@{upstream}' HEAD
    elif git rev-parse -q --verify refs/heads/main >/dev/null && ahead_of refs/heads/main; then
        git merge-base refs/heads/main HEAD
    elif git rev-parse -q --verify 'HEAD^' >/dev/null; then
        git rev-parse 'HEAD^'
    else
        git hash-object -t tree /dev/null  # a single commit: everything is new
    fi
}

# Files with added or changed lines (renamed files only when their content changed too).
changed_files() {
    {
        git diff --name-only --diff-filter=AM -M "$base_commit" -- "*.cpp" "*.hpp"
        git diff --name-status -M --diff-filter=R "$base_commit" -- "*.cpp" "*.hpp" |
            awk -F'\t' '$1 != "R100" { print $3 }'
        git ls-files --others --exclude-standard -- "*.cpp" "*.hpp"
    } | grep -E "$cpp_pattern" | sort -u | while read -r f; do [[ -f "$f" ]] && echo "$f"; done
}

all_files() { git ls-files --cached --others --exclude-standard -- "*.cpp" "*.hpp" | sort -u; }

# The diff of one file against the base, untracked files counting as wholly added.
file_diff() {
    if git ls-files --error-unmatch -- "$1" >/dev/null 2>&1; then
        git diff -U0 --no-color -M "$base_commit" -- "$1"
    else
        git diff -U0 --no-color --no-index /dev/null "$1" || true
    fi
}

format_problems=0
check_format_changed_lines() {
    local file="$1" out
    out=$(file_diff "$file" | clang-format-diff -p1 -sort-includes -binary clang-format)
    [[ -z "$out" ]] && return 0
    format_problems=$((format_problems + 1))
    echo "clang-format: $file: changed lines are not formatted as .clang-format says; it would make them:"
    printf '%s\n' "$out" | sed 's/^/    /'
    echo "    fix: git diff -U0 ${base_commit:0:12} -- $file | clang-format-diff -p1 -sort-includes -i"
}

check_format_whole_file() {
    local file="$1" count
    count=$(clang-format "$file" | diff "$file" - | grep -c '^>' || true)
    [[ "$count" -eq 0 ]] && return 0
    format_problems=$((format_problems + 1))
    echo "clang-format: $file: $count lines differ from .clang-format (fix: clang-format -i $file)"
}

compile_db="$root/build/compile_commands.json"
ensure_compile_db() {
    [[ -f "$compile_db" ]] && return 0
    say "Configuring build/ for its compile_commands.json (nothing is built)"
    cmake --preset release -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
}

# The build's source files, relative to the checkout.
build_sources() { jq -r '.[].file' "$compile_db" | sed "s|^$root/||" | sort -u; }

# source_including STEM PART SOURCES: the first source that includes STEM.hpp, in PART or else
# anywhere; through the headers that include it when no source does (up to three levels).
source_including() {
    local stems=("$1") part=$2 sources=$3 pattern found
    for _ in 1 2 3; do
        pattern="#include [\"<](.*/)?($(IFS='|'; echo "${stems[*]}"))\.hpp[\">]"
        found=$(grep -E "^$part/" <<<"$sources" | xargs -r grep -lE "$pattern" | head -n 1 || true)
        [[ -n "$found" ]] || found=$(xargs -r grep -lE "$pattern" <<<"$sources" | head -n 1 || true)
        [[ -n "$found" ]] && { echo "$found"; return 0; }
        mapfile -t stems < <(git ls-files -- "*.hpp" | xargs -r grep -lE "$pattern" | xargs -r -n 1 basename -s .hpp)
        [[ ${#stems[@]} -gt 0 ]] || return 0
    done
}

# The sources clang-tidy checks for FILEs: sources as they are, headers through a source.
tidy_targets() {
    local sources file stem part match
    sources=$(build_sources)
    for file in "$@"; do
        if [[ "$file" == *.cpp ]]; then
            grep -Fx -- "$file" <<<"$sources" || true
            continue
        fi
        stem=$(basename "$file" .hpp)
        part=$(cut -d/ -f1 <<<"$file")
        [[ "$part" == app || "$part" == programs ]] && part=$(cut -d/ -f1-2 <<<"$file")
        match=$(grep -E "^$part/(.*/)?$stem\.cpp$" <<<"$sources" | head -n 1 || true)
        [[ -n "$match" ]] || match=$(source_including "$stem" "$part" "$sources")
        [[ -n "$match" ]] && echo "$match"
    done | sort -u
}

# Runs clang-tidy on each source (as many at once as there are cores), prints the findings of
# those that have any; fails when one has.
run_tidy() {
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    # shellcheck disable=SC2016 # the inner script expands its own arguments
    printf '%s\n' "$@" | xargs -r -P "$jobs" -I{} sh -c '
        out=$(clang-tidy -p "$1" --quiet "$2" 2>&1) && exit 0
        printf "clang-tidy: %s:\n%s\n" "$2" "$(printf "%s\n" "$out" |
            grep -vE "^[0-9]+ (warning|error)s? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^Error while processing" |
            sed "s/^/    /")"
        exit 1' tidy "$root/build" {}
}

if $all; then
    say "Lint: every file"
    mapfile -t files < <(all_files)
else
    base_commit=$(choose_base)
    say "Lint: files changed since $(git rev-parse --short "$base_commit" 2>/dev/null || echo "$base_commit")" \
        "($(git log -1 --format=%s "$base_commit" 2>/dev/null | cut -c1-60 || true))"
    mapfile -t files < <(changed_files)
fi
if [[ ${#files[@]} -eq 0 ]]; then
    say "No C++ file changed: nothing to lint"
    exit 0
fi

say "clang-format: ${#files[@]} files"
for file in "${files[@]}"; do
    if $all; then check_format_whole_file "$file"; else check_format_changed_lines "$file"; fi
done

ensure_compile_db
if $all; then mapfile -t sources < <(build_sources); else mapfile -t sources < <(tidy_targets "${files[@]}"); fi
say "clang-tidy: ${#sources[@]} source files"
tidy_failed=false
[[ ${#sources[@]} -eq 0 ]] || run_tidy "${sources[@]}" || tidy_failed=true

if [[ $format_problems -gt 0 || $tidy_failed == true ]]; then
    problems=()
    [[ $format_problems -gt 0 ]] && problems+=("$format_problems file(s) with lines clang-format would change")
    $tidy_failed && problems+=("clang-tidy findings")
    summary=$(IFS=,; echo "${problems[*]}")
    say "Lint failed: ${summary//,/ and } (above)"
    exit 1
fi
say "Lint passed"
