#!/usr/bin/env bash
# The packages on a machine that never built the project, as an administrator uses them: a
# minimal Debian 12 with systemd (debootstrap) boots in a container (systemd-nspawn); there
# `apt install` the two packages, `systemctl enable --now jcc-server`, add a user with
# `sudo -u jcc jcc-admin`, log in from jcc-console (under Xvfb, driven with xdotool) using the
# fingerprint in /etc/jcc/console.conf; then kill -9 the server, freeze it (the watchdog),
# upgrade the package, downgrade it below the database's schema, and reboot the container.
#
# Not part of ctest: it downloads Debian packages into the container and needs root. Run it by
# hand after scripts/package; docs/operations.md ("Packages") records a run.
# Usage: tests/package/fresh_machine_check.sh [DIST_DIR]      (screenshots go to DIST_DIR)
set -euo pipefail

for tool in debootstrap systemd-nspawn nsenter; do
  command -v "$tool" >/dev/null || {
    echo "fresh_machine_check: needs $tool (apt-get install debootstrap systemd-container)" >&2
    exit 2
  }
done
[ "$(id -u)" -eq 0 ] || { echo "fresh_machine_check: run as root" >&2; exit 2; }
dist=$(cd "${1:-dist}" && pwd)
work=/var/tmp/jcc-fresh
machine=jccfresh
mirror=http://deb.debian.org/debian
server_deb=$(find "$dist" -name "jcc-server_*.deb" | sort | tail -n 1)
console_deb=$(find "$dist" -name "jcc-console_*.deb" | sort | tail -n 1)
nspawn_pid=

fail() {
  echo "FAIL: $*" >&2
  exit 1
}
step() { echo "== $(date +%T) $*"; }

stop_container() {
  if [ -n "$nspawn_pid" ] && kill -0 "$nspawn_pid" 2>/dev/null; then
    kill "$nspawn_pid" 2>/dev/null || true
    wait "$nspawn_pid" 2>/dev/null || true
  fi
  nspawn_pid=
}
trap stop_container EXIT

# The container's PID 1 (systemd), once it has booted.
leader() {
  pgrep -P "$nspawn_pid" -x systemd || true
}

boot() {
  systemd-nspawn -D "$work/root" -b --register=no --keep-unit --console=passive -M "$machine" \
    >"$work/nspawn.log" 2>&1 &
  nspawn_pid=$!
  local _ state=
  for _ in $(seq 1 120); do
    if [ -n "$(leader)" ]; then
      state=$(in_container systemctl is-system-running 2>&1 || true)
      case "$state" in running | degraded) return 0 ;; esac
    fi
    sleep 1
  done
  cat "$work/nspawn.log"
  fail "the container did not boot (leader '$(leader)', state '$state')"
}

in_container() {
  nsenter -t "$(leader)" -a "$@"
}

