#!/usr/bin/env bash
# Starts the portal for development: frontend on :3000, backend on :7007,
# guest sign-in, SQLite in memory. Ctrl-C stops both.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
"$ROOT/scripts/install.sh"
cd "$ROOT"
exec yarn start "$@"
