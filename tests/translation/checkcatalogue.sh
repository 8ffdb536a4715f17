#!/usr/bin/env bash
# Keeps every catalogue in translations/ complete: lupdate brings a copy of each up to date with
# src/, include/ and ui/ (a string new in the code arrives unfinished), and catalogue.pl fails
# on any message left unfinished or empty, or whose translation drops or adds a placeholder.
#   checkcatalogue.sh ROOT LUPDATE WORKDIR
set -uo pipefail
root=$1 lupdate=$2 work=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ ! -x "$lupdate" ]; then
    echo "lupdate not found ('$lupdate'): install qt6-l10n-tools (scripts/test does)" >&2
    exit 1
fi
inputs=()
for dir in src include ui; do
    [ -d "$root/$dir" ] && inputs+=("$root/$dir")
done
mkdir -p "$work"
failed=0
shopt -s nullglob
catalogues=("$root"/translations/*.ts)
if [ ${#catalogues[@]} -eq 0 ]; then
    echo "no catalogue in $root/translations"
    exit 1
fi
for catalogue in "${catalogues[@]}"; do
    copy="$work/$(basename "$catalogue")"
    cp "$catalogue" "$copy"
    if ! "$lupdate" -silent -no-obsolete -locations none -I "$root/include" "${inputs[@]}" \
            -ts "$copy" >/dev/null 2>&1; then
        echo "lupdate failed on $catalogue"
        failed=1
        continue
    fi
    perl "$here/catalogue.pl" "$copy" || failed=1
done
exit "$failed"
