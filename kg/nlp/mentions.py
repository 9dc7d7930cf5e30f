"""Entity mentions: dictionary matches plus rules for what no dictionary holds.

All functions work on normalized (Simplified, de-spun) text and return
``kg.model.Mention`` objects with offsets into that text. The rules are
written against the shapes of Chinese news and transcripts, not against any
one article:

- officials: ``[机构][职务、职务]姓名`` title chains, ``姓名:`` speaker turns;
- departments: ``[上级机构]X司/局 + 职务``;
- programmes: ``实施/开展/推进 … 工程/行动/行动计划/专项行动/专项/战略/计划``;
- documents: ``《…》`` (programme-like titles become programmes);
- events: ``举行/召开 … 新闻发布会/会议/大会/论坛/博览会``;
- sectors: unknown items of an enumeration ``A、B、C等(重点)领域`` that also
  lists a known sector.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kg.lexicon import Lexicon
from kg.model import Mention

CJK = r"\u3400-\u9fff"

# Words that may directly follow a person's name (speech verbs, particles, …).
NAME_FOLLOWERS = (
    "表示", "说", "介绍", "指出", "称", "透露", "强调", "认为", "提出", "谈到", "坦言", "在", "出席",
    "主持", "回答", "答", "等", "先生", "同志", "女士", "密斯", "一行", "对", "向", "就", "也", "还", "会见",
    "接受", "日前", "近日", "今天", "昨天", "分管", "的", "和", "与", "及", "率", "带队", "应邀", "参加",
    "到", "赴", "作", "做", "发表", "宣布", "致辞", "讲话", "调研", "签署", "代表", "以", "从", "于",
    "为", "上", "指", "总结", "补充", "回应", "解读", "部长", "副部长", "局长", "司长", "总工程师",
    "主任", "书记", "同", "是", "则", "所", "曾", "已", "将", "首先", "随后", "最后", "针对", "围绕",
    "陪同", "分别", "一同", "一起", "先后", "随同", "担任", "出任", "接替", "接任", "兼任", "升任", "调任",
    "汇报", "带领", "率领", "共同", "发来", "亲自", "听取", "视察", "考察", "检查", "会见", "接见", "指导", "宣读",
    "通报", "要求", "希望", "回顾", "分析", "前往", "来到", "深入",
    "参观", "看望", "走访", "慰问", "察看", "莅临", "率队", "出访", "关于",
    "给", "致信", "专程", "当选", "发言",  # 副总理黄菊给大会发来贺信, 金政伟发言
    "倍感", "深感",  # 办公室主任梁勇倍感振奋
    "任",  # 副总理曾培炎任副组长
    "职务",  # 免去市卫健委主任雷海潮职务
    "涉嫌",  # 副厅长王洪欣涉嫌严重违纪违法
    "负责", "牵头",  # 副省长黄兰香负责工业和信息化…方面工作 (a division of work)
    "昨日", "今日", "当天", "当日", "前日",  # 局长杨伟雄昨日回应 (Hong Kong papers write 昨日)
    "抵达", "到达", "访问", "会晤",  # 委员长吴邦国抵达无锡调研
    "来",  # 局长林海涛来辽宁调研
    "此前",  # 司长王效杰此前披露
    "多次", "再次", "一再",  # 省长杜家毫多次深入企业调研
    "发布", "传达", "部署", "主讲", "点评",  # 副厅长赵国栋发布方案主要内容, 组长叶民传达会议精神
    "通过",  # 水利部部长李国英通过网络视频方式接受采访
    "带来", "提交", "建议", "呼吁", "提议", "直言", "告诉", "回忆", "谈及", "详细", "现场",  # 副厅长赵丽萍带来了…提案
    "不久前", "前不久", "刚刚", "上周", "去年", "今年", "年初", "目前",  # 司长高延敏不久前在…座谈会上的意见
    "谈",  # 规划司司长罗文谈“中国制造2025”实施一周年 (a headline's "X on Y")
    "受", "列席",  # 副市长赵立新受市人民政府委托作报告, 市长多吉次珠列席会议
    "辞去",  # 王宪魁辞去黑龙江省省长职务
    "一一",  # 科技厅厅长吴群刚一一作答
    "致悼", "致词", "致贺", "致电", "致函", "致欢迎", "致开幕", "致闭幕", "致答",  # 全国政协副主席王首道致悼词
)
# Two-character followers whose first character may end a given name (主任张枢关于…的汇报: 张枢, then 关于)
_FOLLOWERS_TAKING_THE_LAST_CHAR = ("关于", "负责")
# Words a one-character given name would cut (谈|工作, 向|发展): after a surname that is also a verb or a preposition
_WORDS_AFTER_A_VERB_LIKE_SURNAME = frozenset({"工作", "工业", "发展", "建设", "经济", "生产", "企业", "产业", "技术", "信息",
                                               "创新", "改革", "转型", "思路", "形势", "问题"})
# A given name never ends with these (they are the verbs/particles after it).
NOT_NAME_END = set("说称在表等对向就也还和与的是将为了指介强认提谈答出主回会接今昨分率应参到赴作做发宣致讲调签代以从于上同则所曾已首随最针围"
                   "位名由陪共被")  # …主任何被任命为: 被 then a verb  # 有三位|副司长, 李四|陪同, 都是由|副司长一职: a count or a particle before a title
# Reporters, editors and the like are never officials (ANNOTATION.md).
NON_OFFICIAL_BEFORE = ("记者", "编辑", "责编", "摄影", "通讯员", "实习生", "主持人", "作者", "特约",
                       "董事局", "董事会", "公司", "集团",  # 腾讯公司董事局主席X: a company's officer holds no public post
                       "科学家", "教授")  # 首席科学家李克强: a scientist who shares a premier's name
NON_OFFICIAL_WORDS = ("记者", "编辑", "责编", "主持人", "通讯员", "网友", "观众", "嘉宾")
# Words that may stand between punctuation and a name (请辛国斌副部长, 由苗圩主持).
NAME_CUE_CHARS = ("请", "由", "和", "与", "及", "同", "对")
# …and words (听取王照平主任关于…的汇报, 尊敬的姜大明省长)
NAME_CUE_WORDS = ("听取", "尊敬的", "会见", "邀请", "陪同", "欢迎", "感谢",
                  "按照", "根据", "遵照", "传达", "转达")  # 按照朱小丹省长指示

PROGRAM_SUFFIXES = ("行动计划", "专项行动", "工程", "行动", "专项", "战略", "计划")
PROGRAM_TRIGGERS = (
    "实施", "实行", "开展", "推进", "启动", "推动", "落实", "制定", "制订", "推出", "部署", "施行", "组织",
    "深化", "用好", "抓好", "做好", "扩大", "继续", "发起", "印发", "出台", "发布", "执行", "贯彻",
    "依托",  # 依托智能制造装备发展专项，支持…: a programme a measure rests on
)
PROGRAM_BAD_STARTS = ("一批", "一个", "一项", "两个", "两大", "两项", "三大", "多个", "这个", "那个", "这", "那",
                      "很多", "许多", "不少", "大量", "一些", "若干", "诸多", "各类", "各项", "一系列", "系列",
                      "该", "此", "各", "等", "相关", "有关", "其", "重大", "重点", "上述", "本", "新一轮", "新一批")
GENERIC_PLAN_STEMS = ("重大", "重要", "国家", "发展", "总体", "长期", "中长期", "工作", "年度", "相关")
DOC_SUFFIXES = ("实施方案", "工作方案", "行动方案", "方案", "指导意见", "实施意见", "意见", "管理办法", "办法",
                "条例", "规定", "规划", "纲要", "指南", "促进法", "法", "决定", "通知", "细则", "目录", "标准")
EVENT_SUFFIXES = ("新闻发布会", "政策例行吹风会", "吹风会", "发布会", "新闻通气会", "通气会", "记者会", "工作会议", "常务会议", "全体会议", "会议",
                  "大会", "论坛", "博览会", "峰会", "座谈会", "年会", "交易会", "展览会", "推进会", "现场会", "研讨会",
                  "对接会", "对接活动", "推介会", "分析会", "见面会", "启动会", "专题会", "宣贯会", "调度会", "部署会", "协调会", "仪式",
                  "交流会", "咨询会", "论证会", "评审会", "洽谈会", "大赛", "竞赛", "报告会", "恳谈会", "招商会", "展销会", "观摩会",
                  "动员会", "筹备会", "说明会", "招待会", "培训班", "汇报会", "表彰会", "开放团组活动")
# 召开全国电视电话会议, 部分企业负责人座谈会: what kind of meeting, not its name
GENERIC_EVENT_STEMS = re.compile(r"^(?:全国|全省|全市|全区|全系统)?(?:电视电话|视频|专题|工作|动员|部署|调度|协调)$"
                                 r"|^部分|负责人$|^(?:重点|骨干)?(?:企业|专家|行业|行业性|部门)|^全国性"  # (第一次全国性行业工作会议)
                                 r"|^(?:领导小组|工作领导小组|专班|工作专班|联席会议)$"  # 召开领导小组会议: no group named
                                 # 欢迎出席省政府新闻办新闻发布会: an organiser's press conference, no topic named
                                 r"|^(?:省|市|区|县|自治区)?(?:人民)?政府新闻(?:办|办公室)(?:新闻)?$"
                                 r"|^[部局厅委]?(?:党组|党委|常委|部务|局务|厅务|部长办公|党组理论学习中心组)(?:扩大|学习)?$")
EVENT_TRIGGERS = ("举行", "召开", "举办", "办好", "出席", "参加", "主持", "在")
EVENT_BAD_STARTS = ("多个", "一次", "一系列", "这次", "此次", "本次", "该", "各", "有关", "相关", "这", "那", "此",
                    "历次", "上次", "下次", "会", "新闻", "发布",
                    "并",  # 出席并组织此次会议: a second verb
                    "向", "对",  # 向中、省、市媒体通报大会举办相关情况: a preposition's object, then the event named before
                    "活动开幕式", "活动启动", "大会", "开幕式", "论坛开幕式")
# (在活动开幕式暨签约仪式上, 出席大会开幕式及签约仪式: the event named before, no name of its own)
_SCOPE_ADJECTIVES = r"(?:重点|新兴|前沿|优势|传统|关键|重要|未来|核心|战略性(?:支柱|新兴)?|支柱|主导|特色|标志性)?"
SCOPE_TAIL_RE = re.compile(
    # 等十大标志性产业链 counts fields; 等五个方面 counts tasks
    # 等十大标志性产业链, 等制造业领域, 等非制造业领域: up to five characters say what kind of field
    rf"等(?:(?:[一二三四五六七八九十\d]{{1,3}}(?:大|个|类|项))?(?:{_SCOPE_ADJECTIVES}|[\u4e00-\u9fff]{{0,7}}?)"
    rf"(?:领域|产业链|产业集群|产业|行业)"
    rf"|{_SCOPE_ADJECTIVES}(?:方向|方面|产品|场景|技术)"
    r"|(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:个|类|项)(?:应用|典型)?场景)"  # 等20个应用场景
)
ENUM_LEAD_VERBS = ("聚焦", "围绕", "面向", "推动", "推进", "发展", "支持", "培育", "加快", "布局", "引导和支持",
                   "引导", "在", "对", "开展", "壮大", "巩固提升", "提升", "强化", "鼓励", "重点", "特别是在",
                   "以及", "如", "包括", "例如", "覆盖", "涵盖", "加强", "推广", "实现", "促进", "打造", "突破",
                   "做大", "做强", "做优", "做精", "选择", "聚集", "巩固",
                   "明确了", "确定了", "明确", "确定",  # 明确了新能源、…九个重点领域; (聚集: a spinner's 聚焦, devset13 n09)
                   "主攻", "抓好", "抓",  # 重点抓电子信息、生物工程和环保三个领域
                   "紧扣", "紧盯", "瞄准",  # 省工信厅紧扣互联网、低碳制造…等4个重点产业
                   "关停", "关闭", "淘汰", "整治", "压减", "退出", "疏解")  # 重点关停铸造、印染、家具等行业中的…企业
ENUM_LEAD_VERBS_LONGEST_FIRST = tuple(sorted(ENUM_LEAD_VERBS, key=len, reverse=True))
# the last lead verb of a list's first item that opens with a subject (深圳要巩固电脑: 巩固; 福建将以电子信息: 将以)
# (a modal before the verb says the words before are the subject: 深圳要, 福建将)
FIRST_ITEM_LEAD_RE = re.compile(
    "^以(?=..)|(?<=[要将应需并还也可会])(?:" + "|".join(v for v in ENUM_LEAD_VERBS_LONGEST_FIRST if len(v) >= 2) + "|以)(?!.*(?:"
    + "|".join(v for v in ENUM_LEAD_VERBS_LONGEST_FIRST if len(v) >= 2) + "))")
SCOPE_LEAD_WORDS = ("围绕", "聚焦", "面向", "覆盖", "涵盖", "包括", "涉及", "在")
# 比如电子、汽车等行业: words that introduce examples are not part of the first item.
EXAMPLE_MARKERS = ("比如说", "比如", "例如", "譬如", "诸如", "尤其是", "特别是", "主要是", "像是")
SECTOR_BAD = ("的", "等", "企业", "工作", "能力", "水平", "体系", "建设", "研发", "问题", "政策", "措施", "工程",
              "行动", "地区", "园区", "城市", "部门", "机构", "我们", "咱们", "产品产量", "重点", "一批")


@dataclass
class PersonCandidate:
    start: int
    end: int
    name: str
    rule: str


def _title_alternation(lex: Lexicon) -> str:
    return _alternation(lex.titles_longest_first or ("部长",))


@functools.lru_cache(maxsize=16)
def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in words)


def _followed_by_boundary(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    char = text[end]
    if not re.match(f"[{CJK}]", char):
        return True
    if text.startswith("任命", end):
        return False  # 主任何被任命为: 任 is a follower (曾培炎任副组长), 任命 no sign of a name's end
    return text.startswith(NAME_FOLLOWERS, end) or char.isdigit()


# 艾尔肯·吐尼亚孜, 司马义·艾买提: a name of Uyghur, Kazakh or Tibetan form, its parts joined by a middle dot
# (no surname: the dot and the place after a title say it is a name)
DOTTED_NAME_RE = re.compile(f"[{CJK}]{{2,6}}(?:[·•・‧][{CJK}]{{2,8}}){{1,2}}")
# verbs a dotted name is followed by, checked one character past a shorter end (…买买|提出 or …买买提|出席)
DOTTED_NAME_VERBS = ("出席", "主持", "参加", "表示", "指出", "强调", "讲话", "会见", "陪同", "调研", "介绍", "要求")


# 白玛赤林, 洛桑江村, 向巴平措: Tibetan names are written as two transliterated words, no surname and no dot. These
# are the words most frequent in officials' names (general knowledge of Tibetan naming; no package lists them).
TIBETAN_NAME_WORDS = frozenset(
    "白玛 赤林 洛桑 江村 向巴 平措 强巴 次仁 扎西 多吉 尼玛 达娃 格桑 索朗 拉巴 旦增 丹增 罗布 次旦 普布 边巴 巴桑 顿珠 德吉 央金"
    " 卓玛 加措 嘉措 坚参 曲珍 益西 土登 阿旺 群培 朗杰 泽仁 其美 晋美 旺堆 旺姆 琼达 米玛 贡嘎 多杰 桑珠 旺杰 仁青 仁增 措姆"
    " 拉姆 丹巴 赤列 达瓦 贡布 索南 群觉 单增 德庆 巴珠 次珠 多布杰 格列 降边 尼玛次仁 才旦 才让 卓嘎 顿旦 边巴扎西".split())


def _tibetan_name(text: str, start: int) -> str | None:
    """A four-character Tibetan name at ``start`` (白玛赤林代表…), one of its words known (县长更智才让，统战部长公保扎西
    陪同: the list cannot hold every word) and a boundary after it; the other word no verb or word a name is
    followed by (县长扎西主持。)."""
    name = text[start : start + 4]
    if len(name) != 4 or not re.fullmatch(f"[{CJK}]{{4}}", name):
        return None
    first, second = name[:2] in TIBETAN_NAME_WORDS, name[2:] in TIBETAN_NAME_WORDS
    if first and second and _followed_by_boundary(text, start + 4):
        return name
    if (first or second) and _followed_by_boundary(text, start + 4) and name not in NOT_NAMES \
            and not (first and name[2:].startswith(NAME_FOLLOWERS)) and not (second and name[:2] in NOT_NAMES):
        return name
    return None


# 阿拉坦仓, 其其格, 孟和巴雅尔: Mongolian names are transliterated words, no surname and no dot. These are the words
# most frequent in officials' names (general knowledge of Mongolian naming; no package lists them); a name is one
# or two of them, the second may be one character (阿拉坦|仓).
MONGOLIAN_NAME_WORDS = frozenset(
    "阿拉坦 巴雅尔 孟和 其其格 乌力吉 额尔敦 宝音 巴特尔 苏和 布和 朝鲁 那仁 娜仁 乌兰 图雅 萨仁 格日勒 满都拉 斯琴 敖其尔"
    " 青格勒 哈斯 巴图 特木尔 吉日嘎拉 白音 额尔德尼 呼和 乌日图 毕力格 图门 朝克图 德力格尔 高娃 其木格 布仁 巴音 道尔吉"
    " 敖登 赛音 吉雅 阿木尔 额日和 桑布 旺其格 达来 巴根那 那顺 乌云 其其格玛 特古斯 宝力道 额尔很 哈斯巴根 巴特 乌恩"
    " 阿拉腾 朝格图 巴达玛 图布新 乌日根 满达 格根 莫日根 达布希拉图 布赫".split())
_MONGOLIAN_LAST_CHARS = set("仓夫图尔扎")
_MONGOLIAN_STARTS = frozenset(w[:2] for w in MONGOLIAN_NAME_WORDS)


def _mongolian_name(text: str, start: int) -> str | None:
    """A Mongolian name at ``start`` (厅长阿拉坦仓主持, 副厅长其其格、): one or two known words (the second may be one
    character), the longest that a boundary follows."""
    for first in sorted((w for w in MONGOLIAN_NAME_WORDS if text.startswith(w, start)), key=len, reverse=True):
        end = start + len(first)
        seconds = [w for w in MONGOLIAN_NAME_WORDS if text.startswith(w, end)] + (
            [text[end]] if text[end : end + 1] in _MONGOLIAN_LAST_CHARS else [])
        for second in sorted(seconds, key=len, reverse=True):
            if _followed_by_boundary(text, end + len(second)):
                return text[start : end + len(second)]
        if _followed_by_boundary(text, end):
            return first
    return None


def choose_name(text: str, start: int, lex: Lexicon, known: set[str]) -> str | None:
    """The person name starting at ``start`` (surname + 1-2 chars, a dotted name or a Tibetan name), or None."""
    if (tibetan := _tibetan_name(text, start)) is not None:
        return tibetan
    if text[start : start + 2] in _MONGOLIAN_STARTS and (mongolian := _mongolian_name(text, start)) is not None:
        return mongolian
    dotted = DOTTED_NAME_RE.match(text, start)
    first = re.match(f"[{CJK}]+", dotted.group()).group() if dotted else ""
    if dotted and not first.endswith(("网", "报", "台", "频道", "社")) and not lex.surfaces.get(first) \
            and not first.startswith(lex.titles_longest_first) \
            and not any(title in first[1:] for title in lex.titles_longest_first if len(title) >= 2):
        # (新华网•人事频道; 、县长艾尼瓦尔·…: the title goes first; 人大常委|会主任艾力更·…: a title inside the first part
        # says the name starts after it)
        # the last part runs on into the verb (吐尼亚孜出席并讲话): the shortest name a boundary follows
        last_dot = max(dotted.group().rfind(dot) for dot in "·•・‧")
        # (a known name first: 司马义·艾买提出席, whose 提 a verb 提出 would take)
        ends = range(start + last_dot + 3, dotted.end() + 1)
        for end in reversed(ends):
            if text[start:end] in known:
                return text[start:end]
        for end in ends:
            # (艾尼瓦尔·买买提出席: 提出 is a verb, but 出席 after 提 is the one meant; 买买提 ends many names)
            if _followed_by_boundary(text, end) and not lex.surfaces.get(text[start:end]) \
                    and not (end + 1 in ends and text.startswith(DOTTED_NAME_VERBS, end + 1)):
                return text[start:end]
    for size in (4, 3, 2):
        # a known two-character name runs on into a longer one (王毅|韧主持): not that person
        if text[start : start + size] in known and (size > 2 or _followed_by_boundary(text, start + size)):
            return text[start : start + size]
    if text[start : start + 1] in "和与及同跟" and any(text[start + 1 : start + 1 + size] in known for size in (2, 3)):
        return None  # 温家宝总理和苗圩部长: a conjunction (和 is a surname too), then a known official
    for surname_len in (2, 1):
        surname = text[start : start + surname_len]
        if surname not in lex.surnames:
            continue
        for given_len in (2, 1):
            end = start + surname_len + given_len
            name = text[start:end]
            if len(name) != surname_len + given_len or not re.fullmatch(f"[{CJK}]+", name):
                continue
            if given_len == 2 and name[-1] in NOT_NAME_END and not _name_end_before_a_verb(text, name, end) \
                    and not (name[-1] in _NAME_END_OR_VERB and not (name[-1] + text[end : end + 2]).startswith(NAME_FOLLOWERS)):
                continue  # (王少强为市…副主任: 强 starts no verb here, so it ends the name)
            if given_len == 2 and text[end - 1 : end + 1] in _FOLLOWERS_TAKING_THE_LAST_CHAR:
                continue  # 副书记张枢关于…: 张枢, then 关于
            if given_len == 1 and text[end - 1 : end + 1] in _WORDS_AFTER_A_VERB_LIKE_SURNAME:
                continue  # 局长谈工作思路: 谈 is the verb, 工作 a word (no 谈工)
            if given_len == 2 and text[end - 1 : end + 1] == "来到" and text.count(name[:-1]) > text.count(name):
                continue  # 市长章程来到…, later 章程指出: 章程, then 来到 (张国来到…张国来表示 is 张国来)
            if given_len == 2 and text[end - 1 : end + 1] in ("一同", "一起", "一行", "一道", "一并"):
                continue  # 副市长白龙一同参加: 白龙, then 一同
            if any(word in name for word in NON_OFFICIAL_WORDS) or name in NOT_NAMES or any(c in name[1:] for c in "各们该") \
                    or name[1:] in ("人大", "政协") \
                    or (given_len == 1 and name[-1] in "县市区省"):  # 党委书记和县(市、区)长: a place's word
                continue  # (国务委员和各部部长: 和 is a conjunction there, 各 in no name)
            if name[surname_len:] in lex.titles:
                continue  # 温家宝总理任组长: 任 then a title, no name
            if _followed_by_boundary(text, end):
                return name
    return None


# The words after a name that are verbs (王爱和通报了…, 周功表率领…), not particles or conjunctions
_VERB_AFTER_NAME = tuple(w for w in NAME_FOLLOWERS if w not in ("的", "和", "与", "及", "等", "同", "上", "所", "以", "为"))


# Characters that start verbs after a name (表示, 强调) but also end given names (王爱和, 周功表); not particles
# (在, 将, 对): 王五将出席 is 王五.
_NAME_END_OR_VERB = set("和表强认提谈答发宣讲调签代同")  # (三级调研员吴志同主持: 同 before a verb ends a name)


# …and those of them no verb is alone, so a mark may follow them (副主任张晓强、; 答 and 讲 are verbs: 王五答：)
_NAME_END_BEFORE_A_MARK = set("和表强认提宣调签代会发")  # (副主席郑心穗、王振有、陈天会、刘善桥: 天会, 会 before a mark)
_MARKS_AFTER_NAME = tuple("、，,。；;：:）)")


def _name_end_before_a_verb(text: str, name: str, end: int) -> bool:
    """``厅长王爱和通报了``, ``县长周功表率领``: a given name ending in a verb's first character when a verb follows;
    ``副主任张晓强、``: or a mark."""
    if name[-1] in _NAME_END_BEFORE_A_MARK and text.startswith(_MARKS_AFTER_NAME, end):
        return True
    return name[-1] in _NAME_END_OR_VERB and text.startswith(_VERB_AFTER_NAME, end)


# Words that start with a surname and may follow a title (总书记关于…, 部长对于…): never a name.
NOT_NAMES = frozenset("成员 关于 对于 于是 高度 周边 全面 全国 全省 全市 任务 时间 许多 严格 方面 常务 同志 万人 连续 向好"
                      " 车间 党委 党委副 党组副 贺信 贺电 贺信并 代理"  # 车间主任, 党委副书记: a workplace or a party body before a title
                      " 易人 解说"  # …人大常委会主任易人: a headline's "changes hands"; 【解说】: a TV script's narration cue
                      " 任上 任内 任期 任职"  # 在自治区经济贸易委员会主任任上: "while in that post"
                      " 扎西德勒"  # the Tibetan greeting (扎西 is a name's word)
                      " 通道"  # 两会局长通道, 部长通道: the press walkway (通 is a surname)
                      " 招商"  # 招商局长孙学武: the investment bureau's head (招 is a surname)
                      " 宣传 组织 统战"  # 市委常委、宣传部长、副市长X: a party department's head (宣 is a surname)
                      " 向会议 向大会 向会上 向全会 向媒体 向记者 向社会 向全国 向全省 向全市 向企业 向群众"  # 副司长向会议传达: to whom
                      " 明确 谈到 提到 称赞 肯定 随后 同时 当时 此前 特别"  # 李克强总理明确提出: adverbs and verbs after a title
                      " 曾担 曾出 曾兼 曾先 曾长 曾多 曾在 曾于 曾经 曾历"  # 新雄主席曾担任江西省省长: 曾 (once) before a verb
                      " 法国前 美国前 英国前 德国前 日本前 韩国前 俄罗斯前 意大利前"  # 法国前总理拉法兰: a former head of government
                      " 相比 相较 相当 相关 相应 相继 相互"  # 和其他三个副部长相比: 相 is a surname, 相比 no name
                      # verbs after a bare surname and title (苟副部长强调): 强 and 要 are surnames too
                      " 强调 表示 指出 介绍 要求 认为 提出 希望 说明 透露 回答 宣布 主持 出席"
                      # countries before a head of government's title (越南总理阮晋勇)
                      " 越南 韩国 日本 美国 德国 法国 英国 泰国 老挝 缅甸 印度 朝鲜 蒙古 巴西 南非 埃及 印尼 沙特 伊朗"
                      " 意大利 俄罗斯 柬埔寨 新加坡 菲律宾 匈牙利 澳大利亚 加拿大 墨西哥 西班牙 葡萄牙 土耳其 以色列"
                      " 伊拉克 叙利亚 约旦 科威特 卡塔尔 阿曼 也门 黎巴嫩 阿富汗 尼泊尔 文莱 孟加拉 尼日利亚 肯尼亚 安哥拉 赞比亚"
                      " 坦桑尼亚 加纳 委内瑞拉 哥伦比亚 厄瓜多尔 玻利维亚 巴拉圭 乌拉圭 格鲁吉亚 亚美尼亚 阿塞拜疆 罗马尼亚 保加利亚"
                      " 克罗地亚 斯洛文尼亚 斯洛伐克 立陶宛 拉脱维亚 爱沙尼亚 爱尔兰 冰岛 卢森堡 白俄罗斯 哈萨克斯坦 乌兹别克斯坦"
                      " 马来西亚 印度尼西亚 巴基斯坦 阿根廷 智利 秘鲁 古巴 希腊 波兰 捷克 瑞士 荷兰 芬兰 瑞典 丹麦 挪威 乌克兰"
                      " 国务"  # 国务委员王勇: 国 is a surname, 国务 no name
                      .split())


def preceded_by_non_official(text: str, start: int) -> bool:
    before = text[max(0, start - 4) : start]
    if any(before.endswith(word) or word in before[-3:] for word in NON_OFFICIAL_BEFORE):
        return True
    # 集团公司质量安全部部长吴智翔、科技开展部副部长黄小峰: a firm's departments, for the whole list
    clause = text[_clause_start(text, start, limit=40, enum_breaks=False) : start]
    item = clause[clause.rfind("、") + 1 :]
    if COMPANY_IN_CLAUSE_RE.search(item):
        return True
    # an item of the list that names its own public body (…公司董事长X、广东省通信管理局局长Y) is that body's
    return COMPANY_IN_CLAUSE_RE.search(clause) is not None and not PUBLIC_BODY_START_RE.search(item)


PUBLIC_BODY_START_RE = re.compile(r"省|市|县|区|国家|中国|国务院|中共|中央|全国|部$|委$")

# 航天研究院院长X, 航空研究院党委书记Y: an institute (a state group's, a province's) ending right before a title
INSTITUTE_BEFORE_RE = re.compile(f"(?P<inst>[{CJK}]{{2,10}}?(?:研究院|研究所|设计院))(?:党委|党组)?$")


def unlisted_institute_before(text: str, pos: int, lex: Lexicon) -> bool:
    """A research institute named before a title that is neither in the dictionary nor a state one
    (国家…研究院) nor under a named body (工业和信息化部…研究院): a state group's (中国核动力研究设计院) or a
    province's institute, whose heads hold no public post and whose name is no government body (ANNOTATION.md: Officials hold government or party posts). The ministry's
    own institutes (中国信息通信研究院, 赛迪研究院) are in the dictionary."""
    match = INSTITUTE_BEFORE_RE.search(text[max(0, pos - 14) : pos])
    if match is None:
        return False
    inst = match.group("inst")
    if inst.startswith(("国家", "全国")) or any(_known_org(lex, inst[k:]) for k in range(len(inst) - 2)):
        return False
    return not any(_known_org(lex, inst[:k]) for k in range(2, len(inst) - 2))


# A company or a school whose people hold no public post (ANNOTATION.md: Officials hold government or party posts)
COMPANY_IN_CLAUSE_RE = re.compile(r"集团|公司|大学|(?<!科)学院|实验室")  # 中国科学院 is a national institution


ORG_ENDINGS = tuple("部委局司厅办院会组处室署行社台报网所校站府")
PERSONAL_TITLES = ("部长", "副部长", "司长", "副司长", "局长", "副局长", "总工程师", "总经济师", "主任", "副主任",
                   "书记", "新闻发言人", "秘书长", "院长", "署长", "行长", "委员", "总理", "副总理",
                   "厅长", "副厅长", "省长", "副省长", "市长", "副市长",
                   "巡视员", "副巡视员",  # 原材料工业司骆铁军巡视员 (一级/二级巡视员 end with it)
                   "处长", "副处长")  # 电子基础处李婷处长


def _organization_ends_at(text: str, pos: int, lex: Lexicon) -> bool:
    """A body's name ends at ``pos``: 信息化和软件服务业司|安筱鹏副司长, 工信部|苗圩部长."""
    if text[pos - 1 : pos] not in ORG_ENDINGS:
        return False
    if any(_known_org(lex, text[start:pos]) for start in range(max(0, pos - 24), pos - 1)):
        return True
    before = text[max(0, pos - 14) : pos]
    # 省工信厅|冯文胜副厅长, 市委|马文田书记, 市政府|郑剑戈市长: a department, or a local party committee or government;
    # …and a local commission written short (辽宁省经信委|谭成旭副主任), or a division (电子基础处|李婷处长)
    return re.search(f"[{CJK}]{{2,12}}(?:司|局|厅|处)$|(?:省|市|县|区|州|盟)(?:委|政府)$"
                     "|(?:经信|工信|发改|发展改革|经贸|经济信息|科技|国资|卫健|商务|交通)委$", before) is not None


