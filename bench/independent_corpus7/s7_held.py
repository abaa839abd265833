"""Held-back structures of the seventh independent corpus (D01-D13).

Each function writes its own body text; identifiers come from the ``*7`` generators of kit.py."""

from __future__ import annotations

import blocks as B
from kit import TS, Doc, F, H, W, cn_small, digits, go, keep, make_uscc, structure
from s7_dev import end, ev


# ---------------------------------------------------------------- D01
@structure(
    "D01-archives-hr-agency-altered-personnel-file-birthdates-penalty", "penalty", "archives", "heldout"
)
def d01(c):
    r = c.rng
    c.set_docno("罚")
    co = c.company("人力资源服务")
    c.as_target_company(co)
    clerk = c.person(age=(25, 45))
    d = Doc()
    d.add(c.header("档案行政处罚决定书"))
    d.add(B.company_block(c, co))
    d.f(
        "\n经查，当事人受托保管流动人员人事档案。{dt}至{d2}，当事人员工{cl}（工号{en}）在委托人请托下，"
        "擅自涂改、抽换档案中的招工登记表和履历表，将出生日期改早，用于办理退休。涉及人员如下：\n",
        dt=c.D(c.before(300, 500)),
        d2=c.D(c.before(60, 120)),
        cl=c.N(clerk),
        en=c.emp_no(),
    )
    d.add("姓名｜档案编号｜身份证号｜原出生日期｜改后出生日期\n")
    for _ in range(r.randint(2, 3)):
        x = c.person(age=(52, 59))
        import datetime as _dt

        fake = x.birth - _dt.timedelta(days=r.randint(400, 1500))
        d.add(c.N(x), "｜", go("id_number", f"LD{c.loc.regions[0][:4]}{digits(r, 6, '0123456789')}"), "｜")
        idv = c.old15(x, r.choice([0, 1, 3])) if r.random() < 0.4 else c.id7p(x, r.choice([0, 2, 3, 10, 13]))
        d.add(
            idv, "｜", c.BD(x, r.choice([0, 3])), "｜", go("birth_date", f"{fake.year}年{fake.month}月"), "\n"
        )
    d.f(
        "当事人按每份档案收取“服务费”{fee}，款项转入{cl}个人账户",
        fee=TS(f"{r.randint(3, 8)}000元"),
        cl=c.N(clerk),
    )
    d.add(c.card7(r.choice([0, 2, 6, 9])), "。\n\n")
    d.add(
        ev(
            c,
            [
                "档案原件及复印件比对记录",
                "调取的原始招工花名册",
                F("{cl}的询问笔录", cl=c.N(clerk)),
                "收款记录",
            ],
        )
    )
    d.f(
        "本局认为，当事人的行为违反了{l1}，依据{l2}，决定对当事人处罚款{m}，没收违法所得{a}。\n",
        l1=c.L("《中华人民共和国档案法》第二十八条"),
        l2=c.L("《中华人民共和国档案法》第四十八条第（四）项"),
        m=c.M(r.choice([50000, 80000, 100000])),
        a=c.M(r.randint(6, 24) * 1000),
    )
    d.add(B.staff(c))
    return end(c, d, None, pay=True)


# ---------------------------------------------------------------- D02
@structure("D02-quake-observation-environment-pig-farm-penalty", "penalty", "quake", "heldout")
def d02(c):
    r = c.rng
    c.set_docno("罚")
    p = c.person(age=(35, 65))
    c.as_target_person(p)
    st = f"{c.loc.short}{r.choice(['地震台', '地震监测站', '形变观测站'])}"
    d = Doc()
    d.add(c.header("防震减灾行政处罚决定书"))
    d.add(B.party(c, p, style=r.choice([0, 2, 3, 6])))
    d.add("户号：", c.hh_no(p), "\n\n")
    d.f(
        "经查，当事人于{dt}起在{v}、距{st}观测山洞约{m}米处，未经本局同意擅自建设生猪养殖场，配套安装大功率风机及抽水泵，"
        "造成该站{inst}观测数据出现持续干扰。该地块登记在当事人名下，不动产权证号{pc}。当事人另以其妻子{w}（身份证号",
        dt=c.D(c.before(100, 300)),
        v=r.choice(c.loc.villages),
        st=st,
        m=str(r.randint(120, 480)),
        inst=r.choice(["地倾斜", "重力", "地电场"]),
        pc=c.prop_cert(),
        w=c.N(w := c.person(age=(32, 62), male=not p.male)),
    )
    d.add(c.id7p(w, r.choice([0, 3, 5, 6, 7, 11])), "）名义办理了动物防疫条件合格证。\n\n")
    d.add(
        ev(
            c,
            [
                "观测数据干扰分析报告",
                "现场勘验笔录",
                F("当事人{n}的询问笔录", n=c.N(p)),
                "规划和用地审批查询记录",
            ],
        )
    )
    d.f(
        "本局认为，当事人的行为违反了{l1}，依据{l2}，决定：一、责令停止违法行为，于{dl}前拆除风机并恢复原状；二、对当事人处罚款{m}。\n"
        "当事人联系电话：",
        l1=c.L("《中华人民共和国防震减灾法》第二十三条"),
        l2=c.L("《中华人民共和国防震减灾法》第八十四条第（二）项"),
        dl=c.D(c.after(30, 60)),
        m=c.M(r.choice([2000, 5000, 8000])),
    )
    d.add(B.phone(c, p), "\n")
    return end(c, d, p, pay=True)


