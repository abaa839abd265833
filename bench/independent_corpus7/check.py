"""Validate the seventh independent redaction corpus.

Usage: python3 bench/independent_corpus7/check.py [--stats] [--show N]

Reuses the row checks of bench/independent_corpus/check.py (same label
vocabulary, same record format) with this corpus's data folder and size rules:
>= 200 documents, >= 28 structures, heldout >= 100 documents / >= 13 structures,
800..2500 characters per document, split by structure.
"""

from __future__ import annotations

import collections
import importlib.util
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OLD = os.path.normpath(os.path.join(HERE, "..", "independent_corpus", "check.py"))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "data", "redaction_independent7"))

_spec = importlib.util.spec_from_file_location("old_check", OLD)
old = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(old)


_FWD = str.maketrans("０１２３４５６７８９ＸＯｌ", "0123456789XOl")
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_UA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _norm(v):
    return "".join(ch for ch in v.translate(_FWD) if ch.isalnum()).upper()


def checksum_errors(text, spans, where):
    """Every id_number / ss_card / driver_license span that is an 18-character resident-ID-like
    value (after removing spaces, dashes, cell borders and line breaks; also with two trailing
    certificate digits or a one-letter prefix such as the G of a 学籍号) has a valid GB 11643 check digit; every credit_code span a valid
    GB 32100 check character (and organisation-code check digit)."""
    out = []
    for s in spans:
        v = _norm(text[s["start"] : s["end"]])
        if s["label"] in ("id_number", "ss_card", "driver_license"):
            for cand in {
                v,
                v[2:] if v[:2] in ("SB", "YB") else v,
                v[:18] if len(v) == 20 and v[:18].isalnum() else v,
                v[1:] if len(v) == 19 and v[0] in "GTLJ" else v,
            }:
                if len(cand) == 18 and cand[:17].isdigit() and (cand[17].isdigit() or cand[17] == "X"):
                    body = cand[:17]
                    ck = "10X98765432"[sum(int(a) * b for a, b in zip(body, _W, strict=True)) % 11]
                    if ck != cand[17]:
                        out.append(f"{where}: bad GB 11643 check digit in {text[s['start'] : s['end']]!r}")
        if s["label"] == "credit_code":
            w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
            if len(v) != 18 or any(ch not in _UA for ch in v):
                out.append(f"{where}: malformed credit code {v!r}")
                continue
            c = 31 - sum(_UA.index(ch) * x for ch, x in zip(v[:17], w, strict=True)) % 31
            if _UA[0 if c == 31 else c] != v[17]:
                out.append(f"{where}: bad GB 32100 check character in {v!r}")
            al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            oc = (
                11
                - sum(al.index(ch) * x for ch, x in zip(v[8:16], [3, 7, 9, 10, 5, 8, 4, 2], strict=True)) % 11
            )
            if ("X" if oc == 10 else "0" if oc == 11 else str(oc)) != v[16]:
                out.append(f"{where}: bad organisation-code check digit in {v!r}")
    return out


def load(part):
    with open(os.path.join(DATA, f"{part}.jsonl"), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main():
    errors, warnings = [], []
    parts = {p: load(p) for p in ("dev", "heldout")}
    ids = collections.Counter()
    struct_part = {}
    for part, rows in parts.items():
        for n, row in enumerate(rows, 1):
            where = f"{part}.jsonl:{n}"
            old.check_row(row, where, errors, warnings)
            t = row["record"]["text"]
            if not 800 <= len(t) <= 2500:
                errors.append(f"{where}: text length {len(t)} outside 800..2500")
            ids[row["record"]["id"]] += 1
            errors.extend(checksum_errors(t, row["spans"], where))
            # corpus-3 rules: already-anonymised forms are never go; one string is never both go and keep
            gov, kpv = set(), set()
            for s in row["spans"]:
                v = t[s["start"] : s["end"]]
                (gov if s["kind"] == "go" else kpv).add(v)
                if (
                    s["kind"] == "go"
                    and s["label"] in ("name", "minor_name", "guardian_name")
                    and ("某" in v or "*" in v)
                ):
                    errors.append(f"{where}: anonymised form labelled go {v!r}")
            for v in sorted(gov & kpv):
                errors.append(f"{where}: {v!r} labelled both go and keep")
            st = row["structure"]
            if struct_part.setdefault(st, part) != part:
                errors.append(f"{where}: structure {st} appears in both parts")
    for i, k in ids.items():
        if k > 1:
            errors.append(f"duplicate record id {i!r} ({k}x)")
    n_dev, n_held = len(parts["dev"]), len(parts["heldout"])
    s_dev = {r["structure"] for r in parts["dev"]}
    s_held = {r["structure"] for r in parts["heldout"]}
    if n_dev + n_held < 200:
        errors.append(f"only {n_dev + n_held} documents (< 200)")
    if len(s_dev | s_held) < 28:
        errors.append(f"only {len(s_dev | s_held)} structures (< 28)")
    if n_held < 100 or len(s_held) < 13:
        errors.append(f"heldout has {n_held} documents / {len(s_held)} structures (need >= 100 / >= 13)")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(
        f"dev: {n_dev} documents, {len(s_dev)} structures; heldout: {n_held} documents, {len(s_held)} structures"
    )
    n_ck = sum(
        1
        for rows in parts.values()
        for r in rows
        for s in r["spans"]
        if s["label"] in ("id_number", "ss_card", "driver_license", "credit_code")
    )
    print(f"checksums: {n_ck} id/ss/licence/credit-code spans examined")
    if "--stats" in sys.argv:
        for part, rows in parts.items():
            cnt = collections.Counter((s["kind"], s["label"]) for r in rows for s in r["spans"])
            print(
                f"[{part}]",
                json.dumps({f"{k}:{l}": v for (k, l), v in sorted(cnt.items())}, ensure_ascii=False),
            )
            lens = sorted(len(r["record"]["text"]) for r in rows)
            print(f"[{part}] length min {lens[0]} median {lens[len(lens) // 2]} max {lens[-1]}")
    print("OK" if not errors else f"FAILED: {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
