""".docx with tracked changes is read as if the changes were accepted: deletions and moved-from text left out,
insertions and moved-to text kept (python-docx's Paragraph.text drops insertions), deleted paragraph marks joined."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from kg.ingest import read_file

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
)
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
    ' Target="word/document.xml"/></Relationships>'
)
CHANGE = 'w:id="{}" w:author="韦晓婷" w:date="2017-07-10T09:41:00Z"'


def _run(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><{tag} xml:space="preserve">{text}</{tag}></w:r>'


def _docx(path: Path, paragraphs: list[str]) -> Path:
    body = "".join(paragraphs)
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>{body}'
                '<w:sectPr/></w:body></w:document>')
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/document.xml", document)
    return path


def _p(*parts: str, mark_deleted: bool = False) -> str:
    ppr = f'<w:pPr><w:rPr><w:del {CHANGE.format(90)}/></w:rPr></w:pPr>' if mark_deleted else ""
    return f"<w:p>{ppr}{''.join(parts)}</w:p>"


@pytest.mark.parametrize(
    "paragraphs,expected",
    [
        # a deleted character inside a title, runs cut every few characters with a spell-check mark
        ([_p(_run("柳州市委副书记、"), f'<w:del {CHANGE.format(1)}>{_run("代", True)}</w:del>', _run("市长"),
             '<w:proofErr w:type="spellStart"/>', _run("吴炜"), '<w:proofErr w:type="spellEnd"/>', _run("出席。"))],
         ["柳州市委副书记、市长吴炜出席。"]),
        # an official deleted, another inserted: the accepted text names only the inserted one
        ([_p(_run("市长吴炜，"), f'<w:del {CHANGE.format(2)}>{_run("自治区人民政府副主席黄世勇，", True)}</w:del>',
             f'<w:ins {CHANGE.format(3)}>{_run("工业和信息化部装备工业司")}{_run("副司长罗俊杰，")}</w:ins>',
             _run("以及企业负责人出席了发布会。"))],
         ["市长吴炜，工业和信息化部装备工业司副司长罗俊杰，以及企业负责人出席了发布会。"]),
        # a document title replaced
        ([_p(_run("联合印发了"), f'<w:del {CHANGE.format(4)}>{_run("《节能与新能源汽车产业发展规划》", True)}</w:del>',
             f'<w:ins {CHANGE.format(5)}>{_run("《汽车产业中长期发展规划》")}</w:ins>', _run("。"))],
         ["联合印发了《汽车产业中长期发展规划》。"]),
        # text moved from one paragraph to another: once, at its new place
        ([_p(_run("会议指出，"), f'<w:moveFrom {CHANGE.format(6)}>{_run("要加快新能源汽车推广应用，")}</w:moveFrom>',
             _run("提升产业竞争力。")),
          _p(_run("会议要求，"), f'<w:moveTo {CHANGE.format(7)}>{_run("要加快新能源汽车推广应用，")}</w:moveTo>',
             _run("做好安全监管。"))],
         ["会议指出，提升产业竞争力。", "会议要求，要加快新能源汽车推广应用，做好安全监管。"]),
        # a deleted paragraph mark: the two paragraphs are one when the change is accepted
        ([_p(_run("工业和信息化部装备工业司副司长"), mark_deleted=True), _p(_run("罗俊杰在发言中表示，要推动汽车产业由大变强。"))],
         ["工业和信息化部装备工业司副司长罗俊杰在发言中表示，要推动汽车产业由大变强。"]),
    ],
)
def test_ingest_tracked_changes_read_accepted(tmp_path, paragraphs, expected):
    (article,) = read_file(_docx(tmp_path / "release.docx", paragraphs))
    assert article.format == "docx"
    assert article.text.split("\n") == expected
