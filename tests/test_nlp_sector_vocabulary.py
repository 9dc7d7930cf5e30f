"""Sector vocabulary: fields that policy names as its object are Sectors (造船强国, 游戏、动漫, 软件产业),
while the same words in statistics, achievements, idioms and designations are not (DECISIONS.md).

Rows are sentences from real pages (the audit6 pages, seed 001 without its spinning, older audit pages),
cut to the passage that matters.
"""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article


def extract(text: str):
    return extract_article(Article("t.txt", "t.txt", text))


def sectors_of(text: str) -> set[str]:
    return {label for label, kind in extract(text).entity_types.items() if kind == "Sector"}


@pytest.mark.parametrize(
    "text,expected",
    [
        (  # after a summary of achievements, the next step is policy again
            "近年来,国防科技工业加速推进军民融合深度发展,取得了显著成效。下一步,要推动核能、航天对外合作不断拓展。",
            {"核能", "航天"},
        ),
        (  # p42 (2010 软博会): digital-content fields a minister says are to be supported
            "李毅中表示,要支持游戏、动漫和数字娱乐等关键技术的研发和产业化。",
            {"游戏", "动漫", "数字娱乐"},
        ),
        (  # p18 (2003 张云川): targets of the defence-industry civil goals
            "中国国防科学技术工业委员会主任张云川称,中国国防科技工业各行业民品发展都将实现较大跨越,到二0二0年,"
            "跻身世界核电大国行列、载人航天和深空探测技术等进一步发展、成为航空制造大国和造船强国。",
            {"核电", "载人航天", "深空探测", "航空", "造船"},
        ),
        (  # p18, in Traditional script as the page has it
            "這些目標具體包括:到二0二0年,形成與核電產業相適應的具有較強國際競爭力的核燃料工業體系。",
            {"核电", "核燃料"},
        ),
        (  # p21 (2003 王旭东): 第三代移动通信 is 3G, not a bare 移动通信
            "二是信息技术推陈出新,第三代移动通信、数字电视、下一代网络产品将成为新的经济增长点。",
            {"3G", "数字电视", "下一代网络"},
        ),
        (  # a 2009 MIIT briefing: the kinds of digital TV are fields of their own
            "数字电视推广工程将在地面数字电视、有线数字电视等领域加快推广。",
            {"地面数字电视", "有线数字电视"},
        ),
        (  # p44: a county's list of industrial chains
            "会议强调,全力打造食品、新一代信息技术、金属制品、家电、石化新材料等5条超500亿产业链。",
            {"食品", "新一代信息技术", "金属制品", "家电"},
        ),
        (  # 有色 is the short form of 有色金属 in lists; 有色冶金 is a field of its own; consumer-goods industries
            "要改造提升化工、有色、钢铁、纺织等传统产业,发展有色冶金,发挥好家居、塑料、造纸等超万亿行业的作用。",
            {"有色金属", "有色冶金", "家居", "塑料", "造纸"},
        ),
    ],
)
def test_policy_objects_are_sectors(text: str, expected: set[str]) -> None:
    assert expected <= sectors_of(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        # Statistics and achievements only (DECISIONS.md: 移动通信, 载人航天 are out there)
        ("2023年,我国造船完工量4232万载重吨,同比增长11.8%。", {"造船"}),
        (  # seed 001: achievements of the past ten years
            "载人航天、探月探火、深海深地探测等领域捷报频传,C919飞机实现全球首架交付,"
            "首台国产F级50兆瓦重型燃气轮机点火成功,“华龙一号”核电机组并网运行。",
            {"载人航天"},
        ),
        (  # seed 001: the mobile network built
            "我国移动通信实现了2G跟随、3G突破,4G同步、5G引领的跨越发展,建成了全球规模最大、技术领先的移动通信网络。",
            {"移动通信"},
        ),
        # Idioms, activities and companies that hold a field word
        ("上网看电影、看直播、玩游戏,很少有人有一天都不上网的时候。", {"游戏"}),  # audit2 q07
        ("中美经贸合作不是零和游戏,而是互利共赢。", {"游戏"}),
        ("中国移动通信集团有限公司董事长出席会议。", {"移动通信"}),
    ],
)
def test_statistics_and_non_fields_are_not_sectors(text: str, absent: set[str]) -> None:
    assert not absent & sectors_of(text)


