"""Development structures of the seventh independent corpus (C01-C15).

Each function writes its own body text; identifiers come from the ``*7`` generators of kit.py."""

from __future__ import annotations

import blocks as B
from kit import TS, Doc, F, H, cn_small, digits, go, keep, structure

# ---------------------------------------------------------------- helpers


def end(c, d, p=None, pay=False, rights=True, k=2):
    if pay:
        d.add(c.pay())
    if rights:
        d.add(c.rights())
    d.add(B.tail(c, p, k=k))
    d.add(c.sign())
    return d


def ev(c, items):
    return c.evidence(items)


# ---------------------------------------------------------------- C01
@structure(
    "C01-police-airport-impersonated-id-boarding-penalty", "penalty", "police", "dev", locs=["ZS", "PL"]
)
def c01(c):
    r = c.rng
    L = c.loc
    c.override_agency(f"{L.city}公安局机场分局", f"{L.key}-JCGA")
    c.set_docno("罚")
    p = c.person(age=(19, 45))
    q = c.relative(p, male=p.male, age=(20, 50))
    c.as_target_person(p)
    air = f"{L.city[:-1]}{'普陀山' if L.key == 'ZS' else '蓬莱国际'}机场"
    flight = r.choice(["9C", "MU", "SC", "G5", "DZ"]) + str(r.randint(1000, 8999))
    sec = c.person(age=(22, 40))
    d = Doc()
    d.add(c.header("公安行政处罚决定书"))
    d.add(B.party(c, p, label="违法行为人"))
    d.f(
        "\n现查明：{dt}{hh}时许，违法行为人{n}在{air}T1航站楼安检现场，持其{rel}{q}的居民身份证（证件号码：",
        dt=c.D(c.before(20, 60)),
        hh=str(r.randint(6, 21)),
        n=c.N(p),
        air=air,
        rel=r.choice(["表兄", "堂兄", "同乡", "姐夫"]) if p.male else r.choice(["表姐", "堂姐", "嫂子"]),
        q=c.N(q),
    )
    d.add(c.id7p(q))
    d.f(
        "）办理{fl}航班乘机手续，被安检员{s}（工号",
        fl=flight,
        s=c.N(sec),
    )
    d.add(c.emp_no(), "）通过人证比对系统发现人证不符，移交本局机场派出所处理。")
    d.f(
        "经核实，违法行为人本人身份证号码为{i}，因其本人证件已过有效期且不愿办理临时乘机证明，遂借用他人证件。{q}的联系电话",
        i=c.id7p(p, r.choice([0, 2, 3, 6, 12])),
        q=c.N(q),
    )
    d.add(c.mob7p(q), "，经电话询问，其承认将身份证借给违法行为人使用。\n\n")
    d.add(
        ev(
            c,
            [
                F("违法行为人{n}的陈述和申辩", n=c.N(p)),
                F("证人{q}、{s}的证言", q=c.N(q), s=c.N(sec)),
                "安检人证比对记录及监控视频截图",
                "登机牌及值机记录",
            ],
        )
    )
    fine = r.choice([200, 300, 500, 800])
    d.f(
        "本局认为，违法行为人{n}冒用他人居民身份证的行为，违反了{l1}之规定。根据{l2}之规定，现决定对{n}处罚款{m}。\n",
        n=c.N(p),
        l1=c.L("《中华人民共和国居民身份证法》第十七条第一款第（二）项"),
        l2=c.L("《中华人民共和国居民身份证法》第十七条第一款"),
        m=c.M(fine),
    )
    d.f("办案民警：{a}（警号{b}）、{e}（警号{f}）。\n", a=c.ON(0), b=c.OC(0), e=c.ON(1), f=c.OC(1))
    return end(c, d, p, pay=True)


# ---------------------------------------------------------------- C02
@structure(
    "C02-maritime-uncertified-crew-fishing-boat-penalty",
    "penalty",
    "maritime",
    "dev",
    locs=["ZS", "PL", "TS"],
)
def c02(c):
    r = c.rng
    c.set_docno("罚")
    p = c.person(age=(30, 62), male=True)
    owner = c.person(age=(35, 66))
    c.as_target_person(p)
    d = Doc()
    d.add(c.header("海事行政处罚决定书"))
    d.add(B.party(c, p, label="当事人", style=r.choice([0, 3, 6])))
    d.f("船员服务簿编号：{s}\n", s=c.seaman(p))
    boat = c.boat()
    d.f(
        "\n{dt}，本局执法人员在{sea}海域巡航检查时，登临检查{b}（MMSI：{mm}，船舶所有人{o}，住{oa}）。经查，当事人{n}在该船担任船长，"
        "但仅持有{g}等级证书，与该船主推进动力装置功率不相适应；船上另有{k}名船员未持有效船员证书。船员名单如下：\n",
        dt=c.D(c.before(30, 90)),
        sea=r.choice(["鲁家峙东侧", "桃花港", "蓬莱港外锚地", "广海湾", "上川岛西侧", "六横岛南侧"]),
        b=boat,
        mm=c.mmsi(),
        o=c.N(owner),
        oa=c.AD(owner),
        n=c.N(p),
        g=r.choice(["二级船长", "小型渔船船长", "三级船长"]),
        k=cn_small(2),
    )
    d.add("| 姓名 | 身份证号 | 联系方式 | 持证情况 |\n")
    for _ in range(2):
        x = c.person(age=(20, 58), local=r.random() < 0.5)
        d.add("| ", c.N(x), " | ", c.id7p(x, r.choice([0, 0, 1, 2, 7, 11])), " | ")
        d.add(c.phones_cell(x) if r.random() < 0.5 else c.mob7p(x), " | 无 |\n")
    d.add("\n")
    d.add(ev(c, ["船舶检查记录", F("{n}的询问笔录", n=c.N(p)), "渔船船员证书查询结果", "执法记录仪视频"]))
    d.f(
        "本局认为，当事人的行为违反了{l1}的规定，依据{l2}，决定对当事人罚款{m}，并责令其立即改正。\n",
        l1=c.L("《中华人民共和国船员条例》第四条"),
        l2=c.L("《中华人民共和国船员条例》第五十四条"),
        m=c.M(r.choice([2000, 3000, 5000, 8000])),
    )
    d.add(B.staff(c))
    return end(c, d, p, pay=True)


