"""A supervision notice in Debian's Chromium, the whole way: the legal office issues a notice to
an agency; the agency's clerk finds it on the desk, prints it, reports the rectification and
asks for a review; the office answers the review. axe-core checks every page, and the public
statistics page with the year's figures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, sync_playwright

from publisher import clock
from publisher.outputs import annual
from publisher.runtime import Runtime
from tests import factories as f
from tests.browser_helpers import CHROMIUM, CHROMIUM_ARGS, serious_violations, serve
from tests.portal.test_office_browser import sign_in
from tests.publisher.lifecycle_helpers import at

pytestmark = pytest.mark.browser
DOC_NO = "测司监通〔2026〕11号"


@pytest.fixture
def site(app: Any, published: Runtime) -> Iterator[tuple[Any, str]]:
    f.add_staff(published)
    with clock.pin(at("2026-09-01")), serve(app) as base, sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium, base
        chromium.close()


def check(page: Page, where: str) -> None:
    assert serious_violations(page) == [], where


def test_notice_rectification_review_and_answer(site: tuple[Any, str], published: Runtime) -> None:
    chromium, base = site
    office = sign_in(chromium, base, "sup1")
    office.get_by_role("link", name="监督通知书", exact=True).click()
    check(office, "notices of the office")
    office.get_by_role("link", name="发出监督通知书").click()
    office.get_by_label("被监督机关").select_option("T-SCJG")
    office.get_by_label("文号").fill(DOC_NO)
    office.get_by_label("违反法定程序").check()
    office.get_by_label("认定的事实").fill("抽查行政处罚案卷 20 件，其中 6 件未告知当事人陈述、申辩权利。")
    office.get_by_label("整改要求").fill("逐件补正告知程序，并建立告知环节审核制度。")
    check(office, "new notice form")
    office.get_by_role("button", name="发出通知书").click()
    assert "监督通知书已发出" in office.locator(".notice").inner_text()
    assert "2026年10月8日" in office.locator("#rectify-due").inner_text()  # 1 Oct is a rest day
    check(office, "notice issued")

    clerk = sign_in(chromium, base, "clerk_scjg")
    clerk.get_by_role("link", name="监督通知书", exact=True).click()
    check(clerk, "the agency's notices")
    clerk.get_by_role("link", name=DOC_NO).click()
    clerk.get_by_role("link", name="通知书全文（可打印）").click()
    assert "行政执法监督通知书" in clerk.locator("h1").inner_text()
    check(clerk, "printable notice")
    clerk.go_back()
    clerk.get_by_label("整改情况").fill("已逐件补正 4 件案卷的告知程序；其余 2 件已告知，申请复查。")
    clerk.get_by_role("button", name="报告整改情况").click()
    assert "已报告整改情况" in clerk.locator(".notice").inner_text()
    clerk.get_by_label("复查理由").fill("其余 2 件案卷的询问笔录记载了告知内容，附笔录页码。")
    clerk.get_by_role("button", name="申请复查").click()
    assert "已申请复查" in clerk.locator(".notice").inner_text()
    assert "2026年9月16日" in clerk.locator("#review-answer-due").inner_text()  # 1 Sep + 15
    check(clerk, "rectified, review asked for")

    office.reload()
    office.get_by_label("维持通知").check()
    office.get_by_label("复查意见").fill("经复查，2 件笔录未载明告知权利，维持通知书。")
    office.get_by_role("button", name="答复复查申请").click()
    assert "已答复复查申请" in office.locator(".notice").inner_text()
    assert "维持通知" in office.locator("#review-outcome").inner_text()
    check(office, "review answered")

    with published.sessions() as s, s.begin():
        annual.build(s, 2026, at("2027-01-02"))
    public = chromium.new_context(locale="zh-CN").new_page()
    public.goto(f"{base}/statistics/2026")
    assert "行政执法监督（全区）" in public.locator("#supervision").inner_text()
    check(public, "public statistics")
