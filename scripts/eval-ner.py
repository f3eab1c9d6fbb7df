#!/usr/bin/env python3
"""Entity-recognition quality on ../shared/data: CoNLL-2003 dev and WNUT-17 dev.

Each document's tokens are joined with single spaces (one sentence per line) and analysed by the
release CLI with `--jsonl --no-clean`. Predicted mentions are aligned to tokens (a mention whose
ends don't fall on token boundaries counts as a wrong prediction) and scored with entity-level
exact match, micro P/R/F1, as conlleval does.

Type mapping (issue 4): PERSON→PER, ORG→ORG, GPE/LOC→LOC, NORP/EVENT/MISC→MISC; DATE/TIME are not
named entities here and are ignored. WNUT-17: person→PER, location→LOC, corporation/group→ORG,
product/creative-work→MISC.

PerSenT dev (real news of 2010-2018, no entity labels but a target per document): where the
target's full name, and its surname alone, occur in the text (a word-boundary search), the share
of those occurrences inside a mention of a PERSON entity, and the documents whose occurrences
so read are all one entity. Its targets are persons nearly always (a few are companies, "Bitcoin";
a role before the name is outside the mention, so "Pope Francis" never counts): a measure of
persons in today's news, where the tagger's 1996 training text is weakest.

Wikipedia probe (tests/data/wiki-probe-{dev,held}.conll, written for this project in session 25:
40 short Wikipedia-style articles labelled by hand with CoNLL-2003's types; and held2, 22 more
written in session 26 on other subjects; see tests/data/README.md): scored like CoNLL-2003 dev.
`--show` prints the dev half's errors only; the held halves are measured.
`--probe-only` skips the other sets.

Usage: python3 scripts/eval-ner.py [--data DIR] [--no-build] [--types PER,LOC,ORG,MISC] [--features F]

`--features ner-classes` builds the CLI with the experimental word-class features (their files
in UNDERTONE_CLASSES; see examples/word_classes.rs); the model must then be trained with them.
"""
import argparse
import json
import os
import subprocess
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OURS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "NORP": "MISC", "EVENT": "MISC", "MISC": "MISC"}
WNUT = {"person": "PER", "location": "LOC", "corporation": "ORG", "group": "ORG", "product": "MISC", "creative-work": "MISC"}


