#!/bin/bash
# A private PostgreSQL server for the hub tests (CTest fixture "hubpg"): `start DIR` makes a
# cluster in DIR (initdb as the postgres user when run as root: initdb refuses root) that
# listens on a unix socket in DIR only, no TCP port; `stop DIR` stops it and removes DIR.
# The tests connect with "host=DIR user=postgres dbname=postgres" and make a database each.
# `start DIR tuned` runs it with the settings docs/HUB.md gives a hub (memory, planner, no JIT):
# what griddesk-bench's hub scenarios are measured against.
set -euo pipefail
action=${1:?start or stop}
dir=${2:?the server folder}
settings=""
if [ "${3:-}" = tuned ]; then
  settings="-c shared_buffers=4GB -c effective_cache_size=12GB -c work_mem=64MB -c maintenance_work_mem=1GB \
-c max_wal_size=8GB -c random_page_cost=1.1 -c jit=off"
fi
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "PostgreSQL's server is not installed (./griddesk.sh deps installs it from Debian)." >&2
  exit 1
fi
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
start)
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres: "$dir"; fi
  as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-k $dir -c listen_addresses='' -c fsync=off -c max_connections=40 $settings" start >/dev/null ||
    { cat "$dir/server.log" >&2; exit 1; }
  echo "PostgreSQL running, socket in $dir"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null; fi
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start DIR [tuned] | stop DIR" >&2; exit 2 ;;
esac
