#!/usr/bin/env bash
# End-to-end scale measurement through the real CLI: for each N (default 2000 10000 100000) writes a synthetic library
# of N scenarios with recorded answers (the bundled scenarios repeated, each copy replaying its original's answer),
# runs `oncoanswer run` on it with a fresh store, and prints wall time, scenarios/s and peak RSS (GNU time's maximum
# resident set size). Figures are appended to out/measurements/scale.txt.
# Usage: ./scripts/scale.sh [N ...]      env: CONCURRENCY (default 8), OUTS (default: the CLI's default folder output)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(2000 10000 100000)
if [ ! -x /usr/bin/time ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time >/dev/null
fi

dotnet build harness/OncoAnswer.Cli -c Release -nologo -v quiet >/dev/null
dotnet build harness/OncoAnswer.Benchmarks -c Release -nologo -v quiet >/dev/null
cli="$root/harness/OncoAnswer.Cli/bin/Release/net10.0/oncoanswer.dll"
bench="$root/harness/OncoAnswer.Benchmarks/bin/Release/net10.0/OncoAnswer.Benchmarks.dll"
work="$root/out/scale"
mkdir -p "$work" out/measurements

for n in "${sizes[@]}"; do
  data="$work/data-$n"
  [ -f "$data/answers.jsonl" ] || dotnet "$bench" scale-data "$n" "$data" "$root/scenarios" >/dev/null
  rm -rf "$work/run-$n"; mkdir -p "$work/run-$n"
  out_args=()
  for o in ${OUTS:-}; do out_args+=(--out "$work/run-$n/$o"); done
  [ ${#out_args[@]} -eq 0 ] && out_args=(--out "$work/run-$n/out")
  set +e
  /usr/bin/time -f "%e %M" -o "$work/run-$n/time.txt" \
    dotnet "$cli" run --suite "$data/suites" --answers "$data/answers.jsonl" --store "$work/run-$n/runs.db" \
      --concurrency "${CONCURRENCY:-8}" "${out_args[@]}" >"$work/run-$n/stdout.txt" 2>&1
  code=$?
  set -e
  read -r wall rss_kb <"$work/run-$n/time.txt"
  line=$(awk -v n="$n" -v w="$wall" -v r="$rss_kb" -v c="$code" -v cpu="$(nproc)" -v load="$(cut -d' ' -f1 /proc/loadavg)" \
    'BEGIN { printf "N=%d wall=%.1fs scenarios/s=%.0f peakRSS=%.0fMB exit=%d cores=%d load1=%s", n, w, n / w, r / 1024, c, cpu, load }')
  files=$(find "$work/run-$n" -maxdepth 2 -type f \( -name '*.html' -o -name '*.json' -o -name '*.xml' -o -name '*.csv' \) -printf '%f=%sB ' 2>/dev/null)
  echo "$line $files" | tee -a out/measurements/scale.txt
  if [ "$code" -ne 0 ] && [ "$code" -ne 1 ]; then
    tail -5 "$work/run-$n/stdout.txt" >&2
  fi
done
