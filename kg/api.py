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
import sys
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
            if article.doc_id in seen:
                article.doc_id = unique_doc_id(article.doc_id, path, paths, seen)
            seen.add(article.doc_id)
            yield article


def unique_doc_id(doc_id: str, path: Path, roots: list[Path], seen: set[str]) -> str:
    """Another id for an article whose file name is already taken (two folders may hold files of the same name).

    Tries ``sub/000.txt`` (the path under its source folder), then
    ``folder/sub/000.txt`` (with the source folder's name), then the full path.
    """
    suffix = doc_id[len(path.name):] if doc_id.startswith(path.name) else ""
    candidates = []
    for root in roots:
        with contextlib.suppress(ValueError):
            relative = path.relative_to(root).as_posix()
            candidates += [relative, f"{root.name}/{relative}" if root.name else relative]
    candidates.append(path.as_posix())
    for candidate in candidates:
        if candidate + suffix not in seen:
            return candidate + suffix
    return path.resolve().as_posix() + suffix


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


def extract_articles(
    articles: list[Article], progress: bool = False, skipped: list[dict] | None = None
) -> list[DocExtraction]:
    """Run the NLP pipeline over each article.

    With ``skipped``, an article the pipeline fails on is left out and listed
    there (path, reason, fix) instead of stopping everything.
    """
    from kg.nlp import extract_article
    from kg.parallel import extract_or_skip

    if skipped is None:
        return [extract_article(a) for a in _progress(articles, progress, "extracting")]

    def record(err: InputError) -> None:
        skipped.append({"path": err.path, "reason": err.reason, "fix": err.fix})

    found = (extract_or_skip(a, record) for a in _progress(articles, progress, "extracting"))
    return [doc for doc in found if doc is not None]


def extract(sources: Iterable[Path], progress: bool = False) -> tuple[ExtractionResult, list[dict]]:
    """Read, extract and resolve every article under ``sources``: (result, skipped files and articles)."""
    from kg.resolve import resolve_entities

    skipped: list[dict] = []
    articles = list(read_articles(sources, skipped))
    documents = extract_articles(articles, progress, skipped)
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
    lock_path = out.parent / f".{out.name}.lock"
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        while True:
            handle = lock_path.open("a")  # "w" would wipe the holder's pid before we know we may
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.close()
                raise BuildLockedError(
                    f"another kg build is writing {out} (lock {lock_path}); wait for it to finish or use another --out"
                ) from None
            # The previous holder unlinks the file as it ends: a lock on that unlinked file locks nothing.
            with contextlib.suppress(FileNotFoundError):
                if os.path.samestat(os.fstat(handle.fileno()), os.stat(lock_path)):
                    break
            handle.close()
    except OSError as err:
        raise _unwritable(out, err) from None
    try:
        handle.truncate(0)
        handle.write(str(os.getpid()))
        handle.flush()
        yield lock_path
    finally:
        with contextlib.suppress(FileNotFoundError):
            lock_path.unlink()  # before unlocking, so nobody can lock the file being removed
        fcntl.flock(handle, fcntl.LOCK_UN)
        handle.close()


def _unwritable(out: Path, err: OSError) -> KgError:
    return KgError(f"cannot write the graph folder {out} ({err.strerror}); choose an --out in a folder you can write")


def check_output_folder(out: Path) -> None:
    """Refuse an ``--out`` that exists and was not made by kg build: the swap would delete what it holds."""
    if not out.exists() and not out.is_symlink():
        return
    if not out.is_dir():
        raise KgError(f"{out} exists and is not a folder; choose another --out")
    if (out / REPORT_NAME).is_file() or (out / "store").is_dir() or not any(out.iterdir()):
        return
    raise KgError(
        f"{out} exists and is not a graph folder built by kg build (no {REPORT_NAME} or store/ in it): "
        f"kg build would replace it; choose another --out, or remove {out} yourself"
    )


