#!/usr/bin/env bash
# Builds CityKB (dev preset) and renews the pictures of the window in docs/images/ from a
# freshly seeded KB: the overview, the practice list, a search with its facets, a network's
# page and the network finder; then the overview and the practice list in German and French
# (overview-de.png, practices-fr.png, ...). Runs on Qt's offscreen platform, so no display is
# needed. LANGUAGES="de" renews only the German pictures of the translated window.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
cmake --preset dev
cmake --build --preset dev --target citykb-screenshots
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
if [ -z "${LANGUAGES+set}" ]; then
  ./build/dev/tests/citykb-screenshots docs/images
fi
for language in ${LANGUAGES-de fr}; do
  ./build/dev/tests/citykb-screenshots docs/images --language "$language"
done
