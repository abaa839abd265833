"""Realistic demo data for a fictional district: ``publisher demo-data``.

Writes JSONL intake files (agencies, power items, officers, decisions) and a list of
later withdrawals. The same generator streams 100,000 or 1,000,000 decisions for the
benchmarks in ``bench/``: memory stays flat because every record is written at once.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from publisher.demodata.people import Pools
from publisher.demodata.registry import AGENCIES, COURT, REVIEW_BODY, agency_records, power_records
from publisher.demodata.texts import decision_text

ABBREVIATIONS = dict(
    zip(
        [a[0] for a in AGENCIES],
        [
            "临市监",
            "江环临",
            "临综执",
            "临应急",
            "临交运",
            "临卫健",
            "临人社",
            "临文旅",
            "临住建",
            "临农",
            "江公临",
        ],
        strict=True,
    )
)
DOC_WORDS = {
    "penalty": "罚决",
    "license": "许",
    "coercion": "强",
    "inspection": "检",
    "levy": "征",
    "confirmation": "确",
    "ruling": "裁",
    "other": "奖",
}
CATEGORY_WEIGHTS = {
    "penalty": 45,
    "license": 25,
    "inspection": 12,
    "coercion": 6,
    "levy": 3,
    "confirmation": 4,
    "ruling": 2,
    "other": 3,
}
START = dt.date(2024, 1, 2)


def write_jsonl(path: Path, records: Iterator[dict[str, Any]] | list[dict[str, Any]]) -> int:
    """Write records one JSON object a line; return how many."""
    count = 0
    with open(path, "w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
            count += 1
    return count


def generate(
    out: Path,
    *,
    decisions: int = 3000,
    officers: int = 300,
    seed: int = 2024,
    until: dt.date,
    progress: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Write the demo intake files into ``out`` and return counts per file."""
    out.mkdir(parents=True, exist_ok=True)
    pools = Pools(seed)
    officer_rows = list(_officers(pools, officers, until))
    counts = {
        "agencies": write_jsonl(out / "agencies.jsonl", agency_records()),
        "power_items": write_jsonl(out / "power_items.jsonl", power_records()),
        "officers": write_jsonl(out / "officers.jsonl", officer_rows),
    }
    withdrawals: list[dict[str, Any]] = []
    gen = _Decisions(pools, officer_rows, until, withdrawals)
    counts["decisions"] = write_jsonl(out / "decisions.jsonl", gen.stream(decisions, progress))
    counts["withdrawals"] = write_jsonl(out / "withdrawals.jsonl", withdrawals)
    return counts


def _officers(pools: Pools, count: int, until: dt.date) -> Iterator[dict[str, Any]]:
    rng = pools.rng
    statuses = ["valid"] * 85 + ["suspended"] * 5 + ["revoked"] * 3 + ["cancelled"] * 7
    for number in range(count):
        code, _name, _en, _hot, _law, topic = AGENCIES[number % len(AGENCIES)]
        start = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), 1)
        status = rng.choice(statuses)
        person = pools.people[number % len(pools.people)]
        yield {
            "credential_no": f"JN{start.year}{number:06d}",
            "issuing_authority": "江南省人民政府" if number % 3 else "江城市人民政府",
            "name": person.name,
            "agency": code,
            "category": topic,
            "area": "江城市临江区",
            "valid_from": start.isoformat(),
            "valid_until": start.replace(
                year=start.year + 5 if rng.random() > 0.08 else start.year + 1
            ).isoformat(),
            "status": status,
            "status_date": (start + dt.timedelta(days=rng.randint(30, 600))).isoformat()
            if status != "valid"
            else "",
            "status_reason": {
                "suspended": "涉嫌违纪，暂扣执法证件",
                "revoked": "严重违法违纪，吊销执法证件",
                "cancelled": "调离执法岗位，证件收回注销",
            }.get(status, ""),
            "id_number": person.id_number,
            "phone": person.phone,
        }


