"""Third parties' names in free text (证人、消费者、员工、亲属…), found by segmentation.

rjieba (jieba's dictionary and HMM, in Rust) tags candidate person names (``nr``).
The tagger alone is noisy (高峰 in 高峰期间, 向阳街道, 张记饭店), so a candidate counts
only with a context that says it is a person: a third-party label or a family relation
before it, or a verb of speech after it. Labels also catch names that are ordinary words
(证人周到陈述), which the tagger misses; the tagger's word boundaries then say where the
name ends. Officers, public representatives and names that are part of a place or an
organisation are left alone.
"""

from __future__ import annotations

import bisect
import importlib.util
import os
import re
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

import rjieba

from publisher.redact import ner
from publisher.redact.identifiers import FOUR_FOUR_THREE, credential_like, officer_evidence
from publisher.redact.people import (
    COMMON_SURNAMES,
    COMPOUND_SURNAMES,
    SURNAMES,
    THIRD_PARTY_LABELS,
    labelled_names,
    mask_name,
    trim,
)
from publisher.redact.spans import CN_DIGITS, Span
from publisher.redact.tables import column_cells, columns, lines_around

Tokens = list[tuple[str, str]]
PERSON_TAGS = {"nr", "nrfg", "nrt"}
RELATIONS = re.compile(
    r"(?:(?:其|之|的)(?:妻子?|丈夫|夫|子|女|儿子|女儿|父亲?|母亲?|兄|弟|姐|妹|孙子?|孙女|亲属|朋友|同事|邻居)"
    r"|同学|[堂表](?:兄|弟|姐|妹|哥)|(?:舅舅|叔叔|姑姑|姨妈|外甥女?|侄子|侄女|儿媳|女婿|岳父|岳母|公公|婆婆))$"
)
LABEL_BEFORE = re.compile(rf"(?:{THIRD_PARTY_LABELS})(?:[（(][^）)]{{0,12}}[）)])?[:：\s|｜\t]*$")
LABEL_ANYWHERE = re.compile(rf"(?:{THIRD_PARTY_LABELS})")
SPEECH_AFTER = re.compile(
    r"^(?:[（(][^)）]{0,10}[)）])?(?:称|说|陈述|反映|证实|表示|供述|承认|确认|签字|在场|到场|投诉|举报|报称|诉称|述称|证明|指认"
    r"|月工资|工资|月薪|年薪|身份证|公民身份|手机|电话|联系电话|住址|家住|出生|[，,（(]\s*(?:男|女)[，,、）)])"
)
PUBLIC_BEFORE = re.compile(
    r"(?:执法人员(?:签名|签字)?|执法员|承办人|协办人|(?:指派|委派|安排|本机关|本局)工作人员|经办人|审核人员?|法制审核人员|(?:卫生|执法)?监督员(?:签名|签字)?|调查人员|(?<!被)询问人|(?<![现场质量技术安全生产仓库门店项目])(?<!项目部)负责人|法定代表人|局长|副局长|(?<![车间生产仓库门店班组儿童])(?<!业主委员会)(?<!业委会)(?<!业主委员会副)(?<!业委会副)主任|科长|审核员|记录人|送达人|签发人|听证[（(，,]?主持人"
    r"|合议组成员|合议组|检查人员(?:签名)?|办案人员|听证主持人|听证员|书记员|检查组组长|稽核人员|稽查人员"
    r"|(?:劳动保障)?监察员|(?:儿童)?督导员|参加委员|(?:审核|签发|审批|复核)(?=[:：])|核查人员"
    r"|(?:办案|出警|值班|派出所)?民警|警员|警官|初审意见|(?:消防|火灾)?调查人员|复核人|审核人|审查人|审批人|批准人"
    r"|(?:区|县|市|镇|乡|副区|副县|副市)长(?=[:：])|(?:大队|支队|中队)长(?=[:：]))"
    r"(?:为|是|姓名)?"
    # the names that follow: a list, each perhaps with its credential (in brackets or after a comma)
    r"(?:[（(][^）)]{0,8}[）)])?[:：\s|\t（(]*(?:(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})"
    r"(?:[（(][^）)]{0,24}[）)]|[，,]\s*[A-Za-z\u4e00-\u9fff]{0,6}[\d\-]{6,16}号?)?[、和及与；;\s]\s*)*$"
)
PUBLIC_AFTER = re.compile(
    r"^(?:[（(](?:执法|证号|警号|工作证|[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼]执)"
    r"|等(?:\d{1,2}|[一二两三四五六七八九十])?名?(?:执法|检查|监督|办案|调查|核查)人员)"
)
# An officer's credential in brackets after the name: 证件号 and a number that is neither an
# ID number nor a mobile (苏某（证件号4301-8111-891）), as the inspectors' lists write it.
_CREDENTIAL_AFTER = re.compile(
    r"^[（(]\s*(?:(?:证件号码?|执法证件?号|编号)[:：\s]*"
    r"((?:[A-Z]{1,2}|[\u4e00-\u9fff]执?(?:字第?)?)?\d[\d\- ]{6,15}\d)"
    r"|([\u4e00-\u9fff]执(?:字第?)?\d[\d\- ]{6,15}\d))号?[）)]"
    # or written after it without brackets: 颜某　执法证号贵92536480, 乔某　警号：黑41668830
    r"|^[\s\u3000]*(?:执法证件?号|警号|监督证号)[:：\s]*"
    r"((?:[A-Z]{1,2}|[\u4e00-\u9fff]执?(?:字第?)?)?\d[\d\- ]{6,15}\d)"
)
PLACE_AFTER = re.compile(
    r"^(?:街道|路|街|巷|镇|乡|村|社区|小区|大道|饭店|酒店|店|公司|厂|超市|市场|商行|诊所|药房|期间|期|银行|支行|分行|集团|中心|医院|学校|学院|大学|牌)"
)
CJK_WORD = re.compile(r"[\u4e00-\u9fff]+")
# Tags of common words that cannot begin a transliterated name (人士/n, 外籍/n, 的/uj …).
COMMON_TAGS = {"n", "vn", "l", "f", "r", "p", "d", "uj", "m", "q", "t", "c", "a", "ad", "an", "s"}


# Nicknames built on a surname (老张, 小李, 孟老板, 刘姐): the surname identifies, so it goes.
# Only common surnames, and not where the pair starts an ordinary word (老陈醋, 小龙虾, 小高层).
_COMMON_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹孟熊秦邱江尹薛闫段雷侯史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
_COMPOUND_ALT = "|".join(COMPOUND_SURNAMES)
_SURNAME_CLASS = "".join(sorted(SURNAMES))
_NICKNAME = re.compile(
    rf"(?<=[老小])([{_COMMON_SURNAMES}高乔柳])(?![醋虾库兔车牛块菜层型区人鼠虎干子米头板鸡鸭鹅羊狗猫马儿们客打饼鱼序])"
    # 老白, 老康 standing alone
    rf"|(?<=老)([{''.join(sorted(COMMON_SURNAMES))}])(?=[^\u4e00-\u9fff]|[和与说称在的腰家均都也为是等负将把被向对从已未不])"
    rf"|((?<![\u4e00-\u9fff])(?:{_COMPOUND_ALT})|[{_COMMON_SURNAMES}高乔柳])"
    r"(?=老板娘?|师傅|老汉|老太|大爷|大妈|大娘|大婶|婶子?|阿姨|大姐|大哥|老师|奶奶|爷爷|教练)"
)