def read_conll(path, sep, tag_col, doc_marker):
    """Documents as lists of sentences of (token, tag)."""
    docs, doc, sent = [], [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if sent:
                    doc.append(sent)
                    sent = []
                continue
            if line.startswith("# ") and not (docs or doc or sent):
                continue  # a header comment line (the probe files)
            parts = line.split(sep)
            # CoNLL-2003 document marker lines carry "-X- -X- O" after the marker word.
            if doc_marker and parts[1:] == ["-X-", "-X-", "O"]:
                if sent:
                    doc.append(sent)
                    sent = []
                if doc:
                    docs.append(doc)
                doc = []
                continue
            sent.append((parts[0], parts[tag_col]))
    if sent:
        doc.append(sent)
    if doc:
        docs.append(doc)
    return docs


def gold_spans(tags, mapping):
    """(start_token, end_token, type) from IOB2 tags."""
    spans, start, typ = [], None, None
    for i, t in enumerate(tags + ["O"]):
        if t.startswith("I-") and start is not None and t[2:] == typ:
            continue
        if start is not None:
            mapped = mapping(typ) if mapping else typ
            if mapped:
                spans.append((start, i, mapped))
            start, typ = None, None
        if t.startswith("B-") or t.startswith("I-"):
            start, typ = i, t[2:]
    return spans


def utf16_to_cp(text):
    """Map UTF-16 offsets to code-point offsets."""
    table, u = {}, 0
    for i, ch in enumerate(text):
        table[u] = i
        u += 2 if ord(ch) > 0xFFFF else 1
    table[u] = len(text)
    return table


def train_names(path):
    """The word strings of every entity in a training file (any type)."""
    names = set()
    for doc in read_conll(path, " ", 3, True):
        for sent in doc:
            toks = [t for t, _ in sent]
            for a, b, _ in gold_spans([t for _, t in sent], None):
                names.add(" ".join(toks[a:b]))
    return names


def evaluate(name, docs, gold_map, binary, types, show=0, seen=None):
    lines, metas = [], []
    for d, doc in enumerate(docs):
        tokens, tags, starts, ends = [], [], [], []
        text = ""
        for s, sent in enumerate(doc):
            if s:
                text += "\n"
            for k, (tok, tag) in enumerate(sent):
                if k:
                    text += " "
                starts.append(len(text))
                text += tok
                ends.append(len(text))
                tokens.append(tok)
                tags.append(tag)
            # Keep sentence boundaries out of gold spans: an entity never crosses a line.
            tags.append("O")
            starts.append(len(text))
            ends.append(len(text))
            tokens.append("")
        lines.append(json.dumps({"id": d, "text": text}))
        metas.append((text, tags, starts, ends))
    proc = subprocess.run([binary, "analyze", "--jsonl", "--no-clean"], input="\n".join(lines) + "\n",
                          capture_output=True, text=True, check=True)
    outs = [json.loads(l) for l in proc.stdout.splitlines()]
    withheld = sum(1 for o in outs if any(w.get("code") == "non_english" for w in o.get("warnings", [])))
    tp, fp, fn = Counter(), Counter(), Counter()
    # Names never tagged in the training text (`seen`): exact-match counts over them alone, the
    # tagger's reach beyond the names it memorised (what a later test set or another domain asks).
    new = Counter()
    errors = []
    for out in outs:
        if "error" in out:
            sys.exit(f"{name}: document {out.get('id')}: {out['error']}")
        text, tags, starts, ends = metas[out["id"]]
        cp = utf16_to_cp(out["text"])
        start_tok = {s: i for i, s in enumerate(starts) if ends[i] > s}
        end_tok = {e: i + 1 for i, e in enumerate(ends) if ends[i] > starts[i]}
        gold = set(gold_spans(tags, gold_map))
        pred = set()
        for e in out["entities"]:
            typ = OURS.get(e["type"])
            if not typ:
                continue
            for m in e["mentions"]:
                s, t = cp[m["start"]], cp[m["end"]]
                if s in start_tok and t in end_tok:
                    pred.add((start_tok[s], end_tok[t], typ))
                else:
                    pred.add((("misaligned", s, t), 0, typ))
        words = lambda sp: text[starts[sp[0]]:ends[sp[1] - 1]] if isinstance(sp[0], int) else text[sp[0][1]:sp[0][2]]
        if seen is not None:
            for sp in pred:
                if sp[2] in types and words(sp) not in seen:
                    new["tp" if sp in gold else "fp"] += 1
            new["fn"] += sum(1 for sp in gold if sp[2] in types and sp not in pred and words(sp) not in seen)
        for sp in pred:
            if sp[2] not in types:
                continue
            (tp if sp in gold else fp)[sp[2]] += 1
            if sp not in gold and show:
                errors.append(f"FP {sp[2]:<5} {words(sp)!r}")
        for sp in gold:
            if sp[2] in types and sp not in pred:
                fn[sp[2]] += 1
                if show:
                    errors.append(f"FN {sp[2]:<5} {words(sp)!r}")
    for e in errors[:show]:
        print(e)
    print(f"\n{name}: {len(docs)} documents")
    if withheld:
        print(f"({withheld} documents withheld as non-English by the language check: their entities count as misses)")
    print(f"{'type':<8}{'P':>8}{'R':>8}{'F1':>8}{'gold':>8}")
    rows = sorted(types) + ["ALL"]
    for t in rows:
        a = sum(tp.values()) if t == "ALL" else tp[t]
        b = sum(fp.values()) if t == "ALL" else fp[t]
        c = sum(fn.values()) if t == "ALL" else fn[t]
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{t:<8}{p:8.3f}{r:8.3f}{f:8.3f}{a + c:8d}")
    if seen is not None:
        a, b, c = new["tp"], new["fp"], new["fn"]
        p, r = a / max(a + b, 1), a / max(a + c, 1)
        print(f"{'unseen':<8}{p:8.3f}{r:8.3f}{2 * p * r / max(p + r, 1e-9):8.3f}{a + c:8d}  (names never tagged in train)")


def persent_persons(path, binary):
    """PerSenT dev: the share of the target's name occurrences read as a PERSON mention."""
    import csv
    import re
    csv.field_size_limit(1 << 30)
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    payload = "".join(json.dumps({"id": i, "text": r["DOCUMENT"]}, ensure_ascii=False) + "\n" for i, r in enumerate(rows))
    res = subprocess.run([binary, "analyze", "--jsonl", "--no-clean"], input=payload.encode("utf-8"), stdout=subprocess.PIPE, check=True)
    out = {a.get("id"): a for a in map(json.loads, res.stdout.decode("utf-8").splitlines())}
    occurrences = person = docs = one = 0
    for i, r in enumerate(rows):
        a, text, name = out.get(i), r["DOCUMENT"], r["TARGET_ENTITY"].strip()
        if not a or "entities" not in a or not name:
            continue
        found = [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text)]
        surname = name.split()[-1]
        found += [(m.start(), m.end()) for m in re.finditer(r"(?<!\w)" + re.escape(surname) + r"(?!\w)", text) if not any(s <= m.start() < e for s, e in found)]
        u16 = lambda cp: len(text[:cp].encode("utf-16-le")) // 2
        entities = set()
        for s, e in found:
            occurrences += 1
            us, ue = u16(s), u16(e)
            hit = [(k, ent["type"]) for k, ent in enumerate(a["entities"]) for m in ent["mentions"] if m["start"] <= us and ue <= m["end"]]
            if hit and hit[0][1] == "PERSON":
                person += 1
                entities.add(hit[0][0])
        if found:
            docs += 1
            one += len(entities) == 1
    print(f"\nPerSenT dev: {len(rows)} documents, {occurrences} occurrences of the target's name or surname")
    print(f"read as a PERSON mention: {person / max(occurrences, 1):.4f}; documents whose PERSON occurrences are one entity: {one}/{docs}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--types", default="PER,LOC,ORG,MISC")
    ap.add_argument("--features", default="", help="cargo features for the CLI build (e.g. ner-classes)")
    ap.add_argument("--show", type=int, default=0, help="print this many errors (FP/FN with their words)")
    ap.add_argument("--probe-only", action="store_true", help="only the Wikipedia probe (tests/data)")
    args = ap.parse_args()
    types = set(args.types.split(","))
    conll = os.path.join(args.data, "conll2003", "dev.txt")
    wnut = os.path.join(args.data, "wnut17", "emerging.dev.conll")
    probe = [os.path.join(ROOT, "tests", "data", f"wiki-probe-{h}.conll") for h in ("dev", "held", "held2")]
    if not os.path.exists(conll) and not os.path.exists(wnut) and not os.path.exists(probe[0]):
        print(f"SKIPPED: no evaluation data under {args.data} (expected conll2003/dev.txt, wnut17/emerging.dev.conll)")
        return
    if not args.no_build:
        features = ["--features", args.features] if args.features else []
        subprocess.run(["cargo", "build", "--release", "--quiet"] + features, cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR") or os.path.join(ROOT, "target")
    binary = os.path.join(target, "release", "undertone")
    for path, half in zip(probe, ("dev", "held", "held2")):
        if os.path.exists(path):
            evaluate(f"Wikipedia probe {half}", read_conll(path, " ", 3, True), None, binary, types,
                     args.show if half == "dev" else 0)
    if args.probe_only:
        return
    if os.path.exists(conll):
        train = os.path.join(args.data, "conll2003", "train.txt")
        seen = train_names(train) if os.path.exists(train) else None
        evaluate("CoNLL-2003 dev", read_conll(conll, " ", 3, True), None, binary, types, args.show, seen)
    else:
        print(f"SKIPPED: {conll} not found")
    if os.path.exists(wnut):
        # Tweets are independent texts: one document each.
        tweets = [[sent] for doc in read_conll(wnut, "\t", 1, False) for sent in doc]
        evaluate("WNUT-17 dev", tweets, WNUT.get, binary, types, args.show)
    else:
        print(f"SKIPPED: {wnut} not found")
    persent = os.path.join(args.data, "persent", "dev.csv")
    if os.path.exists(persent):
        persent_persons(persent, binary)
    else:
        print(f"SKIPPED: {persent} not found")


if __name__ == "__main__":
    main()
