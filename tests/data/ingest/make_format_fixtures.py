"""Write the saved-page, feed, document and mojibake fixtures of this folder (see README.md).

Run: python make_format_fixtures.py (the output is byte-for-byte the same every time). The news sentences are
written for these fixtures (about 工业和信息化部); no file is copied from anywhere.
"""

from __future__ import annotations

import base64
import quopri
import zipfile
from email.header import Header
from pathlib import Path

HERE = Path(__file__).parent

TITLE = "工业和信息化部召开中小企业数字化转型推进会"
PARAS = [
    "新华社北京3月5日电 工业和信息化部4日在京召开中小企业数字化转型推进会，部署下一阶段重点工作。",
    "工业和信息化部副部长在会上表示，要加快推动中小企业数字化转型，培育一批专精特新“小巨人”企业。",
    "会议指出，各地工业和信息化主管部门要完善公共服务体系，降低中小企业数字化转型成本。",
]
SECOND_TITLE = "工信部发布2024年工业互联网试点示范名单"
SECOND = [
    "工业和信息化部日前公布2024年工业互联网试点示范项目名单，共有二百余个项目入选。",
    "工业和信息化部信息通信管理局负责人介绍，试点示范覆盖原材料、装备、消费品等重点行业。",
]
NAV = '<div class="nav"><a href="/">首页</a> | <a href="/xwdt/">新闻动态</a> | <a href="/zcfb/">政策发布</a></div>'
FOOTER = '<div class="footer">版权所有：示例网站 地址：北京市西长安街13号 网站标识码：bm0000000</div>'
PAGE_URL = "https://www.example.cn/xwdt/2024/art_0305.html"


def page(charset: str | None) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return (f"<!DOCTYPE html><html><head>{meta}<title>{TITLE}_新闻动态_示例网站</title></head><body>{NAV}"
            f'<div class="article"><h1>{TITLE}</h1>{body}</div>{FOOTER}</body></html>')


# ---------------------------------------------------------------- MHTML


def mhtml_blink() -> bytes:
    """As Chrome saves a page: Snapshot-Content-Location, an RFC 2047 subject, quoted-printable HTML in UTF-8
    without a charset parameter, a CSS part and a base64 image part."""
    boundary = "----MultipartBoundary--Q5nRmxL0mMuGsJ2bKyqkTq7rZ0ZgYJ1wXoE2HcuwY7----"
    html = quopri.encodestring(page("utf-8").encode("utf-8")).decode("ascii")
    subject = Header(f"{TITLE}_新闻动态_示例网站", "utf-8").encode()
    png = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(range(64))).decode("ascii")
    parts = [
        "From: <Saved by Blink>",
        f"Snapshot-Content-Location: {PAGE_URL}",
        f"Subject: {subject}",
        "Date: Tue, 5 Mar 2024 01:20:00 -0000",  # 09:20 in Beijing
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"',
        "",
        "",
        f"--{boundary}",
        "Content-Type: text/html",
        "Content-ID: <frame-7C1F@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        f"Content-Location: {PAGE_URL}",
        "",
        html,
        f"--{boundary}",
        "Content-Type: text/css",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: cid:css-1@mhtml.blink",
        "",
        ".nav { color: red; }",
        f"--{boundary}",
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://www.example.cn/images/logo.png",
        "",
        png,
        f"--{boundary}--",
        "",
    ]
    return "\r\n".join(parts).encode("ascii")


def mhtml_ie() -> bytes:
    """As Internet Explorer saved a page: a GB2312 base64 subject, the HTML part base64 in GB2312 (declared in the
    part's Content-Type, not in the page), the address only in the part's Content-Location."""
    boundary = "----=_NextPart_000_0000_01DA6E4A.3C2B1F40"
    html = base64.encodebytes(page(None).encode("gb2312")).decode("ascii")
    subject = Header(f"{TITLE}－示例网站", "gb2312").encode()
    parts = [
        "From: <Saved by Windows Internet Explorer 8>",
        f"Subject: {subject}",
        "Date: Mon, 4 Mar 2024 18:05:11 +0800",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/related;\n\ttype="text/html";\n\tboundary="{boundary}"',
        "X-MimeOLE: Produced By Microsoft MimeOLE V6.1.7601.24158",
        "",
        "This is a multi-part message in MIME format.",
        "",
        f"--{boundary}",
        'Content-Type: text/html;\n\tcharset="gb2312"',
        "Content-Transfer-Encoding: base64",
        f"Content-Location: {PAGE_URL}",
        "",
        html,
        f"--{boundary}--",
        "",
    ]
    return "\n".join(parts).encode("ascii")


