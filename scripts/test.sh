#!/usr/bin/env bash
# `npm test`: the whole suite. Type check, unit tests (Vitest), production build, end-to-end tests
# (Playwright in Debian's Chromium against the real server on a fresh temporary database).
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
