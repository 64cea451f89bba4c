#!/usr/bin/env bash
# Tests scripts/check-deps against a finished build tree: it passes with the real package list,
# fails (exit 1) naming the package and a file from it when install-deps lacks a package the
# build used, and exits 2 on a usage error.
# Usage: tests/package/check_deps_test.sh BUILD_DIR
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
build_dir=$1
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
check_deps=$root/scripts/check-deps

tmp=$(mktemp -d /tmp/check-deps-test.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

# Writes a copy of scripts/install-deps whose packages list lacks $1; prints the copy's path.
install_deps_without() {
  local package=$1 copy=$tmp/install-deps-without-$1 regex
  regex=${package//./\\.}
  regex=${regex//+/\\+}
  sed -E "/^packages=\(/,/^\)/ s/(^|[[:space:]])$regex([[:space:]]|$)/\1\2/" \
    "$root/scripts/install-deps" >"$copy"
  grep -qw -- "$package" "$root/scripts/install-deps" || fail "scripts/install-deps does not list $package"
  ! grep -qw -- "$package" "$copy" || fail "could not remove $package from the copy"
  echo "$copy"
}

# Runs check-deps with the list lacking $1; expects exit 1 and a line naming $1 and a file that
# matches the regex $2 and that dpkg says belongs to $1.
expect_missing() {
  local package=$1 file_pattern=$2 copy status=0 line file
  copy=$(install_deps_without "$package")
  "$check_deps" --install-deps "$copy" "$build_dir" >"$tmp/out" 2>&1 || status=$?
  sed 's/^/    | /' "$tmp/out"
  [ "$status" -eq 1 ] || fail "check-deps exited $status, not 1, without $package"
  line=$(grep -E "^  $package: " "$tmp/out") || fail "the output does not name $package"
  file=${line##* }
  [[ $file =~ $file_pattern ]] || fail "the file named for $package ($file) does not match $file_pattern"
  dpkg-query -S "$(realpath "$file")" 2>/dev/null | grep -q "^${package}[:,]" \
    || dpkg-query -S "$file" 2>/dev/null | grep -q "^${package}[:,]" \
    || fail "dpkg does not say that $file belongs to $package"
  echo "  ok: exit 1, names $package and $file (which dpkg says it owns)"
}

echo "1. check-deps passes with the real scripts/install-deps"
"$check_deps" "$build_dir" || fail "check-deps failed with the real list (exit $?)"
echo "  ok"

echo "2. without libqt6opengl6-dev in the list, check-deps fails and names it and a Qt6 OpenGL file"
expect_missing libqt6opengl6-dev 'Qt6?OpenGL'

echo "3. without libpqxx-dev in the list, check-deps fails and names it and a pqxx header"
expect_missing libpqxx-dev '^/usr/include/pqxx/'

echo "4. a build directory that does not exist is a usage error (exit 2)"
status=0
"$check_deps" "$tmp/no-such-build" >"$tmp/out" 2>&1 || status=$?
sed 's/^/    | /' "$tmp/out"
[ "$status" -eq 2 ] || fail "check-deps exited $status, not 2, for a missing build directory"
echo "  ok: exit 2"

echo "check_deps_test: all 4 checks passed"
