"""Walking sources: order, hidden files, symbolic links, unreadable paths; layering."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import iter_source_files, read_file, read_sources

SENTENCE = "工业和信息化部部长金壮龙表示，将重点做好六个方面工作。"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "b_folder" / "nested").mkdir(parents=True)
    (root / ".git").mkdir()
    for rel in ["z.txt", "a.txt", "b_folder/m.html", "b_folder/nested/k.md", ".hidden.txt", ".git/config",
                "b_folder/.DS_Store"]:
        (root / rel).write_text(SENTENCE, encoding="utf-8")
    return root


def test_ingest_files_sorted_and_hidden_skipped(corpus):
    found = [p.relative_to(corpus).as_posix() for p in iter_source_files([corpus])]
    assert found == ["a.txt", "b_folder/m.html", "b_folder/nested/k.md", "z.txt"]


def test_ingest_files_explicit_paths_kept_in_given_order(corpus):
    hidden = corpus / ".hidden.txt"
    found = list(iter_source_files([corpus / "z.txt", hidden, corpus / "b_folder" / "nested"]))
    assert found == [corpus / "z.txt", hidden, corpus / "b_folder" / "nested" / "k.md"]


def test_ingest_files_symlink_loops_and_broken_links(corpus):
    (corpus / "b_folder" / "loop").symlink_to(corpus)  # a folder link back to the root
    (corpus / "broken.txt").symlink_to(corpus / "missing.txt")
    (corpus / "self_a.txt").symlink_to(corpus / "self_b.txt")
    (corpus / "self_b.txt").symlink_to(corpus / "self_a.txt")
    skipped: list[InputError] = []
    found = [p.relative_to(corpus).as_posix() for p in iter_source_files([corpus], on_skip=skipped.append)]
    assert found == ["a.txt", "b_folder/m.html", "b_folder/nested/k.md", "broken.txt", "self_a.txt",
                     "self_b.txt", "z.txt"]
    assert [Path(e.path).name for e in skipped] == ["loop"]
    assert "symbolic link loop" in skipped[0].reason

    with pytest.raises(InputError, match=r"broken\.txt: broken symbolic link \(points to .*missing\.txt\).*fix or remove"):
        read_file(corpus / "broken.txt")
    with pytest.raises(InputError, match=r"self_a\.txt: symbolic link loop"):
        read_file(corpus / "self_a.txt")

    articles, problems = read_sources([corpus])
    assert [a.doc_id for a in articles] == ["a.txt", "m.html", "k.md", "z.txt"]
    assert sorted(Path(p.path).name for p in problems) == ["broken.txt", "loop", "self_a.txt", "self_b.txt"]


def test_ingest_files_symlink_to_file_is_read(corpus):
    (corpus / "link.txt").symlink_to(corpus / "a.txt")
    (article,) = read_file(corpus / "link.txt")
    assert article.text == SENTENCE


@pytest.mark.parametrize(
    "make,reason,fix",
    [
        (lambda root: root / "nope.txt", "no such file", "check the path"),
        (lambda root: root, "is a folder", "walk them"),
    ],
)
def test_ingest_files_bad_paths(corpus, make, reason, fix):
    path = make(corpus)
    with pytest.raises(InputError) as caught:
        read_file(path)
    assert str(caught.value).startswith(str(path))
    assert reason in caught.value.reason and fix in caught.value.fix


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_ingest_files_permission_denied(corpus):
    path = corpus / "a.txt"
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied.*chmod"):
        read_file(path)


def test_ingest_missing_path_reported_by_read_sources(tmp_path):
    articles, problems = read_sources([tmp_path / "absent"])
    assert articles == []
    assert [p.reason for p in problems] == ["no such file"]


ALLOWED = {"kg.model", "kg.errors", "kg.config"}


@pytest.mark.parametrize(
    "module_path,own",
    [(p, "kg.ingest") for p in sorted((Path(__file__).parent.parent / "kg" / "ingest").glob("*.py"))]
    + [(Path(__file__).parent.parent / "kg" / "normalize.py", "kg.normalize")],
    ids=lambda v: v.name if isinstance(v, Path) else v,
)
def test_ingest_imports_only_upstream(module_path, own):
    tree = ast.parse(module_path.read_text(encoding="utf-8"))
    imported = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imported.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module)
    ours = {m for m in imported if m == "kg" or m.startswith("kg.")}
    allowed = ALLOWED | {own} | ({"kg.ingest"} if own == "kg.ingest" else set())
    bad = {m for m in ours if not any(m == a or m.startswith(a + ".") for a in allowed)}
    assert not bad, f"{module_path.name} imports downstream modules {sorted(bad)}"
