"""An outsider's attack on issue 17's back office and public pages: hostile numbers, dates and
requests that must be refused with a message (never a server error), on SQLite and PostgreSQL."""

from __future__ import annotations

import io
from typing import Any

from sqlalchemy import select

from publisher.models import CaseReview, CaseReviewCase, ExamRecord, Officer, TrainingRecord
from publisher.runtime import Runtime
from tests.helpers import csrf_token
from tests.portal.test_duties import pinned, staff
from tests.portal.test_office_complaints import login
from tests.publisher.lifecycle_helpers import at, run_tick

__all__ = ["pinned", "staff"]  # the duties tests' fixtures: 12 May 2026, the published district with staff


def officer_id(rt: Runtime, credential_no: str = "JN2024000001") -> int:
    with rt.sessions() as s:
        return s.scalars(select(Officer.id).where(Officer.credential_no == credential_no)).one()


def stored(rt: Runtime) -> tuple[int, int]:
    with rt.sessions() as s:
        return len(s.scalars(select(TrainingRecord)).all()), len(s.scalars(select(ExamRecord)).all())


def test_not_a_number_typed_in_is_refused_with_a_message(client: Any, staff: Runtime) -> None:
    login(client, "clerk_scjg")
    token = csrf_token(client, "/office/duties/")
    officer = officer_id(staff)
    for hours in ("sNaN", "NaN", "-sNaN", "Infinity"):
        sent = {"csrf_token": token, "officer": officer, "attended_on": "2026-03-02", "hours": hours}
        answer = client.post("/office/duties/training", data={**sent, "course": "行政处罚法"})
        assert answer.status_code == 302, hours
        assert "提交的内容不正确" in client.get("/office/duties/").get_data(as_text=True)
    for score in ("sNaN", "NaN"):
        sent = {"csrf_token": token, "officer": officer, "exam_date": "2026-03-02", "result": "pass"}
        assert client.post("/office/duties/exams", data={**sent, "score": score}).status_code == 302
    assert stored(staff) == (0, 0)


def test_not_a_number_as_a_case_file_score_is_refused(client: Any, staff: Runtime) -> None:
    login(client, "sup1")
    token = csrf_token(client, "/office/case-review/")
    assert (
        client.post("/office/case-review/start", data={"csrf_token": token, "year": "2025"}).status_code
        == 302
    )
    with staff.sessions() as s:
        review = s.scalars(select(CaseReview)).one()
        case, codes = review.cases[0].id, [item["code"] for item in review.sheet]
    marks = {f"c{case}-item_{code}": "sNaN" for code in codes}
    answer = client.post(f"/office/case-review/2025/cases/{case}", data={"csrf_token": token, **marks})
    assert answer.status_code == 302
    assert "提交的内容不正确" in client.get("/office/case-review/2025").get_data(as_text=True)
    with staff.sessions() as s:
        assert s.get(CaseReviewCase, case).total is None  # type: ignore[union-attr]
    marks = {f"c{case}-item_{code}": "7.5" for code in codes}
    answer = client.post(f"/office/case-review/2025/cases/{case}", data={"csrf_token": token, **marks})
    page = client.get("/office/case-review/2025")  # the scored case's form shows its scores
    assert page.status_code == 200 and 'value="7.5"' in page.get_data(as_text=True)


def upload(client: Any, kind: str, text: str) -> Any:
    token = csrf_token(client, "/office/duties/")
    sent = {"csrf_token": token, "kind": kind, "file": (io.BytesIO(text.encode()), f"{kind}.csv")}
    return client.post("/office/duties/import", data=sent, content_type="multipart/form-data")


def test_not_a_number_in_an_imported_file_is_a_problem_of_its_row(client: Any, staff: Runtime) -> None:
    login(client, "clerk_scjg")
    for hours in ("NaN", "sNaN", "-NaN"):
        answer = upload(
            client, "training", f"执法证号,培训日期,学时,培训内容\r\nJN2024000001,2026-04-01,{hours},x\r\n"
        )
        assert answer.status_code == 422 and hours in answer.get_data(as_text=True)
    for score in ("NaN", "sNaN"):
        answer = upload(
            client, "exam", f"执法证号,考试日期,考试结果,成绩\r\nJN2024000001,2026-04-01,合格,{score}\r\n"
        )
        assert answer.status_code == 422 and score in answer.get_data(as_text=True)
    assert stored(staff) == (0, 0)


def test_training_and_exams_before_1900_are_refused(client: Any, staff: Runtime) -> None:
    login(client, "clerk_scjg")
    token = csrf_token(client, "/office/duties/")
    officer = officer_id(staff)
    sent = {"csrf_token": token, "officer": officer, "attended_on": "0001-01-01", "hours": "8", "course": "x"}
    assert client.post("/office/duties/training", data=sent).status_code == 302
    sent = {"csrf_token": token, "officer": officer, "exam_date": "1850-03-02", "result": "pass"}
    assert client.post("/office/duties/exams", data=sent).status_code == 302
    answer = upload(client, "training", "执法证号,培训日期,学时,培训内容\r\nJN2024000001,1899-12-31,8,x\r\n")
    assert answer.status_code in (302, 422)
    assert stored(staff) == (0, 0)


def test_the_training_figures_of_an_agency_with_one_or_two_officers_are_not_their_hours(
    client: Any, staff: Runtime
) -> None:
    login(client, "clerk_scjg")  # T-SCJG has one officer with a valid card: his figures are his own
    token = csrf_token(client, "/office/duties/")
    sent = {"csrf_token": token, "officer": officer_id(staff), "attended_on": "2026-03-02", "hours": "37.5"}
    assert client.post("/office/duties/training", data={**sent, "course": "行政处罚法"}).status_code == 302
    run_tick(staff, at("2026-05-12"))
    page = client.get("/statistics/training/2026").get_data(as_text=True)
    assert "37.5" not in page and "少于 3 人" in page
    rows = client.get("/statistics/training/2026.json").get_json()["agencies"]
    scjg = next(r for r in rows if r["agency"] == "T-SCJG")
    assert (scjg["officers"], scjg["meeting_hours"], scjg["average_hours"]) == (1, None, None)
    assert "37.5" not in client.get("/statistics/training/2026.csv").get_data(as_text=True)
