#!/usr/bin/env bash
# The two commands of the README's quick start:
#   packaging/dev.sh run    install what is missing, build Release into build/, start the kiosk
#   packaging/dev.sh test   the same setup, then every test (UI tests under Xvfb), then the
#                           unit and UI tests again under AddressSanitizer + UBSan
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
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

build() {  # build PRESET
    say "Building ($1)"
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1"
}

jobs() { nproc 2>/dev/null || echo 2; }

cmd_run() {
    ensure_packages
    build release
    local display_args=()
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "No display found: start the kiosk from a desktop session, or use 'packaging/dev.sh test'." >&2
        exit 1
    fi
    say "Starting the kiosk (Esc or closing the window exits)"
    exec "$root/build/kiosk" --config "$root/kiosk-config" --windowed "${display_args[@]}" "$@"
}

cmd_test() {
    ensure_packages
    build release
    say "Running every test (Release)"
    ctest --test-dir build --output-on-failure -j "$(jobs)" --label-exclude fuzz-long
    build asan
    say "Running unit and UI tests under AddressSanitizer + UBSan"
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        ctest --test-dir build-asan --output-on-failure -j "$(jobs)" --label-regex 'unit|ui'
}

case "${1:-}" in
    run) shift; cmd_run "$@" ;;
    test) shift; cmd_test "$@" ;;
    *) echo "usage: packaging/dev.sh run|test" >&2; exit 2 ;;
esac
