#!/usr/bin/env bash
# Times `sqlbundle verify` on a generated chain next to replaying the same upgrade + downgrade bundles raw through
# the client, on SQLite and on postgres:15 (embedded PostgreSQL when Docker is absent). See bench/README.md.
# Environment: REVISIONS (100), SEED (1), SQLBUNDLE (the launcher), CHAINS (where chains go), IMAGE (postgres:15).
set -euo pipefail
shopt -s inherit_errexit # a failing step inside $(...) stops the script too

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REVISIONS="${REVISIONS:-100}"
SEED="${SEED:-1}"
SQLBUNDLE="${SQLBUNDLE:-$ROOT/bin/sqlbundle}"
CHAINS="${CHAINS:-$ROOT/bench/target-chains}" # git-ignored (target*/)
IMAGE="${IMAGE:-postgres:15}"

command -v sqlite3 >/dev/null || { echo "needs the sqlite3 client (apt-get install sqlite3)" >&2; exit 2; }

WORK="$(mktemp -d)"
RUN_ID="$(basename "$WORK")"
# the raw PostgreSQL run starts its container inside $(...), so cleanup finds it by this run's label
cleanup() {
  if command -v docker >/dev/null; then
    docker ps -aq --filter "label=org.sqlbundle.bench=$RUN_ID" | xargs -r docker rm -f >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

chain="$CHAINS/chain-$REVISIONS-seed$SEED"
[ -d "$chain" ] || java "$ROOT/bench/GenerateChain.java" "$chain" "$REVISIONS" "$SEED" >&2

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Prints "<seconds> <exit code>" of one verify run; its report stays in $WORK/verify-<target>.log.
time_verify() {
  local t0 t1 code=0
  t0="$(now)"
  "$SQLBUNDLE" verify --dir "$chain" --target "$1" >"$WORK/verify-$1.log" 2>&1 || code=$?
  t1="$(now)"
  if [ "$code" -ge 2 ]; then
    echo "verify --target $1 failed (exit $code):" >&2
    tail -n 20 "$WORK/verify-$1.log" >&2
    exit 1
  fi
  echo "$(seconds "$t0" "$t1") $code"
}

# The raw baseline: the whole-range upgrade bundle then the downgrade bundle, through the client, once.
bundle_for() {
  "$SQLBUNDLE" compile --dir "$chain" --dialect "$1" --out "$WORK/bundles-$1" >/dev/null
}

time_raw_sqlite() {
  bundle_for sqlite
  local t0 t1
  t0="$(now)"
  sqlite3 -bail "$WORK/raw.db" <"$WORK/bundles-sqlite/sqlite/upgrade.sql" >/dev/null
  sqlite3 -bail "$WORK/raw.db" <"$WORK/bundles-sqlite/sqlite/downgrade.sql" >/dev/null
  t1="$(now)"
  seconds "$t0" "$t1"
}

time_raw_postgres() {
  bundle_for postgresql
  local container
  container="$(docker run -d -e POSTGRES_USER=test -e POSTGRES_PASSWORD=test -e POSTGRES_DB=test --label "org.sqlbundle.bench=$RUN_ID" "$IMAGE")"
  for _ in $(seq 1 60); do
    # TCP, not the socket: the image's init server listens on the socket only, then restarts
    docker exec -e PGPASSWORD=test "$container" psql -h 127.0.0.1 -U test -d test -X -q -c 'select 1' >/dev/null 2>&1 && break
    sleep 1
  done
  local t0 t1
  t0="$(now)"
  for script in upgrade downgrade; do
    docker exec -i -e PGPASSWORD=test "$container" psql -h 127.0.0.1 -U test -d test -v ON_ERROR_STOP=1 -X -q -f - \
      <"$WORK/bundles-postgresql/postgresql/$script.sql" >/dev/null
  done
  t1="$(now)"
  docker rm -f "$container" >/dev/null
  seconds "$t0" "$t1"
}

row() {
  local ratio="n/a"
  [ "$3" != "n/a" ] && ratio="$(awk -v v="$2" -v r="$3" 'BEGIN { printf "%.1fx", v / r }')"
  printf '%-22s %14s %16s %8s  %s\n' "$1" "$2" "$3" "$ratio" "$4"
}

echo "sqlbundle verify on $REVISIONS revisions (seed $SEED), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
printf '%-22s %14s %16s %8s  %s\n' "target" "verify s" "raw up+down s" "ratio" "verify result"
result="$(time_verify sqlite)" # a verify that cannot run stops the script (set -e)
read -r secs code <<<"$result"
row "sqlite" "$secs" "$(time_raw_sqlite)" "exit $code"
if docker info >/dev/null 2>&1; then
  result="$(time_verify postgresql)"
  read -r secs code <<<"$result"
  row "postgresql ($IMAGE)" "$secs" "$(time_raw_postgres)" "exit $code, container start included"
else
  result="$(time_verify embedded-postgresql)"
  read -r secs code <<<"$result"
  row "embedded-postgresql" "$secs" "n/a" "exit $code (no Docker: no server for a raw psql run)"
fi
