#!/usr/bin/env bash
# The one test command (README, .ci/run, .github/workflows/ci.yml): lint the CI workflow,
# check the docs' links, restore, fetch the pact engine if missing, build with warnings as
# errors, run every test project, check every pact against its spec and replay it with the
# standalone Pact verifier, prove the packages work from a feed (on each supported Refit), run
# the Native AOT sample, smoke-run the benchmarks, and at the end check that no process it
# started is still running.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# Every process this run starts carries this tag in its environment, also one that loses its
# parent, so the end of the run can find what is left (build/lib/processes.sh).
export AUTHCLIENTS_RUN_TAG="test-$$-$(date +%s%N)"
# MSBuild worker nodes would otherwise stay for reuse after each build: legitimately, but the
# leftover check below could not tell them from a leak. The compiler server (VBCSCompiler,
# if the SDK starts one) is shared by every build on the machine and is left out of the check
# by name instead (tagged_processes).
export MSBUILDDISABLENODEREUSE=1
# shellcheck source=lib/processes.sh
source build/lib/processes.sh
# shellcheck source=lib/redis.sh
source build/lib/redis.sh

# Anything tagged still running once the run ends: named, then stopped. On success this fails
# the run; on a failure or an interrupt it only cleans up.
leftovers_stopped() {
  local left pid
  left=$(tagged_processes "$AUTHCLIENTS_RUN_TAG")
  [ -n "$left" ] || return 0
  echo "processes started by this run are still running:"
  echo "$left" | sed 's/^/  /'
  for pid in $(echo "$left" | cut -d' ' -f1); do kill -KILL "$pid" 2>/dev/null || true; done
  return 1
}
trap 'status=$?; trap - EXIT; stop_processes; leftovers_stopped >&2 || true; exit $status' EXIT
trap 'exit 130' INT

# Each step's heading says when it started, so a slow step shows in the log (CI's budget).
step() { echo "==> $* (at ${SECONDS}s)"; }
trap 'exit 143' TERM

step "sources: no tracked file refers to a path outside the repository"
python3 build/check-repo-paths.py --self-test
python3 build/check-repo-paths.py

step "docs: every link resolves, every page reachable from README.md"
python3 build/check-doc-links.py --self-test
python3 build/check-doc-links.py

step "CI workflow (actionlint on .github/workflows)"
bash build/lint-workflows.sh --self-test
bash build/lint-workflows.sh

step "scripts leave nothing running (self-test of build/lib/processes.sh)"
bash build/lib/processes-self-test.sh

step "pact engine"
bash build/fetch-pact-engine.sh

step "build"
dotnet build AuthClients.sln -nologo -v q

# dotnet format loads the Debug build's generator outputs, so it runs after the build.
step "style (dotnet format)"
dotnet format AuthClients.sln --verify-no-changes --no-restore -v q

# The replica tests share sessions through a real Redis: this run's own, stopped at the end.
step "redis-server (this run's own, loopback, persistence off)"
ensure_redis_server
redis_log=$(mktemp)
start_redis_server "$redis_log"
export AUTHCLIENTS_REDIS="127.0.0.1:$REDIS_PORT"
echo "redis-server on $AUTHCLIENTS_REDIS"

step "tests"
log=$(mktemp)
dotnet test AuthClients.sln --no-build -nologo -v q 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
# One closing line for the whole suite, summed over the test projects.
summary=$(sed -n 's/.*Failed: *\([0-9]*\), Passed: *\([0-9]*\),.*/\1 \2/p' "$log" \
  | awk '{f+=$1; p+=$2} END {printf "tests: %d passed, %d failed", p, f}')
rm -f "$log"
[ "$status" -eq 0 ] || { echo "$summary"; exit "$status"; }

# Bi-directional: the pacts the consumer tests wrote must ask only for what the specs promise.
step "pacts against the specs (openapi-pact-comparator)"
bash build/check-pacts-against-specs.sh --self-test
bash build/check-pacts-against-specs.sh || { echo "$summary"; exit 1; }

# Any standard Pact verifier: the Pact Foundation's standalone verifier replays every pact against
# its mock, run as a process of its own. The self-test first proves the tokens it sends are the
# ones the provider states returned: with them taken out, every pact must fail.
step "pacts with the standalone Pact verifier (pact CLI), and the publish commands (dry run)"
bash build/verify-pacts-with-pact-cli.sh --no-build --self-test --verify || { echo "$summary"; exit 1; }
bash build/publish-pacts.sh || { echo "$summary"; exit 1; }

# Real processes sharing one session through Redis, with a forced rotation and a Redis outage.
# A shorter variant than README's (100 callers per worker, 6-second tokens) to fit CI's budget.
step "cluster soak (8 worker processes, Redis, the Fuse mock)"
soak_log=$(mktemp)
if SOAK_CONFIGURATION=Debug bash build/soak-cluster.sh --processes 8 --callers 100 --interval-seconds 6 >"$soak_log" 2>&1; then
  grep -E "^[0-9:.]+ |^cluster soak:" "$soak_log"
  rm -f "$soak_log"
else
  tail -60 "$soak_log"; rm -f "$soak_log"; echo "$summary"; exit 1
fi

step "packages from a local feed"
bash build/pack-and-consume.sh

step "native AOT sample against the provider mocks"
bash build/aot.sh

# A dry run (each benchmark once, in process) proves the benchmarks still build and run;
# the real figures come from build/bench.sh, never from CI.
step "benchmarks (dry smoke run)"
bench_log=$(mktemp)
if bash build/bench.sh --filter '*' --job dry --inProcess >"$bench_log" 2>&1; then
  grep -E "executed benchmarks" "$bench_log" || true
else
  tail -40 "$bench_log"; rm -f "$bench_log"; echo "$summary"; exit 1
fi
rm -f "$bench_log"

step "nothing left running"
stop_processes
rm -f "$redis_log"
leftovers_stopped || { echo "$summary"; exit 1; }
echo "no process started by this run is still running"

echo "$summary"
