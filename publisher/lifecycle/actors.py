"""Who may do what: actors, roles and the errors transitions raise."""

from __future__ import annotations

from dataclasses import dataclass

PERMISSIONS = {
    "assess": {"system", "admin"},
    "approve": {"reviewer", "admin", "system"},
    "publish": {"system", "admin", "reviewer"},
    "withdraw": {"clerk", "reviewer", "admin", "system"},
    "expire": {"system"},
    "repair": {"reviewer", "supervisor", "admin", "system"},
    "correct": {"reviewer", "admin", "system"},
}
AGENCY_BOUND = {"clerk", "reviewer"}


class NotAllowed(PermissionError):
    """The actor may not perform this transition."""


class RuleError(ValueError):
    """The transition breaks a disclosure rule (for example, repair before the minimum)."""


@dataclass(frozen=True)
class Actor:
    """Who acts: a back-office user or the system (CLI, cron)."""

    name: str
    role: str
    agency_code: str | None = None


SYSTEM = Actor("system", "system")


def check(actor: Actor, action: str, agency_code: str) -> None:
    """Raise NotAllowed unless the actor's role (and agency) permit the action."""
    if actor.role not in PERMISSIONS[action]:
        raise NotAllowed(f"{actor.name} ({actor.role}) may not {action}")
    if actor.role in AGENCY_BOUND and actor.agency_code != agency_code:
        raise NotAllowed(f"{actor.name} may not {action} records of agency {agency_code}")
