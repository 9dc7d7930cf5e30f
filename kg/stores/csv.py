"""Bulk export for ``neo4j-admin database import full``: node and relationship CSVs with headers.

One file per label (``nodes_<Label>.csv``) and per relationship type
(``relationships_<TYPE>.csv``), always all of them (header only when
empty), so the import command is the same for every graph; it is written
next to them as ``neo4j-admin-import.sh``. The node ID column is the IRI,
unique across labels, and is stored as the ``iri`` property; ``id`` is the
canonical ID as everywhere else. Lists are joined with U+001F (unit
separator), a character no article text contains, passed to neo4j-admin as
``--array-delimiter=U+001F``.
"""

from __future__ import annotations

import csv
from pathlib import Path

from kg.errors import KgError
from kg.stores.property_graph import NODE_LABELS, RELATIONSHIP_TYPES, PropertyGraph, read_property_graph
from kg.stores.oxigraph import open_store

ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_OPTION = "U+001F"
IMPORT_SCRIPT = "neo4j-admin-import.sh"


def node_file(label: str) -> str:
    return f"nodes_{label}.csv"


def relationship_file(rtype: str) -> str:
    return f"relationships_{rtype}.csv"


def _header_name(prop) -> str:
    if prop.name == "iri":
        return "iri:ID"
    return f"{prop.name}:string[]" if prop.type.endswith("[]") else prop.name


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        for item in value:
            if ARRAY_DELIMITER in item:
                raise KgError(f"a list value contains the array delimiter U+001F and cannot be exported: {item[:80]!r}")
        return ARRAY_DELIMITER.join(value)
    return str(value)


def import_command(folder: str = ".", database: str = "neo4j") -> str:
    """The exact neo4j-admin command that imports the files of ``folder``."""
    lines = [
        f"neo4j-admin database import full {database} --overwrite-destination",
        f"  --array-delimiter={ARRAY_DELIMITER_OPTION} --multiline-fields=true",
    ]
    lines += [f"  --nodes={folder}/{node_file(label)}" for label in NODE_LABELS]
    lines += [f"  --relationships={folder}/{relationship_file(rtype)}" for rtype in RELATIONSHIP_TYPES]
    return " \\\n".join(lines)


def write_csv(graph: PropertyGraph, out_dir: Path) -> dict:
    """Write the neo4j-admin CSVs of ``graph`` into ``out_dir``; return the files and their row counts."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    iri_of = {(label, row["id"]): row["iri"] for label, rows in graph.nodes.items() for row in rows}
    files: dict[str, int] = {}

    for label, rows in graph.nodes.items():
        props = NODE_LABELS[label].properties
        path = out_dir / node_file(label)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            # iri first: it is the node's import ID
            ordered = sorted(props, key=lambda p: p.name != "iri")
            writer.writerow([_header_name(p) for p in ordered] + [":LABEL"])
            for row in rows:
                writer.writerow([_cell(row.get(p.name)) for p in ordered] + [label])
        files[path.name] = len(rows)

    for rtype, rows in graph.relationships.items():
        props = RELATIONSHIP_TYPES[rtype].properties
        path = out_dir / relationship_file(rtype)
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([":START_ID", ":END_ID", ":TYPE"] + [_header_name(p) for p in props])
            for row in rows:
                start = iri_of[(row["src_label"], row["src"])]
                end = iri_of[(row["dst_label"], row["dst"])]
                writer.writerow([start, end, rtype] + [_cell(row.get(p.name)) for p in props])
        files[path.name] = len(rows)

    script = out_dir / IMPORT_SCRIPT
    script.write_text(
        "#!/bin/sh\n# Import these CSVs into a stopped Neo4j 5 (run from this folder; needs neo4j-admin on PATH).\n"
        'cd "$(dirname "$0")" || exit 1\n' + import_command(".") + "\n",
        encoding="utf-8",
    )
    script.chmod(0o755)
    counts = graph.counts()
    return {"folder": str(out_dir), "files": files, "nodes": counts["nodes"], "relationships": counts["relationships"],
            "import_script": str(script)}


def export_csv(graph_folder: Path, out_dir: Path) -> dict:
    """Read the property graph of ``graph_folder`` and write its neo4j-admin CSVs to ``out_dir``."""
    return write_csv(read_property_graph(open_store(Path(graph_folder))), out_dir)
