"""Writing a (selected) graph in formats other tools read: Gephi, Cytoscape, RDF, Neo4j, spreadsheets.

Graph formats (graphml, gexf, json, cytoscape, csv, cypher) are written from
the networkx graph of :mod:`kg.netgraph`.  RDF formats are made by the RDF
mapping of the store (:func:`kg.rdfmap.records_to_dataset`) and then cut to
the selection, so an exported IRI or triple is exactly what the store holds;
they are the Linked Data view (:mod:`kg.linkeddata`).  N-Quads and TriG can
instead hold the store's own dataset, for a SPARQL server's bulk loader
(:func:`write_dataset`).  ``neo4j-import`` hands whole documents, in their
flat form, to :func:`kg.neo4j_admin.write_flat_beside`.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Callable, Iterable

import networkx as nx

from . import identity
from .files import atomic_open, write_text
from .gazetteer import place_facts
from .model import PLACE_TYPES, FlatRecord, Record
from .netgraph import ENTITY_NODE_TYPES, document_title
from .taxonomy import taxonomy

#: node-kind path segments of identity IRIs: an IRI of one of these kinds is a graph node
NODE_KINDS = ("place", "agency", "enterprise", "policy", "measure", "document", "category")


#: links schema/shapes.ttl requires of a measure (sh:minCount 1): a cut keeps their targets
REQUIRED_LINKS = (identity.ONTOLOGY + "region", identity.ONTOLOGY + "category", "http://www.w3.org/ns/prov#wasDerivedFrom")


#: prefixes of the Turtle and TriG files: the project's and the standard vocabularies the ontology maps to
EXPORT_PREFIXES = {"kg": identity.ONTOLOGY, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
                   "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "xsd": "http://www.w3.org/2001/XMLSchema#",
                   "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
                   "dcterms": "http://purl.org/dc/terms/", "org": "http://www.w3.org/ns/org#",
                   "schema": "https://schema.org/", "eli": "http://data.europa.eu/eli/ontology#"}


class ExportError(RuntimeError):
    """An export that cannot be written as asked (missing output, file in the way)."""


#: characters XML 1.0 does not allow in text (C0 controls other than TAB/LF/CR, lone surrogates, U+FFFE/U+FFFF)
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
#: first characters a spreadsheet reads as the start of a formula (OWASP CSV injection)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def edge_id(u: str, v: str, etype: str) -> str:
    """A stable id for the one edge of a type between two nodes: the same in every export and run."""
    return "e" + hashlib.sha1(f"{u}\t{etype}\t{v}".encode()).hexdigest()[:16]


def _store_view(graph: nx.MultiDiGraph, records: Iterable[Record]) -> tuple[dict[str, Any], dict[tuple[str, str, str], dict[str, list[Any]]]]:
    """What the stores derive for the selection's entities and entity relationships from every document.

    Entity summaries (name, aliases, code, level, Region/Zone) are folded
    from all mentions as the Neo4j and RDF stores fold them, and each entity
    relationship gets its documents' evidence in lists aligned with ``docs``,
    so an export answers queries as the store does.  Only the documents that
    state a selected entity are read.
    """
    from .backends.neo4j import Rows, summarise

    wanted = {d for _, a in graph.nodes(data=True) if a.get("type") in ENTITY_NODE_TYPES for d in a.get("docs", ())}
    rows = Rows()
    for rec in records:
        if rec.doc_id in wanted:
            rows.add_document(rec)
    mentions: dict[str, list[tuple[Any, ...]]] = {}
    for label_rows in rows.mentions.values():
        for m in label_rows:
            if m["id"] in graph:
                mentions.setdefault(m["id"], []).append((m["doc"], m["pos"], m["name"], m["type"], m["aliases"], m["code"]))
    summaries = {node: summarise(node, ms) for node, ms in mentions.items()}
    evidence = {(r["s"], r["o"], rtype): {"docs": r["docs"], "texts": r["texts"]}
                for rtype in rows.relations for r in rows.relation_rows(rtype) if graph.has_edge(r["s"], r["o"], rtype)}
    return summaries, evidence


def _neo4j_labels(attrs: dict[str, Any], types: Iterable[str] = ()) -> list[str]:
    """A node's Neo4j labels: places are ``Place`` plus every subtype their documents give them."""
    kind = attrs.get("type") or "Node"
    if kind in PLACE_TYPES:
        return ["Place", *sorted({kind, *types} & set(PLACE_TYPES))]
    return [kind]


