"""Validated personal identifiers wherever they appear in a text (LEGAL.md §3)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from stdnum import luhn
from stdnum.cn import ric, uscc

from publisher.redact.spans import CN_DIGITS, Span
from publisher.redact.tables import column_cells

SEP = r"[ \-\u2010-\u2015~_·/]?"  # a space, a dash or another mark between digit groups
_ID18 = re.compile(rf"(?<![0-9A-Za-z])(\d{{6}}{SEP}\d{{8}}{SEP}\d{{3}}[0-9Xx])(?![0-9A-Za-z])")
_ID15 = re.compile(r"(?<![0-9A-Za-z])(\d{15})(?![0-9A-Za-z])")
_MOBILE = re.compile(
    rf"(?<![0-9+])((?:[（(]\s?\+?86\s?[)）]|\+?86|0086)[ \-]?)?(1[3-9]\d{SEP}\d{{4}}{SEP}\d{{4}})(?!\d)"
)  # TEL139…
# A mobile with its first three digits in brackets, (156)30909220; an extension after a mobile.
_MOBILE_BRACKETED = re.compile(r"(?<![0-9])\(1[3-9]\d\)\s?\d{4}[ \-]?\d{4}(?!\d)")
_EXTENSION = re.compile(r"\s?(?:转|ext\.?|分机)\s?(?:分机)?\d{1,6}(?!\d)")
# A mobile spoken digit by digit, in groups, after Chinese numerals were read as digits.
_MOBILE_SPOKEN = re.compile(r"(?<![0-9])1[3-9]\d(?:\s?\d){8}(?![0-9])")
_LANDLINE = re.compile(
    r"\+?86[\s\-]*\(0\)\s?\d{2,3}[\s\-]?\d(?:[ \-]?\d){6,7}(?!\d)"  # +86 (0)580 2012345
    r"|(?<![0-9A-Za-z])"
    r"(?:\(0\d{2,3}\)|0\d{2,3})[ \-]{0,2}[2-9](?:[ \-]?\d){6,7}"
    r"(?:\s?(?:转|ext\.?|[-#]|分机)\s?(?:分机)?\d{1,6})?(?!\d)"
)
# A local line without its area code, after a word for a phone: 家庭电话：8765 4321.
_LOCAL_LINE = re.compile(
    r"(?:电话|固话|座机|宅电|联系方式|联系号码)(?:号码)?(?:为|是)?[:：\s]*"
    r"(?<![0-9])([2-9]\d{2,3}[ \-]?\d{4})(?![0-9])"
)
_CARD = re.compile(r"(?<![0-9A-Za-z])(\d{4}(?:[ \-]?\d{4}){2,3}(?:[ \-]?\d{1,3})?)(?!\d)")
_ACCOUNT = re.compile(r"(?:账号|账户|帐号|帐户|卡号|银行账号)[:：\s]*([0-9][0-9 \-]{7,30}[0-9])")
_EMAIL = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
# ... and the ways people write one so that machines do not read it: name(at)qq.com, name#163.com,
# name ＠ qq。com, name [at] sina [dot] cn, name AT hotmail DOT com.
_AT = r"(?:\s?[@＠#]\s?|\s?[(（\[{]\s?(?:at|AT|At|@)\s?[)）\]}]\s?|\s(?:at|AT|At)\s|艾特)"
_DOT = r"(?:\s?[.。．]\s?|\s?[(（\[{]\s?(?:dot|DOT|Dot|\.)\s?[)）\]}]\s?|\s(?:dot|DOT|Dot)\s|点)"
_EMAIL_WRITTEN = re.compile(
    rf"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]{{2,64}}{_AT}[A-Za-z0-9\-]{{2,30}}(?:{_DOT}[A-Za-z0-9\-]{{2,20}})*{_DOT}"
    r"(?:com|cn|net|org|edu|gov|hk|mo|tw|io|me|info|biz|top|xyz|co|jp|kr|uk|us|ru|de|club|site|online|shop|vip|work"
    r"|tech|email)(?![A-Za-z0-9])",
)
_PASSPORT = re.compile(r"(?<![0-9A-Za-z])([EGDSP]\d{8}|E[A-HJ-NP-Z]\d{7})(?![0-9A-Za-z])")
_PERMIT = re.compile(r"(?<![0-9A-Za-z])([HM]\d{8,10}|\d{8}(?=\D*台湾)|[A-Z]\d{6}\(\w\))(?![0-9A-Za-z])")
_PERMIT_LABELLED = re.compile(
    r"(?:通行证|居住证|回乡证|台胞证|护照|签证|居留许可|旅行证|Passport)[^，,。；;\n]{0,14}?"
    r"(?<![A-Za-z0-9])([A-Za-z]{0,2}\s?\d[\dA-Za-z]{5,11}(?:[（(][0-9A-Za-z][）)])?"
    r"|(?=[A-Za-z]*\d)[A-Za-z][A-Za-z0-9]{5,11})(?![A-Za-z0-9])",
    re.I,
)
# A local identity card number (Hong Kong, Macau, Taiwan, foreign) near an identity cue.
_LOCAL_ID = re.compile(
    r"(?:身份证|证件|身份号码|居民身份)[^，,。；;\n]{0,12}?(?<![A-Za-z0-9])"
    r"([A-Z]{1,2}\d{6,9}(?:[（(][0-9A][）)])?|\d{7}[（(]\d[）)])(?![A-Za-z0-9])"
)
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领"
_PLATE = re.compile(
    # 全新S9000A型, 最新款: 新 there is "new", not Xinjiang's plate prefix
    rf"(?<![全最崭更])临?[{_PROVINCES}]\s?[A-HJ-NP-Z][·•\.\s\-]?(?:[DF]\s?[A-HJ-NP-Z0-9]\d{{4}}|\d{{5}}[DF]"
    r"|[A-HJ-NP-Z0-9]\s?[A-HJ-NP-Z0-9]{3}(?:[A-HJ-NP-Z0-9挂学警港澳领]|应急)|[A-HJ-NP-Z0-9]{4}(?:挂|学|警|港|澳|领|应急))"
    r"(?![A-Za-z0-9]|型|款)"  # 新AA65014347 is a licence number, 鲁A1234型 a model: not plates
    # an embassy's or a consulate's plate (使169006), not 致使336000元
    r"|(?<![A-Za-z0-9])[使领]\d{6}(?![0-9]|[元名人户万余多个次件箱台吨斤米亩倍届年月日天位家项])"
    rf"|临[{_PROVINCES}][A-HJ-NP-Z]\d{{4,5}}(?![0-9])"  # a temporary plate: 临鲁F8192
    rf"|[{_PROVINCES}][\u4e00-\u9fff]渔\s?\d{{5}}(?!\d)"  # a fishing boat: 浙普渔72160
)
_PLATE_LABELLED = re.compile(
    r"(?:车牌|号牌|牌照)(?:号码?)?(?:为|是)?[:：\s]*([A-Z]{1,2}\s?\d{1,4})(?![0-9A-Za-z])"
)
_VIN = re.compile(r"(?<![0-9A-Za-z])([A-HJ-NPR-Z0-9]{17})(?![0-9A-Za-z])")
_PROPERTY = re.compile(
    rf"[{_PROVINCES}]?[（(]\d{{4}}[）)][^\s，,。；;、]{{0,12}}?不动产权第\s*\d+\s*号"
    r"|[^\s，,。；;、：:（(]{0,8}不动产权第\s*\d+\s*号"
    r"|[\u4e00-\u9fff]{0,4}(?:房权证|林权证)[^\s，,。；;]{0,10}字第?\s*\d+\s*号"
)
# Social and platform accounts: the service, perhaps a word for account, then the id, in
# brackets or quotes or after 为/是; or the id first and its service in brackets after it.
_SERVICES = (
    r"微信|WeChat|QQ|抖音|快手|微博|小红书|B站|哔哩哔哩|视频号|支付宝|淘宝|天猫|闲鱼|拼多多|京东|美团|饿了么|钉钉|陌陌|探探"
    r"|Telegram|Skype|LINE|WhatsApp|Facebook|Instagram|TikTok|(?:平台|直播|网络|社交|网店|店铺|游戏|会员|收款)"
)
_ACCOUNT_WORD = r"(?:店铺)?(?:号码?|账号|帐号|账户|ID|UID|用户名|名)?"
_SOCIAL = re.compile(
    rf"(?:(?:{_SERVICES}){_ACCOUNT_WORD}|账号ID|用户ID|UID|用户名)"
    r"(?:为|是)?[:：\s]*[（(“\"「『]?\s*([A-Za-z0-9_\-.]*[A-Za-z0-9_](?:@[A-Za-z0-9.]+)?)",
    re.I,
)
_SOCIAL_BEFORE = re.compile(
    rf"(?<![A-Za-z0-9_\-.])([A-Za-z0-9_\-.]{{5,30}})\s*[（(](?:{_SERVICES}){_ACCOUNT_WORD}[）)]", re.I
)
# A nickname on a platform, in quotes: 昵称为“甜甜的小屋”, 网名“某某”.
_NICKNAME = re.compile(
    r"(?:昵称|网名|账号名称?|用户名)(?:为|是|叫)?[:：\s]*(?:[“\"「『]([^”\"」』\n]{1,20})[”\"」』]"
    r"|(?<=[:：])\s*([^，,。；;、\s（()）“”\"]{2,20}))"
)
# An ID number a clerk masked in part (3301**********1234): what is left still says where
# and when someone was born.
# A mobile a clerk masked in part (139****5678): the rest still narrows it to a few people.
_MASKED_MOBILE = re.compile(r"(?<![0-9A-Za-z*])1[3-9]\d(?:[*＊xX]{4}\d{4}|\d{4}[*＊xX]{4})(?![0-9A-Za-z*])")
_MASKED_ID = re.compile(r"(?<![0-9A-Za-z*])\d{3,6}(?:[*＊]{4,12}|[xX]{6,12})\d{0,4}[\dXx]?(?![0-9A-Za-z*])")
# ... or masked anywhere, as long as what is left shows a birth date or a birth place:
# 3309021995****614X, ******19990911****, 32100319670316***2.
_MASKED_ANYWHERE = re.compile(
    r"(?<![0-9A-Za-z*＊])[0-9*＊]{17}[0-9Xx*＊](?![0-9A-Za-z*＊])|(?<![0-9A-Za-z*＊])[0-9*＊]{15}(?![0-9A-Za-z*＊])"
)
# A long number a spreadsheet turned into scientific notation (6.22671E+18, 3.30922200301079E+17).
_SCIENTIFIC = re.compile(
    r"(?:(?<=[,，|\t:：])|(?<=[号码为是户]))\s*\d\.\d{2,16}[Ee]\+?(?:1\d|2\d)(?=\s*(?:[,，|\t\n。；;]|$))"
)  # in a cell or after a cue, as a spreadsheet leaves it; 3.60E+10 CFU/g in a report stays
# A masked card: 6228 **** **** 9212.
_MASKED_CARD = re.compile(r"(?<![0-9A-Za-z*])\d{4}(?:[ \-]?[0-9*＊]{4}){2,3}[ \-]?[0-9]{1,4}(?![0-9A-Za-z*])")
# An ID masked with spaces between its groups: 330102 ******** 1234.
_MASKED_SPACED = re.compile(r"(?<![0-9A-Za-z*])\d{6}\s[*＊]{8}\s[0-9*＊]{3}[0-9Xx*＊](?![0-9A-Za-z*])")


# An alphanumeric token, single spaces or dashes allowed between its groups.
_TOKEN = re.compile(
    r"(?<![0-9A-Za-z])[0-9A-Za-z]+(?:(?:[ \-\u2010-\u2015~_]{1,2}|[./·](?=[0-9A-Za-z]{3}))[0-9A-Za-z]+)*"
)  # groups joined by one or two spaces or dashes, or by dots, slashes or middle dots between
# groups of three or more
_GROUPING = re.compile(r"[ \-\u2010-\u2015.~_/·]")
LONG = 11  # digits: shorter runs are dates, amounts, case and licence sequence numbers
# Public accounts for paying fines and fees (罚没款、非税收入汇缴结算户), named before the number.
_FISCAL = re.compile(r"(?:汇缴|结算户|收入户|非税|国库|财政|代收|罚没款?专户|收款单位)")
_OWN = re.compile(r"本人|个人|你的|其的|工资|退还至|退回至|退至")
# After a fiscal account, a word that starts talking about a person again.
_NOT_FISCAL = re.compile(rf"{_OWN.pattern}|身份|公民|证件|出生|手机|电话|联系|社保|医保|驾驶|住址")
# Officers' credential numbers (执法证号) are public with their names.
_OFFICER = re.compile(
    r"执法人员|执法证|承办人|(?:法制)?审核人员?|审查人|批准人|检查人员|办案人员|执法员|监察员|稽核人员|稽查人员|检查组|督导员|监督员|调查人员|核查人员"
    r"|监督证|法律职业资格证"
    r"|警号|(?:办案|出警)?民警|工作证号|(?:^|(?<=[（(，,、：:\s]))证号"
)
# A name, then its credential in brackets: 苏某（证件号4301-8111-891） (checked by credential_like).
_NAMED_CREDENTIAL = re.compile(r"[\u4e00-\u9fff·]{2,6}[（(]\s*(?:证件号码?|执法证件号|编号)[:：\s]*$")
# Numbers of public documents and of the agency's own lines, named just before the number.
_PUBLIC_DOCUMENT = re.compile(
    r"(?:发票(?:号码|代码)|注册号|注册证号?|批准文号|国药准字|械注准|报告编号|检验报告|条形?码|商品条码|许可证编号|"
    r"备案号|合同编号|登记号|案件编号|案件号|受理编号|立案编号|本局|本机关|(?:许可|运管|[A-Z])字第?)[^，,。；;\n]{0,6}$"
)
_REGISTRATION = re.compile(r"注册号[:：\s]*$")  # an old business registration number has 15 digits
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
_INVOICE = re.compile(r"发票(?:号码|代码)[:：\s]*$")
_PRIVATE_CUE = re.compile(r"驾驶|身份|社保|社会保障|医保|银行|账|卡号|电话|手机|联系|当事人|证件|收款")
# A person's cards and certificates: social security and medical insurance in every name,
# and the certificates of the old, the disabled, veterans, residents and drivers.
_PERSONAL_CARD = (
    r"(?:社保卡|社会保障卡|医保卡|医疗保险卡|医保凭证|就诊卡|银行卡)(?:卡?号码?|编号)?"
    r"|(?:社保|社会保障|医保|医疗保险|参保(?:人员)?|个人社保|长期护理保险(?:参保人员)?)"
    r"(?:号码?|编号|编码|账号|个人编号|个人编码|卡号)"
    r"|执业(?:药师|医师|助理医师|护士|兽医)(?:注册)?(?:证书?)?(?:编号|号码?)|健康证明?(?:编号|号码?)"
    r"|(?:特种设备作业人员|放射工作人员|特种作业操作|职业资格|从业人员健康)证(?:书)?(?:编号|号码?)"
    r"|(?:老年人?(?:优待)?|优待|残疾人?|残疾军人|退役军人|军人|退伍|退役|居住|暂住|驾驶|从业资格|出生医学)证明?"
    r"(?:号码?|编号|档案编号)?|伤残(?:人员)?证件?(?:号码?|编号)?|驾驶证档案编号|档案编号|(?<![执法])卡号"
)
# Numbers that a person's records carry: household, school, hospital, employee, archive,
# a boat's radio (MMSI) and an engine's; certificates of homesteads and of overseas Chinese families.
_RECORD = re.compile(
    r"(?:(?<![账帐开])户号|学籍号|住院号|病案号|门诊号|就诊号|工号|员工编号|职工编号|MMSI码?[）)]?|发动机(?:号码?|编号)|电机号"
    r"|船舶识别号|退伍证(?:编号|号)"
    r"|(?:宅基地|集体土地|土地|海域)使用权?证号?|教职人员证书?[，,]?(?:编号|号))(?:为|是)?[:：\s]*"
    r"((?:(?=[0-9A-Za-z\-]{0,24}\d)[0-9A-Za-z][0-9A-Za-z\-]{4,24}"
    r"|(?:\d{4})?[\u4e00-\u9fff]{1,8}(?:[（(]\d{4}[）)])?[\u4e00-\u9fff]{0,4}第?\d{3,12}号?))(?![0-9A-Za-z])"
)
# A certificate numbered after its place and kind: 蓬莱侨眷字202542846, 邗江集用（2014）第68851号.
_PLACE_CERTIFICATE = re.compile(
    r"[\u4e00-\u9fff]{2,5}(?:侨眷|集用|宅|海)(?:字|[（(]\d{4}[）)])第?\d{4,12}号?(?![0-9])"
)
_CARD_CUE = re.compile(
    rf"(?:{_PERSONAL_CARD})[（(]?\s*(?:证号|卡号|号码|编号)?[:：\s]*"
    r"([A-Za-z]{0,3}[ \-]?\d(?:[ \-]?[0-9A-Za-z]){5,24})"
)
_CARD_HEADER = re.compile(rf"^\s*(?:{_PERSONAL_CARD}|(?:社保|医保|参保)[\u4e00-\u9fff]{{0,4}})\s*$")
_PAPERS_HEADER = re.compile(r"证件|身份证|身份证明|护照|通行证|证照号|公民身份")
_PAPERS_CELL = re.compile(r"[0-9A-Za-z](?:[ \-]?[0-9A-Za-z]){5,24}")
_CARD_CELL = re.compile(r"[A-Za-z]{0,3}[ \-]?\d(?:[ \-]?[0-9A-Za-z]){5,24}")


# Letters a scan or a typist puts for digits: O for 0, I and L for 1, Z for 2, S for 5, B for 8.
_OCR = str.maketrans("OILZSB", "011258")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _id_window(compact: str) -> bool:
    """True when the digits hold an 18-character ID number with a valid check digit anywhere
    (a disability certificate is the ID number and two more digits; a licence is T + ID)."""
    for start in range(0, len(compact) - 17):
        window = compact[start : start + 18]
        if _checksum_ok(window) and _born(window):
            return True
    return False


def _born(number: str) -> bool:
    """True when an ID number's birth date is a real day since 1900 (the birth place is not
    checked: the tables lag behind new districts)."""
    try:
        return ric.get_birth_date(number).year >= 1900
    except ValueError:
        return False


def public_number(folded: str, start: int, mobile: bool = False) -> bool:
    """True when the long number at ``start`` is public by what precedes it: a fiscal account
    for paying fines, an officer's credential number, the number of a public document or
    one of the agency's own lines. A mobile is never one of the agency's lines (an officer's
    own phone is private: LEGAL.md §5), only possibly a credential number that looks like one."""
    before = folded[max(0, start - 60) : start]
    if not mobile and _PUBLIC_DOCUMENT.search(before[-16:]) and not _OWN.search(before[-16:]):
        return True
    fiscal = not mobile and (
        _after_last(_FISCAL, before, _NOT_FISCAL)  # a fiscal account is never a mobile
        or _FISCAL_NAMED_AFTER.match(folded, start) is not None
    )
    named = (
        not mobile
        and _NAMED_CREDENTIAL.search(before[-14:]) is not None
        and not _PRIVATE_ROLE.search(before[-24:])  # 员工张某（证件号码…）: an employee's papers
        and _credential_action(folded, start)
    )
    if mobile:  # an officer's number that looks like a mobile only right after its word
        return _CREDENTIAL_WORD.search(before[-60:]) is not None
    return fiscal or named or _after_last(_OFFICER, before[-40:], _PRIVATE_CUE)


# A number grouped 4-4-3 (1501-2260-560): how credentials are written, never mobiles (3-4-4).
FOUR_FOUR_THREE = re.compile(r"\d{4}[ \-]\d{4}[ \-]\d{3}")
# Who a named number belongs to when the text says so: never an officer.
_PRIVATE_ROLE = re.compile(
    r"(?:员工|职工|雇员|店员|工人|证人|当事人|消费者|投诉人|举报人|被询问人|患者|学生|家属|亲属|邻居|租户|承租人|现场人员)"
    r"[\u4e00-\u9fff·]{2,6}[（(][^）)]*$"
)


def officer_evidence(folded: str, at: int) -> bool:
    """Whether the sentence around ``at`` shows officers: a cue word before it, or a credential
    in a shape only officers' have (粤90586550, 川执字第…号)."""
    start = max(folded.rfind("。", 0, at), folded.rfind("\n", 0, at), at - 80, 0)
    stop = min(x for x in (folded.find("。", at), folded.find("\n", at), at + 80, len(folded)) if x >= 0)
    sentence = folded[start:stop]
    return (
        _OFFICER.search(folded, start, at) is not None
        or _CREDENTIAL_SHAPE.search(sentence) is not None
        # two people named with credentials who inspect: 王某（证件号…）、李某（证件号…）在…检查
        or (len(_ANOTHER_CREDENTIAL.findall(sentence)) >= 2 and _ACTION.search(sentence) is not None)
    )


