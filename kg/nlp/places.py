"""Local bodies named without their place: 省委, 省政府, 省工业和信息化厅 in an article about one province.

Provincial news writes 广东省委、省政府 once and then 省委书记, 省工业和信息化厅厅长: the
province is the one the article named last (or first, when none comes before).
The dictionary holds every provincial committee, government and industry
department, so the full name is looked up, never made up. A national body's
short name after an elided 省/市 (省中小企业局, 市统计局) is a local office, not the
national one: it is blocked when no provincial body of that name is known.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from kg.lexicon import Lexicon, load_lexicon
from kg.model import Mention
from kg.nlp.mentions import CJK, LOCAL_OFFICE_NAMES, PROVINCE_SHORT_NAMES, glued_after_decree_verb, local_office_label
# Words that may stand right before an elided 省/市 (省委、省政府; 由省工信厅; 该省…); 全省, 各省, 外省 are no body.
_BEFORE = set("、和及与由在对同是为该本赴到从向将请好前了访让的任率")  # 落实好自治区人民政府印发的…, ——访省工信厅厅长X
_LONGEST_REST = 16
# …and words (龚正代表省人民政府作报告, 经省政府同意)
_BEFORE_WORDS = ("代表", "根据", "经过", "来自", "联合", "会同", "出席", "主持", "经",
                 "指出", "表示", "强调", "介绍", "感谢", "陪同", "会见", "看望", "欢迎", "听取", "参加", "列席", "按照", "落实", "贯彻",
                 # (指出省委书记刘奇…; 分管省经信委、省科技厅: a division of work; 两会特邀省发展改革委、省工信委…)
                 "分管", "联系", "协助", "率领", "带领", "带队", "要求", "督促", "责成", "收悉",
                 "特邀", "包括", "组织", "召集")
# Provincial bodies the dictionary need not list one by one: their names follow from the province's.
# {} is the province (广东省).
PROVINCE_BODIES = {"人大常委会": "{}人民代表大会常务委员会", "人民代表大会常务委员会": "{}人民代表大会常务委员会",
                   "政协": "中国人民政治协商会议{}委员会",  # 省政协副主席X
                   # industry departments under their names of 2008-2018 (经信委), which the dictionary need not hold
                   "经济和信息化委员会": "{}经济和信息化委员会", "经信委": "{}经济和信息化委员会",
                   "经济和信息化委": "{}经济和信息化委员会",
                   "工业和信息化委员会": "{}工业和信息化委员会", "工信委": "{}工业和信息化委员会",
                   "工业和信息化委": "{}工业和信息化委员会",
                   # …and of the 1990s-2000s (经委, 经贸委)
                   "经济委员会": "{}经济委员会", "经委": "{}经济委员会",
                   "经济贸易委员会": "{}经济贸易委员会", "经贸委": "{}经济贸易委员会"}


_PROVINCES: dict[int, tuple[Lexicon, re.Pattern, dict[str, str]]] = {}  # by id(lex): a Lexicon is not hashable


def _provinces(lex: Lexicon) -> tuple[re.Pattern, dict[str, str]]:
    """A pattern over the provinces' names (广东省, 广东) and each name's province prefix (广东省)."""
    cached = _PROVINCES.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1], cached[2]
    prefixes: dict[str, str] = {}
    for label, record in lex.records.items():
        match = re.fullmatch(r"(.{2,8}?)(省|自治区)人民政府", label)
        if record.type == "Organization" and match:
            prefix = match.group(1) + match.group(2)
            prefixes[prefix] = prefix
            prefixes.setdefault(match.group(1), prefix)
            if match.group(2) == "自治区":  # 广西壮族自治区 is written 广西 too (新疆, 宁夏)
                prefixes.setdefault(re.sub("(?:壮族|回族|维吾尔)$", "", match.group(1)), prefix)
    names = sorted(prefixes, key=len, reverse=True)
    pattern = re.compile("|".join(map(re.escape, names)))
    _PROVINCES[id(lex)] = (lex, pattern, prefixes)
    return pattern, prefixes


def article_province(mentions: list[Mention], lex: Lexicon) -> str | None:
    """The one province whose bodies the article names (安徽省人民政府, 中共安徽省委, 安徽省经信委), else None."""
    pattern, prefixes = _provinces(lex)
    found = set()
    for m in mentions:
        if m.type != "Organization":
            continue
        label = m.label.removeprefix("中国共产党").removeprefix("中国人民政治协商会议")
        match = pattern.match(label)
        if match and label[match.end() : match.end() + 1] not in ("市", "县"):  # 安徽省合肥市: the city's
            found.add(prefixes[match.group()])
    return next(iter(found)) if len(found) == 1 else None


# 省政府第93次常务会议, 市人民政府常务会议: a province's or a city's government in session (written without the place)
GOVERNMENT_SESSION_RE = re.compile(r"(省|自治区|市)(?:人民)?政府(?:第[\d一二三四五六七八九十百]+次)?(常务会议|全体会议)")


def name_provincial_events(mentions: list[Mention], lex: Lexicon, text: str = "", site: str | None = None) -> list[Mention]:
    """``全省工业恢复重建工作会议`` in an article about one province: the event under the province's name
    (四川省工业恢复重建工作会议), so the meetings of two provinces stay two events in the graph; ``全市…`` in
    an article about one city (``article_city`` of ``text``) likewise (上海市推进高新技术产业化工作会议), ``全州…`` and
    ``全县…`` in an article about one prefecture or county, and so is a
    government's standing meeting written without its place (省政府常务会议 → 青海省人民政府常务会议)."""
    events = [m for m in mentions if m.type == "Event" and m.label.startswith(("全省", "全区", "全市", "全县", "全州"))]
    sessions = [m for m in mentions if m.type == "Event" and GOVERNMENT_SESSION_RE.fullmatch(m.label)]
    if not events and not sessions and not any(m.type == "Event" and m.label.startswith(("自治区", "省")) for m in mentions):
        return mentions
    renamed = {}
    province = article_province(mentions, lex) if any(not m.label.startswith(("全市", "市", "全县")) for m in events + sessions) else None
    city = article_city(text, mentions, lex, site) if text and any(m.label.startswith(("全市", "市")) for m in events + sessions) else None
    for m in sessions:  # 省政府第93次常务会议: the government's standing meeting, one label across its sessions
        session = GOVERNMENT_SESSION_RE.fullmatch(m.label)
        if session.group(1) == "市":
            place = city
        else:  # (the article's province, else the one named before: 省长骆惠宁主持召开省政府常务会议 in a 青海 paper)
            place = province or (province_before(text, m.start, lex) if text else None)
            place = place if place and place.endswith(session.group(1)) else None
        if place:
            renamed[id(m)] = dataclasses.replace(m, label=f"{place}人民政府{session.group(2)}")
    if province is not None:
        renamed.update({id(m): dataclasses.replace(m, label=province + m.label[2:]) for m in events
                        if not m.label.startswith("全市") and m.label.startswith("全省") == province.endswith("省")})
    if city is not None:
        renamed.update({id(m): dataclasses.replace(m, label=city + m.label[2:]) for m in events if m.label.startswith("全市")})
    # 自治区工业经济运行…推进会, 省政府、工业和信息化部共建…领导小组会议, 省…联合会…会员代表大会: a province's meeting
    # written with its bare 省 (自治区, 省政府) on a page about that province
    bare = [m for m in mentions if m.type == "Event" and id(m) not in renamed
            and re.match("(?:自治区|省)(?!委|政协|人大|政府常务会议|部)", m.label)]  # (省部会商会议: province and ministry)
    if bare:
        province = province or article_province(mentions, lex)
        for m in bare:
            word = "自治区" if m.label.startswith("自治区") else "省"
            # (the article's province, else the one named before: 西藏新闻。自治区…推进会)
            place = province or (province_before(text, m.start, lex) if text else None)
            if place and place.endswith(word):
                rest = m.label[len(word) :]
                label = f"{place}人民政府{rest[2:]}" if rest.startswith("政府") else place + rest
                renamed[id(m)] = dataclasses.replace(m, label=label)
    # 全区工业经济运行分析调度会 on a page about one city district (雨城区): the district's
    districts = [m for m in events if m.label.startswith("全区") and id(m) not in renamed]
    district = article_district(text, mentions) if text and districts else None
    if district is not None:
        renamed.update({id(m): dataclasses.replace(m, label=district + m.label[2:]) for m in districts})
    prefecture = article_prefecture(text, lex) if text and any(m.label.startswith("全州") for m in events) else None
    if prefecture is not None:  # 全州工业和信息化工作调度会 on a 湘西 page
        renamed.update({id(m): dataclasses.replace(m, label=prefecture + m.label[2:]) for m in events if m.label.startswith("全州")})
    county = article_county(text, mentions) if text and any(m.label.startswith("全县") for m in events) else None
    if county is not None:
        renamed.update({id(m): dataclasses.replace(m, label=county + m.label[2:]) for m in events if m.label.startswith("全县")})
    return [renamed.get(id(m), m) for m in mentions]


def _opens_elided_place(text: str, pos: int) -> bool:
    """The 省/市/自治区 at ``pos`` opens a body written without its place (省委, 由省工信厅, 落实好自治区…; 辽宁省省委书记:
    the province written twice), not the end of a place's name (广东省) or a word (全省, 城市)."""
    before = text[pos - 1 : pos]
    return not before or not re.match(f"[{CJK}]", before) or before in _BEFORE or text[pos - 2 : pos] in _BEFORE_WORDS \
        or text[pos - 2 : pos] == text[pos : pos + 1] + "委" \
        or text[pos - 1 : pos + 2] in ("省省委", "省省政") \
        or glued_after_decree_verb(text, pos - 3)  # 免去房明玉市食品药品监督管理局局长职务: a name, then the body


def find_elided_province_bodies(text: str, lex: Lexicon) -> list[Mention]:
    """省委, 省政府, 省X厅 … with the article's province restored; national short names after 省/市 blocked."""
    if "省" not in text and "市" not in text and "自治区" not in text:
        return []
    pattern, prefixes = _provinces(lex)
    places = _provinces_as_places(text, pattern, prefixes) if pattern.pattern else []
    if not places and (province := province_of_named_cities(text, lex)):
        places = [(0, province)]  # 在兰州举行…省委常委X: the province of the one city the article names
    regions = [(start, prefix) for start, prefix in places if prefix.endswith("自治区")]
    # (省纺织工业厅 after 内蒙古的细羊毛: a bare 省 is a province's, never a region's)
    provinces = [(start, prefix) for start, prefix in places if not prefix.endswith("自治区")]
    # 省委 in a 广东 article; 自治区工业和信息化厅 in a 广西 one: the place named last before (or first)
    named = {"省": (provinces, [start for start, _ in provinces]), "自治区": (regions, [start for start, _ in regions])}
    # (区经济和信息化厅, 区党委 in a 西藏 article: a region's bodies written with 区 alone; a district has a 区委 and
    # 局s, never a 党委 or a 厅)
    named["区"] = named["自治区"]
    out: list[Mention] = []
    for match in re.finditer("省|市|自治区|区(?=党委)|区(?=[^，。、；\n]{2,10}厅)", text):
        pos = match.start()
        if not _opens_elided_place(text, pos):
            continue
        candidates, starts = named.get(match.group(), ((), ()))
        province = None
        if candidates:
            i = bisect_right(starts, pos) - 1
            province = candidates[i][1] if i >= 0 else candidates[0][1]
        elif match.group() == "区":
            continue
        found = _longest_body(text, pos, lex, province, rest_start=match.end())
        if found is not None and match.group() == "区" and not (
                found.type == "Organization" and (found.label.endswith("厅") or found.text == "区党委")):
            continue
        if found is not None:
            out.append(found)
            if province is not None and found.type == "Organization":
                out += _listed_province_offices(text, found.end, province)
                if found.text.endswith("党委") and (government := re.match("[、和](?:人民)?政府", text[found.end :])):
                    # 自治区党委、政府的决策部署: the government shares the committee's place
                    out.append(Mention(found.end + 1, found.end + government.end(), government.group()[1:], "Organization",
                                       province + "人民政府", "elided-province"))
    return out


def _listed_province_offices(text: str, pos: int, province: str) -> list[Mention]:
    """``省发展改革委、经济和信息化委、科技厅、财政厅等部门``: the offices listed after a province's first one are
    that province's (written without the place)."""
    out = []
    while text.startswith(("、", "和", "及"), pos) and (office := _PROVINCE_OFFICE_RE.match(text, pos + 1)) is not None \
            and (text[office.end() : office.end() + 1] in ("、", "和", "及", "等", "，", ",", "。", "")):
        name = office.group()
        out.append(Mention(office.start(), office.end(), name, "Organization", PROVINCE_OFFICES[name].format(province),
                           "elided-province"))
        pos = office.end()
    return out


