#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Shared helpers for scripts/demo, scripts/test and scripts/error-lines: source it (running it does nothing).
set -euo pipefail

SEQUEL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Where builds go: relative to the repository root unless absolute.
SEQUEL_BUILD_ROOT=${SEQUEL_BUILD_ROOT:-build}
[[ $SEQUEL_BUILD_ROOT == /* ]] || SEQUEL_BUILD_ROOT=$SEQUEL_ROOT/$SEQUEL_BUILD_ROOT

# Every Debian package the scripts need, in one place.
# Later, for the other databases: libpq-dev libmariadb-dev postgresql mariadb-server
SEQUEL_PACKAGES=(g++ clang cmake ninja-build libboost-dev libsqlite3-dev catch2 libbenchmark-dev)

log() { printf '\n=== %s\n' "$*"; }

# Runs a command as root: directly when we are root, through sudo otherwise (never prompting under CI).
as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif [[ ${CI-} == true ]]; then
    sudo -n "$@"
  else
    sudo "$@"
  fi
}

# Installs the packages of SEQUEL_PACKAGES (or the arguments) that are not installed yet. Touches
# apt only when something is missing, so a second run is quick and needs no network.
ensure_packages() {
  local missing=() pkg
  (($#)) || set -- "${SEQUEL_PACKAGES[@]}"
  for pkg in "$@"; do
    [[ $(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null) == "install ok installed" ]] || missing+=("$pkg")
  done
  ((${#missing[@]})) || return 0
  log "installing missing packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# configure DIR CXX BUILD_TYPE [cmake -D options...]: a Ninja build of the repository in DIR.
configure() {
  local dir=$1 cxx=$2 type=$3
  shift 3
  cmake -S "$SEQUEL_ROOT" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE="$type" "$@"
}
