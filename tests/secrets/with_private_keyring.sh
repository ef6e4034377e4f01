#!/bin/sh
# Runs the command given (a test) with a private D-Bus session bus and its own GNOME Keyring,
# unlocked, in a throwaway home: the real Secret Service without touching anyone's keyring.
# With --locked first, the keyring exists but is locked (as after a login without unlocking),
# and no prompt can unlock it; the test sees NOCDESK_PRIVATE_KEYRING=locked.
# Both daemons are this script's children, stopped and reaped by pid at the end (not
# dbus-run-session, whose bus is left unreaped). Exits 77 (CTest's skip) when the tools are
# missing; scripts/install-deps installs them.
set -eu

mode=unlocked
if [ "${1:-}" = "--locked" ]; then
    mode=locked
    shift
fi

for tool in dbus-daemon dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (scripts/install-deps installs it)"
        exit 77
    fi
done

dir=$(mktemp -d)
bus=""
keyring=""
cleanup() {
    for pid in $keyring $bus; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 143' INT TERM

export HOME="$dir/home" XDG_RUNTIME_DIR="$dir/run" XDG_DATA_HOME="$dir/data" \
       XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"

# Polls (bounded) until the command succeeds; fails with the log when it never does.
wait_for() {
    what=$1 log=$2
    shift 2
    tries=0
    until "$@" >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -gt 200 ]; then
            echo "$what did not come up:"
            cat "$log"
            exit 1
        fi
        sleep 0.05
    done
}

export DBUS_SESSION_BUS_ADDRESS="unix:path=$XDG_RUNTIME_DIR/bus"
dbus-daemon --session --nofork --nopidfile --address="$DBUS_SESSION_BUS_ADDRESS" >"$dir/bus.log" 2>&1 &
bus=$!
wait_for "the session bus" "$dir/bus.log" \
    dbus-send --session --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.GetId

secrets_on_bus() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q 'boolean true'
}
secrets_gone() { ! secrets_on_bus; }

# The password unlocks (and on first use creates) the "login" keyring, the default collection.
printf 'nocdesk-test' | gnome-keyring-daemon --foreground --unlock --components=secrets >"$dir/keyring.log" 2>&1 &
keyring=$!
wait_for "gnome-keyring-daemon (org.freedesktop.secrets)" "$dir/keyring.log" secrets_on_bus

if [ "$mode" = locked ]; then
    # Started again without the password: the login keyring is there, locked.
    kill "$keyring"
    wait "$keyring" || true
    wait_for "the first gnome-keyring-daemon to leave the bus" "$dir/keyring.log" secrets_gone
    gnome-keyring-daemon --foreground --components=secrets >>"$dir/keyring.log" 2>&1 &
    keyring=$!
    wait_for "gnome-keyring-daemon (locked)" "$dir/keyring.log" secrets_on_bus
fi

set +e
NOCDESK_PRIVATE_KEYRING=$mode "$@"
rc=$?
exit $rc
