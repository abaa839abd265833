"""A reindex killed while its workers build segments leaves no process behind."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

CHILD = """
import os, signal, sys
from whoosh import index as whoosh_index
from publisher.search import index, segments

path = sys.argv[1]
whoosh_index.create_in(path, index.schema())

def documents():
    for n in range(segments.SMALL * 2):
        if n == 600:  # the first segment is with a worker: die now, as kill -9 would
            os.kill(os.getpid(), signal.SIGKILL)
        yield {"public_id": f"d{n}", "doc_no": f"测{n}号", "content": "当事人销售过期食品" * 20,
               "agency": "T", "category": "penalty", "target_type": "legal_person", "year": "2026",
               "decision_date": 20260101, "doc_no_exact": f"测{n}号", "published_at": 1}

segments.build(path, documents(), workers=2, expected=segments.SMALL * 2, chunk=500)
"""


def marked(mark: str) -> list[int]:
    """Processes whose environment carries ``mark`` (the child and anything it started)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and mark.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


def test_workers_and_fork_server_end_with_a_killed_build(tmp_path: Path) -> None:
    mark = f"GONGSHI_TEST_MARK={uuid.uuid4()}"
    env = {**os.environ, mark.split("=")[0]: mark.split("=")[1]}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(tmp_path)], env=env, capture_output=True, timeout=120
    )
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    deadline = time.monotonic() + 15
    while (left := marked(mark)) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert left == [], f"still running after the build was killed: {left}"
