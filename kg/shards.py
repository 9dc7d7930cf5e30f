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
there are several). The shards are merged by ``sort -m -u`` (a merge of sorted
files: memory stays bounded) into ``graph.nq``, the same sorted, duplicate-free
file ``write_graph`` makes, and the default-graph shards alone into the
triples of ``graph.ttl``. The store is bulk-loaded from the merged default
graph and the named shards while ``graph.trig`` and ``graph.ttl`` are written.
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
import traceback
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from pyoxigraph import RdfFormat, Store, parse, serialize

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
    """The sorted N-Quads of one batch of articles: default-graph lines, named-graph lines, membership dates."""
    from kg.graph import result_to_nquads, sorted_nquads

    with _collector_paused():
        out = result_to_nquads(ExtractionResult(entities_for(documents, entities), documents), base_iri, dates_apart=True)
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

    serialize(parse(path=triples, format=RdfFormat.N_TRIPLES), Path(folder) / TURTLE_FILE, RdfFormat.TURTLE, prefixes=prefixes)
    serialize(parse(path=nquads, format=RdfFormat.N_QUADS), Path(folder) / TRIG_FILE, RdfFormat.TRIG, prefixes=prefixes)


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
) -> dict:
    """Write ``folder``'s store, graph.nq, graph.trig and graph.ttl from the shards of ``write_shards``; returns counts.

    Same files and counts as ``kg.stores.oxigraph.write_graph`` over the union
    of the shards. The store is loaded by up to two threads when ``workers`` > 1.
    The Turtle exports are written by a process of their own (iterating the
    quads holds the GIL); ``while_exporting()`` runs once the store is in place
    (``folder/store``), while they are written.
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

    # The bulk load runs in Rust without the GIL, and is most of this stage's work: it starts
    # at once with the named graphs (no two shards share a line of them), the merges run
    # meanwhile (sort is one process each), then the exports in a process of their own.
    store = Store(str(fresh))
    files: queue.Queue = queue.Queue()
    for path in named:
        files.put(path)
    errors: list[BaseException] = []
    loaders = [
        threading.Thread(target=_load_files, args=(store, files, errors), name=f"kg-bulk-load-{n}")
        for n in range(max(1, min(2, workers)))
    ]
    for loader in loaders:
        loader.start()
    merging, exporter, written = None, None, False
    try:
        try:
            merging = merge_sorted(shards, nquads)
            _wait(merge_sorted(default, triples))
            files.put(triples)
            counts = {"quads": 0, "triples_default": count_lines(triples)}
            _wait(merging)
            counts["quads"] = count_lines(nquads)
            exporter = _start_exports(triples, nquads, folder, graph_prefixes(base_iri))
            written = True
        finally:
            for _ in loaders:
                files.put(None)
            for loader in loaders:
                loader.join()
            if merging is not None:
                merging.wait()
            if written and not errors:
                store.flush()
                counts["named_graphs"] = sum(1 for _ in store.named_graphs())
            for err in errors:  # a loader's traceback holds its frame, and so the store
                traceback.clear_frames(err.__traceback__)
            del store
            gc.collect()  # the store releases its RocksDB lock only when the object is freed
        if errors:
            raise errors[0]
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
    return counts
