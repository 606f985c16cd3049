#!/usr/bin/env bash
# Sourced by the scripts that start processes (aot.sh, bench.sh) and by test.sh, which checks
# that nothing it started outlives it.
#
# start_process LOG CMD... starts CMD in the background in a process group of its own (setsid)
# with stdout and stderr in LOG (- keeps the script's own), remembers it, and sets STARTED_PID. stop_processes ends every
# remembered group: TERM, up to 10 s for a clean exit, then KILL. stop_processes_on_exit
# installs the traps that call it when the script ends, fails or is interrupted (EXIT; INT and
# TERM exit through EXIT). A group, not a PID, because a command may start children of its own
# (dotnet run starts the program it built; BenchmarkDotNet starts one process per benchmark).

STARTED_PIDS=()
STARTED_PID=

start_process() {
  local log=$1
  shift
  # Started from a non-interactive shell, the job is not a group leader, so setsid makes the
  # new session in place and $! is the group's id.
  if [ "$log" = - ]; then
    setsid "$@" </dev/null &
  else
    setsid "$@" >"$log" 2>&1 </dev/null &
  fi
  STARTED_PID=$!
  STARTED_PIDS+=("$STARTED_PID")
  # Until setsid has run, the group does not exist and stopping it would miss the process.
  local stat rest pgrp _
  for _ in $(seq 1 100); do
    read -r stat </proc/"$STARTED_PID"/stat 2>/dev/null || return 0   # already gone
    rest=${stat##*) }                 # fields after "pid (comm) "
    read -r _ _ pgrp _ <<<"$rest"     # state ppid pgrp ...
    [ "$pgrp" = "$STARTED_PID" ] && return 0
    sleep 0.01
  done
}

stop_processes() {
  local pid alive=() waited
  for pid in "${STARTED_PIDS[@]}"; do
    if kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null; then alive+=("$pid"); fi
  done
  for waited in $(seq 1 50); do
    local still=()
    for pid in "${alive[@]}"; do
      if kill -0 -- "-$pid" 2>/dev/null || kill -0 "$pid" 2>/dev/null; then still+=("$pid"); fi
    done
    alive=("${still[@]}")
    [ ${#alive[@]} -eq 0 ] && break
    sleep 0.2
  done
  for pid in "${alive[@]}"; do
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}

stop_processes_on_exit() {
  trap stop_processes EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
}

# The run tag: every process a run of test.sh starts inherits AUTHCLIENTS_RUN_TAG, also the
# ones that escape their parent (a background job whose PID was lost is re-parented to init
# but keeps its environment). tagged_processes lists them as "PID command line", leaving out
# the calling shell and the compiler and MSBuild servers: those are shared by every build on
# the machine and are meant to outlive one (test.sh also turns MSBuild node reuse off).
tagged_processes() {
  local tag=$1 dir pid cmd
  for dir in /proc/[0-9]*; do
    pid=${dir#/proc/}
    [ "$pid" = "$$" ] && continue
    [ "$pid" = "$BASHPID" ] && continue
    # Builtins only: a forked helper would itself carry the tag.
    [ -r "$dir/environ" ] || continue
    local env_lines=() cmd_parts=()
    mapfile -d "" env_lines 2>/dev/null <"$dir/environ" || continue
    local found=0 entry
    for entry in "${env_lines[@]}"; do
      if [ "$entry" = "AUTHCLIENTS_RUN_TAG=$tag" ]; then found=1; break; fi
    done
    [ $found -eq 1 ] || continue
    mapfile -d "" cmd_parts 2>/dev/null <"$dir/cmdline" || continue
    cmd="${cmd_parts[*]}"
    case "$cmd" in
      *VBCSCompiler*|*/MSBuild.dll*nodemode*|*/MSBuild.dll*nodeMode*|*rzc.dll*server*|"") continue ;;
    esac
    printf '%s %s\n' "$pid" "$cmd"
  done
}

# listening_url LOG WHO: the URL a Kestrel process started with --urls http://127.0.0.1:0
# listens on, read from its LOG once it says so (30 s at most). On a time-out WHO is named
# with the log, so a mock that failed to start says why.
listening_url() {
  local log=$1 who=$2 url
  for _ in $(seq 1 150); do
    url=$(sed -n 's/.*Now listening on: \(http:[^ ]*\).*/\1/p' "$log" | head -1)
    [ -n "$url" ] && { echo "$url"; return 0; }
    sleep 0.2
  done
  echo "$who did not start:" >&2
  cat "$log" >&2
  return 1
}
