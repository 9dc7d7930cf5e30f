"""Rule-based relations between the mentions of one article.

Input is the normalized text, its sentences and paragraphs, and the merged
mentions; output is a list of ``(Relation, sentence Segment, rule)`` with
canonical labels. Speaker attribution follows the two shapes of the genre:
transcripts (a turn ``[职务] 姓名:`` holds until the next turn) and reported
speech (``X表示/说/介绍…`` holds for the sentence and what follows, until
another speaker or a section heading).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from kg.lexicon import Lexicon
from kg.model import Mention
from kg.nlp.mentions import (APPOINTING_RE, CJK, COUNCIL_PARENTS, COUNTRIES, DECREE_HEADING_RE, FIRST_PERSON_POST_RE, NAME_CUE_WORDS, NAME_NOTE_RE, NON_OFFICIAL_WORDS,
                             NOT_NAMES, NOTICE_TITLE_RE, RANK_NOTE_RE, REMOVED_POST_RE, RELATIVE_POST_VERBS, TURN_HEAD_RE, TURN_VERBS, decree_item_starts, decree_line_starts, find_foreign_ministries,
                             opens_clause, short_ministry_label, titles_before_is)
from kg.nlp.places import (article_city, article_county, article_district, article_prefecture, is_local_government,
                             place_government_of_kind, province_before)
from kg.nlp.text import Segment

SPEECH_VERBS = ("表示", "说", "介绍", "指出", "称", "透露", "强调", "提出", "认为", "谈到", "坦言", "回答", "答",
                "解释", "补充", "总结", "建议", "要求", "宣布", "说明", "披露", "谈", "表态", "回应", "解读", "希望")
# The verbs as words: 谈 of 座谈会/会谈/谈判, 称 of 名称/称号, 说 of 据说/小说 and 建议 of 意见建议 (a noun) name no speech.
SPEECH_VERB_RE = re.compile(
    "|".join(
        r"(?<![座会洽商访])谈(?![判])" if v == "谈" else r"(?<![名简职号堪俗通统])称(?![号为赞谓])" if v == "称"
        else r"(?<![小学据听传游])说" if v == "说" else r"(?<![见和的条])建议" if v == "建议" else v
        for v in SPEECH_VERBS
    )
    # 白玛赤林代表自治区人民政府作政府工作报告, 苗圩作工作报告: the report is his speech (报告提出… goes on with it)
    + r"|(?<![工操合动])(?:作|做)(?:了)?(?:政府)?工作报告(?!精神)"
)
NON_OFFICIAL_SPEAKER_RE = re.compile(
    r"(?:教授|专家|研究员|董事长|总经理|有关负责人|相关负责人|分析师|经济学家|院士|总裁|创始人|首席|企业家|人士|业者|网友|市民)"
    r"[^，。；]{0,8}?(?:表示|说|认为|指出|介绍|坦言|透露|称|分析|作(?:主旨)?(?:演讲|报告|发言)|发表|致辞)"
)
# The reporter, figures or the meeting itself speak: 记者从会上了解到…, 会议强调… end an official's passage.
NARRATOR_RE = re.compile(
    r"据了解|据悉|据统计|[^，,。；]{0,8}?(?:数据|统计|资料|官网|网站|信息|公告|报告)显示|记者(?:从[^，。]{1,30}?)?(?:了解到|获悉|注意到|获知)"
    r"|(?:会议|大会|会上)(?:强调|指出|要求|认为|提出|号召|明确|审议|听取|决定|通报)"
    r"|(?:备忘录|协议|协定|框架协议|合作协议)(?:确定|约定|明确|规定|提出|指出)"  # what a signed text says
    # 软博会是我国软件和信息技术服务业领域的专业展会: what the event is, told by the narrator
    r"|[^，,。；]{0,12}?(?:博览会|博会|展会|交易会|展览会|大会|论坛|峰会)(?:是|作为)(?:我国|国内|全国|全球|世界|目前|国家级)"
    # 活动采取“综合活动+专题活动”的形式开展, 本届博览会设置…: how the event is run, told by the narrator
    r"|(?:本次|此次|本届|这次|今年)?(?:活动|大会|展会|论坛|博览会|峰会|展览会)(?:期间|采取|设置|设有|共吸引|吸引了|同期|分为|为期|以“)"
)
# Words reported before any speaker is named (会上介绍，…; 据介绍，…): after a speaker they paraphrase him, but
# before him they are nobody's passage of his.
UNNAMED_REPORT_RE = re.compile(NARRATOR_RE.pattern + r"|(?:会上|会议|大会)?介绍[，,]|据介绍")
ISSUE_VERBS = ("联合印发", "印发", "出台", "发布", "制定", "制订", "修订", "颁布", "起草", "编制", "公布", "发表")
SELF_REFERENCES = ("我部", "我们", "咱们", "本部", "我委", "我局", "我司")
# (在机床、汽车、仪器仪表和工程机械四个行业中: a counted list is a scope as …等行业 is)
SCOPE_MARKERS_RE = re.compile(r"聚焦|围绕|面向|(?:覆盖|涵盖)(?=[^，,。；;\s]{0,30}?[、和及])|重点(?:推进|推动|发展|支持|突破|布局)"
                              r"|在[^，。；]{0,60}?(?:等|[一二三四五六七八九十两\d]{1,3}(?:个|大))[^，。；]{0,6}(?:领域|行业|产业|方向)"
                              r"|(?:等|(?<=[^\d一二三四五六七八九十两第])[一二三四五六七八九十两\d]{1,2}(?:个|大))(?:重点|新兴|前沿|关键)?(?:领域|行业|产业|方向)")
PARENT_SUFFIXES = ("部", "委", "办", "总局", "办公室", "国务院", "院", "署", "局", "厅", "委员会")
DEPT_SUFFIXES = ("司", "局", "厅", "办公室", "中心", "小组", "处")
# meeting kinds a generic reference may name (出席交流会, 参加推介会): only an event of that kind is meant
KIND_MEETINGS = ("交流会", "推介会", "洽谈会", "对接会", "报告会", "汇报会", "推进会", "研讨会", "表彰会", "动员会", "恳谈会")
KIND_MEETINGS_RE = "|".join(KIND_MEETINGS)
GENERIC_EVENT_RE = re.compile(
    r"(?:出席|参加|主持)(?:了)?(?:本次|此次|今天的|今日|当天的|本届|大会|会议)?"
    r"(?:新闻发布会|发布会|吹风会|记者会|通气会|见面会|招待会|开幕式|揭幕式|闭幕式|开幕会|闭幕会|开班式|培训班|主论坛|分论坛|成立大会|会议|大会|论坛|峰会|座谈会|座谈|仪式"
    # (…等出席交流会: a meeting of one kind, named before by its full name)
    rf"|{KIND_MEETINGS_RE}"
    r"|会(?![见谈晤客]))"  # (参加会见: the meeting with a visitor, no event)
    # 省长王国生，省政协主席杨松…到会听取委员发言: present at the session named before
    r"|到会(?=听取|指导|讲话|致辞|祝贺|并)"
    # …等领导和贵宾在礼炮声中为开幕式剪彩: who cut the ribbon opened the event named before
    r"|为(?:开幕式|开幕|开馆|开业)?剪彩"
    # …等回答记者提问: the people on a press event's platform (an open delegation session, a 部长通道)
    r"|回答(?:了)?(?:中外)?记者(?:的)?提问|答记者问"
)
# How far back a generic word (出席会议, 在会上) reaches for the event it means: a held one further
GENERIC_REACH, GENERIC_HELD_REACH = 1500, 3000
# 在会上, 在同一场吹风会上, 在大会分论坛上, 在会议期间
AT_MEETING_RE = re.compile(
    r"在(?:同一场|同场|本次|此次|当天的?|当日的?|今天的?)?"
    r"(?:(?:大会|会议|论坛|峰会)?(?:主论坛|分论坛|开幕式|揭幕式|闭幕式|开幕会|闭幕会|开班式)上|会上|发布会上|吹风会上|记者会上|通气会上|"
    r"会议上|大会上|论坛上|座谈会上|峰会上|会议总结时|(?:大会|会议|论坛|博览会|峰会)期间|"
    r"(?:授牌|签约|揭牌|挂牌|启动|颁奖|开工|签字)?仪式上)"  # 苗圩在授牌仪式上表示
)
HELD_RE = re.compile(r"召开|举行|举办|开幕|揭幕|闭幕|在[^，。]{1,12}开")
CHAIRED_RE = re.compile(r"(?:会议|大会|论坛|发布会|座谈会)由[^。；]{2,40}?主持")


@dataclass
class Found:
    s: str
    p: str
    o: str
    role: str | None
    sentence: Segment
    rule: str


@dataclass
class Context:
    text: str
    sentences: list[Segment]
    paragraphs: list[Segment]
    mentions: list[Mention]
    lex: Lexicon
    sentence_starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Every lookup is a bisect over sorted starts, so a 50 MB article stays linear.
        self.sentence_starts = [s.start for s in self.sentences]
        self.mentions = sorted(self.mentions, key=lambda m: (m.start, m.end))
        self.mention_starts = [m.start for m in self.mentions]
        self.org_by_end = {m.end: m for m in self.mentions if m.type == "Organization"}
        self.org_by_start = {m.start: m for m in self.mentions if m.type == "Organization"}
        self.titles_longest_first = list(self.lex.titles_longest_first)

    def sentence_at(self, pos: int) -> Segment:
        i = max(0, bisect_right(self.sentence_starts, pos) - 1)
        return self.sentences[i] if self.sentences else Segment(0, len(self.text), self.text)

    def sentences_in(self, start: int, end: int) -> list[Segment]:
        """Sentences starting inside [start, end), in text order."""
        return self.sentences[bisect_left(self.sentence_starts, start) : bisect_left(self.sentence_starts, end)]

    @functools.cached_property
    def official_by_start(self) -> dict[int, Mention]:
        return {m.start: m for m in self._by_type.get("Official", ((), ()))[1]}

    @functools.cached_property
    def city(self) -> str | None:
        """The one city the article is about (深圳市): the city its elided bodies were placed in (市委 read as
        中国共产党深圳市委员会, perhaps from the page's site), else ``article_city``'s."""
        for m in self.mentions:
            if m.rule == "elided-city":
                match = ELIDED_CITY_LABEL_RE.match(m.label)
                if match:
                    return match.group(1)
        return article_city(self.text, self.mentions, self.lex)

    @functools.cached_property
    def district(self) -> str | None:
        """The one city district the article is about (重庆市长寿区), with its city when the article has one."""
        district = article_district(self.text, self.mentions)
        city = self.city
        return f"{city}{district}" if district and city and not district.startswith(city) else district

    @functools.cached_property
    def prefecture(self) -> str | None:
        """The one autonomous prefecture the article is about (湘西土家族苗族自治州): ``article_prefecture``'s."""
        return article_prefecture(self.text, self.lex)

    @functools.cached_property
    def county(self) -> str | None:
        """The one county the article is about (玛纳斯县): ``article_county``'s."""
        return article_county(self.text, self.mentions)

    @functools.cached_property
    def interviewee(self) -> str | None:
        """The one official the article says was interviewed (专访了…主任李荣融, 李荣融接受本报记者采访), else None."""
        found = set()
        for m in self._by_type.get("Official", ((), ()))[1]:
            line_start = self.text.rfind("\n", 0, m.start) + 1
            before = INTERVIEW_BEFORE_RE.search(self.text, max(line_start, m.start - 40), m.start)
            after = INTERVIEW_AFTER_RE.match(self.text, m.end)
            if before and not self.in_span(before.start(1), before.end(1), ("Official",)) \
                    or after and not self.in_span(after.start(1), after.end(1), ("Official",)):
                found.add(m.label)
                # 司长闻库、信息通信管理局局长韩夏就《通知》回答了记者提问: two people interviewed
                found.update(o.label for o in _listed_before(self, m, titled=True))
        return found.pop() if len(found) == 1 else None

    @functools.cached_property
    def paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @functools.cached_property
    def turns(self) -> list[tuple[bool, str | None]]:
        """``turn_at`` of every paragraph, computed once (speakers and attendance both read it)."""
        return [turn_at(self, par) for par in self.paragraphs]

    @functools.cached_property
    def _by_type(self) -> dict[str, tuple[list[int], list[Mention]]]:
        """Per entity type: (starts, mentions) in text order (most lookups ask for one type)."""
        grouped: dict[str, list[Mention]] = {}
        for m in self.mentions:
            grouped.setdefault(m.type, []).append(m)
        return {t: ([m.start for m in ms], ms) for t, ms in grouped.items()}

    def sentences_with(self, entity_type: str) -> list[Segment]:
        """The sentences holding at least one mention of ``entity_type`` (what ``in_span`` finds), in text order.

        Most sentences name no programme, document or event: rules that need one skip the rest.
        """
        cache = self.__dict__.setdefault("_sentences_with", {})
        found = cache.get(entity_type)
        if found is None:
            indexes: dict[int, None] = {}
            for m in self._by_type.get(entity_type, ((), ()))[1]:
                i = bisect_right(self.sentence_starts, m.start) - 1
                if i >= 0 and m.end <= self.sentences[i].end:
                    indexes[i] = None
            found = cache[entity_type] = [self.sentences[i] for i in indexes]
        return found

    def in_span(self, start: int, end: int, types: tuple[str, ...] | None = None) -> list[Mention]:
        """Mentions lying inside [start, end), optionally of the given types, in text order."""
        if types is not None and len(types) == 1:
            starts, mentions = self._by_type.get(types[0], ((), ()))
            lo, hi = bisect_left(starts, start), bisect_left(starts, end)
            return [m for m in mentions[lo:hi] if m.end <= end]
        lo = bisect_left(self.mention_starts, start)
        hi = bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end and (types is None or m.type in types)]


# ---------------------------------------------------------------- posts


def _titles_before(text: str, end: int, ordered: list[str], org_ends: dict | None = None) -> tuple[int, list[str]]:
    """Titles (longest first in ``ordered``) written directly before ``end``: (start, titles in text order).

    A title that would swallow the end of a body's name (国家互联网信息|办公室主任) is
    not taken when ``org_ends`` (ends of organization mentions) says so: 主任 is.
    """
    found: list[str] = []
    pos = end
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    note = RANK_NOTE_BEFORE_RE.search(text, max(0, pos - 8), pos)
    pos = note.start() if note else pos  # 总工程师(副部长级)谢少锋: the rank note stands between title and name
    while True:
        # ends of bodies' names just before pos (a title is at most a few characters long)
        inside = [e for e in range(pos - 8, pos) if e in org_ends] if org_ends else ()
        for title in ordered:
            if inside and any(e > pos - len(title) for e in inside):
                continue
            if text.startswith(title, pos - len(title)) and pos - len(title) >= 0:
                found.insert(0, title)
                pos -= len(title)
                if org_ends and text[pos - 1 : pos] in ("原", "前") and pos - 1 in org_ends:
                    pos -= 1  # 工业和信息化部原部长: a post held before counts
                break
        else:
            break
        if pos > 0 and text[pos - 1] in "、和及兼":
            # Only a separator if another title precedes it.
            if any(text.startswith(t, pos - 1 - len(t)) for t in ordered):
                pos -= 1
                continue
        break
    return pos, found


RANK_NOTE_BEFORE_RE = re.compile(RANK_NOTE_RE.pattern + "$")
ALIAS_NOTE_BEFORE_RE = re.compile(r"[(（](?:以下简称|以下称|下称|简称)[^()（）]{1,14}[)）]$")


def _orgs_before(ctx: Context, pos: int) -> list[Mention]:
    """Organization mentions ending exactly at ``pos`` and chained before it (parent, department)."""
    chain: list[Mention] = []
    ends = ctx.org_by_end
    note = ALIAS_NOTE_BEFORE_RE.search(ctx.text, max(0, pos - 20), pos)
    if note and pos not in ends and note.start() in ends:
        pos = note.start()  # 工业和信息化部(下称“工信部”)党组书记、部长X: the note is no part of the chain
    while pos in ends:
        m = ends[pos]
        chain.insert(0, m)
        pos = m.start
    return chain


def _orgs_after(ctx: Context, pos: int, skip_notes: bool = False) -> tuple[list[Mention], int]:
    """Organization mentions starting exactly at ``pos`` and chained after it, and where the chain ends.

    ``skip_notes``: an alias note after a body (工业和信息化部(以下简称工信部)部长) is stepped over.
    """
    chain: list[Mention] = []
    starts = ctx.org_by_start
    while pos in starts:
        chain.append(starts[pos])
        pos = starts[pos].end
        note = _ALIAS_NOTE_RE.match(ctx.text, pos) if skip_notes else None
        pos = note.end() if note else pos
    return chain, pos


def _is_media(lex: Lexicon, label: str) -> bool:
    record = lex.record(label)
    return bool(record and record.type == "Organization" and record.extra.get("kind") == "media")


# (…、载人航天工程副总指挥X, …、课题组组长Y: a national project's or a study group's post, no body's)
_UNKNOWN_BODY_BEFORE_RE = re.compile(f"(?<=[{CJK}])、[{CJK}]{{0,10}}?(?:组委会|委员会|理事会|协会|学会|联合会|联盟|大会"
                                     "|工程|专项|课题组|项目组|专家组|工作组)$")


def _post_segments(ctx: Context, name_start: int) -> list[tuple[list[str], list[Mention], int]]:
    """Title segments before a name, left to right: ``工业和信息化部副部长、国家航天局局长X``.

    Each segment is (titles, its organization chain, start offset); a segment
    without its own body takes the body of the segment before it.
    """
    segments: list[tuple[list[str], list[Mention], int]] = []
    pos = name_start
    after_comma = False
    while True:
        title_start, titles = _titles_before(ctx.text, pos, ctx.titles_longest_first, ctx.org_by_end)
        if not titles:
            break
        orgs = _orgs_before(ctx, title_start) or _elided_government(ctx, title_start, titles) \
            or _elided_leading_group(ctx, title_start, titles)
        if not orgs and titles[-1] in ("链长", "组长", "副组长") and not segments:
            # 常务副省长、省新能源及装备制造产业链链长程晓波: one industry's chain is no body, and the posts
            # before it go on; so is a task force (统战部部长、省新材料产业专班组长徐建国)
            lead = INDUSTRY_CHAIN_RE.search(ctx.text, max(0, title_start - 20), title_start)
            if lead:
                pos = lead.start()
                continue
        if not orgs and not segments:
            # 青岛市市长、大会组委会主席张新起: a post at a body no list names (an event's committee) is stepped over,
            # and the posts before it go on
            unknown = _UNKNOWN_BODY_BEFORE_RE.search(ctx.text, max(0, title_start - 12), title_start)
            if unknown and any(ctx.text.startswith(t, unknown.start() - len(t)) for t in ctx.titles_longest_first):
                pos = unknown.start()
                continue
        if after_comma and not orgs:
            break  # …副部长，国家数据局局长X: a comma goes on a chain only from a post with its own body
        seg_start = orgs[0].start if orgs else title_start
        if orgs and ctx.text[seg_start - 1 : seg_start] in ("原", "前"):
            seg_start -= 1  # 原邮电部部长、原信息产业部部长吴基传: a post held before, in the chain
        if after_comma and seg_start > 0 and re.match(f"[{CJK}]", ctx.text[seg_start - 1]) \
                and ctx.text[seg_start - 1] not in "由请和与及了见有":
            # (会见了工业和信息化部党组成员、副部长，国家国防科工局党组书记、局长单忠德: the object of 会见 goes on)
            break  # 唐登杰担任福建代省长，北京市委副书记景俊海: the post before the comma is another clause's
        segments.insert(0, (titles, orgs, seg_start))
        term = _TERM_BEFORE_RE.search(ctx.text, max(0, seg_start - 8), seg_start) if orgs else None
        if term is not None:
            seg_start = term.start() + 1  # 工业和信息化部原部长、第十一届全国政协经济委员会副主任X: a body's term
        # 国防科工委副主任兼国家航天局局长X; 国家发展改革委党组成员，国家数据局党组书记、局长X
        if orgs and seg_start > 0 and ctx.text[seg_start - 1] in ("、", "兼", "，", ","):
            after_comma = ctx.text[seg_start - 1] in ("，", ",")
            pos = seg_start - 1
            continue
        break
    inherited: list[Mention] = []
    resolved = []
    for titles, orgs, seg_start in segments:
        orgs = orgs or inherited
        inherited = orgs
        resolved.append((titles, orgs, seg_start))
    return resolved


_TERM_BEFORE_RE = re.compile(r"、第?[一二三四五六七八九十]{1,3}届$")
INDUSTRY_CHAIN_RE = re.compile(f"、[{CJK}()（）]{{2,18}}(?:链|专班|工作组)$")
_GOVERNMENT_HEADS = ("省长", "副省长", "常务副省长", "代省长", "主席", "副主席", "常务副主席", "代主席")


def _elided_leading_group(ctx: Context, title_start: int, titles: list[str]) -> list[Mention]:
    """``省委常委、贵阳市委书记、领导小组副组长X``: a group's title after a bare 领导小组 is at the one leading group
    the article names (贵州省大数据产业发展领导小组)."""
    if not titles[-1].endswith("组长") or not ctx.text.endswith("领导小组", 0, title_start):
        return []
    groups = {m.label for m in ctx._by_type.get("Organization", ((), ()))[1] if m.label.endswith("领导小组")}
    groups = {g for g in groups if not any(other != g and other.endswith(g) for other in groups)}  # (省… in 贵州省…)
    if len(groups) != 1:
        return []
    return [Mention(title_start - 4, title_start, "领导小组", "Organization", groups.pop(), "elided-group")]


def _elided_government(ctx: Context, title_start: int, titles: list[str]) -> list[Mention]:
    """``自治区党委副书记、自治区主席X``: a governor's title after the province written elided (自治区, 省) is the
    province's government, the one the article names (a government the dictionary holds)."""
    if titles[-1] not in _GOVERNMENT_HEADS:
        return []
    word = "自治区" if ctx.text.endswith("自治区", 0, title_start) else "省" if ctx.text.endswith("省", 0, title_start) else ""
    start = title_start - len(word)
    if not word or (start > 0 and re.match(f"[{CJK}]", ctx.text[start - 1]) and ctx.text[start - 1] not in "和及由"):
        return []
    province = province_before(ctx.text, start, ctx.lex)
    if province is None or not province.endswith(word):
        return []
    if ctx.lex.type_of(province + "人民政府") != "Organization":
        return []
    return [Mention(start, title_start, word, "Organization", province + "人民政府", "elided-province")]


