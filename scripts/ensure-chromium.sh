#!/usr/bin/env bash
# Makes sure a Chromium for the end-to-end tests is installed: Debian's package, since Playwright cannot
# download its own browsers here. Uses CHROMIUM_PATH when set.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
echo "Chromium not found at $chromium: installing Debian's chromium package…"
if [ "$(id -u)" -eq 0 ]; then
  sudo=""
elif command -v sudo >/dev/null 2>&1; then
  sudo="sudo"
else
  echo "Cannot install Chromium: not root and no sudo. Install it with 'apt-get install chromium' or set CHROMIUM_PATH." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium >/dev/null
if [ ! -x "$chromium" ]; then
  echo "Chromium was installed but is not at $chromium; set CHROMIUM_PATH." >&2
  exit 1
fi
echo "Chromium installed: $("$chromium" --version 2>/dev/null || echo "$chromium")"
