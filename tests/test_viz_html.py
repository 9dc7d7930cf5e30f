"""kg viz: a self-contained HTML view of the graph, checked as a file and rendered in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import lxml.html
import networkx as nx
import pytest
from typer.testing import CliRunner

from kg.analyze import ENTITY_TYPES, RELATIONS
from kg.errors import KgError
from kg.viz import RELATION_STYLES, TYPES, build_view_data, render_html, write_html

CHROMIUM = next((shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome") if shutil.which(name)), None)
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on PATH: run `sudo tools/install-test-deps.sh` (make test does it as root)"
)
SELECTED = "program/zhong-da-ji-shu-zhuang-bei-gong-guan-gong-cheng"


@pytest.fixture(scope="module")
def page(sample_entity_graph, tmp_path_factory):
    """The sample graph's page, written once for the module."""
    return write_html(sample_entity_graph, tmp_path_factory.mktemp("viz") / "graph.html")


def test_viz_html_styles_cover_every_type_and_relation():
    assert set(TYPES) == set(ENTITY_TYPES)
    assert set(RELATION_STYLES) == set(RELATIONS)
    assert len({t["colour"] for t in TYPES.values()}) == len(TYPES)  # one colour per type


def test_viz_html_is_self_contained(page):
    html = page.read_text(encoding="utf-8")
    document = lxml.html.fromstring(html)
    for element in document.iter():
        for attribute in ("src", "href", "data", "srcset"):
            assert element.get(attribute) is None, f"<{element.tag} {attribute}=…> loads a resource"
    assert document.xpath("//link") == [] and document.xpath("//iframe") == []
    scripts = document.xpath("//script")
    assert len(scripts) == 2 and "vis.Network" in html and "DataSet" in html
    assert not re.search(r"""(?:import|url)\s*\(\s*["']?https?:""", html), "a stylesheet or module import from the web"
    assert "sourceMappingURL" not in html


def test_viz_html_data_labels_chinese_with_english_and_evidence(sample_entity_graph):
    data = build_view_data(sample_entity_graph)
    assert len(data["nodes"]) == sample_entity_graph.number_of_nodes()
    assert len(data["edges"]) == sample_entity_graph.number_of_edges()
    nodes = {n["key"]: n for n in data["nodes"]}
    jin = nodes["official/jin-zhuanglong"]
    assert (jin["name"], jin["name_en"], jin["type"]) == ("金壮龙", "Jin Zhuanglong", "Official")
    index = {n["key"]: i for i, n in enumerate(data["nodes"])}
    (edge,) = [e for e in data["edges"] if e["from"] == index[SELECTED] and e["to"] == index["sector/hang-kong-fa-dong-ji"]]
    assert edge["relation"] == "targets"
    assert any("航空发动机" in ev["sentence"] for ev in edge["evidence"])
    assert {ev["article"] for ev in edge["evidence"]} <= set(data["articles"])


def test_viz_html_sentences_cannot_break_out_of_the_script():
    graph = nx.MultiDiGraph(articles={"a.txt": {"title": "<b>标题</b>", "date": None, "publisher": None, "url": None}})
    hostile = "金壮龙说：</script><script>alert(1)</script><!--"
    graph.add_node("o", type="Official", name="金壮龙", name_en=None, id="jin", iri="o", articles=["a.txt"])
    graph.add_node("p", type="Program", name="</script>", name_en=None, id="p", iri="p", articles=["a.txt"])
    graph.add_edge("o", "p", key="discusses", relation="discusses", articles=["a.txt"], roles=[],
                   evidence=[{"article": "a.txt", "sentence": hostile, "rule": "speaker-turn"}])
    html = render_html(graph, title="<i>t</i>")
    assert html.count("</script>") == 2  # the two script elements of the template, nothing from the data
    assert "<!--" not in html.split("const DATA = ", 1)[1]
    assert "<title>&lt;i&gt;t&lt;/i&gt;</title>" in html
    data = json.loads(html.split("const DATA = ", 1)[1].split(";\n", 1)[0])
    assert data["edges"][0]["evidence"][0]["sentence"] == hostile  # escaped, not altered


def test_viz_html_refuses_an_empty_graph(tmp_path):
    with pytest.raises(KgError, match="no entities to draw"):
        write_html(nx.MultiDiGraph(), tmp_path / "empty.html")


def test_viz_html_cli_writes_the_page(sample_graph, tmp_path):
    from kg.cli import app

    out = tmp_path / "view" / "graph.html"
    result = CliRunner().invoke(app, ["viz", "--graph", str(sample_graph), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"wrote {out}" in result.stdout
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def run_chromium(url: str, tmp_path, *extra: str) -> subprocess.CompletedProcess:
    """Headless Chromium with a fresh profile and no network besides the page's own file."""
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
         f"--user-data-dir={tmp_path / 'profile'}", "--host-resolver-rules=MAP * ~NOTFOUND",  # offline
         "--enable-logging=stderr", "--v=0", "--virtual-time-budget=20000", *extra, url],
        capture_output=True, text=True, timeout=90, check=False,
    )


@needs_chromium
def test_viz_html_renders_nodes_in_headless_chromium(page, sample_entity_graph, tmp_path):
    """The page draws every node and, for a node picked by URL (the click handler's code path), lists its evidence."""
    result = run_chromium(f"{page.as_uri()}#{SELECTED}", tmp_path, "--dump-dom")
    assert result.returncode == 0, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if "CONSOLE" in line and ("Uncaught" in line or "Error" in line)]
    assert not errors, errors
    dom = lxml.html.fromstring(result.stdout)
    body = dom.find("body")
    assert body.get("data-rendered-nodes") == str(sample_entity_graph.number_of_nodes())
    assert body.get("data-selected") == SELECTED
    details = dom.get_element_by_id("details")
    assert details.findtext("h2") == "重大技术装备攻关工程"
    sentences = [q.text_content() for q in details.iter("blockquote")]
    assert any("航空发动机" in s for s in sentences), sentences
    assert "扎实推进新型工业化" in details.text_content()  # the source article's title
    assert dom.get_element_by_id("heading").text_content() == "ipkg 产业政策知识图谱"
    assert dom.xpath("//div[@id='graph']//canvas"), "vis-network drew no canvas"


@needs_chromium
def test_viz_html_screenshot_is_not_blank(page, tmp_path):
    shot = tmp_path / "shot.png"
    result = run_chromium(page.as_uri(), tmp_path, f"--screenshot={shot}", "--window-size=1200,800", "--hide-scrollbars")
    assert result.returncode == 0 and shot.is_file(), result.stderr[-2000:]
    from PIL import Image

    with Image.open(shot) as image:
        graph_area = image.convert("RGB").crop((0, 0, 700, 800))
        colours = graph_area.getcolors(maxcolors=1 << 16) or []
    # A drawn graph has many colours (nodes of six types, edges, anti-aliased labels); a blank page has one or two.
    assert len(colours) > 50
    node_red = [count for count, rgb in colours if abs(rgb[0] - 0xE1) < 8 and abs(rgb[1] - 0x57) < 8 and abs(rgb[2] - 0x59) < 8]
    assert sum(node_red) > 100, "no official (red) nodes in the screenshot"
