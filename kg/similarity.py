"""Which places ran similar policies: three signals, the first read from the store's index.

1. categories: weighted Jaccard over the categories a place's measures carry,
   from the sparse place × category table every backend keeps
   (:meth:`kg.backends.Backend.place_categories`; the RDF store's index graph
   holds it as ``kg:offers``/``kg:categoryCodes``, and each place's set as
   one number, ``kg:categoryMask``, which a ranking reads for every place
   at once: :meth:`kg.backends.Backend.category_masks`).  Same formula as
   ``queries/similar-places.*``: w(c) = floor(10^12 / number of places that
   offered c), so sums are exact integers; rounded half up to 4 places.  The
   command and the stored query agree to the last digit and in ranking;
2. text: cosine of character n-gram TF-IDF vectors of each place's measure
   sentences, which catches similar wording across categories;
3. documents: Jaccard over the named policy documents behind the measures.

The combined score is their weighted sum.  Only the category signal is on by
default: it costs one read of the index (the places' masks), while text and
documents read every measure in the store.  The explanation reads the
measures of the places shown, never whole documents.  An extractor may split
one sentence into several measures (one per category); such overlapping
sub-measures are one sentence here, counted once in the text signal and
listed once in the explanation.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping

from . import names, netgraph
from .backends import Backend, PlaceMeasure
from .backends.entity_index import category_bits
from .lookup import Name, NameIndex
from .model import Record
from .taxonomy import category_weight

#: default weights of the category, text and document signals
DEFAULT_WEIGHTS: tuple[float, float, float] = (1.0, 0.0, 0.0)
NGRAMS: tuple[int, ...] = (2, 3)
#: the place levels ``--level`` may ask for (``any``: every place)
LEVELS: tuple[str, ...] = ("zone", "town", "county", "city", "province", "any")
PLACE_KINDS = ("Zone", "Region")


class PlaceNotFound(LookupError):
    """The name given names no place that issued a measure; the message lists close matches."""


def round4(x: float) -> float:
    """Round half up to 4 decimals, as SPARQL ROUND(x*10000)/10000 and Cypher round() do."""
    v = x * 10000
    r = math.floor(v)
    return (r + 1 if v - r >= 0.5 else r) / 10000


@dataclass(frozen=True)
class Place:
    """A place that issued measures: its display name, level and the categories it offered."""

    node: str
    name: str
    level: str | None
    categories: frozenset[str]


@dataclass(frozen=True)
class Target:
    """The place asked about: every node its name answers to, acting as one place (as in the stored query)."""

    nodes: tuple[str, ...]
    name: str
    level: str | None
    categories: frozenset[str]
    #: every category's weight in the whole store: what makes a shared category telling
    weights: Mapping[str, int]
    #: a name of the target as the store holds it
    spelling: str


@dataclass
class Sentences:
    """What a place's measures say: sentences by category, all its sentences, its policy documents."""

    by_category: dict[str, list[str]] = field(default_factory=dict)
    text: list[str] = field(default_factory=list)
    policies: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Match:
    """One similar place and why: the three signals, the combined score and the category overlap."""

    node: str
    name: str
    score: float
    categories: float
    text: float
    documents: float
    shared: tuple[str, ...]
    only_target: tuple[str, ...]
    only_match: tuple[str, ...]


def category_weights(places: Iterable[Place]) -> dict[str, int]:
    """w(c) ~ 1 / number of places that offered c: rare categories say more about a place."""
    counts = Counter(c for p in places for c in p.categories)
    return {c: category_weight(n) for c, n in counts.items()}


def weighted_jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str], w: Mapping[str, int]) -> float:
    """Sum of w over a & b divided by sum of w over a | b (exact integer sums, as the stored query)."""
    union = sum(w[c] for c in a | b)
    return round4(sum(w[c] for c in a & b) / union) if union else 0.0


def jaccard(a: set[str], b: set[str]) -> float:
    return round4(len(a & b) / len(a | b)) if a | b else 0.0


def _ngrams(texts: list[str]) -> Counter[str]:
    grams: Counter[str] = Counter()
    for t in texts:
        s = "".join(t.split())
        for n in NGRAMS:
            grams.update(s[i : i + n] for i in range(len(s) - n + 1))
    return grams


def tfidf(texts: Mapping[str, list[str]]) -> dict[str, dict[str, float]]:
    """Unit-length TF-IDF vectors of each place's sentences (smoothed idf, places as documents)."""
    counts = {node: _ngrams(t) for node, t in texts.items()}
    df = Counter(gram for c in counts.values() for gram in c)
    n = len(counts)
    vectors: dict[str, dict[str, float]] = {}
    for node, c in counts.items():
        vec = {gram: tf * (math.log((1 + n) / (1 + df[gram])) + 1) for gram, tf in c.items()}
        norm = math.sqrt(sum(v * v for v in vec.values()))
        vectors[node] = {k: v / norm for k, v in vec.items()} if norm else {}
    return vectors


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return round4(sum(v * b.get(k, 0.0) for k, v in a.items()))


