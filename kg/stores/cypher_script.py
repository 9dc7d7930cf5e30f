"""Export the property graph as a plain ``.cypher`` script (for cypher-shell -f or Neo4j Browser).

The script holds the very statements ``kg neo4j push`` sends (constraints,
indexes, ``UNWIND … MERGE`` per batch), with the ``$rows`` parameter written
out as a Cypher list literal. A script has no parameters, so values are
escaped here by :func:`cypher_literal`, the one place that turns text into
Cypher; labels, types and keys still come only from the mapping.
"""

from __future__ import annotations

from pathlib import Path

from kg.stores.neo4j import constraint_statements, index_statements, plan_batches
from kg.stores.oxigraph import open_store
from kg.stores.property_graph import IDENTIFIER, PropertyGraph, read_property_graph

ROWS_PER_STATEMENT = 200
BYTES_PER_STATEMENT = 64_000  # keeps every statement easy for Browser's editor and cypher-shell

_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_string(text: str) -> str:
    """A single-quoted Cypher string literal; other control characters become \\uXXXX escapes."""
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7F or 0xD800 <= ord(ch) <= 0xDFFF:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def cypher_literal(value) -> str:
    """A Cypher literal for None, bool, int, float, str, lists and maps with identifier keys."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return cypher_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        for key in value:
            if not IDENTIFIER.match(key):  # keys come from the mapping; anything else is a bug
                raise ValueError(f"map key {key!r} is not a plain identifier")
        return "{" + ", ".join(f"{k}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Cypher literal for {type(value).__name__}")


def script_statements(graph: PropertyGraph) -> list[str]:
    """The statements of the script, without the final semicolons."""
    statements = constraint_statements() + index_statements()
    for batch in plan_batches(graph, max_rows=ROWS_PER_STATEMENT, max_bytes=BYTES_PER_STATEMENT):
        statements.append(batch.statement.replace("UNWIND $rows AS", f"UNWIND {cypher_literal(batch.rows)} AS", 1))
    return statements


def write_script(graph: PropertyGraph, out_file: Path) -> dict:
    """Write ``graph`` as a .cypher script to ``out_file``; return counts."""
    out_file = Path(out_file)
    out_file.parent.mkdir(parents=True, exist_ok=True)
    statements = script_statements(graph)
    counts = graph.counts()
    header = (
        f"// ipkg property graph: {counts['nodes']} nodes, {counts['relationships']} relationships "
        "(schemas/property-graph.md).\n"
        "// Load: cypher-shell -a bolt://localhost:7687 -u neo4j -d neo4j -f THIS_FILE (Neo4j 5).\n"
        "// MERGE on id: running it twice leaves the same graph.\n"
    )
    out_file.write_text(header + "".join(f"{s};\n" for s in statements), encoding="utf-8")
    return {"file": str(out_file), "statements": len(statements), "nodes": counts["nodes"],
            "relationships": counts["relationships"]}


def export_script(graph_folder: Path, out_file: Path) -> dict:
    """Read the property graph of ``graph_folder`` and write it as a .cypher script."""
    return write_script(read_property_graph(open_store(Path(graph_folder))), out_file)
