#!/usr/bin/env bash
# Packs every packable project into artifacts/packages, then builds and runs each project
# under tests/PackageConsumers against that local feed, with a package cache of its own so
# nothing stale or in-repo leaks in: proof that the .nupkg files work for a new project.
set -euo pipefail
cd "$(dirname "$0")/.."
feed=artifacts/packages
cache=artifacts/consumer-packages
rm -rf "$feed" "$cache"
for project in generator/*/*.csproj src/*/*.csproj; do
  dotnet pack "$project" -c Release -o "$feed" -nologo -v q
done
ls "$feed"/*.nupkg | sed 's#^#  packed #'
for consumer in tests/PackageConsumers/*/; do
  [ -f "$consumer"/*.csproj ] || continue
  echo "  consumer $(basename "$consumer")"
  # NUGET_PACKAGES, not --packages: `dotnet run --packages` restores into the given folder but
  # builds against the global package cache, where a stale package of the same version would
  # be used instead of the one just packed.
  NUGET_PACKAGES="$PWD/$cache" dotnet run --project "$consumer" -nologo -v q
done
