"""Commands of the main job: build, extract, eval, query."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app, reports_errors, stderr_is_terminal

SOURCES_HELP = ("Files or folders of articles (.txt, .html, .md, .jsonl, .json, .eml, .mht, .webarchive, .rtf, "
                ".xml/.rss/.atom feeds, .enex, Word 2003 XML, .fodt, .docx, .odt, .srt/.vtt subtitles; any encoding).")


@app.command()
@reports_errors
def build(
    sources: list[Path] = typer.Argument(..., help=SOURCES_HELP),
    out: Path = typer.Option(Path("graph"), "--out", "-o", help="Graph folder to write."),
    strict: bool = typer.Option(False, help="Exit non-zero when any file was skipped."),
    workers: Optional[int] = typer.Option(
        None, "--workers", "-j", min=1, show_default=False,
        help="Processes that extract files and write graph shards (1: this process). "
        "Default: one per CPU core (up to 8) for a corpus of 4 MB or more, else 1.",
    ),
    executor: str = typer.Option("processes", help="processes (this machine) or dask (a Dask cluster, see --scheduler)."),
    scheduler: Optional[str] = typer.Option(None, help="Dask scheduler address for --executor dask (tcp://host:8786)."),
    incremental: bool = typer.Option(
        True, "--incremental/--full",
        help="Reuse the extraction of unchanged files and update the previous store (default), "
        "or extract everything again and load the store whole.",
    ),
    validate: Optional[bool] = typer.Option(
        None, "--validate/--no-validate", help="SHACL-check the graph (default: when it has at most 300,000 quads)."
    ),
    cypher: bool = typer.Option(
        True, "--cypher/--no-cypher",
        help="Write the embedded Cypher database for kg cypher (default); it holds the property graph in memory while written.",
    ),
) -> None:
    """Build the knowledge graph from SOURCES into the graph folder OUT."""
    from kg import api

    report = api.build(
        sources, out, progress=stderr_is_terminal(), validate=validate, workers=workers, executor=executor,
        scheduler=scheduler, incremental=incremental, cypher=cypher,
    )
    typer.echo(api.format_build_report(report))
    if strict and report["skipped"]:
        raise typer.Exit(code=2)


@app.command()
@reports_errors
def extract(
    sources: list[Path] = typer.Argument(..., help=SOURCES_HELP),
    out: Path = typer.Option(..., "--out", "-o", help="JSON Lines file to write (gold format of ANNOTATION.md)."),
) -> None:
    """Extract entities and relations in the gold JSON Lines format, one line per article."""
    from kg import api

    count, skipped = api.extract_to_jsonl(sources, out, progress=stderr_is_terminal())
    typer.echo(f"wrote {count} records to {out}" + (f"; skipped {len(skipped)} file(s)" if skipped else ""))
    for item in skipped:
        typer.echo(f"skipped {item['path']}: {item['reason']}", err=True)


@app.command("eval")
@reports_errors
def evaluate(
    sources: Optional[list[Path]] = typer.Argument(None, help="Extract these and score them (instead of --pred)."),
    gold: Path = typer.Option(..., help="Gold JSON Lines file."),
    pred: Optional[Path] = typer.Option(None, help="Predicted JSON Lines file (from kg extract)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    misses: bool = typer.Option(False, "--misses", help="Also list false negatives and false positives."),
) -> None:
    """Score an extraction against gold: P/R/F1 per entity type and relation, micro totals."""
    from kg import api, evaluate as ev

    scores = api.evaluate(gold, pred=pred, sources=sources)
    if as_json:
        typer.echo(json.dumps(scores, ensure_ascii=False, indent=2))
    else:
        typer.echo(ev.format_scores(scores, misses=misses))


@app.command()
@reports_errors
def query(
    query: str = typer.Argument(..., help="A SPARQL query, a .rq file, or a name from queries/ (kg query officials-posts)."),
    graph: Path = typer.Option(Path("graph"), "--graph", "-g", help="Graph folder built by kg build."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv."),
) -> None:
    """Run a SPARQL query against the embedded store."""
    from kg import api

    typer.echo(api.query(query, graph, fmt=fmt))