# 与广东、浙江等省份相比, 向江苏、浙江等地学习: provinces compared with or learnt from, not the article's own
_COMPARED_PROVINCES_RE = re.compile(f"(?:[、和及][{CJK}]{{2,8}}?)*等(?:省份|省市|省|地)(?:相比|比较|对比|学习|看齐)?")
_COMPARED_BEFORE_RE = re.compile("[与同跟向]$")


def _provinces_as_places(text: str, pattern: re.Pattern, prefixes: dict[str, str]) -> list[tuple[int, str]]:
    """Where the text names a province as a place, and the province's prefix (广东省); not a province it compares
    itself with or learns from (与广东、浙江等省份相比)."""
    places = []
    for m in pattern.finditer(text):
        compared = _COMPARED_PROVINCES_RE.match(text, m.end())
        if compared is not None and (compared.group().endswith(("相比", "比较", "对比", "学习", "看齐")) or any(
                _COMPARED_BEFORE_RE.search(text, max(0, start - 1), start) for start in (m.start(), _list_start(text, m.start())))):
            continue
        places.append((m.start(), prefixes[m.group()]))
    return places


def _list_start(text: str, pos: int) -> int:
    """Where the list of places that holds the one at ``pos`` starts (广东、|浙江: at 广东)."""
    while pos > 0:
        item = re.search(f"([{CJK}]{{2,8}}?)[、和及]$", text[max(0, pos - 9) : pos])
        if item is None:
            break
        pos -= len(item.group())
    return pos


def province_of_named_cities(text: str, lex: Lexicon) -> str | None:
    """The province of the listed cities the text names (兰州 -> 甘肃省), when they all lie in one, else None."""
    provinces = {lex.city_provinces.get(city) for city in listed_cities(text, lex)}
    return provinces.pop() if len(provinces) == 1 else None


def listed_cities(text: str, lex: Lexicon) -> set[str]:
    """The listed cities (cities.tsv) the text names as places: by full name (赣州市), or by a short name that
    names nothing else where a place may start; not as an outlet, an institution or a place gone to."""
    found = set()
    for index, start, end in lex.city_matcher.find_matches_as_indexes(text) if lex.cities else ():
        name = lex.city_names[index]
        # a short name only where a place may start (湖南通过 holds no 南通, 广东营商 no 东营)
        if (name.endswith("市") or (name in lex.bare_cities and _PLACE_START_RE.match(text, start))) \
                and not _NOT_THE_PLACE_AFTER_RE.match(text, end) and text[start - 1 : start] not in _GONE_TO:
            found.add(lex.cities[name])
    return found


def province_before(text: str, pos: int, lex: Lexicon) -> str | None:
    """The province (山东省) the article named last before ``pos`` (or first, when none comes before), or the
    province of the one city it names, or None."""
    pattern, prefixes = _provinces(lex)
    if not pattern.pattern:
        return None
    places = _provinces_as_places(text, pattern, prefixes)
    if not places:
        return province_of_named_cities(text, lex)
    i = bisect_right([start for start, _ in places], pos) - 1
    return places[i][1] if i >= 0 else places[0][1]


def _longest_body(text: str, pos: int, lex: Lexicon, province: str | None, rest_start: int | None = None) -> Mention | None:
    """The longest provincial body (or blocked national name) written from ``pos`` (at 省/市/自治区) on;
    ``rest_start``: where the name after the elided place starts (after 省, 自治区)."""
    best: Mention | None = None
    rest_start = pos + 1 if rest_start is None else rest_start
    for end in range(rest_start + 1, min(len(text), rest_start + _LONGEST_REST) + 1):
        rest = text[rest_start:end]
        if province is not None:
            entry = lex.surfaces.get(province + rest)
            if entry is not None and entry.type == "Organization":
                best = Mention(pos, end, text[pos:end], "Organization", entry.label, "elided-province")
                continue
            if rest in PROVINCE_OFFICES:  # (its committees and the offices every province has)
                label = PROVINCE_OFFICES[rest].format(province)
                best = Mention(pos, end, text[pos:end], "Organization", label, "elided-province")
                continue
        entry = lex.surfaces.get(rest)
        if entry is not None and entry.type == "Organization" and _is_national(lex, entry.label):
            if best is None or best.end < end:
                best = Mention(pos, end, text[pos:end], "NotEntity", "Organization", "not-entity")
    return best


def _is_national(lex: Lexicon, label: str) -> bool:
    """A body of the central government (a ministry's department, a national agency): not a local office."""
    record = lex.record(label)
    if record is None:
        return False
    parent = record.extra.get("parent", "")
    return label.startswith(("国家", "国务院")) or parent in ("国务院", "工业和信息化部", "国家发展改革委") or bool(
        re.match(r"^(?:中华人民共和国)?.{1,8}部$", parent)
    )




def find_local_offices(text: str, lex: Lexicon, dictionary: list[Mention]) -> list[Mention]:
    """A national body's short name right after a city's or county's name is that place's office.

    ``苏州市发改委主任`` names 苏州市发展和改革委员会, not 国家发展改革委.
    """
    out = []
    for m in dictionary:
        if m.type != "Organization" or not _is_national(lex, m.label) or m.start < 3:
            continue
        place = _LOCAL_PLACE_RE.search(text, max(0, m.start - 5), m.start)
        if place is None or place.group(1).startswith(("全", "各", "本", "该", "省", "市", "县")) \
                or glued_after_decree_verb(text, place.start(1)) or _NO_PLACE_RE.search(place.group(1)):
            continue
        surface = text[m.start : m.end]
        label = local_office_label(place.group(1) + surface)
        out.append(Mention(place.start(1), m.end, text[place.start(1) : m.end], "Organization", label, "local-office"))
    return out


# 以及成都市经济和信息化局: a city's or county's office under its full or short name (a short name that is also a
# national body's, 苏州市发改委, is find_local_offices' case)
_OFFICE_NAMES = sorted({*LOCAL_OFFICE_NAMES, *LOCAL_OFFICE_NAMES.values(), "财政局", "商务局", "统计局", "生态环境局",
                        "交通运输局", "教育局", "审计局", "通信管理局",
                        # a city's or county's other bureaus (重庆市副市长、市公安局局长X): the common ones of the 2000s-2020s
                        "公安局", "民政局", "司法局", "自然资源局", "住房和城乡建设局", "水务局", "水利局", "农业农村局",
                        "农业局", "林业局", "文化和旅游局", "应急管理局", "医疗保障局", "退役军人事务局", "体育局",
                        "金融工作局", "规划局", "国土资源局", "环境保护局", "物价局", "粮食局", "安全生产监督管理局",
                        "城乡建设委员会", "外事办公室", "人民防空办公室",
                        # (市招商局局长, 市外经贸局副局长: the investment and foreign-trade bureaus of the 2000s)
                        "招商局", "投资促进局", "对外贸易经济合作局", "乡镇企业局", "乡镇企业管理局"}, key=len, reverse=True)
# 以下简称市工信局, 我市工信局: no place's name
# (组建市经济贸易委员会, 不再保留市经济委员会: a verb of reorganising before an elided 市)
_NO_PLACE_RE = re.compile("简称|称为|以下|我|本|该|全|各|省|城|自治|直辖|计划单列|组建|保留|撤销|设立|成立|合并|免去|任命|收悉"
                          "|深入|走进|来到|前往|走访"  # 深入市经信委调研: a visit to an elided 市's office
                          "|设在|分管|协助|负责"  # 办公室设在市农业农村委, 分管市财政局: a verb before an elided 市
                          "|^(?:他|她|还|并|也)?(?:希望|要求|推动|支持|指导|督促|鼓励|引导|协调|配合|会同)")


_CAREER_VERB_BEFORE_PLACE_RE = re.compile("曾任|后任|历任|现任|先后任|升任|调任|改任|转任|出任|兼任|担任|任命|任")


def find_city_offices(text: str) -> list[Mention]:
    """``成都市经济和信息化局``, ``芜湖市经信局``: a named city's office, labelled under its full name."""
    if "市" not in text and "县" not in text:
        return []
    out = []
    # The office's name first (a literal scan), then the place before it (a look-behind scan is slow).
    for office in _OFFICE_AFTER_PLACE_RE.finditer(text):
        place = _LOCAL_PLACE_RE.search(text, max(0, office.start() - 4), office.start() + 1)
        start = _after_career_verb(text, place.start(1), office.start() + 1) if place else 0  # 后任重庆市公安局局长
        name = text[start : office.start() + 1]
        if office.group().endswith("委") and text.startswith("员", office.end()):
            continue  # 经济和信息化委员团: a spun 委员会 (the short 委 is written before 主任, never before 员)
        if place is None or len(name) < 3 or _NO_PLACE_RE.search(name) or name.startswith(("市", "县")) \
                or not _names_a_place(name) or glued_after_decree_verb(text, start):
            continue
        out.append(Mention(start, office.end(), text[start : office.end()], "Organization",
                           local_office_label(text[start : office.end()]), "local-office"))
        # 拉萨市达孜县、堆龙德庆县、曲水县工信局: the places listed before share the office
        suffix = text[office.start() + 1 : office.end()]
        out += [Mention(name_start, name_end, name, "Organization", local_office_label(name + suffix), "local-office-listed")
                for name, name_start, name_end in _places_listed_before(text, start, place.group(1))]
    return out


def _places_listed_before(text: str, pos: int, place: str) -> Iterator[tuple[str, int, int]]:
    """The places of ``place``'s kind (区, or 县 and county-level 市) listed right before ``pos``, where ``place`` is
    written (拉萨市达孜县、堆龙德庆县、|曲水县工信局, 凯里市、三穗县、|镇远县人民政府): each name, where it starts and ends."""
    while text[pos - 1 : pos] == "、" and (listed := _LISTED_PLACE_BEFORE_RE.search(text, max(0, pos - 8), pos - 1)):
        name, name_start = listed.group(1), listed.start(1)
        city = re.match(f"[{CJK}]{{2,3}}?[市州盟](?=[{CJK}]{{2,}})", name)  # (拉萨市达孜县: the county, not its city)
        if city is not None:
            name, name_start = name[city.end() :], name_start + city.end()
        if not _names_a_place(name) or _NO_PLACE_RE.search(name) or (name[-1] != place[-1] and "区" in (name[-1], place[-1])):
            return
        yield name, name_start, listed.end(1)
        pos = listed.start(1)


# a county (district, city) named as an item of a list, right before its 、 (达孜县、堆龙德庆县、曲水县工信局)
_LISTED_PLACE_BEFORE_RE = re.compile(f"(?:(?<=[、，,：: \t\n市州盟到赴在对向])|^)([{CJK}]{{2,5}}?(?:县|区|市))$")


# 湖北省委宣传部: a department of a provincial party committee, labelled under the committee's full name
PARTY_DEPARTMENTS = {"宣传部": "宣传部", "组织部": "组织部", "统战部": "统一战线工作部", "办公厅": "办公厅",
                     "政法委": "政法委员会", "政策研究室": "政策研究室"}


# Bodies a city article writes without the city (市政府, 市人大常委会, 市委书记, 市工信局), and their full names
# after the city's name; {} is the city (深圳市).
ELIDED_CITY_BODIES = {"人民政府": "{}人民政府", "政府": "{}人民政府", "人民政府办公厅": "{}人民政府办公厅",
                      "政府办公厅": "{}人民政府办公厅", "人民政府办公室": "{}人民政府办公室", "政府办公室": "{}人民政府办公室",
                      "政府新闻办公室": "{}人民政府新闻办公室", "政府新闻办": "{}人民政府新闻办公室",
                      "委办公室": "中国共产党{}委员会办公室", "委办公厅": "中国共产党{}委员会办公厅",  # 县委办公室主任X
                      # 市委组织部部长X, 区委宣传部: the committee's departments
                      **{"委" + short: "中国共产党{}委员会" + full for short, full in PARTY_DEPARTMENTS.items() if short != "办公厅"},
                      "人大常委会": "{}人民代表大会常务委员会", "人民代表大会常务委员会": "{}人民代表大会常务委员会",
                      "政协": "中国人民政治协商会议{}委员会"}
_ELIDED_CITY_RE = re.compile(
    "市(?:(" + "|".join(sorted([*ELIDED_CITY_BODIES, *_OFFICE_NAMES], key=len, reverse=True)) + ")"
    f"|(委)(?=书记|副书记|常委|秘书长|副秘书长|、|，|,|和|办公厅|的|市政府|县政府|[{CJK}]{{2,3}}(?:副)?书记))"  # 市委马文田书记, 在市委的领导下
)
_LISTED_OFFICE_RE = re.compile("[、和及](" + "|".join(_OFFICE_NAMES) + ")")
_DECREE_ITEM_BODY_RE = re.compile(f"[，,；;、][{CJK}]{{2,4}}?为(" + "|".join(_OFFICE_NAMES) + ")")
_ELIDED_COUNTY_RE = re.compile(_ELIDED_CITY_RE.pattern.replace("市(?:(", "县(?:(", 1))
_ELIDED_DISTRICT_RE = re.compile(_ELIDED_CITY_RE.pattern.replace("市(?:(", "区(?:(", 1))
_PLACE_IN_NAME_RE = re.compile(f"(?:中国共产党|中共)?([{CJK}]{{2,4}}?(?:市|县|区|州|盟))")


