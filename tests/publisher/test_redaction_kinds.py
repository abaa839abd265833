"""Each kind of private data the independent corpus found leaking, on sentences of our own
(written for these tests, not copied from any corpus): names by default-deny, minors, trade
secrets without cue words, health data as the smallest span, homes, births and records."""

from __future__ import annotations

from pathlib import Path

import pytest

from publisher.redact import TRADE_SECRET, redact
from publisher.runtime import Runtime
from tests import factories as f

ORG = {"target_type": "legal_person", "target_name": "宁波海川贸易有限公司", "legal_representative": "钱正阳"}


def public(text: str, keep: tuple[str, ...] = (), **record: str) -> str:
    result = redact(f.decision(text=text, **record), keep=list(keep))
    assert not result.blocked, result.findings
    return result.text


# --- names: private unless a public role shows ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("经查，王小明于2026年3月起在店内加工熟食。", "王小明"),  # no cue word at all
        ("2026年4月2日，欧阳子谦购买了上述商品。", "欧阳子谦"),  # compound surname
        ("顾客阿依努尔·吐尔逊反映，阿依努尔在店内用餐后不适。", "阿依努尔"),  # dotted name and its short form
        ("承租人约翰·史密斯（英国籍）未办理登记。", "史密斯"),  # transliterated foreign name
        ("1.刘晓东，男，42岁，厨师；\n2.孙梦瑶，女，35岁，收银员。", "孙梦瑶"),  # a list of people
        ("序号|姓名|岗位\n1|孙　立|库管\n2|周　航|司机\n", "周　航"),  # a table with spaced names
        ("证人高峰称，当日下午看到当事人卸货。", "高峰"),  # a name that is an ordinary word
    ],
)
def test_a_private_persons_name_goes(text: str, name: str) -> None:
    assert name not in public(text)


def test_officers_the_representative_and_the_agency_contact_stay() -> None:
    text = (
        "执法人员李清、赵强（执法证号分别为JN2024000311、JN2024000312）到场检查。"
        "当事人法定代表人钱正阳在场。联系人：周敏，联系电话：0574-87001234。"
    )
    out = public(text, keep=("0574-87001234",), **ORG)
    assert all(name in out for name in ("李清", "赵强", "钱正阳", "周敏"))


def test_a_private_contact_beside_a_private_phone_goes() -> None:
    out = public("联系人：周敏，联系电话：13905741234。", keep=("0574-87001234",), **ORG)
    assert "周敏" not in out and "1390574" not in out


# --- minors ------------------------------------------------------------------------------


def test_everything_that_identifies_a_child_goes() -> None:
    text = "未成年人刘小雨（10岁，江北区育英小学四年级(2)班学生）在店内购买电子烟，其母亲陈秀英陪同。"
    out = public(text)
    for private in ("刘小雨", "育英小学", "四年级", "陈秀英"):
        assert private not in out, private
    assert "电子烟" in out


# --- trade secrets without the cue words --------------------------------------------------


def test_prices_between_businesses_and_suppliers_go_while_fines_stay() -> None:
    text = (
        "当事人从宁波东岸食品有限公司购进原料，进价每公斤12.5元，当事人另按苹果汁70%、白砂糖20%、"
        "柠檬酸2%的比例调配。违法所得3600元。决定罚款人民币二万元。"
    )
    out = public(text)
    assert "东岸食品" not in out and "12.5元" not in out and "70%" not in out and TRADE_SECRET in out
    assert "违法所得3600元" in out and "罚款人民币二万元" in out


# --- health and other sensitive data: the smallest span -----------------------------------


def test_a_diagnosis_goes_but_the_citation_date_and_number_around_it_stay() -> None:
    text = (
        "2026年4月1日，职工甲经诊断为右腿胫骨骨折，依据《工伤保险条例》第十四条第一项，"
        "认定为工伤（编号GS-2026-017）。"
    )
    out = public(text)
    assert "胫骨骨折" not in out
    for kept in ("2026年4月1日", "《工伤保险条例》第十四条第一项", "GS-2026-017"):
        assert kept in out, kept


