"""Graph analytics with networkx: who and what is central, who talks about what, clusters, timelines.

Everything is read from the RDF store with SPARQL (the store is the source of
truth; the queries are ``kg/resources/analyze/*.rq``) into a networkx
``MultiDiGraph`` of entities (:func:`load_entity_graph`). The other functions
compute on that graph and return plain, JSON-ready values; :func:`analyze`
gathers them into one report and :func:`format_report` prints it as tables.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from pathlib import Path

import networkx as nx

from kg.errors import KgError
from kg.graph import CLASSES_BY_TYPE, PREDICATE_BY_RELATION
from kg.queries import format_table, run_sparql
from kg.vocab import SKOS

QUERY_DIR = Path(__file__).resolve().parent / "resources" / "analyze"
ENTITY_TYPES: tuple[str, ...] = tuple(CLASSES_BY_TYPE)
# Relations the articles state (each backed by evidence sentences).
FACT_RELATIONS: tuple[str, ...] = tuple(PREDICATE_BY_RELATION)
# skos:broader comes from the sector scheme, not from an article: it has no evidence.
RELATIONS: tuple[str, ...] = (*FACT_RELATIONS, "broader")
RANKED_TYPES: tuple[str, ...] = ("Official", "Program", "Sector")
PERIODS: tuple[str, ...] = ("month", "year", "day")
UNDATED = "undated"
# Louvain is randomized: a fixed seed gives the same communities on every run.
COMMUNITY_SEED = 42

_TYPE_BY_CLASS = {classes[0]: name for name, classes in CLASSES_BY_TYPE.items()}
_RELATION_BY_PREDICATE = {iri: name for name, iri in PREDICATE_BY_RELATION.items()} | {SKOS.broader: "broader"}


def read_analysis_query(name: str) -> str:
    """The text of ``kg/resources/analyze/NAME.rq``; raises ``KgError`` listing the known names."""
    path = QUERY_DIR / f"{name}.rq"
    if not path.is_file():
        known = ", ".join(sorted(p.stem for p in QUERY_DIR.glob("*.rq")))
        raise KgError(f"unknown analysis query {name!r}; choose one of: {known}")
    return path.read_text(encoding="utf-8")


def _select(store, name: str) -> list[dict[str, str | None]]:
    columns, rows = run_sparql(store, read_analysis_query(name))
    return [dict(zip(columns, row)) for row in rows]


def load_entity_graph(store) -> nx.MultiDiGraph:
    """Read the entity graph from a pyoxigraph store (SPARQL) into a networkx ``MultiDiGraph``.

    Nodes are entity IRIs with attributes ``type`` (Official, Program ...),
    ``name`` (Chinese), ``name_en`` (or None), ``id`` (canonical slug), ``iri``
    and ``articles`` (file names of the articles mentioning it). Edges go from
    subject to object, keyed by relation, with ``relation``, ``articles`` (the
    supporting articles), ``evidence`` (dicts: article, sentence, start, end,
    rule, role) and ``roles`` (holdsPost titles). ``graph.graph["articles"]``
    maps each article's file name to its title, date, publisher and url.
    """
    graph = nx.MultiDiGraph()
    graph.graph["articles"] = {
        row["article"]: {key: row[key] for key in ("title", "date", "publisher", "url")}
        for row in _select(store, "articles")
    }
    for row in _select(store, "entities"):
        graph.add_node(
            row["entity"], type=_TYPE_BY_CLASS[row["class"]], name=row["name"], name_en=row["name_en"],
            id=row["id"], iri=row["entity"], articles=[],
        )
    for row in _select(store, "mentions"):
        if row["entity"] in graph:
            graph.nodes[row["entity"]]["articles"].append(row["article"])

    evidence: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    for row in _select(store, "evidence"):
        relation = _RELATION_BY_PREDICATE.get(row["predicate"])
        if relation is None:
            continue
        evidence[(row["subject"], relation, row["object"])].append({
            "article": row["article"],
            "sentence": row["sentence"],
            "start": int(row["start"]) if row["start"] is not None else None,
            "end": int(row["end"]) if row["end"] is not None else None,
            "rule": row["rule"],
            "role": row["role"],
        })
    for row in _select(store, "facts"):
        s, o, relation = row["subject"], row["object"], _RELATION_BY_PREDICATE[row["predicate"]]
        if s not in graph or o not in graph:
            continue  # a link to a non-entity (e.g. a concept scheme) is not part of the entity graph
        found = evidence.get((s, relation, o), [])
        graph.add_edge(
            s, o, key=relation, relation=relation,
            articles=sorted({e["article"] for e in found}),
            evidence=found,
            roles=sorted({e["role"] for e in found if e["role"]}),
        )
    return graph


def load_graph_folder(folder: Path) -> nx.MultiDiGraph:
    """Open the store of a graph folder built by ``kg build`` read-only and load its entity graph."""
    from kg.stores.oxigraph import open_store

    store = open_store(Path(folder))
    try:
        return load_entity_graph(store)
    finally:
        del store
        gc.collect()  # pyoxigraph releases the RocksDB files only when the store object is freed


def _describe(graph: nx.MultiDiGraph, node: str) -> dict:
    attrs = graph.nodes[node]
    return {"name": attrs["name"], "name_en": attrs["name_en"], "id": attrs["id"], "type": attrs["type"]}


def project_facts(graph: nx.MultiDiGraph, relations: tuple[str, ...] = FACT_RELATIONS) -> nx.Graph:
    """The undirected simple graph of the facts with the given relations (every entity kept, even isolated).

    Edge attribute ``relations`` lists the relations between the two entities.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(graph.nodes(data=True)))
    for s, o, relation in sorted(graph.edges(keys=True)):
        if relation not in relations or s == o:
            continue
        if simple.has_edge(s, o):
            simple.edges[s, o]["relations"].append(relation)
        else:
            simple.add_edge(s, o, relations=[relation])
    return simple


