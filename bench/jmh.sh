#!/usr/bin/env bash
# In-process JMH benchmarks (shale-bench). Extra arguments go to JMH, e.g. `bash bench/jmh.sh Psl -p models=20000`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
(cd "$root" && mvn -q -B -DskipTests -pl shale-bench -am package)
cp="$root/shale-bench/target/classes:$(ls "$root"/shale-bench/target/lib/*.jar | tr '\n' ':')"
exec java -cp "$cp" org.openjdk.jmh.Main "$@"
