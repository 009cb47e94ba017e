#!/usr/bin/env bash
# Builds the Debian package from a build tree and checks it (docs/packaging.md):
#   - its files: the programs, the seed dataset, desktop entry, metainfo, icons, man pages,
#     copyright and changelog, all under /usr, and nothing else;
#   - its control fields: the libraries found by dpkg-shlibdeps, and apt resolving them as on
#     a fresh Debian 12 system (simulated);
#   - lintian (no error, no warning), desktop-file-validate,
#     appstreamcli validate;
#   - the installed programs, unpacked with dpkg -x into a scratch root: --version, German and
#     French help (the translations are embedded), init from the
#     installed dataset (found relative to the program, no CITYKB_DATA), stats and search.
# Usage: check_package.sh BUILD_DIR DATA_DIR   (a configured and built tree; the source data/)
set -euo pipefail

build_dir="$(cd "${1:?usage: check_package.sh BUILD_DIR DATA_DIR}" && pwd)"
source_data="${2:?usage: check_package.sh BUILD_DIR DATA_DIR}"
scratch="$(mktemp -d "${TMPDIR:-/tmp}/citykb-package.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "--- $*"; }

step "cpack -G DEB"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$scratch/out" >"$scratch/cpack.log" 2>&1 \
  || { cat "$scratch/cpack.log"; fail "cpack could not build the package"; }
