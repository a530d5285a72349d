#!/bin/sh
# run-in-fresh-home.sh HOME_DIR COMMAND...: runs COMMAND with HOME_DIR emptied first, so that every
# test run starts without settings, keyrings or caches left by an earlier run.
set -eu
home=$1
shift
case "$home" in
  *.home) ;;
  *) echo "run-in-fresh-home.sh: refusing to empty '$home' (not a test home)" >&2; exit 2 ;;
esac
rm -rf "$home"
mkdir -p "$home"
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
  XDG_CACHE_HOME="$home/.cache"
exec "$@"