# Titles that only ever follow a person's name: any surname before them goes (盛大妈, 乔婶).
_ELDER = re.compile(
    rf"(?<![\u4e00-\u9fff][{_SURNAME_CLASS}])([{_SURNAME_CLASS}])"
    r"(?=大妈|大爷|大娘|大婶|婶婶?|奶奶|爷爷|老汉|老太)"
)


# A nickname in quotes on any surname: 称其为“老童”, 大家都叫他“小易”.
_QUOTED_NICKNAME = re.compile(
    rf"(?<=[“\"'‘][老小阿])([{_SURNAME_CLASS}])(?=[”\"'’])"
    # a title on any first character, when the text says it is what people call someone
    r"|(?:叫[她他]|称[其她他]为?|人称|喊[她他])[“\"'‘]([\u4e00-\u9fff])(?=(?:婶|嫂|姨|叔|伯|大妈|大爷|大娘)[”\"'’])"
)


# A nickname in quotes where the text says it is what someone is called: 网友“平老板”, 受雇于“阿建”,
# 外号“西门哥”; after a weaker cue only in a nickname's shape (阿…, 小…, 老…, …哥, …老板).
_ALIAS_SHAPE = re.compile(
    r"[阿小老][\u4e00-\u9fff]{1,2}"
    r"|[\u4e00-\u9fff]{1,2}(?:老板娘?|师傅|教练|老师|大妈|大爷|大娘|[哥姐叔婶嫂姨伯总妹弟])"
)
_ALIAS = re.compile(
    r"(?:(外号|绰号|诨名|化名|人称|叫[他她]|称[其他她]为|喊[他她]|网友|外地人|上线|下线|博主|主播|网红|达人)"
    r"|受雇于|名叫|以|从|向|经|由|给)"
    r"[“\"‘]([\u4e00-\u9fff]{2,4})[”\"’]"
)
_PERSONAL_ALIAS = re.compile(
    r"阿[\u4e00-\u9fff]|[\u4e00-\u9fff]{1,2}(?:老板娘?|师傅|教练|大妈|大爷|大娘|[哥姐叔婶嫂姨伯])"
)
# The real name in brackets after a quoted nickname: “阿建”（萧建，电话…）; “老任”（任重，…）.
_REAL_NAME = re.compile(
    r"[（(]\s*([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})\s*[，,）)；;]"
)


def nicknames(folded: str) -> Iterator[Span]:
    """Nicknames: the surname in 老张 and 小李 (masked to 老某, 小某); a title on a surname
    (孟老板, 盛大妈, “德婶”) and a quoted nickname (网友“平老板”, 受雇于“阿建”) go whole, in every
    mention, with the real name given in brackets after them."""
    whole: set[str] = set()
    for m in _ELDER.finditer(folded):
        if not _inside_word(folded, m.start(1)):  # 门卫|大爷, 小区|大妈, 上海|大爷: no surname
            whole.add(folded[m.start(1) : _title_end(folded, m.end(1))])
    for m in _QUOTED_NICKNAME.finditer(folded):
        if m.group(1):
            yield Span(m.start(1), m.end(1), "name", "某")
        else:
            whole.add(folded[m.start(2) : _title_end(folded, m.end(2))])
    for m in _NICKNAME.finditer(folded):
        if m.group(1) or m.group(2):
            if folded[m.start() - 2 : m.start() - 1] in ("古", "养", "大", "很", "太", "最", "较"):
                continue  # 古老, 大小…: not a prefix
            yield Span(m.start(), m.end(), "name", "某")
        elif not _inside_word(folded, m.start(3)):  # 浙江|老板, 班主任|老师, 多次向|老板反映
            whole.add(folded[m.start(3) : _title_end(folded, m.end(3))])
    for m in _ALIAS.finditer(folded):
        alias, real = m.group(2), _REAL_NAME.match(folded, m.end())
        if real and not _real_name(real.group(1), folded, real.end(1)):
            real = None  # “阿强”（另案处理）, “老周”（男性，45岁）, “阿里”（阿里巴巴）
        if _BRAND_AFTER.match(folded, real.end() if real else m.end()):
            continue  # 由“阿里”平台, “小天鹅”品牌
        # after a weaker cue (以“老字号”, 向“小红书”, 从“大姐”处) a nickname needs its real name
        # after it, or a shape only people's nicknames have and that is no word of the language
        personal = _PERSONAL_ALIAS.fullmatch(alias) and not rjieba.has_word(alias)
        if m.group(1) or (_ALIAS_SHAPE.fullmatch(alias) and (real or personal)):
            whole.add(alias)
            if real:
                whole.add(real.group(1))
    for name in whole:
        at = folded.find(name)
        while at >= 0:
            yield Span(at, at + len(name), "name", "某某")
            at = folded.find(name, at + len(name))


_BRAND_AFTER = re.compile(
    r"[”\"’]?\s*(?:平台|品牌|商标|牌|店|门店|超市|公司|饭店|餐厅|酒店|App|APP|网店|直播间|小程序)"
)
# What follows a brand or a shop and never a person's name.
_PRODUCT_AFTER = re.compile(
    r"(?:品牌|商标|白酒|手机|食用油|地图|饼干|粉店|面馆|系列|专卖|旗舰|加盟店?|经销商|授权|牌[\u4e00-\u9fff]{0,4}(?:酒|油|车|机))"
)


def _branded(folded: str, at: int, name: str) -> bool:
    """Whether this mention of a name-shaped word is a brand: a product or shop word follows it,
    or it stands in quotes followed by a product (“王老吉”凉茶, “金六福”白酒)."""
    end = at + len(name)
    if _PRODUCT_AFTER.match(folded, end):
        return True
    quoted = folded[at - 1 : at] in "“\"'‘" and folded[end : end + 1] in "”\"'’" and at > 0
    return quoted and (
        _PRODUCT_AFTER.match(folded, end + 1) is not None or _BRAND_AFTER.match(folded, end) is not None
    )


_PREPOSITIONS = frozenset("向于和与对给跟把被让找问")


def _real_name(name: str, folded: str, end: int) -> bool:
    """Whether what a bracket gives after a nickname is a person's name (萧建, 任重), not a note
    (另案处理, 化名, 男性) or a brand (阿里巴巴, 商标)."""
    if (
        _role_word(name)
        or PLACE_AFTER.match(folded, end)
        or not (_is_person_name(name) or minority_name(name))
    ):
        return False
    return not rjieba.has_word(name) or any(tag in PERSON_TAGS for _w, tag in rjieba.tag(name))


