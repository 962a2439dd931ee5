#!/usr/bin/env python3
"""kill -9 at random points, then --resume, over the bundled library against the fault server (scripts/fault-run.sh).

Usage: kill-resume.py ONCOANSWER_DLL CONFIG LIBRARY_CSV REQUEST_LOG WORK_DIR KILLS SEED

Starts `oncoanswer run`, kills it with SIGKILL at a random point of its progress (1-12 more stored results, then 0-300
ms), and resumes it with
`--resume ID`, KILLS times, then lets the last resume finish. After every kill it checks that each output file
present is well-formed and reads which scenarios the store already holds; every request the fault server sees after
that for one of those scenarios is a call made twice. At the end: every planned scenario has exactly one result (none
lost, none duplicated) and every output is well-formed. Prints the figures as JSON; exit 1 on any violation.
"""
import csv
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
import xml.dom.minidom

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from importlib import import_module  # noqa: E402

last_user = import_module("fault-server").last_user


def stored(db, run_id):
    if not os.path.exists(db):
        return []
    con = sqlite3.connect(db)
    try:
        return [row[0] for row in con.execute("SELECT scenario_id FROM results WHERE run_id = ?", (run_id,))]
    finally:
        con.close()


def well_formed(out):
    """Problems with the output files present in OUT (a missing file is fine between kills)."""
    problems = []
    checks = {
        "results.json": lambda t: json.loads(t)["results"],
        "junit.xml": lambda t: xml.dom.minidom.parseString(t.encode()),
        "report.html": lambda t: None if t.rstrip().endswith("</html>") else (_ for _ in ()).throw(ValueError("no </html>")),
        "results.csv": lambda t: None if t.endswith("\r\n") and t.startswith("run_id,") else (_ for _ in ()).throw(ValueError("cut")),
        "summary.md": lambda t: None if t.strip() else (_ for _ in ()).throw(ValueError("empty")),
    }
    for name, check in checks.items():
        path = os.path.join(out, name)
        if os.path.exists(path):
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    check(f.read())
            except Exception as ex:  # noqa: BLE001 - any parse failure is a malformed output
                problems.append(f"{name}: {ex}")
    return problems


def main():
    dll, config, library, log, work, kills, seed = sys.argv[1:8]
    kills, rng = int(kills), random.Random(int(seed))
    db, out = os.path.join(work, "killed.db"), os.path.join(work, "killed-out")
    key_of = {}
    with open(library, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            key_of[row["id"]] = last_user(row["turns"])
    planned = len(key_of)
    base = ["dotnet", dll, "run", "--config", config, "--generator", "faulty", "--no-cache", "-c", "1", "--store", db,
            "--out", out, "--out", os.path.join(out, "junit.xml"), "--out", os.path.join(out, "results.csv"), "--out", os.path.join(out, "summary.md")]

    run_id, done_kills, twice, malformed, segments = None, 0, [], [], []
    completed = set()
    while True:
        log_start = sum(1 for _ in open(log, encoding="utf-8")) if os.path.exists(log) else 0
        args = base + (["--resume", run_id] if run_id else [])
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        started = None
        for line in proc.stdout:
            if line.startswith("run "):
                run_id = run_id or line.split()[1]
                started = time.monotonic()
                break
        if started is None:
            proc.wait()
            print(json.dumps({"error": "the run printed no id"}))
            return 1
        if done_kills < kills:
            # A random point in the run's progress: once the store holds 1-12 more results than before (or all of
            # them), plus a random 0-300 ms, so kills land mid-call, mid-scoring, mid-store and mid-output alike.
            target = min(planned, len(completed) + rng.randint(1, 12))
            while proc.poll() is None and len(stored(db, run_id)) < target and time.monotonic() - started < 60:
                time.sleep(0.05)
            time.sleep(rng.uniform(0.0, 0.3))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                done_kills += 1
        proc.stdout.read()
        code = proc.wait()
        # Requests this process made for scenarios the store already held before it started: called twice.
        with open(log, encoding="utf-8") as f:
            new = [json.loads(line) for i, line in enumerate(f) if i >= log_start]
        done_keys = {key_of[s] for s in completed if s in key_of}
        twice += [e["key"][:60] for e in new if e["key"] in done_keys]
        now = stored(db, run_id)
        segments.append({"exit": code, "killed": code == -signal.SIGKILL, "stored_before": len(completed), "stored_after": len(now), "requests": len(new)})
        malformed += [f"after segment {len(segments)}: {p}" for p in well_formed(out)]
        completed = set(now)
        if code != -signal.SIGKILL:
            break

    final = stored(db, run_id)
    with open(os.path.join(out, "results.json"), encoding="utf-8") as f:
        results = json.load(f)["results"]
    figures = {
        "run": run_id,
        "kills": done_kills,
        "segments": segments,
        "planned": planned,
        "stored_results": len(final),
        "lost": planned - len(set(final)),
        "duplicated_in_store": len(final) - len(set(final)),
        "results_json_results": len(results),
        "called_twice_after_resume": len(twice),
        "malformed_outputs": malformed,
        "last_exit_code": segments[-1]["exit"],
    }
    print(json.dumps(figures, indent=2))
    bad = figures["lost"] or figures["duplicated_in_store"] or twice or malformed or len(results) != planned or done_kills < kills
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