# 天津, 上海市 named as a place; not in a dateline (新华社北京10月14日电) or an outlet's name (北京日报)
# (赴北京拜访…, 在上海举行: a place visited or met in, not the article's own city)
# what may not follow a city named as the article's place: a dateline (深圳12月3日电), an outlet (北京日报), an
# institution's or a company's name (哈尔滨工业大学, 北京航空航天大学, 青岛啤酒)
_NOT_THE_PLACE_AFTER = (r"\d{1,2}月|[0-9一二三四五六七八九十]{1,3}日|日报|晚报|青年报|商报|电视台|广播|网|时报"
                        f"|[{CJK}]{{0,4}}(?:大学|学院|医院|公司|集团|银行|证券|啤酒|交易所)"
                        "|合作组织")  # (中国—上海合作组织数字经济产业论坛: the SCO, no city)
_MUNICIPALITY_RE = re.compile(f"(?<![赴到往抵来在进飞回去京沪])(北京|天津|上海|重庆)(?!{_NOT_THE_PLACE_AFTER})")


# parts of a city, no district's name (雨城区 and 新城区 are districts)
CITY_AREA_WORDS = ("老城区", "主城区", "中心城区")


def _no_place(place: str) -> bool:
    """``_NO_PLACE_RE``'s test, except that 城 in a district's own name (雨城区) is no 城市 or 城区 word."""
    if place.endswith("区") and len(place) >= 3 and not place.endswith(CITY_AREA_WORDS):
        place = place.replace("城", "")
    return _NO_PLACE_RE.search(place) is not None


def _places_of_bodies(named: list[Mention], skip_rules: tuple[str, ...] = ()) -> set[str]:
    """The cities and counties whose bodies ``named`` holds (深圳市 of 深圳市人民政府, 玛纳斯县 of 玛纳斯县委)."""
    places = set()
    for m in named:
        match = _PLACE_IN_NAME_RE.match(m.text) if m.type == "Organization" and m.rule not in skip_rules else None
        if match and match.group(1) in m.label and not _no_place(match.group(1)):
            places.add(match.group(1))
    return places


def _after_career_verb(text: str, start: int, end: int) -> int:
    """Where a place's name in text[start:end] starts after a career verb (后任重庆市 → 重庆市); a name that only
    starts like one (任丘市) is kept whole."""
    verb = _CAREER_VERB_BEFORE_PLACE_RE.match(text, start, end)
    return verb.end() if verb and end - verb.end() >= 3 else start


_SOURCE_CITY_RE = re.compile(f"(?:来源|发布单位|发布机构)[:：]\\s*(?:中共)?([{CJK}]{{2,4}}?市)")


def article_city(text: str, named: list[Mention], lex: Lexicon, site: str | None = None) -> str | None:
    """The one city (深圳市) an article is about, or None: the city whose bodies (``named``: 深圳市人民政府,
    芜湖市经信局, 贵阳市委) the article names; else the city of the ``site`` a web page belongs to; else, when
    the text names no place's body, the one municipality or listed city (cities.tsv) it names as a place.

    An article that names the bodies of two places (溧阳市工信局、金坛区工信局 at a 常州 meeting) has no
    city: it may be a third one, named nowhere as a body.
    """
    # (a district's or a zone's own bodies name no second city: 市委常委、滨海新区区委书记X)
    places = _places_of_bodies(named, skip_rules=("local-district", "zone-body", "elided-district"))
    # (汉寿县委…到常德市工信局, 顺德区经济和信息化促进局局长 at a 佛山 ceremony: a county's or a district's bodies
    # name no second city; alone they name none: 分宜县委书记、渝水区委副书记 at a 新余 meeting, whose city is found
    # below, as on a page that names no body)
    bodies_of_districts = any(place.endswith("区") for place in places)
    places = {place for place in places if not place.endswith(("县", "区"))}
    if len(places) > 1:
        # 来源:高邮市人民政府 under 扬州市政协来邮调研: the city whose body publishes the page is the article's (its
        # 市委常委 and 市工信局 are the host's, not the visitors')
        source = {match.group(1) for match in _SOURCE_CITY_RE.finditer(text)} & places
        # 仁怀市工业和信息化局工作周报⏎…参加遵义市工业经济运行调度会: the one city the headline names is the article's
        first = re.search(r"\S[^\n]*", text)
        headline = {place for place in places if first is not None and place in first.group()}
        places = source if len(source) == 1 else headline if len(headline) == 1 else places
        # 泉州市…会议: 晋江市委书记, 石狮市市长 report at their prefecture-level city's meeting; the county-level
        # cities' bodies name the one prefecture-level city of their province the text names as a place
        if len(places) > 1 and all(_is_county_level_city(place, lex) for place in places):
            places = _prefecture_above(text, places, lex) or places
        # 赣州市人民政府新闻办公室举行…南康市市长刘志坚、龙南县县长: county-level cities beside the one prefecture-level
        # city of their province are its, and it is the host (a city cities.tsv lacks is a former county-level one:
        # every prefecture-level city is listed)
        prefectures = {place for place in places if place in lex.city_provinces and not _is_county_level_city(place, lex)}
        province = lex.city_provinces[next(iter(prefectures))] if len(prefectures) == 1 else None
        if province and len(places) > 1 and all(
                lex.city_provinces.get(place) == province if place in lex.city_provinces
                else place.removesuffix("市") not in PROVINCE_SHORT_NAMES  # (重庆市 is a municipality, no county's)
                for place in places):
            places = prefectures
    elif len(places) == 1 and _is_county_level_city(next(iter(places)), lex):
        # 2000年全市工业经济工作会议在洛阳市会议中心召开…偃师市委书记宋玉华: one county-level city's bodies at a
        # meeting of the prefecture-level city the text names more often
        above = _prefecture_above(text, places, lex)
        if above and text.count(next(iter(above)).removesuffix("市")) > text.count(next(iter(places)).removesuffix("市")):
            places = above
        elif bodies_of_districts:
            return None  # 溧阳市工信局、金坛区工信局 at a 常州 meeting: a county-level city beside districts is no host
    if places:
        return next(iter(places)) if len(places) == 1 and next(iter(places)).endswith("市") else None
    if site:
        # 市工信局召开局党组会议 on the site of 常州市工业和信息化局: the city is the one the site belongs to
        match = _PLACE_IN_NAME_RE.match(site)
        if match and match.group(1).endswith("市") and not _NO_PLACE_RE.search(match.group(1)):
            return match.group(1)
    if "省" not in text and "自治区" not in text:
        # 市委副书记、市长张工…视察天津: a municipality the article names as a place (not in a dateline), and no
        # province: its 市 is that municipality
        named_cities = {m.group(1) for m in _MUNICIPALITY_RE.finditer(text)}
        if len(named_cities) == 1:
            return named_cities.pop() + "市"
    # 赣州召开全市工业高质量发展大会。市委书记X…: the one listed city the text names (赣州市, or 赣州 where the
    # short name names nothing else), not as an outlet (赣南日报) or a place gone to (赴深圳考察)
    listed = listed_cities(text, lex)
    if len(listed) > 1:
        # 赣州高新区…省委常委…无锡鑫焦点金属: the listed cities of the one province the text names as a place
        pattern, prefixes = _provinces(lex)
        provinces = {province for _, province in _provinces_as_places(text, pattern, prefixes)} if pattern.pattern else set()
        if len(provinces) == 1:
            listed = {city for city in listed if lex.city_provinces.get(city) in provinces}
    return listed.pop() if len(listed) == 1 else None


def _prefecture_above(text: str, places: set[str], lex: Lexicon) -> set[str]:
    """The one prefecture-level city of the provinces of the county-level ``places`` that the text names as a place,
    as a set of one, or an empty set."""
    provinces = {lex.city_provinces[place] for place in places}
    above = {city for city in listed_cities(text, lex)
             if not _is_county_level_city(city, lex) and lex.city_provinces.get(city) in provinces}
    return above if len(above) == 1 else set()


def _is_county_level_city(city: str, lex: Lexicon) -> bool:
    """A county-level city of cities.tsv (晋江市): listed, with no short name of its own (prefecture-level ones have)."""
    return city in lex.city_provinces and lex.cities.get(city.removesuffix("市")) != city


_NOT_THE_PLACE_AFTER_RE = re.compile(_NOT_THE_PLACE_AFTER)
_GONE_TO = set("赴到往抵进飞回去")


# 市六届人大三次会议, 市八届三次人代会, 深圳市第六届人民代表大会第三次会议 (a city's; a province's is
# find_province_congress_sessions')
_N = "[一二三四五六七八九十]{1,3}"
_CITY_SESSION_RE = re.compile(
    f"(?:(?<![{CJK}])|(?<=[在于的和及、]))(?:(?P<place>[{CJK}]{{2,4}}?市)|市)第?(?P<term>{_N})届"
    # (——在潮州市第十五届⏎人民代表大会第七次会议上: a report's title page breaks the name across lines)
    f"\\n?(?P<congress>人大|人民代表大会)?第?(?P<session>{_N})次(?:全体会议|会议|(?P<short>人代会))")


def find_elided_city_bodies(text: str, named: list[Mention], lex: Lexicon, site: str | None = None) -> list[Mention]:
    """市政府, 市人大常委会, 市委, 市工业和信息化局 in an article about one city (``article_city``), under the
    city's full names; 县委, 县政府, 县经贸委 likewise in an article about one county (``article_county``).
    Cities and counties are in no dictionary of entities, so nothing is made up when the place is unknown."""
    out = []
    sessions = list(_CITY_SESSION_RE.finditer(text)) if "届" in text else []
    if "市" in text and (sessions or _ELIDED_CITY_RE.search(text)):
        city = article_city(text, named, lex, site)
        if _ELIDED_CITY_RE.search(text):
            out += _elided_bodies(text, _ELIDED_CITY_RE, city, "elided-city") if city else _bodies_of_city_just_named(text)
        for match in sessions:
            # 在市六届人大三次会议上, 市八届三次人代会: a city's people's congress in session, under its full name
            if not (match.group("congress") or match.group("short")):
                continue  # (市委八届三次会议 is no congress's)
            place, start = (city, match.start()) if match.group("place") is None else (match.group("place"), match.start("place"))
            listed = _listed_city_ending(place, lex) if match.group("place") else None
            if listed is not None and listed != place:
                start += len(place) - len(listed)  # 参加重庆市第六届人民代表大会…: the verb is no part of the city
                place = listed
            if place and _names_a_place(place):
                label = f"{place}第{match.group('term')}届人民代表大会第{match.group('session')}次会议"
                out.append(Mention(start, match.end(), text[start : match.end()], "Event", label, "congress-session"))
    # 区委书记X, 区政府, 区发展改革委 in an article about one district (长寿区): the district's (its city is added
    # by relabel_district_bodies)
    if "区" in text and _ELIDED_DISTRICT_RE.search(text):
        district = article_district(text, named)
        if district is not None:
            out += _elided_bodies(text, _ELIDED_DISTRICT_RE, district, "elided-district")
    # (the county is read once, when either kind of body is written)
    county = article_county(text, named) if "县" in text and (
        _ELIDED_COUNTY_RE.search(text) or _BARE_LOCAL_OFFICE_RE.search(text)) else None
    if county is not None:
        out += _elided_bodies(text, _ELIDED_COUNTY_RE, county, "elided-county")
        # 县委常委、县经济开发区党工委书记、管委会主任X: the county's development zone's bodies
        for match in _ELIDED_COUNTY_ZONE_RE.finditer(text) if "县" in text and "委" in text else ():
            if _opens_elided_place(text, match.start()):
                out += _zone_bodies(text, match, county + match.group(1), "elided-county", "elided-county")
        # 诏安县人大常委会副主任林伍妹带领政府办、工信局、发改局等部门领导: offices only a county or city has,
        # written bare in a list, on a page about one county
        for match in _BARE_LOCAL_OFFICE_RE.finditer(text):
            office = match.group(1)
            out.append(Mention(match.start(1), match.end(1), office, "Organization",
                               local_office_label(county + office), "elided-county"))
    return out


# offices no national body shares a short name with, written bare as an item of a list (带领政府办、工信局、发改局等)
# (not the 商务局 of a county's merged 工信和商务局)
_BARE_LOCAL_OFFICE_RE = re.compile(f"(?<=[、和及领])(?<!工信和)(工信和商务局|工信商务局|工信局|经信局|发改局|科技局|人社局|市场监管局|商务局|工信委|经信委|经贸委)"
                                   f"(?=[、和及等，,]|负责)")


