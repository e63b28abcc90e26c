#!/usr/bin/env bash
# Print the URL of a PostgreSQL server for the tests, starting one on loopback if
# needed: $LEGATION_TEST_DATABASE_URL when set; else our own server on port 54329
# (started earlier, or now with initdb + pg_ctl from the installed PostgreSQL,
# which is installed from Debian's packages first when absent).
set -euo pipefail
if [ -n "${LEGATION_TEST_DATABASE_URL:-}" ]; then echo "$LEGATION_TEST_DATABASE_URL"; exit 0; fi
PORT="${LEGATION_PG_PORT:-54329}"
DATA="${LEGATION_PG_DIR:-/tmp/legation-pg-$PORT}"
URL="postgresql+psycopg://legation@127.0.0.1:$PORT/legation_test"
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true; }
BIN="$(find_bin)"
if [ -z "$BIN" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >&2
  BIN="$(find_bin)"
fi
[ -n "$BIN" ] || { echo "scripts/pg.sh: no PostgreSQL found or installable" >&2; exit 1; }
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
  if [ ! -f "$DATA/PG_VERSION" ]; then
    mkdir -p "$DATA"
    if [ "$(id -u)" = 0 ]; then chown postgres "$DATA"; fi
    as_pg "$BIN/initdb" -D "$DATA" -U legation -A trust >/dev/null
  fi
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
    -o "-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
fi
if ! "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U legation -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname='legation_test'" | grep -q 1; then
  "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U legation legation_test
fi
echo "$URL"
