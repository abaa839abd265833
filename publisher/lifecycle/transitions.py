"""The decision lifecycle (DESIGN.md invariant 4), one function per transition.

received → excluded | pending_review | scheduled → published → withdrawn | expired | repaired

Every transition takes ``now`` and the acting person, checks that they may do it, and
appends to the audit trail.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher import audit, integrity, redact
from publisher.intake.store import local_date
from publisher.lifecycle import corrections
from publisher.lifecycle.actors import SYSTEM, Actor, RuleError, check
from publisher.lifecycle.endings import Endings
from publisher.models import PUBLIC_STATES, Alert, DisclosureWarning, PublicDecision, RawDecision
from publisher.rules import deadlines, major, periods
from publisher.rules import scope as rules
from publisher.rules.calendar import Calendar, UnknownCalendar

TRANSITIONS = {
    "received": {"excluded", "pending_review", "scheduled"},
    "pending_review": {"pending_review", "scheduled", "excluded"},
    "scheduled": {"published", "pending_review"},
    "published": {"withdrawn", "expired", "repaired"},
}


def public_id(doc_no: str) -> str:
    """Return the stable public id of a decision (not the document number itself)."""
    digest = hashlib.sha256(("decision:" + doc_no).encode()).digest()
    return "d" + base64.b32encode(digest).decode()[:12].lower()


@dataclass
class Lifecycle(Endings):
    """Transitions bound to a session, the calendar and the settings."""

    session: Session
    calendar: Calendar
    config: dict[str, Any]

    def _may(self, raw: RawDecision, to: str, actor: Actor, action: str) -> None:
        """Refuse a transition the actor may not make or the lifecycle does not allow."""
        check(actor, action, raw.agency.code)
        if to not in TRANSITIONS.get(raw.state, set()):
            raise RuleError(f"{raw.doc_no}: cannot go from {raw.state} to {to}")

    def _move(
        self, raw: RawDecision, to: str, now: dt.datetime, actor: Actor, action: str, **detail: Any
    ) -> None:
        self._may(raw, to, actor, action)
        if raw.public is not None and to in PUBLIC_STATES:  # the row as published, for `audit verify`
            detail["public_digest"] = integrity.row_digest(raw.public, raw.agency.code)
        before = raw.state
        raw.state, raw.updated_at = to, now
        audit.record(
            self.session,
            now=now,
            actor=actor.name,
            action=f"decision.{action}",
            entity="decision",
            entity_id=raw.doc_no,
            agency_code=raw.agency.code,
            before=raw.digest,
            after=raw.digest,
            detail={"from": before, "to": to, **detail},
        )

    def set_deadline(self, raw: RawDecision, now: dt.datetime) -> deadlines.Deadline:
        """Compute and store the disclosure deadline; alert an administrator if it is unknown."""
        found = deadlines.disclosure_deadline(
            raw.decision_date,
            raw.category,
            self.calendar,
            self.config["DISCLOSURE_CHANNEL"],
            self.config["DISCLOSURE_WINDOWS"],
        )
        raw.deadline, raw.window_days, raw.window_source = (
            found.last_day,
            found.window,
            found.source,
        )
        raw.deadline_provisional = found.provisional
        if found.unknown_year:
            raise_alert(
                self.session,
                f"calendar:{found.unknown_year}",
                now,
                f"{found.unknown_year} 年节假日安排未录入，相关公示期限暂无法确定 / "
                f"the {found.unknown_year} holiday calendar is missing: deadlines are provisional",
            )
        return found

    def assess(self, raw: RawDecision, now: dt.datetime, actor: Actor = SYSTEM) -> str:
        """Apply deadline, scope, legal review, redaction and leak scan to a received decision."""
        self.set_deadline(raw, now)
        verdict = rules.scope(raw.record)
        if verdict.action == "exclude":
            return self._hold(raw, "excluded", verdict.reason, now, actor)
        if verdict.action == "review":
            return self._hold(raw, "pending_review", verdict.reason, now, actor)
        why = major.reasons(raw.record, major.catalogue(self.config, raw.agency.code))
        if why and not major.has_review(raw.record):
            self._warn(raw, "review_missing", now)
            return self._hold(raw, "pending_review", "legal_review_missing", now, actor, major=why)
        result = self._redact(raw)
        if result.blocked:
            self._warn(raw, "leak_blocked", now)
            return self._hold(raw, "pending_review", "leak_blocked", now, actor)
        if result.uncertain:
            return self._hold(raw, "pending_review", "redaction_uncertain", now, actor)
        if self.config["REVIEW_REQUIRED"]:
            return self._hold(raw, "pending_review", "review_required", now, actor)
        raw.state_reason = None
        self._move(raw, "scheduled", now, actor, "assess")
        return raw.state

    def _hold(
        self,
        raw: RawDecision,
        state: str,
        reason: str | None,
        now: dt.datetime,
        actor: Actor,
        **detail: Any,
    ) -> str:
        raw.state_reason = reason
        raw.state_note = rules.Verdict("review", reason).message if reason else None
        self._move(raw, state, now, actor, "assess", reason=reason, **detail)
        return state

    def _redact(self, raw: RawDecision) -> redact.Redaction:
        """Redact the record, keep the result and report on the raw side for reviewers."""
        review = raw.review or {}
        result = redact.redact(
            raw.record,
            keep=self._keep(raw),
            remove=[item["text"] for item in review.get("remove", [])],
            restore=[(item["start"], item["end"]) for item in review.get("restore", [])],
        )
        raw.redaction = {
            "fields": _jsonable(result.fields),
            "text": result.text,
            "spans": result.report(str(raw.record.get("text") or "")),
            "findings": [f.kind for f in result.findings],
        }
        return result

    def _keep(self, raw: RawDecision) -> list[str]:
        """Public values that must survive redaction, from the agency registry: its name,
        address, every number of its hotline field, its website, its review body and court."""
        agency = raw.agency
        hotlines = re.split(r"[;；,，、/]+", agency.hotline or "")
        values = [agency.name, agency.address, agency.review_body, agency.court, *hotlines]
        extra = agency.extra or {}
        values += [str(extra[k]) for k in ("website", "email", "fax", "phone") if extra.get(k)]
        return [v.strip() for v in values if v and v.strip()]

    def _warn(self, raw: RawDecision, kind: str, now: dt.datetime, level: int = 1) -> DisclosureWarning:
        existing = self.session.scalars(
            select(DisclosureWarning).where(
                DisclosureWarning.raw_id == raw.id,
                DisclosureWarning.kind == kind,
                DisclosureWarning.resolved_at.is_(None),
            )
        ).first()
        if existing:
            return existing
        warning = DisclosureWarning(raw=raw, kind=kind, level=level, raised_at=now, escalated_at=now)
        self.session.add(warning)
        audit.record(
            self.session,
            now=now,
            actor="system",
            action="warning.raised",
            entity="decision",
            entity_id=raw.doc_no,
            agency_code=raw.agency.code,
            detail={"kind": kind, "level": level},
        )
        return warning

    def approve(self, raw: RawDecision, now: dt.datetime, actor: Actor) -> None:
        """A reviewer approves a held decision; the legal-review and leak checks still apply."""
        if raw.state != "pending_review":
            raise RuleError(f"{raw.doc_no} is not waiting for review")
        if raw.state_reason == "legal_review_missing" and not major.has_review(raw.record):
            raise RuleError("重大执法决定须先有法制审核记录 / a major decision needs its legal review first")
        result = self._redact(raw)
        if result.blocked:
            raise RuleError(
                "公开文本仍含疑似个人身份信息 / the public text still looks like it holds an identifier"
            )
        raw.approved_by, raw.state_reason = actor.name, None
        self._move(raw, "scheduled", now, actor, "approve")

    def publish(self, raw: RawDecision, now: dt.datetime, actor: Actor = SYSTEM) -> PublicDecision:
        """Publish a scheduled decision everywhere and record its timeliness."""
        if not raw.redaction or redact.scan(
            raw.redaction["text"], [raw.redaction["fields"].get("credit_code") or "", *self._keep(raw)]
        ):  # the same public values as the redaction that produced the text
            raise RuleError(f"{raw.doc_no}: no clean redaction to publish")
        today = local_date(now)
        self._may(raw, "published", actor, "publish")
        varied = self._varied(raw)
        for row in (raw.public, varied):  # all checks before the first change: a refusal changes nothing
            if row is not None:
                integrity.check_unaltered(self.session, row, raw.agency.code)
        if varied is not None and varied.status == "published":  # the withdrawal it brings must be possible
            self._may(varied.raw, "withdrawn", actor, "withdraw")
        public = raw.public or PublicDecision(raw=raw, public_id=public_id(raw.doc_no))
        _fill_public(public, raw, now)
        self.timeliness(raw, public, today)
        period = periods.publication_period(raw.record, today, int(self.config["LOW_FINE_THRESHOLD"]))
        public.expires_on = period.latest_end if period else None
        self.session.add(public)
        self.session.flush()
        if varied is not None:  # first, so the publishing event seals the link too
            self._supersede(raw, public, varied, now, actor)
        self._move(
            raw,
            "published",
            now,
            actor,
            "publish",
            public_id=public.public_id,
            late_days=public.late_days,
        )
        self._resolve_warnings(raw, now)
        return public

    def retime(self, raw: RawDecision, now: dt.datetime) -> None:
        """Recount a published decision's timeliness once its provisional deadline is known."""
        public = raw.public
        if public is None:
            return
        integrity.check_unaltered(self.session, public, raw.agency.code)
        self.timeliness(raw, public, local_date(public.published_at))
        self.session.flush()
        audit.record(
            self.session,
            now=now,
            actor=SYSTEM.name,
            action="decision.retimed",
            entity="decision",
            entity_id=raw.doc_no,
            agency_code=raw.agency.code,
            detail={
                "deadline": str(public.deadline),
                "late_days": public.late_days,
                "public_digest": integrity.row_digest(public, raw.agency.code),
            },
        )

    def timeliness(self, raw: RawDecision, public: PublicDecision, published: dt.date) -> None:
        """Record on which working day of its window a decision was published, and lateness."""
        public.deadline, public.window_days = raw.deadline, raw.window_days
        public.day_of_window = self._day_of_window(raw.decision_date, published)
        public.late_days = deadlines.late_by(self.calendar, raw.deadline, published)

    def _day_of_window(self, decided: dt.date, today: dt.date) -> int | None:
        try:
            return self.calendar.working_days_between(decided, today)
        except UnknownCalendar:
            return None

    def _resolve_warnings(self, raw: RawDecision, now: dt.datetime) -> None:
        for warning in self.session.scalars(
            select(DisclosureWarning).where(
                DisclosureWarning.raw_id == raw.id, DisclosureWarning.resolved_at.is_(None)
            )
        ):
            warning.resolved_at = now

    def _varied(self, raw: RawDecision) -> PublicDecision | None:
        """The agency's own other public decision that this one varies (变更), if any."""
        varied = raw.record.get("varies")
        if not varied or varied == raw.doc_no:  # intake refuses both a foreign and a self variation
            return None
        old = self.session.scalars(select(PublicDecision).where(PublicDecision.doc_no == varied)).first()
        return old if old is not None and old.agency_id == raw.agency_id else None

    def _supersede(
        self, raw: RawDecision, public: PublicDecision, old: PublicDecision, now: dt.datetime, actor: Actor
    ) -> None:
        """A variation withdraws the decision it varies, linked both ways."""
        public.supersedes = old
        if old.status == "published":
            self.withdraw(
                old,
                "varied",
                f"被{raw.doc_no}变更",
                raw.decision_date,
                now,
                actor,
                replacement=public,
            )

    def correct(self, raw: RawDecision, why: str, now: dt.datetime, actor: Actor) -> PublicDecision:
        """Apply a correction of a published decision to its public form, keeping who, why, when."""
        check(actor, "correct", raw.agency.code)
        if raw.public is None or raw.public.status != "published":
            raise RuleError(f"{raw.doc_no} is not published")
        integrity.check_unaltered(self.session, raw.public, raw.agency.code)
        result = self._redact(raw)
        if result.blocked:
            self._warn(raw, "leak_blocked", now)
            raise RuleError("更正后的文本仍含疑似个人信息 / the corrected text still holds an identifier")
        before = audit.digest({"text": raw.public.text})
        shown = corrections.decision_snapshot(raw.public, raw.agency.code)
        _fill_public(raw.public, raw, raw.public.published_at)
        raw.public.updated_at, raw.state_reason = now, None
        sealed = integrity.row_digest(raw.public, raw.agency.code)
        event = audit.record(
            self.session,
            now=now,
            actor=actor.name,
            action="decision.correct",
            entity="decision",
            entity_id=raw.doc_no,
            agency_code=raw.agency.code,
            before=before,
            after=audit.digest({"text": raw.public.text}),
            detail={"why": why, "public_digest": sealed},
        )
        corrections.log_decision(self.session, raw.public, shown, why, event.seq, now)
        return raw.public


