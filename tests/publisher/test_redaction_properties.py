"""Properties of the redactor over generated input (hypothesis): it never fails on any text,
and an ID number or a mobile number put anywhere, written in any of the ways people write
them, never survives, while the same text without it keeps its decision number and law."""

from __future__ import annotations

import datetime as dt
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum.cn import ric

from publisher.redact import redact
from tests import factories as f

EXAMPLES = int(os.environ.get("GONGSHI_FUZZ_EXAMPLES", "80"))
PROPERTY = settings(
    max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)

# Text like a decision's: Chinese, digits, Latin letters, the punctuation and spaces in them.
PROSE = st.text(
    alphabet=st.sampled_from(
        list("当事人经查本局认为依据决定罚款元年月日号第条款项的在于和、，。；：（）《》 \n0123456789ABCxyz")
    ),
    max_size=120,
)
FULL_WIDTH = {ord(c): ord(c) + 0xFEE0 for c in "0123456789"}


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    born = draw(st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2020, 12, 31)))
    body = draw(st.sampled_from(["110101", "330106", "440305", "650102", "510107"])) + born.strftime("%Y%m%d")
    body += f"{draw(st.integers(0, 999)):03d}"
    return body + ric.calc_check_digit(body + "0")  # a valid check digit and birth date


@st.composite
def written(draw: st.DrawFn, digits: str, groupings: list[list[int]]) -> str:
    """The number as someone might write it: grouped by spaces or dashes, or in full-width digits."""
    sizes = draw(st.sampled_from(groupings))
    separator = draw(st.sampled_from(["", " ", "-", "\u3000"]))
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at : at + size])
        at += size
    text = separator.join(parts)
    return text.translate(FULL_WIDTH) if draw(st.booleans()) else text


ALNUM = "0123456789ABCxyz"


def apart(before: str, after: str) -> tuple[str, str]:
    """The text around a number, not glued to it by letters or digits (that would be another token)."""
    return before.rstrip(ALNUM), after.lstrip(ALNUM)


def survives(digits: str, public: str) -> bool:
    """True when eight or more of the number's digits are still in the public text, in order."""
    plain = re.sub(r"\D", "", public.translate({v: k for k, v in FULL_WIDTH.items()}).replace("X", "0"))
    wanted = re.sub(r"\D", "", digits.replace("X", "0"))
    return any(wanted[i : i + 8] in plain for i in range(len(wanted) - 7))


@PROPERTY
@given(text=st.text(max_size=300))
def test_any_text_is_redacted_without_failing(text: str) -> None:
    result = redact(f.decision(text=text))
    assert all(0 <= s.start <= s.end <= len(text) for s in result.spans)


@PROPERTY
@given(before=PROSE, after=PROSE, number=id_numbers(), data=st.data())
def test_an_id_number_never_survives_in_any_form(
    before: str, after: str, number: str, data: st.DataObject
) -> None:
    shown = data.draw(written(number, [[18], [6, 8, 4], [4, 4, 4, 4, 2], [3] * 6, [6, 8, 3, 1]]))
    cue = data.draw(
        st.sampled_from(
            ["", "执法人员出示执法证，当事人证件号", "收款人", "缴入财政专户，身份证", "本局", "传真"]
        )
    )
    prefix = cue + data.draw(st.sampled_from(["", "T", "第", "证号"]))
    suffix = data.draw(st.sampled_from(["", "42", "号", "）"]))
    before, after = apart(before, after)
    result = redact(f.decision(text=f"{before}{prefix}{shown}{suffix}{after}"))
    assert not survives(number, result.text), (shown, result.text)


@PROPERTY
@given(before=PROSE, after=PROSE, data=st.data())
def test_a_mobile_number_never_survives_in_any_form(before: str, after: str, data: st.DataObject) -> None:
    number = (
        data.draw(st.sampled_from(["13", "15", "17", "18", "19"]))
        + f"{data.draw(st.integers(0, 10**9 - 1)):09d}"
    )
    shown = data.draw(written(number, [[11], [3, 4, 4], [3, 8]]))
    lead = data.draw(st.sampled_from(["", "+86 ", "0086-", "手机", "电话：", "TEL", "Mobile "]))
    before, after = apart(before, after)
    result = redact(f.decision(text=f"{before}{lead}{shown}{after}"))
    assert not survives(number, result.text), (shown, result.text)


@PROPERTY
@given(
    before=PROSE,
    surname=st.sampled_from("王李张刘陈杨赵黄周吴"),
    given=st.text(alphabet="伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂", min_size=1, max_size=2),
    where=st.sampled_from(
        ["{n}送达测市监罚决〔2026〕3号", "《关于给予{n}行政处罚的决定》", "当事人{n}", "{n}（身份证号略）"]
    ),
)
def test_the_partys_name_never_survives(before: str, surname: str, given: str, where: str) -> None:
    name = surname + given
    record = f.decision(
        text=before + "。" + where.format(n=name) + "。", target_type="natural_person", target_name=name
    )
    assert name not in redact(record).text


@PROPERTY
@given(before=PROSE)
def test_decision_numbers_and_laws_are_never_touched(before: str) -> None:
    kept = "依据《中华人民共和国食品安全法》第一百二十四条，作出测市监罚决〔2026〕15号决定。"
    assert kept in redact(f.decision(text=before + "。" + kept)).text