_FISCAL_NAMED_AFTER = re.compile(r"[0-9 \-]{8,40}[（(][^）)]{0,20}(?:汇缴|结算户|非税|国库|罚没款?专户)")
_FISCAL_STRONG = re.compile(r"汇缴|结算户|非税|国库|财政|罚没款?专户")
_CREDENTIAL_WORD = re.compile(
    r"(?:执法证(?:件)?(?:编号|号)?|警号|工作证号|监督证号)(?:分别为|分别是|为)?[:：\s]*"
    rf"(?:[{_PROVINCES}]?(?:执字第?)?[0-9A-Za-z\-]{{6,20}}号?[、，,和及]\s*){{0,4}}$"
)


def _card_or_id_shaped(compact: str) -> bool:
    """A bank card (16 to 19 digits with a valid Luhn check digit) or a number shaped like an
    ID number (18 characters with a real birth date where it belongs) is never an officer's
    credential or a public number, whatever precedes it."""
    digits = re.sub(r"\D", "", compact)
    if compact.isdigit() and 16 <= len(digits) <= 19 and luhn.is_valid(digits):
        return True
    return len(compact) == 18 and compact[:17].isdigit() and _born_at(compact[6:14])


def _born_at(yyyymmdd: str) -> bool:
    try:
        born = date(int(yyyymmdd[:4]), int(yyyymmdd[4:6]), int(yyyymmdd[6:8]))
    except ValueError:
        return False
    return 1900 <= born.year <= date.today().year


