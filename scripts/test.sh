#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine (Debian
# packages with apt-get, npm packages with npm ci), then runs every check
# and test: typecheck, dist/ up to date, unit, integration and end-to-end.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Programs the tests run, by the Debian package that brings each: docker-registry (the registry under
# test), skopeo and umoci (independent OCI clients), apache2-utils (htpasswd), openssl (test CAs), git,
# tar and gzip (GNU references), curl (a raw HTTP client), coreutils (sha256sum, du, mkfifo).
packages=(docker-registry skopeo umoci apache2-utils openssl git tar gzip curl coreutils ca-certificates)
missing=()
for pkg in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "==> apt-get install ${missing[*]}"
  sudo_if_needed apt-get update -qq
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# kubectl with kustomize renders kustomizations; Debian's archive has no usable version, so it must come
# with the machine (GitHub's runners and this project's machine image have it).
if ! command -v kubectl >/dev/null 2>&1 || ! kubectl kustomize --help >/dev/null 2>&1; then
  echo "scripts/test.sh: the tests need kubectl with its built-in kustomize (kubectl kustomize), which" >&2
  echo "  Debian's archive does not provide. Install it from https://kubernetes.io/docs/tasks/tools/ and" >&2
  echo "  put it on PATH, then run this script again." >&2
  exit 2
fi

echo "==> npm ci"
npm ci --no-audit --no-fund

echo "==> npm run all (typecheck, check-dist, tests on Node $(node_modules/.bin/node --version))"
npm run all
