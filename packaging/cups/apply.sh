#!/usr/bin/env bash
# Applies packaging/cups/kiosk-cupsd.conf to a kiosk's CUPS: each directive in it replaces the
# same directive in /etc/cups/cupsd.conf (or is added), then cupsd is restarted if it runs under
# systemd. Idempotent; run as root when the kiosk is installed or its CUPS is upgraded.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
conf=${1:-/etc/cups/cupsd.conf}
[[ -f "$conf" ]] || { echo "apply.sh: không thấy $conf (no cupsd.conf; is the cups package installed?)" >&2; exit 1; }
while read -r name value; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    if grep -qE "^[[:space:]]*${name}[[:space:]]" "$conf"; then
        sed -i -E "s|^[[:space:]]*${name}[[:space:]].*|${name} ${value}|" "$conf"
    else
        printf '%s %s\n' "$name" "$value" >> "$conf"
    fi
done < "$here/kiosk-cupsd.conf"
if command -v systemctl >/dev/null && systemctl is-active --quiet cups 2>/dev/null; then
    systemctl restart cups
fi
echo "apply.sh: đã áp dụng cấu hình CUPS cho kiosk vào $conf (kiosk CUPS settings applied)"