# ---------------------------------------------------------------- D03
@structure("D03-ip-unlicensed-patent-agency-clients-penalty", "penalty", "ip", "heldout")
def d03(c):
    r = c.rng
    c.set_docno("罚")
    p = c.person(age=(26, 50))
    c.as_target_person(p)
    d = Doc()
    d.add(c.header("行政处罚决定书"))
    d.add(B.party(c, p))
    cue, q = c.social("qq")
    d.add(cue, "：", q, "；电子邮箱：", c.email7(r.choice([0, 1, 2, 3])), "\n\n")
    d.f(
        "经查，当事人未取得专利代理师资格证，也未在专利代理机构执业，自{dt}起通过网络招揽业务，以“包授权”为名为他人代理实用新型专利申请，"
        "每件收费{fee}，成本仅{cost}。经调取其电脑中的客户登记表（节选）：\n",
        dt=c.D(c.before(200, 500)),
        fee=TS(f"{r.randint(18, 45)}00元"),
        cost=TS(f"{r.randint(3, 9)}00元"),
    )
    d.add("委托人 | 证件号码 | 电话 | 邮箱\n")
    for _ in range(r.randint(2, 3)):
        x = c.person(age=(25, 60), local=r.random() < 0.6)
        d.add(
            c.N(x), " | ", c.id7p(x, r.choice([0, 1, 2, 8, 10])), " | ", c.mob7p(x), " | ", c.email7(), "\n"
        )
    d.f(
        "委托费用均转入当事人名下",
    )
    d.add(c.card7(r.choice([1, 4, 8])), "及其母亲", c.N(c.relative(p, male=False, age=(48, 70))), "的")
    d.add(c.card7(r.choice([0, 3, 7])), "。\n\n")
    d.add(
        ev(
            c,
            [
                "客户登记表电子数据",
                "收款流水",
                "国家知识产权局专利申请代理信息",
                F("当事人{n}的询问笔录", n=c.N(p)),
            ],
        )
    )
    d.f(
        "本局认为，当事人的行为违反了{l1}，依据{l2}，决定：责令停止违法行为，没收违法所得{a}，并处罚款{m}。\n",
        l1=c.L("《专利代理条例》第九条"),
        l2=c.L("《专利代理条例》第二十七条"),
        a=c.M(r.randint(20, 120) * 100),
        m=c.M(r.choice([30000, 50000, 60000])),
    )
    d.add(B.staff(c))
    return end(c, d, p, pay=True)


