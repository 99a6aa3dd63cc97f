#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL cluster: initdb in a temporary
# folder (owned by the `postgres` user when run as root, since PostgreSQL
# refuses to run as root), on a free local port, trust authentication on
# 127.0.0.1, unix socket inside that folder; exports
# OCTROI_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:PORT/octroi_test,
# runs the command, and always stops and removes the cluster.
# Usage: scripts/test-postgres.sh COMMAND [ARGUMENT...]
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage : $0 COMMANDE [ARGUMENT...]" >&2
  exit 2
fi

bin="${POSTGRES_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}"
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "test-postgres : PostgreSQL introuvable (/usr/lib/postgresql/*/bin) : lancez scripts/install-deps.sh" >&2
  exit 1
fi

# A port nobody listens on, chosen by the kernel.
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

as_owner=()
if [ "$(id -u)" -eq 0 ]; then as_owner=(runuser -u postgres --); fi

cluster="$(mktemp -d /tmp/octroi-postgres.XXXXXX)"
chmod 755 "$cluster"
if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$cluster"; fi

stop_cluster() {
  local status=$?
  if [ -f "$cluster/data/postmaster.pid" ]; then
    "${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$cluster"
  exit "$status"
}
trap stop_cluster EXIT INT TERM

"${as_owner[@]}" "$bin/initdb" -D "$cluster/data" -U postgres --auth=trust --no-locale \
  --encoding=UTF8 >"$cluster/initdb.log" 2>&1 || { cat "$cluster/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 start \
  -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=$cluster -c fsync=off -c max_connections=200" \
  >/dev/null || { cat "$cluster/server.log" >&2; exit 1; }
"${as_owner[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres octroi_test

export OCTROI_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/octroi_test"
echo "test-postgres : serveur PostgreSQL temporaire sur le port $port ($cluster)"
set +e
"$@"
status=$?
set -e
exit "$status"