def _fill_public(public: PublicDecision, raw: RawDecision, published_at: dt.datetime) -> None:
    fields = (raw.redaction or {}).get("fields", {})
    public.doc_no, public.agency_id, public.category = raw.doc_no, raw.agency_id, raw.category
    public.decision_date, public.target_type = raw.decision_date, raw.target_type
    for name in (
        "target_name",
        "credit_code",
        "legal_representative",
        "legal_basis",
        "result",
        "power_code",
    ):
        setattr(public, name, fields.get(name))
    for name in ("fine_amount", "confiscation_amount"):
        setattr(public, name, integrity.money(fields.get(name)))  # as stored, so its digest holds
    public.text = (raw.redaction or {}).get("text")
    public.status, public.published_at, public.updated_at = "published", published_at, published_at


def _jsonable(fields: dict[str, Any]) -> dict[str, Any]:
    return {
        k: (v.isoformat() if isinstance(v, dt.date) else str(v) if isinstance(v, Decimal) else v)
        for k, v in fields.items()
    }


def raise_alert(session: Session, key: str, now: dt.datetime, message: str) -> Alert:
    """Raise (once) an alert for an administrator."""
    alert = session.scalars(select(Alert).where(Alert.key == key)).first()
    if alert is None:
        alert = Alert(key=key, message=message, raised_at=now)
        session.add(alert)
        audit.record(
            session,
            now=now,
            actor="system",
            action="alert.raised",
            entity="alert",
            entity_id=key,
            detail={"message": message},
        )
    elif alert.resolved_at is not None:
        alert.resolved_at = None
    return alert
