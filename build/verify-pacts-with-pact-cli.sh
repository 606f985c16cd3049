#!/usr/bin/env bash
# Any standard Pact verifier, as a provider team runs it: every committed pact in contracts/pacts
# is replayed with the Pact Foundation's standalone verifier (`pact verifier`, pinned in
# pact-cli.env) against its provider mock, started as its own process on a free loopback port,
# provider states set up and torn down through the mock's POST /provider-states. The tokens (and
# SAYMON's user id) the requests carry are the values those states return, so this also proves a
# stock verifier injects them. The mocks are stopped when the script ends, fails or is interrupted.
#   bash build/verify-pacts-with-pact-cli.sh              # every pact must pass
#   bash build/verify-pacts-with-pact-cli.sh --self-test  # with the injection removed, every pact must fail
#   bash build/verify-pacts-with-pact-cli.sh --self-test --verify  # both, against the same mock processes
#   --no-build: the mocks are already built (the test command has just built the solution)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# The mock each pact is verified against (one per provider): contracts/pacts.tsv; a pact
# without a row there fails the run.
source build/lib/pacts-table.sh

modes=() build=true
for arg in "$@"; do
  case $arg in
    --self-test) modes+=(self-test) ;;
    --verify) modes+=(verify) ;;
    --no-build) build=false ;;
    *) echo "verify-pacts: unknown argument $arg"; exit 2 ;;
  esac
done
[ ${#modes[@]} -gt 0 ] || modes=(verify)

pact=$(bash build/fetch-pact-cli.sh | tail -1)

# shellcheck source=lib/processes.sh
source build/lib/processes.sh
stop_processes_on_exit
work=$(mktemp -d)
trap 'stop_processes; rm -rf "$work"' EXIT

# One build, then each mock started in this shell (never in a $(...) subshell, whose PID the
# exit trap could not stop). datarhei's failed-login brake is shortened to 1 s: the verifier's
# own request timeout below is raised past it too, as a provider team verifying a real Core would.
if $build; then
  for project in "${mock_of[@]}"; do
    dotnet build "contracts/mocks/$project" -nologo -v q -nodeReuse:false >/dev/null
  done
fi
for project in "${mock_of[@]}"; do
  extra=()
  [[ $project == AuthClients.Mocks.Datarhei ]] && extra=(--DatarheiMock:FailedLoginDelaySeconds 1)
  start_process "$work/$project.log" dotnet "contracts/mocks/$project/bin/Debug/net10.0/$project.dll" --urls http://127.0.0.1:0 "${extra[@]}"
done

mock_url() { listening_url "$work/$1.log" "verify-pacts: $1"; }

# A copy of PACT without its provider-state generators: the verifier then sends the pact's fixed
# examples, which no provider issued.
strip_generators() {
  python3 - "$1" "$2" <<'PY'
import json, sys
pact = json.load(open(sys.argv[1]))
for interaction in pact["interactions"]:
    interaction["request"].pop("generators", None)
json.dump(pact, open(sys.argv[2], "w"))
PY
}

verify_all() {
local self_test=$1 passed=0 failed=0 file name project url provider target cmd log
for file in contracts/pacts/*.json; do
  name=$(basename "$file")
  project=${mock_of[$name]:-}
  [ -n "$project" ] || { echo "verify-pacts: no row for $name in contracts/pacts.tsv"; exit 1; }
  url=$(mock_url "$project")
  provider=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["provider"]["name"])' "$file")
  target=$file
  if $self_test; then
    target="$work/stripped-$name"
    strip_generators "$file" "$target"
  fi
  # The provider team's command line, with their host and port in place of the mock's.
  cmd=("$pact" verifier --file "$target" --provider-name "$provider"
       --hostname 127.0.0.1 --port "${url##*:}"
       --state-change-url "$url/provider-states" --state-change-teardown
       --request-timeout 10000 --no-colour)
  log="$work/verify-$name.log"
  if "${cmd[@]}" >"$log" 2>&1; then
    if $self_test; then
      echo "  $name: PASSED with the fixed examples; the provider-state values prove nothing"; cat "$log"; failed=$((failed + 1))
    else
      echo "  $name against $project: verified ($(grep -c 'verification)$' "$log") interactions)"; passed=$((passed + 1))
    fi
  else
    if $self_test; then
      echo "  $name without its provider-state values: fails, as it must ($(sed -n 's/^There were \([0-9]*\) pact failures.*/\1/p' "$log") of $(grep -c 'verification)$' "$log") interactions)"; passed=$((passed + 1))
    else
      echo "  $name against $project: FAILED"; cat "$log"; failed=$((failed + 1))
    fi
  fi
done

what=$($self_test && echo "self-test" || echo "pact verifier")
echo "$what: $passed of $((passed + failed)) pacts as expected"
[ "$failed" -eq 0 ]
}

for mode in "${modes[@]}"; do
  if [ "$mode" = self-test ]; then verify_all true; else verify_all false; fi
done
