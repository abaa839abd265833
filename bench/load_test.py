"""Load test of the portal with wrk: 20 clients on 127.0.0.1, bounded in time.

Serves the portal with gunicorn (2 sync workers) on a data directory that already holds a
published dataset and its index, then runs wrk against a search page, a decision page, a
credential page and, as the peer in the same run, a static file (the server's ceiling
without the application). Run (after `make demo`, or on a benchmark data directory):

    .venv/bin/python bench/load_test.py --data-dir instance --seconds 10
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from sqlalchemy import select

from publisher import settings
from publisher.models import Officer, PublicDecision
from publisher.runtime import Runtime


def targets(data_dir: Path) -> dict[str, str]:
    """One real URL of each kind from the dataset."""
    rt = Runtime(settings.load({"DATA_DIR": str(data_dir)}))
    with rt.sessions() as s:
        decision = s.scalars(
            select(PublicDecision.public_id).where(PublicDecision.status == "published")
        ).first()
        credential = s.scalars(select(Officer.credential_no)).first()
    rt.close()
    return {
        "search page": "/decisions?q=%E7%BD%9A%E6%AC%BE",
        "decision page": f"/decisions/{decision}",
        "credential page": f"/officers/{credential}",
        "peer: static file": "/static/css/site.css",
    }


def wrk(url: str, seconds: int, clients: int) -> dict[str, float]:
    """Run wrk once; return requests/s, latency p50/p99 and errors."""
    out = subprocess.run(
        ["wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--latency", "--timeout", "10s", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = sum(
        int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|Socket errors:.*?timeout)\D*(\d+)", out)
    )
    return {"requests_per_s": rate, "errors": errors, "latency": re.findall(r"(?:50|99)%\s+([\d.]+\w+)", out)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="A data directory with a published dataset."
    )
    parser.add_argument("--seconds", type=int, default=10, help="Duration of each run (bounded).")
    parser.add_argument("--clients", type=int, default=20, help="Concurrent connections.")
    parser.add_argument("--port", type=int, default=8765, help="Loopback port to serve on.")
    args = parser.parse_args()
    urls = targets(args.data_dir)
    env = {**os.environ, "PORTAL_DATA_DIR": str(args.data_dir.resolve())}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{args.port}",
            "portal:create_app()",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        base = f"http://127.0.0.1:{args.port}"
        for _ in range(50):
            try:
                urllib.request.urlopen(base + "/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        results = {name: wrk(base + path, args.seconds, args.clients) for name, path in urls.items()}
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
