"""Sensitive personal information and trade secrets found by their context (LEGAL.md §3).

Sensitive personal information (PIPL art. 28): health and medical data, criminal
records, wages, religion, biometrics and location tracks are deleted as a clause.
Trade secrets (formulas, process parameters, cost prices, customer and supplier lists,
sales and margin data) are replaced by 「（涉及商业秘密，已删除）」. Each rule removes the
clause that carries the information, from its cue to the next clause boundary, so the
sentence around it (who did what, the legal basis, the penalty) stays readable.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from typing import Any

from publisher.redact.spans import TRADE_SECRET, Span
from publisher.redact.tables import column_cells

_CLAUSE_END = r"[^，,。；;\n]*"


_SPACES = [chr(i) for i in range(0x3001) if chr(i).isspace()]  # what \s matches (U+3000 is the last)
# The regular-expression parser's own modules (their node names are not in the typing stubs).
_PARSER: Any = importlib.import_module("re._parser")
_NODES: Any = importlib.import_module("re._constants")


def _first_characters(items: Any, out: set[str]) -> bool:
    """Add the characters a match of parsed ``items`` can begin with to ``out``; True if the
    items can match nothing at all (then what follows them counts too)."""
    c = _NODES
    for op, av in items:
        if op is c.LITERAL:
            out.add(chr(av))
            return False
        if op is c.IN:
            for kind, value in av:
                if kind is c.LITERAL:
                    out.add(chr(value))
                elif kind is c.RANGE:
                    out.update(chr(i) for i in range(value[0], value[1] + 1))
                elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
                    out.update(_SPACES)
                else:  # another category (\d: every decimal digit of Unicode) or a negated class
                    raise ValueError(kind)
            return False
        if op is c.BRANCH:
            if not any([_first_characters(branch, out) for branch in av[1]]):
                return False
        elif op is c.SUBPATTERN:
            if not _first_characters(av[-1], out):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            if not _first_characters(av[2], out) and av[0] > 0:
                return False
        elif op not in (c.ASSERT, c.ASSERT_NOT, c.AT):
            raise ValueError(op)
    return True


def _quick(pattern: str) -> re.Pattern[str]:
    """Compile ``pattern`` behind a look-ahead for the characters its matches begin with: the
    same matches, but the engine skips at once the places where none of its hundreds of words
    can begin (Python's engine would otherwise try every alternative at every character)."""
    first: set[str] = set()
    try:
        if _first_characters(_PARSER.parse(pattern), first):
            return re.compile(pattern)  # it can match the empty string: no prefix is safe
    except (ValueError, ImportError, AttributeError, TypeError):
        return re.compile(pattern)
    return re.compile("(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])(?:" + pattern + ")")


# What a diagnosis, an injury or a result ends with (急性胃肠炎, 左前臂骨折, 抗体阳性, 十级伤残).
_CONDITION_END = (
    r"(?:炎|症|病|癌|瘤|中毒|骨折|损伤|挫伤|撕裂伤|烧伤|伤残|障碍|增生|衰竭|疱疹|湿疣|阳性|梗死|后遗症|结核|"
    r"聋|硬化|腹水|感染|高血压|哮喘|过敏|抑郁|发作|畸形|窒息|休克|死亡|偏高|升高|偏低|降低|脱水|"
    r"[一二三四五六七八九十]级|[壹贰叁肆]期|[Ⅰ-Ⅳ]期)"
)
# Where a condition is named: after one of these, up to the end of its clause.
# A label before a condition stays (诊断结论：…); a verb that states one goes with it (患有…).
_CONDITION_LABEL = (
    r"(?:诊断(?:结论|结果)|(?:入院|出院|临床|初步|门诊|最终|病理)诊断(?=[:：])|化验结果|体检(?:复查)?结果显示|"
    r"(?:主诉|现病史|既往史|过敏史|用药情况|用药|护理等级|伤情)(?=[:：])|"
    # a result or a finding speaks of a body only when what follows does (检测结果：菌落总数超标 stays)
    r"(?P<loose>检验结果|检查结果|检测结果|显示|提示|经鉴定为|鉴定为|构成)|"
    r"因(?=[^，,。；;\n]{1,20}(?:去世|死亡|住院|服药|治疗|送医|就医)))[:：\s]*"
)
_CONDITION_VERB = (
    r"(?:[0-9]{1,3}\s?年前)?(?:被|经)?(?:确诊为?|患有|罹患|患(?![者方])|诊断为|(?:病史|既往史|病情)[:：\s]*)"
)
_HEALTH = _quick(
    rf"{_CONDITION_LABEL}(?P<value>[^，,。；;\n|\t]{{2,40}})"
    rf"|{_CONDITION_VERB}[^，,。；;\n|\t]{{2,40}}"
    r"|(?:既往)?有?[\u4e00-\u9fff]{1,12}病史"
    r"|(?:正在|需|已)?(?:化疗|透析|住院治疗|输液治疗|留观|抢救无效)[^，,。；;\n]{0,6}"
    r"|体温\s*\d{2}(?:\.\d)?\s*℃"
    # a symptom someone showed: 已出现心律失常, 出现腹痛伴低热
    r"|(?:已|并)?(?:出现|伴有|并发)[\u4e00-\u9fff]{0,6}"
    r"(?:失常|抽搐|昏迷|呕吐|腹泻|腹痛|低热|高热|发热|头晕|头痛|休克|晕厥|心悸|胸闷|呼吸困难)(?:伴[\u4e00-\u9fff]{1,6})?"
    r"|(?<=死因)(?:为|是|系|[:：])[^，,。；;\n]{2,30}|(?<=死亡原因)(?:为|是|系|[:：])[^，,。；;\n]{2,30}"
    rf"|(?:听力|视力|肢体|智力|精神|言语|多重)残疾[一二三四]级"
    rf"|(?:[一二三四五六七八九十]级伤残|伤残[一二三四五六七八九十]级)"
    rf"|孕\s*\d+\s*周(?:\s*\+\s*\d+\s*天)?(?:[，,]第[一二三四五]胎)?"
    rf"|(?:出院小结|病历|病案|CT影像|检验报告单|诊断证明)"
    rf"|(?<=[，,、|\t\s])(?:急性|慢性|原发性|继发性|职业性|轻度|重度|左|右|双)?[\u4e00-\u9fffA-Za-z（）()]{{0,10}}?{_CONDITION_END}"
    r"(?:[（(][^）)]{1,6}[）)])?(?=[，,。；;|\t\s]|$)"
)
_NOT_HEALTH = re.compile(
    r"发生|事故|案件|违法|处罚|罚款|决定|规定|标准|责任|管理|许可|整改|期限|时间|安全|广告|宣传|同意"
)

# Religions and their followers, and what a believer does (LEGAL.md §3; PIPL art. 28).
_RELIGION = (
    r"(?:藏传佛教|汉传佛教|南传佛教|佛教|道教|伊斯兰教|基督教|天主教|东正教|新教|犹太教|印度教|锡克教|巴哈伊教|"
    r"萨满教|宗教)"
)
_WORSHIP = re.compile(
    r"礼拜|教堂|清真寺|寺庙|寺院|道观|念经|诵经|吃斋|斋戒|封斋|弥撒|受洗|洗礼|烧香|拜佛|祷告|祈祷|团契|唱诗|查经|"
    r"经文|佛堂|朝觐|教会"
)
# Money a person earns: the cue, then how much (月底薪3500元, 劳务报酬为每课时120元, 年薪二十万元).
_PAY_CUE = (
    r"(?:月工资|月薪|年薪|日薪|时薪|周薪|工资收入|工资薪金(?:收入|所得)?|(?<!最低)工资标准|工资基数|缴费基数|社保基数|"
    r"工钱|工价|每月工资|(?:其|本人|个人|他的|她的)工资|(?:月)?标准工资|"
    # a pension or benefit is income too: 每月退休金仅3600元, 享受城乡低保，月领562元
    r"(?:每月|月)?(?:退休金|养老金|抚恤金|低保金|救助金)|(?<=低保[，,])月领取?|"
    # a person's provident-fund base is their pay (…公司工作，月缴存基数6200元); the scheme's is not
    r"(?<=工作[，,])月?缴存基数|(?:其|本人|个人)月?缴存基数|"
    r"薪酬|薪资|薪水|底薪|基本工资|岗位工资|绩效工资|实发工资|应发工资|日工资|月收入|年收入|"
    r"(?<!违法)(?<!非法)(?<!经营)(?<!营业)(?<!销售)(?<!租金)(?<!广告)收入|"
    r"(?<!职工)(?<!职工月)(?<!社会)(?<!社会月)平均工资|年终奖金?|绩效奖金?|加班费|劳务报酬|劳务费|报酬|包工收入|"
    r"提成收入|应发未发|欠发|实发|应发)"
)
_MONEY = (
    r"(?:[0-9][0-9,.]*\s*(?:[千万](?:[一二三四五六七八九]|[1-9])?\s*)?(?:元|万元|千元|块|万)?"  # 9千五元
    r"|[零〇一二两三四五六七八九十百千万壹贰叁肆伍陆柒捌玖拾佰仟]{1,10}(?:元|块|万元?)"
    r"(?:[零〇一二两三四五六七八九]角)?(?:[零〇一二两三四五六七八九]分)?)"  # 四十一元五角
)
SENSITIVE: dict[str, re.Pattern[str]] = {
    "criminal_record": _quick(
        # 因…罪 and what followed it: the sentence, prison, probation
        r"(?:[0-9]{4}\s?年(?!\s?[0-9]{1,2}\s?月))?(?:且)?(?:曾经?)?(?:于[0-9]{4}\s?年(?!\s?[0-9]{1,2}\s?月))?"
        r"因[\u4e00-\u9fff、]{2,16}罪"
        r"(?:[^，,。；;\n]{0,12}?(?:判处|判刑|服刑|羁押|在押|收监|逮捕|起诉|追究|入狱)[^，,。；;\n]{0,16}"
        r"(?:[，,]\s*缓刑[^，,。；;\n]{1,10})?)?"
        # an earlier offence and what it brought: 2021年因寻衅滋事被行政拘留十日, 曾因吸毒被强制隔离戒毒
        r"|(?:曾经?|此前|先前|既往|以前|(?:于)?[0-9]{4}\s?年(?!\s?[0-9]{1,2}\s?月))[^，,。；;\n0-9]{0,6}?因"
        r"[^，,。；;\n]{2,20}?被"
        r"[^，,。；;\n]{0,10}?(?:行政拘留|司法拘留|刑事拘留|拘留|逮捕|强制隔离戒毒|社区戒毒|收容教育|劳动教养|"
        r"追究刑事责任|判处|判刑|提起公诉|吊销(?:机动车)?驾驶证)[^，,。；;\n]{0,10}"
        r"|(?:被)?判处(?:有期徒刑|无期徒刑|拘役|管制|罚金|死刑)[^，,。；;\n]{0,12}(?:[，,]\s*缓刑[^，,。；;\n]{1,8})?"
        rf"|(?:(?:有|系|曾有)[\u4e00-\u9fff]{{0,6}}?)?(?:刑满释放|前科|劳动教养|服刑|缓刑考验期|社区矫正|吸毒史|假释|保外就医)"
        rf"{_CLAUSE_END}"
        r"|因涉嫌[^，,。；;\n]{2,16}?被[^，,。；;\n]{0,8}?(?:刑事拘留|拘留|逮捕|取保候审|监视居住|起诉|立案侦查)"
        r"[^，,。；;\n]{0,8}"
        r"|(?:现|目前|正)?(?:羁押|在押|关押)(?:于|在)?[^，,。；;\n]{0,12}"
        r"|(?:曾|多次|先后)?受过(?:刑事|治安|行政拘留)[^，,。；;\n]{0,10}"
        r"|(?:吸毒|戒毒|涉毒|在逃)人员"
        # an earlier punishment without its cause: 曾被行政拘留十五日; an offence without 因: 犯盗窃罪
        r"|(?:曾经?|多次|先后|此前|以前)(?:于[0-9]{4}\s?年)?被[^，,。；;\n]{0,10}?(?:行政拘留|刑事拘留|司法拘留|拘留|逮捕|判处|判刑|"
        r"劳动教养|强制隔离戒毒|收容教育|吊销(?:机动车)?驾驶证)[^，,。；;\n]{0,10}"
        r"|(?<![侵冒])犯(?!罪)[\u4e00-\u9fff]{2,12}?罪"
        r"|有(?:违法)?犯罪(?:记录|前科|史)"
        # after a sentence: 刑期至2029年; and a label for the record: 违法经历：…
        r"|(?<=[，,])\s*刑期[^，,。；;\n]{0,20}"
        r"|(?:违法经历|前科情况|违法犯罪记录|违法犯罪经历)(?:\s*[:：]\s*|\s+)(?P<value>(?!无)[^，,。；;\n]{2,40})"
    ),
    "wage": _quick(
        _PAY_CUE
        + r"(?:标准)?(?:为|是|约为?|共计|合计|仅|达|不足|不到|超过|大约|大概|由|从|[:：])?\s*(?:人民币)?\s*"
        r"(?:按)?(?:每(?:月|年|天|日|小时|课时|节课?|周|单|件)\s*)?约?"
        + _MONEY
        + r"(?:/(?:月|年|天|日|小时|课时|节))?(?:每月|左右)?"
    ),
    "religion": _quick(
        r"(?:全家人?|一家人?|家人|本人|(?:我|其|他|她)?(?:母亲|父亲|妻子|丈夫|爱人|儿子|女儿))?(?:都|均|也|一直)?(?:笃信|信仰|信奉|皈依|改信|信)了?"
        rf"(?:{_RELIGION}|佛|主|耶稣|基督|真主|菩萨|教)(?![a-z]){_CLAUSE_END}"
        rf"|(?:是|系|为|属于?)(?:一名|一位|一个)?(?:虔诚的|忠实的|资深的)?(?:[\u4e00-\u9fff]{{1,3}}族)?"
        rf"(?:{_RELIGION}(?:徒|信众)|信徒|信众|教徒|居士|穆斯林|基督徒)"
        r"|(?<=[（(])居士(?=[）)])"
        rf"{_CLAUSE_END}"
        r"|(?<=宗教信仰)\s*(?:[:：]|为)\s*[^，,。；;\n|\t]{1,10}"
        r"|(?:每[周天日月年][一二三四五六日天末]?|经常|定期|常)?(?:去|到|上|赴)(?:清真寺|教堂|寺庙|寺院|道观|佛堂)"
        r"(?:做礼拜|礼拜|念经|诵经|祈祷|祷告|做弥撒|烧香|拜佛|参加[^，,。；;\n]{0,6})"
        rf"|(?:出家|剃度|受洗|皈依){_CLAUSE_END}"
        r"|(?:有|无|没有)宗教信仰"
        r"|参加(?:教会|宗教|礼拜|弥撒|查经|团契|宗教活动)[^，,。；;\n]{0,6}"
    ),
    "biometric": _quick(
        rf"(?:指纹|人脸信息|面部识别|虹膜|声纹|DNA|基因)(?:信息|数据|样本|特征){_CLAUSE_END}"
    ),
    "location_track": _quick(rf"(?:行动轨迹|行踪轨迹|定位记录|轨迹信息|出行记录){_CLAUSE_END}"),
}

TRADE_SECRET_CUES = _quick(
    r"(?:产品)?(?:配方|配比|工艺参数|生产工艺流程|技术参数|工艺条件|杀菌温度|反应温度|成本价|进货价|采购价|出厂成本|"
    r"毛利率|利润率|销售额|营业额|销售数据|客户名单|客户名录|客户信息|供应商名单|供货商|进货渠道|底价|报价单|"
    r"主要客户|大客户|下游客户|客户|货源|销售渠道|采购渠道|结算周期|账期)"
    r"(?:主要)?(?:为|是|系|约为|包括|来自|分别为|有|[:：])"
)


def sensitive(folded: str) -> Iterator[Span]:
    """Yield the smallest spans carrying sensitive personal information."""
    for rule, pattern in SENSITIVE.items():
        for m in pattern.finditer(folded):
            if m.lastgroup == "value":  # after a label (违法经历：…) only the value goes
                yield Span(m.start("value"), m.end("value"), rule)
            elif m.end() > m.start():
                yield Span(m.start(), m.end(), rule)
            if rule == "religion":  # …信仰基督教，每周日到教堂做礼拜: what the believer does goes too
                worship = re.match(r"[，,]([^，,。；;\n]{1,24})", folded[m.end() :])
                if (
                    worship
                    and _WORSHIP.search(worship.group(1))
                    and not re.search(
                        r"反映|证实|表示|称|说", worship.group(1)
                    )  # someone else's account stays
                ):
                    yield Span(m.end() + 1, m.end() + worship.end(), rule)
            if rule == "wage":  # 收入共计…元，其中…元通过…: the parts of the same pay
                yield from _pay_parts(folded, m.end())
    yield from health(folded)
    yield from wages(folded)
    yield from minors(folded)


_WAGE_HEADER = re.compile(r"工资|薪|收入|报酬|绩效|奖金|提成|加班费")
_AMOUNT = re.compile(r"(?:人民币)?\s*[\d,.]+\s*(?:元|万元)?")
# A child in the text: then the school and class that would identify them go too.
_MINOR = re.compile(
    r"未成年|学生|学员|小学|中学|初中|高中|幼儿|儿童|童工|家长|监护人|(?<!\d)(?:[1-9]|1[0-7])\s*(?:周)?岁"
)
_SCHOOL_END = re.compile(r"(?:小学|中学|初中|高中|实验学校|学校|幼儿园|培训学校)")
_NOT_IN_SCHOOL = set("，,。；;：:、（()）|\t\n 在于读就的是到和及为由向")
_CLASS_NO = r"(?:[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]|[\d一二三四五六七八九十]{1,3})"
_CLASS = re.compile(
    rf"(?:[一二三四五六七八九]|初[一二三]|高[一二三]|\d{{1,2}})\s*年级\s*{_CLASS_NO}?\s*班?"
    rf"|(?:初|高)[一二三]\s*{_CLASS_NO}\s*班"
    # kindergarten: 中班（1）班, 大班3班
    rf"|(?:小|中|大|学前)班\s*{_CLASS_NO}\s*班?(?=[，,。；;、|\t\n\s（(学]|$)"
)


_PAY_PART = re.compile(
    r"(?:其中|另有|另|含|涨到|涨至|降到|降至|调整为|调至|提高到|提高至|增加到|减少到)\s*(?:人民币)?\s*[0-9][0-9,.]*\s*(?:元|万元)"
)


def _pay_parts(folded: str, at: int) -> Iterator[Span]:
    """The amounts that break a person's pay down, in the rest of its sentence."""
    stop = min([i for i in (folded.find(c, at) for c in "。；;\n") if i >= 0] or [len(folded)])
    for m in _PAY_PART.finditer(folded, at, min(stop, at + 80)):
        yield Span(m.start(), m.end(), "wage")


def wages(folded: str) -> Iterator[Span]:
    """A person's pay in the pay columns of a table (月工资标准, 拖欠工资)."""
    for start, cell in column_cells(folded, _WAGE_HEADER):
        if _AMOUNT.fullmatch(cell):
            yield Span(start, start + len(cell), "wage")


def minors(folded: str) -> Iterator[Span]:
    """Where a child is in the text: every school named and every class (LEGAL.md §3)."""
    if not _MINOR.search(folded) and not _CLASS.search(folded):  # a class is a pupil's
        return
    for m in _SCHOOL_END.finditer(folded):
        start = m.start()
        while start > 0 and folded[start - 1] not in _NOT_IN_SCHOOL and m.start() - start < 16:
            start -= 1
        if m.start() - start >= 2:
            yield Span(start, m.end(), "school")
    for m in _CLASS.finditer(folded):
        yield Span(m.start(), m.end(), "class")


# Medicines by their name's ending or their kind (硝苯地平, 二甲双胍, 甲氨蝶呤, 降压药, 胰岛素).
_DRUG = (
    r"(?:[\u4e00-\u9fff]{1,6}(?:地平|沙坦|普利|洛尔|他汀|双胍|格列[\u4e00-\u9fff]|嘌醇|蝶呤|西林|霉素|沙星|头孢|"
    r"培酮|氮平|硫平|曲林|西汀|西泮|唑仑|卡因|吗啡|芬太尼|可待因|激素|尼松|米松|法林|格雷|甘油|胰岛素)"
    r"|(?:降压|降糖|降脂|保肝|护肝|止痛|镇痛|安眠|抗抑郁|抗精神病|抗癫痫|消炎|退烧|精神类|中)药|胰岛素"
    r"|药(?:物)?(?![店品房厂监企材械学师剂业]))"
)


# A clause about someone's body: it names an injury, an illness, a treatment or a human sample.
_BODILY = _quick(
    r"骨折|挫伤|撕裂|烧伤|缺失|瘫|伤残|后遗症|病史|病毒|细菌|感染|化脓|休克|死亡|身亡|昏迷|抢救|住院|出院|"
    r"治疗|化疗|透析|手术|术后|缝合|照料|呕吐|腹泻|发热|发烧|头晕|体温|血常规|肛拭子|咽拭子|粪便|血液|尿液|"
    r"阳性|阴性|偏高|偏低|升高|转氨酶|听阈|视力|听力|智力|精神|抑郁|焦虑|应激|疾病|患|症|"
    r"乏力|头痛|恶心|咳嗽|咳痰|高热|低烧|寒战|麻木|疼痛|肿痛|发炎|摔伤|扭伤|骨裂|劳损|瘢痕|溃烂|清创|换药|急诊|留观|"
    r"血压|血糖|怀孕|妊娠|流产|乙肝|抗原|椎间盘|光感|眼球|致残|护理依赖|止痛药|输液反应|体检|"
    r"抗体|(?<![A-Za-z])(?:HIV|HPV|HCG|CT|TSH)(?![A-Za-z])|B超|停经|孕[早中晚]期|哺乳期|产后|中毒|高压氧|中风|残疾|失能|"
    r"白内障|关节炎|结节|移植|抗排异|胸闷|留院观察|哮喘|呼吸急促|功能障碍|[轻重]伤|压伤|烫伤|咬伤|心衰|心力衰竭|肿瘤|晚期|"
    r"康复|护理|病|(?<!工)伤|炎|"
    # signs a clerk writes down: skin, bleeding, mood, dependence, fainting, movement, senses
    r"淤青|瘀青|淤血|瘀斑|红肿|肿胀|硬结|坏死|出血|输血|穿孔|栓塞|梗塞|血栓|早搏|心悸|房颤|晕倒|昏倒|晕厥|中暑|"
    r"疹|痛风|癫痫|甲亢|甲减|痴呆|阿尔茨海默|帕金森|精神分裂|躁狂|自闭|孤独症|多动症|脑梗|言语不清|失语|"
    r"情绪低落|情绪失控|失眠|睡眠差|睡不[好着]|自伤|自残|自杀|轻生|酒精依赖|药物依赖|成瘾|吸毒史|醉酒(?!驾|后驾|开车)|"
    r"喝了[^，,。；;\n]{0,6}酒|烟雾吸入|吸入烟雾|视物模糊|失明|失聪|耳鸣|光感|握力|肌力|屈曲|伸直|前屈|后伸|"
    r"打针|输液|吊水|挂水|疼|血红蛋白|红细胞|白细胞|血小板|肌酐|尿酸|胆固醇|甘油三酯|胆红素|白蛋白|血氧|心率|"
    r"血钾|低钾|血钠|乙醇含量|酒精含量|mmol/L|mIU/L|μIU/mL|IU/L|U/L|ng/mL|pg/mL|μmol/L|umol/L|mg/dL|mg/100m[lL]|"
    r"肺纹理|肺部|肝功能|肾功能|心脏|甲状腺|子宫|宫颈|乳腺|前列腺|血管|脊柱|腰椎|颈椎|胸椎|"
    r"植物人|营养不良|发育迟缓|贫血|过敏(?!原)|肝硬化|腹水|骨质疏松|孕期|"
    r"结核|艾滋|梅毒|淋病|湿疣|新冠(?!疫情)|水痘|麻疹|手足口|诺如|猩红热|登革热|疟疾|布病|布鲁氏|"
    r"身孕|有孕|孕妇(?!慎用|禁用|忌用|不宜)|孕产妇|产妇|分娩|坐月子|产假|保胎|胎儿|早产|破水|宫缩|哺乳(?![室间])|"
    r"聋|哑(?!铃)|盲(?!道|区|点|目)|失禁|鼻饲|造瘘|放疗|靶向|缝了|缝针|心肌|双相|"
    r"人工耳蜗|言语识别率|落后于同龄|"
    r"心理门诊|门诊就诊|精神科|心理咨询|心理治疗|活动受限|功能受限|对指|截肢|门牙|牙齿|自理|卧床|病休|病假|停工留薪|(?:发|高)?烧到(?:[三四]十|[34][0-9])|不能(?:久站|久坐|行走|站立|负重|弯腰)|"
    r"行走困难|跛行|修补术|切除术|成形术|置换术|剖宫产|引产|人工流产|心脏支架|支架手术|搭桥手术|未见异常|"
    # a side and a part of the body (左足, 右眼, 双下肢)
    r"(?:[左右双]侧?|两)(?:眼|耳|手|足|脚|腿|膝|踝|肘|肩|臂|腕|髋|肺|肾|乳|下肢|上肢|小腿|大腿|前臂|上臂|"
    r"手指|拇指|食指|示指|中指|环指|小指|趾|股骨|胫|腓|桡|尺骨|锁骨|肋)|"
    # medicines: taken, fetched, injected (一直吃硝苯地平, 来开保肝药, 长期服用甲氨蝶呤)
    r"打(?:了)?(?:针|胰岛素|激素|吊瓶|营养针|保胎针)|"
    r"(?:吃|服用?|口服|注射|拿|来开|开了|开些|来买|靠)[^，,。；;\n]{0,4}?" + _DRUG
)
# What a clause about a body must not carry, or it is not only that: a citation, a date, an
# amount or a number (these stay, and only the parts between them about the body go) ...
_KEPT_TOKEN = re.compile(
    r"《[^》\n]{0,60}》|第[一二三四五六七八九十百\d]{1,8}条|\d{4}\s?年(?:\s?\d{1,2}\s?月)?(?:\s?\d{1,2}\s?日)?"
    r"|\d{1,2}\s?月\s?\d{1,2}\s?日|\d{1,2}\s?日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[\d,.]+\s?万?元|\S{0,12}\d\s?号|[|\t]"
    r"|(?:编号|文号|案号)?[:：]?[A-Za-z]{1,4}[-\d]{4,}"
    # a hospital, clinic or company named in the clause (a public party, not a body)
    # (a proper name: 银川市人民医院, 某某区某某社区卫生服务中心, not 到医院, 县医院 or 精神专科医院)
    r"|(?:(?![到去往至送赴在于的了回])[\u4e00-\u9fff]){2,16}?(?:有限公司|公司)"
    r"|(?:(?![到去往至送赴在于的了回])[\u4e00-\u9fff]){1,10}?[市区县镇乡省州旗]"
    r"(?:(?![到去往至送赴在于的了回])[\u4e00-\u9fff]){1,10}?"
    r"(?:医院|卫生院|保健院|卫生服务中心|卫生服务站|诊所|门诊部|药房|药店)"
)
# ... or the agency's findings about a product or a place (then only the bodily words go).
_ABOUT_THINGS = _quick(
    r"罚|决定|违反|依据|规定|食品|产品|样品|批次|药品|农药|货|车间|设备|场所|店|公司|单位|本局|执法|检验|检测|抽检|"
    # the finding itself: what was sold, claimed, concealed or found, and the evidence for it
    r"销售|宣传|广告|宣称|声称|冒领|骗取|套取|隐瞒|虚构|伪造|查获|查见|若干|证据|证实|笔录"
)
_CLAUSE = re.compile(r"[^，,。；;\n]+")
# Words that say how someone's body is and nothing else: removed alone from a longer clause.
_BODILY_WORD = _quick(
    r"头晕|乏力|头痛|恶心|呕吐|腹泻|咳嗽|高热|寒战|麻木|瘢痕|溃烂|急诊|留观|住院|"
    # an injury with the bone or the side it is in (腰椎骨折, 左踝扭伤)
    r"(?:腰椎|颈椎|胸椎|脊柱|股骨颈?|胫骨|腓骨|肋骨|锁骨|颅骨|桡骨|尺骨|指骨|趾骨|"
    r"[左右双]侧?(?:手|足|脚|腿|臂|膝|踝|腕|肩|肘)?)?(?:骨折|骨裂|扭伤|摔伤|挫伤|劳损)|"
    r"怀孕|妊娠|流产|乙肝|椎间盘突出|(?:长期)?病休|病假|住院治疗|(?:降压|降糖|保肝|护肝|止痛|镇痛|安眠|抗抑郁|抗癫痫)药|(?:致残程度|伤残)[一二三四五六七八九十]级|[一二三四五六七八九十]级伤残"
)


# A clause that goes on about the same person without naming them again, after one that said
# how their body is: what they take, what they cannot do, how long, what followed
# (有癫痫，不能上班; 血压高，一直吃药; 怀孕五个月，身体不好; 因病言语不清，未能询问).
_FOLLOW_ON = re.compile(
    r"\s*(?:一直|长期|每天|每日|每晚|每个?月|每周|经常|常|平时|已经?|仍|还|又|也|需要?|要|靠|无法|不能|未能|不便|难以|"
    r"生活|卧床|行|转院|疑似|伴有?|导致|致|出现|所以|因此|故|手头|身体|到点|被要求|来|烧到|无力|多年|好几年|"
    r"晚上|夜间|夜里|白天|至今|目前)"
)
# The columns of a table that hold how someone's body is (术后情况, 伤情, 诊断, 病史 …).
_HEALTH_HEADER = re.compile(
    r"术后|伤情|病情|诊断结[论果]|病史|既往史|过敏史|健康状况|身体状况|症状|不良反应|化验|体检结[论果]|"
    r"残疾(?:类别|等级)|伤残|失能等级|护理等级|死因|死亡原因"
)
# A cell about a product or a sample, not a person (样品检出…, 批次不合格).
_PRODUCT_FINDING = re.compile(r"检出|不合格|超标|样品|批次|抽检|食品|产品|药品|农药|设备")
_CELL_TEXT = re.compile(r"[^|｜\t]+")


def health(folded: str) -> Iterator[Span]:
    """Diagnoses, injuries, disability grades, results and medical papers of a person: the
    condition itself, not the sentence around it (dates, numbers and citations stay); a
    clause that says nothing but how someone's body is goes whole, and so does a clause that
    goes on about the same person after it, and a cell of a table about a body."""
    for m in _HEALTH.finditer(folded):
        start, end = (m.start("value"), m.end("value")) if m.group("value") else (m.start(), m.end())
        if m.group("loose") and not _BODILY.search(folded[start:end]):
            continue  # 显示, 提示, 构成 … say nothing of a body unless what follows does (平台显示车费67元)
        if not _NOT_HEALTH.search(folded[start:end]):
            yield Span(start, end, "health")
    yield from _health_cells(folded)
    whole_until = -1  # where the last clause that went whole ended
    for m in _CLAUSE.finditer(folded):
        clause = m.group()
        if (
            whole_until >= 0
            and m.start() == whole_until + 1
            and folded[whole_until] in "，,"
            and len(clause) <= 20
            and _FOLLOW_ON.match(clause)
            and not _KEPT_TOKEN.search(clause)
            and not _ABOUT_THINGS.search(clause)
            and not _NOT_HEALTH.search(clause)
            and not re.search(r"[0-9%元]|当事人|本局", clause)  # a figure (治愈率98%) is a claim, not a body
        ):
            whole_until = m.end()
            yield Span(m.start() + len(clause) - len(clause.lstrip()), m.end(), "health")
            continue
        whole_until = -1
        if not _BODILY.search(clause) or clause.rstrip().endswith("的"):
            continue  # 患有传染病的，… is a condition in a rule, not a fact about someone
        if _ABOUT_THINGS.search(clause):  # about a product or a place: only bodily words go
            for word in _BODILY_WORD.finditer(clause):
                yield Span(m.start() + word.start(), m.start() + word.end(), "health")
            continue
        at = 0  # the parts between dates, amounts and citations that speak of the body go
        for kept in [*_KEPT_TOKEN.finditer(clause), None]:
            end = kept.start() if kept else len(clause)
            part = clause[at:end]
            if _BODILY.search(part) and len(part.strip()) >= 2:
                lead = len(part) - len(part.lstrip())
                yield Span(m.start() + at + lead, m.start() + at + len(part.rstrip()), "health")
                if kept is None and part.strip() and not clause[at + len(part.rstrip()) :].strip():
                    whole_until = m.end()
            at = kept.end() if kept else at


def _health_cells(folded: str) -> Iterator[Span]:
    """Cells of a table about a body: every cell below a health header (术后情况: 未见异常), and
    any cell that speaks of a body and holds nothing else (搬货时腰扭伤，卧床两周)."""
    for start, cell in column_cells(folded, _HEALTH_HEADER):
        if (
            not _KEPT_TOKEN.search(cell)
            and not _HEALTH_HEADER.search(cell)
            and not _PRODUCT_FINDING.search(cell)
        ):
            yield Span(start, start + len(cell), "health")
    offset = 0
    for line in folded.split("\n"):
        if "|" in line or "\t" in line or "｜" in line:
            for m in _CELL_TEXT.finditer(line):
                cell = m.group().strip()
                if (
                    len(cell) >= 2
                    and _BODILY.search(cell)
                    and not _KEPT_TOKEN.search(cell)
                    and not _PRODUCT_FINDING.search(cell)
                ):
                    lead = len(m.group()) - len(m.group().lstrip())
                    yield Span(offset + m.start() + lead, offset + m.start() + lead + len(cell), "health")
        offset += len(line) + 1


_NUMBER = r"(?:\d[\d,.]{0,15}|[零〇一二两三四五六七八九十百千万]{1,8})\s?(?:元|万元|亿元|%|％|折|成|块)"
_MEASURE = r"\d[\d.]{0,12}\s?(?:℃|°C|%|％|g/L|mg/L|克/升|转/分|r/min|MPa|kPa|小时|分钟|秒|倍)"
# Business values written without a cue the list above knows: prices paid and got between
# businesses, rebates and commissions, bids, volumes, recipes and process settings, and
# where goods come from and go to.
_BUSINESS = re.compile(
    # a price between businesses: 进价每瓶8元, 以每吨987元的价格, 采购成本113元, 中标价为3834万元
    r"(?:进货单价|进货价|进价|拿货价|供货价|代理价|经销价|内部价|采购单价|采购价|采购成本|成本价?|收购价|出厂价|批发价|"
    r"渠道价|中标价|投标价|投标报价|结算价|"
    r"运费|代理费|提成|返点|返利|回扣|毛利|净利|利润|差价)(?:率)?[^，,。；;\n]{0,10}?"
    + _NUMBER
    + r"(?:左右)?"
    r"|以每[\u4e00-\u9fff]{1,2}\s*\d[\d,.]*\s*元(?=的价格)"
    r"|[^，,。；;\n]{0,12}?(?:返还|返给|返点|提成|折扣|让利)[^，,。；;\n]{0,12}"
    r"|进价[^，,。；;\n]{0,20}"
    # volumes: 每班产量约291件, 每日加工板材约276张
    r"|(?:每[日天班月年周]|日|月|年)(?:均)?(?:产量|产能|加工|生产|销量|销售|出货)[^，,。；;\n]{0,10}?\d[\d,.]*\s*[\u4e00-\u9fff]{1,2}"
    # recipes and settings: 芒果浆60%、白砂糖10%; 硫酸镍234g/L、氯化镍42g/L; 温度设定为135℃
    rf"|(?:[\u4e00-\u9fffA-Za-z,\-][\u4e00-\u9fffA-Za-z0-9,\-]{{0,11}}{_MEASURE}[、，,和及与]\s?){{1,8}}"
    rf"[\u4e00-\u9fffA-Za-z,\-][\u4e00-\u9fffA-Za-z0-9,\-]{{0,11}}{_MEASURE}"
    r"|[\u4e00-\u9fffA-Za-z0-9,\-]{1,10}与[\u4e00-\u9fffA-Za-z0-9,\-]{1,10}?\d{1,4}\s?[:：]\s?\d{1,4}"
    rf"|(?:温度|转速|压力|时长|槽温|浓度|配比|比例|时间)(?:设定|控制|记录|设置)?(?:为|在)?\s*{_MEASURE}"
    # where goods come from: 从××公司购进
    r"|(?<=从)[^，,。；;\n]{2,30}?(?=(?:处)?(?:购进|进货|采购|拿货|购入|进购|收购|购得|买入|买来|代购))"
)
# The same, in shapes that begin with a word (so the engine finds them quickly):
_BUSINESS_TERMS = _quick(
    # who makes, supplies, carries or manages for the business, and where goods go or come from:
    # 由××公司代工, 委托××代为管理, 系为××公司运输, 运往××屠宰场, 回收自××汽修厂, 通过朋友圈代购
    r"由[^，,。；;\n]{2,30}?(?:代工|代加工|贴牌|供货)"
    r"|委托[^，,。；;\n]{2,30}?(?:代工|代加工|贴牌|代为管理|代管|代运营|代销)"
    r"|(?:系|是)?为[^，,。；;\n]{2,20}?(?:公司|厂|商行|企业|门店|超市)(?:运输|承运|送货|配送|加工|代工|供货)"
    r"|(?:运往|销往|发往|供应给|供货给)[^，,。；;\n]{2,20}?(?:公司|厂|场|店|商行|超市|市场|批发商|经销商)(?=[，,。；;\n]|$)"
    r"|(?:回收|收购|采购|购|进货|拿货)自[^，,。；;\n]{2,20}"
    r"|(?:通过|经由)[^，,。；;\n]{1,16}?(?:代购|进货|拿货)"
    r"|(?:通过|经由)[^，,。；;\n]{2,60}?等?(?:渠道|经销商|代理商)(?=销售|分销|出货|供货)"
    # terms between businesses: when goods come and accounts are settled (每周二…送货, 月底对账)
    r"|(?:每[日天周月][一二三四五六日天]?|月底|月初|月末|季末|定期)[^，,。；;\n]{0,12}?(?:送货|配送|对账|结账|回款|付款)"
    r"(?:[^，,。；;\n]{0,12}?(?:送货上门|对账|结账|回款|付款))?"
    # terms between businesses: shares, floors, rates, per-unit fees, kickbacks
    r"|按[^，,。；;\n]{0,12}?(?:[一二三四五六七八九]{2}|[0-9]{1,2}\s?[:：/]\s?[0-9]{1,2})分成"
    r"|按(?:(?!标准|补偿|补助|补贴|赔偿|罚|滞纳|社保|保险|缴费|工资)[^，,。；;\n]){0,14}?"
    r"(?:[0-9][0-9.]*\s?[%％]|[0-9][0-9.,]*\s?元)[^，,。；;\n]{0,6}?(?:结算|提取|返还|返现|计提|分成)"
    r"|(?:保底|包底|工时单价|结算单价|供货单价|协议单价|合同单价)(?:费)?(?:为|约)?\s*[0-9][0-9,.]*\s?(?:万元|元|万)"
    r"|(?:坑位费|人头费|介绍费|加工费|代工费|佣金|渠道费|上架费|进场费|版权费|授权费|推广费|返现)"
    r"[^，,。；;\n]{0,6}?每[\u4e00-\u9fff]{1,2}\s*[0-9][0-9,.]*\s?(?:万元|元)"
    r"|每[\u4e00-\u9fff]{1,2}(?:加工费|代工费|服务费|管理费|运费|进价|成本|利润|毛利|提成|佣金|返点|回扣)"
    r"[^，,。；;\n]{0,4}?[0-9][0-9,.]*\s?(?:万元|元)"
    r"|(?:另付|另给|返给?)[^，,。；;\n]{0,8}?每[\u4e00-\u9fff]{1,4}\s*[0-9][0-9,.]*\s?元"
    # what the business pays for its premises and costs (a rent charged to tenants is a public price)
    r"|每[月年日天][^，,。；;\n]{0,6}?(?:场地租金|厂房租金|店面租金|成本|开支|支出)[^，,。；;\n]{0,4}?[0-9][0-9,.]*\s?(?:万元|元|万)"
    r"|(?:市场价|零售价|指导价|挂牌价)(?:的)?(?:[一二三四五六七八九]折|[0-9.]+\s?折|[0-9.]+\s?[%％]|[一二三四五六七八九]成)"
    r"|(?:充值|会员|老客户|老顾客|VIP|大客户|批量|团购)[^，,。；;\n]{0,10}?(?:打[一二三四五六七八九]折|返现\s?[0-9.]+\s?[%％])"
    r"|返现\s?[0-9.]+\s?[%％]"
    r"|(?:可赚取?|赚取?|挣)[^，,。；;\n]{0,4}?约?(?:[0-9.]+|[一二三四五六七八九十两]+)\s?(?:个点|[%％])"
    r"|(?<=以)[0-9][0-9,.]*\s?元(?=(?:的价格)?(?:购得|购入|购进|买入|买来|采购|收购|进货))"
    # money and goods through the business: 月均医保结算额约13万元, 占营业额的67%, 储存货物约853吨
    r"|(?:月均|年均|日均|每月|每年|每日|年|月|日)[^，,。；;\n]{0,6}?(?:结算额|营业额|销售额|流水|营收|进货额|采购额|产值|利润)约?"
    r"[0-9][0-9,.]*\s?(?:万元|元|亿元|万)"
    r"|占(?:营业额|销售额|营收|总收入|收入|总额)的?[0-9.]+\s?[%％]"
    r"|(?:每[日天班月年周]|日|月|年)(?:均)?(?:用量|耗量|消耗量|进货量|采购量|出货量|订单量)[^，,。；;\n]{0,10}?[0-9][0-9,.]*\s*[\u4e00-\u9fff]{1,2}"
)


# How a business runs, in a clause with a number: prices and margins, deliveries and terms,
# capacity and process settings. Such a clause goes whole unless it also states the
# violation or its evidence (limits exceeded, fines, dates, citations).
_BUSINESS_WORDS = _quick(
    r"净利|毛利|利润|差价|运费|结算价|供货|拿货|进货|采购|收购价|出厂价|渠道价|收费为|提成|返还|返给|代运营|"
    r"约定|对账|配送|产能|日产|日处理|每日处理|投加|稀释|配比|节拍|工艺|杀菌|保温|温度设定|库温|转速|车速|"
    r"MPa|米/分钟|出厂|续报|折扣|销售\d|累计销售|平均出厂|佣金|分成|保底|坑位费|人头费|介绍费|"
    r"出货量|送货|账期"
)
_NOT_ONLY_BUSINESS = re.compile(
    r"超过|超标|超出排放|限值|违反|违法所得|货值|罚|没收|不符合|不合格|检出|《|(?:当事人|共|已|违法|多|实际|累计)收取|共计|合计|总计|损失|缴回|缴入|缴款|"
    r"结算户|财政|国库|账号|开户行|第[一二三四五六七八九十百\d]{1,8}条|"
    r"\d{4}\s?年|\d{1,2}\s?月\s?\d{1,2}\s?日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|[|\t]"
)


def _clause_of(folded: str, start: int, end: int) -> tuple[int, int]:
    """The clause (between ，。；and line ends) around a span."""
    left = max(folded.rfind(c, 0, start) for c in "，,。；;\n") + 1
    rights = [i for i in (folded.find(c, end) for c in "，,。；;\n") if i >= 0]
    return left, min(rights) if rights else len(folded)


# A figure in a clause about how a business runs, in digits or in words (每周二, 五五分成, 六折).
_FIGURE = re.compile(
    r"[0-9]|每[日天周月年班季]|月底|月初|[一二三四五六七八九十两]+(?:成|折|个点)|[一二三四五六七八九]{2}分成"
)
# An organisation that opens a clause as a party to an agreement stays (××商行与当事人约定…).
_PARTY_FIRST = re.compile(
    r"\s*[\u4e00-\u9fff（）()]{2,24}?(?:有限公司|公司|商行|厂|店|超市|中心|合作社|集团|酒店|宾馆|医院|诊所)"
    r"(?=与|和|同|向|对)"
)


def _clause_span(folded: str, left: int, right: int) -> Span:
    party = _PARTY_FIRST.match(folded, left, right)
    start = party.end() if party else left + len(folded[left:right]) - len(folded[left:right].lstrip())
    return Span(start, right, "trade_secret", TRADE_SECRET)


def business_values(folded: str) -> Iterator[Span]:
    """Yield business values that the cue list does not introduce (see ``_BUSINESS``): the whole
    clause when nothing else is in it, else the value alone."""
    for m in [*_BUSINESS.finditer(folded), *_BUSINESS_TERMS.finditer(folded)]:
        if m.end() - m.start() < 2 or re.search(r"违法所得|货值|罚款|没收", m.group()):
            continue
        left, right = _clause_of(folded, m.start(), m.end())
        if not _NOT_ONLY_BUSINESS.search(folded[left:right]):
            yield _clause_span(folded, left, right)
        else:
            yield Span(m.start(), m.end(), "trade_secret", TRADE_SECRET)
    for m in _CLAUSE.finditer(folded):
        clause = m.group()
        if (
            _BUSINESS_WORDS.search(clause)
            and re.search(r"\d", clause)
            and not _NOT_ONLY_BUSINESS.search(clause)
        ):
            yield _clause_span(folded, m.start(), m.end())


# A clause (a thousands separator is not the end of one: 75,633元).
_CLAUSE_WITH_NUMBERS = re.compile(r"(?:[^，,。；;\n]|(?<=[0-9]),(?=[0-9]{3}))+")
# A rate, a share, a period or a quantity, not a total: 每间月租…元, 67%, 60天, 约853吨, 每月更换一次.
_RATE = re.compile(
    r"每|[%％]|[一二三四五六七八九十两]+(?:成|折|个点)|分成|周期|"
    r"[0-9][0-9,.]*\s?(?:万件|吨|件|袋|箱|公斤|千克|立方米|天|个月|间|人次|单)|(?:年|月|日)均?[\u4e00-\u9fff]{0,6}?(?:额|量)"
)
# What a follow-on clause must not hold: the violation, what was received or sold to the public.
_NOT_FOLLOW_ON = re.compile(
    r"违法所得|货值|罚款|没收|当事人(?:共|还|另|已|未)|本局|售出|售价|零售|标价|销售价|卖出|出售|费用为|标准|补贴|"
    r"补助|补偿|赔偿|退还|退款|预付|押金"
)


def _follow_on(folded: str, spans: list[Span]) -> Iterator[Span]:
    """After a value that ends its clause, the next clause of the same sentence when it gives
    more figures of the same business and nothing else (…稀释使用，每月更换一次; 主要供货商为…，
    结算周期60天，每月对账一次)."""
    reached = -1
    for end in sorted({s.end for s in spans}):
        if end <= reached:
            continue
        while True:  # each clause taken may be followed by another
            right = end + len(folded[end:]) - len(folded[end:].lstrip(" \u3000"))
            if right >= len(folded) or folded[right] not in "，," or folded[right + 1 : right + 2].isdigit():
                break
            nxt = _CLAUSE_WITH_NUMBERS.match(folded, right + 1)
            if not nxt:
                break
            clause = nxt.group()
            if (
                len(clause.strip()) > 30
                or not _RATE.search(clause)
                or _NOT_ONLY_BUSINESS.search(clause)
                or _NOT_FOLLOW_ON.search(clause)
            ):
                break
            yield _clause_span(folded, nxt.start(), nxt.end())
            end = reached = nxt.end()


_PRICE_HEADER = re.compile(r"进价|进货价|进货单价|采购价|采购单价|成本|毛利|利润|返点|提成比例")


# A party's request that some passages stay confidential, and the passages: 并申请对下列内容保密：….
_ASKED_SECRET = re.compile(
    r"(?:申请|要求|请求)(?:对)?(?:下列|以下|如下)?(?:内容|信息|事项)(?:予以)?保密[：:]\s*([^。\n]{2,200})"
)


def trade_secrets(folded: str) -> Iterator[Span]:
    """Yield the values that follow a trade-secret cue, to the end of their clause, and the
    business values found without a cue (see ``business_values``), with the clauses that go
    on with the same figures.

    The cue itself (配方为, 成本价为) stays, so the reader knows what was removed.
    """
    spans = []
    for m in TRADE_SECRET_CUES.finditer(folded):
        end = m.end()
        tail = re.match(r"[^，,。；;\n]*", folded[end:])
        stop = end + (tail.end() if tail else 0)
        if stop > end:
            spans.append(Span(end, stop, "trade_secret", TRADE_SECRET))
    for m in _ASKED_SECRET.finditer(folded):  # what a party asked to keep confidential, in its own words
        spans.append(Span(m.start(1), m.end(1), "trade_secret", TRADE_SECRET))
    spans += business_values(folded)
    for start, cell in column_cells(folded, _PRICE_HEADER):  # a table's purchase-price and margin columns
        if _AMOUNT.fullmatch(cell) or re.fullmatch(r"[0-9][0-9,.]*\s?[%％]", cell):
            spans.append(Span(start, start + len(cell), "trade_secret", TRADE_SECRET))
    yield from spans
    yield from _follow_on(folded, spans)
