#!/bin/sh
# Runs a command against a real Secret Service: a private gnome-keyring-daemon with an unlocked
# login keyring, on the private session bus of the dbus-run-session this script runs under.
#
#   dbus-run-session --config-file=session-bus-without-activation.conf -- \
#       sh with-gnome-keyring.sh COMMAND [ARGUMENT...]
#
# Made for a minimal Debian 12 (packages gnome-keyring, dbus, dbus-daemon) running as root, with no
# X display, no systemd user session and no PAM login: nothing here depends on any of them.
set -eu

say() { echo "with-gnome-keyring.sh: $*" >&2; }

if [ $# -eq 0 ]; then
    say "usage: dbus-run-session -- sh with-gnome-keyring.sh COMMAND [ARGUMENT...]"
    exit 2
fi
if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    say "no session bus; run this script under dbus-run-session"
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kabinet-keyring.XXXXXX")
daemon_pid=
cleanup() {
    if [ -n "$daemon_pid" ]; then
        kill "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

bus_call() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        "org.freedesktop.DBus.$1" "string:$2"
}

# The daemon keeps its control socket in $XDG_RUNTIME_DIR/keyring; without a login session there
# is no such directory, so give it a private one.
mkdir -m 700 "$work/runtime" "$work/data"
export XDG_RUNTIME_DIR="$work/runtime"

# --unlock reads the login keyring's password from stdin and, as the keyring directory is new and
# empty, creates the "login" collection with it, unlocked and set as the default collection. Its
# files go to a scratch directory, not to the test's HOME, so every run starts from scratch.
# --daemonize returns once the daemon is up; what it prints is VAR=value lines for the environment.
env_lines=$(printf '%s' 'kabinet-test-keyring' \
    | XDG_DATA_HOME="$work/data" gnome-keyring-daemon --unlock --components=secrets --daemonize)
old_ifs=$IFS
IFS='
'
for line in $env_lines; do
    case "$line" in
    [A-Za-z_]*=*) export "$line" ;;
    esac
done
IFS=$old_ifs

# Wait until the daemon owns the Secret Service name; the test must only ever talk to this one.
tries=0
until bus_call NameHasOwner org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -ge 100 ]; then
        say "gnome-keyring-daemon did not register org.freedesktop.secrets within 10 s"
        exit 1
    fi
    sleep 0.1
done
daemon_pid=$(bus_call GetConnectionUnixProcessID org.freedesktop.secrets \
    | awk '$1 == "uint32" { print $2 }')

status=0
"$@" || status=$?
exit "$status"