# What officers named with their credentials do: 对当事人进行检查, 到场, 开展核查 …
_ACTION = re.compile(r"检查|调查|核查|核实|询问|到场|勘验|执法|巡查|抽查|送达")


# A credential in the shape only officers' have: 粤90586550, 川执字第51118190250号.
_CREDENTIAL_SHAPE = re.compile(rf"[{_PROVINCES}](?:执字第?|执)?\d{{6,12}}号?")
# Another named credential beside this one: officers sign in pairs (王某（证件号…）、李某（证件号…）).
_ANOTHER_CREDENTIAL = re.compile(r"[（(，,]\s*(?:证件号码?|执法证件?号)|执字第?\d")


def _credential_action(folded: str, start: int) -> bool:
    """True when the sentence of a bracketed credential says what officers do, or names a
    second officer with a credential beside it."""
    end = min(len(folded), start + 80)
    stop = re.search(r"[。\n]", folded[start:end])
    sentence = folded[start : start + stop.start() if stop else end]
    line_start = max(folded.rfind("\n", 0, start), start - 60, 0)
    before = folded[line_start:start]
    return (
        _ACTION.search(sentence) is not None
        or _ANOTHER_CREDENTIAL.search(sentence) is not None
        or len(_ANOTHER_CREDENTIAL.findall(before)) >= 2  # this one's own cue, and another's
    )


