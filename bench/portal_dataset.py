"""Build a portal data directory with N published decisions, officers and the search index.

For the load test at scale:

    .venv/bin/python bench/portal_dataset.py --docs 100000 --data-dir bench/out/portal-100k
    .venv/bin/python bench/load_test.py --data-dir bench/out/portal-100k
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from export_bench import fill  # noqa: E402

from publisher import settings  # noqa: E402
from publisher.demodata import (
    _officers,  # noqa: E402
    write_jsonl,  # noqa: E402
)
from publisher.demodata.people import Pools  # noqa: E402
from publisher.intake import ingest as intake
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000, help="How many published decisions.")
    parser.add_argument("--data-dir", type=Path, required=True, help="The data directory to create.")
    args = parser.parse_args()
    args.data_dir.mkdir(parents=True, exist_ok=True)
    (args.data_dir / "gongshi.db").unlink(missing_ok=True)
    rt = Runtime(settings.load({"DATA_DIR": str(args.data_dir)}))
    fill(str(rt.engine.url), args.docs)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "officers.jsonl"
        write_jsonl(path, list(_officers(Pools(3), 300, dt.date(2026, 11, 1))))
        report = intake.ingest(
            rt.sessions, path, now=dt.datetime(2026, 11, 2, tzinfo=dt.UTC), kind="officers"
        )
        assert report.ok, report.problems[:3]
    print(outputs.rebuild(rt))
    rt.close()


if __name__ == "__main__":
    main()
