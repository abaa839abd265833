"""Dev structures V09-V16 (beauty salon, fire, school shuttle, gym, lab, dispatch, child protection, rental agency)."""

from __future__ import annotations

from kit import TS, Doc, F, H, W, bank_card, digits, go, keep, make_uscc, structure


# ---------------------------------------------------------------- V09 beauty salon injecting fillers; customer table
@structure("V09-market-beauty-salon-illegal-injection-customer-table-penalty", "penalty", "market", "dev")
def v09(c):
    r = c.rng
    d = Doc()
    op = c.person("han3", age=(28, 48), male=False)
    nk = c.nickname(op, r.choice(["{s}姐", "{s}老师"]))
    shop = f"{c.loc.dist}{r.choice(['悦颜', '初见', '美肌坊', '素颜', '兰亭'])}美容店"
    c.names.append(shop)
    code = make_uscc(r, c.loc.regions[0], "92")
    c.as_target_shop(shop, op, code)
    c.set_docno("罚")
    cus = [c.person("han3", age=(20, 50), male=False) for _ in range(3)]
    d.add(c.header("行政处罚决定书"))
    d.f(
        "当事人：{s}（个体工商户）\n统一社会信用代码：{cc}\n经营者：{o}\n公民身份号码：{i}\n住所：{a}\n电话：{p}\n\n",
        s=keep("company", shop),
        cc=keep("credit_code", code),
        o=c.N(op),
        i=c.ID(op),
        a=c.AD(op),
        p=c.PH(op),
    )
    t = c.before(60, 120)
    d.add(
        c.D(t),
        "，本局接",
        c.AC("hotline"),
        "转来投诉，",
        c.officers(),
        "对当事人经营场所进行检查，在二楼“VIP护理间”发现",
        r.choice(["标示为“玻尿酸”的无中文标签针剂", "水光注射仪及一次性针头", "肉毒毒素冻干粉针剂"]),
        "若干，当事人无法提供购进票据。\n\n",
    )
    d.add(
        "经查，当事人自",
        c.D(c.before(200, 320)),
        "起在店内为顾客提供“",
        r.choice(["水光针", "玻尿酸填充", "瘦脸针"]),
        "”项目，操作人员为",
        c.N(op),
        "本人（店内顾客称其“",
        go("name", nk),
        "”），其未取得医师资格。顾客主要通过微信（当事人微信号",
        c.wechat(),
        "）预约。部分顾客情况如下：\n",
    )
    d.add("序号\t顾客\t联系方式\t项目日期\t术后情况\n")
    for i, p in enumerate(cus, 1):
        d.add(
            str(i),
            "\t",
            c.N(p),
            "\t",
            c.PH(p),
            "\t",
            c.D(c.before(40, 180), 3),
            "\t",
            H(
                r.choice(
                    [
                        "鼻部皮肤发紫坏死，住院治疗",
                        "面部红肿，出现多个硬结",
                        "注射部位感染化脓",
                        "左眼视物模糊，疑似血管栓塞",
                        "未见异常",
                    ]
                )
            ),
            "\n",
        )
    d.add(
        "\n顾客",
        c.N(cus[0]),
        "陈述，其",
        H(r.choice(["怀孕三个月时", "哺乳期内", "有瘢痕体质"])),
        "曾告知",
        go("name", nk),
        "，对方称“没关系，都是进口的”。\n",
    )
    d.add(
        "当事人提供的进货记录显示，针剂系",
        TS(
            r.choice(
                ["通过朋友圈代购从境外带货，每支进价280元", "从广州一家美容耗材批发商处拿货，进价每盒650元"]
            )
        ),
        "，",
        TS(r.choice(["会员卡充值一万元打六折", "老顾客介绍新客返现20%"])),
        "。",
        "当事人共为",
        str(r.randint(20, 80)),
        "人次提供注射，违法所得",
        c.M(r.randint(9000, 50000), 0),
        "。\n\n",
    )
    d.add(c.evidence(["现场检查笔录", "顾客名单及消费记录", "微信聊天记录", "扣押物品清单"]))
    d.add(
        "本局认为，当事人经营无合法来源、未经注册的医疗器械，违反了",
        c.L("《医疗器械监督管理条例》第五十五条"),
        "的规定。依据",
        c.L("《医疗器械监督管理条例》第八十六条第（三）项"),
        "，决定：没收违法所得和涉案针剂；罚款",
        c.M(r.choice([50000, 80000, 100000]), r.choice([0, 1])),
        "。",
        "当事人非法行医的线索已移送",
        keep("agency", f"{c.loc.city}{c.loc.dist}卫生健康局"),
        "处理。\n\n",
    )
    c.extra_keep.append(f"{c.loc.city}{c.loc.dist}卫生健康局")
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- V10 e-bike charged in the corridor; fire injures neighbours
@structure("V10-fire-corridor-ebike-charging-fire-penalty", "penalty", "fire", "dev")
def v10(c):
    r = c.rng
    d = Doc()
    p = c.person("han3", age=(25, 65))
    c.as_target_person(p)
    c.set_docno(r.choice(["罚", "行罚"]))
    est = r.choice(c.loc.estates)
    bld, unit = r.randint(1, 30), r.randint(1, 4)
    fl = r.randint(3, 18)
    home = f"{c.loc.dist}{est}{bld}号楼{unit}单元{fl}0{r.randint(1, 2)}室"
    p.address = home
    nb1 = c.person(age=(60, 85))
    nb2 = c.person("han3", age=(24, 36), male=False)
    kid = c.child(nb2, age=(6, 12))
    sch, cls = c.school_class(kid)
    d.add(c.header("行政处罚决定书"))
    d.add(
        "被处罚人：",
        c.N(p),
        "　性别：",
        p.gender,
        "　出生日期：",
        c.BD(p),
        "\n身份证件号码：",
        c.ID(p),
        "\n住址：",
        c.AD(p),
        "\n联系电话：",
        c.PH(p),
        "\n\n",
    )
    t = c.before(40, 100)
    d.add(
        c.D(t),
        r.choice(["凌晨2时许", "深夜23时许", "傍晚19时许"]),
        "，",
        go("address", f"{est}{bld}号楼{unit}单元{fl}楼"),
        "楼道内发生火灾，过火面积约",
        str(r.randint(4, 20)),
        "平方米。经本大队火灾事故调查（",
        c.DN(c.other_docno("火认")),
        "），起火原因为被处罚人停放在楼道内充电的电动自行车电池故障引发。\n\n",
    )
    d.add(
        "火灾造成：",
        c.N(nb1),
        "（",
        str(nb1.age(c.date)),
        "岁，住",
        c.AD(nb1),
        "）",
        H(r.choice(["吸入性损伤，在ICU治疗五天", "一氧化碳中毒，行高压氧治疗", "双手二度烧伤"])),
        "；",
        c.N(nb2),
        "（",
        H(r.choice(["怀孕六个月", "孕晚期"])),
        "）逃生时",
        H(r.choice(["摔倒致先兆早产，住院保胎", "吸入烟雾后胸闷，留院观察两天"])),
        "；其子",
        c.N(kid, "minor_name"),
        "（",
        go("school", sch),
        go("class", cls),
        "学生）",
        H(r.choice(["轻度烟雾吸入", "被玻璃划伤右小腿"])),
        "。",
        c.N(nb2),
        "的联系电话为",
        c.PH(nb2),
        "。\n",
    )
    d.add(
        "物业管理人员此前曾",
        str(r.randint(2, 5)),
        "次劝告被处罚人不要在楼道充电，被处罚人称“",
        r.choice(["家里没地方放", "充一会儿就拿走", "别人也这么充"]),
        "”。\n\n",
    )
    d.add(
        "以上事实有火灾现场勘验笔录、视频监控、证人证言、医院诊断证明等证据证实。本案",
        c.role(0, "火灾调查人员", cred=True),
        "；",
        c.role(1, "消防监督员", cred=True, style=3),
        "；",
        c.role(2, "法制审核人员", cred=False),
        "。\n\n",
    )
    d.add(
        "本大队认为，被处罚人在楼道内为电动自行车充电，占用疏散通道并引发火灾，违反了",
        c.L("《中华人民共和国消防法》第二十八条"),
        "及",
        c.L(f"《{c.loc.prov}消防条例》第二十四条"),
        "的规定。依据",
        c.L("《中华人民共和国消防法》第六十条第二款"),
        "，决定对被处罚人处罚款",
        c.M(r.choice([500, 800, 1000]), 0),
        "。火灾损失赔偿由当事各方另行协商解决。\n\n",
    )
    d.add(c.pay(style=1), c.rights(), c.sign(chief=r.random() < 0.4))
    return d


