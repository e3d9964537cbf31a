#!/usr/bin/env python3
"""Summarises a Spark event log: what ran on the executors (stages, task time per executor) and
how long the driver worked alone (application time outside every stage).

Usage: scripts/spark-events.py EVENT_LOG
"""
import json
import sys


def main(path):
    start = end = None
    stages, busy, added = [], {}, {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            e = json.loads(line)
            kind = e["Event"]
            if kind == "SparkListenerApplicationStart":
                start = e["Timestamp"]
            elif kind == "SparkListenerApplicationEnd":
                end = e["Timestamp"]
            elif kind == "SparkListenerExecutorAdded":
                added[e["Executor ID"]] = e["Timestamp"]
            elif kind == "SparkListenerStageCompleted":
                s = e["Stage Info"]
                stages.append(
                    (s["Submission Time"], s["Completion Time"], s["Stage Name"], s["Number of Tasks"])
                )
            elif kind == "SparkListenerTaskEnd":
                t = e["Task Info"]
                busy[t["Executor ID"]] = busy.get(t["Executor ID"], 0) + t["Finish Time"] - t["Launch Time"]
    stages.sort()
    covered, last = 0, start
    for s, c, _, _ in stages:
        s = max(s, last)
        if c > s:
            covered += c - s
            last = c
    print("application: %.1f s" % ((end - start) / 1e3))
    for ex, t in sorted(added.items()):
        print("executor %s registered after %.1f s, tasks ran %.1f s" % (ex, (t - start) / 1e3, busy.get(ex, 0) / 1e3))
    alone = end - start - covered
    before, after = stages[0][0] - start, end - max(c for _, c, _, _ in stages)
    print(
        "stages running: %.1f s; driver alone (no stage running): %.1f s = %.1f s before the first"
        " stage, %.1f s between stages, %.1f s after the last"
        % (covered / 1e3, alone / 1e3, before / 1e3, (alone - before - after) / 1e3, after / 1e3)
    )
    for s, c, name, n in stages:
        if c - s >= 1000:
            print("  %6.1f s  %-45s %d tasks" % ((c - s) / 1e3, name, n))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