# ---------------------------------------------------------------- D04
@structure("D04-veterans-combat-participant-status-recognition", "confirmation", "veterans", "heldout")
def d04(c):
    r = c.rng
    c.set_docno("认", fmt=r.choice([0, 2]))
    p = c.person(age=(60, 75), male=True)
    c.as_target_person(p)
    son = c.relative(p, male=True, age=(30, 45))
    d = Doc()
    d.add(c.header("参战参试退役人员身份认定结论书"))
    d.add(B.party(c, p, label="申请人"))
    d.f("退伍证编号：{z}\n", z=c.veteran_card(p, r.choice([0, 1, 2])))
    d.add("退伍时登记的身份证号：", c.old15(p, r.choice([0, 2, 3])), "\n")
    y = r.randint(1978, 1984)
    d.f(
        "\n申请人于{d1}入伍，服役于原{unit}，{d2}退出现役。申请人提交的档案材料显示，其在服役期间参加了{y}年作战行动，"
        "作战中{inj}，评定为{lvl}。本局经调阅原始入伍登记表（登记号{rg}）及部队证明，并经同战友{f1}、{f2}证明，",
        d1=keep("date", f"{y - r.randint(1, 3)}年{r.randint(1, 12)}月"),
        unit=r.choice(["某步兵团", "某炮兵团", "某工兵营", "某高炮团"]),
        d2=keep("date", f"{y + r.randint(2, 4)}年{r.randint(1, 12)}月"),
        y=str(y),
        inj=H(r.choice(["左小腿被弹片击伤", "右耳鼓膜穿孔", "腰部软组织挫伤"])),
        lvl=H(r.choice(["因战九级伤残", "因战十级伤残", "因战八级伤残"])),
        rg=go("id_number", f"{y - 2}{digits(r, 6, '0123456789')}"),
        f1=c.N(c.person(age=(60, 75), male=True)),
        f2=c.N(c.person(age=(60, 75), male=True)),
    )
    d.add("认定申请人属于参战退役人员。\n申请人委托其子", c.N(son), "（")
    d.add(
        c.id7p(son, r.choice([0, 4, 8, 9, 12])), "，电话", c.mob7p(son), "）代为办理。申请人户籍地", c.AD(p)
    )
    d.add("，户号", c.hh_no(p), "。\n")
    d.f(
        "本局于{d0}受理申请后，经{town}退役军人服务站初审、本局复审，并在申请人户籍所在村（居）公示七个工作日，公示期间无异议。"
        "申请人原所在部队已撤编，其服役情况以档案记载和同战友证明为准。\n",
        d0=c.D(c.before(40, 90)),
        town=r.choice(c.loc.towns),
    )
    d.f(
        "依据{l1}及{l2}，自{d}起按规定享受参战退役人员定期生活补助。\n",
        l1=c.L("《中华人民共和国退役军人保障法》第六十一条"),
        l2=c.L("《退役军人事务部关于参战参试退役人员身份认定工作的指导意见》"),
        d=c.D(c.after(10, 40)),
    )
    return end(c, d, p)


# ---------------------------------------------------------------- D05
@structure("D05-police-exit-entry-document-issuance-refusal", "license", "police", "heldout")
def d05(c):
    r = c.rng
    c.set_docno("不予签", fmt=0)
    p = c.person(age=(25, 60))
    c.as_target_person(p)
    d = Doc()
    d.add(c.header("不予批准出入境证件申请决定书"))
    d.add(B.party(c, p, label="申请人"))
    kinds = r.sample(["cnp", "hkmo", "tw"], 2)
    d.f("\n申请人于{dt}向本局出入境管理大队申请签发", dt=c.D(c.before(5, 20)))
    for i, k in enumerate(kinds):
        cue, pp = c.travel7(k)
        d.add("、" if i else "", cue.replace("号码", ""), "（原证号", pp, "）")
    d.add("。经审查，")
    if r.random() < 0.5:
        d.f(
            "申请人系{ct}作出的{cc}民事判决的被执行人，该院以{ec}执行案件通知本局限制其出境，",
            ct=c.CT(),
            cc=c.court_case("civil"),
            ec=c.court_case("exec"),
        )
    else:
        d.f(
            "申请人因{cr}被{ct}以{cc}刑事判决判处有期徒刑，现处于缓刑考验期内，",
            cr=go(
                "criminal_record", r.choice(["危险驾驶罪", "帮助信息网络犯罪活动罪", "掩饰、隐瞒犯罪所得罪"])
            ),
            ct=c.CT(),
            cc=c.court_case("criminal"),
        )
    d.add("属于法律规定不准出境的情形。\n")
    d.f(
        "申请人提交了居民身份证、户口簿（户号{hh}）、近期照片及原证件，并在申请表中填写了紧急联系人{ec}（电话",
        hh=c.hh_no(p),
        ec=c.N(ec := c.relative(p, male=r.random() < 0.5, age=(25, 70))),
    )
    d.add(
        c.mob7p(ec),
        "）。本局于",
        c.D(c.before(1, 4)),
        "通过出入境管理信息系统核查，确认上述不准出境情形仍然存在。该情形消除后，申请人可重新提出申请。\n",
    )
    d.f(
        "依据{l1}、{l2}之规定，本局决定不予签发上述证件。\n申请人预留联系电话",
        l1=c.L("《中华人民共和国出境入境管理法》第十二条"),
        l2=c.L("《中华人民共和国护照法》第十四条"),
    )
    d.add(B.phone(c, p), "，电子邮箱", c.email7(), "。\n")
    d.f("承办人：{a}（警号{b}）；审批人：{e}（警号{f}）。\n", a=c.ON(0), b=c.OC(0), e=c.ON(1), f=c.OC(1))
    return end(c, d, p, k=2)


