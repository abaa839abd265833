"""Error reports (纠错) on the portal: the form on every decision and credential page, each way it
refuses input while keeping the text, the receipt and tracking, the owning agency's queue and
answer, and the public correction log on the record's page, its listing, feed and twins."""

from __future__ import annotations

import re
from typing import Any

import pytest
from sqlalchemy import select

from portal import create_app
from publisher import clock
from publisher.lifecycle import review
from publisher.lifecycle.actors import Actor
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import AuditEvent, ErrorReport, RawDecision
from publisher.runtime import Runtime
from tests import factories as f
from tests.helpers import csrf_token
from tests.portal.conftest import public_id
from tests.publisher.lifecycle_helpers import at

DOC = "测市监罚决〔2025〕3号"
WHAT = "页面上的罚款金额与决定书不一致，决定书写的是五万元。"
CONTACT = {"name": "纠错人上官", "phone": "136 5555 4444", "email": "shangguan@example.cn"}


@pytest.fixture(autouse=True)
def pinned() -> Any:
    with clock.pin(at("2026-06-01")):
        yield


def report_path(rt: Runtime, doc_no: str = DOC) -> str:
    return f"/decisions/{public_id(rt, doc_no)}/report-error"


def fields(client: Any, path: str, **overrides: Any) -> dict[str, Any]:
    page = client.get(path).get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
    key = re.search(r'name="submission_key" type="hidden" value="([^"]+)"', page)
    assert token and key, page[:500]
    data = {
        "csrf_token": token.group(1),
        "submission_key": key.group(1),
        "field": "fine_amount" if path.startswith("/decisions/") else "area",
        "description": WHAT,
        "consent": "y",
        "website": "",
        **CONTACT,
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def stored(rt: Runtime) -> list[ErrorReport]:
    with rt.sessions() as s:
        return list(s.scalars(select(ErrorReport)))


def file(client: Any, path: str, **overrides: Any) -> tuple[str, str]:
    response = client.post(path, data=fields(client, path, **overrides))
    body = response.get_data(as_text=True)
    assert response.status_code == 201, body[:500]
    number = re.search(r'id="tracking-no">([^<]+)<', body)
    code = re.search(r'id="access-code">([^<]+)<', body)
    assert number and code
    return number.group(1), code.group(1)


def track(client: Any, number: str, code: str) -> Any:
    data = {
        "csrf_token": csrf_token(client, "/error-reports/track"),
        "tracking_no": number,
        "access_code": code,
    }
    return client.post("/error-reports/track", data=data)


def login(client: Any, username: str) -> None:
    token = csrf_token(client, "/office/login")
    client.post(
        "/office/login", data={"csrf_token": token, "username": username, "password": f.STAFF_PASSWORD}
    )


def test_every_decision_and_credential_page_offers_the_form(client: Any, published: Runtime) -> None:
    decision = client.get(f"/decisions/{public_id(published, DOC)}").get_data(as_text=True)
    assert report_path(published) in decision and "本记录公示以来没有更正" in decision
    officer = client.get("/officers/JN2024000002").get_data(as_text=True)
    assert "/officers/JN2024000002/report-error" in officer
    for path in (report_path(published), "/officers/JN2024000002/report-error"):
        response = client.get(path)
        assert response.status_code == 200 and response.headers["Cache-Control"] == "no-store"
        assert 'name="website"' in response.get_data(as_text=True)
    gone = public_id(published, "测市监罚决〔2026〕9号")  # withdrawn: nothing left to correct
    assert client.get(f"/decisions/{gone}/report-error").status_code == 404
    assert client.get("/officers/NOPE/report-error").status_code == 404


def test_a_report_gives_a_receipt_and_tracking_shows_the_status(client: Any, published: Runtime) -> None:
    path = report_path(published)
    number, code = file(client, path)
    assert number.startswith("JC20260601")
    again = client.post(
        path, data=fields(client, path) | {"submission_key": stored(published)[0].submission_key}
    )
    assert again.status_code == 200 and number in again.get_data(as_text=True)  # a re-sent form files nothing
    assert len(stored(published)) == 1
    body = track(client, number, code).get_data(as_text=True)
    assert "已收到，待答复" in body and "2026年6月8日" in body
    assert track(client, number, "AAAA-BBBB-CCCC-DDDD").status_code == 404


@pytest.mark.parametrize(
    ("overrides", "status", "message"),
    [
        ({"csrf_token": "forged"}, 400, "页面已过期"),
        ({"website": "http://spam.example"}, 422, "必须留空"),
        ({"description": "错"}, 422, "5 至 2000 字"),
        ({"description": "错" * 2001}, 422, "5 至 2000 字"),
        ({"phone": "call me maybe"}, 422, "电话号码格式不正确"),
        ({"consent": None}, 422, "请阅读并同意"),
        ({"field": "id_number"}, 422, "哪一项有误（可选）："),
    ],
    ids=["csrf", "honeypot", "too-short", "too-long", "phone", "consent", "unknown-field"],
)
def test_a_refused_report_keeps_the_text_and_stores_nothing(
    client: Any, published: Runtime, overrides: dict, status: int, message: str
) -> None:
    path = report_path(published)
    response = client.post(path, data=fields(client, path, **overrides))
    body = response.get_data(as_text=True)
    assert response.status_code == status and message in body
    assert CONTACT["email"] in body and stored(published) == []


def test_too_many_reports_from_one_address_get_429(config: dict[str, Any], published: Runtime) -> None:
    app = create_app(
        {**config, "TESTING": True, "RATELIMIT_ENABLED": True, "ERROR_REPORT_RATE_LIMIT": "2 per minute"}
    )
    client = app.test_client()
    path = "/officers/JN2024000001/report-error"
    codes = [client.post(path, data=fields(client, path)).status_code for _ in range(3)]
    assert codes == [201, 201, 429]
    app.extensions["gongshi"].close()


def test_the_owning_agency_answers_and_the_public_sees_the_correction(
    app: Any, client: Any, published: Runtime
) -> None:
    f.add_staff(published)
    number, code = file(client, report_path(published))
    for outsider in ("clerk_yjgl",):
        login(client, outsider)
        assert client.get(f"/office/error-reports/{number}").status_code == 403
        assert number not in client.get("/office/error-reports/").get_data(as_text=True)
    login(client, "sup1")
    page = client.get(f"/office/error-reports/{number}").get_data(as_text=True)
    assert WHAT in page and CONTACT["phone"] not in page and "只有负责答复的执法机关工作人员可以查看" in page
    assert client.get(f"/office/error-reports/{number}/contact").status_code == 403
    login(client, "clerk_scjg")
    assert number in client.get("/office/error-reports/").get_data(as_text=True)
    assert CONTACT["phone"] in client.get(f"/office/error-reports/{number}/contact").get_data(as_text=True)
    with published.sessions() as s, s.begin():  # the correction itself goes through its request and approval
        raw = s.scalars(select(RawDecision).where(RawDecision.doc_no == DOC)).one()
        request = review.request_correction(
            s,
            raw,
            {"fine_amount": "5000"},
            "核实纠错：金额录入有误",
            Actor("clerk_scjg", "clerk", "T-SCJG"),
            at("2026-06-02"),
        )
        life = Lifecycle(s, published.calendar, published.config)
        review.decide_correction(
            s, life, request, True, Actor("reviewer_scjg", "reviewer", "T-SCJG"), at("2026-06-03")
        )
    detail = client.get(f"/office/error-reports/{number}").get_data(as_text=True)
    correction = re.search(r'<option value="(\d+)">', detail)
    assert correction, detail
    token = csrf_token(client, f"/office/error-reports/{number}")
    answered = client.post(
        f"/office/error-reports/{number}/answer",
        data={
            "csrf_token": token,
            "outcome": "corrected",
            "correction": correction.group(1),
            "text": "已更正金额。",
        },
        follow_redirects=True,
    )
    assert "已答复" in answered.get_data(as_text=True)
    with published.sessions() as s:
        trail = " ".join(f"{e.action} {e.detail}" for e in s.scalars(select(AuditEvent)))
    assert "error_report.contact_viewed" in trail and not any(v in trail for v in [*CONTACT.values(), WHAT])

    tracked = track(client, number, code).get_data(as_text=True)
    assert (
        "已更正" in tracked and f"#correction-{correction.group(1)}" in tracked and "已更正金额。" in tracked
    )
    pid = public_id(published, DOC)
    page = client.get(f"/decisions/{pid}").get_data(as_text=True)
    assert (
        f'id="correction-{correction.group(1)}"' in page and "罚款金额" in page and "因公众纠错而更正" in page
    )
    [entry] = client.get(f"/decisions/{pid}.json").get_json()["corrections"]
    assert (entry["fields"], entry["reason"], entry["error_report"]) == (
        "fine_amount",
        "核实纠错：金额录入有误",
        True,
    )
    assert client.get("/corrections.json").get_json()["corrections"] == [entry]
    assert "fine_amount" in client.get("/corrections.csv").get_data(as_text=True)
    assert "罚款金额" in client.get("/corrections").get_data(as_text=True)
    feed = client.get("/feeds/corrections.atom").get_data(as_text=True)
    assert entry["url"] in feed and "罚款金额" in feed
    english = client.get(f"/decisions/{pid}?lang=en").get_data(as_text=True)
    assert "Corrections" in english and "Fine" in english and "Report an error" in english


@pytest.mark.parametrize(
    ("outcome", "extra", "shown"),
    [
        ("not_error", {"text": "经核对原件，金额无误。"}, "经核对原件，金额无误。"),
        ("forwarded", {"forwarded_to": "测试区税务局"}, "测试区税务局"),
    ],
    ids=["not-an-error", "forwarded"],
)
def test_the_reporter_sees_every_kind_of_answer(
    client: Any, published: Runtime, outcome: str, extra: dict, shown: str
) -> None:
    f.add_staff(published)
    number, code = file(client, "/officers/JN2024000001/report-error", **{k: "" for k in CONTACT})
    login(client, "clerk_scjg")
    token = csrf_token(client, f"/office/error-reports/{number}")
    client.post(
        f"/office/error-reports/{number}/answer", data={"csrf_token": token, "outcome": outcome, **extra}
    )
    body = track(client, number, code).get_data(as_text=True)
    assert "已答复" in body and shown in body


def test_an_incomplete_answer_is_explained_and_changes_nothing(client: Any, published: Runtime) -> None:
    f.add_staff(published)
    number, _code = file(client, report_path(published))
    login(client, "reviewer_scjg")
    token = csrf_token(client, f"/office/error-reports/{number}")
    page = client.post(
        f"/office/error-reports/{number}/answer",
        data={"csrf_token": token, "outcome": "corrected"},
        follow_redirects=True,
    ).get_data(as_text=True)
    assert "请先更正记录" in page and stored(published)[0].status == "received"


def test_the_warning_reaches_the_supervision_dashboard(client: Any, published: Runtime) -> None:
    from publisher.lifecycle.tick import tick

    f.add_staff(published)
    number, _code = file(client, report_path(published))
    with published.sessions() as s, s.begin():
        tick(s, at("2026-06-17"), published.calendar, published.config)
    login(client, "sup1")
    with clock.pin(at("2026-06-17")):
        board = client.get("/office/supervision/").get_data(as_text=True)
    row = board[board.index(number) - 200 : board.index(number) + 400]
    assert "3 级" in row and "纠错逾期未答复" in row
