"""Write the graph of a large corpus in shards: bounded memory, parallel, then one bulk load.

``kg.graph.result_to_quads`` turns a whole ``ExtractionResult`` into one
sorted list of quads; on millions of quads that list no longer fits in
memory, and it runs on one core. The graph of a corpus is, however, the union of

- the quads of every entity (from the resolved entity table alone), and
- for each batch of articles, the quads of that batch with the entities it
  mentions,

except for the first and last dates of a post holder's membership, which
aggregate over all articles: they are taken out of each batch and merged
(min of the firsts, max of the lasts). Articles whose IRIs could collide stay
in one batch, so their slugs are decided as in a whole-corpus build.

Each batch becomes two sorted N-Quads shards, its default-graph lines and its
named-graph lines (``kg.graph.result_to_nquads``, in worker processes when
there are several). The default-graph shards are merged by ``sort -m -u`` (a
merge of sorted files: memory stays bounded) into the triples of ``graph.ttl``,
and these with the named-graph shards into ``graph.nq``, the same sorted,
duplicate-free file ``write_graph`` makes. The store is bulk-loaded from the merged default
graph and the named shards while ``graph.trig`` and ``graph.ttl`` are written.

An incremental build instead updates the previous build's store when the two
graphs differ little: both ``graph.nq`` files are sorted, so ``comm`` gives
the lines to remove and to add in one pass, and these are applied to a
checkpoint of the previous store (hard links to its immutable files).
"""

from __future__ import annotations

import contextlib
import gc
import heapq
import itertools
import os
import pickle
import queue
import shutil
import subprocess
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pyoxigraph import DefaultGraph, RdfFormat, Store, parse, serialize

from kg.model import DocExtraction, Entity, ExtractionResult

BATCH_DOCUMENTS = 200
SHARD_DIR = "shards"
DEFAULT_SHARD = ".default.nq"  # name ending of shards that hold default-graph lines
NAMED_SHARD = ".named.nq"  # ... and of those that hold named-graph lines
MERGED_DEFAULT = "merged-default.nt"
LOAD_CHUNK_BYTES = 32 << 20  # about 170,000 lines


def colliding_slugs(doc_ids: Iterable[str]) -> set[str]:
    """Article slugs that two or more documents share (their IRIs get a hash suffix, decided together)."""
    from kg.graph import article_slug

    seen: set[str] = set()
    shared: set[str] = set()
    for doc_id in doc_ids:
        slug = article_slug(doc_id)
        (shared if slug in seen else seen).add(slug)
    return shared


def document_batches(
    documents: Iterable[DocExtraction], size: int = BATCH_DOCUMENTS, colliding: set[str] | None = None
) -> Iterator[list[DocExtraction]]:
    """Batches of ``size`` articles in corpus order; articles whose slugs are in ``colliding`` come last, together.

    ``colliding`` defaults to the collisions among ``documents`` (which are then read into a list).
    """
    from kg.graph import article_slug

    if colliding is None:
        documents = list(documents)
        colliding = colliding_slugs(d.article.doc_id for d in documents)
    batch: list[DocExtraction] = []
    held: list[DocExtraction] = []
    for doc in documents:
        if colliding and article_slug(doc.article.doc_id) in colliding:
            held.append(doc)
            continue
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
    if held:
        yield held


def entities_for(documents: list[DocExtraction], entities: dict[str, Entity]) -> dict[str, Entity]:
    """The entities a batch needs: those its articles mention or relate, and their broader sectors."""
    labels = set()
    for doc in documents:
        labels.update(doc.entity_types)
        for rel in doc.relations:
            labels.update((rel.s, rel.o))
    needed: dict[str, Entity] = {}
    pending = [label for label in labels if label in entities]
    while pending:
        label = pending.pop()
        if label in needed:
            continue
        needed[label] = entities[label]
        broader = entities[label].broader
        if broader and broader in entities:
            pending.append(broader)
    return needed


