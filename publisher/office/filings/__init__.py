"""Filing (备案) of major decisions with the district legal office (LEGAL.md §7, §8).

A decision its agency's catalogue flags as major (``rules.major``) is flagged at intake
(``flag``) with the day its filing is due: N日 from the decision, 10 by default (seeds 000
六(四), 002 三(四)), 15 under seed 003 art. 19, per agency in ``FILING_DEADLINES``. The agency's
clerk or reviewer files the decision with its legal review and a list of the main evidence
(``file``); the supervisor acknowledges it (``acknowledge``). A filing not made by its day
raises a warning that the tick escalates to levels 2 and 3 (``escalate``). Agencies see and
file their own decisions only.
"""

from publisher.office.filings.filing import (
    acknowledge,
    evidence_list,
    file,
    flag,
    late_days,
    may_file,
    period,
    status,
)
from publisher.office.filings.listing import attention, rows
from publisher.office.filings.warnings import escalate, open_warnings

__all__ = [
    "acknowledge",
    "attention",
    "escalate",
    "evidence_list",
    "file",
    "flag",
    "late_days",
    "may_file",
    "open_warnings",
    "period",
    "rows",
    "status",
]
