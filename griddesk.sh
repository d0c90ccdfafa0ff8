#!/usr/bin/env bash
# GridDesk's two commands on Debian 12:
#   ./griddesk.sh run [griddesk options]   install what is missing, build, open the window
#   ./griddesk.sh test                     install what is missing, build, run the whole suite
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")"

PACKAGES=(
  cmake ninja-build g++ pkg-config
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev libqt6sql6-sqlite qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libsqlite3-dev catch2 libqrencode-dev libxlsxwriter-dev libssl-dev libicu-dev
  fonts-wqy-microhei xvfb xauth poppler-utils imagemagick unzip zbar-tools
  postgresql libpq-dev libqt6sql6-psql
)
BUILD_DIR=${GRIDDESK_BUILD_DIR:-build}

install_packages() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "griddesk: installing ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" apt-get update -qq -o DPkg::Lock::Timeout=120
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    -o DPkg::Lock::Timeout=120 "${missing[@]}"
}

build() {
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
}

case "${1:-}" in
  run)
    shift
    install_packages
    build
    exec "$BUILD_DIR/app/griddesk" "$@"
    ;;
  test)
    install_packages
    build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 300
    ;;
  *)
    echo "usage: ./griddesk.sh run [--db FILE] [--lang zh_CN] | ./griddesk.sh test" >&2
    exit 2
    ;;
esac
