#!/usr/bin/env bash
# Psl.validate in-process (parse + validate + lower), no JVM start: cold first run and warm median.
#   bash bench/validate-inprocess.sh [sizes="500 5000 20000"] [runs=15]
# Target: 20,000 models (ten fields, a relation, an index each) well under a second warm.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
SIZES=${1:-"500 5000 20000"}
RUNS=${2:-15}
"$SHALE" --version >/dev/null   # build once
printf '%-8s %10s %10s %12s %12s\n' models "cold ms" "warm ms" "cold cpu ms" "warm cpu ms"
for n in $SIZES; do
  schema=$(gen_schema "$n" postgresql 0)
  read -r cold warm cold_cpu warm_cpu _ < <(java -cp "$ROOT/shale-cli/target/shale.jar" "$BENCH_DIR/ValidateInProcess.java" "$schema" "$RUNS")
  printf '%-8s %10s %10s %12s %12s\n' "$n" "$cold" "$warm" "$cold_cpu" "$warm_cpu"
done