class _Decisions:
    """Streams decisions across every category, with the cases the rules must catch."""

    def __init__(
        self,
        pools: Pools,
        officers: list[dict[str, Any]],
        until: dt.date,
        withdrawals: list[dict[str, Any]],
    ) -> None:
        self.pools, self.rng, self.until, self.withdrawals = pools, pools.rng, until, withdrawals
        self.by_agency: dict[str, list[dict[str, Any]]] = {}
        for officer in officers:
            if officer["status"] == "valid":
                self.by_agency.setdefault(officer["agency"], []).append(officer)
        self.powers: dict[tuple[str, str], list[str]] = {}
        for power in power_records():
            self.powers.setdefault((power["agency"], power["category"]), []).append(power["code"])
        self.serial: dict[tuple[str, int, str], int] = {}

    def stream(self, count: int, progress: Callable[[int], None] | None) -> Iterator[dict[str, Any]]:
        """Yield ``count`` decision records, oldest first."""
        span = (self.until - START).days
        for number in range(count):
            day = START + dt.timedelta(days=span * number // max(count, 1))
            yield self.one(day)
            if progress and number % 1000 == 999:
                progress(1000)

    def one(self, day: dt.date) -> dict[str, Any]:
        """Return one decision record dated ``day``."""
        rng = self.rng
        agency = rng.choice(AGENCIES)
        code, name, _en, _hot, law, _topic = agency
        category = rng.choices(list(CATEGORY_WEIGHTS), weights=list(CATEGORY_WEIGHTS.values()))[0]
        if code == "LJ-GAFJ":
            category = "penalty"
        key = (code, day.year, category)
        self.serial[key] = self.serial.get(key, 0) + 1
        doc_no = f"{ABBREVIATIONS[code]}{DOC_WORDS[category]}〔{day.year}〕{self.serial[key]}号"
        person_target = rng.random() < 0.35 or code == "LJ-GAFJ"
        target = self.pools.person() if person_target else self.pools.company()
        record: dict[str, Any] = {
            "id": doc_no,
            "agency": code,
            "category": category,
            "decision_date": day.isoformat(),
            "served_date": (day + dt.timedelta(days=rng.randint(0, 3))).isoformat(),
            "power_code": rng.choice(self.powers.get((code, category), [""])),
            "procedure": "ordinary",
            "severity": rng.choice(["minor", "general", "general", "serious"]),
        }
        self._target(record, target, person_target)
        self._outcome(record, law, rng)
        officers = rng.sample(self.by_agency.get(code, []), k=min(2, len(self.by_agency.get(code, []))))
        ctx = {
            **record,
            "agency_name": name,
            "target": target,
            "officers": officers,
            "law": law,
            "basis": record["legal_basis"],
            "discretion": f"《{name}行政处罚裁量基准》",
            "decision_date": day,
            "witness": self.pools.person(),
            "worker": self.pools.person(),
            "found": f"{day.year}年{day.month}月{max(1, day.day - 3)}日",
            "premises": f"望江大道{rng.randint(1, 400)}号",
            "plate": f"苏A{rng.choice('DF')}{rng.randint(10000, 99999)}"
            if rng.random() < 0.3
            else f"苏A{rng.randint(10000, 99999)}",
            "bank_account": f"3301{rng.randrange(10**15):015d}",
            "review_body": REVIEW_BODY,
            "court": COURT,
            "doc_no": doc_no,
            "secret": "",
        }
        if category == "license" and rng.random() < 0.2:
            ctx["secret"] = (
                f"柠檬酸{rng.randint(2, 9)}%、山梨酸钾{rng.randint(1, 5)}‰，杀菌温度{rng.randint(85, 121)}℃"
            )
            record["trade_secrets"] = ctx["secret"]
        record["text"] = decision_text(ctx, rng)
        self._maybe_withdraw(record, day)
        return record

    def _target(self, record: dict[str, Any], target: Any, person: bool) -> None:
        if person:
            record.update(
                target_type="natural_person",
                target_name=target.name,
                id_number=target.id_number,
                address=target.address,
                phone=target.phone,
            )
        else:
            record.update(
                target_type=target.kind,
                target_name=target.name,
                credit_code=target.credit_code,
                legal_representative=target.representative,
                address=target.address,
            )

    def _outcome(self, record: dict[str, Any], law: str, rng: random.Random) -> None:
        article = rng.choice(["第一百二十四条第一款", "第九十七条", "第六十三条第二项", "第二十二条"])
        record["legal_basis"] = f"{law}{article}"
        if record["category"] != "penalty":
            record["result"] = {
                "license": "准予行政许可，有效期五年。",
                "coercion": "对涉案物品予以扣押，期限三十日。",
                "inspection": "检查未发现违法行为。" if rng.random() < 0.6 else "责令限期整改。",
            }.get(record["category"], "予以确认/裁决，详见正文。")
            if record["category"] == "coercion":
                record["coercive_measures"] = "seize"
            return
        roll = rng.random()
        fine = rng.choice([500, 2000, 5000, 10000, 30000, 50000, 80000, 120000, 200000])
        if record["agency"] == "LJ-GAFJ":
            record.update(
                public_order=True,
                penalty_types="fine",
                fine_amount=rng.choice([200, 500]),
                result="罚款人民币五百元。",
            )
        elif roll < 0.04:
            record.update(penalty_types="warning", result="警告。")
        elif roll < 0.08:
            record.update(
                procedure="simplified",
                penalty_types="fine",
                fine_amount=rng.choice([50, 100, 200]),
                result="罚款人民币二百元。",
            )
        else:
            types = "fine;confiscation" if rng.random() < 0.3 else "fine"
            if rng.random() < 0.03:
                types += ";revocation"
            record.update(
                penalty_types=types,
                fine_amount=fine,
                result=f"1. 罚款人民币{fine}元；" + ("2. 没收违法所得。" if "confiscation" in types else ""),
            )
            if "confiscation" in types:
                record["confiscation_amount"] = rng.randint(100, 20000)
            self._major(record, fine, types, rng)
        if rng.random() < 0.01:
            record["involves_minor"] = True
        if rng.random() < 0.004:
            record["state_secret"] = True

    def _major(self, record: dict[str, Any], fine: int, types: str, rng: random.Random) -> None:
        if fine < 100000 and "revocation" not in types:
            return
        record.update(is_major=True, hearing_held=rng.random() < 0.5)
        if rng.random() < 0.95:  # a few arrive without their legal review and must be held
            reviewed = dt.date.fromisoformat(record["decision_date"]) - dt.timedelta(days=rng.randint(2, 9))
            record.update(
                review_reviewer="法制审核员" + rng.choice("甲乙丙丁"),
                review_date=reviewed.isoformat(),
                review_opinion="事实清楚，证据确凿，适用依据正确，程序合法，同意。",
            )

    def _maybe_withdraw(self, record: dict[str, Any], day: dt.date) -> None:
        if self.rng.random() < 0.02 and (self.until - day).days > 30:
            effective = day + dt.timedelta(days=self.rng.randint(20, 25))
            reason = self.rng.choice(["revoked", "confirmed_illegal", "ordered_redone", "confirmed_void"])
            basis = {
                "revoked": "本机关依职权撤销",
                "confirmed_illegal": f"{REVIEW_BODY}行政复议决定确认违法",
                "ordered_redone": f"{COURT}判决责令重新作出",
                "confirmed_void": f"{COURT}判决确认无效",
            }[reason]
            self.withdrawals.append(
                {
                    "id": record["id"],
                    "reason": reason,
                    "basis": basis,
                    "effective": effective.isoformat(),
                }
            )
