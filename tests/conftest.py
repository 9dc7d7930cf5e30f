"""Fixtures shared by the whole suite (defined once here)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The sample corpus shipped in data/corpus (the five seed articles)."""
    return CORPUS


@pytest.fixture(scope="session")
def sample_graph(tmp_path_factory) -> Path:
    """A graph folder built once per session from data/corpus with ``kg.api.build``."""
    from kg import api

    out = tmp_path_factory.mktemp("sample") / "graph"
    api.build([CORPUS], out, progress=False)
    return out