def sentences(rec: Record) -> Iterator[tuple[str, str, set[str], str | None]]:
    """(place node, sentence, categories, policy document node) of each sentence of the record's measures (see :func:`group`)."""
    node_of = netgraph.resolver(rec)
    return group(PlaceMeasure(rec.doc_id, i, node_of(m.region), m.text or m.summary or "", m.span, frozenset(m.categories),
                              node_of(m.policy_document) if m.policy_document else None) for i, m in enumerate(rec.measures))


def group(measures: Iterable[PlaceMeasure]) -> Iterator[tuple[str, str, set[str], str | None]]:
    """(place node, sentence, categories, policy document node) of each sentence the measures come from.

    Measures of one place in one document whose spans overlap (without a
    span: whose texts are equal) are sub-measures of one sentence: one
    sentence, the longest of their texts, their categories merged.
    """
    groups: dict[tuple[str, str, object], list[PlaceMeasure]] = {}
    ends: dict[tuple[str, str], tuple[int, int]] = {}  # (document, place) -> (end of its current span group, group number)
    for m in sorted(measures, key=lambda m: (m.doc_id, m.span or (-1, -1), m.order)):
        if m.span is None:
            key: object = ("text", m.text or m.order)
        else:
            end, number = ends.get((m.doc_id, m.place), (-1, -1))
            if m.span[0] >= end:
                number += 1
            ends[m.doc_id, m.place] = (max(end, m.span[1]), number)
            key = ("span", number)
        groups.setdefault((m.doc_id, m.place, key), []).append(m)
    for (_, place, _), members in groups.items():
        text = max((m.text for m in members), key=len)
        policy = next((m.policy for m in members if m.policy), None)
        yield place, text, {c for m in members for c in m.categories}, policy


def _collect(said: Iterable[tuple[str, str, set[str], str | None]], places: set[str] | None = None) -> dict[str, Sentences]:
    """Each place's sentences (of ``places`` only, when given)."""
    out: dict[str, Sentences] = {}
    for place, text, codes, policy in said:
        if places is not None and place not in places:
            continue
        s = out.setdefault(place, Sentences())
        if text:
            s.text.append(text)
            for c in codes:
                s.by_category.setdefault(c, []).append(text)
        if policy:
            s.policies.add(policy)
    return out


def read_sentences(records: Iterable[Record], places: set[str] | None = None) -> dict[str, Sentences]:
    """Each place's sentences (of ``places`` only, when given)."""
    return _collect((said for rec in records for said in sentences(rec)), places)


def places_of(backend: Backend, nodes: Iterable[str] | None = None) -> dict[str, Place]:
    return {node: Place(node, name, level, codes) for node, name, level, codes in backend.place_categories(nodes)}


def _spellings(value: str) -> set[str]:
    """Exact spellings to look up first: as typed, tidied, and with or without a Region's 省/市."""
    s = names.clean(value)
    out = {value, value.strip(), s}
    for suffix in ("市", "省"):
        out |= {s + suffix, s.removesuffix(suffix)}
    return {x for x in out if x}


def find_target(backend: Backend, name: str) -> Target:
    """The place ``name`` names (by the one resolver), or :class:`PlaceNotFound` with close matches.

    The usual spellings are looked up directly; only a name found so is
    compared with every place's names.
    """
    found = NameIndex(Name(*e) for e in backend.named(_spellings(name), PLACE_KINDS)).find(name, PLACE_KINDS)
    if not found:
        index = NameIndex(Name(*e) for e in backend.names(PLACE_KINDS))
        found = index.find(name, PLACE_KINDS)
    places = places_of(backend, {e.node for e in found})
    if not places:
        index = NameIndex(Name(*e) for e in backend.names(PLACE_KINDS))
        raise PlaceNotFound(f"no place named {name!r} issued a measure{index.hint(name, PLACE_KINDS)}")
    nodes = tuple(sorted(places))
    first = places[nodes[0]]
    weights = backend.category_weights()
    spelling = next(e.spelling for e in found if e.node in places)
    return Target(nodes, first.name, first.level, frozenset().union(*(p.categories for p in places.values())), weights, spelling)


