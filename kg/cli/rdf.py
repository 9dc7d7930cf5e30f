"""Commands of the RDF graph: validate (SHACL) and queries (list the named queries)."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app, reports_errors


@app.command()
@reports_errors
def validate(
    graph: Path = typer.Option(Path("graph"), "--graph", "-g", help="Graph folder built by kg build."),
) -> None:
    """Check the graph against schemas/shapes.ttl (SHACL) and list every violation in plain words."""
    from kg.errors import ValidationError
    from kg.validate import SHAPES_PATH, validate_graph

    problems = validate_graph(graph)
    for line in problems:
        typer.echo(line)
    if problems:
        typer.echo(f"{len(problems)} violation(s) of {SHAPES_PATH.name} in {graph}", err=True)
        raise typer.Exit(code=ValidationError.exit_code)
    typer.echo(f"{graph} conforms to {SHAPES_PATH.name}")


@app.command("queries")
@reports_errors
def list_named_queries() -> None:
    """List the named queries of queries/ (kg query NAME) and what each answers."""
    from kg.queries import describe_query, list_queries

    for suffix in (".rq", ".cypher"):
        for name, path in list_queries(suffix).items():
            summary = describe_query(path.read_text(encoding="utf-8"))
            typer.echo(f"{name}{'' if suffix == '.rq' else ' (Cypher)'}: {summary}")
