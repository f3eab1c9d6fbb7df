#!/usr/bin/env python3
"""Unlabeled news text for word classes (examples/word_classes.rs), written OUTSIDE the repo.

Sources under ../shared/data (see its README for licences; none of this text is committed, only
the classes derived from it may be): fnc1/train_bodies.csv (FakeNewsChallenge fnc-1 @ 29d473a,
article bodies), persent/dev.csv (MHDBST/PerSenT @ 7e29e0f, DOCUMENT column),
newsmtsc/train.jsonl (fhamborg/NewsMTSC @ b9d9b79, sentences), article_extraction/
ground-truth.dev.json (scrapinghub/article-extraction-benchmark @ 4a3bc97, articleBody); with
--with-conll also the tokens of conll2003/train.txt (one sentence per line, labels dropped).
About 1.05 M words (1.26 M tokens; 1.47 M with CoNLL train).

Usage: python3 scripts/unlabeled-news.py OUT.txt [--with-conll] [--data DIR]
"""
import argparse
import csv
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--with-conll", action="store_true")
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    args = ap.parse_args()
    if os.path.abspath(args.out).startswith(ROOT + os.sep):
        raise SystemExit("write the text outside the repository (no dataset text in the repo)")
    csv.field_size_limit(1 << 30)
    d = args.data
    with open(args.out, "w", encoding="utf-8") as out:
        with open(os.path.join(d, "fnc1", "train_bodies.csv"), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                out.write(r["articleBody"].replace("\n", " \n ") + "\n")
        with open(os.path.join(d, "persent", "dev.csv"), encoding="utf-8") as f:
            for r in csv.DictReader(f):
                out.write(r["DOCUMENT"].replace("\n", " \n ") + "\n")
        with open(os.path.join(d, "newsmtsc", "train.jsonl"), encoding="utf-8") as f:
            for line in f:
                out.write(json.loads(line)["sentence_normalized"] + "\n")
        with open(os.path.join(d, "article_extraction", "ground-truth.dev.json"), encoding="utf-8") as f:
            for v in json.load(f).values():
                out.write(v["articleBody"] + "\n")
        if args.with_conll:
            sent = []
            with open(os.path.join(d, "conll2003", "train.txt"), encoding="utf-8") as f:
                for line in f:
                    p = line.split()
                    if not p:
                        if sent:
                            out.write(" ".join(sent) + "\n")
                        sent = []
                    elif p[0] != "-DOCSTART-":
                        sent.append(p[0])
            if sent:
                out.write(" ".join(sent) + "\n")


if __name__ == "__main__":
    main()
