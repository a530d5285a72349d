#!/bin/bash
# Builds Kabinet and runs it on the demo data: starts the reference server kabinet-portal with
# --demo on loopback (its data in build/demo-portal, kept between runs), then the app pointed at
# it, trusting the server's development CA. Installs missing Debian packages first (as root).
# Sign in as demo / kapremont. Extra arguments go to kabinet.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/configure.sh
cmake --build build --parallel "$(nproc)" --target kabinet kabinet-portal

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  cat >&2 <<'MSG'
Kabinet is built (build/app/kabinet), but there is no display to show its window:
neither DISPLAY nor WAYLAND_DISPLAY is set.
Run this command from a graphical session, or under a virtual display:
  apt-get install -y xvfb xauth && xvfb-run -a bash scripts/run-demo.sh
MSG
  exit 2
fi

data=build/demo-portal
mkdir -p "$data"
log="$data/portal.log"
# Port 0: the server picks a free port and names it on its first line of output.
build/server/kabinet-portal --listen 127.0.0.1:0 --dev-tls --data "$data" --demo >"$data/portal.out" 2>"$log" &
portal=$!
trap 'kill "$portal" 2>/dev/null || true; wait "$portal" 2>/dev/null || true' EXIT

url= ca=
for _ in $(seq 100); do
  url=$(sed -n 's/^listening on //p' "$data/portal.out")
  ca=$(sed -n 's/^ca: //p' "$data/portal.out")
  [ -n "$url" ] && [ -n "$ca" ] && break
  kill -0 "$portal" 2>/dev/null || { cat "$log" >&2; echo "kabinet-portal did not start" >&2; exit 1; }
  sleep 0.1
done
[ -n "$url" ] || { cat "$log" >&2; echo "kabinet-portal did not say where it listens" >&2; exit 1; }
echo "kabinet-portal: $url (log: $log). Sign in as demo / kapremont."

build/app/kabinet --server "$url" --ca "$ca" "$@"
