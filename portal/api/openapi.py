"""The OpenAPI 3 description of /api/v1, generated from the public Table Schemas.

Each object the API returns is a public dataset's row (``schemas/public/*.schema.json``):
its properties, types, required fields, enums (from ``schemas/vocabulary.json`` where a field
names a list) and descriptions come from there; only what the API adds to a row (its URL,
the agency's name, the count of published decisions) is declared here. Amounts travel as
decimal strings, as in the CSV files. schemathesis checks the responses against it.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from publisher import vocabulary
from publisher.settings import ROOT

DESCRIPTION = (
    "Published enforcement decisions, agencies, officers' credentials and withdrawals. "
    "Read-only; CORS allowed; ETags for caching."
)
DECIMAL = {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$", "description": "yuan, as a decimal string"}
TYPES: dict[str, dict[str, Any]] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": DECIMAL,
    "boolean": {"type": "boolean"},
    "date": {"type": "string", "format": "date"},
    "datetime": {"type": "string", "format": "date-time"},
}


def _s(kind: str = "string", nullable: bool = False, **extra: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": kind, **extra}
    if nullable:
        schema["nullable"] = True
    return schema


def _obj(required: list[str], **properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


def _property(field: dict[str, Any]) -> dict[str, Any]:
    prop = {**TYPES[field["type"]]}
    constraints = field.get("constraints", {})
    if "vocabulary" in field:
        prop["enum"] = list(vocabulary.codes(field["vocabulary"]))
    elif "enum" in constraints:
        prop["enum"] = list(constraints["enum"])
    prop["description"] = field.get("description", field.get("title", ""))
    if not constraints.get("required"):
        prop["nullable"] = True
    return prop


def table(name: str, *, required: tuple[str, ...] = (), **added: dict[str, Any]) -> dict[str, Any]:
    """A public dataset's row as an OpenAPI object, with what the API adds to it."""
    schema = json.loads((ROOT / "schemas" / "public" / f"{name}.schema.json").read_text(encoding="utf-8"))
    fields = schema["fields"]
    properties = {f["name"]: _property(f) for f in fields}
    properties.update(added)
    needed = [f["name"] for f in fields if f.get("constraints", {}).get("required")]
    return _obj([*needed, *required], **properties)


ERROR = _obj(
    ["error"], error=_obj(["status", "code", "message"], status=_s("integer"), code=_s(), message=_s())
)
CURSOR = _s(nullable=True, description="Pass as `cursor` to get the next page; null on the last page.")


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _param(
    name: str, description: str, schema: dict[str, Any] | None = None, where: str = "query"
) -> dict[str, Any]:
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "description": description,
        "schema": schema or {"type": "string"},
    }


BAD = _json(_ref("Error"), "Bad parameter")
MISSING = _json(_ref("Error"), "Not found")
LIMIT = _param("limit", "Page size (1–100, default 20)", {"type": "integer", "minimum": 1, "maximum": 100})
PAGE = _param("cursor", "The next_cursor of the previous page")
SEARCH = [
    _param("q", "Keywords, party or decision number"),
    _param("agency", "Agency code"),
    _param("category", "Category code", {"type": "string", "enum": list(vocabulary.codes("category"))}),
    _param(
        "target_type",
        "Party type",
        {"type": "string", "enum": list(vocabulary.codes("target_type"))},
    ),
    _param("year", "Year of decision", {"type": "string", "pattern": "^[0-9]{4}$"}),
    _param("from", "Decided on or after", {"type": "string", "format": "date"}),
    _param("to", "Decided on or before", {"type": "string", "format": "date"}),
    _param("sort", "Order", {"type": "string", "enum": ["relevance", "date", "date_asc"]}),
    LIMIT,
    PAGE,
]


def _list(item: str, **extra: dict[str, Any]) -> dict[str, Any]:
    return _obj(["data", *extra], data={"type": "array", "items": _ref(item)}, **extra)


