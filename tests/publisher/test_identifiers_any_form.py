"""Structured identifiers are removed in every form people write them, and the final leak scan
refuses the same shapes; public numbers (a fiscal account for paying fines, officers'
credential numbers, credit codes, the agency's own phones) stay. Sentences of our own, not
copied from any corpus."""

from __future__ import annotations

import pytest
from stdnum.cn import ric

from publisher.redact import redact, scan
from publisher.redact.spans import DELETED
from tests import factories as f


def an_id(born: str = "19880214", place: str = "330106", serial: str = "271") -> str:
    body = place + born + serial
    return body + ric.calc_check_digit(body + "0")  # (the check digit of the first 17)


ID = an_id()
GROUPED_BY_FOURS = " ".join(ID[i : i + 4] for i in range(0, 18, 4))
SIX_EIGHT_FOUR = f"{ID[:6]}-{ID[6:14]}-{ID[14:]}"
OLD_ID = "330106880214271"

PRIVATE = {
    "ID grouped by fours": f"当事人王某（公民身份号码：{GROUPED_BY_FOURS}）到场。",
    "ID grouped 6-8-4": f"身份证件号码 {SIX_EIGHT_FOUR}，住所地略。",
    "ID in full-width digits": "证件号码" + ID.translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}),
    "T + ID (special operations licence)": f"其特种作业操作证编号为T{ID}，已过期。",
    "ID + grade digits (disability certificate)": f"职工甲持残疾人证，证号第{ID}43号，二级。",
    "ID + grade digits, grouped": f"残疾人证号：{ID[:6]} {ID[6:14]} {ID[14:]}21。",
    "old 15-digit ID": f"原登记的身份证号为{OLD_ID}。",
    "landline with spaces": "联系方式：0571 8861 2035。",
    "landline with brackets and dashes": "家中电话(021)-6352-7781，无人接听。",
    "landline, area code and two groups": "家庭电话 0898-6652 3318。",
    "20-digit account after a cue": "退款转入其个人账户62284800123456789012。",
    "22-digit account in a wage table, no cue": "序号|姓名|金额|卡\n1|某甲|3200元|6217000012345678901234\n",
    "social-security card": "社会保障卡号：H20931557，医保卡号 K7730412。",
    "driving licence file number": "驾驶证档案编号 330100458812，准驾车型C1。",
    "a home line without its area code": "家庭电话：8765 4321，白天无人。",
    "a landline of seven digits grouped 4-3": "单位座机（0571）8861-203，转分机12。",
    "passport numbers in a column of identity papers": (
        "姓名|证件号码|课时\n某甲（SMITH JOHN）|KF7710235|12学时\n某乙|PA9921843|9学时\n"
    ),
    "a mobile with its first three digits in brackets": "短信接收号码（139）27184455，已确认。",
    "an ID number broken over two lines": f"身份证号：{ID[:6]}\n      {ID[6:]}\n联系方式：见附件",
    "ID typed with O for 0 and l for 1": "身份证号："
    + ID[:9].replace("0", "O")
    + ID[9:17].replace("1", "l")
    + ID[17]
    + "。",
    "ID grouped by dots": f"身份证：{ID[:6]}.{ID[6:14]}.{ID[14:]}，现住某地。",
    "ID with two spaces between groups": f"公民身份号码  {ID[:6]}  {ID[6:14]}  {ID[14:]}。",
    "ID partly masked by the clerk": f"身份证号{ID[:6]}********{ID[14:]}，系本案当事人。",
    "old 15-digit ID near a fiscal account": (
        f"罚款缴入财政局非税收入汇缴结算户。当事人原身份证号为{OLD_ID}，已换领新证。"
    ),
    "ID with a wrong check digit after a fiscal cue": (
        "罚没款专户已告知当事人。当事人身份证号码" + ID[:17] + str((int(ID[16]) + 1) % 10) + "。"
    ),
}


@pytest.mark.parametrize("text", PRIVATE.values(), ids=PRIVATE.keys())
def test_a_private_number_goes_in_any_form(text: str) -> None:
    assert ric.is_valid(ID)
    result = redact(f.decision(text=text))
    digits = "".join(c for c in text if c.isdigit() or "０" <= c <= "９")
    kept = "".join(c for c in result.text if c.isdigit() or "０" <= c <= "９")
    assert DELETED in result.text and not result.blocked
    assert len(kept) <= len(digits) - 8, result.text  # the long number went, amounts may stay


