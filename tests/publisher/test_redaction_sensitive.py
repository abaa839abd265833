"""Sensitive personal data (health, wages, religion, criminal records) and trade secrets, by
general rules: classes of words and shapes of phrases, each tried here on sentences written
for these tests (none copied from a corpus), with the dates, amounts, citations, decision
numbers, companies and officers around them kept."""

from __future__ import annotations

import pytest

from publisher.redact import TRADE_SECRET, redact
from tests import factories as f


def public(text: str, keep: tuple[str, ...] = (), **record: str) -> str:
    result = redact(f.decision(text=text, **record), keep=list(keep))
    assert not result.blocked, result.findings
    return result.text


# --- health ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "private"),
    [
        # signs and conditions in everyday words
        ("证人称其小腿上有大片淤青，说话也不清楚。", "淤青"),
        ("该员工去年查出甲亢，随后辞职。", "甲亢"),
        ("其丈夫长年痛风，行走不便。", "痛风"),
        ("住户反映其邻居常有自残行为，情绪失控时摔东西。", "自残"),
        ("当晚其在仓库门口突然晕厥，同事将其扶起。", "晕厥"),
        ("老人因阿尔茨海默症无法辨认家人。", "阿尔茨海默"),
        ("工人右前臂被机器卷入，桡骨外露。", "右前臂"),
        ("复查时左膝屈曲仅六十度。", "屈曲"),
        # medicines, by their ending or their kind, after a verb of taking
        ("她每天都要服用缬沙坦，已有五年。", "缬沙坦"),
        ("患者一直在打胰岛素控制病情。", "胰岛素"),
        ("他说父亲每周来开降糖药。", "降糖药"),
        # results with a clinical unit
        ("抽血结果：空腹血糖11.3mmol/L。", "11.3mmol/L"),
        ("化验单上促甲状腺激素为9.1mIU/L。", "9.1mIU/L"),
    ],
)
def test_a_persons_body_goes_in_everyday_words(text: str, private: str) -> None:
    assert private not in public(text)


def test_a_clause_that_goes_on_about_the_same_body_goes_with_it() -> None:
    text = "据其妻子说，丈夫有严重哮喘，晚上经常睡不好，单位于2026年5月6日将其辞退。"
    out = public(text)
    assert "哮喘" not in out and "睡不好" not in out
    assert "2026年5月6日" in out and "辞退" in out


def test_a_following_clause_that_names_someone_else_or_a_finding_stays() -> None:
    text = "顾客甲食用后腹泻，当事人未按规定停止销售该批次食品。"
    out = public(text)
    assert "腹泻" not in out
    assert "当事人未按规定停止销售该批次食品" in out


def test_a_table_cell_about_a_body_goes_whole_and_so_does_a_health_column() -> None:
    text = (
        "序号|姓名|入职日期|身体状况\n"
        "1|某甲|2025年3月1日|无异常\n"
        "2|某乙|2025年4月2日|搬运时扭伤腰部，休息三周\n"
    )
    out = public(text)
    assert "无异常" not in out and "扭伤腰部" not in out and "休息三周" not in out
    assert "2025年3月1日" in out and "2025年4月2日" in out


def test_a_screen_that_shows_a_fare_is_not_a_body_and_a_named_hospital_stays() -> None:
    text = (
        "订单页面显示车费58元。经查，杭州市第三人民医院以该参保人名义为一名孕30周的孕妇办理住院，"
        "统一社会信用代码12330100CTA123456X。"
    )
    out = public(text)
    assert "车费58元" in out and "杭州市第三人民医院" in out
    assert "孕30周" not in out


def test_words_like_the_body_in_other_senses_stay() -> None:
    text = "当事人开设药店，店内药品摆放整齐，其电脑主机放在门店左侧。"
    assert public(text).count("药") >= 2 and "电脑" in public(text)