@cache
def document() -> dict[str, Any]:
    """The OpenAPI 3.0 document."""
    decision = table(
        "decisions",
        required=("status", "url"),
        agency_name=_s(),
        publication_ends=_s(
            format="date",
            nullable=True,
            description="The day publication ends (公示期满); null when no period applies",
        ),
        status=_s(enum=["published"]),
        text=_s(nullable=True, description="Full text, redacted (detail only)"),
    )
    withdrawal = table("withdrawals")
    tombstone = _obj(
        ["public_id", "doc_no", "agency", "status"],
        **{k: withdrawal["properties"][k] for k in ("public_id", "doc_no", "agency", "reason", "basis")},
        status=withdrawal["properties"]["kind"],
        effective={**withdrawal["properties"]["effective"], "nullable": True},
    )
    changed = _s(format="date-time", description="When the item last changed")
    agency = table(
        "agencies",
        required=("url", "updated_at"),
        published=_s("integer"),
        website=_s(nullable=True),
        updated_at=changed,
        url=_s(),
    )
    power = table(
        "power_items", required=("updated_at", "url"), agency_name=_s(), updated_at=changed, url=_s()
    )
    with_powers = {
        **agency,
        "required": [*agency["required"], "powers"],
        "properties": {**agency["properties"], "powers": {"type": "array", "items": _ref("Power")}},
    }
    officer = table(
        "officers",
        required=("status", "valid_from", "valid_until", "url"),
        agency_name=_s(),
        url=_s(),
    )
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "Gongshi open data API",
            "version": "1.0.0",
            "description": DESCRIPTION,
        },
        "servers": [{"url": "/api/v1"}],
        "paths": {
            "/decisions": {
                "get": {
                    "summary": "Search published decisions",
                    "parameters": SEARCH,
                    "responses": {
                        "200": _json(
                            _list(
                                "Decision", total=_s("integer"), facets={"type": "object"}, next_cursor=CURSOR
                            ),
                            "A page of decisions",
                        ),
                        "400": BAD,
                    },
                }
            },
            "/decisions/{public_id}": {
                "get": {
                    "summary": "One decision",
                    "parameters": [_param("public_id", "Public id", where="path")],
                    "responses": {
                        "200": _json(_ref("Decision"), "The decision"),
                        "404": MISSING,
                        "410": _json(_ref("Tombstone"), "No longer published: reason, basis, date"),
                    },
                }
            },
            "/agencies": {
                "get": {"summary": "Every agency", "responses": {"200": _json(_list("Agency"), "Agencies")}}
            },
            "/agencies/{code}": {
                "get": {
                    "summary": "One agency",
                    "parameters": [_param("code", "Agency code", where="path")],
                    "responses": {
                        "200": _json(_ref("AgencyWithPowers"), "The agency and its powers list"),
                        "404": MISSING,
                    },
                }
            },
            "/powers": {
                "get": {
                    "summary": "Power items (权责清单) of every agency",
                    "parameters": [
                        _param("q", "Words in the name, code, legal basis or discretion standard"),
                        _param("agency", "Agency code"),
                        _param(
                            "category",
                            "Category code",
                            {"type": "string", "enum": list(vocabulary.codes("category"))},
                        ),
                        LIMIT,
                        PAGE,
                    ],
                    "responses": {
                        "200": _json(_list("Power", next_cursor=CURSOR), "A page of power items"),
                        "400": BAD,
                    },
                }
            },
            "/officers": {
                "get": {
                    "summary": "Officers' credentials",
                    "parameters": [_param("q", "Credential number or name"), LIMIT, PAGE],
                    "responses": {
                        "200": _json(_list("Officer", next_cursor=CURSOR), "A page of credentials"),
                        "400": BAD,
                    },
                }
            },
            "/officers/{credential_no}": {
                "get": {
                    "summary": "Credentials with this number",
                    "parameters": [_param("credential_no", "Credential number", where="path")],
                    "responses": {"200": _json(_list("Officer"), "Credentials"), "404": MISSING},
                }
            },
            "/withdrawals": {
                "get": {
                    "summary": "Tombstones since a date, oldest first",
                    "parameters": [
                        _param(
                            "since", "Recorded on or after this date", {"type": "string", "format": "date"}
                        ),
                        LIMIT,
                        PAGE,
                    ],
                    "responses": {
                        "200": _json(_list("Withdrawal", next_cursor=CURSOR), "A page of tombstones"),
                        "400": BAD,
                    },
                }
            },
        },
        "components": {
            "schemas": {
                "Decision": decision,
                "Tombstone": tombstone,
                "Agency": agency,
                "AgencyWithPowers": with_powers,
                "Power": power,
                "Officer": officer,
                "Withdrawal": withdrawal,
                "Error": ERROR,
            }
        },
    }