def swap_in(staging: Path, out: Path) -> None:
    """Replace ``out`` by ``staging``; the old graph stays whole until the swap.

    On Linux the two folders are exchanged in one step (renameat2
    RENAME_EXCHANGE), so ``out`` never disappears, even for a moment. Elsewhere
    ``out`` is first renamed aside to ``.OUT.old-PID``; a build killed between
    the two renames leaves it there and the next build puts it back
    (``recover_interrupted_builds``).
    """
    if out.exists() and _exchange(staging, out):
        shutil.rmtree(staging, ignore_errors=True)  # it now holds the previous graph
        return
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    if out.exists():
        os.rename(out, old)
    os.rename(staging, out)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Atomically exchange two paths (Linux renameat2); False where the system cannot."""
    import ctypes
    import ctypes.util

    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    at_fdcwd, rename_exchange = -100, 2
    done = renameat2(at_fdcwd, os.fsencode(first), at_fdcwd, os.fsencode(second), rename_exchange)
    return done == 0


LEFTOVER_RE = r"\.{name}\.(building|old)-(\d+)"


def recover_interrupted_builds(out: Path) -> list[str]:
    """Clean up after builds of ``out`` that were killed: returns what was done, one line each.

    A graph that a killed swap left aside (``.OUT.old-PID`` with no ``OUT``) is
    put back; staging folders (``.OUT.building-PID``) and graphs left aside by
    processes that are gone are deleted. Call it holding the build lock.
    """
    import re

    from kg.parallel import is_pid_alive

    done: list[str] = []
    if not out.parent.is_dir():
        return done
    pattern = re.compile(LEFTOVER_RE.format(name=re.escape(out.name)))
    leftovers = sorted(
        (m.group(1), int(m.group(2)), entry)
        for entry in out.parent.iterdir()
        if (m := pattern.fullmatch(entry.name)) and entry.is_dir()
    )
    for kind, pid, entry in leftovers:
        if pid != os.getpid() and is_pid_alive(pid):
            continue
        if kind == "old" and not out.exists():
            os.rename(entry, out)
            done.append(f"put back {out.name} from {entry.name} (a build was killed while swapping)")
        else:
            shutil.rmtree(entry, ignore_errors=True)
            done.append(f"removed {entry.name} (left by a build that was killed)")
    return done


VALIDATE_MAX_QUADS = 300_000  # validation (pyshacl) takes about a minute per 500,000 quads


def build(
    sources: Iterable[Path],
    out: Path,
    progress: bool = False,
    validate: bool | None = None,
    workers: int | None = None,
    executor: str = "processes",
    scheduler: str | None = None,
    incremental: bool = True,
    cypher: bool = True,
) -> dict:
    """Build the graph folder ``out`` from ``sources``; returns the build report (also in report.json).

    Extraction runs in ``workers`` processes (None: see
    ``kg.parallel.choose_workers``), or on the Dask cluster at
    ``scheduler`` with ``executor="dask"``. With ``incremental`` (the default)
    files whose bytes, path and extraction code are unchanged are taken from
    the cache in ``out/cache`` instead of being extracted again, and a build
    whose inputs are all unchanged does nothing (``report["up_to_date"]``).
    ``validate``: None validates graphs of up to VALIDATE_MAX_QUADS quads.
    ``cypher=False`` leaves out the embedded Cypher database (it holds the
    property graph in memory while it is written: 1.9 GB at 6.7M quads).
    Raises ``KgError`` subclasses; the previous graph is left intact on failure.
    """
    import hashlib

    from kg import incremental as inc
    from kg import ingest
    from kg.config import base_iri

    out = Path(out)
    sources = [Path(p) for p in sources]
    for path in sources:
        if not path.exists() and not path.is_symlink():
            raise InputError(str(path), "no such file or folder", "check the path")
    timings: dict[str, float] = {}
    with build_lock(out):
        recovered = recover_interrupted_builds(out)
        check_output_folder(out)
        started = time.perf_counter()
        skipped: list[dict] = []
        on_skip = lambda err: skipped.append({"path": err.path, "reason": err.reason, "fix": err.fix})  # noqa: E731
        tasks: list[tuple[str, str, int]] = []
        for path in ingest.iter_source_files(sources, on_skip=on_skip):
            content_hash, size = inc.hash_file(path)
            tasks.append((str(path), inc.file_key(path, content_hash), size))
        digest = hashlib.sha256(
            "\0".join([inc.build_fingerprint(), base_iri(), repr(validate), repr(cypher), *[k for _, k, _ in tasks]]).encode()
        ).hexdigest()
        timings["scan"] = time.perf_counter() - started
        previous = _read_report(out)
        if incremental and previous.get("inputs_digest") == digest and (out / "store").is_dir():
            return {**previous, "up_to_date": True, "extracted": 0, "reused": len(tasks), "timings_s": _rounded(timings)}

        update_from = previous_store_for_update(out, previous, incremental, base_iri())
        staging = out.parent / f".{out.name}.building-{os.getpid()}"
        if staging.exists():
            shutil.rmtree(staging)
        try:
            staging.mkdir(parents=True)
        except OSError as err:
            raise _unwritable(out, err) from None
        old_cache = out / inc.CACHE_DIR
        cache_dir = old_cache if incremental and old_cache.is_dir() else staging / inc.CACHE_DIR
        cache = inc.ExtractionCache(cache_dir / inc.CACHE_FILE)
        try:
            report = _build_into(staging, sources, tasks, skipped, cache, timings, progress, validate,
                                 workers, executor, scheduler, incremental, digest, recovered, cypher, update_from)
            cache.keep_only({key for _, key, _ in tasks})
            cache.close()
            if cache_dir != staging / inc.CACHE_DIR:
                os.rename(cache_dir, staging / inc.CACHE_DIR)
            swap_in(staging, out)
        finally:
            cache.close()
            if staging.exists():
                shutil.rmtree(staging, ignore_errors=True)
    return report


def previous_store_for_update(out: Path, previous_report: dict, incremental: bool, base: str) -> tuple[Path | None, int, str]:
    """Whether the store of the graph folder ``out`` may be updated instead of loaded whole.

    Returns ``(out, quads updated since its last full load, "")`` when it may,
    else ``(None, 0, why not)``: a ``--full`` build, no previous store and
    graph.nq, or another base IRI (every IRI would differ).
    """
    from kg.stores.oxigraph import NQUADS_FILE, STORE_DIR

    if not incremental:
        return None, 0, "a --full build"
    if not (out / STORE_DIR / "CURRENT").is_file() or not (out / NQUADS_FILE).is_file():
        return None, 0, "no previous store and graph.nq to update"
    if previous_report.get("base_iri") != base:
        return None, 0, "the previous graph was built with another base IRI (or by an older kg)"
    update = previous_report.get("store_update") or {}
    return out, int(update.get("changed_since_full", 0)), ""


def _read_report(out: Path) -> dict:
    try:
        return json.loads((out / REPORT_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (workers are not counted)."""
    import resource

    per_mb = 2**20 if sys.platform == "darwin" else 2**10  # ru_maxrss is bytes on macOS, KiB on Linux
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / per_mb, 1)


