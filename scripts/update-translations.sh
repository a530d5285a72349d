#!/bin/bash
# Refreshes the Qt Linguist files in translations/ from the English source strings (tr(),
# QCoreApplication::translate(), Q_DECLARE_TR_FUNCTIONS) of ui/, app/ and sync/; server/ is not
# translated. New and changed strings appear as unfinished (type="unfinished") for a translator,
# with a guess from a similar old string where lupdate finds one; strings gone from the sources
# are dropped. Translate them in Qt Linguist (linguist translations/kabinet_ru.ts) or by hand,
# then build: tst_translations stays red while any string is unfinished.
#   scripts/update-translations.sh        updates translations/kabinet_ru.ts (every string) and
#                                         translations/kabinet_en.ts (plural forms only: %n)
#   scripts/update-translations.sh DIR    updates copies of both in DIR, translations/ untouched
# LUPDATE=… picks the lupdate binary (default: Debian's /usr/lib/qt6/bin/lupdate, from
# qt6-l10n-tools, else the lupdate on PATH).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sources=(ui app sync)

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
  if [ -x /usr/lib/qt6/bin/lupdate ]; then
    lupdate=/usr/lib/qt6/bin/lupdate
  else
    lupdate=$(command -v lupdate || true)
  fi
fi
if [ -z "$lupdate" ] || ! "$lupdate" -version 2>&1 | grep -q 'version 6\.'; then
  echo "No lupdate of Qt 6 found (install qt6-l10n-tools, or set LUPDATE=…)." >&2
  exit 1
fi

out=$root/translations
if [ $# -gt 0 ]; then
  out=$1
  mkdir -p "$out"
  cp "$root/translations/kabinet_ru.ts" "$root/translations/kabinet_en.ts" "$out/"
fi

cd "$root"
# Relative locations keep the diffs small when lines move; -no-obsolete keeps the files to the
# strings in use (lupdate still offers an old translation for a similar new string first).
common=(-source-language en -locations relative -no-obsolete)
"$lupdate" "${common[@]}" "${sources[@]}" -target-language ru -ts "$out/kabinet_ru.ts"
# English is the source language: only %n strings need their forms ("1 minute", "5 minutes").
"$lupdate" "${common[@]}" -pluralonly "${sources[@]}" -target-language en \
  -ts "$out/kabinet_en.ts"
