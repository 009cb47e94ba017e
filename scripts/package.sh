#!/usr/bin/env bash
# Installs what is missing, builds the two programs in build/package with Debian's hardening
# flags (dpkg-buildflags, as a Debian package build would) and makes the Debian package
# build/package/citykb_<version>_<arch>.deb (docs/packaging.md). With --check, the package is
# then checked as the test suite does: its files, apt, lintian, desktop-file-validate,
# appstreamcli, and the programs run from it.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/deps.sh
eval "$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --export=sh)"
cmake -S . -B build/package -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS="$CXXFLAGS $CPPFLAGS" -DCMAKE_EXE_LINKER_FLAGS="$LDFLAGS"
# Only what the package holds: cpack installs from the build tree and builds nothing itself.
cmake --build build/package --target citykb citykb-cli citykb-install-files
rm -f build/package/citykb_*.deb
(cd build/package && cpack -G DEB)
if [ "${1:-}" = "--check" ]; then
  ./tests/package/check_package.sh build/package data
fi
ls -l build/package/citykb_*.deb
