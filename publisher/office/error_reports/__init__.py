"""Error reports (纠错): the public tells an agency that a published decision or credential is
wrong; the agency answers within a configurable number of working days (5 by default) that it
corrected the record (linking the correction), that it is not an error (with the reason), or
that it forwarded the report; late answers raise warnings by level like disclosures.

``filing`` (submit, track, the period), ``handling`` (the agency's answer and the reporter's
contact, for the owning agency's staff only) and ``warnings`` (what is due, escalated by the
tick). The reporter's contact details never reach the audit trail or any public output, and
nothing a reporter writes is published (seed 004 §(一)3; seed 003 art. 14; SAMR 2021 art. 12).
"""

from publisher.office.error_reports.filing import DEFAULT_PERIODS, Receipt, Report, period, submit, track
from publisher.office.error_reports.handling import answer, contact, eligible_corrections, may_handle
from publisher.office.error_reports.warnings import escalate, open_warnings

__all__ = [
    "DEFAULT_PERIODS",
    "Receipt",
    "Report",
    "answer",
    "contact",
    "eligible_corrections",
    "escalate",
    "may_handle",
    "open_warnings",
    "period",
    "submit",
    "track",
]
