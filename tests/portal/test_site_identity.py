"""Who runs the site and how to find one's way (issue 18 point 11): the operator's identity and
registration numbers in every footer, the privacy and accessibility statements, the sitemap page,
sitemap.xml and robots.txt, and the favicon and emblem an operator sets."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from portal import create_app
from publisher.runtime import Runtime
from tests.portal.conftest import public_id

IDENTITY = {
    "SITE_OWNER": "测试区人民政府司法局",
    "SITE_OWNER_EN": "Test District Justice Bureau",
    "SITE_ADDRESS": "测试区人民大道1号",
    "SITE_PHONE": "0999-1234 5678",
    "SITE_ID_CODE": "6523000001",
    "SITE_ICP": "新ICP备12345678号-1",
    "SITE_PSB": "新公网安备65230102000001号",
    "PRIVACY_RETENTION": "办结后保存五年，期满销毁。",
    "PRIVACY_RETENTION_EN": "Kept five years after closing, then destroyed.",
}
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def portal() -> Iterator[Callable[..., Any]]:
    """Test clients of portals with the given settings, closed after the test."""
    apps: list[Any] = []

    def client(config: dict[str, Any], **settings: Any) -> Any:
        apps.append(create_app({**config, "TESTING": True, "RATELIMIT_ENABLED": False, **settings}))
        return apps[-1].test_client()

    yield client
    for app in apps:
        app.extensions["gongshi"].close()


def footer(client: Any, path: str) -> str:
    page = client.get(path).get_data(as_text=True)
    return page.split('<footer class="site-footer">')[1].split("</footer>")[0]


def test_every_page_names_its_operator_and_registrations(
    published: Runtime, config: dict[str, Any], portal: Callable[..., Any]
) -> None:
    client = portal(config, **IDENTITY)
    decision = public_id(published, "测市监罚决〔2025〕1号")
    for path in ("/", f"/decisions/{decision}", "/officers/JN2024000001", "/complaints/new", "/nowhere"):
        found = footer(client, path)
        assert "主办单位" in found and "测试区人民政府司法局" in found, path
        assert 'href="tel:099912345678"' in found and "测试区人民大道1号" in found
        assert "网站标识码" in found and "6523000001" in found
        assert '<a href="https://beian.miit.gov.cn/" rel="noopener">新ICP备12345678号-1</a>' in found
        assert "beian.mps.gov.cn/#/query/webSearch?code=65230102000001" in found
        for link in ("/sitemap", "/about/privacy", "/about/accessibility"):
            assert f'href="{link}"' in found
    english = footer(client, "/?lang=en")
    assert "Test District Justice Bureau" in english and "测试区人民政府司法局" not in english


def test_a_footer_shows_only_what_the_operator_set(client: Any) -> None:
    found = footer(client, "/")
    assert "主办单位" in found  # the default operator
    assert (
        "网站标识码" not in found and "ICP" not in found and "公安备案" not in found and "tel:" not in found
    )


def test_the_privacy_statement_says_what_is_collected_and_for_how_long(
    config: dict[str, Any], portal: Callable[..., Any]
) -> None:
    client = portal(config, **IDENTITY)
    page = client.get("/about/privacy").get_data(as_text=True)
    for collected in ("姓名", "电话", "电子邮箱", "联系地址", "证据材料", "Cookie"):
        assert collected in page
    assert "办结后保存五年，期满销毁。" in page and "测试区人民政府司法局" in page
    english = client.get("/about/privacy?lang=en").get_data(as_text=True)
    assert "Kept five years after closing, then destroyed." in english and "Privacy" in english
    accessibility = client.get("/about/accessibility?lang=zh_CN").get_data(as_text=True)
    assert "WCAG" in accessibility and "关怀版" in accessibility and "0999-1234 5678" in accessibility


def test_the_sitemap_lists_what_is_published_and_every_address_answers(
    published: Runtime, client: Any
) -> None:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response.mimetype == "application/xml"
    locations = [e.text or "" for e in ET.fromstring(response.data).iter(f"{SITEMAP}loc")]
    base = published.config["BASE_URL"].rstrip("/")
    assert all(loc.startswith(base + "/") for loc in locations)
    paths = [urlsplit(loc).path for loc in locations]
    assert f"/decisions/{public_id(published, '测市监罚决〔2025〕1号')}" in paths
    assert f"/decisions/{public_id(published, '测市监罚决〔2026〕9号')}" not in paths  # withdrawn
    assert "/agencies/T-SCJG" in paths and "/agencies/T-YJGL" in paths
    assert "/complaints/track" not in paths  # robots.txt keeps crawlers off it
    for path in paths:
        with client.get(path) as answer:
            assert answer.status_code == 200, path
    page = client.get("/sitemap").get_data(as_text=True)
    assert "测试区应急管理局" in page and 'href="/sitemap.xml"' in page
    robots = client.get("/robots.txt").get_data(as_text=True)
    assert "Disallow: /office/" in robots and f"Sitemap: {base}/sitemap.xml" in robots


def test_the_operators_emblem_and_favicon_are_served_and_nothing_else(
    config: dict[str, Any], tmp_path: Path, portal: Callable[..., Any]
) -> None:
    emblem = tmp_path / "emblem.png"
    emblem.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    icon = tmp_path / "icon.ico"
    icon.write_bytes(b"\0\0\1\0" + b"\0" * 32)
    client = portal(config, SITE_EMBLEM=str(emblem), SITE_FAVICON=str(icon))
    with client.get("/site/emblem") as served:
        assert served.data == emblem.read_bytes() and served.mimetype == "image/png"
    with client.get("/favicon.ico") as served:
        assert served.mimetype == "image/x-icon"
    home = client.get("/").get_data(as_text=True)
    assert 'src="/site/emblem"' in home and 'rel="icon" href="/favicon.ico"' in home
    secret = tmp_path / "secret.txt"
    secret.write_text("not an image")
    wrong = portal(config, SITE_EMBLEM=str(secret), SITE_FAVICON=str(tmp_path / "missing.png"))
    assert wrong.get("/site/emblem").status_code == 404
    with wrong.get("/favicon.ico") as served:
        assert served.mimetype == "image/svg+xml"  # the shipped one
    assert portal(config).get("/site/emblem").status_code == 404
    assert 'class="emblem"' not in portal(config).get("/").get_data(as_text=True)


@pytest.mark.parametrize(
    "path", ["/site/emblem/../../etc/passwd", "/site/emblem?file=/etc/passwd", "/favicon.ico/x"]
)
def test_no_address_reaches_another_file(
    config: dict[str, Any], path: str, portal: Callable[..., Any]
) -> None:
    with portal(config).get(path) as response:
        assert response.status_code == 404 or b"root:" not in response.data
