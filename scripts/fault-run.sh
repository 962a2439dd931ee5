#!/usr/bin/env bash
# Issue 19, acceptance 2: a scripted fault run over the bundled library against a loopback fault server, then kill -9
# at random points and --resume. Figures (JSON) go to stdout and to WORK_DIR; docs/reliability.md records a run's.
#
# Usage: ./scripts/fault-run.sh [FAULT_RATE=0.3] [KILLS=10] [SEED=19]
#   1. fault run: every request has FAULT_RATE chance of a fault (delay past the timeout, 429 + Retry-After, 5xx,
#      invalid JSON, connection reset, truncated body, finish_reason length); checked by scripts/fault-check.py:
#      0 silent passes (a scenario whose last call was faulted and still got a scored verdict), every error names its cause.
#   2. kill/resume: KILLS x (start or --resume, kill -9 at a random moment), then a final --resume; checked by
#      scripts/kill-resume.py: 0 lost, 0 duplicated, 0 scenarios called again after the resume, every output well-formed.
# Needs python3 (standard library only). Takes about two minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
RATE="${1:-0.3}"; KILLS="${2:-10}"; SEED="${3:-19}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/oncoanswer-fault-run.XXXXXX")"
dotnet build harness/OncoAnswer.Cli -c Release -nologo -v quiet >/dev/null
DLL="$PWD/harness/OncoAnswer.Cli/bin/Release/net10.0/oncoanswer.dll"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"

dotnet "$DLL" export csv --out "$WORK/library.csv" >/dev/null
python3 scripts/fault-server.py "$PORT" "$WORK/library.csv" scenarios/answers/library.jsonl scenarios/answers/reference.jsonl \
  --log "$WORK/requests.log" --fault-rate "$RATE" --delay 3 --seed "$SEED" >"$WORK/server.out" 2>&1 &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q "fault server" "$WORK/server.out" 2>/dev/null && break; sleep 0.1; done

cat >"$WORK/oncoanswer.yaml" <<YAML
generators:
  - name: faulty
    type: openai
    base_url: http://127.0.0.1:$PORT/v1
    model: fault-model
    api_key: fault-run-key
    timeout_seconds: 2
    retries: 2
    retry_delay_ms: 100
    cache: false
YAML

echo "== fault run (fault rate $RATE) =="
set +e
dotnet "$DLL" run --config "$WORK/oncoanswer.yaml" --generator faulty --no-cache -c 4 --store "$WORK/runs.db" \
  --out "$WORK/out" --out "$WORK/out/junit.xml" >"$WORK/run.out" 2>&1
echo "exit code: $?"
python3 scripts/fault-check.py "$WORK/requests.log" "$WORK/out/results.json" | tee "$WORK/fault-figures.json"
FAULTS=${PIPESTATUS[0]}

echo "== kill -9 x $KILLS and --resume =="
: >"$WORK/requests.log"
python3 scripts/kill-resume.py "$DLL" "$WORK/oncoanswer.yaml" "$WORK/library.csv" "$WORK/requests.log" "$WORK" "$KILLS" "$SEED" | tee "$WORK/kill-figures.json"
KILLED=${PIPESTATUS[0]}
set -e
echo "work folder: $WORK"
[ "$FAULTS" = 0 ] && [ "$KILLED" = 0 ] && echo "fault run: OK" || { echo "fault run: FAILED"; exit 1; }
