"""A small published district for portal tests: known decisions, officers and one withdrawal."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import Result
from sqlalchemy import select, text

from publisher import db
from publisher.intake import ingest as intake
from publisher.lifecycle.actors import SYSTEM
from publisher.lifecycle.tick import tick
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import Base, PublicDecision
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at

OFFICERS = [
    f.officer(credential_no="JN2024000001", name="赵执法", status="valid"),
    f.officer(
        credential_no="JN2024000002",
        name="钱暂扣",
        status="suspended",
        status_date="2026-03-01",
        status_reason="涉嫌违纪",
    ),
    f.officer(credential_no="JN2024000003", name="孙吊销", status="revoked", status_date="2026-04-01"),
    f.officer(credential_no="JN2024000004", name="李注销", status="cancelled", status_date="2026-05-01"),
    f.officer(
        credential_no="JN2020000005",
        name="周过期",
        status="valid",
        valid_from="2020-01-01",
        valid_until="2025-01-01",
        id_number=f.PERSON_ID[:-1] + "0",
        phone="13700000000",
    ),
]


def decisions() -> list[dict[str, Any]]:
    """Twelve company penalties, a licence, an inspection, a person's penalty and one to withdraw."""
    rows = [
        f.decision(
            id=f"测市监罚决〔2025〕{n}号",
            decision_date=f"2025-06-{n + 1:02d}",
            text=f"当事人销售过期食品第{n}批。本局决定罚款人民币五万元。",
        )
        for n in range(1, 13)
    ]
    rows += [
        f.decision(
            id="测市监许〔2026〕1号",
            category="license",
            decision_date="2026-03-02",
            penalty_types="",
            fine_amount="",
            text="准予食品经营许可，有效期五年。",
            result="准予许可",
        ),
        f.decision(
            id="测应急检〔2026〕1号",
            agency="T-YJGL",
            category="inspection",
            decision_date="2026-04-01",
            penalty_types="",
            fine_amount="",
            text="对安全生产条件进行检查，未发现违法行为。",
            result="未发现违法",
        ),
        f.person_decision(decision_date="2026-05-06"),
        f.decision(
            id="测市监罚决〔2026〕9号", decision_date="2026-05-07", text="当事人虚假宣传。罚款人民币二万元。"
        ),
    ]
    return rows


def publish_district(rt: Runtime, work: Path) -> None:
    """Ingest, publish on simulated dates, withdraw one decision, and index everything."""
    files = {
        "agencies": [
            f.agency(),
            f.agency(
                code="T-YJGL", name="测试区应急管理局", name_en="Test Emergency Management", hotline="12350"
            ),
        ],
        "power_items": [
            {
                "agency": "T-SCJG",
                "code": "P-001",
                "name": "对销售过期食品的行政处罚",
                "category": "penalty",
                "legal_basis": "《食品安全法》第一百二十四条",
                "discretion_standard": "裁量基准第3项",
            }
        ],
        "officers": OFFICERS,
        "decisions": decisions(),
    }
    for kind, rows in files.items():
        report = intake.ingest(rt.sessions, f.write_jsonl(work / f"{kind}.jsonl", rows), now=at("2026-05-08"))
        assert report.ok, report.problems
    with rt.sessions() as s, s.begin():
        tick(s, at("2026-05-08"), rt.calendar, rt.config)
        gone = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == "测市监罚决〔2026〕9号")).one()
        Lifecycle(s, rt.calendar, rt.config).withdraw(
            gone, "revoked", "测试区人民政府行政复议决定", dt.date(2026, 5, 20), at("2026-05-21"), SYSTEM
        )
    outputs.refresh(rt)


