"""Write the graph of a large corpus in shards: bounded memory, parallel, then one bulk load.

``kg.graph.result_to_quads`` turns a whole ``ExtractionResult`` into one
sorted list of quads; on millions of quads that list (and the set and string
keys that sort it) no longer fits in memory, and it runs on one core. The
graph of a corpus is, however, the union of

- the quads of every entity (from the resolved entity table alone), and
- for each batch of articles, ``result_to_quads`` of that batch with the
  entities it mentions,

except for the first and last dates of a post holder's membership, which
aggregate over all articles: they are taken out of each batch and merged
(min of the firsts, max of the lasts). Articles whose IRIs could collide stay
in one batch, so their slugs are decided as in a whole-corpus build. Each batch
becomes an N-Quads shard (in worker processes when there are several); the
shards are merged by ``sort -u`` (an external merge sort: memory stays bounded)
into ``graph.nq``, the same sorted, duplicate-free file ``write_graph`` makes,
which is bulk-loaded into the store and streamed into ``graph.trig`` and
``graph.ttl``.
"""

from __future__ import annotations

import gc
import itertools
import os
import shutil
import subprocess
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Store, parse, serialize

from kg.model import DocExtraction, Entity, ExtractionResult

BATCH_DOCUMENTS = 200
SHARD_DIR = "shards"
LOAD_CHUNK_LINES = 100_000


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


def membership_dates(quads: list[Quad]) -> tuple[list[Quad], dict[str, tuple[str, str]]]:
    """Split off the firstSeen/lastSeen quads: (other quads, membership IRI -> (first, last))."""
    from kg.vocab import IPKG

    first, last = str(IPKG.firstSeen), str(IPKG.lastSeen)
    kept, dates = [], {}
    for quad in quads:
        predicate = quad.predicate.value
        if predicate == first or predicate == last:
            seen = dates.get(quad.subject.value, (None, None))
            value = quad.object.value
            if predicate == first:
                seen = (value if seen[0] is None else min(seen[0], value), seen[1])
            else:
                seen = (seen[0], value if seen[1] is None else max(seen[1], value))
            dates[quad.subject.value] = seen
        else:
            kept.append(quad)
    return kept, dates


def batch_shard(entities: dict[str, Entity], documents: list[DocExtraction], base_iri: str) -> tuple[bytes, dict]:
    """The N-Quads of one batch of articles (without membership dates), and the batch's membership dates."""
    from kg.graph import result_to_quads

    quads = result_to_quads(ExtractionResult(entities_for(documents, entities), documents), base_iri, ordered=False)
    kept, dates = membership_dates(quads)
    return serialize(kept, format=RdfFormat.N_QUADS), dates


def _merge_dates(total: dict, dates: dict) -> None:
    for iri, (first, last) in dates.items():
        old_first, old_last = total.get(iri, (None, None))
        total[iri] = (
            first if old_first is None else (old_first if first is None else min(old_first, first)),
            last if old_last is None else (old_last if last is None else max(old_last, last)),
        )


def _shard_task(args: tuple) -> tuple[bytes, dict]:
    return batch_shard(*args)


def write_shards(
    result: ExtractionResult, folder: Path, base_iri: str, pool=None, colliding: set[str] | None = None
) -> list[Path]:
    """Write the graph of ``result`` as N-Quads shards in ``folder/shards``; returns their paths.

    ``result.documents`` may be any iterable (a generator reading them from
    the cache keeps memory bounded); then give ``colliding`` (see
    ``colliding_slugs``). ``pool`` (a ``kg.parallel.Executor``) makes the
    shards of the article batches; default: this process.
    """
    from kg.graph import result_to_quads
    from kg.vocab import IPKG, XSD

    shard_dir = folder / SHARD_DIR
    shard_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    entity_quads = result_to_quads(ExtractionResult(result.entities, []), base_iri)
    paths.append(shard_dir / "entities.nq")
    serialize(entity_quads, paths[-1], RdfFormat.N_QUADS)
    del entity_quads
    batches = document_batches(result.documents, BATCH_DOCUMENTS, colliding)
    tasks = ((entities_for(batch, result.entities), batch, base_iri) for batch in batches)
    dates: dict[str, tuple[str, str]] = {}
    mapper = pool.map if pool is not None else lambda function, items: map(function, items)
    for number, (data, batch_dates) in enumerate(mapper(_shard_task, tasks)):
        paths.append(shard_dir / f"{number:06d}.nq")
        paths[-1].write_bytes(data)
        _merge_dates(dates, batch_dates)
    date_type = NamedNode(str(XSD.date))
    date_quads = []
    for iri, (first, last) in sorted(dates.items()):
        if first is not None:
            date_quads.append(Quad(NamedNode(iri), NamedNode(str(IPKG.firstSeen)), Literal(first, datatype=date_type), DefaultGraph()))
        if last is not None:
            date_quads.append(Quad(NamedNode(iri), NamedNode(str(IPKG.lastSeen)), Literal(last, datatype=date_type), DefaultGraph()))
    paths.append(shard_dir / "membership-dates.nq")
    serialize(date_quads, paths[-1], RdfFormat.N_QUADS)
    return paths


