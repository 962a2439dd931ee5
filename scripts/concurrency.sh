#!/usr/bin/env bash
# Concurrency measurement: a loopback answer service with a fixed 100 ms latency (OncoAnswer.Benchmarks
# loopback-server, Kestrel on 127.0.0.1) and 2,000 scenarios run through the real CLI's http generator at
# concurrency 64. Ideal: ceil(2000 / 64) x 100 ms = 3.2 s of waiting (3.125 s if the last round were full); target
# <= 3.57 s (1.15 x 3.1 s). Prints the run's own duration (run record start to finish) and the process wall time for
# each repetition and their medians; appends them to out/measurements/concurrency.txt.
# Usage: ./scripts/concurrency.sh [REPEATS]      env: N (2000), CONCURRENCY (64), LATENCY_MS (100), CLI (the oncoanswer.dll to run)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
repeats=${1:-3}
n=${N:-2000}
concurrency=${CONCURRENCY:-64}
latency=${LATENCY_MS:-100}
# The CLI is published ReadyToRun (precompiled; the Crossgen2 package comes from NuGet like any other): a 3-second run
# otherwise spends its first round JIT-compiling the HTTP, scoring and store code (docs/performance.md). CLI=path.dll
# measures another build instead, e.g. the plain `dotnet build` output.
rid=$(dotnet --info | awk '/^ *RID:/ { print $2; exit }')
dotnet publish harness/OncoAnswer.Cli -c Release -r "${rid:-linux-x64}" --self-contained false -p:PublishReadyToRun=true \
  -o "$root/out/cli-r2r" -nologo -v quiet >/dev/null
dotnet build harness/OncoAnswer.Benchmarks -c Release -nologo -v quiet >/dev/null
cli="${CLI:-$root/out/cli-r2r/oncoanswer.dll}"
bench="$root/harness/OncoAnswer.Benchmarks/bin/Release/net10.0/OncoAnswer.Benchmarks.dll"
work="$root/out/concurrency"
rm -rf "$work"; mkdir -p "$work" out/measurements
data="$root/out/scale/data-$n"
[ -f "$data/answers.jsonl" ] || dotnet "$bench" scale-data "$n" "$data" "$root/scenarios" >/dev/null

dotnet "$bench" loopback-server "$latency" "$work/url.txt" 900 >"$work/server.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do [ -s "$work/url.txt" ] && break; sleep 0.2; done
url=$(cat "$work/url.txt")
cat >"$work/oncoanswer.yaml" <<YAML
generators:
  - name: loopback
    type: http
    url: $url
    body: '{"question": {{ question }}}'
    answer_path: answer
    concurrency: $concurrency
    timeout_seconds: 30
    retries: 0
    cache: false
YAML

runs=()
walls=()
for i in $(seq 1 "$repeats"); do
  start=$(date +%s.%N)
  dotnet "$cli" run --config "$work/oncoanswer.yaml" --generator loopback --suite "$data/suites" --concurrency "$concurrency" \
    --no-cache --store "$work/runs-$i.db" --out "$work/results-$i.json" >"$work/stdout-$i.txt" 2>&1 || true
  end=$(date +%s.%N)
  run=$(python3 -c "import json,datetime as d;r=json.load(open('$work/results-$i.json'))['run'];p=lambda s:d.datetime.fromisoformat(s.replace('Z','+00:00'));print('%.2f'%(p(r['finishedAt'])-p(r['startedAt'])).total_seconds())")
  total=$(python3 -c "import json;s=json.load(open('$work/results-$i.json'))['summary'];print(s['total'],s['errors'])")
  wall=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
  echo "repetition $i: run ${run}s (process wall ${wall}s), results/errors: $total, load1 $(cut -d' ' -f1 /proc/loadavg)"
  runs+=("$run"); walls+=("$wall")
done
median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
line="N=$n concurrency=$concurrency latency=${latency}ms median run=$(median "${runs[@]}")s median wall=$(median "${walls[@]}")s ideal=3.1s target<=3.57s runs=[${runs[*]}] load1=$(cut -d' ' -f1 /proc/loadavg)"
echo "$line" | tee -a out/measurements/concurrency.txt