def rank_central_entities(
    graph: nx.MultiDiGraph, types: tuple[str, ...] = RANKED_TYPES, top: int = 10
) -> dict[str, list[dict]]:
    """The ``top`` entities of each type by degree, then betweenness, on the graph of stated facts.

    Degree counts distinct neighbours (any relation, either direction);
    betweenness is normalized and computed on the whole fact graph, so a
    programme that links otherwise separate officials and sectors ranks high.
    The sector scheme's broader links are left out: they describe the
    vocabulary, not what the articles say.
    """
    unknown = [t for t in types if t not in ENTITY_TYPES]
    if unknown:
        raise KgError(f"unknown entity type {unknown[0]!r}; choose from: {', '.join(ENTITY_TYPES)}")
    simple = project_facts(graph)
    betweenness = nx.betweenness_centrality(simple, normalized=True)
    ranked: dict[str, list[dict]] = {}
    for entity_type in types:
        rows = [
            {
                **_describe(graph, node),
                "degree": simple.degree(node),
                "betweenness": round(betweenness[node], 4),
                "articles": len(graph.nodes[node]["articles"]),
            }
            for node in simple
            if graph.nodes[node]["type"] == entity_type
        ]
        rows.sort(key=lambda r: (-r["degree"], -r["betweenness"], r["name"]))
        ranked[entity_type] = rows[:top]
    return ranked


def build_comention_network(graph: nx.MultiDiGraph) -> nx.Graph:
    """The official–programme co-mention network: an edge when an article mentions both.

    Edge attributes: ``articles`` (the articles mentioning both), ``weight``
    (how many), ``discussed_in`` (the articles in which the official discusses
    the programme). Node attributes are those of the entity graph.
    """
    network = nx.Graph()
    by_article: dict[str, dict[str, list[str]]] = defaultdict(lambda: {"Official": [], "Program": []})
    for node, attrs in sorted(graph.nodes(data=True)):
        if attrs["type"] in ("Official", "Program"):
            network.add_node(node, **attrs)
            for article in attrs["articles"]:
                by_article[article][attrs["type"]].append(node)
    for article in sorted(by_article):
        for official in by_article[article]["Official"]:
            for program in by_article[article]["Program"]:
                if not network.has_edge(official, program):
                    discussed = graph.get_edge_data(official, program, key="discusses") or {}
                    network.add_edge(official, program, articles=[], weight=0,
                                     discussed_in=list(discussed.get("articles", [])))
                edge = network.edges[official, program]
                edge["articles"].append(article)
                edge["weight"] += 1
    return network


