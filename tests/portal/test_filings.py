"""Major decisions in the portal: the review gate on every intake channel (the typed-in form, an
uploaded file, the API), the filing pages of an agency and of the legal office, the warnings
desk each agency's staff see for their own agency only, and 履职比例 0 for an agency with no
listed powers."""

from __future__ import annotations

import io
from typing import Any

import pytest
from sqlalchemy import select

from publisher import clock
from publisher.intake import ingest as intake
from publisher.lifecycle.tick import tick
from publisher.models import AuditEvent, MajorDecision, RawDecision
from publisher.runtime import Runtime
from tests import factories as f
from tests.helpers import csrf_token
from tests.portal.test_office_complaints import login, logout
from tests.portal.test_office_records import jsonl
from tests.portal.test_ownership import api_token
from tests.publisher.lifecycle_helpers import at

OURS = "测市监罚决〔2026〕501号"
THEIRS = "测应急罚决〔2026〕501号"
REVIEW = {"review_reviewer": "法制审核科", "review_date": "2026-05-29", "review_opinion": "同意"}
LATE_REVIEW = {**REVIEW, "review_date": "2026-06-03"}
REFUSED_ZH = "法制审核日期 2026-06-03 晚于决定日期 2026-06-01"


def major(doc_no: str = OURS, agency: str = "T-SCJG", **extra: Any) -> dict[str, Any]:
    return f.decision(id=doc_no, agency=agency, decision_date="2026-06-01", fine_amount="200000", **extra)


def stored(rt: Runtime, doc_no: str = OURS) -> tuple[bool, MajorDecision | None]:
    with rt.sessions() as s:
        raw = s.scalars(select(RawDecision).where(RawDecision.doc_no == doc_no)).first()
        if raw is None:
            return False, None
        item = s.scalars(select(MajorDecision).where(MajorDecision.raw_id == raw.id)).first()
        s.expunge_all()
        return True, item


def typed_in(client: Any, **fields: str) -> Any:
    token = csrf_token(client, "/office/records/upload")
    data = {
        "csrf_token": token,
        "doc_no": OURS,
        "category": "penalty",
        "decision_date": "2026-06-01",
        "target_type": "legal_person",
        "target_name": "测试食品有限公司",
        "credit_code": f.COMPANY_CODE,
        "legal_basis": "《中华人民共和国食品安全法》第一百二十四条",
        "result": "罚款人民币二十万元",
        "fine_amount": "200000",
        "text": "经查，当事人销售过期食品。本局决定罚款人民币二十万元。",
        **fields,
    }
    return client.post("/office/records/upload", data=data)


def test_the_typed_in_form_refuses_a_late_review_and_flags_a_reviewed_major_decision(
    client: Any, published: Runtime
) -> None:
    f.add_staff(published)
    login(client, "clerk_scjg", f.STAFF_PASSWORD)
    with clock.pin(at("2026-06-04")):
        page = client.get("/office/records/upload").get_data(as_text=True)
        assert 'name="review_date"' in page and 'name="review_opinion"' in page
        refused = typed_in(client, **LATE_REVIEW)
        assert refused.status_code == 422 and REFUSED_ZH in refused.get_data(as_text=True)
        assert stored(published) == (False, None)
        assert typed_in(client, **REVIEW).status_code == 302
    present, item = stored(published)
    assert present and item is not None and item.reasons == ["large_fine"]
    assert item.filing_due.isoformat() == "2026-06-11"  # 10 days after 1 June, a Thursday


def test_a_typed_in_hearing_makes_a_decision_major(client: Any, published: Runtime) -> None:
    f.add_staff(published)
    login(client, "clerk_scjg", f.STAFF_PASSWORD)
    with clock.pin(at("2026-06-04")):
        assert typed_in(client, fine_amount="5000", hearing_held="y", **REVIEW).status_code == 302
    assert stored(published)[1].reasons == ["hearing_held"]  # type: ignore[union-attr]


