"""kg neo4j push against a real Bolt server (FalkorDB, see tests/falkordb_netns.py) with the official driver.

FalkorDB is a protocol peer, not Neo4j: it crashes on a request over about
4 KB, so every push here uses a byte bound of 3000 or less, and it has no
constraints, so the loader skips them (they are linted in
test_cypher_lint_neo4j.py instead).
"""

from __future__ import annotations

import re
import socket
from pathlib import Path

import neo4j
import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError, ServerError
from kg.stores import neo4j as loader
from kg.stores.oxigraph import open_store
from kg.stores.property_graph import NODE_LABELS, RELATIONSHIP_TYPES, PropertyGraph, read_property_graph

FALKORDB_BYTES = 3000
SECRET = "correct-horse-battery-staple-7"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def reader(falkordb_bolt):
    """One driver kept open for the module: reading back costs no new connection."""
    with neo4j.GraphDatabase.driver(falkordb_bolt.uri, auth=None) as driver:
        yield driver


@pytest.fixture()
def bolt(falkordb_bolt, reader):
    """The shared FalkorDB, emptied before the test."""
    assert falkordb_bolt.alive(), "FalkorDB stopped (a request over its size limit crashes it)"
    reader.execute_query("MATCH (n) DETACH DELETE n")
    falkordb_bolt.read = lambda query, **params: [r.data() for r in reader.execute_query(query, params)[0]]
    return falkordb_bolt


def test_neo4j_push_twice_leaves_the_same_counts(bolt, sample_graph):
    graph = read_property_graph(open_store(sample_graph))
    expected = graph.counts()
    first = loader.push_graph(graph, bolt.uri, max_bytes=FALKORDB_BYTES)
    second = loader.push_graph(graph, bolt.uri, max_bytes=FALKORDB_BYTES)
    assert first["sent"] == {"nodes": expected["nodes"], "relationships": expected["relationships"]}
    assert (first["nodes"], first["relationships"]) == (expected["nodes"], expected["relationships"])
    assert second["database_counts"] == first["database_counts"]
    assert first["database_counts"] == {**expected["labels"], **expected["types"]}
    assert first["largest_request_bytes"] <= FALKORDB_BYTES
    assert first["schema"].startswith("skipped")  # FalkorDB answers no dbms.components()
    total = bolt.read("MATCH (n) RETURN count(n) AS n")[0]["n"]
    assert total == expected["nodes"]  # nothing outside the mapping's labels either


def test_neo4j_push_reads_back_every_relationship_as_read_from_rdf(bolt, pg_mini_graph):
    graph = read_property_graph(open_store(pg_mini_graph))
    loader.push_graph(graph, bolt.uri, max_bytes=1200)
    for rtype, rows in graph.relationships.items():
        got = bolt.read(f"MATCH (a)-[r:{rtype}]->(b) RETURN a.id AS src, b.id AS dst, r.role AS role, r.first_seen AS first_seen, "
            "r.last_seen AS last_seen, r.articles AS articles, r.evidence AS evidence",
        )
        want = [{"src": r["src"], "dst": r["dst"], "role": r.get("role"), "first_seen": r.get("first_seen"),
                 "last_seen": r.get("last_seen"), "articles": r["articles"], "evidence": r["evidence"]} for r in rows]
        assert sorted(got, key=repr) == sorted(want, key=repr), rtype


@pytest.mark.parametrize(
    "query,expected",
    [
        ("MATCH (o:Official {id: 'jin-zhuanglong'})-[r:HOLDS_POST]->(g:Organization) RETURN g.name AS org, r.role AS role",
         [{"org": "工业和信息化部", "role": "部长"}]),
        ("MATCH (o:Organization {id: 'miit'}) RETURN o.name AS name, o.name_en AS en, o.aliases AS aliases",
         [{"name": "工业和信息化部", "en": "Ministry of Industry and Information Technology",
           "aliases": ["家产和信息化部", "工信部"]}]),
        ("MATCH (p:Program)-[:TARGETS]->(s:Sector) RETURN p.name AS program, s.name AS sector",
         [{"program": "重大技术装备攻关工程", "sector": "航空发动机"}]),
        ("MATCH (a:Article {id: '001-8fdf2b91e3c68389-txt'})-[:MENTIONS]->(x:PolicyDocument) RETURN x.name AS doc",
         [{"doc": "关于振作工业经济运行 推动工业高质量发展的实施方案"}]),
    ],
)
def test_neo4j_push_answers_analyst_questions(bolt, pg_mini_graph, query, expected):
    loader.push(pg_mini_graph, bolt.uri, max_bytes=FALKORDB_BYTES)
    assert bolt.read(query) == expected