RANK_NOTE_RE = re.compile(r"[(（](?:正|副)?(?:部|省|司|局|厅|处|县)?(?:长|级)级?[)）]")


def _association_titles_only(titles: str, lex: Lexicon) -> bool:
    found = re.findall(_title_alternation(lex), RANK_NOTE_RE.sub("", titles))
    return bool(found) and all(lex.titles.get(t) == "association" for t in found)


def _public_title_before(text: str, pos: int, lex: Lexicon) -> bool:
    """A public post right before an association's office in one chain (全国人大常委会副委员长、中国工业经济联合会会长X);
    a person named in between (部长苗圩、中国贸促会副会长Y) ends the chain."""
    joint = text.rfind("、", max(0, pos - 30), pos)
    if joint < 0 or re.search("[，,。；;\n]", text[joint:pos]):
        return False
    title = re.search(f"(?:{_title_alternation(lex)})$", text[max(0, joint - 8) : joint])
    return title is not None and lex.titles.get(title.group()) != "association"


RELATIVE_NAME_FOLLOWERS = ("已", "于", "将", "在", "，", ",", "是", "曾", "现", "也", "则", "被", "调任", "出任", "当选",
                           "就", "便", "又", "还", "首先", "亲自", "多次", "一直")  # 当时担任国务院副总理、经委主任的薄一波就…


# 担任…的刘宁, 转任工信部部长的肖亚庆, 原任安徽省委副书记的信长星: the verbs of a relative clause of posts
RELATIVE_POST_VERBS = "(?:担任|出任|兼任|转任|调任|升任|改任|原任|曾任)(?:过)?"


@functools.lru_cache(maxsize=4)
def _relative_post_pattern(titles: str) -> re.Pattern:
    return re.compile(f"{RELATIVE_POST_VERBS}[^，,。；;\n的]{{2,40}}?(?:{titles})的(?=[{CJK}])")


def _cities_starting_with_chang(lex: Lexicon) -> tuple[str, ...]:
    """The listed cities whose names start with 长 (长沙, 长春, 长治), by their short names."""
    return tuple(name for name in lex.city_names if name.startswith("长") and len(name) >= 2 and not name.endswith("市"))


def find_titled_people(text: str, lex: Lexicon, known: set[str]) -> list[PersonCandidate]:
    """People named next to a title: ``部长金壮龙``, ``局长陶青说``, ``请辛国斌副部长回答``."""
    titles = _title_alternation(lex)
    # 总工程师(副部长级)谢少锋: a rank note between the title and the name
    # (a space may stand between the title and the name, and a line's end only before a list line's name, which a
    # space follows: …副局长⏎贾中平 省公安厅…, not …副厅长⏎利用5年时间)
    pattern = re.compile(f"(?:{titles})(?:[、和及]?(?:{titles}))*(?:{RANK_NOTE_RE.pattern})?"
                         f"(?:[ \\t\u3000]|\\n(?=[{CJK}]{{2,3}}[ \\t\u3000(（]))?(?=[{CJK}])")
    out = []
    for match in pattern.finditer(text):
        start = match.end()
        if match.group().endswith("省长") and text[start : start + 1] in "沙春治" \
                and any(text.startswith(city, start - 1) for city in _cities_starting_with_chang(lex)):
            continue  # 湖南省长沙县人: 长 starts a city's name (长沙, 长春, 长治), no 省长 is written (副司长沙南生 is one)
        if match.group().rstrip().endswith("委员") and not match.group().rstrip().endswith(("常委", "政治局委员", "主任委员", "国务委员")) \
                and not re.search("(?:政治局|军委|常委会|常务委员会)$", text[max(0, match.start() - 6) : match.start()]):
            continue  # 省政协委员韦海波: a member of a council holds no post; 政治局委员, 中央军委委员 do
        name = choose_name(text, start, lex, known)
        if name and text[start + len(name) : start + len(name) + 1] in ("”", "’"):
            continue  # “部长通道”: a quoted phrase, not a titled person
        if name and _association_titles_only(match.group(), lex) and not _public_title_before(text, match.start(), lex):
            continue  # 中国电子信息行业联合会会长X: an association's office alone is no public post
        if name and not preceded_by_non_official(text, match.start()) \
                and not unlisted_institute_before(text, match.start(), lex):
            out.append(PersonCandidate(start, start + len(name), name, "title-name"))
            # 副局长焦宪亮、肖储宁分别介绍: names listed after a titled name share its title
            pos = start + len(name)
            while text[pos : pos + 1] == "、" and (listed := choose_name(text, pos + 1, lex, known)) is not None:
                end = pos + 1 + len(listed)
                if not text.startswith(("、", "分别", "等", "和", "同志", "，", ",", "。", "出席", "参加", "陪同", "到会", "到场",
                                        "一同", "一起", "共同", "也", "还", "在"), end) \
                        and end < len(text):
                    break  # 、王局长 or a word that goes on: not a list of bare names
                out.append(PersonCandidate(pos + 1, end, listed, "title-name-list"))
                pos = end
    out.extend(_appointed_people(text, lex, known))
    out.extend(_names_listed_with_a_known_one(text, lex, known))
    # 此前担任青海省委副书记、省长的刘宁已于…: the person a relative clause of posts describes
    relative = _relative_post_pattern(titles)
    for match in relative.finditer(text) if "的" in text else ():
        name = choose_name(text, match.end(), lex, known)
        if name and text.startswith(RELATIVE_NAME_FOLLOWERS, match.end() + len(name)):
            out.append(PersonCandidate(match.end(), match.end() + len(name), name, "title-name"))
    # 孙振宇(时任外经贸部美洲大洋洲司司长,1994年11月任外经贸部副部长): a name, then a bracketed note of its posts
    for match in CAREER_NOTE_RE.finditer(text) if "(" in text or "（" in text else ():
        person = _person_before_note(text, match.start(), lex, known)
        title = re.search(f"(?:{titles})" + ("" if match.group(1) else "$"), match.group(2))
        if person and title and lex.titles.get(title.group()) != "association":
            out.append(person)
    # 刘积斌，男，1938年生 / 朱丽兰(女) 1935年生: the person a biography opens with
    for match in BIO_HEAD_NAME_RE.finditer(text) if "年" in text else ():
        name = match.group(1)
        if _name_by_layout(name, lex, known):
            out.append(PersonCandidate(match.start(1), match.end(1), name, "bio-head"))
    # 部长是苗圩，四名副部长分别是许达哲、怀进鹏、刘利华和辛国斌: a title, then who holds it
    for _, _, pos in titles_before_is(text, lex):
        while (name := choose_name(text, pos, lex, known)) is not None:
            out.append(PersonCandidate(pos, pos + len(name), name, "title-is"))
            end = pos + len(name)
            if text[end : end + 1] not in ("、", "和", "及"):
                break
            pos = end + 1
    # 省领导陈炜、李文清, 市领导王启荣、祖钧公: leaders of a province or a city listed without their titles
    for match in LEADERS_RE.finditer(text) if "领导" in text else ():
        before = text[match.start() - 1 : match.start()]
        if before and re.match(f"[{CJK}]", before) and before not in "，,、和及与" \
                and not text.endswith(("在家", "其他", "有关"), 0, match.start()) \
                and not _place_named_before(text, match.start(), match.group(), lex):
            continue  # 全市领导, 班子领导: part of a longer word (在家厅领导A、B: those at the office)
        pos = match.end()
        while (name := choose_name(text, pos, lex, known)) is not None:
            end = pos + len(name)
            if not text.startswith(("、", "，", ",", "和", "及", "等", "同志", "出席", "参加", "陪同", "。", "一同", "一起",
                                    "共同", "分别", "会见", "看望", "调研", "考察"), end):
                break
            out.append(PersonCandidate(pos, end, name, "leaders-list"))
            if text[end : end + 1] not in ("、", "和", "及"):
                break
            pos = end + 1
    # 成员：陈肇雄 工业和信息化部副部长 / 王一鸣 国家发展改革委副主任: a list line, the name first, a space, then
    # the body and title (a leading group's members, a delegation)
    for match in LIST_LINE_NAME_RE.finditer(text) if " " in text or "\t" in text or "(" in text or "（" in text else ():
        name, pos = match.group(1), match.end()
        line_end = text.find("\n", pos)
        rest = text[pos : line_end if line_end >= 0 else len(text)].rstrip().removesuffix(")").removesuffix("）")
        # the rest of the line is a body and a title (卫生计生委副主任: a body no dictionary lists may do); the line
        # says where the name ends, so it may end like a verb (高强(财政部副部长))
        if _name_by_layout(name, lex, known) and _ends_with_title(rest, lex):
            out.append(PersonCandidate(match.start(1), match.end(1), name, "list-line"))
    # 成员:杜占元教育部副部长 / 许宪春统计局副局长: a list line with the name glued to a body we know, then its
    # titles (a leading group's notice printed without spaces); the body says where the name ends
    for match in GLUED_LIST_LINE_RE.finditer(text) if "\n" in text else ():
        line = match.group(1)
        if not _ends_with_title(line, lex):
            continue
        ends = [size for size in (2, 3) if _known_org_starts(line[size:], lex) and _name_by_layout(line[:size], lex, known)]
        if len(ends) == 1:
            out.append(PersonCandidate(match.start(1), match.start(1) + ends[0], line[: ends[0]], "list-line"))
    # 接受赵世勇辞去副省长职务的请求: the person a resignation accepted names
    for match in RESIGNATION_RE.finditer(text) if "辞去" in text else ():
        name = match.group(1)
        if _name_by_layout(name, lex, known):  # (辞去 says where the name ends)
            out.append(PersonCandidate(match.start(1), match.end(1), name, "resignation"))
    # Name before the title: the name must start after punctuation or a word like 请/由.
    after_re = re.compile("|".join(re.escape(t) for t in sorted(PERSONAL_TITLES, key=len, reverse=True)))
    for match in after_re.finditer(text):
        end = match.start()
        if match.group().endswith("委员") and text.startswith("会", match.end()):
            continue  # 经济委员会: 委员 is part of a committee's name, no title
        for size in (3, 2):
            begin = end - size
            if begin < 0:
                continue
            name = text[begin:end]
            before = text[begin - 1] if begin > 0 else "\n"
            if not re.fullmatch(f"[{CJK}]+", name) or name[:1] not in lex.surnames:
                continue
            if name[1:2] == "请" or name.startswith("谢谢"):
                continue  # 有请苗部长, 谢谢苗部长: the host's 有请/谢谢 (有, 谢 are surnames too), then a bare surname
            if name.endswith("正") and match.group().startswith("副"):
                continue  # 同党外正副部长合作: the heads and their deputies (正副), no name
            if match.group() == "委员" and name not in known:
                continue  # 严余松委员建议: a member of a political consultative conference holds no post
            if size == 3 and name[0] in "和与及同跟" and name[1:] in known:
                continue  # 温家宝总理和苗圩部长: a conjunction (和 is a surname too), then a known official
            if name.endswith(ORG_ENDINGS + PLACE_ENDS) or lex.surfaces.get(name) \
                    or name[-1] in NOT_NAME_END and not _ends_like_a_given_name(name) \
                    or name in NOT_NAMES or name.endswith("副") or name.startswith(("有关", "相关")) \
                    or name in lex.cities or lex.surfaces.get(name + "省人民政府"):
                continue  # 广东省|副省长, 吉林|省长, 深圳|市长: a place before a title; 省政府有关副秘书长: no name
            if before in "，,。；;、：:\n “(（】]" or text[max(0, begin - 1):begin] in NAME_CUE_CHARS \
                    or text[max(0, begin - 3):begin].endswith(NAME_CUE_WORDS) \
                    or DATE_BEFORE_NAME_RE.search(text, max(0, begin - 8), begin) \
                    or _organization_ends_at(text, begin, lex):
                if not preceded_by_non_official(text, begin):
                    out.append(PersonCandidate(begin, end, name, "name-title"))
                break
    return out


# (…3月25日,王宪魁辞去黑龙江省省长职务: a resignation reported, the name opening its clause)
RESIGNATION_RE = re.compile(r"(?:接受|同意|批准|^|(?<=[，,。；;：:\s日]))([\u4e00-\u9fff]{2,3}?)(?:同志)?辞去", re.M)


def _ends_like_a_given_name(name: str) -> bool:
    """贺国强|书记, 王志强|主任, 周强|书记: 强 ends many given names, though it starts 强调; not a verb's (加强, 增强,
    做强, 富强)."""
    return len(name) in (2, 3) and name[-1] == "强" and name[-2] not in "加增做坚更图自最变较很富"


def _name_by_layout(name: str, lex: Lexicon, known: set[str]) -> bool:
    """A name the page's layout delimits (a list line, a bio's head): a known official, or a surname and one or two
    characters that are no word of ours (it may end like a verb: 高强(财政部副部长))."""
    return name in known or (name[0] in lex.surnames and name not in NOT_NAMES and not lex.surfaces.get(name)
                             and not any(word in name for word in NON_OFFICIAL_WORDS))


def glued_after_decree_verb(text: str, pos: int) -> bool:
    """免去平欣光市经济委员会主任职务: a decree's verb is followed by a person, so three characters and 市/县/省 there
    are a name glued to an elided place, not a place (任命北京市政协副主席X: a two-character place is one)."""
    return text[max(0, pos - 2) : pos] in ("免去", "任命", "免职", "提名") and re.match(f"[{CJK}]{{3}}[市县省]", text[pos:]) is not None


def _ends_with_title(words: str, lex: Lexicon) -> bool:
    """``卫生计生委副主任``, ``省政府副秘书长、办公厅主任（兼）``, ``市长``: a body's name (or none: the list's place's)
    and its titles, nothing else."""
    titles = _title_alternation(lex)
    return len(words) <= 40 and re.fullmatch(
        f"[{CJK}]{{0,20}}?(?:{titles})(?:、[{CJK}]{{0,12}}?(?:{titles}))*(?:[（(][{CJK}]{{1,6}}[）)])?", words) is not None


BIO_HEAD_NAME_RE = re.compile(f"(?m)^[ \t]*([{CJK}]{{2,3}})[ \t]*(?:[，,][ \t]*[男女][，,]|[男女][，,]|[（(][男女][）)][，,]?)[ \t]*"
                              rf"(?:[{CJK}]{{1,3}}族[，,])?[ \t]*\d{{4}}年")
# a line of a list: an optional role (组长：, 成员：), a name, spaces, then the rest of the line
# (组长:吴邦国(国务院副总理): the body and title may follow in brackets, closing the line)
LIST_LINE_NAME_RE = re.compile(f"(?m)^[ \t]*(?:【[^】\n]{{1,6}}】)?(?:[{CJK}](?:[ \t]?[{CJK}]){{1,5}}[：:][ \t]*)?([{CJK}]{{2,3}})"
                               f"(?:[ \t]+(?=[{CJK}])|[（(](?=[^（()）\n]{{2,40}}[）)][ \t]*$))")
# a list line with no space after the name: an optional role (成员：), then the name, a body and titles
GLUED_LIST_LINE_RE = re.compile(f"(?m)^[ \t]*(?:[{CJK}](?:[ \t]?[{CJK}]){{1,5}}[：:][ \t]*)?([{CJK}][{CJK}、（）()]{{5,40}})[ \t]*$")


def _known_org_starts(words: str, lex: Lexicon) -> bool:
    """True when ``words`` open with the name of a body the dictionary knows (教育部副部长, 国资委副主任)."""
    return any(_known_org(lex, words[:size]) for size in range(min(len(words), 14), 1, -1))


# (是 first, a literal re scans for fast; the title is then read before it)
IS_BEFORE_NAMES_RE = re.compile(f"是(?=[{CJK}]{{2,3}}[，,、和及。；;])")
_COUNT_OF_HOLDERS_RE = re.compile(r"[一二三四五六七八九十两\d][名位]$")


def titles_before_is(text: str, lex: Lexicon) -> Iterator[tuple[int, str, int]]:
    """``部长是苗圩``, ``四名副部长分别是A、B``: (where the title starts, the title, where the names start) for a
    title that starts a clause, alone or after a count of its holders."""
    for match in IS_BEFORE_NAMES_RE.finditer(text) if "是" in text else ():
        end = match.start() - 2 if text.endswith(("分别", "依次"), 0, match.start()) else match.start()
        end -= 1 if end != match.start() and text[end - 1 : end] in ("，", ",") else 0  # 7位副部长,分别是…
        title = next((text[end - k : end] for k in range(min(7, end), 1, -1) if text[end - k : end] in lex.titles),
                     None)  # the longest title
        if title is None:
            continue
        start = end - len(title)
        count = _COUNT_OF_HOLDERS_RE.search(text, max(0, start - 3), start)
        lead = count.start() if count else start
        if lead > 0 and re.match(f"[{CJK}]", text[lead - 1]) and not _body_or_verb_ends_at(text, lead, lex):
            continue  # 中部长是…, 这是…: the title is part of a longer phrase
        yield start, title, match.end()


def _body_or_verb_ends_at(text: str, pos: int, lex: Lexicon) -> bool:
    """工业和信息化部|部长是…, 工信部的|四名副部长, 任命了|7位副部长: a body's name, 的 or 任命了 before a title."""
    if text[pos - 1] == "的" or text.endswith("任命了", 0, pos):
        return True
    return any(_known_org(lex, text[pos - k : pos]) for k in range(2, min(pos, 14) + 1))


# (no look-behind before the alternation: re would try it at every position; the start is checked after)
LEADERS_RE = re.compile("(?:自治区|省|市|区|县|州|盟|部|委|厅|局)领导(?:同志)?(?!班子|干部|小组)")
DATE_BEFORE_NAME_RE = re.compile(r"\d{1,2}日(?:上午|下午|晚上?)?$")  # 7月4日马凯副总理主持召开…
APPOINTING_RE = re.compile("任命|免去|提名|聘任|委任|(?<!被)(?:选举|决定)(?=[\u4e00-\u9fff]{2,4}(?:同志)?[为、])")  # 会议选举于伟国为省长
# 在纺织工业部丝绸局任副局长 (an adverb may stand before 在, 工作 after the body): the body, then the verb
_POST_HELD_IN_RE = re.compile(f"(?:曾经?|先后|一直|长期)?在([{CJK}]{{2,24}}?)(?:工作[，,]?)?(?:任|担任)(?!务|何|命)")
# 任命政府各部委负责人员。: a decree's heading sentence, its items in the next one
DECREE_HEADING_RE = re.compile(r"任命了?[^，,。；;为\n]{0,16}?(?:负责人员|负责人|负责同志|干部|人员|领导人员|领导干部)[。：:][ \t\n]*")
# 免去房明玉广州市食品药品监督管理局局长职务: a post that ends in 职务 within its clause, right after the name
REMOVED_POST_RE = re.compile(r"[^，,。；;、\n]{2,40}?职务")
# 免去左力(女)的…, 任命蒋光鼐(曾任国民革命军第十九路军总指挥)为…: a note between a decree's name and its post
NAME_NOTE_RE = re.compile(r"[(（](?:[女男]|[^()（）\n]{2,60})[)）]")


def _name_before_removed_post(text: str, pos: int, verb: re.Match, lex: Lexicon, known: set[str]) -> str | None:
    """``免去房明玉广州市…局长职务``, ``免去伍根培市人大常委会…副主任职务``: after 免去, a name the post's body or
    place follows (no name's boundary: a place's or body's first character runs on from it)."""
    if verb.group() != "免去":
        return None
    for size in (3, 2):
        end = pos + size
        if _plausible_name(text[pos:end], lex, known) and REMOVED_POST_RE.match(text, end) \
                and (text[end : end + 1] in ("省", "市", "县", "区") or _body_starts_at(text, end, lex)
                     or any(text.startswith(place, end) for place in (text[end : end + k] for k in (2, 3))
                            if place in lex.cities)):
            return text[pos:end]
    return None


def _place_named_before(text: str, pos: int, leaders: str, lex: Lexicon) -> bool:
    """``内蒙古自治区领导包钢、黄志强``, ``成都市领导X``: the leaders' place is named whole before them (a province or
    region whose government the dictionary lists, or a listed city), not part of a word (全市领导)."""
    kind = next((k for k in ("自治区", "省", "市") if leaders.startswith(k)), None)
    if kind is None:
        return False
    for size in range(2, 6):
        place = text[max(0, pos - size) : pos] + kind
        if lex.type_of(place + "人民政府") == "Organization" or (kind == "市" and place in lex.cities):
            return True
    return False


def _appointed_people(text: str, lex: Lexicon, known: set[str]) -> list[PersonCandidate]:
    """The people a decree names: ``任命张政为…副部长``, ``任命苏波、刘利华为…``, ``免去王江平的…职务``."""
    out = []
    for match in APPOINTING_RE.finditer(text):
        if text.startswith(("：", ":"), match.end()) and match.group() in ("任命", "免去"):
            # 决定任命：⏎符永强为海南省经济贸易厅厅长；⏎陈家良为…: a decree's items one per line after its heading
            out += _listed_decree_items(text, match.end() + 1, "为" if match.group() == "任命" else "的", lex, known)
            continue
        names, pos = _names_listed(  # (免去左力(女)的…职务: a note after a name)
            text, match.end(), lambda at: choose_name(text, at, lex, known) or _name_before_removed_post(text, at, match, lex, known))
        if names and (text.startswith(("为", "的", "同志为", "同志的"), pos)
                      or match.group() == "免去" and REMOVED_POST_RE.match(text, pos)):
            out += names
            if match.group() == "任命" and text.startswith(("为", "同志为"), pos):
                out.extend(_further_appointees(text, pos, lex, known))
    for heading in DECREE_HEADING_RE.finditer(text) if "任命" in text else ():
        # 任命政府各部委负责人员。曾山(…)为纺织工业部部长，钱之光、陈维稷为副部长: the items in the next sentence
        names, pos = _names_listed(text, heading.end(), lambda at: choose_name(text, at, lex, known))
        if names and text.startswith("为", pos) and _body_starts_at(text, pos + 1, lex):
            out += names + _further_appointees(text, pos, lex, known)
    # 李世娟在纺织工业部丝绸局任副局长: a name, then the body a post is held in, the verb and the title
    for match in _POST_HELD_IN_RE.finditer(text) if "在" in text else ():
        verb_end = match.end()
        if _body_starts_at(text, match.start(1), lex) and text.startswith(lex.titles_longest_first, verb_end):
            start = match.start()
            name = _name_before(text, start, lex, known)
            if name is not None:
                out.append(PersonCandidate(start - len(name), start, name, "appointed"))
    # 胡和平任文化和旅游部党组书记: a clause opened by a name, a verb of appointment and a body;
    # 清华大学校长陈吉宁已任环保部部长: the name may follow its former title, and an adverb the verb
    for match in TAKES_POST_RE.finditer(text):
        if not _body_starts_at(text, match.end(), lex):
            continue
        adverb = TAKES_POST_ADVERB_RE.search(text, max(0, match.start() - 4), match.start())
        name_end = adverb.start() if adverb else match.start()
        # 孙勤、金壮龙、郭炎炎同志任…党组成员: the names of a list share the post
        while (name := _name_before(text, name_end, lex, known)) is not None:
            out.append(PersonCandidate(name_end - len(name), name_end, name, "appointed"))
            if text[name_end - len(name) - 1 : name_end - len(name)] != "、":
                break
            name_end -= len(name) + 1
    return out


