"""Where the redactor is unsure (a name in no known role, a long number that validates as
nothing) the decision is not published silently: it waits for a reviewer, who sees those
removals marked in the side-by-side view and confirms or gives them back."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import select

from portal import create_app
from publisher.models import PublicDecision, RawDecision
from publisher.runtime import Runtime
from tests import factories as f
from tests.portal.test_office_complaints import login, logout
from tests.portal.test_office_records import jsonl, raw_id, step, upload

NEW = "测市监罚决〔2026〕78号"
NUMBER = "30912004571188"  # fourteen digits: no ID number, no card, no phone
TEXT = f"当事人销售过期食品。经查，丁守和于2026年4月在该店购买上述食品，收据编号{NUMBER}。罚款人民币五千元。"


@pytest.fixture
def office(config: dict[str, Any], published: Runtime) -> Iterator[Any]:
    f.add_staff(published)
    application = create_app({**config, "TESTING": True, "RATELIMIT_ENABLED": False})  # no review required
    yield application.test_client()
    application.extensions["gongshi"].close()


def held(rt: Runtime) -> tuple[str, str | None]:
    with rt.sessions() as s:
        raw = s.scalars(select(RawDecision).where(RawDecision.doc_no == NEW)).one()
        return raw.state, raw.state_reason


def test_an_unsure_redaction_waits_for_a_reviewer_with_the_spans_marked(
    office: Any, published: Runtime
) -> None:
    login(office, "clerk_scjg", f.STAFF_PASSWORD)
    assert upload(office, jsonl(f.decision(id=NEW, text=TEXT, decision_date="2026-05-06"))).status_code == 302
    assert held(published) == ("pending_review", "redaction_uncertain")
    rid = raw_id(published, NEW)
    page = office.get(f"/office/records/{rid}").get_data(as_text=True)
    original = page.split('id="original-text"')[1].split("</div>")[0]
    marked = original.count('class="removed uncertain"')
    assert marked == 2 and original.count("存疑，请确认") == 2  # the name and the number, in words too
    assert 'id="uncertain-count"' in page
    with published.sessions() as s:
        assert s.scalars(select(PublicDecision).where(PublicDecision.doc_no == NEW)).first() is None
    logout(office)

    login(office, "reviewer_scjg", f.STAFF_PASSWORD)
    assert step(office, rid, "approve").status_code == 302  # the reviewer confirms both removals
    with published.sessions() as s:
        public = s.scalars(select(PublicDecision).where(PublicDecision.doc_no == NEW)).one()
    assert (
        public.status == "published"
        and NUMBER not in (public.text or "")
        and "丁守和" not in (public.text or "")
    )


def test_a_sure_redaction_is_published_without_waiting(office: Any, published: Runtime) -> None:
    login(office, "clerk_scjg", f.STAFF_PASSWORD)
    text = "当事人销售过期食品。证人丁守和称，其于2026年4月在该店购买上述食品。罚款人民币五千元。"
    upload(office, jsonl(f.decision(id=NEW, text=text, decision_date="2026-05-06")))
    assert held(published) == ("published", None)
