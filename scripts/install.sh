#!/usr/bin/env bash
# Installs the workspace's dependencies from the committed yarn.lock, once.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
stamp=node_modules/.install-stamp
if [ ! -f "$stamp" ] || [ yarn.lock -nt "$stamp" ] || [ package.json -nt "$stamp" ]; then
  echo "› yarn install --immutable" >&2
  yarn install --immutable
  touch "$stamp"
fi
