#!/usr/bin/env bash
# Brings each package's PublicAPI.Unshipped.txt in line with what the code (generated code
# included) now exposes, using the APIName that Microsoft.CodeAnalysis.PublicApiAnalyzers
# reports with RS0016 (added) / RS0017 (removed). `dotnet format` cannot apply that code fix
# to generated files, hence this script. Prints the baseline diff; run it on purpose after a
# spec change (build/docs-change.sh does).
set -euo pipefail
cd "$(dirname "$0")/.."
projects=("$@")
[ ${#projects[@]} -gt 0 ] || mapfile -t projects < <(ls src/*/PublicAPI.Unshipped.txt | xargs -n1 dirname)
for project in "${projects[@]}"; do
  for pass in 1 2 3; do
    log=$(mktemp --suffix=.sarif)
    dotnet build "$project" -c Release -nologo -v q "-p:ErrorLog=$log%2Cversion=2.1" >/dev/null 2>&1 || true
    changed=$(python3 - "$log" "$project" <<'PY'
import json, sys, pathlib
log, project = sys.argv[1], pathlib.Path(sys.argv[2])
text = open(log).read()
if not text.strip():
    # No compile ran (the project was up to date with its baseline): nothing to change.
    print(0)
    sys.exit(0)
results = json.loads(text)["runs"][0]["results"]
unshipped = project / "PublicAPI.Unshipped.txt"
lines = unshipped.read_text().splitlines()
header = [l for l in lines if l.startswith("#")] or ["#nullable enable"]
body = {l for l in lines if l and not l.startswith("#")}
before = set(body)
for r in results:
    props = r.get("properties", {}).get("customProperties", {})
    name = props.get("APIName")
    if not name:
        continue
    if r["ruleId"] == "RS0016":
        body.add(name)
    elif r["ruleId"] == "RS0017":
        body.discard(name)
if body != before:
    unshipped.write_text("\n".join(header + sorted(body, key=str.lower)) + "\n")
print(len(body ^ before))
PY
)
    rm -f "$log"
    [ "$changed" = "0" ] && break
  done
  git --no-pager diff --stat -- "$project/PublicAPI.Unshipped.txt" "$project/PublicAPI.Shipped.txt" || true
done
