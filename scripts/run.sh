#!/usr/bin/env bash
# Installs what is missing, builds CityKB (release preset) and opens the GUI on the default
# KB ($CITYKB_HOME, else the platform's application data folder), which is created and seeded
# from data/ on first run. Extra arguments go to the program.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
cmake --preset release
cmake --build --preset release
exec ./build/release/src/gui/citykb "$@"
