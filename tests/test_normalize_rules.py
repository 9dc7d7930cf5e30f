"""normalize(): pinyin annotations, width folding, Traditional -> Simplified, substitutions."""

from __future__ import annotations

import re

import pytest

from kg.normalize import apply_substitutions, compile_substitutions, detect_traditional, normalize

PINYIN = [
    ("國務(wù)院新聞(wén)辦(bàn)公(gōng)室", "国务院新闻办公室"),
    ("工(gōng)业(yè)和信息化部", "工业和信息化部"),
    ("工（gōng）业（yè）和信(xìn)息化部", "工业和信息化部"),
    ("工(gong1)业(ye4)和信息化部", "工业和信息化部"),
    ("加快推进新型工业化(gōngyèhuà)", "加快推进新型工业化"),
    ("促进绿(lǜ)色低碳发展", "促进绿色低碳发展"),
    ("促进绿(lv4)色低碳发展", "促进绿色低碳发展"),
    ("国务院(wù yuàn)新闻办", "国务院新闻办"),
    # toneless, tone digits, and the same annotation printed again
    ("國(guo)務(wu)院", "国务院"),
    ("國(guo2)務(wu4)院", "国务院"),
    ("國(guo)(guo)務院", "国务院"),
    ("產(chan)(chan)(chan)業和信息化", "产业和信息化"),
    ("國（guó）（guó）務院", "国务院"),
    ("工(gōng)(gong1)业(yè)(yè)", "工业"),
    ("加快推进工业化(gōngyèhuà)(gōngyèhuà)", "加快推进工业化"),
    ("工 (gōng) 业 (yè) 和 (hé) 信 (xìn) 息 (xī) 化 (huà) 部", "工业和信息化部"),  # a space around each bracket
    ("工gōng业yè和hé信xìn息xī化huà部bù表示", "工业和信息化部表示"),  # readings glued on (a ruby page copied as text)
    ("金jin壮zhuang龙long表示", "金壮龙表示"),
    ("消(ㄒㄧㄠ)费(ㄈㄟˋ)品工业司司长王(ㄨㄤˊ)黎(ㄌㄧˊ)明", "消费品工业司司长王黎明"),  # zhuyin (bopomofo)
    ("国(guó)家和工 (gōng) 业", "国家和工业"),  # spaced and glued annotations in one text, removed in text order
]
NOT_PINYIN = [
    "全面推进6G(6G)技术研发",
    "《5G应用“扬帆”行动计划(2021-2023年)》",
    "《工业和信息化部行政规范性文件管理办法(试行)》",
    "IMT-2030(6G)推进组",
    "推进组(IMT-2030)",
    "国内生产总值(GDP)增长",
    "人工智能(AI)赋能新型工业化",
    "工业互联网(IIoT)平台",
    "工业(gōng)",  # a reading of 工, but not of 业
    "(gōng)业",  # nothing before the bracket
    "(guo)(guo)务院",  # a repeat needs an annotation that reads the character before it
    "华为Mate手机、小米su7汽车亮相",  # Latin after characters that is no reading of them
    "推动5G (6G) 发展",  # a spaced bracket that reads nothing
    "在中国AI大会上，工 (industry) 业",
]
# a repeat goes only when it reads the same characters: what follows stays
PINYIN_THEN_OTHER = [
    ("國(guo)(6G)推进组", "国(6G)推进组"),
    ("國(guo)(wu)院", "国(wu)院"),
    ("推进组(zǔ)(IMT-2030)", "推进组(IMT-2030)"),
    ("管理办法(fǎ)(试行)", "管理办法(试行)"),
]


@pytest.mark.parametrize("text,expected", PINYIN_THEN_OTHER)
def test_normalize_removes_only_repeats_of_the_same_reading(text, expected):
    assert normalize(text).text == expected


@pytest.mark.parametrize("text,expected", PINYIN)
def test_normalize_removes_pinyin_annotations(text, expected):
    result = normalize(text)
    assert result.text == expected
    assert result.flags["pinyin"] is True


@pytest.mark.parametrize("text", NOT_PINYIN)
def test_normalize_keeps_brackets_that_are_not_pinyin(text):
    result = normalize(text)
    assert result.text == text
    assert result.flags["pinyin"] is False


