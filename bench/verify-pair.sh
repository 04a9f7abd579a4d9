#!/usr/bin/env bash
# Paired, interleaved timing of two builds' `verify` (data round trip on) on one generated chain and target, each run
# next to a raw replay of the chain's whole-range upgrade + downgrade bundles, so the load of a shared machine hits both
# sides of a pair alike. See bench/README.md, "Verify cost, paired".
#   OLD=/path/to/old/bin/sqlbundle bench/verify-pair.sh 100 sqlite 3
#   OLD=... VERIFY_OPTS="--shard 9/10" bench/verify-pair.sh 1000 sqlite 1
# Arguments: revisions, target (sqlite or postgresql, the latter as a postgres:15 container), pairs (2).
# Environment: OLD (required), NEW (this worktree's launcher), SEED (1), VERIFY_OPTS, CHAINS, IMAGE (postgres:15).
set -euo pipefail
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REVISIONS="${1:?revisions}"
TARGET="${2:?sqlite or postgresql}"
PAIRS="${3:-2}"
OLD="${OLD:?OLD: the launcher of the build to compare with}"
NEW="${NEW:-$ROOT/bin/sqlbundle}"
SEED="${SEED:-1}"
CHAINS="${CHAINS:-$ROOT/bench/target-chains}"
IMAGE="${IMAGE:-postgres:15}"

WORK="$(mktemp -d)"
RUN_ID="$(basename "$WORK")"
cleanup() {
  docker ps -aq --filter "label=org.sqlbundle.bench=$RUN_ID" 2>/dev/null | xargs -r docker rm -f >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

chain="$CHAINS/chain-$REVISIONS-seed$SEED"
[ -d "$chain" ] || java "$ROOT/bench/GenerateChain.java" "$chain" "$REVISIONS" "$SEED" >&2
"$NEW" compile --dir "$chain" --dialect "$TARGET" --out "$WORK/bundles" >/dev/null

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# Seconds of the raw replay, through the client, under the settings verify's scratch databases use.
raw() {
  local t0 t1 container
  if [ "$TARGET" = sqlite ]; then
    rm -f "$WORK/raw.db"
    t0="$(now)"
    for script in upgrade downgrade; do
      sqlite3 -bail -cmd 'PRAGMA synchronous = OFF' "$WORK/raw.db" <"$WORK/bundles/sqlite/$script.sql" >/dev/null
    done
    t1="$(now)"
  else
    container="$(docker run -d -e POSTGRES_USER=test -e POSTGRES_PASSWORD=test -e POSTGRES_DB=test \
      --label "org.sqlbundle.bench=$RUN_ID" "$IMAGE" postgres -c fsync=off)"
    for _ in $(seq 1 120); do
      docker exec -e PGPASSWORD=test "$container" psql -h 127.0.0.1 -U test -d test -X -q -c 'select 1' \
        >/dev/null 2>&1 && break
      sleep 1
    done
    t0="$(now)"
    for script in upgrade downgrade; do
      docker exec -i -e PGPASSWORD=test "$container" psql -h 127.0.0.1 -U test -d test -v ON_ERROR_STOP=1 -X -q \
        -f - <"$WORK/bundles/postgresql/$script.sql" >/dev/null
    done
    t1="$(now)"
    docker rm -f "$container" >/dev/null
  fi
  seconds "$t0" "$t1"
}

# "<in-run seconds> <CPU seconds> <exit code>" of one verify: the time verify reports (target opened to report), and
# the whole process's user + system CPU (JVM start and chain loading included; a container's server is not in it).
verify_inrun() {
  local code=0 summary
  # shellcheck disable=SC2086
  /usr/bin/time -f "%U %S" -o "$WORK/verify.cpu" "$1" verify --dir "$chain" --target "$TARGET" ${VERIFY_OPTS:-} \
    >"$WORK/verify.log" 2>&1 || code=$?
  if [ "$code" -ge 2 ]; then
    echo "verify failed (exit $code):" >&2
    tail -n 20 "$WORK/verify.log" >&2
    exit 1
  fi
  summary="$(grep -E '^[A-Z]+: [0-9]+ of [0-9]+ steps run' "$WORK/verify.log" | tail -n 1)"
  echo "$(sed -E 's/.*; ([0-9.]+) s$/\1/' <<<"$summary") $(awk '{printf "%.2f", $1 + $2}' "$WORK/verify.cpu") $code"
}

echo "verify $TARGET, $REVISIONS revisions ${VERIFY_OPTS:-}: in-run seconds, ratio to the raw replay of each pair, CPU"
printf '%-5s %6s %8s %7s %6s %8s %7s %9s %8s %8s %8s\n' pair raw old "old/raw" raw new "new/raw" "new/old" "old cpu" \
  "new cpu" "cpu n/o"
for ((p = 1; p <= PAIRS; p++)); do
  r1="$(raw)"; read -r o oc _ <<<"$(verify_inrun "$OLD")"
  r2="$(raw)"; read -r n nc _ <<<"$(verify_inrun "$NEW")"
  printf '%-5s %6s %8s %7s %6s %8s %7s %9s %8s %8s %8s\n' "$p" "$r1" "$o" \
    "$(awk -v a="$o" -v b="$r1" 'BEGIN{printf "%.1fx", a/b}')" "$r2" "$n" \
    "$(awk -v a="$n" -v b="$r2" 'BEGIN{printf "%.1fx", a/b}')" "$(awk -v a="$n" -v b="$o" 'BEGIN{printf "%.2f", a/b}')" \
    "$oc" "$nc" "$(awk -v a="$nc" -v b="$oc" 'BEGIN{printf "%.2f", a/b}')"
done
echo "load average $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
