"""The visitor's labels of codes: publisher.vocabulary in the request's language."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flask import current_app
from flask_babel import get_locale
from markupsafe import Markup, escape
from sqlalchemy import select

from portal.db import session
from publisher import vocabulary
from publisher.models import Agency


def language() -> str:
    """'en' for English visitors, 'zh' otherwise."""
    locale = get_locale()
    return "en" if locale is not None and locale.language == "en" else "zh"


def labels(name: str) -> dict[str, str]:
    """Code → label of a vocabulary list (or joined lists) in the visitor's language."""
    return vocabulary.labels(name, language())


def label(name: str, code: str | None) -> str:
    """A code's label in the visitor's language (the code itself when unknown)."""
    return labels(name).get(code or "", code or "")


def field_labels(row: Mapping[str, Any]) -> list[str]:
    """The changed fields of a correction row ("text;result") in the visitor's language."""
    return [label("correction_field", name) for name in str(row.get("fields") or "").split(";") if name]


def site_name() -> str:
    """The portal's name in the visitor's language (PORTAL_SITE_NAME / PORTAL_SITE_NAME_EN)."""
    config = current_app.config
    return str(language() == "en" and config.get("SITE_NAME_EN") or config["SITE_NAME"])


def site_owner() -> str:
    """Who runs the site (主办单位) in the visitor's language (PORTAL_SITE_OWNER / _EN)."""
    config = current_app.config
    return str(language() == "en" and config.get("SITE_OWNER_EN") or config.get("SITE_OWNER") or "")


def agency_name(agency: Any) -> str:
    """An agency's name in the visitor's language (its Chinese name when it has no English one)."""
    return str(language() == "en" and getattr(agency, "name_en", None) or agency.name)


def agency_names() -> dict[str, str]:
    """Agency code → name in the visitor's language, for filters, facets and charts."""
    rows = session().execute(select(Agency.code, Agency.name, Agency.name_en).order_by(Agency.code))
    return {code: str(language() == "en" and name_en or name) for code, name, name_en in rows}


def body_name(name: str) -> Markup:
    """A review body's or court's name in the visitor's language: the English name of the
    registered agency of that name, else the Chinese name marked as Chinese for screen readers."""
    if language() == "zh":
        return escape(name)
    english = session().scalars(select(Agency.name_en).where(Agency.name == name)).first()
    return escape(english) if english else Markup('<span lang="zh-CN">{}</span>').format(name)