# ---------------------------------------------------------------- feeds


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def rss() -> str:
    first = "".join(f"<p>{p}</p>" for p in PARAS) + '<p class="editor">责任编辑：王芳</p>'
    second = "<br/>".join(SECOND)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>示例网站 - 新闻动态</title>
<link>https://www.example.cn/xwdt/</link>
<description>工业和信息化新闻</description>
<item>
<title>{TITLE}</title>
<link>{PAGE_URL}</link>
<pubDate>Tue, 05 Mar 2024 07:30:00 +0800</pubDate>
<description>{esc(PARAS[0][:30])}…</description>
<content:encoded><![CDATA[{first}]]></content:encoded>
</item>
<item>
<title>{SECOND_TITLE}</title>
<link>https://www.example.cn/xwdt/2024/art_0228.html</link>
<pubDate>Tue, 27 Feb 2024 20:15:00 GMT</pubDate>
<description>{esc(second)}</description>
</item>
<item>
<title>图片新闻</title>
<link>https://www.example.cn/xwdt/2024/art_0227.html</link>
<description></description>
</item>
</channel>
</rss>
"""


def atom() -> str:
    first = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>示例网站</title>
<id>tag:example.cn,2024:xwdt</id>
<updated>2024-03-04T17:30:00Z</updated>
<entry>
<title>{TITLE}</title>
<id>tag:example.cn,2024:art_0305</id>
<link rel="alternate" href="{PAGE_URL}"/>
<updated>2024-03-04T17:30:00Z</updated>
<summary>{esc(PARAS[0][:20])}</summary>
<content type="html">{esc(first)}</content>
</entry>
<entry>
<title>{SECOND_TITLE}</title>
<id>tag:example.cn,2024:art_0228</id>
<link href="https://www.example.cn/xwdt/2024/art_0228.html"/>
<published>2024-02-28T09:00:00+08:00</published>
<updated>2024-02-29T09:00:00+08:00</updated>
<content type="text">{esc(chr(10).join(SECOND))}</content>
</entry>
</feed>
"""


# ---------------------------------------------------------------- Word 2003 XML, flat OpenDocument


def split_runs(text: str, run) -> str:
    """The text in runs of uneven length, as Word writes it after edits and spell checks."""
    cuts, out, i, size = [], [], 0, 3
    while i < len(text):
        cuts.append(text[i : i + size])
        i, size = i + size, (size % 5) + 2
    return "".join(run(piece, k) for k, piece in enumerate(cuts))


