"""What Linked Data users expect of an RDF export beyond the store's own mapping.

The store keeps plain labels and the project's own classes; an export also
states, in each document graph, what a reasoner would derive from
``schema/kg.ttl`` (the ORG, PROV, schema.org and SKOS classes and properties
the ontology maps to), ``rdfs:label`` and ``skos:prefLabel`` in Chinese
(``@zh``), and dates typed as ``xsd:date``, so plain SPARQL over the file
works without loading the ontology.  Each document ``schema:mentions`` its
entities, and a ``kg:Mention`` keeps the names it gives them, so a file that
merges the documents (Turtle) can still be read back document by document.
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import lru_cache
from typing import Any

import rdflib
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from .identity import ID
from .names import is_traditional
from .rdfmap import CLASS, KG, RELATION_PROPERTY
from .resources import schema_dir

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_PROPS = (rdflib.URIRef("http://purl.org/dc/terms/date"),)
_LABELS = (SKOS.prefLabel, SKOS.altLabel)
_DOCUMENT = rdflib.URIRef(KG + "Document")
_ENTITY_CLASSES = {rdflib.URIRef(c) for c in CLASS.values()}
#: a document graph states the entities it mentions, so a merged export still says which document named what
MENTIONS = rdflib.URIRef("https://schema.org/mentions")
MENTION_OF = rdflib.URIRef(KG + "mentionOf")
CODE = rdflib.URIRef(KG + "code")
#: entity property -> the property of a mention that holds it as one document gives it
MENTION_PROPS = {SKOS.prefLabel: rdflib.URIRef(KG + "name"), SKOS.altLabel: rdflib.URIRef(KG + "alias"),
                 CODE: rdflib.URIRef(KG + "mentionCode"),
                 **{rdflib.URIRef(p): rdflib.URIRef(KG + "mention" + p.rsplit("#", 1)[1][0].upper() + p.rsplit("#", 1)[1][1:])
                    for p in RELATION_PROPERTY.values()}}


def _closure(onto: rdflib.Graph, prop: rdflib.URIRef) -> dict[rdflib.term.Node, set[rdflib.term.Node]]:
    """Each term -> every term above it by ``prop`` (subClassOf or subPropertyOf), transitively."""
    up: dict[rdflib.term.Node, set[rdflib.term.Node]] = {}
    for s in set(onto.subjects(prop, None)):
        seen: set[rdflib.term.Node] = set()
        stack = list(onto.objects(s, prop))
        while stack:
            t = stack.pop()
            if t not in seen and isinstance(t, rdflib.URIRef):
                seen.add(t)
                stack.extend(onto.objects(t, prop))
        up[s] = seen
    return up


@lru_cache(maxsize=1)
def _ontology() -> tuple[dict[Any, set[Any]], dict[Any, set[Any]]]:
    onto = rdflib.Graph().parse(schema_dir() / "kg.ttl", format="turtle")
    return _closure(onto, RDFS.subClassOf), _closure(onto, RDFS.subPropertyOf)


def _chinese(lit: rdflib.Literal) -> rdflib.Literal:
    """A name tagged with its script: ``@zh-Hant`` for a traditional written form, else ``@zh``."""
    if lit.language or lit.datatype:
        return lit
    return rdflib.Literal(str(lit), lang="zh-Hant" if is_traditional(str(lit)) else "zh")


def enrich(ds: rdflib.Dataset) -> None:
    """Add the standard-vocabulary types and properties, Chinese labels, typed dates and mentions, graph by graph."""
    classes, props = _ontology()
    for ctx in list(ds.graphs()):
        add: list[tuple[Any, Any, Any]] = []
        drop: list[tuple[Any, Any, Any]] = []
        doc = ctx.identifier if (ctx.identifier, RDF.type, _DOCUMENT) in ctx else None
        for s, p, o in ctx:
            if p == RDF.type:
                add.extend((s, RDF.type, c) for c in classes.get(o, ()))
                if doc is not None and o in _ENTITY_CLASSES:
                    add.extend(_mention(ctx, doc, s))
                continue
            add.extend((s, q, o) for q in props.get(p, ()))
            if p in _LABELS and isinstance(o, rdflib.Literal) and not o.language:
                drop.append((s, p, o))
                add.append((s, p, _chinese(o)))
                if p == SKOS.prefLabel:
                    add.append((s, RDFS.label, _chinese(o)))
            elif p in _DATE_PROPS and isinstance(o, rdflib.Literal) and o.datatype is None \
                    and _ISO_DATE.fullmatch(str(o)):
                drop.append((s, p, o))
                add.append((s, p, rdflib.Literal(str(o), datatype=XSD.date)))
        for t in drop:
            ctx.remove(t)
        for t in add:
            ctx.add(t)


def _mention(ctx: rdflib.Graph, doc: Any, entity: Any) -> list[tuple[Any, Any, Any]]:
    """``doc schema:mentions entity``, and a kg:Mention holding the names, code and relations the document gives it."""
    m = rdflib.URIRef(f"{ID}mention/{hashlib.sha1(f'{doc}|{entity}'.encode()).hexdigest()[:16]}")
    out = [(doc, MENTIONS, entity), (m, RDF.type, rdflib.URIRef(KG + "Mention")),
           (m, PROV.wasDerivedFrom, doc), (m, MENTION_OF, entity)]
    out += [(m, MENTION_PROPS[p], o) for p in MENTION_PROPS for o in ctx.objects(entity, p)]
    return out


@lru_cache(maxsize=1)
def context() -> dict[str, Any]:
    """The JSON-LD ``@context`` shipped as ``schema/context.jsonld``."""
    return json.loads((schema_dir() / "context.jsonld").read_text(encoding="utf-8"))["@context"]
