#!/bin/bash
# Renders every screen of the window with the demo data to PNG files: starts the reference server
# kabinet-portal with --demo on loopback (its data in a temporary folder), then
# `kabinet --screenshots DIR` against it, offscreen (no display needed). The app signs in as
# demo / kapremont into a temporary cache, syncs once, writes DIR/login.png, home.png, … and exits.
#   scripts/screenshots.sh [DIR]      (default: build/screenshots)
# Uses build/ like run-demo.sh; BUILD_DIR=… picks another build folder.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build}
out=${1:-$build/screenshots}
if [ "$build" = build ]; then
  bash scripts/configure.sh
fi
cmake --build "$build" --parallel "$(nproc)" --target kabinet kabinet-portal

data=$(mktemp -d "${TMPDIR:-/tmp}/kabinet-screenshots.XXXXXX")
portal=
cleanup() {
  if [ -n "$portal" ]; then kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true; fi
  rm -rf "$data"
}
trap cleanup EXIT
# Port 0: the server picks a free port and names it on its first line of output.
"$build/server/kabinet-portal" --listen 127.0.0.1:0 --dev-tls --data "$data" --demo \
  >"$data/portal.out" 2>"$data/portal.log" &
portal=$!

url= ca=
for _ in $(seq 100); do
  url=$(sed -n 's/^listening on //p' "$data/portal.out")
  ca=$(sed -n 's/^ca: //p' "$data/portal.out")
  [ -n "$url" ] && [ -n "$ca" ] && break
  kill -0 "$portal" 2>/dev/null || { cat "$data/portal.log" >&2; echo "kabinet-portal did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$data/portal.log" >&2; echo "kabinet-portal did not say where it listens" >&2; exit 1; }

QT_QPA_PLATFORM=offscreen "$build/app/kabinet" --screenshots "$out" --server "$url" --ca "$ca"
echo "Screenshots in $out:"
ls "$out"
