"""The home page, languages, 关怀版 and security headers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from publisher.intake import ingest as intake
from publisher.runtime import Runtime
from tests import factories as f
from tests.conftest import NOW
from tests.helpers import csrf_token


def load_agencies(app: Any, tmp_path: Path) -> None:
    rt: Runtime = app.extensions["gongshi"]
    rows = [
        f.agency(),
        f.agency(code="T-YJGL", name="测试区应急管理局", name_en="Test Emergency Management"),
    ]
    assert intake.ingest(rt.sessions, f.write_jsonl(tmp_path / "agencies.jsonl", rows), now=NOW).ok


def test_home_lists_agencies_in_chinese_by_default(app: Any, client: Any, tmp_path: Path) -> None:
    load_agencies(app, tmp_path)
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="zh-CN">' in page
    assert "测试区市场监督管理局" in page and "测试区应急管理局" in page
    assert "跳到主要内容" in page and 'id="main"' in page


def test_english_is_chosen_once_and_kept(app: Any, client: Any, tmp_path: Path) -> None:
    load_agencies(app, tmp_path)
    first = client.get("/?lang=en")
    assert "Test Emergency Management" in first.get_data(as_text=True)
    assert "lang=en" in first.headers["Set-Cookie"]
    again = client.get("/").get_data(as_text=True)
    assert '<html lang="en">' in again and "Published decisions by agency" in again


def test_care_mode_needs_csrf_and_persists(client: Any) -> None:
    assert client.post("/care", data={"next": "/"}).status_code == 400
    token = csrf_token(client)
    response = client.post("/care", data={"csrf_token": token, "next": "/?lang=en"})
    assert response.status_code == 302 and response.headers["Location"] == "/?lang=en"
    assert '<body class="care">' in client.get("/").get_data(as_text=True)


def test_care_redirect_refuses_other_sites(client: Any) -> None:
    response = client.post("/care", data={"csrf_token": csrf_token(client), "next": "https://evil.example/"})
    assert response.headers["Location"] == "/"


def test_security_headers(client: Any) -> None:
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["X-Frame-Options"] == "DENY"


def test_language_switch_keeps_the_query(client: Any) -> None:
    page = client.get("/decisions?q=罚款&category=penalty&page=2").get_data(as_text=True)
    link = page.split('hreflang="en"')[0].rsplit('href="', 1)[1].split('"')[0].replace("&amp;", "&")
    assert (
        "q=%E7%BD%9A%E6%AC%BE" in link
        and "category=penalty" in link
        and "page=2" in link
        and "lang=en" in link
    )