# 任命重庆市副市长、市公安局局长X: the city whose post was just written, in the same list of posts
_CITY_POST_BEFORE_RE = re.compile(f"([{CJK}]{{2,4}}?市)(?:人民政府|政府)?(?:常务副|副|代)?市长、$|([{CJK}]{{2,4}}?市)委(?:常委|副书记|书记)、$")


# 任命王坚为上海市经济和信息化委员会主任,沙海林为商务委员会主任,马伊里为民政局局长: a decree's later items name
# the first item's city's bodies without the city
_DECREE_CITY_RE = re.compile(f"任命[{CJK}]{{2,4}}?为([{CJK}]{{2,4}}?市)")


def find_decree_city_bodies(text: str) -> list[Mention]:
    """The bodies of a city decree's later items (…，沙海林为商务委员会主任), under the first item's city."""
    out = []
    for first in _DECREE_CITY_RE.finditer(text) if "任命" in text else ():
        city = first.group(1)
        if not _names_a_place(city) or _NO_PLACE_RE.search(city):
            continue
        end = text.find("。", first.end())
        end = len(text) if end < 0 else end
        for item in _DECREE_ITEM_BODY_RE.finditer(text, first.end(), end):
            body = item.group(1)
            out.append(Mention(item.start(1), item.end(1), body, "Organization", local_office_label(city + body), "elided-city"))
    return out


def _bodies_of_city_just_named(text: str) -> list[Mention]:
    """Elided city bodies right after a post at a named city (重庆市副市长、市公安局局长), in an article about no one
    city: that city's."""
    out = []
    for match in _ELIDED_CITY_RE.finditer(text):
        if not _opens_elided_place(text, match.start()):
            continue
        before = _CITY_POST_BEFORE_RE.search(text, max(0, match.start() - 14), match.start())
        place = before and (before.group(1) or before.group(2))
        place = place and place[_after_career_verb(place, 0, len(place)) :]  # 曾任柳州市副市长、市公安局局长
        if place and _names_a_place(place) and not _NO_PLACE_RE.search(place):
            out.append(_elided_body(match, place, "elided-city"))
    return out


def _elided_bodies(text: str, pattern: re.Pattern, place: str, rule: str) -> list[Mention]:
    # (深圳市政府 is named, 城市 is a word: no elided place opens there)
    out = []
    for match in pattern.finditer(text):
        if not _opens_elided_place(text, match.start()):
            continue
        out.append(_elided_body(match, place, rule))
        # 区委常委、组织部部长X: the committee's department, its 部 shared with the head's title
        department = _MEMBER_HEADS_ELIDED_DEPARTMENT_RE.match(text, match.end()) if match.group(2) else None
        if department is not None:
            name = department.group(1) + "部"
            out.append(Mention(department.start(1), department.end(1) + 1, name, "Organization",
                               f"中国共产党{place}委员会{PARTY_DEPARTMENTS[name]}", rule))
        # 县工信局、统计局负责人: the bureaus listed after the first are the same place's (not 国家统计局)
        pos = match.end()
        while (more := _LISTED_OFFICE_RE.match(text, pos)) is not None:
            label = local_office_label(place + more.group(1))
            out.append(Mention(more.start(1), more.end(1), more.group(1), "Organization", label, rule))
            pos = more.end()
    return out


def _elided_body(match: re.Match, place: str, rule: str) -> Mention:
    body = match.group(1)
    if body is None:
        label = f"中国共产党{place}委员会"
    elif body in ELIDED_CITY_BODIES:
        label = ELIDED_CITY_BODIES[body].format(place)
    else:
        label = local_office_label(place + body)
    return Mention(match.start(), match.end(), match.group(), "Organization", label, rule)


# 县政府副县长赵长津、政府办副主任孙国栋、统计局局长钟庆: a short name a national body shares with every local
# government's office, in a sentence that names a county's or city's own bodies without the place, is that
# place's office, not the nation's
_LOCAL_TWIN_ALIASES = frozenset({"统计局", "发改委", "发展改革委", "国资委"})
_ELIDED_LOCAL_BODY_RE = re.compile(f"(?:^|(?<=[^{CJK}])|(?<=[{''.join(sorted(_BEFORE))}]))(?:县|市|区)(?:委|政府|人民政府|"
                                   + "|".join(_OFFICE_NAMES) + ")")


def localise_twin_aliases(text: str, mentions: list[Mention]) -> list[Mention]:
    """A bare 统计局 (发改委, 国资委) after a body written without its place in the same sentence: the county's
    office when the article names one county, else dropped (which place's is unknown); the national body only
    where the article writes its full name."""
    twins = [m for m in mentions if m.rule == "dict-alias" and m.text in _LOCAL_TWIN_ALIASES]
    if not twins:
        return mentions
    written = {m.label for m in mentions if m.rule == "dict"}
    out = []
    counties: list[str | None] = []  # the article's county, read once when a twin needs it
    for m in mentions:
        if m in twins and m.label not in written and text[m.start - 1 : m.start] == "区" \
                and _opens_elided_place(text, m.start - 1):
            continue  # 他要求区发展改革委: a district's office (which district's, no rule reads), not the nation's
        if m in twins and m.label not in written and (place := _place_of_chain_before(text, m, mentions)):
            # 自治区政府党组成员、发展改革委主任X: a chain of one person's posts stays in the place it names
            out.append(dataclasses.replace(m, label=local_office_label(place + m.text), rule="chain-place"))
            continue
        if m in twins and m.label not in written:
            start = max(text.rfind(mark, 0, m.start) for mark in "。！？\n") + 1
            if _ELIDED_LOCAL_BODY_RE.search(text, start, m.start) is not None and text[m.start - 1 : m.start] not in "省国":
                if not counties:
                    counties.append(article_county(text, mentions))
                county = counties[0]
                if county is None:
                    continue
                m = dataclasses.replace(m, label=local_office_label(county + m.text), rule="elided-county")
        out.append(m)
    return out


_CHAIN_PLACE_RE = re.compile(f"(?:中国共产党)?([{CJK}]{{2,8}}?(?:省|自治区|市))")
_CHAIN_JOINT_RE = re.compile(f"[{CJK}]{{0,8}}、")


def _place_of_chain_before(text: str, m: Mention, mentions: list[Mention]) -> str | None:
    """The province's or city's name of the body that a chain of posts names right before ``m`` (西藏自治区人民政府
    in 自治区政府党组成员、发展改革委主任), or None."""
    before = [o for o in mentions if o.type == "Organization" and o.end <= m.start and m.start - o.end <= 9]
    if not before:
        return None
    body = max(before, key=lambda o: o.end)
    place = _CHAIN_PLACE_RE.match(body.label)
    if place is None or body.label.startswith("国家") or not _CHAIN_JOINT_RE.fullmatch(text, body.end, m.start):
        return None
    return place.group(1)


def article_county(text: str, named: list[Mention]) -> str | None:
    """The one county (玛纳斯县) an article is about, or None: the county whose bodies the article names
    (玛纳斯县人民政府), else the one county it names as a place (县委书记X陪同 after 到玛纳斯县调研). Counties are in no list, so the
    text alone says it."""
    places = _places_of_bodies(named)
    counties = {place for place in places if place.endswith("县")}
    if counties:  # (汉寿县委…到常德市工信局: a county's 县委 is that county's, whatever city the article names too)
        return counties.pop() if len(counties) == 1 else None
    # (镇远县…由黔东南州工信局副局长带队，县委常委…: a prefecture's or city's body names no county; the text may)
    counts: dict[str, int] = {}
    for match in _COUNTY_RE.finditer(text):
        place = match.group(1)
        verb = _VERB_BEFORE_ELIDED_PLACE_RE.match(place) or _VERB_BEFORE_PLACE_RE.match(place)
        if verb is not None and len(place) - verb.end() >= 3:
            place = place[verb.end() :]  # 为提升镇远县工业企业复工率: the verb before the county
        # (政府副县长X, 常务副县长: a title after a body's word, no county; 产业立县, 工业强县: a slogan)
        if _names_a_place(place) and not _NO_PLACE_RE.search(place) and "政府" not in place and not place.endswith("副县") \
                and place[0] not in "每一两多此邻副郡州乡" and not (len(place) >= 3 and place[-2] in "立强兴富活") \
                and not _PREPOSITION_INSIDE_RE.search(place, 1):  # 同时向县委汇报: a preposition, no county's name
            counts[place] = counts.get(place, 0) + 1
    return next(iter(counts)) if len(counts) == 1 else None


# 武汉市人民政府副市长X: city and county governments are in no dictionary; the name says what they are.
# (并与拉萨市人民政府, 拟任晋城市人民政府副市长: a conjunction or a proposed post before the place)
LOCAL_GOVERNMENT_RE = re.compile(f"(?:(?<![{CJK}])|(?<=[0-9０-９]年))(?![由在对和与及并同向将把经让使令给被我]|关于|有关|历任|曾任|现任|先后任|拟)"
                                 "(?!(?<=[0-9０-９])[年月日])"  # (2017年蠡县人民政府工作报告: the year's 年 is no part of it)
                                 f"([{CJK}]{{2,4}}?(?:市|县|区|州|盟)|[{CJK}]{{2,8}}?自治州)人民政府"
                                 f"|(?<=[、和与及由在对任])([{CJK}]{{2,4}}?(?:市|县|区|州|盟)|[{CJK}]{{2,8}}?自治州)人民政府")
PARTY_DEPARTMENT_RE = re.compile(f"(省|自治区|市)委({'|'.join(PARTY_DEPARTMENTS)})")


# 青岛市市长X, 贵阳市委常委Y: a city or county in no dictionary, right before a state title (its government)
# or, with 委, before a party title (its party committee). The place starts after a non-Chinese character or a
# function word (会见了青岛市市长).
# 任命|重庆市副市长, 免去|…, 曾任|柳州市副市长, 前往|深圳市…局, 分管汽车产业的|长春市副市长
_FUNCTION_CHARS = "、和与及在由是为了见同向对请任命去曾赴到往的并据"  # (据北京市经信委主任X介绍: a source's 据)
# …and a photo caption's 图为 is no part of it (图为渝北区经信委副主任X发言)
# …and a date's 年 is no place's first character, the place starts after it (2007年任北京市发改委主任)
# …and a verb that takes a body (领导小组成员还包括上海市发展改革委副巡视员X)
_PLACE_START = (f"(?:(?<![{CJK}])|(?<=[{_FUNCTION_CHARS}])|(?<=[0-9０-９][年月日])|(?<=包括|特邀|来自|还有))"
                f"(?![{_FUNCTION_CHARS}])(?!图为|以及|或者|并且|而且)"
                "(?!(?<=[0-9０-９])[年月日])")
# a city or county name ending right where a national body's short name starts (苏州市|发改委)
_LOCAL_PLACE_RE = re.compile(f"{_PLACE_START}([{CJK}]{{2,4}}?(?:市|县|区|州|盟))$")
_OFFICE_AFTER_PLACE_RE = re.compile(f"(?:市|县|区|州|盟)(?:{'|'.join(_OFFICE_NAMES)})")
# (湖北省宜昌市市长, 湖北省襄阳市委书记: the province before the city is part of the mention, so a career chain
# reads the post from where the place starts)
# (原中共武汉市委书记: a former post and the party's short name before the place are part of the mention too)
_PROVINCE_BEFORE = f"(?:原|前)?(?:中共)?(?:[{CJK}]{{2,3}}?(?:省|自治区))?"
# (滨州市惠民县县委副书记: a county after its city, its 县 written again before 委)
_CITY_BEFORE_COUNTY = f"(?:[{CJK}]{{2,3}}?市(?=[{CJK}]{{2,4}}?县))?"
# (琼中黎族苗族自治县县长, 中共琼中黎族苗族自治县委书记: an autonomous county, its name longer than a county's)
_AUTONOMOUS_COUNTY = f"[{CJK}]{{2,9}}?族自治(县)"
LOCAL_STATE_TITLE_RE = re.compile(f"{_PLACE_START}{_PROVINCE_BEFORE}{_CITY_BEFORE_COUNTY}([{CJK}]{{2,4}}?(?:市|县)|{_AUTONOMOUS_COUNTY})$")
LOCAL_COMMITTEE_RE = re.compile(f"{_PLACE_START}{_PROVINCE_BEFORE}{_CITY_BEFORE_COUNTY}([{CJK}]{{2,4}}?([市县])|{_AUTONOMOUS_COUNTY})"
                                "(?:\\2|\\3)?委$")
