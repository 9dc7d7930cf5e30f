"""Hypothesis strategies shared by the fuzz tests: hostile bytes, text and markup as scraped from the web.

Every fuzz test uses ``fuzz_settings`` (a fixed budget, derandomized: CI runs
the same cases every time). ``pytest tests/test_fuzz_*.py
--hypothesis-show-statistics`` shows how many cases each test ran.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st


def fuzz_settings(max_examples: int):
    """A fixed, deterministic budget: ``max_examples`` cases, no deadline, no example database."""
    return settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
    )


# Fragments that the readers and the normalizer look for, so random text hits their branches.
PIECES = (
    "工业和信息化部", "部长", "金壮龙", "表示，", "。", "國務院", "資訊軟體", "網際網路", "國務(wù)院", "工(gōng)业(yè)",
    "（试行）", "(6G)", "ＡＩ", "２０２３", "“", "”", '"', "「", "」", "……", "——", "\u3000", "\u200b", "\ufeff",
    "\x00", "\x07", "\r\n", "\r", "\n", "\n\n", "\t", "  ", "\u2028", "\u0085", "\ud800", "\udfff", "\udcb9",
    "新华社北京12月25日电", "本报北京3月1日讯", "中国证券报 2023-03-02 10:57", "发布时间:2024-04-26 13:11:08",
    "来源：中国证券报", "2023年13月45日", "99月99日电", "相关阅读", "责任编辑：蒋晓桐", "尽在新浪财经APP",
    "---\n", "title: 标题\n", "date: 2023-03-02\n", "date: [1, 2\n", ": : :\n", "# 标题\n", "> 引用\n",
    "**粗体**", "[链接](http://x)", "![图](x.png)", "<!--", "-->", "&amp;", "&#0;", "&#xD800;", "&nbsp;",
    "ᠮᠣᠩᠭᠣᠯ", "مرحبا", "Привет", "ﾊﾝｶｸ", "한국어", "𠀀𪚥", "🇨🇳", "e\u0301", "\u202e",
)

# Any code point, including lone surrogates, NUL and unassigned ones.
ANY_CHAR = st.characters(exclude_categories=())
MIXED_CHARS = st.one_of(
    ANY_CHAR,
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.sampled_from("，。：；！？、《》（）()【】"),
)

any_text = st.one_of(
    st.text(ANY_CHAR, max_size=200),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(MIXED_CHARS, max_size=20)), max_size=60).map("".join),
)


@st.composite
def giant_line(draw) -> str:
    """One line of 50,000 to 300,000 characters (a minified page, a dump without newlines)."""
    unit = draw(st.sampled_from(("工业和信息化部", "a", "<div>", "(", "国(guó)", "。", " ", "&amp;", "\ufffd")))
    size = draw(st.integers(50_000, 300_000))
    return draw(st.sampled_from(("", "标题\n", "<p>"))) + unit * (size // len(unit))


TAGS = (
    "<html>", "</html>", "<head>", "</head>", "<body>", "</body>", "<p>", "</p>", "<div>", "</div>", "<br>", "<br/>",
    "<title>", "</title>", "<script>", "</script>", "<style>", "</style>", "<nav>", "</nav>", "<table><tr><td>",
    "</td>", "<!DOCTYPE html>", "<?xml version='1.0' encoding='gbk'?>", '<meta charset="utf-8">',
    '<meta charset="gb2312">', '<meta charset="x-no-such">', '<meta name="pubdate" content="2023-03-02">',
    '<meta property="og:title" content="', '<meta name="date" content="Sat, 25 Dec 2021 00:03:46 GMT">',
    '<link rel="canonical" href="', "<![CDATA[", "]]>", "<a href='x", "<img src=x onerror=", "<", ">", "</", "/>",
    "<svg><foreignObject>", "<math>", "<template>", "<plaintext>", "<textarea>", "</ p>", "<p <p",
)

html_text = st.lists(
    st.one_of(st.sampled_from(TAGS), st.sampled_from(PIECES), st.text(MIXED_CHARS, max_size=30)),
    min_size=1,
    max_size=80,
).map("".join)


@st.composite
def nested_html(draw) -> str:
    """Markup nested far deeper than a parser's limits, balanced or not."""
    depth = draw(st.integers(200, 5_000))
    tag = draw(st.sampled_from(("div", "span", "table", "p", "b")))
    closes = draw(st.sampled_from((0, depth // 2, depth)))
    body = draw(st.sampled_from(("工业和信息化部部长金壮龙表示，要推进新型工业化。", "", "<p>文字</p>")))
    return f"<html><body>{f'<{tag}>' * depth}{body}{f'</{tag}>' * closes}</body></html>"


CODECS = ("utf-8", "utf-8-sig", "gb18030", "gbk", "big5", "utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252")


@st.composite
def encoded_text(draw) -> bytes:
    """Text encoded in a common codec, possibly truncated or with flipped bytes (a mislabelled, broken download)."""
    text = draw(st.one_of(any_text, html_text))
    codec = draw(st.sampled_from(CODECS))
    raw = text.encode(codec, errors=draw(st.sampled_from(("surrogatepass", "replace", "ignore")))
                      if codec.startswith("utf") else "replace")
    if raw and draw(st.booleans()):
        raw = raw[: draw(st.integers(0, len(raw)))]
    if raw and draw(st.booleans()):
        at = draw(st.integers(0, len(raw) - 1))
        raw = raw[:at] + bytes([draw(st.integers(0, 255))]) + raw[at + 1 :]
    return raw


any_bytes = st.one_of(
    st.binary(max_size=2_000),
    encoded_text(),
    st.sampled_from((b"\x89PNG\r\n\x1a\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"\xff\xfe\x00\x00", b"%PDF-"))
    .flatmap(lambda magic: st.binary(max_size=200).map(lambda tail: magic + tail)),
)

json_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), any_text),
    lambda children: st.one_of(st.lists(children, max_size=3), st.dictionaries(any_text, children, max_size=3)),
    max_leaves=8,
)
json_records = st.one_of(
    json_values,
    st.fixed_dictionaries(
        {"text": st.one_of(any_text, html_text, json_values)},
        optional={k: st.one_of(any_text, json_values) for k in ("title", "date", "url", "source")},
    ),
)


def assert_encodable(*values: str | None) -> None:
    """Every string the readers hand on must be writable as UTF-8 (no lone surrogates)."""
    for value in values:
        if value is not None:
            value.encode("utf-8")