def credential_like(number: str) -> bool:
    """True when a number after an officer's name can be a credential: it holds no valid ID
    number and is not a mobile."""
    compact = _GROUPING.sub("", number).upper()
    digits = re.sub(r"\D", "", compact)
    return (
        not _PASSPORT.fullmatch(compact)  # a passport or a permit is a person's, whoever holds it
        and not _PERMIT.fullmatch(compact)
        and not _id_window(compact)
        and not _card_or_id_shaped(compact)
        and _MOBILE.fullmatch(digits) is None
        and len(digits) != 15
    )


def _after_last(cue: re.Pattern[str], before: str, unless: re.Pattern[str]) -> bool:
    """True when ``cue`` occurs in ``before`` and ``unless`` does not follow its last occurrence."""
    found = [m.end() for m in cue.finditer(before)]
    return bool(found) and not unless.search(before[found[-1] :])


_FOUR_DIGITS = re.compile(r"\d(?:[^\d\n]{0,8}\d){3}")  # four digits, perhaps grouped or masked


def long_numbers(folded: str) -> Iterator[Span]:
    """Default-deny for long numbers: eleven or more digits (however grouped) are taken to
    identify a person (an account, a card, a licence file, an ID number in any wrapping)
    unless the context shows a public number or it validates as an organisation's credit
    code. A code with letters (a licence or permit number) is private only when it holds an
    ID number."""
    if _FOUR_DIGITS.search(folded) is None:  # every rule below needs a run of digits
        return
    for m in _TOKEN.finditer(folded):
        compact = _GROUPING.sub("", m.group()).upper()
        digits = sum(c.isdigit() for c in compact)
        if (
            len(compact) == 18
            and 12 <= digits < 17
            and _id_window(compact[:17].translate(_OCR) + compact[17])
        ):
            yield Span(m.start(), m.end(), "id_number")  # typed or scanned with O for 0, l for 1 …
            continue
        if digits < 15 and not (digits >= LONG and compact[0].isdigit()):
            continue
        # a valid ID number is private whatever precedes it; a longer number labelled as a
        # public document's (a 20-digit invoice number) may hold one by chance
        labelled = len(compact) > 18 and (
            _INVOICE.search(folded[max(0, m.start() - 12) : m.start()])
            or _after_last(_FISCAL_STRONG, folded[max(0, m.start() - 60) : m.start()], _NOT_FISCAL)
        )
        if _id_window(compact) and not labelled:
            yield Span(m.start(), m.end(), "id_number")
            continue
        # 1501-2260-560 is grouped as a credential is, not as a mobile (139 1234 5678): an
        # officer's, where the sentence shows officers
        grouped = FOUR_FOUR_THREE.fullmatch(m.group()) is not None and officer_evidence(folded, m.start())
        mobile = _MOBILE.fullmatch(compact) is not None and not grouped
        strong = _card_or_id_shaped(compact) and not _FISCAL_STRONG.search(
            folded[max(0, m.start() - 60) : m.start()]
        )
        if compact.isdigit() and not strong and public_number(folded, m.start(), mobile=mobile):
            continue
        if (compact.isdigit() or compact[0].isdigit()) and not uscc.is_valid(compact):
            # digits first, letters (if any) after: a number with a suffix, not a code like JY…
            yield Span(m.start(), m.end(), "long_number", uncertain=True)  # validates as nothing
    for m in _MASKED_ID.finditer(folded):
        if len(m.group()) >= 14:
            yield Span(m.start(), m.end(), "id_number")
    for m in _MASKED_MOBILE.finditer(folded):
        yield Span(m.start(), m.end(), "phone")
    for m in _MASKED_ANYWHERE.finditer(folded):
        text = m.group()
        if 3 <= text.count("*") + text.count("＊") and sum(c.isdigit() for c in text) >= 6:
            yield Span(m.start(), m.end(), "id_number")
    masked = ((_SCIENTIFIC, "long_number"), (_MASKED_CARD, "bank_account"), (_MASKED_SPACED, "id_number"))
    for pattern, rule in masked:
        for m in pattern.finditer(folded):
            if rule != "bank_account" or "*" in m.group() or "＊" in m.group():
                yield Span(m.start(), m.end(), rule)
    for m in _RECORD.finditer(folded):
        # an officer's 工号 (执法人员王某（工号A10023）) and a fiscal account's 户号 can be public
        shared = re.match(r"工号|员工编号|职工编号|户号", m.group())
        if not (shared and public_number(folded, m.start(1))):
            yield Span(m.start(1), m.end(1), "record_number")
    for m in _PLACE_CERTIFICATE.finditer(folded):
        yield Span(m.start(), m.end(), "property_certificate")
    yield from _broken_ids(folded)
    for start, cell in column_cells(folded, _PAPERS_HEADER):  # a column of identity papers
        found = _PAPERS_CELL.search(cell)
        if found and sum(c.isdigit() for c in found.group()) >= 5:
            yield Span(start + found.start(), start + found.end(), "id_number")
    for m in _CARD_CUE.finditer(folded):
        yield Span(m.start(1), m.end(1), "card_number")
    for start, cell in column_cells(folded, _CARD_HEADER):  # a column of such numbers in a table
        found = _CARD_CELL.search(cell)
        if found and sum(c.isdigit() for c in found.group()) >= 5:
            yield Span(start + found.start(), start + found.end(), "card_number")


