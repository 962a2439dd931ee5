#!/usr/bin/env bash
# Run store measurement (issue 21) through the real CLI against a local PostgreSQL server (started here, durable
# defaults: fsync and synchronous_commit on) and SQLite:
#   1. 8 concurrent `oncoanswer run` writers x 2,000 scenarios and 16 concurrent `runs list` readers on one PostgreSQL
#      store: errors, and row counts checked exactly (per run and in the results table);
#   2. a 100,000-scenario run, wall time with --store SQLite vs --store PostgreSQL (REPEATS times each, alternating);
#   3. kill -9 mid-run + --resume against PostgreSQL, generator calls counted by a loopback service: lost results and
#      finished scenarios called again;
#   4. a 4-shard run into one PostgreSQL run record (--run-id) vs the unsharded run: `oncoanswer compare` exit code.
# Figures are appended to out/measurements/store.txt.
# Usage: ./scripts/measure-store.sh [STEPS]   STEPS: any of "concurrency scale kill shards" (default all)
#        env: N (100000), REPEATS (1), WRITERS (8), READERS (16)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
steps=${*:-concurrency scale kill shards}
n=${N:-100000}
repeats=${REPEATS:-1}
writers=${WRITERS:-8}
readers=${READERS:-16}
work="$root/out/store"
rm -rf "$work"; mkdir -p "$work" out/measurements
log() { echo "$*" | tee -a out/measurements/store.txt; }

. scripts/postgres.sh
server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; pg_stop; }
trap cleanup EXIT
pg_start >/dev/null
psql_() { "$PG_TEST_BIN/psql" -h "$PG_TEST_DIR" -U oncoanswer -d "${DB:-postgres}" -qAtX "$@"; }

dotnet build harness/OncoAnswer.Cli -c Release -nologo -v quiet >/dev/null
dotnet build harness/OncoAnswer.Benchmarks -c Release -nologo -v quiet >/dev/null
# A copy of the build, so a rebuild during the measurement cannot swap the binaries under it.
rm -rf "$root/out/store-cli"; cp -r "$root/harness/OncoAnswer.Cli/bin/Release/net10.0" "$root/out/store-cli"
cli="$root/out/store-cli/oncoanswer.dll"
bench="$root/harness/OncoAnswer.Benchmarks/bin/Release/net10.0/OncoAnswer.Benchmarks.dll"
data() { local d="$root/out/scale/data-$1"; [ -f "$d/answers.jsonl" ] || dotnet "$bench" scale-data "$1" "$d" "$root/scenarios" >/dev/null; echo "$d"; }
store() { psql_ -c "CREATE DATABASE $1;" >/dev/null; echo "$PG_TEST_CONNECTION;Database=$1"; }
log "--- $(date -u +%FT%TZ) store measurement, $(nproc) cores, load1 $(cut -d' ' -f1 /proc/loadavg), PostgreSQL $("$PG_TEST_BIN/postgres" --version | awk '{print $3}')"

if [[ " $steps " == *" concurrency "* ]]; then
  d=$(data 2000); s=$(store m_conc)
  dotnet "$cli" runs list --store "$s" >/dev/null   # creates the schema before the crowd arrives
  start=$(date +%s.%N)
  pids=()
  for i in $(seq 1 "$writers"); do
    dotnet "$cli" run --suite "$d/suites" --answers "$d/answers.jsonl" --store "$s" --concurrency 4 --out "$work/conc-w$i/results.json" \
      >"$work/conc-w$i.log" 2>&1 &
    pids+=($!)
  done
  : >"$work/readers.txt"
  for r in $(seq 1 "$readers"); do
    ( ok=0; bad=0
      while [ -z "$(ls "$work"/conc-done 2>/dev/null)" ]; do
        if dotnet "$cli" runs list --store "$s" >"$work/reader-$r.out" 2>&1; then ok=$((ok + 1)); else bad=$((bad + 1)); cp "$work/reader-$r.out" "$work/reader-$r.err.$bad"; fi
      done
      echo "$ok $bad" >>"$work/readers.txt" ) &
  done
  werr=0
  for p in "${pids[@]}"; do code=0; wait "$p" || code=$?; [ "$code" -le 1 ] || werr=$((werr + 1)); done
  wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
  touch "$work/conc-done"; wait
  lists=$(awk '{ s += $1 } END { print s + 0 }' "$work/readers.txt"); rerr=$(awk '{ s += $2 } END { print s + 0 }' "$work/readers.txt")
  lockerr=$( (grep -lisE "database is locked|deadlock|is locked|could not obtain lock|busy" "$work"/conc-w*.log "$work"/reader-*.err.* 2>/dev/null || true) | wc -l)
  rows=$(DB=m_conc psql_ -c "SELECT COUNT(*) FROM results;"); distinct=$(DB=m_conc psql_ -c "SELECT COUNT(DISTINCT (run_id, scenario_id, variant, generator, attempt)) FROM results;")
  finished=$(DB=m_conc psql_ -c "SELECT COUNT(*) FROM runs r WHERE finished_at IS NOT NULL AND planned = 2000 AND (SELECT COUNT(*) FROM results s WHERE s.run_id = r.id) = 2000;")
  log "concurrency: $writers writers x 2000 scenarios + $readers readers ($lists 'runs list' calls) on PostgreSQL: wall ${wall}s, writer errors $werr, reader errors $rerr, lock errors $lockerr, result rows $rows (expected $((writers * 2000)), distinct $distinct), runs finished with exactly 2000 stored: $finished/$writers"
fi

