"""Demo back-office accounts and a year of complaints, handled on a simulated clock.

The accounts share one published demo password (``DEMO_PASSWORD``): the demo is for
trying the portal on one's own machine, never for production. Complaints are filed
through :func:`publisher.office.complaints.submit` and handled through the same functions the
back office calls, so deadlines, warnings, the audit trail and the public counts are real.
Safe to run again: a complaint already stored (same submission key) is left alone.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from faker import Faker
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from publisher.demodata.history import _at
from publisher.models import Agency, Complaint, RawDecision, User
from publisher.office import accounts, complaints
from publisher.rules.calendar import Calendar, UnknownCalendar

DEMO_PASSWORD = "gongshi-demo-2026"
FACTS = [
    "执法人员到我店里检查时没有出示执法证件，也没有说明检查依据，直接拍照取证。",
    "{day}上午执法人员扣押了我的三轮车，没有给我扣押清单，至今没有处理决定。",
    "对我作出的罚款决定没有告知我陈述、申辩的权利，罚款金额明显高于同类情况。",
    "执法人员检查时态度粗暴，当着顾客的面大声训斥，影响了我的正常经营。",
    "我在{day}提交的许可申请材料齐全，超过法定期限仍未作出决定，也没有告知原因。",
    "反映该局执法人员在检查中接受商户宴请，并对部分商户的问题不予处理。",
    "该局对同一条街上的同类违法行为处理标准不一，存在选择性执法。",
    "执法人员在{day}的检查中要求我购买指定的消防器材，否则不予通过检查。",
]
WISHES = [
    "请依法处理并给予答复。",
    "请撤销该决定并退还罚款。",
    "请对执法人员进行批评教育。",
    "请尽快作出决定。",
]


def ensure_accounts(session: Session, now: dt.datetime) -> list[str]:
    """Create the demo accounts that are missing; return the usernames created."""
    # The clerk and reviewer work for the agency with the most decisions, so they have work to do.
    busiest = (
        select(Agency.code)
        .outerjoin(RawDecision, RawDecision.agency_id == Agency.id)
        .group_by(Agency.code)
        .order_by(func.count(RawDecision.id).desc(), Agency.code)
    )
    first = session.scalars(busiest).first()
    wanted = [
        ("supervisor", "supervisor", None, "区司法局 执法监督科 王监督"),
        ("supervisor2", "supervisor", None, "区司法局 执法监督科 李监督"),
        ("admin", "admin", None, "系统管理员"),
        ("clerk", "clerk", first, "经办人 张经办"),
        ("reviewer", "reviewer", first, "法制审核 赵审核"),
    ]
    created = []
    for username, role, agency, display in wanted:
        if agency is None and role in ("clerk", "reviewer"):
            continue
        if session.scalars(select(User.id).where(User.username == username)).first() is None:
            accounts.create_user(
                session,
                username=username,
                password=DEMO_PASSWORD,
                role=role,
                agency_code=agency,
                display_name=display,
                now=now,
                actor="demo",
            )
            created.append(username)
    return created


def seed(
    session: Session, calendar: Calendar, config: dict[str, Any], until: dt.datetime, count: int = 60
) -> dict[str, int]:
    """File ``count`` complaints over the months before ``until`` and handle most of them."""
    rng = random.Random(20260101)
    fake = Faker("zh_CN")
    fake.seed_instance(20260101)
    codes = list(session.scalars(select(Agency.code).order_by(Agency.code)))
    users = {u.username: u for u in session.scalars(select(User))}
    counts = {"filed": 0, "handled": 0}
    start = until.date() - dt.timedelta(days=300)
    for n in range(count):
        day = start + dt.timedelta(days=int(300 * n / count) + rng.randint(0, 3))
        kind = "report" if rng.random() < 0.35 else "complaint"
        anonymous = kind == "report" and rng.random() < 0.5
        text = rng.choice(FACTS).format(day=f"{day.month}月{day.day}日")
        filing = complaints.Filing(
            kind=kind,
            agency_code=rng.choice(codes),
            facts=text,
            request=rng.choice(WISHES),
            submission_key=f"demo-{n}",
            name="" if anonymous else fake.name(),
            phone="" if anonymous else fake.phone_number(),
            address="" if anonymous else fake.address(),
        )
        received = _at(day, 9 + n % 8)
        if received > until:
            break
        receipt = complaints.submit(session, filing, received, calendar, config)
        if receipt.duplicate:
            continue
        counts["filed"] += 1
        if n % 15 == 7:  # forgotten in the queue: the tick raises and escalates its warning
            continue
        complaint = session.scalars(
            select(Complaint).where(Complaint.tracking_no == receipt.tracking_no)
        ).one()
        if _handle(session, complaint, users, rng, calendar, config, until):
            counts["handled"] += 1
    return counts


def _handle(
    session: Session,
    complaint: Complaint,
    users: dict[str, User],
    rng: random.Random,
    calendar: Calendar,
    config: dict[str, Any],
    until: dt.datetime,
) -> bool:
    """Walk a complaint through its steps on simulated days; the newest stay open."""
    handler = users["supervisor" if rng.random() < 0.7 else "supervisor2"]
    received = complaint.received_at.date()
    late = rng.random() < 0.1
    try:
        decide_on = calendar.add_working_days(received, 7 if late else rng.randint(1, 4))
        steps: list[tuple[dt.date, Any]] = [
            (received, lambda at: complaints.take(session, complaint, handler, at))
        ]
        if rng.random() < 0.12:
            reason = "不属于行政执法监督范围，已告知向有关机关反映。"
            steps.append((decide_on, lambda at: complaints.refuse(session, complaint, handler, reason, at)))
        else:
            steps.append(
                (decide_on, lambda at: complaints.accept(session, complaint, handler, at, calendar, config))
            )
            route_on = calendar.add_working_days(decide_on, 2)
            agency = complaint.agency.code
            steps.append(
                (
                    route_on,
                    lambda at: complaints.route(session, complaint, handler, agency, "请核查后报送", at),
                )
            )
            answer_on = decide_on + dt.timedelta(days=rng.randint(10, 26) if not late else 40)
            answer = "经调查核实，已责成执法机关依法纠正，并对相关执法人员进行批评教育。"
            steps.append((answer_on, lambda at: complaints.answer(session, complaint, handler, answer, at)))
    except UnknownCalendar:
        return False
    for day, step in steps:
        at = _at(day, 15)
        if at > until:
            return False
        step(at)
    return True