def shapes(folded: str) -> Iterator[Span]:
    """What the final leak scan refuses to publish: long numbers (with the same public
    exceptions as redaction), mobiles and landlines however they are grouped."""
    yield from long_numbers(folded)
    yield from _phones(folded)


def _phones(folded: str) -> Iterator[Span]:
    """Mobiles and landlines, also in Chinese numerals; the agency's own lines and officers'
    credential numbers (which can look like a mobile) are public by context."""
    numerals = folded.translate(CN_DIGITS)
    if _FOUR_DIGITS.search(numerals) is None:  # no phone without digits, in figures or in words
        return
    lines = (_MOBILE, _MOBILE_BRACKETED, _LANDLINE, _LOCAL_LINE)
    for text, patterns in ((folded, lines), (numerals, (_MOBILE_SPOKEN, _LANDLINE))):
        for pattern in patterns:
            for m in pattern.finditer(text):
                start = m.start(pattern.groups and pattern is _LOCAL_LINE)
                if not public_number(folded, start, mobile=pattern not in (_LANDLINE, _LOCAL_LINE)):
                    extension = _EXTENSION.match(folded, m.end())
                    yield Span(start, extension.end() if extension else m.end(), "phone")


# An ID number broken over two lines (a narrow form field): 620102⏎    199404241885; or
# over two table cells (5203021990 | 11245372).
_BROKEN_ID = re.compile(r"(?<![0-9A-Za-z])\d{2,16}(?:-?[ ]*\n[ \t]*\d{1,16}){1,3}[0-9Xx]?(?![0-9A-Za-z])")
# An ID number with its first group in brackets: （330903）197903155123.
_BRACKETED_ID = re.compile(r"[（(]\d{6}[）)]\s?\d{8}\s?\d{3}[0-9Xx](?![0-9A-Za-z])")
# ... or over two table cells (5203021990 | 11245372), perhaps after a word in the first (身份证…).
_SPLIT_CELLS = re.compile(
    r"(?<=\|)[ \t]*(?:[\u4e00-\u9fff]{1,6}[:：]?)?"
    r"(\d{2,16}[ \t]*\|[ \t]*\d{1,16}[0-9Xx]?)(?=[ \t]*(?:\||\n|$))"
)
# A mobile broken over two lines: 188-⏎1799-5131.
_BROKEN_MOBILE = re.compile(
    r"(?<![0-9])1[3-9]\d(?:[ \-]\n[ \t]*\d{4}[ \-]?\d{4}|[ \-]?\d{4}[ \-]\n[ \t]*\d{4})(?![0-9])"
)
# The last digits of a card or an account (尾号8200): labelled, they are the account's.
_TAIL = re.compile(r"(?:尾号|末四位|后四位|前六位)(?:为|是)?[:：\s]*(\d{4,6})(?!\d)")


