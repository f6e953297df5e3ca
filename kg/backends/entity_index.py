"""Index entries of entities computed from the records being loaded, as ``ENTITY_STEPS`` compute them from the store.

An entity's entry in the index graph (see kg.backends.rdf) only grows when
documents are added: its types, labels (also by type, see :data:`TYPE_LABELS`),
relations and offered categories are unions over the documents, its display
name, level and code the smallest value any document gives, and the number
of measures of each category it is the region of (a fact ``<entity>
<category IRI> "n"``) sums over them.  So a load that adds
documents merges what the new records say of each entity with the entry the
store holds and writes the result with the documents' own quads: the facts
that only grow are written as they are (a stored quad written again changes
nothing), and only the smallest values, the category codes and the counts
are read back to merge.  An entry shrinks only when a document is replaced
or removed; the SPARQL steps recompute those.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from .. import identity, rdfmap
from ..queries import SEPARATOR
from ..model import Record
from ..taxonomy import taxonomy

KG = rdfmap.KG
NAME, LABEL, LEVEL, CODE = KG + "name", KG + "label", KG + "level", KG + "code"
OFFERS, CATEGORY_CODES, CATEGORY_MASK = KG + "offers", KG + "categoryCodes", KG + "categoryMask"
#: an enterprise's ``kg:benefitRow``: one row of ``enterprise-links`` per measure naming it, its cells joined by kg.queries.SEPARATOR
BENEFIT_ROW = KG + "benefitRow"
LINKS = frozenset(rdfmap.RELATION_PROPERTY.values())
#: entity class -> the property of its labels as an entity of that class: one scan lists the names of a kind
TYPE_LABELS = {rdfmap.CLASS[t]: KG + t[0].lower() + t[1:] + "Label" for t in ("Region", "Zone", "Agency", "Enterprise", "PolicyDocument")}

#: the facts a load reads back to merge an entry: the smallest values, and the codes (and mask) of the categories offered
MERGED = frozenset({NAME, LEVEL, CODE, CATEGORY_CODES, CATEGORY_MASK})

#: one fact of an entry: predicate IRI, value (an IRI or a string literal's text), whether the value is an IRI
Fact = tuple[str, str, bool]
#: one relation link of the index: subject IRI, relation property, object IRI
Link = tuple[str, str, str]
#: a measure naming an enterprise: its region's and agency's IRIs (None: no agency), categoryList, document id, text and IRI
Benefit = tuple[str, str | None, str, str, str, str]


@dataclass(slots=True)
class Entry:
    """What the index holds of one entity (tens of thousands wait in a load: the containers most entities leave empty are made when needed)."""

    types: set[str] = field(default_factory=set)
    name: str | None = None
    labels: set[str] = field(default_factory=set)
    level: str | None = None
    code: str | None = None
    links: dict[str, set[str]] = field(default_factory=dict)  # relation property or kg:offers -> the entities or categories it links to
    codes: set[str] | None = None  # of categories offered, when only the stored categoryCodes tell them
    counts: dict[str, int] = field(default_factory=dict)  # category IRI -> measures of it with this entity as region
    benefits: list[Benefit] | None = None  # of the measures naming this enterprise in the documents being loaded

    @property
    def offers(self) -> set[str] | frozenset[str]:
        """The categories the entity is the region of a measure of."""
        return self.links.get(OFFERS, frozenset())

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
        elif p == OFFERS or p in LINKS:
            self.links.setdefault(p, set()).add(v)
        elif p == CATEGORY_CODES:
            self.codes = (self.codes or set()).union(v.strip(",").split(","))
        elif p in _codes():
            self.counts[p] = int(v)

    def merge(self, other: Entry) -> None:
        self.types |= other.types
        self.labels |= other.labels
        for p, targets in other.links.items():
            self.links.setdefault(p, set()).update(targets)
        if other.codes:
            self.codes = (self.codes or set()) | other.codes
        for c, n in other.counts.items():
            self.counts[c] = self.counts.get(c, 0) + n
        self.name = _least(self.name, other.name)
        self.level = _least(self.level, other.level)
        self.code = _least(self.code, other.code)

    def facts(self) -> set[Fact]:
        """The entry's facts, with the sorted ",A,B," codes of the categories offered and their mask."""
        out: set[Fact] = {(rdfmap.RDF_TYPE, t, True) for t in self.types}
        out |= {(LABEL, label, False) for label in self.labels}
        out |= {(TYPE_LABELS[t], label, False) for t in self.types if t in TYPE_LABELS for label in self.labels}
        out |= {(c, str(n), False) for c, n in self.counts.items()}
        out |= {(p, o, True) for p, targets in self.links.items() for o in targets}
        for p, v in ((NAME, self.name), (LEVEL, self.level), (CODE, self.code)):
            if v is not None:
                out.add((p, v, False))
        codes = sorted((self.codes or set()).union(_codes()[c] for c in self.offers if c in _codes()))
        if codes:
            out.add((CATEGORY_CODES, "," + ",".join(codes) + ",", False))
            out.add((CATEGORY_MASK, category_mask(codes), False))
        return out


