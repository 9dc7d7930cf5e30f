"""Extraction on a Dask cluster (a LocalCluster started by the test) gives the graph of a local build."""

from __future__ import annotations

import pytest

from kg import api
from kg.errors import KgError

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")


@pytest.fixture(scope="module")
def dask_scheduler():
    cluster = distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None)
    yield cluster.scheduler_address
    cluster.close()


def test_build_dask_equals_local_build(build_corpus, tmp_path, dask_scheduler):
    local = api.build([build_corpus], tmp_path / "local", validate=False)
    remote = api.build([build_corpus], tmp_path / "dask", validate=False, executor="dask", scheduler=dask_scheduler)
    assert remote["executor"] == "dask" and remote["extracted"] == local["extracted"] == 8
    assert (tmp_path / "dask" / "graph.nq").read_bytes() == (tmp_path / "local" / "graph.nq").read_bytes()


def test_build_dask_needs_a_scheduler(build_corpus, tmp_path):
    with pytest.raises(KgError, match="--scheduler"):
        api.build([build_corpus], tmp_path / "graph", validate=False, executor="dask")
    assert not (tmp_path / "graph").exists()
