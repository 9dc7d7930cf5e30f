"""SubRip and WebVTT subtitles read as running text: cue numbers and timings gone, cues joined into sentences."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import read_file
from kg.normalize import normalize

DATA = Path(__file__).parent / "data" / "ingest"


def _srt(path: Path, cues: list[str]) -> Path:
    blocks = [f"{i}\n00:00:{i:02d},000 --> 00:00:{i:02d},900\n{text}\n" for i, text in enumerate(cues, 1)]
    path.write_text("\n".join(blocks), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "name,fmt,lines",
    [
        # hard-wrapped at 15 characters, marks dropped, a title card, a lower-third caption, 【name】 turns
        ("press_conference.srt", "srt", [
            "工业和信息化部新闻发布会",
            "2023年3月1日",
            "工业和信息化部新闻发言人赵志国",
            "【赵志国】各位记者朋友，大家好，欢迎出席工业和信息化部的新闻发布会，今天我们请来了中小企业局局长，"
            "介绍促进中小企业发展的有关情况。",
            "【记者】请问今年有哪些新举措？",
            "【赵志国】谢谢你的提问，我们将重点支持新能源汽车，工业母机和集成电路等领域，培育专精特新“小巨人”企业，"
            "同时，推动中小企业数字化转型。",
        ]),
        # punctuation kept, <v> voices, STYLE and NOTE blocks, cue settings and tags, a character reference
        ("press_conference.vtt", "vtt", [
            "赵志国：各位记者朋友，大家好！",
            "今年1至2月，规模以上工业增加值同比增长2.4%。",
            "记者：请问工业和信息化部对中小企业有哪些支持措施？",
            "赵志国：我们将加大对专精特新中小企业的支持力度，推动大中小企业融通发展&协同创新。",
        ]),
    ],
)
def test_ingest_subtitles_cues_become_paragraphs(name, fmt, lines):
    (article,) = read_file(DATA / name)
    assert article.format == fmt
    assert article.text.split("\n") == lines
    assert "-->" not in article.text and "00:00" not in article.text


def test_ingest_subtitles_title_and_date_from_the_title_card():
    (article,) = read_file(DATA / "press_conference.srt")
    assert article.title == "工业和信息化部新闻发布会"
    assert str(article.date) == "2023-03-01"


@pytest.mark.parametrize(
    "cues,expected",
    [
        # cues that end where phrases end (no fixed width): every cue end is a clause break, the last a full stop
        (["各位记者朋友", "今天我们介绍", "新能源汽车 集成电路", "等产业的发展情况"],
         "各位记者朋友，今天我们介绍，新能源汽车，集成电路，等产业的发展情况。"),
        # a speaker with a colon opens a paragraph; a sentence mark ends one
        (["主持人：请问 今年有哪些新举措？", "金壮龙：谢谢 我们将加快", "发展人工智能产业"],
         "主持人：请问，今年有哪些新举措？\n金壮龙：谢谢，我们将加快，发展人工智能产业。"),
        # a dialogue dash opens a turn without a name (a line of no turn and no clause gets no full stop)
        (["今天的发布会到此结束", "- 谢谢各位"], "今天的发布会到此结束\n谢谢各位。"),
        # a file that writes its marks gets none invented: spaces before digits and Latin words stay
        (["工业增加值增长 5%，", "iPhone 15 的产量增加，", "出口增长较快。"],
         "工业增加值增长 5%，iPhone 15 的产量增加，出口增长较快。"),
        # ASS positioning codes and font tags some SubRip files carry
        (["{\\an8}<font color=\"#ffff00\">工业和信息化部</font>"], "工业和信息化部"),
    ],
)
def test_ingest_subtitles_joining(tmp_path, cues, expected):
    (article,) = read_file(_srt(tmp_path / "clip.srt", cues))
    assert article.text == expected


def test_ingest_subtitles_hard_wrap_keeps_words_whole(tmp_path):
    # 15-character lines cut 工业和信息化部 and 苗圩 across cues; shorter lines end at a dropped mark
    cues = ["首先感谢大家长期以来对工业和信", "息化工作的关心和支持", "我们将坚持以提升制造业核心竞争",
            "力为主线", "接下来先请工业和信息化部部长苗", "圩先生介绍情况"] * 2
    (article,) = read_file(_srt(tmp_path / "clip.srt", cues))
    text = normalize(article.text).text
    assert "对工业和信息化工作的关心和支持，我们将坚持以提升制造业核心竞争力为主线，接下来先请工业和信息化部部长苗圩先生" in text
    assert "信，息" not in text and "苗，圩" not in text


def test_ingest_subtitles_found_by_content(tmp_path):
    path = tmp_path / "clip.txt"
    path.write_text("1\n00:00:01,000 --> 00:00:02,000\n【苗圩】大家好\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.format == "srt" and article.text == "【苗圩】大家好。"


@pytest.mark.parametrize("name,content", [("broken.srt", "no cues here\n"), ("broken.vtt", "00:01 hello\n")])
def test_ingest_subtitles_malformed_file_names_the_fix(tmp_path, name, content):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert str(caught.value).startswith(str(path)) and "subtitle" in str(caught.value) and "-->" in str(caught.value)