def wordml() -> str:
    def run(piece: str, k: int) -> str:
        style = "<w:rPr><w:b/></w:rPr>" if k % 2 else "<w:rPr><w:rFonts w:hint=\"eastAsia\"/></w:rPr>"
        return f"<w:r>{style}<w:t>{esc(piece)}</w:t></w:r>"

    comment = ('<aml:annotation aml:id="1" w:type="Word.Comment" aml:author="审校"><aml:content><w:p><w:r>'
               "<w:t>批注：请核实日期</w:t></w:r></w:p></aml:content></aml:annotation>")
    deletion = ('<aml:annotation aml:id="2" w:type="Word.Deletion"><aml:content><w:r><w:delText>已删除的旧表述'
                "</w:delText></w:r></aml:content></aml:annotation>")
    insertion = ('<aml:annotation aml:id="3" w:type="Word.Insertion"><aml:content><w:r><w:t>（新增）</w:t></w:r>'
                 "</aml:content></aml:annotation>")
    bookmark = '<aml:annotation aml:id="4" w:type="Word.Bookmark.Start" w:name="_GoBack"/>'
    paras = [f"<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>{split_runs(TITLE, run)}</w:p>"]
    paras.append(f"<w:p>{bookmark}{split_runs(PARAS[0], run)}{comment}</w:p>")
    paras.append(f"<w:p>{split_runs(PARAS[1], run)}{deletion}{insertion}</w:p>")
    paras.append(f"<w:p><w:r><w:instrText> HYPERLINK \"{PAGE_URL}\" </w:instrText></w:r>{split_runs(PARAS[2], run)}"
                 "</w:p>")
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<?mso-application progid="Word.Document"?>
<w:wordDocument xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml" xmlns:wx="http://schemas.microsoft.com/office/word/2003/auxHint" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:aml="http://schemas.microsoft.com/aml/2001/core" w:macrosPresent="no" w:embeddedObjPresent="no" w:ocxPresent="no" xml:space="preserve">
<o:DocumentProperties><o:Title>{TITLE}</o:Title><o:Author>示例</o:Author><o:Created>2024-03-05T02:00:00Z</o:Created></o:DocumentProperties>
<w:fonts><w:font w:name="宋体"/></w:fonts>
<w:body><wx:sect>{"".join(paras)}
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>单位</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>工业和信息化部</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:sectPr><w:hdr w:type="odd"><w:p><w:r><w:t>页眉：内部资料</w:t></w:r></w:p></w:hdr><w:ftr w:type="odd"><w:p><w:r><w:t>第1页</w:t></w:r></w:p></w:ftr></w:sectPr>
</wx:sect></w:body></w:wordDocument>
"""


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"')


def odf_body() -> str:
    def run(piece: str, k: int) -> str:
        return f'<text:span text:style-name="T{k % 3}">{esc(piece)}</text:span>' if k % 2 else esc(piece)

    annotation = ("<office:annotation><dc:creator>审校</dc:creator><dc:date>2024-03-05T10:00:00</dc:date>"
                  "<text:p>批注：请核实日期</text:p></office:annotation>")
    note = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            "<text:note-body><text:p>脚注：数据来源于示例统计。</text:p></text:note-body></text:note>")
    frame = ('<draw:frame draw:name="图片1"><draw:image><svg:desc>会议现场照片</svg:desc></draw:image>'
             "</draw:frame>")
    return (f'<office:text><text:h text:outline-level="1">{split_runs(TITLE, run)}</text:h>'
            f"<text:p>{split_runs(PARAS[0], run)}{annotation}</text:p>"
            f"<text:p>{frame}{split_runs(PARAS[1], run)}{note}<text:soft-page-break/></text:p>"
            f"<text:list><text:list-item><text:p>{split_runs(PARAS[2], run)}</text:p></text:list-item></text:list>"
            "<text:p>联系电话：<text:s text:c=\"2\"/>010-00000000<text:tab/>传真</text:p>"
            "</office:text>")


def odf_styles() -> str:
    return ("<office:master-styles><style:master-page style:name=\"Standard\"><style:header><text:p>页眉：内部资料"
            "</text:p></style:header><style:footer><text:p>第1页</text:p></style:footer></style:master-page>"
            "</office:master-styles>")


def fodt() -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document {ODF_NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{TITLE}</dc:title><meta:creation-date>2024-03-05T10:00:00</meta:creation-date></office:meta>
{odf_styles()}
<office:body>{odf_body()}</office:body>
</office:document>
"""


# ---------------------------------------------------------------- .docx, .odt


def zip_entry(archive: zipfile.ZipFile, name: str, data: str | bytes, stored: bool = False) -> None:
    info = zipfile.ZipInfo(name, date_time=(2024, 3, 5, 10, 0, 0))  # fixed: the file is the same every time
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    archive.writestr(info, data)