# ---------------------------------------------------------------- D06
@structure("D06-medins-fraud-report-reward-decision", "other", "medins", "heldout")
def d06(c):
    r = c.rng
    c.set_docno("奖")
    p = c.person(age=(25, 65))
    c.as_target_person(p)
    h = c.company("医院", suffix="有限公司")
    d = Doc()
    d.add(c.header("举报奖励决定书"))
    d.add(B.party(c, p, label="举报人", with_addr=r.random() < 0.5))
    d.f(
        "\n举报人于{dt}通过{hl}举报{co}（统一社会信用代码{cc}，法定代表人{rep}）诱导参保人虚假住院。经本局核查，该院存在挂床住院、虚记诊疗项目等问题，"
        "涉及参保人{p1}（住院号{a1}）、{p2}（病案号{a2}）等，造成医保基金损失{loss}，本局已依法追回并作出处罚。\n",
        dt=c.D(c.before(150, 300)),
        hl=B.hot(c, r.choice(["12393", "12345"])),
        co=c.CO(h),
        cc=c.CC(h),
        rep=c.REP(h),
        p1=c.N(c.person(age=(60, 85))),
        a1=c.adm_no(r.choice(["zy", "plain"])),
        p2=c.N(c.person(age=(60, 85))),
        a2=c.adm_no("ba"),
        loss=c.M(r.randint(20, 200) * 1000),
    )
    d.f(
        "本局于{d0}受理举报后，会同{ph}对该院{yr}年度住院病历开展专项检查，抽查病历{k}份，夜间查房{n}次，调取了医院信息系统数据和参保人结算清单。"
        "举报人提供的线索与查实的违法事实相符，对案件查处起到了关键作用，属于奖励范围。奖励金额按查实金额的一定比例计算，并经本局集体研究决定。\n",
        d0=c.D(c.before(120, 140)),
        ph=keep("agency", f"{c.loc.pname}卫生健康局"),
        yr=str(c.date.year - 1),
        k=str(r.randint(60, 300)),
        n=cn_small(r.randint(2, 5)),
    )
    c.ext_keep(f"{c.loc.pname}卫生健康局")
    d.f(
        "依据{l}，决定给予举报人奖励{m}。奖金将发放至举报人指定账户：",
        l=c.L("《违法违规使用医疗保障基金举报奖励办法》第十条"),
        m=c.M(r.choice([2000, 5000, 8000, 10000])),
    )
    d.add(c.card7(r.choice([0, 1, 6, 9])), "，户名", c.N(p), "。举报人身份信息：")
    d.add(c.id7p(p, r.choice([0, 1, 2, 6, 7, 10])), "。本局将对举报人信息严格保密。\n")
    d.f(
        "举报人应当自本决定送达之日起九十日内，持本人有效身份证件到本局{room}办理领奖手续；委托他人代领的，应当提交经公证的授权委托书。"
        "逾期未领取的，视为自动放弃。奖励资金由{fin}列支，个人所得税依法代扣代缴。\n",
        room=r.choice(["基金监管科", "办公室", "政务服务窗口"]),
        fin=keep("fiscal_account", c.ag.fiscal_name),
    )
    return end(c, d, p, rights=False, k=2)


