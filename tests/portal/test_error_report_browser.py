"""An error report in Debian's Chromium, from the form to the public correction log: a citizen
reports an error on a decision's page; the agency's clerk opens it, requests the correction,
a reviewer approves it, the clerk answers "corrected"; the citizen tracks the answer and
follows it to the correction log, in Chinese and in English. axe-core checks every page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Page, sync_playwright

from publisher.runtime import Runtime
from tests import factories as f
from tests.browser_helpers import CHROMIUM, CHROMIUM_ARGS, serious_violations, serve
from tests.portal.conftest import public_id
from tests.portal.test_office_browser import sign_in

pytestmark = pytest.mark.browser
DOC = "测市监罚决〔2025〕3号"


@pytest.fixture
def site(app: Any, published: Runtime) -> Iterator[tuple[Any, str]]:
    f.add_staff(published)
    with serve(app) as base, sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium, base
        chromium.close()


def check(page: Page, where: str) -> None:
    assert serious_violations(page) == [], where


def test_an_error_report_from_the_form_to_the_public_correction_log(
    site: tuple[Any, str], published: Runtime
) -> None:
    chromium, base = site
    citizen = chromium.new_context(locale="zh-CN").new_page()
    citizen.goto(f"{base}/decisions/{public_id(published, DOC)}")
    assert "本记录公示以来没有更正" in citizen.locator("#corrections-decision").inner_text()
    citizen.get_by_role("link", name="发现信息有误？报告错误").click()
    check(citizen, "report form")
    citizen.get_by_label("哪一项有误（可选）").select_option("text")
    citizen.get_by_label("哪里有误，正确的应当是什么").fill(
        "决定书全文中“第3批”应为“第三批”，与送达的决定书不一致。"
    )
    citizen.get_by_label("我已阅读并同意上述个人信息处理说明").check()
    citizen.get_by_role("button", name="提交").click()
    number = citizen.locator("#tracking-no").inner_text()
    code = citizen.locator("#access-code").inner_text()
    assert number.startswith("JC")
    check(citizen, "receipt")

    clerk = sign_in(chromium, base, "clerk_scjg")
    clerk.get_by_role("link", name="纠错", exact=True).click()
    clerk.get_by_role("link", name=number).click()
    assert "第三批" in clerk.locator("#report-description").inner_text()
    check(clerk, "report in the office")
    clerk.get_by_role("link", name="打开本机关的记录（申请更正）").click()
    record = clerk.url
    text = clerk.get_by_label("更正后的决定书全文")
    text.fill(text.input_value().replace("第3批", "第三批"))
    clerk.get_by_label("更正理由").fill("据公众纠错，批次写法与送达文书不一致")
    clerk.get_by_role("button", name="提交更正申请").click()

    reviewer = sign_in(chromium, base, "reviewer_scjg")
    reviewer.goto(record)
    reviewer.get_by_role("button", name="批准").click()
    assert "已保存" in reviewer.locator(".notice").inner_text()

    clerk.goto(f"{base}/office/error-reports/{number}")
    clerk.get_by_label("已更正").check()
    clerk.get_by_label("答复内容（纠错人可见）").fill("已按送达的决定书更正。")
    clerk.get_by_role("button", name="答复").click()
    assert "已答复" in clerk.locator(".notice").inner_text()
    check(clerk, "answered")

    citizen.goto(f"{base}/error-reports/track")
    citizen.get_by_label("受理编号").fill(number)
    citizen.get_by_label("查询码").fill(code)
    citizen.get_by_role("button", name="查询").click()
    assert citizen.locator("#report-outcome").inner_text() == "已更正"
    assert citizen.locator("#report-answer").inner_text() == "已按送达的决定书更正。"
    check(citizen, "tracking")
    citizen.locator("#report-correction").click()
    assert "#correction-" in citizen.url
    entry = citizen.locator("ol.correction-log li").first.inner_text()
    assert "决定书全文" in entry and "批次写法" in entry and "因公众纠错而更正" in entry
    assert "第三批" in citizen.locator(".doc-text").first.inner_text()
    check(citizen, "decision with its correction log")
    citizen.get_by_role("link", name="English").click()
    log = citizen.locator("#corrections-decision").inner_text()
    assert "Corrections" in log and "Full text" in log
    check(citizen, "correction log in English")
