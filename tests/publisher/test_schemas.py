"""Every Table Schema is a valid Frictionless descriptor carrying disclosure classes."""

from __future__ import annotations

import json

import frictionless
import pytest

from publisher import schemas


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