# 李毅中、王旭东、朱高峰参加了大会: names listed bare before a verb of presence
# (李先念、陈云、王震、康克清等同志…送了花圈: 等同志 after the list says they are people)
_BARE_NAME_LIST_RE = re.compile(f"(?<![{CJK}])((?:[{CJK}]{{2,3}}、)+[{CJK}]{{2,3}})"
                                f"(?=(?:等|同志|等同志)?(?:出席|参加|陪同|到会|会见|一同|一起|共同|分别|送|敬献)|等(?:领导)?同志)")


def _names_listed_with_a_known_one(text: str, lex: Lexicon, known: set[str]) -> list[PersonCandidate]:
    """``李毅中、王旭东、朱高峰参加了大会``: a list of bare names before a verb of presence, one of them a known
    official: the others are people too (when each is a plausible name)."""
    out = []
    for match in _BARE_NAME_LIST_RE.finditer(text) if "、" in text else ():
        names = match.group(1).split("、")
        if not any(name in known for name in names) or not all(_plausible_name(name, lex, known) for name in names):
            continue
        pos = match.start(1)
        for name in names:
            if name not in known:
                out.append(PersonCandidate(pos, pos + len(name), name, "known-list"))
            pos += len(name) + 1
    return out


def _name_before(text: str, end: int, lex: Lexicon, known: set[str]) -> str | None:
    """The name that ends at ``end`` and starts a clause or an item of a list, or follows a head's title
    (北京大学原校长王恩哥)."""
    for size in (3, 2):
        start = end - size
        if start < 0 or (start > 0 and text[start - 1] not in "，,。；;：:\n “(（、"
                         and not text[max(0, start - 4) : start].endswith(FORMER_HEADS)):
            continue
        if _plausible_name(text[start:end], lex, known):
            return text[start:end]
    return None


# 任命A为X主任，B为Y主任；⏎C为Z局长。: the items of one decree after the first, up to its full stop
DECREE_ITEM_SEPARATOR_RE = re.compile(r"[，,；;\n][ \t\n]*")
DECREE_MAX_LENGTH = 600


def decree_end(text: str, pos: int) -> int:
    """Where a decree that names its first appointee before ``pos`` ends: its full stop or a blank line."""
    stops = [i for i in (text.find("。", pos), text.find("\n\n", pos)) if i >= 0]
    return min([*stops, pos + DECREE_MAX_LENGTH, len(text)])


def decree_item_starts(text: str, pos: int) -> Iterator[int]:
    """Where the later items of a decree may start (after a comma, a semicolon or a line break)."""
    for sep in DECREE_ITEM_SEPARATOR_RE.finditer(text, pos, decree_end(text, pos)):
        if not text.startswith(("任命", "免去"), sep.end()):  # a verb of its own: its own decree
            yield sep.end()


def _further_appointees(text: str, pos: int, lex: Lexicon, known: set[str]) -> list[PersonCandidate]:
    """``任命王坚为…主任，沙海林为商务委员会主任，马伊里为民政局局长``: the people of the later items."""
    out = []
    for start in decree_item_starts(text, pos):
        # 钱之光、陈维稷、张琴秋为副部长: an item may list its people
        names, end = _names_listed(text, start, lambda at: choose_name(text, at, lex, known), notes=False)
        if names and text.startswith(("为", "同志为"), end):
            out += names
    return out


def _names_listed(text: str, pos: int, name_at: Callable[[int], str | None], notes: bool = True
                  ) -> tuple[list[PersonCandidate], int]:
    """The people a decree lists from ``pos`` (``钱之光、陈维稷和张琴秋``; ``name_at`` reads the name at a position),
    each with the bracketed note after it stepped over when ``notes`` (``左力(女)``); and where the list ends."""
    names = []
    while (name := name_at(pos)) is not None:
        names.append(PersonCandidate(pos, pos + len(name), name, "appointed"))
        pos += len(name)
        note = NAME_NOTE_RE.match(text, pos) if notes else None
        pos = note.end() if note else pos
        if text[pos : pos + 1] not in ("、", "和"):
            break
        pos += 1
    return names, pos


_LINE_RE = re.compile(r"[^\n]+")


def decree_line_starts(text: str, pos: int) -> Iterator[int]:
    """Where the lines after a decree's heading (决定任命：) start, their indent stepped over; blank lines skipped."""
    for line in _LINE_RE.finditer(text, pos):
        start = line.start() + len(line.group()) - len(line.group().lstrip(" \t\u3000"))
        if start < line.end():
            yield start


def _listed_decree_items(text: str, pos: int, joint: str, lex: Lexicon, known: set[str]) -> list[PersonCandidate]:
    """The people of a decree's items written one per line after its heading (决定任命：), up to the first line
    that is no item: a name, then ``joint`` (为, or 的 of 免去X的…职务), then the post."""
    out = []
    for start in decree_line_starts(text, pos):
        name = choose_name(text, start, lex, known)
        note = NAME_NOTE_RE.match(text, start + len(name)) if name else None
        after = note.end() if note else start + len(name or "")
        if name is None or not text.startswith((joint, "同志" + joint), after):
            break
        out.append(PersonCandidate(start, start + len(name), name, "appointed"))
    return out


# 杨洁篪(时任外交部美大司参赞兼处长、副司长,2005年2月任外交部副部长,现任外交部部长): a note of posts after a name
# (高强(财政部副部长): without a word of time, the note is a post only when it ends with a title)
CAREER_NOTE_RE = re.compile(r"[(（]((?:当时|时|现|曾|原|后|历|先后)(?:任|为|担任|系|是)?)?([^()（）\n]{2,160})[)）]")
# what may stand before a name that a note follows: a stop, or a word that takes a person (与孙振宇(时任…))
_BEFORE_NOTED_NAME = "，,。；;：:、“(（ \n与和及同跟对向给由把被让请找是有"


def _person_before_note(text: str, end: int, lex: Lexicon, known: set[str]) -> PersonCandidate | None:
    """The person named right before ``end``, where a bracketed note of posts begins: a known official, or a surname
    and one or two characters after a stop or a word that takes a person (陶铸同志(原国务院副总理))."""
    end -= 2 if text.endswith("同志", 0, end) else 0
    for size in (4, 3, 2):
        if end - size >= 0 and text[end - size : end] in known:
            return PersonCandidate(end - size, end, text[end - size : end], "career-note")
    for size in (3, 2):
        start = end - size
        # (the note delimits the name, so it may end like a verb: 高强(财政部副部长))
        name = text[start:end]
        if start >= 0 and (start == 0 or text[start - 1] in _BEFORE_NOTED_NAME) and re.fullmatch(f"[{CJK}]+", name) \
                and _name_by_layout(name, lex, known) and not any(pronoun in name for pronoun in "我你您他她们"):
            return PersonCandidate(start, end, name, "career-note")
    return None


def _plausible_name(name: str, lex: Lexicon, known: set[str]) -> bool:
    """A known official, or a surname and one or two characters that end no word a name never ends with."""
    if name in known:
        return True
    if not re.fullmatch(f"[{CJK}]{{2,3}}", name) or name[0] not in lex.surnames or name in NOT_NAMES:
        return False
    if any(pronoun in name for pronoun in "我你您他她们"):
        return False  # 后来我任…: a pronoun, no name
    return name[-1] not in NOT_NAME_END and not any(word in name for word in NON_OFFICIAL_WORDS) \
        and not lex.surfaces.get(name)


_TAKES_POST_VERB = "(?:被任命为|出任|担任|调任|升任|接任|兼任|改任|转任|当选为|当选|履新|跻身|获任|任)(?=[\u4e00-\u9fff])"
# what may stand between the name and the verb: 孙勤…同志任, 陈吉宁已任, 王奇曾任, 徐守盛同志不再担任
_TAKES_POST_ADVERB = "(?:同志)?(?:已经|已|将|即将|正式|曾经|曾|历|先后|现|不再|一直|长期|仍然|仍|继续)?"
TAKES_POST_RE = re.compile(_TAKES_POST_VERB)
TAKES_POST_ADVERB_RE = re.compile(_TAKES_POST_ADVERB + "$")
TAKES_POST_AFTER_RE = re.compile(_TAKES_POST_ADVERB + _TAKES_POST_VERB)


# 南京市委常委, 扬州市政府: a local body no dictionary lists, known by its place's ending and its kind
LOCAL_BODY_START_RE = re.compile(f"(?:中共)?[{CJK}]{{2,6}}?(?:省|市|县|区|自治区|自治州)(?:委|人民政府|政府|人大|政协|长)")


def _body_starts_at(text: str, pos: int, lex: Lexicon) -> bool:
    org = lex.find(text[pos : pos + 24])
    return (bool(org) and org[0][0] == 0 and org[0][2].type == "Organization") or LOCAL_BODY_START_RE.match(text, pos) is not None


def takes_post_after(text: str, end: int, lex: Lexicon) -> bool:
    """A name followed by a verb of appointment and a body (``陈吉宁已任环保部部长``): whatever the title before
    the name (清华大学校长), the person now holds a public post."""
    verb = TAKES_POST_AFTER_RE.match(text, end)
    return verb is not None and _body_starts_at(text, verb.end(), lex)


# Heads of a school, an institute or a firm, whose name a new post may follow (北京大学原校长王恩哥出任…)
FORMER_HEADS = ("校长", "院长", "所长", "董事长", "总经理", "书记", "主任")


# 祝军：…, and the government transcripts' [祝军]… or 【祝军】…
# 当时我担任国家经委副主任、物资管理部部长, 我任经委党组副书记: a speaker's own posts, told in the first person
FIRST_PERSON_POST_RE = re.compile(r"(?<![自])我(?:当时|那时|曾经?|先后|也|还)?(?:担任|出任|兼任|调任|任)(?![务何])")
TURN_HEAD_RE = re.compile(r"^[ \t]*(?:[\[【](?=[^\n\]】]{1,50}[\]】]))?([^\n:：\[\]【】]{1,50})(?:[:：]|[\]】])", re.M)


TURN_VERBS = ("答", "问", "说", "称", "讲")


def turn_name(head: str, lex: Lexicon, known: set[str]) -> tuple[int, str] | None:
    """The speaker's name at the end of a turn head (``工业和信息化部部长 金壮龙``, ``苗圩部长``).

    Returns (offset of the name in ``head``, name) or None.
    """
    head = head.rstrip()
    titles = lex.titles_longest_first
    # 王安顺答：…, 记者问：…: the turn's verb goes first (a name of four characters ending 答 is rare beside it)
    if head.endswith(TURN_VERBS) and len(head) >= 3 and head[:-1] not in known:
        head = head[:-1].rstrip()
    # A title after the name (苗圩部长) is dropped first.
    for title in titles:
        if head.endswith(title) and len(head) > len(title) + 1:
            head = head[: -len(title)].rstrip()
            break
    for size in (4, 3, 2):
        if head[-size:] in known:
            return len(head) - size, head[-size:]
    candidates = []
    for k in (3, 2, 4):
        if len(head) < k:
            continue
        name, before = head[-k:], head[:-k]
        if not re.fullmatch(f"[{CJK}]+", name) or any(w in name for w in NON_OFFICIAL_WORDS) or name in NOT_NAMES:
            continue
        surname_ok = name[:1] in lex.surnames or (k >= 3 and name[:2] in lex.surnames)
        if not surname_ok:
            continue
        # The name starts right after a title, a body, a space or the line start.
        clean_start = not before or not re.match(f"[{CJK}]", before[-1]) or before.endswith(titles)
        candidates.append((0 if clean_start else 1, k != 3, len(head) - k, name))
    if not candidates:
        return None
    rank, _, offset, name = min(candidates)
    if rank == 1 and len(head) > 4:
        return None  # the name is glued to other words: not a turn head we understand
    return offset, name


def find_speaker_turns(text: str, lex: Lexicon, known: set[str]) -> list[PersonCandidate]:
    """Transcript turns: a line starting with ``[机构职务] 姓名:`` or ``姓名职务:``."""
    out = []
    for match in TURN_HEAD_RE.finditer(text):
        head = match.group(1)
        if any(word in head for word in NON_OFFICIAL_WORDS):
            continue
        found = turn_name(head, lex, known)
        if found is None:
            continue
        offset, name = found
        start = match.start(1) + offset
        out.append(PersonCandidate(start, start + len(name), name, "speaker-turn"))
    return out


def find_people(text: str, lex: Lexicon, dictionary_people: set[str]) -> list[Mention]:
    """Officials: dictionary names, titled names, speaker turns, then every other occurrence."""
    titled = find_titled_people(text, lex, dictionary_people)
    turns = find_speaker_turns(text, lex, dictionary_people)
    names: dict[str, str] = {}
    for cand in titled:
        names.setdefault(cand.name, cand.rule)
    turn_counts: dict[str, int] = {}
    asks: dict[str, bool] = {}
    own_post: set[str] = set()
    for cand in turns:
        turn_counts[cand.name] = turn_counts.get(cand.name, 0) + 1
        line_end = text.find("\n", cand.end)
        line_end = len(text) if line_end < 0 else line_end
        if cand.name not in asks:  # (白岩松：…包括您就任工业和信息化部部长以来，是怎么去看质量问题的？)
            asks[cand.name] = text[cand.end : line_end].rstrip().endswith(("？", "?"))
        if any(_body_starts_at(text, m.end(), lex) for m in FIRST_PERSON_POST_RE.finditer(text, cand.end, line_end)):
            own_post.add(cand.name)  # 袁宝华：…当时我担任国家经委副主任: a speaker who tells his own post
    for name, count in turn_counts.items():
        # A bare "X:" line is a speaker only when X is otherwise known, speaks twice or tells his post; an interviewer
        # known only by turns that open with a question is no official.
        if name in names or name in dictionary_people or (count >= 2 and not asks[name]) or name in own_post:
            names.setdefault(name, "speaker-turn")
    for name in _comrades_with_careers(text, lex, dictionary_people):
        names.setdefault(name, "comrade")
    mentions = []
    for name, rule in names.items():
        for match in re.finditer(re.escape(name), text):
            if preceded_by_non_official(text, match.start()) and not takes_post_after(text, match.end(), lex):
                continue
            mentions.append(Mention(match.start(), match.end(), name, "Official", name, rule))
    return mentions


# 文敏生同志因病医治无效逝世…文敏生同志1938年参加革命，1973年任邮电部部长: a name with 同志 opening its sentence
_COMRADE_RE = re.compile(f"(?:^|(?<=[。！？\n，,：:]))[ \t\u3000]*([{CJK}]{{2,3}})同志")
_CAREER_AFTER_COMRADE_RE = re.compile(r"[^。]{0,16}?(?:逝世|出生|生于|历任|曾任|担任|(?<![主责])任)")


def _comrades_with_careers(text: str, lex: Lexicon, known: set[str]) -> set[str]:
    """Names written twice or more as ``X同志`` at a sentence's or clause's start, one of them before a career or an
    obituary's verb (an obituary's or a bio's subject): officials no title stands beside."""
    if "同志" not in text:
        return set()
    counts: dict[str, int] = {}
    careers: set[str] = set()
    for match in _COMRADE_RE.finditer(text):
        name = match.group(1)
        if not _plausible_name(name, lex, known):
            continue
        counts[name] = counts.get(name, 0) + 1
        if _CAREER_AFTER_COMRADE_RE.match(text, match.end()):
            careers.add(name)
    return {name for name in careers if counts[name] >= 2}


# 金部长在演讲中表示, 请苗部长回答: a surname with a title, for the one official of that surname the article names
ADDRESS_TITLES = ("副部长", "部长", "副局长", "局长", "副司长", "司长", "副主任", "主任", "副省长", "省长", "副市长", "市长",
                  "副厅长", "厅长", "总工程师", "副院长", "院长", "副总理", "总理", "副主席", "主席", "书记")
_ADDRESS_RE = re.compile(f"({'|'.join(ADDRESS_TITLES)})")


def find_address_forms(text: str, lex: Lexicon, named: list[Mention]) -> list[Mention]:
    """``金部长``, ``苗部长``: the official of that surname the article names with their full name, when only one is."""
    by_surname: dict[str, set[str]] = {}
    for m in named:
        if m.type == "Official" and len(m.label) >= 2:
            surname = m.label[:2] if m.label[:2] in lex.surnames and len(m.label) >= 3 else m.label[0]
            by_surname.setdefault(surname, set()).add(m.label)
    out = []
    for surname, labels in by_surname.items():
        if len(labels) != 1:
            continue  # two officials of one surname: 王部长 could be either
        label = next(iter(labels))
        for match in re.finditer(re.escape(surname) + f"(?:{'|'.join(ADDRESS_TITLES)})", text):
            before = text[match.start() - 1 : match.start()] if match.start() else ""
            if before and re.match(f"[{CJK}]", before) and before not in NAME_CUE_CHARS \
                    and not text[max(0, match.start() - 3) : match.start()].endswith(NAME_CUE_WORDS):
                continue  # part of a longer word (资金部长…)
            if re.match(f"[{CJK}]", text[match.end() : match.end() + 1] or " ") \
                    and not text.startswith(NAME_FOLLOWERS, match.end()):
                continue  # a title that goes on (金部长助理) or a name after it (王局长某某)
            out.append(Mention(match.start(), match.end(), match.group(), "Official", label, "address-form"))
    # 新雄主席曾担任江西省省长: a given name with a title, as colleagues address a senior official (given names of two
    # characters only, and only one official of the article bearing it)
    given_names: dict[str, set[str]] = {}
    for m in named:
        if m.type == "Official" and len(m.label) == 3 and m.label[0] in lex.surnames:
            given_names.setdefault(m.label[1:], set()).add(m.label)
    for given, labels in given_names.items():
        if len(labels) != 1 or given in NOT_NAMES or lex.surfaces.get(given):
            continue
        label = next(iter(labels))
        for match in re.finditer(re.escape(given) + f"(?:{'|'.join(ADDRESS_TITLES)})", text):
            if match.start() and re.match(f"[{CJK}]", text[match.start() - 1]):
                continue  # the full name (吴新雄主席) or part of a longer word
            if re.match(f"[{CJK}]", text[match.end() : match.end() + 1] or " ") \
                    and not text.startswith(NAME_FOLLOWERS, match.end()) and text[match.end()] not in "曾说在对和":
                continue
            out.append(Mention(match.start(), match.end(), match.group(), "Official", label, "address-form"))
    return out


DEPT_BREAKERS = ("的", "还有", "是", "在", "和", "与", "及", "了", "等", "由", "对", "向", "为", "请", "有", "、", "今天",
                 "出席", "参加", "主持", "介绍", "表示",
                 "任", "任命", "免去", "提名",  # 历任上海航天局局长, 任命交通运输部…司长: a career verb is no part of a name
                 "兼",  # 副秘书长兼一局局长: 兼 joins two posts
                 "谁",  # 谁来接棒电子信息司司长: a headline's question
                 "其", "过",  # 免去其浙江省人事厅厅长职务, 先后担任过广西国际博览事务局副局长: a pronoun, a verb's aspect
                 "邀请到", "请到", "来到", "回到",  # 邀请到海南省发展和改革委员会…副主任田原: a verb and its complement
                 "根据", "依据", "按照",  # 根据国家广电总局科技司司长王效杰此前披露: what a report rests on
                 "连线", "采访", "专访", "对话", "我们",  # 下面我们连线宁波市经济和信息化委员会主任: an interview's verbs
                 "会见", "接见", "看望", "陪同")  # 袁家军胡衡华会见国家国防科工局局长单忠德: a headline's host and verb


# A body's own office, named only with its body (X委员会办公室): no department of its own name
GENERIC_OFFICES = ("办公室", "秘书处", "办公厅", "研究室")
DEPT_SUFFIXES_RE = "司|局|厅|办公室|中心|研究院|委员会|领导小组"
DEPT_MAX_NAME = 14
DEPT_MAX_LENGTH = DEPT_MAX_NAME + 4  # the name part and the longest suffix


@functools.lru_cache(maxsize=4)
def _department_pattern(titles: str) -> re.Pattern:
    return re.compile(f"(?P<dept>[{CJK}]{{2,{DEPT_MAX_NAME}}}?(?P<suffix>{DEPT_SUFFIXES_RE}))(?=(?:{titles}))")


def _department_matches(text: str, lex: Lexicon) -> Iterator[re.Match]:
    """``finditer`` of the department pattern, tried only just before titles.

    A match ends where a title starts and is at most DEPT_MAX_LENGTH long, so
    ``pattern.match`` at the starts up to that far before each title (in text
    order, after the previous match) finds exactly what ``finditer`` finds,
    without trying the pattern at every character of the text.
    """
    pattern = _department_pattern(_title_alternation(lex))
    title_starts = sorted({start for _, start, _ in lex.title_matcher.find_matches_as_indexes(text, overlapping=True)})
    last_end = 0
    for title_start in title_starts:
        if title_start < last_end + 3 or text[title_start - 1] not in DEPARTMENT_LAST_CHARS:
            continue
        window_start = max(last_end, title_start - DEPT_MAX_LENGTH)
        for start in range(window_start, title_start - 2):
            match = pattern.match(text, start)
            if match:
                last_end = match.end()
                yield match
                break


# Characters that may end the word before a department's name (出席的还有装备工业司司长)
DEPT_BEFORE_CHARS = frozenset("、和与及的在由是为了有对向请任")


def _cut_inside_a_word(text: str, match: re.Match) -> bool:
    """A department match whose name part is as long as the pattern allows, after a Chinese character that ends
    no word: the true name starts before it."""
    start = match.start("dept")
    return match.start("suffix") - start == DEPT_MAX_NAME and start > 0 and re.match(f"[{CJK}]", text[start - 1]) is not None \
        and text[start - 1] not in DEPT_BEFORE_CHARS
DEPARTMENT_LAST_CHARS = frozenset(suffix[-1] for suffix in DEPT_SUFFIXES_RE.split("|"))


PLACE_ENDS = tuple("省市区县州盟旗")


def _known_org(lex: Lexicon, surface: str) -> bool:
    entry = lex.surfaces.get(surface)
    return entry is not None and entry.type == "Organization"


# Two words a body's name joins with 和 (人力资源和社会保障厅, 住房和城乡建设局): those of the dictionary's bodies,
# and local offices' that no national body has
LOCAL_AND_COMPOUNDS = ("自然资源和规划", "民族和宗教", "外事和侨务", "卫生和计划生育", "新闻出版和广电", "商务和投资促进",
                       "科学技术和信息化", "经济和信息化", "发展和改革", "农业和农村")


_AND_COMPOUNDS: dict[int, tuple[Lexicon, frozenset[str]]] = {}  # by id(lex): a Lexicon is not hashable


def _and_compounds(lex: Lexicon) -> frozenset[str]:
    """The two characters either side of 和 in bodies' names (资源和社会, 住房和城乡, 业和信息)."""
    cached = _AND_COMPOUNDS.get(id(lex))
    if cached is not None and cached[0] is lex:
        return cached[1]
    labels = [label for label, entry in lex.surfaces.items() if entry.type == "Organization" and "和" in label]
    out = set()
    for label in [*labels, *LOCAL_AND_COMPOUNDS]:
        for m in re.finditer("和", label):
            if m.start() >= 2 and m.end() + 2 <= len(label):
                out.add(label[m.start() - 2 : m.end() + 2])
    _AND_COMPOUNDS[id(lex)] = (lex, frozenset(out))
    return _AND_COMPOUNDS[id(lex)][1]


def _last_breaker_end(dept: str, word: str, compounds: frozenset[str] = frozenset()) -> int:
    """Where a name cut after the last ``word`` in ``dept`` starts; 和 of 工业和信息化厅 and of
    人力资源和社会保障厅 (``compounds``) is part of the name."""
    pos = dept.rfind(word)
    while word == "和" and pos >= 0 and (dept.startswith("和信息化", pos) or dept[pos - 2 : pos + 3] in compounds):
        pos = dept.rfind(word, 0, pos)
    while word == "有" and pos > 0 and dept[pos - 1] == "国":
        pos = dept.rfind(word, 0, pos)  # 国有资产监督管理委员会: 有 of 国有 is no particle
    while word == "等" and pos >= 0 and dept.startswith("等老工业基地", pos):
        pos = dept.rfind(word, 0, pos)  # 国务院振兴东北地区等老工业基地领导小组办公室: 等 of the programme's name
    while word == "对" and pos >= 0 and dept.startswith("对外", pos) and not dept.startswith("对外交", pos):
        pos = dept.rfind(word, 0, pos)  # 对外贸易经济合作厅: 对 of 对外 is no preposition (对外交部…: it is)
    if word in ("与", "及") and pos >= 0 and re.fullmatch(f"[{CJK}]{{2,4}}(?:司|局|处|厅|室)", dept[pos + 1 :]):
        head = dept[:pos]
        start = max((_last_breaker_end(head, w) for w in DEPT_BREAKERS if w not in ("与", "及") and w in head), default=0)
        # 科技与质量司, 政策与法规司, 高新技术发展及产业化司: two words of one department's name (产业政策司与法规司
        # and 规划司及财务司 are two: the first word ends like a body)
        # (管委会副主任、成员及办公室主任: people, then a body)
        if 2 <= pos - start <= 6 and head[-1] not in DEPARTMENT_LAST_CHARS and head[start:] not in ("成员", "委员", "人员"):
            return 0
    return pos + len(word) if pos >= 0 else 0


# Bodies whose special committees are written after them (全国政协经济委员会, 全国人大常委会法制工作委员会)
COUNCIL_PARENTS = frozenset({"中国人民政治协商会议全国委员会", "全国人民代表大会", "全国人民代表大会常务委员会"})


def opens_clause(text: str, pos: int) -> bool:
    """``pos`` starts a clause: the text's start, or after punctuation or a space."""
    return pos == 0 or re.match(f"[{CJK}A-Za-z0-9]", text[pos - 1]) is None


