"""Cookies that stay on this site (SameSite=Lax) and on HTTPS (Secure); rate limits that
hold across worker processes; a re-sent complaint form that gets its receipt, not a refusal."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask

from portal import create_app
from publisher.runtime import Runtime
from publisher.settings import ROOT
from tests import factories as f
from tests.portal.test_complaint_forms import FACTS, fields, post, stored

HTTPS = "https://localhost"
REDIS = "redis://127.0.0.1:6379/0"
TRACKING_NO = re.compile(r"TS\d{8}[2-9A-Z]{6}")
SECOND_WORKER = """
import json, sys
from portal import create_app
from tests.portal.test_complaint_forms import fields, post
app = create_app(json.loads(sys.argv[1]))
client = app.test_client()
print(post(client, fields(client), environ_base={"REMOTE_ADDR": sys.argv[2]}).status_code)
app.extensions["gongshi"].close()
"""


def cookie(response: Any, name: str) -> list[str]:
    """The attributes of the cookie ``name`` set by a response, lower-cased."""
    for header in response.headers.getlist("Set-Cookie"):
        if header.startswith(f"{name}="):
            return [part.strip().lower() for part in header.split(";")]
    raise AssertionError(f"no {name} cookie in {response.headers.getlist('Set-Cookie')}")


def sign_in(client: Any, base_url: str = "http://localhost") -> Any:
    """Sign in as a supervisor the way a browser does (HTTPS forms send a same-origin Referer)."""
    page = client.get("/office/login", base_url=base_url).get_data(as_text=True)
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    return client.post(
        "/office/login",
        base_url=base_url,
        data={"csrf_token": token, "username": "sup1", "password": f.STAFF_PASSWORD},
        headers={"Referer": f"{base_url}/office/login"},
    )


def an_address() -> str:
    """A client address no other test (or earlier run sharing Redis) has used."""
    return f"198.18.{uuid.uuid4().int % 250}.{uuid.uuid4().int % 250}"


def test_over_http_cookies_are_samesite_lax_and_not_secure(client: Any, published: Runtime) -> None:
    f.add_staff(published)
    signed_in = sign_in(client)
    assert signed_in.status_code == 302
    session = cookie(signed_in, "session")
    assert "samesite=lax" in session and "httponly" in session and "secure" not in session
    lang = cookie(client.get("/?lang=en"), "lang")
    assert "samesite=lax" in lang and "secure" not in lang


def test_over_https_cookies_are_secure(client: Any, published: Runtime) -> None:
    f.add_staff(published)
    signed_in = sign_in(client, HTTPS)
    assert signed_in.status_code == 302
    session = cookie(signed_in, "session")
    assert "secure" in session and "samesite=lax" in session and "httponly" in session
    assert client.get("/office/", base_url=HTTPS).status_code == 200  # the Secure cookie works
    lang = cookie(client.get("/?lang=en", base_url=HTTPS), "lang")
    assert "secure" in lang and "samesite=lax" in lang


def test_secure_cookies_can_be_forced_behind_a_tls_proxy(published: Runtime, config: dict[str, Any]) -> None:
    f.add_staff(published)
    app = create_app({**config, "TESTING": True, "RATELIMIT_ENABLED": False, "SESSION_COOKIE_SECURE": True})
    client = app.test_client()
    session = cookie(sign_in(client), "session")
    assert "secure" in session and "samesite=lax" in session
    assert "secure" in cookie(client.get("/?lang=en"), "lang")
    app.extensions["gongshi"].close()


@pytest.fixture
def limited(published: Runtime, config: dict[str, Any]) -> Iterator[Flask]:
    """The portal with the filing limit on: two complaints per address and hour."""
    app = create_app(
        {**config, "TESTING": True, "RATELIMIT_ENABLED": True, "COMPLAINT_RATE_LIMIT": "2 per hour"}
    )
    yield app
    app.extensions["gongshi"].close()


def test_a_form_sent_again_gets_its_receipt_even_after_the_limit(limited: Flask, published: Runtime) -> None:
    client = limited.test_client()
    here = {"REMOTE_ADDR": an_address()}
    first = fields(client)
    filed = post(client, first, environ_base=here)
    assert filed.status_code == 201
    number = TRACKING_NO.findall(filed.get_data(as_text=True))
    assert len(number) == 1
    again = post(client, first, environ_base=here)  # a double click: answered, and not counted
    assert again.status_code == 200 and TRACKING_NO.findall(again.get_data(as_text=True)) == number
    assert post(client, fields(client), environ_base=here).status_code == 201  # the second filing
    resent = post(client, first, environ_base=here)  # the browser re-posts after the limit is reached
    page = resent.get_data(as_text=True)
    assert resent.status_code == 200
    assert TRACKING_NO.findall(page) == number and "这份投诉举报已经收到" in page
    assert len(stored(published)) == 2


@pytest.mark.parametrize(
    ("lang", "message"),
    [("zh_CN", "提交过于频繁，请稍后再试"), ("en", "Too many submissions")],
    ids=["chinese", "english"],
)
def test_a_new_complaint_over_the_limit_is_refused_in_the_visitors_language(
    limited: Flask, published: Runtime, lang: str, message: str
) -> None:
    client = limited.test_client()
    client.get(f"/complaints/new?lang={lang}")
    here = {"REMOTE_ADDR": an_address()}
    assert [post(client, fields(client), environ_base=here).status_code for _ in range(2)] == [201, 201]
    refused = post(client, fields(client, facts=FACTS + "（另一件事）"), environ_base=here)
    page = refused.get_data(as_text=True)
    assert refused.status_code == 429
    assert message in page and FACTS in page and not TRACKING_NO.search(page)
    assert len(stored(published)) == 2


@pytest.mark.parametrize(
    ("storage", "second_worker"),
    [("memory://", 201), (REDIS, 429)],  # REDIS stands for the redis_url fixture
    ids=["memory-counts-per-worker", "redis-shared-by-workers"],
)
def test_a_limit_holds_across_worker_processes_only_with_redis(
    request: pytest.FixtureRequest,
    published: Runtime,
    config: dict[str, Any],
    storage: str,
    second_worker: int,
) -> None:
    import redis

    if storage == REDIS:
        storage = request.getfixturevalue("redis_url")
    settings = {
        **config,
        "TESTING": True,
        "RATELIMIT_ENABLED": True,
        "RATELIMIT_STORAGE_URI": storage,
        "COMPLAINT_RATE_LIMIT": "1 per hour",
    }
    app = create_app(settings)
    client = app.test_client()
    here = {"REMOTE_ADDR": an_address()}
    assert [post(client, fields(client), environ_base=here).status_code for _ in range(2)] == [201, 429]
    other = subprocess.run(
        [sys.executable, "-c", SECOND_WORKER, json.dumps(settings, default=str), here["REMOTE_ADDR"]],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(other.stdout.split()[-1]) == second_worker
    if storage != "memory://":
        server = redis.Redis.from_url(storage)
        server.delete(*server.scan_iter(f"*/{here['REMOTE_ADDR']}/*"))
    app.extensions["gongshi"].close()
