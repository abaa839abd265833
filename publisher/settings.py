"""Every setting of the publisher and the portal, with its default and meaning.

Settings come from this mapping, then from ``PORTAL_*`` environment variables
(``PORTAL_DATABASE_URL`` and so on; plain ``DATABASE_URL`` is honoured too), then
from explicit overrides (tests). The command line and the portal both read them
through :func:`load`, so a variable means the same on both sides. docs/configuration.md
documents every key; a test checks that it does.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

CHECKOUT = Path(__file__).resolve().parent.parent
INSTALLED = not (CHECKOUT / "schemas").is_dir()  # from a wheel: schemas and static under the prefix
# Where schemas/ and static/ are: the checkout, or <prefix>/share/gongshi (pyproject's data-files).
ROOT = Path(sys.prefix) / "share" / "gongshi" if INSTALLED else CHECKOUT

DEFAULTS: dict[str, Any] = {
    # Where the SQLite file, search index, packages and uploads live.
    "DATA_DIR": str((Path.cwd() if INSTALLED else CHECKOUT) / "instance"),
    # SQLAlchemy URL; empty means SQLite at DATA_DIR/gongshi.db.
    "DATABASE_URL": "",
    # SQLAlchemy URL of a read replica for the public routes' GET and HEAD requests (pages, feeds,
    # API reads, downloads); empty means the primary. Either way those requests read through a
    # read-only connection; every write (filings, intake, back office) goes to DATABASE_URL.
    "READ_DATABASE_URL": "",
    # Local time zone of the agencies: dates and deadlines are counted in it.
    "TIMEZONE": "Asia/Shanghai",
    # Directory of reviewed holiday-notice files, one per year (see docs/rules.md).
    "CALENDAR_DIR": "",
    # Flask session and CSRF secret; must be set in production.
    "SECRET_KEY": "dev-only-change-me",
    # Mark cookies Secure even on plain-HTTP requests (TLS ended at a proxy that does not say
    # so); requests that arrive over HTTPS always get Secure cookies.
    "SESSION_COOKIE_SECURE": False,
    # Interface language when the visitor has not chosen one.
    "DEFAULT_LOCALE": "zh_CN",
    # Largest request body accepted, in bytes.
    "MAX_CONTENT_LENGTH": 30 * 1024 * 1024,
    # Rate-limit storage for Flask-Limiter: "memory://" counts in each process (every gunicorn
    # worker allows the full limit); "redis://host:port" shares the counts between workers.
    "RATELIMIT_STORAGE_URI": "memory://",
    # Public base URL used in feeds, packages and QR codes.
    "BASE_URL": "http://127.0.0.1:8000",
    # Name of the government running this portal, shown in the header.
    "SITE_NAME": "示范区行政执法公示平台",
    # The same name in English, shown to English visitors (empty: the Chinese name).
    "SITE_NAME_EN": "Demonstration District Law Enforcement Disclosure Portal",
    # Who runs the site (主办单位), its contact address and phone, shown in every page's footer
    # and in the privacy and accessibility statements (empty: not shown).
    "SITE_OWNER": "示范区人民政府司法局",
    "SITE_OWNER_EN": "Justice Bureau of the Demonstration District",
    "SITE_ADDRESS": "",
    "SITE_PHONE": "",
    # Registration numbers a government site shows in its footer (empty: not shown): the 网站标识码
    # of the national government-website register, the ICP filing (ICP备案号, linked to
    # beian.miit.gov.cn) and the public-security filing (公安机关备案号, linked to beian.mps.gov.cn).
    "SITE_ID_CODE": "",
    "SITE_ICP": "",
    "SITE_PSB": "",
    # Image files the operator sets (absolute paths; SVG, PNG or ICO): the favicon (empty: the
    # shipped one) and the emblem shown before the site's name in the header (empty: none).
    "SITE_FAVICON": "",
    "SITE_EMBLEM": "",
    # How long complainants' and reporters' contact details are kept, as the privacy statement
    # says it (the operator's records schedule; Chinese and English).
    "PRIVACY_RETENTION": (
        "投诉举报和纠错材料办结后作为行政执法监督档案，按本单位档案保管期限保存，期满依规销毁。"
    ),
    "PRIVACY_RETENTION_EN": (
        "Complaints, error reports and their contact details are kept with the supervision files "
        "after they are closed, for the retention period of the operator's records schedule, "
        "and destroyed when it ends."
    ),
    # Hold every decision for a reviewer's approval before publication.
    "REVIEW_REQUIRED": False,
    # Fine (yuan) at or above which a penalty is a major decision needing legal review.
    "MAJOR_FINE_THRESHOLD": 100000,
    # Catalogues of decisions that need legal review (重大执法决定法制审核目录清单, seeds 000 六(四),
    # 002 三(四), 003 art. 16): {"default": {...}, "<agency code>": {...}} over the district default
    # in publisher/rules/major.py (categories, penalty_types, fine_at_least, confiscation_at_least,
    # hearing_held, complex_case).
    "LEGAL_REVIEW_CATALOGUE": {},
    # Filing (备案) of major decisions with the district legal office, in days written N日 from the
    # decision: {"default": {"file_days": 10}, "<agency code>": {...}}; 10 (seeds 000 六(四), 002
    # 三(四)) unless set, 15 under seed 003 art. 19. An entry may name its "source".
    "FILING_DEADLINES": {},
    # Disclosure channel whose windows apply ("default", or "gsxt" for market regulation).
    "DISCLOSURE_CHANNEL": "default",
    # Extra or overriding windows: {"channel": {"category": [days, "source"]}} as JSON.
    "DISCLOSURE_WINDOWS": {},
    # Working days past the deadline before a warning goes to level 2 (district).
    "WARNING_LEVEL2_DAYS": 3,
    # Further working days before it goes to level 3 (city).
    "WARNING_LEVEL3_DAYS": 3,
    # A fine (yuan) at or below which an older SAMR penalty is published for 3 months only.
    "LOW_FINE_THRESHOLD": 10000,
    # Complaint handling periods (LEGAL.md §5): {"default": {...}, "<agency code>": {...}} with
    # accept_workdays (5), conclude_days (30) and extension_days (30).
    "COMPLAINT_DEADLINES": {},
    # Flask-Limiter limits per address on filing a complaint, and on tracking one.
    "COMPLAINT_RATE_LIMIT": "5 per minute; 30 per day",
    "TRACK_RATE_LIMIT": "10 per minute; 100 per day",
    # Error reports (纠错): working days an agency has to answer, {"default": {"answer_workdays": 5},
    # "<agency code>": {...}}; and the limit per address on filing one.
    "ERROR_REPORT_DEADLINES": {},
    "ERROR_REPORT_RATE_LIMIT": "5 per minute; 30 per day",
    # Case records (执法全过程记录): working days after a stage within which it must be entered,
    # {"default": {...}, "<agency code>": {...}} with stage_workdays (1: "each penalty stage within
    # 1 working day"), inspection_workdays (3: "inspection records reach the platform within 3
    # working days", LEGAL.md §7) and av_workdays (3: working days after the
    # decision by which a seizure, sealing or demolition must list an audio-visual record,
    # 国办发〔2018〕118号 三; the period is this project's reading, the inspection records' [M]).
    "CASE_RECORD_DEADLINES": {},
    # Coercive measures whose cases must list an audio-visual record (国办发〔2018〕118号: 查封扣押
    # 财产、强制拆除等 … 全程音像记录): codes of the coercive_measure vocabulary, ";" between them.
    "AV_REQUIRED_MEASURES": "seal;seize;demolish",
    # Supervision notices (行政执法监督通知书, seed 003 arts. 23–25), periods written N日 (calendar
    # days moved past rest days): {"default": {...}, "<agency code>": {...}} with rectify_days (30,
    # art. 24), review_request_days (7), review_answer_days (15) and decision_days (15: the time a
    # 监督决定书 ordering performance gives when the legal office names none [M]).
    "SUPERVISION_DEADLINES": {},
    # The district legal office as printed on supervision notices and decisions.
    "SUPERVISION_OFFICE": "区人民政府行政执法监督机关",
    # Quarterly penalty statistics table (行政处罚统计表): day of the first month of each quarter by
    # which each agency confirms the previous quarter's table, moved past rest days like the last day
    # of an N日 period (民法典 art. 203). Seed 000 六(五): 每季度第一个月10日前报送.
    "QUARTERLY_TABLE_DAY": 10,
    # Hours of legal training each officer needs in a year. Seed 000 六(二): 每年不少于40学时.
    "TRAINING_HOURS_MIN": 40,
    # Month and day (MM-DD) by which an agency with no penalty and no licence in the year files its
    # special statement (专项说明), moved past rest days. Seed 000 六(一): 12月31日前作出专项说明.
    "SPECIAL_STATEMENT_DUE": "12-31",
    # Case-file review (案卷评查, seed 003 art. 18; seed 001 四(一): at least once a year): cases drawn
    # per agency, and the JSON file of the scoring sheet ("" = publisher/data/case_review_sheet.json).
    "CASE_REVIEW_SAMPLE": 5,
    "CASE_REVIEW_SHEET": "",
    # Limits per address on the intake API (agencies' case systems).
    "INTAKE_RATE_LIMIT": "60 per minute",
    # A `publisher index-worker` runs beside the portal (as `make serve` starts it): web requests
    # then leave the search index to it instead of applying recent changes themselves.
    "INDEX_WORKER": False,
    # This portal node serves index snapshots shipped by the publisher node (`publisher index use`)
    # and never builds or syncs its search index itself (docs/scaling.md).
    "INDEX_SNAPSHOTS": False,
    # Memory (MB) each portal process may keep decoded search postings in (publisher/search/postings.py).
    "SEARCH_CACHE_MB": 256,
    # Memory (MB) each portal process may keep rendered public pages in, for visitors without a
    # session of their own (portal/cache.py); 0 turns the cache off (ETags and 304s remain).
    "PAGE_CACHE_MB": 64,
    # Licence of the open data packages, and where its text is.
    "DATA_LICENSE": "CC-BY-4.0",
    "DATA_LICENSE_URL": "https://creativecommons.org/licenses/by/4.0/",
}


def load(overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Return the effective settings: defaults, then environment, then overrides."""
    env = os.environ if env is None else env
    settings = dict(DEFAULTS)
    for key, default in DEFAULTS.items():
        raw = env.get(f"PORTAL_{key}")
        if raw is None and key == "DATABASE_URL":
            raw = env.get("DATABASE_URL")
        if raw is not None:
            settings[key] = _coerce(key, raw, default)
    settings.update(overrides or {})
    return settings


def database_url(settings: Mapping[str, Any]) -> str:
    """Return the database URL, defaulting to SQLite inside DATA_DIR."""
    url = settings.get("DATABASE_URL") or ""
    if url:
        return str(url)
    data_dir = Path(settings["DATA_DIR"])
    data_dir.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data_dir / 'gongshi.db'}"


class SettingError(ValueError):
    """An environment variable whose value does not fit its setting."""


TRUE, FALSE = {"1", "true", "yes", "on"}, {"0", "false", "no", "off", ""}


def _coerce(key: str, raw: str, default: Any) -> Any:
    """Parse an environment string into the type of its default, or say which variable is wrong."""
    try:
        if isinstance(default, bool):
            word = raw.strip().lower()
            if word not in TRUE | FALSE:
                raise ValueError("expected one of 1/0, true/false, yes/no, on/off")
            return word in TRUE
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, (dict, list)):
            value = json.loads(raw)
            if not isinstance(value, type(default)):
                raise ValueError(f"expected a JSON {type(default).__name__}")
            return value
    except ValueError as exc:
        raise SettingError(f"PORTAL_{key}={raw!r}: {exc}") from None
    return raw
