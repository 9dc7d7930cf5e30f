"""Plain text: page furniture at the end, and metadata written in the text.

Metadata found here (title, bylines, 发布时间, datelines) fills only what a
format's own metadata (front matter, HTML meta, JSON fields) left empty.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from itertools import islice

from kg.ingest.dates import make_date, make_year_last_date, parse_date

TITLE_MAX = 60  # a first line shorter than this is the title of a .txt article
_HEAD_LINES = 12  # bylines and datelines are looked for in the first lines only

_D = "[0-9０-９]"
_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_DATE = rf"{_D}{{4}}\s*[-/.年]\s*{_D}{{1,2}}\s*[-/.月]\s*{_D}{{1,2}}\s*日?"
_TIME = rf"(?:\s*{_D}{{1,2}}[:：]{_D}{{2}}(?:[:：]{_D}{{2}})?)?"

_SOURCE_WORD = "(?:来源|來源|稿源)"
# 中国证券报 2023-03-02 10:57
_BYLINE_RE = re.compile(rf"^\s*(?P<source>[^\s\d:：|]{{2,20}}?)\s+(?P<date>{_DATE}{_TIME})\s*$")
# 2023-03-02 10:57 来源：中国证券报 (來源 in Traditional pages)
_DATE_SOURCE_RE = re.compile(rf"^\s*(?P<date>{_DATE}{_TIME})\s*(?:{_SOURCE_WORD}\s*[:：]\s*(?P<source>\S+))?\s*$")
# 2025年9月10日 08:51  国务院新闻办、中国网: a date and time, then the outlets (no sentence)
_DATE_TIME_OUTLETS_RE = re.compile(
    rf"^\s*(?P<date>{_D}{{4}}\s*[-/.年]\s*{_D}{{1,2}}\s*[-/.月]\s*{_D}{{1,2}}\s*日?\s*{_D}{{1,2}}[:：]{_D}{{2}}(?:[:：]{_D}{{2}})?)"
    r"\s+[^\n。，,！？!?]{1,60}$"
)
# 发布时间:2024-04-26 13:11:08 来源: sp20240426, anywhere in a line: a page runs its stamp into the
# title (李毅中:抓好技术进步 更新时间:2010-6-3 0:01:50 工业和信息化部部长…). The words before
# 时间/日期 make it the page's own time (网络出版时间, 更新日期), unlike 会议时间 or 成文日期.
_PUBLISHING_WORDS = "发布|發布|發佈|发表|發表|发稿|發稿|更新|出版|上传|上傳|录入|錄入|刊发|刊發|见报|見報"
_PUBLISHING_WORD_END_RE = re.compile(rf"(?:{_PUBLISHING_WORDS})$")
_PUBLISHED_RE = PUBLISHED_STAMP_RE = re.compile(
    rf"(?:{_PUBLISHING_WORDS})(?:时间|時間|日期)\s*[:：]\s*(?P<date>{_DATE}{_TIME})(?![0-9０-９])"
)
# A bare 时间/日期 field inside a line (标题 时间:2023-07-06 10:00 正文…): only standing apart (after a
# space, a bracket or a bar) and with a numeric date, as stamps write it; a notice's 时间：2023年5月17日
# is the time of its meeting.
_TIME_FIELD_RE = re.compile(
    rf"(?:^|(?<=[\s(（\[【|｜/]))(?:时间|時間|日期)\s*[:：]\s*"
    rf"(?P<date>{_D}{{4}}[-/.]{_D}{{1,2}}[-/.]{_D}{{1,2}}{_TIME})(?![0-9０-９])"
)
# 锤子财富2023-07-06 22:39:281: a date and clock time run into the outlet (or title) before it, and into a
# counter after the seconds; the prefix is short and the line holds no sentence.
_GLUED_STAMP_RE = re.compile(
    rf"^(?P<before>[^\d０-９\s·•\-*●■▪>＞][^\n]{{0,29}}?)(?<![0-9０-９])\s*"
    rf"(?P<date>{_D}{{4}}\s*[-/.年]\s*{_D}{{1,2}}\s*[-/.月]\s*{_D}{{1,2}}\s*日?\s*{_D}{{1,2}}[:：]{_D}{{2}}"
    rf"(?P<seconds>[:：]{_D}{{2}})?)(?P<after>.*)$"
)
# Forum user panels (TA的每日心情 | 开心 2012-3-14 10:29, 注册时间:2010-01-01): a member's dates, not the page's
_FORUM_PANEL_RE = re.compile(r"每日心情|签到天数|注册时间|註冊時間|最后登录|最後登錄|上次登录|上次登錄|在线时间|在線時間")
# Lines that are only metadata: a date (with or without a time) among labelled
# fields, outlet names, weekdays and newspaper page marks, no sentence:
#   2010-12-27   作者:张三 來源:人民网 / 时间:2026-03-05 16:22:35 / 发布于 2026-03-05
#   date 2026-03-05 / 上一版 2012年10月17日 星期三 / 人民日报 2025年03月06日 第04版
# A body sentence starting with a date (2025年9月9日上午,国务院新闻办公室举行…)
# is the event's date, not the page's: punctuation, a date run into the words
# around it, or a long phrase make a line no metadata line.
_YEAR_LAST = rf"(?P<a>{_D}{{1,2}})(?P<sep>[-/.])(?P<b>{_D}{{1,2}})(?P=sep)(?P<y>{_D}{{4}})"
# (时间:5/10/2024 8:21:33 AM: a 12-hour clock is the American way of printing a time, and its date is month first)
_ANY_DATE_RE = re.compile(rf"(?<![0-9０-９])(?:{_DATE}|{_YEAR_LAST})(?![0-9０-９]){_TIME}(?P<ampm>(?<=\d)\s*(?:AM|PM|am|pm)\b)?")
_TIME_LABELS = (
    "发布时间|发表时间|发布日期|发稿时间|更新时间|时间|日期|发布于|发表于|发布|"
    "發布時間|發佈時間|發表時間|發布日期|發佈日期|發稿時間|更新時間|時間|發布於|發佈於|發表於|發布|發佈|"
    "[Dd]ate|DATE|[Tt]ime|[Pp]ublished"
)
_FIELD_LABELS = (
    "来源|來源|稿源|出处|出處|作者|记者|記者|责任编辑|責任編輯|编辑|編輯|责编|責編|通讯员|通訊員|"
    "摄影|攝影|浏览次数|瀏覽次數|浏览|瀏覽|阅读量|閱讀量|阅读|閱讀|点击|點擊|字号|字號|分享到"
)
_BARE_TIME_LABELS = ("时间", "時間", "日期")
_TIME_LABEL_RE = re.compile(rf"(?:{_TIME_LABELS})\s*[:：]?\s*$")
_META_TOKEN_RE = re.compile(
    rf"(?:{_TIME_LABELS}|{_FIELD_LABELS})(?:[:：]\S{{0,20}})?"  # a field, its value written with it or next
    r"|星期[一二三四五六日天]|周[一二三四五六日天]|禮拜[一二三四五六日天]"  # weekday
    rf"|第?\s*[A-Za-z]?{_D}{{1,3}}\s*版|上一版|下一版|[上下]一期|版面导航|版面導航"  # newspaper page marks
    rf"|{_D}{{1,9}}次"  # a read counter: 国新办 2021-07-23 618次
    r"|[^\s\d０-９]{2,12}"  # an outlet, a desk (综合报导), a reporter's name
)
_LABEL_START_RE = re.compile(rf"(?:{_FIELD_LABELS})\s*[:：]")
_META_SPLIT_RE = re.compile(r"[\s|｜·•／/()（）【】\[\]]+")
_META_TOKENS_MAX = 6
# where a paper's name is glued to the date before it or the page mark after it (1997年8月28日人民日报第2版)
_GLUED_PAPER_RE = re.compile(r"(?<=日)(?=[\u4e00-\u9fff]{1,8}报(?:\s|第|$))|(?<=报)(?=第\s*\d{1,3}\s*版)")
_SENTENCE_MARKS = re.compile(r"[。，,！？!?；;]")
# pinyin after characters, 來(lái)源: left out when matching metadata (the text keeps it; normalize removes it)
_LINE_PINYIN_RE = re.compile(r"(?<=[\u4e00-\u9fff])[(（][a-zü\u00e0-\u01dc\u0300-\u036f]{1,7}[1-5]?[)）]")


_LABELLED_START_RE = re.compile(
    rf"^(?:{_TIME_LABELS})\s*[:：]?\s*(?P<date>\d{{4}}[-/.年]\d{{1,2}}[-/.月]\d{{1,2}}日?)(?![\d])"
)
_URL_RE = re.compile(r"(?:https?://|www\.)[^\s，。]+")


def find_metadata_line_date(line: str) -> tuple[date, str] | None:
    """The date of a line that holds only page metadata, and "published-time" or "byline"; else None.

    The line may carry pinyin (來(lái)源). The date must stand apart from the
    words around it (space, a separator, a label before it) and every other
    word must be a metadata word: a field (作者:张三, 来源：人民网), a weekday,
    a page mark (第04版, 上一版) or a short name. A labelled time (时间:, 日期：,
    发布于, date) gives "published-time", the rest "byline".
    """
    probe = _LINE_PINYIN_RE.sub("", line).strip() if "(" in line or "（" in line else line.strip()
    if "http" in probe or "www." in probe:
        probe = _URL_RE.sub(" ", probe).strip()  # 日期:2022-10-01  移动:http://m.example.com/news/57.html
    if "报" in probe:
        probe = _GLUED_PAPER_RE.sub(" ", probe)  # 1997年8月28日人民日报第2版: a paper's archive glues date, name and page
    labelled_start = _LABELLED_START_RE.match(probe)
    if labelled_start:
        # date 2026-01-12 （中央社台北12日電）新華社今天報導…: a line opened by a time label and its date is
        # metadata whatever follows (the page ran the body on)
        found = parse_date(labelled_start.group("date"))
        if found is not None:
            return found, "published-time"
    if _SENTENCE_MARKS.search(probe):
        return None
    m = _ANY_DATE_RE.search(probe)
    if m is None:
        return None
    end = m.start() + len(m.group().rstrip())  # _DATE takes the spaces after 日 too
    before, after = probe[: m.start()], probe[end:]
    if after and not _META_SPLIT_RE.match(after) and not _LABEL_START_RE.match(after):
        return None  # 2025年9月9日上午…: the date is part of a phrase
    label = _TIME_LABEL_RE.search(before)
    labelled = label is not None
    if (
        label
        and label.group().startswith(_BARE_TIME_LABELS)
        and _has_cjk(before[label.start() - 1 : label.start()])
        and not _PUBLISHING_WORD_END_RE.search(before[: label.start()])
    ):
        return None  # 会议时间：2023年5月17日 10:00, 成文日期:2017-05-16: the time of something else
    if before and not labelled and not _META_SPLIT_RE.search(before[-1]) and before[-1] not in ":：":
        return None  # 国务院2025年9月9日…
    tokens = [t for t in _META_SPLIT_RE.split(before + " " + after) if t]
    if len(tokens) > _META_TOKENS_MAX or not all(_META_TOKEN_RE.fullmatch(t) for t in tokens):
        return None
    if m["y"]:
        first, second, year = (int(m[k].translate(_DIGITS)) for k in ("a", "b", "y"))
        found = make_date(year, first, second) if m["ampm"] else make_year_last_date(first, second, year)
    else:
        found = parse_date(m.group().removesuffix(m["ampm"] or ""))
    if found is None:
        return None
    return found, "published-time" if labelled else "byline"


def find_glued_stamp_date(line: str) -> date | None:
    """The date of a page stamp run into the text before it (锤子财富2023-07-06 22:39:281); else None.

    The stamp is a date with a clock time, after at most 30 characters of an
    outlet or title (a URL between them is dropped) and before nothing but
    metadata words or, after the seconds, a glued counter. A line holding a
    sentence mark, or opened by a digit or a list bullet, is no stamp line.
    """
    probe = _LINE_PINYIN_RE.sub("", line).strip() if "(" in line or "（" in line else line.strip()
    if "http" in probe or "www." in probe:
        probe = _URL_RE.sub(" ", probe).strip()  # 任命张庆伟为国防科工委主任http://www.sina.com.cn 2007年08月30日15:24 新华网
    if _SENTENCE_MARKS.search(probe):
        return None
    m = _GLUED_STAMP_RE.match(probe)
    if m is None:
        return None
    if m["before"].rstrip().endswith((":", "：")):
        return None  # 会议时间：2023年5月17日 10:00: a field, and not the page's (发布时间： is _PUBLISHED_RE's)
    after = m["after"]
    if m["seconds"]:
        after = after.lstrip("0123456789０１２３４５６７８９")  # 22:39:281: a read or comment counter
    elif after[:1].isdigit():
        return None
    if after and not _META_SPLIT_RE.match(after) and not _LABEL_START_RE.match(after):
        return None
    tokens = [t for t in _META_SPLIT_RE.split(after) if t]
    if len(tokens) > _META_TOKENS_MAX or not all(_META_TOKEN_RE.fullmatch(t) for t in tokens):
        return None
    return parse_date(m["date"])


_SOURCE_FIELD_RE = re.compile(rf"{_SOURCE_WORD}\s*[:：]\s*(?P<source>[^\s|/]{{2,20}})")
# 新华社北京12月25日电 / 中新网北京2023年3月1日电 / 本报北京3月1日讯
_AGENCIES = "新华社|中新社|中国新闻社|中新网|人民网|央视网|央视新闻|新京报|光明网|中国日报网|经济日报|人民日报|本报"
_DATELINE_RE = re.compile(
    rf"(?P<agency>{_AGENCIES})?(?:记者[^\d\n]{{0,12}}?)?[\u4e00-\u9fff]{{0,8}}?"
    rf"(?:(?P<y>{_D}{{4}})年)?(?P<m>{_D}{{1,2}})月(?P<d>{_D}{{1,2}})日(?:电|讯)"
)
_AGENCY_NAMES = {"中国新闻社": "中新社"}
# A press release's dateline: （2017年7月10日 柳州）7月10日晚，… (the date and the place in brackets, text after)
_RELEASE_DATELINE_RE = re.compile(
    rf"[(（]\s*(?P<y>{_D}{{4}})\s*年\s*(?P<m>{_D}{{1,2}})\s*月\s*(?P<d>{_D}{{1,2}})\s*日\s*[\u4e00-\u9fff]{{0,8}}\s*[)）]\s*\S"
)
# Every dateline ends with one of these: a plain substring test skips the
# costly search (optional parts at every position) on the other lines.
_DATELINE_ENDS = ("日电", "日讯")

# Link lists: a marker line and the short lines after it (link titles, "outlet date" lines); at the end of
# the text everything from the marker on, elsewhere the marker and the link lines up to the next prose line.
_READING_MARKERS = (
    "相关阅读|相关新闻|相关文章|相关报道|相关链接|相关文件|相关稿件|延伸阅读|推荐阅读|往期回顾|往期推荐|往期精选|往期阅读|"
    "相關閱讀|相關新聞|相關文章|相關報道|相關報導|相關鏈接|相關文件|相關稿件|延伸閱讀|推薦閱讀|往期回顧|往期推薦|往期精選|往期閱讀|"
    "相關鏈結|相關連結|相关链结|相关连结"  # Hong Kong and Taiwan pages
)
_TAIL_MARKERS = (
    f"{_READING_MARKERS}|热点推荐|热门推荐|最新评论|热门评论|网友评论|我要评论|猜你喜欢|更多精彩|为你推荐|"
    "熱點推薦|熱門推薦|最新評論|熱門評論|網友評論|我要評論|猜你喜歡|為你推薦"
)
# (相关阅读 ›: an arrow; འབྲེལ་ཡོད་གསར་འགྱུར། 相关新闻: the marker in Tibetan, Uyghur or Mongolian script first, on a
# bilingual page of a minority region)
_OTHER_SCRIPT_WORDS = "[\u0f00-\u0fff\u0600-\u06ff\u1800-\u18af\\s]*"
_TAIL_MARKER_RE = re.compile(rf"^\s*{_OTHER_SCRIPT_WORDS}[【\[]?(?:{_TAIL_MARKERS})[】\]]?\s*[:：›>»]?\s*$")
_TAIL_MARKER_WORD_RE = re.compile(_TAIL_MARKERS)
_BULLET = r"(?:[-–—·•*●■▪>＞]\s*)?"
# 相关阅读：工信部发布…: the marker and one link on a line
# …or in brackets without a colon: 「推荐阅读」王江平：推动石化化工行业高质量发展
_READING_LINK_RE = re.compile(
    rf"^\s*{_BULLET}(?:[【\[「](?:{_READING_MARKERS})[】\]」]\s*[:：]?|(?:{_READING_MARKERS})\s*[:：])\s*\S[^\n]{{0,80}}$"
)
# A link to the article before or after, anywhere in the page (- 上一篇: 区委书记刘宏锋到小店镇调研重点工作,
# 下一篇4 2023年3月28日, 【上篇】：…); 上一篇文章说明了… (a word of the sentence, no colon or space) stays.
_NAV_WORDS = (
    "(?:上一篇|下一篇|上一条|下一条|上一條|下一條|上一则|下一则|上一則|下一則|前一篇|后一篇|後一篇)(?:文章|新闻|新聞)?"
)
_NAV_LINK_RE = re.compile(
    rf"^\s*{_BULLET}(?:[【\[]{_NAV_WORDS}[】\]]|{_NAV_WORDS}(?=\s|[:：]|[0-9]|$))[^\n]{{0,120}}$"
    rf"|^\s*{_BULLET}(?:[【\[](?:上篇|下篇)[】\]]|(?:上篇|下篇)\s*[:：])[^\n]{{0,120}}$"
)
_NAV_LINK_WORD_RE = re.compile(r"[上下]一[篇条條则則]|[上下]篇|[前后後]一篇")
_SENTENCE_END = ("。", "！", "？", "!", "?")
_LINK_LINE_MAX = 80
# Editor lines: 编辑/范辉, (责编:袁勃、赵欣悦), 责任编辑：蒋晓桐
_EDITOR_RE = re.compile(
    r"^\s*[(（\[【]?\s*(?:责任编辑|责编|编辑|实习编辑|审核|审校|校对|监制|值班编辑|编审|签发)"
    r"(?:\s*[:：/／]\s*|\s+)[^\n。！？]{1,30}?\s*[)）\]】]?\s*$"
)
# Navigation and disclaimers closing a page: 上一篇：…, 下一篇：…, 声明：本站部分文章来源于网络…
_NAVIGATION_WORDS = "上一篇|下一篇|上一条|下一条|上一页|下一页|返回顶部|返回首页|返回列表|打印本页|关闭窗口|分享到"
_NAVIGATION_RE = re.compile(
    rf"^\s*(?:[【\[]?(?:{_NAVIGATION_WORDS})[】\]]?\s*)+$"  # a line of buttons
    r"|^\s*[【\[]?(?:上一篇|下一篇|上一条|下一条)[】\]]?\s*[:：][^\n]{0,80}$"  # a link to another article
    r"|^\s*[【\[]?(?:免责)?声明[】\]]?\s*[:：][^\n]{0,120}$"  # a disclaimer
)
# App and account promotions closing a page: 海量资讯、精准解读，尽在新浪财经APP; copyright footers
_PROMO_RE = re.compile(
    r"^[^\n。]{0,40}(?:APP|App|客户端|公众号|二维码|扫码)[^\n。]{0,20}$|^[^\n。]{0,40}(?:版权所有|Copyright|©|ICP备)[^\n。]{0,60}$"
)


# Menus and breadcrumbs of pages saved as text: 首页|必读|视频|专访|…, 位置: 首页 > 热点 > 正文, 字号:默认 超大 | 打印
_MENU_SEPARATORS_RE = re.compile(r"[|｜]")
_MENU_ITEM_MAX = 12
_PINYIN_RE = re.compile(r"\([^()\s]{1,8}\)")  # 運(yùn)營: items may carry pinyin, not counted
_BREADCRUMB_RE = re.compile(
    r"^\s*(?:(?:当前|您的|您现在的|當前|您現在的)?位置\s*[:：]\s*)?(?:首页|首頁|网站首页|網站首頁|主页|主頁|返回首页)\s*(?:>>|>|＞|»|›|→|/)"
)
_PAGE_TOOLS_RE = re.compile(r"^\s*[【\[]?\s*(?:字号|字號|字体|字體|分享到|打印|收藏本页|收藏本頁)\s*[:：]?[^\n。，,]{0,30}$")


# Account promotions anywhere in a page: 扫码关注…公众号,免费领取以下资料 / 1、回复“LTBPS”免费领取《…白皮书》
_PROMO_LINE_RE = re.compile(r"免费领取|扫码关注|长按识别|长按二维码|点击关注|关注公众号|回复“[^”\n]{1,12}”(?:即可)?(?:获取|领取|下载)")
_PROMO_LINE_MAX = 100


# An advertisement inside the body: 「广告」工业级5G CPE 厂家直销 点击咨询>>
_AD_LINE_RE = re.compile(r"^\s*[【\[「(（](?:广告|廣告|推广|推廣|赞助|贊助|AD|Ad)[】\]」)）]")


# A forum's edit stamp inside a post (本帖最后由 塞上老王 于 2011-7-29 09:16 编辑): Discuz! writes it into the post
_FORUM_EDIT_STAMP_RE = re.compile(r"^\s*本帖最后由\s*\S.{0,40}?\s*于\s*[\d\-/:. ]{8,20}\s*编辑\s*$")


def is_menu_line(line: str) -> bool:
    """A line of a page's menus or tools: four or more short items between bars, a breadcrumb, 字号/打印 buttons,
    an account promotion, an advertisement."""
    if len(line) <= _PROMO_LINE_MAX and (_PROMO_LINE_RE.search(line) or _AD_LINE_RE.match(line)
                                         or _FORUM_EDIT_STAMP_RE.match(line)):
        return True
    if "|" not in line and "｜" not in line:
        # breadcrumbs and buttons are short lines; body paragraphs are skipped without a regex
        return len(line) <= 80 and bool(_BREADCRUMB_RE.match(line) or _PAGE_TOOLS_RE.match(line))
    if _BREADCRUMB_RE.match(line) or _PAGE_TOOLS_RE.match(line):
        return True
    items = [_PINYIN_RE.sub("", item).strip() for item in _MENU_SEPARATORS_RE.split(line) if item.strip()]
    return len(items) >= 4 and all(len(item) <= _MENU_ITEM_MAX and not re.search("[。，,；;]", item) for item in items)


def is_link_line(line: str) -> bool:
    """A line linking to another article: 上一篇：…/下一篇：… (also 上一条, 上篇, with a bullet or in 【】),
    or 相关阅读：… with its one link; a line ending a sentence (。) is body text."""
    stripped = line.strip()
    if not stripped or len(stripped) > _LINK_LINE_MAX + 40 or stripped.endswith(_SENTENCE_END):
        return False
    return bool(_NAV_LINK_RE.match(stripped) or _READING_LINK_RE.match(stripped))


def _is_link_title(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) <= _LINK_LINE_MAX and not stripped.endswith(_SENTENCE_END)


def _drop_link_lists(lines: list[str]) -> list[str]:
    """Cut 相关阅读/相关新闻 lists: from a marker line to the end when only short lines follow, else the
    marker and the link titles after it, up to the next prose line (a list in the middle of a page)."""
    kept: list[str] = []
    i = 0
    while i < len(lines):
        if not _TAIL_MARKER_RE.match(lines[i]):
            kept.append(lines[i])
            i += 1
            continue
        end = i + 1
        while end < len(lines) and _is_link_title(lines[end]):
            end += 1
        if end == len(lines):
            break  # the list closes the page
        links = [line for line in lines[i + 1 : end] if line.strip()]
        if not links:
            kept.append(lines[i])  # 相关新闻 then prose: a heading of the body, not a list
            i += 1
            continue
        i = end  # the prose line after the list is kept
    return kept


def strip_page_furniture(text: str) -> str:
    """Remove menus, links to other articles and link lists; editor lines, footers and app promotions at the end.

    Conservative: only whole lines. Menus, 上一篇/下一篇 links and 相关阅读 lists go wherever they are;
    editor lines, disclaimers and promotions only at the end of the text.
    """
    # one search over the whole text spares matching every line when no link word occurs
    has_lists = _TAIL_MARKER_WORD_RE.search(text) is not None
    has_links = has_lists or _NAV_LINK_WORD_RE.search(text) is not None
    lines = [line for line in text.split("\n") if not is_menu_line(line) and not (has_links and is_link_line(line))]
    if has_lists:
        lines = _drop_link_lists(lines)
    while lines and (
        not lines[-1].strip()
        or _EDITOR_RE.match(lines[-1])
        or _PROMO_RE.match(lines[-1].strip())
        or _TAIL_MARKER_RE.match(lines[-1])
        or _NAVIGATION_RE.match(lines[-1])
    ):
        lines.pop()
    return "\n".join(lines)


# CJK compatibility ideographs (U+F900-FAFF, U+2F800-2FA1F): a PDF's text layer writes 吉林 as 吉 + U+F9F4. They look
# like the unified characters and NFKC maps each to one of them; normalize folds the text, this only lets the
# metadata patterns (年, 发布时间, a title) see the ordinary characters.
_COMPAT_IDEOGRAPH_RE = re.compile("[\uf900-\ufaff\U0002f800-\U0002fa1f]")


def fold_compat_ideographs(text: str) -> str:
    """``text`` with CJK compatibility ideographs replaced by their unified characters (same length)."""
    if not _COMPAT_IDEOGRAPH_RE.search(text):
        return text
    return _COMPAT_IDEOGRAPH_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group())[:1] or m.group(), text)


# Terminal captures (telnet BBS posts): colour and cursor codes. No maintained package here strips them from text
# with the ESC byte lost on the way as well (strip-ansi and ansi2txt need the ESC), hence the two patterns.
_ANSI_RE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-Z\\-_]")
# [1;31m, [m, [0;1;44m once the ESC byte is lost: colour codes only (a letter or ] after m makes it ordinary
# text: [mail], [5m]), and only where the text has several of them (a capture resets every colour it sets)
_BARE_COLOUR_RE = re.compile(r"\[(?:\d{1,3}(?:;\d{1,3})*)?m(?![A-Za-z\]])")
_BARE_COLOURS_MIN = 2


def strip_terminal_codes(text: str) -> str:
    """Remove ANSI escape sequences (``ESC[1;31m``) and the colour codes left when the ESC byte was lost
    (``[1;31m``, ``[m``); ordinary bracketed text (``[阅读文章]``, ``[1]``, ``[mail]``) stays."""
    if "\x1b" in text:
        text = _ANSI_RE.sub("", text).replace("\x1b", "")
    if "m" in text and len(_BARE_COLOUR_RE.findall(text, 0, 200_000)) >= _BARE_COLOURS_MIN:
        text = _BARE_COLOUR_RE.sub("", text)
    return text


# A post copied from a telnet BBS (水木社区, 北大未名): three header lines, the body, then "--" and the signature and
# origin lines (※ 来源:·水木社区 newsmth.net·[FROM: …]) and the reader's status bar
_BBS_HEADER_RE = re.compile(
    r"\A\s*发信人[:：][^\n]*\n\s*标\s*题[:：]\s*(?P<title>[^\n]*?)\s*\n\s*发信站[:：]\s*(?P<site>[^(（\n]*?)\s*"
    r"[(（](?P<when>[^)）\n]*)[)）][^\n]*\n"
)
_BBS_FOOTER_RE = re.compile(r"^--[ \t]*\n(?=(?:[^\n]*\n){0,12}?[ \t]*※[ \t]*(?:来源|修改|來源)[:：])", re.M)


@dataclass
class BbsPost:
    """A telnet BBS post: its body without header and footer, and what the header says."""

    body: str
    title: str | None
    date: date | None
    site: str | None


def split_bbs_post(text: str) -> BbsPost | None:
    """The parts of a BBS post (发信人/标题/发信站 header), or None for other texts."""
    m = _BBS_HEADER_RE.match(text)
    if m is None:
        return None
    body = text[m.end() :]
    footer = None
    for footer in _BBS_FOOTER_RE.finditer(body):
        pass  # the last "--" line before an origin line: a signature may hold its own "--"
    if footer is not None:
        body = body[: footer.start()]
    when = m["when"].strip()
    try:  # ctime, as 水木社区 writes it: Thu May 30 20:16:48 2019
        found: date | None = datetime.strptime(when, "%a %b %d %H:%M:%S %Y").date()
    except ValueError:
        found = parse_date(when)  # 2019年05月30日20:16:48 星期四
    return BbsPost(body, m["title"] or None, found, m["site"].strip() or None)


@dataclass
class TextMetadata:
    """What the text itself says about the article."""

    title: str | None = None
    page_date: date | None = None  # a byline or 发布时间 date
    page_date_source: str | None = None  # "byline" | "published-time"
    source: str | None = None
    dateline: tuple[int | None, int, int] | None = None  # (year or None, month, day)
    dateline_source: str | None = None  # the agency of the dateline


def _may_hold_dateline(s: str) -> bool:
    return _DATELINE_ENDS[0] in s or _DATELINE_ENDS[1] in s


def _has_cjk(s: str) -> bool:
    return re.search(r"[\u4e00-\u9fff]", s) is not None


def find_text_metadata(text: str, *, first_line_title: bool = True) -> TextMetadata:
    """Title (first short line), byline/发布时间 date and source, dateline of ``text``."""
    meta = TextMetadata()
    head = list(islice(filter(None, map(str.strip, text.split("\n"))), _HEAD_LINES))
    if first_line_title and head:
        first = head[0]
        if (
            len(first) < TITLE_MAX
            and not first.endswith(("。", "！", "？"))
            and not _BYLINE_RE.match(first)
            and not _DATE_SOURCE_RE.match(first)
            and not _DATE_TIME_OUTLETS_RE.match(first)
            and not (_may_hold_dateline(first) and _DATELINE_RE.match(first))
            and not find_metadata_line_date(first)
            and not find_glued_stamp_date(first)
        ):
            meta.title = first
    for line in head:
        if _FORUM_PANEL_RE.search(line):
            continue  # TA的每日心情 | 开心 2012-3-14 10:29: the member's check-in, not the page's date
        if "(" in line or "（" in line:
            line = _LINE_PINYIN_RE.sub("", line)  # 來(lái)源：國務(wù)院: match the fields without their pinyin
        m = _BYLINE_RE.match(line) or _DATE_SOURCE_RE.match(line) or _DATE_TIME_OUTLETS_RE.match(line)
        if m and meta.page_date is None:
            found = parse_date(m["date"])
            if found:
                meta.page_date, meta.page_date_source = found, "byline"
                source = m.groupdict().get("source")
                if source and _has_cjk(source) and meta.source is None:
                    meta.source = source
        m = _PUBLISHED_RE.search(line) or _TIME_FIELD_RE.search(line)
        if m and meta.page_date is None:
            found = parse_date(m["date"])
            if found:
                meta.page_date, meta.page_date_source = found, "published-time"
        if meta.page_date is None:
            found_line = find_metadata_line_date(line)
            if found_line:
                meta.page_date, meta.page_date_source = found_line
        if meta.page_date is None:
            found = find_glued_stamp_date(line)
            if found:
                meta.page_date, meta.page_date_source = found, "byline"
        m = _SOURCE_FIELD_RE.search(line)
        if m and meta.source is None and _has_cjk(m["source"]):
            meta.source = m["source"]
        if meta.dateline is None and line[:1] in "(（":
            m = _RELEASE_DATELINE_RE.match(line)
            if m and make_date(*(int(m[k].translate(_DIGITS)) for k in "ymd")):
                meta.dateline = tuple(int(m[k].translate(_DIGITS)) for k in "ymd")
        if meta.dateline is None and _may_hold_dateline(line[:60]):
            m = _DATELINE_RE.search(line[:60])
            if m:
                year = int(m["y"].translate(_DIGITS)) if m["y"] else None
                month, day = int(m["m"].translate(_DIGITS)), int(m["d"].translate(_DIGITS))
                if make_date(year or 2000, month, day):
                    meta.dateline = (year, month, day)
                    agency = m["agency"]
                    if agency and agency != "本报":
                        meta.dateline_source = _AGENCY_NAMES.get(agency, agency)
    return meta
