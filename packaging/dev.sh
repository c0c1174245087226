#!/usr/bin/env bash
# The two commands of the README's quick start:
#   packaging/dev.sh run    install what is missing, build Release into build/, start the kiosk
#   packaging/dev.sh test   the same setup, then the lint of the changed files (as `lint`), every
#                           test (UI tests under Xvfb), then the unit and UI tests again under
#                           AddressSanitizer + UBSan
#   packaging/dev.sh build  install what is missing, build Release into build/ (build-deb.sh)
#   packaging/dev.sh desk   while `run` runs: the one-stop desk's window (kiosk --desk) on the same
#                           portal, as the demo officer STAFF-DEMO-01 (docs/staff.md)
#   packaging/dev.sh staff  while `run` runs: act as commune staff at the reference portal
#                           (list, pay MA_HO_SO, accept MA_HO_SO ...; see portal-staff.sh)
#   packaging/dev.sh fuzz [SECONDS]  build the libFuzzer targets with clang into build-fuzz/ and
#                           run each for SECONDS (default 60) from its seed corpus
#                           (tests/fuzz/README.md)
#   packaging/dev.sh lint [--all] [--base REF]  clang-format and clang-tidy on the C++ files
#                           changed since a base (--all: every file); see lint.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# The one-stop desk's PC in the demo: enrolled with the portal beside the kiosk.
desk_pc_id="QUAY-DEMO-01"
cd "$root"

say() { printf '==> %s\n' "$*"; }

