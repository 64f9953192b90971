#!/usr/bin/env bash
# A private PostgreSQL for the tests (and a one-machine team server): installs Debian's postgresql if it is missing,
# creates a cluster of its own with initdb (trust authentication, listening on 127.0.0.1 only), starts it with pg_ctl
# (no systemd) and creates the database. Safe to run again: whatever already exists or runs is kept.
#   scripts/services.d/postgres.sh [start|stop|status]     (start by default)
# Knobs: PG_PORT (55432), PG_DATA (/var/lib/redress/pgdata), PG_DATABASE (redress_test).
set -euo pipefail
action=${1:-start}
PG_PORT=${PG_PORT:-55432}
PG_DATA=${PG_DATA:-/var/lib/redress/pgdata}
PG_DATABASE=${PG_DATABASE:-redress_test}

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"

# The server runs as the postgres system user (it refuses root); the Debian package creates that user.
as_postgres() {
  if [ "$(id -un)" = postgres ]; then bash -c "$1"; else $sudo_cmd su postgres -s /bin/bash -c "$1"; fi
}

case "$action" in
  start) ;;
  stop|status)
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
    if [ -z "$PGBIN" ] || [ ! -f "$PG_DATA/PG_VERSION" ]; then echo "PostgreSQL is not set up in $PG_DATA"; exit 3; fi
    if [ "$action" = stop ]; then
      as_postgres "$PGBIN/pg_ctl -D '$PG_DATA' status" >/dev/null 2>&1 && as_postgres "$PGBIN/pg_ctl -D '$PG_DATA' -m fast -w stop" >/dev/null
      echo "PostgreSQL stopped"
    elif as_postgres "$PGBIN/pg_ctl -D '$PG_DATA' status" >/dev/null 2>&1; then
      echo "PostgreSQL: running on 127.0.0.1:$PG_PORT ($PG_DATA)"
    else
      echo "PostgreSQL is not running ($PG_DATA)"; exit 3
    fi
    exit 0 ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 64 ;;
esac

if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  echo "Installing PostgreSQL (Debian's postgresql package)"
  for try in 1 2 3; do
    if $sudo_cmd apt-get update -qq && \
       DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends postgresql >/dev/null; then
      break
    fi
    [ "$try" = 3 ] && { echo "Could not install postgresql with apt-get (tried 3 times)." >&2; exit 1; }
    sleep 10
  done
fi
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

if [ ! -f "$PG_DATA/PG_VERSION" ]; then
  $sudo_cmd install -d -o postgres -g postgres "$PG_DATA"
  as_postgres "$PGBIN/initdb -D '$PG_DATA' -U postgres --auth=trust -E UTF8 --locale=C.UTF-8" >/dev/null
fi
# max_connections: each open case's stores keep about a dozen connections, so each worker thread and each served case
# needs that many; Debian's 100 would stop at about eight of them.
# tcp_keepalives_*: the session of a worker's machine lost without a word ends within about two minutes, and with it
# the locks it held on the contents it was reading.
opts="-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1 -c max_connections=${REDRESS_PG_MAX_CONNECTIONS:-400}"
opts="$opts -c tcp_keepalives_idle=60 -c tcp_keepalives_interval=10 -c tcp_keepalives_count=6"
if ! as_postgres "$PGBIN/pg_ctl -D '$PG_DATA' status" >/dev/null 2>&1; then
  # stdin and the log redirected: the server must not keep the caller's pipes open.
  as_postgres "$PGBIN/pg_ctl -D '$PG_DATA' -l '$PG_DATA/server.log' -o '$opts' -w start" </dev/null >/dev/null
fi
psql=("$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA)
"${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'" | grep -q 1 || \
  "${psql[@]}" -c "CREATE DATABASE \"$PG_DATABASE\""
echo "PostgreSQL: jdbc:postgresql://127.0.0.1:$PG_PORT/$PG_DATABASE (user postgres, no password)"
