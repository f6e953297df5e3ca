"""Typed extraction records: the one shape every part of kg reads and writes.

A :class:`Record` holds what one source document says: its entities, the
measures it reports and the relations between entities.  Every fact may carry
provenance (the evidence sentence ``text`` and the character ``span`` into the
document), and the document id is the record's ``doc_id``.  The JSON form is
the extraction record format v1 (see ``docs/extraction-format.md``), extended
with optional provenance fields that older readers ignore.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable, Literal

from .text import clean_name, clean_text

EntityType = Literal["Region", "Zone", "Agency", "Enterprise", "PolicyDocument"]
ENTITY_TYPES: tuple[str, ...] = ("Region", "Zone", "Agency", "Enterprise", "PolicyDocument")
PLACE_TYPES: tuple[str, ...] = ("Region", "Zone")
RelationType = Literal["LOCATED_IN", "PART_OF", "UNDER"]
#: relation type -> (allowed subject types, allowed object types)
RELATION_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "LOCATED_IN": (("Enterprise",), PLACE_TYPES),
    "PART_OF": (PLACE_TYPES, PLACE_TYPES),
    "UNDER": (("Agency",), PLACE_TYPES),
}


#: numbers at or above this cannot be stored exactly (Neo4j integers are 64-bit)
MAX_AMOUNT = 2**63


#: a record as nested tuples (:meth:`Record.flat`): (doc_id, title, publisher, date, source, entities, measures,
#: relations), each entity, measure and relation the tuple of its fields in their order
FlatRecord = tuple[Any, ...]


class RecordError(ValueError):
    """A record that cannot be used; the message says which field is wrong."""


Span = tuple[int, int]


def _span(value: Any, where: str) -> Span | None:
    if value is None:
        return None
    if (
        isinstance(value, (list, tuple))
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 0 <= value[0] <= value[1]
    ):
        return (value[0], value[1])
    raise RecordError(f"{where}: span must be [start, end] with 0 <= start <= end, got {value!r}")


def _text(value: Any, where: str, *, required: bool = False, name: bool = False) -> str | None:
    """A string field, cleaned (:mod:`kg.text`): names and ids with :func:`clean_name`.

    A required field that is empty once cleaned is an error, an optional one becomes None.
    """
    if value is None or value == "":
        if required:
            raise RecordError(f"{where} is missing")
        return None
    if not isinstance(value, str):
        raise RecordError(f"{where} must be a string, got {type(value).__name__}")
    out = clean_name(value) if name or required else clean_text(value)
    if not out and required:
        raise RecordError(f"{where} is empty (only spaces or control characters)")
    return out or None


def _names(value: Any, where: str) -> tuple[str, ...]:
    """A list of names, cleaned, without empty or repeated ones."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RecordError(f"{where} must be a list of strings")
    return tuple(dict.fromkeys(n for n in map(clean_name, value) if n))


