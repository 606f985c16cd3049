#!/usr/bin/env bash
# The docs-change drill. After editing a spec in specs/ to follow a vendor's new docs:
#   bash build/docs-change.sh
# It rebuilds, refreshes the public API baselines and the pact files, and prints in one go
# what changed: the generated surface (PublicAPI diff) and the contract (pact diff).
# Review both, then commit them with the spec.
set -euo pipefail
cd "$(dirname "$0")/.."
bash build/fetch-pact-engine.sh >/dev/null

echo "==> generated surface (PublicAPI.*.txt)"
bash build/update-public-api.sh >/dev/null
git --no-pager diff --color=always -- 'src/*/PublicAPI.*.txt' || true

echo "==> contracts (contracts/pacts)"
AUTHCLIENTS_UPDATE_PACTS=1 dotnet test contracts/AuthClients.Contracts.Tests -c Release -nologo -v q >/dev/null
git --no-pager diff --color=always -- contracts/pacts || true

echo "==> summary"
git --no-pager diff --stat -- specs 'src/*/PublicAPI.*.txt' contracts/pacts