def rank(places: Mapping[str, Place], target: Target, weights: tuple[float, float, float] = DEFAULT_WEIGHTS,
         level: str | None = None, texts: Mapping[str, Sentences] | None = None) -> list[Match]:
    """Every place like the target, best first; ties go to the name, then the node id.

    ``level`` keeps places of that level only (None or ``any``: all).  A
    place sharing no category is listed only when text or documents give it
    a score.  ``texts`` are needed when the text or document weight is not 0.
    """
    w = target.weights
    t_sum = sum(w[c] for c in target.categories)
    wc, wt, wd = weights
    vectors: dict[str, dict[str, float]] = {}
    mine = Sentences()
    if wt or wd:
        assert texts is not None
        for node in target.nodes:
            mine.text += texts.get(node, Sentences()).text
            mine.policies |= texts.get(node, Sentences()).policies
        own = set(target.nodes)
        vectors = tfidf({**{n: s.text for n, s in texts.items() if n not in own}, "": mine.text})
    matches = []
    for node, p in places.items():
        if node in target.nodes or (level not in (None, "any") and p.level != level):
            continue
        shared = target.categories & p.categories
        if not shared and not (wt or wd):
            continue
        inter = sum(w[c] for c in shared)
        union = t_sum + sum(w[c] for c in p.categories) - inter
        cat = round4(inter / union) if union else 0.0
        txt = cosine(vectors[""], vectors[node]) if wt and node in vectors else 0.0
        docs = jaccard(mine.policies, texts[node].policies) if wd and texts and node in texts else 0.0
        score = round4(wc * cat + wt * txt + wd * docs)
        if score <= 0 and not shared:
            continue
        matches.append(Match(node, p.name, score, cat, txt, docs, tuple(sorted(shared)),
                             tuple(sorted(target.categories - p.categories)), tuple(sorted(p.categories - target.categories))))
    matches.sort(key=lambda m: (-m.score, m.name, m.node))
    return matches


def similar(backend: Backend, place: str, weights: tuple[float, float, float] = DEFAULT_WEIGHTS, limit: int = 10,
            level: str | None = None) -> tuple[Target, list[Match]]:
    """The ``limit`` places most like ``place`` (a name); ``level`` None means the target's own level.

    With the category signal alone, every place with the same set of
    categories scores the same: the sets are scored (the store counts the
    places of each), and only the places of the best sets are read and
    ranked, by :func:`rank` as the stored query ``similar-places`` ranks
    them.  Text or documents read every measure and rank every place.
    Raises :class:`PlaceNotFound` when no place of that name issued a measure.
    """
    target = find_target(backend, place)
    level = level or target.level
    if weights[1] or weights[2]:
        places = places_of(backend)
        return target, rank(places, target, weights, level, read_sentences(backend.records()))[:limit]
    return target, rank(_shortlist(backend, target, weights[0], limit, level), target, weights, level)[:limit]


def _shortlist(backend: Backend, target: Target, weight: float, limit: int, level: str | None) -> dict[str, Place]:
    """The places whose category sets score best, enough of them that the ``limit`` best places are among them.

    Sets come as masks (:meth:`Backend.category_masks`); the weights of a
    mask's categories are summed a byte at a time from tables.  A set's
    places include the target's own nodes (left out by :func:`rank`): so
    many more are taken, and every set scoring as the last one taken.
    """
    bits, w = category_bits(), target.weights
    mine = sum(bits[c] for c in target.categories if c in bits)
    t_sum = sum(w[c] for c in target.categories)
    # for each byte of a mask, the weight sum of every byte value
    tables = [_byte_sums({b >> shift & 255: w.get(c, 0) for c, b in bits.items() if b >> shift & 255})
              for shift in range(0, max(bits.values()).bit_length(), 8)]
    shifts = [(8 * i, t) for i, t in enumerate(tables)]
    scored = []
    for mask, n in backend.category_masks(None if level in (None, "any") else level).items():
        shared = mask & mine
        if shared:
            inter = sum(t[shared >> shift & 255] for shift, t in shifts)
            union = t_sum + sum(t[mask >> shift & 255] for shift, t in shifts) - inter
            scored.append((round4(weight * round4(inter / union)), mask, n))
    scored.sort(key=lambda x: -x[0])
    picked: list[int] = []
    count, last = 0, 0.0
    for score, mask, n in scored:
        if count >= limit + len(target.nodes) and score < last:
            break
        picked.append(mask)
        count, last = count + n, score
    return {p[0]: Place(*p) for p in backend.places_offering(picked, None if level in (None, "any") else level)}


def _byte_sums(single: Mapping[int, int]) -> list[int]:
    """For each byte value 0..255, the sum of the weights of its set bits (``single``: bit value -> weight)."""
    sums = [0] * 256
    for v in range(1, 256):
        low = v & -v
        sums[v] = sums[v ^ low] + single.get(low, 0)
    return sums


def _codes(text: str) -> tuple[str, ...]:
    return tuple(c for c in text.split(",") if c)


def explain(backend: Backend, target: Target, matches: list[Match]) -> dict[str, list[tuple[str, list[str], list[str]]]]:
    """Per match: the shared categories, rarest first, each with the target's sentences and the match's.

    Reads only the measures of the target and the matches, not the documents holding them.
    """
    wanted = {*target.nodes, *(m.node for m in matches)}
    texts = _collect(group(backend.place_measures(wanted)), wanted)
    w = target.weights
    mine: dict[str, list[str]] = {}
    for node in target.nodes:
        for c, t in texts.get(node, Sentences()).by_category.items():
            mine.setdefault(c, []).extend(t)
    out = {}
    for m in matches:
        theirs = texts.get(m.node, Sentences()).by_category
        rare_first = sorted(m.shared, key=lambda c: (-w.get(c, 0), c))
        out[m.node] = [(c, sorted(set(mine.get(c, ()))), sorted(set(theirs.get(c, ())))) for c in rare_first]
    return out
