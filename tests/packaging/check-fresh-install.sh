#!/bin/sh
# check-fresh-install.sh KABINET_DEB KABINET_PORTAL_DEB
# Installs the two built Debian packages with apt on a fresh Debian 12 (a minbase chroot, as a
# new machine is), and runs the installed `kabinet --version` and `kabinet-portal --version`
# there, with nothing but what the packages' Depends bring (no recommends, no display).
#
# It needs root (chroot, mount) and the network (apt fetches the dependencies), so it runs only
# when asked: KABINET_FRESH_INSTALL=1; otherwise, or without root, it exits 77 (skipped).
# The base system is made once with debootstrap and kept in FRESH_CACHE (default
# ~/.cache/fresh-check, shared with ../shared/tools/fresh-check); each run works on a copy and
# never changes it.
set -eu
skip() { echo "SKIP: $*"; exit 77; }
fail() { echo "FAIL: $*" >&2; exit 1; }

[ $# -eq 2 ] || { echo "usage: $0 KABINET_DEB KABINET_PORTAL_DEB" >&2; exit 2; }
[ "${KABINET_FRESH_INSTALL:-}" = 1 ] ||
  skip "set KABINET_FRESH_INSTALL=1 to install the packages in a fresh Debian 12 chroot (root and network needed)"
[ "$(id -u)" -eq 0 ] || skip "installing in a chroot needs root"
client=$(realpath "$1") portal=$(realpath "$2")
for deb in "$client" "$portal"; do
  [ -f "$deb" ] || fail "no package $deb (build the packages first: cpack -G DEB)"
done
version=$(dpkg-deb -f "$client" Version)
[ "$(dpkg-deb -f "$portal" Version)" = "$version" ] || fail "the two packages' versions differ"

cache=${FRESH_CACHE:-$HOME/.cache/fresh-check}
base=$cache/rootfs
if [ ! -x "$base/bin/bash" ]; then
  command -v debootstrap > /dev/null || fail "debootstrap is not installed"
  mkdir -p "$cache"
  mirror=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2> /dev/null | head -n1)
  echo "making the Debian 12 base system in $base (once)"
  debootstrap --variant=minbase bookworm "$base" "${mirror:-http://deb.debian.org/debian}" \
    > "$cache/debootstrap.log" 2>&1 || fail "debootstrap failed, see $cache/debootstrap.log"
fi

root=$(mktemp -d "$cache/install.XXXXXX")
cleanup() {
  for m in dev proc; do umount -l "$root/$m" 2> /dev/null || true; done
  [ -n "${KEEP:-}" ] || rm -rf "$root"
}
trap cleanup EXIT INT TERM
cp -a "$base/." "$root/"
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
  rm -f "$root/etc/apt/sources.list"
  cp /etc/apt/sources.list.d/debian.sources "$root/etc/apt/sources.list.d/"
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2> /dev/null || true
mkdir "$root/debs"
cp "$client" "$portal" "$root/debs/"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"

# in_root COMMAND: runs COMMAND in the chroot with a clean environment (no DISPLAY, no Qt
# variables), as root in /debs.
in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin /bin/sh -c "cd /debs && $1"
}

echo "== apt-get install ./$(basename "$client") ./$(basename "$portal") on a fresh Debian 12"
in_root "apt-get update -q > /debs/apt-update.log 2>&1" || {
  cat "$root/debs/apt-update.log" >&2
  fail "apt-get update failed (no network?)"
}
in_root "apt-get install -y -q --no-install-recommends ./$(basename "$client") ./$(basename "$portal")" ||
  fail "the packages do not install"

echo "== the installed programs"
out=$(in_root "kabinet --version" 2>&1) || fail "kabinet --version failed: $out"
echo "$out"
echo "$out" | grep -qx "Kabinet $version" || fail "kabinet --version says '$out', not Kabinet $version"
out=$(in_root "kabinet-portal --version" 2>&1) || fail "kabinet-portal --version failed: $out"
echo "$out"
echo "$out" | grep -qx "kabinet-portal $version" ||
  fail "kabinet-portal --version says '$out', not kabinet-portal $version"
[ "$(in_root "command -v kabinet")" = /usr/bin/kabinet ] || fail "kabinet is not /usr/bin/kabinet"

echo "check-fresh-install: kabinet and kabinet-portal $version install and run on a fresh Debian 12"
