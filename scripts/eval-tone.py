#!/usr/bin/env python3
"""Measures sentence/document and targeted sentiment on the shared dev data.

    cargo build --release && python3 scripts/eval-tone.py [--data ../shared/data] [--bin target/release/undertone]

Runs the release CLI once per dataset (`undertone analyze --jsonl --no-clean`) and prints a table:

  vader/*_GroundTruth.txt  Pearson r of our score (the document tone score) with the mean human
                           rating, and 3-class macro-F1 in the VADER paper's scheme: a score in
                           (-0.05, 0.05) is neutral, on ours and on the rating / 4 alike; then how
                           many items we score exactly 0 (no cue) and how many of those are
                           neutral in the gold (few are: but they are most of our neutral
                           class's hits, a third of macro-F1, so a sign for every 0 lowers F1m).
  newsmtsc/dev_{rw,mt}     macro-F1 over negative/neutral/positive of the sentiment toward each given
                           target (polarity 2/4/6), using the CLI's "targets" (code-point offsets from
                           the data converted to UTF-16). Neutral is |score| < --mtsc-threshold (0.05, VADER's).
  persent/dev.csv          TRUE_SENTIMENT (macro-F1, same threshold) vs the document tone, vs the
                           mean target sentiment over the main entity's mentions (full name, else surname),
                           and vs the sentiment of the analysed entity that is the main entity.

  --half even|odd          only the even- or odd-numbered items of each VADER set (0-based index
                           among its items, file order): rules are chosen by reading errors on
                           the even half, and the odd half is reported as held out.
  --digits N               decimals of the figures (3; 4 to tell close variants apart).
  --word-model             (an experiment, not shipped) a learned sentence model on top of ours: our
                           score plus a bias plus learned weights of the words (each word seen in
                           3+ training sentences, their sum over sqrt(count)), least squares by SGD
                           (5 epochs, rate .02, L2 .1, shuffle seed 1), scored leave-one-domain-out
                           on the VADER sets: trained on NewsMTSC train only (a sentence's label is
                           half the mean polarity of its targets), on the other two VADER sets, and
                           on both. Prints r and F1m before -> after for each held-out set.

Stdlib only. Says so and exits 0 when the data folder is missing.
"""
import argparse
import csv
import json
import math
import os
import random
import re
import subprocess
import sys

DIGITS = 3  # --digits
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def utf16_offset(text, cp):
    """UTF-16 code units in the first `cp` code points of `text`."""
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text[:cp])


def run(binary, items):
    """items: list of dicts with id, text[, targets]; returns {id: output object}."""
    payload = "".join(json.dumps(it, ensure_ascii=False) + "\n" for it in items)
    res = subprocess.run([binary, "analyze", "--jsonl", "--no-clean"], input=payload.encode("utf-8"),
                         stdout=subprocess.PIPE, check=True)
    out = {}
    for line in res.stdout.decode("utf-8").splitlines():
        obj = json.loads(line)
        out[obj.get("id")] = obj
    return out


def pearson(xs, ys):
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxy = sum((x - mx) * (y - my) for x, y in zip(xs, ys))
    sxx = sum((x - mx) ** 2 for x in xs)
    syy = sum((y - my) ** 2 for y in ys)
    return sxy / math.sqrt(sxx * syy) if sxx > 0 and syy > 0 else 0.0


def cls(x, t):
    return 1 if x >= t else (-1 if x <= -t else 0)


def macro_f1(gold, pred):
    f1s = []
    for c in (-1, 0, 1):
        tp = sum(1 for g, p in zip(gold, pred) if g == c and p == c)
        fp = sum(1 for g, p in zip(gold, pred) if g != c and p == c)
        fn = sum(1 for g, p in zip(gold, pred) if g == c and p != c)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / 3


