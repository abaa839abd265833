"""Build the seventh independent labelled redaction corpus.

Usage: python3 bench/independent_corpus7/build.py [STRUCTURE_PREFIX]

Writes tests/data/redaction_independent7/{dev,heldout}.jsonl.  Deterministic:
every document is generated from a string seed "<structure>:<index>:<attempt>",
so a rerun writes byte-identical files.  Stdlib only.
"""

from __future__ import annotations

import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

# structure modules register on import, in this order
# isort: off
import s7_dev  # noqa: E402,F401
import s7_held  # noqa: E402,F401

# isort: on
import check as CHK  # noqa: E402
from kit import LOCS, REGISTRY, Ctx  # noqa: E402

OUT = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "data", "redaction_independent7"))
MIN_LEN, MAX_LEN = 800, 2500
DECLARABLE = ("id_number", "phone", "address", "legal_representative", "credit_code")


def problems_of(text, spans, ctx):
    out = []
    if not MIN_LEN <= len(text) <= MAX_LEN:
        out.append(f"length {len(text)}")
    cover = [(s["start"], s["end"]) for s in spans]
    for v in {text[s["start"] : s["end"]] for s in spans if s["kind"] == "go"}:
        if len(v) < 2:
            continue
        i = text.find(v)
        while i >= 0:
            if not any(a <= i and i + len(v) <= b for a, b in cover):
                out.append(f"uncovered go value {v!r}@{i}")
            i = text.find(v, i + 1)
    for nm in set(ctx.names):
        i = text.find(nm)
        while i >= 0:
            if not any(a <= i and i + len(nm) <= b for a, b in cover):
                out.append(f"unlabelled created name {nm!r}@{i}")
                break
            i = text.find(nm, i + 1)
    gov = {text[s["start"] : s["end"]] for s in spans if s["kind"] == "go"}
    kpv = {text[s["start"] : s["end"]] for s in spans if s["kind"] == "keep"}
    for v in sorted(gov & kpv):
        out.append(f"both go and keep {v!r}")
    ss = sorted(spans, key=lambda s: (s["start"], s["end"]))
    if any(b["start"] < a["end"] for a, b in zip(ss, ss[1:], strict=False)):
        out.append("overlap")
    return out


def make_one(st, idx, used_ids):
    last = None
    for attempt in range(80):
        seed = f"{st['sid']}:{idx}:{attempt}"
        r0 = random.Random(seed + ":loc")
        locs = [lc for lc in LOCS if st["locs"] is None or lc.key in st["locs"]]
        loc = locs[(idx + r0.randint(0, len(locs) - 1)) % len(locs)]
        ctx = Ctx(seed, st["sector"], loc)
        doc = st["fn"](ctx)
        text, spans = doc.build()
        probs = problems_of(text, spans, ctx)
        if ctx.doc_no in used_ids:
            probs.append("dup id")
        if not probs:
            rec0 = {
                "id": ctx.doc_no,
                "agency": ctx.ag.code,
                "category": st["category"],
                "decision_date": ctx.date.isoformat(),
                "target_type": ctx.target_type,
                "target_name": ctx.target_name,
                "text": text,
            }
            errs, warns = [], []
            CHK.old.check_row(
                {"structure": st["sid"], "record": rec0, "keep_values": ctx.keep_values(), "spans": spans},
                "x",
                errs,
                warns,
            )
            errs += CHK.checksum_errors(text, spans, "x")
            probs += errs + warns
        if probs:
            last = probs
            continue
        used_ids.add(ctx.doc_no)
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
    raise RuntimeError(f"{st['sid']} #{idx}: no clean document: {last}")


def main():
    only = sys.argv[1] if len(sys.argv) > 1 else None
    parts = {"dev": [], "heldout": []}
    sids = [s["sid"] for s in REGISTRY]
    assert len(sids) == len(set(sids)), "duplicate structure id"
    used = set()
    for st in REGISTRY:
        if only and not st["sid"].startswith(only):
            continue
        for i in range(st["n"]):
            parts[st["part"]].append(make_one(st, i, used))
    if only:
        for rows in parts.values():
            for row in rows:
                print("=" * 30, row["structure"], len(row["record"]["text"]))
                print(row["record"]["text"])
        return
    os.makedirs(OUT, exist_ok=True)
    for name, rows in parts.items():
        with open(os.path.join(OUT, f"{name}.jsonl"), "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(name, len(rows), "documents,", len({r["structure"] for r in rows}), "structures")


if __name__ == "__main__":
    main()
