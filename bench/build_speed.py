"""How fast is ``kg build``, next to what an analyst would use instead?

    python bench/build_speed.py [--mb 20] [--big-mb 100] [--workers 1,2] [--json out.json]

Makes a corpus of at least ``--mb`` MiB (bench/corpus.py: varied articles from
data/corpus in plain, Traditional, pinyin-annotated, spun, HTML and GB18030
forms) and measures, on that corpus, each run in its own process (so peak RSS
is its own):

- the full ``kg build`` (read, normalize, NER, relations, resolve, RDF store,
  exports, Cypher database; no SHACL validation) with 1 and 2 workers:
  chars/s, docs/s, peak RSS, wall time per stage; and once more with
  ``--no-cypher`` (the RDF store and exports only, as the speed issue counts
  a full build);
- baseline A: spaCy ``blank("zh")`` with the jieba segmenter and an
  EntityRuler holding the same dictionary terms (NER only);
- baseline B: reading and decoding the files (the floor);
- extraction alone with each tokenizer (char, fast-char, chunks);
- an incremental rebuild (nothing changed; ten files added);
- the full build on ``--big-mb`` MiB (peak RSS: is memory bounded by the batch?).

Needs the bench extra for baseline A (pip install -e '.[bench]'). Prints a
Markdown table. This is a script, not a timed test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PRELUDE = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    def cpu_s():
        own = resource.getrusage(resource.RUSAGE_SELF)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
    def peak_mb():
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        return round(own, 1), round(children, 1)
    """
)

BUILD = PRELUDE + textwrap.dedent(
    """
    from kg import api
    corpus, out, workers, incremental = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "1"
    cypher = len(sys.argv) < 6 or sys.argv[5] != "no-cypher"
    import os
    load = os.getloadavg()[0]
    started, cpu = time.perf_counter(), cpu_s()
    report = api.build([Path(corpus)], Path(out), validate=False, workers=workers, incremental=incremental, cypher=cypher)
    wall, cpu = time.perf_counter() - started, cpu_s() - cpu
    own, children = peak_mb()
    print(json.dumps({"wall": wall, "cpu": cpu, "load": [load, os.getloadavg()[0]], "rss_mb": own,
                      "worker_rss_mb": children, "report": report}))
    """
)

BASELINE_A = PRELUDE + textwrap.dedent(
    """
    import spacy
    from kg.api import read_articles
    from kg.lexicon import load_lexicon
    texts = [a.text for a in read_articles([Path(sys.argv[1])], [])]
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    ruler = nlp.add_pipe("entity_ruler")
    lex = load_lexicon()
    ruler.add_patterns([{"label": e.type, "pattern": s} for s, e in lex.surfaces.items() if e.type != "NotEntity"])
    list(nlp.pipe(texts[:3]))  # jieba loads its dictionary on first use
    started, cpu = time.perf_counter(), time.process_time()
    entities = sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=64))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    started, jieba_cpu = time.perf_counter(), time.process_time()
    import jieba
    for text in texts:
        jieba.lcut(text)
    jieba_wall, jieba_cpu = time.perf_counter() - started, time.process_time() - jieba_cpu
    own, children = peak_mb()
    print(json.dumps({"wall": wall, "cpu": cpu, "jieba_wall": jieba_wall, "jieba_cpu": jieba_cpu, "entities": entities,
                      "rss_mb": own, "chars": sum(map(len, texts)), "docs": len(texts)}))
    """
)

BASELINE_B = PRELUDE + textwrap.dedent(
    """
    from kg.ingest import decode_bytes, iter_source_files
    started, cpu = time.perf_counter(), time.process_time()
    chars = files = 0
    for path in iter_source_files([Path(sys.argv[1])]):
        text, _ = decode_bytes(path.read_bytes(), str(path))
        chars += len(text)
        files += 1
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    own, _ = peak_mb()
    print(json.dumps({"wall": wall, "cpu": cpu, "chars": chars, "files": files, "rss_mb": own}))
    """
)

TOKENIZERS = PRELUDE + textwrap.dedent(
    """
    import copy
    from kg.api import read_articles
    from kg.nlp import extract_article
    articles = list(read_articles([Path(sys.argv[1])], []))[: int(sys.argv[2])]
    chars = sum(len(a.text) for a in articles)
    out = {"chars": chars, "docs": len(articles)}
    for tokenizer in ("char", "fast-char", "chunks"):
        extract_article(copy.deepcopy(articles[0]), tokenizer=tokenizer)
        batch = copy.deepcopy(articles)
        started = time.process_time()
        for article in batch:
            extract_article(article, tokenizer=tokenizer)
        out[tokenizer] = time.process_time() - started
    print(json.dumps(out))
    """
)