def test_mobile_communications_in_a_field_list() -> None:  # p07 (2019 王新哲)
    text = "王新哲指出,以人工智能、移动通信、工业互联网、量子信息、区块链等为代表的新一代信息技术加速突破应用。"
    assert "移动通信" in sectors_of(text)


# 软件: the field under the gold label (软件产业, 软件行业 and a policy's 软件业 all name it), kept out of
# statistics by the statistics filter and by the indicator names in not_entities.tsv.
@pytest.mark.parametrize(
    "text,expected",
    [
        (  # p42 (2010 软博会): 软件产业 as the object of 做大做强
            "工业和信息化部部长李毅中表示,要抓好技术进步和自主创新,做大做强软件产业。",
            {"软件"},
        ),
        (  # p40 (2008): 软件行业 joined to a known field by 和
            "工业和信息化部副部长娄勤俭说,我国将着力推动集成电路和软件行业的发展。",
            {"集成电路", "软件"},
        ),
        ("李毅中:抓好技术进步自主创新做大做强软件业", {"软件"}),  # p42 headline: a policy's 软件业
        (  # q13: a field defined, then promoted
            "软件产业是国家基础性、先导性、战略性产业。工业和信息化部将推动软件产业发展。",
            {"软件"},
        ),
        ("支持游戏、动漫和数字娱乐等关键技术的研发和产业化,用软件业拉动消费。", {"软件", "游戏"}),  # p42
    ],
)
def test_software_as_a_policy_object(text: str, expected: set[str]) -> None:
    assert expected <= sectors_of(text)


def test_software_is_discussed_by_its_speaker() -> None:
    doc = extract("工业和信息化部部长李毅中表示,要抓好技术进步和自主创新,做大做强软件产业。")
    assert ("李毅中", "discusses", "软件") in {(r.s, r.p, r.o) for r in doc.relations}


@pytest.mark.parametrize(
    "text",
    [
        "软件业务收入增长15%。",
        "去年我国软件业务收入突破了10万亿元,同比增长了11.2%。",  # p41
        "2022年软件业收入超过了10万亿元,工业互联网全面融入了45个国民经济大类。",  # seed 001
        "前三季度,中国电子信息制造业增加值同比增长18%,软件产业业务收入增长30.3%。",  # audit5 n14
        "聚力推进工业知识软件化,研发一批基础工业软件和核心工艺包。",  # seed 001: a process
        "高标准建设特色软件学院,创建一批中国软件名园。",  # seed 001: a school and a designation
        "务实创建中国软件名城,加快产业集聚、创新发展。",  # p42: a designation
        "推动首台(套)装备、首批次材料、首版次软件示范应用。",  # seed 004: a support category
    ],
)
def test_software_in_statistics_and_designations_is_no_sector(text: str) -> None:
    assert "软件" not in sectors_of(text)


def test_statistics_filter_drops_the_worlds_largest_network() -> None:  # seed 001
    text = "十年来，我国移动通信实现了从3G突破到5G引领的跨越发展，建成了全球规模最大的移动通信网络。"
    assert "移动通信" not in sectors_of(text)


def test_a_generations_gloss_is_no_field_of_its_own() -> None:  # 6G（第6代行动通讯）, Taiwan vocabulary
    text = "李乐成表示，将聚焦量子科技、人形机器人、6G（第6代行動通訊）等领域加强技术攻关。"
    assert "移动通信" not in sectors_of(text) and "6G" in sectors_of(text)


@pytest.mark.parametrize(
    "text,absent",
    [
        ("田玉龙曾任国家航天局秘书长等职，长期从事国防科技工业和航天领域的管理工作，参与组织了高分辨率对地观测系统重大专项的实施。",
         {"国防科技工业", "航天"}),
        ("刘烈宏简历。刘烈宏长期在电子信息行业工作。", {"电子信息"}),
    ],
    ids=["career-naming-a-programme", "long-worked-in"],
)
def test_a_career_names_no_field(text, absent):
    assert not absent & sectors_of(text)


