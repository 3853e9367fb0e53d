#!/usr/bin/env bash
# Starts a private PostgreSQL server for the tests, on loopback, from
# Debian's packages (installed if missing), and prints the DSN the tests
# read from DYAD_TEST_POSTGRES. Its data folder and socket live in the
# folder given as $1; stop it with: .ci/postgres.sh stop FOLDER.
set -euo pipefail

if [[ "${1:-}" == stop ]]; then
	dir=$2
	bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
	runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
	rm -rf "$dir"
	exit 0
fi
dir=$1

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq >/dev/null
	apt-get install -y -qq postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

# A free port on loopback, from 55432 up.
port=55432
while (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done

mkdir -p "$dir"
chown postgres "$dir"
runuser -u postgres -- "$bin/initdb" -D "$dir/data" -U postgres -A trust --no-sync >/dev/null
runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -l "$dir/log" -w -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off" start >/dev/null
runuser -u postgres -- "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE dyadtest" >/dev/null
echo "postgres://postgres@127.0.0.1:$port/dyadtest?sslmode=disable"
