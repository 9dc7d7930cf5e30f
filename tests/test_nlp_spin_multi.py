"""Spun reposts whose spinner swaps many words the spin table does not know (kg.nlp.fuzzy).

Each text opens with a sentence in pairs ``spin.tsv`` holds (家产, 根原, 拆备),
so it is detected as spun, as a real repost of one spinner would be; the
rest uses pairs no table holds (新闻→讯息, 信息→音信, 监测→监控, 汽车→轿车 …).
"""

from __future__ import annotations

import pytest

from kg.model import Article
from kg.nlp import extract_article

SPUN_LEAD = "家产和信息化部表示，将深入施止财产根原再造工程和严峻技术拆备攻关工程。"


def read(text: str) -> dict[str, tuple[str, str]]:
    """What each mention's text was read as: text -> (type, label)."""
    doc = extract_article(Article("t.txt", "t.txt", text))
    assert doc.article.flags.get("spun")
    return {m.text: (m.type, m.label) for m in doc.mentions}


@pytest.mark.parametrize(
    "text,written,expected",
    [
        # the page line names the body exactly (the spinner left it alone); the body writes it spun
        ("来源：国务院新闻办公室网站\n" + SPUN_LEAD + "国务院讯息办公室于1月17日举办讯息发布会。",
         "国务院讯息办公室", ("Organization", "国务院新闻办公室")),
        # a parent of three characters leaves the name's own words to compare (国务院|新闻办公室)
        (SPUN_LEAD + "国务院讯息办公室于1月17日举办讯息发布会。", "国务院讯息办公室", ("Organization", "国务院新闻办公室")),
    ],
    ids=["source-line-unspun", "short-parent"],
)
def test_nlp_spin_multi_finds_names_beside_their_unspun_form(text, written, expected):
    assert read(text).get(written) == expected
