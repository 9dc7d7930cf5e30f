"""Checks on the Chinese gazetteers in kg/resources/zh/ (data files, no code).

Every table must parse as TAB-separated text with the documented header; a
label belongs to one entity file only; aliases never shadow another entry's
label; cross references (parent, broader, issuer, posts) point at existing
labels; text is Simplified Chinese with no edition years in labels; and the
gold seeds' entity labels are all present with the right type.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from kg.lexicon import ENTITY_FILES  # the loader's own table of files per entity type

ROOT = Path(__file__).resolve().parent.parent
RES = ROOT / "kg" / "resources" / "zh"
SEEDS = ROOT.parent / "shared" / "gold" / "seeds.jsonl"

HEADERS = {
    "officials.tsv": ["label", "name_en", "aliases", "posts", "note"],
    "organizations.tsv": ["label", "name_en", "aliases", "parent", "kind", "note"],
    "programs.tsv": ["label", "name_en", "aliases", "note"],
    "sectors.tsv": ["label", "name_en", "aliases", "broader", "note"],
    "documents.tsv": ["label", "name_en", "aliases", "issuer", "note"],
    "events.tsv": ["label", "name_en", "aliases", "note"],
    "spin.tsv": ["canonical", "spun", "note"],
    "titles.tsv": ["title", "kind", "name_en"],
    "not_entities.tsv": ["surface", "type", "reason"],
    "cities.tsv": ["label", "short", "bare", "level", "province"],
    "prefectures.tsv": ["label", "short", "aliases", "province"],
}
ORG_KINDS = {"ministry", "department", "agency", "council", "party", "media", "group", "institution", "association"}
TITLE_KINDS = {"leader", "department", "party", "spokesperson", "state", "association"}
# An edition year range such as (2021-2023年) or 2021—2035年 must not be part of a label.
YEAR_RANGE = re.compile(r"\d{4}\s*[-—–－~～至]\s*\d{4}")


def read_rows(name: str) -> tuple[list[str], list[list[str]]]:
    """Header and data rows of one table, comment lines (#) skipped."""
    with (RES / name).open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    rows = list(csv.reader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return rows[0], rows[1:]


def read_dicts(name: str) -> list[dict[str, str]]:
    header, rows = read_rows(name)
    return [dict(zip(header, row)) for row in rows]


def split(cell: str) -> list[str]:
    return [part for part in cell.split("|") if part]


def entity_rows() -> list[tuple[str, dict[str, str]]]:
    return [(etype, row) for etype, name in ENTITY_FILES.items() for row in read_dicts(name)]


@pytest.mark.parametrize("name", sorted(HEADERS))
def test_resources_table_parses_with_header(name):
    header, rows = read_rows(name)
    assert header == HEADERS[name]
    assert rows, f"{name} has no data rows"
    for number, row in enumerate(rows, start=2):
        assert len(row) == len(header), f"{name} row {number} has {len(row)} cells: {row}"
        assert row[0].strip() == row[0] and row[0], f"{name} row {number}: empty or padded key {row[0]!r}"
        for cell in row:
            assert "\u3000" not in cell and cell == cell.strip(), f"{name} row {number}: stray spaces in {cell!r}"


def test_resources_labels_unique_across_files():
    counts = Counter(row["label"] for _, row in entity_rows())
    assert [label for label, n in counts.items() if n > 1] == []


def test_resources_aliases_never_another_label():
    # Two rows may share an alias (国家计委 of two commissions: the article's full name picks one), but only rows
    # of one type: the choice relabels a mention, it never retypes it.
    labels = {row["label"] for _, row in entity_rows()}
    owners: dict[str, tuple[str, str]] = {}
    problems = []
    for etype, row in entity_rows():
        for alias in split(row["aliases"]):
            if alias in labels:
                problems.append(f"alias {alias} of {row['label']} is a label")
            if alias in owners and owners[alias][0] != etype:
                problems.append(f"alias {alias} is shared by the {owners[alias][0]} {owners[alias][1]} and the {etype} {row['label']}")
            owners.setdefault(alias, (etype, row["label"]))
    assert problems == []


def test_resources_not_entities_do_not_shadow_entries():
    surfaces = {row["label"] for _, row in entity_rows()}
    surfaces |= {alias for _, row in entity_rows() for alias in split(row["aliases"])}
    types = set(ENTITY_FILES)
    for row in read_dicts("not_entities.tsv"):
        assert row["surface"] not in surfaces, row["surface"]
        assert row["type"] in types, row


def test_resources_cross_references_exist():
    orgs = {row["label"] for row in read_dicts("organizations.tsv")}
    sectors = {row["label"] for row in read_dicts("sectors.tsv")}
    titles = {row["title"] for row in read_dicts("titles.tsv")}
    problems = []
    for row in read_dicts("organizations.tsv"):
        problems += [f"parent {p} of {row['label']}" for p in split(row["parent"]) if p not in orgs]
        if row["kind"] not in ORG_KINDS:
            problems.append(f"kind {row['kind']} of {row['label']}")
    for row in read_dicts("sectors.tsv"):
        problems += [f"broader {b} of {row['label']}" for b in split(row["broader"]) if b not in sectors]
    for row in read_dicts("documents.tsv"):
        problems += [f"issuer {i} of {row['label']}" for i in split(row["issuer"]) if i not in orgs]
    for row in read_dicts("officials.tsv"):
        for post in split(row["posts"]):
            org, role, *years = post.split(":")
            if org not in orgs:
                problems.append(f"post org {org} of {row['label']}")
            if role not in titles:
                problems.append(f"post role {role} of {row['label']}")
            if years and not re.fullmatch(r"(\d{4}(-(\d{4})?)?)?", years[0]):
                problems.append(f"post years {years[0]} of {row['label']}")
    for row in read_dicts("titles.tsv"):
        if row["kind"] not in TITLE_KINDS:
            problems.append(f"title kind {row['kind']} of {row['title']}")
    assert problems == []


def test_resources_official_names_are_pinyin():
    for row in read_dicts("officials.tsv"):
        assert re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z']+", row["name_en"]), row


def test_resources_text_is_simplified_without_year_ranges():
    opencc = pytest.importorskip("opencc")
    to_simplified = opencc.OpenCC("t2s")
    problems = []
    for _, row in entity_rows():
        for surface in [row["label"], *split(row["aliases"])]:
            if to_simplified.convert(surface) != surface:
                problems.append(f"traditional: {surface}")
        if YEAR_RANGE.search(row["label"]):
            problems.append(f"year range in label: {row['label']}")
        if "《" in row["label"] or "》" in row["label"]:
            problems.append(f"book-title marks in label: {row['label']}")
    surnames = [line for line in (RES / "surnames.txt").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#")]
    problems += [f"surname {s}" for s in surnames if to_simplified.convert(s) != s or not 1 <= len(s) <= 2]
    assert len(surnames) == len(set(surnames)) >= 400
    assert problems == []


def test_resources_spin_pairs_ordered_and_distinct():
    rows = read_dicts("spin.tsv")
    pairs = [(row["canonical"], row["spun"]) for row in rows]
    assert all(c != s for c, s in pairs)
    assert len(pairs) == len(set(pairs))
    lengths = [len(s) for _, s in pairs]
    assert lengths == sorted(lengths, reverse=True), "spin.tsv must be ordered longest spun form first"
    for row in rows:
        if len(row["spun"]) == 1 or len(row["canonical"]) == 1:
            assert "risky" in row["note"], row


@pytest.mark.parametrize(
    "canonical,spun",
    [
        ("工业", "家产"),
        ("装备", "拆备"),
        ("机器人", "呆板人"),
        ("发动机", "带动机"),
        ("中央", "地方"),
        ("行动", "动做"),
    ],
)
def test_resources_spin_has_pairs_seen_in_seed_001(canonical, spun):
    assert (canonical, spun) in {(row["canonical"], row["spun"]) for row in read_dicts("spin.tsv")}


@pytest.mark.skipif(not SEEDS.exists(), reason="shared gold seeds are not beside the repository")
def test_resources_cover_gold_seed_labels():
    typed = {(etype, row["label"]) for etype, row in entity_rows()}
    missing = set()
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        for entity in json.loads(line)["entities"]:
            if (entity["type"], entity["label"]) not in typed:
                missing.add((entity["type"], entity["label"]))
    assert sorted(missing) == []


@pytest.mark.parametrize(
    "etype,label",
    [
        ("Sector", "高档数控机床和机器人"),
        ("Sector", "海洋工程装备及高技术船舶"),
        ("Sector", "生物医药及高性能医疗器械"),
        ("Sector", "先进轨道交通装备"),
        ("Sector", "车规级芯片"),
        ("Organization", "IMT-2030(6G)推进组"),
        ("Organization", "IMT-2030(6G)工作组"),
        ("Organization", "广东省工业和信息化厅"),
        ("Organization", "浙江省经济和信息化厅"),
        ("Program", "“5G+工业互联网”512工程"),
        ("PolicyDocument", "“十四五”医药工业发展规划"),
        ("PolicyDocument", "推动工业领域设备更新实施方案"),
        ("Event", "第十四届全国人民代表大会第二次会议"),
    ],
)
def test_resources_have_official_names_as_single_labels(etype, label):
    typed = {(t, row["label"]) for t, row in entity_rows()}
    assert (etype, label) in typed


def test_resources_every_province_has_party_committee_and_government():
    orgs = {row["label"]: row for row in read_dicts("organizations.tsv")}
    governments = [label for label in orgs if label.endswith("人民政府") and orgs[label]["parent"] == "国务院"]
    committees = [label for label in orgs if label.startswith("中国共产党") and label.endswith("委员会")
                  and label[5:-3].endswith(("省", "市", "自治区"))]
    assert len(governments) == len(committees) == 31
    for government in governments:
        place = government.removesuffix("人民政府")
        assert f"中国共产党{place}委员会" in orgs, place
        assert any(row["parent"] == government for row in orgs.values()), f"no industry department under {government}"


@pytest.mark.parametrize(
    "traditional,label",
    [
        ("雲端運算", "云计算"),
        ("人工智慧", "人工智能"),
        ("太陽光電", "光伏"),
        ("離岸風電", "海上风电"),
        ("數控工具機", "数控机床"),
        ("航太", "航空航天"),
        ("新華通訊社", "新华通讯社"),
    ],
)
def test_resources_taiwan_usage_resolves_after_normalization(traditional, label):
    pytest.importorskip("opencc")
    from kg.lexicon import load_lexicon
    from kg.normalize import normalize

    text = normalize(f"推動{traditional}發展。新聞報導指出，產業政策將持續推進。").text
    found = {entry.label for _, _, entry in load_lexicon().find(text)}
    assert label in found, text


def test_resources_prefectures_are_autonomous_prefectures_of_a_province():
    provinces = {row["label"].removesuffix("人民政府") for row in read_dicts("organizations.tsv")
                 if re.fullmatch(r".{2,8}(?:省|自治区)人民政府", row["label"])}
    rows = read_dicts("prefectures.tsv")
    for row in rows:
        assert row["label"].endswith("自治州") and row["label"].startswith(row["short"]), row
        assert row["province"] in provinces, row
    # a short name (with 州) names one prefecture, and no city's name is one
    forms = [row["short"] + "州" for row in rows] + [alias for row in rows for alias in split(row["aliases"])]
    assert len(forms) == len(set(forms))
    assert not set(forms) & {row["short"] for row in read_dicts("cities.tsv")}  # (德州 is a city)


def test_resources_cities_are_cities_of_a_province():
    provinces = {row["label"].removesuffix("人民政府") for row in read_dicts("organizations.tsv")
                 if re.fullmatch(r".{2,8}(?:省|自治区|市)人民政府", row["label"])}
    for row in read_dicts("cities.tsv"):
        assert row["label"].endswith("市") and row["province"] in provinces, row
        assert row["short"] in ("", row["label"][:-1]) and row["bare"] in ("yes", "no"), row
        assert row["bare"] == "no" or row["short"], row
