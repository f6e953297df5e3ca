"""kg.export and the kg export / kg viz --heatmap commands."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner
from test_netgraph import HOSTILE, sample_records, use_memory_store

from kg import netgraph
from kg.export import FORMATS, cypher_string, export, export_graph, rdf_dataset
from kg.rdfmap import KG, PROV
from kg.select import select
from kg.cli.viz import commands

viz_cmd, export_cmd = commands
ENTITY_CLASSES = {rdflib.URIRef(KG + t) for t in netgraph.ENTITY_NODE_TYPES}
#: RDF property -> graph edge type
EDGE_OF = {
    KG + "region": "REGION", KG + "agency": "AGENCY", KG + "policyDocument": "POLICY_DOCUMENT",
    KG + "category": "HAS_CATEGORY", KG + "beneficiary": "BENEFITS", PROV + "wasDerivedFrom": "FROM_DOCUMENT",
    KG + "partOf": "PART_OF", KG + "locatedIn": "LOCATED_IN", KG + "under": "UNDER",
}


@pytest.fixture(scope="module")
def selection() -> nx.MultiDiGraph:
    sub, _ = select(netgraph.build(sample_records()), place=["杭州高新区"])
    return sub


def edge_set(g: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(u, v, k) for u, v, k in g.edges(keys=True)}


def test_graphml_round_trip(tmp_path: Path, selection: nx.MultiDiGraph) -> None:
    path = tmp_path / "g.graphml"
    export("graphml", selection, sample_records(), path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert set(back) == set(export_graph(selection)) > set(selection)
    assert {(u, v, a["type"]) for u, v, a in back.edges(data=True)} == edge_set(export_graph(selection))
    node = next(n for n, a in selection.nodes(data=True) if a.get("aliases"))
    assert json.loads(back.nodes[node]["aliases"]) == selection.nodes[node]["aliases"]


def test_gexf_and_json_formats_load(tmp_path: Path, selection: nx.MultiDiGraph) -> None:
    export("gexf", selection, [], tmp_path / "g.gexf")
    assert set(nx.read_gexf(tmp_path / "g.gexf")) == set(export_graph(selection))
    linked = nx.node_link_graph(json.loads(export("json", selection, [], None)), edges="edges")
    assert edge_set(linked) == edge_set(export_graph(selection))
    cy = json.loads(export("cytoscape", selection, [], None))
    assert len(cy["elements"]["nodes"]) == len(export_graph(selection))
    assert HOSTILE in {n["data"]["name"] for n in cy["elements"]["nodes"]}


def rdf_nodes_and_edges(g: rdflib.Graph, nodes: set[str]) -> tuple[set[str], set[tuple[str, str, str]]]:
    entities = {str(s) for s, o in g.subject_objects(rdflib.RDF.type) if o in ENTITY_CLASSES}
    edges = {(str(s), str(o), EDGE_OF[str(p)]) for s, p, o in g if str(p) in EDGE_OF and str(s) in nodes}
    return entities, edges


@pytest.mark.parametrize("where", ["杭州高新区", "杭州"])
def test_turtle_round_trip_gives_the_selection(where: str) -> None:
    selection, _ = select(netgraph.build(sample_records()), place=[where])
    g = rdflib.Graph().parse(data=export("turtle", selection, sample_records(), None), format="turtle")
    entities, edges = rdf_nodes_and_edges(g, set(selection))
    assert entities == {n for n, a in selection.nodes(data=True) if a["type"] in netgraph.ENTITY_NODE_TYPES}
    assert edges == edge_set(selection)
    # evidence goes with what it is about: none dangles
    statements = {str(s) for s in g.subjects(rdflib.RDF.type, rdflib.RDF.Statement)}
    about = {str(o) for o in g.objects(None, rdflib.URIRef(KG + "about"))}
    assert about <= set(selection) | statements
    assert bool(statements) == (where == "杭州")


def test_jsonld_keeps_document_graphs(selection: nx.MultiDiGraph) -> None:
    ds = rdf_dataset(selection, sample_records())
    text = export("jsonld", selection, sample_records(), None)
    back = rdflib.Dataset().parse(data=text, format="json-ld")
    assert len(back) == len(ds)
    assert {str(c.identifier) for c in back.graphs() if len(c)} >= {"https://w3id.org/policykg/id/document/hz-01"}


def test_export_graph_carries_groups_and_the_stores_evidence(selection: nx.MultiDiGraph) -> None:
    """Each category is IN_GROUP of its group's node; an entity relationship has each document's evidence."""
    from kg.taxonomy import taxonomy

    full = export_graph(selection, sample_records())
    cats = [n for n, a in full.nodes(data=True) if a["type"] == "Category"]
    assert cats
    for c in cats:
        (group,) = [v for _, v, k in full.out_edges(c, keys=True) if k == "IN_GROUP"]
        assert full.nodes[group]["type"] == "CategoryGroup"
        assert full.nodes[group]["code"] == taxonomy().categories[full.nodes[c]["code"]].group
    whole = export_graph(netgraph.build(sample_records()), sample_records())
    relations = [a for _, _, k, a in whole.edges(keys=True, data=True) if k in ("PART_OF", "LOCATED_IN", "UNDER")]
    assert relations and all(len(a["texts"]) == len(a["docs"]) for a in relations)
    assert [t for a in relations for t in a["texts"] if t] == ["高新区是杭州的一部分。"]


def test_cypher_literals_are_escaped() -> None:
    assert cypher_string("a'b\\c\n\"d\x01") == "'a\\'b\\\\c\\n\"d\\u0001'"
    g = nx.MultiDiGraph()
    g.add_node("x", type="Enterprise", label="x", name="O'Brien \\ 公司", aliases=["it's"])
    script = export("cypher", g, [], None)
    assert "MERGE (n:Enterprise {id: 'x'}) SET n += {aliases: ['it\\'s'], name: 'O\\'Brien \\\\ 公司'};" in script


def test_cypher_merges_every_node_and_edge(selection: nx.MultiDiGraph) -> None:
    script = export("cypher", selection, [], None)
    assert script.count("\nMERGE (n:") == len(export_graph(selection))
    assert script.count(") MERGE (a)-[r:") == export_graph(selection).number_of_edges()
    assert "MERGE (n:Place {id: " in script and " SET n:Zone SET n += " in script
    assert "CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;" in script


def test_csv_folder(tmp_path: Path, selection: nx.MultiDiGraph) -> None:
    export("csv", selection, [], tmp_path / "out")
    with open(tmp_path / "out" / "nodes.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert {r["id"] for r in rows} == set(export_graph(selection))
    assert {r["type"] for r in rows} >= {"CategoryGroup", "Category", "Zone"}
    with open(tmp_path / "out" / "edges.csv", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == export_graph(selection).number_of_edges()


def test_every_format_is_offered_by_the_command() -> None:
    assert set(FORMATS) == {
        "graphml", "gexf", "json", "cytoscape", "turtle", "ntriples", "nquads", "trig", "jsonld", "csv", "cypher",
        "neo4j-import",
    }
    help_text = CliRunner().invoke(export_cmd, ["--help"]).output
    assert "neo4j-import" in help_text and "--place" in help_text


def test_export_command_writes_and_refuses_to_overwrite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_memory_store(monkeypatch)
    out = tmp_path / "g.graphml"
    runner = CliRunner()
    first = runner.invoke(export_cmd, ["-f", "graphml", "-o", str(out), "--place", "杭州高新区"])
    assert first.exit_code == 0, first.output
    assert str(out) in first.stderr
    again = runner.invoke(export_cmd, ["-f", "graphml", "-o", str(out)])
    assert again.exit_code == 2 and "--force" in again.stderr
    assert runner.invoke(export_cmd, ["-f", "graphml", "-o", str(out), "--force"]).exit_code == 0
    stdout = runner.invoke(export_cmd, ["-f", "ntriples", "--enterprise", "乙物流公司"])
    assert stdout.exit_code == 0 and "乙物流公司" in stdout.stdout
    assert runner.invoke(export_cmd, ["-f", "csv"]).exit_code == 2


def test_export_command_reports_unknown_names(monkeypatch: pytest.MonkeyPatch) -> None:
    use_memory_store(monkeypatch)
    result = CliRunner().invoke(export_cmd, ["-f", "json", "--place", "杭州市"])
    assert result.exit_code == 0
    result = CliRunner().invoke(export_cmd, ["-f", "json", "--enterprise", "乙物流"])
    assert result.exit_code == 2 and "乙物流公司" in result.stderr


def test_neo4j_import_gets_whole_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_memory_store(monkeypatch)
    result = CliRunner().invoke(export_cmd, ["-f", "neo4j-import", "-o", str(tmp_path / "imp"), "--document", "hz-02"])
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "imp" / "import-command.txt").exists()
    with open(tmp_path / "imp" / "Document.csv", encoding="utf-8") as f:
        assert "hz-02" in [r["doc_id"] for r in csv.DictReader(f)]


def test_neo4j_import_of_everything_streams_from_the_store(tmp_path: Path) -> None:
    """With no selection the store's documents go straight to the writer: the files of an export of the whole graph."""
    from kg.backends.rdf import RdfBackend

    with RdfBackend(tmp_path / "store") as backend:
        backend.load(sample_records())
        stored = list(backend.records())
    result = CliRunner().invoke(export_cmd, ["-f", "neo4j-import", "--store", str(tmp_path / "store"), "-o", str(tmp_path / "all")])
    assert result.exit_code == 0, result.stderr
    assert "every document" in result.stderr
    export("neo4j-import", netgraph.build(stored), stored, tmp_path / "direct")
    files = sorted(p.name for p in (tmp_path / "all").glob("*.csv"))
    assert files == sorted(p.name for p in (tmp_path / "direct").glob("*.csv")) and "MENTIONS.csv" in files
    for name in files:
        def lines(folder: str) -> list[str]:
            return sorted((tmp_path / folder / name).read_text(encoding="utf-8").splitlines())
        assert lines("all") == lines("direct"), name
    again = CliRunner().invoke(export_cmd, ["-f", "neo4j-import", "--store", str(tmp_path / "store"), "-o", str(tmp_path / "all")])
    assert again.exit_code == 2 and "--force" in again.stderr


