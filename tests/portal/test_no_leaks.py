"""DESIGN.md invariant 1: plant private values in raw records, crawl every public URL."""

from __future__ import annotations

import re
from collections import deque
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from sqlalchemy import select

from publisher.intake import ingest as intake
from publisher.lifecycle import review
from publisher.lifecycle.actors import Actor
from publisher.lifecycle.tick import tick
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import Officer, PublicDecision
from publisher.office import complaints, error_reports
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at

SECRET_OPINION = "内部审核意见甲乙丙丁"
SECRET_FORMULA = "秘方柠檬酸七点三"
MINOR_TEXT = "未成年人秘密内容戊己庚"
HELD_TEXT = "待审重大决定内容辛壬癸"
COMPLAINT_TEXT = "投诉内容子丑寅卯辰巳"
FILER = {
    "name": "诸葛投诉人",
    "phone": "13566667777",
    "email": "filer@example.cn",
    "address": "投诉人住址午未申",
}
REPORT_TEXT = "纠错内容酉戌亥甲子"
REPORTER = {"name": "司马纠错人", "phone": "13544443333", "email": "reporter@example.cn"}
CORRECTION_PHONE = "13622221111"  # in an agency's correction reason: the redactor takes it out
PLANTED = [
    f.PERSON_ID,
    f.PERSON_PHONE,
    "李明华",
    "人民路12号3幢201室",
    SECRET_OPINION,
    SECRET_FORMULA,
    MINOR_TEXT,
    HELD_TEXT,
    "13700000000",
    COMPLAINT_TEXT,
    *FILER.values(),
    REPORT_TEXT,
    *REPORTER.values(),
    CORRECTION_PHONE,
]


def plant(published: Runtime, tmp_path: Path) -> None:
    rows = [
        f.decision(
            id="测市监许〔2026〕8号",
            category="license",
            decision_date="2026-05-06",
            penalty_types="",
            fine_amount="",
            trade_secrets=SECRET_FORMULA,
            review_opinion=SECRET_OPINION,
            text=f"准予许可。经核查，产品配方为{SECRET_FORMULA}。",
        ),
        f.decision(
            id="测市监罚决〔2026〕20号", decision_date="2026-05-06", involves_minor=True, text=MINOR_TEXT
        ),
        f.decision(
            id="测市监罚决〔2026〕21号", decision_date="2026-05-06", fine_amount="500000", text=HELD_TEXT
        ),
    ]
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "planted.jsonl", rows), now=at("2026-05-07")
    ).ok
    with published.sessions() as s, s.begin():
        tick(s, at("2026-05-08", 12), published.calendar, published.config)
        filing = complaints.Filing(
            kind="complaint",
            agency_code="T-SCJG",
            facts=COMPLAINT_TEXT,
            request=COMPLAINT_TEXT,
            submission_key="planted",
            officer_credential="JN2024000001",
            **FILER,
        )
        complaints.submit(s, filing, at("2026-05-08"), published.calendar, published.config)
        decision = s.scalars(
            select(PublicDecision).where(PublicDecision.doc_no == "测市监罚决〔2025〕3号")
        ).one()
        officer = s.scalars(select(Officer).where(Officer.credential_no == "JN2024000001")).one()
        for kind, row in (("decision", decision), ("officer", officer)):
            report = error_reports.Report(kind, row.id, REPORT_TEXT, f"planted-{kind}", **REPORTER)
            error_reports.submit(s, report, at("2026-05-08"), published.calendar, published.config)
        clerk = Actor("clerk", "clerk", "T-SCJG")
        why = f"据纠错人（电话{CORRECTION_PHONE}）反映，金额有误"
        request = review.request_correction(
            s, decision.raw, {"fine_amount": "5000"}, why, clerk, at("2026-05-09")
        )
        life = Lifecycle(s, published.calendar, published.config)
        review.decide_correction(
            s, life, request, True, Actor("reviewer", "reviewer", "T-SCJG"), at("2026-05-09")
        )
    outputs.refresh(published)


def crawl(client: Any, start: list[str], limit: int = 400) -> dict[str, str]:
    """Follow every same-site link from the start pages; return URL → body."""
    seen: dict[str, str] = {}
    queue = deque(start)
    while queue and len(seen) < limit:
        url = queue.popleft()
        if url in seen:
            continue
        response = client.get(url)
        body = response.get_data(as_text=True)
        seen[url] = body
        if response.mimetype != "text/html":
            continue
        for href in re.findall(r'(?:href|src)="([^"#]+)"', body):
            target = urljoin(url, href.replace("&amp;", "&"))
            parts = urlsplit(target)
            if not parts.netloc or parts.netloc == "localhost":
                path = parts.path + ("?" + parts.query if parts.query else "")
                if path not in seen and not path.startswith("/static/"):
                    queue.append(path)
    return seen


def test_no_private_value_reaches_any_public_page(client: Any, published: Runtime, tmp_path: Path) -> None:
    plant(published, tmp_path)
    start = [
        "/",
        "/decisions",
        "/decisions.json",
        "/decisions.csv",
        "/agencies",
        "/agencies.json",
        "/agencies.csv",
        "/officers?q=周过期",
        "/officers.json?q=周过期",
        "/officers/JN2020000005.json",
        "/decisions.json?q=李某",
        "/decisions?q=甲乙丙丁",
        "/decisions?q=柠檬酸",
        "/complaints/new",
        "/complaints/stats?year=2026",
        "/complaints/stats.json?year=2026",
        "/complaints/stats.csv?year=2026",
        "/corrections",
        "/corrections.json",
        "/corrections.csv",
        "/feeds/corrections.rss",
        "/feeds/corrections.atom",
        "/error-reports/track",
        "/officers/JN2024000001.json",
    ]
    pages = crawl(client, start)
    decision_pages = [u for u in pages if re.fullmatch(r"/decisions/d[a-z0-9]+", u)]
    for url in decision_pages:
        pages[url + ".json"] = client.get(url + ".json").get_data(as_text=True)
    assert len(decision_pages) >= 15 and any(u.endswith("/qr.svg") for u in pages)
    leaks = [(value, url) for url, body in pages.items() for value in PLANTED if value in body]
    assert leaks == []
    assert any(
        "测市监许〔2026〕8号" in body for body in pages.values()
    )  # the planted licence is public, redacted
    assert "金额有误" in pages["/corrections.json"]  # the correction's reason is public, redacted
