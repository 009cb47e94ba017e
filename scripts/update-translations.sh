#!/usr/bin/env bash
# Refreshes resources/translations/citykb_{de,fr,en}.ts from every source and form (lupdate:
# translations kept, entries whose string left the sources dropped), then prints, per language,
# the entries that still need a translation, and any shown string the heuristic finds bare.
# Translate those in Qt Linguist (linguist resources/translations/citykb_de.ts) or in the XML,
# then run the check: ctest -R i18n_translations (docs/architecture.md, "Translations").
set -euo pipefail
cd "$(dirname "$0")/.."
exec python3 tests/i18n/check_translations.py --update .