# ---------------------------------------------------------------- C03
@structure("C03-meteo-unapproved-balloon-release-wedding-penalty", "penalty", "meteo", "dev")
def c03(c):
    r = c.rng
    c.set_docno("罚")
    op = c.person(age=(26, 50))
    shop = f"{c.loc.short}{r.choice(['喜悦', '幸福里', '花嫁', '良缘', '如意'])}婚庆策划工作室"
    from kit import make_uscc

    code = make_uscc(r, c.loc.regions[0], "92")
    c.names.append(shop)
    c.as_target_shop(shop, op, code)
    groom, bride = c.person(age=(24, 34), male=True), c.person(age=(23, 32), male=False)
    d = Doc()
    d.add(c.header("气象行政处罚决定书"))
    d.f(
        "当事人：{s}\n统一社会信用代码：{cc}\n经营者：{n}\n经营者身份证号码：",
        s=keep("company", shop),
        cc=keep("credit_code", code),
        n=c.N(op),
    )
    d.add(c.id7p(op), "\n联系电话：", B.phone(c, op), "\n住址：", c.AD(op), "\n\n")
    d.f(
        "{dt}上午，当事人受{g}、{b}委托承办婚礼，在{pl}未经气象主管机构批准，施放系留气球{k}只、无人驾驶自由气球约{k2}只。"
        "委托合同载明委托人联系电话{gp}、电子邮箱",
        dt=c.D(c.before(15, 60)),
        g=c.N(groom),
        b=c.N(bride),
        pl=r.choice(c.loc.roads) + r.choice(["广场", "酒店停车场", "公园草坪"]),
        k=str(r.randint(2, 6)),
        k2=str(r.randint(99, 520)),
        gp=c.mob7p(groom),
    )
    d.add(
        c.email7(),
        "，合同价款中气球布置费",
        TS(f"{r.randint(8, 30) * 100}元"),
        "、气球进货成本",
        TS(f"每只{r.randint(2, 9)}元"),
        "。",
    )
    d.add("施放地点距机场净空保护区较近，存在安全隐患。当事人不具备施放气球资质，亦未办理施放审批手续。\n\n")
    d.add(
        ev(c, ["现场照片及视频", "婚庆服务合同", F("经营者{n}的询问笔录", n=c.N(op)), "施放气球资质查询记录"])
    )
    d.f(
        "本局认为，当事人的行为违反了{l1}，依据{l2}，决定给予警告，并处罚款{m}。\n",
        l1=c.L("《通用航空飞行管制条例》第三十五条"),
        l2=c.L("《施放气球管理办法》第二十八条第（一）项"),
        m=c.M(r.choice([5000, 8000, 10000, 15000])),
    )
    d.add(B.staff(c))
    return end(c, d, op, pay=True)


# ---------------------------------------------------------------- C04
@structure("C04-civdef-shelter-garage-unfiled-rental-penalty", "penalty", "civdef", "dev")
def c04(c):
    r = c.rng
    c.set_docno("罚")
    co = c.company("物业服务")
    c.as_target_company(co)
    est = r.choice(c.loc.estates)
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(B.company_block(c, co))
    d.f(
        "\n经查，当事人管理的{e}地下人防工程（防护单元二个）自{dt}起，未经人民防空主管部门备案，擅自作为机动车停车场使用，"
        "并将其中车位以每月{pr}的价格出租给业主，部分车位被改建为储物间，拆除了防护密闭门。抽查车位租用登记表（摘录）：\n",
        e=est,
        dt=c.D(c.before(300, 700)),
        pr=TS(f"{r.randint(150, 400)}元"),
    )
    d.add("车位\t租用人\t车牌号\t联系电话\n")
    for i in range(r.randint(3, 4)):
        x = c.person(age=(25, 70))
        d.add(f"B{r.randint(1, 2)}-{r.randint(1, 199):03d}\t", c.N(x), "\t", c.plate7(), "\t")
        d.add(c.phones_cell(x, "/") if i == 0 else c.mob7p(x), "\n")
    d.f(
        "当事人另向部分租用人收取押金，收款账户为当事人单位账户{acc}。\n\n",
        acc=c.corp_account(),
    )
    d.add(
        ev(
            c,
            [
                "人防工程现场检查记录",
                "车位租用登记表",
                "租金收款明细",
                F("法定代表人{rep}的询问笔录", rep=c.REP(co)),
            ],
        )
    )
    d.f(
        "本办认为，当事人违反了{l1}的规定。依据{l2}，决定：一、责令限期恢复防护密闭门；二、对当事人处罚款{m}。\n",
        l1=c.L("《中华人民共和国人民防空法》第二十八条"),
        l2=c.L("《中华人民共和国人民防空法》第四十九条第（一）项"),
        m=c.M(r.choice([10000, 20000, 30000, 50000])),
    )
    d.add(B.staff(c))
    return end(c, d, None, pay=True)


