"""Validate the independent redaction corpus.

Usage: /work/main/.venv/bin/python bench/independent_corpus/check.py [--stats]

Fails (exit 1) on any structural problem; prints warnings for suspicious
unlabelled text (digit runs that look like phones/IDs/accounts).
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "tests", "data", "redaction_independent"))

GO = {
    "name",
    "minor_name",
    "guardian_name",
    "school",
    "class",
    "id_number",
    "phone",
    "landline",
    "email",
    "bank_account",
    "passport",
    "plate",
    "address",
    "birth_date",
    "social_id",
    "ss_card",
    "health",
    "religion",
    "criminal_record",
    "wage",
    "trade_secret",
    "driver_license",
}
KEEP = {
    "agency",
    "agency_contact",
    "officer_name",
    "credential_no",
    "legal_rep",
    "company",
    "credit_code",
    "court",
    "review_body",
    "doc_no",
    "statute",
    "standard",
    "date",
    "amount",
    "fiscal_account",
}
CATEGORIES = {"penalty", "license", "coercion", "inspection", "levy", "confirmation", "ruling", "other"}
TARGET_TYPES = {"natural_person", "legal_person", "individual_business"}
RECORD_REQUIRED = ("id", "agency", "category", "decision_date", "target_type", "target_name", "text")
RECORD_OPTIONAL = {"id_number", "phone", "address", "legal_representative", "credit_code", "trade_secrets"}

SUSPICIOUS = [
    ("mobile", re.compile(r"(?<![0-9０-９A-Za-z])1[3-9][0-9]{9}(?![0-9０-９A-Za-z])")),
    ("id18", re.compile(r"(?<![0-9０-９])[1-9][0-9]{16}[0-9Xx](?![0-9０-９])")),
    ("long-digits", re.compile(r"(?<![0-9A-Za-z])[0-9]{15,}(?![0-9])")),
    ("fullwidth-digits", re.compile(r"[０-９]{6,}")),
    ("email", re.compile(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[a-z]{2,}")),
]


def load(part):
    path = os.path.join(DATA, f"{part}.jsonl")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def covered(spans, a, b):
    return any(s["start"] <= a and b <= s["end"] for s in spans)


def check_row(row, where, errors, warnings):
    def err(msg):
        errors.append(f"{where}: {msg}")

    for k in ("structure", "record", "keep_values", "spans"):
        if k not in row:
            err(f"missing key {k}")
            return
    rec = row["record"]
    for k in RECORD_REQUIRED:
        if not rec.get(k):
            err(f"record.{k} missing/empty")
    extra = set(rec) - set(RECORD_REQUIRED) - RECORD_OPTIONAL
    if extra:
        err(f"unexpected record fields {sorted(extra)}")
    if rec.get("category") not in CATEGORIES:
        err(f"bad category {rec.get('category')}")
    if rec.get("target_type") not in TARGET_TYPES:
        err(f"bad target_type {rec.get('target_type')}")
    try:
        dt.date.fromisoformat(rec.get("decision_date", ""))
    except ValueError:
        err("decision_date is not YYYY-MM-DD")
    if "trade_secrets" in rec and not (
        isinstance(rec["trade_secrets"], list) and all(isinstance(x, str) and x for x in rec["trade_secrets"])
    ):
        err("trade_secrets must be a list of non-empty strings")
    text = rec.get("text", "")
    if not 600 <= len(text) <= 3000:
        err(f"text length {len(text)} outside 600..3000")
    if not isinstance(row["keep_values"], list) or not all(isinstance(v, str) for v in row["keep_values"]):
        err("keep_values must be a list of strings")
    spans = row["spans"]
    for s in spans:
        if set(s) != {"start", "end", "label", "kind"}:
            err(f"span keys {sorted(s)}")
            continue
        if not (
            isinstance(s["start"], int)
            and isinstance(s["end"], int)
            and 0 <= s["start"] < s["end"] <= len(text)
        ):
            err(f"span offsets out of range {s}")
            continue
        if (
            s["kind"] == "go"
            and s["label"] not in GO
            or s["kind"] == "keep"
            and s["label"] not in KEEP
            or s["kind"] not in ("go", "keep")
        ):
            err(f"bad label/kind {s['kind']}:{s['label']}")
        v = text[s["start"] : s["end"]]
        if v != v.strip():
            err(f"span has surrounding whitespace {v!r}")
    ss = sorted(spans, key=lambda s: (s["start"], s["end"]))
    for a, b in zip(ss, ss[1:], strict=False):
        if b["start"] < a["end"]:
            err(f"overlapping spans {a} {b}")
    # every occurrence of every go value is labelled
    for v in sorted({text[s["start"] : s["end"]] for s in spans if s["kind"] == "go"}):
        if len(v) < 2:
            continue
        i = text.find(v)
        while i >= 0:
            if not covered(spans, i, i + len(v)):
                err(f"unlabelled occurrence of go value {v!r} at {i}")
            i = text.find(v, i + 1)
    # declared private fields: where they occur verbatim in the text, they are go
    for k in ("id_number", "phone", "address"):
        v = rec.get(k)
        if v and v in text:
            i = text.find(v)
            while i >= 0:
                if not any(s["kind"] == "go" and s["start"] <= i and i + len(v) <= s["end"] for s in spans):
                    err(f"declared {k} {v!r} occurs unlabelled at {i}")
                i = text.find(v, i + 1)
    for v in rec.get("trade_secrets", []):
        if v not in text:
            err(f"declared trade secret not in text: {v!r}")
    if rec.get("target_type") == "natural_person":
        # the text may write the name with alignment spaces ("张　伟"); compare without whitespace
        tn = re.sub(r"\s", "", rec["target_name"])
        if not any(s["kind"] == "go" and re.sub(r"\s", "", text[s["start"] : s["end"]]) == tn for s in spans):
            err("natural-person target_name is not labelled as a go span")
    else:
        if rec.get("target_name") not in text:
            err("target_name does not occur in text")
    # the document number is in the text and labelled keep
    if not any(s["label"] == "doc_no" and text[s["start"] : s["end"]] == rec.get("id") for s in spans):
        err("record id is not labelled as doc_no in the text")
    # keep values from the registry that occur in the text must be labelled keep
    for v in row["keep_values"]:
        if len(v) < 3:
            continue
        # short all-digit values (hotlines such as 110/12315) only count as standalone tokens
        rx = (
            re.compile(r"(?<![0-9])" + re.escape(v) + r"(?![0-9])")
            if v.isdigit()
            else re.compile(re.escape(v))
        )
        for m in rx.finditer(text):
            i = m.start()
            if not any(s["kind"] == "keep" and s["start"] <= i and i + len(v) <= s["end"] for s in spans):
                err(f"keep value {v!r} occurs unlabelled at {i}")
    # suspicious unlabelled strings
    for name, rx in SUSPICIOUS:
        for m in rx.finditer(text):
            if not covered(spans, m.start(), m.end()):
                warnings.append(f"{where}: unlabelled {name} {m.group()!r}")


def main():
    errors, warnings = [], []
    parts = {p: load(p) for p in ("dev", "heldout")}
    ids = collections.Counter()
    struct_part = {}
    for part, rows in parts.items():
        for n, row in enumerate(rows, 1):
            where = f"{part}.jsonl:{n}"
            check_row(row, where, errors, warnings)
            ids[row["record"]["id"]] += 1
            st = row["structure"]
            if struct_part.setdefault(st, part) != part:
                errors.append(f"{where}: structure {st} appears in both parts")
    for i, k in ids.items():
        if k > 1:
            errors.append(f"duplicate record id {i!r} ({k}x)")
    n_dev, n_held = len(parts["dev"]), len(parts["heldout"])
    s_dev = {r["structure"] for r in parts["dev"]}
    s_held = {r["structure"] for r in parts["heldout"]}
    if n_dev + n_held < 330:
        errors.append(f"only {n_dev + n_held} documents (< 330)")
    if len(s_dev | s_held) < 44:
        errors.append(f"only {len(s_dev | s_held)} structures (< 44)")
    if n_held < 100 or len(s_held) < 12:
        errors.append(f"heldout has {n_held} documents / {len(s_held)} structures (need >= 100 / >= 12)")
    for w in warnings:
        print("WARN", w)
    for e in errors:
        print("ERROR", e)
    print(
        f"dev: {n_dev} documents, {len(s_dev)} structures; heldout: {n_held} documents, {len(s_held)} structures"
    )
    if "--stats" in sys.argv:
        for part, rows in parts.items():
            cnt = collections.Counter((s["kind"], s["label"]) for r in rows for s in r["spans"])
            print(
                f"[{part}]",
                json.dumps({f"{k}:{l}": v for (k, l), v in sorted(cnt.items())}, ensure_ascii=False),
            )
    print("OK" if not errors else f"FAILED: {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