_MAYOR_RE = re.compile(r"(?:常务副|副|代)?(?:市长|县长)")
# 奉贤区副区长X, 上海市奉贤区委书记Y, 浦东新区区委书记Z: a city's district (its city may come first)
_DISTRICT = f"((?:[{CJK}]{{2,3}}?市)?[{CJK}]{{2,4}}?区)"
LOCAL_DISTRICT_TITLE_RE = re.compile(f"{_PLACE_START}{_PROVINCE_BEFORE}{_DISTRICT}$")
LOCAL_DISTRICT_COMMITTEE_RE = re.compile(f"{_PLACE_START}{_PROVINCE_BEFORE}{_DISTRICT}区?委$")
_DISTRICT_HEAD_RE = re.compile(r"(?:常务副|副|代)?区长")
_DISTRICT_COMMITTEE_TITLE_RE = re.compile(r"区委(?:副书记|书记|常委)")
LOCAL_COUNCIL_RE = re.compile(f"{_PLACE_START}([{CJK}]{{2,4}}?(?:市|县|区|州))(人大常委会|人民代表大会常务委员会|政协)")
# (the committee's 委 is part of the literal, which re scans for fast; the title starts 1 character after it)
_COMMITTEE_TITLE_RE = re.compile(r"[市县]委(?:副书记|书记|常委)")


# a district named as a place (长寿区召开…, 到浦东新区调研); not a zone, a region or a word ending in 区 (园区, 景区, 全区)
# (雅安市雨城区召开…: the district after its city)
_DISTRICT_PLACE_RE = re.compile(f"{_PLACE_START}(?:[{CJK}]{{2,3}}?市)?([{CJK}]{{2,3}}?区)(?![长级委域内外县])")
_NO_DISTRICT_ENDS = ("自治区", "园区", "开发区", "经开区", "高新区", "保税区", "综合区", "示范区", "试验区", "功能区", "集聚区",
                     "景区", *CITY_AREA_WORDS, "片区", "社区", "地区", "辖区", "小区", "矿区", "库区", "山区", "灾区", "牧区", "市区",
                     "郊区", "街区", "老区", "校区", "营区", "军区", "战区", "湾区", "特区", "行政区", "商圈区", "规划区",
                     "产业区", "工业区", "核心区", "起步区", "先行区", "承载区", "服务区", "生活区", "厂区")


def article_district(text: str, named: list[Mention]) -> str | None:
    """The one city district (长寿区, 浦东新区) an article is about, or None: the district whose bodies it names, else
    the one district it names as a place. Districts are in no list, so the text alone says it."""
    places = {place for place in _places_of_bodies(named) if place.endswith("区") and not place.endswith(_NO_DISTRICT_ENDS)}
    if places:
        return places.pop() if len(places) == 1 else None
    found = set()
    for match in _DISTRICT_PLACE_RE.finditer(text):
        place = match.group(1)
        if _names_a_place(place) and not _no_place(place) and not place.endswith(_NO_DISTRICT_ENDS) \
                and not _PREPOSITION_INSIDE_RE.search(place, 1) and place[0] not in "每一两多此邻副该各全本我" \
                and not place.startswith(_TIME_WORDS) and not _quoted_whole(text, match.start(1), match.end(1)):
            found.add(place)
    return found.pop() if len(found) == 1 else None


# 今年区财政安排…: a time word before an elided 区 is no part of a district's name
_TIME_WORDS = ("今年", "去年", "明年", "前年", "当年", "同年", "全年", "近年", "今后")


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """text[start:end] is quoted whole: a slogan (以“智造强区”为目标, 树立“工业立区”的理念), not a place."""
    return start > 0 and end < len(text) and text[start - 1] in "“「‘\"" and text[end] in "”」’\""


def _names_a_place(place: str) -> bool:
    """全市, 各县, 本市, 省市, 城市: words ending like a place that name none; nor does a clause
    (任命王少强为市人大常委会…: a name and 为 before an elided 市). 盐城市, 共青城市 (cities.tsv) end in 城市 and are
    cities; 大城市, 试点城市 are not."""
    return not place.startswith(("全", "各", "本", "该", "省", "市", "县")) and not place.endswith("省市") \
        and (not place.endswith("城市") or place in _cities_ending_in_chengshi()) \
        and not any(char in place for char in "为的是了由") and _VERB_BEFORE_ELIDED_PLACE_RE.match(place) is None \
        and _CLAUSE_INSIDE_PLACE_RE.search(place, 1) is None  # (此前在市, 新任市, 起任天津市: a clause before the place)


@functools.lru_cache(maxsize=1)
def _cities_ending_in_chengshi() -> frozenset[str]:
    """The cities whose names end in 城市 (盐城市, 聊城市, 共青城市), from the dictionary's cities.tsv."""
    return frozenset(name for name in load_lexicon().cities if name.endswith("城市"))


# 为提升镇远县…, 助推汉寿县…: a verb before a county's name
# (the verbs that also stand before an elided place are _VERB_BEFORE_ELIDED_PLACE_RE's)
_VERB_BEFORE_PLACE_RE = re.compile("提升|推动|促进|加快|支持|帮助|助推|推进|打造|建设|发展|振兴")
# 紧跟县委、县政府节拍, 2015年跻身市委常委, 时任市长: a verb before an elided 县/市 (no county 紧跟县)
_VERB_BEFORE_ELIDED_PLACE_RE = re.compile("紧跟|紧扣|紧紧|围绕|按照|依照|遵照|根据|落实|贯彻|服从|服务|助力|响应|汇报|请示|报请"
                                          "|跟随|依托|对标|跻身|时任|履新|进入|递补|感谢|代表|团结|带领|带动|在")


_PLACE_START_RE = re.compile(_PLACE_START)
# prepositions no county's name holds after its first character (同时对县, 随后向县; 大同县 and 永和县 hold 同 and 和)
_PREPOSITIONS = "对向在为把被的与及请去赴到往"
_PREPOSITION_INSIDE_RE = re.compile(f"[{_PREPOSITIONS}]")
# …nor a city's name, nor 任 (新任市, 2018年11月起任天津市; 任丘市 starts so)
_CLAUSE_INSIDE_PLACE_RE = re.compile(f"[{_PREPOSITIONS}任]")
# 玛纳斯县召开…: a county named as a place (after punctuation, a line's start or a function word); a county of one
# character (代县, 沛县) only before what a county does or has (代县召开, 代县人民政府), never 代县长 (an acting head)
# (同时对县级部门提出要求: 县级 is a level of government, no county's name ends there)
_COUNTY_RE = re.compile(f"{_PLACE_START}([{CJK}]{{2,4}}?县(?!长|级)|[{CJK}]县(?=召开|举行|人民政府|县委|经济|工业|[，,、]))")


def _listed_city_ending(place: str, lex: Lexicon) -> str | None:
    """The longest listed city (cities.tsv) or municipality ``place`` ends with (会见太原市 -> 太原市,
    专访重庆市 -> 重庆市), or None."""
    for size in range(min(len(place), 6), 2, -1):
        tail = place[-size:]
        if tail.endswith("市") and (tail in lex.cities or lex.type_of(tail + "人民政府") == "Organization"):
            return tail
    return None


def _city_short_before(text: str, title_start: int, lex: Lexicon) -> list[Mention]:
    """``深圳市长X``: a city's short name (cities.tsv) whose 市 is the mayor's title's, as the city's government
    (天津时任市长X: the time of the post may stand between)."""
    # (the mention spans the time too, so the title follows its body)
    place_end = title_start - 2 if text[title_start - 2 : title_start] in ("时任", "现任") else title_start
    for size in (4, 3, 2):
        start = place_end - size
        short = text[start:place_end] if start >= 0 else ""
        city = lex.cities.get(short) or (short + "市" if short and lex.type_of(short + "市人民政府") == "Organization" else None)
        if city is not None and not short.endswith("市") and _PLACE_START_RE.match(text, start):
            return [Mention(start, title_start, text[start:title_start], "Organization", city + "人民政府", "local-place")]
    return []


def find_local_bodies(text: str, lex: Lexicon) -> list[Mention]:
    """City and county governments and party committees (武汉市人民政府, 青岛市市长, 贵阳市委常委),
    and provincial party departments (湖北省委宣传部)."""
    out: list[Mention] = []
    for regex, template, title_re, rule, lead in (
            (LOCAL_STATE_TITLE_RE, "{}人民政府", _MAYOR_RE, "local-place", 0),
            (LOCAL_COMMITTEE_RE, "中国共产党{}委员会", _COMMITTEE_TITLE_RE, "local-place", 2),
            (LOCAL_DISTRICT_TITLE_RE, "{}人民政府", _DISTRICT_HEAD_RE, "local-district", 0),
            (LOCAL_DISTRICT_COMMITTEE_RE, "中国共产党{}委员会", _DISTRICT_COMMITTEE_TITLE_RE, "local-district", 2)):
        # The title first (a literal scan), then the place that ends right before it (``lead``: the
        # characters of the place's body the title pattern holds, 市委 of 市委书记).
        for title in title_re.finditer(text):
            title_start = title.start() + lead
            match = regex.search(text, max(0, title_start - 18), title_start)
            if match is None:
                if rule == "local-place" and lead == 0 and title.group() == "市长":
                    out += _city_short_before(text, title_start, lex)
                continue
            place, start = match.group(1), match.start()
            if match.group(1).endswith("自治县") and (cut := _after_career_verb(place, 0, len(place))):
                place, start = place[cut:], match.start(1) + cut  # 历任琼中黎族苗族自治县副县长: the verb is no part of it
            listed = _listed_city_ending(place, lex)
            if listed is not None and listed != place:
                # 会见太原市委书记: the words before a listed city are no part of its name; a province's
                # (山东德州市委书记) stays in the mention, as _PROVINCE_BEFORE's does
                prefix_start = match.end(1) - len(listed)
                place = listed
                if not _provinces(lex)[0].fullmatch(text, match.start(1), prefix_start):
                    start = prefix_start
            if not _names_a_place(place) or place.endswith(("自治区", "园区", "社区", "地区", "景区", "街区", "辖区", "片区",
                                                              *CITY_AREA_WORDS)):
                continue  # 自治区主席 is a province's; a park's or a neighbourhood's head is no government's (雨城区's is)
            label = template.format(place)
            entry = lex.surfaces.get(label)
            out.append(Mention(start, match.end(), text[start : match.end()], "Organization",
                               entry.label if entry is not None else label, rule))
    out += _province_governments(text, lex)
    # 重庆市人大常委会副主任X, 天津市政协主席Y: a city's people's congress and political consultative conference
    if "人大常委会" in text or "人民代表大会常务委员会" in text or "政协" in text:
        for match in LOCAL_COUNCIL_RE.finditer(text):
            place = match.group(1)
            if not _names_a_place(place) or glued_after_decree_verb(text, match.start(1)):
                continue
            template = "中国人民政治协商会议{}委员会" if match.group(2) == "政协" else "{}人民代表大会常务委员会"
            label = template.format(lex.prefectures.get(place, place))  # (楚雄州人大常委会: the prefecture's full name)
            entry = lex.surfaces.get(label)
            out.append(Mention(match.start(), match.end(), match.group(), "Organization",
                               entry.label if entry is not None else label, "local-council"))
    if "人民政府" in text:
        for match in LOCAL_GOVERNMENT_RE.finditer(text):
            name = match.group()
            entry = lex.surfaces.get(name)
            # 各省、自治区、直辖市人民政府: the addressees' categories, no government's name
            if entry is None and not name.startswith(("全", "各", "本", "该", "省", "市", "直辖", "计划单列", "地级", "县级", "自治")) \
                    and not name.endswith("自治区人民政府"):  # (…让自治区人民政府: a province's, kept by its own rules)
                # (楚雄州人民政府: a prefecture's government under its full name)
                label = f"{lex.prefectures[place]}人民政府" if (place := name[:-4]) in lex.prefectures else name
                out.append(Mention(match.start(), match.end(), name, "Organization", label, "local-government"))
                out += _governments_of_listed_places(text, match.start(), place)
                if text.startswith("办公厅", match.end()):  # 深圳市人民政府办公厅: its general office (no ministry's 办公厅)
                    out.append(Mention(match.start(), match.end() + 3, name + "办公厅", "Organization", name + "办公厅",
                                       "government-office"))
    # 兰州市政府副市长X: a listed city's government written short (cities.tsv; an unlisted 各市政府 is none)
    if "市政府" in text:
        for match in re.finditer("市政府(?!办公厅|采购|工作报告|网)", text):
            place = _listed_city_ending(text[max(0, match.start() - 5) : match.start() + 1], lex)
            start = match.start() + 1 - len(place) if place else 0
            if place and not glued_after_decree_verb(text, start):
                out.append(Mention(start, match.end(), text[start : match.end()], "Organization", place + "人民政府",
                                   "local-government"))
    # 福州市委市政府高度重视: a listed city's party committee by its short name, whatever follows (not 委员)
    if "市委" in text and lex.cities:
        for index, start, end in lex.city_matcher.find_matches_as_indexes(text):
            city = lex.city_names[index]
            if city.endswith("市") and text.startswith("委", end) and not text.startswith(("委员", "委会"), end) \
                    and _PLACE_START_RE.match(text, start) and not glued_after_decree_verb(text, start):
                out.append(Mention(start, end + 1, text[start : end + 1], "Organization", f"中国共产党{lex.cities[city]}委员会",
                                   "local-place"))
    # 河南省人民政府办公厅: a government's general office, labelled under the government's full name.
    for match in re.finditer("人民政府办公厅", text):
        for size in (3, 4, 5, 6):  # 河南省, 黑龙江省, 内蒙古自治区
            start = match.start() - size
            government = lex.surfaces.get(text[start : match.start()] + "人民政府") if start >= 0 else None
            if government is not None and government.type == "Organization":
                out.append(Mention(start, match.end(), text[start : match.end()], "Organization",
                                   government.label + "办公厅", "government-office"))
                break
    if "委" in text:
        for match in PARTY_DEPARTMENT_RE.finditer(text):
            named = _committee_named_before(text, match.start(1), match.group(1), lex)
            if named is None and match.group(1) != "市" and _opens_elided_place(text, match.start()):
                # 省委常委、省委组织部部长X in an article about one province: that province's committee's department
                named = match.start(), _province_committee(text, match.start(), lex)
            if named is not None and named[1] is not None:
                start, committee_label = named
                label = committee_label + PARTY_DEPARTMENTS[match.group(2)]
                out.append(Mention(start, match.end(), text[start : match.end()], "Organization", label, "party-department"))
        # 浙江省委常委、宣传部长葛慧君: the committee's department, its 部 shared with the head's title (部长); or
        # written whole (统战部部长)
        for match in MEMBER_HEADS_DEPARTMENT_RE.finditer(text):
            named = _committee_named_before(text, match.start(1), match.group(1), lex)
            committee_label = named[1] if named is not None else None
            if committee_label is None and match.group(1) != "市" and _opens_elided_place(text, match.start()):
                # 省委常委、宣传部长X in an article about one province: that province's committee
                committee_label = _province_committee(text, match.start(), lex)
            if committee_label is not None:
                out.append(Mention(match.start(2), match.end(2) + 1, match.group(2) + "部", "Organization",
                                   committee_label + PARTY_DEPARTMENTS[match.group(2) + "部"], "party-department"))
    return out


