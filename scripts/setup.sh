#!/usr/bin/env bash
# Installs everything the demo and the tests need on a fresh Debian/Ubuntu machine:
# Debian's Chromium and Firefox ESR (tests never download a browser), Xvfb for the demo where
# there is no display, and the npm packages from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
command -v xvfb-run >/dev/null 2>&1 || need+=(xvfb)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${need[*]} from Debian packages…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}"
fi

# puppeteer-core never downloads a browser; say so anyway in case a dependency pulls in puppeteer.
PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