def run(script: str, *args: str) -> dict:
    """Run a measurement in a fresh interpreter; return the JSON it prints."""
    done = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise SystemExit(f"measurement failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def article_chars(corpus: Path) -> tuple[int, int]:
    """Characters of article text (what extraction reads) and number of articles."""
    from kg.api import read_articles

    texts = [a.text for a in read_articles([corpus], [])]
    return sum(map(len, texts)), len(texts)


def mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.iterdir()) / 2**20


def fmt_rate(chars: int, seconds: float) -> str:
    return f"{chars / seconds / 1e6:.2f}M" if seconds else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20, help="corpus size in MiB (default 20)")
    parser.add_argument("--big-mb", type=float, default=100, help="size of the memory run (0 to skip)")
    parser.add_argument("--workers", default="1,2", help="worker counts to measure (default 1,2)")
    parser.add_argument("--sample", type=int, default=400, help="articles for the tokenizer comparison")
    parser.add_argument("--json", type=Path, help="also write the measurements here")
    parser.add_argument("--workdir", type=Path, help="keep corpora and graphs here (default: a temporary folder)")
    args = parser.parse_args()

    from bench.corpus import make_corpus

    work = args.workdir or Path(tempfile.mkdtemp(prefix="kg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / f"corpus-{args.mb:g}mb"
    if not corpus.is_dir():
        make_corpus(corpus, args.mb)
    chars, docs = article_chars(corpus)
    results: dict = {"corpus": {"mib": round(mb(corpus), 1), "files": len(list(corpus.iterdir())),
                                "articles": docs, "chars": chars}}
    print(f"corpus: {results['corpus']}", flush=True)

    results["baseline_b"] = run(BASELINE_B, str(corpus))
    print("baseline B (read+decode):", results["baseline_b"], flush=True)
    results["baseline_a"] = run(BASELINE_A, str(corpus))
    print("baseline A (spaCy+jieba+EntityRuler):", {k: v for k, v in results["baseline_a"].items()}, flush=True)
    results["tokenizers"] = run(TOKENIZERS, str(corpus), str(args.sample))
    print("tokenizers:", results["tokenizers"], flush=True)

    results["builds"] = {}
    for workers in [int(w) for w in args.workers.split(",")]:
        out = work / f"graph-{workers}"
        results["builds"][workers] = run(BUILD, str(corpus), str(out), str(workers), "0")
        print(f"full build, {workers} worker(s): wall {results['builds'][workers]['wall']:.1f}s", flush=True)

    # The "full build" (read … RDF store written and exports), without the embedded Cypher database
    most = max(results["builds"], key=int)
    results["no_cypher"] = run(BUILD, str(corpus), str(work / f"graph-{most}-no-cypher"), str(most), "0", "no-cypher")
    results["no_cypher"]["workers"] = most
    print(f"build without the Cypher database, {most} worker(s): wall {results['no_cypher']['wall']:.1f}s", flush=True)

    first = min(results["builds"])
    out = work / f"graph-{first}"
    results["unchanged"] = run(BUILD, str(corpus), str(out), str(first), "1")
    from bench.corpus import add_articles

    added = add_articles(corpus, 10, start=900000)
    results["ten_added"] = run(BUILD, str(corpus), str(out), str(first), "1")
    for path in added:
        path.unlink()

    if args.big_mb:
        big = work / f"corpus-{args.big_mb:g}mb"
        if not big.is_dir():
            make_corpus(big, args.big_mb, seed=11)
        big_chars, big_docs = article_chars(big)
        workers = max(results["builds"])
        results["big"] = run(BUILD, str(big), str(work / "graph-big"), str(workers), "0")
        results["big"]["chars"], results["big"]["docs"], results["big"]["mib"] = big_chars, big_docs, round(mb(big), 1)
        print(f"big build: wall {results['big']['wall']:.1f}s", flush=True)

    print()
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")


def store_update(report: dict) -> str:
    """How a build made its store: updated by the difference with the previous graph, or loaded whole."""
    update = report.get("store_update") or {}
    if update.get("method") == "diff":
        return f"updated (removed {update['removed']}, added {update['added']} quads)"
    return f"loaded whole ({update.get('reason', 'before store updates')})"


def table(results: dict) -> str:
    """The Markdown tables of the measurements."""
    c = results["corpus"]
    chars, docs = c["chars"], c["articles"]
    a, b = results["baseline_a"], results["baseline_b"]
    rows = [
        f"Corpus: {c['mib']} MiB, {c['files']} files, {docs} articles, {chars / 1e6:.1f}M characters of article text.",
        "",
        "| run | wall s | chars/s (wall) | docs/s | CPU s | chars per CPU-s | peak RSS MB (main / largest child¹) | vs A (wall) |",
        "|---|---|---|---|---|---|---|---|",
    ]
    rate_a = chars / a["wall"]
    for workers, run_ in sorted(results["builds"].items(), key=lambda kv: int(kv[0])):
        rate = chars / run_["wall"]
        rows.append(
            f"| kg build, {workers} worker(s) | {run_['wall']:.1f} | {rate / 1e6:.2f}M | {docs / run_['wall']:.0f} | "
            f"{run_['cpu']:.1f} | {chars / run_['cpu'] / 1e6:.2f}M | {run_['rss_mb']:.0f} / {run_['worker_rss_mb']:.0f} | "
            f"{rate / rate_a:.2f}× |"
        )
    if "no_cypher" in results:
        run_ = results["no_cypher"]
        rate = chars / run_["wall"]
        rows.append(
            f"| kg build --no-cypher, {run_['workers']} worker(s) | {run_['wall']:.1f} | {rate / 1e6:.2f}M | "
            f"{docs / run_['wall']:.0f} | {run_['cpu']:.1f} | {chars / run_['cpu'] / 1e6:.2f}M | "
            f"{run_['rss_mb']:.0f} / {run_['worker_rss_mb']:.0f} | {rate / rate_a:.2f}× |"
        )
    rows.append(f"| baseline A: spaCy + jieba + EntityRuler (NER only) | {a['wall']:.1f} | {rate_a / 1e6:.2f}M | "
                f"{docs / a['wall']:.0f} | {a['cpu']:.1f} | {chars / a['cpu'] / 1e6:.2f}M | {a['rss_mb']:.0f} | 1.00× |")
    rows.append(f"| jieba segmentation alone | {a['jieba_wall']:.1f} | {chars / a['jieba_wall'] / 1e6:.2f}M | "
                f"{docs / a['jieba_wall']:.0f} | {a['jieba_cpu']:.1f} | {chars / a['jieba_cpu'] / 1e6:.2f}M | | |")
    rows.append(f"| baseline B: read + decode (floor) | {b['wall']:.2f} | {b['chars'] / b['wall'] / 1e6:.1f}M | "
                f"{b['files'] / b['wall']:.0f} files/s | {b['cpu']:.2f} | {b['chars'] / b['cpu'] / 1e6:.1f}M | "
                f"{b['rss_mb']:.0f} | |")
    builds = results["builds"]
    loads = ", ".join(f"{k} worker(s) {v['load'][0]:.1f}→{v['load'][1]:.1f}" for k, v in sorted(builds.items(), key=lambda kv: int(kv[0])))
    rows.append("\n¹ Children are the worker processes, sort and the export process; a child forked by the "
                "main process counts the main process's pages until it starts its program.")
    rows.append(f"\nLoad average during the builds (2 cores; other processes share the machine): {loads}.")
    if len(builds) > 1:
        walls = {int(k): v["wall"] for k, v in builds.items()}
        one = walls[min(walls)]
        rows.append("")
        rows.append("Speed-up: " + ", ".join(f"{k} workers {one / w:.2f}×" for k, w in sorted(walls.items())))
    rows += ["", "Wall time per stage (s):", "",
             "| stage | " + " | ".join(f"{k} worker(s)" for k in sorted(builds, key=int)) + " |",
             "|---|" + "---|" * len(builds)]
    stages = list(next(iter(builds.values()))["report"]["timings_s"])
    for stage in stages:
        rows.append(f"| {stage} | " + " | ".join(str(builds[k]["report"]["timings_s"].get(stage, "")) for k in sorted(builds, key=int)) + " |")
    t = results["tokenizers"]
    rows += ["", f"Extraction alone ({t['docs']} articles, {t['chars'] / 1e6:.2f}M chars, CPU time, one process):", "",
             "| tokenizer | s | chars/s |", "|---|---|---|"]
    for name in ("char", "fast-char", "chunks"):
        rows.append(f"| {name} | {t[name]:.2f} | {t['chars'] / t[name] / 1e6:.2f}M |")
    u, ten = results["unchanged"], results["ten_added"]
    rows += ["", "Incremental:", "",
             f"- unchanged corpus: {u['wall']:.2f}s (up to date: {u['report'].get('up_to_date')})",
             f"- ten files added: {ten['wall']:.1f}s ({ten['cpu']:.1f} CPU-s), extracted {ten['report']['extracted']}, reused {ten['report']['reused']}"
             f", store {store_update(ten['report'])}, stages {ten['report']['timings_s']}"]
    if "big" in results:
        g = results["big"]
        first = builds[min(builds, key=int)]
        rows += ["", "Memory:", "",
                 f"- {c['mib']} MiB: peak RSS {first['rss_mb']:.0f} MB main, {first['worker_rss_mb']:.0f} MB largest child¹",
                 f"- {g['mib']} MiB ({g['chars'] / 1e6:.0f}M chars): wall {g['wall']:.0f}s, "
                 f"{g['chars'] / g['wall'] / 1e6:.2f}M chars/s, peak RSS {g['rss_mb']:.0f} MB main, "
                 f"{g['worker_rss_mb']:.0f} MB largest child¹"]
    return "\n".join(rows)


if __name__ == "__main__":
    main()
