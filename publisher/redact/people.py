"""Natural persons' names and home addresses (LEGAL.md §3)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from publisher.redact.spans import CN_DIGITS, Span
from publisher.redact.tables import lines_around

COMPOUND_SURNAMES = (
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 长孙 宇文 司徒 司空 夏侯 轩辕 端木 独孤 "
    "南宫 西门 万俟 闻人 钟离 澹台 公冶 太史 申屠 呼延 赫连 拓跋"
).split()
# The most common single-character surnames, in order of frequency (about 90 % of the population).
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "傅赖"
)
# With the rarer ones (covering nearly all of the population).
SURNAMES = set(COMMON_SURNAMES) | set(
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦"
    "戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻"
    "苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练"
    "廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿"
    "鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    "萧阎岑邝滑訾邴郦隗蒯郗酆谯仉亓缑钮乜幺弓蓟薛佴郏郄綦洪丘竺"
    "厍禚逄殳眭暴琚笪闾璩濮宓钭韶郤宦庾暨夔逢汝羿"
    "甯糜荀贝宰桓贲"
)
_CJK = "\u4e00-\u9fff"
# Words that introduce a third party in enforcement documents.
THIRD_PARTY_LABELS = (
    "被询问人|询问对象|被调查人|被申请人|申请人|第三人|证人|消费者|投诉人|举报人|受害人|被害人|员工|职工|雇员|店员|工作人员|"
    "联系人|委托代理人|代理人|法定代理人|监护人|妻子|丈夫|配偶|父亲|母亲|儿子|女儿|亲属|租户|承租人|房东|"
    "顾客|患者|驾驶员|司机|乘客|业主|住户|村民|居民|知情人|见证人|陪同人|邻居|同事|朋友|亲戚|家属|学生|病人|"
    "驾驶人|车辆所有人|所有人|执业药师|药师|医师|护士|主管|店长|授课人员|教师|委托办理人|办理人|管理人员|"
    "现场负责人|经营者|伤者|死者|从业人员|未成年人|幼儿|儿童|签名|受托人|持证人|申报人|求助人|"
    "子女|家长|学员|劳动者|养殖户|农户|种植户|散养户|个人|质检员|专员|经理|厨师|保洁员|服务员|配料工|工人|"
    "村民小组长|小组长|网格员|楼长|班主任|医生|护工|护理员|保姆|教练|房客|租客|室友|纠错人|反映人|来电人|报告人|"
    "值班人员|随同人员|现场人员|安全管理人|技工|帮厨|买家|卖家|同屋的|求职人员|经营者姓名|报警人|来访人|违法行为人|"
    "嫌疑人|违法嫌疑人|出借人|借款人|快递员|外卖员|网友|主播|粉丝|受检者|受检人|被检查人|被处罚人|"
    "被处罚人家属|当事人家属|申请人家属|介绍人|经纪人|中介人员|真实姓名|送养人|收养人|被收养人|承办律师|"
    "生父(?!母)|生母(?!周岁)|(?<=事务所)律师(?!费)|(?<=姓[，,])更名为|(?<=姓[，,])改名为|曾用名"
)
# each label is one alternative: a "|" inside a group would split it into broken pieces
assert all(label.count("(") == label.count(")") for label in THIRD_PARTY_LABELS.split("|"))
# the longest label first: 村民小组长 before 村民
_LONGEST_FIRST = "|".join(sorted(THIRD_PARTY_LABELS.split("|"), key=len, reverse=True))
_LABELLED = re.compile(
    rf"(?:{_LONGEST_FIRST})(?:[（(][^）)]{{0,12}}[）)])?(?:签名|签字|签章|签字捺印)?(?:[（(][^）)]{{0,12}}[）)])?[:：\s|｜\t]*"
    rf"([{_CJK}]{{1,6}}[·•][{_CJK}]{{1,8}}|(?:{'|'.join(COMPOUND_SURNAMES)})[{_CJK}]{{1,2}}|[{_CJK}]{{2,3}}"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})"
)
_TRAILING = (
    "系",
    "称",
    "等",
    "于",
    "在",
    "的",
    "与",
    "和",
    "及",
    "到",
    "向",
    "因",
    "为",
    "说",
    "证",
    "陈",
    "反",
    "现",
    "是",
    "也",
    "均",
    "经",
    "某",
)
_COUNTY = re.compile(
    rf"^(?:[{_CJK}]{{2,7}}?(?:省|自治区))?(?:[{_CJK}]{{1,7}}?(?:市|自治州|州|盟|地区))?"
    rf"(?:[{_CJK}]{{1,7}}?(?:区|县|旗|市))?"
)
_HOME_LABELS = re.compile(
    r"(?:家庭住址|家住|住址|现住址?|现居住地|居住地|户籍地址?|户籍所在地|暂住地?|住处|联系地址|通讯地址|送达地址"
    r"|内地住所|住所(?:地|[（(]住址[）)])?|(?<!出)租住(?:在|于)?"
    r"|(?<=[，,（(；;\s\d])住(?:在|于)?(?=[\u4e00-\u9fff]{1,8}(?:省|市|区|县|州|镇|乡|村)))"
    r"[:：\s|\t]*([^，,。；;\n（(|\t]{4,60})"
)
# A dwelling named by where it is (对位于…的住宅进行检查).
_DWELLING = re.compile(r"位于([^，,。；;\n（(]{4,60}?)的(?:住宅|住房|房屋|家中|出租屋|出租房|自建房|居所)")
# An address: it names a level of the hierarchy or a building.
_ADDRESSY = re.compile(r"[省市区县镇乡村路街道巷弄号栋幢楼室组院]")
_DAY = r"(?:[123]?十\d?|\d{1,2})"  # 26, or 2十6 when 二十六 was read digit by digit
_DATE = rf"(?:\d{{4}}|\d{{2}})\s*[年.\-/]\s*{_DAY}\s*(?:[月.\-/]\s*{_DAY}\s*日?|月)"
_BIRTH = re.compile(
    rf"(?:出生日期|出生年月日?|生日)[:：\s|\t]*{_DATE}|(?:出生于|生于){_DATE}|{_DATE}\s*(?:出生|生(?=[）)，,]))"
    # a correction of someone's birth date: 出生日期由…更正为…, 出生日期记载为…
    rf"|(?<=出生日期)[^，,。；;\n\d]{{0,6}}?(?:由|为|是)\s*{_DATE}(?:\s*更正为\s*{_DATE})?"
    rf"|(?<=出生日期)(?:更正|变更|登记|记载)为\s*{_DATE}"
)


def mask_name(name: str) -> str:
    """Return the published form of a natural person's name: 张某, 欧阳某, 阿某, J."""
    name = name.strip()
    if not name:
        return name
    if re.fullmatch(r"[A-Za-z][A-Za-z .,'\-]*", name):
        return name[0].upper()
    for surname in COMPOUND_SURNAMES:
        if name.startswith(surname) and len(name) > len(surname):
            return surname + "某"
    return name[0] + "某"