def find_departments(text: str, lex: Lexicon) -> list[Mention]:
    """Departments named before a title: ``[工业和信息化部]运行监测协调局局长``."""
    out = []
    for match in _department_matches(text, lex):
        dept = match.group("dept")
        start = match.start("dept")
        lead = re.match("(?:据|根据)?(?:原|前)?(?:中国)?(?=国务院|中共中央)", dept)
        if lead and lead.end():  # 原中国国务院信息化领导小组办公室主任: a former post, and the country's name before it
            # (据原国务院重大技术装备办公室副主任董必钦回忆: a source's 据 too)
            dept, start = dept[lead.end() :], start + lead.end()
        # Drop a known parent prefix: 工业和信息化部运行监测协调局 -> 运行监测协调局.
        matches = lex.find(dept)
        council_parent = parent_named = False
        if matches and matches[0][0] == 0 and matches[0][1] < len(dept) and matches[0][2].type == "Organization" \
                and dept[matches[0][1] :] not in GENERIC_OFFICES \
                and not (matches[0][2].label == "国务院" and dept.endswith(("领导小组", "委员会", "办公室", "研究室"))):
            # (中央军民融合发展委员会办公室 is one body; 国务院科技领导小组 names the State Council in its own name)
            cut = matches[0][1]
            dept, start = dept[cut:], start + cut
            council_parent = matches[0][2].label in COUNCIL_PARENTS
            parent_named = True
        # 德国联邦经济和能源部数字与创新政策司: a foreign ministry's department starts after the ministry's name
        if "部" in dept:
            for ministry in FOREIGN_MINISTRY_RE.finditer(text, max(0, start - 30), start + len(dept)):
                if ministry.start() < start < ministry.end() < start + len(dept):
                    dept, start = dept[ministry.end() - start :], ministry.end()
        # A department name holds no verbs or particles: cut after the last one (出席…的还有装备工业司).
        cut = max((_last_breaker_end(dept, w, _and_compounds(lex)) for w in DEPT_BREAKERS if w in dept), default=0)
        if cut == 0 and start > 0 and text[start - 1].isdigit() and dept[:1] in "年月日号":
            cut = 1  # 2003年安监总局局长: the date's unit
        if dept[cut : cut + 1] in ("电", "讯") and text[start + cut - 1 : start + cut] == "日":
            cut += 1  # 7月20日电工业和信息化部通信发展司司长: a dateline's 电
        dept, start = dept[cut:], start + cut
        if start == match.start("dept") and _cut_inside_a_word(text, match):
            continue  # 省国家信息经济示范区建设领导小组办公室: a name longer than the pattern holds, cut inside it
        if dept.startswith("部") and len(dept) >= 4 and dept.endswith(("司", "局")) and opens_clause(text, start):
            dept, start = dept[1:], start + 1  # 部计划司司长邵德华: the ministry the article is about, elided (its partOf is kg.nlp.relations')
        if len(dept) < 3 or dept[0] in "省市县区" or dept.startswith("自治区") or re.match(r".(?:[县区市省]|自治区)", dept):
            continue  # 市工业和信息化局局长: an elided place is kg.nlp.places' to restore, never a label of its own
        if glued_after_decree_verb(text, start):
            continue  # 免去平欣光市经济委员会主任职务: a person, then an elided 市
        # 国务院港澳事务办公室, 国务院研究室: 国务院 is part of the names of its offices, no parent named before them
        # …and a province's or a city's government of its offices (浙江省人民政府外事办公室)
        state_council_office = (dept.startswith("国务院") or re.match(f"[{CJK}]{{2,8}}人民政府[{CJK}]", dept) is not None) \
            and dept.endswith(("办公室", "研究室", "委员会", "领导小组"))
        for surface, entry in ((dept[:k], lex.surfaces.get(dept[:k])) for k in range(len(dept) - 2, 1, -1)):
            if entry and entry.type == "Organization" and not state_council_office \
                    and dept[len(surface) :] not in GENERIC_OFFICES:
                dept, start = dept[len(surface):], start + len(surface)
                break
        if len(dept) < 3 or (dept.endswith("委员会") and len(dept) <= 5 and not council_parent):
            # 技术委员会主任委员, 专家委员会: a firm's or a panel's committee, no body's name (全国政协经济委员会 is one)
            continue
        if any(word in dept for word in ("公司", "集团", "董事")):
            continue  # 腾讯公司董事局: a company's board, no government body
        if not parent_named and unlisted_institute_before(text, start + len(dept), lex):
            continue  # 航天研究院: a state group's institute, no government body (a parent named before it keeps it)
        if dept.endswith(("领导小组", "管理委员会")) and text.startswith("办公室", start + len(dept)):
            # 国务院科技领导小组办公室主任, 山东省无线电管理委员会办公室主任: the office is the body the title is of
            dept += "办公室"
        known = lex.surfaces.get(dept)
        if known and known.type == "Organization":
            continue  # the dictionary pass finds it
        if known and known.type != "Organization":
            continue
        if any(_known_org(lex, dept[k:]) and not dept[:k].endswith(PLACE_ENDS) for k in range(1, min(5, len(dept) - 2))):
            continue  # 访国家数据局, 来接棒电子信息司: words before a known body (江苏省统计局 is a body)
        # 贵州省十二届人民代表大会常务委员会: a congress's term is no part of its standing committee's name
        label = local_office_label(BODY_TERM_RE.sub("", dept))
        # 中共陵川县委办公室: a local party committee's office under the committee's full name
        label = re.sub(f"^中共([{CJK}]{{2,6}}?[市县区])委(?=办公室|组织部|宣传部|统战部|政法委|政策研究室)", r"中国共产党\1委员会", label)
        # 中共惠民县委员会: a local party committee written whole with the party's short name
        label = re.sub(f"^中共(?=[{CJK}]{{2,12}}?[市县区州旗]委员会$)", "中国共产党", label)
        if BODY_TERM_RE.match(dept) and label in PARTY_CENTRAL_BODIES:
            label = PARTY_CENTRAL_BODIES[label]
        # 四川经济和信息化委员会: a province's office written after its short name is the province's (四川省…)
        short = next((p for p in (label[:2], label[:3]) if p in PROVINCE_SHORT_NAMES), None)
        if short and lex.type_of(short + "省人民政府") == "Organization" and not label.startswith(short + "省") \
                and label[len(short) : len(short) + 1] not in ("市", "县", "区", "州", "盟"):  # (吉林市电子工业局: the city's)
            label = short + "省" + label[len(short) :]
        known = lex.surfaces.get(label)
        out.append(Mention(start, start + len(dept), dept, "Organization",
                           known.label if known and known.type == "Organization" else label, "department-title"))
    return out


# 李世娟在纺织工业部丝绸局任副局长: a department a career places its post in, its parent named before it and the
# title after a verb (find_departments reads only a department right before its title)
_DEPARTMENT_WORKED_IN_RE = re.compile(f"(?<=在)([{CJK}]{{4,20}}?(?:司|局|厅))(?=(?:工作[，,]?)?(?:任|担任)(?!务|何))")


def find_departments_worked_in(text: str, lex: Lexicon) -> list[Mention]:
    """``在纺织工业部丝绸局任副局长``: the department after a known parent, where a post is held (``在X任Y``)."""
    out = []
    for match in _DEPARTMENT_WORKED_IN_RE.finditer(text) if "在" in text else ():
        name = match.group(1)
        found = lex.find(name)
        if not found or found[0][0] != 0 or found[0][2].type != "Organization" or len(name) - found[0][1] < 3:
            continue
        dept = name[found[0][1] :]
        if lex.surfaces.get(dept) or any(word in dept for word in DEPT_BREAKERS) or dept[0] in "省市县区":
            continue  # a body the dictionary knows, or words that are no department's name
        start = match.start(1) + found[0][1]
        out.append(Mention(start, match.end(1), dept, "Organization", dept, "department-title"))
    return out


BODY_TERM_RE = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?=人民代表大会|人大|政协|委员会|中央)")
# 第十二届中央委员会委员, 第十三届中央顾问委员会委员: the party's central bodies named by their term alone
PARTY_CENTRAL_BODIES = {"中央委员会": "中国共产党中央委员会", "中央顾问委员会": "中国共产党中央顾问委员会",
                        "中央纪律检查委员会": "中国共产党中央纪律检查委员会"}


# 自治区工业和信息化厅汽车产业处、装备工业处、投资与规划处负责同志: a provincial department's divisions, named
# after it (or after a bare 厅 in an article about that department)
DIVISION_RE = re.compile(f"[{CJK}]{{2,10}}?处(?=[、和及，,。；;负要分牵参陪主处副调\\s]|$)")
_DIVISION_BAD_STARTS = ("各", "相关", "有关", "处", "本", "该", "其他", "所属", "办", "及", "和", "与")
_DIVISION_HEAD_RE = re.compile(f"(?:副?处长|(?:一级|二级|三级|四级)?(?:副?调研员|巡视员))[{CJK}]{{2,3}}?(?:先生|女士)?[、，,](?=[{CJK}]{{2,10}}?处[副处调一二三四巡])")
_HEADED_DIVISION_RE = re.compile(f"[{CJK}]{{2,10}}?处(?:副?处长|(?:一级|二级)?(?:副?调研员|巡视员))")
_BARE_DEPARTMENT_RE = re.compile(f"(?:(?<![{CJK}])|(?<=[由、和及在请]))(?:省|自治区)?厅(?=[{CJK}]{{2,10}}?处)")


# a party committee's departments (their full names), which may stand between the committee and a division
_PARTY_DEPARTMENT_NAMES = {"宣传部": "宣传部", "组织部": "组织部", "统战部": "统一战线工作部", "政法委": "政法委员会",
                           "办公厅": "办公厅", "办公室": "办公室"}
_PARTY_DEPARTMENT_START_RE = re.compile(f"(?:{'|'.join(_PARTY_DEPARTMENT_NAMES)})(?=[{CJK}]{{2,}})")


def find_divisions(text: str, named: list[Mention]) -> list[Mention]:
    """Divisions (处) listed right after their provincial department, with a mention of the department for a
    bare 厅 (厅装备工业处、运行监测协调处负责同志) when the article names one such department."""
    if "处" not in text:
        return []
    departments = [m for m in named if m.type == "Organization" and m.label.endswith(("厅", "局", "委员会"))
                   and re.search("省|自治区|市", m.label)]
    parents = [(m.end, m) for m in departments]
    # 装备工业司重大装备处处长汪宏: a ministry's department, then its division and the division's head
    parents += [(m.end, m) for m in named if m.type == "Organization" and m.label.endswith("司")
                and _HEADED_DIVISION_RE.match(text, m.end)]
    labels = {m.label for m in departments if m.label.endswith("厅")}
    out: list[Mention] = []
    if len(labels) == 1:
        label = next(iter(labels))
        for match in _BARE_DEPARTMENT_RE.finditer(text):
            bare = Mention(match.start(), match.end(), match.group(), "Organization", label, "short-name")
            out.append(bare)
            parents.append((match.end(), bare))
    for end, parent in parents:
        pos = end
        if text.startswith(("任", "担任"), pos) and _HEADED_DIVISION_RE.match(text, pos + (1 if text[pos] == "任" else 2)):
            pos += 1 if text[pos] == "任" else 2  # 在市工业和信息化局任电子信息处处长: a post held in the division
        while (division := DIVISION_RE.match(text, pos)) is not None:
            name = division.group()
            if name.startswith(_DIVISION_BAD_STARTS) or any(w in name for w in ("的", "是", "在", "了", "各")):
                break
            party = _PARTY_DEPARTMENT_START_RE.match(name) if parent.label.startswith("中国共产党") else None
            if party is not None:
                # 省委宣传部对外新闻处: the committee's department, then its division
                out.append(Mention(division.start(), division.start() + party.end(), party.group(), "Organization",
                                   parent.label + _PARTY_DEPARTMENT_NAMES[party.group()], "party-department"))
                name = name[party.end() :]
            out.append(Mention(division.end() - len(name), division.end(), name, "Organization", name, "division"))
            pos = division.end()
            # 信息化推进处处长王晓峰、装备工业处处长郭涛: the list goes on past each division's head
            head = _DIVISION_HEAD_RE.match(text, pos)
            if head is not None:
                pos = head.end()
                # 省工信厅综合处处长曾祥清,省工信厅电子信息处处长…: the department named again (in any of the forms the
                # article gives it) before each division
                again = next((m.text for m in departments if m.label == parent.label and m.text and text.startswith(m.text, pos)), None)
                if again is not None:
                    out.append(Mention(pos, pos + len(again), again, "Organization", parent.label, "short-name"))
                    pos += len(again)
                continue
            if text[pos : pos + 1] not in ("、", "和", "及"):
                break
            pos += 1
    return out


_LISTED_DEPARTMENT_RE = re.compile(f"[、和及]([{CJK}]{{2,6}}?(?:司|局))(?=[、和及，,。；;等有负])")
_LISTED_DEPARTMENT_BAD = re.compile("省|市|县|区|的|是|在|了|各|有关|相关|其他|当局|格局|布局|大局|全局|结局|邮局|开局")


def find_listed_departments(text: str, named: list[Mention]) -> list[Mention]:
    """``国务院国资委办公厅、规划局、综合局、企干二局``: departments listed after a department written with its body
    (the partOf rule gives them the same parent)."""
    orgs = sorted((m for m in named if m.type == "Organization"), key=lambda m: m.start)
    ends = {m.end for m in orgs}
    out = []
    for m in orgs:
        if m.start not in ends or not m.label.endswith(("办公厅", "司", "局")):
            continue  # only a department right after its body's name
        pos = m.end
        while (item := _LISTED_DEPARTMENT_RE.match(text, pos)) is not None and not _LISTED_DEPARTMENT_BAD.search(item.group(1)):
            out.append(Mention(item.start(1), item.end(1), item.group(1), "Organization", item.group(1), "listed-department"))
            pos = item.end(1)
    return out


# 省政府决定成立甘肃省黄标车和老旧车淘汰工作领导小组, 关于调整X领导小组组成人员: a group named as it is set up or
# changed
_GROUP_KINDS = "领导小组|协调小组|工作小组|工作组|指挥部|协调推进组|推进组|总体组|专家咨询组|咨询组|专家组|工作专班"
FOUNDED_GROUP_RE = re.compile(f"(?:成立|调整)(?:了|后的)?([{CJK}“”]{{4,30}}?(?:{_GROUP_KINDS}))")
# (宣布成立A协调推进组、B总体组和C专家咨询组: the groups listed after the first are set up too)
_LISTED_GROUP_RE = re.compile(f"[、和及]([{CJK}“”]{{4,30}}?(?:{_GROUP_KINDS}))")
FOUNDED_GROUP_BAD_STARTS = ("相应", "专门", "专项", "一个", "工作", "由", "以", "有关", "相关", "联合", "各级", "省级", "市级")


# 同期举办六场平行论坛：⏎A论坛⏎B论坛: the events a line announces, one per line below it
_EVENT_LIST_HEAD_RE = re.compile(r"(?m)^[^\n]{0,40}(?:举办|举行|召开|设置|设有|包括)[^\n]{0,16}(?:论坛|会议|活动|会)[:：][ \t]*$")
_EVENT_LINE_RE = re.compile(rf"(?m)^[ \t]*(?:[\d一二三四五六七八九十]+[、.．]\s*)?([{CJK}“”+A-Za-z0-9（）()]{{4,40}}?"
                            f"(?:{'|'.join(('论坛', '峰会', '研讨会', '对接会', '座谈会', '交流会', '推介会', '发布会', '大赛'))}))[ \t]*$")


def find_listed_events(text: str) -> list[Mention]:
    """Events listed one per line under a line that announces them (同期举办六场平行论坛：)."""
    out = []
    for head in _EVENT_LIST_HEAD_RE.finditer(text) if "：" in text or ":" in text else ():
        pos = head.end() + 1
        while (line := _EVENT_LINE_RE.match(text, pos)) is not None:
            name = line.group(1)
            out.append(Mention(line.start(1), line.end(1), name, "Event", name, "event-list"))
            pos = line.end() + 1
    return out


# 李乐成主持召开部党组会议, 工信部召开党组扩大会议: a body's party group in session, named after the body
PARTY_GROUP_MEETING_RE = re.compile(r"(?:召开|举行)(?:了)?(?P<abbr>[部局厅委])?党组(?P<kind>扩大)?会议")
_ABBREVIATED_KINDS = {"部": "部", "局": "局", "厅": "厅", "委": "委员会"}
_DAY_OR_PLACE_RE = re.compile(r"\s*(?:\d{1,2}月)?(?:\d{1,2}日)?(?:上午|下午|晚上?)?(?:在[京北]{1,2}|在北京)?\s*")


def find_party_group_meetings(text: str, named: list[Mention]) -> list[Mention]:
    """``主持召开部党组会议`` after 工业和信息化部党组书记 (部: the ministry named last), ``工信部召开党组会议`` (the body
    the clause opens with): the meeting under the body's name (工业和信息化部党组会议)."""
    out = []
    bodies = sorted((m for m in named if m.type == "Organization"), key=lambda m: m.start)
    for match in PARTY_GROUP_MEETING_RE.finditer(text) if "党组" in text else ():
        abbr = match.group("abbr")
        before = [m for m in bodies if m.end <= match.start() and match.start() - m.end <= 200]
        if abbr:
            body = next((m for m in reversed(before) if m.label.endswith(_ABBREVIATED_KINDS[abbr])), None)
        else:  # the body right before the verb, a day or a place between (工信部3日在京召开党组会议), or the body whose
            # party group's secretary chairs it (工业和信息化部党组书记、部长李毅中主持召开党组会议)
            clause = _clause_start(text, match.start(), limit=80, enum_breaks=False)
            body = next((m for m in reversed(before) if _DAY_OR_PLACE_RE.fullmatch(text, m.end, match.start())
                         or m.start >= clause and text.startswith("党组书记", m.end)), None)
        if body is None:
            continue
        start = match.start("abbr") if abbr else match.start() + (3 if text.startswith("召开了", match.start()) else 2)
        label = f"{body.label}党组{match.group('kind') or ''}会议"
        out.append(Mention(start, match.end(), text[start : match.end()], "Event", label, "party-group-meeting"))
    return out


def find_founded_groups(text: str) -> list[Mention]:
    """A leading or working group named where it is set up: ``决定成立X领导小组``."""
    out = []
    for match in FOUNDED_GROUP_RE.finditer(text):
        name = match.group(1)
        if "的" in name or name.startswith(FOUNDED_GROUP_BAD_STARTS):
            continue  # 成立以省长为组长的领导小组, 成立专门工作组: no name
        out.append(Mention(match.start(1), match.end(1), name, "Organization", name, "founded-group"))
        pos = match.end()
        while (more := _LISTED_GROUP_RE.match(text, pos)) is not None and "的" not in more.group(1):
            out.append(Mention(more.start(1), more.end(1), more.group(1), "Organization", more.group(1), "founded-group"))
            pos = more.end()
    return out


def find_short_group_names(text: str, named: list[Mention]) -> list[Mention]:
    """``领导小组副组长``, ``领导小组办公室主任`` after ``国家新材料产业发展领导小组``: a leading group the article
    named in full, then by its kind alone (and its office)."""
    groups = [m for m in named if m.type == "Organization" and m.label.endswith("领导小组")]
    if len({m.label for m in groups}) != 1:
        return []  # named nowhere, or two groups to choose from
    out = []
    for match in re.finditer("领导小组(办公室)?", text):
        before = text[match.start() - 1 : match.start()]
        if before and re.match(f"[{CJK}]", before) and before not in "、和及与由在的为是":
            continue  # inside a full name
        if not any(m.end <= match.start() for m in groups):
            continue  # named only after
        label = groups[0].label + ("办公室" if match.group(1) else "")
        out.append(Mention(match.start(), match.end(), match.group(), "Organization", label, "short-name"))
    return out


# The full names of a city's or county's offices written short (芜湖市经信局 is 芜湖市经济和信息化局).
LOCAL_OFFICE_NAMES = {
    "经信局": "经济和信息化局", "工信局": "工业和信息化局", "经信委": "经济和信息化委员会", "工信委": "工业和信息化委员会",
    "发改委": "发展和改革委员会", "发展改革委": "发展和改革委员会", "发改局": "发展和改革局", "科技局": "科学技术局", "人社局": "人力资源和社会保障局",
    "国资委": "国有资产监督管理委员会", "市场监管局": "市场监督管理局",
    # offices of the 1990s and 2000s
    "经贸委": "经济贸易委员会", "经贸局": "经济贸易局", "经委": "经济委员会", "安监局": "安全生产监督管理局", "食药监局": "食品药品监督管理局",
    "工商局": "工商行政管理局", "质监局": "质量技术监督局", "计委": "计划委员会",
    "外经贸局": "对外贸易经济合作局", "外经局": "对外贸易经济合作局",
    "卫健委": "卫生健康委员会", "卫生健康委": "卫生健康委员会",
    # a municipality's commissions (上海: 市经济信息化委, 市商务委, 市科委, 市交通委)
    "经济信息化委": "经济和信息化委员会", "经济信息委": "经济和信息化委员会", "商务委": "商务委员会", "科委": "科学技术委员会", "交通委": "交通委员会",
    "农业农村委": "农业农村委员会", "规划资源局": "规划和自然资源局",
    "人力社保局": "人力资源和社会保障局", "人力资源社会保障局": "人力资源和社会保障局",
    # 深圳's commissions of 2009-2015 (市科工贸信委, 市规划国土委, 市人居环境委, 市财政委)
    "科工贸信委": "科技工贸和信息化委员会", "规划国土委": "规划和国土资源委员会", "人居环境委": "人居环境委员会",
    "财政委": "财政委员会",
    # a county's merged bureaus of the 2019 reform (镇远县工业信息化和商务局, written 县工信和商务局)
    "工信和商务局": "工业信息化和商务局", "工信商务局": "工业信息化和商务局",
    # …and written with 和 (上海市经济和信息化委主任李耀新), and their party working committees (市经济和信息化工作党委)
    "经济和信息化委": "经济和信息化委员会", "工业和信息化委": "工业和信息化委员会",
    "经济和信息化工作党委": "经济和信息化工作委员会", "经济信息化工作党委": "经济和信息化工作委员会",
}
# Offices above that are the party's: 上海市经济和信息化工作党委 is 中国共产党上海市经济和信息化工作委员会
PARTY_OFFICE_NAMES = frozenset({"经济和信息化工作党委", "经济信息化工作党委"})
# the longest short name a label ends with is the one meant (…发展改革委, not a shorter name it ends with)
_LOCAL_OFFICE_NAMES_LONGEST_FIRST = tuple(sorted(LOCAL_OFFICE_NAMES.items(), key=lambda item: -len(item[0])))


def local_office_label(label: str) -> str:
    """``芜湖市经信局`` -> ``芜湖市经济和信息化局``: a city's or county's office under its full name (else ``label``)."""
    for short, full in _LOCAL_OFFICE_NAMES_LONGEST_FIRST:
        if label.endswith(short) and re.search("(?:市|县|区|州|盟)$", label[: -len(short)]):
            return ("中国共产党" if short in PARTY_OFFICE_NAMES else "") + label[: -len(short)] + full
    return label


# The provinces, autonomous regions and municipalities by their short names (中国(天津)信息技术博览会)
PROVINCE_SHORT_NAMES = frozenset(
    "北京 天津 上海 重庆 河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃"
    " 青海 台湾 内蒙古 广西 西藏 宁夏 新疆 香港 澳门".split())


def _is_place_name(word: str) -> bool:
    """A province's short or full name, or a city's (深圳市): what a name may hold in brackets."""
    return word in PROVINCE_SHORT_NAMES or re.fullmatch(f"[{CJK}]{{1,4}}(?:省|市|自治区)", word) is not None


# …、光伏产业高峰论坛等10多个专题对接活动: a count of the events listed before, no event's name
_COUNTED_EVENTS_RE = re.compile(r"等(?:[\d一二三四五六七八九十两几]+多?|多)(?:个|场|项|次|类)")
_PLACE_LIST_RE = re.compile(f"[{CJK}]{{2,4}}(?:、[{CJK}]{{2,4}}){{1,9}}")
# what brackets before a meeting's kind hold when no host city (党组（扩大）会议, 记者 credits, a draft's status)
_NO_HOST_IN_BRACKETS_RE = re.compile("记者|扩大|试行|暂行|草案|修订|节选|摘要|全文|征求")


def _clause_start(text: str, pos: int, limit: int = 40, allow_enum_in_quotes: bool = True,
                  enum_breaks: bool = True, place_lists: bool = False) -> int:
    """Index where the clause containing ``pos`` starts (after the last punctuation).

    ``enum_breaks=False`` lets 、 stay inside the clause (event names list topics:
    近期生产、消费、进出口有关数据及政策情况新闻发布会).
    """
    depth = 0
    i = pos - 1
    lower = max(0, pos - limit)
    while i >= lower:
        char = text[i]
        if char in ")）":
            # 中国(天津)信息技术博览会: a place in brackets inside a name is part of it
            opening = max(text.rfind("(", max(0, i - 7), i), text.rfind("（", max(0, i - 7), i))
            if opening > 0 and _is_place_name(text[opening + 1 : i]) and re.match(f"[{CJK}]", text[opening - 1]):
                i = opening - 1
                continue
            # 中德（太仓）智能制造合作论坛, 中国（太原）国际能源产业博览会: a host city after China or a country pair;
            # 奇台县（乌鲁木齐）工业园区招商引资项目推介会: the city a county's fair is held in
            if opening > 1 and (text[opening - 2] == "中" or text[opening - 1] in "县市区州") \
                    and re.fullmatch(f"[{CJK}]{{2,4}}", text[opening + 1 : i]):
                i = opening - 1
                continue
            # 全省经济和信息化粤西片区(韶关、阳江、湛江)工作会议: the cities of a region, listed inside an event's name
            if place_lists:
                listed = max(text.rfind("(", max(0, i - 40), i), text.rfind("（", max(0, i - 40), i))
                if listed > 0 and _PLACE_LIST_RE.fullmatch(text, listed + 1, i) and re.match(f"[{CJK}]", text[listed - 1]):
                    i = listed - 1
                    continue
            # 包头稀土新材料产业链（深圳）招商推介会: the city a fair is held in, right before the event's kind
            if opening > 0 and re.fullmatch(f"[{CJK}]{{2,4}}", text[opening + 1 : i]) and re.match(f"[{CJK}]", text[opening - 1]) \
                    and re.fullmatch(f"[{CJK}]{{0,8}}", text[i + 1 : pos]) and not _NO_HOST_IN_BRACKETS_RE.search(text[opening + 1 : i]):
                i = opening - 1
                continue
            # 亚太经合组织（APEC）贸易部长会议: a Latin abbreviation in brackets after a body's name
            if opening > 0 and re.fullmatch(r"[A-Z][A-Za-z0-9]{1,7}", text[opening + 1 : i]) \
                    and re.match(f"[{CJK}]", text[opening - 1]) and re.match(f"[{CJK}]", text[i + 1 : i + 2]):
                i = opening - 1
                continue
        if char == "”":
            depth += 1
        elif char == "“":
            depth = max(0, depth - 1)
        elif char in "，,。；;：:！!？?\n《》()（）【】 " or (char == "、" and enum_breaks and not (allow_enum_in_quotes and depth)):
            return i + 1
        i -= 1
    return lower


TRIGGER_FILLERS = ("全面", "深入", "加快", "持续", "大力", "积极", "进一步", "扎实", "着力", "继续", "切实", "统筹",
                   "组织", "认真", "稳步", "有序", "了", "过", "的", "好")


def _after_trigger(clause: str, triggers: tuple[str, ...], last: bool = False) -> int | None:
    """Offset in ``clause`` just after its first (or last) run of trigger verbs, or None.

    Programme names may contain a trigger word (绿色制造推进工程), so for them
    the first trigger of the clause counts; event names do not, so the last.
    """
    best = None
    for trig in triggers:
        idx = clause.rfind(trig) if last else clause.find(trig)
        if idx >= 0 and (best is None or (idx > best[0] if last else idx < best[0])):
            best = (idx, idx + len(trig))
    if best is None:
        return None
    end = best[1]
    # Skip a run of further triggers, adverbs and particles: 部署全面推进实施…, 举行的…, 召开了…
    changed = True
    while changed:
        changed = False
        for extra in triggers + TRIGGER_FILLERS:
            if clause.startswith(extra, end):
                end += len(extra)
                changed = True
        # 制定和实施“十五”…计划, 研究并部署…: two verbs joined before one object
        for joint in ("和", "并", "与", "及"):
            if clause.startswith(joint, end) and any(clause.startswith(t, end + 1) for t in triggers):
                end += 1
                changed = True
    return end


def _strip_edition(name: str) -> str:
    return re.sub(r"[(（][^()（）]*\d{4}[^()（）]*[)）]$", "", name).strip()


_LISTED_PROGRAMME_RE = re.compile(f"(?:{'|'.join(PROGRAM_SUFFIXES)})、")


def _lists_a_programme(text: str, pos: int) -> bool:
    """The enumeration ending at ``pos`` (after 、) already has an item that ends like a programme."""
    head = text[max(0, pos - 80) : pos]
    head = re.split(r"[，,。；;：:\n]", head)[-1]
    return _LISTED_PROGRAMME_RE.search(head) is not None


