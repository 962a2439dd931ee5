#!/usr/bin/env python3
"""Checks a fault run (scripts/fault-run.sh): reads the fault server's request log and the run's results.json.

A scenario whose last request got a fault never received an answer: its verdict must be an error whose message names
that fault's cause. A scored verdict (pass, fail or review) for it is a silent pass. Prints the figures as JSON.
Usage: fault-check.py REQUEST_LOG RESULTS_JSON
"""
import json
import re
import sys
from collections import Counter, defaultdict

# What an error must say for each injected fault (case-insensitive).
CAUSES = {
    "delay": r"timed out|timeout|within \d",
    "429": r"\b429\b",
    "5xx": r"\b50[03]\b",
    "badjson": r"json|invalid|unexpected character|not valid",
    "reset": r"reset|connection|closed|ended|eof|transport|socket",
    "truncated": r"truncat|ended|prematurely|connection|eof|json|incomplete|reset|closed|transport",
    "length": r"length|token limit|cut off|max_tokens",
}


def main():
    log_path, results_path = sys.argv[1], sys.argv[2]
    requests = defaultdict(list)
    faults = Counter()
    with open(log_path, encoding="utf-8") as f:
        for line in f:
            entry = json.loads(line)
            requests[entry["key"]].append(entry)
            faults[entry["fault"] or "none"] += 1
    with open(results_path, encoding="utf-8") as f:
        results = json.load(f)["results"]

    silent, unnamed, spurious, errors_by_fault = [], [], [], Counter()
    for r in results:
        users = [t for t in r["turns"] if t["role"] == "user"]
        key = users[-1]["text"].strip() if users else ""
        calls = sorted(requests.get(key, []), key=lambda e: e["n"])
        if not calls:
            continue
        last = calls[-1]["fault"]
        verdict, error = r["verdict"], r.get("error") or ""
        if last is None:
            if verdict == "error":
                spurious.append((r["scenarioId"], error[:160]))
            continue
        if verdict != "error":
            silent.append((r["scenarioId"], last, verdict))
            continue
        errors_by_fault[last] += 1
        if not re.search(CAUSES[last], error, re.IGNORECASE):
            unnamed.append((r["scenarioId"], last, error[:200]))

    figures = {
        "requests": sum(faults.values()),
        "faults_injected": {k: v for k, v in sorted(faults.items())},
        "fault_share": round(1 - faults["none"] / max(1, sum(faults.values())), 3),
        "results": len(results),
        "verdicts": dict(Counter(r["verdict"] for r in results)),
        "ended_on_a_fault": sum(errors_by_fault.values()) + len(silent),
        "errors_by_last_fault": dict(errors_by_fault),
        "silent_passes": len(silent),
        "errors_not_naming_their_cause": len(unnamed),
        "errors_after_a_good_answer": len(spurious),
    }
    print(json.dumps(figures, indent=2))
    for item in silent:
        print("SILENT PASS:", item, file=sys.stderr)
    for item in unnamed:
        print("CAUSE NOT NAMED:", item, file=sys.stderr)
    for item in spurious:
        print("ERROR AFTER A GOOD ANSWER:", item, file=sys.stderr)
    return 1 if silent or unnamed else 0


if __name__ == "__main__":
    sys.exit(main())