def _inside_word(folded: str, at: int) -> bool:
    """Whether the surname-like character at ``at`` ends a word with what precedes it (浙江,
    门卫, 主任) or is a preposition inside a sentence (多次向老板反映)."""
    before = folded[at - 1 : at]
    if not before or not CJK_WORD.fullmatch(before):
        return False
    return folded[at] in _PREPOSITIONS or any(
        rjieba.has_word(folded[max(0, at - k) : at + 1]) for k in (1, 2)
    )


_TITLE_WORD = re.compile(
    r"老板娘?|师傅|老汉|老太|大爷|大妈|大娘|大婶|婶子?|婶婶|阿姨|大姐|大哥|老师|奶奶|爷爷|教练|嫂|姨|叔|伯"
)


def _title_end(folded: str, end: int) -> int:
    """Where the title after a surname ends (盛|大妈 → after 大妈)."""
    m = _TITLE_WORD.match(folded, end)
    return m.end() if m else end


def third_parties(folded: str, keep: Iterable[str] = ()) -> Iterator[Span]:
    """Yield a span for every third party's name, masked to surname + 某."""
    public = {k for k in keep if k}
    phones = {re.sub(r"[\s\-()（）]", "", k) for k in public if sum(c.isdigit() for c in k) >= 5}
    tokens: Tokens = rjieba.tag(folded)
    boundaries, offset = {0}, 0
    for word, _tag in tokens:
        offset += len(word)
        boundaries.add(offset)
    tagged = list(_candidates(tokens))
    judged, ordinary = _tagged(folded, tagged)
    ordinary += _untagged(tokens)  # 张/q 文豪/n, 汤蓓/x 紫/n: the model is asked
    weak = [(start, name) for start, name, strong in judged if not strong]
    found = [(start, name) for start, name, strong in judged if strong]
    for finder in (_listed, _marked, _table_cells, _spaced, _minority):
        found += finder(folded)
    found += _dotted(tokens)
    reached = _reached_privately(folded, phones)
    found += reached
    own_number = {name for _start, name in reached}  # their role word is no public role
    starts = {start for start, _name in tagged}
    glued_words: list[tuple[int, str]] = []
    for s in labelled_names(folded, boundaries, starts):
        name = folded[s.start : s.end]
        after = folded[s.end : s.end + 12]
        if _AGENCY_STAFF.search(folded, max(0, s.start - 12), s.start):
            continue  # 本机关…指派工作人员王某、李某进行审查: the agency's own staff
        if _role_word(name) or PLACE_AFTER.match(after) or _placelike(name, "", after):
            continue  # 申请人：伊宁市|瑞邦…有限公司 is an organisation
        glued = _glued(folded, s.start)
        if glued and _compound(folded, s.start, s.end):
            continue  # 员工花名册, 职工宿舍楼, 消费者权益保护法: a thing named after people
        # a word of the language begins it (情况|如下, 宿舍): not what a label is usually followed by
        wordy = _ordinary_word(name) or any(
            s.start + n in boundaries and _ordinary_word(name[:n]) and name[:n] not in _COMPOUND
            for n in (2, 3)
            if n < len(name)
        )
        common = name[0] in COMMON_SURNAMES or name[:2] in _COMPOUND  # 经理舒畅: more often a name
        named = _NAMED_AS.search(folded, max(0, s.start - 8), s.start) is not None  # 真实姓名春风
        if (
            glued
            and s.start not in starts
            and wordy
            and not common
            and not named
            and not _NAME_ENDS.match(folded, s.end)
        ):
            ordinary.append((s.start, name))  # 员工宿舍与…, 员工冷静在…: the model is asked first
            glued_words.append((s.start, name))
        else:
            found.append((s.start, name))
    evidenced = {name for _start, name in found}
    found += weak
    confirmed = set()
    for start, name in _second_opinion(folded, ordinary, {name for _start, name in found}):
        confirmed.add(start)
        if _TITLE.fullmatch(name):  # 盛大妈: a name on a title goes whole
            yield Span(start, start + len(name), "third_party_name", "某某", True)
        else:
            found.append((start, name))
    for start, name in glued_words:  # the model did not see a person: removed, and a reviewer decides
        if start not in confirmed and (_is_person_name(name) or "·" in name):
            yield Span(start, start + len(name), "third_party_name", mask_name(name), True)
    registry = set(public)
    # a name in a public role anywhere is public everywhere, unless a label or a person's
    # details also make it a private person's somewhere (then only the public mentions stay)
    public |= {
        name
        for start, name in found
        if name not in evidenced and _public_context(folded, start, name, phones)
    }
    # a name inside a public value (the organisation party's name, a court) is part of that value
    private = {
        name
        for _start, name in found
        if name
        and not any(name in value for value in registry)
        and (name in evidenced or not any(name in value for value in public))
    }
    short = {name.split("·")[0] for name in private if "·" in name}  # 以下简称: the part before the dot
    # 晓岚 after 欧阳晓岚; a minority name (达瓦次仁) has no surname to take off
    given = {_given(name.replace(" ", "")) for name in private if "·" not in name and not minority_name(name)}
    given = {name for name in given | short if len(name) >= 2 and not _ordinary_word(name)} - private
    private |= given
    private |= {name.replace(" ", "") for name in private if " " in name}  # 孔 德 明 is also 孔德明
    for name in private:  # the same person's name in Latin letters beside it: 朴敏浩（PARK MINHO）
        at = folded.find(name)
        while at >= 0:
            latin = _LATIN_AFTER.match(folded, at + len(name))
            if latin:
                yield Span(
                    latin.start(1),
                    latin.end(1),
                    "third_party_name",
                    mask_name(latin.group(1)),
                    name not in evidenced,
                )
            at = folded.find(name, at + len(name))
    for name in private:  # every mention, also those the tagger missed (林海 in 林海称)
        at = folded.find(name)
        while at >= 0:
            # a given name inside someone else's full name (金凤 in 曾金凤) is not this person
            inside = (
                name in given
                and at > 0
                and (folded[at - 1] in SURNAMES or folded[max(0, at - 2) : at] in _COMPOUND)
            )
            if _branded(folded, at, name):
                pass  # “江小白”白酒, 金龙鱼食用油, 范记粉店: a product or a shop, not a person
            elif not inside and (name in own_number or not _public_context(folded, at, name, phones)):
                yield Span(at, at + len(name), "third_party_name", mask_name(name), name not in evidenced)
            at = folded.find(name, at + len(name))


_COMPOUND = frozenset(COMPOUND_SURNAMES)


def _glued(folded: str, start: int) -> bool:
    """Whether what starts at ``start`` follows the word before it with no separator (员工宿舍)."""
    return start > 0 and folded[start - 1] not in _SEPARATORS


def _compound(folded: str, start: int, end: int) -> bool:
    """Whether a word glued to a label is part of a longer word of the language, with the label
    (消费者权益, 居民身份证) or with what follows (居住证, 宿舍楼, 来往大陆): a thing, not a person."""
    longer = [folded[start - k : end] for k in (2, 3, 4) if start >= k]
    longer += [folded[start : end + k] for k in (1, 2, 3) if end + k <= len(folded)]
    # the dictionary holds some whole names (格桑梅朵, 王小明): those are no things
    return any(rjieba.has_word(w) and not _known_name(w) for w in longer)


