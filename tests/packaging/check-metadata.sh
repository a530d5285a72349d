#!/bin/sh
# check-metadata.sh DESKTOP_FILE METAINFO_FILE APP_ID ICON_NAME VERSION
# Checks what the validators cannot see: that the desktop entry, the AppStream metainfo and the
# installed icon name agree with each other and with the project's version.
set -eu
desktop=$1 metainfo=$2 app_id=$3 icon_name=$4 version=$5
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# The value of KEY in the [Desktop Entry] group (the file has no other group).
desktop_value() { sed -n "s/^$1=//p" "$desktop"; }
# The text of the first element TAG (with the attribute text ATTRS, if given) on one line.
xml_text() { sed -n "s|^ *<$1${2-}>\\([^<]*\\)</$1>.*|\\1|p" "$metainfo" | head -n 1; }

[ "$(basename "$desktop")" = "$app_id.desktop" ] ||
  fail "desktop file is $(basename "$desktop"), expected $app_id.desktop"
[ "$(xml_text id)" = "$app_id" ] || fail "metainfo <id> is '$(xml_text id)', expected $app_id"
[ "$(xml_text launchable ' type="desktop-id"')" = "$app_id.desktop" ] ||
  fail "metainfo launchable is '$(xml_text launchable ' type="desktop-id"')', expected $app_id.desktop"
[ "$(desktop_value Icon)" = "$icon_name" ] ||
  fail "desktop Icon= is '$(desktop_value Icon)', but the icon is installed as $icon_name.svg"

exec_binary=$(desktop_value Exec | cut -d ' ' -f 1)
[ "$(xml_text binary)" = "$exec_binary" ] ||
  fail "metainfo provides binary '$(xml_text binary)', desktop Exec= runs '$exec_binary'"

[ "$(xml_text name)" = "$(desktop_value Name)" ] ||
  fail "names differ: metainfo '$(xml_text name)', desktop '$(desktop_value Name)'"
[ "$(xml_text name ' xml:lang="ru"')" = "$(desktop_value 'Name\[ru\]')" ] ||
  fail "Russian names differ: metainfo '$(xml_text name ' xml:lang="ru"')', desktop '$(desktop_value 'Name\[ru\]')'"
[ -n "$(xml_text summary ' xml:lang="ru"')" ] || fail "metainfo has no Russian summary"
grep -q '<p xml:lang="ru">' "$metainfo" || fail "metainfo has no Russian description"

for category in Office Finance; do
  desktop_value Categories | tr ';' '\n' | grep -qx "$category" ||
    fail "desktop Categories= lacks $category"
done

# Every version that ships must say what it brings.
grep -q "<release version=\"$version\"" "$metainfo" ||
  fail "metainfo has no <release version=\"$version\"> (the project's version)"

[ "$failures" -eq 0 ] || exit 1
echo "desktop entry, metainfo and icon agree ($app_id, icon $icon_name, version $version)"