@pytest.mark.parametrize(
    "text,expected",
    [
        ("lǐ yì zhōng ： jīn nián jiāng gōng bù\n李毅中：今年将公布\n", "李毅中：今年将公布\n"),
        # the text lines around readings are one wrapped paragraph: they meet
        ("guó wù yuàn qù nián chū tái le\n国务院去年出台了\n《 guān yú yì zhì 》\n《关于抑制》，钢铁", "国务院去年出台了《关于抑制》，钢铁"),
        ("mù biāo shì 1 1 % zuǒ yòu\n目标是11%左右。\nchǎn néng 。\n产能。", "目标是11%左右。\n产能。"),
    ],
    ids=["a-title", "a-wrapped-paragraph", "digits-and-a-two-syllable-line"],
)
def test_normalize_removes_lines_of_readings_above_the_text(text, expected):
    result = normalize(text)
    assert result.text == expected
    assert result.flags["pinyin"] is True


@pytest.mark.parametrize(
    "text",
    ["Daily Chinese News: MIIT minister answers reporters\n李毅中表示", "Café René à Paris\n李毅中表示",
     "产能过剩 chǎnnéng guòshèng overcapacity\n李毅中表示"],
    ids=["english", "accented-french", "a-glossary-line-with-characters"],
)
def test_normalize_keeps_latin_lines_that_are_no_readings(text):
    assert normalize(text).text == text


@pytest.mark.parametrize(
    "text,expected",
    [("党组书记,、部长金壮龙", "党组书记、部长金壮龙"), ("工信部,,表示", "工信部,表示"), ("副部长茍仲文", "副部长苟仲文")],
    ids=["comma-then-enumeration-mark", "doubled-comma", "variant-surname"],
)
def test_normalize_punctuation_runs_and_variant_characters(text, expected):
    assert normalize(text).text == expected


WIDTH = [
    ("３月２６日，国新办举行发布会", "3月26日，国新办举行发布会"),
    ("《工业和信息化部行政规范性文件管理办法（试行）》", "《工业和信息化部行政规范性文件管理办法(试行)》"),
    ("实施“机器人＋”应用行动", "实施“机器人+”应用行动"),
    ("占ＧＤＰ比重达到３３．２％", "占GDP比重达到33.2%"),
    ('实施"机器人+"应用行动和"5G+工业互联网"', "实施“机器人+”应用行动和“5G+工业互联网”"),
    ("开展＂双千兆＂协同发展", "开展“双千兆”协同发展"),
    ("「雙千兆」协同发展", "“双千兆”协同发展"),
    ("工业\u200b和信息化\u200d部\ufeff", "工业和信息化部"),
    ("⼯业和信息化部", "工业和信息化部"),  # Kangxi radical ⼯ (U+2F2F)
    ("国务院副总理⻢凯，⼯业和信息化部部⻓苗圩", "国务院副总理马凯，工业和信息化部部长苗圩"),  # radicals supplement ⻢ ⻓
    ("陜西省工业和信息化厅", "陕西省工业和信息化厅"),  # 陜 (U+965C), a variant OpenCC does not convert
    ("　　多措并举稳定工业增长", " 多措并举稳定工业增长"),
    ("新型工业化\u00a0\u00a0加快建设\t制造强国", "新型工业化 加快建设 制造强国"),
    ("第一行\r\n第二行\x07", "第一行\n第二行"),
    # Chinese punctuation stays as written, ASCII punctuation too
    ("金壮龙表示：“要对未来产业进行前瞻布局。”……——", "金壮龙表示：“要对未来产业进行前瞻布局。”……——"),
    ("工信部:扎实推进新型工业化,加快建设", "工信部:扎实推进新型工业化,加快建设"),
    ("钢铁、有色；建材！轻工？", "钢铁、有色；建材！轻工？"),
]


@pytest.mark.parametrize("text,expected", WIDTH)
def test_normalize_folds_width_and_keeps_chinese_punctuation(text, expected):
    assert normalize(text).text == expected


