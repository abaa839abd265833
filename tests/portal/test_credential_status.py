"""A credential never contradicts itself (issue 16, point 5): its status is derived in one
place and every channel shows the same one on the same day — the credential page (the QR
code's target), the agency page and its JSON, officer search, the API and officers.csv in
the data package; each change is a row of its own dataset; changes reported late show."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import frictionless

from publisher import clock
from publisher.intake import ingest as intake
from publisher.models import OfficerStatusChange
from publisher.office import supervision
from publisher.outputs import packages
from publisher.runtime import Runtime
from tests import factories as f
from tests.portal.test_office_complaints import login
from tests.publisher.lifecycle_helpers import at

EXPIRED = "JN2020000005"  # valid until 2025-01-01 in the fixture
LEAVING = "JN2024000001"  # valid; a cancellation (调离) is sent ahead of its day below


def seen_everywhere(client: Any, number: str, agency: str = "T-SCJG") -> dict[str, str]:
    """The status each public channel gives the credential today."""
    page = client.get(f"/officers/{number}").get_data(as_text=True)
    agency_json = client.get(f"/agencies/{agency}.json").get_json()
    return {
        "page": page.split('<span class="status status-')[1].split('"')[0],
        "json": client.get(f"/officers/{number}.json").get_json()["status"],
        "agency json": next(o["status"] for o in agency_json["officers"] if o["credential_no"] == number),
        "agency page": client.get(f"/agencies/{agency}")
        .get_data(as_text=True)
        .split(f"{number} ")[1]
        .split('<span class="status status-')[1]
        .split('"')[0],
        "search": client.get(f"/officers.json?q={number}").get_json()["results"][0]["status"],
        "api": client.get(f"/api/v1/officers/{number}").get_json()["data"][0]["status"],
    }


def test_an_expired_credential_is_expired_on_every_channel_and_in_the_package(
    client: Any, published: Runtime
) -> None:
    with clock.pin(at("2026-06-01")):
        assert set(seen_everywhere(client, EXPIRED).values()) == {"expired"}
        assert set(seen_everywhere(client, LEAVING).values()) == {"valid"}
    with published.sessions() as s:
        packages.export_all(
            s, Path(published.config["DATA_DIR"]) / "packages", at("2026-06-01"), published.config
        )
    full = Path(published.config["DATA_DIR"]) / "packages" / "full" / "1.0.0"
    officers = {
        r["credential_no"]: r for r in csv.DictReader(io.StringIO((full / "officers.csv").read_text("utf-8")))
    }
    assert officers[EXPIRED]["status"] == "expired" and officers[LEAVING]["status"] == "valid"
    assert frictionless.validate(str(full / "datapackage.json")).valid  # the enum allows expired
    english = client.get(f"/officers/{EXPIRED}?lang=en").get_data(as_text=True)
    assert ">Expired</span>" in english


def test_a_cancellation_sent_ahead_takes_effect_on_its_day_and_not_before(
    client: Any, published: Runtime, tmp_path: Path
) -> None:
    moved = f.officer(
        credential_no=LEAVING, status="cancelled", status_date="2026-06-15", status_reason="调离本单位"
    )
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "moved.jsonl", [moved]), now=at("2026-06-10")
    ).ok
    with clock.pin(at("2026-06-14")):
        assert set(seen_everywhere(client, LEAVING).values()) == {"valid"}
    with clock.pin(at("2026-06-15")):
        assert set(seen_everywhere(client, LEAVING).values()) == {"cancelled"}


def test_every_change_is_a_row_of_the_history_dataset(published: Runtime, tmp_path: Path) -> None:
    with published.sessions() as s:
        changes = s.query(OfficerStatusChange).count()
        packages.export_all(
            s, Path(published.config["DATA_DIR"]) / "packages", at("2026-06-01"), published.config
        )
    history = Path(published.config["DATA_DIR"]) / "packages" / "full" / "1.0.0" / "officer_history.csv"
    rows = list(csv.DictReader(io.StringIO(history.read_text("utf-8"))))
    assert len(rows) == changes >= 5
    suspended = [r for r in rows if r["credential_no"] == "JN2024000002"]
    assert [r["status"] for r in suspended] == ["suspended"] and suspended[0]["reason"] == "涉嫌违纪"
    assert all("13700000000" not in ",".join(r.values()) for r in rows)  # public fields only


def test_a_change_reported_after_ten_days_is_late_on_the_dashboard(
    client: Any, published: Runtime, tmp_path: Path
) -> None:
    """Seed 003 art. 11: within 10 days (N日: calendar days, the last moved past rest days)."""
    on_time = f.officer(credential_no="JN2024000001", status="suspended", status_date="2026-06-01")
    late = f.officer(credential_no="JN2024000003", status="cancelled", status_date="2026-06-01")
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "a.jsonl", [on_time]), now=at("2026-06-11")
    ).ok
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "b.jsonl", [late]), now=at("2026-06-12")
    ).ok
    with published.sessions() as s:
        rows = supervision.officer_reports(s, dt.date(2026, 6, 20), published.calendar)
    late_numbers = {r["credential_no"]: r for r in rows}
    assert "JN2024000001" not in late_numbers  # reported on day 10 (2026-06-11, a Thursday)
    assert late_numbers["JN2024000003"]["late_days"] == 1 and late_numbers["JN2024000003"]["due"] == dt.date(
        2026, 6, 11
    )
    f.add_staff(published)
    login(client, "sup1", f.STAFF_PASSWORD)
    page = client.get("/office/supervision/").get_data(as_text=True)
    table = page.split('id="officer-reports-table"')[1].split("</table>")[0]
    assert "JN2024000003" in table and "JN2024000001" not in table
    assert "JN2024000003" in client.get("/office/supervision/officer_reports.csv").get_data(as_text=True)


def test_a_credential_sent_long_after_it_took_effect_is_a_late_report(
    published: Runtime, tmp_path: Path
) -> None:
    """Attack round: any card dated before the register began was exempt, however late it came."""
    late = f.officer(credential_no="JN2026000099", name="晚报员", valid_from="2026-01-05")
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "late.jsonl", [late]), now=at("2026-06-01")
    ).ok
    with published.sessions() as s:
        rows = {
            r["credential_no"]: r
            for r in supervision.officer_reports(s, dt.date(2026, 6, 2), published.calendar)
        }
    assert "JN2026000099" in rows  # loaded in May with the register it would not be
    assert "JN2020000005" not in rows  # loaded with the register's first intake


def test_a_card_not_yet_valid_says_so_everywhere(client: Any, published: Runtime, tmp_path: Path) -> None:
    future = f.officer(
        credential_no="JN2027000001", name="明年员", valid_from="2027-01-01", valid_until="2031-01-01"
    )
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "f.jsonl", [future]), now=at("2026-06-01")
    ).ok
    with clock.pin(at("2026-06-01")):
        assert set(seen_everywhere(client, "JN2027000001").values()) == {"not_yet_valid"}
        assert "未生效" in client.get("/officers/JN2027000001").get_data(as_text=True)


def test_wildcards_in_an_officer_search_are_plain_characters(client: Any, published: Runtime) -> None:
    assert client.get("/officers.json?q=__%").get_json()["results"] == []
    assert client.get("/officers.json?q=赵%").get_json()["results"] == []