def batch_shard(entities: dict[str, Entity], documents: list[DocExtraction], base_iri: str) -> tuple[bytes, bytes, dict]:
    """The sorted N-Quads of one batch of articles (default-graph lines, named-graph lines) and its membership dates.

    The lines describing the entities themselves are left out: write_shards writes those once.
    """
    from kg.graph import result_to_nquads, sorted_nquads

    with _collector_paused():
        result = ExtractionResult(entities_for(documents, entities), documents)
        out = result_to_nquads(result, base_iri, dates_apart=True, entity_lines=False)
        return sorted_nquads(out.default), sorted_nquads(out.named), out.dates


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    # A batch allocates hundreds of thousands of objects (unpickled extractions, sets, tuples),
    # none in a reference cycle: reference counting frees them, and the cyclic collector would
    # only walk them again and again (a fifth of the graph time; three quarters of unpickling).
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _merge_dates(total: dict, dates: dict) -> None:
    for iri, (first, last) in dates.items():
        old_first, old_last = total.get(iri, (first, last))
        total[iri] = (min(old_first, first), max(old_last, last))


def _batch_paths(shard_dir: Path, number: int) -> tuple[Path, Path]:
    return shard_dir / f"{number:06d}{DEFAULT_SHARD}", shard_dir / f"{number:06d}{NAMED_SHARD}"


def _shard_task(args: tuple) -> tuple[tuple[bytes, bytes] | None, dict]:
    batch, base_iri, paths = args
    if isinstance(batch, bytes):  # pickled by write_shards, unpickled here without the collector
        with _collector_paused():
            batch = pickle.loads(batch)
    default, named, dates = batch_shard(*batch, base_iri)
    if paths is None:  # a Dask worker, maybe on another machine: the lines travel back
        return (default, named), dates
    # A local worker writes its shards: hundreds of MB need not go through the pool's pipes.
    paths[0].write_bytes(default)
    paths[1].write_bytes(named)
    return None, dates


def write_shards(
    result: ExtractionResult, folder: Path, base_iri: str, pool=None, colliding: set[str] | None = None
) -> list[Path]:
    """Write the graph of ``result`` as sorted N-Quads shards in ``folder/shards``; returns their paths.

    Shards whose names end with ``DEFAULT_SHARD`` hold default-graph lines, the
    others named-graph lines. ``result.documents`` may be any iterable (a
    generator reading them from the cache keeps memory bounded); then give
    ``colliding`` (see ``colliding_slugs``). ``pool`` (a ``kg.parallel.Executor``)
    makes the shards of the article batches; default: this process.
    """
    from kg.graph import date_literal, node, result_to_nquads, sorted_nquads
    from kg.vocab import IPKG

    shard_dir = folder / SHARD_DIR
    shard_dir.mkdir(parents=True, exist_ok=True)
    paths = [shard_dir / f"entities{DEFAULT_SHARD}"]
    paths[-1].write_bytes(sorted_nquads(result_to_nquads(ExtractionResult(result.entities, []), base_iri).default))
    local = getattr(pool, "name", None) != "dask"  # Dask workers may run on other machines
    shipped = pool is not None and (pool.workers > 1 or not local)

    def tasks() -> Iterator[tuple]:
        for number, batch in enumerate(document_batches(result.documents, BATCH_DOCUMENTS, colliding)):
            # the graph reads no mentions (entity_types lists what an article mentions): not sent to the workers
            slim = [DocExtraction(doc.article, [], doc.relations, doc.entity_types) for doc in batch]
            work = (entities_for(batch, result.entities), slim)
            yield pickle.dumps(work, pickle.HIGHEST_PROTOCOL) if shipped else work, base_iri, _batch_paths(
                shard_dir, number
            ) if local else None

    dates: dict[str, tuple[str, str]] = {}
    mapper = pool.map if pool is not None else lambda function, items: map(function, items)
    # The documents are read (unpickled from the extraction cache) as this loop pulls them.
    with _collector_paused():
        for number, (data, batch_dates) in enumerate(mapper(_shard_task, tasks())):
            batch_paths = _batch_paths(shard_dir, number)
            for path, lines in zip(batch_paths, data or ()):
                path.write_bytes(lines)
            paths += batch_paths
            _merge_dates(dates, batch_dates)
    first_seen, last_seen = node(IPKG.firstSeen), node(IPKG.lastSeen)
    groups = {
        f"<{iri}>": {f"{first_seen} {date_literal(first)} .\n", f"{last_seen} {date_literal(last)} .\n"}
        for iri, (first, last) in dates.items()
    }
    paths.append(shard_dir / f"membership-dates{DEFAULT_SHARD}")
    paths[-1].write_bytes(sorted_nquads(groups))
    return paths