def _broken_ids(folded: str) -> Iterator[Span]:
    for m in _BROKEN_ID.finditer(folded):
        compact = re.sub(r"[\s\-]", "", m.group()).upper()
        if len(compact) == 18 and _checksum_ok(compact):
            yield Span(m.start(), m.end(), "id_number")
    for m in _BRACKETED_ID.finditer(folded):
        if _checksum_ok(re.sub(r"\D", "", m.group()[:-1]) + m.group()[-1].upper()):
            yield Span(m.start(), m.end(), "id_number")
    for m in _SPLIT_CELLS.finditer(folded):
        compact = re.sub(r"[\s|]", "", m.group(1)).upper()
        if len(compact) == 18 and _checksum_ok(compact):
            yield Span(m.start(1), m.end(1), "id_number")
    for m in _BROKEN_MOBILE.finditer(folded):
        yield Span(m.start(), m.end(), "phone")
    for m in _TAIL.finditer(folded):
        yield Span(m.start(1), m.end(1), "bank_account")


def _find(folded: str) -> Iterator[Span]:
    numerals = folded.translate(CN_DIGITS)
    for m in _ID18.finditer(numerals):  # also written in Chinese numerals (one character for one)
        candidate = _digits(m.group(1)[:-1]) + m.group(1)[-1].upper()
        if ric.is_valid(candidate) or _checksum_ok(candidate):
            yield Span(m.start(1), m.end(1), "id_number")
    for m in _ID15.finditer(folded):
        # an old registration number (注册号) is public; one that holds a birth date is an ID
        # number whatever else precedes it
        labelled = _REGISTRATION.search(folded[max(0, m.start(1) - 12) : m.start(1)])
        if (_born15(m.group(1)) and not labelled) or not public_number(folded, m.start(1)):
            yield Span(m.start(1), m.end(1), "id_number")

    yield from _phones(folded)
    for m in _CARD.finditer(folded):
        digits = _digits(m.group(1))
        if 16 <= len(digits) <= 19 and luhn.is_valid(digits) and not public_number(folded, m.start(1)):
            yield Span(m.start(1), m.end(1), "bank_account")
    yield from _simple(folded)
    yield from long_numbers(folded)  # last: a span that a named rule found keeps that rule's name


