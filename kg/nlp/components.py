"""spaCy pipeline components, registered in one place.

Each component is a thin wrapper over the rule functions of
``kg.nlp.mentions`` and ``kg.nlp.relations`` and writes only to its declared
place: ``doc._.ipkg_dictionary`` and ``doc._.ipkg_candidates`` (candidate
``Mention`` lists: the rules read text offsets, so candidates travel as
plain data instead of Spans made and read back by every component),
``doc.ents`` or ``doc._.ipkg_relations``. Entity spans carry the entity type
as ``label_``, the canonical label as ``kb_id_`` and the rule as ``id_``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Mapping
from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.lexicon import Lexicon, load_lexicon
from kg.model import ENTITY_TYPES, Mention
from kg.nlp import mentions as rules
from kg.nlp.spin import restore_spun_names, scan_spun_text
from kg.nlp.places import (
    find_city_offices, find_decree_city_bodies, find_elided_city_bodies, find_elided_province_bodies, find_local_bodies, find_local_offices,
    find_banner_league_region_bodies, find_prefecture_bodies, find_province_congress_sessions, relabel_banner_offices, relabel_district_bodies, relabel_prefecture_bodies, find_province_offices, find_province_plenums, find_zone_bodies, localise_twin_aliases,
    name_provincial_events,
)
from kg.nlp.relations import Context, extract_relations
from kg.nlp.scan import align_doc, entity_span
from kg.nlp.text import FORWARD_RE, Segment, is_biographical, is_retrospective, split_paragraphs, split_sentences

MENTIONS_KEY = "ipkg_mentions"
SPUN_KEY = "ipkg_spun"  # set by kg.nlp.extract_article when the article was detected as spun
SITE_KEY = "ipkg_site"  # the site a web page belongs to (常州市工业和信息化局), set by kg.nlp.extract_article
YEAR_KEY = "ipkg_year"  # the year of the article's date, or None; set by kg.nlp.extract_article

for _name in ("ipkg_dictionary", "ipkg_candidates", "ipkg_relations"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


def doc_sentences(doc: Doc) -> list[Segment]:
    """The sentences of ``doc``, split once per Doc (the entity merger and the relations both need them)."""
    sentences = doc.user_data.get("ipkg_sentences")
    if sentences is None:
        sentences = doc.user_data["ipkg_sentences"] = split_sentences(doc_text(doc))
    return sentences


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("ipkg_text")
    if text is None:
        text = doc.user_data["ipkg_text"] = doc.text
    return text


def doc_mentions(doc: Doc) -> list[Mention]:
    """The entities of ``doc`` as Mentions (kept by the entity merger; read back from ``doc.ents`` otherwise)."""
    mentions = doc.user_data.get(MENTIONS_KEY)
    if mentions is None:
        mentions = doc.user_data[MENTIONS_KEY] = [to_mention(s) for s in doc.ents]
    return mentions


def to_span(doc: Doc, m: Mention) -> Span | None:
    return entity_span(doc, m.start, m.end, m.type, m.label, m.rule)


def to_mention(span: Span) -> Mention:
    # Slice the cached text: Span.text builds a Token per character.
    text = doc_text(span.doc)[span.start_char : span.end_char]
    return Mention(span.start_char, span.end_char, text, span.label_, span.kb_id_, span.id_)


class Gazetteer:
    """Dictionary matches (leftmost-longest Aho-Corasick over names and their spun variants), plus fuzzy ones in spun text."""

    def __init__(self, resource_dir: str | None):
        self.lex = load_lexicon(resource_dir)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if doc.user_data.get(SPUN_KEY):  # plus names with word swaps the spin table lacks (kg.nlp.fuzzy)
            found = scan_spun_text(text, self.lex)
        else:
            found = rules.find_dictionary_mentions(text, self.lex)
        doc._.ipkg_dictionary = found
        return doc


class RuleMatcher:
    """Rules for names no dictionary holds: titled people, departments, programmes, documents, events."""

    def __init__(self, resource_dir: str | None):
        self.lex = load_lexicon(resource_dir)
        self.people = {label for label, rec in self.lex.records.items() if rec.type == "Official"}

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        dictionary = list(doc._.ipkg_dictionary or ())
        found = rules.find_people(text, self.lex, self.people)
        found += rules.find_address_forms(text, self.lex, dictionary + found)
        found += rules.find_departments(text, self.lex)
        found += rules.find_departments_worked_in(text, self.lex)
        found += rules.find_programs(text, self.lex)
        found += rules.find_distributive_programs(text, self.lex)
        found += rules.find_quoted_initiatives(text, self.lex)
        found += rules.find_book_titles(text, self.lex, dictionary)
        found += rules.find_unquoted_documents(text, self.lex)
        found += rules.find_about_titles(text, self.lex)
        found += rules.find_notice_titles(text, self.lex)
        found += rules.find_events(text, self.lex)
        found += rules.find_listed_events(text)
        found += rules.find_party_group_meetings(text, dictionary)
        found += rules.find_congress_sessions(text)
        found += rules.find_foreign_ministries(text)
        found += rules.find_foreign_officials(text)
        found += rules.find_stationed_teams(text)
        found += rules.find_cited_congress_spirit(text, dictionary)
        found += rules.find_democratic_party_committees(text)
        found += find_elided_province_bodies(text, self.lex)
        found += find_local_bodies(text, self.lex)
        found += find_zone_bodies(text)
        found += find_prefecture_bodies(text, self.lex)
        found += find_banner_league_region_bodies(text)
        found += find_local_offices(text, self.lex, dictionary)
        found += find_city_offices(text)
        found += find_province_offices(text, self.lex)
        found += find_province_congress_sessions(text, self.lex)
        found += find_province_plenums(text, self.lex)
        found += rules.find_founded_groups(text)
        found += rules.find_short_group_names(text, dictionary + found)
        found += find_elided_city_bodies(text, dictionary + found, self.lex, site=doc.user_data.get(SITE_KEY))
        found += find_decree_city_bodies(text)
        found += rules.find_divisions(text, dictionary + found)
        found += rules.find_listed_departments(text, dictionary + found)
        found += rules.find_enumerated_sectors(text, self.lex, dictionary)
        found += rules.find_counted_sectors(text, self.lex, dictionary)
        found += rules.find_element_sectors(text, dictionary)
        found += rules.find_written_compound_sectors(text, dictionary)
        found += rules.find_shared_head_sectors(text, self.lex, dictionary)
        found += rules.find_program_anaphors(text, dictionary + found)
        found += rules.find_repeated_names(text, found)
        found = rules.place_chained_offices(text, rules.resolve_bare_offices(found, dictionary), dictionary)
        found = relabel_district_bodies(text, found, self.lex, site=doc.user_data.get(SITE_KEY))
        found = relabel_banner_offices(text, found)
        doc._.ipkg_candidates = relabel_prefecture_bodies(text, found, self.lex)
        return doc


class EntityMerger:
    """Resolve overlapping candidates into ``doc.ents`` of the six entity types."""

    def __init__(self, resource_dir: str | None):
        self.lex = load_lexicon(resource_dir)
        # Every field name starts with one of these pairs: a blocker holding none of them holds no field.
        self.sector_starts = frozenset(s[:2] for s, e in self.lex.surfaces.items() if e.type == "Sector")

    def may_hold_sector(self, text: str, start: int, end: int) -> bool:
        return any(text[i : i + 2] in self.sector_starts for i in range(start, end - 1))

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        candidates = [*(doc._.ipkg_dictionary or ()), *(doc._.ipkg_candidates or ())]
        kept = []
        merged = [part for m in rules.merge_mentions(candidates) for part in rules.split_prefixed(m, self.lex)]
        # A phrase that is not an entity (…试点, …机制) may still name a field inside it.
        # A body's or company's name blocked as an Organization (中石化, 航天科工) names no field either.
        for blocker in [m for m in merged if m.type == "NotEntity" and m.label not in ("Sector", "Organization")]:
            if not self.may_hold_sector(text, blocker.start, blocker.end):
                continue
            # A phrase blocked as a programme (…试点) may name a field; one blocked as a field (软件业) may not.
            # Scan the phrase without its last and without its first character, so the blocker
            # itself (the longest match) does not hide what it contains.
            found = {}
            for offset in (0, 1):
                inner = text[blocker.start + offset : blocker.end - 1 + offset]
                for m in rules.find_dictionary_mentions(inner, self.lex):
                    if m.type == "Sector":
                        start = blocker.start + offset + m.start
                        found[(start, start + len(m.text))] = Mention(start, start + len(m.text), m.text, m.type, m.label, m.rule)
            merged.extend(rules.merge_mentions(list(found.values())))
        # A press conference blocked as no named event (国新办新闻发布会) still names its body (国新办).
        for blocker in [m for m in merged if m.type == "NotEntity" and m.label == "Event"]:
            inner = rules.find_dictionary_mentions(text[blocker.start : blocker.end - 1], self.lex)
            if inner and inner[0].start == 0 and inner[0].type == "Organization":
                head = inner[0]
                merged.append(Mention(blocker.start, blocker.start + len(head.text), head.text, head.type, head.label, head.rule))
        merged = relabel_shared_aliases(merged, self.lex.shared_aliases, text, self.lex.periods, doc.user_data.get(YEAR_KEY),
                                        self.lex.parent_of)
        merged = literal_departments_of_other_parents(merged, self.lex)
        merged = localise_twin_aliases(text, merged)
        sector_ends = {m.end for m in merged if m.type == "Sector"}
        spun = bool(doc.user_data.get(SPUN_KEY))
        merged = restore_spun_names(text, merged, self.lex)
        for m in merged:
            if m.type not in ENTITY_TYPES:
                continue  # not-entity blockers have done their job
            if m.rule == "dict-despun" and not spun:
                continue  # a name as despinning spells it, in a text nobody spun
            if m.type == "Organization" and rules.media_before_reporter(text, m):
                continue
            if m.type == "Sector" and rules.names_no_field(text, m, sector_ends):
                continue
            if m.type == "Official" and m.rule.startswith("dict") and not rules.name_in_context(text, m, self.lex):
                continue  # a two-character name that is also a word (高峰) needs a title or a verb beside it
            if m.type == "Official" and m.rule.startswith("dict") and rules.preceded_by_non_official(text, m.start) \
                    and not rules.takes_post_after(text, m.end, self.lex):
                continue  # 首席科学家李克强, 实验室主任X: a namesake of an official, not the official
            kept.append(m)
        kept = rules.fold_event_variants(rules.merge_mentions(kept))
        kept = drop_statistics_only_sectors(doc_sentences(doc), name_provincial_events(kept, self.lex, text, doc.user_data.get(SITE_KEY)))
        kept = drop_time_phrase_events(text, kept)
        # Coarse tokens are re-cut at the entities' ends, so every entity is one span.
        doc = align_doc(doc, [(m.start, m.end) for m in kept])
        pairs = [(m, s) for m, s in ((m, to_span(doc, m)) for m in kept) if s is not None]
        doc.set_ents([s for _, s in pairs], default="outside")  # what ``doc.ents = …`` does, without re-making each Span
        # What the spans say, as Mentions (to_mention without reading each Span back).
        mentions = [Mention(s.start_char, s.end_char, text[s.start_char : s.end_char], m.type, m.label, m.rule) for m, s in pairs]
        # 国务院促进中小企业发展工作领导小组第一次会议: a group's meeting names the group too. Spans may not nest in
        # doc.ents, so the group is a mention only (the gold sets hold both).
        nested = [self.group_of_meeting(m) for m in mentions if m.type == "Event" and m.label.endswith("领导小组会议")]
        doc.user_data[MENTIONS_KEY] = sorted([*mentions, *(m for m in nested if m is not None)], key=lambda m: (m.start, -m.end))
        return doc

    def group_of_meeting(self, event: Mention) -> Mention | None:
        """The leading group whose meeting ``event`` is, as a mention at the event's start, or None."""
        at = event.text.find("领导小组")
        if at < 0:
            return None
        head = event.text[: at + 4]
        if len(head) <= 6 or not head.isalnum():
            return None  # (东博会、峰会广西领导小组: two events' group, no one name)
        entry = self.lex.surfaces.get(head)
        label = entry.label if entry is not None and entry.type == "Organization" else head
        return Mention(event.start, event.start + len(head), head, "Organization", label, "meeting-group")