def _body_for_title(lex: Lexicon, title: str, body: str) -> str:
    """``中共湖南省委副书记、省长X``: a state title (省长, 市长) belongs to the government of the party committee's province."""
    if lex.titles.get(title) != "state":
        return body
    match = re.fullmatch(r"中国共产党(.+?)委员会", body)
    if match and lex.type_of(f"{match.group(1)}人民政府") == "Organization":
        return f"{match.group(1)}人民政府"
    if match and is_local_government(f"{match.group(1)}人民政府"):
        return f"{match.group(1)}人民政府"  # 贵阳市委常委、副市长: the city's government
    return body


# titles a paper writes short, as the post is named (香港特首: the chief executive)
TITLE_AS_POST = {"特首": "行政长官"}


def _role(title: str, orgs: list[Mention]) -> str:
    """The post as the gold writes it: 中共中央政治局常委 is a 政治局常委 of the Central Committee; 特首 is 行政长官."""
    if title in ("常委", "委员") and orgs and orgs[-1].text.endswith("政治局"):
        return "政治局" + title
    if title in TITLE_AS_POST:
        return TITLE_AS_POST[title]
    return title


def _post_body(lex: Lexicon, title: str, orgs: list[Mention]) -> str:
    """The body a title in a chain 机构+部门 belongs to.

    A spokesperson speaks for the whole body; other titles are the department's;
    a state title named with a party committee is the province's government.
    """
    if lex.titles.get(title) != "spokesperson":
        return _body_for_title(lex, title, orgs[-1].label)
    # 运行监测协调局局长、新闻发言人X: the department's ministry, when the dictionary knows it; a province's
    # department speaks for itself (甘肃省工信厅副厅长、新闻发言人X), not for the province's government
    record = lex.record(orgs[0].label)
    parent = record.extra.get("parent") if record is not None and record.extra.get("kind") == "department" else None
    if parent and parent != "国务院" and parent.endswith("人民政府"):
        return orgs[0].label
    return parent if parent and lex.type_of(parent) == "Organization" else orgs[0].label


SUBJECT_ACTS_RE = re.compile(r"召开|举行|举办|主持召开|组织召开")
SUBJECT_BODY_KINDS = ("ministry", "agency", "department", "council")


def _acting_subject_body(ctx: Context, sentence, title_start: int) -> Mention | None:
    """The body that opens ``sentence`` and holds a meeting in it, when titles start a clause after it.

    ``工信部召开党组扩大会议，党组书记、部长苗圩主持``: the titles without a body are that body's.
    """
    if ctx.text[title_start - 1 : title_start] not in ("，", ","):
        return None
    orgs = ctx.in_span(sentence.start, title_start, ("Organization",))
    if not orgs or orgs[0].start - sentence.start > 12 or re.search(r"[，,]", ctx.text[sentence.start : orgs[0].start]) \
            and not LEADING_TIME_CLAUSE_RE.match(ctx.text, sentence.start):
        return None
    subject = orgs[0]
    record = ctx.lex.record(subject.label)
    if record is None or record.extra.get("kind") not in SUBJECT_BODY_KINDS:
        return None
    if not SUBJECT_ACTS_RE.match(ctx.text, subject.end, subject.end + 6) and not SUBJECT_ACTS_RE.search(
            ctx.text, subject.end, min(title_start, subject.end + 8)):
        return None
    if ctx.in_span(subject.end, title_start, ("Official",)):
        return None  # another person between: the titles may be theirs
    return subject


ELIDED_CITY_LABEL_RE = re.compile(f"(?:中国共产党)?([{CJK}]{{2,6}}?市)")  # the city of 中国共产党深圳市委员会, 深圳市工信局
LEADING_TIME_CLAUSE_RE = re.compile(r"(?:\d{1,2}月\d{1,2}日|近日|日前|昨日|今天|昨天|今日)[上下]?午?[，,]")


# 江苏省委书记X、市委书记Y: a title after a local body written without its place has a body of its own,
# left open when the place is unknown, never the previous person's
ELIDED_LOCAL_BODY_BEFORE_RE = re.compile(r"[省市县区州](?:委|政府|人大常委会|政协)?$")


SAR_BEFORE_RE = re.compile(r"(香港|澳门)(?:特区|特别行政区)?(?:政府)?$")
VISITED_DISTRICT_RE = re.compile(f"(?:到|来到|赴|前往|抵达|走进|深入)([{CJK}]{{2,6}}?[区县])(?![域级委])")
VISITED_CITY_RE = re.compile(f"(?:到|来到|赴|前往|抵达|走进|深入)([{CJK}]{{2,4}}?市)(?![场民委区级属])")  # not 市场, 市民


# a foreign government's head named just before (俄罗斯副总理曼图罗夫、…): no State Council post
FOREIGN_BEFORE_RE = re.compile(f"(?:{'|'.join(COUNTRIES)}|外国|该国|两国)[^。；\n]{{0,10}}$")


def _place_named_last(ctx: Context, kind: str, end: int, reach: int = 200) -> Mention | None:
    """The government of the last city (``kind`` 市) or province (省) written before ``end`` within ``reach``."""
    for pos in range(end - 1, max(0, end - reach), -1):
        if ctx.text[pos] != kind:
            continue
        for size in range(2, 7):
            place = ctx.text[max(0, pos + 1 - size) : pos + 1]
            if place in ctx.lex.cities if kind == "市" else ctx.lex.type_of(f"{place}人民政府") == "Organization":
                return Mention(pos + 1 - size, pos + 1, place, "Organization", f"{place}人民政府", "place-named-last")
    return None


def _implied_body(ctx: Context, sentence: Segment, titles: list[str], start: int) -> Mention | None:
    """The body of a chain of titles written without one (``titles`` before a name at ``start``), tried in turn."""
    # 上海市市长X, 江苏省省长Y: a place before a state title names its government.
    # (重庆市原市长X: a post held before, 原 between the place and the title)
    place = re.search(r"([\u4e00-\u9fff]{1,6}?(?:省|市|自治区))(原|前)?$", ctx.text[max(0, start - 9) : start])
    if place and ctx.lex.type_of(f"{place.group(1)}人民政府") == "Organization":
        end = start - len(place.group(2) or "")
        return Mention(end - len(place.group(1)), end, place.group(1), "Organization", f"{place.group(1)}人民政府", "place")
    # 宁夏石嘴山市是…。该市市长王伟: the city (or province) named last before
    if ctx.text.endswith(("该市", "该省"), 0, start) and (named := _place_named_last(ctx, ctx.text[start - 1], start - 2)):
        return named
    # (政府副县长李宝炎: the government named by its word alone, the place elided)
    # 香港特区行政长官X, 香港特首Y: the region's government
    region = SAR_BEFORE_RE.search(ctx.text, max(0, start - 8), start)
    if region and titles[-1] in ("行政长官", "特首") and ctx.lex.type_of(f"{region.group(1)}特别行政区政府") == "Organization":
        return Mention(region.start(), start, region.group(), "Organization", f"{region.group(1)}特别行政区政府", "place")
    # (听取了副市长赵立新…的报告, 由副市长X主持: a particle or a preposition before the title leaves it bare)
    bare = not re.match(f"[{CJK}]", ctx.text[start - 1 : start] or " ") or ctx.text[start - 1] in "了由请向对同及与和" \
        or ctx.text.endswith("政府", 0, start) and titles[-1].endswith(("市长", "县长")) and not re.match(
            f"[{CJK}]", ctx.text[start - 3 : start - 2] or " ")
    if bare and titles[-1].endswith(("省长", "省长助理")) and (government := _place_government(ctx, "省长", start)):
        # 省长龚正 in an article about one province: that province's government
        return Mention(start, start, "", "Organization", government, "province")
    if bare and titles[-1] in ("市长", "副市长", "常务副市长", "代市长"):
        # 王永超率调研组来到桂林市，副市长王昕陪同调研: the vice mayor of the city the visit went to
        par_start = ctx.text.rfind("\n", 0, start) + 1  # the visit may be told in the sentence before
        visited = list(VISITED_CITY_RE.finditer(ctx.text, max(par_start, start - 120), start))
        if visited:
            city = visited[-1].group(1)
            return Mention(visited[-1].start(1), visited[-1].end(1), city, "Organization", f"{city}人民政府", "visited-city")
    if bare and titles[-1] in ("区长", "副区长", "常务副区长", "代区长", "县长", "副县长", "常务副县长", "代县长"):
        # 新乡市工信局…到红旗区考察调研，区长刘怀斌: the head of the district (or county) the visit went to
        par_start = ctx.text.rfind("\n", 0, start) + 1
        kind = titles[-1][-2]
        visited = [m for m in VISITED_DISTRICT_RE.finditer(ctx.text, max(par_start, start - 120), start)
                   if m.group(1).endswith(kind) and not m.group(1).startswith(("全", "各", "本", "该"))]
        if visited:
            place = visited[-1].group(1)
            city = ctx.city if kind == "区" else None
            government = f"{place}人民政府" if city is None or place.startswith(city) else f"{city}{place}人民政府"
            return Mention(visited[-1].start(1), visited[-1].end(1), place, "Organization", government, "visited-city")
    if bare and titles[-1] in ("市长", "副市长", "常务副市长", "代市长", "县长", "副县长", "常务副县长", "代县长", "州长", "副州长",
                               "区长", "副区长", "常务副区长", "代区长", "旗长", "副旗长", "盟长", "副盟长", "专员", "副专员") \
            and (government := _place_government(ctx, titles[-1], start)):
        # 市长张科出席 in an article about 揭阳: that city's government (县长X: the county's, 副州长Y: the prefecture's)
        return Mention(start, start, "", "Organization", government, "city")
    if (visited_body := _visited_body_before(ctx, start)) is not None and title_fits_body(titles[-1], visited_body.label):
        return visited_body  # 拜访国资委,与主任张玉卓会谈: the head of the body the visit went to
    if titles[-1] == "国务委员" and ctx.lex.type_of("国务院") == "Organization":
        return Mention(start, start, "", "Organization", "国务院", "state-council")  # named or not, on the State Council
    if bare and titles[-1] in ("副总理", "常务副总理", "代总理") and ctx.lex.type_of("国务院") == "Organization" \
            and not FOREIGN_BEFORE_RE.search(ctx.text, max(0, start - 12), start):
        return Mention(start, start, "", "Organization", "国务院", "state-council")  # 副总理李鹏: the State Council's
    # 部党组成员、副部长X: 部 is the ministry the article has named last; 工信部召开党组扩大会议，党组书记、部长苗圩主持:
    # the body the sentence opens with, acting
    return _abbreviated_body(ctx, start) or _leaders_body(ctx, sentence, start) or _acting_subject_body(ctx, sentence, start)


_VISIT_VERB_BEFORE_RE = re.compile(r"(?:拜访|拜会|走访|访问|来到|前往|到访|到|赴)$")


def _visited_body_before(ctx: Context, start: int) -> Mention | None:
    """``拜访国资委，与主任张玉卓``, ``到工信部与副部长熊继军会谈``: the body a visit went to, right before 与 and
    the titles at ``start``."""
    if not ctx.text.endswith("与", 0, start):
        return None
    end = start - 1
    if ctx.text[end - 1 : end] in ("，", ",", "并"):
        end -= 1
    body = ctx.org_by_end.get(end)
    if body is None or _VISIT_VERB_BEFORE_RE.search(ctx.text, max(0, body.start - 3), body.start) is None:
        return None
    return body


# 出席仪式的部领导还有：副部长X, 委领导Y: the leaders of the body the one character stands for
_LEADERS_OF_RE = re.compile(r"([部委局厅署])(?:领导|党组成员)(?:还有|有|包括|分别是|[:：])")


def _leaders_body(ctx: Context, sentence: Segment, start: int) -> Mention | None:
    """``出席挂牌仪式的部领导还有：副部长欧新黔…``: a title with no body after the sentence says whose leaders
    these are (部领导: the ministry named last before)."""
    leaders = None
    for leaders in _LEADERS_OF_RE.finditer(ctx.text, sentence.start, start):
        pass
    if leaders is None:
        return None
    body = _abbreviated_body(ctx, leaders.end(1), in_word=True)
    return Mention(start, start, "", "Organization", body.label, "leaders-body") if body is not None else None


UNKNOWN_BODY_END_RE = re.compile(f"[{CJK}]{{3,}}(?:[(（][A-Za-z]{{2,8}}[)）])?$")  # 国际电信联盟(ITU)


NEW_CLAUSE_VERB_RE = re.compile(r"当选|出任|担任|接任|升任|调任|任(?!命)|辞去?|代理")


# The posts of a body's party group, which a head of the body holds with his head's title (党组成员、副部长X)
PARTY_GROUP_TITLES = ("党组成员", "党组副书记", "党组书记")


def find_posts(ctx: Context) -> list[Found]:
    """holdsPost from ``[机构][部门]职务、职务 姓名`` chains; a list inherits the previous person's body."""
    out: list[Found] = []
    previous: tuple[int, list[Mention], list[Mention]] | None = None  # (end of previous chain, its orgs, its first body)
    chain_posts: list[Found] = []  # the posts of the last titled person: names listed after it share them
    for m in ctx.mentions:
        if m.type != "Official":
            continue
        segments = _post_segments(ctx, m.start)
        if segments and ctx.text[m.start - 1 : m.start] == " " and NEW_CLAUSE_VERB_RE.match(ctx.text, m.end):
            segments = []  # 郑栅洁当选…主任 王清宪当选…省长: a headline's space ends a clause; the name opens the next
        if not segments:
            # 部党组成员、副部长陈肇雄、刘利华、辛国斌: a name listed right after a titled one shares its whole chain.
            if previous is not None and chain_posts and ctx.text[previous[0] : m.start] in ("、", "和", "及", "与"):
                out += [Found(m.label, p.p, p.o, p.role, p.sentence, "shared-title") for p in chain_posts]
                previous = (m.end, previous[1], previous[2])
            continue
        sentence = ctx.sentence_at(m.start)
        first_titles, first_orgs, first_start = segments[0]
        if not first_orgs:
            body = _implied_body(ctx, sentence, first_titles, first_start)
            if body is not None:
                segments = [(t, o or [body], st) for t, o, st in segments]
                first_orgs = [body]
        if not first_orgs and previous is not None and not ELIDED_LOCAL_BODY_BEFORE_RE.search(ctx.text, max(0, first_start - 4), first_start):
            gap = ctx.text[previous[0] : first_start]
            # A list (部长X，副部长Y) or the same sentence going on (部长X作报告，副部长Y主持会议).
            same_list = len(gap) <= 3 and re.fullmatch(r"[\s,，、]*", gap)
            # (…区长X，上海市经济和信息化工作党委书记Y: a body no rule knows names Y's title, no inheritance)
            same_sentence = len(gap) <= 20 and not ctx.in_span(previous[0], first_start, ("Organization", "Official")) \
                and not UNKNOWN_BODY_END_RE.search(gap)
            # 信息产业部党组书记、部长吴基传出席会议并讲话。副部长吕新奎主持会议: the next sentence opens with a title of
            # the same body's kind, and names nothing between
            # (…主持召开党组会议，传达学习…，研究部署…。党组成员、副部长X: the rest of the sentence may be long when
            # it names nobody and no body)
            next_sentence = previous[0] < sentence.start and (sentence.start - previous[0] <= 30 or (
                sentence.start - previous[0] <= 120 and not re.search("[。！？!?\n]", ctx.text[previous[0] : sentence.start - 1]))) \
                and not ctx.text[sentence.start : first_start].strip() and "\n" not in gap \
                and not ctx.in_span(previous[0], first_start, ("Organization", "Official")) \
                and all(t.removeprefix("常务").removeprefix("副") in ("部长", "局长", "厅长", "司长")
                        or t in PARTY_GROUP_TITLES for t in first_titles) \
                and any(t not in PARTY_GROUP_TITLES for t in first_titles) \
                and all(title_fits_body(t, previous[1][-1].label) for t in first_titles)
            if next_sentence or previous[0] >= sentence.start and (same_list or same_sentence):
                # A spokesperson in the list speaks for the body the previous chain started with
                # (部新闻发言人、运行监测协调局局长X，新闻发言人、信息通信管理局局长Y).
                segments = [
                    (t, o or (previous[2] if _all_spokesperson(ctx.lex, t) else previous[1]), st)
                    for t, o, st in segments
                ]
        # 国家统计局新闻发言人、国民经济综合统计司司长X: a department named in the chain after its parent.
        for (_, before, _), (_, orgs, _) in zip(segments, segments[1:]):
            if before and len(orgs) == 1 and orgs[0] is not before[-1] and ctx.lex.record(orgs[0].label) is not None \
                    and not _names_other_parent(ctx.lex, orgs[0].label, before[0].label):
                out.append(Found(orgs[0].label, "partOf", before[0].label, None, sentence, "department-in-chain"))
        last_orgs: list[Mention] = []
        top_orgs: list[Mention] = []
        chain_posts = []
        for titles, orgs, _ in segments:
            orgs = [o for o in orgs if not _is_media(ctx.lex, o.label)]
            if not orgs:
                continue
            last_orgs, top_orgs = orgs, top_orgs or orgs[:1]
            for title in titles:
                chain_posts.append(Found(m.label, "holdsPost", _post_body(ctx.lex, title, orgs), _role(title, orgs), sentence, "title-chain"))
        out += chain_posts
        if last_orgs:
            previous = (m.end, last_orgs, top_orgs)
    out += _parenthetical_posts(ctx) + _name_then_title_posts(ctx) + _appointed_posts(ctx) + _decree_posts(ctx) \
        + _posts_removed_from_the_appointed(ctx) + _name_body_title_posts(ctx)
    out += _relative_clause_posts(ctx)
    out += _fused_title_posts(ctx) + _title_is_posts(ctx) + _group_role_posts(ctx)
    return [f for f in out if f.p != "holdsPost" or title_fits_body(f.role, f.o)]


# A head's title names the kind of body it heads: 副省长 of a provincial government, 厅长 of a 厅 …
TITLE_BODY_ENDS = {
    "省长": ("省人民政府", "自治区人民政府"), "市长": ("市人民政府",), "县长": ("县人民政府",), "区长": ("区人民政府",),
    "州长": ("州人民政府",), "盟长": ("盟行政公署",), "旗长": ("旗人民政府",),
    "厅长": ("厅",), "司长": ("司",), "局长": ("局",), "部长": ("部",),
    # party titles belong to a committee (市委常委、副市长X after a 厅's official is no 常委 of the 厅)
    "常委": ("委员会", "政治局"), "书记": ("委员会", "委", "党委", "工委", "书记处"),
    # 中共中央政治局委员, 中央军委委员 are posts; a member of the CPPCC or of a panel is none (gold)
    "国务委员": ("国务院",),
    "委员": ("政治局", "军事委员会", "常务委员会"),  # …and of a people's congress's standing committee (全国人大常委会委员)
    # an association's offices are no public posts (they only let a chain of posts go on)
    "会长": (), "名誉会长": (), "执行会长": (), "理事长": (), "荣誉理事长": (),
    # 主任 heads a commission or an office, never a ministry (省委书记、省人大常委会主任X after 工信部部长Y)
    "主任": ("委", "委员会", "办公室", "办", "室", "中心", "常委会", "组", "厅", "局", "机构", "会"),
    "国家主席": ("中华人民共和国",), "国家副主席": ("中华人民共和国",), "总理": ("国务院",), "主席": ("委员会", "政协", "军委", "联合会", "协会", "自治区人民政府", "会"),
}


def title_fits_body(title: str | None, body: str) -> bool:
    """False when a head's title cannot be of ``body`` (副省长 of 工业和信息化部, 副市长 of a 厅): a post carried over wrongly."""
    head = (title or "").removeprefix("副").removeprefix("常务副")
    if head == "委员" and body.startswith("中国共产党") and body.endswith("委员会"):
        return True  # 浙江省委委员、常委、书记: a member of a party committee holds a post
    ends = TITLE_BODY_ENDS.get(head)
    return ends is None or body.endswith(ends)


def _name_body_title_posts(ctx: Context) -> list[Found]:
    """``苗圩 工业和信息化部部长``: a list written name first (the body and title follow the name).

    Not when another name follows the title (…部长李四 is Li Si's post).
    """
    out: list[Found] = []
    official_starts = {m.start for m in ctx.mentions if m.type == "Official"}
    for m in ctx.mentions:
        if m.type != "Official":
            continue
        pos = m.end
        while pos < len(ctx.text) and ctx.text[pos] in " \t":
            pos += 1
        orgs, pos = _orgs_after(ctx, pos)
        orgs = [o for o in orgs if not _is_media(ctx.lex, o.label)]
        if not orgs:
            if pos > m.end:  # 陈良贤 副省长 on a list line: the province's (or city's) head
                out += _name_then_head_of_place(ctx, m, pos, line_end=True)
            continue
        end, titles = _titles_after(ctx.text, pos, ctx.titles_longest_first)
        if not titles:
            continue
        after = end
        while after < len(ctx.text) and ctx.text[after] in " \t":
            after += 1
        if after in official_starts or re.match(f"[{CJK}]", ctx.text[end : end + 1] or " ") and not re.match(
                r"[、，,；;。）)\s]|和|及|等|出席|参加|表示|指出|介绍|主持", ctx.text[end : end + 2]):
            continue
        sentence = ctx.sentence_at(m.start)
        for title in titles:
            out.append(Found(m.label, "holdsPost", _post_body(ctx.lex, title, orgs), _role(title, orgs), sentence, "name-body-title"))
    return out


SUCCEEDED_VERBS = ("接替", "接任", "取代", "替代", "顶替")
# what may open a later clause of the same person's appointments (…任湖北省委副书记，同月被任命为湖北省副省长)
_APPOINTED_AGAIN_RE = re.compile(r"(?:同月|同年|当月|当年|次年|随后|后来|后|又|并|同时|\d{4}年|\d{1,2}月|[一二三四五六七八九十]{1,2}月)*")
_PRONOUN_SUBJECT_RE = re.compile(r"(?<![其吉])[他她](?!们|人|国|方|的)")
# (王宪魁辞去黑龙江省省长职务: a post resigned from was held, as one a decree ends)
APPOINTED_RE = re.compile(r"(?:担任|出任|兼任|升任|调任|转任|改任|接任|继任|被任命为|任命为|任命|当选为|当选|履新|跻身|获任|辞去|任)(?:了|过)?")
PROPOSED_POST_WORDS = ("拟任", "拟提名", "拟推荐", "拟为", "拟担任")
# 出任新组建的工业和信息化部首任部长; 任命X为中央人民政府纺织工业部部长 (1949-54: the Central People's Government's
# ministries, named under it)
NEW_BODY_RE = re.compile(r"(?:新组建|新成立|新设立|重新组建)的|中央人民政府(?=[^，,。；;]{2,8}部)")
_ALIAS_NOTE_RE = re.compile(r"[(（]以下简称[^)）]{1,12}[)）]")


