#!/usr/bin/env bash
# Sourced by the fetch scripts: one way to bring a pinned npm package into the repo's ignored
# .cache folder. `npm pack` fetches the tarball from whatever registry npm is configured with
# (no host is named here), its sha512 is compared with the pinned integrity (npm's
# "dist.integrity" of that exact version) before anything is extracted, and the result is
# moved into place atomically so a parallel build never sees a half-written folder.

sha512_base64() {
    if command -v openssl >/dev/null 2>&1; then
        openssl dgst -sha512 -binary "$1" | base64 | tr -d '\n'
    else
        sha512sum "$1" | cut -d' ' -f1 | xxd -r -p | base64 | tr -d '\n'
    fi
}

# fetch_npm_package NAME VERSION INTEGRITY WORKDIR
# Packs NAME@VERSION into WORKDIR, checks its integrity and extracts it to WORKDIR/package.
# Prints nothing on success; fails with both integrities on a mismatch.
fetch_npm_package() {
    local name=$1 version=$2 integrity=$3 work=$4 tgz actual
    # Run from the work dir so a package.json or .npmrc elsewhere in the tree cannot change what is packed.
    (cd "$work" && npm pack --silent "$name@$version" >/dev/null)
    tgz=("$work"/*.tgz)
    if [[ ${#tgz[@]} -ne 1 || ! -f "${tgz[0]}" ]]; then
        echo "fetch: npm pack produced no tarball for $name@$version" >&2
        return 1
    fi
    actual="sha512-$(sha512_base64 "${tgz[0]}")"
    if [[ "$actual" != "$integrity" ]]; then
        echo "fetch: INTEGRITY MISMATCH for $name@$version" >&2
        echo "  expected $integrity" >&2
        echo "  actual   $actual" >&2
        return 1
    fi
    tar -xzf "${tgz[0]}" -C "$work"
}
