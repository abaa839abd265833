"""The search index (Whoosh): derived from public_decisions, rebuilt with one command.

Only public fields are indexed, and only decisions that are published. The Chinese
analyzer follows bench findings (../shared/SEARCH-NOTES.md): rjieba precise-mode words,
each with its search-mode sub-words at the *same* position, so phrase queries match;
precise mode at query time. No stop filter (it renumbers positions).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import rjieba
from sqlalchemy import or_, select
from sqlalchemy.orm import Session
from whoosh import index as whoosh_index
from whoosh.analysis import Token, Tokenizer
from whoosh.fields import ID, NUMERIC, TEXT, Schema
from whoosh.writing import AsyncWriter

from publisher.models import Agency, PublicDecision

_WORD = re.compile(r"[\w\u4e00-\u9fff]", re.UNICODE)
WATERMARK = "gongshi-sync.json"


class ChineseTokenizer(Tokenizer):  # type: ignore[misc]
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


def _changed(session: Session, since: dt.datetime | None) -> Iterator[tuple[PublicDecision, str]]:
    stmt = (
        select(PublicDecision, Agency.code)
        .join(Agency)
        .order_by(PublicDecision.updated_at, PublicDecision.id)
    )
    if since is not None:
        stmt = stmt.where(or_(PublicDecision.updated_at >= since))
    yield from session.execute(stmt.execution_options(yield_per=2000))


def sync(session: Session, path: Path, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Bring the index up to date with every public decision changed since the last sync."""
    idx = open_index(path)
    mark = _read_mark(path)
    counts = {"indexed": 0, "removed": 0}
    latest = mark
    writer = AsyncWriter(idx)
    try:
        for public, code in _changed(session, mark):
            if public.status == "published":
                writer.update_document(**document(public, code))
                counts["indexed"] += 1
            else:
                writer.delete_by_term("public_id", public.public_id)
                counts["removed"] += 1
            latest = public.updated_at if latest is None or public.updated_at > latest else latest
            if progress:
                progress(1)
    except BaseException:
        writer.cancel()
        raise
    writer.commit(merge=counts["indexed"] + counts["removed"] > 5000)
    if latest is not None:
        (path / WATERMARK).write_text(json.dumps({"updated_at": latest.isoformat()}), encoding="utf-8")
    return counts


def rebuild(session: Session, path: Path, progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Build a fresh index beside the old one and swap it in (readers never see half an index)."""
    fresh = path.with_name(path.name + ".new")
    shutil.rmtree(fresh, ignore_errors=True)
    idx = whoosh_index.create_in(str(_mkdir(fresh)), schema())
    writer = idx.writer(limitmb=256, procs=1)
    count, latest = 0, None
    for public, code in _changed(session, None):
        if public.status == "published":
            writer.add_document(**document(public, code))
            count += 1
        latest = public.updated_at if latest is None or public.updated_at > latest else latest
        if progress:
            progress(1)
    writer.commit()
    if latest is not None:
        (fresh / WATERMARK).write_text(json.dumps({"updated_at": latest.isoformat()}), encoding="utf-8")
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


def _read_mark(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(
            json.loads((path / WATERMARK).read_text(encoding="utf-8"))["updated_at"]
        )
    except (FileNotFoundError, KeyError, ValueError):
        return None