def export_graph(graph: nx.MultiDiGraph, records: Iterable[Record] = ()) -> nx.MultiDiGraph:
    """The selection with what the stores hold beyond the drawing graph: levels, groups, MENTIONS, edge ids.

    Entities take the name, aliases, code and level the stores derive from
    all of ``records`` (without records, the gazetteer's code and level for
    places: zones it does not know are level ``zone``); entity relationships
    get ``texts``, each document's evidence aligned with ``docs``.  A
    document node MENTIONS every selected entity it states, and each
    category is IN_GROUP of its CategoryGroup node.  Places also get
    ``labels``, their Neo4j labels; documents are labelled by title and date.
    """
    out = graph.copy()
    summaries, evidence = _store_view(graph, records)
    tx = taxonomy()
    docs = {a["doc_id"]: n for n, a in out.nodes(data=True) if a.get("type") == "Document"}
    for node, attrs in list(out.nodes(data=True)):
        kind = attrs.get("type")
        summary = summaries.get(node)
        if summary is not None:
            attrs.update(name=summary.name, label=summary.name, aliases=summary.aliases, docs=summary.docs)
            for key in ("code", "level"):
                if getattr(summary, key):
                    attrs[key] = getattr(summary, key)
        elif kind in PLACE_TYPES:
            code, level = place_facts(attrs.get("name", attrs.get("label", "")))
            if code and "code" not in attrs:
                attrs["code"] = code
            level = level or ("zone" if kind == "Zone" else None)
            if level:
                attrs["level"] = level
        if kind in PLACE_TYPES:
            attrs["labels"] = _neo4j_labels(attrs, summary.types if summary else ())
        if kind == "Document":
            attrs["label"] = document_title(attrs)
        if kind in ENTITY_NODE_TYPES:
            for d in attrs.get("docs", ()):
                if d in docs:
                    out.add_edge(docs[d], node, key="MENTIONS", type="MENTIONS", docs=[d])
        group = tx.groups.get(attrs.get("group", "")) if kind == "Category" else None
        if group is not None:
            gnode = identity.group_iri(group.code)
            if gnode not in out:
                out.add_node(gnode, type="CategoryGroup", label=group.zh, code=group.code, zh=group.zh, en=group.en, docs=[])
            out.add_edge(node, gnode, key="IN_GROUP", type="IN_GROUP", docs=[])
    for (u, v, k), ev in evidence.items():
        out.edges[u, v, k].update(ev)
    for u, v, k, attrs in out.edges(keys=True, data=True):
        attrs["id"] = edge_id(u, v, k)
    return out


def _xml_text(value: str) -> str:
    return _XML_ILLEGAL.sub("\ufffd", value)


def _scalar(value: Any) -> Any:
    """GraphML and GEXF hold only scalars: lists become JSON strings; text keeps to XML 1.0 characters."""
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return _xml_text(value) if isinstance(value, str) else value


def scalar_graph(graph: nx.MultiDiGraph, *, edge_kind: str = "type") -> nx.MultiDiGraph:
    """A copy of the graph with every attribute a string, integer, float or bool (None left out).

    Edge keys become the stable edge ids; ``edge_kind`` renames the relation
    type where the format reserves ``type``.  A key whose values mix
    integers and fractions is written as floats throughout: one type per key.
    """
    def clean(attrs: dict[str, Any]) -> dict[str, Any]:
        return {k: _scalar(v) for k, v in attrs.items() if v is not None}

    nodes = [(_xml_text(n), clean(a)) for n, a in graph.nodes(data=True)]
    edges = []
    for u, v, k, a in graph.edges(keys=True, data=True):
        attrs = clean(a)
        attrs[edge_kind] = attrs.pop("type", k)
        edges.append((_xml_text(u), _xml_text(v), attrs.pop("id", edge_id(u, v, k)), attrs))
    fractional = {k for _, a in nodes + [(None, e[3]) for e in edges] for k, v in a.items()
                  if isinstance(v, float)}
    out = nx.MultiDiGraph()
    for _, a in nodes + [(None, e[3]) for e in edges]:
        for k in fractional & a.keys():
            if isinstance(a[k], int) and not isinstance(a[k], bool):
                a[k] = float(a[k])
    out.add_nodes_from(nodes)
    out.add_edges_from(edges)
    return out


