"""A clerk confirms the quarter's penalty table on a phone, then the public reads the quarterly
tables, the training figures and the case-file review, in Chinese and English; each page is
checked with axe-core."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from publisher import clock
from publisher.lifecycle.actors import Actor
from publisher.models import Officer
from publisher.office.duties import casefiles, training
from publisher.runtime import Runtime
from tests import factories as f
from tests.browser_helpers import browser_page, serious_violations
from tests.publisher.lifecycle_helpers import at, run_tick

pytestmark = pytest.mark.browser
SUPERVISOR = Actor("sup1", "supervisor")


@pytest.fixture
def district(published: Runtime) -> Runtime:
    """Q1 2026's tables built (by the published fixture's tick), training, a published review."""
    f.add_staff(published)
    with published.sessions() as s, s.begin():
        zhao = s.query(Officer).filter_by(credential_no="JN2024000001").one()
        clerk = Actor("clerk_scjg", "clerk", "T-SCJG")
        training.add_training(
            s, zhao, clerk, at("2026-03-02").date(), Decimal(42), "行政处罚法", at("2026-03-03")
        )
        review = casefiles.start(s, 2025, SUPERVISOR, at("2026-03-01"), published.config, "公开种子")
        for case in review.cases:
            points = {item["code"]: item["weight"] for item in review.sheet}
            casefiles.score(s, case, SUPERVISOR, points, "", at("2026-03-02"))
        casefiles.publish(s, review, SUPERVISOR, at("2026-03-03"))
    run_tick(published, at("2026-05-12"))
    return published


def test_confirm_then_read_the_duties_pages(app: Any, district: Runtime) -> None:
    with (
        clock.pin(at("2026-05-12")),
        browser_page(app, locale="zh-CN", viewport={"width": 390, "height": 844}) as (
            tab,
            base,
        ),
    ):
        tab.goto(base + "/office/duties/")
        tab.get_by_label("用户名").fill("clerk_scjg")
        tab.get_by_label("密码").fill(f.STAFF_PASSWORD)
        tab.get_by_role("button", name="登录").click()
        assert serious_violations(tab) == [], "duties page"
        tab.get_by_role("link", name="2026 年第 1 季度").click()
        assert "逾期未确认" in tab.locator("#table-status").inner_text()
        assert serious_violations(tab) == [], "quarterly table"
        tab.get_by_role("button", name="确认以上数字").click()
        assert "逾期确认" in tab.locator("#table-status").inner_text()
        tab.goto(base + "/statistics/quarterly")
        assert tab.get_by_role("heading", name="2026 年第 1 季度").is_visible()
        assert serious_violations(tab) == [], "public quarterly tables"
        tab.get_by_role("link", name="执法人员培训统计").click()
        assert tab.get_by_role("heading", name="2026 年执法人员法律知识培训").is_visible()
        assert "赵执法" not in tab.content()
        assert serious_violations(tab) == [], "training figures"
        tab.get_by_role("link", name="案卷评查结果").click()
        assert tab.get_by_role("heading", name="2025 年度案卷评查结果").is_visible()
        assert serious_violations(tab) == [], "case-file review"
        tab.get_by_role("link", name="English").click()
        assert tab.get_by_role("heading", name="Case-file review of 2025: results").is_visible()
        assert serious_violations(tab) == [], "case-file review in English"
