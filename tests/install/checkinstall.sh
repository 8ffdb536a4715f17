#!/usr/bin/env bash
# Checks what `cmake --install` puts in place with the tools the desktop itself uses.
#   checkinstall.sh stage BUILD STAGE            install BUILD into STAGE (DESTDIR, prefix /usr)
#   checkinstall.sh files STAGE                  exactly the expected files, nothing else
#   checkinstall.sh desktop STAGE                desktop-file-validate has nothing to say
#   checkinstall.sh metainfo STAGE               appstreamcli validate-tree: no error, warning or info
#   checkinstall.sh icons STAGE                  every hicolor size is a PNG of that size
#   checkinstall.sh mime STAGE CLI MIMETYPEOF WORK   the workspace type, by name and by content
#   checkinstall.sh man STAGE CLI                the manual page names every command and option
set -uo pipefail
id=io.github.clientele.Clientele
workspace_type=application/x-clientele-workspace
sizes=(16 22 24 32 48 64 128 256 512)
check=$1
shift
failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

case "$check" in
stage)
    build=$1 stage=$2
    rm -rf "$stage"
    DESTDIR="$stage" cmake --install "$build" --prefix /usr >/dev/null || fail "cmake --install failed"
    ;;
files)
    stage=$1
    expected=(
        usr/bin/clientele
        usr/bin/clientele-cli
        usr/share/applications/$id.desktop
        usr/share/doc/clientele/README.md
        usr/share/doc/clientele/copyright
        usr/share/icons/hicolor/scalable/apps/$id.svg
        usr/share/man/man1/clientele-cli.1.gz
        usr/share/man/man1/clientele.1.gz
        usr/share/metainfo/$id.metainfo.xml
        usr/share/mime/packages/$id.xml
    )
    for size in "${sizes[@]}"; do
        expected+=("usr/share/icons/hicolor/${size}x${size}/apps/$id.png")
    done
    want=$(printf '%s\n' "${expected[@]}" | sort)
    have=$(cd "$stage" && find . -type f -printf '%P\n' | sort)
    if [ "$want" != "$have" ]; then
        fail "installed files differ from the expected ones (< expected, > installed):"
        diff <(echo "$want") <(echo "$have")
    fi
    for program in clientele clientele-cli; do
        [ -x "$stage/usr/bin/$program" ] || fail "usr/bin/$program is not executable"
    done
    ;;
desktop)
    stage=$1
    file="$stage/usr/share/applications/$id.desktop"
    output=$(desktop-file-validate "$file" 2>&1) || fail "desktop-file-validate failed"
    [ -z "$output" ] || fail "desktop-file-validate: $output"
    for line in "Exec=clientele %F" "Icon=$id" "MimeType=$workspace_type;" "Categories=Office;" \
        "StartupWMClass=Clientele"; do
        grep -qxF "$line" "$file" || fail "$file has no line '$line'"
    done
    for key in Name GenericName Comment Keywords; do
        grep -q "^$key\[de\]=" "$file" || fail "$file has no German $key"
    done
    ;;
metainfo)
    stage=$1
    # --strict fails on any issue but pedantic hints; those are shown.
    appstreamcli validate-tree --no-net --strict --pedantic "$stage" || fail "appstreamcli validate-tree"
    file="$stage/usr/share/metainfo/$id.metainfo.xml"
    for element in "<id>$id</id>" "<launchable type=\"desktop-id\">$id.desktop</launchable>" \
        "<mediatype>$workspace_type</mediatype>" '<content_rating type="oars-1.1"/>' \
        "<binary>clientele-cli</binary>"; do
        grep -qF "$element" "$file" || fail "$file has no $element"
    done
    ;;
icons)
    stage=$1
    hicolor="$stage/usr/share/icons/hicolor"
    for size in "${sizes[@]}"; do
        png="$hicolor/${size}x${size}/apps/$id.png"
        described=$(file -b "$png")
        [[ "$described" == "PNG image data, $size x $size,"* ]] ||
            fail "${size}x${size}: $described"
    done
    [[ "$(file -b "$hicolor/scalable/apps/$id.svg")" == "SVG Scalable Vector Graphics image"* ]] ||
        fail "the scalable icon is not an SVG"
    ;;
