#!/usr/bin/env bash
# ctest -L package: the Debian packages built from this build tree (scripts/package) hold what
# docs/operations.md promises, pass lintian without errors, carry maintainer scripts that
# pass ShellCheck and a systemd unit that verifies and is sandboxed; the server extracted from the
# package starts against the test PostgreSQL ($JCC_TEST_PG), migrates and answers /healthz.
# Usage: tests/package/package_test.sh BUILD_DIR
set -euo pipefail

if [ $# -ne 1 ]; then
  echo "usage: $0 BUILD_DIR" >&2
  exit 2
fi
build_dir=$(cd "$1" && pwd)
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
tmp=$(mktemp -d /tmp/jcc-package-test.XXXXXX)
server_pid=
database=
cleanup() {
  if [ -n "$server_pid" ]; then kill -KILL "$server_pid" 2>/dev/null || true; fi
  if [ -n "$database" ]; then
    psql -q "$JCC_TEST_PG dbname=postgres" -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" \
      >/dev/null 2>&1 || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "== $*"; }

version=$(cat "$build_dir/VERSION")
arch=$(dpkg --print-architecture)
server_deb=$tmp/dist/jcc-server_${version}_${arch}.deb
console_deb=$tmp/dist/jcc-console_${version}_${arch}.deb

step "scripts/package builds both packages"
JCC_BUILD_DIR=$build_dir "$root/scripts/package" --no-build --out "$tmp/dist"
[ -f "$server_deb" ] || fail "no $server_deb"
[ -f "$console_deb" ] || fail "no $console_deb"

# $1 must list $2 (a path in the package, as dpkg-deb -c prints it without the leading '.').
expect_file() {
  dpkg-deb -c "$1" | awk '{print $6}' | grep -qx ".$2" || fail "$(basename "$1") lacks $2"
}
# The Depends of $1 must name package $2.
expect_depends() {
  dpkg-deb -f "$1" Depends | tr ',' '\n' | sed 's/^ *//; s/ .*//' | grep -qx "$2" ||
    fail "$(basename "$1") does not depend on $2: $(dpkg-deb -f "$1" Depends)"
}

step "jcc-server: files, conffiles, Depends"
for path in /usr/bin/jcc-server /usr/bin/jcc-admin /usr/share/man/man8/jcc-server.8.gz \
  /usr/share/man/man8/jcc-admin.8.gz /lib/systemd/system/jcc-server.service \
  /lib/systemd/system/jcc-server@.service /etc/jcc/jcc-server.conf \
  /usr/share/doc/jcc-server/copyright /usr/share/doc/jcc-server/changelog.gz; do
  expect_file "$server_deb" "$path"
done
dpkg-deb -I "$server_deb"
for package in postgresql-15 adduser libc6 libpqxx-6.4 libsodium23 libsystemd0 libssl3; do
  expect_depends "$server_deb" "$package"
done
[ "$(dpkg-deb -f "$server_deb" Version)" = "$version" ] || fail "server package version"
mkdir -p "$tmp/control-server"
dpkg-deb -e "$server_deb" "$tmp/control-server"
grep -qx /etc/jcc/jcc-server.conf "$tmp/control-server/conffiles" || fail "conffile not marked"

step "jcc-console: files, conffiles, Depends"
for path in /usr/bin/jcc-console /usr/share/man/man1/jcc-console.1.gz \
  /usr/share/applications/jcc-console.desktop \
  /usr/share/icons/hicolor/scalable/apps/jcc-console.svg /etc/jcc/console.conf \
  /usr/share/doc/jcc-console/copyright; do
  expect_file "$console_deb" "$path"
done
dpkg-deb -I "$console_deb" | sed -n '/Depends/p'
for package in libqt6widgets6 libqt6websockets6 libqt6charts6; do
  expect_depends "$console_deb" "$package"
done
mkdir -p "$tmp/control-console"
dpkg-deb -e "$console_deb" "$tmp/control-console"
grep -qx /etc/jcc/console.conf "$tmp/control-console/conffiles" || fail "console.conf not marked"

step "lintian: no errors (kept warnings are listed in docs/operations.md)"
lintian --fail-on error --tag-display-limit 0 "$server_deb" "$console_deb"

step "maintainer scripts pass shellcheck"
shellcheck "$tmp"/control-server/{postinst,prerm,postrm}

step "the systemd units verify and are sandboxed"
mkdir -p "$tmp/root"
dpkg-deb -x "$server_deb" "$tmp/root"
dpkg-deb -x "$console_deb" "$tmp/root"
desktop-file-validate "$tmp/root/usr/share/applications/jcc-console.desktop"
# The units name /usr/bin/jcc-server and systemd's own targets: verify them in the extracted
# root, with this machine's systemd units beside them. Any message (even a setting systemd
# ignores) fails the test.
cp -rn /lib/systemd/system/. "$tmp/root/lib/systemd/system/"
for unit in /lib/systemd/system/jcc-server.service /lib/systemd/system/jcc-server@.service \
  jcc-server@b.service; do
  messages=$(systemd-analyze verify --man=no --root="$tmp/root" "$unit" 2>&1) ||
    fail "systemd-analyze verify $unit: $messages"
  [ -z "$messages" ] || fail "systemd-analyze verify $unit: $messages"
done
for unit in jcc-server.service jcc-server@.service; do
  report=$(systemd-analyze security --offline=true --root="$tmp/root" "/lib/systemd/system/$unit")
  exposure=$(echo "$report" | sed -n 's/.*Overall exposure level for .*: \([0-9.]*\) .*/\1/p')
  echo "$unit: exposure $exposure"
  [ -n "$exposure" ] || fail "no exposure level for $unit: $report"
  awk -v e="$exposure" 'BEGIN { exit !(e <= 2.0) }' || fail "$unit exposure $exposure > 2.0"
done

step "the packaged jcc-server starts against PostgreSQL, migrates and answers /healthz"
[ -n "${JCC_TEST_PG:-}" ] || fail "JCC_TEST_PG is not set (run through scripts/test)"
packaged=$tmp/root/usr/bin
[ "$("$packaged/jcc-server" --version)" = "jcc-server $version" ] || fail "server --version"
[ "$("$packaged/jcc-admin" --version)" = "jcc-admin $version" ] || fail "admin --version"
database=jcc_package_$$
psql -q "$JCC_TEST_PG dbname=postgres" -c "CREATE DATABASE $database" >/dev/null
url="$JCC_TEST_PG dbname=$database"
mkdir -m 0700 "$tmp/data"
# The package's own config file, with this test's database, directory and ports. The log exists
# before the server starts: the background job may open it only after the loop below first reads.
: >"$tmp/server.log"
"$packaged/jcc-server" --config "$tmp/root/etc/jcc/jcc-server.conf" --db "$url" \
  --data-dir "$tmp/data" --listen 127.0.0.1:0 --metrics-listen 127.0.0.1:0 \
  >>"$tmp/server.log" 2>&1 &
server_pid=$!
port=
for _ in $(seq 1 300); do
  port=$(sed -n 's/.*listening on 127\.0\.0\.1:\([0-9]*\) .*/\1/p' "$tmp/server.log")
  [ -n "$port" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log"; fail "jcc-server exited"; }
  sleep 0.1
done
[ -n "$port" ] || { cat "$tmp/server.log"; fail "jcc-server did not listen"; }
grep -q "schema at version" "$tmp/server.log" || fail "no migration in the log"
health=$(curl -sk "https://127.0.0.1:$port/healthz")
echo "/healthz: $health"
echo "$health" | grep -q '"status":"ok"' || fail "not healthy"
echo "$health" | grep -q "\"version\":\"$version\"" || fail "/healthz does not show $version"
"$packaged/jcc-admin" --db "$url" db status | grep -q "schema is current" || fail "jcc-admin db status"
kill -TERM "$server_pid"
wait "$server_pid" || fail "jcc-server did not stop cleanly (exit $?)"
server_pid=
echo "package test passed"
