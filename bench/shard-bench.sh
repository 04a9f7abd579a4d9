#!/usr/bin/env bash
# verify --shard on a generated chain: SHARDS slices verified side by side, each on its own local SQLite target,
# their JUnit files merged, and a check that every revision of the chain was verified in exactly one shard.
#   bench/shard-bench.sh                          # 1,000 revisions, 4 shards
#   REVISIONS=300 SHARDS=3 bench/shard-bench.sh
# Environment: REVISIONS, SHARDS, SEED, TARGET (sqlite), VERIFY_OPTS (e.g. --no-data), UNSHARDED=1 (also time the
# whole range in one run, for comparison), SQLBUNDLE, CHAINS.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
REVISIONS="${REVISIONS:-1000}"
SHARDS="${SHARDS:-4}"
SEED="${SEED:-1}"
TARGET="${TARGET:-sqlite}"
SQLBUNDLE="${SQLBUNDLE:-$ROOT/bin/sqlbundle}"
CHAINS="${CHAINS:-$ROOT/bench/target-chains}" # git-ignored (target*/)
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
chain="$CHAINS/chain-$REVISIONS-seed$SEED"
[ -d "$chain" ] || java "$ROOT/bench/GenerateChain.java" "$chain" "$REVISIONS" "$SEED" >&2

# One shard: verify its slice, JUnit to shard-I.xml; "wall exit" to shard-I.time. A check that fails (exit 1)
# still reports; bad input or infrastructure (2, 3) stops the script below.
run_shard() {
  local i="$1" code=0
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e" -o "$WORK/shard-$i.wall" "$SQLBUNDLE" verify --dir "$chain" --target "$TARGET" \
    --shard "$i/$SHARDS" --junit "$WORK/shard-$i.xml" ${VERIFY_OPTS:-} >"$WORK/shard-$i.log" 2>&1 || code=$?
  echo "$(tail -n 1 "$WORK/shard-$i.wall") $code" >"$WORK/shard-$i.time"
}

started=$(date +%s.%N)
for ((i = 1; i <= SHARDS; i++)); do
  run_shard "$i" &
done
wait
elapsed=$(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }')

echo "verify --shard I/$SHARDS of $REVISIONS revisions (seed $SEED) on $TARGET, side by side" \
  "($(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-7s %-12s %9s %8s %6s\n' shard steps revisions "wall s" exit
for ((i = 1; i <= SHARDS; i++)); do
  read -r wall code <"$WORK/shard-$i.time"
  if [ "$code" -gt 1 ] || [ ! -f "$WORK/shard-$i.xml" ]; then
    echo "shard $i/$SHARDS could not run (exit $code):" >&2
    tail -n 20 "$WORK/shard-$i.log" >&2
    exit 1
  fi
  # one "number revision" line per step the shard verified
  sed -n 's/.*<testcase [^>]*name="step \([0-9]*\) \([0-9a-z]*\) .*/\1 \2/p' "$WORK/shard-$i.xml" | sort -u \
    >"$WORK/steps-$i"
  printf '%-7s %-12s %9s %8s %6s\n' "$i/$SHARDS" "$(head -n 1 "$WORK/steps-$i" | cut -d' ' -f1)-$(tail -n 1 \
    "$WORK/steps-$i" | cut -d' ' -f1)" "$(wc -l <"$WORK/steps-$i")" "$wall" "$code"
done
echo "all shards: ${elapsed} s wall"

# Every revision of the chain in exactly one shard, and nothing else.
cat "$WORK"/steps-* | cut -d' ' -f2 | sort >"$WORK/verified"
sed -n 's/^id: *//p' "$chain"/*.yaml | sort >"$WORK/chain-ids"
duplicates="$(uniq -d "$WORK/verified" | wc -l)"
missing="$(comm -23 "$WORK/chain-ids" <(sort -u "$WORK/verified") | wc -l)"
extra="$(comm -13 "$WORK/chain-ids" <(sort -u "$WORK/verified") | wc -l)"
if [ "$duplicates" -ne 0 ] || [ "$missing" -ne 0 ] || [ "$extra" -ne 0 ]; then
  echo "coverage FAILED: $duplicates revisions in more than one shard, $missing in none, $extra not in the chain" >&2
  exit 1
fi
echo "coverage: each of the $(wc -l <"$WORK/chain-ids") revisions verified in exactly one shard"

files=()
for ((i = 1; i <= SHARDS; i++)); do files+=("$WORK/shard-$i.xml"); done
"$SQLBUNDLE" report merge "${files[@]}" --out "$WORK/merged.xml" >/dev/null
echo "merged report: $(grep -c '<testcase ' "$WORK/merged.xml") test cases," \
  "$(sed -n 's/.*<testsuite [^>]*failures="\([0-9]*\)".*/\1/p' "$WORK/merged.xml") failed"

if [ "${UNSHARDED:-0}" = 1 ]; then
  code=0
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e" -o "$WORK/whole.wall" "$SQLBUNDLE" verify --dir "$chain" --target "$TARGET" \
    --junit "$WORK/whole.xml" ${VERIFY_OPTS:-} >"$WORK/whole.log" 2>&1 || code=$?
  echo "unsharded: $(tail -n 1 "$WORK/whole.wall") s wall, exit $code;" \
    "same test cases as the merge: $(cmp -s <(grep -o 'name="[^"]*"' "$WORK/whole.xml") \
      <(grep -o 'name="[^"]*"' "$WORK/merged.xml") && echo yes || echo no)"
fi
