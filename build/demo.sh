#!/usr/bin/env bash
# The main job: every vendor's documented auth flow against its embedded provider mock,
# each step printed, every secret masked. The demo (dotnet run and the program it starts)
# runs in a process group of its own that is stopped when this script ends, fails or is
# interrupted, so nothing it started outlives it.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# shellcheck source=lib/processes.sh
source build/lib/processes.sh
stop_processes_on_exit
start_process - dotnet run --project samples/AuthClients.Demo -c Release -- "$@"
wait "$STARTED_PID"
