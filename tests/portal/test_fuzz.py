"""No input answers 500: arbitrary search text, parameters, cursors and intake bodies get a
normal page or a 4xx in the one JSON error shape (property tests, then the known offenders)."""

from __future__ import annotations

import base64
import csv
import io
import json
import os
import re
from typing import Any
from urllib.parse import quote

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from sqlalchemy import func, select

from publisher.models import RawDecision
from publisher.office import tokens
from publisher.runtime import Runtime
from tests import factories as f
from tests.publisher.lifecycle_helpers import at

# Examples per test: enough variety for the parsers, while the suite (run on two databases) stays
# within CI's budget; raise GONGSHI_FUZZ_EXAMPLES for a longer hunt.
EXAMPLES = int(os.environ.get("GONGSHI_FUZZ_EXAMPLES", "80"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Whoosh's query syntax, our document numbers and separators: what a parser trips on
SYNTAX = [
    "NOT", "AND", "OR", "ANDNOT", "ANDMAYBE", "REQUIRE", "TO", "(", ")", "[", "]", "{", "}", '"', "'",
    "^", "~", ":", "*", "?", "-", "+", "，", "。", "\u3000", "decision_date:", "content:", "罚款",
    "过期食品", "测市监罚决〔2025〕3号", "[2025]", "号",
]  # fmt: skip
words = st.lists(st.sampled_from(SYNTAX) | st.text(max_size=4), max_size=7)
query_text = st.text(max_size=60) | words.map(" ".join) | words.map("".join)
DATES = st.sampled_from(["2025-06-05", "2026-13-01", "0001-01-01", "9999-12-31", "2025-W01-1", "20250605"])
number_text = st.sampled_from(["0", "1", "-1", "²", "١٠", "1_0", "1e3", "9" * 5000, "100", "101"])
value = st.text(max_size=20) | DATES | number_text | st.sampled_from(["zh_CN", "en", "date", "date_asc"])
PARAMS = ["q", "agency", "category", "target_type", "year", "from", "to", "sort", "page", "cursor", "limit"]
PARAMS += ["subject", "issuer"]
params = st.fixed_dictionaries(
    {}, optional={name: value for name in [*PARAMS, "lang", "since", "partial"]} | {"q": query_text}
)


def _cursor(payload: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=8,
)
forged_cursors = (
    st.text(max_size=40)
    | json_values.map(_cursor)
    | st.fixed_dictionaries(
        {"k": st.sampled_from(["decisions", "officers", "withdrawals", "powers", "x"])},
        optional={"o": json_values, "id": json_values, "at": json_values | DATES},
    ).map(_cursor)
)


def assert_not_a_server_error(response: Any) -> None:
    """Below 500, and an API or .json refusal in the one error shape."""
    body = response.get_data()  # runs a streamed CSV to its end
    assert response.status_code < 500, body[:300]
    if response.status_code >= 400 and response.mimetype == "application/json":
        error = json.loads(body)["error"]
        assert error["status"] == response.status_code and error["message"]


@given(
    path=st.sampled_from(
        ["/decisions", "/decisions.json", "/decisions.csv", "/api/v1/decisions"]
        + [
            "/feeds/decisions.rss",
            "/feeds/decisions.atom",
            "/feeds/withdrawals.rss",
            "/feeds/withdrawals.atom",
        ]
    ),
    args=params,
)
@FUZZ
def test_search_and_feeds_never_answer_500(client: Any, published: Runtime, path: str, args: dict) -> None:
    assert_not_a_server_error(client.get(path, query_string=args))


@given(
    path=st.sampled_from(
        ["/officers", "/officers.json", "/officers.csv", "/agencies", "/agencies.json", "/agencies.csv"]
        + ["/powers", "/powers.json", "/powers.csv"]
        + ["/api/v1/agencies", "/api/v1/officers", "/api/v1/withdrawals", "/api/v1/powers"]
        + ["/corrections", "/corrections.json", "/corrections.csv"]
        + ["/feeds/corrections.rss", "/feeds/corrections.atom"]
    ),
    args=params,
)
@FUZZ
def test_listings_never_answer_500(client: Any, published: Runtime, path: str, args: dict) -> None:
    assert_not_a_server_error(client.get(path, query_string=args))


@given(
    path=st.sampled_from(
        ["/decisions/", "/officers/", "/agencies/", "/api/v1/decisions/", "/api/v1/officers/"]
        + ["/api/v1/agencies/"]
    ),
    name=st.text(min_size=1, max_size=30),
    suffix=st.sampled_from(["", ".json"]),
)
@FUZZ
def test_detail_pages_never_answer_500(
    client: Any, published: Runtime, path: str, name: str, suffix: str
) -> None:
    response = client.get(path + quote(name, safe="") + suffix)
    assert_not_a_server_error(response)


@given(
    record=st.sampled_from(["/decisions/", "/officers/"]),
    name=st.text(min_size=1, max_size=30) | st.sampled_from(["JN2024000001", "JN2024000002"]),
    issuer=st.none() | st.text(max_size=20),
)
@FUZZ
def test_error_report_forms_never_answer_500(
    client: Any, published: Runtime, record: str, name: str, issuer: str | None
) -> None:
    query = {"issuer": issuer} if issuer is not None else {}
    response = client.get(record + quote(name, safe="") + "/report-error", query_string=query)
    assert_not_a_server_error(response)


REPORT_FIELDS = ["field", "description", "name", "phone", "email", "consent", "website", "submission_key"]
report_values = st.text(max_size=80) | st.sampled_from(
    [
        "fine_amount",
        "area",
        "y",
        "<scr<b>ipt>alert(1)</script>",
        "&lt;b&gt;",
        "\x00",
        "罚" * 2001,
        "13812345678",
    ]
)


@given(
    path=st.sampled_from(["/officers/JN2024000001/report-error", "/error-reports/track"]),
    form=st.fixed_dictionaries(
        {}, optional={name: report_values for name in [*REPORT_FIELDS, "tracking_no", "access_code"]}
    ),
    with_token=st.booleans(),
)
@FUZZ
def test_error_report_posts_never_answer_500_or_echo_markup(
    client: Any, published: Runtime, path: str, form: dict, with_token: bool
) -> None:
    data = dict(form)
    if with_token:
        page = client.get(path).get_data(as_text=True)
        data["csrf_token"] = page.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    response = client.post(path, data=data)
    assert_not_a_server_error(response)
    assert "<scr<b>ipt>" not in response.get_data(as_text=True)
    assert response.status_code in (200, 201, 400, 404, 422)


@given(
    path=st.sampled_from(["/api/v1/decisions", "/api/v1/officers", "/api/v1/withdrawals"]),
    cursor=forged_cursors,
)
@FUZZ
def test_a_forged_cursor_is_refused_with_400(client: Any, published: Runtime, path: str, cursor: str) -> None:
    response = client.get(path, query_string={"cursor": cursor, "limit": "5"})
    assert_not_a_server_error(response)
    assert response.status_code in (200, 400)


def test_api_answers_no_server_error_to_its_own_schema(app: Any, published: Runtime) -> None:
    """schemathesis, valid and invalid requests to every operation of /api/v1/openapi.json."""
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", app)
    modes = [schemathesis.GenerationMode.POSITIVE, schemathesis.GenerationMode.NEGATIVE]
    strategy = st.one_of([schema.as_strategy(generation_mode=mode) for mode in modes])

    @given(case=strategy)
    @settings(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(case: Any) -> None:
        case.call_and_validate(checks=[not_a_server_error])

    check()


# -- the inputs that answered 500 before ----------------------------------------------------
ALL = 15  # what an empty search box finds in the published district


def found(client: Any, path: str, q: str) -> int:
    """How many decisions the page says it found, read the way its reader would."""
    response = client.get(path, query_string={"q": q})
    body = response.get_data(as_text=True)
    assert response.status_code == 200, body[:300]
    if path.endswith(".csv"):
        return len(list(csv.DictReader(io.StringIO(body.lstrip("\ufeff")))))
    if path == "/decisions":
        match = re.search(r"共找到 (\d+) 件决定", body)
        assert match, body[:300]
        return int(match.group(1))
    return int(json.loads(body)["total"])


TWINS = ["/decisions", "/decisions.json", "/decisions.csv", "/api/v1/decisions"]
QUERIES = [
    ("，", ALL),  # nothing searchable: as if the box were empty
    ("?", ALL),
    ('""', ALL),
    ("NOT 罚款", 2),  # the licence and the inspection
    ("罚款 NOT 过期食品", 1),  # the person's penalty
    ("[a TO z]", 0),  # a range over words, answered by Whoosh's own matcher
    ("[罚款 TO 罚款]", 13),
    ("NOT NOT 罚款", 13),  # Whoosh's parser left the inner NOT without its word
    ("REQUIRE ANDNOT ]", ALL),
    ('decision_date:"a b"', 0),  # field syntax is plain text, not a query on the date column
]


def test_queries_that_answered_500(client: Any, published: Runtime) -> None:
    """Each query on each of the four twins (one published district for all 40: building it
    per case cost a minute of CI)."""
    wrong = {
        (path, q): got
        for path in TWINS
        for q, expected in QUERIES
        if (got := found(client, path, q)) != expected
    }
    assert not wrong, wrong


FORGED_CURSORS = dict(
    zip(
        [
            "offset-text",
            "offset-negative",
            "offset-huge",
            "offset-boolean",
            "offset-missing",
            "officer-id-text",
            "moment-text",
            "moment-naive",
            "moment-year-one",
            "moment-null",
            "nested",
            "deeply-nested",
            "not-base64",
        ],
        [
            _cursor({"k": "decisions", "o": "a"}),
            _cursor({"k": "decisions", "o": -20}),
            _cursor({"k": "decisions", "o": 10**30}),
            _cursor({"k": "decisions", "o": True}),
            _cursor({"k": "decisions"}),
            _cursor({"k": "officers", "id": "1"}),
            _cursor({"k": "withdrawals", "at": "yesterday", "id": 1}),
            _cursor({"k": "withdrawals", "at": "2026-05-21T00:00:00", "id": 1}),
            _cursor({"k": "withdrawals", "at": "0001-01-01T00:00:00+08:00", "id": 1}),
            _cursor({"k": "withdrawals", "at": None, "id": 1}),
            _cursor(json.loads("[" * 60 + "1" + "]" * 60)),
            base64.urlsafe_b64encode(b"[" * 100_000).decode(),
            "不是游标",
        ],
        strict=True,
    )
)


def test_a_forged_cursor_gets_400_in_the_error_shape(client: Any, published: Runtime) -> None:
    """Every forged cursor on every paged API listing (one published district for all)."""
    refusal = {
        "error": {"status": 400, "code": "bad_request", "message": "cursor is not one this API gave out"}
    }
    wrong = {}
    for path in ("/api/v1/decisions", "/api/v1/officers", "/api/v1/withdrawals"):
        for name, cursor in FORGED_CURSORS.items():
            response = client.get(path, query_string={"cursor": cursor})
            if response.status_code != 400 or response.get_json() != refusal:
                wrong[(path, name)] = (response.status_code, response.get_data(as_text=True)[:200])
    assert not wrong, wrong


def test_cursors_of_the_shape_given_out_still_page(client: Any, published: Runtime) -> None:
    for path in ("/api/v1/decisions", "/api/v1/officers"):
        first = client.get(path, query_string={"limit": 2}).get_json()
        second = client.get(path, query_string={"limit": 2, "cursor": first["next_cursor"]}).get_json()
        assert len(second["data"]) == 2 and second["data"] != first["data"]
    [gone] = client.get("/api/v1/withdrawals").get_json()["data"]
    for moment, after, expected in [
        (gone["recorded_at"], 10**6, []),
        ("2000-01-01T00:00:00+00:00", 0, [gone]),
    ]:
        cursor = _cursor({"k": "withdrawals", "at": moment, "id": after})
        assert (
            client.get("/api/v1/withdrawals", query_string={"cursor": cursor}).get_json()["data"] == expected
        )


@pytest.mark.parametrize(
    "limit",
    ["²", "١٠", "9" * 5000, "0", "101", "-1", " 5"],
    ids=["superscript", "arabic", "huge", "0", "101", "-1", "space"],
)
def test_a_limit_that_is_not_1_to_100_gets_400(client: Any, published: Runtime, limit: str) -> None:
    response = client.get("/api/v1/officers", query_string={"limit": limit})
    assert response.status_code == 400 and response.get_json()["error"]["status"] == 400


@pytest.mark.parametrize(
    "url",
    [
        "/decisions.json?q=%E7%BD%9A%00",
        "/officers.json?q=%00",
        "/api/v1/officers?q=%00",
        "/api/v1/agencies/T%00",
    ],
    ids=["search", "officers", "api-officers", "api-agency"],
)
def test_a_nul_character_in_the_address_gets_400(client: Any, published: Runtime, url: str) -> None:
    """PostgreSQL refuses NUL in text: the portal says so instead of failing."""
    response = client.get(url)
    assert response.status_code == 400
    assert response.get_json()["error"]["message"] == "the address holds a NUL character"


@pytest.fixture
def token(published: Runtime) -> str:
    """An API token of the district's market regulator."""
    with published.sessions() as s, s.begin():
        _row, secret = tokens.create(s, "T-SCJG", "办案系统", "admin", at("2026-11-01"))
    return secret


def stored(rt: Runtime) -> int:
    with rt.sessions() as s:
        return s.scalar(select(func.count()).select_from(RawDecision)) or 0


NESTED = '[{"id": ' + "[" * 5000 + "]" * 5000 + "}]"


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[" * 100_000, "nested too deeply"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        (NESTED, "nested too deeply"),
        (
            json.dumps([f.decision(id="测市监罚决〔2026〕77号", target_name={"name": "x"})]),
            "item 1: 'target_name'",
        ),
        (json.dumps([f.decision(id="测市监罚决〔2026〕77号"), {"id": [1, [2]]}]), "item 2: 'id'"),
        (json.dumps({"id": "测市监罚决〔2026〕77号"}), "must be an array of objects"),
        ("[1, 2]", "item 1: not a JSON object"),
    ],
    ids=["unclosed", "closed", "nested-value", "object-value", "array-value", "object-body", "numbers"],
)
def test_a_json_body_that_is_not_flat_records_gets_400(
    client: Any, published: Runtime, token: str, body: str, message: str
) -> None:
    before = stored(published)
    response = client.post(
        "/api/v1/intake/decisions",
        data=body,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    assert response.status_code == 400
    error = response.get_json()["error"]
    assert error["status"] == 400 and message in error["message"]
    assert stored(published) == before


@pytest.mark.parametrize(
    ("line", "why"),
    [
        ("[" * 100_000, "nested too deeply"),
        (NESTED[1:-1], "nested too deeply"),
        (json.dumps(f.decision(id="测市监罚决〔2026〕77号", result=["罚款"])), "'result' holds a list"),
    ],
    ids=["unclosed", "nested-value", "array-value"],
)
def test_a_json_lines_row_that_is_not_a_flat_record_is_a_problem(
    client: Any, published: Runtime, token: str, line: str, why: str
) -> None:
    before = stored(published)
    response = client.post(
        "/api/v1/intake/decisions",
        data=json.dumps(f.decision(id="测市监罚决〔2026〕78号"), ensure_ascii=False) + "\n" + line,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/x-ndjson"},
    )
    assert response.status_code == 422
    [problem] = response.get_json()["problems"]
    assert (problem["row"], problem["code"]) == (2, "bad_row") and why in problem["message_en"]
    assert stored(published) == before