# Mirrors of src/sentiment/mod.rs, to take a sentence's evidence back to its plain cue values
# (the checks in `vader_lodo` say when they drift): ALPHA, the cue-class weights
# (`cue_class_weight`), the cue-count constant (`CUE_COUNT_K`) and the document weights.
ALPHA = 15.0
CLASS_WEIGHTS = {"contrast": 0.5, "exclamation": 2.0, "question": 0.5, "topic": 0.5}
CUE_COUNT_K = 0.8
LODO_CLASSES = ("contrast", "exclamation", "intensified", "negated", "hedged", "quoted", "idiom", "question", "topic")
LODO_GRID = {"contrast": (0.25, 0.5, 0.75, 1.0), "exclamation": (1.0, 1.5, 2.0, 3.0), "intensified": (1.0, 1.25, 1.5, 2.0),
             "negated": (0.5, 0.75, 1.0, 1.25), "hedged": (0.5, 0.75, 1.0), "quoted": (0.5, 1.0), "idiom": (0.5, 1.0, 1.5), "question": (0.25, 0.5, 0.75, 1.0),
             "topic": (0.25, 0.5, 0.75, 1.0), "k": (0.0, 0.3, 0.6, 0.8, 1.0)}


def cue_classes(rule):
    """The classes of a cue's rule ("lexicon+intensified+contrast:but" -> intensified, contrast)."""
    parts = rule.split("+")
    out = [p.split(":")[0] for p in parts[1:]]
    if parts[0] in ("idiom", "exclamation"):
        out.append(parts[0])
    return [c for c in out if c in LODO_CLASSES]


def word_cues(rules):
    """How many cues count for the cue-count term: all but the exclamation and a question's own cue."""
    return sum(1 for r in rules if r not in ("exclamation", "question"))


def raw_of(s):
    s = max(-0.9999, min(0.9999, s))
    return s * math.sqrt(ALPHA / (1 - s * s))


def plain_cues(obj):
    """Per sentence, each cue's plain value (before cue-class and cue-count weights) and classes."""
    out = []
    for s in obj.get("sentences") or []:
        x = raw_of(s["sentiment"])
        scale = math.sqrt(x * x + ALPHA)
        ev = s.get("evidence") or []
        k = 1 / math.sqrt(1 + CUE_COUNT_K * (max(word_cues(c["rule"] for c in ev), 1) - 1))
        cues = []
        for c in ev:
            cl = cue_classes(c["rule"])
            # A question's own cue (`QUESTION`) is not scaled by the cue count.
            if c["rule"] == "question":
                cues.append((c["weight"] * scale, ["question-cue"]))
                continue
            w = k
            for name in cl:
                w *= CLASS_WEIGHTS.get(name, 1.0)
            cues.append((c["weight"] * scale / w, cl))
        out.append(cues)
    return out


def rescore(sents, p):
    """The document score of plain cues under weights `p` (class -> weight, "k" -> cue-count constant)."""
    xs = []
    for cues in sents:
        x, q = 0.0, 0.0
        for v, cl in cues:
            if "question-cue" in cl:
                q += v
                continue
            for name in cl:
                v *= p.get(name, 1.0)
            x += v
        n = sum(1 for v, cl in cues if "exclamation" not in cl and "question-cue" not in cl)
        xs.append(x / math.sqrt(1 + p.get("k", 0.0) * (max(n, 1) - 1)) + q)
    if not xs:
        return 0.0
    dw = [2.0 if i == 0 else 1.5 if i < 3 else 1.0 for i in range(len(xs))]
    total = sum(dw)
    x = sum(a * b for a, b in zip(xs, dw)) / max(math.sqrt(total), total / 2)
    return max(-1.0, min(1.0, x / math.sqrt(x * x + ALPHA)))


