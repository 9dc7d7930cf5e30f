"""Mojibake (UTF-8 Chinese read as Windows-1252 or Latin-1 and saved again as UTF-8) is repaired; other text is not
touched. Files from make_format_fixtures.py and texts written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import read_file
from kg.ingest.encoding import decode_bytes, repair_mojibake

DATA = Path(__file__).parent / "data" / "ingest"
ARTICLE = "\n".join([
    "工业和信息化部召开中小企业数字化转型推进会",
    "新华社北京3月5日电 工业和信息化部4日在京召开中小企业数字化转型推进会，部署下一阶段重点工作。",
    "工业和信息化部副部长在会上表示，要加快推动中小企业数字化转型，培育一批专精特新“小巨人”企业。",
    "会议指出，各地工业和信息化主管部门要完善公共服务体系，降低中小企业数字化转型成本。",
])


@pytest.mark.parametrize("name", ["mojibake_cp1252.txt", "mojibake_latin1.txt"])
def test_ingest_mojibake_file_repaired(name):
    raw = (DATA / name).read_bytes()
    assert "å·¥ä¸šå’Œä¿¡æ" in raw.decode("utf-8") or "å·¥ä¸\x9aå\x92\x8cä¿¡æ" in raw.decode("utf-8")
    (article,) = read_file(DATA / name)
    assert article.text == ARTICLE
    assert article.encoding == "utf-8 (mojibake repaired)" and article.title == ARTICLE.split("\n")[0]


def test_ingest_mojibake_lost_bytes_mostly_repaired():
    """Python's cp1252 decoder with errors="ignore" drops the five undefined bytes (0x81 of 息, 0x8D of 华, …):
    the character is guessed among five; most of the text comes back, some guesses are wrong (信每化部)."""
    (article,) = read_file(DATA / "mojibake_lossy.txt")
    same = sum(a == b for a, b in zip(article.text, ARTICLE))
    assert len(article.text) == len(ARTICLE) and same / len(ARTICLE) > 0.9
    assert "数字化转型推进会" in article.text and "å" not in article.text


@pytest.mark.parametrize("text", [
    ARTICLE,  # Chinese
    "Le café du ministère: naïve résumés, déjà vu — «Ça va?» Größe, Åland, São Paulo, Ñandú.",  # accented English
    "MIIT (工业和信息化部) met at the Café Résidence; 新华社 reported the naïve façade.",  # a mixed page
    "The cafÃ© menu: crÃ¨me brÃ»lÃ©e, Ã  la carte, naÃ¯ve",  # Western mojibake: no Chinese in it, left alone
    "å·¥",  # too little to tell
    "Prices: 5 â‚¬, 6 â‚¬; Ã\xa0 propos",  # a few marks among English
])
def test_ingest_mojibake_normal_text_untouched(text):
    assert repair_mojibake(text) is text
    assert decode_bytes(text.encode("utf-8"), "x.txt") == (text, "utf-8")


def test_ingest_mojibake_brief_example():
    mangled = "工业和信息化部".encode("utf-8").decode("cp1252", errors="ignore") * 3  # "å·¥ä¸šå’Œä¿¡æ¯åŒ–éƒ¨" three times
    assert mangled.startswith("å·¥ä¸šå’Œä¿¡æ¯åŒ–éƒ¨")
    assert repair_mojibake(mangled).startswith("工业和信")
