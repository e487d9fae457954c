#!/usr/bin/env bash
# Browser tests use Debian's chromium (Playwright's own download is not reachable here) and poppler's pdftotext
# (the print test reads its PDF back as text). Install whichever is missing.
set -euo pipefail
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
missing=()
[ -x "$CHROMIUM" ] || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Browser tests need Debian's ${missing[*]} (chromium is looked for at $CHROMIUM; set CHROMIUM_PATH to use" \
    "another). Install with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "Installing Debian's ${missing[*]} for the browser tests…"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
"$CHROMIUM" --version
pdftotext -v 2>&1 | head -1
