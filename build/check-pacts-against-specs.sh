#!/usr/bin/env bash
# Bi-directional contract check: every committed pact in contracts/pacts is compared with its
# vendor's spec in specs/ by PactFlow's OpenAPI-Pact comparator (pinned in
# pact-comparator.env). A pact that relies on something the spec does not promise (a path,
# a status, a field, a parameter) is an error, and any error fails this script with the
# comparator's own message. Warnings are printed and do not fail.
#   bash build/check-pacts-against-specs.sh              # every pact in contracts/pacts
#   bash build/check-pacts-against-specs.sh --self-test  # proves a mismatch is caught
set -euo pipefail
cd "$(dirname "$0")/.."

# Which spec each pact is checked against: contracts/pacts.tsv. A new pact without a row
# there fails the check, so no pact goes unchecked.
source build/lib/pacts-table.sh

cli=$(bash build/fetch-pact-comparator.sh | tail -1)

# compare PACT SPEC: prints the verdict; returns 1 when the comparator reports an error.
compare() {
  local pact=$1 spec=$2 out status=0
  out=$(node "$cli" --oas "$spec" "$pact" 2>&1) || status=$?
  python3 - "$pact" "$spec" "$status" "$out" <<'PY'
import json, sys
pact, spec, status, out = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
try:
    results = [r for line in out.splitlines() if line.strip() for r in json.loads(line)]
except ValueError:
    print(f"  {pact}: the comparator did not answer with results (exit {status}):\n{out}")
    sys.exit(1)
errors = [r for r in results if r.get("type") == "error"]
for r in results:
    mock, spec_details = r.get("mockDetails") or {}, r.get("specDetails") or {}
    print(f"  {r.get('type', '?')}: [{r.get('code')}] {r.get('message')}")
    print(f"    pact: interaction \"{mock.get('interactionDescription')}\" at {mock.get('location')}")
    print(f"    spec: {spec_details.get('location')}")
verdict = f"{len(errors)} error(s)" if errors else "compatible"
print(f"  {pact} against {spec}: {verdict}")
sys.exit(1 if errors or status != 0 else 0)
PY
}

if [[ ${1:-} == --self-test ]]; then
  # A pact response field the spec does not declare must be reported: if the comparator ever
  # stopped seeing it, the real check would pass while proving nothing.
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  python3 - contracts/pacts/AuthClients.Fuse-FuseUniversal.json "$tmp/pact.json" <<'PY'
import json, sys
pact = json.load(open(sys.argv[1]))
for interaction in pact["interactions"]:
    body = interaction["response"].get("body") or {}
    if isinstance(body.get("content"), dict) and "auth_tokens" in body["content"]:
        body["content"]["undocumented_field"] = "the spec does not promise this"
        break
else:
    sys.exit("self-test: no session interaction to alter")
json.dump(pact, open(sys.argv[2], "w"))
PY
  if compare "$tmp/pact.json" specs/fuse-universal.v5.yaml >"$tmp/out" 2>&1; then
    cat "$tmp/out"; echo "pact-vs-spec self-test: an undeclared response field was NOT reported"; exit 1
  fi
  grep -q "undocumented_field" "$tmp/out" || { cat "$tmp/out"; echo "pact-vs-spec self-test: the error does not name the field"; exit 1; }
  echo "pact-vs-spec self-test: an undeclared response field is reported"
  exit 0
fi

failed=0
shopt -s nullglob
pacts=(contracts/pacts/*.json)
[ ${#pacts[@]} -gt 0 ] || { echo "pact-vs-spec: no pact in contracts/pacts"; exit 1; }
for pact in "${pacts[@]}"; do
  spec=${spec_of[$(basename "$pact")]:-}
  if [ -z "$spec" ]; then
    echo "  $pact: no row for it in contracts/pacts.tsv"; failed=1; continue
  fi
  compare "$pact" "$spec" || failed=1
done
[ "$failed" -eq 0 ] || { echo "pact-vs-spec: a pact relies on what its spec does not promise (see above)"; exit 1; }
echo "pact-vs-spec: ${#pacts[@]} pacts compatible with their specs"
