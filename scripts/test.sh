#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine (Debian
# packages with apt-get, npm packages with npm ci), then runs every check
# and test: typecheck, dist/ up to date, unit, integration and end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(docker-registry skopeo umoci apache2-utils openssl git tar gzip ca-certificates)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "==> apt-get install ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "==> npm ci"
npm ci --no-audit --no-fund

echo "==> npm run all (typecheck, check-dist, tests on Node $(node_modules/.bin/node --version))"
npm run all
