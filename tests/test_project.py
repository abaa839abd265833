"""Project-wide promises: layering, documented settings."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from publisher import settings


def test_publisher_never_imports_flask() -> None:
    code = (
        "import sys, publisher.cli, publisher.intake.ingest, publisher.audit, publisher.demodata;"
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


# A value for every setting, spelled as an operator would write it in the environment.
SAMPLES = {
    bool: ("off", False),
    int: ("7", 7),
    dict: ('{"default": {"accept_workdays": 3}}', {"default": {"accept_workdays": 3}}),
}


def test_the_portal_and_the_command_line_read_every_variable_alike(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from portal import create_app

    expected = {}
    for key, default in settings.DEFAULTS.items():
        raw, value = SAMPLES.get(type(default), (f"value-of-{key.lower()}", f"value-of-{key.lower()}"))
        if key in ("DATA_DIR", "CALENDAR_DIR"):
            raw = value = str(tmp_path / key.lower())
        elif key == "DATABASE_URL":
            continue  # checked below: both sides must open the same database
        elif key.endswith("RATE_LIMIT"):
            raw = value = "3 per minute"
        elif key == "RATELIMIT_STORAGE_URI":
            raw = value = "memory://"
        elif key == "TIMEZONE":
            raw = value = "Asia/Urumqi"
        elif key == "DEFAULT_LOCALE":
            raw = value = "en"
        monkeypatch.setenv(f"PORTAL_{key}", raw)
        expected[key] = value
    database = tmp_path / "plain.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{database}")  # the plain name, as documented
    command_line = settings.load()
    app = create_app()
    try:
        for key, value in expected.items():
            assert command_line[key] == value, key
            assert app.config[key] == value, key
        assert app.extensions["gongshi"].engine.url.database == str(database)
        assert command_line["DATABASE_URL"] == app.config["DATABASE_URL"] == f"sqlite:///{database}"
    finally:
        app.extensions["gongshi"].close()


@pytest.mark.parametrize(
    ("key", "raw"),
    [("REVIEW_REQUIRED", "maybe"), ("WARNING_LEVEL2_DAYS", "three"), ("DISCLOSURE_WINDOWS", "[1]")],
    ids=["bool", "int", "json"],
)
def test_a_wrong_value_names_its_variable(key: str, raw: str) -> None:
    with pytest.raises(settings.SettingError, match=f"PORTAL_{key}"):
        settings.load(env={f"PORTAL_{key}": raw})
