"""kg.shards.write_diff: the lines only in the old and only in the new of two sorted N-Quads files, in byte order."""

from __future__ import annotations

import pytest

from kg import shards

OBJECTS = ['"工业"@zh', '"工"@zh', '"𠀀"', "<b>", "<b> <g>", '"5"^^<i>', '"50"^^<i>']


def lines_of(numbers: range, objects: list[str]) -> list[bytes]:
    """Sorted, unique N-Quads lines; lines that begin other lines, non-BMP text and CJK included.

    ``range(39)`` or more holds every (subject, predicate) pair: such files differ by their ``objects``.
    """
    return sorted({f"<s{n % 13}> <p{n % 3}> {o} .\n".encode("utf-8") for n in numbers for o in objects})


@pytest.fixture(params=[True, False], ids=["comm", "python-diff"])
def gnu_comm(request, monkeypatch):
    if not request.param:
        which = shards.shutil.which
        monkeypatch.setattr(shards.shutil, "which", lambda name: None if name == "comm" else which(name))
    return request.param


@pytest.mark.parametrize("old,new", [
    (lines_of(range(60), OBJECTS), lines_of(range(60), OBJECTS)),  # nothing changed
    (lines_of(range(60), OBJECTS), lines_of(range(60), [*OBJECTS[2:], '"新"@zh'])),  # some removed, some added
    (lines_of(range(60), OBJECTS), lines_of(range(60), OBJECTS[:3])),  # only removed
    ([], lines_of(range(10), OBJECTS)),  # only added, from an empty graph
    (lines_of(range(10), ['"工"@zh']), lines_of(range(10), ['"工业"@zh'])),  # a line and its extension
], ids=["same", "both", "removed", "from-empty", "prefix"])
def test_shards_diff_gives_lines_only_in_each_file(tmp_path, gnu_comm, old, new):
    (tmp_path / "old.nq").write_bytes(b"".join(old))
    (tmp_path / "new.nq").write_bytes(b"".join(new))
    removed, added = tmp_path / "removed.nq", tmp_path / "added.nq"
    numbers = shards.write_diff(tmp_path / "old.nq", tmp_path / "new.nq", removed, added, limit=10_000)
    expected_removed = [line for line in old if line not in set(new)]
    expected_added = [line for line in new if line not in set(old)]
    assert removed.read_bytes() == b"".join(expected_removed)
    assert added.read_bytes() == b"".join(expected_added)
    assert numbers == (len(expected_removed), len(expected_added))


def test_shards_diff_stops_past_its_limit(tmp_path, gnu_comm):
    (tmp_path / "old.nq").write_bytes(b"".join(lines_of(range(60), OBJECTS)))
    (tmp_path / "new.nq").write_bytes(b"".join(lines_of(range(60), [*OBJECTS[2:], '"新"@zh'])))
    paths = tmp_path / "removed.nq", tmp_path / "added.nq"
    assert shards.write_diff(tmp_path / "old.nq", tmp_path / "new.nq", *paths, limit=5) is None
    assert shards.write_diff(tmp_path / "old.nq", tmp_path / "new.nq", *paths, limit=1000) is not None


def test_shards_diff_refuses_an_unsorted_file(tmp_path, gnu_comm):
    lines = lines_of(range(60), OBJECTS)
    (tmp_path / "old.nq").write_bytes(b"".join([lines[1], lines[0], *lines[2:]]))
    (tmp_path / "new.nq").write_bytes(b"".join(lines[:-1]))
    with pytest.raises(ValueError, match="sorted"):
        shards.write_diff(tmp_path / "old.nq", tmp_path / "new.nq", tmp_path / "r.nq", tmp_path / "a.nq", limit=1000)