@pytest.mark.parametrize(
    ("text", "private"),
    [
        ("其持残疾人证，为肢体残疾三级。", "肢体残疾三级"),
        ("经鉴定为九级伤残，依法享受待遇。", "九级伤残"),
        ("检验结果：乙型肝炎表面抗原阳性；", "表面抗原阳性"),
        ("该职工既往有癫痫病史，未告知用人单位。", "癫痫"),
        ("其曾于2018年因盗窃罪被判处有期徒刑六个月，现依据《中华人民共和国刑法》处理。", "盗窃罪"),
    ],
)
def test_sensitive_data_goes(text: str, private: str) -> None:
    out = public(text)
    assert private not in out
    assert "《中华人民共和国刑法》" in out or "刑法" not in text


# --- homes and births -----------------------------------------------------------------------


def test_a_home_is_cut_below_the_county_and_a_birth_date_goes() -> None:
    text = (
        "当事人吴某，1990年5月6日出生，住杭州市西湖区文三路88号5幢2单元301室。本局于2026年5月20日作出决定。"
    )
    out = public(text)
    assert "杭州市西湖区" in out and "文三路" not in out and "301室" not in out
    assert "1990年5月6日" not in out and "2026年5月20日" in out


def test_an_unlabelled_flat_is_a_home_but_the_organisations_own_address_stays() -> None:
    text = "当事人住所：宁波市北仑区新碶街道明州路18号。检查发现其将货物存放于北仑区长江路99号3幢1单元602室。"
    out = public(text, **ORG, address="宁波市北仑区新碶街道明州路18号")
    assert "明州路18号" in out and "602室" not in out


# --- what stays public comes from the registry ----------------------------------------------


def test_the_agencys_registered_address_phones_and_remedy_bodies_survive_publication(
    rt: Runtime, tmp_path: Path
) -> None:
    from sqlalchemy import select

    from publisher.intake import ingest as intake
    from publisher.models import PublicDecision
    from tests.publisher.lifecycle_helpers import at, run_tick

    agency = f.agency(
        address="测试市测试区人民路1号市民中心3幢2单元201室",
        hotline="12315；0571-8765 4321",
        review_body="测试区人民政府",
        court="测试区人民法院",
    )
    text = (
        "当事人销售过期食品。罚款人民币五千元。如不服本决定，可向测试区人民政府申请行政复议，或向测试区人民法院起诉。"
        "本局地址：测试市测试区人民路1号市民中心3幢2单元201室，电话：0571-8765 4321。"
        "当事人住测试市测试区和平路9号5幢1单元302室，手机13905741234。"
    )
    for name, rows in (
        ("agencies", [agency]),
        ("decisions", [f.decision(text=text, decision_date="2026-05-06")]),
    ):
        path = f.write_jsonl(tmp_path / f"{name}.jsonl", rows)
        assert intake.ingest(rt.sessions, path, now=at("2026-05-07")).ok
    run_tick(rt, at("2026-05-07"))
    with rt.sessions() as s:
        public = s.scalars(select(PublicDecision)).one().text or ""
    for kept in ("3幢2单元201室", "0571-8765 4321", "测试区人民政府", "测试区人民法院"):
        assert kept in public, kept
    assert "302室" not in public and "13905741234" not in public


# --- found by the review of this change -----------------------------------------------------


def test_an_id_number_after_a_public_cue_still_goes_and_the_scan_refuses_it() -> None:
    from publisher.redact import scan
    from tests.publisher.test_identifiers_any_form import GROUPED_BY_FOURS

    for text in (
        f"执法人员王五、李四向当事人出示执法证，当事人证件号{GROUPED_BY_FOURS}。",
        f"收款人张三，身份证号{GROUPED_BY_FOURS}。",
        f"罚款缴至财政专户。当事人身份证号{GROUPED_BY_FOURS}。",
    ):
        assert GROUPED_BY_FOURS not in public(text), text
        assert scan(text), text


def test_the_partys_name_goes_inside_a_decision_number_or_a_title() -> None:
    person = {"target_type": "natural_person", "target_name": "张三丰"}
    text = "本局向当事人张三丰送达武卫医罚〔2026〕21号行政处罚决定书。根据《关于给予张三丰行政处罚的决定》，"
    out = public(text, **person)
    assert "张三丰" not in out and "武卫医罚〔2026〕21号" in out