def _known_name(word: str) -> bool:
    """A whole name the dictionary happens to hold (格桑梅朵, 王小明), not a word for a thing."""
    return minority_name(word) or word in _rare_names() or word[:2] in _SYLLABLES or word[:3] in _SYLLABLES


_NAMED_AS = re.compile(r"(?:姓名|名字|化名)[:：\s]*$")
_AGENCY_STAFF = re.compile(
    r"(?:(?:指派|委派|安排|本机关|本局)工作人员|(?:本机关|本局|我局)联系人)[:：]?(?:[\u4e00-\u9fff]{2,4}、)?$"
)
_SEPARATORS = frozenset(":：| \t｜\u3000")  # between a label and its value (证人：王芳)
_LATIN_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,2}\s{0,2}[（(]?\s*([A-Z][A-Za-z'\-]+(?:\s[A-Z][A-Za-z'\-]+){1,3})"
)
RARE = 10  # a dictionary "name" this rare is a person's name that made it into the dictionary (王小明)


@cache
def _rare_names() -> frozenset[str]:
    """Words of jieba's dictionary tagged as names that occur too rarely to be ordinary words
    (王小明). Frequency is the only sign: the dictionary tags 银行卡, 许可证 and 申请人 as names
    too, as often as it tags 王玉珍."""
    spec = importlib.util.find_spec("jieba")  # its dictionary file only: importing jieba is slow and noisy
    assert spec is not None and spec.origin is not None, "jieba is a dependency"
    path = Path(spec.origin).with_name("dict.txt")
    with open(path, encoding="utf-8") as lines:
        rows = (line.split() for line in lines)
        return frozenset(
            w
            for w, freq, tag in rows
            # 花名册 and 宿舍楼 are tagged as rare names too: a name begins with a common surname
            if tag == "nr" and int(freq) <= RARE and _is_person_name(w) and w[0] in COMMON_SURNAMES
        )


def _ordinary_word(name: str) -> bool:
    """True when the name is also a word of the dictionary (高峰, 康宁, 童工)."""
    return rjieba.has_word(name) and name not in _rare_names()


# A name written with a space between its characters (姓  名：孔 德 明，; 见证人：  花 蕊  ), in a
# field after a colon or in a table cell.
_SPACED = re.compile(
    rf"(?<=[：:|\t])[ \u3000]{{0,4}}([{_SURNAME_CLASS}] {{1,3}}[\u4e00-\u9fff](?: {{1,3}}[\u4e00-\u9fff])?)"
    r"(?=[ \u3000]{0,4}(?:[，,；;|\t（(\n]|$))",
    re.M,
)


def _spaced(folded: str) -> Iterator[tuple[int, str]]:
    """Names written with a space between their characters."""
    for m in _SPACED.finditer(folded):
        yield m.start(1), m.group(1)


def _given(name: str) -> str:
    """The given name: what follows a compound or single surname (晓岚 of 欧阳晓岚)."""
    return name[2:] if name[:2] in _COMPOUND else name[1:]


_NUMERALS = frozenset("壹贰叁肆伍陆柒捌玖")
_AMOUNT_CHARS = frozenset("拾佰仟万亿元圆")


def _is_person_name(word: str) -> bool:
    if word[0] in _NUMERALS and word[1:2] in _AMOUNT_CHARS:  # 陆佰, 伍仟: an amount, not 陆某
        return False
    if word[:2] in _COMPOUND:
        return 3 <= len(word) <= 4
    return (2 <= len(word) <= 3 and word[0] in SURNAMES) or minority_name(word)


# Tibetan, Mongolian, Uyghur, Kazakh and Yi names are built from a limited stock of syllables
# (扎西 + 顿珠, 额尔敦 + 毕力格, 阿迪力 + 江 + 买买提), written with or without a middle dot.
_SYLLABLES = frozenset(
    """扎西 顿珠 尼玛 次仁 央金 拉姆 达瓦 卓嘎 平措 旺堆 格桑 德吉 卓玛 索朗 旦增 多吉 白玛 边巴 普布
    欧珠 洛桑 强巴 巴桑 次旦 米玛 仁增 群培 贡布 曲珍 拉巴 嘎玛 益西 桑珠 旺姆 措姆 曲措 玉珍 琼达
    美朵 次珠 旺杰 顿丹 才让 多杰 仁青 旺秀 加措 嘉措 丹增 扎巴 桑杰 罗布 土登 晋美 次央 德庆 央宗
    永珍 拉珍 白珍 仓决 巴珠 次措 泽仁 卓措 额尔敦 毕力格 娜仁 托雅 乌兰 其其格 巴特尔 苏和 宝音
    图雅 那顺 孟和 朝鲁 巴雅尔 斯琴 高娃 阿拉坦 哈斯 呼和 乌力吉 敖登 萨仁 格日勒 吉日嘎拉 特木尔
    巴图 满都拉 那日苏 其木格 乌云 塔娜 额尔德尼 巴根 白音 宝力道 达来 恩和 朝克图 布和 阿木古楞
    图门 斯日古楞 苏德 阿古达木 乌日娜 萨日娜 娜布其 包力高 朝格图 吉雅 阿拉腾 买买提 阿迪力 古丽
    热依拉 艾力 阿不都 努尔 阿依 吐尔逊 依明 热合曼 米热 帕提 迪丽 阿卜杜拉 艾买提 阿布拉 艾合买提
    吾斯曼 玉素甫 阿不力孜 买合木提 麦麦提 阿力木 热娜 古力 巴哈尔 阿娜尔 努尔兰 叶尔兰 加娜尔 别克
    哈力木拉提 木拉提 塔依尔 肉孜 斯马义 亚森 米娜 克里木 卡德尔 伊力 夏木西 库尔班 阿卜杜 艾则孜
    居来提 阿不都热合曼 努尔麦麦提 托合提 吐逊 热孜万 祖丽 皮亚 巴图尔 阿合买提 木合塔尔 叶尔肯
    哈那提 别克 阿斯卡尔 沙马 阿西 阿说 吉克 曲比 阿苏 木呷 拉杰 阿呷 吉木 阿约 日火 马海 海来 伍沙
    瓦其 俄底 勒格 比尔 尔古 阿牛""".split()
)
_LINKS = frozenset("江汗")  # 阿迪力江买买提, 努尔汗


def minority_name(word: str) -> bool:
    """True when a word is made of two or more syllables of minority names (扎西顿珠)."""
    word = word.replace("·", "").replace("•", "")
    if not 4 <= len(word) <= 12:
        return False
    parts, at = 0, 0
    while at < len(word):
        step = next((n for n in (6, 5, 4, 3, 2) if word[at : at + n] in _SYLLABLES), 0)
        if step:
            parts, at = parts + 1, at + step
        elif word[at] in _LINKS and 0 < at < len(word) - 1:
            at += 1
        else:
            return False
    return parts >= 2


