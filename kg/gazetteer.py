"""China's administrative divisions and development zones, with their surface forms.

The gazetteer lets extraction recognise places it has never seen in training
text and lets identity give one place one node, whatever form a document
names it by (浙江省 = 浙江, 武汉东湖新技术开发区 = 东湖高新区 = 光谷).  The data
come from official lists (see ``docs/gazetteer.md``); ``places.tsv`` is built
from them by ``kg/data/gazetteer/build.py``, and only that file is read here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterator, Sequence

from .names import clean

COUNTRY_CODE = "100000"
_DEPTH = {"country": 0, "province": 1, "city": 2, "county": 3, "zone": 4}
_BRACKETS = re.compile(r"[(\[【][^)\]】]*[)\]】]")


@dataclass(frozen=True)
class Place:
    """One administrative division (Region) or development zone (Zone)."""

    code: str | None
    name: str
    full_name: str
    type: str
    level: str
    parent: str | None
    aliases: tuple[str, ...]
    kind: str | None


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).replace(" ", "")


class Gazetteer:
    """Places indexed by every surface form, by code, and by parent."""

    def __init__(self, places: Sequence[Place]):
        self.places: tuple[Place, ...] = tuple(places)
        self._by_code: dict[str, Place] = {p.code: p for p in self.places if p.code}
        self._index: dict[str, list[Place]] = {}
        for p in self.places:
            for form in self._forms(p):
                bucket = self._index.setdefault(form, [])
                if p not in bucket:
                    bucket.append(p)

    @staticmethod
    def _forms(place: Place) -> Iterator[str]:
        # Indexed as clean() gives them, and as written when clean() rewrites a
        # simplified character (OpenCC turns 乾安 into 干安).
        for s in dict.fromkeys((place.name, place.full_name, *place.aliases)):
            yield from dict.fromkeys((clean(s), _nfkc(s)))

    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped gazetteer, loaded once per process."""
        return _default()

    @classmethod
    def from_tsv(cls, text: str) -> Gazetteer:
        places = []
        lines = (ln for ln in text.splitlines() if ln and not ln.startswith("#"))
        next(lines)  # header
        for line in lines:
            code, name, full, ptype, level, parent, kind, aliases = line.split("\t")
            places.append(
                Place(
                    code=code or None,
                    name=name,
                    full_name=full,
                    type=ptype,
                    level=level,
                    parent=parent or None,
                    aliases=tuple(a for a in aliases.split("|") if a),
                    kind=kind or None,
                )
            )
        return cls(places)

    def lookup(self, surface: str) -> list[Place]:
        """Every place named exactly ``surface`` (after :func:`kg.names.clean`); several when ambiguous."""
        key = clean(surface)
        found = self._index.get(key) or self._index.get(_nfkc(surface))
        if not found:
            bare = _BRACKETS.sub("", key)
            found = self._index.get(bare) if bare and bare != key else None
        return list(found or ())

    def get(self, code: str) -> Place | None:
        return self._by_code.get(code)

    def parent(self, place: Place) -> Place | None:
        return self._by_code.get(place.parent) if place.parent else None

    def ancestors(self, place: Place) -> list[Place]:
        """Containing places, nearest first, ending with the country."""
        out: list[Place] = []
        p = self.parent(place)
        while p is not None and p not in out:
            out.append(p)
            p = self.parent(p)
        return out

    def within(self, place: Place, outer: Place) -> bool:
        """Whether ``place`` lies inside ``outer`` (``outer`` is one of its ancestors)."""
        return any(a.code == outer.code for a in self.ancestors(place))

    def surfaces(self) -> Iterator[tuple[str, Place]]:
        """Every indexed surface form with its place (for building a text matcher)."""
        for form, places in self._index.items():
            for p in places:
                yield form, p

    def resolve(self, surface: str, context: Sequence[Place] = ()) -> Place | None:
        """The one place ``surface`` names, using ``context`` places to break ties.

        Among ambiguous candidates the one sharing the deepest containing place
        with some context place wins (鼓楼区 next to 南京 or 玄武区 is Nanjing's);
        None when nothing or several remain.
        """
        candidates = self.lookup(surface)
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        chains = [{p, *self.ancestors(p)} for p in context]  # sets: membership is tested for every candidate's chain
        scores = []
        for c in candidates:
            own = [c, *self.ancestors(c)]
            best = 0
            for chain in chains:
                shared = [p for p in own if p in chain]
                if shared:
                    best = max(best, 1 + _DEPTH.get(shared[0].level, 0) + (10 if shared[0] == c else 0))
            scores.append(best)
        top = max(scores)
        winners = [c for c, s in zip(candidates, scores) if s == top]
        return winners[0] if top > 1 and len(winners) == 1 else None


@lru_cache(maxsize=1)
def _default() -> Gazetteer:
    text = resources.files("kg").joinpath("data/gazetteer/places.tsv").read_text(encoding="utf-8")
    return Gazetteer.from_tsv(text)


@lru_cache(maxsize=65536)
def place_facts(name: str) -> tuple[str | None, str | None]:
    """Official code and level of a place the gazetteer knows unambiguously, else (None, None)."""
    found = Gazetteer.default().lookup(name)
    return (found[0].code, found[0].level) if len(found) == 1 else (None, None)