def _long_graph() -> PropertyGraph:
    """One official with 40 long aliases and one relationship with 25 long sentences: rows of ~8 KB each."""
    graph = PropertyGraph()
    aliases = [f"别名{i:02d}" + "工业和信息化部部长" * 6 for i in range(40)]
    sentences = [f"第{i:02d}句:" + "金壮龙表示,要加快布局人形机器人、元宇宙、量子科技等前沿领域。" * 3 for i in range(25)]
    graph.nodes["Official"].append({"id": "jin", "iri": "https://w3id.org/ipkg/id/official/jin", "name": "金壮龙",
                                    "name_en": None, "aliases": aliases})
    graph.nodes["Sector"].append({"id": "robots", "iri": "https://w3id.org/ipkg/id/sector/robots",
                                  "name": "人形机器人", "name_en": None, "aliases": []})
    graph.relationships["DISCUSSES"].append({"src": "jin", "dst": "robots", "src_label": "Official",
                                             "dst_label": "Sector", "articles": ["a1", "a2"], "evidence": sentences})
    return graph


def test_neo4j_push_splits_rows_larger_than_the_byte_bound(bolt):
    graph = _long_graph()
    batches = loader.plan_batches(graph, max_bytes=2500)
    assert any(b.count == 0 for b in batches)  # appended pieces
    assert max(loader._request_size(b) for b in batches) <= 2500
    for _ in range(2):  # the first piece resets the lists, so pushing twice does not double them
        report = loader.push_graph(graph, bolt.uri, max_bytes=2500)
        assert (report["nodes"], report["relationships"]) == (2, 1)
        (node,) = bolt.read("MATCH (o:Official {id: 'jin'}) RETURN o.aliases AS aliases")
        assert node["aliases"] == graph.nodes["Official"][0]["aliases"]
        (rel,) = bolt.read("MATCH (:Official)-[r:DISCUSSES]->(:Sector) RETURN r.evidence AS e, r.articles AS a")
        assert (rel["e"], rel["a"]) == (graph.relationships["DISCUSSES"][0]["evidence"], ["a1", "a2"])


@pytest.mark.parametrize("max_rows,max_bytes", [(1, 100_000), (7, 100_000), (1000, 2000), (3, 2500)])
def test_neo4j_push_batches_stay_within_bounds(pg_mini_graph, max_rows, max_bytes):
    graph = read_property_graph(open_store(pg_mini_graph))
    batches = loader.plan_batches(graph, max_rows=max_rows, max_bytes=max_bytes)
    assert all(len(b.rows) <= max_rows for b in batches)
    assert all(loader._request_size(b) <= max_bytes for b in batches)
    counts = graph.counts()
    assert sum(b.count for b in batches if b.kind == "nodes") == counts["nodes"]
    assert sum(b.count for b in batches if b.kind == "relationships") == counts["relationships"]
    # nodes first, so every relationship finds its endpoints
    kinds = [b.kind for b in batches]
    assert kinds == sorted(kinds, key=lambda k: k != "nodes")


CYPHER_LOOKING = ['x"}) DETACH DELETE n WITH 1 AS x MATCH (m) DETACH DELETE m //', "`Official`:Sector {", "$rows",
                  "\n", "MATCH (n) RETURN n", "金壮龙'}) //", "C:\\path"]


def test_neo4j_push_statements_are_fixed_whatever_the_data(pg_mini_graph):
    """Values never enter the statement text: every statement sent is one of the mapping's fixed statements."""
    graph = read_property_graph(open_store(pg_mini_graph))
    for value in CYPHER_LOOKING:
        graph.nodes["Official"].append({"id": value, "iri": "urn:x", "name": value, "name_en": value, "aliases": [value]})
    fixed = {text for _, text, _ in loader.all_statements()}
    statements = {b.statement for b in loader.plan_batches(graph, max_bytes=2000)}
    assert statements <= fixed
    assert not any(value in text for value in CYPHER_LOOKING if len(value) > 8 for text in statements)