TRADITIONAL = [
    ("工業和資訊化部部長金壯龍表示，推動軟體和資訊服務業發展", "工业和信息化部部长金壮龙表示，推动软件和信息服务业发展"),
    ("工信部將聚焦5G、人工智慧、生物製造、工業網際網路、智慧網聯汽車等重點領域",
     "工信部将聚焦5G、人工智能、生物制造、工业互联网、智能网联汽车等重点领域"),
    ("國務院新聞辦公室舉行「權威部門話開局」系列主題新聞發佈會", "国务院新闻办公室举行“权威部门话开局”系列主题新闻发布会"),
    ("加快建設製造強國和網路強國", "加快建设制造强国和网络强国"),
]


@pytest.mark.parametrize("text,expected", TRADITIONAL)
def test_normalize_converts_traditional_with_taiwan_phrases(text, expected):
    result = normalize(text)
    assert result.text == expected
    assert result.flags["traditional"] is True


SIMPLIFIED_UNCHANGED = [
    "提升重点产业链供应链自主可控能力，加强关键核心技术的攻关",  # tw2sp would turn 核心 into 内核
    "工信部将研究制定未来产业发展行动计划",
    "工业和信息化部部长金壮龙接受新浪财经国內频道采访",  # one Traditional character among many Simplified ones
]


@pytest.mark.parametrize("text", SIMPLIFIED_UNCHANGED)
def test_normalize_leaves_simplified_text_alone(text):
    result = normalize(text)
    assert result.text == text
    assert result.flags["traditional"] is False


@pytest.mark.parametrize(
    "text,expected",
    [
        ("工業和資訊化部部長金壯龍表示", True),
        ("國務院", True),
        ("工业和信息化部部长金壮龙表示", False),
        ("核心技术", False),
        ("IMT-2030(6G)", False),
        ("", False),
        ("工业和信息化部部长金壮龙表示，新浪财经－国內栏目", False),
    ],
)
def test_normalize_detect_traditional(text, expected):
    assert detect_traditional(text) is expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # the ratio is counted over the whole text, wherever the Traditional part is
        ("工" * 9000 + "國" * 1000, True),  # 1,000 of 10,000: exactly the threshold
        ("工" * 9001 + "國" * 1000, False),
        ("國" * 1000 + "工" * 9000, True),
        # a few stray Traditional characters in a long Simplified text
        ("工业和信息化部部长金壮龙表示，" * 2000 + "國內", False),
        # CJK characters only after a long run of other text
        ("a" * 5000 + "國務院" + "工" * 10, True),  # 國務 of 13
        ("a" * 5000 + "國務院" + "工" * 20, False),  # 國務 of 23
    ],
)
def test_normalize_detect_traditional_counts_the_whole_text(text, expected):
    assert detect_traditional(text) is expected


def test_normalize_traditional_can_be_forced():
    assert normalize("核心技术", traditional=True, taiwan=True).text == "内核技术"  # why detection matters
    assert normalize("國務院", traditional=False).text == "國務院"


SPUN = {
    "家产和信息化部": "工业和信息化部",
    "家产": "工业",
    "引见": "介绍",
    "严峻技术拆备": "重大技术装备",
    "主席同志": "习近平同志",
    "加速": "加快",
}


@pytest.mark.parametrize(
    "text,expected",
    [
        ("家产和信息化部部长金壮龙引见", "工业和信息化部部长金壮龙介绍"),
        ("加速推进新型家产化", "加快推进新型工业化"),
        ("推进严峻技术拆备攻关工程", "推进重大技术装备攻关工程"),
        ("以主席同志为焦点的党地方", "以习近平同志为焦点的党地方"),
        ("没有需要替换的内容", "没有需要替换的内容"),
    ],
)
def test_normalize_substitutions_leftmost_longest(text, expected):
    result = normalize(text, substitutions=SPUN)
    assert result.text == expected
    assert result.flags["substituted"] is (text != expected)
    compiled = compile_substitutions(SPUN)
    assert normalize(text, substitutions=compiled).text == expected


def test_normalize_substitutions_apply_after_traditional():
    result = normalize("家產和資訊化部部長", substitutions={"家产": "工业"})
    assert result.text == "工业和信息化部部长"
    assert result.flags == {"pinyin": False, "joined_lines": False, "traditional": True, "taiwan": True,
                            "substituted": True}