NEXT_PROGRAMME_ITEM_RE = re.compile(rf"[{CJK}“”]{{2,16}}?(?:专项行动|行动计划|工程|行动)[、，,。；;和及与等]")
ENUM_ITEM_ENDS = tuple("，,。；;：:\n")
ENUM_MARKER_RE = re.compile("^(?:[一二三四五六七八九十]{1,3}是|其[一二三四五六七八九十])")
ENUM_HEADING_RE = re.compile(r"(?:^|\n)[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])$")


def _enumerated_item_start(text: str, start: int, clause: str) -> int | None:
    """Offset in ``clause`` where a list item starts (一是X行动，…; a heading line （一）X行动。), or None."""
    marker = ENUM_MARKER_RE.match(clause)
    if marker:
        return marker.end()
    if ENUM_HEADING_RE.search(text[max(0, start - 8) : start]):
        return 0
    return None


LIST_LEAD_RE = re.compile(r"即|包括|分别是|分别为|主要是|也就是")
ITEM_MODAL_RE = re.compile(r"(?:要|将|需|须)(?:加快|加紧|推进|推动|实施|开展|深化|抓好|做好|启动|继续|全面|深入|大力|着力|组织|落实)*"
                           r"|(?:加快|加紧|推进|推动|开展|深化|抓好|做好|启动|继续|全面|深入|大力|着力|组织|落实|抓|坚持|充实|不断|和)+(?=“)")
# (二是抓“万企上云”工程, 坚持和不断充实“12341”行动计划: the verbs before a quoted name are no part of it)


# Verbs of scope after a programme that opens its clause (…工程围绕云计算、物联网…, …工程聚焦智能制造…)
SUBJECT_SCOPE_VERBS = ("围绕", "聚焦", "着力", "旨在", "面向", "重点支持", "重点发展", "将围绕", "将聚焦", "将重点")


SLOGAN_STEM_RE = re.compile(f"[{CJK}]{{2}}[兴强立富活][省国市县区州]")


def find_programs(text: str, lex: Lexicon) -> list[Mention]:
    """Named programmes after a trigger verb: ``深入实施优质企业梯度培育工程``."""
    suffix_re = re.compile("|".join(PROGRAM_SUFFIXES))
    out = []
    for match in suffix_re.finditer(text):
        end = match.end()
        suffix = match.group()
        nxt = text[end : end + 2]
        if suffix == "专项" and nxt and nxt[0] not in "，,。；;、”) \n和与及":
            continue
        # (特区政府推动的数码港计划将聚集…: a verb may follow a programme a trigger verb names, checked below)
        if suffix in ("计划", "战略") and nxt[:1] not in "，,。；;、”) \n和与及将已正":
            continue
        if suffix == "工程" and nxt[:1] in ("项", "师", "院", "化", "学", "技", "建"):
            continue  # 工程项目, 工程师, 工程院, 工程化: the word goes on
        if suffix == "行动" and nxt in ("纲领", "方案", "指南"):
            continue  # 制造强国战略第一个十年行动纲领: a document's name goes on
        start = _clause_start(text, match.start())
        clause = text[start : match.start()]
        # 启动了A工程、B工程等: an item listed after a programme is named whole (B may hold a trigger word).
        listed = start > 0 and text[start - 1] == "、" and _lists_a_programme(text, start)
        cut = 0 if listed else _after_trigger(clause, PROGRAM_TRIGGERS)
        if suffix in ("计划", "战略") and nxt[:1] in "将已正" and (cut is None or listed):
            continue  # 公司计划将…: no programme without a verb that names one
        quoted = "“" in clause
        item = _enumerated_item_start(text, start, clause) if cut is None and nxt[:1] in ENUM_ITEM_ENDS else None
        if item is None and cut is None and nxt[:1] == "、" and NEXT_PROGRAMME_ITEM_RE.match(text, end + 1):
            item = 0  # “五大工程”：A工程、B工程、…: the first of a list of programmes has no trigger of its own
        if item is not None:
            cut = item  # 部署了八项专项行动。一是企业两化深度融合示范推广行动，…: an item of a list is named whole
        if cut is None and suffix in ("工程", "行动", "专项行动") and text.startswith(SUBJECT_SCOPE_VERBS, end) \
                and (start == 0 or text[start - 1] in "，,；;。\n"):
            cut = 0  # 其中，工业大数据创新发展工程聚焦智能制造…: a programme opening its clause, then its scope
        if cut is None and (ba := re.match("(?:要|并|还|将|应|也)?把(?=“)", clause)) is not None:
            cut = ba.end()  # 要把“十城千辆”节能与新能源汽车示范推广应用工程组织好: a quoted name after 把
        if cut is None:
            if not clause.startswith("“"):
                continue
            cut = 0
        lead = LIST_LEAD_RE.match(clause, cut)
        cut = lead.end() if lead else cut  # 六大工程，即集成电路升级工程、…: the list's lead word is no part of a name
        modal = ITEM_MODAL_RE.match(clause, cut)
        cut = modal.end() if modal else cut  # 二是要加快“信息惠民”工程: the item's modal and verbs are no part of it
        into = list(re.finditer("纳入|列入|作为|成为|融入", clause[cut:]))
        if into:
            cut += into[-1].end()  # 推动将车联网纳入国家新型信息基础设施建设工程: the programme is what it joins
        name = clause[cut:] + suffix
        # Coordinated names (产业基础再造工程和重大技术装备攻关工程): keep the last one.
        inner = list(re.finditer(f"(?:{'|'.join(PROGRAM_SUFFIXES)})(?:和|与|及|、)", name))
        if inner:
            cut += inner[-1].end()
            name = clause[cut:] + suffix
        # A shared suffix (智能制造和绿色制造工程): two programmes, 智能制造工程 and 绿色制造工程.
        shared = re.fullmatch(f"([{CJK}]{{2,10}})和([{CJK}]{{2,10}})", name[: -len(suffix)])
        # …only when the two halves are alike (智能制造和绿色制造): 电子商务和物流信息化集成创新行动 is one name
        # …and end alike or are both programmes the dictionary knows (新型显示和彩电工业转型工程 is one name)
        if shared and "“" not in name and abs(len(shared.group(1)) - len(shared.group(2))) <= 2 \
                and not shared.group(1).startswith(PROGRAM_BAD_STARTS) \
                and (shared.group(1)[-2:] == shared.group(2)[-2:]
                     or all(lex.type_of(half + suffix) == "Program" for half in shared.groups())
                     # 科教兴省和人才强省战略: two slogans of one place (X兴省, Y强省)
                     or all(SLOGAN_STEM_RE.fullmatch(half) for half in shared.groups())
                     and shared.group(1)[-1] == shared.group(2)[-1]):
            first_start = start + cut
            for part, part_start in ((shared.group(1), first_start), (shared.group(2), first_start + len(shared.group(1)) + 1)):
                label = part + suffix
                entry = lex.surfaces.get(label)
                label = entry.label if entry and entry.type == "Program" else label
                end_at = part_start + len(part) + (len(suffix) if part_start != first_start else 0)
                out.append(Mention(part_start, end_at, text[part_start:end_at], "Program", label, "program-distributive"))
            continue
        stem = name[: -len(suffix)]
        if any(lex.type_of(name[k:]) == "Program" and not name[:k].endswith(PLACE_ENDS) and name[:k] not in ("国家", "全国")
               for k in (1, 2)):
            continue  # 六是服务西部大开发战略: a known programme after a verb; the dictionary names it
        bad_start = stem.startswith(PROGRAM_BAD_STARTS) and not (item and len(stem) >= 6)  # 五是重点领域智能化水平提升行动
        if bad_start and stem.startswith(("重大", "重点")) and len(stem) >= 6 and not quoted \
                and suffix in ("工程", "行动", "专项行动") and not re.search("[和与及]", stem):
            bad_start = False  # 组织实施重大短板装备创新工程, 重点行业达峰行动: a long name that opens with 重大/重点
        if len(stem) < 3 or bad_start or re.match(r"^[\d一二三四五六七八九十]", stem):
            continue
        if not quoted and len(re.findall(f"[{CJK}]", stem)) < 3:
            continue
        if "的" in stem or "和" in stem[-1:] or "等" in stem or stem.count("“") != stem.count("”") or "”和“" in stem:
            # 习近平总书记“深入实施…战略 (a quote cut open), “中国制造2025”和“互联网+”行动计划 (two names)
            continue
        if suffix in ("战略", "计划") and not quoted and stem.endswith(GENERIC_PLAN_STEMS) \
                and not (suffix == "战略" and stem.endswith("发展") and len(stem) > 5):  # 工业互联网创新发展战略 is named
            continue
        name_start = start + cut
        shared = _SHARED_SUFFIX_QUOTES_RE.fullmatch(stem)
        if shared:
            # 持续实施“千企改造”“千企引进”工程: quoted names side by side share the suffix, one programme each
            for quote in re.finditer("“[^“”]+”", stem):
                out.append(Mention(name_start + quote.start(), name_start + quote.end(), quote.group(), "Program",
                                   quote.group() + suffix, "program-trigger"))
            continue
        out.append(Mention(name_start, end, name, "Program", name, "program-trigger"))
    return out


_SHARED_SUFFIX_QUOTES_RE = re.compile("(?:“[^“”]{2,12}”){2,4}")


COUNT_LABEL_RE = re.compile(r"\d{1,3}(?:\+\d{1,3})+")
QUOTED_PLUS_RE = re.compile(rf"“([{CJK}A-Za-z0-9]{{1,12}}\+[{CJK}A-Za-z0-9]{{1,12}})”(?![{CJK}]{{0,6}}(?:行动|工程|计划|专项))")
PLUS_FIELD_ACTION_RE = re.compile(
    rf"“(?:互联网|智能|人工智能|5G|数字|AI)\+”"
    # not the plan itself, its document or a spun 行动 (“互联网+”举措), nor words about it
    rf"(?!行动|计划|战略|工程|专项|举措|举动|指导意见|意见|方案|规划|政策|模式|时代|背景|新业态|发展|融合|领域|产业)"
    # (以实施“互联网+”制造业和“互联网+”小微企业为重点: 为重点 says what the action is, it is no part of its name)
    rf"[{CJK}]{{2,8}}?(?=[、，,。；;和与及将等]|为(?:重点|主线|抓手|突破口|核心|引领|支撑))")
# “雄鹰行动”, “八八战略”, “一号工程”: a quoted name that ends like a programme is one, trigger or not
QUOTED_NAMED_RE = re.compile(rf"“([{CJK}A-Za-z0-9+、]{{2,14}}?(专项行动|行动计划|工程|行动|计划|战略))”")
COUNT_STEM_RE = re.compile(r"[\d一二三四五六七八九十两几多]+(?:大|个|项|类|条)")
QUOTED_NAME_LEADS = ("以", "把", "将", "和", "与", "、", "，", "。", "；", "：", "”", "\n", "实施", "推进", "推动", "开展", "深化",
                     "打造", "建设", "启动", "落实")
# 作为“一把手”工程, “民心”工程: a task called a project by way of speech, no programme
METAPHOR_PROJECT_RE = re.compile("“(?:一把手|民心|德政|形象|面子|政绩|头号|一号|良心|阳光)”")
QUOTED_BUILD_RE = re.compile(rf"“[{CJK}A-Za-z0-9、]{{2,12}}”(?:建设|工程)")
# 开展“万项技改、万企转型”，: a quoted slogan a campaign verb takes whole, the clause ending after it
QUOTED_CAMPAIGN_RE = re.compile(rf"(?:开展|实施|启动)“(?P<name>[{CJK}、]{{4,14}})”(?=[，,。；;])")


def find_quoted_initiatives(text: str, lex: Lexicon) -> list[Mention]:
    """Quoted initiatives: ``“5G+工业互联网”``, ``“宽带边疆”建设``."""
    out = []
    for match in QUOTED_PLUS_RE.finditer(text):
        name = match.group()
        if COUNT_LABEL_RE.fullmatch(match.group(1)):
            continue  # 构建“3+6”新型产业体系, 稳居全市“6+3”产业前列: a count of industries, no programme
        if not lex.surfaces.get(name):
            out.append(Mention(match.start(), match.end(), name, "Program", name, "quoted-initiative"))
    # “互联网+”协同制造, “互联网+”智慧能源: the actions of the “互联网+” plan, named by the field after the quotes
    for match in PLUS_FIELD_ACTION_RE.finditer(text):
        if not lex.surfaces.get(match.group()):
            out.append(Mention(match.start(), match.end(), match.group(), "Program", match.group(), "quoted-initiative"))
    for match in QUOTED_BUILD_RE.finditer(text):
        name = match.group()
        before = text[max(0, match.start() - 4) : match.start()]
        # (“双加”工程纺织项目, “西气东输”工程的管线: a quoted name with 工程 is a programme without a verb before it;
        # “…”建设 only after one)
        if (name.endswith("工程") and not METAPHOR_PROJECT_RE.match(name) or re.search("|".join(PROGRAM_TRIGGERS), before)) \
                and not lex.surfaces.get(name):
            out.append(Mention(match.start(), match.end(), name, "Program", name, "quoted-initiative"))
    for match in QUOTED_CAMPAIGN_RE.finditer(text):
        name = "“" + match.group("name") + "”"
        if not lex.surfaces.get(match.group("name")) and not COUNT_STEM_RE.match(match.group("name")):
            out.append(Mention(match.start("name") - 1, match.end("name") + 1, name, "Program", name, "quoted-initiative"))
    for match in QUOTED_NAMED_RE.finditer(text):
        stem = match.group(1)[: -len(match.group(2))]
        if stem.startswith(PROGRAM_BAD_STARTS + PROGRAM_TRIGGERS + TRIGGER_FILLERS) or lex.surfaces.get(match.group()) \
                or COUNT_STEM_RE.fullmatch(stem):
            continue  # “十大行动”: a count of actions; “深入实施…战略”: a quoted sentence, not a name
        # 以数字经济“一号工程”为牵引: a field before the quotes is part of the name
        window_start = max(0, match.start() - 8)
        window = text[window_start : match.start()]
        cut = max((window.rfind(w) + len(w) for w in QUOTED_NAME_LEADS if w in window), default=-1)
        prefix = window[cut:] if cut >= 0 else ""
        # …only a term the dictionary knows (数字经济), not a speaker (习近平总书记“…”)
        start = match.start() - len(prefix) if prefix and lex.surfaces.get(prefix) else match.start()
        out.append(Mention(start, match.end(), text[start : match.end()], "Program", text[start : match.end()], "quoted-initiative"))
    return out


DISTRIBUTIVE_RE = re.compile(
    r"等?(?:[一二三四五六七八九十两]{1,3}|\d{1,2})(?:项|大|个|类)(?:重大|重点|专项)?(?P<suffix>专项行动|行动计划|工程|行动)"
)


def find_distributive_programs(text: str, lex: Lexicon) -> list[Mention]:
    """``实施A、B、C等五项重大工程``: every item is a programme named item + 工程 (A工程, B工程 …).

    Each mention spans its item; the label is the dictionary's when item + suffix is known.
    """
    out = []
    for match in DISTRIBUTIVE_RE.finditer(text):
        start = _clause_start(text, match.start(), limit=120, allow_enum_in_quotes=False)
        while start > 0 and text[start - 1] == "、":
            start = _clause_start(text, start - 1, limit=60, allow_enum_in_quotes=False)
        clause = text[start : match.start()]
        cut = _after_trigger(clause, PROGRAM_TRIGGERS)
        if cut is None:
            continue
        items_text, base = clause[cut:], start + cut
        parts = re.split(r"(、|和|及)", items_text)
        items, pos = [], base
        for part in parts:
            if part not in ("、", "和", "及") and part:
                items.append((pos, part))
            pos += len(part)
        if len(items) < 2 or not all(re.fullmatch(f"[{CJK}A-Za-z0-9]{{2,12}}|“[^”]{{1,10}}”[{CJK}]{{0,6}}", p) for _, p in items):
            continue
        base = match.group("suffix")
        if _fields_not_programmes(items, base, lex):
            continue
        # …等五大工程实施指南: each item names a document, item + 工程实施指南.
        doc_tail = re.match(r"实施指南|实施方案|行动方案|指南|实施意见", text[match.end() : match.end() + 4])
        etype = "PolicyDocument" if doc_tail else "Program"
        tail = doc_tail.group() if doc_tail else ""
        for item_start, item in items:
            # A、B工程等五项重大工程: an item that already ends like a programme keeps its own suffix
            name = item + tail if item.endswith(PROGRAM_SUFFIXES) else item + base + tail
            entry = lex.surfaces.get(name)
            label = entry.label if entry and entry.type == etype else name
            out.append(Mention(item_start, item_start + len(item), item, etype, label, "program-distributive"))
    return out


def _fields_not_programmes(items: list[tuple[int, str]], suffix: str, lex: Lexicon) -> bool:
    """True for a list of fields counted as works (实施好集成电路、软件、…和无线电监测等十二项重大工程): no item with
    the suffix is a programme we know, and a third of the items or more are fields; then the items are fields, not twelve programmes
    nobody names. (制造业创新中心建设、…、智能制造等五大工程 holds known programmes: each is one.)"""
    if any((entry := lex.surfaces.get(item + suffix)) and entry.type == "Program" for _, item in items):
        return False
    fields = sum(1 for _, item in items if (entry := lex.surfaces.get(item)) and entry.type == "Sector")
    return fields * 3 >= len(items) and fields >= 2


def resolve_bare_offices(found: list[Mention], named: list[Mention]) -> list[Mention]:
    """A bare 办公室 before a title (毛伟明兼任办公室主任) is the office the article named last before it
    (国家制造强国建设领导小组办公室); with none named it is no body of a name, and goes."""
    offices = sorted((m for m in [*named, *found] if m.type == "Organization" and m.label.endswith(GENERIC_OFFICES)
                      and m.label not in GENERIC_OFFICES), key=lambda m: m.start)
    out = []
    for m in found:
        if m.type == "Organization" and m.label in GENERIC_OFFICES:
            before = [o for o in offices if o.end <= m.start and o.label.endswith(m.label)]
            if not before:
                continue
            m = dataclasses.replace(m, label=before[-1].label, rule="bare-office")
        elif m.type == "Organization" and m.label in BARE_PROVINCE_OFFICES:
            # 工信厅副厅长邱川 on a page that names 西藏自治区工业和信息化厅: that province's department
            full = BARE_PROVINCE_OFFICES[m.label]
            labels = {o.label for o in [*named, *found] if o.type == "Organization" and o.label.endswith(full)
                      and re.search("省|自治区|市", o.label)}
            if not labels:
                # 江苏省人民政府省长X…工信厅厅长Y: with no full name, the department of the one province whose bodies
                # the page names
                provinces = {place.group(1) for o in [*named, *found] if o.type == "Organization"
                             and (place := _PLACE_OF_BODY_RE.match(o.label)) and place.group(1).endswith(("省", "自治区"))}
                labels = {provinces.pop() + full} if len(provinces) == 1 else set()
            if len(labels) == 1:
                m = dataclasses.replace(m, label=labels.pop(), rule="bare-office")
        out.append(m)
    return out


# a place's office written without the place (经济和信息化委员会 is no national body's name)
_PLACELESS_OFFICES = frozenset({*LOCAL_OFFICE_NAMES.values(), "工业和信息化厅", "经济和信息化厅", "科学技术厅", "商务厅",
                                "财政厅", "发展和改革委员会"}) - {"人力资源和社会保障局"}
_PLACE_OF_BODY_RE = re.compile(f"^(?:中国人民政治协商会议|中国共产党)?([{CJK}]{{2,8}}?(?:省|自治区|市))")


def place_chained_offices(text: str, found: list[Mention], named: list[Mention]) -> list[Mention]:
    """``新疆维吾尔自治区政协副主席、经济和信息化委员会党组书记``: an office written without its place, in a chain of
    posts after a body of one province or city, is that place's."""
    orgs = sorted((m for m in [*named, *found] if m.type == "Organization"), key=lambda m: m.start)
    out = []
    for m in found:
        if m.type == "Organization" and m.rule == "department-title" and m.label in _PLACELESS_OFFICES:
            before = [o for o in orgs if o.end <= m.start and m.start - o.end <= 16]
            place = _PLACE_OF_BODY_RE.match(before[-1].label) if before else None
            if place is not None and re.fullmatch(f"[{CJK}]{{0,8}}、", text[before[-1].end : m.start]):
                m = dataclasses.replace(m, label=place.group(1) + m.label, rule="chained-office")
        out.append(m)
    return out


# a province's departments written bare (工信厅副厅长X), and the end of their full names
BARE_PROVINCE_OFFICES = {"工信厅": "工业和信息化厅", "经信厅": "经济和信息化厅", "经信委": "经济和信息化委员会",
                         "工信委": "工业和信息化委员会", "科技厅": "科学技术厅", "商务厅": "商务厅", "财政厅": "财政厅"}


REPEATED_TYPES = ("Program", "PolicyDocument", "Organization")
REPEATED_RULES = ("program-trigger", "document-trigger", "book-title", "program-distributive", "founded-group")


def find_repeated_names(text: str, found: list[Mention]) -> list[Mention]:
    """A programme or document a rule named once (实施X行动) is named wherever the article writes it again.

    ``其中，X行动将聚焦…`` has no trigger verb of its own; the name found earlier still names it.
    """
    out: list[Mention] = []
    named = {(m.text, m.type, m.label) for m in found
             if m.type in REPEATED_TYPES and m.rule in REPEATED_RULES and len(m.text) >= 5}
    taken = {(m.start, m.end) for m in found}
    # (“金卡工程” quoted once, then 金卡工程国产化将…: the same programme written without its quotes)
    named |= {(m.text[1:-1], m.type, m.label) for m in found if m.type == "Program" and m.text.startswith("“")
              and m.text.endswith("”") and len(m.text) >= 6}
    for surface, etype, label in named:
        pos = text.find(surface)
        while pos >= 0:
            quoted = text[pos - 1 : pos] == "“" and text[pos + len(surface) : pos + len(surface) + 1] == "”"
            if (pos, pos + len(surface)) not in taken and not (quoted and not surface.startswith("“")):
                out.append(Mention(pos, pos + len(surface), surface, etype, label, "repeated-name"))
            pos = text.find(surface, pos + len(surface))
    return out


ANAPHOR_RE = re.compile(
    r"(?:^|[，,：:。；\n]\s*)(?:该|这一|这项|此项|此)?(?P<head>行动计划|专项行动|工程|行动|计划|专项)"
    r"(?=将|还|提出|明确|要求|聚焦|围绕|重点|主要|部署|强调|是)"
)
GROUP_OFFICE_RE = re.compile(f"(?<![{CJK}])领导小组办公室")
DOC_ANAPHOR_RE = re.compile(
    r"(?:^|[，,：:。；\n]\s*)(?:该|这一|这份|此)?(?P<head>实施意见|指导意见|行动方案|实施方案|工作方案|意见|规划|方案|纲要|办法|条例)"
    r"(?=将|还|提出|明确|要求|聚焦|围绕|重点|主要|部署|强调|坚持|出台|发布|印发|实施以来|经)"
)


def find_program_anaphors(text: str, known: list[Mention]) -> list[Mention]:
    """A bare head names the latest programme or document with that head.

    ``行动计划聚焦…``, ``专项行动将重点在…`` (a programme within 800 chars);
    ``规划提出…``, ``实施意见发布后…`` (a document within 1,500 chars: an
    interview about one plan calls it 规划 throughout).
    """
    out = []
    by_type: dict[str, list[Mention]] = {"Program": [], "PolicyDocument": [], "Organization": []}
    for m in known:
        bucket = by_type.get(m.type)
        if bucket is not None:
            bucket.append(m)
    # "将成立国家制造强国建设领导小组……领导小组办公室设在工业和信息化部": the office of the group just named.
    groups = [m for m in by_type["Organization"] if m.label.endswith("领导小组")]
    if groups:
        for match in GROUP_OFFICE_RE.finditer(text):
            before = [m for m in groups if m.end <= match.start() and match.start() - m.end <= 800]
            if before:
                ref = max(before, key=lambda m: m.end)
                out.append(Mention(match.start(), match.end(), match.group(), "Organization", ref.label + "办公室", "anaphor"))
    for etype, regex, reach in (("Program", ANAPHOR_RE, 800), ("PolicyDocument", DOC_ANAPHOR_RE, 1500)):
        refs = sorted(by_type[etype], key=lambda m: m.end)
        if not refs:
            continue
        ends = [m.end for m in refs]
        for match in regex.finditer(text):
            start = match.start("head")
            head = match.group("head")
            i = bisect_left(ends, start + 1)
            for ref in reversed(refs[max(0, i - 20) : i]):
                if start - ref.end > reach:
                    break
                if ref.label.endswith(head):
                    if etype == "PolicyDocument":
                        # The document the article is about is the one it names first (节能与…规划 cited
                        # as background does not take over 规划).
                        ref = next(m for m in refs if m.label.endswith(head))
                    out.append(Mention(start, match.end("head"), head, etype, ref.label, "anaphor"))
                    break
    return out


def classify_title(name: str) -> str:
    """Type of a 《》 title: a plan or campaign is a Program, the rest PolicyDocuments."""
    if name.endswith(PROGRAM_SUFFIXES) and not name.endswith(("规划", "方案")):
        return "Program"
    return "PolicyDocument"


# How a policy text's title ends (besides DOC_SUFFIXES and programme heads); a title in 《》 that ends
# otherwise (…运行情况, …市场力量, …专电) names a book, report, article or programme on air.
DOC_TITLE_ENDINGS = DOC_SUFFIXES + PROGRAM_SUFFIXES + (
    "建议", "手册", "清单", "规范", "规范条件", "公告", "通告", "措施", "政策", "白皮书", "路线图", "指引", "要点", "准则",
    "制度", "批复", "规则", "蓝图",
    # texts two governments sign (《中华人民共和国工业和信息化部与…关于加强工业领域合作的谅解备忘录》)
    "备忘录", "协议", "协定", "联合声明", "议定书",
)
TITLE_NOTE_RE = re.compile(r"[(（](?:试行|暂行|征求意见稿|送审稿|修订稿|修订|草案|第[一二三四五六七八九十\d]+批|[^()（）]*\d{4}[^()（）]*)[)）]$")
VERSION_END_RE = re.compile(r"\s*(?:[VvＶ]?\d{1,2}\.\d{1,2}版?|[(（]\d{4}年?版[)）]|\d{4}年?版)$")
ABBREVIATION_CUE_RE = re.compile(r"(?:以下|下文)?(?:简称|称)为?$")


def ends_like_a_document(name: str) -> bool:
    """A title ends like a policy text (…规划, …管理办法(试行), 数据二十条), not like a report or a show."""
    name = TITLE_NOTE_RE.sub("", name).strip()
    name = VERSION_END_RE.sub("", name)  # 《浙江省数字经济系统建设方案2.0》, 《…目录(2024年版)》: a version
    return name.endswith(DOC_TITLE_ENDINGS) or re.search(r"[一二三四五六七八九十]+条$", name) is not None


