#!/usr/bin/env bash
# Builds CityKB (dev preset) and renews the pictures of the window in docs/images/ from a
# freshly seeded KB: the overview, the practice list, a search with its facets, a network's
# page and the network finder. Runs on Qt's offscreen platform, so no display is needed.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
cmake --preset dev
cmake --build --preset dev --target citykb-screenshots
QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" ./build/dev/tests/citykb-screenshots docs/images
