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
log=$(mktemp)
dotnet test AuthClients.sln --no-build -nologo -v q 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One closing line for the whole suite, summed over the test projects.
summary=$(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\),.*/\1 \2/p' "$log" \
  | awk '{f+=$1; p+=$2} END {printf "tests: %d passed, %d failed", p, f}')
rm -f "$log"
[ "$status" -eq 0 ] || { echo "$summary"; exit "$status"; }

echo "==> packages from a local feed"
bash build/pack-and-consume.sh

echo "$summary"