# ---------------------------------------------------------------- V11 private van carrying pupils
@structure("V11-transport-unlicensed-school-shuttle-penalty", "penalty", "transport", "dev")
def v11(c):
    r = c.rng
    d = Doc()
    drv = c.person("han3", age=(35, 62), male=True)
    c.as_target_person(drv)
    c.set_docno("罚")
    nk = c.nickname(drv, "老{s}")
    pl = c.plate()
    d.add(c.header("交通运输行政处罚决定书"))
    d.add(
        "当事人：",
        c.N(drv),
        "　身份证：",
        c.ID(drv),
        "　驾驶证档案编号：",
        c.driver_file(),
        "\n手机：",
        c.PH(drv),
        "　住址：",
        c.AD(drv),
        "\n\n",
    )
    t = c.before(50, 110)
    d.add(
        c.D(t),
        "早上7时10分，",
        c.officers(),
        "在",
        r.choice(c.loc.roads),
        "与",
        r.choice(c.loc.roads),
        "交叉口检查时，发现当事人驾驶的",
        pl,
        "号小型普通客车（核载7人）实载",
        str(r.randint(10, 14)),
        "人，其中小学生",
        str(r.randint(8, 12)),
        "名。经询问，当事人未取得道路运输经营许可，",
        "每月向每名学生家长收取“接送费”",
        c.M(r.choice([300, 350, 400]), 0),
        "。\n\n",
    )
    kids = []
    d.add("车内部分学生及家长信息：\n")
    for i in range(r.randint(3, 4)):
        par = c.person("han3", age=(28, 45))
        k = c.child(par, age=(6, 12))
        sc, cl = c.school_class(k)
        kids.append((k, par))
        d.add(
            str(i + 1),
            "．",
            c.N(k, "minor_name"),
            "，",
            go("school", sc),
            go("class", cl),
            "，家长",
            c.N(par, "guardian_name"),
            "，",
            c.PH(par),
            "\n",
        )
    k0, p0 = kids[0]
    d.add(
        "\n检查时",
        c.N(k0, "minor_name"),
        H(r.choice(["哮喘发作，呼吸急促", "因晕车呕吐", "低血糖头晕"])),
        "，执法人员立即联系其家长",
        c.N(p0, "guardian_name"),
        "到场。家长们称司机“",
        go("name", nk),
        "”接送已有两年，",
        r.choice(["大家都是熟人", "车费比校车便宜", "学校门口没有公交"]),
        "。\n",
    )
    d.add(
        "当事人另有一张",
        c.loc.pa,
        "籍银行卡",
        go("bank_account", bank_card(r)),
        "用于收取接送费，流水显示近半年收取",
        c.M(r.randint(8000, 30000), 0),
        "。\n\n",
    )
    d.add(
        "当事人的行为违反了",
        c.L("《中华人民共和国道路运输条例》第十条"),
        "。本案经",
        c.role(2, "法制审核人员", cred=False),
        "审核，依据",
        c.L("《中华人民共和国道路运输条例》第六十三条"),
        "和",
        c.L("《校车安全管理条例》第四十八条"),
        "，决定：\n责令停止违法行为，罚款",
        c.M(r.choice([10000, 20000, 30000]), r.choice([0, 1])),
        "。\n\n",
    )
    d.add("现场检查记录人：", c.ON(3), "\n", c.pay(style=0), c.rights(style=3), c.sign())
    return d