# ---------------------------------------------------------------- D07
@structure(
    "D07-resources-sea-area-aquaculture-use-right-dispute-ruling",
    "ruling",
    "gov",
    "heldout",
    locs=["ZS", "PL", "TS"],
)
def d07(c):
    r = c.rng
    c.set_docno("裁")
    a = c.person(age=(35, 70))
    b = c.person(age=(35, 70))
    c.as_target_person(a)
    d = Doc()
    d.add(c.header("海域使用权争议处理决定书"))
    d.add(B.party(c, a, label="申请人"))
    d.add(B.party(c, b, label="被申请人", with_phone=r.random() < 0.5))
    d.f(
        "\n申请人持有海域使用权证书（证号{z}），在{sea}从事{k}养殖；被申请人的养殖渔排与申请人海域相邻，其渔船{boat}（MMSI{mm}）长期停靠于申请人确权海域内。"
        "{dt}，双方因海域界址发生争议，经{town}调解未果。\n",
        z=go(
            "id_number", f"{c.date.year - r.randint(2, 8)}{c.loc.regions[0][:4]}{digits(r, 5, '0123456789')}"
        ),
        sea=r.choice(["六横岛西侧", "朱家尖南沙", "桃花岛东", "刘家沟外海", "北沟湾", "川岛海域", "广海湾"]),
        k=r.choice(["贻贝", "海带", "大黄鱼网箱", "牡蛎"]),
        boat=c.boat(),
        mm=c.mmsi(),
        dt=c.D(c.before(100, 300)),
        town=r.choice(c.loc.towns) + "人民政府",
    )
    d.f(
        "申请人请求：确认争议海域使用权归申请人所有，责令被申请人移除渔排。被申请人答辩称：其自{y}年起即在该海域养殖，申请人确权时未通知其到场指界，请求驳回申请人的请求。"
        "本府于{dt}组织双方进行了调解，被申请人之子{son}（电话",
        y=str(c.date.year - r.randint(12, 25)),
        dt=c.D(c.before(30, 60)),
        son=c.N(son := c.relative(b, male=True, age=(25, 45))),
    )
    d.add(c.mob7p(son), "）作为委托代理人到场，调解未成。\n")
    d.f(
        "本府委托海域测量机构复测界址点，测量结果显示被申请人渔排超出其确权范围约{w}亩。被申请人另称该海域原由其父亲{f}（已故）使用，但未能提供权属证明。\n",
        w=str(r.randint(2, 18)),
        f=c.N(c.relative(b, male=True, age=(65, 90))),
    )
    d.f(
        "依据{l1}及{l2}，决定：一、争议海域使用权归申请人；二、被申请人于{dl}前将渔排移出申请人确权海域。\n",
        l1=c.L("《中华人民共和国海域使用管理法》第三十一条"),
        l2=c.L(f"《{c.loc.prov}海域使用管理条例》第二十五条"),
        dl=c.D(c.after(30, 60)),
    )
    return end(c, d, None)


# ---------------------------------------------------------------- D08
@structure("D08-civdef-shelter-peacetime-use-inspection-result", "inspection", "civdef", "heldout")
def d08(c):
    r = c.rng
    c.set_docno("检")
    co = c.company(r.choice(["商业管理", "停车管理"]))
    c.as_target_company(co)
    d = Doc()
    d.add(c.header("人防工程平时使用监督检查结果告知书"))
    d.add(B.company_block(c, co, kind="被检查单位"))
    d.f(
        "\n{dt}，{a}、{b}（执法证号{ac}、{bc}）对你单位管理的{est}地下人防工程进行了监督检查，检查依据{std}。检查结果如下：\n"
        "一、防护密闭门{k}樘处于开启状态且门框被杂物堵塞；\n二、{n}个车位被个人长期租用并加装地锁、储物柜，租用人信息如下：\n",
        dt=c.D(c.before(5, 20)),
        a=c.ON(0),
        b=c.ON(1),
        ac=c.OC(0),
        bc=c.OC(1),
        est=r.choice(c.loc.estates),
        std=c.STD(
            r.choice(
                [
                    "GB 50038-2005《人民防空地下室设计规范》",
                    "RFJ 01-2015《人民防空工程防护功能平战转换设计标准》",
                ]
            )
        ),
        k=cn_small(r.randint(2, 4)),
        n=cn_small(3),
    )
    for _ in range(3):
        x = c.person(age=(25, 70))
        d.add("· ", c.N(x), "　", c.plate7(), "　", c.mob7p(x), "\n")
    d.add("三、通风设备未按规定维护，无维护记录。\n")
    d.f(
        "四、工程内设置的临时用电线路未穿管保护，配电箱未上锁；五、未制定平战转换预案，未明确战时功能转换责任人。"
        "检查时你单位现场负责人{m}（电话",
        m=c.N(mgr := c.person(age=(28, 55))),
    )
    d.add(c.mob7p(mgr), "）在场并签字确认。检查结论：该工程平时使用不符合要求，需限期整改。\n")
    d.add(
        "整改期间，你单位不得新增出租车位，已加装的地锁、储物柜应当拆除，防护密闭门、密闭通道应当保持完好并处于可随时关闭状态。整改完成后，本办将组织复查。\n"
    )
    d.f(
        "请你单位依据{l}，于{dl}前完成整改，并将整改报告报送本办。逾期未整改的，本办将依法处理。\n",
        l=c.L("《人民防空工程平时开发利用管理办法》第十二条"),
        dl=c.D(c.after(20, 40)),
    )
    return end(c, d, None, rights=False, k=2)