@pytest.mark.parametrize("name", ["decisions.csv", "decisions.xlsx", "decisions.jsonl"])
def test_an_uploaded_file_with_a_late_review_is_refused(
    client: Any, published: Runtime, tmp_path: Any, name: str
) -> None:
    f.add_staff(published)
    login(client, "clerk_scjg", f.STAFF_PASSWORD)
    writer = {"csv": f.write_csv, "xlsx": f.write_xlsx, "jsonl": f.write_jsonl}[name.rsplit(".", 1)[1]]
    data = writer(tmp_path / name, [major(**LATE_REVIEW)]).read_bytes()
    with clock.pin(at("2026-06-04")):
        token = csrf_token(client, "/office/records/upload")
        response = client.post(
            "/office/records/upload",
            data={"csrf_token": token, "file": (io.BytesIO(data), name)},
            content_type="multipart/form-data",
        )
    assert response.status_code == 422 and REFUSED_ZH in response.get_data(as_text=True)
    assert stored(published) == (False, None)


def test_the_api_refuses_a_late_review_in_both_languages_and_flags_a_good_record(
    client: Any, published: Runtime
) -> None:
    headers = {
        "Authorization": f"Bearer {api_token(published, 'T-SCJG')}",
        "Content-Type": "application/x-ndjson",
    }
    with clock.pin(at("2026-06-04")):
        refused = client.post("/api/v1/intake/decisions", data=jsonl(major(**LATE_REVIEW)), headers=headers)
        [problem] = refused.get_json()["problems"]
        assert refused.status_code == 422 and problem["code"] == "review_after_decision"
        assert (
            REFUSED_ZH in problem["message_zh"]
            and "after the decision date 2026-06-01" in problem["message_en"]
        )
        accepted = client.post("/api/v1/intake/decisions", data=jsonl(major(**REVIEW)), headers=headers)
    assert accepted.status_code == 201
    assert stored(published)[1] is not None


def send(rt: Runtime, tmp_path: Any, *records: dict[str, Any]) -> None:
    path = f.write_jsonl(tmp_path / "majors.jsonl", list(records))
    report = intake.ingest(
        rt.sessions, path, now=at("2026-06-02"), rules=intake.Rules(rt.config, rt.calendar)
    )
    assert report.ok, report.problems


def run_tick(rt: Runtime, day: str) -> None:
    with rt.sessions() as s, s.begin():
        tick(s, at(day), rt.calendar, rt.config)


def major_id(rt: Runtime, doc_no: str) -> int:
    item = stored(rt, doc_no)[1]
    assert item is not None
    return item.id


def post(client: Any, url: str, page: str, **data: str) -> Any:
    return client.post(url, data={"csrf_token": csrf_token(client, page), **data})


def test_an_agency_files_and_the_legal_office_acknowledges(
    client: Any, published: Runtime, tmp_path: Any
) -> None:
    f.add_staff(published)
    send(published, tmp_path, major(**REVIEW), major(THEIRS, "T-YJGL", **REVIEW))
    ours, theirs = major_id(published, OURS), major_id(published, THEIRS)
    run_tick(published, "2026-06-15")  # due 11 June: a level-1 warning
    with clock.pin(at("2026-06-15")):
        login(client, "clerk_scjg", f.STAFF_PASSWORD)
        listing = client.get("/office/filings/").get_data(as_text=True)
        assert OURS in listing and THEIRS not in listing and "逾期未备案" in listing
        assert client.get(f"/office/filings/{theirs}").status_code == 404
        url, page = f"/office/filings/{ours}/file", f"/office/filings/{ours}"
        assert post(client, f"/office/filings/{theirs}/file", page, evidence="询问笔录").status_code == 404
        assert post(client, f"/office/filings/{ours}/acknowledge", page).status_code == 403
        done = post(client, url, page, evidence="现场检查笔录\n询问笔录\n检验报告", note="")
        assert done.status_code == 302
        filed = client.get(page).get_data(as_text=True)
        assert "检验报告" in filed and "逾期 4 日备案" in filed
        logout(client)
        login(client, "sup1", f.STAFF_PASSWORD)
        listing = client.get("/office/filings/").get_data(as_text=True)
        assert OURS in listing and THEIRS in listing
        assert post(client, f"/office/filings/{ours}/acknowledge", page, remark="材料齐全").status_code == 302
        assert "材料齐全" in client.get(page).get_data(as_text=True)
        dashboard = client.get("/office/supervision/").get_data(as_text=True)
        assert THEIRS in dashboard.split('id="filings-table"')[1].split("</table>")[0]
    with published.sessions() as s:
        actions = [
            (e.action, e.actor)
            for e in s.scalars(
                select(AuditEvent).where(AuditEvent.entity_id == OURS).order_by(AuditEvent.seq)
            )
            if e.action.startswith("filing.")
        ]
    assert actions == [
        ("filing.flagged", "cli"),
        ("filing.warning_raised", "system"),
        ("filing.filed", "clerk_scjg"),
        ("filing.acknowledged", "sup1"),
    ]