def _rounded(timings: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 3) for k, v in timings.items()}


def _rename_document(doc: DocExtraction, doc_id: str) -> None:
    """Give an extracted article another id (and its evidence with it)."""
    import dataclasses

    doc.article.doc_id = doc_id
    for relation in doc.relations:
        relation.evidence = [dataclasses.replace(e, doc_id=doc_id) for e in relation.evidence]


def _build_into(staging, sources, tasks, skipped, cache, timings, progress, validate, workers, executor,
                scheduler, incremental, digest, recovered, cypher=True, update_from=(None, 0, "")) -> dict:
    """Extract what the cache lacks, then resolve, write the graph, the Cypher database and the report into ``staging``.

    Only a summary of each article stays in memory (what entity resolution
    reads); the graph is written from the full extractions, read back from
    the cache a batch at a time. ``update_from``: see ``previous_store_for_update``.
    """
    from kg import parallel
    from kg.config import base_iri
    from kg.shards import UPDATE_MAX_SHARE

    started = time.perf_counter()
    from kg.incremental import FileSummary

    summaries: dict[str, FileSummary] = {}
    missing = []
    for path, key, size in tasks:
        cached = cache.get(key) if incremental else None
        if cached is None:
            missing.append((path, key, size))
        else:
            summaries[key] = FileSummary.of(cached)
    timings["cache"] = time.perf_counter() - started

    started = time.perf_counter()
    read_cpu = extract_cpu = 0.0
    chars = 0
    peaks: dict[str, float] = {}
    workers = parallel.choose_workers(workers, sum(size for _, _, size in tasks))
    pool = parallel.open_executor(workers, executor, scheduler)
    try:
        with _progress_bar(progress, "extracting", len(missing)) as advance:
            for batch in parallel.run_extraction(missing, pool, on_batch=advance):
                cache.put_packed(batch)
                for packed in batch:
                    summaries[packed.key] = packed.summary
                    read_cpu += packed.read_s
                    extract_cpu += packed.extract_s
                    chars += packed.chars
        timings["extract"] = time.perf_counter() - started
        peaks["extract"] = _peak_rss_mb()
        timings["read_cpu"] = read_cpu
        timings["extract_cpu"] = extract_cpu
        if update_from[0] is not None and len(missing) > UPDATE_MAX_SHARE * len(tasks):
            # the graph will differ by about as much: computing the difference would only delay the load
            update_from = (None, 0, f"{len(missing)} of {len(tasks)} files were extracted (more than {UPDATE_MAX_SHARE:.0%})")
        report = _write_graph(staging, sources, tasks, summaries, cache, skipped, pool, timings, validate, peaks,
                              cypher, update_from)
    finally:
        pool.close()
    report.update(
        up_to_date=False,
        validated=bool(report.pop("_validated")),
        extracted=len(missing),
        reused=len(tasks) - len(missing),
        chars_extracted=chars,
        workers=workers,
        executor=executor,
        inputs_digest=digest,
        base_iri=base_iri(),
        recovered=recovered,
        peak_rss_mb=peaks,  # of the main process, after each stage
    )
    (staging / REPORT_NAME).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    if report["violations"]:
        from kg.errors import ValidationError

        shown = "\n  ".join(report["violations"][:20])
        raise ValidationError(f"the built graph violates the SHACL shapes ({len(report['violations'])}):\n  {shown}")
    return report