if [[ " $steps " == *" scale "* ]]; then
  d=$(data "$n")
  for rep in $(seq 1 "$repeats"); do
    for kind in sqlite postgres; do
      if [ "$kind" = sqlite ]; then s="$work/scale-$rep.db"; else s=$(store "m_scale_$rep"); fi
      start=$(date +%s.%N); code=0
      dotnet "$cli" run --suite "$d/suites" --answers "$d/answers.jsonl" --store "$s" --out "$work/scale-$kind-$rep/results.json" \
        >"$work/scale-$kind-$rep.log" 2>&1 || code=$?
      wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')
      eval "wall_${kind}_$rep=$wall"
      stored=$(dotnet "$cli" runs list --store "$s" | awk 'NR == 2 { print $3 }')
      log "scale: N=$n --store $kind: wall ${wall}s exit $code stored $stored load1 $(cut -d' ' -f1 /proc/loadavg)"
      rm -rf "$work/scale-$kind-$rep"
    done
    eval "ratio=\$(awk -v p=\$wall_postgres_$rep -v s=\$wall_sqlite_$rep 'BEGIN { printf \"%.2f\", p / s }')"
    log "scale: N=$n repetition $rep PostgreSQL/SQLite wall time = $ratio (target <= 1.30)"
  done
fi

if [[ " $steps " == *" kill "* ]]; then
  d=$(data 2000); s=$(store m_kill)
  python3 scripts/count-server.py "$d/answers.jsonl" 20 "$work/url.txt" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do [ -s "$work/url.txt" ] && break; sleep 0.5; done
  url=$(cat "$work/url.txt")
  cat >"$work/oncoanswer.yaml" <<YAML
generators:
  - name: loopback
    type: http
    url: $url
    body: '{"question": {{ question }}, "id": {{ scenario_id }}}'
    answer_path: answer
    timeout_seconds: 30
    retries: 0
    cache: false
YAML
  flags=(--config "$work/oncoanswer.yaml" --generator loopback --suite "$d/suites" --store "$s" --concurrency 8 --no-cache)
  dotnet "$cli" run "${flags[@]}" --out "$work/kill-1/results.json" >"$work/kill-1.log" 2>&1 &
  victim=$!
  for _ in $(seq 1 600); do
    stored=$(DB=m_kill psql_ -c "SELECT COUNT(*) FROM results;" 2>/dev/null || echo 0)
    [ "${stored:-0}" -ge 700 ] && break; sleep 0.1
  done
  kill -9 "$victim"; wait "$victim" 2>/dev/null || true
  run_id=$(DB=m_kill psql_ -c "SELECT id FROM runs;")
  DB=m_kill psql_ -c "SELECT scenario_id FROM results;" | sort >"$work/before.txt"
  before=$(wc -l <"$work/before.txt")
  curl -s "$url" >"$work/calls-before.json"
  code=0
  dotnet "$cli" run "${flags[@]}" --resume "$run_id" --out "$work/kill-2/results.json" >"$work/kill-2.log" 2>&1 || code=$?
  curl -s "$url" >"$work/calls-after.json"
  read -r lost dup recalled total_calls < <(python3 - "$work" "$d" <<'PY'
import json, sys, os, glob
work, data = sys.argv[1], sys.argv[2]
before = [l.strip() for l in open(os.path.join(work, "before.txt")) if l.strip()]
after_calls = json.load(open(os.path.join(work, "calls-after.json")))
before_calls = json.load(open(os.path.join(work, "calls-before.json")))
res = json.load(open(os.path.join(work, "kill-2", "results.json")))
ids = [r["scenarioId"] for r in res["results"]]
planned = sum(1 for l in open(os.path.join(data, "answers.jsonl")) if l.strip())
recalled = sum(1 for i in before if after_calls.get(i, 0) > before_calls.get(i, 0))
print(planned - len(set(ids)), len(ids) - len(set(ids)), recalled, sum(after_calls.values()))
PY
)
  final=$(dotnet "$cli" runs list --store "$s" | awk 'NR == 2 { print $2, $3 }')
  log "kill -9 + --resume on PostgreSQL: killed with $before/2000 stored, resume exit $code, run now: $final; lost $lost, duplicates $dup, finished scenarios called again $recalled (generator calls in all $total_calls: 2000 + the ones in flight at the kill)"
  kill "$server_pid" 2>/dev/null; server_pid=""
fi

if [[ " $steps " == *" shards "* ]]; then
  d=$(data 2000); s=$(store m_shards)
  dotnet "$cli" run --suite "$d/suites" --answers "$d/answers.jsonl" --store "$s" --tag whole --out "$work/whole/results.json" >"$work/whole.log" 2>&1 || true
  whole=$(dotnet "$cli" runs list --store "$s" | awk 'NR == 2 { print $1 }')
  pids=()
  for i in 1 2 3 4; do
    dotnet "$cli" run --suite "$d/suites" --answers "$d/answers.jsonl" --store "$s" --shard "$i/4" --run-id m-shared --out "$work/shard-$i/results.json" \
      >"$work/shard-$i.log" 2>&1 &
    pids+=($!)
  done
  for p in "${pids[@]}"; do wait "$p" || true; done
  shared=$(dotnet "$cli" runs list --store "$s" | grep '^m-shared ' | awk '{ print $2, $3 }')
  code=0; dotnet "$cli" compare "$whole" m-shared --store "$s" >"$work/compare.txt" 2>&1 || code=$?
  log "4 shards into one PostgreSQL run record: m-shared $shared; compare $whole m-shared: exit $code ($(sed -n 2p "$work/compare.txt"))"
fi
