#!/usr/bin/env bash
# Native AOT proof (issue: "a sample published with PublishAot=true runs every vendor's flow"):
# publishes samples/AuthClients.AotDemo natively, fails on any IL2xxx/IL3xxx warning from our
# own or generated code, starts every provider mock as its own process on a free loopback
# port, and runs the native binary against them; the mocks are stopped when it ends, fails or
# is interrupted. Links with clang when present, else with gcc
# (this machine kind ships gcc, not clang); zlib1g-dev must be installed either way.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

linker=()
if ! command -v clang >/dev/null; then
  command -v gcc >/dev/null || { echo "aot: neither clang nor gcc is installed to link native code"; exit 2; }
  linker=(-p:CppCompilerAndLinker=gcc)
fi

out=artifacts/aot
log=artifacts/aot-publish.log
mkdir -p artifacts
dotnet publish samples/AuthClients.AotDemo -c Release -r linux-x64 -o "$out" -nologo "${linker[@]}" >"$log" 2>&1 \
  || { tail -30 "$log"; exit 1; }
# Warnings whose origin is our code: our assemblies or the generator's output. Warnings from
# third-party assemblies are listed for the record but do not fail the run.
ours=$(grep -E "warning IL[23][0-9]{3}" "$log" | grep -E "AuthClients\.|\.g\.cs" | sort -u || true)
theirs=$(grep -E "warning IL[23][0-9]{3}" "$log" | grep -vE "AuthClients\.|\.g\.cs" | sort -u || true)
[ -z "$theirs" ] || { echo "aot: trim/AOT warnings from dependencies (not ours):"; echo "$theirs" | sed 's/^/  /'; }
[ -z "$ours" ] || { echo "aot: trim/AOT warnings from our code:"; echo "$ours"; exit 1; }
echo "aot: published $(du -h "$out/AuthClients.AotDemo" | cut -f1) native binary, no IL2xxx/IL3xxx warning from our code"

# shellcheck source=lib/processes.sh
source build/lib/processes.sh
stop_processes_on_exit
mocklogs=$(mktemp -d)
trap 'stop_processes; rm -rf "$mocklogs"' EXIT

# Builds every mock first (one build, no node left running), then starts each in this shell,
# never in a command substitution: a PID recorded in a $(...) subshell is lost with it and the
# exit trap would have nothing to stop.
mocks=(AuthClients.Mocks.Fuse AuthClients.Mocks.FuseV4 AuthClients.Mocks.Saymon AuthClients.Mocks.ResolveInsights AuthClients.Mocks.Datarhei)
for project in "${mocks[@]}"; do
  dotnet build "contracts/mocks/$project" -c Release -nologo -v q -nodeReuse:false >/dev/null
done
for project in "${mocks[@]}"; do
  start_process "$mocklogs/$project.log" dotnet "contracts/mocks/$project/bin/Release/net10.0/$project.dll" --urls http://127.0.0.1:0
done

mock_url() { listening_url "$mocklogs/$1.log" "aot: $1"; }

fuse=$(mock_url AuthClients.Mocks.Fuse)
fusev4=$(mock_url AuthClients.Mocks.FuseV4)
saymon=$(mock_url AuthClients.Mocks.Saymon)
resolve=$(mock_url AuthClients.Mocks.ResolveInsights)
datarhei=$(mock_url AuthClients.Mocks.Datarhei)

# Started like the mocks and waited for, so an interrupt stops it at once with them.
start_process - "$out/AuthClients.AotDemo" "fuse=$fuse" "fuse-v4=$fusev4" "saymon=$saymon" "resolve=$resolve" "datarhei=$datarhei"
wait "$STARTED_PID"