# ---------------------------------------------------------------- C05
@structure("C05-grain-purchase-ledger-farmer-payment-penalty", "penalty", "grain", "dev")
def c05(c):
    r = c.rng
    c.set_docno("罚")
    op = c.person(age=(35, 60))
    from kit import make_uscc

    shop = f"{c.loc.short}{r.choice(['丰收', '金穗', '禾丰', '满仓'])}粮食收购站"
    code = make_uscc(r, c.loc.regions[0], "92")
    c.names.append(shop)
    c.as_target_shop(shop, op, code)
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.f(
        "当事人：{s}（个体工商户）\n统一社会信用代码：{cc}\n经营者：{n}，身份证号",
        s=keep("company", shop),
        cc=keep("credit_code", code),
        n=c.N(op),
    )
    d.add(c.id7p(op), "，电话", B.phone(c, op), "\n\n")
    d.f(
        "经查，当事人于{d1}至{d2}收购{g}，未按规定建立粮食经营台账，且以“水分超标”为由压低等级，收购价{p1}，"
        "转售给粮食加工企业的价格为{p2}。部分售粮农户的货款至今未结清。本局调取当事人电脑中的收购明细（由表格导出，保留原格式）：\n",
        d1=c.D(c.before(120, 200)),
        d2=c.D(c.before(40, 100)),
        g=r.choice(["小麦", "玉米", "稻谷"]),
        p1=TS(f"每斤{r.randint(105, 125) / 100:.2f}元"),
        p2=TS(f"每斤{r.randint(128, 145) / 100:.2f}元"),
    )
    d.add("序号,姓名,身份证号,收款卡号,数量(斤)\n")
    for i in range(1, r.randint(4, 5)):
        x = c.person(age=(40, 75), local=True)
        style = r.choice([0, 0, 7, 10, 11])
        idv = (
            c.old15(x, r.choice([0, 1, 2])) if x.birth.year < 1972 and r.random() < 0.6 else c.id7p(x, style)
        )
        d.add(f"{i},", c.N(x), ",", idv, ",")
        card = c.card7(r.choice([2, 0, 5, 7]))
        d.add(card[1:] if r.random() < 0.5 else card, f",{r.randint(3, 40) * 500}\n")
    d.add("\n")
    d.add(ev(c, ["收购明细电子数据", "售粮农户询问笔录", "粮食收购票据", "现场检查笔录"]))
    d.f(
        "本局认为，当事人违反了{l1}的规定，依据{l2}，决定给予警告，并处罚款{m}。\n",
        l1=c.L("《粮食流通管理条例》第二十条"),
        l2=c.L("《粮食流通管理条例》第四十六条"),
        m=c.M(r.choice([5000, 10000, 20000])),
    )
    d.add(B.staff(c))
    return end(c, d, op, pay=True)


