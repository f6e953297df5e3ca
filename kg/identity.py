"""Deterministic identifiers: the same thing always gets the same IRI.

An IRI is built from the entity's kind and its key: the official code when
the gazetteer knows the place unambiguously, else the normalised name
(:func:`kg.names.key`).  Regions and zones share the ``place/`` space so that
two documents that disagree on the subtype still meet in one node.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from . import names

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
    k = names.key(name, "Region")
    try:
        from .gazetteer import Gazetteer

        found = Gazetteer.default().lookup(name)
    except (ImportError, FileNotFoundError):
        found = []
    if len(found) == 1:
        return found[0].code or names.key(found[0].name, "Zone")
    return k


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


def measure_iri(doc_id: str, index: int, region: str, categories: tuple[str, ...], text: str | None) -> str:
    """A measure is identified by its document, position and content, stable across re-loads."""
    h = hashlib.sha1("\x1f".join([doc_id, str(index), region, ",".join(categories), text or ""]).encode()).hexdigest()
    return f"{ID}measure/{_segment(doc_id)}-{h[:12]}"
