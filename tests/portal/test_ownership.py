"""An agency's records belong to it through every channel: the intake API, the web upload, the
typed-in form and `publisher ingest` refuse another agency's decision or credential, audit the
refusal, and leave the record as it was; a move is an explicit administrator's act."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from portal import create_app
from publisher.intake import ingest as intake
from publisher.models import Agency, AuditEvent, Officer, PublicDecision, RawDecision
from publisher.office import tokens
from publisher.runtime import Runtime
from tests import factories as f
from tests.helpers import csrf_token
from tests.portal.conftest import OFFICERS
from tests.portal.test_office_complaints import login
from tests.portal.test_office_records import jsonl
from tests.publisher.lifecycle_helpers import at

THEIRS = "测市监罚决〔2025〕3号"  # T-SCJG's published decision
CREDENTIAL = "JN2024000001"  # T-SCJG's valid officer
HIJACK_TEXT = "当事人无违法行为。"


@pytest.fixture
def office(config: dict[str, Any], published: Runtime) -> Iterator[Any]:
    """The portal with staff accounts for both test agencies."""
    f.add_staff(published)
    application = create_app({**config, "TESTING": True, "RATELIMIT_ENABLED": False})
    yield application.test_client()
    application.extensions["gongshi"].close()


def state(rt: Runtime) -> tuple[Any, ...]:
    """What a hijack would change: owners, digests, the public text and the credential's status."""
    with rt.sessions() as s:
        raw = s.scalars(select(RawDecision).where(RawDecision.doc_no == THEIRS)).one()
        officer = s.scalars(select(Officer).where(Officer.credential_no == CREDENTIAL)).one()
        text = s.scalars(select(PublicDecision.text).where(PublicDecision.doc_no == THEIRS)).one()
        return raw.agency.code, raw.digest, raw.state_reason, text, officer.agency.code, officer.status


