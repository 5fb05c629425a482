# Sourced by the test script: starts a throwaway PostgreSQL from the Debian
# package on loopback, in a temporary data directory, and exports the
# connection string the backend test utilities read. `stop_postgres` removes it.
PG_PORT="${PG_PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}"

pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [ -z "$(pg_bindir)" ] || [ ! -x "$(pg_bindir)/postgres" ]; then
  echo "› Installing PostgreSQL from Debian packages" >&2
  apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
PG_BIN="$(pg_bindir)"
PG_DATA="$(mktemp -d /tmp/sa-pgdata.XXXXXX)"
PG_LOG="$PG_DATA.log"
PG_USER="$(id -un)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DATA"; touch "$PG_LOG"; chown postgres "$PG_LOG"; PG_USER=postgres; fi

as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U "$PG_USER" --auth=trust -E UTF8 >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k /tmp -c max_connections=200" start >/dev/null

stop_postgres() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DATA" "$PG_LOG"
}

PG_MAJOR="$("$PG_BIN/postgres" --version | sed -E 's/.* ([0-9]+)\..*/\1/')"
export BACKSTAGE_TEST_DATABASE_POSTGRES${PG_MAJOR}_CONNECTION_STRING="postgresql://$PG_USER@127.0.0.1:$PG_PORT"
export STANDARD_ARCHITECTURE_REQUIRE_POSTGRES=1
export STANDARD_ARCHITECTURE_PG_URL="postgresql://$PG_USER@127.0.0.1:$PG_PORT"
echo "› PostgreSQL $PG_MAJOR on 127.0.0.1:$PG_PORT ($PG_DATA)" >&2