def find_book_titles(text: str, lex: Lexicon, dictionary: list[Mention] | None = None) -> list[Mention]:
    """Names in 《》: documents, or programmes when the title is an action plan.

    ``(以下简称《规划》)`` and a later bare 《规划》 name the title before them. A title that
    is in no dictionary and does not end like a document (《我省上半年工业经济运行情况》, a
    report 《中国制造2025:产业政策对弈市场力量》) is blocked, so no name inside it is taken either.
    ``dictionary`` holds the dictionary's matches, spun ones included (《中国建造2025》).
    """
    out: list[Mention] = []
    matched = {(m.start, m.end): m for m in dictionary or () if m.type != "NotEntity"}
    short_forms: dict[str, Mention] = {}
    for match in re.finditer(r"《([^《》\n]{2,80})》", text):
        raw = match.group(1)
        # 《" 机器人 +" 应用行动实施方案》: spaces a page put around quotes and signs are no part of the title
        name = re.sub(r"\s*([“”\"+＋])\s*", r"\1", _strip_edition(raw)).strip()
        if not name or name.endswith(("报", "网", "杂志", "日报", "晚报")):
            continue
        known = lex.surfaces.get(name)
        if known and known.type not in ("NotEntity",):
            out.append(Mention(match.start(1), match.end(1), raw, known.type, known.label, "book-title-dict"))
            continue
        if known:
            continue
        spun = matched.get((match.start(1), match.start(1) + len(name)))
        if spun is not None:
            out.append(spun)  # the dictionary match stands; listed here for the short forms after it
            continue
        previous = [m for m in out if m.type in ("PolicyDocument", "Program")]
        if ABBREVIATION_CUE_RE.search(text, max(0, match.start() - 6), match.start()) and previous \
                and match.start() - previous[-1].end <= 12:
            short_forms[name] = previous[-1]  # 《…规划(2021-2035年)》(以下简称《规划》)
        # 《促进新一代人工智能产业发展三年行动计划》 … 《三年行动计划》: the tail of an earlier title names it
        tail_of = next((m for m in reversed(previous) if m.label.endswith(name) and len(m.label) >= len(name) + 4), None)
        if name in short_forms or name in DOC_SUFFIXES or name in PROGRAM_SUFFIXES or tail_of is not None:
            # A short form or a bare head (《规划》) names the latest title it was given for, or that ends with it.
            ref = short_forms.get(name) or next((m for m in reversed(previous) if m.label.endswith(name)), None)
            if ref is not None:
                out.append(Mention(match.start(1), match.end(1), raw, ref.type, ref.label, "anaphor"))
            continue
        if not ends_like_a_document(name) and not text.startswith("白皮书", match.end()):  # 《中国的航天》白皮书
            out.append(Mention(match.start(), match.end(), match.group(), "NotEntity", "PolicyDocument", "not-entity"))
            continue
        out.append(Mention(match.start(1), match.end(1), raw, classify_title(name), name, "book-title"))
    return out


# 出台了关于金融支持工业稳增长调结构增效益的若干意见, 落实国务院关于…的若干意见: a title without 《》
ABOUT_TITLE_RE = re.compile(r"关于[^，,。；;：:“”《》\n]{4,40}?的(?:若干|指导|实施)?(?:意见|通知|决定)")
ABOUT_ISSUER_RE = re.compile(r"(?:国务院办公厅|中共中央办公厅|国务院|中共中央)$")
ABOUT_TRIGGER_RE = re.compile(r"(?:出台了?|印发了?|发布了?|落实|贯彻|贯彻落实|颁布了?|[，,。；;：:\n])$")


def find_about_titles(text: str, lex: Lexicon) -> list[Mention]:
    """``关于…的若干意见`` titles written without 《》, after a verb of issuing or as a clause of their own."""
    out = []
    if "关于" not in text:
        return out
    for match in ABOUT_TITLE_RE.finditer(text):
        issuer = ABOUT_ISSUER_RE.search(text, max(0, match.start() - 8), match.start())
        start = issuer.start() if issuer else match.start()
        trigger = ABOUT_TRIGGER_RE.search(text, max(0, start - 4), start)
        if trigger is None or (not trigger.group()[-1:].isalpha() and issuer is None):
            continue  # a clause starting 关于… is a topic (关于…的问题), unless a central body's title
        name = text[start : match.end()]
        entry = lex.surfaces.get(name)
        label = entry.label if entry is not None and entry.type == "PolicyDocument" else name
        out.append(Mention(start, match.end(), name, "PolicyDocument", label, "document-trigger"))
    return out


ISSUED_AFTER_RE = re.compile(r"(?:正式|近日|日前)?(?:印发|出台|发布|公布)(?:实施)?(?:[，,。；;！!\s]|$)")


def find_unquoted_documents(text: str, lex: Lexicon) -> list[Mention]:
    """Titled documents without 《》 after 印发/出台/落实: ``落实工业领域碳达峰实施方案``."""
    suffix_re = re.compile("|".join(s for s in DOC_SUFFIXES if len(s) >= 3))
    triggers = ("印发了", "印发", "出台了", "发布了", "落实", "贯彻", "实施", "执行", "修订发布", "修订")
    out = []
    for match in suffix_re.finditer(text):
        start = _clause_start(text, match.start())
        clause = text[start : match.start()]
        cut = _after_trigger(clause, triggers)
        if cut is None and ISSUED_AFTER_RE.match(text, match.end()):
            cut = 0  # 内蒙古自治区先进制造业集群建设行动方案印发: the whole clause names what was issued
        if cut is None:
            continue
        name = clause[cut:] + match.group()
        stem = name[: -len(match.group())]
        if len(stem) < 4 or "的" in stem or "、" in stem or stem.startswith(PROGRAM_BAD_STARTS):
            continue
        out.append(Mention(start + cut, match.end(), name, "PolicyDocument", name, "document-trigger"))
    # 拟定电子信息产业振兴规划, 解读“十一五”软件产业发展规划: an industry's named plan after a verb that handles it
    titles = [_strip_edition(t) for t in re.findall(r"《([^《》\n]{2,80})》", text)] if "《" in text else []
    for match in NAMED_PLAN_RE.finditer(text):
        name = match.group("name")
        if lex.surfaces.get(name) or name.startswith(PROGRAM_BAD_STARTS + GENERIC_PLAN_STEMS) or COUNT_START_RE.match(name) \
                or COUNT_STEM_RE.match(name) or "了" in name:
            continue  # 十个重点产业调整和振兴规划, 十大产业…: a count of plans
        # 北京发布“十四五”高精尖产业发展规划 (a headline) names 《北京市“十四五”时期高精尖产业发展规划》
        core = re.sub(r"“[^“”]*”", "", name)
        label = next((t for t in titles if core in t), name)
        out.append(Mention(match.start("name"), match.end("name"), name, "PolicyDocument", label, "document-trigger"))
    return out


NAMED_PLAN_RE = re.compile(
    r"(?:印发了?|出台了?|发布了?|落实|贯彻|实施|执行|解读|拟定|制定|编制|起草|研究制定)(?:完成|好)?(?:了)?"
    rf"(?P<name>(?:“[^“”]{{2,6}}”)?[{CJK}]{{2,10}}?(?:产业|行业|工业)(?:调整和)?(?:振兴|发展|调整)规划)"
)


# A notice's title line: its issuers, then 关于…的通知 (工业和信息化部办公厅关于组织开展…工作的通知,
# 工业和信息化部 国务院国资委关于印发…目录的通知). The issuers end like a body's name.
NOTICE_TITLE_RE = re.compile(
    r"^[ \t]*(?P<issuers>[^\n，,。：:；“”《》]{2,80}?[部委厅局院办室署会行府])关于"
    r"(?P<rest>[^\n，,。；]{2,100}?)的(?P<kind>通知|意见|决定|批复|公告|通告|函)[ \t]*$",
    re.M,
)
NOTICE_FORWARDS_RE = re.compile(r"(?:印发|转发|发布|公布)")


def find_notice_titles(text: str, lex: Lexicon) -> list[Mention]:
    """Documents a notice's title line names: the text it 印发 (…关于印发X的通知: X), else the notice itself
    under its 关于… title (the issuers dropped, as for 《关于…的通知》)."""
    out = []
    for match in NOTICE_TITLE_RE.finditer(text):
        rest_start = match.start("rest")
        forwards = NOTICE_FORWARDS_RE.match(text, rest_start)
        if forwards:
            start, end = forwards.end(), match.end("rest")
            if text[start:start + 1] == "《" and text[end - 1 : end] == "》":
                continue  # 《X》: the book-title rule names it
            name = _strip_edition(text[start:end]).strip()
            if len(name) >= 4 and ends_like_a_document(name) and name not in lex.surfaces:
                out.append(Mention(start, end, text[start:end], classify_title(name), name, "notice-title"))
            elif name not in lex.surfaces and not ends_like_a_document(name):
                # 关于公布第二批…城市名单的通知: a list published, no document: the notice itself is the document
                start, end = rest_start - 2, match.end("kind")
                out.append(Mention(start, end, text[start:end], "PolicyDocument", text[start:end], "notice-title"))
        else:
            start, end = rest_start - 2, match.end("kind")
            out.append(Mention(start, end, text[start:end], "PolicyDocument", text[start:end], "notice-title"))
    return out


def _normalize_event_name(name: str) -> str:
    """Recurring meetings keep one label across years; a dated press conference keeps its year."""
    # 在6月9日2021年世界半导体大会开幕式上, 22日博鳌亚洲论坛…: the day it opened
    # (10日至12日全省…工作会议: a clause cut at 至 leaves the last day of the span)
    name = re.sub(r"^(?:(?:\d{4}年)?\d{1,2}月)?\d{1,2}日|^[至到]\d{1,2}日", "", name)
    # 世界低碳与生态经济大会暨技术博览会之光伏产业合作推进会: a meeting held within a bigger event is named by its own name
    # (…大会暨技术博览会之…: the joint event's parts are named first, each on its own)
    name = re.sub(r"^[^暨]{2,40}?(?:博览会|大会|论坛|峰会|展览会|交易会)之(?=.{4})", "", name)
    name = re.sub(r"^(?:今年|去年|明年|本年度)(?=全[国省市县区州])", "", name)  # 在今年全省经济工作会议上: when, not which
    name = re.sub(r"^中国(?=全国)", "", name)  # 中国全国国防科技工业民品工作会议: a wire service's 中国 for foreign readers
    if not name.endswith("发布会"):
        # (2019年度推动…座谈会, 二00四年…, 2007·…论坛, 2008’中国(广西)…论坛)
        # (一九八九青岛机电产品出口洽谈会: a year in Chinese numerals without 年)
        name = re.sub(r"^(?:[\d〇零一二三四五六七八九]{4}年度?|\d{4}|[一二][九〇零][〇零一二三四五六七八九]{2})[·•・’'‘]?", "", name)
    elif "系列" in name:
        name = re.sub(r"^(?:\d{4}年度?|\d{4})", "", name)  # 2018年云南省两会系列新闻发布会: a series is one event
    # 首届数字中国建设峰会, 第七届…: the edition is no part of the name; 图为…: a photo caption's lead
    name = re.sub(r"^(?:[上下左右]?图为|图片为)", "", name)
    # 十、全国工业和信息化工作会议 (an item of a numbered list), [转帖]全国…会议 (a forum's repost tag)
    name = re.sub(r"^(?:[一二三四五六七八九十]{1,3}、|\[[^\[\]]{1,6}\]|【[^【】]{1,6}】)", "", name)
    name = re.sub(f"(?<=[{CJK}])[(（][A-Z][A-Za-z0-9]{{1,7}}[)）](?=[{CJK}])", "", name)  # 亚太经合组织（APEC）贸易部长会议
    # (粤西片区(韶关、阳江、湛江)工作会议: the region's cities are no part of its name)
    name = re.sub(f"(?<=[{CJK}])[(（]{_PLACE_LIST_RE.pattern}[)）](?=[{CJK}])", "", name)
    # 出席开幕式暨中国—亚欧经济发展合作论坛: the opening of the event named before, then the forum held with it
    # (开幕式暨高峰会 leaves a bare 高峰会, too short for a name)
    name = re.sub(r"^(?:开幕式|开幕仪式|开幕会|闭幕式)(?:暨|和|及)", "", name)
    # (中国大陆首届中国国际消费品博览会: a Taiwan paper's 大陆 before the edition)
    name = re.sub(r"^(?:中国)?大陆(?=首届|首次|第)", "", name)
    name = re.sub(r"^(?:第[一二三四五六七八九十百\d]+(?:届|次|场)|首届|首次)", "", name)
    # 青海省人民政府第93次常务会议: a government's standing meeting is one event across its sessions
    name = re.sub(r"(?<=政府)第[\d一二三四五六七八九十百]+次(?=常务会议|全体会议)", "", name)
    # …and a leading group's meetings (国务院促进中小企业发展工作领导小组第一次会议)
    name = re.sub(r"(?<=领导小组)第[\d一二三四五六七八九十百]+次(?=(?:全体)?会议)", "", name)
    # 成功举办了四届全球工业互联网大会: a count of editions (十四届全国人大 is a term, named with its body)
    return re.sub(r"^[两三四五六七八九十\d]{1,2}届(?!全国|中央|人大|政协|全会|[一二三四五六七八九]中全会)", "", name)


def _event_label(name: str) -> str:
    """中国发展高层论坛2023年年会, 中国发展高层论坛2009: the year's session of a recurring forum is the forum;
    “展望十三五”系列报告会第六场报告会: one sitting of a series is the series."""
    name = re.sub(r"(系列(?:报告会|讲座|论坛))第[\d一二三四五六七八九十百]+(?:场|期|讲)(?:报告会|讲座|论坛)?$", r"\1", name)
    # 中国(包头)稀土产业论坛: a host place in brackets keeps the full-width brackets Chinese names are written with
    # (normalizing folded them)
    name = re.sub(f"\\(([{CJK}]{{2,6}})\\)", r"（\1）", name)
    return re.sub(r"(?<=论坛|峰会|大会)(?:\d{4}年?(?:年会)?)$", "", name)


_SHORT_IN_EVENT = {"工业和信息化": "工信", "经济和信息化": "经信", "发展和改革": "发改"}
_SHORT_IN_EVENT_RE = re.compile("|".join(_SHORT_IN_EVENT))


def fold_event_variants(mentions: list[Mention]) -> list[Mention]:
    """One label for an event an article names with and without 系列 (a headline shortens it), with a body's short
    or full name inside (工信工作会议, 工业和信息化工作会议), or once with and once without the words before its
    quoted name (新能源汽车“两会”精神宣贯会, “两会”精神宣贯会): the full one."""
    full = {m.label.replace("系列", ""): m.label for m in mentions if m.type == "Event" and "系列" in m.label}
    labels = {m.label for m in mentions if m.type == "Event"}
    # 全市工信工作会议 (a headline) and 全市工业和信息化工作会议: a body's short name inside the name, the full one
    for label in labels:
        short = _SHORT_IN_EVENT_RE.sub(lambda m: _SHORT_IN_EVENT[m.group()], label)
        if short != label and short in labels:
            full[short] = label
    for short in (label for label in labels if label.startswith("“")):
        longer = [label for label in labels if label.endswith(short) and label != short]
        if len(longer) == 1:
            full[short] = longer[0]
    if not full:
        return mentions
    return [
        dataclasses.replace(m, label=full[m.label]) if m.type == "Event" and m.label in full else m for m in mentions
    ]


# 举办30余场论坛, 召开两次座谈会: a count of meetings, not a named one (第十二届 is an edition, kept apart).
COUNT_START_RE = re.compile(r"[\d一二三四五六七八九十百千两多数]+(?:余|多)?(?:场|个|次|项|家|类|轮|批|期)")


# 中国互联网大会在京举办, “2016大数据产业峰会”在北京盛大召开: the name, then where and how it was held
_DAY_IN_NUMERALS = "[一二三]?十?[一二三四五六七八九十]日"  # (十六日, 七日, 二十九日: a newspaper's day)
HELD_AFTER_RE = re.compile(r"”?(?:[，,]?(?=于|\d{1,2}日|" + _DAY_IN_NUMERALS + r"|今|昨|当))?"  # “A”和“B”，昨天在…开幕: a comma before the day
                           r"(?:[(（](?:以下)?简称[^()（）\n]{1,12}[)）])?"  # 峰会(简称“峰会”)在…召开: its short name first
                           # 2023中国产业转移发展对接活动(广西)开幕式在南宁举行: the host region and the opening after
                           f"(?:[(（][{CJK}]{{2,8}}[)）])?(?:开幕式|开幕仪式|启动仪式|开幕会)?"
                           # (…博览会昨在成都开幕: a headline's one-character day)
                           # (…交流会十六日在厦门召开: a newspaper's day in Chinese numerals)
                           r"(?:于[^，,。；;、“”]{1,16}?|(?:\d{1,2}日|" + _DAY_IN_NUMERALS + r"|今日|今天|昨日|昨天|当日|当天"
                           r"|昨(?=在)|今(?=在))(?:上午|下午|晚间|晚上)?)?"
                           r"(?:刚刚|刚|已|日前|近日)?(?:在[^，,。；;、“”]{1,16}?)?"
                           r"(?:隆重|正式|顺利|盛大|如期)?"
                           r"(?:举办|举行|召开|开幕|启幕|揭幕|闭幕|落幕|结束|开班|结业|拉开帷幕)")  # “…大会”于5月17日在北京召开
LEADING_TIME_RE = re.compile(r"^(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|近日|日前|今天|今日|昨天|昨日|当天|本周)(?:上午|下午|晚间|晚上)?")


def _held_after(text: str, end: int, clause: str) -> int | None:
    """Where the name starts in ``clause`` when the event name is followed by 在…举办/召开/开幕, else None."""
    if not HELD_AFTER_RE.match(text, end):
        return None
    cut = clause.rfind("的") + 1  # 由工业和信息化部指导、…主办的X在京召开
    time = LEADING_TIME_RE.match(clause[cut:])
    cut += time.end() if time else 0
    if clause[cut:].startswith("“") and text.startswith("”", end):
        cut += 1  # a quoted name: the quotes are not part of it
    return cut


# 举行《“十四五”机器人产业发展规划》新闻发布会, 举行《2016中国的航天》白皮书新闻发布会: a press conference named
# after the document it presents (the book-title marks break a clause, so the general rule cannot see it)
TITLED_PRESS_RE = re.compile(r"(?:举行|召开|举办)[了的]?《(?P<title>[^《》\n]{2,60})》(?P<kind>白皮书)?(?P<suffix>新闻发布会|发布会|吹风会)")
# 国新办举行新闻发布会，介绍2021年上半年工业和信息化发展情况: a press conference named only by the topic it presents
TOPIC_PRESS_RE = re.compile(
    # the presenters may be one or several, invited (请A，B介绍) or not (A介绍)
    # (在国新办举行的新闻发布会上，A介绍了Y情况: the same, said the other way round)
    r"(?:举行|召开)(?:了|的)?(?P<suffix>新闻发布会|发布会)(?:上[，,]?|[，,])\s*(?:[^。；\n]{2,120}?)?(?:介绍|通报|发布)了?"
    r"(?:(?P<topic>[^，,。；、《》“”\n]{4,36}?)(?:有关)?情况"
    # …介绍《国务院关于加快培育和发展战略性新兴产业的决定》有关情况: the document it presents
    r"|《(?P<title>[^《》\n]{2,60})》(?:的)?(?:有关|相关)?(?:情况|内容))"
)


# 国新办就贯彻落实…,促进工业通信业转型发展有关情况举行新闻发布会: the topic before the conference
TOPIC_BEFORE_PRESS_RE = re.compile(
    # (举行发布会 alone, in the text of a series' conference, names the series' one: 就…情况举行发布会 is left to it)
    r"就(?P<topic>[^。；;\n《》“”]{4,60}?)(?P<about>有关|相关)?情况(?:举行|召开)(?:了)?(?P<suffix>新闻发布会)")


def find_press_conferences_by_topic(text: str) -> list[Mention]:
    """Press conferences named by what they present: the document (举行《X》新闻发布会) or the topic
    (举行新闻发布会，介绍Y情况 is ``Y情况新闻发布会``, the form the conference's own title takes)."""
    out = []
    for match in TITLED_PRESS_RE.finditer(text):
        title = _strip_edition(match.group("title"))
        label = title + (match.group("kind") or "") + match.group("suffix")
        start = match.end("title")  # from 》: the title itself stays a document mention
        out.append(Mention(start, match.end(), text[start : match.end()], "Event", label, "event-trigger"))
    for match in TOPIC_BEFORE_PRESS_RE.finditer(text) if "就" in text else ():
        # (the mention is the verb and the conference word: the bare word alone is blocked as generic)
        start, end = match.end("topic") + len(match.group("about") or "") + 2, match.end("suffix")
        label = match.group("topic") + (match.group("about") or "") + "情况" + match.group("suffix")
        out.append(Mention(start, end, text[start:end], "Event", label, "event-trigger"))
    named_by_topic = bool(out)
    for match in TOPIC_PRESS_RE.finditer(text):
        topic = match.group("topic")
        if named_by_topic and not match.group("title"):
            continue  # 国新办就中国高新技术产业发展情况举行新闻发布会…介绍十六大以来…情况: the same conference
        if match.group("title"):
            label = _strip_edition(match.group("title")) + match.group("suffix")
        elif "的" in topic or not re.match(r"\d{4}年|[^的]{0,12}(?:发展|运行|工作|经济)", topic) \
                and not text.startswith("有关情况", match.end("topic")):
            continue  # 介绍有关情况, 介绍会议的情况: no topic that names the conference (介绍X有关情况: X is one)
        else:
            label = topic + ("有关" if text.startswith("有关情况", match.end("topic")) else "") + "情况" + match.group("suffix")
        # The mention is the conference word and its comma: the topic after it may name fields, and the
        # bare word alone is blocked as generic.
        start, end = match.start("suffix"), match.end("suffix") + 1
        if text.startswith("上", match.end("suffix")):
            # 举行的新闻发布会上，A介绍: the attends rules read 上 after the event (and 的 keeps the span no bare word)
            start, end = start - 1, end - 1
        out.append(Mention(start, end, text[start:end], "Event", label, "event-trigger"))
    return out


# 工业和信息化部29日上午在北京举行挂牌仪式: a body's own ceremony, named after the body
BODY_CEREMONY_RE = re.compile(r"(?:举行|举办)(?:了)?(?P<kind>挂牌仪式|揭牌仪式|成立大会|成立仪式)")
BODY_PLAQUE_RE = re.compile(r"(?:正式|隆重)?(?P<kind>挂牌|揭牌)(?:成立|运作|运行)?(?=[。，,；;\n])")


def find_body_ceremonies(text: str, lex: Lexicon) -> list[Mention]:
    """``工业和信息化部29日上午在北京举行挂牌仪式``: the ceremony of the body the clause opens with, under the body's
    name (工业和信息化部挂牌仪式), and each later bare mention of that ceremony (出席挂牌仪式)."""
    out: list[Mention] = []
    if "仪式" not in text and "成立大会" not in text:
        return out
    for match in BODY_CEREMONY_RE.finditer(text):
        start = _clause_start(text, match.start())
        body = next(((s, e, entry) for s, e, entry in lex.find(text[start : match.start()])
                     if s == 0 and entry.type == "Organization"), None)
        if body is None:
            continue
        kind = match.group("kind")
        label = body[2].label + kind
        out.append(Mention(match.start("kind"), match.end("kind"), kind, "Event", label, "body-ceremony"))
        pos = text.find(kind, match.end())
        while pos >= 0:
            out.append(Mention(pos, pos + len(kind), kind, "Event", label, "body-ceremony"))
            pos = text.find(kind, pos + len(kind))
    if out:
        return out
    # 新组建的工业和信息化部二十九日在北京正式挂牌。…汤维钧在挂牌仪式上致辞: the body put up its plaque, and the bare
    # ceremony named after it is that body's
    for match in BODY_PLAQUE_RE.finditer(text):
        kind = match.group("kind") + "仪式"
        pos = text.find(kind, match.end())
        if pos < 0:
            continue
        start = _clause_start(text, match.start())
        bodies = [(s, e, entry) for s, e, entry in lex.find(text[start : match.start()]) if entry.type == "Organization"]
        # (海南省人民政府|国有资产监督管理委员会: a place's body whose tail alone is a national one's name)
        if not bodies or bodies[-1][0] > 0 and re.match(f"[{CJK}]", text[start + bodies[-1][0] - 1]) \
                and text[start + bodies[-1][0] - 1] != "的":
            continue
        label = bodies[-1][2].label + kind
        while pos >= 0:
            out.append(Mention(pos, pos + len(kind), kind, "Event", label, "body-ceremony"))
            pos = text.find(kind, pos + len(kind))
        break
    return out


GOVERNMENT_STEM_RE = re.compile(f"(?:[{CJK}]{{2,8}}?(?:省|自治区|市))?(?:省|市|自治区)?(?:人民)?政府")


# the body a yearly work meeting is named by, right before the verb that holds it (浙江省通信管理局|召开)
_HOLDING_BODY_RE = re.compile(f"^(?:.*?[^{CJK}])?([{CJK}]{{3,20}}?(?:局|厅|委员会|委|部|司|办公室))(?:召开|举行)了?$")


# meetings held to prepare or present another event (…博览会动员会, …论坛新闻发布会): with it, one event
PREPARATORY_MEETINGS = ("动员会", "筹备会", "推介会", "新闻发布会", "发布会", "说明会", "协调会", "总结会", "表彰会", "动员大会",
                        "筹备工作会议", "总结表彰大会")
HEARD_AT_AFTER_RE = re.compile(r"上?(?:获悉|了解到|得知)")


# 浙黔两省举行…交流会, 沪滇两地召开…: a pair of provinces (one-character short names) holding a meeting together
_PROVINCE_CHARS = "京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔滇陕秦甘陇青宁新藏桂蒙港澳"
_PAIR_HOSTS_RE = re.compile(f"([{_PROVINCE_CHARS}]{{2}}两(?:省区市|省市|省区|省|市|区|地)"
                            # (出席十四届全国人大三次会议的河北省代表团举行开放团组活动: a delegation's own session)
                            f"|(?<![{CJK}])[{CJK}]{{2,8}}?代表团|(?<=的)[{CJK}]{{2,8}}?代表团)(?:共同|联合)?(?:举行|召开|举办)了?$")


