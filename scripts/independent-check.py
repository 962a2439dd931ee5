#!/usr/bin/env python3
"""Runs ../shared/validation/measure.py on the independent check sets in validation/independent: answers and
statements written, with labels, by writers who never saw the scorers' rules (see validation/independent/README.md).

usage: python3 scripts/independent-check.py oncology_a|oncology_b|oncology_c|nli_a|nli_b [--misses] CLI...
An oncology set is measured in measure.py's place of its oncology development set, an nli set in place of K-QA's
statement pairs (K-QA's answer-level figures then still come from the development set). The figures are measure.py's
own; its targets are the development targets."""
import os, shutil, subprocess, sys, tempfile

sets = ("oncology_a", "oncology_b", "oncology_c", "nli_a", "nli_b")
if len(sys.argv) < 3 or sys.argv[1] not in sets:
    sys.exit(__doc__)
name, rest = sys.argv[1], sys.argv[2:]
here = os.path.dirname(os.path.abspath(__file__))
src = os.environ.get("ONCOANSWER_VALIDATION", os.path.join(here, "..", "..", "shared", "validation"))
mine = os.path.join(here, "..", "validation", "independent")

with tempfile.TemporaryDirectory() as d:
    for f in ("measure.py", "oncology_dev.jsonl", "kqa_nli_dev.csv", "kqa_answers_dev.csv", "msb_refusals_dev.csv"):
        shutil.copy(os.path.join(src, f), d)
    oncology = name.startswith("oncology")
    target = "oncology_dev.jsonl" if oncology else "kqa_nli_dev.csv"
    shutil.copy(os.path.join(mine, name + (".jsonl" if oncology else ".csv")), os.path.join(d, target))
    flags = [a for a in rest if a == "--misses"]
    cli = [a for a in rest if a != "--misses"]
    sys.exit(subprocess.run([sys.executable, os.path.join(d, "measure.py"), "--only", "oncology" if oncology else "kqa"] + flags + cli).returncode)
