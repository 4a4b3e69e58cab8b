#!/usr/bin/env bash
# Starts the services the class server's tests need, on loopback only: Debian's PostgreSQL
# (role and database "veto", password "veto") and redis-server (port 6379). Installs them with
# apt-get when missing. Idempotent: a service already running is left as it is.
# `VETO_NO_SERVICES=1` skips everything (the tests that need the services then skip too).
# Prints the two addresses the tests use (VETO_TEST_DATABASE_URL, VETO_TEST_REDIS_URL).
set -uo pipefail

if [ "${VETO_NO_SERVICES:-}" = "1" ]; then
  echo "services: skipped (VETO_NO_SERVICES=1)"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
missing=()
command -v pg_ctlcluster >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "services: installing ${missing[*]}"
  (apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null) || {
    echo "services: could not install ${missing[*]}" >&2
    exit 1
  }
fi

# PostgreSQL: the first cluster Debian made (or a new one), listening on localhost only.
cluster=$(pg_lsclusters -h 2>/dev/null | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  ver=$(ls /usr/lib/postgresql | sort -n | tail -1)
  pg_createcluster "$ver" main -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null || exit 1
  cluster="$ver main"
fi
set -- $cluster
if ! pg_lsclusters -h | awk -v v="$1" -v n="$2" '$1==v && $2==n {print $4}' | grep -q online; then
  pg_conftool "$1" "$2" set listen_addresses 'localhost' >/dev/null 2>&1 || true
  pg_ctlcluster "$1" "$2" start || { echo "services: PostgreSQL did not start" >&2; exit 1; }
fi
as_postgres() { su postgres -c "$1" 2>/dev/null || runuser -u postgres -- sh -c "$1"; }
if [ "$(as_postgres "psql -tAc \"SELECT 1 FROM pg_roles WHERE rolname = 'veto'\"")" != "1" ]; then
  as_postgres "psql -qc \"CREATE ROLE veto LOGIN PASSWORD 'veto'\"" || exit 1
fi
if [ "$(as_postgres "psql -tAc \"SELECT 1 FROM pg_database WHERE datname = 'veto'\"")" != "1" ]; then
  as_postgres "createdb -O veto veto" || exit 1
fi

# Redis: no persistence (the tests flush their own database number).
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --port 6379 --bind 127.0.0.1 --daemonize yes --save '' --appendonly no >/dev/null || {
    echo "services: redis-server did not start" >&2
    exit 1
  }
  for _ in $(seq 1 50); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.1; done
fi

echo "services: PostgreSQL $1 ($2) and Redis running on 127.0.0.1"
echo "VETO_TEST_DATABASE_URL=postgres://veto:veto@127.0.0.1:5432/veto"
echo "VETO_TEST_REDIS_URL=redis://127.0.0.1:6379/5"
