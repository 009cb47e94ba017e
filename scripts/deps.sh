#!/usr/bin/env bash
# Installs the Debian 12 packages CityKB needs to build, run and test.
# A quick no-op when everything is already there.
set -euo pipefail

packages=(
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n qt6-charts-dev libqt6opengl6-dev qt6-pdf-dev qt6-svg-dev libqt6svg6
  libxapian-dev xapian-tools libspdlog-dev libsqlite3-dev sqlite3 libphonenumber-dev
  python3 python3-jsonschema
  cmake ninja-build g++ pkg-config fonts-dejavu-core poppler-utils qpdf xvfb xauth
  at-spi2-core python3-pyatspi dbus dbus-x11 xdotool
  libqpdf-dev libpoppler-qt6-dev libquazip1-qt6-dev libgumbo-dev libcmark-dev libuchardet-dev libcld2-dev
  python3-openpyxl
  clang libclang-rt-14-dev
  # packaging checks
  lintian desktop-file-utils appstream help2man librsvg2-bin dpkg-dev file
  # benchmark peers
  recoll
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
