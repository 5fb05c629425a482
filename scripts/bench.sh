#!/usr/bin/env bash
# Runs the standard-architecture backend benchmarks: ingestion, then the API
# against a real catalog on SQLite and on a throwaway PostgreSQL. Prints a
# summary table at the end. BENCH_LOAD_SECONDS (default 30) shortens the
# load phase; the other BENCH_* knobs are described in
# plugins/standard-architecture-backend/bench/*.bench.ts.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
scripts/install.sh
source scripts/postgres.sh
trap stop_postgres EXIT
yarn workspace @internal/plugin-standard-architecture-backend bench "$@"
