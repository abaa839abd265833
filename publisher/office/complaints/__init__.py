"""Complaints and reports (投诉举报): ``filing`` (submit, track, the periods), ``steps``
(the handling steps), ``warnings`` (what is due and its escalation) and ``counts`` (public).

LEGAL.md §5: acknowledge on receipt with a tracking number; accept or refuse within 5
working days; conclude within 30 days, extendable once by at most 30 days with
approval; tell named filers the result; anonymous reports allowed. The filer's identity
is never shown to the agency concerned nor in public, and every read of it is audited.

Every function takes ``now`` and the acting :class:`User`, checks the role, and appends
to the audit trail inside the caller's transaction; none of them writes filer data to
the trail.
"""

from publisher.office.complaints.counts import AgencyCounts, counts
from publisher.office.complaints.filing import Filing, Receipt, submit, track
from publisher.office.complaints.steps import (
    accept,
    agency_reply,
    answer,
    approve_extension,
    assign,
    attachment,
    filer,
    refuse,
    request_extension,
    route,
    take,
    without_identity,
)
from publisher.office.complaints.warnings import due, escalate
from publisher.office.tracking import hash_code

__all__ = [
    "AgencyCounts",
    "Filing",
    "Receipt",
    "accept",
    "agency_reply",
    "answer",
    "approve_extension",
    "assign",
    "attachment",
    "counts",
    "due",
    "escalate",
    "filer",
    "hash_code",
    "refuse",
    "request_extension",
    "route",
    "submit",
    "take",
    "track",
    "without_identity",
]