def test_neo4j_push_cypher_looking_values_are_stored_as_text(bolt):
    # FalkorDB splices parameters into its query text and fails on ASCII ' and \ (Neo4j does not), so
    # only the values it can carry go through the server here; the test above covers the rest.
    values = [v for v in CYPHER_LOOKING if "'" not in v and "\\" not in v]
    graph = PropertyGraph()
    for i, value in enumerate(values):
        graph.nodes["Official"].append({"id": f"o{i}", "iri": f"urn:o{i}", "name": value, "name_en": None,
                                        "aliases": [value, "$rows"]})
    loader.push_graph(graph, bolt.uri, max_bytes=FALKORDB_BYTES)
    got = bolt.read("MATCH (o:Official) RETURN o.id AS id, o.name AS name, o.aliases AS aliases ORDER BY id")
    assert got == [{"id": f"o{i}", "name": v, "aliases": [v, "$rows"]} for i, v in enumerate(values)]
    assert bolt.read("MATCH (n) RETURN count(n) AS n") == [{"n": len(values)}]


def test_neo4j_push_over_tls_with_a_trusted_certificate(bolt, pg_mini_graph, monkeypatch):
    monkeypatch.setenv("SSL_CERT_FILE", str(bolt.ca_file))  # the driver trusts the system CAs: add ours
    report = loader.push(pg_mini_graph, bolt.tls_uri, max_bytes=FALKORDB_BYTES)
    assert bolt.tls_uri.startswith("bolt+s://") and (report["nodes"], report["relationships"]) == (12, 21)
    report = loader.push(pg_mini_graph, bolt.tls_uri.replace("bolt+s://", "bolt+ssc://"), max_bytes=FALKORDB_BYTES)
    assert (report["nodes"], report["relationships"]) == (12, 21)


def test_neo4j_push_untrusted_certificate_says_what_to_do(bolt, pg_mini_graph):
    with pytest.raises(ServerError, match=r"TLS certificate is not trusted.*bolt\+ssc://"):
        loader.push(pg_mini_graph, bolt.tls_uri, password=SECRET, max_bytes=FALKORDB_BYTES)


def test_neo4j_push_routing_uri_on_a_single_server_says_use_bolt(bolt, pg_mini_graph):
    with pytest.raises(ServerError, match="no routing table.*use bolt://"):
        loader.push(pg_mini_graph, bolt.uri.replace("bolt://", "neo4j://"), max_bytes=FALKORDB_BYTES)


def test_neo4j_push_refused_login_names_the_variable_not_the_password(bolt, pg_mini_graph):
    # FalkorDB refuses any credentials: the same path as a wrong password on Neo4j
    with pytest.raises(ServerError) as caught:
        loader.push(pg_mini_graph, bolt.uri, user="neo4j", password=SECRET, max_bytes=FALKORDB_BYTES)
    assert "NEO4J_PASSWORD" in str(caught.value) and SECRET not in str(caught.value)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_neo4j_push_unreachable_server_is_a_clear_error(pg_mini_graph):
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    with pytest.raises(ServerError) as caught:
        loader.push(pg_mini_graph, uri, password=SECRET)
    assert f"cannot reach a Bolt server at {uri}" in str(caught.value)
    assert SECRET not in str(caught.value)


def test_neo4j_push_wrong_credentials_message_names_the_fix():
    err = neo4j.exceptions.AuthError("The client is unauthorized due to authentication failure.")
    message = str(loader._server_error(err, "neo4j+s://x.databases.neo4j.io", "neo4j", SECRET))
    assert "rejected the credentials of user 'neo4j'" in message and "NEO4J_PASSWORD" in message
    assert SECRET not in message


@pytest.mark.parametrize("uri", ["bolt://localhost:7687", "bolt+s://db.example.org:7687", "bolt+ssc://10.0.0.1",
                                 "neo4j://localhost", "neo4j+s://abcd1234.databases.neo4j.io",
                                 "neo4j+ssc://db.example.org:7687"])
def test_neo4j_push_accepts_every_bolt_scheme(uri):
    assert loader.check_uri(uri) == uri
    loader.open_driver(uri, "neo4j", None).close()  # the driver takes it too (no connection is made)


@pytest.mark.parametrize(
    "uri,message",
    [
        ("http://localhost:7474", "unknown scheme 'http'; choose one of: bolt, bolt+s, bolt+ssc, neo4j, neo4j+s"),
        ("bolt://neo4j:" + SECRET + "@localhost:7687", "must not carry a user or password"),
        ("http://neo4j:" + SECRET + "@localhost:7474", "must not carry a user or password"),
        ("bolt://[::1", "is not a URI"),
        ("localhost:7687", "unknown scheme"),
        ("bolt://", "names no host"),
    ],
)
def test_neo4j_push_rejects_bad_uris(uri, message):
    with pytest.raises(KgError, match=message.replace("+", r"\+")) as caught:
        loader.check_uri(uri)
    assert SECRET not in str(caught.value)