@pytest.mark.parametrize("text", PRIVATE.values(), ids=PRIVATE.keys())
def test_the_final_scan_refuses_the_same_shapes(text: str) -> None:
    assert scan(text), text


PUBLIC = {
    "fiscal account for paying the fine": (
        "罚款请缴入某市财政局非税收入汇缴结算户（开户行：某银行某支行，账号：{n}）。",
        "4201029900012345678901",
    ),
    "officers' credential numbers": ("执法人员甲、乙（执法证号分别为{n}、33010420991）到场。", "33010420772"),
    "a valid credit code written as digits": ("统一社会信用代码{n}。", "913201026000373418"),
}


@pytest.mark.parametrize(("text", "number"), PUBLIC.values(), ids=PUBLIC.keys())
def test_a_public_number_stays_and_passes_the_scan(text: str, number: str) -> None:
    result = redact(f.decision(text=text.format(n=number)))
    assert number in result.text and not result.blocked


def test_the_agencys_own_phone_stays_where_a_private_one_goes() -> None:
    text = "咨询电话：0571-8765 4321。当事人电话：0571-8861 2035。"
    result = redact(f.decision(text=text), keep=["0571-87654321"])
    assert "8765 4321" in result.text and "8861" not in result.text and not result.blocked


def test_a_mobile_masked_in_part_goes_too() -> None:
    result = redact(f.decision(text="货款付至支付宝账号：139****2718，共三笔。"))
    assert "139" not in result.text and "2718" not in result.text and DELETED in result.text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("联系电话13927184455转6，工作日接听。", "转6"),
        ("执业药师注册证号SZ8802147712，学历本科。", "SZ8802147712"),
        ("临时工某甲，健康证明编号JK2025443190，已过期。", "JK2025443190"),
        ("申请表载明护照号KYXGJPRV6，国籍某国。", "KYXGJPRV6"),
        ("直播间昵称：山里好物小店88\n现查明如下。", "山里好物小店88"),
    ],
)
def test_more_private_numbers_and_accounts_go(text: str, gone: str) -> None:
    result = redact(f.decision(text=text))
    assert gone not in result.text, result.text


# --- forms the sixth independent corpus brought (sentences of our own) -------------------


def public(text: str) -> str:
    return redact(f.decision(text=text)).text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("联系电话：幺三九洞五拐两八幺六四。", "幺三九洞五拐两八幺六四"),  # as radio operators read digits
        ("手机：139-\n0571-2846", "0571-2846"),  # broken over two lines
        ("手机：1390571\n2846", "2846"),
        ("| 杜小满 | 5203021990 | 11245372 | 司机 |", "11245372"),  # an ID split over two cells
        ("| 1 | 杜小满 | 身份证5203021990 | 11245372 | 2025.02.22 |", "11245372"),  # after a word
        ("房屋所有权证号：平遥房权证平遥字第40877306号。", "40877306"),  # a property certificate
        ("林权证号：林口林权证字第2025000123号", "2025000123"),
        ("款项转入其尾号8200的银行卡。", "8200"),  # an account's last digits
        ("涉案车辆贵C-T4116被查扣。", "T4116"),  # a plate with a dash
    ],
)
def test_identifier_forms_of_the_sixth_corpus_go(text: str, gone: str) -> None:
    assert gone not in public(text)


def test_a_licence_number_stays_and_a_property_certificate_in_the_same_shape_goes() -> None:
    out = public("许可证号：黔食许字第520302001号；房产证号：湄潭房权证湄潭字第55760926号。")
    assert "黔食许字第520302001号" in out and "55760926" not in out


