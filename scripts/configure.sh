#!/bin/bash
# Configures build/ once with the project's settings; later calls only rebuild what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/CMakeCache.txt ]; then
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKABINET_WERROR=ON
fi
