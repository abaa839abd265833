"""Open-data packages: valid, checksummed, versioned by what changed, written atomically."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import frictionless
import pytest
from sqlalchemy import select

from publisher.intake import ingest as intake
from publisher.lifecycle import review
from publisher.lifecycle.actors import SYSTEM, Actor
from publisher.lifecycle.tick import tick
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import CorrectionRequest
from publisher.outputs import packages
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at, public


def export(rt: Runtime, when: str = "2026-06-01") -> dict[str, packages.Export]:
    with rt.sessions() as s:
        done = packages.export_all(s, Path(rt.config["DATA_DIR"]) / "packages", at(when), rt.config)
    return {e.name: e for e in done}


def folder(rt: Runtime, name: str, version: str) -> Path:
    return Path(rt.config["DATA_DIR"]) / "packages" / name / version


def rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_every_package_validates_with_true_bytes_and_hashes(published: Runtime) -> None:
    done = export(published)
    assert set(done) == {"full", "2025", "2026"} and all(e.version == "1.0.0" for e in done.values())
    for name in done:
        path = folder(published, name, "1.0.0")
        assert frictionless.validate(str(path / "datapackage.json")).valid
        descriptor = json.loads((path / "datapackage.json").read_text(encoding="utf-8"))
        assert descriptor["licenses"] and descriptor["created"] and descriptor["version"] == "1.0.0"
        for resource in descriptor["resources"]:
            data = (path / resource["path"]).read_bytes()
            assert resource["bytes"] == len(data)
            assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
            assert "fields" in resource["schema"]  # written inline
            assert all(f["titles"]["zh"] and f["titles"]["en"] for f in resource["schema"]["fields"])
    full = rows(folder(published, "full", "1.0.0") / "decisions.csv")
    assert len(full) == 15 and len(rows(folder(published, "2025", "1.0.0") / "decisions.csv")) == 12
    assert f.PERSON_ID not in (folder(published, "full", "1.0.0") / "decisions.csv").read_text(
        encoding="utf-8"
    )


def test_reexport_without_changes_keeps_version_and_files(published: Runtime) -> None:
    export(published)
    before = {p: p.stat().st_mtime_ns for p in folder(published, "full", "1.0.0").iterdir()}
    again = export(published, "2026-06-02")
    assert all(not e.written and e.version == "1.0.0" for e in again.values())
    assert {p: p.stat().st_mtime_ns for p in folder(published, "full", "1.0.0").iterdir()} == before
    assert not (folder(published, "full", "1.0.0").parent / "1.1.0").exists()


def test_withdrawal_bumps_the_minor_and_moves_the_decision_to_withdrawals(published: Runtime) -> None:
    export(published)
    with published.sessions() as s, s.begin():
        gone = public(s, "测市监罚决〔2025〕5号")
        Lifecycle(s, published.calendar, published.config).withdraw(
            gone, "revoked", "撤销决定", at("2026-06-03").date(), at("2026-06-03"), SYSTEM
        )
        pid = gone.public_id
    done = export(published, "2026-06-04")
    assert (done["full"].version, done["2025"].version, done["2026"].written) == ("1.1.0", "1.1.0", False)
    new = folder(published, "full", "1.1.0")
    assert pid not in {r["public_id"] for r in rows(new / "decisions.csv")}
    assert {"public_id": pid, "kind": "withdrawn", "reason": "revoked"}.items() <= next(
        r for r in rows(new / "withdrawals.csv") if r["public_id"] == pid
    ).items()
    assert pid in {
        r["public_id"] for r in rows(folder(published, "full", "1.0.0") / "decisions.csv")
    }  # old stays
    assert (new.parent / "latest").resolve() == new.resolve()
    assert "| 1.1.0 | 2026-06-04T10:00:00+08:00 | 0 | 0 | 1 |" in (new / "CHANGELOG.md").read_text(
        encoding="utf-8"
    )


def test_correction_bumps_the_patch(published: Runtime, tmp_path: Path) -> None:
    export(published)
    fixed = f.decision(
        id="测市监罚决〔2025〕6号", decision_date="2025-06-07", text="当事人销售过期食品第6批（更正）。"
    )
    assert intake.ingest(
        published.sessions, f.write_jsonl(tmp_path / "fix.jsonl", [fixed]), now=at("2026-06-05")
    ).ok
    with published.sessions() as s, s.begin():
        tick(s, at("2026-06-05"), published.calendar, published.config)
        request = s.scalars(select(CorrectionRequest)).one()  # a published record changes only when approved
        life = Lifecycle(s, published.calendar, published.config)
        review.decide_correction(
            s, life, request, True, Actor("rev", "reviewer", "T-SCJG"), at("2026-06-05", 11)
        )
    done = export(published, "2026-06-06")
    assert done["full"].version == "1.0.1" and done["2025"].version == "1.0.1" and not done["2026"].written


def test_schema_change_bumps_the_major(published: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    export(published)
    monkeypatch.setattr(packages, "schema_hash", lambda: "changed")
    assert export(published, "2026-06-07")["full"].version == "2.0.0"


def test_a_crash_never_leaves_a_half_written_package(
    published: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    export(published)
    with published.sessions() as s, s.begin():
        Lifecycle(s, published.calendar, published.config).withdraw(
            public(s, "测市监罚决〔2025〕7号"),
            "revoked",
            "撤销",
            at("2026-06-03").date(),
            at("2026-06-03"),
            SYSTEM,
        )

    def crash(*_args: Any, **_kwargs: Any) -> Any:
        raise KeyboardInterrupt

    monkeypatch.setattr(packages.frictionless, "validate", crash)
    with pytest.raises(KeyboardInterrupt):
        export(published, "2026-06-04")
    root = folder(published, "full", "1.0.0").parent
    assert sorted(p.name for p in root.iterdir()) == ["1.0.0", "latest", "versions.json"]
    assert (root / "latest").resolve().name == "1.0.0"
    monkeypatch.undo()
    assert export(published, "2026-06-05")["full"].version == "1.1.0"


def test_data_page_and_files(client: Any, published: Runtime) -> None:
    export(published)
    page = client.get("/data").get_data(as_text=True)
    assert "版本 1.0.0" in page and "decisions.csv" in page and "数据字典" in page and "引用方式" in page
    with (
        client.get("/data/packages/full/latest/decisions.csv") as latest,
        client.get("/data/packages/full/1.0.0/decisions.csv") as pinned,
    ):
        assert latest.data == pinned.data and pinned.headers["Cache-Control"].endswith("max-age=31536000")
    assert client.get("/data/packages/full/../../gongshi.db").status_code == 404
    assert client.get("/data.json").get_json()["packages"][0]["name"] == "full"


def test_data_page_in_english(client: Any, published: Runtime) -> None:
    export(published)
    page = client.get("/data?lang=en").get_data(as_text=True)
    assert (
        "Open data" in page
        and "Data dictionary" in page
        and "How to cite" in page
        and "version 1.0.0" in page
    )
