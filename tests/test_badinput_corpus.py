"""A corpus folder as scraped from the web: `kg build` reads every good file and lists every bad one.

The bad corpus is made at test time (the 50 MB article is generated, not
committed). Root reads any file whatever its mode, so as root the `kg build`
subprocess runs without the two capabilities that let it (CAP_DAC_OVERRIDE,
CAP_DAC_READ_SEARCH): a file with mode 000 is then unreadable to it as to
anyone.
"""

from __future__ import annotations

import ctypes
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from kg.ingest import read_sources

ROOT = Path(__file__).resolve().parent.parent
KG = Path(sys.executable).parent / "kg"
SENTENCE = "工业和信息化部部长金壮龙表示，要加快推进新型工业化，提升产业链供应链韧性和安全水平。"
GOOD_ARTICLE = f"新型工业化推进会召开\n新华社北京3月1日电\n{SENTENCE}\n"
PNG = (  # a real 1x1 PNG
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)
RUNS_AS_ROOT = os.geteuid() == 0
PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2  # <linux/prctl.h>, <linux/capability.h>

# bad file -> (words of the reason, words of the fix)
BAD = {
    "empty.txt": ("empty file", "remove it"),
    "photo.png": ("binary file (PNG image)", "remove it"),
    "archive.zip": ("binary file (ZIP archive", "unpack it"),
    "truncated.txt": ("truncated UTF-8", "re-download"),
    "huge.txt": ("too large for one article", "split it"),
    "secret.txt": ("permission denied", "chmod +r"),
    "broken.txt": ("broken symbolic link", "fix or remove the link"),
    "loop_a.txt": ("symbolic link loop", "remove the link"),
    "loop_b.txt": ("symbolic link loop", "remove the link"),
    "sub/up": ("folder already read through another path", "remove the link"),
    "pipe.txt": ("not a regular file", "remove it"),
}
GOOD = ["000_3fbe88de0c0c7436.txt", "001_8fdf2b91e3c68389.txt", "deep.html", "gb18030_says_utf8.html",
        "工业.txt", "surrogates.jsonl#1"]


