"""kg.select: the selection language shared by kg viz and kg export."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Iterator

import click
import networkx as nx
import pytest
from click.testing import CliRunner
from test_netgraph import place, sample_records
from test_viz_browser import _bench as bench_viz

from kg import identity, netgraph
from kg.backends import Backend
from kg.backends.rdf import RdfBackend
from kg.model import Record
from kg.records import read_path
from kg.select import GraphView, SelectionError, StoreView, _places_within, select, select_stored, selection_options

ZONE = identity.entity_iri("Zone", "杭州高新区")
COMPANY = identity.entity_iri("Enterprise", "甲科技公司")
LOGISTICS = identity.entity_iri("Enterprise", "乙物流公司")


@pytest.fixture(scope="module")
def graph():  # type: ignore[no-untyped-def]
    return netgraph.build(sample_records())


def types(g) -> dict[str, int]:  # type: ignore[no-untyped-def]
    out: dict[str, int] = {}
    for _, a in g.nodes(data=True):
        out[a["type"]] = out.get(a["type"], 0) + 1
    return out


def measures(g) -> set[str]:  # type: ignore[no-untyped-def]
    return {a["text"] for _, a in g.nodes(data=True) if a["type"] == "Measure"}


def test_no_filter_is_the_whole_graph(graph) -> None:  # type: ignore[no-untyped-def]
    sub, notes = select(graph, max_nodes=0)
    assert set(sub) == set(graph) and sub.number_of_edges() == graph.number_of_edges() and notes == []


def test_place_brings_what_lies_inside_it(graph) -> None:  # type: ignore[no-untyped-def]
    sub, _ = select(graph, place=["杭州市"])
    assert {place("杭州"), ZONE, place("余杭区")} <= set(sub)
    assert place("宁波") not in sub
    assert "宁波开通货运绿色通道。" not in measures(sub)
    assert len(measures(sub)) == 5
    assert identity.entity_iri("Agency", "高新区财政局") in sub  # UNDER the zone
    assert LOGISTICS in sub  # LOCATED_IN a district


def test_names_match_by_key_and_alias(graph) -> None:  # type: ignore[no-untyped-def]
    by_alias, _ = select(graph, place=["滨江高新区"])
    by_width, _ = select(graph, place=["杭州高新区 "])
    assert set(by_alias) == set(by_width) and ZONE in by_alias and place("余杭区") not in by_alias


def test_unknown_name_lists_close_matches(graph) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SelectionError, match="杭州高新区"):
        select(graph, place=["杭州高薪区"])
    with pytest.raises(SelectionError, match="TAX_DEFERRAL"):
        select(graph, category=["TAX_DEFERAL"])


def test_filters_of_different_kinds_intersect(graph) -> None:  # type: ignore[no-untyped-def]
    sub, _ = select(graph, place=["杭州"], category=["RENT_RELIEF"])
    assert measures(sub) == {"园区企业免收两个月房租，水电费打八折。", "余杭区为物流企业减免一个月租金。"}
    sub, _ = select(graph, enterprise=["甲科技"], document=["hz-02"])
    assert measures(sub) == {"杭州对困难企业缓缴税款并贴息。"}


def test_repeated_option_widens(graph) -> None:  # type: ignore[no-untyped-def]
    one, _ = select(graph, group=["COST"])
    two, _ = select(graph, group=["COST"], category=["LOGISTICS_SUPPORT"])
    assert len(measures(two)) == len(measures(one)) + 1


def test_measures_keep_their_neighbours(graph) -> None:  # type: ignore[no-untyped-def]
    sub, _ = select(graph, category=["TAX_DEFERRAL"])
    for m, a in sub.nodes(data=True):
        if a["type"] == "Measure":
            assert set(graph.successors(m)) <= set(sub)


def test_around_counts_hops_and_does_not_cross_hubs(graph) -> None:  # type: ignore[no-untyped-def]
    one, _ = select(graph, around=["乙物流公司"], hops=1)
    assert set(one) == {LOGISTICS, place("余杭区"), *(m for m, _, k in graph.in_edges(LOGISTICS, keys=True) if k == "BENEFITS")}
    three, _ = select(graph, around=["乙物流公司"], hops=3)
    # 3 hops reach the RENT_RELIEF category but do not pass through it to the zone's rent measure
    assert identity.category_iri("RENT_RELIEF") in three
    assert "园区企业免收两个月房租，水电费打八折。" not in measures(three)


def test_cap_keeps_the_nearest_and_says_so(graph) -> None:  # type: ignore[no-untyped-def]
    sub, notes = select(graph, around=["杭州高新区"], hops=4, max_nodes=5)
    assert len(sub) == 5 and ZONE in sub
    assert len(notes) == 1 and "kept 5" in notes[0] and "--max-nodes" in notes[0]
    near, _ = select(graph, around=["杭州高新区"], hops=1, max_nodes=0)
    assert set(sub) <= set(near)


def test_click_options_reach_select(graph) -> None:  # type: ignore[no-untyped-def]
    @click.command()
    @selection_options
    def show(selection: dict) -> None:  # type: ignore[type-arg]
        sub, _ = select(graph, **selection)
        click.echo(len(sub))

    result = CliRunner().invoke(show, ["--place", "余杭区", "--max-nodes", "3"])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == "3"
    assert "--max-nodes INTEGER RANGE" in CliRunner().invoke(show, ["--help"]).output


def test_cap_keeps_a_share_of_every_type_most_connected_first() -> None:
    big = netgraph.build(bench_viz().synthetic_records(600))
    types = Counter(a["type"] for _, a in big.nodes(data=True))
    sub, notes = select(big, max_nodes=60)
    kept = Counter(a["type"] for _, a in sub.nodes(data=True))
    assert len(sub) == 60 and "equal share" in notes[0]
    assert set(kept) == set(types)
    assert max(kept.values()) - min(kept.values()) <= 1
    for t in types:
        degrees = sorted((d for n, d in big.degree() if big.nodes[n]["type"] == t), reverse=True)
        kept_degrees = sorted((big.degree(n) for n in sub if big.nodes[n]["type"] == t), reverse=True)
        assert kept_degrees == degrees[: kept[t]]


# -- the selection answered by the store equals the whole-graph selection

CURATED = Path(__file__).resolve().parent.parent / "kg" / "data" / "curated" / "records.jsonl"


def curated_records() -> list[Record]:
    return [r for r in read_path(CURATED) if isinstance(r, Record)]


@pytest.fixture(scope="module")
def curated_rdf() -> Iterator[Backend]:
    with RdfBackend(None) as backend:
        backend.load(curated_records())
        yield backend


@pytest.fixture(scope="module")
def curated_neo4j(neo4j_server: Any) -> Iterator[Backend]:
    from kg.backends.neo4j import Neo4jBackend

    backend = Neo4jBackend(uri=neo4j_server.uri, user=neo4j_server.user, password=neo4j_server.password)
    backend._write("MATCH (n) DETACH DELETE n")
    backend.load(curated_records())
    yield backend
    backend.close()


@pytest.fixture(scope="module")
def curated_sparql(sparql_server: Any) -> Iterator[Backend]:
    from conftest import open_sparql

    with open_sparql(sparql_server) as backend:
        backend.load(curated_records())
        yield backend


#: the curated records in each store; the servers' are started by the test session
CURATED_STORES = ["curated_rdf", pytest.param("curated_neo4j", marks=pytest.mark.neo4j),
                  pytest.param("curated_sparql", marks=pytest.mark.sparql_server)]


def selections(g: nx.MultiDiGraph) -> list[dict[str, Any]]:
    """Selections of every kind, named from the graph: the most connected nodes of each type, with and without caps."""
    def most_connected(*types: str, n: int = 2) -> list[str]:
        return sorted((x for x, a in g.nodes(data=True) if a["type"] in types), key=lambda x: (-g.degree(x), x))[:n]

    def top(*types: str, n: int = 2) -> list[str]:
        return [g.nodes[x].get("doc_id") or g.nodes[x]["label"] for x in most_connected(*types, n=n)]

    places, firms, docs = top("Region", "Zone", n=3), top("Enterprise"), top("Document")
    firm_doc = g.nodes[most_connected("Enterprise")[0]]["docs"][-1]
    measure = next(x for x, a in g.nodes(data=True) if a["type"] == "Measure")
    return [
        *({"place": [p], "max_nodes": 0} for p in places),
        {"place": places[:2]},
        *({"enterprise": [e], "max_nodes": 0} for e in firms),
        *({"document": [d]} for d in docs),
        {"category": ["TAX_DEFERRAL"], "max_nodes": 0},
        {"group": ["FISCAL"], "place": [places[0]], "max_nodes": 0},
        {"enterprise": [firms[0]], "document": [firm_doc], "max_nodes": 0},
        {"around": [firms[0]], "hops": 2, "max_nodes": 0},
        {"around": [places[1]], "hops": 3, "max_nodes": 50},
        {"around": [measure], "hops": 1},
        {"around": [top("Category")[0]], "hops": 1, "max_nodes": 0},
        {"around": [places[0]], "place": [places[0]], "hops": 2, "max_nodes": 0},
        {"category": ["RENT_RELIEF"], "max_nodes": 40},
    ]


@pytest.mark.parametrize("store", CURATED_STORES)
def test_store_selection_equals_the_whole_graph_selection(store: str, request: pytest.FixtureRequest) -> None:
    backend = request.getfixturevalue(store)
    whole = netgraph.build(backend.records())
    for sel in selections(whole):
        expected, notes = select(whole, **sel)
        got = select_stored(backend, **sel)
        assert len(expected) > 0, sel
        assert dict(got.subgraph.nodes(data=True)) == dict(expected.nodes(data=True)), sel
        assert {(u, v, k): a for u, v, k, a in got.subgraph.edges(keys=True, data=True)} == \
            {(u, v, k): a for u, v, k, a in expected.edges(keys=True, data=True)}, sel
        assert got.notes == notes, sel


@pytest.mark.parametrize("store", CURATED_STORES)
def test_the_store_looks_up_the_parts_the_documents_give(store: str, request: pytest.FixtureRequest, curated_rdf: Backend) -> None:
    """Each store's lookups give what the documents read whole and cut give (the default of every backend);
    the SPARQL server, holding the embedded store's dataset, gives the embedded store's parts."""
    backend = request.getfixturevalue(store)
    whole = netgraph.build(backend.records())
    for sel in selections(whole):
        nodes = {n for n, a in select(whole, **{**sel, "max_nodes": 0})[0].nodes(data=True) if a["type"] != "Category"}
        looked_up = list(backend.parts(nodes))
        assert looked_up == list(Backend.parts(backend, nodes)), sel
        if store == "curated_sparql":
            assert looked_up == list(curated_rdf.parts(nodes)), sel
        assert {m for p in looked_up for m in p.positions} and all(len(p.positions) == len(p.record.measures) for p in looked_up)


@pytest.mark.parametrize("store", CURATED_STORES)
def test_the_store_counts_each_node_s_links_as_the_whole_graph_does(store: str, request: pytest.FixtureRequest) -> None:
    backend = request.getfixturevalue(store)
    whole = netgraph.build(backend.records())
    assert backend.degrees(whole) == dict(whole.degree())


@pytest.mark.parametrize("store", ["curated_rdf", pytest.param("curated_sparql", marks=pytest.mark.sparql_server)])
def test_the_rdf_stores_look_up_what_the_documents_read_whole_give(store: str, request: pytest.FixtureRequest) -> None:
    """Names, links, documents and weights from the index and quad lookups equal the defaults over every record."""
    backend = request.getfixturevalue(store)
    whole = netgraph.build(backend.records())
    kinds = ["Region", "Zone", "Agency", "Enterprise", "PolicyDocument", "Document"]
    names = sorted(backend.names(kinds))
    assert names == sorted(Backend.names(backend, kinds)) and len(names) > len(whole) / 4
    spellings = [s for s, _, _ in names[::3]] + ["no such name"]
    assert sorted(backend.named(spellings, kinds[:4])) == sorted(Backend.named(backend, spellings, kinds[:4]))
    assert sorted(backend.links(whole)) == sorted(Backend.links(backend, whole))
    assert backend.documents_of(whole) == Backend.documents_of(backend, whole)
    weights = backend.category_weights()
    assert weights == Backend.category_weights(backend) and weights


def test_store_selection_reads_only_the_documents_it_shows() -> None:
    with RdfBackend(None) as backend:
        backend.load(sample_records())
        got = select_stored(backend, place=["余杭区"])
        assert got.documents == ["hz-02"]
        measures = {n for n, a in got.graph.nodes(data=True) if a["type"] == "Measure"}
        assert measures and measures <= set(got.subgraph)  # no measure read that is not shown
        with pytest.raises(SelectionError, match="余杭区"):
            select_stored(backend, place=["余杭"], enterprise=["余杭区x"])


def test_places_within_follow_part_of_down_in_the_graph_and_in_the_store() -> None:
    expected = {place("杭州"), ZONE, place("余杭区")}
    assert _places_within(GraphView(netgraph.build(sample_records())), {place("杭州")}) == expected
    with RdfBackend(None) as backend:
        backend.load(sample_records())
        assert _places_within(StoreView(backend), {place("杭州")}) == expected