debs=("$scratch"/out/citykb_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "cpack made no single citykb_*.deb in $scratch/out"
deb="${debs[0]}"
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"

step "files"
dpkg-deb --contents "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' | sort >"$scratch/files"
cat "$scratch/files"
expected=(
  /usr/bin/citykb
  /usr/bin/citykb-cli
  /usr/share/applications/eu.citykb.CityKB.desktop
  /usr/share/metainfo/eu.citykb.CityKB.metainfo.xml
  /usr/share/icons/hicolor/scalable/apps/citykb.svg
  /usr/share/man/man1/citykb.1.gz
  /usr/share/man/man1/citykb-cli.1.gz
  /usr/share/doc/citykb/copyright
  /usr/share/doc/citykb/changelog.gz
  /usr/share/citykb/data/networks/networks.json
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/citykb.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$scratch/files" || fail "the package lacks $path"
done
# Everything else is a folder on the way to these, or the seed dataset.
unexpected="$(grep -v -e '/$' -e '^/usr/share/citykb/data/' "$scratch/files" | grep -vxF -f <(printf '%s\n' "${expected[@]}") || true)"
[ -z "$unexpected" ] || fail "the package holds files nobody asked for: $unexpected"
want="$(cd "$source_data" && find . -type f | wc -l)"
have="$(grep -c '^/usr/share/citykb/data/.*[^/]$' "$scratch/files")"
[ "$want" -eq "$have" ] || fail "the package holds $have files of the seed dataset, data/ has $want"

step "control"
dpkg-deb --field "$deb" Package Version Architecture Depends Recommends Section Maintainer Homepage
depends="$(dpkg-deb --field "$deb" Depends)"
for library in libqt6widgets6 libqt6charts6 libxapian30 libsqlite3-0 libqt6svg6; do
  [[ "$depends" == *"$library"* ]] || fail "Depends lacks $library: $depends"
done

[[ "$(dpkg-deb --field "$deb" Recommends)" == *qt6-translations-l10n* ]] || fail "Recommends lacks qt6-translations-l10n (Qt's own German and French)"

step "apt-get install --simulate, as on a fresh machine"
# With an empty dpkg status, apt resolves every dependency from the Debian archive as it would
# on a new Debian 12 system. It needs apt's package lists (scripts/deps.sh updates them).
if [[ "$(apt-cache madison libqt6widgets6)" == *" Packages"* ]]; then
  : >"$scratch/empty-status"
  apt-get install --simulate -o Dir::State::status="$scratch/empty-status" "$deb" >"$scratch/apt.log" 2>&1 \
    || { cat "$scratch/apt.log"; fail "apt cannot install the package on a fresh system"; }
  grep -q '^Inst citykb ' "$scratch/apt.log" || { cat "$scratch/apt.log"; fail "apt would not install citykb"; }
  echo "$(grep -c '^Inst ' "$scratch/apt.log") packages, citykb among them"
else
  echo "skipped: apt has no package lists (run apt-get update)"
fi

step "lintian"
# Errors and warnings fail; the informational tags are shown (docs/packaging.md lists them).
lintian --fail-on error,warning --display-info --tag-display-limit 0 "$deb" || fail "lintian found errors or warnings (above)"

step "unpack (dpkg -x)"
root="$scratch/root"
dpkg-deb --extract "$deb" "$root"

step "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/eu.citykb.CityKB.desktop" || fail "the desktop entry is not valid"

step "appstreamcli validate"
# --no-net: the home page and the screenshot URL are not fetched; --strict: warnings fail too.
appstreamcli validate --no-net --strict "$root/usr/share/metainfo/eu.citykb.CityKB.metainfo.xml" \
  || fail "the AppStream metainfo is not valid"
grep -q "<launchable type=\"desktop-id\">eu.citykb.CityKB.desktop</launchable>" \
  "$root/usr/share/metainfo/eu.citykb.CityKB.metainfo.xml" || fail "the metainfo does not launch the desktop entry"

step "the installed programs"
cli="$root/usr/bin/citykb-cli"
version="$(dpkg-deb --field "$deb" Version)"
# The installed programs know nothing of this build: no CITYKB_DATA, a KB folder of their own.
mkdir -m 700 "$scratch/runtime"
run() { env -u CITYKB_DATA -u CITYKB_HOME QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR="$scratch/runtime" "$@"; }
[ "$(run "$cli" --version)" = "citykb-cli $version" ] || fail "citykb-cli --version does not print $version"
[ "$(run "$root/usr/bin/citykb" --version)" = "citykb $version" ] || fail "citykb --version does not print $version"
zcat "$root/usr/share/man/man1/citykb-cli.1.gz" | grep -q '^\.SH "EXIT STATUS"' || fail "the man page of citykb-cli has no EXIT STATUS"
zcat "$root/usr/share/man/man1/citykb-cli.1.gz" | grep -q 'erase people' || fail "the man page of citykb-cli misses commands of --help"
# The translations travel inside the programs; the man pages stay English.
[[ "$(run env LANGUAGE=de "$cli" --help)" == *$'\nBefehle:\n'* ]] || fail "the installed citykb-cli does not speak German with LANGUAGE=de"
[[ "$(run env LANGUAGE=fr "$cli" --help)" == *$'\nCommandes :\n'* ]] || fail "the installed citykb-cli does not speak French with LANGUAGE=fr"
zcat "$root/usr/share/man/man1/citykb-cli.1.gz" | grep -q 'create a KB, seeded' || fail "the man page of citykb-cli is not the English help"

count() { # count KB TYPE: the number of records of TYPE in the KB
  run "$cli" --kb "$1" stats --json | python3 -c "import json, sys; print(json.load(sys.stdin)['counts']['$2'])"
}
run "$cli" --kb "$scratch/kb" init || fail "citykb-cli init did not seed a KB from the installed dataset"
practices="$(count "$scratch/kb" practices)"
recommendations="$(count "$scratch/kb" recommendations)"
[ "$practices" -gt 0 ] && [ "$recommendations" -gt 0 ] \
  || fail "the KB seeded from the installed dataset has $practices practices and $recommendations recommendations"
hits="$(run "$cli" --kb "$scratch/kb" search "social action" --json | python3 -c "import json, sys; print(json.load(sys.stdin)['total'])")"
[ "$hits" -gt 0 ] || fail "search \"social action\" finds nothing in the installed KB"

# It was the installed dataset, not this source tree's: without its recommendations, a new KB has none.
rm -r "$root/usr/share/citykb/data/recommendations"
run "$cli" --kb "$scratch/kb2" init || fail "citykb-cli init failed on the installed dataset without recommendations"
[ "$(count "$scratch/kb2" recommendations)" -eq 0 ] || fail "citykb-cli init read a dataset other than the installed one"

echo "OK: $(basename "$deb"), $(grep -c '[^/]$' "$scratch/files") files, $practices practices seeded from the installed dataset"
