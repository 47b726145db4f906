#!/usr/bin/env bash
# `npm test`: the whole suite. Type check, unit tests (Vitest), production build, end-to-end tests
# (Playwright in Debian's Chromium against the real server on a fresh temporary database), short load and crash runs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/ensure-chromium.sh

echo "== Type check"
npx tsc --noEmit

echo "== Unit tests"
npx vitest run

echo "== Production build"
npx next build

echo "== End-to-end tests"
npx playwright test

# Short versions of the pressure proofs (scripts/load.ts, scripts/crash.ts), each on its own temporary database and
# server from the build above: readers and fact-checkers together, then SIGKILL mid-import and mid-saves.
echo "== Load with writes (short)"
npx tsx scripts/load.ts --seconds 5 --readers 4

echo "== Crash safety"
npx tsx scripts/crash.ts
