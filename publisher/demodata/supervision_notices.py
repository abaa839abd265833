"""A year of demo supervision notices (seed 003 arts. 23–25), handled on a simulated clock through
the functions the back office calls: rectified on time, rectified late, a review that changed
the notice, a review that withdrew it, one that ended in a 监督决定书 performed in time, one late
and unanswered (the tick warns), and a recent one waiting on the demo clerk's desk. Safe to run
again: nothing is added once the demo's notices exist.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from publisher.demodata.history import _at
from publisher.lifecycle.actors import Actor
from publisher.models import Agency, SupervisionNotice, User
from publisher.office import supervision_notices as casework
from publisher.rules.calendar import Calendar

OFFICE = Actor("supervisor", "supervisor")
# (days before now, agency index (0: the demo clerk's), ground, facts, requirement, what happens)
NOTICES: list[tuple[int, int, str, str, str, str]] = [
    (
        330,
        1,
        "procedure_violated",
        "评查 2025 年第四季度行政处罚案卷 24 件，其中 5 件未在作出决定前告知当事人陈述、申辩权利。",
        "逐件核查并依法补正告知程序；修订案件审核清单，将告知环节列为必审项目。",
        "on_time",
    ),
    (
        280,
        2,
        "facts_unclear",
        "抽查的 3 件查封扣押案件中，现场笔录未记载物品数量和存放地点，扣押清单无当事人签字。",
        "补充完善现场笔录和扣押清单；组织执法人员开展证据规则培训。",
        "late",
    ),
    (
        200,
        0,
        "wrong_basis",
        "2 件行政处罚决定书引用已废止的规章条款作为处罚依据。",
        "对上述决定依法予以纠正，并对本年度全部处罚决定的法律依据进行一次核查。",
        "review_changed",
    ),
    (
        150,
        3,
        "duty_not_performed",
        "群众多次反映的占道经营问题，经核实该局受理后超过 3 个月未作出处理。",
        "依法调查处理并将处理结果告知反映人。",
        "decided",
    ),
    (
        100,
        4,
        "clearly_improper",
        "对同类违法行为的罚款数额明显高于本局公布的裁量基准。",
        "按裁量基准重新审查该 2 件案件。",
        "review_withdrawn",
    ),
    (
        60,
        2,
        "procedure_violated",
        "行政检查未出示执法证件的情形在执法记录仪抽查中出现 4 次。",
        "对相关执法人员进行批评教育，落实执法全过程记录制度。",
        "open",
    ),
    (
        12,
        0,
        "facts_unclear",
        "抽查的 2 件食品经营许可现场核查记录缺少核查人员签名。",
        "补正核查记录，并说明今后的防范措施。",
        "open",
    ),
]


def seed(session: Session, calendar: Calendar, config: Mapping[str, Any], now: dt.datetime) -> dict[str, int]:
    """Issue and handle the demo notices, once."""
    counts = {"notices": 0, "rectified": 0, "reviews": 0, "decisions": 0}
    if session.scalars(select(SupervisionNotice.id)).first() is not None:
        return counts
    clerk_agency = session.scalars(
        select(Agency.code).join(User, User.agency_id == Agency.id).where(User.username == "clerk")
    ).first()
    codes = [
        c
        for c in session.scalars(select(Agency.code).where(Agency.level == "district").order_by(Agency.code))
    ]
    if not codes:
        return counts
    order = [clerk_agency or codes[0], *(c for c in codes if c != clerk_agency)]
    for n, (ago, index, ground, facts, requirement, plan) in enumerate(NOTICES, start=1):
        issued = _at(now.date() - dt.timedelta(days=ago), 9)
        code = order[index % len(order)]
        notice = casework.issue(
            session,
            OFFICE,
            code,
            f"临司监通〔{issued.year}〕{n}号",
            ground,
            facts,
            requirement,
            issued,
            calendar,
            config,
        )
        counts["notices"] += 1
        for key, done in _handle(
            session, notice, Actor("demo", "clerk", code), plan, calendar, config, now
        ).items():
            counts[key] += done
    return counts


def _handle(
    session: Session,
    notice: SupervisionNotice,
    agency: Actor,
    plan: str,
    calendar: Calendar,
    config: Mapping[str, Any],
    now: dt.datetime,
) -> dict[str, int]:
    """What the agency and the office did with the notice, up to ``now``."""
    received, due = notice.received_on, notice.rectify_due
    done = {"rectified": 0, "reviews": 0, "decisions": 0}
    if plan in ("review_changed", "review_withdrawn"):
        casework.request_review(
            session,
            agency,
            notice,
            "部分案件事实认定有误，请予复查。",
            _at(received + dt.timedelta(days=4), 15),
            calendar,
            config,
        )
        outcome, answer = (
            ("changed", "经复查，其中 1 件适用依据正确，整改范围变更为另 1 件。")
            if plan == "review_changed"
            else ("withdrawn", "经复查，所涉罚款数额在裁量基准范围内，撤回本通知书。")
        )
        casework.answer_review(
            session, OFFICE, notice, outcome, answer, _at(received + dt.timedelta(days=12), 10)
        )
        done["reviews"] = 1
    if plan in ("on_time", "review_changed"):
        at = _at(due - dt.timedelta(days=8), 16)
        casework.rectify(session, agency, notice, "已按通知书要求完成整改，整改报告及相关材料已报送。", at)
        done["rectified"] = 1
    elif plan == "late" and _at(due + dt.timedelta(days=9), 11) <= now:
        casework.rectify(
            session,
            agency,
            notice,
            "已补充完善笔录和清单，并组织了培训。",
            _at(due + dt.timedelta(days=9), 11),
        )
        done["rectified"] = 1
    elif plan == "decided":
        at = _at(due + dt.timedelta(days=5), 10)
        casework.decide(
            session,
            OFFICE,
            notice,
            f"临司监决〔{at.year}〕1号",
            "perform",
            "该局收到通知书后逾期未整改，也未申请复查；当事人未就该事项申请行政复议或者提起行政诉讼。",
            "责令该局于期限内对反映的占道经营问题依法调查处理，并报告处理结果。",
            at,
            calendar,
            config,
            days=15,
        )
        casework.perform(
            session,
            agency,
            notice,
            "已立案调查并作出处理决定，处理结果已告知反映人。",
            at + dt.timedelta(days=10),
        )
        done["decisions"] = 1
    return done
