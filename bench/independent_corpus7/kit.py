"""Toolkit for the seventh independent redaction corpus (stdlib only).

Copied from bench/independent_corpus6/kit.py (which was copied from the fifth's);
localities, places of origin, company words, every name list and the
property-certificate abbreviations replaced; new sectors (气象, 人防, 档案, 粮食,
消防救援, 海事, 文物, 征兵, 地震, 体育, 侨务, 退役军人, 知识产权, 宗教) added;
seventh-corpus identifier generators at the end (``*7`` methods).

A document is a list of plain strings and labelled pieces -- ``go(label, value)``
for private text a redactor must remove and ``keep(label, value)`` for public
text that must survive.  ``Doc.build`` concatenates them and records offsets.
"""

from __future__ import annotations

import datetime as dt
import random
import string

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


# ------------------------------------------------------------------ pieces
class Piece:
    __slots__ = ("label", "kind", "value")

    def __init__(self, label, kind, value):
        assert kind in ("go", "keep"), kind
        assert label in (GO_LABELS if kind == "go" else KEEP_LABELS), (kind, label)
        assert isinstance(value, str) and value and value == value.strip(), (label, value)
        self.label, self.kind, self.value = label, kind, value


def go(label, value):
    return Piece(label, "go", value)


def keep(label, value):
    return Piece(label, "keep", value)


_FMT = string.Formatter()


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


def F(template, **kw):
    """``{x}`` in template -> kw['x'] (str, Piece, list, or None)."""
    out = []
    for lit, field, _s, _c in _FMT.parse(template):
        if lit:
            out.append(lit)
        if field is not None:
            _flat(kw[field], out)
    return out


def J(sep, items):
    out = []
    for i, it in enumerate(items):
        if i:
            out.append(sep)
        _flat(it, out)
    return out


class Doc:
    def __init__(self):
        self.parts = []

    def add(self, *ps):
        for p in ps:
            _flat(p, self.parts)
        return self

    def f(self, template, **kw):
        self.parts.extend(F(template, **kw))
        return self

    def build(self):
        text, spans, pos = [], [], 0
        for p in self.parts:
            if isinstance(p, Piece):
                spans.append({"start": pos, "end": pos + len(p.value), "label": p.label, "kind": p.kind})
                text.append(p.value)
                pos += len(p.value)
            else:
                text.append(p)
                pos += len(p)
        return "".join(text), spans


# ------------------------------------------------------------------ numbers
_FW = str.maketrans("0123456789Xx-", "０１２３４５６７８９ＸＸ－")


def fullwidth(s):
    return s.translate(_FW)


_CN = "〇一二三四五六七八九"
_CN_ZERO = "零一二三四五六七八九"


def cn_digits(s, zero="〇"):
    return "".join((zero if c == "0" else _CN[int(c)]) if c.isdigit() else c for c in s)


def cn_small(n):
    if n < 10:
        return "零一二三四五六七八九"[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else _CN[t]) + "十" + (_CN[u] if u else "")


def cn_date(d):
    return cn_digits(str(d.year)) + "年" + cn_small(d.month) + "月" + cn_small(d.day) + "日"


def date_str(d, style=0):
    return [
        f"{d.year}年{d.month}月{d.day}日",
        f"{d.year}年{d.month:02d}月{d.day:02d}日",
        cn_date(d),
        f"{d.year}.{d.month:02d}.{d.day:02d}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
    ][style]


_UP = "零壹贰叁肆伍陆柒捌玖"


def upper_money(n):
    if n == 0:
        return "零元整"
    units = ["", "拾", "佰", "仟"]

    def four(x):
        s, zero = "", False
        for i in range(3, -1, -1):
            d = x // 10**i % 10
            if d == 0:
                zero = bool(s)
            else:
                if zero:
                    s += "零"
                    zero = False
                s += _UP[d] + units[i]
        return s

    hi, lo = divmod(n, 10000)
    s = four(hi) + "万" if hi else ""
    if hi and lo and lo < 1000:
        s += "零"
    if lo:
        s += four(lo)
    return s + "元整"


def ric_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * x for c, x in zip(body17, w, strict=True)) % 11]


