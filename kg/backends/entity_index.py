"""Index entries of entities computed from the records being loaded, as ``ENTITY_STEPS`` compute them from the store.

An entity's entry in the index graph (see kg.backends.rdf) only grows when
documents are added: its types, labels, relations and offered categories are
unions over the documents, its display name, level and code the smallest
value any document gives.  So a load that adds documents merges what the
new records say of each entity with the entry the store holds and writes
the difference with the documents' own quads.  An entry shrinks only when a
document is replaced or removed; the SPARQL steps recompute those.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .. import identity, rdfmap
from ..model import Record
from ..taxonomy import taxonomy

KG = rdfmap.KG
NAME, LABEL, LEVEL, CODE = KG + "name", KG + "label", KG + "level", KG + "code"
OFFERS, CATEGORY_CODES, CATEGORY_MASK = KG + "offers", KG + "categoryCodes", KG + "categoryMask"
LINKS = frozenset(rdfmap.RELATION_PROPERTY.values())
#: the predicates of an entity's entry (the category weights are global: not part of it)
PREDICATES = frozenset({rdfmap.RDF_TYPE, NAME, LABEL, LEVEL, CODE, OFFERS, CATEGORY_CODES, CATEGORY_MASK} | LINKS)

#: one fact of an entry: predicate IRI, value (an IRI or a string literal's text), whether the value is an IRI
Fact = tuple[str, str, bool]


@dataclass
class Entry:
    """What the index holds of one entity."""

    types: set[str] = field(default_factory=set)
    name: str | None = None
    labels: set[str] = field(default_factory=set)
    level: str | None = None
    code: str | None = None
    links: set[tuple[str, str]] = field(default_factory=set)
    offers: set[str] = field(default_factory=set)

    def add(self, fact: Fact) -> None:
        p, v, _ = fact
        if p == rdfmap.RDF_TYPE:
            self.types.add(v)
        elif p == NAME:
            self.name = _least(self.name, v)
        elif p == LABEL:
            self.labels.add(v)
        elif p == LEVEL:
            self.level = _least(self.level, v)
        elif p == CODE:
            self.code = _least(self.code, v)
        elif p == OFFERS:
            self.offers.add(v)
        elif p in LINKS:
            self.links.add((p, v))

    def merge(self, other: Entry) -> None:
        self.types |= other.types
        self.labels |= other.labels
        self.links |= other.links
        self.offers |= other.offers
        self.name = _least(self.name, other.name)
        self.level = _least(self.level, other.level)
        self.code = _least(self.code, other.code)

    def facts(self) -> set[Fact]:
        """The entry's facts, with the sorted ",A,B," codes of the categories offered."""
        out: set[Fact] = {(rdfmap.RDF_TYPE, t, True) for t in self.types}
        out |= {(LABEL, label, False) for label in self.labels}
        out |= {(p, o, True) for p, o in self.links}
        out |= {(OFFERS, c, True) for c in self.offers}
        for p, v in ((NAME, self.name), (LEVEL, self.level), (CODE, self.code)):
            if v is not None:
                out.add((p, v, False))
        codes = sorted(_codes()[c] for c in self.offers if c in _codes())
        if codes:
            out.add((CATEGORY_CODES, "," + ",".join(codes) + ",", False))
        return out | offer_facts(self.offers)


def _least(a: str | None, b: str | None) -> str | None:
    """SPARQL's MIN of two strings (code point order, as Python's)."""
    return b if a is None else a if b is None else min(a, b)


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Category IRI -> its code (``skos:notation`` in the taxonomy graph)."""
    return {identity.category_iri(code): code for code in taxonomy().codes()}


@lru_cache(maxsize=1)
def category_bits() -> dict[str, int]:
    """Category code -> its bit in ``kg:categoryMask``: 2 ** (the code's position in code order)."""
    return {code: 1 << i for i, code in enumerate(sorted(taxonomy().codes()))}


def offer_facts(offers: set[str]) -> set[Fact]:
    """What an entry derives from the categories it offers: their ``kg:categoryMask``, the sum of their bits in decimal digits.

    One short literal per place (the store keeps it inline: reading it costs
    no string lookup), so a ranking reads every place's categories cheaply.
    Bit positions follow the taxonomy: a change of its codes needs a new index version.
    """
    bits, codes = category_bits(), _codes()
    mask = sum(bits[codes[c]] for c in offers if c in codes)
    return {(CATEGORY_MASK, str(mask), False)} if mask else set()


def category_bit_values() -> str:
    """The bits of :func:`category_bits` as SPARQL VALUES rows ``(<category IRI> bit)``, for the index step that sums them."""
    return " ".join(f"(<{identity.category_iri(code)}> {bit})" for code, bit in category_bits().items())


def add_record(out: dict[str, Entry], record: Record, terms: rdfmap.Terms) -> None:
    """Add to ``out`` (entity IRI -> entry) what ``record`` says of its entities (``terms``: its entity terms)."""
    ents, ref = terms
    for e, term, first in ents:
        entry = out.setdefault(term[1:-1], Entry())
        entry.types.add(rdfmap.CLASS[e.type])
        if first:  # the others of the same IRI are written as altLabels
            entry.name = _least(entry.name, e.name)
        entry.labels.add(e.name)
        entry.labels.update(e.aliases)
        code, level = rdfmap.code_and_level(e)
        entry.code, entry.level = _least(entry.code, code or None), _least(entry.level, level or None)
    for m in record.measures:
        out[ref(m.region)[1:-1]].offers.update(map(identity.category_iri, m.categories))
    for r in record.relations:
        out[ref(r.subject)[1:-1]].links.add((rdfmap.RELATION_PROPERTY[r.type], ref(r.object)[1:-1]))


def delta(new: Entry, stored: set[Fact]) -> tuple[set[Fact], set[Fact], set[Fact]]:
    """Merging ``new`` into a stored entry: the facts to add, the stored ones to remove, and the merged entry's facts."""
    merged = Entry()
    for fact in stored:
        merged.add(fact)
    merged.merge(new)
    facts = merged.facts()
    return facts - stored, stored - facts, facts


def nquad(entity: str, fact: Fact) -> str:
    """One fact of an entity's entry as an N-Quads line in the index graph."""
    p, v, is_iri = fact
    return f"<{entity}> <{p}> {rdfmap.iri(v) if is_iri else rdfmap.lit(v)} <{rdfmap.INDEX_GRAPH}> ."