RETROSPECTIVE_FRAME_RE = re.compile(r"(?:党的十[七八九]大|[一二三四五六七八九十\d]+年|“?十[一二三四五]五”?)以来|近年来|近几年"
                                    r"|[一二三四五六七八九十两几多]+年来|过去[^，,。；;]{0,6}年|“?十[一二三四]五”?(?:期间|时期)")
# a ranking of output (产量均位居全国前9位, 居全国第三位): the items ranked are products in a statistic
RANKING_RE = re.compile(r"(?:均|都|分别)?(?:位居|居|位列|排名|排在)(?:全国|全省|全球|世界)(?:同行业)?"
                        r"(?:前列|首位|前[\d一二三四五六七八九十]+位?|第[\d一二三四五六七八九十]+位?)")
STATE_CHANGE_RE = re.compile(r"(?:不断|持续|显著|明显|稳步|日益|快速|迅猛|蓬勃|大幅)(?:增强|发展|壮大|提升|提高|增长|扩大|拓展|加深|深化)$")
# 近年来，…取得了显著成效。: a sentence summing up achievements, whose next sentence lists them
ACHIEVEMENTS_SUMMARY_RE = re.compile(r"取得了?(?:显著|明显|积极|重要|重大|丰硕|长足)?的?(?:成效|成绩|进展|成果)[。！]?$")
ACHIEVED_CLAUSE_RE = re.compile(r"(?:已经?|初步|基本)?(?:形成了|建成了|培育了|打造了|培育形成了|形成|建成)")
PRONOUN_RE = re.compile(r"(?<![其吉])[他她]")  # 他曾在…工作, not 其他


