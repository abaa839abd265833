"""The public complaint form: what a citizen sees when it works, and each way it refuses input
while keeping what they typed; tracking; public counts that never show a complaint."""

from __future__ import annotations

import datetime as dt
import io
import re
import uuid
from typing import Any

import pytest
from sqlalchemy import select
from werkzeug.test import EnvironBuilder

from portal import create_app
from publisher.models import Complaint, ComplaintAttachment, ComplaintFiler
from publisher.office import attachments
from publisher.runtime import Runtime
from tests.helpers import csrf_token
from tests.portal.conftest import public_id
from tests.publisher.test_attachments import jpeg, pdf

FACTS = "2026年9月1日，执法人员在我店里检查时态度恶劣，没有出示执法证就拍照取证。"


def form_page(client: Any, path: str = "/complaints/new") -> tuple[str, str]:
    page = client.get(path).get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
    key = re.search(r'name="submission_key" type="hidden" value="([^"]+)"', page)
    assert token and key
    return token.group(1), key.group(1)


def fields(client: Any, **overrides: Any) -> dict[str, Any]:
    token, key = form_page(client)
    data = {
        "csrf_token": token,
        "submission_key": key,
        "kind": "complaint",
        "agency": "T-SCJG",
        "officer": "",
        "decision": "",
        "facts": FACTS,
        "wish": "请对执法人员进行批评教育。",
        "name": "欧阳明月",
        "phone": "138 1234 5678",
        "email": "",
        "address": "",
        "consent": "y",
        "website": "",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def stored(rt: Runtime) -> list[Complaint]:
    with rt.sessions() as s:
        return list(s.scalars(select(Complaint)))


def post(client: Any, data: dict[str, Any], environ_base: dict[str, str] | None = None) -> Any:
    """Send the form as a browser would (multipart), closing the spooled body afterwards."""
    client.environ_base.update(environ_base or {"REMOTE_ADDR": "127.0.0.1"})
    environ = EnvironBuilder(
        path="/complaints/new", method="POST", data=data, content_type="multipart/form-data"
    ).get_environ()
    try:
        return client.open(environ)
    finally:  # large bodies are spooled to a temporary file that the test client never closes
        environ["wsgi.input"].close()


def test_filing_with_attachments_gives_a_receipt_and_stores_everything_once(
    client: Any, published: Runtime
) -> None:
    doc = public_id(published, "测市监罚决〔2025〕3号")
    data = fields(
        client,
        officer="JN2024000001",
        decision="测市监罚决〔2025〕3号",
        files=[(io.BytesIO(jpeg(with_gps=True)), "现场.jpg"), (io.BytesIO(pdf()), "扣押清单.pdf")],
    )
    response = post(client, data)
    page = response.get_data(as_text=True)
    assert response.status_code == 201, page
    assert response.headers["Cache-Control"] == "no-store"
    tracking_no = re.search(r'id="tracking-no">(TS\d{8}[A-Z0-9]{6})<', page).group(1)  # type: ignore[union-attr]
    access_code = re.search(r'id="access-code">([A-Z0-9-]{19})<', page).group(1)  # type: ignore[union-attr]
    (complaint,) = stored(published)
    assert complaint.tracking_no == tracking_no
    assert complaint.officer_credential == "JN2024000001" and complaint.decision_public_id == doc
    with published.sessions() as s:
        files = s.scalars(select(ComplaintAttachment).order_by(ComplaintAttachment.id)).all()
        assert [(a.filename, a.media_type) for a in files] == [
            ("现场.jpg", "image/jpeg"),
            ("扣押清单.pdf", "application/pdf"),
        ]
        assert s.get(ComplaintFiler, complaint.id).phone == "138 1234 5678"  # type: ignore[union-attr]
    # reloading the page re-sends the form: still one complaint, and the codes are not shown again
    again = post(client, {**data, "files": []})
    assert again.status_code == 200 and access_code not in again.get_data(as_text=True)
    assert tracking_no in again.get_data(as_text=True)
    assert len(stored(published)) == 1
    # track with both codes (in any case and spacing)
    token = csrf_token(client, "/complaints/track")
    found = client.post(
        "/complaints/track",
        data={"csrf_token": token, "tracking_no": tracking_no.lower(), "access_code": access_code.lower()},
    )
    assert found.status_code == 200 and "已收到，待受理" in found.get_data(as_text=True)
    wrong = client.post(
        "/complaints/track",
        data={"csrf_token": token, "tracking_no": tracking_no, "access_code": "AAAA-BBBB"},
    )
    assert wrong.status_code == 404 and "已收到" not in wrong.get_data(as_text=True)


def test_an_anonymous_report_is_accepted(client: Any, published: Runtime) -> None:
    response = post(
        client, fields(client, kind="report", name="", phone="", facts="某执法人员多次在辖区商户处吃拿卡要。")
    )
    assert response.status_code == 201
    assert "匿名举报" in response.get_data(as_text=True)
    (complaint,) = stored(published)
    assert complaint.anonymous and complaint.kind == "report"


def test_a_complaint_without_contact_is_refused_with_the_text_kept(client: Any, published: Runtime) -> None:
    response = post(client, fields(client, name="", phone=""))
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "投诉须填写姓名" in page and "投诉须留电话或电子邮箱" in page
    assert FACTS in page  # what the filer typed is still in the form
    assert 'aria-invalid="true"' in page and 'href="#name"' in page
    assert stored(published) == []


def test_without_csrf_nothing_is_stored_and_the_text_is_kept(client: Any, published: Runtime) -> None:
    data = fields(client)
    data.pop("csrf_token")
    response = post(client, data)
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "页面已过期" in page and FACTS in page
    assert stored(published) == []
    # a forged token is no better
    response = post(client, {**data, "csrf_token": "forged"})
    assert response.status_code == 400 and stored(published) == []


def test_the_honeypot_catches_bots(client: Any, published: Runtime) -> None:
    response = post(client, fields(client, website="http://spam.example"))
    assert response.status_code == 422
    assert stored(published) == []


def test_html_and_script_in_every_field_are_stored_as_plain_text(client: Any, published: Runtime) -> None:
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    data = fields(
        client,
        facts=evil + "执法人员<b>未出示</b>证件&lt;script&gt;就扣押了货物。",
        wish=evil + "请依法处理",
        name=evil + "王五",
        email="wang@example.cn",
        address=evil + "测试区某路1号",
    )
    response = post(client, data)
    assert response.status_code == 201, response.get_data(as_text=True)
    with published.sessions() as s:
        complaint = s.scalars(select(Complaint)).one()
        person = s.get(ComplaintFiler, complaint.id)
        assert person is not None
        values = [complaint.facts, complaint.request, person.name, person.address]
    assert values[0] == 'alert("x")执法人员未出示证件就扣押了货物。'
    assert values[2] == 'alert("x")王五'
    for value in values:
        assert "<" not in value and "onerror" not in value


def test_disguised_and_oversized_files_are_refused_with_the_text_kept(
    client: Any, published: Runtime
) -> None:
    disguised = (io.BytesIO(b"MZ\x90\x00" + b"\x00" * 500), "照片.jpg")
    oversized = (io.BytesIO(jpeg() + b"\x00" * attachments.MAX_BYTES), "大照片.jpg")
    response = post(client, fields(client, files=[disguised, oversized]))
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "照片.jpg”不是 JPEG、PNG 或 PDF" in page and "超过 5 MB" in page
    assert FACTS in page
    assert stored(published) == []
    six = [(io.BytesIO(jpeg()), f"{n}.jpg") for n in range(6)]
    response = post(client, fields(client, files=six))
    assert response.status_code == 422 and "最多上传 5 个文件" in response.get_data(as_text=True)
    assert stored(published) == []


def test_a_request_over_the_size_limit_is_refused(published: Runtime, config: dict[str, Any]) -> None:
    app = create_app(
        {**config, "TESTING": True, "RATELIMIT_ENABLED": False, "MAX_CONTENT_LENGTH": 1024 * 1024}
    )
    client = app.test_client()
    data = fields(client, files=[(io.BytesIO(b"\xff\xd8\xff" + b"0" * 2 * 1024 * 1024), "a.jpg")])
    response = post(client, data)
    assert response.status_code == 413
    assert stored(published) == []
    app.extensions["gongshi"].close()


def test_unknown_officer_or_decision_is_explained(client: Any, published: Runtime) -> None:
    response = post(client, fields(client, officer="NO-SUCH-CARD", decision="测市监罚决〔2099〕1号"))
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "没有查到这个执法证号" in page and "没有查到这个已公示的决定书文号" in page


def test_filing_is_rate_limited_per_address_and_keeps_the_text(
    published: Runtime, config: dict[str, Any]
) -> None:
    app = create_app(
        {**config, "TESTING": True, "RATELIMIT_ENABLED": True, "COMPLAINT_RATE_LIMIT": "3 per minute"}
    )
    client = app.test_client()
    here = {"REMOTE_ADDR": "203.0.113.7"}
    codes = [post(client, fields(client), environ_base=here).status_code for _ in range(3)]
    assert codes == [201, 201, 201]
    blocked = post(client, fields(client), environ_base=here)
    assert blocked.status_code == 429
    page = blocked.get_data(as_text=True)
    assert "提交过于频繁" in page and FACTS in page
    other = post(client, fields(client), environ_base={"REMOTE_ADDR": "198.51.100.9"})
    assert other.status_code == 201
    assert len(stored(published)) == 4
    app.extensions["gongshi"].close()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_form_speaks_both_languages(client: Any, published: Runtime, lang: str) -> None:
    page = client.get(f"/complaints/new?lang={lang}").get_data(as_text=True)
    assert ("事实经过" if lang == "zh_CN" else "What happened") in page
    response = post(client, fields(client, name="", phone=""))
    assert ("投诉须填写姓名" if lang == "zh_CN" else "A complaint needs your name") in response.get_data(
        as_text=True
    )


def test_public_counts_show_numbers_never_a_complaint(client: Any, published: Runtime) -> None:
    post(client, fields(client))
    post(client, fields(client, kind="report", agency="T-YJGL", name="", phone=""))
    year = dt.datetime.now(dt.UTC).astimezone(dt.timezone(dt.timedelta(hours=8))).year
    stats = client.get(f"/complaints/stats?year={year}")
    assert stats.status_code == 200
    for path in (
        f"/complaints/stats?year={year}",
        f"/complaints/stats.json?year={year}",
        f"/complaints/stats.csv?year={year}",
    ):
        body = client.get(path).get_data(as_text=True)
        assert FACTS not in body and "欧阳明月" not in body and "1234 5678" not in body
    data = client.get(f"/complaints/stats.json?year={year}").get_json()
    rows = {row["agency"]: row for row in data["agencies"]}
    assert rows["T-SCJG"]["complaints"] == 1 and rows["T-YJGL"]["reports"] == 1
    agency_page = client.get("/agencies/T-SCJG").get_data(as_text=True)
    assert "投诉举报" in agency_page and FACTS not in agency_page


def test_script_in_the_lookup_and_contact_fields_never_reaches_the_page(
    client: Any, published: Runtime
) -> None:
    evil = '"><script>alert(1)</script>'
    response = post(client, fields(client, officer=evil, decision=evil, email=evil, phone=evil))
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "<script>alert" not in page and "电子邮箱格式不正确" in page
    token = csrf_token(client, "/complaints/track")
    tracked = client.post(
        "/complaints/track", data={"csrf_token": token, "tracking_no": evil[:24], "access_code": evil}
    )
    assert "<script>alert" not in tracked.get_data(as_text=True)
    assert stored(published) == []


def test_the_limit_is_shared_through_redis_when_configured(
    published: Runtime, config: dict[str, Any], redis_url: str
) -> None:
    settings = {
        **config,
        "TESTING": True,
        "RATELIMIT_ENABLED": True,
        "RATELIMIT_STORAGE_URI": redis_url,
        "COMPLAINT_RATE_LIMIT": "2 per minute",
    }
    app = create_app(settings)
    client = app.test_client()
    address = f"198.18.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"  # unique to this run
    here = {"REMOTE_ADDR": address}
    assert [post(client, fields(client), environ_base=here).status_code for _ in range(3)] == [201, 201, 429]
    import redis

    server = redis.Redis.from_url(redis_url)
    keys = list(server.scan_iter(f"*/{address}/*"))
    assert keys, "the counters live in Redis, where every portal process sees them"
    server.delete(*keys)
    app.extensions["gongshi"].close()