# --- forms the seventh independent corpus brought (sentences of our own) -----------------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (f"身份证号码为******{ID[6:14]}****，已核实。", ID[6:14]),  # masked, the birth date shows
        (f"公民身份号码：{ID[:10]}****{ID[14:]}。", ID[:10]),
        (f"身份证号{ID[:14]}***{ID[-1]}。", ID[:14]),
        ("姓名,身份证,银行卡,金额\n1,某甲,某,6.21700E+18,3200\n", "6.21700E+18"),  # a spreadsheet's
        (f"某乙,{ID[0]}.{ID[1:15]}E+17,5000", f"{ID[1:15]}E+17"),
        ("货款转入其银行卡（6217 **** **** 3321）。", "3321"),
        ("卡号前六位621700，后四位3321。", "621700"),
        ("电子邮箱 zhangwei_88（at）qq.com。", "zhangwei_88"),
        ("邮箱：wanglei#163.com", "wanglei"),
        ("邮箱 li.ming [at] 126 [dot] com；", "li.ming"),
        ("e-mail: chenfang AT gmail DOT com", "chenfang"),
        ("邮箱liuyang_1990@sina。com", "liuyang_1990"),
        ("邮箱 sunli ＠ foxmail.com", "sunli"),
        ("车牌号 临苏A2317，已查扣。", "A2317"),
        ("号牌为粤B·3302领的小客车", "3302"),
        ("号牌浙A6621应急的车辆", "6621"),
        ("号牌鄂 A D3317 的车辆", "D3317"),
        ("使馆车辆使203114停放在此。", "203114"),
        ("渔船闽连渔31207（船舶所有人某甲）", "31207"),
        ("船舶MMSI：412305561，", "412305561"),
        ("发动机号LFB2207KX，车架号略。", "LFB2207KX"),
        ("户号：HH77120934\n", "HH77120934"),
        ("学籍号G33010620120304551，", "G33010620120304551"),
        ("住院号ZY2024778812，出院诊断略。", "ZY2024778812"),
        ("安检员某乙（工号AJ-2021-0317）发现", "AJ-2021-0317"),
        ("宅基地使用权证号江岸集用（2012）第33071号", "33071"),
        ("核发侨眷证明，证号江岸侨眷字202311207。", "202311207"),
        # forms the seventh corpus's README lists, written here from its description
        (f"身份证号{ID[:9]}-\n{ID[9:]}，", ID[9:]),  # a PDF's hyphen at the line break
        (f"证件号（{ID[:6]}）{ID[6:]}", ID[:6]),  # the birth place in brackets
        (f"身份证号{ID[:6]}{ID[8:17]}.0（旧证）", ".0"),  # a spreadsheet's float goes with the number
        ("手机：13927184455.0\n", ".0"),
        ("电话+86 (0)571 8861 2035", "8861"),
        ("电话〇五七一-八八六一二〇三五", "八八六一"),  # a landline in Chinese numerals
        ("香港车牌 KT 3318", "3318"),
        ("退伍证号：2019005521", "2019005521"),
        ("出生医学证明编号Q330127731", "Q330127731"),
        ("教职人员证书编号 浙佛证字第2021447号", "2021447"),
    ],
)
def test_identifier_forms_of_the_seventh_corpus_go(text: str, gone: str) -> None:
    assert gone not in public(text), public(text)


def test_officers_signing_in_pairs_keep_their_names_and_credentials() -> None:
    text = "决定对当事人罚款5000元。\n李振华（证件号3301-0203-456）、王刚毅（证件号浙33012345）\n"
    out = public(text)
    assert "李振华" in out and "3301-0203-456" in out and "王刚毅" in out and "浙33012345" in out
    out = public("执法人员甲、乙，执法证件编号分别为苏32012345、3201-0203-111。")
    assert "苏32012345" in out and "3201-0203-111" in out
    out = public("两名执法人员（邵建平，川执字第51118101234号；韩立新，川51118105678）")
    assert "邵建平" in out and "韩立新" in out


def test_a_fiscal_account_that_happens_to_hold_an_id_shape_stays() -> None:
    account = "88" + ID  # twenty digits with a valid ID number inside
    out = public(f"罚款缴入某区财政局非税收入汇缴结算户（开户行：某银行某支行，账号：{account}）。")
    assert account in out


def test_a_document_number_is_no_name() -> None:
    assert "江岸宗不予备〔2023〕15号" in public("江岸宗不予备〔2023〕15号\n\n申请人：某甲")
