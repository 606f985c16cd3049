#!/usr/bin/env bash
# Fetches libpact_ffi.so from the pinned npm package into .cache/pact/<version>/.
# Idempotent: a cached library whose stamp records the pinned integrity is left alone.
# Uses `npm pack`, so whatever registry npm is configured with is used; no host is named here.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=pact-engine.env
source "$here/pact-engine.env"

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

sha512_base64() {
    if command -v openssl >/dev/null 2>&1; then
        openssl dgst -sha512 -binary "$1" | base64 | tr -d '\n'
    else
        sha512sum "$1" | cut -d' ' -f1 | xxd -r -p | base64 | tr -d '\n'
    fi
}

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "pact engine $PACT_ENGINE_VERSION: fetching $PACT_ENGINE_PACKAGE with npm pack into ${dest#"$root/"}"
# Run from the temp dir so a package.json or .npmrc elsewhere in the tree cannot change what is packed.
(cd "$work" && npm pack --silent "$PACT_ENGINE_PACKAGE@$PACT_ENGINE_VERSION" >/dev/null)
tgz=("$work"/*.tgz)
if [[ ${#tgz[@]} -ne 1 || ! -f "${tgz[0]}" ]]; then
    echo "fetch-pact-engine: npm pack produced no tarball" >&2
    exit 1
fi

actual="sha512-$(sha512_base64 "${tgz[0]}")"
if [[ "$actual" != "$PACT_ENGINE_INTEGRITY" ]]; then
    echo "fetch-pact-engine: INTEGRITY MISMATCH for $PACT_ENGINE_PACKAGE@$PACT_ENGINE_VERSION" >&2
    echo "  expected $PACT_ENGINE_INTEGRITY" >&2
    echo "  actual   $actual" >&2
    exit 1
fi

tar -xzf "${tgz[0]}" -C "$work" package/prebuilds/linux-x64/libpact_ffi.so
mkdir -p "$dest"
# Move into place atomically (same directory, then rename) so a parallel build never loads a half-written file.
cp "$work/package/prebuilds/linux-x64/libpact_ffi.so" "$lib.tmp.$$"
mv -f "$lib.tmp.$$" "$lib"
printf '%s' "$PACT_ENGINE_INTEGRITY" > "$stamp.tmp.$$"
mv -f "$stamp.tmp.$$" "$stamp"
echo "pact engine $PACT_ENGINE_VERSION: integrity verified, extracted ${lib#"$root/"}"
