#!/usr/bin/env bash
# Re-runs the evaluation of JSqlParser on the lint corpus (see docs/lint-rules.md, "SQL understanding").
# Not part of the build: it resolves JSqlParser into a scratch project and parses every corpus statement.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
corpus="$here/../../shale-core/src/test/resources/lint/corpus"
cd "$here"
cp_=$(mvn -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)
mkdir -p target/classes
javac -d target/classes -cp "$cp_" Eval.java
java -cp "target/classes:$cp_" Eval "$corpus"/*.sql
