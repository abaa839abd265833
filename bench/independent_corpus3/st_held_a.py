"""Held-out structures W01-W06 (medical insurance, unemployment insurance, birth certificates, elderly fraud, taxi, disability subsidies)."""

from __future__ import annotations

from kit import TS, Doc, F, H, W, digits, go, keep, structure


def cn(n):
    return "一二三四五六七八九十"[n - 1] if n <= 10 else str(n)


# ---------------------------------------------------------------- W01 hospital keeps "paper" inpatients
@structure("W01-medins-hospital-phantom-inpatients-bedcheck-penalty", "penalty", "medins", "heldout", n=8)
def w01(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["医院", "中西医结合医院", "康复医院"]), suffix="有限公司")
    c.as_target_company(co)
    c.set_docno("罚")
    head = c.person("han3", age=(35, 55))
    nurse = c.person("han3", age=(30, 50), male=False)
    nk = c.nickname(nurse, "{s}护士长")
    pats = [c.person("han3", age=(58, 85)) for _ in range(3)]
    rec = c.person("han3", age=(40, 65))
    d.add(c.header("行政处罚决定书"))
    d.add(
        "当事人：",
        c.CO(co),
        "\n统一社会信用代码：",
        c.CC(co),
        "\n法定代表人：",
        c.REP(co),
        "\n医疗机构执业许可证登记号：PDY" + digits(r, 8, "0123456789") + "\n\n",
    )
    t = c.before(90, 160)
    d.add(
        c.D(t),
        r.choice(["晚20时", "晚21时30分", "凌晨1时"]),
        "，本局会同卫生健康部门组成检查组（",
        c.role(0, "检查组组长", cred=False, style=0),
        "；成员",
        c.ON(1),
        "、",
        c.ON(2),
        "；",
        c.role(3, "记录人", cred=False, style=0),
        "）对当事人住院部进行夜查。当日在院登记患者",
        str(r.randint(40, 90)),
        "人，实际在床",
        str(r.randint(8, 25)),
        "人。部分查房情况：\n\n",
    )
    d.add("床号｜患者｜医保凭证｜入院诊断｜核查情况\n")
    where = [
        "本人在家中，称“白天来做理疗”",
        "在附近棋牌室",
        "已回外地老家十余天",
        "电话无人接听，家属称其在女儿家",
    ]
    for i, p in enumerate(pats):
        card = [c.med_code(p), c.ss_cardno(), c.ss_personal(p)][i]
        d.add(
            f"{r.randint(3, 30)}床｜",
            c.N(p),
            "｜",
            card,
            "｜",
            H(
                r.choice(
                    [
                        "腰椎间盘突出症",
                        "脑梗死恢复期",
                        "2型糖尿病伴周围神经病变",
                        "慢性阻塞性肺疾病",
                        "膝骨关节炎",
                    ]
                )
            ),
            "｜",
            r.choice(where),
            "\n",
        )
    d.add(
        "\n经延伸调查，当事人",
        c.D(c.before(400, 500)),
        "起安排",
        c.N(rec),
        "（手机",
        c.PH(rec),
        "）在社区组织老年人“免费体检”，对",
        H("血压、血糖偏高"),
        "的老人动员住院，",
        TS(r.choice(["每介绍一名住院患者给予介绍费300元", "按患者医保统筹支付额的8%给付提成"])),
        "，住院期间",
        TS("免收个人自付部分并每日发放50元生活补助"),
        "。\n",
    )
    d.add(
        "患者",
        c.N(pats[0]),
        "称：“",
        go("name", nk),
        "说住满十五天，",
        r.choice(["送一桶油一袋米", "给报销来回车费"]),
        "，我就每天来打个针。”住院医师",
        c.N(head),
        "承认病程记录系",
        r.choice(["按模板复制", "事后补写"]),
        "。当事人通过上述方式骗取医保基金",
        c.M(fraud := r.randint(80000, 600000), 2),
        "。\n\n",
    )
    d.add(
        c.evidence(
            [
                "夜查现场笔录及视频",
                "住院病历及医保结算数据",
                F("{a}、{b}的询问笔录", a=c.N(rec), b=c.N(head)),
                "介绍费发放表",
            ]
        )
    )
    d.add(c.procedure(start=t))
    d.add(
        "本局认为，当事人诱导、协助他人冒名或者虚假就医，骗取医疗保障基金支出，违反了",
        c.L("《医疗保障基金使用监督管理条例》第二十条"),
        "。依据",
        c.L("《医疗保障基金使用监督管理条例》第四十条第一款"),
        "，决定：责令退回骗取的医保基金；处骗取金额",
        *(lambda k: [["二倍", "三倍"][k], "罚款，计", c.M(fraud * (k + 2), 0)])(r.randint(0, 1)),
        "；解除医保服务协议。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- W02 unemployment benefit drawn while employed
@structure("W02-labour-unemployment-benefit-overpayment-recovery", "other", "labour", "heldout", n=8)
def w02(c):
    r = c.rng
    d = Doc()
    p = c.person("han3", age=(24, 50))
    c.as_target_person(p)
    c.set_docno(r.choice(["失追", "追"]))
    co = c.company(r.choice(["商贸", "科技", "餐饮管理", "建筑劳务"]))
    hr = c.person("han3", age=(25, 45), male=False)
    d.add(c.header("责令退回失业保险待遇决定书"))
    st = r.randint(0, 2)
    lab = r.choice(["社会保障卡号", "社保卡号码", "社会保障卡卡号"])
    if st == 0:
        d.add(
            "当事人：",
            c.N(p),
            "\n社会保障号码：",
            c.ID(p),
            "\n",
            lab,
            "：",
            c.ss_cardno(),
            "\n通讯地址：",
            c.AD(p),
            "\n联系电话：",
            c.PH(p),
            "\n\n",
        )
    elif st == 1:
        d.add(
            c.N(p),
            "（",
            p.gender,
            "，",
            str(p.birth.year),
            "年生，身份证号",
            c.ID(p),
            "，个人编号",
            c.ss_personal(p),
            "）：\n\n",
        )
    else:
        d.add(
            "当事人",
            c.N(p),
            "，公民身份号码",
            c.ID(p),
            "，",
            lab,
            c.ss_cardno(),
            "，手机",
            c.PH(p),
            "，住",
            c.AD(p),
            "。\n\n",
        )
    t0 = c.before(400, 600)
    months = r.randint(4, 12)
    per = r.randint(1500, 2100)
    d.add(
        "你于",
        c.D(t0),
        "申领失业保险金，核定领取期限",
        str(r.randint(12, 24)),
        "个月，待遇发放至你的社会保障卡金融账户",
        c.ss_account(),
        "。\n",
    )
    t1 = c.before(200, 380)
    d.add(
        "经与企业职工参保数据比对并调查核实，你自",
        c.D(t1),
        "起已在",
        c.CO(co),
        "就业，该公司",
        r.choice(["未为你缴纳社会保险", "按劳务关系向你发放报酬"]),
        "，每月",
        W(f"税前工资{r.randint(4200, 9800)}元"),
        "。该公司人事专员",
        c.N(hr),
        "（座机",
        c.landline(),
        "）提供了考勤表和工资发放明细。你在重新就业后未按规定告知经办机构，",
        "继续领取失业保险金",
        str(months),
        "个月，共计",
        c.M(months * per, 0),
        "。\n",
    )
    d.add(
        c.D(c.before(40, 70)),
        "，",
        c.role(0, "稽核人员", cred=True),
        "对你进行询问。你称当时",
        H(
            r.choice(
                ["刚做完甲状腺手术，以为还能领", "妻子怀孕待产，家里开销大", "查出乙肝小三阳，怕被辞退没敢说"]
            )
        ),
        "，同意退回。\n\n",
    )
    d.add(
        "本局认为，你在领取失业保险金期间重新就业，应当停止享受失业保险待遇。依据",
        c.L("《中华人民共和国社会保险法》第五十一条"),
        "、",
        c.L("《失业保险条例》第十五条"),
        "及",
        c.L("《中华人民共和国社会保险法》第八十八条"),
        "，决定：\n一、自",
        c.D(t1),
        "起停止你的失业保险待遇；\n二、责令你退回多领取的失业保险金",
        c.M(months * per, r.choice([1, 3])),
        "；\n",
    )
    if r.random() < 0.5:
        d.add("三、处骗取金额二倍的罚款", c.M(months * per * 2, 0), "。\n")
    d.add(
        "\n款项请缴入",
        keep("fiscal_account", c.ag.fiscal_name),
        "，账号",
        keep("fiscal_account", c.ag.fiscal_no),
        "。逾期未退回的，本局将依法申请人民法院强制执行。\n",
    )
    d.add(c.rights())
    d.add(
        "\n",
        c.role(1, "承办人", cred=False, style=0),
        "　",
        c.role(2, "科室负责人", cred=False, style=0),
        "\n",
        c.A(),
        "\n",
        c.D(c.date, 2),
        "\n",
    )
    if r.random() < 0.6:
        d.add("\n（你确认的电子送达邮箱：", c.email(), "）")
        d.add(
            "\n（本决定书以EMS邮寄送达，邮寄地址：",
            c.AD(p),
            "，收件人：",
            c.N(p),
            "，送达人：",
            c.ON(3),
            "）\n",
        )
    return d


# ---------------------------------------------------------------- W03 birth certificate issued on false particulars
@structure("W03-health-birth-certificate-false-particulars-penalty", "penalty", "health", "heldout", n=8)
def w03(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["妇产医院", "医院", "妇儿医院"]), suffix="有限公司")
    c.as_target_company(co)
    c.set_docno("罚")
    mom = c.person("han3", age=(21, 38), male=False, local=r.random() < 0.5)
    fake = c.person("han3", age=(25, 40), male=False)
    dad = c.person("han3", age=(24, 45), male=True)
    baby = c.child(dad, age=(0, 0))
    mid = c.person("han", age=(28, 50), male=False)
    nk = c.nickname(mid, r.choice(["{s}姐", "{s}阿姨"]))
    docr = c.person("han3", age=(35, 55))
    d.add(c.header("行政处罚决定书"))
    d.f(
        "当事人：{co}\n统一社会信用代码：{cc}\n主要负责人：{rep}\n\n", co=c.CO(co), cc=c.CC(co), rep=c.REP(co)
    )
    t = c.before(60, 140)
    d.add(
        c.D(t),
        "，本局在出生医学证明专项检查中发现，当事人签发的编号为",
        go("id_number", r.choice("NOPQ") + c.loc.regions[0][:2] + digits(r, 7, "0123456789")),
        "的《出生医学证明》所载母亲信息与分娩记录不符。本局",
        c.role(0, "卫生监督员", cred=True, style=1),
        "、",
        c.role(1, "卫生监督员", cred=True, style=1),
        "随即立案调查。\n\n",
    )
    bd = c.before(150, 280)
    baby.birth = bd
    d.add(
        "经查，产妇",
        c.N(mom),
        "（身份证号",
        c.ID(mom),
        "，住",
        c.AD(mom),
        "）在当事人处分娩（",
        H(r.choice(["孕39周因胎膜早破行剖宫产", "孕37周顺产，产后大出血输血", "患妊娠期糖尿病，孕38周引产"])),
        "），生育一名",
        baby.gender,
        "婴（出生日期",
        c.BD(baby),
        "，体重",
        str(r.randint(2600, 3900)),
        "克）。",
        c.N(mom),
        "系",
        "未婚",
        "，经中间人",
        c.N(mid),
        "（称“",
        go("name", nk),
        "”，微信",
        c.wechat(),
        "）联系，",
        "由当事人产科医师",
        c.N(docr),
        "以",
        c.N(fake),
        "（身份证号",
        c.ID(fake),
        "）的名义办理住院和出生医学证明，父亲栏填写",
        c.N(dad, "guardian_name"),
        "。\n",
    )
    d.add(
        "婴儿现随",
        c.N(dad, "guardian_name"),
        "生活，取名",
        c.N(baby, "minor_name"),
        "，",
        c.N(dad, "guardian_name"),
        "联系电话",
        c.PH(dad),
        "。",
        c.N(fake),
        "本人称其",
        H(r.choice(["多年不孕，做过两次试管均失败", "患有子宫肌瘤，已切除子宫"])),
        "，",
        r.choice(["愿意抚养孩子", "系受人之托出借身份证"]),
        "。\n",
    )
    d.add(
        go("name", nk),
        "供述，",
        TS(
            r.choice(
                ["每单收取“办证费”四万元，其中一万五千元付给医师", "与医院约定住院费按正常价格上浮五成结算"]
            )
        ),
        "。\n\n",
    )
    d.add(
        c.evidence(
            [
                "住院病历、分娩记录",
                "出生医学证明存根及签发登记",
                F("对{a}、{b}的询问笔录", a=c.N(docr), b=c.N(mid)),
                "转账记录",
            ]
        )
    )
    d.add(
        "本局认为，当事人违反",
        c.L("《中华人民共和国母婴保健法》第二十三条"),
        "及",
        c.L("《出生医学证明管理办法》第十二条"),
        "，出具虚假出生医学证明。依据",
        c.L("《中华人民共和国母婴保健法实施办法》第四十一条"),
        "，经",
        c.role(2, "法制审核人员", cred=False, style=0),
        "审核，决定：\n",
    )
    d.add(
        "一、给予警告；\n二、罚款",
        c.M(r.choice([20000, 30000, 50000]), r.choice([0, 1])),
        "；\n三、收回并作废上述出生医学证明，责令重新核实后签发。\n对",
        c.N(docr),
        "的违法行为另案处理；",
        "涉嫌犯罪的线索已移送公安机关。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- W04 "health lectures" selling to the elderly
@structure("W04-market-elderly-health-lecture-sales-penalty", "penalty", "market", "heldout", n=8)
def w04(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["健康咨询", "生物科技", "养生文化"]))
    c.as_target_company(co)
    c.set_docno("罚")
    lec = c.person("han3", age=(30, 50))
    sales = c.person("han3", age=(22, 35))
    nk = c.nickname(sales, "小{s}")
    olds = [c.person("han3", age=(66, 88)) for _ in range(3)]
    kid = c.person("han3", age=(35, 55))
    prod = r.choice(["纳豆红曲胶囊", "富氢水杯", "磁疗床垫", "人参肽口服液"])
    d.add(c.header("行政处罚决定书"))
    d.add("当事人：", c.CO(co), "　统一社会信用代码：", c.CC(co), "　法定代表人：", c.REP(co), "\n\n")
    t = c.before(50, 110)
    d.add(
        "案件来源：",
        c.D(t),
        "，",
        c.N(kid),
        "（联系电话",
        c.PH(kid),
        "）投诉其父亲在当事人处花费",
        r.choice(["两万余元", "三万多元", "近五万元"]),
        "购买",
        prod,
        "。\n\n",
    )
    d.add(
        "调查经过：本局",
        c.role(0, "执法人员", cred=True, style=3),
        "、",
        c.role(1, "执法人员", cred=True, style=3),
        "于",
        c.D(c.after(3, 8, t)),
        "对当事人租用的",
        r.choice(c.loc.roads),
        "沿街门面检查，现场有老年人",
        str(r.randint(20, 60)),
        "人听讲，讲师",
        c.N(lec),
        "称“",
        prod,
        r.choice(["能溶解血栓，吃了不用放支架", "能治糖尿病并发症", "睡一个月，骨质增生全消"]),
        "”。",
        "现场查获签到簿一本，登记老年人姓名、老年证号和电话。\n\n",
    )
    d.add("签到簿摘录：\n")
    for p in olds:
        d.add(
            "· ",
            c.N(p),
            "　老年证号",
            c.elder_card(p),
            "　",
            r.choice([F("手机{x}", x=c.PH(p)), F("家中座机{x}", x=c.landline()), F("手机{x}", x=c.PH(p, 6))]),
            "　备注：",
            H(
                r.choice(
                    ["冠心病放过支架", "脑梗后遗症", "高血压十年", "糖尿病打胰岛素", "老慢支", "做过胃癌手术"]
                )
            ),
            "\n",
        )
    d.add(
        "\n",
        c.N(olds[0]),
        "陈述：“",
        go("name", nk),
        "天天上门叫我‘干妈’，",
        r.choice(["帮我量血压", "陪我去医院拿药"]),
        "，说吃了这个",
        H(r.choice(["心脏药可以停", "不用再打胰岛素"])),
        "，我就停了药，",
        "后来",
        H(r.choice(["胸口痛住了一次院", "血糖高到二十几昏过去"])),
        "。”\n",
    )
    d.add(
        "当事人财务资料显示，",
        TS(f"{prod}进价每盒{r.randint(30, 90)}元，售价每盒{r.randint(980, 2980)}元"),
        "，",
        TS(r.choice(["业务员按销售额25%提成", "讲师每场出场费三千元"])),
        "，已离职业务员" + r.choice(["张某", "赵某某", "孙**"]) + "亦参与销售，违法所得",
        c.M(r.randint(60000, 400000), 2),
        "。\n\n",
    )
    d.add(
        "本局认为，当事人对商品功效作虚假的商业宣传，违反",
        c.L("《中华人民共和国反不正当竞争法》第八条第一款"),
        "；依据",
        c.L("《中华人民共和国反不正当竞争法》第二十条第一款"),
        "及",
        c.L(f"《{c.loc.prov}老年人权益保障条例》第四十二条"),
        "，决定：责令停止违法行为，没收违法所得，罚款",
        c.M(r.choice([200000, 300000, 500000]), r.choice([0, 3])),
        "。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- W05 taxi driver detours with a woman in labour
@structure("W05-transport-taxi-detour-refusal-complaint-penalty", "penalty", "transport", "heldout", n=8)
def w05(c):
    r = c.rng
    d = Doc()
    drv = c.person("han3", age=(30, 60), male=True)
    c.as_target_person(drv)
    c.set_docno(r.choice(["罚", "运罚"]))
    co = c.company(r.choice(["出租汽车", "客运出租"]), suffix="有限责任公司")
    pas = c.person("han3", age=(22, 38), male=False)
    hus = c.person("han3", age=(24, 42), male=True)
    hosp = c.hospital()
    d.add(c.header("行政处罚决定书"))
    d.add(
        "当事人姓名：",
        c.N(drv),
        "\n性别：",
        drv.gender,
        "　年龄：",
        str(drv.age(c.date)),
        "\n身份证号码：",
        c.ID(drv),
        "\n道路运输从业资格证号：",
        c.qual_cert(drv),
        "\n驾驶证档案编号：",
        c.driver_file(),
        "\n所属企业：",
        c.CO(co),
        "\n联系电话：",
        c.PH(drv),
        "\n\n",
    )
    t = c.before(40, 90)
    d.add(
        "本局于",
        c.D(t),
        "接到",
        c.AC("hotline"),
        "投诉。投诉人",
        c.N(hus),
        "（",
        c.PH(hus),
        "）反映，当日",
        r.choice(["凌晨4时", "晚上22时"]),
        "其妻子",
        c.N(pas),
        H(r.choice(["临产破水", "孕32周突发腹痛出血", "孕晚期血压升高、头痛"])),
        "，在",
        go("address", f"{r.choice(c.loc.estates)}{r.choice(['北门', '南门', '东门'])}"),
        "拦乘当事人驾驶的",
        c.plate(),
        "号出租汽车前往",
        hosp,
        "，当事人以",
        r.choice(["“车上弄脏了没法做生意”为由拒载", "“前面修路”为由绕行"]),
        "。\n\n",
    )
    d.add(
        "经调取车载卫星定位记录和计价器数据，当事人",
        r.choice(["在载客后未按合理路线行驶，多绕行约6.8公里", "在乘客上车后又要求其下车"]),
        "。",
        c.N(pas),
        "最终",
        H(
            r.choice(
                [
                    "在车内早产，新生儿转入新生儿重症监护室",
                    "被诊断为胎盘早剥，行急诊剖宫产",
                    "入院时已宫口开全",
                ]
            )
        ),
        "。当事人辩称“",
        r.choice(["没看出来是孕妇", "导航就是这么走的"]),
        "”。\n",
    )
    d.add("乘客手机支付记录显示车费付至当事人个人收款码（微信号", c.wechat(), "）。\n\n")
    d.add(
        "调查人员：", c.ON(0), "（", c.OC(0), "）、", c.ON(1), "（", c.OC(1), "）　记录人：", c.ON(2), "\n\n"
    )
    d.add(
        "本局认为，当事人巡游出租汽车驾驶员",
        r.choice(["拒载", "不按合理路线行驶"]),
        "，违反了",
        c.L("《巡游出租汽车经营服务管理规定》第三十条"),
        "。依据",
        c.L("《巡游出租汽车经营服务管理规定》第四十八条"),
        "及",
        c.L(f"《{c.loc.city}客运出租汽车管理条例》第五十一条"),
        "，决定：罚款",
        c.M(r.choice([500, 1000, 2000]), 0),
        "，并通报其所属企业进行服务质量信誉扣分。\n\n",
    )
    d.add(c.pay(style=r.choice([0, 1])), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- W06 disability subsidies after admission to a care institution
@structure("W06-civil-disability-twin-subsidies-recovery", "other", "civil", "heldout", n=8)
def w06(c):
    r = c.rng
    d = Doc()
    fa = c.person("han3", age=(55, 78), male=True)
    c.as_target_person(fa)
    c.set_docno(r.choice(["民残追", "追"]))
    son = c.relative(fa, male=True, age=(24, 45))
    grade = r.choice(["一级", "二级"])
    kind = r.choice([("智力", 4), ("精神", 6), ("肢体", 2), ("多重", 7)])
    inst = f"{c.loc.dist}社会福利中心"
    c.extra_keep.append(inst)
    d.add(c.header("追回残疾人两项补贴决定书"))
    d.add(
        "当事人：",
        c.N(fa),
        "（",
        c.N(son),
        "的监护人）\n身份证号：",
        c.ID(fa),
        "\n住址：",
        c.AD(fa),
        "\n联系方式：",
        c.PH(fa),
        "\n\n",
    )
    d.add(
        "补贴对象：",
        c.N(son),
        "，",
        str(son.age(c.date)),
        "岁，第二代残疾人证号",
        c.disab_cert(son, cat=kind[1], grade=1 if grade == "一级" else 2),
        "，",
        H(f"{kind[0]}残疾{grade}"),
        "。困难残疾人生活补贴和重度残疾人护理补贴按月发放至",
        c.N(fa),
        "的社会保障卡",
        c.ss_account(),
        "。\n\n",
    )
    t = c.before(400, 700)
    d.add(
        "经查，",
        c.N(son),
        "自",
        c.D(t),
        "起被纳入特困人员集中供养，入住",
        keep("agency", inst),
        "，由该中心提供全天护理，其",
        H(r.choice(["癫痫每月发作两三次", "需要鼻饲进食", "长期服用利培酮控制症状", "双下肢瘫痪，卧床"])),
        "。根据规定，集中供养期间不再享受重度残疾人护理补贴。但当事人未申报变更，",
        "继续领取护理补贴",
        str(r.randint(8, 20)),
        "个月，共计",
        c.M(r.randint(1600, 4800), 0),
        "。\n",
    )
    d.add(
        "本局",
        c.role(0, "承办人", cred=False, style=0),
        "于",
        c.D(c.before(30, 60)),
        "走访核实，当事人称“",
        r.choice(["不识字，不知道要报", "以为两份钱不冲突", "钱都给孩子买营养品了"]),
        "”。",
        "其女儿",
        c.N(dil := c.person(male=False, age=(25, 45))),
        "（电话",
        c.PH(dil),
        "）证实当事人",
        H(r.choice(["患有脑萎缩，记性很差", "去年中风后说话不清", "有二型糖尿病和白内障"])),
        "。\n\n",
    )
    d.add(
        "另查明，",
        c.N(son),
        "入住后，其社保卡（卡号",
        c.ss_cardno(),
        "）和城乡居民医保参保编号",
        c.med_code(son),
        "已交由",
        keep("agency", inst),
        "统一保管，",
        "住院医疗费用由供养经费和医疗救助保障，当事人",
        r.choice(["未再实际承担护理义务", "每月探视一两次"]),
        "。\n",
    )
    d.add(
        "本局于",
        c.D(c.before(15, 28)),
        "向当事人送达了",
        c.DN(c.other_docno("民告")),
        "《拟追回补贴事先告知书》，当事人由其",
        r.choice(["侄子", "女儿", "弟弟"]),
        c.N(c.relative(fa, male=True, age=(30, 55))),
        "陪同进行了陈述，请求分期扣回，本局予以采纳。\n\n",
    )
    d.add(
        "本局认为，依据",
        c.L("《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》"),
        "及",
        c.L(f"《{c.loc.prov}残疾人两项补贴实施办法》第十六条"),
        "，决定：\n（一）自",
        c.D(c.after(1, 28, t)),
        "起停发",
        c.N(son),
        "的重度残疾人护理补贴；\n（二）追回多发补贴，考虑当事人家庭困难，准予从今后发放的生活补贴中分",
        cn(r.randint(3, 8)),
        "期扣回。\n\n",
    )
    d.add(c.rights(style=2))
    d.add(
        "\n经办：",
        c.ON(0),
        "　复核：",
        c.role(1, "科室负责人", cred=False, style=2),
        "\n",
        c.A(),
        "\n",
        c.D(c.date),
        "\n\n送达回证\n受送达人：",
        c.N(fa),
        "　送达方式：",
        r.choice(["直接送达", "委托街道送达"]),
        "\n",
        c.role(2, "送达人", cred=r.random() < 0.5, style=0),
        "\n",
    )
    return d