# ---------------------------------------------------------------- D09
@structure("D09-fire-three-in-one-workshop-dormitory-temporary-seal-up", "coercion", "fire", "heldout")
def d09(c):
    r = c.rng
    c.set_docno("封", fmt=0)
    op = c.person(age=(30, 55))
    shop = f"{c.loc.short}{r.choice(['鑫达', '华艺', '顺发', '巧手'])}{r.choice(['服装加工厂', '家具作坊', '电动车维修部'])}"
    code = make_uscc(r, c.loc.regions[0], "92")
    c.names.append(shop)
    c.as_target_shop(shop, op, code)
    d = Doc()
    d.add(c.header("临时查封决定书"))
    d.f(
        "被查封单位：{s}\n统一社会信用代码：{cc}\n经营者：{n}，身份证号",
        s=keep("company", shop),
        cc=keep("credit_code", code),
        n=c.N(op),
    )
    d.add(c.id7p(op), "，联系电话", c.phones_cell(op), "\n\n")
    d.f(
        "{dt}，本大队对你单位进行消防监督检查，发现生产加工区与员工住宿区设置在同一建筑内，未进行防火分隔，一楼疏散通道被堆放的布料堵塞，"
        "现场有{k}名员工在二楼住宿。经现场登记，住宿人员包括：",
        dt=c.D(c.before(0, 3)),
        k=str(r.randint(3, 9)),
    )
    for i in range(3):
        x = c.person(age=(18, 55), local=r.random() < 0.4)
        d.add("、" if i else "", c.N(x), "（", c.id7p(x, r.choice([0, 1, 2, 6, 13])), "）")
    d.add("等。\n")
    d.f(
        "上述情形严重威胁公共安全，依据{l1}和{l2}，本大队决定自{d1}起对你单位二楼住宿区予以临时查封，期限{n}日。\n",
        l1=c.L("《中华人民共和国消防法》第五十四条"),
        l2=c.L("《消防监督检查规定》第二十二条"),
        d1=c.D(c.date),
        n=r.choice(["三十", "二十"]),
    )
    d.f(
        "查封范围：{s}所在建筑二楼住宿区全部房间及通往住宿区的楼梯间。查封期间，被查封单位应当立即组织住宿人员搬离，并采取措施消除火灾隐患。"
        "隐患消除后，被查封单位可向本大队申请解除临时查封，本大队将在收到申请之日起三个工作日内进行检查，作出是否同意解除的决定。"
        "擅自拆封或者使用被查封场所的，本大队将依法处理。\n",
        s=keep("company", shop),
    )
    d.add(B.staff(c))
    return end(c, d, op)


# ---------------------------------------------------------------- D10
@structure("D10-police-newborn-household-registration-confirmation", "confirmation", "police", "heldout")
def d10(c):
    r = c.rng
    c.set_docno("户", fmt=r.choice([0, 2]))
    mo = c.person(age=(22, 38), male=False)
    fa = c.person(age=(24, 42), male=True)
    kid = c.child(fa, age=(0, 2))
    c.as_target_person(kid)
    c.fields["phone"] = mo.mobile
    d = Doc()
    d.add(c.header("出生登记审核确认书"))
    d.f("申报人（母亲）：{m}　身份证号：", m=go("guardian_name", mo.name))
    d.add(
        c.id7p(mo),
        "\n父亲：",
        go("guardian_name", fa.name),
        "　身份证号：",
        c.id7p(fa, r.choice([0, 2, 8, 12, 13])),
        "\n",
    )
    d.add("联系电话：", B.phone(c, mo), "\n\n")
    hosp = c.hospital()
    d.f(
        "申报人于{dt}申请为其子女{k}办理出生登记。经审核，{k}于{bd}出生于{h}（母亲住院号{adm}），出生医学证明编号{bm}。"
        "因父母未办理结婚登记，申报人提交了亲子鉴定意见书（鉴定结论：{fa}与{k}存在亲生血缘关系）。\n",
        dt=c.D(c.before(5, 30)),
        k=go("minor_name", kid.name),
        bd=c.BD(kid, r.choice([0, 1])),
        h=hosp,
        adm=c.adm_no(r.choice(["zy", "ba"])),
        bm=go("id_number", r.choice("MNOPQ") + str(kid.birth.year)[2:] + digits(r, 7, "0123456789")),
        fa=go("guardian_name", fa.name),
    )
    d.f(
        "依据{l1}及{l2}，准予{k}随父落户，登记在户主{f}名下（户号",
        l1=c.L("《中华人民共和国户口登记条例》第七条"),
        l2=c.L(f"《{c.loc.prov}户口登记管理规定》"),
        k=go("minor_name", kid.name),
        f=go("guardian_name", fa.name),
    )
    d.add(c.hh_no(fa), "），公民身份号码", c.ID(kid, 0), "，户籍地址", c.AD(kid), "。\n")
    d.add(
        "申报人应当自本确认书送达之日起三十日内，持户口簿到户籍窗口办理入户手续，并为新生儿申领居民身份证（十六周岁以下可自愿申领）。申报材料如有虚假，本所将依法撤销户口登记并追究相关人员责任。\n"
    )
    d.f(
        "申报人提交的材料有：出生医学证明、父母双方居民身份证及户口簿、亲子鉴定意见书（{lab}出具，编号{jd}）、非婚生育情况说明。"
        "本所于{dt}受理后，经所长审核、{ag}户政管理部门复核，认为材料齐全、符合规定。\n",
        lab=keep("company", f"{c.loc.city[:-1]}{r.choice(['明鉴', '正源', '公信'])}司法鉴定所"),
        jd=keep("doc_no", f"{c.loc.short}司鉴所〔{c.date.year}〕物鉴字第{r.randint(100, 999)}号"),
        dt=c.D(c.before(3, 10)),
        ag=keep("agency", c.ag.name),
    )
    c.names.append(f"{c.loc.city[:-1]}司法鉴定所")
    d.f("经办民警：{a}（警号{b}）\n", a=c.ON(0), b=c.OC(0))
    return end(c, d, None)


