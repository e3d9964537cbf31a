#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on 127.0.0.1 for the store's integration tests and prints the
# environment that points the tests at it. Installs PostgreSQL from Debian's packages if needed.
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi
bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
data="$(mktemp -d /tmp/dyad-pg.XXXXXX)"
chown postgres "$data"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
as_pg "$bin/initdb" -D "$data" -U dyad --auth=trust >/dev/null
port="${DYAD_PG_PORT:-55432}"
until as_pg "$bin/pg_ctl" -D "$data" -o "-p $port -k $data -c listen_addresses=127.0.0.1" -l "$data/log" -w start >/dev/null; do
  port=$((port + 1))
  [ "$port" -lt 55500 ] || { echo "postgres.sh: no free port for PostgreSQL; see $data/log" >&2; exit 1; }
done
as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U dyad dyad_test
echo "export DYAD_PG_URL=jdbc:postgresql://127.0.0.1:$port/dyad_test DYAD_PG_USER=dyad DYAD_PG_DATA=$data DYAD_PG_BIN=$bin"
