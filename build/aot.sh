#!/usr/bin/env bash
# Native AOT proof (issue: "a sample published with PublishAot=true runs every vendor's flow"):
# publishes samples/AuthClients.AotDemo natively, fails on any IL2xxx/IL3xxx warning from our
# own or generated code, starts every provider mock as its own process on a free loopback
# port, and runs the native binary against them. Links with clang when present, else with gcc
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

pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; }
trap cleanup EXIT

# Starts a mock on a free port and prints its URL once it listens.
start_mock() {
  local project=$1 mlog
  mlog=$(mktemp)
  dotnet build "contracts/mocks/$project" -c Release -nologo -v q >/dev/null
  dotnet "contracts/mocks/$project/bin/Release/net10.0/$project.dll" --urls http://127.0.0.1:0 >"$mlog" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 100); do
    url=$(sed -n 's/.*Now listening on: \(http:[^ ]*\).*/\1/p' "$mlog" | head -1)
    [ -n "$url" ] && { echo "$url"; return; }
    sleep 0.2
  done
  echo "aot: $project did not start:" >&2; cat "$mlog" >&2; exit 1
}

fuse=$(start_mock AuthClients.Mocks.Fuse)
fusev4=$(start_mock AuthClients.Mocks.FuseV4)
saymon=$(start_mock AuthClients.Mocks.Saymon)
resolve=$(start_mock AuthClients.Mocks.ResolveInsights)
datarhei=$(start_mock AuthClients.Mocks.Datarhei)

"$out/AuthClients.AotDemo" "fuse=$fuse" "fuse-v4=$fusev4" "saymon=$saymon" "resolve=$resolve" "datarhei=$datarhei"
