"""The yearly case-file review (案卷评查, seed 003 art. 18; seed 001 四(一)): the district legal
office draws a seeded, reproducible sample of each agency's cases of a year, scores each case
file on a sheet of weighted items (a data file, ``CASE_REVIEW_SHEET``) with remarks, and
publishes each agency's result as a figure, with the sheet.

The sample reuses the 双随机 draw's ranking (``spotcheck.draw.key``, sha256-rank-v1): each
of the agency's decisions of the year gets the key ``sha256("<seed>|case|<agency>|<doc no>")``
and the ``CASE_REVIEW_SAMPLE`` smallest are drawn, so anyone holding the seed and the list of
cases can draw them again. Only supervisors and administrators start, score and publish.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit, clock, sanitize
from publisher.lifecycle.actors import Actor, NotAllowed, RuleError
from publisher.models import Agency, CaseReview, CaseReviewCase, RawDecision
from publisher.spotcheck.draw import key

SUPERVISING = ("supervisor", "admin", "system")
SHEET = Path(__file__).resolve().parents[2] / "data" / "case_review_sheet.json"
SOURCE = (
    "昌吉州行政执法监督办法第十八条；宝坻区《关于加强和改进行政执法工作的意见》（2013）四（一）："
    "每年至少开展一次案卷评查"
)


def sheet(config: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The scoring sheet's items (code, zh, en, weight), checked: unique codes, positive weights."""
    path = Path(config.get("CASE_REVIEW_SHEET") or SHEET)
    items = json.loads(path.read_text(encoding="utf-8"))["items"]
    codes = [item["code"] for item in items]
    if not items or len(set(codes)) != len(codes) or any(Decimal(str(i["weight"])) <= 0 for i in items):
        raise ValueError(f"{path}: the sheet needs items with unique codes and positive weights")
    return [{**item, "weight": str(Decimal(str(item["weight"])))} for item in items]


def sample(seed: str, agency_code: str, doc_nos: Sequence[str], count: int) -> list[str]:
    """The drawn cases of one agency: the ``count`` smallest keys, a pure function of its inputs."""
    return sorted(set(doc_nos), key=lambda doc_no: (key(seed, "case", agency_code, doc_no), doc_no))[:count]


def _check(actor: Actor, what: str) -> None:
    if actor.role not in SUPERVISING:
        raise NotAllowed(f"{actor.name} ({actor.role}) may not {what} a case-file review")


def _record(
    session: Session, review: CaseReview, action: str, actor: Actor, now: dt.datetime, **detail: Any
) -> None:
    audit.record(
        session,
        now=now,
        actor=actor.name,
        action=f"case_review.{action}",
        entity="case_review",
        entity_id=str(review.year),
        detail=detail,
    )


def start(
    session: Session, year: int, actor: Actor, now: dt.datetime, config: Mapping[str, Any], seed: str = ""
) -> CaseReview:
    """Draw the sample of ``year``'s cases of every agency and open the review for scoring."""
    _check(actor, "start")
    if year > clock.local_date(now).year:
        raise RuleError("不能评查将来年度的案卷 / a future year's cases cannot be reviewed")
    if session.scalars(select(CaseReview).where(CaseReview.year == year)).first() is not None:
        raise RuleError("该年度的案卷评查已开始 / that year's review has already started")
    seed = sanitize.text(seed or secrets.token_hex(16), 200)
    count = int(config["CASE_REVIEW_SAMPLE"])
    review = CaseReview(
        year=year, seed=seed, per_agency=count, sheet=sheet(config), started_at=now, started_by=actor.name
    )
    session.add(review)
    drawn = {}
    for agency in session.scalars(select(Agency).order_by(Agency.code)):
        cases = dict(
            session.execute(
                select(RawDecision.doc_no, RawDecision.id).where(
                    RawDecision.agency_id == agency.id,
                    RawDecision.decision_date.between(dt.date(year, 1, 1), dt.date(year, 12, 31)),
                )
            ).all()
        )
        picked = sample(seed, agency.code, list(cases), count)
        for rank, doc_no in enumerate(picked, start=1):
            session.add(CaseReviewCase(review=review, agency_id=agency.id, raw_id=cases[doc_no], rank=rank))
        drawn[agency.code] = {"cases": len(cases), "drawn": picked}
    session.flush()
    _record(
        session,
        review,
        "started",
        actor,
        now,
        seed=seed,
        per_agency=count,
        sheet=audit.digest(review.sheet),
        drawn=drawn,
    )
    return review


def score(
    session: Session,
    case: CaseReviewCase,
    actor: Actor,
    points: Mapping[str, Any],
    remarks: str,
    now: dt.datetime,
) -> None:
    """Score one case on every item of the review's sheet (0 to the item's weight), with remarks."""
    _check(actor, "score")
    if case.review.published_at is not None:
        raise RuleError("评查结果已公布，不能再修改 / the results are published and cannot change")
    given = {}
    for item in case.review.sheet:
        try:
            value = Decimal(str(points.get(item["code"], "")).strip())
        except InvalidOperation:
            value = Decimal(-1)
        if not value.is_finite() or not Decimal(0) <= value <= Decimal(item["weight"]):
            raise RuleError(
                f"“{item['zh']}”的得分应在 0 到 {item['weight']} 之间 / "
                f"the score of '{item['en']}' is between 0 and {item['weight']}"
            )
        given[item["code"]] = str(value)
    case.scores, case.total = given, sum((Decimal(v) for v in given.values()), Decimal(0))
    case.remarks = sanitize.text(remarks or "", 2000) or None
    case.scored_at, case.scored_by = now, actor.name
    _record(session, case.review, "scored", actor, now, case=case.decision.doc_no, total=str(case.total))


def publish(session: Session, review: CaseReview, actor: Actor, now: dt.datetime) -> None:
    """Publish each agency's result once every drawn case is scored."""
    _check(actor, "publish")
    if review.published_at is not None:
        raise RuleError("评查结果已公布 / the results are already published")
    waiting = sum(1 for case in review.cases if case.total is None)
    if waiting:
        raise RuleError(f"还有 {waiting} 份案卷未评分 / {waiting} case file(s) not scored yet")
    review.published_at = now
    _record(session, review, "published", actor, now, results=audit.digest(results(review)))


def results(review: CaseReview) -> list[dict[str, Any]]:
    """Each agency's result: cases reviewed and their average score (rounded half up)."""
    by_agency: dict[int, list[CaseReviewCase]] = {}
    for case in review.cases:
        by_agency.setdefault(case.agency_id, []).append(case)
    out = []
    for cases in by_agency.values():
        totals = [c.total for c in cases if c.total is not None]
        average = (
            (sum(totals, Decimal(0)) / len(totals)).quantize(Decimal("0.1"), ROUND_HALF_UP)
            if totals
            else None
        )
        out.append(
            {
                "year": review.year,
                "agency": cases[0].agency.code,
                "agency_name": cases[0].agency.name,
                "cases": len(cases),
                "average_score": average,
                "lowest": min(totals) if totals else None,
                "highest": max(totals) if totals else None,
            }
        )
    return sorted(out, key=lambda r: r["agency"])
