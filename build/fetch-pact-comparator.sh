#!/usr/bin/env bash
# Fetches the pinned @pactflow/openapi-pact-comparator into .cache/pact-comparator/<version>/
# and prints the path of its command-line entry point (dist/cli.cjs) on the last line.
# Idempotent: a cached copy whose stamp records the pinned integrity is left alone.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=pact-comparator.env
source "$here/pact-comparator.env"
# shellcheck source=lib/npm-package.sh
source "$here/lib/npm-package.sh"

dest="$root/.cache/pact-comparator/$PACT_COMPARATOR_VERSION"
cli="$dest/dist/cli.cjs"
stamp="$dest/.integrity"

if [[ -f "$cli" && -f "$stamp" && "$(cat "$stamp")" == "$PACT_COMPARATOR_INTEGRITY" ]]; then
    echo "$cli"
    exit 0
fi

command -v node >/dev/null || { echo "fetch-pact-comparator: node is not installed (the comparator is a Node.js program)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "pact comparator $PACT_COMPARATOR_VERSION: fetching $PACT_COMPARATOR_PACKAGE with npm pack into ${dest#"$root/"}" >&2
fetch_npm_package "$PACT_COMPARATOR_PACKAGE" "$PACT_COMPARATOR_VERSION" "$PACT_COMPARATOR_INTEGRITY" "$work"
printf '%s' "$PACT_COMPARATOR_INTEGRITY" >"$work/package/.integrity"
mkdir -p "$(dirname "$dest")"
# Whole folder into place by rename, so a parallel run never sees half of it.
rm -rf "$dest.tmp.$$"
mv "$work/package" "$dest.tmp.$$"
rm -rf "$dest"
mv -f "$dest.tmp.$$" "$dest"
echo "pact comparator $PACT_COMPARATOR_VERSION: integrity verified" >&2
echo "$cli"