def _number(value: Any, where: str) -> float | int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise RecordError(f"{where} must be a number, got {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        raise RecordError(f"{where} must be a finite number, got {value!r}")
    if value < 0:
        raise RecordError(f"{where} must not be negative, got {value!r}")
    if value >= MAX_AMOUNT:
        raise RecordError(f"{where} is too large: {str(value)[:30]}; amounts must be below 2^63 (what both stores hold exactly)")
    return value if isinstance(value, int) or not value.is_integer() else int(value)


@dataclass(frozen=True)
class Entity:
    """A named thing: a place, an agency, an enterprise or a policy document."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()
    code: str | None = None
    text: str | None = None
    span: Span | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any], where: str = "entity") -> Entity:
        if not isinstance(d, dict):
            raise RecordError(f"{where} must be an object")
        name = _text(d.get("name"), f"{where}: name", required=True)
        etype = d.get("type")
        if etype not in ENTITY_TYPES:
            raise RecordError(f"{where} ({name}): unknown type {etype!r}; expected one of {', '.join(ENTITY_TYPES)}")
        aliases = _names(d.get("aliases") or [], f"{where} ({name}): aliases")
        return cls(
            name=name,
            type=etype,
            aliases=tuple(a for a in aliases if a != name),
            code=_text(d.get("code"), f"{where}: code", name=True),
            text=_text(d.get("text"), f"{where}: text"),
            span=_span(d.get("span"), f"{where} ({name})"),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "type": self.type}
        if self.aliases:
            out["aliases"] = list(self.aliases)
        if self.code:
            out["code"] = self.code
        if self.text:
            out["text"] = self.text
        if self.span:
            out["span"] = list(self.span)
        return out


@dataclass(frozen=True)
class Measure:
    """A government action supporting enterprises, as one document reports it."""

    region: str
    categories: tuple[str, ...]
    agency: str | None = None
    policy_document: str | None = None
    beneficiaries: tuple[str, ...] = ()
    amount_cny: float | int | None = None
    cap_cny: float | int | None = None
    text: str | None = None
    span: Span | None = None
    summary: str | None = None
    section: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any], where: str = "measure") -> Measure:
        if not isinstance(d, dict):
            raise RecordError(f"{where} must be an object")
        region = _text(d.get("region"), f"{where}: region", required=True)
        cats = d.get("categories")
        if not isinstance(cats, list) or not cats or not all(isinstance(c, str) for c in cats):
            raise RecordError(f"{where}: categories must be a non-empty list of category codes")
        return cls(
            region=region,
            categories=tuple(dict.fromkeys(cats)),
            agency=_text(d.get("agency"), f"{where}: agency", name=True),
            policy_document=_text(d.get("policy_document"), f"{where}: policy_document", name=True),
            beneficiaries=_names(d.get("beneficiaries") or [], f"{where}: beneficiaries"),
            amount_cny=_number(d.get("amount_cny"), f"{where}: amount_cny"),
            cap_cny=_number(d.get("cap_cny"), f"{where}: cap_cny"),
            text=_text(d.get("text"), f"{where}: text"),
            span=_span(d.get("span"), where),
            summary=_text(d.get("summary"), f"{where}: summary"),
            section=_text(d.get("section"), f"{where}: section"),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "region": self.region,
            "agency": self.agency,
            "policy_document": self.policy_document,
            "categories": list(self.categories),
            "beneficiaries": list(self.beneficiaries),
            "amount_cny": self.amount_cny,
            "cap_cny": self.cap_cny,
            "text": self.text,
        }
        if self.span:
            out["span"] = list(self.span)
        if self.summary:
            out["summary"] = self.summary
        if self.section:
            out["section"] = self.section
        return out


@dataclass(frozen=True)
class Relation:
    """A typed link between two entities of the same record."""

    type: str
    subject: str
    object: str
    text: str | None = None
    span: Span | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any], where: str = "relation") -> Relation:
        if not isinstance(d, dict):
            raise RecordError(f"{where} must be an object")
        rtype = d.get("type")
        if rtype not in RELATION_TYPES:
            raise RecordError(f"{where}: unknown relation type {rtype!r}; expected one of {', '.join(RELATION_TYPES)}")
        return cls(
            type=rtype,
            subject=_text(d.get("subject"), f"{where}: subject", required=True),
            object=_text(d.get("object"), f"{where}: object", required=True),
            text=_text(d.get("text"), f"{where}: text"),
            span=_span(d.get("span"), where),
        )

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "subject": self.subject, "object": self.object}
        if self.text:
            out["text"] = self.text
        if self.span:
            out["span"] = list(self.span)
        return out


@dataclass(frozen=True)
class Record:
    """Everything one document says: entities, measures and relations.

    Optional document metadata (title, publisher, date, source path) travels
    with the record so that provenance can name the document, not just its id.
    """

    doc_id: str
    entities: tuple[Entity, ...] = ()
    measures: tuple[Measure, ...] = ()
    relations: tuple[Relation, ...] = ()
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict, compare=False)

    def entity(self, name: str) -> Entity | None:
        """The entity with this name or alias, if the record declares one."""
        for e in self.entities:
            if e.name == name or name in e.aliases:
                return e
        return None

    def types_by_name(self) -> dict[str, str]:
        """Every name and alias of the record mapped to its entity type."""
        out: dict[str, str] = {}
        for e in self.entities:
            for n in (e.name, *e.aliases):
                out.setdefault(n, e.type)
        return out

    @classmethod
    def from_dict(cls, d: dict[str, Any], *, categories: Iterable[str] | None = None) -> Record:
        """Parse and check one record.

        ``categories``, when given, is the set of known category codes: a
        measure naming another code is an error.  References (measure region,
        agency, beneficiaries; relation ends) must name entities of the record
        with the right type, so that nothing dangles once loaded.
        """
        if not isinstance(d, dict):
            raise RecordError("record must be a JSON object")
        doc_id = _text(d.get("doc_id"), "doc_id", required=True)
        for key in ("entities", "measures", "relations"):
            if key in d and not isinstance(d[key], list):
                raise RecordError(f"{key} must be a list")
        entities = tuple(Entity.from_dict(e, f"entities[{i}]") for i, e in enumerate(d.get("entities") or []))
        measures = tuple(Measure.from_dict(m, f"measures[{i}]") for i, m in enumerate(d.get("measures") or []))
        relations = tuple(Relation.from_dict(r, f"relations[{i}]") for i, r in enumerate(d.get("relations") or []))
        known = {k: _text(d.get(k), k) for k in ("title", "publisher", "date", "source")}
        rec = cls(
            doc_id=doc_id,
            entities=entities,
            measures=measures,
            relations=relations,
            meta={k: v for k, v in d.items() if k not in {"doc_id", "entities", "measures", "relations", *known}},
            **known,
        )
        rec.check(categories)
        return rec

    def flat(self) -> FlatRecord:
        """The record as nested tuples of strings and numbers (no meta), in the fields' order: :meth:`from_flat` reverses it.

        :mod:`marshal` writes and reads these six times faster than pickle does
        records, and readers that only copy the facts out build them far faster.
        """
        return (self.doc_id, self.title, self.publisher, self.date, self.source,
                tuple([(e.name, e.type, e.aliases, e.code, e.text, e.span) for e in self.entities]),
                tuple([(m.region, m.categories, m.agency, m.policy_document, m.beneficiaries, m.amount_cny, m.cap_cny,
                        m.text, m.span, m.summary, m.section) for m in self.measures]),
                tuple([(r.type, r.subject, r.object, r.text, r.span) for r in self.relations]))

    @classmethod
    def from_flat(cls, flat: FlatRecord) -> Record:
        """The record of its :meth:`flat` form (the values are taken as they are, not checked)."""
        doc_id, title, publisher, date, source, entities, measures, relations = flat
        return cls(doc_id=doc_id, title=title, publisher=publisher, date=date, source=source,
                   entities=tuple([Entity(*e) for e in entities]), measures=tuple([Measure(*m) for m in measures]),
                   relations=tuple([Relation(*r) for r in relations]))

    def check(self, categories: Iterable[str] | None = None) -> None:
        """Raise :class:`RecordError` on the first dangling or ill-typed reference."""
        types = self.types_by_name()
        codes = set(categories) if categories is not None else None

        def need(name: str | None, allowed: tuple[str, ...], where: str) -> None:
            if name is None:
                return
            t = types.get(name)
            if t is None:
                raise RecordError(f"{where}: {name!r} is not an entity of this record")
            if t not in allowed:
                raise RecordError(f"{where}: {name!r} is a {t}, expected {' or '.join(allowed)}")

        for i, m in enumerate(self.measures):
            where = f"measures[{i}]"
            need(m.region, PLACE_TYPES, f"{where}: region")
            need(m.agency, ("Agency",), f"{where}: agency")
            need(m.policy_document, ("PolicyDocument",), f"{where}: policy_document")
            for b in m.beneficiaries:
                need(b, ("Enterprise",), f"{where}: beneficiary")
            if codes is not None:
                for c in m.categories:
                    if c not in codes:
                        raise RecordError(f"{where}: unknown category code {c!r}")
        for i, r in enumerate(self.relations):
            subj, obj = RELATION_TYPES[r.type]
            need(r.subject, subj, f"relations[{i}] {r.type}: subject")
            need(r.object, obj, f"relations[{i}] {r.type}: object")

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"doc_id": self.doc_id}
        for k in ("title", "publisher", "date", "source"):
            v = getattr(self, k)
            if v:
                out[k] = v
        out.update(self.meta)
        out["entities"] = [e.to_dict() for e in self.entities]
        out["measures"] = [m.to_dict() for m in self.measures]
        out["relations"] = [r.to_dict() for r in self.relations]
        return out
