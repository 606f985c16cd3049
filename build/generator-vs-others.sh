#!/usr/bin/env bash
# This generator beside NSwag's CLI and Kiota on the same documents, in one run: generated lines,
# generation time (for the CLIs; ours runs inside the build) and the consumer's build time.
#   bash build/generator-vs-others.sh [--runs R] [N ...] [document.yaml|.json ...]
# N: a synthetic OpenAPI 3.0 document of N operations (build/gen-synthetic-spec.py); a path: a
# document of your own (e.g. a generator test fixture). Default: 100 300 1000.
# Each consumer is a fresh net10.0 library in a temporary folder, outside the repo's build
# settings. A build is a clean Release build after an untimed restore, with the compiler in the
# build's own process (no shared compiler server, whose CPU time `time` would not see); each is run
# R times (default 3) alternating between the generators, and the fastest run is kept. "CPU" is
# user + system seconds: on a busy machine it moves less than wall time, so compare the ratios
# to Kiota in the same run, not figures across runs. Prints a markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 MSBUILDDISABLENODEREUSE=1
# shellcheck source=kiota.env
source build/kiota.env

runs=3 inputs=()
while [ $# -gt 0 ]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    *) inputs+=("$1"); shift ;;
  esac
done
[ ${#inputs[@]} -gt 0 ] || inputs=(100 300 1000)

nswag_version=$(sed -n 's/.*Include="NSwag.MSBuild" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
nswag=$(ls -d "${NUGET_PACKAGES:-$HOME/.nuget/packages}/nswag.msbuild/$nswag_version/tools/Net100" 2>/dev/null)/dotnet-nswag.dll
[ -f "$nswag" ] || { echo "NSwag.MSBuild $nswag_version is not restored (restore a mocks project first)"; exit 1; }

# Kiota's CLI, pinned, as a dotnet tool in the ignored .cache folder.
kiota_dir=.cache/kiota-$KIOTA_VERSION
[ -x "$kiota_dir/kiota" ] || dotnet tool install Microsoft.OpenApi.Kiota --version "$KIOTA_VERSION" --tool-path "$kiota_dir" >/dev/null
# Kiota looks for a newer release of itself on every run. Without a network of its own (a fresh
# network namespace, as root) that look-up fails at once and sends nothing; elsewhere a proxy on a
# closed loopback port refuses it. Either way the generated code is the same.
kiota() {
  if unshare -n true 2>/dev/null; then unshare -n "$repo/$kiota_dir/kiota" "$@"
  else HTTPS_PROXY=http://127.0.0.1:9 HTTP_PROXY=http://127.0.0.1:9 "$repo/$kiota_dir/kiota" "$@"; fi
}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Build.targets"
# Ours as a user gets it: the packed generator's analyzers folder (what NuGet hands the compiler).
dotnet pack generator/AuthClients.Generator -c Release -nologo -v q -o "$work/feed" >/dev/null
mkdir -p "$work/analyzer"
(cd "$work/analyzer" && unzip -q -j "$work"/feed/AuthClients.Generator.*.nupkg 'analyzers/dotnet/cs/*.dll' 'build/*.props')
analyzer_items=$(for dll in "$work"/analyzer/*.dll; do echo "    <Analyzer Include=\"$dll\" />"; done)

seconds() { local start; start=$(date +%s.%N); "$@" >/dev/null; printf "%.1f" "$(echo "$(date +%s.%N) - $start" | bc)"; }
lines() { cat "$@" | wc -l; }
# clean_build DIR: wall and CPU seconds of a clean Release build of DIR's project (restored).
clean_build() {
  rm -rf "$1/bin" "$1/obj/Release"
  local t; t=$(mktemp)
  /usr/bin/time -f "%e %U %S" -o "$t" dotnet build "$1" -c Release --no-restore -nologo -v q -p:UseSharedCompilation=false >/dev/null \
    || { echo "build of $1 failed" >&2; dotnet build "$1" -c Release --no-restore -nologo -v q -p:UseSharedCompilation=false | tail -20 >&2; rm -f "$t"; return 1; }
  awk '{printf "%.1f %.1f\n", $1, $2 + $3}' "$t"; rm -f "$t"
}
# min of "wall cpu" pairs, by CPU.
fastest() { sort -k2 -n | head -1; }

project() { # project ITEMS [EXTRA]: a net10.0 library with ITEMS in its ItemGroup and EXTRA after it
  cat <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <NoWarn>\$(NoWarn);CS8669;CS0618;CS0108;CS0114;CS8600;CS8601;CS8602;CS8603;CS8604;CS8618;CS8625</NoWarn>
  </PropertyGroup>
  <ItemGroup>
$1
  </ItemGroup>
${2:-}
</Project>
XML
}

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(uname -sr), .NET SDK $(dotnet --version), $(date -u +%F)."
echo
echo "| document | generator | generated lines | generation (s) | build wall (s) | build CPU (s) | CPU vs Kiota |"
echo "|---|---|---|---|---|---|---|"
i=0
for input in "${inputs[@]}"; do
  i=$((i + 1)); dir="$work/$i"; mkdir -p "$dir/ours" "$dir/nswag" "$dir/kiota"
  if [[ $input =~ ^[0-9]+$ ]]; then
    label="synthetic, $input operations"; doc="$dir/api.yaml"
    python3 build/gen-synthetic-spec.py "$input" "$doc"
  else
    label=$(basename "$input"); doc="$dir/$(basename "$input")"; cp "$input" "$doc"
  fi

  project "    <PackageReference Include=\"Refit\" Version=\"16.4.0\" />
$analyzer_items
    <AdditionalFiles Include=\"$doc\" AuthClientsSpec=\"true\" AuthClientsClientName=\"Api\" AuthClientsNamespace=\"Ours\" />" \
    "  <Import Project=\"$work/analyzer/AuthClients.Generator.props\" />" > "$dir/ours/Ours.csproj"

  nswag_gen=$(seconds dotnet "$nswag" openapi2csclient /input:"$doc" /output:"$dir/nswag/Client.cs" /namespace:Theirs /JsonLibrary:SystemTextJson /GenerateClientInterfaces:true)
  project "" > "$dir/nswag/Theirs.csproj"

  kiota_gen=$(seconds kiota generate -l CSharp -d "$doc" -o "$dir/kiota/Client" -c ApiClient -n Kiota --log-level Error)
  kiota_packages=""
  for p in Abstractions Http.HttpClientLibrary Serialization.Json Serialization.Form Serialization.Text Serialization.Multipart; do
    kiota_packages+="    <PackageReference Include=\"Microsoft.Kiota.$p\" Version=\"$KIOTA_LIBRARIES_VERSION\" />"$'\n'
  done
  project "$kiota_packages" > "$dir/kiota/Kiota.csproj"

  for g in ours nswag kiota; do dotnet restore "$dir/$g" -v q >/dev/null; done
  declare -A result=()
  for ((r = 0; r < runs; r++)); do
    for g in kiota ours nswag; do result[$g]+="$(clean_build "$dir/$g")"$'\n'; done
  done
  kiota_cpu=$(printf "%s" "${result[kiota]}" | fastest | cut -d' ' -f2)
  row() { # row NAME LINES GENERATION KEY
    local best; best=$(printf "%s" "${result[$4]}" | fastest)
    printf "| %s | %s | %s | %s | %s | %s | %.2f |\n" "$label" "$1" "$2" "$3" "${best% *}" "${best#* }" "$(echo "${best#* } / $kiota_cpu" | bc -l)"
  }
  row "AuthClients.Generator" "$(lines $(find "$dir/ours/obj" -name '*.g.cs' -path '*OpenApiGenerator*'))" "(in the build)" ours
  row "Kiota $KIOTA_VERSION" "$(lines $(find "$dir/kiota/Client" -name '*.cs'))" "$kiota_gen" kiota
  # NSwag's CLI can end without writing a client (it gave up on a document's unions): say so
  # rather than time the build of an empty project.
  if [ -f "$dir/nswag/Client.cs" ]; then
    row "NSwag $nswag_version" "$(lines "$dir/nswag/Client.cs")" "$nswag_gen" nswag
  else
    printf "| %s | %s | no client generated | %s | — | — | — |\n" "$label" "NSwag $nswag_version" "$nswag_gen"
  fi
  unset result
done