def merge_sorted(paths: list[Path], target: Path) -> subprocess.Popen | None:
    """Merge sorted files into ``target``, without duplicate lines; returns the running ``sort`` (wait for it).

    Without GNU sort (not on Linux or macOS) the merge runs here, in Python, and None is returned.
    """
    sort = shutil.which("sort")
    if sort:
        env = {**os.environ, "LC_ALL": "C"}  # byte order: the order of code points, as Python sorts str
        command = [sort, "-m", "-u", "-T", str(target.parent), "-o", str(target), *map(str, paths)]
        if len(paths) > 16:  # one pass over the shards (GNU sort merges 16 at a time, through temporary files)
            command[3:3] = [f"--batch-size={min(len(paths), 512)}"]
        return subprocess.Popen(command, env=env)
    handles = [open(path, "rb") for path in paths]
    try:
        with open(target, "wb") as out:
            out.writelines(line for line, _ in itertools.groupby(heapq.merge(*handles)))
    finally:
        for handle in handles:
            handle.close()
    return None


def _wait(process: subprocess.Popen | None) -> None:
    if process is not None and process.wait() != 0:
        raise subprocess.CalledProcessError(process.returncode, process.args)


def count_lines(path: Path) -> int:
    """The number of lines of a file."""
    count = 0
    with open(path, "rb") as handle:
        while block := handle.read(1 << 24):
            count += block.count(b"\n")
    return count


def read_chunks(path: Path, size: int = LOAD_CHUNK_BYTES) -> Iterator[bytes]:
    """The file in chunks of about ``size`` bytes, each cut after a newline."""
    with open(path, "rb") as handle:
        rest = b""
        while block := handle.read(size):
            block = rest + block
            cut = block.rfind(b"\n") + 1
            rest = block[cut:]
            if cut:
                yield block[:cut]
        if rest:
            yield rest


def _load_files(store: Store, files: queue.Queue, errors: list[BaseException]) -> None:
    # lenient: the lines were written by kg.graph from checked IRIs; skipping the IRI parser
    # saves a tenth of the load. In chunks: one bulk_load of a whole large file buffers about a
    # million quads per thread (2 GB at 2.3M quads); a chunk at a time keeps the loader small.
    try:
        while (path := files.get()) is not None:
            for chunk in read_chunks(path):
                store.bulk_load(chunk, format=RdfFormat.N_QUADS, lenient=True)
    except BaseException as err:  # noqa: BLE001  handed to the main thread, which raises it
        errors.append(err)


def write_exports(triples: str, nquads: str, folder: str, prefixes: dict[str, str]) -> None:
    """Write ``graph.ttl`` from the sorted default-graph triples and ``graph.trig`` from the sorted quads."""
    from kg.stores.oxigraph import TRIG_FILE, TURTLE_FILE

    # lenient, as the bulk load: kg.graph wrote the lines from checked IRIs, and the IRI parser was
    # a third of this process's time (same output, byte for byte).
    folder = Path(folder)
    serialize(parse(path=triples, format=RdfFormat.N_TRIPLES, lenient=True), folder / TURTLE_FILE, RdfFormat.TURTLE, prefixes=prefixes)
    serialize(parse(path=nquads, format=RdfFormat.N_QUADS, lenient=True), folder / TRIG_FILE, RdfFormat.TRIG, prefixes=prefixes)


def _start_exports(triples: Path, nquads: Path, folder: Path, prefixes: dict[str, str]) -> subprocess.Popen:
    """Run ``write_exports`` in a fresh interpreter (not multiprocessing: it would import the caller's main script)."""
    import json
    import sys

    arguments = json.dumps([str(triples), str(nquads), str(folder), prefixes])
    code = "import json, sys; from kg.shards import write_exports; write_exports(*json.loads(sys.argv[1]))"
    return subprocess.Popen([sys.executable, "-c", code, arguments], env={**os.environ, "PYTHONPATH": _package_path()})


def _package_path() -> str:
    """PYTHONPATH that lets a child interpreter import this copy of ``kg`` first."""
    here = str(Path(__file__).resolve().parent.parent)
    rest = os.environ.get("PYTHONPATH")
    return here + (os.pathsep + rest if rest else "")


