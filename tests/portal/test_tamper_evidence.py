"""Tamper evidence that covers the published data: a direct row edit, a cut-back chain and a
chain rewritten end to end are each caught by `publisher audit verify`."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import delete, select, update

from publisher import audit, integrity, packages
from publisher.actors import SYSTEM
from publisher.lifecycle import Lifecycle
from publisher.models import Alert, AuditEvent, AuditHead, PublicDecision
from publisher.runtime import Runtime
from tests.publisher.lifecycle_helpers import at

DOC = "测市监罚决〔2025〕4号"


def save_head(cli: Any, tmp_path: Path) -> Path:
    result = cli("audit", "head")
    assert result.exit_code == 0
    path = tmp_path / "head.json"
    path.write_text(result.stdout.strip().splitlines()[-1], encoding="utf-8")
    return path


def withdraw(rt: Runtime, doc_no: str = DOC) -> None:
    with rt.sessions() as s, s.begin():
        public = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == doc_no)).one()
        Lifecycle(s, rt.calendar, rt.config).withdraw(
            public, "revoked", "复议决定书", dt.date(2026, 6, 1), at("2026-06-02"), SYSTEM
        )


def rehash(s: Any, events: list[AuditEvent]) -> None:
    """Recompute every link of the chain and its head."""
    prev = events[0].prev_hash
    for event in events:
        event.prev_hash = prev
        event.hash = audit._event_hash(prev, audit._fields(event))
        prev = event.hash
    head = s.get(AuditHead, 1)
    assert head is not None
    head.hash = prev


def test_an_untouched_district_verifies(cli: Any) -> None:
    result = cli("audit", "verify")
    assert result.exit_code == 0, result.output
    assert "every public row matches" in result.output


@pytest.mark.parametrize(
    "change",
    [{"text": "当事人无违法行为。"}, {"fine_amount": Decimal("5.00")}, {"target_name": "另一家公司"}],
    ids=["text", "fine_amount", "target_name"],
)
def test_a_direct_edit_of_a_public_row_is_named(published: Runtime, cli: Any, change: dict[str, Any]) -> None:
    with published.engine.begin() as conn:
        conn.execute(update(PublicDecision).where(PublicDecision.doc_no == DOC).values(**change))
    result = cli("audit", "verify")
    assert result.exit_code == 1
    assert f"public row altered: {DOC}" in result.output
    assert result.output.count("public row altered") == 1  # only the edited row


def test_an_edited_tombstone_is_named(published: Runtime, cli: Any) -> None:
    withdraw(published)
    assert cli("audit", "verify").exit_code == 0
    with published.sessions() as s, s.begin():
        public = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == DOC)).one()
        assert public.tombstone is not None
        public.tombstone.reason = "confirmed_illegal"
    result = cli("audit", "verify")
    assert result.exit_code == 1 and DOC in result.output


def test_a_deleted_public_row_is_named(published: Runtime, cli: Any) -> None:
    with published.engine.begin() as conn:
        conn.execute(delete(PublicDecision).where(PublicDecision.doc_no == DOC))
    result = cli("audit", "verify")
    assert result.exit_code == 1 and "row is gone" in result.output and DOC in result.output


def test_a_deleted_last_event_with_the_head_rewound_is_caught(
    published: Runtime, cli: Any, tmp_path: Path
) -> None:
    withdraw(published)
    saved = save_head(cli, tmp_path)
    assert cli("audit", "verify", "--against", str(saved)).exit_code == 0
    # Cut the withdrawal's event off the end and rewind the head so the chain looks whole.
    with published.sessions() as s, s.begin():
        head = s.get(AuditHead, 1)
        assert head is not None
        last = s.scalars(select(AuditEvent).where(AuditEvent.seq == head.seq)).one()
        head.seq, head.hash = last.seq - 1, last.prev_hash
        s.delete(last)
    with published.sessions() as s:
        assert audit.verify(s).ok  # the chain alone cannot tell
    result = cli("audit", "verify", "--against", str(saved))
    assert result.exit_code == 1
    assert "cut back" in result.output  # the saved head's event is missing
    assert f"public row altered: {DOC}" in result.output  # and the tombstone has no event


def test_a_chain_rewritten_end_to_end_is_caught_against_a_saved_head(
    published: Runtime, cli: Any, tmp_path: Path
) -> None:
    saved = save_head(cli, tmp_path)
    forged = "当事人无违法行为，不予处罚。"
    with published.sessions() as s, s.begin():
        public = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == DOC)).one()
        public.text = forged
        s.flush()
        new_digest = integrity.row_digest(public, public.agency.code)
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        sealing = [e for e in events if e.entity_id == DOC and e.action in integrity.SEALING][-1]
        sealing.detail = {**sealing.detail, "public_digest": new_digest}
        rehash(s, events)  # as a forger with database access would
    assert cli("audit", "verify").exit_code == 0  # self-consistent: only a kept head shows it
    result = cli("audit", "verify", "--against", str(saved))
    assert result.exit_code == 1 and "rewritten" in result.output


def test_the_head_is_public_and_in_every_package(published: Runtime, client: Any, cli: Any) -> None:
    page = client.get("/data/audit/head.json")
    assert page.status_code == 200
    head = page.get_json()
    assert json.loads(cli("audit", "head").stdout) == head
    assert head["seq"] > 0 and len(head["hash"]) == 64
    with published.sessions() as s:
        done = packages.export_all(
            s, Path(published.config["DATA_DIR"]) / "packages", at("2026-06-01"), published.config
        )
    assert done
    with client.get("/data/packages/full/latest/audit_head.csv") as served:
        assert served.status_code == 200
        (row,) = list(csv.DictReader(io.StringIO(served.get_data(as_text=True))))
    assert int(row["seq"]) == head["seq"] and row["hash"] == head["hash"]
    assert "/data/audit/head.json" in client.get("/data").get_data(as_text=True)


def test_rows_published_before_digests_are_sealed_once(published: Runtime, cli: Any) -> None:
    with published.sessions() as s, s.begin():  # make the district look like one from before the upgrade
        events = list(s.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
        for event in events:
            event.detail = {k: v for k, v in event.detail.items() if k != "public_digest"}
        rehash(s, events)
    before = cli("audit", "verify")
    assert before.exit_code == 1 and "publisher audit seal" in before.output
    sealed = cli("audit", "seal")
    assert sealed.exit_code == 0 and "sealed 16 public rows" in sealed.output  # 15 published, 1 withdrawn
    assert cli("audit", "verify").exit_code == 0
    with published.engine.begin() as conn:
        conn.execute(update(PublicDecision).where(PublicDecision.doc_no == DOC).values(text="改过"))
    assert "sealed 0 public rows" in cli("audit", "seal").output  # sealing never covers an edit
    assert cli("audit", "verify").exit_code == 1


def edit_text(rt: Runtime, text: str = "当事人无违法行为。") -> None:
    with rt.engine.begin() as conn:
        conn.execute(update(PublicDecision).where(PublicDecision.doc_no == DOC).values(text=text))


def test_a_later_legitimate_step_never_seals_over_an_edit(published: Runtime, cli: Any) -> None:
    edit_text(published)
    moved = cli("move", "decisions", DOC, "--to", "T-YJGL", "--reason", "移交")
    assert moved.exit_code == 1 and "outside the audit trail" in moved.output
    with published.sessions() as s, s.begin():  # the tick reaches the end of its publication period
        s.execute(
            update(PublicDecision).where(PublicDecision.doc_no == DOC).values(expires_on=dt.date(2026, 1, 1))
        )
    # (that edit is itself outside the trail; the tick must neither expire the row nor stop)
    ticked = cli("tick", "--now", "2026-06-01T10:00:00+08:00")
    assert ticked.exit_code == 0, ticked.output
    with published.sessions() as s:
        row = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == DOC)).one()
        assert row.status == "published" and row.agency.code == "T-SCJG"
        alerts = list(s.scalars(select(Alert.key).where(Alert.key.like("tampered:%"))))
    assert alerts == [f"tampered:{DOC}"]
    assert cli("audit", "verify").exit_code == 1


def test_a_forged_seal_over_an_edit_is_named(published: Runtime, cli: Any) -> None:
    edit_text(published)
    with published.sessions() as s, s.begin():  # a valid-looking event appended by someone with access
        public = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == DOC)).one()
        audit.record(
            s,
            now=at("2026-06-01"),
            actor="cli",
            action="decision.sealed",
            entity="decision",
            entity_id=DOC,
            detail={"public_digest": integrity.row_digest(public, "T-SCJG")},
        )
    result = cli("audit", "verify")
    assert result.exit_code == 1 and "sealed again" in result.output


def test_a_redirected_variation_link_is_named(published: Runtime, cli: Any) -> None:
    with published.sessions() as s, s.begin():
        other = s.scalars(
            select(PublicDecision.id).where(PublicDecision.doc_no == "测应急检〔2026〕1号")
        ).one()
        s.execute(update(PublicDecision).where(PublicDecision.doc_no == DOC).values(supersedes_id=other))
    result = cli("audit", "verify")
    assert result.exit_code == 1 and DOC in result.output


def test_unreadable_values_are_reported_not_a_traceback(published: Runtime, cli: Any, tmp_path: Path) -> None:
    saved = tmp_path / "huge.json"
    saved.write_text('{"seq": 1e30, "hash": "x"}', encoding="utf-8")
    huge = cli("audit", "verify", "--against", str(saved))
    assert huge.exit_code == 1 and "out of range" in huge.output
    with published.engine.begin() as conn:  # an event's detail that is not an object
        conn.execute(
            update(AuditEvent)
            .where(AuditEvent.entity_id == DOC, AuditEvent.action == "decision.publish")
            .values(detail="x")
        )
    named = cli("audit", "verify")
    assert named.exit_code == 1 and f"public row altered: {DOC}" in named.output
    if published.engine.dialect.name == "sqlite":  # only SQLite stores a date that is not one
        with published.engine.begin() as conn:
            conn.exec_driver_sql("UPDATE public_decisions SET published_at = 'garbage' WHERE id = 1")
        result = cli("audit", "verify")
        assert result.exit_code == 1 and "UNREADABLE" in result.output