def test_normalize_changed_substitution_table_is_recompiled():
    table = {"家产": "工业"}
    assert normalize("家产", substitutions=table).text == "工业"
    table["家产"] = "產業"
    assert normalize("家产", substitutions=table).text == "產業"


def test_normalize_substitution_tables_in_turn_are_each_recompiled_when_changed():
    first, second = {"家产": "工业"}, {"引见": "介绍"}
    for _ in range(3):  # callers alternate between a few tables
        assert normalize("家产引见", substitutions=first).text == "工业引见"
        assert normalize("家产引见", substitutions=second).text == "家产介绍"
    second["引见"] = "会见"
    assert normalize("家产引见", substitutions=second).text == "家产会见"
    assert normalize("家产引见", substitutions=first).text == "工业引见"


ONE_PASS = [
    ("家产和信息化部部长金壮龙引见", SPUN),
    ("家產和資訊化部部長金壯龍引見，加速推進", {"家产": "工业", "加速": "加快"}),
    ("國務(wù)院新聞(wén)辦(bàn)公(gōng)室舉行「權威部門話開局」發佈會，主席同志", SPUN),
    ("工业\u200b和信息化部（试行）　　ＡＩ赋能，２０２３年。\n\r\n加速推进", SPUN),
    ("没有需要替换的内容", SPUN),
    ("家产和信息化部", {}),
]


@pytest.mark.parametrize("text,subs", ONE_PASS)
def test_normalize_apply_substitutions_equals_one_normalize_call(text, subs):
    base = normalize(text)
    flags_before = dict(base.flags)
    once = normalize(text, substitutions=subs)
    after = apply_substitutions(base, subs)
    assert (after.text, after.offsets, after.flags) == (once.text, once.offsets, once.flags)
    assert base.flags == flags_before  # the first result is left as it was


def test_normalize_pinyin_readings_are_those_of_pypinyin():
    """The readings read from pypinyin's data file equal what pypinyin.pinyin answers, for every character it knows."""
    from pypinyin import Style, pinyin

    from kg.normalize import _pinyin_table, _readings

    table = _pinyin_table()
    assert table is not None, "pypinyin's pinyin_dict.json was not found: normalize falls back to importing pypinyin"
    assert len(table) > 40_000
    for key in table:
        char = chr(int(key))
        found = pinyin(char, style=Style.NORMAL, heteronym=True, errors="ignore")
        expected = frozenset(r.replace("v", "u") for r in (found[0] if found else []) if r.isascii() and r.isalpha())
        assert _readings(char) == expected, char
    assert _readings("a") == _readings("。") == frozenset()