def refusals(rt: Runtime, action: str) -> list[AuditEvent]:
    with rt.sessions() as s:
        return list(s.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def hijacked_decision() -> dict[str, Any]:
    return f.decision(id=THEIRS, agency="T-YJGL", text=HIJACK_TEXT, decision_date="2025-06-04")


def hijacked_officer() -> dict[str, Any]:
    return f.officer(credential_no=CREDENTIAL, agency="T-YJGL", status="revoked", status_date="2026-06-01")


def api_token(rt: Runtime, agency: str) -> str:
    with rt.sessions() as s, s.begin():
        return tokens.create(s, agency, "办案系统", "admin", at("2026-06-01"))[1]


@pytest.mark.parametrize(
    ("kind", "record"),
    [("decisions", hijacked_decision), ("officers", hijacked_officer)],
    ids=["decision", "officer"],
)
def test_the_api_refuses_another_agencys_record(
    office: Any, published: Runtime, kind: str, record: Callable[[], dict[str, Any]]
) -> None:
    before = state(published)
    headers = {
        "Authorization": f"Bearer {api_token(published, 'T-YJGL')}",
        "Content-Type": "application/x-ndjson",
    }
    response = office.post(f"/api/v1/intake/{kind}", data=jsonl(record()), headers=headers)
    assert response.status_code == 403
    body = response.get_json()
    assert body["stored"] is False and body["problems"][0]["code"] == "owned_by_other_agency"
    assert "另一执法机关" in body["problems"][0]["message_zh"] and body["error"]["status"] == 403
    assert state(published) == before
    (event,) = refusals(published, "api.refused")
    assert event.actor.startswith("token:") and event.agency_code == "T-YJGL"
    # partial=1 stores the good rows but never the foreign one
    mixed = (
        jsonl(record(), f.decision(id="测应急罚〔2026〕5号", agency="T-YJGL"))
        if kind == "decisions"
        else None
    )
    if mixed:
        partial = office.post(f"/api/v1/intake/{kind}?partial=1", data=mixed, headers=headers)
        assert partial.status_code == 201 and partial.get_json()["added"] == 1
        assert state(published)[:3] == before[:3]


def test_the_officer_page_keeps_the_owners_status(office: Any, published: Runtime) -> None:
    headers = {
        "Authorization": f"Bearer {api_token(published, 'T-YJGL')}",
        "Content-Type": "application/x-ndjson",
    }
    office.post("/api/v1/intake/officers", data=jsonl(hijacked_officer()), headers=headers)
    page = office.get(f"/officers/{CREDENTIAL}").get_data(as_text=True)
    assert "有效" in page and "测试区市场监督管理局" in page and "吊销" not in page


def test_the_web_upload_refuses_another_agencys_record(office: Any, published: Runtime) -> None:
    before = state(published)
    login(office, "clerk_yjgl", f.STAFF_PASSWORD)
    token = csrf_token(office, "/office/records/upload")
    response = office.post(
        "/office/records/upload",
        data={"csrf_token": token, "file": (io.BytesIO(jsonl(hijacked_decision())), "decisions.jsonl")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 422 and "另一执法机关" in response.get_data(as_text=True)
    assert state(published) == before
    assert [e.actor for e in refusals(published, "access.denied")] == ["clerk_yjgl"]


def test_the_typed_in_form_refuses_another_agencys_document_number(office: Any, published: Runtime) -> None:
    before = state(published)
    login(office, "clerk_yjgl", f.STAFF_PASSWORD)
    token = csrf_token(office, "/office/records/upload")
    response = office.post(
        "/office/records/upload",
        data={
            "csrf_token": token,
            "doc_no": THEIRS,
            "category": "penalty",
            "decision_date": "2025-06-04",
            "target_type": "legal_person",
            "target_name": "测试食品有限公司",
            "credit_code": f.COMPANY_CODE,
            "legal_basis": "《食品安全法》第一百二十四条",
            "result": "不予处罚",
            "text": HIJACK_TEXT,
        },
    )
    assert response.status_code == 422 and "另一执法机关" in response.get_data(as_text=True)
    assert state(published) == before
    assert [e.actor for e in refusals(published, "access.denied")] == ["clerk_yjgl"]


def test_the_owner_still_corrects_its_own_record(office: Any, published: Runtime) -> None:
    login(office, "clerk_scjg", f.STAFF_PASSWORD)
    token = csrf_token(office, "/office/records/upload")
    mine = f.decision(
        id=THEIRS, text="当事人销售过期食品第3批。本局决定罚款人民币四万元。", decision_date="2025-06-04"
    )
    response = office.post(
        "/office/records/upload",
        data={"csrf_token": token, "file": (io.BytesIO(jsonl(mine)), "decisions.jsonl")},
        content_type="multipart/form-data",
    )
    assert response.status_code == 302
    assert state(published)[2] == "correction_pending"  # a published record waits for a reviewer
    assert refusals(published, "access.denied") == []


def test_publisher_ingest_refuses_a_move_by_re_send(
    published: Runtime, cli: Callable[..., Any], tmp_path: Path
) -> None:
    before = state(published)
    path = f.write_jsonl(tmp_path / "decisions.jsonl", [hijacked_decision()])
    result = cli("ingest", str(path))
    assert result.exit_code == 1 and "belongs to another agency" in result.output
    officers = f.write_jsonl(tmp_path / "officers.jsonl", [hijacked_officer()])
    assert cli("ingest", str(officers), "--partial").exit_code == 1
    assert state(published) == before
    assert len(refusals(published, "intake.refused")) == 2


def test_a_move_is_an_explicit_audited_act(
    published: Runtime, cli: Callable[..., Any], tmp_path: Path
) -> None:
    assert cli("move", "decisions", THEIRS, "--to", "T-YJGL").exit_code == 2  # a reason is required
    result = cli("move", "decisions", THEIRS, "--to", "T-YJGL", "--reason", "报送机关填错")
    assert result.exit_code == 0, result.output
    authority = f.officer()["issuing_authority"]
    moved = cli("move", "officers", f"{authority}/{CREDENTIAL}", "--to", "T-YJGL", "--reason", "调动")
    assert moved.exit_code == 0, moved.output
    with published.sessions() as s:
        yjgl = s.scalars(select(Agency.id).where(Agency.code == "T-YJGL")).one()
        public = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == THEIRS)).one()
        assert public.agency_id == yjgl and public.raw.agency_id == yjgl
    (event,) = refusals(published, "decision.moved")
    assert event.detail["from"] == "T-SCJG" and event.detail["reason"] == "报送机关填错"
    assert len(refusals(published, "officer.moved")) == 1
    assert cli("audit", "verify").exit_code == 0  # the move carries the public row's new digest
    # now the new owner may correct it, and the old one may not
    path = f.write_jsonl(tmp_path / "d.jsonl", [hijacked_decision()])
    assert cli("ingest", str(path)).exit_code == 0


def test_a_variation_of_another_agencys_decision_is_refused(office: Any, published: Runtime) -> None:
    before = state(published)
    headers = {
        "Authorization": f"Bearer {api_token(published, 'T-YJGL')}",
        "Content-Type": "application/x-ndjson",
    }
    variation = f.decision(
        id="测应急罚变〔2026〕1号", agency="T-YJGL", varies=THEIRS, decision_date="2026-05-01"
    )
    response = office.post("/api/v1/intake/decisions", data=jsonl(variation), headers=headers)
    assert response.status_code == 403
    (problem,) = response.get_json()["problems"]
    assert problem["field"] == "varies" and problem["code"] == "owned_by_other_agency"
    assert state(published) == before
    with published.sessions() as s:
        assert (
            s.scalars(select(PublicDecision.status).where(PublicDecision.doc_no == THEIRS)).one()
            == "published"
        )


def test_a_record_stored_by_its_owner_while_another_agency_was_validating_is_refused(
    published: Runtime, tmp_path: Path
) -> None:
    """The race: B's file passes validation, A stores the number, then B's file is stored."""
    number = "测市监罚决〔2026〕500号"
    theirs = f.write_jsonl(tmp_path / "a.jsonl", [f.decision(id=number, decision_date="2026-05-01")])
    mine = f.write_jsonl(
        tmp_path / "b.jsonl",
        [f.decision(id=number, agency="T-YJGL", text=HIJACK_TEXT, decision_date="2026-05-01")],
    )

    def owner_stores_meanwhile(position: int) -> None:
        if not (tmp_path / "done").exists():
            (tmp_path / "done").touch()
            assert intake.ingest(
                published.sessions, theirs, now=at("2026-05-08"), agency_scope="T-SCJG"
            ).stored

    report = intake.ingest(
        published.sessions, mine, now=at("2026-05-08"), agency_scope="T-YJGL", progress=owner_stores_meanwhile
    )
    assert not report.stored and [p.code for p in report.problems] == ["owned_by_other_agency"]
    with published.sessions() as s:
        raw = s.scalars(select(RawDecision).where(RawDecision.doc_no == number)).one()
        assert raw.agency.code == "T-SCJG" and HIJACK_TEXT not in raw.record["text"]
    assert len(refusals(published, "intake.refused")) == 1


def test_a_credential_number_of_another_agency_is_refused_under_any_issuing_authority(
    office: Any, published: Runtime
) -> None:
    headers = {
        "Authorization": f"Bearer {api_token(published, 'T-YJGL')}",
        "Content-Type": "application/x-ndjson",
    }
    forged = f.officer(
        credential_no=CREDENTIAL, issuing_authority="另一个发证机关", agency="T-YJGL", status="revoked"
    )
    response = office.post("/api/v1/intake/officers", data=jsonl(forged), headers=headers)
    assert response.status_code == 403
    assert response.get_json()["problems"][0]["code"] == "owned_by_other_agency"
    page = office.get(f"/officers/{CREDENTIAL}.json").get_json()
    assert "credentials" not in page and page["status"] == "valid"  # still the one card, A's


@pytest.mark.parametrize("doc_no", ["测市监罚决〔2026〕9号"], ids=["withdrawn"])
def test_an_ended_decision_does_not_come_back_by_re_sending_it(
    office: Any, published: Runtime, cli: Callable[..., Any], tmp_path: Path, doc_no: str
) -> None:
    with published.sessions() as s:
        public_id = s.scalars(select(PublicDecision.public_id).where(PublicDecision.doc_no == doc_no)).one()
    assert office.get(f"/decisions/{public_id}").status_code == 410
    resent = f.decision(id=doc_no, decision_date="2026-05-07", text="当事人虚假宣传。罚款人民币三万元。")
    headers = {
        "Authorization": f"Bearer {api_token(published, 'T-SCJG')}",
        "Content-Type": "application/x-ndjson",
    }
    response = office.post("/api/v1/intake/decisions", data=jsonl(resent), headers=headers)
    assert response.status_code == 422 and response.get_json()["problems"][0]["code"] == "decision_ended"
    result = cli("ingest", str(f.write_jsonl(tmp_path / "d.jsonl", [resent])))
    assert result.exit_code == 1 and "left publication" in result.output
    assert cli("tick").exit_code == 0
    assert office.get(f"/decisions/{public_id}").status_code == 410


def test_values_too_long_for_their_column_are_refused_not_stored(office: Any, published: Runtime) -> None:
    headers = {
        "Authorization": f"Bearer {api_token(published, 'T-SCJG')}",
        "Content-Type": "application/x-ndjson",
    }
    rows = [
        f.decision(id="测市监罚决〔2026〕601号", legal_representative="王" * 61),
        f.decision(id="测市监罚决〔2026〕602号", fine_amount="1" * 15),
        f.decision(id="测" * 121),
    ]
    response = office.post("/api/v1/intake/decisions", data=jsonl(*rows), headers=headers)
    assert response.status_code == 422
    assert sorted(p["code"] for p in response.get_json()["problems"]) == ["too_large", "too_long", "too_long"]
    with published.sessions() as s:
        assert s.scalars(select(RawDecision).where(RawDecision.doc_no.like("%60_号"))).all() == []


def test_a_decision_that_varies_itself_is_refused_and_the_tick_goes_on(
    office: Any, published: Runtime, cli: Callable[..., Any]
) -> None:
    headers = {
        "Authorization": f"Bearer {api_token(published, 'T-SCJG')}",
        "Content-Type": "application/x-ndjson",
    }
    loop = f.decision(
        id="测市监罚决〔2026〕700号", varies="测市监罚决〔2026〕700号", decision_date="2026-05-01"
    )
    response = office.post("/api/v1/intake/decisions", data=jsonl(loop), headers=headers)
    assert response.status_code == 422 and response.get_json()["problems"][0]["code"] == "varies_itself"
    assert cli("tick").exit_code == 0


def test_two_agencies_sending_one_credential_number_at_once_cannot_both_hold_it(
    published: Runtime, tmp_path: Path
) -> None:
    """The race inside storing: both files pass validation together, then both are stored."""
    import threading

    numbers = [f"JN2026{n:06d}" for n in range(40)]
    barrier = threading.Barrier(2, timeout=30)
    reports: dict[str, intake.IngestReport] = {}

    def send(agency: str, authority: str) -> None:
        rows = [f.officer(credential_no=n, agency=agency, issuing_authority=authority) for n in numbers]
        path = f.write_jsonl(tmp_path / f"{agency}.jsonl", rows)
        size = path.stat().st_size

        def together(position: int) -> None:
            if position == size:  # validated: store at the same moment as the other agency
                barrier.wait()

        reports[agency] = intake.ingest(
            published.sessions, path, now=at("2026-05-08"), agency_scope=agency, progress=together
        )

    threads = [
        threading.Thread(target=send, args=("T-SCJG", "江南省人民政府")),
        threading.Thread(target=send, args=("T-YJGL", "测试区人民政府")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.stored for r in reports.values()) == [False, True]
    (loser,) = [r for r in reports.values() if not r.stored]
    assert {p.code for p in loser.problems} <= {"owned_by_other_agency", "conflict"}
    with published.sessions() as s:
        held = s.execute(
            select(Officer.credential_no, Agency.code)
            .join(Agency, Agency.id == Officer.agency_id)
            .where(Officer.credential_no.in_(numbers))
        )
        owners: dict[str, set[str]] = {}
        for number, code in held:
            owners.setdefault(number, set()).add(code)
    assert len(owners) == len(numbers) and all(len(codes) == 1 for codes in owners.values())


def test_a_credential_with_the_longest_accepted_authority_and_number_is_stored_and_audited(
    published: Runtime, tmp_path: Path
) -> None:
    from publisher.intake import schemas

    longest = {
        name: letter * schemas.load("officers").field(name).max_length  # type: ignore[operator]
        for name, letter in (("issuing_authority", "长"), ("credential_no", "Z"))
    }
    path = f.write_jsonl(tmp_path / "o.jsonl", [f.officer(**longest)])
    report = intake.ingest(published.sessions, path, now=at("2026-05-08"), agency_scope="T-SCJG")
    assert report.stored, report.problems
    with published.sessions() as s:
        (event,) = s.scalars(select(AuditEvent).where(AuditEvent.entity_id.like("长%")))
    assert event.entity_id == "/".join(longest.values())


# One fixture for all forms of a test (each form would otherwise build the district again).
SAME_NUMBER = ["jn2024000001", "ＪＮ２０２４０００００１", "JN 2024 000001", "JN2024\u3000000001"]
READS_LIKE = [
    "JN2024\u00ad000001",  # soft hyphen
    "JN2024\u034f000001",  # combining grapheme joiner
    "JN2024000001\ufe0f",  # variation selector
    "JN2024\u180b000001",  # Mongolian free variation selector
    "JN2024\u3164000001",  # Hangul filler
    "JN2024000001\U000e0020",  # tag space
    "JN2024000001\u0323",  # combining dot below
    "J\u039d2024000001",  # Greek capital nu for N
    "\u0408N2024000001",  # Cyrillic je for J
    "JN202400000\u4e28",  # ideograph shaped like 1
    "\u4e85N2024000001",  # ideograph shaped like J
    "JN2024\u53e3\u53e30001",  # ideographs shaped like 0
]
INVISIBLE = ["\u200b", "\u200b\ufeff", " \u2060 ", "\u3164", "\u00ad", "\u034f\ufe0f", "\U000e0020", "\u2800"]


def send(office: Any, published: Runtime, kind: str, record: dict[str, Any]) -> Any:
    headers = {
        "Authorization": f"Bearer {api_token(published, 'T-YJGL')}",
        "Content-Type": "application/x-ndjson",
    }
    return office.post(f"/api/v1/intake/{kind}", data=jsonl(record), headers=headers)


def test_a_look_alike_of_another_agencys_credential_number_is_the_same_number(
    office: Any, published: Runtime
) -> None:
    for look_alike in SAME_NUMBER:
        forged = f.officer(credential_no=look_alike, agency="T-YJGL", status="revoked")
        response = send(office, published, "officers", forged)
        assert response.status_code == 403, look_alike
        assert response.get_json()["problems"][0]["code"] == "owned_by_other_agency"
        with published.sessions() as s:
            stored = s.scalars(select(Officer.credential_no).where(Officer.credential_no.like("%24%0001")))
            assert list(stored) == [CREDENTIAL], look_alike
        # and a citizen who types the number so finds the credential, and its QR code
        assert office.get(f"/officers/{look_alike}.json").get_json()["credential_no"] == CREDENTIAL
        assert CREDENTIAL in office.get(f"/officers/{look_alike}/qr.svg").get_data(as_text=True)
        found = office.get("/officers.json", query_string={"q": look_alike}).get_json()["results"]
        assert [o["credential_no"] for o in found] == [CREDENTIAL], look_alike


def test_a_credential_number_that_only_reads_like_another_is_refused(office: Any, published: Runtime) -> None:
    before = state(published)
    for look_alike in READS_LIKE:
        forged = f.officer(credential_no=look_alike, agency="T-YJGL", status="revoked")
        response = send(office, published, "officers", forged)
        assert response.status_code == 422, ascii(look_alike)
        assert response.get_json()["problems"][0]["code"] == "bad_identifier"
    assert state(published) == before
    with published.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Officer)) == len(OFFICERS)


def test_values_that_show_nothing_are_missing_and_dates_out_of_range_are_refused(
    office: Any, published: Runtime
) -> None:
    for invisible in INVISIBLE:
        response = send(office, published, "decisions", f.decision(id=invisible, agency="T-YJGL"))
        assert response.status_code == 422, ascii(invisible)
        assert [(p["field"], p["code"]) for p in response.get_json()["problems"]] == [("id", "required")]
    record = f.decision(id="测应急罚决〔2026〕77号", agency="T-YJGL", decision_date="0001-01-01")
    response = send(office, published, "decisions", record)
    assert response.status_code == 422
    assert response.get_json()["problems"][0]["code"] == "date_out_of_range"