# A career verb starts a chain of posts (曾任A局长，B省委常委、C市委书记); a bare 任 only after a date or a stop
# (2008年3月起任…), never inside 主任, 责任, 信任.
CAREER_VERB_RE = re.compile(r"曾任|历任|曾担任|先后(?:担)?任|现任|后任|起任|改任|调任|升任|转任")
# Heads of bodies that are no entities of ours (companies, banks, plants) in a career chain.
OTHER_HEADS = ("总经理", "副总经理", "经理", "董事长", "副董事长", "总裁", "副总裁", "厂长", "副厂长", "行长", "社长", "所长", "院长", "校长")
# 苗圩，男，汉族…; 胡明朗早年在广西公安系统工作，曾任…: a paragraph that opens a person's career
# (陈锦华同志1929年7月出生: an obituary's 生平 paragraph)
BIOGRAPHY_HEAD_RE = re.compile(r"[，,（(]\s*(?:男|女|汉族|[\u4e00-\u9fff]{1,3}族|\d{4}年|原名|曾用名)|[男女][，,]|早年|长期在|曾经?任|此前任|历任|青年时"
                               r"|同志[，,]?\d{4}年(?:\d{1,2}月)?(?:出)?生"
                               # 文敏生同志于1997年6月24日在北京逝世: an obituary's subject
                               r"|同志(?:于|因病|因)[^。]{0,30}?逝世"
                               # 王旭东一九九三年任中央组织部副部长: the name, then a year (in figures or characters) and a post
                               r"|(?:同志)?(?:\d{4}|[一二三四五六七八九〇零OО○]{4})年(?:\d{1,2}月|[一二三四五六七八九十]{1,2}月)?"
                               r"(?:\d{1,2}日)?(?:起|开始|后)?(?:任|担任|出任|调任|当选)")


# a clause whose subject is the writer (我担任…顾问, 1985年我调任…), after at most a time
_FIRST_PERSON_CLAUSE_RE = re.compile(r"\s*[\d一二三四五六七八九十〇零年月日初底后时当次同]{0,10}我(?![国省市区县部委厅局司们])")


def _appointed_posts(ctx: Context) -> list[Found]:
    """``金壮龙任工信部党组书记``, ``李毅中仍担任工信部部长一职``: a post given by a verb of appointment;
    ``曾任A局长，中共B省委常委、C市委书记``: every post of a career chain (a body we do not know, such as a
    company, is stepped over)."""
    out: list[Found] = []
    starts, officials = ctx._by_type.get("Official", ((), ()))
    official_starts = set(starts)
    for match in APPOINTED_RE.finditer(ctx.text):
        if match.group() == "任命":
            continue  # a decree: _decree_posts
        if ctx.text[match.start() - 1 : match.start()] == "拟":
            continue  # 拟任原材料工业司司长 (a 任前公示): a post proposed, not held
        if re.search("[您你]", ctx.text[max(0, match.start() - 3) : match.start()]):
            continue  # 白岩松：包括您就任工业和信息化部部长以来: the addressee's post, not the speaker's
        clause_start = max(ctx.text.rfind(mark, 0, match.start()) for mark in "，,。；;：:\n") + 1
        if _FIRST_PERSON_CLAUSE_RE.match(ctx.text, clause_start, match.start()):
            continue  # 次年6月接替我担任部长…，我担任电子工业部顾问: the writer's own post, not the one named before
        career = bool(CAREER_VERB_RE.match(ctx.text, max(0, match.end() - 3))) or bool(
            CAREER_VERB_RE.search(ctx.text, max(0, match.start() - 2), match.end())) \
            or match.group().startswith("兼任")  # 已兼任A局局长，B机构主任，C局党组书记、局长: every post of the list
        posts = _chained_posts(ctx, match.end(), career, official_starts)
        if not posts and match.group() in ("任", "担任") and (body := _body_chain_before(ctx, match.start())) \
                and re.search("(?:调到|调至|调入|调往|进入|到|在)$", ctx.text[max(0, body[0].start - 3) : body[0].start]):
            # 调到国务院国资委任党委书记、副主任, 在纺织工业部丝绸局任副局长: the body named before the verb, the
            # titles after it
            _, titles = _titles_after(ctx.text, match.end(), ctx.titles_longest_first)
            posts = [(body, titles)] if titles else []
        if not posts:
            continue
        sentence = ctx.sentence_at(match.start())
        i = bisect_left(starts, match.start()) - 1
        while i > 0 and ctx.text[officials[i].start - 2 : officials[i].start] in SUCCEEDED_VERBS:
            i -= 1  # 苗圩接替李毅中，出任…部长: the post is the successor's
        while i >= 0 and ctx.text.startswith("的", officials[i].end) and officials[i].start >= ctx.sentence_at(match.start()).start:
            i -= 1  # 景俊海是习近平的陕西老乡，曾任…: a name in a possessive is not the one whose career it is
        person = officials[i] if i >= 0 else None
        if person is not None and match.group().startswith("被"):
            clause = re.split("[，,；;。]", ctx.text[person.end : match.start()])[-1]
            if len(clause) < match.start() - person.end and not _APPOINTED_AGAIN_RE.fullmatch(clause):
                continue  # 张琴秋被任命为…副部长,丈夫苏井观被任命为卫生部副部长: the clause names its own appointee
        # (王振海自2018年11月起任A局长，此前长期在B工作，曾任B副主任: the name the sentence opens with is the
        # subject of all its clauses, however far)
        if person is None or person.start < sentence.start or match.start() - person.end > 30 \
                and ctx.text[sentence.start : person.start].strip():
            # 出生于1945年3月的李毅中,1966年…毕业后…2003年他从…调到国务院国资委任…: a pronoun in the sentence
            # stands for the person named last before it in the paragraph
            pronoun = _PRONOUN_SUBJECT_RE.search(ctx.text, sentence.start, match.start())
            paragraph_start = ctx.paragraphs[bisect_right(ctx.paragraph_starts, match.start()) - 1].start
            named_before_pronoun = pronoun is not None and person is not None and person.start >= paragraph_start \
                and person.end <= pronoun.start()
            if not named_before_pronoun:
                person = _biography_subject(ctx, match.start())  # 苗圩，男，汉族…。曾任…: the paragraph's subject
        if person is None:
            continue
        people = [person]
        # 孙勤、金壮龙、郭炎炎同志任…党组成员: the names listed before share the post
        j = i
        while person is officials[i] and j > 0 and officials[j - 1].start >= sentence.start \
                and ctx.text[officials[j - 1].end : officials[j].start] == "、":
            j -= 1
            people.append(officials[j])
        for holder in people:
            out += _posts_held(ctx, holder.label, posts, sentence, "appointed")
    return out


def _body_chain_before(ctx: Context, end: int) -> list[Mention]:
    """The bodies written one after another up to ``end`` (纺织工业部丝绸局 before 任), in text order."""
    chain: list[Mention] = []
    if ctx.text.endswith(("工作，", "工作,"), 0, end):
        end -= 3  # 在国家计委工业司工作，任副司长
    while (body := ctx.org_by_end.get(end)) is not None:
        chain.insert(0, body)
        end = body.start
    return chain


def _posts_held(ctx: Context, person: str, posts: list[tuple[list[Mention], list[str]]], sentence: Segment,
                rule: str) -> list[Found]:
    """holdsPost for each title of each (bodies, titles) post of a chain (``_chained_posts``)."""
    return [Found(person, "holdsPost", _post_body(ctx.lex, title, orgs), _role(title, orgs), sentence, rule)
            for orgs, titles in posts for title in titles]


RELATIVE_VERB_RE = re.compile(RELATIVE_POST_VERBS)


def _relative_clause_posts(ctx: Context) -> list[Found]:
    """``此前担任青海省委副书记、省长的刘宁``, ``刚刚担任中共天津市委副书记的张国清``: the posts of a relative clause
    are the person's it describes."""
    out: list[Found] = []
    official_starts = set(ctx.official_by_start)
    for person in ctx._by_type.get("Official", ((), ()))[1]:
        if ctx.text[person.start - 1 : person.start] != "的":
            continue
        sentence = ctx.sentence_at(person.start)
        clause_start = _clause_begin(ctx.text, sentence.start, person.start)
        verbs = list(RELATIVE_VERB_RE.finditer(ctx.text, clause_start, person.start))
        if not verbs:
            continue
        posts = _chained_posts(ctx, verbs[-1].end(), True, official_starts - {person.start})
        out += _posts_held(ctx, person.label, posts, sentence, "relative-clause")
    return out


def first_person_posts(ctx: Context, speakers: dict[int, str | None]) -> list[Found]:
    """The posts an interviewee or a speaker gives as his own (``当时我担任国家经委副主任``)."""
    out: list[Found] = []
    official_starts = set(ctx.official_by_start)
    for match in FIRST_PERSON_POST_RE.finditer(ctx.text) if "我" in ctx.text else ():
        sentence = ctx.sentence_at(match.start())
        speaker = speakers.get(sentence.start)
        if not speaker:
            continue
        before = re.split("[：:]", ctx.text[sentence.start : match.start()])[-1]  # (after a turn's head, 袁宝华：)
        if speaker in before or _PRONOUN_SUBJECT_RE.search(before):
            continue  # 1982年4月他被任命为…,次年6月接替我担任部长,我担任…顾问: the speaker told of in the third person is not 我
        out += _posts_held(ctx, speaker, _chained_posts(ctx, match.end(), True, official_starts), sentence, "first-person-post")
    return out


# （作者：工业和信息化部党组书记、部长）, (作者系…部长): the posts of a signed article's author, told at its end
AUTHOR_NOTE_RE = re.compile(r"[（(][ \t]*作者(?:[:：]|系|为|是)[ \t]*")


def _byline_author(ctx: Context) -> Mention | None:
    """The official a signed article names alone on a line before its text (求是's ``肖亚庆`` under the title)."""
    for par in ctx.paragraphs[:12]:
        people = ctx.in_span(par.start, par.end, ("Official",))
        if len(people) == 1 and re.sub(r"[\s　]", "", par.text) in (people[0].text, "文/" + people[0].text):
            return people[0]
    return None


def author_note_posts(ctx: Context) -> list[Found]:
    """``（作者：工业和信息化部党组书记、部长）`` after a signed article: the byline's author holds those posts."""
    out: list[Found] = []
    notes = list(AUTHOR_NOTE_RE.finditer(ctx.text)) if "作者" in ctx.text else []
    if not notes or (author := _byline_author(ctx)) is None:
        return out
    for note in notes:
        close = re.search(r"[）)]", ctx.text[note.end() : note.end() + 60])
        if close is None or ctx.in_span(note.end(), note.end() + close.start(), ("Official",)):
            continue  # (作者：张三，…): the note names its own author
        out += _posts_held(ctx, author.label, _chained_posts(ctx, note.end(), True, set()), ctx.sentence_at(note.start()),
                           "author-note")
    return out


