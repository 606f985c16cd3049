#!/usr/bin/env bash
# Publishes the committed pacts to a Pact Broker with the Broker's conventions, using the pinned
# standalone `pact` CLI (pact-cli.env):
#   consumer version = the git commit SHA the pacts were committed at,
#   --branch         = the git branch (CI's branch variables first),
# then asks can-i-deploy for each consumer (AuthClients.<Vendor>) before its package is released,
# and shows the record-release that follows a release.
#   bash build/publish-pacts.sh         # dry run: checks and prints the exact commands, contacts nothing
#   bash build/publish-pacts.sh --run   # runs them; needs PACT_BROKER_BASE_URL and PACT_BROKER_TOKEN
#                                       # (or PACT_BROKER_USERNAME/PASSWORD), read by the CLI itself
# PACT_ENVIRONMENT names the Broker environment (default: production).
set -euo pipefail
cd "$(dirname "$0")/.."

run=false
[[ ${1:-} == --run ]] && run=true

pact=$(bash build/fetch-pact-cli.sh | tail -1)
pact=${pact#"$PWD/"}   # printed relative to the repository root, where it runs
version=$(git rev-parse HEAD)
branch=${PACT_BRANCH:-${GITHUB_HEAD_REF:-${GITHUB_REF_NAME:-$(git rev-parse --abbrev-ref HEAD)}}}
environment=${PACT_ENVIRONMENT:-production}

# The version names a commit, so what is published must be exactly what that commit holds.
if ! git diff --quiet HEAD -- contracts/pacts || [ -n "$(git ls-files --others --exclude-standard contracts/pacts)" ]; then
  echo "publish-pacts: contracts/pacts differs from commit $version; commit the pacts first (the consumer version is that commit's SHA)" >&2
  $run && exit 1
fi

mapfile -t consumers < <(python3 - contracts/pacts/*.json <<'PY'
import json, sys
names = set()
for path in sys.argv[1:]:
    pact = json.load(open(path))
    if pact.get("metadata", {}).get("pactSpecification", {}).get("version") != "4.0":
        sys.exit(f"publish-pacts: {path} is not a Pact V4 file")
    names.add(pact["consumer"]["name"])
print("\n".join(sorted(names)))
PY
)

build_url=()
if [[ -n ${GITHUB_RUN_ID:-} ]]; then
  build_url=(--build-url "$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID")
fi

publish=("$pact" broker publish contracts/pacts --consumer-app-version "$version" --branch "$branch" "${build_url[@]}")
can_i_deploy() { echo "$pact" broker can-i-deploy --pacticipant "$1" --version "$version" --to-environment "$environment" --retry-while-unknown 6 --retry-interval 10; }
record_release() { echo "$pact" broker record-release --pacticipant "$1" --version "$version" --environment "$environment"; }

# Every flag used must exist in this CLI version's own help, so the printed commands are runnable.
for pair in "publish:--consumer-app-version --branch --build-url" \
            "can-i-deploy:--pacticipant --version --to-environment --retry-while-unknown --retry-interval" \
            "record-release:--pacticipant --version --environment"; do
  sub=${pair%%:*}
  help=$("$pact" broker "$sub" --help)
  for flag in ${pair#*:}; do
    grep -q -- "$flag" <<<"$help" || { echo "publish-pacts: pact broker $sub has no $flag in CLI $(basename "$(dirname "$pact")")" >&2; exit 1; }
  done
done

echo "consumer version: $version (git SHA)   branch: $branch   environment: $environment"
echo "consumers: ${consumers[*]}"
echo
echo "# 1. publish (after the consumer tests regenerated contracts/pacts and they are committed)"
echo "${publish[*]}"
echo "# 2. before releasing a consumer's package: has every provider verified this version?"
for consumer in "${consumers[@]}"; do can_i_deploy "$consumer"; done
echo "# 3. after releasing it"
for consumer in "${consumers[@]}"; do record_release "$consumer"; done

if ! $run; then
  echo
  echo "publish-pacts: dry run, nothing sent (no broker here); --run with PACT_BROKER_BASE_URL set runs 1 and 2"
  exit 0
fi

: "${PACT_BROKER_BASE_URL:?publish-pacts --run needs PACT_BROKER_BASE_URL (and PACT_BROKER_TOKEN or PACT_BROKER_USERNAME/PASSWORD)}"
"${publish[@]}"
for consumer in "${consumers[@]}"; do
  # shellcheck disable=SC2046 # the command is built word by word above
  $(can_i_deploy "$consumer")
done