def write_graph_from_shards(
    shards: list[Path],
    folder: Path,
    base_iri: str | None = None,
    workers: int = 1,
    while_exporting: Callable[[], None] | None = None,
    previous: Path | None = None,
    changed_before: int = 0,
) -> dict:
    """Write ``folder``'s store, graph.nq, graph.trig and graph.ttl from the shards of ``write_shards``; returns counts.

    Same files and counts as ``kg.stores.oxigraph.write_graph`` over the union
    of the shards, plus ``counts["store_update"]``: how the store was made.
    With ``previous`` (a graph folder built from the same base IRI, only read)
    the store is that folder's store updated by the difference between its
    graph.nq and the new one, when the quads updated since its last full load
    (``changed_before`` plus this difference) are at most ``UPDATE_MAX_SHARE``
    of the new graph (see ``update_store``); otherwise it is bulk-loaded, by up
    to two threads when ``workers`` > 1. The Turtle exports are written by a
    process of their own (iterating the quads holds the GIL);
    ``while_exporting()`` runs once the store is in place (``folder/store``),
    while they are written.
    """
    from kg.errors import KgError
    from kg.stores.oxigraph import NQUADS_FILE, STORE_DIR, graph_prefixes

    folder = Path(folder)
    shards = [Path(p) for p in shards]
    default = [p for p in shards if p.name.endswith(DEFAULT_SHARD)]
    named = [p for p in shards if not p.name.endswith(DEFAULT_SHARD)]
    nquads, triples = folder / NQUADS_FILE, folder / SHARD_DIR / MERGED_DEFAULT
    triples.parent.mkdir(parents=True, exist_ok=True)
    fresh, target = folder / f"{STORE_DIR}.new", folder / STORE_DIR
    shutil.rmtree(fresh, ignore_errors=True)

    # The bulk load runs in Rust without the GIL, and is most of this stage's work: without a
    # previous store it starts at once with the named graphs (no two shards share a line of
    # them), the merges run meanwhile (sort is one process each), then the exports in a process
    # of their own. An update needs the merged graph.nq first, and runs while the exports are written.
    loader = _BulkLoader(fresh, workers, named) if previous is None else None
    update = {"method": "full", "reason": "no previous graph to update"}
    merging, exporter, written = None, None, False
    try:
        try:
            _wait(merge_sorted(default, triples))
            if loader is not None:
                loader.add(triples)
            # From the merged default graph: its duplicates (a tenth of the default lines) are then
            # dropped once, not twice; a third less CPU, in about the time the two merges took side by side.
            merging = merge_sorted([triples, *named], nquads)
            counts = {"quads": 0, "triples_default": count_lines(triples)}
            _wait(merging)
            counts["quads"] = count_lines(nquads)
            exporter = _start_exports(triples, nquads, folder, graph_prefixes(base_iri))
            if previous is not None:
                limit = int(UPDATE_MAX_SHARE * counts["quads"]) - changed_before
                update = update_store(Path(previous) / STORE_DIR, Path(previous) / NQUADS_FILE, nquads, fresh, limit)
                if update["method"] == "diff":
                    counts["named_graphs"] = update.pop("named_graphs")
                    update["changed_since_full"] = changed_before + update["removed"] + update["added"]
                else:
                    loader = _BulkLoader(fresh, workers, [*named, triples])
            written = True
        finally:
            if loader is not None:
                named_graphs = loader.close(flush=written)
                if named_graphs is not None:
                    counts["named_graphs"] = named_graphs
            if merging is not None:
                merging.wait()
        if loader is not None:
            loader.raise_error()
        shutil.rmtree(target, ignore_errors=True)
        fresh.rename(target)
        if while_exporting is not None:
            while_exporting()
        if exporter.wait() != 0:
            raise KgError(
                f"writing graph.ttl and graph.trig in {folder} failed (exit code {exporter.returncode}; "
                "its error is printed above): check the free space there and build again"
            )
    finally:
        if exporter is not None and exporter.poll() is None:
            exporter.kill()
            exporter.wait()
    shutil.rmtree(folder / SHARD_DIR, ignore_errors=True)
    counts["store_update"] = update
    return counts


