#!/usr/bin/env bash
# Fetches libpact_ffi.so from the pinned npm package into .cache/pact/<version>/.
# Idempotent: a cached library whose stamp records the pinned integrity is left alone.
# Uses `npm pack` through lib/npm-package.sh, so whatever registry npm is configured with is
# used; no host is named here.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=pact-engine.env
source "$here/pact-engine.env"
# shellcheck source=lib/npm-package.sh
source "$here/lib/npm-package.sh"

dest="$root/.cache/pact/$PACT_ENGINE_VERSION"
lib="$dest/libpact_ffi.so"
stamp="$dest/libpact_ffi.so.integrity"

if [[ -f "$lib" && -f "$stamp" && "$(cat "$stamp")" == "$PACT_ENGINE_INTEGRITY" ]]; then
    echo "pact engine $PACT_ENGINE_VERSION: already at ${lib#"$root/"}"
    exit 0
fi

# The package only carries the linux-x64 glibc build; say so rather than fail obscurely later.
if [[ "$(uname -s)" != "Linux" || "$(uname -m)" != "x86_64" ]]; then
    echo "fetch-pact-engine: $PACT_ENGINE_PACKAGE only supports Linux x86_64 (this is $(uname -s) $(uname -m))" >&2
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "pact engine $PACT_ENGINE_VERSION: fetching $PACT_ENGINE_PACKAGE with npm pack into ${dest#"$root/"}"
fetch_npm_package "$PACT_ENGINE_PACKAGE" "$PACT_ENGINE_VERSION" "$PACT_ENGINE_INTEGRITY" "$work"
mkdir -p "$dest"
# Move into place atomically (same directory, then rename) so a parallel build never loads a half-written file.
cp "$work/package/prebuilds/linux-x64/libpact_ffi.so" "$lib.tmp.$$"
mv -f "$lib.tmp.$$" "$lib"
printf '%s' "$PACT_ENGINE_INTEGRITY" > "$stamp.tmp.$$"
mv -f "$stamp.tmp.$$" "$stamp"
echo "pact engine $PACT_ENGINE_VERSION: integrity verified, extracted ${lib#"$root/"}"