def _governments_of_listed_places(text: str, pos: int, place: str) -> list[Mention]:
    """``凯里市、三穗县、镇远县人民政府``: the governments of the places listed before ``place``, whose government
    is written at ``pos`` (each mention on its place's name)."""
    return [Mention(start, end, name, "Organization", name + "人民政府", "local-government")
            for name, start, end in _places_listed_before(text, pos, place)]


def _committee_named_before(text: str, pos: int, word: str, lex: Lexicon) -> tuple[int, str] | None:
    """The party committee the dictionary knows whose place is written right before ``pos`` (湖北|省委, 黑龙江|省委,
    内蒙古|自治区委), or a listed city's (无锡|市委): where the place starts and the committee's label, or None."""
    for size in (2, 3, 4):
        start = pos - size
        committee = lex.surfaces.get(text[start:pos] + word + "委") if start >= 0 else None
        if committee is not None and committee.type == "Organization":
            return start, committee.label
    if word == "市":  # 无锡市委组织部: a listed city's committee (cities are in no dictionary of bodies)
        city = _listed_city_ending(text[max(0, pos - 5) : pos + 1], lex)
        if city is not None:
            return pos + 1 - len(city), f"中国共产党{city}委员会"
    return None


def _province_committee(text: str, pos: int, lex: Lexicon) -> str | None:
    """The party committee of the province the article names last before ``pos`` (its label in the dictionary), or None."""
    province = province_before(text, pos, lex)
    label = f"中国共产党{province}委员会" if province else None
    return label if label and lex.type_of(label) == "Organization" else None


_MEMBER_HEADS_ELIDED_DEPARTMENT_RE = re.compile(r"常委、(宣传|组织|统战)(?=部长|部(?:常务)?(?:副)?部长)")
MEMBER_HEADS_DEPARTMENT_RE = re.compile(r"(省|自治区|市)委常委、(宣传|组织|统战)(?=部长|部(?:常务)?(?:副)?部长)")


# 雄安新区党工委书记、管委会主任X, 南昌市红谷滩新区党工委书记Y: the party working committee and the
# administrative committee that govern a new area or a development zone (no dictionary lists the zones)
ZONE_BODIES = {"党工委": "中国共产党{}工作委员会", "管委会": "{}管理委员会"}
_ZONE = f"((?:[{CJK}]{{2,3}}?(?:省|市))?[{CJK}]{{2,6}}?(?:新区|开发区|高新区|经开区|自贸区|试验区|示范区|工业园区|基地))"
_ZONE_BODY_RE = re.compile(f"{_PLACE_START}{_ZONE}(党工委|管委会)")
# …党工委书记、管委会主任: the second body of a chain is the same zone's
_ELIDED_ZONE_BODY_RE = re.compile(f"(?:[{CJK}]{{1,6}}、)+(党工委|管委会)")


_ELIDED_COUNTY_ZONE_RE = re.compile(f"县([{CJK}]{{2,6}}?(?:开发区|高新区|经开区|工业园区|产业园区|工业园))(党工委|管委会)")


def find_zone_bodies(text: str) -> list[Mention]:
    """``雄安新区党工委``, ``苏州工业园区管委会`` and, after one, ``、管委会`` of the same zone."""
    if "党工委" not in text and "管委会" not in text:
        return []
    out = []
    for match in _ZONE_BODY_RE.finditer(text):
        if _names_a_place(match.group(1)):
            out += _zone_bodies(text, match, match.group(1), "zone-body", "zone-body-elided")
    return out


def _zone_bodies(text: str, match: re.Match, zone: str, rule: str, elided_rule: str) -> list[Mention]:
    """The zone body ``match`` names (its group 2: 党工委 or 管委会) under ``zone``'s name, and the other one written
    right after it without the zone (…党工委书记、管委会主任)."""
    out = [Mention(match.start(), match.end(), match.group(), "Organization", ZONE_BODIES[match.group(2)].format(zone), rule)]
    elided = _ELIDED_ZONE_BODY_RE.match(text, match.end())
    if elided and elided.group(1) != match.group(2):
        out.append(Mention(elided.start(1), elided.end(1), elided.group(1), "Organization",
                           ZONE_BODIES[elided.group(1)].format(zone), elided_rule))
    return out


_GOVERNOR_RE = re.compile(r"(?:常务)?副?省长|代(?:理)?省长")
_REGION_HEAD_RE = re.compile(r"(?:常务)?副?主席|代(?:理)?主席")
_HEAD_TITLE_RE = re.compile(r"(?:常务副|副|代理|代)?(?:省长|主席)")


def _provinces_before(text: str, lex: Lexicon, words: re.Pattern) -> Iterator[tuple[re.Match, re.Match, str]]:
    """Each match of ``words`` with the province's name that ends right before it: (word, name, province).

    The word is found first (a literal scan), then the name (江苏省, 新疆维吾尔自治区, 江苏), the longest.
    """
    pattern, prefixes = _provinces(lex)
    if not pattern.pattern:
        return
    for word in words.finditer(text):
        name = _province_name_ending_at(text, word.start(), pattern)
        if name is not None:
            yield word, name, prefixes[name.group()]


def _province_name_ending_at(text: str, end: int, pattern: re.Pattern) -> re.Match | None:
    """The longest province name (江苏省, 新疆维吾尔自治区, 江苏) that ends at ``end``."""
    for size in range(8, 1, -1):  # 新疆维吾尔自治区 is the longest: eight characters
        name = pattern.fullmatch(text, end - size, end) if end >= size else None
        if name is not None:
            return name
    return None


def _province_ending_at(text: str, end: int, lex: Lexicon) -> tuple[str, int] | None:
    """The province written right before ``end`` and where it starts: named (湖北省十三届…), or an elided 省
    (省十三届…) standing for the article's province."""
    pattern, prefixes = _provinces(lex)
    name = _province_name_ending_at(text, end, pattern) if pattern.pattern else None
    if name is not None:
        return prefixes[name.group()], name.start()
    for elided in ("省", "自治区"):  # (自治区十届人大常委会…: an autonomous region's, elided likewise)
        if text.endswith(elided, 0, end) and _opens_elided_place(text, end - len(elided)):
            province = province_before(text, end, lex)
            return (province, end - len(elided)) if province and province.endswith(elided) else None
    return None


def _province_governments(text: str, lex: Lexicon) -> list[Mention]:
    """``江苏省副省长``, ``曾任…、辽宁省省长``: a province written right before its governor's title is its
    government (the dictionary holds every provincial government)."""
    if "省长" not in text and "主席" not in text:
        return []
    out = []
    for _, match, province in _provinces_before(text, lex, _HEAD_TITLE_RE):
        head = _REGION_HEAD_RE if province.endswith("自治区") and match.group().endswith("自治区") else _GOVERNOR_RE
        if not head.match(text, match.end()):
            continue
        before = text[match.start() - 1 : match.start()]
        # (有过河北省省长X调任: a province's full name is no part of a longer one)
        if before and re.match(f"[{CJK}]", before) and before not in _FUNCTION_CHARS + "省" \
                and not match.group().endswith(("省", "自治区")):
            continue  # part of a longer name
        entry = lex.surfaces.get(province + "人民政府")
        if entry is not None and entry.type == "Organization":
            out.append(Mention(match.start(), match.end(), match.group(), "Organization", entry.label, "local-place"))
    return out


# A province's offices the dictionary need not list one by one (it holds the industry departments):
# their full names follow from the province's.
# {} is the province. The committees of PROVINCE_BODIES are offices too (湖北省经信委, 山东省政协).
# a provincial people's congress's committees (法制委员会 …) and its standing committee's working bodies, with their
# short names as the press writes them after 人大
_CONGRESS_COMMITTEES = {"法制委员会": ("法制委",), "内务司法委员会": ("内司委", "内务司法委"), "财政经济委员会": ("财经委",),
                        "教育科学文化卫生委员会": ("教科文卫委", "教科文卫委员会"),
                        "环境与资源保护委员会": ("环资委", "环资城建委"), "农业与农村委员会": ("农委", "农业与农村委"),
                        "常务委员会选举任免联络工作委员会": ("常委会选任联工委", "常委会选举任免联络工作委员会"),
                        "常务委员会法制工作委员会": ("常委会法工委", "常委会法制工作委员会"),
                        "常务委员会预算工作委员会": ("常委会预工委", "常委会预算工作委员会"),
                        "常务委员会办公厅": ("常委会办公厅",)}
# the industry departments of the planned economy (省机械工业厅, 省轻工业厅, 省纺织工业局 until the 1990s-2000s) and
# its commissions (省计委, 省科委)
_PLANNED_ECONOMY_INDUSTRIES = ("机械", "电子", "机械电子", "纺织", "轻", "化学", "冶金", "煤炭", "建材", "石油", "石油化学", "医药",
                               "乡镇", "地方", "二轻", "一轻", "国防", "船舶", "农机")