def test_ordinary_words_stay_and_a_partys_line_goes_whatever_word_precedes_it() -> None:
    out = public("当事人银行卡号6222021234567890123。当事人张三，传真027-87654321，投诉电话027-87654322。")
    assert "银行卡" in out and "87654321" not in out and "87654322" not in out


@pytest.mark.parametrize("unit", ["1", "\t", "\n", "a1", "-", "TEL", "1.", "住", "|", "1单元"])
def test_long_repetitive_input_is_redacted(unit: str) -> None:
    """Each of these took from seconds to many minutes at 50,000 characters (nested or
    unbounded quantifiers); the tick redacts whatever an agency sends, up to 200,000."""
    text = unit * (20_000 // len(unit))
    result = redact(f.decision(text=text))
    assert len(result.text) >= 0 and all(s.end <= len(text) for s in result.spans)


# --- found by the second independent corpus (development part), on sentences of our own ---


@pytest.mark.parametrize(
    ("text", "private"),
    [
        ("委托代理人联系手机（+86）186 5521 7340，已签收。", "5521"),  # a country code in brackets
        ("物业经理（座机0571 8866 2231 转分机6021）称已整改。", "6021"),  # an extension after a space
        ("其微信（lanshan_0921）用于收款。", "lanshan_0921"),  # an account in brackets
        ("涉案直播间的平台账号：52019934，粉丝约两万。", "52019934"),
        ("抖音号：yuebao88 发布了上述视频。", "yuebao88"),
        ("工人周某的社保编号：3301089920，未按时缴费。", "3301089920"),
        ("奖励资金由区财政列支，汇入举报人账户。举报人联系方式：13957712468", "13957712468"),
    ],
)
def test_accounts_and_numbers_in_new_wrappings_go(text: str, private: str) -> None:
    assert private not in public(text)


def test_a_mobile_after_a_fiscal_cue_is_still_private_and_the_scan_refuses_it() -> None:
    """A fiscal cue made the next long number public, a mobile too (it is never a fiscal account)."""
    from publisher.redact import scan

    text = "罚款缴入区财政局非税收入汇缴结算户。当事人联系方式：13957712468。"
    assert "13957712468" not in public(text)
    assert scan(text, set())  # the final scan finds it in the unredacted text


@pytest.mark.parametrize(
    ("text", "nickname", "masked"),
    [
        ("工友们都叫他老王，老王说工钱一直没结。", "老王", "老某"),
        ("小刘在前台负责收银。", "小刘", "小某"),
        ("据孟老板介绍，店里只雇了两人。", "孟老板", "某"),
        ("独居的盛大妈每月领取补贴。", "盛大妈", "某"),  # 盛 is no common surname: the model's second opinion
    ],
)
def test_a_nickname_on_a_surname_loses_the_surname(text: str, nickname: str, masked: str) -> None:
    out = public(text)
    assert nickname not in out and nickname[:2] not in out and masked in out


def test_words_that_begin_like_nicknames_stay() -> None:
    text = "店内出售老陈醋、小龙虾和小米粥，位于小高层住宅底商。"
    assert public(text) == text


def test_reviewers_and_health_inspectors_are_public_but_the_person_questioned_is_not() -> None:
    text = "经法制审核（审核人员：吕文静），卫生监督员梁子豪、何佳依法检查，被询问人：韩冬梅。"
    out = public(text)
    assert "吕文静" in out and "梁子豪" in out and "何佳" in out
    assert "韩冬梅" not in out
    assert "浙执33012345" in public("执法证号浙执33012345。")  # a credential with a province, not a surname


def test_everyday_words_for_a_body_go_as_the_smallest_clause() -> None:
    text = "顾客食用后出现头晕、乏力，于2026年3月2日到医院急诊，血糖升至16.2mmol/L，现已出院。罚款3000元。"
    out = public(text)
    for private in ("头晕", "乏力", "急诊", "血糖"):
        assert private not in out
    assert "2026年3月2日" in out and "罚款3000元" in out


# --- found by the third independent corpus (development part), on sentences of our own ----


@pytest.mark.parametrize(
    ("text", "private"),
    [
        ("患者医保个人编码 YB330106778812，就诊三次。", "778812"),
        ("其父（老年人优待证号：LN33010612345）已于去年去世。", "LN33010612345"),
        ("优抚对象残疾军人证号：TY3301069912345。", "TY3301069912345"),
        ("取得居住证（证号：JZ33010620240001）后办理入学。", "JZ33010620240001"),
        ("孩子的社会保障卡（卡号k55512345）由院方保管。", "k55512345"),
        ("序号|姓名|社保个人编号|月工资\n1|某甲|GR3301234567|4200元\n", "GR3301234567"),
    ],
)
def test_cards_and_certificates_of_a_person_go_in_any_wording(text: str, private: str) -> None:
    assert private not in public(text)


def test_staff_in_every_role_stay_but_a_village_group_leader_is_a_private_person() -> None:
    text = (
        "检查组组长：严思远带队，稽核人员：闵可欣参加；听证员戚少华、书记员邝宁记录。"
        "两名执法人员（乔婉清，浙执33012345；屈明哲，3301-2233-445）到场。审核：闫立新　签发：鲁正平。"
        "村民小组长洪大川证实上述情况。"
    )
    out = public(text)
    for staff in (
        "严思远",
        "闵可欣",
        "戚少华",
        "邝宁",
        "乔婉清",
        "浙执33012345",
        "屈明哲",
        "3301-2233-445",
        "闫立新",
        "鲁正平",
    ):
        assert staff in out, staff
    assert "洪大川" not in out


def test_a_persons_body_goes_between_the_dates_and_amounts_that_stay() -> None:
    text = "2025年3月2日因哮喘发作、呼吸急促住院，花费3200元；2025年4月1日复查HPV16型阳性。"
    out = public(text)
    for private in ("哮喘", "呼吸急促", "HPV16型阳性"):
        assert private not in out
    for kept in ("2025年3月2日", "3200元", "2025年4月1日"):
        assert kept in out


SOCIAL = {
    "WeChat id after 微信号为": ("其微信号为 zhang_wei-1988，用于收款。", "zhang_wei-1988"),
    "Alipay account": ("当事人通过支付宝账号 lhy2023shop 收取货款。", "lhy2023shop"),
    "Xiaohongshu and Bilibili": ("小红书号：9381022471，B站UID 47718260。", "9381022471"),
    "Taobao shop account in quotes": ("淘宝店铺账号“tb_8812qq”已关闭。", "tb_8812qq"),
    "DingTalk id": ("钉钉号 dd_wangfang01 已注销。", "dd_wangfang01"),
    "a nickname in quotes": ("其抖音昵称为“甜甜的小屋”，粉丝3万。", "甜甜的小屋"),
    "a value before its cue": ("通过 kuaige_777（快手号）直播销售。", "kuaige_777"),
}


@pytest.mark.parametrize(("text", "value"), SOCIAL.values(), ids=SOCIAL.keys())
def test_social_accounts_go_in_any_wording(text: str, value: str) -> None:
    result = redact(f.decision(text=text))
    assert value not in result.text and value[:4] not in result.text, result.text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("检查时在场的学生：某甲，临江路小学四年级三班。", "四年级三班"),
        ("其子在城东第二高级中学高二（9）班就读。", "高二"),
        ("孩子在向阳幼儿园中班（2）班，由祖母接送。", "中班"),
        ("登记信息：某乙，13周岁，滨江中学初一二班学生。", "初一二班"),
        ("接送名单：某丙，星光幼儿园大班3班。", "大班3班"),
    ],
)
def test_a_pupils_class_goes_in_any_numbering(text: str, gone: str) -> None:
    assert gone not in public(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("当晚林海独自在仓库值班，发现货物短少。", "林海"),
    ],
)
def test_the_model_takes_a_name_that_is_also_an_ordinary_word(
    text: str, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No cue word and a dictionary word: the rules leave it, the model's second opinion does not."""
    from publisher.redact import names

    monkeypatch.setattr(names, "SECOND_OPINION", "off")
    assert name in public(text)
    monkeypatch.setattr(names, "SECOND_OPINION", "doubt")
    assert name not in public(text) and name[0] + "某" in public(text)


def test_the_model_leaves_ordinary_words_in_ordinary_sentences() -> None:
    text = "林区一片林海，仓库安然无恙。"
    assert public(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("现场有两名外籍人员：崔英浩（CHOI YOUNGHO），韩国籍。", "CHOI"),
        (
            "| 姓名 | 国籍 | 工资 |\n|---|---|---|\n"
            "| 叶卡捷琳娜·彼得罗娃 PETROVA EKATERINA | 俄罗斯 | 3000元 |\n",
            "PETROVA",
        ),
        ("登记的学员如下：\n1. 逄立新（220102197003151234），缴费800元。", "逄立新"),
        ("一名求职人员眭小凤称押金未退。", "眭小凤"),
        ("夜间值班人员殳建国未在岗。", "殳建国"),
        ("买家厍丽娟于当日付款。", "厍丽娟"),
        ("当事人名称　某某小吃店\n经营者姓名　琚家豪\n", "琚家豪"),
        ("学员反映，报名时“郝教练”承诺包过。", "郝教练"),
    ],
)
def test_names_in_roles_labels_and_scripts_not_known_before(text: str, gone: str) -> None:
    out = public(text)
    assert gone not in out and gone[:2] not in out, out


