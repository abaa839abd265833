"""JSON API v1: behaviour a researcher relies on, and a schemathesis run against its OpenAPI document."""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from publisher.runtime import Runtime
from tests.portal.conftest import public_id


def test_api_matches_its_openapi_document(app: Any, published: Runtime) -> None:
    """Generated requests to every operation get responses that conform to the document."""
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 8
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def check(case: Any) -> None:
            # Cursors are opaque: one the API never issued is rightly refused with 400, and no
            # schema can describe the valid ones, so only the acceptance check is left out.
            case.call_and_validate(excluded_checks=[positive_data_acceptance])

        check()


def test_cursor_walks_every_result_once(client: Any, published: Runtime) -> None:
    seen, cursor = [], ""
    for _ in range(10):
        page = client.get(
            f"/api/v1/decisions?sort=date&limit=4{'&cursor=' + cursor if cursor else ''}"
        ).get_json()
        seen += [d["public_id"] for d in page["data"]]
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 15


def test_withdrawals_since_a_date_and_410(client: Any, published: Runtime) -> None:
    pid = public_id(published, "测市监罚决〔2026〕9号")
    assert [
        w["public_id"] for w in client.get("/api/v1/withdrawals?since=2026-05-01").get_json()["data"]
    ] == [pid]
    assert client.get("/api/v1/withdrawals?since=2026-06-01").get_json()["data"] == []
    gone = client.get(f"/api/v1/decisions/{pid}")
    assert (
        gone.status_code == 410 and gone.get_json()["reason"] == "revoked" and "text" not in gone.get_json()
    )


def test_etag_cors_and_error_shape(client: Any, published: Runtime) -> None:
    first = client.get("/api/v1/agencies")
    assert first.headers["Access-Control-Allow-Origin"] == "*"
    assert client.get("/api/v1/agencies", headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    error = client.get("/api/v1/decisions?limit=500")
    assert error.status_code == 400 and set(error.get_json()["error"]) == {"status", "code", "message"}
    assert client.get("/api/v1/officers/JN9").get_json()["error"]["status"] == 404


def test_a_since_date_out_of_range_is_a_bad_request_not_a_server_error(
    client: Any, published: Runtime
) -> None:
    """schemathesis found since=0001-01-01 answering 500 on PostgreSQL (no UTC instant for it)."""
    for since in ("0001-01-01", "9999-12-31", "1899-12-31"):
        response = client.get(f"/api/v1/withdrawals?since={since}")
        assert response.status_code == 400 and response.get_json()["error"]["status"] == 400
    assert client.get("/api/v1/withdrawals?since=1900-01-01").status_code == 200
