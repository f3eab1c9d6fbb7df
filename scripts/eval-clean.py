#!/usr/bin/env python3
"""Cleaning quality on the article-extraction benchmark (issue 3).

Runs the release CLI over ../shared/data/article_extraction (dev pages) twice: once from the
HTML (--format html), once from the page's innerText (what a Select-All paste gives; --format
text, as the page sends a plain-text paste), and prints P/R/F1 with
the benchmark's own metric (../shared/data/README.md, "article_extraction"):
  \\w+ tokens, 4-token shingles, per-page multiset TP/FP/FN normalised to sum 1,
  mean precision and mean recall over pages, F1 from those two means.

Usage: python3 scripts/eval-clean.py [--data DIR] [--no-build] [--worst N] [--only html|text]
Stdlib only.
"""
import argparse
import gzip
import json
import os
import re
import subprocess
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_DATA = os.path.join(ROOT, "..", "shared", "data", "article_extraction")
TOKEN = re.compile(r"\w+", re.UNICODE)


def shingles(text, n=4):
    toks = TOKEN.findall(text or "")
    # As upstream: a text shorter than n tokens is one shingle of all its tokens.
    grams = [tuple(toks[i:i + n]) for i in range(max(1, len(toks) - n + 1))]
    return Counter(g for g in grams if g)


def page_counts(pred, truth):
    """Normalised (tp, fp, fn) of one page, as upstream string_shingle_matching."""
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s > 0 else (0.0, 0.0, 0.0)


def precision(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fp == 0:
        return 0.0
    return tp / (tp + fp)


def recall(tp, fp, fn):
    if fp == fn == 0:
        return 1.0
    if tp == fn == 0:
        return 0.0
    return tp / (tp + fn)


def score(preds, truth):
    """Mean P over pages with tp+fp > 0, mean R over pages with tp+fn > 0 (upstream rules)."""
    counts = {pid: page_counts(preds.get(pid, ""), gt) for pid, gt in truth.items()}
    ps = [precision(*c) for c in counts.values() if c[0] + c[1] > 0]
    rs = [recall(*c) for c in counts.values() if c[0] + c[2] > 0]
    mp = sum(ps) / len(ps) if ps else 0.0
    mr = sum(rs) / len(rs) if rs else 0.0
    f1 = 2 * mp * mr / (mp + mr) if mp + mr > 0 else 0.0
    per = {pid: (precision(*c), recall(*c)) for pid, c in counts.items()}
    return mp, mr, f1, per


def run_cli(binary, records, fmt):
    payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    out = subprocess.run([binary, "analyze", "--jsonl", "--format", fmt], input=payload.encode("utf-8"),
                         stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")
    result = {}
    for line in out.splitlines():
        obj = json.loads(line)
        result[obj.get("id")] = obj.get("text", "") if "error" not in obj else ""
    return result


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages per input")
    ap.add_argument("--only", choices=["html", "text"])
    args = ap.parse_args()

    data = os.path.abspath(args.data)
    gt_path = os.path.join(data, "ground-truth.dev.json")
    if not os.path.exists(gt_path):
        print(f"SKIPPED: {gt_path} not found (the shared benchmark data is absent); nothing to measure.")
        return 0
    truth = {k: v["articleBody"] for k, v in json.load(open(gt_path, encoding="utf-8")).items()}

    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    binary = os.path.join(os.path.abspath(target), "release", "undertone")

    runs = []
    if args.only in (None, "html"):
        recs = []
        for pid in sorted(truth):
            with gzip.open(os.path.join(data, "html", pid + ".html.gz"), "rt", encoding="utf-8", errors="replace") as f:
                recs.append({"id": pid, "html": f.read()})
        runs.append(("HTML", recs, "html"))
    if args.only in (None, "text"):
        inner = json.load(open(os.path.join(data, "innertext.dev.json"), encoding="utf-8"))
        # As the page sends a plain-text paste: format "text", even when the page's text shows
        # some markup (a <noscript> pixel's source), which "auto" would take for HTML.
        runs.append(("plain text (innerText)", [{"id": pid, "text": inner[pid]} for pid in sorted(truth)], "text"))

    print(f"article_extraction dev: {len(truth)} pages from {data}")
    for name, recs, fmt in runs:
        preds = run_cli(binary, recs, fmt)
        p, r, f1, per = score(preds, truth)
        print(f"{name:24s} P={p:.3f} R={r:.3f} F1={f1:.3f}")
        if args.worst:
            worst = sorted(per.items(), key=lambda kv: min(kv[1]))[: args.worst]
            for pid, (pp, rr) in worst:
                print(f"    {pid[:12]} P={pp:.3f} R={rr:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
