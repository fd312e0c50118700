#!/usr/bin/env bash
# Set Parley up on a fresh machine and run it, or its tests.
#
#   bash resources/bootstrap.sh run [parley options]   install, then open the window
#   bash resources/bootstrap.sh test [pytest options]  install, then run the tests
#
# It installs the Debian packages Qt needs (only those missing; as root or
# through sudo), makes the virtual environment .venv beside this repository's
# pyproject.toml, and installs Parley into it. Without a display, "run" starts
# the window on a virtual X server (Xvfb).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-run}"
shift || true

# What Qt loads offscreen, what a real window under Xvfb adds, and what the tests
# read PDFs with (poppler) and open CSV files and Word sheets in (LibreOffice Calc and Writer).
debs_offscreen="libgl1 libegl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0"
debs_window="xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxkbcommon-x11-0"
debs_tests="poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui strace"

install_debs() {
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    command -v apt-get >/dev/null || { echo "bootstrap: please install: ${missing[*]}" >&2; return 0; }
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "bootstrap: as root, install: ${missing[*]}" >&2; return 1; }
        sudo="sudo"
    fi
    echo "bootstrap: installing Debian packages: ${missing[*]}" >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

python="${PYTHON:-python3}"
venv="$here/.venv"
make_venv() {
    local extra="$1"
    if [ ! -x "$venv/bin/python" ]; then
        if ! "$python" -m venv "$venv" 2>/dev/null; then
            install_debs python3-venv
            rm -rf "$venv"
            "$python" -m venv "$venv"
        fi
    fi
    local stamp="$venv/.installed$extra"
    if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
        "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e ".$extra" >&2
        touch "$stamp"
    fi
}

case "$mode" in
    run)
        # shellcheck disable=SC2086
        install_debs $debs_offscreen $debs_window
        make_venv ""
        if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" != "offscreen" ]; then
            echo "bootstrap: no display found; starting Parley on a virtual X server (xvfb-run)" >&2
            exec xvfb-run -a -s "-screen 0 1600x1000x24" "$venv/bin/parley" "$@"
        fi
        exec "$venv/bin/parley" "$@"
        ;;
    test)
        # shellcheck disable=SC2086
        install_debs $debs_offscreen $debs_window $debs_tests
        make_venv "[test]"
        exec "$venv/bin/python" -m pytest "$@"
        ;;
    *)
        echo "usage: bash resources/bootstrap.sh run|test [options]" >&2
        exit 2
        ;;
esac
