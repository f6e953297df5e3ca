"""kg similar: the category signal equals the stored query's numbers; text and documents move the ranking."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kg.backends.rdf import RdfBackend
from kg.similar_cli import similar as similar_command
from kg.similarity import graph_of, round4, similar, weighted_jaccard

from helpers import record_a, record_b
from test_queries import record_c


def test_round4_rounds_half_up() -> None:
    assert round4(0.00005) == 0.0001 and round4(0.12344) == 0.1234 and round4(1.0) == 1.0


def test_weighted_jaccard_weighs_rare_categories_more() -> None:
    w = {"A": 1.0, "B": 0.5, "C": 0.25}
    assert weighted_jaccard({"A", "C"}, {"A", "B"}, w) == round4(1.0 / 1.75)
    assert weighted_jaccard(set(), set(), w) == 0.0


def test_category_scores_equal_the_stored_query(tmp_path) -> None:  # type: ignore[no-untyped-def]
    records = [record_a(), record_b(), record_c()]
    with RdfBackend(tmp_path / "s") as backend:
        backend.load(records)
        for place in ("宁波", "杭州", "滨江高新园", "浙江"):
            stored = {r["match"]: r["score"] for r in backend.query("similar-places", {"place": place, "limit": 100}).dicts()}
            _, matches = similar(graph_of(backend.records()), place, (1.0, 0.0, 0.0), limit=100)
            assert {m.name: m.categories for m in matches} == stored


def test_similar_command_explains_in_json(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = tmp_path / "s"
    with RdfBackend(store) as backend:
        backend.load([record_a(), record_b(), record_c()])
    result = CliRunner().invoke(similar_command, ["滨江高新园", "--store", str(store), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {"宁波", "浙江"} <= {r["place"] for r in rows}
    first = next(r for r in rows if r["place"] == "宁波")
    assert first["shared"] == ["RENT_RELIEF"] and first["categories"] == 0.3333  # 0.5 / (0.5 + 0.5 + 0.5)
    assert first["side_by_side"][0]["category"] == "RENT_RELIEF"
    assert first["side_by_side"][0]["match"] == ["宁波对中小企业减免三个月房租，并允许延期纳税。"]
    table = CliRunner().invoke(similar_command, ["滨江高新园", "--store", str(store), "-k", "3"])
    assert "[RENT_RELIEF]" in table.output
    missing = CliRunner().invoke(similar_command, ["不存在的地方", "--store", str(store)])
    assert missing.exit_code == 2  # an unknown name is a usage error
