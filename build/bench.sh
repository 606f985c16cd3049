#!/usr/bin/env bash
# Benchmarks (BenchmarkDotNet). With no arguments: every benchmark, default job; results in
# BenchmarkDotNet.Artifacts/results (GitHub markdown + CSV). Any argument is passed on, e.g.
#   bash build/bench.sh --filter '*ResourceCall*' --job short
#   bash build/bench.sh --filter '*' --job dry --inProcess     # the CI smoke run
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ $# -gt 0 ] || set -- --filter '*'
exec dotnet run -c Release --project bench/AuthClients.Benchmarks -- "$@"
