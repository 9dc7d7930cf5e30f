"""Sentences, paragraphs and character classes of normalized Chinese text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at 。！？!? ；; or a line break; closing quotes stay with it.
SENTENCE_RE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』]?|\n|$)")
CJK_RE = re.compile(r"[\u3400-\u9fff]")
PUNCT = set("，,。.、；;：:！!？?“”‘’「」『』《》()（）[]【】—-…·/ \t\n")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Segment]:
    """Split into sentences (half-open spans over ``text``), dropping empty ones."""
    out = []
    for match in SENTENCE_RE.finditer(text):
        start, end = match.span()
        if end > start and match.group().strip():
            out.append(Segment(start, end, match.group()))
    return out


def split_paragraphs(text: str) -> list[Segment]:
    """Split into non-empty lines (paragraphs)."""
    out = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            out.append(Segment(pos, end, line))
        pos = end + 1
    return out


def is_cjk(char: str) -> bool:
    return bool(CJK_RE.match(char))


# Statistics and past achievements (DECISIONS.md: fields that appear only there are not policy targets).
# (…等18个工业行业: the count of a list of fields, no figure)
FIGURE_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|％|万|亿|家|个(?![\u4e00-\u9fff]{0,4}?(?:行业|产业|领域)[。；;，,])|台|辆|吨|倍|千瓦|兆瓦)"
                       r"|同比|位居|居世界|居全球|世界第一|全球第一|世界前列|首位"
                       r"|(?:全球|世界)[^，,。；;]{0,4}?最大"  # 建成了全球规模最大的…网络
                       r"|贡献率|市场份额|市占率|增速")  # 四个行业对工业生产增长的贡献率接近一半
FORWARD_RE = re.compile(
    # 要 as a modal, not inside 重要/主要/纲要; 加快 before what is to speed up, not a growth rate's 增速加快。;
    # 推进 likewise (转型全面推进。 tells a state); 即将 is the last item of a list of achievements (C919即将取证交付)
    r"(?<!即)将|(?<![重主必纲摘提])要(?![素点])|加快(?![。，,；;])|推动|推进(?![。，,；;])|实施|支持|培育|聚焦|围绕|力争|鼓励|引导|打造|着力|下一步|今年(?!前|以来|上半年|一季度|第一季度|[1-9一二三四五六七八九十]{1,2}月)|明年"
    r"|持续|继续|进一步|计划|目标|推行|到(?:19|20)\d{2}年"  # 到2020年建成…: a target
)


# Achievements told without figures: 取得突破性进展, 实现了历史性突破, 党的十八大以来…成效显著
ACHIEVEMENT_RE = re.compile(
    r"取得了?[^，,。；;]{0,8}?(?:突破|进展|成效|成就|成果)|实现了?[^，,。；;]{0,6}?突破|(?:成效|成绩|成就)(?:显著|明显|斐然)"
    r"|(?:十|五|三|两|几|多)年来|以来"
    # a product's milestone: 无人驾驶电动拖拉机研制成功, 大飞机首飞, 手术机器人临床应用 (a future one is forward: 将实现首飞)
    r"|研制成功|成功(?:研制|研发|首飞|下线|发射|交付)|(?:首飞|下线|交付使用|投入使用|建成投产|临床应用)(?:成功)?(?=[，,。；;、到]|$)"
)


def is_retrospective(sentence: str) -> bool:
    """True for a sentence that reports figures or achievements without any forward-looking verb."""
    return bool(FIGURE_RE.search(sentence) or ACHIEVEMENT_RE.search(sentence)) and not FORWARD_RE.search(sentence)


# A career told in the past (DECISIONS.md: a field is a Sector only as an object of policy, and a
# minister's former job is none): cues that say so on their own, and ones that need a person in the sentence.
BIOGRAPHY_RE = re.compile(r"历任|履历|简历|出生于|毕业于|掌门人|执掌|长期从事|长期在[^，,。；;]{1,16}?(?:工作|任职)")
PERSONAL_PAST_RE = re.compile(r"(?:此前|曾经?|早年|早期)[^，,。；;]{0,8}?(?:经历|任职|工作|担任|出任|就职|供职)")


def is_biographical(sentence: str, names_a_person: bool) -> bool:
    """True for a sentence about someone's career (历任…, 曾在航天系统工作, 此前多项经历与汽车行业相关)."""
    if BIOGRAPHY_RE.search(sentence):
        return True
    return names_a_person and PERSONAL_PAST_RE.search(sentence) is not None
