#!/usr/bin/env bash
# Debian's Chromium for the browser tests; Playwright never downloads one.
set -euo pipefail
if ! command -v chromium >/dev/null 2>&1; then
  echo "› Installing Chromium from Debian packages" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