def _rgb(colour: str) -> dict[str, float]:
    return {"r": int(colour[1:3], 16), "g": int(colour[3:5], 16), "b": int(colour[5:7], 16), "a": 1.0}


def graphml(graph: nx.MultiDiGraph, records: Iterable[Record]) -> str:
    return "\n".join(nx.generate_graphml(scalar_graph(export_graph(graph, records)))) + "\n"


def gexf(graph: nx.MultiDiGraph, records: Iterable[Record]) -> str:
    """GEXF with the page's colours, sizes and layout, so Gephi shows what ``kg viz`` shows."""
    from .viz import STYLES, _OTHER, layout, node_size

    full = export_graph(graph, records)
    out = scalar_graph(full, edge_kind="kind")
    pos = layout(nx.Graph(full)) if len(full) else {}
    degree = dict(full.degree())
    for node, attrs in full.nodes(data=True):
        x, y = pos.get(node, (0.0, 0.0))
        out.nodes[_xml_text(node)]["viz"] = {
            "color": _rgb(STYLES.get(attrs.get("type", ""), _OTHER).colour),
            "size": node_size(degree[node]),
            "position": {"x": float(x), "y": float(y), "z": 0.0},
        }
    for _, _, key, attrs in out.edges(keys=True, data=True):
        attrs["id"] = key
    for _, attrs in out.nodes(data=True):  # GEXF reads start/end as time spells
        for bound in ("start", "end"):
            if bound in attrs:
                attrs["span_" + bound] = attrs.pop(bound)
    return "\n".join(nx.generate_gexf(out)) + "\n"


def node_link(graph: nx.MultiDiGraph, records: Iterable[Record]) -> str:
    # ``edges=`` is networkx 3.4's keyword (the floor in pyproject.toml)
    data = nx.node_link_data(export_graph(graph, records), edges="edges")
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def cytoscape(graph: nx.MultiDiGraph, records: Iterable[Record]) -> str:
    data = nx.cytoscape_data(export_graph(graph, records))
    for node in data["elements"]["nodes"]:
        node["data"]["name"] = node["data"].get("label", node["data"]["id"])
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def rdf_dataset(graph: nx.MultiDiGraph, records: Iterable[Record]) -> Any:
    """The store's RDF for the documents behind the selection, cut to the selected nodes.

    A triple survives when neither end is an unselected node.  Helper
    resources (evidence, reified statements) go when what they are about goes.
    The region, categories and document of a selected measure are kept
    although the selection cut them, since the shapes require them.
    """
    import rdflib

    from .linkeddata import enrich
    from .rdfmap import records_to_dataset

    docs = {d for _, a in graph.nodes(data=True) for d in a.get("docs", ())}
    full = records_to_dataset([r for r in records if r.doc_id in docs])
    kept = set(graph.nodes)
    prefixes = tuple(f"{identity.ID}{kind}/" for kind in NODE_KINDS)
    quads = list(full.quads((None, None, None, None)))

    def is_node(term: Any) -> bool:
        return isinstance(term, rdflib.URIRef) and str(term).startswith(prefixes)

    # what the shapes require of a kept node stays with it, so a cut export still conforms
    required = {rdflib.URIRef(p) for p in REQUIRED_LINKS}
    kept |= {str(o) for s, p, o, _ in quads if p in required and str(s) in kept}
    dropped = {t for q in quads for t in (q[0], q[2]) if is_node(t) and str(t) not in kept}
    while True:
        more = {s for s, _, o, _ in quads if o in dropped and s not in dropped and not is_node(s)}
        if not more:
            break
        dropped |= more
    out = rdflib.Dataset()
    for prefix, ns in full.namespaces():
        out.bind(prefix, ns)
    for s, p, o, g in quads:
        if s not in dropped and o not in dropped:
            out.graph(g).add((s, p, o))
    enrich(out)
    return out


