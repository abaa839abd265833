"""SQLAlchemy 2 typed models; import them from here."""

from publisher.models.accounts import ROLES, ApiToken, AuditEvent, AuditHead, User
from publisher.models.base import Base
from publisher.models.complaints import (
    KINDS,
    OPEN_STATUSES,
    Complaint,
    ComplaintAttachment,
    ComplaintFiler,
    ComplaintWarning,
)
from publisher.models.corrections import (
    OUTCOMES,
    SUBJECTS,
    Correction,
    ErrorReport,
    ErrorReportContact,
    ErrorReportWarning,
)
from publisher.models.decisions import (
    PUBLIC_STATES,
    STATES,
    Alert,
    AnnualReport,
    CorrectionRequest,
    DisclosureWarning,
    PublicDecision,
    RawDecision,
    Tombstone,
)
from publisher.models.filings import FilingWarning, MajorDecision
from publisher.models.registry import Agency, Officer, OfficerStatusChange, PowerItem, RegistryChange
from publisher.models.spotchecks import InspectionObject, InspectionPlan, InspectionTask

__all__ = [
    "ROLES",
    "PUBLIC_STATES",
    "STATES",
    "Agency",
    "Alert",
    "AnnualReport",
    "ApiToken",
    "Correction",
    "CorrectionRequest",
    "AuditEvent",
    "AuditHead",
    "Base",
    "Complaint",
    "ComplaintAttachment",
    "ComplaintFiler",
    "ComplaintWarning",
    "KINDS",
    "OPEN_STATUSES",
    "DisclosureWarning",
    "InspectionObject",
    "InspectionPlan",
    "InspectionTask",
    "ErrorReport",
    "ErrorReportContact",
    "ErrorReportWarning",
    "FilingWarning",
    "MajorDecision",
    "OUTCOMES",
    "SUBJECTS",
    "Officer",
    "OfficerStatusChange",
    "PowerItem",
    "RegistryChange",
    "PublicDecision",
    "RawDecision",
    "Tombstone",
    "User",
]
