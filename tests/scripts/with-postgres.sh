#!/usr/bin/env bash
# Runs a command beside a throwaway PostgreSQL cluster:
#   tests/scripts/with-postgres.sh pnpm test
# initdb into a temporary folder, start it on a free port of 127.0.0.1, export
# TEST_DATABASE_URL (superuser, trust authentication: the cluster lives only as long as
# the command), run the command, then stop the cluster and remove the folder whatever
# happens. Exits with the command's exit code.
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: $0 COMMAND [ARGS...]" >&2
  exit 2
fi

pg_bin="${PG_BIN:-}"
if [ -z "$pg_bin" ]; then
  for candidate in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$candidate/initdb" ]; then pg_bin="$candidate"; break; fi
  done
fi
if [ -z "$pg_bin" ] || [ ! -x "$pg_bin/initdb" ]; then
  echo "with-postgres: no PostgreSQL server found (apt-get install -y postgresql, or set PG_BIN)" >&2
  exit 1
fi

workdir="$(mktemp -d "${TMPDIR:-/tmp}/hc-postgres.XXXXXX")"
datadir="$workdir/data"
logfile="$workdir/server.log"

# PostgreSQL refuses to run as root: run the server as the `postgres` user then.
as_owner() { "$@"; }
if [ "$(id -u)" -eq 0 ]; then
  if ! id postgres >/dev/null 2>&1; then
    echo "with-postgres: running as root and no 'postgres' user exists to run the server" >&2
    exit 1
  fi
  chown postgres: "$workdir"
  as_owner() { runuser -u postgres -- "$@"; }
fi

started=""
cleanup() {
  if [ -n "$started" ]; then
    as_owner "$pg_bin/pg_ctl" stop -D "$datadir" -m immediate -w >/dev/null 2>&1 || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

as_owner "$pg_bin/initdb" -D "$datadir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
  --no-sync >"$workdir/initdb.log" 2>&1 || { cat "$workdir/initdb.log" >&2; exit 1; }

# A test cluster: no durability needed, so no fsync; enough connections for parallel
# test files each holding a Prisma pool.
if ! as_owner "$pg_bin/pg_ctl" start -D "$datadir" -l "$logfile" -w -t 60 \
  -o "-p $port -k $workdir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
  >/dev/null; then
  echo "with-postgres: the server did not start:" >&2
  cat "$logfile" >&2 || true
  exit 1
fi
started=1

export TEST_DATABASE_URL="postgresql://postgres@127.0.0.1:$port/postgres"
echo "with-postgres: PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') at $TEST_DATABASE_URL" >&2

status=0
"$@" || status=$?
exit "$status"
