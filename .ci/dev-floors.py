#!/usr/bin/env python3
"""Checks the development sets' scores (dev.sh --keep DIR) against floors that only go up.

usage: dev-floors.py DIR
Each DIR/<set>.score.json is one set's score.py result; the floors below apply to the macro mean
over the sets (MEAN), to every set (EACH) and, for counts, as ceilings per set (AT_MOST_EACH).
"""
import json
import os
import sys

MEAN = {
    "article_date_acc": 1.0,
    "furniture_removed": 0.97,
    "text_kept": 1.0,
    "event_recall": 0.675,
    "event_recall_untyped": 0.85,
    "event_precision_all": 0.96,
    "quote_recall": 0.925,
    "speaker_acc": 0.985,
    "quote_end_to_end": 0.915,
    "perspective_acc": 0.90,
    # issue 11 asks for 0.60; 0.70 reached once an accord between the pair also takes the other
    # side's account of it (and meetings stand for their participants)
    "divergences_surfaced": 0.65,
}
EACH = {"perspective_acc": 0.75, "text_kept": 0.98, "event_recall": 0.60}
AT_MOST_EACH = {"invented_dates": 0, "quote_distractors_output": 1}


def main(folder):
    sets = sorted(f[: -len(".score.json")] for f in os.listdir(folder) if f.endswith(".score.json"))
    if len(sets) < 4:
        sys.exit(f"dev-floors: expected the four development sets in {folder}, found {sets}")
    rows = {s: json.load(open(os.path.join(folder, s + ".score.json"))) for s in sets}
    failures = []
    for metric, floor in MEAN.items():
        mean = sum(rows[s][metric] for s in sets) / len(sets)
        print(f"{metric:24} mean {mean:.3f} (floor {floor:.3f})")
        if mean + 1e-9 < floor:
            failures.append(f"{metric} mean {mean:.3f} < {floor}")
    for metric, floor in EACH.items():
        for s in sets:
            if rows[s][metric] + 1e-9 < floor:
                failures.append(f"{metric} on {s} {rows[s][metric]:.3f} < {floor}")
    for metric, ceiling in AT_MOST_EACH.items():
        for s in sets:
            if rows[s][metric] > ceiling:
                failures.append(f"{metric} on {s} {rows[s][metric]} > {ceiling}")
    if failures:
        sys.exit("dev floors not met: " + "; ".join(failures))
    print("dev floors ok")


if __name__ == "__main__":
    main(sys.argv[1])
