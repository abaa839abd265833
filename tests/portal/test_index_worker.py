"""`publisher index-worker` keeps the search index in step beside the portal: with
PORTAL_INDEX_WORKER on, requests leave the index alone and a withdrawal leaves search as soon
as the worker's next sync runs (every 0.2 s here)."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from portal import create_app
from publisher.lifecycle.actors import SYSTEM
from publisher.lifecycle.transitions import Lifecycle
from publisher.models import PublicDecision
from publisher.outputs import refresh as outputs
from publisher.runtime import Runtime
from tests.publisher.lifecycle_helpers import at

DOC = "测市监罚决〔2025〕3号"


@pytest.fixture
def client(config: dict[str, Any], published: Runtime) -> Iterator[Any]:
    app = create_app({**config, "TESTING": True, "RATELIMIT_ENABLED": False, "INDEX_WORKER": True})
    yield app.test_client()
    app.extensions["gongshi"].close()


def found(client: Any) -> int:
    return int(client.get("/decisions.json?q=第3批").get_json()["total"])


def test_the_worker_applies_a_withdrawal_that_requests_left_to_it(client: Any, published: Runtime) -> None:
    with published.sessions() as s, s.begin():
        public = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == DOC)).one()
        Lifecycle(s, published.calendar, published.config).withdraw(
            public, "confirmed_illegal", "法院判决", dt.date(2026, 6, 1), at("2026-06-02"), SYSTEM
        )
    worker_rt = Runtime({**published.config, "INDEX_WORKER": True})
    outputs.after_request_change(worker_rt)  # what a request does now: nothing to the index
    assert found(client) == 1
    env = {**os.environ, **{f"PORTAL_{k}": str(v) for k, v in published.config.items() if k.isupper()}}
    worker = subprocess.Popen(
        [sys.executable, "-m", "publisher.cli", "index-worker", "--interval", "0.2"],
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        waited = 0.0
        while found(client) and waited < 30:  # a generous bound for a loaded CI machine
            time.sleep(0.2)
            waited += 0.2
        assert found(client) == 0
    finally:
        worker.send_signal(signal.SIGTERM)
        _out, err = worker.communicate(timeout=30)
    assert worker.returncode == 0, err
    assert "stopped after 1 syncs that changed the index" in err
