"""Sensitive personal information and trade secrets found by their context (LEGAL.md §3).

Sensitive personal information (PIPL art. 28): health and medical data, criminal
records, wages, religion, biometrics and location tracks are deleted as a clause.
Trade secrets (formulas, process parameters, cost prices, customer and supplier lists,
sales and margin data) are replaced by 「（涉及商业秘密，已删除）」. Each rule removes the
clause that carries the information, from its cue to the next clause boundary, so the
sentence around it (who did what, the legal basis, the penalty) stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from publisher.redact.spans import TRADE_SECRET, Span

_CLAUSE_END = r"[^，,。；;\n]*"

SENSITIVE: dict[str, re.Pattern[str]] = {
    "health": re.compile(
        rf"(?:患有|罹患|确诊为?|诊断为|病情|病史|病历|既往史|HIV|艾滋病|乙肝|精神疾病|残疾等级|体检结果|怀孕|孕期){_CLAUSE_END}"
    ),
    "criminal_record": re.compile(
        rf"(?:曾因|因犯|犯有|被判处|判处有期徒刑|刑满释放|前科|劳动教养|服刑|缓刑){_CLAUSE_END}"
    ),
    "wage": re.compile(
        r"(?:月工资|月薪|年薪|工资收入|工资标准|薪酬|基本工资|实发工资)(?:为|是|约|共计|[:：])?\s*(?:人民币)?\s*[\d,，.]+\s*(?:元|万元)?(?:/月|每月)?"
    ),
    "religion": re.compile(
        rf"(?:信仰|信奉|皈依|宗教信仰为?)(?:佛教|道教|伊斯兰教|基督教|天主教|宗教){_CLAUSE_END}"
    ),
    "biometric": re.compile(
        rf"(?:指纹|人脸信息|面部识别|虹膜|声纹|DNA|基因)(?:信息|数据|样本|特征){_CLAUSE_END}"
    ),
    "location_track": re.compile(rf"(?:行动轨迹|行踪轨迹|定位记录|轨迹信息|出行记录){_CLAUSE_END}"),
}

TRADE_SECRET_CUES = re.compile(
    r"(?:产品)?(?:配方|配比|工艺参数|生产工艺流程|技术参数|工艺条件|杀菌温度|反应温度|成本价|进货价|采购价|出厂成本|"
    r"毛利率|利润率|销售额|营业额|销售数据|客户名单|客户名录|客户信息|供应商名单|供货商|进货渠道|底价|报价单)"
    r"(?:为|是|约为|包括|分别为|[:：])"
)


def sensitive(folded: str) -> Iterator[Span]:
    """Yield clauses carrying sensitive personal information."""
    for rule, pattern in SENSITIVE.items():
        for m in pattern.finditer(folded):
            yield Span(m.start(), m.end(), rule)


def trade_secrets(folded: str) -> Iterator[Span]:
    """Yield the values that follow a trade-secret cue, to the end of their clause.

    The cue itself (配方为, 成本价为) stays, so the reader knows what was removed.
    """
    for m in TRADE_SECRET_CUES.finditer(folded):
        end = m.end()
        tail = re.match(r"[^，,。；;\n]*", folded[end:])
        stop = end + (tail.end() if tail else 0)
        if stop > end:
            yield Span(end, stop, "trade_secret", TRADE_SECRET)
