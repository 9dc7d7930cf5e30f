"""kg.shards: sorted shards merged into the store, graph.nq, graph.trig and graph.ttl of a one-piece write_graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg import shards
from kg.graph import result_to_quads
from kg.stores import oxigraph
from test_graph_nquads import tricky_extraction

FILES = ("graph.nq", "graph.trig", "graph.ttl")


def store_lines(folder) -> list[bytes]:
    store = oxigraph.open_store(folder)
    try:
        return sorted(store.dump(format=ox.RdfFormat.N_QUADS).splitlines())
    finally:
        del store


@pytest.fixture
def whole(tmp_path):
    """write_graph of the tricky extraction in one piece: the files the shards must reproduce."""
    counts = oxigraph.write_graph(result_to_quads(tricky_extraction()), tmp_path / "whole")
    return tmp_path / "whole", counts


@pytest.mark.parametrize("gnu_sort", [True, False], ids=["gnu-sort", "python-merge"])
@pytest.mark.parametrize("batch", [1, 2, 200])
def test_shards_give_the_files_and_store_of_one_piece(whole, tmp_path, monkeypatch, batch, gnu_sort):
    folder, counts = whole
    monkeypatch.setattr(shards, "BATCH_DOCUMENTS", batch)
    if not gnu_sort:
        monkeypatch.setattr(shards.shutil, "which", lambda name: None)
    paths = shards.write_shards(tricky_extraction(), tmp_path / "split", "https://w3id.org/ipkg/id/")
    assert sum(p.name.endswith(shards.NAMED_SHARD) for p in paths) == -(-3 // batch)
    for path in paths:  # each shard is sorted and free of duplicates
        lines = path.read_bytes().splitlines(keepends=True)
        assert lines == sorted(set(lines))
    split = shards.write_graph_from_shards(paths, tmp_path / "split")
    assert split.pop("store_update") == {"method": "full", "reason": "no previous graph to update"}
    assert split == counts
    for name in FILES:
        assert (tmp_path / "split" / name).read_bytes() == (folder / name).read_bytes(), name
    assert store_lines(tmp_path / "split") == store_lines(folder)
    assert sorted(p.name for p in (tmp_path / "split").iterdir()) == ["graph.nq", "graph.trig", "graph.ttl", "store"]


def test_shards_membership_dates_span_batches(tmp_path, monkeypatch):
    """A post held in articles of different batches is dated by the first and the last of them all."""
    from kg.model import Evidence, Relation
    from kg.vocab import IPKG

    monkeypatch.setattr(shards, "BATCH_DOCUMENTS", 1)
    result = tricky_extraction()
    doc_2023 = result.documents[0]
    sentence = doc_2023.article.text.splitlines()[0]
    evidence = Evidence(doc_2023.article.doc_id, sentence, 0, len(sentence), "title-before-name")
    doc_2023.relations.append(Relation("肖亚庆", "holdsPost", "工业和信息化部", "部长", [evidence]))
    doc_2023.entity_types["肖亚庆"] = "Official"
    paths = shards.write_shards(result, tmp_path, "https://w3id.org/ipkg/id/")
    assert paths[-1].name == f"membership-dates{shards.DEFAULT_SHARD}"
    membership = "<https://w3id.org/ipkg/id/membership/xiao-yaqing--miit--bu-zhang>"
    date = "^^<http://www.w3.org/2001/XMLSchema#date>"
    lines = [line for line in paths[-1].read_text(encoding="utf-8").splitlines() if line.startswith(membership)]
    assert lines == [
        f'{membership} <{IPKG.firstSeen}> "2021-12-25"{date} .',
        f'{membership} <{IPKG.lastSeen}> "2023-03-02"{date} .',
    ]


def test_shards_failed_merge_is_reported(tmp_path):
    broken = tmp_path / "000000.named.nq"
    broken.write_text("<https://w3id.org/ipkg/id/a> <https://w3id.org/ipkg/id/p> unterminated .\n", encoding="utf-8")
    (tmp_path / "entities.default.nq").write_bytes(b"")
    with pytest.raises(SyntaxError):
        shards.write_graph_from_shards([tmp_path / "entities.default.nq", broken], tmp_path, workers=2)
    assert not (tmp_path / "store").exists()
    ox.Store(str(tmp_path / "store.new"))  # not left locked: the caller can remove or reuse it


def test_shards_exports_run_while_the_store_is_used_and_a_failed_export_is_reported(tmp_path, monkeypatch):
    """while_exporting sees the loaded store; an export process that fails stops the build with a message."""
    import subprocess
    import sys

    from kg.errors import KgError

    paths = shards.write_shards(tricky_extraction(), tmp_path / "ok", "https://w3id.org/ipkg/id/")
    seen = []
    shards.write_graph_from_shards(paths, tmp_path / "ok", while_exporting=lambda: seen.append(len(store_lines(tmp_path / "ok"))))
    assert seen and seen[0] > 0 and (tmp_path / "ok" / "graph.trig").stat().st_size > 0

    paths = shards.write_shards(tricky_extraction(), tmp_path / "bad", "https://w3id.org/ipkg/id/")
    monkeypatch.setattr(shards, "_start_exports", lambda *args: subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"]))
    with pytest.raises(KgError, match="graph.ttl and graph.trig .* failed .exit code 3"):
        shards.write_graph_from_shards(paths, tmp_path / "bad")


@pytest.mark.parametrize("gnu_sort", [True, False], ids=["gnu-sort", "python-merge"])
@pytest.mark.parametrize("files", [1, 3, 40])
def test_shards_merge_sorted_keeps_byte_order_without_duplicates(tmp_path, monkeypatch, files, gnu_sort):
    """More files than sort merges at once (16), shared lines, lines that begin other lines, non-BMP text."""
    if not gnu_sort:
        monkeypatch.setattr(shards.shutil, "which", lambda name: None)
    objects = ['"工业"@zh', '"工"@zh', '"𠀀"', "<b>", "<b> <g>", '"5"^^<i>', '"50"^^<i>']
    lines = sorted({f"<s{n % 13}> <p{n % 3}> {o} .\n".encode("utf-8") for n in range(60) for o in objects})
    paths = []
    for number in range(files):  # every file sorted; every fifth line in all of them
        paths.append(tmp_path / f"{number:03d}.nq")
        paths[-1].write_bytes(b"".join(line for i, line in enumerate(lines) if i % files == number or i % 5 == 0))
    shards._wait(shards.merge_sorted(paths, tmp_path / "merged.nq"))
    assert (tmp_path / "merged.nq").read_bytes() == b"".join(lines)
    assert shards.count_lines(tmp_path / "merged.nq") == len(lines)


@pytest.mark.parametrize("size", [1, 7, 64, 1 << 20])
def test_shards_chunks_are_whole_lines(tmp_path, size):
    data = "".join(f'<s{n}> <p> "{"工业" * (n % 9)}" .\n' for n in range(300)).encode("utf-8")
    (tmp_path / "lines.nq").write_bytes(data)
    chunks = list(shards.read_chunks(tmp_path / "lines.nq", size))
    assert b"".join(chunks) == data
    assert all(chunk.endswith(b"\n") for chunk in chunks)
    assert len(chunks) == 1 if size > len(data) else len(chunks) > 1
