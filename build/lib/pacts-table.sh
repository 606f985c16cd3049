#!/usr/bin/env bash
# Sourced by the pact scripts: reads contracts/pacts.tsv, the one list of committed pacts,
# into spec_of[pact file] and mock_of[pact file], so a new pact is named in one place.
declare -A spec_of=() mock_of=()
while IFS=$'\t' read -r pact spec mock; do
  case $pact in '#'* | '') continue ;; esac
  [ -n "$spec" ] && [ -n "$mock" ] || { echo "contracts/pacts.tsv: '$pact' needs a spec and a mock project" >&2; exit 1; }
  spec_of[$pact]=$spec
  mock_of[$pact]=$mock
done <contracts/pacts.tsv
