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

from publisher import audit, integrity
from publisher.intake import ingest as intake
from publisher.lifecycle.actors import SYSTEM
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import Alert, AuditEvent, AuditHead, PublicDecision, RawDecision
from publisher.outputs import packages
from publisher.runtime import Runtime
from tests import factories as f
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


def vary(rt: Runtime, tmp_path: Path, *extra: dict[str, Any]) -> None:
    """T-SCJG varies DOC by a new decision (and sends ``extra`` with it)."""
    rows = [f.decision(id=VARIATION, varies=DOC, decision_date="2026-05-29"), *extra]
    report = intake.ingest(rt.sessions, f.write_jsonl(tmp_path / "vary.jsonl", rows), now=at("2026-05-29"))
    assert report.ok, report.problems


VARIATION = "测市监罚变〔2026〕1号"


def states(rt: Runtime, *doc_nos: str) -> list[str]:
    with rt.sessions() as s:
        stmt = select(RawDecision.doc_no, RawDecision.state).where(RawDecision.doc_no.in_(doc_nos))
        found = {doc_no: state for doc_no, state in s.execute(stmt)}
    return [found[d] for d in doc_nos]


def test_a_variation_of_a_tampered_row_holds_up_nothing_and_changes_nothing(
    published: Runtime, cli: Any, tmp_path: Path
) -> None:
    edit_text(published)
    other = "测市监罚决〔2026〕20号"
    vary(published, tmp_path, f.decision(id=other, decision_date="2026-05-29"))
    ticked = cli("tick", "--now", "2026-05-29T10:00:00+08:00")
    assert ticked.exit_code == 0, ticked.output
    assert states(published, other, VARIATION, DOC) == ["published", "scheduled", "published"]
    with published.sessions() as s:
        (alert,) = s.scalars(select(Alert).where(Alert.key.like("tampered:%")))
    assert alert.key == f"tampered:{VARIATION}" and DOC in alert.message
    verified = cli("audit", "verify")
    assert verified.exit_code == 1 and DOC in verified.output and VARIATION not in verified.output


def test_a_decision_that_cannot_be_published_holds_up_nothing(
    published: Runtime, cli: Any, tmp_path: Path
) -> None:
    stuck, other = "测市监罚决〔2026〕21号", "测市监罚决〔2026〕22号"
    rows = [f.decision(id=n, decision_date="2026-05-29") for n in (stuck, other)]
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "d.jsonl", rows), now=at("2026-05-29")
    ).ok
    assert cli("tick", "--now", "2026-05-29T09:00:00+08:00").exit_code == 0
    with published.sessions() as s, s.begin():  # scheduled, then its kept redaction went bad
        for raw in s.scalars(select(RawDecision).where(RawDecision.doc_no.in_([stuck, other]))):
            raw.state = "scheduled"
            if raw.doc_no == stuck:
                raw.redaction = {**raw.redaction, "text": f"身份证号{f.PERSON_ID}"}
        s.execute(delete(PublicDecision).where(PublicDecision.doc_no.in_([stuck, other])))
    ticked = cli("tick", "--now", "2026-05-29T10:00:00+08:00")
    assert ticked.exit_code == 0, ticked.output
    assert states(published, stuck, other) == ["scheduled", "published"]
    with published.sessions() as s:
        assert list(s.scalars(select(Alert.key).where(Alert.key.like("stuck:%")))) == [f"stuck:{stuck}"]


def swap(rt: Runtime, column: str, first: str, second: str) -> None:
    """Exchange a column between two public rows, as someone with database access could, with the
    constraints that would stop it switched off: what the column links to now leads elsewhere."""
    sqlite = rt.engine.dialect.name == "sqlite"
    attribute = getattr(PublicDecision, column)
    with rt.engine.connect() as conn:
        conn.exec_driver_sql(
            "PRAGMA foreign_keys=OFF" if sqlite else "SET session_replication_role = replica"
        )
        stmt = select(PublicDecision.doc_no, attribute).where(PublicDecision.doc_no.in_([first, second]))
        values = {doc_no: value for doc_no, value in conn.execute(stmt)}
        for doc_no, new in ((first, -1), (second, values[first]), (first, values[second])):
            conn.execute(update(PublicDecision).where(PublicDecision.doc_no == doc_no).values({column: new}))
        conn.commit()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON" if sqlite else "SET session_replication_role = DEFAULT")
        conn.commit()


def test_swapped_internal_ids_are_named(published: Runtime, cli: Any, tmp_path: Path) -> None:
    vary(published, tmp_path)
    assert cli("tick", "--now", "2026-05-29T10:00:00+08:00").exit_code == 0
    assert states(published, VARIATION, DOC) == ["published", "withdrawn"]
    assert cli("audit", "verify").exit_code == 0
    bystander = "测市监罚决〔2025〕5号"
    swap(published, "id", VARIATION, bystander)  # DOC's tombstone now names the bystander as its replacement
    result = cli("audit", "verify")
    assert result.exit_code == 1 and DOC in result.output


def test_a_public_row_relinked_to_another_decisions_record_is_named_and_left_alone(
    published: Runtime, cli: Any
) -> None:
    other = "测市监罚决〔2025〕5号"
    swap(published, "raw_id", DOC, other)  # each public row now leads to the other's received record
    result = cli("audit", "verify")
    assert result.exit_code == 1 and DOC in result.output and other in result.output
    assert "linked to another decision" in result.output
    with pytest.raises(integrity.Tampered):  # and no step acts on the wrong decision
        withdraw(published)
    assert states(published, DOC, other) == ["published", "published"]
    with published.sessions() as s:
        assert s.scalars(select(RawDecision.state).where(RawDecision.doc_no == other)).one() == "published"


def test_a_variation_whose_withdrawal_is_impossible_publishes_nothing(
    published: Runtime, cli: Any, tmp_path: Path
) -> None:
    with published.engine.begin() as conn:  # the varied decision's received record edited to another state
        conn.execute(update(RawDecision).where(RawDecision.doc_no == DOC).values(state="excluded"))
    vary(published, tmp_path)
    ticked = cli("tick", "--now", "2026-05-29T10:00:00+08:00")
    assert ticked.exit_code == 0, ticked.output
    assert states(published, VARIATION) == ["scheduled"]
    with published.sessions() as s:
        assert s.scalars(select(PublicDecision).where(PublicDecision.doc_no == VARIATION)).first() is None
        assert list(s.scalars(select(Alert.key).where(Alert.key.like("stuck:%")))) == [f"stuck:{VARIATION}"]