def find_events(text: str, lex: Lexicon) -> list[Mention]:
    """Named meetings and press conferences after 举行/召开: ``召开了全国专精特新中小企业发展大会``."""
    suffix_re = re.compile("|".join(s + "(?!议)" if s.endswith("会") else s for s in EVENT_SUFFIXES))  # 分析会议: 会议
    out = find_press_conferences_by_topic(text) + find_body_ceremonies(text, lex)
    for match in suffix_re.finditer(text):
        if text.startswith(("中心", "室", "厅", "馆", "楼", "堂", "发言"), match.end()):
            continue  # 北京国际会议中心, 会议室: a venue; 在…会议上作大会发言: a speech at the plenary
        start = _clause_start(text, match.start(), limit=80, enum_breaks=False, place_lists=True)
        closing = text.rfind("”", start, match.start())
        if text.count("”", start, match.start()) > text.count("“", start, match.start()) \
                and text[closing - 1] not in "。！？!?…":  # (…。”记者从…发布会: a quoted speech ended before)
            quote = text.rfind("“", max(0, start - 60), start)  # 主题为“政策支持…发展,自主创新…”的…会议: a comma in the theme
            if quote > 0:
                start = _clause_start(text, quote, limit=40, enum_breaks=False)
        titled = start > 0 and text[start - 1] == "》" and (opening := text.rfind("《", max(0, start - 60), start)) > 0 \
            and re.sub(r"[(（][^()（）]{1,16}[)）]$", "", text[opening + 1 : start - 1]).endswith(DOC_SUFFIXES)
        if titled:  # (《经济通通讯社23日专讯》第25届…博览会: a dateline, no document)
            # 召开《…发展规划》专家咨询会, 《…规划》宣贯会: a meeting named after a document
            start = _clause_start(text, opening, limit=40, enum_breaks=False)
        clause = text[start : match.start()]
        cut = _after_trigger(clause, EVENT_TRIGGERS, last=True)
        held_after = cut is None
        if cut is None and HEARD_AT_AFTER_RE.match(text, match.end()):
            # 记者从“解读四川省委十一届三次全会精神”新闻发布会上获悉: a quoted name the news was heard at
            heard = re.search(r"从(?=“[^“”]{2,40}”$)", clause)
            cut = heard.end() if heard else None
        if match.group() == "培训班" and not (cut is not None and re.search("(?:举办|举行|召开|开办)了?$", clause[:cut])):
            cut = None  # 在中央党校中青年干部培训班学习: a course attended, named as an event only when held (…培训班在武汉开班)
        if cut is None:
            cut = _held_after(text, match.end(), clause)
            if cut is None:
                continue
        if re.search(r"(?:期间|同期|框架下|分论坛)(?:举行|召开|举办)?的?$", clause[:cut]):
            continue  # a side forum of a bigger event: the officials attend that event
        if clause[cut:].count("“") > clause[cut:].count("”"):
            # 在“全国…座谈会”上, 以“智造未来——中国制造业企业媒体见面会”为主题: the quote closes after the
            # suffix, so it is not part of the name, nor is a slogan before a dash
            cut += clause[cut:].rfind("“") + 1
            dash = clause.rfind("——", cut)
            cut = dash + 2 if dash >= 0 else cut
        # 召开A座谈会和B座谈会: two meetings; this one starts after the first and its conjunction
        # (an event's own name may follow its kind in quotes: 俄罗斯国家级工业博览会“INNOPROM”及…)
        inner = list(re.finditer(f"(?:{'|'.join(EVENT_SUFFIXES)})(?:“[^“”]{{1,20}}”)?(?P<join>”?(?:和|及|与|、)“?)", clause[cut:]))
        if inner and held_after:
            # “A博览会”和“B论坛”，昨天在…开幕: the first is held too, and no verb before it names it
            left_start = cut + (inner[-2].end() if len(inner) > 1 else 0)
            left_raw = clause[left_start : cut + inner[-1].start("join")].lstrip("“")
            left = _normalize_event_name(left_raw)
            kind = re.sub(r"“[^“”]{1,20}”$", "", left)  # 工业博览会“INNOPROM”: the kind before its quoted name
            suffix = next((x for x in EVENT_SUFFIXES if kind.endswith(x)), "")
            left_stem = kind[: -len(suffix)] if suffix else ""
            if len(left_stem) >= 4 and not left_stem.startswith(EVENT_BAD_STARTS) and "的" not in left_stem:
                left_end = start + cut + inner[-1].start("join")
                out.append(Mention(left_end - len(left), left_end, left, "Event", _event_label(left), "event-trigger"))
        cut += inner[-1].end() if inner else 0
        # (…联合主办“数实融合、数智赋能”为主题2023工业互联网大会: a page that lost its 以…的 keeps the theme's 为主题)
        themed = re.match(r".*(?:(?:主题|题)为?“[^“”]{2,40}”的|“[^“”]{2,40}”为主题的?)", clause[cut:])
        if themed:
            cut += themed.end()  # 召开了主题为“…”的全国集成电路行业工作会议: the theme is no part of the name
        raw = clause[cut:] + match.group()
        name = _normalize_event_name(raw)
        # where the name starts in raw: after what normalizing cut off its start (2019年度, 第七届); a session's number
        # cut inside it (政府第93次常务会议, 领导小组第一次会议) moves no start
        offset = next((at for at in (raw.find(name[:k]) for k in (4, 3, 2)) if at >= 0), len(raw) - len(name))
        if titled and name.startswith("《") and name.count("《") == 1:
            name = name.replace("《", "").replace("》", "")
        stem = name[: -len(match.group())]
        pair = _PAIR_HOSTS_RE.search(clause, 0, cut) if not held_after else None
        if match.group() in ("工作会议", "工作会") or match.group() == "会议" and stem.endswith("工作"):
            # 浙江省通信管理局召开2026年工作会议, 电子信息司召开2011年工作会议: a body's own yearly work meeting,
            # named by the body that holds it (the span stays the meeting's words; the label names the body)
            subject = _HOLDING_BODY_RE.search(clause[:cut])
            if re.fullmatch(r"(?:[\d〇零一二三四五六七八九]{4}年度?)?(?:工作)?", raw[: -len(match.group())]) and subject:
                label = subject.group(1) + "工作会议"
                out.append(Mention(start + cut, match.end(), raw, "Event", label, "event-trigger"))
                continue
        # 省政府常务会议, 青海省人民政府常务会议: a government in session is a named event
        session = match.group() in ("常务会议", "全体会议") and GOVERNMENT_STEM_RE.fullmatch(stem) is not None \
            or match.group() in ("会议", "全体会议") and stem.endswith("领导小组") and len(stem) > 6  # (…领导小组会议: a bare
        # 领导小组会议 names no group)
        if match.group() == "仪式" and stem.endswith("授牌") and not stem.startswith("国家"):
            # “小巨人”企业授牌仪式, …产业园授牌仪式: plaques handed to firms or a park, no meeting (audit rounds 25 and
            # 26); the ministry's 国家新型工业化产业示范基地授牌仪式 is a national event
            continue
        if (len(stem) < 4 and not session and not pair) or stem.startswith(EVENT_BAD_STARTS) or "的" in stem or COUNT_START_RE.match(stem) \
                or "了" in stem or "会上" in stem \
                or "以及" in stem or "”“" in stem or "”等" in stem or "关于" in stem and not titled or "一行" in stem \
                or _COUNTED_EVENTS_RE.search(stem) \
                or GENERIC_EVENT_STEMS.search(stem) \
                or re.search("总书记|总理(?!定期会晤)|致|主席(?!团)|书记(?!处)|省长|市长|宣布", stem):
            continue  # 在习近平总书记致首届大会贺信精神的指引下 (a letter), 国家副主席习近平宣布博览会: no names
        known = lex.surfaces.get(stem)
        if known and known.type == "Organization" and not session:
            continue  # 国务院新闻办新闻发布会: an organization's press conference, not a named event
        name_start = start + cut + offset
        if match.group().endswith("发布会") and (org := lex.find(stem[:24])) and org[0][0] == 0 \
                and org[0][2].type == "Organization" and len(stem) - org[0][1] >= 6 \
                and re.match(r"\d{4}年|.*情况$", stem[org[0][1] :]):  # (国务院联防联控机制新闻发布会: the body's own)
            # 国务院新闻办2012年上半年全国工业通信业发展情况新闻发布会: the organiser is no part of the topic's name
            organiser = org[0][1]
            name, raw, offset = name[organiser:], raw[offset + organiser :], 0
            name_start += organiser
        if titled and "》" in raw[offset:]:
            name_start += raw[offset:].rindex("》") + 1  # the document keeps its own span; the label names both
        joined = re.match(r"(.{4,40}?(?:博览会|大会|论坛|峰会|展览会|交易会))(?:开幕式|开幕仪式|开幕会)?暨", name)
        if joined and match.group() in PREPARATORY_MEETINGS and name[: -len(match.group())].endswith(
                ("博览会", "展览会", "交易会", "大会", "论坛", "峰会")):
            # 第三届中国国际中小企业博览会暨中意中小企业博览会动员会: a meeting held for the fairs, one event
            joined = None
        if joined:
            # 中国国际软件博览会开幕式暨软件产业创新与融合高峰论坛: the expo, and the forum held as its opening
            left, right_start = joined.group(1), name_start + joined.end()
            out.append(Mention(name_start, name_start + len(left), left, "Event", _event_label(left), "event-trigger"))
            right = _normalize_event_name(text[right_start : match.end()])
            if len(right) >= 5 and right not in ("主论坛", "分论坛", "高峰论坛", "开幕大会"):  # 开幕式暨主论坛: the same event
                # (the span keeps what normalizing cut: …暨技术博览会之光伏产业合作推进会 follows its partner directly)
                out.append(Mention(right_start, match.end(), text[right_start : match.end()], "Event", _event_label(right),
                                   "event-trigger"))
            continue
        # (2023中国产业转移发展对接活动(广西): the host of one edition after the name is no part of the series' label,
        # as recurring meetings keep one label across years)
        if pair and offset == 0:
            # 浙黔两省举行经济社会发展情况交流会: two provinces meeting name their meeting by the pair
            name_start, raw, name = start + pair.start(1), pair.group(1) + raw, pair.group(1) + name
            out.append(Mention(name_start, match.end(), raw, "Event", _event_label(name), "event-trigger"))
            continue
        out.append(Mention(name_start, match.end(), raw[offset:], "Event", _event_label(name), "event-trigger"))
    return out


# Countries whose ministries Chinese industrial news names (乌兹别克斯坦投资和对外贸易部, 俄罗斯联邦工业和贸易部)
COUNTRIES = ("乌兹别克斯坦", "哈萨克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "土库曼斯坦", "印度尼西亚", "马来西亚", "白俄罗斯",
             "俄罗斯", "阿联酋", "新加坡", "菲律宾", "柬埔寨", "塞尔维亚", "匈牙利", "意大利", "西班牙", "葡萄牙", "奥地利",
             "比利时", "墨西哥", "阿根廷", "乌拉圭", "巴基斯坦", "孟加拉国", "斯里兰卡", "沙特阿拉伯", "澳大利亚", "新西兰",
             "加拿大", "以色列", "土耳其", "乌克兰", "德国", "法国", "英国", "日本", "韩国", "美国", "巴西", "印度", "越南",
             "泰国", "老挝", "缅甸", "南非", "埃及", "沙特", "伊朗", "蒙古", "波兰", "捷克", "瑞士", "荷兰", "芬兰", "瑞典",
             "丹麦", "挪威", "智利", "秘鲁", "古巴", "希腊", "德意志")
FOREIGN_MINISTRY_RE = re.compile(
    f"(?P<country>{'|'.join(COUNTRIES)})(?P<form>联邦共和国|共和国|联邦|王国)?"
    f"(?P<name>[{CJK}、]{{1,14}}?)部(?![门署分件委队位落])"  # not 部门, 部署, 部分 …
)
_FOREIGN_NAME_BREAKERS_RE = re.compile("的|在|是|了|兼|总理|总统|主席|部长|大使|驻|与其|等|我|该")


def is_foreign_ministry(label: str) -> bool:
    """A foreign ministry's label as ``find_foreign_ministries`` makes it (德国联邦经济和技术部)."""
    return label.endswith("部") and any(m.start == 0 and m.end == len(label) for m in find_foreign_ministries(label))


def find_foreign_ministries(text: str) -> list[Mention]:
    """A foreign country's ministry (乌兹别克斯坦共和国投资和对外贸易部, 南非公共服务与管理部): an Organization by
    its name (audits count foreign ministries), labelled as written; a name with 共和国 is labelled by the shorter
    form when the text also writes that (乌兹别克斯坦投资和对外贸易部)."""
    out = []
    for match in FOREIGN_MINISTRY_RE.finditer(text):
        name = match.group("name")
        if _FOREIGN_NAME_BREAKERS_RE.search(name) or name.startswith("、") or name.endswith("、"):
            continue
        out.append(Mention(match.start(), match.end(), match.group(), "Organization", match.group(), "foreign-ministry"))
    written = {m.label for m in out}
    return [Mention(m.start, m.end, m.text, m.type, short_ministry_label(m.label, written), m.rule) for m in out]


# 中央纪委国家监委驻工业和信息化部纪检监察组, 中央纪委驻工业和信息化部纪检组, 监察部驻工业和信息化部监察局: the
# discipline team a central body stations in a ministry (every ministry has one), labelled as written
STATIONED_TEAM_RE = re.compile(f"(?:中央纪委国家监委|中央纪委|国家监委|监察部)驻[{CJK}]{{2,16}}?(?:纪检监察组|纪检组|监察局)")


def find_stationed_teams(text: str) -> list[Mention]:
    """The discipline teams stationed in a body (中央纪委国家监委驻工业和信息化部纪检监察组), as one Organization."""
    if "驻" not in text:
        return []
    return [Mention(m.start(), m.end(), m.group(), "Organization", m.group(), "stationed-team") for m in STATIONED_TEAM_RE.finditer(text)]


# Characters Chinese transliterates foreign names with (曼图罗夫, 彼得罗夫, 阿尔特迈尔): a name written after a foreign
# ministry's title is made of them alone
_TRANSLITERATION = ("阿埃艾安奥巴拜班邦贝本比彼宾波伯布查达戴丹道德迪蒂丁杜多厄恩法菲费夫弗福盖冈戈格古哈海汉豪赫亨胡霍基吉"
                    "加杰金卡凯坎康柯科克肯库拉莱兰朗劳勒雷里利列林柳卢鲁伦罗洛马迈曼梅门米明莫姆穆纳内尼努诺帕佩皮普奇"
                    "切乔琼萨塞桑瑟森沙舍什施舒斯苏索塔泰坦特图托瓦威维温沃乌西希谢辛休雅亚扬耶伊因尤约泽扎詹兹朱佐尔娃娜得契茨蒙汀"
                    "瑞玛琳莉")
_FOREIGN_TITLE = "(?:第一副部长|副部长|部长|国务秘书|司长|副司长)"
_FOREIGN_OFFICIAL_RE = re.compile(f"{FOREIGN_MINISTRY_RE.pattern}{_FOREIGN_TITLE}([{_TRANSLITERATION}]{{2,6}})(?![{_TRANSLITERATION}])")


def find_foreign_officials(text: str) -> list[Mention]:
    """``俄罗斯联邦工业和贸易部部长曼图罗夫``: the minister (or deputy, or department head) of a foreign ministry,
    named right after the title in transliteration (the gold sets list foreign ministers as officials)."""
    out = []
    for match in _FOREIGN_OFFICIAL_RE.finditer(text) if "部" in text else ():
        if _FOREIGN_NAME_BREAKERS_RE.search(match.group("name")):
            continue
        name = match.group(match.lastindex)
        out.append(Mention(match.start(match.lastindex), match.end(), name, "Official", name, "title-name"))
    return out


def short_ministry_label(label: str, written: set[str]) -> str:
    """``label`` without its 共和国 when ``written`` holds that shorter form."""
    short = re.sub("(?:联邦共和国|共和国)(?=.)", "", label, count=1)
    return short if short != label and short in written else label


_NUMERAL = "[一二三四五六七八九十]{1,3}"
NPC_SESSION_RE = re.compile(
    rf"第?(?P<term>{_NUMERAL})届全国人(?:民代表)?大(?:会)?(?P<standing>常务委员会|常委会)?第?(?P<session>{_NUMERAL})次(?:全体)?会议"
    # 十一届全国人大一次会议第四次全体会议: one plenary meeting of the session
    rf"(?:第(?P<plenary>{_NUMERAL})次全体会议)?"
)
CPPCC_SESSION_RE = re.compile(
    rf"(?:全国政协|中国人民政治协商会议|政协)第?(?P<term>{_NUMERAL})届(?:全国委员会)?(?P<standing>常务委员会|常委会)?"
    rf"第?(?P<session>{_NUMERAL})次(?:全体)?会议"
)


def find_congress_sessions(text: str) -> list[Mention]:
    """Sessions of the NPC, its Standing Committee and the CPPCC, in any of their written forms, under one label.

    ``十一届全国人大常委会第十八次会议`` → 第十一届全国人民代表大会常务委员会第十八次会议 (the
    dictionary lists the yearly plenary sessions; the standing committee meets every two months).
    """
    out = []
    if "届" not in text:
        return out  # every session is named with its term (第十四届, 十四届)
    for match in NPC_SESSION_RE.finditer(text):
        standing = "常务委员会" if match.group("standing") else ""
        label = f"第{match.group('term')}届全国人民代表大会{standing}第{match.group('session')}次会议"
        label += f"第{match.group('plenary')}次全体会议" if match.group("plenary") else ""
        out.append(Mention(match.start(), match.end(), match.group(), "Event", label, "congress-session"))
    for match in CPPCC_SESSION_RE.finditer(text):
        body = "常务委员会" if match.group("standing") else ""
        label = f"中国人民政治协商会议第{match.group('term')}届全国委员会{body}第{match.group('session')}次会议"
        out.append(Mention(match.start(), match.end(), match.group(), "Event", label, "congress-session"))
    return out


# 贯彻党的二十大精神, 党的十九大和十九届历次全会精神: the congress's spirit is cited, the congress is no
# event of the article (DECISIONS.md: an Event only where the congress itself acts, decides or is held).
SPIRIT_AFTER_RE = re.compile(r"(?:(?:和|及|、)[^，,。；;：:“”\n]{0,16}?)?精神")


def find_cited_congress_spirit(text: str, dictionary: list[Mention]) -> list[Mention]:
    """Blockers over a party congress named only for its spirit (``贯彻党的二十大精神``)."""
    out = []
    for m in dictionary:
        if m.type != "Event" or not re.fullmatch(r"中国共产党第.+次全国代表大会", m.label):
            continue
        spirit = SPIRIT_AFTER_RE.match(text, m.end)
        if spirit:
            out.append(Mention(m.start, spirit.end(), text[m.start : spirit.end()], "NotEntity", "Event", "not-entity"))
    return out


# 民建重庆市委, 九三学社中央, 民盟北京市委员会: a democratic party's committee is no committee of the CPC (the
# dictionary's 重庆市委 inside it is), and no body of ours (its posts are no state or CPC posts).
DEMOCRATIC_PARTY_COMMITTEE_RE = re.compile(
    "(?:民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|中国国民党革命委员会|中国民主同盟|中国民主建国会|中国民主促进会"
    "|中国农工民主党|中国致公党)"
    f"(?:中央|[{CJK}]{{1,8}}?(?:省|市|自治区|县|区)?委(?:员会)?)")


def find_democratic_party_committees(text: str) -> list[Mention]:
    """Blockers over a democratic party's committee (``民建重庆市委专职副主委``), which holds a CPC committee's
    short name."""
    if not any(party in text for party in ("民革", "民盟", "民建", "民进", "农工", "致公", "九三学社", "台盟")):
        return []
    return [Mention(m.start(), m.end(), m.group(), "NotEntity", "Organization", "not-entity")
            for m in DEMOCRATIC_PARTY_COMMITTEE_RE.finditer(text)]


APPLICATION_TAIL_RE = re.compile(
    r"等(?:(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:个|类|项))?(?:应用|典型)?场景"
    r"|等(?:领域|行业|方面)(?:实现了?|得到了?)[^，。；]{0,8}?应用"
    r"|等(?:领域|行业|方面)(?:不断|加快|加速|持续|逐步|广泛)?(?:扩大|拓展|推广|深化)[^，。；]{0,4}?应用"  # 不断扩大应用范围
)
# 参加座谈会的民营企业涉及钢铁冶炼、电子器件…: what the firms present do, not a policy's fields
ATTENDEES_FIELDS_RE = re.compile(r"(?:企业|单位|代表|负责人)(?:主要)?(?:涉及|覆盖|涵盖)")
ATTENDEES_LIST_RE = re.compile(r"(?:参加|出席|参与)[^，,。；]{0,12}?的[^，,。；]{0,8}?(?:企业|单位|代表)(?:主要)?(?:涉及|覆盖|涵盖|来自)"
                               r"[^。；\n]{2,80}?(?=[，,。；]|$)")


def find_enumerated_sectors(text: str, lex: Lexicon, known: list[Mention]) -> list[Mention]:
    """Unknown items of ``A、B、C等(重点)领域`` enumerations that list at least one known sector."""
    sector_spans = {(m.start, m.end) for m in known if m.type == "Sector"}
    sector_starts = sorted(a for a, _ in sector_spans)
    known_starts = {m.start: m for m in known}
    known_sorted = sorted(known, key=lambda m: m.start)
    known_sorted_starts = [m.start for m in known_sorted]
    out = [Mention(m.start(), m.end(), m.group(), "NotEntity", "Sector", "not-entity") for m in ATTENDEES_LIST_RE.finditer(text)]
    for match in SCOPE_TAIL_RE.finditer(text):
        start = _clause_start(text, match.start(), limit=120, allow_enum_in_quotes=False)
        # _clause_start stops at 、; walk back over the enumeration instead.
        seg_start = start
        while seg_start > 0 and text[seg_start - 1] == "、":
            seg_start = _clause_start(text, seg_start - 1, limit=40, allow_enum_in_quotes=False)
        segment = text[seg_start : match.start()]
        items, pos = [], seg_start
        parts = segment.split("、")
        # Only the last item may hold a conjunction: A、B和C, A、B与C (A、B、碳纤维及复合材料: 及 joins one field's
        # parts, as the gold keeps them)
        tail = re.split(r"(和|与)", parts[-1]) if parts else []
        if len(tail) == 3 and len(parts) > 1:
            parts = parts[:-1] + [tail[0], tail[2]]
        for part in parts:
            items.append((pos, part))
            pos += len(part) + 1
        if len(tail) == 3 and len(parts) > 1:
            last_start, last = items[-1]
            items[-1] = (last_start + len(tail[1]) - 1, last)
        if len(items) < 2:
            continue
        first_start, first = items[0]
        attendees = ATTENDEES_FIELDS_RE.search(first)
        if "来自" in first or attendees:
            # 来自电子、软件等行业的企业负责人: where the people present come from, not a policy's fields
            block_start = first_start + (first.find("来自") if "来自" in first else attendees.end())
            out.append(Mention(block_start, match.end(), text[block_start : match.end()], "NotEntity", "Sector", "not-entity"))
            continue
        if APPLICATION_TAIL_RE.match(text, match.start()):
            # 在智能制造、智慧交通等场景拓展5G应用: areas a technology is applied in are not fields (DECISIONS).
            first_start, first = items[0]
            lead = max((first.rfind(w) + len(w) for w in ("在", "围绕", "面向", "形成", "打造", "拓展", "涌现出", "涌现")
                        if w in first), default=-1)
            if lead >= 0:
                block_start = first_start + lead
                out.append(Mention(block_start, match.end(), text[block_start : match.end()], "NotEntity", "Sector", "not-entity"))
            continue
        # 高端装备创新工程将围绕大型飞机、…: the first item starts after the scope word
        first_start, first = items[0]
        lead = max((first.rfind(w) + len(w) for w in SCOPE_LEAD_WORDS if w in first), default=0)
        if not lead:
            # 深圳要巩固电脑、软件…: the clause's subject and verb before the first field, when a field remains
            lead = _first_item_lead(first)
            lead = lead if 2 <= len(first) - lead <= 8 else 0
        items[0] = (first_start + lead, first[lead:])
        known_items = sum(1 for s, p in items if bisect_left(sector_starts, s) < bisect_left(sector_starts, s + len(p)))
        # At least half the items are known fields; a third will do when a scope word leads a list of
        # 等领域/产业/行业 (高端装备创新工程将围绕大型飞机、…、民用航天、智能绿色列车等领域).
        scoped = lead > 0 and re.match(r"等(?:[一二三四五六七八九十\d]{1,3}(?:大|个|类|项))?[\u4e00-\u9fff]{0,5}?"
                                       r"(?:领域|产业|行业)", match.group())
        if known_items == 0 or known_items * (3 if scoped else 2) < len(items):
            continue
        # 用高新技术、先进适用技术改造提升冶金、机械…: a verb before a known field inside an item starts the list
        # there; the items before it are another list (the means, not the fields)
        for k in range(len(items) - 1, 0, -1):
            item_start, item = items[k]
            lo = bisect_left(known_sorted_starts, item_start)
            if lo < len(known_sorted_starts) and known_sorted_starts[lo] < item_start + len(item) \
                    and known_sorted_starts[lo] > item_start \
                    and text[item_start : known_sorted_starts[lo]].endswith(tuple(ENUM_LEAD_VERBS)):
                items = items[k:]
                break
        for item_start, item in items:
            lo, hi = bisect_left(known_sorted_starts, item_start), bisect_left(known_sorted_starts, item_start + len(item))
            inside = known_sorted[lo:hi]
            compound = _compound_sector(text, item_start, item, inside)
            if compound:
                out.append(compound)
                continue
            if inside:
                continue
            while item[:1] in ("要", "将", "并", "还", "也", "可", "应", "再", "更", "为", "把", "从", "给", "向"):
                # (为机械、电子、纺织等行业的现代化打下了基础: a preposition before the first field)
                item_start, item = item_start + 1, item[1:]
            marker = next((w for w in EXAMPLE_MARKERS if item.startswith(w) and len(item) > len(w) + 1), "")
            item_start, item = item_start + len(marker), item[len(marker) :]
            item_start, item = _strip_lead_verbs(item_start, item)
            item_start, item = _strip_place_prefix(item_start, item.strip(), lex)
            if not (2 <= len(item) <= 8) or not re.fullmatch(f"[{CJK}A-Za-z0-9+]+", item):
                continue
            if any(bad in item for bad in SECTOR_BAD):
                continue
            if item_start in known_starts or lex.surfaces.get(item):
                continue
            out.append(Mention(item_start, item_start + len(item), item, "Sector", item, "enumeration"))
    return out


# 鄂东纺织服装、武穴市医药化工、黄冈大别山区食品饮料、中部麻城石材…产业集群: a cluster's place before its field
_REGION_PREFIX_RE = re.compile(f"(?:[鄂皖湘赣豫鲁晋冀苏浙闽粤桂川黔滇陕甘辽吉黑渝][东南西北中]|[东南西北中]部|[{CJK}]{{2,4}}?(?:市|县|山区|新区))")


def _strip_place_prefix(start: int, item: str, lex: Lexicon) -> tuple[int, str]:
    """A list item without the places written before its field (武穴市医药化工 -> 医药化工, 黄冈大别山区食品饮料 ->
    食品饮料, 中部麻城石材 -> 石材), each stripped only when two characters or more remain."""
    while True:
        region = _REGION_PREFIX_RE.match(item)
        cut = _city_prefix(item, lex) or (region.end() if region else 0)
        if not cut or len(item) - cut < 2:
            return start, item
        start, item = start + cut, item[cut:]


def _city_prefix(item: str, lex: Lexicon) -> int:
    """The length of the listed city's name ``item`` opens with (黄冈, 武穴市; 麻城 for 麻城市), or 0."""
    for name in lex.city_names:
        for form in (name, name[:-1] if name.endswith("市") and len(name) >= 3 else ""):
            if form and item.startswith(form):
                return len(form)
    return 0


def _first_item_lead(first: str) -> int:
    """Where the first field of a list starts in its first item when the item opens with the clause's subject, a
    modal and a lead verb (深圳要巩固|电脑, 福建将以|电子信息) or with 以 (以|电子信息); else 0."""
    if len(first) <= 6 and not first.startswith("以") and not re.search("[要将应需]以", first):
        return 0  # (全省要以|烟草: a short item opens with its subject too)
    verb = FIRST_ITEM_LEAD_RE.search(first)
    return verb.end() if verb else 0


def _strip_lead_verbs(start: int, item: str) -> tuple[int, str]:
    """A list item without the run of lead words before its field (重点支持生命健康科技 -> 生命健康科技),
    each stripped only when two characters or more remain (发展 alone is no field, nor is its rest)."""
    stripped = True
    while stripped:
        stripped = False
        for verb in ENUM_LEAD_VERBS_LONGEST_FIRST:
            if item.startswith(verb) and (len(item) > len(verb) + 1 or item[len(verb) :] in _METALS):  # (打造钨: a metal)
                start, item = start + len(verb), item[len(verb) :]
                stripped = True
                break
    return start, item