mime)
    stage=$1 cli=$2 mimetypeof=$3 work=$4
    rm -rf "$work"
    mkdir -p "$work/data/mime/packages" "$work/home" "$work/files"
    # A private copy of what /usr/share/mime holds once the package is installed: the system's
    # types and ours in one database. (Qt 6.4 takes the first magic match of each database and
    # lets the last one searched win, so ours in a folder of its own would lose to SQLite's.)
    cp /usr/share/mime/packages/freedesktop.org.xml "$stage/usr/share/mime/packages/$id.xml" \
        "$work/data/mime/packages/"
    export XDG_DATA_HOME="$work/home" XDG_DATA_DIRS="$work/data"
    output=$(update-mime-database "$work/data/mime" 2>&1) || fail "update-mime-database failed"
    [ -z "$output" ] && [ -s "$work/data/mime/mime.cache" ] || fail "update-mime-database: $output"
    files="$work/files"
    "$cli" new "$files/workspace.clientele" >/dev/null || fail "clientele-cli new failed"
    cp "$files/workspace.clientele" "$files/workspace-renamed"
    sqlite3 "$files/plain" "CREATE TABLE t(x); INSERT INTO t VALUES (1);"
    sqlite3 "$files/other-program" "PRAGMA application_id = 1; CREATE TABLE t(x);"
    expect() { # FILE TYPE
        local by_glib by_qt
        by_glib=$(gio info -a standard::content-type "$files/$1" | sed -n 's/^ *standard::content-type: //p')
        by_qt=$("$mimetypeof" "$files/$1")
        [ "$by_glib" = "$2" ] || fail "$1: GLib (gio) says '$by_glib', expected $2"
        [ "$by_qt" = "$2" ] || fail "$1: Qt says '$by_qt', expected $2"
    }
    expect workspace.clientele "$workspace_type"
    expect workspace-renamed "$workspace_type"
    expect plain application/vnd.sqlite3
    expect other-program application/vnd.sqlite3
    ;;
man)
    stage=$1 cli=$2
    page="$stage/usr/share/man/man1/clientele-cli.1.gz"
    # What lintian runs: groff must not warn about anything.
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
        "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "man --warnings: $warnings"
    [ -z "$(LC_ALL=C.UTF-8 man --warnings -E UTF-8 -l -Tutf8 -Z "$stage/usr/share/man/man1/clientele.1.gz" 2>&1 >/dev/null)" ] ||
        fail "clientele.1 has groff warnings"
    text=$(zcat "$page")
    mapfile -t commands < <("$cli" --help | awk '/^Commands:/ { on = 1; next } /^$/ { on = 0 } on { print $1 }')
    [ "${#commands[@]}" -ge 20 ] || fail "clientele-cli --help lists only ${#commands[@]} commands"
    for command in "${commands[@]}"; do
        # The command's entry runs from its heading to the next command's.
        entry=$(awk -v name="$command" '
            /^\.BI "[a-z-]+ / { on = ($2 == "\"" name) }
            on' <<<"$text")
        if [ -z "$entry" ]; then
            fail "clientele-cli.1 has no entry for '$command'"
            continue
        fi
        for option in $("$cli" "$command" --help | grep -oE '^ +(-[a-z], )?--[a-z-]+' |
            grep -oE -- '--[a-z-]+'); do
            case "$option" in --help | --help-all) continue ;; esac
            grep -qF -- "${option//-/\\-}" <<<"$entry" ||
                fail "clientele-cli.1: '$command' does not describe $option"
        done
    done
    ;;
*)
    echo "unknown check '$check'" >&2
    exit 2
    ;;
esac
[ "$failed" -eq 0 ] && echo "$check ok"
exit "$failed"
