#!/usr/bin/env bash
# The main job: every vendor's documented auth flow against its embedded provider mock,
# each step printed, every secret masked.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
exec dotnet run --project samples/AuthClients.Demo -c Release -- "$@"
