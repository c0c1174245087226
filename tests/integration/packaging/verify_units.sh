#!/usr/bin/env bash
# Checks every systemd unit the package ships: `systemd-analyze verify` finds no error, and
# `systemd-analyze security --offline=true` rates kiosk-sync.service 2.0 or lower and the
# session 4.0 or lower (issue 12's targets). The units name the installed programs in
# /usr/bin; here they are pointed at the ones just built so that verify can check them.
# usage: verify_units.sh UNIT_DIR BUILD_DIR     exit 77: skipped (no systemd-analyze)
set -euo pipefail
units=$1 build=$2
command -v systemd-analyze >/dev/null || { echo "SKIP: systemd-analyze is not installed"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

declare -A limit=([kiosk-sync.service]=2.0 [kiosk-session.service]=4.0)
status=0
for unit in "$units"/*.service; do
    name=$(basename "$unit")
    sed -E "s#/usr/bin/(kiosk[a-z-]*)#$build/\\1#g" "$unit" >"$work/$name"
    if ! systemd-analyze verify --man=no "$work/$name" 2>"$work/verify.log" || [[ -s "$work/verify.log" ]]; then
        echo "FAIL: systemd-analyze verify $name:"; cat "$work/verify.log"; status=1
    fi
    exposure=$(systemd-analyze security --offline=true "$work/$name" 2>/dev/null |
               sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
    max=${limit[$name]:-}
    [[ -n "$max" ]] || { echo "FAIL: $name has no exposure limit in this test"; status=1; continue; }
    if [[ -z "$exposure" ]] || ! awk -v e="$exposure" -v m="$max" 'BEGIN { exit !(e <= m) }'; then
        echo "FAIL: $name exposure ${exposure:-unknown}, limit $max"; status=1
    else
        echo "ok: $name exposure $exposure (limit $max)"
    fi
done
exit $status
