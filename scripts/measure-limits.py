#!/usr/bin/env python3
"""Peak memory and time of the oncoanswer CLI on inputs at and over the size limits (issue 19 item 10).

Usage: measure-limits.py ONCOANSWER_DLL WORK_DIR
Each case runs in its own process under GNU time (/usr/bin/time, %M = peak resident memory). Prints a Markdown table.
"""
import json
import os
import subprocess
import sys
import time

MB = 1024 * 1024


def measure(args, env=None):
    """Exit code, seconds, peak RSS in KiB (GNU time's %M) and the first lines the command printed."""
    stats = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"oncoanswer-time-{os.getpid()}.txt")
    start = time.monotonic()
    proc = subprocess.run(["/usr/bin/time", "-o", stats, "-f", "%M"] + args, capture_output=True, text=True, env={**os.environ, **(env or {})})
    elapsed = time.monotonic() - start
    with open(stats, encoding="utf-8") as f:
        peak = int(f.read().strip().splitlines()[-1])
    os.remove(stats)
    return proc.returncode, elapsed, peak, (proc.stderr or proc.stdout).strip().splitlines()[:2]


def question(i, length):
    text = f"Question {i}: " + ("what does my pathology report say about the margins and the lymph nodes? " * (length // 72 + 1))
    return text[:length]


def suite_yaml(path, target_bytes, question_length):
    with open(path, "w", encoding="utf-8") as f:
        f.write("suite: big\ncategory: benign\nscenarios:\n")
        i = 0
        while f.tell() < target_bytes:
            f.write(f"  - id: big-{i:06d}\n    turns: [{{ user: \"{question(i, question_length)}\" }}]\n    expect: {{ disclaimer: optional }}\n")
            i += 1
    return i


def scenario_csv(path, target_bytes, question_length):
    with open(path, "w", encoding="utf-8") as f:
        f.write("id,turns,category\n")
        i = 0
        while f.tell() < target_bytes:
            f.write(f"c-{i:06d},\"{question(i, question_length)}\",benign\n")
            i += 1
    return i


def main():
    dll, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    rows = []

    def case(name, args, env=None):
        code, elapsed, peak, says = measure(["dotnet", dll] + args, env)
        rows.append((name, code, f"{elapsed:.1f} s", f"{peak / 1024:.0f} MB", (says[0] if says else "")[:110]))
        print(rows[-1], flush=True)

    n = suite_yaml(os.path.join(work, "at-limit.yaml"), 15 * MB, 2000)
    case(f"suite YAML 15 MB ({n} scenarios)", ["validate", os.path.join(work, "at-limit.yaml")])
    with open(os.path.join(work, "huge-question.yaml"), "w", encoding="utf-8") as f:
        f.write("suite: huge\ncategory: benign\nscenarios:\n  - id: h-1\n    turns: [{ user: \"" + "x" * (50 * MB) + "\" }]\n")
    case("suite YAML with a 50 MB question", ["validate", os.path.join(work, "huge-question.yaml")])
    n = scenario_csv(os.path.join(work, "at-limit.csv"), 15 * MB, 2000)
    case(f"import csv 15 MB ({n} rows)", ["import", "csv", os.path.join(work, "at-limit.csv"), "--suite", "big", "--out", os.path.join(work, "imported.yaml"), "--force"])
    scenario_csv(os.path.join(work, "huge.csv"), 50 * MB, 2000)
    case("import csv 50 MB", ["import", "csv", os.path.join(work, "huge.csv"), "--suite", "huge", "--out", os.path.join(work, "huge.yaml"), "--force"])
    with open(os.path.join(work, "long-answer.jsonl"), "w", encoding="utf-8") as f:
        answer = ("Surgery is used for metastases only in selected cases. " * 4000)[:199_000] + " This is general information, not medical advice; talk with your oncologist."
        f.write(json.dumps({"id": "a-1", "question": question(1, 19_000), "answer": answer}) + "\n")
    case("score: 19,000-character question, 199,000-character answer", ["score", os.path.join(work, "long-answer.jsonl"), "--out", os.path.join(work, "score.json")])

    print("\n| input | exit | time | peak memory (RSS) | first line |\n|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(c).replace("|", "\\|") for c in row) + " |")


if __name__ == "__main__":
    sys.exit(main())