def test_heatmap_png_and_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    use_memory_store(monkeypatch)
    pytest.importorskip("matplotlib")
    pytest.importorskip("scipy")
    result = CliRunner().invoke(viz_cmd, ["--heatmap", "-o", str(tmp_path / "hm")])
    assert result.exit_code == 0, result.stderr
    png, page = tmp_path / "hm.png", tmp_path / "hm.html"
    assert png.read_bytes().startswith(b"\x89PNG")
    text = page.read_text(encoding="utf-8")
    assert "房租减免与租金补贴" in text and "<script" not in text
    again = CliRunner().invoke(viz_cmd, ["--heatmap", "-o", str(tmp_path / "hm.png")])
    assert again.exit_code == 2


def test_heatmap_rows_cluster_similar_places() -> None:
    pytest.importorskip("scipy")
    from kg.heatmap import matrix

    g = nx.MultiDiGraph()
    profiles = {"甲": ["RENT_RELIEF"] * 3, "乙": ["TAX_DEFERRAL"] * 3, "丙": ["RENT_RELIEF"] * 2, "丁": ["TAX_DEFERRAL"]}
    for place, cats in profiles.items():
        g.add_node(place, type="Region", label=place)
        for i, c in enumerate(cats):
            g.add_node(f"{place}{i}", type="Measure", categories=[c])
            g.add_edge(f"{place}{i}", place, key="REGION")
    m = matrix(g)
    order = m.places
    assert abs(order.index("甲") - order.index("丙")) == 1 and abs(order.index("乙") - order.index("丁")) == 1
    assert m.categories == ["TAX_DEFERRAL", "RENT_RELIEF"]


