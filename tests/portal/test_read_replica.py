"""The public routes read through a database connection that cannot write (READ_DATABASE_URL).

On PostgreSQL the read URL is a role of its own with ``default_transaction_read_only=on``, as
a hot standby would be; on SQLite it is the primary file opened ``query_only``. Every public
GET route, found in the URL map (a new one is walked as soon as it exists), answers without a
500, while a complaint filed through the same app lands in the primary.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from werkzeug.routing import BuildError

from portal import create_app
from portal import db as portal_db
from publisher import db
from publisher.lifecycle.actors import SYSTEM
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import Complaint, PublicDecision
from publisher.outputs import packages
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime
from tests.portal.conftest import public_id
from tests.portal.test_complaint_forms import fields, post
from tests.publisher.lifecycle_helpers import at

FORMATS = (None, "json", "csv", "rss", "atom")


@pytest.fixture
def read_url(published: Runtime) -> Iterator[str]:
    """The public routes' read URL: on PostgreSQL a fresh role whose transactions are read-only
    (dropped afterwards); on SQLite empty, the primary opened query_only."""
    url = make_url(str(published.config["DATABASE_URL"]))
    if url.get_backend_name() != "postgresql":
        yield ""
        return
    role = f"gongshi_reader_{uuid.uuid4().hex[:10]}"
    with published.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD 'reader'"))
        conn.execute(text(f"ALTER ROLE {role} SET default_transaction_read_only = on"))
        conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {role}"))
        conn.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"))
    try:
        yield url.set(username=role, password="reader").render_as_string(hide_password=False)
    finally:
        published.close()
        with published.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r"), {"r": role}
            )
            conn.execute(text(f"DROP OWNED BY {role}"))
            conn.execute(text(f"DROP ROLE {role}"))


@pytest.fixture
def replica_app(published: Runtime, read_url: str) -> Iterator[Flask]:
    """The portal with READ_DATABASE_URL set, on the published district with its packages."""
    with published.sessions() as s:
        packages.export_all(
            s, Path(published.config["DATA_DIR"]) / "packages", at("2026-06-01"), published.config
        )
    app = create_app(
        {**published.config, "TESTING": True, "RATELIMIT_ENABLED": False, "READ_DATABASE_URL": read_url}
    )
    yield app
    app.extensions["gongshi"].close()


def public_urls(app: Flask, samples: dict[str, list[Any]]) -> list[str]:
    """Every GET route of the public blueprints, each argument from ``samples``, each format it
    takes; fails on an argument without a sample, so a new route cannot be skipped."""
    readers = app.extensions[portal_db.READERS]
    adapter = app.url_map.bind("localhost")
    urls: list[str] = []
    walked: set[str] = set()
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or ()) or rule.endpoint == "static" or rule.rule.startswith("/office/"):
            continue
        assert rule.endpoint.partition(".")[0] in readers, f"{rule.rule}: a public GET route on the primary"
        unknown = set(rule.arguments) - set(samples) - {"fmt"}
        assert not unknown, f"{rule.rule}: give the walk a sample {sorted(unknown)}"
        names = sorted(set(rule.arguments) - {"fmt"})
        for values in itertools.product(*(samples[n] for n in names)):
            for fmt in FORMATS:
                args = dict(zip(names, values, strict=True)) | ({"fmt": fmt} if fmt else {})
                try:
                    url = adapter.build(rule.endpoint, args)
                except (BuildError, ValueError):
                    continue
                if adapter.match(url.partition("?")[0], return_rule=True)[0] is rule:
                    walked.add(rule.rule)
                urls += [url, url + ("&" if "?" in url else "?") + "q=罚款"]
    missed = {
        r.rule
        for r in app.url_map.iter_rules()
        if "GET" in (r.methods or ()) and r.endpoint.partition(".")[0] in readers
    } - walked
    assert not missed, f"routes the walk never reached: {sorted(missed)}"
    return sorted(set(urls))


def status(client: Any, url: str) -> int:
    """The status of a GET, its body (a streamed file too) read and closed."""
    response = client.get(url)
    response.get_data()
    response.close()
    code: int = response.status_code
    return code


def test_every_public_route_answers_from_a_read_only_database(
    replica_app: Flask, published: Runtime, read_url: str
) -> None:
    samples = {
        "code": ["T-SCJG"],
        "power_code": ["P-001"],
        "public_id": [
            public_id(published, "测市监罚决〔2025〕3号"),
            public_id(published, "测市监罚决〔2026〕9号"),
        ],
        "credential_no": ["JN2024000001", "JN2024000003"],
        "plan_no": ["T-SCJG-2026-01"],
        "year": [2025, 2026],
        "name": ["full"],
        "version": ["1.0.0", "latest"],
        "filename": ["decisions.csv", "datapackage.json"],
    }
    urls = public_urls(replica_app, samples)
    assert len(urls) > 100
    client = replica_app.test_client()
    answers = {url: status(client, url) for url in urls}
    assert {url: code for url, code in answers.items() if code >= 500} == {}
    ok = [url for url, code in answers.items() if code == 200]
    for expected in (
        "/decisions?q=罚款",
        "/officers/JN2024000001",
        "/feeds/decisions.rss",
        "/api/v1/decisions",
    ):
        assert expected in ok
    assert "/data/packages/full/1.0.0/decisions.csv" in ok
    assert answers[f"/decisions/{samples['public_id'][1]}"] == 410  # the withdrawn one's tombstone

    rt: Runtime = replica_app.extensions["gongshi"]
    with replica_app.test_request_context("/decisions"):
        assert isinstance(portal_db.session(), db.ReadOnlySession)
        if read_url:
            role = make_url(read_url).username
            assert portal_db.session().execute(text("SELECT current_user")).scalar() == role
    for path, method in (
        ("/complaints/new", "POST"),
        ("/office/login", "GET"),
        ("/api/v1/intake/decisions", "POST"),
    ):
        with replica_app.test_request_context(path, method=method):
            assert not isinstance(portal_db.session(), db.ReadOnlySession)

    answer = post(
        client, fields(client)
    )  # the form page came from the replica, the filing goes to the primary
    assert answer.status_code == 201 and 'id="tracking-no"' in answer.get_data(as_text=True)
    with rt.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Complaint)) == 1


def test_a_write_through_the_read_session_fails_loudly(replica_app: Flask) -> None:
    rt: Runtime = replica_app.extensions["gongshi"]
    with rt.read_sessions() as s:
        decision = s.scalars(select(PublicDecision)).first()
        assert decision is not None
        decision.target_name = "改写"
        with pytest.raises(db.ReadOnlyWrite, match="READ_DATABASE_URL"):
            s.flush()
        s.rollback()
    with rt.read_sessions() as s, pytest.raises(Exception, match="read-only|readonly"):
        s.execute(
            text("UPDATE public_decisions SET target_name = 'x'")
        )  # past the session: the database refuses


def test_the_index_sync_of_a_web_request_reads_only(replica_app: Flask, published: Runtime) -> None:
    rt: Runtime = replica_app.extensions["gongshi"]
    doc_no = "测市监罚决〔2025〕4号"
    with published.sessions() as s, s.begin():
        gone = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == doc_no)).one()
        Lifecycle(s, published.calendar, published.config).withdraw(
            gone, "revoked", "复议决定", gone.decision_date, at("2026-06-02"), SYSTEM
        )
    assert outputs.refresh(rt, may_rebuild=False) == {"indexed": 0, "removed": 1}  # through the read role
    assert replica_app.test_client().get(f"/decisions.json?q={doc_no}").get_json()["total"] == 0
