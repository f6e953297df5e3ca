"""RDF exports read by rdflib and pyoxigraph, queried in standard vocabularies, checked by pySHACL."""

from __future__ import annotations

import json

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from test_netgraph import sample_records

from kg import netgraph
from kg.export import export
from kg.resources import schema_dir
from kg.select import select

RDF_FORMATS = {  # export format -> (rdflib format, pyoxigraph format, has named graphs)
    "turtle": ("turtle", ox.RdfFormat.TURTLE, False),
    "ntriples": ("nt", ox.RdfFormat.N_TRIPLES, False),
    "nquads": ("nquads", ox.RdfFormat.N_QUADS, True),
    "trig": ("trig", ox.RdfFormat.TRIG, True),
    "jsonld": ("json-ld", ox.RdfFormat.JSON_LD, True),
}


@pytest.fixture(scope="module")
def whole() -> nx.MultiDiGraph:
    return netgraph.build(sample_records())


def text_of(fmt: str, graph: nx.MultiDiGraph) -> str:
    text = export(fmt, graph, sample_records(), None)
    assert isinstance(text, str)
    return text


def triples_of(quads: object) -> set[tuple[str, str, str]]:
    return {(str(q[0]), str(q[1]), str(q[2])) for q in quads}  # type: ignore[attr-defined]


@pytest.mark.parametrize("fmt", list(RDF_FORMATS))
def test_rdflib_and_pyoxigraph_read_the_same_graph(fmt: str, whole: nx.MultiDiGraph) -> None:
    rl_fmt, ox_fmt, named = RDF_FORMATS[fmt]
    text = text_of(fmt, whole)
    ds = rdflib.Dataset()
    ds.parse(data=text, format=rl_fmt)
    oxq = list(ox.parse(text.encode(), format=ox_fmt))
    reference = list(ox.parse(text_of("nquads", whole).encode(), format=ox.RdfFormat.N_QUADS))
    assert len({q.triple for q in oxq}) == len({q.triple for q in reference})
    assert len(set(ds.triples((None, None, None)))) == len({q.triple for q in reference}) or named
    if named:
        assert set(oxq) == set(reference)
        assert len(list(ds.quads((None, None, None, None)))) == len(reference)


def sparql(text: str, query: str) -> list[tuple[str, ...]]:
    store = ox.Store()
    store.load(text.encode(), format=ox.RdfFormat.TURTLE)
    return sorted(tuple(str(v.value) for v in row) for row in store.query(query))  # type: ignore[union-attr]


def test_plain_sparql_in_standard_terms(whole: nx.MultiDiGraph) -> None:
    ttl = text_of("turtle", whole)
    by_name = sparql(ttl, 'PREFIX skos: <http://www.w3.org/2004/02/skos/core#> '
                          'SELECT ?s WHERE { ?s skos:prefLabel "杭州高新区"@zh }')
    assert by_name == [("https://w3id.org/policykg/id/place/杭州高新区",)]
    labels = sparql(ttl, 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
                         'SELECT ?s WHERE { ?s rdfs:label "高新区财政局"@zh }')
    assert len(labels) == 1
    dated = sparql(ttl, 'PREFIX dcterms: <http://purl.org/dc/terms/> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> '
                        'SELECT ?d WHERE { ?d dcterms:date ?t FILTER(?t >= "2020-01-01"^^xsd:date) }')
    assert dated and len(dated) == len({r.doc_id for r in sample_records() if r.date and r.date >= "2020-01-01"})
    orgs = sparql(ttl, 'PREFIX org: <http://www.w3.org/ns/org#> SELECT ?o WHERE { ?o a org:Organization }')
    agencies = {n for n, a in whole.nodes(data=True) if a["type"] == "Agency"}
    assert {o for (o,) in orgs} >= agencies and agencies
    places = sparql(ttl, 'PREFIX schema: <https://schema.org/> SELECT ?p WHERE { ?p a schema:Place }')
    assert {p for (p,) in places} == {n for n, a in whole.nodes(data=True) if a["type"] in ("Region", "Zone")}
    codes = sparql(ttl, 'PREFIX kg: <https://w3id.org/policykg/ontology#> '
                        'SELECT ?p ?c WHERE { ?p kg:code ?c ; kg:level "city" }')
    assert ("https://w3id.org/policykg/id/place/330100", "330100") in codes


def test_jsonld_is_compact_with_the_shipped_context(whole: nx.MultiDiGraph) -> None:
    doc = json.loads(text_of("jsonld", whole))
    shipped = json.loads((schema_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert doc["@context"] == shipped
    text = json.dumps(doc, ensure_ascii=False)
    assert '"prefLabel": {' in text and "http://www.w3.org/2004/02/skos/core#prefLabel" not in text


def conforms(text: str) -> tuple[bool, str]:
    import pyshacl

    data = rdflib.Graph().parse(data=text, format="turtle")
    data.parse(schema_dir() / "kg.ttl", format="turtle")
    shapes = rdflib.Graph().parse(schema_dir() / "shapes.ttl", format="turtle")
    ok, _, report = pyshacl.validate(data, shacl_graph=shapes, inference="none", allow_warnings=True)
    return ok, report


@pytest.mark.parametrize("max_nodes", [0, 8, 4, 2])
def test_full_and_cut_exports_satisfy_the_shapes(whole: nx.MultiDiGraph, max_nodes: int) -> None:
    sub, _ = select(whole, max_nodes=max_nodes)
    assert max_nodes == 0 or len(sub) == max_nodes
    ok, report = conforms(text_of("turtle", sub))
    assert ok, report


def test_traditional_written_forms_are_tagged_zh_hant() -> None:
    from kg.model import Entity, Record

    records = [Record(doc_id="doc-t", entities=(Entity("杭州高新区", "Zone", aliases=("杭州高新區", "乾安县")),))]
    ttl = export("turtle", netgraph.build(records), records, None)
    assert isinstance(ttl, str)
    g = rdflib.Graph().parse(data=ttl, format="turtle")
    tags = {str(o): o.language for o in g.objects(None, rdflib.SKOS.altLabel)}
    tags |= {str(o): o.language for o in g.objects(None, rdflib.SKOS.prefLabel)}
    assert tags["杭州高新區"].lower() == "zh-hant"  # language tags are case-insensitive; rdflib lowers them
    assert tags["杭州高新区"] == "zh"
    assert tags["乾安县"] == "zh"  # simplified already, although a converter would rewrite 乾
