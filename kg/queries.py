"""Named queries (``queries/*.rq``, ``queries/*.cypher``), SPARQL execution and result formatting.

A query file starts with a comment header: its first line says what the query
answers (``kg queries`` lists them). ``kg query NAME`` looks the name up in
the folder of the ``KG_QUERY_DIR`` setting.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from kg.config import get_setting
from kg.errors import QueryError
from kg.stores.oxigraph import graph_prefixes

SUFFIXES = (".rq", ".cypher")
FORMATS = ("table", "json", "csv")
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")


def query_dir() -> Path:
    """The folder of named queries."""
    return Path(get_setting("KG_QUERY_DIR"))


def list_queries(suffix: str = ".rq") -> dict[str, Path]:
    """Named queries with ``suffix``: name -> path, sorted by name."""
    folder = query_dir()
    return {p.stem: p for p in sorted(folder.glob(f"*{suffix}"))} if folder.is_dir() else {}


def read_query(name: str, suffix: str = ".rq") -> str:
    """The text of the named query ``name`` (``queries/NAME.rq`` by default, or ``.cypher``).

    Raises ``QueryError`` listing the known names when there is no such query.
    """
    if suffix not in SUFFIXES:
        raise QueryError(f"unknown query kind {suffix!r}; choose one of: {', '.join(SUFFIXES)}")
    stem = name[: -len(suffix)] if name.endswith(suffix) else name
    known = list_queries(suffix)
    if stem not in known:
        names = ", ".join(known) or f"none (no *{suffix} files in {query_dir()})"
        raise QueryError(f"unknown query {name!r}; choose one of: {names}")
    return known[stem].read_text(encoding="utf-8")


def describe_query(text: str) -> str:
    """The first line of a query's comment header (what it answers), or '' when it has none."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped.startswith(("#", "//")):
            summary = stripped.lstrip("#/ ").strip()
            if summary:
                return summary
        elif stripped:
            break
    return ""


def resolve_query(text_or_name_or_path: str) -> str:
    """The SPARQL text for a ``.rq`` file path, a query name from queries/, or the query text itself."""
    candidate = text_or_name_or_path.strip()
    if candidate.endswith((".rq", ".sparql")) and "\n" not in candidate and "{" not in candidate:
        path = Path(candidate).expanduser()
        if path.is_file():
            try:
                return path.read_text(encoding="utf-8")
            except UnicodeDecodeError:
                raise QueryError(f"query file {candidate} is not UTF-8 text; re-save it as UTF-8") from None
            except OSError as err:
                raise QueryError(f"cannot read query file {candidate} ({err.strerror})") from None
        if path.parent != Path(".") or candidate.startswith("."):
            raise QueryError(f"query file {candidate} does not exist")
        try:
            return read_query(path.stem)
        except QueryError:
            raise QueryError(f"query file {candidate} does not exist, and no query is named '{path.stem}'") from None
    if NAME_PATTERN.fullmatch(candidate):
        return read_query(candidate)
    return text_or_name_or_path


def term_value(term) -> str | None:
    """The plain value of a pyoxigraph term: IRI string, literal lexical form, ``_:id`` for blank nodes."""
    if term is None:
        return None
    from pyoxigraph import BlankNode, Triple

    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    if isinstance(term, Triple):
        return str(term)
    return term.value


def run_sparql(store, query_text: str) -> tuple[list[str], list[list[str | None]]]:
    """Run a SPARQL query on a pyoxigraph store: (column names, rows of plain values).

    SELECT gives its variables; ASK one column ``ask`` ("true"/"false");
    CONSTRUCT and DESCRIBE the columns subject, predicate, object. The prefixes
    of the graph (ipkg:, skos:, official: ...) are predeclared for ad-hoc queries.
    Raises ``QueryError`` with the parser's message and position when the query is malformed.
    """
    from pyoxigraph import QueryBoolean, QuerySolutions

    try:
        result = store.query(query_text, prefixes=graph_prefixes())
        if isinstance(result, QueryBoolean):
            return ["ask"], [["true" if bool(result) else "false"]]
        if isinstance(result, QuerySolutions):
            columns = [v.value for v in result.variables]
            rows = [[term_value(solution[c]) for c in columns] for solution in result]
            return columns, rows
        rows = [[term_value(t.subject), term_value(t.predicate), term_value(t.object)] for t in result]
        return ["subject", "predicate", "object"], rows
    except SyntaxError as err:
        raise QueryError(f"malformed SPARQL: {err}") from None
    except OSError as err:
        raise QueryError(f"the query failed while reading the store: {err}") from None


def format_rows(columns: list[str], rows: list[list[str | None]], fmt: str = "table") -> str:
    """Format query results as an aligned table (CJK-aware), JSON (a list of objects) or CSV."""
    if fmt == "json":
        return json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=2)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if v is None else v for v in row] for row in rows])
        return buffer.getvalue().rstrip("\n")
    if fmt == "table":
        return format_table(columns, rows)
    raise QueryError(f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")


def format_table(columns: list[str], rows: list[list[str | None]]) -> str:
    """A rich table as text: rich measures CJK characters as two columns wide."""
    import shutil

    from rich.console import Console
    from rich.table import Table
    from rich.text import Text  # plain Text: a "[...]" in a sentence is not rich markup

    table = Table(box=None, header_style="bold", pad_edge=False, show_edge=False)
    for column in columns:
        table.add_column(column, overflow="fold")  # wrap long sentences instead of cutting them
    for row in rows:
        table.add_row(*(Text("" if v is None else v) for v in row))
    width = max(shutil.get_terminal_size((160, 24)).columns, 80)
    console = Console(file=io.StringIO(), width=width, color_system=None, force_terminal=False)
    console.print(table)
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    lines = [line.rstrip() for line in console.file.getvalue().rstrip().splitlines()]
    return "\n".join([*lines, footer])
