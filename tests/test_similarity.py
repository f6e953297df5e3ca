"""kg similar: the category signal equals the stored query's numbers and ranking; levels, sentences and explanations."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import identity
from kg.backends import Backend
from kg.backends.rdf import RdfBackend
from kg.model import Entity, Measure, Record
from kg.cli.similar import similar as similar_command
from kg.similarity import find_target, places_of, rank, round4, sentences, similar, weighted_jaccard

from helpers import record_a, record_b
from test_queries import record_c
from test_select import CURATED_STORES, curated_neo4j, curated_rdf, curated_records, curated_sparql  # noqa: F401 (fixtures shared with the selection tests)


def test_round4_rounds_half_up() -> None:
    assert round4(0.00005) == 0.0001 and round4(0.12344) == 0.1234 and round4(1.0) == 1.0


def test_weighted_jaccard_weighs_rare_categories_more() -> None:
    w = {"A": 4, "B": 2, "C": 1}
    assert weighted_jaccard({"A", "C"}, {"A", "B"}, w) == round4(4 / 7)
    assert weighted_jaccard(set(), set(), w) == 0.0


def _stored(backend: Backend, place: str) -> list[tuple[str, float, str, str, str]]:
    rows = backend.query("similar-places", {"place": place, "limit": 100_000}).dicts()
    return [(r["match"], r["score"], r["shared"], r["only_target"], r["only_match"]) for r in rows]


def _ranked(backend: Backend, place: str) -> list[tuple[str, float, str, str, str]]:
    """The ranking computed here from the place × category table (what text and document weights add to)."""
    matches = rank(places_of(backend), find_target(backend, place), (1.0, 0.0, 0.0), "any")
    return [(m.name, m.categories, ",".join(m.shared), ",".join(m.only_target), ",".join(m.only_match)) for m in matches]


def _by_command(backend: Backend, place: str) -> list[tuple[str, float, str, str, str]]:
    _, matches = similar(backend, place, (1.0, 0.0, 0.0), limit=100_000, level="any")
    return [(m.name, m.score, ",".join(m.shared), ",".join(m.only_target), ",".join(m.only_match)) for m in matches]


def _places(backend: Backend) -> list[str]:
    return sorted({name for _, name, _, _ in backend.place_categories()})


def test_ranking_equals_the_stored_query_on_small_records() -> None:
    with RdfBackend(None) as backend:
        backend.load([record_a(), record_b(), record_c()])
        for place in ("宁波", "杭州", "滨江高新园", "浙江"):
            assert _ranked(backend, place) == _stored(backend, place) == _by_command(backend, place) != []




@pytest.mark.parametrize("store", CURATED_STORES)
def test_ranking_equals_the_stored_query_for_every_curated_place(store: str, request: pytest.FixtureRequest) -> None:
    backend = request.getfixturevalue(store)
    places = _places(backend)
    assert len(places) > 20
    for place in places:
        assert _ranked(backend, place) == _stored(backend, place) == _by_command(backend, place), place


def test_a_level_ranks_as_the_stored_query_with_that_level(curated_rdf: Backend) -> None:
    levels = {level for _, _, level, _ in curated_rdf.place_categories() if level}
    assert len(levels) >= 2
    found = 0
    for place in _places(curated_rdf)[::3]:
        for level in levels:
            rows = curated_rdf.query("similar-places", {"place": place, "level": level, "limit": 5}).rows
            _, matches = similar(curated_rdf, place, (1.0, 0.0, 0.0), limit=5, level=level)
            assert [(m.name, m.score) for m in matches] == [(r[0], r[1]) for r in rows], (place, level)
            found += len(rows)
    assert found > 20


@pytest.mark.parametrize("store", CURATED_STORES)
def test_the_store_reads_what_the_whole_graph_gives(store: str, request: pytest.FixtureRequest, curated_rdf: Backend) -> None:
    """Each store's category masks, places by mask and places' measures equal the defaults computed from the records,
    and the embedded store's."""
    backend = request.getfixturevalue(store)
    for level in (None, "city", "zone"):
        masks = backend.category_masks(level)
        assert masks == Backend.category_masks(backend, level) == curated_rdf.category_masks(level) and masks
        best = sorted(masks, key=lambda m: (-bin(m).count("1"), m))[:3]
        offering = sorted(backend.places_offering(best, level))
        assert offering == sorted(Backend.places_offering(backend, best, level)) == sorted(curated_rdf.places_offering(best, level)) and offering
    places = [node for node, _, _, _ in curated_rdf.place_categories()][:8]
    said = list(backend.place_measures(places))
    assert sorted(said, key=lambda m: (m.place, m.doc_id, m.order)) == \
        sorted(Backend.place_measures(backend, places), key=lambda m: (m.place, m.doc_id, m.order)) and said
    assert said == list(curated_rdf.place_measures(places))


def test_category_masks_follow_loads_replacements_and_removals() -> None:
    a, b, c = record_a(), record_b(), record_c()
    with RdfBackend(None) as backend:
        steps = [lambda: backend.load([a, b]), lambda: backend.load([c]), lambda: backend.load([dataclasses.replace(a, measures=a.measures[:1])]),
                 lambda: backend.remove("doc-b"), lambda: backend.load([b, a])]
        seen = set()
        for step in steps:
            step()
            masks = backend.category_masks()
            assert masks == Backend.category_masks(backend) and masks
            seen.add(tuple(sorted(masks.items())))
        assert len(seen) >= 3  # the steps changed the sets


