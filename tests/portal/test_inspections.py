"""Random inspections on the public side: pages with .json and .csv twins, the feed, the data
package resources, the decision a case led to, English, and the supervision dashboard."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import frictionless
import pytest

from publisher.outputs import packages
from publisher.runtime import Runtime
from tests import factories as f
from tests import spotcheck_helpers as h
from tests.portal.conftest import public_id
from tests.portal.test_office_complaints import login
from tests.publisher.lifecycle_helpers import at
from tests.publisher.test_spotcheck_draw import docs_redraw


@pytest.fixture
def plan_no(published: Runtime, tmp_path: Path) -> str:
    return h.inspected(published, tmp_path)


def test_the_list_of_plans_with_its_twins(client: Any, plan_no: str) -> None:
    page = client.get("/inspections").get_data(as_text=True)
    assert "2026年食品经营者双随机抽查" in page and "2026年下半年餐饮服务抽查" in page
    assert "尚未抽取" in page and 'href="/feeds/inspections.rss"' in page
    plans = client.get("/inspections.json").get_json()["plans"]
    drawn = next(p for p in plans if p["plan_no"] == plan_no)
    assert (
        drawn["seed"] == h.SEED and drawn["drawn"] == 3 and drawn["results"] == 3 and drawn["ratio"] == "0.1"
    )
    rows = list(
        csv.DictReader(io.StringIO(client.get("/inspections.csv").get_data(as_text=True).lstrip("\ufeff")))
    )
    assert {r["plan_no"] for r in rows} == {p["plan_no"] for p in plans}
    assert client.get("/inspections.json?agency=T-YJGL").get_json() == {"plans": []}
    assert client.get("/inspections.json?year=1999").status_code == 400


def test_a_plan_publishes_its_seed_inputs_draw_and_results(
    client: Any, published: Runtime, plan_no: str
) -> None:
    page = client.get(f"/inspections/{plan_no}").get_data(as_text=True)
    assert (
        h.SEED in page
        and "未发现问题" in page
        and "发现问题，责令整改" in page
        and "迟延 2 个工作日公示" in page
    )
    assert f'href="/officers/{h.VALID[0]}"' in page or any(f'href="/officers/{n}"' in page for n in h.VALID)
    case = public_id(published, h.CASE_DECISION)
    assert f'href="/decisions/{case}"' in page
    data = client.get(f"/inspections/{plan_no}.json").get_json()
    assert docs_redraw()(data) == data["draw"]["picks"]  # type: ignore[operator]
    assert len(data["draw"]["objects"]) == 30 and data["draw"]["inspectors"] == sorted(
        h.VALID + ["JN2024000001"]
    )
    assert [r["result"] for r in data["results"]] == ["no_problem", "case", "rectify"]
    assert data["results"][1]["decision_url"].endswith(f"/decisions/{case}")
    rows = list(
        csv.DictReader(
            io.StringIO(client.get(f"/inspections/{plan_no}.csv").get_data(as_text=True).lstrip("\ufeff"))
        )
    )
    assert [r["rank"] for r in rows] == ["1", "2", "3"]


def test_a_plan_before_its_draw_shows_the_seed_and_the_day(client: Any, plan_no: str) -> None:
    waiting = plan_no[:-2] + "02"
    data = client.get(f"/inspections/{waiting}.json").get_json()
    assert data["draw"] is None and len(data["plan"]["seed"]) == 32 and data["results"] == []
    assert "将于 2026年12月1日 抽取" in client.get(f"/inspections/{waiting}").get_data(as_text=True)
    missing = client.get("/inspections/T-SCJG-2026-99.json")
    assert missing.status_code == 404 and missing.get_json()["error"]["status"] == 404


def test_in_english(client: Any, plan_no: str) -> None:
    page = client.get(f"/inspections/{plan_no}?lang=en").get_data(as_text=True)
    assert "No problems found" in page and "Seed" in page and "Random inspections" in page


def test_the_feed_announces_plans_and_results(client: Any, plan_no: str) -> None:
    rss = client.get("/feeds/inspections.rss")
    assert rss.mimetype == "application/rss+xml"
    body = rss.get_data(as_text=True)
    assert h.SEED in body and "抽查结果" in body and f"/inspections/{plan_no}#" in body
    atom = client.get("/feeds/inspections.atom")
    assert atom.mimetype == "application/atom+xml" and "2026年下半年餐饮服务抽查" in atom.get_data(
        as_text=True
    )
    again = client.get("/feeds/inspections.rss", headers={"If-None-Match": rss.headers["ETag"]})
    assert again.status_code == 304


def _read(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def test_the_data_package_carries_plans_results_and_directories(published: Runtime, plan_no: str) -> None:
    root = Path(published.config["DATA_DIR"]) / "packages"
    with published.sessions() as s:
        done = packages.export_all(s, root, at("2026-06-01"), published.config)
    version = root / "full" / done[0].version
    assert frictionless.validate(str(version / "datapackage.json")).valid
    results = _read(version / "inspection_results.csv")
    assert [r["result"] for r in results] == ["no_problem", "case", "rectify"]
    plans = _read(version / "inspection_plans.csv")
    assert {p["plan_no"] for p in plans} == {plan_no, plan_no[:-2] + "02"}
    directory = _read(version / "inspection_objects.csv")
    assert len(directory) == 30
    descriptor = json.loads((version / "datapackage.json").read_text(encoding="utf-8"))
    assert {"inspection_plans", "inspection_results", "inspection_objects"} <= {
        r["name"] for r in descriptor["resources"]
    }


def test_late_results_are_on_the_supervision_dashboard(client: Any, published: Runtime, plan_no: str) -> None:
    f.add_staff(published)
    login(client, "sup1", f.STAFF_PASSWORD)
    page = client.get("/office/supervision/").get_data(as_text=True)
    assert "双随机抽查结果逾期公示" in page and 'id="inspections-table"' in page
    exported = client.get("/office/supervision/inspections.csv").get_data(as_text=True)
    assert plan_no in exported and "late" in exported
