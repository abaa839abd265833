"""Changes of basic information go through a request (issue 16, point 2; seed 002): a
re-sent change of an agency or power item waits for the district legal office, which sees
it with its 15-day deadline; approved, it is live and in the public history with its date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy import select

from publisher import clock
from publisher.cli import main
from publisher.intake import ingest as intake
from publisher.lifecycle.actors import NotAllowed
from publisher.models import AuditEvent, PowerItem, RegistryChange, User
from publisher.office import registry_changes
from publisher.runtime import Runtime
from tests import factories as f
from tests.helpers import csrf_token
from tests.portal.test_office_complaints import login
from tests.publisher.lifecycle_helpers import at

POWER = {
    "agency": "T-SCJG",
    "code": "P-001",
    "name": "对销售过期食品的行政处罚",
    "category": "penalty",
    "legal_basis": "《食品安全法》第一百二十四条",
    "discretion_standard": "裁量基准第3项",
}


def send(rt: Runtime, tmp_path: Path, kind: str, record: dict[str, Any], when: str) -> intake.IngestReport:
    report = intake.ingest(
        rt.sessions, f.write_jsonl(tmp_path / f"{kind}-{when}.jsonl", [record]), now=at(when)
    )
    assert report.ok, report.problems
    return report


def test_a_changed_hotline_waits_for_the_legal_office_and_goes_live_on_approval(
    client: Any, published: Runtime, tmp_path: Path
) -> None:
    report = send(published, tmp_path, "agencies", f.agency(hotline="12345-8"), "2026-06-01")
    assert (report.requested, report.corrected) == (1, 0)
    assert client.get("/agencies/T-SCJG.json").get_json()["hotline"] == "12315"  # not live yet
    assert (
        send(published, tmp_path, "agencies", f.agency(hotline="12345-8"), "2026-06-02").requested == 0
    )  # same
    f.add_staff(published)
    login(client, "clerk_scjg", f.STAFF_PASSWORD)
    assert client.get("/office/registry/").status_code == 403  # the agency cannot approve its own change
    login(client, "sup1", f.STAFF_PASSWORD)
    with clock.pin(at("2026-06-20")):
        queue = client.get("/office/registry/").get_data(as_text=True)
    # 15 days from 2026-06-01 is 2026-06-16, a Tuesday: overdue by four days on the 20th
    assert "T-SCJG" in queue and "hotline" in queue and "2026年6月16日" in queue
    with published.sessions() as s:
        change = s.scalars(select(RegistryChange).where(RegistryChange.status == "pending")).one()
    page = client.get(f"/office/registry/{change.id}").get_data(as_text=True)
    assert "12315" in page and "12345-8" in page
    with clock.pin(at("2026-06-10")):
        token = csrf_token(client, f"/office/registry/{change.id}")
        decided = client.post(
            f"/office/registry/{change.id}", data={"csrf_token": token, "decision": "approve", "note": "同意"}
        )
    assert decided.status_code == 302, decided.get_data(as_text=True)[:500]
    assert client.get("/agencies/T-SCJG.json").get_json()["hotline"] == "12345-8"
    history = client.get("/agencies/T-SCJG/history.json").get_json()["changes"]
    assert history == [
        {
            "kind": "agencies",
            "key": "T-SCJG",
            "requested": "2026-06-01",
            "approved": "2026-06-10",
            "fields": ["hotline"],
            "before": history[0]["before"],
            "after": history[0]["after"],
        }
    ]
    assert history[0]["before"]["hotline"] == "12315" and history[0]["after"]["hotline"] == "12345-8"
    assert "2026-06-10" in client.get("/agencies/T-SCJG/history").get_data(as_text=True)
    with published.sessions() as s:
        actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.entity_id == "T-SCJG")))
    assert "registry.change_approved" in actions


def test_a_rejected_change_of_a_power_item_never_goes_live(
    client: Any, published: Runtime, tmp_path: Path
) -> None:
    send(published, tmp_path, "power_items", {**POWER, "discretion_standard": "裁量基准第9项"}, "2026-06-01")
    send(published, tmp_path, "power_items", {**POWER, "discretion_standard": "裁量基准第8项"}, "2026-06-03")
    with published.sessions() as s:
        statuses = [c.status for c in s.scalars(select(RegistryChange).order_by(RegistryChange.id))]
    assert statuses == ["superseded", "pending"]  # the later request replaced the earlier one
    f.add_staff(published)
    login(client, "sup1", f.STAFF_PASSWORD)
    with published.sessions() as s:
        pending = s.scalars(select(RegistryChange).where(RegistryChange.status == "pending")).one()
    token = csrf_token(client, f"/office/registry/{pending.id}")
    assert (
        client.post(
            f"/office/registry/{pending.id}", data={"csrf_token": token, "decision": "reject"}
        ).status_code
        == 302
    )
    (power,) = client.get("/powers.json?agency=T-SCJG").get_json()["powers"]
    assert power["discretion_standard"] == "裁量基准第3项"
    assert client.get("/agencies/T-SCJG/history.json").get_json()["changes"] == []


def test_only_the_legal_office_decides(published: Runtime, tmp_path: Path) -> None:
    send(published, tmp_path, "agencies", f.agency(address="测试区新址2号"), "2026-06-01")
    f.add_staff(published)
    with published.sessions() as s, s.begin():
        change = s.scalars(select(RegistryChange)).one()
        clerk = s.scalars(select(User).where(User.username == "clerk_scjg")).one()
        with pytest.raises(NotAllowed):
            registry_changes.decide(s, change, True, clerk, at("2026-06-02"))
        assert change.status == "pending"


def test_the_command_line_says_a_change_waits(published: Runtime, tmp_path: Path, monkeypatch: Any) -> None:
    for key, value in published.config.items():
        if key.isupper():
            monkeypatch.setenv(f"PORTAL_{key}", str(value))
    path = f.write_jsonl(tmp_path / "agencies.jsonl", [f.agency(court="测试区第二人民法院")])
    result = CliRunner().invoke(main, ["ingest", str(path), "--now", "2026-06-01T10:00:00+08:00"])
    assert result.exit_code == 0 and "1 changes waiting for the legal office" in result.output
    with published.sessions() as s:
        assert registry_changes.due(s.scalars(select(RegistryChange)).one(), published.calendar) == dt.date(
            2026, 6, 16
        )


def test_two_decisions_at_once_leave_one_outcome_that_matches_what_is_live(
    published: Runtime, tmp_path: Path
) -> None:
    """Attack round: approve and reject sent together both 'succeeded'; the approval was live
    while the request said rejected, and the public history did not show it."""
    import threading

    from publisher.lifecycle.actors import RuleError

    send(published, tmp_path, "power_items", {**POWER, "name": "竞态测试"}, "2026-06-01")
    f.add_staff(published)
    barrier, outcomes = threading.Barrier(2), []

    def decide(username: str, approve: bool) -> None:
        with published.sessions() as s:
            change = s.scalars(select(RegistryChange).where(RegistryChange.status == "pending")).one()
            user = s.scalars(select(User).where(User.username == username)).one()
            barrier.wait()
            try:
                registry_changes.decide(s, change, approve, user, at("2026-06-02"))
                s.commit()
                outcomes.append(("done", approve))
            except RuleError:
                s.rollback()
                outcomes.append(("refused", approve))

    threads = [threading.Thread(target=decide, args=a) for a in (("sup1", True), ("sup2", False))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(o for o, _ in outcomes) == ["done", "refused"]
    with published.sessions() as s:
        change = s.scalars(select(RegistryChange)).one()
        live = s.scalars(select(PowerItem).where(PowerItem.code == "P-001")).one().name
    assert (change.status == "approved") == (live == "竞态测试")


def test_only_the_newest_request_waits_and_the_live_version_sent_again_takes_it_back(
    published: Runtime, tmp_path: Path
) -> None:
    send(published, tmp_path, "agencies", f.agency(hotline="111"), "2026-06-01")
    send(published, tmp_path, "agencies", f.agency(hotline="222"), "2026-06-02")
    with published.sessions() as s:
        assert [c.status for c in s.scalars(select(RegistryChange).order_by(RegistryChange.id))] == [
            "superseded",
            "pending",
        ]
    send(published, tmp_path, "agencies", f.agency(), "2026-06-03")  # the live version again
    with published.sessions() as s:
        statuses = [c.status for c in s.scalars(select(RegistryChange).order_by(RegistryChange.id))]
    assert statuses == ["superseded", "withdrawn"]


def test_nobody_approves_their_own_change(published: Runtime, tmp_path: Path) -> None:
    f.add_staff(published)
    with published.sessions() as s:
        admin = s.scalars(select(User).where(User.username == "admin")).one()
    report = intake.ingest(
        published.sessions,
        f.write_jsonl(tmp_path / "mine.jsonl", [f.agency(name="被篡改的名称")]),
        now=at("2026-06-01"),
        actor=admin.username,
    )
    assert report.requested == 1
    with published.sessions() as s, s.begin():
        change = s.scalars(select(RegistryChange)).one()
        admin = s.scalars(select(User).where(User.username == "admin")).one()
        with pytest.raises(NotAllowed):
            registry_changes.decide(s, change, True, admin, at("2026-06-02"))
