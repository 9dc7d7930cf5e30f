"""Page stamps the date rules must find (or leave alone): labelled stamps in mid-line, stamps run into their outlet.

Lines are from real pages of the audits (audit5 n07/n14/n17/n19/n02, audit6 p10/p42, audit p43).
"""

from __future__ import annotations

from datetime import date

import pytest

from kg.ingest import read_file
from kg.ingest.text import find_glued_stamp_date, find_metadata_line_date

BODY = "工业和信息化部部长李毅中2日在出席第十四届中国国际软件博览会时表示，要做大做强软件产业。"


@pytest.mark.parametrize(
    "text,expected,source",
    [
        # the stamp run into the outlet, with a counter after the seconds (p10)
        ("工信部:要用心用情当好制造业企业的“娘家人”\n锤子财富2023-07-06 22:39:281\n" + BODY, date(2023, 7, 6), "byline"),
        ("工信部:要用心用情当好制造业企业的“娘家人”\n锤子财富 2023-07-06 22:39:28\n" + BODY, date(2023, 7, 6), "byline"),
        # title, link and stamp on one line (n17, sina 2007)
        ("|\n十届人大常委会任命张庆伟为国防科工委主任http://www.sina.com.cn 2007年08月30日15:24 新华网\n" + BODY,
         date(2007, 8, 30), "byline"),
        # 更新时间 in the middle of a line that runs the title, the stamp and the body together (p42)
        ("李毅中:抓好技术进步 更新时间:2010-6-3 0:01:50 " + BODY, date(2010, 6, 3), "published-time"),
        ("标题\n李毅中:抓好技术进步 更新时间:2010-06-03 10:01:50 " + BODY, date(2010, 6, 3), "published-time"),
        ("标题\n更新时间:2010-06-03 10:01:50\n" + BODY, date(2010, 6, 3), "published-time"),
        # a 解读 headline with its stamp in brackets
        ("标题\n规划解读：推进智能制造 加快制造强国建设（发布时间：2021-12-28）\n" + BODY, date(2021, 12, 28), "published-time"),
        ("标题\n来源:新浪 日期:2012-04-14\n" + BODY, date(2012, 4, 14), "published-time"),
        # a bare 时间 field standing apart, with a numeric stamp, in a line that runs on into the body
        ("李毅中:抓好技术进步 时间:2010-06-03 10:01:50 " + BODY, date(2010, 6, 3), "published-time"),
        # a thesis page's 网络出版时间 (n19)
        ("国防科技工业:十年五大突破 新年十大任务\n(整期优先)网络出版时间:2008-01-11\n/ 1\n" + BODY, date(2008, 1, 11), "published-time"),
        # outlet, date and a read counter (n07)
        ("双语:国新办举行上半年工业和信息化发展情况发布会\n国新办 2021-07-23 618次\n" + BODY, date(2021, 7, 23), "byline"),
        # a notice's 成文日期 is the document's, 發布日期 the page's (audit p43)
        ("【工信部政策】通知\n成文日期:2017-05-16\n發布日期:2017-06-01\n文章來源:運行監測協調局\n" + BODY,
         date(2017, 6, 1), "published-time"),
    ],
)
def test_ingest_dates_stamps_found(tmp_path, text, expected, source):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_file(path)
    assert (article.date, article.date_source) == (expected, source)


@pytest.mark.parametrize(
    "text",
    [
        # a forum member's check-in panel, then a dateline without a year (n14): no year is stated
        "http://bbs.tuandui.org.cn/thread-21897-1-19.html\nTA的每日心情 | 开心 2012-3-14 10:29 |\n---|\n签到天数: 35 天 [LV.5]常住居民I\n"
        "中新网桂林11月20日电 原信息产业部副部长吕新奎20日表示，电子信息产业进一步巩固了回升向好态势。",
        "标题\n注册时间:2010-01-01\n" + BODY,
        # an e-paper's link to the next article, with the paper's date (n02)
        "第01版:要闻\n下一篇4 2023年3月28日 放大 缩小 默认\n本报讯 3月27日，工业和信息化部党组书记、部长金壮龙出席论坛。",
        # times of something else
        "标题\n会议时间：2023年5月17日 10:00\n" + BODY,
        "标题\n申报时间：2023年5月1日\n" + BODY,
        "标题\n活动时间：2023年5月17日 10:00，地点：北京国家会议中心\n" + BODY,
        "标题\n第二届中国国际软件发展大会 时间：2023年4月18日 地点：北京国家会议中心\n" + BODY,
        # a date in the narrative, with or without a clock time
        "标题\n2025年9月9日 10:00,国务院新闻办公室举行发布会。\n" + BODY,
        "标题\n工信部2023-07-06 22:39发布新规\n" + BODY,
        "标题\n工业和信息化部部长李毅中2010年6月2日在出席第十四届中国国际软件博览会时表示。\n" + BODY,
        # a bulleted link of a list with its time
        "标题\n· 李毅中：加快推进信息化与工业化融合 2008-10-20 10:00\n" + BODY,
    ],
    ids=["forum-panel", "forum-registration", "epaper-next-link", "meeting-time", "application-time", "event-time",
         "notice-time-field",
         "narrative-date-time", "headline-run-into-date", "narrative-date", "bulleted-link"],
)
def test_ingest_dates_stamps_not_taken(tmp_path, text):
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    (article,) = read_file(path)
    assert (article.date, article.date_source) == (None, None)


@pytest.mark.parametrize(
    "line,expected",
    [
        ("锤子财富2023-07-06 22:39:281", date(2023, 7, 6)),
        ("中国证券报2023-03-02 10:57", date(2023, 3, 2)),
        ("十届人大常委会任命张庆伟为国防科工委主任http://www.sina.com.cn 2007年08月30日15:24 新华网", date(2007, 8, 30)),
        ("锤子财富2023-07-06", None),  # no clock time: a date alone run into words is a phrase's
        ("2023-07-06 22:39:28", None),  # nothing before it: the metadata-line rule's case
        ("会议时间：2023年5月17日 10:00", None),
        ("锤子财富2023-07-06 22:391", None),  # a digit glued after minutes may be part of the time
    ],
)
def test_ingest_dates_glued_stamp(line, expected):
    assert find_glued_stamp_date(line) == expected


@pytest.mark.parametrize(
    "line,expected",
    [
        ("(整期优先)网络出版时间:2008-01-11", (date(2008, 1, 11), "published-time")),
        ("新浪更新时间:2012-04-14", (date(2012, 4, 14), "published-time")),
        ("国新办 2021-07-23 618次", (date(2021, 7, 23), "byline")),
        ("成文日期:2017-05-16", None),
        ("会议时间：2023年5月17日", None),
    ],
)
def test_ingest_dates_labelled_metadata_line(line, expected):
    assert find_metadata_line_date(line) == expected
