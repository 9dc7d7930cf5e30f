"""What ``kg build`` remembers between runs: per-file extraction results keyed by content.

A file's extraction depends only on its bytes, its path (document ids come
from the file name) and the extraction code and dictionaries. The cache key
hashes all three, so a changed file, a moved file or a new dictionary row
misses the cache, and an unchanged file is never extracted twice. Entries are
kept in one SQLite file (``cache/extractions.sqlite`` in the graph folder):
one row per file, the pickled ``DocExtraction`` list of its articles (without
the article bodies, which nothing downstream of extraction reads) and the
records it skipped.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
import os
import pickle
import sqlite3
import stat
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.config import PROJECT_ROOT
from kg.model import DocExtraction

CACHE_DIR = "cache"
CACHE_FILE = "extractions.sqlite"
PACKAGE_ROOT = Path(__file__).resolve().parent
# What an extraction depends on besides the file: the code that reads, normalizes and extracts, and its data.
EXTRACTION_SOURCES = ("ingest", "nlp", "normalize.py", "lexicon.py", "model.py", "resources/zh")
EXTRACTION_LIBRARIES = ("spacy", "opencc", "pypinyin", "trafilatura", "charset-normalizer", "lxml")


def _hash_tree(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        if path.is_file() and path.suffix != ".pyc":
            digest.update(path.relative_to(PROJECT_ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _files_under(names: tuple[str, ...], root: Path) -> list[Path]:
    found = []
    for name in names:
        path = root / name
        found.extend(p for p in path.rglob("*") if "__pycache__" not in p.parts) if path.is_dir() else found.append(path)
    return found


@functools.lru_cache(maxsize=1)
def extraction_fingerprint() -> str:
    """Hash of the extraction code, the dictionaries and the versions of the libraries they use."""
    digest = hashlib.sha256(_hash_tree(_files_under(EXTRACTION_SOURCES, PACKAGE_ROOT)).encode())
    for name in EXTRACTION_LIBRARIES:
        try:
            digest.update(f"{name}={importlib.metadata.version(name)}".encode())
        except importlib.metadata.PackageNotFoundError:
            digest.update(f"{name}=none".encode())
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def build_fingerprint() -> str:
    """Hash of everything a build depends on besides its inputs: the whole package and the schemas."""
    files = [p for p in PACKAGE_ROOT.rglob("*") if "__pycache__" not in p.parts]
    files += list((PROJECT_ROOT / "schemas").rglob("*")) if (PROJECT_ROOT / "schemas").is_dir() else []
    return hashlib.sha256((extraction_fingerprint() + _hash_tree(files)).encode()).hexdigest()


def hash_file(path: Path) -> tuple[str, int]:
    """(sha256 of the file's bytes, size); ("unreadable", 0) for what is not a regular readable file.

    Named pipes and devices are not opened (reading them could block); the
    reader reports them, and files it reports are never cached.
    """
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            return "unreadable", 0
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest(), info.st_size
    except OSError:
        return "unreadable", 0


def file_key(path: Path, content_hash: str) -> str:
    """The cache key of one file: its path, its bytes' hash and the extraction fingerprint."""
    text = "\0".join((extraction_fingerprint(), str(path), content_hash))
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()


@dataclass
class FileResult:
    """What extracting one file gave: its articles' extractions and the records it skipped."""

    key: str
    path: str
    documents: list[DocExtraction] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    chars: int = 0  # characters of article text extracted
    read_s: float = 0.0  # seconds reading and decoding
    extract_s: float = 0.0  # seconds normalizing, tokenizing, finding mentions and relations
    unreadable: bool = False  # the whole file was skipped: not cached, retried next time


class FileSummary:
    """What the build keeps in memory of an extracted file: per article, what entity resolution reads."""

    __slots__ = ("key", "skipped", "documents", "relations")

    def __init__(self, key: str, skipped: list[dict], documents: list[DocExtraction], relations: Counter):
        self.key, self.skipped, self.documents, self.relations = key, skipped, documents, relations

    @classmethod
    def of(cls, result: FileResult) -> "FileSummary":
        """Summary of a ``FileResult``: its articles without relations, one mention per alias seen."""
        documents, relations = [], Counter()
        for doc in result.documents:
            aliases = {(m.text, m.label): m for m in doc.mentions if m.text != m.label}
            documents.append(DocExtraction(doc.article, list(aliases.values()), [], dict(doc.entity_types)))
            relations.update(rel.p for rel in doc.relations)
        return cls(result.key, result.skipped, documents, relations)


@dataclass
class PackedResult:
    """A ``FileResult`` as a worker hands it back to the build: pickled once for the cache, plus its summary.

    The worker pickles the result for the cache itself, so the build's main
    process neither unpickles nor pickles again what it only stores.
    """

    key: str
    path: str
    blob: bytes | None  # the pickled FileResult; None for a file that could not be read (never cached)
    summary: FileSummary
    chars: int
    read_s: float
    extract_s: float

    @classmethod
    def of(cls, result: FileResult) -> "PackedResult":
        blob = None if result.unreadable else pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        return cls(result.key, result.path, blob, FileSummary.of(result), result.chars, result.read_s, result.extract_s)


class ExtractionCache:
    """Per-file extraction results in one SQLite file; ``None`` path = a cache that remembers nothing."""

    def __init__(self, path: Path | None):
        self.path = path
        self.db = None
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(str(path))
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS files (key TEXT PRIMARY KEY, path BLOB, result BLOB)")

    def get(self, key: str) -> FileResult | None:
        """The cached result of the file with this key, or None."""
        if self.db is None:
            return None
        row = self.db.execute("SELECT result FROM files WHERE key = ?", (key,)).fetchone()
        return pickle.loads(row[0]) if row else None

    def keys(self) -> set[str]:
        if self.db is None:
            return set()
        return {row[0] for row in self.db.execute("SELECT key FROM files")}

    def put_packed(self, results: list[PackedResult]) -> None:
        """Store results pickled by the workers (``PackedResult.blob``); unreadable files are not stored."""
        if self.db is None:
            return
        rows = [(r.key, os.fsencode(r.path), r.blob) for r in results if r.blob is not None]
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", rows)

    def keep_only(self, keys: set[str]) -> int:
        """Delete the entries of files that are no longer part of the corpus; returns how many."""
        if self.db is None:
            return 0
        stale = self.keys() - keys
        with self.db:
            self.db.executemany("DELETE FROM files WHERE key = ?", [(k,) for k in stale])
        return len(stale)

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None
