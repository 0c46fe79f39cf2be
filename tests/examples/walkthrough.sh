#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Runs a walkthrough example on every database of SEQUEL_TEST_URLS (default: SQLite in memory) and
# compares what it prints with its .expected file; the first line, which names the database, aside.
#   walkthrough.sh PROGRAM EXPECTED
set -euo pipefail
program=$1 expected=$2
status=0
for url in ${SEQUEL_TEST_URLS:-sqlite://:memory:}; do
  scheme=${url%%://*}
  if ! output=$("$program" "$url" 2>&1); then
    echo "FAILED on $scheme: the walkthrough exited with an error"; echo "$output"; status=1; continue
  fi
  if ! diff <(tail -n +2 <<<"$output") "$expected" >/dev/null; then
    echo "FAILED on $scheme: the output differs from $expected"
    diff <(tail -n +2 <<<"$output") "$expected" || true
    status=1
    continue
  fi
  echo "ok: $scheme"
done
exit $status