PROVINCE_OFFICES = {**PROVINCE_BODIES,
                    **{f"{industry}工业{kind}": f"{{}}{industry}工业{kind}" for industry in _PLANNED_ECONOMY_INDUSTRIES
                       for kind in ("厅", "局")},
                    "计划委员会": "{}计划委员会", "计委": "{}计划委员会",
                    "科学技术委员会": "{}科学技术委员会", "科委": "{}科学技术委员会",
                    "发展和改革委员会": "{}发展和改革委员会", "发展改革委": "{}发展和改革委员会", "发改委": "{}发展和改革委员会",
                    "财政厅": "{}财政厅", "科学技术厅": "{}科学技术厅", "科技厅": "{}科学技术厅", "商务厅": "{}商务厅",
                    # (a province's SASAC is its government's commission: 海南省人民政府国有资产监督管理委员会)
                    "人民政府国有资产监督管理委员会": "{}人民政府国有资产监督管理委员会", "政府国资委": "{}人民政府国有资产监督管理委员会",
                    "国有资产监督管理委员会": "{}人民政府国有资产监督管理委员会", "国资委": "{}人民政府国有资产监督管理委员会",
                    "教育厅": "{}教育厅", "公安厅": "{}公安厅", "交通运输厅": "{}交通运输厅", "水利厅": "{}水利厅",
                    "环境保护厅": "{}环境保护厅", "环保厅": "{}环境保护厅", "生态环境厅": "{}生态环境厅",
                    "自然资源厅": "{}自然资源厅", "国土资源厅": "{}国土资源厅", "农业农村厅": "{}农业农村厅",
                    "人力资源和社会保障厅": "{}人力资源和社会保障厅", "人力资源社会保障厅": "{}人力资源和社会保障厅", "人力社保厅": "{}人力资源和社会保障厅",
                    "住房和城乡建设厅": "{}住房和城乡建设厅", "住房城乡建设厅": "{}住房和城乡建设厅",
                    "卫生健康委员会": "{}卫生健康委员会", "卫生健康委": "{}卫生健康委员会",
                    "市场监督管理局": "{}市场监督管理局", "市场监管局": "{}市场监督管理局",
                    "大数据发展管理局": "{}大数据发展管理局", "通信管理局": "{}通信管理局", "大数据局": "{}大数据局",
                    # (广东省大数据管理局 2014-2018, its 政务服务数据管理局 since; the 中小企业局 of a province's 经信委)
                    "大数据管理局": "{}大数据管理局", "政务服务数据管理局": "{}政务服务数据管理局", "中小企业局": "{}中小企业局",
                    "广播电视局": "{}广播电视局", "广电局": "{}广播电视局", "统计局": "{}统计局", "能源局": "{}能源局",
                    "地方金融监督管理局": "{}地方金融监督管理局", "地方金融监管局": "{}地方金融监督管理局",
                    "应急管理厅": "{}应急管理厅", "审计厅": "{}审计厅", "民政厅": "{}民政厅", "司法厅": "{}司法厅",
                    "文化和旅游厅": "{}文化和旅游厅", "监察厅": "{}监察厅",
                    # (a province's or a city's foreign affairs and Taiwan affairs offices are its government's)
                    "外事办公室": "{}人民政府外事办公室", "政府外事办公室": "{}人民政府外事办公室", "外事办": "{}人民政府外事办公室",
                    "外办": "{}人民政府外事办公室", "台湾事务办公室": "{}人民政府台湾事务办公室", "台办": "{}人民政府台湾事务办公室",
                    "国防科学技术工业办公室": "{}国防科学技术工业办公室", "国防科工办": "{}国防科学技术工业办公室",
                    "安全生产监督管理局": "{}安全生产监督管理局", "安全监管局": "{}安全生产监督管理局", "安监局": "{}安全生产监督管理局",
                    "质量技术监督局": "{}质量技术监督局", "质监局": "{}质量技术监督局", "盐务局": "{}盐务局",
                    # (the provincial tax bureaus of 1994-2018)
                    "国家税务局": "{}国家税务局", "国税局": "{}国家税务局", "地方税务局": "{}地方税务局", "地税局": "{}地方税务局",
                    "烟草专卖局": "{}烟草专卖局", "政府金融办": "{}人民政府金融工作办公室",
                    "机关事务管理局": "{}机关事务管理局", "机关事务局": "{}机关事务管理局",
                    "政府新闻办公室": "{}人民政府新闻办公室", "政府新闻办": "{}人民政府新闻办公室",
                    "政府办公厅": "{}人民政府办公厅", "政府督查室": "{}人民政府督查室",
                    # (the establishment committee that approves a body's 三定, and its office 编办)
                    "机构编制委员会": "{}机构编制委员会", "机构编制委员会办公室": "{}机构编制委员会办公室", "编办": "{}机构编制委员会办公室",
                    # the people's congress's special committees and its standing committee's working bodies
                    # (省人大法制委副主任委员X, 省人大常委会选任联工委主任Y), short and full
                    **{prefix + short: "{}人民代表大会" + full for full, shorts in _CONGRESS_COMMITTEES.items()
                       for short in (*shorts, full) for prefix in ("人大", "人民代表大会")},
                    "政协经济委员会": "中国人民政治协商会议{}委员会经济委员会",
                    # the party's discipline commission of the province (省纪委副书记)
                    "纪委": "中国共产党{}纪律检查委员会", "纪律检查委员会": "中国共产党{}纪律检查委员会",
                    # (the dictionary's industry department may carry an older or newer name: 安徽 has had both)
                    "工业和信息化厅": "{}工业和信息化厅", "工信厅": "{}工业和信息化厅",
                    "经济和信息化厅": "{}经济和信息化厅", "经信厅": "{}经济和信息化厅"}
_PROVINCE_OFFICE_RE = re.compile("|".join(sorted(PROVINCE_OFFICES, key=len, reverse=True)))


# 省十三届人大二次会议, 湖北省第十三届人民代表大会第二次会议: a provincial people's congress in session (届 first, a
# literal; the term and the place are read before it)
_PROVINCE_SESSION_AFTER_RE = re.compile(r"届(?:人大|人民代表大会)(?P<standing>常委会|常务委员会)?第?([一二三四五六七八九十]{1,3})次"
                                        r"(?:全体)?会议")
_TERM_BEFORE_RE = re.compile(r"第?([一二三四五六七八九十]{1,3})$")


def find_province_congress_sessions(text: str, lex: Lexicon) -> list[Mention]:
    """A province's people's congress session under one label (``湖北省第十三届人民代表大会第二次会议``), its
    province named before it or, written 省十三届人大二次会议, the article's."""
    out: list[Mention] = []
    if "届" not in text:
        return out
    for match in _PROVINCE_SESSION_AFTER_RE.finditer(text):
        term = _TERM_BEFORE_RE.search(text, max(0, match.start() - 4), match.start())
        found = _province_ending_at(text, term.start(), lex) if term else None
        if found is None:
            continue
        province, start = found
        # (自治区十届人大常委会第二十五次会议: its standing committee's session)
        body = "人民代表大会常务委员会" if match.group("standing") else "人民代表大会"
        label = f"{province}第{term.group(1)}届{body}第{match.group(2)}次会议"
        out.append(Mention(start, match.end(), text[start : match.end()], "Event", label, "congress-session"))
    # 省政协十二届三次会议 (on a 河南 page), 四川省政协十三届常委会第二次会议: a province's political consultative
    # conference in session, not the national one
    for match in _PROVINCE_CPPCC_SESSION_RE.finditer(text) if "政协" in text else ():
        found = _province_ending_at(text, match.start(), lex)
        if found is None and text[match.start() - 1 : match.start()] == "省":
            # (占省政协十二届三次会议提案总数: 省 after a verb is the article's province too; 政协 of no province
            # is the national one)
            province = province_before(text, match.start(), lex)
            found = (province, match.start() - 1) if province and province.endswith("省") else None
        if found is None:
            continue
        province, start = found
        standing = "常务委员会" if match.group("standing") else ""
        label = f"中国人民政治协商会议{province}第{match.group(1)}届委员会{standing}第{match.group(3)}次会议"
        out.append(Mention(start, match.end(), text[start : match.end()], "Event", label, "congress-session"))
    return out


_PROVINCE_CPPCC_SESSION_RE = re.compile(r"政协第?([一二三四五六七八九十]{1,3})届(?:委员会)?(?P<standing>常委会|常务委员会)?"
                                        r"第?([一二三四五六七八九十]{1,3})次(?:全体)?会议")


# 省委第十三届四次全会提出…, 海南省委八届三次全会审议通过…: a provincial party committee's plenum where it acts (a plenum
# cited for its 精神 is no event of the article); 全会 first, a literal, the committee and its term read before it
_PLENUM_BEFORE_RE = re.compile(r"委(?:员会)?第?([一二三四五六七八九十]{1,3})届([一二三四五六七八九十]{1,3})次?$")
_PLENUM_ACTS_RE = re.compile(r"(?:上|会议)?(?:提出|部署|审议通过|审议|通过|强调|明确|作出|要求|指出|确定)")


def find_province_plenums(text: str, lex: Lexicon) -> list[Mention]:
    """A provincial party committee's plenum that acts, under its full name
    (``中国共产党青海省第十三届委员会第四次全体会议``)."""
    out: list[Mention] = []
    if "全会" not in text:
        return out
    for match in re.finditer("全会", text):
        if not _PLENUM_ACTS_RE.match(text, match.end()):
            continue
        plenum = _PLENUM_BEFORE_RE.search(text, max(0, match.start() - 14), match.start())
        if plenum is None or text[plenum.start() - 1 : plenum.start()] != "省":
            continue  # (the 省 of 省委: a province's committee)
        found = _province_ending_at(text, plenum.start(), lex)
        if found is None:
            continue
        province, start = found
        label = f"中国共产党{province}第{plenum.group(1)}届委员会第{plenum.group(2)}次全体会议"
        out.append(Mention(start, match.end(), text[start : match.end()], "Event", label, "plenum"))
    return out


def find_province_offices(text: str, lex: Lexicon) -> list[Mention]:
    """``湖北省发展和改革委员会``, ``广东省财政厅``: a named province's office under its full name."""
    if not _PROVINCE_OFFICE_RE.search(text):
        return []
    out = []
    for office, match, province in _provinces_before(text, lex, _PROVINCE_OFFICE_RE):
        label = PROVINCE_OFFICES[office.group()].format(province)
        entry = lex.surfaces.get(label)
        out.append(Mention(match.start(), office.end(), text[match.start() : office.end()], "Organization",
                           entry.label if entry is not None else label, "local-office"))
        out += _offices_listed_after(text, office.end(), province, lex)
    out += _offices_of_listed_provinces(text, lex)
    return out


_LISTED_PROVINCES_OFFICE_RE = re.compile("等(?:省份|省区|省市|省|地)的?(" + _PROVINCE_OFFICE_RE.pattern + ")")


def _offices_of_listed_provinces(text: str, lex: Lexicon) -> list[Mention]:
    """``浙江、福建、广东等省经信委``: the office of each province of the list, under its full name."""
    out = []
    pattern, prefixes = _provinces(lex)
    for match in _LISTED_PROVINCES_OFFICE_RE.finditer(text) if "等" in text and pattern.pattern else ():
        office, pos, names = match.group(1), match.start(), []
        while (name := _province_name_ending_at(text, pos, pattern)) is not None:
            names.append(name)
            pos = name.start() - 1
            if text[pos : pos + 1] not in ("、", "和", "及"):
                break
        if len(names) < 2:
            continue
        # (each office stands on its province's name, the last one's on the office too: one mention per span)
        for name in names:
            label = PROVINCE_OFFICES[office].format(prefixes[name.group()])
            entry = lex.surfaces.get(label)
            end = match.end(1) if name is names[0] else name.end()
            out.append(Mention(name.start(), end, text[name.start() : end], "Organization",
                               entry.label if entry is not None else label, "local-office-listed"))
    return out


# an item of a list of bodies that is no province office (呼和浩特海关 among the 自治区's 厅 and 局), stepped over
_OTHER_LISTED_BODY_RE = re.compile(f"[{CJK}]{{2,8}}?(?:海关|局|厅|委|办)(?=[、和及等])")


def _offices_listed_after(text: str, pos: int, province: str, lex: Lexicon) -> list[Mention]:
    """``内蒙古自治区经信委、国土资源厅、环保厅、呼和浩特海关、公安厅…等部门``: the offices listed after a province's
    office written with its province are that province's (another kind of body among them is stepped over)."""
    out = []
    while text[pos : pos + 1] in ("、", "和", "及") and pos < len(text):
        office = _PROVINCE_OFFICE_RE.match(text, pos + 1)
        if office is not None and text[office.end() : office.end() + 1] in ("、", "和", "及", "等", "，", ",", "。", "负", "有"):
            label = PROVINCE_OFFICES[office.group()].format(province)
            entry = lex.surfaces.get(label)
            out.append(Mention(office.start(), office.end(), office.group(), "Organization",
                               entry.label if entry is not None else label, "local-office-listed"))
            pos = office.end()
            continue
        other = _OTHER_LISTED_BODY_RE.match(text, pos + 1)
        if other is None:
            break
        if other.group().endswith("海关") and other.group()[:-2] in lex.cities:  # (呼和浩特海关: a city's customs)
            out.append(Mention(other.start(), other.end(), other.group(), "Organization", other.group(), "local-office-listed"))
        pos = other.end()
    return out



# An autonomous prefecture's bodies after its name (黄南州委, 黄南藏族自治州州委, 博州党委, 延边州政府, 恩施州人大常委会), or
# written bare (州委, 州政府) in an article that names one prefecture; {} is the prefecture's full name. A state
# title right after the name (黄南州副州长, 恩施州州长) names the government: the mention is the name alone.
PREFECTURE_BODIES = {"委": "中国共产党{}委员会", "党委": "中国共产党{}委员会", "政府": "{}人民政府", "人民政府": "{}人民政府",
                     "人大常委会": "{}人民代表大会常务委员会", "人民代表大会常务委员会": "{}人民代表大会常务委员会",
                     "政协": "中国人民政治协商会议{}委员会", "": "{}人民政府"}
_PREFECTURE_BODY = ("(委(?!员)|党委(?!员)|人民政府|政府(?!工作报告|网|采购)|人大常委会|人民代表大会常务委员会|政协)"
                    f"(?:({'|'.join(PARTY_DEPARTMENTS)}))?")
_PREFECTURE_BODY_RE = re.compile(f"州?{_PREFECTURE_BODY}|()(?=(?:州|常务|代)?(?:副)?州长)")
_ELIDED_PREFECTURE_BODY_RE = re.compile(f"州{_PREFECTURE_BODY}")
# 州委常委、统战部长公保扎西: the committee's department, its 部 shared with the head's title
_PREFECTURE_MEMBER_HEADS_RE = re.compile(r"州委常委、(宣传|组织|统战)(?=部长|部(?:常务)?(?:副)?部长)")