def _ox_term(term: Any) -> Any:
    import pyoxigraph as ox
    import rdflib

    if isinstance(term, rdflib.URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, rdflib.BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype))) if term.datatype else ox.Literal(str(term))


def _oxigraph(fmt: str, *, graphs: bool) -> Callable[[nx.MultiDiGraph, Iterable[Record]], str]:
    """A writer through pyoxigraph's serialiser (tens of times faster than rdflib's); ``graphs`` keeps named graphs."""
    def write(graph: nx.MultiDiGraph, records: Iterable[Record]) -> str:
        import pyoxigraph as ox

        ds = rdf_dataset(graph, records)
        quads = ds.quads((None, None, None, None))
        items: Any
        if graphs:
            items = (ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), _ox_term(g)) for s, p, o, g in quads)
        else:  # one triple stated by several documents is written once
            items = sorted({ox.Triple(_ox_term(s), _ox_term(p), _ox_term(o)) for s, p, o, _ in quads}, key=str)
        kwargs = {} if fmt in ("N_TRIPLES", "N_QUADS") else {"prefixes": EXPORT_PREFIXES}
        return ox.serialize(items, format=getattr(ox.RdfFormat, fmt), **kwargs).decode("utf-8")
    return write


def jsonld(graph: nx.MultiDiGraph, records: Iterable[Record]) -> str:
    """Compact JSON-LD with the shipped ``@context``; one named graph per source document."""
    from .linkeddata import context

    return rdf_dataset(graph, records).serialize(format="json-ld", context=context(), indent=1, ensure_ascii=False)


_CYPHER_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def cypher_string(text: str) -> str:
    """A Cypher string literal: backslash, quote and control characters escaped."""
    out = []
    for c in text:
        if c in _CYPHER_ESCAPES:
            out.append(_CYPHER_ESCAPES[c])
        elif ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 or c in "\u2028\u2029":
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(c)
    return "'" + "".join(out) + "'"


def cypher_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_value(v) for v in value) + "]"
    return cypher_string(str(value))


def cypher_name(name: str) -> str:
    """A label, type or property name, backtick-quoted unless it is a plain identifier."""
    return name if name.isidentifier() and name.isascii() else "`" + name.replace("`", "``") + "`"


def _props(attrs: dict[str, Any], skip: tuple[str, ...]) -> str:
    pairs = [f"{cypher_name(k)}: {cypher_value(v)}" for k, v in sorted(attrs.items()) if k not in skip and v is not None]
    return "{" + ", ".join(pairs) + "}"


def cypher(graph: nx.MultiDiGraph, records: Iterable[Record]) -> str:
    """A script of MERGE statements (run with cypher-shell -f); running it twice changes nothing.

    It starts with the constraints and indexes of ``schema/neo4j.cypher`` and
    writes the labels and property names of the Neo4j backend, so the
    stored queries run on the database it builds.
    """
    from .backends.neo4j import schema_statements

    graph = export_graph(graph, records)
    labels = {n: a.get("labels") or _neo4j_labels(a) for n, a in graph.nodes(data=True)}
    derived = _derived(graph)
    lines = [f"// kg export: {graph.number_of_nodes()} nodes, {graph.number_of_edges()} relationships"]
    lines += [" ".join(statement.split()) + ";" for statement in schema_statements()]
    for node, attrs in graph.nodes(data=True):
        first, *more = labels[node]
        extra = "".join(f" SET n:{cypher_name(label)}" for label in more)
        props = {**attrs, **derived.get(node, {})}
        lines.append(f"MERGE (n:{cypher_name(first)} {{id: {cypher_string(node)}}}){extra} "
                     f"SET n += {_props(props, ('type', 'label', 'labels'))};")
    for u, v, attrs in graph.edges(data=True):
        lines.append(
            f"MATCH (a:{cypher_name(labels[u][0])} {{id: {cypher_string(u)}}}), "
            f"(b:{cypher_name(labels[v][0])} {{id: {cypher_string(v)}}}) "
            f"MERGE (a)-[r:{cypher_name(attrs['type'])}]->(b) SET r += {_props(attrs, ('type',))};"
        )
    return "\n".join(lines) + "\n"


