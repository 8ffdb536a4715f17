#!/usr/bin/env bash
# Keeps every user-visible string ready for translation:
#  1. lupdate reads src/, include/ and ui/ into a scratch .ts and must not warn about anything
#     ("Class 'X' lacks Q_OBJECT macro", "tr() cannot be called without context", ...);
#  2. untranslated.pl finds no string literal handed straight to a user-facing setter, message
#     box, header or error, outside the files PENDING lists.
#   checktranslation.sh ROOT LUPDATE WORKDIR PENDING
set -uo pipefail
root=$1 lupdate=$2 work=$3 pending=$4
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
failed=0

if [ ! -x "$lupdate" ]; then
    echo "lupdate not found ('$lupdate'): install qt6-l10n-tools (scripts/test does)" >&2
    exit 1
fi
mkdir -p "$work"
ts="$work/clientele.ts"
rm -f "$ts"
inputs=()
for dir in src include ui; do
    [ -d "$root/$dir" ] && inputs+=("$root/$dir")
done
warnings=$("$lupdate" -silent -no-obsolete -locations none -I "$root/include" "${inputs[@]}" \
    -ts "$ts" 2>&1)
if [ -n "$warnings" ]; then
    echo "lupdate warns:"
    echo "$warnings"
    failed=1
fi
messages=$(grep -c '<message' "$ts" 2>/dev/null || true)
echo "lupdate: ${messages:-0} messages in $(grep -c '<context>' "$ts" 2>/dev/null || echo 0) contexts"

if ! found=$(perl "$here/untranslated.pl" "$root" "$pending"); then
    echo "Literals shown to the user without tr():"
    echo "$found"
    failed=1
fi
[ "$failed" -eq 0 ] && echo "translation ok"
exit "$failed"