runner = CliRunner()


def test_neo4j_cli_push_reports_counts(bolt, pg_mini_graph):
    args = ["neo4j", "push", "--graph", str(pg_mini_graph), "--uri", bolt.uri, "--max-batch-bytes", "3000"]
    result = runner.invoke(app, args, env={"NEO4J_PASSWORD": ""})
    assert result.exit_code == 0, result.output
    assert "pushed 12 nodes and 21 relationships" in result.stdout
    assert "the database now holds 12 nodes and 21 relationships" in result.stdout


def test_neo4j_cli_password_comes_from_the_environment_only(bolt, pg_mini_graph):
    args = ["neo4j", "push", "--graph", str(pg_mini_graph), "--uri", bolt.uri, "--max-batch-bytes", "3000"]
    result = runner.invoke(app, args, env={"NEO4J_PASSWORD": SECRET})
    assert result.exit_code == 1 and "NEO4J_PASSWORD" in result.output and SECRET not in result.output
    result = runner.invoke(app, [*args, "--password", SECRET])
    assert result.exit_code != 0 and "No such option" in result.output


def test_neo4j_cli_without_password_and_terminal_says_set_the_variable(pg_mini_graph, monkeypatch):
    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    result = runner.invoke(app, ["neo4j", "push", "--graph", str(pg_mini_graph)])
    assert result.exit_code == 1
    assert "set NEO4J_PASSWORD (empty for a server without authentication)" in result.output


def test_neo4j_push_with_progress_bar(bolt, pg_mini_graph):
    report = loader.push(pg_mini_graph, bolt.uri, max_bytes=FALKORDB_BYTES, progress=True)
    assert (report["nodes"], report["relationships"]) == (12, 21)


GRASS = Path(__file__).resolve().parent.parent / "schemas" / "neo4j-browser.grass"


def parse_grass(text: str) -> dict[str, dict[str, str]]:
    """Read a GraSS style sheet as Neo4j Browser does: selector { key: value; ... }, quotes dropped."""
    strings: list[str] = []

    def hide(match: re.Match) -> str:  # braces inside quoted captions are not blocks
        strings.append(match.group(1) or match.group(2) or "")
        return f"\0{len(strings) - 1}\0"

    text = re.sub(r"'([^']*)'|\"([^\"]*)\"", hide, text)
    rules = {}
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        props = {}
        for item in body.split(";"):
            if item.count(":") == 1:
                key, value = (part.strip() for part in item.split(":"))
                props[key] = re.sub(r"\0(\d+)\0", lambda m: strings[int(m.group(1))], value)
        rules[re.sub(r"\s", "", selector)] = props
    return rules


def test_neo4j_browser_style_colours_every_label_and_captions_the_chinese_name():
    assert GRASS.read_text(encoding="utf-8") == loader.browser_style(), (
        "regenerate: python -c \"from kg.stores.neo4j import browser_style; print(browser_style(), end='')\" "
        "> schemas/neo4j-browser.grass")
    rules = parse_grass(GRASS.read_text(encoding="utf-8"))
    colours = set()
    for label in NODE_LABELS:
        rule = rules[f"node.{label}"]
        assert rule["caption"] == "{name}"
        assert re.fullmatch(r"#[0-9A-F]{6}", rule["color"])
        colours.add(rule["color"])
    assert len(colours) == len(NODE_LABELS)  # one colour per label
    assert rules["relationship.HOLDS_POST"]["caption"] == "{role}"
    assert set(rules) <= {"node", "relationship"} | {f"node.{x}" for x in NODE_LABELS} | {
        f"relationship.{t}" for t in RELATIONSHIP_TYPES}


def test_neo4j_push_connection_lost_mid_push_names_the_byte_bound(falkordb_bolt, pg_mini_graph, tmp_path):
    """A request over FalkorDB's ~4 KB limit kills it: the message says to lower --max-batch-bytes."""
    from falkordb_netns import FalkorDBBolt

    own = FalkorDBBolt(tmp_path).start()  # its own server: this one is meant to crash
    try:
        graph = _long_graph()  # rows of ~8 KB, sent whole under a 1 MB bound
        with pytest.raises(ServerError, match=r"lost the connection to .* try a smaller --max-batch-bytes") as caught:
            loader.push_graph(graph, own.uri, password=None)
        assert "bytes" in str(caught.value)
    finally:
        own.stop()