def _store(tmp_path: Path, records: list[Record]) -> str:
    path = tmp_path / "s"
    with RdfBackend(path) as backend:
        backend.load(records)
    return str(path)


def test_similar_command_explains_in_json(tmp_path: Path) -> None:
    store = _store(tmp_path, [record_a(), record_b(), record_c()])
    result = CliRunner().invoke(similar_command, ["滨江高新园", "--level", "any", "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {"宁波", "浙江"} <= {r["place"] for r in rows}
    first = next(r for r in rows if r["place"] == "宁波")
    assert first["shared"] == ["RENT_RELIEF"] and first["categories"] == 0.3333  # 0.5 / (0.5 + 0.5 + 0.5)
    assert first["side_by_side"][0]["category"] == "RENT_RELIEF"
    assert first["side_by_side"][0]["match"] == ["宁波对中小企业减免三个月房租，并允许延期纳税。"]
    table = CliRunner().invoke(similar_command, ["滨江高新园", "--level", "any", "--store", store, "-k", "3"])
    assert "[RENT_RELIEF]" in table.output
    missing = CliRunner().invoke(similar_command, ["不存在的地方", "--store", store])
    assert missing.exit_code == 2  # an unknown name is a usage error


def _zone_records() -> list[Record]:
    """Two zones and a city with the same reliefs; one zone's sentence split into two sub-measures."""
    sentence = "园区对企业减免房租并缓缴社保。"
    return [
        Record(doc_id="z-1", entities=(Entity("甲高新区", "Zone"), Entity("乙高新区", "Zone"), Entity("丙市", "Region")), measures=(
            Measure(region="甲高新区", categories=("RENT_RELIEF",), text=sentence[:9], span=(0, 9)),
            Measure(region="甲高新区", categories=("SOCIAL_INSURANCE_RELIEF",), text=sentence, span=(0, 15)),
            Measure(region="乙高新区", categories=("RENT_RELIEF", "SOCIAL_INSURANCE_RELIEF"), text="乙高新区减免房租，缓缴社保。", span=(20, 33)),
            Measure(region="丙市", categories=("RENT_RELIEF", "SOCIAL_INSURANCE_RELIEF"), text="丙市减免房租，缓缴社保。", span=(40, 52)),
            Measure(region="丙市", categories=("TAX_DEFERRAL",), text="丙市延期纳税。", span=(53, 60)),
        )),
    ]


def test_a_zone_is_compared_with_zones_unless_asked_otherwise(tmp_path: Path) -> None:
    store = _store(tmp_path, _zone_records())
    by_default = json.loads(CliRunner().invoke(similar_command, ["甲高新区", "--store", store, "--format", "json"]).output)
    assert [r["place"] for r in by_default] == ["乙高新区"]
    anywhere = json.loads(CliRunner().invoke(similar_command, ["甲高新区", "--level", "any", "--store", store, "--format", "json"]).output)
    assert [r["place"] for r in anywhere] == ["乙高新区", "丙市"]
    assert "--level" in CliRunner().invoke(similar_command, ["--help"]).output


def test_sub_measures_of_one_sentence_count_once_and_rare_categories_come_first(tmp_path: Path) -> None:
    store = _store(tmp_path, _zone_records())
    rows = json.loads(CliRunner().invoke(similar_command, ["乙高新区", "--level", "any", "--store", store, "--format", "json"]).output)
    zone = next(r for r in rows if r["place"] == "甲高新区")
    assert [s["match"] for s in zone["side_by_side"]] == [["园区对企业减免房租并缓缴社保。"]] * 2
    said = [(place, text, codes) for place, text, codes, _ in sentences(_zone_records()[0])]
    assert len(said) == 4 and said.count((identity.entity_iri("Zone", "甲高新区"), "园区对企业减免房租并缓缴社保。",
                                          {"RENT_RELIEF", "SOCIAL_INSURANCE_RELIEF"})) == 1
    with_text = json.loads(CliRunner().invoke(similar_command, ["甲高新区", "--level", "any", "--w-text", "1", "--store", store,
                                                                "--format", "json"]).output)
    assert all(r["text"] <= 1.0 for r in with_text)
    # a rarer category leads the explanation: give one category to a fourth place
    extra = Record(doc_id="z-2", entities=(Entity("丁县", "Region"),),
                   measures=(Measure(region="丁县", categories=("RENT_RELIEF",), text="丁县减免房租。"),))
    store2 = _store(tmp_path / "b", [*_zone_records(), extra])
    rows = json.loads(CliRunner().invoke(similar_command, ["乙高新区", "--level", "any", "--store", store2, "--format", "json"]).output)
    zone = next(r for r in rows if r["place"] == "甲高新区")
    assert [s["category"] for s in zone["side_by_side"]] == ["SOCIAL_INSURANCE_RELIEF", "RENT_RELIEF"]
