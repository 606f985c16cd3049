#!/usr/bin/env bash
# Packs every packable project into artifacts/packages, checks what a user sees in each package
# (readme, license, repository, a .snupkg with Source Link: build/check-packages.py), then
# builds and runs each project under tests/PackageConsumers against that local feed, with a
# package cache of its own so nothing stale or in-repo leaks in: proof that the .nupkg files
# work for a new project. It does so once per supported Refit major:
#   - default: the consumers name no Refit and get what the packages' range resolves to
#     (the lowest, 16.4.0), as a new user does;
#   - 17.0.0:  the consumers reference Refit 17 themselves; the packages' range must accept it
#     with no NU1608 (the consumers treat warnings as errors), and the generator's method-shape
#     tests run against it too.
# Both variants share the package cache; each restores and builds into folders of its own.
set -euo pipefail
cd "$(dirname "$0")/.."
feed=artifacts/packages
cache=artifacts/consumer-packages
# The newest Refit major the packages' range (Directory.Packages.props) is tested with.
newest_refit=17.0.0
rm -rf "$feed" "$cache"
for project in generator/*/*.csproj src/*/*.csproj; do
  dotnet pack "$project" -c Release -o "$feed" -nologo -v q
done
ls "$feed"/*.nupkg "$feed"/*.snupkg | sed 's#^#  packed #'

echo "  what a user sees in each package"
python3 build/check-packages.py --self-test "$feed" | sed 's/^/  /'
python3 build/check-packages.py "$feed"

# resolved_refit CONSUMER VARIANT: the Refit version the consumer's restore chose.
resolved_refit() {
  python3 - "$1/obj/$2/project.assets.json" <<'PY'
import json, sys
libraries = json.load(open(sys.argv[1]))["libraries"]
print(",".join(sorted(k.split("/")[1] for k in libraries if k.split("/")[0] == "Refit")) or "none")
PY
}

for refit in "" "$newest_refit"; do
  variant="refit-${refit:-default}"
  for consumer in tests/PackageConsumers/*/; do
    [ -f "$consumer"/*.csproj ] || continue
    consumer=${consumer%/}
    # NUGET_PACKAGES, not --packages: `dotnet run --packages` restores into the given folder but
    # builds against the global package cache, where a stale package of the same version would
    # be used instead of the one just packed.
    out=$(NUGET_PACKAGES="$PWD/$cache" dotnet run --project "$consumer" -p:ConsumerRefitVersion="$refit" -nologo -v q 2>&1) || {
      echo "$out"; echo "  consumer $(basename "$consumer") FAILED on Refit ${refit:-default}"; exit 1; }
    # Restore warnings (NU1608 above all) fail the build already; say so if one ever does not.
    if grep -q "warning" <<<"$out"; then echo "$out"; echo "  consumer $(basename "$consumer"): warnings on restore or build"; exit 1; fi
    used=$(resolved_refit "$consumer" "$variant")
    if [ -n "$refit" ] && [ "$used" != "$refit" ]; then
      echo "  consumer $(basename "$consumer"): asked for Refit $refit, restore chose $used"; exit 1
    fi
    echo "  consumer $(basename "$consumer") on Refit $used, no restore or build warning"
    echo "$out" | sed 's/^/    /'
  done
done

# The generated code calls Refit's helpers for generated code (GeneratedRequestRunner): every
# method shape the generator emits, compiled and run against the newest Refit. Refit 17 also
# needs Microsoft.Extensions 10.0.15 where the repo pins 10.0.13; the generator itself is not
# rebuilt (build/UseGenerator.props).
echo "  method shapes on Refit $newest_refit (tests/AuthClients.Generator.RuntimeTests)"
if ! out=$(dotnet test tests/AuthClients.Generator.RuntimeTests -p:RefitVersion="$newest_refit" \
    -p:MicrosoftExtensionsVersion=10.0.15 -nologo -v q 2>&1); then
  echo "$out"; echo "  method shapes FAILED on Refit $newest_refit"; exit 1
fi
grep -E "Passed!" <<<"$out" | sed 's/^ */    /'
