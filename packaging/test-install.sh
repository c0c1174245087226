#!/usr/bin/env bash
# Installs, upgrades and purges the kiosk package in a fresh Debian 12 root made by debootstrap,
# and checks each step: the programs run, the `kiosk` user and its 0700 data folder exist, the
# units are enabled, the CUPS settings are applied, an administrator's edit of /etc/kiosk
# survives the upgrade, and after purge no file of ours is left. Not part of CI (it downloads
# and installs a Debian system: about 10 minutes); packaging/README.md reports its last run.
# usage: packaging/test-install.sh [build/kiosk_<version>_amd64.deb]   (as root; debootstrap)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
built=("$here"/../build/kiosk_*_amd64.deb)
deb=$(realpath "${1:-${built[0]}}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
[[ $(id -u) -eq 0 ]] || { echo "test-install.sh: chạy với quyền root (run as root)" >&2; exit 1; }
command -v debootstrap >/dev/null || { echo "test-install.sh: cần debootstrap (apt-get install debootstrap)" >&2; exit 1; }

target=$(mktemp -d /var/tmp/kiosk-root.XXXXXX)
cleanup() {
    umount "$target/proc" 2>/dev/null || true
    rm -rf "$target" "$target.before" "$target.after"
}
trap cleanup EXIT
say() { printf '==> %s\n' "$*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }
in_root() { chroot "$target" env DEBIAN_FRONTEND=noninteractive LC_ALL=C.UTF-8 "$@"; }
# Every file and folder but the ones apt, dpkg and logs keep for themselves, and the backups
# (/etc/passwd- and the like) that adduser and deluser leave of the user databases.
snapshot() {
    (cd "$target" && find . -xdev \( -path ./proc -o -path ./tmp -o -path ./var/cache -o -path ./var/lib/apt \
        -o -path ./var/lib/dpkg -o -path ./var/log -o -path ./run \) -prune -o -print |
        grep -vE '^\./etc/(passwd|group|shadow|gshadow)-$' | sort)
}

say "Debian 12 root in $target (debootstrap, $mirror)"
debootstrap --variant=minbase bookworm "$target" "$mirror" >/dev/null
mount -t proc proc "$target/proc"
# As in any chroot: packages must not start services here.
printf '#!/bin/sh\nexit 101\n' >"$target/usr/sbin/policy-rc.d"
chmod +x "$target/usr/sbin/policy-rc.d"
cp "$deb" "$target/tmp/kiosk.deb"

say "Installing the package's dependencies alone, to compare with after purge"
in_root apt-get update -qq
in_root apt-get satisfy -y -qq --no-install-recommends "$(dpkg-deb -f "$deb" Depends)" >/dev/null
snapshot >"$target.before"

say "Installing $(basename "$deb")"
in_root apt-get install -y -qq --no-install-recommends /tmp/kiosk.deb >/dev/null
version=$(dpkg-deb -f "$deb" Version)
for program in kiosk kiosk-sync kiosk-admin kiosk-scan kiosk-ime; do
    [[ $(in_root "$program" --version) == "$program $version" ]] || fail "$program --version"
done
in_root getent passwd kiosk >/dev/null || fail "no kiosk user"
[[ $(in_root stat -c '%a %U' /var/lib/kiosk) == "700 kiosk" ]] || fail "/var/lib/kiosk is not 0700 kiosk"
[[ -f "$target/etc/kiosk/kiosk.toml" && -d "$target/usr/share/kiosk/config/services" ]] || fail "config missing"
in_root kiosk --check-config /etc/kiosk >/dev/null || fail "the installed config does not pass --check-config"
grep -q '^PreserveJobFiles No' "$target/etc/cups/cupsd.conf" || fail "CUPS settings not applied"
for unit in multi-user.target.wants/kiosk-sync.service graphical.target.wants/kiosk-session.service; do
    [[ -L "$target/etc/systemd/system/$unit" ]] || fail "$unit is not enabled"
done
echo "installed: programs answer $version; kiosk user; /var/lib/kiosk 0700; units enabled; CUPS set"

say "Upgrading to the same contents as version $version+1 (an administrator has edited kiosk.toml)"
echo "# edited by the commune's IT officer" >>"$target/etc/kiosk/kiosk.toml"
work=$(mktemp -d)
dpkg-deb -R "$deb" "$work/pkg"
sed -i "s/^Version: .*/Version: $version+1/" "$work/pkg/DEBIAN/control"
dpkg-deb --root-owner-group -b "$work/pkg" "$target/tmp/kiosk-next.deb" >/dev/null
rm -rf "$work"
in_root apt-get install -y -qq --no-install-recommends /tmp/kiosk-next.deb >/dev/null
grep -q "edited by the commune's IT officer" "$target/etc/kiosk/kiosk.toml" || fail "the upgrade overwrote kiosk.toml"
[[ $(in_root stat -c '%a %U' /var/lib/kiosk) == "700 kiosk" ]] || fail "/var/lib/kiosk changed on upgrade"
echo "upgraded: the administrator's edit of /etc/kiosk/kiosk.toml is kept"

say "Purging"
in_root apt-get purge -y -qq kiosk >/dev/null
snapshot >"$target.after"
left=$(comm -13 "$target.before" "$target.after")
rm -f "$target.before" "$target.after"
in_root getent passwd kiosk >/dev/null && fail "the kiosk user is still there"
[[ -z "$left" ]] || fail "left after purge: $left"
echo "purged: nothing of ours is left (files, folders, user, unit links)"
