"""Bytes -> text: BOMs, UTF-8, Chinese legacy encodings, binary detection.

The order is fixed so that a wrong guess is never silent: a BOM wins; then
HZ (RFC 1843, GB2312 in ASCII ~{ … ~} escapes, as Usenet posts were written),
when declared or when its escapes decode to common Chinese; then
strict UTF-8; then the Chinese legacy encodings GB18030 (a superset of GBK and
GB2312) and Big5, decided by decoding strictly with each and scoring how many
of the decoded characters are common Chinese characters (charset-normalizer
alone often misnames short Chinese files). charset-normalizer is asked only
when neither Chinese encoding decodes (a Western file, say), and its answer
is used only when all its plausible candidates agree; otherwise its best
guess goes into the error message. Anything else is an InputError that says
how to fix it: re-save as UTF-8, or pass the encoding.

A Chinese text that was once read as Windows-1252 or Latin-1 and saved again
as UTF-8 (mojibake: å·¥ä¸šå’Œä¿¡æ¯åŒ–éƒ¨ for 工业和信息化部) is repaired with ftfy,
only when the text has next to no Chinese and the repair gives mostly Chinese.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from functools import lru_cache

from kg.errors import InputError

RESAVE_FIX = "re-save the file as UTF-8, or pass the right encoding"
TEXT_ONLY_FIX = ("only text and document files are read: .txt, .html, .md, .jsonl, .json, .eml, .mht, .webarchive, "
                 ".rtf, .xml (Word 2003 XML, feeds, NewsML, NITF), .rss, .atom, .enex, .fodt, .docx, .odt, .srt, .vtt, "
                 ".wml")

# Magic numbers of binary formats people drop into corpus folders by mistake.
_MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image", "remove it from the corpus folder"),
    (b"\xff\xd8\xff", "JPEG image", "remove it from the corpus folder"),
    (b"GIF87a", "GIF image", "remove it from the corpus folder"),
    (b"GIF89a", "GIF image", "remove it from the corpus folder"),
    (b"%PDF-", "PDF document", "convert it to text or HTML first"),
    (b"PK\x03\x04", "ZIP archive or Office document", "unpack it, or save the document as text or HTML"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document", "save it as text or HTML"),
    (b"\x1f\x8b", "gzip archive", "unpack it first"),
    (b"\xfd7zXZ\x00", "xz archive", "unpack it first"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive", "unpack it first"),
    (b"\x7fELF", "executable", "remove it from the corpus folder"),
    (b"SQLite format 3\x00", "SQLite database", "remove it from the corpus folder"),
    (b"bplist00", "property list, not a Safari web archive", "save the page as a web archive or as HTML"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Declared names (HTML meta charset, user input) -> the codec to decode with.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030", "big5": "big5"}
_CHINESE_CODECS: tuple[tuple[str, ...], ...] = (("gb18030",), ("big5", "cp950", "big5hkscs"))

# About 1,000 of the most frequent characters of modern Chinese (after Jun
# Da's character frequency list). Correctly decoded news text scores about
# 0.7-0.85 on them; a GB file decoded as Big5 or the reverse scores far lower.
_COMMON_SIMPLIFIED = (
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道"
    "行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无"
    "力它与长把机十民第公此已工使情明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等"
    "产或新己制身果加西斯月话合回特代内信表化老给世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几"
    "口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太量再感建务做接必场件计管期市直德资命山金指克许统"
    "区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象完设式色路记南品住告类求据程北边死"
    "张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济车亲极林服快办议往元"
    "英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚请技际"
    "约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谈吃图"
    "念六引历首医局突专费号尽另周较注语仅考落青随选列武红响虽推势参希古众构房半节土投某案黑维革划敌致陈律足态护"
    "七兴派孩验责营星够章音跟志底站严巴例防族供效续施留讲型料终答紧黄绝奇察母京段依批群项故按河米围江织害斗双境"
    "客纪采举杀攻父苏密低朝友诉止细愿千值仍男钱破网热助倒育属坐帝限船脸职速刻乐否刚威毛状率甚独球般普怕弹校苦创"
    "假久错承印晚兰试股拿脑预谁益阳若哪微尼继送急血惊伤素药适波夜省初喜卫源食险待述陆习置居劳财环排福纳欢雷警获"
    "模充负云停木游龙树疑层冷洲冲射略范竟句室异激汉村哈策演简卡罪判担州静退既衣您宗积余痛检差富灵协角占配征修皮"
    "挥胜降阶审沉坚善妈刘读啊超免压银买皇养伊怀执副乱抗犯追帮宣佛岁航优怪香著田铁控税左右份穿艺背阵草脚概恶块顿"
    "敢守酒岛托央户烈洋哥索胡款靠评版宝座释景顾弟登货互付伯慢欧换闻危忙核暗姐介坏讨丽良序升监临亮露永呼味野架域"
    "沙掉括舰鱼杂误湾吉减编楚肯测败屋跑梦散温困剑渐封救贵枪缺楼县尚毫移娘朋画班智亦耳恩短掌恐遗固席松秘谢鲁遇康"
    "虑幸均销钟诗藏赶剧票损忽巨炮旧端探湖录叶春乡附吸予礼港雨呀板庭妇归睛饭额含顺输摇招婚脱补谓督毒油疗旅泽材灭"
    "逐莫笔亡鲜词圣择寻厂睡博勒烟授诺伦岸奥唐卖俄炸载洛健堂旁宫喝借君禁阴园谋宋避抓荣姑孙逃牙束跳顶玉镇雪午练迫"
    "爷篇肉嘴馆遍凡础洞卷坦牛宁纸诸训私庄祖丝翻暴森塔默握戏隐熟骨访弱蒙歌店鬼软典欲萨伙遭盘爸扩盖弄雄稳忘亿刺拥"
    "徒姆杨齐赛趣曲刀床迎冰虚玩析窗醒妻透购替塞努休虎扬途侵刑绿兄迅套贸毕唯谷轮库迹尤竞街促延震弃甲伟麻川申缓潜"
    "闪售灯针哲络抵朱埃抱鼓植纯夏忍页杰筑折郑贝尊吴秀混臣雅振染盛怒舞圆搞狂措姓残秋培迷诚宽宇猛摆梅毁伸摩盟末乃"
    "悲拍丁赵尺"
)
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]+")
# What a wrong legacy decoding produces: kana, bopomofo, Hangul, private use,
# box drawing, Greek/Cyrillic, replacement and C1 control characters.
_ODD_RE = re.compile(
    r"[\u0080-\u009f\u0370-\u03ff\u0400-\u04ff\u2500-\u257f\u3040-\u30ff\u3100-\u312f\uac00-\ud7af\ue000-\uf8ff\ufffd]+"
)
_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# the same, less the ESC opening a terminal's colour code (ESC[1;31m): a BBS post captured from telnet has many
_BINARY_CONTROL_RE = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]|\x1b(?!\[)")

# A legacy decoding is accepted when it scores at least MIN_SCORE and beats
# the other Chinese encoding by MARGIN; otherwise the file is ambiguous.
MIN_SCORE = 0.35
MARGIN = 0.15


@lru_cache(maxsize=1)
def _common_re() -> re.Pattern[str]:
    import opencc

    traditional = opencc.OpenCC("s2t").convert(_COMMON_SIMPLIFIED)
    chars = sorted(set(_COMMON_SIMPLIFIED) | set(traditional))
    return re.compile("[" + "".join(chars) + "]+")


def score_chinese(text: str) -> float:
    """Share of Han (and tell-tale odd) characters that are common Chinese characters.

    About 0.7-0.85 for correctly decoded Chinese news, Simplified or
    Traditional; 0.0 when the text has no Han characters.
    """
    han = sum(map(len, _HAN_RE.findall(text)))
    odd = sum(map(len, _ODD_RE.findall(text)))
    if not han:
        return 0.0
    common = sum(map(len, _common_re().findall(text)))
    return common / (han + odd)


def _binary_kind(raw: bytes) -> tuple[str, str] | None:
    for magic, kind, fix in _MAGIC:
        if raw.startswith(magic):
            return kind, fix
    return None


def _is_truncated_utf8(raw: bytes, err: UnicodeDecodeError) -> bool:
    """The file is valid UTF-8 with multi-byte text but ends inside a character."""
    if err.reason != "unexpected end of data" or err.start < len(raw) - 3:
        return False
    return not raw[: err.start].isascii()


def _decode_bom(raw: bytes, path: str, bom: bytes, codec: str) -> tuple[str, str]:
    try:
        return raw.decode(codec), codec
    except UnicodeDecodeError as err:
        width = 4 if codec == "utf-32" else 2 if codec == "utf-16" else 1
        if (len(raw) - len(bom)) % width or err.end >= len(raw) - 3:
            raise InputError(path, f"truncated {codec} file: it ends in the middle of a character", "re-download or re-save it") from None
        raise InputError(path, f"not valid {codec} although it starts with a {codec} byte-order mark (byte {err.start})", RESAVE_FIX) from None


def _decode_bomless_utf16(raw: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM: NUL bytes at every other position, mostly text after decoding."""
    sample = raw[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(raw) % 2 or max(even, odd) < len(sample) // 8 or min(even, odd) > len(sample) // 50:
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError:
        return None
    if _CONTROL_RE.search(text):
        return None
    return text, codec


def _decode_declared(raw: bytes, path: str, encoding: str) -> tuple[str, str]:
    codec = _SUPERSETS.get(encoding.lower(), encoding)
    try:
        codecs.lookup(codec)
    except LookupError:
        raise InputError(
            path, f"unknown encoding {encoding!r}", "use a Python codec name such as utf-8, gb18030, big5, utf-16"
        ) from None
    try:
        return raw.decode(codec), codec
    except UnicodeDecodeError as err:
        raise InputError(path, f"not valid {codec} (byte {err.start})", "check the encoding or re-save the file as UTF-8") from None


def _decode_chinese_legacy(raw: bytes, path: str) -> tuple[str, str] | None:
    """Decode with GB18030 and Big5 strictly and keep the one that reads as Chinese."""
    decoded: list[tuple[float, str, str]] = []
    for family in _CHINESE_CODECS:
        for codec in family:
            try:
                text = raw.decode(codec)
            except UnicodeDecodeError:
                continue
            decoded.append((score_chinese(text), codec, text))
            break
    if not decoded:
        return None
    decoded.sort(reverse=True)
    best_score, codec, text = decoded[0]
    runner_up = decoded[1][0] if len(decoded) > 1 else 0.0
    if best_score >= MIN_SCORE and best_score - runner_up >= MARGIN:
        return text, codec
    names = " or ".join(c for _, c, _ in decoded)
    raise InputError(path, f"cannot tell the encoding: not UTF-8, and {names} both look wrong or alike", RESAVE_FIX)


def _decode_other(raw: bytes) -> tuple[str | None, str]:
    """Ask charset-normalizer about a non-Chinese file; trust only a clean, unambiguous answer.

    Returns ``(text, codec)``, or ``(None, hint)`` when there is no single
    answer: its plausible candidates (low chaos) must all decode to the same
    text, and short Western files fit cp1250 and cp1252 alike with different
    letters. The hint names its best guess for the error message.
    """
    import charset_normalizer

    matches = [m for m in charset_normalizer.from_bytes(raw) if m.chaos <= 0.1]
    if not matches:
        return None, ""
    codec = matches[0].encoding
    if any(codec in family for family in _CHINESE_CODECS) or codec in _SUPERSETS:
        return None, ""  # the Chinese codecs were tried strictly and failed
    texts = {str(m) for m in matches}
    if len(texts) > 1:
        language = matches[0].language
        return None, f"; it may be {codec}" + (f" ({language})" if language and language != "Unknown" else "")
    return texts.pop(), codec


# ---------------------------------------------------------------- mojibake (UTF-8 read as Windows-1252, saved again)

# What UTF-8 Chinese looks like read as Windows-1252 or Latin-1: a lead byte of a three-byte character (à-ï)
# followed by a continuation byte (0x80-0xBF as Latin-1, as C1 controls, or as the Windows-1252 letters there).
_CP1252_HIGH = "".join(bytes([b]).decode("cp1252") for b in range(0x80, 0xC0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
_MOJIBAKE_RE = re.compile("[\u00e0-\u00ef][\u0080-\u00bf" + re.escape(_CP1252_HIGH) + "\ufffd]")
_CJK_RE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003134f]")
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f\s]")
# The five bytes Windows-1252 leaves undefined: a decoder drops them, or writes U+FFFD or a C1 control for them
_CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_COMMON_PUNCTUATION = "，。、“”‘’：；！？（）《》—…·"
MIN_MOJIBAKE_MARKS = 4


def _cjk_share(text: str) -> float:
    non_ascii = len(_NON_ASCII_RE.findall(text))
    return len(_CJK_RE.findall(text)) / non_ascii if non_ascii else 0.0


def _to_bytes(text: str) -> list[int | None]:
    """The bytes a Windows-1252/Latin-1 reading came from (None where a decoder wrote U+FFFD for a byte)."""
    out: list[int | None] = []
    for ch in text:
        if ch == "\ufffd":
            out.append(None)
        elif ord(ch) < 256:
            out.append(ord(ch))
        else:
            try:
                out.extend(ch.encode("cp1252"))
            except UnicodeEncodeError:
                out.extend(ch.encode("utf-8"))  # a character the mangling never touched
    return out


def _best_character(candidates: list[bytes]) -> str | None:
    """The most frequent Chinese character among byte sequences that differ in one lost byte."""
    found = []
    for seq in candidates:
        try:
            ch = seq.decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(ch) == 1 and _HAN_RE.fullmatch(ch):
            rank = _COMMON_SIMPLIFIED.find(ch)
            found.append((rank if rank >= 0 else len(_COMMON_SIMPLIFIED), ch))
        elif len(ch) == 1 and unicodedata.category(ch)[0] in "PS":  # ” (E2 80 9D), not a joiner or a space
            rank = _COMMON_PUNCTUATION.find(ch)
            found.append((len(_COMMON_SIMPLIFIED) + (rank if rank >= 0 else len(_COMMON_PUNCTUATION)), ch))
    return min(found)[1] if found else None


def _decode_lossy_utf8(data: list[int | None]) -> str:
    """UTF-8 bytes in which some of the five Windows-1252-undefined bytes were dropped or replaced by U+FFFD.

    Written here because ftfy cannot know which byte was lost: of the five candidates (and, for a dropped byte,
    each place it may have stood) the one giving the most frequent Chinese character is taken.
    """
    out: list[str] = []
    i, n = 0, len(data)
    while i < n:
        lead = data[i]
        if lead is None or lead < 0x80:
            out.append("\ufffd" if lead is None else chr(lead))
            i += 1
            continue
        width = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 1
        tail = data[i + 1 : i + width]
        if width > 1 and len(tail) == width - 1 and all(b is not None and 0x80 <= b <= 0xBF for b in tail):
            try:
                out.append(bytes([lead, *tail]).decode("utf-8"))
                i += width
                continue
            except UnicodeDecodeError:
                pass  # an overlong or surrogate form: handled as a lost byte below
        candidates: list[bytes] = []
        replaced = next((k for k, b in enumerate(tail) if b is None), None)
        if width > 1 and replaced is not None and len(tail) == width - 1:  # a U+FFFD stood for one byte
            for b in _CP1252_UNDEFINED:
                candidates.append(bytes([lead, *(b if x is None else x for x in tail)]))
            ch, used = _best_character(candidates), width
        else:  # a byte was dropped: it may have stood at any place of the character
            kept = [b for b in data[i + 1 : i + width - 1] if b is not None and 0x80 <= b <= 0xBF]
            if width > 1 and len(kept) == width - 2:
                for place in range(width - 1):
                    for b in _CP1252_UNDEFINED:
                        candidates.append(bytes([lead, *kept[:place], b, *kept[place:]]))
            ch, used = _best_character(candidates), width - 1
        if ch is None:
            out.append("\ufffd")
            i += 1
        else:
            out.append(ch)
            i += used
    return "".join(out)


def repair_mojibake(text: str) -> str:
    """``text`` itself, or the Chinese it was before it was read as Windows-1252/Latin-1 and saved as UTF-8.

    Repaired only when the text has next to no Chinese characters, many mojibake pairs (å· ä¸ …), and the
    repair is mostly Chinese (CJK characters and punctuation) of common characters; English with accented
    letters (café), Chinese and mixed pages are returned as they are.
    """
    marks = _MOJIBAKE_RE.findall(text)
    if len(marks) < MIN_MOJIBAKE_MARKS or len(marks) * 4 < len(_NON_ASCII_RE.findall(text)):
        return text  # (mojibake Chinese is two or three Latin characters per character, nearly all in pairs)
    if len(_HAN_RE.findall(text)) * 20 > len(marks):
        return text  # the text already has Chinese: not a whole text read in the wrong encoding
    import ftfy

    fixed = ftfy.fix_encoding(text)
    if _MOJIBAKE_RE.search(fixed) or "\ufffd" in fixed:
        fixed = _decode_lossy_utf8(_to_bytes(text))  # bytes were lost: ftfy left some characters as they were
    if _cjk_share(fixed) >= 0.8 and score_chinese(fixed) >= MIN_SCORE:
        return fixed
    return text


# ---------------------------------------------------------------- HZ (RFC 1843: GB2312 in 7-bit ASCII, ~{ … ~})

# One GB run: ~{, GB2312 byte pairs with the high bits cleared (first byte 0x21-0x77), ~}
_HZ_RUN_RE = re.compile(rb"~\{(?:[\x21-\x77][\x21-\x7e])+~\}")
_HZ_TEXT_RUN_RE = re.compile(r"~\{(?:[\x21-\x77][\x21-\x7e])+~\}")
MIN_HZ_RUNS = 2


def is_hz(name: str | None) -> bool:
    """``name`` (a declared charset: HZ-GB-2312, hz-gb, hz) names the HZ codec."""
    if not name:
        return False
    try:
        return codecs.lookup(name).name == "hz"
    except LookupError:
        return False


def looks_like_hz(raw: bytes) -> bool:
    """ASCII bytes with GB runs in HZ escapes (``~{;/9$~}``), and they decode to common Chinese."""
    if not raw.isascii() or len(_HZ_RUN_RE.findall(raw[:65536])) < MIN_HZ_RUNS:
        return False
    try:
        text = raw.decode("hz")
    except UnicodeDecodeError:
        return False
    return score_chinese(text) >= MIN_SCORE


def decode_hz_text(text: str) -> str:
    """A header or field still in HZ escapes (a Usenet Subject: ``~{9$R5~}``) decoded; other text as it is."""
    if not text.isascii() or not _HZ_TEXT_RUN_RE.search(text):
        return text
    try:
        return text.encode("ascii").decode("hz")
    except UnicodeDecodeError:
        return text


def decode_bytes(raw: bytes, path: str, *, encoding: str | None = None, declared: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes; return ``(text, codec name)``.

    ``encoding`` forces a codec; ``declared`` (an HTML meta charset) is tried
    after UTF-8 and before detection. A mojibake text (see ``repair_mojibake``)
    is repaired and its codec name says so. Raises ``InputError`` for empty,
    binary, truncated and undecodable files, with a fix in the message.
    """
    text, codec = _decode(raw, path, encoding=encoding, declared=declared)
    repaired = repair_mojibake(text)
    return (repaired, f"{codec} (mojibake repaired)") if repaired is not text else (text, codec)


def _decode(raw: bytes, path: str, *, encoding: str | None, declared: str | None) -> tuple[str, str]:
    if not raw:
        raise InputError(path, "empty file", "remove it or put the article text in it")
    if encoding:
        return _decode_declared(raw, path, encoding)
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return _decode_bom(raw, path, bom, codec)
    kind = _binary_kind(raw)
    if kind:
        raise InputError(path, f"binary file ({kind[0]})", kind[1])
    if b"\x00" in raw[:8192]:
        found = _decode_bomless_utf16(raw)
        if found:
            return found
        raise InputError(path, "binary file (contains NUL bytes)", TEXT_ONLY_FIX)
    # HZ is 7-bit ASCII, so it would pass as UTF-8: a declared HZ charset or HZ escapes decide first
    if raw.isascii() and (is_hz(declared) or looks_like_hz(raw)):
        try:
            return raw.decode("hz"), "hz"
        except UnicodeDecodeError:
            pass  # a stray "~{" in an ASCII file declared HZ: read as the ASCII it is
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as err:
        if _is_truncated_utf8(raw, err):
            raise InputError(
                path, "truncated UTF-8 file: it ends in the middle of a character", "re-download or re-save it"
            ) from None
        utf8_error = err
    if declared:
        codec = _SUPERSETS.get(declared.lower(), declared.lower())
        try:
            return raw.decode(codec), codec
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong or unknown declaration: detect instead
    found = _decode_chinese_legacy(raw, path)
    if found is None:
        other, codec_or_hint = _decode_other(raw)
        if other is None:
            raise InputError(
                path,
                f"cannot decode: not UTF-8 (invalid byte at {utf8_error.start}), GB18030 or Big5{codec_or_hint}",
                RESAVE_FIX,
            )
        found = other, codec_or_hint
    text, codec = found
    if len(_BINARY_CONTROL_RE.findall(text[:8192])) > max(8, len(text[:8192]) // 100):
        raise InputError(path, "binary file (control characters)", TEXT_ONLY_FIX)
    return text, codec
