#!/usr/bin/env bash
# Proves that an adopter can follow the install pages. It packs the plugins and
# modules, creates a fresh app with @backstage/create-app from the npm registry,
# installs the packed plugins with exactly the commands, code and config of
# the blocks marked `install-test` in plugins/*/INSTALL.md, starts the app and
# checks it in Chromium. Then it follows this repository's README "Running
# against PostgreSQL" with a throwaway PostgreSQL and checks that the demo
# organisation and services reach the catalog.
#
# Run by .ci/run after scripts/test.sh. Leaves no server running.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$ROOT"
started=$(date +%s)
step() { echo; echo "━━ install test: $* ($(( $(date +%s) - started ))s)"; }

WORK="$(mktemp -d /tmp/sa-install-test.XXXXXX)"
APP="$WORK/app"
PACKS="$WORK/packs"
REGISTRY_PORT=4873
# Ports apart from the demo's 3000/7007, so that a running demo doesn't interfere.
APP_PORT=3010
BACKEND_PORT=7010
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  if declare -F stop_postgres >/dev/null; then stop_postgres; fi
  if [ "${KEEP_INSTALL_TEST:-}" != 1 ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
# Runs a command in its own process group so cleanup stops its children too.
background() { local log="$1"; shift; setsid "$@" >"$log" 2>&1 & PIDS+=("$!"); }
wait_for() {
  local url="$1" seconds="$2" log="$3"
  for _ in $(seq 1 "$seconds"); do
    if curl -sf -o /dev/null "$url"; then return 0; fi
    sleep 1
  done
  echo "✗ $url did not answer within ${seconds}s; the end of $log:" >&2
  tail -n 40 "$log" >&2
  return 1
}

# CI sets CI=true, which makes yarn refuse to write a lockfile; the fresh app
# has none until its first install.
export YARN_ENABLE_IMMUTABLE_INSTALLS=false

PAGES=(
  plugins/standard-architecture-backend/INSTALL.md
  plugins/standard-architecture/INSTALL.md
)

step "Pack the plugins"
yarn tsc
mkdir -p "$PACKS"
for dir in plugins/standard-architecture-common plugins/standard-architecture-node \
  plugins/standard-architecture-backend plugins/catalog-backend-module-standard-architecture \
  plugins/scaffolder-backend-module-standard-architecture plugins/standard-architecture; do
  (cd "$dir" && yarn build >/dev/null && yarn pack --out "$PACKS/%s-%v.tgz" >/dev/null)
done
ls "$PACKS"

step "Create a fresh app with @backstage/create-app"
BACKSTAGE_APP_NAME=adopter npx -y @backstage/create-app@0.9.2 --skip-install --path "$APP" >"$WORK/create-app.log" 2>&1

# What this machine needs for any new app, plugin or not (../shared/TOOLCHAIN.md):
# - The app resolves packages as of the last Backstage 1.55 patch day (the
#   registry's newer 1.56 packages don't fit the 1.55 template, and non-linux
#   binaries published later are missing from this registry).
# - better-sqlite3 13 (12 crashes on Node 24), the working @yarnpkg/core, and no
#   native builds of optional packages.
# - Our packages come from a local registry serving the packed tarballs, so
#   the install commands are the ones an adopter types.
gate_days=$(( ( $(date +%s) - $(date -d 2026-11-16 +%s) ) / 86400 ))
cat >"$APP/.yarnrc.yml" <<YARNRC
nodeLinker: node-modules
npmMinimalAgeGate: ${gate_days}d
npmPreapprovedPackages:
  - '@k8s-standard/*'
npmScopes:
  k8s-standard:
    npmRegistryServer: "http://127.0.0.1:$REGISTRY_PORT"
unsafeHttpWhitelist:
  - 127.0.0.1
yarnPath: .yarn/releases/yarn-4.13.0.cjs
YARNRC
node - "$APP" <<'NODE'
const fs = require('fs');
const app = process.argv[2];
const edit = (file, change) => {
  const json = JSON.parse(fs.readFileSync(`${app}/${file}`, 'utf8'));
  change(json);
  fs.writeFileSync(`${app}/${file}`, `${JSON.stringify(json, null, 2)}\n`);
};
edit('package.json', root => {
  Object.assign(root.resolutions, {
    'better-sqlite3': '^13.0.3',
    '@yarnpkg/core': '4.9.1',
    '@swc/core': '1.16.18',
    'unrs-resolver': '1.12.2',
    rollup: '4.67.4',
  });
  root.dependenciesMeta = Object.fromEntries(
    ['better-sqlite3', 'cpu-features', 'keytar', 'ssh2'].map(name => [name, { built: false }]),
  );
});
edit('packages/backend/package.json', backend => {
  backend.dependencies['better-sqlite3'] = '^13.0.3';
});
NODE
background "$WORK/registry.log" node scripts/install-test/local-registry.mjs "$PACKS" "$REGISTRY_PORT"
wait_for "http://127.0.0.1:$REGISTRY_PORT/@k8s-standard%2fplugin-standard-architecture-backend" 20 "$WORK/registry.log"

# Every run packs the same version again: drop earlier copies from yarn's cache.
rm -f "$(cd "$APP" && yarn config get cacheFolder)"/@k8s-standard-*

step "Install the new app's dependencies"
(cd "$APP" && yarn install >"$WORK/yarn-install.log" 2>&1) || { tail -n 30 "$WORK/yarn-install.log"; exit 1; }

step "Follow the install pages"
# yarn 4.13's `add` crashes under Node 24 (an onCancel bug in its fetcher);
# the README's commands run with the system Node when it is older.
yarn_for_add=(yarn)
if [ -x /usr/bin/node ] && [ "$(/usr/bin/node -p 'process.versions.node.split(".")[0]')" -lt 22 ]; then
  yarn_for_add=(/usr/bin/node "$APP/.yarn/releases/yarn-4.13.0.cjs")
fi
node scripts/install-test/apply-install-docs.mjs "$APP" run "${PAGES[@]}" >"$WORK/commands.sh"
cat "$WORK/commands.sh"
while read -r command; do
  [ -z "$command" ] && continue
  words=($command)
  [ "${words[0]}" = yarn ] || { echo "✗ unexpected install command: $command" >&2; exit 1; }
  (cd "$APP" && "${yarn_for_add[@]}" "${words[@]:1}" >"$WORK/yarn-add.log" 2>&1) \
    || { tail -n 30 "$WORK/yarn-add.log"; exit 1; }
done <"$WORK/commands.sh"
node scripts/install-test/apply-install-docs.mjs "$APP" files "${PAGES[@]}"

# Test data, not an install step: other ports, and a service that depends on
# two of the standard's tools.
cp scripts/install-test/service.yaml "$APP/examples/standard-test-service.yaml"
cat >"$WORK/app-config.test.yaml" <<CONFIG
app:
  baseUrl: http://localhost:$APP_PORT
backend:
  baseUrl: http://localhost:$BACKEND_PORT
  listen:
    port: $BACKEND_PORT
  cors:
    origin: http://localhost:$APP_PORT
catalog:
  locations:
    - type: file
      target: ../../examples/standard-test-service.yaml
CONFIG
node scripts/install-test/apply-install-docs.mjs "$APP" merge-config "$WORK/app-config.test.yaml"

step "Type-check the new app"
(cd "$APP" && yarn tsc >"$WORK/tsc.log" 2>&1) || { cat "$WORK/tsc.log"; exit 1; }

step "Start the new app"
background "$WORK/backend.log" bash -c "cd '$APP' && exec yarn workspace backend start"
background "$WORK/frontend.log" bash -c "cd '$APP' && exec yarn workspace app start"
wait_for "http://localhost:$BACKEND_PORT/api/standard-architecture/health" 180 "$WORK/backend.log"
wait_for "http://localhost:$APP_PORT" 300 "$WORK/frontend.log"

step "Check the new app in Chromium"
INSTALLED_APP_URL="http://localhost:$APP_PORT" INSTALLED_BACKEND_URL="http://localhost:$BACKEND_PORT" \
  CI=true yarn playwright test --config scripts/install-test/playwright.config.ts

step "The validate command from the packed common package"
# As the common package's README runs it in CI: npm install, then npx.
mkdir -p "$WORK/validate"
(cd "$WORK/validate" && npm install --no-save --no-audit --no-fund \
  "$PACKS/@k8s-standard-plugin-standard-architecture-common-"*.tgz >"$WORK/npm-install.log" 2>&1 \
  && npx standard-architecture-validate \
    node_modules/@k8s-standard/plugin-standard-architecture-common/data/editions --explain | tail -n 3)

step "README: running against PostgreSQL"
for pid in "${PIDS[@]}"; do kill -- "-$pid" 2>/dev/null || true; done
PIDS=()
source scripts/postgres.sh
export POSTGRES_HOST=127.0.0.1 POSTGRES_PORT="$PG_PORT" POSTGRES_USER="$PG_USER" POSTGRES_PASSWORD=unused
export MCP_TOKEN="install-test-$RANDOM$RANDOM"
readme_command="$(node scripts/install-test/apply-install-docs.mjs . run README.md)"
echo "$readme_command"
background "$WORK/postgres-path.log" bash -c "$readme_command"
wait_for "http://localhost:7007/api/standard-architecture/health" 240 "$WORK/postgres-path.log"
node scripts/install-test/check-demo-catalog.mjs http://localhost:7007

step "Install test passed"