WRAPPED = [
    # a break inside a sentence is joined, also over several lines and in Traditional text
    ("标题\n李乐成表示，发展人工智能是\n必答题。", "标题\n李乐成表示，发展人工智能是必答题。"),
    ("标题\n李乐成表示，发展人工智能是\n必答题，也是\n选答题。\n下一段。", "标题\n李乐成表示，发展人工智能是必答题，也是选答题。\n下一段。"),
    ("標題\n李樂成表示，發展人工智能是\n必答題。", "标题\n李乐成表示，发展人工智能是必答题。"),
    ("标题\n会议在北京召开。会\n议由副部长主持。", "标题\n会议在北京召开。会议由副部长主持。"),
    ("标题\n新华社广州6月25日电 第十六届中博会25日在\n广州开幕。", "标题\n新华社广州6月25日电 第十六届中博会25日在广州开幕。"),
    ("标题\n记者：请问在促进新能源汽车产业健\n康发展方面有何考虑？", "标题\n记者：请问在促进新能源汽车产业健康发展方面有何考虑？"),
    # a digit on either side, a mark inside a sentence before, a mark no line starts with after (a PDF copied to text)
    ("标题\n工信部表示，5G基站达\n142万个。", "标题\n工信部表示，5G基站达142万个。"),
    ("标题\n 曹健林：科技部将按照《规划纲要(200\n6—2020年)》的部署。", "标题\n 曹健林：科技部将按照《规划纲要(2006—2020年)》的部署。"),
    ("标题\n王国庆说，国务院新闻办公室副主任\n、新闻发言人主持。", "标题\n王国庆说，国务院新闻办公室副主任、新闻发言人主持。"),
    ("标题\n他说，在计划中，\n我们将部署项目。同时\n，我们将实施工程。", "标题\n他说，在计划中，我们将部署项目。同时，我们将实施工程。"),
]
NOT_WRAPPED = [
    "李乐成表示，发展人工智能是\n必答题。",  # the first line is the title
    "标题\n扎实推进新型工业化，加快建设制造强国\n金壮龙：谢谢主持人。",  # a heading before a speaker
    "标题\n请问进展如何？谢谢\n田玉龙：谢谢你的提问。",
    "标题\n一、加快推进新型工业化，建设制造强国\n工信部表示。",  # a numbered heading
    "标题\n工信部表示，要做好以下工作\n（一）推进新型工业化。",  # a list item follows
    "标题\n多措并举稳定工业增长\n记者：今年以来。",  # a heading without a mark
    "标题\n本报记者 张三、李四\n工信部日前表示。",  # a byline
    "标题\n图为会议现场，新华社记者张三摄\n新华社北京12月25日电 工信部表示。",  # a dateline follows
    "标题\n他说，发展\n\n必答题。",  # a blank line ends the paragraph
    "标题\n他说，发展\n 必答题。",  # so does an indent
    "标题\n他说，发展人工智能是必答题。\n工信部表示。",  # a full stop ends it
    "标题\n他说：“发展人工智能”\n工信部表示。",  # so does a closing quote
    "标题\n工信部表示，发布会在北京举行\n2021年8月18日 来源：新华网",  # a page stamp after the break
]


PAGE_BREAKS = [
    # a page that ends inside a sentence: number, running header and blank lines go, the text joins
    ("文字实录\n\n 他说，要促进物\n\n— 1 —\n\f文字实录\n\n联网的研发。\n\n— 2 —\n",
     "文字实录\n\n 他说，要促进物联网的研发。"),
    # a page that ends with a sentence, before an indented paragraph: one line break stays
    ("文字实录\n 他说，要发展。\n- 3 -\n文字实录\n 王国庆：谢谢。", "文字实录\n 他说，要发展。\n 王国庆：谢谢。"),
    ("标题\n他说，要发展\n第2页/共5页\n物联网。", "标题\n他说，要发展物联网。"),
]


@pytest.mark.parametrize("text,expected", PAGE_BREAKS)
def test_normalize_removes_page_breaks_of_a_pdf_copied_to_text(text, expected):
    assert normalize(text).text == expected


def test_normalize_keeps_numbers_that_are_no_page_numbers():
    text = "标题\n他说，增长了\n15%。\n2/3的企业已上云。"
    assert "2/3的企业" in normalize(text).text


@pytest.mark.parametrize("text,expected", WRAPPED)
def test_normalize_joins_lines_broken_inside_a_sentence(text, expected):
    result = normalize(text)
    assert result.text == expected
    assert result.flags["joined_lines"] is True


@pytest.mark.parametrize("text", NOT_WRAPPED)
def test_normalize_keeps_line_breaks_between_paragraphs(text):
    result = normalize(text)
    assert result.text.count("\n") == text.count("\n")
    assert result.flags["joined_lines"] is False


LYNX_DUMP = """   #[1]某省人民政府门户网站 要闻动态

   [2]首页 | [3]要闻动态 | [4]政务公开

                   省长在某市调研时强调 加快建设制造业强省

   6月15日，省长[9]陈某某到某市调研制造业发展情况。副省长[10]王某某陪同调
   研。

   在[11]某某经济综合实验区，陈某某走进一家智能手机生产企业的车间，详细了
   解产能和本地配套情况。
"""


def test_normalize_undoes_a_text_browsers_dump():
    text = normalize(LYNX_DUMP).text
    assert "省长陈某某到某市调研" in text and "副省长王某某陪同调研。" in text
    assert "详细了解产能" in text and "#某省人民政府门户网站" in text
    assert not re.search(r"\[\d+\]|^ ", text, re.M)


