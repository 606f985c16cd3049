#!/usr/bin/env bash
# The one test command (README, .ci/run): restore, fetch the pact engine if missing, build
# with warnings as errors, run every test project, and prove the packages work from a feed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "==> pact engine"
bash build/fetch-pact-engine.sh

echo "==> build"
dotnet build AuthClients.sln -nologo -v q

# dotnet format loads the Debug build's generator outputs, so it runs after the build.
echo "==> style (dotnet format)"
dotnet format AuthClients.sln --verify-no-changes --no-restore -v q

echo "==> tests"
dotnet test AuthClients.sln --no-build -nologo -v q

echo "==> packages from a local feed"
bash build/pack-and-consume.sh
