#!/bin/bash
# Builds the Debian packages on a clean Debian 12, then removes everything the build installed and
# installs the packages the way a user would, to prove that their Depends are complete.
#
# Destructive: it purges every package installed after it started. Run it only in a throwaway
# system, as root, from the repository's root:
#
#   ../shared/tools/fresh-check 'bash packaging/check-install.sh --purge-this-system'
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != --purge-this-system ]; then
  echo "usage: check-install.sh --purge-this-system (in a throwaway Debian 12 only)" >&2
  exit 2
fi

before=$(mktemp)
dpkg-query -W -f='${Package}\n' | sort > "$before"

bash scripts/install-deps.sh
build=build-install-check
out=$PWD/$build/debs
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=OFF
cmake --build "$build" --target kabinet kabinet-portal --parallel "$(nproc)"
rm -rf "$out"
(cd "$build" && cpack -G DEB -B "$out")
version=$(dpkg-deb -f "$out"/kabinet_*.deb Version)

echo "== removing everything the build installed"
comm -13 "$before" <(dpkg-query -W -f='${Package}\n' | sort) | xargs -r apt-get purge -y -q
apt-get autoremove --purge -y -q

export DEBIAN_FRONTEND=noninteractive QT_QPA_PLATFORM=offscreen
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

echo "== installing kabinet alone"
apt-get install -y -q --no-install-recommends "$out"/kabinet_*.deb
kabinet --version | grep -qF "$version" || fail "kabinet --version does not run or says no $version"
[ -f /usr/share/applications/ru.kabinet.Kabinet.desktop ] || fail "no desktop entry"
[ -f /usr/share/icons/hicolor/scalable/apps/kabinet.svg ] || fail "no icon"
[ -f /usr/share/metainfo/ru.kabinet.Kabinet.metainfo.xml ] || fail "no metainfo"
[ -f /usr/lib/x86_64-linux-gnu/qt6/plugins/iconengines/libqsvgicon.so ] ||
  fail "the SVG icon engine (libqt6svg6) was not pulled in"
! installed libqt6sql6-sqlite || fail "kabinet pulled in libqt6sql6-sqlite"

echo "== installing kabinet-portal"
apt-get install -y -q --no-install-recommends "$out"/kabinet-portal_*.deb
kabinet-portal --version | grep -qF "$version" || fail "kabinet-portal --version does not run"
installed libqt6sql6-sqlite || fail "kabinet-portal did not pull in libqt6sql6-sqlite"

[ "$failures" -eq 0 ] || exit 1
echo "check-install: both packages install and run on a clean Debian 12"
