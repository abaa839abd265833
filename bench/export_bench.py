"""Export benchmark: `publisher export` (streaming) beside a naive load-everything export.

Fills a fresh SQLite database with N published decisions (synthetic, already public),
then runs, each in its own process so peak memory can be read: our export of the full
package and one per year (CSV writing, hashes, frictionless validation, atomic swap) and
a peer that loads every decision into memory before writing one CSV. Run:

    .venv/bin/python bench/export_bench.py --docs 1000000 --out bench/out/export-1m
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import click
from sqlalchemy import insert, select

from publisher import db, migrate
from publisher.demodata import _Decisions, _officers
from publisher.demodata.people import Pools
from publisher.demodata.registry import agency_records
from publisher.lifecycle.transitions import public_id
from publisher.models import Agency, PublicDecision, RawDecision

START, UNTIL = dt.date(2024, 1, 2), dt.date(2026, 11, 1)
NOW = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)


def fill(url: str, count: int) -> None:
    """Create the schema and insert ``count`` published decisions in batches."""
    engine = db.make_engine(url)
    migrate.upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            insert(Agency),
            [
                {
                    "code": a["code"],
                    "name": a["name"],
                    "level": a["level"],
                    "extra": {},
                    "digest": "-",
                    "updated_at": NOW,
                }
                for a in agency_records()
            ],
        )
        ids = dict(conn.execute(select(Agency.code, Agency.id)).all())
    pools = Pools(3)
    gen = _Decisions(pools, list(_officers(pools, 300, UNTIL)), UNTIL, [])
    span = (UNTIL - START).days
    with click.progressbar(range(0, count, 5000), label="filling     ") as bar:
        for start in bar:
            raws, publics = [], []
            for n in range(start, min(count, start + 5000)):
                r = gen.one(START + dt.timedelta(days=span * n // count))
                day, doc_no = dt.date.fromisoformat(r["decision_date"]), f"{r['id']}-{n}"
                raws.append(
                    {
                        "id": n + 1,
                        "doc_no": doc_no,
                        "agency_id": ids[r["agency"]],
                        "category": r["category"],
                        "decision_date": day,
                        "target_type": r["target_type"],
                        "record": {},
                        "digest": "-",
                        "state": "published",
                        "received_at": NOW,
                        "updated_at": NOW,
                    }
                )
                publics.append(
                    {
                        "public_id": public_id(doc_no),
                        "raw_id": n + 1,
                        "doc_no": doc_no,
                        "agency_id": ids[r["agency"]],
                        "category": r["category"],
                        "decision_date": day,
                        "target_type": r["target_type"],
                        "target_name": r["target_name"],
                        "legal_basis": r["legal_basis"],
                        "result": r.get("result"),
                        "text": r["text"],
                        "status": "published",
                        "published_at": NOW,
                        "late_days": 0,
                        "updated_at": NOW,
                    }
                )
            with engine.begin() as conn:
                conn.execute(insert(RawDecision), raws)
                conn.execute(insert(PublicDecision), publics)
    engine.dispose()


OURS = """
import datetime as dt, json, re, sys, time
from pathlib import Path
from publisher import db, settings
from publisher.outputs import packages
url, out = sys.argv[1], Path(sys.argv[2])
config = settings.load({"DATABASE_URL": url})
factory = db.make_sessionmaker(db.make_engine(url))
started = time.perf_counter()
with factory() as session:
    done = packages.export_all(session, out, dt.datetime(2026, 11, 2, tzinfo=dt.UTC), config)
print(json.dumps({"seconds": time.perf_counter() - started, "packages": [(e.name, e.version) for e in done],
                  "peak_mb": int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) / 1024}))
"""

PEER = """
import csv, json, re, sys, time
from sqlalchemy import select
from publisher import db
from publisher.models import PublicDecision
url, out = sys.argv[1], sys.argv[2]
factory = db.make_sessionmaker(db.make_engine(url))
started = time.perf_counter()
with factory() as session:
    rows = session.scalars(select(PublicDecision)).all()  # everything in memory, as a quick script would
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["public_id", "doc_no", "category", "decision_date", "target_name", "legal_basis", "text"])
        for d in rows:
            w.writerow([d.public_id, d.doc_no, d.category, d.decision_date, d.target_name, d.legal_basis, d.text])
print(json.dumps({"seconds": time.perf_counter() - started,
                  "peak_mb": int(re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)) / 1024}))
"""

# ru_maxrss survives exec on Linux (it would report this process's peak); VmHWM belongs to
# the child's own address space.


def run(code: str, *args: str) -> dict[str, object]:
    """Run a measurement in its own process and return what it printed."""
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000, help="How many published decisions.")
    parser.add_argument("--out", type=Path, default=Path("bench/out/export"), help="Working directory.")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "export.db"
    for stale in (path, args.out / "export.db-wal", args.out / "export.db-shm"):
        stale.unlink(missing_ok=True)
    url = f"sqlite:///{path}"
    started = time.perf_counter()
    fill(url, args.docs)
    fill_seconds = time.perf_counter() - started
    ours = run(OURS, url, str(args.out / "packages"))
    peer = run(PEER, url, str(args.out / "peer.csv"))
    report = {
        "docs": args.docs,
        "fill_seconds": round(fill_seconds),
        "ours": ours,
        "peer": peer,
        "database_mb": round(path.stat().st_size / 2**20),
    }
    (args.out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
