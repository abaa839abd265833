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


class SnapshotNode(RuntimeError):
    """This node serves shipped index snapshots: it never builds or syncs its index."""

    def __init__(self) -> None:
        super().__init__(
            "this node serves search index snapshots shipped by the publisher node "
            "(PORTAL_INDEX_SNAPSHOTS): it never builds or syncs its index; install a snapshot "
            "with `publisher index use DIR` / 本节点使用发布节点分发的索引快照，不自行建立或同步索引"
        )


def refresh(
    rt: Runtime, progress: Callable[[int], None] | None = None, *, may_rebuild: bool = True
) -> dict[str, int]:
    """Bring every derived output up to date with the database (a web request passes
    ``may_rebuild=False``: it applies recent changes, never a full build, and reads through a
    read-only session: it writes the index, never the database)."""
    if rt.config["INDEX_SNAPSHOTS"]:
        raise SnapshotNode()
    with rt.sessions() if may_rebuild else rt.read_sessions() as session:
        return index.sync(session, index_path(rt), progress, may_rebuild=may_rebuild)


def after_request_change(rt: Runtime) -> None:
    """What a web request does after it changed published data: nothing when an index worker
    keeps the index in step (``INDEX_WORKER``) or the node serves shipped snapshots
    (``INDEX_SNAPSHOTS``), else apply the recent changes itself."""
    if not (rt.config["INDEX_WORKER"] or rt.config["INDEX_SNAPSHOTS"]):
        refresh(rt, may_rebuild=False)


def follow(
    rt: Runtime, interval: float, stop: Callable[[], bool], report: Callable[[str], None] = print
) -> int:
    """Keep the search index in step with the database until ``stop()``: a sync (a full build
    when the index is missing or of an older schema) every ``interval`` seconds. A failed sync
    is reported and done again by the next; the mark only moves after a commit. Returns how
    many syncs changed the index. SnapshotNode at once on a node that serves shipped snapshots."""
    if rt.config["INDEX_SNAPSHOTS"]:
        raise SnapshotNode()
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
    if rt.config["INDEX_SNAPSHOTS"]:
        raise SnapshotNode()
    with rt.sessions() as session:
        return index.rebuild(session, index_path(rt), progress)
