"""The OpenAPI 3 description of /api/v1 (checked against the responses by schemathesis)."""

from __future__ import annotations

from typing import Any

DESCRIPTION = (
    "Published enforcement decisions, agencies, officers' credentials and withdrawals. "
    "Read-only; CORS allowed; ETags for caching."
)
CATEGORIES = ["license", "penalty", "coercion", "inspection", "levy", "confirmation", "ruling", "other"]


def _s(kind: str = "string", nullable: bool = False, **extra: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": kind, **extra}
    if nullable:
        schema["nullable"] = True
    return schema


def _obj(required: list[str], **properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


DECISION = _obj(
    ["public_id", "doc_no", "agency", "category", "decision_date", "status", "published_at", "url"],
    public_id=_s(),
    doc_no=_s(),
    agency=_s(),
    agency_name=_s(),
    category=_s(enum=CATEGORIES),
    decision_date=_s(format="date"),
    target_type=_s(),
    target_name=_s(nullable=True),
    credit_code=_s(nullable=True),
    legal_representative=_s(nullable=True),
    legal_basis=_s(nullable=True),
    result=_s(nullable=True),
    fine_amount=_s(nullable=True, description="yuan, as a decimal string"),
    confiscation_amount=_s(nullable=True),
    published_at=_s(format="date-time"),
    deadline=_s(nullable=True, format="date"),
    window_days=_s("integer", nullable=True),
    power_code=_s(nullable=True),
    text=_s(nullable=True, description="Full text, redacted (detail only)"),
    day_of_window=_s("integer", nullable=True),
    late_days=_s("integer"),
    status=_s(enum=["published"]),
    url=_s(),
)
TOMBSTONE = _obj(
    ["public_id", "doc_no", "agency", "status"],
    public_id=_s(),
    doc_no=_s(),
    agency=_s(),
    status=_s(enum=["withdrawn", "expired", "repaired"]),
    reason=_s(nullable=True),
    basis=_s(nullable=True),
    effective=_s(nullable=True, format="date"),
)
AGENCY = _obj(
    ["code", "name", "level", "url"],
    code=_s(),
    name=_s(),
    name_en=_s(nullable=True),
    level=_s(),
    authority_basis=_s(nullable=True),
    address=_s(nullable=True),
    hotline=_s(nullable=True),
    review_body=_s(nullable=True),
    court=_s(nullable=True),
    published=_s("integer"),
    website=_s(nullable=True),
    url=_s(),
)
OFFICER = _obj(
    ["credential_no", "name", "agency", "status", "valid_from", "valid_until", "url"],
    credential_no=_s(),
    name=_s(),
    agency=_s(),
    agency_name=_s(),
    category=_s(),
    area=_s(),
    issuing_authority=_s(),
    valid_from=_s(format="date"),
    valid_until=_s(format="date"),
    status=_s(enum=["valid", "suspended", "revoked", "cancelled", "expired"]),
    url=_s(),
)
WITHDRAWAL = _obj(
    ["public_id", "doc_no", "agency", "kind", "reason", "effective", "recorded_at"],
    public_id=_s(),
    doc_no=_s(),
    agency=_s(),
    kind=_s(enum=["withdrawn", "expired", "repaired"]),
    reason=_s(),
    basis=_s(nullable=True),
    effective=_s(format="date"),
    recorded_at=_s(format="date-time"),
)
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
    _param("category", "Category code", {"type": "string", "enum": CATEGORIES}),
    _param(
        "target_type",
        "Party type",
        {"type": "string", "enum": ["natural_person", "legal_person", "individual_business"]},
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


def document() -> dict[str, Any]:
    """The OpenAPI 3.0 document."""
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
                    "responses": {"200": _json(_ref("Agency"), "The agency"), "404": MISSING},
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
                "Decision": DECISION,
                "Tombstone": TOMBSTONE,
                "Agency": AGENCY,
                "Officer": OFFICER,
                "Withdrawal": WITHDRAWAL,
                "Error": ERROR,
            }
        },
    }