def merged(p: str) -> bool:
    """Whether a load reads the stored facts of property ``p`` back to merge them: :data:`MERGED`, and the counts."""
    return p in MERGED or p in _codes()


def _least(a: str | None, b: str | None) -> str | None:
    """SPARQL's MIN of two strings (code point order, as Python's)."""
    return b if a is None else a if b is None else min(a, b)


@lru_cache(maxsize=1)
def _codes() -> dict[str, str]:
    """Category IRI -> its code (``skos:notation`` in the taxonomy graph)."""
    return {identity.category_iri(code): code for code in taxonomy().codes()}


@lru_cache(maxsize=1)
def _taxonomy_iris() -> dict[str, str]:
    """Code -> IRI of the taxonomy's categories: those whose measures an entry counts."""
    return {code: iri for iri, code in _codes().items()}


@lru_cache(maxsize=1)
def category_bits() -> dict[str, int]:
    """Category code -> its bit in ``kg:categoryMask``: 2 ** (the code's position in code order)."""
    return {code: 1 << i for i, code in enumerate(sorted(taxonomy().codes()))}


def category_mask(codes: list[str]) -> str:
    """The ``kg:categoryMask`` of the categories with these codes: the sum of their bits, in decimal digits.

    One short literal per place (the store keeps it inline: reading it costs
    no string lookup), so a ranking reads every place's categories cheaply.
    Bit positions follow the taxonomy: a change of its codes needs a new index version.
    """
    bits = category_bits()
    return str(sum(bits[c] for c in codes if c in bits))


def category_bit_values() -> str:
    """The bits of :func:`category_bits` as SPARQL VALUES rows ``(<category IRI> bit)``, for the index step that sums them."""
    return " ".join(f"(<{identity.category_iri(code)}> {bit})" for code, bit in category_bits().items())


def type_label_values() -> str:
    """:data:`TYPE_LABELS` as SPARQL VALUES rows ``(<class> <label property>)``, for the index step that writes them."""
    return " ".join(f"(<{t}> <{p}>)" for t, p in TYPE_LABELS.items())


def add_record(out: dict[str, Entry], record: Record, terms: rdfmap.Terms, counted: bool = True,
               relations: set[Link] | None = None, benefits: list[tuple[str, Benefit]] | None = None) -> None:
    """Add to ``out`` (entity IRI -> entry) what ``record`` says of its entities (``terms``: its entity terms).

    ``counted=False`` leaves its measures out of the counts: a document
    already stored, whose measures the stored counts hold.  Given
    ``relations``, the record's relation links go there instead of into the
    entries: they only grow, so a load writes them with the batch they come
    in, and no entry holds a set that grows with the input.  Given
    ``benefits``, the measures naming an enterprise go there as (its IRI,
    :data:`Benefit`) instead of into its entry: a load keeps them on disk
    until the entries are written.
    """
    ents, ref = terms
    named: dict[str, tuple[str, Entry]] = {}  # name or alias -> its entity's IRI and entry: measures and relations repeat names

    def of(name: str) -> tuple[str, Entry]:
        found = named.get(name)
        if found is None:
            x = sys.intern(ref(name)[1:-1])
            found = named[name] = (x, out[x])
        return found

    for e, term, first in ents:
        x = term[1:-1]
        entry = out.get(x)
        if entry is None:
            entry = out[sys.intern(x)] = Entry()  # links to it hold the same string
        cls, labels, code, level = _said(e.type, e.name, e.aliases, e.code)
        entry.types.add(cls)
        if first:  # the others of the same IRI are written as altLabels
            entry.name = _least(entry.name, e.name)
        entry.labels.update(labels)
        if code is not None:
            entry.code = _least(entry.code, code)
        if level is not None:
            entry.level = _least(entry.level, level)
    taxonomy_iris = _taxonomy_iris() if counted else {}
    offered: dict[str, tuple[Entry, set[str]]] = {}
    base = identity.measure_base(record.doc_id)
    for i, m in enumerate(record.measures):
        x, entry = of(m.region)
        if m.beneficiaries and counted:  # a stored document's rows are recomputed by the index steps (see RdfBackend._changes)
            benefit = (x, of(m.agency)[0] if m.agency else None, rdfmap.category_list(m.categories), record.doc_id,
                       m.text or m.summary or "", f"{base}{i}")
            for b in m.beneficiaries:
                firm_iri, firm = of(b)
                if benefits is not None:
                    benefits.append((firm_iri, benefit))
                elif firm.benefits is None:
                    firm.benefits = [benefit]
                else:
                    firm.benefits.append(benefit)
        codes = offered.get(x)
        if codes is None:
            codes = offered[x] = (entry, set())
        codes[1].update(m.categories)
        counts = entry.counts
        for c in {taxonomy_iris[code] for code in m.categories if code in taxonomy_iris}:
            counts[c] = counts.get(c, 0) + 1
    for entry, codes in offered.values():
        entry.links.setdefault(OFFERS, set()).update(map(_category, codes))
    for r in record.relations:
        (x, entry), p, target = of(r.subject), rdfmap.RELATION_PROPERTY[r.type], of(r.object)[0]
        if relations is not None:
            relations.add((x, p, target))
            continue
        targets = entry.links.get(p)
        if targets is None:
            targets = entry.links[p] = set()
        targets.add(target)


