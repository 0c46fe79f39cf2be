#!/usr/bin/env bash
# SPDX-License-Identifier: BSL-1.0
# Compile-fail checker, run by ctest (see tests/CMakeLists.txt):
#   check.sh fail CASE.cpp CXX FLAGS...   compile with -DSEQUEL_MISUSE: must fail, and the regex of the
#                                         case's "// expect: <ERE>" line must match one of the first
#                                         3 lines of the compiler's output (include traces removed)
#   check.sh ok   CASE.cpp CXX FLAGS...   compile without it: must succeed
set -euo pipefail

readonly first_lines=3   # a misuse message must be this close to the top of the output

mode=$1 file=$2
shift 2
case $mode in
  fail) cmd=("$@" -DSEQUEL_MISUSE "$file") ;;
  ok)   cmd=("$@" "$file") ;;
  *)    echo "usage: check.sh fail|ok CASE.cpp CXX FLAGS..." >&2; exit 2 ;;
esac

# C locale: plain ASCII quotes in messages, so one regex matches on every machine.
export LC_ALL=C

fail() {
  echo "FAILED: $1"
  echo "command: $(printf '%q ' "${cmd[@]}")"
  [[ -z ${expect-} ]] || echo "expected (ERE, within the first $first_lines lines): $expect"
  if [[ -z $output ]]; then
    echo "(the compiler printed nothing)"
  else
    echo "first 20 lines of output:"
    head -n 20 <<<"$output"
  fi
  exit 1
}

status=0
output=$("${cmd[@]}" 2>&1) || status=$?

if [[ $mode == ok ]]; then
  ((status == 0)) || fail "the case does not compile without SEQUEL_MISUSE"
  echo "ok: compiles without SEQUEL_MISUSE"
  exit 0
fi

expect=$(sed -n 's|^[[:space:]]*// expect: ||p' "$file" | head -n 1)
[[ -n $expect ]] || fail "no '// expect: <regex>' line in $file"
((status != 0)) || fail "the misuse compiled without error"
# Include traces ("In file included from x.hpp:1," and g++'s "                 from x.cpp:2:") come
# before the error and say nothing about it.
top=$(grep -Ev '^In file included from |^ +from .*[:,]$' <<<"$output" | head -n "$first_lines" || true)
grep -Eq -- "$expect" <<<"$top" || fail "the expected message is not in the first $first_lines lines"
echo "ok: fails with /$expect/"
