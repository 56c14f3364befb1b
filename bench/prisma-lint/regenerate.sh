#!/usr/bin/env bash
# Regenerates prisma-lint's stored output for the naming agreement test (PrismaLintAgreementTest).
# Needs prisma-lint from ../shared/peers (bash ../shared/peers/setup.sh). Usage: bench/prisma-lint/regenerate.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="$root/shale-core/src/test/resources/lint/prisma-lint"
bin="${PRISMA_LINT:-$HOME/.cache/peers/node_modules/.bin/prisma-lint}"
cd "$dir"
# prisma-lint prints its JSON on stderr and exits 1 when it finds violations
("$bin" -c .prismalintrc.json -o json schema.prisma 2>&1 || true) | node -e '
  let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
    const rows = JSON.parse(s).violations.map(v => [v.ruleName, v.location.startLine, v.message].join("\t"));
    rows.sort();
    console.log("# prisma-lint 0.13.1 -o json: rule, line, message");
    rows.forEach(r => console.log(r));
  });' > prisma-lint-golden.tsv
echo "wrote $dir/prisma-lint-golden.tsv ($(grep -vc '^#' prisma-lint-golden.tsv) violations)"
