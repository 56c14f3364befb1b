#!/usr/bin/env bash
# Regenerates the stored squawk output for the lint corpus, so SquawkAgreementTest runs without Node.
# Needs squawk from ../shared/peers (bash ../shared/peers/setup.sh). Usage: bench/squawk/regenerate.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$root/shale-core/src/test/resources/lint/corpus"
squawk="${SQUAWK:-$HOME/.cache/peers/node_modules/.bin/squawk}"
out="$corpus/squawk-golden.tsv"
{
  echo "# squawk $("$squawk" --version | awk '{print $2}') --reporter json, one line per finding: file, line (1-based), rule"
  cd "$corpus"
  for f in *.sql; do
    # squawk exits 1 when it finds something; its JSON lines are 0-based
    ("$squawk" --reporter json "$f" || true) | node -e '
      let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
        for (const x of JSON.parse(s)) console.log([x.file, x.line + 1, x.rule_name].join("\t"));
      });'
  done | sort -t$'\t' -k1,1 -k2,2n -k3,3
} > "$out"
echo "wrote $out ($(grep -vc '^#' "$out") findings)"
