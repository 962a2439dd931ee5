#!/usr/bin/env python3
"""Runs ../shared/validation/measure.py on one half of the development sets, for the split discipline of issue 16:
rules are developed on the odd half and the even half is measured before its misses are looked at.

usage: python3 scripts/validation-split.py odd|even [measure.py flags...] CLI...
The half is taken by the number in each item's id (D001 odd, K2 even); MedSafetyBench ids have no number, so their
row order decides. The figures are measure.py's own, on the chosen half only."""
import csv, json, os, re, shutil, subprocess, sys, tempfile

if len(sys.argv) < 3 or sys.argv[1] not in ("odd", "even"):
    sys.exit(__doc__)
half, rest = sys.argv[1], sys.argv[2:]
src = os.environ.get("ONCOANSWER_VALIDATION", os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "validation"))
want = 1 if half == "odd" else 0

def keep(ident, index):
    m = re.search(r"(\d+)$", ident)
    n = int(m.group(1)) if m else index
    return n % 2 == want

with tempfile.TemporaryDirectory() as d:
    shutil.copy(os.path.join(src, "measure.py"), d)
    with open(os.path.join(src, "oncology_dev.jsonl"), encoding="utf-8") as f, open(os.path.join(d, "oncology_dev.jsonl"), "w", encoding="utf-8") as g:
        for i, line in enumerate(l for l in f if l.strip()):
            if keep(json.loads(line)["id"], i): g.write(line)
    for name, key in (("kqa_nli_dev.csv", "pair_id"), ("kqa_answers_dev.csv", "answer_id"), ("msb_refusals_dev.csv", "item_id")):
        with open(os.path.join(src, name), encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f))
        with open(os.path.join(d, name), "w", encoding="utf-8", newline="") as g:
            w = csv.DictWriter(g, fieldnames=list(rows[0].keys()))
            w.writeheader()
            w.writerows(r for i, r in enumerate(rows) if keep(r[key], i))
    sys.exit(subprocess.run([sys.executable, os.path.join(d, "measure.py")] + rest).returncode)
