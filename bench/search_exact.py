"""Exactness benchmark: does a search find every decision that contains the string?

For each query class (whole words, words split by segmentation, names after titles,
strings with punctuation inside, single characters, long phrases) it counts the queries
whose total equals a plain substring scan of the searchable content (text, party,
document number, legal basis; folded and without whitespace, as
publisher/search/exact.py defines a term), with the latency (p50 / p95, in order and
with the posting cache emptied first), the index's size and its build time. Three steps,
so that the engine before a change can be measured on the same corpus and queries:

    .venv/bin/python bench/search_exact.py prepare --docs 20000 --out bench/out/exact-20k
    git archive <commit before> | tar -x -C /tmp/before
    PYTHONPATH=/tmp/before .venv/bin/python bench/search_exact.py run --label before --out bench/out/exact-20k
    PYTHONPATH=. .venv/bin/python bench/search_exact.py run --label after --out bench/out/exact-20k
    .venv/bin/python bench/search_exact.py table --out bench/out/exact-20k

``prepare`` writes the corpus (demo generator decisions, a third of them with one more
realistic sentence: 无证无照经营, 陈述、申辩, a legal representative named after the title)
and the queries with their true totals; ``run`` builds the index of whatever engine is
on PYTHONPATH and answers the queries; ``table`` prints the comparison in Markdown.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import rjieba

sys.path.insert(0, str(Path(__file__).parent))

CLASSES = ("whole word", "split word", "name after title", "punctuation", "single character", "long phrase")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_SAFE = re.compile(r"[\u4e00-\u9fff\uff10-\uff19\d、，。：；（）《》〔〕]+")  # no whitespace, no query syntax
_WORDCHAR = re.compile(r"[\u4e00-\u9fff\uff10-\uff19\d]")
_PUNCT = "、，。：；（）《》〔〕"
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾田萧潘袁蒋蔡"
GIVEN = "轩伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰建国志红梅鑫"


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2])))


def _extra(rng: random.Random) -> str:
    """One more sentence of the kind segmentation cuts badly."""
    name = _name(rng)
    return rng.choice(
        [
            f"经查，当事人{rng.choice(['无证无照经营', '无照经营', '未取得许可擅自经营'])}。",
            "本机关已告知当事人依法享有"
            + rng.choice(["陈述、申辩", "陈述申辩", "陈述和申辩", "陈述、申辩、听证"])
            + "的权利。",
            f"现场检查时法定代表人{name}在场，{name}对检查结果无异议。",
            f"当事人委托代理人{name}到"
            + rng.choice(["临江区域", "江滨街道办", "望江大道口", "学府路段"])
            + "接受询问。",
        ]
    )


def prepare(docs_count: int, out: Path, seed: int) -> None:
    from search_bench import corpus  # the demo generator's decisions, as the search bench uses them

    from publisher.search.exact import contains, parts, term_text
    from publisher.search.index import content

    rng = random.Random(seed)
    docs = corpus(docs_count, seed)
    rows = []
    for d in docs:
        text = d["text"] + (_extra(rng) if rng.random() < 0.34 else "")
        rows.append({k: d[k] for k in ("public_id", "party", "doc_no", "legal_basis", "agency", "category")})
        rows[-1].update(text=text, target_type=d["target_type"], decision_date=d["decision_date"])
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    queries = _queries(rows, rng)
    contents = [parts(content(r["text"], r["party"], r["doc_no"], r["legal_basis"])) for r in rows]
    started = time.perf_counter()
    for q in queries:
        wanted = term_text(q["q"])
        q["true_total"] = sum(contains(c, wanted) for c in contents)
    scan_ms = (time.perf_counter() - started) * 1000 / len(queries)
    meta = {"docs": docs_count, "queries": len(queries), "substring_scan_ms_per_query": round(scan_ms, 1)}
    (out / "queries.json").write_text(
        json.dumps({"meta": meta, "queries": queries}, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(json.dumps(meta))


def _substring(rng: random.Random, text: str, low: int, high: int, test: Any) -> str | None:
    for _ in range(200):
        size = rng.randint(low, high)
        start = rng.randrange(max(1, len(text) - size))
        s = text[start : start + size]
        if (
            len(s) == size
            and _SAFE.fullmatch(s)
            and _WORDCHAR.match(s[0])
            and _WORDCHAR.match(s[-1])
            and test(s, start)
        ):
            return s
    return None


def _queries(rows: list[dict[str, Any]], rng: random.Random) -> list[dict[str, Any]]:
    texts = [r["text"] for r in rows]
    picked: dict[str, list[str]] = {k: [] for k in CLASSES}
    picked["split word"] += ["无照经营", "代表人", "江滨街", "城市临江"]
    picked["punctuation"] += ["陈述、申辩", "申辩、听证"]
    wanted = {k: 40 for k in CLASSES} | {"single character": 20}
    titles = re.compile(r"(执法人员|法定代表人|委托代理人)([\u4e00-\u9fff]{2,3}?)(?=[（，、在到对])")
    tries = 0
    while any(len(picked[k]) < wanted[k] for k in CLASSES) and tries < 100_000:
        tries += 1
        text = rng.choice(texts)
        spans = [(s, e) for _w, s, e in rjieba.tokenize(text)]
        starts, ends = {s for s, _e in spans}, {e for _s, e in spans}
        words = [w for w, _s, _e in rjieba.tokenize(text) if len(w) >= 2 and all(_CJK.match(c) for c in w)]
        found: dict[str, str | None] = {
            "whole word": rng.choice(words) if words else None,
            "split word": _substring(
                rng,
                text,
                2,
                4,
                lambda s, at, starts=starts, ends=ends: (
                    bool(_CJK.fullmatch(s[0]))
                    and all(_CJK.match(c) for c in s)
                    and not (at in starts and at + len(s) in ends)
                ),
            ),
            "punctuation": _substring(rng, text, 4, 9, lambda s, at: any(c in _PUNCT for c in s[1:-1])),
            "single character": rng.choice([c for c in text if _CJK.match(c)] or [None]),
            "long phrase": _substring(rng, text, 8, 20, lambda s, at: True),
        }
        names = ["".join(m.groups()) for m in titles.finditer(text)]
        rarer = [n for n in names if not n.startswith("执法人员")]  # one in every text: half from the others
        found["name after title"] = (
            rng.choice(rarer if rarer and rng.random() < 0.5 else names) if names else None
        )
        for kind, q in found.items():
            if q and len(picked[kind]) < wanted[kind] and q not in picked[kind]:
                picked[kind].append(q)
    return [{"kind": kind, "q": q} for kind in CLASSES for q in picked[kind]]


def run(out: Path, label: str, procs: int) -> None:
    from whoosh import index as whoosh_index

    from publisher.search import segments
    from publisher.search.index import make_document, schema
    from publisher.search.service import SearchService

    rows = [json.loads(line) for line in (out / "corpus.jsonl").open(encoding="utf-8")]
    queries = json.loads((out / "queries.json").read_text(encoding="utf-8"))["queries"]
    path = out / f"index-{label}"
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    whoosh_index.create_in(str(path), schema())
    documents = (
        make_document(
            r["public_id"],
            r["text"],
            r["party"],
            r["doc_no"],
            r["legal_basis"],
            r["agency"],
            r["category"],
            r["target_type"],
            dt.date(r["decision_date"] // 10000, r["decision_date"] // 100 % 100, r["decision_date"] % 100),
        )
        for r in rows
    )
    started = time.perf_counter()
    segments.build(path, documents, None, procs, expected=len(rows))
    build_s = time.perf_counter() - started
    size = int(subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True).stdout.split()[0])
    service = SearchService(path)
    cold: dict[str, list[float]] = {}
    for q in queries:
        service._postings.clear()
        started = time.perf_counter()
        service.search(q["q"])
        cold.setdefault(q["kind"], []).append((time.perf_counter() - started) * 1000)
    service = SearchService(path)
    warm: dict[str, list[float]] = {}
    exact: dict[str, int] = {}
    misses = []
    for q in queries:
        started = time.perf_counter()
        total = service.search(q["q"]).total
        warm.setdefault(q["kind"], []).append((time.perf_counter() - started) * 1000)
        exact[q["kind"]] = exact.get(q["kind"], 0) + (total == q["true_total"])
        if total != q["true_total"]:
            misses.append({"kind": q["kind"], "q": q["q"], "total": total, "true": q["true_total"]})
    every_warm = [v for vs in warm.values() for v in vs]
    every_cold = [v for vs in cold.values() for v in vs]
    report = {
        "label": label,
        "docs": len(rows),
        "build_s": round(build_s, 1),
        "build_docs_per_s": round(len(rows) / build_s),
        "index_mb": round(size / 2**20, 1),
        "exact": sum(exact.values()),
        "queries": len(queries),
        "p50_ms": _p(every_warm, 0.5),
        "p95_ms": _p(every_warm, 0.95),
        "cold_p50_ms": _p(every_cold, 0.5),
        "cold_p95_ms": _p(every_cold, 0.95),
        "by_class": {
            k: {
                "exact": exact.get(k, 0),
                "queries": len(warm.get(k, [])),
                "p50_ms": _p(warm.get(k, []), 0.5),
                "p95_ms": _p(warm.get(k, []), 0.95),
                "cold_p50_ms": _p(cold.get(k, []), 0.5),
                "cold_p95_ms": _p(cold.get(k, []), 0.95),
            }
            for k in CLASSES
        },
        "misses": misses,
    }
    (out / f"report-{label}.json").write_text(
        json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(json.dumps({k: v for k, v in report.items() if k != "misses"}, ensure_ascii=False, indent=1))
    shutil.rmtree(path, ignore_errors=True)


def _p(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    if q == 0.5:
        return round(statistics.median(values), 1)
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 1)


def table(out: Path) -> None:
    before = json.loads((out / "report-before.json").read_text(encoding="utf-8"))
    after = json.loads((out / "report-after.json").read_text(encoding="utf-8"))
    print(
        "| Query class | Exact totals before → after | p50 / p95 before (ms) | p50 / p95 after (ms) "
        "| cold p95 before → after |"
    )
    print("|---|---:|---:|---:|---:|")
    for k in CLASSES:
        b, a = before["by_class"][k], after["by_class"][k]
        print(
            f"| {k} | {b['exact']} → **{a['exact']}** of {a['queries']} | {b['p50_ms']} / {b['p95_ms']} | "
            f"{a['p50_ms']} / {a['p95_ms']} | {b['cold_p95_ms']} → {a['cold_p95_ms']} |"
        )
    print(
        f"| **all** | {before['exact']} → **{after['exact']}** of {after['queries']} | {before['p50_ms']} / "
        f"{before['p95_ms']} | {after['p50_ms']} / {after['p95_ms']} | "
        f"{before['cold_p95_ms']} → {after['cold_p95_ms']} |"
    )
    print()
    print("| Index | Build s (docs/s) | Size MB |")
    print("|---|---:|---:|")
    for r in (before, after):
        print(f"| {r['label']} | {r['build_s']} ({r['build_docs_per_s']}) | {r['index_mb']} |")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("step", choices=["prepare", "run", "table"])
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--out", type=Path, default=Path("bench/out/exact"))
    parser.add_argument("--label", default="after")
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=19)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.step == "prepare":
        prepare(args.docs, args.out, args.seed)
    elif args.step == "run":
        run(args.out, args.label, args.procs)
    else:
        table(args.out)


if __name__ == "__main__":
    main()
