"""The forms of supervision casework in the back office (every one with its CSRF token):
the notice, the rectification report with files, the request for review and its answer,
the decision and the report of its performance."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import MultipleFileField
from wtforms import (
    BooleanField,
    IntegerField,
    RadioField,
    SelectChoice,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import InputRequired, Length, NumberRange, Optional

from portal import labels
from portal.public.citizen import plain_text
from publisher.models.supervision import DECISION_KINDS, REVIEW_OUTCOMES
from publisher.office.supervision_notices import decisions


def choices(name: str, codes: tuple[str, ...]) -> list[SelectChoice]:
    return [SelectChoice(code, labels.label(name, code)) for code in codes]


class NoticeForm(FlaskForm):
    """A new notice: the agency, the document number, the ground, the facts and what to rectify."""

    agency = SelectField(_l("被监督机关"), validators=[InputRequired()])
    doc_no = StringField(_l("文号"), validators=[InputRequired(), Length(max=80)], filters=[plain_text])
    ground = RadioField(_l("监督事由"), validators=[InputRequired(_l("请选择监督事由"))])
    facts = TextAreaField(
        _l("认定的事实"), validators=[InputRequired(), Length(max=5000)], filters=[plain_text]
    )
    requirement = TextAreaField(
        _l("整改要求"), validators=[InputRequired(), Length(max=5000)], filters=[plain_text]
    )


class RectifyForm(FlaskForm):
    """The agency's rectification report, with evidence files if any."""

    text = TextAreaField(_l("整改情况"), validators=[InputRequired(), Length(max=5000)], filters=[plain_text])
    files = MultipleFileField(_l("整改材料（可选，JPEG、PNG 或 PDF，每个不超过 5 MB）"))


class ReviewRequestForm(FlaskForm):
    """The agency's request for review (复查)."""

    reason = TextAreaField(
        _l("复查理由"), validators=[InputRequired(), Length(max=5000)], filters=[plain_text]
    )


class ReviewAnswerForm(FlaskForm):
    """The office's answer to a request for review."""

    outcome = RadioField(_l("复查结果"), validators=[InputRequired(_l("请选择复查结果"))])
    text = TextAreaField(_l("复查意见"), validators=[InputRequired(), Length(max=5000)], filters=[plain_text])


class DecisionForm(FlaskForm):
    """A 行政执法监督决定书 on a notice that was not complied with."""

    doc_no = StringField(_l("决定书文号"), validators=[InputRequired(), Length(max=80)], filters=[plain_text])
    kind = RadioField(_l("决定种类"), validators=[InputRequired(_l("请选择决定种类"))])
    reasons = TextAreaField(_l("理由"), validators=[InputRequired(), Length(max=5000)], filters=[plain_text])
    ordered = TextAreaField(
        _l("决定内容"), validators=[InputRequired(), Length(max=5000)], filters=[plain_text]
    )
    days = IntegerField(_l("履行期限（日）"), validators=[Optional(), NumberRange(1, decisions.MAX_DAYS)])
    no_remedy = BooleanField(_l("已核实：当事人没有就该执法行为申请行政复议或者提起行政诉讼"))


class PerformForm(FlaskForm):
    """The agency's report that it did what the decision ordered."""

    text = TextAreaField(_l("履行情况"), validators=[InputRequired(), Length(max=5000)], filters=[plain_text])


def step_forms() -> dict[str, FlaskForm]:
    """The forms of a notice's page, by step."""
    answer, decision = ReviewAnswerForm(), DecisionForm()
    answer.outcome.choices = choices("supervision_review_outcome", REVIEW_OUTCOMES)
    decision.kind.choices = choices("supervision_decision_kind", DECISION_KINDS)
    return {
        "rectify": RectifyForm(),
        "review": ReviewRequestForm(),
        "answer": answer,
        "decision": decision,
        "perform": PerformForm(),
    }