def _clause_begin(text: str, low: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins (after the last comma, semicolon or colon before it, not before ``low``)."""
    marks = [text.rfind(mark, low, pos) for mark in "，,；;：:"]
    return max([low, *(m + 1 for m in marks if m >= 0)])


def _chained_posts(ctx: Context, pos: int, career: bool, official_starts: set[int]) -> list[tuple[list[Mention], list[str]]]:
    """The posts written from ``pos``: (bodies, titles) for ``工信部党组书记``, and with ``career`` the
    following ones of a list (``，中共湖北省委常委、武汉市委书记``); a post whose title a name follows is that
    person's, and ends the list."""
    posts: list[tuple[list[Mention], list[str]]] = []
    while True:
        if ctx.text.startswith(PROPOSED_POST_WORDS, pos):
            break  # 现任A副司长，拟任B司长: the chain of posts held ends at the one proposed
        new_body = NEW_BODY_RE.match(ctx.text, pos)
        pos = new_body.end() if new_body else pos
        orgs, after = _orgs_after(ctx, pos, skip_notes=True)
        orgs = [o for o in orgs if not _is_media(ctx.lex, o.label)]
        if orgs:
            after += 2 if ctx.text.startswith(("首任", "首届"), after) else 3 if ctx.text.startswith("第一任", after) else 0
            end, titles = _titles_after(ctx.text, after, ctx.titles_longest_first)
            shared: list[Mention] = []
            if not titles and ctx.text.startswith("、", after):
                # 中共中央台办、国务院台办副主任: two bodies (one office with two names) share the title after them;
                # 一直担任纺织工业部、轻工业部部长、党组书记: two bodies held in turn share the titles
                shared, after_shared = _orgs_after(ctx, after + 1, skip_notes=True)
                end, titles = _titles_after(ctx.text, after_shared, ctx.titles_longest_first) if shared else (end, [])
            if not titles and career and not shared:
                end = _unknown_post_end(ctx, pos)  # 历任安徽省委党校副校长，芜湖市委常委…: a school of the committee
                if end is None:
                    break
            elif not titles or end in official_starts or ctx.text.startswith("的", end) and end + 1 in official_starts:
                break  # 刚刚担任中共天津市委副书记的张国清: the post of the person it describes
            else:
                posts.append((orgs, titles))
                if shared:
                    posts.append((shared, titles))
        else:
            end = _unknown_post_end(ctx, pos) if career else None
            if end is None:
                break
        # (先后担任A副部长和B部长: 和 joins the last post; 任A党组成员兼B局长: 兼 joins a second post to any)
        joint = ctx.text[end : end + 1]
        if joint == "兼" and not ctx.text.startswith("兼任", end) and end + 1 not in official_starts:
            pos = end + 1
            continue
        if not career or joint not in ("、", "，", ",", "；", ";", "和") or end + 1 in official_starts:
            break
        pos = end + 1
    return posts


def _unknown_post_end(ctx: Context, pos: int) -> int | None:
    """Where a career chain's post at a body that is no entity of ours ends (``东风汽车公司总经理、党委书记``,
    ``安徽省委党校副校长``), so the chain can step over it; None when ``pos`` starts no such post."""
    unknown = re.match(r"[^，,、；;。\n“”]{2,30}", ctx.text[pos:])
    if unknown is None or not unknown.group().endswith(tuple(ctx.titles_longest_first) + OTHER_HEADS):
        return None
    end = pos + unknown.end()
    while ctx.text[end : end + 1] == "、":
        more_end, more = _titles_after(ctx.text, end + 1, ctx.titles_longest_first)
        if not more:
            break  # …组织部部长、厦门市委书记: the next post of the chain starts here
        end = more_end
    return end


def _biography_subject(ctx: Context, pos: int) -> Mention | None:
    """The official a biography paragraph is about (``苗圩，男，汉族，1955年5月生…``), when ``pos`` is in it."""
    sentence = ctx.sentence_at(pos)
    lead = len(sentence.text) - len(sentence.text.lstrip())
    named = ctx.in_span(sentence.start + lead, sentence.start + lead + 8, ("Official",))
    if named and named[0].start == sentence.start + lead and BIOGRAPHY_HEAD_RE.match(ctx.text, named[0].end):
        return named[0]  # 李良生此前任…。胡明朗早年在…，曾任…: the sentence's own subject first
    i = bisect_right(ctx.paragraph_starts, pos) - 1
    par = ctx.paragraphs[i] if i >= 0 else None
    if par is None or pos >= par.end:
        return None
    subject = _biography_head(ctx, par)
    if subject is None and i > 0 and CAREER_VERB_RE.match(par.text.lstrip()):
        # 陆昊，男，汉族…毕业。/ 历任…: a career written on the line after the bio's head
        subject = _biography_head(ctx, ctx.paragraphs[i - 1])
    # 庞振宇，男，汉族…/ 现任…/ 1978年至1982年，在…计划司任副处长；/ 1982年至1985年，任…: a résumé's dated lines, one
    # post each, all the head's
    j = i - 1
    while subject is None and j >= max(0, i - 15) and _CAREER_LINE_RE.match(ctx.paragraphs[j + 1].text.lstrip()):
        subject = _biography_head(ctx, ctx.paragraphs[j])
        j -= 1
    return subject


# a résumé's line: a date or a span of years, then a career verb (1982年至1985年，任…; 1998年3月起，任…; 1978.07—1982.09 在…)
_CAREER_LINE_RE = re.compile(r"(?:\d{4}(?:[.．]\d{1,2})?年?(?:\d{1,2}月)?(?:[至到—－\-~～]+\d{4}(?:[.．]\d{1,2})?年?(?:\d{1,2}月)?|起|以后)?"
                             r"[，,：:\s]*)?(?:" + CAREER_VERB_RE.pattern + r"|任|在|兼任|担任)")


def _biography_head(ctx: Context, par: Segment) -> Mention | None:
    """The official a paragraph opens with as a biography's head (``苗圩，男，汉族…``), or None."""
    lead = len(par.text) - len(par.text.lstrip())
    named = ctx.in_span(par.start + lead, par.start + lead + 8, ("Official",))
    if not named or named[0].start != par.start + lead or not BIOGRAPHY_HEAD_RE.match(ctx.text, named[0].end):
        return None
    return named[0]


def _decree_posts(ctx: Context) -> list[Found]:
    """The posts a decree gives or ends: ``任命张政、李四为X部副部长``, ``任命A司司长李良生为B部副部长``,
    ``免去王江平的工业和信息化部副部长职务`` (the text names each person with the title at the body), and the
    later items of a decree (``任命王坚为X主任，沙海林为Y主任``)."""
    out: list[Found] = []
    for match in APPOINTING_RE.finditer(ctx.text):
        pos = match.end()
        if ctx.text.startswith(("：", ":"), pos) and match.group() in ("任命", "免去"):
            # 决定任命：⏎符永强为海南省经济贸易厅厅长；⏎陈家良为…: one item per line, up to the first line that is none
            for start in decree_line_starts(ctx.text, pos + 1):
                item = _decree_item(ctx, start, ctx.sentence_at(start))
                if item is None:
                    break
                out += item[0]
            continue
        orgs, after_orgs = _orgs_after(ctx, pos, skip_notes=True)
        if orgs:  # 任命交通运输部人事教育司司长李良生为…: the person's present post first (the title-name rules have it)
            pos, titles = _titles_after(ctx.text, after_orgs, ctx.titles_longest_first)
            present = None
            if not titles and ctx.text.startswith("长", after_orgs) and orgs[-1].label.endswith(("司", "局", "厅", "处")):
                # 人事教育司长李良生: the head's title written into the body's name, a post no title rule sees
                pos, titles, present = after_orgs + 1, ["长"], orgs[-1].label
            if not titles:
                continue
            while ctx.text.startswith("、", pos):  # 任命重庆市副市长、市公安局局长胡明朗为…: more present posts
                _, after_more = _orgs_after(ctx, pos + 1, skip_notes=True)
                more_end, more = _titles_after(ctx.text, after_more, ctx.titles_longest_first)
                if not more:
                    break
                pos = more_end
        sentence = ctx.sentence_at(match.start())
        item = _decree_item(ctx, pos, sentence, removing=match.group() == "免去")
        if item is None:
            continue
        out += item[0]
        if orgs and present:
            out += [Found(person.label, "holdsPost", present, present[-1] + "长", sentence, "appointed")
                    for person in item[3]]
        if match.group() == "任命" and item[1]:
            out += _later_decree_items(ctx, item)
    for heading in DECREE_HEADING_RE.finditer(ctx.text) if "任命" in ctx.text else ():
        # 任命政府各部委负责人员。曾山(…)为纺织工业部部长，钱之光…为副部长: the items in the next sentence
        item = _decree_item(ctx, heading.end(), ctx.sentence_at(heading.end()), appointing_only=True)
        out += item[0] + _later_decree_items(ctx, item) if item else []
    return out


def _later_decree_items(ctx: Context, item: tuple) -> list[Found]:
    """The posts of the items after a decree's first (``任命王坚为X主任，沙海林为Y主任``), each item's bare title at
    the body of the item before (``…为纺织工业部部长，钱之光、陈维稷为副部长``)."""
    out: list[Found] = []
    orgs_before, titles_before = item[4], item[5]
    for start in decree_item_starts(ctx.text, item[2]):
        later = _decree_item(ctx, start, ctx.sentence_at(start), appointing_only=True, prior=(orgs_before, titles_before))
        if later:
            out += later[0]
            orgs_before, titles_before = later[4], later[5]
    return out


def _posts_removed_from_the_appointed(ctx: Context) -> list[Found]:
    """``金永辉为浙江省商务厅厅长，免去其浙江省对外贸易经济合作厅厅长职务``: the posts 免去其 ends are the person's the
    decree item before it appoints (其 is that person)."""
    out: list[Found] = []
    for match in re.finditer("免去其", ctx.text) if "免去其" in ctx.text else ():
        sentence = ctx.sentence_at(match.start())
        people = [p for p in ctx.in_span(sentence.start, match.start(), ("Official",))
                  if ctx.text.startswith(("为", "同志为"), p.end)]
        if not people:
            continue
        orgs, pos = _orgs_after(ctx, match.end(), skip_notes=True)
        end, titles = _titles_after(ctx.text, pos, ctx.titles_longest_first)
        if orgs and titles and ctx.text.startswith("职务", end):
            out += [Found(people[-1].label, "holdsPost", _post_body(ctx.lex, title, orgs), title, sentence, "appointed")
                    for title in titles]
    return out


def _title_core(title: str) -> str:
    """A title without its deputy's mark: 部长 for 副部长 and 常务副部长."""
    return re.sub("^(?:常务|第一|执行)?副", "", title)


def _decree_item(ctx: Context, pos: int, sentence, appointing_only: bool = False,
                 prior: tuple[list[Mention], list[str]] | None = None, removing: bool = False
                 ) -> tuple[list[Found], bool, int, list[Mention], list[Mention], list[str]] | None:
    """One item of a decree from ``pos``: people, then 为 (appointed) or 的 (removed), then the posts.
    Returns the posts, whether it appointed, where the item ends, its people, and its last post's bodies and
    titles; None when ``pos`` starts no item. ``prior``: the bodies and titles of the item before, whose body
    a bare title of the same kind is at (任命曾山为纺织工业部部长，钱之光、陈维稷为副部长)."""
    official_by_start = ctx.official_by_start
    people = []
    while (person := official_by_start.get(pos)) is not None:
        people.append(person)
        pos = person.end
        note = NAME_NOTE_RE.match(ctx.text, pos)
        pos = note.end() if note else pos  # 免去左力(女)的…职务
        if ctx.text[pos : pos + 1] not in ("、", "和"):
            break
        pos += 1
    names_end = pos
    pos += 2 if ctx.text.startswith("同志", pos) else 0
    marks = ("为",) if appointing_only else ("为", "的")
    if people and removing and ctx.text[pos : pos + 1] not in marks and REMOVED_POST_RE.match(ctx.text, pos):
        pos -= 1  # 免去伍根培市人大常委会…副主任职务: the post right after the name
    elif not people or ctx.text[pos : pos + 1] not in marks:
        return None
    appointed = ctx.text[pos] == "为"
    pos += 1
    new_body = NEW_BODY_RE.match(ctx.text, pos)
    orgs, pos = _orgs_after(ctx, new_body.end() if new_body else pos, skip_notes=True)
    orgs = [o for o in orgs if not _is_media(ctx.lex, o.label)]
    end, titles = _titles_after(ctx.text, pos, ctx.titles_longest_first)
    if not orgs and prior and titles and {_title_core(t) for t in titles} <= {_title_core(t) for t in prior[1]}:
        orgs = prior[0]
    if not orgs or not titles:
        return None
    posts = [(orgs, titles)]
    # 为工业和信息化部副部长、国家国防科技工业局局长、国家航天局局长: every post of the list
    while ctx.text[end : end + 1] == "、":
        more_orgs, after = _orgs_after(ctx, end + 1, skip_notes=True)
        more_end, more_titles = _titles_after(ctx.text, after, ctx.titles_longest_first)
        if not more_orgs or not more_titles:
            break
        posts.append((more_orgs, more_titles))
        end = more_end
    found = [Found(person.label, "holdsPost", _post_body(ctx.lex, title, post_orgs), title, sentence, "appointed")
             for person in people for post_orgs, post_titles in posts for title in post_titles]
    return found, appointed, max(names_end, end), people, posts[-1][0], posts[-1][1]


def _titles_after(text: str, pos: int, ordered: list[str]) -> tuple[int, list[str]]:
    """Titles written from ``pos`` on (部长, 党组书记、部长): (end, titles in text order)."""
    found: list[str] = []
    if text.startswith("书记处", pos) and any(text.startswith(t, pos + 3) for t in ordered):
        pos += 3  # 共青团中央书记处第一书记: the secretariat's head is the body's
    while True:
        title = next((t for t in ordered if text.startswith(t, pos)), None)
        if title is None:
            return pos, found
        found.append(title)
        pos += len(title)
        if text[pos : pos + 1] in ("、", "和", "兼") and any(text.startswith(t, pos + 1) for t in ordered):
            pos += 1


def _name_then_title_posts(ctx: Context) -> list[Found]:
    """``工业和信息化部金壮龙部长``, ``信息化和软件服务业司安筱鹏副司长``: the body, the name, then the title."""
    out: list[Found] = []
    for m in ctx.mentions:
        if m.type != "Official":
            continue
        if m.start not in ctx.org_by_end:
            out += _name_then_head_of_place(ctx, m)
            continue
        title = next((t for t in ctx.titles_longest_first if ctx.text.startswith(t, m.end)), None)
        if title is None:
            continue
        orgs = [o for o in _orgs_before(ctx, m.start) if not _is_media(ctx.lex, o.label)]
        if orgs:
            sentence = ctx.sentence_at(m.start)
            out.append(Found(m.label, "holdsPost", _post_body(ctx.lex, title, orgs), _role(title, orgs), sentence, "body-name-title"))
    return out


_PLACE_HEAD_AFTER_NAME_RE = re.compile(r"(?:常务副|副|代)?(?:省长|市长)(?![\u4e00-\u9fff]{0,2}(?:助理|秘书))")


def _name_then_head_of_place(ctx: Context, m: Mention, pos: int | None = None, line_end: bool = False) -> list[Found]:
    """``黄小晶省长在致辞中说`` in an article about 福建: a governor or mayor named before his bare title heads the
    government of the province (or city) the article is about. ``pos``: where the title starts (after a list
    line's space); ``line_end``: the title must end the line."""
    title = _PLACE_HEAD_AFTER_NAME_RE.match(ctx.text, m.end if pos is None else pos)
    if title is None and pos is None and not line_end:
        return _name_then_department_head(ctx, m)
    if title and line_end and ctx.text[title.end() : title.end() + 1] not in ("", "\n", " ", "\t", "\u3000"):
        return []
    if title is None or m.label in ctx.lex.cities or ctx.lex.surfaces.get(m.label + "省人民政府") or re.match(f"[{CJK}]", ctx.text[m.start - 1 : m.start] or " ") \
            and ctx.text[m.start - 1] not in "、和及与由请" and not ctx.text.endswith(NAME_CUE_WORDS, 0, m.start):
        return []  # (按照朱小丹省长指示: a word that takes a person may come before the name)
    body = _place_government(ctx, title.group(), m.start)
    if body is None or body.endswith("自治区人民政府"):
        return []  # (a region's head is its 主席, never a 省长)
    return [Found(m.label, "holdsPost", body, title.group(), ctx.sentence_at(m.start), "name-then-head")]


_DEPARTMENT_HEAD_AFTER_NAME_RE = re.compile(r"(?:常务副|副)?(?:厅长|部长|司长|局长)(?![\u4e00-\u9fff]{0,2}(?:助理|秘书))")


def _name_then_department_head(ctx: Context, m: Mention) -> list[Found]:
    """``徐飞厅长在讲座后指出`` on a page that names one province's department (西藏自治区工业和信息化厅): the
    head named before his bare title heads that department."""
    title = _DEPARTMENT_HEAD_AFTER_NAME_RE.match(ctx.text, m.end)
    if title is None or re.match(f"[{CJK}]", ctx.text[m.start - 1 : m.start] or " ") and ctx.text[m.start - 1] not in "、和及与由请":
        return []
    orgs = ctx._by_type.get("Organization", ((), ()))[1]
    if title.group().endswith(("司长", "局长")):
        # 肖春泉副局长作了会议总结 on a page that names one ministry department of that kind (运行监测协调局)
        # (请谢伏瞻局长介绍 beside 国家统计局 and 新闻局: two bodies a 局长 may head, none chosen)
        departments = {o.label for o in orgs if o.label.endswith(title.group()[-2])}
        if any((record := ctx.lex.record(label)) is None or record.extra.get("kind") != "department" for label in departments):
            return []
    elif title.group().endswith("部长"):
        # 苟仲文副部长在会上作了重要讲话 on a page that names one ministry (信息产业部) and no foreign one: its deputy
        if any(country in ctx.text for country in COUNTRIES):
            return []
        departments = {o.label for o in orgs
                       if (record := ctx.lex.record(o.label)) is not None and record.extra.get("kind") == "ministry"}
    else:
        departments = {o.label for o in orgs
                       if o.label.endswith("厅") and re.search("省|自治区", o.label) and not o.label.endswith("办公厅")}
    if len(departments) != 1:
        return []
    return [Found(m.label, "holdsPost", departments.pop(), title.group(), ctx.sentence_at(m.start), "name-then-head")]


def _place_government(ctx: Context, title: str, pos: int) -> str | None:
    """The government a bare 省长 or 市长 title at ``pos`` heads: the province the article names (last before
    ``pos``), or the one city it is about; None when the dictionary or the article does not say."""
    if title.endswith("省长"):
        province = province_before(ctx.text, pos, ctx.lex)
        government = f"{province}人民政府" if province else None
        return government if government and ctx.lex.type_of(government) == "Organization" else None
    if title.endswith("县长"):
        return f"{ctx.county}人民政府" if ctx.county else None
    if title.endswith("区长"):
        return f"{ctx.district}人民政府" if ctx.district else None
    if title.endswith(("旗长", "盟长", "专员")):
        return place_government_of_kind(ctx.text, title)
    if title.endswith("州长"):
        return f"{ctx.prefecture}人民政府" if ctx.prefecture else None
    return f"{ctx.city}人民政府" if title.endswith("市长") and ctx.city else None


_HOLDERS_AFTER_BODY_RE = re.compile(r"(?:的|任命了|任命)?(?:[一二三四五六七八九十两\d]{1,2}[名位])?")


def _title_is_posts(ctx: Context) -> list[Found]:
    """``现任工信部领导班子中，部长是苗圩，四名副部长分别是A、B、C和D``: a title, 是, then who holds it, at the
    one body the sentence names before (a sentence naming two bodies leaves it open)."""
    out: list[Found] = []
    for title_start, title, pos in titles_before_is(ctx.text, ctx.lex):
        sentence = ctx.sentence_at(title_start)
        bodies = {o.label: o for o in ctx.in_span(sentence.start, title_start, ("Organization",))
                  if not _is_media(ctx.lex, o.label)}
        last = list(bodies.values())[-1] if bodies else None
        if last is not None and _HOLDERS_AFTER_BODY_RE.fullmatch(ctx.text, last.end, title_start) \
                and ctx.text[last.start - 1 : last.start] not in ("和", "、", "与", "及"):  # (商务部和工信部的发言人)
            bodies = {last.label: last}  # 国务院公布…，工业和信息化部任命了7位副部长，分别是: the body right before
        if len(bodies) != 1:
            continue
        orgs = list(bodies.values())
        while (person := ctx.official_by_start.get(pos)) is not None:
            out.append(Found(person.label, "holdsPost", _post_body(ctx.lex, title, orgs), title, sentence, "title-is"))
            joint = next((j for j in ("以及", "、", "和", "及") if ctx.text.startswith(j, person.end)), None)
            if joint is None:
                break
            pos = person.end + len(joint)
    return out


# A leading group, a working group, a committee: bodies whose members hold its roles (组长, 成员 …)
# (not 委员会: a party committee, a zone's 管委会 or a congress's standing committee is named near such lists too)
GROUP_BODY_ENDS = ("领导小组", "工作小组", "小组", "工作组", "指挥部", "联席会议", "推进组", "工作专班")
GROUP_ROLES = ("常务副组长", "副组长", "组长", "成员", "常务副主任", "副主任", "主任", "副指挥长", "指挥长", "副召集人",
               "召集人", "秘书长")
_GROUP_ROLES = "|".join(GROUP_ROLES)
# 组长：马凯 国务院副总理 (the role may be padded: 组　长, folded to 组长 by normalize)
# (组 长: a page may space the role's characters apart)
GROUP_ROLE_LINE_RE = re.compile("(?m)^[ \t]*(" + "|".join("[ \t\u3000]?".join(role) for role in GROUP_ROLES) + ")[ \t]*[：:]")
# 领导小组由国务院总理温家宝任组长, 副总理曾培炎任副组长: a person, then the role taken
GROUP_ROLE_TAKEN_RE = re.compile(f"(?:同志)?(?:担任|兼任|出任|任)({_GROUP_ROLES})(?:(?![\u4e00-\u9fff])|(?=职))")
# 副组长为工业和信息化部部长苗圩、国务院副秘书长肖亚庆: the role, 为, then the people (each with titles) to the clause's end
GROUP_ROLE_IS_RE = re.compile(f"(?<![\u4e00-\u9fff])({_GROUP_ROLES})(?:分别)?(?:为|是)(?=[\u4e00-\u9fff])"
                              f"|(?<=[，,；;。：:\n])({_GROUP_ROLES})(?:分别)?(?:为|是)(?=[\u4e00-\u9fff])"
                              f"|(?<=领导小组)({_GROUP_ROLES})(?:分别)?(?:为|是)(?=[\u4e00-\u9fff])")
_ROLE_LIST_END_RE = re.compile(f"[；;。\n]|[，,](?:{_GROUP_ROLES})(?:分别)?(?:为|是)")
# 组长由国务院副总理马凯担任: the role, 由, then the person and 担任
GROUP_ROLE_BY_RE = re.compile(f"(?:领导小组|小组|委员会)?({_GROUP_ROLES})由")


def _group_before(ctx: Context, pos: int, reach: int) -> Mention | None:
    """The group (领导小组, 工作组 …) named last before ``pos``, within ``reach`` characters."""
    for m in reversed(ctx.in_span(max(0, pos - reach), pos, ("Organization",))):
        if m.label.endswith(GROUP_BODY_ENDS):
            return m
    return None


def _group_role_posts(ctx: Context) -> list[Found]:
    """Roles in a group: the lines of its composition (组长：A …, 成员：B …, then C … on the lines below) and
    the sentences that give them (领导小组由A任组长, 组长由B担任)."""
    out: list[Found] = []
    if not any(m.label.endswith(GROUP_BODY_ENDS) for m in ctx._by_type.get("Organization", ((), ()))[1]):
        return out
    for match in GROUP_ROLE_LINE_RE.finditer(ctx.text):
        group = _group_before(ctx, match.start(), 600)
        if group is None:
            continue
        role, pos = re.sub(r"[ \t\u3000]", "", match.group(1)), match.end()
        while True:  # the role's line, then the lines below that only list more people (成员 goes on)
            line_end = ctx.text.find("\n", pos)
            line_end = len(ctx.text) if line_end < 0 else line_end
            people = ctx.in_span(pos, line_end, ("Official",))
            sentence = ctx.sentence_at(pos)
            out += [Found(p.label, "holdsPost", group.label, role, sentence, "group-role-line") for p in people]
            following = line_end + 1
            if following >= len(ctx.text) or GROUP_ROLE_LINE_RE.match(ctx.text, following):
                break
            first = ctx.in_span(following, min(len(ctx.text), following + 12), ("Official",))
            # (组长: alone on its line, the people on the lines below)
            if not first or ctx.text[following : first[0].start].strip() or not people and ctx.text[pos:line_end].strip():
                break
            pos = following
    for match in GROUP_ROLE_IS_RE.finditer(ctx.text):
        group = _group_before(ctx, match.start(), 600)
        if group is None:
            continue
        role = match.group(1) or match.group(2) or match.group(3)
        end = _ROLE_LIST_END_RE.search(ctx.text, match.end())
        end = end.start() if end else len(ctx.text)
        sentence = ctx.sentence_at(match.start())
        out += [Found(p.label, "holdsPost", group.label, role, sentence, "group-role-is")
                for p in ctx.in_span(match.end(), end, ("Official",))]
    for person in ctx._by_type.get("Official", ((), ()))[1]:
        taken = GROUP_ROLE_TAKEN_RE.match(ctx.text, person.end)
        role = taken and taken.group(1)
        people = [person]
        if not role:
            if not re.match(r"(?:同志)?担任", ctx.text[person.end : person.end + 4]):
                continue
            # the clause before the person opens with the role and 由 (titles may stand between); 副组长由A，B，C担任:
            # the people listed before him, each with his titles, share the role
            people += _listed_before(ctx, person, titled=True, joints="，,、")
            first = people[-1]
            sentence = ctx.sentence_at(person.start)
            clause = ctx.text[sentence.start : first.start].rsplit("，", 1)[-1].rsplit(",", 1)[-1]
            by = GROUP_ROLE_BY_RE.search(clause)  # (国家信息化领导小组组长由…: the group's name may come first)
            if not by:
                continue
            role = by.group(1)
        group = _group_before(ctx, person.start, 200)
        if group is not None:
            out += [Found(p.label, "holdsPost", group.label, role, ctx.sentence_at(person.start), "group-role-taken")
                    for p in people]
    return out


def _all_spokesperson(lex: Lexicon, titles: list[str]) -> bool:
    return all(lex.titles.get(t) == "spokesperson" for t in titles)


# 部党组成员、副部长X, 委副主任Y, 局党组书记、局长Z: the body's last character stands for the body.
ABBREVIATED_BODY_KINDS = {
    "部": ("ministry",), "委": ("ministry", "council"), "局": ("agency",), "署": ("agency",), "厅": ("department",),
}


def _abbreviated_body(ctx: Context, pos: int, in_word: bool = False) -> Mention | None:
    """The body a one-character abbreviation just before ``pos`` stands for: the last such body named before it.

    ``in_word``: the character opens a word (部领导) after any other (…的部领导)."""
    char = ctx.text[pos - 1 : pos]
    kinds = ABBREVIATED_BODY_KINDS.get(char)
    if kinds is None:
        return None
    before = ctx.text[pos - 2 : pos - 1]
    if not in_word and before and re.match(f"[{CJK}]", before) and before not in "我本该由和与及是为请有在同暨":
        return None  # part of a longer word (外交部, 干部, 省委, 布局, 部署)
    if before in "我本" and (signer := _signing_body(ctx)) is not None and signer.label.endswith(char):
        # 我部副部长辛国斌 in a letter the ministry signs (…⏎工业和信息化部⏎2019年7月12日): the signer, not the
        # ministry named last before it (…会同科学技术部)
        return Mention(pos - 1, pos, char, "Organization", signer.label, "abbreviated-body")
    starts, orgs = ctx._by_type.get("Organization", ((), ()))
    for m in reversed(orgs[: bisect_left(starts, pos)]):
        record = ctx.lex.record(m.label)
        # (a city's or a province's office no dictionary lists: 市工信局…局党组书记、局长X)
        local = record is None and m.rule in LOCAL_OFFICE_RULES and char in "局厅委"
        if m.end <= pos - 1 and (local or record is not None and record.extra.get("kind") in kinds) and m.label.endswith(
            (char, "委员会") if char == "委" else char
        ) and not m.label.endswith("办公厅"):  # 厅长 is a provincial department's head, never a 办公厅's
            return Mention(pos - 1, pos, char, "Organization", m.label, "abbreviated-body")
    if char == "厅" and (department := _topic_department(ctx, pos)) is not None:
        return Mention(pos - 1, pos, char, "Organization", department, "abbreviated-body")
    return None


def _signing_body(ctx: Context) -> Mention | None:
    """The body that signs a letter or a notice: a line holding only its name among the last lines."""
    for par in ctx.paragraphs[-6:]:
        orgs = ctx.in_span(par.start, par.end, ("Organization",))
        if len(orgs) == 1 and par.text.strip() == orgs[0].text:
            return orgs[0]
    return None


def _topic_department(ctx: Context, pos: int) -> str | None:
    """厅党组书记、厅长X on a provincial 工信厅's own page (全省工信系统, no 厅 named): the province's department of
    industry and IT, when the dictionary lists it; None when the text is about no such department."""
    word = "经济和信息化厅" if "经信" in ctx.text or "经济和信息化" in ctx.text else \
        "工业和信息化厅" if "工信" in ctx.text or "工业和信息化" in ctx.text else None
    province = province_before(ctx.text, pos, ctx.lex) if word else None
    department = f"{province}{word}" if province else None
    return department if department and ctx.lex.type_of(department) == "Organization" else None


LOCAL_OFFICE_RULES = ("local-office", "elided-city", "elided-county", "elided-province")
FUSED_HEADS = {"部": "部长", "局": "局长", "厅": "厅长", "署": "署长"}


def _fused_title_posts(ctx: Context) -> list[Found]:
    """``工信部长金壮龙``: a short body name whose last character starts the title (工信部 + 部长)."""
    out: list[Found] = []
    for m in ctx.mentions:
        if m.type != "Official":
            continue
        fused_end, later = m.start - 1, []
        if ctx.text[fused_end : m.start] != "长" or fused_end not in ctx.org_by_end:
            # 浙江省委常委、宣传部长、副省长X: titles of their own may follow the fused one
            title_start, later = _titles_before(ctx.text, m.start, ctx.titles_longest_first, ctx.org_by_end)
            title_start += ctx.text[title_start : title_start + 1] == "、"  # (the walk stops on the separator)
            fused_end = title_start - 2
            if not later or ctx.text[fused_end : title_start] != "长、":
                continue
        body = ctx.org_by_end.get(fused_end)
        title = FUSED_HEADS.get(ctx.text[fused_end - 1 : fused_end])
        if body is None or title is None or not body.label.endswith(title[0]) or _is_media(ctx.lex, body.label):
            continue
        out.append(Found(m.label, "holdsPost", body.label, title, ctx.sentence_at(m.start), "fused-title"))
        if ctx.text[body.start - 1 : body.start] == "、":
            # 浙江省委常委、宣传部长X: the posts before the fused one are his too
            for titles, orgs, _ in _post_segments(ctx, body.start - 1):
                out += [Found(m.label, "holdsPost", _post_body(ctx.lex, t, orgs), _role(t, orgs), ctx.sentence_at(m.start),
                              "fused-title") for t in titles if orgs]
                # …、副省长X: a state title after the fused one is the government of the committee's place
                out += [Found(m.label, "holdsPost", _body_for_title(ctx.lex, t, orgs[-1].label), _role(t, orgs),
                              ctx.sentence_at(m.start), "fused-title")
                        for t in later if orgs and ctx.lex.titles.get(t) == "state"
                        and _body_for_title(ctx.lex, t, orgs[-1].label) != orgs[-1].label]
    return out


def _parenthetical_posts(ctx: Context) -> list[Found]:
    """``寿小丽(国务院新闻办新闻局副局长、新闻发言人)``: posts written in brackets after the name."""
    out: list[Found] = []
    for m in ctx.mentions:
        # (陶铸同志(原国务院副总理): 同志 may come between)
        end = m.end + (2 if ctx.text.startswith("同志", m.end) else 0)
        if m.type != "Official" or ctx.text[end : end + 1] not in "(（":
            continue
        close = re.search(r"[)）]", ctx.text[end : end + 60])
        if not close:
            continue
        inner_end = end + close.start()
        segments = _post_segments(ctx, inner_end)
        if not segments and (comma := re.search(r"[，,；;]", ctx.text[end : inner_end])):
            # 郭润田(原国家经委副主任，一九八二年退居二线): the posts end the note's first clause
            segments = _post_segments(ctx, end + comma.start())
        sentence = ctx.sentence_at(m.start)
        # 娄勤俭、奚国华（均为原信息产业部副部长）: the posts are every listed name's
        people = [m, *_listed_before(ctx, m)] if SHARED_NOTE_RE.match(ctx.text, m.end + 1) else [m]
        for titles, orgs, seg_start in segments:
            if seg_start <= m.end:
                continue
            orgs = [o for o in orgs if not _is_media(ctx.lex, o.label)]
            if not orgs:
                continue
            for title in titles:
                for person in people:
                    out.append(Found(person.label, "holdsPost", _post_body(ctx.lex, title, orgs), _role(title, orgs),
                                     sentence, "title-parenthesis"))
    return out


SHARED_NOTE_RE = re.compile(r"均为|均系|均是|都是|均曾任|均任")


def _listed_before(ctx: Context, m: Mention, titled: bool = False, joints: str = "、和及与") -> list[Mention]:
    """The Officials listed right before ``m`` (A、B、m; A和m), nearest first; ``titled``: each may be
    written with his body and title before his name (司长闻库、局长韩夏); ``joints``: what joins the names."""
    out: list[Mention] = []
    current = m
    while True:
        pos = current.start
        segments = _post_segments(ctx, pos) if titled else []
        pos = segments[0][2] if segments else pos
        if pos <= 1 or ctx.text[pos - 1] not in joints:
            return out
        before = [o for o in ctx.in_span(max(0, pos - 13), pos - 1, ("Official",)) if o.end == pos - 1]
        if not before:
            return out
        current = before[-1]
        out.append(current)


def _dictionary_parents(lex: Lexicon, label: str) -> list[str]:
    """The parents the dictionary gives ``label`` (its ``parent`` column, | between several)."""
    record = lex.record(label)
    return [p for p in (record.extra.get("parent") or "").split("|") if p] if record is not None else []


def _names_other_parent(lex: Lexicon, label: str, parent: str) -> bool:
    """The dictionary gives ``label`` a parent other than ``parent`` (or ``label`` is a body of its own kind)."""
    record = lex.record(label)
    if record is None:
        return False
    parents = _dictionary_parents(lex, label)
    return record.extra.get("kind") not in (None, "", "department") or bool(parents and parent not in parents)


def _dictionary_parent(lex: Lexicon, label: str) -> str | None:
    """The one parent the dictionary gives ``label`` (香港特别行政区政府 for 创新及科技局), else None."""
    parents = _dictionary_parents(lex, label)
    return parents[0] if len(parents) == 1 else None


def _parents_inside_names(ctx: Context, orgs: list[Mention]) -> list[Found]:
    """partOf for a congress's or a CPPCC's committee written with its parent's name as one dictionary word
    (全国政协经济委员会, 全国人大常委会代表工作委员会), as the department rule gives it when the two are two words.
    Other bodies named so (国务院办公厅, 国务院国资委) are bodies of their own: the gold sets give them no partOf."""
    out = []
    for m in orgs:
        parent = _dictionary_parent(ctx.lex, m.label)
        if parent not in COUNCIL_PARENTS or m.label in COUNCIL_PARENTS:
            continue
        heads = (m.text[:k] for k in range(2, len(m.text) - 1))
        if any((entry := ctx.lex.surfaces.get(head)) is not None and entry.label == parent for head in heads):
            out.append(Found(m.label, "partOf", parent, None, ctx.sentence_at(m.start), "parent-in-name"))
    return out


def _departments_after_abbreviation(ctx: Context, orgs: list[Mention]) -> list[Found]:
    """部政策法规司、科技司 after the article named 工业和信息化部: 部 stands for the ministry, and the departments
    written after it, and listed with them, are its own."""
    out = []
    for k, b in enumerate(orgs):
        if ctx.text[b.start - 1 : b.start] != "部" or not b.label.endswith(("司", "局")):
            continue
        parent = _abbreviated_body(ctx, b.start)
        if parent is None or b.label.startswith(parent.label) or _names_other_parent(ctx.lex, b.label, parent.label):
            continue
        out.append(Found(b.label, "partOf", parent.label, None, ctx.sentence_at(b.start), "department-after-abbreviation"))
        prev = b
        for c in orgs[k + 1 :]:
            if c.start != prev.end + 1 or ctx.text[prev.end] not in "、和及" or not c.label.endswith(("司", "局")):
                break
            if not _names_other_parent(ctx.lex, c.label, parent.label):
                out.append(Found(c.label, "partOf", parent.label, None, ctx.sentence_at(c.start), "department-after-abbreviation"))
            prev = c
    return out


def find_part_of(ctx: Context) -> list[Found]:
    """partOf from a department written after its parent (工业和信息化部中小企业局, 装备工业司重大装备处) or said
    to be inside it."""
    out: list[Found] = []
    orgs = [m for m in ctx.mentions if m.type == "Organization"]
    for k, (a, b) in enumerate(zip(orgs, orgs[1:])):
        if a.end != b.start or b.label.startswith(a.label):
            continue
        if a.label.endswith(PARENT_SUFFIXES) and b.label.endswith(DEPT_SUFFIXES) \
                and (not a.label.endswith("厅") or b.label.endswith("处")) \
                or a.label.endswith("司") and b.rule == "division" \
                or a.label in COUNCIL_PARENTS and b.label.endswith("委员会") \
                or _dictionary_parent(ctx.lex, b.label) == a.label:  # 全国政协经济委员会; 香港特区政府创新及科技局
            out.append(Found(b.label, "partOf", a.label, None, ctx.sentence_at(b.start), "department-prefix"))
            # 工业和信息化部规划司、装备工业一司: the parent prefix is shared by the listed departments; so is it by
            # the departments of a list of their officials (…国际合作司司长屠森林、信息通信发展司副司长陈家春) that
            # the dictionary puts under that parent.
            prev = b
            for c in orgs[k + 2 :]:
                listed = c.start == prev.end + 1 and ctx.text[prev.end] in "、和及" and c.label.endswith(DEPT_SUFFIXES)
                between = ctx.text[prev.end : c.start]
                officials_list = re.fullmatch(f"[{CJK}]{{2,12}}[、，,]", between) is not None \
                    and ((record := ctx.lex.record(c.label)) is not None and record.extra.get("parent") == a.label
                         # (…信息化推进处处长王晓峰、装备工业处处长郭涛: a department's divisions, in no dictionary)
                         or c.rule == "division" and prev.label.endswith("处"))
                if not listed and not officials_list:
                    break
                if not _names_other_parent(ctx.lex, c.label, a.label):
                    out.append(Found(c.label, "partOf", a.label, None, ctx.sentence_at(c.start), "department-prefix-shared"))
                prev = c
    out += _parents_inside_names(ctx, orgs)
    out += _departments_after_abbreviation(ctx, orgs)
    out += _departments_of_the_ministry(ctx, orgs)
    # "X 在我们 Y" / "Y 有个局叫 X": a body said to sit inside another.
    for sentence in ctx.sentences_with("Organization"):
        local = ctx.in_span(sentence.start, sentence.end, ("Organization",))
        out += _set_up_departments(ctx, sentence, local)
        for a, b in zip(local, local[1:]):
            between = ctx.text[a.end : b.start]
            if re.fullmatch(r"(?:正)?(?:设)?在(?:我们|咱们)?(?:的)?", between) and not b.label.startswith(a.label):
                out.append(Found(a.label, "partOf", b.label, None, sentence, "located-in"))
            if re.fullmatch(r"有(?:个|一个)(?:局|司|部门|机构)(?:叫|是)", between):
                out.append(Found(b.label, "partOf", a.label, None, sentence, "has-department"))
        out += _managed_bodies(ctx, sentence, local)
    return out


def _managed_bodies(ctx: Context, sentence, local: list[Mention]) -> list[Found]:
    """``由国家经济贸易委员会管理的国家机械工业局与国家冶金工业局、…``: the bodies a body is said to manage, each
    part of it where the dictionary agrees (the 国家局s of 1998–2001 under 国家经贸委, a 国家局 under its ministry)."""
    out: list[Found] = []
    for i, parent in enumerate(local[:-1]):
        if ctx.text[parent.start - 1 : parent.start] != "由" \
                or not re.fullmatch(r"(?:归口)?管理的?", ctx.text[parent.end : local[i + 1].start]):
            continue
        prev = parent
        for body in local[i + 1 :]:
            if prev is not parent and ctx.text[prev.end : body.start] not in ("、", "和", "与", "及", "以及"):
                break
            if ctx.lex.parent_of(body.label) == parent.label:
                out.append(Found(body.label, "partOf", parent.label, None, sentence, "managed-by"))
            prev = body
    return out


def _departments_of_the_ministry(ctx: Context, orgs: list[Mention]) -> list[Found]:
    """``部计划司司长邵德华``, ``部科技司``: a department of the ministry a report names last before it, written
    with 部 alone."""
    out: list[Found] = []
    ministry = None
    for m in orgs:
        if m.label.endswith("部") and _is_ministry(ctx.lex, m.label):
            ministry = m.label
        elif ministry is not None and m.label.endswith(("司", "局")) and ctx.text[m.start - 1 : m.start] == "部" \
                and opens_clause(ctx.text, m.start - 1) \
                and ctx.lex.record_kind(m.label) in (None, "", "department"):
            # (科技司, which the dictionary puts under 科学技术部 and others: the 部 the text writes is its parent)
            out.append(Found(m.label, "partOf", ministry, None, ctx.sentence_at(m.start), "ministry-elided"))
    return out


def _is_ministry(lex: Lexicon, label: str) -> bool:
    """A ministry of the State Council (机械电子工业部, 工业和信息化部), by the dictionary's kind."""
    return lex.record_kind(label) == "ministry"


# 工业和信息化部设办公厅、政策法规司…等内设机构，另设机关党委: the body sets up the departments listed after it
SETS_UP_RE = re.compile(r"(?:机关)?(?:内|下|另)?(?:设|设立|设置)(?:有|了)?")
ALSO_SETS_UP_RE = re.compile(r"等?(?:[一二三四五六七八九十\d]{1,3}个)?(?:内设机构|职能部门|司局|机构)?[，,]\s*(?:另|还|并)设(?:有|立|置)?")


def _set_up_departments(ctx: Context, sentence, local: list[Mention]) -> list[Found]:
    """partOf for the departments a body is said to set up (``工业和信息化部设办公厅、政策法规司…等内设机构，
    另设机关党委和离退休干部局``): a 三定 page's list."""
    out: list[Found] = []
    for i, parent in enumerate(local):
        verb = SETS_UP_RE.match(ctx.text, parent.end)
        if verb is None or not parent.label.endswith(PARENT_SUFFIXES) or i + 1 >= len(local) \
                or local[i + 1].start != verb.end():
            continue
        prev = None
        for dept in local[i + 1 :]:
            if prev is not None:
                between = ctx.text[prev.end : dept.start]
                if between not in ("、", "和", "及", "以及") and not ALSO_SETS_UP_RE.fullmatch(between):
                    break
            if not dept.label.endswith((*DEPT_SUFFIXES, "党委")) or _names_other_parent(ctx.lex, dept.label, parent.label):
                break
            out.append(Found(dept.label, "partOf", parent.label, None, sentence, "sets-up-departments"))
            prev = dept
        break
    return out


# ---------------------------------------------------------------- speakers


def _is_heading(par: Segment) -> bool:
    stripped = par.text.strip()
    if not re.search(r"[。！？!?，,；;：:]", stripped):
        return True  # no prose at all: a title or a link line (相关阅读 items), however long
    return len(stripped) <= 40 and not re.search(r"[。！？!?：:]$|[。！？!?]", stripped)


def assign_speakers(ctx: Context) -> dict[int, str | None]:
    """Map each sentence start to its speaker's label (None: narrator, journalist or unknown)."""
    speaker_of: dict[int, str | None] = {}
    current: str | None = None
    in_turn = False
    turns = ctx.turns
    # One "X：" line (a headline) does not make a transcript: reported speech still switches speakers.
    transcript = sum(1 for is_turn, _ in turns if is_turn) >= 2
    for i, (par, (is_turn, turn_speaker)) in enumerate(zip(ctx.paragraphs, turns)):
        caption = None if is_turn else _caption_speaker(ctx, par, ctx.paragraphs[i + 1 : i + 2])
        if is_turn:
            # a head alone on its line (陈因：⏎感谢…) opens a transcript's turn even when it is the only one
            current, in_turn = turn_speaker, transcript or _bare_turn_head(ctx, par)
        elif caption:
            # "工业和信息化部部长金壮龙" on its own line, then the answer: the line names the speaker.
            current, in_turn = caption, False
            for sentence in ctx.sentences_in(par.start, par.end):
                speaker_of[sentence.start] = None
            continue
        elif _is_heading(par):
            current, in_turn = None, False
            for sentence in ctx.sentences_in(par.start, par.end):
                speaker_of[sentence.start] = None
            continue
        pending: list[Segment] = []
        # "“……”X说。": a quotation opening the paragraph belongs to the speaker named after it.
        quoted = par.text.lstrip().startswith("“")
        for sentence in ctx.sentences_in(par.start, par.end):
            if not in_turn:
                introduced = _introduced_speaker(ctx, sentence) or _pronoun_speaker(ctx, sentence)
                if introduced == GROUP:
                    current = None
                elif introduced:
                    if current is None or quoted:
                        # The premise the speaker answers (二十大报告提出X。金壮龙说…) is his passage; a dated
                        # report of what happened, a visit or others' words before "X强调" are not.
                        # Words reported before him by nobody named (会上介绍，…。此外，…) are no passage of his.
                        if quoted or not any(UNNAMED_REPORT_RE.match(e.text.lstrip()) for e in pending):
                            for earlier in pending:
                                if quoted or not _is_narration(ctx, earlier):
                                    speaker_of[earlier.start] = introduced
                    current = introduced
                elif NON_OFFICIAL_SPEAKER_RE.search(sentence.text) or NARRATOR_RE.match(sentence.text.lstrip()) \
                        or _others_speak(ctx, sentence) or VISIT_RE.search(sentence.text) \
                        or _someone_else_speaks(ctx, sentence):
                    current = None  # an expert, a company, the ministry, the reporter or a visit narrative now
            speaker_of[sentence.start] = current
            pending.append(sentence)
    return speaker_of


# Others speak at the official's meeting: 各协会负责人依次交流发言, 与会代表分别发言.
OTHERS_SPEAK_RE = re.compile(
    r"(?:负责人|代表|同志|嘉宾|专家|企业家|与会人员|企业)(?:们)?(?:等)?(?:依次|分别|先后|相继|纷纷|逐一|一一)?(?:作)?(?:了)?(?:交流|典型|大会)?发言"
)
# A visit told by the narrator (带队, 调研, 察看, 走访, 考察, 参观): what he saw is no speech of his.
VISIT_RE = re.compile(
    r"带队|率队|一行|调研组|考察组|(?:调研|考察|视察)(?:期间|过程中)|先后(?:到|赴|来到|前往|深入|考察|调研|走访|参观|察看)"
    r"|实地(?:察看|查看|考察|调研|走访|参观|了解)|走访(?:了)?[^，,。；]{0,12}?企业|参观(?:了)?|察看(?:了)?|详细了解|陪同下"
    r"|(?:到|赴|前往|来到|深入)[^，,。；]{1,30}?(?:进行|开展)?(?:调研|考察|视察|走访|检查)"
)
# A body speaks (工业和信息化部同时表示…): the ministry's words are no one person's.
BODY_SPEECH_RE = re.compile(r"(?:同时|还|也|并|进一步|此前|日前|近日)?(?:表示|指出|强调|介绍|称|透露|认为|提出|要求|明确)")


DATELINE_RE = re.compile(r"\s*(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}(?:日|-\d{1,2}日)")


def _is_narration(ctx: Context, sentence: Segment) -> bool:
    """A sentence the narrator tells: dated news (5月19日,国务院印发…), a visit, or others speaking."""
    return bool(DATELINE_RE.match(sentence.text) or VISIT_RE.search(sentence.text)) or _others_speak(ctx, sentence)


UNKNOWN_SPEAKER_RE = re.compile(f"\\s*([{CJK}]{{2,3}}?)(?:表示|说|指出|强调|认为|介绍)")


def _someone_else_speaks(ctx: Context, sentence: Segment) -> bool:
    """``周育先表示，…`` after an official's words: a person no rule takes for an official (a company's head,
    an expert) now speaks, and the official's passage ends."""
    match = UNKNOWN_SPEAKER_RE.match(sentence.text)
    if match is None:
        return False
    name = match.group(1)
    if name[0] not in ctx.lex.surnames and name[:2] not in ctx.lex.surnames:
        return False
    if ctx.lex.surfaces.get(name) or name in NOT_NAMES:
        return False
    start = sentence.start + match.start(1)
    return not ctx.in_span(start, start + len(name), ("Official", "Organization"))


def _others_speak(ctx: Context, sentence: Segment) -> bool:
    """Someone other than one named official speaks in ``sentence``: delegates in turn, or a body."""
    if OTHERS_SPEAK_RE.search(sentence.text):
        return True
    for org in ctx.in_span(sentence.start, sentence.end, ("Organization",)):
        if BODY_SPEECH_RE.match(ctx.text, org.end) and not ctx.in_span(sentence.start, org.start, ("Official",)):
            return True
    return False


FIRST_PERSON_RE = re.compile(r"我们|我国|我部|我在|我想|我认为|我简要")


def _caption_speaker(ctx: Context, par: Segment, following: list[Segment]) -> str | None:
    """The official a speaker line names (``工业和信息化部部长金壮龙``, no colon), when the next paragraph
    answers in the first person; a photo caption or a headline naming him is followed by narration."""
    if not following or not _is_heading(par) or not FIRST_PERSON_RE.search(following[0].text[:200]):
        return None
    named = ctx.in_span(par.start, par.end, ("Official",))
    if len(named) != 1 or ctx.text[named[0].end : par.end].strip():
        return None
    lead = ctx.text[par.start : named[0].start].strip()
    # The name must follow its body and title (工信部部长), nothing else: 图为…, 专访…, or a bare name.
    if not lead or not any(lead.endswith(title) for title in ctx.titles_longest_first):
        return None
    if re.search(r"图|专访|对话|访谈|出席|会见|调研|[“”《》]", lead):
        return None
    return named[0].label


def _bare_turn_head(ctx: Context, par: Segment) -> bool:
    """A turn head with nothing after its colon on the line (``陈因：``, the answer below it)."""
    head = TURN_HEAD_RE.match(ctx.text, par.start)
    return head is not None and not ctx.text[head.end() : par.end].strip() and len(head.group(1)) <= 24 \
        and not re.search(r"[，,。；;]", head.group(1))  # …在答记者问时表示，…措施：is a sentence, no head


def turn_at(ctx: Context, par: Segment) -> tuple[bool, str | None]:
    """Whether a paragraph opens a transcript turn, and whose: (True, official), (True, None) for a journalist."""
    head = TURN_HEAD_RE.match(ctx.text, par.start)
    if not head:
        return False, None
    named = ctx.in_span(head.start(1), head.end(1), ("Official",))
    if named:
        rest = ctx.text[named[-1].end : head.end(1)].strip()
        if not rest or rest in ctx.lex.titles or rest in TURN_VERBS:  # (王安顺答：)
            return True, named[-1].label
    if any(w in head.group(1) for w in NON_OFFICIAL_WORDS):
        return True, None
    word = head.group(1).strip()
    if (word in QUESTION_HEADS or word in ANSWER_HEADS) and ctx.interviewee is not None:
        # 问：…⏎答：… in an interview of one official: the answers are his (else the answers go on with
        # whoever spoke last, as prose does)
        return True, ctx.interviewee if word in ANSWER_HEADS else None
    return False, None


QUESTION_HEADS = ("问", "提问", "Q")
ANSWER_HEADS = ("答", "回答", "A")
# 本报记者专访了国家经贸委主任李荣融; 李荣融接受本报记者采访; 李荣融答记者问; 对话李荣融: the person interviewed
# (group 1: the words between the cue and the name, or after the name)
INTERVIEW_BEFORE_RE = re.compile(r"(?:专访|采访|对话|访问)(?:了)?([^，,。；！？\n]{0,30})$")
INTERVIEW_AFTER_RE = re.compile(r"([^，,。；！？\n]{0,30}?)(?:接受[^，,。；！？\n]{0,12}?(?:专访|采访)|答(?:本报|本刊|新华社)?记者问"
                                r"|回答了?(?:本报|本刊|新华社)?记者(?:的)?(?:提问|问题))")


GROUP = ""  # several officials speak jointly (A、B、C介绍…): no single speaker


# (他接受本报访问时说: a clause of time between the pronoun and the verb)
PRONOUN_SPEAKER_RE = re.compile(r"\s*(?:[^，,。]{0,8}?[，,])?(?:他|她)(?:[^，,。“”]{1,12}?时[，,]?)?(?:还|并|也|同时|进一步|最后)?"
                                r"(?:表示|说|指出|介绍|强调|认为|提出|谈到|透露|要求)")


def _pronoun_speaker(ctx: Context, sentence: Segment) -> str | None:
    """``他表示…`` right after ``X作交流发言。``: the official named last before the sentence, within 200 characters."""
    while True:  # (a loop, not recursion: a transcript may run hundreds of 他说 sentences)
        if not PRONOUN_SPEAKER_RE.match(sentence.text) or sentence.start == 0:
            return None
        # The person must be named in the sentence just before, and be the last one named there: an expert
        # (院士邬贺铨作主旨演讲。他表示…) is no official, and leaves the pronoun to nobody.
        previous = ctx.sentence_at(sentence.start - 1)
        if NON_OFFICIAL_SPEAKER_RE.search(previous.text):
            return None
        # (他说，邓小平同志南方谈话发表以后…。他提出…: a leader cited by his talk is not the one speaking)
        named = [m for m in ctx.in_span(previous.start, previous.end, ("Official",))
                 if not NAMED_THOUGHT_RE.match(ctx.text, m.end)]
        if named or not PRONOUN_SPEAKER_RE.match(previous.text):
            break
        sentence = previous  # 他说…。他提出…: the same speaker goes on
    if len(named) > 1 and _opens_as_subject(ctx, previous, named[0]):
        # 胡春华代表省委对苗圩和周济来粤表示欢迎。他说…: the pronoun is the sentence's subject, not its object
        return named[0].label
    return named[-1].label if named else None


# what may stand before a sentence's subject: a time, a place, its titles (7月23日下午，省委书记胡春华…)
_BEFORE_SUBJECT_RE = re.compile(r"[^，,。；;、和与及同对向在会见]{0,16}[，,]?[^，,。；;、和与及同对向在会见]{0,16}")


def _opens_as_subject(ctx: Context, sentence: Segment, person: Mention) -> bool:
    """``person`` is the one subject ``sentence`` opens with: only a time and titles before it, and no second
    subject listed after it (胡春华、朱小丹在广州会见…)."""
    return _BEFORE_SUBJECT_RE.fullmatch(ctx.text, sentence.start, person.start) is not None \
        and ctx.text[person.end : person.end + 1] not in ("、", "和", "与", "及", "同")


MEETING_WHEN_RE = re.compile(r"(?:在)?(?:会见|会晤|接见|拜会|拜见|看望|慰问|会谈)[^，,。；“”]{1,24}时(?:还|也|再次)?")
# (邓小平同志南方谈话发表以后, 抓住邓小平同志南巡重要谈话: a talk cited by its speaker's name, not given here)
NAMED_THOUGHT_RE = re.compile(r"(?:同志)?(?:新时代中国特色社会主义|经济|生态文明|法治|外交|强军|文化)思想|同志为核心"
                              r"|(?:同志)?(?:的)?(?:南方谈话|南巡|视察南方|(?:重要)?(?:讲话|谈话|指示|批示)精神|理论)")
CITED_IN_RE = re.compile(r"在[^，,。；]{0,20}(?:报告|讲话|文章|批示|贺信|讲话精神)(?:当中|之中|中|里)")


def _introduced_speaker(ctx: Context, sentence: Segment, cited: bool = True) -> str | None:
    """The official a sentence reports as speaking: ``X(……)表示/说/介绍``; GROUP for ``A、B介绍``.

    ``cited=False`` leaves out words from a text (X在政府工作报告中提出): they say what X
    stands for, not that X speaks where the sentence is.
    """
    people = ctx.in_span(sentence.start, sentence.end + 1, ("Official",))
    for i, m in enumerate(people):
        if NAMED_THOUGHT_RE.match(ctx.text, m.end):
            continue  # 以习近平新时代中国特色社会主义思想为指导，…按照高质量发展要求: a doctrine's name, no speaker
        after = ctx.text[m.end : min(sentence.end, m.end + 60)]
        # The speech verb must follow before another official is named.
        for verb_match in SPEECH_VERB_RE.finditer(after):
            between = after[: verb_match.start()]
            if ctx.in_span(m.end, m.end + verb_match.start(), ("Official",)) and not MEETING_WHEN_RE.fullmatch(between):
                break  # …but 金壮龙会见法米时表示: the host speaks at the meeting
            if "“" in between and "”" not in between:
                break
            if not cited and CITED_IN_RE.search(between):
                break  # 李克强总理在今年政府工作报告当中提出: words quoted from a text, not said here
            if i > 0 and re.fullmatch(r"[^。；：:]*?[、，,和及与][^。；：:]*", ctx.text[people[i - 1].end : m.start]) \
                    and not re.search(r"表示|说|指出|介绍|时[，,]", ctx.text[people[i - 1].end : m.start]):
                return GROUP  # a list of officials before one verb (在向A汇报时，B希望…: a clause of time, B speaks)
            return m.label
    return None


def find_discusses(ctx: Context, speakers: dict[int, str | None]) -> list[Found]:
    out: list[Found] = []
    for sentence in ctx.sentences:
        speaker = speakers.get(sentence.start)
        if not speaker:
            continue
        for m in ctx.in_span(sentence.start, sentence.end, ("Program", "Sector", "PolicyDocument")):
            out.append(Found(speaker, "discusses", m.label, None, sentence, "speaker"))
    return out


# ---------------------------------------------------------------- other relations


THIS_PROGRAM_RE = re.compile(r"\s*(?:这项|该项|这一|此项|该|这个)(工程|计划|行动|专项|战略)")


def find_targets(ctx: Context) -> list[Found]:
    """targets: a programme whose sentence (or enumerated item) scopes it to fields."""
    out: list[Found] = []
    for sentence in ctx.sentences_with("Program"):
        local = ctx.in_span(sentence.start, sentence.end, ("Program", "Sector"))
        programs = [m for m in local if m.type == "Program"]
        if not programs:
            continue
        for scope in SCOPE_MARKERS_RE.finditer(ctx.text, sentence.start, sentence.end):
            # The programme nearest before the scope marker owns it.
            owners = [p for p in programs if p.end <= scope.end()]
            if not owners:
                continue
            owner = owners[-1]
            # 实施工业强省战略，要以…为载体，重点发展A、B…: a sentence opened by the programme is all about it
            topic = PROGRAM_TOPIC_RE.fullmatch(ctx.text, sentence.start, owner.start) and owner is programs[0] \
                and len(programs) == 1
            if not topic and not _same_or_scoping_clause(ctx.text, owner.end, scope.start()):
                continue
            clause_end = _clause_end(ctx.text, scope.end(), sentence.end)
            # 依托A专项和B专项，重点支持…: programmes joined before the scope share it
            group = [owner]
            while (joined := [p for p in owners if p.end + 1 == group[0].start and ctx.text[p.end] in "和及与、"]):
                group.insert(0, joined[-1])
            for m in local:
                if m.type == "Sector" and m.start >= owner.end and m.end <= clause_end:
                    out += [Found(p.label, "targets", m.label, None, sentence, "scope") for p in group]
    # 方子敬介绍了推进“纺织设备改造工程”的情况。这项工程围绕棉纺、印染和化纤三个行业…: a sentence about "this
    # programme" scopes the one named last before it
    for sentence in ctx.sentences:
        this = THIS_PROGRAM_RE.match(ctx.text, sentence.start)
        before = ctx.in_span(max(0, sentence.start - 300), sentence.start, ("Program",)) if this else []
        if not before or not before[-1].label.rstrip("”").endswith(this.group(1)):
            continue
        scope = SCOPE_MARKERS_RE.search(ctx.text, this.end(), sentence.end)
        if scope is None or not _same_or_scoping_clause(ctx.text, this.end(), scope.start()):
            continue
        clause_end = _clause_end(ctx.text, scope.end(), sentence.end)
        out += [Found(before[-1].label, "targets", m.label, None, sentence, "scope")
                for m in ctx.in_span(this.end(), clause_end, ("Sector",))]
    # "通过X工程，支持A和B发展": the clause after a programme used as a means names its fields.
    for sentence in ctx.sentences_with("Program"):
        for program in ctx.in_span(sentence.start, sentence.end, ("Program",)):
            lead = ctx.text[max(sentence.start, program.start - 8) : program.start]
            follow = re.match(r"[，,]\s*(?:支持|推动|促进|带动|加快|助力)", ctx.text[program.end : program.end + 6])
            if not follow:
                continue
            clause_end = _clause_end(ctx.text, program.end + follow.end(), sentence.end)
            # "实施X行动，促进A与实体经济深度融合": the field the programme merges into the economy
            # (not a category listed with 等: 加快A、B等新一代信息技术与制造业深度融合).
            fusion = re.search(r"(?:实施|开展|推进|推动)(?:好)?$", lead) and re.match(
                r"[^，,；;。等]{1,30}?与[^，,；;。]{1,12}(?:深度|加快|全面)?融合", ctx.text[program.end + follow.end() : clause_end])
            if not re.search(r"通过(?:实施|开展|推进)?$", lead) and not fusion:
                continue
            for m in ctx.in_span(program.end, clause_end, ("Sector",)):
                out.append(Found(program.label, "targets", m.label, None, sentence, "means-clause"))
    # "“6643”工程即到2017年压减A、B产能": a sentence defining the programme names its fields.
    for sentence in ctx.sentences_with("Program"):
        for program in ctx.in_span(sentence.start, sentence.end, ("Program",)):
            if PROGRAM_DEFINED_RE.match(ctx.text, program.end, sentence.end):
                for m in ctx.in_span(program.end, sentence.end, ("Sector",)):
                    out.append(Found(program.label, "targets", m.label, None, sentence, "definition"))
    # "在推动X方面" paragraphs: the paragraph's scope phrases belong to X.
    for par in ctx.paragraphs:
        head = re.match(r"\s*[“]?在(?:推动|推进|实施|加快|抓好)?", par.text)
        programs = ctx.in_span(par.start, min(par.end, par.start + 30), ("Program",))
        if not head or not programs or "方面" not in par.text[: 40]:
            continue
        owner = programs[0]
        for scope in SCOPE_MARKERS_RE.finditer(ctx.text, owner.end, par.end):
            sentence = ctx.sentence_at(scope.start())
            clause_end = _clause_end(ctx.text, scope.end(), sentence.end)
            for m in ctx.in_span(sentence.start, clause_end, ("Sector",)):
                out.append(Found(owner.label, "targets", m.label, None, sentence, "scope-paragraph"))
    return out


SCOPE_CLAUSE_STARTS = ("聚焦", "围绕", "在", "面向", "覆盖", "涵盖", "重点", "特别是", "涉及", "包括", "针对", "主要")
# 已在…等领域, 将重点…: a scope clause may open with an adverb of time
SCOPE_CLAUSE_ADVERBS_RE = re.compile(r"(?:已经|已|将|还|也|均|先后|目前)")
PROGRAM_DEFINED_RE = re.compile(r"[”》」]?(?:[，,]\s*)?(?:即|是指|指的是)")
PROGRAM_ANAPHOR_RE = re.compile(r"(?:这项|这一|该|此项|这个)(?:行动|工程|计划|专项|项目|战略|活动)")
PROGRAM_TOPIC_RE = re.compile(r"\s*(?:[一二三四五六七八九十]是)?(?:要)?(?:深入|加快|全面|继续|大力|坚定不移地?)?(?:实施|推进|推动|落实)")


def _same_or_scoping_clause(text: str, program_end: int, scope_start: int) -> bool:
    """The scope belongs to the programme when it is in its clause or in the next clause that opens with a scope word.

    A field in a separate, parallel measure (研究制定X行动计划，加快布局A、B等领域)
    is not the programme's target (gold DECISIONS).
    """
    between = text[program_end:scope_start]
    breaks = [m.end() for m in re.finditer(r"[，,；;]", between)]
    if not breaks:
        return True
    if len(breaks) > 1:
        return False
    rest = text[program_end + breaks[0] : scope_start + 4].lstrip()
    # 开展X行动，这项行动覆盖A、B…: the clause names the programme again by its kind
    anaphor = PROGRAM_ANAPHOR_RE.match(rest)
    rest = rest[anaphor.end() if anaphor else 0 :]
    adverb = SCOPE_CLAUSE_ADVERBS_RE.match(rest)
    return rest[adverb.end() if adverb else 0 :].startswith(SCOPE_CLAUSE_STARTS)


def _clause_end(text: str, pos: int, limit: int) -> int:
    match = re.compile(r"[，,；;。]").search(text, pos, limit)
    return match.start() if match else limit


def _speaker_org(posts: list[Found], speaker: str | None, lex: Lexicon) -> str | None:
    for post in posts:
        if post.s == speaker:
            rec = lex.record(post.o)
            if rec and rec.extra.get("kind") == "department" and rec.extra.get("parent"):
                return rec.extra["parent"].split("|")[0]
            return post.o
    return None


ADVERBIAL_START_RE = re.compile(r"\s*(?:按照|依照|根据|遵照|依据|经|在|贯彻|落实)")


def _subject_clause_orgs(ctx: Context, start: int, verb_pos: int) -> list[Mention]:
    """Bodies of the clause nearest before the verb that names any (经A审议，B会同C，联合发布: B and C)."""
    bounds = [start] + [m.end() for m in re.finditer(r"[，,；;]", ctx.text[start:verb_pos])]
    bounds = [start] + [start + b for b in bounds[1:]]
    # 根据A印发的《X》: the verb heads a relative clause inside the adverbial, whose bodies issued X.
    relative = ctx.text.startswith("的", verb_pos + next(len(v) for v in ISSUE_VERBS if ctx.text.startswith(v, verb_pos)))
    for clause_start, clause_end in reversed(list(zip(bounds, bounds[1:] + [verb_pos]))):
        adverbial = ADVERBIAL_START_RE.match(ctx.text, clause_start, clause_end)
        if adverbial and relative and clause_end == verb_pos:
            clause_start = adverbial.end()
        elif adverbial:
            continue  # 按照党中央决策部署 / 经领导小组审议: an adverbial, not the subject
        orgs = [m for m in ctx.in_span(clause_start, clause_end, ("Organization",)) if not _is_media(ctx.lex, m.label)]
        if orgs:
            return orgs
    return []


def _is_short_department(m: Mention) -> bool:
    """A department written by its short name (办公厅, 科技司), which the body before it owns."""
    return len(m.text) <= 6 and m.text.endswith(DEPT_SUFFIXES)


# what the subject is doing about the document: not yet issued (the gold sets give no issuer to a draft or a plan)
PROSPECTIVE_RE = re.compile(r"正在|正(?=会同|组织|抓紧|着手|研究)|将(?:会同|联合|抓紧|尽快|适时|研究)|拟|即将|准备|着手|争取|计划(?=制定|编制|出台)")


def find_issues(ctx: Context, speakers: dict[int, str | None], posts: list[Found]) -> list[Found]:
    out: list[Found] = []
    verb_re = re.compile("|".join(ISSUE_VERBS))
    for sentence in ctx.sentences_with("PolicyDocument"):
        docs = ctx.in_span(sentence.start, sentence.end, ("PolicyDocument",))
        for k, doc in enumerate(docs):
            # 印发了《A》《B》和《C》: a document listed right after another one shares its verb.
            anchor = doc
            while k > 0 and re.fullmatch(r"[》《、和及与\s]*", ctx.text[docs[k - 1].end : anchor.start]):
                k -= 1
                anchor = docs[k]
            head = ctx.text[sentence.start : anchor.start]
            verbs = list(verb_re.finditer(head))
            if not verbs or anchor.start - (sentence.start + verbs[-1].end()) > 4:
                continue
            if ctx.text.startswith("后", sentence.start + verbs[-1].end()):
                continue  # 修订后的《X》: a revised document, not an act of issuing
            verb_pos = sentence.start + verbs[0].start()
            head_text = ctx.text[sentence.start:verb_pos]
            orgs = _subject_clause_orgs(ctx, sentence.start, verb_pos)
            # 市计委正会同市经委编制《X》, 我部将会同…联合印发《Y》: a document still being drafted or to come (after the
            # subject, or just before the verb when no body is named)
            if PROSPECTIVE_RE.search(ctx.text, orgs[0].end if orgs else max(sentence.start, verb_pos - 12), verb_pos):
                continue
            # The subject (first body named) and co-issuers named after 会同/联合/与.
            issuers = [m.label for i, m in enumerate(orgs)
                       if i == 0 or re.search(r"(?:会同|联合|与|和|及|、)$", ctx.text[max(sentence.start, m.start - 2):m.start])
                       or orgs[i - 1].end == m.start]
            # 工业和信息化部办公厅印发: the department named after its ministry is the issuer.
            # (Two whole bodies side by side, 中共河南省委办公厅河南省人民政府办公厅, are co-issuers.)
            adjacent = {orgs[i - 1].label for i in range(1, len(orgs))
                        if orgs[i - 1].end == orgs[i].start and _is_short_department(orgs[i])}
            issuers = [label for label in issuers if label not in adjacent]
            self_ref = any(ref in head_text for ref in SELF_REFERENCES)
            other_subject = re.search(r"我国|国家|各地|地方|企业|各省", head_text)
            if self_ref or (not issuers and not other_subject):
                org = _speaker_org(posts, speakers.get(sentence.start), ctx.lex)
                if org:
                    issuers.append(org)
            for org in dict.fromkeys(issuers):
                out.append(Found(org, "issues", doc.label, None, sentence, "issue-verb"))
    return out


ORDINAL_RE = re.compile(r"(?:^|(?<=[。；;\n]))\s*(?:[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、是]|[（(][一二三四五六七八九十]+[)）])")


def find_item_targets(ctx: Context) -> list[Found]:
    """targets inside an enumerated item headed by a programme: ``一是实施X。……推动A、B等行业……``."""
    out: list[Found] = []
    markers = [m.start() + len(m.group()) - len(m.group().lstrip()) for m in ORDINAL_RE.finditer(ctx.text)]
    for i, start in enumerate(markers):
        par_end = ctx.text.find("\n", start)
        par_end = len(ctx.text) if par_end < 0 else par_end
        end = min(markers[i + 1] if i + 1 < len(markers) else len(ctx.text), par_end)
        # The programme must be introduced (实施X) in the item's first or second sentence.
        first = ctx.sentence_at(min(start + 3, len(ctx.text) - 1))
        second = ctx.sentence_at(min(first.end, len(ctx.text) - 1)) if first.end < end else first
        owner = None
        for sentence in (first, second):
            for program in ctx.in_span(sentence.start, min(sentence.end, end), ("Program",)):
                lead = ctx.text[sentence.start : program.start]
                # "一是实施X。" or just "一是X。"
                if re.search(r"(?:实施|推进|开展|启动|推动)[^，。；]{0,4}$", lead) or ORDINAL_RE.fullmatch(lead.strip()) and sentence is first and ctx.text[program.end:program.end + 1] in "。；;":
                    owner = program
                    break
            if owner:
                break
        if owner is None:
            continue
        scoped = False
        for scope in SCOPE_MARKERS_RE.finditer(ctx.text, owner.end, end):
            sentence = ctx.sentence_at(scope.start())
            if ctx.in_span(max(owner.end, sentence.start), scope.start(), ("Program",)):
                continue  # 其中，Y工程将围绕…: the scope belongs to the programme its sentence names
            clause_start = max(sentence.start, ctx.text.rfind("，", sentence.start, scope.start()) + 1)
            clause_end = _clause_end(ctx.text, scope.end(), sentence.end)
            for m in ctx.in_span(clause_start, clause_end, ("Sector",)):
                scoped = True
                out.append(Found(owner.label, "targets", m.label, None, sentence, "item-scope"))
        heading = owner.start < first.end and ctx.text[owner.end : owner.end + 2].lstrip("》”)）")[:1] in ("。", "；", ";")
        if not scoped and heading:
            # "二是实施X。推进A，加快发展B、C": an item headed by the programme alone names its fields
            # (not the field in the programme's own name: DECISIONS).
            for m in ctx.in_span(owner.end, end, ("Sector",)):
                if m.label in owner.label:
                    continue
                out.append(Found(owner.label, "targets", m.label, None, ctx.sentence_at(m.start), "item-body"))
    return out


PASSIVE_ISSUE_RE = re.compile(
    r"由(?P<orgs>[^。；]{2,80}?)(?:联合|共同|牵头)?(?:印发|编制|制定|制订|发布|起草|出台|转发|表决通过|审议通过)"
)
# 该规划由A、B联合印发: the document is the one of that kind named before the sentence
# (答：意见由A会同B…研究制定: in an interview about one document, its kind alone before 由)
DOC_ANAPHOR_KIND_RE = re.compile(r"(?:答[：:]\s*)?(?:(?:该|这一|此|这份)(规划|意见|条例|方案|通知|办法|计划|纲要|指南|法|决定|标准)"
                                 r"|(规划|意见|条例|方案|通知|办法|计划|纲要|指南|决定)(?=由))")
FORWARDS_DOC_RE = re.compile(r"转发(?:了)?(?P<orgs>[^。；《》]{2,60}?)(?:等部门|等单位)?(?:制定|起草)?的?《")
CO_ISSUERS_RE = re.compile(r"(?:联合|共同)(?:发文|印发|发布|制定)的(?:部门|单位|机构)(?:还)?(?:包括|有|为|是)")


def find_passive_issues(ctx: Context) -> list[Found]:
    """``《X》由A会同B、C联合编制``: the bodies after 由 issued the document before it."""
    out: list[Found] = []
    if not ctx._by_type.get("PolicyDocument"):
        return out
    # the sentences naming a document, and those opened by 该规划/该意见… (searched once over the text)
    anaphoric = {m.start() for m in DOC_ANAPHOR_KIND_RE.finditer(ctx.text) if ctx.sentence_at(m.start()).start == m.start()}
    candidates = {s.start: s for s in ctx.sentences_with("PolicyDocument")}
    candidates.update({start: ctx.sentence_at(start) for start in anaphoric})
    for _, sentence in sorted(candidates.items()):
        docs = ctx.in_span(sentence.start, sentence.end, ("PolicyDocument",))
        anaphor = None if docs else DOC_ANAPHOR_KIND_RE.match(ctx.text, sentence.start, sentence.end)
        if not docs and anaphor is None:
            continue
        if anaphor is not None:
            kind = anaphor.group(1) or anaphor.group(2)
            earlier = [d for d in ctx.in_span(max(0, sentence.start - 600), sentence.start, ("PolicyDocument",))
                       if d.label.endswith(kind) or (kind == "法" and d.label.endswith("法"))]
            if not earlier:
                continue
            docs = [Mention(sentence.start, anaphor.end(), anaphor.group(), "PolicyDocument", earlier[-1].label, "anaphor")]
        for match in PASSIVE_ISSUE_RE.finditer(ctx.text, sentence.start, sentence.end):
            before = [d for d in docs if d.end <= match.start()]
            if not before:
                continue
            doc = before[-1]
            for org in ctx.in_span(match.start("orgs"), match.end("orgs"), ("Organization",)):
                if not _is_media(ctx.lex, org.label):
                    out.append(Found(org.label, "issues", doc.label, None, sentence, "issued-by"))
    # 国务院办公厅转发国家发展改革委等部门《X》: the body forwarding it and the bodies whose document it is
    for match in FORWARDS_DOC_RE.finditer(ctx.text):
        doc = next(iter(ctx.in_span(match.end() - 1, match.end() + 120, ("PolicyDocument",))), None)
        if doc is None or doc.start not in (match.end() - 1, match.end()):  # with or without its 《
            continue
        sentence = ctx.sentence_at(match.start())
        clause_start = max([sentence.start] + [sentence.start + m.end() for m in
                                               re.finditer(r"[，,；;]", ctx.text[sentence.start : match.start()])])
        issuers = [o for o in ctx.in_span(clause_start, match.start(), ("Organization",)) if not _is_media(ctx.lex, o.label)][-1:]
        issuers += [o for o in ctx.in_span(match.start("orgs"), match.end("orgs"), ("Organization",)) if not _is_media(ctx.lex, o.label)]
        out += [Found(org.label, "issues", doc.label, None, sentence, "forwarded") for org in issuers]
    # "…等七部门联合印发《X》。联合发文的部门还包括A、B和C": the bodies listed issued the latest document.
    for match in CO_ISSUERS_RE.finditer(ctx.text):
        sentence = ctx.sentence_at(match.start())
        docs = ctx.in_span(max(0, sentence.start - 300), match.start(), ("PolicyDocument",))
        if not docs:
            continue
        for org in ctx.in_span(match.end(), sentence.end, ("Organization",)):
            if not _is_media(ctx.lex, org.label):
                out.append(Found(org.label, "issues", docs[-1].label, None, sentence, "co-issuers"))
    return out


def find_notice_issuers(ctx: Context) -> list[Found]:
    """A notice's title line (A B关于印发X的通知, A办公厅关于…的通知): the bodies before 关于 issued
    the document the line names."""
    out: list[Found] = []
    for match in NOTICE_TITLE_RE.finditer(ctx.text):
        orgs = [m for m in ctx.in_span(match.start("issuers"), match.end("issuers"), ("Organization",))
                if not _is_media(ctx.lex, m.label)]
        if not orgs or orgs[-1].end != match.end("issuers"):
            continue  # the line must start with bodies and end with one right before 关于
        issuers = [m.label for i, m in enumerate(orgs)
                   if not (i + 1 < len(orgs) and orgs[i].end == orgs[i + 1].start and _is_short_department(orgs[i + 1]))]
        docs = ctx.in_span(match.start("rest") - 2, match.end("kind"), ("PolicyDocument",))
        sentence = ctx.sentence_at(match.start("issuers"))
        for doc in docs[:1]:
            for org in dict.fromkeys(issuers):
                out.append(Found(org, "issues", doc.label, None, sentence, "notice-title"))
    return out


def find_named_issuers(ctx: Context) -> list[Found]:
    """The bodies written right before a document's title (``贯彻落实中办、国办《关于…的指导意见》``,
    ``根据国务院《新一代人工智能发展规划》``): its issuers."""
    out: list[Found] = []
    for doc in ctx.in_span(0, len(ctx.text), ("PolicyDocument",)):
        opening = doc.start - 1 if ctx.text[doc.start - 1 : doc.start] == "《" else doc.start if doc.text.startswith("《") else None
        if opening is None:
            continue
        sentence = ctx.sentence_at(doc.start)
        # 中办、国办《…》: the bodies joined right before the title, read backwards from it
        # (《A关于…的通知》 cited in running text gives no issues: the gold sets leave its A out)
        pos = opening
        for org in reversed(ctx.in_span(max(sentence.start, opening - 40), opening, ("Organization",))):
            if org.end != pos or _is_media(ctx.lex, org.label):
                break
            out.append(Found(org.label, "issues", doc.label, None, sentence, "named-issuer"))
            pos = org.start - 1 if ctx.text[org.start - 1 : org.start] in ("、", "和", "与") else -1
    return out


# (《X》已经省政府同意，现印发给你们; 《X》现予印发: the same, without 现将)
FORWARDED_RE = re.compile(r"《[^《》\n]{2,80}》(?:等[^，。\n]{0,10})?(?:已经?[^《》。；\n]{1,20}?(?:同意|通过)[，,]\s*)?"
                          r"(?<=[》，,\s])现(?:印发给你们|予印发)|现将《[^《》\n]{2,80}》(?:等[^，。\n]{0,10})?印发给你们")


AGREEMENT_ENDINGS = ("备忘录", "协议", "协定", "联合声明", "议定书")


def find_agreement_parties(ctx: Context) -> list[Found]:
    """``《中华人民共和国工业和信息化部与乌兹别克斯坦共和国投资和对外贸易部关于…的谅解备忘录》``: the bodies an
    agreement's title names before 关于 are its parties, and each issues it (gold: signing is issuing)."""
    out: list[Found] = []
    seen: set[str] = set()
    named = {m.label for m in ctx._by_type.get("Organization", ((), ()))[1]}
    for doc in ctx._by_type.get("PolicyDocument", ((), ()))[1]:
        if doc.label in seen or not doc.label.endswith(AGREEMENT_ENDINGS) or "关于" not in doc.label:
            continue
        seen.add(doc.label)
        head = doc.label[: doc.label.index("关于")]
        parties = [short_ministry_label(m.label, named) for m in find_foreign_ministries(head)]
        parties += [entry.label for _, _, entry in ctx.lex.find(head) if entry.type == "Organization"]
        sentence = ctx.sentence_at(doc.start)
        for party in dict.fromkeys(parties):
            if not any(party != other and other.endswith(party) for other in parties):  # 财政部 inside 美国财政部
                out.append(Found(party, "issues", doc.label, None, sentence, "agreement-party"))
    return out


def find_signatories(ctx: Context) -> list[Found]:
    """``现将《X》印发给你们`` then the signature: lines holding only bodies' names (工业和信息化部 教育部 …),
    before the date, are X's issuers."""
    out: list[Found] = []
    for match in FORWARDED_RE.finditer(ctx.text):
        docs = ctx.in_span(match.start(), match.end(), ("PolicyDocument",))
        if not docs:
            continue
        signers: list[str] = []
        line_start = ctx.text.find("\n", match.end()) + 1
        for _ in range(12):  # the signature follows within a few lines: closing words, bodies, the date
            if line_start <= 0 or line_start >= len(ctx.text):
                break
            line_end = ctx.text.find("\n", line_start)
            line_end = len(ctx.text) if line_end < 0 else line_end
            line = ctx.text[line_start:line_end]
            orgs = ctx.in_span(line_start, line_end, ("Organization",))
            rest = line
            for org in orgs:
                rest = rest.replace(org.text, "", 1)
            if orgs and not rest.strip():
                signers += [o.label for o in orgs if not _is_media(ctx.lex, o.label)]
            elif signers or re.search(r"\d{4}\s*年|^\s*\d{8}\s*$", line):
                break  # the date, or text after the signature
            line_start = line_end + 1
        sentence = ctx.sentence_at(match.start())
        for org in dict.fromkeys(signers):
            out.append(Found(org, "issues", docs[0].label, None, sentence, "signature"))
    return out


def find_oversees(ctx: Context, turns_topics: dict[int, str | None]) -> list[Found]:
    """oversees: ``X分管Y``; ``分管这个领域`` takes the field of the question being answered."""
    out: list[Found] = []
    # 主管 is the Taiwan (and formal) word for 分管; 主管部门 is a body, not a person's charge.
    for match in re.finditer(r"分管|主管(?!部门|单位|机构|机关)", ctx.text):
        sentence = ctx.sentence_at(match.start())
        officials = [m for m in ctx.in_span(sentence.start, match.start(), ("Official",))]
        clause_end = _clause_end(ctx.text, match.end(), sentence.end)
        if not officials:
            # 主管信息通信业的工信部副部长陈肇雄: the charge written before the person, joined by 的.
            after = ctx.in_span(match.end(), min(clause_end, match.end() + 40), ("Official",))
            if not after or "的" not in ctx.text[match.end() : after[0].start]:
                continue
            officials, clause_end = after[:1], ctx.text.index("的", match.end(), after[0].start)
        official = officials[-1]
        sectors = ctx.in_span(match.end(), clause_end, ("Sector",))
        if sectors:
            for m in sectors:
                out.append(Found(official.label, "oversees", m.label, None, sentence, "in-charge-of"))
        elif re.match(r"(?:这个|那个|该|此)(?:领域|行业|方面|产业|工作)", ctx.text[match.end():]):
            topic = turns_topics.get(sentence.start)
            if topic:
                out.append(Found(official.label, "oversees", topic, None, sentence, "in-charge-of-topic"))
    return out + _responsible_for(ctx)


# 负责/协管/主抓 a field's 工作 is a person's charge, as 分管 is; 负责人/负责同志 are nouns, 负责组织协调 a body's duty.
RESPONSIBLE_RE = re.compile(r"(?:分工负责|负责|协管|主抓)(?!人|同志|任|的同志)")
# What may stand between the person and the verb: 张云明同志目前主要负责…
RESPONSIBLE_GAP_RE = re.compile(r"[\s，,]*(?:同志|目前|现在|现|主要|具体|全面|还|也|同时|并|将|协助部长)*[\s，,]*")


def _responsible_for(ctx: Context) -> list[Found]:
    """``张云明负责信息通信业发展、管理、安全等工作``: the fields an official is said to be in charge of."""
    out: list[Found] = []
    for match in RESPONSIBLE_RE.finditer(ctx.text):
        sentence = ctx.sentence_at(match.start())
        officials = ctx.in_span(sentence.start, match.start(), ("Official",))
        if not officials or not RESPONSIBLE_GAP_RE.fullmatch(ctx.text, officials[-1].end, match.start()):
            continue
        clause_end = _clause_end(ctx.text, match.end(), sentence.end)
        for m in ctx.in_span(match.end(), clause_end, ("Sector",)):
            out.append(Found(officials[-1].label, "oversees", m.label, None, sentence, "responsible-for"))
    return out


def question_topics(ctx: Context, speakers: dict[int, str | None]) -> dict[int, str | None]:
    """For each sentence, the first sector of the latest narrator/journalist passage before it."""
    topics: dict[int, str | None] = {}
    topic: str | None = None
    prev_speaker: str | None = "__start__"
    for sentence in ctx.sentences:
        speaker = speakers.get(sentence.start)
        if speaker is None:
            if prev_speaker is not None:
                topic = None
            if topic is None:
                sectors = ctx.in_span(sentence.start, sentence.end, ("Sector",))
                if sectors:
                    topic = sectors[0].label
        topics[sentence.start] = topic
        prev_speaker = speaker
    return topics


# 苗圩作重要讲话, 金壮龙作工作报告, A、B分别致辞 (not 重要讲话精神: a speech cited, not given here)
SPEECH_AT_EVENT_RE = re.compile(
    r"(?:(?<!工)作|做|发表)(?:了)?(?:重要|主旨|主题|专题|总结|动员|视频)?(?:讲话|(?:政府|行政|党委|党组)?工作报告|报告|致辞|演讲|交流发言|发言|说明|工作部署)(?!精神)"  # 在政府工作报告中: no 作报告
    # 王绍康在发言中表示 (a bare 在讲话中 may be a speech given elsewhere: 习近平总书记在讲话中…)
    r"|在(?:会上的|大会上的|会议上的)?发言中|在(?:会上的|大会上的|会议上的)讲话中"
    r"|(?:分别|先后|现场)?致辞|(?:作|做)了?题为[^。]{2,40}?的(?:主旨|主题|专题)?(?:讲话|报告|演讲)"
    r"|(?<!工)作(?:了)?会议总结"  # 肖春泉副局长作了会议总结: the one who sums the meeting up is at it
    r"|(?:一一|分别|先后)作答"  # 面对提问，省长黄强，副省长左永祥…一一作答: those answering at a press conference
)
# 会上，X介绍… / 发布会上，X表示… at the start of a sentence, matched at a window's end by MEETING_OPENERS
# (that it opens its sentence is checked in find_attends)
MEETING_OPENER_RE = re.compile(
    r"(?:在)?(?:同一场|同场|本次|此次|当天的?|当日的?)?(?:会上|会议上|发布会上|吹风会上|记者会上|座谈会上|大会上|论坛上)"
    r"(?:(?:回答|答)记者(?:提问|问题|问)时|回答提问时)?[，,]$"  # 在发布会上回答记者提问时，X说
    r"|(?:会议|大会|会)(?:结束后|间隙|期间)[，,]$"  # 会议结束后，X接受采访; 会议间隙，记者采访了X
)
_OPENER_END_RE = re.compile(r"[上时后隙间][，,]")


class _MeetingOpeners:
    """``finditer`` over MEETING_OPENER_RE's matches, found from their ends: the pattern opens with an
    alternation re cannot scan for fast, and what ends it (上，, 时，, 后，) is rare."""

    @staticmethod
    def finditer(text: str):
        for end in _OPENER_END_RE.finditer(text):
            match = MEETING_OPENER_RE.search(text, max(0, end.end() - 24), end.end())
            if match is not None:
                yield match


MEETING_OPENERS = _MeetingOpeners()
# 出席今天开幕式的领导有：A、B、C: the people of the list attend the event named before
ATTENDEE_LIST_RE = re.compile(r"出席(?:今天|今日|昨天|当天|本次|此次|本届|今年)?(?:的)?(?:开幕式|闭幕式|会议|大会|论坛|活动|仪式|发布会|座谈会)?"
                              r"的(?:领导|嘉宾|领导同志|领导和嘉宾|嘉宾和领导)(?:还)?有[:：]?")
GUESTS_RE = re.compile(r"邀请到(?:了)?(?P<people>[^。；\n]{2,240}?)[，,]\s*(?:请|由)(?:他们|她们|他|她|各位)")
INVITED_RE = re.compile(
    r"(?:举行|召开)(?:了)?[^，,。；\n]{0,80}?(?:发布会|吹风会)[，,]\s*(?:请|邀请)?(?P<people>[^。；\n]{2,160}?)(?:介绍|通报|解读|发布|回答|答记者问)"
)


# …胡衡华主持，…苗圩，市政协主席程丽华出席。: the verb ends the clause, the event is the one just held
# (出席并讲话: the verb of attending, then what they did there)
BARE_ATTENDANCE_RE = re.compile(r"(?:主持|出席|参加|陪同)(?:了)?(?:并(?:讲话|致辞|发言|作重要讲话|作讲话|讲课))?(?=[。；;]|$)", re.M)
# Between two events held as one occasion: A博览会开幕式暨B论坛, A和第二届B在广州开幕
JOINT_EVENTS_RE = re.compile(r"”?(?:(?:开幕式|开幕仪式|开幕会)?暨|和|与|及|、)“?(?:第[一二三四五六七八九十百\d]+届|首届)?")
# An official named at an event without being there: his letter read out, or someone telling of him.
ABSENT_PERSON_AFTER_RE = re.compile(r"(?:主席|总书记|总理|同志)?(?:的)?(?:贺信|贺电|致信|书面致辞|视频致辞)"
                                    r"|(?:主席|总书记|总理)?向[^，,。；]{1,24}?(?:发来|致|发出|发)了?(?:贺信|贺电)")  # 习近平向消博会发来贺信
ABSENT_PERSON_BEFORE_RE = re.compile(r"(?:说|表示|指出|强调|介绍)[，,:：]")
PRESS_CONFERENCE_WORDS = ("发布会", "吹风会", "记者会", "通气会")
EXPO_ENDINGS = ("博览会", "展览会", "交易会", "博会", "展会")


def fits_generic_word(word: str, event: str) -> bool:
    """Whether a generic reference (出席发布会, 会议由…主持) can mean ``event``.

    The officials at an expo's or a summit's press conference (…出席了新闻发布会) attended the press
    conference, not the expo; a 会议 someone chairs is no expo either.
    """
    if any(w in word for w in PRESS_CONFERENCE_WORDS):
        return any(w in event for w in PRESS_CONFERENCE_WORDS)
    if "记者" in word and not any(w in word for w in PRESS_CONFERENCE_WORDS):
        # (回答记者提问 after a meeting is an interview, not the meeting)
        return re.search("发布会|吹风会|记者会|通气会|见面会|开放团组|开放日|通道", event) is not None
    kind = next((k for k in KIND_MEETINGS if word.endswith(k)), None)
    if kind:
        return kind in event  # 出席交流会: the exchange meeting, not the forum named before
    if "座谈" in word:
        return "座谈" in event  # 出席座谈会: a symposium, not the congress session named before
    if word.endswith("仪式"):
        return event.endswith("仪式")  # 出席仪式: the ceremony, not the meeting named before
    if re.search(r"会议", word):
        return not event.endswith(EXPO_ENDINGS)
    return True


# 落实中央经济工作会议部署，按照全国工业和信息化工作会议要求: a meeting cited, not one the people are at
# (迎接党的二十大胜利召开, 为落实…座谈会的会议精神: an event awaited or cited, not held where the article is)
CITED_EVENT_BEFORE_RE = re.compile(r"(?:按照|落实|贯彻|根据|依据|遵照|学习|传达|领会|迎接|喜迎)(?:好|了)?[“]?$")
CITED_EVENT_AFTER_RE = re.compile(r"”?(?:的)?(?:会议)?(?:精神|要求|部署|安排|决策部署|重要讲话)")


_CLAUSE_MARK_RE = re.compile(r"[，,。；;！？!?\n]")


def _held_in_its_clause(ctx: Context, e: Mention) -> bool:
    """The clause naming ``e`` says it was held (主持召开X, X在京开幕), and does not cite it (贯彻X精神)."""
    start = max((m.end() for m in _CLAUSE_MARK_RE.finditer(ctx.text, max(0, e.start - 60), e.start)), default=0)
    mark = _CLAUSE_MARK_RE.search(ctx.text, e.end)
    end = mark.start() if mark else len(ctx.text)
    if CITED_EVENT_BEFORE_RE.search(ctx.text, max(0, e.start - 6), e.start) or CITED_EVENT_AFTER_RE.match(ctx.text, e.end):
        return False
    # 在…共同主办的“工业互联网论坛”上，…: the setting of what the sentence tells is an event held
    setting = ctx.text.find("在", start, e.start) >= 0 and SCENE_AFTER_RE.match(ctx.text, e.end) is not None
    return setting or HELD_RE.search(ctx.text, start, end) is not None


def _cited_only_events(ctx: Context) -> set[str]:
    """The events every mention of which cites them (贯彻X精神, 按照X要求): no generic 出席会议 means them."""
    cited: dict[str, bool] = {}
    for e in ctx._by_type.get("Event", ((), ()))[1]:
        is_cited = bool(CITED_EVENT_BEFORE_RE.search(ctx.text, max(0, e.start - 6), e.start)
                        or CITED_EVENT_AFTER_RE.match(ctx.text, e.end))
        cited[e.label] = cited.get(e.label, True) and is_cited
    return {label for label, only in cited.items() if only}


INTERVIEWED_RE = re.compile(r"接受[^，,。；]{0,8}采访")
FULL_STOP_RE = re.compile(r"[。！？!?\n]")
# 在十一届全国人大三次会议新闻中心举行的集体采访中说: the interview is held at the event.
AT_INTERVIEW_RE = re.compile(r"[^，,。；]{0,16}?(?:采访|记者会|见面会)(?:活动)?(?:中|上|时)")
# Events where officials answer the press: 发布会, 吹风会, “部长通道”, 采访活动.
PRESS_EVENT_RE = re.compile(r"发布会|吹风会|记者会|通气会|见面会|通道|采访")
ANSWERS_RE = re.compile(r"接受[^，,。；]{0,8}采访|回答[^，,。；]{0,8}(?:提问|问题)|答记者问")
# A session of the NPC or the CPPCC whose “部长通道” an official is at: he attends the session too.
SESSION_RE = re.compile(r"全国人民代表大会|中国人民政治协商会议")


def _press_event_speakers(ctx: Context) -> list[Found]:
    """``工信部举行…发布会。陈克龙介绍…``: an official speaking or interviewed in the sentences right after
    a press event is held attends it (up to two sentences, before another event is named)."""
    out: list[Found] = []
    for sentence in ctx.sentences_with("Event"):
        if not HELD_RE.search(sentence.text):
            continue
        events = [e for e in ctx.in_span(sentence.start, sentence.end, ("Event",)) if PRESS_EVENT_RE.search(e.label)]
        if not events:
            continue
        i = bisect_left(ctx.sentence_starts, sentence.start)
        for following in ctx.sentences[i + 1 : i + 3]:
            if ctx.in_span(following.start, following.end, ("Event",)):
                break
            speaker = _introduced_speaker(ctx, following, cited=False)
            people = [speaker] if speaker else []
            for o in ctx.in_span(following.start, following.end, ("Official",)):
                if ANSWERS_RE.search(ctx.text, o.end, min(following.end, o.end + 30)):
                    people.append(o.label)
            people += [p for person in people for p in _titled_before(ctx, following, person)]
            for person in dict.fromkeys(people):
                out.append(Found(person, "attends", events[-1].label, None, following, "after-press-event"))
    return out


def _titled_before(ctx: Context, sentence: Segment, speaker: str) -> list[str]:
    """The officials listed before ``speaker`` in ``sentence``, each after its titles and a comma
    (``部长肖亚庆，副部长辛国斌，总工程师、新闻发言人田玉龙介绍有关情况``): they present with the speaker."""
    named = ctx.in_span(sentence.start, sentence.end, ("Official",))
    at = next((k for k, m in enumerate(named) if m.label == speaker), None)
    listed: list[str] = []
    while at:
        between = ctx.text[named[at - 1].end : named[at].start]
        if not re.fullmatch(f"[，,、]\\s*[{CJK}、]{{0,30}}", between) or not between.endswith(tuple(ctx.titles_longest_first)):
            break  # only bodies and titles between two names: one list of presenters
        at -= 1
        listed.append(named[at].label)
    return listed


ATTENDING_BEFORE_RE = re.compile(r"(?:参加|出席|列席|参会)(?:了|完)?[“”]?(?:\d{4}年?)?$")  # (参加2020中国…活动的: its year)


def _relative_clause_attends(ctx: Context) -> list[Found]:
    """``正在此间参加博鳌亚洲论坛的信息产业部部长王旭东称``: the official the relative clause describes
    attends the event (the first official after 的, with only titles and bodies between)."""
    out: list[Found] = []
    for sentence in ctx.sentences_with("Event"):
        for e in ctx.in_span(sentence.start, sentence.end, ("Event",)):
            if not ctx.text.startswith("的", e.end) or not ATTENDING_BEFORE_RE.search(ctx.text, max(0, e.start - 9), e.start):
                continue
            people = ctx.in_span(e.end, min(sentence.end, e.end + 40), ("Official",))
            if people and not re.search(r"[，,。；;：:]", ctx.text[e.end : people[0].start]):
                out.append(Found(people[0].label, "attends", e.label, None, sentence, "relative-clause"))
    return out


def _first_person_attends(ctx: Context, speakers: dict[int, str | None]) -> list[Found]:
    """``在…大会上，我在主论坛上介绍了…`` in an official's answer: the speaker attended the event."""
    out: list[Found] = []
    for sentence in ctx.sentences_with("Event"):
        speaker = speakers.get(sentence.start)
        if not speaker:
            continue
        for e in ctx.in_span(sentence.start, sentence.end, ("Event",)):
            if re.match(r"上[，,]?", ctx.text[e.end : e.end + 2]) and re.search(r"我(?!们|国|部|省|市)", ctx.text[e.end : sentence.end]) \
                    and "在" in ctx.text[max(sentence.start, e.start - 20) : e.start]:
                out.append(Found(speaker, "attends", e.label, None, sentence, "first-person-at"))
    return out


def _session_attends(ctx: Context, found: list[Found]) -> list[Found]:
    """``十四届全国人大二次会议首场“部长通道”``: who attends a session's 部长通道 attends the session."""
    out: list[Found] = []
    starts, events = ctx._by_type.get("Event", ((), ()))
    for f in found:
        if f.p != "attends" or "通道" not in f.o:
            continue
        passage = ctx.in_span(max(0, f.sentence.start - 300), f.sentence.end, ("Event",))
        channel = [e for e in passage if e.label == f.o]
        sessions = [e for e in passage if SESSION_RE.search(e.label) and channel and e.start < channel[-1].start]
        # 会议首场“部长通道”, 会议开幕。开幕会前举行的“部长通道”: at the session; 开幕会结束后，“部长通道”开启: after it.
        if sessions and "后" not in ctx.text[sessions[-1].end : channel[-1].start]:
            out.append(Found(f.s, "attends", sessions[-1].label, None, f.sentence, "session-of-channel"))
    return out


# 在X上, 在X期间, 在“中国发展高层论坛2009”上: the year or closing quote of the name written with it
OPENED_AFTER_RE = re.compile(r"[”」]?(?:正式)?(?:开幕|闭幕|开工|启动|开通|开园|开营)")
# (在第七届虹桥国际经济论坛“全球新能源汽车的未来”分论坛上: a named sub-forum of it; 在…论坛致词: a speech given there)
AT_EVENT_AFTER_RE = re.compile(r"(?:\d{4}(?:年)?)?[”」’]?(?:“[^“”]{2,30}”)?(?:开幕式|闭幕式|开幕会|闭幕会|主论坛|分论坛|开幕仪式|启动仪式)?"
                               r"(?:上|期间|现场|致辞|致词|讲话|发表讲话|作报告|作主旨演讲|发表主旨演讲)")
HELD_VERB_RE = re.compile(r"召开|举行|举办|开幕|启幕|揭幕")
# 在X上，A表示: the scene of the clauses after it (在X“…”分论坛上: a named sub-forum of X)
SCENE_AFTER_RE = re.compile(r"”?(?:“[^“”]{2,30}”)?(?:分论坛|主论坛)?上[，,]")
ATTEND_VERB_RE = re.compile(r"(?:等(?:领导|同志|人)?)?(?:出席|参加|到会|主持|致辞|讲话|作报告|作工作报告)")
UNNAMED_HELD_RE = re.compile(r"(?:召开|举行|主持召开)[^，,。；;]{0,30}?会")


def _attends_after_held(ctx: Context, event: Mention, person: Mention, people: list[Mention]) -> bool:
    """``召开X，A、B出席``: the event's clause says it was held, and the next clause's officials attend it."""
    if not HELD_VERB_RE.search(ctx.text, max(0, event.start - 20), event.end + 6):
        return False
    between = ctx.text[event.end : person.start]
    if len(between) > 30 or not re.search("[，,]", between) or re.search("[。；;]", between):
        return False
    # the officials listed from this one on, joined by 、/和, then the verb
    end = person.end
    for other in people:
        if other.start > end and re.fullmatch(r"[、和及与]|[、和及与][^，,。；;]{0,16}?", ctx.text[end : other.start]):
            end = other.end
    return ATTEND_VERB_RE.match(ctx.text, end) is not None


# 与李省长一起出席新闻发布会的还有：A先生，B先生: the others on the platform
# (出席挂牌仪式的部领导还有：副部长X: the same for a ceremony or a meeting)
CO_PRESENTERS_RE = re.compile(r"(?:一起|一同|共同)?(?:出席|参加|列席)(?:今天|明天|本次|这次)?的?[\u4e00-\u9fff]{0,6}?"
                              r"(?P<kind>发布会|吹风会|记者会|仪式|大会|会议|论坛)的[^：:，,。；]{0,6}?(?:还有|有|是)")


# 周德熙率领香港代表团参展, 率团出席: a delegation's head at the event the article names before
DELEGATION_AT_RE = re.compile(r"(?:率领|带领|率)[^，,。；;]{0,12}?(?:代表团|团)(?:参展|参会|出席|参加|与会)")


def _delegation_heads(ctx: Context) -> list[Found]:
    """``香港特区政府工商局局长周德熙率领香港代表团参展``: who leads a delegation to the event named before attends it."""
    out: list[Found] = []
    starts, events = ctx._by_type.get("Event", ((), ()))
    for match in DELEGATION_AT_RE.finditer(ctx.text) if "团" in ctx.text else ():
        sentence = ctx.sentence_at(match.start())
        before = events[: bisect_left(starts, match.start())]
        named = ctx.in_span(match.end(), sentence.end, ("Event",)) or before[-1:]
        if not named or match.start() - named[0].end > 400:
            continue
        leaders = ctx.in_span(sentence.start, match.start(), ("Official",))
        if leaders and not ctx.in_span(leaders[-1].end, match.start(), ("Official",)):
            out.append(Found(leaders[-1].label, "attends", named[0].label, None, sentence, "delegation-head"))
    return out


def _co_presenters(ctx: Context) -> list[Found]:
    """``与李省长一起出席新闻发布会的还有：A，B``, ``出席挂牌仪式的部领导还有：…``: the people listed attend the
    press conference (ceremony, meeting) of that kind named last before."""
    out: list[Found] = []
    starts, events = ctx._by_type.get("Event", ((), ()))
    for match in CO_PRESENTERS_RE.finditer(ctx.text) if re.search("出席|参加|列席", ctx.text) else ():
        # (参加本次会议的还有…: a 会议 is any meeting, a 成立大会 or a 座谈会 too)
        kinds = ("会议", "会") if match.group("kind") == "会议" else (match.group("kind"),)
        before = [e for e in events[: bisect_left(starts, match.start())] if e.label.endswith(kinds)]
        if not before:
            continue
        sentence = ctx.sentence_at(match.start())
        # (…闻库先生；运行监测协调局局长黄利斌先生；…: a list of several posts each goes on past semicolons)
        ends = [i for i in (ctx.text.find(mark, match.end()) for mark in "。\n") if i >= 0]
        end = min(ends, default=len(ctx.text))
        listed = Segment(sentence.start, end, ctx.text[sentence.start : end]) if end > sentence.end else sentence
        for person in ctx.in_span(match.end(), end, ("Official",)):
            out.append(Found(person.label, "attends", before[-1].label, None, listed, "co-presenter"))
    return out


# 发布人：⏎马健 省发展改革委党组书记、主任⏎…: a label line over the people a press conference (or meeting) presents
PRESENTERS_LABEL_RE = re.compile(r"[ \t]*(?:发布人|发布嘉宾|发布领导|出席嘉宾|出席领导|出席人员|嘉宾|主持人|主讲人)[ \t]*[:：]?[ \t]*")
# what else a heading over a list may hold beside its event: a date, an ordinal (3月8日第二场“部长通道”)
_HEADING_REST_RE = re.compile(r"[\s\d０-９年月日号第一二三四五六七八九十场次期届:：\-—·•|]*")
_LIST_LINE_MAX = 40


def _listed_people_lines(ctx: Context, pars: list[Segment], k: int) -> list[Mention]:
    """The officials of the one-person lines from ``pars[k]`` on (工业和信息化部部长金壮龙⏎民政部部长陆治原⏎…)."""
    people: list[Mention] = []
    for par in pars[k:]:
        line = par.text.strip()
        if len(line) > _LIST_LINE_MAX or any(mark in line for mark in "。！？；;"):
            break
        officials = ctx.in_span(par.start, par.end, ("Official",))
        if len(officials) != 1:
            break
        people.append(officials[0])
    return people


def _listed_under_heading(ctx: Context) -> list[Found]:
    """People listed one per line under a heading that names the event (3月8日第二场“部长通道”⏎工业和信息化部部长金壮龙⏎…),
    or under a presenters' label (发布人：) after the event was named: each attends it."""
    out: list[Found] = []
    if "\n" not in ctx.text:
        return out
    starts, events = ctx._by_type.get("Event", ((), ()))
    pars = ctx.paragraphs
    for k, par in enumerate(pars[:-1]):
        line = par.text.strip()
        if len(line) > _LIST_LINE_MAX:
            continue
        event = None
        if PRESENTERS_LABEL_RE.fullmatch(par.text):
            before = events[: bisect_left(starts, par.start)]
            event = before[-1] if before and par.start - before[-1].end < 600 else None
        else:
            local = ctx.in_span(par.start, par.end, ("Event",))
            if len(local) == 1 and not ctx.in_span(par.start, par.end, ("Official",)):
                rest = ctx.text[par.start : local[0].start] + ctx.text[local[0].end : par.end]
                event = local[0] if _HEADING_REST_RE.fullmatch(rest) else None
        if event is None:
            continue
        people = _listed_people_lines(ctx, pars, k + 1)
        if len(people) < 2:
            continue  # one line under a heading is a byline or a caption, not a list
        for person in people:
            out.append(Found(person.label, "attends", event.label, None, ctx.sentence_at(person.start), "listed-under-heading"))
    return out


def _report_title_speakers(ctx: Context) -> list[Found]:
    """A report's title page (政府工作报告⏎——2021年2月2日在潮州市第十五届人民代表大会第七次会议上⏎潮州市市长何晓军):
    the speaker on the line after 在…会议上 attends that meeting."""
    out: list[Found] = []
    for e in ctx._by_type.get("Event", ((), ()))[1]:
        if not re.match(r"上\s*\n", ctx.text[e.end : e.end + 4]) or "在" not in ctx.text[max(0, e.start - 16) : e.start]:
            continue
        line_start = ctx.text.index("\n", e.end) + 1
        line_end = ctx.text.find("\n", line_start)
        line_end = len(ctx.text) if line_end < 0 else line_end
        speakers = ctx.in_span(line_start, line_end, ("Official",))
        if len(speakers) == 1 and line_end - line_start <= 24:
            out.append(Found(speakers[0].label, "attends", e.label, None, ctx.sentence_at(e.start), "report-title"))
    return out


DATE_AFTER_NAME_RE = re.compile(r"^[，,]\s*(?:\d{1,2}月\d{1,2}日|近日|日前|昨天|今天|昨日|今日)(?:上午|下午|晚上?)?")


_HOSTS_A_GUEST_RE = re.compile(r"(?:会见|接见|会晤|看望|慰问|宴请)(?:了)?(?:前来)?(?:参加|出席)")


# (…来辽宁调研，并在沈阳主持召开X座谈会: the place and the chair's verb)
_ATTENDED_RE = re.compile(r"[，,](?:并|还|随后|期间)?(?:在[^，,。；;]{1,10}?)?(?:出席|参加|主持召开|主持)(?:了)?$")


def _attended_after_a_clause(ctx: Context, event: Mention, events: list[Mention], sentence: Segment) -> bool:
    """``…调研，出席A座谈会、B座谈会``: the event (or the list of events it ends) follows a clause's 出席, 参加 or
    主持召开."""
    start = event.start
    ends = {e.end: e for e in events}
    while ctx.text[start - 1 : start] == "、" and (before := ends.get(start - 1)) is not None:
        start = before.start  # (the events listed before it share the verb)
    return _ATTENDED_RE.search(ctx.text, sentence.start, start) is not None


def find_attends(ctx: Context, speakers: dict[int, str | None] | None = None) -> list[Found]:
    """attends: an official placed at a named event (at it, chairing it, speaking or interviewed there)."""
    out: list[Found] = []
    if not ctx._by_type.get("Event") or not ctx._by_type.get("Official"):
        return out  # every rule below joins an official to a named event
    held_events: dict[int, bool] = {}  # by event start: its sentence says it was held (召开/举行/开幕)
    out += _co_presenters(ctx) + _delegation_heads(ctx) + _listed_under_heading(ctx) + _report_title_speakers(ctx)
    for sentence in ctx.sentences_with("Event"):
        local_events = ctx.in_span(sentence.start, sentence.end, ("Event",))
        local_people = ctx.in_span(sentence.start, sentence.end, ("Official",))
        for e in local_events:
            for o in local_people:
                if o.end <= e.start:
                    between = ctx.text[o.end : e.start]
                    # 辛国斌在致辞中表示，习近平…在金砖国家领导人会晤上提出…: a place in what he says is not his
                    told = re.search(r"表示|说|指出|强调|认为|介绍", between) or any(
                        p.start >= o.end and p.end <= e.start for p in local_people)
                    at_event = not told and re.search(r"在|出席|参加|主持|亮相|做客|作客", between) and (
                        AT_EVENT_AFTER_RE.match(ctx.text, e.end) or AT_INTERVIEW_RE.match(ctx.text, e.end))
                    # "A、B部长C、D先后走上“部长通道”": a list of officials shares the verb of its last member.
                    later = [p for p in local_people if o.end <= p.start and p.end <= e.start]
                    # (张高丽副总理主持召开的A专题会和马凯副总理主持召开的B座谈会: his own verb and event come first)
                    listed = later and not re.search(r"[，,；;]", between) \
                        and not re.search(r"出席|参加|主持|召开", ctx.text[o.end : later[0].start])
                    near = ctx.text[later[-1].end : e.start] if listed else between
                    # (…办公室主任朱宏任,1月10日主持召开…: a comma and the day after a long chain of posts)
                    near = DATE_AFTER_NAME_RE.sub("", near, count=1)
                    # (周强先后来到省十一届人大六次会议…代表团, 莅临博览会, 参观了…博览会: there in person)
                    joins = re.search(r"出席|参加|主持|走上|登上|亮相|做客|作客|来到|莅临|参观", near) and len(near) <= 24 \
                        and not re.search(r"[，,；;]", near)
                    # 李强宣布第21届中国国际工业博览会开幕: who opens it is there
                    joins = joins or (re.search(r"宣布", near) and len(near) <= 16 and not re.search(r"[，,；;]", near)
                                      and OPENED_AFTER_RE.match(ctx.text, e.end))
                    # 田玉龙带队赴烟台、武汉调研，出席A座谈会、B座谈会: the official the sentence opens with attends
                    # what it 出席s, however long the visit told before
                    joins = joins or (not told and o is local_people[0] and _attended_after_a_clause(ctx, e, local_events, sentence))
                    # (王国生在郑州会见参加…活动的辛国斌: the host meets a guest of the event, he is not at it)
                    if (at_event or joins) and not _HOSTS_A_GUEST_RE.search(near):
                        out.append(Found(o.label, "attends", e.label, None, sentence, "at-event"))
                elif o.start >= e.end and SCENE_AFTER_RE.match(ctx.text, e.end):
                    out.append(Found(o.label, "attends", e.label, None, sentence, "at-event"))
                elif o.start >= e.end and _attends_after_held(ctx, e, o, local_people):
                    # 召开X座谈会，辛国斌、张云明出席并讲话: the officials of the clause after the meeting held
                    out.append(Found(o.label, "attends", e.label, None, sentence, "held-then-attended"))
                elif o.start >= e.end and "通道" in e.label and INTERVIEWED_RE.search(ctx.text, o.end, sentence.end) \
                        and not ctx.in_span(e.end, o.start, ("Event",)):
                    # “部长通道”集中采访活动举行，A、B等…接受采访: the ministers interviewed there
                    out.append(Found(o.label, "attends", e.label, None, sentence, "interviewed-at"))
            if SCENE_AFTER_RE.match(ctx.text, e.end):
                # 在首场“部长通道”上，A表示…；B介绍…；C说…: every speaker of the clauses after it, to the full stop.
                stop = FULL_STOP_RE.search(ctx.text, e.end)
                for clause in ctx.sentences_in(sentence.end, stop.start() if stop else sentence.end):
                    if ctx.in_span(clause.start, clause.end, ("Event",)):
                        break
                    speaker = _introduced_speaker(ctx, clause)
                    if speaker:
                        out.append(Found(speaker, "attends", e.label, None, clause, "at-event"))
    # Generic references: "X、Y出席发布会", "X在会上表示", "X作重要讲话", "会上，X介绍" -> the latest named event.
    cited_only = _cited_only_events(ctx)
    for regex, rule in ((GENERIC_EVENT_RE, "attends-generic"), (AT_MEETING_RE, "at-meeting"), (CHAIRED_RE, "chaired"),
                        (SPEECH_AT_EVENT_RE, "speaks-at"), (MEETING_OPENERS, "at-meeting"),
                        (BARE_ATTENDANCE_RE, "attends-bare"), (ATTENDEE_LIST_RE, "attendee-list")):
        for match in regex.finditer(ctx.text):
            if regex is MEETING_OPENERS and ctx.text[ctx.sentence_at(match.start()).start : match.start()].strip():
                continue  # 会上，… must open its sentence
            if regex is BARE_ATTENDANCE_RE and CHAIRED_RE.search(ctx.sentence_at(match.start()).text):
                continue  # 会议由X主持: the chaired rule decides which meeting
            before = [e for e in ctx.in_span(max(0, match.start() - GENERIC_HELD_REACH), match.start(), ("Event",))
                      if fits_generic_word(match.group(), e.label) and e.label not in cited_only]
            # Prefer the event the article says was held (召开/举行/开幕), not one merely cited (贯彻…会议精神);
            # a held one reaches further (the meeting a long report opens with, its speakers at the end)
            for e in before:
                if e.start not in held_events:
                    held_events[e.start] = _held_in_its_clause(ctx, e)
            before = [e for e in before if match.start() - e.end <= (GENERIC_HELD_REACH if held_events[e.start]
                                                                       else GENERIC_REACH)]
            if not before:
                continue
            held = [e for e in before if held_events[e.start]]
            event = (held or before)[-1]
            sentence = ctx.sentence_at(match.start())
            if event.start < sentence.start and UNNAMED_HELD_RE.search(ctx.text, sentence.start, match.start()):
                continue  # 工信部召开党组扩大会议，部长苗圩主持会议: a meeting no name gives, not the last named one
            if not held and (unnamed := UNNAMED_HELD_RE.search(ctx.text, ctx.sentence_at(event.start).start, event.start)) \
                    and not ctx.in_span(unnamed.start(), unnamed.end(), ("Event",)):
                continue  # 主持召开务虚会，学习贯彻四中全会精神。部领导A、B出席会议: the meeting held, which no name gives
            low = max(sentence.start, event.end)
            high = match.end() if rule == "chaired" else match.start()
            if regex is MEETING_OPENERS or regex is ATTENDEE_LIST_RE:
                low, high = match.end(), sentence.end  # 会上，X介绍…: the people of the sentence it opens
            # A…博览会开幕式暨B论坛, A和B在广州开幕: the two were one occasion
            events = [e for e in before if JOINT_EVENTS_RE.fullmatch(ctx.text[e.end : event.start])]
            for o in ctx.in_span(low, high, ("Official",)):
                if ABSENT_PERSON_AFTER_RE.match(ctx.text, o.end) or ABSENT_PERSON_BEFORE_RE.search(ctx.text, low, o.start):
                    continue  # 宣读习近平主席贺信并致辞 (his letter is there, not he); 郝鹏说，习近平…发表重要讲话 (told)
                for e in [*events, event]:
                    out.append(Found(o.label, "attends", e.label, None, sentence, rule))
    # 举行(…)新闻发布会，请A、B介绍…: the officials invited to present attend the conference.
    for match in INVITED_RE.finditer(ctx.text):
        sentence = ctx.sentence_at(match.start())
        here = [e for e in ctx.in_span(sentence.start, match.end("people"), ("Event",))
                if e.label.endswith(("发布会", "吹风会"))]
        before = [e for e in ctx.in_span(max(0, match.start() - 1500), match.start(), ("Event",))
                  if e.label.endswith(("发布会", "吹风会"))]
        event = (here or before[-1:] or [None])[0]
        if event is not None:
            for o in ctx.in_span(match.start("people"), match.end("people"), ("Official",)):
                out.append(Found(o.label, "attends", event.label, None, sentence, "invited-to-present"))
    # 我们邀请到A先生，B先生，请他们介绍…: the host's guests attend the event the page opened with.
    for match in GUESTS_RE.finditer(ctx.text):
        before = ctx.in_span(max(0, match.start() - 600), match.start(), ("Event",))
        if before:
            sentence = ctx.sentence_at(match.start())
            for o in ctx.in_span(match.start("people"), match.end("people"), ("Official",)):
                out.append(Found(o.label, "attends", before[-1].label, None, sentence, "invited-guest"))
    # A transcript of a named press conference: everyone with a turn attended it.
    first_turn = next((p for p, (is_turn, _) in zip(ctx.paragraphs, ctx.turns) if is_turn), None)
    if first_turn is not None:
        # The press conference named before the first turn, or by the host before another speaker's turn,
        # is the one the transcript records.
        labelled = [(par, label) for par, (is_turn, label) in zip(ctx.paragraphs, ctx.turns) if is_turn and label]
        host = labelled[0][1] if labelled else None
        cutoff = next((par.start for par, label in labelled if label != host), first_turn.end)
        intro_events = [e for e in ctx.in_span(0, cutoff, ("Event",)) if "发布会" in e.label]
        turn_speakers = {(label, par) for par, (is_turn, label) in zip(ctx.paragraphs, ctx.turns) if is_turn and label}
        if intro_events and len({s for s, _ in turn_speakers}) >= 2:
            for label, par in sorted(turn_speakers, key=lambda x: x[1].start):
                out.append(Found(label, "attends", intro_events[0].label, None, ctx.sentence_at(par.start), "transcript-speaker"))
    out += _press_event_speakers(ctx)
    out += _relative_clause_attends(ctx)
    if speakers is not None:
        out += _first_person_attends(ctx, speakers)
    return out + _session_attends(ctx, out)


def extract_relations(ctx: Context) -> list[Found]:
    """Every relation rule over one article."""
    speakers = assign_speakers(ctx)
    posts = find_posts(ctx) + first_person_posts(ctx, speakers) + author_note_posts(ctx)
    topics = question_topics(ctx, speakers)
    found = posts + find_part_of(ctx) + find_discusses(ctx, speakers) + find_targets(ctx) + find_item_targets(ctx)
    found += find_issues(ctx, speakers, posts) + find_passive_issues(ctx) + find_notice_issuers(ctx) + find_signatories(ctx)
    found += find_named_issuers(ctx)
    found += find_agreement_parties(ctx)
    found += find_oversees(ctx, topics) + find_attends(ctx, speakers)
    return found
