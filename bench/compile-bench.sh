#!/usr/bin/env bash
# Times sqlbundle on synthetic chains of 100, 1,000 and 10,000 revisions (see bench/README.md).
#   bench/compile-bench.sh                   # times: compile --dialect postgresql --direction upgrade
#   COMMAND=check bench/compile-bench.sh     # times: check (no compile verb needed)
# Environment: COMMAND (compile|check), SIZES, RUNS, SEED, SQLBUNDLE (the launcher), CHAINS (where chains go).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMMAND="${COMMAND:-compile}"
SIZES="${SIZES:-100 1000 10000}"
RUNS="${RUNS:-3}"
SEED="${SEED:-1}"
SQLBUNDLE="${SQLBUNDLE:-$ROOT/bin/sqlbundle}"
CHAINS="${CHAINS:-$ROOT/bench/target-chains}" # git-ignored (target*/)
ALL_DIALECTS="postgresql,mysql,mariadb,sqlite,h2"

case "$COMMAND" in
  compile | check) ;;
  *) echo "COMMAND must be compile or check, not '$COMMAND'" >&2; exit 2 ;;
esac
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# The arguments for one run: $1 chain dir, $2 output dir, $3 dialects, $4 direction.
args_for() {
  if [ "$COMMAND" = compile ]; then
    ARGS=(compile --dir "$1" --dialect "$3" --direction "$4" --out "$2")
  else
    ARGS=(check --dir "$1")
  fi
}

# Generated once per size and seed; the generator writes atomically, so an existing dir is complete.
chain_for() {
  local dir="$CHAINS/chain-$1-seed$SEED"
  if [ ! -d "$dir" ]; then
    java "$ROOT/bench/GenerateChain.java" "$dir" "$1" "$SEED" >&2
  fi
  echo "$dir"
}

# Runs the command RUNS times; prints "<median seconds> <peak RSS MB over all runs>".
measure() {
  local chain="$1" dialects="$2" direction="$3" run out
  local -a secs=() rss=()
  for ((run = 1; run <= RUNS; run++)); do
    out="$WORK/out-$run"
    rm -rf "$out"
    args_for "$chain" "$out" "$dialects" "$direction"
    if ! /usr/bin/time -f "%e %M" -o "$WORK/time" "$SQLBUNDLE" "${ARGS[@]}" >"$WORK/log" 2>&1; then
      echo "failed: $SQLBUNDLE ${ARGS[*]}" >&2
      tail -n 20 "$WORK/log" >&2
      exit 1
    fi
    read -r s k < <(tail -n 1 "$WORK/time")
    secs+=("$s")
    rss+=("$k")
  done
  local median peak
  median="$(printf '%s\n' "${secs[@]}" | sort -g | sed -n "$(((RUNS + 1) / 2))p")"
  peak="$(printf '%s\n' "${rss[@]}" | sort -n | tail -n 1)"
  echo "$median $((peak / 1024))"
}

echo "sqlbundle $COMMAND, median of $RUNS runs, seed $SEED ($(nproc) cores, $(java -version 2>&1 | head -n 1))"
printf '%-44s %10s %12s\n' "revisions" "seconds" "peak RSS MB"
largest=""
for n in $SIZES; do
  chain="$(chain_for "$n")"
  largest="$chain"
  result="$(measure "$chain" postgresql upgrade)" # a failed run stops the script (set -e)
  read -r secs mb <<<"$result"
  printf '%-44s %10s %12s\n' "$n" "$secs" "$mb"
done

# The memory bound: the largest chain, every dialect, both directions, in a 256 MB heap.
label="$(basename "$largest" | sed 's/^chain-\([0-9]*\)-.*/\1/'), all 5 dialects, upgrade+downgrade, -Xmx256m"
[ "$COMMAND" = check ] && label="$(basename "$largest" | sed 's/^chain-\([0-9]*\)-.*/\1/'), check, -Xmx256m"
result="$(JAVA_OPTS="-Xmx256m ${JAVA_OPTS:-}" measure "$largest" "$ALL_DIALECTS" both)"
read -r secs mb <<<"$result"
printf '%-44s %10s %12s\n' "$label" "$secs" "$mb"