@pytest.mark.parametrize(
    "text,fields",
    [
        ("李荣融表示，要把重大技术装备国产化作为重点，围绕发电设备、石化装备、城市轨道交通装备、数控机床等组织研制攻关。",
         {"发电设备", "石化装备", "城市轨道交通装备", "数控机床"}),
        ("李毅中表示，要加快TD-SCDMA产业化，推动3G网络建设。", {"TD-SCDMA", "3G"}),
        ("苏波表示，要重点突破精密减速器、伺服电机、控制器等关键零部件。", {"精密减速器", "伺服电机"}),
        ("产业基础提升行动聚焦高性能减速器、高性能伺服驱动系统等基础零部件。", {"高性能减速器", "高性能伺服驱动系统"}),
    ],
    ids=["major-equipment-2003", "td-scdma", "robot-core-parts", "robot-core-parts-high-performance"],
)
def test_equipment_and_standards_named_as_fields(text, fields):
    assert fields <= sectors_of(text)


def test_old_planning_commission_is_a_body():
    doc = extract_article(Article("t.txt", "t.txt", "国家经贸委将会同国家发展计划委员会修订《当前国家重点鼓励发展的产业、产品和技术目录》。"))
    assert doc.entity_types.get("国家发展计划委员会") == "Organization"


@pytest.mark.parametrize(
    "text,absent",
    [
        ("赵志国介绍,从行业看,通用设备、汽车、化纤行业生产由前两个月同比下降转为增长,有色金属、建材等行业增速较前两个月加快。",
         {"汽车", "化纤", "有色金属", "建材"}),
        ("赵志国介绍,前三季度规上工业增加值同比增长5.8%。电子、有色、化工、汽车四个行业对工业生产增长的贡献率接近一半。",
         {"化工", "汽车"}),
        ("他指出,党的十八大以来,国防科技工业在核、航天、航空、船舶等领域取得显著的发展成就,为国防建设做出了重要贡献。",
         {"航天", "航空", "船舶"}),
        ("工业和信息化部部长李毅中说,今年前两个月,汽车产量同比下降1.7%。", {"汽车"}),
        ("孙简介绍,党的十八大以来,吉林省统筹推进工业稳增长、调结构、促转型,汽车、石化等传统支柱产业内生动力不断增强,"
         "卫星及通用航空等新兴产业蓬勃发展。", {"汽车", "石化", "通用航空"}),
        # the achievements a sentence sums up (…取得了显著成效。), listed in the next
        ("许达哲在开幕式致辞中指出,近年来,国防科技工业加速推进军民融合深度发展,取得了显著成效。军工行业实现了战略性转变;"
         "核能、航天、航空、船舶对外合作不断拓展;一系列政策措施陆续出台。", {"核能", "航天", "航空", "船舶"}),
    ],
    ids=["growth-rates-speeding-up", "contribution-share", "achievement-with-zhongyao", "this-year-so-far",
         "fields-that-grew-since", "achievements-after-their-summary"],
)
def test_statistics_and_achievements_name_no_field(text, absent):
    assert not absent & sectors_of(text)


def test_a_field_to_grow_is_policy_even_after_a_look_back():
    # the clause says what is to come (要…不断壮大), so its field is policy
    assert "通用航空" in sectors_of("孙简表示,党的十八大以来成效明显,下一步要推动通用航空产业不断壮大。")


def test_a_target_year_is_policy_not_statistics():
    text = "三是绿色制造工程。在钢铁、有色金属、化工、建材等行业全面推行清洁生产，到2020年重点行业主要污染物排放强度下降20%。"
    assert {"钢铁", "有色金属", "化工", "建材"} <= sectors_of(text)


@pytest.mark.parametrize(
    "text,fields",
    [("李乐成表示,要全力推进脑机接口、自动驾驶汽车、机器人的攻关。", {"脑机接口", "自动驾驶汽车", "机器人"}),
     ("王儒林说,电信业是国民经济的基础性、先导性和战略性产业。", {"电信业"})],
    ids=["autonomous-vehicles-whole", "telecom-industry"],
)
def test_vehicle_and_telecom_fields(text, fields):
    assert sectors_of(text) == fields


