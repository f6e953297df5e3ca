"""Records: parsing, checking, and the round trip records -> graph -> records."""

from __future__ import annotations

import json

import pytest

from kg import rdfmap
from kg.backends.rdf import RdfBackend
from kg.model import Record, RecordError
from kg.records import Problem, dumps, read_path
from kg.taxonomy import taxonomy

from helpers import record_a, record_b


def _canon(rec: Record) -> dict:
    """Order-insensitive form of a record for comparison."""
    d = json.loads(dumps(rec))
    for e in d["entities"]:
        e.pop("code", None)
        e["aliases"] = sorted(e.get("aliases", []))
    d["entities"].sort(key=lambda e: (e["type"], e["name"]))
    for m in d["measures"]:
        m["categories"] = sorted(m["categories"])
        m["beneficiaries"] = sorted(m["beneficiaries"])
    d["relations"].sort(key=lambda r: (r["type"], r["subject"], r["object"]))
    return d


def test_dict_round_trip() -> None:
    rec = record_a()
    assert Record.from_dict(json.loads(dumps(rec)), categories=taxonomy().codes()) == rec


def test_graph_round_trip_keeps_every_fact() -> None:
    with RdfBackend() as store:
        store.load([record_a(), record_b()])
        back = {r.doc_id: r for r in store.records()}
    assert _canon(back["doc-a"]) == _canon(record_a())
    assert _canon(back["doc-b"]) == _canon(record_b())
    # provenance survives: spans and evidence sentences of entity, measure and relation
    a = back["doc-a"]
    assert a.entity("滨江高新园").span == (0, 12)
    assert a.measures[0].span == (0, 20) and a.measures[0].amount_cny == 300000000
    located = [r for r in a.relations if r.type == "LOCATED_IN"][0]
    assert located.text == "园区企业星河光电。" and located.span == (40, 49)


def test_each_measure_carries_its_codes_sorted_as_one_fact() -> None:
    """Listings read kg:categoryList; the record's order (SPECIAL_FUND first) and repeats do not change it."""
    lines = rdfmap.record_nquads(record_a())
    lists = [line.split(" ")[2] for line in lines if f"<{rdfmap.KG}categoryList>" in line]
    assert lists == ['"RENT_RELIEF,SPECIAL_FUND"', '"TAX_DEFERRAL"']
    assert rdfmap.category_list(["TAX_DEFERRAL", "RENT_RELIEF", "TAX_DEFERRAL"]) == "RENT_RELIEF,TAX_DEFERRAL"


@pytest.mark.parametrize(
    "change, message",
    [
        (lambda d: d["measures"][0].update(categories=["NO_SUCH_CODE"]), "unknown category code 'NO_SUCH_CODE'"),
        (lambda d: d["measures"][0].update(region="火星"), "'火星' is not an entity of this record"),
        (lambda d: d["measures"][0].pop("region"), "region is missing"),
        (lambda d: d["measures"][0].update(region="星河光电有限公司"), "is a Enterprise, expected Region or Zone"),
        (lambda d: d["relations"][0].update(type="OWNS"), "unknown relation type 'OWNS'"),
        (lambda d: d["entities"][0].update(type="City"), "unknown type 'City'"),
        (lambda d: d["measures"][0].update(amount_cny="三亿"), "amount_cny must be a number"),
        (lambda d: d["measures"][0].update(span=[5, 2]), "span must be [start, end]"),
    ],
)
def test_bad_records_are_refused_with_the_reason(change, message) -> None:  # type: ignore[no-untyped-def]
    d = json.loads(dumps(record_a()))
    change(d)
    with pytest.raises(RecordError, match=message.replace("[", r"\[").replace("]", r"\]").replace("(", r"\(")):
        Record.from_dict(d, categories=taxonomy().codes())


def test_reader_reports_file_and_line_and_keeps_good_lines(tmp_path) -> None:  # type: ignore[no-untyped-def]
    bad_category = json.loads(dumps(record_b()))
    bad_category["measures"][0]["categories"] = ["NOPE"]
    no_region = json.loads(dumps(record_b()))
    no_region["doc_id"] = "doc-c"
    del no_region["measures"][0]["region"]
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        "\n".join([dumps(record_a()), "{not json", json.dumps(bad_category, ensure_ascii=False), json.dumps(no_region, ensure_ascii=False), ""]),
        encoding="utf-8",
    )
    items = list(read_path(path))
    problems = [i for i in items if isinstance(i, Problem)]
    assert [r.doc_id for r in items if isinstance(r, Record)] == ["doc-a"]
    assert [(p.line, p.message.split(":")[0]) for p in problems] == [
        (2, "malformed JSON"),
        (3, "measures[0]"),
        (4, "measures[0]"),
    ]
    assert all(str(p).startswith(f"{path}:") for p in problems)
    assert "unknown category code 'NOPE'" in str(problems[1])
    assert "region is missing" in str(problems[2])


def test_single_json_file_and_list_are_accepted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    one = tmp_path / "one.json"
    one.write_text(dumps(record_a()), encoding="utf-8")
    many = tmp_path / "many.json"
    many.write_text(json.dumps([record_a().to_dict(), record_b().to_dict()], ensure_ascii=False), encoding="utf-8")
    assert [r.doc_id for r in read_path(one)] == ["doc-a"]
    assert [r.doc_id for r in read_path(many)] == ["doc-a", "doc-b"]
