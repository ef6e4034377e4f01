#!/usr/bin/env bash
# Usage: check_deb.sh <CPackConfig.cmake> <expected version> [<build config>]
# Builds the Debian package with cpack into a temporary folder, then checks its metadata and
# contents, validates the desktop file and AppStream metainfo it ships, and runs both shipped
# binaries from an extracted copy.
set -euo pipefail

config=$1
version=$2
build_config=${3:-}
app_id=org.nocdesk.NocDesk

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "ok: $*"; }

for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool not found (packages: cmake, dpkg-dev, desktop-file-utils, appstream)" >&2
        exit 1
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/nocdesk-deb-test.XXXXXX")
trap 'rm -rf "$work"' EXIT

cpack_args=(-G DEB --config "$config" -B "$work/out")
[[ -n "$build_config" ]] && cpack_args+=(-C "$build_config")
if ! cpack "${cpack_args[@]}" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi

shopt -s nullglob
debs=("$work"/out/*.deb)
if [[ ${#debs[@]} -ne 1 ]]; then
    echo "FAIL: expected exactly one .deb, found ${#debs[@]}" >&2
    exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[[ $(basename "$deb") == "nocdesk_${version}_${arch}.deb" ]] \
    && pass "file name $(basename "$deb")" || fail "file name $(basename "$deb") is not nocdesk_${version}_${arch}.deb"

field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == nocdesk ]] && pass "Package" || fail "Package is '$(field Package)'"
[[ $(field Version) == "$version" ]] && pass "Version" || fail "Version is '$(field Version)', want $version"
[[ $(field Section) == net ]] && pass "Section" || fail "Section is '$(field Section)'"
[[ $(field Maintainer) == "NocDesk developers <dev@nocdesk.invalid>" ]] \
    && pass "Maintainer" || fail "Maintainer is '$(field Maintainer)'"
depends=$(field Depends)
# libqt6core6 can only come from dpkg-shlibdeps; the plugins only from the explicit list.
for dep in libqt6core6 libc6 qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql; do
    grep -Eq "(^|, )${dep}( |,|$)" <<<"$depends" && pass "Depends has $dep" || fail "Depends lacks $dep: $depends"
done

dpkg-deb -c "$deb" >"$work/contents"
expect_file() { # path, mode prefix
    local line
    line=$(awk -v p="./$1" '$6 == p' "$work/contents")
    if [[ -z "$line" ]]; then fail "missing $1"; return; fi
    [[ $line == "$2"* ]] && pass "$1" || fail "$1 has mode ${line%% *}, want $2"
}
expect_file usr/bin/nocdesk -rwxr-xr-x
expect_file usr/bin/nocdesk-cli -rwxr-xr-x
expect_file "usr/share/applications/$app_id.desktop" -rw-r--r--
expect_file "usr/share/metainfo/$app_id.metainfo.xml" -rw-r--r--
expect_file "usr/share/icons/hicolor/scalable/apps/$app_id.svg" -rw-r--r--
expect_file usr/share/doc/nocdesk/copyright -rw-r--r--
expect_file usr/share/doc/nocdesk/changelog.gz -rw-r--r--
not_root=$(awk '$2 != "root/root"' "$work/contents")
[[ -z "$not_root" ]] && pass "all entries owned by root" || fail "entries not owned by root/root: $not_root"
outside=$(awk '$6 !~ /^\.\/(usr\/)?$/ && $6 !~ /^\.\/usr\/(bin|share)\//' "$work/contents")
[[ -z "$outside" ]] && pass "nothing outside usr/bin and usr/share" || fail "unexpected paths: $outside"

root="$work/root"
dpkg-deb -x "$deb" "$root"

if desktop-file-validate "$root/usr/share/applications/$app_id.desktop"; then
    pass "desktop-file-validate"
else
    fail "desktop-file-validate"
fi
metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if appstreamcli validate --no-net "$metainfo"; then
    pass "appstreamcli validate"
else
    fail "appstreamcli validate"
fi
# Cross-checks the metainfo against the shipped desktop file and icon.
if appstreamcli validate-tree --no-net "$root"; then
    pass "appstreamcli validate-tree"
else
    fail "appstreamcli validate-tree"
fi
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[[ $newest == "$version" ]] && pass "newest metainfo release is $version" \
    || fail "newest metainfo release is '$newest'; add a <release> for $version"

changelog_top=$(zcat "$root/usr/share/doc/nocdesk/changelog.gz" | head -n 1)
[[ $changelog_top == "nocdesk ($version) "* ]] && pass "newest changelog entry is $version" \
    || fail "newest changelog entry is '$changelog_top'; add an entry for $version"

# Run what the package ships, isolated from the user's session and settings.
export HOME="$work/home" XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/home/.config" \
       XDG_DATA_HOME="$work/home/.local/share" DBUS_SESSION_BUS_ADDRESS=disabled:
mkdir -p "$HOME" && mkdir -m 700 "$XDG_RUNTIME_DIR"
run_version() { # label, command...
    local label=$1 out rc=0
    shift
    out=$(timeout 60 "$@" 2>&1) || rc=$?
    if [[ $rc -ne 0 ]]; then
        fail "$label --version exited $rc: $out"
    elif [[ $out != *"$version"* ]]; then
        fail "$label --version printed '$out', which lacks $version"
    else
        pass "$label --version: $out"
    fi
}
run_version nocdesk-cli "$root/usr/bin/nocdesk-cli" --version
run_version nocdesk env QT_QPA_PLATFORM=offscreen "$root/usr/bin/nocdesk" --version

if [[ $failures -ne 0 ]]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all package checks passed"
