"""Load test of the portal with wrk: 20 clients on 127.0.0.1, bounded in time.

Serves the portal with gunicorn (2 sync workers) on a data directory that already holds a
published dataset and its index, then runs wrk against a search page, a decision page, a
credential page and, as the peer in the same run, a static file (the server's ceiling
without the application). Run (after `make demo`, or on a benchmark data directory):

    .venv/bin/python bench/load_test.py --data-dir instance --seconds 10

One repeated address mostly measures the page cache (portal/cache.py). ``--mix N`` adds two
runs in which each request picks at random among N distinct addresses (a wrk Lua script): N
search addresses built from words of N decisions' texts (some with a category or a year, some
sorted by date), and N decision pages. ``--page-cache-mb 0`` serves without the page cache. The
resident memory of each gunicorn worker is read at the end, after every run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import rjieba
from sqlalchemy import func, select

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


def mixed(data_dir: Path, count: int, seed: int = 19) -> dict[str, list[str]]:
    """``count`` distinct search addresses made of words of real decisions, and ``count``
    distinct decision pages, drawn at random (always the same draw for one dataset)."""
    rt = Runtime(settings.load({"DATA_DIR": str(data_dir)}))
    draw = random.Random(seed)
    with rt.sessions() as s:
        last = s.scalar(select(func.max(PublicDecision.id))) or 0
        picked = draw.sample(range(1, last + 1), min(last, 4 * count))
        rows = s.execute(
            select(PublicDecision.public_id, PublicDecision.category, PublicDecision.decision_date)
            .add_columns(PublicDecision.text)
            .where(PublicDecision.id.in_(picked), PublicDecision.status == "published")
        ).all()
    rt.close()
    searches: set[str] = set()
    for _pid, category, day, text in rows:
        words = [w for w in rjieba.cut(text or "") if len(w) >= 2 and w.isalnum()]
        if not words:
            continue
        args = {"q": draw.choice(words)}
        roll = draw.random()
        if roll < 0.2:
            args["category"] = category
        elif roll < 0.35:
            args["year"] = str(day.year)
        elif roll < 0.5:
            args["sort"] = "date"
        searches.add("/decisions?" + urllib.parse.urlencode(args))
        if len(searches) == count:
            break
    pages = [f"/decisions/{pid}" for pid, *_rest in rows[:count]]
    return {"search (mixed)": sorted(searches), "decision page (mixed)": pages}


LUA = """
local paths = {}
local threads = 0
function setup(thread) threads = threads + 1; thread:set("seed", threads) end
function init(args)
  math.randomseed(seed * 7919)
  for line in io.lines("%s") do paths[#paths + 1] = line end
end
function request() return wrk.format(nil, paths[math.random(#paths)]) end
"""


def wrk(url: str, seconds: int, clients: int, paths: list[str] | None = None) -> dict[str, float]:
    """Run wrk once (on ``paths`` at random when given); return requests/s, latency p50/p99 and
    errors (non-2xx/3xx answers and timeouts)."""
    script = []
    if paths:
        folder = Path(tempfile.mkdtemp(prefix="gongshi-wrk-"))
        (folder / "paths.txt").write_text("\n".join(paths) + "\n")
        (folder / "mix.lua").write_text(LUA % (folder / "paths.txt"))
        script = ["-s", str(folder / "mix.lua")]
    out = subprocess.run(
        ["wrk", "-t2", f"-c{clients}", f"-d{seconds}s", "--latency", "--timeout", "10s", *script, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    errors = sum(
        int(n) for n in re.findall(r"(?:Non-2xx or 3xx responses|Socket errors:.*?timeout)\D*(\d+)", out)
    )
    latency = re.findall(r"(?:50|99)%\s+([\d.]+\w+)", out)
    return {"requests_per_s": rate, "errors": errors, "latency": latency, "distinct": len(paths or [1])}


def worker_rss(server: int) -> dict[int, str]:
    """Resident memory of each gunicorn worker (the server's children), in MB."""
    found = {}
    for child in Path(f"/proc/{server}/task/{server}/children").read_text().split():
        status = Path(f"/proc/{child}/status").read_text()
        kb = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
        found[int(child)] = f"{kb / 1024:.0f} MB"
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data-dir", type=Path, required=True, help="A data directory with a published dataset."
    )
    parser.add_argument("--seconds", type=int, default=10, help="Duration of each run (bounded).")
    parser.add_argument("--clients", type=int, default=20, help="Concurrent connections.")
    parser.add_argument("--port", type=int, default=8765, help="Loopback port to serve on.")
    parser.add_argument(
        "--mix", type=int, default=0, help="Also run N distinct searches and N decision pages at random."
    )
    parser.add_argument(
        "--page-cache-mb", type=int, default=None, help="PORTAL_PAGE_CACHE_MB for the server (0: off)."
    )
    args = parser.parse_args()
    urls = targets(args.data_dir)
    mixes = mixed(args.data_dir, args.mix) if args.mix else {}
    env = {**os.environ, "PORTAL_DATA_DIR": str(args.data_dir.resolve())}
    if args.page_cache_mb is not None:
        env["PORTAL_PAGE_CACHE_MB"] = str(args.page_cache_mb)
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
        results: dict[str, object] = {
            name: wrk(base + path, args.seconds, args.clients) for name, path in urls.items()
        }
        for name, paths in mixes.items():
            results[name] = wrk(base + "/", args.seconds, args.clients, paths)
        results["worker memory"] = worker_rss(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