def test_heatmap_order_beyond_the_exact_rows_keeps_like_places_together() -> None:
    """Above EXACT_ROWS places the order is bounded: identical profiles still form one run each."""
    from kg.heatmap import EXACT_ROWS, _cluster_order

    prototypes = [[5, 0, 0, 1], [0, 4, 1, 0], [0, 0, 3, 3], [1, 1, 1, 1]]
    rows = [list(prototypes[i % 4]) for i in range(2 * EXACT_ROWS)]  # interleaved: 0, 1, 2, 3, 0, ...
    order = _cluster_order(rows)
    assert sorted(order) == list(range(len(rows)))
    runs = [prototypes.index(rows[i]) for i in order]
    assert sum(1 for a, b in zip(runs, runs[1:]) if a != b) == 3


def test_heatmap_bounded_order_is_a_deterministic_permutation(monkeypatch: pytest.MonkeyPatch) -> None:
    import random

    from kg import heatmap

    monkeypatch.setattr(heatmap, "EXACT_ROWS", 25)
    rng = random.Random(3)
    rows = [[rng.randrange(4) for _ in range(8)] for _ in range(700)]
    order = heatmap._cluster_order(rows)
    assert sorted(order) == list(range(700)) and order == heatmap._cluster_order(rows)
    # a row sits next to a row at least as similar as a random neighbour would be, on average
    import numpy as np

    unit = np.asarray(rows, dtype=float)
    unit /= np.maximum(np.linalg.norm(unit, axis=1, keepdims=True), 1e-12)
    ordered = sum(float(unit[a] @ unit[b]) for a, b in zip(order, order[1:]))
    as_given = sum(float(unit[a] @ unit[b]) for a, b in zip(range(699), range(1, 700)))
    assert ordered > as_given