class Districts:
    """The published district, built once per backend, settings and test process, and copied
    into each test that asks for it (its database rows and its data directory, the search index)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.built: dict[tuple[str, str], Path] = {}

    def restore(self, config: dict[str, Any]) -> None:
        url = str(config["DATABASE_URL"])
        backend = "sqlite" if url.startswith("sqlite") else "postgresql"
        settings = repr(
            sorted((k, str(v)) for k, v in config.items() if k not in ("DATABASE_URL", "DATA_DIR"))
        )
        key = (backend, settings)
        if key not in self.built:
            self.built[key] = self._build(config, backend, f"district_{len(self.built)}")
            return
        where = self.built[key]
        if backend == "sqlite":
            for file in where.glob("gongshi.db*"):
                shutil.copy(file, url.removeprefix("sqlite:///") + file.name.removeprefix("gongshi.db"))
        else:
            self._copy_rows(url, from_schema=where.name, to_schema="public")
        shutil.copytree(where / "data", config["DATA_DIR"], symlinks=True)  # the index link stays a link

    def _build(self, config: dict[str, Any], backend: str, name: str) -> Path:
        from portal import create_app

        where = self.root / name
        where.mkdir()
        app = create_app({**config, "TESTING": True, "RATELIMIT_ENABLED": False})
        publish_district(app.extensions["gongshi"], where)
        app.extensions["gongshi"].close()
        shutil.copytree(config["DATA_DIR"], where / "data", symlinks=True)
        url = str(config["DATABASE_URL"])
        if backend == "sqlite":  # the file, and its write-ahead log should a connection still hold one
            for suffix in ("", "-wal"):
                if Path(url.removeprefix("sqlite:///") + suffix).exists():
                    shutil.copy(url.removeprefix("sqlite:///") + suffix, where / f"gongshi.db{suffix}")
        else:
            self._copy_rows(url, from_schema="public", to_schema=name)
        return where

    @staticmethod
    def _copy_rows(url: str, from_schema: str, to_schema: str) -> None:
        """Copy every table's rows between schemas (the template schema is created on the way
        out; on the way in, the emptied tables are filled and their id sequences moved on)."""
        engine = db.make_engine(url)
        tables = [t.name for t in Base.metadata.sorted_tables]
        with engine.begin() as conn:
            if to_schema == "public":
                conn.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
                for name in tables:
                    conn.execute(text(f"INSERT INTO public.{name} SELECT * FROM {from_schema}.{name}"))
                serials = conn.execute(
                    text(
                        "SELECT table_name, column_name FROM information_schema.columns "
                        "WHERE table_schema = 'public' AND column_default LIKE 'nextval%'"
                    )
                )
                for table, column in serials.all():
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                            f"COALESCE((SELECT MAX({column}) FROM {table}), 0) + 1, false)"
                        )
                    )
            else:
                conn.execute(text(f"DROP SCHEMA IF EXISTS {to_schema} CASCADE"))
                conn.execute(text(f"CREATE SCHEMA {to_schema}"))
                for name in tables:
                    conn.execute(text(f"CREATE TABLE {to_schema}.{name} AS SELECT * FROM public.{name}"))
        engine.dispose()


@pytest.fixture(scope="session")
def districts(tmp_path_factory: pytest.TempPathFactory) -> Districts:
    return Districts(tmp_path_factory.mktemp("districts"))


@pytest.fixture
def config(config: dict[str, Any], request: pytest.FixtureRequest) -> dict[str, Any]:
    """The test's settings; when the test asks for the published district, its database and
    data directory hold it before any app or runtime opens them."""
    if "published" in request.fixturenames:
        request.getfixturevalue("districts").restore(config)
    return config


@pytest.fixture
def published(app: Any) -> Runtime:
    """The portal's runtime on the published district (see ``publish_district``)."""
    rt: Runtime = app.extensions["gongshi"]
    return rt


def public_id(rt: Runtime, doc_no: str) -> str:
    with rt.sessions() as s:
        return s.scalars(select(PublicDecision.public_id).where(PublicDecision.doc_no == doc_no)).one()


@pytest.fixture
def cli(published: Runtime, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Result]:
    """Run `publisher` with its arguments on the published district's database and data."""
    from click.testing import CliRunner

    from publisher.cli import main

    for key, value in published.config.items():
        monkeypatch.setenv(f"PORTAL_{key}", str(value))
    return lambda *args: CliRunner().invoke(main, list(args))
