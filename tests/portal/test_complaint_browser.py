"""A citizen files a complaint with a photo in Debian's Chromium, keeps the receipt, tracks it,
and sees the answer after a supervisor has handled it; axe-core checks every page on the way."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Page, sync_playwright

from publisher.office import accounts
from publisher.runtime import Runtime
from tests.browser_helpers import CHROMIUM, CHROMIUM_ARGS, serious_violations, serve
from tests.publisher.lifecycle_helpers import at
from tests.publisher.test_attachments import jpeg

pytestmark = pytest.mark.browser
PASSWORD = "correct-horse-42"


@pytest.fixture
def browser(app: Any, published: Runtime) -> Iterator[tuple[Any, str]]:
    with published.sessions() as s, s.begin():
        accounts.create_user(s, username="sup1", password=PASSWORD, role="supervisor", now=at("2026-01-05"))
    with serve(app) as base, sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium, base
        chromium.close()


def check(page: Page, where: str) -> None:
    assert serious_violations(page) == [], where


def test_file_track_and_read_the_answer(browser: tuple[Any, str], tmp_path: Path) -> None:
    chromium, base = browser
    photo = tmp_path / "现场照片.jpg"
    photo.write_bytes(jpeg(with_gps=True))
    citizen = chromium.new_context(locale="zh-CN", viewport={"width": 390, "height": 844}).new_page()
    citizen.goto(base + "/")
    citizen.get_by_role("link", name="在线投诉举报").click()
    check(citizen, "complaint form")

    # a first try without a name: the form explains and keeps the text
    citizen.get_by_label("投诉：对自己受到的执法行为不满").check()
    citizen.get_by_label("被投诉举报的执法机关").select_option("T-SCJG")
    citizen.get_by_label("事实经过").fill("2026年9月1日执法人员检查我的店时没有出示执法证件，并扣押了货物。")
    citizen.get_by_label("诉求").fill("请确认扣押违法并退还货物。")
    citizen.get_by_label("我已阅读并同意上述个人信息处理说明").check()
    citizen.get_by_role("button", name="提交").click()
    assert "投诉须填写姓名" in citizen.locator("#error-summary").inner_text()
    assert "没有出示执法证件" in citizen.get_by_label("事实经过").input_value()
    check(citizen, "form with errors")

    citizen.get_by_label("姓名").fill("欧阳明月")
    citizen.get_by_label("联系电话").fill("13812345678")
    citizen.get_by_label(
        "证据材料（可选，最多 5 个 JPEG、PNG 或 PDF 文件，每个不超过 5 MB）"
    ).set_input_files(str(photo))
    citizen.get_by_label("我已阅读并同意上述个人信息处理说明").check()
    citizen.get_by_role("button", name="提交").click()
    tracking_no = citizen.locator("#tracking-no").inner_text()
    access_code = citizen.locator("#access-code").inner_text()
    assert tracking_no.startswith("TS") and len(access_code) == 19
    check(citizen, "receipt")

    def track() -> str:
        citizen.goto(base + "/complaints/track")
        citizen.get_by_label("受理编号").fill(tracking_no)
        citizen.get_by_label("查询码").fill(access_code)
        citizen.get_by_role("button", name="查询", exact=True).click()
        return citizen.locator("#complaint-status").inner_text()

    assert track() == "已收到，待受理"
    check(citizen, "tracking")

    # the supervisor signs in, takes the case, accepts it and answers
    office = chromium.new_context(locale="zh-CN").new_page()
    office.goto(base + "/office/complaints/")
    office.get_by_label("用户名").fill("sup1")
    office.get_by_label("密码").fill(PASSWORD)
    office.get_by_role("button", name="登录").click()
    check(office, "queue")
    office.get_by_role("link", name=tracking_no).click()
    office.get_by_role("button", name="由我办理").click()
    office.get_by_role("button", name="受理", exact=True).click()
    assert office.locator("#complaint-status").inner_text() == "已受理，正在办理"
    check(office, "complaint handling")
    with office.expect_download() as download:
        office.get_by_role("link", name="现场照片.jpg").click()
    assert Path(download.value.path()).read_bytes()[:3] == b"\xff\xd8\xff"
    office.get_by_label("答复内容（投诉举报人凭查询码可见）").fill("经调查，扣押程序违法，已责令退还货物。")
    office.get_by_role("button", name="答复并办结").click()
    assert office.locator("#complaint-status").inner_text() == "已办结"

    assert track() == "已办结"
    assert "已责令退还货物" in citizen.locator("#complaint-answer").inner_text()
    check(citizen, "tracking with the answer")