# ---------------------------------------------------------------- D11
@structure(
    "D11-police-traffic-crossborder-hk-macau-vehicle-penalty",
    "penalty",
    "police",
    "heldout",
    locs=["TS", "HJ", "ZS", "PL"],
)
def d11(c):
    r = c.rng
    c.set_docno("罚")
    p = c.person(kind="han3", age=(30, 60))
    p.id18 = None
    c.target_type, c.target_name = "natural_person", p.name
    c.fields.update(phone=p.mobile)
    d = Doc()
    d.add(c.header("公安交通管理行政处罚决定书"))
    cue1, hkid = c.travel7(r.choice(["hkid", "moid"]))
    cue2, perm = c.travel7(r.choice(["hkres", "old_hx"]))
    d.f("被处罚人：{n}　　{c1}：", n=c.N(p), c1=cue1)
    d.add(hkid, "\n", cue2, "：", perm, "\n")
    d.add(
        "内地联系电话：",
        c.mob7p(p),
        "　香港电话：",
        go("phone", f"+852 {digits(r, 4, '569')} {digits(r, 4, '0123456789')}"),
        "\n",
    )
    d.f("机动车驾驶证档案编号：{dl}\n\n", dl=c.dl_no(None, 0))
    hk = c.plate7(r.choice(["hk", "mo"]))
    d.f(
        "{dt}{hh}时许，被处罚人驾驶{pl}（香港号牌{hp}）小型客车，在{road}实施不按规定车道行驶、超速百分之二十以上的违法行为，"
        "车载同行人员{q}（",
        dt=c.D(c.before(5, 30)),
        hh=str(r.randint(6, 23)),
        pl=hk,
        hp=go("plate", f"{r.choice(['AB', 'KT', 'NR', 'UV'])}{digits(r, 4, '0123456789')}"),
        road=r.choice(c.loc.roads),
        q=c.N(q := c.person(age=(20, 60))),
    )
    d.add(c.id7p(q, r.choice([0, 3, 8, 12])), "）。\n")
    d.add(c.procedure(notice="告", hearing=False, start=c.before(20, 40)))
    d.f(
        "以上事实有{ev}等证据证实。依据{l1}、{l2}，决定对被处罚人处罚款{m}，记{pt}分。\n",
        ev="电子监控抓拍记录、车辆及驾驶人信息",
        l1=c.L("《中华人民共和国道路交通安全法》第九十九条第一款第（四）项"),
        l2=c.L("《中华人民共和国道路交通安全法实施条例》第四十四条"),
        m=c.M(r.choice([200, 500, 1000])),
        pt=r.choice(["6", "3"]),
    )
    d.f("处罚地点：{a}　民警：{o}（警号{oc}）\n", a=keep("agency", c.ag.name), o=c.ON(0), oc=c.OC(0))
    return end(c, d, None, pay=True)


