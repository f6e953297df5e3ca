"""Text in, extraction record out: the steps of the extractor in order.

1. analysis view (half-width, simplified; same offsets as the original);
2. structure: headings, sentences, table rows;
3. mentions: policy documents, places, agencies, enterprises;
4. measures;
5. entity resolution and relations, then a :class:`kg.model.Record`.

Every step is a plain function of the text and the earlier steps' output, so
the same input always gives the same record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from kg.model import Record

from .agencies import find_agencies
from .documents import find_documents
from .enterprises import find_enterprises
from .measures import detect
from .mentions import recurrences
from .normalize import analysis_views, written_names
from .places import default_gazetteer, find_places
from .read import MAX_BYTES, read_document
from .resolve import build_record
from .scope import section_zones
from .structure import section_heads, segment


def extract_text(text: str, doc_id: str, gazetteer: Any | None = None) -> Record:
    """The extraction record of one document's text."""
    gaz = gazetteer or default_gazetteer()
    view, written = analysis_views(text)
    units = segment(view)
    documents = find_documents(view)
    places = find_places(view, gaz)
    agencies = find_agencies(view, places)
    firms = find_enterprises(view, places, agencies)
    firms = sorted(firms + recurrences(view, firms, places + agencies + documents), key=lambda f: f.start)
    places, agencies = _without_firm_sites(places, agencies, firms)
    measures = detect(view, units, places, agencies, firms, documents)
    sections = section_zones(view, units, places, agencies, firms)
    record = build_record(doc_id, text, view, gaz, places, agencies, firms, documents, measures, sections, section_heads(text, units))
    record = _zones_in_full(record, gaz)
    return record if written == view else _renamed(record, written_names(view, written))


def _without_firm_sites(places: list[Any], agencies: list[Any], firms: list[Any]) -> tuple[list[Any], list[Any]]:
    """The places less the zones a firm's name ends with (甲乙某省跨境物流产业园), and the agencies less those named
    after such a zone: a brand's own site is the firm, so no measure is that zone's and no 园区 stands for it."""
    first: dict[int, int] = {}  # where the first firm name ending at each place starts
    for f in firms:
        first[f.end] = min(f.start, first.get(f.end, f.start))
    sites = [p for p in places if p.type == "Zone" and first.get(p.end, p.start) < p.start]
    if not sites:
        return places, agencies
    kept = [p for p in places if p not in sites]
    names = {z.name for z in sites}
    out = []
    for a in agencies:
        if any(z.start <= a.start < z.end for z in sites):
            continue
        if a.place in names:
            # a body a zone word placed (园区成立某某领导组) after a firm's site is the zone before that site's
            if a.place in a.surface or (zone := _zone_before(kept, a.start)) is None:
                continue
            a = replace(a, name=zone.name + a.name[len(a.place) :], place=zone.name)
        out.append(a)
    return kept, out


def _zone_before(places: list[Any], pos: int) -> Any | None:
    """The last zone named before ``pos``."""
    return next((p for p in reversed(places) if p.type == "Zone" and p.end <= pos), None)


def _zones_in_full(record: Record, gaz: Any) -> Record:
    """Zones the text writes by their full official name (某某经济技术开发区) named so, and their bodies with them
    (某某经济技术开发区管委会): an entity's name is its most complete written form, the short one an alias."""
    full: dict[str, str] = {}
    taken = {e.name for e in record.entities}
    for e in record.entities:
        if e.type == "Zone":
            names = {p.full_name for p in gaz.lookup(e.name) if p.level == "zone" and p.name == e.name}
            full.update((e.name, n) for n in names if n in e.aliases)
            # a listed zone named by its written full form (中国(某省)自由贸易试验区某片区) names the bodies a zone
            # word gave the list's short name (片区党工委 → 某省自贸区某片区党工委) the same way
            full.update((p.name, e.name) for p in gaz.lookup(e.name) if p.level == "zone" and p.name != e.name and p.name not in taken)
    if not full:
        return record
    for e in record.entities:
        if e.type == "Agency" and (short := next((z for z in full if e.name.startswith(z)), None)):
            full[e.name] = full[short] + e.name[len(short):]
    return _renamed(record, lambda n: full.get(n, n), keep=True)


def _renamed(record: Record, name: Callable[[str], str], keep: bool = False) -> Record:
    """Every name of the record passed through ``name`` (the writer's words for a Taiwan text's names); with
    ``keep``, an entity's aliases are kept as they are and its old name becomes one."""
    ents = tuple(replace(e, name=name(e.name), aliases=tuple(dict.fromkeys(
        a for a in ([e.name, *e.aliases] if keep else map(name, e.aliases)) if a != name(e.name)))) for e in record.entities)
    measures = tuple(
        replace(m, region=name(m.region), agency=m.agency and name(m.agency), policy_document=m.policy_document and name(m.policy_document), beneficiaries=tuple(map(name, m.beneficiaries)))
        for m in record.measures
    )
    relations = tuple(replace(r, subject=name(r.subject), object=name(r.object)) for r in record.relations)
    return replace(record, entities=ents, measures=measures, relations=relations)


def extract_file(path: str | Path, max_bytes: int = MAX_BYTES) -> Record:
    """The extraction record of one file; :class:`ingest.read.ReadError` when it cannot be read."""
    p = Path(path)
    doc = read_document(p, max_bytes)
    record = extract_text(doc.text, p.stem)
    return replace(record, title=doc.title, date=doc.date, publisher=doc.publisher)
