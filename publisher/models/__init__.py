"""SQLAlchemy 2 typed models; import them from here."""

from publisher.models.accounts import ROLES, ApiToken, AuditEvent, AuditHead, User
from publisher.models.base import Base
from publisher.models.cases import AvRecord, CaseStage, CaseWarning
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
from publisher.models.duties import (
    CaseReview,
    CaseReviewCase,
    DutyWarning,
    ExamRecord,
    QuarterlyTable,
    SpecialStatement,
    TrainingFigures,
    TrainingRecord,
)
from publisher.models.filings import FilingWarning, MajorDecision
from publisher.models.registry import Agency, Officer, OfficerStatusChange, PowerItem, RegistryChange
from publisher.models.spotchecks import InspectionObject, InspectionPlan, InspectionTask
from publisher.models.supervision import (
    SupervisionAttachment,
    SupervisionDecision,
    SupervisionNotice,
    SupervisionWarning,
)

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
    "AvRecord",
    "Base",
    "CaseStage",
    "CaseWarning",
    "CaseReview",
    "CaseReviewCase",
    "Complaint",
    "ComplaintAttachment",
    "ComplaintFiler",
    "ComplaintWarning",
    "KINDS",
    "OPEN_STATUSES",
    "DisclosureWarning",
    "DutyWarning",
    "ExamRecord",
    "QuarterlyTable",
    "SpecialStatement",
    "TrainingFigures",
    "TrainingRecord",
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
    "SupervisionAttachment",
    "SupervisionDecision",
    "SupervisionNotice",
    "SupervisionWarning",
    "Tombstone",
    "User",
]
