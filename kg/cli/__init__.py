"""Command-line interface: ``kg``. One module per command group registers on ``app``."""

from __future__ import annotations

from kg.cli.app import app

# Each import registers that module's commands on ``app``.
from kg.cli import pipeline  # noqa: E402,F401  build, extract, eval, query
from kg.cli import rdf  # noqa: E402,F401  validate, queries
from kg.cli import serve  # noqa: E402,F401  serve
from kg.cli import cypher  # noqa: E402,F401  cypher, neo4j push, export neo4j-csv, export cypher
from kg.cli import analyze  # noqa: E402,F401  analyze, viz


def main() -> None:
    """Console-script entry point."""
    app()


__all__ = ["app", "main"]
