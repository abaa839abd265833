"""Codes and their labels come from schemas/vocabulary.json, and the Table Schemas agree with it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from publisher import vocabulary
from publisher.cli import main
from publisher.intake import schemas
from publisher.models.complaints import STATUSES as COMPLAINT_STATUSES
from publisher.models.decisions import STATES
from publisher.rules import deadlines
from publisher.rules.scope import Verdict

SCHEMA_FILES = sorted(schemas.SCHEMA_DIR.glob("*.schema.json")) + sorted(
    (schemas.SCHEMA_DIR / "public").glob("*.schema.json")
)
WHOLE_LISTS = {"category", "target_type"}  # a field naming these accepts every code


def _named_fields() -> list[tuple[str, dict]]:
    found = []
    for path in SCHEMA_FILES:
        for field in json.loads(path.read_text(encoding="utf-8"))["fields"]:
            if "vocabulary" in field:
                found.append((f"{path.parent.name}/{path.name}:{field['name']}", field))
    return found


@pytest.mark.parametrize("name", vocabulary.names())
def test_every_code_has_a_chinese_and_an_english_label_and_no_two_codes_share_one(name: str) -> None:
    for lang in vocabulary.LANGUAGES:
        labels = vocabulary.labels(name, lang)
        assert all(label.strip() for label in labels.values()), (name, lang)
        assert len(set(labels.values())) == len(labels), (name, lang)
    assert vocabulary.labels(name, "zh") != vocabulary.labels(name, "en")


def test_schema_fields_that_name_a_list_allow_only_its_codes() -> None:
    named = _named_fields()
    assert len(named) >= 10  # categories, party types, levels and statuses in raw and public schemas
    for where, field in named:
        codes = set(vocabulary.codes(field["vocabulary"]))
        enum = set(field.get("constraints", {}).get("enum", []))
        assert enum and enum <= codes, where
        if field["vocabulary"] in WHOLE_LISTS:
            assert enum == codes, where


def test_an_intake_field_accepts_each_chinese_label_as_its_code() -> None:
    """A clerk may type 行政处罚 where the file wants penalty: the labels are aliases."""
    for where, field in _named_fields():
        if where.startswith("public/"):
            continue
        for code, label in vocabulary.labels(field["vocabulary"], "zh").items():
            if code in field["constraints"]["enum"]:
                assert field["aliases"].get(label) == code, (where, label)


def test_every_state_of_a_received_record_and_of_a_complaint_has_a_label() -> None:
    assert set(vocabulary.labels("state")) == set(STATES)
    assert vocabulary.codes("complaint_status") == COMPLAINT_STATUSES
    assert set(vocabulary.labels("reason")) == set(vocabulary.codes("withdrawal_reason")) | {
        "period_ended",
        "credit_repair",
    }


def test_an_unknown_code_or_language_does_not_fail() -> None:
    assert vocabulary.label("category", "penalty", "en") == "Administrative penalty"
    assert vocabulary.label("category", "penalty", "fr") == "行政处罚"
    assert vocabulary.label("category", "no-such-code") == "no-such-code"
    assert vocabulary.entry("exclusion_reason", "no-such-code") == {}
    with pytest.raises(KeyError):
        vocabulary.codes("no-such-list")


def test_rules_and_commands_take_their_codes_from_the_vocabulary() -> None:
    for code in vocabulary.codes("category"):
        assert deadlines.window_for(code)[0] in (7, 20)
    with pytest.raises(ValueError):
        deadlines.window_for("parking")
    said = Verdict("exclude", "minor").message
    assert said.startswith("涉及未成年人 / Concerns a minor（") and "未成年人保护法" in said
    help_text = CliRunner().invoke(main, ["withdraw", "--help"]).output
    assert all(code in help_text for code in vocabulary.codes("withdrawal_reason"))
    refused = CliRunner().invoke(main, ["withdraw", "X", "--reason", "period_ended", "--basis", "b"])
    assert refused.exit_code == 2 and "period_ended" in refused.output


def test_no_other_module_writes_a_label_table_out() -> None:
    """The labels live in one file: no Python source repeats a list of them."""
    root = Path(__file__).resolve().parents[2]
    sources = [
        p for d in ("publisher", "portal") for p in (root / d).rglob("*.py") if "demodata" not in p.parts
    ]
    for name in ("category", "withdrawal_reason", "officer_status", "decision_status", "complaint_status"):
        labels = list(vocabulary.labels(name, "zh").values())
        for path in sources:
            text = path.read_text(encoding="utf-8")
            assert sum(f'"{label}"' in text for label in labels) < 3, (name, path)
