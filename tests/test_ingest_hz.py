"""HZ-GB-2312 (RFC 1843: GB2312 in 7-bit ASCII between ~{ and ~}) and news posts saved as text, read from real
files written here."""

from __future__ import annotations

import pytest

from kg.ingest import decode_bytes, read_file

TITLE = "化工部副部长主持召开化工生产会议"
PARAGRAPHS = ("新华社北京3月15日电 化学工业部副部长在京主持召开会议，部署全年化工生产工作。",
              "会议要求各地化工企业加强安全生产，完成全年生产计划。")
BODY = "\n".join(PARAGRAPHS)
SIGNATURE = "-- \nZhang San, Beijing\nzhang@example.edu"


def hz(text: str) -> str:
    """``text`` as HZ escapes, the way a 1990s news client wrote it."""
    return text.encode("hz").decode("ascii")


def news_post(subject: str, body: str, *, date: str = "Tue, 16 Mar 1999 08:12:00 GMT",
              charset: str | None = "HZ-GB-2312") -> str:
    headers = ["Path: news.example.edu!not-for-mail", "From: zhang@example.edu (Zhang San)",
               "Newsgroups: alt.chinese.text", f"Subject: {subject}", f"Date: {date}"]
    if charset:
        headers.append(f"Content-Type: text/plain; charset={charset}")
    return "\n".join(headers) + "\n\n" + body


@pytest.mark.parametrize(
    "raw,declared,text,codec",
    [
        (hz(BODY).encode("ascii"), None, BODY, "hz"),  # found by its escapes
        (b"short ~{;/9$~}", "HZ-GB-2312", "short 化工", "hz"),  # declared: one run is enough
        (b"A~~B ~{;/9$~} and ~{2?~}", "hz-gb-2312", "A~B 化工 and 部", "hz"),  # ~~ is a tilde
        (b"if (x) ~{ return; ~} else ~{ y(); ~}", None, "if (x) ~{ return; ~} else ~{ y(); ~}", "utf-8"),
        (b"one run ~{;/9$~} only", None, "one run ~{;/9$~} only", "utf-8"),  # too little to say
    ],
)
def test_ingest_hz_decoding(raw, declared, text, codec):
    assert decode_bytes(raw, "post.txt", declared=declared) == (text, codec)


@pytest.mark.parametrize("name", ["post.txt", "post"])
def test_ingest_hz_plain_text_file(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(hz(f"{TITLE}\n{BODY}\n").encode("ascii"))
    (article,) = read_file(path)
    assert article.encoding == "hz" and article.title == TITLE
    assert BODY in article.text and "~{" not in article.text


def test_ingest_hz_news_post_with_headers(tmp_path):
    path = tmp_path / "post.txt"
    path.write_bytes(news_post(hz(TITLE), hz(BODY) + "\n" + SIGNATURE + "\n").encode("ascii"))
    (article,) = read_file(path)
    assert article.title == TITLE and article.text.startswith(TITLE)
    assert str(article.date) == "1999-03-15"  # the dateline (3月15日) wins over the posting time, as elsewhere
    assert article.format == "email" and article.encoding == "hz"
    assert all(paragraph in article.text.split("\n") for paragraph in PARAGRAPHS)
    for header_or_signature in ("Newsgroups", "Path:", "zhang@example.edu", "Zhang San", "~{", "~}"):
        assert header_or_signature not in article.text, header_or_signature


@pytest.mark.parametrize(
    "date,day",
    [
        ("Tue, 16 Mar 1999 08:12:00 GMT", "1999-03-16"),
        ("Mon, 15 Mar 1999 20:30:00 -0500", "1999-03-16"),  # the day in Beijing
        ("16 Mar 1999 08:12:00 +0800", "1999-03-16"),
    ],
)
def test_ingest_hz_news_post_date_from_the_header(tmp_path, date, day):
    path = tmp_path / "post.txt"
    body = "化学工业部副部长在京主持召开会议，部署全年化工生产工作。"  # no dateline: the header gives the date
    path.write_bytes(news_post(hz(TITLE), hz(body), date=date).encode("ascii"))
    (article,) = read_file(path)
    assert str(article.date) == day and article.title == TITLE


def test_ingest_hz_news_post_without_a_charset_is_found_by_its_escapes(tmp_path):
    path = tmp_path / "post.txt"
    path.write_bytes(news_post(hz(TITLE), hz(BODY), charset=None).encode("ascii"))
    (article,) = read_file(path)
    assert article.title == TITLE and PARAGRAPHS[1] in article.text and article.encoding == "hz"


def test_ingest_hz_news_post_in_gbk_with_an_unencoded_subject(tmp_path):
    path = tmp_path / "post.txt"
    path.write_bytes(news_post(TITLE, BODY, charset=None).encode("gbk"))  # 8-bit bytes in the Subject header
    (article,) = read_file(path)
    assert article.title == TITLE and PARAGRAPHS[0] in article.text and article.encoding == "gb18030"


@pytest.mark.parametrize(
    "head",
    [
        "From: 本报记者 王磊\nTo: 编辑部\n",  # no Subject: a text that opens with addressing lines
        "From: a@example.cn\nSubject: 通知\nDate: 1999-03-16\n正文紧接着标题，没有空行。\n",  # no blank line
    ],
)
def test_ingest_hz_text_with_header_like_lines_stays_text(tmp_path, head):
    path = tmp_path / "note.txt"
    path.write_text(head + BODY + "\n", encoding="utf-8")
    (article,) = read_file(path)
    assert article.format == "text" and PARAGRAPHS[0] in article.text