def list_comentions(network: nx.Graph, top: int | None = None) -> list[dict]:
    """The official–programme pairs of a co-mention network, most discussed and most co-mentioned first."""
    rows = []
    for a, b, attrs in network.edges(data=True):
        official, program = (a, b) if network.nodes[a]["type"] == "Official" else (b, a)
        rows.append({
            "official": network.nodes[official]["name"],
            "program": network.nodes[program]["name"],
            "articles": attrs["weight"],
            "discussed_in": len(attrs["discussed_in"]),
            "files": sorted(attrs["articles"]),
        })
    rows.sort(key=lambda r: (-r["discussed_in"], -r["articles"], r["official"], r["program"]))
    return rows[:top] if top is not None else rows


def build_program_sector_graph(graph: nx.MultiDiGraph) -> nx.Graph:
    """Programmes and sectors linked by ``targets`` (weight: supporting articles) and sector ``broader`` links (weight 1).

    Entities with no such link are left out.
    """
    linked = nx.Graph()
    for s, o, relation, attrs in sorted(graph.edges(keys=True, data=True), key=lambda e: e[:3]):
        if relation == "targets" or (relation == "broader" and graph.nodes[s]["type"] == "Sector"):
            if {graph.nodes[s]["type"], graph.nodes[o]["type"]} <= {"Program", "Sector"} and s != o:
                weight = max(1, len(attrs["articles"])) if relation == "targets" else 1
                previous = linked.edges[s, o]["weight"] if linked.has_edge(s, o) else 0
                linked.add_edge(s, o, weight=previous + weight)
    return linked


def detect_communities(graph: nx.MultiDiGraph, seed: int = COMMUNITY_SEED) -> list[dict]:
    """Communities of programmes and sectors (Louvain on :func:`build_program_sector_graph`, seeded).

    Returns one dict per community (``programs``, ``sectors``: Chinese names,
    sorted), the communities with most programmes first; each also carries the
    partition's ``modularity``.
    """
    linked = build_program_sector_graph(graph)
    if linked.number_of_edges() == 0:
        return []
    communities = nx.community.louvain_communities(linked, weight="weight", seed=seed)
    modularity = nx.community.modularity(linked, communities, weight="weight")
    rows = []
    for members in communities:
        names = {t: sorted(graph.nodes[n]["name"] for n in members if graph.nodes[n]["type"] == t) for t in ("Program", "Sector")}
        rows.append({"programs": names["Program"], "sectors": names["Sector"], "modularity": round(modularity, 4)})
    rows.sort(key=lambda r: (-len(r["programs"]), -len(r["sectors"]), r["programs"], r["sectors"]))
    return rows


def period_of(day: str | None, period: str = "month") -> str:
    """The period label of an ISO date: '2023-03' (month), '2023' (year), the date itself (day), or 'undated'.

    >>> period_of("2023-03-02"), period_of("2023-03-02", "year"), period_of(None)
    ('2023-03', '2023', 'undated')
    """
    if period not in PERIODS:
        raise KgError(f"unknown period {period!r}; choose one of: {', '.join(PERIODS)}")
    if not day:
        return UNDATED
    return {"month": day[:7], "year": day[:4], "day": day[:10]}[period]


def count_program_mentions(graph: nx.MultiDiGraph, period: str = "month") -> dict:
    """How many articles mention each programme in each period.

    Returns ``{"periods": [...], "programs": [{"name", "name_en", "id",
    "counts": {period: n}, "total"}]}``; periods are sorted, with 'undated'
    last when some mentioning article has no date. Programmes are sorted by
    total, then by the first period they appear in.
    """
    dates = {article: meta.get("date") for article, meta in graph.graph.get("articles", {}).items()}
    programs, seen_periods = [], set()
    for node, attrs in graph.nodes(data=True):
        if attrs["type"] != "Program" or not attrs["articles"]:
            continue
        counts = Counter(period_of(dates.get(article), period) for article in attrs["articles"])
        seen_periods.update(counts)
        programs.append({**_describe(graph, node), "counts": dict(sorted(counts.items())), "total": sum(counts.values())})
    periods = sorted(seen_periods - {UNDATED}) + ([UNDATED] if UNDATED in seen_periods else [])
    order = {p: i for i, p in enumerate(periods)}
    programs.sort(key=lambda r: (-r["total"], min(order[p] for p in r["counts"]), r["name"]))
    return {"period": period, "periods": periods, "programs": programs}