def _write_graph(staging, sources, tasks, summaries, cache, skipped, pool, timings, validate, peaks, cypher=True,
                 update_from=(None, 0, "")) -> dict:
    """Resolve the extracted articles and write the graph folder into ``staging``; returns the report so far.

    ``update_from``: see ``previous_store_for_update``.
    """
    from kg import shards
    from kg.config import base_iri
    from kg.resolve import resolve_entities

    documents: list[DocExtraction] = []
    seen: set[str] = set()
    relations: Counter = Counter()
    for path, key, _ in tasks:
        summary = summaries[key]
        skipped.extend(summary.skipped)
        relations.update(summary.relations)
        for doc in summary.documents:
            if doc.article.doc_id in seen:
                doc.article.doc_id = unique_doc_id(doc.article.doc_id, Path(path), sources, seen)
            seen.add(doc.article.doc_id)
            documents.append(doc)

    started = time.perf_counter()
    result = resolve_entities(documents)
    timings["resolve"] = time.perf_counter() - started
    peaks["resolve"] = _peak_rss_mb()

    def full_documents() -> Iterator[DocExtraction]:
        """The full extractions, read back from the cache, with the ids and types the summaries now hold."""
        for _, key, _ in tasks:
            summary = summaries[key]
            if not summary.documents:
                continue
            for doc, thin in zip(cache.get(key).documents, summary.documents):
                if doc.article.doc_id != thin.article.doc_id:
                    _rename_document(doc, thin.article.doc_id)
                doc.entity_types = thin.entity_types
                doc.article = thin.article
                yield doc

    # The graph is written in shards of a few hundred articles (on the executor), merged by an
    # external sort and bulk-loaded: the same files as kg.stores.oxigraph.write_graph, in bounded memory.
    started = time.perf_counter()
    colliding = shards.colliding_slugs(seen)
    streamed = ExtractionResult(result.entities, full_documents())
    shard_paths = shards.write_shards(streamed, staging, base_iri(), pool, colliding)
    timings["graph"] = time.perf_counter() - started
    peaks["graph"] = _peak_rss_mb()
    database: dict = {}

    def write_cypher_database() -> None:
        """The Cypher database, from the loaded store, while the Turtle exports are written."""
        peaks["store"] = _peak_rss_mb()  # the store is loaded
        with contextlib.suppress(ImportError):
            from kg.stores import ladybug as lb

            started = time.perf_counter()
            database["counts"] = lb.write_database(staging)
            timings["cypher"] = time.perf_counter() - started
            peaks["cypher"] = _peak_rss_mb()

    started = time.perf_counter()
    previous, changed_before, why_full = update_from
    counts = shards.write_graph_from_shards(
        shard_paths, staging, workers=pool.workers, while_exporting=write_cypher_database if cypher else None,
        previous=previous, changed_before=changed_before,
    )
    store_update = counts.pop("store_update")
    if why_full:
        store_update["reason"] = why_full
    # "store": loading it and writing the exports, less the Cypher database written meanwhile
    timings["store"] = time.perf_counter() - started - timings.get("cypher", 0.0)
    peaks.setdefault("store", _peak_rss_mb())
    if "counts" in database:
        counts["cypher"] = database["counts"]

    violations: list[str] = []
    validated = validate if validate is not None else counts["quads"] <= VALIDATE_MAX_QUADS
    if validated:
        with contextlib.suppress(ImportError):
            from kg.validate import validate_graph

            started = time.perf_counter()
            violations = validate_graph(staging)
            timings["validate"] = time.perf_counter() - started
            peaks["validate"] = _peak_rss_mb()
    report = make_report(result, skipped, counts, timings, violations, relations)
    report["store_update"] = store_update
    report["_validated"] = validated
    return report


