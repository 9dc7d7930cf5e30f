"""Property-graph commands: kg cypher, kg neo4j push, kg export neo4j-csv, kg export cypher."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app, reports_errors, stderr_is_terminal
from kg.errors import KgError

neo4j_app = typer.Typer(help="Load the graph into a running Neo4j (Bolt).", no_args_is_help=True)
export_app = typer.Typer(help="Export the graph for other tools.", no_args_is_help=True)
app.add_typer(neo4j_app, name="neo4j")
app.add_typer(export_app, name="export")

GRAPH_OPTION = typer.Option(Path("graph"), "--graph", "-g", help="Graph folder built by kg build.")
PASSWORD_VARIABLE = "NEO4J_PASSWORD"


def resolve_cypher(text_or_name_or_path: str) -> str:
    """Cypher text for a .cypher file path, a query name from queries/, or the query itself."""
    from kg import queries

    candidate = text_or_name_or_path.strip()
    if candidate.endswith(".cypher") and "\n" not in candidate:
        path = Path(candidate).expanduser()
        if path.is_file():
            return path.read_text(encoding="utf-8")
        if path.parent != Path("."):
            raise KgError(f"query file {candidate} does not exist")
        return queries.read_query(path.stem, ".cypher")
    if queries.NAME_PATTERN.fullmatch(candidate):  # one word: a name (Cypher text has spaces)
        return queries.read_query(candidate, ".cypher")
    return text_or_name_or_path


def _flat(value) -> str | None:
    """One cell of a table or CSV: lists joined with '; ', nodes and maps as JSON."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@app.command()
@reports_errors
def cypher(
    query: str = typer.Argument(
        ..., help="Cypher text, a .cypher file, or a name from queries/ (kg cypher officials-posts)."
    ),
    graph: Path = GRAPH_OPTION,
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
) -> None:
    """Run a Cypher query on the embedded database (no server needed)."""
    from kg import queries
    from kg.stores import ladybug

    if fmt not in queries.FORMATS:
        raise KgError(f"unknown format {fmt!r}; choose one of: {', '.join(queries.FORMATS)}")
    columns, rows = ladybug.run_query(graph, resolve_cypher(query))
    if fmt == "json":
        typer.echo(json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=2))
    else:
        typer.echo(queries.format_rows(columns, [[_flat(v) for v in row] for row in rows], fmt))


def read_password() -> str | None:
    """The Neo4j password: NEO4J_PASSWORD (empty means no authentication), else a prompt on a terminal."""
    if PASSWORD_VARIABLE in os.environ:
        return os.environ[PASSWORD_VARIABLE] or None
    if sys.stdin.isatty():
        return typer.prompt("Neo4j password (empty for a server without authentication)", default="",
                            hide_input=True, show_default=False) or None
    raise KgError(f"set {PASSWORD_VARIABLE} (empty for a server without authentication); "
                  "the password is never taken as an argument")


@neo4j_app.command("push")
@reports_errors
def neo4j_push(
    graph: Path = GRAPH_OPTION,
    uri: str = typer.Option("bolt://localhost:7687", help="Bolt URI: bolt://, bolt+s://, neo4j://, neo4j+s:// ..."),
    user: str = typer.Option("neo4j", help="User name (the password comes from NEO4J_PASSWORD or a prompt)."),
    database: Optional[str] = typer.Option(None, help="Database name (default: the server's default, usually neo4j)."),
    max_batch_rows: int = typer.Option(1000, help="At most this many rows per request."),
    max_batch_bytes: int = typer.Option(1_000_000, help="About this many bytes per request at most."),
) -> None:
    """Push the graph into a running Neo4j: constraints first, then UNWIND … MERGE batches (idempotent)."""
    from kg.stores import neo4j as store

    store.check_uri(uri)  # before asking for a password
    password = read_password()
    report = store.push(graph, uri, user=user, password=password, database=database,
                        max_rows=max_batch_rows, max_bytes=max_batch_bytes, progress=stderr_is_terminal())
    typer.echo(
        f"pushed {report['sent']['nodes']} nodes and {report['sent']['relationships']} relationships "
        f"in {report['batches']} batches to {report['uri']} ({report['seconds']} s); "
        f"the database now holds {report['nodes']} nodes and {report['relationships']} relationships of the mapping; "
        f"schema: {report['schema']}"
    )
    for item in report["skipped"]:
        typer.echo(f"skipped {item}", err=True)


@export_app.command("neo4j-csv")
@reports_errors
def export_neo4j_csv(
    out: Path = typer.Argument(..., help="Folder to write the CSVs into (created if missing)."),
    graph: Path = GRAPH_OPTION,
) -> None:
    """Write node and relationship CSVs for neo4j-admin database import full."""
    from kg.stores import csv as csv_store

    report = csv_store.export_csv(graph, out)
    typer.echo(f"wrote {len(report['files'])} CSV files ({report['nodes']} nodes, {report['relationships']} "
               f"relationships) to {out}; import them with:\n{csv_store.import_command(str(out))}")


@export_app.command("cypher")
@reports_errors
def export_cypher(
    out: Path = typer.Argument(..., help="The .cypher file to write."),
    graph: Path = GRAPH_OPTION,
) -> None:
    """Write the graph as a plain .cypher script (constraints, then UNWIND … MERGE statements)."""
    from kg.stores import cypher_script

    report = cypher_script.export_script(graph, out)
    typer.echo(f"wrote {report['statements']} statements ({report['nodes']} nodes, {report['relationships']} "
               f"relationships) to {out}")
