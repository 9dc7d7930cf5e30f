"""Encodings: every file decodes to the same sentences, and the codec is recorded."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import decode_bytes, read_file

DATA = Path(__file__).parent / "data" / "ingest"

SIMPLIFIED_FIRST_LINES = ("工信部将启动创建国家新型工业化示范区", "赵志国在会上表示，发展新质生产力")
TRADITIONAL_FIRST_LINES = ("工業和資訊化部部長金壯龍表示", "推動軟體和資訊服務業高質量發展")


@pytest.mark.parametrize(
    "name,encoding,expected",
    [
        ("gbk.txt", "gb18030", SIMPLIFIED_FIRST_LINES),
        ("gb18030.txt", "gb18030", ("记者王䶮报道", "运行监测协调局局长陶青说")),
        ("gbk_traditional.txt", "gb18030", TRADITIONAL_FIRST_LINES),
        ("big5.txt", "big5", TRADITIONAL_FIRST_LINES),
        ("utf8_bom.txt", "utf-8-sig", SIMPLIFIED_FIRST_LINES),
        ("utf16le_bom.txt", "utf-16", SIMPLIFIED_FIRST_LINES),
        ("utf16be_bom.txt", "utf-16", SIMPLIFIED_FIRST_LINES),
        ("crlf.txt", "utf-8", SIMPLIFIED_FIRST_LINES),
        ("table_layout_gb2312.html", "gb18030", ("梁志峰表示，中小企业联系千家万户",)),
    ],
)
def test_ingest_encoding_detected(name, encoding, expected):
    (article,) = read_file(DATA / name)
    assert article.encoding == encoding
    for sentence in expected:
        assert sentence in article.text
    assert "\r" not in article.text and "\ufeff" not in article.text
    assert article.content_hash == hashlib.sha256((DATA / name).read_bytes()).hexdigest()


# Real sentences from the seeds, written in each legacy encoding at run time.
SIMPLIFIED = [
    "工业和信息化部部长金壮龙3月1日在国新办举行的“权威部门话开局”系列主题新闻发布会上介绍。",
    "工信部将聚焦5G、人工智能、生物制造、工业互联网、智能网联汽车、绿色低碳等重点领域。",
    "陶青表示，将进一步发挥政策效能，深入实施好十大重点行业稳增长工作方案。",
    "肖亚庆：今年，我国工业经济总体持续恢复，产业链供应链韧性和优势得到提升。",
    "金壮龙",  # three characters only
]
TRADITIONAL = [
    "國務院新聞辦公室舉行「權威部門話開局」系列主題新聞發佈會。",
    "工業和資訊化部部長金壯龍表示，將重點做好六個方面工作。",
    "推動軟體和資訊服務業高質量發展，加快工業網際網路建設。",
    "金壯龍",
]
CASES = (
    [(s, codec, "gb18030") for s in SIMPLIFIED for codec in ("gb18030", "gbk")]
    + [(s, codec, "gb18030") for s in TRADITIONAL for codec in ("gb18030", "gbk")]
    + [(s, "big5", "big5") for s in TRADITIONAL]
)


@pytest.mark.parametrize("sentence,codec,expected_codec", CASES)
def test_ingest_encoding_round_trip(sentence, codec, expected_codec):
    text, found = decode_bytes(sentence.encode(codec), "sample.txt")
    assert text == sentence
    assert found == expected_codec


def test_ingest_encoding_forced(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes("工業和資訊化部部長金壯龍表示".encode("big5"))
    (article,) = read_file(path, encoding="big5")
    assert article.text == "工業和資訊化部部長金壯龍表示"
    with pytest.raises(InputError, match="not valid utf-8.*re-save the file as UTF-8"):
        read_file(path, encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding 'klingon'.*gb18030, big5"):
        read_file(path, encoding="klingon")


@pytest.mark.parametrize(
    "name,raw,reason,fix",
    [
        ("empty.txt", b"", "empty file", "put the article text in it"),
        ("blank.txt", b"  \n\t\n", "empty file (only white space)", "put the article text"),
        ("image.png", (DATA / "image.png").read_bytes(), "binary file (PNG image)", "remove it"),
        ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF document)", "convert it to text"),
        ("report.docx", b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP archive", "save the document as text"),
        ("data.bin", b"\x01\x02\x00\x00\x05\x06\x07\x08" * 40, "binary file (contains NUL bytes)", ".txt, .html"),
        ("truncated_utf8.txt", (DATA / "truncated_utf8.txt").read_bytes(), "truncated UTF-8 file", "re-download"),
        ("cut16.txt", "工业和信息化部".encode("utf-16")[:-1], "truncated utf-16 file", "re-save"),
        # UTF-8 with a corrupt byte in the middle: neither UTF-8 nor a Chinese legacy encoding
        ("corrupt.txt", "工业和信息化部部长金壮龙表示".encode() + b"\xff" + "将重点做好六个方面工作".encode(),
         "cannot", "re-save the file as UTF-8"),
    ],
)
def test_ingest_encoding_bad_file_raises(tmp_path, name, raw, reason, fix):
    path = tmp_path / name
    path.write_bytes(raw)
    with pytest.raises(InputError) as caught:
        read_file(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert reason in message
    assert fix in message
    assert caught.value.fix


def test_ingest_encoding_bomless_utf16(tmp_path):
    path = tmp_path / "no_bom.txt"
    path.write_bytes("工信部 2023 report: 工业和信息化部 AI".encode("utf-16-le"))
    (article,) = read_file(path)
    assert article.text == "工信部 2023 report: 工业和信息化部 AI"
    assert article.encoding == "utf-16-le"


def test_ingest_encoding_western_legacy_needs_the_encoding(tmp_path):
    path = tmp_path / "russian.txt"
    text = "Ольга пишет письмо своей подруге о погоде в Москве. " * 5
    path.write_bytes(text.encode("cp1251"))
    with pytest.raises(InputError, match="cannot decode.*pass the right encoding"):
        read_file(path)
    (article,) = read_file(path, encoding="cp1251")
    assert article.text == text.strip()
