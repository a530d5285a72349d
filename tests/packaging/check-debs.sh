#!/bin/sh
# check-debs.sh CPACK CPACK_CONFIG OUT_DIR VERSION APP_ID ICON_NAME BUILD_DIR
# Packs the built kabinet and kabinet-portal with CPack into OUT_DIR (emptied first) and checks
# both Debian packages: names, control fields, declared dependencies and contents, and that the
# packed binaries run outside the build tree.
set -eu
cpack=$1 config=$2 out=$3 version=$4 app_id=$5 icon_name=$6 build_dir=$7
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

for tool in dpkg dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli readelf; do
  command -v "$tool" > /dev/null || { echo "FAIL: $tool is not installed" >&2; exit 1; }
done

case "$out" in
  */debs) ;;
  *) echo "check-debs.sh: refusing to empty '$out'" >&2; exit 2 ;;
esac
rm -rf "$out"
mkdir -p "$out"
"$cpack" --config "$config" -G DEB -B "$out" > "$out/cpack.log" 2>&1 || {
  cat "$out/cpack.log" >&2
  echo "FAIL: cpack failed" >&2
  exit 1
}

arch=$(dpkg --print-architecture)
client="$out/kabinet_${version}_${arch}.deb"
portal="$out/kabinet-portal_${version}_${arch}.deb"
for deb in "$client" "$portal"; do
  [ -f "$deb" ] || { echo "FAIL: $(basename "$deb") was not made; made: $(ls "$out")" >&2; exit 1; }
done
count=$(find "$out" -maxdepth 1 -name '*.deb' | wc -l)
[ "$count" -eq 2 ] || fail "expected 2 packages, cpack made $count: $(ls "$out"/*.deb)"

# field DEB NAME: one control field.
field() { dpkg-deb -f "$1" "$2"; }
# Depends as one package name per line, without versions or alternatives' bars.
depends() { field "$1" Depends | tr ',|' '\n\n' | sed 's/([^)]*)//; s/^ *//; s/ *$//'; }
requires() { depends "$1" | grep -qx "$2" || fail "$(basename "$1") does not depend on $2"; }
refuses() { ! depends "$1" | grep -qx "$2" || fail "$(basename "$1") must not depend on $2"; }
holds() { dpkg-deb -c "$1" | awk '{ print $NF }' | grep -qx "./$2" || fail "$(basename "$1") lacks /$2"; }
lacks() { ! dpkg-deb -c "$1" | awk '{ print $NF }' | grep -qx "./$2" || fail "$(basename "$1") holds /$2"; }

for deb in "$client" "$portal"; do
  name=$(basename "$deb" | cut -d _ -f 1)
  [ "$(field "$deb" Package)" = "$name" ] || fail "$deb: Package is '$(field "$deb" Package)'"
  [ "$(field "$deb" Version)" = "$version" ] || fail "$deb: Version is '$(field "$deb" Version)'"
  [ "$(field "$deb" Architecture)" = "$arch" ] || fail "$deb: Architecture is not $arch"
  for f in Maintainer Section Description; do
    [ -n "$(field "$deb" "$f")" ] || fail "$(basename "$deb") has no $f"
  done
  # A description is a synopsis line and a longer text.
  [ "$(field "$deb" Description | wc -l)" -ge 2 ] || fail "$(basename "$deb") has no long description"
  requires "$deb" libc6
  requires "$deb" libqt6core6
done

requires "$client" libqt6widgets6
requires "$client" libsqlcipher0
requires "$client" libqt6keychain1
requires "$client" libqt6svg6
# The client's SQLCipher driver is compiled in; Qt's SQLite plugin would be a wrong dependency.
refuses "$client" libqt6sql6-sqlite
[ "$(field "$client" Recommends)" = "qt6-translations-l10n" ] ||
  fail "$(basename "$client") does not recommend qt6-translations-l10n (Qt's Russian buttons)"
holds "$client" usr/bin/kabinet
holds "$client" "usr/share/applications/$app_id.desktop"
holds "$client" "usr/share/icons/hicolor/scalable/apps/$icon_name.svg"
holds "$client" "usr/share/metainfo/$app_id.metainfo.xml"
lacks "$client" usr/bin/kabinet-portal

requires "$portal" libqt6sql6-sqlite
requires "$portal" libqt6httpserver6
# The server never links the client's cache or its widgets.
refuses "$portal" libsqlcipher0
refuses "$portal" libqt6widgets6
holds "$portal" usr/bin/kabinet-portal
lacks "$portal" usr/bin/kabinet
lacks "$portal" "usr/share/applications/$app_id.desktop"

# The files as installed: validators over the unpacked tree, then the binaries themselves.
root="$out/root"
dpkg-deb -x "$client" "$root"
dpkg-deb -x "$portal" "$root"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" ||
  fail "the installed desktop entry does not validate"
# validate-tree also checks that the metainfo's launchable finds its desktop entry.
appstreamcli validate-tree --no-net --strict "$root" > "$out/validate-tree.log" 2>&1 || {
  cat "$out/validate-tree.log" >&2
  fail "appstreamcli validate-tree rejects the installed files"
}

for binary in kabinet kabinet-portal; do
  file="$root/usr/bin/$binary"
  # No RPATH into the build tree: the packed binary must find only the system's libraries.
  if readelf -d "$file" | grep -E 'R(UN)?PATH' | grep -qF "$build_dir"; then
    fail "$binary keeps an RPATH into the build tree"
  fi
  readelf -S "$file" | grep -q '\.debug_info' && fail "$binary is not stripped"
  reply=$("$file" --version 2>/dev/null) || fail "$binary --version failed"
  case "$reply" in
    *"$version"*) ;;
    *) fail "$binary --version said '$reply', expected version $version" ;;
  esac
done

[ "$failures" -eq 0 ] || exit 1
echo "$(basename "$client") and $(basename "$portal") are complete"
