"""The embedded Cypher database: ladybug (the maintained continuation of Kùzu).

``write_database`` turns the RDF store of a graph folder into
``<graph>/cypher/graph.lbug`` through the property-graph mapping;
``run_query`` answers Cypher against it, read-only, with no server.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from kg.errors import GraphNotFoundError, QueryError
from kg.stores.property_graph import (
    NODE_LABELS,
    RELATIONSHIP_TYPES,
    PropertyGraph,
    read_property_graph,
)
from kg.stores.oxigraph import open_store

CYPHER_DIR = "cypher"
DATABASE_FILE = "graph.lbug"
BATCH_ROWS = 2000  # rows per UNWIND: bounds the size of one parameter list


def database_path(graph_folder: Path) -> Path:
    """Where the embedded Cypher database of a graph folder lives."""
    return Path(graph_folder) / CYPHER_DIR / DATABASE_FILE


def schema_statements() -> list[str]:
    """DDL for ladybug: one node table per label, one relationship table per type (from the mapping)."""
    statements = []
    for label in NODE_LABELS.values():
        columns = ", ".join(f"{p.name} {p.type}" for p in label.properties)
        statements.append(f"CREATE NODE TABLE {label.name}({columns}, PRIMARY KEY (id))")
    for rtype in RELATIONSHIP_TYPES.values():
        pairs = ", ".join(f"FROM {src} TO {dst}" for src, dst in rtype.endpoints)
        columns = ", ".join(f"{p.name} {p.type}" for p in rtype.properties)
        statements.append(f"CREATE REL TABLE {rtype.name}({pairs}, {columns})")
    return statements


def _node_statement(label: str) -> str:
    props = ", ".join(f"{p.name}: row.{p.name}" for p in NODE_LABELS[label].properties)
    return f"UNWIND $rows AS row CREATE (n:{label} {{{props}}})"


def _relationship_statement(rtype: str, src_label: str, dst_label: str) -> str:
    props = ", ".join(f"{p.name}: row.{p.name}" for p in RELATIONSHIP_TYPES[rtype].properties)
    # `end` is a keyword in ladybug, so the endpoint ids travel as src/dst.
    return (
        f"UNWIND $rows AS row MATCH (a:{src_label} {{id: row.src}}), (b:{dst_label} {{id: row.dst}}) "
        f"CREATE (a)-[:{rtype} {{{props}}}]->(b)"
    )


def write_database(graph_folder: Path, store=None, graph: PropertyGraph | None = None) -> dict:
    """Create ``graph_folder/cypher`` (a ladybug database) from ``graph_folder/store``.

    ``store`` may be an already open pyoxigraph store (kg build passes its
    own); ``graph`` an already read property graph. The database is written
    to a temporary folder and moved into place, so a failed run leaves the
    previous one intact. Returns the counts of nodes and relationships, the
    skipped facts and the seconds taken.
    """
    import ladybug

    started = time.perf_counter()
    graph_folder = Path(graph_folder)
    if graph is None:
        graph = read_property_graph(store if store is not None else open_store(graph_folder))
    final = graph_folder / CYPHER_DIR
    temporary = graph_folder / f"{CYPHER_DIR}.tmp"
    shutil.rmtree(temporary, ignore_errors=True)
    temporary.mkdir(parents=True)

    db = ladybug.Database(str(temporary / DATABASE_FILE))
    conn = ladybug.Connection(db)
    try:
        for statement in schema_statements():
            conn.execute(statement)
        for label, rows in graph.nodes.items():
            keys = [p.name for p in NODE_LABELS[label].properties]
            for batch in _chunks([{k: row.get(k) for k in keys} for row in rows], BATCH_ROWS):
                conn.execute(_node_statement(label), {"rows": batch})
        for rtype, groups in ((t, graph.relationship_groups(t)) for t in RELATIONSHIP_TYPES):
            keys = ["src", "dst"] + [p.name for p in RELATIONSHIP_TYPES[rtype].properties]
            for (src_label, dst_label), rows in groups.items():
                statement = _relationship_statement(rtype, src_label, dst_label)
                for batch in _chunks([{k: row.get(k) for k in keys} for row in rows], BATCH_ROWS):
                    conn.execute(statement, {"rows": batch})
    finally:
        conn.close()
        db.close()

    shutil.rmtree(final, ignore_errors=True)
    temporary.rename(final)
    counts = graph.counts()
    counts["skipped"] = list(graph.skipped)
    counts["path"] = f"{CYPHER_DIR}/{DATABASE_FILE}"  # relative: kg build moves the folder into place
    counts["seconds"] = round(time.perf_counter() - started, 3)
    return counts


def _chunks(rows: list, size: int):
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def run_query(graph_folder: Path, query: str, parameters: dict | None = None) -> tuple[list[str], list[list]]:
    """Run a Cypher ``query`` on the embedded database, read-only; return (columns, rows).

    Nodes and relationships in the result become dicts of their properties
    (plus ``_label``). Raises GraphNotFoundError when the database is
    missing, QueryError when ladybug rejects the query.
    """
    import ladybug

    path = database_path(graph_folder)
    if not path.is_file():
        raise GraphNotFoundError(
            f"{graph_folder}: no Cypher database at {path} (build the graph with kg build, "
            f"which writes it next to the RDF store)"
        )
    db = ladybug.Database(str(path), read_only=True)
    conn = ladybug.Connection(db)
    try:
        try:
            result = conn.execute(query, parameters or {})
        except RuntimeError as err:
            raise QueryError(f"Cypher query failed: {err}") from None
        if isinstance(result, list):  # several statements: answer with the last one
            result = result[-1]
        columns = result.get_column_names()
        rows = [[_plain(value) for value in row] for row in result.get_all()]
        result.close()
    finally:
        conn.close()
        db.close()
    return columns, rows


def _plain(value):
    """Turn ladybug node and relationship values into plain dicts of their mapped properties."""
    if isinstance(value, dict):
        if "_LABEL" in value:
            # A variable bound to several tables carries the union of their columns: keep the label's own.
            mapped = NODE_LABELS.get(value["_LABEL"]) or RELATIONSHIP_TYPES.get(value["_LABEL"])
            keep = {p.name for p in mapped.properties} if mapped else {k for k in value if not k.startswith("_")}
            plain = {"_label": value["_LABEL"]}
            plain.update({k: _plain(v) for k, v in value.items() if k in keep})
            return plain
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value
