"""Ending publication: withdrawal (撤下), expiry (期满) and credit repair (信用修复).

Each leaves a tombstone that keeps the reason, basis and date public while the text
goes (LEGAL.md §4). Mixed into :class:`publisher.lifecycle.transitions.Lifecycle`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from publisher import integrity, vocabulary
from publisher.intake.store import local_date
from publisher.lifecycle.actors import SYSTEM, Actor, RuleError
from publisher.models import PublicDecision, RawDecision, Tombstone
from publisher.rules import deadlines, periods
from publisher.rules.calendar import Calendar


class Endings:
    """The transitions out of ``published``."""

    session: Session
    calendar: Calendar
    config: dict[str, Any]

    def _may(self, raw: RawDecision, to: str, actor: Actor, action: str) -> None:
        raise NotImplementedError

    def _move(
        self, raw: RawDecision, to: str, now: dt.datetime, actor: Actor, action: str, **detail: Any
    ) -> None:
        raise NotImplementedError

    def withdraw(
        self,
        public: PublicDecision,
        reason: str,
        basis: str,
        effective: dt.date,
        now: dt.datetime,
        actor: Actor,
        replacement: PublicDecision | None = None,
    ) -> Tombstone:
        """Replace a published decision by a tombstone with the reason published."""
        if reason not in vocabulary.codes("withdrawal_reason"):
            raise RuleError(f"unknown withdrawal reason {reason!r}")
        if not basis.strip():
            raise RuleError("撤下须说明依据 / a withdrawal needs its legal basis")
        due = deadlines.withdrawal_deadline(effective, self.calendar)
        late = deadlines.late_by(self.calendar, due.last_day, local_date(now))
        return self._end(
            public,
            "withdrawn",
            "withdraw",
            reason,
            basis,
            effective,
            now,
            actor,
            deadline=due.last_day,
            late_days=late,
            replacement=replacement,
        )

    def expire(self, public: PublicDecision, now: dt.datetime) -> Tombstone:
        """End publication at the maximum period."""
        if public.expires_on is None or local_date(now) < public.expires_on:
            raise RuleError(f"{public.doc_no} has not reached the end of its publication period")
        return self._end(
            public,
            "expired",
            "expire",
            "period_ended",
            periods.SAMR_SOURCE
            if public.decision_date < periods.CREDIT_RULES_FROM
            else periods.CREDIT_SOURCE,
            public.expires_on,
            now,
            SYSTEM,
        )

    def repair(self, public: PublicDecision, basis: str, now: dt.datetime, actor: Actor) -> Tombstone:
        """End publication early after approved credit repair (信用修复), once the minimum has passed."""
        period = periods.publication_period(
            public.raw.record,
            local_date(public.published_at),
            int(self.config["LOW_FINE_THRESHOLD"]),
        )
        if period is None or local_date(now) < period.earliest_end:
            raise RuleError("最短公示期未满，不能信用修复 / the minimum publication period has not passed")
        return self._end(public, "repaired", "repair", "credit_repair", basis, local_date(now), now, actor)

    def _end(
        self,
        public: PublicDecision,
        state: str,
        action: str,
        reason: str,
        basis: str,
        effective: dt.date,
        now: dt.datetime,
        actor: Actor,
        deadline: dt.date | None = None,
        late_days: int = 0,
        replacement: PublicDecision | None = None,
    ) -> Tombstone:
        self._may(public.raw, state, actor, action)
        integrity.check_unaltered(self.session, public, public.raw.agency.code)  # never seal over an edit
        public.status, public.text, public.updated_at = state, None, now
        stone = Tombstone(
            decision=public,
            kind=state,
            reason=reason,
            basis=basis,
            effective=effective,
            deadline=deadline,
            late_days=late_days,
            recorded_at=now,
            replacement=replacement,
        )
        self.session.add(stone)
        self._move(public.raw, state, now, actor, action, reason=reason, basis=basis)  # seals the tombstone
        return stone
