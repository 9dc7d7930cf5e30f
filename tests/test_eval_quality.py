"""Extraction quality does not fall below the floors of the extraction issue (on gold written by other annotators)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import api

ROOT = Path(__file__).resolve().parent.parent
SEEDS_GOLD = ROOT.parent / "shared" / "gold" / "seeds.jsonl"

# (gold, sources, entities micro F1 floor, relations micro F1 floor, holdsPost floor)
SETS = [
    ("seeds", SEEDS_GOLD, ROOT / "data" / "corpus", 0.95, 0.90, 0.95),
    ("devset", ROOT / "tests/data/devset/gold.jsonl", ROOT / "tests/data/devset", 0.95, 0.94, 0.95),
    ("devset2", ROOT / "tests/data/devset2/gold.jsonl", ROOT / "tests/data/devset2", 0.93, 0.92, 0.95),
    # a third annotator's set, blind to the rules; first measured at 0.870 / 0.752 / 0.843
    ("devset3", ROOT / "tests/data/devset3/gold.jsonl", ROOT / "tests/data/devset3", 0.90, 0.85, 0.95),
    # a fourth annotator's set, blind to the rules; first measured at 0.816 / 0.773 / 0.786
    ("devset4", ROOT / "tests/data/devset4/gold.jsonl", ROOT / "tests/data/devset4", 0.90, 0.90, 0.85),
    # a fifth annotator's set, blind to the rules; first measured at 0.827 / 0.717 / 0.800
    ("devset5", ROOT / "tests/data/devset5/gold.jsonl", ROOT / "tests/data/devset5", 0.90, 0.87, 0.95),
    # a sixth annotator's set, blind to the rules; first measured at 0.800 / 0.759 / 0.889
    ("devset6", ROOT / "tests/data/devset6/gold.jsonl", ROOT / "tests/data/devset6", 0.83, 0.80, 0.95),
    # a seventh annotator's set (2003–2025, repost damage), blind to the rules; first measured at 0.792 / 0.702 / 0.762
    ("devset7", ROOT / "tests/data/devset7/gold.jsonl", ROOT / "tests/data/devset7", 0.83, 0.78, 0.92),
    # an eighth annotator's set (2004–2026), blind to the rules; first measured at 0.839 / 0.768 / 0.794
    ("devset8", ROOT / "tests/data/devset8/gold.jsonl", ROOT / "tests/data/devset8", 0.84, 0.78, 0.90),
    # a ninth annotator's set (2006–2025, a PDF copied to text, a forum thread), blind; first 0.861 / 0.791 / 0.867
    ("devset9", ROOT / "tests/data/devset9/gold.jsonl", ROOT / "tests/data/devset9", 0.85, 0.80, 0.87),
    # a tenth annotator's set (2002–2024, an OCR'd scan, inline ads, bilingual), blind; first 0.756 / 0.639 / 0.805
    ("devset10", ROOT / "tests/data/devset10/gold.jsonl", ROOT / "tests/data/devset10", 0.77, 0.69, 0.87),
    # an eleventh annotator's set (2003–2026, a TV script, zero-width spaces, an e-paper), blind; first 0.801 / 0.663 / 0.860
    ("devset11", ROOT / "tests/data/devset11/gold.jsonl", ROOT / "tests/data/devset11", 0.80, 0.71, 0.94),
    # a twelfth annotator's set (2004–2026, a big5 gateway, a mobile page, a search cache), blind; first 0.848 / 0.744 / 0.870
    ("devset12", ROOT / "tests/data/devset12/gold.jsonl", ROOT / "tests/data/devset12", 0.83, 0.72, 0.85),
    # a thirteenth annotator's set (1998–2026, a leading-group notice, a city bureau's GB18030 page, s2tw), blind;
    # first 0.811 / 0.715 / 0.590
    ("devset13", ROOT / "tests/data/devset13/gold.jsonl", ROOT / "tests/data/devset13", 0.84, 0.81, 0.92),
    # a fourteenth annotator's set (1999–2014, Hong Kong and Taiwan script, a Q&A interview, a ministry's founding), blind;
    # first 0.821 / 0.660 / 0.785
    ("devset14", ROOT / "tests/data/devset14/gold.jsonl", ROOT / "tests/data/devset14", 0.83, 0.74, 0.92),
    # a fifteenth annotator's set (2008–2017, a 三定 department list, Kangxi look-alikes, numbered-tone pinyin), blind;
    # first 0.804 / 0.637 / 0.576
    ("devset15", ROOT / "tests/data/devset15/gold.jsonl", ROOT / "tests/data/devset15", 0.87, 0.85, 0.89),
    # a sixteenth annotator's set (2011–2020, a 分工 notice, HTML character references, a mojibake title), blind;
    # first 0.767 / 0.763 / 0.917
    ("devset16", ROOT / "tests/data/devset16/gold.jsonl", ROOT / "tests/data/devset16", 0.82, 0.79, 0.90),
    # a seventeenth annotator's set (2008–2022, a text browser's dump, UTF-16, ruby pinyin, Tibetan furniture), blind;
    # first 0.863 / 0.770 / 0.955
    ("devset17", ROOT / "tests/data/devset17/gold.jsonl", ROOT / "tests/data/devset17", 0.90, 0.87, 0.95),
    # an eighteenth annotator's set (2008–2016, a JSONP response, an e-mail, an RTF file, interlinear pinyin), blind;
    # first 0.617 / 0.451 / 0.431
    ("devset18", ROOT / "tests/data/devset18/gold.jsonl", ROOT / "tests/data/devset18", 0.82, 0.82, 0.95),
    # a nineteenth annotator's set (2008–2025, RSS, MHTML, Windows-1252 mojibake, flat ODF, WordML, zhuyin, a county), blind;
    # first 0.642 / 0.455 / 0.553 (five files were in formats then unread)
    ("devset19", ROOT / "tests/data/devset19/gold.jsonl", ROOT / "tests/data/devset19", 0.86, 0.80, 0.93),
    # a twentieth annotator's set (2008–2022, SubRip subtitles, a web clipper's markdown, invisible characters, CJK
    # compatibility ideographs, a forum's jammer text, tracked changes, an ANSI BBS capture, Atom), blind;
    # first 0.775 / 0.566 / 0.695
    ("devset20", ROOT / "tests/data/devset20/gold.jsonl", ROOT / "tests/data/devset20", 0.82, 0.70, 0.76),
    # a twenty-first annotator's set (1997–2025, an OCR'd scan with katakana look-alikes, a WARC record, UTF-16 Taiwan
    # text, an RTF file, a quoted-printable e-mail, a WeChat page, a JSON API response, a PDF dump, interlinear pinyin,
    # a Weibo post with topic tags), blind; first 0.797 / 0.605 / 0.809
    ("devset21", ROOT / "tests/data/devset21/gold.jsonl", ROOT / "tests/data/devset21", 0.82, 0.67, 0.95),
    # a twenty-second annotator's set (1995–2022, a Safari web archive, an Evernote export, a GBK forum thread, JSONP,
    # full-width ASCII, Big5-HKSCS, Word HTML, a Gitee README, a new spinner), blind; first 0.704 / 0.584 / 0.794
    # (two files were in formats then unread)
    ("devset22", ROOT / "tests/data/devset22/gold.jsonl", ROOT / "tests/data/devset22", 0.79, 0.69, 0.90),
    # a twenty-third annotator's set (1994–2026, an OCR'd GB18030 report, an EPUB chapter, Macau Traditional with a BOM,
    # a CMS CSV export, a spun content-farm page, SubRip of a press conference, pinyin-annotated Traditional, a .docx
    # document.xml, an Atom entry, a GBK page with clutter), blind; first 0.759 / 0.641 / 0.878
    ("devset23", ROOT / "tests/data/devset23/gold.jsonl", ROOT / "tests/data/devset23", 0.76, 0.65, 0.91),
    # a twenty-fourth annotator's set (1993–2025, a Big5 table-layout page, an HZ-GB-2312 Usenet post, a MySQL dump,
    # NewsML, WAP pages, a fourth spinner, WeChat, AMP, a PDF dump, a JSON Lines export of article parts; autonomous
    # prefectures, banners, regions, Tibetan and Mongolian names), blind; first 0.559 / 0.413 / 0.392 (four files were
    # in formats then unread)
    ("devset24", ROOT / "tests/data/devset24/gold.jsonl", ROOT / "tests/data/devset24", 0.73, 0.59, 0.76),
    # a twenty-fifth annotator's set (1991–2017, a mongoexport, a GB18030 database dump, Hugo/TOML, an mbox digest, a
    # Wayback page, a Google cache page, 注音-annotated Big5 Taiwan text, Wikinews wikitext, a Toutiao API JSON, a fifth
    # spinner in a WordPress export), blind; first 0.662 / 0.570 / 0.567 (the mongoexport then unread)
    ("devset25", ROOT / "tests/data/devset25/gold.jsonl", ROOT / "tests/data/devset25", 0.72, 0.62, 0.82),
    # a twenty-sixth annotator's set (1990–2007, an ALTO OCR page, a Telegram export, a PHP cache, an HTTP capture, a
    # notebook, WebVTT, LaTeX, Big5-HKSCS, iCalendar, a spun Next.js page), blind; first 0.615 / 0.385 / 0.382
    ("devset26", ROOT / "tests/data/devset26/gold.jsonl", ROOT / "tests/data/devset26", 0.72, 0.54, 0.70),
    # a twenty-seventh annotator's set (2018–2026, ordinary web pages: clutter, GBK/GB18030/Big5, glossed Traditional,
    # garbled glosses, Hong Kong and Taiwan pages, two spinners), blind; first 0.727 / 0.600 / 0.644
    ("devset27", ROOT / "tests/data/devset27/gold.jsonl", ROOT / "tests/data/devset27", 0.78, 0.66, 0.74),
    # a twenty-eighth annotator's set (1990–1999 and 2026, the ministry's people below the minister: a 新华社 通稿, a 国务院
    # 任免 list, a 副部长's inspection, a speech, a 司长's press conference, a 领导简历 page; three spinners, glossed
    # Traditional, Big5), blind; first 0.770 / 0.638 / 0.826
    ("devset28", ROOT / "tests/data/devset28/gold.jsonl", ROOT / "tests/data/devset28", 0.75, 0.64, 0.87),
    # a twenty-ninth annotator's set (2000–2012, cities, counties and zones: a 工业经济 meeting, a county report, a
    # 签约仪式, a 人大 任免, a 招商 press conference, an obituary; three spinners, Big5, glossed Traditional), blind;
    # first 0.784 / 0.594 / 0.629
    ("devset29", ROOT / "tests/data/devset29/gold.jsonl", ROOT / "tests/data/devset29", 0.80, 0.65, 0.85),
    # a thirtieth annotator's set (1983–1996 and 2013–2025, events and who attends them: a 座谈会 纪要, a 现场会 简报, a
    # 视察 侧记, a 会见 with a signing, a 大事记, an expo, a summit's live text, a press conference's transcript, a 调研,
    # a 现场推进会; three spinners, Big5, glossed Traditional), blind; first 0.799 / 0.689 / 0.847
    ("devset30", ROOT / "tests/data/devset30/gold.jsonl", ROOT / "tests/data/devset30", 0.79, 0.69, 0.87),
    # a thirty-first annotator's set (2017–2026, industrial chains and clusters in the provinces: a 政策解读, a 培训班, a
    # 建议答复, a 招商推介会, a 链长 meeting, a cluster 授牌, a 工作要点, a 年度总结, a WeChat repost, a 小巨人 list; three
    # spinners, Big5, glossed Traditional), blind; first 0.788 / 0.655 / 0.800
    ("devset31", ROOT / "tests/data/devset31/gold.jsonl", ROOT / "tests/data/devset31", 0.78, 0.66, 0.86),
    # a thirty-second annotator's set (1998–2011, campaigns, national projects and the bodies before the ministry: a
    # 动员大会, a 答记者问, a 考察, a 年鉴, a 通讯, a 任免 in a 公报, a 对接会, a 表彰大会, a 挂牌, a launch; three spinners,
    # Big5, glossed Traditional), blind; first 0.783 / 0.628 / 0.837
    ("devset32", ROOT / "tests/data/devset32/gold.jsonl", ROOT / "tests/data/devset32", 0.81, 0.68, 0.95),
    # a thirty-third annotator's set (2008–2022, Taiwan, Hong Kong and Macau media on mainland policy: seven Traditional
    # files in Taiwan and Hong Kong forms, Big5 and Big5-HKSCS, glossed, two spinners), blind; first 0.746 / 0.631 / 0.814
    ("devset33", ROOT / "tests/data/devset33/gold.jsonl", ROOT / "tests/data/devset33", 0.74, 0.63, 0.82),
]


@pytest.mark.parametrize("name,gold,sources,ent_floor,rel_floor,post_floor", SETS, ids=[s[0] for s in SETS])
def test_eval_quality_floors(name, gold, sources, ent_floor, rel_floor, post_floor):
    if not gold.exists():
        pytest.skip(f"{gold} is not here (shared/ sits beside the repository in CI)")
    scores = api.evaluate(gold, sources=[sources])
    assert not scores["missing_documents"], scores["missing_documents"]
    assert scores["entities"]["micro"]["f1"] >= ent_floor, scores["entities"]
    assert scores["relations"]["micro"]["f1"] >= rel_floor, scores["relations"]
    assert scores["relations"]["per_type"]["holdsPost"]["f1"] >= post_floor
    # Every entity type is found at all (a type at zero means a broken stage, not a weak rule).
    assert all(s["f1"] > 0.5 for s in scores["entities"]["per_type"].values()), scores["entities"]["per_type"]
