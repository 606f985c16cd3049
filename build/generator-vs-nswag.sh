#!/usr/bin/env bash
# Generated size and consumer build time for synthetic documents of N operations
# (build/gen-synthetic-spec.py), for this generator and for NSwag's CLI (NSwag.MSBuild, the
# version in Directory.Packages.props) generating a System.Text.Json client from the same document.
#   bash build/generator-vs-nswag.sh 10 100 1000
# Each consumer is a fresh net10.0 library in a temporary folder, outside the repo's build
# settings; "build" is a clean `dotnet build` after an untimed restore. Prints a markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
[ $# -gt 0 ] || set -- 10 100 1000
nswag_version=$(sed -n 's/.*Include="NSwag.MSBuild" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
nswag=$(ls -d "${NUGET_PACKAGES:-$HOME/.nuget/packages}/nswag.msbuild/$nswag_version/tools/Net100" 2>/dev/null)/dotnet-nswag.dll
[ -f "$nswag" ] || { echo "NSwag.MSBuild $nswag_version is not restored (restore a mocks project first)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo '<Project />' > "$work/Directory.Build.props"
echo '<Project />' > "$work/Directory.Build.targets"
dotnet build generator/AuthClients.Generator -c Release -nologo -v q >/dev/null

seconds() { local start=$(date +%s.%N); "$@" >/dev/null; printf "%.1f" "$(echo "$(date +%s.%N) - $start" | bc)"; }
lines() { cat "$@" | wc -l; }

echo "| operations | generator | generated lines | lines per operation | generation (s) | consumer build (s) |"
echo "|---|---|---|---|---|---|"
for n in "$@"; do
  dir="$work/$n"
  mkdir -p "$dir/ours" "$dir/nswag"
  python3 build/gen-synthetic-spec.py "$n" "$dir/api.yaml"

  cat > "$dir/ours/Ours.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Refit" Version="16.4.0" />
    <ProjectReference Include="$repo/generator/AuthClients.Generator/AuthClients.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" SetConfiguration="Configuration=Release" />
    <AdditionalFiles Include="../api.yaml" />
  </ItemGroup>
  <Import Project="$repo/generator/AuthClients.Generator/build/AuthClients.Generator.props" />
</Project>
XML
  dotnet restore "$dir/ours" -v q >/dev/null
  ours_build=$(seconds dotnet build "$dir/ours" -c Release --no-restore -nologo -v q)
  ours_lines=$(lines $(find "$dir/ours/obj" -name '*.g.cs' -path '*OpenApiGenerator*'))
  echo "| $n | AuthClients.Generator | $ours_lines | $((ours_lines / n)) | (in the build) | $ours_build |"

  nswag_gen=$(seconds dotnet "$nswag" openapi2csclient /input:"$dir/api.yaml" /output:"$dir/nswag/Client.cs" /namespace:Theirs /JsonLibrary:SystemTextJson /GenerateClientInterfaces:true)
  cat > "$dir/nswag/Theirs.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>disable</Nullable>
    <NoWarn>\$(NoWarn);CS8669;CS0618;CS0108;CS0114</NoWarn>
  </PropertyGroup>
</Project>
XML
  dotnet restore "$dir/nswag" -v q >/dev/null
  nswag_build=$(seconds dotnet build "$dir/nswag" -c Release --no-restore -nologo -v q)
  nswag_lines=$(lines "$dir/nswag/Client.cs")
  echo "| $n | NSwag $nswag_version | $nswag_lines | $((nswag_lines / n)) | $nswag_gen | $nswag_build |"
done
