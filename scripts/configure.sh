#!/bin/bash
# Configures build/ once with the project's settings; later calls only rebuild what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/CMakeCache.txt ]; then
  # ccache (installed by install-deps.sh) makes a second clean build of the same sources cheap:
  # a fresh clone of the same commit, or another branch's build directory.
  launcher=()
  if command -v ccache > /dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
  fi
  cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKABINET_WERROR=ON "${launcher[@]}"
fi
