"""kg.evaluate: set comparison per document, per type and micro totals."""

from __future__ import annotations

import json

import pytest

from kg import evaluate as ev
from kg.errors import InputError

GOLD = {
    "a.txt": {
        "doc": "a.txt",
        "entities": [{"type": "Official", "label": "金壮龙"}, {"type": "Organization", "label": "工业和信息化部"}],
        "relations": [{"s": "金壮龙", "p": "holdsPost", "o": "工业和信息化部", "role": "部长"}],
    }
}


@pytest.mark.parametrize(
    "pred_entities,pred_relations,ent_f1,rel_f1",
    [
        (GOLD["a.txt"]["entities"], GOLD["a.txt"]["relations"], 1.0, 1.0),
        ([{"type": "Official", "label": "金壮龙"}], [], 2 * 1.0 * 0.5 / 1.5, 0.0),
        # A wrong role is a different relation: one false positive and one false negative.
        (GOLD["a.txt"]["entities"], [{"s": "金壮龙", "p": "holdsPost", "o": "工业和信息化部", "role": "副部长"}], 1.0, 0.0),
        # The right label with the wrong type does not count.
        ([{"type": "Sector", "label": "金壮龙"}, {"type": "Organization", "label": "工业和信息化部"}], [], 0.5, 0.0),
    ],
)
def test_evaluate_micro_f1(pred_entities, pred_relations, ent_f1, rel_f1):
    pred = {"a.txt": {"doc": "a.txt", "entities": pred_entities, "relations": pred_relations}}
    scores = ev.score(GOLD, pred)
    assert scores["entities"]["micro"]["f1"] == pytest.approx(ent_f1, abs=1e-3)
    assert scores["relations"]["micro"]["f1"] == pytest.approx(rel_f1, abs=1e-3)


def test_evaluate_missing_document_counts_as_empty():
    scores = ev.score(GOLD, {})
    assert scores["missing_documents"] == ["a.txt"]
    assert scores["entities"]["micro"]["fn"] == 2
    assert scores["entities"]["micro"]["f1"] == 0.0


def test_evaluate_a_file_read_as_several_articles_is_scored_as_their_union():
    # a feed's items are articles a.txt#1, a.txt#2; the gold annotates the file a.txt whole
    pred = {"a.txt#1": {"doc": "a.txt#1", "entities": GOLD["a.txt"]["entities"][:1], "relations": GOLD["a.txt"]["relations"]},
            "a.txt#2": {"doc": "a.txt#2", "entities": GOLD["a.txt"]["entities"][1:], "relations": []},
            "ab.txt#1": {"doc": "ab.txt#1", "entities": [{"type": "Official", "label": "辛国斌"}], "relations": []}}
    scores = ev.score(GOLD, pred)
    assert scores["missing_documents"] == []
    assert scores["entities"]["micro"]["f1"] == 1.0 and scores["relations"]["micro"]["f1"] == 1.0


def test_evaluate_misses_listed_in_table():
    pred = {"a.txt": {"doc": "a.txt", "entities": [{"type": "Official", "label": "辛国斌"}], "relations": []}}
    table = ev.format_scores(ev.score(GOLD, pred), misses=True)
    assert "fp" in table and "辛国斌" in table
    assert "fn" in table and "工业和信息化部" in table


def test_evaluate_bad_jsonl_names_file_and_line(tmp_path):
    path = tmp_path / "pred.jsonl"
    path.write_text(json.dumps({"doc": "a.txt"}) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        ev.read_jsonl(path)
    assert "pred.jsonl:2" in str(info.value)