def docx(path: Path) -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    mc = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'

    def run(piece: str, k: int) -> str:
        return f"<w:r>{'<w:rPr><w:b/></w:rPr>' if k % 2 else ''}<w:t xml:space=\"preserve\">{esc(piece)}</w:t></w:r>"

    textbox = ("<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r>"
               "<w:t>图：会议现场</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>"
               "<w:txbxContent><w:p><w:r><w:t>图：会议现场</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>"
               "</mc:AlternateContent></w:r>")
    body = (f"<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr>{split_runs(TITLE, run)}</w:p>"
            f"<w:p><w:commentRangeStart w:id=\"0\"/>{split_runs(PARAS[0], run)}<w:commentRangeEnd w:id=\"0\"/>"
            "<w:r><w:commentReference w:id=\"0\"/></w:r></w:p>"
            f"<w:p>{split_runs(PARAS[1], run)}<w:del w:id=\"1\" w:author=\"审校\"><w:r><w:delText>已删除的旧表述"
            "</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"审校\"><w:r><w:t>（新增）</w:t></w:r></w:ins></w:p>"
            f"<w:p>{textbox}</w:p>"
            f"<w:p><w:hyperlink r:id=\"rId9\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
            f"relationships\">{split_runs(PARAS[2], run)}</w:hyperlink></w:p>"
            "<w:sectPr><w:headerReference w:type=\"default\"/></w:sectPr>")
    with zipfile.ZipFile(path, "w") as archive:
        zip_entry(archive, "[Content_Types].xml",
                  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                  'content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
                  'officedocument.wordprocessingml.document.main+xml"/></Types>')
        zip_entry(archive, "_rels/.rels",
                  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                  'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                  'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/'
                  'metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
        zip_entry(archive, "word/document.xml",
                  f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {w} {mc}><w:body>{body}'
                  "</w:body></w:document>")
        zip_entry(archive, "word/header1.xml", f'<w:hdr {w}><w:p><w:r><w:t>页眉：内部资料</w:t></w:r></w:p></w:hdr>')
        zip_entry(archive, "word/comments.xml",
                  f'<w:comments {w}><w:comment w:id="0"><w:p><w:r><w:t>批注：请核实日期</w:t></w:r></w:p></w:comment>'
                  "</w:comments>")
        zip_entry(archive, "docProps/core.xml",
                  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
                  f' xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{TITLE}</dc:title><dc:creator>示例'
                  "</dc:creator></cp:coreProperties>")


def odt(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        zip_entry(archive, "mimetype", "application/vnd.oasis.opendocument.text", stored=True)
        zip_entry(archive, "content.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NS}>'
                                          f"<office:body>{odf_body()}</office:body></office:document-content>")
        zip_entry(archive, "styles.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODF_NS}>'
                                         f"{odf_styles()}</office:document-styles>")
        zip_entry(archive, "meta.xml", f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {ODF_NS}>'
                                       f"<office:meta><dc:title>{TITLE}</dc:title></office:meta></office:document-meta>")
        zip_entry(archive, "META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                  'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')


# ---------------------------------------------------------------- mojibake


def as_windows_1252(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 the way browsers do (the five undefined bytes become C1 controls)."""
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in text.encode("utf-8"))


def main() -> None:
    (HERE / "saved_page_blink.mhtml").write_bytes(mhtml_blink())
    (HERE / "saved_page_ie.mht").write_bytes(mhtml_ie())
    (HERE / "news.rss").write_text(rss(), encoding="utf-8")
    (HERE / "news.atom").write_text(atom(), encoding="utf-8")
    (HERE / "wordml_2003.xml").write_text(wordml(), encoding="utf-8")
    (HERE / "document.fodt").write_text(fodt(), encoding="utf-8")
    docx(HERE / "document.docx")
    odt(HERE / "document.odt")
    (HERE / "unknown_root.xml").write_text('<?xml version="1.0"?>\n<config><item key="a">1</item></config>\n',
                                           encoding="utf-8")
    article = "\n".join([TITLE, *PARAS]) + "\n"
    (HERE / "mojibake_cp1252.txt").write_text(as_windows_1252(article), encoding="utf-8")
    (HERE / "mojibake_latin1.txt").write_text(article.encode("utf-8").decode("latin-1"), encoding="utf-8")
    # Python's cp1252 decoder with errors="ignore": the five undefined bytes are lost
    (HERE / "mojibake_lossy.txt").write_text(article.encode("utf-8").decode("cp1252", errors="ignore"),
                                             encoding="utf-8")


if __name__ == "__main__":
    main()
