#!/usr/bin/env python3
"""Prints every stance pair the release CLI finds on shared news data, for reading by eye.

    cargo build --release && python3 scripts/review-stance.py [--set ae|persent|fnc1] [-n 150]
        [--data ../shared/data] [--bin target/release/undertone]

Sets (read at run time from the shared data folder, never copied into the repository):
  ae       article_extraction/ground-truth.dev.json "articleBody" texts (60 pages; the default)
  persent  persent/dev.csv DOCUMENT column, first -n documents
  fnc1     fnc1/train_bodies.csv articleBody column, first -n documents

Runs `undertone analyze --jsonl --no-clean` once and prints, per article with pairs, each pair
(entity names and types, score), its cues (text=rule:weight) and up to three evidence clauses,
then the total. Judge the pairs by hand: a pair is plausible when the evidence says the two
actors cooperate with or oppose each other.

Stdlib only. Says so and exits 0 when the data folder is missing.
"""
import argparse
import csv
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load(data, which, n, skip=0):
    if which == "ae":
        path = os.path.join(data, "article_extraction", "ground-truth.dev.json")
        if not os.path.exists(path):
            return path, None
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        return path, [{"id": k, "text": v["articleBody"]} for k, v in sorted(d.items())][skip:skip + n]
    csv.field_size_limit(1 << 30)
    path, idcol, textcol = {
        "persent": (os.path.join(data, "persent", "dev.csv"), "DOCUMENT_INDEX", "DOCUMENT"),
        "fnc1": (os.path.join(data, "fnc1", "train_bodies.csv"), "Body ID", "articleBody"),
    }[which]
    if not os.path.exists(path):
        return path, None
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))[skip:skip + n]
    return path, [{"id": r[idcol], "text": r[textcol]} for r in rows]


def utf16_slice(text, a, b):
    u = text.encode("utf-16-le")
    return u[2 * a:2 * b].decode("utf-16-le", errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "undertone"))
    ap.add_argument("--set", default="ae", choices=["ae", "persent", "fnc1"])
    ap.add_argument("-n", type=int, default=150)
    ap.add_argument("--skip", type=int, default=0, help="start after this many articles (fresh ones to review)")
    args = ap.parse_args()
    path, items = load(args.data, args.set, args.n, args.skip)
    if items is None:
        print(f"SKIPPED: {path} not found")
        return 0
    payload = "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
    res = subprocess.run([args.bin, "analyze", "--jsonl", "--no-clean"], input=payload.encode("utf-8"),
                         stdout=subprocess.PIPE, check=True)
    total = 0
    for line in res.stdout.decode("utf-8").splitlines():
        r = json.loads(line)
        if not r.get("stance"):
            continue
        text, ents = r["text"], r["entities"]
        print("=====", r["id"])
        for s in r["stance"]:
            total += 1
            a, b = ents[s["source"]], ents[s["target"]]
            print(f"  [{total}] {a['name']} ({a['type']}) | {b['name']} ({b['type']}) {s['score']:+.2f}")
            print("      cues:", "; ".join(f"{c['text']}={c['rule']}:{c['weight']}" for c in s["cues"]))
            for e in s["evidence"][:3]:
                print("      ev:", utf16_slice(text, e["start"], e["end"]).replace("\n", " ")[:300])
    print(f"TOTAL {total} pairs in {len(items)} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