def make_bad_corpus(folder: Path) -> Path:
    """Write the corpus: two seed articles, a few hard but good files, and every kind of bad file."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in GOOD[:2]:
        shutil.copy(ROOT / "data" / "corpus" / name, folder / name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.png").write_bytes(PNG)
    with zipfile.ZipFile(folder / "archive.zip", "w") as archive:
        archive.writestr("article.txt", GOOD_ARTICLE)
    (folder / "truncated.txt").write_bytes(GOOD_ARTICLE.encode("utf-8")[:-2])  # cut inside "。"
    page = f'<html><head><meta charset="utf-8"><title>推进会</title></head><body><p>{SENTENCE}</p></body></html>'
    (folder / "gb18030_says_utf8.html").write_bytes(page.encode("gb18030"))
    # nested far past libxml2's limit (256, or 2,048 with huge_tree)
    (folder / "deep.html").write_text(
        "<html><body>" + "<div>" * 100_000 + f"<p>{SENTENCE}</p>" + "</div>" * 100_000 + "</body></html>",
        encoding="utf-8",
    )
    line = (SENTENCE * 20 + "\n").encode("utf-8")
    with (folder / "huge.txt").open("wb") as handle:  # one 50 MB "article" (a site dump)
        handle.write("超长文章\n".encode("utf-8"))
        for _ in range(50 * 2**20 // len(line) + 1):
            handle.write(line)
    (folder / "secret.txt").write_text(GOOD_ARTICLE, encoding="utf-8")
    (folder / "secret.txt").chmod(0)
    (folder / "broken.txt").symlink_to(folder / "missing.txt")
    (folder / "loop_a.txt").symlink_to("loop_b.txt")
    (folder / "loop_b.txt").symlink_to("loop_a.txt")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..")  # a folder loop
    os.mkfifo(folder / "pipe.txt")
    # a GBK file name from a Windows zip: not UTF-8
    (Path(os.fsdecode(os.fsencode(folder))) / os.fsdecode("工业.txt".encode("gbk"))).write_text(
        GOOD_ARTICLE, encoding="utf-8"
    )
    (folder / "surrogates.jsonl").write_text(
        json.dumps({"title": "推进会\ud800", "text": SENTENCE + "\udfff" + SENTENCE}) + "\n", encoding="utf-8"
    )
    return folder


def drop_file_permission_override() -> None:
    """In the child before exec: remove root's power to read files whatever their mode.

    Dropped from the bounding set, the capabilities are not granted again when
    the child (still uid 0) executes ``kg``.
    """
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def run_kg(*args: str, cwd: Path, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the real ``kg`` command (as root: without the capabilities that bypass file modes)."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    return subprocess.run([str(KG), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout,
                          preexec_fn=drop_file_permission_override if RUNS_AS_ROOT else None)


def skipped_by_name(items, corpus: Path) -> dict[str, tuple[str, str]]:
    found = {}
    for item in items:
        path, reason, fix = (item["path"], item["reason"], item["fix"]) if isinstance(item, dict) else (
            item.path, item.reason, item.fix)
        found[Path(path).relative_to(corpus).as_posix()] = (reason, fix)
    return found


def test_badinput_read_sources_lists_each_bad_file(tmp_path):
    corpus = make_bad_corpus(tmp_path / "corpus")
    articles, problems = read_sources([corpus])
    found = skipped_by_name(problems, corpus)
    expected = dict(BAD)
    if RUNS_AS_ROOT:
        expected.pop("secret.txt")  # root reads it; the build test below runs unprivileged
    assert sorted(found) == sorted(expected)
    for name, (reason, fix) in expected.items():
        assert reason in found[name][0] and fix in found[name][1], (name, found[name])
    by_id = {a.doc_id: a for a in articles}
    assert sorted(by_id) == sorted(GOOD + (["secret.txt"] if RUNS_AS_ROOT else []))
    assert SENTENCE in by_id["deep.html"].text
    assert by_id["gb18030_says_utf8.html"].encoding == "gb18030" and SENTENCE in by_id["gb18030_says_utf8.html"].text
    assert by_id["surrogates.jsonl#1"].text.count("\ufffd") == 2  # title and text: one each
    for article in articles:
        article.text.encode("utf-8")
        article.path.encode("utf-8")


def test_badinput_build_skips_bad_files_and_reports_them(tmp_path):
    corpus = make_bad_corpus(tmp_path / "corpus")
    done = run_kg("build", "corpus", "--out", "graph", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    report = json.loads((tmp_path / "graph" / "report.json").read_text(encoding="utf-8"))
    found = skipped_by_name(report["skipped"], Path("corpus"))
    assert sorted(found) == sorted(BAD)
    for name, (reason, fix) in BAD.items():
        assert reason in found[name][0] and fix in found[name][1], (name, found[name])
        # and on the terminal, with the reason and the fix
        line = next(line for line in done.stdout.splitlines() if line.startswith(f"skipped corpus/{name}:"))
        assert reason in line and fix in line
    assert report["articles"] == len(GOOD)
    # no partial facts from a file that failed: only good articles are in the graph, each in its named graph
    quads = (tmp_path / "graph" / "graph.nq").read_text(encoding="utf-8")
    assert report["store"]["named_graphs"] == len(GOOD)
    assert set(re.findall(r'ontology#fileName> "([^"]+)" \.', quads)) == set(GOOD)
    assert "金壮龙" in quads


def test_badinput_build_strict_fails_and_keeps_report(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ROOT / "data" / "corpus" / GOOD[0], corpus)
    (corpus / "empty.txt").write_bytes(b"")
    done = run_kg("build", "corpus", "--out", "graph", "--strict", cwd=tmp_path)
    assert done.returncode != 0
    assert "skipped corpus/empty.txt: empty file" in done.stdout
    assert "Traceback" not in done.stderr