def test_an_id_number_in_brackets_does_not_make_a_name_public() -> None:
    """A credential in brackets after a name is an officer's; an ID number there is a citizen's."""
    out = public("2. 顾紫欣（330106198802142715），交押金300元。")
    assert "顾紫欣" not in out and "330106" not in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("应当事人申请，本文书附藏文译本，由格桑旺姆（某县民族宗教事务局）翻译。", "格桑旺姆"),
        ("本局接到消费者巴特尔其其格反映，所购奶茶粉无中文标签。", "巴特尔"),
        ("经营者：努尔江艾力，维吾尔族。", "努尔江艾力"),
        ("当晚同屋的吉克阿呷已离开。", "吉克阿呷"),
        ("附近商户都叫他“老祝”。", "老祝"),
        ("拟任质量负责人蒋丽珍，执业药师。", "蒋丽珍"),
        ("车间主任袁志高称拼装系客户要求。", "袁志高"),
        ("见证人签名：伍海燕　　2025年3月2日", "伍海燕"),
        ("| 车主 | 号牌 |\n|---|---|\n| 桑杰多吉 | 藏A12345 |\n", "桑杰多吉"),
    ],
)
def test_minority_names_nicknames_and_private_staff_go(text: str, gone: str) -> None:
    out = public(text)
    assert gone not in out and gone[:2] not in out, out


