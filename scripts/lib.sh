#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Shared helpers for scripts/demo, scripts/test, scripts/servers and scripts/error-lines: source it
# (running it does nothing).
set -euo pipefail

SEQUEL_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Where builds go: relative to the repository root unless absolute.
SEQUEL_BUILD_ROOT=${SEQUEL_BUILD_ROOT:-build}
[[ $SEQUEL_BUILD_ROOT == /* ]] || SEQUEL_BUILD_ROOT=$SEQUEL_ROOT/$SEQUEL_BUILD_ROOT

# Every Debian package the scripts need, in one place. SEQUEL_PACKAGES builds everything (the client
# libraries of all three databases included); scripts/test and scripts/servers also need the servers.
# libclang-rt-dev holds clang's sanitizer and libFuzzer runtimes (only recommended by clang, and
# recommendations are not installed).
SEQUEL_PACKAGES=(g++ clang libclang-rt-dev cmake ninja-build libboost-dev libsqlite3-dev libpq-dev
  libmariadb-dev catch2 libbenchmark-dev)
SEQUEL_SERVER_PACKAGES=(postgresql mariadb-server)   # bring psql, pg_isready, mariadb, mariadb-admin

# The throwaway database servers of scripts/servers: loopback only, fixed ports (override with the
# environment, e.g. to run two checkouts at once), known test credentials. Never use them for data.
SEQUEL_SERVERS_DIR=$SEQUEL_BUILD_ROOT/servers
SEQUEL_PG_PORT=${SEQUEL_PG_PORT:-54329}
SEQUEL_MARIADB_PORT=${SEQUEL_MARIADB_PORT:-33069}
SEQUEL_DB_USER=sequel SEQUEL_DB_PASSWORD=sequel_pw SEQUEL_DB_NAME=sequel_test
SEQUEL_PG_URL=postgresql://$SEQUEL_DB_USER:$SEQUEL_DB_PASSWORD@127.0.0.1:$SEQUEL_PG_PORT/$SEQUEL_DB_NAME
SEQUEL_MYSQL_URL=mysql://$SEQUEL_DB_USER:$SEQUEL_DB_PASSWORD@127.0.0.1:$SEQUEL_MARIADB_PORT/$SEQUEL_DB_NAME

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
  # Debian's postinst scripts start system-wide database servers; the tests run their own
  # (scripts/servers). A policy-rc.d answering 101 stops invoke-rc.d and deb-systemd-invoke from
  # starting anything during the install; it is removed again unless it was there before.
  local policy=/usr/sbin/policy-rc.d own_policy=false status=0
  if [[ ! -e $policy && " ${missing[*]} " =~ \ (postgresql|mariadb-server)[^\ ]*\  ]]; then
    printf '#!/bin/sh\n# Written by sequel scripts/lib.sh during apt-get install.\nexit 101\n' |
      as_root tee "$policy" >/dev/null && as_root chmod 755 "$policy" && own_policy=true
  fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q || status=$?
  ((status)) ||
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" ||
    status=$?
  ! $own_policy || as_root rm -f "$policy"
  ((status == 0)) || return "$status"
  stop_system_database_services "${missing[@]}"
}

# stop_system_database_services PACKAGE...: for each database server package among the arguments,
# stops its system-wide service and keeps it from starting at boot (systemd, or sysvinit's service and
# update-rc.d on machines without systemd). Failures are ignored: a service that never started is fine.
stop_system_database_services() {
  local pkg service
  for pkg in "$@"; do
    case $pkg in
      postgresql | postgresql-[0-9]*) service=postgresql ;;
      mariadb-server | mariadb-server-[0-9]*) service=mariadb ;;
      *) continue ;;
    esac
    log "stopping and disabling the system $service service (the tests run their own servers)"
    if [[ -d /run/systemd/system ]]; then   # booted with systemd
      as_root systemctl disable --now "$service" >/dev/null 2>&1 || true
      [[ $service != postgresql ]] || as_root systemctl stop 'postgresql@*' >/dev/null 2>&1 || true
    else
      as_root service "$service" stop >/dev/null 2>&1 || true
      as_root update-rc.d "$service" disable >/dev/null 2>&1 || true
    fi
  done
}

# configure DIR CXX BUILD_TYPE [cmake -D options...]: a Ninja build of the repository in DIR.
configure() {
  local dir=$1 cxx=$2 type=$3
  shift 3
  cmake -S "$SEQUEL_ROOT" -B "$dir" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE="$type" "$@"
}
