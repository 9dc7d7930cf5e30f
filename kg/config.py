"""Settings, declared once: name, default and help text.

A setting is read from the environment variable of the same name, falling
back to its default. ``kg`` reads settings only through :func:`get_setting`
(or a typed helper below), so this table is the whole list.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kg.errors import KgError

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Setting:
    """One setting: its environment variable name, default and help text."""

    name: str
    default: str
    help: str


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "KG_BASE_IRI",
            "https://w3id.org/ipkg/id/",
            "Base IRI of the graph's resources (officials, articles, evidence ...); must end with '/' or '#'.",
        ),
        Setting(
            "KG_QUERY_DIR",
            str(PROJECT_ROOT / "queries"),
            "Folder of named queries (*.rq, *.cypher) that `kg query NAME` looks up.",
        ),
    )
}


def get_setting(name: str) -> str:
    """Return the value of setting ``name`` (environment first, then the default)."""
    try:
        setting = SETTINGS[name]
    except KeyError:
        raise KgError(f"unknown setting {name!r}; choose one of: {', '.join(sorted(SETTINGS))}") from None
    return os.environ.get(name, setting.default)


def base_iri(override: str | None = None) -> str:
    """Return the resource base IRI (``override`` or ``KG_BASE_IRI``), checked to be usable."""
    value = override if override is not None else get_setting("KG_BASE_IRI")
    if ":" not in value or " " in value or not value.endswith(("/", "#")):
        raise KgError(
            f"base IRI {value!r} is not usable: give an absolute IRI ending with '/' or '#' "
            f"(for example {SETTINGS['KG_BASE_IRI'].default}) in KG_BASE_IRI"
        )
    return value
