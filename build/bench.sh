#!/usr/bin/env bash
# Benchmarks (BenchmarkDotNet); results in BenchmarkDotNet.Artifacts/results (GitHub markdown + CSV).
# With no arguments: every benchmark but the renewal load (minutes of wall time each; run it
# with `--filter '*RenewalLoad*'`), three launches of 15 iterations each. Loopback round trips
# vary more between processes than within one, so one launch (BenchmarkDotNet's default) gives
# ratios that move by ±25 % from run to run, and its noise-driven iteration count runs for hours
# here. Any argument replaces that default and is passed on, e.g.
#   bash build/bench.sh --filter '*ClientOverhead*' --launchCount 3 --iterationCount 15
#   bash build/bench.sh --filter '*' --job dry --inProcess     # the CI smoke run
#   bash build/bench.sh renewal [seconds] [callers]             # callers across renewals: the table
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# A full rebuild: BenchmarkDotNet's own child builds share obj/ with this project, after which
# an incremental build was seen to keep a stale assembly (a new benchmark missing from the run).
dotnet build bench/AuthClients.Benchmarks -c Release --no-incremental -v quiet -nologo -nodeReuse:false
if [ $# -eq 0 ]; then
  # BenchmarkDotNet has no exclusion filter: list the benchmark classes and leave one out.
  mapfile -t classes < <(dotnet run -c Release --no-build --project bench/AuthClients.Benchmarks -- --list flat |
    grep '^AuthClients\.Benchmarks\.' | grep -v '^AuthClients\.Benchmarks\.Renewal\.' | sed 's/\.[^.]*$/.*/' | sort -u)
  [ ${#classes[@]} -gt 0 ] || { echo "bench: no benchmark listed"; exit 1; }
  set -- --filter "${classes[@]}" --launchCount 3 --warmupCount 3 --iterationCount 15
fi
# In a process group of its own, stopped with everything it started (BenchmarkDotNet runs each
# benchmark in a child process) when this script ends, fails or is interrupted.
# shellcheck source=lib/processes.sh
source build/lib/processes.sh
# shellcheck source=lib/redis.sh
source build/lib/redis.sh
stop_processes_on_exit
# The shared-session benchmark needs a Redis: the caller's (test.sh), or one of this run's own.
if [ -z "${AUTHCLIENTS_REDIS:-}" ]; then
  ensure_redis_server
  bench_redis_log=$(mktemp)
  start_redis_server "$bench_redis_log"
  export AUTHCLIENTS_REDIS="127.0.0.1:$REDIS_PORT"
fi
start_process - dotnet run -c Release --no-build --project bench/AuthClients.Benchmarks -- "$@"
wait "$STARTED_PID"
