#!/usr/bin/env bash
# Cold and warm runs with the parse and compile result caches, against an older build, in interleaved rounds
# (see bench/README.md).
#   OLD=/path/to/old/bin/sqlbundle bench/cache-bench.sh
#   OLD=... SIZES="1000 10000" RUNS=5 COMMAND=check bench/cache-bench.sh
# Each round runs, in this order: the old build (old); this build with an empty cache directory (cold); again, with
# the cache the cold run wrote (warm: for compile, a result cache hit); again after one file was edited
# (warm-1-edited: a result cache miss, all but one file from the parse cache); with --no-cache (no-cache). Prints the
# medians of wall and CPU (user + sys) seconds and the largest peak RSS, and checks that every run of this build
# wrote the same bundles as --no-cache, and (compile) that a warm run loads no jOOQ, Velocity, SnakeYAML or JSqlParser
# class. Environment: OLD (required), COMMAND (compile|check), SIZES, RUNS, SEED,
# DIALECT, DIRECTION, SQLBUNDLE (this build's launcher), CHAINS.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COMMAND="${COMMAND:-compile}"
SIZES="${SIZES:-1000}"
RUNS="${RUNS:-5}"
SEED="${SEED:-1}"
DIALECT="${DIALECT:-postgresql}"
DIRECTION="${DIRECTION:-upgrade}"
SQLBUNDLE="${SQLBUNDLE:-$ROOT/bin/sqlbundle}"
CHAINS="${CHAINS:-$ROOT/bench/target-chains}" # git-ignored (target*/)
OLD="${OLD:?set OLD to the launcher of an older build (a copy of bin/sqlbundle beside its cli/target/sqlbundle.jar)}"

case "$COMMAND" in
  compile | check) ;;
  *) echo "COMMAND must be compile or check, not '$COMMAND'" >&2; exit 2 ;;
esac
[ -x /usr/bin/time ] || { echo "needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# One timed run: $1 label (one word), $2 out dir, then the launcher and its cache options; appends
# "label wall cpu rss" to $WORK/times.
run() {
  local label="$1" out="$2"
  shift 2
  local args=(check --dir "$CHAIN")
  if [ "$COMMAND" = compile ]; then
    args=(compile --dir "$CHAIN" --dialect "$DIALECT" --direction "$DIRECTION" --out "$out")
  fi
  local bin="$1"
  shift
  if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$bin" "${args[@]}" "$@" >"$WORK/log" 2>&1; then
    echo "failed: $bin ${args[*]} $*" >&2
    tail -20 "$WORK/log" >&2
    exit 1
  fi
  read -r wall user sys rss <"$WORK/time"
  echo "$label $wall $(echo "$user + $sys" | bc) $rss" >>"$WORK/times"
}

# $1 and $2 (output directories under $WORK) hold the same files, byte for byte
same_output() {
  if [ "$COMMAND" = compile ] && ! diff -r "$WORK/$1" "$WORK/$2" >/dev/null; then
    echo "$2 differs from $1" >&2
    exit 1
  fi
}

printf '%-10s %-16s %8s %8s %8s\n' revisions run "wall s" "CPU s" "RSS MB"
for size in $SIZES; do
  CHAIN="$WORK/chain-$size"
  src="$CHAINS/chain-$size-seed$SEED"
  [ -d "$src" ] || java "$ROOT/bench/GenerateChain.java" "$src" "$size" "$SEED" >&2
  : >"$WORK/times"
  for round in $(seq "$RUNS"); do
    rm -rf "$CHAIN" "$WORK/cache" && cp -r "$src" "$CHAIN"
    run "old" "$WORK/out-old" "$OLD"
    run "cold" "$WORK/out-cold" "$SQLBUNDLE" --cache-dir "$WORK/cache"
    run "warm" "$WORK/out-warm" "$SQLBUNDLE" --cache-dir "$WORK/cache"
    same_output out-old out-cold
    same_output out-old out-warm
    # the last revision file gets a new message: one file parsed, the others from the cache
    last="$(ls "$CHAIN" | tail -1)"
    sed -i "s/^message: .*/message: \"edited in round $round\"/" "$CHAIN/$last"
    run "warm-1-edited" "$WORK/out-edited" "$SQLBUNDLE" --cache-dir "$WORK/cache"
    run "no-cache" "$WORK/out-nocache" "$SQLBUNDLE" --no-cache
    same_output out-nocache out-edited
  done
  if [ "$COMMAND" = compile ]; then
    # untimed: the result cache hit of the last round's edited chain, under the class-load log
    (export JAVA_OPTS="${JAVA_OPTS:-} -Xlog:class+load=info:file=$WORK/classes"
      run "hit-classes" "$WORK/out-edited" "$SQLBUNDLE" --cache-dir "$WORK/cache")
    sed -i '/^hit-classes /d' "$WORK/times"
    if grep -E '\] (org\.jooq|org\.apache\.velocity|org\.yaml\.snakeyaml|net\.sf\.jsqlparser)\.' "$WORK/classes" \
      | head -3 >&2; then
      echo "a warm compile loaded a class of jOOQ, Velocity, SnakeYAML or JSqlParser (above)" >&2
      exit 1
    fi
  fi
  for label in old cold warm warm-1-edited no-cache; do
    awk -v l="$label" '$1 == l { print $2, $3, $4 }' "$WORK/times" >"$WORK/sel"
    wall="$(cut -d' ' -f1 "$WORK/sel" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
    cpu="$(cut -d' ' -f2 "$WORK/sel" | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')"
    rss="$(cut -d' ' -f3 "$WORK/sel" | sort -n | tail -1)"
    printf '%-10s %-16s %8.2f %8.2f %8d\n' "$size" "$label" "$wall" "$cpu" "$((rss / 1024))"
  done
done
echo "$RUNS rounds, $COMMAND, $(nproc) cores, load average $(cut -d" " -f1-3 /proc/loadavg)"
