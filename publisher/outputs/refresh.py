"""Derived outputs, written after the commit: the search index (feeds and packages follow).

Everything here is idempotent and can be rebuilt from the database at any time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from publisher.runtime import Runtime
from publisher.search import index


def index_path(rt: Runtime) -> Path:
    """Where the search index lives."""
    return Path(rt.config["DATA_DIR"]) / "index"


def refresh(
    rt: Runtime, progress: Callable[[int], None] | None = None, *, may_rebuild: bool = True
) -> dict[str, int]:
    """Bring every derived output up to date with the database (a web request passes
    ``may_rebuild=False``: it applies recent changes, never a full build)."""
    with rt.sessions() as session:
        return index.sync(session, index_path(rt), progress, may_rebuild=may_rebuild)


def after_request_change(rt: Runtime) -> None:
    """What a web request does after it changed published data: nothing when an index worker
    keeps the index in step (``INDEX_WORKER``), else apply the recent changes itself."""
    if not rt.config["INDEX_WORKER"]:
        refresh(rt, may_rebuild=False)


def follow(
    rt: Runtime, interval: float, stop: Callable[[], bool], report: Callable[[str], None] = print
) -> int:
    """Keep the search index in step with the database until ``stop()``: a sync (a full build
    when the index is missing or of an older schema) every ``interval`` seconds. A failed sync
    is reported and done again by the next; the mark only moves after a commit. Returns how
    many syncs changed the index."""
    changed = 0
    while not stop():
        try:
            counts = refresh(rt)
        except Exception as exc:  # noqa: BLE001 - the worker outlives one bad sync, and says so
            report(f"index sync failed, retrying: {exc!r}")
        else:
            if counts.get("indexed") or counts.get("removed"):
                changed += 1
                report(f"index: {counts}")
        time.sleep(interval)
    return changed


def rebuild(rt: Runtime, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Rebuild the search index from scratch and swap it in."""
    with rt.sessions() as session:
        return index.rebuild(session, index_path(rt), progress)
