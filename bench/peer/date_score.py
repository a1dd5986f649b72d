#!/usr/bin/env python3
"""Date-only comparison of predicted events with gold events.

usage: date_score.py SET_DIR PRED_JSON

For each gold event with a start date: is there a predicted event in the same
document with the same start (exact start), and one whose [start, end] span
overlaps the gold span (overlapping span)? Month and year dates cover their
whole month or year, as in score.py. Kind, place, participants and name are
ignored, so a system that only finds dates (the peer) can be compared with
SeedGen. Also printed: how many predicted events carry a date, since listing
every date in a text makes overlap easy.
"""
import json
import os
import re
import sys


def parse_index(set_dir):
    rows, header = [], None
    for line in open(os.path.join(set_dir, "INDEX.md"), encoding="utf-8"):
        line = line.strip()
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip("|").split("|")]
        if header is None:
            header = [c.lower() for c in cells]
        elif not all(re.fullmatch(r":?-+:?", c) for c in cells):
            rows.append(dict(zip(header, cells)))
    return rows


def date_range(s):
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(s or "").strip())
    if not m:
        return None
    y, mo, d = m.groups()
    if d:
        return (f"{y}-{mo}-{d}", f"{y}-{mo}-{d}")
    if mo:
        return (f"{y}-{mo}-01", f"{y}-{mo}-31")
    return (f"{y}-01-01", f"{y}-12-31")


def span(ev):
    a = date_range(ev.get("start"))
    if not a:
        return None
    b = date_range(ev.get("end") or ev.get("start")) or a
    return (a[0], b[1])


def main(argv):
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    set_dir, pred_path = argv
    pred = json.load(open(pred_path, encoding="utf-8"))
    by_file = {}
    for d in pred.get("documents", []):
        by_file[d.get("file") or ""] = d
        by_file.setdefault(os.path.basename(d.get("file") or ""), d)
    n = exact = overlap = dated_pred = 0
    for row in parse_index(set_dir):
        f = row.get("file", "")
        gpath = os.path.join(set_dir, "gold", os.path.splitext(os.path.basename(f))[0] + ".json")
        if not os.path.exists(gpath):
            continue
        gold = json.load(open(gpath, encoding="utf-8"))
        p = by_file.get(f) or by_file.get(os.path.basename(f)) or {}
        pevs = [e for e in (p.get("events") or []) if span(e)]
        dated_pred += len(pevs)
        for g in gold.get("events", []):
            gs = span(g)
            if not gs:
                continue
            n += 1
            if any(e.get("start") == g.get("start") for e in pevs):
                exact += 1
            if any(span(e)[0] <= gs[1] and span(e)[1] >= gs[0] for e in pevs):
                overlap += 1
    r = lambda k: f"{k / n:.3f}" if n else "  -  "
    print(f"dates      exact-start R {r(exact)} ({exact}/{n})  overlapping-span R {r(overlap)} ({overlap}/{n})"
          f"  (gold events with a date {n}, predicted events with a date {dated_pred})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
