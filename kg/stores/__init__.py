"""Stores and exports of the graph, chosen by name and imported lazily.

``oxigraph`` (embedded RDF) is the source of truth; the others are derived
from it. Importing ``kg.stores`` imports no backend, so ``kg --help`` never
loads neo4j or ladybug.
"""

from __future__ import annotations

import importlib
from types import ModuleType

from kg.errors import KgError

# backend name -> module path
BACKENDS: dict[str, str] = {
    "oxigraph": "kg.stores.oxigraph",
    "ladybug": "kg.stores.ladybug",
    "neo4j": "kg.stores.neo4j",
    "csv": "kg.stores.csv",
}


def load_backend(name: str) -> ModuleType:
    """Import and return the module of backend ``name``; unknown names list the valid ones."""
    try:
        module = BACKENDS[name]
    except KeyError:
        raise KgError(f"unknown store {name!r}; choose one of: {', '.join(BACKENDS)}") from None
    try:
        return importlib.import_module(module)
    except ModuleNotFoundError as err:
        raise KgError(f"store {name!r} cannot be loaded: {err} (is its module or library installed?)") from None
