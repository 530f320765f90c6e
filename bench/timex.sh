#!/usr/bin/env bash
# Side-by-side speed of Parallax's temporal tagger and HeidelTime 2.1 (test-scope dependency, GPL-3.0,
# never shipped). Usage: bench/timex.sh FILE:LANG...   e.g. bench/timex.sh ../shared/corpus/002_*.txt:en
# Prints warm in-process throughput at 1x, 4x, 16x the input, then whole-run times of `./parallax timex`
# and of a fresh HeidelTime JVM on the first file repeated four times.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
. .mvn/jdk.sh
use_jdk || exit 2
[ $# -gt 0 ] || { echo "usage: bench/timex.sh FILE:LANG..." >&2; exit 2; }
./mvnw -q -B -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench.classpath)"
"$JAVA_HOME/bin/java" -Xss4m -cp "$cp" org.parallax.bench.TimexBenchmark "$@"

first="${1%%:*}"; lang="${1##*:}"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
for i in 1 2 3 4; do cat "$first"; done > "$tmp/x4.txt"
./parallax timex --lang "$lang" "$tmp/x4.txt" >/dev/null   # build the jar outside the timing
t0=$(date +%s.%N); ./parallax timex --lang "$lang" "$tmp/x4.txt" > "$tmp/p.jsonl"; t1=$(date +%s.%N)
"$JAVA_HOME/bin/java" -Xss4m -cp "$cp" -Dbench.whole=1 org.parallax.bench.HeidelTimeWholeRun "$tmp/x4.txt" "$lang" > "$tmp/h.xml"; t2=$(date +%s.%N)
python3 - "$t0" "$t1" "$t2" <<'PY'
import sys
t0, t1, t2 = map(float, sys.argv[1:])
p, h = t1 - t0, t2 - t1
print(f"whole run on the first file x4: parallax timex {p:.2f} s, heideltime {h:.2f} s, ratio {h / p:.1f}")
PY
