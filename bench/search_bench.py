"""Search benchmark: Gongshi's Whoosh index beside SQLite FTS5 on the same rjieba tokens.

Builds both over N synthetic decisions, runs the same queries (single terms, two terms,
phrases and document numbers, each also with a category and date-range filter and with
date sort), checks that both return the same matches (and ours the same as Whoosh's own
matchers), and reports build rate and p50/p95 latency, ours including facet counts: once
with the posting cache emptied before every query (cold) and once in order. Run:

    .venv/bin/python bench/search_bench.py --docs 10000 --out bench/out/search-10k
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import statistics
import time
from pathlib import Path
from typing import Any

import click
import rjieba
from whoosh import index as whoosh_index

from publisher.demodata import CATEGORY_WEIGHTS, _Decisions, _officers
from publisher.demodata.people import Pools
from publisher.search import segments
from publisher.search.index import make_document, schema
from publisher.search.service import Filters, SearchService

START = dt.date(2024, 1, 2)


def corpus(count: int, seed: int) -> list[dict[str, Any]]:
    """Synthetic published decisions (fields as the index stores them)."""
    pools = Pools(seed)
    until = dt.date(2026, 11, 1)
    gen = _Decisions(pools, list(_officers(pools, 300, until)), until, [])
    span = (until - START).days
    docs = []
    with click.progressbar(range(count), label="corpus      ") as bar:
        for n in bar:
            record = gen.one(START + dt.timedelta(days=span * n // count))
            day = dt.date.fromisoformat(record["decision_date"])
            doc = make_document(
                f"d{n:07d}",
                record["text"],
                record["target_name"],
                record["id"],
                record["legal_basis"],
                record["agency"],
                record["category"],
                record["target_type"],
                day,
            )
            docs.append(
                {
                    **doc,
                    "text": record["text"],
                    "party": record["target_name"],
                    "doc_no": record["id"],
                    "legal_basis": record["legal_basis"],
                }
            )
    return docs


def build_whoosh(docs: list[dict[str, Any]], path: Path, procs: int) -> float:
    """The product's own build (publisher/search/segments.py, as `publisher reindex` runs it)."""
    path.mkdir(parents=True, exist_ok=True)
    whoosh_index.create_in(str(path), schema())
    started = time.perf_counter()
    fields = set(schema().names())
    with click.progressbar(length=len(docs), label="whoosh build") as bar:
        segments.build(
            path,
            ({k: v for k, v in doc.items() if k in fields} for doc in docs),
            bar.update,
            procs,
            expected=len(docs),
        )
    return time.perf_counter() - started


def segmented(text: str) -> str:
    return " ".join(w for w, _s, _e in rjieba.tokenize(text) if w.strip())


def build_fts(docs: list[dict[str, Any]], path: Path) -> float:
    db = sqlite3.connect(path)
    db.executescript("""
        CREATE TABLE meta(rowid INTEGER PRIMARY KEY, public_id TEXT, agency TEXT, category TEXT,
                          target_type TEXT, year TEXT, decision_date INTEGER, doc_no TEXT);
        CREATE VIRTUAL TABLE fts USING fts5(text, party, doc_no, legal_basis, tokenize='unicode61');
        CREATE INDEX meta_filter ON meta(category, decision_date);
        CREATE INDEX meta_doc ON meta(doc_no);
    """)
    started = time.perf_counter()
    with click.progressbar(list(enumerate(docs, start=1)), label="fts5 build  ") as bar:
        for rowid, d in bar:
            db.execute(
                "INSERT INTO meta VALUES (?,?,?,?,?,?,?,?)",
                (
                    rowid,
                    d["public_id"],
                    d["agency"],
                    d["category"],
                    d["target_type"],
                    d["year"],
                    d["decision_date"],
                    d["doc_no"],
                ),
            )
            db.execute(
                "INSERT INTO fts(rowid, text, party, doc_no, legal_basis) VALUES (?,?,?,?,?)",
                (
                    rowid,
                    segmented(d["text"]),
                    segmented(d["party"]),
                    segmented(d["doc_no"]),
                    segmented(d["legal_basis"]),
                ),
            )
    db.commit()
    seconds = time.perf_counter() - started
    db.close()
    return seconds


