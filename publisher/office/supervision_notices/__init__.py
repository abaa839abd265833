"""Supervision casework of the district legal office (seed 003 arts. 23–25).

The office issues a 行政执法监督通知书 on a ground of art. 23 (``notices.issue``); the agency
reports its rectification within 30 days of receipt (``rectify``) or, within 7 days, asks for
a review (复查, ``request_review``) that the office answers within 15 days (``answer_review``:
upheld, changed or withdrawn). An agency that does not correct receives a 行政执法监督决定书
(``decisions.decide``), which may order it to act by a day (``perform``). Late steps raise
warnings the tick escalates (``warnings``); the annual statistics count the outcomes
(``counts``). Every period is a setting (``SUPERVISION_DEADLINES``) written N日.
"""

from publisher.office.supervision_notices.decisions import decide, perform
from publisher.office.supervision_notices.notices import (
    DEFAULT_PERIODS,
    SOURCE,
    answer_review,
    attachment,
    issue,
    may_see,
    periods,
    rectify,
    request_review,
)
from publisher.office.supervision_notices.warnings import escalate, late_steps, open_warnings

__all__ = [
    "DEFAULT_PERIODS",
    "SOURCE",
    "answer_review",
    "attachment",
    "decide",
    "escalate",
    "issue",
    "late_steps",
    "may_see",
    "open_warnings",
    "perform",
    "periods",
    "rectify",
    "request_review",
]
