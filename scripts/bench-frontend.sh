#!/usr/bin/env bash
# Frontend figures: the plugin's gzipped chunk size in a production build (its
# logos included), the page's time to diagram (navigation start to the Legend
# and every tile visible) and its time to interactive, served by the backend;
# then the community Tech Radar page beside the diagram page, same edition,
# same number of loads, and the ratio radar / diagram.
# Targets are printed beside the figures: chunk < 150 KB gzipped, time to
# diagram < 1.5 s. Not a test: it prints.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/install.sh"
"$ROOT/scripts/ensure-chromium.sh"
cd "$ROOT"

echo "› Building the app for production"
yarn workspace app build >/dev/null
node scripts/bench/chunk-size.js packages/app/dist

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
echo "› Serving the build from a backend on :$port"
APP_CONFIG_backend_listen_port="$port" \
APP_CONFIG_backend_baseUrl="http://localhost:$port" \
APP_CONFIG_app_baseUrl="http://localhost:$port" \
APP_CONFIG_backend_cors_origin="http://localhost:$port" \
  yarn workspace backend start >/tmp/sa-bench-backend.log 2>&1 &
backend=$!
trap 'kill -- -$backend 2>/dev/null || kill $backend 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://localhost:$port/api/standard-architecture/health" >/dev/null && break
  sleep 1
done
node scripts/bench/time-to-diagram.js "http://localhost:$port" "${BENCH_RUNS:-7}"
node scripts/bench/time-to-interactive.js "http://localhost:$port" "${BENCH_RUNS:-7}"
node scripts/bench/radar-vs-diagram.js "http://localhost:$port" "${BENCH_RUNS:-7}"