# Installs the Debian packages that are not installed yet; runs apt-get only when something is
# missing, as root directly or through sudo.
ensure_packages() {
    local missing=()
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done < "$here/debian-packages.txt"
    [[ ${#missing[@]} -eq 0 ]] && return 0
    say "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Both builds go through ccache. Its cache lives in ccache's default folder (~/.cache/ccache,
# or ~/.ccache where that exists; CCACHE_DIR overrides it), so it outlives the checkout: a fresh
# clone anywhere on the same machine gets its hits, because paths under the checkout are
# rewritten relative to it (base_dir) and the build folder's name is left out of the hash.
use_ccache() {
    export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
    say "Compiler cache: $(ccache --get-config cache_dir)"
}

cache_counts() {  # prints "HITS MISSES", ccache's totals so far
    ccache --print-stats | awk -F'\t' '$1 ~ /^(direct|preprocessed)_cache_hit$/ { h += $2 }
                                        $1 == "cache_miss" { m = $2 } END { print h + 0, m + 0 }'
}

build() {  # build PRESET
    say "Building ($1)"
    cmake --preset "$1" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    cmake --build --preset "$1"
}

build_targets() {  # build_targets PRESET TARGET...
    local preset=$1
    shift
    cmake --preset "$preset" -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
    cmake --build --preset "$preset" --target "$@"
}

# phase NAME COMMAND...: runs one step of the test run and records how long it took.
phase_times=()
phase() {
    local name="$1" start=$SECONDS
    shift
    "$@"
    phase_times+=("$(printf '%-44s %3d min %02d s' "$name" $(((SECONDS - start) / 60)) $(((SECONDS - start) % 60)))")
}
print_phase_times() {
    say "Time per phase"
    printf '    %s\n' "${phase_times[@]}"
}

jobs() { nproc 2>/dev/null || echo 2; }

# The kiosk with everything it needs on loopback: the reference portal (its development PKI
# and this kiosk's enrolment are made on first start in kiosk-data/portal), kiosk-sync
# delivering the outbox to it, and the kiosk in a window. Stopping the kiosk stops the rest.
cmd_run() {
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "Không thấy màn hình (DISPLAY): hãy chạy trong phiên đồ họa." >&2
        echo "No display found: start it from a desktop session, or use 'packaging/dev.sh test'." >&2
        exit 1
    fi
    ensure_packages
    use_ccache
    build release
    local config="$root/kiosk-config" data="$root/kiosk-data"
    local port="${KIOSK_PORTAL_PORT:-8443}"
    local kiosk_id
    kiosk_id=$(sed -n 's/^kiosk_id *= *"\(.*\)".*/\1/p' "$config/kiosk.toml")
    mkdir -p "$data/portal"

    say "Starting the reference portal on https://127.0.0.1:$port"
    # The portal counts due dates on the kiosk's own calendar of days off, as a province's would.
    # A demo: the demo operator (packaging/portal-staff.sh) and the payment simulator are on.
    # The one-stop desk's PC (packaging/dev.sh desk) is enrolled too, under an id of its own.
    "$root/build/kiosk-portal" --listen "127.0.0.1:$port" --data "$data/portal" --enroll "$kiosk_id" \
        --enroll "$desk_pc_id" \
        --demo --simulate-payments --working-calendar "$config/working-calendar.toml" >"$data/portal.log" 2>&1 &
    # Globals, not locals: the EXIT trap runs after cmd_run has returned.
    portal_pid=$!
    trap 'kill ${sync_pid:-} ${portal_pid:-} 2>/dev/null || true' EXIT
    local enrolment="$data/portal/enroll/$kiosk_id"
    for _ in $(seq 100); do
        [[ -f "$enrolment/enrollment.toml" ]] && grep -q ":$port" "$enrolment/enrollment.toml" && break
        kill -0 "$portal_pid" 2>/dev/null || { cat "$data/portal.log" >&2; exit 1; }
        sleep 0.1
    done
    "$root/build/kiosk-admin" --config "$config" enroll "$enrolment"
    # A demo staff member for the kiosk's staff screen (docs/staff.md): CB-DEMO, PIN 246810.
    if ! "$root/build/kiosk-admin" --data "$data" staff list 2>/dev/null | grep -q '"CB-DEMO"'; then
        printf '246810\n246810\n' | "$root/build/kiosk-admin" --data "$data" staff add CB-DEMO --stdin >/dev/null
    fi

    say "Starting kiosk-sync (log: kiosk-data/sync.log)"
    "$root/build/kiosk-sync" --config "$config" --data "$data" >"$data/sync.log" 2>&1 &
    sync_pid=$!

    say "Starting the kiosk (closing its window stops everything)"
    say "To play the commune staff from another terminal: packaging/dev.sh staff list," \
        "staff pay MA_HO_SO (fee paid through the simulator), staff accept MA_HO_SO ..."
    say "The kiosk's staff screen (five taps on the top-left corner): operator CB-DEMO, PIN 246810"
    "$root/build/kiosk" --config "$config" --data "$data" --windowed "$@"
}

# The one-stop desk's window beside a running `packaging/dev.sh run`: the same reference portal,
# the demo officer's staff certificate it made, and a PC of its own: kiosk-data/desk holds its
# config (the demo's, under the desk PC's own kiosk id and enrolment, so its filings' references
# and its audit chain are its own), its outbox, audit log and saved reports, and the kiosk-sync
# that delivers the filings taken in at the desk. Closing the window stops that kiosk-sync.
cmd_desk() {
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "Không thấy màn hình (DISPLAY): hãy chạy trong phiên đồ họa." >&2
        echo "No display found: start it from a desktop session." >&2
        exit 1
    fi
    local data="$root/kiosk-data"
    local enrolment="$data/portal/enroll/$desk_pc_id" config="$data/desk/config"
    if [[ ! -f "$data/portal/portal-url" || ! -f "$data/portal/staff/STAFF-DEMO-01/client.pem" ]]; then
        echo "Chưa có cổng tham chiếu: hãy chạy packaging/dev.sh run trước (ở cửa sổ dòng lệnh khác)." >&2
        echo "No reference portal yet: start packaging/dev.sh run first (in another terminal)." >&2
        exit 1
    fi
    if [[ ! -f "$enrolment/enrollment.toml" ]]; then
        echo "Cổng chưa đăng ký máy bàn $desk_pc_id: hãy dừng rồi chạy lại packaging/dev.sh run." >&2
        echo "The portal has not enrolled the desk PC $desk_pc_id: stop and restart packaging/dev.sh run." >&2
        exit 1
    fi
    ensure_packages
    use_ccache
    build_targets release kiosk kiosk-sync kiosk-admin
    mkdir -p "$config"
    tar -C "$root/kiosk-config" --exclude=./enrollment --exclude=./.enrollment.new -cf - . | tar -C "$config" -xf -
    sed -i "s/^kiosk_id *=.*/kiosk_id = \"$desk_pc_id\"/" "$config/kiosk.toml"
    "$root/build/kiosk-admin" --config "$config" enroll "$enrolment" >/dev/null
    # The demo officer's PIN on the desk PC's staff list (docs/staff.md): 246810.
    if ! "$root/build/kiosk-admin" --data "$data/desk" staff list 2>/dev/null | grep -q '"STAFF-DEMO-01"'; then
        printf '246810\n246810\n' | "$root/build/kiosk-admin" --data "$data/desk" staff add STAFF-DEMO-01 --stdin >/dev/null
    fi

    say "Starting the desk PC's kiosk-sync (log: kiosk-data/desk/sync.log)"
    "$root/build/kiosk-sync" --config "$config" --data "$data/desk" >"$data/desk/sync.log" 2>&1 &
    desk_sync_pid=$!
    trap 'kill ${desk_sync_pid:-} 2>/dev/null || true' EXIT
    say "Starting the desk as STAFF-DEMO-01, PIN 246810 (outbox, audit log, reports: kiosk-data/desk)"
    "$root/build/kiosk" --desk --config "$config" --data "$data/desk" \
        --staff-cert "$data/portal/staff/STAFF-DEMO-01" --portal "$(cat "$data/portal/portal-url")" "$@"
}

cmd_test() {
    phase "Debian packages" ensure_packages
    use_ccache
    local hits_before misses_before
    read -r hits_before misses_before < <(cache_counts)
    phase "Release build" build release
    say "Lint: clang-format and clang-tidy on the changed files"
    phase "Lint (changed files)" "$here/lint.sh"
    say "Running every test (Release)"
    phase "Release tests" ctest --test-dir build --output-on-failure -j "$(jobs)" --label-exclude fuzz-long
    # Only what the sanitizer run executes: the unit and UI tests (target unit_ui_tests).
    say "Building (asan: unit and UI tests)"
    phase "ASan+UBSan build" build_targets asan unit_ui_tests
    say "Running unit and UI tests under AddressSanitizer + UBSan"
    phase "ASan+UBSan tests" env ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build-asan --output-on-failure -j "$(jobs)" --label-regex 'unit|ui'
    print_phase_times
    local hits misses
    read -r hits misses < <(cache_counts)
    say "Compiler cache this run: $((hits - hits_before)) hits, $((misses - misses_before)) misses"
}

# Every libFuzzer target, each for the given time, starting from its committed seed corpus; new
# inputs go to build-fuzz/corpus/<target>/, never into the repository. A finding stops the run
# with libFuzzer's crash file named; it becomes a corpus file and a fix.
cmd_fuzz() {
    local seconds="${1:-60}"
    [[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: packaging/dev.sh fuzz [SECONDS]" >&2; exit 2; }
    ensure_packages
    use_ccache
    local flags="-fsanitize=fuzzer-no-link,address,undefined"
    CC=clang CXX=clang++ cmake -S "$root" -B "$root/build-fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DKIOSK_FUZZ=ON -DCMAKE_CXX_COMPILER_LAUNCHER=ccache "-DCMAKE_CXX_FLAGS=$flags" "-DCMAKE_C_FLAGS=$flags" >/dev/null
    local targets=(fuzz_mrz fuzz_qr_payload fuzz_portal_requests fuzz_portal_replies fuzz_signature_headers
                   fuzz_expression fuzz_vietqr fuzz_working_calendar fuzz_config_load fuzz_enrollment)
    say "Building ${targets[*]}"
    cmake --build "$root/build-fuzz" --target "${targets[@]}" -j "$(jobs)"
    for target in "${targets[@]}"; do
        local name="${target#fuzz_}" work="$root/build-fuzz/corpus/${target#fuzz_}"
        mkdir -p "$work"
        say "Fuzzing $name for ${seconds}s"
        "$root/build-fuzz/fuzz/$target" -max_total_time="$seconds" -print_final_stats=1 \
            -artifact_prefix="$root/build-fuzz/$name-" "$work" "$root/tests/fuzz/corpus/$name"
    done
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    fuzz) shift; cmd_fuzz "$@" ;;
    test) shift; cmd_test "$@" ;;
    build) ensure_packages; use_ccache; build release ;;
    lint) shift; exec "$here/lint.sh" "$@" ;;
    staff) shift; exec "$here/portal-staff.sh" --data "$root/kiosk-data/portal" "$@" ;;
    desk) shift; cmd_desk "$@" ;;
    *) echo "usage: packaging/dev.sh run|desk|test|build|staff|fuzz|lint" >&2; exit 2 ;;
esac