def trim(name: str) -> str:
    """Cut particles that the greedy name pattern may have swallowed (王芳系 → 王芳)."""
    while len(name) > 2 and name[-1] in "".join(_TRAILING) and name[-2] not in "·•":
        name = name[:-1]
    return name


# Words that follow a label without being a name (证人公民身份号码, 投诉人反映, 员工工资).
_NOT_NAME_WORDS = (
    "签名",
    "签字",
    "签章",
    "公民",
    "身份",
    "证言",
    "证件",
    "证词",
    "笔录",
    "陈述",
    "签字",
    "证明",
    "证实",
    "表示",
    "本人",
    "自述",
    "家属",
    "信息",
    "姓名",
    "工资",
    "名单",
    "人数",
    "代表",
    "反映",
    "举报",
    "投诉",
    "称",
    "系",
    "均",
    "共",
    "若干",
    "多名",
    "其他",
    "某某",
    "名下",
    "电话",
    "手机",
    "住址",
    "联系",
    # verbs that follow a party's label (申请人报警，申请人提交了…，申请人应当…)
    # words after a label that are no names (中介人员费用, 经纪人公司, 经纪人管理制度)
    "费用",
    "公司",
    "管理",
    "服务",
    "制度",
    "应当",  # 申请人应当…, 应如实…, 应按照…
    "应如实",
    "应按",
    "应在",
    "应于",
    "符合",
    "报警",
    "报案",
    "提出",
    "提交",
    "提供",
    "申请",
    "要求",
    "认为",
    "同意",
    "承认",
    "拒绝",
    "签收",
    "收到",
)
_SPEECH_TAIL = re.compile(r"(?:称|说|陈述|反映|证实|表示|在场|到场|签字|证明)$")
_DELIMITED = re.compile(rf"[{_CJK}]{{2,4}}(?=[，,。；;、（()）\s：:]|$)")
# Characters that do not occur in given names but do in the verbs that follow labels.
_NOT_NAME = set("于在的是了对将把被向已未不无有经因所其之及和与或等她他它我你们叫")


