#!/usr/bin/env bash
# Installs what is missing, builds CityKB and runs every test through ctest.
# Usage: ./scripts/test.sh [preset]   (dev by default; asan for AddressSanitizer + UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."

preset="${1:-dev}"
./scripts/deps.sh
cmake --preset "$preset"
cmake --build --preset "$preset"
export QT_QPA_PLATFORM=offscreen
ctest --preset "$preset" -j 2