# ---------------------------------------------------------------- C06
@structure("C06-medins-forged-offsite-hospital-bills-fraud-penalty", "penalty", "medins", "dev")
def c06(c):
    r = c.rng
    c.set_docno("罚")
    p = c.person(age=(35, 72))
    mid = c.person(age=(28, 50), local=False)
    c.as_target_person(p)
    hosp = c.hospital(
        r.choice(
            [
                "上海市第十人民医院",
                "杭州市第一人民医院",
                "广州市红十字会医院",
                "南京市鼓楼医院",
                "武汉市中心医院",
            ]
        )
    )
    d = Doc()
    d.add(c.header("医疗保障行政处罚决定书"))
    d.add(B.party(c, p, style=r.choice([0, 1, 5])))
    d.f("医保个人编码：{m}\n\n", m=c.med_code(p, r.choice([2, 3, 5])))
    cost = r.randint(18, 90) * 1000
    d.f(
        "经查，当事人于{dt}以异地就医零星报销方式，向本局经办机构提交{h}住院票据，住院号{a}，出院诊断为{dg}，"
        "申报医疗费用{fee}，获得报销{bx}，报销款拨付至当事人{card}。",
        dt=c.D(c.before(100, 300)),
        h=hosp,
        a=c.adm_no("zy"),
        dg=H(
            r.choice(
                [
                    "腰椎间盘突出症",
                    "2型糖尿病伴周围神经病变",
                    "冠状动脉粥样硬化性心脏病",
                    "慢性阻塞性肺疾病急性加重",
                ]
            )
        ),
        fee=c.M(cost),
        bx=c.M(cost * 7 // 10),
        card=c.card7(r.choice([0, 1, 9])),
    )
    d.f(
        "经向{h}协查，该院无当事人住院记录，上述票据系当事人通过中介{m}（微信号",
        h=keep("company", hosp.value),
        m=c.N(mid),
    )
    d.add(c.social("wx")[1], "，电话", c.mob7p(mid), "）伪造。\n\n")
    d.add(ev(c, ["异地就医报销材料", "协查回函", "微信聊天记录截图", F("当事人{n}的询问笔录", n=c.N(p))]))
    d.f(
        "本局认为，当事人使用虚假票据骗取医疗保障基金支出，违反了{l1}，依据{l2}，决定：一、责令退回医疗保障基金{a}；二、处骗取金额二倍罚款{m}；"
        "三、暂停其医疗费用联网结算六个月。\n",
        l1=c.L("《医疗保障基金使用监督管理条例》第十九条"),
        l2=c.L("《医疗保障基金使用监督管理条例》第四十一条"),
        a=c.M(cost * 7 // 10, 0),
        m=c.M(cost * 7 // 5, 0),
    )
    return end(c, d, p, pay=True)


# ---------------------------------------------------------------- C07
@structure("C07-defense-refusal-of-military-service-decision", "other", "defense", "dev")
def c07(c):
    r = c.rng
    c.set_docno("处")
    p = c.person(age=(18, 21), male=True, kind=r.choice(["han", "han3", "single", "compound"]))
    fa = c.relative(p, male=True, age=(42, 55))
    mo = c.person(age=(40, 52), male=False)
    c.as_target_person(p)
    col = c.hospital(
        r.choice(
            [
                f"{c.loc.city[:-1]}职业技术学院",
                f"{c.loc.prov[:2]}交通职业技术学院",
                f"{c.loc.city[:-1]}技师学院",
            ]
        )
    )
    d = Doc()
    d.add(c.header("拒绝服兵役处理决定书"))
    d.add(B.party(c, p, label="被处理人"))
    d.f(
        "学籍号：{s}　户号：{h}\n父亲：{f}，电话",
        s=c.stu_no(p, r.choice([0, 0, 1, 2])),
        h=c.hh_no(p),
        f=c.N(fa),
    )
    d.add(c.mob7p(fa), "；母亲：", c.N(mo), "，电话", c.mob7p(mo), "\n\n")
    d.f(
        "被处理人系{col}{y}届毕业生，经{dt}征兵体检、政治考核合格，被批准入伍，于同月交接至部队。"
        "入营后，被处理人以“不适应部队生活”为由，拒绝参加训练，经部队和本办多次教育仍坚持退出，于{d2}被部队退回。"
        "经查，被处理人无{hl}等正当理由，其行为属于拒绝履行兵役义务。\n\n",
        col=col,
        y=str(c.date.year),
        dt=c.D(c.before(120, 200)),
        d2=c.D(c.before(30, 90)),
        hl="伤病",
    )
    d.add(ev(c, ["入伍批准书及部队退回材料", "被处理人的书面检讨", "谈话笔录", "家长意见书"]))
    d.f(
        "依据{l1}和{l2}的规定，经{gov}研究，决定对被处理人作出如下处理：\n一、处以罚款{m}；\n二、两年内不得被录用为公务员或者参照公务员法管理的工作人员，"
        "不得招录、聘用为国有企业和事业单位工作人员；\n三、两年内不得出国（境）或者升学复学；\n四、纳入履行国防义务严重失信主体名单。\n",
        l1=c.L("《中华人民共和国兵役法》第五十七条"),
        l2=c.L("《征兵工作条例》第六十条"),
        gov=keep("agency", f"{c.loc.pname}人民政府"),
        m=c.M(r.choice([20000, 25000, 30000]), r.choice([0, 1, 3])),
    )
    c.ext_keep(f"{c.loc.pname}人民政府")
    return end(c, d, p, pay=True)


# ---------------------------------------------------------------- C08
@structure(
    "C08-overseas-returned-overseas-chinese-relative-status-confirmation", "confirmation", "overseas", "dev"
)
def c08(c):
    r = c.rng
    c.set_docno("确", fmt=r.choice([0, 2]))
    p = c.person(age=(30, 80))
    q = c.person(kind="foreign", age=(40, 85))
    c.as_target_person(p)
    d = Doc()
    d.add(c.header("归侨侨眷身份确认书"))
    d.add(B.party(c, p, label="申请人", with_phone=True))
    d.f(
        "\n申请人于{dt}向本办申请确认侨眷身份。经审核，申请人的{rel}{q}（英文姓名{lt}，{nat}国籍，",
        dt=c.D(c.before(20, 60)),
        rel=r.choice(["祖父", "叔父", "姑母", "外祖母", "舅父", "兄长"]),
        q=c.N(q),
        lt=go("name", q.latin),
        nat=q.nationality,
    )
    kind = {"美国": "us", "加拿大": "ca", "马来西亚": "my"}.get(q.nationality)
    cue, pp = c.travel7(kind) if kind else ("护照", c.passport(q))
    d.add(cue, "号码", pp, "）于", keep("date", f"{r.randint(1968, 1995)}年"), "出国定居，现住")
    abroad = {
        "美国": [
            f"{r.randint(100, 9899)} {r.choice(['Clement St', 'Stockton St', 'Mission Blvd', 'Jackson Ave'])}, {r.choice(['San Francisco, CA', 'Oakland, CA'])}",
            f"美国加利福尼亚州旧金山市{r.choice(['士德顿街', '积臣街', '沙加缅度街'])}{r.randint(100, 999)}号",
        ],
        "加拿大": [
            f"{r.randint(100, 9899)} {r.choice(['Main St', 'Kingsway', 'Dundas St W'])}, {r.choice(['Vancouver, BC', 'Toronto, ON'])}"
        ],
        "马来西亚": [f"马来西亚吉隆坡{r.choice(['蕉赖', '增江', '安邦'])}{r.randint(1, 60)}号"],
    }.get(
        q.nationality,
        [
            f"{q.nationality}{r.choice(['首都', '第二大城市'])}{r.choice(['中央大街', '滨海路', '花园街'])}{r.randint(1, 300)}号{r.randint(1, 40)}室"
        ],
    )
    d.add(go("address", r.choice(abroad)), "。")
    d.f(
        "其在港亲属{h}（",
        h=c.N(c.relative(q if q.nationality == "中国" else p, male=r.random() < 0.5, age=(40, 70))),
    )
    cue2, hk = c.travel7(r.choice(["hkid", "hkres", "old_hx"]))
    d.add(cue2, hk, "，电子邮箱", c.email7(), "）出具了亲属关系说明。")
    d.add("申请人提交的户口簿、村（居）委会证明、公证书及照片等材料，能够证明其与上述华侨的亲属关系。\n")
    d.f(
        "申请材料清单：1．申请表；2．申请人居民身份证及户口簿（户号{hh}）复印件；3．华侨定居国护照及长期居留证明复印件；4．{town}出具的亲属关系证明；"
        "5．{notary}出具的亲属关系公证书。上述材料经本办于{dt}审核，并经{town}公示七日，无异议。\n\n",
        hh=c.hh_no(p),
        town=r.choice(c.loc.towns),
        notary=keep("agency", f"{c.loc.pname}公证处"),
        dt=c.D(c.before(3, 15)),
    )
    c.ext_keep(f"{c.loc.pname}公证处")
    d.f(
        "依据{l1}及{l2}，确认申请人为侨眷，核发侨眷证明，证号{z}。\n",
        l1=c.L("《中华人民共和国归侨侨眷权益保护法》第二条"),
        l2=c.L(f"《{c.loc.prov}归侨侨眷权益保护实施办法》第三条"),
        z=go("id_number", f"{c.loc.short}侨眷字{c.date.year}{digits(r, 5, '0123456789')}"),
    )
    d.add(
        "申请人可凭本确认书及侨眷证明，依法享受归侨侨眷在子女入学、出境探亲等方面的相关政策。证明遗失的，应及时向本办申请补发；申请人户籍迁出本市的，本确认书继续有效。\n"
    )
    return end(c, d, p, k=2)


# ---------------------------------------------------------------- C09
@structure("C09-tax-enforcement-deduct-frozen-deposits-decision", "coercion", "tax", "dev")
def c09(c):
    r = c.rng
    c.set_docno("强", fmt=r.choice([0, 3]))
    p = c.person(age=(30, 65))
    c.as_target_person(p)
    tax = r.randint(30, 400) * 1000 + r.randint(0, 999)
    d = Doc()
    d.add(c.header("税收强制执行决定书（扣缴税收款项适用）"))
    d.f("纳税人：{n}\n纳税人识别号：", n=c.N(p))
    d.add(c.id7p(p, r.choice([0, 3, 4, 12, 13])), "\n联系电话：", B.phone(c, p), "\n\n")
    d.f(
        "你于{d1}转让股权，应缴纳个人所得税{t}，经本局{dn}《税务事项通知书》限期缴纳，你逾期仍未缴纳。"
        "本局已于{d2}冻结你在下列账户的存款：\n",
        d1=c.D(c.before(200, 500)),
        t=c.M(tax, 0),
        dn=c.DN(c.other_docno("通")),
        d2=c.D(c.before(10, 40)),
    )
    for i in range(r.randint(2, 3)):
        d.add(f"{i + 1}．", c.card7(r.choice([0, 1, 6, 7, 9])), "；\n")
    d.f(
        "根据{l}的规定，经{chief}批准，决定从你在上述账户的存款中扣缴税款{t}及滞纳金{z}。\n",
        l=c.L("《中华人民共和国税收征收管理法》第四十条"),
        chief=keep("officer_name", c.ag.chief[0]),
        t=c.M(tax, 0),
        z=c.M(tax // 200 * r.randint(5, 30), 0),
    )
    d.f(
        "本局此前已于{d0}向你送达{dn}《税收强制执行催告书》，你在催告期内未缴纳税款，也未提出陈述、申辩。"
        "请上述账户的开户银行在收到本决定书及《扣缴税收款项通知书》后，从冻结存款中依次扣缴，并将扣缴凭证退回本局。"
        "扣缴后仍不足部分，本局将依法拍卖、变卖你的其他财产抵缴。扣缴完毕后，本局将依法解除对剩余存款的冻结。\n",
        d0=c.D(c.before(45, 80)),
        dn=c.DN(c.other_docno("催")),
    )
    d.f(
        "本决定书由{o}（执法证号{oc}）、{o2}（执法证号{oc2}）送达。送达地址：",
        o=c.ON(0),
        oc=c.OC(0),
        o2=c.ON(1),
        oc2=c.OC(1),
    )
    d.add(c.AD(p), "。\n")
    return end(c, d, p)


# ---------------------------------------------------------------- C10
@structure(
    "C10-heritage-tourist-carving-on-protected-site-penalty",
    "penalty",
    "heritage",
    "dev",
    locs=["PL", "LP", "EM", "YL"],
)
def c10(c):
    r = c.rng
    c.set_docno("罚")
    p = c.person(age=(28, 50))
    kid = c.child(p, age=(9, 15))
    c.as_target_person(p)
    site = {"PL": "蓬莱水城及蓬莱阁", "LP": "金山岭长城", "EM": "峨眉山古建筑群报国寺", "YL": "黄陵庙"}[
        c.loc.key
    ]
    d = Doc()
    d.add(c.header("文物行政处罚决定书"))
    d.add(B.party(c, p))
    d.f(
        "\n{dt}{hh}时许，当事人携其子女{k}（{a}岁，{sch}{cl}学生，学籍号{sn}）游览全国重点文物保护单位{site}时，"
        "在{part}用钥匙刻划“{k}到此一游”字样，刻痕长约{cm}厘米。景区工作人员{w}发现后制止并报警。"
        "当事人系通过实名购票入园，购票手机号为",
        dt=c.D(c.before(10, 50)),
        hh=str(r.randint(9, 17)),
        k=go("minor_name", kid.name),
        a=str(kid.age(c.date)),
        sch=go("school", c.school_class(kid)[0]),
        cl=go("class", c.school_class(kid)[1]),
        sn=c.stu_no(kid, r.choice([0, 1])),
        site=site,
        part=r.choice(["城墙垛口", "殿前石栏", "敌楼砖墙", "碑亭立柱"]),
        cm=str(r.randint(8, 40)),
        w=c.N(c.person(age=(22, 50))),
    )
    d.add(
        c.mob7p(p, r.choice([0, 3, 5, 7, 9])),
        "，自驾车辆号牌为",
        c.plate7(r.choice(["ev", "evbig", "spaced", "plain", "moto"])),
        "。\n\n",
    )
    d.add(
        ev(c, ["现场照片及监控录像", "文物损坏情况评估意见", F("当事人{n}的询问笔录", n=c.N(p)), "购票记录"])
    )
    d.f(
        "本局认为，当事人刻划、涂污文物的行为违反了{l1}，鉴于未造成严重后果且当事人主动承担修复费用{fx}，依据{l2}，决定给予警告，并处罚款{m}。\n",
        l1=c.L("《中华人民共和国文物保护法》第三十二条"),
        l2=c.L("《中华人民共和国文物保护法》第九十四条"),
        fx=c.M(r.randint(5, 30) * 100),
        m=c.M(r.choice([200, 500, 1000])),
    )
    d.add(B.staff(c))
    return end(c, d, p, pay=True)


# ---------------------------------------------------------------- C11
@structure("C11-gov-water-dispute-well-sharing-ruling", "ruling", "gov", "dev")
def c11(c):
    r = c.rng
    c.set_docno("裁")
    a = c.person(age=(40, 75))
    b = c.person(age=(40, 75))
    law = c.person(age=(30, 55))
    firm = c.hospital(f"{c.loc.city[:-1]}{r.choice(['东海', '正衡', '明理', '守正'])}律师事务所")
    c.as_target_person(a)
    vil = r.choice(c.loc.villages)
    d = Doc()
    d.add(c.header("水事纠纷处理决定书"))
    d.add(B.party(c, a, label="申请人", style=r.choice([1, 4, 5])))
    d.add("户号：", c.hh_no(a), "\n")
    d.add(B.party(c, b, label="被申请人", style=r.choice([1, 4, 5]), with_phone=False))
    d.f("委托代理人：{l}，{f}律师\n\n", l=c.N(law), f=firm)
    d.f(
        "申请人与被申请人均为{v}村民，两户共用的灌溉机井位于申请人承包地内（承包经营权证编号{cb}）。{dt}起，被申请人在上游另打机井并铺设管道，"
        "导致申请人机井出水量明显下降。双方经村委会、{town}调解未果，申请人于{d2}申请本府处理。\n\n",
        v=vil,
        cb=go("id_number", f"{c.loc.regions[0]}{digits(r, 6, '0123456789')}J"),
        dt=c.D(c.before(200, 400)),
        town=r.choice(c.loc.towns) + "人民政府",
        d2=c.D(c.before(50, 90)),
    )
    d.f(
        "申请人请求：责令被申请人封填新打机井，并赔偿减产损失。被申请人答辩称：新打机井位于其本人宅基地内（宅基地使用权证号{zj}），"
        "打井前已口头告知申请人，申请人机井出水量下降系连续干旱所致。本府于{dt}组织双方进行了调解，被申请人委托代理人到场，双方未能达成一致意见。\n",
        zj=go(
            "id_number",
            f"{c.loc.short}集用（{c.date.year - r.randint(8, 20)}）第{digits(r, 5, '0123456789')}号",
        ),
        dt=c.D(c.before(20, 40)),
    )
    d.f(
        "本府经现场勘验，并听取{w}水利局意见，认为被申请人新打机井未办理取水许可，违反了{l1}。依据{l2}，决定：\n"
        "一、被申请人于{d3}前封填新打机井；\n二、共用机井按双方承包面积比例（{ra}）轮流使用；\n三、机井维修费用由双方分担。\n",
        w=c.loc.pname,
        l1=c.L("《中华人民共和国水法》第四十八条"),
        l2=c.L("《中华人民共和国水法》第五十七条"),
        d3=c.D(c.after(20, 40)),
        ra=r.choice(["六比四", "一比一", "七比三"]),
    )
    d.f("文书送达地址：申请人{ad}；联系电话", ad=c.AD(a))
    d.add(c.phones_cell(a), "。\n")
    return end(c, d, None)


# ---------------------------------------------------------------- C12
@structure("C12-fire-blocking-fire-engine-access-vehicle-penalty", "penalty", "fire", "dev")
def c12(c):
    r = c.rng
    c.set_docno("罚")
    p = c.person(age=(23, 60))
    ow = c.relative(p, male=not p.male, age=(25, 65))
    c.as_target_person(p)
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(B.party(c, p, label="被处罚人"))
    d.f("机动车驾驶证号：{dl}\n\n", dl=c.dl_no(p, r.choice([0, 1, 2])))
    kind = r.choice(["ev", "evbig", "trailer", "coach", "temp", "moto", "hk", "spaced", "emerg", "embassy"])
    d.f(
        "{dt}{hh}时许，本大队监督员在{est}检查时发现，号牌为{pl}的{ty}停放在消防车通道出入口，占压消防车通道标线，"
        "车辆识别代号{vin}，发动机号{en}。经拨打车窗挪车电话",
        dt=c.D(c.before(10, 40)),
        hh=str(r.randint(8, 22)),
        est=r.choice(c.loc.estates),
        pl=c.plate7(kind),
        ty={
            "trailer": "重型半挂车",
            "coach": "教练车",
            "moto": "二轮摩托车",
            "hk": "粤港两地小型客车",
            "embassy": "外籍小型轿车",
            "emerg": "应急保障车",
        }.get(kind, r.choice(["小型轿车", "小型普通客车", "小型越野客车"])),
        vin=c.vin(),
        en=c.engine_no(),
    )
    d.add(
        c.mob7p(p, r.choice([0, 1, 2, 6, 7, 8])),
        "联系被处罚人，其十分钟后仍未挪车。该车登记所有人为被处罚人的配偶",
        c.N(ow),
        "，所有人住址",
        c.AD(ow),
        "。\n\n",
    )
    d.add(ev(c, ["现场照片", "消防监督检查记录", F("被处罚人{n}的陈述", n=c.N(p)), "车辆登记信息查询单"]))
    d.f(
        "本大队认为，被处罚人占用消防车通道，违反了{l1}，依据{l2}，决定对被处罚人处罚款{m}。\n",
        l1=c.L("《中华人民共和国消防法》第二十八条"),
        l2=c.L("《中华人民共和国消防法》第六十条第二款"),
        m=c.M(r.choice([200, 300, 500])),
    )
    d.add(B.staff(c))
    return end(c, d, p, pay=True)


# ---------------------------------------------------------------- C13
@structure("C13-market-wechat-unregistered-whitening-cosmetics-penalty", "penalty", "market", "dev")
def c13(c):
    r = c.rng
    c.set_docno("罚")
    p = c.person(age=(22, 45), male=False)
    c.as_target_person(p)
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(B.party(c, p))
    cue, wx = c.social("wx")
    d.add(cue, "：", wx, "；支付宝账号：", c.social("zfb")[1], "\n\n")
    d.f(
        "经查，当事人自{dt}起通过微信朋友圈销售“{br}”祛斑美白霜，该产品属特殊化妆品，未取得注册证。当事人从上家{up}处进货，进货价{p1}，"
        "销售价{p2}，共售出{k}瓶。部分买家信息（摘自快递面单及聊天记录）：\n",
        dt=c.D(c.before(100, 300)),
        br=r.choice(["雪肌焕颜", "玉容净白", "冰川臻白"]),
        up=c.N(c.person(age=(25, 45), local=False)),
        p1=TS(f"每瓶{r.randint(30, 60)}元"),
        p2=TS(f"每瓶{r.randint(128, 268)}元"),
        k=str(r.randint(60, 400)),
    )
    for i in range(r.randint(2, 3)):
        x = c.person(age=(20, 50), male=False)
        d.add(
            f"（{i + 1}）",
            c.N(x),
            "，收货地址",
            c.AD(x),
            "，电话",
            c.mob7p(x, r.choice([5, 5, 0, 2, 9])),
            "，邮箱",
            c.email7(),
            "\n",
        )
    d.f(
        "其中一名买家使用后出现{h}，已向{t}投诉。货款通过当事人名下{card}收取。\n\n",
        h=H(r.choice(["面部接触性皮炎", "面部红肿、脱皮", "激素依赖性皮炎"])),
        t=B.hot(c, "12315"),
        card=c.card7(r.choice([1, 3, 4, 8])),
    )
    d.add(ev(c, ["微信朋友圈截图", "检验报告（检出氢醌）", "快递面单", "收款记录"]))
    d.f(
        "本局认为，当事人的行为违反了{l1}，依据{l2}，决定：没收违法所得{a}，没收涉案化妆品，并处罚款{m}。\n",
        l1=c.L("《化妆品监督管理条例》第十六条"),
        l2=c.L("《化妆品监督管理条例》第五十九条第（一）项"),
        a=c.M(r.randint(20, 90) * 100),
        m=c.M(r.choice([50000, 60000, 80000])),
    )
    return end(c, d, p, pay=True)


# ---------------------------------------------------------------- C14
@structure(
    "C14-religion-cleric-filing-refusal-decision", "license", "religion", "dev", locs=["EM", "DW", "YL", "HJ"]
)
def c14(c):
    r = c.rng
    c.set_docno("不予备", fmt=0)
    p = c.person(age=(25, 60))
    c.as_target_person(p)
    rel = r.choice(
        [
            ("佛教", "寺", "比丘"),
            ("道教", "观", "道士"),
            ("伊斯兰教", "清真寺", "阿訇"),
            ("基督教", "堂", "牧师"),
        ]
    )
    site = c.hospital(f"{c.loc.short}{r.choice(['报恩', '清凉', '永宁', '福缘'])}{rel[1]}")
    d = Doc()
    d.add(c.header("宗教教职人员备案不予备案决定书"))
    d.add(B.party(c, p, label="申请人"))
    d.f(
        "宗教身份：{rel}\n教职人员证书编号：{z}\n\n",
        rel=go("religion", f"{rel[0]}{rel[2]}"),
        z=go(
            "id_number",
            f"{rel[0][:1]}{digits(r, 4, '0123456789')}{c.date.year - r.randint(2, 12)}{digits(r, 4, '0123456789')}",
        ),
    )
    d.f(
        "{dt}，{site}为申请人向本局申请办理担任该场所主要教职的备案手续。经审查，申请人曾于{y}年因{cr}被判处刑罚（{cc}），"
        "现刑满未满五年；且其提交的宗教团体认定材料中，推荐人{t}的签名经核实系他人代签。\n\n",
        dt=c.D(c.before(15, 40)),
        site=site,
        y=str(c.date.year - r.randint(3, 4)),
        cr=go("criminal_record", r.choice(["诈骗罪", "非法经营罪", "寻衅滋事罪"])),
        cc=c.court_case("criminal", c.before(1100, 1400)),
        t=c.N(c.person(age=(50, 80))),
    )
    d.f(
        "申请人提交的材料包括：备案申请表、宗教教职人员认定备案表、居民身份证复印件、{site}民主管理组织的推荐意见及{assoc}的认定意见。"
        "本局于{dt}受理后，会同{town}对申请人的基本情况进行了核实，并于{d2}听取了申请人的陈述。申请人称推荐意见系其委托{agent}代为办理，本人不知情。\n",
        site=keep("company", site.value),
        assoc=keep("company", f"{c.loc.city[:-1]}{rel[0]}协会"),
        dt=c.D(c.before(10, 20)),
        town=r.choice(c.loc.towns),
        d2=c.D(c.before(3, 9)),
        agent=c.N(c.person(age=(30, 60))),
    )
    c.names.append(f"{c.loc.city[:-1]}{rel[0]}协会")
    d.f(
        "依据{l1}和{l2}的规定，本局决定对该备案申请不予备案。\n申请人联系电话：",
        l1=c.L("《宗教事务条例》第三十六条"),
        l2=c.L("《宗教教职人员管理办法》第十六条"),
    )
    d.add(B.phone(c, p), "。\n")
    d.f(
        "本决定同时抄告{site}及{assoc}。该场所应当在本决定送达之日起三十日内，另行推荐符合条件的人选，并按程序重新申请备案；"
        "在重新备案完成前，申请人不得以该场所主要教职身份主持宗教活动。\n",
        site=keep("company", site.value),
        assoc=keep("company", f"{c.loc.city[:-1]}{rel[0]}协会"),
    )
    return end(c, d, p)


# ---------------------------------------------------------------- C15
@structure("C15-tax-deed-tax-underdeclared-house-price-recovery-notice", "levy", "tax", "dev")
def c15(c):
    r = c.rng
    c.set_docno("通", fmt=r.choice([0, 1]))
    p = c.person(age=(26, 60))
    seller = c.person(age=(40, 80))
    ag = c.company("房地产经纪")
    c.as_target_person(p)
    true_p = r.randint(60, 300) * 10000
    decl = true_p * r.randint(55, 80) // 100
    d = Doc()
    d.add(c.header("税务事项通知书（追缴税款）"))
    d.f("纳税人：{n}（证件号码", n=c.N(p))
    d.add(c.id7p(p, r.choice([0, 1, 8, 9, 12, 13])), "）\n联系方式：", B.phone(c, p), "\n\n")
    d.f(
        "你于{dt}购买{s}位于{ad}的住房一套（不动产权证号{pc}），经{ag}居间成交。你申报的成交价格为{dp}，"
        "经查实际成交价格为{tp}，差额部分已通过你名下",
        dt=c.D(c.before(200, 500)),
        s=c.N(seller),
        ad=c.AD(seller),
        pc=c.prop_cert(),
        ag=c.CO(ag),
        dp=c.M(decl, 0),
        tp=c.M(true_p, 0),
    )
    d.add(c.card7(r.choice([0, 1, 4, 7])), "转账支付给卖方", c.N(seller), "（")
    d.add(c.card7(r.choice([3, 4, 8])), "）。\n")
    rate = r.choice([1, 1.5, 3])
    owed = int((true_p - decl) * rate / 100)
    d.f(
        "上述事实有不动产买卖合同（网签备案编号{wq}）、银行转账记录、{ag}出具的居间服务合同及成交确认书、你本人于{dt}在本局所作的询问笔录等证据证实。"
        "你在询问中承认，为少缴税款，经中介人员建议另行签订了低价合同用于申报。\n",
        wq=keep("doc_no", f"{c.loc.short}网签{c.date.year - 1}{digits(r, 6, '0123456789')}"),
        ag=c.CO(ag),
        dt=c.D(c.before(10, 30)),
    )
    d.f(
        "根据{l1}和{l2}的规定，你应补缴契税{o}，并自滞纳税款之日起按日加收万分之五的滞纳金。请于{dl}前到{hall}缴纳。\n",
        l1=c.L("《中华人民共和国契税法》第二条"),
        l2=c.L("《中华人民共和国税收征收管理法》第三十二条"),
        o=c.M(owed, 0),
        dl=c.D(c.after(15, 20)),
        hall=r.choice(["本局办税服务厅", "不动产登记中心税务窗口"]),
    )
    d.add(
        "逾期不缴纳的，本局将依照《中华人民共和国税收征收管理法》第四十条的规定采取强制执行措施，并可依法处以不缴或者少缴税款百分之五十以上五倍以下的罚款。\n"
    )
    return end(c, d, p)