def _derived(graph: nx.MultiDiGraph) -> dict[str, dict[str, Any]]:
    """The properties the Neo4j backend keeps at load: a place's ``codes`` (the sorted codes of its measures' categories)
    and a measure's ``categories`` (kg.backends.neo4j.category_list); none where there are no categories."""
    from .backends.neo4j import category_list

    offered: dict[str, set[str]] = {}
    out: dict[str, dict[str, Any]] = {}
    for m, attrs in graph.nodes(data=True):
        if attrs.get("type") == "Measure":
            edges = [(v, a.get("type")) for _, v, a in graph.out_edges(m, data=True)]
            codes = {graph.nodes[v]["code"] for v, t in edges if t == "HAS_CATEGORY"}
            if codes:
                out[m] = {"categories": category_list(codes)}
            for v, t in edges:
                if t == "REGION":
                    offered.setdefault(v, set()).update(codes)
    out.update((p, {"codes": sorted(codes)}) for p, codes in offered.items() if codes)
    return out


def _cell(value: Any) -> Any:
    """A CSV cell: lists as JSON; text a spreadsheet would run as a formula gets a leading quote (OWASP)."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _csv(header: list[str], rows: Iterable[dict[str, Any]]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(header)
    for row in rows:
        w.writerow([_cell(row.get(k)) for k in header])
    return buf.getvalue()


def write_csv(graph: nx.MultiDiGraph, records: Iterable[Record], out: Path, force: bool, *,
              bom: bool = False) -> list[Path]:
    """nodes.csv (id, type, label, then every attribute) and edges.csv in the folder ``out``; lists as JSON.

    ``bom`` starts each file with a byte-order mark, which Excel needs to read UTF-8 as UTF-8.
    """
    graph = export_graph(graph, records)
    extra = sorted({k for _, a in graph.nodes(data=True) for k in a} - {"type", "label"})
    files = {
        out / "nodes.csv": _csv(["id", "type", "label", *extra], ({"id": n, **a} for n, a in graph.nodes(data=True))),
        out / "edges.csv": _csv(["id", "source", "target", "type", "docs", "text"],
                                ({"source": u, "target": v, **a} for u, v, a in graph.edges(data=True))),
    }
    _refuse_overwrite(list(files), force)
    out.mkdir(parents=True, exist_ok=True)
    for path, text in files.items():
        write_text(path, text, encoding="utf-8-sig" if bom else "utf-8")
    return list(files)


def write_neo4j_import(graph: nx.MultiDiGraph, records: Iterable[Record], out: Path, force: bool) -> list[Path]:
    """neo4j-admin import files for the documents the selection touches (the importer works per document)."""
    docs = {d for _, a in graph.nodes(data=True) for d in a.get("docs", ())}
    return neo4j_import_documents((r.flat() for r in records if r.doc_id in docs), out, force)


def neo4j_import_documents(records: Iterable[FlatRecord], out: Path, force: bool) -> list[Path]:
    """neo4j-admin import files for whole documents (in their flat form, :meth:`kg.model.Record.flat`), streamed: no graph is built."""
    from .neo4j_admin import WriterFailed, write_flat_beside

    try:
        write_flat_beside(records, out, force=force)
    except FileExistsError as exc:
        raise ExportError(f"{exc}; use --force to overwrite") from exc
    except (ValueError, WriterFailed) as exc:  # a document given twice; a writer process that died
        raise ExportError(str(exc)) from None
    return [out]


#: --shape: what the RDF formats with named graphs hold (the view of kg.linkeddata, or the store's dataset)
SHAPES = ("view", "dataset")


def write_dataset(fmt: str, records: Iterable[Record], out: Path | IO[str], force: bool = False) -> int:
    """The store's own dataset of whole documents (:mod:`kg.dataset`) in ``fmt``, streamed; the number of quads.

    A file ``out`` is replaced only once complete, so a failure (a document
    given twice, a full disk) leaves no half dataset for a bulk loader to
    take; a name ending in ``.gz`` is written gzip-compressed (every bulk
    loader reads it).
    """
    from .dataset import WRITERS, DuplicateDocument, graphs

    if not FORMATS[fmt].dataset:
        raise ExportError(f"--shape dataset is written as {' or '.join(dataset_formats())}, not {fmt}")
    try:
        if not isinstance(out, Path):
            return WRITERS[fmt](graphs(records), out)
        _refuse_overwrite([out], force)
        if out.suffix.lower() != ".gz":
            with atomic_open(out) as stream:
                return WRITERS[fmt](graphs(records), stream)
        with atomic_open(out, encoding=None) as raw, gzip.open(raw, "wt", encoding="utf-8", newline="\n") as stream:
            return WRITERS[fmt](graphs(records), stream)
    except DuplicateDocument as exc:
        raise ExportError(str(exc)) from None


@dataclass(frozen=True)
class Format:
    """How one export format is written: as text (file or stdout) or into a folder."""

    name: str
    help: str
    text: Callable[[nx.MultiDiGraph, Iterable[Record]], str] | None = None
    folder: Callable[..., list[Path]] | None = None
    #: writes whole documents (in their flat form, :meth:`kg.model.Record.flat`) straight from the store, for an export of everything
    documents: Callable[[Iterable[FlatRecord], Path, bool], list[Path]] | None = None
    #: can hold the store's own dataset (--shape dataset, written by kg.dataset.WRITERS)
    dataset: bool = False


FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("graphml", "GraphML (yEd, Gephi, networkx); lists as JSON strings", text=graphml),
    Format("gexf", "GEXF for Gephi; lists as JSON strings", text=gexf),
    Format("json", "networkx node-link JSON", text=node_link),
    Format("cytoscape", "Cytoscape.js JSON", text=cytoscape),
    Format("turtle", "RDF Turtle (all document graphs merged)", text=_oxigraph("TURTLE", graphs=False)),
    Format("ntriples", "RDF N-Triples (all document graphs merged)", text=_oxigraph("N_TRIPLES", graphs=False)),
    Format("nquads", "RDF N-Quads with one named graph per document", text=_oxigraph("N_QUADS", graphs=True), dataset=True),
    Format("trig", "RDF TriG with one named graph per document", text=_oxigraph("TRIG", graphs=True), dataset=True),
    Format("jsonld", "compact JSON-LD (schema/context.jsonld), one named graph per document", text=jsonld),
    Format("cypher", "Cypher MERGE script (cypher-shell -f FILE)", text=cypher),
    Format("csv", "folder with nodes.csv and edges.csv", folder=write_csv),
    Format("neo4j-import", "folder of neo4j-admin import CSV files (whole documents)", folder=write_neo4j_import,
           documents=neo4j_import_documents),
)}


def dataset_formats() -> list[str]:
    """The formats that can hold the store's own dataset."""
    return [f.name for f in FORMATS.values() if f.dataset]


def _refuse_overwrite(paths: list[Path], force: bool) -> None:
    clash = [p for p in paths if p.exists()]
    if clash and not force:
        raise ExportError(f"{clash[0]} already exists; use --force to overwrite")


def export(
    fmt: str, graph: nx.MultiDiGraph, records: Iterable[Record], out: Path | None, *,
    force: bool = False, bom: bool = False,
) -> str | list[Path]:
    """Write the graph in format ``fmt``: the text itself when ``out`` is None, else the paths written.

    ``records`` are read once, and only by the formats made from whole documents (RDF, neo4j-import).
    """
    spec = FORMATS[fmt]
    if bom and fmt != "csv":
        raise ExportError(f"--bom is for csv, not {fmt}")
    if spec.folder is not None:
        if out is None:
            raise ExportError(f"{fmt} writes a folder: give it with -o FOLDER")
        return spec.folder(graph, records, out, force, **({"bom": True} if bom else {}))
    assert spec.text is not None
    text = spec.text(graph, records)
    if out is None:
        return text
    _refuse_overwrite([out], force)
    write_text(out, text)
    return [out]
