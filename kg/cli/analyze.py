"""Commands for the graph's big picture: analyze (centrality, co-mentions, communities, timelines, charts) and viz."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from kg.cli.app import app, reports_errors


@app.command()
@reports_errors
def analyze(
    graph: Path = typer.Option(Path("graph"), "--graph", "-g", help="Graph folder built by kg build."),
    as_json: bool = typer.Option(False, "--json", help="Print the report as JSON instead of tables."),
    top: int = typer.Option(10, "--top", "-n", help="Rows per ranking."),
    period: str = typer.Option("month", "--period", help="Timeline bucket: month, year or day."),
    plot: Optional[Path] = typer.Option(None, "--plot", help="Also write PNG charts into this folder."),
    font: Optional[Path] = typer.Option(None, "--font", help="Font file with Chinese glyphs for the charts (default: an installed CJK font)."),
) -> None:
    """Central officials, programmes and sectors; official–programme co-mentions; communities; programme timeline."""
    from kg.analyze import analyze as analyze_graph
    from kg.analyze import format_report, load_graph_folder

    report = analyze_graph(load_graph_folder(graph), top=top, period=period)
    typer.echo(json.dumps(report, ensure_ascii=False, indent=2) if as_json else format_report(report, top=top))
    if plot is not None:
        from kg.plots import write_plots

        for path in write_plots(report, plot, font=font):
            typer.echo(f"wrote {path}", err=as_json)  # stderr under --json: stdout stays one JSON document


@app.command()
@reports_errors
def viz(
    graph: Path = typer.Option(Path("graph"), "--graph", "-g", help="Graph folder built by kg build."),
    out: Path = typer.Option(Path("graph.html"), "--out", "-o", help="HTML file to write."),
    title: str = typer.Option("ipkg 产业政策知识图谱", "--title", help="Page title."),
) -> None:
    """Write a self-contained interactive HTML view of the graph (works offline; click a node for its evidence)."""
    from kg.analyze import load_graph_folder
    from kg.viz import write_html

    path = write_html(load_graph_folder(graph), out, title=title)
    typer.echo(f"wrote {path} ({path.stat().st_size // 1024} KiB)")