CITED_EVENT_AFTER_RE = re.compile(r"(?:召开)?以来")


# 1978年5月任国家计委军工局局长: the year a clause of a career gives, before the body
_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d{2})年")


def _year_before(text: str, pos: int) -> int | None:
    """The last year written in the sentence before ``pos`` (a career's clause: 1978年5月任国家计委…), or None."""
    start = max(max(text.rfind(mark, 0, pos) for mark in "。；;\n") + 1, pos - 90)
    years = _YEAR_RE.findall(text, start, pos)
    return int(years[-1]) if years else None


def relabel_shared_aliases(mentions: list[Mention], shared: Mapping[str, tuple[str, ...]], text: str = "",
                           periods: Mapping[str, tuple[int, int]] | None = None, year: int | None = None,
                           parent_of: Callable[[str], str | None] | None = None) -> list[Mention]:
    """An alias two bodies share names the one whose full name the article writes (a bio's 国家计划委员会…国家计委
    is the commission of 1952-1998, not its 1998 successor), or whose parent it writes (国家发展改革委…综合司司长: the
    commission's 国民经济综合司, not the statistics bureau's); else the one that existed in the year its clause gives
    (1978年任国家计委…: 国家计划委员会), or in the article's ``year`` (a 1990 report's 国家计委); else it keeps the
    dictionary's first claim."""
    if not shared:
        return mentions
    written = {m.label for m in mentions if m.rule == "dict"}
    out = []
    for m in mentions:
        labels = shared.get(m.text) if m.rule == "dict-alias" else None
        if labels and m.label not in written:
            named = [label for label in labels if label in written]
            if not named and parent_of is not None:
                named = [label for label in labels if parent_of(label) in written]
                labels = tuple(named) if len(named) > 1 else labels  # (the year chooses among one parent's bodies)
                named = named if len(named) == 1 else []
            when = (_year_before(text, m.start) or year) if text and periods and not named else None
            if when is not None:
                named = [label for label in labels if label in periods and periods[label][0] <= when < periods[label][1]]
                dated = [label for label in labels if label in periods]
                if not named and dated:
                    # 1950年在…国家计委交通局: a year none existed in (the page's approximate date) names the one nearest
                    named = [min(dated, key=lambda label: max(periods[label][0] - when, when - periods[label][1] + 1))]
            if len(named) == 1:
                m = replace(m, label=named[0])
        out.append(m)
    return out


