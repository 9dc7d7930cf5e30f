"""Score an extraction against gold annotations (document-level set comparison).

Entities are compared as (type, label) per document, relations as
(s, p, o, role) per document, following ``ANNOTATION.md``. Scores are given
per entity type, per relation and as micro totals.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from kg.errors import InputError
from kg.model import ENTITY_TYPES, RELATION_TYPES


def read_jsonl(path: Path) -> dict[str, dict]:
    """Read a gold-format JSON Lines file into {doc: record}."""
    records: dict[str, dict] = {}
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(str(path), f"cannot read ({err.strerror})", "check the path") from None
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise InputError(f"{path}:{number}", f"not JSON ({err.msg})", "each line must be one JSON object") from None
        if not isinstance(record, dict) or "doc" not in record:
            raise InputError(f"{path}:{number}", "record has no 'doc' field", "use the format of ANNOTATION.md")
        records[record["doc"]] = record
    return records


def entity_keys(record: dict) -> set[tuple]:
    return {(e["type"], e["label"]) for e in record.get("entities", [])}


def relation_keys(record: dict) -> set[tuple]:
    return {(r["s"], r["p"], r["o"], r.get("role") or None) for r in record.get("relations", [])}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def merge_split_documents(gold: dict[str, dict], pred: dict[str, dict]) -> dict[str, dict]:
    """Predictions for a gold document the tool read as several articles (a feed's items: ``news.xml#1``,
    ``news.xml#2``) merged into one, when the gold annotates the file whole and no prediction has its name."""
    merged = dict(pred)
    for doc in gold:
        if doc in pred:
            continue
        parts = [record for name, record in pred.items() if name.startswith(doc + "#")]
        if parts:
            merged[doc] = {"doc": doc, "entities": [e for r in parts for e in r.get("entities", [])],
                           "relations": [x for r in parts for x in r.get("relations", [])]}
    return merged


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict:
    """P/R/F1 per entity type, per relation and micro totals; documents missing from pred count as empty
    (a document the tool split into articles is scored as their union: ``merge_split_documents``)."""
    pred = merge_split_documents(gold, pred)
    counts: dict[str, dict[str, list[int]]] = {"entities": defaultdict(lambda: [0, 0, 0]), "relations": defaultdict(lambda: [0, 0, 0])}
    misses: list[dict] = []
    for doc, gold_record in gold.items():
        pred_record = pred.get(doc, {})
        for kind, keys, group in (("entities", entity_keys, 0), ("relations", relation_keys, 2)):
            g, p = keys(gold_record), keys(pred_record)
            for item in g | p:
                name = item[0] if kind == "entities" else item[1]
                bucket = counts[kind][name]
                if item in g and item in p:
                    bucket[0] += 1
                elif item in p:
                    bucket[1] += 1
                    misses.append({"doc": doc, "kind": kind, "error": "fp", "item": list(item)})
                else:
                    bucket[2] += 1
                    misses.append({"doc": doc, "kind": kind, "error": "fn", "item": list(item)})
    result: dict = {"documents": len(gold), "missing_documents": sorted(set(gold) - set(pred))}
    for kind, names in (("entities", ENTITY_TYPES), ("relations", RELATION_TYPES)):
        per = {}
        total = [0, 0, 0]
        for name in names:
            tp, fp, fn = counts[kind].get(name, [0, 0, 0])
            per[name] = _prf(tp, fp, fn)
            total = [a + b for a, b in zip(total, (tp, fp, fn))]
        result[kind] = {"per_type": per, "micro": _prf(*total)}
    result["misses"] = misses
    return result


def format_scores(scores: dict, misses: bool = False) -> str:
    """A plain-text table of the scores (and optionally the misses)."""
    lines = [f"{'':<16}{'P':>8}{'R':>8}{'F1':>8}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for kind in ("entities", "relations"):
        lines.append(kind)
        for name, s in scores[kind]["per_type"].items():
            lines.append(f"  {name:<14}{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}{s['tp']:>6}{s['fp']:>6}{s['fn']:>6}")
        m = scores[kind]["micro"]
        lines.append(f"  {'micro':<14}{m['precision']:>8.3f}{m['recall']:>8.3f}{m['f1']:>8.3f}{m['tp']:>6}{m['fp']:>6}{m['fn']:>6}")
    if scores.get("missing_documents"):
        lines.append(f"documents without a prediction: {', '.join(scores['missing_documents'])}")
    if misses:
        lines.append("")
        for miss in sorted(scores["misses"], key=lambda x: (x["doc"], x["kind"], x["error"], x["item"])):
            lines.append(f"{miss['error']}  {miss['doc'][:12]}  {miss['kind'][:3]}  " + " | ".join(str(x) for x in miss["item"] if x))
    return "\n".join(lines)
