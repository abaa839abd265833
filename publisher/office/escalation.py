"""What the warnings of the office's workflows share (error reports, filings): one open warning
per case, raised at the level its lateness has reached, escalated later, each step audited."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

# (session, case, action, now, actor, detail): the workflow's own audit event of a case
Record = Callable[[Session, Any, str, dt.datetime, str, dict[str, Any]], None]


def open_by(session: Session, link: InstrumentedAttribute[int], ids: list[int]) -> dict[int, Any]:
    """The unresolved warning of each case in ``ids``, by case id (``link``: the warning's column
    naming its case)."""
    model = link.class_
    stmt = select(model).where(model.resolved_at.is_(None), link.in_(ids or [0]))
    return {getattr(w, link.key): w for w in session.scalars(stmt)}


def reach(
    session: Session,
    case: Any,
    warning: Any,
    level: int,
    new: Callable[[], Any],
    record: Record,
    name: str,
    now: dt.datetime,
    counts: Counter[str],
) -> None:
    """Raise ``new()`` at ``level`` when ``case`` has no open ``warning``, or escalate it to ``level``;
    audited as ``<name>.warning_raised`` / ``.warning_escalated``, counted for the tick's report."""
    if warning is None:
        warning = new()
        warning.level, warning.raised_at, warning.escalated_at = level, now, now
        session.add(warning)
        record(session, case, f"{name}.warning_raised", now, "system", {"level": level})
        counts[f"{name}_warning.raised"] += 1
    elif warning.level < level:
        detail = {"from": warning.level, "to": level}
        record(session, case, f"{name}.warning_escalated", now, "system", detail)
        warning.level, warning.escalated_at = level, now
        counts[f"{name}_warning.level{level}"] += 1
