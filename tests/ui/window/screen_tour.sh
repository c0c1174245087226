#!/usr/bin/env bash
# Screenshots of the real kiosk, in a window under Xvfb, at each layout and mode: screen_tour
# walks the screens headless and records every press; this replays the recording on build/kiosk
# with xdotool and saves NAME-SIZE-MODE.png into OUT_DIR for a person to look at.
# usage: screen_tour.sh KIOSK SCREEN_TOUR OUT_DIR [SIZE...]   (sizes default: the three layouts;
# TOUR_MODES="normal large contrast" by default)
set -euo pipefail
kiosk=$1 tour=$2 out=$3
shift 3
sizes=("$@")
(( ${#sizes[@]} )) || sizes=(1920x1080 1366x768 1080x1920)
mkdir -p "$out"
work=$(mktemp -d)
cleanup() {
    [[ -n "${kiosk_pid:-}" ]] && kill "$kiosk_pid" 2>/dev/null || true
    [[ -n "${xvfb_pid:-}" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

replay() {  # replay TOUR_FILE SUFFIX
    while IFS= read -r line; do
        case "$line" in
            move\ *) xdotool mousemove ${line#move }; sleep 0.08 ;;
            down) xdotool mousedown 1; sleep 0.12 ;;
            up) xdotool mouseup 1; sleep 0.5 ;;
            "wheel +1") xdotool click 4; sleep 0.08 ;;
            "wheel -1") xdotool click 5; sleep 0.08 ;;
            # The tap before opened the box's keyboard: give a loaded machine time to draw it.
            type\ *) sleep 0.7; xdotool type --delay 60 -- "${line#type }"; sleep 0.5 ;;
            shot\ *) sleep 1; import -window root "$out/${line#shot }-$2.png"; echo "  $out/${line#shot }-$2.png" ;;
            *) fail "unknown step: $line" ;;
        esac
    done < "$1"
}

for size in "${sizes[@]}"; do
    for mode in ${TOUR_MODES:-normal large contrast}; do
        run="$work/$size-$mode"
        KIOSK_TOUR_OUT="$run" KIOSK_TOUR_SIZE="$size" KIOSK_TOUR_MODE="$mode" "$tour" >"$work/tour.log" 2>&1 ||
            { cat "$work/tour.log" >&2; fail "the headless walk failed at $size $mode"; }
        : > "$work/display"
        Xvfb -displayfd 3 -screen 0 "${size}x24" -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
        xvfb_pid=$!
        for _ in $(seq 100); do [[ -s "$work/display" ]] && break; sleep 0.1; done
        export DISPLAY=":$(head -n1 "$work/display")"
        "$kiosk" --config "$run/config" --data "$run/data" >"$work/kiosk.log" 2>&1 &
        kiosk_pid=$!
        for _ in $(seq 200); do grep -q 'first frame' "$work/kiosk.log" && break; sleep 0.1; done
        grep -q 'first frame' "$work/kiosk.log" || fail "no first frame at $size"
        sleep 1
        echo "$size $mode:"
        replay "$run/tour.txt" "$size-$mode"
        kill -TERM "$kiosk_pid"; wait "$kiosk_pid" || true; kiosk_pid=
        kill "$xvfb_pid"; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=
    done
done
