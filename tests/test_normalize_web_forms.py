"""Forms of real web and archive text: invisible characters inside names, CJK compatibility ideographs, Hong Kong
variant characters OpenCC leaves, a newspaper's jump to another page, hard-wrapped columns."""

from __future__ import annotations

import pytest

from kg.normalize import _VARIANT_CHARS, normalize


@pytest.mark.parametrize(
    "text,expected",
    [
        # anti-copy characters inside names: zero-width joiner, word joiner, soft hyphen, zero-width no-break space
        ("工业和\u200d信息化部部长李\u2060毅中在德\u00ad阳调研重大\ufeff装备企业。", "工业和信息化部部长李毅中在德阳调研重大装备企业。"),
        ("四川省经\u200c济委员会主任邓华\u200b林", "四川省经济委员会主任邓华林"),
        # compatibility ideographs of a PDF's text layer (吉林 written 吉 + U+F9F4, 年 as U+F98E, 精 as U+FA1D)
        ("\u5409\uf9f4\uf96d副省长竺延风，重点发展\ufa1d细化工。2009\uf98e8月", "吉林省副省长竺延风，重点发展精细化工。2009年8月"),
        ("\U0002f8a6\U0002f80f", "慈兔"),  # the supplement block (U+2F800-2FA1F) too
    ],
)
def test_normalize_web_forms_invisible_and_compatibility(text, expected):
    normalized = normalize(text)
    assert normalized.text == expected
    assert len(normalized.offsets) == len(normalized.text) + 1


@pytest.mark.parametrize(
    "text,expected",
    [
        # Hong Kong Traditional with variant and old forms that OpenCC hk2t/tw2sp/t2s leave unconverted
        ("國務院總理温家寳本月初在歐洲訪問期間亦公開表示", "国务院总理温家宝本月初在欧洲访问期间亦公开表示"),
        ("多倫多上市的幾家稀土鑛業公司，竝非針對任何國家", "多伦多上市的几家稀土矿业公司，并非针对任何国家"),
        ("造成了嚴重的環境汚染，工信部正在硏究制訂中長期發展規劃", "造成了严重的环境污染，工信部正在研究制订中长期发展规划"),
        # a stray variant in Simplified text is folded too (no Traditional conversion runs there)
        ("稀土鑛区的非法开采", "稀土矿区的非法开采"),
    ],
)
def test_normalize_web_forms_variant_characters(text, expected):
    assert normalize(text).text == expected


def test_normalize_web_forms_variants_are_left_by_opencc():
    import opencc

    hk2t, tw2sp, t2s = (opencc.OpenCC(config) for config in ("hk2t", "tw2sp", "t2s"))
    for variant, common in _VARIANT_CHARS.items():
        if variant in "茍陜":
            continue  # (Big5-era glyph confusions, listed before; OpenCC knows 陜 in some versions)
        assert tw2sp.convert(hk2t.convert(variant)) == variant, variant  # else the table would be needless
        assert t2s.convert(common) == common, common  # the replacement is Simplified already


@pytest.mark.parametrize(
    "text,expected",
    [
        # a jump to another page inside a sentence: the marks and the page header between them go, the sentence joins
        ("工作会议。\n会议指出，要加快推动产业\n（下转第二版）\n\n要闻　2\n2009年8月14日　星期五\n吉林日报\n\n（上接第一版）\n转型升级。",
         "工作会议。\n会议指出，要加快推动产业转型升级。"),
        # the page ended with a paragraph: one break stays before the indented paragraph
        ("碳纤维产能已经达到5000吨。\n（下转第二版）\n\n要闻　2\n\n（上接第一版）\n　　在吉林市的一家农机企业，",
         "碳纤维产能已经达到5000吨。\n 在吉林市的一家农机企业，"),
        # a mark without its pair goes alone; a sentence about a page does not
        ("只登了上半篇。（下转第三版）", "只登了上半篇。"),
        ("他转任第二版编辑部主任，接第一版的消息。", "他转任第二版编辑部主任，接第一版的消息。"),
    ],
)
def test_normalize_web_forms_newspaper_jump(text, expected):
    normalized = normalize(text)
    assert normalized.text == expected
    assert normalized.text[-1] == text[normalized.offsets[len(normalized.text) - 1]]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a break right after an enumeration mark is inside a sentence, even on a paragraph's first line
        ("苏波调研\n　　调研组一行先后来到长春、\n吉林两市，深入整车企业。\n　　在长春，苏波察看了生产线。\n　　苏波强调，要抓住机遇。",
         "苏波调研\n 调研组一行先后来到长春、吉林两市，深入整车企业。\n 在长春，苏波察看了生产线。\n 苏波强调，要抓住机遇。"),
        # paragraphs opened by an indent: an indented first line without a mark is no heading
        ("苏波调研\n　　在长春轨道客车股份有限\n公司，苏波询问了订单情况。\n　　苏波指出，要提高配套能力。\n　　苏波强调，要抓住机遇。",
         "苏波调研\n 在长春轨道客车股份有限公司，苏波询问了订单情况。\n 苏波指出，要提高配套能力。\n 苏波强调，要抓住机遇。"),
        # a decimal starting a line is no list item (13.9%), so the break before it joins
        ("标题\n他说，上半年全省规模以上工业增加值增长\n13.9%，汽车、石化、农\n产品加工三大支柱产业逐步企\n稳回升。",
         "标题\n他说，上半年全省规模以上工业增加值增长13.9%，汽车、石化、农产品加工三大支柱产业逐步企稳回升。"),
        # headings stay apart: no indents in the text, no mark on the line
        ("标题\n一、总体要求\n坚持稳中求进。\n二、重点任务\n加快推进新型工业化。",
         "标题\n一、总体要求\n坚持稳中求进。\n二、重点任务\n加快推进新型工业化。"),
        ("标题\n1. 加快发展\n先进制造业。", "标题\n1. 加快发展\n先进制造业。"),
    ],
)
def test_normalize_web_forms_column_wrap(text, expected):
    assert normalize(text).text == expected
