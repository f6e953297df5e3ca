"""Reading back the RDF that ``kg export`` writes: records again, one per document.

N-Quads, TriG and JSON-LD keep one named graph per document, so each graph
becomes its record as the store would rebuild it.  Turtle and N-Triples
merge the documents; a document there is what it states about itself, what
is derived from it (measures, evidence) and the entities it mentions,
with the names it gives them (``kg:Mention``, written by the export).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from . import identity
from .linkeddata import MENTION_OF as _MENTION_OF
from .linkeddata import MENTION_PROPS
from .linkeddata import MENTIONS as _MENTIONS
from .model import Record
from .rdfmap import KG, PROV, RDF_TYPE, graph_to_record
from .records import Located, Problem, read_paths

#: file suffix -> pyoxigraph format of the RDF files kg reads
RDF_SUFFIXES: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD,
}
#: RDF suffixes kg does not read, so a file of them gets one error rather than a JSON error per line
UNREAD_RDF_SUFFIXES = (".rdf", ".owl", ".xml", ".n3", ".trix")
MENTIONS, MENTION_OF = str(_MENTIONS), str(_MENTION_OF)
_NUMBER_TYPES = {"integer": int, "decimal": float, "double": float}
Triple = tuple[str, str, object]


def _native(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> object:
    if isinstance(term, ox.Literal):
        kind = term.datatype.value.rsplit("#", 1)[-1]
        return _NUMBER_TYPES[kind](term.value) if kind in _NUMBER_TYPES else term.value
    return term.value


def _split_merged(triples: list[Triple]) -> dict[str, list[Triple]]:
    """Document IRI -> the triples of that document in a merged (triples-only) graph.

    Names, codes and relations of an entity are taken from the document's
    ``kg:Mention`` of it, since the merged entity holds those of every document.
    """
    by_s: dict[str, list[Triple]] = defaultdict(list)
    for t in triples:
        by_s[t[0]].append(t)
    docs = {s for s, p, o in triples if p == RDF_TYPE and o == KG + "Document"}
    derived: dict[str, set[str]] = defaultdict(set)
    for s, p, o in triples:
        if p == PROV + "wasDerivedFrom":
            derived[str(o)].add(s)
    about = {s: str(o) for s, p, o in triples if p == KG + "about"}
    own = {str(p) for p in MENTION_PROPS}  # per document: read from its mentions
    held = {str(q): str(p) for p, q in MENTION_PROPS.items()}
    out: dict[str, list[Triple]] = {}
    for doc in docs:
        mentions = {m: str(o) for m in derived[doc] for _, p, o in by_s[m] if p == MENTION_OF}
        entities = set(mentions.values())
        mine = {doc} | entities | (derived[doc] - mentions.keys())
        mine |= {about[ev] for ev in derived[doc] if about.get(ev, "").startswith(identity.ID + "statement/")}
        out[doc] = [(e, held[p], o) for m, e in mentions.items() for _, p, o in by_s[m] if p in held]
        for s in mine:
            for t in by_s[s]:
                if t[1] != MENTIONS and not (s in entities and t[1] in own):
                    out[doc].append(t)
    return out


def read_rdf(path: Path) -> Iterator[Record | Problem]:
    """The records of an RDF file ``kg export`` wrote, or one :class:`Problem` for a file that is not."""
    fmt = RDF_SUFFIXES[path.suffix.lower()]
    try:
        quads = list(ox.parse(path=str(path), format=fmt))
    except (SyntaxError, ValueError, OSError) as exc:
        yield Problem(str(path), None, f"not valid {fmt.name}: {str(exc).splitlines()[0]}")
        return
    graphs: dict[str, list[Triple]] = defaultdict(list)
    merged: list[Triple] = []
    for q in quads:
        t = (q.subject.value, q.predicate.value, _native(q.object))
        if isinstance(q.graph_name, ox.NamedNode):
            graphs[q.graph_name.value].append(t)
        else:
            merged.append(t)
    if merged:
        for doc, triples in _split_merged(merged).items():
            graphs[doc].extend(triples)
    found = 0
    for name, triples in sorted(graphs.items()):
        doc_id = next((str(o) for s, p, o in triples if s == name and p == KG + "docId"), None)
        if doc_id is None:
            continue  # the taxonomy and other graphs that are not documents
        found += 1
        yield graph_to_record(doc_id, iter(triples))
    if not found:
        yield Problem(str(path), None, "holds no kg documents (no kg:docId)")


def read_inputs(paths: Iterable[str | Path], *, located: bool = False) -> Iterator[Record | Located | Problem]:
    """Records of record files and folders, and of RDF files by their suffix, in order (as :class:`Located` when ``located``)."""
    for path in paths:
        p = Path(path)
        suffix = p.suffix.lower()
        if suffix in RDF_SUFFIXES and not p.is_dir():
            for item in read_rdf(p):
                yield Located(item, str(p)) if located and isinstance(item, Record) else item
        elif suffix in UNREAD_RDF_SUFFIXES and not p.is_dir():
            yield Problem(str(path), None, f"kg load does not read {suffix} files; RDF it reads: "
                          + ", ".join(RDF_SUFFIXES) + " (as kg export writes them)")
        else:
            yield from read_paths([p], located=located)
