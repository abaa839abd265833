"""Black-box probes of URLs that no page links to, sent raw over HTTP as a stranger would.

Private files are planted where earlier versions exposed them (the demo's intake files,
temporary uploads, the index, files beside a package's published versions); every route
that takes a name or a path is then asked for them with traversal forms: encoded and
double-encoded dots and slashes, backslashes, absolute paths and ``latest/..``.
"""

from __future__ import annotations

import http.client
import itertools
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from publisher.outputs import packages
from publisher.runtime import Runtime
from tests import factories as f
from tests.browser_helpers import serve
from tests.publisher.lifecycle_helpers import at

MARKER = "PLANTED-PRIVATE-7731"
SECRETS = (MARKER, f.PERSON_ID, "root:x:0:0")
TARGETS = ("demo/decisions.jsonl", "uploads/tmp123.jsonl", "index/MAIN.toc", "packages/full/stray.csv")
# What a traversal looks like once a route's argument is spliced into a URL.
PAYLOADS = [
    "..",
    "%2e%2e",
    "%252e%252e",
    "..%2fdemo%2fdecisions.jsonl",
    "%2e%2e%2fdemo%2fdecisions.jsonl",
    "%252e%252e%252fdemo%252fdecisions.jsonl",
    "..%5cdemo%5cdecisions.jsonl",
    "..\\demo\\decisions.jsonl",
    "%2fetc%2fpasswd",
    "//etc/passwd",
    "%c0%ae%c0%ae",
    "....//demo",
    "latest/..",
    "stray.csv",
    "9.9.9",
]


@pytest.fixture
def planted(published: Runtime) -> Runtime:
    """Export the packages, then plant private files inside and beside the data directory."""
    data = Path(published.config["DATA_DIR"])
    with published.sessions() as s:
        packages.export_all(s, data / "packages", at("2026-06-01"), published.config)
    private = json.dumps({"id_number": f.PERSON_ID, "note": MARKER}, ensure_ascii=False)
    for target in TARGETS:
        (data / target).parent.mkdir(parents=True, exist_ok=True)
        (data / target).write_text(private, encoding="utf-8")
    orphan = data / "packages" / "full" / "9.9.9"  # a version folder no manifest lists
    orphan.mkdir()
    (orphan / "decisions.csv").write_text(private, encoding="utf-8")
    (data / "packages" / "full" / "1.0.0" / "raw.jsonl").write_text(private, encoding="utf-8")
    return published


def get(base: str, path: str, follow: int = 2) -> tuple[int, str]:
    """Send ``path`` byte for byte (no client-side normalisation of dots or escapes).

    A redirect (Werkzeug merges double slashes with a 308) is followed on the same host.
    """
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname or "127.0.0.1", parts.port, timeout=10)
    try:
        conn.putrequest("GET", path, skip_accept_encoding=True)
        conn.endheaders()
        response = conn.getresponse()
        status, body = response.status, response.read().decode("utf-8", "replace")
        location = urlsplit(response.headers.get("Location", ""))
    finally:
        conn.close()
    if status in (301, 302, 303, 307, 308) and follow:
        assert location.hostname in (None, parts.hostname), (path, location)  # never off-site
        return get(base, location.path + (f"?{location.query}" if location.query else ""), follow - 1)
    return status, body


def probes(app: Any) -> Iterator[tuple[str, str]]:
    """Every GET route that takes an argument, with every payload in each argument."""
    for rule in app.url_map.iter_rules():
        if "GET" not in (rule.methods or set()) or not rule.arguments:
            continue
        template = re.sub(r"<(?:[^:<>]+:)?([^<>]+)>", r"{\1}", rule.rule)
        for name, payload in itertools.product(sorted(rule.arguments), PAYLOADS):
            plain = {
                arg: "full" if arg == "name" else "latest" if arg == "version" else "x"
                for arg in rule.arguments
            }
            yield rule.endpoint, template.format(**{**plain, name: payload})


def test_no_route_reaches_a_file_that_was_not_published(app: Any, planted: Runtime) -> None:
    attempts = list(probes(app))
    attempts += [
        ("data.package_file", "/data/packages/%2e%2e/demo/decisions.jsonl"),  # the reported attack
        ("data.package_file", "/data/packages/..%2f..%2fdemo/x/decisions.jsonl"),
        ("data.package_file", "/data/packages/full/latest/../../demo/decisions.jsonl"),
        ("data.package_file", "/data/packages/full/latest/..%2f..%2fdemo%2fdecisions.jsonl"),
        ("data.package_file", "/data/packages/full/9.9.9/decisions.csv"),
        ("data.package_file", "/data/packages/full/1.0.0/raw.jsonl"),
        ("data.package_file", "/data/packages/full/versions.json/x"),
        ("static", "/static/..%2f..%2fpublisher%2fsettings.py"),
        ("static", "/static/%2e%2e/%2e%2e/etc/passwd"),
        ("static", "/static//etc/passwd"),
    ]
    assert len(attempts) > 200
    with serve(app) as base:
        for endpoint, path in attempts:
            status, body = get(base, path)
            assert status < 500, (path, status)
            leaked = [s for s in SECRETS if s in body]
            assert not leaked, (path, leaked)
            if endpoint in ("data.package_file", "static"):
                assert status in (400, 404), (path, status)


def test_published_files_are_still_served(app: Any, planted: Runtime) -> None:
    with serve(app) as base:
        for path in (
            "/data/packages/full/latest/datapackage.json",
            "/data/packages/full/1.0.0/decisions.csv",
            "/data/packages/full/1.0.0/CHANGELOG.md",
            "/data/packages/2025/latest/withdrawals.csv",
        ):
            assert get(base, path)[0] == 200, path


@pytest.mark.parametrize("number", ["2147483648", "9223372036854775808", "99999999999999999999999"])
def test_numbers_beyond_any_column_are_not_found(client: Any, number: str) -> None:
    for path in (f"/statistics/{number}", f"/statistics/{number}.json", f"/office/records/{number}"):
        assert client.get(path).status_code == 404, path


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe\x00a",
        b"\x80\x80,a\n",
        b"id,agency\n\x81\x30\x81",
        b'id,agency,text\nX,T-SCJG,"' + b"a" * 140_000 + b'"\n',
    ],
    ids=["utf16-bom", "bad-lead", "cut-off", "field-beyond-the-csv-limit"],
)
def test_undecodable_csv_is_a_problem_not_a_crash(client: Any, published: Runtime, body: bytes) -> None:
    from publisher.office import tokens

    with published.sessions() as s, s.begin():
        token = tokens.create(s, "T-SCJG", "办案系统", "admin", at("2026-06-01"))[1]
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "text/csv"}
    response = client.post("/api/v1/intake/decisions", data=body, headers=headers)
    assert response.status_code == 422, response.get_data(as_text=True)[:300]
    assert response.get_json()["stored"] is False
