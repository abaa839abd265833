"""Redaction rules with their tricky cases, the final leak scan, and the corpus targets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from stdnum import luhn
from stdnum.cn import ric

from publisher.cli import main
from publisher.redact import DELETED, TRADE_SECRET, redact, redact_text, scan
from publisher.redact.evaluate import load, score
from tests import factories as f

CORPUS = Path(__file__).parent.parent / "data" / "redaction_corpus.jsonl"
ORG = {"target_type": "legal_person", "target_name": "江城食品有限公司"}
ID = f.PERSON_ID
CARD = "6222021234567890" + luhn.calc_check_digit("6222021234567890")


def clean(text: str, record: dict[str, Any] | None = None, keep: tuple[str, ...] = ()) -> str:
    return redact_text(text, record or ORG, keep)[0]


@pytest.mark.parametrize(
    "written",
    [
        ID,
        ID.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
        f"{ID[:6]} {ID[6:14]} {ID[14:]}",
        f"{ID[:6]}-{ID[6:14]}-{ID[14:]}",
        ID[:6] + ID[8:17],
    ],
    ids=["plain", "full-width", "spaced", "dashed", "15-digit"],
)
def test_id_numbers_in_every_form(written: str) -> None:
    out = clean(f"证人公民身份号码：{written}，在场。")
    assert out == f"证人公民身份号码：{DELETED}，在场。"


@pytest.mark.parametrize(
    "written",
    [
        "13912345678",
        "139 1234 5678",
        "139-1234-5678",
        "+86 13912345678",
        "+8613912345678",
        "0086-13912345678",
        "１３９１２３４５６７８",
        "025-84561234",
        "(025)84561234",
        "025-84561234转8001",
        "0571 86001234",
    ],
    ids=[
        "plain",
        "spaced",
        "dashed",
        "plus86",
        "plus86-tight",
        "0086",
        "full-width",
        "landline",
        "bracketed",
        "extension",
        "landline-space",
    ],
)
def test_phone_numbers_in_every_form(written: str) -> None:
    out = clean(f"联系电话：{written}。")
    assert not any(c.isdigit() for c in out.translate(str.maketrans("０１２３４５６７８９", "0123456789"))), (
        out
    )


def test_agency_hotlines_and_short_numbers_stay() -> None:
    text = "咨询电话：12315；0571-80016001。投诉举报请拨打12345。"
    assert clean(text, keep=("12315", "0571-80016001")) == text


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        (f"冻结银行卡{CARD}。", "bank_account"),
        ("缴至账号：3301254905999360354。", "bank_account"),
        ("电子邮箱zhangsan85@163.com。", "email"),
        ("护照号码：E12345678。", "passport"),
        ("港澳居民来往内地通行证号码：H12345678。", "permit"),
        ("驾驶车牌号为苏A12345的车辆", "plate"),
        ("新能源车苏AD12345", "plate"),
        ("车牌浙B·F1234", "plate"),
        ("车辆识别代号LSVAM4187C2184847。", "vin"),
        ("房产证号苏（2021）江城市不动产权第0012345号。", "property_certificate"),
        ("微信号：zhang_san85。", "social_id"),
        ("QQ：12345678。", "social_id"),
    ],
    ids=[
        "luhn-card",
        "account-label",
        "email",
        "passport",
        "hk-permit",
        "plate",
        "ne-plate",
        "dotted-plate",
        "vin",
        "property",
        "wechat",
        "qq",
    ],
)
def test_other_identifiers(text: str, rule: str) -> None:
    out, spans = redact_text(text, ORG)
    assert rule in {s.rule for s in spans} and DELETED in out


def test_look_alike_numbers_stay() -> None:
    text = (
        f"当事人统一社会信用代码{f.COMPANY_CODE}，食品经营许可证编号JY13201020012345，"
        "临市监罚决〔2025〕123号，罚款人民币120000元，货值金额1,234.50元，2025年3月12日作出。"
    )
    assert clean(text, {**ORG, "credit_code": f.COMPANY_CODE}, keep=(f.COMPANY_CODE,)) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("证人王芳称其在场。", "证人王某称其在场。"),
        ("员工欧阳娜娜称", "员工欧阳某称"),
        ("司机司马光驾驶车辆", "司机司马某驾驶车辆"),
        ("受害人阿依古丽·买买提称", "受害人阿某称"),
        ("乘客John Smith称", "乘客J称"),
        ("证人周到陈述。", "证人周某陈述。"),
        ("消费者高峰称商品过期。", "消费者高某称商品过期。"),
        ("当事人的妻子刘丽与邻居张建国均在场。", "当事人的妻子刘某与邻居张某均在场。"),
        (
            "其中员工陈淑珍月工资为（已删除）、解建华月工资为（已删除）",
            "其中员工陈某月工资为（已删除）、解某月工资为（已删除）",
        ),
    ],
    ids=[
        "plain",
        "compound",
        "compound-verb",
        "minority",
        "latin",
        "name-is-a-word",
        "word-name-with-label",
        "relatives",
        "list",
    ],
)
def test_third_party_names(text: str, expected: str) -> None:
    assert clean(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "高峰期间车流量大。",
        "执法人员王雪（执法证号：JN2021000057）、童艳（执法证号：JN2021000211）出示证件。",
        "法定代表人：李慧。",
        "当事人位于向阳街道的张记饭店。",
    ],
    ids=["word", "officers", "legal-representative", "place-and-shop"],
)
def test_public_names_and_words_stay(text: str) -> None:
    assert clean(text) == text


def test_natural_person_party_and_home_address() -> None:
    record = f.person_decision()
    result = redact(record)
    assert result.fields["target_name"] == "李某" and result.fields["address"] == "测试区"
    assert "李明华" not in result.text and "李某" in result.text
    assert "测试区" + DELETED in result.text and "人民路12号" not in result.text
    assert ID not in result.text and f.PERSON_PHONE not in result.text
    assert "id_number" not in result.fields and "phone" not in result.fields


def test_declared_values_in_any_spacing() -> None:
    record = {
        **f.person_decision(),
        "text": f"当事人李 明 华，电话{f.PERSON_PHONE[:3]} {f.PERSON_PHONE[3:]}。",
    }
    out = redact(record).text
    assert "明" not in out and f.PERSON_PHONE[3:] not in out


def test_company_registered_address_and_representative_stay() -> None:
    record = f.decision(text="当事人：测试食品有限公司，住所：测试区人民路1号，法定代表人：王建国。")
    assert redact(record).text == record["text"]


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("当事人李某，1985年3月12日出生。", "1985年3月12日"),
        ("当事人称其月工资为4500元。", "4500"),
        ("证人王某患有高血压，未到场。", "高血压"),
        ("当事人曾因盗窃罪被判处有期徒刑一年。", "盗窃罪"),
    ],
    ids=["birth-date", "wage", "health", "criminal-record"],
)
def test_sensitive_information(text: str, gone: str) -> None:
    assert gone not in clean(text, {"target_type": "natural_person", "target_name": "李某某"})


def test_trade_secrets_declared_and_by_context() -> None:
    record = {**ORG, "trade_secrets": "柠檬酸3%、山梨酸钾2‰"}
    text = "经核查，产品配方为柠檬酸３％、山梨酸钾2‰，杀菌温度为95℃，进货价为每件12元；罚款人民币5000元。"
    out = clean(text, record)
    assert out.count(TRADE_SECRET) == 3 and "95℃" not in out and "12元" not in out
    assert "罚款人民币5000元" in out and out.startswith("经核查，产品配方为")


def test_report_names_every_removal_with_its_rule() -> None:
    result = redact(f.person_decision())
    rules = {s["rule"] for s in result.report(f.person_decision()["text"])}
    assert {"party_name", "id_number", "home_address", "phone"} <= rules


@pytest.mark.parametrize(
    "shape",
    ["110105194912310028", "13812345678", "6222 0212 3456 7891", "138-1234-5678", "１３８１２３４５６７８"],
    ids=["id", "mobile", "card-spaced", "mobile-dashed", "mobile-full-width"],
)
def test_leak_scan_finds_identifier_shapes(shape: str) -> None:
    assert scan(f"备注：{shape}。")


def slipping_id() -> str:
    """An ID-shaped number the redactor lets through: bad checksum, and not a Luhn card number."""
    for serial in range(1000):
        for last in "0123456789":
            number = f"32010219850312{serial:03d}{last}"
            if not luhn.is_valid(number) and ric.calc_check_digit(number) != last:
                return number
    raise AssertionError("no candidate")


def test_a_number_a_reviewer_gives_back_is_still_blocked_by_the_scan() -> None:
    planted = slipping_id()  # no valid ID number: removed as a long number all the same
    text = f"当事人备注编号{planted}。"
    removed = redact(f.decision(text=text))
    assert planted not in removed.text and not removed.blocked
    start = text.index(planted)
    given_back = redact(f.decision(text=text), restore=[(start, start + len(planted))])
    assert planted in given_back.text and given_back.blocked


def test_leak_scan_allows_a_valid_credit_code_and_flags_a_mistyped_one() -> None:
    code = "913201026000373418"
    assert not scan(f"信用代码{code}") and scan(f"信用代码{code[:-1]}9")


def test_corpus_meets_the_targets() -> None:
    documents = load(CORPUS)
    assert len(documents) >= 150
    result = score(documents)
    strict = ["id_number", "phone", "bank_account", "email", "passport", "permit", "plate"]
    assert {label: result.leaked[label] for label in strict} == dict.fromkeys(strict, 0), result.examples
    assert result.leak_rate(["name", "address"]) <= 0.01, result.examples
    assert result.damage_rate() <= 0.02, result.examples
    assert set(result.go) >= {
        "name",
        "address",
        "id_number",
        "phone",
        "trade_secret",
        "wage",
        "health",
        "vin",
    }


def test_cli_redact_writes_a_line_per_record(tmp_path: Path) -> None:
    source = f.write_jsonl(
        tmp_path / "in.jsonl", [f.person_decision(), f.decision(text="备注13812345670不明号码")]
    )
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["redact", "--in", str(source), "--out", str(out)])
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["测市监罚决〔2026〕2号", "测市监罚决〔2026〕1号"]
    assert ID not in lines[0]["text"] and lines[0]["report"] and lines[0]["blocked"] == []
    assert result.exit_code == 0 or lines[1]["blocked"]
