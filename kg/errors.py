"""Error hierarchy. Messages say what went wrong and what to do next.

The library raises these; only the CLI turns them into exit codes.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class: a problem the user can fix. ``str(err)`` is the whole message."""

    exit_code = 1


class InputError(KgError):
    """A source file or path cannot be read or understood."""

    def __init__(self, path: str, reason: str, fix: str = ""):
        self.path = path
        self.reason = reason
        self.fix = fix
        message = f"{path}: {reason}"
        if fix:
            message += f" ({fix})"
        super().__init__(message)


class GraphNotFoundError(KgError):
    """The graph folder is missing or is not a graph built by ``kg build``."""


class QueryError(KgError):
    """A query name is unknown, or the query is malformed or failed."""


class BuildLockedError(KgError):
    """Another build is writing the same output folder."""


class ValidationError(KgError):
    """SHACL validation found violations."""


class ServerError(KgError):
    """A server (SPARQL endpoint, Neo4j) cannot be started or reached."""