COUNTED_ITEM_BAD = ("的", "等", "企业", "工作", "我们", "咱们", "地区", "园区", "部门", "机构", "措施", "政策")
_COUNT_WORDS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# 做强集成电路、智能网联汽车、智能制造与装备、绿色能源与节能环保四个特色优势的“北京智造”产业
COUNTED_TAIL_RE = re.compile(  # (an 等 before the count is left on the last item and dropped there)
    r"(两|二|三|四|五|六|七|八|九|十|\d{1,2})(?:个|大|项|类)[^，,。；;、：:\n]{0,16}?(?:产业|领域|行业|技术装备|装备)(?!园)"
)


# product heads after a known field that make a field of its own (核电设备, 云计算服务器, 北斗卫星导航终端)
FIELD_PRODUCT_HEADS = ("设备", "终端", "器件", "服务器")


def find_written_compound_sectors(text: str, known: list[Mention]) -> list[Mention]:
    """``智能农业机械``, ``核电设备``, ``云计算服务器``: a known field with 智能 before it or a product head after it is
    a field of its own, named as written (the gold sets keep 智能芯片, 风电设备 and 新型显示器件 whole)."""
    out = []
    for m in known:
        if m.type != "Sector":
            continue
        start, end = m.start, m.end
        if start >= 2 and text.startswith("智能", start - 2) and not m.text.startswith("化") \
                and not any(k.start < start - 1 < k.end for k in known):
            start -= 2  # (智能化工厂: 智能化 is a word; 人工智能大模型: 智能 ends another name)
        head = next((h for h in FIELD_PRODUCT_HEADS if text.startswith(h, end) and not m.text.endswith(h)), None)
        if head is not None and not any(end <= k.start < end + len(head) < k.end for k in known):
            end += len(head)  # (not when a longer name starts in the head: 核电设备制造业)
        if (start, end) == (m.start, m.end):
            continue
        # (a spun name's surface is spun: the field's own label inside)
        field = m.text if m.rule in ("dict", "dict-alias") else m.label
        label = text[start : m.start] + field + text[m.end : end]
        out.append(Mention(start, end, text[start:end], "Sector", label, "written-compound-sector"))
    return out


# the heads of products and equipment two fields may share (新能源和智能网联汽车, 光伏和风电装备)
SHARED_HEADS = ("汽车", "装备", "设备", "材料", "电池", "器件", "机械", "船舶")


def find_shared_head_sectors(text: str, lex: Lexicon, dictionary: list[Mention]) -> list[Mention]:
    """``新能源和智能网联汽车``: a field joined by 和/与/及 to a longer one shares its head (汽车) when the two
    make a field the dictionary knows (新能源汽车); the first is then that field, not the bare one."""
    out = []
    sectors = {m.start: m for m in dictionary if m.type == "Sector"}
    for first in sectors.values():
        second = sectors.get(first.end + 1) if text[first.end : first.end + 1] in ("和", "与", "及") else None
        if second is None or text[first.start - 1 : first.start] == "、" or text[second.end : second.end + 1] == "、":
            continue  # (纺织、皮革、农机和电力装备: the last two items of a list are two fields)
        for k in range(1, len(second.label) - 1):  # (a head of two characters or more: 新能源和汽车 are two)
            if not second.label.endswith(SHARED_HEADS, k):
                continue  # (工业互联网和信息安全: 安全 is no product's head)
            entry = lex.surfaces.get(first.label + second.label[k:])
            if entry is not None and entry.type == "Sector" and entry.label != second.label:
                out.append(Mention(first.start, first.end, first.text, "Sector", entry.label, "shared-head"))
                break
    return out


# 钨产业, 稀土和钨: a metal named by its one character is a field before 产业/行业, or listed beside a field
# (铁, 金, 银, 硅 are left out: 铁路, 金融, 银行, 硅谷)
_METALS = "钨锂钾镁铜铝锌镍钴钛锡锑钼"
# (盐湖锂产业, 绿色铝产业: a longer field's last character; 推动铝产业 is left to the dictionary's longer names)
_METAL_INDUSTRY_RE = re.compile(f"(?:(?<![{CJK}])|(?<=[、和及与把对将]))([{_METALS}])(?=产业|行业)")
_METAL_LISTED_RE = re.compile(f"(?<=[、和及与])([{_METALS}])(?=[、和及与，,。；;等])|(?<![{_METALS}])([{_METALS}])(?=[、和及与])")  # (铝铜、有色金属: one word)


def find_element_sectors(text: str, dictionary: list[Mention]) -> list[Mention]:
    """``钨产业``, ``稀土和钨``, ``钨、稀土永磁电机``: a metal written as one character, as a field."""
    out = [Mention(m.start(1), m.end(1), m.group(1), "Sector", m.group(1), "element") for m in _METAL_INDUSTRY_RE.finditer(text)]
    sector_ends = {m.end for m in dictionary if m.type == "Sector"}
    sector_starts = {m.start for m in dictionary if m.type == "Sector"}
    for match in _METAL_LISTED_RE.finditer(text):
        start = match.start(1) if match.group(1) else match.start(2)
        # beside a field the dictionary knows, one separator between
        if start - 1 in sector_ends or start + 2 in sector_starts:
            out.append(Mention(start, start + 1, text[start], "Sector", text[start], "element"))
    return out


def find_counted_sectors(text: str, lex: Lexicon, known: list[Mention]) -> list[Mention]:
    """The items of a list its own count closes (``A、B与C两个…产业``), each named as written.

    When the count equals the number of items, each item is one field, even
    one joined by 与 or holding a field word (智能制造与装备, 医药健康); the
    count is what shows where the items begin and end.
    """
    sector_starts = sorted(m.start for m in known if m.type == "Sector")
    out = []
    for match in COUNTED_TAIL_RE.finditer(text):
        number = match.group(1)
        count = int(number) if number.isdigit() else _COUNT_WORDS[number]
        start = _clause_start(text, match.start(), limit=120, allow_enum_in_quotes=False, enum_breaks=False)
        segment = text[start : match.start()].removesuffix("等")
        # (江西省虽已拥有电子信息和有色金属两大万亿级规模产业: what the subject has, after its verb)
        lead = max((segment.rfind(w) + len(w) for w in (*ENUM_LEAD_VERBS, *SCOPE_LEAD_WORDS, "拥有", "具有")
                    if w in segment), default=0)
        if not lead:
            lead = _first_item_lead(segment.split("、", 1)[0])  # 福建将以电子信息、机械装备、石油化工三大主导产业
        items, pos = [], start + lead
        for part in segment[lead:].split("、"):
            items.append((pos, part))
            pos += len(part) + 1
        if len(items) == count - 1 and items:
            # 藏医药、天然饮用水、民族手工业和农畜产品加工四大领域: the count says the last item is two, joined by 和
            last_start, last = items[-1]
            halves = re.split("和|与|及", last)
            if len(halves) == 2:
                items[-1:] = [(last_start, halves[0]), (last_start + len(halves[0]) + 1, halves[1])]
        if len(items) != count or count < 2:
            continue
        if not all(2 <= len(item) <= 14 and re.fullmatch(f"[{CJK}A-Za-z0-9+]+", item) for _, item in items):
            continue
        if any(bad in item for _, item in items for bad in COUNTED_ITEM_BAD):
            continue
        # at least one item is (or holds) a known field: a list of fields, not of tasks or places
        if not any(bisect_left(sector_starts, s) < bisect_left(sector_starts, s + len(p)) for s, p in items):
            continue
        for item_start, item in items:
            item_start, item = _strip_place_prefix(*_strip_lead_verbs(item_start, item), lex)
            bare = re.sub("(?:产业|行业|领域)$", "", item)
            entry = lex.surfaces.get(bare)
            if entry is not None and (entry.type != "Sector" or bare != item):
                continue  # 新一代信息技术产业: the dictionary's field, under its own label
            halves = item.split("和")
            if len(halves) == 2 and all(lex.type_of(h) == "Sector" for h in halves):
                continue  # 高档数控机床和工业机器人: two fields joined by 和 (a 与 joins one field's name: 智能制造与装备)
            label = entry.label if entry is not None else item
            out.append(Mention(item_start, item_start + len(item), item, "Sector", label, "enumeration"))
    return out


COMPOUND_MODIFIERS = ("高速", "高端", "高性能", "高精度", "新型", "先进", "智能", "新能源", "新一代", "大型", "超高清", "下一代",
                      "绿色", "现代")
COMPOUND_HEADS = ("芯片", "模块", "器件", "设备", "装备", "系统", "材料", "航空器", "飞行器", "机器人", "汽车", "电池", "传感器")


def _lead_length(prefix: str) -> int | None:
    """Length of ``prefix`` when it is only a modal and a lead verb (要加快, 并推动), else None."""
    rest = prefix.strip().lstrip("要将并还也可应再更")
    # 培育壮大, 巩固提升: up to two lead verbs in a row
    if not rest or rest in ENUM_LEAD_VERBS or any(rest.startswith(v) and rest[len(v):] in ENUM_LEAD_VERBS for v in ENUM_LEAD_VERBS):
        return len(prefix)
    return None


def _compound_sector(text: str, item_start: int, item: str, inside: list[Mention]) -> Mention | None:
    """An enumeration item made only of fields and field words is one field.

    Adjacent fields (光通信+芯片 -> 光通信芯片), or one field with a modifier
    before it or a product head after it (高速+光模块, 新能源+通用航空器).
    """
    if not inside or any(m.type != "Sector" for m in inside) or len(inside) > 2:
        return None  # (钒钛钢铁稀土: three fields side by side are three, no compound)
    end = item_start + len(item.rstrip())
    # 半导体与集成电路, 碳纤维及复合材料: two fields joined by 与 or 及 make one item, named as written
    joined = len(inside) == 2 and text[inside[0].end : inside[1].start] in ("与", "及")
    # 汽车及零部件, 卫星及应用: a field and its parts or uses
    if len(inside) == 1 and re.fullmatch(r"[与及](?:零部件|配件|应用|服务|配套)", text[inside[0].end : item_start + len(item.rstrip())]):
        if _lead_length(text[item_start : inside[0].start]) is not None:
            start, end = inside[0].start, item_start + len(item.rstrip())
            return Mention(start, end, text[start:end], "Sector", text[start:end], "enumeration-compound")
    if not joined and any(a.end != b.start for a, b in zip(inside, inside[1:])):
        return None
    if _lead_length(text[item_start : inside[0].start]) is None:
        # A modifier before a single field: 高速光模块.
        if len(inside) > 1 or inside[0].end != end:
            return None
        prefix = text[item_start : inside[0].start]
        modifier = next((w for w in COMPOUND_MODIFIERS if prefix.endswith(w)), None)
        if modifier is None or _lead_length(prefix[: -len(modifier)]) is None:
            return None
        start = inside[0].start - len(modifier)
    else:
        start = inside[0].start
        if inside[-1].end != end:
            # A product head after the fields: 新能源通用航空器.
            tail = text[inside[-1].end : end]
            if not (text[start:end].endswith(COMPOUND_HEADS) and len(tail) <= 6 and re.fullmatch(f"[{CJK}]+", tail)):
                return None
        elif len(inside) < 2:
            return None
    name = text[start:end]
    if any(bad in name for bad in SECTOR_BAD):
        return None
    return Mention(start, end, name, "Sector", name, "enumeration-compound")


def _is_ascii_alnum(char: str) -> bool:
    return char.isascii() and char.isalnum()


def find_dictionary_mentions(text: str, lex: Lexicon) -> list[Mention]:
    """Every leftmost-longest dictionary match (including not-entity blockers).

    A match that starts or ends with a Latin letter or digit must not sit inside
    a longer Latin word (VR in OVR, 5G in 5GHz).
    """
    out = []
    n = len(text)
    for start, end, entry in lex.find(text):
        first, last = text[start], text[end - 1]
        # Most matches are Chinese: the Latin-word checks only run on ASCII ends.
        if first.isascii() and start > 0 and _is_ascii_alnum(first) and _is_ascii_alnum(text[start - 1]):
            continue
        if last.isascii() and end < n and _is_ascii_alnum(last) and _is_ascii_alnum(text[end]):
            continue
        if first == "化" and _splits_a_hua_word(text, start, end):
            continue
        if last == "部" and text[end : end + 1] in ("门", "署") and entry.type == "Organization":
            # 电力部门, 化工部门: a field's departments, not the ministry 电力部 (the field is still named);
            # 网络建设部署, 交通部署: a plan's 部署, not 建设部 or 交通部
            out += [Mention(start + s, start + e, text[start + s : start + e], sub.type, sub.label, sub.rule)
                    for s, e, sub in lex.find(text[start : end - 1])]
            continue
        if entry.type == "Organization" and text[start:end] == entry.label and _bare_council_committee(lex, entry.label) \
                and not _COUNCIL_BEFORE_RE.search(text, max(0, start - 12), start):
            continue  # 华东财政经济委员会, 市经济委员会: no national council's committee without its council before it
        out.append(Mention(start, end, text[start:end], entry.type, entry.label, entry.rule))
    return out


_COUNCIL_BEFORE_RE = re.compile("(?:政协|政治协商会议全国委员会|全国委员会|人大|人民代表大会)(?:第[一二三四五六七八九十]+届)?$")


def _bare_council_committee(lex: Lexicon, label: str) -> bool:
    """A national council's committee labelled by its short name alone (经济委员会, 提案委员会: the CPPCC's)."""
    record = lex.record(label)
    parent = record.extra.get("parent", "") if record is not None else ""
    return label.endswith("委员会") and parent.startswith(("中国人民政治协商会议", "全国人民代表大会")) \
        and not label.startswith(parent[:2])


def _splits_a_hua_word(text: str, start: int, end: int) -> bool:
    """化工 read across 优化|工业, 信息化|工作, 数字化|工厂: an -化 word, then a word starting with 工."""
    return start > 0 and re.match(f"[{CJK}]", text[start - 1]) is not None and text[end : end + 1] in HUA_SPLIT_NEXT


HUA_SPLIT_NEXT = set("业作厂程信艺具人")


NAME_BOUNDARY = "，,。；;、：:\n “（( "


# Words a name may follow directly, glued (任命苏波、…, 听取王照平主任…)
_NAME_LEAD_WORDS = NAME_CUE_WORDS + ("任命", "免去", "提名", "聘任", "委任", "关于", "决定", "同意")


def name_in_context(text: str, m: Mention, lex: Lexicon) -> bool:
    """A person's name is taken as such when it is three characters or more, or has a cue beside it."""
    if text[m.end : m.end + 1] in ("县", "镇", "乡", "村", "旗"):
        return False  # 钟山县: a county's name, not 钟山
    if len(m.text) >= 3:
        return True
    before = text[max(0, m.start - 6) : m.start]
    if not before or before[-1] in "，,。；;、：:\n “（( " or before.endswith(lex.titles_longest_first) \
            or DATE_BEFORE_NAME_RE.search(before):
        return True
    if before.endswith("是") and before[:-1].removesuffix("分别").endswith(lex.titles_longest_first):
        return True  # 部长是苗圩
    # 李毅中、王旭东、朱高峰: a surname right before, itself after punctuation, makes a longer name.
    if before[-1] in lex.surnames and before[-1] not in NAME_CUE_CHARS and (len(before) < 2 or before[-2] in NAME_BOUNDARY):
        return False
    if re.match(f"[{CJK}]", before[-1]) and before[-1] not in NAME_CUE_CHARS and not before.endswith(_NAME_LEAD_WORDS):
        return text.startswith(_VERB_AFTER_NAME, m.end)  # 勇攀科技高峰。: glued to a word, a name needs a verb after it
    if text[m.end : m.end + 1] == "的":
        # 免去苗圩的工业和信息化部部长职务: a decree's 的 before the post it ends (勇攀高峰的 is no name)
        return before.endswith(("免去", "免除", "撤销")) and REMOVED_POST_RE.match(text, m.end + 1) is not None
    return _followed_by_boundary(text, m.end)


RULE_PRIORITY = {
    "program-distributive": -1, "event-list": -1, "shared-head": -1, "party-group-meeting": -1, "elided-city": -1, "elided-county": -1, "short-name": 1, "congress-session": 2, "dict": 0, "dict-alias": 0, "not-entity": 0, "book-title-dict": 0, "book-title": 1, "speaker-turn": 1,
    "title-name": 1, "name-title": 1, "dict-spin": 1, "dict-despun": 1, "dict-fuzzy-spin": 1, "department-title": 2, "local-office": 1, "bare-office": 2, "program-trigger": 3, "event-trigger": 3, "body-ceremony": 3, "resignation": 1,
    "document-trigger": 3, "quoted-initiative": 3, "repeated-name": 3, "anaphor": 5, "enumeration": 4, "enumeration-compound": 4,
}


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    """Resolve overlaps: longer spans win, then more trusted rules; not-entity blockers are dropped after."""
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), RULE_PRIORITY.get(m.rule, 5), m.start))
    taken = bytearray(max((m.end for m in mentions), default=0) + 1)
    kept = []
    for m in ordered:
        if any(taken[m.start : m.end]):
            continue
        for i in range(m.start, m.end):
            taken[i] = 1
        kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept


def split_prefixed(m: Mention, lex: Lexicon) -> list[Mention]:
    """Split ``工业和信息化部中小企业局`` (one alias) into the parent and the department mentions.

    Keeping both lets the relation rules see the parent (partOf, posts held
    at the parent) exactly as when the text names them separately.
    """
    if m.type != "Organization":
        return [m]
    record = lex.record(m.label)
    if record is None or record.extra.get("kind") != "department":
        return [m]  # 国务院新闻办 is the office itself, not a department of 国务院
    for cut in range(len(m.text) - 2, 1, -1):
        entry = lex.surfaces.get(m.text[:cut])
        if entry and entry.type == "Organization" and entry.label != m.label:
            parent = Mention(m.start, m.start + cut, m.text[:cut], "Organization", entry.label, entry.rule)
            child = Mention(m.start + cut, m.end, m.text[cut:], "Organization", m.label, m.rule)
            return [parent, child]
    return [m]


# 中联钢联合钢铁网, 据中国汽车网报道: a website named after a field (一体化算力网 is a network, and
# 工业互联网 and 物联网 are fields themselves, matched whole)
WEBSITE_AFTER_RE = re.compile(r"网(?:站|讯|报道|消息|记者|获悉|[ \t]*$)", re.M)
# 南京航空航天大学, 医药处, 美联新材料股份有限公司, 东风汽车公司: a field word inside a school's, an office's
# or a firm's name names the institution, not a field
INSTITUTION_AFTER_RE = re.compile(
    f"[{CJK}]{{0,4}}?(?:大学|学院|学校|研究院|研究所|实验室|股份|有限公司|有限责任公司|集团|公司|联合会|协会|学会|商会"
    "|促进会|研究会|联盟)"  # 新能源汽车产业发展促进会, 智能制造联盟: an association's name
    # 计算机软件与理论专业毕业: a degree's major
    f"|[{CJK}]{{0,6}}?专业(?:毕业|本科|硕士|博士|学士|研究生)"
    # 人工智能展示中心, 工业互联网创新中心 (a 低空经济中心 is a hub the field makes, kept)
    r"|(?:展示|展览|研发|创新|服务|检测|计算|研究|技术|工程|培训|交易|运营|指挥|体验|产业创新)中心"
    # 国家人工智能创新应用先导区, 国家工业互联网大数据江西分中心, 《新能源汽车报》: a zone's, a branch's or a paper's name
    f"|[{CJK}]{{0,6}}?(?:先导区|分中心)|报(?=[》”」 \t，,。]|社|记者|$)"
    r"|处(?:长|[，,、。；;和与及]|相关)"
    r"|部(?![署分门件委])"  # 航空部603所, 航空航天部: a ministry of old (汽车部件 is a product)
    r"|(?:发展管理|管理|服务)?局(?![面势部限])"  # 省大数据局, 大数据发展管理局: a bureau (新能源汽车局面 keeps its field)
    r"|精神"  # 新时代北斗精神, 载人航天精神: a spirit, not a field
)
# 来源：中国水泥网 / 稿源: …: a source line names outlets, not fields
SOURCE_LINE_RE = re.compile(r"^[ \t]*[(（【\[]?(?:来源|稿源|转自|出处|来自|信息来源|文章来源)\s*[:：]")
# 质量、标准、工业设计等相关工作: the last of a list of tasks (对国防科技工业有关工作作了部署 keeps its field)
WORK_AFTER_RE = re.compile(r"等(?:相关|有关)?工作")


# a count before a measure word 家 (3家, 十余家, 多家)
COUNT_BEFORE_JIA_RE = re.compile("[0-9０-９一二两三四五六七八九十百千万几多余数]$")
NUMBERED_FACTORY_RE = re.compile(f"[{CJK}]{{0,2}}?厂")
NUMBERED_BEFORE_RE = re.compile("第[一二三四五六七八九十0-9]{1,3}$")
# Characters that make a word with a following 大 (壮大, 扩大, 强大, 重大, 加大, 最大 …)
BIG_WORD_HEADS = frozenset("壮扩强庞巨加放较很更最重伟远宏广盛做")


# 广汽集团、大连融科储能、中信泰富特钢(深:000708)等12家企业负责人: a list of firms, told by a firm's suffix in an
# item or by what follows the list
_FIRM_ITEM_RE = re.compile(f"[{CJK}]{{2,}}(?:集团|公司|股份|控股)")
_FIRMS_AFTER_RE = re.compile(r"(?:等)?(?:\d+|[一二三四五六七八九十几多]+)?(?:家|个)?(?:企业|公司|集团|央企)?(?:的)?"
                             r"(?:主要领导|主要负责人|负责人|董事长|总经理|党委书记)")
# …the same words after 等 inside the clause (…等12家企业负责人介绍了企业经营)
_FIRMS_LISTED_RE = re.compile(_FIRMS_AFTER_RE.pattern.replace("(?:等)?", "等", 1))
_LIST_ITEM_BREAKS = "，,。；;：:！？\n"


def ends_a_firms_name(text: str, mention: Mention) -> bool:
    """A field word that ends an item of a list of firms (大连融科储能、中信泰富特钢等12家企业, 中国船舶、中国一重
    主要领导调整): the firm's short name, not a field."""
    item_start = max(text.rfind(mark, max(0, mention.start - 12), mention.start) for mark in "、" + _LIST_ITEM_BREAKS) + 1
    if item_start >= mention.start or mention.start - item_start < 2 or not re.match(f"[{CJK}]", text[item_start]):
        return False  # the item is the field itself (钢铁、有色等12家企业)
    after = re.match(r"[(（][^)）]{0,12}[)）]", text[mention.end : mention.end + 14])  # (深:000708)
    end = mention.end + (after.end() if after else 0)
    if text[end : end + 1] not in ("、", "等", "") and not _FIRMS_AFTER_RE.match(text, end):
        return False
    clause_start = max(text.rfind(mark, 0, mention.start) for mark in _LIST_ITEM_BREAKS) + 1
    clause_end = min((i for i in (text.find(mark, mention.end) for mark in _LIST_ITEM_BREAKS) if i >= 0), default=len(text))
    clause = text[clause_start:clause_end]
    if "、" not in clause:
        return False
    return _FIRM_ITEM_RE.search(clause) is not None or _FIRMS_LISTED_RE.search(clause) is not None \
        or re.search(r"(?:主要领导|主要负责人)", clause) is not None


CAREER_FIELD_BEFORE_RE = re.compile(r"(?:专业背景|研究方向|学术方向|专业方向|主攻方向)(?:主要)?(?:集中在|集中于|为|是|包括)[^。；]*$")
CAREER_FIELD_AFTER_RE = re.compile(r"[^。；]*?(?:领域|方面)(?:有|具有)(?:较深|很深|深厚|较高)的?(?:造诣|学术造诣|研究)")  # 在…铸造…等领域有较深造诣
# …小X、小Y企业 (or 厂, 项目) and a verb of closing: the small plants of the 1990s-2000s clean-ups
SMALL_PLANTS_RE = re.compile(f"(?:、小[{CJK}]{{1,4}})*(?:企业|厂|项目|机组)?[^。；;]{{0,12}}?(?:关停|关闭|取缔|淘汰|整顿|限期)")


def names_no_field(text: str, mention: Mention, sector_ends: set[int]) -> bool:
    """A field word that names a website (…钢铁网) or ends a list of tasks (质量、标准、工业设计等相关工作).

    ``sector_ends``: where the article's field mentions end; a list of fields only
    (推进5G、工业互联网等相关工作) is not a list of tasks.
    """
    if WEBSITE_AFTER_RE.match(text, mention.end) or INSTITUTION_AFTER_RE.match(text, mention.end):
        return True
    if mention.text.startswith("大") and text[mention.start - 1 : mention.start] in BIG_WORD_HEADS:
        return True  # 壮大数据咨询, 扩大数据开放: 大 ends the word before (壮大, 扩大), 数据… follows
    if text.startswith(("大数据中心", "数据中心"), mention.end) or mention.text.endswith("数据") and text.startswith("中心", mention.end):
        return True  # 庆阳华为云计算大数据中心, 区域大数据中心建设: a data centre (a facility), not a field
    if mention.text.startswith("家") and COUNT_BEFORE_JIA_RE.search(text, max(0, mention.start - 2), mention.start):
        return True  # 培育2至3家具有全球影响力的企业: 家 counts firms, 具有 follows (no 家具)
    if NUMBERED_FACTORY_RE.match(text, mention.end) and NUMBERED_BEFORE_RE.search(text, max(0, mention.start - 4), mention.start):
        return True  # 沈阳第一机床厂, 第二汽车制造厂: a numbered factory's name, not a field
    if CAREER_FIELD_BEFORE_RE.search(text, max(0, mention.start - 24), mention.start) \
            or CAREER_FIELD_AFTER_RE.match(text, mention.end, mention.end + 24):
        return True  # 单忠德的专业背景集中在铸造、增材制造和高端装备领域: a person's expertise, no policy's field
    if text[mention.start - 1 : mention.start] == "小" and SMALL_PLANTS_RE.match(text, mention.end, mention.end + 30):
        return True  # 对小水泥、小化工、小铸造企业限期关停: small plants to close (五小企业), no field a policy develops
    line_start = text.rfind("\n", 0, mention.start) + 1
    if mention.start - line_start < 40 and SOURCE_LINE_RE.match(text, line_start):
        return True
    if ends_a_firms_name(text, mention):
        return True
    if not WORK_AFTER_RE.match(text, mention.end):
        return False
    start = _clause_start(text, mention.start, enum_breaks=False)
    before = text[start : mention.start]
    if not before.endswith("、"):
        return False  # a single field's work (推进5G等相关工作)
    ends = [start + m.start() for m in re.finditer("、", before)]
    return any(end not in sector_ends for end in ends)


def media_before_reporter(text: str, mention: Mention) -> bool:
    """An outlet named as a reporter's employer (新华社记者) is not an entity (DECISIONS.md)."""
    if re.search(r"(?:记者|提问|问)\s*[（(]$", text[max(0, mention.start - 4) : mention.start]) \
            and re.match(r"\s*[）)]", text[mention.end : mention.end + 2]):
        return True  # 记者（中国电子报）：a questioner's outlet (DECISIONS.md)
    after = text[mention.end : mention.end + 6]
    # 新华社记者X, 中央广播电视总台中国之声记者: the reporter's outlet; 中国证券报讯（记者 …）: the publisher.
    # (…司司长陈伟回答记者提问: a person answering the reporters, no outlet)
    return after.startswith(("客户端", "评论员", "特约")) \
        or bool(re.match(r"[^，,。（(\s答问向对告受长]{0,6}记者", text[mention.end : mention.end + 8]))
