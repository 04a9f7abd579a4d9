#!/usr/bin/env bash
# sqlbundle against Alembic on the same machine and the same generated chain (see bench/README.md):
#   bench/vs-alembic.sh                       # 100, 1,000 and 10,000 revisions, RUNS=3
#   SIZES="1000" RUNS=5 bench/vs-alembic.sh
# Each case runs the two tools in interleaved pairs (sqlbundle, Alembic, sqlbundle, Alembic, ...), whole
# process under /usr/bin/time, and prints the medians of wall, CPU (user+sys) and peak RSS and the ratios
# sqlbundle/Alembic. A shared machine's load shifts both members of a pair alike, so the ratios hold where
# absolute figures don't. Environment: SIZES, RUNS, SEED, DIALECTS, DIRECTIONS, SQLBUNDLE, CHAINS.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SIZES="${SIZES:-100 1000 10000}"
RUNS="${RUNS:-3}"
SEED="${SEED:-1}"
DIALECTS="${DIALECTS:-postgresql mysql}"
DIRECTIONS="${DIRECTIONS:-upgrade downgrade}"
SQLBUNDLE="${SQLBUNDLE:-$ROOT/bin/sqlbundle}"
CHAINS="${CHAINS:-$ROOT/bench/target-chains}" # git-ignored (target*/)
PY=/usr/bin/python3 # Debian's python, where python3-alembic installs; a pyenv python3 first on PATH lacks it