@pytest.mark.parametrize(
    "text",
    [
        "当事人签名：（已签收）",
        "公司负责人王建国到场配合检查。",
        "乌兰察布市某区市场监督管理局",
        "格桑花开的季节，游客增多。",
    ],
)
def test_signature_words_heads_of_organisations_and_places_stay(text: str) -> None:
    assert public(text) == text


@pytest.mark.parametrize(
    "text",
    [
        "备案编号：蒙维备2511495296，有效期五年。",
        "《药品经营许可证》（证号：新AA65014347）变更申请收悉。",
        "道路运输证号云交运管许可J字530802928256号，经营范围普通货运。",
        "区长：霍铭远\n某市某区人民政府",
        "承办人袁宏、复核人庞军。",
        "卫生监督员：方楠　监督证号 530802713815",
    ],
)
def test_public_numbers_and_signing_officials_stay(text: str) -> None:
    assert public(text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "| 序号 | 刷手 | 单数 |\n|---|---|---|\n| 1 | 蔡文杰 | 12 |\n| 2 | 何丽萍 | 9 |\n"
            "| 3 | 白云 | 15 |\n",
            "白云",
        ),
        ("经查，当事人与其表弟邵家明共同经营。", "邵家明"),
        ("事发当日，林某与同学卜晓彤一同到店。", "卜晓彤"),
        ("二人均由詹秀梅介绍入职。", "詹秀梅"),
        ("受检人员如下：\n◇ 甘露露，女，36岁；\n◇ 房子昂，男，41岁。", "房子昂"),
    ],
)
def test_names_found_by_their_company_relations_and_bullets(text: str, gone: str) -> None:
    out = public(text)
    assert gone not in out, out


# --- homes written where the record says "address", and words that are no names ----------

SHOP = {"target_type": "individual_business", "target_name": "白沙区顺心烟酒店", "legal_representative": ""}


