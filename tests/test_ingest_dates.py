"""Dates: parsing, datelines, and the seed dates of the gold."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kg.ingest import parse_date, read_file, resolve_dateline
from kg.ingest.text import find_metadata_line_date

CORPUS = Path(__file__).parent.parent / "data" / "corpus"
GOLD = Path("/work/shared/gold/seeds.jsonl")

# From /work/shared/gold/seeds.jsonl ("date") and DECISIONS.md
SEED_DATES = [
    ("000_3fbe88de0c0c7436.txt", date(2023, 3, 2), "byline"),
    ("001_8fdf2b91e3c68389.txt", None, None),
    ("002_5b4b3f48a74c9603.txt", date(2023, 12, 25), "dateline"),  # not the 2024-04-26 republication
    ("003_d0fe679171638b3c.txt", None, None),  # only 3月26日, no year
    ("004_02bab8e2bb98276c.txt", date(2021, 12, 25), "front-matter"),
]


@pytest.mark.parametrize("name,expected,source", SEED_DATES)
def test_ingest_dates_of_seeds(name, expected, source):
    (article,) = read_file(CORPUS / name)
    assert article.date == expected
    assert article.date_source == source


@pytest.mark.skipif(not GOLD.exists(), reason="gold seeds not available")
def test_ingest_dates_agree_with_gold_file():
    gold = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            gold[record["doc"]] = record["date"]
    assert set(gold) == {name for name, _, _ in SEED_DATES}
    for name in gold:
        (article,) = read_file(CORPUS / name)
        assert (article.date.isoformat() if article.date else None) == gold[name], name


@pytest.mark.parametrize(
    "value,expected",
    [
        ("Sat, 25 Dec 2021 00:03:46 GMT", date(2021, 12, 25)),
        ("Fri, 24 Dec 2021 17:00:00 GMT", date(2021, 12, 25)),  # 01:00 next day in Beijing
        ("Fri, 24 Dec 2021 15:59:59 +0000", date(2021, 12, 24)),
        ("2023-03-02", date(2023, 3, 2)),
        ("2023-03-02 10:57", date(2023, 3, 2)),
        ("2023-03-02T10:57:00+08:00", date(2023, 3, 2)),
        ("2023-03-01T20:00:00Z", date(2023, 3, 2)),
        ("2023-03-01T20:00:00-05:00", date(2023, 3, 2)),
        ("2023年3月2日 10:57", date(2023, 3, 2)),
        ("２０２３年３月２日", date(2023, 3, 2)),
        ("2023/03/02", date(2023, 3, 2)),
        ("2023.3.2", date(2023, 3, 2)),
        ("20230302", date(2023, 3, 2)),
        (date(2021, 12, 25), date(2021, 12, 25)),
        (datetime(2021, 12, 24, 20, 0, tzinfo=timezone.utc), date(2021, 12, 25)),
        (datetime(2021, 12, 24, 20, 0), date(2021, 12, 24)),  # naive: as written
        ("2023-13-01", None),
        ("2023-02-30", None),
        ("not a date", None),
        ("", None),
        (None, None),
        (20230302, None),
    ],
)
def test_ingest_dates_parse(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "month,day,page_date,expected",
    [
        (12, 25, date(2024, 4, 26), date(2023, 12, 25)),  # seed 002: republished months later
        (4, 20, date(2024, 4, 26), date(2024, 4, 20)),
        (4, 26, date(2024, 4, 26), date(2024, 4, 26)),
        (4, 27, date(2024, 4, 26), date(2024, 4, 27)),  # one day of slack for time zones
        (5, 1, date(2024, 4, 26), date(2023, 5, 1)),
        (2, 29, date(2024, 3, 1), date(2024, 2, 29)),
        (2, 29, date(2023, 3, 1), None),  # no such day
        (3, 1, None, None),  # no page date: the year is unknown
    ],
)
def test_ingest_dates_dateline_year(month, day, page_date, expected):
    assert resolve_dateline(month, day, page_date) == expected


@pytest.mark.parametrize(
    "text,expected,source,publisher",
    [
        ("标题\n新华社北京2023年12月25日电 工信部表示。", date(2023, 12, 25), "dateline", "新华社"),
        ("标题\n发布时间：2024-04-26 13:11\n中新社北京12月25日电 工信部表示。", date(2023, 12, 25), "dateline", "中新社"),
        ("标题\n发布时间:2024-04-26 13:11:08 来源: 人民网\n工信部表示。", date(2024, 4, 26), "published-time", "人民网"),
        ("标题\n2023-03-02 10:57 来源：中国证券报\n工信部表示。", date(2023, 3, 2), "byline", "中国证券报"),
        ("标题\n本报北京3月1日讯 工信部表示。", None, None, None),  # no year anywhere
        ("标题\n3月26日，国新办举行新闻发布会。", None, None, None),
        # a dateline is looked for in the first 60 characters of a line
        ("标题\n" + "工信部" * 14 + "新华社北京2023年12月25日电 工信部表示。", date(2023, 12, 25), "dateline", None),
        ("标题\n" + "工信部" * 15 + "新华社北京2023年12月25日电 工信部表示。", None, None, None),
        ("新华社北京2023年12月25日讯\n工信部表示。", date(2023, 12, 25), "dateline", "新华社"),  # not a title
        # Traditional pages: 來源, 發布時間
        ("標題\n2021-03-03 09:04 來源: 新聞辦網站\n工信部表示。", date(2021, 3, 3), "byline", "新聞辦網站"),
        ("標題\n2024年03月08日12:20   來源:人民網\n工信部表示。", date(2024, 3, 8), "byline", "人民網"),
        ("標題\n發布時間:2022-06-01 10:00\n工信部表示。", date(2022, 6, 1), "published-time", None),
        # a date and time, then the outlets
        ("标题\n2025年9月10日 08:51  国务院新闻办、中国网\n工信部表示。", date(2025, 9, 10), "byline", None),
        # a sentence that starts with a date is no byline
        ("标题\n2025年9月9日 10:00,国务院新闻办公室举行发布会。", None, None, None),
    ],
)
def test_ingest_dates_from_text(tmp_path, text, expected, source, publisher):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_file(path)
    assert (article.date, article.date_source, article.source) == (expected, source, publisher)


def test_ingest_dates_beijing_offset_is_eight_hours():
    moment = datetime(2021, 12, 24, 16, 0, tzinfo=timezone.utc)
    assert parse_date(moment) == date(2021, 12, 25)
    assert parse_date(moment - timedelta(seconds=1)) == date(2021, 12, 24)


@pytest.mark.parametrize(
    "value,expected",
    [
        ("24/03/2020", date(2020, 3, 24)),  # 24 is no month: day first
        ("03/24/2020 08:54", date(2020, 3, 24)),  # month first
        ("24.03.2020", date(2020, 3, 24)),
        ("05/05/2025", date(2025, 5, 5)),  # both readings agree
        ("10/09/2025 08:54", None),  # 10 September or October 9: no date rather than a wrong one
        ("1/2/2020", None),
        ("13/13/2020", None),
    ],
)
def test_ingest_dates_parse_year_last(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    "line,expected,source",
    [
        # a date, then the fields of a byline, also with pinyin in them
        ("2010-12-27   作者:张三 來(lái)源:人民网", date(2010, 12, 27), "byline"),
        ("2010-12-27 作者：張(zhāng)三 來(lái)源：人(rén)民網", date(2010, 12, 27), "byline"),
        ("2010-12-27来源：人民网", date(2010, 12, 27), "byline"),
        # a labelled time
        ("时间:2026-03-05 16:22:35", date(2026, 3, 5), "published-time"),
        ("時間：2026-03-05 16:22", date(2026, 3, 5), "published-time"),
        ("日期：2026年3月5日", date(2026, 3, 5), "published-time"),
        ("发布于 2026-03-05", date(2026, 3, 5), "published-time"),
        ("發佈於2026-03-05 09:00", date(2026, 3, 5), "published-time"),
        (" date 2026-03-05", date(2026, 3, 5), "published-time"),
        ("发布时间：2014-01-09 08:12:37\u3000来源：网络整理\u3000浏览次数：1326", date(2014, 1, 9), "published-time"),
        # a date alone, or with outlets, desks, weekdays, page marks
        ("2026-03-05", date(2026, 3, 5), "byline"),
        ("2012年10月17日(星期三)", date(2012, 10, 17), "byline"),
        ("上一版 2012年10月17日 星期三", date(2012, 10, 17), "byline"),
        ("人民日报 2025年03月06日 第04版", date(2025, 3, 6), "byline"),
        ("工商時報 綜合報導 2020.03.24 04:10", date(2020, 3, 24), "byline"),
        ("2021年3月25日 中文慢读新闻 · 中级", date(2021, 3, 25), "byline"),
        ("   日期:2022-10-01     移动:http://mapp.b2b-1.com/news/57.html", date(2022, 10, 1), "published-time"),
        # a time label and its date open the line, and the page ran the body on after them
        (" date 2026-01-12 （中央社台北12日電）新華社今天報導，中國工信部長李樂成受訪時說", date(2026, 1, 12), "published-time"),
        ("發布時間：2023年3月1日 國務院新聞辦公室舉行發布會，介紹情況。", date(2023, 3, 1), "published-time"),
        ("2022-10-01 www.example.com.cn 来源:人民网", date(2022, 10, 1), "byline"),
        # a paper's archive glues the date, the paper's name and the page together
        ("1997年8月28日人民日报 第2版", date(1997, 8, 28), "byline"),
        ("1997年8月28日人民日报第2版", date(1997, 8, 28), "byline"),
        ("1997年8月28日人民日报报道了会议", None, None),
        # day and month in an unknown order: only when a part is above 12
        ("24/09/2025 08:54", date(2025, 9, 24), "byline"),
        ("10/09/2025 08:54", None, None),
        # …or a 12-hour clock, which prints its date month first (an ASP.NET page's en-US stamp)
        ("时间:5/10/2024 8:21:33 AM 浏览:407", date(2024, 5, 10), "published-time"),
        ("发布日期：10/9/2025 3:05:00 PM", date(2025, 10, 9), "published-time"),
        # body sentences and headlines: the date of an event, no metadata
        ("2025年9月9日上午,国务院新闻办公室举行新闻发布会", None, None),
        ("2025年9月9日上午 国务院新闻办公室举行新闻发布会", None, None),
        ("2016年8月19日(星期五)上午10时举行新闻发布会", None, None),
        ("国务院新闻办公室2025年9月9日新闻发布会实录", None, None),
        ("工信部：2024年1月1日起实施新规", None, None),
        ("2025年9月9日来源于网络", None, None),
        ("2023年12月25日 工信部部署2024年工作 一是推动制造业高端化智能化绿色化发展", None, None),
    ],
)
def test_ingest_dates_metadata_line(line, expected, source):
    found = find_metadata_line_date(line)
    assert (found or (None, None)) == (expected, source)


@pytest.mark.parametrize(
    "text,expected,source,title",
    [
        ("标题\n2010-12-27   作者:张三 來(lái)源:人民网\n工信部表示，要推动制造业发展。", date(2010, 12, 27), "byline", "标题"),
        ("标题\n时间:2026-03-05 16:22:35\n工信部表示。", date(2026, 3, 5), "published-time", "标题"),
        # a newspaper page header first: it is no title
        ("人民日报 2025年03月06日 第04版\n稳增长扩内需\n工信部表示。", date(2025, 3, 6), "byline", None),
        ("上一版 2012年10月17日 星期三\n工信部表示。", date(2012, 10, 17), "byline", None),
        # the first metadata line gives the date, not a later date in the body
        ("标题\n2021年3月25日 中文慢读新闻\n2025年9月9日上午，国新办举行发布会。", date(2021, 3, 25), "byline", "标题"),
        ("标题\n2025年9月9日上午，国务院新闻办公室举行新闻发布会。", None, None, "标题"),
    ],
)
def test_ingest_dates_metadata_lines_in_text(tmp_path, text, expected, source, title):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_file(path)
    assert (article.date, article.date_source, article.title) == (expected, source, title)
