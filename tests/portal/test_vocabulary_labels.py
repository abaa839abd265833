"""What citizens and researchers read for a code is the vocabulary's label, in their language,
on every channel: pages, feeds, the office, the API and its OpenAPI document."""

from __future__ import annotations

import json
from typing import Any

from publisher import vocabulary
from publisher.intake import schemas
from publisher.runtime import Runtime
from tests.portal.conftest import public_id

GONE = "测市监罚决〔2026〕9号"  # withdrawn as revoked by the fixture


def test_a_withdrawn_decision_gives_its_reason_in_the_visitors_language(
    client: Any, published: Runtime
) -> None:
    pid = public_id(published, GONE)
    chinese = client.get(f"/decisions/{pid}").get_data(as_text=True)
    english = client.get(f"/decisions/{pid}?lang=en").get_data(as_text=True)
    assert "决定已撤销" in chinese and "已撤下" in chinese
    assert "The decision was revoked" in english and "Withdrawn" in english and "决定已撤销" not in english


def test_feeds_and_search_name_categories_and_reasons_alike(client: Any, published: Runtime) -> None:
    feed = client.get("/feeds/withdrawals.atom").get_data(as_text=True)
    assert "决定已撤销" in feed
    decisions = client.get("/feeds/decisions.rss?category=penalty").get_data(as_text=True)
    assert "行政处罚" in decisions
    english = client.get("/decisions?lang=en").get_data(as_text=True)
    for code, name in vocabulary.labels("category", "en").items():
        assert f'<option value="{code}"' in english and name in english


def test_openapi_objects_are_the_public_datasets_rows(client: Any, published: Runtime) -> None:
    document = client.get("/api/v1/openapi.json").get_json()
    objects = document["components"]["schemas"]
    for name, dataset in {
        "Decision": "decisions",
        "Withdrawal": "withdrawals",
        "Agency": "agencies",
        "Officer": "officers",
    }.items():
        table = json.loads((schemas.SCHEMA_DIR / "public" / f"{dataset}.schema.json").read_text("utf-8"))
        columns = {f["name"] for f in table["fields"]}
        required = {f["name"] for f in table["fields"] if f.get("constraints", {}).get("required")}
        assert columns <= set(objects[name]["properties"]), name
        assert required <= set(objects[name]["required"]), name
    assert objects["Decision"]["properties"]["category"]["enum"] == list(vocabulary.codes("category"))
    assert objects["Officer"]["properties"]["status"]["enum"] == list(vocabulary.codes("officer_status"))
    assert objects["Decision"]["properties"]["fine_amount"]["type"] == "string"  # a decimal, never a float


def test_the_api_gives_a_withdrawal_every_column_of_the_package(client: Any, published: Runtime) -> None:
    rows = client.get("/api/v1/withdrawals").get_json()["data"]
    table = json.loads((schemas.SCHEMA_DIR / "public" / "withdrawals.schema.json").read_text("utf-8"))
    assert rows and all(set(row) == {f["name"] for f in table["fields"]} for row in rows)
    gone = next(r for r in rows if r["doc_no"] == GONE)
    assert gone["reason"] == "revoked" and gone["decision_date"] and gone["kind"] == "withdrawn"
    agency = client.get("/api/v1/agencies").get_json()["data"][0]
    assert "parent" in agency
