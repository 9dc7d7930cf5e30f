"""Write the encoded fixture files of this folder (see README.md). Run: python make_fixtures.py

The sentences come from the seed articles in data/corpus/ (000, 002, 003);
the Traditional ones are their OpenCC s2twp conversions, fixed here as text.
"""

from pathlib import Path
import json
import struct
import zlib

HERE = Path(__file__).parent

SIMPLIFIED = (
    "工信部将启动创建国家新型工业化示范区\n"
    "工业和信息化部新闻发言人、总工程师赵志国在会上表示，发展新质生产力是推动高质量发展的内在要求和重要着力点。\n"
    "今年1—2月规模以上高技术制造业增加值同比增长7.5%，连续3个月加快增长。\n"
)
TRADITIONAL = (
    "工業和資訊化部部長金壯龍表示\n"
    "工業和資訊化部部長金壯龍表示，將重點做好六個方面工作，紮實推進新型工業化，加快建設製造強國和網路強國。\n"
    "推動軟體和資訊服務業高質量發展，加快工業網際網路建設。\n"
)
# 䶮 (U+4DAE) is in GB18030 but not in GBK: the file must be read as GB18030.
GB18030_ONLY = "新华社北京12月25日电 记者王䶮报道：工业和信息化部运行监测协调局局长陶青说，将认真落实中央经济工作会议精神。\n"

PAGE_GB2312 = """<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>工业和信息化部有关负责人谈落实中央经济工作会议精神－中华人民共和国工业和信息化部</title>
<meta name="PubDate" content="2023-12-25 17:30">
</head><body>
<table width="100%"><tr><td><a href="/">首页</a></td><td><a href="/jgsj/">机构设置</a></td><td><a href="/zwgk/">政务公开</a></td><td><a href="/hdjl/">互动交流</a></td></tr></table>
<table width="980"><tr><td class="content">
<p>新华社北京12月25日电 工业和信息化部中小企业局局长梁志峰表示，中小企业联系千家万户，近几年出台的一系列帮扶措施促进中小企业经济运行回升向好。</p>
<p>工业和信息化部信息通信发展司司长谢存说，我国已建成全球规模最大、技术领先的5G网络，供给能力不断增强。</p>
<p>谢存表示，将按照“建、用、研”统筹推进的思路，持续巩固提升行业竞争优势和领先地位，进一步夯实数字经济发展的网络底座。</p>
</td></tr></table>
<table><tr><td>主办单位：示例网站 版权所有 地址：北京市西长安街13号 网站标识码：bm0000000</td></tr></table>
</body></html>
"""

RECORDS = [
    {"text": "工业和信息化部部长金壮龙表示，将重点做好六个方面工作。", "title": "金壮龙谈新型工业化", "date": "2023-03-02", "source": "中国证券报", "url": "https://example.cn/1"},
    "{not json",
    {"title": "没有正文的记录"},
    {"text": "新华社北京12月25日电 工业和信息化部运行监测协调局局长陶青说，将认真落实中央经济工作会议精神。", "date": "2024-04-26 13:11:08"},
]


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b"")


def main() -> None:
    (HERE / "gb18030.txt").write_bytes(GB18030_ONLY.encode("gb18030"))
    (HERE / "gbk.txt").write_bytes(SIMPLIFIED.encode("gbk"))
    (HERE / "gbk_traditional.txt").write_bytes(TRADITIONAL.encode("gbk"))
    (HERE / "big5.txt").write_bytes(TRADITIONAL.encode("big5"))
    (HERE / "utf8_bom.txt").write_bytes(SIMPLIFIED.encode("utf-8-sig"))
    (HERE / "utf16le_bom.txt").write_bytes(SIMPLIFIED.encode("utf-16"))  # LE with BOM on this platform
    (HERE / "utf16be_bom.txt").write_bytes(b"\xfe\xff" + SIMPLIFIED.encode("utf-16-be"))
    (HERE / "crlf.txt").write_bytes(SIMPLIFIED.replace("\n", "\r\n").encode("utf-8"))
    (HERE / "table_layout_gb2312.html").write_bytes(PAGE_GB2312.encode("gb2312"))
    lines = [json.dumps(r, ensure_ascii=False) if isinstance(r, dict) else r for r in RECORDS]
    (HERE / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (HERE / "truncated_utf8.txt").write_bytes(SIMPLIFIED.encode("utf-8")[:-2])
    (HERE / "image.png").write_bytes(tiny_png())
    (HERE / "empty.txt").write_bytes(b"")


if __name__ == "__main__":
    main()
