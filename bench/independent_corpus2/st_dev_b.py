"""Dev structures T11-T20 (housing, public security, civil affairs, household registration,
agriculture, tourism, tax, licensing, rewards, trademark dispute)."""

from __future__ import annotations

import kit
from kit import TS, Doc, F, H, W, bank_card, digits, go, keep, structure


# ---------------------------------------------------------------- T11 property management complaints
@structure("T11-housing-property-service-owner-complaints-penalty", "penalty", "housing", "dev")
def t11(c):
    r = c.rng
    d = Doc()
    co = c.company("物业服务")
    c.as_target_company(co)
    c.set_docno("罚", fmt=r.randint(0, 3))
    est = r.choice(c.loc.estates)
    owners = [c.person(age=(30, 78)) for _ in range(3)]
    chair = c.person(age=(45, 70))
    mgr = c.person(age=(30, 50))
    d.add(c.header("行政处罚决定书"))
    d.add(
        "当事人：",
        c.CO(co),
        "\n统一社会信用代码：",
        c.CC(co),
        "\n法定代表人：",
        c.REP(co),
        "\n项目负责人：",
        c.N(mgr),
        "（",
        est,
        "项目经理）\n\n",
    )
    t = c.before(50, 120)
    d.add(
        "一、案件来源\n",
        c.D(t),
        "起，本局陆续收到",
        est,
        "业主投诉",
        str(r.randint(6, 31)),
        "件，反映当事人擅自",
        r.choice(
            ["将小区公共车位出租并收取费用", "利用电梯轿厢发布广告收益未公示", "停止二次供水设施清洗消毒"]
        ),
        "。\n\n",
    )
    d.add("二、调查情况\n")
    o0, o1, o2 = owners
    room0 = f"{est}{r.randint(1, 18)}栋{r.randint(1, 3)}单元{r.randint(2, 26)}0{r.randint(1, 4)}室"
    d.add(
        "投诉人",
        c.N(o0),
        "（住",
        go("address", room0),
        "，电话",
        c.PH(o0),
        "）反映：“物业把消防通道划成车位卖给外面的人，",
        r.choice(["我家老人", "我爱人"]),
        H(r.choice(["心脏搭桥术后", "脑梗偏瘫", "尿毒症每周透析三次"])),
        "，救护车上次进不来。”\n",
    )
    d.add(
        "业主",
        c.N(o1),
        "提供了当事人向非业主收取停车费的收据",
        str(r.randint(4, 12)),
        "张。",
        c.N(o1),
        "的邻居",
        c.N(o2),
        "亦证实上述情况。\n",
    )
    d.add(
        "业主委员会主任",
        c.N(chair),
        "（联系电话",
        c.PH(chair) if r.random() < 0.5 else c.landline(),
        "）称，当事人从未向业委会公示公共收益，",
    )
    d.add(
        "其与停车公司的合作协议约定",
        TS(f"停车收入按{r.choice(['六四', '七三', '五五'])}分成"),
        "，",
        TS(f"每月保底{r.randint(8, 30)}000元"),
        "。\n",
    )
    d.add(c.N(mgr), "在询问中承认：“这是公司定的，我们项目上只负责收钱。”\n\n")
    d.add(
        c.evidence(
            [
                "业主投诉登记表",
                F("{a}提供的收费收据", a=c.N(o1)),
                "停车合作协议",
                F("对{m}的询问笔录", m=c.N(mgr)),
                "现场照片",
            ]
        )
    )
    d.add(c.procedure(start=t))
    d.add(
        "三、处罚依据和决定\n本局认为，当事人擅自改变共用部位用途并利用其经营，违反了",
        c.L("《物业管理条例》第五十条"),
        "和",
        c.L("《" + c.loc.prov + "物业管理条例》第六十二条"),
        "。依据",
        c.L("《物业管理条例》第六十三条"),
        "，决定：\n1.责令限期恢复消防通道原状；\n2.罚款",
        c.M(r.choice([20000, 50000, 80000])),
        "；\n3.所得收益",
        c.M(r.randint(30, 150) * 1000, 0),
        "用于物业管理区域内共用设施设备的维修、养护。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- T12 public-security fight case
@structure("T12-police-assault-detention-witness-decision", "penalty", "police", "dev")
def t12(c):
    r = c.rng
    d = Doc()
    off = c.person(age=(20, 50), male=True, local=r.random() < 0.6)
    c.as_target_person(off)
    c.set_docno("行罚决字", fmt=0)
    vic = c.person(age=(20, 70))
    wit = [c.person() for _ in range(2)]
    c.nickname(wit[0], r.choice(["小{s}", "阿{s}"]))
    d.add(c.A(), "\n行政处罚决定书\n", c.DN(), "\n\n")
    d.add(
        "违法行为人",
        c.N(off),
        "，",
        off.gender,
        "，",
        c.BD(off, 0),
        "出生，",
        off.ethnicity,
        "，",
        r.choice(["无业", "个体经营", "务工人员", "外卖骑手"]),
        "，公民身份号码",
        c.ID(off),
        "，户籍所在地",
        c.AD(off),
        "，现住",
        go("address", c.home_address()),
        "。\n",
    )
    if r.random() < 0.5:
        d.add(
            "违法经历：",
            go(
                "criminal_record",
                r.choice(
                    [
                        "2019年因盗窃罪被判处有期徒刑一年六个月",
                        "2021年因寻衅滋事被行政拘留十日",
                        "2016年因故意伤害罪被判处有期徒刑二年",
                    ]
                ),
            ),
            "。\n",
        )
    vinfo = r.random() < 0.6
    if vinfo:
        d.add(
            "被侵害人",
            c.N(vic),
            "，",
            vic.gender,
            "，",
            str(vic.age(c.date)),
            "岁，住",
            c.AD(vic),
            "，联系电话",
            c.PH(vic),
            "。\n",
        )
    d.add("\n")
    t = c.before(15, 60)
    d.add(
        c.D(t),
        "，本局",
        r.choice([[c.AC("hotline"), "报警服务台"], "辖区派出所"]),
        "接报警称",
        r.choice(c.loc.roads),
        "附近有人打架。民警",
        c.ON(0),
        "（警号",
        c.OC(0),
        "）、",
        c.ON(1),
        "（警号",
        c.OC(1),
        "）到场后将双方带回调查，依法受理为行政案件。\n",
    )
    place = r.choice(["烧烤店门口", "小区地下车库", "网吧二楼", "菜市场东侧"])
    d.add(
        "现查明：",
        c.D(t),
        r.choice(["23时许", "凌晨1时许", "晚8时许"]),
        "，",
        c.N(off),
        "在",
        c.loc.dist or c.loc.city,
        r.choice(c.loc.roads),
        "某",
        place,
        "因",
        r.choice(["琐事", "停车纠纷", "酒后言语冲突", "结账问题"]),
        "与",
        c.N(vic),
        "发生争执，",
    )
    d.add(
        "后用拳头、",
        r.choice(["啤酒瓶", "凳子", "头盔"]),
        "殴打",
        c.N(vic),
        "头面部，致",
        c.N(vic),
        H(r.choice(["鼻骨骨折", "左眼眶软组织挫伤", "头皮裂伤缝合五针", "两颗门牙脱落"])),
        "。",
    )
    d.add("经", c.loc.city, "公安司法鉴定中心鉴定，", c.N(vic), "的损伤程度为", H("轻微伤"), "。\n")
    d.add(
        "在场的",
        c.N(wit[0]),
        "（",
        c.N(vic),
        "的同事）证实：“他冲过来就打，拉都拉不住。”",
        c.NK(wit[0]),
        "事后拨打",
        c.AC("hotline"),
        "报警。",
    )
    d.add(
        "店主",
        c.N(wit[1]),
        "提供了监控视频。",
        ("同桌的" + r.choice(["张某", "刘某某", "陈**"]) + "（另案处理）未参与殴打。")
        if r.random() < 0.5
        else "",
        c.N(off),
        "对其违法行为供认不讳，称当晚",
        H(r.choice(["喝了一斤多白酒", "因抑郁症停药情绪失控", "有些醉酒"])),
        "。\n",
    )
    d.add(
        "以上事实有",
        c.N(off),
        "的陈述和申辩、被侵害人",
        c.N(vic),
        "的陈述、证人证言、鉴定意见、视听资料、到案经过等证据证实。\n\n",
    )
    if r.random() < 0.5:
        d.add(
            "双方经调解未能达成协议。",
            c.N(vic),
            "的医疗费" + str(r.randint(18, 96) * 100) + "元由其自行垫付，可另行向人民法院提起民事诉讼。\n\n",
        )
    d.add(
        "处罚前已告知违法行为人拟作出治安管理处罚的事实、理由及依据，并告知其依法享有陈述和申辩权；",
        c.N(off),
        r.choice(["未提出陈述和申辩。", "提出其系被挑衅后动手，经复核，该理由不成立。"]),
        "\n\n",
    )
    days = r.choice(["五", "七", "十", "十二"])
    d.add(
        "根据",
        c.L("《中华人民共和国治安管理处罚法》第四十三条第一款"),
        "之规定，现决定：对",
        c.N(off),
        "行政拘留",
        days,
        "日，并处罚款",
        c.M(r.choice([200, 500]), 0),
        "。\n",
    )
    d.add(
        "执行方式和期限：送",
        c.loc.city,
        "拘留所执行，执行期限自",
        c.D(c.date),
        "至",
        c.D(c.after(4, 11)),
        "。罚款于收到本决定书之日起十五日内缴纳。\n\n",
    )
    if r.random() < 0.6:
        fam = c.person(age=(40, 70))
        d.add(
            "被处罚人家属",
            c.N(fam),
            "（",
            r.choice(["母亲", "父亲", "妻子", "姐姐"]),
            "，电话",
            c.PH(fam),
            "）已于当日被告知处罚决定及执行场所。\n\n",
        )
    d.add(c.rights(style=r.choice([0, 1])))
    d.add("\n", c.A(), "\n", c.D(c.date, 0), "\n")
    return d


# ---------------------------------------------------------------- T13 revocation of marriage registration
@structure("T13-civil-marriage-registration-revocation", "confirmation", "civil", "dev")
def t13(c):
    r = c.rng
    d = Doc()
    app = c.person(age=(22, 40), male=r.random() < 0.4)
    c.as_target_person(app)
    c.set_docno("婚撤", fmt=0)
    sp_kind = "foreign" if r.random() < 0.25 else ("minority" if r.random() < 0.2 else None)
    sp = c.person(sp_kind, age=(24, 45), male=not app.male)
    imp = c.person(age=(22, 40), male=app.male)
    d.add(c.header(r.choice(["撤销婚姻登记决定书", "关于撤销婚姻登记的决定"])))
    d.add(
        "申请人：",
        c.N(app),
        "，",
        app.gender,
        "，",
        c.BD(app),
        "出生，身份证件号码：",
        c.ID(app),
        "，住",
        c.AD(app),
        "。\n",
    )
    if sp.nationality != "中国":
        d.add(
            "婚姻登记另一方：",
            c.N(sp),
            "（",
            sp.latin,
            "），",
            sp.gender,
            "，",
            sp.nationality,
            "国籍，护照号码：",
            go("passport", sp.passport),
            "。\n\n",
        )
    else:
        d.add(
            "婚姻登记另一方：",
            c.N(sp),
            "，",
            sp.gender,
            "，",
            sp.ethnicity,
            "，身份证件号码：",
            c.ID(sp),
            "，",
            (["下落不明"] if r.random() < 0.4 else ["现住", c.AD(sp)]),
            "。\n\n",
        )
    t = c.before(30, 90)
    wed = c.before(400, 2000)
    why = r.randint(0, 1)
    if why == 0:
        d.add(
            "申请人于",
            c.D(t),
            "向本机关申请撤销其与",
            c.N(sp),
            "的婚姻登记，称",
            c.D(wed),
            "在本机关登记结婚时系受",
            c.N(sp),
            "胁迫：“",
            c.S(sp),
            "拿走了我的身份证和手机，说不去登记就",
            r.choice(["对我家里人动手", "把照片发到网上"]),
            "。”\n",
        )
        d.add(
            "申请人提交了",
            c.loc.city,
            r.choice(["第三人民医院", "妇幼保健院"]),
            "的病历，记载其登记前一周",
            H(r.choice(["面部多处挫伤", "因惊恐发作就诊", "左前臂软组织损伤", "早孕，孕6周"])),
            "；",
            r.choice(["其表姐", "其同学", "其母亲"]),
            c.N(imp),
            "出具了书面证言。\n",
        )
        d.add(
            r.choice(["公安机关", "派出所"]),
            "出警记录显示，",
            c.D(c.before(30, 60, wed)),
            "曾接申请人报警，称被",
            c.N(sp),
            "限制人身自由。\n\n",
        )
        basis = c.L("《中华人民共和国民法典》第一千零五十二条")
    else:
        d.add(
            "申请人于",
            c.D(t),
            "向本机关反映，其从未办理结婚登记，",
            c.D(wed),
            "的登记档案中“女方”" if not app.male else "的登记档案中“男方”",
            "实为他人冒用其身份证件办理。",
        )
        d.add(
            "经调取档案，登记照片与申请人本人明显不符；经申请人辨认，照片中人员为其",
            r.choice(["前同事", "原室友", "远房亲戚"]),
            c.N(imp),
            "。",
        )
        d.add(
            c.N(imp),
            "于",
            c.D(c.before(5, 20)),
            "到本机关承认其",
            c.D(wed),
            "前曾",
            r.choice(["借用申请人身份证", "捡到申请人遗失的身份证"]),
            "，与",
            c.N(sp),
            "办理了结婚登记。\n",
        )
        d.add("公安机关出具的笔迹鉴定意见确认登记声明书上的签名非申请人所写。\n\n")
        basis = c.L("《婚姻登记条例》第九条")
    d.add(
        "本机关于",
        c.D(c.after(1, 3, t)),
        "受理申请，并于",
        c.D(c.after(5, 12, t)),
        "向",
        c.N(sp),
        r.choice(["邮寄送达", "公告送达", "电话告知（号码经申请人提供）"]),
        "了撤销婚姻登记申请的相关材料，",
        c.N(sp),
        r.choice(["在规定期限内未提交书面意见", "提交书面意见称其不同意撤销，但未提供证据"]),
        "。",
    )
    if r.random() < 0.5:
        kid = c.child(
            app if (app.male or sp.nationality != "中国" or sp.ethnicity != "汉族") else sp, age=(1, 6)
        )
        d.add(
            "双方育有一",
            "子" if kid.male else "女",
            c.N(kid, "minor_name"),
            "（",
            str(kid.age(c.date)),
            "岁），现随申请人生活，抚养问题可另行协商或诉讼解决。",
        )
    else:
        d.add("双方登记后未共同生活，无共同子女。")
        if r.random() < 0.5:
            d.add(
                "申请人另称，",
                c.N(sp),
                go("religion", r.choice(["信仰基督教", "信仰伊斯兰教", "信奉藏传佛教"])),
                "，登记前曾要求其改变信仰。",
            )
    d.add("\n\n")
    d.add(
        c.evidence(
            ["婚姻登记档案复印件", "申请人身份证明", F("{x}的书面证言", x=c.N(imp)), "公安机关出具的证明材料"]
        )
    )
    d.add(
        "本机关认为，上述婚姻登记",
        "存在受胁迫情形" if why == 0 else "系冒用他人身份办理",
        "，依据",
        basis,
        "及",
        c.L("《婚姻登记工作规范》第四十六条"),
        "，决定：撤销",
        c.D(wed),
        "登记的申请人",
        c.N(app),
        "与",
        c.N(sp),
        "的婚姻登记，宣告结婚证（字号"
        + f"J{c.loc.regions[0]}-{wed.year}-{r.randint(100, 9999):06d}"
        + "）作废。\n\n",
    )
    d.add("本决定书送达当事人后生效，并于", c.D(c.after(3, 10)), "在婚姻登记信息系统中录入撤销记录。\n")
    d.add(c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- T14 household registration correction
@structure("T14-police-hukou-birthdate-correction-approval", "confirmation", "police", "dev")
def t14(c):
    r = c.rng
    d = Doc()
    app = c.person(age=(35, 62), local=True)
    c.as_target_person(app)
    c.set_docno("户更", fmt=0)
    mother = c.person(age=(app.age(c.date) + 20, app.age(c.date) + 32), male=False)
    father = c.relative(app, True, (app.age(c.date) + 22, app.age(c.date) + 35))
    kid = c.child(app, age=(6, 15))
    c.nickname(app, "{s}姐" if not app.male else "老{s}")
    wrong = app.birth.replace(year=app.birth.year + r.choice([1, 2, -1]))
    d.add(c.header("户口登记项目变更更正审批决定书"))
    d.add(
        "申请人：",
        c.N(app),
        "　性别：",
        app.gender,
        "　民族：",
        app.ethnicity,
        "\n现户口登记出生日期：",
        go("birth_date", kit.date_str(wrong, 0)),
        "\n",
    )
    if app.id15 or r.random() < 0.5:
        old = kit.make_id15(r, app.region, wrong, app.male)
        d.add("第一代身份证号码：", go("id_number", old), "\n")
    d.add(
        "现公民身份号码：",
        go("id_number", kit.make_id18(r, app.region, wrong, app.male)),
        "\n户籍地址：",
        c.AD(app),
        "\n联系电话：",
        c.PH(app),
        "\n\n",
    )
    t = c.before(20, 60)
    d.add(
        "申请事项：申请人于",
        c.D(t),
        "向",
        r.choice(c.loc.towns),
        "派出所申请将出生日期更正为",
        c.BD(app, 0),
        "。\n\n",
    )
    d.add(
        "审查情况：经调取原始户籍底册，",
        c.N(app),
        "出生日期记载为",
        c.BD(app, 2),
        "，于",
        str(r.choice([1995, 1998, 2003])),
        "年换发户口簿时被误录。",
    )
    d.add(
        "申请人提交的",
        r.choice(["小学学籍卡", "入团志愿书", "招工登记表"]),
        "、其母",
        c.N(mother),
        "的证明以及",
        r.choice(["村民委员会", "居民委员会"]),
        "出具的证明均与底册记载一致。",
    )
    neigh = c.person(age=(55, 85))
    d.add(
        "民警走访了申请人的邻居",
        c.N(neigh),
        "，其称：“",
        c.NK(app),
        "和我家老二同年生的，",
        r.choice(["属虎", "属兔", "属龙"]),
        "，那年冬天生的。”\n",
    )
    d.add(
        "申请人之父",
        c.N(father),
        H(r.choice(["患阿尔茨海默病多年，无法作证", "已于多年前因病去世", "因脑梗后遗症言语不清，未能询问"])),
        "。",
    )
    d.add(
        "申请人之",
        "子" if kid.male else "女",
        c.N(kid, "minor_name"),
        "现就读于",
        go("school", c.school_class(kid)[0]),
        "，其户口随申请人登记，本次更正不影响其户口项目。\n\n",
    )
    d.add(
        c.evidence(
            [
                "户籍底册复印件",
                "申请人常住人口登记表",
                F("{m}出具的情况说明", m=c.N(mother)),
                "入学、招工等历史档案材料",
                F("对{n}的询问笔录", n=c.N(neigh)),
            ]
        )
    )
    d.add(
        "派出所初审意见：",
        c.ON(0),
        "、",
        c.ON(1),
        "经调查核实，认为申请人出生日期登记错误事实清楚，证据充分，建议予以更正。分局户政部门于",
        c.D(c.before(2, 10)),
        "复核同意。\n\n",
    )
    d.add(
        "审批意见：根据",
        c.L("《中华人民共和国户口登记条例》第十七条"),
        "和",
        c.L("《" + c.loc.prov + "常住户口登记管理规定》第四十二条"),
        "，经审核，同意将",
        c.N(app),
        "的出生日期由",
        go("birth_date", kit.date_str(wrong, 1)),
        "更正为",
        c.BD(app, 1),
        "，公民身份号码相应变更为",
        c.ID(app, 0),
        "。",
    )
    d.add("请申请人自本决定送达之日起三十日内持户口簿到户籍地派出所办理变更手续，原居民身份证同时缴销。\n\n")
    d.add(c.rights(), c.sign(contact=r.random() < 0.5))
    return d


# ---------------------------------------------------------------- T15 counterfeit seed penalty
@structure("T15-agri-fake-seed-farmer-losses-penalty", "penalty", "agri", "dev")
def t15(c):
    r = c.rng
    d = Doc()
    op = c.person(age=(35, 62), local=True)
    shop = f"{c.loc.dist or c.loc.city}{r.choice(c.loc.towns)}{r.choice(['丰收', '金穗', '绿野', '农友', '惠农'])}农资店"
    c.names.append(shop)
    code = kit.make_uscc(r, c.loc.regions[0], "92")
    c.as_target_shop(shop, op, code)
    c.set_docno("罚", fmt=r.randint(0, 2))
    crop = r.choice([("玉米", "郑单"), ("水稻", "Y两优"), ("大豆", "黑农"), ("小麦", "济麦")])
    var = crop[1] + str(r.randint(10, 990))
    d.add(c.header("农业行政处罚决定书"))
    d.add(
        "当事人：",
        keep("company", shop),
        "\n经营者：",
        c.N(op),
        "，身份证号：",
        c.ID(op),
        "\n住址：",
        c.AD(op),
        "\n统一社会信用代码：",
        keep("credit_code", code),
        "\n\n",
    )
    t = c.before(60, 150)
    d.add(
        "经查，当事人于",
        c.D(c.before(200, 260)),
        "从",
        TS(r.choice(["外地流动车辆", "某县一家无证种子分装点", "网上一家无名店铺"])),
        "购进标称“",
        var,
        "”",
        crop[0],
        "种子",
        str(r.randint(400, 2400)),
        "袋，",
        TS(f"进价每袋{r.randint(12, 38)}元"),
        "，以每袋",
        c.M(r.randint(40, 70), 0),
        "售出。",
    )
    d.add(
        c.D(t),
        "起，陆续有农户反映出苗率低、",
        r.choice(["抽穗不齐", "结荚少", "空秆多"]),
        "。部分受损农户情况如下：\n",
    )
    for i in range(r.randint(3, 5)):
        f = c.person(age=(38, 74), local=True)
        mu = r.randint(3, 40)
        addr = c.rural_addr()
        st = r.randint(0, 2)
        if st == 0:
            d.add(
                f"{i + 1}. ",
                c.N(f),
                "，",
                go("address", addr),
                "，种植",
                str(mu),
                "亩，联系电话",
                c.PH(f),
                "；\n",
            )
        elif st == 1:
            d.add(
                f"{i + 1}. ", go("address", addr), "村民", c.N(f), "，购种", str(mu * 2), "袋，已全部播种；\n"
            )
        else:
            d.add(
                f"{i + 1}. ",
                c.N(f),
                "（",
                r.choice(["代其岳父", "代其母亲", "本人"]),
                "购买），种植面积",
                str(mu),
                "亩；\n",
            )
    d.add(
        "经",
        c.loc.prov,
        "种子质量检验机构检验，样品发芽率为",
        str(r.randint(38, 71)),
        "%，低于",
        c.STD("GB 4404.1-2008"),
        "规定的标准值。当事人未能提供种子来源的合法票据。\n",
    )
    d.add(
        "当事人经营者",
        c.N(op),
        "称：“",
        r.choice(["那个卖种子的说是厂家直销，便宜，我就进了。", "往年都是从他那里拿货，没出过问题。"]),
        "”\n\n",
    )
    d.add(
        c.evidence(
            [
                "种子检验报告",
                "销售记录本",
                F("对{o}的询问笔录", o=c.N(op)),
                "农户投诉登记表",
                "田间现场鉴定书",
            ]
        )
    )
    d.add(c.procedure(start=t, notice="罚告"))
    d.add(
        "本局认为，当事人销售劣种子，违反了",
        c.L("《中华人民共和国种子法》第四十九条第一款"),
        "的规定。依据",
        c.L("《中华人民共和国种子法》第七十五条第一款"),
        "，决定：\n",
    )
    d.add(
        "（一）没收违法所得",
        c.M(r.randint(20, 90) * 1000, 0),
        "；\n（二）没收剩余种子",
        str(r.randint(20, 150)),
        "袋；\n（三）罚款",
        c.M(r.choice([50000, 80000, 100000])),
        "。\n农户损失赔偿事宜，可另行协商或依法提起民事诉讼。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- T16 tour guide forced shopping
@structure("T16-culture-tour-guide-forced-shopping-penalty", "penalty", "culture", "dev")
def t16(c):
    r = c.rng
    d = Doc()
    g = c.person(age=(24, 48), local=r.random() < 0.6)
    c.as_target_person(g)
    c.set_docno("罚", fmt=r.randint(0, 3))
    agency_co = c.company("国际旅行社")
    store = c.company(r.choice(["珠宝", "玉器", "土特产", "茶叶"]), suffix="商行")
    tourists = [c.person(age=(45, 78)) for _ in range(2)]
    fo = c.person("foreign", age=(25, 70))
    d.add(c.header("行政处罚决定书"))
    d.add(
        "当事人：",
        c.N(g),
        "\n性别：",
        g.gender,
        "　出生日期：",
        c.BD(g),
        "\n身份证号码：",
        c.ID(g),
        "\n住址：",
        c.AD(g),
        "\n委派旅行社：",
        c.CO(agency_co),
        "\n\n",
    )
    t = c.before(40, 100)
    d.add(
        c.D(t),
        "至",
        c.D(c.after(3, 5, t)),
        "，当事人受",
        c.CO(agency_co),
        "委派，带领",
        str(r.randint(22, 41)),
        "人的“",
        r.choice(["五日低价游", "夕阳红专列", "亲子研学"]),
        "”团队游览。",
    )
    d.add(
        "行程第三日，当事人将团队带至",
        c.CO(store),
        "，告知游客“每人至少消费两千，不买就不走”，并锁闭大巴车门近两小时。\n",
    )
    t0, t1 = tourists
    d.add(
        "游客",
        c.N(t0),
        "（电话",
        c.PH(t0),
        "）称：“我",
        H(r.choice(["有糖尿病，到点要吃饭打针", "刚做完心脏支架手术", "有高血压，当时头晕得站不住"])),
        "，跟导游说了也不让走。”",
    )
    d.add(
        "游客", c.N(t1), "因", H(r.choice(["高原反应呕吐", "中暑晕倒", "哮喘发作"])), "，由同团游客陪同就医。"
    )
    d.add(
        "外籍游客",
        c.N(fo),
        "（",
        fo.latin,
        "，护照号",
        go("passport", fo.passport),
        "）通过翻译投诉，称被迫购买",
        r.choice(["玉镯", "茶叶礼盒", "银饰"]),
        "一件，价格",
        c.M(r.choice([2680, 3980, 5800]), 0),
        "。\n",
    )
    d.add(
        "经查，",
        c.CO(store),
        "与当事人约定",
        TS(f"按游客消费额的{r.choice([30, 35, 40, 45])}%返现给导游"),
        "，另付",
        TS(f"人头费每人{r.choice([50, 80, 100])}元"),
        "，当日当事人收取返现",
        c.M(r.randint(30, 90) * 100, 0),
        "。\n\n",
    )
    d.add(
        c.evidence(
            [
                "游客投诉材料",
                "购物小票",
                F("{s}的收款记录", s=c.CO(store)),
                "大巴车行车记录仪视频",
                F("对{g}的询问笔录", g=c.N(g)),
            ]
        )
    )
    d.add(c.procedure(start=t, notice="罚告"))
    d.add(
        "本局认为，当事人的行为违反了",
        c.L("《中华人民共和国旅游法》第四十一条第二款"),
        "。依据",
        c.L("《中华人民共和国旅游法》第一百条第（三）项"),
        "，决定：\n1.没收违法所得；\n2.罚款",
        c.M(r.choice([10000, 20000, 30000])),
        "；\n3.暂扣导游证三个月。\n\n",
    )
    d.add(c.pay(), c.rights(), c.sign())
    return d


# ---------------------------------------------------------------- T17 streamer income tax penalty
@structure("T17-tax-streamer-concealed-income-penalty", "penalty", "tax", "dev")
def t17(c):
    r = c.rng
    d = Doc()
    s = c.person(age=(22, 38), local=r.random() < 0.5)
    c.as_target_person(s)
    c.set_docno("稽罚", fmt=r.choice([0, 2]))
    mcn = c.company("文化传媒")
    mom = c.person(age=(48, 66), male=False)
    d.add(c.header("税务行政处罚决定书"))
    d.add(c.N(s), "（纳税人识别号：", c.ID(s, 0), "）：\n\n")
    y = c.date.year - 1
    d.add(
        "经我局",
        r.choice(["第一稽查局", "稽查局"]),
        "对你",
        str(y - 1),
        "年1月1日至",
        str(y),
        "年12月31日的纳税情况进行检查，你存在违法事实如下：\n",
    )
    inc = r.randint(80, 900) * 10000
    d.add(
        "你以网名“",
        r.choice(["小鹿", "糖糖", "阿飞", "柒柒", "木子"]),
        "”在多个平台从事直播带货，取得佣金及打赏收入。经核实，你通过与",
        c.CO(mcn),
        "签订合作协议，约定",
        TS(f"坑位费分成比例为{r.choice(['四六', '三七', '五五'])}"),
        "、",
        TS(f"佣金按GMV的{r.choice([8, 10, 12, 15])}%结算"),
        "。",
    )
    d.add(
        "检查期间取得收入共计",
        W(f"{inc}元"),
        "，其中",
        W(f"{int(inc * r.choice([0.4, 0.55, 0.7]))}元"),
        "通过你母亲",
        c.N(mom),
        "名下银行卡（卡号",
        go("bank_account", bank_card(r)),
        "）及你本人微信（",
        c.wechat(),
        "）收取，未申报纳税。\n",
    )
    d.add(
        "你在约谈中称：“",
        r.choice(
            ["以为公司会代扣代缴。", "平台结算的钱转到我妈卡上是为了方便。", "我不懂这些，账都是我妈管。"]
        ),
        "”；另称",
        H(r.choice(["因患焦虑症长期服药", "产后抑郁停播半年", "怀孕期间未直播"])),
        "，部分月份无收入。\n\n",
    )
    tax = r.randint(50, 300) * 1000
    d.add(
        "我局于",
        c.D(c.before(150, 200)),
        "向你送达",
        c.DN(c.other_docno("稽检通")),
        "《税务检查通知书》，依法调取了",
        str(y - 1),
        "至",
        str(y),
        "年度的账簿资料，并对",
        c.N(mom),
        "进行了询问。\n",
    )
    d.add(
        c.evidence(
            [
                "银行账户交易明细",
                "平台结算单",
                F("与{m}签订的合作协议", m=c.CO(mcn)),
                F("对{a}的询问笔录", a=c.N(mom)),
                "税务约谈记录",
            ]
        )
    )
    d.add(
        "经计算，你少缴个人所得税",
        c.M(tax, 2),
        "，我局已另行作出",
        c.DN(c.other_docno("稽处")),
        "《税务处理决定书》追缴税款及滞纳金。\n\n",
    )
    rate = r.choice([("百分之五十", 0.5), ("0.6倍", 0.6), ("一倍", 1.0)])
    d.add(
        "根据",
        c.L("《中华人民共和国税收征收管理法》第六十三条第一款"),
        "，对你少缴的个人所得税处",
        rate[0],
        "的罚款，计",
        c.M(int(tax * rate[1]), 0),
        "。",
    )
    d.add(
        "我局已于",
        c.D(c.before(10, 30)),
        "向你送达",
        c.DN(c.other_docno("稽罚告")),
        "《税务行政处罚事项告知书》，你未申请听证。\n\n",
    )
    d.add(
        "限你自本决定书送达之日起十五日内到",
        keep("agency", c.ag.name),
        "缴纳入库。到期不缴纳罚款，我局可依照",
        c.L("《中华人民共和国行政处罚法》第七十二条第一款第（一）项"),
        "每日按罚款数额的百分之三加处罚款。\n",
    )
    d.add(
        "如对本决定不服，可以自收到本决定书之日起六十日内依法向",
        c.RB(),
        "申请行政复议，或者自收到本决定书之日起六个月内依法向",
        c.CT(),
        "起诉。\n",
    )
    d.add(c.sign())
    return d


# ---------------------------------------------------------------- T18 food business licence: change / cancel / refuse
@structure("T18-market-food-licence-change-cancel-refuse", "license", "market", "dev")
def t18(c):
    r = c.rng
    d = Doc()
    mode = r.randint(0, 2)
    co = c.company(r.choice(["餐饮管理", "食品", "烘焙"]))
    c.as_target_company(co)
    c.set_docno(["准变", "注销", "不许"][mode], fmt=0)
    contact = c.person(age=(22, 50))
    lic = f"JY{r.choice([1, 2, 3])}{c.loc.regions[0]}{digits(r, 7, '0123456789')}"
    title = ["准予变更行政许可决定书", "准予注销行政许可决定书", "不予行政许可决定书"][mode]
    d.add(c.header(title))
    d.add(c.CO(co), "：\n", "（统一社会信用代码：", c.CC(co), "，法定代表人：", c.REP(co), "）\n\n")
    t = c.before(5, 20)
    d.add(
        "许可事项：\n经营者名称：",
        c.CO(co),
        "\n住所：",
        co.addr,
        "\n主体业态：",
        r.choice(["餐饮服务经营者（中型餐馆）", "食品销售经营者（网络经营）", "单位食堂"]),
        "\n经营项目：",
        r.choice(
            [
                "热食类食品制售、冷食类食品制售",
                "预包装食品销售（含冷藏冷冻食品）",
                "糕点类食品制售（含裱花蛋糕）",
            ]
        ),
        "\n许可证编号：",
        lic,
        "\n\n",
    )
    d.add(
        "你单位于",
        c.D(t),
        "通过政务服务网提交的食品经营许可",
        ["变更", "注销", ""][mode],
        "申请（申请编号" + digits(r, 14, "2") + "），经办人",
        c.N(contact),
        "，联系电话",
        c.PH(contact),
        "，本局已依法受理。\n\n",
    )
    if mode == 0:
        newm = c.person(age=(28, 50))
        old = c.person(age=(30, 55))
        d.add(
            "经审查，你单位申请变更事项如下：\n1.食品安全管理员由",
            c.N(old),
            "变更为",
            c.N(newm),
            "（身份证号",
            c.ID(newm),
            "）；\n2.经营项目增加“热食类食品制售”；\n3.主要负责人不变。\n",
        )
        d.add(
            "原食品安全管理员",
            c.N(old),
            "因",
            H(r.choice(["怀孕七个月休产假", "腰椎骨折长期病休", "患乳腺癌治疗"])),
            "离岗。现场核查时，新任管理员",
            c.N(newm),
            "持有有效的健康证明，培训考核合格。\n",
        )
        d.add(
            "申请材料齐全，符合",
            c.L("《食品经营许可和备案管理办法》第三十三条"),
            "规定的条件，本局决定准予变更，换发的许可证编号仍为",
            lic,
            "，有效期不变。\n\n",
        )
    elif mode == 1:
        d.add(
            "经审查，你单位因",
            r.choice(["经营场所租赁合同到期", "企业经营调整", "门店拆迁"]),
            "申请注销食品经营许可证（编号",
            lic,
            "）。",
        )
        d.add(
            "你单位提交的材料显示，",
            TS(
                r.choice(
                    [
                        "门店近一年月均营业额约十八万元、毛利率约32%",
                        "主要供货商为本市两家冻品批发商，结算周期60天",
                        "外卖平台抽成比例为22%",
                    ]
                )
            ),
            "，因持续亏损停止经营。\n",
        )
        emp = c.person(age=(40, 60))
        d.add(
            "员工安置情况说明载明，原厨师长",
            c.N(emp),
            "等",
            str(r.randint(4, 15)),
            "名员工已解除劳动合同并结清工资。",
        )
        d.add(
            "依据",
            c.L("《食品经营许可和备案管理办法》第四十三条"),
            "，本局决定准予注销，原许可证自本决定作出之日起失效。\n\n",
        )
    else:
        staff = [c.person(age=(20, 55)) for _ in range(2)]
        d.add(
            "经材料审查和现场核查，发现：\n1.后厨从业人员",
            c.N(staff[0]),
            "的健康证明显示其",
            H(r.choice(["患有活动性肺结核", "甲型病毒性肝炎未治愈", "患化脓性皮肤病"])),
            "，你单位仍安排其从事接触直接入口食品工作；\n",
        )
        d.add(
            "2.从业人员",
            c.N(staff[1]),
            "未能提供有效健康证明；\n3.粗加工区与",
            r.choice(["餐具清洗消毒区", "专间"]),
            "未分隔，不符合",
            c.STD("GB 31654-2021"),
            "的要求。\n",
        )
        d.add(
            "你单位于",
            c.D(c.before(1, 4)),
            "提交的整改材料未能消除上述问题。依据",
            c.L("《中华人民共和国行政许可法》第三十八条第二款"),
            "和",
            c.L("《食品经营许可和备案管理办法》第二十条"),
            "，本局决定不予许可。\n\n",
        )
    d.add(
        "本局",
        c.officers(),
        "于",
        c.D(c.after(1, 3, t)),
        "对经营场所进行了现场核查，制作了《食品经营许可现场核查表》，核查结论已告知经办人",
        c.N(contact),
        "。\n",
    )
    d.add(
        "申请材料：1.食品经营许可"
        + ["变更", "注销", ""][mode]
        + "申请书；2.营业执照复印件；3.法定代表人身份证明及授权委托书；4.食品安全管理制度文本；5.经营场所平面布局图和设备布局图。\n"
    )
    if mode == 0:
        d.add(
            "你单位应当在经营场所显著位置悬挂或者摆放新的食品经营许可证正本，严格按照许可的经营项目从事经营活动，并落实食品安全主体责任。\n"
        )
    elif mode == 2:
        d.add(
            "你单位整改完毕后，可以重新提出申请。在取得许可前不得从事食品经营活动，否则将依据",
            c.L("《中华人民共和国食品安全法》第一百二十二条"),
            "予以查处。\n",
        )
    else:
        d.add(
            "你单位应当自本决定送达之日起将原许可证正、副本交回本局；无法交回的，本局将依法公告许可证作废。\n"
        )
    d.add(
        "本决定依据",
        c.L("《中华人民共和国行政许可法》第三十八条"),
        "作出，许可信息将通过国家企业信用信息公示系统向社会公示。\n\n",
    )
    d.add(c.rights(style=r.choice([0, 2])), c.sign())
    return d


# ---------------------------------------------------------------- T19 whistleblower reward decision
@structure("T19-market-whistleblower-reward-decision", "other", "market", "dev")
def t19(c):
    r = c.rng
    d = Doc()
    wb = c.person(age=(24, 66))
    c.as_target_person(wb)
    c.set_docno("奖", fmt=0)
    bad = c.company(r.choice(["食品", "医疗器械", "化妆品", "电器"]))
    d.add(c.header(r.choice(["举报奖励决定书", "关于给予举报人奖励的决定"])))
    st = r.randint(0, 1)
    if st == 0:
        d.add(
            "举报人：",
            c.N(wb),
            "\n身份证号码：",
            c.ID(wb),
            "\n联系电话：",
            c.PH(wb),
            "\n收款账户：",
            go("bank_account", bank_card(r, grouped=True)),
            "（",
            r.choice(["中国邮政储蓄银行", "农村商业银行", "招商银行"]),
            "）\n\n",
        )
    else:
        d.add(c.N(wb), "同志（身份证", c.ID(wb), "，住", c.AD(wb), "，电子邮箱", c.email(), "）：\n\n")
    t = c.before(120, 300)
    d.add(
        "你于",
        c.D(t),
        "通过",
        c.AC("hotline"),
        "平台实名举报",
        c.CO(bad),
        "（统一社会信用代码",
        c.CC(bad),
        "）",
        r.choice(
            ["在食品中添加非食用物质", "销售未经注册的二类医疗器械", "生产假冒化妆品", "销售以旧翻新的电器"]
        ),
        "的违法行为，并提供了",
        r.choice(["车间内拍摄的视频", "进出货台账照片", "内部微信群聊天截图"]),
        "。",
    )
    d.add(
        "据你反映，你曾在该公司",
        r.choice(["仓库", "生产车间", "财务部"]),
        "工作，因",
        H(
            r.choice(
                ["长期接触刺激性气体出现慢性咽炎", "工作中受伤导致右手腕韧带撕裂", "被诊断为重度抑郁离职"]
            )
        ),
        "后离职。\n",
    )
    d.add(
        "本局于",
        c.D(c.after(2, 6, t)),
        "受理你的举报（登记编号" + digits(r, 12, "2") + "），随即组织",
        c.ON(2),
        "等执法人员开展核查，于",
        c.D(c.after(40, 80, t)),
        "将核查结果书面告知你。",
    )
    d.add(
        "现场检查中查获",
        r.choice(["涉案产品一千二百余件", "非法添加物三桶", "无证产品四百余台"]),
        "，与举报内容相符，对案件查处起到了关键作用。\n",
    )
    d.add(
        "经查证，举报内容属实，本局已对",
        c.CO(bad),
        "作出",
        c.DN(c.other_docno("罚")),
        "行政处罚决定，罚没款",
        c.M(r.randint(10, 200) * 10000, 2),
        "已执行到位。\n\n",
    )
    level = r.choice(["一", "二", "三"])
    reward = r.randint(5, 60) * 1000
    d.add(
        "根据",
        c.L("《市场监管领域重大违法行为举报奖励暂行办法》第十条"),
        "和",
        c.L("第十一条"),
        "，你的举报属于",
        level,
        "级举报奖励，本局决定给予奖励",
        c.M(reward, r.choice([0, 1, 3])),
        "。\n",
    )
    d.add(
        "请你自收到本决定书之日起九十日内，持本人有效身份证件",
        "及本决定书" if r.random() < 0.5 else "",
        "到本局办理领取手续；委托他人代领的，应出具授权委托书。",
    )
    if r.random() < 0.5:
        agent = c.person(age=(30, 60))
        d.add(
            "你已申请委托你的",
            r.choice(["妻子", "丈夫", "女儿", "儿子", "表兄"]),
            c.N(agent),
            "（身份证号",
            c.ID(agent),
            "）代领。",
        )
    d.add(
        "逾期未领取的，视为放弃。\n本局将依照",
        c.L("《市场监督管理投诉举报处理暂行办法》第三十三条"),
        "对你的身份信息及举报内容严格保密。\n\n",
    )
    d.add(
        "本奖励事项经本局举报奖励评审小组于",
        c.D(c.before(3, 15)),
        "审议通过（审核人：",
        c.ON(0),
        "、",
        c.ON(1),
        "），奖励资金由财政专项经费列支，通过银行转账方式发放。\n",
    )
    if st == 1:
        d.add(
            "附：举报人信息确认表\n姓名：",
            c.N(wb),
            "　联系方式：",
            c.PH(wb),
            "\n开户银行：",
            r.choice(["中国建设银行", "中国工商银行", "交通银行"]),
            c.loc.city[:-1],
            "分行　账号：",
            go("bank_account", bank_card(r)),
            "\n\n",
        )
    else:
        d.add("举报人通讯地址：", c.AD(wb), "（用于邮寄本决定书）\n\n")
    d.add("本决定书不得公开，仅送达举报人本人。" if r.random() < 0.3 else "", c.sign(contact=True))
    return d


# ---------------------------------------------------------------- T20 trademark infringement dispute ruling
@structure("T20-market-trademark-dispute-handling-decision", "ruling", "market", "dev")
def t20(c):
    r = c.rng
    d = Doc()
    owner = c.company(r.choice(["服饰", "日化", "酒业", "体育用品"]))
    op = c.person(age=(28, 58), local=r.random() < 0.5)
    shop = f"{c.loc.dist or c.loc.city}{r.choice(['潮品', '名品', '优选', '旺角'])}{r.choice(['服装店', '百货商店', '烟酒行'])}"
    c.names.append(shop)
    code = kit.make_uscc(r, c.loc.regions[0], "92")
    c.as_target_shop(shop, op, code)
    c.set_docno("商处", fmt=0)
    lawyer = c.person(age=(28, 50))
    d.add(c.header("商标侵权纠纷处理决定书"))
    d.add(
        "请求人：",
        c.CO(owner),
        "\n法定代表人：",
        c.REP(owner),
        "\n委托代理人：",
        c.N(lawyer),
        "，",
        r.choice(["北京", "上海", "广东"]),
        "某律师事务所律师，电话",
        c.PH(lawyer),
        "\n\n",
    )
    d.add(
        "被请求人：",
        keep("company", shop),
        "（个体工商户，统一社会信用代码",
        keep("credit_code", code),
        "）\n经营者：",
        c.N(op),
        "，身份证号",
        c.ID(op),
        "，住",
        c.AD(op),
        "\n\n",
    )
    t = c.before(40, 100)
    mark = r.choice(["“飞鹰”", "“雪莲”", "“金樽”", "“锐途”"])
    d.add(
        "请求人于",
        c.D(t),
        "向本局提出处理请求，称被请求人销售的",
        r.choice(["运动鞋", "洗发水", "白酒", "T恤"]),
        "使用了与其注册商标",
        mark,
        "（注册号第" + digits(r, 8) + "号）相同的标识，请求责令停止侵权并赔偿损失。\n\n",
    )
    d.add(
        "本局于",
        c.D(c.after(3, 8, t)),
        "对被请求人经营场所进行检查，查获涉嫌侵权商品",
        str(r.randint(30, 400)),
        "件。被请求人称其货源为",
        TS(
            r.choice(
                [
                    "广州白云区一家档口，进价每件35元",
                    "莆田一家加工厂，进价每双68元",
                    "网上批发群的“阿军”，按月结账",
                ]
            )
        ),
        "，",
    )
    d.add(
        "近三个月销售",
        str(r.randint(50, 300)),
        "件，",
        TS(f"毛利约{r.randint(20, 60)}%"),
        "。经请求人鉴定，涉案商品均非其生产。\n",
    )
    d.add(
        "被请求人",
        c.N(op),
        "辩称：“我不知道是假的，进货的时候对方说有授权。”但未能提供授权文件和合法来源证明。\n\n",
    )
    d.add(
        c.evidence(
            [
                "商标注册证",
                "现场检查笔录",
                "请求人出具的鉴定意见",
                F("对{o}的询问笔录", o=c.N(op)),
                "销售记录",
            ]
        )
    )
    d.add(
        "本局认为，被请求人的行为属于",
        c.L("《中华人民共和国商标法》第五十七条第（三）项"),
        "规定的侵犯注册商标专用权的行为。依据",
        c.L("《中华人民共和国商标法》第六十条第二款"),
        "，决定：\n一、被请求人立即停止销售侵权商品；\n二、没收、销毁侵权商品。\n",
    )
    comp = r.randint(5, 50) * 1000
    d.add(
        "关于赔偿数额，经本局主持调解，双方于",
        c.D(c.before(3, 10)),
        "自愿达成协议：被请求人赔偿请求人经济损失",
        c.M(comp, r.choice([0, 1])),
        "。调解书生效后一方不履行的，另一方可以向人民法院起诉。\n\n",
    )
    d.add(
        "当事人对本决定不服的，可以自收到处理通知之日起十五日内依照",
        c.L("《中华人民共和国行政诉讼法》"),
        "向",
        c.CT(),
        "起诉；侵权人期满不起诉又不履行的，本局可以申请人民法院强制执行。\n",
    )
    d.add(c.sign())
    return d