@pytest.mark.parametrize(
    "text",
    ["据《意见》[1]，到2025年，某某产业规模达到1万亿元。", "工信部联规[2016]412号文件印发。\n  二是加快推进。\n三是。"],
    ids=["one-footnote", "document-number-and-an-indented-line"],
)
def test_normalize_keeps_brackets_and_indents_of_ordinary_text(text):
    assert normalize(text).text.replace("  ", " ") == text.replace("  ", " ")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("规划纲要(yào / yāo)", "规划纲要"),
        ("了(le/liǎo)解情况", "了解情况"),
        ("合(hé／gě)作", "合作"),
        ("合(hé/hǎo)作", "合(hé/hǎo)作"),  # hǎo is no reading of 合: the bracket is not an annotation
        ("中国(CN/US)", "中国(CN/US)"),
    ],
)
def test_normalize_removes_annotations_giving_several_readings(text, expected):
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a "?" left for a character a re-encoding could not write, or for curly quotes
        ("国家经?贸委副主任张志刚主持会议。", "国家经贸委副主任张志刚主持会议。"),
        ("把重大技术?装备国产化作为重点。", "把重大技术装备国产化作为重点。"),
        ("要贯彻落实?走出去?战略，支持企业开展跨国经营。", "要贯彻落实“走出去”战略，支持企业开展跨国经营。"),
        # a space inside a word on a line of running text
        ("围绕发电设备、数控 机床等组织研制攻关。", "围绕发电设备、数控机床等组织研制攻关。"),
        ("国务院副总理吴邦国出席会议并讲话.国家经济 贸易委员会主任李荣融作工作报告，", "国务院副总理吴邦国出席会议并讲话.国家经济贸易委员会主任李荣融作工作报告，"),
        ("任命单忠德为工业和信息化部副部长；任命张政为文化和 旅游部副部长；", "任命单忠德为工业和信息化部副部长；任命张政为文化和旅游部副部长；"),
        # character references a plain-text repost kept, and <<titles>>
        ("&nbsp;&nbsp;修订&lt;&lt;当前国家重点鼓励发展的产业、产品和技术目录&gt;&gt;，引导投资。",
         " 修订《当前国家重点鼓励发展的产业、产品和技术目录》，引导投资。"),
        ("國新辦舉行系列主題新聞⭐發布會。", "国新办举行系列主题新闻发布会。"),
        # two-character words padded to the width of three in a list, and a headline spaced out letter by letter
        ("组　　长：马　　凯　　国务院副总理\n成　员：陈肇雄　工业和信息化部副部长",
         "组长：马凯 国务院副总理\n成员：陈肇雄 工业和信息化部副部长"),
        ("通　　知\n各省、自治区、直辖市人民政府：", "通知\n各省、自治区、直辖市人民政府："),
        # a line the page hard-wrapped with spaces at one width (an interview of 2003, a 1997 memoir)
        ("国家经委是几起几落啊!1966年,当时担任国务院副总理、 经委主任的薄一波就首先遇到冲击,遭到残酷迫害,国家经委因此陷入了混乱,"
         "没有办法正 常工作。当时我担任国家经委副主任、物资管理部部长,也受到冲击,被打倒后下放劳动。 后来经委就被撤销了,经委的工作也"
         "合并到计委中。那个时候国家计委的工作秩序也被打乱 ,实际上国民经济综合管理部门处于一种瘫痪状态。",
         "国家经委是几起几落啊!1966年,当时担任国务院副总理、经委主任的薄一波就首先遇到冲击,遭到残酷迫害,国家经委因此陷入了混乱,"
         "没有办法正常工作。当时我担任国家经委副主任、物资管理部部长,也受到冲击,被打倒后下放劳动。后来经委就被撤销了,经委的工作也"
         "合并到计委中。那个时候国家计委的工作秩序也被打乱,实际上国民经济综合管理部门处于一种瘫痪状态。"),
        # an OCR's katakana for a Chinese character of the same shape
        ("会议由机械エ业部副部长陆燕荪主持。人ロ增长。", "会议由机械工业部副部长陆燕荪主持。人口增长。"),
        # a microblog's topic tags inside a sentence
        ("云南要做强#绿色铝#、#硅光伏#和#新能源电池#三个产业。", "云南要做强绿色铝、硅光伏和新能源电池三个产业。"),
    ],
    ids=["lost-character", "lost-character-2", "question-marks-as-quotes", "space-in-word", "space-in-body-name",
         "space-after-he-in-a-long-run", "entities-and-angle-titles", "emoji-in-word", "padded-list-line",
         "spaced-headline", "space-wrapped-line", "ocr-katakana", "topic-tags"],
)
def test_normalize_undoes_repost_damage(text, expected):
    assert normalize(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "这意味着什么?我们认为，要加快发展。",  # a real question
        "全国经济贸易工作会议在京召开 吴邦国出席并讲话",  # a headline's space separates two phrases
        "会议印发了《关于振作工业经济运行 推动工业高质量发展的实施方案》。",  # a two-part title keeps its space
        "中新网桂林11月20日电 原中国国务院信息化领导小组办公室主任表示，",  # a dateline's end
        "溧阳市工信局、金坛区工信局分别设分会场参会 市工信局党组书记主持，",  # a line the page joined: a clause ends
        "★ 重点新闻：点赞👍 收藏",  # symbols beside words, not inside one
        "【字体：大 中 小】【打印本页】",  # single characters inside brackets: buttons, not a padded word
        "首页 > 新闻 > 国内",  # words of two characters between spaces
        # spaces between clauses at no regular width: phrases a headline or a list separates
        "工业和信息化部召开全国工业和信息化工作会议 部署重点工作任务和措施安排，金壮龙出席会议并作工作报告 会议强调要加快推进"
        "新型工业化进程，各地工信主管部门的负责同志参加 本次会议。",
        "C# 程序设计，## 二级标题",  # a language's name and a markdown heading hold no topic tag
        "新型エンジンを作る。",  # Japanese: katakana beside kana stays
    ],
    ids=["question", "headline", "title", "dateline", "joined-clause", "emoji-between-words", "font-size-buttons",
         "menu-words", "phrases-at-no-regular-width", "no-topic-tag", "japanese-katakana"],
)
def test_normalize_keeps_question_marks_and_spaces_that_mean_something(text):
    assert normalize(text).text == text


