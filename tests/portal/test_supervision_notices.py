"""Supervision notices in the back office: the legal office issues one through its form, the
notified agency sees it, prints it, reports its rectification with a file and asks for review;
another agency's staff get 404 everywhere; each form needs its CSRF token and its role; free
text is shown as text; warnings reach the dashboard; the public statistics show the figures."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from publisher import clock
from publisher.models import AuditEvent, SupervisionNotice
from publisher.outputs import annual
from publisher.runtime import Runtime
from tests import factories as f
from tests.helpers import csrf_token
from tests.portal.test_office_complaints import login, logout
from tests.publisher.lifecycle_helpers import at, run_tick

DOC_NO = "测司监通〔2026〕7号"
NEW = "/office/supervision-notices/new"


@pytest.fixture
def staff(published: Runtime) -> Iterator[Runtime]:
    f.add_staff(published)
    with clock.pin(at("2026-09-01")):
        yield published


def issue(client: Any, **overrides: str) -> Any:
    login(client, "sup1")
    data = {
        "csrf_token": csrf_token(client, NEW),
        "agency": "T-SCJG",
        "doc_no": DOC_NO,
        "ground": "procedure_violated",
        "facts": "抽查案卷 20 件，6 件未告知陈述申辩权利。<img src=x onerror=alert(1)>",
        "requirement": "逐件补正告知程序。",
        **overrides,
    }
    return client.post(NEW, data=data)


def notice_path(rt: Runtime) -> str:
    with rt.sessions() as s:
        notice_id = s.scalars(select(SupervisionNotice.id).where(SupervisionNotice.doc_no == DOC_NO)).one()
    return f"/office/supervision-notices/{notice_id}"


def test_the_office_issues_a_notice_that_the_agency_sees_and_prints(client: Any, staff: Runtime) -> None:
    response = issue(client)
    assert response.status_code == 302
    path = notice_path(staff)
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "监督通知书已发出" in page and "2026年10月8日" in page  # 1 Sep + 30 = 1 Oct, a rest day → 8 Oct
    assert "<img" not in page and "&lt;img" not in page
    logout(client)
    login(client, "clerk_scjg")
    assert DOC_NO in client.get("/office/supervision-notices/").get_data(as_text=True)
    document = client.get(f"{path}/document").get_data(as_text=True)
    assert "行政执法监督通知书" in document and DOC_NO in document and "违反法定程序" in document
    assert "2026年9月8日" in document  # the last day to ask for a review


def test_another_agency_never_sees_the_notice(client: Any, staff: Runtime) -> None:
    issue(client)
    path = notice_path(staff)
    logout(client)
    login(client, "clerk_yjgl")
    assert DOC_NO not in client.get("/office/supervision-notices/?show=all").get_data(as_text=True)
    for suffix in ("", "/document", "/decision/document", "/attachments/1"):
        assert client.get(path + suffix).status_code == 404, suffix
    token = csrf_token(client, "/office/supervision-notices/")
    for step in ("rectify", "review", "decision/perform"):
        data = {"csrf_token": token, "text": "越权", "reason": "越权"}
        assert client.post(f"{path}/{step}", data=data).status_code == 404, step
    with staff.sessions() as s:
        assert s.scalars(select(SupervisionNotice)).one().status == "issued"


@pytest.mark.parametrize("username", ["clerk_scjg", "reviewer_scjg", "admin"])
def test_only_the_legal_office_issues_answers_and_decides(client: Any, staff: Runtime, username: str) -> None:
    issue(client)
    path = notice_path(staff)
    logout(client)
    login(client, username)
    token = csrf_token(client, "/office/supervision-notices/")
    assert client.get(NEW).status_code == 403
    assert client.post(NEW, data={"csrf_token": token, "agency": "T-SCJG"}).status_code == 403
    assert (
        client.post(
            f"{path}/review/answer", data={"csrf_token": token, "outcome": "withdrawn", "text": "x"}
        ).status_code
        == 403
    )
    assert client.post(f"{path}/decision", data={"csrf_token": token}).status_code == 403
    with staff.sessions() as s:
        denied = s.scalars(select(AuditEvent).where(AuditEvent.action == "access.denied")).all()
    assert len(denied) >= 4


def test_every_form_needs_its_csrf_token(client: Any, staff: Runtime) -> None:
    login(client, "sup1")
    assert client.post(NEW, data={"agency": "T-SCJG", "doc_no": DOC_NO}).status_code == 400
    issue(client)
    path = notice_path(staff)
    logout(client)
    login(client, "clerk_scjg")
    assert client.post(f"{path}/rectify", data={"text": "已整改"}).status_code == 400
    with staff.sessions() as s:
        assert s.scalars(select(SupervisionNotice)).one().status == "issued"


def test_the_agency_reports_rectification_with_a_file_that_the_office_opens(
    client: Any, staff: Runtime
) -> None:
    issue(client)
    path = notice_path(staff)
    logout(client)
    login(client, "clerk_scjg")
    page = client.get(path).get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
    assert token is not None
    pdf = b"%PDF-1.4\n" + _pdf_body()
    response = client.post(
        f"{path}/rectify",
        data={
            "csrf_token": token.group(1),
            "text": "已补正 6 件案卷。<b>附</b>",
            "files": (io.BytesIO(pdf), "整改报告.pdf"),
        },
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    page = client.get(path).get_data(as_text=True)
    assert "已报告整改情况" in page and "已补正 6 件案卷。附" in page and "整改报告.pdf" in page
    logout(client)
    login(client, "sup1")
    link = re.search(
        r'href="(/office/supervision-notices/\d+/attachments/\d+)"', client.get(path).get_data(as_text=True)
    )
    assert link is not None
    download = client.get(link.group(1))
    assert download.status_code == 200 and download.headers["Content-Disposition"].startswith("attachment;")
    with staff.sessions() as s:
        opened = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "supervision_notice.attachment_opened")
        ).all()
    assert [e.actor for e in opened] == ["sup1"]


def test_a_file_that_is_not_a_document_is_refused_and_nothing_is_stored(client: Any, staff: Runtime) -> None:
    issue(client)
    path = notice_path(staff)
    logout(client)
    login(client, "clerk_scjg")
    token = re.search(
        r'name="csrf_token" type="hidden" value="([^"]+)"', client.get(path).get_data(as_text=True)
    )
    assert token is not None
    data = {
        "csrf_token": token.group(1),
        "text": "已整改",
        "files": (io.BytesIO(b"MZ\x90\x00"), "report.pdf"),
    }
    response = client.post(
        f"{path}/rectify", data=data, content_type="multipart/form-data", follow_redirects=True
    )
    assert "不是 JPEG、PNG 或 PDF" in response.get_data(as_text=True)
    with staff.sessions() as s:
        assert s.scalars(select(SupervisionNotice)).one().status == "issued"


def test_review_answer_decision_and_the_dashboard(client: Any, staff: Runtime) -> None:
    issue(client)
    path = notice_path(staff)
    logout(client)
    login(client, "clerk_scjg")
    token = csrf_token(client, path)
    assert (
        client.post(
            f"{path}/review", data={"csrf_token": token, "reason": "所列 2 件案卷已告知。"}
        ).status_code
        == 302
    )
    logout(client)
    login(client, "sup1")
    token = csrf_token(client, path)
    with clock.pin(at("2026-09-10")):
        client.post(
            f"{path}/review/answer",
            data={"csrf_token": token, "outcome": "changed", "text": "变更为补正 4 件。"},
        )
    page = client.get(path).get_data(as_text=True)
    assert "变更通知" in page and "变更为补正 4 件。" in page
    run_tick(staff, at("2026-10-09"))
    with clock.pin(at("2026-10-09")):
        dashboard = client.get("/office/supervision/").get_data(as_text=True)
        assert f'href="{path}"' in dashboard and "监督通知书逾期未整改" in dashboard
        token = csrf_token(client, path)
        data = {
            "csrf_token": token,
            "doc_no": "测司监决〔2026〕1号",
            "kind": "perform",
            "reasons": "逾期未整改。",
            "ordered": "限期补正。",
            "days": "5",
            "no_remedy": "y",
        }
        assert client.post(f"{path}/decision", data=data).status_code == 302
    page = client.get(path).get_data(as_text=True)
    assert "责令限期履行" in page and "2026年10月14日" in page  # Fri 9 Oct + 5 = Wed 14 Oct
    document = client.get(f"{path}/decision/document").get_data(as_text=True)
    assert "行政执法监督决定书" in document and "测司监决〔2026〕1号" in document


def test_the_public_statistics_show_the_figures_only(client: Any, staff: Runtime) -> None:
    issue(client)
    with staff.sessions() as s, s.begin():
        annual.build(s, 2026, at("2027-01-02"))
    page = client.get("/statistics/2026").get_data(as_text=True)
    assert "行政执法监督（全区）" in page and "违反法定程序" in page
    assert DOC_NO not in page and "6 件未告知" not in page
    csv = client.get("/statistics/2026.csv").get_data(as_text=True)
    assert "supervision_notices" in csv.splitlines()[0]


def _pdf_body() -> bytes:
    from pypdf import PdfWriter

    out = io.BytesIO()
    writer = PdfWriter()
    writer.add_blank_page(width=72, height=72)
    writer.write(out)
    return out.getvalue()[9:]