def test_an_individual_business_operators_home_goes_everywhere_but_its_premises_stay() -> None:
    home = "海口市龙华区金贸街道椰风花园3栋2单元802室"
    text = f"当事人：白沙区顺心烟酒店\n经营者：冯志远，男，公民身份号码（略），住{home}。\n经查……"
    result = redact(f.decision(text=text, address=home, **SHOP))
    assert "椰风花园" not in result.text and "802" not in result.text
    assert "椰风花园" not in str(result.fields.get("address"))  # the published field too
    premises = "海口市龙华区滨海大道88号1楼"
    text = f"当事人：白沙区顺心烟酒店\n统一社会信用代码：（略）\n经营场所：{premises}\n经营者：冯志远\n经查……"
    result = redact(f.decision(text=text, address=premises, **SHOP))
    assert premises in result.text and result.fields["address"] == premises
    # an individual business registers its operator's 住所 apart from its premises: a home
    text = f"当事人：白沙区顺心烟酒店\n统一社会信用代码：（略）\n住所：{premises}\n经营者：冯志远\n经查……"
    assert "滨海大道" not in redact(f.decision(text=text, address=premises, **SHOP)).text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("（2）聂小川，租住枫林苑8栋1202室B间，押金1800元。", "枫林苑8栋1202室"),  # 租住, and 押金 is no name
        ("受损农户：石坝村三组村民祝永福，种植6亩。", "石坝村三组"),  # a village group where he lives
        ("1.柏青，苇塘村七组，种植12亩；", "苇塘村七组"),  # …beside a listed person
        ("送达地点：龙华区海秀街道椰林小区5栋301", "椰林小区"),  # where a decision was served on a person
    ],
)
def test_homes_named_by_renting_a_village_group_or_service_go(text: str, gone: str) -> None:
    assert gone not in public(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("申请人称其于2026年5月提出申请。", "申请人"),  # a role tagged as a name and followed by 称
        ("申请人报警后，派出所出警。", "报警"),  # a verb glued to a label
        ("申请人另称，对方曾限制其外出。", "另称"),  # one character is no name
        ("当事人扣押承租人押金，拒不退还。", "押金"),  # an ordinary word glued to a label
        ("家长董小岚（母亲，电话略）到场。", "母亲"),  # a relative in brackets
        ("当事人陈述称，货物系他人寄存。", "当事人陈述称"),
    ],
)
def test_words_beside_labels_that_are_no_names_stay(text: str, kept: str) -> None:
    assert kept in public(text)


def test_a_word_glued_to_a_label_goes_to_a_reviewer_unless_the_model_sees_a_person() -> None:
    result = redact(f.decision(text="检查发现员工宿舍与生产车间设置在同一建筑内。"))
    doubtful = [s for s in result.spans if s.uncertain]
    assert [(s.start, s.end) for s in doubtful] == [(6, 8)]  # 宿舍: removed, outlined for the reviewer


def test_a_dotted_name_is_masked_without_the_words_the_tagger_glued_to_it() -> None:
    text = "婚姻登记另一方：热依汗·买买提。申请人称其受热依汗·买买提胁迫，与热依汗·买买提并无往来。"
    out = public(text)
    assert "热依汗" not in out and "买买提" not in out
    assert "受热某" in out or "受某" not in out  # 受 stays a verb, not the start of a name
    assert "与热某" in out


def test_a_name_after_a_word_for_a_person_goes() -> None:
    assert "韦海波" not in public("广告“客户见证”一栏写道：男士韦海波，68岁，服用后血压正常。")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("经查，2026年5月3日，未成年人小周与同学祁晓东一同到店。", "祁晓东"),  # a classmate
        ("双方育有一女房诗涵（6岁），现随母亲生活。", "房诗涵"),  # a child
        ("家庭情况说明：家中有一子聂宇航，在县城就读。", "聂宇航"),
        ("其表姐冷秋云出具了书面证言。", "冷秋云"),  # a relative
        ("3. 蒲晴晴，12周岁，本市第二中学学生。", "蒲晴晴"),  # an age in 周岁 after a listed name
        ("项目负责人：甘立伟（锦绣花园项目经理）", "甘立伟"),  # a company's staff, not its representative
        (
            "业主委员会主任卓丽华（联系电话13567012345）证实上述情况。",
            "卓丽华",
        ),  # owners elect her, not the state
        ("申请人：某某建材有限公司（经办人卢浩然，联系电话13867012345）", "卢浩然"),  # reached on a mobile
        ("据邻居反映，老潘家门口的水塘发黑发臭。", "老潘"),  # a nickname before 家
    ],
)
def test_names_by_kinship_age_and_private_roles_go(text: str, name: str) -> None:
    assert name not in public(text)