def vader_lodo(sets):
    """Leave-one-domain-out: for each VADER set, the cue-class and cue-count weights fitted
    (coordinate search over LODO_GRID, mean Pearson r) on the other two, scored on it; next to
    the plain rules (all weights 1, no cue-count term) and the shipped weights."""
    current = dict(CLASS_WEIGHTS, k=CUE_COUNT_K)
    bad = sum(1 for items in sets.values() for y, sents, score in items if abs(rescore(sents, current) - score) > 2e-3)
    rows = []
    if bad:
        rows.append(("lodo: mirror drift", bad, "items differ", "(update ALPHA/CLASS_WEIGHTS)"))

    def metrics(items, p):
        xs = [rescore(sents, p) for y, sents, score in items]
        ys = [y for y, sents, score in items]
        return pearson(xs, ys), macro_f1([cls(y / 4, 0.05) for y in ys], [cls(x, 0.05) for x in xs])

    for held in sets:
        train = [d for d in sets if d != held]
        p = {}
        best = sum(metrics(sets[d], p)[0] for d in train)
        for _ in range(2):
            for key, grid in LODO_GRID.items():
                for v in grid:
                    q = dict(p, **{key: v})
                    j = sum(metrics(sets[d], q)[0] for d in train)
                    if j > best + 1e-4:
                        best, p = j, q
        short = held.replace("ReviewSnippets", "")
        for label, q in (("plain", {}), ("shipped", current), ("refit", p)):
            r, f1 = metrics(sets[held], q)
            rows.append((f"lodo {short}: {label}", len(sets[held]), f"r={r:.{DIGITS}f}", f"F1m={f1:.{DIGITS}f}"))
        rows.append((f"lodo {short}: refit weights", "", " ".join(f"{k}={v:g}" for k, v in sorted(p.items()) if v != 1.0 or k == "k"), ""))
    return rows


# Per VADER set, (rating / 4, our score, word set) for `--word-model`.
WORD_SETS = {}


def eval_vader(binary, data, lodo=True, half=None):
    rows = []
    sets = {}
    for name in ("tweets", "movieReviewSnippets", "amazonReviewSnippets"):
        path = os.path.join(data, "vader", f"{name}_GroundTruth.txt")
        if not os.path.exists(path):
            rows.append((f"vader/{name}", "missing", "", ""))
            continue
        items, gold, skipped = [], {}, 0
        with open(path, encoding="utf-8", errors="replace", newline="") as f:
            for line in f:
                parts = line.rstrip("\r\n").split("\t", 2)
                if len(parts) != 3:
                    continue
                k = len(items) + skipped
                if half is not None and k % 2 != (half == "odd"):
                    skipped += 1
                    continue
                gold[parts[0]] = float(parts[1])
                items.append({"id": parts[0], "text": parts[2]})
        out = run(binary, items)
        ids = [i for i in gold if i in out and "tone" in out[i]]
        xs = [out[i]["tone"]["score"] for i in ids]
        ys = [gold[i] for i in ids]
        r = pearson(xs, ys)
        f1 = macro_f1([cls(y / 4, 0.05) for y in ys], [cls(x, 0.05) for x in xs])
        rows.append((f"vader/{name}", len(ids), f"r={r:.{DIGITS}f}", f"F1m={f1:.{DIGITS}f}"))
        # Items scored exactly 0 (no cue found) and how many of them are neutral in the gold.
        zero = [y for x, y in zip(xs, ys) if x == 0]
        rows.append((f"  scored 0 (gold neutral)", len(zero), f"{len(zero) / max(1, len(ids)):.1%}", f"({sum(1 for y in zero if cls(y / 4, 0.05) == 0)})"))
        sets[name] = [(gold[i], plain_cues(out[i]), out[i]["tone"]["score"]) for i in ids]
        texts = {it["id"]: it["text"] for it in items}
        WORD_SETS[name] = [(gold[i] / 4, out[i]["tone"]["score"], word_set(texts[i])) for i in ids]
    if lodo and len(sets) == 3:
        rows += vader_lodo(sets)
    return rows


def word_set(text):
    return set(re.findall(r"[a-z']+", text.lower()))


def fit_word_model(items, l2=0.1, epochs=5, rate=0.02, min_df=3):
    """items: (gold in [-1, 1], our score, word set). Least squares of gold on a * ours + b +
    sum of word weights / sqrt(their number), by SGD; returns (a, b, weights, kept words)."""
    df = {}
    for _, _, ws in items:
        for w in ws:
            df[w] = df.get(w, 0) + 1
    kept = {w for w, c in df.items() if c >= min_df}
    wt, a, b = {}, 1.0, 0.0
    rnd = random.Random(1)
    order = list(range(len(items)))
    for _ in range(epochs):
        rnd.shuffle(order)
        for i in order:
            y, x, ws = items[i]
            f = [w for w in ws if w in kept]
            nrm = 1 / math.sqrt(max(1, len(f)))
            g = a * x + b + sum(wt.get(w, 0.0) for w in f) * nrm - y
            a -= rate * g * x
            b -= rate * g
            for w in f:
                wt[w] = wt.get(w, 0.0) - rate * (g * nrm + l2 * wt.get(w, 0.0))
    return a, b, wt, kept


