"""Every Table Schema is a valid Frictionless descriptor carrying disclosure classes."""

from __future__ import annotations

import json

import frictionless
import pytest
from sqlalchemy import Numeric

from publisher.intake import schemas
from publisher.models import Agency, Officer, PowerItem, PublicDecision, RawDecision


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_descriptor_is_valid_frictionless(kind: str) -> None:
    descriptor = json.loads((schemas.SCHEMA_DIR / f"{kind}.schema.json").read_text(encoding="utf-8"))
    report = frictionless.Schema.validate_descriptor(descriptor)
    assert report.valid, [e.message for e in report.errors]


@pytest.mark.parametrize("kind", schemas.KINDS)
def test_every_field_has_a_disclosure_class_and_both_titles(kind: str) -> None:
    schema = schemas.load(kind)
    for field in schema.fields:
        assert field.disclosure in schemas.DISCLOSURE_CLASSES, field.name
        assert field.title and field.title_en, field.name


def test_private_identifiers_are_classed_private() -> None:
    decisions = schemas.load("decisions")
    assert {"id_number", "phone"} <= set(decisions.names("private"))
    assert decisions.field("trade_secrets").disclosure == "trade-secret"
    assert {"id_number", "phone"} <= set(schemas.load("officers").names("private"))


def test_intake_fields_named_in_the_design_exist() -> None:
    names = set(schemas.load("decisions").names())
    assert {
        "id",
        "agency",
        "category",
        "decision_date",
        "target_type",
        "target_name",
        "credit_code",
        "id_number",
        "legal_representative",
        "text",
        "legal_basis",
        "result",
        "fine_amount",
        "confiscation_amount",
        "procedure",
        "is_major",
        "review_reviewer",
        "review_date",
        "review_opinion",
        "hearing_held",
        "trade_secrets",
        "served_date",
    } <= names


# Intake field -> the columns that store it (same name unless listed).
STORED_IN = {
    "decisions": ([RawDecision, PublicDecision], {"id": "doc_no", "varies": "doc_no"}),
    "agencies": ([Agency], {"parent": "code"}),
    "power_items": ([PowerItem], {"agency": None}),
    "officers": ([Officer], {"status_reason": None, "agency": None}),
}


@pytest.mark.parametrize("kind", sorted(STORED_IN))
def test_no_accepted_value_is_too_long_for_its_column(kind: str) -> None:
    models, renamed = STORED_IN[kind]
    for field in schemas.load(kind).fields:
        column_name = renamed.get(field.name, field.name)
        for model in models:
            column = model.__table__.columns.get(column_name) if column_name else None
            length = getattr(column.type, "length", None) if column is not None else None
            if length and field.enum:
                assert max(map(len, field.enum)) <= length, (kind, field.name)
            elif length:
                assert field.max_length is not None and field.max_length <= length, (kind, field.name, length)
            if column is not None and isinstance(column.type, Numeric):
                digits = column.type.precision - column.type.scale
                assert field.maximum is not None and field.maximum < 10**digits, (kind, field.name)
