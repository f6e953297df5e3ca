"""Deterministic identifiers: the same thing always gets the same IRI.

An IRI is built from the entity's kind and its key: the official code when
the gazetteer knows the place unambiguously, else the normalised name
(:func:`kg.names.key`).  Regions and zones share the ``place/`` space so that
two documents that disagree on the subtype still meet in one node.
"""

from __future__ import annotations

from functools import lru_cache

from . import names
from .gazetteer import Gazetteer

BASE = "https://w3id.org/policykg/"
ID = BASE + "id/"
ONTOLOGY = BASE + "ontology#"

KIND = {
    "Region": "place",
    "Zone": "place",
    "Agency": "agency",
    "Enterprise": "enterprise",
    "PolicyDocument": "policy",
}
# ASCII characters that may not stand in an IRI path segment.
_ESCAPE = {c: f"%{ord(c):02X}" for c in ' <>"{}|\\^`#?/%[]'}


def _segment(text: str) -> str:
    return "".join(_ESCAPE.get(c, c) for c in text)


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """The official code of a place when the gazetteer knows it unambiguously, else its name key."""
    found = Gazetteer.default().lookup(name)
    if len(found) == 1:
        return found[0].code or names.key(found[0].name, "Zone")
    return names.key(name, "Region")


def entity_iri(etype: str, name: str) -> str:
    """IRI of a named entity of the given type."""
    kind = KIND[etype]
    k = place_key(name) if kind == "place" else names.key(name, etype)
    return f"{ID}{kind}/{_segment(k)}"


def document_iri(doc_id: str) -> str:
    return f"{ID}document/{_segment(doc_id)}"


def category_iri(code: str) -> str:
    return f"{ID}category/{_segment(code)}"


def group_iri(code: str) -> str:
    return f"{ID}category-group/{_segment(code)}"


def measure_iri(doc_id: str, index: int) -> str:
    """A measure is the index-th of its document: stable across re-loads and backends.

    A document is always replaced as a whole, so its measures need no content hash.
    """
    return f"{ID}measure/{_segment(doc_id)}/{index}"