def apply_word_model(m, x, ws):
    """Our score plus the model's bias and words, rescaled to our score's scale (/ a)."""
    a, b, wt, kept = m
    f = [w for w in ws if w in kept]
    return x + (b + sum(wt.get(w, 0.0) for w in f) / math.sqrt(max(1, len(f)))) / a


def eval_word_model(binary, data, vader_sets):
    """The `--word-model` experiment (see the module docs)."""
    path = os.path.join(data, "newsmtsc", "train.jsonl")
    if not os.path.exists(path) or len(vader_sets) != 3:
        return [("word model", "missing", "", "")]
    items, labels = [], []
    with open(path, encoding="utf-8") as f:
        for k, line in enumerate(f):
            obj = json.loads(line)
            pol = [{2.0: -1, 4.0: 0, 6.0: 1}[t["polarity"]] for t in obj["targets"]]
            items.append({"id": str(k), "text": obj["sentence_normalized"]})
            labels.append(0.5 * sum(pol) / max(1, len(pol)))
    out = run(binary, items)
    news = [(y, out[it["id"]]["tone"]["score"], word_set(it["text"])) for it, y in zip(items, labels)]
    rows = []
    for label in ("newsmtsc", "other vader", "other vader + newsmtsc"):
        for held, held_items in vader_sets.items():
            train = [] if label == "other vader" else list(news)
            if label != "newsmtsc":
                train += [it for d, its in vader_sets.items() if d != held for it in its]
            m = fit_word_model(train)
            ys = [y for y, _, _ in held_items]
            base = [x for _, x, _ in held_items]
            xs = [apply_word_model(m, x, ws) for _, x, ws in held_items]
            f0 = macro_f1([cls(y, 0.05) for y in ys], [cls(x, 0.05) for x in base])
            f1 = macro_f1([cls(y, 0.05) for y in ys], [cls(x, 0.05) for x in xs])
            short = held.replace("ReviewSnippets", "")
            rows.append((f"words {label} -> {short}", len(ys), f"r={pearson(base, ys):.{DIGITS}f}->{pearson(xs, ys):.{DIGITS}f} ",
                         f"F1m={f0:.{DIGITS}f}->{f1:.{DIGITS}f}"))
    return rows


def eval_newsmtsc(binary, data, threshold):
    rows = []
    for name in ("dev_rw", "dev_mt"):
        path = os.path.join(data, "newsmtsc", f"{name}.jsonl")
        if not os.path.exists(path):
            rows.append((f"newsmtsc/{name}", "missing", "", ""))
            continue
        items, gold = [], {}
        with open(path, encoding="utf-8") as f:
            for k, line in enumerate(f):
                obj = json.loads(line)
                text = obj["sentence_normalized"]
                targets = []
                for j, t in enumerate(obj["targets"]):
                    targets.append({"start": utf16_offset(text, t["from"]), "end": utf16_offset(text, t["to"])})
                    gold[(str(k), j)] = {2.0: -1, 4.0: 0, 6.0: 1}[t["polarity"]]
                items.append({"id": str(k), "text": text, "targets": targets})
        out = run(binary, items)
        g, p = [], []
        for (i, j), y in sorted(gold.items()):
            ts = out.get(i, {}).get("targets") or []
            s = ts[j].get("sentiment", 0.0) if j < len(ts) else 0.0
            g.append(y)
            p.append(cls(s or 0.0, threshold))
        acc = sum(1 for a, b in zip(g, p) if a == b) / len(g)
        rows.append((f"newsmtsc/{name}", len(g), f"F1m={macro_f1(g, p):.{DIGITS}f}", f"acc={acc:.{DIGITS}f}"))
    return rows


def name_spans(text, name):
    """UTF-16 spans of every occurrence of the full name, else of its last word."""
    for key in (name, name.split()[-1] if name.split() else name):
        spans, at = [], text.find(key)
        while key and at >= 0:
            spans.append({"start": utf16_offset(text, at), "end": utf16_offset(text, at + len(key))})
            at = text.find(key, at + len(key))
        if spans:
            return spans
    return []