def tokens(text: str) -> list[str]:
    return [w.lower() for w, _s, _e in rjieba.tokenize(text) if any(c.isalnum() for c in w)]


def queries(docs: list[dict[str, Any]], seed: int) -> list[dict[str, Any]]:
    """Realistic queries in four classes, each plain, filtered, and sorted by date."""
    rng = random.Random(seed)
    words = [w for d in rng.sample(docs, 200) for w in tokens(d["text"]) if len(w) >= 2 and not w.isdigit()]
    counts = {w: words.count(w) for w in set(words)}
    common = sorted(counts, key=lambda w: (-counts[w], w))  # ties by word: the same queries every run
    base: list[tuple[str, str]] = [("term", w) for w in rng.sample(common[:300], 50)]
    base += [
        ("two terms", f"{a} {b}")
        for a, b in zip(rng.sample(common[:120], 50), rng.sample(common[:400], 50), strict=True)
    ]
    for d in rng.sample(docs, 50):
        toks = [
            w for w, _s, _e in rjieba.tokenize(d["text"]) if any(c.isalnum() for c in w) and not w.isdigit()
        ]
        start = rng.randrange(max(1, len(toks) - 3))
        base.append(("phrase", "".join(toks[start : start + rng.choice([2, 3])])))
    base += [("doc number", d["doc_no"]) for d in rng.sample(docs, 25)]
    out = []
    for kind, text in base:
        category = rng.choice(list(CATEGORY_WEIGHTS))
        year = rng.choice([2024, 2025, 2026])
        filters = Filters(category=category, date_from=dt.date(year, 1, 1), date_to=dt.date(year, 12, 31))
        out += [
            {"kind": kind, "q": text, "filters": Filters(), "sort": "relevance"},
            {"kind": kind + " + filter", "q": text, "filters": filters, "sort": "relevance"},
            {"kind": kind + " + date sort", "q": text, "filters": Filters(), "sort": "date"},
        ]
    return out


def fts_match(text: str) -> str:
    parts = [" ".join(tokens(p)) for p in text.split()]
    return " AND ".join(f'"{p}"' for p in parts if p) or '""'


def run_fts(db: sqlite3.Connection, query: dict[str, Any]) -> tuple[int, list[str], set[str]]:
    f: Filters = query["filters"]
    db.execute("DELETE FROM hits")
    db.execute("INSERT INTO hits SELECT rowid FROM fts WHERE fts MATCH ?", (fts_match(query["q"]),))
    if query["kind"].startswith("doc number"):
        db.execute("INSERT OR IGNORE INTO hits SELECT rowid FROM meta WHERE doc_no = ?", (query["q"],))
    where, args = "1", []
    if f.category:
        where, args = (
            "m.category = ? AND m.decision_date BETWEEN ? AND ?",
            [f.category, int(f.date_from.strftime("%Y%m%d")), int(f.date_to.strftime("%Y%m%d"))],
        )
    join = f"FROM hits h CROSS JOIN meta m ON m.rowid = h.rowid WHERE {where}"
    total = db.execute(f"SELECT count(*) {join}", args).fetchone()[0]
    for column in ("agency", "category", "target_type", "year"):
        db.execute(f"SELECT m.{column}, count(*) {join} GROUP BY m.{column}", args).fetchall()
    order = "m.decision_date DESC" if query["sort"] == "date" else "h.rowid"
    top = [r[0] for r in db.execute(f"SELECT m.public_id {join} ORDER BY {order} LIMIT 10", args)]
    return total, top, set()


def fts_all(db: sqlite3.Connection, query: dict[str, Any]) -> set[str]:
    run_fts(db, query)
    f: Filters = query["filters"]
    where, args = "1", []
    if f.category:
        where, args = (
            "m.category = ? AND m.decision_date BETWEEN ? AND ?",
            [f.category, int(f.date_from.strftime("%Y%m%d")), int(f.date_to.strftime("%Y%m%d"))],
        )
    return {
        r[0]
        for r in db.execute(
            f"SELECT m.public_id FROM hits h CROSS JOIN meta m ON m.rowid = h.rowid WHERE {where}", args
        )
    }


def ours_all(service: SearchService, query: dict[str, Any], ids: list[str]) -> set[str]:
    """Every match as the portal counts it (publisher/search/postings.py over Whoosh's postings)."""
    return {ids[n] for n in service.matching(query["q"], query["filters"]).tolist()}


