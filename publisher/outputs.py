"""Derived outputs, written after the commit: the search index (feeds and packages follow).

Everything here is idempotent and can be rebuilt from the database at any time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from publisher import index
from publisher.runtime import Runtime


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


def rebuild(rt: Runtime, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Rebuild the search index from scratch and swap it in."""
    with rt.sessions() as session:
        return index.rebuild(session, index_path(rt), progress)
