"""Build the independent labelled redaction corpus.

Usage: /work/main/.venv/bin/python bench/independent_corpus/build.py

Writes tests/data/redaction_independent/{dev,heldout}.jsonl.  Every structure
is a function (modules s_*.py) that writes one document as a sequence of plain
strings and labelled pieces; offsets come from concatenation only.
"""

from __future__ import annotations

import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

# Each s_* module registers its structures on import, in this order (it numbers them).
# isort: off
import s_market  # noqa: E402,F401
import s_health  # noqa: E402,F401
import s_people  # noqa: E402,F401
import s_transport_env  # noqa: E402,F401
import s_land_misc  # noqa: E402,F401

# isort: on
from common import LOCS, REGISTRY, USED_IDS, Ctx  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "data", "redaction_independent"))
MIN_LEN, MAX_LEN = 600, 3000
DECLARABLE = ("id_number", "phone", "address", "legal_representative", "credit_code")


def uncovered(text, spans):
    """Occurrences of go values (len >= 2) not inside any labelled span."""
    bad = []
    cover = [(s["start"], s["end"]) for s in spans]
    values = {text[s["start"] : s["end"]] for s in spans if s["kind"] == "go"}
    for v in values:
        if len(v) < 2:
            continue
        i = text.find(v)
        while i >= 0:
            if not any(a <= i and i + len(v) <= b for a, b in cover):
                bad.append((v, i))
            i = text.find(v, i + 1)
    return bad


def overlaps(spans):
    ss = sorted(spans, key=lambda s: (s["start"], s["end"]))
    return [(a, b) for a, b in zip(ss, ss[1:], strict=False) if b["start"] < a["end"]]


def make_one(st, idx):
    last = None
    for attempt in range(60):
        seed = f"{st['sid']}:{idx}:{attempt}"
        import random

        rng0 = random.Random(seed + ":loc")
        locs = st["locs"] or LOCS
        if isinstance(locs[0], str):
            locs = [l for l in LOCS if l.key in st["locs"]]
        loc = locs[(idx + rng0.randint(0, 3)) % len(locs)]
        ctx = Ctx(seed, st["sector"], loc)
        doc = st["fn"](ctx)
        text, spans = doc.build()
        problems = []
        if not (MIN_LEN <= len(text) <= MAX_LEN):
            problems.append(f"length {len(text)}")
        u = uncovered(text, spans)
        if u:
            problems.append(f"uncovered {u[:3]}")
        officials = {o[0] for o in ctx.ag.officers} | {ctx.ag.chief[0]}
        for nm in set(ctx.names) - officials:
            i = text.find(nm)
            while i >= 0:
                if not any(s["start"] <= i and i + len(nm) <= s["end"] for s in spans):
                    problems.append(f"unlabelled person/company name {nm!r}")
                    break
                i = text.find(nm, i + 1)
        if overlaps(spans):
            problems.append("overlap")
        if ctx.doc_no in USED_IDS:
            problems.append("dup id")
        if problems:
            last = problems
            continue
        USED_IDS.add(ctx.doc_no)
        rec = {
            "id": ctx.doc_no,
            "agency": ctx.ag.code,
            "category": st["category"],
            "decision_date": ctx.date.isoformat(),
            "target_type": ctx.target_type,
            "target_name": ctx.target_name,
            "text": text,
        }
        if ctx.declare:
            for k in DECLARABLE:
                if ctx.fields.get(k):
                    rec[k] = ctx.fields[k]
            secrets = [text[s["start"] : s["end"]] for s in spans if s["label"] == "trade_secret"]
            if secrets:
                rec["trade_secrets"] = list(dict.fromkeys(secrets))
        return {"structure": st["sid"], "record": rec, "keep_values": ctx.keep_values(), "spans": spans}
    raise RuntimeError(f"{st['sid']} #{idx}: could not build a clean document: {last}")


def main():
    os.makedirs(OUT, exist_ok=True)
    parts = {"dev": [], "heldout": []}
    sids = [s["sid"] for s in REGISTRY]
    assert len(sids) == len(set(sids)), "duplicate structure id"
    for st in REGISTRY:
        for i in range(st["n"]):
            parts[st["part"]].append(make_one(st, i))
    for name, rows in parts.items():
        with open(os.path.join(OUT, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(name, len(rows), "documents,", len({r["structure"] for r in rows}), "structures")


if __name__ == "__main__":
    main()
