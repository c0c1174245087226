#!/usr/bin/env bash
# Builds the Debian packages from a Release build (packaging/README.md):
#   build/kiosk_<version>_amd64.deb and build/kiosk-portal_<version>_amd64.deb
# then checks them with lintian when it is installed (errors fail the build).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

"$here/dev.sh" build
echo "==> Packaging (CPack DEB)"
rm -f build/kiosk_*.deb build/kiosk-portal_*.deb
(cd build && cpack -G DEB >/dev/null)
ls -1 build/*.deb
if command -v lintian >/dev/null; then
    echo "==> lintian"
    # Errors fail; warnings are listed in packaging/README.md with why each stays.
    lintian --fail-on error --tag-display-limit 0 build/kiosk_*.deb build/kiosk-portal_*.deb
else
    echo "lintian is not installed: packages not checked (apt-get install lintian)" >&2
fi