@pytest.mark.parametrize(
    "text,expected",
    [
        ("要发挥包头的基础优势,重点发展重型汽车、煤机装备、风电装备和铁路车辆。", {"重型汽车", "煤机装备", "风电装备", "铁路车辆"}),
        ("稳步推进煤制油、煤制天然气和煤制烯烃项目。", {"煤制油", "煤制天然气", "煤制烯烃"}),
        ("将淘汰电石、铁合金、焦炭等行业落后产能。", {"电石", "铁合金", "焦炭"}),
        ("要重点发展精细化工和化工新材料,推动专用汽车发展。", {"精细化工", "化工新材料", "专用汽车"}),
        ("重点抓好高速动车组、大型农业机械和数控机床的国产化。", {"高速动车组", "大型农业机械", "数控机床"}),
    ],
    ids=["heavy-industry", "coal-chemicals", "backward-capacity", "chemical-materials", "equipment"],
)
def test_nlp_fields_of_regional_industrial_policy(text, expected):
    assert expected <= sectors_of(text)
    assert "先进石化化工新材料" not in sectors_of(text)  # near-synonyms are not merged


@pytest.mark.parametrize(
    "text,expected",
    [
        ("金壮龙表示，大力支持发展智能农业机械、智能医疗器械。", {"智能农业机械", "智能医疗器械"}),
        ("推动智能芯片软硬协同发展。", {"智能芯片"}),
        ("积极参与古巴可再生能源、电子电器、农业机械、冶金化工等领域项目合作。", {"可再生能源", "电子电器", "农业机械", "冶金化工"}),
        ("重点在纺织、皮革、农机和电力装备等领域深化合作。", {"纺织", "皮革", "农机", "电力装备"}),
        ("支撑陕西能源化工、装备制造等特色优势产业。", {"能源化工"}),
        # a product head after a known field (the 2011 电子信息司 工作要点, a 1997 机械工业 meeting)
        ("推进云计算服务器、北斗卫星导航终端研发。", {"云计算服务器", "北斗卫星导航终端"}),
        ("要加快发展核电设备和新型显示器件。", {"核电设备", "新型显示器件"}),
    ],
    ids=["intelligent-machinery", "intelligent-chips", "agricultural-machinery-as-written", "short-form-as-written",
         "energy-chemicals", "servers-and-terminals", "equipment-and-devices"],
)
def test_nlp_fields_are_named_as_written(text, expected):
    assert sectors_of(text) == expected


@pytest.mark.parametrize(
    "text,absent",
    [
        ("要发展人工智能大模型。", {"智能大模型"}),  # 智能 ends 人工智能
        ("推进智能化工厂建设。", {"智能化工", "化工"}),  # 智能化 is a word
        ("培育2至3家具有全球影响力的生态主导型企业。", {"家具"}),  # 家 counts firms
        ("再培育20家电子商务示范企业。", {"家电"}),
        ("胡克实曾任沈阳第一机床厂厂长，后任机械工业部副部长。", {"机床"}),  # a numbered factory's name
    ],
    ids=["artificial-intelligence", "intelligent-factory", "counted-firms", "counted-firms-appliances",
         "numbered-factory"],
)
def test_nlp_no_field_across_a_words_edge(text, absent):
    assert not absent & sectors_of(text)


def test_nlp_a_data_centre_is_no_field():
    # p22 (2021 庆阳): a facility's name; the field of the same sentence stays
    found = sectors_of("王胜说，要发挥好庆阳华为云计算大数据中心作用，推进区域大数据中心建设、数据产业发展，发展大数据产业。")
    assert "云计算" not in found and "数据产业" in found
    assert "大数据" in found  # (大数据产业, the field itself)


