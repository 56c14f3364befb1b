# Shared helpers for the bench scripts: timing, medians, the peers' Prisma CLI.
# shellcheck shell=bash
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
PEERS="${PEERS:-$HOME/.cache/peers}"
OUT="${BENCH_OUT:-$BENCH_DIR/out}"
mkdir -p "$OUT"
export PRISMA_SCHEMA_ENGINE_BINARY="$PEERS/bin/schema-engine"
export PRISMA_HIDE_UPDATE_MESSAGE=1 CHECKPOINT_DISABLE=1
PRISMA="$PEERS/node_modules/.bin/prisma"
SHALE="${SHALE:-$ROOT/shale}"   # SHALE=<other checkout>/shale times another build
# Optional: the ./shale launcher of another checkout (e.g. a worktree of main), timed in the same
# round robin as a third column, for before/after figures of a change.
SHALE_BASE="${SHALE_BASE:-}"

require_peers() {
  if [ ! -x "$PRISMA" ]; then
    echo "Prisma is not installed at $PEERS: run 'bash ../shared/peers/setup.sh' first" >&2
    exit 2
  fi
}

# gen_schema MODELS PROVIDER CHANGED_PERCENT -> path of a cached generated schema
gen_schema() {
  local f="$OUT/schema-$1-$2-$3.prisma"
  [ -s "$f" ] || java "$BENCH_DIR/GenSchema.java" "$1" "$2" "$3" > "$f"
  echo "$f"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# time_runs RUNS CMD... -> prints the median wall seconds; fails if any run fails
time_runs() {
  local runs=$1; shift
  local times=() t0 t1
  for _ in $(seq "$runs"); do
    t0=$(date +%s.%N)
    if ! "$@" >/dev/null 2>"$OUT/last-stderr.txt"; then
      echo "FAILED: $*" >&2; cat "$OUT/last-stderr.txt" >&2; return 1
    fi
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | median
}

ratio() { echo "scale=2; $1 / $2" | bc -l; }
