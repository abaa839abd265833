"""Case records in the back office and through the intake API: the agency's staff enter stages and
audio-visual records of their own cases and never see another agency's (404, audited); the
supervisor sees a case as one timeline and its warnings on the dashboard; the agency's legal
office handles a warning; nothing of a case record reaches a public page or the public API."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from publisher import clock
from publisher.intake import ingest as intake
from publisher.models import AuditEvent, AvRecord, CaseStage, CaseWarning, RawDecision
from publisher.office import tokens
from publisher.runtime import Runtime
from tests import factories as f
from tests.helpers import csrf_token
from tests.portal.conftest import public_id
from tests.portal.test_office_complaints import login, logout
from tests.publisher.lifecycle_helpers import at, run_tick

DOC = "测市监罚决〔2026〕31号"
THEIRS = "测应急检〔2026〕1号"  # T-YJGL's inspection in the published fixture
NOTE = "当事人欧阳明月在场签字确认"  # a private person's name: never public
KEPT = "市场监管局执法记录仪存储柜第3格"


@pytest.fixture
def staff(published: Runtime, tmp_path: Path) -> Runtime:
    """Staff accounts, and a penalty of T-SCJG decided on Mon 1 Jun 2026."""
    f.add_staff(published)
    path = f.write_jsonl(tmp_path / "decisions.jsonl", [f.decision(id=DOC, decision_date="2026-06-01")])
    assert intake.ingest(published.sessions, path, now=at("2026-06-01", 18)).ok
    run_tick(published, at("2026-06-01", 19))
    return published


def raw_id(rt: Runtime, doc_no: str) -> int:
    with rt.sessions() as s:
        return s.scalars(select(RawDecision.id).where(RawDecision.doc_no == doc_no)).one()


def post(client: Any, path: str, page: str, **data: Any) -> Any:
    return client.post(path, data={"csrf_token": csrf_token(client, page), **data})


def add_stage(client: Any, case: int, **data: Any) -> Any:
    page = f"/office/cases/{case}"
    return post(client, f"{page}/stages", page, **data)


def test_the_agencys_clerk_enters_stages_and_sees_them_in_order_with_lateness(
    client: Any, staff: Runtime
) -> None:
    case = raw_id(staff, DOC)
    login(client, "clerk_scjg")
    with clock.pin(at("2026-06-02")):
        assert (
            add_stage(
                client, case, stage="decision", happened="2026-06-01", document="行政处罚决定书"
            ).status_code
            == 302
        )
        add_stage(
            client, case, stage="filing", happened="2026-05-20", note=NOTE
        )  # entered 9 working days late
        add_stage(client, case, stage="service", happened="2026-06-03")  # not yet happened
        page = client.get(f"/office/cases/{case}").get_data(as_text=True)
    assert "晚于录入日期 2026-06-02" in page  # the refusal, explained
    table = page.split('id="stages-table"')[1]
    assert table.index("立案/受理") < table.index("行政处罚决定书")  # in the order they happened
    assert "执法环节逾期录入" in page and "3 级" in page
    with staff.sessions() as s:
        stages = {st.stage: st for st in s.scalars(select(CaseStage))}
        assert stages["decision"].late_days == 0 and stages["filing"].late_days == 8
        assert stages["filing"].entered_by == "clerk_scjg"
        assert "service" not in stages
        added = s.scalars(
            select(AuditEvent).where(AuditEvent.action == "intake.added", AuditEvent.entity == "case_stages")
        )
        assert {e.actor for e in added} == {"clerk_scjg"}


def test_another_agencys_case_is_not_found_and_the_attempt_is_audited(client: Any, staff: Runtime) -> None:
    theirs = raw_id(staff, THEIRS)
    login(client, "clerk_scjg")
    assert client.get(f"/office/cases/{theirs}").status_code == 404
    page = f"/office/cases/{raw_id(staff, DOC)}"
    forged = client.post(
        f"/office/cases/{theirs}/stages",
        data={"csrf_token": csrf_token(client, page), "stage": "filing", "happened": "2026-04-01"},
    )
    assert forged.status_code == 404
    with staff.sessions() as s:
        denied = list(
            s.scalars(
                select(AuditEvent).where(AuditEvent.action == "access.denied", AuditEvent.entity == "case")
            )
        )
        assert [e.entity_id for e in denied] == [str(theirs), str(theirs)]
        assert s.scalars(select(CaseStage)).first() is None
    listing = client.get("/office/cases/").get_data(as_text=True)
    assert THEIRS not in listing


def test_the_supervisor_sees_the_timeline_and_the_agencys_legal_office_handles_the_warning(
    client: Any, staff: Runtime
) -> None:
    case = raw_id(staff, DOC)
    login(client, "clerk_scjg")
    with clock.pin(at("2026-06-05")):
        add_stage(client, case, stage="investigation", happened="2026-06-01")  # due Thu 4 Jun
        page = f"/office/cases/{case}"
        post(
            client,
            f"{page}/recordings",
            page,
            what="现场检查视频",
            recorded_on="2026-06-01",
            recorded_by="张执法",
            kept_at=KEPT,
        )
        logout(client)
        login(client, "sup1")
        timeline = client.get(page).get_data(as_text=True)
        assert "调查取证" in timeline and KEPT in timeline and "录入环节" not in timeline  # no forms
        dashboard = client.get("/office/supervision/").get_data(as_text=True)
        assert f'href="/office/cases/{case}"' in dashboard and "执法环节逾期录入" in dashboard
        logout(client)
        login(client, "clerk_scjg")
        with staff.sessions() as s:
            warning = s.scalars(select(CaseWarning)).one()
        assert post(client, f"{page}/warnings/{warning.id}", page, note="补录").status_code == 403
        logout(client)
        login(client, "reviewer_scjg")
        done = post(client, f"{page}/warnings/{warning.id}", page, note="经办人出差，已补录并提醒。")
        assert done.status_code == 302
    with staff.sessions() as s:
        handled = s.get(CaseWarning, warning.id)
        assert handled is not None and handled.resolved_by == "reviewer_scjg"
        assert s.scalars(select(AvRecord)).one().entered_by == "clerk_scjg"


def api(client: Any, rt: Runtime, agency: str, kind: str, rows: list[dict[str, Any]]) -> Any:
    with rt.sessions() as s, s.begin():
        secret = tokens.create(s, agency, "办案系统", "admin", at("2026-06-01"))[1]
    headers = {"Authorization": f"Bearer {secret}", "Content-Type": "application/json"}
    return client.post(f"/api/v1/intake/{kind}", data=json.dumps(rows, ensure_ascii=False), headers=headers)


def test_the_intake_api_takes_stages_and_av_records_and_refuses_another_agencys(
    client: Any, staff: Runtime
) -> None:
    stage = {"decision": DOC, "agency": "T-SCJG", "stage": "立案", "happened": "2026-06-01", "note": NOTE}
    record = {
        "decision": DOC,
        "agency": "T-SCJG",
        "what": "立案前现场检查录像",
        "recorded_on": "2026-06-01",
        "recorded_by": "张执法",
        "kept_at": KEPT,
    }
    with clock.pin(at("2026-06-02")):
        assert api(client, staff, "T-SCJG", "case_stages", [stage]).status_code == 201
        assert api(client, staff, "T-SCJG", "av_records", [record]).get_json()["added"] == 1
        foreign = api(client, staff, "T-YJGL", "case_stages", [{**stage, "stage": "decision"}])
    body = foreign.get_json()
    assert foreign.status_code == 403 and body["problems"][0]["code"] == "agency_not_allowed"
    with staff.sessions() as s:
        assert [st.stage for st in s.scalars(select(CaseStage))] == ["filing"]
        assert s.scalars(select(AuditEvent).where(AuditEvent.action == "api.refused")).first() is not None


def test_the_office_upload_takes_a_stages_file(client: Any, staff: Runtime) -> None:
    rows = f"决定书文号,执法机关代码,执法环节,发生日期\n{DOC},T-SCJG,决定,2026-06-01\n"
    login(client, "clerk_scjg")
    with clock.pin(at("2026-06-02")):
        token = csrf_token(client, "/office/records/upload")
        data = {"csrf_token": token, "file": (io.BytesIO(rows.encode()), "case_stages.csv")}
        response = client.post("/office/records/upload", data=data, content_type="multipart/form-data")
    assert response.status_code == 302
    with staff.sessions() as s:
        assert [st.stage for st in s.scalars(select(CaseStage))] == ["decision"]


def test_nothing_of_a_case_record_is_public(client: Any, staff: Runtime) -> None:
    case = raw_id(staff, DOC)
    login(client, "clerk_scjg")
    with clock.pin(at("2026-06-02")):
        add_stage(client, case, stage="decision", happened="2026-06-01", note=NOTE)
        page = f"/office/cases/{case}"
        post(
            client,
            f"{page}/recordings",
            page,
            what="送达录像",
            recorded_on="2026-06-01",
            recorded_by="张执法",
            kept_at=KEPT,
        )
        assert NOTE in client.get(page).get_data(as_text=True)
    logout(client)
    assert client.get(page).status_code == 302  # the public is sent to sign in
    shown = client.get(f"/decisions/{public_id(staff, DOC)}").get_data(as_text=True)
    listed = client.get("/api/v1/decisions?q=" + DOC).get_data(as_text=True)
    for text in (shown, listed):
        assert NOTE not in text and KEPT not in text and "欧阳" not in text