# Alembic 1.8 and SQLAlchemy 1.4 from Debian; python3-yaml reads the chain for the converter.
if ! "$PY" -c 'import alembic, yaml' 2>/dev/null || [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "needs python3-alembic, python3-yaml and time (Debian packages); run as root or install them" >&2
    exit 3
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-alembic python3-yaml time >&2
fi
[ -x "$SQLBUNDLE" ] || { echo "no launcher at $SQLBUNDLE" >&2; exit 2; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# Generated once per size and seed and shared with compile-bench.sh; the generator writes atomically.
chain_for() {
  local dir="$CHAINS/chain-$1-seed$SEED"
  [ -d "$dir" ] || java "$ROOT/bench/GenerateChain.java" "$dir" "$1" "$SEED" >&2
  echo "$dir"
}

# The same chain as an Alembic project, rewritten when the converter or the chain is newer.
alembic_for() {
  local chain="$1" dir="$CHAINS/alembic-$(basename "$1")"
  if [ ! -f "$dir/alembic.ini" ] || [ "$ROOT/bench/alembic_chain.py" -nt "$dir/alembic.ini" ] \
    || [ "$chain" -nt "$dir/alembic.ini" ]; then
    "$PY" "$ROOT/bench/alembic_chain.py" "$chain" "$dir" >&2
  fi
  echo "$dir"
}

# Sets CMD for tool $1 (sqlbundle|alembic) on chain $2 / project $3, dialect $4, direction $5; output in $WORK.
command_for() {
  if [ "$1" = sqlbundle ]; then
    CMD=("$SQLBUNDLE" compile --dir "$2" --dialect "$4" --direction "$5" --out "$WORK/sqlbundle-out")
  elif [ "$5" = upgrade ]; then
    CMD=("$PY" -m alembic -c "$3/alembic.ini" -x "dialect=$4" upgrade base:head --sql)
  else
    CMD=("$PY" -m alembic -c "$3/alembic.ini" -x "dialect=$4" downgrade head:base --sql)
  fi
}

# Runs one command once; appends "wall cpu rssKB" to $WORK/times-$1. Its SQL goes to $WORK/$1.sql.
run_once() {
  local tool="$1"
  shift
  rm -rf "$WORK/sqlbundle-out"
  if ! /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" "$@" >"$WORK/$tool.sql" 2>"$WORK/log"; then
    echo "failed: $*" >&2
    tail -n 20 "$WORK/log" >&2
    exit 1
  fi
  awk '{ printf "%s %.2f %d\n", $1, $2 + $3, $4 }' "$WORK/time" >>"$WORK/times-$tool"
  if [ "$tool" = sqlbundle ]; then
    cat "$WORK"/sqlbundle-out/*/*.sql >"$WORK/$tool.sql"
  fi
}

# Schema and data statements, without either tool's version-table bookkeeping, guards or transactions.
statements() {
  grep -ciE '^(create|alter|drop|insert|update|delete|comment|rename) ' "$1" | tr -d '\n'
  grep -iE '^(create|alter|drop|insert|update|delete|comment|rename) ' "$1" \
    | grep -ciE 'sqlbundle_version|alembic_version' | sed 's/^/ /'
}

median() { # column $1 of file $2
  cut -d' ' -f"$1" "$2" | sort -g | sed -n "$(((RUNS + 1) / 2))p"
}

# The median of the pairs' ratios sqlbundle/Alembic for column $1: each pair ran under the same load.
ratio() {
  paste -d' ' "$WORK/times-sqlbundle" "$WORK/times-alembic" \
    | awk -v c="$1" '{ printf "%.4f\n", ($(c + 3) > 0 ? $c / $(c + 3) : 0) }' | sort -g \
    | sed -n "$(((RUNS + 1) / 2))p" | xargs printf '%.2f'
}

echo "sqlbundle compile vs Alembic $("$PY" -c 'import alembic; print(alembic.__version__)') --sql," \
  "median of $RUNS interleaved pairs, seed $SEED"
echo "$(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores, $(java -version 2>&1 | head -n 1)," \
  "load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC')"
fmt='%-6s %-10s %-9s | %6s %6s %5s | %6s %6s %5s | %5s %5s %5s | %s\n'
printf "$fmt" revs dialect direction "sb s" "cpu s" "MB" "al s" "cpu s" "MB" wall cpu rss "statements sb/al"
for n in $SIZES; do
  chain="$(chain_for "$n")"
  project="$(alembic_for "$chain")"
  for dialect in $DIALECTS; do
    for direction in $DIRECTIONS; do
      rm -f "$WORK/times-sqlbundle" "$WORK/times-alembic"
      command_for sqlbundle "$chain" "$project" "$dialect" "$direction"
      sb=("${CMD[@]}")
      command_for alembic "$chain" "$project" "$dialect" "$direction"
      al=("${CMD[@]}")
      # one untimed pair first: Alembic writes its revisions' bytecode caches (as a repeated run has them), sqlbundle
      # its parse cache and compile result (the timed runs are result cache hits unless SQLBUNDLE_CACHE is unusable)
      run_once sqlbundle "${sb[@]}"
      run_once alembic "${al[@]}"
      read -r sb_total sb_book < <(statements "$WORK/sqlbundle.sql")
      read -r al_total al_book < <(statements "$WORK/alembic.sql")
      sb_n=$((sb_total - sb_book))
      al_n=$((al_total - al_book))
      # like with like: both must have rendered about the same schema statements
      if [ "$al_n" -eq 0 ] || [ $((sb_n * 100 / al_n)) -lt 80 ] || [ $((sb_n * 100 / al_n)) -gt 125 ]; then
        echo "the two tools' SQL differs too much ($sb_n and $al_n statements) for $n $dialect $direction;" \
          "see bench/alembic_chain.py" >&2
        exit 1
      fi
      rm -f "$WORK/times-sqlbundle" "$WORK/times-alembic"
      for ((run = 1; run <= RUNS; run++)); do
        run_once sqlbundle "${sb[@]}"
        run_once alembic "${al[@]}"
      done
      s_wall="$(median 1 "$WORK/times-sqlbundle")" s_cpu="$(median 2 "$WORK/times-sqlbundle")"
      s_rss="$(median 3 "$WORK/times-sqlbundle")" a_wall="$(median 1 "$WORK/times-alembic")"
      a_cpu="$(median 2 "$WORK/times-alembic")" a_rss="$(median 3 "$WORK/times-alembic")"
      printf "$fmt" "$n" "$dialect" "$direction" "$s_wall" "$s_cpu" "$((s_rss / 1024))" "$a_wall" "$a_cpu" \
        "$((a_rss / 1024))" "$(ratio 1)" "$(ratio 2)" "$(ratio 3)" "$sb_n/$al_n"
    done
  done
done
