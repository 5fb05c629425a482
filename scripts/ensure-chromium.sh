#!/usr/bin/env bash
# Debian's Chromium for the browser tests; Playwright never downloads one.
set -euo pipefail
# Nanum fonts so Korean text renders in screenshots instead of empty boxes.
if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi nanum; then
  echo "› Installing Chromium and Korean fonts from Debian packages" >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-nanum >/dev/null
fi