def whoosh_all(service: SearchService, query: dict[str, Any]) -> set[str]:
    """Every match as Whoosh's own matchers find it, one document at a time."""
    searcher = service.searcher()
    results = searcher.search(service.parse(query["q"]), filter=query["filters"].query(), limit=None)
    return {hit["public_id"] for hit in results}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="How many decisions.")
    parser.add_argument("--out", type=Path, default=Path("bench/out/search"), help="Working directory.")
    parser.add_argument("--procs", type=int, default=2, help="Worker processes writing segments.")
    parser.add_argument("--seed", type=int, default=5, help="Random seed.")
    parser.add_argument(
        "--check-whoosh",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="Also check every match set against Whoosh's own (slow) matchers.",
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    docs = corpus(args.docs, args.seed)
    chars = sum(len(d["text"]) for d in docs) / len(docs)
    whoosh_seconds = build_whoosh(docs, args.out / "index", args.procs)
    (args.out / "fts.db").unlink(missing_ok=True)
    fts_seconds = build_fts(docs, args.out / "fts.db")
    qs = queries(docs, args.seed)
    del docs
    service = SearchService(args.out / "index")
    db = sqlite3.connect(args.out / "fts.db")
    db.execute("CREATE TEMP TABLE hits(rowid INTEGER PRIMARY KEY)")
    ours: dict[str, list[float]] = {}
    cold: dict[str, list[float]] = {}
    theirs: dict[str, list[float]] = {}
    with click.progressbar(qs, label="cold queries") as bar:
        for q in bar:  # every query with the posting cache emptied first
            service._postings.clear()
            started = time.perf_counter()
            service.search(q["q"], q["filters"], q["sort"])
            cold.setdefault(q["kind"], []).append((time.perf_counter() - started) * 1000)
    service = SearchService(args.out / "index")  # a fresh cache for the run in order
    reader = service.searcher().reader()
    ids = [reader.stored_fields(n)["public_id"] for n in range(reader.doc_count_all())]
    same = same_as_whoosh = superset = 0
    with click.progressbar(qs, label="queries     ") as bar:
        for q in bar:
            started = time.perf_counter()
            service.search(q["q"], q["filters"], q["sort"])
            ours.setdefault(q["kind"], []).append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            run_fts(db, q)
            theirs.setdefault(q["kind"], []).append((time.perf_counter() - started) * 1000)
            matches, fts_matches = ours_all(service, q, ids), fts_all(db, q)
            same += matches == fts_matches
            superset += matches > fts_matches
            if args.check_whoosh:
                same_as_whoosh += matches == whoosh_all(service, q)
    every_ours = [v for vs in ours.values() for v in vs]
    every_cold = [v for vs in cold.values() for v in vs]
    every_theirs = [v for vs in theirs.values() for v in vs]
    report = {
        "docs": args.docs,
        "avg_chars": round(chars),
        "queries": len(qs),
        "same_matches": same,
        "ours_strict_superset_of_fts5": superset,
        "same_as_whoosh_matchers": same_as_whoosh if args.check_whoosh else "not checked",
        "whoosh_build_docs_per_s": round(args.docs / whoosh_seconds),
        "fts5_build_docs_per_s": round(args.docs / fts_seconds),
        "ours_ms": {
            "p50": round(statistics.median(every_ours), 1),
            "p95": round(percentile(every_ours, 0.95), 1),
        },
        "ours_cold_ms": {
            "p50": round(statistics.median(every_cold), 1),
            "p95": round(percentile(every_cold, 0.95), 1),
        },
        "fts5_ms": {
            "p50": round(statistics.median(every_theirs), 1),
            "p95": round(percentile(every_theirs, 0.95), 1),
        },
        "by_class": {
            k: {
                "ours_p50": round(statistics.median(v), 1),
                "ours_p95": round(percentile(v, 0.95), 1),
                "ours_cold_p50": round(statistics.median(cold[k]), 1),
                "ours_cold_p95": round(percentile(cold[k], 0.95), 1),
                "fts5_p50": round(statistics.median(theirs[k]), 1),
                "fts5_p95": round(percentile(theirs[k], 0.95), 1),
            }
            for k, v in ours.items()
        },
    }
    (args.out / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