def make_id18(rng, region, birth, male):
    seq = rng.randint(10, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + ric_check(body)


def make_id15(rng, region, birth, male):
    seq = rng.randint(10, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    return f"{region}{birth:%y%m%d}{seq:03d}"


_UA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def _org_check(b8):
    al = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    c = 11 - sum(al.index(ch) * w for ch, w in zip(b8, [3, 7, 9, 10, 5, 8, 4, 2], strict=True)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def make_uscc(rng, region, kind="91"):
    b8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    s17 = kind + region + b8 + _org_check(b8)
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    c = 31 - sum(_UA.index(ch) * x for ch, x in zip(s17, w, strict=True)) % 31
    return s17 + _UA[0 if c == 31 else c]


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


MOBILE_PRE = [
    "138",
    "139",
    "136",
    "135",
    "150",
    "152",
    "157",
    "158",
    "159",
    "182",
    "183",
    "187",
    "188",
    "130",
    "131",
    "155",
    "156",
    "185",
    "186",
    "133",
    "153",
    "173",
    "177",
    "180",
    "181",
    "189",
    "199",
    "191",
    "195",
    "166",
    "178",
    "147",
]


def fmt_id(rng, num, style=None):
    if style is None:
        style = rng.choices(range(7), weights=[10, 3, 2, 2, 2, 1, 1])[0]
    if len(num) == 15:
        return [num, f"{num[:6]} {num[6:12]} {num[12:]}", fullwidth(num)][style % 3]
    if style == 0:
        return num
    if style == 1:
        return f"{num[:6]} {num[6:14]} {num[14:]}"
    if style == 2:
        return fullwidth(num)
    if style == 3:
        return " ".join(num[i : i + 4] for i in range(0, 18, 4)) if num[-1] != "X" else num[:-1] + "x"
    if style == 4:
        return f"{num[:6]}-{num[6:14]}-{num[14:]}"
    if style == 5:
        return f"{num[:3]} {num[3:6]} {num[6:10]} {num[10:14]} {num[14:]}"
    return num[:10] + fullwidth(num[10:])


def fmt_mobile(rng, m, style=None):
    if style is None:
        style = rng.choices(range(12), weights=[10, 3, 3, 2, 2, 1, 1, 1, 2, 1, 1, 1])[0]
    return [
        m,
        f"{m[:3]}-{m[3:7]}-{m[7:]}",
        f"{m[:3]} {m[3:7]} {m[7:]}",
        f"+86 {m}",
        fullwidth(m),
        f"+86-{m[:3]}-{m[3:7]}-{m[7:]}",
        cn_digits(m, "零"),
        f"（+86）{m[:3]} {m[3:7]} {m[7:]}",
        f"+86{m}",
        f"0086-{m}",
        f"{m[:4]} {m[4:7]} {m[7:]}",
        fullwidth(f"{m[:3]} {m[3:7]} {m[7:]}").replace(" ", "　"),
    ][style]


def bank_card(rng, grouped=None):
    pre = rng.choice(["6217", "6222", "6228", "6214", "6216", "6226", "6230", "6212", "6259", "6236"])
    n = rng.choice([16, 19, 19, 19])
    s = pre + "".join(rng.choice("0123456789") for _ in range(n - 4))
    if grouped is None:
        grouped = rng.random() < 0.5
    return " ".join(s[i : i + 4] for i in range(0, n, 4)) if grouped else s


def plate(rng, pa, pl, style=None):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    if style is None:
        style = rng.randint(0, 5)

    def mix(k):
        s = [rng.choice("0123456789") for _ in range(k)]
        i = rng.randrange(k)
        if rng.random() < 0.6:
            s[i] = rng.choice(al)
        return "".join(s)

    if style == 0:
        return f"{pa}{pl}{mix(5)}"
    if style == 1:
        return f"{pa}{pl}·{mix(5)}"
    if style == 2:
        return f"{pa}{pl}D{digits(rng, 5, '0123456789')}"
    if style == 3:
        return f"{pa}{pl}{rng.choice('DF')}{rng.choice(al)}{digits(rng, 4, '0123456789')}"
    if style == 4:
        return f"{pa}{pl} {mix(5)}"
    return f"{pa}{pl}{digits(rng, 5, '0123456789')}{rng.choice('DF')}"


# ------------------------------------------------------------------ names
SURNAMES = list(
    "李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易乔贺赖龚庞樊兰殷施陶洪翟颜倪严牛温季俞章鲁葛伍韦申尤毕聂丛焦柳邢岳齐梅莫庄辛管祝涂祁耿牟卜詹苗凌费纪靳童欧甄项裴席卫屈鲍覃霍翁隋薄包柏柯阮桂闵符饶"
)
RARE_SURNAMES = list("逄郗虞卞暴酆栾鄢禚眭佘单仉伏")
GIVEN_M = list("铭泽浩然博文轩晨诚毅鹏程嘉豪景渊骏逸弘")
GIVEN_F = list("欣妍悦馨蕾蓓薇慧茜玥萱岚琳璐媛颖筱静")
WORD_NAMES = [
    ("长江", "M"),
    ("红梅", "F"),
    ("建国", "M"),
    ("秋菊", "F"),
    ("和平", "M"),
    ("晓光", "M"),
    ("东升", "M"),
    ("美丽", "F"),
    ("卫东", "M"),
    ("冬梅", "F"),
    ("青松", "M"),
    ("彩云", "F"),
    ("立新", "M"),
    ("丽华", "F"),
    ("家乐", "M"),
    ("小满", "F"),
]
COMPOUND = ["欧阳", "上官", "诸葛", "东方", "皇甫", "尉迟", "慕容", "夏侯", "令狐", "澹台", "公孙", "闻人"]
# (full name, short form or None, ethnicity, sex)
MINORITY = [
    ("韦秀兰", None, "壮族", "F"),
    ("覃国强", None, "壮族", "M"),
    ("马福祥", None, "回族", "M"),
    ("马秀英", None, "回族", "F"),
    ("沙玉兰", None, "回族", "F"),
    ("阿西木·热合曼", "阿西木", "维吾尔族", "M"),
    ("古丽娜尔·吐尔逊", "古丽娜尔", "维吾尔族", "F"),
    ("扎西顿珠", None, "藏族", "M"),
    ("拉姆措", None, "藏族", "F"),
    ("乌兰图雅", None, "蒙古族", "F"),
    ("巴特尔", None, "蒙古族", "M"),
    ("阿苏木呷", None, "彝族", "M"),
    ("吉克阿依", None, "彝族", "F"),
    ("罗布次仁", None, "藏族", "M"),
    ("努尔兰·哈斯木", "努尔兰", "哈萨克族", "M"),
    ("李朝勋", None, "朝鲜族", "M"),
]
FOREIGN = [
    ("迈克尔·约翰逊", "美国", "M", "JOHNSON MICHAEL"),
    ("詹妮弗·李", "美国", "F", "LEE JENNIFER"),
    ("陈志明", "马来西亚", "M", "TAN CHEE MING"),
    ("林美玲", "新加坡", "F", "LIM MEI LING"),
    ("阮文南", "越南", "M", "NGUYEN VAN NAM"),
    ("朴智妍", "韩国", "F", "PARK JIYEON"),
    ("大卫·威尔逊", "英国", "M", "WILSON DAVID"),
    ("伊莎贝拉·罗西", "意大利", "F", "ROSSI ISABELLA"),
    ("谢尔盖·彼得罗夫", "俄罗斯", "M", "PETROV SERGEI"),
    ("黄家豪", "加拿大", "M", "WONG KA HO"),
    ("苏菲·马丁", "法国", "F", "MARTIN SOPHIE"),
    ("山本健一", "日本", "M", "YAMAMOTO KENICHI"),
]

KIN = {
    "维吾尔族": (["艾尔肯", "阿里木", "吐尔洪"], ["阿依夏", "古再丽", "努尔古丽"]),
    "哈萨克族": (["叶尔兰", "别克", "达吾列提"], ["阿依古丽", "加娜尔", "古丽巴哈"]),
    "彝族": (["阿合", "木呷", "尔古"], ["阿果", "阿芝", "依莫"]),
    "藏族": (["多吉", "顿珠", "格桑"], ["卓玛", "德吉", "央宗"]),
    "蒙古族": (["巴雅尔", "朝鲁", "额尔德木图"], ["萨日娜", "图雅", "敖登"]),
    "朝鲜族": (["金成勋", "金英哲", "朴志勇", "崔永洙"], ["金贞淑", "朴美兰", "崔顺姬"]),
}


def _kin_name(r, base, male):
    """A relative's name for a minority or foreign person of a naming stock without Han surnames."""
    if base.nationality != "中国":
        ms, fs = (["伊万", "阿明", "尼古拉"], ["安娜", "玛雅", "莉娜"])
        return r.choice(ms if male else fs)
    ms, fs = KIN.get(base.ethnicity, (None, None))
    if ms is None:
        return base.surname + r.choice(GIVEN_M if male else GIVEN_F) + r.choice(["", "", "妹", "生"])
    g = r.choice(ms if male else fs)
    if base.ethnicity in ("维吾尔族", "哈萨克族"):
        father = (base.short or base.name[:2]) if base.male else r.choice(KIN[base.ethnicity][0])
        return g + r.choice(["·", ""]) + father
    return g


class Person:
    def __init__(
        self, name, male, birth, region, ethnicity="汉族", nationality="中国", latin=None, short=None
    ):
        self.name, self.male, self.birth, self.region = name, male, birth, region
        self.ethnicity, self.nationality, self.latin, self.short = ethnicity, nationality, latin, short
        self.gender = "男" if male else "女"
        self.id18 = self.id15 = self.mobile = self.address = self.passport = None
        self.nick = None

    def age(self, on):
        return on.year - self.birth.year - ((on.month, on.day) < (self.birth.month, self.birth.day))

    @property
    def surname(self):
        for c in COMPOUND:
            if self.name.startswith(c):
                return c
        return self.name[0]


# ------------------------------------------------------------------ localities and agencies
class Loc:
    def __init__(self, **kw):
        self.__dict__.update(kw)


def _L(
    key,
    prov,
    city,
    dist,
    short,
    pname,
    court,
    upper_court,
    pa,
    pl,
    area,
    pn,
    regions,
    dom,
    towns,
    roads,
    estates,
    villages,
):
    """``pname`` is the prefix of the county's own agencies (湄潭县 / 天津市蓟州区)."""
    return Loc(
        key=key,
        prov=prov,
        city=city,
        dist=dist,
        short=short,
        pname=pname,
        court=court,
        upper_court=upper_court,
        pa=pa,
        pl=pl,
        area=area,
        pn=pn,
        regions=regions,
        dom=dom,
        towns=towns,
        roads=roads,
        estates=estates,
        villages=villages,
    )


LOCS = [
    _L(
        "ZS",
        "浙江省",
        "舟山市",
        "普陀区",
        "普陀",
        "舟山市普陀区",
        "舟山市普陀区人民法院",
        "舟山市中级人民法院",
        "浙",
        "L",
        "0580",
        7,
        ["330903", "330902", "330921", "330922"],
        "putuo.gov.cn",
        ["沈家门街道", "东港街道", "朱家尖街道", "六横镇", "桃花镇", "展茅街道"],
        ["东河路", "海莲路", "兴港路", "鲁家峙路", "普陀大道", "滨港路"],
        ["海天佳苑", "鲁家峙小区", "东港花园", "沈家门渔港新村", "朱家尖安置小区", "六横海韵家园"],
        ["樟州村", "小郭巨村", "蚂蚁岛村", "莲花洋村"],
    ),
    _L(
        "TS",
        "广东省",
        "江门市",
        "台山市",
        "台山",
        "台山市",
        "台山市人民法院",
        "江门市中级人民法院",
        "粤",
        "J",
        "0750",
        7,
        ["440781", "440703", "440704", "440705"],
        "cnts.gov.cn",
        ["台城街道", "广海镇", "斗山镇", "端芬镇", "汶村镇", "川岛镇"],
        ["环北大道", "台西路", "舜德路", "通济路", "石化路", "桥湖路"],
        ["桥湖花园", "翠湖新村", "石花山小区", "侨城名苑", "通济新居", "环北家园"],
        ["浮石村", "斗山墟村", "海口埠村", "庙边村"],
    ),
    _L(
        "PL",
        "山东省",
        "烟台市",
        "蓬莱区",
        "蓬莱",
        "烟台市蓬莱区",
        "烟台市蓬莱区人民法院",
        "烟台市中级人民法院",
        "鲁",
        "F",
        "0535",
        7,
        ["370614", "370602", "370611", "370612"],
        "penglai.gov.cn",
        ["登州街道", "紫荆山街道", "南王街道", "刘家沟镇", "大辛店镇", "北沟镇"],
        ["钟楼北路", "海港路", "登州路", "南关路", "蓬莱阁路", "北关路"],
        ["蓬达小区", "登州花园", "海港新村", "南关小区", "紫荆山家园", "钟楼西区"],
        ["西王庄村", "马格庄村", "大柳行村", "潮水村"],
    ),
    _L(
        "YL",
        "湖北省",
        "宜昌市",
        "夷陵区",
        "夷陵",
        "宜昌市夷陵区",
        "宜昌市夷陵区人民法院",
        "宜昌市中级人民法院",
        "鄂",
        "E",
        "0717",
        7,
        ["420506", "420502", "420503", "420504"],
        "yiling.gov.cn",
        ["小溪塔街道", "鸦鹊岭镇", "龙泉镇", "三斗坪镇", "太平溪镇", "乐天溪镇"],
        ["夷兴大道", "发展大道", "峡州路", "东湖大道", "平湖大道", "明珠路"],
        ["夷兴小区", "峡州花园", "平湖半岛", "东湖家园", "明珠新村", "小溪塔安置小区"],
        ["许家冲村", "石门村", "落星村", "龙泉铺村"],
    ),
    _L(
        "LP",
        "河北省",
        "承德市",
        "滦平县",
        "滦平",
        "滦平县",
        "滦平县人民法院",
        "承德市中级人民法院",
        "冀",
        "H",
        "0314",
        7,
        ["130824", "130802", "130803", "130821"],
        "luanping.gov.cn",
        ["中兴路街道", "滦平镇", "巴克什营镇", "金沟屯镇", "长山峪镇", "张百湾镇"],
        ["中兴路", "兴洲路", "滦河大街", "金山岭路", "永兴路", "东关街"],
        ["兴洲家园", "滦河新城", "中兴小区", "金山岭安置区", "永兴花园", "东关小区"],
        ["两间房村", "花楼沟村", "周台子村", "古城川村"],
    ),
    _L(
        "EM",
        "四川省",
        "乐山市",
        "峨眉山市",
        "峨眉",
        "峨眉山市",
        "峨眉山市人民法院",
        "乐山市中级人民法院",
        "川",
        "L",
        "0833",
        7,
        ["511181", "511102", "511111", "511112"],
        "emeishan.gov.cn",
        ["绥山镇", "胜利街道", "黄湾镇", "符溪镇", "双福镇", "龙池镇"],
        ["名山路", "佛光路", "报国路", "秀湖路", "大佛禅院路", "峨秀大道"],
        ["秀湖花园", "佛光小区", "名山家园", "峨秀新村", "报国安置小区", "绥山苑"],
        ["张沟村", "高桥村", "七里坪村", "桂花桥村"],
    ),
    _L(
        "DW",
        "宁夏回族自治区",
        "石嘴山市",
        "大武口区",
        "大武口",
        "石嘴山市大武口区",
        "石嘴山市大武口区人民法院",
        "石嘴山市中级人民法院",
        "宁",
        "B",
        "0952",
        7,
        ["640202", "640205", "640221", "640204"],
        "dwk.gov.cn",
        ["长胜街道", "朝阳街道", "人民路街道", "长兴街道", "星海镇", "青山街道"],
        ["朝阳西街", "游艺街", "世纪大道", "胜利东街", "贺兰山路", "北京路"],
        ["星海湖小区", "游艺家园", "世纪花园", "长胜新村", "贺兰山小区", "青山安置区"],
        ["潮湖村", "龙泉村", "新华村", "隆湖村"],
    ),
    _L(
        "HJ",
        "江苏省",
        "扬州市",
        "邗江区",
        "邗江",
        "扬州市邗江区",
        "扬州市邗江区人民法院",
        "扬州市中级人民法院",
        "苏",
        "K",
        "0514",
        8,
        ["321003", "321002", "321012", "321023"],
        "hj.gov.cn",
        ["蒋王街道", "汊河街道", "甘泉街道", "瓜洲镇", "杨庙镇", "方巷镇"],
        ["文昌西路", "邗江中路", "维扬路", "扬子江北路", "真州路", "念四路"],
        ["维扬新村", "瓜洲古渡家园", "甘泉小区", "汊河花园", "蒋王新苑", "方巷安置区"],
        ["沿湖村", "花园村", "槐泗村", "四季园村"],
    ),
]
for _lc, _up, _sc in [
    ("ZS", "浙江", "宁波海事法院"),
    ("TS", "广东", "广州海事法院"),
    ("PL", "山东", "青岛海事法院"),
    ("YL", "湖北", "武汉海事法院"),
    ("LP", "河北", "天津海事法院"),
    ("EM", "四川", "武汉海事法院"),
    ("DW", "宁夏", "天津海事法院"),
    ("HJ", "江苏", "南京海事法院"),
]:
    for _l in LOCS:
        if _l.key == _lc:
            _l.maritime_up, _l.sea_court = _up, _sc

ORIGINS = [
    ("河南省鹿邑县", "411628", "真源街道", "涡北村"),
    ("安徽省寿县", "340422", "寿春镇", "城北村"),
    ("四川省仪陇县", "511324", "新政镇", "复兴村"),
    ("湖南省桑植县", "430822", "澧源镇", "朱家台村"),
    ("江西省鄱阳县", "361128", "鄱阳镇", "莲湖村"),
    ("贵州省织金县", "520524", "双堰街道", "龙场村"),
    ("广西壮族自治区陆川县", "450922", "温泉镇", "九龙村"),
    ("重庆市开州区", "500154", "汉丰街道", "盛山村"),
    ("甘肃省通渭县", "621121", "平襄镇", "孟河村"),
    ("山东省曹县", "371721", "曹城街道", "王堂村"),
    ("云南省会泽县", "530326", "金钟街道", "西屯村"),
    ("湖北省郧西县", "420322", "城关镇", "东坪村"),
]

GROUPS = ["一组", "二组", "三组", "四组", "五组", "六组", "七组", "八组", "九组", "十组", "十一组", "十二组"]

# sector -> (dept suffix, doc-no infix, hotline, mail stem)
SECTORS = {
    "market": ("市场监督管理局", "市监", "12315", "scjgj"),
    "health": ("卫生健康局", "卫健", "12320", "wjj"),
    "medins": ("医疗保障局", "医保", "12393", "ybj"),
    "edu": ("教育局", "教", "12345", "jyj"),
    "culture": ("文化旅游和体育局", "文旅", "12318", "wlj"),
    "labour": ("人力资源和社会保障局", "人社", "12333", "rsj"),
    "transport": ("交通运输局", "交", "12328", "jtj"),
    "emergency": ("应急管理局", "应急", "12350", "yjj"),
    "police": (None, "公", "110", "gaj"),
    "civil": ("民政局", "民", "12345", "mzj"),
    "agri": ("农业农村局", "农", "12316", "nyj"),
    "ethnic": ("民族宗教事务局", "民宗", "12345", "mzzj"),
    "tax": (None, "税", "12366", "sw"),
    "gov": (None, "政", "12345", "zfb"),
    "resources": ("自然资源局", "自然资源", "12336", "zrzyj"),
    "disabled": ("残疾人联合会", "残联", "12385", "cl"),
    # sixth-corpus sectors
    "justice": ("司法局", "司", "12348", "sfj"),
    "tobacco": (None, "烟", "12313", "yc"),
    "radio": (None, "无管", "12381", "wxdgl"),
    "fund": (None, "公积金", "12329", "gjj"),
    "postal": (None, "邮政", "12305", "yzglj"),
    "water": ("水利局", "水", "12314", "slj"),
    "forestry": ("林业局", "林", "12345", "lyj"),
    "stats": ("统计局", "统", "12340", "tjj"),
    # seventh-corpus sectors
    "meteo": ("气象局", "气", "12121", "qxj"),
    "civdef": ("人民防空办公室", "人防", "12345", "rfb"),
    "archives": ("档案局", "档", "12345", "daj"),
    "grain": ("发展和改革局", "粮", "12325", "fgj"),
    "fire": (None, "消", "96119", "xfjy"),
    "maritime": (None, "海事", "12395", "msa"),
    "heritage": ("文物局", "文物", "12345", "wwj"),
    "defense": ("人民政府征兵办公室", "征", "12345", "zbb"),
    "quake": ("地震局", "震", "12322", "dzj"),
    "sports": ("体育局", "体", "12345", "tyj"),
    "overseas": ("人民政府侨务办公室", "侨", "12345", "qb"),
    "veterans": ("退役军人事务局", "退役", "12345", "tyjr"),
    "ip": ("市场监督管理局", "知", "12330", "zscq"),
    "religion": ("民族宗教事务局", "宗", "12345", "mzj"),
}


class Agency:
    pass


def _rng_for(*parts):
    return random.Random("kit7:" + ":".join(parts))


def place(loc):
    """Prefix of the county's own agencies."""
    return loc.pname


def short_place(loc):
    return loc.dist


_AG_CACHE = {}


def agency_for(loc, sector):
    k = (loc.key, sector)
    if k in _AG_CACHE:
        return _AG_CACHE[k]
    r = _rng_for(loc.key, sector)
    suf, infix, hotline, stem = SECTORS[sector]
    a = Agency()
    a.sector, a.infix, a.hotline = sector, infix, hotline
    P = place(loc)
    gov = f"{P}人民政府"
    a.review_body = gov
    a.court = loc.court
    municipal = False
    if sector == "police":
        a.name = f"{loc.city}公安局{loc.dist[:-1]}分局" if loc.dist.endswith("区") else f"{P}公安局"
    elif sector == "tax":
        a.name = f"国家税务总局{P}税务局"
        a.review_body = f"国家税务总局{loc.city}税务局"
    elif sector == "gov":
        a.name = gov
        a.review_body = f"{loc.city}人民政府"
        a.court = loc.upper_court
    elif sector == "tobacco":
        a.name = f"{P}烟草专卖局"
        a.review_body = f"{loc.city}烟草专卖局"
    elif sector == "radio":
        a.name = f"{loc.prov}无线电管理局" + ("" if municipal else f"{loc.city[:-1]}管理处")
        a.review_body = (
            f"{loc.prov}工业和信息化厅"
            if not municipal
            else ("天津市工业和信息化局" if loc.city == "天津市" else "重庆市经济和信息化委员会")
        )
    elif sector == "fund":
        a.name = f"{loc.city}住房公积金管理中心{loc.dist}{'管理部' if r.random() < 0.5 else '分中心'}"
        a.review_body = f"{loc.city}人民政府"
    elif sector == "fire":
        a.name = f"{P}消防救援大队" if not loc.dist.endswith("市") else f"{P}消防救援大队"
        a.review_body = f"{loc.city}消防救援支队"
    elif sector == "maritime":
        a.name = f"中华人民共和国{loc.city[:-1]}海事局"
        a.review_body = f"中华人民共和国{loc.maritime_up}海事局"
        a.court = loc.sea_court
    elif sector == "postal":
        a.name = f"{loc.city}邮政管理局"
        a.review_body = f"{loc.prov}邮政管理局"
    else:
        a.name = P + suf
    a.code = f"{loc.key}-{stem.upper()}"
    a.phone = f"{loc.area}-{digits(r, loc.pn, '2345678')}"
    a.address = f"{P}{r.choice(loc.roads)}{r.randint(1, 399)}号" + r.choice(
        ["", "行政服务中心", "综合办公楼", "B栋", "二楼"]
    )
    a.email = (
        f"{stem}@{loc.dom}"
        if sector not in ("postal", "radio", "tobacco")
        else f"{stem}{loc.key.lower()}@{r.choice(['163.com', '126.com', 'mail.gov.cn'])}"
    )
    a.website = (
        f"http://www.{loc.dom}/" if sector not in ("postal",) else f"https://{loc.key.lower()}.spb.gov.cn/"
    )
    a.fiscal_name = f"{P}财政局非税收入汇缴结算户" if sector not in ("tax",) else f"国家金库{P}支库"
    a.fiscal_bank = r.choice(["中国工商银行", "中国农业银行", "中国建设银行", "中国银行", "农村商业银行"]) + (
        f"{loc.dist[:2]}支行"
    )
    a.fiscal_no = digits(r, r.choice([17, 19, 20, 21, 22]))
    used = set()
    offs = []
    while len(offs) < 10:
        nm = r.choice(SURNAMES) + "".join(r.choice(GIVEN_M + GIVEN_F) for _ in range(r.choice([1, 2, 2])))
        if nm in used or len(nm) < 2:
            continue
        used.add(nm)
        style = r.randint(0, 3)
        if style == 0:
            c = f"{loc.regions[0]}{digits(r, 6, '0123456789')}"
        elif style == 1:
            c = f"{loc.pa}{digits(r, 2, '0123456789')}{digits(r, 6, '0123456789')}"
        elif style == 2:
            c = f"{loc.regions[0][:4]}-{digits(r, 4, '0123456789')}-{digits(r, 3, '0123456789')}"
        else:
            c = f"{loc.pa}执字第{loc.regions[0]}{digits(r, 5, '0123456789')}号"
        offs.append((nm, c))
    a.officers = offs[:9]
    a.chief = (
        offs[9][0],
        r.choice(["局长", "副局长", "主任", "负责人"])
        if sector not in ("gov",)
        else "县长"
        if loc.dist.endswith("县")
        else "区长",
    )
    _AG_CACHE[k] = a
    return a


# ------------------------------------------------------------------ context
class Company:
    pass


class Ctx:
    def __init__(self, seed, sector, loc):
        self.rng = r = random.Random(seed)
        self.loc, self.sector = loc, sector
        self.ag = agency_for(loc, sector)
        self.offs = r.sample(self.ag.officers, 7)
        start = dt.date(2024, 4, 1)
        self.date = start + dt.timedelta(days=r.randint(0, 600))
        self.names = []  # every name created (checked by the builder)
        self.reserved = [o[0] for o in self.ag.officers] + [self.ag.chief[0]]
        self.fields = {}
        self.target_type = self.target_name = self.doc_no = None
        self.declare = r.random() < 0.5
        self.extra_keep = []
        self.seq = r.randint(3, 480)

    # ---- numbering & dates
    def docno(self, kind="罚", year=None, fmt=None):
        r = self.rng
        y = year or self.date.year
        n = self.seq
        ab = self.loc.short + self.ag.infix
        fmt = fmt if fmt is not None else r.randint(0, 3)
        s = [
            f"{ab}{kind}〔{y}〕{n}号",
            f"{ab}{kind}字〔{y}〕第{n}号",
            f"{ab}{kind}〔{y}〕{n:03d}号",
            f"{ab}{kind}决字〔{y}〕{n}号",
        ][fmt]
        return s

    def set_docno(self, kind="罚", fmt=None):
        self.doc_no = self.docno(kind, fmt=fmt)
        return self.doc_no

    def other_docno(self, kind, when=None):
        r = self.rng
        y = (when or self.date).year
        return f"{self.loc.short}{self.ag.infix}{kind}〔{y}〕{r.randint(1, 600)}号"

    def before(self, lo, hi, ref=None):
        return (ref or self.date) - dt.timedelta(days=self.rng.randint(lo, hi))

    def after(self, lo, hi, ref=None):
        return (ref or self.date) + dt.timedelta(days=self.rng.randint(lo, hi))

    # ---- keep pieces
    def A(self):
        return keep("agency", self.ag.name)

    def DN(self, s=None):
        return keep("doc_no", s or self.doc_no)

    def D(self, d, style=None):
        if style is None:
            style = self.rng.choices([0, 1, 3, 4], weights=[12, 3, 1, 1])[0]
        return keep("date", date_str(d, style))

    def M(self, n, style=None):
        r = self.rng
        if style is None:
            style = r.choices(range(5), weights=[6, 3, 2, 2, 1])[0]
        s = [f"{n}元", f"人民币{n}元", f"{n:,}元", f"人民币{upper_money(n)}", f"{n}.00元"][style]
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
        return keep("officer_name", self.offs[i][0])

    def OC(self, i=0):
        return keep("credential_no", self.offs[i][1])

    def officers(self, style=None):
        r = self.rng
        style = r.randint(0, 4) if style is None else style
        a, b, c, d = self.ON(0), self.OC(0), self.ON(1), self.OC(1)
        return [
            F("执法人员{a}、{c}（执法证号：{b}、{d}）", a=a, b=b, c=c, d=d),
            F("{a}（证件号{b}）、{c}（证件号{d}）", a=a, b=b, c=c, d=d),
            F("执法人员{a}（执法证号{b}）与{c}（执法证号{d}）", a=a, b=b, c=c, d=d),
            F("两名执法人员（{a}，{b}；{c}，{d}）", a=a, b=b, c=c, d=d),
            F("执法人员{a}、{c}，执法证件编号分别为{b}、{d}，", a=a, b=b, c=c, d=d),
        ][style]

    # ---- people
    def _ok(self, nm):
        for u in self.names + self.reserved:
            if nm == u or nm in u or u in nm:
                return False
        return (
            nm not in self.ag.name
            and nm not in place(self.loc)
            and nm not in self.loc.prov
            and not any(
                nm in x for x in self.loc.towns + self.loc.roads + self.loc.estates + self.loc.villages
            )
        )

    def person(self, kind=None, age=(22, 64), male=None, local=True, region=None):
        r = self.rng
        if kind is None:
            kind = r.choices(
                ["han", "han3", "word", "compound", "minority", "single", "rare"],
                weights=[
                    30,
                    26,
                    7,
                    4,
                    9 if self.loc.key in ("MT", "XS", "JY", "LK") else 5,
                    10,
                    6,
                ],
            )[0]
        for _ in range(200):
            m = r.random() < 0.5 if male is None else male
            eth, short, nat, latin = "汉族", None, "中国", None
            if kind == "word":
                nm, g = r.choice([w for w in WORD_NAMES if male is None or (w[1] == "M") == male])
                m = g == "M"
            elif kind == "compound":
                nm = r.choice(COMPOUND) + "".join(
                    r.choice(GIVEN_M if m else GIVEN_F) for _ in range(r.choice([1, 2]))
                )
            elif kind == "minority":
                nm, short, eth, g = r.choice([w for w in MINORITY if male is None or (w[3] == "M") == male])
                m = g == "M"
            elif kind == "foreign":
                nm, nat, g, latin = r.choice([w for w in FOREIGN if male is None or (w[2] == "M") == male])
                m = g == "M"
            elif kind == "rare":
                nm = r.choice(RARE_SURNAMES) + "".join(
                    r.choice(GIVEN_M if m else GIVEN_F) for _ in range(r.choice([1, 2]))
                )
            elif kind == "single":
                nm = r.choice(SURNAMES) + r.choice(GIVEN_M if m else GIVEN_F)
            else:
                nm = r.choice(SURNAMES) + "".join(r.choice(GIVEN_M if m else GIVEN_F) for _ in range(2))
                if nm[1] == nm[2] and r.random() < 0.7:
                    continue
            if self._ok(nm) and (short is None or self._ok(short)):
                break
        age_y = r.randint(*age)
        birth = dt.date(self.date.year - age_y, r.randint(1, 12), r.randint(1, 28))
        if region is None:
            region = r.choice(self.loc.regions) if local or kind == "minority" else r.choice(ORIGINS)[1]
        p = Person(nm, m, birth, region, eth, nat, latin, short)
        self.names.append(nm)
        if short:
            self.names.append(short)
        if kind == "foreign":
            p.passport = r.choice("EGPKM") + digits(r, 8, "0123456789")
        else:
            p.id18 = make_id18(r, region, birth, m)
            if birth.year < 1970 and r.random() < 0.3:
                p.id15 = make_id15(r, region, birth, m)
        p.mobile = r.choice(MOBILE_PRE) + digits(r, 8, "0123456789")
        p.address = self.home_address(local=local, region=region)
        return p

    def child(self, parent, age=(4, 16), male=None):
        r = self.rng
        for _ in range(200):
            m = r.random() < 0.5 if male is None else male
            nm = parent.surname + "".join(
                r.choice(GIVEN_M if m else GIVEN_F) for _ in range(r.choice([1, 2, 2]))
            )
            if parent.ethnicity != "汉族" or parent.nationality != "中国":
                nm = _kin_name(r, parent, m)
            if self._ok(nm):
                break
        a = r.randint(*age)
        birth = dt.date(self.date.year - a, r.randint(1, 12), r.randint(1, 28))
        p = Person(nm, m, birth, parent.region)
        p.id18 = make_id18(r, parent.region, birth, m)
        p.address = parent.address
        self.names.append(nm)
        return p

    def relative(self, base, male, age):
        """An adult relative sharing ``base``'s surname (father, cousin, uncle)."""
        r = self.rng
        for _ in range(200):
            nm = base.surname + "".join(
                r.choice(GIVEN_M if male else GIVEN_F) for _ in range(r.choice([1, 2, 2]))
            )
            if base.ethnicity != "汉族" or base.nationality != "中国":
                nm = _kin_name(r, base, male)
            if self._ok(nm):
                break
        a = max(18, min(r.randint(*age), 99))
        birth = dt.date(self.date.year - a, r.randint(1, 12), r.randint(1, 28))
        p = Person(nm, male, birth, base.region)
        p.id18 = make_id18(r, base.region, birth, male)
        p.mobile = r.choice(MOBILE_PRE) + digits(r, 8, "0123456789")
        p.address = base.address
        self.names.append(nm)
        return p

    def nickname(self, p, style=None):
        """老张 / 小李 / 张姐 -- a short form for a Han name, registered as a name."""
        s = p.surname
        for cand in (
            [("老" + s), ("小" + s), (s + "姐" if not p.male else s + "哥")]
            if style is None
            else [style.format(s=s)]
        ):
            if self._ok(cand):
                self.names.append(cand)
                p.nick = cand
                return cand
        return None

    def home_address(self, local=True, region=None):
        r = self.rng
        L = self.loc
        if local:
            st = r.randint(0, 4)
            if st <= 1:
                return (
                    (f"{L.city}{L.dist}" if st == 0 else "")
                    + f"{r.choice(L.towns)}{r.choice(L.estates)}{r.randint(1, 32)}栋{r.randint(1, 4)}单元{r.randint(1, 28)}0{r.randint(1, 4)}室"
                )
            if st == 2:
                return f"{L.dist or L.city}{r.choice(L.estates)}{r.randint(1, 20)}-{r.randint(1, 4)}-{r.randint(1, 26)}0{r.randint(1, 4)}"
            if st == 3:
                return f"{L.dist or L.city}{r.choice(L.towns)}{r.choice(L.villages)}{r.choice(GROUPS)}"
            return f"{L.city}{L.dist}{r.choice(L.roads)}{r.randint(1, 300)}号{r.randint(1, 9)}楼{r.randint(1, 6)}号"
        o = (
            r.choice(ORIGINS)
            if region is None
            else next((x for x in ORIGINS if x[1] == region), r.choice(ORIGINS))
        )
        return (
            f"{o[0]}{o[2]}{o[3]}{r.choice(GROUPS)}{r.randint(1, 60)}号"
            if r.random() < 0.6
            else f"{o[0]}{o[2]}{o[3]}{r.choice(GROUPS)}"
        )

    def rural_addr(self):
        L, r = self.loc, self.rng
        return f"{r.choice(L.villages)}{r.choice(GROUPS)}"

    # ---- go pieces for persons
    def N(self, p, label="name"):
        return go(label, p.name)

    def S(self, p, label="name"):
        return go(label, p.short or p.name)

    def NK(self, p, label="name"):
        return go(label, p.nick or p.name)

    def ID(self, p, style=None, old=False):
        if old and p.id15:
            return go("id_number", fmt_id(self.rng, p.id15, style))
        return go("id_number", fmt_id(self.rng, p.id18, style))

    def PH(self, p, style=None):
        return go("phone", fmt_mobile(self.rng, p.mobile, style))

    def AD(self, p):
        return go("address", p.address)

    def BD(self, p, style=None):
        style = self.rng.choice([0, 1, 3, 4]) if style is None else style
        return go("birth_date", date_str(p.birth, style))

    def landline(self, ext=None):
        r, L = self.rng, self.loc
        n = L.pn
        d = digits(r, n, "2345678")
        st = r.randint(0, 4)
        s = [
            f"{L.area}-{d}",
            f"({L.area}){d}",
            f"{L.area} {d[:4]} {d[4:]}",
            f"{L.area}{d}",
            f"（{L.area}）{d[:4]}-{d[4:]}",
        ][st]
        if ext or (ext is None and r.random() < 0.4):
            s += r.choice(["转", "-", " 转分机"]) + str(r.randint(801, 8899))
        return go("landline", s)

    def wechat(self, p=None):
        r = self.rng
        st = r.randint(0, 3)
        if st == 0:
            return go(
                "social_id",
                "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(14)),
            )
        if st == 1:
            base = r.choice(["xiaoyu", "tianmi", "lucky", "sunny", "dage", "ahua", "mumu", "feige", "xixi"])
            return go("social_id", f"{base}{r.choice(['_', '', '-'])}{r.randint(66, 2008)}")
        return go("social_id", digits(r, r.randint(8, 11)))

    def email(self):
        r = self.rng
        user = (
            r.choice(["chen", "liu", "yang", "zhou", "hu", "sun", "tang", "xiao", "deng", "peng"])
            + r.choice(["xy", "jm", "ying", "lin", "hao", "jie", "fang"])
            + str(r.randint(1, 999))
        )
        return go(
            "email",
            f"{user}@{r.choice(['163.com', 'qq.com', '126.com', 'sina.com', 'foxmail.com', 'hotmail.com'])}",
        )

    def plate(self, style=None, foreign=False):
        L = self.loc
        if foreign:
            return go(
                "plate",
                plate(
                    self.rng,
                    self.rng.choice(["湘", "鄂", "赣", "豫", "川", "粤"]),
                    self.rng.choice("ABCDEF"),
                    style,
                ),
            )
        return go("plate", plate(self.rng, L.pa, L.pl, style))

    # ---- companies
    def company(self, industry, suffix="有限公司", region=None, kind="91", rep_kind=None):
        r = self.rng
        L = self.loc
        words = [
            "海晟",
            "舜禾",
            "鼎泰",
            "卓越",
            "远航",
            "鸿运",
            "百川",
            "锦程",
            "安澜",
            "润泽",
            "启明",
            "恒达",
            "裕丰",
            "聚力",
            "天成",
            "泓源",
            "君和",
            "凯旋",
            "蓝湾",
            "青禾",
        ]
        for _ in range(100):
            pre = r.choice([L.city[:-1], L.short, L.short, ""])
            nm = f"{pre}{r.choice(words)}{industry}{suffix}"
            if pre == "":
                nm = f"{L.city[:-1]}市{nm}" if r.random() < 0.3 else nm
            if self._ok(nm):
                break
        c = Company()
        c.name = nm
        c.code = make_uscc(r, region or r.choice(L.regions), kind)
        c.rep = self.person(rep_kind)
        c.addr = f"{place(L)}{r.choice(L.roads)}{r.randint(1, 500)}号" + r.choice(
            ["", f"{r.randint(1, 20)}层", f"{r.randint(1, 9)}栋{r.randint(101, 1808)}室", "附近门面"]
        )
        self.names.append(nm)
        return c

    def CO(self, c):
        return keep("company", c.name)

    def REP(self, c):
        return keep("legal_rep", c.rep.name)

    def CC(self, c):
        return keep("credit_code", c.code)

    def as_target_company(self, c):
        self.target_type, self.target_name = "legal_person", c.name
        self.fields.update(credit_code=c.code, legal_representative=c.rep.name)

    def as_target_person(self, p):
        self.target_type, self.target_name = "natural_person", p.name
        self.fields.update(id_number=p.id18, phone=p.mobile, address=p.address)

    def as_target_shop(self, shop, op, code):
        self.target_type, self.target_name = "individual_business", shop
        self.fields.update(id_number=op.id18, phone=op.mobile, address=op.address, credit_code=code)

    # ---- shared blocks (each structure also writes its own text)
    def header(self, title):
        return F("{a}\n{t}\n{n}\n\n", a=self.A(), t=title, n=self.DN())

    def rights(self, style=None, days=60, months=6):
        r = self.rng
        style = r.randint(0, 3) if style is None else style
        if style == 0:
            return F(
                "当事人如不服本决定，可在收到本决定书之日起六十日内向{rb}申请行政复议，或者在六个月内依法向{ct}提起行政诉讼。\n",
                rb=self.RB(),
                ct=self.CT(),
            )
        if style == 1:
            return F(
                "如对本决定不服，可以自知道该行为之日起60日内向{rb}申请复议；也可以自收到本决定书之日起6个月内直接向{ct}起诉。复议和诉讼期间，本决定不停止执行，法律另有规定的除外。\n",
                rb=self.RB(),
                ct=self.CT(),
            )
        if style == 2:
            return F(
                "申请人对本决定有异议的，可以在知道之日起六十日内向{rb}提出复议申请，或者在六个月内向{ct}提起诉讼。\n",
                rb=self.RB(),
                ct=self.CT(),
            )
        return F(
            "救济途径：{rb}（行政复议，60日内）；{ct}（行政诉讼，6个月内）。\n", rb=self.RB(), ct=self.CT()
        )

    def pay(self, style=None):
        r = self.rng
        style = r.randint(0, 2) if style is None else style
        fn, no = keep("fiscal_account", self.ag.fiscal_name), keep("fiscal_account", self.ag.fiscal_no)
        if style == 0:
            return F(
                "请于本决定书送达之日起十五日内缴至{fn}（开户行："
                + self.ag.fiscal_bank
                + "，账号：{no}），到期不缴纳的，每日按罚款数额的百分之三加处罚款。\n",
                fn=fn,
                no=no,
            )
        if style == 1:
            return F(
                "罚款应当自收到本决定书之日起15日内通过“非税支付”平台或到"
                + self.ag.fiscal_bank
                + "缴纳，收款单位{fn}，账号{no}。逾期不缴纳的，本机关可以每日按罚款数额的3%加处罚款。\n",
                fn=fn,
                no=no,
            )
        return F(
            "缴款账户：{fn}\n账号：{no}\n开户银行："
            + self.ag.fiscal_bank
            + "\n缴款期限：收到本决定书之日起十五日内\n",
            fn=fn,
            no=no,
        )

    def sign(self, contact=None, chief=None):
        r = self.rng
        contact = r.random() < 0.65 if contact is None else contact
        chief = r.random() < 0.25 if chief is None else chief
        out = ["\n"]
        if chief:
            out += F(self.ag.chief[1] + "：{c}\n", c=keep("officer_name", self.ag.chief[0]))
        out += F("{a}\n", a=self.A())
        if r.random() < 0.4:
            out.append("（盖章）\n")
        out += F("{d}\n", d=self.D(self.date, r.choice([0, 0, 2, 1])))
        if contact:
            st = r.randint(0, 3)
            if st == 0:
                out += F(
                    "\n本机关地址：{ad}　邮编：" + digits(r, 6, "1234567") + "　电话：{ph}\n",
                    ad=self.AC("address"),
                    ph=self.AC("phone"),
                )
            elif st == 1:
                out += F(
                    "\n（联系人：{o}，联系电话：{ph}，电子邮箱：{em}）\n",
                    o=self.ON(2),
                    ph=self.AC("phone"),
                    em=self.AC("email"),
                )
            elif st == 2:
                out += F("\n监督电话：{h}　机关网站：{w}\n", h=self.AC("hotline"), w=self.AC("website"))
            else:
                out += F(
                    "\n联系地址：{ad}\n联系电话：{ph}　传真：{ph2}\n",
                    ad=self.AC("address"),
                    ph=self.AC("phone"),
                    ph2=self.AC("phone"),
                )
        return out

    def override_agency(self, name, code, review_body=None, court=None):
        """Issue this document under another body (e.g. 劳动能力鉴定委员会) sharing the contacts."""
        import copy

        a = copy.copy(self.ag)
        a.name, a.code = name, code
        if review_body:
            a.review_body = review_body
        if court:
            a.court = court
        self.ag = a

    def procedure(self, notice="罚告", hearing=True, start=None):
        """A varied 办案程序 paragraph (立案、调查、告知、陈述申辩、审核); dates after ``start``."""
        r = self.rng
        start = start or self.before(70, 110)
        span = max((self.date - start).days, 12)
        d1 = start + dt.timedelta(days=r.randint(0, max(1, span // 8)))
        d2 = start + dt.timedelta(days=span * 5 // 10)
        d3 = start + dt.timedelta(days=span * 7 // 10)
        out = []
        st = r.randint(0, 2)
        if st == 0:
            out += F("本案于{d1}经本机关负责人批准立案，{d2}调查终结。", d1=self.D(d1), d2=self.D(d2))
        elif st == 1:
            out += F(
                "{d1}，本机关依法立案；因案情复杂，经负责人批准，办案期限延长三十日，于{d2}调查终结。",
                d1=self.D(d1),
                d2=self.D(d2),
            )
        else:
            out += F("本案立案时间为{d1}，承办人员于{d2}提交调查终结报告。", d1=self.D(d1), d2=self.D(d2))
        tell = F(
            "{d3}，本机关向当事人送达了{no}《行政处罚事先告知书》，告知拟作出行政处罚的事实、理由、依据及处罚内容，并告知其依法享有陈述、申辩"
            + ("和要求听证" if hearing else "")
            + "的权利。",
            d3=self.D(d3),
            no=self.DN(self.other_docno(notice)),
        )
        out += tell
        st = r.randint(0, 3)
        if st == 0:
            out.append("当事人在法定期限内未提出陈述、申辩意见，也未要求举行听证。")
        elif st == 1:
            out.append(
                "当事人提交了书面陈述申辩材料，主要理由为经营困难、主观无故意。经复核，上述理由不属于法定从轻或减轻情形，不予采纳。"
            )
        elif st == 2:
            out.append("当事人当场表示放弃陈述、申辩" + ("和听证" if hearing else "") + "的权利。")
        else:
            out.append(
                "当事人在规定期限内进行了口头陈述，本机关制作了陈述申辩笔录，经复核，维持原拟处罚意见。"
            )
        if r.random() < 0.6:
            out += F(
                "本案经法制审核（审核人员：{o}），并于{d4}经本机关"
                + r.choice(["案件审理委员会", "负责人集体讨论", "重大执法决定法制审核会议"])
                + "研究决定。",
                o=self.ON(2),
                d4=self.D(start + dt.timedelta(days=span * 9 // 10)),
            )
        out.append("\n\n")
        return out

    def evidence(self, items):
        r = self.rng
        base = [
            "现场检查笔录及现场照片",
            "询问笔录",
            "当事人主体资格证明材料",
            "证据先行登记保存通知书",
            "调取的书证材料",
            "视听资料",
            "送达回证",
        ]
        items = list(items) + r.sample(base, r.randint(2, 4))
        out = [
            r.choice(
                ["上述事实，有下列证据证明：\n", "以上事实有以下证据证实：\n", "认定上述事实的主要证据有：\n"]
            )
        ]
        num = r.randint(0, 2)
        for i, it in enumerate(items, 1):
            out += [[f"{i}．", f"（{'一二三四五六七八九十'[i - 1] if i <= 10 else i}）", f"{i}. "][num]]
            _flat(it, out)
            out.append("；\n" if i < len(items) else "。\n\n")
        return out

    def discretion(self):
        r = self.rng
        opts = [
            "综合考虑当事人违法行为的事实、性质、情节、社会危害程度以及配合调查的态度，本机关依照裁量基准，对当事人在法定幅度内从轻处罚。",
            "经综合裁量，当事人不具有从轻、减轻或者从重处罚的情形，本机关按照裁量基准的一般情形予以处罚。",
            F(
                "鉴于当事人案发后主动消除违法行为危害后果，依照{l}，依法从轻处罚。",
                l=self.L("《中华人民共和国行政处罚法》第三十二条第（一）项"),
            ),
            "考虑到当事人系初次违法、违法持续时间较短，本机关在裁量基准规定的较轻档次内确定罚款数额。",
        ]
        return [r.choice(opts), "\n\n"]

    def school_class(self, kid):
        """A school and class consistent with the child's age."""
        r = self.rng
        a = kid.age(self.date)
        pre = self.loc.pname
        if a <= 5:
            return pre + r.choice(["机关幼儿园", "蓝天幼儿园", "第一幼儿园"]), r.choice(
                ["小班", "中班", "大班"]
            ) + r.choice(["（1）班", "二班", "3班"])
        if a <= 12:
            g = "一二三四五六"[min(max(a - 6, 1), 6) - 1]
            return pre + r.choice(
                ["实验小学", "第二小学", "博才小学", "育英学校", "东方红小学", "师范附属小学"]
            ), g + "年级" + r.choice(["（2）班", "三班", "5班", "（1）班"])
        if a <= 15:
            g = "一二三"[min(a - 13, 2)]
            return pre + r.choice(["第一中学", "外国语学校", "师大附中", "第十二中学", "育才中学"]), r.choice(
                ["初" + g, "七八九"[min(a - 13, 2)] + "年级"]
            ) + r.choice(["（3）班", "（7）班", "12班", "一班"])
        return pre + r.choice(["第一中学", "第二高级中学", "职业中专"]), "高" + "一二三"[
            min(a - 16, 2) if a >= 16 else 0
        ] + r.choice(["（5）班", "（9）班", "3班"])

    def keep_values(self):
        a = self.ag
        return [a.phone, a.address, a.email, a.hotline, a.website, a.court, a.review_body] + self.extra_keep

    # ---- third-corpus additions: staff roles, personal cards and certificates
    def role(self, i, role, cred=None, style=None):
        """An agency staff member in a named role (keep), with or without a credential number."""
        r = self.rng
        cred = r.random() < 0.5 if cred is None else cred
        n, c = self.ON(i), self.OC(i)
        if not cred:
            st = r.randint(0, 2) if style is None else style
            return [F("{r}：{n}", r=role, n=n), F("{r}{n}", r=role, n=n), F("{r}为{n}", r=role, n=n)][st]
        st = r.randint(0, 3) if style is None else style
        return [
            F("{r}：{n}（执法证号：{c}）", r=role, n=n, c=c),
            F("{r}{n}，执法证号{c}", r=role, n=n, c=c),
            F("{r}：{n}　证号{c}", r=role, n=n, c=c),
            F("{r}{n}（{c}）", r=role, n=n, c=c),
        ][st]

    def hospital(self, kind=None):
        r, L = self.rng, self.loc
        for _ in range(50):
            nm = r.choice(
                [
                    f"{L.city}第{cn_small(r.randint(1, 6))}人民医院",
                    f"{L.city}中心医院",
                    f"{L.prov[:-1] if L.prov.endswith('省') else L.prov[:2]}省人民医院"
                    if L.prov.endswith("省")
                    else f"{L.city}人民医院",
                    f"{L.dist}人民医院",
                    f"{L.city}妇幼保健院",
                    f"{L.city}中医医院",
                    f"{L.dist}{r.choice(L.towns)}卫生院",
                ]
                if kind is None
                else [kind]
            )
            if nm not in self.names:
                break
        self.names.append(nm)
        return keep("company", nm)

    def ss_cardno(self, style=None):
        """社会保障卡卡号 (card identification code: letter + 8 digits)."""
        r = self.rng
        s = r.choice("ABCDEFGHJKLMN") + digits(r, 8, "0123456789")
        st = r.randint(0, 4) if style is None else style
        return go(
            "ss_card", [s, f"{s[0]} {s[1:5]} {s[5:]}", fw(s), s[0].lower() + s[1:], f"{s[0]}-{s[1:]}"][st]
        )

    def ss_account(self, grouped=None):
        """社会保障卡金融账号 (19 digits)."""
        r = self.rng
        s = r.choice(["6231", "6217", "6214", "6228"]) + digits(r, 15, "0123456789")
        grouped = r.random() < 0.5 if grouped is None else grouped
        return go("ss_card", " ".join(s[i : i + 4] for i in range(0, 19, 4)) if grouped else s)

    def ss_personal(self, p=None, style=None):
        """个人社保编号 / 参保人员编号 / 个人编号."""
        r = self.rng
        reg = p.region if p else r.choice(self.loc.regions)
        st = r.randint(0, 5) if style is None else style
        if st == 0:
            s = "10" + digits(r, 8, "0123456789")
        elif st == 1:
            s = reg + digits(r, 8, "0123456789")
        elif st == 2:
            s = f"{reg}-{digits(r, 8, '0123456789')}"
        elif st == 3:
            s = "GR" + digits(r, 10, "0123456789")
        elif st == 4:
            s = fw("10" + digits(r, 8, "0123456789"))
        else:
            s = (
                digits(r, 4, "123456789")
                + " "
                + digits(r, 4, "0123456789")
                + " "
                + digits(r, 4, "0123456789")
            )
        return go("ss_card", s)

    def med_code(self, p=None, style=None):
        """医保个人编码 / 医保卡号 (national platform code or local card number)."""
        r = self.rng
        reg = p.region if p else r.choice(self.loc.regions)
        st = r.randint(0, 5) if style is None else style
        if st == 0:
            s = reg[:2] + "0000" + digits(r, 14, "0123456789")
        elif st == 1:
            s = reg[:2] + "0000" + digits(r, 14, "0123456789")
            s = " ".join(s[i : i + 4] for i in range(0, 20, 4))
        elif st == 2:
            s = "YB" + reg[:4] + digits(r, 8, "0123456789")
        elif st == 3:
            s = reg + "-" + digits(r, 6, "0123456789") + "-" + digits(r, 2, "0123456789")
        elif st == 4:
            s = fw(reg[:2] + digits(r, 10, "0123456789"))
        else:
            s = r.choice("ABCDEFGHJK") + digits(r, 10, "0123456789") + r.choice("0123456789X")
        return go("ss_card", s)

    def disab_cert(self, p, cat=None, grade=None, style=None):
        """残疾人证号 = ID number + category + grade (labelled id_number)."""
        r = self.rng
        cat = cat or r.randint(1, 7)
        grade = grade or r.randint(1, 4)
        s = p.id18 + f"{cat}{grade}"
        st = r.randint(0, 3) if style is None else style
        return go("id_number", [s, f"{p.id18} {cat}{grade}", f"{p.id18}-{cat}{grade}", fw(s)][st])

    def elder_card(self, p, style=None):
        """老年人优待证 number (labelled id_number)."""
        r = self.rng
        st = r.randint(0, 2) if style is None else style
        y = r.randint(2012, self.date.year)
        return go(
            "id_number",
            [
                f"{p.region}{y}{digits(r, 6, '0123456789')}",
                f"LN{p.region[:4]}{digits(r, 7, '0123456789')}",
                f"{y}-{digits(r, 6, '0123456789')}",
            ][st],
        )

    def veteran_card(self, p, style=None):
        """退役军人优待证 / 退役军人证 number (labelled id_number)."""
        r = self.rng
        st = r.randint(0, 2) if style is None else style
        return go(
            "id_number",
            [
                f"{p.region}{digits(r, 10, '0123456789')}",
                f"TY{p.region}{digits(r, 7, '0123456789')}",
                f"{p.region[:2]} {digits(r, 4, '0123456789')} {digits(r, 4, '0123456789')} {digits(r, 4, '0123456789')}",
            ][st],
        )

    def residence_permit(self, p, style=None):
        """居住证号 (labelled id_number); some cities number it apart from the ID."""
        r = self.rng
        st = r.randint(0, 3) if style is None else style
        reg = self.loc.regions[0]
        y = r.randint(2019, self.date.year)
        return go(
            "id_number",
            [
                f"{reg}{y}{digits(r, 6, '0123456789')}",
                f"{reg}-{y}-{digits(r, 6, '0123456789')}",
                p.id18,
                f"JZ{reg}{digits(r, 8, '0123456789')}",
            ][st],
        )

    def driver_file(self, style=None):
        """驾驶证档案编号 (12 digits)."""
        r = self.rng
        s = self.loc.regions[0][:4] + digits(r, 8, "0123456789")
        st = r.randint(0, 2) if style is None else style
        return go("driver_license", [s, f"{s[:4]} {s[4:8]} {s[8:]}", fw(s)][st])

    def qual_cert(self, p, style=None):
        """道路运输从业资格证号 of a private driver (labelled id_number; often the ID number)."""
        r = self.rng
        st = r.randint(0, 2) if style is None else style
        if st == 0:
            return go("id_number", p.id18)
        if st == 1:
            return go("id_number", self.loc.regions[0] + digits(r, 13, "0123456789"))
        return go("id_number", fw(p.id18))

    def qq(self):
        return go("social_id", digits(self.rng, self.rng.randint(8, 10)))

    def platform_id(self, kind=None):
        r = self.rng
        st = r.randint(0, 3) if kind is None else kind
        if st == 0:
            return go("social_id", "dy" + digits(r, 9, "0123456789"))
        if st == 1:
            return go(
                "social_id",
                r.choice(["tb", "xy", "ks"])
                + "_"
                + "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(5))
                + str(r.randint(10, 999)),
            )
        if st == 2:
            return go(
                "social_id",
                "wxid_" + "".join(r.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12)),
            )
        return go(
            "social_id",
            r.choice(["Sunny", "momo", "Aqiang", "Lily", "xiaoge", "Yuki"])
            + r.choice(["_", ".", ""])
            + str(r.randint(1980, 2012)),
        )


def fw(s):
    """Full-width form of ASCII letters, digits, dash and space."""
    out = []
    for ch in s:
        if ch == " ":
            out.append("\u3000")
        elif "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


STAFF_ROLES = [
    "执法人员",
    "法制审核人员",
    "案件审核委员会委员",
    "听证主持人",
    "书记员",
    "送达人",
    "卫生监督员",
    "检查组组长",
    "记录人",
    "承办人",
    "科室负责人",
    "稽核人员",
    "调查人员",
]


# ------------------------------------------------------------------ registry
REGISTRY = []


def structure(sid, category, sector, part, n=None, locs=None):
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


def pick(rng, *xs):
    return rng.choice(xs)


# ------------------------------------------------------------------ fourth-corpus additions
def _social(self, kind=None):
    """(cue word, go social_id piece) for a private account on a platform."""
    r = self.rng
    low = "abcdefghjkmnpqrstuvwxyz"
    kinds = ["wx", "qq", "dy", "ks", "zfb", "tb", "xhs", "wb", "dd", "dynick"]
    k = kind or r.choice(kinds)
    if k == "wx":
        v = r.choice(
            [
                "wxid_" + "".join(r.choice(low + "0123456789") for _ in range(12)),
                r.choice(["liang", "yuer", "ahui", "kaixin", "dong"])
                + r.choice(["_", "-", ""])
                + str(r.randint(1970, 2015)),
                digits(r, 11, "1"),
            ]
        )
        return r.choice(["微信号", "微信", "微信账号"]), go("social_id", v)
    if k == "qq":
        return r.choice(["QQ号", "QQ", "ＱＱ号码"]), go("social_id", digits(r, r.randint(6, 11)))
    if k == "dy":
        return r.choice(["抖音号", "抖音账号"]), go(
            "social_id",
            r.choice(["dy", "DY", ""]) + digits(r, r.randint(9, 11), "0123456789")
            if r.random() < 0.6
            else "".join(r.choice(low) for _ in range(6)) + "_" + str(r.randint(10, 999)),
        )
    if k == "ks":
        return r.choice(["快手号", "快手ID"]), go(
            "social_id", r.choice(["KS", "ks", ""]) + digits(r, r.randint(8, 10))
        )
    if k == "zfb":
        return r.choice(["支付宝账号", "支付宝"]), go(
            "social_id",
            r.choice(
                [
                    "".join(r.choice(low) for _ in range(r.randint(5, 9)))
                    + str(r.randint(1, 99))
                    + "@"
                    + r.choice(["163.com", "sohu.com", "aliyun.com"]),
                    r.choice(MOBILE_PRE) + "****" + digits(r, 4, "0123456789"),
                ]
            ),
        )
    if k == "tb":
        return r.choice(["淘宝店铺账号", "淘宝会员名", "店铺账号"]), go(
            "social_id",
            "tb" + digits(r, 9, "0123456789")
            if r.random() < 0.5
            else "".join(r.choice(low) for _ in range(5)) + r.choice(["shop", "_store", "88"]),
        )
    if k == "xhs":
        return r.choice(["小红书号", "小红书账号"]), go(
            "social_id",
            digits(r, r.randint(9, 10))
            if r.random() < 0.6
            else "xhs" + "".join(r.choice(low + "0123456789") for _ in range(8)),
        )
    if k == "wb":
        return r.choice(["微博账号", "微博UID", "新浪微博"]), go(
            "social_id",
            digits(r, 10, "1234567")
            if r.random() < 0.6
            else "@"
            + r.choice(["晚风", "山野", "小满", "橘子", "阿木"])
            + r.choice(["不吃香菜", "日记", "的小屋", "2019"]),
        )
    if k == "dd":
        return r.choice(["钉钉号", "钉钉账号"]), go(
            "social_id", r.choice(["dd", ""]) + "".join(r.choice(low + "0123456789") for _ in range(10))
        )
    return r.choice(["抖音昵称", "直播间昵称", "快手昵称"]), go(
        "social_id",
        r.choice(["雪域", "草原", "阿果", "茶山", "老铁"])
        + r.choice(["好物分享", "的厨房", "严选", "酱", "在路上"])
        + str(r.randint(1, 99)),
    )


def _passport(self, p=None, cn=False):
    r = self.rng
    if cn:
        v = r.choice(["E", "EA", "EB", "G"])
        v = v + digits(r, 9 - len(v), "0123456789")
    else:
        v = r.choice(
            [
                r.choice("CFGHK") + "".join(r.choice("0123456789CFGHJKLMNPRTVWXYZ") for _ in range(8)),
                "M" + digits(r, 8, "0123456789"),
                r.choice(["B", "C", "N"]) + digits(r, 7, "0123456789"),
                digits(r, 9, "123456789"),
                "P" + r.choice(["A", "B", "C"]) + digits(r, 7, "0123456789"),
            ]
        )
    if p is not None:
        p.passport = v
    return go("passport", v)


def _corp_account(self):
    r = self.rng
    n = r.choice([13, 15, 17, 19, 20, 21, 22])
    s = digits(r, n)
    st = r.randint(0, 3)
    if st == 1:
        s = " ".join(s[i : i + 4] for i in range(0, n, 4))
    elif st == 2:
        s = f"{s[:2]}-{s[2:8]}-{s[8:]}"
    elif st == 3:
        s = fw(s)
    return go("bank_account", s)


def _bank(self, grouped=None):
    return go("bank_account", bank_card(self.rng, grouped))


def _id_x(self, p, style=None):
    """ID number in an extra form: letter prefix, trailing digits, inside a certificate number."""
    r = self.rng
    st = r.randint(0, 4) if style is None else style
    if st == 0:
        return go("id_number", "T" + p.id18)
    if st == 1:
        return go("id_number", p.id18 + r.choice(["01", "02", "-1", "11"]))
    if st == 2:
        return go("id_number", "CN" + p.id18)
    if st == 3:
        return go("id_number", p.id18[:6] + " " + p.id18[6:])
    return go("id_number", p.id18 + "（已核验）"[:0] + "00")


def _licence(self, kind="JY"):
    """A public licence / permit / invoice number (keep, labelled doc_no)."""
    r = self.rng
    reg = self.loc.regions[0]
    if kind == "JY":
        return keep("doc_no", "JY" + r.choice("123") + reg + digits(r, 7, "0123456789"))
    if kind == "invoice":
        return keep("doc_no", str(self.date.year)[2:] + reg[:2] + digits(r, 16, "0123456789"))
    if kind == "case":
        return keep("doc_no", f"{self.loc.short}{self.ag.infix}立〔{self.date.year}〕{r.randint(10, 999)}号")
    if kind == "road":
        return keep("doc_no", f"{self.loc.pa}交运管许可{self.loc.pl}字{reg}{digits(r, 6, '0123456789')}号")
    if kind == "health":
        return keep(
            "doc_no",
            f"{self.loc.short}卫公证字〔{self.date.year - r.randint(1, 3)}〕第{reg}{digits(r, 6, '0123456789')}号",
        )
    if kind == "vet":
        return keep("doc_no", f"（{self.loc.pa}）动诊证字第{digits(r, 6, '0123456789')}号")
    return keep("doc_no", kind + digits(r, 10, "0123456789"))


def _police_no(self, i):
    """Officer with a six-digit 警号 (keep)."""
    return self.ON(i), keep("credential_no", self.offs[i][1])


def _nick2(self, p, styles):
    for st in styles:
        cand = st.format(s=p.surname, g=p.name[-1])
        if self._ok(cand):
            self.names.append(cand)
            p.nick = cand
            return cand
    return None


def _landline_only(self):
    return self.landline(ext=False)


Ctx.social = _social
Ctx.passport = _passport
Ctx.corp_account = _corp_account
Ctx.bank = _bank
Ctx.id_x = _id_x
Ctx.licence = _licence
Ctx.nick2 = _nick2


# ------------------------------------------------------------------ fifth-corpus additions
_OCR = {"0": "O", "1": "l", "5": "S", "8": "B"}


def _id_noisy(self, p):
    """ID number as a clerk or an OCR pass typed it: O for 0, l for 1, S for 5."""
    r = self.rng
    s = list(p.id18)
    idx = [i for i, c in enumerate(s) if c in _OCR and i > 2]
    for i in r.sample(idx, min(len(idx), r.randint(1, 2))):
        s[i] = _OCR[s[i]]
    return go("id_number", "".join(s))


def _id_split(self, p, sep="\n"):
    """ID number broken across a line or a table cell (one span, the break inside)."""
    k = self.rng.choice([6, 10, 14])
    return go("id_number", p.id18[:k] + sep + p.id18[k:])


def _hk_permit(self, kind=None):
    """(cue, go piece) for a Hong Kong / Macau / Taiwan document."""
    r = self.rng
    k = kind or r.choice(["hkp", "mop", "twp", "hkid", "moid", "twid"])
    if k == "hkp":
        return "港澳居民来往内地通行证号码", go("passport", "H" + digits(r, 8, "0123456789"))
    if k == "mop":
        return "港澳居民来往内地通行证", go("passport", "M" + digits(r, 8, "0123456789"))
    if k == "twp":
        return "台湾居民来往大陆通行证号码", go("passport", digits(r, 8, "0123456789"))
    if k == "hkid":
        return "香港身份证号码", go(
            "id_number", r.choice("ACDEGHKPRYZ") + digits(r, 6, "0123456789") + f"({r.randint(0, 9)})"
        )
    if k == "moid":
        return "澳门居民身份证", go(
            "id_number", r.choice("157") + digits(r, 6, "0123456789") + f"({r.randint(0, 9)})"
        )
    return "台湾身份证字号", go(
        "id_number", r.choice("ABDEFHKT") + r.choice("12") + digits(r, 8, "0123456789")
    )


def _vin(self):
    """Vehicle identification number (go; labelled plate, the vehicle identifier)."""
    r = self.rng
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    s = r.choice(["LSV", "LFV", "LGW", "LZW", "LDC", "LVS", "LB3", "LHG"]) + "".join(
        r.choice(al) for _ in range(6)
    )
    s += r.choice("ABCDEFGHJKLMNPRST") + "".join(r.choice("0123456789") for _ in range(7))
    return go("plate", s)


def _plate_x(self, kind=None):
    r, L = self.rng, self.loc
    k = kind or r.choice(["trailer", "moto", "ev", "ev", "plain", "other"])
    if k == "trailer":
        return go("plate", f"{L.pa}{L.pl}{digits(r, 4, '0123456789')}挂")
    if k == "moto":
        return go("plate", f"{L.pa}{L.pl}{r.choice(['', '·'])}{digits(r, 5, '0123456789')}")
    if k == "ev":
        return go("plate", plate(r, L.pa, L.pl, r.choice([2, 3, 5])))
    if k == "other":
        return go("plate", plate(r, r.choice(["川", "甘", "青", "宁", "陕", "黑"]), r.choice("ABCDEF"), 0))
    return go("plate", plate(r, L.pa, L.pl, r.choice([0, 1, 4])))


def _email_x(self):
    r = self.rng
    user = r.choice(["tashi", "gesang", "bayar", "aygul", "nurlan", "yuxiang", "lhamo", "erdene", "pema"])
    user += r.choice(["", ".", "_"]) + r.choice(["88", "1991", "zx", "lz", str(r.randint(2, 999))])
    dom = r.choice(
        [
            "yeah.net",
            "139.com",
            "proton.me",
            "gmail.com",
            "outlook.com",
            "vip.sina.com",
            "aliyun.com",
            "tom.com",
        ]
    )
    return go("email", f"{user}@{dom}")


def _mobile_x(self, p, style=None):
    """Mobile in more groupings: Chinese numerals, 转 extension, 1-4-6, with dots."""
    r, m = self.rng, p.mobile
    st = r.randint(0, 5) if style is None else style
    s = [
        cn_digits(m),
        f"{m}转{r.randint(1, 9)}",
        f"{m[:3]}.{m[3:7]}.{m[7:]}",
        f"{m[:1]} {m[1:5]} {m[5:]}",
        f"{m[:3]}—{m[3:7]}—{m[7:]}",
        f"（{m[:3]}）{m[3:]}",
    ][st]
    return go("phone", s)


def _landline_x(self, with_area=None):
    r, L = self.rng, self.loc
    d = digits(r, L.pn, "2345678")
    wa = r.random() < 0.5 if with_area is None else with_area
    s = (f"{L.area}—{d}" if r.random() < 0.5 else f"{L.area}-{d}") if wa else d
    if r.random() < 0.35:
        s += f"转{r.randint(2, 899)}"
    return go("landline", s)


def _report_no(self, kind=None):
    r = self.rng
    y = self.date.year
    k = kind or r.choice(["lab", "inv", "cert", "acc"])
    if k == "lab":
        return keep("doc_no", f"{r.choice(['WT', 'JC', 'SP'])}{y}{digits(r, 6, '0123456789')}")
    if k == "inv":
        return keep("doc_no", str(y)[2:] + self.loc.regions[0][:2] + digits(r, 16, "0123456789"))
    if k == "cert":
        return keep("doc_no", f"{self.loc.pa}{r.choice(['食', '药', '特'])}{y}-{digits(r, 5, '0123456789')}")
    return keep("doc_no", f"{self.loc.short}受〔{y}〕{r.randint(100, 9999)}号")


def _dl_no(self, p=None, style=None):
    """驾驶证号 (go driver_license): the 12-digit 档案编号 or the ID-equal 证号."""
    r = self.rng
    st = r.randint(0, 2) if style is None else style
    if st == 0 or p is None:
        return go("driver_license", self.loc.regions[0][:4] + digits(r, 8, "0123456789"))
    if st == 1:
        return go("driver_license", p.id18)
    return go("driver_license", fw(self.loc.regions[0][:4] + digits(r, 8, "0123456789")))


def _ext_keep(self, *vals):
    for v in vals:
        if v not in self.extra_keep:
            self.extra_keep.append(v)


Ctx.id_noisy = _id_noisy
Ctx.id_split = _id_split
Ctx.hk_permit = _hk_permit
Ctx.vin = _vin
Ctx.plate_x = _plate_x
Ctx.email_x = _email_x
Ctx.mobile_x = _mobile_x
Ctx.landline_x = _landline_x
Ctx.report_no = _report_no
Ctx.dl_no = _dl_no
Ctx.ext_keep = _ext_keep


# ------------------------------------------------------------------ sixth-corpus additions
def spaced(name, sep="\u3000"):
    """A name with alignment spaces between its characters (高　山)."""
    return sep.join(name)


def mixed_width(s, rng):
    """Some digits full-width, some ASCII (a form typed with a switching input method)."""
    out = []
    for ch in s:
        if ch.isdigit() and rng.random() < 0.45:
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def _id6(self, p, style=None):
    """(before, go piece, after) for an ID number with a cue glued on or an odd layout."""
    r, n = self.rng, p.id18
    st = r.randint(0, 9) if style is None else style
    if st == 0:
        return "身份证-", go("id_number", n), ""
    if st == 1:
        return "", go("id_number", n), "（身份证）"
    if st == 2:
        return "居民身份证:", go("id_number", f"{n[:4]} {n[4:8]} {n[8:12]} {n[12:16]} {n[16:]}"), ""
    if st == 3:
        k = r.choice([5, 7, 9, 11, 13])
        return "身份证号码", go("id_number", n[:k] + " " + n[k:]), ""
    if st == 4:
        return "身份证号：", go("id_number", mixed_width(n, r)), ""
    if st == 5:
        return "公民身份号码 ", go("id_number", f"{n[:2]}-{n[2:6]}-{n[6:10]}-{n[10:14]}-{n[14:]}"), ""
    if st == 6:
        return "ID：", go("id_number", n.lower()), ""
    if st == 7:
        return "证件号", go("id_number", n), "（居民身份证，长期有效）"
    if st == 8:
        return "身份证号", go("id_number", fw(n[:6]) + n[6:]), ""
    return "身份证：", go("id_number", f"{n[:6]}·{n[6:14]}·{n[14:]}"), ""


def _id_cells(self, p, sep=" | "):
    """An ID number split across two table cells (one span with the cell border inside)."""
    k = self.rng.choice([6, 8, 10, 12])
    return go("id_number", self.rng.choice([p.id18, p.id18])[:k] + sep + p.id18[k:])


def _mob6(self, p, style=None):
    """Mobile in a sixth-corpus layout."""
    r, m = self.rng, p.mobile
    st = r.randint(0, 11) if style is None else style
    spoken = {"1": "幺", "0": "洞", "7": "拐"}
    return go(
        "phone",
        [
            f"+86 {m[:3]} {m[3:7]} {m[7:]}",
            f"0086 {m}",
            f"0086-{m[:3]}-{m[3:7]}-{m[7:]}",
            f"{m[:3]}\n{m[3:7]}\n{m[7:]}",
            f"{m[:3]}-\n{m[3:7]}-{m[7:]}",
            "".join(spoken.get(c, cn_digits(c, "零")) for c in m),
            " ".join(m),
            f"{m[:3]}·{m[3:7]}·{m[7:]}",
            f"+86.{m}",
            f"{m[:3]}　{m[3:7]}　{m[7:]}",
            f"(+86){m}",
            mixed_width(m, r),
        ][st],
    )


def _land6(self, style=None):
    r, L = self.rng, self.loc
    d = digits(r, L.pn, "2345678")
    ext = str(r.randint(201, 8899))
    h = len(d) // 2
    st = r.randint(0, 6) if style is None else style
    return go(
        "landline",
        [
            f"{L.area} {d[:h]} {d[h:]} 转 {ext}",
            f"({L.area}){d}-{ext}",
            f"{L.area}－{d}",
            f"{L.area}-{d[:h]} {d[h:]}分机{ext}",
            f"{L.area} {d}",
            f"{d}（{L.area}）",
            f"0{L.area[1:]}-{d}#{ext}",
        ][st],
    )


def _card6(self, n=None, style=None):
    """A personal bank card / account of any length in one of several layouts."""
    r = self.rng
    n = n or r.choice([16, 17, 18, 19, 19, 21])
    pre = r.choice(["6217", "6228", "6222", "6230", "6231", "6214", "6236", "6259", "6210", "6225"])
    s = pre + digits(r, n - 4, "0123456789")
    st = r.randint(0, 5) if style is None else style
    if st == 1:
        s = " ".join(s[i : i + 4] for i in range(0, n, 4))
    elif st == 2:
        s = "-".join(s[i : i + 4] for i in range(0, n, 4))
    elif st == 3:
        s = fw(s)
    elif st == 4:
        s = s[:6] + " " + s[6:]
    return go("bank_account", s)


def _email6(self):
    r = self.rng
    user = r.choice(
        [
            "gaoshan",
            "wenjing",
            "hy",
            "jianghe",
            "lm",
            "xyang",
            "pingan",
            "mingyue",
            "tianye",
            "lily",
            "kim.mj",
            "s.andrei",
        ]
    )
    user += r.choice(["", ".", "_", "-"]) + r.choice(["2009", "77", "cq", "gz", "jx", str(r.randint(3, 998))])
    dom = r.choice(
        [
            "88.com",
            "189.cn",
            "wo.cn",
            "sohu.com",
            "icloud.com",
            "live.cn",
            "msn.cn",
            "yandex.ru",
            "mail.ru",
            "naver.com",
            "126.net",
            "qq.com.cn",
        ]
    )
    return go("email", f"{user}@{dom}")


def _hkmo_permit(self):
    """往来港澳通行证 of a mainland resident (C + 8 or CA + 7), labelled passport."""
    r = self.rng
    return go(
        "passport",
        r.choice(["C" + digits(r, 8, "0123456789"), "C" + r.choice("ABCDEFGH") + digits(r, 7, "0123456789")]),
    )


def _tw_permit(self):
    """台湾居民来往大陆通行证 (台胞证): 8 digits, or 10 with a suffix in parentheses, labelled passport."""
    r = self.rng
    return go(
        "passport",
        r.choice(
            [
                digits(r, 8, "0123456789"),
                digits(r, 8, "0123456789") + f"({r.choice('ABCDE')})",
                digits(r, 8, "0123456789") + "01",
            ]
        ),
    )


def _perm_res(self, p, style=None):
    """外国人永久居留身份证 (new 18-character number starting with 9, GB 11643 check) or the old
    3-letter + 12-digit number; labelled id_number (an identity card)."""
    r = self.rng
    st = r.randint(0, 1) if style is None else style
    if st == 0:
        body = (
            "9"
            + r.choice(["11", "44", "31", "53"])
            + digits(r, 3, "0123456789")
            + f"{p.birth:%Y%m%d}"
            + digits(r, 3, "0123456789")
        )
        assert len(body) == 17
        return go("id_number", body + ric_check(body))
    code = {
        "俄罗斯": "RUS",
        "越南": "VNM",
        "缅甸": "MMR",
        "菲律宾": "PHL",
        "韩国": "KOR",
        "泰国": "THA",
        "巴基斯坦": "PAK",
        "喀麦隆": "CMR",
        "日本": "JPN",
        "澳大利亚": "AUS",
    }.get(p.nationality, "USA")
    return go("id_number", code + digits(r, 12, "0123456789"))


def _res_permit(self):
    """外国人居留许可 number printed on the residence permit (labelled passport, a travel document)."""
    r = self.rng
    return go("passport", r.choice(["Y", "E", "S"]) + digits(r, 8, "0123456789"))


def _prop_cert(self, kind="house"):
    """不动产权证号 / 林权证号 of a private owner (labelled id_number)."""
    r, L = self.rng, self.loc
    y = r.randint(2016, self.date.year)
    abbr = {
        "浙江省": "浙",
        "广东省": "粤",
        "山东省": "鲁",
        "湖北省": "鄂",
        "河北省": "冀",
        "四川省": "川",
        "宁夏回族自治区": "宁",
        "江苏省": "苏",
    }[L.prov]
    if kind == "forest":
        return go(
            "id_number",
            r.choice(
                [
                    f"{L.short}林证字（{y - 6}）第{digits(r, 6, '0123456789')}号",
                    f"{abbr}（{y}）{L.dist}不动产权第{digits(r, 7, '0123456789')}号",
                ]
            ),
        )
    return go(
        "id_number",
        r.choice(
            [
                f"{abbr}（{y}）{L.dist}不动产权第{digits(r, 7, '0123456789')}号",
                f"{abbr}({y}){L.short}不动产权第{digits(r, 7, '0123456789')}号",
                f"{L.short}房权证{L.short}字第{digits(r, 8, '0123456789')}号",
            ]
        ),
    )


def _plate6(self, kind=None):
    r, L = self.rng, self.loc
    k = kind or r.choice(["ev", "trailer", "coach", "police", "plain", "temp", "other"])
    if k == "ev":
        return go("plate", plate(r, L.pa, L.pl, r.choice([2, 3, 5])))
    if k == "trailer":
        return go("plate", f"{L.pa}{L.pl}{r.choice(['', '·'])}{digits(r, 4, '0123456789')}挂")
    if k == "coach":
        return go("plate", f"{L.pa}{L.pl}{digits(r, 4, '0123456789')}学")
    if k == "police":
        return go("plate", f"{L.pa}{L.pl}{digits(r, 4, '0123456789')}警")
    if k == "temp":
        return go(
            "plate",
            f"{L.pa}{L.pl}-T{digits(r, 4, '0123456789')}"
            if r.random() < 0.5
            else f"临{L.pa}{L.pl}{digits(r, 4, '0123456789')}",
        )
    if k == "other":
        return go(
            "plate",
            plate(r, r.choice(["湘", "桂", "粤", "川", "鄂", "吉"]), r.choice("ABCDEF"), r.choice([0, 1, 4])),
        )
    return go("plate", plate(r, L.pa, L.pl, r.choice([0, 1, 4])))


def _ss6(self, p, kind=None):
    """社保卡号 / 医保卡号 of a person: the ID itself, the ID with a prefix, or a local card number (ss_card)."""
    r = self.rng
    k = kind or r.choice(["id", "pre", "local", "med"])
    if k == "id":
        return go("ss_card", p.id18)
    if k == "pre":
        return go("ss_card", r.choice(["SB", "YB", "S"]) + p.id18)
    if k == "local":
        return go("ss_card", r.choice("ABCDEFGHJK") + digits(r, 8, "0123456789"))
    return go("ss_card", p.region[:2] + "0000" + digits(r, 14, "0123456789"))


def _nick6(self, p):
    """老X / 小X / X师傅 / X姐 / 阿X nickname for a Han name (registered)."""
    styles = ["老{s}", "小{s}", "{s}师傅", "{s}姐" if not p.male else "{s}哥", "阿{g}", "{s}老板"]
    self.rng.shuffle(styles)
    return self.nick2(p, styles)


Ctx.id6 = _id6
Ctx.id_cells = _id_cells
Ctx.mob6 = _mob6
Ctx.land6 = _land6
Ctx.card6 = _card6
Ctx.email6 = _email6
Ctx.hkmo_permit = _hkmo_permit
Ctx.tw_permit = _tw_permit
Ctx.perm_res = _perm_res
Ctx.res_permit = _res_permit
Ctx.prop_cert = _prop_cert
Ctx.plate6 = _plate6
Ctx.ss6 = _ss6
Ctx.nick6 = _nick6


# ------------------------------------------------------------------ seventh-corpus additions
_OCR7 = {"0": "O", "1": "I", "2": "Z", "8": "B", "5": "S", "9": "g", "6": "b"}
_CAP = "零壹贰叁肆伍陆柒捌玖"


def cap_digits(s):
    """Digits written as capital numerals (壹贰叁), as on receipts and hand-written forms."""
    return "".join(_CAP[int(ch)] if ch.isdigit() else ch for ch in s)


def _id7(self, p, style=None):
    """(before, go piece, after): an 18-digit ID as real clerks, OCR passes and spreadsheet
    exports produce it.  The cue or artefact (apostrophe, '.0', brackets) stays outside the span
    unless it is inside the number."""
    r, n = self.rng, p.id18
    st = r.randint(0, 13) if style is None else style
    if st == 0:  # Excel text-cell apostrophe
        return "'", go("id_number", n), ""
    if st == 1:  # OCR confusions O/I/Z/B/S/g/b
        s = list(n)
        idx = [i for i, ch in enumerate(s) if ch in _OCR7 and i > 1]
        for i in r.sample(idx, min(len(idx), r.randint(2, 3))):
            s[i] = _OCR7[s[i]]
        return "", go("id_number", "".join(s)), ""
    if st == 2:  # OCR spaces at irregular places
        cut = sorted(r.sample(range(2, 17), 3))
        parts, last = [], 0
        for c in cut:
            parts.append(n[last:c])
            last = c
        parts.append(n[last:])
        return "", go("id_number", " ".join(parts)), ""
    if st == 3:  # half-masked, birth date still visible
        return (
            "",
            go("id_number", r.choice(["******" + n[6:14] + "****", n[:6] + n[6:14] + "***" + n[17]])),
            "",
        )
    if st == 4:  # masked but region and year visible
        return "", go("id_number", n[:10] + "****" + n[14:]), ""
    if st == 5:  # PDF line wrap with a hyphen
        k = r.choice([7, 9, 11, 13])
        return "", go("id_number", n[:k] + "-\n" + n[k:]), ""
    if st == 6:  # Chinese numerals in a transcribed statement
        return "", go("id_number", cn_digits(n)), ""
    if st == 7:  # scientific notation from a spreadsheet (15 significant digits survive)
        return "", go("id_number", f"{n[0]}.{n[1:15]}E+17"), ""
    if st == 8:  # dots
        return "", go("id_number", f"{n[:6]}.{n[6:14]}.{n[14:]}"), ""
    if st == 9:  # full-width X
        return "", go("id_number", n[:17] + ("Ｘ" if n[17] == "X" else fw(n[17]))), ""
    if st == 10:  # slash groups
        return "", go("id_number", f"{n[:6]}/{n[6:14]}/{n[14:]}"), ""
    if st == 11:  # in square brackets as a system export
        return "[", go("id_number", n), "]"
    if st == 12:  # odd dash
        k = r.choice([3, 8, 12, 15])
        return "", go("id_number", n[:k] + "-" + n[k:]), ""
    return "", go("id_number", n), ""


def _id7p(self, p, style=None):
    """id7 as a flat list of pieces."""
    b, g, a = self.id7(p, style)
    return [b, g, a]


def _old15(self, p, style=None):
    """A 15-digit first-generation ID (generated if the person has none): plain, '.0' from a
    spreadsheet export, spaced, or with the 18-digit one in brackets."""
    r = self.rng
    if not p.id15:
        p.id15 = make_id15(r, p.region, p.birth, p.male)
    v = p.id15
    st = r.randint(0, 3) if style is None else style
    if st == 0:
        return [go("id_number", v)]
    if st == 1:
        return [go("id_number", v), ".0"]
    if st == 2:
        return [go("id_number", f"{v[:6]} {v[6:12]} {v[12:]}")]
    return [go("id_number", v), "（现证号", go("id_number", p.id18), "）"]


def _mob7(self, p, style=None):
    """(before, go piece, after) for a mobile in a seventh-corpus form."""
    r, m = self.rng, p.mobile
    st = r.randint(0, 12) if style is None else style
    if st == 0:
        return "", go("phone", cap_digits(m)), ""
    if st == 1:
        return "", go("phone", "幺" + cn_digits(m[1:], "零").replace("一", "幺")), ""
    if st == 2:
        return "", go("phone", f"+86-{m[:3]} {m[3:7]} {m[7:]}"), ""
    if st == 3:
        return "", go("phone", m), "（微信同号）"
    if st == 4:
        return "", go("phone", f"0086 {m[:3]}-{m[3:7]}-{m[7:]}"), ""
    if st == 5:
        return "", go("phone", m[:3] + "****" + m[7:]), ""
    if st == 6:
        return "", go("phone", f"{m[:7]} {m[7:]}"), ""
    if st == 7:
        return "", go("phone", f"{m[:3]}-{m[3:]}"), ""
    if st == 8:
        return "", go("phone", f"86-{m}"), ""
    if st == 9:
        return "", go("phone", fw(f"{m[:3]}-{m[3:7]}-{m[7:]}")), ""
    if st == 10:
        return "'", go("phone", m), ""
    if st == 11:
        return "", go("phone", m), ".0"
    return "", go("phone", f"{m[:3]}　{m[3:]}"), ""


def _mob7p(self, p, style=None):
    b, g, a = self.mob7(p, style)
    return [b, g, a]


def _land7(self, style=None, d=None):
    """A private landline in a seventh-corpus form (go landline)."""
    r, L = self.rng, self.loc
    d = d or digits(r, L.pn, "2345678")
    st = r.randint(0, 7) if style is None else style
    a = L.area
    return go(
        "landline",
        [
            f"+86-{a[1:]}-{d}",
            f"+86 (0){a[1:]} {d}",
            f"({a}) {d[:3]}-{d[3:]}",
            cn_digits(a + "-" + d, "零").replace("-", "—"),
            f"{a}-{d} ext.{r.randint(10, 899)}",
            cap_digits(f"{a}{d}"),
            f"{a}/{d}",
            f"{a}.{d}",
        ][st],
    )


def _phones_cell(self, p, sep=None):
    """Several numbers of one person in one cell: mobile / second mobile 、 landline."""
    r = self.rng
    sep = sep or r.choice(["/", "、", "；", " / ", "，"])
    m2 = r.choice(MOBILE_PRE) + digits(r, 8, "0123456789")
    out = [go("phone", fmt_mobile(r, p.mobile, r.choice([0, 1, 2]))), sep, go("phone", m2)]
    if r.random() < 0.5:
        out += [sep, self.land7(r.choice([2, 6, 7]))]
    return out


def _card7(self, style=None, holder=None):
    """A personal card or account with its bank and branch in a seventh-corpus form.
    Returns a list of pieces (bank words are plain text)."""
    r, L = self.rng, self.loc
    bank = r.choice(
        [
            "中国农业银行",
            "中国邮政储蓄银行",
            "中国工商银行",
            "中国建设银行",
            "农村商业银行",
            "农村信用合作联社",
            "交通银行",
            "招商银行",
        ]
    )
    br = r.choice(
        [
            f"{L.dist[:2]}支行",
            f"{r.choice(L.towns)[:2]}分理处",
            f"{L.city[:-1]}分行营业部",
            f"{r.choice(L.towns)}网点",
        ]
    )
    pre = r.choice(["6228", "6221", "6217", "6222", "6230", "6212", "6214", "6226"])
    n = r.choice([16, 19, 19])
    s = pre + digits(r, n - 4, "0123456789")
    st = r.randint(0, 9) if style is None else style
    cue = r.choice(["开户行", "开户银行", "开户网点"])
    if st == 0:
        return [f"{cue}：{bank}{br}，账号：", go("bank_account", s)]
    if st == 1:
        return [f"{bank}{br}（", go("bank_account", " ".join(s[i : i + 4] for i in range(0, n, 4))), "）"]
    if st == 2:
        return [f"{bank}借记卡'", go("bank_account", s)]
    if st == 3:
        return [
            f"{bank}卡（",
            go("bank_account", s[:4] + " **** **** " + s[-4:] if n == 16 else s[:6] + "*********" + s[-4:]),
            "）",
        ]
    if st == 4:
        return [f"{bank}{br}尾号", go("bank_account", s[-4:])]
    if st == 5:
        return [f"{bank}账户", go("bank_account", f"{s[0]}.{s[1:6]}E+{n - 1}")]
    if st == 6:
        return [
            f"{bank}{br}存折账号",
            go("bank_account", f"{digits(r, 8, '0123456789')}-{digits(r, 10, '0123456789')}"),
        ]
    if st == 7:
        return [f"{bank}{br}，卡号", go("bank_account", fw(s))]
    if st == 8:
        return [f"{bank}，卡号后四位", go("bank_account", s[-4:]), "，前六位", go("bank_account", s[:6])]
    return [f"{cue}{bank}{br}　账号", go("bank_account", "-".join(s[i : i + 4] for i in range(0, n, 4)))]


def _email7(self, style=None):
    r = self.rng
    user = r.choice(
        [
            "hailang",
            "yuzhou",
            "xiaoman",
            "jianguo",
            "hongmei",
            "qiuju",
            "dongsheng",
            "caiyun",
            "lixin",
            "zhuge",
            "ouyang",
            "tony.w",
        ]
    )
    user += r.choice(["", "_", ".", ""]) + r.choice(["1987", "88", "zs", "ts", str(r.randint(2, 999))])
    dom = r.choice(
        ["qq.com", "163.com", "126.com", "sina.cn", "foxmail.com", "gmail.com", "hotmail.com", "139.com"]
    )
    st = r.randint(0, 9) if style is None else style
    d0, d1 = dom.rsplit(".", 1)
    return go(
        "email",
        [
            f"{user}（at）{dom}",
            f"{user}#{dom}",
            f"{user}＠{dom}",
            f"{user} [at] {d0} [dot] {d1}",
            f"{user} AT {d0} DOT {d1}",
            f"{digits(r, r.randint(8, 10))}@qq.com",
            f"{user}@{dom}".upper(),
            f"{user} @ {dom}",
            f"{user}@{d0}。{d1}",
            f"{user}(at){dom}",
        ][st],
    )


def _travel7(self, kind=None, p=None):
    """(cue, go piece) for a passport or travel permit in a seventh-corpus form."""
    r = self.rng
    k = kind or r.choice(
        ["cnp", "hkmo", "tw", "hkres", "old_hx", "seaman", "us", "ca", "my", "hksar", "mosar", "hkid", "moid"]
    )
    if k == "cnp":
        pre = r.choice(["E", "EA", "EB", "EC"])
        return "护照号码", go("passport", pre + digits(r, 9 - len(pre), "0123456789"))
    if k == "hkmo":
        return "往来港澳通行证", go("passport", "C" + digits(r, 8, "0123456789"))
    if k == "tw":
        return "大陆居民往来台湾通行证", go("passport", "L" + digits(r, 8, "0123456789"))
    if k == "hkres":
        return "港澳居民来往内地通行证", go(
            "passport", "H" + digits(r, 8, "0123456789") + r.choice(["", "01", " 02"])
        )
    if k == "old_hx":
        return "回乡证（旧版）", go("passport", "H" + digits(r, 10, "0123456789"))
    if k == "seaman":
        return "海员证号", go("passport", "S" + digits(r, 7, "0123456789"))
    if k == "us":
        return "美国护照", go("passport", digits(r, 9, "5"))
    if k == "ca":
        return "加拿大护照", go("passport", r.choice(["AB", "GA", "HK"]) + digits(r, 6, "0123456789"))
    if k == "my":
        return "马来西亚护照", go("passport", "A" + digits(r, 8, "0123456789"))
    if k == "hksar":
        return "香港特区护照", go("passport", "K" + digits(r, 8, "0123456789"))
    if k == "mosar":
        return "澳门特区护照", go("passport", "MA" + digits(r, 7, "0123456789"))
    if k == "hkid":
        return "香港身份证", go(
            "id_number", r.choice("ACEGKPRZ") + digits(r, 6, "0123456789") + f"({r.choice('0123456789A')})"
        )
    return "澳门身份证", go(
        "id_number", r.choice("157") + digits(r, 6, "0123456789") + f"({r.randint(0, 9)})"
    )


def _plate7(self, kind=None):
    """A plate of a kind real enforcement texts mention (go plate)."""
    r, L = self.rng, self.loc
    d = lambda n: digits(r, n, "0123456789")  # noqa: E731
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    k = kind or r.choice(
        [
            "ev",
            "evbig",
            "trailer",
            "coach",
            "embassy",
            "consul",
            "temp",
            "moto",
            "hk",
            "mo",
            "spaced",
            "plain",
            "emerg",
        ]
    )
    if k == "ev":
        return go("plate", f"{L.pa}{L.pl}{r.choice(['', '·'])}{r.choice('DF')}{d(5)}")
    if k == "evbig":
        return go("plate", f"{L.pa}{L.pl}{d(5)}{r.choice('DF')}")
    if k == "trailer":
        return go("plate", f"{L.pa}{L.pl}·{d(4)}挂")
    if k == "coach":
        return go("plate", f"{L.pa}{L.pl}{d(4)}学")
    if k == "embassy":
        return go("plate", f"使{r.randint(100, 299)}{d(3)}")
    if k == "consul":
        return go("plate", f"粤A·{d(4)}领")
    if k == "temp":
        return go("plate", f"{L.pa}{L.pl}{d(5)}（临时）" if r.random() < 0.5 else f"临{L.pa}{L.pl}{d(4)}")
    if k == "moto":
        return go("plate", f"{L.pa}{L.pl}{r.choice(['', '·'])}{r.choice(al)}{d(4)}")
    if k == "hk":
        return go("plate", f"粤Z·{r.choice(al)}{d(3)}港")
    if k == "mo":
        return go("plate", f"粤Z{r.choice(al)}{d(3)}澳")
    if k == "spaced":
        return go("plate", f"{L.pa} {L.pl} {r.choice(al)}{d(4)}")
    if k == "emerg":
        return go("plate", f"{L.pa}{L.pl}{d(4)}应急")
    return go("plate", plate(r, L.pa, L.pl, r.choice([0, 1])))


def _engine_no(self):
    """发动机号 (go, labelled plate like the VIN)."""
    r = self.rng
    return go(
        "plate",
        r.choice(["", "L", "G4"]) + "".join(r.choice("0123456789ABCDEFGHJK") for _ in range(r.randint(7, 9))),
    )


def _hh_no(self, p=None, style=None):
    """户号 of a household register (go id_number)."""
    r = self.rng
    reg = p.region if p else self.loc.regions[0]
    st = r.randint(0, 3) if style is None else style
    return go(
        "id_number",
        [
            digits(r, 9, "0123456789"),
            reg + digits(r, 6, "0123456789"),
            f"{reg[:4]}-{digits(r, 8, '0123456789')}",
            "HH" + digits(r, 8, "0123456789"),
        ][st],
    )


def _stu_no(self, p, style=None):
    """学籍号 (national: G + ID number; or a school roll number) (go id_number)."""
    r = self.rng
    st = r.randint(0, 2) if style is None else style
    if st == 0:
        return go("id_number", "G" + p.id18)
    if st == 1:
        return go("id_number", "L" + p.region + f"{p.birth:%Y%m%d}" + digits(r, 3, "0123456789"))
    return go("id_number", str(p.birth.year + 18) + digits(r, 6, "0123456789"))


def _adm_no(self, kind=None):
    """住院号 / 病案号 / 门诊号 of a patient (go id_number)."""
    r = self.rng
    k = kind or r.choice(["zy", "ba", "mz", "plain"])
    if k == "zy":
        return go("id_number", f"ZY{self.date.year}{digits(r, 6, '0123456789')}")
    if k == "ba":
        return go("id_number", digits(r, 7, "0123456789"))
    if k == "mz":
        return go("id_number", f"MZ{digits(r, 10, '0123456789')}")
    return go("id_number", f"{str(self.date.year)[2:]}-{digits(r, 5, '0123456789')}")


def _emp_no(self, style=None):
    """工号 / 员工编号 (go id_number)."""
    r = self.rng
    st = r.randint(0, 3) if style is None else style
    return go(
        "id_number",
        [
            f"E{digits(r, 5, '0123456789')}",
            f"HR-{self.date.year - r.randint(0, 6)}-{digits(r, 4, '0123456789')}",
            digits(r, 6, "0123456789"),
            f"GH{digits(r, 4, '0123456789')}",
        ][st],
    )


def _court_case(self, kind="criminal", when=None):
    """A court case number about a private person: criminal (labelled criminal_record) or civil
    (labelled id_number, ◆ a number that identifies a private person's litigation)."""
    r, L = self.rng, self.loc
    y = (when or self.before(200, 1500)).year
    abbr = {
        "浙江省": "浙",
        "广东省": "粤",
        "山东省": "鲁",
        "湖北省": "鄂",
        "河北省": "冀",
        "四川省": "川",
        "宁夏回族自治区": "宁",
        "江苏省": "苏",
    }[L.prov]
    code = L.regions[0][2:]
    if kind == "criminal":
        return go("criminal_record", f"（{y}）{abbr}{code}刑初{r.randint(10, 999)}号")
    if kind == "exec":
        return go("id_number", f"（{y}）{abbr}{code}执{r.randint(100, 4999)}号")
    return go("id_number", f"（{y}）{abbr}{code}民初{r.randint(100, 9999)}号")


def _seaman(self, p):
    """船员适任证书 / 船员服务簿 number built on the ID (go id_number)."""
    r = self.rng
    return go("id_number", r.choice([p.id18, p.id18 + r.choice(["01", "02"])]))


def _mmsi(self):
    """A private fishing boat's MMSI (9 digits starting 41x) -- go, labelled plate (a vessel identifier)."""
    return go("plate", "41" + digits(self.rng, 7, "0123456789"))


def _boat(self):
    """A private fishing boat's registration number (浙普渔12345) -- go, labelled plate."""
    r, L = self.rng, self.loc
    pa = {"浙江省": "浙", "广东省": "粤", "山东省": "鲁"}.get(L.prov, "浙")
    return go("plate", f"{pa}{L.short[0]}渔{digits(r, 5, '0123456789')}")


Ctx.id7 = _id7
Ctx.id7p = _id7p
Ctx.old15 = _old15
Ctx.mob7 = _mob7
Ctx.mob7p = _mob7p
Ctx.land7 = _land7
Ctx.phones_cell = _phones_cell
Ctx.card7 = _card7
Ctx.email7 = _email7
Ctx.travel7 = _travel7
Ctx.plate7 = _plate7
Ctx.engine_no = _engine_no
Ctx.hh_no = _hh_no
Ctx.stu_no = _stu_no
Ctx.adm_no = _adm_no
Ctx.emp_no = _emp_no
Ctx.court_case = _court_case
Ctx.seaman = _seaman
Ctx.mmsi = _mmsi
Ctx.boat = _boat
