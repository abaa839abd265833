"""One time zone (settings: TIMEZONE) for every local date: the API's ``since=``, feeds and
publication days follow it, whatever the machine's zone or UTC say."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from portal import create_app
from publisher.lifecycle.actors import SYSTEM
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import PublicDecision
from publisher.runtime import Runtime

BEIJING = dt.timezone(dt.timedelta(hours=8))
DOC = "测市监罚决〔2025〕6号"
# 01:00 on 22 May in Beijing is still 21 May in UTC
WITHDRAWN_AT = dt.datetime(2026, 5, 22, 1, 0, tzinfo=BEIJING)


def withdraw_early(rt: Runtime) -> None:
    with rt.sessions() as s, s.begin():
        public = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == DOC)).one()
        Lifecycle(s, rt.calendar, rt.config).withdraw(
            public, "revoked", "复议决定书", dt.date(2026, 5, 21), WITHDRAWN_AT, SYSTEM
        )


@pytest.fixture
def client_in(config: dict[str, Any], published: Runtime) -> Iterator[Any]:
    """A portal on the published district in a given zone."""
    apps = []

    def make(zone: str) -> Any:
        app = create_app({**config, "TESTING": True, "RATELIMIT_ENABLED": False, "TIMEZONE": zone})
        apps.append(app)
        return app.test_client()

    yield make
    for app in apps:
        app.extensions["gongshi"].close()


def withdrawn_since(client: Any, day: str) -> list[str]:
    return [row["doc_no"] for row in client.get(f"/api/v1/withdrawals?since={day}").get_json()["data"]]


def test_since_counts_the_configured_zones_days(client_in: Any, published: Runtime) -> None:
    withdraw_early(published)
    beijing = client_in("Asia/Shanghai")
    assert DOC in withdrawn_since(beijing, "2026-05-22")  # withdrawn on the 22nd, local time
    utc = client_in("UTC")
    assert DOC not in withdrawn_since(utc, "2026-05-22")  # in UTC it was the 21st
    assert DOC in withdrawn_since(utc, "2026-05-21")


def test_feed_times_are_given_in_the_configured_zone(client_in: Any, published: Runtime) -> None:
    withdraw_early(published)
    beijing = client_in("Asia/Shanghai").get("/feeds/withdrawals.atom").get_data(as_text=True)
    assert "2026-05-22T01:00:00+08:00" in beijing
    utc = client_in("UTC").get("/feeds/withdrawals.atom").get_data(as_text=True)
    assert "2026-05-21T17:00:00+00:00" in utc
