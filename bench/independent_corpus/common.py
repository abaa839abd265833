"""Building blocks for the independent redaction corpus.

A document is written as a sequence of pieces: plain strings and labelled
pieces (``go(label, value)`` / ``keep(label, value)``).  ``Doc.build`` joins
them and records exact offsets, so no offset is ever computed by hand.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from faker import Faker
from stdnum.cn import ric, uscc

GO_LABELS = {
    "name",
    "minor_name",
    "guardian_name",
    "school",
    "class",
    "id_number",
    "phone",
    "landline",
    "email",
    "bank_account",
    "passport",
    "plate",
    "address",
    "birth_date",
    "social_id",
    "ss_card",
    "health",
    "religion",
    "criminal_record",
    "wage",
    "trade_secret",
    "driver_license",
}
KEEP_LABELS = {
    "agency",
    "agency_contact",
    "officer_name",
    "credential_no",
    "legal_rep",
    "company",
    "credit_code",
    "court",
    "review_body",
    "doc_no",
    "statute",
    "standard",
    "date",
    "amount",
    "fiscal_account",
}


# ---------------------------------------------------------------- pieces
class Piece:
    __slots__ = ("label", "kind", "value")

    def __init__(self, label: str, kind: str, value: str):
        assert kind in ("go", "keep")
        assert label in (GO_LABELS if kind == "go" else KEEP_LABELS), label
        assert isinstance(value, str) and value, (label, value)
        self.label, self.kind, self.value = label, kind, value

    def __repr__(self):
        return f"{self.kind}:{self.label}:{self.value!r}"


def go(label, value):
    return Piece(label, "go", value)


def keep(label, value):
    return Piece(label, "keep", value)


_FMT = string.Formatter()


def F(template: str, **kw) -> list:
    """Template -> list of pieces. ``{x}`` is replaced by kw['x'] (str, Piece,
    list of pieces, or None/'' for nothing)."""
    out: list = []
    for lit, field, _spec, _conv in _FMT.parse(template):
        if lit:
            out.append(lit)
        if field is not None:
            _flat(kw[field], out)
    return out


def _flat(x, out):
    if x is None or x == "":
        return
    if isinstance(x, (list, tuple)):
        for y in x:
            _flat(y, out)
    elif isinstance(x, (str, Piece)):
        out.append(x)
    else:
        out.append(str(x))


def J(sep: str, items) -> list:
    """Join a list of piece-lists with a plain separator."""
    out: list = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        _flat(it, out)
    return out


class Slot:
    """A place in a document that is filled later (e.g. an investigation account that
    names people only created further down in the structure function)."""

    def __init__(self):
        self.parts: list = []

    def fill(self, *ps):
        for p in ps:
            _flat(p, self.parts)


class Doc:
    def __init__(self):
        self.parts: list = []

    def slot(self):
        s = Slot()
        self.parts.append(s)
        return s

    def add(self, *ps):
        for p in ps:
            _flat(p, self.parts)
        return self

    def f(self, template: str, **kw):
        self.parts.extend(F(template, **kw))
        return self

    def _expand(self, parts):
        for p in parts:
            if isinstance(p, Slot):
                yield from self._expand(p.parts)
            else:
                yield p

    def build(self):
        text, spans = [], []
        pos = 0
        for p in self._expand(self.parts):
            if isinstance(p, Piece):
                spans.append({"start": pos, "end": pos + len(p.value), "label": p.label, "kind": p.kind})
                text.append(p.value)
                pos += len(p.value)
            else:
                text.append(p)
                pos += len(p)
        return "".join(text), spans


# ---------------------------------------------------------------- numbers
FW = str.maketrans("0123456789Xx-", "０１２３４５６７８９ＸＸ－")


def fullwidth(s: str) -> str:
    return s.translate(FW)


_UP = "零壹贰叁肆伍陆柒捌玖"


def upper_money(n: int) -> str:
    """Integer yuan -> 大写 (up to 9999,9999)."""
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]

    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = x // (10**i) % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += _UP[d] + units[i]
        return s

    hi, lo = divmod(n, 10000)
    s = ""
    if hi:
        s = four(hi) + "万"
        if lo and lo < 1000:
            s += "零"
    if lo:
        s += four(lo)
    return s + "元整"


_CN = "〇一二三四五六七八九"


def cn_small(n: int) -> str:
    if n < 10:
        return "一二三四五六七八九"[n - 1] if n else "零"
    t, u = divmod(n, 10)
    return ("" if t == 1 else _CN[t]) + "十" + (_CN[u] if u else "")


def cn_date(d: dt.date) -> str:
    return (
        "".join(_CN[int(c)] for c in str(d.year)) + "年" + cn_small(d.month) + "月" + cn_small(d.day) + "日"
    )


def date_str(d: dt.date, style: int = 0) -> str:
    if style == 0:
        return f"{d.year}年{d.month}月{d.day}日"
    if style == 1:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == 2:
        return d.isoformat()
    if style == 3:
        return f"{d.year}.{d.month}.{d.day}"
    if style == 4:
        return cn_date(d)
    raise ValueError(style)


def _org_code_check(body8: str) -> str:
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    c = 11 - sum(al.index(ch) * wi for ch, wi in zip(body8, w, strict=False)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def make_uscc(rng: random.Random, region: str, kind: str = "91") -> str:
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    org = body8 + _org_code_check(body8)
    if org[-1] not in al:  # 'X' is in the alphabet, '0'-'9' too
        org = org[:-1] + "0"
    s17 = kind + region + org
    code = s17 + uscc.calc_check_digit(s17)
    uscc.validate(code)
    return code


def make_ric(rng: random.Random, region: str, birth: dt.date, male: bool) -> str:
    seq = rng.randint(1, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    num = body + ric.calc_check_digit(body + "0")
    # GB 11643 checksum and birth date; the place code is not checked against the
    # birth year because people born before 1983 carry codes assigned later.
    assert num[-1] == ric.calc_check_digit(num)
    ric.get_birth_date(num)
    return num


def make_ric15(rng, region, birth, male):
    seq = rng.randint(1, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    return f"{region}{birth:%y%m%d}{seq:03d}"


def fmt_ric(rng, num: str, style: int | None = None) -> str:
    if style is None:
        style = rng.choices(range(7), weights=[10, 2, 2, 1, 2, 1, 1])[0]
    if style == 0:
        return num
    if style == 1:
        return f"{num[:6]} {num[6:14]} {num[14:]}"
    if style == 2:
        return fullwidth(num)
    if style == 3:
        return f"{num[:6]}-{num[6:14]}-{num[14:]}"
    if style == 4:
        return (
            num.replace("X", "x") if num.endswith("X") else " ".join(num[i : i + 4] for i in range(0, 18, 4))
        )
    if style == 5:
        return " ".join(num[i : i + 4] for i in range(0, 18, 4))
    if style == 6:
        return fullwidth(num[:6]) + num[6:]
    return num


def mobile(rng) -> str:
    pre = rng.choice(
        [
            "138",
            "139",
            "137",
            "135",
            "150",
            "151",
            "158",
            "159",
            "186",
            "187",
            "188",
            "133",
            "153",
            "180",
            "181",
            "189",
            "177",
            "176",
            "199",
            "191",
            "166",
            "173",
            "152",
            "182",
        ]
    )
    return pre + "".join(rng.choice("0123456789") for _ in range(8))


def fmt_mobile(rng, m: str, style: int | None = None) -> str:
    if style is None:
        style = rng.choices(range(6), weights=[10, 2, 2, 1, 1, 1])[0]
    return [
        m,
        f"{m[:3]}-{m[3:7]}-{m[7:]}",
        f"{m[:3]} {m[3:7]} {m[7:]}",
        fullwidth(m),
        f"+86 {m[:3]} {m[3:7]} {m[7:]}",
        f"{m[:3]}{m[3:7]} {m[7:]}",
    ][style]


def landline(rng, area: str) -> str:
    n = 8 if len(area) == 3 or area in ("0571", "0755", "0532", "0592") else 7
    digits = str(rng.randint(2, 8)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    style = rng.randint(0, 5)
    if n == 8:
        a, b = digits[:4], digits[4:]
    else:
        a, b = digits[:3], digits[3:]
    return [
        f"{area}-{digits}",
        f"{area} {a} {b}",
        f"({area})-{a}-{b}",
        f"（{area}）{digits}",
        f"{area}-{a} {b}",
        f"{area}{digits}",
    ][style]


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def bank_no(rng, n: int | None = None, grouped: bool | None = None) -> str:
    n = n or rng.choice([16, 17, 18, 19, 19, 19, 20, 21, 22, 23])
    pre = rng.choice(
        [
            "6222",
            "6217",
            "6228",
            "6214",
            "6230",
            "6212",
            "6236",
            "6225",
            "3301",
            "1202",
            "4405",
            "3204",
            "5101",
        ]
    )
    s = pre + "".join(rng.choice("0123456789") for _ in range(n - 4))
    if grouped is None:
        grouped = rng.random() < 0.35
    if grouped:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def email(rng) -> str:
    a = rng.choice(
        [
            "zhang",
            "li",
            "wang",
            "chen",
            "liu",
            "yang",
            "huang",
            "zhao",
            "zhou",
            "wu",
            "xu",
            "sun",
            "hu",
            "zhu",
            "gao",
            "lin",
            "he",
            "guo",
            "ma",
            "luo",
        ]
    )
    b = rng.choice(
        [
            "wei",
            "fang",
            "min",
            "jing",
            "li",
            "qiang",
            "lei",
            "jun",
            "yang",
            "yong",
            "yan",
            "jie",
            "juan",
            "tao",
            "ming",
            "chao",
            "xia",
            "ping",
            "gang",
            "hua",
        ]
    )
    sep = rng.choice(["", ".", "_", ""])
    tail = rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(1960, 2005))])
    dom = rng.choice(
        ["163.com", "126.com", "qq.com", "sina.com", "foxmail.com", "outlook.com", "gmail.com", "139.com"]
    )
    if dom == "qq.com" and rng.random() < 0.5:
        return f"{digits(rng, rng.randint(6, 10))}@qq.com"
    return f"{a}{sep}{b}{tail}@{dom}"


def plate(rng, prov_abbr: str, letter: str, style: int | None = None) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if style is None:
        style = rng.randint(0, 5)

    def tail(k):
        return "".join(
            rng.choice("0123456789" + al) if rng.random() < 0.3 else rng.choice("0123456789")
            for _ in range(k)
        )

    if style == 0:
        return f"{prov_abbr}{letter}·{digits(rng, 5, '0123456789')}"
    if style == 1:
        return f"{prov_abbr}{letter} {tail(5)}"
    if style == 2:  # new energy small car: 8 chars
        return f"{prov_abbr}{letter}{rng.choice('DF')}{digits(rng, 5, '0123456789')}"
    if style == 3:  # new energy large vehicle
        return f"{prov_abbr}{letter}{digits(rng, 5, '0123456789')}{rng.choice('DF')}"
    if style == 4:
        return f"{prov_abbr}{letter}{tail(5)}"
    return f"{prov_abbr}{letter}·{rng.choice('DF')}{digits(rng, 5, '0123456789')}"


def trailer_plate(rng, prov_abbr, letter):
    return f"{prov_abbr}{letter}{digits(rng, 4, '0123456789')}挂"


# ---------------------------------------------------------------- names
fake = Faker("zh_CN")

WORD_NAMES = [
    "高山",
    "林海",
    "金星",
    "白雪",
    "江河",
    "常青",
    "方正",
    "夏天",
    "向阳",
    "田野",
    "海洋",
    "叶青",
    "石林",
    "文静",
    "万里",
    "江山",
    "黎明",
    "钟情",
    "安然",
    "金鑫",
    "余晖",
    "秦川",
    "武功",
    "卫星",
]
MINORITY_NAMES = [
    ("阿不都热合曼·买买提", "维吾尔族", "M"),
    ("古丽米拉·艾买提", "维吾尔族", "F"),
    ("热依拉·吐尔逊", "维吾尔族", "F"),
    ("买买提明·艾则孜", "维吾尔族", "M"),
    ("艾合买提江·吐尔地", "维吾尔族", "M"),
    ("帕提古丽·麦麦提", "维吾尔族", "F"),
    ("迪丽努尔·阿不力孜", "维吾尔族", "F"),
    ("努尔兰·哈力别克", "哈萨克族", "M"),
    ("阿依古丽·沙力木", "哈萨克族", "F"),
    ("吐尔洪·依明", "维吾尔族", "M"),
    ("扎西顿珠", "藏族", "M"),
    ("次仁卓玛", "藏族", "F"),
    ("格桑梅朵", "藏族", "F"),
    ("达瓦次仁", "藏族", "M"),
    ("旺堆", "藏族", "M"),
    ("巴特尔", "蒙古族", "M"),
    ("乌云其木格", "蒙古族", "F"),
    ("宝音图", "蒙古族", "M"),
    ("吉克阿依", "彝族", "F"),
    ("阿苏拉则", "彝族", "M"),
    ("马木提·赛买提", "维吾尔族", "M"),
    ("库尔班江·热合曼", "维吾尔族", "M"),
]
FOREIGN_NAMES = [
    ("约翰·威廉·史密斯", "英国", "M", "SMITH JOHN WILLIAM"),
    ("玛丽亚·冈萨雷斯", "西班牙", "F", "GONZALEZ MARIA"),
    ("伊万·彼得罗维奇·库兹涅佐夫", "俄罗斯", "M", "KUZNETSOV IVAN"),
    ("阮氏香", "越南", "F", "NGUYEN THI HUONG"),
    ("金敏俊", "韩国", "M", "KIM MINJUN"),
    ("佐藤健一", "日本", "M", "SATO KENICHI"),
    ("穆罕默德·阿卜杜拉", "巴基斯坦", "M", "MUHAMMAD ABDULLAH"),
    ("安娜·科瓦尔斯卡", "波兰", "F", "KOWALSKA ANNA"),
    ("大卫·布朗", "美国", "M", "BROWN DAVID"),
    ("索菲亚·穆勒", "德国", "F", "MUELLER SOPHIA"),
    ("朴智妍", "韩国", "F", "PARK JIYEON"),
    ("奥马尔·哈桑", "埃及", "M", "HASSAN OMAR"),
]
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐"]


class Person:
    def __init__(self, name, male, birth, ethnicity="汉族", region="330106", nationality="中国", latin=None):
        self.name, self.male, self.birth, self.ethnicity = name, male, birth, ethnicity
        self.region, self.nationality, self.latin = region, nationality, latin
        self.gender = "男" if male else "女"
        self.id18 = None
        self.id15 = None
        self.mobile = None
        self.address = None

    def age(self, on: dt.date) -> int:
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))


# ---------------------------------------------------------------- localities & agencies
class Loc:
    def __init__(self, **kw):
        self.__dict__.update(kw)


LOCS = [
    Loc(
        key="LA",
        prov="浙江省",
        city="杭州市",
        dist="临安区",
        short="临",
        pa="浙",
        pl="A",
        area="0571",
        regions=["330106", "330102", "330104", "330182"],
        towns=["锦城街道", "玲珑街道", "青山湖街道", "於潜镇", "太湖源镇"],
        roads=["石镜街", "钱王街", "衣锦街", "万马路", "苕溪北街", "农林大路"],
        estates=["天目花园", "锦绣家园", "苕溪雅苑", "青山湖畔小区"],
        villages=["青云村", "横溪村", "上甘村"],
        gov_addr="杭州市临安区锦城街道城中街398号",
        court="杭州市临安区人民法院",
        gov="杭州市临安区人民政府",
        site="www.linan.gov.cn",
        bank="中国工商银行股份有限公司杭州临安支行",
        city_court="杭州铁路运输法院",
    ),
    Loc(
        key="GL",
        prov="江苏省",
        city="南京市",
        dist="鼓楼区",
        short="宁鼓",
        pa="苏",
        pl="A",
        area="025",
        regions=["320106", "320102", "320104", "320113"],
        towns=["湖南路街道", "宁海路街道", "挹江门街道", "江东街道"],
        roads=["云南路", "汉中门大街", "草场门大街", "虎踞路", "龙园西路"],
        estates=["清凉门花园", "龙江小区", "阳光广场公寓", "西城岚湾"],
        villages=[],
        gov_addr="南京市鼓楼区北京西路28号",
        court="南京市鼓楼区人民法院",
        gov="南京市鼓楼区人民政府",
        site="www.njgl.gov.cn",
        bank="中国银行南京鼓楼支行",
        city_court="南京铁路运输法院",
    ),
    Loc(
        key="LG",
        prov="广东省",
        city="深圳市",
        dist="龙岗区",
        short="深龙",
        pa="粤",
        pl="B",
        area="0755",
        regions=["440307", "440305", "440303", "445221"],
        towns=["布吉街道", "坂田街道", "横岗街道", "龙城街道", "平湖街道"],
        roads=["龙翔大道", "吉华路", "五和大道", "黄阁路", "坂雪岗大道"],
        estates=["佳兆业城市广场", "万科城", "信义假日名城", "中海康城"],
        villages=["大芬村", "甘坑村", "南岭村"],
        gov_addr="深圳市龙岗区龙城街道龙福路1号",
        court="深圳市龙岗区人民法院",
        gov="深圳市龙岗区人民政府",
        site="www.lg.gov.cn",
        bank="中国建设银行深圳龙岗支行",
        city_court="深圳市罗湖区人民法院",
    ),
    Loc(
        key="WH",
        prov="四川省",
        city="成都市",
        dist="武侯区",
        short="武",
        pa="川",
        pl="A",
        area="028",
        regions=["510107", "510104", "510105", "511102"],
        towns=["浆洗街街道", "玉林街道", "红牌楼街道", "簇桥街道", "晋阳街道"],
        roads=["玉林南路", "倪家桥路", "龙腾东路", "佳灵路", "武侯大道"],
        estates=["丽都花园", "蓝光COCO时代", "芳草小区", "棕北小区"],
        villages=["金花村", "机投村"],
        gov_addr="成都市武侯区武侯祠大街236号",
        court="成都市武侯区人民法院",
        gov="成都市武侯区人民政府",
        site="www.cdwh.gov.cn",
        bank="中国农业银行成都武侯支行",
        city_court="成都铁路运输第一法院",
    ),
    Loc(
        key="TS",
        prov="新疆维吾尔自治区",
        city="乌鲁木齐市",
        dist="天山区",
        short="乌天",
        pa="新",
        pl="A",
        area="0991",
        regions=["650102", "650103", "650104", "652901"],
        towns=["解放南路街道", "新华北路街道", "和平路街道", "延安路街道"],
        roads=["解放南路", "新华南路", "和平北路", "大湾南路", "团结路"],
        estates=["明珠花园", "天缘小区", "大湾小区", "延安路社区"],
        villages=[],
        gov_addr="乌鲁木齐市天山区中山路501号",
        court="乌鲁木齐市天山区人民法院",
        gov="乌鲁木齐市天山区人民政府",
        site="www.uqts.gov.cn",
        bank="中国工商银行乌鲁木齐人民路支行",
        city_court="乌鲁木齐市沙依巴克区人民法院",
    ),
    Loc(
        key="HD",
        prov="山东省",
        city="青岛市",
        dist="黄岛区",
        short="青黄",
        pa="鲁",
        pl="B",
        area="0532",
        regions=["370211", "370202", "370283", "371102"],
        towns=["长江路街道", "辛安街道", "薛家岛街道", "王台镇", "六汪镇"],
        roads=["长江中路", "井冈山路", "峨眉山路", "武夷山路", "淮河东路"],
        estates=["金沙滩家园", "海韵嘉园", "阿里山花园", "峨眉山小区"],
        villages=["小珠山村", "黄山村", "东王家庄村"],
        gov_addr="青岛市黄岛区珠江路600号",
        court="青岛市黄岛区人民法院",
        gov="青岛市黄岛区人民政府",
        site="www.huangdao.gov.cn",
        bank="青岛农村商业银行黄岛支行",
        city_court="青岛铁路运输法院",
    ),
    Loc(
        key="HS",
        prov="湖北省",
        city="武汉市",
        dist="洪山区",
        short="洪",
        pa="鄂",
        pl="A",
        area="027",
        regions=["420111", "420106", "420102", "421102"],
        towns=["珞南街道", "狮子山街道", "关山街道", "青菱街道", "和平街道"],
        roads=["珞喻路", "雄楚大道", "鲁磨路", "青菱都市路", "南湖大道"],
        estates=["保利花园", "狮城名居", "南湖山庄", "光谷坐标城"],
        villages=["新路村", "红霞村"],
        gov_addr="武汉市洪山区珞狮北路1号",
        court="武汉市洪山区人民法院",
        gov="武汉市洪山区人民政府",
        site="www.hongshan.gov.cn",
        bank="汉口银行洪山支行",
        city_court="武汉铁路运输法院",
    ),
    Loc(
        key="WHQ",
        prov="云南省",
        city="昆明市",
        dist="五华区",
        short="五",
        pa="云",
        pl="A",
        area="0871",
        regions=["530102", "530103", "530111", "532901"],
        towns=["华山街道", "护国街道", "龙翔街道", "普吉街道", "黑林铺街道"],
        roads=["人民西路", "龙泉路", "学府路", "昌源北路", "海源中路"],
        estates=["金色半岛", "滇池俊园", "翠湖春晓", "西站小区"],
        villages=["沙朗村", "厂口村"],
        gov_addr="昆明市五华区红锦路380号",
        court="昆明市五华区人民法院",
        gov="昆明市五华区人民政府",
        site="www.kmwh.gov.cn",
        bank="富滇银行五华支行",
        city_court="昆明铁路运输法院",
    ),
    Loc(
        key="JS",
        prov="河南省",
        city="郑州市",
        dist="金水区",
        short="郑金",
        pa="豫",
        pl="A",
        area="0371",
        regions=["410105", "410102", "410103", "411302"],
        towns=["花园路街道", "文化路街道", "丰产路街道", "未来路街道", "杨金路街道"],
        roads=["花园路", "纬五路", "农业路", "经三路", "黄河路"],
        estates=["金水花园", "曼哈顿广场", "锦艺城", "鑫苑名家"],
        villages=["东赵村", "祭城村"],
        gov_addr="郑州市金水区顺河路75号",
        court="郑州市金水区人民法院",
        gov="郑州市金水区人民政府",
        site="www.jinshui.gov.cn",
        bank="郑州银行金水支行",
        city_court="郑州铁路运输法院",
    ),
    Loc(
        key="SM",
        prov="福建省",
        city="厦门市",
        dist="思明区",
        short="厦思",
        pa="闽",
        pl="D",
        area="0592",
        regions=["350203", "350206", "350205", "350524"],
        towns=["中华街道", "鹭江街道", "嘉莲街道", "莲前街道", "滨海街道"],
        roads=["思明南路", "湖滨南路", "莲前西路", "嘉禾路", "民族路"],
        estates=["瑞景新村", "莲花五村", "海峡国际社区", "前埔北区"],
        villages=["黄厝社区", "曾厝垵社区"],
        gov_addr="厦门市思明区新华路200号",
        court="厦门市思明区人民法院",
        gov="厦门市思明区人民政府",
        site="www.siming.gov.cn",
        bank="厦门银行思明支行",
        city_court="厦门市海沧区人民法院",
    ),
    Loc(
        key="XC",
        prov="内蒙古自治区",
        city="呼和浩特市",
        dist="新城区",
        short="呼新",
        pa="蒙",
        pl="A",
        area="0471",
        regions=["150102", "150103", "150105", "152502"],
        towns=["海拉尔东路街道", "东街街道", "成吉思汗大街街道", "保合少镇"],
        roads=["新华大街", "兴安北路", "海拉尔东街", "艾博路", "成吉思汗大街"],
        estates=["新华小区", "巨华世纪城", "东达城市广场", "青城世家"],
        villages=["毫沁营村", "保合少村"],
        gov_addr="呼和浩特市新城区兴安北路130号",
        court="呼和浩特市新城区人民法院",
        gov="呼和浩特市新城区人民政府",
        site="www.xinchengqu.gov.cn",
        bank="内蒙古银行新城支行",
        city_court="呼和浩特市赛罕区人民法院",
    ),
    Loc(
        key="CG",
        prov="西藏自治区",
        city="拉萨市",
        dist="城关区",
        short="拉城",
        pa="藏",
        pl="A",
        area="0891",
        regions=["540102", "540121", "540103"],
        towns=["八廓街道", "吉日街道", "公德林街道", "吉崩岗街道"],
        roads=["北京中路", "江苏路", "林廓北路", "金珠西路", "朵森格路"],
        estates=["太阳岛小区", "仙足岛小区", "嘎玛贡桑社区", "纳金小区"],
        villages=["蔡公堂村", "夺底村"],
        gov_addr="拉萨市城关区北京中路88号",
        court="拉萨市城关区人民法院",
        gov="拉萨市城关区人民政府",
        site="www.lscg.gov.cn",
        bank="西藏银行城关支行",
        city_court="拉萨市城关区人民法院",
    ),
]

# sector -> (dept name template, doc-no infix, hotline, email stem, upper review override)
SECTORS = {
    "SJJ": ("{city}{dist}市场监督管理局", "市监", "12315", "scjg"),
    "RSJ": ("{city}{dist}人力资源和社会保障局", "人社", "12333", "rsj"),
    "WJJ": ("{city}{dist}卫生健康局", "卫健", "12320", "wjj"),
    "JYJ": ("{city}{dist}教育局", "教", "12345", "jyj"),
    "JTJ": ("{city}{dist}交通运输局", "交", "12328", "jtj"),
    "HBJ": ("{city}生态环境局{dist}分局", "环", "12369", "sthj"),
    "YJJ": ("{city}{dist}应急管理局", "应急", "12350", "yjgl"),
    "ZJJ": ("{city}{dist}住房和城乡建设局", "建", "12345", "zjj"),
    "ZFJ": ("{city}{dist}综合行政执法局", "综执", "12319", "zhzf"),
    "GAJ": ("{city}公安局{dist}分局", "公", "110", "gaj"),
    "SWJ": ("国家税务总局{city}{dist}税务局", "税", "12366", "tax"),
    "NYJ": ("{city}{dist}农业农村局", "农", "12316", "nyj"),
    "ZRJ": ("{city}{dist}自然资源和规划局", "自然资源", "12336", "zrzy"),
    "MZJ": ("{city}{dist}民政局", "民", "12345", "mzj"),
    "WLJ": ("{city}{dist}文化和旅游局", "文旅", "12318", "wlj"),
    "YBJ": ("{city}{dist}医疗保障局", "医保", "12393", "ybj"),
    "ZJW": ("{city}{dist}民族宗教事务局", "民宗", "12345", "mzzj"),
    "GOV": ("{city}{dist}人民政府", "政", "12345", "zf"),
}

SURNAMES_OFFICER = list(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


class Agency:
    pass


def make_agency(loc: Loc, sector: str, rng: random.Random) -> Agency:
    tpl, infix, hotline, stem = SECTORS[sector]
    a = Agency()
    a.loc, a.sector = loc, sector
    a.code = f"{loc.key}-{sector}"
    a.name = tpl.format(city=loc.city, dist=loc.dist)
    a.short = loc.short + infix
    a.hotline = hotline
    a.phone = f"{loc.area}-{rng.randint(2, 8)}{''.join(rng.choice('0123456789') for _ in range(7 if len(loc.area) == 3 or loc.area in ('0571', '0755', '0532', '0592') else 6))}"
    a.address = loc.gov_addr if sector == "GOV" else _agency_addr(loc, rng)
    a.email = f"{loc.key.lower()}{stem}@{loc.site.replace('www.', '')}"
    a.website = f"http://{loc.site}" + ("" if sector == "GOV" else f"/col/{stem}/")
    if sector == "SWJ":
        a.review_body = f"国家税务总局{loc.city}税务局"
    elif sector == "GOV":
        a.review_body = f"{loc.city}人民政府"
    else:
        a.review_body = loc.gov
    a.court = loc.court if rng.random() < 0.7 else loc.city_court
    if sector == "GOV":
        a.court = f"{loc.city}中级人民法院"
    a.fiscal_name = (
        f"{loc.city}{loc.dist}财政局非税收入汇缴结算户"
        if sector != "SWJ"
        else "国家金库" + loc.city + loc.dist + "支库"
    )
    a.fiscal_bank = loc.bank
    a.fiscal_no = "".join(rng.choice("0123456789") for _ in range(rng.choice([19, 20, 21])))
    a.officers = []
    return a


def _agency_addr(loc, rng):
    road = rng.choice(["府前路", "行政中心路", "政通路", "公园路", "人民路", "文化路"])
    return f"{loc.city}{loc.dist}{road}{rng.randint(1, 300)}号" + rng.choice(
        ["", "行政服务中心", f"{rng.randint(2, 9)}号楼"]
    )


def _cred(loc, rng):
    style = rng.randint(0, 4)
    r = loc.regions[0]
    if style == 0:
        return f"{r}{rng.randint(10000, 99999)}"
    if style == 1:
        return f"{loc.pa}{rng.randint(1000000, 9999999)}"
    if style == 2:
        return f"{r[:4]}{rng.randint(2015, 2025)}{rng.randint(10000, 99999)}"
    if style == 3:
        return f"{loc.pa}{loc.pl}{rng.randint(10, 99)}-{rng.randint(100000, 999999)}"
    return f"{rng.choice(['ZF', 'XZ'])}{r}{rng.randint(1000, 9999)}"


# ---------------------------------------------------------------- registry of agencies (deterministic)
_AGENCIES: dict = {}


def agency_for(loc: Loc, sector: str) -> Agency:
    key = (loc.key, sector)
    if key not in _AGENCIES:
        rng = random.Random(f"agency:{loc.key}:{sector}")
        a = make_agency(loc, sector, rng)
        f = Faker("zh_CN")
        f.seed_instance(f"officers:{loc.key}:{sector}")
        seen = set()
        while len(a.officers) < 6:
            nm = rng.choice(SURNAMES_OFFICER) + f.first_name()
            if nm in seen or any(nm in w or w in nm for w in WORD_NAMES):
                continue
            seen.add(nm)
            a.officers.append((nm, _cred(loc, rng)))
        a.chief = (
            rng.choice(SURNAMES_OFFICER) + f.first_name(),
            rng.choice(["局长", "分局局长", "负责人", "副局长"]),
        )
        _AGENCIES[key] = a
    return _AGENCIES[key]


_DOCNO_COUNTER: dict = {}
USED_IDS: set = set()


def next_docno(rng, agency: Agency, typ: str, year: int) -> str:
    k = (agency.short, typ, year)
    n = _DOCNO_COUNTER.get(k, rng.randint(1, 40)) + rng.randint(1, 9)
    _DOCNO_COUNTER[k] = n
    style = rng.choice([0, 0, 0, 1, 2, 3])
    infix = agency.short[len(agency.loc.short) :]
    pre = agency.loc.short + typ if typ[0] == infix[0] else agency.short + typ
    if style == 0:
        s = f"{pre}〔{year}〕{n}号"
    elif style == 1:
        s = f"{pre}{'' if pre.endswith('字') else '字'}〔{year}〕第{n}号"
    elif style == 2:
        s = f"{pre}〔{year}〕{n:03d}号"
    else:
        s = f"{pre}[{year}]{n}号"
    if s in USED_IDS:
        return next_docno(rng, agency, typ, year)
    return s


ORIGINS = [
    "河南省周口市淮阳区王店乡李楼村",
    "四川省南充市仪陇县新政镇金城村",
    "安徽省阜阳市临泉县姜寨镇后湖村",
    "贵州省毕节市七星关区朱昌镇青场村",
    "湖南省邵阳市隆回县桃洪镇六都寨村",
    "江西省上饶市鄱阳县饶丰镇枧田村",
    "甘肃省天水市秦安县叶堡镇金城村",
    "广西壮族自治区玉林市博白县亚山镇合江村",
    "云南省昭通市镇雄县以古镇大湾村",
    "重庆市开州区大进镇红旗村",
    "黑龙江省绥化市望奎县灵山乡东升村",
    "山西省吕梁市临县三交镇刘家会村",
    "新疆维吾尔自治区喀什地区疏附县塔什米力克乡",
    "河北省邯郸市魏县双井镇李家庄村",
]
ORIGIN_REGIONS = [
    "411626",
    "511324",
    "341221",
    "520502",
    "430524",
    "361128",
    "620522",
    "450923",
    "530627",
    "500154",
    "231221",
    "141124",
    "653121",
    "130434",
]

COMPANY_WORDS = [
    "禾润",
    "鑫达",
    "恒盛",
    "佳味",
    "宏远",
    "瑞丰",
    "金穗",
    "绿洲",
    "天禧",
    "华泰",
    "凯旋",
    "博雅",
    "康宁",
    "益民",
    "同心",
    "嘉禾",
    "远航",
    "聚源",
    "新锐",
    "兴业",
    "百川",
    "德润",
    "晨光",
    "中顺",
    "宝丰",
    "盛世",
    "众诚",
    "优品",
    "安达",
    "锦程",
    "润泽",
    "万通",
    "长风",
    "海纳",
    "泰和",
    "鼎盛",
    "汇丰源",
    "利民",
    "永兴",
    "立信",
]


class Company:
    pass


class Ctx:
    """Everything one document needs: RNG, agency, people, dates and common blocks."""

    def __init__(self, seed, sector: str, loc: Loc | None = None, year=None):
        self.rng = rng = random.Random(seed)
        self.fake = Faker("zh_CN")
        self.fake.seed_instance(seed)
        self.loc = loc or rng.choice(LOCS)
        self.sector = sector
        self.ag = agency_for(self.loc, sector)
        offs = rng.sample(self.ag.officers, 3)
        self.officers = offs[:2]
        self.officer3 = offs[2]
        year = year or rng.choice([2025, 2025, 2026, 2026, 2026])
        start = dt.date(year, 1, 5)
        end = dt.date(year, 12, 28) if year == 2025 else dt.date(2026, 6, 30)
        self.date = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        self.names: list[str] = [o[0] for o in self.ag.officers] + [self.ag.chief[0]]
        self.fields: dict = {}
        self.target_type = None
        self.target_name = None
        self.doc_no = None
        self.declare = rng.random() < 0.5
        self.extra_keep: list[str] = []

    # ---- numbering & dates
    def new_docno(self, typ):
        self.doc_no = next_docno(self.rng, self.ag, typ, self.date.year)
        return self.doc_no

    def before(self, lo, hi, ref=None):
        ref = ref or self.date
        return ref - dt.timedelta(days=self.rng.randint(lo, hi))

    def after(self, lo, hi, ref=None):
        ref = ref or self.date
        return ref + dt.timedelta(days=self.rng.randint(lo, hi))

    # ---- keep pieces
    def A(self):
        return keep("agency", self.ag.name)

    def DN(self, s=None):
        return keep("doc_no", s or self.doc_no)

    def D(self, d, style=None):
        if style is None:
            style = self.rng.choices([0, 1, 2, 3], weights=[12, 3, 1, 1])[0]
        return keep("date", date_str(d, style))

    def M(self, n, style=None):
        r = self.rng
        if style is None:
            style = r.choices(range(6), weights=[5, 3, 2, 2, 2, 1])[0]
        if style == 0:
            s = f"{n}元"
        elif style == 1:
            s = f"人民币{n}元"
        elif style == 2:
            s = f"{n:,}元"
        elif style == 3:
            s = f"人民币{upper_money(n)}（¥{n:,.2f}）"
        elif style == 4:
            s = f"{n / 10000:g}万元" if n % 1000 == 0 and n >= 10000 else f"{n}.00元"
        else:
            s = upper_money(n)
        return keep("amount", s)

    def L(self, s):
        return keep("statute", s)

    def STD(self, s):
        return keep("standard", s)

    def RB(self):
        return keep("review_body", self.ag.review_body)

    def CT(self):
        return keep("court", self.ag.court)

    def AC(self, what):
        return keep("agency_contact", getattr(self.ag, what))

    def ON(self, i=0):
        return keep("officer_name", self.officers[i][0])

    def OC(self, i=0):
        return keep("credential_no", self.officers[i][1])

    def officers_line(self, style=None):
        r = self.rng
        if style is None:
            style = r.randint(0, 3)
        (n1, c1), (n2, c2) = self.officers
        o = [
            keep("officer_name", n1),
            keep("credential_no", c1),
            keep("officer_name", n2),
            keep("credential_no", c2),
        ]
        if style == 0:
            return F("执法人员{a}（执法证号：{b}）、{c}（执法证号：{d}）", a=o[0], b=o[1], c=o[2], d=o[3])
        if style == 1:
            return F("本局执法人员{a}、{c}（执法证号分别为{b}、{d}）", a=o[0], b=o[1], c=o[2], d=o[3])
        if style == 2:
            return F("执法人员{a}（证号{b}）和{c}（证号{d}）", a=o[0], b=o[1], c=o[2], d=o[3])
        return F(
            "{a}（执法证件号码：{b}）、{c}（执法证件号码：{d}）两名执法人员", a=o[0], b=o[1], c=o[2], d=o[3]
        )

    # ---- people
    def _ok_name(self, nm):
        for u in self.names:
            if nm == u or nm in u or u in nm:
                return False
        for bad in (self.ag.name, self.loc.dist, self.loc.city):
            if nm in bad:
                return False
        return True

    def person(self, style=None, age=(23, 62), male=None, region=None, origin=False):
        r = self.rng
        if male is None:
            male = r.random() < 0.55
        for _ in range(200):
            st = (
                style
                or r.choices(
                    ["han", "word", "minority", "compound", "single", "spaced"], weights=[62, 9, 9, 4, 9, 7]
                )[0]
            )
            eth = "汉族"
            alt = None
            short = None
            if st == "word":
                nm = r.choice(WORD_NAMES)
            elif st == "minority":
                nm, eth, g = r.choice(MINORITY_NAMES)
                male = g == "M"
                if "·" in nm:
                    short = nm.split("·")[0]
            elif st == "compound":
                nm = r.choice(COMPOUND) + (
                    self.fake.first_name_male() if male else self.fake.first_name_female()
                )
            elif st == "single":
                nm = self.fake.last_name() + r.choice(
                    "伟芳敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华斌燕红鹏玲"
                )
            else:
                nm = self.fake.last_name() + (
                    self.fake.first_name_male() if male else self.fake.first_name_female()
                )
                if st == "spaced" and len(nm) == 2:
                    alt = nm[0] + r.choice([" ", "　", "  "]) + nm[1]
                elif st == "spaced":
                    alt = nm[0] + " " + nm[1:]
            if len(nm) < 2 or not self._ok_name(nm) or (short and not self._ok_name(short)):
                continue
            if r.random() < 0.08 and st == "han":
                eth = r.choice(["回族", "壮族", "满族", "土家族", "苗族"])
            break
        self.names.append(nm)
        if short:
            self.names.append(short)
        today = self.date
        a = r.randint(*age)
        birth = dt.date(today.year - a, 1, 1) + dt.timedelta(days=r.randint(0, 364))
        if origin or r.random() < 0.25:
            i = r.randrange(len(ORIGINS))
            reg, home = ORIGIN_REGIONS[i], ORIGINS[i] + f"{r.randint(1, 12)}组{r.randint(1, 88)}号"
        else:
            reg, home = (region or r.choice(self.loc.regions)), None
        if eth == "维吾尔族" or eth == "哈萨克族":
            reg = r.choice(["650102", "650103", "653121", "652901"])
        if eth == "藏族":
            reg = r.choice(["540102", "540121"])
        if eth == "蒙古族":
            reg = r.choice(["150102", "152502"])
        p = Person(nm, male, birth, eth, reg)
        p.alt, p.short, p.use_short = alt, short, False
        try:
            p.id18 = make_ric(r, reg, birth, male)
        except Exception:
            reg = "330106"
            p.id18 = make_ric(r, reg, birth, male)
        p.id15 = make_ric15(r, reg, birth, male) if birth.year < 1980 else None
        p.mobile = mobile(r)
        p.address = self.home_address()
        p.origin = home
        return p

    def relative(self, base, male, age, label_child=False):
        """A family member: children and fathers share the surname of a Han base person;
        relatives of a person with a minority name get a name of the same ethnicity."""
        r = self.rng
        if base.short or base.ethnicity in ("维吾尔族", "哈萨克族", "藏族", "蒙古族", "彝族"):
            pool = [
                n
                for n, e, g in MINORITY_NAMES
                if e == base.ethnicity
                and (g == "M") == male
                and self._ok_name(n)
                and (("·" not in n) or self._ok_name(n.split("·")[0]))
            ]
            if pool:
                p = self.person(style="han", age=age, male=male)
                self.names.remove(p.name)
                nm = r.choice(pool)
                p.name, p.ethnicity, p.alt = nm, base.ethnicity, None
                p.short = nm.split("·")[0] if "·" in nm else None
                self.names.append(nm)
                if p.short:
                    self.names.append(p.short)
                return p
        p = self.person(style="han", age=age, male=male)
        if (
            len(base.name) in (2, 3)
            and base.name[:2] not in COMPOUND
            and base.name not in WORD_NAMES
            and base.male
        ):
            for _ in range(30):
                nm = base.name[0] + (self.fake.first_name_male() if male else self.fake.first_name_female())
                if self._ok_name(nm):
                    self.names.remove(p.name)
                    p.name = nm
                    self.names.append(nm)
                    break
        return p

    def foreigner(self, kind=None):
        r = self.rng
        for _ in range(50):
            nm, nat, g, latin = r.choice(FOREIGN_NAMES)
            if self._ok_name(nm):
                break
        self.names.append(nm)
        short = None
        if "·" in nm:
            short = nm.split("·")[0]
            if self._ok_name(short):
                self.names.append(short)
            else:
                short = None
        birth = dt.date(self.date.year - r.randint(24, 60), r.randint(1, 12), r.randint(1, 28))
        p = Person(nm, g == "M", birth, None, None, nat, latin)
        p.alt, p.short, p.use_short = None, short, False
        p.passport = r.choice("EGPKMNCS") + "".join(r.choice("0123456789") for _ in range(r.choice([7, 8])))
        p.mobile = mobile(r)
        p.address = self.home_address()
        p.origin = None
        return p

    def hmt(self, where=None):
        """Hong Kong / Macau / Taiwan resident."""
        r = self.rng
        where = where or r.choice(["香港", "澳门", "台湾"])
        p = self.person(style="han")
        p.hmt = where
        if where == "香港":
            p.permit = "H" + digits(r, 8, "0123456789")
            body = r.choice("ACDEGHKPRYZ") + digits(r, 6, "0123456789")
            p.local_id = f"{body}({r.choice('0123456789A')})"
        elif where == "澳门":
            p.permit = "M" + digits(r, 8, "0123456789")
            p.local_id = f"{r.choice('157')}{digits(r, 6, '0123456789')}({r.randint(0, 9)})"
        else:
            p.permit = digits(r, 8, "0123456789")
            p.local_id = r.choice("ABCDEFHJKLMNPQRTUVXYWZIO") + r.choice("12") + digits(r, 8, "0123456789")
        return p

    def N(self, p, label="name", first=False, alt=False):
        if alt and p.alt:
            return go(label, p.alt)
        if p.use_short and not first and p.short:
            return go(label, p.short)
        return go(label, p.name)

    def intro_short(self, p, label="name"):
        """（以下简称“X”） after the first full mention of a dotted name."""
        if p.short and self.rng.random() < 0.6:
            p.use_short = True
            return F("（以下简称{q}）", q=[self.rng.choice(["“", ""]), go(label, p.short), ""])
        return ""

    def ID(self, p, style=None, old=False):
        if old and p.id15:
            return go("id_number", p.id15)
        return go("id_number", fmt_ric(self.rng, p.id18, style))

    def PH(self, p, style=None):
        return go("phone", fmt_mobile(self.rng, p.mobile, style))

    def LL(self):
        return go("landline", landline(self.rng, self.loc.area))

    def ADDR(self, p):
        return go("address", p.address)

    def BD(self, p, style=None):
        if style is None:
            style = self.rng.choice([0, 0, 1, 3])
        return go("birth_date", date_str(p.birth, style))

    def home_address(self):
        r, L = self.rng, self.loc
        st = r.randint(0, 5)
        town, road, est = r.choice(L.towns), r.choice(L.roads), r.choice(L.estates)
        b, u, rm = r.randint(1, 28), r.randint(1, 4), r.randint(1, 26) * 100 + r.randint(1, 6)
        if st == 0:
            return f"{L.prov}{L.city}{L.dist}{town}{road}{r.randint(1, 999)}号{est}{b}幢{u}单元{rm}室"
        if st == 1:
            return f"{L.city}{L.dist}{est}{b}栋{u}单元{rm}"
        if st == 2 and L.villages:
            return f"{L.city}{L.dist}{town}{r.choice(L.villages)}{r.randint(1, 12)}组{r.randint(1, 120)}号"
        if st == 3:
            return f"{L.prov}{L.city}{L.dist}{road}{r.randint(1, 999)}号{b}-{u}-{rm}"
        if st == 4:
            return f"{L.dist}{road}{r.randint(1, 500)}号院{b}号楼{u}单元{rm}号"
        return f"{L.city}{L.dist}{town}{est}{b}幢{rm}室"

    def company(self, industry="贸易", suffix="有限公司", rep_style=None):
        r = self.rng
        c = Company()
        city = self.loc.city[:-1] if self.loc.city.endswith("市") else self.loc.city
        word = r.choice(COMPANY_WORDS)
        c.name = f"{city}{word}{industry}{suffix}"
        c.code = make_uscc(r, r.choice(self.loc.regions[:3]))
        c.rep = self.person(style=rep_style)
        c.rep_title = r.choice(["法定代表人", "法定代表人", "负责人"]) if "分" not in suffix else "负责人"
        c.addr = (
            f"{self.loc.city}{self.loc.dist}{r.choice(self.loc.towns)}{r.choice(self.loc.roads)}{r.randint(1, 999)}号"
            + r.choice(["", f"{r.randint(1, 12)}幢", f"{r.randint(1, 20)}层{r.randint(1, 30):02d}室"])
        )
        self.names.append(c.name)
        return c

    def CO(self, c):
        return keep("company", c.name)

    def REP(self, c):
        return keep("legal_rep", c.rep.name)

    def CC(self, c):
        return keep("credit_code", c.code)

    # ---- common blocks
    def header(self, title, typ, extra=None):
        r = self.rng
        self.new_docno(typ)
        sp = r.choice(["\n", "\n\n"])
        t = title if r.random() < 0.6 else " ".join(title) if len(title) <= 8 else title
        return F("{a}" + sp + "{t}" + sp + "{n}\n\n", a=self.A(), t=t, n=self.DN())

    def party_company(self, c, label="当事人", contact=None, style=None):
        r = self.rng
        if style is None:
            style = r.randint(0, 3)
        self.target_type, self.target_name = "legal_person", c.name
        self.fields.update(credit_code=c.code, legal_representative=c.rep.name)
        ct = F("；联系人：{n}，联系电话：{p}", n=self.N(contact), p=self.PH(contact)) if contact else ""
        if contact:
            self.fields["phone"] = contact.mobile
        if style == 0:
            return F(
                label
                + "：{n}\n统一社会信用代码：{c}\n住所："
                + c.addr
                + "\n"
                + c.rep_title
                + "：{r}{ct}\n\n",
                n=self.CO(c),
                c=self.CC(c),
                r=self.REP(c),
                ct=ct,
            )
        if style == 1:
            return F(
                label + "：{n}，统一社会信用代码{c}，住所" + c.addr + "，" + c.rep_title + "{r}{ct}。\n\n",
                n=self.CO(c),
                c=self.CC(c),
                r=self.REP(c),
                ct=ct,
            )
        if style == 2:
            return F(
                label
                + "名称：{n}\n主体资格证照名称：营业执照\n统一社会信用代码：{c}\n住所（住址）："
                + c.addr
                + "\n法定代表人（负责人、经营者）：{r}{ct}\n\n",
                n=self.CO(c),
                c=self.CC(c),
                r=self.REP(c),
                ct=ct,
            )
        return F(
            "| "
            + label
            + " | {n} |\n| 统一社会信用代码 | {c} |\n| 住所 | "
            + c.addr
            + " |\n| "
            + c.rep_title
            + " | {r} |\n{ct}\n",
            n=self.CO(c),
            c=self.CC(c),
            r=self.REP(c),
            ct=F("| 联系人 | {n} {p} |\n", n=self.N(contact), p=self.PH(contact)) if contact else "",
        )

    def party_person(
        self, p, label="当事人", style=None, with_id=True, with_phone=None, with_birth=None, old_id=False
    ):
        r = self.rng
        if style is None:
            style = r.randint(0, 4)
        if with_phone is None:
            with_phone = r.random() < 0.6
        if with_birth is None:
            with_birth = r.random() < 0.5
        self.target_type = self.target_type or "natural_person"
        self.target_name = self.target_name or p.name
        self.fields.update(id_number=p.id18, address=p.address)
        if with_phone:
            self.fields["phone"] = p.mobile
        bd = F("，{b}出生", b=self.BD(p)) if with_birth else ""
        eth = f"，{p.ethnicity}" if p.ethnicity else ""
        idl = r.choice(["公民身份号码", "身份证号码", "身份证号", "居民身份证号码"])
        idp = F("，" + idl + "：{i}", i=self.ID(p, old=old_id)) if with_id else ""
        # a private landline instead of a mobile now and then
        land = with_phone and r.random() < 0.2
        if land:
            self.fields.pop("phone", None)
        tel = (lambda: self.LL()) if land else (lambda: self.PH(p))
        php = F("，联系电话：{t}", t=tel()) if with_phone else ""
        mail = F("，电子邮箱：{e}", e=go("email", email(r))) if r.random() < 0.15 else ""
        if style == 0:
            out = F(
                label + "：{n}，" + p.gender + "{eth}{bd}{idp}，住址：{a}{php}{m}。",
                n=self.N(p, alt=True),
                eth=eth,
                bd=bd,
                idp=idp,
                a=self.ADDR(p),
                php=php,
                m=mail,
            )
        elif style == 1:
            out = F(
                label
                + "：{n}\n性别："
                + p.gender
                + "\n"
                + (idl + "：{i}\n" if with_id else "{i}")
                + "住所（住址）：{a}\n"
                + ("联系电话：{t}\n" if with_phone else "{t}")
                + "{m}",
                n=self.N(p, alt=True),
                i=self.ID(p, old=old_id) if with_id else "",
                a=self.ADDR(p),
                t=tel() if with_phone else "",
                m=F("电子邮箱：{e}\n", e=go("email", email(r))) if mail else "",
            )
        elif style == 2:
            out = F(
                label
                + "姓名：{n}　性别："
                + p.gender
                + "　民族："
                + (p.ethnicity or "—")
                + "\n"
                + ("证件号码：{i}\n" if with_id else "{i}")
                + "家庭住址：{a}"
                + ("　电话：{t}" if with_phone else "{t}")
                + "{m}",
                n=self.N(p, alt=True),
                i=self.ID(p, old=old_id) if with_id else "",
                a=self.ADDR(p),
                t=tel() if with_phone else "",
                m=mail,
            )
        elif style == 3:
            out = F(
                "| "
                + label
                + " | {n} | 性别 | "
                + p.gender
                + " |\n"
                + ("| 身份证件号码 | {i} |\n" if with_id else "{i}")
                + "| 住址 | {a} |\n"
                + ("| 联系方式 | {t} |" if with_phone else "{t}"),
                n=self.N(p, alt=True),
                i=self.ID(p, old=old_id) if with_id else "",
                a=self.ADDR(p),
                t=tel() if with_phone else "",
            )
        else:
            out = F(
                "一、当事人基本情况\n"
                + label
                + "{n}，"
                + p.gender
                + "{eth}{bd}{idp}，户籍所在地{o}，现住{a}{php}{m}。",
                n=self.N(p),
                eth=eth,
                bd=bd,
                idp=idp,
                o=go("address", p.origin) if p.origin else "同现住址",
                a=self.ADDR(p),
                php=php,
                m=mail,
            )
        return out + F("{s}\n\n", s=self.intro_short(p))

    def rights(self, style=None, suspend=True):
        r = self.rng
        if style is None:
            style = r.randint(0, 4)
        rb, ct = self.RB(), self.CT()
        tail = "行政复议或者行政诉讼期间，本决定不停止执行。" if suspend and r.random() < 0.5 else ""
        if style == 0:
            return F(
                "如不服本决定，可以在收到本决定书之日起六十日内向{rb}申请行政复议，也可以在六个月内直接向{ct}提起行政诉讼。"
                + tail
                + "\n",
                rb=rb,
                ct=ct,
            )
        if style == 1:
            return F(
                "当事人对本决定不服的，可以自收到本决定书之日起60日内向{rb}申请行政复议；或者自收到本决定书之日起6个月内向{ct}提起行政诉讼。"
                + tail
                + "\n",
                rb=rb,
                ct=ct,
            )
        if style == 2:
            return F(
                "申请行政复议或者提起行政诉讼的途径和期限：如对本决定不服，可于收到本决定书之日起六十日内向{rb}提出行政复议申请，或于六个月内向{ct}起诉。"
                + tail
                + "\n",
                rb=rb,
                ct=ct,
            )
        if style == 3:
            return F(
                "你（单位）如对本决定不服，可以在接到本决定书之日起六十日内依法向{rb}申请复议，或者在六个月内依法向{ct}提起诉讼。"
                + tail
                + "\n",
                rb=rb,
                ct=ct,
            )
        return F(
            "权利告知：不服本决定的，依照《中华人民共和国行政复议法》和《中华人民共和国行政诉讼法》的规定，可以在收到本决定书之日起六十日内向{rb}申请行政复议，或者在六个月内向{ct}提起行政诉讼。"
            + tail
            + "\n",
            rb=rb,
            ct=ct,
        )

    def procedure(self, p_prob=0.6):
        """Optional account of the procedure (notice, hearing, legal review, collective decision)."""
        r = self.rng
        if r.random() > p_prob:
            return ""
        out = F(
            "\n处罚前告知及听证情况：本局于{t1}依法向当事人送达了{n}《行政处罚告知书》，告知当事人拟作出行政处罚的事实、理由、依据、处罚内容及其依法享有的陈述、申辩和要求听证的权利。",
            t1=self.D(self.before(20, 40)),
            n=keep("doc_no", f"{self.ag.short}罚告〔{self.date.year}〕{r.randint(10, 300)}号"),
        )
        st = r.randint(0, 2)
        if st == 0:
            out += F("当事人在法定期限内未提出陈述、申辩，亦未要求听证。")
        elif st == 1:
            law = self.person(age=(28, 55))
            out += F(
                "当事人于{t2}提出听证申请。本局于{t3}依法举行了听证，听证主持人{h}，当事人委托代理人{l}（"
                + pick(r, "某律师事务所律师", "当事人员工", "当事人亲属")
                + "）到场参加听证，提出{x}的意见。经复核，本局认为其意见{y}。",
                t2=self.D(self.before(15, 19)),
                t3=self.D(self.before(8, 14)),
                h=keep("officer_name", self.officer3[0]),
                l=self.N(law),
                x=pick(r, "违法情节轻微、请求减轻处罚", "证据不足", "罚款数额过高"),
                y=pick(r, "部分成立，已在裁量时予以考虑", "不能成立，不予采纳"),
            )
        else:
            out += F(
                "当事人于{t2}提交了书面陈述申辩材料，称“{q}”。本局经复核，认为当事人的陈述申辩理由不足以改变违法事实的认定，不予采纳。",
                t2=self.D(self.before(10, 19)),
                q=pick(
                    r,
                    "系初次违法，已积极整改",
                    "对法律规定理解有误，并无主观故意",
                    "经营困难，请求从轻处罚",
                    "涉案数额较小，未造成危害后果",
                ),
            )
        if r.random() < 0.6:
            out += F(
                "\n本案经本局法制机构审核，并于{t}经本局"
                + pick(r, "案件审理委员会", "局务会议", "重大执法决定集体讨论会")
                + "集体讨论决定。",
                t=self.D(self.before(1, 7)),
            )
        if r.random() < 0.5:
            out += F(
                "\n裁量理由：本局依据{l}，综合考虑违法行为的事实、性质、情节、社会危害程度以及当事人"
                + pick(r, "配合调查、主动整改", "违法持续时间较长", "首次被查处", "案发后及时召回问题产品")
                + "等情况，确定上述处罚幅度。",
                l=self.L(
                    pick(
                        r,
                        "《中华人民共和国行政处罚法》第五条第二款",
                        f"《{self.loc.prov}行政处罚裁量基准适用规则》",
                        "《中华人民共和国行政处罚法》第三十四条",
                    )
                ),
            )
        return out + ["\n\n"]

    def investigation(self, people=(), prob=0.6):
        """Optional 调查经过 + numbered evidence list, naming the people interviewed."""
        r = self.rng
        if r.random() > prob:
            return ""
        people = [p for p in people if p is not None]
        out = F(
            "\n调查经过：本案立案后，承办人员依法开展调查取证，"
            + pick(
                r,
                "制作了现场笔录，调取了相关书证",
                "调取了相关票据、台账和电子数据",
                "制作了询问笔录，并进行了现场拍照",
            )
            + "。"
        )
        if people:
            out += F("先后对{x}进行了询问。", x=J("、", [self.N(p) for p in people]))
        out += F(
            "调查期间，因案情复杂，经本局负责人批准，案件办理期限延长"
            + pick(r, "三十日", "至一百八十日", "九十日")
            + "。\n"
            if r.random() < 0.4
            else "\n"
        )
        ev = [
            "当事人的主体资格证明材料",
            "现场笔录及现场照片",
            "询问笔录",
            "调取的书证复印件",
            "电子数据提取笔录及截图",
            "检验（检测）报告",
            "证据先行登记保存决定书及清单",
            "情况说明",
            "协助调查函及回函",
            "视听资料（光盘一张）",
        ]
        r.shuffle(ev)
        k = r.randint(5, 9)
        style = r.randint(0, 2)
        out += F("证据目录：\n")
        for i, e in enumerate(ev[:k]):
            num = [f"{i + 1}.", f"（{'一二三四五六七八九'[i]}）", f"证据{i + 1}："][style]
            out += F(
                num
                + e
                + "，证明"
                + pick(
                    r,
                    "当事人的主体资格",
                    "现场检查情况",
                    "违法事实",
                    "涉案物品的数量及货值",
                    "违法所得金额",
                    "当事人的主观过错",
                )
                + "；\n"
            )
        return out + ["\n"]

    def fiscal(self):
        return keep("fiscal_account", self.ag.fiscal_no)

    def pay(self, style=None):
        r = self.rng
        if style is None:
            style = r.randint(0, 3)
        fn, fb = keep("fiscal_account", self.ag.fiscal_name), self.ag.fiscal_bank
        late = "逾期不缴纳罚款的，本局将依据{l}的规定，每日按罚款数额的百分之三加处罚款，加处罚款的数额不超过罚款数额。"
        law = self.L("《中华人民共和国行政处罚法》第七十二条第一款第（一）项")
        if style == 0:
            return F(
                "当事人应当自收到本决定书之日起十五日内，将罚没款缴至指定账户（户名：{fn}；开户银行："
                + fb
                + "；账号：{no}），缴款时请注明本决定书文号。"
                + late
                + "\n",
                fn=fn,
                no=self.fiscal(),
                l=law,
            )
        if style == 1:
            return F(
                "罚没款限于收到本决定书之日起15日内缴清。缴款方式：通过非税收入缴款系统扫码缴纳，或者汇入{fn}（"
                + fb
                + "，账号{no}）。"
                + late
                + "\n",
                fn=fn,
                no=self.fiscal(),
                l=law,
            )
        if style == 2:
            return F(
                "请在收到本决定书之日起十五日内持本决定书到"
                + fb
                + "各营业网点缴纳罚款，收款账户为{fn}，账号：{no}。到期不缴纳罚款的，每日按罚款数额的3%加处罚款，并依法申请人民法院强制执行。\n",
                fn=fn,
                no=self.fiscal(),
            )
        return F(
            "缴款期限：自收到本决定书之日起十五日内。缴款账户：{fn}　开户行："
            + fb
            + "　账号：{no}。"
            + late
            + "\n",
            fn=fn,
            no=self.fiscal(),
            l=law,
        )

    def sign(self, contact=None, seal=True):
        r = self.rng
        if contact is None:
            contact = r.random() < 0.6
        dstyle = r.choice([0, 0, 1, 4, 4])
        chief = (
            F(self.ag.chief[1] + "：{c}\n", c=keep("officer_name", self.ag.chief[0]))
            if r.random() < 0.3
            else ""
        )
        out = F(
            "\n{ch}{a}\n" + ("（印章）\n" if seal and r.random() < 0.5 else "") + "{d}\n",
            ch=chief,
            a=self.A(),
            d=self.D(self.date, dstyle),
        )
        if contact:
            st = r.randint(0, 2)
            if st == 0:
                out += F(
                    "\n（本机关地址：{ad}；联系电话：{ph}）\n", ad=self.AC("address"), ph=self.AC("phone")
                )
            elif st == 1:
                out += F(
                    "\n联系人：{o}　联系电话：{ph}　电子邮箱：{em}\n",
                    o=self.ON(r.randint(0, 1)),
                    ph=self.AC("phone"),
                    em=self.AC("email"),
                )
            else:
                out += F(
                    "\n地址：{ad}\n咨询电话：{ph}　监督投诉电话：{h}\n网址：{w}\n",
                    ad=self.AC("address"),
                    ph=self.AC("phone"),
                    h=self.AC("hotline"),
                    w=self.AC("website"),
                )
        return out

    def keep_values(self):
        a = self.ag
        return [a.phone, a.address, a.email, a.hotline, a.website, a.court, a.review_body] + self.extra_keep


# ---------------------------------------------------------------- structure registry
REGISTRY: list = []


def structure(sid, category, sector, part="dev", n=None, locs=None):
    def deco(fn):
        REGISTRY.append(
            dict(
                sid=sid,
                fn=fn,
                category=category,
                sector=sector,
                part=part,
                n=n or (8 if part == "heldout" else 7),
                locs=locs,
            )
        )
        return fn

    return deco


def TS(s):
    return go("trade_secret", s)


def H(s):
    return go("health", s)


def W(s):
    return go("wage", s)


def pick(rng, *opts):
    return rng.choice(opts)


def shop(ctx, kind="小吃店", operator=None):
    r = ctx.rng
    L = ctx.loc
    word = r.choice(
        [
            "味源",
            "老街",
            "香满楼",
            "鲜又多",
            "好再来",
            "百味",
            "家和",
            "惠民",
            "福满",
            "乐购",
            "康源",
            "顺心",
            "一品",
            "小城",
            "街坊",
            "聚福",
            "向前",
            "心悦",
            "优选",
            "月光",
        ]
    )
    name = f"{L.dist}{r.choice(L.towns)}{word}{kind}"
    op = operator or ctx.person()
    ctx.names.append(name)
    ctx.target_type, ctx.target_name = "individual_business", name
    ctx.fields.update(id_number=op.id18, address=op.address, phone=op.mobile)
    return name, op


def party_shop(ctx, name, op, style=None):
    r = ctx.rng
    code = make_uscc(r, r.choice(ctx.loc.regions[:3]), "92")
    ctx.fields["credit_code"] = code
    if style is None:
        style = r.randint(0, 2)
    sn = keep("company", name)
    if style == 0:
        return F(
            "当事人：{s}\n主体资格证照名称：营业执照（个体工商户）\n统一社会信用代码：{c}\n经营场所："
            + ctx.loc.dist
            + r.choice(ctx.loc.roads)
            + f"{r.randint(1, 400)}号商铺\n经营者：{{o}}，身份证号码：{{i}}\n住址：{{a}}\n联系电话：{{p}}{{s2}}\n\n",
            s=sn,
            c=keep("credit_code", code),
            o=ctx.N(op),
            i=ctx.ID(op),
            a=ctx.ADDR(op),
            p=ctx.PH(op),
            s2=ctx.intro_short(op),
        )
    if style == 1:
        return F(
            "当事人{s}（个体工商户，统一社会信用代码{c}），经营者{o}，"
            + op.gender
            + "，公民身份号码{i}，住{a}，手机{p}。{s2}\n\n",
            s=sn,
            c=keep("credit_code", code),
            o=ctx.N(op),
            i=ctx.ID(op),
            a=ctx.ADDR(op),
            p=ctx.PH(op),
            s2=ctx.intro_short(op),
        )
    return F(
        "| 当事人名称 | {s} |\n| 统一社会信用代码 | {c} |\n| 经营者 | {o} |\n| 身份证件号码 | {i} |\n| 住所 | {a} |\n| 电话 | {p} |\n\n",
        s=sn,
        c=keep("credit_code", code),
        o=ctx.N(op, alt=True),
        i=ctx.ID(op),
        a=ctx.ADDR(op),
        p=ctx.PH(op),
    )
