#!/usr/bin/env bash
# Start-up cost of the oncoanswer command: scoring one answer, timed N times per way of starting it (median and
# fastest wall time, median CPU time of the process and its children). See docs/performance.md, "Start-up".
#
#   scripts/measure-startup.sh [RUNS]          # RUNS defaults to 9
#   NO_BUILD=1 scripts/measure-startup.sh      # reuse the Release build in harness/OncoAnswer.Cli/bin
#   TOOL=1 scripts/measure-startup.sh          # also pack and install the dotnet tool into a temporary tool path
#   R2R=1 scripts/measure-startup.sh           # also publish a ReadyToRun copy (linux-x64) and time it; this needs
#                                              # the crossgen2 and runtime packs, which are downloaded into a private
#                                              # package folder (the usual NuGet cache is only read)
#
# The machine should be otherwise idle: on a shared 2-core machine other builds easily double every figure.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
runs=${1:-9}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [[ "${NO_BUILD:-}" != 1 ]]; then
  dotnet build harness/OncoAnswer.Cli -c Release -nologo -v quiet >/dev/null
fi

dll="$root/harness/OncoAnswer.Cli/bin/Release/net10.0/oncoanswer.dll"
printf '%s\n' '{"id": "startup-1", "question": "Can yoga help with anxiety during chemotherapy?", "answer": "Yoga and meditation can ease anxiety during treatment. This is general information, not medical advice; please talk to your oncologist or care team."}' > "$work/one.jsonl"

# time_it LABEL COMMAND...: runs the command $runs times from $work and prints one line of figures.
time_it() {
  local label=$1
  shift
  (cd "$work" && python3 - "$runs" "$label" "$@" <<'PY'
import resource, statistics, subprocess, sys, time
runs, label, cmd = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
walls, cpus = [], []
for _ in range(runs):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    walls.append(time.perf_counter() - start)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        sys.exit(f"{label}: exit {done.returncode}: {done.stderr.strip()}")
print(f"{label:<44} wall median {statistics.median(walls):5.2f} s  fastest {min(walls):5.2f} s  cpu median {statistics.median(cpus):5.2f} s")
PY
  )
}

echo "oncoanswer start-up, $runs runs each, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
time_it "--version (host and runtime floor)" dotnet "$dll" --version
time_it "score 1 answer: dotnet oncoanswer.dll" dotnet "$dll" score one.jsonl --out x.json
time_it "score 1 answer: dotnet run --no-build" dotnet run --project "$root/harness/OncoAnswer.Cli" -c Release --no-build -- score one.jsonl --out x.json

if [[ "${TOOL:-}" == 1 ]]; then
  dotnet pack harness/OncoAnswer.Cli -c Release --no-build -o "$work/packages" -nologo -v quiet >/dev/null
  cat > "$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration><packageSources><clear /><add key="local" value="$work/packages" /></packageSources></configuration>
EOF
  dotnet tool install OncoAnswer.Cli --tool-path "$work/tools" --add-source "$work/packages" --configfile "$work/nuget.config" >/dev/null
  time_it "score 1 answer: installed tool (apphost)" "$work/tools/oncoanswer" score one.jsonl --out x.json
fi

if [[ "${R2R:-}" == 1 ]]; then
  # A copy of the sources, so the RID-specific restore does not touch this checkout's obj/ folders.
  mkdir -p "$work/src"
  tar --exclude=bin --exclude=obj -cf - Directory.Build.props Directory.Packages.props global.json harness scenarios | tar -xf - -C "$work/src"
  NUGET_PACKAGES="${R2R_PACKAGES:-$HOME/.cache/oncoanswer-r2r-packages}" dotnet publish "$work/src/harness/OncoAnswer.Cli" -c Release \
    -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -p:RestoreAdditionalProjectFallbackFolders="$HOME/.nuget/packages" -o "$work/r2r" -nologo -v quiet >/dev/null
  time_it "score 1 answer: ReadyToRun publish" dotnet "$work/r2r/oncoanswer.dll" score one.jsonl --out x.json
fi
