#!/usr/bin/env bash
# Sourced by test.sh and soak-cluster.sh (after build/lib/processes.sh): a real redis-server,
# Debian's, on a free loopback port with persistence off, started as a remembered process so
# stop_processes ends it.
#
# ensure_redis_server installs Debian's redis-server when it is missing, like any other
# prerequisite. start_redis_server LOG [PORT] starts one (on PORT, or a free port) and sets
# REDIS_PORT once it answers PING.

ensure_redis_server() {
  command -v redis-server >/dev/null && return 0
  echo "redis-server is missing: installing Debian's package"
  local sudo=
  [ "$(id -u)" -eq 0 ] || sudo=sudo
  $sudo apt-get install -y -q redis-server >/dev/null 2>&1 \
    || { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q redis-server >/dev/null; }
  command -v redis-server >/dev/null || { echo "could not install redis-server" >&2; return 1; }
}

free_loopback_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

redis_answers() {
  local port=$1 reply
  { exec 9<>/dev/tcp/127.0.0.1/"$port"; } 2>/dev/null || return 1
  printf 'PING\r\n' >&9
  read -r -t 1 reply <&9 || true
  exec 9>&-
  [[ $reply == +PONG* ]]
}

start_redis_server() {
  local log=$1 port=${2:-$(free_loopback_port)} _
  # --save "" and --appendonly no: nothing reaches the disk, a restart starts empty.
  start_process "$log" redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --protected-mode yes
  for _ in $(seq 1 100); do
    if redis_answers "$port"; then
      REDIS_PORT=$port
      return 0
    fi
    sleep 0.05
  done
  echo "redis-server did not answer on port $port; its log:" >&2
  cat "$log" >&2
  return 1
}