def labelled_names(
    folded: str, boundaries: set[int] | None = None, person_starts: set[int] | None = None
) -> Iterator[Span]:
    """Yield names introduced by a third-party label (证人：王芳 → 王某).

    With word ``boundaries`` from a segmenter, a name is cut back to the longest part
    that ends on one (证人周到陈述 → 周到, 司机司马光驾驶 → 司马光).
    """
    for m in _LABELLED.finditer(folded):
        name = trim(m.group(1))
        bounded = _DELIMITED.match(folded, m.start(1))
        if bounded and "·" not in name and not name.isascii():
            # 格桑卓玛， — a whole run up to punctuation is the name, less a verb of speech
            name = _SPEECH_TAIL.sub("", bounded.group(0))
        elif boundaries:
            start, shortest = m.start(1), max(name.find("·"), name.find("•")) + 2
            ends = [n for n in range(len(name), max(shortest, 2) - 1, -1) if start + n in boundaries]
            name = name[: ends[0]] if ends else name
        if _NOT_NAME & set(name) or name.startswith(_NOT_NAME_WORDS):
            continue
        if len(name) < 2 and not name.isascii():  # 申请人另称: 另 is no name
            continue
        if name.isascii():  # a Latin name: its first letter only
            yield Span(m.start(1), m.start(1) + len(name), "third_party_name", mask_name(name))
            continue
        plausible = (
            "·" in name
            or "•" in name
            or name[:2] in COMPOUND_SURNAMES
            or name[0] in SURNAMES
            or bounded is not None  # the label and punctuation around it say it is a name
            or m.start(1) in (person_starts or set())  # the tagger agrees
        )
        if plausible and not name.endswith("某"):
            yield Span(m.start(1), m.start(1) + len(name), "third_party_name", mask_name(name))


def county_prefix(address: str) -> str:
    """Return the part of an address down to county or district level (市辖区/县)."""
    m = _COUNTY.match(address.strip())
    return m.group(0) if m else ""


def address_span(start: int, address: str, rule: str = "home_address") -> Span | None:
    """A span that keeps an address down to county level and deletes the rest."""
    keep = len(county_prefix(address))
    if keep >= len(address.rstrip()):
        return None
    return Span(start + keep, start + len(address.rstrip()), rule)


_ESTATE = "(?:小区|花园|苑|公寓|家园|新村|嘉园|佳园|山庄|名邸|雅居|华庭|花城)"
# How a home ends: a flat in a block (3栋2单元1503室, 号11-1-1805), a rural household (村3组52号).
_DWELLING_TAIL = re.compile(
    r"\d{1,4}\s?(?:栋|幢|号楼)\s?\d{1,3}\s?单元\s?\d{1,5}\s?(?:室|号)?"
    r"|(?<!\d)\d{1,3}\s?单元\s?\d{1,5}\s?(?:室|号)?"
    r"|村\s?\d{1,3}\s?组\s?\d{1,4}\s?号|(?<=号)\d{1,3}-\d{1,2}-\d{1,4}(?![\d-])"
    # a flat in a residential estate (芳草小区23幢401室, 佛山苑14-1-601); not an office in a park
    rf"|{_ESTATE}\s?(?:\d{{1,4}}\s?(?:栋|幢|号楼)\s?\d{{3,5}}\s?室?|\d{{1,3}}-\d{{1,2}}-\d{{3,4}})(?![\d-])"
)
_ADDRESS_CHAR = re.compile(r"[\u4e00-\u9fff\d\-#]")
_NOT_IN_ADDRESS = set("在于至住位的向从对和及日为")  # words before an address, and the end of a date


