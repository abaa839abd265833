"""Validation problems as plain values, shared by the CLI, the back office and tests."""

from __future__ import annotations

from typing import NamedTuple

# code -> (Chinese, English); {value} and {extra} are filled in.
MESSAGES: dict[str, tuple[str, str]] = {
    "required": ("必填字段“{field}”为空", "Required field '{field}' is missing"),
    "unknown_category": (
        "未知的执法类别“{value}”",
        "Unknown category '{value}'",
    ),
    "not_in_enum": (
        "“{value}”不是“{field}”的有效取值（可选：{extra}）",
        "'{value}' is not a valid {field} (one of: {extra})",
    ),
    "bad_date": (
        "“{value}”不是有效日期（应为 YYYY-MM-DD）",
        "'{value}' is not a valid date (YYYY-MM-DD expected)",
    ),
    "bad_number": ("“{value}”不是有效数字", "'{value}' is not a valid number"),
    "negative": ("“{field}”不能为负数", "'{field}' cannot be negative"),
    "bad_boolean": ("“{value}”不是有效的是/否值", "'{value}' is not a valid yes/no value"),
    "bad_credit_code": (
        "统一社会信用代码“{value}”校验位错误（GB 32100）",
        "Unified social credit code '{value}' fails its GB 32100 check digit",
    ),
    "bad_id_number": (
        "身份证号码校验失败",
        "Identity card number fails its checksum or birth date",
    ),
    "unknown_agency": ("未知的执法机关代码“{value}”", "Unknown agency code '{value}'"),
    "agency_not_allowed": (
        "只能报送本机关（{extra}）的记录，不能报送“{value}”的记录",
        "Only records of your own agency ({extra}) may be submitted, not of '{value}'",
    ),
    "owned_by_other_agency": (
        "“{value}”已由另一执法机关报送，不能改由“{extra}”报送；如确属错报，请由管理员移交",
        "'{value}' belongs to another agency and cannot be re-sent as '{extra}'; "
        "an administrator can move it if it was filed under the wrong agency",
    ),
    "decision_ended": (
        "“{value}”已结束公示（{extra}），不能再更改；重新作出的决定请以新文号报送",
        "'{value}' has left publication ({extra}) and cannot change; "
        "a decision made again needs a new number",
    ),
    "varies_itself": ("决定不能变更其自身（“{value}”）", "A decision cannot vary itself ('{value}')"),
    "conflict": (
        "其他报送同时保存了相同的记录，本次未保存；请重新报送",
        "Another submission stored the same records at the same moment; nothing was stored, send it again",
    ),
    "kind_not_allowed": ("不能通过此途径报送“{value}”", "'{value}' cannot be submitted this way"),
    "duplicate_id": (
        "编号“{value}”在文件中重复（首次出现在第 {extra} 行）",
        "Duplicate id '{value}' (first seen on row {extra})",
    ),
    "date_order": ("“{field}”早于“{extra}”", "'{field}' is earlier than '{extra}'"),
    "review_after_decision": (
        "重大执法决定须在作出前经法制审核：法制审核日期 {value} 晚于决定日期 {extra}（行政处罚法第五十八条）",
        "A major decision must have its legal review before it is made: the review is dated {value}, "
        "after the decision date {extra} (Administrative Penalty Law art. 58)",
    ),
    "future_date": ("“{field}”晚于今天", "'{field}' is in the future"),
    "unknown_field": ("未知字段“{field}”，已忽略", "Unknown field '{field}' ignored"),
    "bad_row": ("无法读取此行：{extra}", "Row cannot be read: {extra}"),
    "formula_without_value": (
        "“{field}”（单元格 {value}）是公式，但文件中没有保存其计算结果；"
        "请在 Excel 中打开并保存后重新报送，或直接填写数值",
        "'{field}' (cell {value}) is a formula saved without its result; "
        "open and save the file in Excel and send it again, or type in the value itself",
    ),
    "unknown_kind": (
        "无法判断文件内容类型，请用 --kind 指定",
        "Cannot tell what the file holds; use --kind",
    ),
    "bad_file": ("无法读取文件：{extra}", "File cannot be read: {extra}"),
    "too_large": ("“{field}”超出上限 {extra}", "'{field}' is above its limit of {extra}"),
    "too_long": (
        "“{field}”过长（最多 {extra} 个字符）",
        "'{field}' is too long (at most {extra} characters)",
    ),
    "bad_identifier": (
        "“{field}”只能由字母、数字和连字符组成，开头可有一个省份简称：“{value}”",
        "'{field}' may hold only letters, digits and hyphens, after at most one province abbreviation: "
        "'{value}'",
    ),
    "not_an_organisation": (
        "“{value}”是个体工商户的代码；检查对象名录库只收录单位（组织）",
        "'{value}' is an individual business's code; "
        "the directory of inspection objects holds organisations only",
    ),
    "unknown_decision": (
        "没有文号为“{value}”的决定；请先报送该决定，再报送其执法环节或音像记录",
        "There is no decision numbered '{value}'; "
        "send the decision before its stages or audio-visual records",
    ),
    "case_of_other_agency": (
        "决定“{value}”不是“{extra}”作出的，不能为其报送执法环节或音像记录",
        "Decision '{value}' was not made by '{extra}', which cannot send its stages or audio-visual records",
    ),
    "stage_order": (
        "环节顺序有误：{value} 晚于依法应在其后的 {extra}",
        "Stages out of order: {value} is dated after {extra}, which the law puts after it",
    ),
    "after_entry": (
        "“{field}”为 {value}，晚于录入日期 {extra}；尚未发生的环节不能录入",
        "'{field}' is {value}, after the day it is entered ({extra}); "
        "a stage cannot be entered before it happens",
    ),
    "date_out_of_range": (
        "“{value}”不在 {extra} 年之间",
        "'{value}' is not between the years {extra}",
    ),
    "unknown_officer": (
        "本机关没有证号为“{value}”的执法人员",
        "Your agency has no officer with credential number '{value}'",
    ),
}


class Problem(NamedTuple):
    """One problem with one field of one row (row 0 means the whole file)."""

    row: int
    field: str
    code: str
    value: str = ""
    extra: str = ""

    @property
    def message_zh(self) -> str:
        """The message in Chinese."""
        return MESSAGES[self.code][0].format(field=self.field, value=self.value, extra=self.extra)

    @property
    def message_en(self) -> str:
        """The message in English."""
        return MESSAGES[self.code][1].format(field=self.field, value=self.value, extra=self.extra)

    def __str__(self) -> str:
        where = f"第 {self.row} 行 / row {self.row}" if self.row else "文件 / file"
        return f"{where}, {self.field}: {self.message_zh} / {self.message_en}"
