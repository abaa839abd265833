"""The audit view: filters, the chain verified on the page, and a tampered event named."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update

from publisher.models import AuditEvent
from publisher.runtime import Runtime
from tests import factories as f
from tests.portal.test_office_complaints import login


def test_filters_and_chain_status(client: Any, published: Runtime) -> None:
    f.add_staff(published)
    login(client, "sup1", f.STAFF_PASSWORD)
    page = client.get("/office/audit/?record=测市监罚决〔2026〕9号").get_data(as_text=True)
    assert "哈希链完整" in page
    table = page.split('id="audit-table"')[1]
    assert "decision.withdraw" in table and "测市监罚决〔2025〕3号" not in table
    mine = client.get("/office/audit/?actor=sup1&action=login.").get_data(as_text=True)
    assert "login.succeeded" in mine.split('id="audit-table"')[1]
    with published.sessions() as s, s.begin():
        seq = s.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq).limit(1).offset(3)).one()
        s.execute(update(AuditEvent).where(AuditEvent.seq == seq).values(actor="someone-else"))
    broken = client.get("/office/audit/").get_data(as_text=True)
    assert "哈希链断裂" in broken and f"第 {seq} 条" in broken


def test_a_reviewer_sees_only_their_agency_and_a_clerk_nothing(client: Any, published: Runtime) -> None:
    f.add_staff(published)
    login(client, "reviewer_scjg", f.STAFF_PASSWORD)
    page = client.get("/office/audit/?agency=T-YJGL").get_data(as_text=True)
    rows = page.split('id="audit-table"')[1].split("</table>")[0]
    assert "T-SCJG" in rows and "T-YJGL" not in rows
    login(client, "clerk_scjg", f.STAFF_PASSWORD)
    assert client.get("/office/audit/").status_code == 403
