"""Project-wide promises: layering, documented settings."""

from __future__ import annotations

import re
import subprocess
import sys

from publisher import settings


def test_publisher_never_imports_flask() -> None:
    code = (
        "import sys, publisher.cli, publisher.intake, publisher.audit, publisher.demodata;"
        "print(sorted(m for m in sys.modules"
        " if m.split('.')[0] in ('flask', 'portal', 'werkzeug')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_setting_is_documented() -> None:
    doc = (settings.ROOT / "docs" / "configuration.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"`PORTAL_([A-Z0-9_]+)`", doc))
    assert set(settings.DEFAULTS) <= documented, set(settings.DEFAULTS) - documented


def test_environment_overrides_defaults_with_types() -> None:
    env = {
        "PORTAL_REVIEW_REQUIRED": "true",
        "PORTAL_MAJOR_FINE_THRESHOLD": "5000",
        "DATABASE_URL": "sqlite://",
    }
    loaded = settings.load(env=env)
    assert loaded["REVIEW_REQUIRED"] is True and loaded["MAJOR_FINE_THRESHOLD"] == 5000
    assert loaded["DATABASE_URL"] == "sqlite://"
