#!/usr/bin/env bash
# The docs-change drill. After writing what changed on the vendor's page into
# docs/vendors/<vendor>.md and editing the spec in specs/ to follow it:
#   bash build/docs-change.sh
# It rebuilds, refreshes the public API baselines and the pact files, and prints in one go
# what changed: the generated surface (PublicAPI diff), the contract (pact diff) and whether
# every pact still asks only for what its spec promises. Review them with the note and the
# spec, then commit them together.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build/fetch-pact-engine.sh >/dev/null

echo "==> generated surface (PublicAPI.*.txt)"
bash build/update-public-api.sh >/dev/null
git --no-pager diff --color=always -- 'src/*/PublicAPI.*.txt' || true

echo "==> contracts (contracts/pacts)"
AUTHCLIENTS_UPDATE_PACTS=1 dotnet test contracts/AuthClients.Contracts.Tests -c Release -nologo -v q >/dev/null
git --no-pager diff --color=always -- contracts/pacts || true

echo "==> pacts against the specs"
bash build/check-pacts-against-specs.sh || true

echo "==> summary"
git --no-pager diff --stat -- docs/vendors specs 'src/*/PublicAPI.*.txt' contracts/pacts
