"""Push the property graph into a running Neo4j (or another Bolt server).

Constraints and indexes come first (Neo4j 5 syntax, only on servers that
have them), then nodes and relationships in batches of
``UNWIND $rows AS row MERGE ...`` keyed on ``id`` (and ``role`` for posts),
so pushing twice leaves the same counts. Batches are bounded by rows and by
bytes; a row larger than the byte bound is sent in pieces, its lists
appended piece by piece. Labels, types and property names come only from
the mapping in :mod:`kg.stores.property_graph`; every value is a parameter.
The password is a function argument only: it is never logged or put in a
message.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from kg.errors import KgError, ServerError
from kg.stores.property_graph import (
    NODE_LABELS,
    RELATIONSHIP_TYPES,
    PropertyGraph,
    read_property_graph,
)
from kg.stores.oxigraph import open_store

SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
DEFAULT_MAX_ROWS = 1000
DEFAULT_MAX_BYTES = 1_000_000  # Neo4j takes far more; a bound keeps one request's memory small
REQUEST_OVERHEAD = 256  # bytes of a Bolt RUN beyond query and rows: message header, db name, bookmarks


# --- statements (all text comes from the mapping) --------------------------------------------


def constraint_statements() -> list[str]:
    """Neo4j 5 uniqueness constraints on ``id``, one per label (each also creates an index)."""
    return [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in NODE_LABELS
    ]


def index_statements() -> list[str]:
    """Neo4j 5 range indexes on ``name``, so Browser look-ups by Chinese name are fast."""
    return [f"CREATE INDEX {label.lower()}_name IF NOT EXISTS FOR (n:{label}) ON (n.name)" for label in NODE_LABELS]


def _list_properties(properties) -> list[str]:
    return [p.name for p in properties if p.type.endswith("[]")]


def node_statement(label: str) -> str:
    """MERGE one batch of nodes of ``label`` on id and set every mapped property."""
    sets = ", ".join(f"n.{p.name} = row.{p.name}" for p in NODE_LABELS[label].properties if p.name != "id")
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET {sets}"


def node_append_statement(label: str) -> str | None:
    """Append the list pieces of oversized node rows (sent after :func:`node_statement`); None without lists."""
    if not _list_properties(NODE_LABELS[label].properties):
        return None
    sets = ", ".join(f"n.{name} = n.{name} + row.{name}" for name in _list_properties(NODE_LABELS[label].properties))
    return f"UNWIND $rows AS row MATCH (n:{label} {{id: row.id}}) SET {sets}"


def _key_map(rtype: str) -> str:
    key = RELATIONSHIP_TYPES[rtype].key
    return (" {" + ", ".join(f"{k}: row.{k}" for k in key) + "}") if key else ""


def relationship_statement(rtype: str, src_label: str, dst_label: str) -> str:
    """MERGE one batch of relationships between existing nodes and set their properties."""
    rel = RELATIONSHIP_TYPES[rtype]
    sets = ", ".join(f"r.{p.name} = row.{p.name}" for p in rel.properties if p.name not in rel.key)
    return (
        f"UNWIND $rows AS row MATCH (a:{src_label} {{id: row.src}}) MATCH (b:{dst_label} {{id: row.dst}}) "
        f"MERGE (a)-[r:{rtype}{_key_map(rtype)}]->(b) SET {sets}"
    )


def relationship_append_statement(rtype: str, src_label: str, dst_label: str) -> str:
    """Append the list pieces of oversized relationship rows."""
    sets = ", ".join(
        f"r.{name} = r.{name} + row.{name}" for name in _list_properties(RELATIONSHIP_TYPES[rtype].properties)
    )
    return (
        f"UNWIND $rows AS row MATCH (a:{src_label} {{id: row.src}})-[r:{rtype}{_key_map(rtype)}]->"
        f"(b:{dst_label} {{id: row.dst}}) SET {sets}"
    )


def count_statements() -> list[tuple[str, str]]:
    """(label or type, statement) pairs that count what the database holds, per label and type."""
    return [(label, f"MATCH (n:{label}) RETURN count(n) AS count") for label in NODE_LABELS] + [
        (rtype, f"MATCH ()-[r:{rtype}]->() RETURN count(r) AS count") for rtype in RELATIONSHIP_TYPES
    ]


PROBE_STATEMENT = "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition"


def all_statements() -> list[tuple[str, str, list[str]]]:
    """Every statement the loader can send, as (name, text, parameter names): for linting."""
    out = [("probe", PROBE_STATEMENT, [])]
    out += [(f"constraint {i}", s, []) for i, s in enumerate(constraint_statements())]
    out += [(f"index {i}", s, []) for i, s in enumerate(index_statements())]
    for label in NODE_LABELS:
        out.append((f"nodes {label}", node_statement(label), ["rows"]))
        if node_append_statement(label):
            out.append((f"nodes {label} append", node_append_statement(label), ["rows"]))
    for rtype, rel in RELATIONSHIP_TYPES.items():
        for src, dst in rel.endpoints:
            out.append((f"{rtype} {src}->{dst}", relationship_statement(rtype, src, dst), ["rows"]))
            out.append((f"{rtype} {src}->{dst} append", relationship_append_statement(rtype, src, dst), ["rows"]))
    out += [(f"count {name}", s, []) for name, s in count_statements()]
    return out


# --- batches --------------------------------------------------------------------------------


@dataclass
class Batch:
    """One request: a statement and its rows."""

    statement: str
    rows: list[dict]
    kind: str  # "nodes" or "relationships"
    count: int  # how many nodes or relationships it creates (0 for appended pieces)


def _size(value) -> int:
    """Bytes of a value once encoded: JSON is a close, slightly larger stand-in for PackStream."""
    return len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def _split_row(row: dict, list_names: list[str], budget: int, what: str) -> list[dict]:
    """Split an oversized row: the first piece holds every scalar, the others only keys and list items."""
    keys = {k: row[k] for k in ("id", "src", "dst", "role") if k in row}
    too_big = f"{what} does not fit in one request even when split; raise --max-batch-bytes"
    pieces = [{**{k: v for k, v in row.items() if k not in list_names}, **{n: [] for n in list_names}}]
    if _size(pieces[0]) + 1 > budget:
        raise KgError(too_big)
    for name in list_names:
        for item in row.get(name) or []:
            if _size(pieces[-1]) + _size(item) + 1 > budget:
                pieces.append({**keys, **{n: [] for n in list_names}})
                if _size(pieces[-1]) + _size(item) + 1 > budget:
                    raise KgError(too_big)
            pieces[-1][name].append(item)
    return pieces


def plan_batches(
    graph: PropertyGraph, max_rows: int = DEFAULT_MAX_ROWS, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[Batch]:
    """Cut the graph into requests of at most ``max_rows`` rows and about ``max_bytes`` bytes.

    Nodes come before relationships. A single row larger than the bound is
    split: its first piece is MERGEd with its scalars and the start of its
    lists, the other pieces are appended, so the result is the same.
    """
    if max_rows < 1:
        raise KgError(f"--max-batch-rows must be at least 1, not {max_rows}")
    batches: list[Batch] = []

    def cut(statement: str, append: str | None, rows: list[dict], list_names: list[str], kind: str) -> None:
        longest = max(len(text.encode()) for text in (statement, append or ""))
        budget = max_bytes - REQUEST_OVERHEAD - longest - len('{"rows":[]}')
        if budget < 200:
            raise KgError(f"--max-batch-bytes {max_bytes} is too small for the statements; use at least 2000")
        current: list[dict] = []
        used = 0
        appended: list[dict] = []
        for row in rows:
            size = _size(row) + 1
            pieces = [row]
            if size > budget:
                pieces = _split_row(row, list_names, budget, f"{kind} {row.get('id') or row.get('src')}")
                appended.extend(pieces[1:])
                size = _size(pieces[0]) + 1
            if current and (len(current) >= max_rows or used + size > budget):
                batches.append(Batch(statement, current, kind, len(current)))
                current, used = [], 0
            current.append(pieces[0])
            used += size
        if current:
            batches.append(Batch(statement, current, kind, len(current)))
        current, used = [], 0
        for piece in appended:  # after every first piece of this group, so the MERGE has happened
            size = _size(piece) + 1
            if current and (len(current) >= max_rows or used + size > budget):
                batches.append(Batch(append, current, kind, 0))
                current, used = [], 0
            current.append(piece)
            used += size
        if current:
            batches.append(Batch(append, current, kind, 0))

    for label, rows in graph.nodes.items():
        props = NODE_LABELS[label].properties
        names = [p.name for p in props]
        cut(node_statement(label), node_append_statement(label), [{k: r.get(k) for k in names} for r in rows],
            _list_properties(props), "nodes")
    for rtype, rel in RELATIONSHIP_TYPES.items():
        names = ["src", "dst"] + [p.name for p in rel.properties]
        for (src, dst), rows in graph.relationship_groups(rtype).items():
            cut(relationship_statement(rtype, src, dst), relationship_append_statement(rtype, src, dst),
                [{k: r.get(k) for k in names} for r in rows], _list_properties(rel.properties), "relationships")
    return batches


# --- connecting -----------------------------------------------------------------------------


def check_uri(uri: str) -> str:
    """Return ``uri`` when it is a Bolt URI the driver takes; raise KgError otherwise."""
    try:
        parts = urlsplit(uri)
        has_user = parts.username is not None or parts.password is not None
        host = parts.hostname
    except ValueError as err:
        raise KgError(f"--uri is not a URI ({err}); for example bolt://localhost:7687") from None
    if has_user:  # checked first, and the URI is not repeated: it may hold a password
        raise KgError("--uri must not carry a user or password; use --user and the NEO4J_PASSWORD environment variable")
    if parts.scheme not in SCHEMES:
        raise KgError(f"--uri {uri!r}: unknown scheme {parts.scheme!r}; choose one of: {', '.join(SCHEMES)} "
                      f"(for example bolt://localhost:7687 or neo4j+s://xxxx.databases.neo4j.io)")
    if not host:
        raise KgError(f"--uri {uri!r} names no host; for example bolt://localhost:7687")
    return uri


def _scrub(message: str, password: str | None) -> str:
    """Belt and braces: no message from a server or the driver may carry the password."""
    return message.replace(password, "***") if password else message


def _server_error(err: Exception, uri: str, user: str, password: str | None, logging_in: bool = False,
                  largest: int = 0) -> ServerError:
    """The ServerError for a driver or server failure: what happened and what to check, never the password.

    ``largest`` is set once connected: the size of the largest request, for a connection lost mid-push.
    """
    from neo4j import exceptions as ne

    if isinstance(err, ne.AuthError):
        text = (f"{uri} rejected the credentials of user {user!r}: check --user and the NEO4J_PASSWORD "
                f"environment variable (set it empty for a server without authentication)")
    elif isinstance(err, ne.ServiceUnavailable) and "SSLCertVerificationError" in str(err):
        text = (f"{uri}: the server's TLS certificate is not trusted. For a self-signed certificate use "
                f"bolt+ssc:// or neo4j+ssc://; or add its CA to the file named by SSL_CERT_FILE")
    elif isinstance(err, ne.Neo4jError) and logging_in:
        text = (f"{uri} refused the log-in of user {user!r} ({err.message or err}): check --user and the "
                f"NEO4J_PASSWORD environment variable (set it empty for a server without authentication)")
    elif isinstance(err, (ne.ServiceUnavailable, ne.SessionExpired)) and largest:
        text = (f"lost the connection to {uri} during the push: {err}. The server stopped or dropped a "
                f"request (the largest is {largest} bytes: try a smaller --max-batch-bytes)")
    elif isinstance(err, ne.ServiceUnavailable):
        text = (f"cannot reach a Bolt server at {uri}: {err}. Is Neo4j running and listening there? "
                f"Check host, port and scheme (bolt:// or neo4j://; add +s for TLS)")
    elif isinstance(err, ne.SessionExpired) and urlsplit(uri).scheme.startswith("neo4j"):
        text = (f"{uri}: the server gave no routing table ({err}); for a single server that is not a "
                f"Neo4j cluster use bolt:// (or bolt+s:// for TLS)")
    elif isinstance(err, ne.Neo4jError) and "DatabaseNotFound" in (err.code or ""):
        text = f"{uri} has no such database: {err.message} (check --database; Neo4j's default is neo4j)"
    else:
        text = f"{uri}: {type(err).__name__}: {err}"
    return ServerError(_scrub(text, password))


def open_driver(uri: str, user: str, password: str | None):
    """A neo4j driver for ``uri``; ``password`` None means a server without authentication."""
    import neo4j

    check_uri(uri)
    auth = None if password is None else neo4j.basic_auth(user, password)
    try:
        return neo4j.GraphDatabase.driver(uri, auth=auth, connection_timeout=10, max_transaction_retry_time=5)
    except (neo4j.exceptions.ConfigurationError, ValueError) as err:
        raise ServerError(_scrub(f"--uri {uri!r}: {err}", password)) from None


def has_constraints(session) -> bool:
    """True when the server is Neo4j (it answers dbms.components), so constraints can be created.

    Other Bolt servers (FalkorDB, Memgraph) speak the protocol but lack the
    Neo4j 5 schema commands; they get the data without them.
    """
    from neo4j import exceptions as ne

    try:
        records = session.run(PROBE_STATEMENT).data()
    except (ne.Neo4jError, ne.DriverError) as err:
        if isinstance(err, (ne.ServiceUnavailable, ne.AuthError)):
            raise
        return False
    return any(str(r.get("name", "")).startswith("Neo4j") for r in records)


# --- pushing --------------------------------------------------------------------------------


def push_graph(
    graph: PropertyGraph,
    uri: str,
    user: str = "neo4j",
    password: str | None = None,
    database: str | None = None,
    max_rows: int = DEFAULT_MAX_ROWS,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> dict:
    """Load ``graph`` into the Bolt server at ``uri``; return what was sent and what the database holds.

    Raises ServerError when the server is unreachable, rejects the
    credentials or fails a statement; KgError for a bad URI or bound.
    """
    from neo4j import exceptions as ne

    check_uri(uri)
    batches = plan_batches(graph, max_rows=max_rows, max_bytes=max_bytes)
    started = time.perf_counter()
    driver = open_driver(uri, user, password)
    report = {"uri": uri, "database": database, "batches": len(batches),
              "largest_request_bytes": max((_request_size(b) for b in batches), default=0)}
    connected = False
    try:
        try:
            driver.verify_connectivity()
        except ne.Neo4jError as err:  # a failure answered while connecting is a failed log-in
            raise _server_error(err, uri, user, password, logging_in=True) from None
        connected = True
        with driver.session(database=database) as session:
            constraints = has_constraints(session)
            schema = constraint_statements() + index_statements() if constraints else []
            for statement in schema:
                session.run(statement).consume()
            report["schema"] = "created" if constraints else "skipped: the server has no Neo4j 5 constraints"
            report["schema_statements"] = len(schema)
            _send(session, batches, progress)
            report["sent"] = {
                "nodes": sum(b.count for b in batches if b.kind == "nodes"),
                "relationships": sum(b.count for b in batches if b.kind == "relationships"),
            }
            report["database_counts"] = {name: session.run(s).single()["count"] for name, s in count_statements()}
    except (ne.Neo4jError, ne.DriverError) as err:
        largest = report["largest_request_bytes"] if connected else 0
        raise _server_error(err, uri, user, password, largest=largest) from None
    finally:
        driver.close()
    counts = report["database_counts"]
    report["nodes"] = sum(counts[label] for label in NODE_LABELS)
    report["relationships"] = sum(counts[rtype] for rtype in RELATIONSHIP_TYPES)
    report["seconds"] = round(time.perf_counter() - started, 3)
    report["skipped"] = list(graph.skipped)
    return report


def _request_size(batch: Batch) -> int:
    return REQUEST_OVERHEAD + len(batch.statement.encode()) + _size({"rows": batch.rows})


def _send(session, batches: list[Batch], progress: bool) -> None:
    if not progress:
        for batch in batches:
            session.run(batch.statement, rows=batch.rows).consume()
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("pushing {task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task("rows", total=sum(len(b.rows) for b in batches))
        for batch in batches:
            session.run(batch.statement, rows=batch.rows).consume()
            bar.advance(task, len(batch.rows))


def push(graph_folder: Path, uri: str, user: str = "neo4j", password: str | None = None, **options) -> dict:
    """Read the property graph of ``graph_folder`` (its RDF store) and push it; see :func:`push_graph`."""
    check_uri(uri)
    graph = read_property_graph(open_store(Path(graph_folder)))
    return push_graph(graph, uri, user=user, password=password, **options)


# --- Neo4j Browser style ----------------------------------------------------------------------


def _darker(color: str, factor: float = 0.75) -> str:
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{int(c * factor):02X}" for c in (red, green, blue))


def browser_style() -> str:
    """The Neo4j Browser style sheet (GraSS) of schemas/neo4j-browser.grass, from the mapping.

    One colour per label, nodes captioned with their Chinese ``name``, posts with their role.
    """
    # No comment in the file: Browser's GraSS reader has no comment syntax.
    parts = [
        "node {\n  diameter: 55px;\n  color: #A5ABB6;\n  border-color: #9AA1AC;\n  border-width: 2px;\n"
        "  text-color-internal: #FFFFFF;\n  font-size: 11px;\n  caption: '{name}';\n}\n",
        "relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: 9px;\n  padding: 3px;\n"
        "  text-color-external: #000000;\n  text-color-internal: #FFFFFF;\n  caption: '<type>';\n}\n",
    ]
    for label in NODE_LABELS.values():
        size = "65px" if label.name == "Official" else "45px" if label.name == "Article" else "55px"
        parts.append(
            f"node.{label.name} {{\n  color: {label.color};\n  border-color: {_darker(label.color)};\n"
            f"  text-color-internal: #FFFFFF;\n  diameter: {size};\n  caption: '{{name}}';\n}}\n"
        )
    parts.append("relationship.HOLDS_POST {\n  shaft-width: 3px;\n  caption: '{role}';\n}\n")
    parts.append("relationship.MENTIONS {\n  color: #D3D6DB;\n  caption: '';\n}\n")
    return "\n".join(parts)