_FLOAT_TAIL = re.compile(r"\.0(?![0-9])")


def find(folded: str) -> Iterator[Span]:
    """Yield every validated identifier in the (folded) text; a spreadsheet's ".0" after a
    number (13912345678.0) goes with it."""
    for span in _find(folded):
        tail = _FLOAT_TAIL.match(folded, span.end)
        yield Span(span.start, tail.end(), span.rule, span.replacement, span.uncertain) if tail else span


def _simple(folded: str) -> Iterator[Span]:
    for m in _ACCOUNT.finditer(folded):
        if sum(c.isdigit() for c in m.group(1)) < 9 or _DATE.fullmatch(m.group(1)):
            continue  # 收款账户⏎2024-12-09起: a date in the next cell, not an account
        if not public_number(folded, m.start(1)):
            yield Span(m.start(1), m.end(1), "bank_account")
    for pattern, rule, group in (
        (_EMAIL, "email", 0),
        (_EMAIL_WRITTEN, "email", 0),
        (_PASSPORT, "passport", 1),
        (_PERMIT, "permit", 1),
        (_PERMIT_LABELLED, "permit", 1),
        (_LOCAL_ID, "id_number", 1),
        (_PLATE, "plate", 0),
        (_PLATE_LABELLED, "plate", 1),
        (_PROPERTY, "property_certificate", 0),
        (_SOCIAL, "social_id", 1),
        (_SOCIAL_BEFORE, "social_id", 1),
        (_NICKNAME, "social_id", 1),
    ):
        for m in pattern.finditer(folded):
            if pattern is _NICKNAME:
                group = 1 if m.group(1) else 2
            if rule == "social_id" and len(m.group(group)) < (2 if pattern is _NICKNAME else 5):
                continue
            if rule in ("email", "social_id", "plate") or not public_number(folded, m.start(group)):
                yield Span(m.start(group), m.end(group), rule)
    for m in _VIN.finditer(folded):
        vin = m.group(1)
        if (
            any(c.isalpha() for c in vin)
            and sum(c.isdigit() for c in vin) >= 5
            and not public_number(folded, m.start(1))
        ):
            yield Span(m.start(1), m.end(1), "vin")


def _born15(number: str) -> bool:
    """True when a 15-digit number holds a birth date (19YYMMDD) where an old ID number has it."""
    return _born_at("19" + number[6:12])


def _checksum_ok(number: str) -> bool:
    """GB 11643 checksum alone (birth place tables lag behind new districts)."""
    try:
        return ric.calc_check_digit(number) == number[-1] and re.fullmatch(r"\d{17}[\dX]", number) is not None
    except ValueError:
        return False
