#!/usr/bin/env bash
# The cluster soak (docs/replicas.md): Redis, the Fuse v5 mock with tokens
# that all end every interval, and 8 worker processes of 250 concurrent callers sharing one
# Fuse session through Redis; three token expiries and a forced server-side rotation with
# Redis up, then Redis stopped across one expiry and started again. Loopback only; it stops by
# itself (a timeline whose events wait for a moment away from token ends, bounded call
# counts) and leaves nothing running.
#
# Its last line is exactly
#   cluster soak: processes=P calls=N failed=F logins=L expected=E outage_logins=O failed_on_ended_tokens=K
# and it exits non-zero unless every epoch between two token ends had at most one login with
# Redis up (L <= E) and at most P with Redis away, and every failed call renewed and was refused
# only with tokens already ended (F = K); each epoch or call that is off is printed before it.
#
# Options are passed to the conductor: --processes 8 --callers 250 --interval-seconds 10
# --pace-ms 1000 --redis-timeout-ms 1000 (the Redis bound: on 2 cores running 8 workers and the
# mock, 250 ms is missed by a busy machine, not by Redis).
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# shellcheck source=lib/processes.sh
source build/lib/processes.sh
# shellcheck source=lib/redis.sh
source build/lib/redis.sh
stop_processes_on_exit

ensure_redis_server
# test.sh has built Debug already and sets SOAK_CONFIGURATION=Debug; alone, the soak builds Release.
configuration=${SOAK_CONFIGURATION:-Release}
dotnet build tests/AuthClients.ClusterSoak -c "$configuration" -nologo -v q >/dev/null
redis_log=$(mktemp)
start_redis_server "$redis_log"
echo "redis-server on 127.0.0.1:$REDIS_PORT"

# The conductor starts the mock (in its own process) and the workers; it stops and restarts
# Redis itself for the outage. Its process group is stopped on exit whatever happens.
start_process - dotnet "tests/AuthClients.ClusterSoak/bin/$configuration/net10.0/AuthClients.ClusterSoak.dll" \
  conductor --redis-port "$REDIS_PORT" "$@"
conductor=$STARTED_PID
status=0
wait "$conductor" || status=$?
rm -f "$redis_log"
exit "$status"
