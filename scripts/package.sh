#!/usr/bin/env bash
# Installs what is missing, builds CityKB (release preset) and makes the Debian package
# build/release/citykb_<version>_<arch>.deb (docs/packaging.md). With --check, the package is
# then checked as the test suite does: its files, lintian, desktop-file-validate, appstreamcli
# and the programs run from it.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
cmake --preset release
cmake --build --preset release
(cd build/release && cpack -G DEB)
if [ "${1:-}" = "--check" ]; then
  ./tests/package/check_package.sh build/release data
fi
ls -l build/release/citykb_*.deb
