"""RSS 2.0 and Atom 1.0 feeds of published decisions, withdrawals and corrections (feedgen).

Entries are built from public fields only; ids are permanent (the decision's public URL,
and that URL with ``#tombstone`` for its withdrawal); dates are aware, in Asia/Shanghai;
order is explicit; text passes through the sanitiser, which strips XML-illegal
characters. A decision that leaves publication leaves the decision feeds at once (they
are read from the database on every request).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from feedgen.feed import FeedGenerator
from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from publisher import clock, vocabulary
from publisher.models import Agency, PublicDecision, Tombstone
from publisher.outputs import corrections
from publisher.sanitize import plain, strip_control

LIMIT = 50
EPOCH = dt.datetime(2023, 12, 31, 16, tzinfo=dt.UTC)  # 2024-01-01 in Beijing


@dataclass(frozen=True)
class Feed:
    """A rendered feed and what conditional GET needs."""

    body: bytes
    updated: dt.datetime
    mimetype: str


@dataclass(frozen=True)
class Entry:
    """One entry's public fields; ``id`` is permanent, times are aware."""

    id: str
    link: str
    title: str
    summary: str
    published: dt.datetime
    updated: dt.datetime
    author: str
    term: str
    label: str | None = None


def clauses(*parts: str | None) -> str:
    """Parts of a summary joined by "；", each without its own closing mark (no "。；" or "；；")."""
    return "；".join(t for t in (str(p or "").strip().rstrip("。；;，,、 ") for p in parts) if t)


def add(fg: FeedGenerator, e: Entry) -> None:
    """Add an entry on top (feedgen prepends: add the oldest first), its text sanitised."""
    entry = fg.add_entry(order="prepend")
    entry.id(e.id)
    entry.link(href=e.link)
    entry.title(plain(e.title))
    entry.summary(plain(e.summary))
    entry.published(clock.local(e.published))
    entry.updated(clock.local(e.updated))
    entry.author(name=e.author)
    if e.label is None:
        entry.category(term=e.term)
    else:
        entry.category(term=e.term, label=e.label)


def generator(
    base: str, path: str, title: str, subtitle: str, fmt: str, alternate: str = "/decisions"
) -> FeedGenerator:
    fg = FeedGenerator()
    fg.id(f"{base}{path}")
    fg.title(title)
    fg.subtitle(subtitle)
    fg.language("zh-CN")
    fg.link(href=f"{base}{path}", rel="self")
    fg.link(href=f"{base}{alternate}", rel="alternate")
    fg.generator("Gongshi")
    return fg


def render(fg: FeedGenerator, fmt: str, updated: dt.datetime) -> Feed:
    fg.updated(updated)
    fg.lastBuildDate(updated)
    if fmt == "atom":
        return Feed(fg.atom_str(pretty=True), updated, "application/atom+xml")
    return Feed(fg.rss_str(pretty=True), updated, "application/rss+xml")


def decisions_feed(
    session: Session,
    base: str,
    fmt: str,
    *,
    agency: str | None = None,
    category: str | None = None,
    ids: Sequence[str] | None = None,
    query: str = "",
) -> Feed:
    """The newest published decisions, optionally of one agency or category, or these ids."""
    stmt = (
        select(PublicDecision)
        .options(joinedload(PublicDecision.agency))
        .join(Agency)
        .where(PublicDecision.status == "published")
    )
    if agency:
        stmt = stmt.where(Agency.code == agency)
    if category:
        stmt = stmt.where(PublicDecision.category == category)
    if ids is not None:
        stmt = stmt.where(PublicDecision.public_id.in_(list(ids)))
    rows = session.scalars(
        stmt.order_by(PublicDecision.published_at.desc(), PublicDecision.id.desc()).limit(LIMIT)
    ).all()
    parts = [
        p
        for p in (agency, vocabulary.labels("category").get(category or ""), f"“{query}”" if query else "")
        if p
    ]
    title = "行政执法决定公示" + (f"（{'，'.join(parts)}）" if parts else "")
    fg = generator(
        base,
        "/feeds/decisions." + fmt,
        strip_control(title),  # the visitor's words may hold characters XML forbids
        "新公示的行政执法决定 / Newly published enforcement decisions",
        fmt,
    )
    for d in reversed(rows):  # feedgen prepends: oldest first gives newest first in the output
        url = f"{base}/decisions/{d.public_id}"
        category = vocabulary.label("category", d.category)
        add(
            fg,
            Entry(
                url,
                url,
                f"{d.doc_no} {d.agency.name} {category}",
                clauses(d.target_name, d.result, d.legal_basis),
                d.published_at,
                d.updated_at,
                d.agency.name,
                d.category,
                category,
            ),
        )
    updated = clock.local(max((d.updated_at for d in rows), default=EPOCH))
    return render(fg, fmt, updated)


def withdrawals_feed(session: Session, base: str, fmt: str) -> Feed:
    """Tombstones: what left publication, why, on what basis and when (never the text)."""
    stmt = (
        select(Tombstone)
        .options(joinedload(Tombstone.decision).joinedload(PublicDecision.agency))
        .order_by(Tombstone.recorded_at.desc(), Tombstone.id.desc())
        .limit(LIMIT)
    )
    rows = session.scalars(stmt).all()
    fg = generator(
        base,
        "/feeds/withdrawals." + fmt,
        "撤下的行政执法决定",
        "停止公示的决定及其原因、依据和日期 / Decisions taken down, with reason, basis and date",
        fmt,
    )
    for stone in reversed(rows):
        d = stone.decision
        url = f"{base}/decisions/{d.public_id}"
        reason = vocabulary.label("reason", stone.reason)
        summary = clauses(
            d.agency.name,
            f"原因：{reason}",
            f"依据：{stone.basis or '—'}",
            f"生效日期：{stone.effective.isoformat()}",
        )
        add(
            fg,
            Entry(
                url + "#tombstone",
                url,
                f"已撤下：{d.doc_no}（{reason}）",
                summary,
                stone.recorded_at,
                stone.recorded_at,
                d.agency.name,
                stone.kind,
            ),
        )
    updated = clock.local(max((s.recorded_at for s in rows), default=EPOCH))
    return render(fg, fmt, updated)


def corrections_feed(session: Session, base: str, fmt: str) -> Feed:
    """The public correction log: which public fields of which record changed, when and why."""
    rows = corrections.newest(session, base, limit=LIMIT)
    names = {code: name for code, name in session.execute(select(Agency.code, Agency.name))}
    fg = generator(
        base,
        "/feeds/corrections." + fmt,
        "更正的公示信息",
        "已更正的执法决定和执法证件，更正的项目、时间和理由 / Corrected records: fields, date and reason",
        fmt,
        alternate="/corrections",
    )
    for row in reversed(rows):
        fields = "、".join(vocabulary.label("correction_field", f) for f in row["fields"].split(";") if f)
        record = row["doc_no"] or f"执法证 {row['credential_no']}"
        agency = str(names.get(row["agency"], row["agency"]))
        add(
            fg,
            Entry(
                row["url"],
                row["url"],
                f"已更正：{record}（{fields or '未记录更正项目'}）",
                f"{agency}；更正理由：{row['reason']}",
                row["recorded_at"],
                row["recorded_at"],
                agency,
                row["subject"],
                vocabulary.label("correction_subject", row["subject"]),
            ),
        )
    updated = clock.local(max((r["recorded_at"] for r in rows), default=EPOCH))
    return render(fg, fmt, updated)
