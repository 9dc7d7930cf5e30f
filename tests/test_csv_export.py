"""kg export neo4j-csv: node and relationship CSVs with neo4j-admin headers, read back as neo4j-admin would."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import KgError
from kg.stores import csv as csv_store
from kg.stores.oxigraph import open_store
from kg.stores.property_graph import NODE_LABELS, RELATIONSHIP_TYPES, PropertyGraph, read_property_graph


@pytest.fixture(scope="module")
def exported(pg_mini_graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("csv") / "neo4j-import"
    csv_store.export_csv(pg_mini_graph, out)
    return out


def read_admin_csv(path: Path) -> list[dict]:
    """Parse like neo4j-admin: header types say which columns are arrays (split on U+001F); empty means absent."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header, out = rows[0], []
    for row in rows[1:]:
        record = {}
        for name, value in zip(header, row):
            key = name.split(":")[0] or name.lstrip(":")  # iri:ID -> iri, :LABEL -> LABEL
            if value == "":
                continue
            record[key] = value.split("\x1f") if name.endswith(":string[]") else value
        out.append(record)
    return out


def test_csv_export_writes_one_file_per_label_and_type(exported):
    names = sorted(p.name for p in exported.glob("*.csv"))
    assert names == sorted([f"nodes_{label}.csv" for label in NODE_LABELS]
                           + [f"relationships_{rtype}.csv" for rtype in RELATIONSHIP_TYPES])
    assert (exported / "neo4j-admin-import.sh").read_text().startswith("#!/bin/sh")


@pytest.mark.parametrize(
    "file,header",
    [
        ("nodes_Official.csv", "iri:ID,id,name,name_en,aliases:string[],:LABEL"),
        ("nodes_Article.csv", "iri:ID,id,name,title,date,publisher,url,file_name,:LABEL"),
        ("relationships_HOLDS_POST.csv",
         ":START_ID,:END_ID,:TYPE,role,first_seen,last_seen,articles:string[],evidence:string[]"),
        ("relationships_MENTIONS.csv", ":START_ID,:END_ID,:TYPE,articles:string[],evidence:string[]"),
        ("relationships_OVERSEES.csv", ":START_ID,:END_ID,:TYPE,articles:string[],evidence:string[]"),
    ],
)
def test_csv_export_headers(exported, file, header):
    assert (exported / file).read_text(encoding="utf-8").splitlines()[0] == header


def test_csv_export_rows_read_back_like_the_property_graph(exported, pg_mini_graph):
    graph = read_property_graph(open_store(pg_mini_graph))
    miit = next(r for r in read_admin_csv(exported / "nodes_Organization.csv") if r["id"] == "miit")
    assert miit == {"iri": "https://w3id.org/ipkg/id/organization/miit", "id": "miit", "name": "工业和信息化部",
                    "name_en": "Ministry of Industry and Information Technology",
                    "aliases": ["家产和信息化部", "工信部"], "LABEL": "Organization"}
    unnamed = next(r for r in read_admin_csv(exported / "nodes_Article.csv") if r["id"] == "001-8fdf2b91e3c68389-txt")
    assert "date" not in unnamed and unnamed["name"] == "001_8fdf2b91e3c68389.txt"  # empty field: no property
    iris = {r["iri"] for label in NODE_LABELS for r in read_admin_csv(exported / f"nodes_{label}.csv")}
    assert len(iris) == graph.counts()["nodes"]
    for rtype, rows in graph.relationships.items():
        exported_rows = read_admin_csv(exported / f"relationships_{rtype}.csv")
        assert len(exported_rows) == len(rows)
        assert all(r["START_ID"] in iris and r["END_ID"] in iris for r in exported_rows)
    (post,) = [r for r in read_admin_csv(exported / "relationships_HOLDS_POST.csv") if r["role"] == "部长"]
    assert post["articles"] == ["000-3fbe88de0c0c7436-txt", "001-8fdf2b91e3c68389-txt"]
    assert post["evidence"][1] == "家产和信息化部部长 金壮龙:"
    assert post["first_seen"] == "2021-12-25"


def test_csv_export_import_command_names_every_file(exported):
    command = csv_store.import_command("import")
    assert command.startswith("neo4j-admin database import full neo4j --overwrite-destination")
    assert "--array-delimiter=U+001F" in command
    for path in exported.glob("*.csv"):
        flag = "--nodes" if path.name.startswith("nodes_") else "--relationships"
        assert f"{flag}=import/{path.name}" in command
    assert csv_store.import_command(".") in (exported / "neo4j-admin-import.sh").read_text()


def test_csv_export_readme_shows_the_exact_import_command():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "kg export neo4j-csv import --graph graph\n" + csv_store.import_command("import") + "\n" in readme


def test_csv_export_refuses_a_value_holding_the_array_delimiter(tmp_path):
    graph = PropertyGraph()
    graph.nodes["Sector"].append({"id": "x", "iri": "urn:x", "name": "x", "name_en": None, "aliases": ["a\x1fb"]})
    with pytest.raises(KgError, match="array delimiter U\\+001F"):
        csv_store.write_csv(graph, tmp_path)


def test_csv_export_cli_prints_the_import_command(pg_mini_graph, tmp_path):
    result = CliRunner().invoke(app, ["export", "neo4j-csv", str(tmp_path / "import"), "--graph", str(pg_mini_graph)])
    assert result.exit_code == 0, result.output
    assert "wrote 15 CSV files (12 nodes, 21 relationships)" in result.stdout
    assert "neo4j-admin database import full neo4j" in result.stdout