# A village group where someone lives: …村五组村民, or beside a listed person's name (1. 王某，
# 某某村三组，种植…). Only the village and its group go: what comes before is not part of it.
_VILLAGE_GROUP = re.compile(
    r"(?<![该本此各])[\u4e00-\u9fff]{2,3}村\s?[\d一二三四五六七八九十]{1,3}\s?(?:组|社|队)"
    r"(?=村民(?!委员会|小组)|[，,；;]\s*(?:种植|购买|承包|家中|[男女][，,]|\d{1,3}岁))"
)


def dwellings(folded: str) -> Iterator[Span]:
    """Yield the below-county part of every address that ends in a flat or a rural household,
    labelled or not: such an address is someone's home."""
    for m in _DWELLING_TAIL.finditer(folded):
        start = m.start()
        while (
            start > 0
            and _ADDRESS_CHAR.match(folded[start - 1])
            and folded[start - 1] not in _NOT_IN_ADDRESS
            and m.start() - start < 60
        ):
            start -= 1
        span = address_span(start, folded[start : m.end()])
        if span:
            yield span
    for m in _VILLAGE_GROUP.finditer(folded):
        yield Span(m.start(), m.end(), "home_address")


# An address as a piece of a record of its own (a table cell, a clause between commas): it names
# a level below the county and ends in a number, a group or a village.
_ADDRESS_PIECE = re.compile(
    r"[\u4e00-\u9fff0-9\-]{0,40}?[省市区县镇乡村路街道巷弄]"
    r"[\u4e00-\u9fff0-9\-]{0,40}(?:(?:\d{1,5}|[一二三四五六七八九十]{1,3})(?:号|室|组|楼|栋|幢|户)|村|组)"
)
_PREMISES = re.compile(
    r"(?:经营场所|营业场所|经营地址|注册地址|办公地址|单位地址|公司地址|门店地址|生产地址)[:：\s]*$"
)
_PIECES = re.compile(r"[^，,|\t；;（()）\n：:]+")


def addresses_beside(folded: str, anchors: Iterable[Span]) -> Iterator[Span]:
    """Yield the below-county part of every address written in the same record as a person's
    ID number (a table row, a party line: 王某，身份证…，某县某镇某村十一组51号，电话…): a home,
    whatever label it has or lacks."""
    for start, end in lines_around(folded, ((a.start, a.end) for a in anchors)):
        for piece in _PIECES.finditer(folded, start, end):
            text = piece.group().strip()
            if _PREMISES.search(folded, max(0, piece.start() - 8), piece.start()):
                continue  # 经营场所：… is a business's, not a home
            if len(text) >= 6 and _ADDRESS_PIECE.fullmatch(text):
                span = address_span(piece.start() + piece.group().index(text[0]), text)
                if span:
                    yield span


# Where a decision was served on a natural-person party (送达回证): their home, as a rule.
_SERVED_AT = re.compile(r"送达(?:地点|地址)[:：]\s*([^，,。；;\n（(|\t]{4,60})")


def home_addresses(folded: str, person: bool = False, registered: bool = True) -> Iterator[Span]:
    """Yield the below-county part of every labelled home address and named dwelling; and,
    when the party is a natural person, of where the decision was served on them. With
    ``registered=False`` an address under 住所 (an organisation's registered seat) is left."""
    for pattern in (_HOME_LABELS, _DWELLING, *([_SERVED_AT] if person else [])):
        for m in pattern.finditer(folded):
            if not registered and pattern is _HOME_LABELS and m.group().startswith("住所"):
                continue
            address = m.group(1).strip()
            if not _ADDRESSY.search(address):
                continue
            span = address_span(m.start(1) + m.group(1).index(address[0]), address)
            if span:
                yield span


def birth_dates(folded: str) -> Iterator[Span]:
    """Yield anyone's date of birth, also in Chinese numerals (一九九二年七月五日出生)."""
    numerals = folded.translate(CN_DIGITS)
    for m in _BIRTH.finditer(numerals):
        yield Span(m.start(), m.end(), "birth_date")
