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

# Prints "<wall seconds> <in-run seconds> <steps run> <exit code>" of one verify run; <in-run seconds> is the time
# verify itself reports, without JVM start-up and the target's start (the container's). Its report stays in $WORK.
time_verify() {
  local target="$1" log="$WORK/verify-$1${2:-}.log" t0 t1 code=0
  shift
  t0="$(now)"
  "$SQLBUNDLE" verify --dir "$chain" --target "$target" "$@" >"$log" 2>&1 || code=$?
  t1="$(now)"
  if [ "$code" -ge 2 ]; then
    echo "verify --target $target $* failed (exit $code):" >&2
    tail -n 20 "$log" >&2
    exit 1
  fi
  # the summary line: "SYMMETRIC: 100 of 100 steps run, ...; 3.8 s"
  local summary
  summary="$(grep -E '^[A-Z]+: [0-9]+ of [0-9]+ steps run' "$log" | tail -n 1)"
  echo "$(seconds "$t0" "$t1") $(sed -E 's/.*; ([0-9.]+) s$/\1/' <<<"$summary") $(sed -E 's/^[A-Z]+: ([0-9]+ of [0-9]+) steps.*/\1/; s/ of /\//' <<<"$summary") $code"
}

# The raw baseline: the whole-range upgrade bundle then the downgrade bundle, through the client, once.
bundle_for() {
  "$SQLBUNDLE" compile --dir "$chain" --dialect "$1" --out "$WORK/bundles-$1" >/dev/null
}

time_raw_sqlite() {
  bundle_for sqlite
  local t0 t1
  t0="$(now)"
  # no fsync per commit, as verify's scratch SQLite file: the same SQL under the same settings
  sqlite3 -bail -cmd 'PRAGMA synchronous = OFF' "$WORK/raw.db" <"$WORK/bundles-sqlite/sqlite/upgrade.sql" >/dev/null
  sqlite3 -bail -cmd 'PRAGMA synchronous = OFF' "$WORK/raw.db" <"$WORK/bundles-sqlite/sqlite/downgrade.sql" >/dev/null
  t1="$(now)"
  seconds "$t0" "$t1"
}

time_raw_postgres() {
  bundle_for postgresql
  local container
  container="$(docker run -d -e POSTGRES_USER=test -e POSTGRES_PASSWORD=test -e POSTGRES_DB=test --label "org.sqlbundle.bench=$RUN_ID" "$IMAGE" postgres -c fsync=off)"
  # fsync=off: the server settings verify's Testcontainers container runs with, so both replay under the same settings
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

ratio() {
  [ "$2" = "n/a" ] && { echo "n/a"; return; }
  awk -v v="$1" -v r="$2" 'BEGIN { printf "%.1fx", v / r }'
}

# One verify run and its raw baseline: wall time (JVM and container start included) and verify's own time.
row() {
  local label="$1" raw="$2" result wall inrun steps code
  shift 2
  result="$(time_verify "$@")" # a verify that cannot run stops the script (set -e)
  read -r wall inrun steps code <<<"$result"
  printf '%-28s %7s %8s %7s %7s %8s  %s\n' "$label" "$wall" "$inrun" "$raw" "$(ratio "$wall" "$raw")" \
    "$(ratio "$inrun" "$raw")" "$steps steps, exit $code"
}

echo "sqlbundle verify on $REVISIONS revisions (seed $SEED), $(nproc) cores, $(java -version 2>&1 | head -n 1)"
echo "wall: whole command (JVM and container start included); in-run: verify's own time (both excluded)"
printf '%-28s %7s %8s %7s %7s %8s  %s\n' "target" "wall s" "in-run s" "raw s" "ratio" "in-run" "verify result"
raw="$(time_raw_sqlite)"
row "sqlite" "$raw" sqlite
row "sqlite --no-data" "$raw" sqlite --no-data
if docker info >/dev/null 2>&1; then
  raw="$(time_raw_postgres)"
  row "postgresql ($IMAGE)" "$raw" postgresql
  row "postgresql --no-data" "$raw" postgresql --no-data
else
  row "embedded-postgresql" "n/a" embedded-postgresql
  row "embedded-postgresql --no-data" "n/a" embedded-postgresql --no-data
fi
