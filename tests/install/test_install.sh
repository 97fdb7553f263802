#!/usr/bin/env bash
# Installation and Debian package checks, registered with ctest (tests/CMakeLists.txt):
#   test_install.sh layout BUILD_DIR CMAKE VERSION   ctest install_layout
#       `cmake --install` into a temporary prefix: the files installed (no more, no fewer), the
#       binary runs, the desktop entry passes desktop-file-validate and opens JSON, the AppStream
#       metadata passes appstreamcli, the icons are PNGs of their size.
#   test_install.sh deb BUILD_DIR CPACK VERSION      ctest deb_package
#       `cpack -G DEB` into a temporary folder: control fields and Depends (from dpkg-shlibdeps),
#       the contents, and the binary unpacked with `dpkg -x` runs.
# Nothing is written to the source tree. Both modes run the build's cmake_install.cmake, which
# rewrites BUILD_DIR/install_manifest.txt: the file is put back as it was afterwards, and ctest
# runs the two tests one after the other (RESOURCE_LOCK).
set -euo pipefail
[ $# -eq 4 ] || { echo "usage: $0 layout|deb BUILD_DIR CMAKE|CPACK VERSION" >&2; exit 2; }
mode=$1 build=$2 tool=$3 version=$4
unset DESTDIR # would move the installation out of the temporary prefix
app=callrecord-viewer
appid=io.github.callrecordviewer.CallRecordViewer # AppStream id = desktop file name
icon_sizes="16 24 32 48 64 128 256"

work=$(mktemp -d "${TMPDIR:-/tmp}/crv-install-test.XXXXXX")
manifest=$build/install_manifest.txt
[ -f "$manifest" ] && cp -p "$manifest" "$work/install_manifest.orig"
cleanup() {
    if [ -f "$work/install_manifest.orig" ]; then
        cp -p "$work/install_manifest.orig" "$manifest"
    else
        rm -f "$manifest"
    fi
    rm -rf "$work"
}
trap cleanup EXIT

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
pass() { echo "ok: $*"; }
# check DESCRIPTION COMMAND...: passes when the command succeeds.
check() {
    local what=$1
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}
need() {
    command -v "$1" >/dev/null || { echo "FAIL: $1 not found (install $2; it is in scripts/packages.txt)" >&2; exit 1; }
}

# The binary prints its version, and loads and summarises the bundled sample (resources inside).
check_binary() {
    local bin=$1 out
    [ -x "$bin" ] || { fail "$bin missing or not executable"; return; }
    out=$("$bin" --version 2>&1) || fail "$bin --version exited with $?: $out"
    check "--version prints '$app $version' (printed '$out')" test "$out" = "$app $version"
    out=$(QT_QPA_PLATFORM=offscreen "$bin" --summary --sample 2>&1) || fail "$bin --summary --sample exited with $?"
    check "--summary --sample names the sample's call" grep -q "e523d2ed-2966-4b6b-925b-754a88034cc5" <<<"$out"
}

case $mode in
layout)
    need desktop-file-validate desktop-file-utils
    need appstreamcli appstream
    need file file
    prefix=$work/prefix
    "$tool" --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 \
        || { cat "$work/install.log" >&2; echo "FAIL: cmake --install" >&2; exit 1; }

    # Exactly these files: a missing one breaks the desktop integration, an extra one is a stray
    # install rule (a test helper, a header) that would end up in the package.
    {
        echo "bin/$app"
        echo "share/applications/$appid.desktop"
        echo "share/metainfo/$appid.metainfo.xml"
        echo "share/icons/hicolor/scalable/apps/$app.svg"
        for size in $icon_sizes; do echo "share/icons/hicolor/${size}x${size}/apps/$app.png"; done
        echo "share/doc/$app/LICENSE"
        echo "share/doc/$app/README.md"
        echo "share/doc/$app/copyright"
    } | sort >"$work/expected"
    (cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$work/installed"
    if diff -u "$work/expected" "$work/installed" >"$work/diff"; then
        pass "installed files: $(wc -l <"$work/installed")"
    else
        fail "installed files differ from the expected list (- expected, + installed):"
        cat "$work/diff" >&2
    fi

    check_binary "$prefix/bin/$app"

    desktop=$prefix/share/applications/$appid.desktop
    if [ -f "$desktop" ]; then
        if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
            pass "desktop-file-validate"
        else
            fail "desktop-file-validate: $out"
        fi
        check "MimeType lists application/json" grep -Eq '^MimeType=(.*;)?application/json;' "$desktop"
        check "Exec=$app %F" grep -Eq "^Exec=$app %F\$" "$desktop"
        check "Icon=$app" grep -q "^Icon=$app\$" "$desktop"
    fi

    metainfo=$prefix/share/metainfo/$appid.metainfo.xml
    if [ -f "$metainfo" ]; then
        # Errors and warnings fail; pedantic notes would only show with --pedantic.
        if out=$(appstreamcli validate --no-net "$metainfo" 2>&1) && ! grep -Eq '^(E|W):' <<<"$out"; then
            pass "appstreamcli validate --no-net"
        else
            fail "appstreamcli validate --no-net: $out"
        fi
        # The installed tree: file named after the component id, the desktop file it launches.
        if out=$(appstreamcli validate-tree --no-net "$prefix" 2>&1) && ! grep -Eq '^ *(E|W):' <<<"$out"; then
            pass "appstreamcli validate-tree --no-net"
        else
            fail "appstreamcli validate-tree --no-net: $out"
        fi
        check "metainfo's id is $appid" grep -q "<id>$appid</id>" "$metainfo"
        check "metainfo launches $appid.desktop" \
            grep -q "<launchable type=\"desktop-id\">$appid.desktop</launchable>" "$metainfo"
        check "metainfo has a release $version (the project's version)" \
            grep -q "<release version=\"$version\"" "$metainfo"
    fi

    for size in $icon_sizes; do
        png=$prefix/share/icons/hicolor/${size}x${size}/apps/$app.png
        [ -f "$png" ] || continue # reported above
        kind=$(file -b "$png")
        [[ $kind == "PNG image data, $size x $size, "* ]] || fail "$png is '$kind', expected a ${size}x${size} PNG"
    done
    pass "icons are PNGs of their size ($icon_sizes)"
    svg=$prefix/share/icons/hicolor/scalable/apps/$app.svg
    [ ! -f "$svg" ] || [[ $(file -b "$svg") == *"SVG"* ]] || fail "$svg is not an SVG image"
    ;;
deb)
    need dpkg-deb dpkg
    need dpkg-shlibdeps dpkg-dev
    need file file
    (cd "$work" && "$tool" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) \
        || { cat "$work/cpack.log" >&2; echo "FAIL: cpack -G DEB" >&2; exit 1; }
    debs=("$work"/out/*.deb)
    if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
        echo "FAIL: expected one .deb, got: ${debs[*]}" >&2
        exit 1
    fi
    deb=${debs[0]}
    pass "$(basename "$deb"), $(du -k "$deb" | cut -f1) KiB"

    field() { dpkg-deb --field "$deb" "$1"; }
    check "Package: $app (is '$(field Package)')" test "$(field Package)" = "$app"
    check "Version: $version (is '$(field Version)')" test "$(field Version)" = "$version"
    depends=$(field Depends)
    echo "Depends: $depends"
    # From dpkg-shlibdeps (Qt with its xcb and offscreen plugins, charts, simdjson, OpenSSL,
    # QtKeychain).
    for dep in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6charts6 libsimdjson libssl3 \
        libqt6keychain1; do
        grep -Eq "(^|, )$dep" <<<"$depends" || fail "Depends lacks $dep"
    done

    dpkg-deb --contents "$deb" >"$work/contents"
    for path in "usr/bin/$app" "usr/share/applications/$appid.desktop" "usr/share/metainfo/$appid.metainfo.xml" \
        "usr/share/icons/hicolor/scalable/apps/$app.svg" "usr/share/doc/$app/LICENSE" "usr/share/doc/$app/copyright"; do
        grep -q " \./$path\$" "$work/contents" || fail "the package lacks /$path"
    done
    for size in $icon_sizes; do
        grep -q " \./usr/share/icons/hicolor/${size}x${size}/apps/$app.png\$" "$work/contents" \
            || fail "the package lacks the ${size}x${size} icon"
    done
    awk '$2 != "root/root" { print; bad = 1 } END { exit bad }' "$work/contents" >&2 \
        || fail "files in the package not owned by root/root (above)"
    pass "contents: $(wc -l <"$work/contents") entries"

    dpkg-deb -x "$deb" "$work/root"
    check "binary stripped" grep -q ", stripped" <<<"$(file -b "$work/root/usr/bin/$app")"
    check_binary "$work/root/usr/bin/$app"
    ;;
*)
    echo "unknown mode '$mode' (layout or deb)" >&2
    exit 2
    ;;
esac

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all $mode checks passed"