_SYLLABLE = "|".join(sorted(_SYLLABLES, key=len, reverse=True))
_MINORITY_RUN = re.compile(rf"(?:{_SYLLABLE})(?:[{''.join(_LINKS)}]?(?:{_SYLLABLE}))+")


def _minority(folded: str) -> Iterator[tuple[int, str]]:
    """Minority names anywhere: two or more of their syllables in a row."""
    for m in _MINORITY_RUN.finditer(folded):
        if minority_name(m.group()):
            yield m.start(), m.group()


# Tags of what cannot be a given name after a surname the tagger cut off (伍|万元, 张|某, 王|在).
_NOT_A_GIVEN_NAME = frozenset(
    {"m", "q", "t", "f", "p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "r", "d", "x"}
)


_PLACE_END = re.compile(r"^家|[庄园湾屯寨坪营堡桥店场村镇]$")


def _candidates(tokens: Tokens) -> Iterator[tuple[int, str]]:
    """Yield (offset, word) for person-name tokens, joining split compound surnames."""
    offset = 0
    for index, (word, tag) in enumerate(tokens):
        if tag in PERSON_TAGS:
            previous = tokens[index - 1][0] if index else ""
            joins = previous in COMPOUND_SURNAMES or (
                previous in SURNAMES and len(word) <= 2 and tokens[index - 1][1] not in _NOT_A_GIVEN_NAME
            )  # not 和/c 朱/nr
            following = tokens[index + 1] if index + 1 < len(tokens) else ("", "x")
            if joins:  # 欧阳/ns + 娜娜/nrt, 石/n + 红梅/nr
                yield offset - len(previous), previous + word
            elif (
                len(previous) >= 2
                and previous[-1] in SURNAMES
                and previous[-1] not in _ADMIN + "区方"
                and tokens[index - 1][1] not in PERSON_TAGS | {"ns", "nt", "nz"}  # 伊宁|凯旋, 鲍强|嘉
                and len(word) <= 2
                and not _is_person_name(word)
                and not minority_name(word)
            ):  # 店|主张|红翠: the tagger took the surname into the word before
                yield offset - 1, previous[-1] + word
            elif (
                word in SURNAMES
                and len(following[0]) <= 2
                and CJK_WORD.fullmatch(following[0])
                and following[1] not in _NOT_A_GIVEN_NAME
                and following[0][0] not in "不未无非予"  # 宗|不予备〔2024〕: a document number
                and not _PLACE_END.search(following[0])  # 骆|家庄, 施|家园: a place
            ):
                yield offset, word + following[0]  # 卢/nr + 浩然/a: a surname the tagger cut off
            else:
                yield offset, word
        offset += len(word)


_COUNTING = re.compile(r"[\d一二两三四五六七八九十百千万几每这那某整半多]$")


_SURNAME_MISREAD = frozenset({"q", "n", "ng", "x", "zg", "j"})  # 张/q, 段/q, 汤蓓/x, 童程/n


def _untagged(tokens: Tokens) -> Iterator[tuple[int, str]]:
    """Names the tagger did not tag at all: a surname read as a measure word or a noun before
    one or two characters (段/q 航华/n, 张/q 文豪/n), or an unknown run that begins with a
    surname (汤蓓/x). Only a doubt: the model decides."""
    offset = 0
    for index, (word, tag) in enumerate(tokens):
        at, offset = offset, offset + len(word)
        if tag not in _SURNAME_MISREAD and word not in _COMPOUND or len(word) > 3:
            continue  # most tokens: checked once, cheaply
        following, next_tag = tokens[index + 1] if index + 1 < len(tokens) else ("", "x")
        previous = tokens[index - 1][0] if index else ""
        if _COUNTING.search(previous) or word[-1] in _NOT_A_NAME_END:
            continue  # 10|余人, 段|村镇
        if word in _COMPOUND:
            if CJK_WORD.fullmatch(following):  # 公孙/n 佳英/j, 夏侯/nr 明未/d
                yield at, word + following[:2]
        elif len(word) == 1:
            if (
                word in COMMON_SURNAMES  # the rare ones are mostly words (时, 原, 路, 项)
                and 1 <= len(following) <= 2
                and next_tag not in _NOT_A_GIVEN_NAME
                and following[-1] not in _NOT_A_NAME_END
                and CJK_WORD.fullmatch(following)
                and not rjieba.has_word(word + following)
            ):
                yield at, word + following
        elif (
            (word[0] in COMMON_SURNAMES or (word[0] in SURNAMES and tag == "x"))  # 郏娅/x
            and word[-1] not in "记氏家"  # 范记粉店, 雷家: a shop's name, a family's place
            and CJK_WORD.fullmatch(word)
            and not rjieba.has_word(word)  # a run the tagger made up (汤蓓/x, 童程/n), not a word
        ):
            yield at, word


# Roles, relatives and words of procedure that begin with a surname (申请人, 顾客, 母亲, 陈述):
# never names. A list, not an ending: 宋德方, 孙立人 and 林郁方 are names the dictionary knows.
_NEVER = frozenset(
    THIRD_PARTY_LABELS.split("|")
    + "当事人 被申请人 行为人 负责人 消费者 管理者 经营者 委托人 被处罚人 第三人".split()
    + "对方 双方 一方 甲方 乙方 各方 顾客 乘客 旅客 游客 房客 租客 客户 用户 住户".split()
    + "农户 商户 业主 雇主 店主 车主 户主 房主 买家 卖家 商家 厂家".split()
    + "母亲 父亲 丈夫 妻子 儿子 女儿 家长 本人 亲属 子女 配偶 哥哥 姐姐 弟弟 妹妹".split()
    + "陈述 申辩 申请 申报 支付 查体".split()
)


# What follows a person's name and seldom an ordinary word after a label (顾客海洋（…, 证人江山称).
_NAME_ENDS = re.compile(r"[（(]|称|说|陈述|证实|反映|表示|等人|的(?:询问|陈述|证言)")


def _role_word(name: str) -> bool:
    """A role, a relative or a step of procedure that a surname begins: never a name."""
    return not name or name in _NEVER


def _tagged(
    folded: str, candidates: list[tuple[int, str]]
) -> tuple[list[tuple[int, str, bool]], list[tuple[int, str]]]:
    """Tagged names that are not part of a place or a word, and whether a person cue is beside
    them; and, from the same pass, those left alone only because they are also ordinary words
    (文静, 林海, 金星), where the model's second opinion is asked."""
    judged, ordinary = [], []
    for start, found in candidates:
        name = trim(found)  # the tagger sometimes glues a verb on: 王芳称/nr
        if not _is_person_name(name):
            continue
        before, after = folded[max(0, start - 16) : start], folded[start + len(name) : start + len(name) + 12]
        if PLACE_AFTER.match(after) or _placelike(name, before, after):
            continue
        if _role_word(name):  # 申请人称, 当事人说
            continue
        common = _ordinary_word(name)
        if common and _glued(folded, start) and _compound(folded, start, start + len(name)):
            continue  # 员工花名册, 职工宿舍楼: a word of the language after a label, not a name
        if common:
            ordinary.append((start, name))
        if _CODE_AFTER.match(after):
            continue
        strong = LABEL_BEFORE.search(before) or RELATIONS.search(before) or SPEECH_AFTER.match(after)
        if strong or not common:  # default-deny; an ordinary word (康宁, 童工) needs a cue
            judged.append((start, name, bool(strong)))
    return judged, ordinary


LISTED = re.compile(
    r"(?<=[、和及])([\u4e00-\u9fff]{2,4}?)(?=月工资|工资|月薪|称|说|陈述|反映|[，,（(]\s*[男女])"
)


def _listed(folded: str) -> Iterator[tuple[int, str]]:
    """Members of a list of people (…、解建华月工资为…) that the tagger splits wrongly, and
    children and classmates named after the word that says so (育有一女向某某, 与同学秦某某)."""
    for m in LISTED.finditer(folded):
        if _is_person_name(m.group(1)):
            yield m.start(1), m.group(1)
    for m in _CHILD.finditer(folded):  # 其女儿居住在…: a word of the language needs an age after it
        name = m.group(1)
        if _is_person_name(name) and (not _ordinary_word(name) or _AGE_AFTER.match(folded, m.end(1))):
            yield m.start(1), name


_AGE_AFTER = re.compile(r"[（(，,\s]*(?:今年|年仅)?\s*[\d一二三四五六七八九十]{1,3}\s*周?岁")
_CHILD = re.compile(
    r"(?:同学|(?<![第统唯])一[子女]|[之其](?:子|女)|[之其的](?:儿子|女儿)|[长次幼][子女]|孙[子女]|外孙女?|[堂表][兄弟姐妹哥]"
    r"|舅舅|叔叔|姑姑|姨妈|岳父|岳母|女婿|儿媳|侄子|侄女|外甥女?)"
    rf"((?:{_COMPOUND_ALT})[\u4e00-\u9fff]{{1,2}}|[{_SURNAME_CLASS}][\u4e00-\u9fff]{{1,2}}?)"
    r"(?=[，,（(。；;、\s]|一同|一起|自称|现|在|就读|系|今年|年仅|[男女]|\d)"
)


_NAME = r"[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,8}|[\u4e00-\u9fff]{2,4}"
# What follows a person's name in a list or a particulars block: sex, age, identity papers,
# phone, home, birth, school year; or what is said of them (陈述, 的询问笔录).
_PERSON_DETAIL = (
    r"(?:男|女|\d{1,3}\s*周?岁|身份证|公民身份|残疾人证|护照|手机|联系电话|电话|住|现住|户籍|出生|"
    r"[一二三四五六七八九]年级|初[一二三]|高[一二三]|系|驾驶证|[\u4e00-\u9fff]{1,4}籍)"
)
_MARKER_AFTER = (
    rf"[，,（(]\s*{_PERSON_DETAIL}"
    r"|陈述[：:]|称[：:，,]|的(?:父亲|母亲|监护人|丈夫|妻子|询问笔录|陈述)"
    r"|[、及和][\u4e00-\u9fff]{2,4}的询问笔录"
)
_MARKED = re.compile(
    rf"(?:^|(?<=[\n、，,：:（(|\t；;。])|(?<=\d[.、．])|(?<=[）)])|(?<=男士|女士|先生))[ \t\u3000]{{0,3}}"
    rf"({_NAME})(?=\s*(?:{_MARKER_AFTER}))",
    re.M,
)
_OWN_DETAILS = re.compile(r"(?<=[，,。；;：:\n])([\u4e00-\u9fff]{2,3})(?=的(?:联系电话|手机号?|身份证))")
# A list item that begins with a person's name: （2）刘某，购买20瓶…; 3.王某，…
_LIST_ITEM = re.compile(
    r"(?:^|\n)[ \t\u3000]{0,3}"
    r"(?:\d{1,3}\s?[.、．]|[（(]\s?\d{1,3}\s?[）)]|[（(][一二三四五六七八九十]{1,3}[）)]|[◇◆•●■□▪])"
    rf"[ \t\u3000]{{0,3}}({_NAME})(?=[，,（(])"
)
# ... and followed by what only a person has (sex, age, birth): the item's subject is a person
# whatever characters the name is made of (3. 加强，13周岁; 3.阿苏拉则，男，2011年…出生).
_PERSON_ITEM = re.compile(
    r"(?:^|\n)[ \t\u3000]{0,3}"
    r"(?:\d{1,3}\s?[.、．]|[（(]\s?\d{1,3}\s?[）)]|[（(][一二三四五六七八九十]{1,3}[）)]|[◇◆•●■□▪])"
    r"[ \t\u3000]{0,3}([\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8})"
    r"(?=[，,]\s*(?:[男女][，,；;]|(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*周?岁(?!以|至|到|及|-|~|～)"
    r"|\d{4}年\d{1,2}月\d{1,2}日出生))"
)
# A name given as the wrong or right one in a correction: 姓名误写为“王某”，应为“王某某”.
_QUOTED = re.compile(
    r"(?:姓名|名字)[^，,。；;\n]{0,8}?[“\"]([^”\"]{2,8})[”\"](?:[，,]\s*应为[“\"]([^”\"]{2,8})[”\"])?"
    r"|(?:人为|人是|者为|由|交由|委托)[“\"]([\u4e00-\u9fff·]{2,8})[”\"]()"
)
# After a verb that brings a person in: 接到王某（联系电话…）, 由王某（驾驶证号…）驾驶.
_BROUGHT = re.compile(
    rf"(?:接到|收到|接|由|向|与|将|收购自[\u4e00-\u9fff]{{0,8}}户)({_NAME})(?=\s*[（(，,]\s*{_PERSON_DETAIL})"
    rf"|(?:安排|指派|雇佣|雇用|聘用|聘请|让|叫)({_NAME})(?=驾驶|负责|从事|担任|押运|送货|配送|操作|看管|收银)"
    rf"|(?:由|经|通过)({_NAME})(?=介绍|推荐|担保|代办|代为|陪同|带领|引荐|居间)"
)
_ASKED = re.compile(rf"(?:先后)?对({_NAME})(?=(?:[、及和][\u4e00-\u9fff]{{2,4}})*(?:进行了?询问|的询问笔录))")


def _marked(folded: str) -> Iterator[tuple[int, str]]:
    """Names followed by what only a person has (王某，男，1980年…; 对王某进行询问)."""
    for pattern in (_MARKED, _ASKED, _LIST_ITEM, _BROUGHT):
        for m in pattern.finditer(folded):
            group = next(g for g in range(1, (pattern.groups or 1) + 1) if m.group(g))
            name, at = m.group(group), m.start(group)
            if len(name) == 4 and not _is_person_name(name) and _ordinary_word(name[:2]):
                name, at = name[2:], at + 2  # 男士|金星，73岁
            if "·" in name or "•" in name or (_is_person_name(name) and not _role_word(name)):
                yield at, name
    for m in _PERSON_ITEM.finditer(folded):  # not a kind of person (男性，45岁; 老年人，60周岁以上)
        if not _role_word(m.group(1)) and m.group(1)[-1] not in "人者性童儿年":
            yield m.start(1), m.group(1)
    for m in _OWN_DETAILS.finditer(folded):  # 某某的联系电话: a person's, unless a word (华为, 景区)
        if _is_person_name(m.group(1)) and not _ordinary_word(m.group(1)) and not _role_word(m.group(1)):
            yield m.start(1), m.group(1)
    for m in _QUOTED.finditer(folded):
        for group in (1, 2, 3):
            name = m.group(group)
            if name and (group < 3 or "·" in name or _is_person_name(name)):
                yield m.start(group), name


_NAME_HEADER = re.compile(
    r"姓\s*名|名\s*字|患者|学生|职工|员工|(?<!执法)(?<!检查)(?<!办案)(?<!监督)人员|承租人|就诊人|车主|户主|业主|房主|游客|乘客|学员"
)


def _table_cells(folded: str) -> Iterator[tuple[int, str]]:
    """Names in the name column of a table, spaced (钱　龙) or not; and every short cell of a
    column whose cells are mostly names, whatever its header says (刷手, 车主 …): there an
    ordinary word (江河, 柳絮) is a name too."""
    for start, cell in column_cells(folded, _NAME_HEADER):
        name = re.sub(r"\s", "", cell)
        if re.fullmatch(_NAME, name) and ("·" in name or _is_person_name(name)):
            yield start, cell
    for column in columns(folded):
        names = [(start, cell) for start, cell in column if re.fullmatch(_NAME, re.sub(r"\s", "", cell))]
        people = [cell for _start, cell in names if "·" in cell or _is_person_name(re.sub(r"\s", "", cell))]
        if len(people) >= 2 and len(people) * 3 >= len(column) * 2:
            yield from names


def _dotted(tokens: Tokens) -> Iterator[tuple[int, str]]:
    """Transliterated and minority names written with a middle dot (阿依古丽·买买提)."""
    found, offset = [], 0
    for index, (word, _tag) in enumerate(tokens):
        if (
            word in ("·", "•", "・", ".")
            and 0 < index < len(tokens) - 1
            and CJK_WORD.fullmatch(tokens[index + 1][0])
        ):
            left = _left_part(tokens, index)
            if left:
                found.append((offset - len(left), left, word + tokens[index + 1][0]))
        offset += len(word)
    # the same name written elsewhere without the verb the tagger glued on (受|伊力哈木·努尔)
    lefts = {(left, right) for _at, left, right in found}
    for at, left, right in found:
        shorter = [o for o, r in lefts if r == right and 2 <= len(o) < len(left) and left.endswith(o)]
        cut = len(left) - min(map(len, shorter)) if shorter else 0
        yield at + cut, left[cut:] + right


_FUNCTION_TAGS = frozenset({"p", "r", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d"})


def _left_part(tokens: Tokens, dot: int) -> str:
    """The part of a dotted name before the dot: CJK tokens back to a label or a common word."""
    parts: list[str] = []
    for word, tag in reversed(tokens[:dot]):
        common = tag in COMMON_TAGS and len(word) >= 2 and bool(parts)
        # 其与|伊力哈木: a function word ends it, once two characters are in (才让·卓玛 keeps 才)
        function = len("".join(parts)) >= 2 and len(word) == 1 and tag in _FUNCTION_TAGS
        if not CJK_WORD.fullmatch(word) or LABEL_ANYWHERE.fullmatch(word) or common or function:
            break
        if len("".join(parts)) + len(word) > 6:
            break
        parts.insert(0, word)
    return "".join(parts)


_ADMIN = "省市区县州旗镇乡村"
# Words a tagged "name" ends with when it is really a place, a law or an office.
_NOT_A_NAME_END = set(_ADMIN) | set("法局厅委办处科队所院站路街")
_PLACE_GOES_ON = re.compile(rf"[\u4e00-\u9fff]{{0,2}}[{_ADMIN}](?:[\u4e00-\u9fff]{{0,6}}(?:人民|区|县|街道))")


def _placelike(name: str, before: str, after: str) -> bool:
    """A tagged name that is part of a place or an office: 武侯区, 龙岗(区), (成都市)武侯."""
    return (
        name[-1] in _NOT_A_NAME_END
        or _PLACE_GOES_ON.match(after) is not None  # 向江|城市… is 江城市, 龙岗|区
        or (before != "" and before[-1] in _ADMIN)
    )


_OWN_PHONE = re.compile(
    r"\s*[，,（(]\s*(?:联系电话|联系方式|电话|手机号?码?)[:：\s]*"
    r"(?:[（(]\s?\+?86\s?[)）]|\+?86\.?|0086)?[\s\-·.]*"  # (+86) 135…, +86.135…, 0086 135…
    r"(1[3-9]\d(?:[\s\-·.\u3000]?\d){8}|(?:\(0\d{2,3}\)|0\d{2,3})[\s\-]?\d{7,8})(?!\d)"
)  # matched on the text with Chinese numerals read as digits (一九九二…)
# An officer stays public beside any number (the number itself goes: LEGAL.md §5).
_OFFICER_BEFORE = re.compile(r"执法人员|执法员|民警|警官|监督员|稽查人员|检查人员|办案人员|本局联系人")


_CONTACT = re.compile(
    rf"(?:经办人|联系人|承办人)[:：]?((?:{_COMPOUND_ALT})[\u4e00-\u9fff]{{1,2}}"
    rf"|[{_SURNAME_CLASS}][\u4e00-\u9fff]{{1,2}})(?=[，,（(])"
)


def _reached_privately(folded: str, phones: set[str]) -> list[tuple[int, str]]:
    """A handler or contact named beside a number of their own, whether or not the tagger
    reads the name (经办人宁某某，联系电话0471…): a person, not the agency; unless the same
    name is an officer's elsewhere in the text (a credential after it, the 执法人员 line)."""
    found, numerals = [], folded.translate(CN_DIGITS)
    for m in _CONTACT.finditer(folded):
        own = _OWN_PHONE.match(numerals, m.end(1))
        clause = _clause_before(folded, m.start(1), 40)
        if own and not _agency_number(own.group(1), phones) and not _OFFICER_BEFORE.search(clause):
            if not _officer_elsewhere(folded, m.group(1)):
                found.append((m.start(1), m.group(1)))
    return found


def _clause_before(folded: str, at: int, width: int) -> str:
    """The text before ``at`` back to the last comma or sentence end, at most ``width`` long."""
    return re.split(r"[，,。；;\n]", folded[max(0, at - width) : at])[-1]


def _agency_number(number: str, phones: Iterable[str]) -> bool:
    """Whether a number is one of the agency's, in any writing: (0471)6651234 is 0471-6651234,
    and a local number is the same line as the one with its area code."""
    digits = re.sub(r"\D", "", number)
    for phone in phones:
        known = re.sub(r"\D", "", phone)
        if len(known) < 7 or len(digits) < 7:
            continue
        short, long = sorted((digits, known), key=len)
        # the same line with and without its area code (0471 + 6651234), never a mobile that
        # happens to end in the agency's local number
        if long == short or (
            long.startswith("0") and len(long) - len(short) in (3, 4) and long.endswith(short)
        ):
            return True
    return False


def _officer_elsewhere(folded: str, name: str) -> bool:
    at = folded.find(name)
    while at >= 0:
        after = folded[at + len(name) : at + len(name) + 30]
        before = _clause_before(folded, at, 30)
        if _credential(after) or re.search(r"执法人员|执法员|民警|监督员|法定代表人|本局联系人", before):
            return True
        at = folded.find(name, at + len(name))
    return False


def _public_context(folded: str, start: int, name: str, phones: Iterable[str] = ()) -> bool:
    """Officers and representatives of organisations are published with their names, and so
    is the agency's contact person, named beside one of the agency's own numbers."""
    before = folded[max(0, start - 40) : start]
    after = folded[start + len(name) : start + len(name) + 30]
    own = _OWN_PHONE.match(
        after.translate(CN_DIGITS)
    )  # 经办人王某，联系电话139…: a person reached on their own number
    if own and not _agency_number(own.group(1), phones):
        clause = _clause_before(folded, start, 40)
        head = re.search(r"负责人[:：]?\s*$", clause)  # an organisation's head is public with any number
        if not head and not _OFFICER_BEFORE.search(clause) and not _officer_elsewhere(folded, name):
            return False
    if PUBLIC_BEFORE.search(before) or PUBLIC_AFTER.match(after[:14]):
        return True
    # a credential after the name makes an officer, unless a label says whose papers they are
    # (员工张某（证件号码…）, 证人刘某（证件号…）)
    at, labelled = start + len(name), LABEL_BEFORE.search(before) is not None
    if len(name) == 2 and re.match(r"[\u4e00-\u9fff][（(]", after):
        after, at = after[1:], at + 1  # 高慧|萱（证件号…）: the tagger cut the officer's name short
    if not labelled and _credential(after, folded, at):
        return True
    plain = re.sub(r"[\s\-()（）]", "", after)
    return any(phone in plain for phone in phones)


_ROW_PIECES = re.compile(r"[^|\t，,；;（()）：:\n]+")
_ROW_MARKER = re.compile(r"^\s*(?:\d{1,3}\s?[.、．]?|[（(]?[一二三四五六七八九十\d]{1,3}[）)]|[◇◆•●■□▪])?\s*")
_SUBJECT = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")


def record_subjects(folded: str, anchors: Iterable[Span]) -> Iterator[Span]:
    """The person a record is about: the first name-shaped piece of a table row or a line that
    holds an ID number, a passport or a private phone (2 | 胜利 | 身份证…; （3）山本健太，租住…，手机…),
    whatever its characters, and every other mention of it."""
    names = set()
    for start, end in lines_around(folded, ((a.start, a.end) for a in anchors)):
        row = "|" in folded[start:end] or "\t" in folded[start:end]
        for piece in _ROW_PIECES.finditer(folded, start, end):
            text = piece.group()
            lead = _ROW_MARKER.match(text)
            text = text[lead.end() if lead else 0 :].strip()
            if not text:
                continue
            shaped = _is_person_name(text) or minority_name(text) or "·" in text
            if (
                _SUBJECT.fullmatch(text)
                and (row or (shaped and not _ordinary_word(text)))  # a row's cell: 胜利 is a name there
                and not _role_word(text)
                and not _NOT_SUBJECT.search(text)
                and text[-1] not in "人者方员"
            ):
                names.add(text)
            break  # only the first piece that says anything: later ones are the person's details
    for name in names:
        at = folded.find(name)
        while at >= 0:
            yield Span(at, at + len(name), "third_party_name", mask_name(name), True)
            at = folded.find(name, at + len(name))


# What the first piece of a row is when it is not a person: a header, a label, a kind of thing.
_NOT_SUBJECT = re.compile(
    rf"(?:{THIRD_PARTY_LABELS})$|姓名|名称|序号|合计|小计|身份|证件|号码|电话|手机|联系|地址|住址|日期|时间|金额|备注|当事人|申请人"
    r"|公司|中心|局|所|店|厂|部|队|站|院|会|社|行$|银行|单位|[省市区县镇乡村]$"
)


def _credential(after: str, folded: str = "", at: int = 0) -> bool:
    """True when the name is followed by an officer's credential number in brackets; a number
    grouped 4-4-3 that could be a mobile (1501-2260-560) only where the sentence shows officers."""
    m = _CREDENTIAL_AFTER.match(after)
    if m is None:
        return False
    number = m.group(1) or m.group(2) or m.group(3)
    if credential_like(number):
        return True
    return (
        bool(folded)
        and FOUR_FOUR_THREE.fullmatch(number.strip()) is not None
        and officer_evidence(folded, at)
    )


_CODE_AFTER = re.compile(r"[0-9A-Za-z]")  # 蒙维备2511495296: the prefix of a number, not a name
_SENTENCE = re.compile(r"[^。；;！!？?\n]+")
# Ways of naming someone by a title on the surname (邹老板, 祁大妈, 钱老师), which the tagger
# reads as ordinary words.
_TITLE = re.compile(
    r"[\u4e00-\u9fff](?:老板|大妈|大爷|大娘|大婶|婶|阿姨|师傅|老师|大姐|大哥|叔|伯|姨|奶奶|爷爷)"
)
SECOND_OPINION = os.environ.get("GONGSHI_NER", "doubt")  # doubt | all | off (for measuring)
WINDOW = 12  # characters of context on each side of a doubt that the model reads


def _second_opinion(folded: str, ordinary: list[tuple[int, str]], found: set[str]) -> list[tuple[int, str]]:
    """Names that Baidu's LAC model tags as persons where the rules are in doubt: a candidate
    the tagger saw but no rule decided (an ordinary word such as 文静 or 林海), or a title on a
    surname. Only a window of the sentence around each doubt goes through the model, which is
    about a hundred times slower than the tagger (docs/redaction.md)."""
    if SECOND_OPINION == "off":
        return []
    doubts = [(start, start + len(name)) for start, name in ordinary if name not in found]
    doubts += [m.span() for m in _TITLE.finditer(folded)]
    windows: list[tuple[int, int]] = []
    doubts.sort()
    starts = [a for a, _b in doubts]
    for m in _SENTENCE.finditer(folded):
        if SECOND_OPINION == "all":
            windows.append(m.span())
            continue
        first, last = bisect.bisect_left(starts, m.start()), bisect.bisect_left(starts, m.end())
        for a, b in doubts[first:last]:
            a, b = max(m.start(), a - WINDOW), min(m.end(), b + WINDOW)
            if windows and a <= windows[-1][1]:  # overlapping windows are read as one
                a = windows.pop()[0]
            windows.append((a, b))
    pieces = [(a, folded[a:b]) for a, b in windows]
    return [
        (start, name)
        for start, name in ner.persons(pieces)
        if (_is_person_name(name) or "·" in name) and not _CODE_AFTER.match(folded, start + len(name))
    ]