def test_each_agency_sees_its_own_warnings_of_every_kind_and_the_office_sees_all(
    client: Any, published: Runtime, tmp_path: Any
) -> None:
    f.add_staff(published)
    unreviewed = major("测市监罚决〔2026〕502号")  # held for its missing review
    send(published, tmp_path, major(**REVIEW), unreviewed, major(THEIRS, "T-YJGL", **REVIEW))
    run_tick(published, "2026-06-22")
    with clock.pin(at("2026-06-22")):
        for username in ("reviewer_scjg", "clerk_scjg"):
            login(client, username, f.STAFF_PASSWORD)
            desk = client.get("/office/warnings/").get_data(as_text=True)
            table = desk.split('id="warnings-table"')[1].split("</table>")[0]
            assert OURS in table and "重大执法决定逾期未备案" in table
            assert "测市监罚决〔2026〕502号" in table and "缺少法制审核" in table
            assert THEIRS not in desk
            assert THEIRS not in client.get("/office/warnings/warnings.csv").get_data(as_text=True)
            logout(client)
        login(client, "clerk_yjgl", f.STAFF_PASSWORD)
        desk = client.get("/office/warnings/").get_data(as_text=True)
        assert THEIRS in desk and OURS not in desk
        logout(client)
        login(client, "sup1", f.STAFF_PASSWORD)
        desk = client.get("/office/warnings/").get_data(as_text=True)
        assert OURS in desk and THEIRS in desk
        dashboard = client.get("/office/supervision/").get_data(as_text=True)
        assert THEIRS in dashboard.split('id="warnings-table"')[1].split("</table>")[0]


def test_an_agency_without_listed_powers_shows_0_and_inaction(client: Any, published: Runtime) -> None:
    """T-YJGL lists no powers: its ratio is 0 and it is flagged, never a dash."""
    f.add_staff(published)
    with clock.pin(at("2026-06-22")):
        agency = client.get("/agencies/T-YJGL").get_data(as_text=True)
        section = agency.split('id="performance-table"')[1].split("</table>")[0]
        assert "0%" in section and "不作为" in section and "—" not in section
        assert client.get("/agencies/T-YJGL.json").get_json()["performance"][0]["ratio"] == 0
        login(client, "sup1", f.STAFF_PASSWORD)
        dashboard = client.get("/office/supervision/").get_data(as_text=True)
        row = (
            dashboard.split('id="performance-table"')[1]
            .split("</table>")[0]
            .split("T-YJGL")[1]
            .split("</tr>")[0]
        )
        assert "0%" in row and "不作为" in row and "—" not in row


def test_the_annual_statistics_show_0_and_inaction_for_an_agency_without_powers(
    client: Any, published: Runtime
) -> None:
    page = client.get("/statistics/2025").get_data(as_text=True)
    row = page.split("测试区应急管理局</a></th>")[1].split("</tr>")[0]
    assert "0%" in row and "不作为" in row and "—" not in row
    agencies = {a["agency"]: a for a in client.get("/statistics/2025.json").get_json()["agencies"]}
    assert agencies["T-YJGL"]["performance_ratio"] == 0