# ---------------------------------------------------------------- D12
@structure("D12-labour-employer-retaining-workers-id-cards-penalty", "penalty", "labour", "heldout")
def d12(c):
    r = c.rng
    c.set_docno("罚")
    co = c.company(r.choice(["电子科技", "食品加工", "鞋业"]))
    c.as_target_company(co)
    d = Doc()
    d.add(c.header("劳动保障监察行政处罚决定书"))
    d.add(B.company_block(c, co, kind="被处罚单位"))
    n = r.randint(3, 4)
    d.f(
        "\n经查，被处罚单位在招用劳动者时，以“防止员工跳槽”为由，扣押{k}名劳动者的居民身份证原件，并以工资卡集中保管的方式控制其工资发放。"
        "现场查获的身份证登记表（Excel导出）：\n工号,姓名,身份证号,工资卡号,月工资\n",
        k=str(n + r.randint(5, 30)),
    )
    for _ in range(n):
        x = c.person(age=(18, 50), local=r.random() < 0.3)
        card = c.card7(r.choice([0, 2, 5, 7]))
        d.add(
            c.emp_no(),
            ",",
            c.N(x),
            ",",
            c.id7p(x, r.choice([0, 0, 7, 10, 11, 13])),
            ",",
            card[1:],
            ",",
            W(f"{r.randint(38, 76)}00"),
            "\n",
        )
    d.f(
        "被处罚单位人事专员{hr}（电话",
        hr=c.N(hr := c.person(age=(23, 40))),
    )
    d.add(c.mob7p(hr), "）承认上述事实。\n\n")
    d.add(
        ev(
            c,
            ["身份证登记表", "劳动者投诉材料", "现场检查笔录", F("法定代表人{rep}的询问笔录", rep=c.REP(co))],
        )
    )
    d.f(
        "本局认为，被处罚单位违反了{l1}，依据{l2}，责令立即退还劳动者本人身份证件，并按每人{per}的标准处以罚款，共计{m}。\n",
        l1=c.L("《中华人民共和国劳动合同法》第九条"),
        l2=c.L("《中华人民共和国劳动合同法》第八十四条第一款"),
        per=c.M(r.choice([500, 1000])),
        m=c.M(r.choice([10000, 20000, 30000])),
    )
    d.add(B.staff(c))
    return end(c, d, None, pay=True)


# ---------------------------------------------------------------- D13
@structure("D13-sports-marathon-bib-substitution-runner-sanction", "other", "sports", "heldout")
def d13(c):
    r = c.rng
    c.set_docno("处")
    p = c.person(age=(22, 55))
    sub = c.person(age=(20, 40))
    c.as_target_person(p)
    race = f"{c.date.year}{c.loc.short}{r.choice(['国际马拉松赛', '半程马拉松赛', '山地马拉松赛'])}"
    d = Doc()
    d.add(c.header("赛事违规处理决定书"))
    d.add(B.party(c, p, label="被处理人"))
    d.f(
        "\n{race}由{gov}主办、{ag}承办，于{dt}举行，参赛选手须本人实名报名并完成人脸识别检录。赛事竞赛规程明确规定，转让、冒用参赛号码的，取消成绩并视情节给予禁赛处理。\n",
        race=race,
        gov=keep("agency", f"{c.loc.pname}人民政府"),
        ag=keep("agency", c.ag.name),
        dt=c.D(c.before(20, 60)),
    )
    c.ext_keep(f"{c.loc.pname}人民政府")
    d.f(
        "经查，被处理人报名参加{race}全程项目（参赛号码{bib}），赛前将号码布及计时芯片交由{s}（身份证号",
        race=race,
        bib=r.choice("ABCD") + str(r.randint(1000, 9999)),
        s=c.N(sub),
    )
    d.add(c.id7p(sub, r.choice([0, 1, 2, 4, 5])), "，手机", c.mob7p(sub), "）代跑，代跑成绩")
    d.f(
        "{t}。赛后被处理人以该成绩申请{lv}等级认证。经比对赛道监控和检录人脸识别记录，确认存在替跑行为。"
        "被处理人在赛前体检表中填报的{hx}亦与其就诊记录不符。替跑费用{fee}通过被处理人支付宝（",
        t=r.choice(["2小时58分", "3小时05分", "2小时49分"]),
        lv=r.choice(["一级运动员", "二级运动员"]),
        hx=H(r.choice(["无心脏病史", "血压正常"])),
        fee=W(f"{r.randint(5, 20)}00元"),
    )
    d.add(c.social("zfb")[1], "）转给代跑人。\n\n")
    d.f(
        "依据{l1}及{l2}，经赛事组委会商本局同意，决定：一、取消被处理人本次比赛成绩；二、对被处理人和代跑人{s}给予禁赛{y}年的处理；"
        "三、不予受理被处理人本次运动员等级申请。\n",
        l1=c.L("《中华人民共和国体育法》第一百一十六条"),
        l2=c.L("《中国田径协会路跑赛事管理办法》"),
        s=c.N(sub),
        y=r.choice(["一", "两"]),
    )
    return end(c, d, p)