def test_nlp_the_state_grid_names_no_appliances():
    # p26 (audit 27): a glossed Traditional page; 国家电投 (and 国家电网) are companies, 家电 only across their words
    text = ('6 月1 日,山西省國(guó)資委召開(kāi)駐晉央企座談會(huì),與大唐集團(tuán)、中煤集團(tuán)、華潤(rùn)集團'
            '(tuán)、國(guó)家能源、國(guó)家電投、中交集團(tuán)、中煤科工、中廣核、中煤總局、中電建等10 家駐晉央企代表就強(q'
            'iáng)化服務(wù)保障、深化央地合作、促進(jìn)互利共贏進(jìn)行深入交流。6 月2 日,省國(guó)資委繼續(xù)召開('
            'kāi)座談會(huì),與中石化、中國(guó)電信、中國(guó)化學(xué)、中國(guó)寶武、中海油、國(guó)家電網(wǎn'
            'g)、中國(guó)移動(dòng)、中國(guó)中聯(lián)、中國(guó)鋁業(yè)、中車集團(tuán)等10 家駐晉央企代表'
            '進(jìn)行深入交流。省國(guó)資委黨委書記、主任王文保,駐晉央企有關(guān)領(lǐng)導(dǎo),委機(jī)關(guān'
            ')有關(guān)處室負(fù)責(zé)同志參加。\n座談會(huì)上,駐晉央企代表逐一就在晉產(chǎn)業(yè)情況,下一步重點(d'
            'iǎn)發(fā)展方向、工作建議進(jìn)行發(fā)言。王文保仔細(xì)傾聽(tīng)、認(rèn)真記錄,不時(shí)就具體問'
            '(wèn)題進(jìn)行提問(wèn),深入了解。\n王文保指出,近年來(lái),央企積極參與我省建設(shè),發(fā)展形成了一批規'
            '(guī)模實(shí)力雄厚、競(jìng)爭(zhēng)能力較強(qiáng)的企業(yè),在促進(jìn)產(chǎn)業(yè)')
    assert "家电" not in sectors_of(text)


@pytest.mark.parametrize(
    "text,expected,absent",
    [
        # round 28 p14: three fields side by side stay three; 燃机 and 智能穿戴设备 are the known fields' short forms
        ("先进材料方面,推进先进化工材料、先进建筑材料、钒钛钢铁稀土等重点产业发展。",
         {"先进化工材料", "钒钛", "钢铁", "稀土"}, {"钒钛钢铁稀土"}),
        ("重点发展燃机、智能穿戴设备等产业。", {"燃气轮机", "可穿戴设备"}, set()),
        ("培育电动工具、纺织服装等传统产业,发展预制菜、农产品深加工和生物化工。",
         {"电动工具", "纺织服装", "预制菜", "农产品深加工", "生物化工"}, set()),
        # the small plants of a clean-up are closed, no field developed (五小企业)
        ("对现有的小水泥、小化工、小铸造企业限期关停。要大力发展电子信息、汽车等产业。",
         {"电子信息", "汽车"}, {"水泥", "化工", "铸造"}),
    ],
)
def test_nlp_fields_of_round_28(text, expected, absent):
    found = sectors_of(text)
    assert expected <= found
    assert not found & absent


def test_nlp_a_persons_expertise_names_no_field():
    text = ("单忠德曾主持多项国家科技重大专项课题，在数字化无模铸造和复合材料成形等领域有较深造诣。"
            "分析人士指出，单忠德的专业背景集中在铸造、增材制造和高端装备领域。")
    assert not sectors_of(text) & {"铸造", "复合材料", "增材制造", "高端装备"}


@pytest.mark.parametrize("text,expected", [
    ("新能源和智能网联汽车加快发展。", {"新能源汽车", "智能网联汽车"}),
    ("重点在纺织、皮革、农机和电力装备等领域深化合作。", {"纺织", "皮革", "农机", "电力装备"})],
    ids=["shared-head", "list-items-stay-apart"])
def test_nlp_a_field_sharing_the_head_of_the_next(text, expected):
    assert sectors_of(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("要做大做强重型机械、煤机成套、铁路装备、纺织机械等优势产业。", {"重型机械", "煤机成套", "铁路装备", "纺织机械"}),
    ("推动船舶与海洋工程装备、船舶与海工装备发展。", {"船舶与海洋工程装备", "船舶与海工装备"})],
    ids=["machinery-fields", "offshore-equipment-as-written"])
def test_nlp_machinery_fields_named_as_written(text, expected):
    assert sectors_of(text) == expected
