"""The back office in Debian's Chromium: a clerk uploads, a reviewer checks the redaction side
by side and approves, the decision is public, the clerk withdraws it and the public sees the
tombstone; then the supervisor's dashboard after a simulated clock shows a level-3 warning.
axe-core checks every page on the way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, sync_playwright

from portal import create_app
from publisher.runtime import Runtime
from tests import factories as f
from tests.browser_helpers import CHROMIUM, CHROMIUM_ARGS, serious_violations, serve
from tests.portal.test_supervision import LATE, held_and_forgotten

pytestmark = pytest.mark.browser
NEW = "测市监罚决〔2026〕77号"


@pytest.fixture
def site(config: dict[str, Any], published: Runtime) -> Iterator[tuple[Any, str]]:
    f.add_staff(published)
    app = create_app({**config, "TESTING": True, "RATELIMIT_ENABLED": False, "REVIEW_REQUIRED": True})
    with serve(app) as base, sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium, base
        chromium.close()
    app.extensions["gongshi"].close()


def check(page: Page, where: str) -> None:
    assert serious_violations(page) == [], where


def sign_in(chromium: Any, base: str, username: str) -> Page:
    page = chromium.new_context(locale="zh-CN").new_page()
    page.goto(base + "/office/")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(f.STAFF_PASSWORD)
    page.get_by_role("button", name="登录").click()
    return page


def test_upload_review_publish_withdraw(site: tuple[Any, str], tmp_path: Path) -> None:
    chromium, base = site
    upload = f.write_jsonl(tmp_path / "decisions.jsonl", [f.person_decision(id=NEW)])

    clerk = sign_in(chromium, base, "clerk_scjg")
    check(clerk, "office home")
    clerk.get_by_role("link", name="决定记录").click()
    clerk.get_by_role("link", name="报送记录（上传文件或逐条录入）").click()
    check(clerk, "upload form")
    clerk.get_by_label("文件（CSV、XLSX 或 JSONL）").set_input_files(str(upload))
    clerk.get_by_role("button", name="报送").click()
    assert "已接收：新增 1 条" in clerk.locator(".notice").inner_text()
    check(clerk, "records list")

    reviewer = sign_in(chromium, base, "reviewer_scjg")
    reviewer.goto(base + "/office/records/?state=pending_review")
    reviewer.get_by_role("link", name=NEW).click()
    assert f.PERSON_ID in reviewer.locator("#original-text").inner_text()
    assert f.PERSON_ID not in reviewer.locator("#public-text").inner_text()
    check(reviewer, "side-by-side review")
    reviewer.get_by_role("button", name="批准并公示").click()
    assert reviewer.locator("#record-state").inner_text().startswith("公示中")
    public_url = reviewer.locator("dl.facts a").last.get_attribute("href")

    citizen = chromium.new_context(locale="zh-CN").new_page()
    citizen.goto(base + str(public_url))
    assert citizen.locator("h1").inner_text() == NEW
    assert f.PERSON_ID not in citizen.content()

    clerk.goto(base + "/office/records/?state=published")
    clerk.get_by_role("link", name=NEW).click()
    check(clerk, "published record")
    clerk.get_by_label("依据（例如复议决定书文号）").fill("测试区人民政府复议决定书〔2026〕5号")
    clerk.get_by_label("生效日期").fill("2026-11-20")
    clerk.get_by_role("button", name="撤下", exact=True).click()
    assert clerk.locator("#record-state").inner_text().startswith("已撤下")

    response = citizen.goto(base + str(public_url))
    assert response is not None and response.status == 410
    assert "复议决定书〔2026〕5号" in citizen.content()
    check(citizen, "tombstone")


def test_supervisor_sees_level_three_after_the_clock_moves(
    site: tuple[Any, str], published: Runtime, tmp_path: Path
) -> None:
    chromium, base = site
    held_and_forgotten(published, tmp_path)
    supervisor = sign_in(chromium, base, "sup1")
    supervisor.get_by_role("link", name="执法监督", exact=True).click()
    row = supervisor.locator("#warnings-table tr", has_text=LATE).first
    assert "3 级" in row.inner_text()
    check(supervisor, "dashboard")
    row.get_by_role("link", name=LATE).click()
    assert supervisor.locator("h1").inner_text() == LATE
    check(supervisor, "record from the dashboard")
    supervisor.get_by_role("link", name="审计日志").click()
    assert "哈希链完整" in supervisor.locator("#chain-status").inner_text()
    check(supervisor, "audit view")
