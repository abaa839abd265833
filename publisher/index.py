"""The search index (Whoosh): derived from public_decisions, rebuilt with one command.

Only public fields are indexed, and only decisions that are published. The Chinese
analyzer follows bench findings (../shared/SEARCH-NOTES.md): rjieba precise-mode words,
each with its search-mode sub-words at the *same* position, so phrase queries match;
precise mode at query time. No stop filter (it renumbers positions).
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import rjieba
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from whoosh import index as whoosh_index
from whoosh.analysis import Token, Tokenizer
from whoosh.fields import ID, NUMERIC, TEXT, Schema
from whoosh.writing import AsyncWriter

from publisher.models import Agency, AuditEvent, PublicDecision

_WORD = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)
WATERMARK = "gongshi-sync.json"


class ChineseTokenizer(Tokenizer):
    """rjieba words; at index time each long word's sub-words share its position."""

    def __call__(  # type: ignore[no-untyped-def]
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        for word, start, end in rjieba.tokenize(value):
            if not _WORD.search(word):
                continue
            words = [(word, start, end)]
            if mode != "query" and len(word) > 2:
                words += _subwords(word, start)
            for text, s, e in words:
                token.text = token.original = text.lower()
                token.boost, token.stopped = 1.0, False
                if positions:
                    token.pos = position
                if chars:
                    token.startchar, token.endchar = start_char + s, start_char + e
                yield token
            position += 1


def _subwords(word: str, start: int) -> list[tuple[str, int, int]]:
    out, seen = [], {word}
    for sub in rjieba.cut_for_search(word):
        if sub not in seen:
            seen.add(sub)
            at = word.find(sub)
            out.append((sub, start + at, start + at + len(sub)))
    return out


def analyzer() -> ChineseTokenizer:
    """The analyzer of every full-text field."""
    return ChineseTokenizer()


def schema() -> Schema:
    """Public fields only: no private value ever reaches the index."""

    def text() -> TEXT:
        return TEXT(analyzer=analyzer(), phrase=True, multitoken_query="phrase")

    return Schema(
        public_id=ID(stored=True, unique=True),
        text=text(),
        party=text(),
        doc_no=text(),
        doc_no_exact=ID,
        legal_basis=text(),
        agency=ID(stored=True, sortable=True),
        category=ID(stored=True, sortable=True),
        target_type=ID(stored=True, sortable=True),
        year=ID(stored=True, sortable=True),
        decision_date=NUMERIC(int, bits=32, stored=True, sortable=True, signed=False),
        published=NUMERIC(int, bits=64, stored=True, sortable=True, signed=False),
    )


def document(public: PublicDecision, agency_code: str) -> dict[str, Any]:
    """The index document of one published decision."""
    return {
        "public_id": public.public_id,
        "text": public.text or "",
        "party": public.target_name or "",
        "doc_no": public.doc_no,
        "doc_no_exact": public.doc_no,
        "legal_basis": public.legal_basis or "",
        "agency": agency_code,
        "category": public.category,
        "target_type": public.target_type,
        "year": str(public.decision_date.year),
        "decision_date": int(public.decision_date.strftime("%Y%m%d")),
        "published": int(public.published_at.timestamp()),
    }


def open_index(path: Path) -> whoosh_index.Index:
    """Open the index at ``path``, creating it when missing."""
    if whoosh_index.exists_in(str(path)):
        return whoosh_index.open_dir(str(path))
    path.mkdir(parents=True, exist_ok=True)
    return whoosh_index.create_in(str(path), schema())


def _all_public(session: Session) -> Iterator[tuple[PublicDecision, str]]:
    stmt = select(PublicDecision, Agency.code).join(Agency).order_by(PublicDecision.id)
    yield from session.execute(stmt.execution_options(yield_per=2000))


def _changed_since(session: Session, seq: int, upto: int) -> Iterator[tuple[PublicDecision, str]]:
    """Public decisions touched by audit events after ``seq`` (the chain's order is total)."""
    doc_nos = list(
        session.scalars(
            select(AuditEvent.entity_id)
            .distinct()
            .where(AuditEvent.entity == "decision", AuditEvent.seq > seq, AuditEvent.seq <= upto)
        )
    )
    for start in range(0, len(doc_nos), 1000):
        chunk = doc_nos[start : start + 1000]
        stmt = select(PublicDecision, Agency.code).join(Agency).where(PublicDecision.doc_no.in_(chunk))
        yield from session.execute(stmt)


def sync(session: Session, path: Path, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Apply to the index every change recorded in the audit trail since the last sync.

    The mark is the last audit sequence number applied, not a time: the chain's order is
    total and never goes back, whatever clock the transitions were given.
    """
    idx = open_index(path)
    upto = session.scalar(select(func.max(AuditEvent.seq))) or 0
    mark = _read_mark(path)
    changed = _all_public(session) if mark is None else _changed_since(session, mark, upto)
    counts = {"indexed": 0, "removed": 0}
    writer = AsyncWriter(idx)
    try:
        for public, code in changed:
            if public.status == "published":
                writer.update_document(**document(public, code))
                counts["indexed"] += 1
            else:
                writer.delete_by_term("public_id", public.public_id)
                counts["removed"] += 1
            if progress:
                progress(1)
    except BaseException:
        writer.cancel()
        raise
    writer.commit(merge=counts["indexed"] + counts["removed"] > 5000)
    _write_mark(path, upto)
    return counts


def rebuild(session: Session, path: Path, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Build a fresh index beside the old one and swap it in (readers never see half an index)."""
    fresh = path.with_name(path.name + ".new")
    shutil.rmtree(fresh, ignore_errors=True)
    idx = whoosh_index.create_in(str(_mkdir(fresh)), schema())
    writer = idx.writer(limitmb=256, procs=2, multisegment=True)  # two cores, half the time
    count, upto = 0, session.scalar(select(func.max(AuditEvent.seq))) or 0
    for public, code in _all_public(session):
        if public.status == "published":
            writer.add_document(**document(public, code))
            count += 1
        if progress:
            progress(1)
    writer.commit()
    _write_mark(fresh, upto)
    old = path.with_name(path.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if path.exists():
        path.rename(old)
    fresh.rename(path)
    shutil.rmtree(old, ignore_errors=True)
    return {"indexed": count}


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _read_mark(path: Path) -> int | None:
    try:
        return int(json.loads((path / WATERMARK).read_text(encoding="utf-8"))["audit_seq"])
    except (FileNotFoundError, KeyError, ValueError):
        return None


def _write_mark(path: Path, seq: int) -> None:
    (path / WATERMARK).write_text(json.dumps({"audit_seq": seq}), encoding="utf-8")
