"""The serve command: a read-only SPARQL endpoint with a query page."""

from __future__ import annotations

from pathlib import Path

import typer

from kg.cli.app import app, reports_errors


@app.command()
@reports_errors
def serve(
    graph: Path = typer.Option(Path("graph"), "--graph", "-g", help="Graph folder built by kg build."),
    host: str = typer.Option(
        "127.0.0.1", help="Address to listen on. 0.0.0.0 (or ::) serves every network interface: anyone who can reach "
        "this machine can then query the graph."
    ),
    port: int = typer.Option(7878, min=0, max=65535, help="Port to listen on (0 picks a free one)."),
    timeout: float = typer.Option(30.0, min=0.1, help="Time limit of one query in seconds; past it the answer is HTTP 503."),
    max_result_mb: float = typer.Option(
        256.0, "--max-result-mb", min=0.001, help="Largest answer in MB; a larger one is refused with HTTP 507."
    ),
) -> None:
    """Serve the graph read-only over the SPARQL 1.1 Protocol, with a query page at / (Ctrl-C stops it)."""
    from kg.serve import ServeOptions
    from kg.serve import serve as run_endpoint

    options = ServeOptions(graph=graph, host=host, port=port, timeout_s=timeout, max_result_mb=max_result_mb)
    run_endpoint(options, announce=typer.echo)