def test_an_organisation_after_a_label_is_no_name() -> None:
    assert "伊宁市瑞邦机械制造有限公司" in public("申请人：伊宁市瑞邦机械制造有限公司（经办人卢某）")


def test_the_agencys_handler_beside_the_agencys_own_number_stays() -> None:
    out = public("经办人：方志诚，联系电话：0898-66001234。", keep=("0898-66001234",))
    assert "方志诚" in out


def test_the_agencys_own_staff_and_a_second_officer_with_a_bare_credential_stay() -> None:
    out = public(
        "2025年3月2日本机关受理后，指派工作人员柏文涛、邹晓岚进行审查。\n"
        "承办人：乔坤林　警号：黑41668830\n协办人：梁文睿　警号：黑51512780"
    )
    assert all(name in out for name in ("柏文涛", "邹晓岚", "乔坤林", "梁文睿"))


def test_a_private_person_called_staff_elsewhere_still_goes() -> None:
    assert "柏文涛" not in public("店内工作人员柏文涛称，当日未查验健康证明。")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "申请人：某某建材有限公司（经办人宁海涛，联系电话0471-6123456）。",
            "宁海涛",
        ),  # a landline of their own
        ("邻居（大家叫她“桂婶”）说，老人已搬走一年多。", "桂婶"),  # a title on any first character
        ("学员们称，报名时“欧阳教练”承诺可少练车。", "欧阳"),  # a compound surname before a title
        ("店内另有一名帮厨是老乔介绍来的亲戚。", "老乔"),
        ("2026年3月2日，本局收到简文瑞（联系电话略）的举报。", "简文瑞"),  # brought in by 收到
        ("上述人员多由介绍人戚玉珍从老家带来。", "戚玉珍"),  # an intermediary
        ("被处罚人家属殷晓梅（母亲，电话略）到场。", "殷晓梅"),  # a relative after the party's label
    ],
)
def test_names_by_title_intermediary_and_relative_go(text: str, gone: str) -> None:
    assert gone not in public(text)


@pytest.mark.parametrize("text", ["申请人应如实陈述案情。", "经审核，申请人符合提前退休条件。"])
def test_verbs_after_a_label_stay(text: str) -> None:
    assert public(text) == text


def test_a_handler_reached_on_their_own_number_goes_in_every_mention() -> None:
    out = public("经办人宁海涛，联系电话0471-6123456。核查结论已告知经办人宁海涛。")
    assert "宁海涛" not in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("经网友“阿峰”（真实姓名邝云峰）介绍办卡。", "邝云峰"),  # a real name after a nickname
        ("送养人：蔺秋菊（生母），身份证号略。", "蔺秋菊"),  # an adoption's parties
        ("决定指派某律师事务所律师滕昊天承办。", "滕昊天"),  # a legal-aid lawyer, not the agency's officer
        ("该号牌系从他人处购得，郗文博的联系电话为略。", "郗文博"),  # 的联系电话 after a name
        ("申请人佩戴人工耳蜗后言语识别率不足30%。", "人工耳蜗"),  # how a body functions
    ],
)
def test_what_the_sixth_corpus_taught_goes(text: str, gone: str) -> None:
    assert gone not in public(text)


# --- names the tagger does not read, and nicknames (the seventh corpus's round) -----------


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("在场的傅志强当时未表态。", "志强"),  # a common surname the lists lacked
        ("摊主张翠萍提供了收款记录。", "翠萍"),  # 摊|主张|翠萍: the surname read into a word
        ("其表哥公孙立新反映了情况。", "立新"),  # a compound surname cut off the given name
        ("发现其弟段航明驾驶无牌船捕鱼。", "航明"),  # 段/q: the surname read as a measure word
    ],
)
def test_a_name_the_tagger_does_not_read_goes(text: str, gone: str) -> None:
    assert gone not in public(text, **ORG)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("工人称其为“钱老板”。钱老板拖欠工资后失联。", "老板"),  # a title on a surname goes whole
        ("邻居都叫她“桂婶”。桂婶说屋里一直没人。", "婶"),  # in every mention
        ("当事人受雇于“老周”（周建新，电话略），负责看守设备。", "老"),
        ("其上线“胖哥”（蒋胜利，当事人区域负责人）负责收款。", "胖哥"),
    ],
)
def test_nicknames_go_whole(text: str, gone: str) -> None:
    out = public(text, **ORG)
    assert gone not in out, out


