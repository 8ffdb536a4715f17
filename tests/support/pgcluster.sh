#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the hub tests, reachable only through a Unix socket in
# a fresh temporary folder (no TCP port, so it never meets a server already running).
#   pgcluster.sh start STATE   makes the cluster, writes its socket folder to the file STATE
#   pgcluster.sh stop STATE    stops the cluster STATE names and removes its folder and STATE
# The tests connect as role clientele_test to database clientele_test, without a password.
# initdb refuses to run as root, so as root the cluster belongs to the postgres user.
set -euo pipefail
action=${1:-} state=${2:-}
if [ -z "$state" ] || { [ "$action" != start ] && [ "$action" != stop ]; }; then
    echo "usage: $0 start|stop STATE-FILE" >&2
    exit 2
fi
state=$(realpath -m "$state")
# The postgres user may not be able to read the folder the caller is in.
cd /
bin=${CLIENTELE_PG_BIN:-/usr/lib/postgresql/15/bin}
as_owner=()
[ "$(id -u)" -eq 0 ] && as_owner=(runuser -u postgres --)

stop_cluster() {
    local dir=$1
    [ -d "$dir" ] || return 0
    if [ -f "$dir/data/postmaster.pid" ]; then
        "${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true
    fi
    rm -rf "$dir"
}

if [ "$action" = stop ]; then
    [ -f "$state" ] || exit 0
    stop_cluster "$(cat "$state")"
    rm -f "$state"
    exit 0
fi

# A cluster left behind by a run that was killed is stopped before a new one starts.
[ -f "$state" ] && stop_cluster "$(cat "$state")"
if [ ! -x "$bin/initdb" ]; then
    echo "PostgreSQL 15 not found in $bin: install Debian's postgresql (scripts/test does)" >&2
    exit 1
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/clientele-pg.XXXXXX")
trap 'stop_cluster "$dir"' ERR
[ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
"${as_owner[@]}" "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; false; }
# Nothing here needs to survive a power cut; fsync off keeps the tests quick.
"${as_owner[@]}" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses='' -k $dir -c fsync=off" start >/dev/null \
    || { cat "$dir/server.log" >&2; false; }
"${as_owner[@]}" "$bin/psql" -h "$dir" -U postgres -d postgres -q -v ON_ERROR_STOP=1 <<'SQL'
CREATE ROLE clientele_test LOGIN CREATEROLE CREATEDB;
CREATE DATABASE clientele_test OWNER clientele_test;
SQL
mkdir -p "$(dirname "$state")"
echo "$dir" >"$state"
