"""Library entry points: what the CLI (and the endpoint) call.

``build`` runs the whole pipeline (ingest → normalize → extract → resolve →
graph → stores) into a temporary folder next to the output and swaps it in
only when everything succeeded, so a failed or killed build leaves the last
good graph intact. A lock file keeps two builds from writing the same folder.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import time
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

from kg.errors import BuildLockedError, InputError, KgError
from kg.model import Article, DocExtraction, ExtractionResult

REPORT_NAME = "report.json"


# ---------------------------------------------------------------- reading


def read_articles(sources: Iterable[Path], skipped: list[dict]) -> Iterator[Article]:
    """Every article under ``sources``; unreadable files are appended to ``skipped`` with reason and fix."""
    from kg import ingest

    paths = [Path(p) for p in sources]
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise InputError(str(path), "no such file or folder", "check the path")

    def record(err: InputError) -> None:
        skipped.append({"path": err.path, "reason": err.reason, "fix": err.fix})

    seen: set[str] = set()
    for path in ingest.iter_source_files(paths, on_skip=record):
        try:
            articles = ingest.read_file(path, on_error=record)
        except InputError as err:
            record(err)
            continue
        for article in articles:
            # Two folders may hold files of the same name: keep document ids unique.
            if article.doc_id in seen:
                article.doc_id = _relative_name(path, paths) + article.doc_id[len(path.name):]
            seen.add(article.doc_id)
            yield article


def _relative_name(path: Path, roots: list[Path]) -> str:
    """``sub/000.txt`` for a file under one of the source folders, else the full path."""
    for root in roots:
        with contextlib.suppress(ValueError):
            return path.relative_to(root).as_posix()
    return path.as_posix()


def _progress(items: list, enabled: bool, label: str) -> Iterator:
    if not enabled:
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task(label, total=len(items))
        for item in items:
            yield item
            bar.advance(task)


def extract_articles(articles: list[Article], progress: bool = False) -> list[DocExtraction]:
    """Run the NLP pipeline over each article."""
    from kg.nlp import extract_article

    return [extract_article(a) for a in _progress(articles, progress, "extracting")]


def extract(sources: Iterable[Path], progress: bool = False) -> tuple[ExtractionResult, list[dict]]:
    """Read, extract and resolve every article under ``sources``: (result, skipped files)."""
    from kg.resolve import resolve_entities

    skipped: list[dict] = []
    articles = list(read_articles(sources, skipped))
    documents = extract_articles(articles, progress)
    return resolve_entities(documents), skipped


def extract_to_jsonl(sources: Iterable[Path], out: Path, progress: bool = False) -> tuple[int, list[dict]]:
    """Write the extraction in the gold JSON Lines format of ANNOTATION.md; returns (records, skipped)."""
    result, skipped = extract(sources, progress)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    with tmp.open("w", encoding="utf-8") as handle:
        for doc in result.documents:
            handle.write(json.dumps(doc.gold_record(), ensure_ascii=False) + "\n")
    os.replace(tmp, out)
    return len(result.documents), skipped


def evaluate(gold: Path, pred: Path | None = None, sources: list[Path] | None = None) -> dict:
    """Score ``pred`` (or a fresh extraction of ``sources``) against ``gold``."""
    from kg import evaluate as ev

    gold_records = ev.read_jsonl(gold)
    if pred is not None:
        pred_records = ev.read_jsonl(pred)
    elif sources:
        result, _ = extract(sources)
        pred_records = {doc.article.doc_id: doc.gold_record() for doc in result.documents}
    else:
        raise KgError("give --pred FILE.jsonl or the SOURCES to extract")
    return ev.score(gold_records, pred_records)


# ---------------------------------------------------------------- building


@contextlib.contextmanager
def build_lock(out: Path) -> Iterator[Path]:
    """Hold an exclusive lock on ``out`` for the duration of a build."""
    out.parent.mkdir(parents=True, exist_ok=True)
    lock_path = out.parent / f".{out.name}.lock"
    handle = lock_path.open("w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise BuildLockedError(
            f"another kg build is writing {out} (lock {lock_path}); wait for it to finish or use another --out"
        ) from None
    try:
        handle.write(str(os.getpid()))
        handle.flush()
        yield lock_path
    finally:
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()
        with contextlib.suppress(FileNotFoundError):
            lock_path.unlink()


def swap_in(staging: Path, out: Path) -> None:
    """Replace ``out`` by ``staging`` with renames only (the old graph stays whole until the swap)."""
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        os.rename(out, old)
    os.rename(staging, out)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def build(sources: Iterable[Path], out: Path, progress: bool = False, validate: bool = True) -> dict:
    """Build the graph folder ``out`` from ``sources``; returns the build report (also in report.json)."""
    from kg import graph as rdf
    from kg.stores import oxigraph as oxi

    out = Path(out)
    timings: dict[str, float] = {}
    with build_lock(out):
        staging = out.parent / f".{out.name}.building-{os.getpid()}"
        if staging.exists():
            shutil.rmtree(staging)
        staging.mkdir(parents=True)
        try:
            started = time.perf_counter()
            skipped: list[dict] = []
            articles = list(read_articles(sources, skipped))
            timings["read"] = time.perf_counter() - started

            started = time.perf_counter()
            documents = extract_articles(articles, progress)
            timings["extract"] = time.perf_counter() - started

            from kg.resolve import resolve_entities

            started = time.perf_counter()
            result = resolve_entities(documents)
            timings["resolve"] = time.perf_counter() - started

            started = time.perf_counter()
            quads = rdf.result_to_quads(result)
            counts = oxi.write_graph(quads, staging)
            timings["graph"] = time.perf_counter() - started

            with contextlib.suppress(ImportError):
                from kg.stores import ladybug as lb

                started = time.perf_counter()
                counts["cypher"] = lb.write_database(staging)
                timings["cypher"] = time.perf_counter() - started

            violations: list[str] = []
            if validate:
                with contextlib.suppress(ImportError):
                    from kg.validate import validate_graph

                    started = time.perf_counter()
                    violations = validate_graph(staging)
                    timings["validate"] = time.perf_counter() - started
            report = make_report(result, skipped, counts, timings, violations)
            (staging / REPORT_NAME).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
            if violations:
                from kg.errors import ValidationError

                shown = "\n  ".join(violations[:20])
                raise ValidationError(f"the built graph violates the SHACL shapes ({len(violations)}):\n  {shown}")
            swap_in(staging, out)
        finally:
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
    return report


def make_report(result: ExtractionResult, skipped: list[dict], counts: dict, timings: dict, violations: list[str]) -> dict:
    entity_counts = Counter(e.type for e in result.entities.values())
    relation_counts: Counter = Counter()
    for doc in result.documents:
        for rel in doc.relations:
            relation_counts[rel.p] += 1
    files = sorted({doc.article.path for doc in result.documents})
    return {
        "files_read": len(files),
        "articles": len(result.documents),
        "skipped": skipped,
        "entities": dict(sorted(entity_counts.items())),
        "relations": dict(sorted(relation_counts.items())),
        "spun_articles": sorted(d.article.doc_id for d in result.documents if d.article.flags.get("spun")),
        "store": counts,
        "timings_s": {k: round(v, 3) for k, v in timings.items()},
        "violations": violations,
    }


def format_build_report(report: dict) -> str:
    """A short human summary of a build report."""
    lines = [
        f"read {report['files_read']} file(s), {report['articles']} article(s); skipped {len(report['skipped'])}",
        "entities: " + ", ".join(f"{k} {v}" for k, v in report["entities"].items()),
        "relations: " + ", ".join(f"{k} {v}" for k, v in report["relations"].items()),
    ]
    if report.get("store"):
        lines.append("store: " + ", ".join(f"{k} {v}" for k, v in report["store"].items() if not isinstance(v, dict)))
    for item in report["skipped"]:
        fix = f" ({item['fix']})" if item.get("fix") else ""
        lines.append(f"skipped {item['path']}: {item['reason']}{fix}")
    return "\n".join(lines)


# ---------------------------------------------------------------- querying


def query(query_text: str, graph: Path, fmt: str = "table") -> str:
    """Run a SPARQL query (text, .rq path or name from queries/) on the graph folder; return formatted rows."""
    from kg import queries
    from kg.stores import oxigraph as oxi

    formats = ("table", "json", "csv")
    if fmt not in formats:
        raise KgError(f"unknown format '{fmt}'; choose one of: {', '.join(formats)}")
    text = queries.resolve_query(query_text)
    store = oxi.open_store(Path(graph))
    columns, rows = queries.run_sparql(store, text)
    return queries.format_rows(columns, rows, fmt)
