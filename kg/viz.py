"""A self-contained interactive HTML view of the entity graph (vis-network, inlined: works offline).

Nodes are coloured by type and labelled in Chinese (English name on hover);
edges are coloured by relation; clicking a node lists its facts with their
evidence sentences and source articles. The page template is
``kg/resources/viz/graph.html``; vis-network comes from
``kg/resources/vendor/vis-network/`` (see the README there).
"""

from __future__ import annotations

import json
import re
from html import escape
from pathlib import Path

import networkx as nx

from kg.analyze import RELATIONS, project_facts
from kg.errors import KgError
from kg.graph import KIND_BY_TYPE

RESOURCES = Path(__file__).resolve().parent / "resources"
TEMPLATE = RESOURCES / "viz" / "graph.html"
VIS_NETWORK_JS = RESOURCES / "vendor" / "vis-network" / "vis-network.min.js"

TYPES: dict[str, dict[str, str]] = {
    "Official": {"colour": "#e15759", "label": "官员 Official"},
    "Organization": {"colour": "#f28e2b", "label": "机构 Organization"},
    "Program": {"colour": "#4e79a7", "label": "规划工程 Programme"},
    "Sector": {"colour": "#59a14f", "label": "产业领域 Sector"},
    "PolicyDocument": {"colour": "#b07aa1", "label": "政策文件 Policy document"},
    "Event": {"colour": "#9c755f", "label": "活动 Event"},
}
RELATION_STYLES: dict[str, dict[str, str]] = {
    "holdsPost": {"colour": "#e15759", "label": "任职 holds a post at"},
    "discusses": {"colour": "#8fa8c8", "label": "谈及 discusses"},
    "targets": {"colour": "#59a14f", "label": "聚焦 targets"},
    "issues": {"colour": "#b07aa1", "label": "印发 issues"},
    "oversees": {"colour": "#f28e2b", "label": "分管 oversees"},
    "partOf": {"colour": "#76b7b2", "label": "隶属 is part of"},
    "attends": {"colour": "#9c755f", "label": "出席 attends"},
    "broader": {"colour": "#bab0ac", "label": "上位领域 broader sector (scheme)"},
}


def _json_for_script(value) -> str:
    """JSON that can sit inside <script>…</script>: '<' only occurs in strings, where '\\u003c' means the same.

    (A '</script>' or '<!--' in a sentence would otherwise end or confuse the element.)
    """
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def _read_vendored_script() -> str:
    """vis-network's standalone build, checked to be safe to inline in a <script> element."""
    script = VIS_NETWORK_JS.read_text(encoding="utf-8")
    # The source map is not shipped: drop the comment so a browser's devtools do not go looking for it.
    script = re.sub(r"\n//# sourceMappingURL=\S+\s*$", "\n", script)
    if re.search(r"</script", script, re.IGNORECASE):
        # Escaping inside code could change a regular expression: refuse rather than guess.
        raise KgError(f"{VIS_NETWORK_JS} contains '</script' and cannot be inlined; vendor another build of vis-network")
    return script


def build_view_data(graph: nx.MultiDiGraph, title: str = "ipkg 产业政策知识图谱") -> dict:
    """The data the page draws: nodes (sorted by key), edges between node indexes, articles, styles."""
    degree = project_facts(graph, RELATIONS).degree()
    order = sorted(graph.nodes, key=lambda n: (KIND_BY_TYPE[graph.nodes[n]["type"]], graph.nodes[n]["id"], n))
    index = {node: i for i, node in enumerate(order)}
    nodes = [
        {
            "key": f"{KIND_BY_TYPE[attrs['type']]}/{attrs['id']}",
            "name": attrs["name"],
            "name_en": attrs["name_en"],
            "type": attrs["type"],
            "degree": degree[node],
            "articles": sorted(attrs["articles"]),
        }
        for node in order
        for attrs in [graph.nodes[node]]
    ]
    edges = [
        {
            "from": index[s],
            "to": index[o],
            "relation": relation,
            "roles": attrs.get("roles", []),
            "evidence": [
                {"article": e["article"], "sentence": e["sentence"], "rule": e["rule"]} for e in attrs["evidence"]
            ],
        }
        for s, o, relation, attrs in sorted(graph.edges(keys=True, data=True), key=lambda e: (index[e[0]], index[e[1]], e[2]))
    ]
    return {
        "title": title,
        "types": TYPES,
        "relations": RELATION_STYLES,
        "nodes": nodes,
        "edges": edges,
        "articles": graph.graph.get("articles", {}),
    }


def render_html(graph: nx.MultiDiGraph, title: str = "ipkg 产业政策知识图谱") -> str:
    """The whole page as one string: template + inlined vis-network + the graph's data as JSON."""
    if graph.number_of_nodes() == 0:
        raise KgError("the graph has no entities to draw: build it from articles first (kg build SOURCES --out DIR)")
    template = TEMPLATE.read_text(encoding="utf-8")
    script = _read_vendored_script()
    data = _json_for_script(build_view_data(graph, title))
    # Split on the markers rather than str.replace: the inlined script must not be searched for markers.
    head, rest = template.split("__VIS_NETWORK_JS__")
    middle, tail = rest.split("__GRAPH_DATA__")
    return "".join([head.replace("__TITLE__", escape(title)), script, middle, data, tail])


def write_html(graph: nx.MultiDiGraph, path: Path, title: str = "ipkg 产业政策知识图谱") -> Path:
    """Write the interactive view of ``graph`` to ``path`` (parent folders created); returns the path."""
    path = Path(path)
    html = render_html(graph, title)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
    except OSError as err:
        raise KgError(f"cannot write {path}: {err.strerror}") from None
    return path
