#!/usr/bin/env bash
# Release check and tagging, the way actions are released: builds dist/ (it must match the committed
# bundle), runs every test and the self-test (the demo through the bundled CLI, read back), then tags
# vX.Y.Z and moves the major tag vX to the same commit. Tags are pushed only with --push.
#
#   scripts/release.sh 1.2.3            check and tag locally (prints the push command)
#   scripts/release.sh 1.2.3 --push     check, tag and push both tags to origin
#   scripts/release.sh 1.2.3 --dry-run  check only, no tag
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: scripts/release.sh X.Y.Z [--push|--dry-run]" >&2; exit 2; }
version="${1:-}"
mode="${2:-tag}"
[[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]] || { echo "scripts/release.sh: version '$version' is not X.Y.Z" >&2; usage; }
case "$mode" in tag|--push|--dry-run) ;; *) echo "scripts/release.sh: unknown option '$mode'" >&2; usage ;; esac
major="v${version%%.*}"

if [ -n "$(git status --porcelain)" ]; then
  echo "scripts/release.sh: the work tree has uncommitted changes; commit or stash them first" >&2
  exit 1
fi
package_version="$(node -p "require('./package.json').version")"
if [ "$package_version" != "$version" ]; then
  echo "scripts/release.sh: package.json says version $package_version, not $version; set it and commit first" >&2
  exit 1
fi
if git rev-parse -q --verify "refs/tags/v$version" >/dev/null; then
  echo "scripts/release.sh: tag v$version exists already" >&2
  exit 1
fi

echo "==> tests (scripts/test.sh: typecheck, check-dist, every test)"
./scripts/test.sh

echo "==> self-test: the bundled CLI publishes the example to an OCI layout, read back with skopeo"
selftest="$(mktemp -d)"
trap 'rm -rf "$selftest"' EXIT
node dist/cli.js publish --dir examples/namespace --image "oci-layout:$selftest/layout:v$version" --revision "$(git rev-parse HEAD)" -q
skopeo inspect --raw "oci:$selftest/layout:v$version" >/dev/null
node dist/cli.js diff "oci-layout:$selftest/layout:v$version" examples/namespace >/dev/null

if [ "$mode" = "--dry-run" ]; then
  echo "==> v$version passes the release check (dry run: no tag)"
  exit 0
fi
git tag -a "v$version" -m "configsync-oci v$version"
git tag -fa "$major" -m "configsync-oci $major (v$version)"
echo "==> tagged v$version and moved $major to $(git rev-parse --short HEAD)"
if [ "$mode" = "--push" ]; then
  git push origin "v$version"
  git push --force origin "$major"
else
  echo "push with: git push origin v$version && git push --force origin $major"
fi