class _BulkLoader:
    """A new store at ``path``, bulk-loaded from the N-Quads files given to it, by up to two threads."""

    def __init__(self, path: Path, workers: int, files: Iterable[Path] = ()) -> None:
        self.store: Store | None = Store(str(path))
        self.files: queue.Queue = queue.Queue()
        self.errors: list[BaseException] = []
        self.add(*files)
        self.threads = [
            threading.Thread(target=_load_files, args=(self.store, self.files, self.errors), name=f"kg-bulk-load-{n}")
            for n in range(max(1, min(2, workers)))
        ]
        for thread in self.threads:
            thread.start()

    def add(self, *files: Path) -> None:
        """Load these files too."""
        for path in files:
            self.files.put(path)

    def close(self, flush: bool) -> int | None:
        """Wait for the loaders and close the store; with ``flush`` (and no error) flush it first and return its named graph count."""
        for _ in self.threads:
            self.files.put(None)
        for thread in self.threads:
            thread.join()
        named_graphs = None
        if flush and not self.errors:
            self.store.flush()
            named_graphs = sum(1 for _ in self.store.named_graphs())
        for err in self.errors:  # a loader's traceback holds its frame, and so the store
            traceback.clear_frames(err.__traceback__)
        self.store = None
        gc.collect()  # the store releases its RocksDB lock only when the object is freed
        return named_graphs

    def raise_error(self) -> None:
        """Raise the first error of a loader, if one failed."""
        if self.errors:
            raise self.errors[0]


# An update is applied when the quads removed and added since the last full load are at most this
# share of the new graph. On the 20 MiB benchmark graph (1.4M quads) a full bulk load takes 7.3 s on
# one thread, 5.3 µs a quad (two threads share it); in an existing store removing a quad takes 15 µs
# (a transaction each) and adding one 6 µs (bulk-loaded), plus 0.6 s to compare the two graph.nq
# files. An update of a quarter of the graph, half removals, costs about what the load does on two
# threads; a larger one more. Counting the updates since the last full load makes every so many
# incremental builds load the store whole, which drops what removals leave behind in RocksDB
# (tombstones, and the strings of terms that no quad uses any more).
UPDATE_MAX_SHARE = 0.25
REMOVED_FILE, ADDED_FILE = "removed.nq", "added.nq"


