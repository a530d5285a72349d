#!/bin/bash
# Builds Kabinet and runs it. Installs missing Debian packages first (as root).
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

exec build/app/kabinet "$@"