def test_normalize_hong_kong_variant_characters():
    # OpenCC s2hk writes 衞 and 綫; tw2sp alone leaves them Traditional
    assert normalize("要發展衞星導航和衞星通信，建設光纖綫路。").text == "要发展卫星导航和卫星通信，建设光纤线路。"


@pytest.mark.parametrize("text,expected", [
    ("為貫徹落實副省長關於整合創新資源的指示，加強對口支援。", "为贯彻落实副省长关于整合创新资源的指示，加强对口支援。"),
    ("經濟部表示，將整合資訊軟體產業。", "经济部表示，将集成信息软件产业。")],
    ids=["mainland-words-kept", "taiwan-words-read"])
def test_normalize_taiwan_phrases_only_in_a_text_using_taiwans_words(text, expected):
    result = normalize(text)
    assert result.text == expected
    assert result.flags["taiwan"] == ("經濟部" in text)


def test_normalize_glosses_whose_tone_marks_were_read_as_gbk():
    # (a page's UTF-8 pinyin decoded as GBK: ǎ becomes 菐, í 铆, á 谩)
    result = normalize("廣(gu菐ng)西出臺實(sh铆)施意見，廳長黃(hu谩ng)海波出席。")
    assert result.text == "广西出台实施意见，厅长黄海波出席。"
    assert result.flags["pinyin"]
    assert normalize("他买了(m菐)。").text == "他买了(m菐)。"  # a garbled bracket that spells nothing stays


def test_normalize_a_congress_name_cut_at_its_place_is_joined():
    text = "政府工作报告\n——2023年1月5日在霍山县\n第十八届人民代表大会第二次会议上\n罗文\n各位代表:\n现在，我代表县人民政府报告工作。"
    result = normalize(text)
    assert "在霍山县第十八届人民代表大会第二次会议上\n罗文\n" in result.text
    assert result.flags["joined_lines"]
