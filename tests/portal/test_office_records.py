"""Agency intake and review in the back office: each role does exactly what it should, every
refusal is logged, and API tokens submit for their own agency only."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from portal import create_app
from publisher import clock
from publisher.models import AuditEvent, PublicDecision, RawDecision
from publisher.office import tokens
from publisher.runtime import Runtime
from tests import factories as f
from tests.helpers import csrf_token
from tests.portal.test_office_complaints import login, logout
from tests.publisher.lifecycle_helpers import at

NEW = "测市监罚决〔2026〕77号"


@pytest.fixture
def review_app(config: dict[str, Any], published: Runtime) -> Iterator[Any]:
    """The portal with every decision held for a reviewer, and staff accounts."""
    f.add_staff(published)
    application = create_app({**config, "TESTING": True, "RATELIMIT_ENABLED": False, "REVIEW_REQUIRED": True})
    yield application
    application.extensions["gongshi"].close()


@pytest.fixture
def office(review_app: Any) -> Any:
    return review_app.test_client()


def jsonl(*records: dict[str, Any]) -> bytes:
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in records).encode()


def upload(client: Any, data: bytes, name: str = "decisions.jsonl") -> Any:
    import io

    token = csrf_token(client, "/office/records/upload")
    return client.post(
        "/office/records/upload",
        data={"csrf_token": token, "file": (io.BytesIO(data), name)},
        content_type="multipart/form-data",
    )


def raw_id(rt: Runtime, doc_no: str = NEW) -> int:
    with rt.sessions() as s:
        return s.scalars(select(RawDecision.id).where(RawDecision.doc_no == doc_no)).one()


def step(client: Any, rid: int, name: str, **data: str) -> Any:
    token = csrf_token(client, f"/office/records/{rid}")
    return client.post(f"/office/records/{rid}/{name}", data={"csrf_token": token, **data})


def denied(rt: Runtime) -> list[str]:
    with rt.sessions() as s:
        return list(s.scalars(select(AuditEvent.actor).where(AuditEvent.action == "access.denied")))


def test_clerk_uploads_reviewer_approves_and_the_public_sees_it(office: Any, published: Runtime) -> None:
    with clock.pin(at("2026-05-12")):
        login(office, "clerk_scjg", f.STAFF_PASSWORD)
        response = upload(office, jsonl(f.person_decision(id=NEW, decision_date="2026-05-06")))
        assert response.status_code == 302
        rid = raw_id(published)
        page = office.get(f"/office/records/{rid}").get_data(as_text=True)
    assert "待审核" in page
    # decided Wednesday 6 May 2026: seven working days run to 14 May (Saturday 9 May is a
    # make-up working day); on 12 May two are left
    assert "2026年5月14日" in page and "剩余 2 个工作日" in page
    # side by side: the original holds the ID number; the public side does not; rules are named
    original = page.split('id="original-text"')[1].split("</div>")[0]
    public_side = page.split('id="public-text"')[1].split("</div>")[0]
    assert f.PERSON_ID in original and f.PERSON_ID not in public_side
    assert "身份证号" in original and "当事人姓名" in original
    # a clerk may not approve
    assert step(office, rid, "approve").status_code == 403
    logout(office)

    login(office, "reviewer_scjg", f.STAFF_PASSWORD)
    assert step(office, rid, "remove", text="无证经营", reason="涉及尚未公开的调查细节").status_code == 302
    page = office.get(f"/office/records/{rid}").get_data(as_text=True)
    assert "审核人员删除" in page
    assert step(office, rid, "approve").status_code == 302
    with published.sessions() as s:
        public = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == NEW)).one()
        assert public.status == "published" and "无证经营" not in (public.text or "")
        assert f.PERSON_ID not in (public.text or "")
    assert office.get(f"/decisions/{public.public_id}").status_code == 200


def test_restoring_an_identifier_cannot_publish_it(office: Any, published: Runtime) -> None:
    login(office, "clerk_scjg", f.STAFF_PASSWORD)
    upload(office, jsonl(f.person_decision(id=NEW)))
    logout(office)
    login(office, "reviewer_scjg", f.STAFF_PASSWORD)
    rid = raw_id(published)
    with published.sessions() as s:
        raw = s.get(RawDecision, rid)
        assert raw is not None and raw.redaction is not None
        text = str(raw.record["text"])
        span = next(x for x in raw.redaction["spans"] if text[x["start"] : x["end"]] == f.PERSON_ID)
    assert (
        step(
            office, rid, "restore", span=f"{span['start']}-{span['end']}", reason="以为不是身份证"
        ).status_code
        == 302
    )
    step(office, rid, "approve")
    page = office.get(f"/office/records/{rid}").get_data(as_text=True)
    assert "公开文本仍含疑似个人身份信息" in page
    with published.sessions() as s:
        assert s.get(RawDecision, rid).state == "pending_review"  # type: ignore[union-attr]


def test_nobody_approves_their_own_submission(office: Any, published: Runtime) -> None:
    login(office, "reviewer_scjg", f.STAFF_PASSWORD)
    upload(office, jsonl(f.decision(id=NEW)))
    assert step(office, raw_id(published), "approve").status_code == 403
    assert denied(published) == ["reviewer_scjg"]


def test_a_clerk_of_another_agency_neither_sees_nor_withdraws(office: Any, published: Runtime) -> None:
    other = raw_id(published, "测市监罚决〔2025〕3号")
    login(office, "clerk_yjgl", f.STAFF_PASSWORD)
    assert "测市监罚决〔2025〕3号" not in office.get("/office/records/?state=published").get_data(
        as_text=True
    )
    assert office.get(f"/office/records/{other}").status_code == 403
    token = csrf_token(office, "/office/records/")
    response = office.post(
        f"/office/records/{other}/withdraw",
        data={"csrf_token": token, "code": "revoked", "basis": "复议决定", "effective": "2026-11-20"},
    )
    assert response.status_code == 403
    # nor upload for it
    refused = upload(office, jsonl(f.decision(id=NEW)))
    assert refused.status_code == 422 and "只能报送本机关" in refused.get_data(as_text=True)
    assert denied(published) == ["clerk_yjgl", "clerk_yjgl", "clerk_yjgl"]  # the upload is the third
    with published.sessions() as s:
        assert (
            s.scalars(
                select(PublicDecision.status).where(PublicDecision.doc_no == "测市监罚决〔2025〕3号")
            ).one()
            == "published"
        )


def test_withdrawal_leaves_a_tombstone(office: Any, published: Runtime) -> None:
    rid = raw_id(published, "测市监罚决〔2025〕3号")
    login(office, "clerk_scjg", f.STAFF_PASSWORD)
    page = office.get(f"/office/records/{rid}").get_data(as_text=True)
    assert "3 个工作日内撤下" in page
    response = step(
        office, rid, "withdraw", code="revoked", basis="测试区人民政府复议决定", effective="2026-11-20"
    )
    assert response.status_code == 302
    with published.sessions() as s:
        public_id = s.scalars(select(PublicDecision.public_id).where(PublicDecision.raw_id == rid)).one()
    gone = office.get(f"/decisions/{public_id}")
    assert gone.status_code == 410 and "测试区人民政府复议决定" in gone.get_data(as_text=True)


def test_a_correction_needs_someone_elses_approval(office: Any, published: Runtime) -> None:
    rid = raw_id(published, "测市监罚决〔2025〕3号")
    login(office, "clerk_scjg", f.STAFF_PASSWORD)
    assert (
        step(
            office,
            rid,
            "correct",
            text="当事人销售过期食品第3批。本局决定罚款人民币四万元。",
            reason="金额笔误",
        ).status_code
        == 302
    )
    page = office.get(f"/office/records/{rid}").get_data(as_text=True)
    request_id = re.search(r'name="request_id" value="(\d+)"', page)
    assert request_id is None  # a clerk sees the request but has no approve button
    assert step(office, rid, "approve_correction", request_id="1").status_code == 403
    logout(office)
    login(office, "reviewer_scjg", f.STAFF_PASSWORD)
    assert step(office, rid, "approve_correction", request_id="1").status_code == 302
    with published.sessions() as s:
        text = s.scalars(select(PublicDecision.text).where(PublicDecision.raw_id == rid)).one()
    assert text is not None and "四万元" in text


def test_tokens_submit_for_their_own_agency_only(office: Any, published: Runtime) -> None:
    with published.sessions() as s, s.begin():
        _row, scjg = tokens.create(s, "T-SCJG", "办案系统", "admin", at("2026-11-01"))
        revoked_row, revoked = tokens.create(s, "T-SCJG", "旧系统", "admin", at("2026-11-01"))
        tokens.revoke(s, revoked_row, "admin", at("2026-11-02"))
    body = jsonl(f.decision(id=NEW))
    headers = {"Authorization": f"Bearer {scjg}", "Content-Type": "application/x-ndjson"}
    created = office.post("/api/v1/intake/decisions", data=body, headers=headers)
    assert created.status_code == 201 and created.get_json()["added"] == 1
    foreign = jsonl(f.decision(id="测应急罚〔2026〕1号", agency="T-YJGL"))
    refused = office.post("/api/v1/intake/decisions", data=foreign, headers=headers)
    assert refused.status_code == 403
    assert refused.get_json()["problems"][0]["code"] == "agency_not_allowed"
    for bad in (revoked, "gs_not-a-token", ""):
        response = office.post(
            "/api/v1/intake/decisions", data=body, headers={**headers, "Authorization": f"Bearer {bad}"}
        )
        assert response.status_code == 401
    as_json = office.post(
        "/api/v1/intake/decisions",
        json=[f.decision(id="测市监罚决〔2026〕78号")],
        headers={"Authorization": f"Bearer {scjg}"},
    )
    assert as_json.status_code == 201
    with published.sessions() as s:
        refusals = s.scalars(select(AuditEvent.detail).where(AuditEvent.action == "api.refused")).all()
        assert len(refusals) == 4
        assert (
            s.scalars(select(RawDecision).where(RawDecision.doc_no == "测应急罚〔2026〕1号")).first() is None
        )
        raw = s.scalars(select(RawDecision).where(RawDecision.doc_no == NEW)).one()
        assert raw.state == "pending_review"  # the tick ran and held it for review


def test_admin_issues_tokens_shown_once_and_stored_hashed(office: Any, published: Runtime) -> None:
    login(office, "admin", f.STAFF_PASSWORD)
    token = csrf_token(office, "/office/admin/tokens")
    response = office.post(
        "/office/admin/tokens", data={"csrf_token": token, "agency": "T-YJGL", "name": "应急办案系统"}
    )
    assert response.status_code == 201
    shown = re.search(r'id="new-token">(gs_[^<]+)<', response.get_data(as_text=True)).group(1)  # type: ignore[union-attr]
    assert shown not in office.get("/office/admin/tokens").get_data(as_text=True)
    with published.sessions() as s:
        assert tokens.verify(s, shown, at("2026-11-22")) is not None
        assert shown not in str(s.execute(select(AuditEvent.detail)).all())
    logout(office)
    login(office, "sup1", f.STAFF_PASSWORD)
    assert office.get("/office/admin/tokens").status_code == 403


def test_a_variation_typed_in_replaces_the_old_decision(office: Any, published: Runtime) -> None:
    login(office, "clerk_scjg", f.STAFF_PASSWORD)
    token = csrf_token(office, "/office/records/upload")
    response = office.post(
        "/office/records/upload",
        data={
            "csrf_token": token,
            "doc_no": "测市监罚变〔2026〕1号",
            "category": "penalty",
            "decision_date": "2026-11-18",
            "target_type": "legal_person",
            "target_name": "测试食品有限公司",
            "credit_code": f.COMPANY_CODE,
            "legal_basis": "《食品安全法》第一百二十四条",
            "result": "罚款人民币三万元",
            "fine_amount": "30000",
            "varies": "测市监罚决〔2025〕3号",
            "text": "经复议，本局将原决定罚款人民币五万元变更为罚款人民币三万元。",
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    logout(office)
    login(office, "reviewer_scjg", f.STAFF_PASSWORD)
    assert step(office, raw_id(published, "测市监罚变〔2026〕1号"), "approve").status_code == 302
    with published.sessions() as s:
        old = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == "测市监罚决〔2025〕3号")).one()
        new = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == "测市监罚变〔2026〕1号")).one()
        assert old.status == "withdrawn" and old.tombstone is not None and old.tombstone.reason == "varied"
        assert new.supersedes_id == old.id


def test_the_records_list_pages(office: Any, published: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    from portal.office import records

    monkeypatch.setattr(records, "PER_PAGE", 5)
    login(office, "clerk_scjg", f.STAFF_PASSWORD)
    first = office.get("/office/records/?state=published").get_data(as_text=True)
    second = office.get("/office/records/?state=published&page=2").get_data(as_text=True)

    def numbers(page: str) -> set[str]:
        return set(re.findall(r">(测市监[^<]+号)</a>", page))

    assert len(numbers(first)) == 5 and len(numbers(second)) == 5
    assert not numbers(first) & numbers(second)
    assert "page=2" in first and "下一页" in first and "上一页" in second
