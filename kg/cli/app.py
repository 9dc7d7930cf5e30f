"""The typer application object and the one place KgError becomes an exit code.

Command modules (``kg/cli/<group>.py``) import ``app`` from here and register
their commands; ``kg/cli/__init__.py`` imports every command module. Commands
parse arguments, call ``kg.api`` (or a stage module), and format output.
Heavy libraries (spaCy, neo4j, ladybug) are imported inside commands so that
``kg --help`` stays fast.
"""

from __future__ import annotations

import functools
import sys
from typing import Callable, TypeVar

import typer

from kg.errors import KgError

app = typer.Typer(
    name="kg",
    help="Build and query a knowledge graph of Chinese industrial policy from news articles.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

F = TypeVar("F", bound=Callable)


def reports_errors(func: F) -> F:
    """Decorate a command so a ``KgError`` prints its message (no traceback) and exits non-zero."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KgError as err:
            typer.echo(f"error: {err}", err=True)
            raise typer.Exit(code=err.exit_code) from None

    return wrapper  # type: ignore[return-value]


def stderr_is_terminal() -> bool:
    """True when progress bars should be shown (a terminal, not CI)."""
    import os

    return sys.stderr.isatty() and not os.environ.get("CI")
