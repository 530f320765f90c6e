#!/usr/bin/env bash
# Throughput of ingestion + segmentation (sentences and tokens) in MB/s on the showcase seeds replicated to
# 1x, 4x and 16x of a base size (default 10 MB). Inputs are built at run time in a temporary directory from
# ../shared/corpus (or $PARALLAX_CORPUS) and deleted afterwards; no corpus text enters the repository.
# Each replica is a separate file, as in a batch of articles (one file must stay under the 32 MiB limit).
#   bench/segment-throughput.sh [BASE_MB]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$here/.mvn/jdk.sh"
use_jdk || exit 2
corpus="${PARALLAX_CORPUS:-$here/../shared/corpus}"
base_mb="${1:-10}"
[ -d "$corpus" ] || { echo "segment-throughput: no corpus at $corpus" >&2; exit 2; }

(cd "$here" && ./mvnw -q -B -o -DskipTests package >/dev/null) || (cd "$here" && ./mvnw -q -B -DskipTests package >/dev/null)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
seeds=("$corpus"/*.txt)
contents=()
for f in "${seeds[@]}"; do contents+=("$(cat "$f")"); done
seed_bytes=$(cat "${seeds[@]}" | wc -c)
for factor in 1 4 16; do
  dir="$work/x$factor"
  mkdir -p "$dir"
  copies=$(( (base_mb * 1000000 * factor + seed_bytes - 1) / seed_bytes ))
  for ((i = 0; i < copies; i++)); do
    for k in "${!seeds[@]}"; do
      printf '%s\n' "${contents[$k]}" > "$dir/$i-$(basename "${seeds[$k]}")"   # builtin: no process per copy
    done
  done
done
echo "segment-throughput: seeds $seed_bytes bytes from $corpus; JDK $JAVA_HOME" >&2
"$JAVA_HOME/bin/java" -Xss4m -cp "$here/target/parallax.jar:$here/target/test-classes:$here/target/lib/*" \
  org.parallax.segment.SegmentThroughput "$work/x1" "$work/x4" "$work/x16"