def merge_shards(shards: Iterable[Path], target: Path, workers: int = 1) -> None:
    """Sort and deduplicate the lines of the shards into ``target`` (external merge sort: bounded memory)."""
    shards = [str(p) for p in shards]
    sort = shutil.which("sort")
    if sort:
        env = {**os.environ, "LC_ALL": "C"}  # byte order: the order of code points, as Python sorts str
        command = [sort, "-u", "-S", "256M", f"--parallel={max(1, workers)}", "-T", str(target.parent), "-o", str(target), *shards]
        subprocess.run(command, check=True, env=env)
        return
    # Without GNU sort (not on Linux or macOS): in memory.
    lines = set()
    for shard in shards:
        with open(shard, "rb") as handle:
            lines.update(handle)
    with open(target, "wb") as handle:
        handle.writelines(sorted(lines))


def _load_store(nquads: Path, location: Path, failures: list[BaseException]) -> None:
    # In chunks: one bulk_load of the whole file buffers about a million quads per thread (2 GB at
    # 2.3M quads); 100,000 lines at a time keep the loader under 250 MB at the same speed.
    try:
        store = Store(str(location))
        with open(nquads, "rb") as handle:
            while chunk := b"".join(itertools.islice(handle, LOAD_CHUNK_LINES)):
                store.bulk_load(chunk, format=RdfFormat.N_QUADS)
        store.flush()
        del store
    except BaseException as err:  # noqa: BLE001  handed to the main thread, which raises it
        failures.append(err)


def write_graph_from_shards(shards: list[Path], folder: Path, base_iri: str | None = None, workers: int = 1) -> dict:
    """Write ``folder``'s store, graph.nq, graph.trig and graph.ttl from N-Quads shards; returns counts.

    Same files and counts as ``kg.stores.oxigraph.write_graph`` over the union of the shards.
    """
    from kg.stores.oxigraph import NQUADS_FILE, STORE_DIR, TRIG_FILE, TURTLE_FILE, graph_prefixes

    folder = Path(folder)
    nquads = folder / NQUADS_FILE
    merge_shards(shards, nquads, workers)
    shutil.rmtree(folder / SHARD_DIR, ignore_errors=True)
    counts = {"quads": 0, "triples_default": 0}
    graphs: set[str] = set()

    def counted(quads: Iterable[Quad]) -> Iterator[Quad]:
        for quad in quads:
            counts["quads"] += 1
            if isinstance(quad.graph_name, DefaultGraph):
                counts["triples_default"] += 1
            else:
                graphs.add(quad.graph_name.value)
            yield quad

    # The bulk load runs in Rust without the GIL: the exports are written meanwhile.
    fresh, target = folder / f"{STORE_DIR}.new", folder / STORE_DIR
    shutil.rmtree(fresh, ignore_errors=True)
    failures: list[BaseException] = []
    loader = threading.Thread(target=_load_store, args=(nquads, fresh, failures), name="kg-bulk-load")
    loader.start()
    try:
        prefixes = graph_prefixes(base_iri)
        quads = counted(parse(path=nquads, format=RdfFormat.N_QUADS))
        serialize(quads, folder / TRIG_FILE, RdfFormat.TRIG, prefixes=prefixes)
        default = (q.triple for q in parse(path=nquads, format=RdfFormat.N_QUADS) if isinstance(q.graph_name, DefaultGraph))
        serialize(default, folder / TURTLE_FILE, RdfFormat.TURTLE, prefixes=prefixes)
    finally:
        loader.join()
    if failures:
        raise failures[0]
    gc.collect()  # the store releases its RocksDB lock only when the object is freed
    shutil.rmtree(target, ignore_errors=True)
    fresh.rename(target)
    return {**counts, "named_graphs": len(graphs)}
