#!/usr/bin/env python3
"""Runs ../shared/validation/measure.py on the independent check sets in validation/independent: answers and
statements written, with labels, by writers who never saw the scorers' rules (see validation/independent/README.md).

usage: python3 scripts/independent-check.py SET [--misses] CLI...
SET is a file name in validation/independent without its extension (oncology_a, nli_b, answers_c …). An oncology set
is measured in measure.py's place of its oncology development set, an nli set in place of K-QA's statement pairs and an
answers set in place of K-QA's answer-level labels (the other K-QA figures then still come from the development set).
The figures are measure.py's own; its targets are the development targets."""
import os, shutil, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
src = os.environ.get("ONCOANSWER_VALIDATION", os.path.join(here, "..", "..", "shared", "validation"))
mine = os.path.join(here, "..", "validation", "independent")
kinds = {"oncology": ("oncology_dev.jsonl", ".jsonl", "oncology"), "nli": ("kqa_nli_dev.csv", ".csv", "kqa"),
         "answers": ("kqa_answers_dev.csv", ".csv", "kqa")}
sets = sorted(f.rsplit(".", 1)[0] for f in os.listdir(mine) if f.split("_")[0] in kinds and "." in f)
if len(sys.argv) < 3 or sys.argv[1] not in sets:
    sys.exit(__doc__ + "\nsets here: " + " ".join(sets))
name, rest = sys.argv[1], sys.argv[2:]

with tempfile.TemporaryDirectory() as d:
    for f in ("measure.py", "oncology_dev.jsonl", "kqa_nli_dev.csv", "kqa_answers_dev.csv", "msb_refusals_dev.csv"):
        shutil.copy(os.path.join(src, f), d)
    target, ext, only = kinds[name.split("_")[0]]
    shutil.copy(os.path.join(mine, name + ext), os.path.join(d, target))
    flags = [a for a in rest if a == "--misses"]
    cli = [a for a in rest if a != "--misses"]
    sys.exit(subprocess.run([sys.executable, os.path.join(d, "measure.py"), "--only", only] + flags + cli).returncode)