def rank_officials_by_programs(graph: nx.MultiDiGraph) -> list[dict]:
    """Officials by the number of distinct programmes they discuss (most first), with the programmes' names."""
    rows = []
    for node, attrs in graph.nodes(data=True):
        if attrs["type"] != "Official":
            continue
        programs = sorted(
            graph.nodes[o]["name"] for _, o, relation in graph.out_edges(node, keys=True)
            if relation == "discusses" and graph.nodes[o]["type"] == "Program"
        )
        rows.append({**_describe(graph, node), "count": len(programs), "programs": programs})
    rows.sort(key=lambda r: (-r["count"], r["name"]))
    return rows


def summarize_graph(graph: nx.MultiDiGraph) -> dict:
    """Counts: articles, entities by type, edges by relation."""
    types = Counter(attrs["type"] for _, attrs in graph.nodes(data=True))
    relations = Counter(relation for _, _, relation in graph.edges(keys=True))
    return {
        "articles": len(graph.graph.get("articles", {})),
        "entities": {t: types[t] for t in ENTITY_TYPES if types[t]},
        "relations": {r: relations[r] for r in RELATIONS if relations[r]},
    }


def analyze(graph: nx.MultiDiGraph, top: int = 10, period: str = "month", seed: int = COMMUNITY_SEED) -> dict:
    """The whole analysis of an entity graph as one JSON-ready dict.

    Keys: ``summary``, ``central`` (type -> ranked rows), ``comentions``
    (top official–programme pairs), ``communities``, ``timeline``
    (:func:`count_program_mentions`), ``officials_by_programs``.
    """
    if top < 1:
        raise KgError(f"--top must be at least 1, not {top}")
    return {
        "summary": summarize_graph(graph),
        "central": rank_central_entities(graph, top=top),
        "comentions": list_comentions(build_comention_network(graph), top=top),
        "communities": detect_communities(graph, seed=seed),
        "timeline": count_program_mentions(graph, period=period),
        "officials_by_programs": rank_officials_by_programs(graph),
    }


_TYPE_TITLES = {"Official": "officials", "Program": "programmes", "Sector": "sectors"}


def format_report(report: dict, top: int = 10) -> str:
    """The report of :func:`analyze` as titled text tables."""
    summary = report["summary"]
    parts = [
        "Graph: {} articles; entities {}; relations {}".format(
            summary["articles"],
            ", ".join(f"{k} {v}" for k, v in summary["entities"].items()),
            ", ".join(f"{k} {v}" for k, v in summary["relations"].items()),
        )
    ]
    for entity_type, rows in report["central"].items():
        parts.append(f"\nMost central {_TYPE_TITLES.get(entity_type, entity_type)} (degree, betweenness on the fact graph)")
        parts.append(format_table(
            ["name", "english", "degree", "betweenness", "articles"],
            [[r["name"], r["name_en"] or "", str(r["degree"]), f"{r['betweenness']:.4f}", str(r["articles"])] for r in rows],
        ))
    parts.append("\nOfficials and programmes mentioned together (articles; discussed_in: articles where the official discusses it)")
    parts.append(format_table(
        ["official", "program", "articles", "discussed_in"],
        [[r["official"], r["program"], str(r["articles"]), str(r["discussed_in"])] for r in report["comentions"]],
    ))
    communities = report["communities"]
    modularity = f", modularity {communities[0]['modularity']:.3f}" if communities else ""
    parts.append(f"\nCommunities of programmes and sectors (Louvain on targets and broader links{modularity})")
    parts.append(format_table(
        ["#", "programs", "sectors"],
        [[str(i), "、".join(c["programs"]), "、".join(c["sectors"])] for i, c in enumerate(communities, 1)],
    ))
    timeline = report["timeline"]
    parts.append(f"\nProgramme mentions over time (articles per {timeline['period']}; top {top})")
    parts.append(format_table(
        ["program", *timeline["periods"], "total"],
        [[r["name"], *(str(r["counts"].get(p, "")) for p in timeline["periods"]), str(r["total"])]
         for r in timeline["programs"][:top]],
    ))
    speakers = [r for r in report["officials_by_programs"] if r["count"]]
    parts.append(f"\nOfficials by number of programmes discussed (top {top}; {len(speakers)} discuss any)")
    parts.append(format_table(
        ["official", "english", "programs"],
        [[r["name"], r["name_en"] or "", str(r["count"])] for r in speakers[:top]],
    ))
    return "\n".join(parts)
