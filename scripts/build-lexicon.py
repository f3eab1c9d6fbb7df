#!/usr/bin/env python3
"""Builds the tone-and-stance word lists in src/lexicon/ from public MIT sources.

    python3 scripts/build-lexicon.py [--data ../shared/data]

Writes:
  src/lexicon/valence.tsv  word <TAB> valence in integer tenths (-40..+40 for -4..+4). From vaderSentiment 3.3.2's
                           vader_lexicon.txt (cjhutto, MIT): only entries that are words
                           (emoticons and symbol strings dropped), only token + mean valence,
                           then the news adjustments below (NEWS) applied on top. Dropping entries
                           news never uses was tried (2026-11-25): it cost VADER tweets and
                           movie-review r 0.01-0.03 for 3-16 KB gz, so all words stay.
  src/lexicon/cameo.tsv    phrase <TAB> CAMEO code <TAB> Goldstein weight (-10..+10). From
                           PETRARCH2's CAMEO.2.0.txt verb dictionary (Open Event Data Alliance,
                           MIT): each verb block with a default code, its verbs in base form
                           (irregular forms kept as listed), minus the ambiguous verbs in
                           SKIP; weights from GDELT's public CAMEO.goldsteinscale.txt lookup.

src/lexicon/idioms.tsv is written by hand (undertone's own) and not touched here.
Stdlib only; deterministic output (sorted).
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# News adjustments (undertone's own, on VADER's -4..+4 scale). Words news uses neutrally get 0
# (they are then dropped); conflict vocabulary VADER lacks gets a valence.
NEWS = {
    # missing conflict / crisis vocabulary
    "airstrike": -2.0, "airstrikes": -2.0, "annex": -1.8, "annexed": -1.8, "annexes": -1.8,
    "annexing": -1.8, "annexation": -2.0, "atrocities": -3.2, "atrocity": -3.2,
    "bombardment": -2.4, "bombing": -2.8, "bombings": -2.8, "casualties": -2.4,
    "ceasefire": 1.8, "coup": -2.0, "crackdown": -2.0, "detained": -1.4, "displaced": -1.6,
    "extremism": -2.4, "extremist": -2.2, "extremists": -2.2, "genocide": -3.8,
    "hostage": -2.3, "hostages": -2.3, "insurgency": -1.8, "insurgent": -1.5,
    "insurgents": -1.5, "invade": -2.2, "invaded": -2.2, "invasion": -2.4,
    "jihadist": -2.2, "jihadists": -2.2, "lethal": -1.8, "massacre": -3.6,
    "militant": -1.6, "militants": -1.6, "recession": -2.0, "sanction": -1.2,
    "sanctioned": -1.3, "sanctions": -1.5, "shelling": -2.4, "truce": 1.6,
    "reconciliation": 2.0, "rapprochement": 1.8, "detente": 1.8, "cooperate": 1.6,
    "cooperation": 1.8, "cooperating": 1.5, "condemn": -1.8, "condemned": -1.8,
    "condemns": -1.8, "condemnation": -1.9, "escalation": -1.6, "escalate": -1.4,
    "de-escalation": 1.4, "unrest": -1.8, "turmoil": -2.0, "clashes": -2.0,
    "insecurity": -1.6, "layoffs": -1.8, "indicted": -2.0, "indictment": -1.8,
    "bloodshed": -3.0, "beheading": -3.5, "beheaded": -3.5, "horrors": -2.7,
    # editorial and governance judgement VADER lacks (opinion pages name conduct more than
    # feelings); VADER's scale, set by hand next to listed neighbours ("shameful" -2.2,
    # "admirable" 2.6): undertone's own
    "authoritarian": -1.6, "authoritarianism": -1.8, "autocrat": -1.6, "autocratic": -1.6,
    "bigotry": -2.6, "bigoted": -2.4, "botched": -2.0, "bribery": -2.4, "bribes": -2.2,
    "bungled": -2.0, "callous": -2.2, "commendable": 2.0, "corrupt": -2.4, "corrupted": -2.0,
    "corruption": -2.4, "counterproductive": -1.6, "cronyism": -2.0, "debacle": -2.4,
    "demagogue": -2.0, "demagoguery": -2.0, "deplorable": -2.6, "discrimination": -2.0,
    "discriminatory": -2.0, "dishonesty": -2.2, "disgraceful": -2.6, "draconian": -1.8,
    "duplicitous": -2.2, "dysfunctional": -1.8, "egregious": -2.2,
    "equitable": 1.2, "extortion": -2.6, "fairness": 1.5, "farcical": -1.8, "gridlock": -1.4,
    "hypocrisy": -2.0, "hypocrite": -2.0, "hypocrites": -2.0, "impunity": -1.6,
    "incoherent": -1.6, "indefensible": -2.2, "inept": -2.0, "ineptitude": -2.0,
    "inequality": -1.4, "inequity": -1.4, "inexcusable": -2.4, "kleptocracy": -2.6,
    "laudable": 2.0, "lawless": -2.0, "lawlessness": -2.2, "malfeasance": -2.4,
    "mendacious": -2.2, "mismanaged": -1.8, "mismanagement": -1.8, "misguided": -1.6,
    "negligence": -2.0, "negligent": -2.0, "nepotism": -2.0, "onerous": -1.4,
    "overreach": -1.4, "persecution": -2.6, "prudent": 1.4, "quagmire": -1.8,
    "reprehensible": -2.6, "sensible": 1.3, "sham": -2.0, "shortsighted": -1.6,
    "squander": -1.8, "squandered": -1.8, "squandering": -1.8, "unaccountable": -1.6,
    "unconscionable": -2.6, "unconstitutional": -1.8, "unlawful": -1.8, "unsustainable": -1.4,
    "unwise": -1.4, "wasteful": -1.6, "wrongheaded": -1.8, "xenophobia": -2.4, "xenophobic": -2.4,
    # re-weighted: strong in tweets, milder or neutral in news
    "crisis": -2.4, "killed": -3.0, "kill": -3.0, "terror": -2.6, "tension": -1.3,
    "crush": -1.4, "weapons": -1.0, "support": 1.2, "share": 0.6, "sharing": 0.8,
    "intelligence": 0.0, "security": 0.3, "defense": 0.0, "defence": 0.0, "party": 0.0,
    "parties": 0.0, "well": 0.0, "like": 0.8, "united": 0.0, "justice": 0.4,
    "interest": 0.3, "interests": 0.3, "credit": 0.3, "pretty": 0.5, "deal": 0.4,
    "force": -0.3, "forces": 0.0, "fire": -1.0, "capital": 0.0, "yes": 0.6,
    "mean": 0.0, "means": 0.0, "matter": 0.0, "matters": 0.0, "play": 0.3,
    "care": 0.8, "clear": 0.4, "cut": -0.6, "cuts": -0.6,
}

# CAMEO lists many verbs that are neutral in news prose ("come", "check", "control"). A verb is
# kept when VADER agrees with the sign of its Goldstein weight (|valence| >= 0.5), or when it is
# in KEEP (clear in news though VADER lacks it or rates it neutral); never when in SKIP.
KEEP = {
    "aid", "ally", "assist", "attack", "back", "bargain", "besiege", "blockade", "bomb",
    "bombard", "boycott", "capture", "cede", "clash", "collaborate", "combat", "comply",
    "concede", "confer", "consult", "cooperate", "coordinate", "crack down", "crackdown",
    "defend", "demand", "deport", "expel", "fight", "fight back", "invade", "mediate",
    "meet", "meet with", "negotiate", "occupy", "pledge", "reconcile", "retaliate",
    "sanction", "shell", "shoot down", "urge", "wage war", "warn", "wipe out",
}
SKIP = {
    "beat", "best", "better", "blow", "break", "broke", "broken", "claim", "clear", "command",
    "compound", "conduct", "control", "count", "deal", "die", "engage", "face", "fire",
    "hit", "like", "match", "pound", "strike", "target", "want", "win", "won", "increase",
    "expand", "boost", "improve", "back", "free", "freed", "freeing", "frees", "ready",
    "readied", "readies", "readying", "risk", "value", "prize", "cry", "brave", "defer",
    "delay", "postpone", "stall", "fail", "suspect", "retard", "innovate", "benefit",
    "admit", "triumph", "relax", "weep", "grieve", "mourn", "sadden", "despair", "lament",
    "regret", "dishearten", "disappoint", "upset", "annoy", "agonise", "agonize", "bother",
    "irritate", "disquiet", "inspire", "invigorate", "rejoice", "glorify", "honor",
    "honour", "degrade", "retreat", "allow", "resolve", "ensure", "guarantee", "assure",
    # Mostly not an interaction between actors in general news (marketing, sport, feelings,
    # injuries): "promote Stadia", "the struggling goalie", "dominated the second period",
    # "cheered the team", "hurt his knee", "a lung disorder".
    "promote", "struggle", "dominate", "overwhelm", "cheer", "hurt", "disorder",
    # An adjective far more often than CAMEO's "corrupt" (assault) verb: "corrupt officials".
    "corrupt",
}


def vader(data):
    path = os.path.join(data, "lexicons", "vader_lexicon.txt")
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) < 2:
                continue
            word, mean = parts[0], float(parts[1])
            if re.fullmatch(r"[a-z][a-z'-]*", word):
                out[word] = mean
    for w, v in NEWS.items():
        out[w] = v
    return {w: v for w, v in out.items() if v != 0.0}


def goldstein(data):
    table = {}
    with open(os.path.join(data, "petrarch2", "CAMEO.goldsteinscale.txt"), encoding="utf-8") as f:
        next(f)
        for line in f:
            parts = line.split()
            if len(parts) == 2:
                table[parts[0]] = float(parts[1])
    return table


def cameo(data, gs, val):
    """(phrase, code) pairs from verb blocks with a default code."""
    rows = {}
    block_code = None
    with open(os.path.join(data, "petrarch2", "CAMEO.2.0.txt"), encoding="latin-1") as f:
        lines = f.read().split("\n")
    in_verbs = False
    for raw in lines:
        line = raw.split("#", 1)[0].rstrip()
        m = re.match(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---", line)
        if m:
            code = m.group(2).split(":")[0]
            block_code = code if re.fullmatch(r"\d{2,4}", code) else None
            in_verbs = True
            continue
        if not in_verbs or not line.strip() or line.startswith("-") or line.startswith("&"):
            continue
        if block_code is None and "[" not in line:
            continue
        m = re.match(r"^\s*\+?([A-Z_']+)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?", line)
        if not m:
            continue
        base = m.group(1).replace("_", " ").lower().strip()
        code = block_code
        if m.group(3):
            c = m.group(3)[1:-1].split(":")[0]
            if re.fullmatch(r"\d{2,4}", c):
                code = c
        if code is None:
            continue
        forms = [base]
        if m.group(2):
            forms += [x.lstrip("+").replace("_", " ").lower() for x in m.group(2)[1:-1].split()]
        if code[:2] in ("01", "02") or code not in gs and code[:3] not in gs:
            continue
        weight = gs.get(code, gs.get(code[:3]))
        if abs(weight) < 1.0:
            continue
        v = val.get(base, 0.0)
        if base in SKIP or base not in KEEP and not (abs(v) >= 0.5 and (v > 0) == (weight > 0)):
            continue
        for form in forms:
            if re.fullmatch(r"[a-z][a-z' ]*", form) and " and" not in form and " or" not in form:
                rows[form] = (code, weight)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    args = ap.parse_args()
    if not os.path.isdir(args.data):
        sys.exit(f"build-lexicon: {args.data} not found (the shared data folder is needed)")
    out_dir = os.path.join(ROOT, "src", "lexicon")
    val = vader(args.data)
    with open(os.path.join(out_dir, "valence.tsv"), "w", encoding="utf-8") as f:
        f.write("# Word valence in tenths: -40 (most negative) .. +40 (most positive); word<TAB>valence*10, sorted.\n")
        f.write("# Source: vaderSentiment 3.3.2 vader_lexicon.txt (C.J. Hutto, github.com/cjhutto/vaderSentiment), MIT licence;\n")
        f.write("# words only, mean valence only, with undertone's news adjustments (scripts/build-lexicon.py, NEWS).\n")
        f.write("# Generated by scripts/build-lexicon.py; do not edit by hand.\n")
        for w in sorted(val):
            f.write(f"{w}\t{round(val[w] * 10)}\n")
    gs = goldstein(args.data)
    rows = cameo(args.data, gs, val)
    with open(os.path.join(out_dir, "cameo.tsv"), "w", encoding="utf-8") as f:
        f.write("# Cooperation/conflict verbs: phrase<TAB>CAMEO code<TAB>Goldstein weight (-10..+10), sorted.\n")
        f.write("# Source: PETRARCH2 CAMEO.2.0.txt verb dictionary (Open Event Data Alliance, github.com/openeventdata/petrarch2), MIT licence;\n")
        f.write("# weights from GDELT's public CAMEO.goldsteinscale.txt. Base forms; matched with simple inflection stripping.\n")
        f.write("# Generated by scripts/build-lexicon.py; do not edit by hand.\n")
        for p in sorted(rows):
            code, w = rows[p]
            f.write(f"{p}\t{code}\t{w:g}\n")
    print(f"valence.tsv: {len(val)} words; cameo.tsv: {len(rows)} phrases")


if __name__ == "__main__":
    main()