# ---------------------------------------------------------------- V12 gym closes after selling prepaid cards
@structure("V12-market-gym-prepaid-card-closure-penalty", "penalty", "market", "dev")
def v12(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["健身服务", "体育文化", "运动健康管理"]))
    c.as_target_company(co)
    c.set_docno("罚")
    coach = c.person("han3", age=(22, 35))
    mgr = c.person("han3", age=(26, 40))
    nk = c.nickname(coach, r.choice(["{s}教练", "小{s}"]))
    mem = [c.person("han3") for _ in range(3)]
    d.add(c.header("行政处罚决定书"))
    d.add("当事人名称：", c.CO(co), "\n统一社会信用代码：", c.CC(co), "\n法定代表人：", c.REP(co), "\n\n")
    t = c.before(70, 140)
    d.add(
        "自",
        c.D(t),
        "起，本局陆续收到",
        str(r.randint(30, 120)),
        "名消费者投诉，反映当事人在",
        c.D(c.before(150, 220)),
        "后仍大量销售年卡、私教课，随后以“装修”为由停业，",
        "无法退费。本局",
        c.role(0, "执法人员", cred=True),
        "、",
        c.role(1, "执法人员", cred=True, style=3),
        "进行调查。\n\n",
    )
    d.add(
        "经查，当事人店长",
        c.N(mgr),
        "（手机",
        c.PH(mgr),
        "）向会员发放的“转店通知”称会籍将转至另一门店，但该门店拒绝接收。当事人账册显示：",
        TS(f"每月场地租金{r.randint(6, 15)}万元、人员工资{r.randint(8, 20)}万元"),
        "，",
        TS(r.choice(["私教课提成比例为课时费的四成", "会员卡销售提成为售价的15%"])),
        "，",
        "停业前三个月共收取预付款",
        c.M(r.randint(200000, 900000), 2),
        "。教练",
        c.N(coach),
        "（会员叫" + ("他" if coach.male else "她") + "“",
        go("name", nk),
        "”）称其",
        W(f"月底薪{r.choice([3500, 4000, 4500])}元"),
        "，已被拖欠两个月。\n\n",
    )
    d.add("投诉会员摘录：\n")
    for p in mem:
        d.add(
            "◇ ",
            c.N(p),
            "，",
            c.PH(p) if r.random() < 0.7 else c.landline(),
            "，",
            r.choice(["购买三年卡", "购买私教课40节", "充值储值卡"]),
            "，",
        )
        d.add(
            r.choice(
                [
                    F(
                        "其{h}，私教课系医生建议的康复训练",
                        h=H(r.choice(["腰椎间盘突出术后", "膝关节半月板损伤", "产后腹直肌分离"])),
                    ),
                    "要求全额退款",
                    "剩余课时未使用",
                ]
            ),
            "；\n",
        )
    d.add(
        "\n",
        c.N(mem[0]),
        "同时提供了其在当事人处填写的《会员健康问卷》复印件，问卷载有其",
        H(r.choice(["高血压病史", "心脏早搏", "二型糖尿病"])),
        "等信息，当事人未妥善保管会员资料。\n\n",
    )
    d.add(
        "本局认为，当事人以预收款方式提供服务，未按约定提供服务且不退还预付款，违反了",
        c.L("《中华人民共和国消费者权益保护法》第五十三条"),
        "及",
        c.L("《侵害消费者权益行为处罚办法》第十五条"),
        "。依据",
        c.L("《中华人民共和国消费者权益保护法》第五十六条第一款第（八）项"),
        "，决定：\n",
    )
    d.add(
        "一、警告；二、罚款",
        c.M(r.choice([100000, 200000, 300000]), r.choice([0, 3])),
        "；三、责令按约定退还消费者预付款。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- V13 medical laboratory issuing reports without testing
@structure("V13-health-medical-lab-unperformed-test-reports-penalty", "penalty", "health", "dev")
def v13(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["医学检验实验室", "医学检验所"]), suffix="有限公司")
    c.as_target_company(co)
    c.set_docno("罚")
    tech = c.person("han3", age=(25, 45))
    pats = [c.person("han3", age=(20, 70)) for _ in range(3)]
    hosp = c.hospital()
    d.add(c.header("卫生行政处罚决定书"))
    d.f(
        "被处罚单位：{co}\n统一社会信用代码：{cc}\n法定代表人（负责人）：{rep}\n\n",
        co=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
    )
    t = c.before(60, 120)
    d.add(
        c.D(t),
        "，",
        hosp,
        "检验科复检时发现当事人出具的部分报告与本院结果相差悬殊，遂向本局报告。本局",
        c.role(0, "卫生监督员", cred=True, style=0),
        "、",
        c.role(1, "卫生监督员", cred=True, style=1),
        "对当事人进行了现场监督检查。\n\n",
    )
    d.add(
        "经查，",
        c.D(c.before(130, 200)),
        "至",
        c.D(c.before(70, 125)),
        "，当事人因",
        r.choice(["化学发光仪故障", "试剂断货", "质控失控"]),
        "，由检验人员",
        c.N(tech),
        "在未实际检测的情况下，参照以往数据编造并签发检验报告。抽查的报告包括：\n",
    )
    tests = [
        "HPV16型阳性",
        "乙肝e抗原阳性",
        "甲状腺TSH 8.6mIU/L",
        "尿妊娠试验阳性",
        "空腹血糖11.2mmol/L",
        "HIV抗体初筛阴性",
        "肿瘤标志物CEA升高",
    ]
    for p in pats:
        d.add(
            "• 受检者",
            c.N(p),
            "（",
            p.gender,
            "，",
            str(p.age(c.date)),
            "岁，条码号",
            digits(r, 10, "0123456789"),
            "）：报告结果为",
            H(r.choice(tests)),
            "；\n",
        )
    d.add(
        "受检者",
        c.N(pats[0]),
        "据该报告",
        H(r.choice(["接受了宫颈锥切手术", "开始服用抗病毒药物", "被告知需要终止妊娠"])),
        "，后经复检",
        r.choice(["结果为阴性", "各项指标正常"]),
        "。其联系电话",
        c.PH(pats[0]),
        "、住址",
        c.AD(pats[0]),
        "见询问笔录。\n",
    )
    d.add(
        c.N(tech),
        "承认：“",
        r.choice(["机器坏了三天，老板说样本不能退，先按往常出报告", "试剂没到，怕客户流失"]),
        "”。当事人与合作诊所约定",
        TS(
            r.choice(
                ["检测费按标价的35%结算，每月返还诊所“服务费”", "套餐价格为市场价五折，另给介绍医生每单20元"]
            )
        ),
        "。\n\n",
    )
    d.add(
        c.evidence(
            ["现场笔录", "LIS系统数据及仪器运行日志", "检验报告复印件", F("{a}的询问笔录", a=c.N(tech))]
        )
    )
    d.add(
        "本局认为，当事人出具虚假检验报告，违反了",
        c.L("《医疗机构管理条例》第三十二条"),
        "；依据",
        c.L("《医疗机构管理条例》第四十九条"),
        "及",
        c.L("《医疗机构临床实验室管理办法》第五十三条"),
        "，经",
        c.role(2, "法制审核人员", cred=False, style=1),
        "审核，决定：\n",
    )
    d.add(
        "（一）警告；\n（二）罚款",
        c.M(r.choice([20000, 50000, 80000]), r.choice([0, 1])),
        "；\n（三）对直接责任人",
        c.N(tech),
        "的违法行为，另行依法处理。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- V14 labour dispatch firm not enrolling workers
@structure("V14-labour-dispatch-uninsured-workers-table-penalty", "penalty", "labour", "dev")
def v14(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["人力资源服务", "劳务派遣", "企业管理服务"]))
    host = c.company(r.choice(["食品", "电子", "物流"]))
    c.as_target_company(co)
    c.set_docno(r.choice(["监罚", "罚"]))
    ws = [c.person("han3", age=(19, 55), local=False) for _ in range(3)]
    d.add(c.header("劳动保障监察行政处罚决定书"))
    d.add("用人单位：", c.CO(co), "（统一社会信用代码：", c.CC(co), "）\n法定代表人：", c.REP(co), "\n\n")
    t = c.before(60, 130)
    d.add(
        c.D(t),
        "，本局接到劳动者通过",
        c.AC("hotline"),
        "的投诉后，",
        c.role(0, "劳动保障监察员", cred=True, style=1),
        "与",
        c.ON(1),
        "对当事人进行调查。",
        "当事人将",
        str(r.randint(30, 180)),
        "名劳动者派遣至",
        c.CO(host),
        "从事",
        r.choice(["流水线装配", "分拣打包", "仓储搬运"]),
        "工作，未为其中",
        str(r.randint(12, 60)),
        "人办理社会保险登记。部分劳动者情况如下：\n\n",
    )
    d.add("| 姓名 | 身份证号 | 个人社保编号 | 月工资 | 备注 |\n|---|---|---|---|---|\n")
    notes = [
        lambda: H(r.choice(["左手食指被压伤，骨折", "搬货时腰扭伤，卧床两周", "车间晕倒，诊断为低钾血症"])),
        lambda: "未参保",
        lambda: H("怀孕四个月，被要求主动离职"),
    ]
    for i, w in enumerate(ws):
        d.add(
            "| ",
            c.N(w),
            " | ",
            c.ID(w),
            " | ",
            c.ss_personal(w) if i != 1 else "未登记",
            " | ",
            W(f"{r.randint(3200, 5600)}元"),
            " | ",
            notes[i](),
            " |\n",
        )
    d.add(
        "\n其中",
        c.N(ws[0]),
        "受伤后，当事人仅支付了",
        r.choice(["部分医药费", "两千元慰问金"]),
        "，未申报工伤认定。",
        c.N(ws[2]),
        "（电话",
        c.PH(ws[2]),
        "）称，",
        "被调离岗位后当事人以“",
        r.choice(["试用期不合格", "岗位调整"]),
        "”为由扣发工资。\n",
    )
    d.add(
        "当事人与用工单位的派遣协议约定",
        TS(f"管理费按每人每月{r.choice([120, 150, 200])}元收取"),
        "，",
        TS(r.choice(["社保费用由派遣公司自行承担、不另计费", "用工单位按工时单价26元结算"])),
        "。\n\n",
    )
    d.add(
        "本局于",
        c.D(c.before(30, 45)),
        "下达",
        c.DN(c.other_docno("监令")),
        "《劳动保障监察限期改正指令书》，当事人逾期未改正。依据",
        c.L("《中华人民共和国社会保险法》第八十四条"),
        "及",
        c.L("《劳务派遣暂行规定》第十八条"),
        "，决定：\n1．责令限期为上述劳动者办理社会保险登记并补缴；\n2．罚款",
        c.M(r.choice([5000, 10000, 20000, 30000]), 0),
        "。\n\n",
    )
    d.add(c.pay(style=0), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- V15 temporary guardianship for a child in difficulty
@structure("V15-civil-child-temporary-guardianship-decision", "confirmation", "civil", "dev")
def v15(c):
    r = c.rng
    d = Doc()
    mom = c.person("han3", age=(28, 40), male=False)
    dad = c.person("han3", age=(30, 45), male=True)
    kid = c.child(dad, age=(5, 15))
    gm = c.relative(dad, male=False, age=(62, 80)) if r.random() < 0.5 else c.person(male=False, age=(62, 80))
    c.target_type, c.target_name = "natural_person", kid.name
    c.fields.update(address=dad.address)
    c.set_docno(r.choice(["民监", "监护"]))
    sch, cls = c.school_class(kid)
    home = f"{c.loc.city}儿童福利院"
    c.extra_keep.append(home)
    d.add(c.header("临时监护决定书"))
    d.add(
        "被监护人：",
        c.N(kid, "minor_name"),
        "，",
        kid.gender,
        "，",
        c.BD(kid),
        "出生，身份证号",
        c.ID(kid),
        "，",
        go("school", sch),
        go("class", cls),
        "学生。\n",
    )
    d.add(
        "父亲：",
        c.N(dad, "guardian_name"),
        "　母亲：",
        c.N(mom, "guardian_name"),
        "\n原住址：",
        c.AD(dad),
        "\n\n",
    )
    t = c.before(20, 60)
    d.add(
        c.D(t),
        "，",
        r.choice(c.loc.towns),
        "儿童主任报告，",
        c.N(kid, "minor_name"),
        "连续多日独自在家、无人照料。经本局",
        c.role(0, "儿童督导员", cred=False, style=1),
        "、",
        c.ON(1),
        "核实：其父",
        c.N(dad, "guardian_name"),
        go(
            "criminal_record",
            r.choice(
                ["因贩卖毒品罪在监狱服刑，刑期至2029年", "因诈骗罪正在服刑", "因故意伤害罪被判处有期徒刑三年"]
            ),
        ),
        "；",
        "其母",
        c.N(mom, "guardian_name"),
        H(
            r.choice(
                [
                    "患精神分裂症，目前在精神卫生中心住院",
                    "为一级精神残疾，无法履行监护职责",
                    "因重度抑郁两次自杀未遂，住院治疗",
                ]
            )
        ),
        "，残疾人证号",
        c.disab_cert(mom, cat=6),
        "。\n",
    )
    d.add(
        "其祖母",
        c.N(gm),
        "（",
        str(gm.age(c.date)),
        "岁，电话",
        c.PH(gm),
        "）",
        H(r.choice(["患尿毒症，每周透析三次", "中风后行动不便", "双眼白内障，视力极差"])),
        "，表示无力照料。",
        "学校反映，",
        c.N(kid, "minor_name"),
        H(r.choice(["近期情绪低落，有自伤行为", "体检发现中度营养不良", "身上有多处淤青"])),
        "。\n\n",
    )
    tch = c.person("han3", age=(26, 50), male=False)
    cdir = c.person("han3", age=(30, 55))
    d.add(
        "班主任",
        c.N(tch),
        "（电话",
        c.PH(tch),
        "）介绍，孩子",
        r.choice(["经常不吃早饭就来上学", "上学期缺课二十多天", "作业无人签字"]),
        "，",
        "曾说“",
        r.choice(["晚上一个人害怕", "奶奶叫不醒", "家里没有吃的"]),
        "”。村（居）儿童主任",
        c.N(cdir),
        "每周上门探访，已为孩子申请事实无人抚养儿童基本生活补贴。\n",
    )
    d.add(
        "安置期间，",
        c.N(kid, "minor_name"),
        "的社会保障卡（卡号",
        c.ss_cardno(),
        "）及医保个人编码",
        c.med_code(kid),
        "由福利院代为保管使用，",
        "就医费用按规定结算。\n\n",
    )
    d.add(
        "本局认为，",
        c.N(kid, "minor_name"),
        "的监护人因客观原因无法履行监护职责，且无其他人员可以担任监护人。根据",
        c.L("《中华人民共和国未成年人保护法》第九十二条第（一）项"),
        "及",
        c.L("《中华人民共和国民法典》第三十一条第三款"),
        "，决定：\n",
    )
    d.add(
        "一、自",
        c.D(c.date),
        "起由本局对",
        c.N(kid, "minor_name"),
        "实施临时监护，安置于",
        keep("agency", home),
        "；\n二、保障其继续在原学校就读；\n",
        "三、监护人恢复履行监护能力后，可以向本局申请恢复监护。\n\n",
    )
    d.add(
        "本决定送达父母双方。",
        c.N(mom, "guardian_name"),
        "的送达地址为其所在医院病区，由其",
        r.choice(["主治医生见证", "胞弟"]),
        "代为签收。\n",
    )
    d.add(c.rights(style=2), c.sign(contact=True))
    return d


# ---------------------------------------------------------------- V16 rental agency withholding deposits
@structure("V16-housing-rental-agency-deposit-withholding-penalty", "penalty", "housing", "dev")
def v16(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["房地产经纪", "住房租赁", "不动产营销"]))
    c.as_target_company(co)
    c.set_docno("罚")
    agent = c.person("han3", age=(22, 35))
    nk = c.nickname(agent, "小{s}")
    tens = [c.person("han3", age=(21, 35)) for _ in range(2)] + [c.person("foreign", age=(21, 35))]
    lord = c.person(age=(45, 70))
    d.add(c.header("行政处罚决定书"))
    d.f(
        "当事人：{co}\n统一社会信用代码：{cc}\n法定代表人：{rep}\n备案证明编号："
        + c.loc.short
        + "经备"
        + digits(r, 6, "0123456789")
        + "\n\n",
        co=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
    )
    t = c.before(50, 120)
    d.add(
        "本局于",
        c.D(t),
        "起陆续收到承租人投诉。经查，当事人以“包租”方式承接房源后分隔出租，退租时以“墙面污损”“家电损坏”等理由扣留押金。具体如下：\n",
    )
    for i, p in enumerate(tens, 1):
        flat = f"{r.choice(c.loc.estates)}{r.randint(1, 20)}栋{r.randint(2, 26)}0{r.randint(1, 4)}室{r.choice('ABC')}间"
        d.add(
            f"（{i}）",
            c.N(p),
            "，租住",
            go("address", flat),
            "，押金",
            c.M(r.choice([1500, 2000, 2400, 3000]), 0),
            "，",
            F("护照号{x}", x=go("passport", p.passport))
            if p.passport
            else r.choice(
                [F("微信号{w}", w=c.wechat()), F("手机{ph}", ph=c.PH(p)), F("邮箱{e}", e=c.email())]
            ),
            "；\n",
        )
    d.add(
        "承租人",
        c.N(tens[0]),
        "陈述，其",
        H(r.choice(["因怀孕需搬回老家", "做了阑尾手术后需回家休养", "查出甲亢后换工作"])),
        "提前退租，经纪人",
        c.N(agent),
        "（大家叫他“",
        go("name", nk),
        "”）说“押金一分不退”。房东",
        c.N(lord),
        "（电话",
        c.PH(lord),
        "）证实与当事人签订的是十年期包租合同，",
        TS(
            f"月租金{r.randint(2800, 5500)}元，当事人隔成{r.randint(4, 7)}间后每间月租{r.randint(1100, 1900)}元"
        ),
        "。\n\n",
    )
    d.add(
        "本局",
        c.role(0, "执法人员", cred=True, style=2),
        "、",
        c.role(1, "执法人员", cred=True, style=2),
        "调取了当事人的合同台账和收款记录，当事人",
        r.choice(["对上述事实无异议", "辩称扣款有合同依据，但未能提供损坏照片"]),
        "。\n\n",
    )
    d.add(
        "本局认为，当事人无正当理由扣押承租人押金，违反了",
        c.L("《住房租赁条例》第十五条"),
        "、",
        c.L("《房地产经纪管理办法》第二十五条第（三）项"),
        "的规定。依据",
        c.L("《房地产经纪管理办法》第三十七条"),
        "，决定：\n责令改正，记入信用档案，罚款",
        c.M(r.choice([10000, 20000, 30000]), 0),
        "。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d
