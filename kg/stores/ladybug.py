"""The embedded Cypher database: ladybug (the maintained continuation of Kùzu).

``write_database`` turns the RDF store of a graph folder into
``<graph>/cypher/graph.lbug`` through the property-graph mapping;
``run_query`` answers Cypher against it, read-only, with no server.
"""

from __future__ import annotations

import shutil
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kg.errors import GraphNotFoundError, KgError, QueryError
from kg.stores.property_graph import (
    NODE_LABELS,
    RELATIONSHIP_TYPES,
    PropertyGraph,
    read_property_graph,
)
from kg.stores.oxigraph import open_store

CYPHER_DIR = "cypher"
DATABASE_FILE = "graph.lbug"
LOAD_DIR = "load"  # CSV files for COPY, inside the temporary database folder, removed before it moves into place
# List values travel as one CSV field, their items joined by a control character that none of
# them contains (the first free one of these; article text seldom holds any).
LIST_SEPARATORS = [chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r"]


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
    (temporary / LOAD_DIR).mkdir(parents=True)

    db = ladybug.Database(str(temporary / DATABASE_FILE))
    conn = ladybug.Connection(db)
    # ladybug runs a COPY without the GIL: one thread loads each table while the next CSV file is
    # written here. Bulk COPY from CSV replaces UNWIND $rows ... MATCH ... CREATE, which took 7 s
    # for 114k relationships (converting the row dicts, then one index lookup per endpoint). One
    # transaction per table group: a commit costs ~40 ms, and one transaction for all holds the
    # whole database in memory until it commits (+130 MB at 114k relationships).
    loader = ThreadPoolExecutor(max_workers=1, thread_name_prefix="kg-ladybug")
    csv_dir = temporary / LOAD_DIR
    try:
        loads = [loader.submit(_execute_all, conn, ["BEGIN TRANSACTION", *schema_statements(), "COMMIT"])]
        for group in _table_groups(graph):
            loads.append(loader.submit(conn.execute, "BEGIN TRANSACTION"))
            for table, properties, rows, pair in group:
                path = csv_dir / ("-".join([table, *(pair or ())]) + ".csv")
                loads.append(loader.submit(conn.execute, _write_table(table, properties, rows, path, pair)))
            loads.append(loader.submit(conn.execute, "COMMIT"))
        for load in loads:
            load.result()  # raises the first failure
    finally:
        loader.shutdown(wait=True, cancel_futures=True)
        conn.close()
        db.close()

    shutil.rmtree(csv_dir)
    shutil.rmtree(final, ignore_errors=True)
    temporary.rename(final)
    counts = graph.counts()
    counts["skipped"] = list(graph.skipped)
    counts["path"] = f"{CYPHER_DIR}/{DATABASE_FILE}"  # relative: kg build moves the folder into place
    counts["seconds"] = round(time.perf_counter() - started, 3)
    return counts


def _table_groups(graph: PropertyGraph):
    """The tables to load, a transaction each: the nodes, then each relationship type by endpoint labels."""
    yield [(label, NODE_LABELS[label].properties, rows, None) for label, rows in graph.nodes.items() if rows]
    for rtype, spec in RELATIONSHIP_TYPES.items():
        yield [(rtype, spec.properties, rows, pair) for pair, rows in graph.relationship_groups(rtype).items()]


def _execute_all(conn, statements: list[str]) -> None:
    for statement in statements:
        conn.execute(statement)


def _write_table(table: str, properties, rows: list[dict], path: Path, pair: tuple[str, str] | None = None) -> str:
    """Write ``rows`` to the CSV file ``path``; return the COPY statement that loads it into ``table``.

    Every column is read as STRING (no type guessing: an id like ``007`` stays text). A missing
    value is an empty field, which ladybug reads as NULL; a string, even empty, is quoted. A list
    is its items joined by a separator they do not contain, split back by the statement; when an
    item is empty (string_split drops an empty item between two separators) every item carries a
    one-character prefix, cut off again.
    """
    keys = (["src", "dst"] if pair else []) + [p.name for p in properties]
    lists = {p.name: _list_encoding([row[p.name] for row in rows]) for p in properties if p.type == "STRING[]"}
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(",".join(keys) + "\n")
        for row in rows:
            fields = []
            for key in keys:
                value = row.get(key)
                if value is not None and key in lists:
                    separator, prefix = lists[key]
                    value = separator.join(prefix + item for item in value)
                fields.append("" if value is None else '"' + value.replace('"', '""') + '"')
            handle.write(",".join(fields) + "\n")

    returns = []
    for key in keys:
        if key not in lists:
            returns.append(f"`{key}`")
            continue
        separator, prefix = lists[key]
        items = f"string_split(`{key}`, {_literal(separator)})"
        if prefix:
            items = f"list_transform({items}, item -> substring(item, 2, size(item)))"
        returns.append(f"CASE WHEN `{key}` = '' THEN CAST([] AS STRING[]) ELSE {items} END")
    headers = ", ".join(f"`{key}` STRING" for key in keys)
    # parallel=false: the parallel CSV reader refuses quoted newlines, which sentences may hold.
    statement = (
        f"COPY {table} FROM (LOAD WITH HEADERS ({headers}) FROM {_literal(str(path))} "
        f"(header=true, parallel=false) RETURN {', '.join(returns)})"
    )
    return statement + (f" (from='{pair[0]}', to='{pair[1]}')" if pair else "")


def _list_encoding(values: list[list[str] | None]) -> tuple[str, str]:
    """The separator and item prefix that write these lists as single strings ladybug can split back."""
    items = [item for value in values if value for item in value]
    text = "".join(items)
    separator = next((c for c in LIST_SEPARATORS if c not in text), None)
    if separator is None:
        raise KgError(
            f"cannot write a list property to the Cypher database: its items use every separator "
            f"character U+0001..U+001F (first item: {items[0][:80]!r})"
        )
    return separator, ("." if "" in items else "")


def _literal(text: str) -> str:
    """A Cypher string literal (paths and separators are the only text written into statements)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


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
            f"which writes it next to the RDF store unless given --no-cypher)"
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
