"""kg.netgraph: records become one graph, entities merged across documents by IRI.

The sample records here are shared by the selection, export and browser tests.
"""

from __future__ import annotations

from typing import Iterable, Iterator

import pytest

from kg import identity, netgraph
from kg.backends import Backend, LoadReport, QueryResult
from kg.model import Record

HOSTILE = "<script>window.__pwned=1</script>"


def sample_records() -> list[Record]:
    """Two short documents about a city, its zone and a district, with one hostile enterprise name."""
    return [
        Record.from_dict({
            "doc_id": "hz-01",
            "title": "高新区惠企十条",
            "date": "2020-02-08",
            "entities": [
                {"name": "浙江省", "type": "Region"},
                {"name": "杭州", "type": "Region"},
                {"name": "杭州高新区", "type": "Zone", "aliases": ["滨江高新区"]},
                {"name": "高新区财政局", "type": "Agency"},
                {"name": "甲科技公司", "type": "Enterprise"},
                {"name": HOSTILE, "type": "Enterprise"},
                {"name": "高新区惠企十条", "type": "PolicyDocument"},
            ],
            "measures": [
                {"region": "杭州高新区", "agency": "高新区财政局", "policy_document": "高新区惠企十条",
                 "categories": ["TAX_DEFERRAL"], "beneficiaries": ["甲科技公司"], "amount_cny": 3000000,
                 "text": "甲科技公司可延期三个月缴税。"},
                {"region": "滨江高新区", "categories": ["RENT_RELIEF", "UTILITY_COST_RELIEF"],
                 "beneficiaries": [HOSTILE], "text": "园区企业免收两个月房租，水电费打八折。"},
                {"region": "杭州", "categories": ["LOAN_INTEREST_SUBSIDY"], "cap_cny": 500000,
                 "text": "市里对新增贷款给予贴息，每家最多五十万元。"},
            ],
            "relations": [
                {"type": "PART_OF", "subject": "杭州高新区", "object": "杭州", "text": "高新区是杭州的一部分。"},
                {"type": "PART_OF", "subject": "杭州", "object": "浙江省"},
                {"type": "UNDER", "subject": "高新区财政局", "object": "杭州高新区"},
                {"type": "LOCATED_IN", "subject": "甲科技公司", "object": "杭州高新区"},
                {"type": "LOCATED_IN", "subject": HOSTILE, "object": "杭州高新区"},
            ],
        }),
        Record.from_dict({
            "doc_id": "hz-02",
            "title": "区县稳企通知",
            "date": "2020-03-01",
            "entities": [
                {"name": "杭州市", "type": "Region"},
                {"name": "余杭区", "type": "Region"},
                {"name": "乙物流公司", "type": "Enterprise"},
                {"name": "甲科技公司", "type": "Enterprise", "aliases": ["甲科技"]},
                {"name": "宁波", "type": "Region"},
            ],
            "measures": [
                {"region": "余杭区", "categories": ["RENT_RELIEF"], "beneficiaries": ["乙物流公司"],
                 "text": "余杭区为物流企业减免一个月租金。"},
                {"region": "杭州市", "categories": ["TAX_DEFERRAL", "LOAN_INTEREST_SUBSIDY"],
                 "beneficiaries": ["甲科技"], "text": "杭州对困难企业缓缴税款并贴息。"},
                {"region": "宁波", "categories": ["LOGISTICS_SUPPORT"], "text": "宁波开通货运绿色通道。"},
            ],
            "relations": [
                {"type": "PART_OF", "subject": "余杭区", "object": "杭州市"},
                {"type": "LOCATED_IN", "subject": "乙物流公司", "object": "余杭区"},
            ],
        }),
    ]


class MemoryBackend(Backend):
    """A store that only hands back the records it was given: enough for the commands that read."""

    name = "memory"

    def __init__(self, records: Iterable[Record]) -> None:
        self._records = list(records)

    def load(self, records, progress=None) -> LoadReport:  # type: ignore[no-untyped-def]
        raise NotImplementedError

    def remove(self, doc_id: str) -> bool:
        raise NotImplementedError

    def documents(self) -> list[str]:
        return sorted(r.doc_id for r in self._records)

    def stats(self) -> dict[str, int]:
        return {}

    def query(self, name, params=None) -> QueryResult:  # type: ignore[no-untyped-def]
        raise NotImplementedError

    def records(self, doc_ids: Iterable[str] | None = None) -> Iterator[Record]:
        wanted = set(doc_ids) if doc_ids is not None else None
        return iter([r for r in self._records if wanted is None or r.doc_id in wanted])


def use_memory_store(monkeypatch: pytest.MonkeyPatch) -> list[Record]:
    """Make every --backend open a MemoryBackend with the sample records (for command tests)."""
    records = sample_records()
    monkeypatch.setattr("kg.backends.open_backend", lambda name, **kw: MemoryBackend(records))
    return records


def place(name: str) -> str:
    return identity.entity_iri("Region", name)


def test_entities_merge_across_documents_by_iri() -> None:
    g = netgraph.build(sample_records())
    hz = place("杭州")
    assert place("杭州市") == hz
    assert g.nodes[hz]["docs"] == ["hz-01", "hz-02"]
    assert g.nodes[hz]["type"] == "Region"
    company = identity.entity_iri("Enterprise", "甲科技公司")
    assert g.nodes[company]["aliases"] == ["甲科技"]
    assert g.nodes[company]["label"] == "甲科技公司"
    # the alias used by a measure reaches the same node
    benefits = [u for u, _, k in g.in_edges(company, keys=True) if k == "BENEFITS"]
    assert len(benefits) == 2


def test_node_and_edge_types_follow_the_graph_model() -> None:
    g = netgraph.build(sample_records())
    assert {a["type"] for _, a in g.nodes(data=True)} == set(netgraph.NODE_TYPES)
    assert {k for _, _, k in g.edges(keys=True)} == set(netgraph.EDGE_TYPES)
    for _, _, k, a in g.edges(keys=True, data=True):
        assert a["type"] == k and a["docs"]


def test_measure_attributes_and_evidence() -> None:
    g = netgraph.build(sample_records())
    zone = identity.entity_iri("Zone", "杭州高新区")
    measures = sorted((g.nodes[m] for m, _, k in g.in_edges(zone, keys=True) if k == "REGION"), key=lambda a: a["label"])
    assert [m["label"] for m in measures] == ["延期缴纳税款·杭州高新区", "房租减免与租金补贴+1·杭州高新区"]
    tax = measures[0]
    assert tax["amount_cny"] == 3000000 and tax["agency"] == "高新区财政局" and "cap_cny" not in tax
    m_id = next(m for m, _, k in g.in_edges(zone, keys=True) if k == "REGION" and g.nodes[m] is tax)
    assert g.edges[m_id, zone, "REGION"]["text"] == "甲科技公司可延期三个月缴税。"
    assert g.edges[zone, place("杭州"), "PART_OF"]["text"] == "高新区是杭州的一部分。"


def test_measure_iris_match_the_rdf_mapping() -> None:
    from kg.rdfmap import record_nquads

    recs = sample_records()
    g = netgraph.build(recs)
    in_rdf = {line.split()[0][1:-1] for r in recs for line in record_nquads(r) if "/measure/" in line.split()[0]}
    assert in_rdf == {n for n, a in g.nodes(data=True) if a["type"] == "Measure"}
