#!/usr/bin/env bash
# Runs every test: types, lint, data validation, unit and integration tests
# (SQLite and a throwaway PostgreSQL), then the browser tests in Debian
# Chromium against both demo apps, then the install test (the packed plugins
# in a fresh create-app app). Leaves no server running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
started=$(date +%s)
step() { echo; echo "━━ $* ($(( $(date +%s) - started ))s)"; }

step "Install"
scripts/install.sh
scripts/ensure-chromium.sh

step "Type check"
# Fresh declarations: the API reports below are made from them.
rm -rf dist-types
yarn tsc

step "Lint"
yarn backstage-cli repo lint

step "Publishable packages: metadata and API reports are current"
yarn backstage-cli repo fix --publish --check
yarn backstage-repo-tools api-reports --ci -o ae-wrong-input-file-type,ae-undocumented --validate-release-tags

step "Config schema (config.d.ts) against the app and the full example"
MCP_TOKEN=config-check-only yarn backstage-cli config:check --strict --config app-config.yaml --config app-config.production.yaml
yarn backstage-cli config:check --strict --config app-config.yaml \
  --config plugins/standard-architecture-backend/app-config.example.yaml

step "Validate the bundled standard data"
yarn workspace @k8s-standard/plugin-standard-architecture-common validate

step "Unit and integration tests (SQLite and PostgreSQL)"
source scripts/postgres.sh
trap stop_postgres EXIT
CI=true yarn backstage-cli repo test

step "Browser tests (Playwright, Debian Chromium)"
CI=true yarn playwright test

step "Install test: the packed plugins in a fresh app, and the README's PostgreSQL path"
stop_postgres
trap - EXIT
bash scripts/install-test.sh

step "All tests passed"
