# Shared by scripts/run and scripts/test: install what is missing, then configure and build.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${CLIENTELE_BUILD_DIR:-$root/build}"

# install_missing_packages [LIST]: the packages named in LIST (default scripts/debian-packages.txt).
install_missing_packages() {
    local wanted missing=() list="${1:-$root/scripts/debian-packages.txt}"
    mapfile -t wanted < <(grep -v '^\s*#' "$list" | grep -v '^\s*$')
    for pkg in "${wanted[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing Debian packages: ${missing[*]}" >&2
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
}

configure_and_build() {
    local generator=()
    command -v ninja >/dev/null && generator=(-G Ninja)
    if [ -f "$build_dir/CMakeCache.txt" ]; then
        generator=()
    fi
    cmake -S "$root" -B "$build_dir" "${generator[@]}" \
        -DCMAKE_BUILD_TYPE="${CLIENTELE_BUILD_TYPE:-RelWithDebInfo}" "$@"
    cmake --build "$build_dir" -j"${CLIENTELE_JOBS:-$(nproc)}"
}
