#!/usr/bin/env bash
# Issue 9's web benchmark: wrk on loopback against the annex JSON endpoint of
# `octroi serve` (logged in: session lookup, snapshot revision check, JSON),
# and against nginx serving the same JSON bytes as a static file, in the same
# run: requests per second, p99 latency of both, and the ratio.
#   bash bench/web/run-web-bench.sh [BUILD_DIR] [DURATION_SECONDS] [CONNECTIONS]
# Needs wrk and nginx (scripts/install-deps.sh installs both). Not a test:
# it prints figures for bench/README.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build}"
duration="${2:-10}"
connections="${3:-32}"
octroi="$build/octroi"
for tool in wrk nginx curl; do
  command -v "$tool" >/dev/null || { echo "run-web-bench : $tool introuvable (scripts/install-deps.sh)" >&2; exit 1; }
done
[ -x "$octroi" ] || { echo "run-web-bench : $octroi introuvable (make build)" >&2; exit 1; }

work="$(mktemp -d /tmp/octroi-web-bench.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
db="sqlite:$work/bench.db"
"$octroi" --db "$db" import "$root/data/pas-de-calais-2023-phase4" >/dev/null
printf 'mot-de-passe-bench\n' | "$octroi" --db "$db" user add bench --role reader >/dev/null

octroi_port="$(free_port)"
(cd "$root" && exec "$octroi" --db "$db" serve --port "$octroi_port" >"$work/serve.log" 2>&1) &
pids+=($!)
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$octroi_port/api/health" >/dev/null && break; sleep 0.1; done

login="$(curl -fs -D - -o /dev/null -H 'Content-Type: application/json' \
  -d '{"login":"bench","password":"mot-de-passe-bench"}' "http://127.0.0.1:$octroi_port/api/login")"
cookie="$(printf '%s' "$login" | tr -d '\r' | sed -n 's/^Set-Cookie: \(octroi_session=[^;]*\).*/\1/Ip')"
annex_path="/api/programmes/pas-de-calais-2023-phase4/annex"
mkdir -p "$work/static"
curl -fs -H "Cookie: $cookie" "http://127.0.0.1:$octroi_port$annex_path" >"$work/static/annex.json"
bytes="$(wc -c <"$work/static/annex.json")"
# nginx's workers run as an unprivileged user: let them read the file.
chmod 755 "$work" "$work/static"
chmod 644 "$work/static/annex.json"

nginx_port="$(free_port)"
mkdir -p "$work/nginx/logs"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  default_type application/json;
  client_body_temp_path $work/nginx/body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  server {
    listen 127.0.0.1:$nginx_port;
    location = /annex.json { root $work/static; }
  }
}
CONF
nginx -p "$work/nginx" -c "$work/nginx/nginx.conf" &
pids+=($!)
for _ in $(seq 100); do curl -fs "http://127.0.0.1:$nginx_port/annex.json" >/dev/null && break; sleep 0.1; done
cmp -s <(curl -fs "http://127.0.0.1:$nginx_port/annex.json") "$work/static/annex.json" ||
  { echo "run-web-bench : nginx ne sert pas le fichier (voir $work/nginx/logs/error.log)" >&2; cat "$work/nginx/logs/error.log" >&2; exit 1; }

run_wrk() {  # URL [HEADER] -> "requests_per_second p99"
  local output
  if [ $# -gt 1 ]; then
    output="$(wrk -t2 -c"$connections" -d"${duration}s" --latency -H "$2" "$1")"
  else
    output="$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$1")"
  fi
  local rps p99
  rps="$(printf '%s\n' "$output" | awk '/^Requests\/sec:/ {print $2}')"
  p99="$(printf '%s\n' "$output" | awk '$1 == "99%" {print $2}')"
  local non2xx
  non2xx="$(printf '%s\n' "$output" | awk '/Non-2xx/ {print $5}')"
  if [ -n "$non2xx" ]; then echo "run-web-bench : $non2xx réponses non-2xx pour $1" >&2; exit 1; fi
  echo "$rps $p99"
}

read -r octroi_rps octroi_p99 < <(run_wrk "http://127.0.0.1:$octroi_port$annex_path" "Cookie: $cookie")
read -r nginx_rps nginx_p99 < <(run_wrk "http://127.0.0.1:$nginx_port/annex.json")
ratio="$(awk -v a="$octroi_rps" -v b="$nginx_rps" 'BEGIN { printf "%.2f", a / b }')"

echo "Annex JSON ($bytes bytes), wrk -t2 -c$connections -d${duration}s on loopback, $(nproc) cores, $(date -u +%Y-%m-%d)"
printf '%-68s %12s %10s\n' "server" "requests/s" "p99"
printf '%-68s %12s %10s\n' "octroi serve (GET $annex_path)" "$octroi_rps" "$octroi_p99"
printf '%-68s %12s %10s\n' "nginx (same bytes, static file)" "$nginx_rps" "$nginx_p99"
echo "ratio octroi / nginx: $ratio"
