#!/usr/bin/env bash
# Runs the standard-architecture backend benchmarks: ingestion, then the usage
# index (sync and API) at 10,000 and 100,000 services, on SQLite and on a
# throwaway PostgreSQL, and prints the summary tables with the targets.
# Takes about 20 minutes. Knobs (see plugins/standard-architecture-backend/
# bench/*.bench.ts): BENCH_SCALES (default 10000,100000), BENCH_LOAD_SECONDS
# (default 30; 0 skips the loads). Arguments pick benchmarks: ingestion, api.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
if ! scripts/install.sh; then
  # A lockfile being edited elsewhere should not stop a benchmark of what is installed.
  if [ -d node_modules/@backstage ]; then
    echo "› yarn install failed; benchmarking with the dependencies already installed" >&2
  else
    exit 1
  fi
fi
source scripts/postgres.sh
trap stop_postgres EXIT
yarn workspace @k8s-standard/plugin-standard-architecture-backend bench "$@"
