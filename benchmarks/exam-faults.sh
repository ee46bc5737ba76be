#!/usr/bin/env bash
# Exam day under faults (by hand; not part of the tests): the `exam` benchmark on two nodes behind Debian's nginx
# on a private PostgreSQL started here, with faults during the exam: node 1 is killed with kill -9 (SIGKILL) at
# 40 s and started again at 50 s, PostgreSQL is stopped at 75 s (pg_ctl -m immediate: a crash, recovered from
# its WAL on start) and started at 85 s, node 2 is killed at 105 s and started at 115 s. Learners retry a failed
# step after 2-4 s, as a learner reloads. It prints the acknowledged writes lost (goal 0), the integrity check
# (pg_amcheck and consistency queries), the longest outage a learner saw, and how many learners finished.
#
#   benchmarks/exam-faults.sh [--learners 1000]
#
# Needs PostgreSQL's server binaries (apt-get install postgresql) and nginx (apt-get install nginx). The server
# is a throwaway one in a temporary folder on a free port, durable as in production (fsync and synchronous
# commit on), so a crash may lose only what was never acknowledged. Exits 1 when anything acknowledged is lost.
set -euo pipefail
cd "$(dirname "$0")/.."

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "PostgreSQL's server is needed: apt-get install postgresql" >&2; exit 2; }
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { echo "nginx is needed: apt-get install nginx" >&2; exit 2; }
as_postgres=""
[ "$(id -u)" = 0 ] && as_postgres="runuser -u postgres --"

port=56432
while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
pgdata=$(mktemp -d /tmp/trainingsite-exam-pg-XXXXXX)
[ "$(id -u)" = 0 ] && chown postgres "$pgdata"
$as_postgres "$bin/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 >/dev/null

options="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$pgdata -c max_connections=300"
# Starting again right after a crash can fail while the old server's processes are still going away: try for a minute.
start="$as_postgres $bin/pg_ctl -D $pgdata -l $pgdata/server.log -w -o '$options' start >/dev/null"
export EXAM_POSTGRES_START="for try in \$(seq 60); do $start && exit 0; sleep 1; done; exit 1"
export EXAM_POSTGRES_STOP="$as_postgres $bin/pg_ctl -D $pgdata -m immediate -w stop >/dev/null"
bash -c "$EXAM_POSTGRES_START"
finish() {
  status=$?
  [ "$status" = 0 ] || { echo "--- the end of PostgreSQL's log ---"; tail -n 40 "$pgdata/server.log"; }
  bash -c "$EXAM_POSTGRES_STOP" 2>/dev/null || true
  rm -rf "$pgdata"
}
trap finish EXIT
echo "Private PostgreSQL on 127.0.0.1:$port ($pgdata)"

export TRAININGSITE_BENCH_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres"
export PATH="$bin:$PATH" # pg_amcheck
dotnet run -c Release --project benchmarks/TrainingSite.Benchmarks -- exam --provider postgres --nodes 2 --faults "$@"
