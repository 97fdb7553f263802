# Shared set-up for scripts/run and scripts/test: install missing Debian packages,
# configure once, build incrementally. Sourced, not executed.
set -euo pipefail

CRV_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CRV_BUILD=${CRV_BUILD_DIR:-$CRV_ROOT/build}

# Packages listed in the file $1 (default scripts/packages.txt) that are not installed.
crv_missing_packages() {
    local list=${1:-$CRV_ROOT/scripts/packages.txt}
    local pkg missing=()
    while read -r pkg; do
        pkg=${pkg%%#*}
        pkg=${pkg//[[:space:]]/}
        [ -n "$pkg" ] || continue
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done <"$list"
    echo "${missing[@]:-}"
}

# Installs what crv_missing_packages reports for the same list file.
crv_install_packages() {
    local missing
    missing=$(crv_missing_packages "$@")
    [ -n "$missing" ] || return 0
    echo "== Installing missing packages: $missing"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "Need root (or sudo) to install: $missing" >&2; exit 1; }
        sudo=sudo
    fi
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing
}

crv_build() {
    local werror=OFF
    [ "${CI:-}" = "true" ] && werror=ON
    if [ ! -f "$CRV_BUILD/CMakeCache.txt" ]; then
        cmake -S "$CRV_ROOT" -B "$CRV_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCRV_WERROR=$werror
    elif [ "$werror" = ON ]; then
        cmake -S "$CRV_ROOT" -B "$CRV_BUILD" -DCRV_WERROR=ON >/dev/null
    fi
    cmake --build "$CRV_BUILD" --parallel "$(nproc)"
}
