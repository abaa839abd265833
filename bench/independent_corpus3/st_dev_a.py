"""Dev structures V01-V08 (medical insurance, social insurance, health, veterans, civil, transport, police)."""

from __future__ import annotations

from kit import TS, Doc, F, H, W, bank_card, digits, go, keep, structure


# ---------------------------------------------------------------- V01 pharmacy swipes members' medical-insurance cards
@structure("V01-medins-pharmacy-card-swipe-table-penalty", "penalty", "medins", "dev")
def v01(c):
    r = c.rng
    d = Doc()
    co = c.company(
        r.choice(["大药房", "医药连锁"]), suffix=r.choice(["有限公司", "有限公司某某店"]).replace("某某", "")
    )
    c.as_target_company(co)
    c.set_docno("罚")
    clerk = c.person("han3", age=(22, 45), male=False)
    nick = c.nickname(clerk, r.choice(["小{s}", "{s}姐"]))
    pats = [c.person(age=(55, 82)) for _ in range(3)]
    d.add(c.header(r.choice(["行政处罚决定书", "医疗保障行政处罚决定书"])))
    d.f(
        "当事人：{co}\n统一社会信用代码：{cc}\n法定代表人：{rep}\n经营场所："
        + co.addr
        + "\n定点协议编号：YD"
        + digits(r, 8, "0123456789")
        + "\n\n",
        co=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
    )
    t0 = c.before(80, 140)
    d.add(
        c.D(t0),
        "，由",
        c.role(0, "检查组组长", cred=False, style=0 if r.random() < 0.5 else 2),
        "带队的飞行检查组会同",
        c.role(1, "稽核人员", cred=True),
        "对当事人开展现场检查，调取了当事人医保进销存数据和医保结算明细。\n\n",
    )
    p0, p1 = c.before(300, 420), c.before(150, 200)
    d.add(
        "经查，",
        c.D(p0),
        "至",
        c.D(p1),
        "期间，当事人店员",
        c.N(clerk),
        "（同事称其“",
        go("name", nick),
        "”）及另一名店员"
        + r.choice(["王某某", "刘某", "陈**"])
        + "在为参保人结算时，将洗发水、保健食品、日用品等非医保支付范围的商品串换为医保目录内药品进行刷卡结算。部分结算明细如下：\n",
    )
    d.add("| 参保人 | 证件信息 | 结算日期 | 实际所购 | 串换金额 |\n|---|---|---|---|---|\n")
    tot = 0
    for i, p in enumerate(pats):
        amt = r.randint(180, 1400)
        tot += amt
        card = [c.med_code(p), c.ss_cardno(), c.ss_personal(p)][i]
        lab = ["医保个人编码", "社保卡号", "个人社保编号"][i]
        d.add(
            "| ",
            c.N(p),
            " | ",
            lab,
            " ",
            card,
            " | ",
            c.D(c.after(0, (p1 - p0).days, p0), 4),
            " | ",
            r.choice(["护肤品两套", "蛋白粉三罐", "洗衣液、纸巾", "血糖试纸及零食", "艾灸贴、足浴包"]),
            " | ",
            c.M(amt, 0),
            " |\n",
        )
    tot_all = tot + r.randint(3000, 30000)
    d.add(
        "\n经统计，当事人共串换结算",
        str(r.randint(40, 160)),
        "人次，造成医疗保障基金损失",
        c.M(tot_all, 2),
        "。\n",
    )
    d.add(
        "参保人",
        c.N(pats[0]),
        "在询问中称：“我",
        H(r.choice(["有糖尿病，每个月来拿二甲双胍", "血压高，一直吃硝苯地平控释片", "痛风常犯，来买别嘌醇"])),
        "，",
        go("name", nick),
        "说卡里余额年底清零，不如换点东西。”参保人",
        c.N(pats[1]),
        "（电话",
        c.PH(pats[1]),
        "）称自己",
        H(r.choice(["做过心脏搭桥手术", "患有慢性肾病三期", "去年查出乳腺结节"])),
        "，平时只在该店买药，并不知道被串换。\n",
    )
    d.add(
        "当事人负责人提供的经营情况说明载明：",
        TS(f"该店月均医保结算额约{r.randint(9, 28)}万元，占营业额的{r.randint(55, 80)}%"),
        "，",
        TS(r.choice(["保健品进价约为零售价的三成", "非药品毛利率在45%左右", "与供货商约定年返利4个点"])),
        "。\n\n",
    )
    d.add(
        c.evidence(
            ["医保结算明细及进销存台账", F("对{a}的询问笔录", a=c.N(clerk)), "参保人询问笔录", "监控录像截图"]
        )
    )
    d.add(
        "本案经",
        c.role(2, "法制审核人员", style=0),
        "审核，并提交本局案件审核委员会集体讨论（参加委员：",
        c.ON(3),
        "、",
        c.ON(4),
        "、",
        c.ON(5),
        "）。\n\n",
    )
    d.add(
        "本局认为，当事人将不属于医疗保障基金支付范围的医药费用纳入基金结算，违反了",
        c.L("《医疗保障基金使用监督管理条例》第十五条第二款"),
        "的规定。依据",
        c.L("《医疗保障基金使用监督管理条例》第三十八条第（五）项"),
        "，决定：\n",
    )
    fine = tot_all * r.choice([1, 2])
    d.add(
        "一、责令退回医疗保障基金",
        c.M(tot_all, r.choice([0, 1])),
        "；\n二、处造成损失金额",
        r.choice(["一倍", "两倍"]) if fine > tot_all else "一倍",
        "的罚款，计",
        c.M(fine, r.choice([0, 1, 3])),
        "。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- V02 recovery of fund paid for a relative's stay with a lent card
@structure("V02-medins-lent-card-inpatient-fund-recovery", "other", "medins", "dev")
def v02(c):
    r = c.rng
    d = Doc()
    p = c.person("han3", age=(30, 60))
    c.as_target_person(p)
    c.set_docno(r.choice(["追", "追回"]))
    rel_kind = r.choice(["表弟", "妻妹", "堂兄", "外甥女", "邻居"])
    rel = (
        c.relative(p, male=rel_kind in ("表弟", "堂兄"), age=(24, 50))
        if rel_kind == "堂兄"
        else c.person(male=rel_kind in ("表弟", "堂兄"))
    )
    hosp = c.hospital()
    d.add(c.header(r.choice(["追回医疗保障基金决定书", "医疗保障基金追回决定书"])))
    st = r.randint(0, 1)
    if st == 0:
        d.f(
            "被追回人：{n}\n身份证号码：{i}\n医保个人编码：{m}\n社会保障卡卡号：{s}\n住址：{a}\n联系电话：{ph}\n\n",
            n=c.N(p),
            i=c.ID(p),
            m=c.med_code(p),
            s=c.ss_cardno(),
            a=c.AD(p),
            ph=c.PH(p),
        )
    else:
        d.f(
            "{n}（" + p.gender + "，公民身份号码{i}，参保人员编号{m}，现住{a}，手机{ph}）：\n\n",
            n=c.N(p),
            i=c.ID(p),
            m=c.ss_personal(p),
            a=c.AD(p),
            ph=c.PH(p),
        )
    t_in = c.before(150, 260)
    days = r.randint(6, 21)
    d.add(
        "本局在医保智能监控中发现，",
        c.D(t_in),
        "至",
        c.D(c.after(days, days, t_in)),
        "，",
        hosp,
        "以你的医保身份为一名",
        H(
            r.choice(
                [
                    "孕38周的产妇办理了分娩住院",
                    "急性化脓性阑尾炎患者实施了腹腔镜手术",
                    "腰椎间盘突出症患者办理了住院牵引治疗",
                    "2型糖尿病酮症酸中毒患者办理了住院",
                ]
            )
        ),
        "。经调取病案首页、住院影像资料和监控视频，实际住院人为你的",
        rel_kind,
        c.N(rel),
        "，其本人未参加",
        c.loc.city,
        "基本医疗保险。\n\n",
    )
    inpt = r.randint(4000, 26000)
    fund = inpt * r.randint(55, 75) // 100
    d.add("该次住院医疗总费用", c.M(inpt, 0), "，其中医疗保障基金支付", c.M(fund, 0), "。")
    d.add(
        c.D(c.before(60, 100)),
        "，",
        c.role(0, "承办人"),
        "、",
        c.ON(1),
        "对你进行询问，你承认",
        r.choice(["因", "由于"]),
        c.N(rel),
        "“",
        H(r.choice(["肚子疼得厉害，又没有医保", "怀孕后一直没有办参保", "查出血糖高需要住院，手头紧"])),
        "”，遂将社保卡借给其使用，并陪同办理入院。",
        c.N(rel),
        "联系电话",
        c.PH(rel),
        "，现住",
        c.AD(rel),
        "。\n\n",
    )
    d.add("以上事实有住院病历、结算单据、询问笔录及视频截图等证据证实。\n\n")
    d.add(
        "本局认为，你将本人医疗保障凭证交由他人冒名使用，违反了",
        c.L("《医疗保障基金使用监督管理条例》第十九条第一款"),
        "的规定。根据",
        c.L("《医疗保障基金使用监督管理条例》第四十一条第一款"),
        "，决定如下：\n",
    )
    months = r.choice([3, 6])
    d.add(
        "一、追回医疗保障基金",
        c.M(fund, r.choice([1, 2, 3])),
        "；\n二、自本决定生效之日起暂停你医疗费用联网结算",
        cn(months),
        "个月。\n\n",
    )
    d.add(
        "请于收到本决定书之日起十五日内将上述款项缴回",
        keep("fiscal_account", c.ag.fiscal_name),
        "（账号",
        keep("fiscal_account", c.ag.fiscal_no),
        "）。\n",
    )
    d.add(c.rights())
    d.add("\n审批：", c.role(2, "科室负责人", cred=False, style=0), "\n", c.A(), "\n", c.D(c.date), "\n\n")
    d.add(
        "送达回证\n受送达人：",
        c.N(p),
        "\n送达地点：",
        c.AD(p),
        "\n送达方式：",
        r.choice(["直接送达", "留置送达"]),
        "\n",
    )
    if r.random() < 0.5:
        fam = c.person(male=not p.male)
        d.add("代收人：", c.N(fam), "（系受送达人", r.choice(["配偶", "母亲", "同住亲属"]), "）\n")
    d.add(c.role(3, "送达人", cred=r.random() < 0.5, style=0), "　", c.ON(4), "\n")
    return d


def cn(n):
    return "一二三四五六七八九十"[n - 1] if n <= 10 else str(n)


# ---------------------------------------------------------------- V03 son keeps drawing the late father's pension
@structure("V03-labour-deceased-pension-overdraw-recovery", "other", "labour", "dev")
def v03(c):
    r = c.rng
    d = Doc()
    son = c.person("han3", age=(35, 58))
    c.as_target_person(son)
    c.set_docno(r.choice(["追", "社追"]))
    dad = c.relative(son, male=True, age=(75, 92))
    d.add(c.header("责令退还冒领社会保险待遇决定书"))
    d.add(
        "当事人：",
        c.N(son),
        "，",
        son.gender,
        "，",
        str(son.age(c.date)),
        "岁，身份证号",
        c.ID(son),
        "，联系电话",
        c.PH(son),
        "，住",
        c.AD(son),
        "。\n\n",
    )
    died = c.before(400, 900)
    d.add(
        "经查：参保人",
        c.N(dad),
        "（个人社保编号：",
        c.ss_personal(dad),
        "；老年人优待证号：",
        c.elder_card(dad),
        "）系当事人之父，",
        "于",
        c.D(died),
        H(
            r.choice(
                ["因肺癌晚期医治无效", "因脑梗死后遗症并发肺部感染", "因心力衰竭", "因阿尔茨海默病多年卧床后"]
            )
        ),
        "去世。",
        "其基本养老金按月发放至社会保障卡金融账户",
        c.ss_account(),
        "。\n",
    )
    months = r.randint(10, 30)
    monthly = r.randint(2100, 4300)
    d.add(
        "当事人未按规定向社会保险经办机构报告参保人死亡情况，并持",
        c.N(dad),
        "的社保卡在",
        r.choice(["银行柜台", "自助机具", "手机银行"]),
        "陆续支取养老金，累计冒领",
        str(months),
        "个月，共计",
        c.M(months * monthly, 0),
        "。其中部分款项转入当事人本人银行卡",
        go("bank_account", bank_card(r)),
        "。\n",
    )
    d.add(
        "本局在开展待遇领取资格认证比对时发现",
        c.N(dad),
        "已",
        r.choice(["超期未认证", "在殡葬系统有火化记录"]),
        "，",
        c.D(c.before(90, 150)),
        "由",
        c.role(0, "稽核人员", cred=True),
        "进行调查。当事人称“",
        r.choice(["家里困难，老人看病欠了账", "想着先用着以后再说", "不知道要去报告"]),
        "”。邻居",
        c.N(nb := c.person(age=(50, 75))),
        "（座机",
        c.landline(),
        "）证实",
        c.N(dad),
        "去世后由当事人料理丧事。\n\n",
    )
    d.add(
        "上述事实有殡葬服务机构火化证明、银行交易流水、询问笔录等证据证明。",
        c.N(nb),
        "询问笔录中的联系方式为",
        c.PH(nb),
        "。\n\n",
    )
    d.add(
        "本局认为，当事人以隐瞒参保人死亡事实的方式冒领基本养老金，违反了",
        c.L("《中华人民共和国社会保险法》第八十八条"),
        "及",
        c.L("《社会保险经办条例》第四十六条"),
        "的规定。决定：\n一、责令当事人于收到本决定书之日起三十日内退还冒领的养老保险待遇",
        c.M(months * monthly, r.choice([1, 3])),
        "；\n",
    )
    if r.random() < 0.6:
        k = r.randint(2, 3)
        d.add("二、处冒领金额", "二三"[k - 2] + "倍", "的罚款", c.M(months * monthly * k, 0), "。\n")
    d.add("\n")
    d.add(c.pay(style=2), c.rights())
    d.add(
        "\n", c.role(1, "承办人", cred=False, style=1), "　", c.role(2, "审核人", cred=False, style=1), "\n"
    )
    d.add(c.sign(contact=True))
    return d


# ---------------------------------------------------------------- V04 private hospital: unqualified surgeon, pregnant patient
@structure("V04-health-private-hospital-unqualified-surgery-penalty", "penalty", "health", "dev")
def v04(c):
    r = c.rng
    d = Doc()
    co = c.company(r.choice(["医院", "妇产医院", "医疗美容医院"]), suffix="有限公司")
    c.as_target_company(co)
    c.set_docno("罚")
    pat = c.person("han3", age=(22, 38), male=False)
    hus = c.person(male=True, age=(24, 42))
    doc_ = c.person(age=(30, 55))
    nurse = c.person("han", age=(22, 40), male=False)
    nk = c.nickname(nurse, "小{s}")
    d.add(c.header("行政处罚决定书"))
    d.f(
        "被处罚单位：{co}\n统一社会信用代码：{cc}\n法定代表人：{rep}\n地址：" + co.addr + "\n\n",
        co=c.CO(co),
        cc=c.CC(co),
        rep=c.REP(co),
    )
    t = c.before(70, 130)
    d.add(
        c.D(t),
        "，本局收到",
        c.N(hus),
        "（联系电话：",
        c.PH(hus),
        "）的投诉，称其妻子",
        c.N(pat),
        "在当事人处就诊后",
        H(r.choice(["术后大出血，转院输血两次", "出现宫腔感染，高热一周", "引产后子宫穿孔，行修补术"])),
        "。\n",
    )
    d.add(
        "本局",
        c.role(0, "卫生监督员", cred=True),
        "、",
        c.role(1, "卫生监督员", cred=True, style=3),
        "于",
        c.D(c.after(2, 6, t)),
        "到当事人处调查。\n\n",
    )
    wk = r.randint(9, 22)
    d.add(
        "经查明：",
        c.N(pat),
        "（身份证号",
        c.ID(pat),
        "，住",
        c.AD(pat),
        "）于",
        c.D(c.before(150, 250)),
        "到当事人处就诊，",
        "门诊病历记载“",
        H(f"停经{wk}周，B超提示宫内妊娠，血HCG升高"),
        "”，诊断为",
        H(r.choice(["稽留流产", "胎停育", "瘢痕子宫妊娠"])),
        "。",
        "当日由",
        c.N(doc_),
        "为其实施手术，护士",
        c.N(nurse),
        "（同事称“",
        go("name", nk),
        "”）负责术中配合。经核实，",
        c.N(doc_),
        "未取得医师资格证书和医师执业证书，系当事人以“",
        TS(r.choice(["月薪三万元另加手术提成15%", "每台手术按收费的两成分成"])),
        "”招聘的外地人员。\n",
    )
    d.add(
        "当事人的手术登记本显示，同期由",
        c.N(doc_),
        "实施的手术共",
        str(r.randint(6, 30)),
        "例，违法所得",
        c.M(r.randint(8000, 60000), 0),
        "。",
        c.N(pat),
        "的检验报告显示",
        H(r.choice(["血红蛋白72g/L", "乙肝表面抗原阳性", "梅毒螺旋体抗体阳性", "Rh阴性血型"])),
        "，当事人未按规定告知并采取相应措施。\n\n",
    )
    d.add(
        c.evidence(
            [
                "现场笔录及照片",
                "手术登记本、病历复印件",
                "人员花名册及劳动合同",
                F("对{a}的询问笔录", a=c.N(doc_)),
            ]
        )
    )
    d.add(c.procedure(start=t))
    d.add(
        "本局认为，当事人使用非卫生技术人员从事医疗卫生技术工作，违反了",
        c.L("《医疗机构管理条例》第二十七条"),
        "的规定。依据",
        c.L("《医疗机构管理条例》第四十七条"),
        "，参照",
        c.STD(r.choice(["WS 310.1-2016", "WS/T 313-2019"])),
        "相关要求，决定给予如下行政处罚：\n",
    )
    d.add(
        "1．警告；\n2．没收违法所得；\n3．罚款",
        c.M(r.choice([30000, 50000, 80000, 100000]), r.choice([0, 1])),
        "。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- V05 veteran's benefits stopped after sentence
@structure("V05-veterans-disability-pension-suspension-notice", "other", "veterans", "dev")
def v05(c):
    r = c.rng
    d = Doc()
    v = c.person("han3", age=(38, 70), male=True)
    c.as_target_person(v)
    c.set_docno(r.choice(["停", "优停"]))
    sp = c.person(male=False, age=(35, 68))
    d.add(c.header(r.choice(["关于停发伤残抚恤金的决定", "停发优抚待遇决定书"])))
    d.add(
        "优抚对象：",
        c.N(v),
        "\n公民身份号码：",
        c.ID(v),
        "\n",
        r.choice(["残疾军人证号", "伤残人员证件编号", "退役军人优待证号"]),
        "：",
        c.veteran_card(v),
        "\n",
        "户籍地址：",
        c.AD(v),
        "\n\n",
    )
    lvl = r.choice(["七级", "八级", "六级", "九级"])
    d.add(
        c.N(v),
        "于",
        str(r.randint(1985, 2008)),
        "年服役期间",
        H(
            r.choice(
                [
                    f"因公致左下肢功能障碍，评定残疾等级为因公{lvl}",
                    f"训练中致腰椎压缩性骨折，评定为因公{lvl}",
                    f"因战致右眼视力丧失，评定为因战{lvl}",
                ]
            )
        ),
        "，退役后享受伤残抚恤金，每月按时发放至其本人银行卡",
        go("bank_account", bank_card(r)),
        "。\n",
    )
    sent = c.before(60, 200)
    d.add(
        "本局于",
        c.D(c.before(20, 50)),
        "收到",
        keep("court", c.ag.court),
        "的刑事判决书及执行通知，",
        c.N(v),
        "于",
        c.D(sent),
        go(
            "criminal_record",
            r.choice(
                [
                    "因犯危险驾驶罪被判处拘役四个月",
                    "因犯盗窃罪被判处有期徒刑一年六个月",
                    "因犯故意伤害罪被判处有期徒刑二年",
                ]
            ),
        ),
        "，现在服刑。\n",
    )
    d.add(
        "其配偶",
        c.N(sp),
        "（联系电话",
        c.PH(sp),
        "）于",
        c.D(c.before(10, 19)),
        "到本局说明情况，称",
        c.N(v),
        "服刑前",
        H(
            r.choice(
                [
                    "长期失眠，在精神专科医院诊断为焦虑抑郁状态",
                    "每天靠止痛药维持，已有药物依赖",
                    "饮酒后情绪失控，有酒精依赖",
                ]
            )
        ),
        "，请求酌情保留部分待遇。",
    )
    kid = c.child(v, age=(8, 17))
    sch, cls = c.school_class(kid)
    d.add(
        c.N(sp),
        "还提交了家庭情况说明：家中有一子",
        c.N(kid, "minor_name"),
        "，在",
        go("school", sch),
        go("class", cls),
        "就读，本人",
        H(r.choice(["患类风湿关节炎，长期服用甲氨蝶呤", "去年做了甲状腺全切手术", "有二级精神残疾"])),
        "，无固定收入，家庭月收入约",
        W(f"{r.randint(1200, 2600)}元"),
        "。",
        "本局已将上述情况转交户籍地街道，按程序申请临时救助。\n",
    )
    d.add(
        "本局",
        c.role(4, "调查人员", cred=True),
        "于",
        c.D(c.before(5, 9)),
        "前往监狱核实服刑情况，并制作了谈话记录。",
        c.N(v),
        "本人表示对中止发放无异议。\n\n",
    )
    d.add(
        "本局经研究认为，依据",
        c.L("《伤残抚恤管理办法》第二十四条"),
        "和",
        c.L("《军人抚恤优待条例》第四十条"),
        "，残疾军人被判处有期徒刑、剥夺政治权利或者被通缉期间，中止抚恤优待；",
        "被判处拘役的，视情况按相关规定办理。决定：\n",
    )
    d.add(
        "自",
        c.D(c.after(1, 20, sent)),
        "起中止发放",
        c.N(v),
        "的伤残抚恤金（月标准",
        c.M(r.randint(1800, 4200), 0),
        "），刑满释放后可申请恢复。已多发放的",
        c.M(r.randint(1800, 9000), 0),
        "，由其家属在六十日内退回。\n\n",
    )
    d.add("经办：", c.role(0, "承办人", cred=False, style=1), "　审核：", c.ON(1), "　签发：", c.ON(2), "\n")
    d.add(c.rights(style=2))
    d.add(
        "\n抄送：",
        r.choice(["服刑所在监狱", "户籍地街道退役军人服务站"]),
        "\n",
        c.A(),
        "\n",
        c.D(c.date),
        "\n",
    )
    d.add("（联系人：", c.ON(3), "，电话：", c.AC("phone"), "）\n")
    return d


# ---------------------------------------------------------------- V06 care subsidy drawn for a mother who moved away
@structure("V06-civil-elderly-care-subsidy-recovery", "other", "civil", "dev")
def v06(c):
    r = c.rng
    d = Doc()
    dau = c.person("han3", age=(40, 62), male=False)
    c.as_target_person(dau)
    c.set_docno(r.choice(["民追", "追"]))
    mom = (
        c.relative(dau, male=False, age=(80, 96)) if r.random() < 0.3 else c.person(age=(80, 96), male=False)
    )
    nb = c.person(age=(55, 80), male=False)
    nk = c.nickname(nb, r.choice(["{s}婶", "{s}大妈", "{s}阿姨"]))
    d.add(c.header("关于追回经济困难老年人护理补贴的决定"))
    d.add(c.N(dau), "：\n\n")
    d.add(
        "你于",
        c.D(c.before(500, 800)),
        "以申请人身份为你的母亲",
        c.N(mom),
        "（老年证号",
        c.elder_card(mom),
        "，身份证号",
        c.ID(mom),
        "）申请经济困难老年人护理补贴，",
        "申请材料载明",
        c.N(mom),
        H(
            r.choice(
                [
                    "患阿尔茨海默病，生活不能自理，失能等级评估为重度失能",
                    "脑出血后遗症致右侧偏瘫，评估为中度失能",
                    "双膝骨性关节炎、糖尿病足，评估为重度失能",
                ]
            )
        ),
        "，居住在",
        c.AD(mom),
        "，补贴发放至你本人账户",
        go("bank_account", bank_card(r)),
        "。\n\n",
    )
    t = c.before(60, 120)
    d.add(
        c.D(t),
        "，本局",
        c.role(0, "调查人员"),
        "、",
        c.ON(1),
        "入户核查，发现",
        c.N(mom),
        "自",
        c.D(c.before(300, 420)),
        "起已",
        r.choice(["入住外省养老机构", "随你弟弟迁居外地并办理了户口迁移", "长期住院"]),
        "，不再居住于本区。邻居",
        c.N(nb),
        "（大家叫她“",
        go("name", nk),
        "”）说：“",
        "老太太走了一年多了，屋里一直没人。”",
        go("name", nk),
        "留的电话是",
        c.PH(nb),
        "。\n",
    )
    months = r.randint(8, 16)
    per = r.choice([200, 300, 400])
    d.add(
        "你在接受询问时表示，母亲",
        H(r.choice(["病情加重后需要专人照护", "这两年又查出心衰", "住院期间做了胃造瘘"])),
        "，开销很大，所以没有申报迁出。\n\n",
    )
    bro = c.relative(dau, male=True, age=(38, 60))
    d.add(
        "经联系你弟弟",
        c.N(bro),
        "（手机",
        c.PH(bro),
        "），其确认母亲现由其照顾，",
        r.choice(["入住的养老机构已为母亲办理医保异地备案", "母亲的社保卡已在当地激活使用"]),
        "，医保卡号",
        c.med_code(mom),
        "。\n",
    )
    d.add("经核对发放台账，多发放情况如下：\n发放期间\t月标准\t收款账户\n")
    d.add(c.D(c.before(300, 420), 4), "起\t", keep("amount", f"{per}元"), "\t你本人账户\n")
    d.add(
        "本局于",
        c.D(c.before(25, 40)),
        "向你送达了",
        c.DN(c.other_docno("民告")),
        "《拟追回补贴告知书》，你在规定期限内未提出异议。",
    )
    if r.random() < 0.5:
        d.add(
            "你母亲",
            go("religion", r.choice(["信仰基督教，每周日到教堂做礼拜", "是虔诚的佛教徒"])),
            "，",
            r.choice(["教友", "同乡"]),
            "也反映她已很久没有出现在附近。",
        )
    d.add("\n\n")
    d.add(
        "本局认为，补贴对象户籍迁出或者不在本区居住的，应当停止发放。根据",
        c.L(f"《{c.loc.prov}经济困难老年人养老服务补贴办法》第十四条"),
        "，现决定：停止发放",
        c.N(mom),
        "的护理补贴，并追回多领的",
        cn(min(months, 10)) if months <= 10 else str(months),
        "个月补贴共计",
        c.M(months * per, 0),
        "，请你于",
        c.D(c.after(30, 30)),
        "前退回。\n\n",
    )
    d.add(c.rights(style=r.choice([0, 2])))
    d.add("\n入户核查记录人：", c.ON(2), "\n", c.A(), "\n", c.D(c.date), "\n")
    if r.random() < 0.6:
        d.add("\n本决定同时抄送", r.choice(c.loc.towns), "社会事务办公室。联系电话：", c.AC("phone"), "\n")
    return d


# ---------------------------------------------------------------- V07 revoking a private driver's road-transport qualification after a hearing
@structure("V07-transport-driver-qualification-revocation-after-hearing", "license", "transport", "dev")
def v07(c):
    r = c.rng
    d = Doc()
    drv = c.person("han3", age=(30, 58), male=True, local=r.random() < 0.5)
    c.as_target_person(drv)
    c.set_docno(r.choice(["撤", "许撤"]))
    co = c.company(r.choice(["物流", "客运", "货运"]))
    vic = [c.person() for _ in range(2)]
    d.add(c.header("撤销道路运输从业资格决定书"))
    d.add(
        "当事人：",
        c.N(drv),
        "\n身份证号：",
        c.ID(drv),
        "\n从业资格证号：",
        c.qual_cert(drv),
        "\n机动车驾驶证档案编号：",
        c.driver_file(),
        "\n住址：",
        c.AD(drv),
        "\n联系方式：",
        c.PH(drv),
        "\n\n",
    )
    t = c.before(120, 200)
    d.add(
        "当事人受雇于",
        c.CO(co),
        "，驾驶",
        c.plate(),
        "号",
        r.choice(["重型半挂牵引车", "大型普通客车", "中型厢式货车"]),
        "。",
        c.D(t),
        "，当事人",
        r.choice(["饮酒后", "连续驾驶超过四小时未停车休息"]),
        "驾车行至",
        r.choice(c.loc.roads),
        "路段时与行人及一辆电动自行车相撞，致",
        c.N(vic[0]),
        H(
            r.choice(
                [
                    "颅脑损伤、左股骨粉碎性骨折，经鉴定构成重伤二级",
                    "脾破裂行切除术，构成重伤二级",
                    "多发肋骨骨折伴血气胸",
                ]
            )
        ),
        "，",
        c.N(vic[1]),
        H(r.choice(["右手腕骨折，构成轻伤一级", "面部挫裂伤缝合十二针", "腰部软组织挫伤"])),
        "。",
    )
    if r.random() < 0.6:
        d.add(
            "经检验，当事人",
            H(f"血液中乙醇含量为{r.randint(81, 190)}mg/100ml"),
            "，其后",
            go("criminal_record", "因犯危险驾驶罪被判处拘役" + r.choice(["三个月", "四个月", "五个月"])),
            "。",
        )
    d.add("公安机关交通管理部门认定当事人负事故主要责任。\n\n")
    ht = c.before(20, 40)
    d.add(
        "本局于",
        c.D(c.before(45, 70)),
        "向当事人送达",
        c.DN(c.other_docno("撤告")),
        "《撤销从业资格告知书》。当事人申请听证，本局于",
        c.D(ht),
        "举行听证会，",
        c.role(0, "听证主持人", cred=False, style=1),
        "，",
        c.role(1, "听证员", cred=False, style=1),
        "，",
        c.role(2, "书记员", cred=False, style=1),
        "，案件调查人员",
        c.ON(3),
        "、",
        c.ON(4),
        "出席。当事人委托其",
        r.choice(["妻子", "弟弟", "朋友"]),
        c.N(ag := c.person()),
        "（电话",
        c.PH(ag),
        "）参加，提出",
        c.N(drv),
        H(r.choice(["患有高血压，当天服药后头晕", "事发前一晚因胃出血刚出院", "有轻度抑郁，一直在吃药"])),
        "，请求从轻处理。\n\n",
    )
    d.add(
        "经复核，当事人所述情形不影响事实认定。依据",
        c.L("《道路运输从业人员管理规定》第四十八条第（一）项"),
        "，本局决定撤销当事人的道路运输从业资格，",
        "收回从业资格证件，三年内不得重新申请。\n\n",
    )
    d.add(c.rights(style=1), c.sign(chief=r.random() < 0.5))
    return d


# ---------------------------------------------------------------- V08 false rental contract for a residence permit (school place)
@structure("V08-police-residence-permit-false-material-penalty", "penalty", "police", "dev")
def v08(c):
    r = c.rng
    d = Doc()
    par = c.person("han3", age=(30, 45), local=False)
    c.as_target_person(par)
    c.set_docno(r.choice(["行罚", "罚"]))
    kid = c.child(par, age=(5, 12))
    school, cls = c.school_class(kid)
    landlord = c.person(age=(40, 70))
    mid = c.person("han", age=(25, 45))
    nk = c.nickname(mid, "小{s}")
    d.add(c.header("行政处罚决定书"))
    d.add(
        "违法行为人：",
        c.N(par),
        "，",
        par.gender,
        "，",
        c.BD(par),
        "出生，身份证号码",
        c.ID(par),
        "，户籍地",
        c.AD(par),
        "，现住",
        c.loc.dist,
        go(
            "address",
            f"{r.choice(c.loc.estates)}{r.randint(1, 30)}号楼{r.randint(1, 3)}单元{r.randint(2, 18)}0{r.randint(1, 4)}",
        ),
        "，联系电话",
        c.PH(par),
        "。\n\n",
    )
    d.add(
        "现查明：",
        c.D(c.before(60, 150)),
        "，违法行为人为使其子女",
        c.N(kid, "minor_name"),
        "（",
        str(kid.age(c.date)),
        "岁）取得入学资格，通过微信（对方微信号",
        c.wechat(),
        "）联系中介人员",
        c.N(mid),
        "（绰号“",
        go("name", nk),
        "”），以",
        c.M(r.choice([1500, 2000, 2800]), 0),
        "的价格购买了一份虚假房屋租赁合同，合同载明出租人为",
        c.N(landlord),
        "。违法行为人持该合同到",
        r.choice(c.loc.towns),
        "派出所申领居住证，取得居住证（证号：",
        c.residence_permit(par, style=r.choice([0, 1, 3])),
        "），并于",
        c.D(c.before(20, 50)),
        "凭该居住证为",
        c.N(kid, "minor_name"),
        "报名",
        go("school", school),
        go("class", cls) if r.random() < 0.4 else "",
        "。\n",
    )
    d.add(
        "经向",
        c.N(landlord),
        "（电话",
        c.PH(landlord),
        "）核实，其本人从未与违法行为人签订租赁合同，房屋一直由其",
        r.choice(["女儿", "本人"]),
        "居住。\n",
    )
    d.add("询问笔录摘录（", c.D(c.before(10, 18)), "，询问人", c.ON(2), "，记录人", c.ON(3), "）：\n")
    d.add(
        "问：你为什么要办居住证？\n答：孩子今年",
        r.choice(["上一年级", "转学过来", "要报名"]),
        "，学校要求提供居住证。我在",
        r.choice(["工地", "快递站", "餐馆"]),
        "打工，住的是工棚，没有租房合同。\n问：合同是从哪里来的？\n答：老乡介绍了",
        go("name", nk),
        "，他说",
        r.choice(["包办包过", "房东那边他都打好招呼了", "很多家长都这么办"]),
        "，我就转了钱。转账用的是我",
        r.choice(["支付宝", "微信"]),
        "，收款人写的是",
        c.N(mid),
        "。\n问：你还有什么要补充的？\n答：我爱人",
        H(r.choice(["怀孕五个月，身体不好", "去年做了肾移植，常年吃抗排异药", "有癫痫，不能上班"])),
        "，家里就靠我一个人，请从轻处理。\n",
    )
    d.add(
        "以上事实有违法行为人的陈述和申辩、证人证言、租赁合同、微信聊天记录截图等证据证实。",
        c.N(mid),
        "及其上线" + r.choice(["黄某", "吴某某"]) + "涉嫌伪造公文印章一事已另案处理。\n\n",
    )
    d.add("办案民警：", c.ON(0), "（警号", c.OC(0), "）、", c.ON(1), "（警号", c.OC(1), "）。\n\n")
    d.add(
        "根据",
        c.L("《居住证暂行条例》第二十条第一款"),
        "之规定，现决定对",
        c.N(par),
        "处以罚款",
        c.M(r.choice([500, 800, 1000]), 0),
        "，并注销其居住证。\n",
    )
    d.add(
        "执行方式和期限：被处罚人应于收到本决定书之日起十五日内到指定银行缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。\n"
    )
    d.add(c.rights(style=0))
    d.add("\n", c.A(), "\n", c.D(c.date, 2), "\n\n")
    d.add("被处罚人签名：", c.N(par), "　", c.D(c.date), "\n本决定书副本抄送", go("school", school), "。\n")
    return d