@contextlib.contextmanager
def _progress_bar(enabled: bool, label: str, total: int) -> Iterator:
    """A progress bar over ``total`` files; yields the function that advances it."""
    if not enabled or not total:
        yield lambda files: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(), transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda files: bar.advance(task, files)


def make_report(
    result: ExtractionResult,
    skipped: list[dict],
    counts: dict,
    timings: dict,
    violations: list[str],
    relation_counts: Counter | None = None,
) -> dict:
    """The build report: what was read, skipped, found and written, and how long each stage took.

    ``relation_counts`` (per predicate) when ``result.documents`` are summaries without relations.
    """
    entity_counts = Counter(e.type for e in result.entities.values())
    if relation_counts is None:
        relation_counts = Counter(rel.p for doc in result.documents for rel in doc.relations)
    files = sorted({doc.article.path for doc in result.documents})
    return {
        "files_read": len(files),
        "articles": len(result.documents),
        "skipped": skipped,
        "entities": dict(sorted(entity_counts.items())),
        "relations": dict(sorted(relation_counts.items())),
        "spun_articles": sorted(d.article.doc_id for d in result.documents if d.article.flags.get("spun")),
        "store": counts,
        "timings_s": _rounded(timings),
        "violations": violations,
    }


def format_build_report(report: dict) -> str:
    """A short human summary of a build report."""
    if report.get("up_to_date"):
        return f"up to date: {report['reused']} file(s) unchanged since the last build; nothing to do"
    lines = [
        f"read {report['files_read']} file(s), {report['articles']} article(s); skipped {len(report['skipped'])}",
        "entities: " + ", ".join(f"{k} {v}" for k, v in report["entities"].items()),
        "relations: " + ", ".join(f"{k} {v}" for k, v in report["relations"].items()),
    ]
    if report.get("store"):
        lines.append("store: " + ", ".join(f"{k} {v}" for k, v in report["store"].items() if not isinstance(v, dict)))
    update = report.get("store_update") or {}
    if update.get("method") == "diff":
        lines.append(f"store updated from the previous graph: removed {update['removed']}, added {update['added']} quad(s)")
    elif update.get("reason"):
        lines.append(f"store loaded whole: {update['reason']}")
    if "extracted" in report:
        lines.append(f"extracted {report['extracted']} file(s), reused {report['reused']} unchanged")
    if report.get("validated") is False:
        lines.append(f"not validated ({report['store'].get('quads', 0)} quads): run kg validate --graph GRAPH to check it")
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
