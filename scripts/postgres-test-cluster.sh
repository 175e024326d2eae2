#!/usr/bin/env bash
# Sourced by scripts/test.sh: starts a throwaway PostgreSQL cluster (Debian's postgresql package, installed if
# missing) on a free loopback port, as the postgres user (PostgreSQL refuses to run as root), exports
# SESCONSOLE_TEST_POSTGRES for the tests and defines stop_postgres_test_cluster for the caller's trap.

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  echo "Installing Debian package: postgresql"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
pg_bin=$(dirname "$(ls -d /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n1)")

pg_user=postgres
if [ "$(id -u)" -ne 0 ]; then pg_user=$(id -un); fi
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }

pg_dir=$(mktemp -d /tmp/sesconsole-pg.XXXXXX)
[ "$(id -u)" -eq 0 ] && chown "$pg_user" "$pg_dir"
pg_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
pg_password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
echo "$pg_password" > "$pg_dir/pw" && [ "$(id -u)" -eq 0 ] && chown "$pg_user" "$pg_dir/pw"

as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U sesconsole --pwfile="$pg_dir/pw" -A scram-sha-256 --no-sync >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $pg_dir -c fsync=off -c max_connections=200" start >/dev/null

export SESCONSOLE_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Database=postgres;Username=sesconsole;Password=$pg_password"
echo "PostgreSQL test cluster on 127.0.0.1:$pg_port"

stop_postgres_test_cluster() {
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$pg_dir"
}
