"""Deterministic identifiers: the same thing always gets the same IRI.

An IRI is built from the entity's kind and its key: the official code when
the gazetteer knows the place unambiguously, else the normalised name
(:func:`kg.names.key`).  Regions and zones share the ``place/`` space so that
two documents that disagree on the subtype still meet in one node.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import quote_from_bytes

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
# What RFC 3987 allows raw in a path segment (ipchar without pct-encoded): ASCII
# unreserved, sub-delims, ":" and "@", and the ucschar ranges (no controls,
# surrogates, private use, noncharacters or specials).
_ASCII_OK = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@"
_UCS_RANGES = (
    ((0xA0, 0xD7FF), (0xF900, 0xFDCF), (0xFDF0, 0xFFEF))
    + tuple((plane << 16, (plane << 16) + 0xFFFD) for plane in range(1, 14))
    + ((0xE1000, 0xEFFFD),)
)
#: a run of characters that must be percent-encoded in a path segment
_NOT_ALLOWED = re.compile(
    "[^" + re.escape(_ASCII_OK) + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _UCS_RANGES) + "]+"
)


def _escape(run: re.Match[str]) -> str:
    # surrogatepass: a lone surrogate gets the bytes of its code point, as every other character
    return quote_from_bytes(run.group().encode("utf-8", "surrogatepass"), safe="")


def _segment(text: str) -> str:
    """``text`` as one IRI path segment: every character RFC 3987 does not allow there percent-encoded."""
    return _NOT_ALLOWED.sub(_escape, text)


@lru_cache(maxsize=65536)
def place_key(name: str) -> str:
    """The official code of a place when the gazetteer knows it unambiguously, else its name key."""
    found = Gazetteer.default().lookup(name)
    if len(found) == 1:
        return found[0].code or names.key(found[0].name, "Zone")
    return names.key(name, "Region")


@lru_cache(maxsize=65536)
def entity_iri(etype: str, name: str) -> str:
    """IRI of a named entity of the given type (cached: the same entities recur across a load's records)."""
    kind = KIND[etype]
    k = place_key(name) if kind == "place" else names.key(name, etype)
    return f"{ID}{kind}/{_segment(k)}"


def document_iri(doc_id: str) -> str:
    return f"{ID}document/{_segment(doc_id)}"


@lru_cache(maxsize=1024)
def category_iri(code: str) -> str:
    return f"{ID}category/{_segment(code)}"


def group_iri(code: str) -> str:
    return f"{ID}category-group/{_segment(code)}"


def measure_iri(doc_id: str, index: int) -> str:
    """A measure is the index-th of its document: stable across re-loads and backends.

    A document is always replaced as a whole, so its measures need no content hash.
    """
    return f"{measure_base(doc_id)}{index}"


def measure_base(doc_id: str) -> str:
    """What the IRIs of a document's measures start with (its index follows): escaped once per document."""
    return f"{ID}measure/{_segment(doc_id)}/"


def kind_of(node: str) -> str | None:
    """The node-kind segment of an IRI made here (``place``, ``measure``, ``category``...), None for another IRI."""
    if not node.startswith(ID):
        return None
    return node[len(ID):].split("/", 1)[0]