def test_heatmap_png_of_many_places_has_a_bounded_size(tmp_path: Path) -> None:
    """Beyond NAMED_ROWS places the PNG is an overview of fixed height, not one 0.3-inch row per place."""
    pytest.importorskip("matplotlib")
    from PIL import Image

    from kg.heatmap import NAMED_ROWS, Matrix, write_png

    def height(rows: int) -> int:
        path = write_png(Matrix([f"园区{i}" for i in range(rows)], ["RENT_RELIEF", "TAX_DEFERRAL"],
                                [[i % 3, i % 5] for i in range(rows)]), tmp_path / f"{rows}.png")
        with Image.open(path) as image:
            return image.size[1]

    small, named, overview = height(10), height(NAMED_ROWS), height(8 * NAMED_ROWS)
    assert small < named and overview == named


def test_heatmap_table_escapes_names() -> None:
    from kg.heatmap import Matrix, html_table

    page = html_table(Matrix([HOSTILE], ["RENT_RELIEF"], [[2]]))
    assert HOSTILE not in page and "&lt;script&gt;" in page


def test_export_reads_the_embedded_store(tmp_path: Path) -> None:
    from kg.backends.rdf import RdfBackend

    with RdfBackend(tmp_path / "store") as backend:
        backend.load(sample_records())
    result = CliRunner().invoke(export_cmd, ["-f", "json", "--store", str(tmp_path / "store"), "--place", "杭州"])
    assert result.exit_code == 0, result.stderr
    back = nx.node_link_graph(json.loads(result.stdout), edges="edges")
    expected, _ = select(netgraph.build(sample_records()), place=["杭州"])
    entity = {"PART_OF", "LOCATED_IN", "UNDER"}
    assert {n for n, a in back.nodes(data=True) if a["type"] not in ("Measure", "CategoryGroup")} == {
        n for n, a in expected.nodes(data=True) if a["type"] != "Measure"}
    assert {e for e in edge_set(back) if e[2] in entity} == {e for e in edge_set(expected) if e[2] in entity}