def eval_persent(binary, data, threshold):
    path = os.path.join(data, "persent", "dev.csv")
    if not os.path.exists(path):
        return [("persent/dev", "missing", "", "")]
    csv.field_size_limit(10 ** 8)
    items, gold, names = [], {}, {}
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            lab = {"Positive": 1, "Neutral": 0, "Negative": -1}.get(row["TRUE_SENTIMENT"].strip())
            if lab is None:
                continue
            i = row["DOCUMENT_INDEX"]
            gold[i] = lab
            names[i] = row["TARGET_ENTITY"].strip()
            text = row["DOCUMENT"]
            items.append({"id": i, "text": text, "targets": name_spans(text, row["TARGET_ENTITY"].strip())})
    out = run(binary, items)
    ids = [i for i in gold if i in out and "tone" in out[i]]
    g = [gold[i] for i in ids]
    p = [cls(out[i]["tone"]["score"], threshold) for i in ids]
    rows = [("persent/dev (doc tone)", len(ids), f"F1m={macro_f1(g, p):.{DIGITS}f}", "")]
    # The main entity: the mean target sentiment over its mentions (full name, else surname).
    pe = []
    for i in ids:
        ss = [t.get("sentiment") or 0.0 for t in out[i].get("targets") or []]
        pe.append(cls(sum(ss) / len(ss) if ss else 0.0, threshold))
    rows.append(("persent/dev (entity targets)", len(ids), f"F1m={macro_f1(g, pe):.{DIGITS}f}", ""))
    # The product's own answer: the analysed entity that is the main entity (its name or an
    # alias equals the full name or the surname), its sentiment (margins averaged over its
    # mentions); the mean target sentiment when no entity matches.
    pn, found = [], 0
    for i in ids:
        name = names[i]
        keys = {name, name.split()[-1]} if name.split() else {name}
        ent = next((e for e in out[i].get("entities") or []
                    if e.get("name") in keys or keys & set(e.get("aliases") or [])), None)
        if ent is None:
            ent = next((e for e in out[i].get("entities") or []
                        if name and (name in e.get("name", "") or e.get("name", "") in name) and e.get("type") == "PERSON"), None)
        if ent is not None:
            found += 1
            pn.append(cls(ent.get("sentiment") or 0.0, threshold))
        else:
            pn.append(pe[len(pn)])
    rows.append(("persent/dev (entity sentiment)", len(ids), f"F1m={macro_f1(g, pn):.{DIGITS}f}", f"matched={found}"))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--bin", default=os.path.join(ROOT, "target", "release", "undertone"))
    ap.add_argument("--mtsc-threshold", type=float, default=0.05)
    ap.add_argument("--persent-threshold", type=float, default=0.05)
    ap.add_argument("--no-lodo", action="store_true", help="skip the leave-one-domain-out refits (about a minute)")
    ap.add_argument("--half", choices=("even", "odd"), help="only the even/odd-numbered items of each VADER set")
    ap.add_argument("--word-model", action="store_true", help="also the learned word-model experiment (see the docs)")
    ap.add_argument("--digits", type=int, default=3, help="decimals of the figures (4 to compare close variants)")
    args = ap.parse_args()
    global DIGITS
    DIGITS = args.digits
    if not os.path.isdir(args.data):
        print(f"eval-tone: data folder {args.data} not found; nothing to measure.")
        return
    if not os.path.exists(args.bin):
        sys.exit(f"eval-tone: {args.bin} not found; run `cargo build --release` first")
    rows = eval_vader(args.bin, args.data, not args.no_lodo, args.half)
    if args.word_model:
        rows += eval_word_model(args.bin, args.data, WORD_SETS)
    rows += eval_newsmtsc(args.bin, args.data, args.mtsc_threshold)
    rows += eval_persent(args.bin, args.data, args.persent_threshold)
    print(f"{'dataset':<34}{'n':>7}  {'metric':<12}{'':<12}")
    for name, n, a, b in rows:
        print(f"{name:<34}{str(n):>7}  {a:<12}{b:<12}")


if __name__ == "__main__":
    main()
