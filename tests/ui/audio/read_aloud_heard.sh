#!/usr/bin/env bash
# Starts a private PulseAudio whose only sink is a null sink (it keeps real time, as a sound card
# does, and its monitor can be recorded), then runs the walk that plays the kiosk's speech and key
# click into it. Where PulseAudio or parecord is missing, or the server will not start, the test
# says so and exits 77 (skipped), never 0.
# usage: read_aloud_heard.sh WALK [DOCTEST OPTIONS...]  (-s prints the figures)
set -euo pipefail
walk=$1
shift
skip() { echo "SKIPPED: $*"; exit 77; }
for tool in pulseaudio parecord pactl; do
    command -v "$tool" >/dev/null || skip "$tool is not installed (packaging/debian-packages.txt)"
done
work=$(mktemp -d)
cleanup() {
    if [[ -n "${pa_pid:-}" ]]; then kill "$pa_pid" 2>/dev/null || true; wait "$pa_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
# Nothing of the user's own sound setup: its home, runtime folder and cookie are the test's.
export HOME=$work XDG_RUNTIME_DIR=$work XDG_CONFIG_HOME=$work/config
unset DISPLAY
pulseaudio -n --daemonize=no --exit-idle-time=-1 --disable-shm=yes --use-pid-file=no \
    -L "module-native-protocol-unix socket=$work/native auth-anonymous=1" \
    -L "module-null-sink sink_name=kiosk_out rate=22050 channels=1" >"$work/pulseaudio.log" 2>&1 &
pa_pid=$!
export PULSE_SERVER=unix:$work/native
for _ in $(seq 100); do pactl info >/dev/null 2>&1 && break; sleep 0.1; done
pactl info >/dev/null 2>&1 || { cat "$work/pulseaudio.log" >&2; skip "PulseAudio would not start here"; }
pactl set-default-sink kiosk_out
# espeak-ng (through pcaudiolib) and SDL (the key click) both find the server by PULSE_SERVER.
SDL_AUDIODRIVER=pulseaudio KIOSK_AUDIO_DIR=$work KIOSK_AUDIO_MONITOR=kiosk_out.monitor "$walk" "$@"