@lru_cache(maxsize=4096)
def _said(etype: str, name: str, aliases: tuple[str, ...], code: str | None) -> tuple[str, tuple[str, ...], str | None, str | None]:
    """What one entity of a record adds to its entry: class, labels, code and level (cached: entities recur)."""
    code, level = rdfmap.code_and_level_of(etype, name, code)
    return rdfmap.CLASS[etype], (name, *aliases), code or None, level or None


@lru_cache(maxsize=1024)
def _category(code: str) -> str:
    return identity.category_iri(code)


def delta(new: Entry, stored: set[Fact]) -> tuple[set[Fact], set[Fact], set[Fact]]:
    """Merging ``new`` into a stored entry of which ``stored`` holds the :func:`merged` facts.

    Returns the facts to write, the stored ones to remove, and the merged
    entry's :func:`merged` facts.  Types, labels, links and offers only
    grow, so they are written whether stored or not (writing a stored quad
    changes nothing).
    """
    entry = Entry()
    for fact in stored:
        entry.add(fact)
    entry.merge(new)
    facts = entry.facts()
    kept = {f for f in facts if merged(f[0])}
    return facts - stored, stored - kept, kept


def benefit_rows(benefits: Iterable[Benefit], name: str, names: dict[str, str]) -> set[Fact]:
    """An enterprise's :data:`BENEFIT_ROW` facts (``name``: its name; ``names``: IRI -> name of the places and agencies).

    A row whose place or agency has no name in ``names`` is left out: its
    entry is recomputed by the index steps, and its rows with it.  The cells
    are those of ``enterprise-links``, then the measure's IRI (two measures
    alike in every column are two rows), as ``ENTITY_STEPS`` write them.
    """
    out: set[Fact] = set()
    for region, agency, categories, doc_id, text, measure in benefits:
        place, agency_name = names.get(region), names.get(agency) if agency else ""
        if place is not None and agency_name is not None:
            out.add((BENEFIT_ROW, SEPARATOR.join((name, place, agency_name, categories, doc_id, text, measure)), False))
    return out


def nquad_lines(entity: str, facts: Iterable[Fact]) -> Iterator[str]:
    """Facts of an entity's entry as N-Quads lines (without their line ends) in the index graph."""
    end = f" <{rdfmap.INDEX_GRAPH}> ."
    return (f"<{entity}> <{p}> {f'<{v}>' if is_iri else rdfmap.lit(v)}{end}" for p, v, is_iri in facts)


def nquads(entity: str, facts: Iterable[Fact]) -> str:
    """Facts of an entity's entry as N-Quads text in the index graph."""
    return "".join(line + "\n" for line in nquad_lines(entity, facts))


def link_nquads(links: Iterable[Link]) -> str:
    """Relation links as N-Quads text in the index graph."""
    return "".join(nquads(x, ((p, o, True),)) for x, p, o in links)