def diff_sorted(old: Path, new: Path) -> Iterator[tuple[bool, bytes]]:
    """The lines only in ``old`` as (False, line) and those only in ``new`` as (True, line), in order.

    Both files must be sorted in byte order and free of duplicates. Runs
    ``comm -3`` (with LC_ALL=C), or merges in Python where there is no comm;
    raises ``ValueError`` when a file is found out of order. Close the
    iterator to stop early.
    """
    comm = shutil.which("comm")
    if comm is None:
        yield from _diff_in_python(old, new)
        return
    env = {**os.environ, "LC_ALL": "C"}  # byte order, as merge_sorted's sort
    process = subprocess.Popen([comm, "-3", str(old), str(new)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    try:
        for line in process.stdout:
            # comm indents the lines of the second file by a tab; an N-Quads line begins with < or _
            yield (True, line[1:]) if line.startswith(b"\t") else (False, line)
        if process.wait() != 0:
            message = process.stderr.read().decode("utf-8", "replace").strip()
            raise ValueError(f"comm {old} {new} failed (exit code {process.returncode}): {message}")
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()
        process.stdout.close()
        process.stderr.close()


def _diff_in_python(old: Path, new: Path) -> Iterator[tuple[bool, bytes]]:
    with open(old, "rb") as first, open(new, "rb") as second:
        tagged = heapq.merge(((line, False) for line in _in_order(first, old)), ((line, True) for line in _in_order(second, new)))
        for line, group in itertools.groupby(tagged, key=lambda item: item[0]):
            sides = [side for _, side in group]
            if len(sides) == 1:
                yield sides[0], line


def _in_order(lines: Iterable[bytes], path: Path) -> Iterator[bytes]:
    """The lines, checked to be sorted and unique as ``comm`` checks them."""
    previous = b""
    for line in lines:
        if line <= previous:
            raise ValueError(f"{path} is not sorted: {line[:80]!r} comes after {previous[:80]!r}")
        previous = line
        yield line


def write_diff(old: Path, new: Path, removed: Path, added: Path, limit: int) -> tuple[int, int] | None:
    """Write the lines only in ``old`` to ``removed`` and those only in ``new`` to ``added``; returns their numbers.

    Returns None, having stopped reading, as soon as more than ``limit`` lines differ.
    """
    numbers = [0, 0]
    lines = diff_sorted(old, new)
    try:
        with open(removed, "wb") as gone, open(added, "wb") as new_lines:
            outputs = (gone, new_lines)
            for is_new, line in lines:
                numbers[is_new] += 1
                if numbers[0] + numbers[1] > limit:
                    return None
                outputs[is_new].write(line)
    finally:
        lines.close()
    return numbers[0], numbers[1]


def update_store(previous_store: Path, previous_nquads: Path, nquads: Path, target: Path, limit: int) -> dict:
    """Make ``target`` the store of ``nquads`` from the store of ``previous_nquads`` when at most ``limit`` quads differ.

    ``target`` becomes a copy of ``previous_store`` (a RocksDB checkpoint: hard
    links to its files, which RocksDB never modifies; the previous store is
    only read) from which the quads only in ``previous_nquads`` are removed
    and to which those only in ``nquads`` are added. Returns
    ``{"method": "diff", "removed": n, "added": m, "named_graphs": k, "diff_s": .., "apply_s": ..}``,
    or ``{"method": "full", "reason": ...}`` when the difference is larger than
    ``limit``, cannot be computed (a file out of order) or the previous store
    cannot be opened (``target`` is then not made).
    """
    started = time.perf_counter()
    removed, added = nquads.parent / SHARD_DIR / REMOVED_FILE, nquads.parent / SHARD_DIR / ADDED_FILE
    try:
        numbers = write_diff(previous_nquads, nquads, removed, added, max(limit, 0))
    except ValueError as err:
        return {"method": "full", "reason": f"comparing with the previous graph.nq failed ({err})"}
    if numbers is None:
        return {"method": "full", "reason": f"more than {max(limit, 0):,} quads differ from the previous graph "
                f"(updates since the last full load may reach {UPDATE_MAX_SHARE:.0%} of the graph)"}
    diffed = time.perf_counter()
    try:
        source = Store.read_only(str(previous_store))
        try:
            source.backup(str(target))
        finally:
            del source
            gc.collect()  # closes the previous store
    except OSError as err:  # a damaged previous store must not stop the build: the load does without it
        shutil.rmtree(target, ignore_errors=True)
        return {"method": "full", "reason": f"the previous store cannot be copied ({err})"}
    named_graphs = apply_diff(target, removed, added)
    return {"method": "diff", "removed": numbers[0], "added": numbers[1], "named_graphs": named_graphs,
            "diff_s": round(diffed - started, 3), "apply_s": round(time.perf_counter() - diffed, 3)}


def apply_diff(path: Path, removed: Path, added: Path) -> int:
    """Remove the quads of the N-Quads file ``removed`` from the store at ``path``, add those of ``added``, flush.

    Named graphs left without quads are removed too, as a full load would not
    have them. Returns the number of named graphs.
    """
    store = Store(str(path))
    try:
        emptied = set()
        for quad in parse(path=removed, format=RdfFormat.N_QUADS, lenient=True):
            store.remove(quad)
            emptied.add(quad.graph_name)
        add_quads(store, added)
        # A store keeps a named graph whose last quad was removed (SPARQL's CREATE GRAPH semantics).
        for graph in emptied:
            if not isinstance(graph, DefaultGraph) and next(store.quads_for_pattern(None, None, None, graph), None) is None:
                store.remove_graph(graph)
        store.flush()
        return sum(1 for _ in store.named_graphs())
    finally:
        del store
        gc.collect()  # the store releases its RocksDB lock only when the object is freed


def add_quads(store: Store, path: Path) -> None:
    """Add the quads of the N-Quads file ``path`` to ``store``, a chunk at a time (bounded memory).

    Bulk-loaded like a new store (into files that RocksDB then takes in whole):
    three times as fast as ``Store.extend``'s transaction per chunk.
    """
    for chunk in read_chunks(path):
        store.bulk_load(chunk, format=RdfFormat.N_QUADS, lenient=True)
