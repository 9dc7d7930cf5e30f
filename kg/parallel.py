"""Run extraction over many files: in this process, in worker processes, or on a Dask cluster.

Extraction is per article and needs nothing from other articles, so files are
split into batches that workers read and extract on their own. A worker
returns plain ``FileResult`` objects (dataclasses of ``DocExtraction``, which
pickle in microseconds); spaCy Docs never leave the worker. Batches come back
in input order, so a build gives the same result with any number of workers.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.errors import InputError, KgError
from kg.incremental import FileResult

EXECUTORS = ("processes", "dask")
BATCH_CHARS = 2_000_000  # bytes of input per batch: big enough to amortize a task, small enough to bound memory
BATCH_FILES = 64


EXTRACTION_FIX = "the rest of the corpus was built; report this file so the rule that failed on it can be fixed"


def extract_or_skip(article, on_error: Callable[[InputError], None]):
    """The extraction of one article, or None (reported to ``on_error``) when the pipeline fails on it."""
    import kg.nlp

    try:
        return kg.nlp.extract_article(article)
    except Exception as err:  # noqa: BLE001  one article the rules cannot handle must not stop a corpus build
        where = article.path + article.doc_id[len(Path(article.path).name):]
        on_error(InputError(where, f"extraction failed ({type(err).__name__}: {err})", EXTRACTION_FIX))
        return None


def extract_file(path: str, key: str) -> FileResult:
    """Read one file and extract each of its articles; unreadable files, records and articles are listed as skipped."""
    from kg import ingest

    result = FileResult(key=key, path=path)

    def record(err: InputError) -> None:
        result.skipped.append({"path": err.path, "reason": err.reason, "fix": err.fix})

    started = time.perf_counter()
    try:
        articles = ingest.read_file(Path(path), on_error=record)
    except InputError as err:
        record(err)
        result.unreadable = True
        articles = []
    result.read_s = time.perf_counter() - started
    started = time.perf_counter()
    for article in articles:
        result.chars += len(article.text)
        doc = extract_or_skip(article, record)
        if doc is None:
            continue
        doc.article.text = ""  # nothing after extraction reads the body; keeps results and the cache small
        result.documents.append(doc)
    result.extract_s = time.perf_counter() - started
    return result


def extract_batch(batch: list[tuple[str, str]]) -> list[FileResult]:
    """Extract a batch of (path, cache key) pairs."""
    return [extract_file(path, key) for path, key in batch]


def make_batches(tasks: list[tuple[str, str, int]], workers: int) -> list[list[tuple[str, str]]]:
    """Split (path, key, size) tasks into batches of about BATCH_CHARS bytes, at least two per worker."""
    total = sum(size for _, _, size in tasks)
    limit = max(1, min(BATCH_CHARS, total // max(1, 2 * workers) + 1))
    batches: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    size_now = 0
    for path, key, size in tasks:
        current.append((path, key))
        size_now += size
        if size_now >= limit or len(current) >= BATCH_FILES:
            batches.append(current)
            current, size_now = [], 0
    if current:
        batches.append(current)
    return batches


def _warm_up() -> None:
    from kg.nlp import make_pipeline

    make_pipeline()


def run_extraction(
    tasks: list[tuple[str, str, int]],
    workers: int = 1,
    executor: str = "processes",
    scheduler: str | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> Iterator[list[FileResult]]:
    """Extract every (path, key, size) task; yield the results batch by batch, in input order.

    ``workers`` processes (1: in this process); ``executor="dask"`` sends the
    batches to the Dask scheduler at ``scheduler`` instead (its workers must see
    the same paths). ``on_batch(files)`` is called as each batch comes back.
    """
    if executor not in EXECUTORS:
        raise KgError(f"unknown executor {executor!r}; choose one of: {', '.join(EXECUTORS)}")
    if workers < 1:
        raise KgError(f"--workers must be at least 1 (got {workers})")
    batches = make_batches(tasks, workers)
    if executor == "dask":
        yield from _run_dask(batches, scheduler, on_batch)
        return
    if workers == 1 or len(batches) <= 1:
        for batch in batches:
            results = extract_batch(batch)
            if on_batch:
                on_batch(len(batch))
            yield results
        return
    from concurrent.futures import ProcessPoolExecutor

    # fork shares the loaded dictionaries and pipeline with the workers; spawn elsewhere.
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_warm_up) as pool:
        for batch, results in zip(batches, pool.map(extract_batch, batches)):
            if on_batch:
                on_batch(len(batch))
            yield results


def _run_dask(batches, scheduler: str | None, on_batch) -> Iterator[list[FileResult]]:
    if not scheduler:
        raise KgError("--executor dask needs --scheduler ADDRESS (for example tcp://10.0.0.5:8786)")
    try:
        import dask.bag as bag
        from distributed import Client
    except ImportError:
        raise KgError("--executor dask needs dask and distributed: pip install 'ipkg[dask]'") from None
    try:
        client = Client(scheduler, timeout="20s", set_as_default=False)
    except OSError as err:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler} ({err}); check the address and that it runs") from None
    try:
        # One partition per batch: the documents travel as a bag, results come back partition by partition.
        documents = bag.from_sequence(batches, npartitions=max(1, len(batches)))
        partitions = documents.map(extract_batch).to_delayed()
        futures = client.compute(partitions)
        for batch, future in zip(batches, futures):
            results = [r for part in future.result() for r in part]
            if on_batch:
                on_batch(len(batch))
            yield results
    finally:
        client.close()


def is_pid_alive(pid: int) -> bool:
    """True when a process with this id exists (it may belong to another user)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
