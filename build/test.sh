#!/usr/bin/env bash
# The one test command (README, .ci/run): restore, fetch the pact engine if missing, build
# with warnings as errors, run every test project, prove the packages work from a feed, and
# smoke-run the benchmarks.
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

echo "==> native AOT sample against the provider mocks"
bash build/aot.sh

# A dry run (each benchmark once, in process) proves the benchmarks still build and run;
# the real figures come from build/bench.sh, never from CI.
echo "==> benchmarks (dry smoke run)"
bench_log=$(mktemp)
if bash build/bench.sh --filter '*' --job dry --inProcess >"$bench_log" 2>&1; then
  grep -E "executed benchmarks" "$bench_log" || true
else
  tail -40 "$bench_log"; rm -f "$bench_log"; echo "$summary"; exit 1
fi
rm -f "$bench_log"

echo "$summary"