def test_a_verb_after_a_label_is_no_name() -> None:
    assert "都叫她" in public("邻居都叫她“桂婶”。", **ORG)


def test_a_quoted_word_after_a_weak_cue_is_no_nickname() -> None:
    out = public("当事人以“老字号”名义宣传，并向“小红书”平台投放广告。", **ORG)
    assert "老字号" in out and "小红书" in out


def test_a_companys_handler_on_a_private_number_in_any_writing_goes() -> None:
    for number in ("一三九一二三四五六七八", "（+86）139 1234 5678", "+86.13912345678"):
        out = public(f"申请人：{ORG['target_name']}（经办人孔令辉，联系电话{number}）。", **ORG)
        assert "令辉" not in out, out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("其在询问中称，家里全靠老伴，每月退休金仅2750元。", "2750"),  # a pension is income
        ("死者生前享受农村低保，月领480元。", "480"),
        ("档案记载其1983年月标准工资三十九元五角。", "五角"),  # pay in numerals, with its 角
        ("举报人系该厂司机，月工资8千五元左右。", "千五"),
        ("经查，当事人在某物流公司工作，月缴存基数5600元。", "5600"),  # a person's fund base
    ],
)
def test_pay_and_benefits_go_in_any_writing(text: str, gone: str) -> None:
    assert gone not in public(text, **ORG)


def test_the_schemes_own_base_and_standards_stay() -> None:
    text = "住房公积金缴存基数上限为当地月平均工资的3倍；城乡低保标准为每月700元。"
    assert public(text, **ORG) == text


def test_a_label_with_a_bracketed_note_still_introduces_a_name_and_a_home() -> None:
    # the text is folded before matching: full-width brackets become ASCII ones
    assert "江河" not in public("见证人（签名）：江河\n日期：2025年1月2日", **ORG)
    home = "住所（住址）：杭州市西湖区文三路88号3幢201室"
    assert "文三路" not in public(home, target_type="natural_person", target_name="卢志明")
    assert public(home, **ORG) == home  # an organisation's registered seat stays


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("申请将出生日期更正为1981年3月9日。", "1981"),
        ("经调取户籍底册，其出生日期记载为一九八一年三月二十九日。", "二十九"),
        ("同意将其出生日期由1982年03月09日更正为1981年03月09日。", "1982"),
    ],
)
def test_a_birth_date_being_corrected_goes(text: str, gone: str) -> None:
    out = public(text, **ORG)
    assert gone not in out and "1981年03月09日" not in out, out


def test_an_address_in_the_same_record_as_an_id_number_is_a_home() -> None:
    row = "| 石某 | 男 | 330106198802142710 | 杭州市西湖区古荡街道文三路88号6楼4号 | 139 1234 5678 |"
    assert "文三路" not in public(row, **ORG)
    line = "申请人：某甲，330106198802142710（身份证），杭州市余杭区良渚街道白马村十一组51号，电话略。"
    assert "白马村" not in public(line, **ORG)
    premises = "经营场所：杭州市西湖区留下街道屏基山路8号；经营者身份证号330106198602034512。"
    assert "屏基山路8号" in public(premises, target_type="individual_business", target_name="西湖区某店")


def test_the_person_a_row_or_a_record_line_is_about_goes_whatever_the_name() -> None:
    table = "| 序号 | 姓名 | 证件 |\n|---|---|---|\n| 1 | 胜利 | 身份证330106198802142710 |\n"
    out = public(table, **ORG)
    assert "胜利" not in out and "姓名" in out and "序号" in out
    line = "（2）冼志海，手机13927184455，租住文三路某小区。"
    assert "志海" not in public(line, **ORG)