# Waits until jcc-server.service is active and /healthz answers ok; prints the main PID.
wait_healthy() {
  local _ health
  for _ in $(seq 1 120); do
    health=$(in_container curl -sk https://127.0.0.1:8443/healthz 2>/dev/null || true)
    if echo "$health" | grep -q '"status":"ok"'; then
      in_container systemctl show -p MainPID --value jcc-server
      return 0
    fi
    sleep 1
  done
  in_container systemctl status --no-pager jcc-server || true
  fail "jcc-server did not become healthy"
}

step "a fresh Debian 12 root with systemd (debootstrap)"
if [ ! -d "$work/pristine" ]; then
  mkdir -p "$work"
  debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus,ca-certificates,curl,sudo \
    bookworm "$work/pristine" "$mirror" >"$work/debootstrap.log"
fi
rm -rf "$work/root"
cp -a "$work/pristine" "$work/root"
echo "$machine" >"$work/root/etc/hostname"
echo "127.0.1.1 $machine" >>"$work/root/etc/hosts"
cp "$server_deb" "$console_deb" "$work/root/root/"
boot

step "apt install ./jcc-server_*.deb ./jcc-console_*.deb"
in_container apt-get update -qq
in_container env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  "/root/$(basename "$server_deb")" "/root/$(basename "$console_deb")" \
  xvfb xdotool imagemagick >"$work/apt.log" 2>&1 || { tail -30 "$work/apt.log"; fail "apt install"; }
in_container sh -c 'command -v jcc-server && test ! -e /usr/bin/cmake && test ! -e /usr/bin/g++' ||
  fail "the container has build tools"
in_container stat -c '%U:%G %a %n' /var/lib/jcc
[ "$(in_container stat -c '%U:%G %a' /var/lib/jcc)" = "jcc:jcc 750" ] || fail "/var/lib/jcc"

step "systemctl enable --now jcc-server"
in_container systemctl enable --now jcc-server
first_pid=$(wait_healthy)
in_container systemctl status --no-pager jcc-server | sed -n '1,12p'
in_container curl -sk https://127.0.0.1:8443/healthz
echo

step "sudo -u jcc jcc-admin user add novak"
printf '%s\n' 'Morava-Dyje-2026' | in_container sudo -u jcc jcc-admin user add novak \
  --role operator --country CZ --name "Jan Novák" --password-stdin
in_container sudo -u jcc jcc-admin user list

step "console.conf: the server and its fingerprint, set once by the administrator"
fingerprint=$(in_container openssl x509 -in /var/lib/jcc/tls/cert.pem -noout -fingerprint -sha256 |
  sed 's/.*=//')
in_container sh -c "printf '[servers]\nurls = wss://127.0.0.1:8443/ws\n\n[trusted-certificates]\n127.0.0.1:8443 = %s\n' '$fingerprint' > /etc/jcc/console.conf"

step "jcc-console logs in without confirming a fingerprint"
in_container sh -c 'Xvfb :7 -screen 0 1600x1000x24 >/tmp/xvfb.log 2>&1 & sleep 2
  adduser --quiet --disabled-password --gecos "" dispatcher
  su dispatcher -c "DISPLAY=:7 jcc-console >/tmp/console.log 2>&1 &"
  sleep 6
  DISPLAY=:7 xdotool type --delay 40 novak; DISPLAY=:7 xdotool key Tab
  DISPLAY=:7 xdotool type --delay 40 Morava-Dyje-2026; DISPLAY=:7 xdotool key Return
  sleep 8
  DISPLAY=:7 import -window root /var/tmp/console.png'
cp "$work/root/var/tmp/console.png" "$dist/fresh-machine-console.png"
echo "screenshot: $dist/fresh-machine-console.png"
in_container journalctl -u jcc-server --no-pager | grep -q '"op":"login"\|login.*novak\|novak' ||
  echo "(the journal does not name the login; look at the screenshot)"

step "kill -9 of the server: systemd restarts it"
in_container kill -9 "$first_pid"
sleep 3
second_pid=$(wait_healthy)
[ "$second_pid" != "$first_pid" ] || fail "the same PID after kill -9"
echo "restarted: PID $first_pid -> $second_pid"

step "a frozen server (SIGSTOP): the watchdog restarts it"
in_container kill -STOP "$second_pid"
sleep 40
third_pid=$(wait_healthy)
[ "$third_pid" != "$second_pid" ] || fail "the watchdog did not restart the frozen server"
in_container journalctl -u jcc-server --no-pager | grep -i "watchdog timeout" | tail -n 1

step "an upgrade: apt install of a newer package restarts the service"
# The same files under a higher version, as the next build would be.
upgrade_version="$(dpkg-deb -f "$server_deb" Version)+1"
rm -rf "$work/upgrade"
dpkg-deb -R "$server_deb" "$work/upgrade"
sed -i "s/^Version: .*/Version: $upgrade_version/" "$work/upgrade/DEBIAN/control"
dpkg-deb --root-owner-group -b "$work/upgrade" "$work/root/root/jcc-server_upgrade.deb" >/dev/null
before_upgrade=$(wait_healthy)
in_container env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /root/jcc-server_upgrade.deb \
  >"$work/apt-upgrade.log" 2>&1 || { tail -20 "$work/apt-upgrade.log"; fail "apt upgrade"; }
after_upgrade=$(wait_healthy)
[ "$after_upgrade" != "$before_upgrade" ] || fail "the upgrade did not restart the service"
echo "upgraded to $upgrade_version: PID $before_upgrade -> $after_upgrade"

step "a downgrade below the database's schema: refused, not restarted, data untouched"
# The upgraded server's schema is newer than the package being installed: as if the newer
# package had brought a migration.
in_container sudo -u jcc psql -q -h /var/lib/jcc/run -U jcc -d jcc \
  -c "INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, '9999_future.sql', 'x')"
users_before=$(in_container sudo -u jcc psql -Atq -h /var/lib/jcc/run -U jcc -d jcc \
  -c "SELECT count(*) FROM users")
in_container env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --allow-downgrades \
  "/root/$(basename "$server_deb")" 2>&1 | tail -n 3 || true
sleep 3
in_container systemctl status --no-pager jcc-server | grep -E 'Active:|Status:|status=' || true
[ "$(in_container systemctl show -p ExecMainStatus --value jcc-server)" = "3" ] || fail "exit 3"
[ "$(in_container systemctl is-active jcc-server || true)" != "active" ] || fail "it runs"
in_container sudo -u jcc /usr/lib/postgresql/15/bin/pg_ctl -D /var/lib/jcc/pg start -w >/dev/null
in_container sudo -u jcc psql -q -h /var/lib/jcc/run -U jcc -d jcc \
  -c "DELETE FROM schema_migrations WHERE version = 9999"
[ "$(in_container sudo -u jcc psql -Atq -h /var/lib/jcc/run -U jcc -d jcc \
  -c "SELECT count(*) FROM users")" = "$users_before" ] || fail "the data changed"
in_container sudo -u jcc /usr/lib/postgresql/15/bin/pg_ctl -D /var/lib/jcc/pg stop -w >/dev/null
in_container systemctl reset-failed jcc-server
in_container systemctl start jcc-server
wait_healthy >/dev/null

step "reboot: the service comes back with its data"
in_container systemctl reboot || true
# systemd-nspawn ends when the container reboots; boot it again.
wait "$nspawn_pid" || true
nspawn_pid=
sleep 2
boot
wait_healthy >/dev/null
in_container sudo -u jcc jcc-admin user list | grep -q novak || fail "novak is gone after reboot"

step "apt purge: the service stops and is forgotten; the dispatch data stays"
in_container env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq jcc-server 2>&1 | tail -n 2
in_container sh -c '! pgrep -x jcc-server' || fail "jcc-server still runs after purge"
in_container test ! -e /etc/systemd/system/multi-user.target.wants/jcc-server.service ||
  fail "the enable link survived the purge"
in_container test ! -e /etc/jcc/jcc-server.conf || fail "the conffile survived the purge"
in_container test -f /var/lib/jcc/pg/PG_VERSION || fail "the purge removed the data"
echo "fresh machine check passed"
