"""Parallel extraction: any number of worker processes gives the graph of a one-process build."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg import api, parallel
from kg.errors import KgError


def test_build_two_workers_equal_one(build_corpus, tmp_path):
    one = api.build([build_corpus], tmp_path / "one", validate=False, workers=1)
    two = api.build([build_corpus], tmp_path / "two", validate=False, workers=2)
    assert two["workers"] == 2 and two["extracted"] == one["extracted"] == 8
    assert (tmp_path / "two" / "graph.nq").read_bytes() == (tmp_path / "one" / "graph.nq").read_bytes()
    assert two["entities"] == one["entities"] and two["relations"] == one["relations"]


def test_build_parallel_keeps_duplicate_names_apart(tmp_path):
    """Files of the same name in two folders get distinct document ids, whatever process extracted them."""
    from tests.conftest import write_small_articles

    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        for path in write_small_articles(tmp_path / name, 2):
            path.write_text(path.read_text(encoding="utf-8") + f"（来源：{name}）\n", encoding="utf-8")
    one = api.build([tmp_path / "a", tmp_path / "b"], tmp_path / "one", validate=False, workers=1)
    two = api.build([tmp_path / "a", tmp_path / "b"], tmp_path / "two", validate=False, workers=2)
    assert two["articles"] == 4
    text = (tmp_path / "two" / "graph.nq").read_text(encoding="utf-8")
    assert '"small_000.txt"' in text and '"b/small_000.txt"' in text and '"b/small_001.txt"' in text
    assert (tmp_path / "two" / "graph.nq").read_bytes() == (tmp_path / "one" / "graph.nq").read_bytes()
    assert one["articles"] == 4


def test_build_default_workers_is_one_process_for_a_small_corpus(build_corpus, tmp_path):
    assert api.build([build_corpus], tmp_path / "g", validate=False)["workers"] == 1


@pytest.mark.parametrize(
    ("given", "total_bytes", "cpus", "expected"),
    [
        (3, 10, 2, 3),  # given: kept, whatever the corpus
        (None, parallel.AUTO_MIN_BYTES - 1, 2, 1),  # small corpus: this process
        (None, parallel.AUTO_MIN_BYTES, 2, 2),  # one per CPU
        (None, 10**9, 64, parallel.AUTO_MAX_WORKERS),  # capped
    ],
)
def test_parallel_choose_workers(monkeypatch, given, total_bytes, cpus, expected):
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda pid: set(range(cpus)), raising=False)
    assert parallel.choose_workers(given, total_bytes) == expected


@pytest.mark.parametrize("workers", [1, 2, 3])
def test_parallel_batches_keep_order_and_cover_every_file(workers):
    tasks = [(f"f{i}.txt", f"k{i}", 1000 + 37 * i) for i in range(50)]
    batches = parallel.make_batches(tasks, workers)
    assert [path for batch in batches for path, _ in batch] == [t[0] for t in tasks]
    assert len(batches) >= min(len(tasks), 4 * workers)


def test_parallel_rejects_unknown_executor_and_bad_worker_count():
    with pytest.raises(KgError, match="choose one of: processes, dask"):
        parallel.open_executor(executor="spark")
    with pytest.raises(KgError, match="at least 1"):
        parallel.open_executor(workers=0)


def test_parallel_unreadable_file_is_skipped_not_cached(tmp_path):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    results = parallel.extract_batch([(str(binary), "key")])
    assert results[0].unreadable and results[0].skipped and not results[0].documents
    assert Path(results[0].skipped[0]["path"]).name == "image.txt"


def test_build_shards_give_the_graph_of_one_piece(build_corpus, corpus_dir, tmp_path, monkeypatch):
    """Articles split into many shards (membership dates merged across them) give write_graph's exact files."""
    import shutil

    from kg import shards
    from kg.config import base_iri
    from kg.resolve import resolve_entities
    from kg.stores import oxigraph

    for path in corpus_dir.iterdir():
        shutil.copy(path, build_corpus / path.name)
    skipped: list[dict] = []
    result = resolve_entities(api.extract_articles(list(api.read_articles([build_corpus], skipped))))
    whole = oxigraph.write_graph(__import__("kg.graph", fromlist=["x"]).result_to_quads(result), tmp_path / "whole")
    monkeypatch.setattr(shards, "BATCH_DOCUMENTS", 2)
    assert len(list(shards.document_batches(result.documents, 2))) >= 5
    pool = parallel.open_executor(workers=2)
    try:
        paths = shards.write_shards(result, tmp_path / "split", base_iri(), pool)
    finally:
        pool.close()
    split = shards.write_graph_from_shards(paths, tmp_path / "split", workers=2)
    assert split.pop("store_update")["method"] == "full"
    assert split == whole
    for name in ("graph.nq", "graph.ttl"):
        assert (tmp_path / "split" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes()
    assert b"firstSeen" in (tmp_path / "split" / "graph.nq").read_bytes()
    assert not (tmp_path / "split" / "shards").exists()


def test_build_writes_the_graph_of_the_whole_result(build_corpus, corpus_dir, tmp_path):
    """kg build (summaries in memory, extractions read back from the cache) equals write_graph of the whole result."""
    import shutil

    from kg.graph import result_to_quads
    from kg.resolve import resolve_entities
    from kg.stores import oxigraph

    for path in corpus_dir.iterdir():
        shutil.copy(path, build_corpus / path.name)
    result = resolve_entities(api.extract_articles(list(api.read_articles([build_corpus], []))))
    oxigraph.write_graph(result_to_quads(result), tmp_path / "whole")
    report = api.build([build_corpus], tmp_path / "built", validate=False, workers=2)
    assert (tmp_path / "built" / "graph.nq").read_bytes() == (tmp_path / "whole" / "graph.nq").read_bytes()
    assert report["relations"] == dict(sorted(api.make_report(result, [], {}, {}, [])["relations"].items()))


def test_parallel_packed_results_are_the_pickled_extraction_and_its_summary(corpus_dir):
    """Workers hand back what the cache stores (pickled once, in the worker) and the summary the build keeps."""
    import pickle

    from kg.incremental import FileSummary

    path = sorted(corpus_dir.iterdir())[0]
    (plain,) = parallel.extract_batch([(str(path), "key")])
    (packed,) = parallel.extract_packed_batch([(str(path), "key")])
    unpacked = pickle.loads(packed.blob)
    assert [d.gold_record() for d in unpacked.documents] == [d.gold_record() for d in plain.documents]
    expected = FileSummary.of(plain)
    assert [d.entity_types for d in packed.summary.documents] == [d.entity_types for d in expected.documents]
    assert packed.summary.relations == expected.relations and packed.chars == plain.chars > 0