def literal_departments_of_other_parents(mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """A department's short alias written right after another body (国家国防科技工业局综合司: the dictionary's
    综合司 is 国家统计局's) is that body's department, named as written, not the dictionary's."""
    org_by_end = {m.end: m for m in mentions if m.type == "Organization"}
    out = []
    for m in mentions:
        before = org_by_end.get(m.start) if m.type == "Organization" and m.rule == "dict-alias" else None
        record = lex.record(m.label) if before is not None else None
        parent = record.extra.get("parent") if record is not None else None
        if parent and before.label != parent and before.label != m.label and m.text.endswith(("司", "局", "处", "办公室")):
            m = replace(m, label=m.text, rule="dict-alias-literal")
        out.append(m)
    return out


def drop_time_phrase_events(text: str, mentions: list[Mention]) -> list[Mention]:
    """Drop events the article names only as a time (第八届全国人民代表大会第一次会议以来的五年; DECISIONS: 党的十八大
    以来 is a time phrase). Events cited for their spirit (…大会精神) stay: the gold sets keep them."""
    cited = {m.label for m in mentions if m.type == "Event" and CITED_EVENT_AFTER_RE.match(text, m.end)}
    if not cited:
        return mentions
    live = {m.label for m in mentions if m.type == "Event" and not CITED_EVENT_AFTER_RE.match(text, m.end)}
    return [m for m in mentions if m.type != "Event" or m.label not in cited or m.label in live]


def drop_statistics_only_sectors(sentences: list[Segment], mentions: list[Mention]) -> list[Mention]:
    """Drop sectors that the article names only in statistics, past achievements or careers (DECISIONS.md)."""
    starts = [s.start for s in sentences]
    # A sentence about a programme is about policy, whatever figures it gives.
    with_programs = {bisect_right(starts, m.start) - 1 for m in mentions if m.type == "Program"}
    with_people = {bisect_right(starts, m.start) - 1 for m in mentions if m.type == "Official"}

    verdicts: dict[int, bool] = {}  # per sentence: several sectors often share one

    def retrospective(m: Mention) -> bool:
        i = bisect_right(starts, m.start) - 1
        if i < 0:
            return False
        if i not in verdicts:
            sentence = sentences[i].text
            person = i in with_people or PRONOUN_RE.search(sentence) is not None
            # a career stays a career when it names a programme (…参与组织了…重大专项的实施)
            verdicts[i] = is_biographical(sentence, person) or (i not in with_programs and is_retrospective(sentence))
        return verdicts[i]

    def achieved_in_its_clause(m: Mention) -> bool:
        # 大力实施“五大提升行动”，形成了A、B等8个万亿级产业集群: a clause telling what was achieved, with its
        # figure, whatever the sentence's programme or verbs before it
        i = bisect_right(starts, m.start) - 1
        if i < 0:
            return False
        sentence = sentences[i]
        offset = m.start - sentence.start
        clause_start = max(sentence.text.rfind(mark, 0, offset) for mark in "，,；;：:") + 1
        ends = [e for e in (sentence.text.find(mark, offset) for mark in "，,；;。") if e >= 0]
        clause = sentence.text[clause_start : min(ends) if ends else len(sentence.text)]
        if ACHIEVED_CLAUSE_RE.match(clause.lstrip()) is not None and is_retrospective(clause):
            return True
        if RANKING_RE.search(clause) is not None:
            return True  # 纱、布、卷烟…、汽车均位居全国前9位: products ranked by output, a statistic

        # 党的十八大以来，…，汽车、石化等传统支柱产业内生动力不断增强: a clause telling how a field grew, in a
        # sentence that looks back
        if STATE_CHANGE_RE.search(clause) is None or FORWARD_RE.search(clause) is not None:
            return False
        if RETROSPECTIVE_FRAME_RE.search(sentence.text, 0, offset) is not None:
            return True
        # (近年来，…取得了显著成效。…核能、航天、航空、船舶对外合作不断拓展: the frame in the sentence before, which sums up)
        j = i - 1
        while j >= 0 and not sentences[j].text.rstrip().endswith(("。", "！")) and i - j < 6:
            j -= 1  # (the parts of this sentence a ；split off before it)
        summary = sentences[j].text if j >= 0 else ""
        return ACHIEVEMENTS_SUMMARY_RE.search(summary.rstrip()) is not None and RETROSPECTIVE_FRAME_RE.search(summary) is not None

    live = {m.label for m in mentions if m.type == "Sector" and not retrospective(m) and not achieved_in_its_clause(m)}
    return [m for m in mentions if m.type != "Sector" or m.label in live]


class RelationExtractor:
    """Rule-based relations over ``doc.ents``, into ``doc._.ipkg_relations``."""

    def __init__(self, resource_dir: str | None):
        self.lex = load_lexicon(resource_dir)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        ctx = Context(
            text=text,
            sentences=doc_sentences(doc),
            paragraphs=split_paragraphs(text),
            mentions=doc_mentions(doc),
            lex=self.lex,
        )
        doc._.ipkg_relations = extract_relations(ctx)
        return doc


@Language.factory("ipkg_gazetteer_v1", default_config={"resource_dir": None})
def make_gazetteer(nlp: Language, name: str, resource_dir: str | None) -> Gazetteer:
    return Gazetteer(resource_dir)


@Language.factory("ipkg_rules_v1", default_config={"resource_dir": None})
def make_rules(nlp: Language, name: str, resource_dir: str | None) -> RuleMatcher:
    return RuleMatcher(resource_dir)


@Language.factory("ipkg_entities_v1", default_config={"resource_dir": None})
def make_entities(nlp: Language, name: str, resource_dir: str | None) -> EntityMerger:
    return EntityMerger(resource_dir)


@Language.factory("ipkg_relations_v1", default_config={"resource_dir": None})
def make_relations(nlp: Language, name: str, resource_dir: str | None) -> RelationExtractor:
    return RelationExtractor(resource_dir)
