"""Which places ran similar policies: three signals over the networkx view of the graph.

1. categories: weighted Jaccard over the categories a place's measures carry,
   the same formula as ``queries/similar-places.*`` (w(c) = 1 / number of
   places that offered c, in whole units of 10^-12 so that sums are exact;
   rounded half up to 4 places),
   so the command and the stored query agree to the last digit;
2. text: cosine of character n-gram TF-IDF vectors of each place's measure
   texts (or summaries), which catches similar wording across categories;
3. documents: Jaccard over the named policy documents behind the measures.

The combined score is their weighted sum.  Everything is plain dict math:
the graphs are small and numpy is not a dependency.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

import networkx as nx

from . import netgraph
from . import names
from .model import Record
from .taxonomy import category_weight

#: default weights of the category, text and document signals
DEFAULT_WEIGHTS: tuple[float, float, float] = (0.6, 0.3, 0.1)
NGRAMS: tuple[int, ...] = (2, 3)


def round4(x: float) -> float:
    """Round half up to 4 decimals, as SPARQL ROUND(x*10000)/10000 and Cypher round() do."""
    v = x * 10000
    r = math.floor(v)
    return (r + 1 if v - r >= 0.5 else r) / 10000


@dataclass
class Profile:
    """What one place did: its categories, measures by category, policy documents and text."""

    node: str
    name: str
    aliases: list[str]
    categories: set[str] = field(default_factory=set)
    measures: dict[str, list[str]] = field(default_factory=dict)  # category -> measure texts
    policies: set[str] = field(default_factory=set)
    text: list[str] = field(default_factory=list)


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


def profiles(g: nx.MultiDiGraph) -> dict[str, Profile]:
    """A profile for every place that issued at least one measure."""
    out: dict[str, Profile] = {}
    for m, attrs in g.nodes(data=True):
        if attrs.get("type") != "Measure":
            continue
        targets = {etype: v for _, v, etype in g.out_edges(m, keys=True)}
        place = targets.get("REGION")
        if place is None:
            continue
        pa = g.nodes[place]
        prof = out.setdefault(place, Profile(place, pa.get("name", pa.get("label", place)), list(pa.get("aliases", []))))
        words = attrs.get("text") or attrs.get("summary") or ""
        for code in attrs.get("categories", []):
            prof.categories.add(code)
            prof.measures.setdefault(code, []).append(words)
        if "POLICY_DOCUMENT" in targets:
            prof.policies.add(targets["POLICY_DOCUMENT"])
        if words:
            prof.text.append(words)
    return out


def category_weights(profs: Iterable[Profile]) -> dict[str, int]:
    """w(c) ~ 1 / number of places that offered c: rare categories say more about a place."""
    counts = Counter(c for p in profs for c in p.categories)
    return {c: category_weight(n) for c, n in counts.items()}


def weighted_jaccard(a: set[str], b: set[str], w: dict[str, int]) -> float:
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


def tfidf(profs: dict[str, Profile]) -> dict[str, dict[str, float]]:
    """Unit-length TF-IDF vectors of each place's measure text (smoothed idf, places as documents)."""
    counts = {node: _ngrams(p.text) for node, p in profs.items()}
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


def find_places(profs: dict[str, Profile], name: str) -> list[str]:
    """Places whose name or alias has the matching key of ``name`` (width, script, spaces, 省/市)."""
    wanted = names.key(name, "Region")
    return sorted(node for node, p in profs.items() if any(names.key(s, "Region") == wanted for s in (p.name, *p.aliases)))


def similar(
    g: nx.MultiDiGraph,
    place: str,
    weights: tuple[float, float, float] = DEFAULT_WEIGHTS,
    limit: int = 10,
) -> tuple[Profile | None, list[Match]]:
    """The places most like ``place`` (a name), best first; ties go to the name, then the node id."""
    profs = profiles(g)
    found = find_places(profs, place)
    if not found:
        return None, []
    target = Profile(found[0], profs[found[0]].name, profs[found[0]].aliases)
    for node in found:  # several nodes answering to one name act as one place, as in the stored query
        p = profs[node]
        target.categories |= p.categories
        target.policies |= p.policies
        target.text += p.text
        for c, texts in p.measures.items():
            target.measures.setdefault(c, []).extend(texts)
    w = category_weights(profs.values())
    others = {node: p for node, p in profs.items() if node not in found}
    vectors = tfidf({**others, target.node: target})
    wc, wt, wd = weights
    matches = []
    for node, p in others.items():
        cat = weighted_jaccard(target.categories, p.categories, w)
        txt = cosine(vectors[target.node], vectors[node])
        docs = jaccard(target.policies, p.policies)
        score = round4(wc * cat + wt * txt + wd * docs)
        if score <= 0:
            continue
        matches.append(
            Match(
                node, p.name, score, cat, txt, docs,
                tuple(sorted(target.categories & p.categories)),
                tuple(sorted(target.categories - p.categories)),
                tuple(sorted(p.categories - target.categories)),
            )
        )
    matches.sort(key=lambda m: (-m.score, m.name, m.node))
    return target, matches[:limit]


def side_by_side(target: Profile, g: nx.MultiDiGraph, match: Match) -> list[tuple[str, list[str], list[str]]]:
    """Per shared category: the target's measure texts and the match's, to read the difference."""
    other = profiles(g)[match.node]
    return [(c, sorted(target.measures[c]), sorted(other.measures[c])) for c in match.shared]


def graph_of(records: Iterable[Record]) -> nx.MultiDiGraph:
    """The networkx view the analysis runs on."""
    return netgraph.build(records)

