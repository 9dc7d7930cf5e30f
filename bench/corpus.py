"""A synthetic benchmark corpus: varied articles built from data/corpus, in every noisy form.

Each article takes the opening of one seed article (title, dateline) and a
shuffled sample of paragraphs from it and from the other seeds, with the
officials' names swapped for other officials of the gazetteer (so entities
vary), then is written in one of the forms the tool meets on the web:
plain UTF-8, Traditional (OpenCC s2twp), pinyin-annotated (``國(guó)務(wù)院``),
machine-spun (the spin table applied), an HTML page with navigation clutter,
or GB18030. The output depends only on the seed and the size.
"""

from __future__ import annotations

import html
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "data" / "corpus"
FORMS = ("plain", "plain", "plain", "plain", "traditional", "pinyin", "spun", "html", "gb18030", "plain")


def read_seeds() -> list[list[str]]:
    """The paragraphs of each seed article (as the tool reads them: HTML and front matter removed)."""
    from kg.ingest import read_file

    seeds = []
    for path in sorted(SEED_DIR.iterdir()):
        for article in read_file(path):
            paragraphs = [p.strip() for p in article.text.split("\n") if p.strip()]
            if article.title and (not paragraphs or paragraphs[0] != article.title):
                paragraphs.insert(0, article.title)
            seeds.append(paragraphs)
    return seeds


class Forms:
    """The text transformations, built once (OpenCC, pypinyin and the spin table are slow to load)."""

    def __init__(self) -> None:
        import ahocorasick_rs
        import opencc

        from kg.lexicon import load_lexicon

        lex = load_lexicon()
        self.s2t = opencc.OpenCC("s2twp")
        pairs = [(c, s) for c, s in lex.spin_pairs if len(c) >= 2]
        self.spin = dict(pairs)
        self.spin_keys = list(self.spin)
        self.spin_matcher = ahocorasick_rs.AhoCorasick(self.spin_keys, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        self.officials = sorted(label for label, rec in lex.records.items() if rec.type == "Official")
        self.name_matcher = ahocorasick_rs.AhoCorasick(self.officials, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def swap_names(self, text: str, rng: random.Random) -> str:
        """Replace each dictionary official by another one, consistently within the article."""
        swap: dict[str, str] = {}
        out, pos = [], 0
        for index, start, end in self.name_matcher.find_matches_as_indexes(text):
            name = self.officials[index]
            if name not in swap:
                swap[name] = rng.choice(self.officials) if rng.random() < 0.5 else name
            out.append(text[pos:start])
            out.append(swap[name])
            pos = end
        out.append(text[pos:])
        return "".join(out)

    def spun(self, text: str) -> str:
        from kg.lexicon import replace_all

        return replace_all(text, self.spin, self.spin_matcher, self.spin_keys)

    def traditional(self, text: str) -> str:
        return self.s2t.convert(text)

    @staticmethod
    def pinyin(text: str, rng: random.Random) -> str:
        """Annotate about a third of the CJK characters with their tone-marked reading, as some pages do."""
        from pypinyin import Style, pinyin

        out = []
        for char in text:
            out.append(char)
            if "\u4e00" <= char <= "\u9fff" and rng.random() < 0.3:
                reading = pinyin(char, style=Style.TONE, errors="ignore")
                if reading and reading[0]:
                    out.append(f"({reading[0][0]})")
        return "".join(out)


def html_page(title: str, paragraphs: list[str], day: str) -> str:
    """A news page with the usual clutter around the article body."""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    nav = "".join(f'<li><a href="/c{i}.html">栏目{i}</a></li>' for i in range(12))
    related = "".join(f'<li><a href="/n{i}.html">相关新闻标题第{i}条</a></li>' for i in range(6))
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>{html.escape(title)}_新闻中心</title>\n'
        f'<meta property="article:published_time" content="{day}T09:30:00+08:00"></head>\n'
        f"<body><nav><ul>{nav}</ul></nav>\n<div class=\"article\"><h1>{html.escape(title)}</h1>\n{body}\n</div>\n"
        f"<div class=\"related\"><h3>相关阅读</h3><ul>{related}</ul></div>\n"
        "<footer>版权所有 © 新闻中心 | 关于我们 | 联系我们</footer></body></html>\n"
    )


def make_article(number: int, seeds: list[list[str]], forms: Forms, rng: random.Random) -> tuple[str, bytes]:
    """One article: (file name, bytes)."""
    base = seeds[number % len(seeds)]
    head, rest = base[:2], base[2:]
    body = [p for p in rest if rng.random() < 0.6]
    others = [p for seed in seeds if seed is not base for p in seed[2:]]
    body += rng.sample(others, min(len(others), rng.randint(2, 8)))
    rng.shuffle(body)
    paragraphs = [forms.swap_names(p, rng) for p in head + body]
    form = FORMS[number % len(FORMS)]
    stem = f"{number:06d}_{form}"
    day = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    if form == "html":
        return stem + ".html", html_page(paragraphs[0], paragraphs[1:], day).encode("utf-8")
    text = "\n\n".join(paragraphs) + "\n"
    if form == "traditional":
        text = forms.traditional(text)
    elif form == "pinyin":
        text = forms.pinyin(text, rng)
    elif form == "spun":
        text = forms.spun(text)
    encoding = "gb18030" if form == "gb18030" else "utf-8"
    return stem + ".txt", text.encode(encoding, errors="replace")


def make_corpus(folder: Path, megabytes: float, seed: int = 7) -> dict:
    """Write articles into ``folder`` until they hold at least ``megabytes`` MiB; returns counts per form."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    seeds = read_seeds()
    forms = Forms()
    target = int(megabytes * 1024 * 1024)
    total, number, per_form = 0, 0, {}
    while total < target:
        name, data = make_article(number, seeds, forms, rng)
        (folder / name).write_bytes(data)
        total += len(data)
        form = name.split("_", 1)[1].rsplit(".", 1)[0]
        per_form[form] = per_form.get(form, 0) + 1
        number += 1
    return {"files": number, "bytes": total, "forms": per_form}


def add_articles(folder: Path, count: int, start: int, seed: int = 99) -> list[Path]:
    """Write ``count`` more articles (numbered from ``start``) into ``folder``; returns their paths."""
    rng = random.Random(seed)
    seeds, forms = read_seeds(), Forms()
    paths = []
    for number in range(start, start + count):
        name, data = make_article(number, seeds, forms, rng)
        (folder / name).write_bytes(data)
        paths.append(folder / name)
    return paths


if __name__ == "__main__":
    import sys

    print(make_corpus(Path(sys.argv[1]), float(sys.argv[2]) if len(sys.argv) > 2 else 20))
