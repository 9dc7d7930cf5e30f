"""The embedded RDF store (pyoxigraph), the graph's source of truth, and its file dumps.

A graph folder holds ``store/`` (a pyoxigraph store on disk), ``graph.nq``
(every quad, sorted), ``graph.trig`` (the same dataset, with prefixes) and
``graph.ttl`` (Turtle of the default graph: every fact, without the
per-article graphs).
"""

from __future__ import annotations

import gc
import shutil
from collections.abc import Iterable
from pathlib import Path

from pyoxigraph import DefaultGraph, Quad, RdfFormat, Store, serialize

from kg.config import base_iri as configured_base_iri
from kg.errors import BuildLockedError, GraphNotFoundError
from kg.graph import RESOURCE_FOLDERS
from kg.vocab import PREFIXES

STORE_DIR = "store"
NQUADS_FILE = "graph.nq"
TRIG_FILE = "graph.trig"
TURTLE_FILE = "graph.ttl"


def write_graph(quads: Iterable[Quad], folder: Path, base_iri: str | None = None) -> dict:
    """Write the quads to ``folder``: the store, graph.nq, graph.trig and graph.ttl.

    The store is loaded next to the old one and swapped in at the end, so a
    reader never sees half a graph. ``base_iri`` (default ``KG_BASE_IRI``) only
    picks the prefixes of the Turtle files. Returns counts:
    ``{"quads": n, "triples_default": m, "named_graphs": k}``.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    quads = sorted(set(quads), key=str)
    default_triples = [q.triple for q in quads if isinstance(q.graph_name, DefaultGraph)]
    named_graphs = {str(q.graph_name) for q in quads if not isinstance(q.graph_name, DefaultGraph)}
    prefixes = graph_prefixes(base_iri)

    serialize(quads, folder / NQUADS_FILE, RdfFormat.N_QUADS)
    serialize(quads, folder / TRIG_FILE, RdfFormat.TRIG, prefixes=prefixes)
    serialize(default_triples, folder / TURTLE_FILE, RdfFormat.TURTLE, prefixes=prefixes)

    target = folder / STORE_DIR
    fresh = folder / f"{STORE_DIR}.new"
    stale = folder / f"{STORE_DIR}.old"
    for leftover in (fresh, stale):
        if leftover.exists():
            shutil.rmtree(leftover)
    store = Store(str(fresh))
    store.bulk_extend(quads)
    store.flush()
    del store
    gc.collect()  # the store releases its RocksDB lock only when the object is freed
    if target.exists():
        target.rename(stale)
    fresh.rename(target)
    if stale.exists():
        shutil.rmtree(stale)
    return {"quads": len(quads), "triples_default": len(default_triples), "named_graphs": len(named_graphs)}


def graph_prefixes(base_iri: str | None = None) -> dict[str, str]:
    """Prefixes for Turtle/TriG output: the vocabularies plus one per resource folder of the base IRI."""
    base = configured_base_iri(base_iri)
    return {**PREFIXES, **{folder: f"{base}{folder}/" for folder in RESOURCE_FOLDERS}}


def open_store(folder: Path, read_only: bool = True) -> Store:
    """Open the store of a graph folder built by ``kg build``.

    Raises ``GraphNotFoundError`` when ``folder`` holds no store, and
    ``BuildLockedError`` when a writable open finds the store in use.
    """
    folder = Path(folder)
    path = folder / STORE_DIR
    if not (path / "CURRENT").is_file():
        raise GraphNotFoundError(f"{folder} is not a graph folder: run kg build SOURCES --out {folder}")
    try:
        return Store.read_only(str(path)) if read_only else Store(str(path))
    except OSError as err:
        if "lock" in str(err).lower():
            raise BuildLockedError(f"{path} is in use by another process (a running kg build or kg serve?): {err}") from None
        raise GraphNotFoundError(f"{path} cannot be opened as a pyoxigraph store ({err}): rebuild it with kg build") from None
