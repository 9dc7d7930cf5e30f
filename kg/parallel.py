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
from collections import deque
from collections.abc import Callable, Iterator
from pathlib import Path

from kg.errors import InputError, KgError
from kg.incremental import FileResult, PackedResult

EXECUTORS = ("processes", "dask")
BATCH_CHARS = 1_000_000  # bytes of input per batch: big enough to amortize a task, small enough to bound memory
BATCH_FILES = 64
# A pool costs about a second to start (each worker loads the dictionaries), so a corpus smaller
# than this is built in this process when the number of workers is not given.
AUTO_MIN_BYTES = 4_000_000
AUTO_MAX_WORKERS = 8  # each worker holds the dictionaries and a batch: about 400 MB


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


def extract_packed_batch(batch: list[tuple[str, str]]) -> list[PackedResult]:
    """``extract_batch``, each result pickled for the cache and summarized here, in the worker."""
    return [PackedResult.of(extract_file(path, key)) for path, key in batch]


def make_batches(tasks: list[tuple[str, str, int]], workers: int) -> list[list[tuple[str, str]]]:
    """Split (path, key, size) tasks into batches of about BATCH_CHARS bytes, at least four per worker (so the last ones balance)."""
    total = sum(size for _, _, size in tasks)
    limit = max(1, min(BATCH_CHARS, total // max(1, 4 * workers)))
    batches: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    size_now = 0
    for path, key, size in tasks:
        # Cut before a file would take the batch past the limit: batches stay under it (a big file alone).
        if current and (size_now + size > limit or len(current) >= BATCH_FILES):
            batches.append(current)
            current, size_now = [], 0
        current.append((path, key))
        size_now += size
    if current:
        batches.append(current)
    return batches


def choose_workers(workers: int | None, total_bytes: int) -> int:
    """``workers`` when given; else one per CPU this process may use (up to AUTO_MAX_WORKERS) for a corpus of AUTO_MIN_BYTES or more, 1 below."""
    if workers is not None:
        return workers
    if total_bytes < AUTO_MIN_BYTES:
        return 1
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return max(1, min(AUTO_MAX_WORKERS, cpus))


class Executor:
    """Where batches run: ``map(function, items)`` yields ``function(item)`` for each item, in order."""

    name = "processes"
    workers = 1

    def map(self, function: Callable, items) -> Iterator:
        yield from map(function, items)

    def close(self) -> None:
        """Release the processes or the cluster connection."""


class ProcessExecutor(Executor):
    """A pool of worker processes (fork shares the loaded dictionaries with them; spawn elsewhere)."""

    def __init__(self, workers: int):
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        context = multiprocessing.get_context(method)
        # No warm-up initializer: a worker loads the NLP pipeline with its first extraction, so a build that
        # extracts few files or none (an incremental one, whose pool only writes graph shards) does not pay
        # about 2.5 CPU-s per worker for a pipeline it never uses.
        self.pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)

    def map(self, function: Callable, items) -> Iterator:
        # At most two tasks per worker in flight: the pool would otherwise pickle every task at once.
        pending: deque = deque()
        for item in items:
            pending.append(self.pool.submit(function, item))
            if len(pending) >= 2 * self.workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    def close(self) -> None:
        self.pool.shutdown(cancel_futures=True)


class DaskExecutor(Executor):
    """A Dask cluster: items travel as a bag, one partition per item; results come back in order."""

    name = "dask"

    def __init__(self, scheduler: str | None, workers: int):
        if not scheduler:
            raise KgError("--executor dask needs --scheduler ADDRESS (for example tcp://10.0.0.5:8786)")
        try:
            from distributed import Client
        except ImportError:
            raise KgError("--executor dask needs dask and distributed: pip install 'ipkg[dask]'") from None
        try:
            self.client = Client(scheduler, timeout="20s", set_as_default=False)
        except OSError as err:
            raise KgError(f"cannot reach the Dask scheduler at {scheduler} ({err}); check the address and that it runs") from None
        self.workers = workers

    def map(self, function: Callable, items) -> Iterator:
        import dask.bag as bag

        items = list(items)
        if not items:
            return
        partitions = bag.from_sequence(items, npartitions=len(items)).map(function).to_delayed()
        for future in self.client.compute(partitions):
            yield from future.result()

    def close(self) -> None:
        self.client.close()


def open_executor(workers: int = 1, executor: str = "processes", scheduler: str | None = None) -> Executor:
    """The executor of a build: this process (workers=1), a process pool, or a Dask cluster."""
    if executor not in EXECUTORS:
        raise KgError(f"unknown executor {executor!r}; choose one of: {', '.join(EXECUTORS)}")
    if workers < 1:
        raise KgError(f"--workers must be at least 1 (got {workers})")
    if executor == "dask":
        return DaskExecutor(scheduler, workers)
    return ProcessExecutor(workers) if workers > 1 else Executor()


def run_extraction(
    tasks: list[tuple[str, str, int]],
    pool: Executor,
    on_batch: Callable[[int], None] | None = None,
) -> Iterator[list[PackedResult]]:
    """Extract every (path, key, size) task on ``pool``; yield the results batch by batch, in input order.

    With Dask, the workers must see the same paths. ``on_batch(files)`` is
    called as each batch comes back.
    """
    batches = make_batches(tasks, pool.workers)
    for batch, results in zip(batches, pool.map(extract_packed_batch, batches)):
        if on_batch:
            on_batch(len(batch))
        yield results


def is_pid_alive(pid: int) -> bool:
    """True when a process with this id exists (it may belong to another user)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