def test_readme_around_example_shows_benefits_links(tmp_path: Path) -> None:
    """The README's `kg export --around` line, run on the bundled dataset, gives a graph with enterprise–measure links."""
    import re

    from kg.backends.rdf import RdfBackend
    from kg.records import curated_records

    from helpers import REPO

    line = next(x for x in (REPO / "README.md").read_text(encoding="utf-8").splitlines() if x.startswith("kg export --around"))
    args = line.split("#")[0].split()[2:]
    assert re.fullmatch(r"--around \S+ --hops \d+ -f graphml -o \S+", " ".join(args))
    with RdfBackend(tmp_path / "store") as backend:
        backend.load(curated_records())
    out = tmp_path / "readme.graphml"
    args[args.index("-o") + 1] = str(out)
    result = CliRunner().invoke(export_cmd, [*args, "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.stderr
    g = nx.read_graphml(out, force_multigraph=True)
    firm = args[args.index("--around") + 1]
    benefits = [(u, v) for u, v, a in g.edges(data=True) if a["type"] == "BENEFITS"]
    assert benefits and all(g.nodes[v]["label"] == firm for _, v in benefits)


def test_documents_are_titled_by_title_and_date_in_pages_and_exports(tmp_path: Path) -> None:
    """A source document shows as '《title》 date' on the page, in its tooltips and in every graph export, not as its file id."""
    from kg import viz
    from kg.model import Record

    records = [*sample_records(), Record(doc_id="untitled-03", date="2020-04-01")]
    graph = netgraph.build(records)
    titled, untitled = "《高新区惠企十条》 2020-02-08", "untitled-03 2020-04-01"
    html = viz.page(graph, documents=viz.documents_of(graph))
    assert json.dumps(titled)[1:-1] in html and viz.documents_of(graph)["hz-01"] == titled
    assert viz.node_label(graph.nodes["https://w3id.org/policykg/id/document/hz-01"]) == titled

    def document_labels(g: nx.MultiDiGraph, key: str = "label") -> set[str]:
        return {a[key] for _, a in g.nodes(data=True) if a.get("type") == "Document"}

    expected = {titled, "《区县稳企通知》 2020-03-01", untitled}
    export("graphml", graph, records, tmp_path / "g.graphml")
    assert document_labels(nx.read_graphml(tmp_path / "g.graphml")) == expected
    export("gexf", graph, records, tmp_path / "g.gexf")
    assert document_labels(nx.read_gexf(tmp_path / "g.gexf")) == expected
    cy = json.loads(export("cytoscape", graph, records, None))
    assert {n["data"]["name"] for n in cy["elements"]["nodes"] if n["data"]["type"] == "Document"} == expected
    export("csv", graph, records, tmp_path / "csv")
    with open(tmp_path / "csv" / "nodes.csv", encoding="utf-8") as f:
        assert {r["label"] for r in csv.DictReader(f) if r["type"] == "Document"} == expected
    script = export("cypher", graph, records, None)
    assert "title: '高新区惠企十条'" in script and "date: '2020-02-08'" in script


def test_neo4j_import_streams_a_one_shot_iterator(tmp_path: Path) -> None:
    """Records are read once, as they come; an alias holding ';' moves every array to the next delimiter."""
    from kg.model import Entity, Record
    from kg.neo4j_admin import write_import

    odd = Record(doc_id="odd-03", entities=(Entity("杭州高新区", "Zone", aliases=("滨江;高新区",)),))
    read: list[str] = []

    def records():  # type: ignore[no-untyped-def]
        for rec in [*sample_records(), odd]:
            read.append(rec.doc_id)
            yield rec

    command = write_import(records(), tmp_path / "imp")
    assert read == ["hz-01", "hz-02", "odd-03"] and "--array-delimiter=|" in command
    with open(tmp_path / "imp" / "MENTIONS.csv", encoding="utf-8") as f:
        mentions = list(csv.DictReader(f))
    assert len(mentions) == sum(len(r.entities) for r in [*sample_records(), odd])
    assert "滨江;高新区" in [m["aliases:string[]"] for m in mentions]
    with open(tmp_path / "imp" / "Place.csv", encoding="utf-8") as f:
        zone = next(r for r in csv.DictReader(f) if r["name"] == "杭州高新区")
    assert zone["aliases:string[]"].split("|") == ["滨江;高新区", "滨江高新区"] and zone[":LABEL"] == "Place|Zone"
    with pytest.raises(ValueError, match="odd-03 is given twice"):
        write_import([odd, odd], tmp_path / "twice")


def test_neo4j_import_relationship_evidence_of_many_documents(tmp_path: Path) -> None:
    """A relationship stated by documents given in any order is one row, its evidence sorted by document;
    a ';' in a statement's text moves the arrays to the next delimiter."""
    from kg.model import Entity, Record, Relation
    from kg.neo4j_admin import write_import

    def stating(doc: str, text: str) -> Record:
        return Record(doc_id=doc, entities=(Entity("甲乙科技有限公司", "Enterprise"), Entity("丙丁高新区", "Zone")),
                      relations=(Relation("LOCATED_IN", "甲乙科技有限公司", "丙丁高新区", text=text),
                                 Relation("LOCATED_IN", "甲乙科技有限公司", "丙丁高新区", text="同一文件的第二句")))

    command = write_import([stating(f"doc-{i}", f"第{i}句") for i in (3, 1, 2)] + [stating("doc-0", "甲;乙")], tmp_path / "imp")
    assert "--array-delimiter=|" in command
    with open(tmp_path / "imp" / "LOCATED_IN.csv", encoding="utf-8") as f:
        (row,) = list(csv.DictReader(f))
    assert row["docs:string[]"].split("|") == ["doc-0", "doc-1", "doc-2", "doc-3"]
    assert row["texts:string[]"].split("|") == ["甲;乙", "第1句", "第2句", "第3句"]


def test_neo4j_import_force_leaves_no_stale_files(tmp_path: Path) -> None:
    from kg.neo4j_admin import write_import

    write_import(sample_records(), tmp_path / "imp")
    assert (tmp_path / "imp" / "BENEFITS.csv").exists()
    with pytest.raises(FileExistsError):
        write_import(sample_records()[1:], tmp_path / "imp")
    write_import([r for r in sample_records() if r.doc_id == "hz-02"][:0], tmp_path / "imp", force=True)
    assert not (tmp_path / "imp" / "BENEFITS.csv").exists() and (tmp_path / "imp" / "Category.csv").exists()
    assert not list((tmp_path / "imp").glob(".*.tmp")) and not list((tmp_path / "imp").glob("tmp*"))
