#!/usr/bin/env bash
# Fetches the pinned standalone `pact` CLI (build/pact-cli.env) into .cache/pact-cli/<version>/
# and prints the path of the binary on the last line. Idempotent: a cached copy whose stamp
# records the pinned integrity is left alone. Same npm fetch as the engine (lib/npm-package.sh).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=pact-cli.env
source "$here/pact-cli.env"
# shellcheck source=lib/npm-package.sh
source "$here/lib/npm-package.sh"

dest="$root/.cache/pact-cli/$PACT_CLI_VERSION"
bin="$dest/pact"
stamp="$dest/pact.integrity"

if [[ -x "$bin" && -f "$stamp" && "$(cat "$stamp")" == "$PACT_CLI_INTEGRITY" ]]; then
    echo "$bin"
    exit 0
fi

# The package carries one static linux-x64 binary; say so rather than fail obscurely later.
if [[ "$(uname -s)" != "Linux" || "$(uname -m)" != "x86_64" ]]; then
    echo "fetch-pact-cli: $PACT_CLI_PACKAGE only supports Linux x86_64 (this is $(uname -s) $(uname -m))" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "pact cli $PACT_CLI_VERSION: fetching $PACT_CLI_PACKAGE with npm pack into ${dest#"$root/"}" >&2
fetch_npm_package "$PACT_CLI_PACKAGE" "$PACT_CLI_VERSION" "$PACT_CLI_INTEGRITY" "$work"
mkdir -p "$dest"
# Into place by rename (same directory), so a parallel run never starts a half-written binary.
cp "$work/package/standalone/pact" "$bin.tmp.$$"
chmod +x "$bin.tmp.$$"
mv -f "$bin.tmp.$$" "$bin"
printf '%s' "$PACT_CLI_INTEGRITY" >"$stamp.tmp.$$"
mv -f "$stamp.tmp.$$" "$stamp"
echo "pact cli $PACT_CLI_VERSION: integrity verified" >&2
echo "$bin"
