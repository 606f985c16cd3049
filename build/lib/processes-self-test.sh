#!/usr/bin/env bash
# Proves the process helpers test.sh and the scripts rely on (lib/processes.sh): a script that
# starts a process with start_process leaves nothing behind when it succeeds, fails or is
# terminated, and a process that escaped its parent is still found by its run tag.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=processes.sh
source "$here/processes.sh"

export AUTHCLIENTS_RUN_TAG="self-test-$$-$(date +%s%N)"
failures=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A script that starts a process which itself starts a child, then ends as told.
cat >"$work/starter.sh" <<SCRIPT
set -euo pipefail
source "$here/processes.sh"
stop_processes_on_exit
start_process "$work/child.log" sh -c 'sleep 120 & sleep 121'
# "hang" waits as the scripts do (bench.sh, aot.sh): on a started process, with wait, which a
# signal interrupts at once (a plain foreground command would delay the trap until it ends).
case "\$1" in fail) false ;; hang) start_process - sleep 30; wait "\$STARTED_PID" ;; esac
SCRIPT

expect_none_left() {
  local left
  left=$(tagged_processes "$AUTHCLIENTS_RUN_TAG")
  if [ -n "$left" ]; then
    echo "  after $1: still running:"; echo "$left" | sed 's/^/    /'
    for pid in $(echo "$left" | cut -d' ' -f1); do kill -KILL "$pid" 2>/dev/null || true; done
    failures=$((failures + 1))
  fi
}

bash "$work/starter.sh" ok
expect_none_left "a successful run"
bash "$work/starter.sh" fail || true
expect_none_left "a failed run"
bash "$work/starter.sh" hang &
starter=$!
sleep 1
kill -TERM "$starter"
wait "$starter" || true
expect_none_left "a terminated run"

# An escaped process (its parent gone, re-parented to init) must still be found.
(setsid sleep 122 </dev/null >/dev/null 2>&1 &)
sleep 0.3
escaped=$(tagged_processes "$AUTHCLIENTS_RUN_TAG" | sed -n 's/^\([0-9]*\) sleep 122$/\1/p')
if [ -n "$escaped" ]; then
  kill -KILL "$escaped"
  # SIGKILL is delivered asynchronously: on a loaded machine the process can still be listed
  # for a moment. Wait (bounded) for it to go before checking that nothing is left.
  for _ in $(seq 1 50); do kill -0 "$escaped" 2>/dev/null || break; sleep 0.1; done
else
  echo "  an escaped tagged process was not found"
  failures=$((failures + 1))
fi
expect_none_left "the escaped process was stopped"

[ "$failures" -eq 0 ] || { echo "process self-test: $failures failure(s)"; exit 1; }
echo "process self-test: nothing left after success, failure or TERM; escaped processes are found by tag"