def find_prefecture_bodies(text: str, lex: Lexicon) -> list[Mention]:
    """An autonomous prefecture's party committee, government, congress committee and CPPCC (prefectures.tsv),
    under the prefecture's full name: after its name (黄南州委, 楚雄州人民政府) and, in an article that names one
    prefecture, written bare (州委副书记、州政府州长李忠)."""
    if "州" not in text or lex.prefecture_re is None:
        return []
    out: list[Mention] = []
    for place in lex.prefecture_re.finditer(text):
        label = lex.prefectures[place.group()]
        body = _PREFECTURE_BODY_RE.match(text, place.end())
        if body is not None:
            out += _prefecture_body(text, place.start(), body, label)
    label = article_prefecture(text, lex)
    if label is None:
        return out  # (two prefectures named: which one a bare 州委 is, the text must say)
    for body in _ELIDED_PREFECTURE_BODY_RE.finditer(text):
        if _opens_elided_place(text, body.start()):
            out += _prefecture_body(text, body.start(), body, label)
    for member in _PREFECTURE_MEMBER_HEADS_RE.finditer(text):
        if _opens_elided_place(text, member.start()):
            out.append(Mention(member.start(1), member.end(1) + 1, member.group(1) + "部", "Organization",
                               f"中国共产党{label}委员会{PARTY_DEPARTMENTS[member.group(1) + '部']}", "prefecture"))
    return out


# Banners (旗, 内蒙古's counties), leagues (盟) and regions (地区: prefectures governed by an administrative office, most
# of them cities since the 1990s-2010s): their party committees and governments after their names (准格尔旗旗委,
# 锡林郭勒盟委, 日喀则地委, 日喀则地区行署), and the bare 旗委, 盟委, 地委, 行署 in an article that names one of them.
# No list holds them all (the regions of 1990 are gone), so the name the text writes is the label.
_BANNER = f"[{CJK}]{{2,8}}?旗"
_LEAGUE = f"[{CJK}]{{2,4}}?盟"
_NOT_A_BANNER = ("红旗", "国旗", "党旗", "团旗", "彩旗", "锦旗", "战旗", "大旗", "升旗", "举旗", "扛旗", "帅旗", "会旗", "队旗")
_PLACE_BODY_RE = re.compile(
    f"{_PLACE_START}(?:(?P<banner>{_BANNER})(?:(?P<bc>旗?委)(?!员|会)|(?P<bg>人民政府|政府)|(?=(?:常务)?副?旗长))"
    f"|(?P<league>{_LEAGUE})(?:(?P<lc>盟?委)(?!员|会)|(?P<lg>行政公署|行署)|(?=(?:常务)?副?盟长))"
    f"|(?P<region>[{CJK}]{{2,4}}?)(?:(?P<rc>地委)(?!员|会)|地区(?P<rg>行政公署|行署)|(?P<rg2>行署)))")
_ELIDED_PLACE_BODY_RE = re.compile("(?P<kind>旗|盟|地)委(?!员|会)|(?P<office>(?:地区)?(?:行署|行政公署))|(?P<gov>旗政府|旗人民政府)")


def _places_named(text: str, end: str, bodies: Iterable[Mention] = ()) -> set[str]:
    """The banners (``end`` 旗), leagues (盟) or regions (地区) the text names, by their bodies or as places."""
    found = set()
    for m in bodies:
        place = m.label.removeprefix("中国共产党").removesuffix("委员会").removesuffix("人民政府").removesuffix("行政公署")
        if place.endswith(end):
            found.add(place)
    for match in re.finditer(f"{_PLACE_START}([{CJK}]{{2,8}}?{end})", text) if end in text else ():
        place = match.group(1)
        if _names_a_place(place) and not place.endswith(_NOT_A_BANNER) and not _NO_PLACE_RE.search(place) \
                and len(place) >= 3 + (end == "地区") and not place.endswith(("自治区地区", "地区地区")):
            found.add(place)
    return found


def place_government_of_kind(text: str, title: str) -> str | None:
    """The government a bare 旗长 (盟长, 专员) heads: the one banner's (league's, region's) the text names, or None."""
    end = "旗" if title.endswith("旗长") else "盟" if title.endswith("盟长") else "地区"
    named = _places_named(text, end)
    if len(named) != 1:
        return None
    place = named.pop()
    return f"{place}人民政府" if end == "旗" else f"{place}行政公署"


def find_banner_league_region_bodies(text: str) -> list[Mention]:
    """准格尔旗旗委, 准格尔旗人民政府, 锡林郭勒盟委, 日喀则地委, 日喀则地区行署 and, in an article naming one banner
    (league, region), 旗委/旗政府 (盟委, 地委/行署) written bare: committees and governments under full names."""
    if not any(word in text for word in ("旗", "盟", "地委", "行署", "行政公署")):
        return []
    out = []
    for match in _PLACE_BODY_RE.finditer(text):
        if match.group("banner"):
            place = match.group("banner")
            if len(place) < 3 or place.endswith(_NOT_A_BANNER) or not _names_a_place(place):
                continue
            committee = bool(match.group("bc"))
            label = f"中国共产党{place}委员会" if committee else f"{place}人民政府"
        elif match.group("league"):
            place = match.group("league")
            if not _names_a_place(place):
                continue
            committee = bool(match.group("lc"))
            label = f"中国共产党{place}委员会" if committee else f"{place}行政公署"
        else:
            region = match.group("region").removeprefix("中共")
            place = region + "地区"
            if len(region) < 2 or region.endswith("地区") or re.search("[一二三四五六七八九十]", region) \
                    or not _names_a_place(place) or _NO_PLACE_RE.search(place):
                continue  # (中共滨海地委: 中共 is no part of the place; 晋绥八地委: a numbered wartime region)
            label = f"中国共产党{place}委员会" if match.group("rc") else f"{place}行政公署"
        out.append(Mention(match.start(), match.end(), match.group(), "Organization", label, "banner-league-region"))
    places = {kind: _places_named(text, end, out) for kind, end in (("旗", "旗"), ("盟", "盟"), ("地", "地区"))}
    for match in _ELIDED_PLACE_BODY_RE.finditer(text):
        if not _opens_elided_place(text, match.start()):
            continue
        kind = match.group("kind") or ("旗" if match.group("gov") else None)
        if kind is None:  # 行署: a region's or a league's office
            candidates = places["地"] | places["盟"]
        else:
            candidates = places[kind]
        if len(candidates) != 1:
            continue
        place = next(iter(candidates))
        if match.group("kind"):
            label = f"中国共产党{place}委员会"
        else:
            label = f"{place}人民政府" if place.endswith("旗") else f"{place}行政公署"
        out.append(Mention(match.start(), match.end(), match.group(), "Organization", label, "banner-league-region"))
    return out


def relabel_prefecture_bodies(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """Bodies other rules labelled with a prefecture's short name (黄南州工业和信息化局) or none (州工业和信息化局, in
    an article about one prefecture), under the prefecture's full name (黄南藏族自治州工业和信息化局)."""
    if "州" not in text or lex.prefecture_re is None:
        return mentions
    prefecture = article_prefecture(text, lex)
    out = []
    for m in mentions:
        if m.type == "Organization" and m.rule != "prefecture":
            party = "中国共产党" if m.label.startswith("中国共产党") else ""
            rest = m.label[len(party) :]
            place = lex.prefecture_re.match(rest)
            if place is not None and place.group() != lex.prefectures[place.group()]:
                m = dataclasses.replace(m, label=party + lex.prefectures[place.group()] + rest[place.end() :])
            elif place is None and prefecture is not None and rest.startswith("州") and not rest.startswith("州长"):
                m = dataclasses.replace(m, label=party + prefecture + rest[1:])
        out.append(m)
    return out


_BARE_DISTRICT_LABEL_RE = re.compile(f"(中国共产党|中国人民政治协商会议)?([{CJK}]{{2,5}}?区)(委员会(?:{'|'.join(sorted(set(PARTY_DEPARTMENTS.values()) - {'办公厅'}))})?|人民政府"
                                     f"|[{CJK}]{{2,12}}(?:局|委员会|办公室))")


def relabel_district_bodies(text: str, mentions: list[Mention], lex: Lexicon, site: str | None = None) -> list[Mention]:
    """A city district's committee or government labelled without its city (浦东新区人民政府, 中国共产党滨海新区委员会)
    under the city's name: the city the text writes before the district elsewhere (天津市滨海新区), else the one city
    the article is about (``article_city``)."""
    if "区" not in text:
        return mentions
    city = None
    out = []
    for m in mentions:
        # (顺德区经济和信息化促进局局长X: a district's bureau read before its head's title, too)
        bare = _BARE_DISTRICT_LABEL_RE.fullmatch(m.label) if m.type == "Organization" and (m.rule in (
            "local-district", "local-government", "elided-district") or m.rule == "department-title" and m.label.endswith("局")) else None
        if bare is not None and "市" not in bare.group(2) and not bare.group(2).endswith(("自治区", "园区", "开发区", "高新区")):
            district = bare.group(2)
            written = {match.group(1) for match in re.finditer(f"([{CJK}]{{2,4}}?市){district}", text)}
            written = {w for w in written if not any(o != w and w.endswith(o) for o in written)}  # (在天津市: 天津市)
            if len(written) != 1 and city is None:
                city = article_city(text, mentions, lex, site) or ""
            place = written.pop() if len(written) == 1 else city
            if place:
                m = dataclasses.replace(m, label=f"{bare.group(1) or ''}{place}{district}{bare.group(3)}")
        out.append(m)
    return out


# 州委, 州政府, 副州长, 全州: words only a prefecture's page writes (the prefecture itself may be named short: 湘西)
_PREFECTURE_WORDS_RE = re.compile("(?<![贵广杭苏福郑兰温台扬徐泉常湖惠梧赣滁宿亳池)])州(?:委|政府|人大|政协|长)|副州长|全州")


def relabel_banner_offices(text: str, mentions: list[Mention]) -> list[Mention]:
    """A banner's office written bare (旗工业和信息化局) on a page about one banner (杭锦后旗): the banner's."""
    if "旗" not in text:
        return mentions
    offices = [m for m in mentions if m.type == "Organization" and m.label.startswith("旗") and len(m.label) > 3]
    banners = _places_named(text, "旗") if offices else set()
    if len(banners) != 1:
        return mentions
    banner = banners.pop()
    return [dataclasses.replace(m, label=local_office_label(banner + m.label[1:])) if m in offices else m for m in mentions]


def article_prefecture(text: str, lex: Lexicon) -> str | None:
    """The one autonomous prefecture the text names (黄南藏族自治州 for 黄南州; 湘西 alone on a page that writes
    州委, 副州长 or 全州), or None."""
    if "州" not in text or lex.prefecture_re is None:
        return None
    named = {lex.prefectures[place.group()] for place in lex.prefecture_re.finditer(text)}
    if not named and _PREFECTURE_WORDS_RE.search(text):
        named = {label for short, label in _prefecture_shorts(lex).items() if short in text}
    return named.pop() if len(named) == 1 else None


def _prefecture_shorts(lex: Lexicon) -> dict[str, str]:
    """A prefecture's short name without 州 (湘西, 恩施) -> its full name; none a province or a city shares (海南, 大理)."""
    shorts = {}
    for form, label in lex.prefectures.items():
        short = form.removesuffix("州")
        if form.endswith("州") and form != label and len(short) >= 2 and short not in PROVINCE_SHORT_NAMES \
                and short not in lex.cities:
            shorts[short] = label
    return shorts


def _prefecture_body(text: str, start: int, body: re.Match, label: str) -> list[Mention]:
    """The body (and the party department after it: 州委统战部) a match of ``_PREFECTURE_BODY_RE`` names."""
    template = PREFECTURE_BODIES[body.group(1) or ""]
    end = body.end(1) if body.group(1) else body.start()
    out = [Mention(start, end, text[start:end], "Organization", template.format(label), "prefecture")]
    if body.group(2) and body.group(1).endswith("委"):
        out.append(Mention(start, body.end(), text[start : body.end()], "Organization",
                           template.format(label) + PARTY_DEPARTMENTS[body.group(2)], "prefecture"))
    return out

LOCAL_GOVERNMENT_LABEL_RE = re.compile(f"(?:[{CJK}]{{2,12}}(?:市|县|区|州|盟|旗)|[{CJK}]县)人民政府|[{CJK}]{{2,8}}(?:盟|地区)行政公署")


def is_local_government(label: str) -> bool:
    """A city's, county's or banner's government (贵阳市人民政府), or a league's or region's administrative office
    (日喀则地区行政公署): an Organization by its name alone."""
    return LOCAL_GOVERNMENT_LABEL_RE.fullmatch(label) is not None
